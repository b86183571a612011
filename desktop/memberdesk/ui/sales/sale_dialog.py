"""The till (收银, F5): a live cart, keyboard first.

Scan or type a code and press Enter: the line appears at once with its name, size, price,
discount and line total (an unknown code is said at once and stays in the box). Quantities
and discounts are edited in the cart; Delete or − removes a line, + adds one more. The
subtotal, discounts, points redeemed, the amount due, the payments, the cash tendered and
the change are always in view, with the words to say at checkout. Ctrl+Enter records.

Every figure comes from ``services.sale_pricing.price_cart``; ``record_sale`` prices the
same way, so what the clerk announced is what is recorded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, ServiceError
from memberdesk.domain.wallet import Presence
from memberdesk.services.money import coupons
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.coupons import CouponView
from memberdesk.services.sales import extras as sale_extras
from memberdesk.services.sales.pricing import LineForm, PricedCart, SaleForm, price_cart
from memberdesk.services.sales.recording import SaleResult, record_sale
from memberdesk.ui.sales.cart_model import QTY, SIZE, CartModel, SizeDelegate
from memberdesk.ui.sales.checkout import checkout_words
from memberdesk.ui.sales.labels import points_text
from memberdesk.ui.sales.receipt import print_receipt, receipt_pdf
from memberdesk.ui.sales.till_coupons import TillCoupons, coupon_code
from memberdesk.ui.sales.till_entry import TillEntry
from memberdesk.ui.sales.till_gift_card import looks_like_gift_card
from memberdesk.ui.sales.till_printer import print_after_sale
from memberdesk.ui.sales.till_totals import TillTotals
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.cart_feed import CartFeed
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SaleDialog(GuardedDialog):
    """The till: cart, totals, payment and change, then the checkout words and the receipt."""

    recorded = Signal(object)  # SaleResult

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: SaleResult | None = None
        self._saving_codes: list[str] = []  # the code of each saving row after the goods
        self._coupon_state: tuple[int, tuple[str, ...]] = (0, ())
        self.forms: list[LineForm] = []
        self.cart: PricedCart | None = None
        self.size_offers: list[sale_extras.SizeOffer] = []
        self._last_changed = 0
        self.setWindowTitle(self.tr("Record sale"))
        self.customer = QLabel()
        self.customer.setStyleSheet("font-weight: bold")
        self.entry = TillEntry()
        self.entry.add_button.clicked.connect(self.add_line)
        self.totals = TillTotals(member_id is not None, proof=self._proof(ctx, member_id))
        self.totals.changed.connect(self.refresh)
        self.coupons = TillCoupons(self.totals.coupon)
        self.coupons.offer(self._member_coupons())
        self.totals.coupon.currentIndexChanged.connect(self._coupon_chosen)
        self._name_fields()
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer)
        layout.addWidget(self.entry)
        body = QHBoxLayout()
        body.addWidget(self._cart_view(), 3)
        body.addWidget(self.totals, 2)
        layout.addLayout(body, 1)
        self.keys_hint = QLabel(
            self.tr(
                "Enter: add · ↓: to the cart (←: size, F2 to choose) · Del or −: remove line · +: one more"
                " · Ctrl+Enter: record"
            )
        )
        self.keys_hint.setStyleSheet("color: #555")
        self.keys_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.announce = QLabel()
        self.announce.setWordWrap(True)
        self.announce.setStyleSheet("font-size: 16px")
        self.announce.setMinimumHeight(self.announce.fontMetrics().height() * 3 // 2)
        self.checkout = QLabel()
        self.checkout.setWordWrap(True)
        self.checkout.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.keys_hint, self.problem, self.announce, self.checkout):
            layout.addWidget(label)
        layout.addLayout(self._buttons())
        self.set_primary(self.add_button)  # Enter adds the line; recording needs Ctrl+Enter
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record)
        # Line edits and the cart take Return themselves, so Ctrl+Enter is caught before them.
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.resize(980, 700)
        self.feed = CartFeed.of(ctx)  # the customer display follows the cart
        self.finished.connect(lambda _code: self.feed.close_sale(self))
        self.refresh()

    @staticmethod
    def _proof(ctx: AppContext, member_id: int | None) -> Presence | None:
        """How the member proves they are here to pay from their balance; None when the
        balance is not offered (a walk-in, or a store that takes no stored value)."""
        if member_id is None:
            return None
        rules = wallet_rules.get(ctx.db, ctx.store_id)
        return rules.presence if rules.enabled else None

    def _member_coupons(self) -> list[CouponView]:
        if self.member_id is None:
            return []
        return coupons.member_coupons(self.ctx.db, self.member_id, today=dt.date.today())

    def _name_fields(self) -> None:
        """The fields under the names the clerk's keys and the tests reach them by."""
        e, s = self.entry, self.totals
        self.code, self.add_button, self.description = e.code, e.add_button, e.description
        self.category, self.size_box, self.price = e.category, e.size_box, e.price
        self.discount, self.redeem, self.method, self.amount = s.discount, s.redeem, s.method, s.amount
        self.second_method, self.second_amount, self.tendered = s.second_method, s.second_amount, s.tendered
        self.due_label, self.change_label, self.paid_label = s.due_label, s.change_label, s.paid_label
        self.member_proof, self.balance_label = s.member_proof, s.balance_label

    def _cart_view(self) -> QTableView:
        self.model = CartModel(self._edit_line, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SIZE, SizeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(360)
        return self.table

    def _buttons(self) -> QHBoxLayout:
        self.record_button = QPushButton(self.tr("Record sale (Ctrl+Enter)"))
        self.record_button.clicked.connect(self.record)
        self.remove_button = QPushButton(self.tr("Remove line (Del)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.pdf_button = QPushButton(self.tr("Save receipt as PDF"))
        self.size_button = QPushButton(self.tr("Update sizes on file"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        for b in (self.print_button, self.pdf_button, self.size_button):
            b.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.size_button.clicked.connect(self.accept_sizes)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for b in (
            self.record_button,
            self.remove_button,
            self.print_button,
            self.pdf_button,
            self.size_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> SaleDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.code.setFocus()
        return dialog

    # -- keys -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in _ENTER and mods == Qt.KeyboardModifier.ControlModifier:
            self.record()
            return True
        if watched is self.code and key == Qt.Key.Key_Down and self.forms:
            self._focus_cart(self._current_row())
            return True
        if watched is self.table and self.table.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Minus, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
            if key == Qt.Key.Key_Plus:
                self._bump_current()
                return True
        return super().eventFilter(watched, event)

    def _current_row(self) -> int:
        row = self.table.currentIndex().row()
        return row if 0 <= row < len(self.forms) else len(self.forms) - 1

    def _focus_cart(self, row: int) -> None:
        if not self.forms:
            self.code.setFocus()
            return
        row = max(0, min(row, len(self.forms) - 1))
        self.table.setCurrentIndex(self.model.index(row, QTY))
        self.table.setFocus()

    # -- the cart ---------------------------------------------------------------------------------
    def has_typed_data(self) -> bool:
        if self.result_ is not None:
            return False
        return bool(self.forms) or self.entry.code_typed() or self.entry.item_typed() or self.totals.typed()

    def _form(self, lines: list[LineForm] | None = None, *, payment: bool = True) -> SaleForm:
        if lines is None:
            lines = self.forms
        if not payment:
            return SaleForm(self.member_id, list(lines))
        return SaleForm(
            self.member_id,
            list(lines),
            self.totals.payments(),
            discount=self.discount.text(),
            redeem_points=self.redeem.text(),
            tendered=self.tendered.text(),
            coupons=self.coupons.codes(),
            gift_card=self.totals.gift_card.text(),
            member_pin=self.totals.proof_typed()[0],
            member_card=self.totals.proof_typed()[1],
        )

    def _check_lines(self, lines: list[LineForm]) -> ServiceError | None:
        """Price the lines alone: the error of a line, or None when every line is good."""
        if not self.ctx.signed_in:
            return PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Sign in first."))
        try:
            price_cart(self.ctx.db, self.ctx.actor, self._form(lines, payment=False))
        except ServiceError as err:
            return err
        return None

    def add_line(self) -> bool:
        """Enter: the scanned code, or the item without a code the clerk is typing, becomes a
        line at once. Which one: the item when the focus is in its fields, else the code.

        False when what was typed is refused (the message says why and the focus stays on
        what is wrong)."""
        if self.result_ is not None:
            return False
        in_item = self.entry.in_item_row(self.focusWidget())
        if self.entry.code_typed() and not in_item:
            return self._add_coded()
        if self.entry.item_typed():
            return self._add_item()
        if self.entry.code_typed():
            return self._add_coded()
        self.code.setFocus()  # Enter on an empty row: back to the code box, nothing else
        return True

    def _add_coded(self) -> bool:
        coupon = coupon_code(self.code.text())
        if coupon is not None:
            return self._apply_coupon(lambda: self.coupons.add(coupon), select_code=True)
        if looks_like_gift_card(self.code.text()):  # a card's printed code scanned: it pays
            self.totals.take_gift_card(self.code.text())
            self.entry.clear_code()
            return True
        code, qty = self.entry.coded_line()
        lines = self._with_code(code, qty)
        err = self._check_lines(lines)
        if err is not None:
            self.problem.setText(translate_error(err))
            self.code.setFocus()
            self.code.selectAll()  # the code stays; the next scan replaces it
            return False
        self._take(lines)
        self.entry.clear_code()
        self.code.setFocus()
        return True

    def _coupon_chosen(self) -> None:
        previous = self._coupon_state
        self._apply_coupon(lambda: None, previous=previous)

    def _apply_coupon(
        self,
        change: Callable[[], None],
        *,
        select_code: bool = False,
        previous: tuple[int, tuple[str, ...]] | None = None,
    ) -> bool:
        """Apply a coupon (scanned, or chosen in the list): the cart prices with it at once,
        or the coupon is refused with the reason and the cart stays as it was."""
        before = previous or self.coupons.state()
        change()
        try:
            price_cart(self.ctx.db, self.ctx.actor, self._form())
        except ServiceError as err:
            if err.field == "coupon":
                self.coupons.restore(before)
                self.problem.setText(translate_error(err))
                self._coupon_state = self.coupons.state()
                if select_code:
                    self.code.setFocus()
                    self.code.selectAll()
                return False
        self._coupon_state = self.coupons.state()
        if select_code:
            self.entry.clear_code()
            self.code.setFocus()
        self.refresh()
        return True

    def _add_item(self) -> bool:
        self._last_changed = len(self.forms)
        lines = [*self.forms, self.entry.item_line()]
        err = self._check_lines(lines)
        if err is not None:
            self.problem.setText(translate_error(err))
            field = self.entry.field_for(err.field or "") or self.entry.description
            field.setFocus()
            field.selectAll()
            return False
        self._take(lines)
        self.entry.clear_item()
        self.code.setFocus()
        return True

    def _take(self, lines: list[LineForm]) -> None:
        self.forms = lines
        self.refresh()
        self.table.setCurrentIndex(self.model.index(self._last_changed, QTY))

    def _with_code(self, code: str, qty: int) -> list[LineForm]:
        if self.cart is not None:
            for i, (form, line) in enumerate(zip(self.forms, self.cart.lines, strict=False)):
                plain = not form.size and is_blank_text(form.unit_price) and not form.description
                if plain and form.code.strip() == code:
                    merged = [*self.forms]
                    merged[i] = replace(form, quantity=line.quantity + qty)  # scanned again: one more
                    self._last_changed = i
                    return merged
        self._last_changed = len(self.forms)
        return [*self.forms, LineForm(code=code, quantity=qty)]

    def _edit_line(self, row: int, column: int, text: str) -> bool:
        if self.result_ is not None or not 0 <= row < len(self.forms):
            return False
        form = self.forms[row]
        if column == SIZE:
            changed = replace(form, size=text.strip())
        elif column == QTY:
            changed = replace(form, quantity=text.strip())
        else:
            changed = replace(form, discount=text.strip())
        lines = [*self.forms]
        lines[row] = changed
        err = self._check_lines(lines)
        if err is not None:
            self.problem.setText(translate_error(err))
            return False
        self.forms = lines
        QTimer.singleShot(0, lambda: self._after_edit(row))  # the editor closes before the cart is redrawn
        return True

    def _after_edit(self, row: int) -> None:
        self.refresh()
        if self.forms:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.forms) - 1), QTY))

    def remove_current(self) -> None:
        if self.result_ is not None:
            return
        extra = self.table.currentIndex().row() - len(self.forms)
        if 0 <= extra < len(self._saving_codes):  # a coupon's row: the coupon comes off
            code = self._saving_codes[extra]
            if code:
                self.coupons.remove(code)
                self._coupon_state = self.coupons.state()
                self.refresh()
                self._focus_cart(len(self.forms) - 1)
            return
        if not self.forms:
            return
        row = self._current_row()
        del self.forms[row]
        self.refresh()
        if self.forms:
            self._focus_cart(row)
        else:
            self.code.setFocus()

    def _bump_current(self) -> None:
        if self.cart is None or not self.forms:
            return
        row = self._current_row()
        self._edit_line(row, QTY, str(self.cart.lines[row].quantity + 1))

    # -- showing the priced cart --------------------------------------------------------------------
    def refresh(self) -> bool:
        """Price the cart as it stands and show every figure; False when an input is refused.

        While an input is refused, the amount due is greyed and the words to say are taken
        away: the amount they would say is no longer the sale's."""
        if not self.ctx.signed_in:  # the counter was locked meanwhile: nothing to price for
            return False
        try:
            cart = price_cart(self.ctx.db, self.ctx.actor, self._form())
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            if not (err.field or "").startswith("lines"):
                with contextlib.suppress(ServiceError):  # the lines are fine: show them
                    self._show_lines(price_cart(self.ctx.db, self.ctx.actor, self._form(payment=False)))
            self.totals.stale()
            if self.result_ is None:
                self.announce.clear()
            return False
        self.problem.clear()
        self.cart = cart
        self._show_lines(cart)
        self._show_customer(cart.member_name, cart.member_tier, cart.points_balance, cart.points_owed)
        self.totals.show_cart(cart)
        self.feed.publish(self, self.member_id, cart, self.result_)
        if cart.lines and self.result_ is None:
            amount = announce_amount(cart.total_fen, QLocale().name())
            self.announce.setText(self.tr("Say to the customer: “That's %1 in all.”").replace("%1", amount))
        elif self.result_ is None:
            self.announce.clear()
        return True

    def _show_lines(self, cart: PricedCart) -> None:
        current = self.table.currentIndex()
        savings = [(c.name, c.saving_fen, c.code) for c in cart.coupons]
        if cart.member_fen:  # the member price first: it is taken off before the coupons
            label = self.tr("Member price %1% off").replace("%1", str(cart.member_pct))
            savings.insert(0, (label, cart.member_fen, ""))
        self._saving_codes = [code for _n, _s, code in savings]
        self.model.set_lines(cart.lines, tuple((n, fen) for n, fen, _c in savings))
        if current.isValid() and current.row() < len(cart.lines):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.remove_button.setEnabled(bool(cart.lines) and self.result_ is None)

    def _show_customer(self, name: str, tier: object, points: int | None, owed: int) -> None:
        if tier is None:
            self.customer.setText(self.tr("Customer without membership"))
            return
        text = (
            self.tr("Member %1 · %2 · points %3")
            .replace("%1", name)
            .replace("%2", member_labels.tier(tier))  # type: ignore[arg-type]
            .replace("%3", points_text(points or 0))
        )
        if owed:
            text += " · " + self.tr("owes %1 points").replace("%1", points_text(owed))
        if self.cart is not None and self.cart.points_multiplier > 1:
            text += " · " + self.tr("birthday week: points ×%1").replace(
                "%1", str(self.cart.points_multiplier)
            )
        self.customer.setText(text)

    # -- recording ----------------------------------------------------------------------------------
    def record(self) -> None:
        if self.result_ is not None or not self.ctx.signed_in:
            return
        if self.entry.code_typed() and not self._add_coded():
            return  # the code is refused; its message is shown
        if self.entry.item_typed() and not self._add_item():
            return  # the item is refused; the focus is on what is wrong
        if not self.forms:
            self.problem.setText(self.tr("Scan a product or describe the item."))
            self.code.setFocus()
            return
        try:
            self.result_ = record_sale(self.ctx.db, self.ctx.actor, self._form())
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            if err.field in ("member_pin", "member_card"):
                self.member_proof.clear()  # the member types it again; it never stays on screen
            self._focus_field(err.field or "")
            return
        self.member_proof.clear()
        self.problem.clear()
        self.ctx.data_changed.emit("sales")
        self._show_checkout(self.result_)
        self.feed.publish(self, self.member_id, self.cart, self.result_)
        self.recorded.emit(self.result_)
        print_after_sale(self.ctx, self.result_.sale_id, self.result_.receipt_no)

    def _focus_field(self, field: str) -> None:
        widget = self.totals.field_for(field)
        if widget is not None:
            widget.setFocus()
        elif field.startswith("lines.") and field.split(".")[1].isdigit():
            self._focus_cart(int(field.split(".")[1]))

    def _show_checkout(self, result: SaleResult) -> None:
        lines, self.size_offers = checkout_words(self.ctx, result, self.member_id)
        self.announce.clear()
        self.checkout.setText("\n".join(lines))
        if self.cart is not None and self.cart.member_tier is not None:  # the points after the sale
            self._show_customer(
                self.cart.member_name,
                self.cart.member_tier,
                result.points_balance_after,
                result.points_owed_after,
            )
        self.entry.set_enabled(False)
        for widget in (*self.totals.fields(), self.member_proof, self.record_button, self.remove_button):
            widget.setEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model.offer_sizes = False
        self.model.set_lines(self.model.priced)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.size_button.setEnabled(bool(self.size_offers))
        self.set_primary(self.close_button)
        self.close_button.setFocus()

    def accept_sizes(self) -> None:
        if self.member_id is None:
            return
        try:
            for offer in self.size_offers:
                sale_extras.update_size(
                    self.ctx.db, self.ctx.actor, self.member_id, offer.category, offer.bought
                )
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            return
        self.size_offers = []
        self.size_button.setEnabled(False)
        self.ctx.data_changed.emit("members")

    def receipt_bytes(self) -> bytes:
        assert self.result_ is not None
        return receipt_pdf(self.ctx, self.result_.sale_id)

    def save_pdf_to(self, path: Path) -> None:
        path.write_bytes(self.receipt_bytes())

    def _save_pdf(self) -> None:
        if self.result_ is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"{self.result_.receipt_no}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_pdf_to(Path(name))

    def _print(self) -> None:
        """The receipt again: a copy on this counter's thermal printer, else the PDF."""
        if self.result_ is None:
            return
        if not print_after_sale(self.ctx, self.result_.sale_id, self.result_.receipt_no, copy=True):
            print_receipt(self, self.receipt_bytes())


def is_blank_text(value: object) -> bool:
    return isinstance(value, str) and not value.strip()
