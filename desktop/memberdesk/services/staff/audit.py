"""Writing the audit log, inside the transaction of the act it records.

An entry about a person's record says who did what, when, to which record, and which fields
changed, never the person's values (PIPL): ``record_fields``. Values that say nothing about the
person (a channel, a consent given or withdrawn, a points delta) may be kept beside the field
names; an erase keeps those and takes anything else out of rows older versions wrote
(``store/erasure.value_free``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from memberdesk.services.common.context import Actor
from memberdesk.store.erasure import SAFE_KEYS
from memberdesk.store.models import AuditEntry, utcnow


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose value differs, as JSON-ready dicts (before, after)."""
    keys = [k for k in after if _plain(before.get(k)) != _plain(after.get(k))]
    return {k: _plain(before.get(k)) for k in keys}, {k: _plain(after[k]) for k in keys}


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str = "",
    entity_id: int | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    detail: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Add an audit entry to ``session`` (committed with the act itself, or not at all).

    ``at`` is the moment of the act when the caller was given one (tests pass the clock in)."""
    session.add(
        AuditEntry(
            at=at or utcnow(),
            store_id=actor.store_id if actor else None,
            staff_id=actor.staff_id if actor else None,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=json.dumps(before, ensure_ascii=False, default=str) if before else "",
            after=json.dumps(after, ensure_ascii=False, default=str) if after else "",
            detail=detail,
        )
    )


def record_fields(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str,
    entity_id: int,
    fields: Iterable[str],
    facts: Mapping[str, Any] | None = None,
) -> None:
    """An act on a person's record: the names of the fields it set or changed, and ``facts``
    only of the kinds that say nothing about the person (``SAFE_KEYS``: a channel, a consent)."""
    kept = {k: _plain(v) for k, v in (facts or {}).items()}
    personal = sorted(set(kept) - SAFE_KEYS)
    if personal:
        raise ValueError(f"personal values kept out of the audit log: {personal}")
    record(session, actor, action, entity=entity, entity_id=entity_id,
           after={"fields": sorted(set(fields))} | kept)  # fmt: skip
