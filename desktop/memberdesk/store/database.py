"""The database handle: engine, sessions, and the checks made before the app trusts a file.

SQLite is the embedded default (WAL, ``synchronous=FULL``, foreign keys on); PostgreSQL is
the same code with a different URL. Write transactions on SQLite start with
``BEGIN IMMEDIATE`` so two counters that race for the same row queue up instead of failing
half-way; reads stay deferred so they never wait for a writer.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


class Problem(StrEnum):
    """What can be wrong with a database before the app may use it."""

    MISSING = "missing"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    TOO_NEW = "too_new"
    NOT_MEMBERDESK = "not_memberdesk"
    UNREACHABLE = "unreachable"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; ``problem`` says why, ``detail`` what was seen."""

    def __init__(self, problem: Problem, location: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {location}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.location = location
        self.detail = detail


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
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get("sqlite_no_transaction"):
        return  # a lookup's reads, each its own consistent statement: no BEGIN round trip
    mode = "IMMEDIATE" if options.get("sqlite_immediate") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine configured the way MemberDesk needs it on either database."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


@dataclass
class Database:
    """An open database: the engine and the two session factories services use."""

    url: URL
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]

    @classmethod
    def from_engine(cls, engine: Engine) -> Database:
        writer_bind = engine.execution_options(sqlite_immediate=True)
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
        with self.reader() as session:
            yield session

    def lookup_connection(self) -> Connection:
        """A connection for a hot-path lookup that only reads: on SQLite each statement runs
        on its own, without a BEGIN round trip (elsewhere it is an ordinary connection)."""
        return self.engine.connect().execution_options(sqlite_no_transaction=True)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one use case that writes: committed at the end, or rolled back whole."""
        with self.writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def check_sqlite_file(path: Path, *, must_exist: bool = True) -> None:
    """Raise DatabaseProblem if the file is missing, read-only, locked or not a database.

    Opens the file with the plain driver in read-write mode so that nothing is created or
    changed; a full page-by-page check is ``memberdesk db check`` (and every daily backup,
    which reads every page).
    """
    location = str(path)
    if not path.exists():
        if must_exist:
            raise DatabaseProblem(Problem.MISSING, location)
        return
    import os

    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(Problem.READ_ONLY, location)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.OperationalError as exc:
        raise DatabaseProblem(Problem.READ_ONLY, location, str(exc)) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(Problem.LOCKED, location, str(exc)) from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseProblem(Problem.READ_ONLY, location, str(exc)) from exc
        raise DatabaseProblem(Problem.CORRUPT, location, str(exc)) from exc
    finally:
        conn.close()


def connect(url_or_path: str | Path | URL, *, must_exist: bool = True) -> Database:
    """Open a database after the checks that protect it; does not migrate."""
    url = url_or_path if isinstance(url_or_path, URL) else normalise_url(url_or_path)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, must_exist=must_exist)
        path.parent.mkdir(parents=True, exist_ok=True)
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
