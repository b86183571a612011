"""An English window says "1 complaint" and "3 complaints", a Chinese one keeps its catalogue."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from memberdesk.ui.widgets import i18n
from memberdesk.ui.widgets.plural_forms import english_count, install_english_plurals


@pytest.fixture
def plurals(qapp: QApplication) -> Iterator[None]:
    translator = install_english_plurals(qapp)
    yield
    qapp.removeTranslator(translator)
    i18n.install_translators(qapp, "en")


def test_singular_and_plural_forms() -> None:
    assert english_count("%n complaint(s)", 1) == "%n complaint"
    assert english_count("%n complaint(s)", 0) == "%n complaints"
    assert english_count("%n child(ren), %n box(es)", 2) == "%n children, %n boxes"
    assert english_count("Saved", 2) == ""


def test_english_lookups_count_and_chinese_ones_keep_the_catalogue(qapp: QApplication, plurals: None) -> None:
    i18n.install_translators(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("ComplaintsPage", "%n complaint(s)", "", 1) == "1 complaint"
    assert translate("ComplaintsPage", "%n complaint(s)", "", 4) == "4 complaints"
    assert translate("ComplaintsPage", "To handle") == "To handle"
    i18n.install_translators(qapp, "zh_CN")
    assert "投诉" in translate("ComplaintsPage", "%n complaint(s)", "", 4)
