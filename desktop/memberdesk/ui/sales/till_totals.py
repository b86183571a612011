"""The till's right-hand side: what the sale comes to and how it is paid.

Figures shown (goods, discounts, points redeemed, the amount due, what is paid and still to
pay, the change) all come from the service's ``PricedCart``; the fields (sale discount,
points to redeem, payment methods and amounts, cash tendered) are handed to it as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.domain.wallet import Presence
from memberdesk.services.sales.pricing import ACCEPTED_METHODS, PaymentForm, PricedCart
from memberdesk.ui.sales.labels import payment_label, points_text
from memberdesk.ui.sales.till_gift_card import GiftCardField

DUE_STYLE = "font-size: 22px; font-weight: bold"
CHANGE_STYLE = "font-size: 16px; font-weight: bold"


class TillTotals(QWidget):
    """Totals, payments and change; ``changed`` whenever the clerk edits a field."""

    changed = Signal()

    def __init__(self, member: bool, parent: QWidget | None = None, *, proof: Presence | None = None) -> None:
        """``proof``: how the member shows they are here when their balance pays (the store's
        rule); None when the balance is not offered (a walk-in, or no stored value taken)."""
        super().__init__(parent)
        self.proof = proof
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)  # fourteen rows and a gift card's balance fit a 768 px screen
        self.gross_label, self.discounts_label, self.redeemed_label = QLabel(), QLabel(), QLabel()
        self.due_label = QLabel()
        self.due_label.setStyleSheet(DUE_STYLE)
        for label in (self.gross_label, self.discounts_label, self.redeemed_label, self.due_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Items"), self.gross_label)
        form.addRow(self.tr("Discounts"), self.discounts_label)
        form.addRow(self.tr("Points redeemed"), self.redeemed_label)
        form.addRow(self.tr("Amount due"), self.due_label)
        self.discount, self.redeem, self.amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.second_amount, self.tendered = QLineEdit(), QLineEdit()
        self.amount.setPlaceholderText(self.tr("empty: all that is due"))
        self.method, self.second_method = QComboBox(), QComboBox()
        self.second_method.addItem(self.tr("(none)"), "")
        self._offer_methods(proof is not None)
        self.gift_card = GiftCardField()
        self.coupon = QComboBox()
        self.coupon.setObjectName("tillCoupon")
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        # the balance, its two parts and what is left: two lines on a narrow till, never clipped
        self.balance_label.setMinimumHeight(self.balance_label.fontMetrics().lineSpacing() * 2 + 2)
        self.member_proof = QLineEdit()
        self.member_proof.setObjectName("memberProof")
        if proof is Presence.PIN:
            self.member_proof.setEchoMode(QLineEdit.EchoMode.Password)
            self.member_proof.setPlaceholderText(self.tr("the member types their PIN"))
        else:
            self.member_proof.setPlaceholderText(self.tr("scan the member's card"))
        second = QHBoxLayout()
        second.addWidget(self.second_method, 1)
        second.addWidget(self.second_amount, 1)
        self.change_label, self.paid_label = QLabel(), QLabel()
        self.paid_label.setWordWrap(True)
        self.change_label.setStyleSheet(CHANGE_STYLE)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Sale &discount"), self.discount),
            (self.tr("Pay &by"), self.method),
            (self.tr("A&mount"), self.amount),
            (self.tr("&Second payment"), second),
            (self.tr("&Gift card"), self.gift_card),
            (self.tr("Cash &tendered"), self.tendered),
        ]
        if member:
            rows.insert(1, (self.tr("Redeem &points"), self.redeem))
            rows.insert(1, (self.tr("C&oupon"), self.coupon))
        if proof is not None:
            rows.insert(
                6,
                (
                    self.tr("Member PI&N") if proof is Presence.PIN else self.tr("Member ca&rd"),
                    self.member_proof,
                ),
            )
        for text, field in rows:
            label = QLabel(text)
            buddy = (field.focusProxy() or field) if isinstance(field, QWidget) else self.second_method
            label.setBuddy(buddy)
            form.addRow(label, field)
            if field is self.member_proof:
                self.proof_label = label
        if proof is not None:
            form.insertRow(4, self.tr("Member balance"), self.balance_label)
        form.addRow(self.tr("Change"), self.change_label)
        form.addRow(self.tr("Paid by"), self.paid_label)
        for edit in self.fields():
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(self.changed)
        for combo in (self.method, self.second_method):
            combo.currentIndexChanged.connect(self.changed)

    def _offer_methods(self, balance: bool) -> None:
        """Every method, the gift card for anyone; the member's balance (会员余额) only pays a
        member's own sale."""
        offered = (*ACCEPTED_METHODS, PaymentMethod.GIFT_CARD)
        if balance:
            offered = (*offered, PaymentMethod.STORED_VALUE)
        for m in offered:
            self.method.addItem(payment_label(m), m.value)
            self.second_method.addItem(payment_label(m), m.value)

    def take_gift_card(self, code: str) -> None:
        """A card's code scanned in the till's code box: it goes in the card's field, and the card
        pays (the first payment) unless one of the payments already is the card."""
        self.gift_card.code.setText(code.strip())
        card = PaymentMethod.GIFT_CARD.value
        if card not in (self.method.currentData(), self.second_method.currentData()):
            self.method.setCurrentIndex(self.method.findData(card))
        self.changed.emit()

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.discount,
            self.coupon,
            self.redeem,
            self.method,
            self.amount,
            self.second_method,
            self.second_amount,
            self.gift_card.code,
            self.tendered,
        )

    def pays_from_balance(self) -> bool:
        return PaymentMethod.STORED_VALUE.value in (
            self.method.currentData(),
            self.second_method.currentData(),
        )

    def proof_typed(self) -> tuple[str, str]:
        """The member's PIN or card as typed, for the sale (pin, card)."""
        text = self.member_proof.text() if self.pays_from_balance() else ""
        return (text, "") if self.proof is Presence.PIN else ("", text)

    def typed(self) -> bool:
        return any(w.text().strip() for w in (self.discount, self.redeem, self.tendered, self.gift_card.code))

    def payments(self) -> list[PaymentForm]:
        out = [PaymentForm(PaymentMethod(self.method.currentData()), self.amount.text())]
        if self.second_method.currentData():
            out.append(
                PaymentForm(PaymentMethod(self.second_method.currentData()), self.second_amount.text())
            )
        return out

    def field_for(self, name: str) -> QWidget | None:
        """The field a service error names, if it is one of these."""
        return {
            "discount": self.discount,
            "redeem_points": self.redeem,
            "tendered": self.tendered,
            "payments": self.amount,
            "payments.0.amount": self.amount,
            "payments.1.amount": self.second_amount,
            "member_pin": self.member_proof,
            "member_card": self.member_proof,
            "coupon": self.coupon,
            "gift_card": self.gift_card.code,
        }.get(name)

    def _figures(self) -> tuple[tuple[QLabel, str], ...]:
        return (
            (self.gross_label, ""),
            (self.discounts_label, ""),
            (self.redeemed_label, ""),
            (self.due_label, DUE_STYLE),
            (self.change_label, CHANGE_STYLE),
            (self.paid_label, ""),
        )

    def stale(self) -> None:
        """An input is refused: every figure is greyed until the cart prices again, since it
        no longer says what the sale comes to."""
        for label, style in self._figures():
            label.setStyleSheet(f"{style}; color: #999" if style else "color: #999")

    def show_cart(self, cart: PricedCart) -> None:
        for label, style in self._figures():
            label.setStyleSheet(style)
        self.gross_label.setText(format_fen(cart.gross_fen))
        # the line discounts, the member price, the coupons (each a row of the cart) and the sale's
        discounts = cart.line_discount_fen + cart.member_fen + cart.coupon_fen + cart.sale_discount_fen
        self.discounts_label.setText(format_fen(-discounts) if discounts else format_fen(0))
        self.redeemed_label.setText(
            self.tr("%1 points = %2")
            .replace("%1", points_text(cart.redeem_points))
            .replace("%2", format_fen(-cart.redeem_fen))
            if cart.redeem_points
            else "—"
        )
        self.due_label.setText(format_fen(cart.total_fen))
        self._show_balance(cart)
        self.gift_card.show_cart(cart)
        paid = " + ".join(f"{payment_label(p.method)} {format_fen(p.amount_fen)}" for p in cart.payments)
        if cart.lines and cart.left_to_pay_fen > 0:
            paid = (paid + "; " if paid else "") + self.tr("%1 still to pay").replace(
                "%1", format_fen(cart.left_to_pay_fen)
            )
        elif cart.lines and cart.left_to_pay_fen < 0:
            paid += "; " + self.tr("%1 more than is due").replace("%1", format_fen(-cart.left_to_pay_fen))
        self.paid_label.setText(paid or "—")
        if cart.short_fen:
            self.change_label.setText(self.tr("%1 short").replace("%1", format_fen(cart.short_fen)))
        else:
            self.change_label.setText(format_fen(cart.change_fen) if cart.tendered_fen else "—")

    def _show_balance(self, cart: PricedCart) -> None:
        """The member's balance, principal and bonus, and what is left once this sale pays."""
        paying = self.pays_from_balance()
        self.member_proof.setEnabled(paying and self.discount.isEnabled())
        if hasattr(self, "proof_label"):
            self.proof_label.setEnabled(paying)
        if cart.stored is None:
            self.balance_label.setText(self.tr("none"))
            return
        text = (
            self.tr("%1 (principal %2 + bonus %3)")
            .replace("%1", format_fen(cart.stored.total_fen))
            .replace("%2", format_fen(cart.stored.principal_fen))
            .replace("%3", format_fen(cart.stored.bonus_fen))
        )
        if cart.stored_paid_fen:
            text += "; " + self.tr("%1 left after this sale").replace(
                "%1", format_fen(cart.stored.total_fen - cart.stored_paid_fen)
            )
        self.balance_label.setText(text)
