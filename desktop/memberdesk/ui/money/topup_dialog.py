"""充值: the member pays in, the store's bonus is shown before the clerk takes the money."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from memberdesk.documents.wallet_slip import TopupSlip
from memberdesk.domain.money import MoneyError, parse_fen
from memberdesk.domain.wallet import MAX_TOPUP_FEN, bonus_for
from memberdesk.reports.wallet_slip import render_topup_slip
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money import wallet
from memberdesk.services.money.wallet import Movement
from memberdesk.ui.money import labels
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.widgets import actions
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog


class TopupDialog(MoneyDialog):
    """Amount and how it is paid; the bonus of the store's rules is previewed as it is typed.

    After the top-up the slip (number, paid, bonus, balance) is offered as a PDF to print.
    """

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Top up stored value"))
        self.rules = wallet_rules.get(ctx.db, ctx.store_id)
        held = wallet.balance(ctx.db, member_id)
        self.balance = QLabel(self._balance_text(held.principal_fen, held.bonus_fen))
        self.amount = QLineEdit()
        self.amount.setObjectName("topup_amount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 1000"))
        self.amount.textChanged.connect(self._preview)
        self.method = QComboBox()
        self.method.setObjectName("topup_method")
        for method in labels.METHODS:
            self.method.addItem(labels.method(method), method)
        self.bonus = QLabel()
        self.bonus.setObjectName("topup_bonus")
        self.bonus.setWordWrap(False)
        offer = self.tr(", ").join(
            self.tr("pay %1 get %2")
            .replace("%1", labels.money(r.pay_fen))
            .replace("%2", labels.money(r.bonus_fen))
            for r in self.rules.topup_rules
        )
        self.offer = QLabel(offer or self.tr("The store gives no top-up bonus."))
        self.offer.setWordWrap(True)
        self.form.addRow(self.tr("Balance now"), self.balance)
        self.form.addRow(self.tr("Amount paid"), self.amount)
        self.form.addRow(self.tr("Paid by"), self.method)
        self.form.addRow(self.tr("Bonus"), self.bonus)
        self.form.addRow(self.tr("Store's offer"), self.offer)
        self.primary.setText(self.tr("Take top-up"))
        self.done_movement: Movement | None = None
        self.slip: PdfPreviewDialog | None = None
        self._preview()

    def _balance_text(self, principal: int, bonus: int) -> str:
        text = labels.money(principal + bonus)
        return text + (self.tr(" (bonus %1)").replace("%1", labels.money(bonus)) if bonus else "")

    def first_field(self) -> QWidget:
        return self.amount

    def has_typed_data(self) -> bool:
        return bool(self.amount.text().strip())

    def _preview(self) -> None:
        try:
            paid = parse_fen(self.amount.text(), max_fen=MAX_TOPUP_FEN)
        except MoneyError:
            self.bonus.setText("—")
            return
        bonus = bonus_for(paid, self.rules)
        self.bonus.setText(
            self.tr("%1: the balance grows by %2")
            .replace("%1", labels.money(bonus))
            .replace("%2", labels.money(paid + bonus))
        )

    def act(self) -> None:
        self.done_movement = wallet.topup(
            self.ctx.db, self.ctx.actor, self.member_id, self.amount.text(), self.method.currentData()
        )
        moved = self.done_movement
        self.ctx.info(
            self.tr("Top-up %1: paid %2, bonus %3, balance %4.")
            .replace("%1", moved.doc_no)
            .replace("%2", labels.money(moved.money_fen))
            .replace("%3", labels.money(moved.bonus_fen))
            .replace("%4", labels.money(moved.balance.total_fen))
        )

    def slip_data(self) -> TopupSlip:
        moved = self.done_movement
        assert moved is not None
        return TopupSlip(
            store_name=self.ctx.store_name,
            doc_no=moved.doc_no,
            created_at=moved.at,
            staff=self.ctx.actor.name,
            member_name=self.member_name,
            member_card=self.member_card,
            paid_fen=moved.money_fen,
            method=moved.method,
            bonus_fen=moved.bonus_fen,
            principal_after_fen=moved.balance.principal_fen,
            bonus_after_fen=moved.balance.bonus_fen,
        )

    def after_done(self) -> None:
        """The slip for the member, in the window's language, to print or save."""
        pdf = render_topup_slip(self.slip_data(), ui_language())
        self.slip = PdfPreviewDialog(pdf, self.tr("Top-up slip"), None, self.parentWidget())
        self.slip.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actions.watch(self.ctx, self.slip)
        self.slip.show()
