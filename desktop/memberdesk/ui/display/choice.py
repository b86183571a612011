"""This counter's customer display as chosen in Settings: on or off, which screen, which image.

Kept per machine (``display.json`` in the data folder, beside ``devices.json``): one counter
has a second screen, the next may not. The screen is remembered by its name (the one the
system gives the monitor), so it is found again after a restart or a re-plug.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImageReader, QScreen

from memberdesk import paths


@dataclass(frozen=True)
class DisplayChoice:
    """What Settings keeps; an empty image means the bundled logo."""

    enabled: bool = False
    screen: str = ""  # QScreen.name() of the customer's screen
    image: str = ""


def bundled_logo() -> Path:
    return paths.resource("display", "logo.png")


def _expanded(path: str) -> Path | None:
    """``path`` with ``~`` expanded; None when it names no user there is (``~nobody``)."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return None


def image_path(choice: DisplayChoice) -> Path:
    """The image shown while no sale is open: the store's, else the bundled logo."""
    chosen = _expanded(choice.image) if choice.image else None
    return chosen or bundled_logo()


def image_problem(path: str) -> str:
    """Why ``path`` cannot be the idle image, in the clerk's language; "" when it can."""
    if not path:
        return ""
    target = _expanded(path) or Path(path)
    try:
        found = target.is_file()
    except (OSError, ValueError):  # a name no file can have (a NUL, too long)
        found = False
    if not found:
        return QCoreApplication.translate("DisplayChoice", "There is no file at {path}.").format(path=path)
    reader = QImageReader(str(target))
    if not reader.canRead() or reader.size().isEmpty():
        return QCoreApplication.translate(
            "DisplayChoice", "{name} is not a picture (choose a PNG or JPEG file)."
        ).format(name=target.name)
    return ""


def screen_named(name: str) -> QScreen | None:
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    return None


def _file() -> Path:
    return paths.data_dir() / "display.json"


def load() -> DisplayChoice:
    """The choice saved on this machine; a missing or unreadable file: no display."""
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DisplayChoice()
    if not isinstance(raw, dict):
        return DisplayChoice()
    screen, image = raw.get("screen"), raw.get("image")
    return DisplayChoice(
        raw.get("enabled") is True,
        screen if isinstance(screen, str) else "",
        image if isinstance(image, str) else "",
    )


def save(choice: DisplayChoice) -> None:
    """Write atomically, so a power cut never leaves half a file."""
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(choice), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)
