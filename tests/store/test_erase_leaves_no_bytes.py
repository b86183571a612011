"""After an erase, no byte of the person is left in the SQLite file or its WAL: freed space is
overwritten (``secure_delete``) and the WAL, which holds every page written since the last
checkpoint, is folded back and emptied."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from memberdesk.domain.vocab import ComplaintCategory, Severity
from memberdesk.services.members.enrolment import enrol, member_form, update_member
from memberdesk.services.members.erase import erase_member
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.services.service.suggestions import record_suggestion
from tests.conftest import Shop
from tests.services.members.test_member_erase import FULL
from tests.services.sales_helpers import three_line_sale

# What the person gave the store, in every form the store keeps it (the name's pinyin keys too).
NEEDLES = (
    "欧阳娜娜", "ouyangnana", "13812345678", "138 1234 5678", "VIP00123", "nana@example.cn",
    "建国路1号", "喜欢蓝色", "乐乐", "13900001111",
)  # fmt: skip


def _files(path: Path) -> dict[str, bytes]:
    found = {}
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            found[name.name] = name.read_bytes()
    return found


def _left(path: Path) -> list[tuple[str, str]]:
    return [
        (where, needle)
        for where, data in _files(path).items()
        for needle in NEEDLES
        if needle.encode() in data
    ]


def test_no_byte_of_the_erased_person_remains_in_the_file_or_its_wal(sqlite_shop: Shop) -> None:
    db = sqlite_shop.db
    assert db.path is not None
    member_id = enrol(db, sqlite_shop.clerk, FULL)
    for round_ in range(6):  # edits leave older copies of the row in the WAL and in freed space
        loaded = member_form(db, sqlite_shop.clerk, member_id)
        phone = "13900001111" if round_ % 2 == 0 else "13812345678"
        edited = dataclasses.replace(loaded, phone=phone, notes=f"喜欢蓝色 {round_}")
        update_member(db, sqlite_shop.clerk, member_id, edited, loaded=loaded)
    record_sale(db, sqlite_shop.clerk, three_line_sale(member_id))
    said = "欧阳娜娜说拉链坏了，电话138 1234 5678"
    open_complaint(
        db, sqlite_shop.clerk, ComplaintForm(member_id, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, said)
    )
    record_suggestion(db, sqlite_shop.clerk, member_id, "欧阳娜娜建议多进蓝色")
    assert _left(db.path)  # the test can see the person before the erase

    erase_member(db, sqlite_shop.manager, member_id, confirm_card="VIP00123")

    assert _left(db.path) == []  # while the app still has the file open
    db.dispose()
    assert _left(db.path) == []
