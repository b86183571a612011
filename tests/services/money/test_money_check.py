"""``memberdesk db check`` reconciles member money: a balance that is not the sum of its
entries, or a coupon used twice, is a finding that names the record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from memberdesk.domain.vocab import CouponEventKind, CouponKind
from memberdesk.services.money import coupons, wallet
from memberdesk.services.sales.recording import record_sale
from memberdesk.store import health
from memberdesk.store.models import CouponEvent, Wallet
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale

NOW = dt.datetime(2026, 5, 20, 10, tzinfo=dt.UTC)


def test_a_balance_changed_by_hand_fails_the_database_check(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", "cash", now=NOW)
    assert health.check(shop.db).ok
    with shop.db.write() as s:
        s.execute(update(Wallet).values(principal_fen=Wallet.principal_fen + 50_00))
    found = health.check(shop.db).findings
    assert len(found) == 1
    assert found[0].startswith("wallet ") and "principal 105000 vs ledger 100000" in found[0]


def test_a_coupon_used_twice_fails_the_database_check(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    form = coupons.TemplateForm(name="满100减10", kind=CouponKind.AMOUNT_OFF, amount="10", valid_days=30)
    tid = coupons.create_template(shop.db, shop.manager, form)
    (code,) = coupons.issue(shop.db, shop.supervisor, tid, [member], today=NOW.date())
    coupon = coupons.by_code(shop.db, shop.store_id, code)
    sale = record_sale(shop.db, shop.clerk, three_line_sale(member))
    with shop.db.write() as s:
        coupons.use_in(
            s, coupon.id, sale_id=sale.sale_id, discount_fen=10_00, staff_id=shop.clerk.staff_id, at=NOW
        )
    assert health.check(shop.db).ok
    with shop.db.write() as s:  # a second use written past the service
        s.add(
            CouponEvent(
                coupon_id=coupon.id, kind=CouponEventKind.USE, sale_id=sale.sale_id, discount_fen=10_00
            )
        )
    found = health.check(shop.db).findings
    assert found == [f"coupon {coupon.id} ({code}): used True, uses minus releases 2"]
