"""English singular and plural for the "%n thing(s)" source strings, without an English catalogue.

Qt's numerus strings are written once in English with "(s)" ("%n complaint(s)"); a Chinese
catalogue translates them, but an English window would read "1 complaint(s)". This translator
answers only those lookups, with the word the count needs ("1 complaint", "3 complaints");
every other lookup, and every lookup while the window speaks another language, it leaves to
the other catalogues, so it can be installed once at start whatever the language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_MARK = re.compile(r"\((?:s|es)\)|y\(ies\)|child\(ren\)")


def english_count(source: str, n: int) -> str:
    """``source`` with each "(s)" mark made singular (n == 1) or plural; "" if it has none."""
    if n < 0 or not _MARK.search(source):
        return ""

    def form(match: re.Match[str]) -> str:
        mark = match.group(0)
        if mark == "child(ren)":
            return "child" if n == 1 else "children"
        if mark == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else mark[1:-1]

    return _MARK.sub(form, source)


class EnglishPlurals(QTranslator):
    """Answers numerus lookups while the window speaks English (the default locale is English)."""

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if QLocale().language() != QLocale.Language.English:
            return None  # type: ignore[return-value]  # a null string: the next catalogue answers
        return english_count(source_text, n) or None  # type: ignore[return-value]


def install_english_plurals(app: QCoreApplication) -> QTranslator:
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    return translator
