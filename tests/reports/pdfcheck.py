"""Reading rendered PDFs back in tests: the text layer, word boxes and the page pixels."""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument


def flat(text: str) -> str:
    """Text as laid out on the page, without the line breaks and spaces wrapping put in."""
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, read with Qt's PDF engine (fast enough for hundreds of PDFs).
    Needs a QGuiApplication (the ``qapp`` fixture)."""
    doc = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    try:
        return [doc.getAllText(page).text() for page in range(doc.pageCount())]
    finally:
        doc.close()


@dataclass(frozen=True)
class Word:
    """A word of the text layer and its box, in points from the page's top left."""

    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Word, slack: float = 0.5) -> bool:
        return (
            self.page == other.page
            and min(self.x1, other.x1) - max(self.x0, other.x0) > slack
            and min(self.y1, other.y1) - max(self.y0, other.y0) > slack
        )


def words(pdf: bytes) -> list[Word]:
    """Every word of the text layer with its box (``pdftotext -bbox``)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")
    body = out[out.index("<body>") : out.index("</body>") + len("</body>")]
    found = []
    for number, page in enumerate(ET.fromstring(body).iter("{http://www.w3.org/1999/xhtml}page")):
        for w in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append(
                Word(number, w.text or "", *(float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")))
            )
    return found


def render_pages(pdf: bytes, dpi: int = 72) -> list[Path]:
    """The pages as PNG files (``pdftoppm``); at 72 dpi one pixel is one point."""
    folder = Path(tempfile.mkdtemp(prefix="pdfcheck-"))
    source = folder / "in.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True, timeout=120
    )
    return sorted(folder.glob("page*.png"))
