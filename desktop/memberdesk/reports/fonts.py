"""The bundled CJK font, registered once with reportlab.

WenQuanYi Micro Hei is a TrueType collection (reportlab embeds and subsets TrueType; it
cannot embed the CFF outlines of OpenType CJK fonts such as Noto CJK).
"""

from __future__ import annotations

from functools import cache

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from memberdesk import paths

FONT = "WQYMicroHei"


@cache
def register() -> str:
    """Register the font (idempotent) and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(FONT, str(paths.resource("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    # reportlab graphics start every drawing in this default; with Helvetica there, each
    # chart would put an unembedded Latin font into the PDF beside the one it uses
    shapes.STATE_DEFAULTS["fontName"] = FONT
    return FONT


def fit(text: str, size: float, width: float, *, smallest: float = 6) -> tuple[str, float]:
    """``text`` and a font size at which it fits ``width`` on one line: the size given, or
    smaller down to ``smallest``; past that the text is cut short with an ellipsis."""
    font = register()
    wide = stringWidth(text, font, size)
    if wide <= width:
        return text, size
    size = max(smallest, size * width / wide)
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text, size
