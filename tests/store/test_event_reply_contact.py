"""Revision 0011: member events get a reply contact; events already on file keep everything."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, select

from memberdesk.store import migrate
from memberdesk.store.database import connect
from memberdesk.store.models import Base, MemberEvent
from memberdesk.store.models.base import epoch_micros

STARTS = dt.datetime(2026, 12, 10, 3, 0, tzinfo=dt.UTC)


def test_an_event_written_before_0011_keeps_its_values_and_gets_an_empty_contact(tmp_path: Path) -> None:
    db = connect(tmp_path / "old.sqlite3", must_exist=False)
    command.upgrade(migrate.alembic_config(db), "0005")
    with db.engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        stores, events = meta.tables["stores"], meta.tables["member_events"]
        store = {"id": 1, "uid": uuid.uuid4().bytes, "code": "S", "name": "s", "address": "", "phone": "",
                 "invoice_desk": "", "created_at": epoch_micros(STARTS)}  # fmt: skip
        conn.execute(stores.insert().values(**store))
        conn.execute(events.insert().values(id=1, uid=uuid.uuid4().bytes, store_id=1, title="VIP 会员答谢会",
                                            starts_at=epoch_micros(STARTS), location="三楼活动厅",
                                            description="茶歇"))  # fmt: skip
    migrate.upgrade(db)
    with db.read() as s:
        event = s.scalars(select(MemberEvent)).one()
        assert (event.title, event.starts_at, event.location, event.description, event.rsvp_contact) == (
            "VIP 会员答谢会", STARTS, "三楼活动厅", "茶歇", "",
        )  # fmt: skip
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()
