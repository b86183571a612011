"""Errors a clerk may see. Services raise these; the UI translates and shows them.

Messages are English source text marked for Qt's translation tools with
``QT_TRANSLATE_NOOP("Errors", ...)``; ``str.format`` fields are filled after translation,
so the words can move in Chinese sentences.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without importing Qt."""
    return text


class ServiceError(Exception):
    """Something the clerk can act on. ``message`` is untranslated; ``params`` fill it in."""

    def __init__(self, message: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params
        self.field = field  # which input the message is about, so the form can point at it

    def english(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


class ValidationError(ServiceError):
    """An input the clerk typed is not acceptable; nothing was saved."""


class NotFound(ServiceError):
    """The record asked for does not exist."""


class Conflict(ServiceError):
    """The data changed meanwhile, or the action would break a rule (a duplicate, a limit)."""


class PermissionDenied(ServiceError):
    """The signed-in staff member's role does not allow this."""


class AccountLocked(ServiceError):
    """Too many wrong PINs: the account waits, or a supervisor unlocks it."""


class WrongPin(ServiceError):
    """The PIN did not match."""


class Busy(ServiceError):
    """Another counter held the database's write lock too long; nothing was saved, try again."""


class StorageFull(ServiceError):
    """The disk under the database is full; nothing was saved."""


class Problem(StrEnum):
    """What can be wrong with a database before the app may use it."""

    MISSING = "missing"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    TOO_NEW = "too_new"
    NOT_MEMBERDESK = "not_memberdesk"
    UNREACHABLE = "unreachable"
    DISK_FULL = "disk_full"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; ``problem`` says why, ``detail`` what was seen."""

    def __init__(self, problem: Problem, location: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {location}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.location = location
        self.detail = detail
