"""Printed invitations to a member event (A5, one a page), in the greeting cards' look, and
the follow-up list after the event (A4).

Built from plain data (``services.events.papers``) into bytes; the bundled CJK font is
embedded and subset.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer

from memberdesk.reports import base
from memberdesk.reports.cards import title_ink
from memberdesk.reports.fonts import fit, register
from memberdesk.reports.linebreak import break_lines
from memberdesk.services.events.papers import Invitation

PAGE_W, PAGE_H = A5  # 148 x 210 mm, portrait
BAND = 42 * mm
TEXT_WIDTH = PAGE_W - 32 * mm
GOLD = colors.HexColor("#d4a017")


def _lines(text: str, font: str, size: float, keep: Sequence[str] = ()) -> list[str]:
    def measure(piece: str) -> float:
        return float(stringWidth(piece, font, size))

    return [line.rstrip() for line in break_lines(text, TEXT_WIDTH, measure, keep=keep)]


def _fitting(invitation: Invitation, font: str, room: float) -> tuple[float, list[str], list[str]]:
    """The largest size at which the message and the description fit the page's room."""
    for size in (12, 11, 10, 9, 8):
        message = _lines(invitation.message, font, size, invitation.keep)
        about = _lines(invitation.description, font, size - 1) if invitation.description else []
        if (len(message) * 1.65 * size + len(about) * 1.5 * (size - 1) + (8 * mm if about else 0)) <= room:
            return size, message, about
    return size, message, about


def _draw(c: Canvas, invitation: Invitation, font: str) -> None:
    accent = colors.HexColor(invitation.colour)
    c.setFillColor(colors.HexColor("#fffaf3"))
    c.setStrokeColor(accent)
    c.setLineWidth(2)
    c.roundRect(6 * mm, 6 * mm, PAGE_W - 12 * mm, PAGE_H - 12 * mm, 5 * mm, fill=1, stroke=1)
    top = PAGE_H - 6 * mm
    path = c.beginPath()
    path.roundRect(6 * mm, top - BAND, PAGE_W - 12 * mm, BAND, 5 * mm)
    c.setFillColor(accent)
    c.drawPath(path, fill=1, stroke=0)
    c.rect(6 * mm, top - BAND, PAGE_W - 12 * mm, 8 * mm, fill=1, stroke=0)
    c.saveState()
    clip = c.beginPath()
    clip.rect(6 * mm, top - BAND, PAGE_W - 12 * mm, BAND - 2 * mm)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColor(colors.white)
    c.setFillAlpha(0.16)
    for cx, cy, r in ((22, 14, 14), (120, 30, 15), (98, 8, 7), (44, 34, 6)):
        c.circle(6 * mm + cx * mm, top - BAND + cy * mm, r * mm, fill=1, stroke=0)
    c.restoreState()
    if invitation.logo is not None:
        c.drawImage(str(invitation.logo), 12 * mm, top - 16 * mm, 11 * mm, 11 * mm, mask="auto",
                    preserveAspectRatio=True)  # fmt: skip
    ink = title_ink(accent)
    c.setFillColor(ink)
    title, size = fit(invitation.title, 26, PAGE_W - 30 * mm)
    c.setFont(font, size)
    c.drawCentredString(PAGE_W / 2, top - BAND / 2 + 1 * mm, title)
    event, size = fit(invitation.event, 13, PAGE_W - 30 * mm)
    c.setFont(font, size)
    c.drawCentredString(PAGE_W / 2, top - BAND / 2 - 10 * mm, event)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(20 * mm, top - BAND - 5 * mm, PAGE_W - 20 * mm, top - BAND - 5 * mm)
    y = top - BAND - 13 * mm
    room = y - 26 * mm
    size, message, about = _fitting(invitation, font, room)
    text = c.beginText()
    text.setFont(font, size, size * 1.65)
    text.setFillColor(colors.HexColor("#333333"))
    text.setTextOrigin(16 * mm, y)
    for line in message:
        text.textLine(line)
    c.drawText(text)
    if about:
        y -= len(message) * size * 1.65 + 4 * mm
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.4)
        c.line(16 * mm, y + 2 * mm, 40 * mm, y + 2 * mm)
        text = c.beginText()
        text.setFont(font, size - 1, (size - 1) * 1.5)
        text.setFillColor(colors.HexColor("#555555"))
        text.setTextOrigin(16 * mm, y - 3 * mm)
        for line in about:
            text.textLine(line)
        c.drawText(text)
    c.setFillColor(colors.HexColor("#777777"))
    name, size = fit(invitation.store_name, 10, TEXT_WIDTH)
    c.setFont(font, size)
    c.drawRightString(PAGE_W - 16 * mm, 16 * mm, name)


def render(invitations: Sequence[Invitation], *, title: str = "Invitations") -> bytes:
    """The invitations as one PDF, one A5 page each."""
    font = register()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A5, pageCompression=1, initialFontName=font, initialFontSize=11)
    c.setTitle(title)
    c.setAuthor("MemberDesk")
    for index, invitation in enumerate(invitations):
        if index:
            c.showPage()
        _draw(c, invitation, font)
    if not invitations:
        c.setFont(font, 12)
        c.drawString(20 * mm, PAGE_H / 2, "—")
    c.save()
    return out.getvalue()


def render_follow_up(
    *,
    title: str,
    facts_line: str,
    sections: Sequence[tuple[str, Sequence[Sequence[str]]]],
    header: Sequence[str],
    store: str,
    language: str,
) -> bytes:
    """A follow-up list: the event's title and facts, then each section (who came, who said
    yes and did not come) as a table of members to call or thank."""
    font = register()
    st = base.styles(font)
    story: list[object] = [
        Paragraph(base.escape(title), st["title"]),
        Paragraph(base.escape(facts_line), st["body"]),
    ]
    widths = [38 * mm, 32 * mm, 38 * mm, 32 * mm, 34 * mm]
    for heading, rows in sections:
        story.append(Paragraph(base.escape(heading), st["h1"]))
        if rows:
            story.append(base.table([list(header), *[list(r) for r in rows]], widths, st["cell"]))
        else:
            story.append(Paragraph("—", st["body"]))
        story.append(Spacer(1, 3 * mm))
    return base.build(story, title=title, header_left=store, header_right=title, language=language)
