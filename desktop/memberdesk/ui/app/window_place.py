"""Where the main window opens: as the clerk left it, else a size that suits the screen.

The place is kept in ``window.ini`` in the data folder (per computer, like the settings), as
plain numbers, and always fitted into the screen the window opens on: a counter PC whose
screen was changed, or a second monitor that is gone, never gets a window beyond its edges.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from memberdesk import paths

# Below this a window would leave too little of the screen to be worth the frame: maximised.
MAXIMISE_BELOW = (1300, 860)
SHARE = 0.9  # of a larger screen, centred
MIN_SIZE = (800, 560)


@dataclass(frozen=True)
class Place:
    """The window's place on screen: its normal geometry, and whether it is maximised."""

    rect: QRect
    maximised: bool


def first_place(room: QRect) -> Place:
    """Where the window opens the first time on a screen whose free area is ``room``."""
    if room.width() < MAXIMISE_BELOW[0] or room.height() < MAXIMISE_BELOW[1]:
        return Place(QRect(room), True)
    width, height = int(room.width() * SHARE), int(room.height() * SHARE)
    left = room.x() + (room.width() - width) // 2
    top = room.y() + (room.height() - height) // 2
    return Place(QRect(left, top, width, height), False)


def fitted(place: Place, room: QRect) -> Place:
    """``place`` moved and shrunk as little as needed to lie within ``room``."""
    width = max(min(place.rect.width(), room.width()), min(MIN_SIZE[0], room.width()))
    height = max(min(place.rect.height(), room.height()), min(MIN_SIZE[1], room.height()))
    left = min(max(place.rect.x(), room.x()), room.x() + room.width() - width)
    top = min(max(place.rect.y(), room.y()), room.y() + room.height() - height)
    return Place(QRect(left, top, width, height), place.maximised)


class WindowPlaces:
    """Reads and writes the remembered place of the main window."""

    def __init__(self) -> None:
        self._store = QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)

    def remembered(self) -> Place | None:
        values = [self._store.value(f"main/{key}") for key in ("x", "y", "width", "height")]
        try:
            x, y, width, height = (int(v) for v in values)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None  # never saved, or edited by hand into nonsense
        if width <= 0 or height <= 0:
            return None
        maximised = str(self._store.value("main/maximised", "false")).lower() == "true"
        return Place(QRect(x, y, width, height), maximised)

    def remember(self, window: QWidget) -> None:
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        for key, value in (
            ("x", rect.x()),
            ("y", rect.y()),
            ("width", rect.width()),
            ("height", rect.height()),
        ):
            self._store.setValue(f"main/{key}", value)
        self._store.setValue("main/maximised", "true" if window.isMaximized() else "false")
        self._store.sync()


def place_window(window: QWidget, room: QRect, places: WindowPlaces) -> Place:
    """Give ``window`` its remembered place fitted into ``room`` (or a first one) and show it."""
    remembered = places.remembered()
    place = fitted(remembered, room) if remembered is not None else first_place(room)
    window.setGeometry(place.rect)
    if place.maximised:
        window.showMaximized()
    else:
        window.show()
    return place
