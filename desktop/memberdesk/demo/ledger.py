"""Two years of sales, returns and points for the demo members, and the totals they imply.

Visits are drawn per member from a heavy-tailed rate (a few members come very often and
spend more, as the 80/20 rule says), about a quarter of members stop coming part-way
(lapsed), and everything is sorted by time before numbering, so receipt numbers run in
time order like a real till's. ``member_stats`` is computed from exactly the rows written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from memberdesk.demo import vocabulary as V
from memberdesk.demo.columns import NULL_DAY, Table, day_number, group_sum, pick, uids
from memberdesk.demo.people import (
    COUNTER_STAFF_IDS,
    COUNTER_STAFF_WEIGHTS,
    STORE_ID,
    SUPERVISOR_IDS,
    Members,
    Product,
)
from memberdesk.services.sales.recording import RECEIPT_DIGITS

DAY = 86_400
CHINA = 8 * 3600
WINDOW_DAYS = 730
TIER_FLOORS_FEN = (("vip", 20_000_00), ("gold", 8_000_00), ("silver", 3_000_00))
TIER_MULTIPLIER = {"regular": 1.0, "silver": 1.2, "gold": 1.5, "vip": 2.0}
PAYMENT_METHODS = ("wechat", "alipay", "bank_card", "cash", "stored_value", "other")
PAYMENT_WEIGHTS = (40, 30, 15, 10, 3, 2)


@dataclass
class Ledger:
    """What the service records need from the ledger (sales by time, lines, members)."""

    sale_ts: np.ndarray
    sale_member: np.ndarray  # 0 = walk-in
    sale_staff: np.ndarray
    line_sale: np.ndarray  # sale index (0-based) of each line
    line_category: np.ndarray
    line_description: np.ndarray
    tiers: np.ndarray  # per member index (0-based)
    spend_fen: np.ndarray


def _visits(
    rng: np.random.Generator, people: Members, end: int, per_member: float
) -> tuple[np.ndarray, np.ndarray]:
    """(member id, timestamp) of every member visit with a purchase, unsorted."""
    n = people.n
    start = end - WINDOW_DAYS
    first = np.maximum(people.enrolled // DAY, start)
    last = np.full(n, end)
    lapsed = rng.random(n) < 0.25
    last = np.where(lapsed, first + ((end - first) * rng.uniform(0.15, 0.8, n)).astype(int), last)
    span = np.maximum(last - first, 1)
    rate = rng.lognormal(0.0, 1.1, n)
    rate *= per_member * n / float((rate * span / WINDOW_DAYS).sum())
    counts = rng.poisson(rate * span / WINDOW_DAYS)
    member = np.repeat(np.arange(1, n + 1), counts)
    day = np.repeat(first, counts) + (rng.random(len(member)) * np.repeat(span, counts)).astype(int)
    ts = day.astype(np.int64) * DAY + rng.integers(10 * 3600, 21 * 3600 + 1800, len(member)) - CHINA
    return member, ts


def build(
    rng: np.random.Generator, people: Members, until: dt.date, per_member: float, products: list[Product]
) -> tuple[list[Table], Ledger]:
    end = day_number(until)
    member, ts = _visits(rng, people, end, per_member)
    walk_ins = int(len(member) * 0.08)
    member = np.concatenate([member, np.zeros(walk_ins, dtype=member.dtype)])
    walk_day = end - WINDOW_DAYS + rng.integers(0, WINDOW_DAYS, walk_ins)
    ts = np.concatenate(
        [ts, walk_day.astype(np.int64) * DAY + rng.integers(10 * 3600, 21 * 3600, walk_ins) - CHINA]
    )
    order = np.argsort(ts, kind="stable")
    member, ts = member[order], ts[order]
    s = len(ts)
    staff = pick(rng, COUNTER_STAFF_IDS, s, COUNTER_STAFF_WEIGHTS).astype(np.int64)

    lines, line_sale, line_total, line_category, line_description = _lines(rng, people, member, products)
    subtotal = group_sum(line_sale, line_total, s)
    discount = np.where(rng.random(s) < 0.05, pick(rng, [1000, 2000, 5000], s).astype(np.int64), 0)
    discount = np.minimum(discount, subtotal // 2 // 100 * 100)
    total = subtotal - discount

    payments = _payments(rng, total)
    first_method = payments.columns["method"][
        np.searchsorted(payments.columns["sale_id"], np.arange(1, s + 1))
    ]
    returns_tables, ret = _returns(rng, member, ts, staff, lines, line_sale, line_total, first_method, end)

    n = people.n
    spend = group_sum(member, total, n + 1)[1:] - group_sum(ret["member"], ret["refund"], n + 1)[1:]
    tiers = np.full(n, "regular", dtype=object)
    for tier, floor in reversed(TIER_FLOORS_FEN):
        tiers = np.where(spend >= floor, tier, tiers)
    multiplier = np.array([TIER_MULTIPLIER[t] for t in tiers.tolist()] or [1.0])
    earned = np.where(member > 0, (total // 100 * multiplier[np.maximum(member - 1, 0)]).astype(np.int64), 0)
    redeemed = _redemptions(rng, member, earned)

    sales = Table("sales")
    sales.add("id", np.arange(1, s + 1))
    sales.add("uid", uids(rng, s), "uid")
    sales.add("store_id", np.full(s, STORE_ID))
    sales.add("receipt_no", np.arange(1, s + 1), f"code:R:{RECEIPT_DIGITS}")  # as the counter numbers them
    sales.add("member_id", member, "null_int")
    sales.add("staff_id", staff)
    sales.add("created_at", ts, "ts")
    sales.add("subtotal_fen", subtotal)
    sales.add("discount_fen", discount)
    sales.add("total_fen", total)
    sales.add("points_earned", earned)
    sales.add("points_redeemed", redeemed)
    sales.add("status", np.full(s, "completed", dtype=object))
    sales.add("voids_sale_id", np.zeros(s, dtype=np.int64), "null_int")
    sales.add("approved_by_id", np.zeros(s, dtype=np.int64), "null_int")
    sales.add("note", np.full(s, "", dtype=object))

    gifts = _birthday_gifts(rng, people, end, tiers)
    points = _points(rng, member, ts, staff, earned, redeemed, ret, total, n, gifts)
    stats = _stats(member, ts, spend, points, n)
    ledger = Ledger(ts, member, staff, line_sale, line_category, line_description, tiers, spend)
    return [sales, lines, payments, *returns_tables, points, stats], ledger


def _lines(
    rng: np.random.Generator, people: Members, member: np.ndarray, products: list[Product]
) -> tuple[Table, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    s = len(member)
    per_sale = pick(rng, [1, 2, 3, 4], s, [45, 30, 17, 8]).astype(np.int64)
    line_sale = np.repeat(np.arange(s), per_sale)
    k = len(line_sale)
    starts = np.cumsum(per_sale) - per_sale
    line_no = np.arange(k) - np.repeat(starts, per_sale) + 1
    line_member = member[line_sale]
    gender = np.where(line_member > 0, people.gender[np.maximum(line_member - 1, 0)], "F")
    female = rng.choice(
        len(V.GOODS), size=k, p=np.array(V.FEMALE_GOODS_WEIGHTS) / sum(V.FEMALE_GOODS_WEIGHTS)
    )
    male = rng.choice(len(V.GOODS), size=k, p=np.array(V.MALE_GOODS_WEIGHTS) / sum(V.MALE_GOODS_WEIGHTS))
    goods = np.where(gender == "M", male, female)
    base = np.array([g[2] for g in V.GOODS], dtype=float)[goods]
    yuan = np.maximum(np.rint(base * rng.lognormal(0, 0.35, k) / 10) * 10 - 1, 9).astype(np.int64)
    price = yuan * 100
    quantity = pick(rng, [1, 2, 3], k, [90, 8, 2]).astype(np.int64)
    category = np.array([g[0] for g in V.GOODS], dtype=object)[goods]
    size_category = np.array([g[1] for g in V.GOODS], dtype=object)[goods]
    item_index = (rng.random(k) * np.array([len(g[3]) for g in V.GOODS])[goods]).astype(int)
    offsets = np.cumsum([0] + [len(g[3]) for g in V.GOODS])[:-1]
    description = np.array([i for g in V.GOODS for i in g[3]], dtype=object)[offsets[goods] + item_index]
    size = np.full(k, "", dtype=object)
    for cat, worn in people.sizes.items():
        here = (size_category == cat) & (line_member > 0)
        size[here] = worn[line_member[here] - 1]
    # A catalogue line for some goods: the product's sku, name and price.
    product_id = np.zeros(k, dtype=np.int64)
    sku = np.full(k, "", dtype=object)
    by_category: dict[str, list[Product]] = {}
    for p in products:
        by_category.setdefault(p[2], []).append(p)
    from_catalogue = rng.random(k) < 0.15
    for cat, items in by_category.items():
        here = np.flatnonzero(from_catalogue & (category == cat))
        chosen = rng.integers(0, len(items), len(here))
        product_id[here] = [items[c][0] for c in chosen]
        sku[here] = [items[c][1] for c in chosen]
        description[here] = [items[c][3] for c in chosen]
        price[here] = [items[c][4] for c in chosen]
    gross = price * quantity
    discount = np.where(rng.random(k) < 0.2, gross * rng.integers(10, 31, k) // 100 // 100 * 100, 0)
    total = gross - discount
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
    return table, line_sale, total, category, description


def _payments(rng: np.random.Generator, total: np.ndarray) -> Table:
    s = len(total)
    method = pick(rng, PAYMENT_METHODS, s, PAYMENT_WEIGHTS)
    split = (rng.random(s) < 0.08) & (total >= 2000)
    first = np.where(split, (total * rng.uniform(0.3, 0.7, s)).astype(np.int64) // 100 * 100, total)
    second_ids = np.flatnonzero(split)
    sale_id = np.concatenate([np.arange(1, s + 1), second_ids + 1])
    amounts = np.concatenate([first, total[second_ids] - first[second_ids]])
    methods = np.concatenate([method, np.where(method[second_ids] == "cash", "wechat", "cash")])
    order = np.argsort(sale_id, kind="stable")
    table = Table("payments")
    table.add("id", np.arange(1, len(sale_id) + 1))
    table.add("sale_id", sale_id[order])
    table.add("method", methods[order])
    table.add("amount_fen", amounts[order])
    return table


def _returns(
    rng: np.random.Generator,
    member: np.ndarray,
    ts: np.ndarray,
    staff: np.ndarray,
    lines: Table,
    line_sale: np.ndarray,
    line_total: np.ndarray,
    first_method: np.ndarray,
    end: int,
) -> tuple[list[Table], dict[str, np.ndarray]]:
    candidates = np.flatnonzero(member > 0)
    chosen = np.sort(rng.choice(candidates, size=int(len(candidates) * 0.03), replace=False))
    when = ts[chosen] + rng.integers(1, 20, len(chosen)) * DAY + rng.integers(-3600, 3600, len(chosen))
    keep = when < end * DAY - CHINA
    chosen, when = chosen[keep], when[keep]
    first_line = np.searchsorted(line_sale, chosen)
    n_lines = np.searchsorted(line_sale, chosen, side="right") - first_line
    line = first_line + (rng.random(len(chosen)) * n_lines).astype(int)
    quantity = lines.columns["quantity"][line]
    refund = line_total[line] // quantity
    order = np.argsort(when, kind="stable")
    chosen, when, line, refund = chosen[order], when[order], line[order], refund[order]
    r = len(chosen)
    rtype = pick(rng, list(V.RETURN_TYPE_WEIGHTS), r, list(V.RETURN_TYPE_WEIGHTS.values()))
    pick_reason = rng.integers(0, 99, r).tolist()
    reason = np.array(
        [
            V.RETURN_REASONS[t][x % len(V.RETURN_REASONS[t])]
            for t, x in zip(rtype.tolist(), pick_reason, strict=True)
        ],
        dtype=object,
    )
    approved = np.where(rng.random(r) < 0.05, pick(rng, SUPERVISOR_IDS, r), 0)
    ret = Table("returns")
    ret.add("id", np.arange(1, r + 1))
    ret.add("uid", uids(rng, r), "uid")
    ret.add("store_id", np.full(r, STORE_ID))
    ret.add("return_no", np.arange(1, r + 1), "code:T:8")
    ret.add("sale_id", chosen + 1)
    ret.add("member_id", member[chosen])
    ret.add("staff_id", staff[chosen])
    ret.add("approved_by_id", approved, "null_int")
    ret.add("approval_note", np.where(approved > 0, "超过退货期限，主管同意", ""))
    ret.add("return_type", rtype)
    ret.add("reason", reason)
    ret.add("created_at", when, "ts")
    ret.add("refund_total_fen", refund)
    ret.add("points_reversed", np.zeros(r, dtype=np.int64))  # filled once points are known
    ret.add("without_receipt", np.zeros(r, dtype=bool), "bool")
    rl = Table("return_lines")
    rl.add("id", np.arange(1, r + 1))
    rl.add("return_id", np.arange(1, r + 1))
    rl.add("sale_line_id", line + 1)
    rl.add("description", lines.columns["description"][line])
    rl.add("quantity", np.ones(r, dtype=np.int64))
    rl.add("refund_fen", refund)
    rf = Table("refunds")
    rf.add("id", np.arange(1, r + 1))
    rf.add("return_id", np.arange(1, r + 1))
    rf.add("method", first_method[chosen])
    rf.add("amount_fen", refund)
    info = {
        "sale": chosen,
        "member": member[chosen],
        "refund": refund,
        "ts": when,
        "staff": staff[chosen],
        "table": ret,
    }
    return [ret, rl, rf], info


def _redemptions(rng: np.random.Generator, member: np.ndarray, earned: np.ndarray) -> np.ndarray:
    """Points redeemed at some checkouts, only once a member has earned plenty before."""
    order = np.argsort(member, kind="stable")  # sales are in time order within a member
    sorted_member, sorted_earned = member[order], earned[order]
    cum = np.cumsum(sorted_earned)
    group_start = np.r_[0, np.flatnonzero(np.diff(sorted_member)) + 1]
    starts = np.repeat(group_start, np.diff(np.r_[group_start, len(member)]))
    before = cum - sorted_earned - np.where(starts > 0, cum[np.maximum(starts - 1, 0)], 0)
    redeem_sorted = np.where(
        (sorted_member > 0) & (before >= 3000) & (rng.random(len(member)) < 0.03), 500, 0
    )
    redeemed = np.zeros(len(member), dtype=np.int64)
    redeemed[order] = redeem_sorted
    return redeemed


def _points(
    rng: np.random.Generator,
    member: np.ndarray,
    ts: np.ndarray,
    staff: np.ndarray,
    earned: np.ndarray,
    redeemed: np.ndarray,
    ret: dict[str, np.ndarray],
    total: np.ndarray,
    n: int,
    gifts: dict[str, np.ndarray],
) -> Table:
    sale_index = np.flatnonzero((member > 0) & (earned > 0))
    redeem_index = np.flatnonzero(redeemed > 0)
    # Points earned on returned goods are taken back in proportion to the refund, so buying
    # and returning never gains points.
    returned_sale = ret["sale"]
    earned_then = earned[returned_sale]
    reversed_points = np.minimum(
        earned_then, earned_then * ret["refund"] // np.maximum(total[returned_sale], 1)
    )
    ret["table"].columns["points_reversed"] = reversed_points  # type: ignore[attr-defined]
    adjust = rng.choice(np.arange(1, n + 1), size=max(1, n // 1000), replace=False)
    adjust_ts = (
        ts.max() - rng.integers(0, 300, len(adjust)) * DAY
        if len(ts)
        else np.zeros(len(adjust), dtype=np.int64)
    )
    parts = {
        "member_id": [member[sale_index], member[redeem_index], ret["member"], adjust, gifts["member"]],
        "created_at": [ts[sale_index], ts[redeem_index] + 1, ret["ts"], adjust_ts, gifts["ts"]],
        "delta": [
            earned[sale_index],
            -redeemed[redeem_index],
            -reversed_points,
            np.full(len(adjust), 100),
            gifts["points"],
        ],
        "source": [
            ["sale"] * len(sale_index),
            ["redemption"] * len(redeem_index),
            ["return"] * len(ret["sale"]),
            ["adjustment"] * len(adjust),
            ["birthday_gift"] * len(gifts["member"]),
        ],
        "reason": [
            [""] * len(sale_index),
            ["积分兑换礼品"] * len(redeem_index),
            ["退货扣回积分"] * len(ret["sale"]),
            ["补录活动积分"] * len(adjust),
            ["生日礼遇积分"] * len(gifts["member"]),
        ],
        "sale_id": [
            sale_index + 1,
            redeem_index + 1,
            np.zeros(len(ret["sale"]) + len(adjust) + len(gifts["member"]), dtype=np.int64),
        ],
        "return_id": [
            np.zeros(len(sale_index) + len(redeem_index), dtype=np.int64),
            np.arange(1, len(ret["sale"]) + 1),
            np.zeros(len(adjust) + len(gifts["member"]), dtype=np.int64),
        ],
        "staff_id": [
            staff[sale_index],
            staff[redeem_index],
            ret["staff"],
            pick(rng, SUPERVISOR_IDS, len(adjust)),
            gifts["staff"],
        ],
    }
    columns = {
        k: np.concatenate([np.asarray(p, dtype=object if k in ("source", "reason") else None) for p in v])
        for k, v in parts.items()
    }
    order = np.argsort(columns["created_at"], kind="stable")
    table = Table("points_entries")
    table.add("id", np.arange(1, len(order) + 1))
    table.add("uid", uids(rng, len(order)), "uid")
    table.add("member_id", columns["member_id"][order].astype(np.int64))
    table.add("created_at", columns["created_at"][order].astype(np.int64), "ts")
    table.add("delta", columns["delta"][order].astype(np.int64))
    table.add("source", columns["source"][order])
    table.add("reason", columns["reason"][order])
    table.add("sale_id", columns["sale_id"][order].astype(np.int64), "null_int")
    table.add("return_id", columns["return_id"][order].astype(np.int64), "null_int")
    table.add("staff_id", columns["staff_id"][order].astype(np.int64), "null_int")
    return table


BIRTHDAY_GIFT_POINTS = {"regular": 100, "silver": 200, "gold": 300, "vip": 500}


def _birthday_gifts(
    rng: np.random.Generator, people: Members, end: int, tiers: np.ndarray
) -> dict[str, np.ndarray]:
    """Birthday-gift points for members who came by on a birthday inside the history.

    The gift is dated on the (solar) birthday at the counter, only once the member had
    enrolled, and grows with the tier the member holds now (the demo keeps one tier).
    """
    known = np.flatnonzero(people.birthday != NULL_DAY)
    born = people.birthday[known].astype("datetime64[D]")
    month = born.astype("datetime64[M]").astype(np.int64) % 12
    day = (born - born.astype("datetime64[M]")).astype(np.int64)
    until_year = int(np.datetime64(end, "D").astype("datetime64[Y]").astype(np.int64)) + 1970
    members, days = [], []
    for year in range(until_year - 2, until_year + 1):
        # 29 February falls on 1 March in other years, as the counter would see it
        anniversary = (np.datetime64(f"{year}-01", "M") + month).astype("datetime64[D]") + day
        when = anniversary.astype(np.int64)
        ok = (when >= end - WINDOW_DAYS) & (when < end) & (when * DAY > people.enrolled[known])
        ok &= rng.random(len(known)) < 0.3
        members.append(known[ok] + 1)
        days.append(when[ok])
    member = np.concatenate(members)
    ts = np.concatenate(days) * DAY + rng.integers(10 * 3600, 20 * 3600, len(member)) - CHINA
    points = np.array([BIRTHDAY_GIFT_POINTS[t] for t in tiers[member - 1].tolist()], dtype=np.int64)
    staff = pick(rng, COUNTER_STAFF_IDS, len(member), COUNTER_STAFF_WEIGHTS).astype(np.int64)
    return {"member": member, "ts": ts, "points": points, "staff": staff}


def _stats(member: np.ndarray, ts: np.ndarray, spend: np.ndarray, points: Table, n: int) -> Table:
    has = member > 0
    counts = np.bincount(member[has], minlength=n + 1)[1:]
    first = np.zeros(n + 1, dtype=np.int64)
    last = np.zeros(n + 1, dtype=np.int64)
    # Sales are in time order: the last write per member wins for `last`, reversed for `first`.
    last[member[has]] = ts[has]
    rev = np.flatnonzero(has)[::-1]
    first[member[rev]] = ts[rev]
    balance = group_sum(points.columns["member_id"], points.columns["delta"], n + 1)[1:]
    table = Table("member_stats")
    table.add("member_id", np.arange(1, n + 1))
    table.add("spend_fen", spend)
    table.add("visit_count", counts)
    table.add("first_visit_at", first[1:], "ts_null")
    table.add("last_visit_at", last[1:], "ts_null")
    table.add("points_balance", balance)
    return table
