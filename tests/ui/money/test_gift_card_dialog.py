"""Selling a gift card and checking one, from the counter without a member, by keys."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import PaymentMethod, WalletKind
from memberdesk.reports.gift_card_slip import render_gift_card_slip
from memberdesk.services.money import gift_cards
from memberdesk.store.database import Database
from memberdesk.store.models import Wallet, WalletEntry
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.money.gift_card_dialog import GiftCardDialog
from tests.conftest import demo_actor
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture  # noqa: F401
from tests.ui.money.steps import back_at_counter

pytestmark = pytest.mark.usefixtures("discard_answers")


@pytest.fixture
def counter(demo_db: Database, qtbot: QtBot) -> MainWindow:
    win = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, win, "C01", "1111")
    return win


def _open(qtbot: QtBot) -> GiftCardDialog:
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), GiftCardDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, GiftCardDialog)
    qtbot.waitUntil(lambda: focused() is dialog.amount)
    return dialog


def _cards(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(select(func.count()).select_from(Wallet).where(Wallet.kind == WalletKind.GIFT_CARD)) or 0
        )


def test_a_card_sold_by_keys_shows_its_code_and_balance_and_prints_its_slip(
    counter: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    before = _cards(demo_db)
    dialog = _open(qtbot)
    type_text(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Return)  # refused: said under the form, what was typed stays
    assert "amount" in dialog.error.text() and dialog.amount.text() == "abc"
    assert _cards(demo_db) == before
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "500")
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Paid &by: WeChat, the second
    assert focused() is dialog.method
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.method.currentData() == PaymentMethod.WECHAT
    press(qtbot, Qt.Key.Key_Return)  # Enter sells
    assert dialog.sold is not None and dialog.error.text() == ""
    code = dialog.sold.code
    assert code in dialog.outcome.text() and "¥500.00" in dialog.outcome.text()
    assert _cards(demo_db) == before + 1
    with demo_db.read() as s:
        entry = s.scalars(select(WalletEntry).join(Wallet).where(Wallet.card_code == code)).one()
    assert (entry.money_fen, entry.method) == (500_00, PaymentMethod.WECHAT)
    assert not dialog.has_typed_data()  # sold: Esc closes without asking
    slip = dialog.slip  # the customer's slip opens to print
    assert slip is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is slip)
    qtbot.waitUntil(lambda: focused().window() is slip)
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=render_gift_card_slip(dialog.slip_data(), "en"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert code in text and "¥500.00" in text and "WeChat" in text
    if (shots := Path("/tmp/till-gift-card")).is_dir():
        dialog.grab().save(str(shots / "gift-card-dialog.png"))
        (shots / "gift-card-slip.pdf").write_bytes(render_gift_card_slip(dialog.slip_data(), "zh_CN"))
    press(qtbot, Qt.Key.Key_Escape)  # the slip closes, the dialog stays with the code in view
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    assert code in dialog.outcome.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_at_counter(qtbot, counter)


def test_a_physical_card_scanned_and_a_balance_checked_by_code(
    counter: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    gift_cards.sell(demo_db, demo_actor(demo_db, "C01"), "300", "cash", code="GC88880001")
    dialog = _open(qtbot)
    type_text(qtbot, "200")
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Card &code: scanned
    assert focused() is dialog.code
    type_text(qtbot, "GC88880001")
    press(qtbot, Qt.Key.Key_Return)
    assert "GC88880001" in dialog.error.text()  # already sold: nothing written, typed stays
    assert dialog.amount.text() == "200"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "GC88880002")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.sold is not None and dialog.sold.code == "GC88880002"
    slip = dialog.slip
    assert slip is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is slip)
    qtbot.waitUntil(lambda: focused().window() is slip)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.waitUntil(lambda: focused().window() is dialog)
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # C&heck balance
    dialog.check_code.setFocus()
    type_text(qtbot, "gc88880001")
    press(qtbot, Qt.Key.Key_Return)  # Enter here checks, it sells nothing
    assert "GC88880001" in dialog.outcome.text() and "¥300.00" in dialog.outcome.text()
    assert gift_cards.balance_of(demo_db, "GC88880002").balance_fen == 200_00
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "GC00000404")
    press(qtbot, Qt.Key.Key_Return)
    assert "GC00000404" in dialog.error.text()


def test_esc_with_an_amount_typed_asks_first(
    counter: MainWindow, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    dialog = _open(qtbot)
    type_text(qtbot, "100")
    discard_answers.answer = False
    press(qtbot, Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible() and dialog.amount.text() == "100"
    dialog.close()  # the window's close button asks as well
    assert len(discard_answers.asked) == 2 and dialog.isVisible()
    discard_answers.answer = True
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_at_counter(qtbot, counter)
