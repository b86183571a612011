"""The window on the customer's screen: the store's image while no sale is open, then the
cart as the clerk builds it, and the thank-you with the member's balances after the sale.

It shows only what the customer may read over the counter: the items, prices, savings and
amounts, and the member's greeting (王女士, as the card says it) with their points and
stored-value balance. Never a full name, a phone number, notes, sizes or complaints.

It never takes the keyboard from the counter: the window does not accept focus, is shown
without activation, and none of its widgets takes focus.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.money import format_fen
from memberdesk.ui.widgets.cart_feed import TillView

if TYPE_CHECKING:
    from memberdesk.services.sales.pricing import PricedCart

STYLE = """
QWidget#customer_display { background: #fdfaf6; color: #1f2937; }
QLabel { font-size: 20pt; }
QLabel#display_welcome { font-size: 30pt; color: #7f1d1d; }
QLabel#display_greeting { font-size: 26pt; font-weight: bold; color: #7f1d1d; }
QLabel#display_due { font-size: 40pt; font-weight: bold; }
QLabel#display_thanks { font-size: 28pt; font-weight: bold; color: #15803d; }
QTableWidget { font-size: 18pt; border: none; background: transparent; }
QHeaderView::section { font-size: 14pt; background: #f3ede4; border: none; padding: 4px; }
"""


def _cell(text: str, *, right: bool = False, saving: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if saving:
        item.setForeground(Qt.GlobalColor.darkGreen)
    return item


class CustomerDisplay(QWidget):
    """The customer's window: ``show_idle()`` between customers, ``show_sale()`` during one."""

    def __init__(self, store_name: str) -> None:
        super().__init__(None)
        self.setObjectName("customer_display")
        self.set_framed(False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Customer display"))
        self.store_name = store_name
        self._image = QPixmap()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._idle_page())
        self.pages.addWidget(self._sale_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.pages)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen decides its size
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_idle()

    def set_framed(self, framed: bool) -> None:
        """Frameless to fill the customer's screen; with a title bar (to move it aside) when it
        shares the counter's screen. Never a window that takes the keyboard."""
        flags = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
        if not framed:
            flags |= Qt.WindowType.FramelessWindowHint
        if flags != self.windowFlags():
            self.setWindowFlags(flags)

    # -- building ---------------------------------------------------------------------------------
    def _idle_page(self) -> QWidget:
        page = QWidget()
        self.image = QLabel()
        self.image.setObjectName("display_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(1, 1))
        self.welcome = QLabel()
        self.welcome.setObjectName("display_welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addWidget(self.image, 1)
        column.addWidget(self.welcome)
        return page

    def _sale_page(self) -> QWidget:
        page = QWidget()
        self.greeting = QLabel()
        self.greeting.setObjectName("display_greeting")
        self.greeting.setWordWrap(True)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("display_lines")
        headers = [self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")]
        self.lines.setHorizontalHeaderLabels(headers)
        self.lines.verticalHeader().hide()
        self.lines.setShowGrid(False)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures = QGridLayout()
        self.due_caption, self.due = self._figure("display_due", self.tr("Amount due"))
        self.earn_caption, self.points_earned = self._figure(
            "display_points_earned", self.tr("Points to earn")
        )
        self.tendered_caption, self.tendered = self._figure("display_tendered", self.tr("Cash tendered"))
        self.change_caption, self.change = self._figure("display_change", self.tr("Change"))
        self.thanks = QLabel()
        self.thanks.setObjectName("display_thanks")
        self.points_after_caption, self.points_after = self._figure(
            "display_points_after", self.tr("Your points")
        )
        self.balance_caption, self.balance_after = self._figure(
            "display_balance_after", self.tr("Your stored-value balance")
        )
        column = QVBoxLayout(page)
        column.addWidget(self.greeting)
        column.addWidget(self.lines, 1)
        column.addLayout(self.figures)
        column.addWidget(self.thanks)
        return page

    def _figure(self, name: str, caption: str) -> tuple[QLabel, QLabel]:
        """A caption and its amount on a row of their own, the amount to the right."""
        row = self.figures.rowCount()
        left, right = QLabel(caption), QLabel()
        right.setObjectName(name)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figures.addWidget(left, row, 0)
        self.figures.addWidget(right, row, 1)
        return left, right

    # -- what is shown ----------------------------------------------------------------------------
    def set_image(self, path: Path) -> None:
        self._image = QPixmap(str(path))
        self._fit_image()

    def _fit_image(self) -> None:
        if self._image.isNull():
            self.image.clear()
            return
        room = self.image.size()
        self.image.setPixmap(
            self._image.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_image()

    def show_idle(self) -> None:
        """Between customers: the store's image and its welcome line, no figures of anyone."""
        self.welcome.setText(self.tr("Welcome to {store}").format(store=self.store_name))
        self.greeting.clear()
        self.lines.setRowCount(0)
        self.pages.setCurrentIndex(0)
        self._fit_image()

    def show_sale(self, view: TillView, greeting: str) -> None:
        """The cart as priced now; after the sale, the thank-you and the member's balances."""
        cart, result = view.cart, view.result
        if greeting:
            self.greeting.setText(self.tr("Welcome, {greeting}").format(greeting=greeting))
        else:
            self.greeting.setText(self.tr("Welcome"))
        self._show_lines(cart)
        self.due.setText(format_fen(cart.total_fen))
        member = view.member_id is not None
        earned = result.points_earned if result is not None else cart.points_earned
        self._put(self.earn_caption, self.points_earned, f"{earned:,}" if member and earned else "")
        cash_typed = cart.tendered_fen > 0
        self._put(self.tendered_caption, self.tendered, format_fen(cart.tendered_fen) if cash_typed else "")
        change = result.change_fen if result is not None else cart.change_fen
        self._put(self.change_caption, self.change, format_fen(change) if cash_typed else "")
        self.thanks.setText(self.tr("Thank you!") if result is not None else "")
        self.thanks.setVisible(result is not None)
        points_after = result.points_balance_after if result is not None and member else None
        after = "" if points_after is None else f"{points_after:,}"
        self._put(self.points_after_caption, self.points_after, after)
        self._put(self.balance_caption, self.balance_after, self._balance_after(view))
        self.pages.setCurrentIndex(1)

    @staticmethod
    def _balance_after(view: TillView) -> str:
        """The member's stored value after the sale (as it was when the sale paid none of it)."""
        result, cart = view.result, view.cart
        if result is None or view.member_id is None or cart.stored is None:
            return ""
        after = result.stored_after.total_fen if result.stored_after is not None else cart.stored.total_fen
        return format_fen(after)

    @staticmethod
    def _put(caption: QLabel, value: QLabel, text: str) -> None:
        value.setText(text)
        caption.setVisible(bool(text))
        value.setVisible(bool(text))

    def _show_lines(self, cart: PricedCart) -> None:
        """Each item at its full price with its own discount under it, then the savings on the
        cart: the amounts add up to the amount due."""
        rows: list[tuple[str, str, str, str, bool]] = []
        for ln in cart.lines:
            price, amount = format_fen(ln.unit_fen), format_fen(ln.gross_fen)
            rows.append((ln.description, str(ln.quantity), price, amount, False))
            if ln.discount_fen:
                rows.append(("    " + self.tr("Discount"), "", "", format_fen(-ln.discount_fen), True))
        if cart.member_fen:
            label = self.tr("Member price {pct}% off").format(pct=cart.member_pct)
            rows.append((label, "", "", format_fen(-cart.member_fen), True))
        rows += [(c.name, "", "", format_fen(-c.saving_fen), True) for c in cart.coupons]
        if cart.sale_discount_fen:
            rows.append((self.tr("Discount on the sale"), "", "", format_fen(-cart.sale_discount_fen), True))
        if cart.redeem_fen:
            label = self.tr("{points} points redeemed").format(points=f"{cart.redeem_points:,}")
            rows.append((label, "", "", format_fen(-cart.redeem_fen), True))
        self.lines.setRowCount(len(rows))
        for r, (item, qty, price, amount, saving) in enumerate(rows):
            self.lines.setItem(r, 0, _cell(item, saving=saving))
            self.lines.setItem(r, 1, _cell(qty, right=True, saving=saving))
            self.lines.setItem(r, 2, _cell(price, right=True, saving=saving))
            self.lines.setItem(r, 3, _cell(amount, right=True, saving=saving))
        if rows:
            self.lines.scrollToItem(self.lines.item(len(rows) - 1, 0))

    def rows(self) -> list[tuple[str, ...]]:
        """The cart's rows as the customer reads them."""
        return [
            tuple(self.lines.item(r, c).text() for c in range(self.lines.columnCount()))
            for r in range(self.lines.rowCount())
        ]
