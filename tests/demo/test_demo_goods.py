"""What the demo members buy, and in which size, as a store manager would check it."""

from __future__ import annotations

from collections import Counter

from tests.demo.conftest import PLAUSIBLE_UNTIL, Query, age_days, day_of

# A children's clothing (童装) fitting chart by height: the sizes that fit a child of this age
# in whole years (under a year: baby sizes up to 80).
CHILD_CLOTHES = {0: (52, 80), 1: (80, 90), 2: (90, 100), 3: (100, 110), 4: (100, 120)}
CHILD_CLOTHES |= {y: (110, 120) for y in (5, 6)} | {y: (120, 130) for y in (7, 8)}
CHILD_CLOTHES |= {y: (130, 140) for y in (9, 10)} | {y: (140, 150) for y in (11, 12)}
CHILD_CLOTHES |= {y: (150, 160) for y in (13, 14)}
# Children's shoes (童鞋, Chinese 码) by whole years, a size either way allowed.
CHILD_SHOES = {1: (20, 22), 2: (22, 24), 3: (24, 26), 4: (26, 27), 5: (27, 29), 6: (29, 30), 7: (30, 32)}
CHILD_SHOES |= {8: (31, 33), 9: (32, 34), 10: (33, 35), 11: (34, 36), 12: (35, 37), 13: (36, 38)}
CHILD_SHOES |= {14: (37, 39)}
WOMEN_SHOES, MEN_SHOES = range(35, 41), range(38, 46)


def clothes_fit(size: str, days: int) -> bool:
    low, high = CHILD_CLOTHES.get(int(days // 365.25), (0, -1))
    return days >= 0 and size.isdigit() and low <= int(size) <= high


def shoes_fit(size: str, days: int) -> bool:
    low, high = CHILD_SHOES.get(int(days // 365.25), (0, -1))
    return size.isdigit() and low - 1 <= int(size) <= high + 1


def children_of(sql: Query) -> dict[int, list[tuple[str, str]]]:
    kids: dict[int, list[tuple[str, str]]] = {}
    for member_id, born, gender in sql("SELECT member_id, birthday, gender FROM children"):
        kids.setdefault(member_id, []).append((born, gender))
    return kids


def test_childrens_goods_fit_a_child_of_the_buyer_on_the_day_they_were_bought(sql: Query) -> None:
    """No 3-year-old in 童装 140: a member's children's line fits one of their children then."""
    kids = children_of(sql)
    rows = sql(
        "SELECT l.description, l.size, s.created_at, s.member_id FROM sale_lines l "
        "JOIN sales s ON s.id = l.sale_id WHERE l.category = '童装'"
    )
    assert len(rows) > 200
    misfits = []
    for description, size, created, member_id in rows:
        assert size, description  # every children's line carries a size
        if member_id is None:
            continue
        on = day_of(created)
        shoes = "鞋" in description
        fits = [
            (shoes_fit if shoes else clothes_fit)(size, age_days(born, on))
            and ("连衣裙" not in description or gender == "F")
            for born, gender in kids.get(member_id, [])
        ]
        if not any(fits):
            misfits.append((description, size, on, kids.get(member_id)))
    assert misfits == []


def test_the_childrens_size_on_file_fits_a_child_today(sql: Query) -> None:
    kids = children_of(sql)
    rows = sql("SELECT member_id, size FROM member_sizes WHERE category = 'children'")
    assert len(rows) > 50
    misfits = [
        (member_id, size, kids.get(member_id))
        for member_id, size in rows
        if not any(clothes_fit(size, age_days(born, PLAUSIBLE_UNTIL)) for born, _ in kids.get(member_id, []))
    ]
    assert misfits == []


WOMENS = "(l.description LIKE '%裙%' OR l.description LIKE '%文胸%' OR l.category = '内衣')"


def test_men_buy_skirts_dresses_and_bras_rarely_and_never_in_their_own_size(sql: Query) -> None:
    lines_by = dict(
        sql(
            "SELECT m.gender, count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "JOIN members m ON m.id = s.member_id GROUP BY m.gender"
        )
    )
    womens_by = dict(
        sql(
            "SELECT m.gender, count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            f"JOIN members m ON m.id = s.member_id WHERE {WOMENS} AND l.category != '童装' GROUP BY m.gender"
        )
    )
    assert womens_by.get("M", 0) < 0.05 * lines_by["M"]
    assert womens_by.get("M", 0) < 0.05 * sum(womens_by.values())  # mostly women's goods
    assert sql(
        "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN members m "
        "ON m.id = s.member_id WHERE m.gender = 'M' AND l.category = '内衣'"
    ) == [(0,)]
    # a gift is in a woman's size, never the one he wears himself
    own_size = sql(
        "SELECT l.description, l.size FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "JOIN members m ON m.id = s.member_id JOIN member_sizes z ON z.member_id = m.id "
        "AND z.category = CASE l.category WHEN '上装' THEN 'tops' WHEN '下装' THEN 'bottoms' "
        "WHEN '连衣裙' THEN 'dresses' END "
        f"WHERE m.gender = 'M' AND {WOMENS} AND l.size = z.size"
    )
    assert own_size == []


def test_every_shoe_purchase_carries_a_shoe_size_of_the_wearer(sql: Query) -> None:
    rows = sql(
        "SELECT coalesce(m.gender, ''), l.size FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "LEFT JOIN members m ON m.id = s.member_id WHERE l.category = '鞋'"
    )
    assert len(rows) > 500
    wrong = Counter(
        (gender, size)
        for gender, size in rows
        if not size.isdigit()
        or int(size) not in {"F": WOMEN_SHOES, "M": MEN_SHOES}.get(gender, range(35, 46))
    )
    assert wrong == Counter()
    # the shoe sizes on file are the same kind of numbers
    on_file = sql(
        "SELECT m.gender, z.size FROM member_sizes z JOIN members m ON m.id = z.member_id "
        "WHERE z.category = 'shoes'"
    )
    assert all(int(size) in (MEN_SHOES if g == "M" else WOMEN_SHOES) for g, size in on_file)


def test_every_sized_purchase_of_a_member_is_in_their_size_on_file(sql: Query) -> None:
    """What a member buys for themselves is in the size the counter has on file."""
    rows = sql(
        "SELECT l.description, l.size, z.size FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "JOIN members m ON m.id = s.member_id JOIN member_sizes z ON z.member_id = m.id "
        "AND z.category = CASE l.category WHEN '上装' THEN 'tops' WHEN '下装' THEN 'bottoms' "
        "WHEN '鞋' THEN 'shoes' WHEN '连衣裙' THEN 'dresses' WHEN '内衣' THEN 'bra' END "
        f"WHERE NOT (m.gender = 'M' AND {WOMENS})"
    )
    assert len(rows) > 1000
    assert [r for r in rows if r[1] != r[2]] == []


def test_size_lists_name_each_size_once(sql: Query) -> None:
    """No "S,M,M,L,L,XL": a product's sizes, and a member's sizes on file, each once."""
    products = sql("SELECT name, category, sizes FROM products")
    for name, category, sizes in products:
        listed = sizes.split(",") if sizes else []
        assert len(listed) == len(set(listed)), (name, sizes)
        assert bool(listed) == (category not in ("化妆品", "配饰")), (name, sizes)
    assert sql("SELECT member_id, category FROM member_sizes GROUP BY 1, 2 HAVING count(*) > 1") == []


def test_the_catalogue_reads_like_a_store_s(sql: Query) -> None:
    """Cosmetics come in shades and sizes, not in black and white; colours of one item share a price."""
    cosmetics = [name for (name,) in sql("SELECT name FROM products WHERE category = '化妆品'")]
    assert cosmetics and not [n for n in cosmetics if any(c in n for c in ("黑色", "白色", "米色"))]
    prices: dict[str, set[int]] = {}
    for name, price in sql("SELECT name, price_fen FROM products"):
        prices.setdefault(name.split("（")[0], set()).add(price)
    assert {item: p for item, p in prices.items() if len(p) > 1} == {}


def test_winter_goods_sell_in_winter_and_summer_goods_in_summer(sql: Query) -> None:
    """A clearance sale aside, no down coats in July and no sandals in January."""

    def months(pattern: str) -> Counter[int]:
        rows = sql(
            "SELECT s.created_at FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "WHERE l.description LIKE ?",
            pattern,
        )
        return Counter(day_of(t).month for (t,) in rows)

    for winter in ("%羽绒服%", "%羊毛大衣%", "%短靴%"):
        sold = months(winter)
        assert sum(sold[m] for m in (6, 7, 8)) < 0.1 * sum(sold.values()), (winter, sold)
    for summer in ("%凉鞋%", "%短裤%", "%防晒霜%"):
        sold = months(summer)
        assert sum(sold[m] for m in (12, 1, 2)) < 0.1 * sum(sold.values()), (summer, sold)
