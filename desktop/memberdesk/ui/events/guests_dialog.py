"""An event's guest list: who is invited, what each said, who came; replies by keyboard.

In the list, Y (or 1) records "coming", N (or 2) "not coming", 0 "no answer" for the member
on the selected row; a "coming" beyond the places is refused with the numbers, on the dialog.
Typing in the find box narrows the list by name, phone ending or card number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.events import Reply
from memberdesk.services.events.invitations import Guest, guests
from memberdesk.services.events.plans import EventFacts, get_event
from memberdesk.services.events.replies import record_reply
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

REPLY_KEYS = {
    Qt.Key.Key_Y: Reply.COMING,
    Qt.Key.Key_1: Reply.COMING,
    Qt.Key.Key_N: Reply.NOT_COMING,
    Qt.Key.Key_2: Reply.NOT_COMING,
    Qt.Key.Key_0: Reply.NO_ANSWER,
}


class _ReplyKeys(QObject):
    def __init__(self, dialog: GuestsDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            reply = REPLY_KEYS.get(Qt.Key(event.key()))
            if reply is not None and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                self.dialog.reply(reply)
                return True
        return False


def _matches(guest: Guest, typed: str) -> bool:
    return typed in guest.name.lower() or guest.masked_phone.endswith(typed) or typed in guest.card_no.lower()


class GuestsDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.facts = ctx, facts
        self.rows: list[Guest] = []
        self.shown: list[Guest] = []
        self.setWindowTitle(self.tr("Guest list: %1").replace("%1", facts.title))
        self.find_box = QLineEdit()
        self.find_box.setObjectName("guests_find")
        self.find_box.setPlaceholderText(self.tr("Find by name, phone ending or card number"))
        self.find_box.textChanged.connect(lambda _text: self._show())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("guests_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Phone"), self.tr("Card"), self.tr("Tier"), self.tr("Reply"),
             self.tr("Came")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(_ReplyKeys(self))
        self.counts = QLabel()
        self.counts.setObjectName("guests_counts")
        self.error = QLabel()
        self.error.setObjectName("guests_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Y or 1: coming · N or 2: not coming · 0: no answer"))
        hint.setStyleSheet("color: #6b7280")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_primary(self.close_button)
        self.on_enter(self.find_box, self.table.setFocus)  # Enter in the find box: to the list
        self.resize(720, 520)
        self.load()

    @classmethod
    def open_for(cls, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> GuestsDialog:
        dialog = cls(ctx, facts, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.table.setFocus()
        return dialog

    def load(self) -> None:
        try:
            self.rows = guests(self.ctx.db, self.ctx.actor, self.facts.id)
            self.facts = get_event(self.ctx.db, self.ctx.actor, self.facts.id)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self._show()

    def _reply_text(self, guest: Guest) -> str:
        if guest.walk_in:
            return self.tr("walk-in")
        return {
            Reply.COMING: self.tr("coming"),
            Reply.NOT_COMING: self.tr("not coming"),
            Reply.NO_ANSWER: self.tr("no answer"),
        }[guest.reply]

    def _show(self) -> None:
        chosen = self.current()
        typed = self.find_box.text().strip().lower()
        self.shown = [g for g in self.rows if not typed or _matches(g, typed)]
        self.table.setRowCount(len(self.shown))
        for row, g in enumerate(self.shown):
            came = g.checked_in_at.astimezone().strftime("%H:%M") if g.checked_in_at is not None else ""
            cells = [g.name, g.masked_phone, g.card_no, member_labels.tier(g.tier), self._reply_text(g), came]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.shown:
            ids = [g.member_id for g in self.shown]
            self.table.selectRow(
                ids.index(chosen.member_id) if chosen is not None and chosen.member_id in ids else 0
            )
        f = self.facts
        places = (
            self.tr("no limit") if f.capacity is None else self.tr("%1 places").replace("%1", str(f.capacity))
        )
        self.counts.setText(
            self.tr("Invited %1 · coming %2 · not coming %3 · no answer %4 · came %5 · %6")
            .replace("%1", str(f.invited)).replace("%2", str(f.coming)).replace("%3", str(f.not_coming))
            .replace("%4", str(f.no_answer)).replace("%5", str(f.came)).replace("%6", places)
        )  # fmt: skip

    def current(self) -> Guest | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def reply(self, reply: Reply) -> None:
        guest = self.current()
        if guest is None:
            return
        if not guest.invited:
            self.error.setText(
                self.tr("%1 came without an invitation: there is no reply to take.").replace("%1", guest.name)
            )
            return
        try:
            record_reply(self.ctx.db, self.ctx.actor, self.facts.id, guest.member_id, reply)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.error.clear()
        self.ctx.data_changed.emit("events")
        self.load()
        row = self.table.currentRow()
        if row + 1 < self.table.rowCount():  # on to the next member, as down a phone list
            self.table.selectRow(row + 1)
