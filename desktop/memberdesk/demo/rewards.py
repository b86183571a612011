"""Coupons, a points expiry run and the yearly tier review in the demo store.

- Coupons: the store's templates (满100减10, 满200减20, 满500减50, a birthday coupon, a welcome
  coupon); a discounted member sale that reaches a template's minimum spend was a coupon used
  (issued a few days before, its use event on the sale); members had birthday coupons in the
  last year and new members welcome coupons, some still to use and some expired unused.
- Points expire at the end of the year after they were earned (the store's setting): the run
  of the last 31 December takes, first in first out, what each member had not used, never
  more than the member holds at the end, so no balance goes below zero.
- The yearly review of 1 January moved members up from regular to the tier they hold, with
  the 12-month spend as its reason, as ``services/rewards/tiers.py`` words it.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from memberdesk.demo.basket import CHINA, DAY
from memberdesk.demo.columns import Table, group_sum, pick, uids
from memberdesk.demo.people import COUNTER_STAFF_IDS, STORE_ID
from memberdesk.domain.coupons import CODE_ALPHABET, CODE_LENGTH, CODE_PREFIX

MANAGER_ID = 1
# id, name, purpose, amount (fen), minimum spend (fen), valid days
TEMPLATES = (
    (1, "满100减10", "campaign", 10_00, 100_00, 30),
    (2, "满200减20", "campaign", 20_00, 200_00, 30),
    (3, "满500减50", "campaign", 50_00, 500_00, 30),
    (4, "生日券 ¥50", "birthday", 50_00, 0, 30),
    (5, "新人礼券 满200减20", "welcome", 20_00, 200_00, 30),
)
BY_DISCOUNT = {10_00: 1, 20_00: 2, 50_00: 3}


def _day(ts: np.ndarray | int) -> np.ndarray:
    """The local (China) day number of epoch seconds."""
    return (np.asarray(ts, dtype=np.int64) + CHINA) // DAY


def expire_points(rng: np.random.Generator, points: Table, end: int) -> tuple[Table, dt.date | None]:
    """The points ledger with the last 31 December's expiry entries in it, in time order."""
    until = dt.date(1970, 1, 1) + dt.timedelta(days=end)
    year = until.year if until == dt.date(until.year, 12, 31) else until.year - 1
    run_day = dt.date(year, 12, 31)
    run_ts = (run_day - dt.date(1970, 1, 1)).days * DAY + 23 * 3600 - CHINA
    c = points.columns
    member = np.asarray(c["member_id"], dtype=np.int64)
    ts = np.asarray(c["created_at"], dtype=np.int64)
    delta = np.asarray(c["delta"], dtype=np.int64)
    if not len(member) or ts.min() >= run_ts:
        return points, None
    n = int(member.max()) + 1
    before = ts < run_ts
    limit = (dt.date(year, 1, 1) - dt.date(1970, 1, 1)).days
    earned = group_sum(
        member[before & (delta > 0) & (_day(ts) < limit)], delta[before & (delta > 0) & (_day(ts) < limit)], n
    )
    used = group_sum(member[before & (delta < 0)], -delta[before & (delta < 0)], n)
    held = group_sum(member[before], delta[before], n)
    final = group_sum(member, delta, n)
    expired = np.minimum(np.maximum(np.minimum(held, earned - used), 0), np.maximum(final, 0))
    who = np.flatnonzero(expired > 0)
    if not len(who):
        return points, run_day
    add = {
        "member_id": who,
        "created_at": np.full(len(who), run_ts, dtype=np.int64),
        "delta": -expired[who],
        "source": np.full(len(who), "expiry", dtype=object),
        "reason": np.full(len(who), f"expiry {run_day.isoformat()}", dtype=object),
        "sale_id": np.zeros(len(who), dtype=np.int64),
        "return_id": np.zeros(len(who), dtype=np.int64),
        "staff_id": np.zeros(len(who), dtype=np.int64),
    }
    merged = {k: np.concatenate([np.asarray(c[k]), add[k]]) for k in add}
    order = np.argsort(merged["created_at"], kind="stable")
    table = Table("points_entries")
    table.add("id", np.arange(1, len(order) + 1))
    table.add("uid", uids(rng, len(order)), "uid")
    table.add("member_id", merged["member_id"][order].astype(np.int64))
    table.add("created_at", merged["created_at"][order].astype(np.int64), "ts")
    table.add("delta", merged["delta"][order].astype(np.int64))
    table.add("source", merged["source"][order])
    table.add("reason", merged["reason"][order])
    table.add("sale_id", merged["sale_id"][order].astype(np.int64), "null_int")
    table.add("return_id", merged["return_id"][order].astype(np.int64), "null_int")
    table.add("staff_id", merged["staff_id"][order].astype(np.int64), "null_int")
    return table, run_day


def _codes(rng: np.random.Generator, n: int) -> list[str]:
    alphabet = np.array(list(CODE_ALPHABET))
    drawn = alphabet[rng.integers(0, len(alphabet), size=(n, CODE_LENGTH))]
    codes = [CODE_PREFIX + "".join(row) for row in drawn.tolist()]
    seen: set[str] = set()
    out = []
    for code in codes:  # a repeat is astronomically rare; make it unique all the same
        while code in seen:
            code = code[:-1] + CODE_ALPHABET[(CODE_ALPHABET.index(code[-1]) + 1) % len(CODE_ALPHABET)]
        seen.add(code)
        out.append(code)
    return out


def coupons(
    rng: np.random.Generator,
    tables: dict[str, Table],
    enrolled: np.ndarray,
    end: int,
    created: int,
) -> list[Table]:
    """Coupon templates, coupons and their use events (see the module text)."""
    sales = tables["sales"].columns
    member = np.asarray(sales["member_id"], dtype=np.int64)
    discount = np.asarray(sales["discount_fen"], dtype=np.int64)
    subtotal = np.asarray(sales["subtotal_fen"], dtype=np.int64)
    ts = np.asarray(sales["created_at"], dtype=np.int64)
    staff = np.asarray(sales["staff_id"], dtype=np.int64)
    minimum = {d: TEMPLATES[t - 1][4] for d, t in BY_DISCOUNT.items()}
    used = [
        i
        for i in np.flatnonzero((member > 0) & np.isin(discount, list(BY_DISCOUNT))).tolist()
        if subtotal[i] >= minimum[int(discount[i])]
    ]
    rows: list[
        tuple[int, int, int, int, str, int, bool]
    ] = []  # template, member, issued, valid_from, key, staff, used
    events: list[tuple[int, int, int, int]] = []  # coupon index, sale id, discount, staff
    keys: set[tuple[int, int, str]] = set()
    for i in used:
        template = BY_DISCOUNT[int(discount[i])]
        issued = max(int(ts[i]) - int(rng.integers(1, 21)) * DAY, int(enrolled[member[i] - 1]) + 60)
        key = f"campaign {int(_day(issued))}"
        if (template, int(member[i]), key) in keys:
            continue
        keys.add((template, int(member[i]), key))
        events.append((len(rows), i + 1, int(discount[i]), int(staff[i])))
        rows.append((template, int(member[i]), issued, int(_day(issued)), key, MANAGER_ID, True))
    n = len(enrolled)
    year_ago = (end - 365) * DAY
    for m in np.flatnonzero(rng.random(n) < 0.12).tolist():  # birthday coupons of the last year
        issued = max(int(rng.integers(year_ago, end * DAY - 3600)), int(enrolled[m]) + 60)
        year = (dt.date(1970, 1, 1) + dt.timedelta(days=int(_day(issued)))).year
        rows.append((4, m + 1, issued, int(_day(issued)), f"birthday {year}", 0, False))
    for m in np.flatnonzero(enrolled >= (end - 150) * DAY).tolist():  # welcome coupons of new members
        issued = int(enrolled[m]) + 120
        rows.append(
            (5, m + 1, issued, int(_day(issued)), "welcome", int(pick(rng, COUNTER_STAFF_IDS, 1)[0]), False)
        )
    c = len(rows)
    t = Table("coupon_templates")
    t.add("id", [x[0] for x in TEMPLATES])
    t.add("uid", uids(rng, len(TEMPLATES)), "uid")
    t.add("store_id", [STORE_ID] * len(TEMPLATES))
    t.add("name", [x[1] for x in TEMPLATES])
    t.add("purpose", [x[2] for x in TEMPLATES])
    t.add("kind", ["amount_off"] * len(TEMPLATES))
    t.add("amount_fen", [x[3] for x in TEMPLATES])
    t.add("percent_off", [0] * len(TEMPLATES))
    t.add("cap_fen", [0] * len(TEMPLATES))
    t.add("min_spend_fen", [x[4] for x in TEMPLATES])
    t.add("valid_from", [None] * len(TEMPLATES))
    t.add("valid_to", [None] * len(TEMPLATES))
    t.add("valid_days", [x[5] for x in TEMPLATES])
    t.add("categories", [""] * len(TEMPLATES))
    t.add("tiers", [""] * len(TEMPLATES))
    t.add("stackable", [False] * len(TEMPLATES), "bool")
    t.add("active", [True] * len(TEMPLATES), "bool")
    t.add("created_at", [created] * len(TEMPLATES), "ts")
    t.add("created_by_id", [MANAGER_ID] * len(TEMPLATES), "null_int")
    days = {x[0]: x[5] for x in TEMPLATES}
    cp = Table("coupons")
    cp.add("id", list(range(1, c + 1)))
    cp.add("uid", uids(rng, c), "uid")
    cp.add("store_id", [STORE_ID] * c)
    cp.add("template_id", [r[0] for r in rows])
    cp.add("member_id", [r[1] for r in rows], "null_int")
    cp.add("code", _codes(rng, c))
    cp.add("issue_key", [r[4] for r in rows])
    cp.add("issued_at", [r[2] for r in rows], "ts")
    cp.add("issued_by_id", [r[5] for r in rows], "null_int")
    cp.add("valid_from", np.array([r[3] for r in rows], dtype=np.int64), "date")
    cp.add("valid_to", np.array([r[3] + days[r[0]] - 1 for r in rows], dtype=np.int64), "date")
    cp.add("note", [""] * c)
    cp.add("used", [r[6] for r in rows], "bool")
    ev = Table("coupon_events")
    ev.add("id", list(range(1, len(events) + 1)))
    ev.add("uid", uids(rng, len(events)), "uid")
    ev.add("coupon_id", [e[0] + 1 for e in events])
    ev.add("kind", ["use"] * len(events))
    ev.add("sale_id", [e[1] for e in events])
    ev.add("discount_fen", [e[2] for e in events])
    ev.add("at", [int(ts[e[1] - 1]) for e in events], "ts")
    ev.add("staff_id", [e[3] for e in events], "null_int")
    return [t, cp, ev]


def tier_changes(
    rng: np.random.Generator, tables: dict[str, Table], tiers: np.ndarray, enrolled: np.ndarray, end: int
) -> Table:
    """The 1 January review before ``end``: each member above regular moved up to their tier."""
    until = dt.date(1970, 1, 1) + dt.timedelta(days=end)
    review = dt.date(until.year, 1, 1)
    at = (review - dt.date(1970, 1, 1)).days * DAY + 9 * 3600 - CHINA
    sales, ret = tables["sales"].columns, tables["returns"].columns
    n = len(tiers)
    s_ts = np.asarray(sales["created_at"], dtype=np.int64)
    s_in = (s_ts >= at - 365 * DAY) & (s_ts < at)
    r_ts = np.asarray(ret["created_at"], dtype=np.int64)
    r_in = (r_ts >= at - 365 * DAY) & (r_ts < at)
    spend = group_sum(np.asarray(sales["member_id"])[s_in], np.asarray(sales["total_fen"])[s_in], n + 1)[1:]
    spend -= group_sum(np.asarray(ret["member_id"])[r_in], np.asarray(ret["refund_total_fen"])[r_in], n + 1)[
        1:
    ]
    moved = np.flatnonzero((np.asarray(tiers) != "regular") & (enrolled < at))
    table = Table("tier_changes")
    table.add("id", np.arange(1, len(moved) + 1))
    table.add("uid", uids(rng, len(moved)), "uid")
    table.add("member_id", moved + 1)
    table.add("at", np.full(len(moved), at, dtype=np.int64), "ts")
    table.add("from_tier", ["regular"] * len(moved))
    table.add("to_tier", [str(t) for t in np.asarray(tiers)[moved].tolist()])
    table.add(
        "reason",
        [f"yearly review: 12-month spend ¥{max(int(f), 0) / 100:,.2f}" for f in spend[moved].tolist()],
    )
    table.add("review_key", [str(review.year)] * len(moved))
    table.add("staff_id", [MANAGER_ID] * len(moved), "null_int")
    return table


def settings(end: int) -> Table:
    """The store's choices the demo follows: points expire at the end of the following year;
    the care calendar gives the birthday and welcome coupons."""
    until = dt.date(1970, 1, 1) + dt.timedelta(days=end)
    values = {
        "rewards.expiry": json.dumps({"months": 24, "rule": "end_of_next_year"}, sort_keys=True),
        "care.coupons": json.dumps(
            {"birthday_template": 4, "birthday_window": "month", "welcome_since": until.isoformat(),
             "welcome_template": 5},
            sort_keys=True,
        ),
    }  # fmt: skip
    table = Table("settings")
    table.add("store_id", [STORE_ID] * len(values))
    table.add("key", list(values))
    table.add("value", list(values.values()))
    table.add("updated_at", [(end - 400) * DAY] * len(values), "ts")
    table.add("updated_by_id", [MANAGER_ID] * len(values), "null_int")
    return table
