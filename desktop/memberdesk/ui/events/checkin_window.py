"""The check-in window at the event's door: scan a member card (or type the phone or card
number and press Enter) and the member is checked in, with a running count.

A card scanned anywhere in the app while this window is open checks the member in instead of
opening their card (``take_card_scan``, which the counter's scanner looks for). A member who
was not invited is let in and marked a walk-in; checking in twice says so and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.events.door import CheckIn, check_in
from memberdesk.services.events.plans import EventFacts
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

OK_STYLE = "font-size: 20pt; color: #166534;"
NOTE_STYLE = "font-size: 20pt; color: #92400e;"
ERROR_STYLE = "font-size: 16pt; color: #b00020;"


class CheckInWindow(GuardedDialog):
    def __init__(self, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.facts = ctx, facts
        self.last: CheckIn | None = None
        self.setWindowTitle(self.tr("Check-in: %1").replace("%1", facts.title))
        heading = QLabel(facts.title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.code = QLineEdit()
        self.code.setObjectName("checkin_code")
        self.code.setPlaceholderText(
            self.tr("Scan the member card, or type the phone or card number and Enter")
        )
        self.code.setStyleSheet("font-size: 16pt;")
        self.said = QLabel(self.tr("Waiting for the first guest."))
        self.said.setObjectName("checkin_said")
        self.said.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("checkin_count")
        self.count.setStyleSheet("font-size: 14pt;")
        self.check_button = QPushButton(self.tr("Check in"))
        self.check_button.setObjectName("checkin_go")
        self.check_button.clicked.connect(self.enter)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.code)
        layout.addWidget(self.said, 1)
        layout.addLayout(buttons)
        self.set_primary(self.check_button)
        self._show_count(facts.came)
        self.resize(620, 320)

    @classmethod
    def open_for(cls, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> CheckInWindow:
        dialog = cls(ctx, facts, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.code.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.code.text().strip())

    def _show_count(self, came: int) -> None:
        invited = self.facts.invited
        self.count.setText(
            self.tr("Checked in: %1 (invited %2)").replace("%1", str(came)).replace("%2", str(invited))
        )

    def take_card_scan(self, code: str) -> bool:
        """A card scanned while this window is open: check its member in (the scanner asks)."""
        self.code.setText(code)
        self.enter()
        return True

    def enter(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        try:
            done = check_in(self.ctx.db, self.ctx.actor, self.facts.id, code)
        except ServiceError as err:
            self.said.setStyleSheet(ERROR_STYLE)
            self.said.setText(translate_error(err))
            self.code.selectAll()
            return
        self.last = done
        self.code.clear()
        if done.already:
            self.said.setStyleSheet(NOTE_STYLE)
            self.said.setText(
                self.tr("%1 was already checked in at %2.")
                .replace("%1", done.name)
                .replace("%2", done.checked_in_at.astimezone().strftime("%H:%M"))
            )
        elif done.walk_in:
            self.said.setStyleSheet(NOTE_STYLE)
            self.said.setText(
                self.tr("Welcome, %1! (not invited: checked in as a walk-in)").replace("%1", done.name)
            )
        else:
            self.said.setStyleSheet(OK_STYLE)
            self.said.setText(self.tr("Welcome, %1!").replace("%1", done.name))
        self._show_count(done.count)
        if not done.already:
            self.ctx.data_changed.emit("events")
