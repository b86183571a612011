"""Campaigns (营销活动), opened from the Segments screen (Ctrl+K): the store's campaigns with
their result, a form to set one up over a saved segment, Send… (the SMS file, approved by the
manager's PIN) and the measured lift against the control group."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError
from memberdesk.reports import cards as card_pdf
from memberdesk.services.campaigns import campaigns, results
from memberdesk.services.campaigns.cards import campaign_cards
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, rule_for
from memberdesk.services.segments import segments
from memberdesk.ui.widgets import file_dialogs
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.manager_approval import ManagerApprovalDialog
from memberdesk.ui.widgets.member_labels import money
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.workers import Job, Progress, run_in_background

KIND_WORDS: dict[str, str] = {
    "promotion": QT_TRANSLATE_NOOP("Campaigns", "Promotion"),
    "new_arrivals": QT_TRANSLATE_NOOP("Campaigns", "New arrivals first"),
    "event": QT_TRANSLATE_NOOP("Campaigns", "Event invitation"),
    "winback": QT_TRANSLATE_NOOP("Campaigns", "Win-back"),
}
MEASURE_WORDS: dict[str, str] = {
    "visits": QT_TRANSLATE_NOOP("Campaigns", "Counter visits recorded per member"),
    "sales": QT_TRANSLATE_NOOP("Campaigns", "Sales per member"),
    "revenue_fen": QT_TRANSLATE_NOOP("Campaigns", "Revenue per member"),
    "bought": QT_TRANSLATE_NOOP("Campaigns", "Share who bought"),
    "redeemed": QT_TRANSLATE_NOOP("Campaigns", "Share who used the coupon"),
    "won_back": QT_TRANSLATE_NOOP("Campaigns", "Lapsed members won back"),
}


def today() -> dt.date:
    """The day a new campaign starts and a send is dated (tests set their own)."""
    return dt.date.today()


def _words(measure: str, value: float) -> str:
    if measure == "revenue_fen":
        return money(round(value))
    if measure in ("bought", "redeemed", "won_back"):
        return f"{value * 100:.1f}%"
    return f"{value:.2f}"


class CampaignsDialog(GuardedDialog):
    """Set up, send and measure campaigns."""

    sent = Signal(object)  # campaigns.SendResult
    measured = Signal(object)  # results.CampaignResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.approval_dialog: ManagerApprovalDialog | None = None
        self.setWindowTitle(self.tr("Campaigns"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("camp_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Campaign"), self.tr("Kind"), self.tr("Segment"), self.tr("Window"),
             self.tr("Sent"), self.tr("Control")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.show_result)
        self.name = QLineEdit()
        self.name.setObjectName("camp_name")
        self.kind = QComboBox()
        for key, words in KIND_WORDS.items():
            self.kind.addItem(QCoreApplication.translate("Campaigns", words), key)
        self.segment = QComboBox()
        self.segment.setObjectName("camp_segment")
        self.message = QLineEdit()
        self.message.setObjectName("camp_message")
        self.message.setPlaceholderText(self.tr("{signature}{honorific}, … {coupon}"))
        self.starts, self.ends = date_edit(today()), date_edit(today() + dt.timedelta(days=30))
        self.control = QSpinBox()
        self.control.setObjectName("camp_control")
        self.control.setRange(0, campaigns.CONTROL_MAX)
        self.control.setSuffix(" %")
        self.control.setValue(10)
        self.coupon = QComboBox()
        self.coupon.setObjectName("camp_coupon")
        self.result_label = QLabel()
        self.result_label.setObjectName("camp_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel()
        self.outcome.setObjectName("camp_outcome")
        self.outcome.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setObjectName("camp_create")
        self.create_button.clicked.connect(self.create_campaign)
        self.send_button = QPushButton(self.tr("Send… (Ctrl+Enter)"))
        self.send_button.setObjectName("camp_send")
        self.send_button.setShortcut("Ctrl+Return")
        self.send_button.clicked.connect(self.choose_send)
        self.cards_button = QPushButton(self.tr("Print cards… (Ctrl+P)"))
        self.cards_button.setObjectName("camp_cards")
        self.cards_button.setShortcut("Ctrl+P")
        self.cards_button.clicked.connect(self.print_cards)
        self.preview: PdfPreviewDialog | None = None
        self.job: Job | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self._lay_out(close)
        self.set_primary(self.create_button)
        self.refresh()
        self.resize(900, 640)

    def _lay_out(self, close: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Message"), self.message)
        window = QHBoxLayout()
        for w in (self.starts, QLabel("–"), self.ends):
            window.addWidget(w)
        window.addStretch(1)
        form.addRow(self.tr("Measured from"), window)
        form.addRow(self.tr("Control group"), self.control)
        form.addRow(self.tr("Coupon"), self.coupon)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        for button in (close, self.cards_button, self.send_button, self.create_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(form)
        layout.addLayout(buttons)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: Any = None, parent: QWidget | None = None
    ) -> CampaignsDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        dialog.name.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.name.text().strip() or self.message.text().strip())

    def refresh(self) -> None:
        """The campaigns, the saved segments and the coupons, as they are now."""
        try:
            rows = campaigns.list_campaigns(self.ctx.db, self.ctx.store_id)
            saved = segments.list_segments(self.ctx.db, self.ctx.actor)
            templates = campaigns.coupon_templates(self.ctx.db, self.ctx.store_id)
        except ServiceError as err:
            self.outcome.setText(translate_error(err))
            return
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            kind = QCoreApplication.translate("Campaigns", KIND_WORDS[c.kind])
            window = f"{c.starts_on} – {c.ends_on}"
            held = f"{c.controls} ({c.control_percent}%)"
            cells = (c.name, kind, c.segment, window, str(c.recipients), held)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(r, col, item)
        keep = self.segment.currentText()
        self.segment.clear()
        self.segment.addItems([s.name for s in saved])
        if keep:
            self.segment.setCurrentText(keep)
        self.coupon.clear()
        self.coupon.addItem(self.tr("No coupon"), None)
        for template_id, name in templates:
            self.coupon.addItem(name, template_id)

    def chosen(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def create_campaign(self) -> None:
        form = campaigns.CampaignForm(
            name=self.name.text(), kind=str(self.kind.currentData()), segment=self.segment.currentText(),
            message=self.message.text(), starts_on=self.starts.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends.date().toPython(),  # type: ignore[arg-type]
            control_percent=self.control.value(), coupon_template_id=self.coupon.currentData(),
        )  # fmt: skip
        try:
            new_id = campaigns.create(self.ctx.db, self.ctx.actor, form)
        except ServiceError as err:
            self.outcome.setText(translate_error(err))
            return
        self.outcome.setText(
            self.tr("Campaign “{name}” set up: Send… when ready.").format(name=form.name.strip())
        )
        self.name.clear()
        self.message.clear()
        self.refresh()
        self._select(new_id)

    def _select(self, campaign_id: int) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == campaign_id:
                self.table.selectRow(r)
                self.table.setFocus()

    def choose_send(self) -> None:
        campaign_id = self.chosen()
        if campaign_id is None:
            self.outcome.setText(self.tr("Choose a campaign in the list first."))
            self.table.setFocus()
            return
        target = file_dialogs.save_file(
            self, "sms", self.tr("Send campaign"), self.tr("campaign") + ".csv", self.tr("CSV, UTF-8 (*.csv)")
        )
        if target is None:
            return
        if not rule_for(ExportFile.SMS).manager_pin:
            self.send(campaign_id, Path(target), None)
            return
        self.approval_dialog = ManagerApprovalDialog.open_for(
            self.ctx, self.tr("SMS file: {name}").format(name=Path(target).name), self
        )
        self.approval_dialog.approved.connect(lambda approval: self.send(campaign_id, Path(target), approval))

    def print_cards(self) -> None:
        """The campaign's cards for the members it reached, drawn off the window's thread and
        shown in the preview, which prints or saves them."""
        campaign_id = self.chosen()
        if campaign_id is None:
            self.outcome.setText(self.tr("Choose a campaign in the list first."))
            self.table.setFocus()
            return
        if self.job is not None:
            return
        db, actor, language = self.ctx.db, self.ctx.actor, ui_language()

        def build(progress: Progress) -> bytes | None:
            made = campaign_cards(db, actor, campaign_id, language)
            if not made:
                return None

            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return card_pdf.render(made, "card", title=made[0].title, progress=step)

        def done(pdf: bytes | None) -> None:
            self.job = None
            self.cards_button.setEnabled(True)
            if pdf is None:
                self.outcome.setText(self.tr("The campaign reached no member who can be sent a card."))
                return
            self.outcome.setText("")
            self.preview = PdfPreviewDialog(pdf, self.tr("Campaign cards"), None, self)
            self.preview.show()

        def failed(err: Exception) -> None:
            self.job = None
            self.cards_button.setEnabled(True)
            self.outcome.setText(translate_error(err) if isinstance(err, ServiceError) else str(err))

        self.cards_button.setEnabled(False)
        self.outcome.setText(self.tr("Preparing cards…"))
        self.job = run_in_background(build, on_done=done, on_error=failed, owner=self)

    def send(self, campaign_id: int, target: Path, approval: ExportApproval | None) -> None:
        try:
            done = campaigns.send(
                self.ctx.db, self.ctx.actor, campaign_id, ui_language(), approval, today=today()
            )
        except ServiceError as err:
            self.outcome.setText(translate_error(err))
            return
        target.write_text(done.to_csv(), encoding="utf-8")
        self.outcome.setText(
            self.tr("%n message(s) written", "", len(done.rows))
            + self.tr("; ")
            + self.tr("%n member(s) held out as control", "", done.new_controls)
            + self.tr("; ")
            + self.tr("%n member(s) left out (no consent).", "", done.without_consent)
        )
        self.refresh()
        self.activateWindow()  # back from the manager's PIN: the keys are this window's again
        self._select(campaign_id)
        self.sent.emit(done)

    def show_result(self) -> None:
        campaign_id = self.chosen()
        if campaign_id is None:
            self.result_label.clear()
            return
        try:
            found = results.result(self.ctx.db, self.ctx.actor, campaign_id)
        except ServiceError as err:
            self.result_label.setText(translate_error(err))
            return
        lines = [
            self.tr("{name}, {start} – {end}: {sent} recipients, {held} in the control group.").format(
                name=found.name,
                start=found.starts_on,
                end=found.ends_on,
                sent=found.recipients,
                held=found.controls,
            )
        ]
        for lift in found.lifts:
            if lift.measure == "won_back" and not (found.lapsed_recipients and found.lapsed_controls):
                continue
            if lift.measure == "redeemed" and found.totals["redeemed"] == (0, 0):
                continue  # no coupon was given, or none used yet
            between = (
                self.tr("95% range {low} to {high}").format(
                    low=_words(lift.measure, lift.low), high=_words(lift.measure, lift.high)
                )
                if lift.low is not None and lift.high is not None
                else self.tr("too few members to tell")
            )
            verdict = self.tr("a clear difference") if lift.clear else self.tr("within chance")
            said = self.tr("{measure}: recipients {a}, control {b}, difference {d} ({between}; {verdict})")
            lines.append(
                said.format(
                    measure=QCoreApplication.translate("Campaigns", MEASURE_WORDS[lift.measure]),
                    a=_words(lift.measure, lift.recipients), b=_words(lift.measure, lift.control),
                    d=_words(lift.measure, lift.difference), between=between, verdict=verdict,
                )
            )  # fmt: skip
        self.result_label.setText("\n".join(lines))
        self.measured.emit(found)
