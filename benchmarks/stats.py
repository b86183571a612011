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
