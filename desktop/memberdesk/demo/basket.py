"""The catalogue, and what each sale's lines hold: goods the buyer plausibly buys, in a size that fits.

Women buy women's and everyday goods; a man buys women's goods only now and then, as a gift,
and then in a woman's size, never his own. Children's goods are bought for a child on file who
is young enough on the day, in that child's size then (a walk-in's child is of some age).
Seasonal goods sell in their season, out of it only in a clearance sale. Every line of sized
goods carries a size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from memberdesk.demo import fit
from memberdesk.demo import goods as G
from memberdesk.demo.columns import Table, pick

DAY = 86_400
CHINA = 8 * 3600
_N = len(G.ITEMS)
_NAME = np.array([i.name for i in G.ITEMS], dtype=object)
_CATEGORY = np.array([i.category for i in G.ITEMS], dtype=object)
_SIZES = np.array([i.sizes for i in G.ITEMS], dtype=object)
_WEARER = np.array([i.wearer for i in G.ITEMS], dtype=object)
_SEASON = np.array([i.season for i in G.ITEMS], dtype=object)
_PRICE = np.array([i.price for i in G.ITEMS], dtype=float)
_SEVERAL = np.array([i.several for i in G.ITEMS])
_FOR_CHILD = np.isin(_WEARER, ("child", "girl"))


@dataclass
class Catalogue:
    """The products table, and where each item's products (one per variant) sit in it."""

    table: Table
    first: np.ndarray  # row of the item's first product
    variants: np.ndarray
    sku: np.ndarray
    name: np.ndarray
    price_fen: np.ndarray


def catalogue(rng: np.random.Generator) -> Catalogue:
    """One product per item and variant; the variants of an item share its price and sizes."""
    rows: list[tuple[str, str, str, int, str]] = []
    first, variants = [], []
    category_index = {c: k for k, c in enumerate(dict.fromkeys(i.category for i in G.ITEMS))}
    in_category: dict[str, int] = {}
    for item in G.ITEMS:
        first.append(len(rows))
        variants.append(len(item.variants))
        in_category[item.category] = in_category.get(item.category, 0) + 1
        price = int(round(item.price * float(rng.uniform(0.8, 1.3)) / 10) * 10 - 1) * 100
        sizes = fit.product_sizes(item)
        for v, variant in enumerate(item.variants):
            sku = f"{category_index[item.category] + 1:02d}{in_category[item.category]:02d}{v + 1:02d}"
            rows.append((sku, item.category, f"{item.name}（{variant}）", price, sizes))
    n = len(rows)
    table = Table("products")
    table.add("id", list(range(1, n + 1)))
    table.add("sku", [r[0] for r in rows])
    table.add("barcode", [f"69{r[0]}{i:05d}" for i, r in enumerate(rows)])
    table.add("name", [r[2] for r in rows])
    table.add("category", [r[1] for r in rows])
    table.add("price_fen", [r[3] for r in rows])
    table.add("sizes", [r[4] for r in rows])
    table.add("active", [True] * n)
    return Catalogue(
        table,
        np.array(first),
        np.array(variants),
        np.array([r[0] for r in rows], dtype=object),
        np.array([r[2] for r in rows], dtype=object),
        np.array([r[3] for r in rows], dtype=np.int64),
    )


def _weights(buyer: str, *, everyday: bool = False) -> np.ndarray:
    """How likely each item is on a line of a woman's ("F") or a man's ("M") purchase.

    ``everyday``: only goods that need neither a child nor a season (what a line becomes when
    its first choice does not fit the buyer or the month)."""
    shares = G.CATEGORY_WEIGHTS[buyer]
    own = ~np.isin(_WEARER, ("F",)) if buyer == "M" else np.ones(_N, dtype=bool)
    if everyday:
        own &= ~_FOR_CHILD & (_SEASON == "")
    weights = np.zeros(_N)
    for category, share in shares.items():
        here = own & np.equal(_CATEGORY, category)
        if here.any():
            weights[here] = share / here.sum()
    if buyer == "M":
        for name, share in G.GIFTS_FROM_MEN.items():
            weights[np.equal(_NAME, name)] = share
    return weights / weights.sum()


_W = {(b, e): _weights(b, everyday=e) for b in ("F", "M") for e in (False, True)}


@dataclass
class Buyers:
    """What the lines need to know about the members (index = member id - 1)."""

    gender: np.ndarray
    worn: dict[str, np.ndarray]
    child_birth: np.ndarray  # (n, 2) day numbers; far in the future where there is no child
    child_girl: np.ndarray  # (n, 2)


@dataclass
class Lines:
    table: Table
    sale: np.ndarray  # 0-based sale index of each line
    total: np.ndarray
    category: np.ndarray
    description: np.ndarray
    item: np.ndarray  # index into goods.ITEMS


def lines(
    rng: np.random.Generator, buyers: Buyers, member: np.ndarray, ts: np.ndarray, shop: Catalogue
) -> Lines:
    s = len(member)
    per_sale = pick(rng, [1, 2, 3, 4], s, [45, 30, 17, 8]).astype(np.int64)
    line_sale = np.repeat(np.arange(s), per_sale)
    k = len(line_sale)
    starts = np.cumsum(per_sale) - per_sale
    line_no = np.arange(k) - np.repeat(starts, per_sale) + 1
    line_member = member[line_sale]
    walk_in_male = rng.random(s) < 0.3  # a walk-in's gender, per visit
    is_member = line_member > 0
    index = np.maximum(line_member - 1, 0)
    male = np.where(is_member, buyers.gender[index] == "M", walk_in_male[line_sale])
    item = np.where(
        male, rng.choice(_N, size=k, p=_W["M", False]), rng.choice(_N, size=k, p=_W["F", False])
    ).astype(np.int64)
    day = (ts + CHINA) // DAY
    line_day = day[line_sale]
    month = day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12 + 1
    line_month = month[line_sale]

    # children's goods: for whom, if anyone
    child_age, child_line = _for_a_child(rng, buyers, item, is_member, index, line_day)
    redo = _FOR_CHILD[item] & ~child_line
    redo |= _out_of_season(item, line_month) & (rng.random(k) >= G.OUT_OF_SEASON_SHARE)
    where = np.flatnonzero(redo)
    alt_male = male[where]
    item[where] = np.where(
        alt_male,
        rng.choice(_N, size=len(where), p=_W["M", True]),
        rng.choice(_N, size=len(where), p=_W["F", True]),
    )
    size = _sizes(rng, buyers, item, male, is_member, index, child_age)

    quantity = np.where(_SEVERAL[item], pick(rng, [1, 2, 3], k, [80, 15, 5]), 1).astype(np.int64)
    yuan = np.maximum(np.rint(_PRICE[item] * rng.lognormal(0, 0.25, k) / 10) * 10 - 1, 9).astype(np.int64)
    price = yuan * 100
    description = _NAME[item].copy()
    # A catalogue line for some goods: one of the item's products, with its sku, name and price.
    product_id = np.zeros(k, dtype=np.int64)
    sku = np.full(k, "", dtype=object)
    chosen = np.flatnonzero(rng.random(k) < 0.15)
    row = shop.first[item[chosen]] + (rng.random(len(chosen)) * shop.variants[item[chosen]]).astype(np.int64)
    product_id[chosen] = row + 1
    sku[chosen] = shop.sku[row]
    description[chosen] = shop.name[row]
    price[chosen] = shop.price_fen[row]
    gross = price * quantity
    discount = np.where(rng.random(k) < 0.2, gross * rng.integers(10, 31, k) // 100 // 100 * 100, 0)
    total = gross - discount
    category = _CATEGORY[item]
    table = Table("sale_lines")
    table.add("id", np.arange(1, k + 1))
    table.add("sale_id", line_sale + 1)
    table.add("line_no", line_no)
    table.add("product_id", product_id, "null_int")
    table.add("sku", sku)
    table.add("category", category)
    table.add("description", description)
    table.add("size", size)
    table.add("quantity", quantity)
    table.add("unit_price_fen", price)
    table.add("discount_fen", discount)
    table.add("total_fen", total)
    return Lines(table, line_sale, total, category, description, item)


def _out_of_season(item: np.ndarray, month: np.ndarray) -> np.ndarray:
    out = np.zeros(len(item), dtype=bool)
    for season, months in G.SEASON_MONTHS.items():
        out |= (_SEASON[item] == season) & ~np.isin(month, months)
    return out


def _for_a_child(
    rng: np.random.Generator,
    buyers: Buyers,
    item: np.ndarray,
    is_member: np.ndarray,
    index: np.ndarray,
    line_day: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(the child's age in days, whether a child fits) for every line of children's goods.

    A member's line is for one of the children on file who is young enough that day (a girl
    for a girl's dress; at least one year old for shoes and dresses); a walk-in's child is
    one to twelve years old."""
    k = len(item)
    age = np.zeros(k, dtype=np.int64)
    ok = np.zeros(k, dtype=bool)
    lines_for_child = np.flatnonzero(_FOR_CHILD[item])
    if len(lines_for_child) == 0:
        return age, ok
    m = index[lines_for_child]
    wearer = _WEARER[item[lines_for_child]]
    needs_walking = (wearer == "girl") | (_SIZES[item[lines_for_child]] == "child_shoes")
    ages = line_day[lines_for_child, None] - buyers.child_birth[m]
    fits = (ages >= 0) & (ages < G.CHILD_SIZES_UNTIL_YEARS * fit.YEAR_DAYS)
    fits &= ~needs_walking[:, None] | (ages >= fit.YEAR_DAYS)
    fits &= (wearer != "girl")[:, None] | buyers.child_girl[m]
    second = fits[:, 1] & (~fits[:, 0] | (rng.random(len(m)) < 0.5))
    chosen = np.where(second, ages[:, 1], ages[:, 0])
    found = fits.any(axis=1)
    walk_in = ~is_member[lines_for_child]
    age[lines_for_child] = np.where(walk_in, rng.integers(365, 13 * 365, len(m)), chosen)
    ok[lines_for_child] = walk_in | (found & is_member[lines_for_child])
    return age, ok


def _sizes(
    rng: np.random.Generator,
    buyers: Buyers,
    item: np.ndarray,
    male: np.ndarray,
    is_member: np.ndarray,
    index: np.ndarray,
    child_age: np.ndarray,
) -> np.ndarray:
    """The size on each line: the buyer's own, a gift's (a woman's, never the man's own),
    a walk-in's of their gender, or the child's at that age."""
    size = np.full(len(item), "", dtype=object)
    kinds = _SIZES[item]
    gift = male & (_WEARER[item] == "F")
    for kind in fit.ADULT_SIZES:
        here = kinds == kind
        own = np.flatnonzero(here & is_member & ~gift)
        size[own] = buyers.worn[kind][index[own]]
        given = np.flatnonzero(here & is_member & gift)
        size[given] = fit.gift_sizes(rng, kind, buyers.worn[kind][index[given]])
        strangers = np.flatnonzero(here & ~is_member)
        size[strangers] = fit.random_sizes(rng, kind, male[strangers] & ~gift[strangers])
    for kind in ("children", "child_shoes"):
        here = np.flatnonzero(kinds == kind)
        size[here] = fit.child_sizes(kind, child_age[here], rng.random(len(here)))
    return size
