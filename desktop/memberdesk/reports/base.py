"""One base renderer for the A4 reports: CJK styles, store and period on every page, page x of y.

A report is built from plain data into bytes (never from a Session); subclasses only add
the story.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from memberdesk.reports.fonts import fit, register
from memberdesk.reports.wording import ReportLanguage

ACCENT = colors.HexColor("#b91c1c")
GREY = colors.HexColor("#6b7280")
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


def escape(text: str) -> str:
    """Plain text for a Paragraph, whose markup would otherwise eat ``<``, ``>`` and ``&``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        self.setFillColor(GREY)
        right, size = fit(right, 8.5, (width - 36 * mm) / 2)
        self.setFont(font, size)
        self.drawRightString(width - 18 * mm, height - 12 * mm, right)
        # the left header (the store's name) gets what the right one leaves
        room = width - 36 * mm - stringWidth(right, font, size) - 8 * mm
        left, size = fit(left, 8.5, room)
        self.setFont(font, size)
        self.drawString(18 * mm, height - 12 * mm, left)
        page_of = ReportLanguage(language).translate("Report", "Page {page} of {pages}")
        self.drawCentredString(width / 2, 10 * mm, page_of.format(page=self._pageNumber, pages=total))
        self.restoreState()


def _cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """A cell's text: as it is when it fits on one line (drawn much faster), else a Paragraph
    that wraps."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING:
        return text
    return Paragraph(escape(text), style)


_NUMBER = re.compile(r"[¥+\-]?[\d,]+(\.\d+)?%?")


def _numeric_columns(rows: Sequence[Sequence[Any]], numeric_from: int | None) -> list[int]:
    width = max((len(r) for r in rows), default=0)
    if numeric_from is not None:
        return list(range(numeric_from, width))
    return [
        column
        for column in range(1, width)
        if rows and all(column < len(r) and _NUMBER.fullmatch(str(r[column])) for r in rows)
    ]


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: ParagraphStyle,
    numeric_from: int | None = None,
    *,
    header: bool = True,
) -> Table:
    """A header row (unless ``header`` is false) and data rows of plain text; cells wrap
    (CJK). Columns of numbers (amounts, counts, percentages) align right, their header too;
    ``numeric_from`` instead right-aligns every column from that one on."""
    data = [
        [_cell(str(cell), width, style) for cell, width in zip(row, widths, strict=False)] for row in rows
    ]
    first = 1 if header else 0
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), style.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), style.fontSize),
        ("LEADING", (0, 0), (-1, -1), style.leading),
        ("LINEBELOW", (0, first), (-1, -1), 0.25, colors.HexColor("#e5e7eb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for column in _numeric_columns(rows[first:], numeric_from):
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fde8e8")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ]
    t = Table(data, colWidths=list(widths), repeatRows=first)
    t.setStyle(TableStyle(commands))
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
