"""Revision 0015 on a store an older build wrote: its sale lines get a member price and a coupon
share of nothing, and its sales still reconcile and can be returned — SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store import migrate
from memberdesk.store.models import SaleLine
from tests.conftest import Shop
from tests.services.sales_helpers import add_member


def test_an_older_store_keeps_its_sales_whole_after_the_upgrade(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    config = migrate.alembic_config(shop.db)
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            member,
            [LineForm(description="毛衣", unit_price="300", quantity=2)],
            [PaymentForm(PaymentMethod.CASH, "")],
        ),
    )
    command.downgrade(config, "0014")  # the older build's columns only, with that sale in them
    command.upgrade(config, "head")
    with shop.db.read() as s:
        line = s.scalars(select(SaleLine)).one()
        assert (line.member_fen, line.coupon_fen, line.total_fen) == (0, 0, 600_00)
    _sid, lines = find_sale(shop.db, shop.clerk, sale.receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.QUALITY, "起球"),
    )
    assert back.refund_fen == 300_00
    assert check_ledgers(shop.db) == []
