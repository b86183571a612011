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
import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, ServiceError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, SizeCategory
from memberdesk.services.sales import extras as sale_extras
from memberdesk.services.sales.pricing import (
    ACCEPTED_METHODS,
    LineForm,
    PaymentForm,
    PricedCart,
    SaleForm,
    price_cart,
)
from memberdesk.services.sales.recording import SaleResult, record_sale
from memberdesk.ui.sales.cart_model import QTY, CartModel
from memberdesk.ui.sales.checkout import checkout_words
from memberdesk.ui.sales.labels import payment_label, points_text
from memberdesk.ui.sales.receipt import print_receipt, receipt_pdf
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

_QTY_TIMES_CODE = re.compile(r"^(\d{1,3})\s*[*xX×]\s*(\S.*)$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SaleDialog(GuardedDialog):
    """The till: cart, totals, payment and change, then the checkout words and the receipt."""

    recorded = Signal(object)  # SaleResult

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: SaleResult | None = None
        self.forms: list[LineForm] = []
        self.cart: PricedCart | None = None
        self.size_offers: list[sale_extras.SizeOffer] = []
        self._last_changed = 0
        self.setWindowTitle(self.tr("Record sale"))
        self.customer = QLabel()
        self.customer.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer)
        layout.addLayout(self._entry_rows())
        body = QHBoxLayout()
        body.addWidget(self._cart_view(), 3)
        body.addLayout(self._totals(), 2)
        layout.addLayout(body, 1)
        self.keys_hint = QLabel(
            self.tr("Enter: add · ↓: to the cart · Del or −: remove line · +: one more · Ctrl+Enter: record")
        )
        self.keys_hint.setStyleSheet("color: #555")
        self.keys_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.announce = QLabel()
        self.announce.setWordWrap(True)
        self.announce.setStyleSheet("font-size: 16px")
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
        self.refresh()

    # -- building ---------------------------------------------------------------------------------
    def _entry_rows(self) -> QGridLayout:
        grid = QGridLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan barcode or type SKU (3*SKU for three)"))
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        self.add_button.clicked.connect(self.add_line)
        code_label = QLabel(self.tr("&Code"))
        code_label.setBuddy(self.code)
        grid.addWidget(code_label, 0, 0)
        grid.addWidget(self.code, 0, 1, 1, 5)
        grid.addWidget(self.add_button, 0, 6)
        self.description, self.size_box, self.price = QLineEdit(), QLineEdit(), QLineEdit()
        self.description.setPlaceholderText(self.tr("Item without a code"))
        self.size_box.setPlaceholderText(self.tr("Size"))
        self.price.setPlaceholderText(self.tr("Price, e.g. 128.50"))
        self.category = QComboBox()
        self.category.addItem(self.tr("(category)"), "")
        for cat in SizeCategory:
            self.category.addItem(member_labels.size_category(cat), cat.value)
        # never squeezed below its words (a Han character is about two 'x' wide)
        longest = max(len(self.category.itemText(i)) for i in range(self.category.count()))
        self.category.setMinimumContentsLength(2 * longest)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        free_label = QLabel(self.tr("Or &item"))
        free_label.setBuddy(self.description)
        grid.addWidget(free_label, 1, 0)
        grid.addWidget(self.description, 1, 1, 1, 2)
        grid.addWidget(self.category, 1, 3)
        grid.addWidget(self.size_box, 1, 4)
        grid.addWidget(self.price, 1, 5)
        grid.setColumnStretch(1, 2)
        return grid

    def _cart_view(self) -> QTableView:
        self.model = CartModel(self._edit_line, self)
        self.table = QTableView()
        self.table.setModel(self.model)
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

    def _totals(self) -> QFormLayout:
        form = QFormLayout()
        self.gross_label, self.discounts_label, self.redeemed_label = QLabel(), QLabel(), QLabel()
        self.due_label = QLabel()
        self.due_label.setStyleSheet("font-size: 22px; font-weight: bold")
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
        for m in ACCEPTED_METHODS:  # stored value is not offered: no stored-value accounts yet
            self.method.addItem(payment_label(m), m.value)
            self.second_method.addItem(payment_label(m), m.value)
        second = QHBoxLayout()
        second.addWidget(self.second_method, 1)
        second.addWidget(self.second_amount, 1)
        self.change_label, self.paid_label = QLabel(), QLabel()
        self.paid_label.setWordWrap(True)
        self.change_label.setStyleSheet("font-size: 16px; font-weight: bold")
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("Sale &discount"), self.discount),
            (self.tr("Pay &by"), self.method),
            (self.tr("A&mount"), self.amount),
            (self.tr("&Second payment"), second),
            (self.tr("Cash &tendered"), self.tendered),
        ]
        if self.member_id is not None:
            rows.insert(1, (self.tr("Redeem &points"), self.redeem))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field if isinstance(field, QWidget) else self.second_method)
            form.addRow(label, field)
        form.addRow(self.tr("Change"), self.change_label)
        form.addRow(self.tr("Paid by"), self.paid_label)
        for edit in (self.discount, self.redeem, self.amount, self.second_amount, self.tendered):
            edit.textEdited.connect(self._fields_changed)
        for combo in (self.method, self.second_method):
            combo.currentIndexChanged.connect(self._fields_changed)
        return form

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
        typed = (
            self.code,
            self.description,
            self.size_box,
            self.price,
            self.discount,
            self.redeem,
            self.tendered,
        )
        return bool(self.forms) or any(w.text().strip() for w in typed)

    def _form(self, lines: list[LineForm] | None = None, *, payment: bool = True) -> SaleForm:
        if lines is None:
            lines = self.forms
        if not payment:
            return SaleForm(self.member_id, list(lines))
        payments = [PaymentForm(PaymentMethod(self.method.currentData()), self.amount.text())]
        if self.second_method.currentData():
            payments.append(
                PaymentForm(PaymentMethod(self.second_method.currentData()), self.second_amount.text())
            )
        return SaleForm(
            self.member_id,
            list(lines),
            payments,
            discount=self.discount.text(),
            redeem_points=self.redeem.text(),
            tendered=self.tendered.text(),
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
        """Enter: the typed code (or the item without a code) becomes a line at once.

        False when what was typed is refused (the message says why and the code stays)."""
        if self.result_ is not None:
            return False
        code = self.code.text().strip()
        free = self.description.text().strip() or self.price.text().strip()
        if not code and not free:
            self.code.setFocus()  # Enter on an empty row: back to the code box, nothing else
            return True
        qty: int = 1
        found = _QTY_TIMES_CODE.match(code)
        if found:
            qty, code = int(found.group(1)), found.group(2).strip()
        lines = self._with_line(code, qty)
        err = self._check_lines(lines)
        if err is not None:
            self.problem.setText(translate_error(err))
            self.code.setFocus()
            self.code.selectAll()  # the code stays; the next scan replaces it
            return False
        self.forms = lines
        for edit in (self.code, self.description, self.size_box, self.price):
            edit.clear()
        self.category.setCurrentIndex(0)
        self.refresh()
        self.table.setCurrentIndex(self.model.index(self._last_changed, QTY))
        self.code.setFocus()
        return True

    def _with_line(self, code: str, qty: int) -> list[LineForm]:
        typed = LineForm(
            code=code,
            description=self.description.text(),
            category=self.category.currentData() or "",
            size=self.size_box.text(),
            unit_price=self.price.text(),
            quantity=qty,
        )
        plain = code and not (
            typed.description.strip() or typed.size.strip() or str(typed.unit_price).strip()
        )
        if plain and self.cart is not None:
            for i, (form, line) in enumerate(zip(self.forms, self.cart.lines, strict=False)):
                if form.code.strip() == code and not form.size and is_blank_text(form.unit_price):
                    merged = [*self.forms]
                    merged[i] = replace(form, quantity=line.quantity + qty)  # scanned again: one more
                    self._last_changed = i
                    return merged
        self._last_changed = len(self.forms)
        return [*self.forms, typed]

    def _edit_line(self, row: int, column: int, text: str) -> bool:
        if self.result_ is not None or not 0 <= row < len(self.forms):
            return False
        form = self.forms[row]
        changed = (
            replace(form, quantity=text.strip()) if column == QTY else replace(form, discount=text.strip())
        )
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
        if self.result_ is not None or not self.forms:
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

    def _fields_changed(self) -> None:
        self.refresh()

    # -- showing the priced cart --------------------------------------------------------------------
    def refresh(self) -> bool:
        """Price the cart as it stands and show every figure; False when an input is refused."""
        if not self.ctx.signed_in:  # the counter was locked meanwhile: nothing to price for
            return False
        try:
            cart = price_cart(self.ctx.db, self.ctx.actor, self._form())
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            if not (err.field or "").startswith("lines"):
                with contextlib.suppress(ServiceError):  # the lines are fine: show them
                    self._show_lines(price_cart(self.ctx.db, self.ctx.actor, self._form(payment=False)))
            self.due_label.setStyleSheet("font-size: 22px; font-weight: bold; color: #999")
            return False
        self.problem.clear()
        self.due_label.setStyleSheet("font-size: 22px; font-weight: bold")
        self.cart = cart
        self._show_lines(cart)
        self._show_totals(cart)
        return True

    def _show_lines(self, cart: PricedCart) -> None:
        current = self.table.currentIndex()
        self.model.set_lines(cart.lines)
        if current.isValid() and current.row() < len(cart.lines):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.remove_button.setEnabled(bool(cart.lines) and self.result_ is None)

    def _show_totals(self, cart: PricedCart) -> None:
        if cart.member_tier is not None:
            self.customer.setText(
                self.tr("Member %1 · %2 · points %3")
                .replace("%1", cart.member_name)
                .replace("%2", member_labels.tier(cart.member_tier))
                .replace("%3", points_text(cart.points_balance or 0))
            )
        else:
            self.customer.setText(self.tr("Customer without membership"))
        self.gross_label.setText(format_fen(cart.gross_fen))
        discounts = cart.line_discount_fen + cart.sale_discount_fen
        self.discounts_label.setText(format_fen(-discounts) if discounts else format_fen(0))
        self.redeemed_label.setText(
            self.tr("%1 points = %2")
            .replace("%1", points_text(cart.redeem_points))
            .replace("%2", format_fen(-cart.redeem_fen))
            if cart.redeem_points
            else "—"
        )
        self.due_label.setText(format_fen(cart.total_fen))
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
        if cart.lines and self.result_ is None:
            amount = announce_amount(cart.total_fen, QLocale().name())
            self.announce.setText(self.tr("Say to the customer: “That's %1 in all.”").replace("%1", amount))
        elif self.result_ is None:
            self.announce.clear()

    # -- recording ----------------------------------------------------------------------------------
    def record(self) -> None:
        if self.result_ is not None or not self.ctx.signed_in:
            return
        typed = self.code.text().strip() or self.description.text().strip() or self.price.text().strip()
        if typed and not self.add_line():
            return  # what was typed is refused; its message is shown
        if not self.forms:
            self.problem.setText(self.tr("Scan a product or describe the item."))
            self.code.setFocus()
            return
        try:
            self.result_ = record_sale(self.ctx.db, self.ctx.actor, self._form())
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            self._focus_field(err.field or "")
            return
        self.problem.clear()
        self.ctx.data_changed.emit("sales")
        self._show_checkout(self.result_)
        self.recorded.emit(self.result_)

    def _focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "discount": self.discount,
            "redeem_points": self.redeem,
            "tendered": self.tendered,
            "payments": self.amount,
            "payments.0.amount": self.amount,
            "payments.1.amount": self.second_amount,
        }
        if field in widgets:
            widgets[field].setFocus()
        elif field.startswith("lines.") and field.split(".")[1].isdigit():
            self._focus_cart(int(field.split(".")[1]))

    def _show_checkout(self, result: SaleResult) -> None:
        lines, self.size_offers = checkout_words(self.ctx, result, self.member_id)
        self.announce.clear()
        self.checkout.setText("\n".join(lines))
        for widget in (
            self.code,
            self.description,
            self.category,
            self.size_box,
            self.price,
            self.discount,
            self.redeem,
            self.method,
            self.amount,
            self.second_method,
            self.second_amount,
            self.tendered,
            self.add_button,
            self.record_button,
            self.remove_button,
        ):
            widget.setEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        if self.result_ is not None:
            print_receipt(self, self.receipt_bytes())


def is_blank_text(value: object) -> bool:
    return isinstance(value, str) and not value.strip()
