"""What the checkout step shows besides the sale: the invoice desk and size-on-file offers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.vocab import SizeCategory
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberSize, SaleLine, Store, utcnow

_CATEGORIES = {c.value for c in SizeCategory}


@dataclass(frozen=True)
class SizeOffer:
    """A size bought that differs from the one on file for its category."""

    category: SizeCategory
    on_file: str
    bought: str


def invoice_desk(db: Database, store_id: int) -> str:
    with db.read() as s:
        store = s.get(Store, store_id)
        return store.invoice_desk if store else ""


def size_offers(db: Database, member_id: int, sale_id: int) -> list[SizeOffer]:
    with db.read() as s:
        on_file = {
            c: size
            for c, size in s.execute(
                select(MemberSize.category, MemberSize.size).where(MemberSize.member_id == member_id)
            )
        }
        offers: dict[SizeCategory, SizeOffer] = {}
        for category, size in s.execute(
            select(SaleLine.category, SaleLine.size)
            .where(SaleLine.sale_id == sale_id)
            .order_by(SaleLine.line_no)
        ):
            if category in _CATEGORIES and size and on_file.get(SizeCategory(category), "") != size:
                cat = SizeCategory(category)
                offers[cat] = SizeOffer(cat, on_file.get(cat, ""), size)
        return list(offers.values())


def update_size(db: Database, actor: Actor, member_id: int, category: SizeCategory, size: str) -> None:
    """Accept a size offer: the member's size on file for the category becomes ``size``."""
    require(actor, Permission.EDIT_MEMBER)
    size = size.strip()
    if not size or len(size) > 16:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter a size of at most 16 characters."), field="size"
        )
    with db.write() as s:
        if s.get(Member, member_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        row = s.get(MemberSize, (member_id, category))
        before = row.size if row else ""
        if row is None:
            s.add(MemberSize(member_id=member_id, category=category, size=size))
        else:
            row.size = size
            row.updated_at = utcnow()
        audit.record(
            s,
            actor,
            "member.size",
            entity="member",
            entity_id=member_id,
            before={category.value: before},
            after={category.value: size},
        )
