"""The pseudo-locale lengthens every translated string and keeps its placeholders."""

from PySide6.QtCore import QCoreApplication

from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, pseudo_text, remove_pseudo_locale


def test_every_string_is_at_least_40_percent_longer_and_keeps_placeholders(qapp):
    for text in ("OK", "Card no.", "Search %1 of %2", "&Save"):
        out = pseudo_text(text)
        assert len(out) >= 1.4 * len(text)
        assert text in out
    assert pseudo_text("") == ""


def test_installed_translator_answers_plural_lookups_and_can_be_removed(qapp):
    translator = install_pseudo_locale(qapp)
    try:
        assert QCoreApplication.translate("X", "%n complaint(s)", "", 3).startswith("[3 complaint")
    finally:
        remove_pseudo_locale(qapp, translator)
    assert QCoreApplication.translate("X", "Hello") == "Hello"
