"""Actions the counter can take for a member, each opened by one key.

Areas plug in by name without editing each other: the member card asks ``available(name)``
and ``trigger(name, ...)``; the dialog or panel class lives in its area's module and offers
``open_for(ctx, member_id, parent)`` (``member_id`` is None for a walk-in customer), which
shows it without blocking and returns the widget.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from memberdesk.ui.widgets.context import AppContext


@dataclass(frozen=True)
class MemberAction:
    name: str
    module: str
    cls: str
    shortcut: str
    label_source: str  # English source text, translated in context "Actions"

    def label(self) -> str:
        return QCoreApplication.translate("Actions", self.label_source)


ACTIONS: tuple[MemberAction, ...] = (
    MemberAction(
        "start_workflow", "memberdesk.ui.service.workflow_panel", "WorkflowPanel", "F2", "Reception"
    ),
    MemberAction("enrol", "memberdesk.ui.counter.enrol_dialog", "EnrolDialog", "F3", "Enrol member"),
    MemberAction("record_sale", "memberdesk.ui.sales.sale_dialog", "SaleDialog", "F5", "Record sale"),
    MemberAction("record_return", "memberdesk.ui.sales.return_dialog", "ReturnDialog", "F6", "Return"),
    MemberAction(
        "sale_history", "memberdesk.ui.sales.sale_history", "SaleHistoryDialog", "Ctrl+F5", "Sale history"
    ),
    MemberAction(
        "open_complaint", "memberdesk.ui.service.complaint_dialog", "ComplaintDialog", "F7", "Complaint"
    ),
    MemberAction(
        "record_satisfaction",
        "memberdesk.ui.service.satisfaction_dialog",
        "SatisfactionDialog",
        "F8",
        "Farewell",
    ),
    MemberAction("print_card", "memberdesk.ui.care.card_print", "CardPrintDialog", "F9", "Greeting card"),
    MemberAction(
        "record_service", "memberdesk.ui.service.service_dialog", "ServiceDialog", "F10", "After-sales"
    ),
    MemberAction(
        "record_suggestion",
        "memberdesk.ui.service.suggestion_dialog",
        "SuggestionDialog",
        "F11",
        "Suggestion",
    ),
    MemberAction(
        "member_sheet", "memberdesk.ui.counter.member_sheet", "MemberSheetDialog", "", "Member sheet (PDF)"
    ),
    MemberAction(
        "coupon_slip",
        "memberdesk.ui.sales.coupon_slip_dialog",
        "CouponSlipDialog",
        "Shift+F12",
        "Coupon slip",
    ),
)
# Only the labels above need translating; lupdate does not read dataclass fields.
_LABELS = (
    QCoreApplication.translate("Actions", "Reception"),
    QCoreApplication.translate("Actions", "Enrol member"),
    QCoreApplication.translate("Actions", "Record sale"),
    QCoreApplication.translate("Actions", "Return"),
    QCoreApplication.translate("Actions", "Sale history"),
    QCoreApplication.translate("Actions", "Complaint"),
    QCoreApplication.translate("Actions", "Farewell"),
    QCoreApplication.translate("Actions", "Greeting card"),
    QCoreApplication.translate("Actions", "After-sales"),
    QCoreApplication.translate("Actions", "Suggestion"),
    QCoreApplication.translate("Actions", "Member sheet (PDF)"),
    QCoreApplication.translate("Actions", "Coupon slip"),
)
# Member money (stored value, points, coupons), with the Shift of the F keys: buttons on the
# card's money rows, not on its action row (the workflow scripts name only the actions above).
_MONEY = "memberdesk.ui.money."
MONEY_ACTIONS: tuple[MemberAction, ...] = (
    MemberAction("topup", _MONEY + "topup_dialog", "TopupDialog", "Shift+F5", "Top up"),
    MemberAction("withdraw", _MONEY + "withdraw_dialog", "WithdrawDialog", "Shift+F6", "Withdraw"),
    MemberAction(
        "wallet_history",
        _MONEY + "history_dialogs",
        "WalletHistoryDialog",
        "Shift+F7",
        "Stored-value history",
    ),
    MemberAction("member_pin", _MONEY + "pin_dialog", "MemberPinDialog", "Shift+F8", "Member's PIN"),
    MemberAction(
        "adjust_points", _MONEY + "points_adjust", "PointsAdjustDialog", "Shift+F9", "Adjust points"
    ),
    MemberAction(
        "points_history", _MONEY + "history_dialogs", "PointsHistoryDialog", "Shift+F10", "Points history"
    ),
    MemberAction("member_coupons", _MONEY + "history_dialogs", "CouponsDialog", "Shift+F11", "Coupons"),
)
_MONEY_LABELS = (
    QCoreApplication.translate("Actions", "Top up"),
    QCoreApplication.translate("Actions", "Withdraw"),
    QCoreApplication.translate("Actions", "Stored-value history"),
    QCoreApplication.translate("Actions", "Member's PIN"),
    QCoreApplication.translate("Actions", "Adjust points"),
    QCoreApplication.translate("Actions", "Points history"),
    QCoreApplication.translate("Actions", "Coupons"),
)
BY_NAME = {a.name: a for a in (*ACTIONS, *MONEY_ACTIONS)}
# Widgets one feature opens of another's, named so that neither imports the other.
OTHER_WIDGETS: dict[str, tuple[str, str]] = {
    "workflow_panel": ("memberdesk.ui.service.workflow_panel", "WorkflowPanel"),
    "erase_member": ("memberdesk.ui.members.erase_member_dialog", "EraseMemberDialog"),
    "shift_dialog": ("memberdesk.ui.sales.shift_dialog", "ShiftDialog"),  # end of shift (交班)
    "drawer_dialog": ("memberdesk.ui.sales.drawer_dialog", "DrawerDialog"),  # the drawer, no sale
    "gift_card_dialog": (
        "memberdesk.ui.money.gift_card_dialog",
        "GiftCardDialog",
    ),  # sell, check (Ctrl+Shift+G)
    "member_tags": ("memberdesk.ui.segments.tags_dialog", "MemberTagsDialog"),  # the card's tags (Ctrl+B)
    "segments": ("memberdesk.ui.segments.segments_dialog", "SegmentsDialog"),  # Members page (Ctrl+Shift+S)
    "bulk_tags": ("memberdesk.ui.segments.bulk_tags_dialog", "BulkTagsDialog"),  # Members page (Ctrl+Shift+B)
    "campaigns": ("memberdesk.ui.campaigns.campaigns_dialog", "CampaignsDialog"),  # Segments screen (Ctrl+K)
    "segment_coupon": (
        "memberdesk.ui.campaigns.segment_coupon_dialog",
        "SegmentCouponDialog",
    ),  # (Ctrl+Shift+G)
}
_WATCHED = "memberdeskWatched"


def available(name: str) -> bool:
    """True when the module that implements ``name`` is part of this build."""
    action = BY_NAME.get(name)
    return action is not None and importlib.util.find_spec(action.module) is not None


def widget_class(name: str) -> Any:
    """The class behind an action or another feature's widget (imported on first use)."""
    module, cls = (BY_NAME[name].module, BY_NAME[name].cls) if name in BY_NAME else OTHER_WIDGETS[name]
    return getattr(importlib.import_module(module), cls)


def trigger(name: str, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> QWidget:
    """Open the action's dialog or panel for ``member_id`` and return it."""
    widget: QWidget = widget_class(name).open_for(ctx, member_id, parent)
    return watch(ctx, widget)


def watch(ctx: AppContext, widget: QWidget) -> QWidget:
    """When ``widget`` (a dialog opened from the counter) closes, however it closes, the
    keyboard goes back to the counter's search box: the clerk types the next number blind."""
    if isinstance(widget, QDialog) and not widget.property(_WATCHED):
        widget.setProperty(_WATCHED, True)
        widget.finished.connect(lambda _result: ctx.back_to_counter.emit())
    return widget
