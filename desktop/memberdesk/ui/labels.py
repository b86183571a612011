"""What the clerk reads for each stored vocabulary value, in the UI's language.

Each label is a literal ``QCoreApplication.translate("Labels", ...)`` call so that
``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.vocab import Role


def role(value: Role) -> str:
    return {
        Role.CLERK: QCoreApplication.translate("Labels", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
    }[value]
