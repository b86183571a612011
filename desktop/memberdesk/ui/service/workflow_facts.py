"""The facts a workflow's prompts and phrases may mention, in the clerk's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from memberdesk.documents.member_card import MemberCard
from memberdesk.services.service.complaint_queue import ComplaintDetail
from memberdesk.ui.widgets import complaint_labels, member_labels
from memberdesk.workflows.facts import PurchaseFacts, purchase_facts


def local_today() -> dt.date:
    """The counter's date (one place, so a test can hold the clock)."""
    return dt.date.today()


def _item(description: str, size: str) -> str:
    if not size:
        return description
    # "M码连衣裙" in Chinese, "dress (size M)" in English
    return (
        QCoreApplication.translate("WorkflowFacts", "%2 (size %1)")
        .replace("%1", size)
        .replace("%2", description)
    )


def _purchases(bought: PurchaseFacts) -> str:
    """What she bought before, in words: the last visit's item, today's, or a welcome."""
    if bought.earlier is not None:
        return (
            QCoreApplication.translate("WorkflowFacts", "%1 on %2")
            .replace("%1", _item(bought.earlier.description, bought.earlier.size))
            .replace("%2", member_labels.date(bought.earlier.at))
        )
    if bought.today is not None:
        return QCoreApplication.translate("WorkflowFacts", "%1 today").replace(
            "%1", _item(bought.today.description, bought.today.size)
        )
    if not bought.on_record:
        return QCoreApplication.translate("WorkflowFacts", "nothing yet: welcome their first purchase")
    return QCoreApplication.translate("WorkflowFacts", "only things since brought back")


def member_facts(card: MemberCard, today: dt.date | None = None) -> dict[str, str]:
    """张女士, her sizes, what she bought last, skin and hair, children: what the card knows."""
    # what she still has from an earlier visit: a line brought back, or one bought minutes
    # ago, is no "how is it wearing?"
    bought = purchase_facts(card.last_purchases, today or local_today())
    last = bought.earlier
    recent = bought.today or bought.earlier
    sep = QCoreApplication.translate("WorkflowFacts", ", ")
    children = sep.join(
        f"{member_labels.child_word(ch.gender)} {member_labels.age(ch.age)}".strip()
        if ch.age
        else member_labels.child_word(ch.gender)
        for ch in card.children
    )
    return {
        "greeting": card.greeting,
        "name": card.name,
        "tier": member_labels.tier(card.tier),
        "points": f"{card.points:,}",
        "sizes": sep.join(f"{member_labels.size_category(cat)} {size}" for cat, size in card.sizes),
        "last_item": _item(last.description, last.size) if last else "",
        "last_size": last.size if last else "",
        "recent_item": _item(recent.description, recent.size) if recent else "",
        "purchases": _purchases(bought),
        "newcomer": card.greeting if not bought.on_record else "",
        "last_visit": member_labels.date(card.last_visit_at) if card.last_visit_at else "",
        "skin": card.skin_type,
        "hair": card.hair_type,
        "children": children,
    }


def complaint_facts(detail: ComplaintDetail) -> dict[str, str]:
    """The complaint's number, category and request (the member's facts come from the card)."""
    return {
        "complaint_no": detail.complaint_no,
        "complaint_category": complaint_labels.category(detail.category),
        "customer_request": detail.customer_request,
        "customer": detail.customer,  # shown above the steps; not a fact the phrases may use
    }
