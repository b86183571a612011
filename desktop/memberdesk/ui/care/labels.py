"""What the clerk reads for care kinds, care actions and festivals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.holidays import Holiday
from memberdesk.domain.vocab import CareActionKind, CareKind


def kind(value: CareKind) -> str:
    return {
        CareKind.BIRTHDAY: QCoreApplication.translate("CareLabels", "Birthday"),
        CareKind.CHILD_BIRTHDAY: QCoreApplication.translate("CareLabels", "Child's birthday"),
        CareKind.HOLIDAY: QCoreApplication.translate("CareLabels", "Festival"),
        CareKind.EVENT: QCoreApplication.translate("CareLabels", "Member event"),
        CareKind.AFTER_SALES: QCoreApplication.translate("CareLabels", "After-sales due"),
        CareKind.POINTS_EXPIRY: QCoreApplication.translate("CareLabels", "★ Points expiring"),
        CareKind.APOLOGY: QCoreApplication.translate("CareLabels", "Apology"),
        CareKind.SUPERVISOR_CALL: QCoreApplication.translate("CareLabels", "Supervisor call"),
    }[value]


def action(value: CareActionKind) -> str:
    return {
        CareActionKind.CARD_PRINTED: QCoreApplication.translate("CareLabels", "Card printed"),
        CareActionKind.MESSAGE_SENT: QCoreApplication.translate("CareLabels", "Message sent"),
        CareActionKind.CALLED: QCoreApplication.translate("CareLabels", "Called"),
        CareActionKind.GIFT_GIVEN: QCoreApplication.translate("CareLabels", "Gift given"),
        CareActionKind.SKIPPED: QCoreApplication.translate("CareLabels", "Skipped"),
    }[value]


def holiday(value: str) -> str:
    names = {
        Holiday.NEW_YEAR: QCoreApplication.translate("CareLabels", "New Year's Day"),
        Holiday.SPRING_FESTIVAL: QCoreApplication.translate("CareLabels", "Spring Festival"),
        Holiday.LANTERN: QCoreApplication.translate("CareLabels", "Lantern Festival"),
        Holiday.WOMENS_DAY: QCoreApplication.translate("CareLabels", "Women's Day"),
        Holiday.QINGMING: QCoreApplication.translate("CareLabels", "Qingming"),
        Holiday.MOTHERS_DAY: QCoreApplication.translate("CareLabels", "Mother's Day"),
        Holiday.CHILDRENS_DAY: QCoreApplication.translate("CareLabels", "Children's Day"),
        Holiday.DRAGON_BOAT: QCoreApplication.translate("CareLabels", "Dragon Boat Festival"),
        Holiday.FATHERS_DAY: QCoreApplication.translate("CareLabels", "Father's Day"),
        Holiday.QIXI: QCoreApplication.translate("CareLabels", "Qixi"),
        Holiday.TEACHERS_DAY: QCoreApplication.translate("CareLabels", "Teachers' Day"),
        Holiday.MID_AUTUMN: QCoreApplication.translate("CareLabels", "Mid-Autumn Festival"),
        Holiday.NATIONAL_DAY: QCoreApplication.translate("CareLabels", "National Day"),
        Holiday.DOUBLE_NINTH: QCoreApplication.translate("CareLabels", "Double Ninth Festival"),
        Holiday.WINTER_SOLSTICE: QCoreApplication.translate("CareLabels", "Winter Solstice"),
        Holiday.LABA: QCoreApplication.translate("CareLabels", "Laba Festival"),
        Holiday.LITTLE_NEW_YEAR: QCoreApplication.translate("CareLabels", "Little New Year"),
        Holiday.NEW_YEARS_EVE: QCoreApplication.translate("CareLabels", "Chinese New Year's Eve"),
    }
    try:
        return names[Holiday(value)]
    except (ValueError, KeyError):  # a value this build has no label for: show it as stored
        return value
