"""Every connection of the app checkpoints its WAL in small steps (see store/database.py)."""

from __future__ import annotations

from memberdesk.store.database import WAL_AUTOCHECKPOINT_PAGES, Database


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
