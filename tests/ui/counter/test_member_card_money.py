"""Member money on the card as the clerk reads it at 1024×768, in Chinese and in English:
stored value with its bonus, points with what they pay, points owed, coupons, expiry soon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule, add_months
from memberdesk.domain.vocab import CouponKind, PaymentMethod, PointsSource
from memberdesk.services.money import coupons, wallet
from memberdesk.services.rewards import expiry
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats
from memberdesk.ui.app.main_window import MainWindow
from tests.conftest import demo_actor
from tests.ui.counter_steps import demo_window, sign_in
from tests.ui.money.steps import open_by_phone


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from memberdesk.ui.widgets import i18n

    before = qapp.font()
    i18n.apply_font(qapp, i18n.register_fonts())
    i18n.install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        i18n.install_translators(qapp, "en")
        qapp.setFont(before)


@pytest.fixture
def counter(demo_db: Database, qtbot: QtBot, language: str) -> MainWindow:
    win = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, win, "C01", "1111")
    return win


def _member_with_points(db: Database, *, owed: bool = False) -> int:
    with db.read() as s:
        stmt = select(Member.id).join(MemberStats, MemberStats.member_id == Member.id)
        stmt = (
            stmt.where(MemberStats.points_owed > 0) if owed else stmt.where(MemberStats.points_balance > 500)
        )
        found = s.scalar(stmt.order_by(Member.id).limit(1))
    assert found is not None
    return int(found)


def _points_owed(db: Database, member_id: int) -> None:
    """A take-back of more points than the member holds, through the ledger's own steps."""
    at = dt.datetime.now(dt.UTC)
    with db.write() as s:
        position = lock_points(s, member_id)
        moved = move_points(s, member_id, position, [(-(position.balance + 120), PointsSource.RETURN)], at=at)
        bump_stats(s, member_id, at=at, points=moved.points, owed=moved.owed)


def _text(win: MainWindow, key: str) -> str:
    label: QLabel = win.counter.card.fields[key]
    assert label.isVisible()
    return label.text()


def test_a_member_without_stored_value_is_told_apart_from_a_balance_of_nothing(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member = _member_with_points(demo_db)
    open_by_phone(qtbot, counter, demo_db, member)
    assert _text(counter, "wallet") == ("未储值" if language == "zh_CN" else "No stored value")
    assert not counter.counter.card.money_buttons["withdraw"].isEnabled()
    assert counter.counter.card.money_buttons["topup"].isEnabled()


def test_the_balance_shows_the_bonus_inside_it_and_the_points_what_they_pay(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member = _member_with_points(demo_db)
    wallet.topup(demo_db, demo_actor(demo_db, "C01"), member, "1000", PaymentMethod.CASH)  # +¥100 bonus
    open_by_phone(qtbot, counter, demo_db, member)
    card = counter.counter.card.card
    assert card is not None
    expected = "¥1,100.00（含赠送 ¥100.00）" if language == "zh_CN" else "¥1,100.00 (incl. bonus ¥100.00)"
    assert _text(counter, "wallet") == expected
    worth = f"¥{card.points / 100:,.2f}"  # the store's rule: one fen a point
    assert f"{card.points:,}" in _text(counter, "points") and worth in _text(counter, "points")
    assert counter.counter.card.money_buttons["withdraw"].isEnabled()


def test_points_owed_are_said_on_the_card(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member = _member_with_points(demo_db)
    _points_owed(demo_db, member)
    open_by_phone(qtbot, counter, demo_db, member)
    text = _text(counter, "points")
    assert text.startswith("0")
    assert ("欠 120 分" if language == "zh_CN" else "owes 120 points") in text


def test_coupons_usable_today_are_counted(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member = _member_with_points(demo_db)
    manager = demo_actor(demo_db, "M01")
    form = coupons.TemplateForm(name="满100减10", kind=CouponKind.AMOUNT_OFF, amount="10", valid_days=30)
    coupons.issue(demo_db, manager, coupons.create_template(demo_db, manager, form), [member])
    open_by_phone(qtbot, counter, demo_db, member)
    assert _text(counter, "coupons") == ("1 张可用优惠券" if language == "zh_CN" else "1 valid coupon")


def test_points_about_to_expire_raise_a_flag(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member = _member_with_points(demo_db)
    expiry.save_policy(demo_db, demo_actor(demo_db, "M01"), ExpiryPolicy(ExpiryRule.ROLLING_MONTHS, 12))
    # every point of this member older than a year goes; earn 77 a year ago less ten days
    earned = dt.datetime.combine(
        add_months(dt.date.today(), -12) + dt.timedelta(days=10), dt.time(12), tzinfo=dt.UTC
    )
    with demo_db.write() as s:
        s.execute(
            MemberStats.__table__.update().where(MemberStats.member_id == member).values(points_balance=0)
        )
        from memberdesk.store.models import PointsEntry

        s.execute(PointsEntry.__table__.delete().where(PointsEntry.member_id == member))
    with demo_db.write() as s:
        moved = move_points(s, member, lock_points(s, member), [(77, PointsSource.ADJUSTMENT)], at=earned)
        bump_stats(s, member, at=earned, points=moved.points, owed=moved.owed)
    open_by_phone(qtbot, counter, demo_db, member)
    card = counter.counter.card.card
    assert card is not None and card.money.expiring is not None and card.money.expiring.points == 77
    flags = [w.text() for w in counter.counter.card.findChildren(QLabel) if w.isVisible()]
    word = "77 积分将于" if language == "zh_CN" else "77 points expire on"
    assert any(word in text for text in flags)


def test_in_the_birthday_week_the_card_offers_the_birthday_points_once(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    from sqlalchemy import update

    from memberdesk.services.sales.rules import get_rules
    from memberdesk.store.models import PointsEntry

    today = dt.date.today()
    born = today.replace(year=1990) if (today.month, today.day) != (2, 29) else dt.date(1990, 3, 1)
    member = _member_with_points(demo_db)
    with demo_db.write() as s:
        s.execute(
            update(Member)
            .where(Member.id == member)
            .values(
                birthday=born, birthday_lunar=False, birth_mmdd=born.month * 100 + born.day, lunar_mmdd=None
            )
        )
        s.execute(
            PointsEntry.__table__.delete().where(
                PointsEntry.member_id == member, PointsEntry.source == PointsSource.BIRTHDAY_GIFT
            )
        )
    with demo_db.read() as s:
        tier = s.scalars(select(Member.tier).where(Member.id == member)).one()
    gift = get_rules(demo_db, demo_actor(demo_db, "C01").store_id).birthday_points[tier]
    open_by_phone(qtbot, counter, demo_db, member)
    card = counter.counter.card
    button = card.birthday_button
    assert button is not None and button.isVisible()
    assert button.text() == (
        f"送生日积分 {gift} 分" if language == "zh_CN" else f"Give {gift} birthday points"
    )
    before = card.card.points if card.card else 0
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.card is not None and card.card.points == before + gift)
    assert card.birthday_button is None  # this year's is given: no second offer
    with demo_db.read() as s:
        given = s.scalars(
            select(PointsEntry.delta).where(
                PointsEntry.member_id == member, PointsEntry.source == PointsSource.BIRTHDAY_GIFT
            )
        ).all()
    assert list(given) == [gift]


def test_new_rules_saved_in_settings_show_on_the_open_card(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    import dataclasses

    from memberdesk.services.sales import rules as sales_rules

    member = _member_with_points(demo_db)
    open_by_phone(qtbot, counter, demo_db, member)
    card = counter.counter.card.card
    assert card is not None
    manager = demo_actor(demo_db, "M01")
    rules = sales_rules.get_rules(demo_db, manager.store_id)
    sales_rules.save_rules(demo_db, manager, dataclasses.replace(rules, redeem_fen_per_point=10))
    counter.ctx.data_changed.emit("settings")  # what the Settings page says after saving
    worth = f"¥{card.points * 10 / 100:,.2f}"
    qtbot.waitUntil(lambda: worth in counter.counter.card.fields["points"].text())
