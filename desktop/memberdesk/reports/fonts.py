"""The bundled CJK font, registered once with reportlab.

WenQuanYi Micro Hei is a TrueType collection (reportlab embeds and subsets TrueType; it
cannot embed the CFF outlines of OpenType CJK fonts such as Noto CJK).
"""

from __future__ import annotations

from functools import cache

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
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
