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

from memberdesk.demo import basket, rewards
from memberdesk.demo import vocabulary as V
from memberdesk.demo.columns import NULL_DAY, Table, day_number, group_sum, pick, uids
from memberdesk.demo.people import COUNTER_STAFF_IDS, COUNTER_STAFF_WEIGHTS, STORE_ID, SUPERVISOR_IDS, Members
from memberdesk.domain.points import SalesRules
from memberdesk.services.sales.recording import RECEIPT_DIGITS

DAY = basket.DAY
CHINA = basket.CHINA
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
    line_item: np.ndarray  # index into goods.ITEMS
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
    rate = np.where(people.occupation == V.STUDENT, rate * 0.4, rate)  # pocket money, not a salary
    rate *= per_member * n / float((rate * span / WINDOW_DAYS).sum())
    counts = rng.poisson(rate * span / WINDOW_DAYS)
    member = np.repeat(np.arange(1, n + 1), counts)
    day = np.repeat(first, counts) + (rng.random(len(member)) * np.repeat(span, counts)).astype(int)
    ts = day.astype(np.int64) * DAY + rng.integers(10 * 3600, 21 * 3600 + 1800, len(member)) - CHINA
    # the first purchase is where a member enrols: a sale that day comes after the enrolment
    ts = np.maximum(ts, people.enrolled[member - 1] + rng.integers(300, 1800, len(member)))
    return member, ts


def build(
    rng: np.random.Generator, people: Members, until: dt.date, per_member: float, shop: basket.Catalogue
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

    bought = basket.lines(rng, people.buyers, member, ts, shop)
    lines, line_sale, line_total = bought.table, bought.sale, bought.total
    subtotal = group_sum(line_sale, line_total, s)
    discount = np.where(rng.random(s) < 0.05, pick(rng, [1000, 2000, 5000], s).astype(np.int64), 0)
    discount = np.minimum(discount, subtotal // 2 // 100 * 100)
    total = subtotal - discount

    payments = _payments(rng, total)
    # a walk-in has no stored value of their own: what a balance paid was a gift card
    paid_by = payments.columns["method"]
    walk_in = (member[payments.columns["sale_id"] - 1] == 0) & (paid_by == "stored_value")
    payments.columns["method"] = np.where(walk_in, "gift_card", paid_by)
    first_method = payments.columns["method"][
        np.searchsorted(payments.columns["sale_id"], np.arange(1, s + 1))
    ]
    returns_tables, ret = _returns(rng, member, ts, staff, bought, first_method, end, total)

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
    points = _points(rng, people, member, ts, staff, earned, redeemed, ret, total, gifts)
    # the last 31 December's expiry run, from a child generator: the rest of the store is drawn
    # as before it existed
    child = np.random.default_rng(rng.bit_generator.seed_seq.spawn(1)[0])  # type: ignore[attr-defined]
    points, _ = rewards.expire_points(child, points, end)
    stats = _stats(member, ts, spend, points, n)
    ledger = Ledger(
        ts, member, staff, line_sale, bought.category, bought.description, bought.item, tiers, spend
    )
    return [sales, lines, payments, *returns_tables, points, stats], ledger


def _payments(rng: np.random.Generator, total: np.ndarray) -> Table:
    s = len(total)
    method = pick(rng, PAYMENT_METHODS, s, PAYMENT_WEIGHTS)
    # a balance pays the whole sale: the demo never splits a stored-value payment
    split = (rng.random(s) < 0.08) & (total >= 2000) & (method != "stored_value")
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


RULES = SalesRules()


def _returns(
    rng: np.random.Generator,
    member: np.ndarray,
    ts: np.ndarray,
    staff: np.ndarray,
    bought: basket.Lines,
    first_method: np.ndarray,
    end: int,
    total: np.ndarray,
) -> tuple[list[Table], dict[str, np.ndarray]]:
    """Returns of one line of about one member sale in thirty, for a reason that fits the goods.

    Most come back within the store's return window; a late one, or one refunding more than
    the limit, carries a supervisor's approval as the counter would have asked for it."""
    lines, line_sale, line_total = bought.table, bought.sale, bought.total
    candidates = np.flatnonzero(member > 0)
    chosen = np.sort(rng.choice(candidates, size=int(len(candidates) * 0.03), replace=False))
    after = np.where(
        rng.random(len(chosen)) < 0.9,
        rng.integers(1, RULES.return_window_days + 1, len(chosen)),
        rng.integers(RULES.return_window_days + 1, 20, len(chosen)),
    )
    when = ts[chosen] + after * DAY + rng.integers(-3600, 3600, len(chosen))
    keep = when < end * DAY - CHINA
    chosen, when = chosen[keep], when[keep]
    first_line = np.searchsorted(line_sale, chosen)
    n_lines = np.searchsorted(line_sale, chosen, side="right") - first_line
    line = first_line + (rng.random(len(chosen)) * n_lines).astype(int)
    quantity = lines.columns["quantity"][line]
    # never more than the sale took (a discount on the receipt can leave less than the line)
    refund = np.minimum(line_total[line] // quantity, total[chosen])
    order = np.argsort(when, kind="stable")
    chosen, when, line, refund = chosen[order], when[order], line[order], refund[order]
    r = len(chosen)
    rtype, reason = _return_reasons(rng, bought.category[line])
    late = (when - ts[chosen]) // DAY > RULES.return_window_days
    large = refund > RULES.refund_limit_fen
    approved = np.where(late | large, pick(rng, SUPERVISOR_IDS, r), 0)
    note = np.where(late, "超过退货期限，主管同意", np.where(large, "退款金额较大，主管同意", ""))
    ret = Table("returns")
    ret.add("id", np.arange(1, r + 1))
    ret.add("uid", uids(rng, r), "uid")
    ret.add("store_id", np.full(r, STORE_ID))
    ret.add("return_no", np.arange(1, r + 1), "code:T:8")
    ret.add("sale_id", chosen + 1)
    ret.add("member_id", member[chosen])
    ret.add("staff_id", staff[chosen])
    ret.add("approved_by_id", approved, "null_int")
    ret.add("approval_note", note)
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


def _return_reasons(rng: np.random.Generator, category: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A return type and reason for each returned line, among those its goods can have
    (no lipstick comes back for pinching the toes)."""
    r = len(category)
    kind = np.array([V.RETURN_GOODS.get(c, "clothes") for c in category.tolist()], dtype=object)
    rtype = np.empty(r, dtype=object)
    reason = np.empty(r, dtype=object)
    for goods_kind in set(kind.tolist()):
        here = np.flatnonzero(kind == goods_kind)
        types = [t for t in V.RETURN_TYPE_WEIGHTS if V.RETURN_REASONS[t].get(goods_kind)]
        rtype[here] = pick(rng, types, len(here), [V.RETURN_TYPE_WEIGHTS[t] for t in types])
        x = rng.integers(0, 99, len(here)).tolist()
        reasons = [V.RETURN_REASONS[t][goods_kind] for t in rtype[here].tolist()]
        reason[here] = [options[i % len(options)] for options, i in zip(reasons, x, strict=True)]
    return rtype, reason


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
    people: Members,
    member: np.ndarray,
    ts: np.ndarray,
    staff: np.ndarray,
    earned: np.ndarray,
    redeemed: np.ndarray,
    ret: dict[str, np.ndarray],
    total: np.ndarray,
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
    n = people.n
    adjust = rng.choice(np.arange(1, n + 1), size=max(1, n // 1000), replace=False)
    adjust_ts = (
        ts.max() - rng.integers(0, 300, len(adjust)) * DAY
        if len(ts)
        else np.zeros(len(adjust), dtype=np.int64)
    )
    # points made up for an event the member came to: never before they enrolled
    adjust_ts = np.maximum(adjust_ts, people.enrolled[adjust - 1] + DAY)
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
