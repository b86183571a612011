import datetime as dt

import pytest

from memberdesk.services.members.search import MatchKind, find, find_by_card
from tests.conftest import Shop
from tests.services.conftest_recognition import add_member

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def names(shop: Shop, text: str) -> list[str]:
    return [h.name for h in find(shop.db, shop.clerk, text)]


def test_full_phone_in_any_typed_form(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟")
    add_member(shop, "13912345678", "李娜")
    for typed in ("13812345678", "138 1234 5678", "+86 138-1234-5678"):
        hits = find(shop.db, shop.clerk, typed)
        assert [h.name for h in hits] == ["张伟"]
        assert hits[0].masked_phone == "138****5678"
        assert hits[0].match == MatchKind.EXACT


def test_last4_finds_everyone_with_that_ending_most_recent_first(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟", last_visit=T0)
    add_member(shop, "13912345678", "李娜", last_visit=T0 + dt.timedelta(days=3))
    add_member(shop, "13912340000", "王芳")
    assert names(shop, "5678") == ["李娜", "张伟"]


def test_card_number_exact_and_scanned_forms(shop: Shop) -> None:
    member_id = add_member(shop, "13812345678", "张伟", card_no="VIP001234")
    add_member(shop, "13812345679", "张三")
    assert names(shop, "vip001234") == ["张伟"]
    assert names(shop, "VIP0012") == ["张伟"]  # prefix while typing
    assert find_by_card(shop.db, shop.clerk, " vip001234 ") == member_id
    assert find_by_card(shop.db, shop.clerk, "NOPE0001") is None


def test_assigned_card_numbers_are_found(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟")
    hit = find(shop.db, shop.clerk, "张伟")[0]
    assert hit.card_no.startswith("M")
    assert [h.name for h in find(shop.db, shop.clerk, hit.card_no)] == ["张伟"]


def test_name_prefix_in_han(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟")
    add_member(shop, "13812345679", "张小伟")
    add_member(shop, "13812345670", "李伟")
    assert sorted(names(shop, "张")) == ["张伟", "张小伟"]
    assert names(shop, "张伟") == ["张伟"]
    assert names(shop, "伟") == []  # a name search is a prefix search, not a substring scan


def test_pinyin_initials_and_full_pinyin(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟")
    add_member(shop, "13812345679", "赵文")
    assert sorted(names(shop, "zw")) == ["张伟", "赵文"]
    assert names(shop, "zhangw") == ["张伟"]
    assert names(shop, "zhang wei") == ["张伟"]
    assert names(shop, "ZHANG") == ["张伟"]


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("单雄信", "shanx"),
        ("曾国藩", "zengg"),
        ("解缙", "xiej"),
        ("仇英", "qiuy"),
        ("区志", "ouz"),
        ("欧阳修", "ouyangx"),
        ("朴槿", "piaoj"),
    ],
)
def test_polyphonic_surnames_under_their_surname_reading(shop: Shop, name: str, typed: str) -> None:
    add_member(shop, "13812345678", name)
    assert names(shop, typed) == [name]


def test_the_common_reading_of_a_surname_still_finds(shop: Shop) -> None:
    add_member(shop, "13812345678", "单雄信")
    assert names(shop, "danx") == ["单雄信"]
    assert names(shop, "sxx") == ["单雄信"]


def test_ranking_exact_before_last4_before_names(shop: Shop) -> None:
    add_member(shop, "13800001234", "张一", last_visit=T0 + dt.timedelta(days=9))
    exact = add_member(shop, "13900000000", "李二", card_no="001234567")
    hits = find(shop.db, shop.clerk, "001234567")
    assert hits[0].id == exact and hits[0].match == MatchKind.EXACT


def test_name_matches_ordered_by_recency_then_value(shop: Shop) -> None:
    add_member(shop, "13812345671", "张一", spend_fen=100)
    add_member(shop, "13812345672", "张二", spend_fen=900)
    add_member(shop, "13812345673", "张三", last_visit=T0)
    assert names(shop, "张") == ["张三", "张二", "张一"]


def test_nothing_for_noise_and_limit_respected(shop: Shop) -> None:
    for i in range(5):
        add_member(shop, f"1381234567{i}", f"张{i}号")
    assert names(shop, "") == []
    assert names(shop, "?!") == []
    assert names(shop, "9999") == []
    assert len(find(shop.db, shop.clerk, "张", limit=3)) == 3


def test_phone_prefix_while_typing(shop: Shop) -> None:
    add_member(shop, "13812345678", "张伟")
    assert names(shop, "1381234") == ["张伟"]


def test_latin_names_are_found(shop: Shop) -> None:
    add_member(shop, "+4915112345678", "Anna Schmidt")
    assert names(shop, "anna") == ["Anna Schmidt"]
    assert names(shop, "as") == ["Anna Schmidt"]
    assert names(shop, "+49 151 1234 5678") == ["Anna Schmidt"]


def test_a_lookup_leaves_its_pooled_connection_as_it_found_it(shop: Shop) -> None:
    """Lookups read on the driver's cursor without a transaction; the connection they borrow
    must go back to the pool ready for a use case that writes (PostgreSQL: not autocommit)."""
    from sqlalchemy import func, select

    from memberdesk.store.models import Member

    add_member(shop, "13812345678", "张伟")
    assert names(shop, "5678") == ["张伟"]
    pooled = shop.db.engine.raw_connection()
    try:
        assert getattr(pooled.driver_connection, "autocommit", False) is False
        if shop.db.engine.dialect.name == "sqlite":
            assert not pooled.driver_connection.in_transaction
    finally:
        pooled.close()
    with pytest.raises(RuntimeError), shop.db.write() as s:
        s.add(
            Member(store_id=shop.store_id, card_no="X1", name="回滚", phone="13900000000", phone_last4="0000")
        )
        s.flush()
        raise RuntimeError("abandon the use case")
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.name == "回滚")) == 0
