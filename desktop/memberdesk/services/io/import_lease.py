"""Whether the process that runs an import is still alive.

An import holds a lease for as long as it runs: an exclusive ``flock`` on
``<database file>.import-<id>`` on SQLite, a session advisory lock on PostgreSQL (held on a
connection of its own). The operating system drops the one and the server the other when
the process ends, however it ends, so a lease that can be taken belongs to an import nobody
runs any more: ``recover`` may undo or finish it. No clock is involved, so a slow import is
never mistaken for a dead one.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import text

from memberdesk.store.database import Database

_PG_CLASS = 0x4D44  # "MD": the first key of MemberDesk's advisory locks
_HELD: set[tuple[str, int]] = set()  # (database, import id) leases this process holds
_HELD_LOCK = threading.Lock()


def _key(db: Database, import_id: int) -> tuple[str, int]:
    return (db.location(), import_id)


def _lease_file(db: Database, import_id: int) -> Path | None:
    return Path(f"{db.path}.import-{import_id}") if db.path is not None else None


class Lease:
    """The running import's hold on its id; ``release`` (or the process ending) gives it up."""

    def __init__(self, db: Database, import_id: int) -> None:
        self.db, self.import_id = db, import_id
        self._fd: int | None = None
        self._conn: Any = None
        with _HELD_LOCK:
            _HELD.add(_key(db, import_id))
        path = _lease_file(db, import_id)
        if path is not None:
            try:
                self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except OSError:
                self._fd = None  # a read-only folder: only this process knows it runs
        elif not db.is_sqlite:
            self._conn = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._conn.execute(text("SELECT pg_advisory_lock(:c, :i)"), {"c": _PG_CLASS, "i": import_id})

    def release(self) -> None:
        if self._fd is not None:
            path = _lease_file(self.db, self.import_id)
            if path is not None:
                path.unlink(missing_ok=True)
            os.close(self._fd)  # closing drops the lock
            self._fd = None
        if self._conn is not None:
            self._conn.execute(
                text("SELECT pg_advisory_unlock(:c, :i)"), {"c": _PG_CLASS, "i": self.import_id}
            )
            self._conn.close()
            self._conn = None
        with _HELD_LOCK:
            _HELD.discard(_key(self.db, self.import_id))


class Orphan:
    """The lease of an import whose process has ended, taken for the time of its recovery."""

    def __init__(self, db: Database, import_id: int) -> None:
        self.db, self.import_id = db, import_id
        self._fd: int | None = None
        self._conn: Any = None

    def take(self) -> bool:
        """True when nobody runs the import any more (the lease is now ours)."""
        with _HELD_LOCK:
            if _key(self.db, self.import_id) in _HELD:
                return False
        path = _lease_file(self.db, self.import_id)
        if path is not None:
            try:
                self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError:
                return False  # cannot tell: leave it
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(self._fd)
                self._fd = None
                return False
            return True
        if self.db.is_sqlite:
            return False  # an in-memory database: nobody else can have run it
        self._conn = self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        taken = self._conn.execute(
            text("SELECT pg_try_advisory_lock(:c, :i)"), {"c": _PG_CLASS, "i": self.import_id}
        ).scalar_one()
        if not taken:
            self._conn.close()
            self._conn = None
        return bool(taken)

    def release(self, *, finished: bool) -> None:
        if self._fd is not None:
            path = _lease_file(self.db, self.import_id)
            if finished and path is not None:
                path.unlink(missing_ok=True)
            os.close(self._fd)
            self._fd = None
        if self._conn is not None:
            self._conn.execute(
                text("SELECT pg_advisory_unlock(:c, :i)"), {"c": _PG_CLASS, "i": self.import_id}
            )
            self._conn.close()
            self._conn = None
