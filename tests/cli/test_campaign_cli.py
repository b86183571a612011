"""``memberdesk campaign`` and ``event invite --segment``: the same checks as the window."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role, Tier
from memberdesk.services.events import plans
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from memberdesk.store.models import EventInvitation
from tests.conftest import TEST_PINS, make_shop
from tests.services.campaigns.campaign_data import SEGMENT, add_members, setup_store
from tests.services.events.helpers import NOW, event


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setattr(plans, "utcnow", lambda: NOW)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    setup_store(shop)
    add_members(shop, 8)
    add_members(shop, 2, first=50, consent=False)
    add_members(shop, 3, first=80, tier=Tier.SILVER)
    event(shop)
    db.dispose()
    return target


def test_invite_a_saved_segment_from_the_command_line(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main(["event", "invite", "1", "--segment", SEGMENT, "--db", str(shop_file)]) == 0
    assert capsys.readouterr().out.strip() == "8 invited, 0 already invited, 2 left out (no consent)"
    with pytest.raises(SystemExit) as missing:
        main(["event", "invite", "1", "--segment", "没有", "--db", str(shop_file)])
    assert missing.value.code == 1 and "没有" in capsys.readouterr().err
    db = connect(shop_file)
    with db.read() as s:
        assert len(list(s.scalars(select(EventInvitation.member_id)))) == 8
    db.dispose()


def test_create_send_result_and_list_from_the_command_line(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])

    def run(*args: str) -> int:
        return main(["campaign", *args, "--db", str(shop_file)])

    create = ["create", "--name", "双十二", "--segment", SEGMENT, "--message", "{signature}{honorific}"]
    create += ["--from", "2026-12-01", "--to", "2026-12-31", "--coupon-template", "1", "--seed", "9"]
    with pytest.raises(SystemExit) as refused:
        run(*create, "--control", "60")
    assert refused.value.code == 1 and "0 to 50 per cent" in capsys.readouterr().err
    assert run(*create, "--control", "25") == 0
    assert capsys.readouterr().out.strip() == "campaign 1 created"
    out = tmp_path / "sms.csv"
    assert run("send", "双十二", "--out", str(out), "--today", "2026-11-25") == 0
    said = capsys.readouterr().out
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    sent = int(said.split(" sent")[0])
    assert sent == len(rows) and "2 left out (no consent)" in said and f"{sent} coupons" in said
    assert run("send", "1", "--out", str(out), "--today", "2026-11-25") == 0
    assert capsys.readouterr().out.startswith("0 sent, 0 held out as control")
    assert run("list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["recipients"] + listed["control"], listed["seed"]) == ("双十二", 8, 9)
    assert run("result", "双十二", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["recipients"] == sent and {r["measure"] for r in result["lifts"]} >= {"bought", "redeemed"}
    cards = tmp_path / "cards.pdf"
    assert run("cards", "双十二", "--out", str(cards), "--layout", "sheet", "--lang", "en") == 0
    assert capsys.readouterr().out.strip() == f"{sent} cards written to {cards}"
    assert cards.read_bytes().startswith(b"%PDF")


def test_cards_of_a_campaign_not_yet_sent_are_refused(
    shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create = ["create", "--name", "新品", "--segment", SEGMENT, "--message", "{name}，新品到店"]
    create += ["--from", "2026-12-01", "--to", "2026-12-31"]
    with pytest.MonkeyPatch.context() as env:
        env.setenv("MEMBERDESK_STAFF_NO", "M01")
        env.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
        assert main(["campaign", *create, "--db", str(shop_file)]) == 0
    cards = tmp_path / "cards.pdf"
    with pytest.raises(SystemExit) as refused:
        main(["campaign", "cards", "新品", "--out", str(cards), "--db", str(shop_file)])
    assert refused.value.code == 1 and "Send the campaign first" in capsys.readouterr().err
    assert not cards.exists()
