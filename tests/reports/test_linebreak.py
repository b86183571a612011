"""Chinese line breaking: words kept whole, kinsoku at line edges, nothing lost, nothing too wide."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from memberdesk.reports.linebreak import CLOSING, OPENING, break_lines, dictionary, units


def measure(text: str) -> float:
    """A Chinese character is 1 wide, anything else half of that."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.5 for ch in text)


WORDS = frozenset({"员工", "全体员工", "生日", "生日快乐", "万事如意", "身体健康"})


def test_the_card_message_does_not_break_inside_a_word() -> None:
    text = "在您生日之际，人民路店全体员工祝您生日快乐，身体健康，万事如意！"
    for width in range(8, 20):
        lines = break_lines(text, width, measure, words=WORDS)
        breaks = _breaks(lines)
        for word in ("全体员工", "生日快乐", "身体健康", "万事如意"):
            at = text.index(word)
            assert not any(at < b < at + len(word) for b in breaks), (width, lines)


def test_punctuation_stays_with_its_word() -> None:
    # 10 wide: "一二三四五六七八九十" fills the line; the comma may not begin the next one
    lines = break_lines("一二三四五六七八九十，好。", 10, measure, words=frozenset())
    assert lines == ["一二三四五六七八九", "十，好。"]
    # an opening bracket never ends a line: it goes down with its word
    lines = break_lines("一二三四五六七八九（好）", 10, measure, words=frozenset())
    assert lines == ["一二三四五六七八九", "（好）"]
    assert units("“生日快乐”！", WORDS) == ["“生日快乐”！"]


def test_names_and_values_are_kept_whole() -> None:
    text = "亲爱的欧阳娜娜女士：欢迎光临"
    for width in range(7, 14):  # the name and its colon fit a line
        lines = break_lines(text, width, measure, words=frozenset(), keep=["欧阳娜娜女士"])
        at = text.index("欧阳娜娜女士")
        assert not any(at < b < at + 6 for b in _breaks(lines)), lines
    # a kept value longer than the line still breaks, between its own words where it can
    lines = break_lines(
        "和美生活百货人民路店", 5, measure, words=frozenset({"百货", "人民"}), keep=["和美生活百货人民路店"]
    )
    assert "".join(lines) == "和美生活百货人民路店" and all(measure(line) <= 5 for line in lines)


def test_latin_words_break_at_spaces_and_explicit_breaks_are_kept() -> None:
    lines = break_lines("Dear Ms Li,\nall of us wish you well.", 6, measure, words=frozenset())
    assert lines == ["Dear Ms Li,", "all of us ", "wish you ", "well."]


def test_the_shipped_word_list_is_read() -> None:
    words = dictionary()
    assert {"员工", "生日快乐", "万事如意", "全体员工"} <= words
    assert all(2 <= len(w) <= 6 for w in words)


def _breaks(lines: list[str]) -> list[int]:
    """Where, in the joined text, one line ends and the next begins."""
    out, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        out.append(at)
    return out


HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处理府研质"
)
WORD_LIST = frozenset(a + b for a, b in zip(HAN[::2], HAN[1::2], strict=False))


def _token() -> st.SearchStrategy[str]:
    word = st.one_of(
        st.text(alphabet=HAN, min_size=1, max_size=4),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8),
    )
    return st.tuples(
        st.sampled_from(["", "", "", *sorted(OPENING)]),
        word,
        st.sampled_from(["", "", "", *sorted(CLOSING)]),
        st.sampled_from(["", "", " "]),
    ).map("".join)


@settings(max_examples=150, deadline=None)
@given(tokens=st.lists(_token(), min_size=1, max_size=40), width=st.integers(min_value=6, max_value=30))
def test_every_character_is_kept_no_line_is_too_wide_and_no_edge_has_forbidden_punctuation(
    tokens: list[str], width: int
) -> None:
    text = "".join(tokens)
    lines = break_lines(text, width, measure, words=WORD_LIST)
    assert "".join(lines) == text
    assert all(measure(line.rstrip()) <= width for line in lines)
    for before, after in itertools.pairwise(lines):
        assert after and after[0] not in CLOSING, (before, after)
        assert before.rstrip() and before.rstrip()[-1] not in OPENING, (before, after)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(st.lists(_token(), max_size=10).map("".join), min_size=1, max_size=5))
def test_every_explicit_line_break_ends_a_line(paragraphs: list[str]) -> None:
    lines = break_lines("\n".join(paragraphs), 12, measure, words=WORD_LIST)
    assert "".join(lines) == "".join(paragraphs) and len(lines) >= len(paragraphs)
