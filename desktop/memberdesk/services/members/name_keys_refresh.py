"""Bringing stored search keys up to the current reading rules.

``member_keys`` rows are written when a member is enrolled or edited. When the rules of
``domain.search_keys`` learn more (compound surnames, readings of a given name), members
saved before still carry the old keys and a clerk typing ``bailic`` does not find 百里长青.
``refresh_name_keys`` rewrites the keys of exactly the members whose keys differ, in pages,
each page one transaction; running it again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import delete, insert, select

from memberdesk.domain.search_keys import name_keys
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberKey

PAGE = 2000


def refresh_name_keys(db: Database, *, progress: Callable[[int], None] | None = None) -> int:
    """Rewrite the search keys of every member whose keys are not those of today's rules;
    returns how many members changed."""
    changed = 0
    last_id = 0
    while True:
        with db.write() as s:
            page = s.execute(
                select(Member.id, Member.name).where(Member.id > last_id).order_by(Member.id).limit(PAGE)
            ).all()
            if not page:
                return changed
            ids = [row.id for row in page]
            stored: dict[int, set[str]] = defaultdict(set)
            for key, member_id in s.execute(
                select(MemberKey.key, MemberKey.member_id).where(MemberKey.member_id.in_(ids))
            ):
                stored[member_id].add(key)
            wanted = {row.id: name_keys(row.name) for row in page}
            stale = {m: keys for m, keys in wanted.items() if keys != stored[m]}
            if stale:
                s.execute(delete(MemberKey).where(MemberKey.member_id.in_(list(stale))))
                s.execute(
                    insert(MemberKey),
                    [{"key": k, "member_id": m} for m, keys in stale.items() for k in sorted(keys)],
                )
            changed += len(stale)
            last_id = ids[-1]
        if progress is not None:
            progress(changed)
