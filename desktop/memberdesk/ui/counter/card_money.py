"""The money rows of the member card: stored value, points, coupons, their buttons, and the
birthday points offered in the birthday week.

Words are translated in the card's own context ("MemberCardView"), so the card reads one
catalogue context whichever module builds its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets import actions, member_labels
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.wrapping_row import WrappingRow

if TYPE_CHECKING:
    from memberdesk.documents.member_card import MemberCard

# The money actions shown beside the card's money rows (ui/widgets/actions.py MONEY_ACTIONS).
MONEY_ROWS: dict[str, tuple[str, ...]] = {
    "wallet": ("topup", "withdraw", "wallet_history", "member_pin"),
    "points": ("adjust_points", "points_history"),
    "coupons": ("member_coupons",),
}
_OFFER_STYLE = "QPushButton { background: #d9534f; color: white; border-radius: 4px; padding: 2px 8px; }"


def money_row(
    value: QLabel, names: tuple[str, ...], trigger: Callable[[str], object]
) -> tuple[QWidget, dict[str, QPushButton]]:
    """The value of a money row, then a small button for each of its actions (with its key)."""
    row = QWidget()
    line = WrappingRow(row)
    value.setWordWrap(False)  # the buttons go under the amount, not half of it
    line.addWidget(value)
    buttons: dict[str, QPushButton] = {}
    for name in names:
        if not actions.available(name):
            continue
        action = actions.BY_NAME[name]
        button = QPushButton(action.label())
        button.setObjectName(f"money_{name}")
        button.setToolTip(action.shortcut)
        button.setShortcut(QKeySequence(action.shortcut))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard
        button.clicked.connect(lambda _=False, n=name: trigger(n))
        line.addWidget(button)
        buttons[name] = button
    return row, buttons


def fill_money(fields: dict[str, QLabel], buttons: dict[str, QPushButton], c: MemberCard) -> None:
    """余额 ¥1,100.00（含赠送 ¥100.00）, the points with what they pay at the till, coupons."""
    money = c.money
    if not money.has_wallet:
        fields["wallet"].setText(QCoreApplication.translate("MemberCardView", "No stored value"))
    else:
        text = member_labels.money(money.balance_fen)
        if money.bonus_fen:
            bonus = QCoreApplication.translate("MemberCardView", " (incl. bonus %1)")
            text += bonus.replace("%1", member_labels.money(money.bonus_fen))
        fields["wallet"].setText(text)
    worth = QCoreApplication.translate("MemberCardView", " (worth %1)")
    points = f"{c.points:,}" + worth.replace("%1", member_labels.money(money.points_value_fen))
    if money.points_owed:
        points += " · " + QCoreApplication.translate(
            "MemberCardView", "owes %n point(s)", "", money.points_owed
        )
    fields["points"].setText(points)
    fields["coupons"].setText(
        QCoreApplication.translate("MemberCardView", "%n valid coupon(s)", "", money.coupons_valid)
        if money.coupons_valid
        else "—"
    )
    for name, button in buttons.items():
        if name == "withdraw":
            button.setEnabled(money.principal_fen > 0)
        elif name in ("wallet_history", "member_pin"):
            button.setEnabled(money.has_wallet)


def expiry_flag(c: MemberCard) -> str:
    """ "129 积分将于 2026-12-31 过期" when points go within the month; empty otherwise."""
    soon = c.money.expiring
    if soon is None:
        return ""
    text = QCoreApplication.translate("MemberCardView", "%n point(s) expire on %1", "", soon.points)
    return text.replace("%1", member_labels.date(soon.on))


def birthday_offer(ctx: AppContext, member_id: int, give: Callable[[int], None]) -> QPushButton | None:
    """送生日积分 N 分: offered in the birthday week until this year's gift is given."""
    if not allowed(ctx.actor, Permission.RECORD_CARE):
        return None
    from memberdesk.services.rewards import birthday

    try:
        found = birthday.offer(ctx.db, ctx.actor, member_id)
    except ServiceError:
        return None
    if found is None:
        return None
    text = QCoreApplication.translate("MemberCardView", "Give %n birthday point(s)", "", found.points)
    button = QPushButton(text)
    button.setObjectName("birthday_points")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setStyleSheet(_OFFER_STYLE)
    button.clicked.connect(lambda _=False: give(member_id))
    return button


def give_birthday_points(ctx: AppContext, member_id: int) -> None:
    from memberdesk.services.rewards import birthday

    try:
        given = birthday.grant(ctx.db, ctx.actor, member_id)
    except ServiceError as err:
        ctx.error(err)
        return
    ctx.info(QCoreApplication.translate("MemberCardView", "%n birthday point(s) given.", "", given))
    ctx.data_changed.emit("money")
