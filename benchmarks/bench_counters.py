"""How many counters one SQLite file serves: several processes recording sales on one file.

    python3 -m uv run python benchmarks/bench_counters.py [--seconds 5] [--counters 1,2,4,8]
        [--think-ms 0,200]

Each counter is its own process with its own connection, as at a real shop, recording
three-line sales through ``services.sales.record_sale`` on a fresh small store in a temporary
folder. With no think time the counters write back to back (the file's capacity); with a
think time each waits that long between sales (still far busier than a real counter, which
records a sale every half minute or so at its busiest). Printed per run: sales per second in
all, each counter's share (fairness: the smallest and largest), the latency of one sale
(p50 / p99 / max), and how many sales were refused as "busy, try again" (typed ``Busy``).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from memberdesk.domain.errors import Busy  # noqa: E402
from memberdesk.domain.vocab import PaymentMethod  # noqa: E402
from memberdesk.services.members.enrolment import system_actor  # noqa: E402
from memberdesk.services.sales.recording import record_sale  # noqa: E402
from memberdesk.services.staff.setup import create_store  # noqa: E402
from memberdesk.store import migrate  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402
from memberdesk.store.models import Member  # noqa: E402


def _sale_form(member_id: int) -> object:
    from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm

    lines = [
        LineForm(description="T恤", category="tops", size="M", unit_price="99", quantity=2),
        LineForm(description="牛仔裤", category="bottoms", size="30", unit_price="299.5", quantity=1),
        LineForm(description="袜子", category="other", unit_price="15", quantity=3, discount="5"),
    ]
    total = 2 * 9900 + 29950 + 3 * 1500 - 500
    return SaleForm(member_id, lines, [PaymentForm(PaymentMethod.WECHAT, total)])


def make_store(folder: Path, members: int) -> Path:
    path = folder / "counters.sqlite3"
    db = connect(path, must_exist=False)
    migrate.upgrade(db)
    store_id = create_store(
        db, code="B001", name="压测门店", manager_name="店长", manager_code="M01", manager_pin="8888"
    )
    with db.write() as s:
        for n in range(members):
            s.add(
                Member(
                    store_id=store_id,
                    card_no=f"C{n:06d}",
                    phone=f"1390000{n:04d}",
                    phone_last4=f"{n:04d}",
                    name=f"会员{n}",
                )
            )
    db.dispose()
    return path


def counter(path: str, seconds: float, think_s: float, ready: Any, go: Any, start_at: Any, out: Any) -> None:
    """One counter: open the file, get ready, then record sales until the time is up."""
    db = connect(path)
    actor = system_actor(db)
    with db.read() as s:
        from sqlalchemy import select

        member_ids = list(s.scalars(select(Member.id)))
    forms = [_sale_form(m) for m in member_ids[:50]]
    record_sale(db, actor, forms[0])  # warm: statements compiled, connection open
    latencies: list[float] = []
    busy = 0
    ready.release()
    go.wait()
    while time.monotonic() < start_at.value:
        time.sleep(0.0005)
    end = start_at.value + seconds
    i = 0
    while time.monotonic() < end:
        t0 = time.perf_counter()
        try:
            record_sale(db, actor, forms[i % len(forms)])  # type: ignore[arg-type]
            latencies.append(time.perf_counter() - t0)
        except Busy:
            busy += 1
        i += 1
        if think_s:
            time.sleep(think_s)
    db.dispose()
    out.put((os.getpid(), latencies, busy))


def run(path: Path, n: int, seconds: float, think_s: float) -> dict[str, float]:
    ctx = mp.get_context("fork")  # the children share the parent's imports
    out = ctx.Queue()
    ready = ctx.Semaphore(0)
    go = ctx.Event()
    start_at = ctx.Value("d", 0.0)
    args = (str(path), seconds, think_s, ready, go, start_at, out)
    procs = [ctx.Process(target=counter, args=args) for _ in range(n)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.acquire()
    start_at.value = time.monotonic() + 0.05
    go.set()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    counts = [len(r[1]) for r in results]
    lat = sorted(x for r in results for x in r[1])
    busy = sum(r[2] for r in results)

    def pct(q: float) -> float:
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")

    return {
        "counters": n,
        "think_ms": think_s * 1000,
        "sales_per_s": sum(counts) / seconds,
        "min_share": min(counts),
        "max_share": max(counts),
        "p50_ms": statistics.median(lat) * 1000 if lat else float("nan"),
        "p99_ms": pct(0.99),
        "max_ms": lat[-1] * 1000 if lat else float("nan"),
        "busy": busy,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--counters", default="1,2,4,8")
    parser.add_argument("--think-ms", default="0,200")
    parser.add_argument("--members", type=int, default=200)
    args = parser.parse_args()
    print(f"machine load (1/5/15 min): {os.getloadavg()}, cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="memberdesk-counters-") as tmp:
        path = make_store(Path(tmp), args.members)
        print(
            "| counters | think ms | sales/s | fewest / most per counter | p50 ms | p99 ms | max ms | busy |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for think in (float(x) / 1000 for x in args.think_ms.split(",")):
            for n in (int(x) for x in args.counters.split(",")):
                r = run(path, n, args.seconds, think)
                print(
                    f"| {n} | {r['think_ms']:.0f} | {r['sales_per_s']:.0f} | {r['min_share']:.0f} / "
                    f"{r['max_share']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | "
                    f"{r['busy']:.0f} |",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
