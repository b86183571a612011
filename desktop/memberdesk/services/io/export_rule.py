"""One rule for every file that takes members' data out of the app, whoever asks and from where.

What a file holds decides what it needs, not the door it leaves by (the Members page, the
Care page or a command):

| file | permission | a manager's PIN, typed for this file |
|---|---|---|
| member list, phones masked | export members (supervisor, manager) | no |
| member list with full phone numbers | export members | yes |
| … with consented sensitive fields | export members and reveal sensitive (supervisor, manager) | yes |
| SMS file (phones and personal messages) | export members | yes |

The PIN is checked here, by the service that writes the file, with the same counted check
as sign-in (``auth.approve``): a locked manager is refused whatever the PIN, and a wrong PIN
counts toward the lock-out. A signed-in manager types their own PIN again: being signed in
for hours is not being at the counter now. The GUI and the command line ask ``rule_for``
what to ask the person for, and pass the answer as an ``ExportApproval``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import Permission, allowed, require
from memberdesk.store.database import Database

MANAGER_PIN_NEEDED = QT_TRANSLATE_NOOP(
    "Errors",
    "This file holds members' phone numbers or sensitive data: the manager approves it with their PIN.",
)
PIN_MAX = 64


class ExportFile(StrEnum):
    """What a file takes out of the app."""

    MEMBERS_MASKED = "members_masked"  # the member list, phones shown as 138****5678
    MEMBERS = "members"  # the member list with full phone numbers (it can be imported back)
    MEMBERS_SENSITIVE = "members_sensitive"  # … with consented ethnicity, religion and income
    SMS = "sms"  # phone numbers with a personal message each, for the SMS provider


@dataclass(frozen=True)
class ExportRule:
    """What the person asking must be allowed, and whether a manager approves with a PIN."""

    permissions: tuple[Permission, ...]
    manager_pin: bool


RULES: dict[ExportFile, ExportRule] = {
    ExportFile.MEMBERS_MASKED: ExportRule((Permission.EXPORT_MEMBERS,), manager_pin=False),
    ExportFile.MEMBERS: ExportRule((Permission.EXPORT_MEMBERS,), manager_pin=True),
    ExportFile.MEMBERS_SENSITIVE: ExportRule(
        (Permission.EXPORT_MEMBERS, Permission.REVEAL_SENSITIVE), manager_pin=True
    ),
    ExportFile.SMS: ExportRule((Permission.EXPORT_MEMBERS,), manager_pin=True),
}


def member_file(*, full_phones: bool, sensitive: bool) -> ExportFile:
    """Which kind of file a member export with these choices is."""
    if sensitive:
        return ExportFile.MEMBERS_SENSITIVE
    return ExportFile.MEMBERS if full_phones else ExportFile.MEMBERS_MASKED


def rule_for(kind: ExportFile) -> ExportRule:
    return RULES[kind]


def may_ask(actor: Actor, kind: ExportFile) -> bool:
    """Whether ``actor``'s role may ask for this file at all (with an approval when needed)."""
    return all(allowed(actor, p) for p in RULES[kind].permissions)


@dataclass(frozen=True)
class ExportApproval:
    """The manager who approves this file, and the PIN they typed for it."""

    staff_id: int
    pin: str


def authorise(db: Database, actor: Actor, kind: ExportFile, approval: ExportApproval | None) -> int | None:
    """Refuse unless the rule for ``kind`` is met; the approving manager's id (None: not needed).

    Called by every service that writes such a file, before it reads a single member.
    """
    rule = RULES[kind]
    for permission in rule.permissions:
        require(actor, permission)
    if not rule.manager_pin:
        return None
    if approval is None or not isinstance(approval.pin, str) or not approval.pin:
        raise PermissionDenied(MANAGER_PIN_NEEDED, field="approval")
    manager = auth.approve(
        db,
        actor,
        approval.staff_id,
        approval.pin[:PIN_MAX],
        Permission.APPROVE_EXPORT,
        refused=MANAGER_PIN_NEEDED,
    )
    return manager.staff_id
