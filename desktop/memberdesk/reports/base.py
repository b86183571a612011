"""One base renderer for the A4 reports: CJK styles, store and period on every page, page x of y.

A report is built from plain data into bytes (never from a Session); subclasses only add
the story.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from memberdesk.reports.fonts import register

ACCENT = colors.HexColor("#b91c1c")
GREY = colors.HexColor("#6b7280")
PAGE_OF = {"zh_CN": "第 {page} 页 / 共 {pages} 页", "en": "Page {page} of {pages}"}


def styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=26, textColor=ACCENT, spaceAfter=4 * mm
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontSize=13.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each can say how many pages there are."""

    footer: tuple[str, str, str] = ("", "", "zh_CN")  # left header text, right header text, language

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        left, right, language = self.footer
        font = register()
        width, height = A4
        self.saveState()
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
        self.setFont(font, 8.5)
        self.setFillColor(GREY)
        self.drawString(18 * mm, height - 12 * mm, left)
        self.drawRightString(width - 18 * mm, height - 12 * mm, right)
        self.drawCentredString(
            width / 2,
            10 * mm,
            PAGE_OF.get(language, PAGE_OF["en"]).format(page=self._pageNumber, pages=total),
        )
        self.restoreState()


def table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], style: ParagraphStyle, numeric_from: int = 1
) -> Table:
    """A header row and data rows; cells wrap (CJK), numbers align right."""
    data = [[Paragraph(str(cell), style) for cell in row] for row in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), style.fontName),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fde8e8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#e5e7eb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def build(story: list[Any], *, title: str, header_left: str, header_right: str, language: str) -> bytes:
    """Lay out ``story`` on A4 with the header and page x of y; return the PDF's bytes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="MemberDesk",
        initialFontName=register(),  # no stray, unembedded Helvetica in the file
    )
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"footer": (header_left, header_right, language)})
    doc.build(list(story) or [Spacer(1, 1)], canvasmaker=canvas_class)
    return out.getvalue()
