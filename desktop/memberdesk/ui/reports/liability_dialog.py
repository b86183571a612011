"""The stored-value liability (储值负债) on the Reports page: the manager's view of what the store
owes on a day and how the balances moved in a period, with its PDF.

The figures are the PDF's (``services/money/liability.py``), in the same words
(``reports/liability.py``): opening, each kind of movement, closing, principal and bonus apart.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.documents.liability import Liability
from memberdesk.domain.errors import ServiceError
from memberdesk.reports.liability import ROWS, signed
from memberdesk.services.money import liability
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.member_labels import money
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog


def today() -> dt.date:
    """The day the dialog opens on (tests set their own)."""
    return dt.date.today()


def _words(source: str) -> str:
    return QCoreApplication.translate("LiabilityReport", source)


class LiabilityDialog(GuardedDialog):
    """Counted at the end of "On"; movements from "From" to "To". Enter shows the figures."""

    shown = Signal(object)  # the Liability on the screen
    pdf_made = Signal(bytes)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: Liability | None = None
        self.setWindowTitle(self.tr("Stored-value liability"))
        day = today()
        self.at = date_edit(day)
        self.at.setObjectName("liability_at")
        self.start = date_edit(day.replace(day=1))
        self.start.setObjectName("liability_from")
        self.end = date_edit(day)
        self.end.setObjectName("liability_to")
        dates = QFormLayout()
        dates.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        dates.addRow(self.tr("Owed at the end of"), self.at)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        dates.addRow(self.tr("Movements in"), period)
        self.owed = QLabel()
        self.owed.setObjectName("liability_owed")
        self.owed.setWordWrap(True)
        self.owed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(ROWS) + 2, 5)
        self.table.setObjectName("liability_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [_words("What moved"), _words("Entries"), _words("Principal"), _words("Bonus"), _words("Total")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.check = QLabel()
        self.check.setObjectName("liability_check")
        self.check.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("liability_show")
        self.show_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("liability_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.show_button, self.pdf_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.owed)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check)
        layout.addLayout(buttons)
        self.set_primary(self.show_button)
        self.resize(720, 520)

    @classmethod
    def open_for(cls, ctx: AppContext, parent: QWidget | None = None) -> LiabilityDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.compute()
        dialog.raise_()
        dialog.activateWindow()  # opened by a click on the page: the keys come to the dialog
        dialog.at.setFocus()
        return dialog

    def compute(self) -> None:
        try:
            f = liability.liability(
                self.ctx.db,
                self.ctx.actor,
                at=self.at.date().toPython(),  # type: ignore[arg-type]
                start=self.start.date().toPython(),  # type: ignore[arg-type]
                end=self.end.date().toPython(),  # type: ignore[arg-type]
            )
        except ServiceError as err:
            self.figures = None
            self.owed.setText(translate_error(err))
            self.table.clearContents()
            self.check.clear()
            return
        self.figures = f
        self.owed.setText(
            self.tr(
                "The store owes {owed}: members' principal {principal} and gift cards {cards}. "
                "Members' bonus {bonus} is the store's gift, not money owed. "
                "{accounts:,} accounts hold a balance."
            ).format(
                owed=money(f.owed_fen),
                principal=money(f.member_principal_fen),
                cards=money(f.gift_card_fen),
                bonus=money(f.member_bonus_fen),
                accounts=f.accounts_with_balance,
            )
        )
        day_before = f.start - dt.timedelta(days=1)
        rows = [
            (
                _words("Opening balance (end of {day})").format(day=day_before),
                "",
                money(f.opening.principal_fen),
                money(f.opening.bonus_fen),
                money(f.opening.total_fen),
            )
        ]
        for kind, words in ROWS:
            m = f.moved(kind)
            rows.append(
                (
                    _words(words),
                    f"{m.entries:,}",
                    signed(m.principal_fen),
                    signed(m.bonus_fen),
                    signed(m.principal_fen + m.bonus_fen),
                )
            )
        rows.append(
            (
                _words("Closing balance (end of {day})").format(day=f.end),
                "",
                money(f.closing.principal_fen),
                money(f.closing.bonus_fen),
                money(f.closing.total_fen),
            )
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        moved = sum(m.principal_fen + m.bonus_fen for m in f.movements)
        check = _words("Opening {opening} {sign} movements {moved} = closing {closing}.").format(
            opening=money(f.opening.total_fen),
            sign="+" if moved >= 0 else "-",
            moved=money(abs(moved)),
            closing=money(f.closing.total_fen),
        )
        if not f.adds_up:
            check += " " + _words("These figures do not add up: run `memberdesk db check`.")
        self.check.setText(check)
        self.shown.emit(f)

    def save_pdf(self) -> None:
        self.compute()
        if self.figures is None:
            return
        from memberdesk.reports import liability as report  # reportlab: only when a PDF is made

        pdf = report.render(self.figures, ui_language())
        self.preview = PdfPreviewDialog(pdf, self.tr("Stored-value liability"), None, self)
        self.preview.show()
        self.pdf_made.emit(pdf)
