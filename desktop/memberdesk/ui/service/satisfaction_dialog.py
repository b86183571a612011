"""Farewell (F8): the customer's expectation and experience, 1-5 each, and a comment.

满意度 = 感受值 / 期望值: shown as soon as both are chosen, so the clerk sees whether the
visit met, beat or fell short of what the customer expected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.complaints import satisfaction
from memberdesk.domain.errors import ServiceError
from memberdesk.services.service import satisfaction as satisfaction_service
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def _scores(box: QComboBox, choose: str, low_text: str, high_text: str) -> None:
    box.addItem(choose, 0)
    for value in range(1, 6):
        extra = f" — {low_text}" if value == 1 else f" — {high_text}" if value == 5 else ""
        box.addItem(f"{value}{extra}", value)


class SatisfactionDialog(GuardedDialog):
    """Two questions and an optional comment; records a visit with its satisfaction."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Farewell and satisfaction"))
        self.reminder = QLabel(
            self.tr("“Please remember your belongings. Goodbye, we look forward to seeing you again!”")
        )
        self.reminder.setWordWrap(True)
        font = self.reminder.font()
        font.setPointSize(font.pointSize() + 2)
        self.reminder.setFont(font)
        self.expected = QComboBox()
        _scores(self.expected, self.tr("(choose)"), self.tr("expected little"), self.tr("expected a lot"))
        self.perceived = QComboBox()
        _scores(self.perceived, self.tr("(choose)"), self.tr("very poor"), self.tr("excellent"))
        self.comment = QLineEdit()
        self.comment.setMaxLength(satisfaction_service.MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("Anything the customer said (optional)"))
        self.comment.setMinimumWidth(
            self.comment.fontMetrics().horizontalAdvance(self.comment.placeholderText()) + 24
        )
        self.ratio = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.skip = QPushButton(self.tr("Not now"))
        self.skip.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save satisfaction"))
        self.save.clicked.connect(self.record)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("What did they expect today?"), self.expected)
        form.addRow(self.tr("How was it?"), self.perceived)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Satisfaction"), self.ratio)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.reminder)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.set_primary(self.save)
        self.expected.currentIndexChanged.connect(self._show_ratio)
        self.perceived.currentIndexChanged.connect(self._show_ratio)
        self.setMinimumWidth(480)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def has_typed_data(self) -> bool:
        return bool(
            self.expected.currentIndex() > 0
            or self.perceived.currentIndex() > 0
            or self.comment.text().strip()
        )

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> SatisfactionDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.expected.setFocus()
        return dialog

    def _show_ratio(self) -> None:
        expected, perceived = int(self.expected.currentData() or 0), int(self.perceived.currentData() or 0)
        if not (expected and perceived):
            self.ratio.clear()
            return
        ratio = satisfaction(expected, perceived)
        verdict = (
            self.tr("better than expected")
            if ratio > 1
            else self.tr("as expected")
            if ratio == 1
            else self.tr("below expectation")
        )
        self.ratio.setText(f"{perceived} / {expected} = {ratio:.2f}  ({verdict})")

    def record(self) -> None:
        expected, perceived = int(self.expected.currentData() or 0), int(self.perceived.currentData() or 0)
        try:
            satisfaction_service.record_satisfaction(
                self.ctx.db,
                self.ctx.actor,
                self.member_id,
                expected or None,
                perceived or None,
                self.comment.text(),
            )
        except ServiceError as err:
            self.error.setText(translate_error(err))
            (
                self.perceived
                if err.field == "perceived"
                else self.comment
                if err.field == "comment"
                else self.expected
            ).setFocus()
            return
        self.ctx.data_changed.emit("visits")
        self.ctx.info(self.tr("Satisfaction saved. Thank you!"))
        self.accept()
