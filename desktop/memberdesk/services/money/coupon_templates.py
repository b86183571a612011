"""The store's coupon templates as the manager reviews them, and retiring one.

A retired template issues no more coupons (``coupons.issue_in`` refuses it, the care
calendar and complaints no longer offer it); coupons already issued from it stay usable
until their own last day. Nothing is deleted: a template is retired, never removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.coupons import CouponTerms
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.vocab import CouponPurpose
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import record_id
from memberdesk.services.money.coupons import terms_of
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import CouponTemplate

NO_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "No such coupon template.")


@dataclass(frozen=True)
class TemplateRow:
    """One template as the Settings page lists it."""

    id: int
    name: str
    purpose: CouponPurpose
    terms: CouponTerms
    valid_from: dt.date | None
    valid_to: dt.date | None
    valid_days: int
    tiers: tuple[str, ...]
    active: bool


def templates(db: Database, store_id: int) -> list[TemplateRow]:
    """The store's templates, the active first, then by name."""
    with db.read() as s:
        rows = s.scalars(
            select(CouponTemplate)
            .where(CouponTemplate.store_id == store_id)
            .order_by(CouponTemplate.active.desc(), CouponTemplate.name, CouponTemplate.id)
        ).all()
        return [
            TemplateRow(
                t.id,
                t.name,
                t.purpose,
                terms_of(t),
                t.valid_from,
                t.valid_to,
                t.valid_days,
                tuple(x for x in t.tiers.split(",") if x),
                t.active,
            )
            for t in rows
        ]


def retire(db: Database, actor: Actor, template_id: object) -> None:
    """The manager stops a template from issuing coupons; those issued stay valid. Audited;
    retiring a retired template changes nothing and records nothing."""
    require(actor, Permission.MANAGE_COUPONS)
    tid = record_id(template_id, "template_id", NO_TEMPLATE)
    with db.write() as s:
        template = s.scalars(select(CouponTemplate).where(CouponTemplate.id == tid).with_for_update()).first()
        if template is None or template.store_id != actor.store_id:
            raise NotFound(NO_TEMPLATE, field="template_id")
        if not template.active:
            return
        template.active = False
        audit.record(
            s,
            actor,
            "coupon.template_retire",
            entity="coupon_template",
            entity_id=tid,
            before={"active": True},
            after={"active": False},
            detail=template.name,
        )
