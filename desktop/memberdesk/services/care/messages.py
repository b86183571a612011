"""Personalised text messages for the store's SMS provider (nothing is sent from the app).

Birthday, child's-birthday and event messages go to the members of the tasks in the range;
festival messages go to every member who agreed to receive them. Members without a marketing
consent get no message, and are counted. Every message starts with the store's SMS signature
in 【】 (``signature``); without a valid one nothing is exported, since the provider would
refuse the whole batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.documents import card_texts
from memberdesk.domain.cells import csv_text
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import CareKind
from memberdesk.services.care import signature as sms_signature
from memberdesk.services.care.calendar import CareItem
from memberdesk.services.care.cards import (
    TEMPLATE,
    StoreInfo,
    child_band_of,
    recipients,
    store_info,
    tasks_of,
    values_for,
)
from memberdesk.services.common.context import Actor
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, authorise
from memberdesk.services.staff import audit
from memberdesk.store.database import Database


@dataclass(frozen=True)
class MessageExport:
    rows: list[tuple[str, str, str]]  # phone, name, text
    without_consent: int

    def to_csv(self) -> str:
        """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly;
        no cell starts a formula (a name or message typed as "=..." stays text)."""
        return csv_text(["phone", "name", "message"], self.rows)


def _text(
    texts: card_texts.CardTexts, item: CareItem, store: StoreInfo, language: str, who: str, signed: str
) -> str:
    values = values_for(item, store, texts, language, who) | {"signature": signed}
    return texts.short_message(TEMPLATE[item.kind], language, values, band=child_band_of(item))


def export_messages(
    db: Database,
    actor: Actor,
    kind: str | None,
    start: dt.date,
    end: dt.date,
    language: str,
    approval: ExportApproval | None = None,
) -> MessageExport:
    """Personalised texts with phone numbers, for the store's messaging provider, of one kind
    (every kind that has a message when ``kind`` is None). Audited, since it hands phone
    numbers out of the app. An SMS file follows the rule of every file with phone numbers
    (``io.export_rule``): a manager approves it with their PIN, whichever door it leaves by."""
    approver = authorise(db, actor, ExportFile.SMS, approval)
    signed = sms_signature.signed(db, actor.store_id)
    items = tasks_of(db, actor, kind, start, end, None)
    texts, store = card_texts.load(), store_info(db, actor.store_id)
    rows: list[tuple[str, str, str]] = []
    refused = 0
    # the same people receive every festival's message: asked for once, not per festival
    festival_people = recipients(db, tiers=None) if any(i.kind == CareKind.HOLIDAY for i in items) else []
    for item in items:
        if item.kind != CareKind.HOLIDAY:
            continue
        for person, granted in festival_people:
            if not granted:
                refused += 1
                continue
            who = honorific(person.name, person.gender)
            rows.append((person.phone, person.name, _text(texts, item, store, language, who, signed)))
    personal = [i for i in items if i.kind != CareKind.HOLIDAY and i.member_id is not None]
    consent = {
        p.member_id: (p, granted)
        for p, granted in recipients(db, tiers=None, ids={i.member_id or 0 for i in personal})
    }
    for item in personal:
        found = consent.get(item.member_id or 0)
        if found is None:  # no longer an active member
            continue
        person, granted = found
        if not granted:
            refused += 1
            continue
        rows.append((person.phone, person.name, _text(texts, item, store, language, item.honorific, signed)))
    with db.write() as s:
        audit.record(
            s,
            actor,
            "care.export_messages",
            detail=f"{kind or 'all'} {start}..{end}: {len(rows)} rows, {refused} without consent, "
            f"approved by {approver}",
        )
    return MessageExport(rows, refused)
