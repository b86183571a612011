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
