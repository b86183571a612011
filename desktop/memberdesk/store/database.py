"""The database handle: engine, sessions, and the checks made before the app trusts a file.

SQLite is the embedded default (WAL, ``synchronous=FULL``, foreign keys on); PostgreSQL is
the same code with a different URL. Write transactions on SQLite start with
``BEGIN IMMEDIATE`` so two counters that race for the same row queue up instead of failing
half-way; reads stay deferred so they never wait for a writer. A writer that cannot get the
write lock within the busy timeout gets a typed ``Busy`` ("another counter is saving, try
again"), and a write that fails because the disk is full a typed ``StorageFull``.

A file is only used once it is known to be MemberDesk's: ``probe_sqlite_file`` reads the
header and the schema read-only (no WAL switch, no side files), and accepts a file whose
``application_id`` is MemberDesk's, or an older MemberDesk file without one (identified by its
tables). An empty file is given the schema only by an explicit "create a new store".
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import random
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Busy, DatabaseProblem, Problem, StorageFull

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
WAL_AUTOCHECKPOINT_PAGES = 250  # about 1 MB of WAL between checkpoints
# With the background checkpointer running, a commit copies the log itself only past this
# (about 40 MB): a safety net for a checkpointer that cannot keep up, never the usual case.
BACKGROUND_WAL_PAGES = 10_000
CHECKPOINT_INTERVAL_S = 1.0
# How long a write waits for another counter's write to finish before it says "busy".
WRITE_WAIT_S = BUSY_TIMEOUT_MS / 1000
# MemberDesk's mark in the SQLite header (``PRAGMA application_id``): "MDK1".
APPLICATION_ID = 0x4D444B31
# Tables every MemberDesk schema has had since 0001: how an older file without the
# application id is told from another application's file.
SIGNATURE_TABLES = frozenset({"alembic_version", "stores", "staff", "members", "audit_entries", "settings"})
# Below this much free space a failing file is reported as "the disk is full".
LOW_SPACE_BYTES = 1 << 20
SQLITE_MAGIC = b"SQLite format 3\x00"


def normalise_url(url_or_path: str | Path) -> URL:
    """Accept a URL or a plain file path (taken as SQLite)."""
    text = str(url_or_path)
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    return make_url(text)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off; the "begin" hook below issues
    # BEGIN itself, which is what makes IMMEDIATE write transactions possible.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")  # freed space is zeroed: an erased member leaves no bytes
    # The commit that fills the WAL copies it into the file: with SQLite's 1,000 pages that is
    # one sale in forty paying 5-10 ms for it on a store larger than the page cache; with 250
    # pages the copies are a quarter the size and the sale p99 halves (bench_sale_cold.py).
    cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    cur.close()


BUSY_MESSAGE = QT_TRANSLATE_NOOP("Errors", "Another counter is saving right now. Try again in a moment.")
FULL_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full: nothing was saved. Free some space on the disk, then try again."
)


def _is_busy(exc: BaseException | None) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "locked" in text


def _is_full(exc: BaseException | None) -> bool:
    return "disk is full" in str(exc).lower() or getattr(exc, "errno", None) == errno.ENOSPC


def _try_begin(cur: Any) -> bool:
    try:
        cur.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if not _is_busy(exc):
            raise
        return False
    return True


class WriteQueue:
    """Who is waiting for the write lock of one SQLite file, across processes.

    A waiting writer holds a shared ``flock`` on ``<file>.writers`` while it polls; a writer
    that finds someone waiting does not take the lock straight away but joins the waiters,
    so a counter that writes again right after its commit cannot keep the lock from one that
    has been waiting (SQLite alone lets it: its busy handler naps up to 100 ms at a time).
    Locks die with their process, so a crashed counter never blocks the others.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(f"{path}.writers")

    def _open(self) -> int | None:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:
            return None  # a read-only folder: no queue, plain polling

    def others_waiting(self) -> bool:
        fd = self._open()
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        fd = self._open()
        try:
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_SH)
            yield
        finally:
            if fd is not None:
                os.close(fd)  # closing drops the lock


def _begin_immediate(dbapi_conn: Any, timeout_s: float, queue: WriteQueue | None = None) -> None:
    """BEGIN IMMEDIATE: at once when nobody waits, else in turn; ``Busy`` after ``timeout_s``.

    Waiting is short, jittered polls (1-4 ms) rather than SQLite's growing naps, and a writer
    joins the queue of waiting writers instead of jumping it (see ``WriteQueue``).
    """
    cur = dbapi_conn.cursor()
    deadline = time.monotonic() + timeout_s
    cur.execute("PRAGMA busy_timeout = 0")
    try:
        if (queue is None or not queue.others_waiting()) and _try_begin(cur):
            return
        with queue.waiting() if queue is not None else contextlib.nullcontext():
            wait = 0.001
            while True:
                time.sleep(random.uniform(0.5, 1.0) * wait)
                if _try_begin(cur):
                    return
                if time.monotonic() >= deadline:
                    raise Busy(BUSY_MESSAGE)
                wait = min(wait * 2, 0.004)
    finally:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get("sqlite_no_transaction"):
        return  # a lookup's reads, each its own consistent statement: no BEGIN round trip
    if options.get("sqlite_immediate"):
        _begin_immediate(conn.connection.dbapi_connection, WRITE_WAIT_S, options.get("write_queue"))
        return
    conn.exec_driver_sql("BEGIN DEFERRED")


PG_RECYCLE_S = 1800
PG_IDLE_PING_S = 30.0


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine configured the way MemberDesk needs it on either database."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # No ping on each checkout (it doubled the round trips of a counter lookup): only a
    # connection that sat idle in the pool for PG_IDLE_PING_S is checked before use, and one
    # the server dropped is replaced there (the pool reconnects on DisconnectionError);
    # connections older than PG_RECYCLE_S are replaced without asking.
    kwargs.setdefault("pool_recycle", PG_RECYCLE_S)
    engine = create_engine(url, **kwargs)
    event.listen(engine, "checkin", _note_idle)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def _note_idle(_dbapi_conn: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < PG_IDLE_PING_S:
        return
    try:
        cur = dbapi_conn.cursor()
        try:
            cur.execute("SELECT 1")
        finally:
            cur.close()
        dbapi_conn.rollback()
    except Exception as exc:
        raise DisconnectionError(str(exc)) from exc


def _far_checkpoints(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {BACKGROUND_WAL_PAGES}")


class Checkpointer:
    """Copies the write-ahead log into the database file on a thread of its own.

    Without it, the commit that fills the log past ``WAL_AUTOCHECKPOINT_PAGES`` copies the log
    itself: one sale in a few dozen waits for that copy at the till. With it, every
    ``interval_s`` a ``wal_checkpoint(PASSIVE)`` on its own connection copies what no reader
    still needs, without waiting for a reader or a writer, and the counters' commits only
    append to the log. A passive checkpoint is SQLite's own and safe at any moment: a crash or
    a kill mid-copy leaves the log to be copied again."""

    def __init__(self, path: Path, interval_s: float = CHECKPOINT_INTERVAL_S) -> None:
        self.path = path
        self.interval_s = interval_s
        self.done = 0  # checkpoints run, for tests and the status of a long session
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            while not self._stop.wait(self.interval_s):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.done += 1
                except sqlite3.Error as exc:  # a busy moment or a vanished file: try again later
                    log.debug("background checkpoint skipped: %s", exc)
        finally:
            conn.close()


@dataclass
class Database:
    """An open database: the engine and the two session factories services use."""

    url: URL
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]

    @classmethod
    def from_engine(cls, engine: Engine) -> Database:
        path = sqlite_path(engine.url)
        queue = WriteQueue(path) if path is not None else None
        writer_bind = engine.execution_options(sqlite_immediate=True, write_queue=queue)
        return cls(
            url=engine.url,
            engine=engine,
            reader=sessionmaker(engine, expire_on_commit=False),
            writer=sessionmaker(writer_bind, expire_on_commit=False),
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def location(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for one read-only use case."""
        with self.reader() as session, _typed_errors():
            yield session

    def lookup_connection(self) -> Connection:
        """A connection for a hot-path lookup that only reads: on SQLite each statement runs
        on its own, without a BEGIN round trip (elsewhere it is an ordinary connection)."""
        return self.engine.connect().execution_options(sqlite_no_transaction=True)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one use case that writes: committed at the end, or rolled back whole.

        Raises ``Busy`` when another counter holds the write lock longer than the busy
        timeout, and ``StorageFull`` when the disk is full; either way nothing was saved.
        """
        with _typed_errors(), self.writer() as session, session.begin():
            yield session

    def checkpoint_in_background(self, interval_s: float = CHECKPOINT_INTERVAL_S) -> Checkpointer | None:
        """Take the log's copy off the counters' commits (SQLite; None elsewhere): connections
        made from now on leave it to a ``Checkpointer`` thread, which is started and returned.
        The app calls this once at start, before its counters write."""
        path = self.path
        if path is None:
            return None
        event.listen(self.engine, "connect", _far_checkpoints)
        self.engine.dispose()  # pooled connections were made with the near setting
        return Checkpointer(path, interval_s).start()

    def dispose(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def _typed_errors() -> Iterator[None]:
    """Turn the driver's "locked" and "disk is full" into the errors a clerk can act on."""
    try:
        yield
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) and _is_full(exc.orig):
            raise StorageFull(FULL_MESSAGE) from exc
        if isinstance(exc, OperationalError) and _is_busy(exc.orig):
            raise Busy(BUSY_MESSAGE) from exc
        raise


class FileKind(StrEnum):
    """What a probe found in an existing file."""

    EMPTY = "empty"  # zero bytes, or a SQLite file without tables: only "create" may use it
    MEMBERDESK = "memberdesk"


@dataclass(frozen=True)
class Probe:
    kind: FileKind
    application_id: int = 0
    revision: str | None = None


def disk_is_full(folder: Path, *, need: int = LOW_SPACE_BYTES) -> bool:
    """Whether the disk holding ``folder`` has less than ``need`` bytes free for this user."""
    try:
        return shutil.disk_usage(folder).free < need
    except OSError:
        return False


def _problem_from(exc: BaseException, path: Path) -> DatabaseProblem:
    """Name what an error from SQLite (or the OS) on ``path`` means for the clerk."""
    text = str(exc).lower()
    location = str(path)
    if _is_full(exc) or (("i/o error" in text or "disk" in text) and disk_is_full(path.parent)):
        return DatabaseProblem(Problem.DISK_FULL, location, str(exc))
    if "locked" in text or "busy" in text:
        return DatabaseProblem(Problem.LOCKED, location, str(exc))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseProblem(Problem.READ_ONLY, location, str(exc))
    return DatabaseProblem(Problem.CORRUPT, location, str(exc))


def _header(path: Path) -> tuple[int, bool] | None:
    """(application id, WAL mode) from a SQLite header; None for a zero-byte file."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise _problem_from(exc, path) from exc
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, str(path), "not a database file")
    app_id = int.from_bytes(header[68:72], "big", signed=False)
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseProblem(
            Problem.NOT_MEMBERDESK, str(path), f"another application's file (id {app_id:#x})"
        )
    page_size = int.from_bytes(header[16:18], "big") or 1
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_valid = header[24:28] == header[92:96]  # the page count is kept up to date
    if size_valid and pages and pages * page_size > path.stat().st_size:
        raise DatabaseProblem(
            Problem.CORRUPT, str(path), f"the file is cut short: {pages} pages expected of {page_size} bytes"
        )
    return app_id, header[18] == 2


def probe_sqlite_file(path: Path) -> Probe:
    """Say what an existing file is without changing it (nor creating -wal/-shm beside it).

    The header is read as bytes first: anything but a SQLite file, or a SQLite file marked
    with another application's id, is refused there. Then the schema is read through a
    read-only connection (``immutable`` when a WAL file has no -wal beside it, so SQLite
    creates nothing). Raises DatabaseProblem for anything that is not MemberDesk's.
    """
    location = str(path)
    header = _header(path)
    if header is None:
        return Probe(FileKind.EMPTY)
    app_id, wal_mode = header
    side_wal = Path(f"{path}-wal")
    uri = f"file:{path}?mode=ro"
    if wal_mode and not side_wal.exists():
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise _problem_from(exc, path) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
    except sqlite3.Error as exc:
        raise _problem_from(exc, path) from exc
    finally:
        conn.close()
    if not tables:
        return Probe(FileKind.EMPTY, app_id)
    if app_id == APPLICATION_ID or tables >= SIGNATURE_TABLES:
        if not tables >= SIGNATURE_TABLES:
            raise DatabaseProblem(Problem.CORRUPT, location, "MemberDesk tables are missing")
        return Probe(FileKind.MEMBERDESK, app_id, revision)
    listed = ", ".join(sorted(tables)[:5])
    if revision is not None:
        listed += f"; another application's schema {revision}"
    raise DatabaseProblem(Problem.NOT_MEMBERDESK, location, listed)


def check_sqlite_file(path: Path, *, must_exist: bool = True) -> Probe | None:
    """Raise DatabaseProblem unless ``path`` is a MemberDesk database the app may open.

    ``must_exist=False`` is the explicit "create a new store": then a missing file, a
    zero-byte file or an empty SQLite file is accepted (None for a missing file) and will be
    given the schema; otherwise only a MemberDesk file is. Nothing is created or changed
    here: the file is probed read-only, and only a MemberDesk file is then opened for
    writing, to see that no other program holds it exclusively (a read, which writes
    nothing). A full page-by-page check
    is ``memberdesk db check``, and every daily backup checks its copy.
    """
    location = str(path)
    if not path.exists():
        if must_exist:
            raise DatabaseProblem(Problem.MISSING, location)
        return None
    if path.is_dir():
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, location, "a folder")
    if not os.access(path, os.R_OK):
        raise DatabaseProblem(Problem.READ_ONLY, location, "cannot be read")
    found = probe_sqlite_file(path)
    if found.kind is FileKind.EMPTY and must_exist:
        detail = "an empty file" if path.stat().st_size == 0 else "an empty database without tables"
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, location, detail)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(Problem.READ_ONLY, location)
    if found.kind is FileKind.EMPTY:
        return found
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise _problem_from(exc, path) from exc
    try:
        # A read transaction, not a write one: other counters writing to the file is normal
        # and must not make a starting counter say "locked"; a program that holds the file
        # exclusively blocks reads too, and is reported.
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise _problem_from(exc, path) from exc
    finally:
        conn.close()
    return found


def mark_as_memberdesk(db: Database) -> None:
    """Write MemberDesk's application id into a SQLite file that lacks it (older files)."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as conn:
        current = conn.exec_driver_sql("PRAGMA application_id").scalar()
        if current != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()


def connect(url_or_path: str | Path | URL, *, must_exist: bool = True) -> Database:
    """Open a database after the checks that protect it; does not migrate.

    ``must_exist=False`` allows a new or empty SQLite file (the explicit "create").
    """
    url = url_or_path if isinstance(url_or_path, URL) else normalise_url(url_or_path)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not must_exist:
            path.parent.mkdir(parents=True, exist_ok=True)
        check_sqlite_file(path, must_exist=must_exist)
    engine = make_engine(url)
    if path is None:
        try:
            with engine.connect() as conn:
                inspect(conn).get_table_names()
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseProblem(
                Problem.UNREACHABLE, url.render_as_string(hide_password=True), str(exc.orig)
            ) from exc
    return Database.from_engine(engine)
