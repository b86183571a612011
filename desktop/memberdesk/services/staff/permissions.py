"""What each role may do. Enforced by services; the UI only hides what would be refused."""

from __future__ import annotations

from enum import StrEnum

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor


class Permission(StrEnum):
    FIND_MEMBER = "find_member"
    ENROL_MEMBER = "enrol_member"
    EDIT_MEMBER = "edit_member"
    REVEAL_PHONE = "reveal_phone"
    REVEAL_SENSITIVE = "reveal_sensitive"
    IMPORT_MEMBERS = "import_members"
    EXPORT_MEMBERS = "export_members"
    APPROVE_EXPORT = "approve_export"  # a member file with full phones or sensitive fields, an SMS file
    RECORD_SALE = "record_sale"
    RECORD_RETURN = "record_return"
    APPROVE_RETURN = "approve_return"  # past the window, above the limit, without receipt
    VOID_SALE = "void_sale"
    ADJUST_POINTS = "adjust_points"
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_RULES = "manage_rules"  # points, tiers, return window, refund limit, response times
    OPEN_COMPLAINT = "open_complaint"
    HANDLE_COMPLAINT = "handle_complaint"
    APPROVE_COMPENSATION = "approve_compensation"  # above the supervisor's limit
    RECORD_CARE = "record_care"
    PRINT_CARDS = "print_cards"
    VIEW_REPORTS = "view_reports"
    MANAGE_STAFF = "manage_staff"
    UNLOCK_STAFF = "unlock_staff"
    BACKUP_RESTORE = "backup_restore"
    TOPUP_STORED_VALUE = "topup_stored_value"  # take a top-up, sell a gift card
    WITHDRAW_STORED_VALUE = "withdraw_stored_value"  # pay principal back (退储值)
    ISSUE_COUPON = "issue_coupon"  # give coupons to members
    MANAGE_COUPONS = "manage_coupons"  # coupon templates
    OPEN_DRAWER = "open_drawer"  # open the cash drawer without a sale, with a reason (audited)
    CLOSE_SHIFT = "close_shift"  # count the drawer and close the shift (交班)
    VIEW_LIABILITY = "view_liability"  # the stored-value liability report (储值负债)


_CLERK = {
    Permission.FIND_MEMBER,
    Permission.ENROL_MEMBER,
    Permission.EDIT_MEMBER,
    Permission.REVEAL_PHONE,
    Permission.RECORD_SALE,
    Permission.RECORD_RETURN,
    Permission.OPEN_COMPLAINT,
    Permission.RECORD_CARE,
    Permission.PRINT_CARDS,
    Permission.TOPUP_STORED_VALUE,
    Permission.CLOSE_SHIFT,
}
_SUPERVISOR = _CLERK | {
    Permission.OPEN_DRAWER,
    Permission.REVEAL_SENSITIVE,
    Permission.APPROVE_RETURN,
    Permission.VOID_SALE,
    Permission.ADJUST_POINTS,
    Permission.HANDLE_COMPLAINT,
    Permission.UNLOCK_STAFF,
    Permission.VIEW_REPORTS,
    Permission.EXPORT_MEMBERS,
    Permission.BACKUP_RESTORE,
    Permission.ISSUE_COUPON,
}
_MANAGER = _SUPERVISOR | {
    Permission.IMPORT_MEMBERS,
    Permission.APPROVE_EXPORT,
    Permission.MANAGE_CATALOGUE,
    Permission.MANAGE_RULES,
    Permission.APPROVE_COMPENSATION,
    Permission.MANAGE_STAFF,
    Permission.WITHDRAW_STORED_VALUE,
    Permission.MANAGE_COUPONS,
    Permission.VIEW_LIABILITY,
}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_CLERK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(_MANAGER),
}


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in GRANTS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role grants ``permission``."""
    if not allowed(actor, permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role may not do this. Ask a supervisor or the manager.")
        )
