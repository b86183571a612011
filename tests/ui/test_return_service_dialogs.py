"""Return, after-sales and suggestion dialogs, checked against the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.models import SaleReturn, ServiceRecord, Suggestion, utcnow
from memberdesk.ui.sales.return_dialog import ReturnDialog
from memberdesk.ui.service.service_dialog import ServiceDialog
from memberdesk.ui.service.suggestion_dialog import SuggestionDialog
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member, three_line_sale
from tests.ui.dialog_helpers import discard_answers_fixture  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")  # typed dialogs close at teardown


def test_late_return_needs_supervisor_pin(qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    r = record_sale(
        sqlite_shop.db, sqlite_shop.clerk, three_line_sale(None), now=utcnow() - dt.timedelta(days=20)
    )
    dialog = ReturnDialog.open_for(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.receipt, r.receipt_no)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 3
    dialog.set_quantity(0, 1)
    dialog.kind.setCurrentIndex(1)
    qtbot.keyClicks(dialog.reason, "broken zip")
    dialog.record()
    assert dialog.message.text() and dialog.result_ is None
    assert dialog.approver.isVisible() and dialog.pin.isVisible()  # asked for only now
    dialog.approver.setCurrentIndex(dialog.approver.findData(sqlite_shop.supervisor.staff_id))
    qtbot.keyClicks(dialog.pin, TEST_PINS[Role.SUPERVISOR])
    with qtbot.waitSignal(ctx.data_changed):
        dialog.record()
    assert dialog.pin.text() == ""
    with sqlite_shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert ret.approved_by_id == sqlite_shop.supervisor.staff_id and ret.refund_total_fen == 9900


def test_service_and_suggestion(qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    mid = add_member(sqlite_shop.db, sqlite_shop.store_id)
    r = record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(mid))
    dialog = ServiceDialog.open_for(ctx, mid)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.receipt, r.receipt_no)
    qtbot.keyClick(dialog.receipt, Qt.Key.Key_Return)
    dialog.line.setCurrentIndex(1)
    qtbot.keyClicks(dialog.description, "shorten 2cm")
    dialog.record()
    assert dialog.due.count() == 1
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(ServiceRecord)).one().member_id == mid
    ret = ReturnDialog.open_for(ctx, mid)
    qtbot.addWidget(ret)
    ret.history.setCurrentIndex(1)
    ret.history.activated.emit(1)
    assert ret.receipt.text() == r.receipt_no and ret.table.rowCount() == 3
    sug = SuggestionDialog.open_for(ctx, mid)
    qtbot.addWidget(sug)
    sug.record()
    assert sug.error.text()
    qtbot.keyClicks(sug.text, "more hangers")
    sug.record()
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(Suggestion)).one().text == "more hangers"


def test_sales_rules_section_saves(qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop) -> None:
    from memberdesk.domain.vocab import Tier
    from memberdesk.services.sales.rules import get_rules
    from memberdesk.ui.sales.settings import SalesRulesSection

    ctx.set_actor(sqlite_shop.manager)
    section = SalesRulesSection(ctx)
    qtbot.addWidget(section)
    assert section.yuan_per_point.text() == "1.00"
    section.return_days.setValue(15)
    section.limit.setText("1,000")
    section.birthday[Tier.GOLD].setValue(800)
    section.apply()
    assert section.error.text() == ""
    rules = get_rules(sqlite_shop.db, sqlite_shop.store_id)
    assert (rules.return_window_days, rules.refund_limit_fen) == (15, 100000)
    assert rules.birthday_points[Tier.GOLD] == 800
    assert rules.birthday_points[Tier.VIP] == get_rules(sqlite_shop.db, 0).birthday_points[Tier.VIP]
    section.yuan_per_point.setText("abc")
    section.apply()
    assert section.error.text()
