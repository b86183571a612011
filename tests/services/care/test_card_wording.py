"""What the cards and messages say, as a store manager reads them: festival wording, a child's
card worded by age, an invitation that says when, where and whom to answer; and which tasks a
print marks."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.documents import card_texts
from memberdesk.domain.errors import ValidationError
from memberdesk.domain.holidays import Holiday
from memberdesk.domain.vocab import CareActionKind, CareKind, Gender, Tier
from memberdesk.services.care import calendar as care
from memberdesk.services.care import cards, messages
from memberdesk.store.models import Child, Consent, EventInvitation, MemberEvent, Store
from tests.conftest import Shop
from tests.services.care.test_care import add_member
from tests.services.io.helpers import manager_approval

D = dt.date


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The store's clock is China's: an event at 03:00 UTC is at 11:00 on the card."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# --- festivals ---------------------------------------------------------------------------------


def test_no_festival_is_greeted_with_a_doubled_time_word() -> None:
    """值此冬至时节之际 says "time" twice (时节, 之际): a manager corrects it to 冬至佳节."""
    texts = card_texts.load()
    for holiday in Holiday:
        name = texts.festival_name(holiday.value, "zh_CN")
        for text in (
            texts.message("festival", "zh_CN", {"festival": name, "honorific": "张女士", "store": "本店"}),
            texts.short_message(
                "festival", "zh_CN", {"festival": name, "honorific": "张女士", "signature": "【本店】"}
            ),
        ):
            assert "时节之际" not in text and "之际之际" not in text, (holiday, text)
        assert not name.endswith(("时节", "之际", "时候")), holiday
    solstice = texts.festival_name(Holiday.WINTER_SOLSTICE.value, "zh_CN")
    assert "值此冬至佳节之际" in texts.message("festival", "zh_CN", {"festival": solstice})


# --- a child's birthday, worded by age ---------------------------------------------------------


def test_the_age_bands_meet_where_school_and_the_teens_begin() -> None:
    bands = {age: card_texts.child_band(age) for age in range(0, 25)}
    assert {bands[a] for a in range(0, 6)} == {"little"}
    assert {bands[a] for a in range(6, 12)} == {"school"}
    assert {bands[a] for a in range(12, 18)} == {"teen"}
    assert {bands[a] for a in range(18, 25)} == {"grown"}
    assert card_texts.child_band(None) == ""


@given(st.integers(min_value=1, max_value=200))
def test_english_ordinals(number: int) -> None:
    text = card_texts.ordinal(number)
    assert text.startswith(str(number))
    expected = (
        {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th") if number % 100 not in (11, 12, 13) else "th"
    )
    assert text.endswith(expected)


@pytest.mark.parametrize("age", [3, 8, 14, 19])
def test_a_childs_card_is_worded_for_the_childs_age(shop: Shop, age: int) -> None:
    day = D(2026, 3, 10)
    parent = add_member(shop, 1, "张丽")
    with shop.db.write() as s:
        s.add(Child(member_id=parent, name="乐乐", gender=Gender.MALE, birthday=day.replace(year=2026 - age),
                    birth_mmdd=310))  # fmt: skip
    (card,) = cards.card_batch(shop.db, shop.clerk, "child-birthday", day, day, "zh_CN").cards
    (en,) = cards.card_batch(shop.db, shop.clerk, "child-birthday", day, day, "en").cards
    text = card.title + card.message
    assert f"乐乐{age}岁生日快乐" in card.message and card_texts.ordinal(age) in en.message
    if age <= 5:
        assert "宝贝" in text and "小寿星" in text
    else:
        assert "宝贝" not in text  # 宝贝生日快乐 to a 14-year-old reads wrong
    if age >= 12:
        assert "小寿星" not in text and "带孩子" not in text and "little one" not in en.title + en.message
    if 6 <= age <= 11:
        assert "学习进步" in card.message


def test_a_childs_message_is_worded_for_the_childs_age(shop: Shop) -> None:
    day = D(2026, 3, 10)
    parent = add_member(shop, 1, "张丽")
    with shop.db.write() as s:
        s.add(Consent(member_id=parent, kind="marketing", granted=True))
        s.add(
            Child(member_id=parent, name="乐乐", gender=Gender.MALE, birthday=D(2012, 3, 10), birth_mmdd=310)
        )
    export = messages.export_messages(
        shop.db, shop.supervisor, "child-birthday", day, day, "zh_CN", manager_approval(shop)
    )
    ((_phone, _name, text),) = export.rows
    assert "乐乐" in text and "小寿星" not in text and "小礼物" not in text


# --- events: when, where, whom to answer ---------------------------------------------------------


def _event(shop: Shop, member: int, *, place: str = "三楼活动厅", rsvp: str = "王经理 0571-88886666") -> None:
    with shop.db.write() as s:
        event = MemberEvent(store_id=shop.store_id, title="VIP 会员答谢会", location=place, rsvp_contact=rsvp,
                            starts_at=dt.datetime(2026, 12, 10, 6, 30, tzinfo=dt.UTC))  # fmt: skip
        s.add(event)
        s.flush()
        s.add(EventInvitation(event_id=event.id, member_id=member))
        s.add(Consent(member_id=member, kind="marketing", granted=True))


def test_the_invitation_says_when_where_and_whom_to_answer(shop: Shop, shanghai: None) -> None:
    _event(shop, add_member(shop, 1, "张丽"))
    day = D(2026, 12, 10)
    (card,) = cards.card_batch(shop.db, shop.clerk, "event", day, day, "zh_CN").cards
    assert "时间：2026年12月10日（星期四）14:30" in card.message
    assert "地点：三楼活动厅" in card.message and "回复：王经理 0571-88886666" in card.message
    (en,) = cards.card_batch(shop.db, shop.clerk, "event", day, day, "en").cards
    assert "Thursday 10 Dec 2026, 14:30" in en.message and "Where: 三楼活动厅" in en.message
    ((_p, _n, sms),) = messages.export_messages(
        shop.db, shop.supervisor, "event", day, day, "zh_CN", manager_approval(shop)
    ).rows
    assert "14:30" in sms and "三楼活动厅" in sms and "王经理 0571-88886666" in sms


def test_an_invitation_without_place_or_contact_names_the_store_or_leaves_the_line_out(
    shop: Shop, shanghai: None
) -> None:
    _event(shop, add_member(shop, 1, "张丽"), place="", rsvp="")
    day = D(2026, 12, 10)
    with shop.db.write() as s:
        store = s.get(Store, shop.store_id)
        assert store is not None
        store.address, store.phone = "人民路 88 号", "0571-88886666"
    (card,) = cards.card_batch(shop.db, shop.clerk, "event", day, day, "zh_CN").cards
    assert "地点：人民路 88 号" in card.message and "回复：0571-88886666" in card.message
    with shop.db.write() as s:
        store = s.get(Store, shop.store_id)
        assert store is not None
        store.address, store.phone = "", ""
    (card,) = cards.card_batch(shop.db, shop.clerk, "event", day, day, "zh_CN").cards
    assert "地点" not in card.message and "回复" not in card.message  # no empty "地点：" line
    assert "14:30" in card.message
    ((_p, _n, sms),) = messages.export_messages(
        shop.db, shop.supervisor, "event", day, day, "zh_CN", manager_approval(shop)
    ).rows
    assert "地点" not in sms and "联系" not in sms and sms.endswith("回T退订")


# --- one card from the counter (F9) ------------------------------------------------------------


def test_no_birthday_card_without_a_birthday_on_file(shop: Shop) -> None:
    member = add_member(shop, 1, "张丽")
    choices = cards.card_choices(shop.db, shop.clerk, member)
    assert not choices.has_birthday and choices.children == ()
    with pytest.raises(ValidationError) as refused:
        cards.member_card(shop.db, shop.clerk, member, "birthday", "zh_CN")
    assert refused.value.field == "kind"
    festival = cards.member_card(shop.db, shop.clerk, member, "festival", "zh_CN", festival="mid_autumn")
    assert "张女士" in festival.message and "中秋" in festival.title


def test_a_childs_card_from_the_counter_is_worded_for_the_coming_birthday(shop: Shop) -> None:
    member = add_member(shop, 1, "张丽", birthday=D(1990, 1, 1), birth_mmdd=101)
    with shop.db.write() as s:
        s.add(
            Child(member_id=member, name="乐乐", gender=Gender.MALE, birthday=D(2012, 3, 10), birth_mmdd=310)
        )
        s.add(Child(member_id=member, name="", gender=Gender.FEMALE, birthday=None, birth_mmdd=None))
    choices = cards.card_choices(shop.db, shop.clerk, member, today=D(2026, 3, 1))
    assert choices.has_birthday and [(c.name, c.turning) for c in choices.children] == [("乐乐", 14)]
    card = cards.member_card(shop.db, shop.clerk, member, "child-birthday", "zh_CN",
                             child_id=choices.children[0].child_id, today=D(2026, 3, 1))  # fmt: skip
    assert "乐乐14岁生日快乐" in card.message and "宝贝" not in card.title + card.message


# --- which tasks a print marks ------------------------------------------------------------------


def test_every_kind_of_card_at_once_and_only_the_chosen_tasks(shop: Shop) -> None:
    day = D(2026, 3, 10)
    first = add_member(shop, 1, "张丽", birthday=D(1990, 3, 10), birth_mmdd=310)
    add_member(shop, 2, "王强", Gender.MALE, birthday=D(1985, 3, 10), birth_mmdd=310)
    with shop.db.write() as s:
        s.add(
            Child(member_id=first, name="乐乐", gender=Gender.MALE, birthday=D(2020, 3, 10), birth_mmdd=310)
        )
    everything = cards.card_batch(shop.db, shop.clerk, None, day, day, "zh_CN")
    assert len(everything.cards) == 3 and len(everything.task_ids) == 3
    chosen = everything.task_ids[1]
    one = cards.card_batch(shop.db, shop.clerk, None, day, day, "zh_CN", task_ids=[chosen])
    assert one.task_ids == [chosen] and len(one.cards) == 1


def test_only_tasks_whose_cards_were_all_printed_are_marked(shop: Shop) -> None:
    day = D(2026, 9, 25)  # 中秋: a festival card for every VIP member
    for n in (1, 2, 3):
        add_member(shop, n, f"会员{n}", tier=Tier.VIP, birthday=D(1990, 9, 25), birth_mmdd=925)
    batch = cards.card_batch(shop.db, shop.clerk, None, day, day, "zh_CN")
    festival = next(t for t in batch.task_ids if batch.card_tasks.count(t) == 3)
    birthdays = [t for t in batch.task_ids if t != festival]
    first_festival_card = batch.card_tasks.index(festival)
    printed = [i for i, task in enumerate(batch.card_tasks) if task in birthdays[:1]] + [first_festival_card]
    assert (
        cards.mark_printed(shop.db, shop.clerk, batch, printed) == 1
    )  # one birthday; the festival is not done
    items = {i.task_id: i for i in care.calendar(shop.db, shop.clerk, day, day)}
    assert items[birthdays[0]].last_action is CareActionKind.CARD_PRINTED
    assert items[festival].last_action is None and items[birthdays[1]].last_action is None
    assert {i.kind for i in items.values()} == {CareKind.BIRTHDAY, CareKind.HOLIDAY}


def test_every_mark_of_a_task_is_kept_in_order(shop: Shop) -> None:
    day = D(2026, 3, 10)
    add_member(shop, 1, "张丽", birthday=D(1990, 3, 10), birth_mmdd=310)
    care.generate(shop.db, shop.store_id, day, day)
    (task,) = care.calendar(shop.db, shop.clerk, day, day)
    care.mark(shop.db, shop.clerk, [task.task_id], CareActionKind.CALLED)
    care.mark(shop.db, shop.supervisor, [task.task_id], CareActionKind.CARD_PRINTED)
    (task,) = care.calendar(shop.db, shop.clerk, day, day)
    assert [(m.action, m.by) for m in task.marks] == [
        (CareActionKind.CALLED, shop.clerk.name),
        (CareActionKind.CARD_PRINTED, shop.supervisor.name),
    ]
