"""Whatever a clerk types (or a store writes into a workflow file), the services answer with
the project's own typed errors or a result -- never another exception -- and an input that
is refused leaves the stored data exactly as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ComplaintCategory, Gender, ServiceGap, Severity, SizeCategory
from memberdesk.services.members.enrolment import enrol, update_member
from memberdesk.services.members.forms import ChildForm, MemberForm
from memberdesk.services.members.search import find
from memberdesk.services.service import complaints as svc
from memberdesk.services.staff import auth
from memberdesk.store.database import Database
from memberdesk.workflows.definition import Workflow, WorkflowFileError, parse
from tests.conftest import Shop

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Anything a keyboard, a scanner or a paste can deliver (no lone surrogates: Qt never hands
# those to Python).
typed = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
long_typed = st.text(st.characters(blacklist_categories=("Cs",)), min_size=200, max_size=5000)
digits = st.text("0123456789", min_size=1, max_size=40)
phones = st.one_of(
    typed,
    st.builds(lambda d: "1" + d, st.text("0123456789", min_size=10, max_size=10)),
    st.builds(lambda d: "+" + d, digits),
    st.sampled_from(["13800138000", "１３８００１３８０００", "138 0013 8000", "+86 138-0013-8000"]),
)
amounts = st.one_of(
    typed,
    digits,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from(["0", "50", "50.01", "1e9", "NaN", "inf", "-1", "¥80", "8,000", "0.001", "99999999999"]),
)


# What a wrong PIN is meant to change even though the act is refused: the count toward
# the lock-out, the lock, and the audit entry of the lock.
PIN_BOOKKEEPING = {
    "staff": "SELECT id, store_id, code, name, role, pin_hash, active FROM staff ORDER BY 1",
    "audit_entries": "SELECT * FROM audit_entries WHERE action != 'staff.locked' ORDER BY 1",
}


def fingerprint(db: Database, *, pin_counts: bool = False) -> str:
    """A digest of every row of every table (SQLite file, read through its own connection)."""
    assert db.path is not None
    digest = hashlib.sha256()
    with closing(sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)) as conn:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for table in tables:
            query = PIN_BOOKKEEPING.get(table) if pin_counts else None
            for row in conn.execute(query or f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def answers_or_refuses(db: Database, call: Callable[[], Any], *, pin_counts: bool = False) -> Any:
    """Run ``call``; a ServiceError must leave the data untouched, anything else fails."""
    before = fingerprint(db, pin_counts=pin_counts)
    try:
        return call()
    except ServiceError:
        assert fingerprint(db, pin_counts=pin_counts) == before, "a refused input changed stored data"
        return None


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@FUZZ
@given(text=typed, limit=st.integers(min_value=-3, max_value=500))
def test_search(sqlite_shop: Shop, text: str, limit: int) -> None:
    hits = answers_or_refuses(
        sqlite_shop.db, lambda: find(sqlite_shop.db, sqlite_shop.clerk, text, limit=limit)
    )
    assert hits is None or isinstance(hits, list)


@FUZZ
@given(text=long_typed)
def test_search_long_pastes(sqlite_shop: Shop, text: str) -> None:
    answers_or_refuses(sqlite_shop.db, lambda: find(sqlite_shop.db, sqlite_shop.clerk, text))


@st.composite
def member_forms(draw: st.DrawFn) -> MemberForm:
    return MemberForm(
        phone=draw(phones),
        name=draw(typed),
        gender=draw(st.sampled_from(Gender)),
        card_no=draw(st.one_of(st.just(""), typed, digits)),
        birthday=draw(st.none() | st.dates(dt.date(1800, 1, 1), dt.date(2200, 12, 31))),
        birthday_lunar=draw(st.booleans()),
        channel_detail=draw(typed),
        referrer_member_id=draw(st.none() | st.integers(min_value=-5, max_value=10**12)),
        email=draw(typed),
        address=draw(st.one_of(typed, long_typed)),
        occupation=draw(typed),
        hobbies=draw(typed),
        notes=draw(st.one_of(typed, long_typed)),
        sizes=draw(st.dictionaries(st.sampled_from(SizeCategory), typed, max_size=3)),
        children=tuple(
            draw(
                st.lists(
                    st.builds(
                        ChildForm,
                        name=typed,
                        gender=st.sampled_from(Gender),
                        birthday=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
                    ),
                    max_size=3,
                )
            )
        ),
        marketing_consent=draw(st.none() | st.booleans()),
    )


@FUZZ
@given(form=member_forms(), confirm=st.booleans())
def test_enrol(sqlite_shop: Shop, form: MemberForm, confirm: bool) -> None:
    answers_or_refuses(
        sqlite_shop.db, lambda: enrol(sqlite_shop.db, sqlite_shop.clerk, form, confirm_duplicate=confirm)
    )


@pytest.fixture
def member_id(sqlite_shop: Shop) -> int:
    return enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13912345678", name="王芳"))


@FUZZ
@given(form=member_forms())
def test_edit(sqlite_shop: Shop, member_id: int, form: MemberForm) -> None:
    answers_or_refuses(
        sqlite_shop.db, lambda: update_member(sqlite_shop.db, sqlite_shop.clerk, member_id, form)
    )


@st.composite
def complaint_forms(draw: st.DrawFn) -> svc.ComplaintForm:
    return svc.ComplaintForm(
        member_id=draw(st.none() | st.integers(min_value=-5, max_value=10**12)),
        category=draw(st.none() | st.sampled_from(ComplaintCategory)),
        severity=draw(st.none() | st.sampled_from(Severity)),
        description=draw(st.one_of(typed, long_typed)),
        customer_request=draw(typed),
        service_gap=draw(st.none() | st.sampled_from(ServiceGap)),
        customer_name=draw(typed),
        customer_phone=draw(phones),
        receipt_no=draw(typed),
    )


@FUZZ
@given(form=complaint_forms())
def test_open_complaint(sqlite_shop: Shop, form: svc.ComplaintForm) -> None:
    answers_or_refuses(sqlite_shop.db, lambda: svc.open_complaint(sqlite_shop.db, sqlite_shop.clerk, form))


@pytest.fixture
def complaint_id(sqlite_shop: Shop) -> int:
    from sqlalchemy import select

    from memberdesk.store.models import Complaint

    number = svc.open_complaint(
        sqlite_shop.db,
        sqlite_shop.clerk,
        svc.ComplaintForm(None, ComplaintCategory.PRICE, Severity.LOW, "价签错误", customer_name="李"),
    )
    with sqlite_shop.db.read() as s:
        return s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()


@FUZZ
@given(
    resolution=typed,
    compensation=amounts,
    approver=st.sampled_from(["none", "manager", "supervisor", "clerk", "nobody"]),
    pin=st.one_of(st.just("9999"), digits, typed),
)
def test_resolve_complaint(
    sqlite_shop: Shop, complaint_id: int, resolution: str, compensation: Any, approver: str, pin: str
) -> None:
    ids = {
        "manager": sqlite_shop.manager.staff_id,
        "supervisor": sqlite_shop.supervisor.staff_id,
        "clerk": sqlite_shop.clerk.staff_id,
        "nobody": 987654321,
    }
    approval = None if approver == "none" else svc.ManagerApproval(ids[approver], pin)
    try:
        answers_or_refuses(
            sqlite_shop.db,
            lambda: svc.resolve(
                sqlite_shop.db, sqlite_shop.clerk, complaint_id, resolution, compensation, approval
            ),
            pin_counts=True,
        )
    finally:
        _forget_wrong_pins(sqlite_shop.db)


def _forget_wrong_pins(db: Database) -> None:
    """Each example starts with no wrong PIN counted (nobody may unlock their own account, so
    the test clears the count itself rather than through an unlock)."""
    from sqlalchemy import update

    from memberdesk.store.models import Staff

    with db.write() as s:
        s.execute(update(Staff).values(failed_attempts=0, locked_until=None, held_for_manager_at=None))


# --- workflow files: text a store may write, from plain noise to almost-right files ---

toml_values = st.recursive(
    st.one_of(
        st.integers(), st.booleans(), typed.map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"')
    ),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(map(str, xs)) + "]"),
    max_leaves=20,
).map(str)
keys = st.sampled_from(
    [
        "key",
        "title",
        "summary",
        "order",
        "steps",
        "prompt",
        "phrases",
        "input",
        "action",
        "kind",
        "options",
        "low",
        "high",
        "label",
        "zh_CN",
        "en",
        "x",
    ]
)


@st.composite
def workflow_texts(draw: st.DrawFn) -> str:
    lines = [f'key = "{draw(st.sampled_from(["reception", "x", "Bad Key", ""]))}"']
    for _ in range(draw(st.integers(0, 6))):
        header = draw(
            st.sampled_from(["", "[[steps]]", "[title]", "[steps.input]", "[[steps.input.options]]", "["])
        )
        if header:
            lines.append(header)
        lines.append(f"{draw(keys)} = {draw(toml_values)}")
    return "\n".join(lines)


@FUZZ
@given(text=st.one_of(typed, long_typed, workflow_texts()))
def test_workflow_files(text: str) -> None:
    try:
        assert isinstance(parse(text, "store.toml"), Workflow)
    except WorkflowFileError as err:
        assert err.line >= 0 and err.english()
