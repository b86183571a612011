"""Greeting cards as PDF: one card per page (A6), or four per A4 sheet with cut marks.

Built from plain ``CardData`` into bytes; the bundled CJK font is embedded and subset.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from memberdesk.documents.cards import CardData
from memberdesk.reports.fonts import fit, register
from memberdesk.reports.linebreak import break_lines

CARD_W, CARD_H = A6  # 105 x 148 mm, portrait
LAYOUTS = ("card", "sheet")


MESSAGE_SIZES = (11, 10, 9, 8)  # the largest that fits the message's box is used
BAND = 38 * mm
TITLE_SIZE = 22
TITLE_INKS = (colors.white, colors.HexColor("#2b1d12"))  # white, or a warm near-black on light bands
MESSAGE_WIDTH = CARD_W - 24 * mm
MESSAGE_HEIGHT = CARD_H - 4 * mm - BAND - 10 * mm - 24 * mm  # from under the band to the store's name


def message_lines(card: CardData, font: str) -> tuple[float, list[str]]:
    """The message as printed: its font size and its lines (Chinese line-breaking rules, see
    ``linebreak``), in the largest size whose lines fit the box."""
    for size in MESSAGE_SIZES:

        def measure(text: str, size: float = size) -> float:
            return float(stringWidth(text, font, size))

        lines = break_lines(card.message, MESSAGE_WIDTH, measure, keep=card.keep)
        if len(lines) * size * 1.6 <= MESSAGE_HEIGHT:
            break
    return size, lines


def _luminance(colour: colors.Color) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722 * channel(colour.blue)


def title_ink(band: colors.Color) -> colors.Color:
    """The title's colour on ``band``: whichever of white and near-black stands out more
    (a store may choose any colour for its cards)."""
    ground = _luminance(band)

    def contrast(ink: colors.Color) -> float:
        light, dark = sorted((_luminance(ink), ground), reverse=True)
        return (light + 0.05) / (dark + 0.05)

    return max(TITLE_INKS, key=contrast)


def title_size(card: CardData, font: str) -> float:
    """The title's size: 22 pt, smaller when a long title would run past the band."""
    room = float(CARD_W - 20 * mm)
    return min(
        TITLE_SIZE,
        TITLE_SIZE * room / max(1.0, float(stringWidth(card.title, font, TITLE_SIZE))),
    )


def _draw(c: Canvas, x: float, y: float, card: CardData, font: str) -> None:
    accent = colors.HexColor(card.colour)
    band = BAND
    c.saveState()
    c.setFillColor(colors.HexColor("#fffaf3"))
    c.setStrokeColor(accent)
    c.setLineWidth(2)
    c.roundRect(x + 4 * mm, y + 4 * mm, CARD_W - 8 * mm, CARD_H - 8 * mm, 4 * mm, fill=1, stroke=1)
    # the coloured band with soft circles, like paper lanterns
    path = c.beginPath()
    top = y + CARD_H - 4 * mm
    path.roundRect(x + 4 * mm, top - band, CARD_W - 8 * mm, band, 4 * mm)
    c.setFillColor(accent)
    c.drawPath(path, fill=1, stroke=0)
    c.rect(x + 4 * mm, top - band, CARD_W - 8 * mm, 6 * mm, fill=1, stroke=0)
    c.saveState()
    clip = c.beginPath()
    clip.rect(x + 4 * mm, top - band, CARD_W - 8 * mm, band - 2 * mm)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColor(colors.white)
    c.setFillAlpha(0.18)
    for cx, cy, r in ((18, 12, 11), (84, 24, 12), (70, 8, 6), (32, 30, 5)):
        c.circle(x + 4 * mm + cx * mm, top - band + cy * mm, r * mm, fill=1, stroke=0)
    c.restoreState()
    if card.logo is not None:
        c.drawImage(
            str(card.logo), x + 8 * mm, top - 14 * mm, 10 * mm, 10 * mm, mask="auto", preserveAspectRatio=True
        )
    # the title's own colour: the band's colour is still the fill colour here
    c.setFillColor(title_ink(accent))
    c.setFillAlpha(1)
    c.setFont(font, title_size(card, font))
    c.drawCentredString(x + CARD_W / 2, top - band / 2 - 4 * mm, card.title)
    # a thin gold rule under the band
    c.setStrokeColor(colors.HexColor("#d4a017"))
    c.setLineWidth(0.8)
    c.line(x + 14 * mm, top - band - 4 * mm, x + CARD_W - 14 * mm, top - band - 4 * mm)
    size, lines = message_lines(card, font)
    text = c.beginText()
    text.setFont(font, size, size * 1.6)
    text.setFillColor(colors.HexColor("#333333"))
    text.setTextOrigin(x + 12 * mm, top - band - 10 * mm - size)
    for line in lines:
        text.textLine(line.rstrip())
    c.drawText(text)
    c.setFillColor(colors.HexColor("#777777"))
    for text, line_y in ((card.store_name, y + 18 * mm), (card.footer, y + 12 * mm)):
        fitted, size = fit(text, 9, MESSAGE_WIDTH)
        c.setFont(font, size)
        c.drawRightString(x + CARD_W - 12 * mm, line_y, fitted)
    c.restoreState()


def _cut_marks(c: Canvas, x: float, y: float) -> None:
    c.saveState()
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.3)
    for cx, cy in ((x, y), (x + CARD_W, y), (x, y + CARD_H), (x + CARD_W, y + CARD_H)):
        c.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
        c.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
    c.restoreState()


def render(
    cards: Sequence[CardData],
    layout: str = "card",
    *,
    title: str = "Greeting cards",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The cards as one PDF. ``progress(done, total)`` is called as cards are drawn; it may
    raise to stop (the caller's cancel)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    font = register()
    out = io.BytesIO()
    pagesize = (CARD_W, CARD_H) if layout == "card" else A4
    c = Canvas(out, pagesize=pagesize, pageCompression=1, initialFontName=font, initialFontSize=11)
    c.setTitle(title)
    c.setAuthor("MemberDesk")
    per_page = 1 if layout == "card" else 4
    margin_x = (A4[0] - 2 * CARD_W) / 2
    margin_y = (A4[1] - 2 * CARD_H) / 2
    for index, card in enumerate(cards):
        slot = index % per_page
        if index and slot == 0:
            c.showPage()
        if layout == "card":
            _draw(c, 0, 0, card, font)
        else:
            x = margin_x + (slot % 2) * CARD_W
            y = margin_y + (1 - slot // 2) * CARD_H
            _draw(c, x, y, card, font)
            _cut_marks(c, x, y)
        if progress is not None and (index % 25 == 0 or index == len(cards) - 1):
            progress(index + 1, len(cards))
    if not cards:
        c.setFont(font, 12)
        c.drawString(20 * mm, pagesize[1] / 2, "—")
    c.save()
    return out.getvalue()
