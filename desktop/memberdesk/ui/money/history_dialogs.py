"""积分明细, 余额明细 and the member's coupons: lists to read with the member, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLayout, QTableView, QWidget

from memberdesk.services.money import coupons
from memberdesk.services.rewards.statement import points_statement, wallet_statement
from memberdesk.ui.money import labels
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.money.statement_model import TextRowsModel
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.dates import date_text


def _when(at: dt.datetime) -> str:
    return f"{date_text(at)} {at.astimezone():%H:%M}"


class _ListDialog(MoneyDialog):
    """A read-only list under the member's name; Enter and Esc close it."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.cancel.setVisible(False)
        self.primary.setText(self.tr("Close"))
        self.summary = QLabel()
        self.summary.setObjectName("money_summary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("money_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form.addRow(self.summary)
        self.form.addRow(self.table)
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)  # a list may grow
        self.resize(780, 460)

    def show_rows(self, model: TextRowsModel) -> None:
        self.model = model
        self.table.setModel(model)

    def act(self) -> None:
        """Nothing to save: the primary button closes."""

    def run(self) -> None:
        self.accept()

    def first_field(self) -> QWidget:
        return self.table


class PointsHistoryDialog(_ListDialog):
    """Every points entry: sale, return, adjustment, expiry, birthday, referral … with the
    date, the document it came from, who did it and the balance after."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Points history"))
        lines = points_statement(ctx.db, ctx.actor, member_id)
        model = TextRowsModel(
            [self.tr("When"), self.tr("What"), self.tr("Points"), self.tr("Balance"), self.tr("Document"),
             self.tr("Reason"), self.tr("Done by")],
            frozenset({2, 3}),
        )  # fmt: skip
        rows = []
        for ln in reversed(lines):
            points = labels.signed_points(ln.delta)
            if ln.owed_delta:
                points += self.tr(" (owed %1)").replace("%1", labels.signed_points(ln.owed_delta))
            balance = f"{ln.balance:,}" + (
                self.tr(" (owes %1)").replace("%1", f"{ln.owed:,}") if ln.owed else ""
            )
            rows.append(
                (
                    _when(ln.at),
                    labels.points_source(ln.source),
                    points,
                    balance,
                    ln.document,
                    ln.reason,
                    ln.staff,
                )
            )
        model.set_rows(rows)
        self.show_rows(model)
        now = lines[-1].balance if lines else 0
        self.summary.setText(self.tr("%n entry(ies); balance %1", "", len(lines)).replace("%1", f"{now:,}"))


class WalletHistoryDialog(_ListDialog):
    """Every stored-value movement, principal and bonus apart, with the balance after."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Stored-value history"))
        lines = wallet_statement(ctx.db, ctx.actor, member_id)
        model = TextRowsModel(
            [self.tr("When"), self.tr("What"), self.tr("Principal"), self.tr("Bonus"), self.tr("Balance"),
             self.tr("Money"), self.tr("Document"), self.tr("Reason"), self.tr("Done by")],
            frozenset({2, 3, 4, 5}),
        )  # fmt: skip
        rows = []
        for ln in reversed(lines):
            cash = labels.signed_money(ln.money_fen) if ln.money_fen else ""
            if cash and ln.method is not None:
                cash += f" {labels.method(ln.method)}"
            rows.append(
                (_when(ln.at), labels.wallet_kind(ln.kind), labels.signed_money(ln.principal_fen),
                 labels.signed_money(ln.bonus_fen), labels.money(ln.balance_fen), cash, ln.document,
                 ln.reason, ln.staff)
            )  # fmt: skip
        model.set_rows(rows)
        self.show_rows(model)
        if lines:
            last = lines[-1]
            self.summary.setText(
                self.tr("Balance %1 (principal %2, bonus %3)")
                .replace("%1", labels.money(last.balance_fen))
                .replace("%2", labels.money(last.principal_after))
                .replace("%3", labels.money(last.bonus_after))
            )
        else:
            self.summary.setText(self.tr("The member has never topped up."))


class CouponsDialog(_ListDialog):
    """The member's coupons usable today, the soonest to expire first, with their codes."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Coupons"))
        today = dt.date.today()
        found = coupons.member_coupons(ctx.db, member_id, today=today)
        model = TextRowsModel([self.tr("Coupon"), self.tr("Code"), self.tr("Valid until")])
        model.set_rows([(c.name, c.code, date_text(c.valid_to)) for c in found])
        self.show_rows(model)
        self.summary.setText(self.tr("%n coupon(s) usable today", "", len(found)))
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
