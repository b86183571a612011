"""提现: principal paid back to the member with a manager's PIN; the bonus forfeited said first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.money import MoneyError, parse_fen
from memberdesk.domain.wallet import MAX_BALANCE_FEN, forfeit_on_withdrawal
from memberdesk.services.money import wallet
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.money import labels
from memberdesk.ui.money.approval import ApproverFields
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.widgets.context import AppContext

REFUSED = QT_TRANSLATE_NOOP("Errors", "Only a manager approves a withdrawal.")


class WithdrawDialog(MoneyDialog):
    """How much principal goes back, how, why, and the manager's PIN.

    The bonus that goes with it (in proportion, all of it when all the principal goes) is
    stated as the amount is typed, before anyone confirms.
    """

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Withdraw stored value"))
        self.held = wallet.balance(ctx.db, member_id)
        self.balance = QLabel(
            self.tr("Principal %1, bonus %2")
            .replace("%1", labels.money(self.held.principal_fen))
            .replace("%2", labels.money(self.held.bonus_fen))
        )
        self.amount = QLineEdit()
        self.amount.setObjectName("withdraw_amount")
        self.amount.textChanged.connect(self._preview)
        self.method = QComboBox()
        self.method.setObjectName("withdraw_method")
        for method in labels.METHODS:
            self.method.addItem(labels.method(method), method)
        self.reason = QLineEdit()
        self.reason.setObjectName("withdraw_reason")
        self.reason.setMaxLength(200)
        self.forfeit = QLabel()
        self.forfeit.setObjectName("withdraw_forfeit")
        self.forfeit.setWordWrap(False)  # a wrapped label in a form overlaps the next row
        self.approval = ApproverFields(ctx, Permission.WITHDRAW_STORED_VALUE)
        self.form.addRow(self.tr("Balance"), self.balance)
        self.form.addRow(self.tr("Pay back"), self.amount)
        self.form.addRow(self.tr("Paid by"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Bonus forfeited"), self.forfeit)
        self.form.addRow(self.tr("Manager"), self.approval.who)
        self.form.addRow(self.tr("Manager's PIN"), self.approval.pin)
        self.primary.setText(self.tr("Pay back"))
        self._preview()

    def first_field(self) -> QWidget:
        return self.amount

    def has_typed_data(self) -> bool:
        return any(w.text().strip() for w in (self.amount, self.reason, self.approval.pin))

    def _preview(self) -> None:
        try:
            out = parse_fen(self.amount.text(), max_fen=MAX_BALANCE_FEN)
        except MoneyError:
            self.forfeit.setText("—")
            return
        if out > self.held.principal_fen:
            self.forfeit.setText(
                self.tr("Only the principal can be paid back: %1.").replace(
                    "%1", labels.money(self.held.principal_fen)
                )
            )
            return
        lost = forfeit_on_withdrawal(out, self.held.principal_fen, self.held.bonus_fen)
        left = self.held.total_fen - out - lost
        self.forfeit.setText(
            self.tr("%1 of the bonus goes with it; %2 stays on the balance.")
            .replace("%1", labels.money(lost))
            .replace("%2", labels.money(left))
        )

    def act(self) -> None:
        manager = self.approval.approver(REFUSED)
        moved = wallet.withdraw(
            self.ctx.db,
            manager,
            self.member_id,
            self.amount.text(),
            self.method.currentData(),
            self.reason.text(),
        )
        self.ctx.info(
            self.tr("Withdrawal %1: paid back %2, bonus forfeited %3.")
            .replace("%1", moved.doc_no)
            .replace("%2", labels.money(-moved.money_fen))
            .replace("%3", labels.money(-moved.bonus_fen))
        )
