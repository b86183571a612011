"""The coupon slip at the counter (Shift+F12): the member's coupon printed on the thermal
printer with its code as a QR code, or as a PDF where the counter has none."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import CouponKind, PaymentMethod
from memberdesk.services.devices import setup
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.money import coupons, gift_cards
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.sales import coupon_slip_dialog
from memberdesk.ui.sales.coupon_slip_dialog import CouponSlipDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")


def shown() -> list[CouponSlipDialog]:
    return [w for w in top_level_widgets() if isinstance(w, CouponSlipDialog) and w.isVisible()]


@pytest.fixture
def coupon(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[tuple[CounterPage, str]]:
    """The member on the card holds a ¥20-off coupon, valid 30 days from its issue today."""
    member = enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    form = coupons.TemplateForm(
        name="店庆券", kind=CouponKind.AMOUNT_OFF, amount="20", min_spend="100", valid_days=30
    )
    template = coupons.create_template(sqlite_shop.db, sqlite_shop.manager, form)
    with sqlite_shop.db.write() as s:
        (code,) = coupons.issue_in(s, None, sqlite_shop.store_id, template, [member], today=dt.date.today())
    window.ctx.set_actor(sqlite_shop.clerk)
    window.signin.signed_in.emit(sqlite_shop.clerk)
    page = window.page_widgets[0]
    assert isinstance(page, CounterPage)
    window.activateWindow()
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClicks(focused(), "13812345678")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card_stack.currentWidget() is page.card)
    qtbot.waitUntil(page.search_box.hasFocus)
    yield page, code
    for dialog in shown():
        dialog.discard()


def press_shift_f12(qtbot: QtBot) -> CouponSlipDialog:
    qtbot.keyClick(focused(), Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_prints_the_member_s_coupon_on_the_thermal_printer(
    coupon: tuple[CounterPage, str], qtbot: QtBot
) -> None:
    page, code = coupon
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = press_shift_f12(qtbot)
        assert focused() is dialog.coupons and dialog.coupons.currentData() == code
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        got = read(printer.wait())
    assert got.qr == [code] and code in got.text and "店庆券" in got.text
    assert "¥20.00".replace("¥", "￥") in got.text and got.kicks == []
    assert code in dialog.message.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown() == [])
    qtbot.waitUntil(page.search_box.hasFocus)


def test_without_a_thermal_printer_the_slip_is_a_pdf(
    coupon: tuple[CounterPage, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, code = coupon
    printed: list[bytes] = []

    def print_receipt(parent: QWidget, pdf: bytes) -> bool:  # the system's print dialog
        printed.append(pdf)
        return True

    monkeypatch.setattr(coupon_slip_dialog, "print_receipt", print_receipt)
    with virtual_printer() as printer:
        setup.save(setup.DeviceSettings())  # "none"
        press_shift_f12(qtbot)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert printer.received == [] and len(printed) == 1
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0])).pages)
    assert code in text and "¥20.00" in text


def test_an_unknown_code_is_explained_and_esc_asks_before_dropping_it(
    coupon: tuple[CounterPage, str], qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    page, _code = coupon
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=False))
        dialog = press_shift_f12(qtbot)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.code
        qtbot.keyClicks(focused(), "NOSUCHCODE")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert dialog.message.text() and dialog.printed is None
    assert printer.received == []
    discard_answers.answer = False
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert discard_answers.asked == [dialog] and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown() == [])
    qtbot.waitUntil(page.search_box.hasFocus)


def test_a_gift_card_s_code_prints_the_card_s_slip_on_the_thermal_printer(
    coupon: tuple[CounterPage, str], qtbot: QtBot, sqlite_shop: Shop
) -> None:
    sold = gift_cards.sell(sqlite_shop.db, sqlite_shop.manager, "300", PaymentMethod.WECHAT)
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = press_shift_f12(qtbot)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), sold.code)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        got = read(printer.wait())
    assert got.qr == [sold.code] and sold.doc_no in got.text and "￥300.00" in got.text
    assert got.kicks == [] and sold.code in dialog.message.text()
