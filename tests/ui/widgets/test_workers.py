"""Background jobs: results on the GUI thread, cancel between steps, nothing after the asker closed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from memberdesk.ui.widgets.workers import Progress, run_in_background


def test_result_and_progress_arrive(qtbot: QtBot) -> None:
    seen: list[object] = []
    results: list[object] = []

    def work(progress: Progress) -> int:
        for i in range(3):
            progress.report(i + 1, 3)
        return 42

    run_in_background(work, on_done=results.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: results == [42] and len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_job_between_steps(qtbot: QtBot) -> None:
    started, go_on = threading.Event(), threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        go_on.wait(5)
        for i in range(100):
            progress.check()
            steps.append(i)

    cancelled: list[bool] = []
    job = run_in_background(
        work, on_cancelled=lambda: cancelled.append(True), on_done=lambda _r: cancelled.append(False)
    )
    assert started.wait(5)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert cancelled == [True] and steps == []


def test_no_callback_after_the_asking_widget_is_gone(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    job = run_in_background(lambda _p: release.wait(5), on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    with qtbot.waitSignal(job.signals.finished):
        release.set()
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
