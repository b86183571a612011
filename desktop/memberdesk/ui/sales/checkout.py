"""What the till says once a sale is recorded: the words for the customer, the change, where
invoices are issued, and the sizes on file the purchase suggests updating."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.money import format_fen
from memberdesk.services.sales import extras as sale_extras
from memberdesk.services.sales.extras import SizeOffer
from memberdesk.services.sales.recording import SaleResult
from memberdesk.ui.sales.labels import points_text
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext


def checkout_words(
    ctx: AppContext, result: SaleResult, member_id: int | None
) -> tuple[list[str], list[SizeOffer]]:
    """The lines shown after recording, and the size updates to offer."""
    size_offers: list[SizeOffer] = []
    desk = sale_extras.invoice_desk(ctx.db, ctx.store_id) or QCoreApplication.translate(
        "SaleDialog", "the service desk"
    )
    amount = announce_amount(result.total_fen, QLocale().name())
    lines = [
        QCoreApplication.translate("SaleDialog", "Saved: receipt %1.").replace("%1", result.receipt_no),
        QCoreApplication.translate("SaleDialog", "Say to the customer: “That's %1 in all.”").replace(
            "%1", amount
        ),
    ]
    if result.change_fen:
        lines.append(
            QCoreApplication.translate("SaleDialog", "Give change: %1").replace(
                "%1", format_fen(result.change_fen)
            )
        )
    for name, saving in result.coupons:
        lines.append(
            QCoreApplication.translate("SaleDialog", "Coupon %1 used: %2 off.")
            .replace("%1", name)
            .replace("%2", format_fen(saving))
        )
    if result.stored_paid_fen and result.stored_after is not None:
        lines.append(
            QCoreApplication.translate(
                "SaleDialog", "Paid from the member's balance: %1; balance now %2 (principal %3 + bonus %4)."
            )
            .replace("%1", format_fen(result.stored_paid_fen))
            .replace("%2", format_fen(result.stored_after.total_fen))
            .replace("%3", format_fen(result.stored_after.principal_fen))
            .replace("%4", format_fen(result.stored_after.bonus_fen))
        )
    if result.card_code and result.card_after_fen is not None:
        lines.append(
            QCoreApplication.translate("SaleDialog", "Gift card %1 now holds %2.")
            .replace("%1", result.card_code)
            .replace("%2", format_fen(result.card_after_fen))
        )
    lines += [
        QCoreApplication.translate("SaleDialog", "Please ask the customer to check the receipt."),
        QCoreApplication.translate("SaleDialog", "Invoices (发票) are issued at: %1.").replace("%1", desk),
    ]
    if result.points_earned:
        lines.append(
            QCoreApplication.translate("SaleDialog", "Points earned: %1").replace(
                "%1", points_text(result.points_earned)
            )
        )
    if result.referral_points:
        lines.append(
            QCoreApplication.translate(
                "SaleDialog", "First purchase: %1 points to the member who referred them."
            ).replace("%1", points_text(result.referral_points))
        )
    if member_id is not None:
        size_offers = sale_extras.size_offers(ctx.db, member_id, result.sale_id)
        for offer in size_offers:
            lines.append(
                QCoreApplication.translate("SaleDialog", "Size on file for %1 is “%2”, bought “%3”: update?")
                .replace("%1", member_labels.size_category(offer.category))
                .replace("%2", offer.on_file or "—")
                .replace("%3", offer.bought)
            )
    return lines, size_offers
