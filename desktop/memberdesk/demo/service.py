"""Complaints in every status, visits with satisfaction, after-sales, suggestions, events."""

from __future__ import annotations

import numpy as np

from memberdesk.demo import goods as G
from memberdesk.demo import vocabulary as V
from memberdesk.demo.columns import Table, pick, uids
from memberdesk.demo.ledger import CHINA, DAY, Ledger
from memberdesk.demo.people import COUNTER_STAFF_IDS, COUNTER_STAFF_WEIGHTS, STORE_ID, SUPERVISOR_IDS

STATUSES = ("open", "handling", "resolved", "followed_up", "closed")
GAPS = ("promotion", "understanding", "procedure", "behaviour", "perception")
GAP_BY_CATEGORY = {
    "product_quality": "procedure",
    "service_attitude": "behaviour",
    "price": "promotion",
    "environment": "understanding",
    "waiting": "procedure",
    "after_sales": "behaviour",
    "other": "perception",
}


def complaints(rng: np.random.Generator, ledger: Ledger, n_members: int, end: int) -> list[Table]:
    """About one complaint per fifty members, every status present, steps consistent."""
    count = max(len(STATUSES) * 2, n_members // 50)
    status = np.array([STATUSES[i % len(STATUSES)] for i in range(count)], dtype=object)
    status[len(STATUSES) * 2 :] = pick(rng, STATUSES, count - len(STATUSES) * 2, [8, 7, 15, 15, 55])
    recent = np.isin(status, ("open", "handling"))
    age_days = np.where(recent, rng.integers(0, 10, count), rng.integers(12, 700, count))
    opened = (end - age_days).astype(np.int64) * DAY + rng.integers(10 * 3600, 21 * 3600, count) - CHINA
    order = np.argsort(opened, kind="stable")
    status, opened = status[order], opened[order]
    categories = list(V.COMPLAINTS)
    category = pick(rng, categories, count, [20, 25, 15, 10, 10, 12, 8])
    description = np.array(
        [
            V.COMPLAINTS[c][x % len(V.COMPLAINTS[c])]
            for c, x in zip(category.tolist(), rng.integers(0, 99, count).tolist(), strict=True)
        ],
        dtype=object,
    )
    # the customer of a sale before the complaint (a walk-in's complaint has no member)
    member = np.where(rng.random(count) < 0.9, _customer_before(rng, ledger, opened), 0)
    has_member = member > 0
    severity = pick(rng, ["low", "medium", "high"], count, [40, 45, 15])
    opener = pick(rng, COUNTER_STAFF_IDS, count, COUNTER_STAFF_WEIGHTS)
    handler = pick(rng, SUPERVISOR_IDS, count)
    stage = np.array([STATUSES.index(s) for s in status.tolist()])
    handled = opened + rng.integers(600, 4 * 3600, count)
    resolved = handled + rng.integers(3600, 3 * DAY, count)
    followed = resolved + rng.integers(DAY, 5 * DAY, count)
    closed = followed + rng.integers(3600, 2 * DAY, count)
    unfollowed, badly = _not_followed_up(ledger, member, status, end)
    compensation = np.where(
        (stage >= 2) & (rng.random(count) < 0.4), pick(rng, [2000, 5000, 10000, 20000], count), 0
    )

    table = Table("complaints")
    table.add("id", np.arange(1, count + 1))
    table.add("uid", uids(rng, count), "uid")
    table.add("store_id", np.full(count, STORE_ID))
    table.add("complaint_no", [f"C{i:07d}" for i in range(1, count + 1)])
    table.add("member_id", member, "null_int")
    table.add("customer_name", np.where(has_member, "", "散客"))
    table.add("customer_phone", [""] * count)
    table.add("category", category)
    table.add("service_gap", np.array([GAP_BY_CATEGORY[c] for c in category.tolist()], dtype=object))
    table.add("severity", severity)
    table.add("description", description)
    table.add("customer_request", pick(rng, V.COMPLAINT_REQUESTS, count))
    table.add("sale_id", [None] * count)
    table.add("return_id", [None] * count)
    table.add("status", status)
    table.add("opened_by_id", opener)
    table.add("opened_at", opened, "ts")
    table.add("handler_id", np.where(stage >= 1, handler, 0), "null_int")
    table.add("resolution", np.where(stage >= 2, pick(rng, V.RESOLUTIONS, count), ""))
    table.add("compensation_fen", compensation)
    table.add("resolved_at", np.where(stage >= 2, resolved, 0), "ts_null")
    note = np.where(badly, "电话回访，顾客仍不满意", "电话回访，顾客表示满意")
    table.add("follow_up_note", np.where((stage >= 3) & ~unfollowed, note, ""))
    rating = np.where(badly, 1 + (np.arange(count) % 2), rng.integers(3, 6, count))
    table.add("satisfaction_after", np.where((stage >= 3) & ~unfollowed, rating, 0), "null_int")
    table.add("closed_at", np.where(stage >= 4, closed, 0), "ts_null")

    steps_rows: list[tuple[int, int, int, str | None, str, str]] = []
    times = (opened, handled, resolved, followed, closed)
    notes = ("登记投诉", "主管接手处理", "已与顾客达成处理方案", "已电话回访", "结案")
    for i in range(count):
        for k in range(stage[i] + 1):
            if k == 3 and unfollowed[i]:  # closed without the follow-up call
                continue
            who = int(opener[i]) if k == 0 else int(handler[i])
            steps_rows.append(
                (i + 1, int(times[k][i]), who, _came_from(k, bool(unfollowed[i])), STATUSES[k], notes[k])
            )
    steps = Table("complaint_steps")
    steps.add("id", np.arange(1, len(steps_rows) + 1))
    steps.add("complaint_id", [r[0] for r in steps_rows])
    steps.add("at", np.array([r[1] for r in steps_rows], dtype=np.int64), "ts")
    steps.add("staff_id", [r[2] for r in steps_rows])
    steps.add("from_status", [r[3] for r in steps_rows])
    steps.add("to_status", [r[4] for r in steps_rows])
    steps.add("note", [r[5] for r in steps_rows])
    steps.add("approved_by_id", [None] * len(steps_rows))
    return [table, steps]


def _came_from(k: int, unfollowed: bool) -> str | None:
    if k == 0:
        return None
    return STATUSES[2] if k == 4 and unfollowed else STATUSES[k - 1]


def _not_followed_up(
    ledger: Ledger, member: np.ndarray, status: np.ndarray, end: int
) -> tuple[np.ndarray, np.ndarray]:
    """Which complaints were closed without a follow-up call (half the closed ones of members
    who have since lapsed: the win-back list's apology tasks) and which follow-ups found the
    customer still unhappy (one in eight). Drawn from their own generator, so the rest of the
    store stays as it was."""
    own = np.random.default_rng(len(member))
    last = np.zeros(int(max(member.max(initial=0), ledger.sale_member.max(initial=0))) + 1, dtype=np.int64)
    known = ledger.sale_member > 0
    np.maximum.at(last, ledger.sale_member[known], ledger.sale_ts[known])
    lapsed = (member > 0) & (last[member] < (end - 180) * DAY - CHINA)
    closed = status == "closed"
    unfollowed = closed & lapsed & (own.random(len(member)) < 0.5)
    if not unfollowed.any() and (closed & lapsed).any():
        unfollowed[np.flatnonzero(closed & lapsed)[0]] = True
    badly = ~unfollowed & (own.random(len(member)) < 0.125)
    return unfollowed, badly


def _customer_before(rng: np.random.Generator, ledger: Ledger, when: np.ndarray) -> np.ndarray:
    """The member (0 = a walk-in) of a sale some time before each of ``when``."""
    before = np.searchsorted(ledger.sale_ts, when)
    index = (rng.random(len(when)) * before).astype(np.int64)
    return np.where(before > 0, ledger.sale_member[np.minimum(index, len(ledger.sale_ts) - 1)], 0)


def visits(rng: np.random.Generator, ledger: Ledger) -> Table:
    """A satisfaction record (expected and perceived, 1-5) for about one sale in twenty."""
    chosen = np.flatnonzero(rng.random(len(ledger.sale_ts)) < 0.05)
    v = len(chosen)
    expected = rng.integers(3, 6, v)
    perceived = np.clip(expected + rng.integers(-2, 2, v), 1, 5)
    table = Table("visits")
    table.add("id", np.arange(1, v + 1))
    table.add("uid", uids(rng, v), "uid")
    table.add("store_id", np.full(v, STORE_ID))
    table.add("member_id", ledger.sale_member[chosen], "null_int")
    table.add("staff_id", ledger.sale_staff[chosen])
    table.add("started_at", ledger.sale_ts[chosen] - rng.integers(300, 1800, v), "ts")
    table.add("ended_at", ledger.sale_ts[chosen] + 120, "ts")
    table.add("expected", expected)
    table.add("perceived", perceived)
    table.add("comment", pick(rng, V.VISIT_COMMENTS, v))
    return table


def service_records(rng: np.random.Generator, ledger: Ledger, end: int) -> Table:
    """Alterations and repairs promised for some lines: most done, some due, some overdue.

    Only for goods where the work makes sense: trousers shortened, a dress taken in, a heel
    mended; never a T-shirt's hem or a lipstick."""
    work = [G.AFTER_SALES.get(item.name) for item in G.ITEMS]
    fits = np.array([w is not None for w in work])[ledger.line_item]
    chosen = np.flatnonzero(fits & (rng.random(len(fits)) < 0.005))
    k = len(chosen)
    sale = ledger.line_sale[chosen]
    sold = ledger.sale_ts[sale]
    kind = np.array([w[0] if w else "" for w in work], dtype=object)[ledger.line_item[chosen]]
    what = np.array([w[1] if w else "" for w in work], dtype=object)[ledger.line_item[chosen]]
    promised_day = sold // DAY + rng.integers(3, 10, k)
    open_one = promised_day >= end - 10
    status = np.where(open_one, pick(rng, ["pending", "in_progress", "done"], k, [45, 35, 20]), "done")
    done_at = np.where(status == "done", np.minimum(promised_day * DAY, end * DAY - CHINA - 3600), 0)
    table = Table("service_records")
    table.add("id", np.arange(1, k + 1))
    table.add("uid", uids(rng, k), "uid")
    table.add("store_id", np.full(k, STORE_ID))
    table.add("member_id", ledger.sale_member[sale], "null_int")
    table.add("sale_line_id", chosen + 1)
    table.add("kind", kind)
    table.add(
        "description", np.char.add(what.astype(str), ("：" + ledger.line_description[chosen]).astype(str))
    )
    table.add("promised_date", promised_day, "date")
    table.add("status", status)
    table.add("handler_id", pick(rng, COUNTER_STAFF_IDS, k), "null_int")
    table.add("created_by_id", ledger.sale_staff[sale])
    table.add("created_at", sold + 60, "ts")
    table.add("done_at", done_at, "ts_null")
    table.add("note", [""] * k)
    return table


def suggestions(rng: np.random.Generator, ledger: Ledger, n_members: int, end: int) -> Table:
    """Suggestions left at the counter, each by a member who had shopped here before."""
    k = max(3, n_members // 200)
    created = np.sort((end - rng.integers(1, 700, k)).astype(np.int64) * DAY + 5 * 3600)
    member = _customer_before(rng, ledger, created)
    table = Table("suggestions")
    table.add("id", np.arange(1, k + 1))
    table.add("store_id", np.full(k, STORE_ID))
    table.add("member_id", member, "null_int")
    table.add("staff_id", pick(rng, COUNTER_STAFF_IDS, k))
    table.add("created_at", created, "ts")
    table.add("text", pick(rng, V.SUGGESTIONS, k))
    return table


def events(rng: np.random.Generator, ledger: Ledger, end: int) -> list[Table]:
    """A past new-season evening (named for the season it was held in) and an appreciation
    party (答谢会) in ten days, for top members."""
    table = Table("member_events")
    starts = np.array([(end - 40) * DAY + 11 * 3600, (end + 10) * DAY + 11 * 3600], dtype=np.int64)
    month = int(np.datetime64(end - 40, "D").astype("datetime64[M]").astype(np.int64) % 12)
    season = ("冬季", "冬季", "春季", "春季", "春季", "夏季", "夏季", "夏季", "秋季", "秋季", "秋季", "冬季")[
        month
    ]
    table.add("id", [1, 2])
    table.add("uid", uids(rng, 2), "uid")
    table.add("store_id", [STORE_ID, STORE_ID])
    table.add("title", [f"{season}新品品鉴会", "VIP 会员答谢会"])
    table.add("starts_at", starts, "ts")
    table.add("location", ["三楼活动厅", "三楼活动厅"])
    table.add("rsvp_contact", ["服务台 0571-88886666", "王经理 0571-88886666 转 8"])
    table.add("description", ["新品抢先试穿，现场八五折", "感谢一路相伴：茶歇、抽奖与专属礼品"])
    table.add("capacity", [150, 80])
    table.add("created_by_id", [1, 1])
    best = np.argsort(-ledger.spend_fen, kind="stable")[: min(200, len(ledger.spend_fen))] + 1
    inv = Table("event_invitations")
    k = len(best)
    inv.add("id", np.arange(1, 2 * k + 1))
    inv.add("event_id", np.r_[np.ones(k, dtype=np.int64), np.full(k, 2)])
    inv.add("member_id", np.r_[best, best])
    inv.add("invited_at", np.r_[np.full(k, starts[0] - 14 * DAY), np.full(k, (end - 2) * DAY)], "ts")
    inv.add("invited_by_id", np.ones(2 * k, dtype=np.int64))
    # the past evening: half came (having said yes), a fifth said no, the rest never answered,
    # and a few said yes but did not come; the party ahead: some yes, some no, most not yet
    past = pick(rng, ["came", "missed", "declined", ""], k, [50, 8, 20, 22])
    ahead = pick(rng, ["accepted", "declined", ""], k, [35, 10, 55])
    said = np.r_[past, ahead]
    replied = np.flatnonzero(said != "")
    rep = Table("event_replies")
    rep.add("id", np.arange(1, len(replied) + 1))
    rep.add("uid", uids(rng, len(replied)), "uid")
    rep.add("event_id", inv.columns["event_id"][replied])
    rep.add("member_id", inv.columns["member_id"][replied])
    rep.add("reply", np.where(said[replied] == "declined", "not_coming", "coming"))
    rep.add(
        "recorded_at",
        inv.columns["invited_at"][replied] + 2 * DAY + rng.integers(0, 8 * 3600, len(replied)),
        "ts",
    )
    rep.add("recorded_by_id", pick(rng, COUNTER_STAFF_IDS, len(replied)))
    came = np.flatnonzero(past == "came")
    walk_ins = np.setdiff1d(np.arange(1, len(ledger.spend_fen) + 1), best)[:6]
    att = Table("event_attendance")
    n = len(came) + len(walk_ins)
    att.add("id", np.arange(1, n + 1))
    att.add("uid", uids(rng, n), "uid")
    att.add("event_id", np.ones(n, dtype=np.int64))
    att.add("member_id", np.r_[best[came], walk_ins])
    att.add("checked_in_at", starts[0] - 10 * 60 + rng.integers(0, 50 * 60, n), "ts")
    att.add("checked_in_by_id", pick(rng, COUNTER_STAFF_IDS, n))
    att.add("walk_in", np.r_[np.zeros(len(came), dtype=bool), np.ones(len(walk_ins), dtype=bool)])
    return [table, inv, rep, att]
