"""The supervisor gives a complaint's compensation as a coupon, by keyboard, and reads it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ComplaintStatus
from memberdesk.store.models import Complaint, Coupon, CouponTemplate
from memberdesk.ui.app.main_window import MainWindow
from tests.conftest import Shop
from tests.ui.page_steps import click, focused, type_text
from tests.ui.service.test_complaints_page import complaints_page, queue_window, status_of  # noqa: F401


def test_the_compensation_is_given_as_a_coupon_with_its_days(
    queue_window: MainWindow,  # noqa: F811
    sqlite_shop: Shop,
    qtbot: QtBot,
) -> None:
    detail = complaints_page(queue_window).detail
    customer = detail.complaint.customer if detail.complaint else ""
    click(qtbot, detail.take_button)
    click(qtbot, detail.resolution)
    type_text(qtbot, "道歉并补偿购物券")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "50")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is detail.as_coupon
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is detail.coupon_days
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "30")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "As a coupon of ¥50.00 valid for 30 days" in detail.confirm_text.text()
    assert status_of(sqlite_shop, customer) is ComplaintStatus.HANDLING
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert status_of(sqlite_shop, customer) is ComplaintStatus.RESOLVED
    with sqlite_shop.db.read() as s:
        number = s.scalars(select(Complaint.complaint_no).where(Complaint.customer_name == customer)).one()
        code, note, fen, days = s.execute(
            select(Coupon.code, Coupon.note, CouponTemplate.amount_fen, CouponTemplate.valid_days).join(
                CouponTemplate, CouponTemplate.id == Coupon.template_id
            )
        ).one()
    assert (note, fen, days) == (f"complaint {number}", 50_00, 30)
    with sqlite_shop.db.read() as s:
        resolved = s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()
    detail.show_complaint(resolved)  # the supervisor looks it up again: the coupon is named
    assert f"Given as coupon {code}, valid until" in detail.summary.text()
