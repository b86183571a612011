"""One rule for text a clerk or a file fills in: no control characters, no bidirectional
controls, and a one-line field never starts a spreadsheet formula (services/members/forms)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import ValidationError
from memberdesk.domain.vocab import ComplaintCategory, Severity, SizeCategory
from memberdesk.services.members.enrolment import MemberForm, enrol, member_form, update_member
from memberdesk.services.members.forms import (
    BIDI_CONTROLS,
    ChildForm,
    check_text,
    clean_free_text,
    clean_name,
    clean_short,
)
from memberdesk.services.service import suggestions
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.store.models import Complaint, Member, Suggestion
from tests.conftest import Shop

# Every control a file or a keyboard can carry, but the tab and the line breaks.
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0x85),
                             *range(0x86, 0xA0))]  # fmt: skip
HIDDEN = st.sampled_from(sorted(BIDI_CONTROLS) + CONTROLS)
# Ordinary text: letters, digits, punctuation and spaces of any script, no controls.
PLAIN = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="".join(BIDI_CONTROLS)),
    max_size=30,
)
FORMULA_STARTS = st.sampled_from(["=", "+", "-", "@", "＝", "＋", "－", "＠"])
FAST = settings(max_examples=300, deadline=None)
ON_DB = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def with_hidden(draw: st.DrawFn) -> str:
    """Plain text with one hidden character put anywhere in it."""
    text = draw(PLAIN)
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(HIDDEN) + text[at:]


@FAST
@given(text=with_hidden())
def test_every_text_cleaner_refuses_a_hidden_character(text: str) -> None:
    for clean in (
        lambda t: clean_name("张" + t),
        lambda t: clean_short(t, "address", 500),
        lambda t: clean_free_text(t, "notes", 500),
    ):
        with pytest.raises(ValidationError) as refused:
            clean(text)
        assert refused.value.params["code"].startswith("U+")
        assert "U+" in refused.value.english()


@FAST
@given(text=PLAIN)
def test_plain_text_passes_and_keeps_its_characters(text: str) -> None:
    value = text.strip()
    if not value or value[0] in "=+-@＝＋－＠":
        return
    assert clean_short(text, "address", 500) == value
    assert clean_free_text(text, "notes", 500) == value


@FAST
@given(start=FORMULA_STARTS, rest=PLAIN)
def test_a_one_line_field_never_starts_a_formula_but_free_text_may(start: str, rest: str) -> None:
    with pytest.raises(ValidationError) as refused:
        clean_short(start + rest, "occupation", 500)
    assert refused.value.field == "occupation" and "formula" in refused.value.english()
    with pytest.raises(ValidationError):
        clean_name(start + "SUM(1+1)")
    assert clean_free_text(start + " 喜欢红色" + rest, "notes", 500).startswith(start)


def test_line_breaks_in_a_one_line_field_become_spaces() -> None:
    assert clean_short("北京路1号\r\n2单元\n", "address", 200) == "北京路1号 2单元"
    assert clean_name("张\n伟") == "张 伟"
    assert clean_free_text("第一行\r\n第二行\u2028第三行", "notes", 200) == "第一行\n第二行\n第三行"


def test_the_names_of_the_brief() -> None:
    for name in ("=SUM(1+1)", "\x1b[31m张伟", "张\u202e伟", "\u2066李娜\u2069"):
        with pytest.raises(ValidationError) as refused:
            check_text(name, "name")
        assert refused.value.field == "name"


def _count(shop: Shop, model: type) -> int:
    with shop.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@ON_DB
@given(text=with_hidden(), where=st.sampled_from(["name", "address", "notes", "size", "child"]))
def test_enrolling_and_editing_refuse_it_on_both_databases(shop: Shop, text: str, where: str) -> None:
    form = MemberForm(phone="13812345678", name="张伟")
    fields = {
        "name": {"name": "张" + text},
        "address": {"address": text},
        "notes": {"notes": text},
        "size": {"sizes": {SizeCategory.TOPS: "M" + text}},
        "child": {"children": (ChildForm(name="小" + text),)},
    }[where]
    before = _count(shop, Member)
    with pytest.raises(ValidationError):
        enrol(shop.db, shop.clerk, MemberForm(**{**form.__dict__, "phone": "13912345678", **fields}))
    assert _count(shop, Member) == before
    if before == 0:
        enrol(shop.db, shop.clerk, form)
    with shop.db.read() as s:
        member_id = s.scalars(select(Member.id).where(Member.phone == "13812345678")).one()
    loaded = member_form(shop.db, shop.clerk, member_id)
    with pytest.raises(ValidationError):
        update_member(
            shop.db, shop.clerk, member_id, MemberForm(**{**loaded.__dict__, **fields}), loaded=loaded
        )
    with shop.db.read() as s:
        assert s.get(Member, member_id).name == "张伟"  # type: ignore[union-attr]


@ON_DB
@given(text=with_hidden())
def test_complaints_and_suggestions_refuse_it(shop: Shop, text: str) -> None:
    with pytest.raises(ValidationError):
        open_complaint(
            shop.db,
            shop.clerk,
            ComplaintForm(
                None, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, "鞋开胶了" + text, customer_name="王"
            ),
        )
    with pytest.raises(ValidationError):
        suggestions.record_suggestion(shop.db, shop.clerk, None, "多开一个收银台" + text)
    assert _count(shop, Complaint) == _count(shop, Suggestion) == 0


def test_control_characters_are_categories_the_rule_knows() -> None:
    assert all(unicodedata.category(c) == "Cc" for c in CONTROLS)
