"""Chinese for the PDF tests: the app's own catalogues, installed as the app does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The process speaks Chinese for one test."""
    from PySide6.QtCore import QLocale

    from memberdesk.ui.widgets.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
