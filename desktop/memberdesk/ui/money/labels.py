"""The words of member money as the clerk reads them (methods, ledger kinds, points sources)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponPurpose, PaymentMethod, PointsSource, WalletEntryKind
from memberdesk.services.money.wallet import CASH_LIKE

# How money comes in or goes out with a top-up or a withdrawal, in the order the box offers them.
METHODS: tuple[PaymentMethod, ...] = CASH_LIKE


def method(value: PaymentMethod | None) -> str:
    if value is None:
        return ""
    return {
        PaymentMethod.CASH: QCoreApplication.translate("Money", "Cash"),
        PaymentMethod.BANK_CARD: QCoreApplication.translate("Money", "Bank card"),
        PaymentMethod.WECHAT: QCoreApplication.translate("Money", "WeChat Pay"),
        PaymentMethod.ALIPAY: QCoreApplication.translate("Money", "Alipay"),
        PaymentMethod.STORED_VALUE: QCoreApplication.translate("Money", "Stored value"),
        PaymentMethod.GIFT_CARD: QCoreApplication.translate("Money", "Gift card"),
        PaymentMethod.OTHER: QCoreApplication.translate("Money", "Other"),
        PaymentMethod.EXCHANGE: QCoreApplication.translate("Money", "Exchange credit"),
    }[value]


def wallet_kind(kind: WalletEntryKind) -> str:
    return {
        WalletEntryKind.TOPUP: QCoreApplication.translate("Money", "Top-up"),
        WalletEntryKind.SPEND: QCoreApplication.translate("Money", "Spent on a sale"),
        WalletEntryKind.REFUND: QCoreApplication.translate("Money", "Refund of a return"),
        WalletEntryKind.VOID: QCoreApplication.translate("Money", "Voided sale given back"),
        WalletEntryKind.WITHDRAW: QCoreApplication.translate("Money", "Withdrawal"),
        WalletEntryKind.OPENING: QCoreApplication.translate("Money", "Opening balance"),
    }[kind]


def points_source(source: PointsSource) -> str:
    return {
        PointsSource.SALE: QCoreApplication.translate("Money", "Sale"),
        PointsSource.RETURN: QCoreApplication.translate("Money", "Return"),
        PointsSource.REDEMPTION: QCoreApplication.translate("Money", "Paid with points"),
        PointsSource.BIRTHDAY_GIFT: QCoreApplication.translate("Money", "Birthday points"),
        PointsSource.ADJUSTMENT: QCoreApplication.translate("Money", "Adjustment"),
        PointsSource.VOID: QCoreApplication.translate("Money", "Voided sale"),
        PointsSource.EXPIRY: QCoreApplication.translate("Money", "Expired"),
        PointsSource.REFERRAL: QCoreApplication.translate("Money", "Referral"),
    }[source]


def money(fen: int) -> str:
    return format_fen(fen)


def signed_money(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_fen(fen)


def signed_points(points: int) -> str:
    return f"{points:+,}"


def coupon_purpose(value: CouponPurpose) -> str:
    """What gives a coupon out, in the shop's words."""
    return {
        CouponPurpose.MANUAL: QCoreApplication.translate("Money", "Given by staff"),
        CouponPurpose.WELCOME: QCoreApplication.translate("Money", "Welcome (new member)"),
        CouponPurpose.BIRTHDAY: QCoreApplication.translate("Money", "Birthday"),
        CouponPurpose.COMPENSATION: QCoreApplication.translate("Money", "Complaint compensation"),
        CouponPurpose.REFERRAL: QCoreApplication.translate("Money", "Referral reward"),
        CouponPurpose.CAMPAIGN: QCoreApplication.translate("Money", "Campaign"),
    }[value]
