"""The Members, Complaints, Reports, Settings and Events pages fit a 1024×768 screen, even 40% longer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale
from tests.conftest import TEST_PINS, Shop
from tests.ui.page_steps import go_to, sign_in

MY_PAGES = ("members", "complaints", "reports", "settings", "events")


@pytest.fixture(params=["en", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = install_pseudo_locale(qapp) if request.param == "pseudo" else None
    yield request.param
    if translator is not None:
        remove_pseudo_locale(qapp, translator)


@pytest.mark.parametrize("name", MY_PAGES)
def test_the_page_fits_beside_the_navigation_at_1024_by_768(
    language: str,
    name: str,
    ctx,
    sqlite_shop: Shop,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(ctx)  # built after the language is chosen, as the app does
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    page = go_to(qtbot, window, name)
    room_w = 1024 - window.nav.width() - 8
    room_h = 768 - window.statusBar().sizeHint().height() - 8
    need = page.minimumSizeHint()
    assert need.width() <= room_w and need.height() <= room_h, (name, language, need)
