"""F4 never erases: open the edit form for any member, change one field, save — nothing else moves.

Members are written straight into the database with every combination of fields (children,
lunar birthdays, sizes, consents, sensitive fields, email, address, occupation, hobbies,
notes, referrers, a channel detail the channel does not use...). The edit is made in the real
form by keys sent to the focused field, and saved with the Save button; the whole stored
member (columns, sizes, children, consents, search keys) is compared before and after.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.cells import is_formula_like
from memberdesk.domain.members import lunar_mmdd_of
from memberdesk.domain.vocab import Channel, ConsentKind, Gender, MemberStatus, SizeCategory, Tier
from memberdesk.services.members.forms import BIDI_CONTROLS
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Consent, Member, MemberKey, MemberSize, MemberStats
from memberdesk.ui.counter.enrol_dialog import EnrolDialog
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop, demo_actor

_numbers = itertools.count(1)
TODAY = dt.date.today()
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
chinese = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)
dates = st.dates(dt.date(1930, 1, 1), TODAY - dt.timedelta(days=1))
# Children are saved together, so their names are as the text rule lets them be stored.
child_names = texts.map(lambda t: t[:50]).filter(
    lambda t: not is_formula_like(t.strip()) and not BIDI_CONTROLS.intersection(t)
)


@st.composite
def members(draw: st.DrawFn) -> dict[str, Any]:
    birthday = draw(st.none() | dates)
    lunar = birthday is not None and draw(st.booleans())
    lunar_mmdd, leap = lunar_mmdd_of(birthday) if lunar and birthday else (None, False)
    consented = draw(st.booleans())
    return {
        "name": draw(chinese),
        "gender": draw(st.sampled_from(Gender)),
        "birthday": birthday,
        "birth_mmdd": birthday.month * 100 + birthday.day if birthday else None,
        "birthday_lunar": lunar,
        "lunar_mmdd": lunar_mmdd,
        "lunar_leap": leap,
        "channel": draw(st.sampled_from(Channel)),
        "channel_detail": draw(st.sampled_from(["", "bank", "gym", "student", "朋友圈"]) | texts),
        "referrer": draw(st.booleans()),
        "referrer_staff": draw(st.booleans()),
        "email": draw(st.sampled_from(["", "li.na@example.cn"]) | texts),
        "address": draw(texts),
        "occupation": draw(texts),
        "hobbies": draw(texts),
        "hair_type": draw(texts),
        "skin_type": draw(texts),
        "notes": draw(
            st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
        ),
        "tier": draw(st.sampled_from(Tier)),
        "ethnicity": draw(st.sampled_from(["汉族", "回族"])) if consented and draw(st.booleans()) else None,
        "religion": draw(st.sampled_from(["", "佛教"])) or None if consented else None,
        "income_band": draw(st.sampled_from(["5-10k", "10-20k"]))
        if consented and draw(st.booleans())
        else None,
        "consents": [(ConsentKind.SENSITIVE, consented)] * (consented or draw(st.booleans()))
        + draw(st.lists(st.tuples(st.just(ConsentKind.MARKETING), st.booleans()), max_size=2)),
        "sizes": draw(
            st.dictionaries(st.sampled_from(SizeCategory), st.sampled_from(["S", "M", "38", "75B", "120"]))
        ),
        "children": draw(
            st.lists(st.tuples(child_names, st.sampled_from(Gender), st.none() | dates), max_size=4)
        ),
    }


def insert(db: Database, shop: Shop, data: dict[str, Any], referrer_id: int) -> int:
    n = next(_numbers)
    data = dict(data)
    consents, sizes, children = data.pop("consents"), data.pop("sizes"), data.pop("children")
    data["referrer_member_id"] = referrer_id if data.pop("referrer") else None
    data["referrer_staff_id"] = shop.clerk.staff_id if data.pop("referrer_staff") else None
    with db.write() as s:
        member = Member(
            store_id=shop.store_id,
            card_no=f"P{n:09d}",
            phone=f"139{n:08d}",
            phone_last4=f"{n:08d}"[-4:],
            status=MemberStatus.ACTIVE,
            **data,
        )
        member.sizes = [MemberSize(category=c, size=v) for c, v in sizes.items()]
        member.children = [
            Child(name=nm, gender=g, birthday=b, birth_mmdd=b.month * 100 + b.day if b else None)
            for nm, g, b in children
        ]
        s.add(member)
        s.flush()
        s.add(MemberStats(member_id=member.id))
        s.add(MemberKey(key=f"n:{data['name']}", member_id=member.id))
        for i, (kind, granted) in enumerate(consents):
            s.add(
                Consent(
                    member_id=member.id,
                    kind=kind,
                    granted=granted,
                    recorded_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=i),
                )
            )
        return member.id


def stored(db: Database, member_id: int) -> dict[str, Any]:
    """Everything on file about the member, except the time of the last change."""
    with db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        data = {c.key: getattr(m, c.key) for c in Member.__table__.columns if c.key != "updated_at"}
        data["sizes"] = {sz.category: sz.size for sz in m.sizes}
        data["children"] = [(c.id, c.name, c.gender, c.birthday, c.birth_mmdd) for c in m.children]
        data["consents"] = [
            (c.kind, c.granted)
            for c in s.scalars(select(Consent).where(Consent.member_id == member_id).order_by(Consent.id))
        ]
        data["keys"] = set(s.scalars(select(MemberKey.key).where(MemberKey.member_id == member_id)))
        return data


# --- the edits, made as a clerk makes them -----------------------------------------------------


def focus(qtbot: QtBot, dialog: EnrolDialog, widget: QWidget) -> None:
    for i in range(dialog.tabs.count()):
        if dialog.tabs.widget(i).isAncestorOf(widget):
            dialog.tabs.setCurrentIndex(i)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def retype(qtbot: QtBot, dialog: EnrolDialog, widget: QWidget, text: str) -> None:
    """Select what is in the field and type ``text`` over it (Chinese through the input method)."""
    focus(qtbot, dialog, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def next_choice(qtbot: QtBot, dialog: EnrolDialog, combo: QWidget) -> None:
    focus(qtbot, dialog, combo)
    key = Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up  # type: ignore[attr-defined]
    qtbot.keyClick(combo, key)


def toggle(qtbot: QtBot, dialog: EnrolDialog, box: QWidget) -> None:
    focus(qtbot, dialog, box)
    qtbot.keyClick(box, Qt.Key.Key_Space)


@dataclass(frozen=True)
class Edit:
    """One change a clerk makes, and the stored items it may change."""

    name: str
    make: Callable[[QtBot, EnrolDialog, dict[str, Any]], None]
    changes: frozenset[str]


def _size(qtbot: QtBot, d: EnrolDialog, before: dict[str, Any]) -> None:
    retype(
        qtbot,
        d,
        d.sizes[SizeCategory.SHOES],
        "41" if before["sizes"].get(SizeCategory.SHOES) != "41" else "42",
    )


def _child(qtbot: QtBot, d: EnrolDialog, before: dict[str, Any]) -> None:
    retype(
        qtbot,
        d,
        d.child_rows[0][0],
        "小" + ("乐" if not before["children"] or before["children"][0][1] != "小乐" else "明"),
    )


EDITS = [
    Edit("notes", lambda q, d, b: retype(q, d, d.notes, "喜欢蓝色，周末来"), frozenset({"notes"})),
    Edit("email", lambda q, d, b: retype(q, d, d.email, "new.mail@example.cn"), frozenset({"email"})),
    Edit("address", lambda q, d, b: retype(q, d, d.address, "朝阳区建国路1号"), frozenset({"address"})),
    Edit("occupation", lambda q, d, b: retype(q, d, d.occupation, "教师"), frozenset({"occupation"})),
    Edit("hobbies", lambda q, d, b: retype(q, d, d.hobbies, "瑜伽"), frozenset({"hobbies"})),
    Edit("skin", lambda q, d, b: retype(q, d, d.skin, "干性"), frozenset({"skin_type"})),
    Edit("hair", lambda q, d, b: retype(q, d, d.hair, "卷发"), frozenset({"hair_type"})),
    Edit("name", lambda q, d, b: retype(q, d, d.name, "欧阳" + b["name"][:2]), frozenset({"name", "keys"})),
    Edit(
        "phone",
        lambda q, d, b: retype(q, d, d.phone, f"137{next(_numbers):08d}"),
        frozenset({"phone", "phone_last4"}),
    ),
    Edit("gender", lambda q, d, b: next_choice(q, d, d.gender), frozenset({"gender"})),
    Edit(
        "birthday",
        lambda q, d, b: retype(
            q, d, d.birthday, "1988-02-29" if b["birthday"] != dt.date(1988, 2, 29) else "1990-10-01"
        ),
        frozenset({"birthday", "birth_mmdd", "birthday_lunar", "lunar_mmdd", "lunar_leap"}),
    ),
    Edit("size", _size, frozenset({"sizes"})),
    Edit("child", _child, frozenset({"children"})),
    Edit("consent", lambda q, d, b: toggle(q, d, d.consent), frozenset({"consents"})),
]


def edit_in_form(qtbot: QtBot, ctx: AppContext, member_id: int, edit: Edit, before: dict[str, Any]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = EnrolDialog.open_for(ctx, member_id, parent)
    qtbot.waitExposed(dialog)
    assert not dialog.error_label.text()
    edit.make(qtbot, dialog, before)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "" and not dialog.isVisible(), dialog.error_label.text()


def assert_only(before: dict[str, Any], after: dict[str, Any], edit: Edit) -> None:
    moved = {k for k in before if before[k] != after[k]}
    assert moved <= edit.changes, {k: (before[k], after[k]) for k in moved - edit.changes}
    assert moved, f"the {edit.name} edit was not saved"


@pytest.fixture
def ctx(sqlite_shop: Shop) -> AppContext:
    return AppContext(sqlite_shop.db, sqlite_shop.store_id, "测试门店")


@pytest.fixture
def referrer(sqlite_shop: Shop) -> int:
    from memberdesk.services.members.enrolment import MemberForm, enrol

    return enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13800000000", name="介绍人"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=members(), edit=st.sampled_from(EDITS))
def test_an_edit_changes_only_the_field_changed(
    qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop, referrer: int, data: dict[str, Any], edit: Edit
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member_id = insert(sqlite_shop.db, sqlite_shop, data, referrer)
    before = stored(sqlite_shop.db, member_id)
    edit_in_form(qtbot, ctx, member_id, edit, before)
    assert_only(before, stored(sqlite_shop.db, member_id), edit)


def demo_members(db: Database) -> list[int]:
    """A few members of every kind the demo store has, and every 25th of the rest."""
    m = Member
    kinds = [
        m.id.in_(select(Child.member_id)),
        m.birthday_lunar.is_(True),
        m.id.in_(select(MemberSize.member_id)),
        m.id.in_(select(Consent.member_id).where(Consent.kind == ConsentKind.SENSITIVE)),
        m.ethnicity.is_not(None),
        m.occupation != "",
        m.hobbies != "",
        m.referrer_member_id.is_not(None),
        m.referrer_staff_id.is_not(None),
        m.channel_detail != "",
        m.birthday.is_(None),
        m.hair_type != "",
        m.skin_type != "",
    ]
    with db.read() as s:
        active = select(m.id).where(m.status == MemberStatus.ACTIVE).order_by(m.id)
        ids = set(list(s.scalars(active))[::25])
        for kind in kinds:
            found = list(s.scalars(active.where(kind).limit(3)))
            assert found, f"the demo store has no member with {kind}"
            ids.update(found)
    return sorted(ids)


@pytest.mark.parametrize(
    "edit", [e for e in EDITS if e.name in ("notes", "child", "consent")], ids=lambda e: e.name
)
def test_demo_members_keep_every_field(qtbot: QtBot, demo_db: Database, edit: Edit) -> None:
    """The demo store's members, whatever they have on file."""
    actor = demo_actor(demo_db, "C01")
    ctx = AppContext(demo_db, actor.store_id, "演示门店")
    ctx.set_actor(actor)
    for member_id in demo_members(demo_db):
        before = stored(demo_db, member_id)
        edit_in_form(qtbot, ctx, member_id, edit, before)
        assert_only(before, stored(demo_db, member_id), edit)
