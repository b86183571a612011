"""The money dialogs opened from the card by key, typed into as a clerk does, at the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import CouponKind, PaymentMethod, PointsSource
from memberdesk.reports.wallet_slip import topup_rows
from memberdesk.services.money import coupons, presence, wallet
from memberdesk.services.sales import points as points_service
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Member, MemberStats, PointsEntry, Wallet
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.money.history_dialogs import CouponsDialog, PointsHistoryDialog, WalletHistoryDialog
from memberdesk.ui.money.pin_dialog import MemberPinDialog
from memberdesk.ui.money.points_adjust import PointsAdjustDialog
from memberdesk.ui.money.topup_dialog import TopupDialog
from memberdesk.ui.money.withdraw_dialog import WithdrawDialog
from tests.conftest import demo_actor
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture  # noqa: F401
from tests.ui.money.steps import back_at_counter, open_by_key, open_by_phone

pytestmark = pytest.mark.usefixtures("discard_answers")


@pytest.fixture
def counter(demo_db: Database, qtbot: QtBot) -> MainWindow:
    win = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, win, "C01", "1111")
    return win


@pytest.fixture
def member(demo_db: Database) -> int:
    """A demo member with points and no stored value yet."""
    with demo_db.read() as s:
        found = s.scalar(
            select(Member.id)
            .join(MemberStats, MemberStats.member_id == Member.id)
            .where(MemberStats.points_balance > 500)
            .order_by(Member.id)
            .limit(1)
        )
    assert found is not None
    return int(found)


def _held(db: Database, member: int) -> tuple[int, int]:
    with db.read() as s:
        row = s.execute(
            select(Wallet.principal_fen, Wallet.bonus_fen).where(Wallet.member_id == member)
        ).first()
    return (0, 0) if row is None else (int(row[0]), int(row[1]))


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


# --- 充值 -------------------------------------------------------------------------------------


def test_a_top_up_by_keys_previews_the_bonus_and_puts_both_on_the_card(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F5, TopupDialog)
    assert isinstance(dialog, TopupDialog) and focused() is dialog.amount
    type_text(qtbot, "1000")
    assert "¥100.00" in dialog.bonus.text() and "¥1,100.00" in dialog.bonus.text()
    press(qtbot, Qt.Key.Key_Return)
    slip = dialog.slip
    assert slip is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is slip)  # the member's slip, to print
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is slip
    )
    rows = [(r.text, r.amount) for r in topup_rows(dialog.slip_data(), "en")]
    assert ("Paid in", "¥1,000.00") in rows and ("Store's bonus", "¥100.00") in rows
    assert ("Added to the balance", "¥1,100.00") in rows and ("Balance", "¥1,100.00") in rows
    press(qtbot, Qt.Key.Key_Escape)
    back_at_counter(qtbot, counter)
    assert _held(demo_db, member) == (1_000_00, 100_00)
    qtbot.waitUntil(lambda: "¥1,100.00" in counter.counter.card.fields["wallet"].text())
    assert "¥100.00" in counter.counter.card.fields["wallet"].text()


def test_a_refused_top_up_keeps_what_was_typed_and_says_why(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F5, TopupDialog)
    assert isinstance(dialog, TopupDialog)
    type_text(qtbot, "0.001")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert dialog.amount.text() == "0.001" and _held(demo_db, member) == (0, 0)


def test_esc_on_a_typed_top_up_asks_first(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int, discard_answers: DiscardAnswers
) -> None:
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F5, TopupDialog)
    type_text(qtbot, "500")
    discard_answers.answer = False
    press(qtbot, Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible()
    discard_answers.answer = True
    press(qtbot, Qt.Key.Key_Escape)
    back_at_counter(qtbot, counter)
    assert _held(demo_db, member) == (0, 0)


# --- 提现 -------------------------------------------------------------------------------------


def test_a_withdrawal_states_the_forfeited_bonus_and_needs_the_managers_pin(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    wallet.topup(demo_db, demo_actor(demo_db, "C01"), member, "1000", PaymentMethod.CASH)
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F6, WithdrawDialog)
    assert isinstance(dialog, WithdrawDialog)
    type_text(qtbot, "500")
    assert "¥50.00" in dialog.forfeit.text() and "¥550.00" in dialog.forfeit.text()
    _tab(qtbot, 2)  # past the way it is paid
    assert focused() is dialog.reason
    type_text(qtbot, "moving away")
    _tab(qtbot, 2)  # past the manager's name
    assert focused() is dialog.approval.pin
    type_text(qtbot, "0000")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()  # a wrong PIN: nothing paid out
    assert dialog.amount.text() == "500" and dialog.reason.text() == "moving away"
    assert _held(demo_db, member) == (1_000_00, 100_00)
    dialog.approval.pin.setFocus()
    type_text(qtbot, "8888")
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)
    assert _held(demo_db, member) == (500_00, 50_00)
    with demo_db.read() as s:
        done = s.scalars(select(AuditEntry).where(AuditEntry.action == "wallet.withdraw")).one()
    assert done.staff_id == demo_actor(demo_db, "M01").staff_id  # the manager who approved


# --- 积分调整 -----------------------------------------------------------------------------------


def test_a_clerk_adjusts_points_with_a_reason_and_a_supervisors_pin(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    before = points_service.balance(demo_db, member)
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F9, PointsAdjustDialog)
    assert isinstance(dialog, PointsAdjustDialog) and dialog.approval is not None
    type_text(qtbot, "+200")
    press(qtbot, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible() and dialog.error.text() and dialog.delta.text() == "+200"
    dialog.reason.setFocus()
    type_text(qtbot, "补录上周漏记的积分")
    dialog.approval.pin.setFocus()
    type_text(qtbot, "6666")
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)
    assert points_service.balance(demo_db, member) == before + 200
    with demo_db.read() as s:
        entry = s.scalars(
            select(PointsEntry)
            .where(PointsEntry.member_id == member)
            .order_by(PointsEntry.id.desc())
            .limit(1)
        ).one()
    assert (entry.source, entry.delta, entry.reason) == (PointsSource.ADJUSTMENT, 200, "补录上周漏记的积分")
    assert entry.staff_id == demo_actor(demo_db, "S01").staff_id
    qtbot.waitUntil(lambda: f"{before + 200:,}" in counter.counter.card.fields["points"].text())


# --- 明细 ---------------------------------------------------------------------------------------


def test_the_points_history_lists_every_entry_newest_first_with_the_running_balance(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    with demo_db.read() as s:
        entries = s.scalar(
            select(func.count()).select_from(PointsEntry).where(PointsEntry.member_id == member)
        )
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F10, PointsHistoryDialog)
    assert isinstance(dialog, PointsHistoryDialog)
    model = dialog.model
    assert model.rowCount() == entries
    card = counter.counter.card.card
    assert card is not None and model.rows[0][3].startswith(f"{card.points:,}")
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)


def test_the_stored_value_history_shows_principal_bonus_and_balance(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    clerk = demo_actor(demo_db, "C01")
    wallet.topup(demo_db, clerk, member, "1000", PaymentMethod.CASH)
    wallet.topup(demo_db, clerk, member, "200", PaymentMethod.WECHAT)
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F7, WalletHistoryDialog)
    assert isinstance(dialog, WalletHistoryDialog)
    rows = dialog.model.rows
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("+¥200.00", "¥0.00", "¥1,300.00"),
        ("+¥1,000.00", "+¥100.00", "¥1,100.00"),
    ]
    press(qtbot, Qt.Key.Key_Escape)
    back_at_counter(qtbot, counter)


def test_the_members_coupons_are_listed_with_their_codes(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    manager = demo_actor(demo_db, "M01")
    form = coupons.TemplateForm(name="满100减10", kind=CouponKind.AMOUNT_OFF, amount="10", valid_days=30)
    codes = coupons.issue(demo_db, manager, coupons.create_template(demo_db, manager, form), [member])
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F11, CouponsDialog)
    assert isinstance(dialog, CouponsDialog)
    assert [(r[0], r[1]) for r in dialog.model.rows] == [("满100减10", codes[0])]
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)


# --- the member's PIN ---------------------------------------------------------------------------


def test_the_member_sets_a_pin_typed_twice(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    wallet.topup(demo_db, demo_actor(demo_db, "C01"), member, "500", PaymentMethod.CASH)
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F8, MemberPinDialog)
    assert isinstance(dialog, MemberPinDialog) and focused() is dialog.new
    type_text(qtbot, "246810")
    _tab(qtbot)
    type_text(qtbot, "246811")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()  # not the same twice: nothing kept
    assert not wallet.balance(demo_db, member).has_pin
    dialog.new.setFocus()
    type_text(qtbot, "246810")
    _tab(qtbot)
    type_text(qtbot, "246810")
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)
    presence.confirm(demo_db, demo_actor(demo_db, "C01").store_id, member, pin="246810")


def test_a_forgotten_pin_is_reset_with_a_supervisors_pin_at_a_clerks_counter(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, member: int
) -> None:
    clerk = demo_actor(demo_db, "C01")
    wallet.topup(demo_db, clerk, member, "500", PaymentMethod.CASH)
    presence.set_pin(demo_db, clerk, member, "135790")
    open_by_phone(qtbot, counter, demo_db, member)
    dialog = open_by_key(qtbot, Qt.Key.Key_F8, MemberPinDialog)
    assert isinstance(dialog, MemberPinDialog) and focused() is dialog.old  # a PIN is on file
    assert dialog.approval is not None  # a clerk may not reset one alone
    _tab(qtbot)  # the old PIN is forgotten: left empty
    type_text(qtbot, "246810")
    _tab(qtbot)
    type_text(qtbot, "246810")
    dialog.approval.pin.setFocus()
    type_text(qtbot, "6666")  # S01, the first supervisor offered
    press(qtbot, Qt.Key.Key_Return)
    back_at_counter(qtbot, counter)
    presence.confirm(demo_db, clerk.store_id, member, pin="246810")
    with demo_db.read() as s:
        reset = s.scalars(select(AuditEntry).where(AuditEntry.action == "wallet.pin_reset")).one()
    assert reset.staff_id == demo_actor(demo_db, "S01").staff_id
