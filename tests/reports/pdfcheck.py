"""Reading rendered PDFs back in tests: the text layer, word boxes and the page pixels."""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
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
    page_width: float = 0.0
    page_height: float = 0.0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def on_page(self, slack: float = 0.5) -> bool:
        return (
            self.x0 >= -slack
            and self.y0 >= -slack
            and self.x1 <= self.page_width + slack
            and self.y1 <= self.page_height + slack
        )

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
    for number, page in enumerate(ET.fromstring(body).iter("page")):
        size = float(page.get("width", 0)), float(page.get("height", 0))
        for w in page.iter("word"):
            box = (float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax"))
            found.append(Word(number, w.text or "", *box, *size))
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


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_in_box(png: Path, box: tuple[float, float, float, float], scale: float = 1.0) -> float:
    """The contrast ratio (WCAG: 1 none .. 21 black on white) between the ink and the ground
    inside ``box`` (points from the top left; ``scale`` pixels a point): the ground is the
    box's commonest colour, the ink the pixels that differ from it most."""
    from PIL import Image

    with Image.open(png) as image:
        x0, y0, x1, y1 = (round(v * scale) for v in box)
        data = image.convert("RGB").crop((x0, y0, max(x1, x0 + 1), max(y1, y0 + 1))).tobytes()
    pixels = [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 3)]
    ground = Counter(pixels).most_common(1)[0][0]
    lg = _luminance(ground)
    ratios = sorted((max(_luminance(p), lg) + 0.05) / (min(_luminance(p), lg) + 0.05) for p in pixels)
    return ratios[int(len(ratios) * 0.97)]  # the ink's own colour, not an anti-aliased edge


def overlapping(found: list[Word]) -> list[tuple[Word, Word]]:
    """Pairs of words on the same page whose boxes overlap."""
    pairs = []
    ordered = sorted(found, key=lambda w: (w.page, w.y0))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.page != a.page or b.y0 >= a.y1:
                break
            if a.overlaps(b):
                pairs.append((a, b))
    return pairs


def title_box(found: list[Word], page: int) -> tuple[float, float, float, float]:
    """The box of the largest text on ``page`` (its title): the first such word from the top
    left, and the words of the same size that run on from it on its line."""
    on_page = [w for w in found if w.page == page]
    tallest = max(w.height for w in on_page)
    big = sorted((w for w in on_page if w.height >= tallest - 0.5), key=lambda w: (round(w.y0), w.x0))
    title = [big[0]]
    for w in big[1:]:
        if abs(w.y0 - title[-1].y0) < 1 and 0 <= w.x0 - title[-1].x1 < tallest:
            title.append(w)
    return (
        min(w.x0 for w in title),
        min(w.y0 for w in title),
        max(w.x1 for w in title),
        max(w.y1 for w in title),
    )
