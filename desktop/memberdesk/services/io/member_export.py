"""Exporting members to a spreadsheet the import reads back.

The file has every field the import reads (points, tier, member-since, channel, children,
sizes and the rest), under headers and with values in the clerk's language
(``member_file_words``): 女, 金卡, 自然到店, not F, gold, walk_in. Exported and imported again
into an empty store it gives the same members. The rows are the active members the caller's
filter lets through (the Members page passes its search and tier), in id order, read a page
at a time with their sizes, children and points in a few statements per page.

Who may export what, and when a manager approves with a PIN, is ``export_rule``'s. Cells
never start a formula (``domain.cells``). The file is written as ``<name>.part`` and renamed
when complete, so a cancelled export leaves no half file under the real name.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from memberdesk.domain.cells import neutralise, safe_row
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import ConsentKind, Gender, MemberStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.io import member_file_words as words
from memberdesk.services.io.export_rule import ExportApproval, authorise, member_file
from memberdesk.services.members.listing import MemberFilter, member_text_condition
from memberdesk.services.staff import audit
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Consent, Member, MemberSize, MemberStats

Progress = Callable[[int, int], None]
Check = Callable[[], None]
EXPORT_PAGE = 1000


def export_headers(language: str, *, sensitive: bool) -> list[str]:
    fields = words.EXPORTED + (words.SENSITIVE if sensitive else ())
    return [words.header(f, language) for f in fields]


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
    """One page of members with what the file shows of them, read in five statements."""

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


def export_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    full_phones: bool = True,
    include_sensitive: bool = False,
    member_filter: MemberFilter | None = None,
    language: str = "zh_CN",
    approval: ExportApproval | None = None,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> int:
    """Write the members ``member_filter`` lets through (all without one) to ``path`` (.csv
    UTF-8 with BOM for Excel, or .xlsx); returns the count.

    ``export_rule`` decides what is needed: a masked list needs the export permission; full
    phones (the default: the file can be imported back) or sensitive fields also a
    manager's ``approval``. Sensitive fields go out only for members whose consent is in
    force. The export and who approved it are written to the audit log.
    """
    kind = member_file(full_phones=full_phones, sensitive=include_sensitive)
    approver = authorise(db, actor, kind, approval)
    headers = export_headers(language, sensitive=include_sensitive)
    tmp = path.with_name(path.name + ".part")
    count = 0
    with db.read() as s:
        total = _count(s, member_filter)
        rows = _member_rows(s, member_filter, language, full_phones, include_sensitive)
        try:
            count = _write(path, tmp, headers, rows, lambda done: _step(progress, check, done, total))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    tmp.replace(path)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "member.export",
            entity="member",
            detail=detail or path.name,
            after={"count": count, "file": kind.value, "approved_by": approver,
                   "filter": _filter_words(member_filter), "language": language},
        )  # fmt: skip
    return count


def _count(s: Session, member_filter: MemberFilter | None) -> int:
    from sqlalchemy import func

    return s.scalar(select(func.count()).select_from(Member).where(*_conditions(member_filter))) or 0


def _filter_words(member_filter: MemberFilter | None) -> str:
    if member_filter is None or member_filter == MemberFilter():
        return ""
    tier = member_filter.tier.value if member_filter.tier is not None else ""
    return " ".join(p for p in (member_filter.text.strip(), tier) if p)


def _write(
    path: Path, tmp: Path, headers: list[str], rows: Iterator[list[Any]], step: Callable[[int], None]
) -> int:
    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("members")
        sheet.append(xlsx_row(sheet, headers))
        for row in rows:
            sheet.append(xlsx_row(sheet, row))
            count += 1
            if count % EXPORT_PAGE == 0:
                step(count)
        book.save(tmp)
        return count
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(safe_row(headers))
        for row in rows:
            writer.writerow(safe_row(row))
            count += 1
            if count % EXPORT_PAGE == 0:
                step(count)
    return count


def xlsx_row(sheet: Any, values: list[Any]) -> list[Any]:
    """Write-only cells that are always text (data type "s") and never a formula."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cells: list[Any] = []
    for value in values:
        text = ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
        if not text:
            cells.append(None)  # an empty cell, not an empty string
            continue
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cells.append(cell)
    return cells


def _step(progress: Progress | None, check: Check | None, done: int, total: int) -> None:
    if check is not None:
        check()
    if progress is not None:
        progress(done, max(total, done))
