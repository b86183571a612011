"""Member money in the demo store: stored-value accounts, gift cards, their ledgers.

Every stored-value payment of the demo's till is paid from a balance that was topped up
before it (at the same visit, a few minutes earlier, when the balance would not cover the
sale), a return of such a sale goes back to that balance, and a few members had their
principal paid back by the manager. A walk-in who paid from a balance paid with a gift card
sold some days before. Splits, bonuses and forfeits follow the store's default rules
(``domain/wallet.py``), so ``memberdesk db check`` finds every balance the sum of its entries.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from memberdesk.demo.columns import Table, uids
from memberdesk.demo.people import COUNTER_STAFF_IDS, STORE_ID
from memberdesk.domain.wallet import (
    Split,
    WalletRules,
    bonus_for,
    forfeit_on_withdrawal,
    split_refund,
    split_spend,
)

DAY = 86_400
RULES = WalletRules()
MANAGER_ID = 1
TOPUP_STEPS_FEN = (500_00, 1_000_00, 2_000_00, 3_000_00, 5_000_00)
CARD_FACES_FEN = (200_00, 300_00, 500_00, 1_000_00, 2_000_00)
CASH_LIKE = ("wechat", "alipay", "bank_card", "cash")
CASH_WEIGHTS = (45, 30, 15, 10)
WITHDRAW_REASONS = ("搬家离开本市", "会员要求退还余额", "长期不来店，退回储值")


@dataclass
class Till:
    """What the till's history says about stored value (sale indexes are 0-based)."""

    sale_ts: np.ndarray
    sale_member: np.ndarray  # 0 = walk-in
    sale_staff: np.ndarray
    paid_sale: np.ndarray  # sale index of each stored-value payment
    paid_fen: np.ndarray
    return_sale: np.ndarray  # sale index of each stored-value refund
    return_id: np.ndarray
    return_fen: np.ndarray
    return_ts: np.ndarray
    return_staff: np.ndarray
    enrolled: np.ndarray  # per member index, epoch seconds


@dataclass
class _Book:
    """The entries as they are written, one list per column."""

    rows: list[tuple[int, int, str, int, int, int, str, int, int, int, int, str]] = field(
        default_factory=list
    )
    wallets: list[tuple[str, int, str, int, int, int]] = field(default_factory=list)

    def open(self, kind: str, member_id: int, card_code: str, created: int) -> int:
        self.wallets.append((kind, member_id, card_code, created, 0, 0))
        return len(self.wallets)

    def add(
        self,
        wallet: int,
        ts: int,
        kind: str,
        part: Split,
        *,
        money: int = 0,
        method: str = "",
        sale: int = 0,
        ret: int = 0,
        staff: int = 0,
        approved: int = 0,
        reason: str = "",
    ) -> None:
        self.rows.append(
            (
                wallet,
                ts,
                kind,
                part.principal_fen,
                part.bonus_fen,
                money,
                method,
                sale,
                ret,
                staff,
                approved,
                reason,
            )
        )
        kind_, member, code, created, p, b = self.wallets[wallet - 1]
        self.wallets[wallet - 1] = (kind_, member, code, created, p + part.principal_fen, b + part.bonus_fen)


def till_of(tables: list[Table], enrolled: np.ndarray) -> Till:
    """The stored-value payments and refunds among the ledger's tables."""
    by = {t.name: t.columns for t in tables}
    sales, pay, ret, ref = by["sales"], by["payments"], by["returns"], by["refunds"]
    balances = ["stored_value", "gift_card"]
    paid = np.isin(np.asarray(pay["method"]), balances)
    back = np.isin(np.asarray(ref["method"]), balances)
    return Till(
        sale_ts=np.asarray(sales["created_at"]),
        sale_member=np.asarray(sales["member_id"]),
        sale_staff=np.asarray(sales["staff_id"]),
        paid_sale=np.asarray(pay["sale_id"])[paid] - 1,
        paid_fen=np.asarray(pay["amount_fen"])[paid],
        return_sale=np.asarray(ret["sale_id"])[back] - 1,
        return_id=np.asarray(ret["id"])[back],
        return_fen=np.asarray(ref["amount_fen"])[back],
        return_ts=np.asarray(ret["created_at"])[back],
        return_staff=np.asarray(ret["staff_id"])[back],
        enrolled=enrolled,
    )


def _topup_amount(need: int, r: random.Random) -> int:
    """What a member pays in when the balance falls ``need`` short: the next step up, at times
    the one above it (a clerk points at the bigger bonus)."""
    steps = [s for s in TOPUP_STEPS_FEN if s >= need]
    if not steps:
        return -(-need // 1_000_00) * 1_000_00
    return steps[1] if len(steps) > 1 and r.random() < 0.35 else steps[0]


def build(rng: np.random.Generator, till: Till, end: int) -> tuple[list[Table], dict[str, int]]:
    """The wallets and their entries, and the next top-up and withdrawal numbers."""
    r = random.Random(int(rng.integers(0, 2**63)))
    book = _Book()
    events: dict[
        int, list[tuple[int, int, int, int, int, int]]
    ] = {}  # member → (ts, 0/1, sale, fen, ret, staff)
    members = till.sale_member[till.paid_sale].tolist()
    for m, sale, fen in zip(members, till.paid_sale.tolist(), till.paid_fen.tolist(), strict=True):
        if m:
            events.setdefault(m, []).append(
                (int(till.sale_ts[sale]), 0, sale, fen, 0, int(till.sale_staff[sale]))
            )
    for sale, ret, fen, ts, staff in zip(
        till.return_sale.tolist(),
        till.return_id.tolist(),
        till.return_fen.tolist(),
        till.return_ts.tolist(),
        till.return_staff.tolist(),
        strict=True,
    ):
        events.setdefault(int(till.sale_member[sale]), []).append((ts, 1, sale, fen, ret, staff))
    counter = COUNTER_STAFF_IDS.tolist()
    for member in sorted(events):
        wallet = 0
        spent: dict[int, tuple[Split, Split]] = {}
        for ts, is_return, sale, fen, ret, staff in sorted(events[member]):
            if not wallet:
                wallet = book.open("member", member, "", int(till.enrolled[member - 1]) + r.randint(60, 240))
            _, _, _, _, p, b = book.wallets[wallet - 1]
            if is_return:
                was, back = spent[sale]
                part = split_refund(fen, was, back)
                spent[sale] = (
                    was,
                    Split(back.principal_fen + part.principal_fen, back.bonus_fen + part.bonus_fen),
                )
                book.add(wallet, ts, "refund", part, sale=sale + 1, ret=ret, staff=staff)
                continue
            if p + b < fen:
                paid = _topup_amount(fen - p - b, r)
                method = r.choices(CASH_LIKE, CASH_WEIGHTS)[0]
                book.add(
                    wallet,
                    ts - r.randint(90, 280),
                    "topup",
                    Split(paid, bonus_for(paid, RULES)),
                    money=paid,
                    method=method,
                    staff=staff,
                )
                p, b = p + paid, b + bonus_for(paid, RULES)
            part = split_spend(fen, p, b, RULES.spend_order)
            spent[sale] = (part, Split(0, 0))
            book.add(
                wallet, ts, "spend", Split(-part.principal_fen, -part.bonus_fen), sale=sale + 1, staff=staff
            )
    _savers(r, till, book, events, end, counter)
    _withdrawals(r, book, end)
    _gift_cards(r, till, book, end, counter)
    return _tables(rng, book)


def _savers(
    r: random.Random,
    till: Till,
    book: _Book,
    events: dict[int, list[tuple[int, int, int, int, int, int]]],
    end: int,
    counter: list[int],
) -> None:
    """Members who topped up for the bonus and have not spent it yet (about one in thirty)."""
    n = len(till.enrolled)
    for member in range(1, n + 1):
        if member in events or r.random() >= 1 / 30:
            continue
        start = max(int(till.enrolled[member - 1]) + 600, (end - 400) * DAY)
        ts = r.randint(start, max(start, end * DAY - 8 * 3600))
        wallet = book.open("member", member, "", ts - 60)
        paid = r.choice(TOPUP_STEPS_FEN[:4])
        method = r.choices(CASH_LIKE, CASH_WEIGHTS)[0]
        book.add(
            wallet,
            ts,
            "topup",
            Split(paid, bonus_for(paid, RULES)),
            money=paid,
            method=method,
            staff=r.choice(counter),
        )


def _withdrawals(r: random.Random, book: _Book, end: int) -> None:
    """A few members had what they paid in paid back (the bonus forfeited with it)."""
    last: dict[int, int] = {}
    for wallet, ts, *_ in book.rows:
        last[wallet] = max(last.get(wallet, 0), ts)
    holding = [w for w, (kind, _, _, _, p, _) in enumerate(book.wallets, 1) if kind == "member" and p > 0]
    for wallet in r.sample(holding, min(len(holding), max(1, len(book.wallets) // 150))):
        _, _, _, _, p, b = book.wallets[wallet - 1]
        ts = r.randint(last[wallet] + DAY, max(last[wallet] + DAY, end * DAY - DAY))
        if ts >= end * DAY:
            continue
        out = p if r.random() < 0.7 else p // 2 // 100 * 100 or p
        forfeit = forfeit_on_withdrawal(out, p, b)
        book.add(
            wallet,
            ts,
            "withdraw",
            Split(-out, -forfeit),
            money=-out,
            method=r.choice(("cash", "wechat")),
            staff=MANAGER_ID,
            approved=MANAGER_ID,
            reason=r.choice(WITHDRAW_REASONS),
        )


def _gift_cards(r: random.Random, till: Till, book: _Book, end: int, counter: list[int]) -> None:
    """Gift cards sold at the counter: those walk-ins paid with, and some still in a drawer."""
    walk_in = [
        (int(till.sale_ts[s]), s, f)
        for s, f in zip(till.paid_sale.tolist(), till.paid_fen.tolist(), strict=True)
        if not till.sale_member[s]
    ]
    spare = max(3, len(till.enrolled) // 150)
    sold = [(ts - r.randint(2, 90) * DAY, s, f) for ts, s, f in walk_in]
    sold += [(r.randint((end - 300) * DAY, end * DAY - DAY), -1, 0) for _ in range(spare)]
    for number, (ts, sale, fen) in enumerate(sorted(sold), 1):
        face = next((c for c in CARD_FACES_FEN if c >= fen), -(-fen // 1_000_00) * 1_000_00)
        if sale < 0:
            face = r.choice(CARD_FACES_FEN)
        wallet = book.open("gift_card", 0, f"GC{STORE_ID:02d}{number:08d}", ts - 30)
        method = r.choices(CASH_LIKE, CASH_WEIGHTS)[0]
        book.add(
            wallet,
            ts,
            "topup",
            Split(face, 0),
            money=face,
            method=method,
            staff=r.choice(counter),
            reason="礼品卡售出",
        )
        if sale >= 0:
            book.add(
                wallet,
                int(till.sale_ts[sale]),
                "spend",
                Split(-fen, 0),
                sale=sale + 1,
                staff=int(till.sale_staff[sale]),
            )


def _tables(rng: np.random.Generator, book: _Book) -> tuple[list[Table], dict[str, int]]:
    w = len(book.wallets)
    wallets = Table("wallets")
    wallets.add("id", list(range(1, w + 1)))
    wallets.add("uid", uids(rng, w), "uid")
    wallets.add("store_id", [STORE_ID] * w)
    wallets.add("kind", [x[0] for x in book.wallets])
    wallets.add("member_id", [x[1] for x in book.wallets], "null_int")
    wallets.add("card_code", [x[2] or None for x in book.wallets])
    wallets.add("principal_fen", [x[4] for x in book.wallets])
    wallets.add("bonus_fen", [x[5] for x in book.wallets])
    wallets.add("pin_hash", [None] * w)
    wallets.add("failed_attempts", [0] * w)
    wallets.add("locked_until", [0] * w, "ts_null")
    wallets.add("created_at", [x[3] for x in book.wallets], "ts")
    rows = sorted(book.rows, key=lambda row: row[1])
    e = len(rows)
    numbers = {"topup": 0, "withdraw": 0}
    doc = []
    for row in rows:
        if row[2] in numbers:
            numbers[row[2]] += 1
            doc.append(f"{'C' if row[2] == 'topup' else 'W'}{numbers[row[2]]:08d}")
        else:
            doc.append("")
    entries = Table("wallet_entries")
    entries.add("id", list(range(1, e + 1)))
    entries.add("uid", uids(rng, e), "uid")
    entries.add("wallet_id", [x[0] for x in rows])
    entries.add("store_id", [STORE_ID] * e)
    entries.add("created_at", [x[1] for x in rows], "ts")
    entries.add("kind", [x[2] for x in rows])
    entries.add("principal_fen", [x[3] for x in rows])
    entries.add("bonus_fen", [x[4] for x in rows])
    entries.add("money_fen", [x[5] for x in rows])
    entries.add("method", [x[6] or None for x in rows])
    entries.add("doc_no", doc)
    entries.add("sale_id", [x[7] for x in rows], "null_int")
    entries.add("return_id", [x[8] for x in rows], "null_int")
    entries.add("staff_id", [x[9] for x in rows], "null_int")
    entries.add("approved_by_id", [x[10] for x in rows], "null_int")
    entries.add("reason", [x[11] for x in rows])
    return [wallets, entries], {"topup": numbers["topup"] + 1, "withdrawal": numbers["withdraw"] + 1}
