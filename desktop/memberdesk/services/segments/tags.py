"""Member tags: the store's list (kept by the manager), a member's tags (set at the card by
a clerk), tags given to or taken from many members at once, each act with who did it.

Free tags: a clerk picks from the store's list. When the manager allows it
(``FREE_TAGS_KEY``, off by default), a word typed at the card that is not on the list joins
it, marked ``free`` so the manager sees it and keeps or removes it. A retired tag (removed
from the list while members still carry it) stays on those members and is given to no one
new.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, literal, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.members.tag_names import clean_tag_list, clean_tag_name, tag_key
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import read_setting, write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberTag, Tag, utcnow

FREE_TAGS_KEY = "tags.free_at_card"
BULK_CHUNK = 500  # member ids per statement when many members are tagged at once


@dataclass(frozen=True)
class TagInfo:
    """A tag of the store's list and how many members carry it."""

    id: int
    name: str
    active: bool
    free: bool
    members: int


def free_tags_allowed(db: Database, actor: Actor) -> bool:
    """Whether a clerk may type a tag that is not on the store's list at the card."""
    with db.read() as s:
        return _free_allowed(s, actor.store_id)


def _free_allowed(s: Session, store_id: int) -> bool:
    text = read_setting(s, store_id, FREE_TAGS_KEY)
    return bool(json.loads(text)) if text else False


def allow_free_tags(db: Database, actor: Actor, allowed: bool) -> None:
    """The manager's choice: may clerks add tags of their own at the card?"""
    require(actor, Permission.MANAGE_RULES)
    with db.write() as s:
        write_setting(s, actor, FREE_TAGS_KEY, json.dumps(bool(allowed)), "settings.tags")


def list_tags(db: Database, actor: Actor, *, retired: bool = False, counted: bool = True) -> list[TagInfo]:
    """The store's tags by name (retired ones too when asked), with their member counts —
    or, ``counted=False``, with 0 for a count: what a list to choose from needs, read from the
    tags alone (counting the members reads every member's tags: it grows with the store)."""
    require(actor, Permission.FIND_MEMBER)
    if counted:
        carriers = select(MemberTag.tag_id, func.count().label("n")).group_by(MemberTag.tag_id).subquery()
        stmt = (
            select(Tag.id, Tag.name, Tag.active, Tag.free, func.coalesce(carriers.c.n, 0))
            .outerjoin(carriers, carriers.c.tag_id == Tag.id)
            .where(Tag.store_id == actor.store_id)
        )
    else:
        stmt = select(Tag.id, Tag.name, Tag.active, Tag.free, literal(0)).where(
            Tag.store_id == actor.store_id
        )
    if not retired:
        stmt = stmt.where(Tag.active.is_(True))
    with db.read() as s:
        found = [TagInfo(int(i), n, bool(a), bool(f), int(c)) for i, n, a, f, c in s.execute(stmt)]
    return sorted(found, key=lambda t: t.name)  # the same order on every database


def _store_tags(s: Session, store_id: int) -> dict[str, Tag]:
    return {tag_key(t.name): t for t in s.scalars(select(Tag).where(Tag.store_id == store_id))}


def add_tag(db: Database, actor: Actor, name: str) -> int:
    """Put a tag on the store's list (a retired one comes back); its id."""
    require(actor, Permission.MANAGE_RULES)
    name = clean_tag_name(name)
    with db.write() as s:
        tag = _store_tags(s, actor.store_id).get(tag_key(name))
        if tag is not None and tag.active and not tag.free:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The tag “{tag}” is on the list already."),
                field="tag",
                tag=tag.name,
            )
        if tag is None:
            tag = Tag(store_id=actor.store_id, name=name, created_by_id=actor.staff_id)
            s.add(tag)
        tag.active, tag.free = True, False
        s.flush()
        audit.record(s, actor, "tag.add", entity="tag", entity_id=tag.id, detail=tag.name)
        return tag.id


def remove_tag(db: Database, actor: Actor, name: str) -> bool:
    """Take a tag off the store's list: deleted when nobody carries it (True), else retired
    (False): the members who carry it keep it, nobody new is given it."""
    require(actor, Permission.MANAGE_RULES)
    with db.write() as s:
        tag = _named(s, actor, name)
        carriers = s.scalar(select(func.count()).where(MemberTag.tag_id == tag.id)) or 0
        audit.record(s, actor, "tag.remove", entity="tag", entity_id=tag.id, detail=tag.name)
        if carriers:
            tag.active = False
            return False
        s.delete(tag)
        return True


def _named(s: Session, actor: Actor, name: str) -> Tag:
    tag = _store_tags(s, actor.store_id).get(tag_key(clean_tag_name(name)))
    if tag is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no tag “{tag}” on the store's list."), field="tag", tag=name
        )
    return tag


def _resolve(s: Session, actor: Actor, names: Sequence[str], kept: set[int]) -> list[Tag]:
    """The tags named, as the card may give them: from the active list, or a tag the member
    carries already (retired or not), or (when the store allows) a new free tag."""
    known = _store_tags(s, actor.store_id)
    free = None
    tags = []
    for name in names:
        tag = known.get(tag_key(name))
        if tag is not None and (tag.active or tag.id in kept):
            tags.append(tag)
            continue
        if free is None:
            free = _free_allowed(s, actor.store_id)
        if not free or tag is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{tag}” is not on the store's list of tags."),
                field="tag",
                tag=name,
            )
        tag = Tag(store_id=actor.store_id, name=name, free=True, created_by_id=actor.staff_id)
        s.add(tag)
        s.flush()
        audit.record(s, actor, "tag.add", entity="tag", entity_id=tag.id, detail=tag.name)
        known[tag_key(name)] = tag
        tags.append(tag)
    return tags


def _member_tags(s: Session, member_id: int) -> list[tuple[int, str]]:
    rows = s.execute(
        select(Tag.id, Tag.name)
        .join(MemberTag, MemberTag.tag_id == Tag.id)
        .where(MemberTag.member_id == member_id)
    )
    return sorted(((int(i), str(n)) for i, n in rows), key=lambda r: r[1])


def tags_of(db: Database, actor: Actor, member_id: int) -> tuple[str, ...]:
    """The member's tags by name."""
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        return tuple(name for _id, name in _member_tags(s, member_id))


def _active_member(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None or member.status != MemberStatus.ACTIVE:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member is not on file."), field="member")
    return member


def set_member_tags(db: Database, actor: Actor, member_id: int, names: Iterable[str]) -> tuple[str, ...]:
    """The member's tags become exactly ``names``; who changed them is audited (the tags added
    and taken off, by name) and each new tag keeps who gave it and when."""
    require(actor, Permission.EDIT_MEMBER)
    wanted = clean_tag_list(names)
    with db.write() as s:
        _active_member(s, member_id)
        before = _member_tags(s, member_id)
        tags = _resolve(s, actor, wanted, {i for i, _n in before})
        want_ids = {t.id for t in tags}
        had_ids = {i for i, _n in before}
        now = utcnow()
        for tag in tags:
            if tag.id not in had_ids:
                s.add(
                    MemberTag(member_id=member_id, tag_id=tag.id, tagged_at=now, tagged_by_id=actor.staff_id)
                )
        gone = had_ids - want_ids
        if gone:
            s.execute(delete(MemberTag).where(MemberTag.member_id == member_id, MemberTag.tag_id.in_(gone)))
        after = sorted(t.name for t in tags)
        if had_ids != want_ids:
            audit.record(
                s, actor, "member.tags", entity="member", entity_id=member_id,
                before={"tags": [n for _i, n in before]}, after={"tags": after},
            )  # fmt: skip
        return tuple(after)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), BULK_CHUNK):
        yield list(ids[start : start + BULK_CHUNK])


def assign(db: Database, actor: Actor, tag_name: str, member_ids: Iterable[int]) -> int:
    """Give a tag of the store's list to many members (those who carry it already are left as
    they are); how many were given it. One audit entry names the tag and the count."""
    require(actor, Permission.EDIT_MEMBER)
    ids = sorted(set(member_ids))
    with db.write() as s:
        tag = _named(s, actor, tag_name)
        if not tag.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{tag}” is not on the store's list of tags."),
                field="tag",
                tag=tag.name,
            )
        added, now = 0, utcnow()
        for part in _chunks(ids):
            active = select(Member.id).where(Member.id.in_(part), Member.status == MemberStatus.ACTIVE)
            have = select(MemberTag.member_id).where(
                MemberTag.tag_id == tag.id, MemberTag.member_id.in_(part)
            )
            carrying = set(s.scalars(have))
            new = [i for i in s.scalars(active) if i not in carrying]
            s.add_all(
                MemberTag(member_id=i, tag_id=tag.id, tagged_at=now, tagged_by_id=actor.staff_id) for i in new
            )
            added += len(new)
        audit.record(
            s, actor, "tag.assign", entity="tag", entity_id=tag.id, detail=tag.name, after={"count": added}
        )
        return added


def unassign(db: Database, actor: Actor, tag_name: str, member_ids: Iterable[int]) -> int:
    """Take a tag off many members; how many carried it."""
    require(actor, Permission.EDIT_MEMBER)
    ids = sorted(set(member_ids))
    with db.write() as s:
        tag = _named(s, actor, tag_name)
        removed = 0
        for part in _chunks(ids):
            result = s.execute(
                delete(MemberTag).where(MemberTag.tag_id == tag.id, MemberTag.member_id.in_(part))
            )
            removed += int(getattr(result, "rowcount", 0) or 0)
        audit.record(
            s,
            actor,
            "tag.unassign",
            entity="tag",
            entity_id=tag.id,
            detail=tag.name,
            after={"count": removed},
        )
        return removed
