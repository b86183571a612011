"""Every table of MemberDesk. Importing this package registers them all on ``Base.metadata``."""

from memberdesk.store.models.audit import AuditEntry, MemberErasure
from memberdesk.store.models.base import Base, UTCDateTime, new_uid, utcnow
from memberdesk.store.models.campaigns import Campaign, CampaignMember
from memberdesk.store.models.care import CareAction, CareTask
from memberdesk.store.models.events import EventAttendance, EventReply
from memberdesk.store.models.imports import MemberImport, MemberImportRow
from memberdesk.store.models.members import (
    Child,
    Consent,
    EventInvitation,
    Member,
    MemberEvent,
    MemberKey,
    MemberSize,
    MemberStats,
)
from memberdesk.store.models.money import (
    Coupon,
    CouponEvent,
    CouponTemplate,
    TierChange,
    Wallet,
    WalletEntry,
)
from memberdesk.store.models.people import NumberSequence, Setting, Staff, Store
from memberdesk.store.models.sales import (
    Payment,
    PointsEntry,
    Product,
    Refund,
    ReturnLine,
    Sale,
    SaleLine,
    SaleReturn,
    ServiceRecord,
)
from memberdesk.store.models.scorecard import StaffTarget
from memberdesk.store.models.segments import MemberTag, Segment, Tag
from memberdesk.store.models.service import (
    Complaint,
    ComplaintStep,
    Suggestion,
    Visit,
    WorkflowRun,
    WorkflowStepRecord,
)
from memberdesk.store.models.shift import Shift, ShiftCount

__all__ = [
    "AuditEntry",
    "Base",
    "Campaign",
    "CampaignMember",
    "CareAction",
    "CareTask",
    "Child",
    "Complaint",
    "ComplaintStep",
    "Consent",
    "Coupon",
    "CouponEvent",
    "CouponTemplate",
    "EventAttendance",
    "EventInvitation",
    "EventReply",
    "Member",
    "MemberErasure",
    "MemberEvent",
    "MemberImport",
    "MemberImportRow",
    "MemberKey",
    "MemberSize",
    "MemberStats",
    "MemberTag",
    "NumberSequence",
    "Payment",
    "PointsEntry",
    "Product",
    "Refund",
    "ReturnLine",
    "Sale",
    "SaleLine",
    "SaleReturn",
    "Segment",
    "ServiceRecord",
    "Setting",
    "Shift",
    "ShiftCount",
    "Staff",
    "StaffTarget",
    "Store",
    "Suggestion",
    "Tag",
    "TierChange",
    "UTCDateTime",
    "Visit",
    "Wallet",
    "WalletEntry",
    "WorkflowRun",
    "WorkflowStepRecord",
    "new_uid",
    "utcnow",
]
