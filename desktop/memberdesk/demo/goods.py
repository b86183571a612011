"""The goods of the demo store and the sizes people wear, in the words the counter uses.

Each size list is written once, smallest first, with how common each size is beside it, so a
product's size list never repeats a size. Who an item is for says who buys it: anyone, women
(a man buys those only now and then, as a gift), a child, or a girl.
"""

from __future__ import annotations

from typing import NamedTuple

# Adult sizes worn: (size, relative share), smallest first.
SIZES_FEMALE: dict[str, tuple[tuple[str, int], ...]] = {
    "tops": (("S", 22), ("M", 36), ("L", 28), ("XL", 14)),
    "bottoms": (("26", 14), ("27", 20), ("28", 22), ("29", 18), ("30", 14), ("31", 12)),
    "dresses": (("S", 22), ("M", 36), ("L", 28), ("XL", 14)),
    "shoes": (("35", 8), ("36", 20), ("37", 30), ("38", 24), ("39", 13), ("40", 5)),
    "bra": (("70B", 12), ("75A", 14), ("75B", 22), ("75C", 14), ("80B", 14), ("80C", 14), ("85C", 10)),
}
SIZES_MALE: dict[str, tuple[tuple[str, int], ...]] = {
    "tops": (("M", 14), ("L", 30), ("XL", 36), ("XXL", 20)),
    "bottoms": (("29", 8), ("30", 14), ("31", 18), ("32", 20), ("33", 16), ("34", 14), ("36", 10)),
    "shoes": (("38", 4), ("39", 10), ("40", 18), ("41", 22), ("42", 22), ("43", 14), ("44", 7), ("45", 3)),
}

# Children's clothing (童装) by height: what fits a child of this age. The first three rows are
# babies under 3, 6 and 12 months; then one row per year of age, 1 to 14.
CHILD_CLOTHES: tuple[tuple[str, ...], ...] = (
    ("59",),
    ("66",),
    ("73", "80"),
    ("80", "90"),  # 1
    ("90", "100"),  # 2
    ("100", "110"),  # 3
    ("110",),  # 4
    ("110", "120"),  # 5
    ("110", "120"),  # 6
    ("120", "130"),  # 7
    ("120", "130"),  # 8
    ("130", "140"),  # 9
    ("130", "140"),  # 10
    ("140", "150"),  # 11
    ("140", "150"),  # 12
    ("150", "160"),  # 13
    ("150", "160"),  # 14
)
# Children's shoes (童鞋, Chinese 码) for a child of 1 to 14 years.
CHILD_SHOES: tuple[tuple[str, ...], ...] = (
    ("20", "21", "22"),
    ("22", "23", "24"),
    ("24", "25", "26"),
    ("26", "27"),
    ("27", "28", "29"),
    ("29", "30"),
    ("30", "31", "32"),
    ("31", "32", "33"),
    ("32", "33", "34"),
    ("33", "34", "35"),
    ("34", "35", "36"),
    ("35", "36", "37"),
    ("36", "37", "38"),
    ("37", "38", "39"),
)
# The oldest child still dressed in children's sizes; older children wear adult sizes.
CHILD_SIZES_UNTIL_YEARS = 15

COLOURS = ("黑色", "白色", "米色")


class Item(NamedTuple):
    """One kind of goods: what the clerk calls it, its line category, the sizes it comes in
    (a key of the size lists above, ``children``, ``child_shoes`` or none), its usual price in
    yuan, who it is for ("" anyone, "F" women, "child", "girl"), the season it sells in ("" all
    year, "winter", "summer"), whether one buys several at once, and its variants."""

    name: str
    category: str
    sizes: str
    price: int
    wearer: str = ""
    season: str = ""
    several: bool = False
    variants: tuple[str, ...] = COLOURS


ITEMS: tuple[Item, ...] = (
    Item("纯棉T恤", "上装", "tops", 99, several=True),
    Item("真丝衬衫", "上装", "tops", 399),
    Item("针织开衫", "上装", "tops", 299),
    Item("羊毛大衣", "上装", "tops", 699, season="winter"),
    Item("休闲卫衣", "上装", "tops", 229),
    Item("雪纺上衣", "上装", "tops", 199, "F", "summer"),
    Item("修身牛仔裤", "下装", "bottoms", 299),
    Item("阔腿裤", "下装", "bottoms", 329, "F"),
    Item("半身裙", "下装", "bottoms", 299, "F"),
    Item("西装裤", "下装", "bottoms", 359),
    Item("休闲短裤", "下装", "bottoms", 159, season="summer"),
    Item("碎花连衣裙", "连衣裙", "dresses", 359, "F", "summer"),
    Item("针织连衣裙", "连衣裙", "dresses", 429, "F", "winter"),
    Item("真丝长裙", "连衣裙", "dresses", 599, "F", "summer"),
    Item("小白鞋", "鞋", "shoes", 399),
    Item("真皮单鞋", "鞋", "shoes", 529, "F"),
    Item("运动鞋", "鞋", "shoes", 569),
    Item("短靴", "鞋", "shoes", 699, season="winter"),
    Item("凉鞋", "鞋", "shoes", 329, season="summer"),
    Item("无钢圈文胸", "内衣", "bra", 169, "F", several=True),
    Item("蕾丝文胸", "内衣", "bra", 229, "F"),
    Item("运动内衣", "内衣", "bra", 169, "F"),
    Item("保湿面霜", "化妆品", "", 329, several=True, variants=("50ml",)),
    Item("精华液", "化妆品", "", 459, several=True, variants=("30ml",)),
    Item("防晒霜", "化妆品", "", 159, season="summer", several=True, variants=("50ml",)),
    Item("口红", "化妆品", "", 259, "F", several=True, variants=("正红色", "豆沙色", "枫叶红")),
    Item("洁面乳", "化妆品", "", 99, several=True, variants=("120g",)),
    Item("粉底液", "化妆品", "", 299, "F", variants=("象牙白", "自然色")),
    Item("儿童卫衣", "童装", "children", 119, "child", several=True),
    Item("儿童羽绒服", "童装", "children", 259, "child", "winter"),
    Item("儿童运动鞋", "童装", "child_shoes", 169, "child"),
    Item("儿童连衣裙", "童装", "children", 139, "girl", "summer"),
    Item("真丝围巾", "配饰", "", 229, "F"),
    Item("皮带", "配饰", "", 159),
    Item("帽子", "配饰", "", 89),
    Item("手提包", "配饰", "", 499, "F"),
)

# How a woman's and a man's purchases spread over the line categories (children's goods only
# for parents of a child young enough: the others' lines become everyday goods).
CATEGORY_WEIGHTS: dict[str, dict[str, float]] = {
    "F": {"上装": 22, "下装": 18, "连衣裙": 10, "鞋": 14, "内衣": 8, "化妆品": 16, "童装": 14, "配饰": 4},
    "M": {"上装": 35, "下装": 30, "鞋": 20, "化妆品": 5, "童装": 8, "配饰": 5},
}
# Women's goods a man buys as a gift, and how often (on the scale of the weights above):
# about one line in forty, never underwear.
GIFTS_FROM_MEN: dict[str, float] = {
    "碎花连衣裙": 0.3,
    "真丝长裙": 0.3,
    "半身裙": 0.2,
    "真丝围巾": 0.5,
    "口红": 0.6,
    "手提包": 0.6,
}
# Months (China time) in which seasonal goods sell; out of season only in a clearance sale.
SEASON_MONTHS = {"winter": (10, 11, 12, 1, 2, 3), "summer": (4, 5, 6, 7, 8, 9, 10)}
OUT_OF_SEASON_SHARE = 0.1

# After-sales work that makes sense for an item: (kind, what is done).
AFTER_SALES: dict[str, tuple[str, str]] = {
    "真丝衬衫": ("alteration", "袖长改短"),
    "羊毛大衣": ("alteration", "袖长改短"),
    "修身牛仔裤": ("alteration", "裤脚改短"),
    "阔腿裤": ("alteration", "裤脚改短"),
    "西装裤": ("alteration", "裤脚改短"),
    "半身裙": ("alteration", "裙摆改短"),
    "碎花连衣裙": ("alteration", "收腰"),
    "针织连衣裙": ("alteration", "收腰"),
    "真丝长裙": ("alteration", "裙摆改短"),
    "真皮单鞋": ("repair", "鞋跟维修"),
    "短靴": ("repair", "鞋跟维修"),
    "小白鞋": ("repair", "鞋底开胶修补"),
    "运动鞋": ("repair", "鞋底开胶修补"),
}
