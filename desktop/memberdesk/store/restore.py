"""What a restore checks and prepares before a backup may replace the store.

``backup.restore_database`` runs the steps; this module holds the rules:

1. **What the backup is** (``read_facts``): the store it belongs to (name, code, uid), how many
   members it holds, its schema revision and when it was taken (from the backup's name, else
   the file's time). The caller shows this before asking.
2. **Whether it may replace this store** (``check_store``): a backup of the same store (the same
   store uid) may; another store's backup only when asked for explicitly (``other_store``:
   ``OtherStoreBackup`` says which stores, sizes and date otherwise). When the live file cannot
   be read, the store it was is taken from what is still readable of it; when nothing says,
   only an explicit recovery (``recover``) restores (``StoreUnverified``), because a backup
   must never vouch for itself (a demo file's manager authorising its own restore).
3. **The copy is made ready** (``prepare_copy``) beside the live file, before anything is
   replaced: upgraded to this program's schema (an older backup), the live store's audit
   entries written after the backup appended (same store, live file readable), every erasure
   recorded since made again, and the restore itself audited. Only a good, ready copy then
   replaces the live file; any failure leaves the live file as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.domain.vocab import Role
from memberdesk.store import erasure_log, migrate
from memberdesk.store.database import Database, connect, mark_as_memberdesk
from memberdesk.store.erasure_log import stored_time, stored_uid
from memberdesk.store.models import AuditEntry, Base, Staff, Store

_TAKEN = re.compile(r"memberdesk-(\d{8}-\d{6})")
DETAIL_MAX = 200
# Audit entities whose records carry a uid: a later entry points at the same record in the
# restored file, or at nothing when the backup does not hold it (its id would be given again).
UID_TABLES = {
    "member": "members",
    "sale": "sales",
    "return": "returns",
    "complaint": "complaints",
    "service_record": "service_records",
    "staff": "staff",
}


@dataclass(frozen=True)
class StoreFacts:
    """What a store file holds, read without changing it."""

    path: Path
    uid: uuid.UUID | None
    name: str
    code: str
    members: int | None  # None when the count cannot be read (a damaged file)
    revision: str | None
    taken_at: dt.datetime  # local time: from a backup's name, else the file's time


class RestoreRefused(Exception):
    """The restore needs the clerk's explicit word; nothing was changed."""

    def __init__(self, backup: StoreFacts, live: StoreFacts | None) -> None:
        super().__init__(f"{backup.path} ({backup.name}) over {live.name if live else 'an unknown store'}")
        self.backup = backup
        self.live = live


class OtherStoreBackup(RestoreRefused):
    """The backup is of another store than the one it would replace."""


class StoreUnverified(RestoreRefused):
    """The file to be replaced cannot be read and does not say which store it was."""


def _taken_at(path: Path) -> dt.datetime:
    found = _TAKEN.search(path.name)
    if found:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    except OSError:
        return dt.datetime.now().replace(microsecond=0)


def read_facts(path: Path, *, immutable: bool = False) -> StoreFacts | None:
    """The store a file holds, read-only; None when the file says nothing about a store.

    A damaged file is read as far as it goes: a store row that can still be read names the
    store even when the member count cannot be had.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        try:
            row = conn.execute("SELECT uid, name, code FROM stores ORDER BY id LIMIT 1").fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        members = revision = None
        with contextlib.suppress(sqlite3.Error):
            members = int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
        with contextlib.suppress(sqlite3.Error):
            revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()
    uid = None
    with contextlib.suppress(ValueError, TypeError):
        uid = stored_uid(row[0])
    return StoreFacts(path, uid, str(row[1] or ""), str(row[2] or ""), members, revision, _taken_at(path))


def check_store(
    backup: StoreFacts, live: StoreFacts | None, *, other_store: bool = False, recover: bool = False
) -> None:
    """Raise unless ``backup`` may replace the store ``live`` (None: the live file says nothing)."""
    if live is not None and live.uid is not None:
        if backup.uid != live.uid and not other_store:
            raise OtherStoreBackup(backup, live)
        return
    if not recover:
        raise StoreUnverified(backup, live)


@dataclass(frozen=True)
class Prepared:
    """What was done to the copy before it replaced the store."""

    upgraded_from: str | None
    carried_audit: int
    erasures_applied: int


@dataclass(frozen=True)
class RestoreRequest:
    """Who restores and with which explicit permissions (recorded in the restored file)."""

    by: str = ""  # the staff number that authorised it; "" for the app's own restore at start
    other_store: bool = False
    recover: bool = False


def remove_copy(copy: Path) -> None:
    for extra in ("", "-wal", "-shm", ".writers"):
        Path(f"{copy}{extra}").unlink(missing_ok=True)


def prepare_copy(
    copy: Path,
    *,
    backup: StoreFacts,
    replaced: StoreFacts | None,
    safety: Path | None,
    live_path: Path,
    request: RestoreRequest,
) -> Prepared:
    """Make the copy beside the live file ready to replace it (see the module's step 3)."""
    db = connect(copy)
    try:
        upgraded_from = _upgrade(db, backup)
        same_store = replaced is not None and replaced.uid == backup.uid
        carried = _carry_audit(db, safety) if safety is not None and same_store else 0
        erasures = erasure_log.read_journal(live_path)
        erasures |= erasure_log.recorded_in(safety if safety is not None else live_path)
        applied = erasure_log.apply_erasures(db, erasures)
        done = Prepared(upgraded_from, carried, applied)
        _audit_restore(db, backup, replaced, safety, request, done)
        erasure_log.checkpoint(db)
    finally:
        db.dispose()
    for extra in ("-wal", "-shm", ".writers"):
        Path(f"{copy}{extra}").unlink(missing_ok=True)
    return done


def _upgrade(db: Database, backup: StoreFacts) -> str | None:
    state = migrate.schema_state(db)
    if state.up_to_date:
        return None
    try:
        migrate.upgrade(db)
    except Exception as exc:  # whatever stopped it, the live file is not touched
        raise DatabaseProblem(
            Problem.CORRUPT, str(backup.path), f"the backup could not be upgraded to this version: {exc}"
        ) from exc
    mark_as_memberdesk(db)
    return state.current


def _ids_by_uid(conn: sqlite3.Connection, table: str, ids: set[int]) -> dict[int, uuid.UUID]:
    found: dict[int, uuid.UUID] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for record_id, uid in conn.execute(f"SELECT id, uid FROM {table} WHERE id IN ({marks})", chunk):
            with contextlib.suppress(ValueError, TypeError):
                found[int(record_id)] = stored_uid(uid)
    return found


def _later_rows(safety: Path, after: dt.datetime | None) -> tuple[list[tuple[Any, ...]], sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{safety}?mode=ro&immutable=1", uri=True)
    query = (
        "SELECT at, store_id, staff_id, action, entity, entity_id, before, after, detail FROM audit_entries"
    )
    rows = conn.execute(query + " ORDER BY id").fetchall()
    if after is not None:
        rows = [r for r in rows if stored_time(r[0]) > after]
    return rows, conn


def _carry_audit(db: Database, safety: Path) -> int:
    """Append the audit entries the replaced store wrote after the backup's last one."""
    with db.read() as s:
        last = s.scalar(select(func.max(AuditEntry.at)))
        copy_staff = {uid: (i, code) for i, uid, code in s.execute(select(Staff.id, Staff.uid, Staff.code))}
        copy_stores = {uid: i for i, uid in s.execute(select(Store.id, Store.uid))}
    rows, conn = _later_rows(safety, last)
    try:
        staff_uid = _ids_by_uid(conn, "staff", {r[2] for r in rows if r[2] is not None})
        staff_code = dict(conn.execute("SELECT id, code FROM staff").fetchall())
        store_uid = _ids_by_uid(conn, "stores", {r[1] for r in rows if r[1] is not None})
        entity_uid = {
            entity: _ids_by_uid(conn, table, {r[5] for r in rows if r[4] == entity and r[5] is not None})
            for entity, table in UID_TABLES.items()
        }
        copy_ids: dict[str, dict[uuid.UUID, int]] = {}
        with db.read() as s:
            for entity, table in UID_TABLES.items():
                wanted = set(entity_uid[entity].values())
                if wanted:
                    copy_ids[entity] = _copy_ids(s, table, wanted)
    finally:
        conn.close()
    values = []
    for at, store_id, staff_id, action, entity, entity_id, before, after, detail in rows:
        notes = []
        staff = _mapped(copy_staff, staff_uid, staff_id)
        if staff_id is not None and staff is None:
            notes.append(f"staff {staff_code.get(staff_id, staff_id)}")
        target = None
        if entity_id is not None:
            uid = entity_uid.get(entity, {}).get(entity_id)
            target = copy_ids.get(entity, {}).get(uid) if uid is not None else None
            if target is None:
                notes.append(f"was {entity} #{entity_id}")
        text = str(detail or "")
        if notes:
            suffix = f" [{'; '.join(notes)}]"
            text = text[: DETAIL_MAX - len(suffix)] + suffix
        values.append(
            {
                "at": stored_time(at),
                "store_id": _mapped(copy_stores, store_uid, store_id),
                "staff_id": staff[0] if staff else None,
                "action": action,
                "entity": entity or "",
                "entity_id": target,
                "before": before or "",
                "after": after or "",
                "detail": text,
            }
        )
    if values:
        with db.write() as s:
            s.execute(insert(AuditEntry), values)
    return len(values)


def _mapped(copy: dict[uuid.UUID, Any], uids: dict[int, uuid.UUID], old_id: int | None) -> Any:
    """What the record ``old_id`` of the replaced file is in the copy, by its uid (None: absent)."""
    uid = uids.get(old_id) if old_id is not None else None
    return copy.get(uid) if uid is not None else None


def _copy_ids(s: Session, table: str, uids: set[uuid.UUID]) -> dict[uuid.UUID, int]:
    model_table = Base.metadata.tables[table]
    found: dict[uuid.UUID, int] = {}
    listed = sorted(uids)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        rows = s.execute(select(model_table.c.id, model_table.c.uid).where(model_table.c.uid.in_(chunk)))
        found.update({uid: record_id for record_id, uid in rows})
    return found


def _audit_restore(
    db: Database,
    backup: StoreFacts,
    replaced: StoreFacts | None,
    safety: Path | None,
    request: RestoreRequest,
    done: Prepared,
) -> None:
    """The restore, written into the restored file itself before it is used."""
    with db.write() as s:
        store_id = s.scalar(select(Store.id).order_by(Store.id).limit(1))
        other = replaced is not None and replaced.uid is not None and replaced.uid != backup.uid
        staff = None
        if request.by and not other:  # another store's staff numbers are other people
            staff = s.scalars(
                select(Staff).where(Staff.code == request.by, Staff.role == Role.MANAGER).order_by(Staff.id)
            ).first()
        words = [f"from {backup.path.name} by {request.by or 'the app at start'}"]
        if done.carried_audit:
            words.append(f"{done.carried_audit} later audit entries kept")
        if other:
            words.append(f"another store's backup over {replaced.name if replaced else ''}")
        if request.recover and (replaced is None or replaced.uid is None):
            words.append("recovery: the replaced file could not say which store it was")
        after = {
            "backup": backup.path.name,
            "backup_store": backup.name,
            "members": backup.members,
            "taken_at": backup.taken_at.isoformat(),
            "upgraded_from": done.upgraded_from,
            "later_audit_entries": done.carried_audit,
            "erasures_applied": done.erasures_applied,
            "safety_copy": safety.name if safety else None,
            "replaced_store": replaced.name if replaced else None,
            "other_store": other,
            "recovery": request.recover,
        }
        s.add(
            AuditEntry(
                store_id=staff.store_id if staff else store_id,
                staff_id=staff.id if staff else None,
                action="db.restore",
                entity="",
                detail="; ".join(words)[:DETAIL_MAX],
                after=json.dumps(after, ensure_ascii=False),
            )
        )
