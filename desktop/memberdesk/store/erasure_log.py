"""Where erasures are recorded, so a restore of an older backup erases the same people again.

Every erase leaves two records without personal data, the member's uid and when: a row of
``member_erasures`` in the database, and a line in ``<database file>.erasures`` beside a
SQLite file, which survives the file itself being damaged or lost. A restore reads both (from
the file it replaces, when that can be read, and from the line file) and erases in the
restored copy every member it does not know as erased, before the copy replaces the store.
Backups taken before an erase still hold the person until they rotate out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from memberdesk.store.database import Database
from memberdesk.store.erasure import erase
from memberdesk.store.models import Member, MemberErasure
from memberdesk.store.models.base import from_epoch_micros

JOURNAL_SUFFIX = ".erasures"
Erasures = dict[uuid.UUID, dt.datetime]


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def append_journal(db_path: Path, member_uid: uuid.UUID, at: dt.datetime) -> None:
    """Add one erasure to the line file beside the database (synced: it outlives the file)."""
    path = journal_path(db_path)
    with path.open("a", encoding="ascii") as fh:
        fh.write(f"{member_uid.hex} {at.astimezone(dt.UTC).isoformat()}\n")
        fh.flush()
        os.fsync(fh.fileno())


def read_journal(db_path: Path) -> Erasures:
    """The erasures in the line file beside ``db_path`` (a damaged line is skipped)."""
    found: Erasures = {}
    try:
        lines = journal_path(db_path).read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return found
    for line in lines:
        with contextlib.suppress(ValueError):
            uid_text, at_text = line.split()
            found.setdefault(uuid.UUID(uid_text), dt.datetime.fromisoformat(at_text))
    return found


def stored_uid(value: object) -> uuid.UUID:
    """A uid as any version stored it on SQLite: 16 bytes, or hex text before revision 0005."""
    if isinstance(value, bytes | memoryview):
        return uuid.UUID(bytes=bytes(value))
    return uuid.UUID(str(value))


def stored_time(value: object) -> dt.datetime:
    """A timestamp as any version stored it on SQLite: microseconds, or text before 0005."""
    if isinstance(value, int):
        return from_epoch_micros(value)
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)


def recorded_in(path: Path) -> Erasures:
    """The erasures a SQLite file records, read without changing it; empty when the file
    cannot be read or predates erasure records."""
    found: Erasures = {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT member_uid, erased_at FROM member_erasures").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return found
    for uid, at in rows:
        with contextlib.suppress(ValueError, TypeError):
            found.setdefault(stored_uid(uid), stored_time(at))
    return found


def apply_erasures(db: Database, erasures: Erasures, *, today: dt.date | None = None) -> int:
    """Erase in ``db`` every member of ``erasures`` it has no erasure record of; returns how
    many members were erased. An erasure of a member the file does not hold is recorded all
    the same, so it travels on with the file."""
    today = today or dt.date.today()
    erased = 0
    with db.write() as s:
        known = set(s.scalars(select(MemberErasure.member_uid)))
        for member_uid, at in sorted(erasures.items(), key=lambda item: item[1]):
            if member_uid in known:
                continue
            member = s.scalars(select(Member).where(Member.uid == member_uid)).one_or_none()
            if member is None:
                s.add(MemberErasure(member_uid=member_uid, member_id=None, erased_at=at))
                s.flush()
                continue
            erase(s, member, recorded_by_id=None, today=today, at=at)
            erased += 1
    return erased


def checkpoint(db: Database) -> bool:
    """Fold the WAL into the file and empty it (SQLite): the WAL holds every page written since
    the last checkpoint, an erased person's included. False when another connection's read
    kept part of it (it is folded at the next checkpoint)."""
    if not db.is_sqlite:
        return True
    with db.lookup_connection() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return int(busy) == 0
