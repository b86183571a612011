"""The staff scorecard (员工考核表) from the Reports page: a period, a row per member of staff
with their figures beside their role's targets and the bonus computed, and its PDF for the
monthly meeting. A clerk who opens it sees only their own row (the service decides)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.scorecard.scorecard import Scorecard, scorecard
from memberdesk.ui.reports.periods import period_bounds
from memberdesk.ui.reports.scorecard_model import ScorecardModel
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.member_labels import money
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog

PERIODS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "custom")


def today() -> dt.date:
    """The day the named periods count back from (tests set their own)."""
    return dt.date.today()


class ScorecardDialog(GuardedDialog):
    """Pick a period, Enter shows the scorecard; Save PDF… prints it."""

    shown = Signal(object)  # the Scorecard on the screen
    pdf_made = Signal(bytes)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: Scorecard | None = None
        self.setWindowTitle(self.tr("Staff scorecard"))
        self.period = QComboBox()
        self.period.setObjectName("scorecard_period")
        names = (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("This quarter"),
            self.tr("Last quarter"),
            self.tr("This year"),
            self.tr("Custom"),
        )
        for key, name in zip(PERIODS, names, strict=True):
            self.period.addItem(name, key)
        self.start, self.end = date_edit(), date_edit()
        self.start.setObjectName("scorecard_from")
        self.end.setObjectName("scorecard_to")
        self.period.currentIndexChanged.connect(self._period_changed)
        self.period.setCurrentIndex(PERIODS.index("last_month"))
        self._period_changed()
        self.model = ScorecardModel(self)
        self.table = QTableView()
        self.table.setObjectName("scorecard_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("scorecard_summary")
        self.summary.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("scorecard_show")
        self.show_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("scorecard_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Period")), self.period, self.start, QLabel("–"), self.end):
            top.addWidget(w)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.show_button, self.pdf_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.set_primary(self.show_button)
        self.resize(980, 480)

    @classmethod
    def open_for(cls, ctx: AppContext, parent: QWidget | None = None) -> ScorecardDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.compute()
        dialog.raise_()
        dialog.activateWindow()  # opened by a click on the page: the keys come to the dialog
        dialog.period.setFocus()
        return dialog

    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = period_bounds(key, today())
            self.start.setDate(QDate(start.year, start.month, start.day))
            self.end.setDate(QDate(end.year, end.month, end.day))

    def _range(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def compute(self) -> None:
        try:
            card = scorecard(self.ctx.db, self.ctx.actor, *self._range())
        except ServiceError as err:
            self.card = None
            self.model.show_rows([])
            self.summary.setText(translate_error(err))
            return
        self.card = card
        self.model.show_rows(card.rows)
        words = (
            self.tr("{start} to {end}: bonus for all staff {bonus}.")
            if card.everyone
            else self.tr("{start} to {end}: your own figures; your bonus {bonus}.")
        )
        self.summary.setText(words.format(start=card.start, end=card.end, bonus=money(card.bonus_total_fen)))
        self.shown.emit(card)

    def save_pdf(self) -> None:
        self.compute()
        if self.card is None:
            return
        from memberdesk.reports import scorecard as report  # reportlab: only when a PDF is made

        pdf = report.render(self.card, ui_language())
        self.preview = PdfPreviewDialog(pdf, self.tr("Staff scorecard"), None, self)
        self.preview.show()
        self.pdf_made.emit(pdf)
