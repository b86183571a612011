"""Setting up a store in a new database: the store row and its first manager."""

from __future__ import annotations

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Role
from memberdesk.services.staff.auth import hash_pin
from memberdesk.store.database import Database
from memberdesk.store.models import Staff, Store


def create_store(
    db: Database,
    *,
    code: str,
    name: str,
    manager_name: str,
    manager_code: str,
    manager_pin: str,
    invoice_desk: str = "",
) -> int:
    """Create a store with its first manager account (before anyone can sign in)."""
    if not code.strip() or not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Store code and name are required."), field="name")
    if not manager_name.strip() or not manager_code.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The manager's name and staff number are required."),
            field="manager_name",
        )
    pin_hash = hash_pin(manager_pin)
    with db.write() as s:
        store = Store(code=code.strip(), name=name.strip(), invoice_desk=invoice_desk)
        s.add(store)
        s.flush()
        s.add(
            Staff(
                store_id=store.id, code=manager_code, name=manager_name, role=Role.MANAGER, pin_hash=pin_hash
            )
        )
        return store.id


def first_store_id(db: Database) -> int | None:
    """The store this database serves (the first one, when a server holds several)."""
    with db.read() as s:
        return s.scalar(select(Store.id).order_by(Store.id).limit(1))


def store_name(db: Database, store_id: int) -> str:
    with db.read() as s:
        return s.scalar(select(Store.name).where(Store.id == store_id)) or ""
