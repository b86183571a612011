"""The member export as it was before it streamed (ORM rows, a dict per member, every cell
through ``domain.cells.safe_row``): the reference the streamed export's bytes are compared with.

Kept word for word from the version it replaced, apart from its names; it writes the CSV
file that version wrote, without the rule, the audit entry or the progress around it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from memberdesk.domain.cells import safe_row
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import ConsentKind, Gender, MemberStatus
from memberdesk.services.io import member_file_words as words
from memberdesk.services.io.member_export import export_headers
from memberdesk.services.members.listing import MemberFilter, member_text_condition
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Consent, Member, MemberSize, MemberStats

EXPORT_PAGE = 1000


def _conditions(member_filter: MemberFilter | None) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [Member.status == MemberStatus.ACTIVE]
    if member_filter is not None:
        if member_filter.tier is not None:
            found.append(Member.tier == member_filter.tier)
        if member_filter.text.strip():
            found.append(member_text_condition(member_filter.text))
    return found


def _by_member(rows: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    return grouped


def _children_text(children: list[Any], language: str) -> str:
    i = words.index(language)
    parts = []
    for _m, name, gender, birthday in children:
        said = [name, words.CHILD_GENDER[gender][i] if gender in words.CHILD_GENDER else ""]
        said.append(birthday.isoformat() if birthday else "")
        parts.append(" ".join(p for p in said if p))
    return words.CHILD_SEPARATOR[i].join(p for p in parts if p)


def _detail(value: str, language: str) -> str:
    found = words.CHANNEL_DETAIL.get(value)
    return found[words.index(language)] if found else value


class _Page:
    def __init__(self, s: Session, ids: list[int], sensitive: bool) -> None:
        self.sizes = _by_member(
            s.execute(select(MemberSize.member_id, MemberSize.category, MemberSize.size).where(
                MemberSize.member_id.in_(ids)))
        )  # fmt: skip
        self.children = _by_member(
            s.execute(
                select(Child.member_id, Child.name, Child.gender, Child.birthday)
                .where(Child.member_id.in_(ids))
                .order_by(Child.member_id, Child.id)
            )
        )
        self.consented: set[int] = set()
        if sensitive:
            latest: dict[int, bool] = {}
            for member_id, granted in s.execute(
                select(Consent.member_id, Consent.granted)
                .where(Consent.member_id.in_(ids), Consent.kind == ConsentKind.SENSITIVE)
                .order_by(Consent.member_id, Consent.recorded_at, Consent.id)
            ):
                latest[member_id] = granted
            self.consented = {m for m, granted in latest.items() if granted}


def _row(m: Any, page: _Page, language: str, full_phones: bool, sensitive: bool) -> list[Any]:
    i = words.index(language)
    sizes = {category: size for _m, category, size in page.sizes.get(m.id, [])}
    values: dict[str, Any] = {
        "card_no": m.card_no,
        "name": m.name,
        "phone": m.phone if full_phones else mask_phone(m.phone),
        "gender": words.GENDER[m.gender][i] if m.gender != Gender.UNKNOWN else "",
        "birthday": m.birthday.isoformat() if m.birthday else "",
        "birthday_lunar": words.YES[i] if m.birthday_lunar and m.birthday else "",
        "tier": words.TIER[m.tier][i],
        "points": str(m.points_balance or 0),
        "member_since": m.enrolled_at.astimezone().date().isoformat(),
        "channel": words.CHANNEL[m.channel][i],
        "channel_detail": _detail(m.channel_detail, language),
        "children": _children_text(page.children.get(m.id, []), language),
        **{f: sizes.get(category, "") for f, category in words.SIZE_FIELDS.items()},
    }
    for name in ("email", "address", "occupation", "hobbies", "skin_type", "hair_type", "notes"):
        values[name] = getattr(m, name)
    row = [values[f] for f in words.EXPORTED]
    if sensitive:
        ok = m.id in page.consented
        row += [(getattr(m, f) or "") if ok else "" for f in words.SENSITIVE]
    return row


_COLUMNS = (
    Member.id, Member.card_no, Member.name, Member.phone, Member.gender, Member.birthday,
    Member.birthday_lunar, Member.tier, Member.enrolled_at, Member.channel, Member.channel_detail,
    Member.email, Member.address, Member.occupation, Member.hobbies, Member.skin_type, Member.hair_type,
    Member.notes, Member.ethnicity, Member.religion, Member.income_band, MemberStats.points_balance,
)  # fmt: skip


def _member_rows(
    s: Session, member_filter: MemberFilter | None, language: str, full_phones: bool, sensitive: bool
) -> Iterator[list[Any]]:
    conditions = _conditions(member_filter)
    last_id = 0
    while True:
        members = s.execute(
            select(*_COLUMNS)
            .outerjoin(MemberStats, MemberStats.member_id == Member.id)
            .where(Member.id > last_id, *conditions)
            .order_by(Member.id)
            .limit(EXPORT_PAGE)
        ).all()
        if not members:
            return
        page = _Page(s, [m.id for m in members], sensitive)
        for m in members:
            yield _row(m, page, language, full_phones, sensitive)
        last_id = members[-1].id


def former_csv(
    db: Database,
    path: Path,
    *,
    full_phones: bool = True,
    include_sensitive: bool = False,
    member_filter: MemberFilter | None = None,
    language: str = "zh_CN",
) -> bytes:
    """The CSV file the former export wrote for these choices, as bytes."""
    headers = export_headers(language, sensitive=include_sensitive)
    with db.read() as s, path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(safe_row(headers))
        for row in _member_rows(s, member_filter, language, full_phones, include_sensitive):
            writer.writerow(safe_row(row))
    return path.read_bytes()
