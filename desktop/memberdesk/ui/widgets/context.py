"""What every page shares: the database, who is signed in, and the app-wide signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from memberdesk.domain.errors import ServiceError
from memberdesk.services.common.context import Actor

if TYPE_CHECKING:  # the GUI only hands the handle to services
    from memberdesk.store.database import Database


def translate_error(error: ServiceError) -> str:
    """The clerk's-language text of a service error (its fields filled after translating)."""
    text = QCoreApplication.translate("Errors", error.message)
    try:
        return text.format(**error.params) if error.params else text
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.english()


class AppContext(QObject):
    """The signed-in session of the counter.

    Views never talk to each other directly: a write announces ``data_changed`` with what
    changed (``"members"``, ``"sales"``, ...), and each view refreshes itself (Anki's
    operation_did_execute). Services never show dialogs; errors and notices travel on
    ``message`` to the window (qutebrowser's message bridge).
    """

    actor_changed = Signal(object)  # Actor | None
    data_changed = Signal(str)
    message = Signal(str, str)  # level ("info", "warning", "error"), text
    open_member = Signal(int)  # member id: show that member's card (e.g. after a card scan)
    show_complaint = Signal(int)  # complaint id: show it on the Complaints page
    back_to_counter = Signal()  # a dialog or panel of the counter closed: the search box takes the keys

    def __init__(self, db: Database, store_id: int, store_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.store_id = store_id
        self.store_name = store_name
        self._actor: Actor | None = None

    @property
    def actor(self) -> Actor:
        """The signed-in staff member. Pages are only shown while someone is signed in."""
        if self._actor is None:
            raise RuntimeError("no one is signed in")
        return self._actor

    @property
    def signed_in(self) -> bool:
        return self._actor is not None

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def info(self, text: str) -> None:
        self.message.emit("info", text)

    def error(self, error: ServiceError | str) -> None:
        self.message.emit("error", translate_error(error) if isinstance(error, ServiceError) else error)
