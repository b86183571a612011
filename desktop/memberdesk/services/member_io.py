"""Importing members from a spreadsheet (CSV or .xlsx) and exporting the member list.

A store moving from spreadsheets or another POS brings a file whose headers may be
Chinese or English; ``guess_mapping`` recognises the usual ones. An import runs in one
transaction: a dry run does all the work and rolls it back, so its report is exactly what
the real run would do; cancelling or failing half-way leaves nothing behind. Rows that
cannot be imported are listed with the reason; the good rows are imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import Gender
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from memberdesk.services.member_forms import MemberForm
from memberdesk.services.members import clean_form, insert_member
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member

Progress = Callable[[int, int], None]
Check = Callable[[], None]

FIELDS = ("phone", "name", "gender", "card_no", "birthday", "email", "address", "occupation", "hobbies",
          "skin_type", "hair_type", "notes")  # fmt: skip
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "移动电话", "phone", "mobile",
              "tel", "telephone", "cell", "phonenumber"),
    "name": ("姓名", "名字", "会员姓名", "客户姓名", "顾客姓名", "会员名称", "name", "fullname", "membername",
             "customername", "customer"),
    "gender": ("性别", "gender", "sex"),
    "card_no": ("卡号", "会员卡号", "会员号", "会员卡", "会员编号", "card", "cardno", "cardnumber",
                "memberno", "membernumber", "memberid"),
    "birthday": ("生日", "出生日期", "出生年月日", "birthday", "birthdate", "dateofbirth", "dob"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "email", "mail"),
    "address": ("地址", "住址", "联系地址", "address"),
    "occupation": ("职业", "occupation", "job", "profession"),
    "hobbies": ("爱好", "兴趣", "兴趣爱好", "hobbies", "hobby", "interests"),
    "skin_type": ("肤质", "皮肤", "皮肤类型", "skin", "skintype"),
    "hair_type": ("发质", "头发", "hair", "hairtype"),
    "notes": ("备注", "说明", "附注", "notes", "note", "remark", "remarks", "comment", "comments"),
}  # fmt: skip
_GENDER_WORDS = {"女": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE, "woman": Gender.FEMALE,
                 "男": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE, "man": Gender.MALE}  # fmt: skip
_DATE = re.compile(r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?")


class OnDuplicate(StrEnum):
    """What to do with a row whose phone is already on file."""

    SKIP = "skip"
    MERGE = "merge"  # fill the member's empty fields from the row


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported; ``message``/``params`` translate like a ServiceError."""

    row: int  # the line in the file (the header is line 1)
    field: str
    message: str
    params: dict[str, Any]

    def english(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True)
class ImportReport:
    rows: int
    added: int
    merged: int
    skipped: int
    rejected: tuple[RejectedRow, ...]
    mapping: dict[str, str]  # field -> header used
    dry_run: bool


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-./:：()（）*]", "", str(text or "")).lower()


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field name -> column index for the headers a spreadsheet is likely to have."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _header_key(header)
        for name, words in HEADER_WORDS.items():
            if name not in mapping and key in {_header_key(w) for w in words}:
                mapping[name] = index
                break
    return mapping


def _decode(data: bytes) -> str:
    # UTF-8 (with or without Excel's BOM) first; then GB18030, the superset of GBK/GB2312 that
    # Chinese Excel and older POS systems write.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The file's text encoding is not UTF-8 or GBK; save it as CSV UTF-8."),
        field="file",
    )


def read_table(path: Path) -> Table:
    """The header row and data rows of a .csv or .xlsx file (blank rows dropped)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read as a spreadsheet."),
                field="file",
                file=path.name,
            ) from exc
        values = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    else:
        try:
            text = _decode(path.read_bytes())
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be opened."), field="file", file=path.name
            ) from exc
        dialect = csv.excel_tab if text.count("\t") > text.count(",") else csv.excel
        values = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    values = [r for r in values if any(str(v).strip() for v in r if v is not None)]
    if len(values) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no member rows."), field="file")
    return Table([str(h or "").strip() for h in values[0]], values[1:])


def _cell(row: list[Any], index: int | None) -> Any:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    return row[index]


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or card stored as a number by Excel
    return str(value).strip()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (write 1990-05-31)."),
        field="birthday",
        value=text,
    )


def row_form(row: list[Any], mapping: dict[str, int]) -> MemberForm:
    """A MemberForm from one row; ValidationError for an unreadable cell."""

    def text(name: str) -> str:
        return _text(_cell(row, mapping.get(name)))

    return MemberForm(
        phone=text("phone"),
        name=text("name"),
        gender=_GENDER_WORDS.get(text("gender").lower(), Gender.UNKNOWN),
        card_no=text("card_no"),
        birthday=_date(_cell(row, mapping.get("birthday"))),
        email=text("email"),
        address=text("address"),
        occupation=text("occupation"),
        hobbies=text("hobbies"),
        skin_type=text("skin_type"),
        hair_type=text("hair_type"),
        notes=text("notes"),
    )


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back whole."""


def _merge(member: Member, form: MemberForm) -> bool:
    changed = False
    for name in ("email", "address", "occupation", "hobbies", "skin_type", "hair_type", "notes"):
        if not getattr(member, name) and getattr(form, name):
            setattr(member, name, getattr(form, name).strip())
            changed = True
    if member.gender == Gender.UNKNOWN and form.gender != Gender.UNKNOWN:
        member.gender, changed = form.gender, True
    if member.birthday is None and form.birthday is not None:
        member.birthday, member.birth_mmdd = form.birthday, form.birthday.month * 100 + form.birthday.day
        changed = True
    return changed


def import_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    mapping: dict[str, int] | None = None,
    dry_run: bool = False,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> ImportReport:
    """Import the members of ``path``; see the module text. ``check`` may raise to cancel."""
    require(actor, Permission.IMPORT_MEMBERS)
    table = read_table(path)
    mapping = mapping if mapping is not None else guess_mapping(table.headers)
    for required in ("phone", "name"):
        if required not in mapping:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "No {column} column found; choose it in the column mapping."),
                field="mapping",
                column=required,
            )
    rejected: list[RejectedRow] = []
    added = merged = skipped = 0
    seen: dict[str, int] = {}
    total = len(table.rows)
    today = dt.date.today()
    try:
        with db.write() as s:
            for n, row in enumerate(table.rows, start=2):
                if check is not None and n % 50 == 0:
                    check()
                try:
                    form = row_form(row, mapping)
                    clean, card = clean_form(form, today)
                    phone = clean.values["phone"]
                    if phone in seen:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Errors", "The same phone as row {row}."),
                            field="phone",
                            row=seen[phone],
                        )
                    seen[phone] = n
                    existing = s.scalar(select(Member).where(Member.phone == phone))
                    if existing is not None:
                        if on_duplicate == OnDuplicate.MERGE and _merge(existing, form):
                            merged += 1
                        else:
                            skipped += 1
                        continue
                    with s.begin_nested():  # a card number in use rejects this row only
                        insert_member(s, actor, clean, card, form)
                    added += 1
                except ServiceError as err:
                    rejected.append(RejectedRow(n, err.field or "", err.message, dict(err.params)))
                if progress is not None and (n % 100 == 0 or n - 1 == total):
                    progress(n - 1, total)
            audit.record(
                s,
                actor,
                "member.import",
                entity="member",
                detail=detail or path.name,
                after={"added": added, "merged": merged, "skipped": skipped, "rejected": len(rejected)},
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    headers = {name: table.headers[i] for name, i in mapping.items() if i < len(table.headers)}
    return ImportReport(total, added, merged, skipped, tuple(rejected), headers, dry_run)


# --- export --------------------------------------------------------------------------------

EXPORT_PAGE = 1000


def _member_rows(s: Session, include_sensitive: bool) -> Iterator[list[Any]]:
    from memberdesk.services.members import consent_in_force

    last_id = 0
    while True:
        page = s.scalars(
            select(Member).where(Member.id > last_id).order_by(Member.id).limit(EXPORT_PAGE)
        ).all()
        if not page:
            return
        for m in page:
            row: list[Any] = [m.card_no, m.name, m.phone, m.gender.value,
                              m.birthday.isoformat() if m.birthday else "", m.tier.value, m.channel.value,
                              m.email, m.address, m.occupation, m.enrolled_at.date().isoformat()]  # fmt: skip
            if include_sensitive:
                ok = consent_in_force(s, m.id)
                row += [m.ethnicity or "", m.religion or "", m.income_band or ""] if ok else ["", "", ""]
            yield row
        last_id = page[-1].id
        s.expunge_all()


EXPORT_HEADERS = ["卡号", "姓名", "手机", "性别", "生日", "等级", "来源", "邮箱", "地址", "职业", "入会日期"]
SENSITIVE_HEADERS = ["民族", "宗教", "收入"]


def export_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    include_sensitive: bool = False,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> int:
    """Write every member to ``path`` (.csv UTF-8 with BOM for Excel, or .xlsx); returns the count.

    Sensitive fields go out only when asked, for a role allowed to see them, and only for
    members whose consent is in force. The export is written to the audit log.
    """
    require(actor, Permission.EXPORT_MEMBERS)
    if include_sensitive:
        require(actor, Permission.REVEAL_SENSITIVE)
    headers = EXPORT_HEADERS + (SENSITIVE_HEADERS if include_sensitive else [])
    tmp = path.with_name(path.name + ".part")
    count = 0
    with db.read() as s:
        total = s.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 0
        rows = _member_rows(s, include_sensitive)
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("members")
            sheet.append(headers)
            for row in rows:
                sheet.append(row)
                count += 1
                if count % EXPORT_PAGE == 0:
                    _step(progress, check, count, total)
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                for row in rows:
                    writer.writerow(row)
                    count += 1
                    if count % EXPORT_PAGE == 0:
                        _step(progress, check, count, total)
    tmp.replace(path)  # a cancelled export leaves no half file under the real name
    with db.write() as s:
        audit.record(
            s,
            actor,
            "member.export",
            entity="member",
            detail=detail or path.name,
            after={"count": count, "sensitive": include_sensitive},
        )
    return count


def _step(progress: Progress | None, check: Check | None, done: int, total: int) -> None:
    if check is not None:
        check()
    if progress is not None:
        progress(done, max(total, done))
