"""The sale written on the driver (compiled statements, services/common/driver_sql.py) stores exactly
what the ORM stored: every column of every row, the same types read back, and on SQLite the
same storage class in the file. On SQLite and PostgreSQL.

The reference is the ORM way the sale was written before: the same pricing, then the sale,
its lines and payments as objects, the points entries as objects, the totals and the tier
through the ORM. For each form the reference runs first in a transaction that is rolled
back, then the product's way on the same state; the rows both wrote must be equal.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from memberdesk.domain.points import TIER_ORDER, tier_for
from memberdesk.domain.vocab import PaymentMethod, PointsSource, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, insert_row
from memberdesk.services.common.inputs import clean_text
from memberdesk.services.common.numbers import next_number
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.pricing import price
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import (
    LineForm,
    PaymentForm,
    SaleForm,
    receipt_number,
    record_sale,
    rolling_spend,
)
from memberdesk.store import health
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Member,
    MemberStats,
    NumberSequence,
    Payment,
    PointsEntry,
    Product,
    Sale,
    SaleLine,
)
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 11, 30, 7, 15, 30, 123456, tzinfo=dt.UTC)
TABLES: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (Sale, SaleLine, Payment, PointsEntry, MemberStats, Member, NumberSequence)
)


class _RolledBack(Exception):
    pass


def _reference_sale(s: Session, actor: Actor, form: Any, now: dt.datetime) -> None:
    """The ORM way, as ``record_sale`` wrote a sale before it ran on the driver."""
    cart = price(s, actor, form, final=True)
    # what the member owes is paid off from the points earned first
    paid_off = min(cart.points_earned, cart.points_owed)
    member_after = (
        (cart.points_balance or 0) - cart.redeem_points + cart.points_earned - paid_off,
        cart.points_owed - paid_off,
    )
    sale = Sale(
        store_id=actor.store_id,
        receipt_no=receipt_number(next_number(s, actor.store_id, "receipt")),
        member_id=form.member_id,
        staff_id=actor.staff_id,
        created_at=now,
        subtotal_fen=cart.subtotal_fen,
        discount_fen=cart.discount_fen,
        total_fen=cart.total_fen,
        points_earned=cart.points_earned,
        points_redeemed=cart.redeem_points,
        note=clean_text(form.note, 200),
        redeem_fen=cart.redeem_fen,
        cash_tendered_fen=cart.tendered_fen,
        points_balance_after=member_after[0] if form.member_id is not None else None,
        points_owed_after=member_after[1] if form.member_id is not None else None,
    )
    sale.lines = [
        SaleLine(
            line_no=n,
            product_id=ln.product_id,
            sku=ln.sku,
            category=ln.category,
            description=ln.description,
            size=ln.size,
            quantity=ln.quantity,
            unit_price_fen=ln.unit_fen,
            discount_fen=ln.discount_fen,
            total_fen=ln.total_fen,
        )
        for n, ln in enumerate(cart.lines, start=1)
    ]
    sale.payments = [Payment(method=p.method, amount_fen=p.amount_fen) for p in cart.payments]
    s.add(sale)
    s.flush()
    if form.member_id is None:
        return
    for delta, owed_delta, source in (
        (-cart.redeem_points, 0, PointsSource.REDEMPTION),
        (cart.points_earned - paid_off, -paid_off, PointsSource.SALE),
    ):
        if delta or owed_delta:
            s.add(
                PointsEntry(
                    member_id=form.member_id,
                    created_at=now,
                    delta=delta,
                    owed_delta=owed_delta,
                    source=source,
                    reason=sale.receipt_no,
                    staff_id=actor.staff_id,
                    sale_id=sale.id,
                )
            )
    s.flush()
    stats = s.get(MemberStats, form.member_id)
    assert stats is not None  # pricing has created it
    stats.spend_fen += cart.total_fen
    stats.visit_count += 1
    stats.points_balance += cart.points_earned - paid_off - cart.redeem_points
    stats.points_owed -= paid_off
    stats.last_visit_at = now
    stats.first_visit_at = stats.first_visit_at or now
    member = s.get(Member, form.member_id)
    assert member is not None
    s.flush()
    new_tier = tier_for(rolling_spend(s, member.id, now), cart.rules)
    if TIER_ORDER.index(new_tier) > TIER_ORDER.index(member.tier):
        member.tier = new_tier
        member.updated_at = now
        # an earlier raise in the same run may have left ``now`` there already: the ORM then
        # sees no change, leaves the column out of the UPDATE and its onupdate writes the clock
        flag_modified(member, "updated_at")
    s.flush()


def _snapshot(s: Session, sqlite: bool) -> dict[str, Any]:
    """Every row of the tables a sale writes, typed as SQLAlchemy reads them; on SQLite also
    the storage class of every value in the file."""
    out: dict[str, Any] = {}
    for table in TABLES:
        key = [c for c in table.primary_key.columns]
        rows = s.execute(select(table).order_by(*key)).all()
        out[table.name] = [{c: v for c, v in row._mapping.items() if c != "uid"} for row in rows]
        out[f"{table.name}.uids"] = [row._mapping["uid"].version for row in rows] if "uid" in table.c else []
        if sqlite:
            kinds = ", ".join(f"typeof({c.name})" for c in table.columns)
            order = ", ".join(c.name for c in key)
            out[f"{table.name}.storage"] = s.execute(
                text(f"SELECT {kinds} FROM {table.name} ORDER BY {order}")
            ).all()
    return out


def _both_ways(db: Database, actor: Actor, form: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    reference: dict[str, Any] = {}
    try:
        with db.write() as s:
            _reference_sale(s, actor, form, NOW)
            reference = _snapshot(s, db.is_sqlite)
            raise _RolledBack
    except _RolledBack:
        pass
    record_sale(db, actor, form, now=NOW)
    with db.read() as s:
        return reference, _snapshot(s, db.is_sqlite)


def _no_ids(snapshot: dict[str, Any]) -> dict[str, Any]:
    """PostgreSQL's sequences do not roll back: new rows' ids differ there, nothing else."""
    ids = {"id", "sale_id"}
    return {
        name: [{c: v for c, v in row.items() if c not in ids} for row in rows]
        if not name.count(".")
        else rows
        for name, rows in snapshot.items()
    }


def _add_product(db: Database) -> None:
    with db.write() as s:
        s.add(Product(sku="SKU-1", barcode="6901234567892", name="羊毛衫", category="tops", price_fen=39900))
        s.add(Product(sku="6901234567892X", barcode=None, name="围巾", category="other", price_fen=8800))


line = st.builds(
    dict,
    code=st.sampled_from(["", "", "SKU-1", "6901234567892", " SKU-1 ", "6901234567892X"]),
    description=st.sampled_from(["", "T恤", "连衣裙 S 码", "童鞋"]),
    category=st.sampled_from(["", "tops", "shoes"]),
    size=st.sampled_from(["", "M", "120", "37.5"]),
    unit_price=st.sampled_from(["", "99", "299.5", "12800"]),
    quantity=st.integers(min_value=1, max_value=4),
    discount=st.sampled_from(["", "", "5", "0.5"]),
)


@st.composite
def sale_forms(draw: st.DrawFn, members: list[int]) -> SaleForm:
    lines = [LineForm(**d) for d in draw(st.lists(line, min_size=1, max_size=4))]
    for i, ln in enumerate(lines):  # a free line needs a description and a price
        if not ln.code:
            lines[i] = LineForm(
                description=ln.description or "袜子",
                category=ln.category,
                size=ln.size,
                unit_price=ln.unit_price or "15",
                quantity=ln.quantity,
                discount=ln.discount,
            )
    member = draw(st.sampled_from([None, *members]))
    methods = draw(
        st.lists(st.sampled_from([PaymentMethod.CASH, PaymentMethod.WECHAT]), min_size=1, max_size=2)
    )
    payments = [PaymentForm(m, "1") for m in methods[:-1]] + [PaymentForm(methods[-1], "")]
    return SaleForm(
        member,
        lines,
        payments,
        redeem_points=draw(st.sampled_from([0, 0, 1, 5])) if member else 0,
        note=draw(st.sampled_from(["", "  生日礼  ", "x" * 250])),
    )


@pytest.fixture
def stocked(shop: Shop) -> tuple[Shop, list[int]]:
    _add_product(shop.db)
    members = [add_member(shop.db, shop.store_id, n) for n in (1, 2, 3)]
    for m in members[1:]:  # the first has no totals row yet: its first sale creates it
        points_svc.adjust(shop.db, shop.supervisor, m, "20", "开业礼")
    with shop.db.write() as s:  # one near the silver threshold, one already at the top
        s.execute(update(Member).where(Member.id == members[2]).values(tier=Tier.VIP))
    return shop, members


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_driver_writes_what_the_orm_wrote(stocked: tuple[Shop, list[int]], data: st.DataObject) -> None:
    shop, members = stocked
    form = data.draw(sale_forms(members))
    try:
        reference, product = _both_ways(shop.db, shop.clerk, form)
    except Exception as exc:
        with pytest.raises(type(exc)):
            record_sale(shop.db, shop.clerk, form, now=NOW)
        event(f"refused: {type(exc).__name__}")
        return
    event("recorded")
    if shop.db.is_sqlite:
        assert product == reference
    else:
        assert _no_ids(product) == _no_ids(reference)
    assert set(product["sales.uids"]) <= {7}


def test_a_tier_reached_first_visit_and_storage(stocked: tuple[Shop, list[int]]) -> None:
    """A big first sale: the totals row is created, the tier raised with its time, every value
    stored in its column's own form, and the database check finds nothing."""
    shop, members = stocked
    big = SaleForm(
        members[0], [LineForm(description="大衣", unit_price="60000")], [PaymentForm(PaymentMethod.CASH, "")]
    )
    reference, product = _both_ways(shop.db, shop.clerk, big)
    assert (product if shop.db.is_sqlite else _no_ids(product)) == (
        reference if shop.db.is_sqlite else _no_ids(reference)
    )
    with shop.db.read() as s:
        member = s.get(Member, members[0])
        stats = s.get(MemberStats, members[0])
    assert member is not None and member.tier is not Tier.REGULAR and member.updated_at == NOW
    assert stats is not None and (stats.visit_count, stats.first_visit_at, stats.last_visit_at) == (
        1,
        NOW,
        NOW,
    )
    assert check_ledgers(shop.db) == []
    report = health.check(shop.db)
    assert report.ok, report


def test_an_insert_must_give_every_python_default() -> None:
    """The driver runs no Python-side defaults: a statement that leaves one out is refused
    when it is compiled, and a row without a value is an error, never a NULL."""
    from sqlalchemy.dialects import sqlite

    table = PointsEntry.__table__
    partial = DriverStatement(insert(table).values(member_id=bindparam("member_id")))
    with pytest.raises(ValueError, match="uid"):
        partial.compiled(sqlite.dialect())
    whole = DriverStatement(insert_row(table), bind=True)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        whole.sql(sqlite.dialect(), {"member_id": 1})


def test_bound_values_take_their_column_types(sqlite_shop: Shop) -> None:
    """``bind=True``: a timestamp, a uid and an enum go in as their types store them."""
    db = sqlite_shop.db
    mid = add_member(db, sqlite_shop.store_id)
    uid = uuid.uuid4()
    stmt = DriverStatement(insert_row(PointsEntry.__table__), bind=True)  # type: ignore[arg-type]
    with db.write() as s:
        SessionDriver(s).execute(
            stmt,
            member_id=mid,
            created_at=NOW,
            delta=5,
            owed_delta=0,
            source=PointsSource.ADJUSTMENT,
            reason="",
            sale_id=None,
            return_id=None,
            staff_id=None,
            uid=uid,
        )
    with db.read() as s:
        entry = s.scalars(select(PointsEntry)).one()
        stored = s.execute(
            text("SELECT typeof(created_at), created_at, typeof(uid), source FROM points_entries")
        ).one()
    assert (entry.created_at, entry.uid, entry.source) == (NOW, uid, PointsSource.ADJUSTMENT)
    assert stored == ("integer", int(NOW.timestamp()) * 1_000_000 + NOW.microsecond, "blob", "adjustment")
