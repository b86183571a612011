"""Give a coupon to every member of a saved segment (from the Segments screen, Ctrl+Shift+G)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.campaigns import audience, campaigns
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class SegmentCouponDialog(GuardedDialog):
    """Choose the coupon; Enter gives it to the segment's members (none twice)."""

    given = Signal(object)  # audience.GivenCoupons

    def __init__(self, ctx: AppContext, segment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.segment = ctx, segment
        self.setWindowTitle(self.tr("Give a coupon: %1").replace("%1", segment))
        self.template = QComboBox()
        self.template.setObjectName("segcoupon_template")
        for template_id, name in campaigns.coupon_templates(ctx.db, ctx.store_id):
            self.template.addItem(name, template_id)
        self.outcome = QLabel()
        self.outcome.setObjectName("segcoupon_outcome")
        self.outcome.setWordWrap(True)
        self.give_button = QPushButton(self.tr("Give"))
        self.give_button.setObjectName("segcoupon_give")
        self.give_button.clicked.connect(self.give)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Segment"), QLabel(segment))
        form.addRow(self.tr("Coupon"), self.template)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.set_primary(self.give_button)
        if self.template.count() == 0:
            self.outcome.setText(self.tr("No coupon is set up yet."))
            self.give_button.setEnabled(False)

    @classmethod
    def open_for(cls, ctx: AppContext, segment: str, parent: QWidget | None = None) -> SegmentCouponDialog:
        dialog = cls(ctx, segment, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.template.setFocus()
        return dialog

    def give(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        try:
            done = audience.give_coupon(self.ctx.db, self.ctx.actor, self.segment, int(template_id))
        except ServiceError as err:
            self.outcome.setText(translate_error(err))
            return
        self.outcome.setText(
            self.tr("%n coupon(s) given", "", done.issued)
            + self.tr("; ")
            + self.tr("%n member(s) had it already.", "", done.already)
        )
        self.give_button.setEnabled(False)  # given: Enter or Esc now closes
        self.given.emit(done)
