"""Sizes that fit: what each adult wears, what fits a child of a given age, what a product comes in."""

from __future__ import annotations

import numpy as np

from memberdesk.demo import goods as G

YEAR_DAYS = 365.25
ADULT_SIZES = ("tops", "bottoms", "dresses", "shoes", "bra")
# How closely each category's size follows the person's build (1 = the same rank in every list).
_FOLLOWS_BUILD = {"tops": 0.9, "bottoms": 0.85, "dresses": 0.9, "shoes": 0.5, "bra": 0.7}


def _listed(sizes: tuple[tuple[str, int], ...]) -> tuple[np.ndarray, np.ndarray]:
    names = np.array([s for s, _ in sizes], dtype=object)
    shares = np.cumsum([w for _, w in sizes], dtype=float)
    return names, shares / shares[-1]


def _by_rank(sizes: tuple[tuple[str, int], ...], quantile: np.ndarray) -> np.ndarray:
    names, cumulative = _listed(sizes)
    return names[np.minimum(np.searchsorted(cumulative, quantile, side="right"), len(names) - 1)]


def worn_sizes(rng: np.random.Generator, gender: np.ndarray) -> dict[str, np.ndarray]:
    """Every member's own size in each adult category ("" where it does not apply: a man's
    dress or bra). One build per person runs through all of them, so a woman in tops S is not
    in dresses XL and trousers 31."""
    n = len(gender)
    build = rng.standard_normal(n)
    male = gender == "M"
    worn: dict[str, np.ndarray] = {}
    for category in ADULT_SIZES:
        rho = _FOLLOWS_BUILD[category]
        x = rho * build + np.sqrt(1 - rho * rho) * rng.standard_normal(n)
        quantile = 1 / (1 + np.exp(-1.702 * x))  # the normal distribution function, closely
        women = _by_rank(G.SIZES_FEMALE[category], quantile)
        men = G.SIZES_MALE.get(category)
        worn[category] = np.where(male, _by_rank(men, quantile) if men else "", women)
    return worn


def random_sizes(rng: np.random.Generator, category: str, male: np.ndarray) -> np.ndarray:
    """Sizes of people the store knows nothing about (walk-ins), by their gender."""
    quantile = rng.random(len(male))
    women = _by_rank(G.SIZES_FEMALE[category], quantile)
    men = G.SIZES_MALE.get(category)
    return np.where(male, _by_rank(men, quantile), women) if men else women


def gift_sizes(rng: np.random.Generator, category: str, own: np.ndarray) -> np.ndarray:
    """A woman's size for a gift a man buys: never the size he wears himself."""
    names, cumulative = _listed(G.SIZES_FEMALE[category])
    index = np.minimum(np.searchsorted(cumulative, rng.random(len(own)), side="right"), len(names) - 1)
    clash = names[index] == own
    index = np.where(clash, np.where(index > 0, index - 1, index + 1), index)
    return names[index]


def _table(rows: tuple[tuple[str, ...], ...]) -> tuple[np.ndarray, np.ndarray]:
    width = max(len(r) for r in rows)
    table = np.array([r + (r[-1],) * (width - len(r)) for r in rows], dtype=object)
    return table, np.array([len(r) for r in rows])


_CLOTHES, _CLOTHES_N = _table(G.CHILD_CLOTHES)
_SHOES, _SHOES_N = _table(G.CHILD_SHOES)


def child_sizes(kind: str, age_days: np.ndarray, u: np.ndarray) -> np.ndarray:
    """The size a child of ``age_days`` wears in ``kind`` ("children" or "child_shoes");
    ``u`` (uniform in [0, 1)) picks among the sizes that fit that age."""
    years = np.clip((age_days / YEAR_DAYS).astype(np.int64), 0, G.CHILD_SIZES_UNTIL_YEARS - 1)
    if kind == "child_shoes":
        row = np.maximum(years, 1) - 1
        table, counts = _SHOES, _SHOES_N
    else:
        months = age_days / (YEAR_DAYS / 12)
        baby = np.where(months < 3, 0, np.where(months < 6, 1, 2))
        row = np.where(years >= 1, years + 2, baby)
        table, counts = _CLOTHES, _CLOTHES_N
    return table[row, (u * counts[row]).astype(np.int64)]  # type: ignore[no-any-return]


def product_sizes(item: G.Item) -> str:
    """The sizes a product comes in, each once, smallest first."""
    if item.sizes == "children":
        rows = G.CHILD_CLOTHES if item.wearer == "child" else G.CHILD_CLOTHES[3:]
        listed = [s for row in rows for s in row]
    elif item.sizes == "child_shoes":
        listed = [s for row in G.CHILD_SHOES for s in row]
    elif item.sizes:
        listed = [s for s, _ in G.SIZES_FEMALE[item.sizes]]
        if item.wearer != "F":
            listed += [s for s, _ in G.SIZES_MALE.get(item.sizes, ())]
    else:
        return ""
    return ",".join(dict.fromkeys(sorted(listed, key=_size_order)))


_LETTERS = {"S": 0, "M": 1, "L": 2, "XL": 3, "XXL": 4}


def _size_order(size: str) -> tuple[int, str]:
    if size in _LETTERS:
        return _LETTERS[size], ""
    digits = "".join(c for c in size if c.isdigit())
    return int(digits), size
