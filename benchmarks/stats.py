"""Timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Latencies of one operation, in milliseconds."""

    name: str
    samples_ms: Sequence[float]

    def percentile(self, p: float) -> float:
        ordered = sorted(self.samples_ms)
        index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
        return ordered[index]

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)


def measure(name: str, fn: Callable[[], object], repeat: int) -> Timing:
    """Call ``fn`` ``repeat`` times and keep each call's wall time."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, samples)


def table(rows: Sequence[tuple[Timing, Timing | None]]) -> str:
    """A Markdown table: each timing beside its baseline, with the ratio of medians."""
    lines = [
        "| operation | n | p50 ms | p99 ms | baseline p50 ms | baseline p99 ms | speed-up (p50) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for t, base in rows:
        if base is None:
            lines.append(f"| {t.name} | {len(t.samples_ms)} | {t.p50:.3f} | {t.p99:.3f} | – | – | – |")
        else:
            ratio = base.p50 / t.p50 if t.p50 else float("inf")
            lines.append(
                f"| {t.name} | {len(t.samples_ms)} | {t.p50:.3f} | {t.p99:.3f} | "
                f"{base.p50:.3f} | {base.p99:.3f} | {ratio:,.0f}× |"
            )
    return "\n".join(lines)


def gui_gaps(job: Callable[[], object]) -> list[float]:
    """Gaps (ms) between ticks of a 5 ms GUI timer while ``job`` runs on the thread pool:
    how responsive the window stays while the work is done in the background."""
    import itertools

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import memberdesk.ui  # noqa: F401  (PySide6 6.12 / Python 3.11 workaround)
    from memberdesk.ui.widgets.workers import run_in_background

    app = QApplication.instance() or QApplication([])
    ticks: list[float] = []
    done: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    run_in_background(
        lambda _p: job(), on_done=lambda _r: done.append(True), on_error=lambda _e: done.append(True)
    )
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]


def publish(text: str, out: str) -> None:
    """Print a benchmark's Markdown section and write it to ``out`` (a docs/perf/ file) if given."""
    from pathlib import Path

    print(text)
    if out:
        Path(out).write_text(text, encoding="utf-8")


def floor_table(rows: Sequence[tuple[Timing, Timing]]) -> str:
    """A Markdown table: each timing beside its floor (the same work with nothing above the
    driver), with how many times the floor it costs at p50 and at p99."""
    lines = [
        "| operation | n | p50 ms | p99 ms | floor p50 ms | floor p99 ms | × floor p50 | × floor p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t, floor in rows:
        r50 = t.p50 / floor.p50 if floor.p50 else float("inf")
        r99 = t.p99 / floor.p99 if floor.p99 else float("inf")
        lines.append(
            f"| {t.name} | {len(t.samples_ms)} | {t.p50:.3f} | {t.p99:.3f} | "
            f"{floor.p50:.3f} | {floor.p99:.3f} | {r50:.1f}× | {r99:.1f}× |"
        )
    return "\n".join(lines)
