"""Search keys of a member's name: the name itself, pinyin initials and full pinyin.

The counter box finds 张伟 by ``张``, ``张伟``, ``zw``, ``zhangw`` or ``zhang wei``. Each
key is stored as one row of ``member_keys`` with a one-letter kind prefix, so every kind of
lookup is a range scan over one index:

- ``n:张伟``    the name (a Han prefix such as 张 finds it)
- ``i:zw``      pinyin initials
- ``p:zhangwei`` full pinyin, without spaces

pypinyin reads characters by their common reading, which is often wrong for surnames
(单 is Shan, not Dan; 曾 is Zeng, not Ceng). The surname's reading comes from the table
below; because clerks type what they hear, the common reading is indexed as well. A
compound surname (欧阳, 司马 ...) is read as one unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

KIND_NAME = "n"
KIND_INITIALS = "i"
KIND_PINYIN = "p"

# Readings as a surname, first the proper one; a clerk may also type the common reading,
# which pypinyin gives and is added automatically.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "查": ("zha",),
    "盖": ("ge", "gai"),
    "朴": ("piao",),
    "乐": ("yue", "le"),
    "秘": ("bi",),
    "繁": ("po",),
    "缪": ("miao",),
    "覃": ("qin", "tan"),
    "翟": ("zhai", "di"),
    "尉": ("yu", "wei"),
    "种": ("chong",),
    "员": ("yun",),
    "召": ("shao",),
    "折": ("she",),
    "黑": ("he",),
    "重": ("chong",),
    "朝": ("chao",),
    "纪": ("ji",),
    "柏": ("bai", "bo"),
    "薄": ("bo",),
    "藏": ("zang",),
    "莘": ("shen",),
    "隗": ("wei",),
    "句": ("gou",),
    "能": ("nai",),
    "沈": ("shen",),
    "长": ("chang",),
    "华": ("hua",),
    "任": ("ren",),
    "宁": ("ning",),
    "便": ("pian",),
    "洗": ("xian",),
    "冼": ("xian",),
    "谌": ("chen", "shen"),
    "阚": ("kan",),
    "郇": ("huan", "xun"),
    "眭": ("sui",),
    "邗": ("han",),
    "亓": ("qi",),
}

COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "上官": ("shang", "guan"),
    "诸葛": ("zhu", "ge"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "长孙": ("zhang", "sun"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "令狐": ("ling", "hu"),
    "夏侯": ("xia", "hou"),
    "轩辕": ("xuan", "yuan"),
    "端木": ("duan", "mu"),
    "独孤": ("du", "gu"),
    "南宫": ("nan", "gong"),
    "西门": ("xi", "men"),
    "呼延": ("hu", "yan"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"),
    "钟离": ("zhong", "li"),
    "淳于": ("chun", "yu"),
    "申屠": ("shen", "tu"),
    "太史": ("tai", "shi"),
    "闻人": ("wen", "ren"),
}

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_LATIN = re.compile(r"[^a-z]")


def split_surname(name: str) -> tuple[str, str]:
    """(surname, given name), recognising compound surnames."""
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=65536)
def _given_syllables(given: str) -> tuple[str, ...]:
    return tuple(s.lower() for s in lazy_pinyin(given, style=Style.NORMAL, errors="ignore"))


@lru_cache(maxsize=4096)
def _surname_readings(surname: str) -> tuple[tuple[str, ...], ...]:
    """Every plausible reading of the surname, each as its syllables."""
    if surname in COMPOUND_SURNAMES:
        readings = [COMPOUND_SURNAMES[surname]]
    else:
        readings = [(r,) for r in SURNAME_READINGS.get(surname, ())]
    common = tuple(s.lower() for s in lazy_pinyin(surname, style=Style.NORMAL, errors="ignore"))
    if common and common not in readings:
        readings.append(common)
    return tuple(readings)


def normalise_name(name: str) -> str:
    """The name as stored and searched: inner and outer white space removed."""
    return "".join(name.split())


def name_keys(name: str) -> set[str]:
    """All search keys of ``name`` (see the module text for their form)."""
    raw, name = name, normalise_name(name)
    if not name:
        return set()
    keys = {f"{KIND_NAME}:{name.lower()}"}
    if not _HAN.search(name):  # a Latin name: its words' initials and the letters themselves
        words = [w for w in re.split(r"[^A-Za-z]+", raw.lower()) if w]
        if words:
            keys.add(f"{KIND_PINYIN}:{''.join(words)}")
            keys.add(f"{KIND_INITIALS}:{''.join(w[0] for w in words)}")
        return keys
    surname, given = split_surname(name)
    given_syllables = _given_syllables(given) if given else ()
    for reading in _surname_readings(surname) or ((),):
        syllables = [*reading, *given_syllables]
        if not syllables:
            continue
        keys.add(f"{KIND_PINYIN}:{''.join(syllables)}")
        keys.add(f"{KIND_INITIALS}:{''.join(s[0] for s in syllables)}")
    return keys


def query_forms(text: str) -> tuple[str, str]:
    """(kind-prefixed pinyin prefix, kind-prefixed initials prefix) for a Latin query."""
    letters = _NOT_LATIN.sub("", text.lower())
    return f"{KIND_PINYIN}:{letters}", f"{KIND_INITIALS}:{letters}"


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``.

    ``key >= prefix AND key < upper`` is the range form of a prefix search that a plain
    B-tree index serves on both databases (``LIKE 'x%'`` does not, on SQLite).
    """
    return prefix + "\U0010ffff"
