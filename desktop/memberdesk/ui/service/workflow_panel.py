"""The guided workflow panel beside the member card (F2 starts the reception workflow).

One step at a time: what to do, what to say (with the member's name and preferences filled
in once recognised), what to collect, and the part of the app the step opens. Keyboard only:
Ctrl+Enter finishes a step, Ctrl+Shift+Enter skips it, Ctrl+O opens its action, Ctrl+L leaves the
workflow. Each step is recorded as it ends, so leaving half-way keeps what was done.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import StepStatus, WorkflowOutcome
from memberdesk.services.members import card as card_service
from memberdesk.services.service import workflow_runs as runs
from memberdesk.ui.service.workflow_facts import member_facts
from memberdesk.ui.widgets import actions
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.side_slot import SideSlot
from memberdesk.ui.widgets.wrapping_row import WrappingRow
from memberdesk.workflows import default_library
from memberdesk.workflows.definition import Step, Workflow
from memberdesk.workflows.facts import fill_prompt, render
from memberdesk.workflows.library import RECEPTION, Library

DONE_KEY = QKeySequence("Ctrl+Return")
SKIP_KEY = QKeySequence("Ctrl+Shift+Return")
ACTION_KEY = QKeySequence("Ctrl+O")
LEAVE_KEY = QKeySequence("Ctrl+L")
PANEL_MIN_WIDTH = 260
_FIRST_CLAUSE = re.compile(r"[：:，,；;。.]")
_PHRASE_STYLE = "background: #fff7e6; border-left: 4px solid #f0ad4e; padding: 6px; font-size: 13pt;"


def problems_text(library: Library) -> str:
    """The files that could not be used, one line each, in the clerk's language."""
    lines = []
    for problem in library.problems:
        text = translate_error(problem.error)
        where = QCoreApplication.translate("WorkflowPanel", "%1, line %2: %3")
        lines.append(
            where.replace("%1", problem.path.name).replace("%2", str(problem.line)).replace("%3", text)
        )
    return "\n".join(lines)


class WorkflowPanel(QFrame):
    """Follow one workflow for one customer; records a ``WorkflowRun`` step by step."""

    finished = Signal(str)  # the outcome: "completed" or "left"

    def __init__(
        self,
        ctx: AppContext,
        workflow_key: str = RECEPTION,
        member_id: int | None = None,
        *,
        complaint_id: int | None = None,
        extra_facts: dict[str, str] | None = None,
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(PANEL_MIN_WIDTH)
        self.library = library or default_library()
        self.language = ui_language()
        self.member_id = member_id
        self.complaint_id = complaint_id
        self.facts: dict[str, str] = dict(extra_facts or {})
        self.open_complaints = 0
        self.run_id: int | None = None
        self.workflow: Workflow | None = None
        self.index = 0
        self.marks: list[str] = []
        self.step_started = dt.datetime.now(dt.UTC)
        self.dialogs: list[QWidget] = []

        self.chooser = QComboBox()
        for workflow in self.library.ordered():
            self.chooser.addItem(workflow.title.get(self.language), workflow.key)
        self.chooser.activated.connect(lambda _i: self.start(str(self.chooser.currentData())))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.steps = QListWidget()
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setMaximumHeight(150)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QLabel()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("workflowPrompt")
        font = self.prompt.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.prompt.setFont(font)
        self.phrases = QLabel()
        self.phrases.setWordWrap(True)
        self.phrases.setStyleSheet(_PHRASE_STYLE)
        self.phrases.setTextFormat(Qt.TextFormat.RichText)
        self.input_label = QLabel()
        self.choice = QComboBox()
        self.note = QLineEdit()
        self.note.returnPressed.connect(self.done)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.open_action)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.problems = QLabel(problems_text(self.library))
        self.problems.setStyleSheet("color: #8a6d3b")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(self.library.problems))

        self.done_button = QPushButton(self.tr("Done (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.done)
        self.skip_button = QPushButton(self.tr("Skip (Ctrl+Shift+Enter)"))
        self.skip_button.clicked.connect(self.skip)
        self.leave_button = QPushButton(self.tr("Leave (Ctrl+L)"))
        self.leave_button.clicked.connect(self.leave)
        for key, slot in (
            (DONE_KEY, self.done),
            (SKIP_KEY, self.skip),
            (ACTION_KEY, self.open_action),
            (LEAVE_KEY, self.leave),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.who)
        layout.addWidget(self.problems)
        layout.addWidget(self.steps)
        layout.addWidget(self.progress)
        layout.addWidget(self.prompt)
        layout.addWidget(self.phrases)
        layout.addWidget(self.input_label)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)
        layout.addWidget(self.action_button)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        buttons = QWidget()
        row = WrappingRow(buttons)
        row.addWidget(self.skip_button)
        row.addWidget(self.leave_button)
        layout.addWidget(buttons)
        for combo in (self.chooser, self.choice):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)

        ctx.open_member.connect(self.member_recognised)
        if member_id is not None:
            self._load_member(member_id)
        self.start(workflow_key)

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> WorkflowPanel:
        """The reception workflow beside the card of ``member_id`` (or for a walk-in customer)."""
        host = parent
        while host is not None and not hasattr(host, "set_side_panel"):
            host = host.parentWidget()
        current = getattr(host, "side_panel", None)
        if isinstance(current, WorkflowPanel) and current.running and current.workflow_key == RECEPTION:
            if member_id is not None and current.member_id is None:
                current.member_recognised(member_id)
            current.focus_step()
            return current
        panel = cls(ctx, RECEPTION, member_id)
        if host is not None:
            host.set_side_panel(panel)  # type: ignore[attr-defined]
        else:
            panel.setWindowFlag(Qt.WindowType.Tool)
            panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            panel.show()
        panel.focus_step()
        return panel

    @property
    def running(self) -> bool:
        return self.run_id is not None

    @property
    def workflow_key(self) -> str:
        return self.workflow.key if self.workflow else ""

    def start(self, key: str) -> None:
        """Start ``key`` afresh (a run already going is recorded as left)."""
        workflow = self.library.get(key) or self.library.get(RECEPTION)
        if workflow is None:
            self.error.setText(self.tr("No workflow can be used. Check the workflow files."))
            return
        if self.run_id is not None:
            self._finish(WorkflowOutcome.LEFT)
        self.workflow, self.index = workflow, 0
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(workflow.key)))
        try:
            self.run_id = runs.start_run(
                self.ctx.db,
                self.ctx.actor,
                workflow,
                member_id=self.member_id if workflow.about_customer else None,
                complaint_id=self.complaint_id if workflow.about_customer else None,
            )
        except ServiceError as err:
            self.run_id = None
            self.error.setText(translate_error(err))
            return
        self.steps.clear()
        self.marks = [""] * len(workflow.steps)
        for _step in workflow.steps:
            self.steps.addItem(QListWidgetItem())
        self._show_step()

    # --- the member -----------------------------------------------------------------------

    def _load_member(self, member_id: int) -> None:
        try:
            card = card_service.member_card(self.ctx.db, self.ctx.actor, member_id)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.member_id = member_id
        self.open_complaints = card.open_complaints
        self.facts.update(member_facts(card))

    @property
    def about_customer(self) -> bool:
        """False for a checklist of the staff member themselves (the start of the shift)."""
        return self.workflow is None or self.workflow.about_customer

    def member_recognised(self, member_id: int) -> None:
        """The customer was found in the box: their facts fill the prompts from now on."""
        if self.member_id is not None or self.run_id is None or not self.isVisible():
            return
        if not self.about_customer:
            return  # a customer recognised meanwhile is not part of the clerk's own checklist
        self._load_member(member_id)
        try:
            runs.attach_member(self.ctx.db, self.ctx.actor, self.run_id, member_id)
        except ServiceError as err:
            self.error.setText(translate_error(err))
        self._show_step()

    def _who_text(self) -> str:
        if not self.about_customer:
            name = self.ctx.actor.name if self.ctx.signed_in else ""
            return html.escape(self.tr("Your own check: %1").replace("%1", name))
        if self.member_id is None and self.complaint_id is not None:
            parts = [self.facts.get("complaint_no", ""), self.facts.get("customer", "")]
            return html.escape(" · ".join(p for p in parts if p))
        if self.member_id is None and "greeting" not in self.facts:
            return html.escape(self.tr("Customer not recognised yet: find them in the box on the left."))
        parts = [self.facts.get("greeting", ""), self.facts.get("tier", ""), self.facts.get("sizes", "")]
        text = html.escape(" · ".join(p for p in parts if p))
        if self.open_complaints and self.complaint_id is None:
            warning = self.tr(
                "%n open complaint(s): apologise first and ask how it was settled.", "", self.open_complaints
            )
            text += f"<br><b style='color:#c9302c'>{html.escape(warning)}</b>"
        return text

    # --- steps ----------------------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        if self.workflow is None or self.index >= len(self.workflow.steps):
            return None
        return self.workflow.steps[self.index]

    def _show_step(self) -> None:
        self.who.setText(self._who_text())
        self.error.clear()
        step = self.step
        self._list_steps()
        if step is None or self.workflow is None:
            self._show_finished()
            return
        self.steps.setCurrentRow(self.index)
        self.progress.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.workflow.steps)))
        )
        prompt, phrases = render(step, self.facts, self.language, self._unknown_words())
        self.prompt.setText(prompt)
        self.phrases.setText("<br>".join(f"“{html.escape(p)}”" for p in phrases))
        self.phrases.setVisible(bool(phrases))
        kind = step.input.kind if step.input else ""
        self.input_label.setText(step.input.label.get(self.language) if step.input else "")
        self.input_label.setVisible(bool(kind) and bool(self.input_label.text()))
        self.choice.clear()
        if step.input and kind == "choice":
            self.choice.addItem(self.tr("(choose)"), "")
            for option in step.input.options:
                self.choice.addItem(option.label.get(self.language), option.key)
        elif step.input and kind == "rating":
            self.choice.addItem(self.tr("(choose)"), "")
            for value in range(step.input.low, step.input.high + 1):
                self.choice.addItem(str(value), str(value))
        self.choice.setVisible(kind in ("choice", "rating"))
        self.note.clear()
        self.note.setVisible(kind == "note")
        available = step.action is not None and actions.available(step.action)
        self.action_button.setVisible(available)
        if available and step.action:
            label = actions.BY_NAME[step.action].label()
            self.action_button.setText(self.tr("Open: %1 (Ctrl+O)").replace("%1", label))
        for button in (self.done_button, self.skip_button):
            button.setEnabled(True)
        self.step_started = dt.datetime.now(dt.UTC)
        self.focus_step()

    def _unknown_words(self) -> str:
        """How a fact the prompt needs reads when it is not known."""
        if self.member_id is not None or "greeting" in self.facts:
            return self.tr("not on file")
        return self.tr("not known yet")

    def _list_steps(self) -> None:
        """Number, mark (done ✓, skipped ↷) and the prompt's first clause of every step."""
        if self.workflow is None:
            return
        for row, step in enumerate(self.workflow.steps):
            prompt = fill_prompt(step.prompt.get(self.language), self.facts, self._unknown_words())
            summary = _FIRST_CLAUSE.split(prompt, maxsplit=1)[0]
            item = self.steps.item(row)
            item.setText(f"{self.marks[row]}{row + 1}. {summary}")
            item.setSelected(row == self.index)

    def _show_finished(self) -> None:
        if not self.about_customer:
            self.progress.setText(self.tr("Checklist finished."))
            self.prompt.setText(self.tr("Thank you. Every answer is recorded."))
        else:
            at_the_counter = self.complaint_id is None  # F2 belongs to the Counter page
            self.progress.setText(
                self.tr("Workflow finished. F2 starts the next reception.")
                if at_the_counter
                else self.tr("Workflow finished.")
            )
            self.prompt.setText(self.tr("Thank you. Every step is recorded."))
        for w in (self.phrases, self.input_label, self.choice, self.note, self.action_button):
            w.setVisible(False)
        for button in (self.done_button, self.skip_button):
            button.setEnabled(False)

    def focus_step(self) -> None:
        """Put the keyboard on the step's input, if it has one."""
        if self.choice.isVisible():
            self.choice.setFocus()
        elif self.note.isVisible():
            self.note.setFocus()

    def _value(self) -> str:
        step = self.step
        if step is None or step.input is None:
            return ""
        if step.input.kind == "note":
            return self.note.text()
        return str(self.choice.currentData() or "")

    def _record(self, status: StepStatus) -> None:
        step = self.step
        if step is None or self.run_id is None or not self.isVisible():
            return
        try:
            runs.record_step(
                self.ctx.db,
                self.ctx.actor,
                self.run_id,
                step,
                status,
                started_at=self.step_started,
                value=self._value() if status is StepStatus.DONE else "",
            )
        except ServiceError as err:
            self.error.setText(translate_error(err))  # the step stays, with what was typed
            return
        self.marks[self.index] = "✓ " if status is StepStatus.DONE else "↷ "
        self.index += 1
        if self.step is None:
            self._finish(WorkflowOutcome.COMPLETED)
        self._show_step()

    def done(self) -> None:
        self._record(StepStatus.DONE)

    def skip(self) -> None:
        self._record(StepStatus.SKIPPED)

    def open_action(self) -> None:
        step = self.step
        if step is None or step.action is None or not actions.available(step.action) or not self.isVisible():
            return
        member = None if step.action == "enrol" else self.member_id
        self.dialogs.append(actions.trigger(step.action, self.ctx, member, self.window()))

    def _finish(self, outcome: WorkflowOutcome) -> None:
        if self.run_id is None:
            return
        try:
            runs.finish_run(self.ctx.db, self.ctx.actor, self.run_id, outcome)
        except ServiceError as err:
            self.error.setText(translate_error(err))
        self.run_id = None
        self.finished.emit(outcome.value)

    def abandon(self) -> None:
        """The panel is being replaced or the counter locked: a run going is recorded as left."""
        self._finish(WorkflowOutcome.LEFT)

    def leave(self) -> None:
        """Leave the workflow now: what was done stays recorded; the panel closes and the
        keyboard goes back to the counter's search box."""
        if not self.isVisible():
            return
        self._finish(WorkflowOutcome.LEFT)
        slot = self.parentWidget()
        if isinstance(slot, SideSlot) and slot.panel is self:
            slot.set_panel(None)
        else:
            self.close()
        self.ctx.back_to_counter.emit()
