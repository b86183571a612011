"""The member export streams (plain rows a page at a time) and writes, byte for byte, the
file the former export wrote (``former_member_export``) for the same store and choices."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

from memberdesk.domain.cells import is_formula_like
from memberdesk.domain.vocab import (
    Channel,
    ConsentKind,
    Gender,
    MemberStatus,
    PartnerKind,
    SizeCategory,
    Tier,
)
from memberdesk.services.io import member_export, member_export_rows
from memberdesk.services.io import member_file_words as words
from memberdesk.services.io.export_rule import ExportApproval
from memberdesk.services.io.member_io import export_members
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.listing import MemberFilter
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Child, Consent, Member, MemberSize, MemberStats
from tests.conftest import DEMO_PINS, Shop, demo_actor
from tests.services.io.former_member_export import former_csv
from tests.services.io.helpers import manager_approval

CHOICES = list(itertools.product(("zh_CN", "en"), (False, True), (True, False)))  # language, sensitive, full


@pytest.fixture
def shanghai_time() -> Iterator[None]:
    """The counter's clock in China: a member enrolled at 20:00 UTC joined the next day there."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _both(
    db: Database, actor_and_approval: tuple[object, ExportApproval], tmp_path: Path, **choices: object
) -> tuple[bytes, bytes]:
    actor, approval = actor_and_approval
    now = tmp_path / "now.csv"
    export_members(db, actor, now, approval=approval, **choices)  # type: ignore[arg-type]
    return now.read_bytes(), former_csv(db, tmp_path / "before.csv", **choices)  # type: ignore[arg-type]


def test_the_file_rows_are_in_the_order_of_the_headers() -> None:
    assert member_export_rows.ROW_FIELDS == words.EXPORTED


def test_one_lookup_tells_a_formula_as_the_cell_rule_does() -> None:
    every_first = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    safe = member_export_rows.safe_cells([*every_first, ""])
    assert safe == ["'" + c if is_formula_like(c) else c for c in every_first] + [""]


@pytest.mark.parametrize(("language", "sensitive", "full"), CHOICES)
def test_the_demo_store_exports_the_same_bytes_as_before(
    demo_db: Database, tmp_path: Path, shanghai_time: None, language: str, sensitive: bool, full: bool
) -> None:
    manager = demo_actor(demo_db, "M01")
    asking = (demo_actor(demo_db, "S01"), ExportApproval(manager.staff_id, DEMO_PINS["M01"]))
    now, before = _both(
        demo_db, asking, tmp_path, language=language, include_sensitive=sensitive, full_phones=full
    )
    assert now == before
    assert now.count(b"\r\n") == 1 + _active(demo_db)
    if sensitive:  # the demo's consents are in the file: some members' sensitive fields are filled
        assert any(line.rstrip(b"\r").split(b",")[-3:] != [b""] * 3 for line in now.splitlines()[1:])


@pytest.mark.parametrize("wanted", [MemberFilter(tier=Tier.GOLD), MemberFilter("138"), MemberFilter("王")])
def test_a_filtered_demo_export_is_the_same_as_before(
    demo_db: Database, tmp_path: Path, wanted: MemberFilter
) -> None:
    manager = demo_actor(demo_db, "M01")
    asking = (demo_actor(demo_db, "S01"), ExportApproval(manager.staff_id, DEMO_PINS["M01"]))
    now, before = _both(
        demo_db, asking, tmp_path, member_filter=wanted, include_sensitive=True, language="en"
    )
    assert now == before and now.count(b"\r\n") > 1


def _active(db: Database) -> int:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member).where(Member.status == MemberStatus.ACTIVE))
            or 0
        )


def _odd_store(shop: Shop) -> None:
    """Members with everything a file can hold, and what older versions or other programs left."""
    bank = MemberForm(
        phone="13812345678", name="张伟", gender=Gender.FEMALE, birthday=dt.date(1990, 5, 31),
        birthday_lunar=True, channel=Channel.PARTNER, channel_detail=PartnerKind.BANK,
    )  # fmt: skip
    first = enrol(shop.db, shop.clerk, bank)
    second = enrol(shop.db, shop.clerk, MemberForm(phone="+4915112345678", name="Anna", gender=Gender.MALE))
    third = enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="李娜", channel_detail="老街坊"))
    closed = enrol(shop.db, shop.clerk, MemberForm(phone="13712345678", name="已销卡"))
    early = dt.datetime(2024, 3, 1, 20, 30, tzinfo=dt.UTC)  # 2 March at the counter in China
    with shop.db.write() as s:
        s.execute(update(Member).where(Member.id == first).values(
            address='=HYPERLINK("http://evil.example")', notes="-记得", email="@x", hobbies="＝全角",
            ethnicity="回族", religion=None, income_band="+5000", enrolled_at=early,
            tier=Tier.VIP))  # fmt: skip
        s.execute(update(Member).where(Member.id == second).values(
            birthday_lunar=True, occupation="\tTab", skin_type="\r", ethnicity="汉族"))  # fmt: skip
        s.execute(update(Member).where(Member.id == closed).values(status=MemberStatus.CLOSED))
        s.execute(delete(MemberStats).where(MemberStats.member_id == third))
        s.add_all([
            Child(member_id=first, name="=小明", gender=Gender.MALE, birthday=dt.date(2015, 6, 1)),
            Child(member_id=first, name="", gender=Gender.UNKNOWN, birthday=None),
            Child(member_id=first, name="", gender=Gender.FEMALE, birthday=None),
            Child(member_id=third, name="小红", gender=Gender.UNKNOWN, birthday=dt.date(2019, 1, 2)),
            MemberSize(member_id=first, category=SizeCategory.SHOES, size="38"),
            MemberSize(member_id=first, category=SizeCategory.BRA, size="-75B"),
            MemberSize(member_id=third, category=SizeCategory.CHILDREN, size="110"),
            Consent(member_id=first, kind=ConsentKind.SENSITIVE, granted=True, recorded_at=early),
            Consent(member_id=second, kind=ConsentKind.SENSITIVE, granted=True, recorded_at=early),
            Consent(member_id=second, kind=ConsentKind.SENSITIVE, granted=False,
                    recorded_at=early + dt.timedelta(1)),
            Consent(member_id=third, kind=ConsentKind.MARKETING, granted=True, recorded_at=early),
        ])  # fmt: skip
        s.execute(update(MemberStats).where(MemberStats.member_id == first).values(points_balance=1234))


@pytest.mark.parametrize(("language", "sensitive", "full"), CHOICES)
def test_what_older_versions_left_is_exported_as_before_on_each_backend(
    shop: Shop, tmp_path: Path, shanghai_time: None, language: str, sensitive: bool, full: bool
) -> None:
    _odd_store(shop)
    asking = (shop.supervisor, manager_approval(shop))
    now, before = _both(
        shop.db, asking, tmp_path, language=language, include_sensitive=sensitive, full_phones=full
    )
    assert now == before
    text = now.decode("utf-8-sig")
    assert text.count("\r\n") == 4 and "已销卡" not in text
    assert ("'=HYPERLINK" in text) and (",2024-03-02," in text)


def test_the_demo_store_on_postgresql_exports_the_same_bytes_as_before(
    pg_db: Database, tmp_path: Path, shanghai_time: None
) -> None:
    from memberdesk.demo.build import DemoPlan, build_store

    build_store(pg_db.engine.url.render_as_string(hide_password=False),
                DemoPlan(members=150, seed=7, until=dt.date(2026, 11, 30)))  # fmt: skip
    manager = demo_actor(pg_db, "M01")
    asking = (demo_actor(pg_db, "S01"), ExportApproval(manager.staff_id, DEMO_PINS["M01"]))
    for language, sensitive, full in CHOICES[::3]:
        now, before = _both(
            pg_db, asking, tmp_path, language=language, include_sensitive=sensitive, full_phones=full
        )
        assert now == before and now.count(b"\r\n") == 1 + _active(pg_db)


@pytest.fixture
def pg_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    from tests.conftest import fresh_database

    yield from fresh_database("postgresql", request, tmp_path)


def test_progress_comes_once_a_page_and_a_cancel_leaves_no_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in (member_export, member_export_rows):
        monkeypatch.setattr(module, "EXPORT_PAGE", 100)
    manager = demo_actor(demo_db, "M01")
    asking, approval = demo_actor(demo_db, "S01"), ExportApproval(manager.staff_id, DEMO_PINS["M01"])
    total = _active(demo_db)
    told: list[tuple[int, int]] = []
    folder = tmp_path / "files"
    folder.mkdir()
    out = folder / "m.csv"
    assert (
        export_members(demo_db, asking, out, approval=approval, progress=lambda d, t: told.append((d, t)))
        == total
    )
    assert told == [(n, total) for n in range(100, total + 1, 100)] and len(told) >= 2

    class Stop(Exception):
        pass

    checks: list[None] = []

    def stop_on_the_second_page() -> None:
        checks.append(None)
        if len(checks) == 2:
            raise Stop

    kept = out.read_bytes()
    with pytest.raises(Stop):
        export_members(demo_db, asking, out, approval=approval, check=stop_on_the_second_page)
    assert out.read_bytes() == kept and [p.name for p in folder.iterdir()] == ["m.csv"]
    with demo_db.read() as s:  # the cancelled export is not in the audit log; the finished one is
        assert s.scalar(select(func.count()).where(AuditEntry.action == "member.export")) == 1


TYPED = ("name", "address", "notes", "email", "channel_detail", "hobbies", "ethnicity")
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=st.fixed_dictionaries(
        {k: _text for k in ("name", "address", "notes", "email", "channel_detail", "hobbies", "ethnicity")}
    ),
    child=_text,
    size=_text.filter(bool),
    points=st.integers(0, 10**9),
    enrolled=st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1), timezones=st.just(dt.UTC)),
    language=st.sampled_from(words.LANGUAGES),
)
def test_whatever_the_clerk_typed_is_exported_as_before(
    shop: Shop, tmp_path: Path, fields: dict[str, str], child: str, size: str, points: int,
    enrolled: dt.datetime, language: str,
) -> None:  # fmt: skip
    with shop.db.write() as s:
        for table in (Child, MemberSize, Consent, MemberStats, Member):
            s.execute(delete(table))
    member = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    with shop.db.write() as s:
        s.execute(update(Member).where(Member.id == member).values(
            **{k: v[:20] for k, v in fields.items()}, enrolled_at=enrolled))  # fmt: skip
        s.execute(update(MemberStats).where(MemberStats.member_id == member).values(points_balance=points))
        s.add_all([Child(member_id=member, name=child[:20], gender=Gender.FEMALE),
                   MemberSize(member_id=member, category=SizeCategory.TOPS, size=size[:16]),
                   Consent(member_id=member, kind=ConsentKind.SENSITIVE, granted=True)])  # fmt: skip
    now, before = _both(shop.db, (shop.supervisor, manager_approval(shop)), tmp_path,
                        language=language, include_sensitive=True)  # fmt: skip
    assert now == before


def test_a_sparse_page_names_its_members_and_a_dense_one_their_range(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms: list[int] = []
    real = member_export_rows._page

    def page(ids: list[int]) -> tuple[int, dict[str, object]]:
        form, params = real(ids)
        forms.append(form)
        return form, params

    monkeypatch.setattr(member_export_rows, "_page", page)
    manager = demo_actor(demo_db, "M01")
    asking = (demo_actor(demo_db, "S01"), ExportApproval(manager.staff_id, DEMO_PINS["M01"]))
    for wanted, form in ((None, 0), (MemberFilter(tier=Tier.VIP), 1)):
        forms.clear()
        now, before = _both(demo_db, asking, tmp_path, member_filter=wanted, include_sensitive=True)
        assert now == before and forms == [form]


def test_a_tag_the_list_is_filtered_by_narrows_the_export_too(shop: Shop, tmp_path: Path) -> None:
    from memberdesk.store.models import MemberTag, Tag

    tagged = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="孕妈甲"))
    enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="未标记"))
    with shop.db.write() as s:
        tag = Tag(store_id=shop.store_id, name="孕妈")
        s.add(tag)
        s.flush()
        s.add(MemberTag(member_id=tagged, tag_id=tag.id))
    out = tmp_path / "tagged.csv"
    wanted = MemberFilter(tag="孕妈")
    count = export_members(
        shop.db, shop.supervisor, out, member_filter=wanted, approval=manager_approval(shop)
    )
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert count == 1 and len(lines) == 2 and "孕妈甲" in lines[1]
    with shop.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.export")).one()
    assert "孕妈" in (entry.after or "")
