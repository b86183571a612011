"""The dialog contract (tests/ui/test_dialog_contract.py) for the exchange window, the return
without a receipt and the coupon slip, on the demo store: Esc closes an untouched one, asks
on typed data, the close button closes, Enter runs the primary button, and the smallest of
each fits 1024×768 in English, Chinese and the lengthened pseudo-locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import ReturnType
from memberdesk.services.sales.returns import ReturnLineForm, find_sale
from memberdesk.store.database import Database
from memberdesk.store.models import Sale
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from tests.conftest import demo_actor
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture  # noqa: F401
from tests.ui.test_dialog_contract import SCREEN, Case, key_target, open_case, type_something

pytestmark = pytest.mark.usefixtures("discard_answers")


@pytest.fixture
def demo_ctx(demo_db: Database) -> AppContext:
    actor = demo_actor(demo_db, "C01")
    ctx = AppContext(demo_db, actor.store_id, "演示门店")
    ctx.set_actor(actor)
    return ctx


@pytest.fixture
def member(demo_db: Database) -> int:
    """The demo member with the most sales."""
    with demo_db.read() as s:
        return int(
            s.scalars(
                select(Sale.member_id)
                .where(Sale.member_id.is_not(None))
                .group_by(Sale.member_id)
                .order_by(func.count().desc(), Sale.member_id)
                .limit(1)
            ).one()
        )


@pytest.fixture
def opened() -> Iterator[list[GuardedDialog]]:
    dialogs: list[GuardedDialog] = []
    yield dialogs
    for dialog in dialogs:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.discard()


@pytest.fixture(params=["en", "zh_CN", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from memberdesk.ui.widgets import i18n
    from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale

    lang = str(request.param)
    i18n.install_translators(qapp, "zh_CN" if lang == "zh_CN" else "en")
    pseudo = install_pseudo_locale(qapp) if lang == "pseudo" else None
    try:
        yield lang
    finally:
        if pseudo is not None:
            remove_pseudo_locale(qapp, pseudo)
        i18n.install_translators(qapp, "en")


def _exchange(ctx: AppContext, member: int) -> GuardedDialog:
    from memberdesk.ui.sales.exchange_dialog import open_exchange

    with ctx.db.read() as s:
        receipt = s.scalars(
            select(Sale.receipt_no).where(Sale.member_id == member).order_by(Sale.id.desc())
        ).first()
    assert receipt is not None
    _sale_id, lines = find_sale(ctx.db, ctx.actor, receipt)
    line = next(ln for ln in lines if ln.sold > ln.returned)
    back = [ReturnLineForm(line.sale_line_id, 1)]
    return open_exchange(ctx, receipt, back, ReturnType.SIZE_FIT, "尺码不合适", None)


def _no_receipt(ctx: AppContext, member: int) -> GuardedDialog:
    from memberdesk.ui.sales.no_receipt_dialog import open_no_receipt

    return open_no_receipt(ctx, member, [("(choose)", ""), ("Quality", ReturnType.QUALITY.value)], None)


def _coupon_slip(ctx: AppContext, member: int) -> GuardedDialog:
    from memberdesk.ui.sales.coupon_slip_dialog import CouponSlipDialog

    return CouponSlipDialog.open_for(ctx, member)


CASES = (Case("exchange", _exchange), Case("no_receipt", _no_receipt), Case("coupon_slip", _coupon_slip))
IDS = [c.name for c in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_esc_closes_an_untouched_dialog(
    case: Case, demo_ctx: AppContext, member: int, opened: list[GuardedDialog], qtbot: QtBot
) -> None:
    dialog = open_case(case, demo_ctx, member, opened, qtbot)
    assert not dialog.has_typed_data()
    qtbot.keyClick(key_target(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_esc_on_typed_data_asks_and_no_keeps_it(
    case: Case,
    demo_ctx: AppContext,
    member: int,
    opened: list[GuardedDialog],
    qtbot: QtBot,
    discard_answers: DiscardAnswers,
) -> None:
    dialog = open_case(case, demo_ctx, member, opened, qtbot)
    type_something(dialog, qtbot)
    assert dialog.has_typed_data()
    discard_answers.answer = False
    qtbot.keyClick(key_target(dialog), Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible()
    dialog.close()  # the window's close button asks as well
    assert len(discard_answers.asked) == 2 and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(key_target(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_close_button_closes(
    case: Case, demo_ctx: AppContext, member: int, opened: list[GuardedDialog], qtbot: QtBot
) -> None:
    dialog = open_case(case, demo_ctx, member, opened, qtbot)
    assert dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_enter_runs_the_primary_button(
    case: Case, demo_ctx: AppContext, member: int, opened: list[GuardedDialog], qtbot: QtBot
) -> None:
    dialog = open_case(case, demo_ctx, member, opened, qtbot)
    primary = dialog.primary_button()
    assert primary is not None and primary.isDefault() and primary.isVisible()
    assert [b for b in dialog.findChildren(QPushButton) if b.isDefault()] == [primary]
    with qtbot.waitSignal(primary.clicked, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_smallest_dialog_fits_1024_by_768(
    case: Case, language: str, demo_ctx: AppContext, member: int, opened: list[GuardedDialog], qtbot: QtBot
) -> None:
    dialog = open_case(case, demo_ctx, member, opened, qtbot)
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (language, hint)
