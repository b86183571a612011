"""Campaigns: create one over a saved segment, and send it.

Sending freezes the segment's members with promotion (marketing) consent into the campaign's
audience (``CampaignMember``), holds a random share out as the control group (reproducible
from the campaign's seed, one independent draw per member), issues each recipient the
campaign's coupon in the same transaction (``issue_key`` = the campaign) and returns the
SMS provider file. A member is in a campaign once: sending again reaches only members who
joined the segment since, and none twice. Members without consent are left out and counted.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from memberdesk.documents import card_texts
from memberdesk.domain.cells import csv_text
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import Tier
from memberdesk.services.care import signature as sms_signature
from memberdesk.services.care.cards import Recipient, recipients, store_info
from memberdesk.services.care.lapse import lapse_days
from memberdesk.services.common.context import Actor
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, authorise
from memberdesk.services.io.member_file_words import TIER
from memberdesk.services.members.forms import clean_short
from memberdesk.services.money.coupons import issue_in
from memberdesk.services.segments import segments
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Campaign,
    CampaignMember,
    CouponTemplate,
    Member,
    MemberStats,
    Segment,
    utcnow,
)

NAME_MAX = 50
MESSAGE_MAX = 300
CONTROL_MAX = 50
SEED_MAX = 2**31 - 1
CHUNK = 5000  # members asked about in one statement


class CampaignKind(StrEnum):
    PROMOTION = "promotion"  # 促销
    NEW_ARRIVALS = "new_arrivals"  # 新品先知
    EVENT = "event"  # 活动邀请
    WINBACK = "winback"  # 唤回


@dataclass(frozen=True)
class CampaignForm:
    """What the manager types; ``segment`` is a saved segment's name."""

    name: str
    kind: str
    segment: str
    message: str
    starts_on: dt.date
    ends_on: dt.date
    control_percent: int = 10
    coupon_template_id: int | None = None
    seed: int | None = None


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    kind: CampaignKind
    segment: str
    message: str
    starts_on: dt.date
    ends_on: dt.date
    control_percent: int
    seed: int
    coupon_template_id: int | None
    sent_at: dt.datetime | None
    recipients: int
    controls: int


@dataclass(frozen=True)
class SendResult:
    """What one ``send`` did: the SMS rows of the members newly reached, how many were held
    out as control, how many were left out for want of consent, and the coupons issued."""

    rows: list[tuple[str, str, str]]  # phone, name, text
    new_recipients: int
    new_controls: int
    without_consent: int
    coupons: int

    def to_csv(self) -> str:
        return csv_text(["phone", "name", "message"], self.rows)


def held_out(seed: int, member_id: int, percent: int) -> bool:
    """Whether the member is in the control group: an independent draw per member from the
    campaign's seed, so the same campaign always holds out the same members."""
    return random.Random(f"{seed}:{member_id}").random() * 100 < percent


def _invalid(text: str, field: str, **kw: object) -> ValidationError:
    return ValidationError(text, field=field, **kw)


def clean_form(form: CampaignForm) -> tuple[str, CampaignKind, str]:
    name = " ".join(clean_short(form.name, "campaign_name", NAME_MAX).split())
    if not name:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Give the campaign a name."), "campaign_name")
    try:
        kind = CampaignKind(form.kind)
    except ValueError:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Choose what kind of campaign it is."), "kind") from None
    message = " ".join(form.message.split())
    if not message:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Write the campaign's message."), "message")
    if len(message) > MESSAGE_MAX:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The message is longer than {limit} characters."),
            "message",
            limit=MESSAGE_MAX,
        )
    if form.ends_on < form.starts_on:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The campaign ends before it starts."), "ends_on")
    if not 0 <= form.control_percent <= CONTROL_MAX:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The control group is 0 to {limit} per cent of the members."),
            "control_percent",
            limit=CONTROL_MAX,
        )
    if form.seed is not None and not 0 <= form.seed <= SEED_MAX:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The seed is a whole number from 0."), "seed")
    return name, kind, message


def create(db: Database, actor: Actor, form: CampaignForm) -> int:
    """A manager sets a campaign up; nothing is sent yet. Audited."""
    require(actor, Permission.ISSUE_COUPON)
    require(actor, Permission.VIEW_REPORTS)
    name, kind, message = clean_form(form)
    seed = form.seed if form.seed is not None else secrets.randbelow(SEED_MAX)
    with db.write() as s:
        segment = s.scalar(
            select(Segment).where(Segment.store_id == actor.store_id, Segment.name == form.segment.strip())
        )
        if segment is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no segment “{name}”."),
                field="segment",
                name=form.segment,
            )
        if form.coupon_template_id is not None:
            template = s.get(CouponTemplate, form.coupon_template_id)
            if template is None or template.store_id != actor.store_id or not template.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such coupon template."), field="template_id")
        if s.scalar(select(Campaign.id).where(Campaign.store_id == actor.store_id, Campaign.name == name)):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "A campaign named “{name}” exists already."),
                field="campaign_name",
                name=name,
            )
        row = Campaign(
            store_id=actor.store_id, name=name, kind=kind, segment_id=segment.id, message=message,
            coupon_template_id=form.coupon_template_id, starts_on=form.starts_on, ends_on=form.ends_on,
            control_percent=form.control_percent, seed=seed, created_by_id=actor.staff_id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        audit.record(
            s, actor, "campaign.create", entity="campaign", entity_id=row.id,
            detail=f"{name} ({kind}) segment {segment.name}, control {form.control_percent}%, seed {seed}",
        )  # fmt: skip
        return row.id


def _missing(key: object) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("Errors", "There is no campaign “{name}”."), field="campaign", name=str(key)
    )


def find(db: Database, store_id: int, key: int | str) -> int:
    """A campaign's id from its id or its name."""
    with db.read() as s:
        where = Campaign.id == key if isinstance(key, int) else Campaign.name == key.strip()
        found = s.scalar(select(Campaign.id).where(where, Campaign.store_id == store_id))
    if found is None:
        raise _missing(key)
    return int(found)


def list_campaigns(db: Database, store_id: int) -> list[CampaignInfo]:
    """The store's campaigns, newest first, with how many members each reached and held out."""
    counts = (
        select(
            CampaignMember.campaign_id,
            func.count().filter(CampaignMember.control.is_(False)).label("sent"),
            func.count().filter(CampaignMember.control.is_(True)).label("held"),
        )
        .group_by(CampaignMember.campaign_id)
        .subquery()
    )
    stmt = (
        select(Campaign, Segment.name, counts.c.sent, counts.c.held)
        .join(Segment, Segment.id == Campaign.segment_id)
        .outerjoin(counts, counts.c.campaign_id == Campaign.id)
        .where(Campaign.store_id == store_id)
        .order_by(Campaign.starts_on.desc(), Campaign.id.desc())
    )
    with db.read() as s:
        return [
            CampaignInfo(
                c.id,
                c.name,
                CampaignKind(c.kind),
                seg,
                c.message,
                c.starts_on,
                c.ends_on,
                c.control_percent,
                c.seed,
                c.coupon_template_id,
                c.sent_at,
                int(sent or 0),
                int(held or 0),
            )
            for c, seg, sent, held in s.execute(stmt)
        ]


def get(db: Database, store_id: int, campaign_id: int) -> CampaignInfo:
    for info in list_campaigns(db, store_id):
        if info.id == campaign_id:
            return info
    raise _missing(campaign_id)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def send(
    db: Database,
    actor: Actor,
    campaign_id: int,
    language: str,
    approval: ExportApproval | None = None,
    *,
    today: dt.date | None = None,
) -> SendResult:
    """Freeze the audience, hold the control group out, issue the coupons and give the SMS
    file: all of it in one transaction. The SMS file follows the rule of every file with phone
    numbers (a manager's PIN) and needs the store's SMS signature, as the care messages do."""
    require(actor, Permission.ISSUE_COUPON)
    approver = authorise(db, actor, ExportFile.SMS, approval)
    signed = sms_signature.signed(db, actor.store_id)
    today = today or dt.date.today()
    info = get(db, actor.store_id, campaign_id)
    segment_members = segments.member_ids(
        db, _segment_id(db, campaign_id), today=today, store_id=actor.store_id
    )
    store = store_info(db, actor.store_id)
    rows: list[tuple[str, str, str]] = []
    sent = held = refused = issued = 0
    with db.write() as s:
        s.execute(select(Campaign).where(Campaign.id == campaign_id).with_for_update()).scalar_one()
        already = set(
            s.scalars(select(CampaignMember.member_id).where(CampaignMember.campaign_id == campaign_id))
        )
        fresh = [m for m in segment_members if m not in already]
        people: dict[int, tuple[Any, bool]] = {}
        facts: dict[int, tuple[Tier, int, dt.datetime | None]] = {}
        lapse_before = _midnight(today) - dt.timedelta(days=lapse_days(s, actor.store_id))
        for at in range(0, len(fresh), CHUNK):  # a bounded IN list: SQLite limits its parameters
            part = fresh[at : at + CHUNK]
            people.update((p.member_id, (p, ok)) for p, ok in recipients(db, tiers=None, ids=part))
            facts.update(
                (mid, (tier, points or 0, last))
                for mid, tier, points, last in s.execute(
                    select(Member.id, Member.tier, MemberStats.points_balance, MemberStats.last_visit_at)
                    .outerjoin(MemberStats, MemberStats.member_id == Member.id)
                    .where(Member.id.in_(part))
                )
            )
        for member_id in fresh:
            found = people.get(member_id)
            if found is None:
                continue
            person, granted = found
            if not granted:
                refused += 1
                continue
            tier, points, last = facts[member_id]
            control = held_out(info.seed, member_id, info.control_percent)
            code = ""
            if not control and info.coupon_template_id is not None:
                codes = issue_in(
                    s, actor, actor.store_id, info.coupon_template_id, [member_id], today=today,
                    issue_key=f"campaign {campaign_id}", note=info.name,
                )  # fmt: skip
                code = codes[0] if codes else ""
                issued += len(codes)
            s.add(
                CampaignMember(
                    campaign_id=campaign_id,
                    member_id=member_id,
                    control=control,
                    coupon_code=code,
                    lapsed=last is not None and last < lapse_before,
                )
            )
            if control:
                held += 1
                continue
            sent += 1
            values = message_values(person, tier, points, code, store.name, signed, language)
            rows.append((person.phone, person.name, card_texts.fill_message(info.message, values)))
        campaign = s.get(Campaign, campaign_id)
        if campaign is not None and campaign.sent_at is None and (sent or held):
            campaign.sent_at = utcnow()
        audit.record(
            s, actor, "campaign.send", entity="campaign", entity_id=campaign_id,
            detail=f"{info.name}: {sent} sent, {held} control, {refused} without consent, {issued} coupons, "
            f"approved by {approver}",
        )  # fmt: skip
    return SendResult(rows, sent, held, refused, issued)


def message_values(
    person: Recipient, tier: Tier, points: int, coupon: str, store: str, signature: str, language: str
) -> dict[str, str]:
    """The placeholders' values for one member's message (the SMS file's and the card's)."""
    return {
        "signature": signature, "name": person.name, "honorific": honorific(person.name, person.gender),
        "tier": TIER[tier][0 if language == "zh_CN" else 1], "points": str(points), "coupon": coupon,
        "store": store,
    }  # fmt: skip


def _segment_id(db: Database, campaign_id: int) -> int:
    with db.read() as s:
        return int(s.scalar(select(Campaign.segment_id).where(Campaign.id == campaign_id)) or 0)


def coupon_templates(db: Database, store_id: int) -> list[tuple[int, str]]:
    """The store's active coupon templates a campaign can give: (id, name)."""
    stmt = (
        select(CouponTemplate.id, CouponTemplate.name)
        .where(CouponTemplate.store_id == store_id, CouponTemplate.active.is_(True))
        .order_by(CouponTemplate.name)
    )
    with db.read() as s:
        return [(int(i), str(n)) for i, n in s.execute(stmt)]
