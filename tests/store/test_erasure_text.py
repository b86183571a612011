"""Free text loses the person however a clerk wrote them, and keeps every other word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.services.members import enrolment
from memberdesk.store.erasure import ERASED_PREFIX, MARK, Identifiers

# Words around the person: no digits (they could run into the phone), no letters, and none
# of the characters names are drawn from (a name inside them would rightly go too).
AROUND = "说拉链坏了请回电已致约好周六来店，。、：（）"
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(lambda c: c not in AROUND)
names = st.text(HAN, min_size=2, max_size=4)
phones = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
separators = st.sampled_from(["", " ", "-", "\u3000"])
prefixes = st.sampled_from(["", "+86", "+86 ", "0086", "86-"])
words = st.text(st.sampled_from(AROUND), max_size=12)


@st.composite
def written_phone(draw: st.DrawFn, phone: str) -> str:
    """The phone as a person writes it: digits grouped with any separator, maybe a prefix."""
    cuts = sorted(draw(st.sets(st.integers(1, 10), max_size=3)))
    parts = [phone[a:b] for a, b in zip([0, *cuts], [*cuts, 11], strict=True)]
    return draw(prefixes) + draw(separators).join(parts)


@given(data=st.data(), name=names, phone=phones, before=words, between=words, after=words)
def test_every_way_of_writing_the_name_and_phone_is_scrubbed(
    data: st.DataObject, name: str, phone: str, before: str, between: str, after: str
) -> None:
    written = data.draw(written_phone(phone))
    text = f"{before}{name}{between}{written}{after}"
    ids = Identifiers.of([name], [phone])
    scrubbed = ids.scrub(text)
    assert name not in scrubbed
    assert phone not in "".join(c for c in scrubbed if c.isdigit())
    assert scrubbed == f"{before}{MARK}{between}{MARK}{after}"  # nothing else is touched
    assert set(ids.find(text)) == {name, written}


@given(text=words, name=names, phone=phones)
def test_text_that_does_not_name_the_person_is_left_as_it_was(text: str, name: str, phone: str) -> None:
    ids = Identifiers.of([name], [phone])
    if name not in text:
        assert ids.scrub(text) == text and ids.find(text) == ()


@given(card=st.from_regex(r"[A-Z]{2,3}[0-9]{5,8}", fullmatch=True), before=words)
def test_a_card_number_is_found_in_any_case(card: str, before: str) -> None:
    ids = Identifiers.of([card], [])
    assert ids.scrub(f"{before}{card.lower()}") == f"{before}{MARK}"


def test_the_placeholder_of_an_erased_member_is_the_enrolments():
    assert ERASED_PREFIX == enrolment.ERASED_PREFIX
