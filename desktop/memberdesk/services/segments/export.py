"""A segment's members to a file (.csv for Excel, or .xlsx) under the store's one export rule
(``services/io/export_rule.py``): phones masked unless a manager approves full numbers with
their PIN. A promotion list (``for_promotions``) leaves out every member whose consent to
promotions is not in force (never given, or withdrawn) and says how many it left out."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from memberdesk.domain.cells import safe_row
from memberdesk.domain.phone import mask_phone
from memberdesk.services.common.context import Actor
from memberdesk.services.io.export_rule import ExportApproval, authorise, member_file
from memberdesk.services.io.member_export import xlsx_row
from memberdesk.services.segments import segments
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.services.staff import audit
from memberdesk.store.database import Database
from memberdesk.store.models import Member

HEADERS = {"zh_CN": ["卡号", "姓名", "手机", "等级"], "en": ["Card no.", "Name", "Phone", "Tier"]}
CHUNK = 1000


@dataclass(frozen=True)
class SegmentExport:
    """What went into the file, and who was left out because they refused promotions."""

    written: int
    left_out_no_consent: int


def export_segment(
    db: Database,
    actor: Actor,
    f: SegmentFilter,
    path: Path,
    *,
    for_promotions: bool = True,
    full_phones: bool = False,
    approval: ExportApproval | None = None,
    language: str = "zh_CN",
    name: str = "",
    today: dt.date | None = None,
) -> SegmentExport:
    """Write the segment's members to ``path``; see the module text for who is left out."""
    kind = member_file(full_phones=full_phones, sensitive=False)
    approver = authorise(db, actor, kind, approval)
    held = segments.member_ids(db, f, today=today, store_id=actor.store_id)
    if for_promotions and f.promotions != "yes":
        ids = segments.member_ids(db, replace(f, promotions="yes"), today=today, store_id=actor.store_id)
    else:
        ids = held
    rows = []
    with db.read() as s:
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            found = s.execute(
                select(Member.card_no, Member.name, Member.phone, Member.tier)
                .where(Member.id.in_(part))
                .order_by(Member.id)
            )
            rows += [[c, n, p if full_phones else mask_phone(p), t.value] for c, n, p, t in found]
    headers = HEADERS.get(language, HEADERS["en"])
    tmp = path.with_name(path.name + ".part")
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("members")
            for row in (headers, *rows):
                sheet.append(xlsx_row(sheet, row))
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                for row in (headers, *rows):
                    writer.writerow(safe_row(row))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    result = SegmentExport(len(rows), len(held) - len(ids))
    with db.write() as s:
        audit.record(
            s, actor, "segment.export", entity="segment", detail=name or path.name,
            after={"count": result.written, "left_out": result.left_out_no_consent, "file": kind.value,
                   "approved_by": approver, "promotions": for_promotions},
        )  # fmt: skip
    return result
