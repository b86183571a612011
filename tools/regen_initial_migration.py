"""Regenerate the single initial migration from the models (development only).

Until the first release the schema has one migration; after that, every change gets a new
revision with ``alembic revision --autogenerate`` instead and this tool must not be used.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from memberdesk.store.database import connect
from memberdesk.store.migrate import MIGRATIONS_DIR, alembic_config

versions = MIGRATIONS_DIR / "versions"
for old in versions.glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    db = connect(Path(tmp) / "empty.sqlite3", must_exist=False)
    cfg = alembic_config(db)
    command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001", head="base")
    db.dispose()
made = sorted(versions.glob("0001_*.py"))
print("written:", *made, file=sys.stderr)
