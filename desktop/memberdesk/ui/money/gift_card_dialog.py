"""礼品卡: sell a gift card for money taken at the counter, or check what a card holds.

No member is needed: the counter opens it with Ctrl+G (``actions.OTHER_WIDGETS``). Enter sells
the card; Enter in the check box checks a card's balance. A sold card's code and balance stay
in view, and its slip (80 mm, the code as a QR code) opens to print or save, as a top-up's does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.documents.gift_card_slip import GiftCardSlip
from memberdesk.domain.errors import ServiceError
from memberdesk.reports.gift_card_slip import render_gift_card_slip
from memberdesk.services.money import gift_cards
from memberdesk.services.money.gift_cards import CardSale
from memberdesk.ui.money import labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog


class GiftCardDialog(GuardedDialog):
    """Amount, how it is paid and (for a physical card) its code; below, a balance check."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gift card"))
        self.sold: CardSale | None = None
        self.slip: PdfPreviewDialog | None = None
        self.amount = QLineEdit()
        self.amount.setObjectName("giftCardAmount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 500"))
        self.method = QComboBox()
        self.method.setObjectName("giftCardMethod")
        for method in labels.METHODS:
            self.method.addItem(labels.method(method), method)
        self.code = QLineEdit()
        self.code.setObjectName("giftCardSellCode")
        self.code.setPlaceholderText(self.tr("scan a physical card, or leave empty for a new code"))
        sell_box = QGroupBox(self.tr("Sell a card"))
        sell_form = QFormLayout(sell_box)
        for text, field in (
            (self.tr("&Amount paid"), self.amount),
            (self.tr("Paid &by"), self.method),
            (self.tr("Card &code"), self.code),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            sell_form.addRow(label, field)
        self.outcome = QLabel()
        self.outcome.setObjectName("giftCardResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_code = QLineEdit()
        self.check_code.setObjectName("giftCardCheckCode")
        self.check_code.setPlaceholderText(self.tr("scan or type a card's code"))
        self.check_button = QPushButton(self.tr("C&heck balance"))
        self.check_button.clicked.connect(self.check)
        self.on_enter(self.check_code, self.check)
        check_box = QGroupBox(self.tr("Check a card"))
        check_row = QHBoxLayout(check_box)
        check_row.addWidget(self.check_code, 1)
        check_row.addWidget(self.check_button)
        for edit in (self.amount, self.code, self.check_code):  # room for a placeholder and a long code
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("M") * 22)
        self.error = QLabel()
        self.error.setObjectName("giftCardError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.sell_button = QPushButton(self.tr("&Sell card"))
        self.sell_button.clicked.connect(self.sell)
        self.slip_button = QPushButton(self.tr("Slip again"))
        self.slip_button.setEnabled(False)
        self.slip_button.clicked.connect(self.show_slip)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sell_button)
        layout = QVBoxLayout(self)
        layout.addWidget(sell_box)
        layout.addWidget(self.outcome)
        layout.addWidget(check_box)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(460)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> GiftCardDialog:
        """A card belongs to no member: ``member_id`` is ignored."""
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_primary(dialog.sell_button)
        dialog.open()
        dialog.amount.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return any(w.text().strip() for w in (self.amount, self.code))

    def _say(self, text: str) -> None:
        self.error.setText(text)

    def sell(self) -> None:
        try:
            sold = gift_cards.sell(
                self.ctx.db,
                self.ctx.actor,
                self.amount.text(),
                self.method.currentData(),
                code=self.code.text(),
            )
        except ServiceError as err:
            self._say(translate_error(err))
            return
        self.sold = sold
        self._say("")
        self.amount.clear()
        self.code.clear()
        self.outcome.setText(
            self.tr("Sold: card %1 holds %2 (slip %3).")
            .replace("%1", sold.code)
            .replace("%2", labels.money(sold.balance_fen))
            .replace("%3", sold.doc_no)
        )
        self.slip_button.setEnabled(True)
        self.ctx.data_changed.emit("money")
        self.ctx.info(self.outcome.text())
        self.amount.setFocus()
        self.show_slip()

    def check(self) -> None:
        try:
            held = gift_cards.balance_of(self.ctx.db, self.check_code.text())
        except ServiceError as err:
            self._say(translate_error(err))
            return
        self._say("")
        self.outcome.setText(
            self.tr("Card %1 holds %2 (sold %3).")
            .replace("%1", held.code)
            .replace("%2", labels.money(held.balance_fen))
            .replace("%3", f"{held.sold_at.astimezone():%Y-%m-%d}")
        )

    def slip_data(self) -> GiftCardSlip:
        sold = self.sold
        assert sold is not None
        return GiftCardSlip(
            store_name=self.ctx.store_name,
            doc_no=sold.doc_no,
            created_at=sold.at,
            staff=self.ctx.actor.name,
            code=sold.code,
            paid_fen=sold.amount_fen,
            method=sold.method,
            balance_fen=sold.balance_fen,
        )

    def show_slip(self) -> None:
        """The slip for the customer, in the window's language, to print or save."""
        if self.sold is None:
            return
        pdf = render_gift_card_slip(self.slip_data(), ui_language())
        self.slip = PdfPreviewDialog(pdf, self.tr("Gift card slip"), None, self)
        self.slip.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.slip.show()
