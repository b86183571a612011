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
compound surname (the compound surnames of the 百家姓: 欧阳, 司马, 百里, 赫连 ...) is read as
one unit, so the given name is never read together with half of the surname. A polyphonic
character in the given name (长 chang/zhang, 行 xing/hang) is indexed under each plausible
reading too, nearest the common reading first, with at most ``MAX_READINGS`` readings of a
name, so a member never costs the index more than a few dozen rows.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

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
    # surname readings that differ from pypinyin's common one
    "都": ("du",),
    "宿": ("su",),
    "降": ("jiang",),
    "占": ("zhan",),
    "粘": ("nian",),
    "祭": ("zhai",),
    "乜": ("nie",),
    "佴": ("nai",),
    "隽": ("juan",),
    "郗": ("xi", "chi"),
    "蕃": ("pi",),
    "番": ("pan",),
    "逄": ("pang",),
    "贲": ("ben",),
    "宓": ("mi", "fu"),
    "厍": ("she",),
    "阿": ("a",),
    "那": ("na",),
    "曲": ("qu",),
    "石": ("shi",),
    "汤": ("tang",),
    "殷": ("yin",),
    "晟": ("sheng",),
    "褚": ("chu",),
    "瞿": ("qu",),
    "卜": ("bu",),
    "车": ("che",),
    "过": ("guo",),
    "蔚": ("yu", "wei"),
    "臧": ("zang",),
    "禚": ("zhuo",),
    "訾": ("zi",),
    "菅": ("jian",),
    "圈": ("quan",),
    "率": ("lv", "shuai"),
    "广": ("guang", "an"),
    "洪": ("hong",),
    "应": ("ying",),
    "燕": ("yan",),
    "万": ("wan",),
    "奇": ("ji", "qi"),
    "盛": ("sheng",),
    "尚": ("shang",),
    "参": ("can",),
    "叶": ("ye",),
}

# The compound surnames of the 百家姓 (its pairs of single surnames such as 晋楚 or 岳帅 are
# left out), with the well-known later ones; each with its reading as a surname.
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"), "司马": ("si", "ma"), "上官": ("shang", "guan"), "诸葛": ("zhu", "ge"),
    "东方": ("dong", "fang"), "皇甫": ("huang", "fu"), "尉迟": ("yu", "chi"), "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"), "长孙": ("zhang", "sun"), "宇文": ("yu", "wen"), "司徒": ("si", "tu"),
    "令狐": ("ling", "hu"), "夏侯": ("xia", "hou"), "轩辕": ("xuan", "yuan"), "端木": ("duan", "mu"),
    "独孤": ("du", "gu"), "南宫": ("nan", "gong"), "西门": ("xi", "men"), "呼延": ("hu", "yan"),
    "万俟": ("mo", "qi"), "单于": ("chan", "yu"), "澹台": ("tan", "tai"), "钟离": ("zhong", "li"),
    "淳于": ("chun", "yu"), "申屠": ("shen", "tu"), "太史": ("tai", "shi"), "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"), "百里": ("bai", "li"), "公羊": ("gong", "yang"), "公冶": ("gong", "ye"),
    "宗政": ("zong", "zheng"), "濮阳": ("pu", "yang"), "太叔": ("tai", "shu"), "仲孙": ("zhong", "sun"),
    "鲜于": ("xian", "yu"), "闾丘": ("lv", "qiu"), "司空": ("si", "kong"), "亓官": ("qi", "guan"),
    "司寇": ("si", "kou"), "仉督": ("zhang", "du"), "子车": ("zi", "ju"), "颛孙": ("zhuan", "sun"),
    "巫马": ("wu", "ma"), "公西": ("gong", "xi"), "漆雕": ("qi", "diao"), "乐正": ("yue", "zheng"),
    "壤驷": ("rang", "si"), "公良": ("gong", "liang"), "拓跋": ("tuo", "ba"), "夹谷": ("jia", "gu"),
    "宰父": ("zai", "fu"), "谷梁": ("gu", "liang"), "段干": ("duan", "gan"), "东郭": ("dong", "guo"),
    "南门": ("nan", "men"), "归海": ("gui", "hai"), "羊舌": ("yang", "she"), "微生": ("wei", "sheng"),
    "梁丘": ("liang", "qiu"), "左丘": ("zuo", "qiu"), "东门": ("dong", "men"), "商牟": ("shang", "mou"),
    "伯赏": ("bo", "shang"), "第五": ("di", "wu"), "有琴": ("you", "qin"), "汝鄢": ("ru", "yan"),
    "涂钦": ("tu", "qin"), "公叔": ("gong", "shu"), "公输": ("gong", "shu"), "完颜": ("wan", "yan"),
    "爱新觉罗": ("ai", "xin", "jue", "luo"), "叶赫那拉": ("ye", "he", "na", "la"),
}  # fmt: skip
# Known well enough that a two-character entry is the surname alone ("欧阳" for Ms Ouyang);
# for the others a two-character name is a single surname and a given name (乐正 is Le Zheng).
SURNAME_ALONE = frozenset(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                           "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫",
                           "西门", "呼延"))  # fmt: skip
MAX_READINGS = 8  # pinyin readings of one name (each gives a full-pinyin and an initials key)
READINGS_PER_CHARACTER = 3

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_LATIN = re.compile(r"[^a-z]")


def split_surname(name: str) -> tuple[str, str]:
    """(surname, given name), recognising compound surnames."""
    for size in (4, 2):
        head = name[:size]
        if head in COMPOUND_SURNAMES and (len(name) > size or head in SURNAME_ALONE):
            return head, name[size:]
    return name[:1], name[1:]


def _readings_of(character: str, common: str) -> list[str]:
    from pypinyin import Style, pinyin  # its tables cost ~0.3 s: loaded when a name is first read

    found = [common]
    for reading in pinyin(character, style=Style.NORMAL, heteronym=True, errors="ignore")[:1]:
        for r in reading:
            if r.lower() not in found and r.isascii() and r.isalpha():
                found.append(r.lower())
    return found[:READINGS_PER_CHARACTER]


@lru_cache(maxsize=65536)
def _given_readings(given: str) -> tuple[tuple[str, ...], ...]:
    """Readings of the given name, the common one first, then those that change the fewest
    characters, at most ``MAX_READINGS``."""
    from pypinyin import Style, lazy_pinyin

    common = [s.lower() for s in lazy_pinyin(given, style=Style.NORMAL, errors="ignore")]
    han = [c for c in given if _HAN.match(c)]
    if len(han) != len(common):  # letters or digits in the name: the common reading only
        return (tuple(common),)
    options = [_readings_of(c, r) for c, r in zip(han, common, strict=True)]
    choices = sorted(
        product(*(range(len(o)) for o in options)), key=lambda pick: (sum(1 for i in pick if i), pick)
    )
    return tuple(tuple(o[i] for o, i in zip(options, pick, strict=True)) for pick in choices[:MAX_READINGS])


@lru_cache(maxsize=4096)
def _surname_readings(surname: str) -> tuple[tuple[str, ...], ...]:
    """Every plausible reading of the surname, each as its syllables."""
    from pypinyin import Style, lazy_pinyin

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
    givens = _given_readings(given) if given else ((),)
    # every surname reading with the given name's common reading first, then the others
    readings = [(*sur, *giv) for giv in givens for sur in _surname_readings(surname) or ((),)]
    for syllables in [r for r in readings if r][:MAX_READINGS]:
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
