"""The cash drawer on the printer's kick port.

The drawer opens by itself when a paper with cash in it prints (the kick after the cut, see
``reports/thermal.py``). Opened for anything else — change for the till, a note checked — it
takes a supervisor: the supervisor signed in, or a supervisor's PIN typed at the clerk's
counter, and a reason. Every such opening is audited (``drawer.open``: who, when, why, who
approved) before the drawer is kicked, so an opening that the printer then fails still shows.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from escpos.printer import Dummy

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.devices import printer
from memberdesk.services.devices.setup import DeviceSettings
from memberdesk.services.staff import audit, auth
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.store.database import Database

MAX_REASON = 200
PIN_2 = 2  # the kick port's pin most drawers hang on


def kick_bytes() -> bytes:
    """ESC p: pulse the drawer's pin (python-escpos' own timings)."""
    dummy = Dummy()
    dummy.cashdraw(PIN_2)
    return bytes(dummy.output)


def tidy_reason(typed: str) -> str:
    """A reason as kept: control characters dropped, runs of white space one space."""
    kept = "".join(ch for ch in typed if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs"))
    return " ".join(kept.split())


@dataclass(frozen=True)
class Approval:
    """A supervisor's PIN typed at the counter."""

    staff_id: int
    pin: str


@dataclass(frozen=True)
class DrawerOpening:
    at: dt.datetime
    staff_id: int  # who asked
    approved_by: int  # the supervisor: the one who asked, or the one whose PIN was typed
    reason: str


def authorise(
    db: Database,
    actor: Actor,
    reason: str,
    *,
    approval: Approval | None = None,
    now: dt.datetime | None = None,
) -> DrawerOpening:
    """Check the reason and the supervisor, and audit the opening; the caller then kicks."""
    why = tidy_reason(reason)
    if not why:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the drawer is opened."), field="reason")
    if len(why) > MAX_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The reason is at most {n} characters."), field="reason", n=MAX_REASON
        )
    at = now or dt.datetime.now(dt.UTC)
    if allowed(actor, Permission.OPEN_DRAWER):
        approver = actor.staff_id
    elif approval is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Opening the drawer without a sale needs a supervisor's PIN."),
            field="approval",
        )
    else:
        approver = auth.approve(
            db,
            actor,
            approval.staff_id,
            approval.pin,
            Permission.OPEN_DRAWER,
            refused=QT_TRANSLATE_NOOP("Errors", "Only a supervisor or the manager may open the drawer."),
            now=at,
        ).staff_id
    with db.write() as s:
        audit.record(
            s,
            actor,
            "drawer.open",
            entity="drawer",
            after={"approved_by": approver},
            detail=why,
            at=at,
        )
    return DrawerOpening(at, actor.staff_id, approver, why)


def kick(settings: DeviceSettings, timeout: float | None = None) -> None:
    """Open the drawer through the printer; ``PrinterUnavailable`` when it did not."""
    if not settings.drawer:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No cash drawer is set up on this counter."))
    printer.send(settings.address, kick_bytes(), settings.timeout_s if timeout is None else timeout)
