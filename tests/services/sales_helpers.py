"""Helpers shared by the sales-area service tests."""

from __future__ import annotations

from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm
from memberdesk.store.database import Database
from memberdesk.store.models import Member


def add_member(db: Database, store_id: int, n: int = 1) -> int:
    with db.write() as s:
        m = Member(
            store_id=store_id,
            card_no=f"C{n:06d}",
            phone=f"1380000{n:04d}",
            phone_last4=f"{n:04d}",
            name=f"会员{n}",
        )
        s.add(m)
        s.flush()
        return m.id


def three_line_sale(member_id: int | None, *, cash: str = "") -> SaleForm:
    lines = [
        LineForm(description="T恤", category="tops", size="M", unit_price="99", quantity=2),
        LineForm(description="牛仔裤", category="bottoms", size="30", unit_price="299.5", quantity=1),
        LineForm(description="袜子", category="other", unit_price="15", quantity=3, discount="5"),
    ]
    total = 2 * 9900 + 29950 + 3 * 1500 - 500
    return SaleForm(member_id, lines, [PaymentForm(PaymentMethod.WECHAT, cash or total)])
