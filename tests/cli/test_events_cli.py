"""``memberdesk event``: the same checks as the window, the staff member's PIN for changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.services.events import plans
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop
from tests.services.events.helpers import NOW, member


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setattr(plans, "utcnow", lambda: NOW)  # the clock is the 1st of December 2026


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    member(shop, "13812340001", "李娜")
    member(shop, "13812340002", "王芳", consent=False)
    member(shop, "13812340003", "张伟")
    db.dispose()
    return target


def run(shop_file: Path, *args: str) -> int:
    return main(["event", *args, "--db", str(shop_file)])


def test_the_whole_event_from_the_command_line(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:  # no staff number, no change
        run(shop_file, "create", "--title", "答谢会", "--at", "2026-12-12 19:00", "--capacity", "1")
    assert refused.value.code == 2 and "MEMBERDESK_STAFF_NO" in capsys.readouterr().err
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "C01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.CLERK])
    with pytest.raises(SystemExit) as wrong:
        run(shop_file, "create", "--title", "答谢会", "--at", "2026-12-12 19:00", "--capacity", "0")
    assert wrong.value.code == 1 and "An event has at least one place." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(shop_file, "create", "--title", "答谢会", "--at", "2001-12-12 19:00", "--capacity", "5")
    assert "The event cannot start in the past." in capsys.readouterr().err
    assert run(shop_file, "create", "--title", "VIP 答谢会", "--at", "2026-12-12 19:00", "--capacity", "1",
               "--place", "三楼活动厅", "--contact", "王经理 0571-88886666") == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "event 1 created"

    phones = tmp_path / "phones.txt"
    phones.write_text("13812340001\n13812340002\nnobody\n", encoding="utf-8")
    assert run(shop_file, "invite", "1", "--members", str(phones), "--tier", "regular") == 0
    said = capsys.readouterr()
    assert said.out.strip() == "2 invited, 0 already invited, 1 left out (no consent)"
    assert "not a member: nobody" in said.err

    assert run(shop_file, "rsvp", "1", "13812340001", "coming") == 0
    assert capsys.readouterr().out.strip() == "reply recorded: coming"
    with pytest.raises(SystemExit) as full:
        run(shop_file, "rsvp", "1", "13812340003", "coming")
    assert full.value.code == 1
    assert capsys.readouterr().err.strip() == "The event is full: 1 of 1 places are taken."

    assert run(shop_file, "checkin", "1", "13812340001") == 0
    assert capsys.readouterr().out.strip() == "李娜 checked in; 1 checked in"
    assert run(shop_file, "checkin", "1", "13812340002") == 0
    assert capsys.readouterr().out.strip() == "王芳 checked in (walk-in); 2 checked in"
    assert run(shop_file, "checkin", "1", "13812340002") == 0
    assert "王芳 was already checked in at" in capsys.readouterr().out

    monkeypatch.delenv("MEMBERDESK_STAFF_NO")
    assert run(shop_file, "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["title"], listed["capacity"], listed["invited"], listed["coming"], listed["came"],
            listed["walk_ins"]) == ("VIP 答谢会", 1, 2, 1, 2, 1)  # fmt: skip
    assert run(shop_file, "list", "1", "--follow-up", "--json") == 0
    follow = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in follow["came"]] == ["李娜", "王芳"] and follow["did_not_come"] == []
    out = tmp_path / "invitations.pdf"
    assert run(shop_file, "list", "1", "--invitations", str(out)) == 0
    assert (
        capsys.readouterr().out.strip() == f"2 invitations written to {out}"
        and out.read_bytes()[:4] == b"%PDF"
    )
