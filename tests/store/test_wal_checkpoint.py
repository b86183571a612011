"""Every connection of the app checkpoints its WAL in small steps (see store/database.py)."""

from __future__ import annotations

import sqlite3

from memberdesk.store.database import BACKGROUND_WAL_PAGES, WAL_AUTOCHECKPOINT_PAGES, Checkpointer, Database


def test_connections_checkpoint_every_quarter_thousand_pages(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == WAL_AUTOCHECKPOINT_PAGES
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_the_wal_stays_near_the_checkpoint_size_under_many_small_commits(
    sqlite_db: Database,
) -> None:
    """Hundreds of one-row commits (a day of sales) never let the WAL grow to SQLite's default."""
    assert sqlite_db.path is not None
    wal = sqlite_db.path.with_name(sqlite_db.path.name + "-wal")
    with sqlite_db.engine.connect() as conn:
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar()
        conn.exec_driver_sql("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)")
        conn.commit()
        for i in range(1200):
            # A row a little larger than a page, so every commit writes a few pages of WAL.
            conn.exec_driver_sql("INSERT INTO scratch (body) VALUES (?)", (f"{i:06d}" * 800,))
            conn.commit()
        assert wal.exists()
        # With SQLite's default (1,000 pages) the WAL would pass 1,000 pages; each commit adds ~3.
        sqlite_default_pages = 1000
        assert wal.stat().st_size < sqlite_default_pages / 2 * page_size


def _fill_log(db: Database, commits: int) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, body TEXT)")
        conn.commit()
        for i in range(commits):
            conn.exec_driver_sql("INSERT INTO scratch (body) VALUES (?)", (f"{i:06d}" * 800,))
            conn.commit()


def _log_frames(db: Database) -> tuple[int, int]:
    """(frames in the log, frames of it already in the file), as a passive checkpoint reports
    them after copying what it can."""
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        _busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return frames, copied


def test_with_the_background_checkpointer_the_commits_leave_the_copy_to_it(
    sqlite_db: Database, qtbot: object
) -> None:
    """The clerk's commits no longer copy the log (it grows past the near setting); the
    checkpointer's thread copies it, and stops when told."""
    checkpointer = sqlite_db.checkpoint_in_background(interval_s=3600)  # not yet: commits alone
    assert checkpointer is not None
    try:
        with sqlite_db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKGROUND_WAL_PAGES
        _fill_log(sqlite_db, 300)  # about 900 pages: a near setting would have copied it thrice
        assert sqlite_db.path is not None
        wal = sqlite_db.path.with_name(sqlite_db.path.name + "-wal")
        with sqlite_db.engine.connect() as conn:
            page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 4096)
        assert wal.stat().st_size > 2 * WAL_AUTOCHECKPOINT_PAGES * page_size
        assert checkpointer.done == 0
    finally:
        checkpointer.stop()
    running = Checkpointer(sqlite_db.path, interval_s=0.01).start()
    try:
        _fill_log(sqlite_db, 50)
        seen = running.done
        qtbot.waitUntil(lambda: running.done > seen + 1, timeout=20_000)  # type: ignore[attr-defined]
        frames, copied = _log_frames(sqlite_db)
        assert frames == copied  # everything the commits wrote is in the file
    finally:
        running.stop()
    assert not running._thread.is_alive()


def test_the_background_checkpointer_is_sqlites_alone(db: Database) -> None:
    """PostgreSQL checkpoints on its own server: nothing is started for it."""
    checkpointer = db.checkpoint_in_background(interval_s=3600)
    assert (checkpointer is None) == (not db.is_sqlite)
    if checkpointer is not None:
        checkpointer.stop()
