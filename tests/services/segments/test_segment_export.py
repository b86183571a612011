"""A segment's promotion list leaves out and counts the members who refused promotions, and
masks phones unless the manager approves full numbers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from memberdesk.domain.errors import PermissionDenied
from memberdesk.services.io.export_rule import ExportApproval
from memberdesk.services.segments.export import export_segment
from memberdesk.services.segments.filters import SegmentFilter
from tests.conftest import TEST_PINS, Shop
from tests.services.segments.segment_data import TODAY, build, python_count


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_promotion_list_leaves_out_who_refused_and_masks_phones(shop: Shop, tmp_path: Path) -> None:
    known = build(shop)
    f = SegmentFilter(tags_any=("大客户", "学生"))
    everyone = python_count(known, f)
    consenting = python_count(known, SegmentFilter(tags_any=("大客户", "学生"), promotions="yes"))
    assert 0 < len(consenting) < len(everyone)
    path = tmp_path / "promo.csv"
    done = export_segment(shop.db, shop.supervisor, f, path, today=TODAY)
    assert (done.written, done.left_out_no_consent) == (len(consenting), len(everyone) - len(consenting))
    rows = _rows(path)
    assert rows[0] == ["卡号", "姓名", "手机", "等级"] and len(rows) == len(consenting) + 1
    assert all("****" in r[2] for r in rows[1:])
    every = export_segment(
        shop.db, shop.supervisor, f, tmp_path / "all.csv", for_promotions=False, today=TODAY
    )
    assert (every.written, every.left_out_no_consent) == (len(everyone), 0)


def test_full_phones_need_the_managers_pin_and_a_clerk_exports_nothing(shop: Shop, tmp_path: Path) -> None:
    build(shop, members=10)
    with pytest.raises(PermissionDenied):
        export_segment(shop.db, shop.clerk, SegmentFilter(), tmp_path / "x.csv", today=TODAY)
    with pytest.raises(PermissionDenied):
        export_segment(
            shop.db, shop.supervisor, SegmentFilter(), tmp_path / "x.csv", full_phones=True, today=TODAY
        )
    approval = ExportApproval(shop.manager.staff_id, TEST_PINS[shop.manager.role])
    done = export_segment(
        shop.db, shop.supervisor, SegmentFilter(), tmp_path / "x.csv", full_phones=True, approval=approval,
        for_promotions=False, today=TODAY,
    )  # fmt: skip
    assert done.written and all(len(r[2]) == 11 and "*" not in r[2] for r in _rows(tmp_path / "x.csv")[1:])
    assert not (tmp_path / "x.csv.part").exists()
