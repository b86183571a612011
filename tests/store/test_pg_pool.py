"""PostgreSQL connections: no ping on every lookup, and a connection the server dropped
while it sat idle is replaced before use, not handed to the counter."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from memberdesk.store import database
from memberdesk.store.database import Database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(request: pytest.FixtureRequest, tmp_path: object) -> Database:
    from tests.conftest import fresh_database

    gen = fresh_database("postgresql", request, tmp_path)  # type: ignore[arg-type]
    db = next(gen)
    request.addfinalizer(lambda: next(gen, None))
    return db


def _lookup(db: Database) -> int:
    with db.lookup_connection() as conn:
        return int(conn.execute(text("SELECT count(*) FROM members")).scalar_one())


def test_lookups_do_not_ping_the_server(pg: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pings: list[object] = []
    real = pg.engine.dialect.do_ping
    monkeypatch.setattr(pg.engine.dialect, "do_ping", lambda c: pings.append(c) or real(c))
    for _ in range(20):
        assert _lookup(pg) == 0
    assert pings == []


def test_a_connection_dropped_while_idle_is_replaced(pg: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _lookup(pg) == 0
    with pg.lookup_connection() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    server = create_engine(pg.url, isolation_level="AUTOCOMMIT")  # the server's side of the story
    with server.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    server.dispose()
    monkeypatch.setattr(database, "PG_IDLE_PING_S", 0.0)  # as if it had sat idle a while
    assert _lookup(pg) == 0
    with pg.read() as s:
        assert s.execute(text("SELECT 1")).scalar_one() == 1
