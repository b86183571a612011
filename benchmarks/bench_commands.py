"""Where the manager waits on the command line: the first command of the day, ``db check``
(quick and full) and ``backup``, each beside its floor (the same statement on the raw driver).

    .venv/bin/python benchmarks/bench_commands.py [--db FILE] [--rounds 3] [--out docs/perf/commands.md]

``--db`` defaults to bench-data/demo-100k.sqlite3 (``memberdesk demo --members 100000 --seed 42
--until 2026-11-30``). The file is copied to a temporary folder first and never written.

1. The first ``memberdesk find`` of the day: a new process with an empty backup folder (no
   backup taken today), wall time to the answer; floor: a new process that opens the file
   with the raw driver and runs the lookup's statement. The backup folder must stay empty.
2. The page checks of ``db check``: ``PRAGMA quick_check`` / ``integrity_check`` as
   ``health.check`` runs them (the progress handler asking Ctrl+C and estimating pages)
   beside the bare pragma on a raw connection; then each ledger reconciliation once (no
   raw floor: they are the services' own queries) and one whole ``db check --quick`` as a
   manager runs it.
3. ``backup``: ``store.backup.take_backup`` (steps of 4096 pages with progress, then the
   copy's integrity check) beside the raw driver's one-step ``backup()`` and the same
   integrity check of the copy.

Operation and floor alternate in each round (interleaved), so a change in the machine's load
hits both. Prints medians and p99 (with a few rounds p99 is the slowest) and the load.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "desktop"))

from stats import Timing, publish, table  # noqa: E402

from memberdesk.store import backup, health  # noqa: E402
from memberdesk.store.database import Database, connect  # noqa: E402


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores"


def _interleaved(
    name: str, op: Callable[[], object], floor: Callable[[], object], rounds: int
) -> tuple[Timing, Timing]:
    ops, floors = [], []
    for _ in range(rounds):
        ops.append(_seconds(op))
        floors.append(_seconds(floor))
    return Timing(name, ops), Timing(f"{name} (floor)", floors)


def first_find(db_file: Path, work: Path, rounds: int) -> tuple[Timing, Timing]:
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    last4 = conn.execute("SELECT phone_last4 FROM members ORDER BY id LIMIT 1 OFFSET 4321").fetchone()[0]
    conn.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    homes = iter(range(10_000))

    def command() -> None:
        home = work / f"home-{next(homes)}"  # a fresh day: no backup in its folder
        run = subprocess.run(
            [sys.executable, "-m", "memberdesk", "find", last4, "--db", str(db_file)],
            env={**env, "MEMBERDESK_HOME": str(home)},
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        backups = home / "backups"
        assert not backups.exists() or not any(backups.iterdir()), "a read-only command took a backup"

    floor_code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT id, name FROM members WHERE phone_last4 = ? LIMIT 20', (sys.argv[2],)).fetchall()"
    )

    def floor() -> None:
        subprocess.run([sys.executable, "-c", floor_code, str(db_file), last4], check=True, env=env)

    return _interleaved("first `find` of the day (new process)", command, floor, rounds)


def page_checks(db_file: Path, rounds: int) -> list[tuple[Timing, Timing]]:
    rows = []
    for pragma in ("quick_check", "integrity_check"):
        db = connect(db_file)

        def product(pragma: str = pragma, db: Database = db) -> None:
            report = health.HealthReport(db.location())
            health._pages(db, report, pragma, lambda *_said: None, lambda: False)
            assert report.integrity.startswith("ok"), report.integrity

        def raw(pragma: str = pragma) -> None:
            conn = sqlite3.connect(db_file)
            assert conn.execute(f"PRAGMA {pragma}").fetchall() == [("ok",)]
            conn.close()

        rows.append(_interleaved(f"PRAGMA {pragma} as db check runs it", product, raw, rounds))
        db.dispose()
    return rows


def ledgers(db_file: Path) -> list[Timing]:
    db = connect(db_file)
    found = []
    for module_name, func_name in health.EXTRA_CHECKS:
        check = getattr(importlib.import_module(module_name), func_name)
        found.append(
            Timing(
                f"ledger check {module_name.rsplit('.', 2)[-2]}.{func_name}",
                [_seconds(lambda c=check: c(db))],
            )
        )
    db.dispose()
    return found


def whole_quick_check(db_file: Path, work: Path) -> Timing:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "MEMBERDESK_HOME": str(work / "home-check")}
    argv = [sys.executable, "-m", "memberdesk", "db", "check", "--quick", "--db", str(db_file)]
    return Timing(
        "`memberdesk db check --quick` (new process)",
        [_seconds(lambda: subprocess.run(argv, env=env, check=True, capture_output=True))],
    )


def backups(db_file: Path, work: Path, rounds: int) -> tuple[Timing, Timing]:
    folder = work / "backups"

    def product() -> None:
        made = backup.take_backup(db_file, folder, keep=1, progress=lambda _remaining, _total: None)
        made.unlink()

    def raw() -> None:
        copy = work / "raw-copy.sqlite3"
        source, target = sqlite3.connect(db_file), sqlite3.connect(copy)
        source.backup(target)
        target.close()
        source.close()
        check = sqlite3.connect(f"file:{copy}?mode=ro&immutable=1", uri=True)
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        check.close()
        copy.unlink()

    return _interleaved("backup: copy + check of the copy", product, raw, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-100k.sqlite3"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default="")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["find", "pages", "ledgers", "quick", "backup"]
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-commands-") as scratch:
        work = Path(scratch)
        db_file = work / "store.sqlite3"
        shutil.copyfile(args.db, db_file)
        members = sqlite3.connect(db_file).execute("SELECT count(*) FROM members").fetchone()[0]
        size_mb = db_file.stat().st_size / 1e6
        lines = [
            f"{members:,} members, {size_mb:,.0f} MB file; {args.rounds} interleaved rounds",
            f"before: {_load()}",
            "",
        ]
        rows: list[tuple[Timing, Timing | None]] = []
        if "find" not in args.skip:
            rows.append(first_find(db_file, work, args.rounds))
            print(table(rows), flush=True)
        if "pages" not in args.skip:
            rows.extend(page_checks(db_file, args.rounds))
            print(table(rows), flush=True)
        if "backup" not in args.skip:
            rows.append(backups(db_file, work, args.rounds))
            print(table(rows), flush=True)
        if "ledgers" not in args.skip:
            rows.extend((t, None) for t in ledgers(db_file))
        if "quick" not in args.skip:
            rows.append((whole_quick_check(db_file, work), None))
        lines += [table(rows), "", f"after: {_load()}"]
    publish("\n".join(lines) + "\n", args.out)


if __name__ == "__main__":
    main()
