"""Property tests of the member import: any file a clerk may pick ends in a report or in one
of the project's typed errors, and a refused file changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from memberdesk.domain.errors import ServiceError
from memberdesk.services.io.import_columns import HEADER_WORDS
from memberdesk.services.io.member_io import OnDuplicate, import_members
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.store.models import AuditEntry, Child, Member, MemberKey, MemberSize, PointsEntry
from tests.conftest import Shop

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
KNOWN = [words[0] for words in HEADER_WORDS.values()] + ["XX服饰 会员名单（2024年）", "", "微信", "=A1"]
text_cells = (
    st.text(max_size=20)
    | st.from_regex(r"1[3-9]\d{9}", fullmatch=True)
    | st.sampled_from(["金卡", "VIP", "黑卡", "1,200", "-5", "12.5", "2019-03-08", "1990/13/45",
                       "=HYPERLINK(1)", "小明 男 2015-03-02；小红", "x" * 40_000, "13812345678", "普通"])
)  # fmt: skip
typed_cells = (
    text_cells
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1))
    | st.booleans()
    | st.none()
)


phones = st.from_regex(r"1[3-9]\d{9}", fullmatch=True) | st.sampled_from(["13812345678", "13912345678"])


@st.composite
def sheets_of(draw: st.DrawFn, cells: st.SearchStrategy[object]) -> list[list[object]]:
    """A header (usually with phone and name, sometimes under a title row) and rows."""
    extra = draw(st.lists(st.sampled_from(KNOWN) | st.text(max_size=8), max_size=8))
    head = draw(st.permutations(["手机", "姓名", *extra])) if draw(st.integers(0, 9)) else extra
    rows: list[list[object]] = [["XX服饰 会员名单（2024年）"]] if draw(st.booleans()) else []
    rows.append(list(head))
    for _ in range(draw(st.integers(0, 6))):
        rows.append([draw(phones if h == "手机" and draw(st.integers(0, 4)) else cells) for h in head])
    return rows


def _snapshot(shop: Shop) -> tuple[int, ...]:
    with shop.db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Member, MemberKey, Child, MemberSize, PointsEntry, AuditEntry)
        )


def _run(shop: Shop, path: Path, dry_run: bool, merge: bool) -> None:
    before = _snapshot(shop)
    policy = OnDuplicate.MERGE if merge else OnDuplicate.SKIP
    try:
        report = import_members(shop.db, shop.manager, path, dry_run=dry_run, on_duplicate=policy)
    except ServiceError as refused:
        event(f"refused: {refused.message[:30]}")
        assert _snapshot(shop) == before  # a refused file changes nothing
        return
    event(f"report: added {min(report.added, 1)} rejected {min(len(report.rejected), 1)}")
    after = _snapshot(shop)
    if dry_run:
        assert after == before
    else:
        assert after[0] == before[0] + report.added
        assert report.added + report.merged + report.skipped + len(report.rejected) == report.rows
    assert check_ledgers(shop.db) == []


@SETTINGS
@given(rows=sheets_of(text_cells), dry_run=st.booleans(), merge=st.booleans())
def test_any_csv_ends_in_a_report_or_a_typed_error(
    shop: Shop, tmp_path: Path, rows: list[list[str]], dry_run: bool, merge: bool
) -> None:
    path = tmp_path / "any.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    _run(shop, path, dry_run, merge)


@SETTINGS
@given(sheets=st.lists(sheets_of(typed_cells), min_size=1, max_size=3), dry_run=st.booleans())
def test_any_workbook_ends_in_a_report_or_a_typed_error(
    shop: Shop, tmp_path: Path, sheets: list[list[list[object]]], dry_run: bool
) -> None:
    book = Workbook()
    for n, rows in enumerate(sheets):
        ws = book.active if n == 0 else book.create_sheet()
        assert ws is not None
        for row in rows:
            ws.append([_storable(v) for v in row])
    path = tmp_path / "any.xlsx"
    book.save(path)
    _run(shop, path, dry_run, False)


def _storable(value: object) -> object:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**15:
        return str(value)
    return value


@SETTINGS
@given(content=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt"]))
def test_any_bytes_end_in_a_report_or_a_typed_error(
    shop: Shop, tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(content)
    _run(shop, path, False, False)
