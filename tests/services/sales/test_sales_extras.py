"""After-sales, suggestions, catalogue import and the sales rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import PaymentMethod, ServiceKind, ServiceStatus
from memberdesk.services.sales import catalogue, rules
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.returns import find_sale
from memberdesk.services.service import aftersales, suggestions
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale


def test_after_sales_due_and_overdue(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    r = record_sale(shop.db, shop.clerk, three_line_sale(mid))
    line_id = find_sale(shop.db, shop.clerk, r.receipt_no)[1][1].sale_line_id
    today = dt.date(2026, 11, 25)
    with pytest.raises(ValidationError):
        aftersales.record_service(
            shop.db, shop.clerk, aftersales.ServiceForm(line_id, None, "x", today), today=today
        )
    with pytest.raises(ValidationError):
        aftersales.record_service(
            shop.db,
            shop.clerk,
            aftersales.ServiceForm(line_id, ServiceKind.ALTERATION, "改裤长", today.replace(day=1)),
            today=today,
        )
    rid = aftersales.record_service(
        shop.db,
        shop.clerk,
        aftersales.ServiceForm(line_id, ServiceKind.ALTERATION, "改裤长 2cm", today),
        today=today,
    )
    later = today + dt.timedelta(days=2)
    items = aftersales.due_items(shop.db, shop.store_id, member_id=mid, today=later)
    assert [(i.id, i.overdue) for i in items] == [(rid, True)]
    aftersales.set_status(shop.db, shop.clerk, rid, ServiceStatus.DONE)
    assert aftersales.due_items(shop.db, shop.store_id, today=later) == []


def test_suggestion(shop: Shop) -> None:
    with pytest.raises(ValidationError):
        suggestions.record_suggestion(shop.db, shop.clerk, None, "  ")
    assert suggestions.record_suggestion(shop.db, shop.clerk, None, "试衣间多放几个衣架")


def test_catalogue_import_and_sale_by_barcode(shop: Shop, tmp_path: Path) -> None:
    f = tmp_path / "products.csv"
    f.write_text(
        "货号,条码,品名,类别,售价,尺码\nA100,6901234567890,羊毛衫,tops,399,S/M/L\n", encoding="gb18030"
    )
    with pytest.raises(PermissionDenied):
        catalogue.import_products(shop.db, shop.clerk, f)
    assert catalogue.import_products(shop.db, shop.manager, f) == 1
    info = catalogue.lookup(shop.db, "6901234567890")
    assert info is not None and info.price_fen == 39900 and info.sizes == ["S", "M", "L"]
    r = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(None, [LineForm(code="A100", size="M")], [PaymentForm(PaymentMethod.CASH, "399")]),
    )
    assert r.total_fen == 39900
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,price\nB1,裤子,-3\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        catalogue.import_products(shop.db, shop.manager, bad)
    assert err.value.params["row"] == 2


def test_rules_roundtrip(shop: Shop) -> None:
    new = SalesRules(fen_per_point=50, return_window_days=15, refund_limit_fen=100000)
    with pytest.raises(PermissionDenied):
        rules.save_rules(shop.db, shop.supervisor, new)
    with pytest.raises(ValidationError):
        rules.save_rules(shop.db, shop.manager, SalesRules(fen_per_point=0))
    rules.save_rules(shop.db, shop.manager, new)
    assert rules.get_rules(shop.db, shop.store_id) == new
    mid = add_member(shop.db, shop.store_id)
    assert (
        record_sale(shop.db, shop.clerk, three_line_sale(mid)).points_earned
        == (2 * 9900 + 29950 + 4000) // 50
    )
