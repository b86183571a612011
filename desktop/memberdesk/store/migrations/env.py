"""Alembic environment: always handed an engine by ``memberdesk.store.migrate``."""

from alembic import context

from memberdesk.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line, used only to autogenerate during development
    from memberdesk.store.database import make_engine, normalise_url

    engine = make_engine(normalise_url(config.get_main_option("sqlalchemy.url") or "dev.sqlite3"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
