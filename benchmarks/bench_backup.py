"""The counter while the daily backup runs: GUI timer gaps and lookup times, paused or not.

    .venv/bin/python benchmarks/bench_backup.py [--db FILE] [--idle 8] [--out docs/perf/backup.md]

``--db`` defaults to bench-data/demo-100k.sqlite3.

Read-only on the database (the backups go to a temporary folder, removed at the end). In one
process, with the Counter's own lookup (``services.search.find`` on the GUI thread every
50 ms, a random member's last four digits) and a 5 ms GUI timer:

1. idle: no backup, ``--idle`` seconds (the baseline);
2. the daily backup as the product runs it (``ui.daily_backup``, a pause after each step);
3. the same backup without the pauses.

Each backup phase is split into the copy and the check of the copy. Prints p50 / p99 / max
of the timer's gaps and p50 / p99 of the lookups, the phase's duration, and the machine load.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select  # noqa: E402
from stats import Timing  # noqa: E402

import memberdesk.ui  # noqa: E402, F401  (PySide6 / Python 3.11 workaround, as the app does)
from memberdesk.services.members.enrolment import system_actor  # noqa: E402
from memberdesk.services.members.search import find  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402
from memberdesk.store.models import Member  # noqa: E402


class Probe:
    """A 5 ms timer and a lookup every 50 ms on the GUI thread, each sample tagged with the
    phase it fell in."""

    def __init__(self, lookup: object) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "idle"
        self.ticks: list[tuple[str, float]] = []
        self.lookups: list[tuple[str, float]] = []
        self._lookup = lookup
        self.tick = QTimer()
        self.tick.setInterval(5)
        self.tick.timeout.connect(lambda: self.ticks.append((self.phase, time.perf_counter())))
        self.look = QTimer()
        self.look.setInterval(50)
        self.look.timeout.connect(self._one_lookup)

    def _one_lookup(self) -> None:
        start = time.perf_counter()
        self._lookup()  # type: ignore[operator]
        self.lookups.append((self.phase, (time.perf_counter() - start) * 1000))

    def start(self) -> None:
        self.tick.start()
        self.look.start()

    def stop(self) -> None:
        self.tick.stop()
        self.look.stop()

    def gaps(self, phase: str) -> list[float]:
        return [(b - a) * 1000 for (pa, a), (pb, b) in itertools.pairwise(self.ticks) if pa == pb == phase]

    def lookup_ms(self, phase: str) -> list[float]:
        return [ms for p, ms in self.lookups if p == phase]


def run_backup(app: object, probe: Probe, db_path: Path, name: str, pause_s: float) -> float:
    """One daily backup as the product runs it, on the thread pool; its wall time in s."""
    from memberdesk.ui.app import daily_backup
    from memberdesk.ui.widgets.workers import run_in_background

    done: list[bool] = []
    probe.phase = f"{name}: copy"

    def job(progress: object) -> str:
        class Tagging:
            cancelled = False

            def report(self, copied: int, total: int) -> None:
                if copied >= total:
                    probe.phase = f"{name}: check"

        return daily_backup._backup_if_due(db_path, Tagging(), pause_s=pause_s)  # type: ignore[arg-type]

    start = time.perf_counter()
    run_in_background(
        job, on_done=lambda _r: done.append(True), on_error=lambda e: done.append(bool(print(e)))
    )
    while not done:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    took = time.perf_counter() - start
    probe.phase = "between"
    return took


def idle(app: object, probe: Probe, seconds: float) -> None:
    probe.phase = "idle"
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    probe.phase = "between"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-100k.sqlite3"))
    parser.add_argument("--idle", type=float, default=8.0)
    parser.add_argument("--out", default="")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from memberdesk.ui.app import daily_backup

    home = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["MEMBERDESK_HOME"] = str(home)  # the backups land here, removed at the end
    db_path = Path(args.db)
    db = connect(db_path)
    actor = system_actor(db)
    with db.read() as s:
        last4 = list(s.scalars(select(Member.phone_last4).limit(20000)))
    rng = random.Random(7)
    app = QApplication.instance() or QApplication([])
    probe = Probe(lambda: find(db, actor, rng.choice(last4)))
    for q in last4[:500]:
        find(db, actor, q)
    probe.start()
    try:
        idle(app, probe, args.idle)
        paused = run_backup(app, probe, db_path, "paused (product)", daily_backup.STEP_PAUSE_S)
        shutil.rmtree(home / "backups", ignore_errors=True)
        for p in home.glob("**/*.sqlite3"):
            p.unlink()
        plain = run_backup(app, probe, db_path, "no pause", 0.0)
    finally:
        probe.stop()
        shutil.rmtree(home, ignore_errors=True)
    load = os.getloadavg()
    size = db_path.stat().st_size
    lines = [
        f"## The counter during the daily backup ({db_path.name}, {size / 1e9:.2f} GB; "
        f"load {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f})",
        "",
        f"Pause after each 4096-page step: {daily_backup.STEP_PAUSE_S * 1000:.0f} ms. Backup wall time: "
        f"paused {paused:.1f} s, without pauses {plain:.1f} s. Lookups: `find` on a random last four "
        "digits every 50 ms on the GUI thread.",
        "",
        "| phase | timer ticks | gap p50 ms | gap p99 ms | gap max ms | lookups | lookup p50 ms "
        "| lookup p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    phases = ["idle"] + [
        f"{n}: {part}" for n in ("paused (product)", "no pause") for part in ("copy", "check")
    ]
    for phase in phases:
        gaps = Timing(phase, probe.gaps(phase) or [0.0])
        looks = Timing(phase, probe.lookup_ms(phase) or [0.0])
        lines.append(
            f"| {phase} | {len(probe.gaps(phase))} | {gaps.p50:.1f} | {gaps.p99:.1f} "
            f"| {max(gaps.samples_ms):.1f} "
            f"| {len(probe.lookup_ms(phase))} | {looks.p50:.2f} | {looks.p99:.2f} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
