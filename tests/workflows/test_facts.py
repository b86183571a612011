"""Which purchase the reception may ask about: one from an earlier visit, never one of today's."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.documents.member_card import Purchase
from memberdesk.workflows.facts import purchase_facts

TODAY = dt.date(2026, 3, 10)


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware time of the counter's own day (the card's purchases are aware)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute).astimezone()


def bought(at: dt.datetime, what: str, returned: int = 0) -> Purchase:
    return Purchase(at=at, description=what, size="M", quantity=1, total_fen=39900, returned=returned)


def test_minutes_ago_is_today_and_just_before_midnight_is_an_earlier_visit() -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    newest_first = [bought(local(TODAY, 0, 1), "衬衫"), bought(local(yesterday, 23, 59), "连衣裙")]
    facts = purchase_facts(newest_first, TODAY)
    assert facts.today is not None and facts.today.description == "衬衫"
    assert facts.earlier is not None and facts.earlier.description == "连衣裙"
    assert facts.on_record


def test_nothing_bought_is_no_purchase_on_record_and_a_returned_line_is_not_asked_about() -> None:
    assert purchase_facts([], TODAY) == purchase_facts((), TODAY)
    assert not purchase_facts([], TODAY).on_record
    brought_back = purchase_facts(
        [bought(local(TODAY - dt.timedelta(days=4), 11), "裙子", returned=1)], TODAY
    )
    assert (brought_back.earlier, brought_back.today, brought_back.on_record) == (None, None, True)


@given(st.lists(st.tuples(st.integers(-30, 0), st.integers(0, 23), st.integers(0, 1)), max_size=6))
def test_the_item_asked_about_is_never_from_today_nor_brought_back(
    lines: list[tuple[int, int, int]],
) -> None:
    purchases = sorted(
        (bought(local(TODAY + dt.timedelta(days=d), h), f"{d}/{h}", returned=r) for d, h, r in lines),
        key=lambda p: p.at,
        reverse=True,
    )
    facts = purchase_facts(purchases, TODAY)
    kept_before = [p for p in purchases if p.kept and p.at.astimezone().date() < TODAY]
    assert facts.earlier == (kept_before[0] if kept_before else None)
    if facts.today is not None:
        assert facts.today.at.astimezone().date() == TODAY and facts.today.kept
    assert facts.on_record == bool(purchases)
