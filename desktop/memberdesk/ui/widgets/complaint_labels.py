"""What the clerk reads for complaint vocabularies (categories, gaps, severities, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, ServiceGap, Severity


def category(value: ComplaintCategory) -> str:
    return {
        ComplaintCategory.PRODUCT_QUALITY: QCoreApplication.translate("ComplaintLabels", "Product quality"),
        ComplaintCategory.SERVICE_ATTITUDE: QCoreApplication.translate("ComplaintLabels", "Service attitude"),
        ComplaintCategory.PRICE: QCoreApplication.translate("ComplaintLabels", "Price"),
        ComplaintCategory.ENVIRONMENT: QCoreApplication.translate("ComplaintLabels", "Store environment"),
        ComplaintCategory.WAITING: QCoreApplication.translate("ComplaintLabels", "Waiting"),
        ComplaintCategory.AFTER_SALES: QCoreApplication.translate("ComplaintLabels", "After-sales"),
        ComplaintCategory.OTHER: QCoreApplication.translate("ComplaintLabels", "Other"),
    }[value]


def gap(value: ServiceGap | None) -> str:
    if value is None:
        return QCoreApplication.translate("ComplaintLabels", "Not decided yet")
    return {
        ServiceGap.PROMOTION: QCoreApplication.translate(
            "ComplaintLabels", "Promotion gap: promised vs delivered"
        ),
        ServiceGap.UNDERSTANDING: QCoreApplication.translate(
            "ComplaintLabels", "Understanding gap: we misread what customers expect"
        ),
        ServiceGap.PROCEDURE: QCoreApplication.translate(
            "ComplaintLabels", "Procedure gap: expectations not turned into procedures"
        ),
        ServiceGap.BEHAVIOUR: QCoreApplication.translate(
            "ComplaintLabels", "Behaviour gap: service differs from the standard"
        ),
        ServiceGap.PERCEPTION: QCoreApplication.translate(
            "ComplaintLabels", "Perception gap: perceived differs from delivered"
        ),
    }[value]


def gap_name(value: ServiceGap | None) -> str:
    """The gap's short name, for a narrow choice box (``gap`` explains it)."""
    if value is None:
        return QCoreApplication.translate("ComplaintLabels", "Not decided yet")
    return {
        ServiceGap.PROMOTION: QCoreApplication.translate("ComplaintLabels", "Promotion gap"),
        ServiceGap.UNDERSTANDING: QCoreApplication.translate("ComplaintLabels", "Understanding gap"),
        ServiceGap.PROCEDURE: QCoreApplication.translate("ComplaintLabels", "Procedure gap"),
        ServiceGap.BEHAVIOUR: QCoreApplication.translate("ComplaintLabels", "Behaviour gap"),
        ServiceGap.PERCEPTION: QCoreApplication.translate("ComplaintLabels", "Perception gap"),
    }[value]


def severity(value: Severity) -> str:
    return {
        Severity.LOW: QCoreApplication.translate("ComplaintLabels", "Minor"),
        Severity.MEDIUM: QCoreApplication.translate("ComplaintLabels", "Serious"),
        Severity.HIGH: QCoreApplication.translate("ComplaintLabels", "Urgent"),
    }[value]


def status(value: ComplaintStatus) -> str:
    return {
        ComplaintStatus.OPEN: QCoreApplication.translate("ComplaintLabels", "Open"),
        ComplaintStatus.HANDLING: QCoreApplication.translate("ComplaintLabels", "Being handled"),
        ComplaintStatus.RESOLVED: QCoreApplication.translate("ComplaintLabels", "Resolved"),
        ComplaintStatus.FOLLOWED_UP: QCoreApplication.translate("ComplaintLabels", "Followed up"),
        ComplaintStatus.CLOSED: QCoreApplication.translate("ComplaintLabels", "Closed"),
    }[value]


SEVERITY_COLOUR = {Severity.LOW: "#5bc0de", Severity.MEDIUM: "#f0ad4e", Severity.HIGH: "#c9302c"}
