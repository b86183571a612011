"""The dialog contract over every member-money dialog: Esc closes an untouched one, asks first
when something was typed, the close button closes, Enter runs the primary button."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.money import wallet
from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.widgets import actions
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import demo_actor
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")
NAMES = [a.name for a in actions.MONEY_ACTIONS]
FORMS = ("topup", "withdraw", "member_pin", "adjust_points")


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    actor = demo_actor(demo_db, "C01")
    ctx = AppContext(demo_db, actor.store_id, "演示门店")
    ctx.set_actor(actor)
    return ctx


@pytest.fixture
def member(demo_db: Database, ctx: AppContext) -> int:
    """A member with a balance and a PIN, so every dialog has something to show."""
    with demo_db.read() as s:
        found = int(s.scalars(select(Member.id).order_by(Member.id).limit(1)).one())
    wallet.topup(demo_db, ctx.actor, found, "1000", PaymentMethod.CASH)
    return found


@pytest.fixture
def opened() -> Iterator[list[MoneyDialog]]:
    dialogs: list[MoneyDialog] = []
    yield dialogs
    for dialog in dialogs:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.discard()


def _open(name: str, ctx: AppContext, member: int, opened: list[MoneyDialog], qtbot: QtBot) -> MoneyDialog:
    dialog = actions.trigger(name, ctx, member)
    assert isinstance(dialog, MoneyDialog)
    opened.append(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _target(dialog: QWidget) -> QWidget:
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.window() is dialog else dialog


def _gone(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


@pytest.mark.parametrize("name", NAMES)
def test_esc_closes_an_untouched_money_dialog(
    name: str, ctx: AppContext, member: int, opened: list[MoneyDialog], qtbot: QtBot
) -> None:
    dialog = _open(name, ctx, member, opened, qtbot)
    assert not dialog.has_typed_data()
    qtbot.keyClick(_target(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(dialog))


@pytest.mark.parametrize("name", FORMS)
def test_esc_on_typed_money_asks_first_and_no_keeps_it(
    name: str,
    ctx: AppContext,
    member: int,
    opened: list[MoneyDialog],
    qtbot: QtBot,
    discard_answers: DiscardAnswers,
) -> None:
    dialog = _open(name, ctx, member, opened, qtbot)
    field = _target(dialog)
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, "12")
    discard_answers.answer = False
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible()
    dialog.close()  # the window's close button asks as well
    assert len(discard_answers.asked) == 2 and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(dialog))


@pytest.mark.parametrize("name", NAMES)
def test_the_close_button_closes_an_untouched_money_dialog(
    name: str, ctx: AppContext, member: int, opened: list[MoneyDialog], qtbot: QtBot
) -> None:
    dialog = _open(name, ctx, member, opened, qtbot)
    dialog.close()
    qtbot.waitUntil(lambda: _gone(dialog))


@pytest.mark.parametrize("name", NAMES)
def test_enter_runs_the_primary_button(
    name: str, ctx: AppContext, member: int, opened: list[MoneyDialog], qtbot: QtBot
) -> None:
    dialog = _open(name, ctx, member, opened, qtbot)
    assert dialog.primary_button() is dialog.primary
    qtbot.keyClick(_target(dialog), Qt.Key.Key_Return)
    if name in FORMS:  # an empty form: the action ran and said what is missing
        qtbot.waitUntil(lambda: dialog.error.isVisible() and bool(dialog.error.text()))
        assert dialog.isVisible()
    else:  # a list: its one button closes it
        qtbot.waitUntil(lambda: _gone(dialog))
