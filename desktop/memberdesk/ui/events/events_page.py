"""The Events page (会员活动): the store's events with their counts, and everything done for
one: edit, invite, the guest list with replies, the check-in window at the door, printed
invitations and messages, and the follow-up after it.

Keys: Ctrl+N a new event, F2 edit, Ctrl+I invite, Enter the guest list, Ctrl+K check-in,
Ctrl+P print invitations, Ctrl+F the follow-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.events.plans import EventFacts, list_events
from memberdesk.ui.events.event_dialog import EventDialog
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.wrapping_row import WrappingRow


def when_text(facts: EventFacts) -> str:
    return facts.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")


class EventsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events: list[EventFacts] = []
        self.dialog: GuardedDialog | None = None
        self.approval_dialog: GuardedDialog | None = None  # an SMS file waiting for the manager
        self._shown_once = False
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("events_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Event"),
                self.tr("Place"),
                self.tr("Places"),
                self.tr("Invited"),
                self.tr("Coming"),
                self.tr("Not coming"),
                self.tr("Came"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(lambda _index: self.open_guests())
        self.status = QLabel()
        self.status.setObjectName("events_status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = WrappingRow(), WrappingRow()  # long words (or a longer language) wrap
        for name, text, keys, slot, row in (
            ("new", self.tr("New event… (Ctrl+N)"), "Ctrl+N", self.new_event, row1),
            ("edit", self.tr("Edit… (F2)"), "F2", self.edit_event, row1),
            ("invite", self.tr("Invite… (Ctrl+I)"), "Ctrl+I", self.invite, row1),
            ("guests", self.tr("Guest list and replies… (Enter)"), "", self.open_guests, row1),
            ("checkin", self.tr("Check-in at the door… (Ctrl+K)"), "Ctrl+K", self.check_in, row1),
            ("print", self.tr("Print invitations… (Ctrl+P)"), "Ctrl+P", self.print_invitations, row2),
            ("messages", self.tr("Export messages…"), "", self.export_messages, row2),
            ("follow_up", self.tr("Follow-up… (Ctrl+F)"), "Ctrl+F", self.follow_up, row2),
        ):
            button = QPushButton(text)
            button.setObjectName(f"events_{name}")
            if keys:
                button.setShortcut(QKeySequence(keys))
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.status)
        self.setFocusProxy(self.table)
        ctx.actor_changed.connect(lambda actor: self.refresh() if actor is not None else None)
        ctx.data_changed.connect(lambda what: self.refresh() if what in ("events", "members") else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once and self.ctx.signed_in:
            self.refresh()
        self._shown_once = True

    def page_title(self) -> str:
        return self.tr("Events")

    def reset_for_next_user(self) -> None:
        """Locked (F12): nothing selected or said; the list is read again at the next sign-in."""
        self.table.clearSelection()
        self.status.clear()

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        chosen = self.current()
        try:
            self.events = list_events(self.ctx.db, self.ctx.actor)
        except ServiceError as err:
            self.status.setText(translate_error(err))
            return
        self.table.setRowCount(len(self.events))
        for row, facts in enumerate(self.events):
            places = "—" if facts.capacity is None else str(facts.capacity)
            cells = [when_text(facts), facts.title, facts.location, places, str(facts.invited),
                     str(facts.coming), str(facts.not_coming), str(facts.came)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        ids = [e.id for e in self.events]
        if ids:
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)

    def current(self) -> EventFacts | None:
        row = self.table.currentRow()
        return self.events[row] if 0 <= row < len(self.events) else None

    def select_event(self, event_id: int) -> None:
        for row, facts in enumerate(self.events):
            if facts.id == event_id:
                self.table.selectRow(row)

    def _chosen(self) -> EventFacts | None:
        facts = self.current()
        if facts is None:
            self.status.setText(self.tr("Choose an event first, or make a new one with Ctrl+N."))
        return facts

    # --- actions -------------------------------------------------------------------------
    def _opened(self, dialog: GuardedDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.table.setFocus())

    def new_event(self) -> None:
        dialog = EventDialog.open_for(self.ctx, None, self)
        dialog.accepted.connect(lambda: self.select_event(dialog.saved_id or 0))
        self._opened(dialog)

    def edit_event(self) -> None:
        facts = self._chosen()
        if facts is not None:
            self._opened(EventDialog.open_for(self.ctx, facts, self))

    def invite(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.invite_dialog import InviteDialog

            self._opened(InviteDialog.open_for(self.ctx, facts, self))

    def open_guests(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.guests_dialog import GuestsDialog

            self._opened(GuestsDialog.open_for(self.ctx, facts, self))

    def check_in(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.checkin_window import CheckInWindow

            self._opened(CheckInWindow.open_for(self.ctx, facts, self))

    def print_invitations(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.papers import print_invitations

            print_invitations(self, facts)

    def export_messages(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.papers import export_messages

            self.approval_dialog = export_messages(self, facts)

    def follow_up(self) -> None:
        facts = self._chosen()
        if facts is not None:
            from memberdesk.ui.events.papers import print_follow_up

            print_follow_up(self, facts)
