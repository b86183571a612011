"""What the GUI thread asks of the database, counted in SQLite's own steps (no clock).

SQLite calls a connection's progress handler every ``EVERY`` virtual-machine instructions,
on the thread that runs the statement. Counting those calls while the GUI thread is the one
running tells a query that grows with the store (a count over every member) from one that
stops after a page (a keyset page of 200), whatever the machine's speed or load.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event

from memberdesk.store.database import Database

EVERY = 100  # instructions between two calls of the handler


class GuiThreadSteps:
    """Counts the SQLite instructions run on the GUI (main) thread on one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.steps = 0
        # at every checkout, not only at connect: the store's health check sets a handler of
        # its own on a pooled connection and clears it when done
        event.listen(db.engine, "checkout", self._watch)

    def _watch(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.set_progress_handler(self._tick, EVERY)

    def _tick(self) -> int:
        if threading.current_thread() is threading.main_thread():
            self.steps += EVERY
        return 0  # never interrupt the statement

    def take(self) -> int:
        """The steps counted since the last call."""
        steps, self.steps = self.steps, 0
        return steps

    def remove(self) -> None:
        event.remove(self.db.engine, "checkout", self._watch)
        self.db.engine.dispose()  # no connection keeps the handler
