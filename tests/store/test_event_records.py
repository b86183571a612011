"""Revision 0020: replies and arrivals become records; what an older file said is kept."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, select

from memberdesk.domain.events import Reply
from memberdesk.store import migrate
from memberdesk.store.database import connect
from memberdesk.store.models import Base, EventAttendance, EventReply, MemberEvent
from memberdesk.store.models.base import epoch_micros

STARTS = dt.datetime(2026, 12, 10, 3, 0, tzinfo=dt.UTC)
INVITED = dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC)


def test_responses_on_an_older_file_become_replies_and_arrivals(tmp_path: Path) -> None:
    db = connect(tmp_path / "old.sqlite3", must_exist=False)
    command.upgrade(migrate.alembic_config(db), "0018")
    with db.engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        stores, events, members = meta.tables["stores"], meta.tables["member_events"], meta.tables["members"]
        invitations = meta.tables["event_invitations"]
        store = {"id": 1, "uid": uuid.uuid4().bytes, "code": "S", "name": "s", "address": "", "phone": "",
                 "invoice_desk": "", "created_at": epoch_micros(STARTS)}  # fmt: skip
        conn.execute(stores.insert().values(**store))
        conn.execute(events.insert().values(id=1, uid=uuid.uuid4().bytes, store_id=1, title="答谢会",
                                            starts_at=epoch_micros(STARTS), location="", description="",
                                            rsvp_contact=""))  # fmt: skip
        for n in range(1, 5):
            member: dict[str, object] = {}
            member.update(id=n, uid=uuid.uuid4().bytes, store_id=1, card_no=f"C{n}", phone=f"1380000000{n}",
                          phone_last4=f"000{n}", name=f"会员{n}", gender="u", birthday_lunar=False,
                          lunar_leap=False, email="", address="", occupation="", hobbies="", hair_type="",
                          skin_type="", notes="", tier="regular", status="active", channel="walk_in",
                          channel_detail="", enrolled_at=epoch_micros(INVITED),
                          updated_at=epoch_micros(INVITED))  # fmt: skip
            conn.execute(members.insert().values(member))
        for n, said in zip(range(1, 5), ["accepted", "declined", "attended", ""], strict=True):
            row = {
                "id": n,
                "event_id": 1,
                "member_id": n,
                "invited_at": epoch_micros(INVITED),
                "response": said,
            }
            conn.execute(invitations.insert().values(**row))
    migrate.upgrade(db)
    with db.read() as s:
        replies = s.execute(select(EventReply.member_id, EventReply.reply, EventReply.recorded_at)).all()
        assert sorted(replies) == [(1, Reply.COMING, INVITED), (2, Reply.NOT_COMING, INVITED),
                                   (3, Reply.COMING, INVITED)]  # fmt: skip
        came = s.execute(select(EventAttendance.member_id, EventAttendance.checked_in_at)).all()
        assert came == [(3, STARTS)]
        assert s.scalars(select(MemberEvent.capacity)).one() is None
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()
