"""What the clerk reads at the till and on its papers: payment methods, points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.vocab import PaymentMethod


def payment_label(method: PaymentMethod) -> str:
    names = {
        PaymentMethod.CASH: QCoreApplication.translate("Sales", "Cash"),
        PaymentMethod.BANK_CARD: QCoreApplication.translate("Sales", "Bank card"),
        PaymentMethod.WECHAT: QCoreApplication.translate("Sales", "WeChat Pay"),
        PaymentMethod.ALIPAY: QCoreApplication.translate("Sales", "Alipay"),
        PaymentMethod.STORED_VALUE: QCoreApplication.translate("Sales", "Stored value"),
        PaymentMethod.GIFT_CARD: QCoreApplication.translate("Sales", "Gift card"),
        PaymentMethod.OTHER: QCoreApplication.translate("Sales", "Other"),
        PaymentMethod.EXCHANGE: QCoreApplication.translate("Sales", "Exchange credit"),
    }
    return names[method]


def points_text(points: int) -> str:
    """Points as the clerk reads them: with thousands separators (12,345)."""
    return f"{points:,}"
