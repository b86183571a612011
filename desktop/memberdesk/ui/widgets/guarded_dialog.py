"""The one behaviour every counter dialog shares.

Esc and the window's close button close the dialog, but never silently throw away what the
clerk typed: when ``has_typed_data()`` is true they ask first and stay open on "No". Enter runs
the dialog's primary action (the only default button). ``discard()`` closes at once without
asking, for when the counter is locked and the previous clerk's windows must go.

A subclass that has saved its work closes with ``accept()``: that never asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QPushButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DISCARD_BOX = "discard_question"  # the question's object name, for whoever answers it


class _EnterFilter(QObject):
    """Runs a field's own Enter action and keeps the key from also pressing the default button."""

    def __init__(self, parent: QObject, action: Callable[[], object]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                self._action()
                return True
        return False


class GuardedDialog(QDialog):
    """A dialog that asks before discarding typed data; Enter runs its primary button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._discarding = False
        self._primary: QPushButton | None = None
        self._open_before: set[int] = set()  # dialogs of the window already open when this one showed

    # -- what subclasses override -------------------------------------------------------------
    def has_typed_data(self) -> bool:
        """True while the dialog holds something the clerk typed and has not saved."""
        return False

    # -- Enter ----------------------------------------------------------------------------------
    def set_primary(self, button: QPushButton) -> None:
        """Make ``button`` the only default and auto-default button, so Enter runs it."""
        for other in self.findChildren(QPushButton):
            if other is not button:
                other.setDefault(False)
                other.setAutoDefault(False)
        button.setAutoDefault(True)
        button.setDefault(True)
        self._primary = button

    def primary_button(self) -> QPushButton | None:
        return self._primary

    def on_enter(self, widget: QWidget, action: Callable[[], object]) -> None:
        """Enter in ``widget`` runs ``action`` instead of the primary button (e.g. "find")."""
        widget.installEventFilter(_EnterFilter(widget, action))

    # -- Esc, the close button and discarding ---------------------------------------------------
    @classmethod
    def confirm_discard(cls, parent: QWidget | None) -> bool:
        """Ask the clerk whether to throw away what was typed; True means discard.

        Asked on every platform, the offscreen one included: tests answer it by patching
        this classmethod, or by finding the box (``DISCARD_BOX``) and pressing its buttons.
        Esc and the default button keep what was typed.
        """
        box = QMessageBox(parent)
        box.setObjectName(DISCARD_BOX)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("GuardedDialog", "Discard?"))
        box.setText(QCoreApplication.translate("GuardedDialog", "Discard what you typed?"))
        discard = box.addButton(
            QCoreApplication.translate("GuardedDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("GuardedDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked: QAbstractButton | None = box.clickedButton()
        return clicked is discard

    def reject(self) -> None:
        """Esc (and, through QDialog's close event, the close button): ask first if needed."""
        if self._discarding or not self.isVisible() or not self.has_typed_data():
            super().reject()
            return
        if type(self).confirm_discard(self):
            super().reject()
        else:
            self.activateWindow()  # "keep editing": the keys go back to what was being typed

    def done(self, result: int) -> None:
        """Close, then give the keyboard back to the window the dialog was opened from, or to
        the window this dialog opened as it closed (a preview), which is newer."""
        parent = self.parentWidget()
        super().done(result)
        window = parent.window() if parent is not None else None
        if window is None or not window.isVisible():
            return
        opened = [w for w in self._dialogs_of(window) if id(w) not in self._open_before]
        (opened[-1] if opened else window).activateWindow()  # Qt restores its own focus widget

    def _dialogs_of(self, window: QWidget) -> list[QDialog]:
        return [
            w
            for w in window.findChildren(QDialog)
            if w is not self and w.isWindow() and w.isVisible() and not isinstance(w, QMessageBox)
        ]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        self._open_before = {id(w) for w in self._dialogs_of(window)} if window is not None else set()

    def discard(self) -> None:
        """Close at once without asking (the counter is being locked)."""
        self._discarding = True
        super().reject()
