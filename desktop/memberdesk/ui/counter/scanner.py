"""Recognising a card scanner anywhere in the app.

A barcode scanner is a keyboard that types the card number very fast and presses Enter,
into whatever widget has focus. The filter watches key presses application-wide: a run of
at least ``MIN_LENGTH`` letters or digits, each arriving within ``MAX_GAP_S`` of the one
before (no person types that evenly fast), ended by Enter, is a scan. If the code is a
member's card the member's card opens (or, when the keys landed in a window that takes cards
itself, such as an event's check-in, that window gets the code), the Enter is swallowed and
the scanned characters are taken back out of the line edit they landed in. Anything else passes untouched, so
normal typing, and product barcodes scanned into a sale, still work.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members import search
from memberdesk.ui.widgets.context import AppContext

MAX_GAP_S = 0.035
MIN_LENGTH = 6
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_current: list[CardScanner] = []  # the scanner the application's keys pass through


class CardScanner(QObject):
    """Application-wide event filter that turns a fast run of keys + Enter into ``open_member``.

    ``clock`` returns seconds; tests pass their own to feed keys with controlled timing.
    """

    def __init__(self, ctx: AppContext, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.clock = clock
        self._chars: list[str] = []
        self._last = 0.0
        self._fast = True

    @classmethod
    def install(cls, ctx: AppContext, clock: Callable[[], float] = time.monotonic) -> CardScanner:
        """The context's scanner, made the application's one scanner (idempotent).

        One at a time: a scanner of an earlier context (a window since closed, whose context
        is not yet freed) would go on collecting keys, never seeing the Enter the current
        scanner takes, and would read a whole session's keys as one long scan."""
        scanner = ctx.findChild(CardScanner) or cls(ctx, clock)
        app = QApplication.instance()
        if app is None or (_current and _current[0] is scanner):
            return scanner
        for old in _current:
            old.uninstall()
        _current[:] = [scanner]
        app.installEventFilter(scanner)
        return scanner

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and shiboken6.isValid(self):
            app.removeEventFilter(self)
        if _current and _current[0] is self:
            _current.clear()

    def _is_target(self, obj: QObject) -> bool:
        # The same key event reaches the window and then propagates to parents; count it once,
        # where Qt delivers it first to a widget: the focus widget (or a window without one).
        if not obj.isWidgetType():
            return False
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else isinstance(obj, QWidget) and obj.isWindow()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._is_target(obj):
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock()
        if event.key() in _ENTER:
            code, fast = "".join(self._chars), self._fast and now - self._last <= MAX_GAP_S
            self._chars = []
            if fast and len(code) >= MIN_LENGTH:
                return self._scanned(code, obj)
            return False
        text = event.text()
        if len(text) == 1 and text.isascii() and text.isalnum():
            if self._chars and now - self._last <= MAX_GAP_S:
                self._chars.append(text)
            else:
                self._chars, self._fast = [text], True
            self._last = now
        else:
            self._chars = []
        return False

    def _scanned(self, code: str, target: QObject) -> bool:
        if not self.ctx.signed_in:
            return False
        # The window the keys landed in is where the card was scanned (the active one, on a
        # real screen; asking the widget does not depend on when activation is reported).
        window = target.window() if isinstance(target, QWidget) else QApplication.activeWindow()
        taker = getattr(window, "take_card_scan", None)
        if callable(taker):  # a window that takes cards itself (an event's check-in at the door)
            if isinstance(target, QLineEdit) and target.text().endswith(code):
                target.setText(target.text()[: -len(code)])
            return bool(taker(code))
        try:
            member_id = search.find_by_card(self.ctx.db, self.ctx.actor, code)
        except ServiceError as err:
            self.ctx.error(err)
            return False
        if member_id is None:
            return False  # not a member card: let the widget have its Enter (a product, say)
        if isinstance(target, QLineEdit) and target.text().endswith(code):
            target.setText(target.text()[: -len(code)])
        self.ctx.open_member.emit(member_id)
        return True
