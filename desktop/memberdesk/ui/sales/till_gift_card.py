"""The till's gift card (礼品卡) row: the card's code, scanned or typed, and what it holds.

The code goes to the sale as typed; ``price_cart`` reads the card (and refuses a payment above
its balance), so what this row shows is the service's own figure.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from memberdesk.domain.gift_cards import looks_like_code as looks_like_gift_card
from memberdesk.domain.money import format_fen
from memberdesk.services.sales.pricing import PricedCart

__all__ = ["GiftCardField", "looks_like_gift_card"]


class GiftCardField(QWidget):
    """The code of the gift card that pays, and its balance once the code is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setObjectName("giftCardCode")
        self.code.setPlaceholderText(self.tr("scan or type the card's code"))
        self.balance = QLabel("—")
        self.balance.setObjectName("giftCardBalance")
        self.balance.setWordWrap(True)
        self.balance.hide()  # a line of its own only once a card is known: the till fits 768 px
        column = QVBoxLayout(self)  # the balance under the code: the whole width, never clipped
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.code)
        column.addWidget(self.balance)
        self.setFocusProxy(self.code)

    def text(self) -> str:
        return self.code.text()

    def show_cart(self, cart: PricedCart) -> None:
        if cart.card is None:
            self.balance.setText("—")
            self.balance.hide()
            return
        self.balance.show()
        text = self.tr("holds %1").replace("%1", format_fen(cart.card.balance_fen))
        if cart.card_paid_fen:
            text += "; " + self.tr("%1 left after this sale").replace(
                "%1", format_fen(cart.card.balance_fen - cart.card_paid_fen)
            )
        self.balance.setText(text)
