"""What the clerk reads for each stored vocabulary value, in the UI's language.

Each label is a literal ``QCoreApplication.translate("Labels", ...)`` call so that
``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.analytics import Segment
from memberdesk.domain.vocab import Channel, Role, Tier
from memberdesk.services.staff.permissions import GRANTS, Permission


def role(value: Role) -> str:
    return {
        Role.CLERK: QCoreApplication.translate("Labels", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
    }[value]


def segment(value: Segment) -> str:
    """An RFM segment in the shop's words (重要价值 …)."""
    return {
        Segment.IMPORTANT_VALUE: QCoreApplication.translate("Labels", "Important value"),
        Segment.IMPORTANT_DEVELOP: QCoreApplication.translate("Labels", "Important to develop"),
        Segment.IMPORTANT_KEEP: QCoreApplication.translate("Labels", "Important to keep"),
        Segment.IMPORTANT_RETAIN: QCoreApplication.translate("Labels", "Important to win back"),
        Segment.GENERAL_VALUE: QCoreApplication.translate("Labels", "General value"),
        Segment.GENERAL_DEVELOP: QCoreApplication.translate("Labels", "General to develop"),
        Segment.GENERAL_KEEP: QCoreApplication.translate("Labels", "General to keep"),
        Segment.GENERAL_RETAIN: QCoreApplication.translate("Labels", "General to win back"),
    }[value]


def stored_word(kind: type[StrEnum], value: str) -> str:
    """A stored vocabulary value (a tier, a channel …) in words; an unknown value as it is."""
    from memberdesk.ui.widgets import member_labels

    readers: dict[type[StrEnum], Callable[[Any], str]] = {
        Tier: member_labels.tier,
        Channel: member_labels.channel,
        Segment: segment,
        Role: role,
    }
    try:
        return readers[kind](kind(value))
    except (KeyError, ValueError):
        return value


def _roles_with(permission: Permission) -> list[Role]:
    return [r for r in Role if permission in GRANTS[r]]


def who_may(permission: Permission, what: str) -> str:
    """Why something is greyed: "Importing members: only the manager may do this." """
    roles = _roles_with(permission)
    if roles == [Role.MANAGER]:
        text = QCoreApplication.translate("Labels", "%1: only the manager may do this.")
    elif roles == [Role.SUPERVISOR, Role.MANAGER]:
        text = QCoreApplication.translate("Labels", "%1: only a supervisor or the manager may do this.")
    else:
        text = QCoreApplication.translate("Labels", "%1: your role may not do this.")
    return text.replace("%1", what)


def who_may_change(permission: Permission) -> str:
    """The note beside a greyed setting: who can change it."""
    roles = _roles_with(permission)
    if roles == [Role.MANAGER]:
        return QCoreApplication.translate("Labels", "Only the manager can change this.")
    if roles == [Role.SUPERVISOR, Role.MANAGER]:
        return QCoreApplication.translate("Labels", "Only a supervisor or the manager can change this.")
    return QCoreApplication.translate("Labels", "Your role cannot change this.")
