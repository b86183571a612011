"""Member money in Settings: the manager sets the bonus tiers, the spend order, the presence
rule and points expiry (with a preview); anyone else reads them; bad tiers are said clearly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.expiry import ExpiryRule
from memberdesk.domain.vocab import PointsSource
from memberdesk.domain.wallet import Presence, SpendOrder, TopupRule
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.rewards import expiry
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.store.models import PointsEntry
from memberdesk.ui.money.settings import MoneySettingsSection
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop
from tests.services.sales_helpers import add_member


def _section(qtbot: QtBot, shop: Shop, *, manager: bool = True) -> MoneySettingsSection:
    ctx = AppContext(shop.db, shop.store_id, "测试门店")
    ctx.set_actor(shop.manager if manager else shop.clerk)
    section = MoneySettingsSection(ctx)
    qtbot.addWidget(section)
    section.show()
    return section


def _retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text) if text else qtbot.keyClick(edit, Qt.Key.Key_Delete)  # type: ignore[arg-type]


def test_the_manager_sets_the_tiers_spend_order_presence_and_expiry(qtbot: QtBot, sqlite_shop: Shop) -> None:
    section = _section(qtbot, sqlite_shop)
    assert [(p.text(), g.text()) for p, g in section.tiers[:3]] == [
        ("500.00", "30.00"),
        ("1,000.00", "100.00"),
        ("3,000.00", "400.00"),
    ]  # the defaults a new store starts with
    _retype(qtbot, section.tiers[0][0], "200")
    _retype(qtbot, section.tiers[0][1], "10")
    for pay, get in section.tiers[1:3]:
        _retype(qtbot, pay, "")
        _retype(qtbot, get, "")
    section.spend_order.setCurrentIndex(section.spend_order.findData(SpendOrder.BONUS_LAST))
    section.presence.setCurrentIndex(section.presence.findData(Presence.CARD))
    section.expiry_rule.setCurrentIndex(section.expiry_rule.findData(ExpiryRule.ROLLING_MONTHS))
    section.months.setValue(18)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert section.error.text() == ""
    rules = wallet_rules.get(sqlite_shop.db, sqlite_shop.store_id)
    assert rules.topup_rules == (TopupRule(200_00, 10_00),)
    assert (rules.spend_order, rules.presence) == (SpendOrder.BONUS_LAST, Presence.CARD)
    policy = expiry.load_policy(sqlite_shop.db, sqlite_shop.store_id)
    assert (policy.rule, policy.months) == (ExpiryRule.ROLLING_MONTHS, 18)
    assert "principal first" in section.chosen.text()


def test_a_bonus_above_what_is_paid_is_refused_in_plain_words(qtbot: QtBot, sqlite_shop: Shop) -> None:
    section = _section(qtbot, sqlite_shop)
    _retype(qtbot, section.tiers[0][1], "600")  # pay 500, get 600
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert "gives at most what is paid" in section.error.text()
    assert section.tiers[0][1].text() == "600"  # what was typed stays
    assert wallet_rules.get(sqlite_shop.db, sqlite_shop.store_id).topup_rules[0] == TopupRule(500_00, 30_00)
    _retype(qtbot, section.tiers[0][1], "30")
    _retype(qtbot, section.tiers[1][0], "500")  # two tiers paying the same
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert "no two tiers pay the same" in section.error.text()


def test_a_clerk_reads_the_rules_and_is_told_who_changes_them(qtbot: QtBot, sqlite_shop: Shop) -> None:
    section = _section(qtbot, sqlite_shop, manager=False)
    assert not section.box.isEnabled() and not section.save.isVisible()
    assert section.note.text()


def test_the_preview_shows_what_the_policy_shown_would_expire_without_expiring_it(
    qtbot: QtBot, sqlite_shop: Shop
) -> None:
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=800)
    with sqlite_shop.db.write() as s:
        moved = move_points(s, member, lock_points(s, member), [(345, PointsSource.ADJUSTMENT)], at=long_ago)
        bump_stats(s, member, at=long_ago, points=moved.points, owed=moved.owed)
    section = _section(qtbot, sqlite_shop)
    section.expiry_rule.setCurrentIndex(section.expiry_rule.findData(ExpiryRule.ROLLING_MONTHS))
    section.months.setValue(12)
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    assert "345" in section.preview_text.text() and "1 member" in section.preview_text.text()
    assert expiry.load_policy(sqlite_shop.db, sqlite_shop.store_id).rule is ExpiryRule.NEVER  # not saved
    with sqlite_shop.db.read() as s:
        assert not s.query(PointsEntry).filter(PointsEntry.source == PointsSource.EXPIRY).count()
