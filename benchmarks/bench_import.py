"""A large member import while another counter keeps selling: rows/s, and how long its sales wait.

    .venv/bin/python benchmarks/bench_import.py [--db FILE|URL] [--rows 200000] [--out docs/perf/import.md]

``--db`` defaults to bench-data/demo-100k.sqlite3 (``memberdesk demo --members 100000``); a
SQLite file is copied to a temporary folder first, so the store is left as it was. A
PostgreSQL URL is used as it is: the imported members stay in it.

1. A file of ``--rows`` new members is written (CSV, as a store brings it: phone, name,
   gender, birthday, points, tier, shoe size, children for one in three, notes for one in
   five).
2. A second process records a sale every ``--every`` seconds for the whole run (the other
   counter), each timed from the call to its return, first for ``--idle`` seconds with
   nothing else running (the baseline), then during the import.
3. The import runs as ``memberdesk import members`` does (read and validate the file, then
   write it in batches, then show it), timed by phase, wall clock and CPU.

With ``--fill`` the file instead names ``--rows`` members already on file (the store's first,
by id) with an e-mail address and a street address, which the demo store's members have
none of, and is imported as "fill in members already on file" (``--merge``): each of them
is filled in, with an audit entry, in the phase that shows the import.

Prints (and writes to ``--out``) rows/s for the whole import and for each phase, the
batches, the sales' p50 / p99 / worst time before and during the import, the number of
members before, and the machine's load, which on a shared machine moves every figure.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import func, select  # noqa: E402
from stats import Timing  # noqa: E402

from memberdesk.domain.vocab import Role  # noqa: E402
from memberdesk.services.common.context import Actor  # noqa: E402
from memberdesk.services.io.member_io import OnDuplicate, import_members  # noqa: E402
from memberdesk.store.database import Database, connect  # noqa: E402
from memberdesk.store.models import Member, Staff  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳怡晨雪琳颖婷倩"  # noqa: E501


def write_file(path: Path, rows: int, seed: int) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["手机号码", "姓名", "性别", "生日", "积分", "会员等级", "鞋码", "孩子", "备注"])
        for i in range(rows):
            child = f"{rnd.choice(SURNAMES)}{rnd.choice(GIVEN)} {rnd.choice('男女')} 20{rnd.randint(10, 22)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"  # noqa: E501
            out.writerow([
                f"199{i:08d}",
                rnd.choice(SURNAMES) + rnd.choice(GIVEN) + (rnd.choice(GIVEN) if rnd.random() < 0.7 else ""),
                rnd.choice("男女"),
                f"19{rnd.randint(50, 99)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                rnd.randint(0, 5000),
                rnd.choice(["普通", "普通", "银卡", "金卡", "VIP"]),
                rnd.choice(["36", "37", "38", "39", "40", "41", "42"]),
                child if i % 3 == 0 else "",
                "老顾客，喜欢红色" if i % 5 == 0 else "",
            ])  # fmt: skip


def write_fill_file(path: Path, db: Database, rows: int) -> None:
    with db.read() as s:
        on_file = s.execute(select(Member.phone, Member.name).order_by(Member.id).limit(rows)).all()
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["手机号码", "姓名", "邮箱", "地址"])
        for i, (phone, name) in enumerate(on_file):
            out.writerow([phone, name, f"m{i}@example.cn", f"建国路{i % 300 + 1}号"])


def staff(db: Database, role: Role) -> Actor:
    with db.read() as s:
        found = s.scalars(select(Staff).where(Staff.role == role).order_by(Staff.id).limit(1)).one()
        return Actor(found.id, found.store_id, found.name, found.role, found.code)


# --- the other counter --------------------------------------------------------------------------


def sale_worker(target: str, clerk_id: int, store_id: int, member_id: int, every: float, stop: Path) -> None:
    """Record a sale every ``every`` seconds until ``stop`` exists; print start and duration."""
    from memberdesk.domain.vocab import PaymentMethod
    from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
    from memberdesk.services.sales.recording import record_sale

    db = connect(target)
    clerk = Actor(clerk_id, store_id, "clerk", Role.CLERK, "")
    form = SaleForm(
        member_id, [LineForm(description="T恤", unit_price="99")], [PaymentForm(PaymentMethod.CASH)]
    )
    while not stop.exists():
        started = time.time()
        t0 = time.perf_counter()
        try:
            record_sale(db, clerk, form)
            took, ok = (time.perf_counter() - t0) * 1000, "ok"
        except Exception as exc:  # a Busy would be the failure this benchmark looks for
            took, ok = (time.perf_counter() - t0) * 1000, type(exc).__name__
        print(f"{started:.6f} {took:.3f} {ok}", flush=True)
        time.sleep(every)


def start_sales(target: str, clerk: Actor, member_id: int, every: float, stop: Path) -> subprocess.Popen[str]:
    args = [sys.executable, __file__, "--sale-worker", target, str(clerk.staff_id), str(clerk.store_id),
            str(member_id), str(every), str(stop)]  # fmt: skip
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True)


# --- the run ------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-100k.sqlite3"))
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--every", type=float, default=0.05, help="seconds between the other counter's sales")
    parser.add_argument("--idle", type=float, default=8.0, help="seconds of sales before the import")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--fill", action="store_true", help="fill in members on file instead of adding")
    parser.add_argument("--sale-worker", nargs=6, metavar="ARG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sale_worker:
        t, c, s, m, e, stop = args.sale_worker
        sale_worker(t, int(c), int(s), int(m), float(e), Path(stop))
        return

    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    target = args.db
    if "://" not in target:
        copy = work / "store.sqlite3"
        shutil.copyfile(target, copy)
        target = str(copy)
    db = connect(target)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Member)) or 0
        buyer = s.scalar(select(Member.id).order_by(Member.id).limit(1))
    assert buyer is not None
    size = os.path.getsize(target) if "://" not in target else 0
    source = work / "members.csv"
    if args.fill:
        write_fill_file(source, db, args.rows)
    else:
        write_file(source, args.rows, 42)
    manager, clerk = staff(db, Role.MANAGER), staff(db, Role.CLERK)

    stop = work / "stop"
    sales = start_sales(target, clerk, buyer, args.every, stop)
    assert sales.stdout is not None
    sales.stdout.readline()  # the other counter is up and selling
    time.sleep(args.idle)
    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == total and "prepared" not in marks:
            marks["prepared"] = time.perf_counter()
        elif done == total:
            marks["loaded"] = time.perf_counter()

    load_before = os.getloadavg()
    started_at, t0, c0 = time.time(), time.perf_counter(), time.process_time()
    policy = OnDuplicate.MERGE if args.fill else OnDuplicate.SKIP
    report = import_members(db, manager, source, progress=progress, on_duplicate=policy)
    t1, c1, ended_at = time.perf_counter(), time.process_time(), time.time()
    load_after = os.getloadavg()
    time.sleep(1.0)
    stop.touch()
    out, _ = sales.communicate(timeout=60)  # the first sale (``first``), the process warming up, is left out

    idle, during, failed = [], [], []
    for line in out.splitlines():
        at, took, ok = line.split()
        if ok != "ok":
            failed.append(ok)
        (during if started_at <= float(at) <= ended_at else idle if float(at) < started_at else []).append(
            float(took)
        )
    whole = t1 - t0
    prepared = marks.get("prepared", t0) - t0
    loaded = marks.get("loaded", t1) - marks.get("prepared", t0)
    applied = t1 - marks.get("loaded", t1)
    base, busy = Timing("idle", idle), Timing("during", during)
    lines = [
        f"## Member import: {args.rows:,} rows {'filling in members of' if args.fill else 'into'} "
        f"a store of {before:,} members "
        f"({'SQLite, ' + format(size / 1e6, '.0f') + ' MB' if size else 'PostgreSQL'})",
        "",
        f"Load average {load_before[0]:.1f} before, {load_after[0]:.1f} after (2 cores, shared). "
        f"Added {report.added:,}, filled in {report.merged:,}, refused {len(report.rejected)}; "
        f"{report.batches} batches; "
        + (
            f"the import held the write lock for at most **{report.longest_write_ms:.0f} ms** at a time."
            if size
            else f"the longest batch transaction took {report.longest_write_ms:.0f} ms (PostgreSQL locks "
            "rows, not the database: a sale does not wait behind it)."
        ),
        "",
        "| phase | seconds | rows/s |",
        "|---|---:|---:|",
        f"| whole import (wall) | {whole:.1f} | **{args.rows / whole:,.0f}** |",
        f"| whole import (CPU of the importing process) | {c1 - c0:.1f} | {args.rows / (c1 - c0):,.0f} |",
        f"| read and validate the file | {prepared:.1f} | {args.rows / prepared:,.0f} |",
        f"| write in batches (hidden) | {loaded:.1f} | {args.rows / loaded:,.0f} |",
        f"| show them (commit point and apply) | {applied:.1f} | {args.rows / applied:,.0f} |",
        "",
        f"The other counter's sales (one every {args.every * 1000:.0f} ms, from the call to its return):",
        "",
        "| when | sales | p50 ms | p99 ms | worst ms | failed |",
        "|---|---:|---:|---:|---:|---:|",
        f"| before the import | {len(idle)} | {base.p50:.1f} | {base.p99:.1f} | {max(idle):.1f} | – |",
        f"| during the import | {len(during)} | {busy.p50:.1f} | {busy.p99:.1f} | **{max(during):.1f}** | "
        f"{len(failed)} |",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    db.dispose()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
