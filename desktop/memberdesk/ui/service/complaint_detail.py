"""One complaint: its story, its history, and the next move a supervisor or clerk may make.

Every move has a key shown on its button (take Ctrl+T, resolve Ctrl+R, follow up Ctrl+F, close
Ctrl+D); the key works only while its button is shown. Enter in a field of a box runs that
box's button. A move that takes the complaint out of the list shown says so with
``moved_away``, and the page gives the keyboard back to the queue: a second Enter never lands
on the next complaint's form.
"""

from __future__ import annotations

import functools
import html
import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ComplaintStatus, Role, ServiceGap
from memberdesk.services.sales.recording import money
from memberdesk.services.service import complaint_coupons, complaints
from memberdesk.services.service.complaint_queue import ComplaintDetail, StepRow, detail
from memberdesk.services.service.complaint_rules import get_complaint_rules
from memberdesk.services.staff.auth import list_staff
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.service.complaint_queue_model import opened_text
from memberdesk.ui.widgets import complaint_labels, member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error

TAKE_KEY = QKeySequence("Ctrl+T")
RESOLVE_KEY = QKeySequence("Ctrl+R")
FOLLOW_UP_KEY = QKeySequence("Ctrl+F")
CLOSE_KEY = QKeySequence("Ctrl+D")  # none of these is a key a line edit or combo box claims


def with_key(text: str, key: QKeySequence) -> str:
    """A button's words with the key that presses it: "我来处理 (Ctrl+T)"."""
    return f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"


def press_by_key(button: QPushButton, key: QKeySequence, slot: object) -> QShortcut:
    """``key`` runs ``slot`` anywhere in the window, but only while ``button`` is shown."""
    shortcut = QShortcut(key, button)  # a hidden or disabled parent switches it off
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)  # type: ignore[arg-type]
    return shortcut


class ComplaintDetailView(QWidget):
    """Shows a complaint and offers take / resolve / follow up / close / note."""

    handle_requested = Signal(int)  # open the complaint-handling workflow beside it
    moved_away = Signal()  # a move took the complaint shown out of the list: back to the queue

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint: ComplaintDetail | None = None
        self._shown = 0  # show_complaint calls so far: did the page refresh us during a move?
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history = QListWidget()
        self.history.setMaximumHeight(140)

        self.take_button = QPushButton(with_key(self.tr("I'll handle it"), TAKE_KEY))
        self.take_button.clicked.connect(self.take)
        press_by_key(self.take_button, TAKE_KEY, self.take)
        self.workflow_button = QPushButton(self.tr("Guide me (complaint handling)"))
        self.workflow_button.clicked.connect(
            lambda: self.complaint and self.handle_requested.emit(self.complaint.id)
        )
        for button in (self.take_button, self.workflow_button):
            # a button that goes away after a click leaves its place empty, so the next click
            # never lands on whatever would have slid under the pointer
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.gap = QComboBox()
        # Short names in the box (the pane stays narrow enough at 1024 px); what the chosen
        # gap means is spelled out beneath it, and in each item's tooltip.
        self.gap.addItem(complaint_labels.gap_name(None), "")
        for g in ServiceGap:
            self.gap.addItem(complaint_labels.gap_name(g), g.value)
            self.gap.setItemData(self.gap.count() - 1, complaint_labels.gap(g), Qt.ItemDataRole.ToolTipRole)
        self.gap.activated.connect(self.set_gap)
        self.gap.currentIndexChanged.connect(self._explain_gap)
        self.gap_meaning = QLabel()
        self.gap_meaning.setWordWrap(True)
        self.gap_meaning.setStyleSheet("color: #6b7280;")
        self.gap_meaning.setMinimumHeight(2 * self.gap_meaning.fontMetrics().lineSpacing())  # never shifts

        self.resolve_box = QGroupBox(self.tr("Resolve"))
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("What was done for the customer"))
        hint = self.resolution.fontMetrics().horizontalAdvance(self.resolution.placeholderText())
        self.resolution.setMinimumWidth(hint + 16)  # the prompt reads whole (the pane scrolls if need be)
        self.compensation = QLineEdit("0")
        # the compensation as a real coupon (购物券) of that amount, instead of words
        self.as_coupon = QCheckBox(self.tr("Give it as a coupon, valid for"))
        self.as_coupon.setObjectName("compensation_as_coupon")
        self.coupon_days = QSpinBox()
        self.coupon_days.setObjectName("compensation_coupon_days")
        self.coupon_days.setRange(1, complaint_coupons.MAX_DAYS)
        self.coupon_days.setValue(complaint_coupons.DEFAULT_DAYS)
        self.coupon_days.setSuffix(self.tr(" days"))
        self.coupon_days.setEnabled(False)
        self.as_coupon.toggled.connect(self.coupon_days.setEnabled)
        coupon_row = QHBoxLayout()
        coupon_row.setContentsMargins(0, 0, 0, 0)
        coupon_row.addWidget(self.as_coupon)
        coupon_row.addWidget(self.coupon_days)
        coupon_row.addStretch(1)
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.approver = QComboBox()
        self.approver.addItem(self.tr("(not needed)"), 0)
        for staff in list_staff(ctx.db, ctx.store_id):
            if staff.role is Role.MANAGER:
                self.approver.addItem(staff.name, staff.id)
        self.approver_pin = QLineEdit()
        self.approver_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.resolve_button = QPushButton(with_key(self.tr("Record resolution…"), RESOLVE_KEY))
        self.resolve_button.setAutoDefault(True)
        self.resolve_button.clicked.connect(self.ask_resolve)
        press_by_key(self.resolve_button, RESOLVE_KEY, self.ask_resolve)
        for edit in (self.resolution, self.compensation, self.approver_pin, self.coupon_days.lineEdit()):
            edit.returnPressed.connect(self.ask_resolve)
        entry = QWidget()
        form = QFormLayout(entry)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Compensation (yuan)"), self.compensation)
        form.addRow("", coupon_row)
        form.addRow("", self.limit_label)
        form.addRow(self.tr("Manager approval"), self.approver)
        form.addRow(self.tr("Manager's PIN"), self.approver_pin)
        form.addRow("", self.resolve_button)

        # The resolution cannot be changed once recorded: the supervisor reads it back first.
        confirm = QWidget()
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_button = QPushButton(self.tr("Record it"))
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.clicked.connect(self.resolve)
        self.back_button = QPushButton(self.tr("Back, change it"))
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.cancel_resolve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addLayout(buttons)
        confirm_layout.addStretch(1)
        back_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), confirm)
        back_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_key.activated.connect(self.cancel_resolve)
        self.resolve_steps = QStackedWidget()
        self.resolve_steps.addWidget(entry)
        self.resolve_steps.addWidget(confirm)
        box_layout = QVBoxLayout(self.resolve_box)
        box_layout.addWidget(self.resolve_steps)
        self.resolve_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.follow_box = QGroupBox(self.tr("Follow up"))
        self.follow_note = QLineEdit()
        self.follow_note.setPlaceholderText(self.tr("How you contacted the customer and what they said"))
        self.follow_score = QComboBox()
        self.follow_score.addItem(self.tr("(did not say)"), 0)
        for value in range(1, 6):
            self.follow_score.addItem(str(value), value)
        self.follow_button = QPushButton(with_key(self.tr("Record follow-up"), FOLLOW_UP_KEY))
        self.follow_button.setAutoDefault(True)
        self.follow_button.clicked.connect(self.follow_up)
        press_by_key(self.follow_button, FOLLOW_UP_KEY, self.follow_up)
        self.follow_note.returnPressed.connect(self.follow_up)
        form = QFormLayout(self.follow_box)
        form.addRow(self.tr("Follow-up"), self.follow_note)
        form.addRow(self.tr("Satisfaction afterwards (1-5)"), self.follow_score)
        form.addRow("", self.follow_button)

        self.close_button = QPushButton(with_key(self.tr("Close the complaint"), CLOSE_KEY))
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.close_complaint)
        press_by_key(self.close_button, CLOSE_KEY, self.close_complaint)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a note to the history"))
        self.note.returnPressed.connect(self.add_note)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.take_button)
        top.addWidget(self.workflow_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        gap_row = QFormLayout()
        gap_row.addRow(self.tr("Service gap"), self.gap)
        gap_row.addRow("", self.gap_meaning)
        layout.addLayout(gap_row)
        layout.addWidget(self.resolve_box)
        layout.addWidget(self.follow_box)
        layout.addWidget(self.close_button)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history)
        layout.addWidget(self.note)
        layout.addStretch(1)
        chain = self.tab_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.show_complaint(None)

    def tab_chain(self) -> list[QWidget]:
        """The controls in the order Tab visits them (hidden ones are passed over)."""
        return [
            self.take_button,
            self.workflow_button,
            self.gap,
            self.resolution,
            self.compensation,
            self.as_coupon,
            self.coupon_days,
            self.approver,
            self.approver_pin,
            self.resolve_button,
            self.confirm_button,
            self.back_button,
            self.follow_note,
            self.follow_score,
            self.follow_button,
            self.close_button,
            self.history,
            self.note,
        ]

    # --- showing --------------------------------------------------------------------------

    def show_complaint(self, complaint_id: int | None) -> None:
        self._shown += 1
        self.problem.clear()
        self.resolve_steps.setCurrentIndex(0)
        if complaint_id is None:
            self.complaint = None
        else:
            try:
                self.complaint = detail(self.ctx.db, self.ctx.actor, complaint_id)
            except ServiceError as err:
                self.complaint = None
                self.problem.setText(translate_error(err))
        self._fill()

    def _summary_html(self, c: ComplaintDetail) -> str:
        e = html.escape
        colour = complaint_labels.SEVERITY_COLOUR[c.severity]
        customer = c.customer or self.tr("(walk-in)")
        lines = [
            f"<h3>{e(c.complaint_no)} · {e(customer)} {e(c.customer_phone)}</h3>",
            f"<b>{e(complaint_labels.category(c.category))}</b> · <span style='color:{colour}'>"
            f"{e(complaint_labels.severity(c.severity))}</span> · {e(complaint_labels.status(c.status))}",
            e(self.tr("Opened %1 by %2").replace("%1", opened_text(c.opened_at)).replace("%2", c.opened_by)),
            f"<p>{e(c.description)}</p>",
        ]
        if c.customer_request:
            lines.append(e(self.tr("Asks for: %1").replace("%1", c.customer_request)))
        if c.receipt_no or c.return_no:
            lines.append(
                e(
                    self.tr("Sale/return: %1").replace(
                        "%1", " / ".join(x for x in (c.receipt_no, c.return_no) if x)
                    )
                )
            )
        if c.due_at is not None:
            when = opened_text(c.due_at)
            text = self.tr("Target passed at %1") if c.overdue else self.tr("Target: %1")
            late = "#c9302c" if c.overdue else "#333333"
            lines.append(f"<span style='color:{late}'><b>{e(text.replace('%1', when))}</b></span>")
        if c.resolution:
            money = member_labels.money(c.compensation_fen)
            lines.append(
                e(self.tr("Resolved: %1 (compensation %2)").replace("%1", c.resolution).replace("%2", money))
            )
            given = complaint_coupons.coupon_of(self.ctx.db, self.ctx.store_id, c.complaint_no)
            if given is not None:
                lines.append(
                    e(
                        self.tr("Given as coupon %1, valid until %2%3")
                        .replace("%1", given.code)
                        .replace("%2", given.valid_to.isoformat())
                        .replace("%3", self.tr(" (used)") if given.used else "")
                    )
                )
        if c.follow_up_note:
            score = str(c.satisfaction_after) if c.satisfaction_after else "—"
            lines.append(
                e(
                    self.tr("Followed up: %1 (satisfaction %2)")
                    .replace("%1", c.follow_up_note)
                    .replace("%2", score)
                )
            )
        return "<br>".join(lines)

    def _history_line(self, step: StepRow) -> str:
        """When, who (and who approved), what changed, and the note, in the clerk's language."""
        who = step.staff
        if step.approved_by:
            who += " " + self.tr("(approved by %1)").replace("%1", step.approved_by)
        if step.gap_change is not None:
            before, after = step.gap_change
            what = (
                self.tr("service gap: %1 → %2")
                .replace("%1", complaint_labels.gap_name(before))
                .replace("%2", complaint_labels.gap_name(after))
            )
        else:
            what = "→ " + complaint_labels.status(step.to_status)
        return f"{opened_text(step.at)}  {who}  {what}  {step.note}".rstrip()

    def _fill(self) -> None:
        c = self.complaint
        actor = self.ctx.actor if self.ctx.signed_in else None
        supervisor = actor is not None and allowed(actor, Permission.HANDLE_COMPLAINT)
        self.summary.setText(self._summary_html(c) if c else self.tr("Choose a complaint in the queue."))
        self.history.clear()
        status = c.status if c else None
        for step in c.steps if c else ():
            self.history.addItem(self._history_line(step))
        mine = c is not None and actor is not None and c.handler_id == actor.staff_id
        self.take_button.setVisible(
            supervisor and status in (ComplaintStatus.OPEN, ComplaintStatus.HANDLING) and not mine
        )
        self.workflow_button.setVisible(c is not None and status is not ComplaintStatus.CLOSED)
        self.gap.setEnabled(supervisor and c is not None)
        if c is not None:
            self.gap.setCurrentIndex(max(0, self.gap.findData(c.service_gap.value if c.service_gap else "")))
        can_resolve = status is ComplaintStatus.OPEN or (
            status is ComplaintStatus.HANDLING and (mine or supervisor)
        )
        self.resolve_box.setVisible(can_resolve)
        coupons_allowed = actor is not None and allowed(actor, Permission.ISSUE_COUPON)
        self.as_coupon.setVisible(coupons_allowed)
        self.coupon_days.setVisible(coupons_allowed)
        if not coupons_allowed:
            self.as_coupon.setChecked(False)
        if can_resolve and actor is not None:
            limit = get_complaint_rules(self.ctx.db, self.ctx.store_id).limit_for(actor.role)
            self.limit_label.setText(
                self.tr("The manager's compensation has no upper limit.")
                if limit is None
                else self.tr("Up to %1 on your own; above it the manager approves.").replace(
                    "%1", member_labels.money(limit)
                )
            )
        self.follow_box.setVisible(status is ComplaintStatus.RESOLVED)
        self.close_button.setVisible(supervisor and status is ComplaintStatus.FOLLOWED_UP)
        self.note.setVisible(c is not None)

    def _explain_gap(self) -> None:
        value = self.gap.currentData()
        self.gap_meaning.setText(complaint_labels.gap(ServiceGap(value)) if value else "")
        self.gap.setToolTip(self.gap_meaning.text())

    # --- moves ----------------------------------------------------------------------------

    def _run(self, move: object, *args: object, clear: tuple[QLineEdit, ...] = ()) -> bool:
        if self.complaint is None:
            return False
        cid = self.complaint.id
        try:
            move(self.ctx.db, self.ctx.actor, cid, *args)  # type: ignore[operator]
        except ServiceError as err:
            self.problem.setText(translate_error(err))  # what was typed stays
            self._focus_field(err.field or "")
            return False
        for edit in clear:
            edit.clear()
        shown = self._shown
        self.ctx.data_changed.emit("complaints")
        if self._shown == shown:  # no queue refreshed us (e.g. shown on its own): show the new state
            self.show_complaint(cid)
        if self.complaint is None or self.complaint.id != cid:
            self.moved_away.emit()
        return True

    def _focus_field(self, field: str) -> None:
        """Put the keyboard where the clerk corrects what a move refused."""
        widget: QWidget | None = {
            "resolution": self.resolution,
            "compensation": self.compensation,
            "coupon_days": self.coupon_days,
            "approval": self.approver_pin if self.approver.currentData() else self.approver,
            "follow_up_note": self.follow_note,
            "satisfaction_after": self.follow_score,
            "note": self.note,
        }.get(field)
        if widget is not None and widget.isVisible():
            widget.setFocus()

    def take(self) -> None:
        if self.complaint is None or not self.take_button.isVisible():
            return
        if self._run(complaints.take) and self.resolve_box.isVisible():
            self.resolution.setFocus()  # the next thing a supervisor who took it does

    def ask_resolve(self) -> None:
        """Check what was typed, then show what will be recorded and ask before recording it."""
        if self.complaint is None or not self.resolve_box.isVisible():
            return
        self.problem.clear()
        words = self.resolution.text().strip()
        if not words:
            self.problem.setText(QCoreApplication.translate("Errors", "Write down how it was resolved."))
            self.resolution.setFocus()
            return
        try:
            fen = money(self.compensation.text(), "compensation", allow_zero=True)
        except ServiceError as err:
            self.problem.setText(translate_error(err))
            self.compensation.setFocus()
            return
        rules = get_complaint_rules(self.ctx.db, self.ctx.store_id)
        approver = int(self.approver.currentData() or 0)
        if rules.needs_manager(self.ctx.actor.role, fen) and not (approver and self.approver_pin.text()):
            self.problem.setText(QCoreApplication.translate("Errors", complaints.MANAGER_NEEDED))
            (self.approver_pin if approver else self.approver).setFocus()
            return
        e = html.escape
        lines = [
            "<b>" + e(self.tr("Record this resolution of %1? It cannot be changed afterwards.")
                      .replace("%1", self.complaint.complaint_no)) + "</b>",
            e(self.tr("Resolution: %1").replace("%1", words)),
            e(self.tr("Compensation: %1").replace("%1", member_labels.money(fen))),
        ]  # fmt: skip
        if self.as_coupon.isChecked():
            lines.append(
                e(self.tr("As a coupon of %1 valid for %n day(s)", "", self.coupon_days.value())
                  .replace("%1", member_labels.money(fen)))
            )  # fmt: skip
        if approver and rules.needs_manager(self.ctx.actor.role, fen):
            lines.append(e(self.tr("Approved by: %1").replace("%1", self.approver.currentText())))
        self.confirm_text.setText("<br>".join(lines))
        self.resolve_steps.setCurrentIndex(1)
        self.confirm_button.setFocus()

    def cancel_resolve(self) -> None:
        """Back to the form, with everything typed still there."""
        self.resolve_steps.setCurrentIndex(0)
        self.resolution.setFocus()

    def resolve(self) -> None:
        if self.complaint is None or self.resolve_steps.currentIndex() != 1:
            return  # only from the read-back, and only once
        approver = int(self.approver.currentData() or 0)
        approval = complaints.ManagerApproval(approver, self.approver_pin.text()) if approver else None
        self.resolve_steps.setCurrentIndex(0)
        days = self.coupon_days.value() if self.as_coupon.isChecked() else 0
        recorded = self._run(
            functools.partial(complaints.resolve, coupon_days=days),
            self.resolution.text(),
            self.compensation.text(),
            approval,
        )
        if recorded:
            self.resolution.clear()
            self.compensation.setText("0")
            self.as_coupon.setChecked(False)
            self.approver.setCurrentIndex(0)
        self.approver_pin.clear()  # a PIN is never kept in a form

    def follow_up(self) -> None:
        if self.complaint is None or not self.follow_box.isVisible():
            return
        score = int(self.follow_score.currentData() or 0) or None
        if self._run(complaints.follow_up, self.follow_note.text(), score, clear=(self.follow_note,)):
            self.follow_score.setCurrentIndex(0)

    def close_complaint(self) -> None:
        if self.complaint is None or not self.close_button.isVisible():
            return
        self._run(complaints.close, "")

    def add_note(self) -> None:
        self._run(complaints.add_note, self.note.text(), clear=(self.note,))

    def set_gap(self) -> None:
        value = self.gap.currentData()
        if value and self.complaint is not None and self.complaint.service_gap != ServiceGap(value):
            self._run(complaints.set_service_gap, ServiceGap(value))
