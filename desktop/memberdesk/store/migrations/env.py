"""Alembic environment: always handed an engine by ``memberdesk.store.migrate``.

On SQLite, foreign keys are off while migrations run: a batch migration rebuilds a table
(copy, drop, rename), and dropping a table other tables point at would otherwise fail or
delete. Before the commit ``PRAGMA foreign_key_check`` must find nothing, as SQLite's own
procedure for altering a table asks; afterwards foreign keys are on again.
"""

from typing import Any

from alembic import context

from memberdesk.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line, used only to autogenerate during development
    from memberdesk.store.database import make_engine, normalise_url

    engine = make_engine(normalise_url(config.get_main_option("sqlalchemy.url") or "dev.sqlite3"))


def _foreign_keys(raw: Any, on: bool) -> None:
    raw.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    raw = connection.connection.driver_connection
    if sqlite:
        _foreign_keys(raw, False)  # before any BEGIN: the pragma is a no-op inside one
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows pointing at nothing: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            connection.rollback()
            _foreign_keys(raw, True)
