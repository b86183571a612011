"""Shared by the dialog tests: what has focus, and a discard question that never blocks.

pytest-qt closes every widget a test registered before fixtures tear down; a guarded dialog
still holding typed data would then ask "Discard what you typed?" in a modal box nobody
answers. Tests that leave such a dialog open use the ``discard_answers`` fixture (import
``discard_answers_fixture``; ``pytestmark = pytest.mark.usefixtures("discard_answers")``),
which discards by default; a test that wants another answer patches it again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


class DiscardAnswers:
    """Stands in for the question box: records who asked and gives the chosen answer."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[QWidget | None] = []

    def __call__(self, parent: QWidget | None) -> bool:
        self.asked.append(parent)
        return self.answer


@pytest.fixture(name="discard_answers")
def discard_answers_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[DiscardAnswers]:
    answers = DiscardAnswers()
    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(lambda cls, parent: answers(parent)))
    yield answers


# The question itself, as the app asks it (captured before any fixture patches it).
REAL_CONFIRM_DISCARD = GuardedDialog.__dict__["confirm_discard"]


@pytest.fixture(name="real_discard_question")
def real_discard_question_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real "Discard what you typed?" box for this test, whenever a ``DiscardBox`` is
    armed to answer it; otherwise (windows closed after the test, even a failed one) the
    answer is "discard", so no box waits for a press that never comes."""
    real = REAL_CONFIRM_DISCARD.__func__

    def confirm(cls: type[GuardedDialog], parent: QWidget | None) -> bool:
        if DiscardBox.armed:
            return bool(real(cls, parent))
        return True

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(confirm))


class DiscardBox:
    """Answers the real question box once it is shown: reads its words, presses a button.

    Armed before the key that makes the app ask; the box runs its own event loop, in which
    this polls for it (the key press returns once the box is answered)."""

    armed = 0

    def __init__(self, button_text: str) -> None:
        from PySide6.QtCore import QTimer

        self.button_text = button_text
        self.title = ""
        self.text = ""
        self.buttons: list[str] = []
        self.answered = False
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        DiscardBox.armed += 1

    def _look(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from memberdesk.ui.widgets.guarded_dialog import DISCARD_BOX

        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != DISCARD_BOX or not box.isVisible():
            return
        self._timer.stop()
        DiscardBox.armed -= 1
        self.title, self.text = box.windowTitle(), box.text()
        self.buttons = [b.text() for b in box.buttons()]
        chosen = next((b for b in box.buttons() if b.text() == self.button_text), None)
        if chosen is None:  # not the words expected: close the box so the test fails, not hangs
            box.reject()
            return
        self.answered = True
        chosen.click()
