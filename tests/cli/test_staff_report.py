"""``memberdesk report staff``: the scorecard on the terminal and as a PDF, for a manager only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.reports.wording import yuan
from memberdesk.services.scorecard.scorecard import scorecard
from memberdesk.services.scorecard.targets import RoleTargets, save_targets
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop
from tests.reports.pdfcheck import flat, page_texts
from tests.services.scorecard.known_store import END, START, build, shanghai  # noqa: F401

pytestmark = pytest.mark.usefixtures("shanghai")
PERIOD = ["--from", START.isoformat(), "--to", END.isoformat()]


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    build(shop)
    save_targets(
        db,
        shop.manager,
        RoleTargets(Role.CLERK, sales_target_fen=1_00, bonus_per_enrolment_fen=10_00, sales_bonus_fen=300_00),
    )
    db.dispose()
    return target


def _as(monkeypatch: pytest.MonkeyPatch, code: str | None, pin: str | None) -> None:
    for name, value in (("MEMBERDESK_STAFF_NO", code), ("MEMBERDESK_PIN", pin)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


@pytest.mark.parametrize(
    ("code", "pin"),
    [(None, None), ("C01", TEST_PINS[Role.CLERK]), ("S01", TEST_PINS[Role.SUPERVISOR]), ("M01", "0000")],
)
def test_nobody_but_the_manager_gets_the_figures_headless(
    shop_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: str | None,
    pin: str | None,
) -> None:
    _as(monkeypatch, code, pin)
    with pytest.raises(SystemExit) as refused:
        main(["report", "staff", "--db", str(shop_file), *PERIOD])
    assert refused.value.code == 2
    out = capsys.readouterr()
    assert "张店员" not in out.out and "李主管" not in out.out  # nobody's figures
    assert "scorecard" in out.err


def test_the_manager_sees_everyones_figures_and_the_pdf(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _as(monkeypatch, "M01", TEST_PINS[Role.MANAGER])
    pdf = tmp_path / "staff.pdf"
    assert main(["report", "staff", "--db", str(shop_file), *PERIOD, "--pdf", str(pdf), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    db = connect(shop_file)
    try:
        from tests.conftest import demo_actor

        card = scorecard(db, demo_actor(db, "M01"), START, END)
    finally:
        db.dispose()
    for row in card.rows:
        line = next(
            line for line in out.splitlines() if line.startswith(f"{row.figures.code} {row.figures.name}")
        )
        assert yuan(row.figures.sales_fen) in line and line.endswith(yuan(row.bonus.total_fen))
    clerk = next(r for r in card.rows if r.figures.code == "C01")
    assert clerk.bonus.total_fen == clerk.figures.enrolments * 10_00 + 300_00 > 0
    assert f"bonus for all staff: {yuan(card.bonus_total_fen)}" in out
    text = flat(" ".join(page_texts(pdf.read_bytes())))
    assert "Staffscorecard" in text and "张店员(C01)" in text and flat(yuan(card.bonus_total_fen)) in text
