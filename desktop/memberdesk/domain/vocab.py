"""The shop's fixed vocabularies, as stored in the database.

Values are stable English identifiers; what a clerk reads comes from the UI's translations
(see ``memberdesk.ui.widgets.labels``), so renaming a label never touches stored data.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"


class Channel(StrEnum):
    """How a member came to the store (顾客开发途径)."""

    WORD_OF_MOUTH = "word_of_mouth"  # 口碑
    PARTNER = "partner"  # 联合促销: bank, mobile operator, gym, hotel, other
    STAFF_REFERRAL = "staff_referral"  # 员工介绍 / 团购卡
    MEMBER_REFERRAL = "member_referral"  # 老顾客介绍新顾客
    TARGET_GROUP = "target_group"  # 特别客群
    WALK_IN = "walk_in"  # came in by themselves
    OTHER = "other"


class PartnerKind(StrEnum):
    BANK = "bank"
    MOBILE = "mobile"
    GYM = "gym"
    HOTEL = "hotel"
    OTHER = "other"


class TargetGroup(StrEnum):
    """Special customer groups (特别客群) a store campaigns in."""

    COMMUNITY = "community"  # residential communities (社区)
    FAMILY = "family"  # families (家庭)
    STUDENTS = "students"
    TEACHERS = "teachers"
    PARTNER_BUSINESS = "partner_business"


class SizeCategory(StrEnum):
    TOPS = "tops"
    BOTTOMS = "bottoms"
    DRESSES = "dresses"
    SHOES = "shoes"
    BRA = "bra"
    CHILDREN = "children"


class ConsentKind(StrEnum):
    MARKETING = "marketing"  # holiday/birthday messages
    SENSITIVE = "sensitive"  # ethnicity, religion, income (PIPL sensitive information)


class Tier(StrEnum):
    REGULAR = "regular"
    SILVER = "silver"
    GOLD = "gold"
    VIP = "vip"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    MERGED = "merged"
    # written by an import that has not finished: found by no search, listed nowhere
    IMPORTING = "importing"


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_CARD = "bank_card"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    STORED_VALUE = "stored_value"
    GIFT_CARD = "gift_card"  # a gift card (礼品卡) scanned or typed at the till
    OTHER = "other"
    # an exchange (换货): the goods given back pay for the goods taken, on both sides of the
    # ledger (the return's refund and the new sale's payment); never offered at the till
    EXCHANGE = "exchange"


class WalletKind(StrEnum):
    MEMBER = "member"  # a member's stored-value account (储值)
    GIFT_CARD = "gift_card"  # a gift card (礼品卡): a balance redeemed by its code, no member


class WalletEntryKind(StrEnum):
    TOPUP = "topup"  # money paid in (充值), with the store's bonus; a gift card sold is one too
    SPEND = "spend"  # a sale paid from the balance
    REFUND = "refund"  # a return of such a sale, back to the balance
    VOID = "void"  # a voided sale's spend given back
    WITHDRAW = "withdraw"  # principal paid out by a manager (退余额); the bonus with it forfeited
    OPENING = "opening"  # a balance brought from the store's previous system


class CouponKind(StrEnum):
    AMOUNT_OFF = "amount_off"  # ¥20 off (满100减20 with a minimum spend)
    PERCENT_OFF = "percent_off"  # 10 % off, up to a cap


class CouponPurpose(StrEnum):
    """Why a coupon template exists: what issues it."""

    MANUAL = "manual"  # issued by staff to a member or a list
    WELCOME = "welcome"  # on enrolment
    BIRTHDAY = "birthday"  # in the birthday month, from the care calendar
    COMPENSATION = "compensation"  # a complaint's compensation (购物券)
    REFERRAL = "referral"  # the referring member's reward
    CAMPAIGN = "campaign"  # a campaign's offer


class CouponEventKind(StrEnum):
    USE = "use"  # applied to a sale
    RELEASE = "release"  # the sale was voided: the coupon may be used again


class SaleStatus(StrEnum):
    COMPLETED = "completed"
    VOIDED = "voided"  # a reversing sale exists


class ReturnType(StrEnum):
    QUALITY = "quality"
    SIZE_FIT = "size_fit"
    COLOUR_STYLE = "colour_style"
    CHANGED_MIND = "changed_mind"
    TRANSIT_DAMAGE = "transit_damage"
    OTHER = "other"


class PointsSource(StrEnum):
    SALE = "sale"
    RETURN = "return"
    REDEMPTION = "redemption"
    BIRTHDAY_GIFT = "birthday_gift"
    ADJUSTMENT = "adjustment"
    VOID = "void"
    EXPIRY = "expiry"  # points that passed the store's expiry rule
    REFERRAL = "referral"  # the referring member's reward for a new member's first purchase


class ComplaintCategory(StrEnum):
    PRODUCT_QUALITY = "product_quality"
    SERVICE_ATTITUDE = "service_attitude"
    PRICE = "price"
    ENVIRONMENT = "environment"
    WAITING = "waiting"
    AFTER_SALES = "after_sales"
    OTHER = "other"


class ServiceGap(StrEnum):
    """The five service gaps (服务差距) a complaint is traced to."""

    PROMOTION = "promotion"
    UNDERSTANDING = "understanding"
    PROCEDURE = "procedure"
    BEHAVIOUR = "behaviour"
    PERCEPTION = "perception"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    HANDLING = "handling"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"


class ServiceKind(StrEnum):
    ALTERATION = "alteration"
    REPAIR = "repair"
    INSTALLATION = "installation"
    HOME_VISIT = "home_visit"


class ServiceStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CareKind(StrEnum):
    BIRTHDAY = "birthday"
    CHILD_BIRTHDAY = "child_birthday"
    HOLIDAY = "holiday"
    EVENT = "event"
    AFTER_SALES = "after_sales"
    POINTS_EXPIRY = "points_expiry"  # ★ points expire this month: call or message the member
    APOLOGY = "apology"  # a lapsed member's complaint was never followed up: apologise
    SUPERVISOR_CALL = "supervisor_call"  # ... and a supervisor calls them about it


class CareActionKind(StrEnum):
    CARD_PRINTED = "card_printed"
    MESSAGE_SENT = "message_sent"
    CALLED = "called"
    GIFT_GIVEN = "gift_given"
    SKIPPED = "skipped"


class WorkflowOutcome(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    LEFT = "left"


class StepStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
