"""``memberdesk campaign`` and ``event invite --segment``: the same checks as the window."""

from __future__ import annotations

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
