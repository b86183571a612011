"""Start-up: process start → sign-in window exposed, the way a clerk starts the counter.

    .venv/bin/python benchmarks/bench_startup.py [--db FILE] [--runs 7] [--platform offscreen]

Each run is a fresh ``python -m memberdesk --db FILE`` process; the app, told by
``MEMBERDESK_STARTUP_PROBE``, prints the moment its window is exposed and quits (no sign-in,
so no daily backup runs). Reports the median and p99 of the runs beside the floor (a bare
``python -c "import PySide6.QtWidgets"`` process showing an empty window), the machine load,
the top ``python -X importtime`` entries, and which heavy packages the first screen imports.
Without ``--db`` a 2,000-member demo store is built in a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from stats import Timing, floor_table  # noqa: E402

# What the first screen must not need (each is loaded when first used).
HEAVY = ("reportlab", "pyqtgraph", "numpy", "alembic", "mako", "pygments", "pypinyin", "openpyxl")
FLOOR = """
import time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("floor"); w.resize(1024, 768); w.show()
while w.windowHandle() is None or not w.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(f"exposed {time.time():.6f}", flush=True)
"""


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` to its "exposed <time>" line."""
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    for line in proc.stdout.splitlines():
        if line.startswith("exposed "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no window ({proc.returncode}): {proc.stderr[-2000:]}")


def importtime_top(env: dict[str, str], db: str, probe: str, top: int) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) of the slowest imports of one start, slowest first."""
    cmd = [sys.executable, "-X", "importtime", "-m", "memberdesk", "--db", db, "--lang", "zh_CN"]
    proc = subprocess.run(cmd, env={**env, "MEMBERDESK_STARTUP_PROBE": probe}, capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line.split(":", 1)[1].split("|")
        try:
            rows.append((int(parts[1]), int(parts[0]), parts[2].strip()))
        except (IndexError, ValueError):  # the header line
            continue
    rows.sort(reverse=True)
    return rows[:top]


def build_demo(folder: Path) -> str:
    path = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "memberdesk", "demo", "--db", str(path), "--members", "2000"],
        check=True,
        capture_output=True,
    )
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    db = args.db or build_demo(work)
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "MEMBERDESK_HOME": str(work / "home")}
    # As installed (pip and the frozen build ship compiled bytecode): without a bytecode cache
    # (PYTHONDONTWRITEBYTECODE) every start compiles every module, about 1.7 s of a 2.5 s start.
    # The cache goes to a private folder, never into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    probe = str(work / "modules.txt")
    app_cmd = [sys.executable, "-m", "memberdesk", "--db", db, "--lang", "zh_CN"]
    run_once(app_cmd, {**env, "MEMBERDESK_STARTUP_PROBE": probe})  # warm the page and bytecode caches
    run_once([sys.executable, "-c", FLOOR], env)

    load_before = os.getloadavg()
    app_s, floor_s = [], []
    for _ in range(args.runs):
        app_s.append(run_once(app_cmd, {**env, "MEMBERDESK_STARTUP_PROBE": probe}))
        floor_s.append(run_once([sys.executable, "-c", FLOOR], env))
    load_after = os.getloadavg()

    app_t = Timing("process start → sign-in window exposed", [s * 1000 for s in app_s])
    floor_t = Timing("floor: python + PySide6, an empty window", [s * 1000 for s in floor_s])
    print(f"## Start-up ({args.runs} runs, platform {args.platform}, {os.cpu_count()} CPUs)\n")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min); bytecode cached\n")
    print(floor_table([(app_t, floor_t)]))
    print(f"\nmedian {statistics.median(app_s):.2f} s; every run: {', '.join(f'{s:.2f}' for s in app_s)} s\n")

    modules = set(Path(probe).read_text(encoding="utf-8").split())
    print("### Heavy packages imported by the first screen\n")
    for name in HEAVY:
        print(f"- {name}: {'IMPORTED' if name in modules else 'not imported'}")
    ours = sorted(m for m in modules if m.startswith("memberdesk"))
    print(f"\n### MemberDesk modules the first screen imports ({len(ours)})\n")
    print(", ".join(ours))
    print(f"\n### Slowest imports of one start (python -X importtime, top {args.top})\n")
    print("| cumulative ms | self ms | module |\n|---:|---:|---|")
    for cumulative, own, name in importtime_top(env, db, probe, args.top):
        print(f"| {cumulative / 1000:.1f} | {own / 1000:.1f} | {name} |")


if __name__ == "__main__":
    main()
