"""What the return, no-receipt return and exchange windows share once a slip is recorded:
the slip saved where the clerk chooses, and the window left showing its result."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton


def save_slip_as(parent: QDialog, title: str, number: str, save_to: Callable[[Path], None]) -> None:
    """Ask where (``number``.pdf offered) and save the slip there; nothing when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, f"{number}.pdf", "PDF (*.pdf)")
    if name:
        save_to(Path(name))


def show_recorded(dialog: QDialog, slip_buttons: Iterable[QPushButton], close_button: QPushButton) -> None:
    """The slip's buttons appear and no button is the default any more: an Enter pressed again
    by habit leaves the result on screen. The keys go to Close."""
    for button in slip_buttons:
        button.setVisible(True)
    for button in dialog.findChildren(QPushButton):
        button.setDefault(False)
        button.setAutoDefault(False)
    close_button.setFocus()
