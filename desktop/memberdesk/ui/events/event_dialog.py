"""Creating or editing a member event: name, date and time, place, places, whom to answer,
and what the members will find there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.events.plans import EventFacts, EventForm, create_event, edit_event
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import ISO_DATE_TIME, date_time_edit
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def local_start(edit: QDateTimeEdit) -> dt.datetime:
    """The moment typed in the field, as the counter's local time, timezone-aware."""
    value = edit.dateTime().toPython()
    assert isinstance(value, dt.datetime)
    return value.replace(second=0, microsecond=0).astimezone()


class EventDialog(GuardedDialog):
    """One form; Enter saves from any one-line field (the description takes Ctrl+Enter)."""

    def __init__(
        self, ctx: AppContext, event: EventFacts | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.facts = ctx, event
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        self.title = QLineEdit()
        self.title.setObjectName("event_title")
        self.title.setPlaceholderText(self.tr("e.g. VIP appreciation party"))
        self.starts = date_time_edit()
        self.starts.setObjectName("event_starts")
        self.location = QLineEdit()
        self.location.setObjectName("event_location")
        self.capacity = QLineEdit()
        self.capacity.setObjectName("event_capacity")
        self.capacity.setPlaceholderText(self.tr("how many members may come"))
        self.contact = QLineEdit()
        self.contact.setObjectName("event_contact")
        self.contact.setPlaceholderText(self.tr("name and phone; empty: the store's phone"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("event_description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the members will find there"))
        self.error = QLabel()
        self.error.setObjectName("event_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.fields = {
            "title": self.title,
            "starts_at": self.starts,
            "location": self.location,
            "capacity": self.capacity,
            "rsvp_contact": self.contact,
        }
        form = QFormLayout()
        form.addRow(self.tr("Event"), self.title)
        form.addRow(self.tr("Date and time"), self.starts)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Places"), self.capacity)
        form.addRow(self.tr("Replies to"), self.contact)
        form.addRow(self.tr("Description"), self.description)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save event"))
        self.save.setObjectName("event_save")
        self.save.clicked.connect(self.record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_primary(self.save)
        self._fill(event)
        self._as_opened = self._typed()
        self.resize(520, 420)

    def _fill(self, event: EventFacts | None) -> None:
        if event is None:
            tomorrow = QDateTime.currentDateTime().addDays(7)
            tomorrow.setTime(QTime(19, 0))
            self.starts.setDateTime(tomorrow)
            return
        local = event.starts_at.astimezone()
        self.starts.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.title.setText(event.title)
        self.location.setText(event.location)
        self.capacity.setText("" if event.capacity is None else str(event.capacity))
        self.contact.setText(event.rsvp_contact)
        self.description.setPlainText(event.description)

    def _typed(self) -> tuple[str, ...]:
        return (
            self.title.text(), self.starts.dateTime().toString(ISO_DATE_TIME), self.location.text(),
            self.capacity.text(), self.contact.text(), self.description.toPlainText(),
        )  # fmt: skip

    def has_typed_data(self) -> bool:
        return self._typed() != self._as_opened

    @classmethod
    def open_for(
        cls, ctx: AppContext, event: EventFacts | None, parent: QWidget | None = None
    ) -> EventDialog:
        dialog = cls(ctx, event, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.title.setFocus()
        return dialog

    def form(self) -> EventForm:
        return EventForm(
            self.title.text(), local_start(self.starts), self.location.text(), self.capacity.text(),
            self.contact.text(), self.description.toPlainText(),
        )  # fmt: skip

    def record(self) -> None:
        try:
            if self.facts is None:
                self.saved_id = create_event(self.ctx.db, self.ctx.actor, self.form())
            else:
                edit_event(self.ctx.db, self.ctx.actor, self.facts.id, self.form())
                self.saved_id = self.facts.id
        except ServiceError as err:
            self.error.setText(translate_error(err))
            field = self.fields.get(err.field or "")
            if field is not None:
                field.setFocus()
            return
        self.ctx.data_changed.emit("events")
        self.ctx.info(self.tr("Event saved."))
        self.accept()
