"""What each valid row of a member file does to the store as it is now.

A row whose phone is not on file adds a member (unless its card number is taken). A row whose
phone belongs to a member of this store is skipped, or, when the clerk asks to fill in members
already on file, fills only that member's empty fields: a text field, the gender, the
birthday, a size category the member has no size for, the children when none are on file.
Points and tier are never given to a member on file unless asked for that column
(``MergeOptions``): the points only into an empty points ledger, the tier only upwards.
A phone that belongs to a member of another store (stores sharing one PostgreSQL database)
is refused, never written into.

Every decision is taken in bulk for a chunk of rows (one statement per kind of lookup), the
same way for the dry run (in a read transaction) and the real run (inside each batch's write
transaction, so nothing changes between the check and the write).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.vocab import Gender, MemberStatus, SizeCategory, Tier
from memberdesk.services.io.import_rows import ReadyRow, RejectedRow, SkippedRow
from memberdesk.services.members.tag_names import tag_key
from memberdesk.store.models import Child, Member, MemberSize, MemberTag, PointsEntry, Tag

TIER_RANK = {Tier.REGULAR: 0, Tier.SILVER: 1, Tier.GOLD: 2, Tier.VIP: 3}
# The member's fields a row may fill when they are empty (text fields are "" when empty).
FILL_TEXT = ("email", "address", "occupation", "hobbies", "skin_type", "hair_type", "notes")
BIRTHDAY_COLUMNS = ("birthday", "birth_mmdd", "birthday_lunar", "lunar_mmdd", "lunar_leap")


class OnDuplicate(StrEnum):
    """What to do with a row whose phone is already on file."""

    SKIP = "skip"
    MERGE = "merge"  # fill the member's empty fields from the row


@dataclass(frozen=True)
class MergeOptions:
    """Columns that may change a member on file beyond filling empty fields; each asked for."""

    points: bool = False  # the file's points, into a points ledger with no entry yet
    tier: bool = False  # the file's tier, when it is higher than the member's


@dataclass
class OnFile:
    """What the store holds of a member a row names, as far as filling in needs it."""

    id: int
    store_id: int
    status: MemberStatus
    name: str
    card_no: str
    gender: Gender
    birthday: dt.date | None
    text: dict[str, str]
    tier: Tier
    size_categories: set[SizeCategory] = field(default_factory=set)
    has_children: bool = False
    has_points: bool = False
    tags: set[str] = field(default_factory=set)  # the tags carried (``tag_key``)


def candidate(row: ReadyRow, options: MergeOptions) -> dict[str, Any]:
    """What ``row`` may give a member on file, as JSON-ready data (kept until applied)."""
    values = row.values
    found: dict[str, Any] = {"text": {n: values[n] for n in FILL_TEXT if values.get(n)}}
    if values["gender"] != Gender.UNKNOWN:
        found["gender"] = str(values["gender"])
    if values.get("birthday") is not None:
        found["birthday"] = {n: values[n] for n in BIRTHDAY_COLUMNS}
        found["birthday"]["birthday"] = values["birthday"].isoformat()
    if row.sizes:
        found["sizes"] = [[str(c), s] for c, s in row.sizes]
    if row.children:
        found["children"] = [
            [c.name, str(c.gender), c.birthday.isoformat() if c.birthday else None] for c in row.children
        ]
    if options.tier and row.opening.tier is not None:
        found["tier"] = str(row.opening.tier)
    if options.points and row.opening.points:
        found["points"] = row.opening.points
    if row.opening.tags:
        found["tags"] = list(row.opening.tags)
    return found


def changes(member: OnFile, cand: dict[str, Any]) -> dict[str, Any]:
    """The part of ``cand`` that would change ``member``: only what is empty on file."""
    found: dict[str, Any] = {}
    text = {n: v for n, v in cand.get("text", {}).items() if not member.text.get(n)}
    if text:
        found["text"] = text
    if "gender" in cand and member.gender == Gender.UNKNOWN:
        found["gender"] = cand["gender"]
    if "birthday" in cand and member.birthday is None:
        found["birthday"] = cand["birthday"]
    sizes = [[c, s] for c, s in cand.get("sizes", []) if SizeCategory(c) not in member.size_categories]
    if sizes:
        found["sizes"] = sizes
    if cand.get("children") and not member.has_children:
        found["children"] = cand["children"]
    if "tier" in cand and TIER_RANK[Tier(cand["tier"])] > TIER_RANK[member.tier]:
        found["tier"] = cand["tier"]
    if cand.get("points") and not member.has_points:
        found["points"] = cand["points"]
    tags = [t for t in cand.get("tags", []) if tag_key(t) not in member.tags]
    if tags:
        found["tags"] = tags
    return found


_ON_FILE_COLUMNS = (
    Member.id, Member.store_id, Member.status, Member.name, Member.card_no, Member.phone, Member.gender,
    Member.birthday, Member.tier, *(getattr(Member, n) for n in FILL_TEXT),
)  # fmt: skip


def on_file(s: Session, phones: Sequence[str], *, points: bool) -> dict[str, OnFile]:
    """The members with these phones, whichever store they belong to."""
    return {phone: m for phone, m in _members(s, Member.phone.in_(phones), points=points, lock=False)}


def on_file_by_id(s: Session, ids: Sequence[int], *, points: bool, lock: bool) -> dict[int, OnFile]:
    """The members with these ids; ``lock``: their rows locked for the transaction (PostgreSQL)."""
    return {m.id: m for _phone, m in _members(s, Member.id.in_(ids), points=points, lock=lock)}


def _members(s: Session, where: Any, *, points: bool, lock: bool) -> list[tuple[str, OnFile]]:
    stmt = select(*_ON_FILE_COLUMNS).where(where)
    if lock:
        stmt = stmt.order_by(Member.id).with_for_update()
    found: list[tuple[str, OnFile]] = []
    for r in s.execute(stmt):
        text = {n: getattr(r, n) for n in FILL_TEXT}
        found.append(
            (
                r.phone,
                OnFile(r.id, r.store_id, r.status, r.name, r.card_no, r.gender, r.birthday, text, r.tier),
            )
        )
    if not found:
        return found
    by_id = {m.id: m for _phone, m in found}
    ids = list(by_id)
    for member_id, category in s.execute(
        select(MemberSize.member_id, MemberSize.category).where(MemberSize.member_id.in_(ids))
    ):
        by_id[member_id].size_categories.add(category)
    for member_id in s.scalars(select(Child.member_id).where(Child.member_id.in_(ids)).distinct()):
        by_id[member_id].has_children = True
    for member_id, name in s.execute(
        select(MemberTag.member_id, Tag.name)
        .join(Tag, Tag.id == MemberTag.tag_id)
        .where(MemberTag.member_id.in_(ids))
    ):
        by_id[member_id].tags.add(tag_key(name))
    if points:
        for member_id in s.scalars(
            select(PointsEntry.member_id).where(PointsEntry.member_id.in_(ids)).distinct()
        ):
            by_id[member_id].has_points = True
    return found


def cards_in_use(s: Session, cards: Iterable[str]) -> set[str]:
    wanted = [c for c in cards if c]
    if not wanted:
        return set()
    return set(s.scalars(select(Member.card_no).where(Member.card_no.in_(wanted))))


@dataclass
class Plan:
    """What one chunk of rows does: new members, members filled in, rows skipped or refused."""

    new: list[ReadyRow] = field(default_factory=list)
    merges: list[tuple[ReadyRow, int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    # stored value of rows whose member is on file: never written to an account kept already
    balances_left: list[tuple[int, int, int]] = field(default_factory=list)  # line, principal, bonus


ON_FILE = QT_TRANSLATE_NOOP("Errors", "On file as {name} ({card}); left as it is.")
NOTHING_TO_FILL = QT_TRANSLATE_NOOP(
    "Errors", "On file as {name} ({card}), who has everything this row holds."
)
CLOSED = QT_TRANSLATE_NOOP(
    "Errors", "The membership of {name} ({card}) with this phone is closed; left as it is."
)
OTHER_STORE = QT_TRANSLATE_NOOP(
    "Errors", "This phone belongs to a member of another store; it is neither added nor changed."
)
BEING_IMPORTED = QT_TRANSLATE_NOOP("Errors", "This phone is being imported by another import right now.")
CARD_TAKEN = QT_TRANSLATE_NOOP("Errors", "Card number {card} is already in use.")


def plan(
    s: Session,
    store_id: int,
    rows: Sequence[ReadyRow],
    on_duplicate: OnDuplicate,
    options: MergeOptions,
) -> Plan:
    """Decide what each of ``rows`` does to the store as ``s`` sees it (see the module text)."""
    merging = on_duplicate == OnDuplicate.MERGE
    members = on_file(s, [r.phone for r in rows], points=merging and options.points)
    taken = cards_in_use(s, (r.card for r in rows if r.phone not in members))
    result = Plan()
    for row in rows:
        member = members.get(row.phone)
        if member is None:
            if row.card and row.card in taken:
                result.rejected.append(RejectedRow(row.line, "card_no", CARD_TAKEN, {"card": row.card}))
            else:
                result.new.append(row)
            continue
        said = {"name": member.name, "card": member.card_no}
        if row.opening.principal_fen or row.opening.bonus_fen:
            result.balances_left.append((row.line, row.opening.principal_fen, row.opening.bonus_fen))
        if member.store_id != store_id:
            result.rejected.append(RejectedRow(row.line, "phone", OTHER_STORE, {}))
        elif member.status == MemberStatus.IMPORTING:
            result.rejected.append(RejectedRow(row.line, "phone", BEING_IMPORTED, {}))
        elif member.status != MemberStatus.ACTIVE:
            result.skipped.append(SkippedRow(row.line, CLOSED, said))
        elif not merging:
            result.skipped.append(SkippedRow(row.line, ON_FILE, said))
        else:
            cand = candidate(row, options)
            found = changes(member, cand)
            if found:
                result.merges.append((row, member.id, cand, found))
            else:
                result.skipped.append(SkippedRow(row.line, NOTHING_TO_FILL, said))
    return result
