"""Store-wide settings (JSON text per key in ``settings``), written with their audit entry.

Each feature owns its keys and reads and validates its own values; this is only the storage.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver
from memberdesk.services.staff import audit
from memberdesk.store.models import Setting, utcnow

_settings = Setting.__table__
_TEXT = DriverStatement(
    select(_settings.c.value).where(
        _settings.c.store_id == bindparam("store"), _settings.c.key == bindparam("key")
    )
)


def read_setting(session: Session, store_id: int, key: str) -> str | None:
    """The stored text of ``key`` for the store, or None when it was never set."""
    row = SessionDriver(session).first(_TEXT, store=store_id, key=key)
    return str(row[0]) if row else None


def write_setting(session: Session, actor: Actor, key: str, text: str, action: str) -> None:
    """Store one JSON setting of the actor's store, audited with its value before and after."""
    row = session.get(Setting, (actor.store_id, key))
    before = row.value if row else ""
    if row is None:
        session.add(Setting(store_id=actor.store_id, key=key, value=text, updated_by_id=actor.staff_id))
    else:
        row.value = text
        row.updated_at = utcnow()
        row.updated_by_id = actor.staff_id
    audit.record(session, actor, action, entity="settings", before={"value": before}, after={"value": text})
