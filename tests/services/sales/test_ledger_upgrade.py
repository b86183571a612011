"""Revision 0006 on a store an older build wrote: the points' value of older sales is found
again, and a balance that build took below zero becomes points owed — on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Integer, String, column, select, table, text

from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.rules import save_rules
from memberdesk.store import migrate
from memberdesk.store.models import MemberStats, PointsEntry, Sale, new_uid, utcnow
from memberdesk.store.models.base import Uid, UTCDateTime
from tests.conftest import Shop
from tests.services.sales_helpers import add_member


def test_an_older_store_is_upgraded_with_its_points_value_and_no_negative_balance(shop: Shop) -> None:
    save_rules(shop.db, shop.manager, SalesRules(redeem_fen_per_point=2))
    mid, owing = add_member(shop.db, shop.store_id, 1), add_member(shop.db, shop.store_id, 2)
    points_svc.adjust(shop.db, shop.supervisor, mid, "3000", "开业礼")
    redeemed = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [LineForm(description="裙子", unit_price="300")],
            [PaymentForm(PaymentMethod.CASH, "")],
            discount="20",
            redeem_points=3000,
        ),
    )
    plain = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            owing, [LineForm(description="大衣", unit_price="98")], [PaymentForm(PaymentMethod.CASH, "")]
        ),
    )
    config = migrate.alembic_config(shop.db)
    command.downgrade(config, "0005")
    with shop.db.engine.begin() as conn:  # what the older build's return left: a balance of −9,702
        older_entries = table(
            "points_entries",
            column("member_id", Integer()),
            column("created_at", UTCDateTime()),
            column("delta", Integer()),
            column("source", String()),
            column("reason", String()),
            column("uid", Uid()),
        )
        conn.execute(
            older_entries.insert().values(
                member_id=owing,
                created_at=utcnow(),
                delta=-9800,
                source="return",
                reason="T00000001",
                uid=new_uid(),
            )
        )
        conn.execute(
            text("UPDATE member_stats SET points_balance = points_balance - 9800 WHERE member_id = :m"),
            {"m": owing},
        )
    command.upgrade(config, "head")
    with shop.db.read() as s:
        sale = s.get(Sale, redeemed.sale_id)
        assert sale is not None and (sale.redeem_fen, sale.discount_fen) == (6000, 8000)
        assert s.get(Sale, plain.sale_id).redeem_fen == 0  # type: ignore[union-attr]
        stats = s.get(MemberStats, owing)
        assert stats is not None and (stats.points_balance, stats.points_owed) == (
            0,
            9800 - plain.points_earned,
        )
        carried = s.scalars(
            select(PointsEntry).where(PointsEntry.member_id == owing).order_by(PointsEntry.id)
        ).all()
    assert (carried[-1].delta, carried[-1].owed_delta) == (9800 - plain.points_earned,) * 2
    assert check_ledgers(shop.db) == []
