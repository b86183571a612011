"""The customer's papers for an 80 mm thermal printer, as ESC/POS bytes.

The same rows as the PDF (``reports/receipt.py``: text at the left, an amount at the right,
rules between the parts) laid out on 48 columns of half-width characters, a Chinese character
counting as two. Chinese goes to the printer one of two ways (a setting of the counter):

- ``gb18030``: the printer's own Chinese font (``FS &`` Chinese mode, text in GB18030);
- ``raster``: every row drawn with the bundled WenQuanYi font into one picture (``GS v 0``),
  for printers without a Chinese font.

A receipt ends with its number as a QR code, then the paper is fed and cut; the drawer is
kicked (``ESC p``) only when asked. The bytes are built with python-escpos' ``Dummy``
printer, so every command is the library's; sending them is ``services/devices/printer.py``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from escpos.printer import Dummy
from PIL import Image, ImageDraw, ImageFont

from memberdesk import paths
from memberdesk.documents.receipt import Receipt, ReturnSlip
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.reports.receipt import Row, receipt_rows, slip_rows
from memberdesk.reports.wording import ReportLanguage
from memberdesk.services.devices.setup import CHINESE_MODES, GB18030, DeviceSettings
from memberdesk.services.sales.receipts import return_slip, sale_receipt
from memberdesk.store.database import Database

COLUMNS = 48  # half-width characters on 80 mm paper in the printer's standard font
DOTS = 576  # dots across 80 mm paper at 203 dpi (72 mm printable)
CHINESE_ON = b"\x1c\x26"  # FS &: Chinese character mode
CHINESE_OFF = b"\x1c\x2e"  # FS .
CHINESE_SIZE = b"\x1c\x21"  # FS ! n: double width (4) and double height (8) of Chinese
BIG = 11  # a row of this size or more prints double height and bold (the total)
TITLE = 12  # and of this size also double width (the store's name)

# Characters the printer's GB font has no half-width form for, as it prints them.
_PRINTABLE = str.maketrans({"¥": "￥", "−": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Paper:
    """How one paper goes to the printer."""

    chinese: str = GB18030  # GB18030 or RASTER
    kick: bool = False  # open the cash drawer after the cut
    code: str = ""  # printed under the rows as a QR code
    cut: bool = True
    copy: bool = False  # a reprint: says so under the store's name


@dataclass(frozen=True)
class Line:
    """One printed line after wrapping: fits its width in columns."""

    left: str = ""
    right: str = ""
    size: float = 8.5  # 0: a rule
    centred: bool = False

    @property
    def columns(self) -> int:
        return COLUMNS // 2 if self.size >= TITLE else COLUMNS


def width(text: str) -> int:
    """Columns ``text`` takes on the roll: two for a Chinese (or any non-ASCII) character."""
    return sum(1 if ord(ch) < 0x80 else 2 for ch in text if not unicodedata.combining(ch))


def printable(text: str) -> str:
    return text.translate(_PRINTABLE)


def _cut_to(text: str, room: int) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``room`` columns (broken at a space if one is
    near), and the rest."""
    used = 0
    for n, ch in enumerate(text):
        used += width(ch)
        if used > room:
            head = text[:n]
            space = head.rfind(" ")
            if space > n // 2:
                return head[:space], text[space + 1 :]
            return head, text[n:]
    return text, ""


def lay_out(rows: Sequence[Row]) -> list[Line]:
    """The rows broken into lines of the roll; an amount stays on the last line of its row."""
    out: list[Line] = []
    for row in rows:
        if row.size == 0:
            out.append(Line(size=0))
            continue
        text, amount = printable(row.text), printable(row.amount)
        columns = COLUMNS // 2 if row.size >= TITLE else COLUMNS
        pieces: list[str] = []
        while True:
            head, text = _cut_to(text, columns)
            pieces.append(head)
            if not text:
                break
        if amount and width(pieces[-1]) > columns - width(amount) - 1:
            pieces.append("")  # the amount on a line of its own
        for n, piece in enumerate(pieces):
            last = n == len(pieces) - 1
            out.append(Line(piece.rstrip(), amount if last else "", row.size, row.centred))
    return out


def text_of(line: Line) -> str:
    if line.size == 0:
        return "-" * COLUMNS
    if line.centred:
        pad = max(0, line.columns - width(line.left)) // 2
        return " " * pad + line.left
    gap = line.columns - width(line.left) - width(line.right)
    return line.left + " " * max(1 if line.right else 0, gap) + line.right if line.right else line.left


def _gb_text(printer: Dummy, lines: Sequence[Line]) -> None:
    printer._raw(CHINESE_ON)
    for line in lines:
        big = line.size >= BIG
        wide = line.size >= TITLE
        printer.set_with_default(bold=big, double_height=big, double_width=wide)
        # FS !: the size of the Chinese characters, which ESC ! does not reach in Chinese mode
        printer._raw(CHINESE_SIZE + bytes([(0x04 if wide else 0) | (0x08 if big else 0)]))
        printer._raw(text_of(line).encode(GB18030) + b"\n")
    printer.set_with_default()


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(paths.resource("fonts", "wqy-microhei.ttc")), size, index=0)


def picture(lines: Sequence[Line]) -> Image.Image:
    """The lines drawn on a strip as wide as the printable paper, black on white."""
    cell = DOTS // COLUMNS  # dots a half-width column takes
    heights = [16 if ln.size == 0 else (4 * cell if ln.size >= BIG else 2 * cell + 6) for ln in lines]
    image = Image.new("1", (DOTS, sum(heights) or 1), 1)
    draw = ImageDraw.Draw(image)
    y = 0
    for line, height in zip(lines, heights, strict=True):
        if line.size == 0:
            draw.line((0, y + height // 2, DOTS, y + height // 2), fill=0, width=2)
        else:
            font = _font(3 * cell if line.size >= BIG else 2 * cell)
            left = 0
            if line.centred:
                left = max(0, (DOTS - int(draw.textlength(line.left, font=font))) // 2)
            draw.text((left, y), line.left, font=font, fill=0)
            if line.right:
                draw.text(
                    (DOTS - int(draw.textlength(line.right, font=font)), y), line.right, font=font, fill=0
                )
        y += height
    return image


def render(rows: Sequence[Row], paper: Paper) -> bytes:
    """ESC/POS bytes of the rows: initialise, the text (or its picture), the code, feed, cut,
    and the drawer's kick when asked."""
    if paper.chinese not in CHINESE_MODES:
        raise ValueError(f"unknown Chinese mode {paper.chinese!r}")
    printer = Dummy(profile="default")
    printer.profile.profile_data["media"]["width"] = {"mm": 80, "pixels": DOTS}
    printer.hw("INIT")
    lines = lay_out(rows)
    if paper.chinese == GB18030:
        _gb_text(printer, lines)
    else:
        printer.image(picture(lines), impl="bitImageRaster", center=False)
    if paper.code:
        printer.set(align="center")
        printer.qr(paper.code, native=True, size=6)
        printer.set(align="left")
    if paper.cut:
        printer.cut(feed=True)
    if paper.kick:
        printer.cashdraw(2)
    return bytes(printer.output)


CHECK_SOURCE = "Please check your receipt."


def receipt_bytes(data: Receipt, language: str, paper: Paper) -> bytes:
    """The sale's receipt; its last words ask the customer to check the paper and the amount,
    and its number follows as a QR code (a return scans it)."""
    lang = ReportLanguage(language)
    rows = receipt_rows(data, language)
    check = lang.translate("Receipt", CHECK_SOURCE)
    ask = Row(lang.translate("Thermal", "Please check the receipt and the amount."), centred=True)
    rows = [ask if row.text == check else row for row in rows]
    if ask not in rows:
        rows.append(ask)
    if paper.copy:
        rows.insert(1, Row(lang.translate("Thermal", "Copy (reprinted)"), centred=True))
    return render(rows, Paper(paper.chinese, paper.kick, paper.code or data.receipt_no, paper.cut))


def return_slip_bytes(data: ReturnSlip, language: str, paper: Paper) -> bytes:
    """The return's slip, its number as a QR code."""
    return render(
        slip_rows(data, language), Paper(paper.chinese, paper.kick, paper.code or data.return_no, paper.cut)
    )


def sample_page_bytes(store_name: str, address: str, language: str, paper: Paper) -> bytes:
    """What the Settings' "Print a test page" prints: the store, where the printer is, a line of
    each kind of character, a full-width rule to see the paper's width."""
    lang = ReportLanguage(language)
    rows = [
        Row(store_name, size=TITLE, centred=True),
        Row(lang.translate("Thermal", "Printer test page"), centred=True),
        Row(size=0),
        Row(lang.translate("Thermal", "Printer"), address),
        Row("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"),
        Row("会员 小票 退货 交班 ￥"),
        Row(lang.translate("Thermal", "Total"), "¥1,280.00", size=BIG),
        Row(size=0),
    ]
    return render(rows, paper)


def paper_of(settings: DeviceSettings, *, kick: bool = False) -> Paper:
    """How this counter prints: its Chinese mode; the kick only where a drawer hangs on it."""
    return Paper(chinese=settings.chinese, kick=kick and settings.drawer)


def sale_paper(
    db: Database, store_id: int, sale_id: int, language: str, settings: DeviceSettings, *, copy: bool = False
) -> bytes:
    """A recorded sale's receipt for this counter's printer; the drawer opens when cash was paid,
    except for a copy (a reprint says so and never opens the drawer)."""
    data = sale_receipt(db, store_id, sale_id)
    if copy:
        return receipt_bytes(data, language, Paper(chinese=settings.chinese, copy=True))
    return receipt_bytes(data, language, paper_of(settings, kick=data.cash_fen > 0))


def return_paper(
    db: Database, store_id: int, return_id: int, language: str, settings: DeviceSettings
) -> bytes:
    """A recorded return's slip; the drawer opens when cash went back."""
    data = return_slip(db, store_id, return_id)
    cash = sum(p.amount_fen for p in data.refunds if p.method is PaymentMethod.CASH)
    return return_slip_bytes(data, language, paper_of(settings, kick=cash > 0))
