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
    from memberdesk.ui import member_labels

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
