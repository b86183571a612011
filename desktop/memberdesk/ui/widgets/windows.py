"""The application's windows, read safely from Python."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication, QWidget


def top_level_widgets() -> list[QWidget]:
    """``QApplication.topLevelWidgets()`` with the garbage collector held off while the list
    is converted: a collection between two items can free a parentless window that the rest
    of the C++ list still points at, and the next item is then read from freed memory."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return list(QApplication.topLevelWidgets())
    finally:
        if was_on:
            gc.enable()
