"""The member export: members/s for CSV (and XLSX) beside its floor.

    .venv/bin/python benchmarks/bench_export.py [--db FILE] [--rounds 1] [--xlsx-runs 1]
        [--out docs/perf/export.md]

``--db`` defaults to bench-data/demo-100k.sqlite3 (``memberdesk demo --members 100000``); it
is copied to a temporary folder first (an export writes its audit entry), so the store is
left as it was.

- **export**: ``export_members`` as the Members page calls it for all members, full phones and
  sensitive fields (the manager's PIN checked, the audit entry written), to a .csv file.
- **floor**: the same SELECTs on the bare ``sqlite3`` cursor, formatted by plain code and
  written with the ``csv`` module: the very same bytes (checked), with nothing between the
  driver and the file but the formatting the file needs.

They run interleaved, A B B A per round, and the medians are compared. XLSX is the same
export to a .xlsx file (``--xlsx-runs`` times), beside openpyxl alone writing the same rows
from memory, which is where its time goes. The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import select  # noqa: E402
from stats import publish  # noqa: E402

from memberdesk.demo.people import DEMO_STAFF  # noqa: E402
from memberdesk.domain.cells import TRIGGER_CHARACTERS, safe_row  # noqa: E402
from memberdesk.services.common.context import Actor  # noqa: E402
from memberdesk.services.io import member_file_words as words  # noqa: E402
from memberdesk.services.io.export_rule import ExportApproval  # noqa: E402
from memberdesk.services.io.member_export import export_headers, export_members  # noqa: E402
from memberdesk.store.database import Database, connect  # noqa: E402
from memberdesk.store.models import Staff  # noqa: E402

PAGE = 1000
MEMBERS = (
    "SELECT members.id, members.card_no, members.name, members.phone, members.gender, members.birthday,"
    " members.birthday_lunar, members.tier, members.enrolled_at, members.channel, members.channel_detail,"
    " members.email, members.address, members.occupation, members.hobbies, members.skin_type,"
    " members.hair_type, members.notes, members.ethnicity, members.religion, members.income_band,"
    " member_stats.points_balance FROM members LEFT OUTER JOIN member_stats"
    " ON member_stats.member_id = members.id WHERE members.id > ? AND members.status = 'active'"
    " ORDER BY members.id LIMIT 1000"
)
SIZES = (
    "SELECT member_id, "
    + ", ".join(
        f"coalesce(max(CASE WHEN (category = '{c}') THEN size END), '')" for c in words.SIZE_FIELDS.values()
    )
    + " FROM member_sizes WHERE member_id >= ? AND member_id <= ? GROUP BY member_id"
)
CHILDREN = (
    "SELECT member_id, name, gender, birthday FROM children WHERE member_id >= ? AND member_id <= ?"
    " ORDER BY member_id, id"
)
CONSENTS = (
    "SELECT member_id, granted FROM consents WHERE member_id >= ? AND member_id <= ? AND kind = 'sensitive'"
    " ORDER BY member_id, recorded_at, id"
)


def floor(path: Path, out: Path, language: str) -> int:
    """The same file from the same SELECTs on the bare driver, by plain code."""
    i = words.index(language)
    gender = {str(k): v[i] for k, v in words.GENDER.items()} | {"U": ""}
    tier = {str(k): v[i] for k, v in words.TIER.items()}
    channel = {str(k): v[i] for k, v in words.CHANNEL.items()}
    detail = {str(k): v[i] for k, v in words.CHANNEL_DETAIL.items()}
    child_gender = {str(k): v[i] for k, v in words.CHILD_GENDER.items()}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    count, last = 0, 0
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(safe_row(export_headers(language, sensitive=True)))
        while members := con.execute(MEMBERS, (last,)).fetchall():
            span = (members[0][0], members[-1][0])
            sizes = {r[0]: r[1:] for r in con.execute(SIZES, span)}
            children: dict[int, list[str]] = {}
            for m, name, g, birthday in con.execute(CHILDREN, span):
                told = " ".join(p for p in (name, child_gender.get(g, ""), birthday or "") if p)
                if told:
                    children.setdefault(m, []).append(told)
            latest = dict(con.execute(CONSENTS, span).fetchall())
            rows = []
            for (m, card, name, phone, g, birthday, lunar, t, enrolled, ch, det, email, address, job, hobbies,
                 skin, hair, notes, ethnicity, religion, income, points) in members:  # fmt: skip
                consented = latest.get(m)
                row = [
                    card, name, phone, gender[g], birthday or "", words.YES[i] if lunar and birthday else "",
                    tier[t], str(points or 0), dt.date.fromtimestamp(enrolled // 10**6).isoformat(),
                    channel[ch], detail.get(det, det), email, address, job, hobbies, skin, hair,
                    words.CHILD_SEPARATOR[i].join(children.get(m, ())), *sizes.get(m, ("",) * 6), notes,
                    *((ethnicity or "", religion or "", income or "") if consented else ("", "", "")),
                ]  # fmt: skip
                rows.append(["'" + v if v[:1] in TRIGGER_CHARACTERS else v for v in row])
            writer.writerows(rows)
            count += len(rows)
            last = members[-1][0]
    con.close()
    return count


def openpyxl_alone(rows: list[list[str]], out: Path) -> None:
    """The rows written as the export writes them, from memory: openpyxl's own cost."""
    from openpyxl import Workbook

    from memberdesk.services.io.member_export import xlsx_row

    book = Workbook(write_only=True)
    sheet = book.create_sheet("members")
    for row in rows:
        sheet.append(xlsx_row(sheet, row))
    book.save(out)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def manager(db: Database) -> tuple[Actor, ExportApproval]:
    pin = next(p for code, _n, role, p in DEMO_STAFF if role == "manager")
    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.role == "manager").order_by(Staff.id).limit(1)).one()
        actor = Actor(staff.id, staff.store_id, staff.name, staff.role, staff.code)
    return actor, ExportApproval(staff.id, pin)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-100k.sqlite3"))
    parser.add_argument("--rounds", type=int, default=1, help="A B B A rounds of CSV export and floor")
    parser.add_argument("--xlsx-runs", type=int, default=1)
    parser.add_argument("--openpyxl-rows", type=int, default=20_000)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        work = Path(folder)
        store = work / "store.sqlite3"
        shutil.copyfile(args.db, store)
        db = connect(store)
        actor, approval = manager(db)

        def export(name: str) -> Callable[[], object]:
            return lambda: export_members(
                db, actor, work / name, include_sensitive=True, language=args.lang, approval=approval
            )

        runs: dict[str, list[float]] = {"export": [], "floor": []}
        members = floor(store, work / "floor.csv", args.lang)
        for _ in range(args.rounds):
            for kind in ("export", "floor", "floor", "export"):
                if kind == "export":
                    runs[kind].append(timed(export("export.csv")))
                else:
                    runs[kind].append(timed(lambda: floor(store, work / "floor.csv", args.lang)))
        same = (work / "export.csv").read_bytes() == (work / "floor.csv").read_bytes()
        xlsx = [timed(export("export.xlsx")) for _ in range(args.xlsx_runs)]
        with (work / "export.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = [r for _, r in zip(range(args.openpyxl_rows + 1), csv.reader(f), strict=False)][1:]
        alone = timed(lambda: openpyxl_alone(rows, work / "alone.xlsx"))
        db.dispose()
    load_after = os.getloadavg()
    med = {k: statistics.median(v) for k, v in runs.items()}
    xlsx_med = statistics.median(xlsx) if xlsx else float("nan")
    lines = [
        f"`benchmarks/bench_export.py --rounds {args.rounds} --xlsx-runs {args.xlsx_runs}` on "
        f"{Path(args.db).name} ({members:,} members, all exported with full phones and consented sensitive "
        f"fields, {args.lang}); load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
        f"the export's file and the floor's are {'byte for byte the same' if same else 'DIFFERENT'}.",
        "",
        "| what | runs | median s | members/s | × floor |",
        "|---|---:|---:|---:|---:|",
        f"| CSV export (`export_members`) | {len(runs['export'])} | {med['export']:.2f} | "
        f"{members / med['export']:,.0f} | {med['export'] / med['floor']:.2f}× |",
        f"| floor: same SELECTs on bare sqlite3, `csv` module | {len(runs['floor'])} | {med['floor']:.2f} | "
        f"{members / med['floor']:,.0f} | 1.00× |",
        f"| XLSX export (openpyxl write-only) | {len(xlsx)} | {xlsx_med:.2f} | "
        f"{members / xlsx_med:,.0f} | – |",
        f"| openpyxl alone, {len(rows):,} rows from memory | 1 | {alone:.2f} | "
        f"{len(rows) / alone:,.0f} | – |",
        "",
        "CSV runs (s): export " + ", ".join(f"{t:.2f}" for t in runs["export"])
        + "; floor " + ", ".join(f"{t:.2f}" for t in runs["floor"]) + ".",
    ]  # fmt: skip
    publish("\n".join(lines) + "\n", args.out)


if __name__ == "__main__":
    main()
