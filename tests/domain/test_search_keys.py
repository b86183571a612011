"""Name search keys, including polyphonic and compound surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.search_keys import MAX_READINGS, name_keys, prefix_upper_bound, split_surname


def test_plain_name() -> None:
    assert name_keys("张伟") == {"n:张伟", "i:zw", "p:zhangwei"}


@pytest.mark.parametrize(
    ("name", "surname_key", "common_key"),
    [
        ("单田芳", "p:shantianfang", "p:dantianfang"),
        ("曾国藩", "p:zengguofan", "p:cengguofan"),
        ("解晓东", "p:xiexiaodong", "p:jiexiaodong"),
        ("区志伟", "p:ouzhiwei", "p:quzhiwei"),
        ("仇英", "p:qiuying", "p:chouying"),
    ],
)
def test_polyphonic_surname_indexed_under_surname_and_common_reading(
    name: str, surname_key: str, common_key: str
) -> None:
    keys = name_keys(name)
    assert surname_key in keys
    assert common_key in keys


def test_compound_surname() -> None:
    assert split_surname("欧阳娜娜") == ("欧阳", "娜娜")
    keys = name_keys("欧阳娜娜")
    assert "p:ouyangnana" in keys and "i:oynn" in keys


def test_spaces_are_ignored() -> None:
    assert name_keys(" 张  伟 ") == name_keys("张伟")


def test_latin_name() -> None:
    assert name_keys("Anna Smith") == {"n:annasmith", "p:annasmith", "i:as"}


def test_upper_bound_covers_all_continuations() -> None:
    upper = prefix_upper_bound("p:zhang")
    assert "p:zhang" < "p:zhangwei" < upper
    assert upper < "p:zhanh"


@pytest.mark.parametrize(
    ("name", "surname", "full", "initials"),
    [
        ("百里长青", "百里", "p:bailichangqing", "i:blcq"),
        ("赫连勃勃", "赫连", "p:helianbobo", "i:hlbb"),
        ("长孙无忌", "长孙", "p:zhangsunwuji", "i:zswj"),
        ("万俟卨", "万俟", "p:moqixie", "i:mqx"),
        ("左丘明", "左丘", "p:zuoqiuming", "i:zqm"),
        ("第五伦", "第五", "p:diwulun", "i:dwl"),
        ("拓跋宏", "拓跋", "p:tuobahong", "i:tbh"),
        ("闾丘露薇", "闾丘", "p:lvqiuluwei", "i:lqlw"),
        ("完颜阿骨打", "完颜", "p:wanyanaguda", "i:wyagd"),
    ],
)
def test_compound_surnames_of_the_baijiaxing(name: str, surname: str, full: str, initials: str) -> None:
    assert split_surname(name)[0] == surname
    keys = name_keys(name)
    assert full in keys and initials in keys


def test_a_two_character_name_is_a_compound_surname_only_when_well_known() -> None:
    assert split_surname("欧阳") == ("欧阳", "")
    assert split_surname("乐正") == ("乐", "正")  # Le Zheng, not the surname Yuezheng alone
    assert split_surname("岳帅") == ("岳", "帅")  # a pair in the rhyme, not a compound surname


@pytest.mark.parametrize(
    ("name", "reading"),
    [("都敏俊", "p:duminjun"), ("宿华", "p:suhua"), ("粘红", "p:nianhong"), ("祭仲", "p:zhaizhong"),
     ("乜小燕", "p:niexiaoyan"), ("佴丽", "p:naili"), ("逄金", "p:pangjin")],
)  # fmt: skip
def test_rare_surname_readings(name: str, reading: str) -> None:
    assert reading in name_keys(name)


def test_polyphonic_given_name_is_indexed_under_each_reading() -> None:
    keys = name_keys("李行")
    assert {"p:lixing", "p:lihang"} <= keys
    keys = name_keys("张长乐")
    assert {"p:zhangchangle", "p:zhangzhangle", "p:zhangchangyue"} <= keys


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8))
def test_keys_per_member_are_bounded(name: str) -> None:
    keys = name_keys(name)
    assert len(keys) <= 2 * MAX_READINGS + 1
    assert f"n:{name}" in keys
