"""``memberdesk tags …`` and ``memberdesk segment …`` on a known store."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.services.segments.filters import SegmentFilter
from tests.conftest import TEST_PINS, Shop
from tests.services.segments.segment_data import TODAY, build, python_count


@pytest.fixture
def store(sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch) -> tuple[Shop, Path]:
    assert sqlite_shop.db.path is not None
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[sqlite_shop.manager.role])
    return sqlite_shop, sqlite_shop.db.path


def test_tags_add_assign_list_and_remove(
    store: tuple[Shop, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    shop, path = store
    build(shop, members=8)
    db = ["--db", str(path)]
    assert main(["tags", "add", "爱跑步", *db]) == 0
    assert main(["tags", "assign", "爱跑步", "--members", "13900000000,C0000001，13800000000", *db]) == 1
    out = capsys.readouterr().out
    assert "tagged: 2 of 2" in out and "not found: 13800000000" in out
    assert main(["tags", "list", *db]) == 0
    assert "爱跑步\t2" in capsys.readouterr().out
    assert main(["tags", "unassign", "爱跑步", "--members", "13900000000", *db]) == 0
    assert main(["tags", "remove", "爱跑步", *db]) == 0
    assert "keep it" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["tags", "add", "", *db])


def test_segment_save_count_show_list_export(
    store: tuple[Shop, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shop, path = store
    known = build(shop)
    db = ["--db", str(path)]
    today = ["--today", TODAY.isoformat()]
    f = SegmentFilter(tags_any=("孕妈",), visits_min=1, period_days=700)
    expected = python_count(known, f)
    options = ["--tag-any", "孕妈", "--visits-min", "1", "--period-days", "700"]
    assert main(["segment", "count", *options, *today, *db]) == 0
    assert capsys.readouterr().out.strip() == str(len(expected))
    assert main(["segment", "create", "孕妈常客", *options, *db]) == 0
    capsys.readouterr()
    assert main(["segment", "count", "孕妈常客", *today, *db]) == 0
    assert capsys.readouterr().out.strip() == str(len(expected))
    assert main(["segment", "list", *today, *db]) == 0
    assert f"孕妈常客\t{len(expected)}" in capsys.readouterr().out
    assert main(["segment", "show", "孕妈常客", *today, *db]) == 0
    shown = capsys.readouterr().out
    assert f"{len(expected)} member(s)" in shown and "****" in shown
    out = tmp_path / "promo.csv"
    assert main(["segment", "export", "孕妈常客", "--out", str(out), *today, *db]) == 0
    consenting = python_count(
        known, SegmentFilter(tags_any=("孕妈",), visits_min=1, period_days=700, promotions="yes")
    )
    with out.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == len(consenting) + 1
    said = capsys.readouterr().out
    assert f"{len(consenting)} member(s) written" in said
    with pytest.raises(SystemExit):
        main(["segment", "create", "孕妈常客", *options, *db])  # the name is taken
    with pytest.raises(SystemExit):
        main(["segment", "count", "--tier", "platinum", *db])
