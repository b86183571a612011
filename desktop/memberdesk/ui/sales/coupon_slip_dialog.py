"""The coupon slip (优惠券凭条) at the counter (Shift+F12): a coupon given to the member — by
hand, by the care calendar, for a complaint — printed for them to keep, with its code as text
and as a QR code, its value, validity and terms. A gift card's code scanned here prints the
card's slip (礼品卡凭条) the same way: its number, what was paid and how, what it holds.

The member's usable coupons are listed, the soonest to expire first; a code can also be
scanned or typed (a walk-in's coupon). Enter prints the chosen one: on this counter's thermal
printer when it has one, else as a PDF through the print dialog; "Save as PDF" keeps a copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.documents.coupon_slip import CouponSlip
from memberdesk.domain.errors import ServiceError
from memberdesk.domain.gift_cards import looks_like_code as looks_like_gift_card
from memberdesk.reports.coupon_slip import coupon_slip_bytes, render_coupon_slip
from memberdesk.reports.gift_card_slip import gift_card_slip_bytes, render_gift_card_slip
from memberdesk.reports.thermal import paper_of
from memberdesk.services.money.coupons import member_coupons
from memberdesk.services.sales.slips import coupon_slip, gift_card_slip
from memberdesk.ui.sales.receipt import print_receipt
from memberdesk.ui.sales.till_coupons import coupon_text
from memberdesk.ui.sales.till_printer import print_slip, thermal_settings
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language


class CouponSlipDialog(GuardedDialog):
    """A coupon of the member's (or a code typed) → its slip, printed."""

    def __init__(
        self,
        ctx: AppContext,
        member_id: int | None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printed: CouponSlip | None = None
        self.setWindowTitle(self.tr("Coupon slip"))
        self.coupons = QComboBox()
        day = today or dt.date.today()
        for view in member_coupons(ctx.db, member_id, today=day) if member_id is not None else []:
            self.coupons.addItem(f"{coupon_text(view)}  {view.code}", view.code)
        if not self.coupons.count():
            self.coupons.addItem(self.tr("(no usable coupon on the card)"), "")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("or scan or type a coupon's or a gift card's code"))
        form = QFormLayout()
        form.addRow(self.tr("Coupon"), self.coupons)
        form.addRow(self.tr("Code"), self.code)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print slip"))
        self.print_button.clicked.connect(self.print_chosen)
        self.pdf_button = QPushButton(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_primary(self.print_button)
        self.setMinimumWidth(460)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> CouponSlipDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        (dialog.coupons if dialog.coupons.currentData() else dialog.code).setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.code.text().strip()) and self.printed is None

    def chosen_code(self) -> str:
        return self.code.text().strip() or str(self.coupons.currentData() or "")

    def slip(self) -> CouponSlip | None:
        code = self.chosen_code()
        if not code:
            self.message.setText(self.tr("Choose a coupon, or scan its code."))
            self.code.setFocus()
            return None
        try:
            return coupon_slip(self.ctx.db, self.ctx.actor, code)
        except ServiceError as err:
            self.message.setText(translate_error(err))
            self.code.setFocus()
            self.code.selectAll()
            return None

    def _gift_card(self) -> bool:
        """A gift card's code typed: its slip printed (True), or why not said."""
        code = self.code.text().strip()
        if not looks_like_gift_card(code):
            return False
        try:
            card = gift_card_slip(self.ctx.db, self.ctx.actor, code)
        except ServiceError as err:
            self.message.setText(translate_error(err))
            self.code.setFocus()
            self.code.selectAll()
            return True
        settings = thermal_settings()
        if settings is not None:
            print_slip(self.ctx, gift_card_slip_bytes(card, ui_language(), paper_of(settings)), card.code)
            self.message.setText(self.tr("Gift card %1: its slip is printing.").replace("%1", card.code))
        elif print_receipt(self, render_gift_card_slip(card, ui_language())):
            self.message.setText(self.tr("Gift card %1: its slip is printed.").replace("%1", card.code))
        self.code.clear()
        return True

    def print_chosen(self) -> None:
        if self._gift_card():
            return
        data = self.slip()
        if data is None:
            return
        settings = thermal_settings()
        if settings is not None:
            print_slip(self.ctx, coupon_slip_bytes(data, ui_language(), paper_of(settings)), data.code)
            self.message.setText(self.tr("Coupon %1: its slip is printing.").replace("%1", data.code))
        elif print_receipt(self, render_coupon_slip(data, ui_language())):
            self.message.setText(self.tr("Coupon %1: its slip is printed.").replace("%1", data.code))
        self.printed = data

    def save_pdf_to(self, path: Path) -> bool:
        data = self.slip()
        if data is None:
            return False
        path.write_bytes(render_coupon_slip(data, ui_language()))
        self.printed = data
        return True

    def _save_pdf(self) -> None:
        code = self.chosen_code()
        if not code:
            self.slip()
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save coupon slip"), f"{code}.pdf", "PDF (*.pdf)")
        if name:
            self.save_pdf_to(Path(name))
