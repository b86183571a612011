"""The start-of-shift offer above the counter: appearance and etiquette (仪容仪表, 服务礼仪).

Offered after sign-in, once per staff member per day: starting it opens the checklist in the
workflow panel (each answer is recorded with the run); "Not today" records the skip, so the
offer does not come back until tomorrow.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.service import workflow_runs as runs
from memberdesk.ui.widgets.context import AppContext

START_OF_SHIFT = "start_of_shift"


def start_of_local_day(now: dt.datetime | None = None) -> dt.datetime:
    """Midnight of the counter's local day, as an aware datetime."""
    local = (now or dt.datetime.now(dt.UTC)).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


class ShiftChecklistOffer(QFrame):
    """A slim banner: "Start of shift: appearance and etiquette" — Start / Not today."""

    start_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shiftOffer")
        self.setStyleSheet("QFrame#shiftOffer { background: #eff6ff; border: 1px solid #93c5fd; }")
        self.message = QLabel(self.tr("Start of shift: check appearance and service etiquette."))
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start checklist"))
        self.start_button.clicked.connect(self.start_requested.emit)
        self.skip_button = QPushButton(self.tr("Not today"))
        self.skip_button.clicked.connect(self.skip)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.skip_button)
        self.hide()

    def _workflow(self):  # type: ignore[no-untyped-def]
        from memberdesk.workflows import default_library

        return default_library().get(START_OF_SHIFT)

    def due(self) -> bool:
        """True when the signed-in clerk has not yet started or skipped it today."""
        if not self.ctx.signed_in:
            return False
        try:
            return not runs.ran_since(self.ctx.db, self.ctx.actor, START_OF_SHIFT, start_of_local_day())
        except ServiceError:
            return False

    def offer(self) -> None:
        self.setVisible(self.due() and self._workflow() is not None)

    def skip(self) -> None:
        workflow = self._workflow()
        self.hide()
        if workflow is None or not self.ctx.signed_in:
            return
        try:
            runs.skip_workflow(self.ctx.db, self.ctx.actor, workflow)
        except ServiceError as err:
            self.ctx.error(err)
        self.ctx.back_to_counter.emit()
