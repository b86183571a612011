"""A pseudo-locale that lengthens every translated string, to find clipped layouts.

German and Russian run 30-40% longer than English; a layout that survives every string
stretched by 40% survives a real translation too. Placeholders (``%1``, ``%n``), mnemonics
(``&``) and rich text tags are kept, so strings still format and accelerators still work.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QTranslator

STRETCH = 0.4
_PAD = "·"


def pseudo_text(text: str) -> str:
    """``text`` wrapped in brackets and padded so it is at least 40% longer (empty stays empty)."""
    if not text:
        return text
    extra = max(2, math.ceil(len(text) * STRETCH))
    pad = max(0, extra - 2)
    return f"[{text}{_PAD * pad}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the source text lengthened; installed last, it is asked first."""

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source_text)


def install_pseudo_locale(app: QCoreApplication) -> QTranslator:
    """Install the lengthening translator on ``app`` (widgets built afterwards use it)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator


def remove_pseudo_locale(app: QCoreApplication, translator: QTranslator) -> None:
    """Undo :func:`install_pseudo_locale`."""
    app.removeTranslator(translator)
