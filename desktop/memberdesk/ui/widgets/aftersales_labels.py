"""What the clerk reads for after-sales kinds and statuses: the F10 dialog, the member card
and the Care page's after-sales list all say the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.vocab import ServiceKind, ServiceStatus


def kind_label(value: ServiceKind) -> str:
    names = {
        ServiceKind.ALTERATION: QCoreApplication.translate("Sales", "Alteration"),
        ServiceKind.REPAIR: QCoreApplication.translate("Sales", "Repair"),
        ServiceKind.INSTALLATION: QCoreApplication.translate("Sales", "Installation"),
        ServiceKind.HOME_VISIT: QCoreApplication.translate("Sales", "Home visit"),
    }
    return names[value]


def status_label(status: ServiceStatus) -> str:
    names = {
        ServiceStatus.PENDING: QCoreApplication.translate("AfterSales", "Promised"),
        ServiceStatus.IN_PROGRESS: QCoreApplication.translate("AfterSales", "In progress"),
        ServiceStatus.DONE: QCoreApplication.translate("AfterSales", "Done"),
        ServiceStatus.CANCELLED: QCoreApplication.translate("AfterSales", "Cancelled"),
    }
    return names[status]
