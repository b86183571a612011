"""An older database is backed up, then upgraded, at start."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from memberdesk import config
from memberdesk.startup import open_database
from memberdesk.store import backup, migrate

NEWER_REVISION = '''
"""add a column (test only)"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("motto", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("motto")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped migrations plus one more revision, as a newer build would ship."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (folder / "versions" / "0002_test.py").write_text(NEWER_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    return folder


def test_older_database_is_backed_up_then_upgraded(
    sqlite_template: Path, tmp_path: Path, newer_migrations: Path
) -> None:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    with sqlite3.connect(target) as conn:
        shipped_head = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    old_bytes_backup_folder = tmp_path / "backups"
    opened = open_database(str(target), settings=config.Settings(backup_dir=str(old_bytes_backup_folder)))
    opened.db.dispose()
    assert opened.migrated_from == shipped_head
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002_test"
        assert "motto" in [r[1] for r in conn.execute("PRAGMA table_info(stores)")]
    pre = [b for b in backup.list_backups(old_bytes_backup_folder) if "before-upgrade" in b.path.name]
    assert len(pre) == 1
    with sqlite3.connect(pre[0].path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head
