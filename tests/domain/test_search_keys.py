"""Name search keys, including polyphonic and compound surnames."""

from __future__ import annotations

import pytest

from memberdesk.domain.search_keys import name_keys, prefix_upper_bound, split_surname


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
