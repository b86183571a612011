"""The demo store, its staff, its catalogue, and its members with what the counter knows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from lunardate import LunarDate

from memberdesk.demo import family, fit, goods
from memberdesk.demo import vocabulary as V
from memberdesk.demo.basket import Buyers
from memberdesk.demo.columns import NULL_DAY, Table, day_number, pick, uids
from memberdesk.domain.search_keys import name_keys

STORE_ID = 1
STORE_CODE = "S001"
STORE_NAME = "和美生活百货 · 人民路店"
INVOICE_DESK = "一楼总服务台"

# (staff number, name, role, PIN): printed by `memberdesk demo` and shown in the README.
DEMO_STAFF: tuple[tuple[str, str, str, str], ...] = (
    ("M01", "王经理", "manager", "8888"),
    ("S01", "李主管", "supervisor", "6666"),
    ("S02", "赵主管", "supervisor", "6667"),
    ("C01", "张小燕", "clerk", "1111"),
    ("C02", "陈静", "clerk", "2222"),
    ("C03", "刘洋", "clerk", "3333"),
)
SUPERVISOR_IDS = np.array([2, 3])
COUNTER_STAFF_IDS = np.array([2, 3, 4, 5, 6])
COUNTER_STAFF_WEIGHTS = np.array([1, 1, 3, 3, 3]) / 11

# Mainland mobile prefixes in use.
PHONE_PREFIXES = np.array(
    [
        134,
        135,
        136,
        137,
        138,
        139,
        150,
        151,
        152,
        157,
        158,
        159,
        182,
        183,
        187,
        188,
        198,
        130,
        131,
        132,
        155,
        156,
        185,
        186,
        166,
        133,
        153,
        180,
        181,
        189,
        177,
        199,
    ]
)


@dataclass
class Members:
    """The member columns the ledger needs besides the tables themselves."""

    n: int
    gender: np.ndarray  # "F" / "M" / "U"
    enrolled: np.ndarray  # epoch seconds
    birthday: np.ndarray  # day number since the epoch, NULL_DAY = unknown
    occupation: np.ndarray
    buyers: Buyers  # sizes worn and children on file, for what they buy


def store_tables(rng: np.random.Generator, created: int, pin_hashes: dict[str, str]) -> list[Table]:
    store = Table("stores")
    store.add("id", [STORE_ID])
    store.add("uid", uids(rng, 1), "uid")
    store.add("code", [STORE_CODE])
    store.add("name", [STORE_NAME])
    store.add("address", ["人民路 88 号"])
    store.add("phone", ["0571-88886666"])
    store.add("invoice_desk", [INVOICE_DESK])
    store.add("created_at", np.array([created]), "ts")
    staff = Table("staff")
    n = len(DEMO_STAFF)
    staff.add("id", list(range(1, n + 1)))
    staff.add("uid", uids(rng, n), "uid")
    staff.add("store_id", [STORE_ID] * n)
    staff.add("code", [s[0] for s in DEMO_STAFF])
    staff.add("name", [s[1] for s in DEMO_STAFF])
    staff.add("role", [s[2] for s in DEMO_STAFF])
    staff.add("pin_hash", [pin_hashes[s[0]] for s in DEMO_STAFF])
    staff.add("active", [True] * n)
    staff.add("failed_attempts", [0] * n)
    staff.add("locked_until", [None] * n)
    staff.add("last_sign_in_at", [None] * n)
    staff.add("created_at", np.full(n, created), "ts")
    return [store, staff]


def _names(rng: np.random.Generator, gender: np.ndarray) -> list[str]:
    n = len(gender)
    surnames = pick(rng, [s for s, _ in V.SURNAMES], n, [w for _, w in V.SURNAMES])
    two_chars = rng.random(n) < 0.72
    female, male, neutral = (
        np.array(list(chars)) for chars in (V.GIVEN_FEMALE, V.GIVEN_MALE, V.GIVEN_NEUTRAL)
    )
    first = np.where(
        gender == "M", male[rng.integers(0, len(male), n)], female[rng.integers(0, len(female), n)]
    )
    use_neutral = rng.random(n) < 0.25
    first = np.where(use_neutral, neutral[rng.integers(0, len(neutral), n)], first)
    second = np.where(
        gender == "M", male[rng.integers(0, len(male), n)], female[rng.integers(0, len(female), n)]
    )
    return [
        s + a + (b if two else "")
        for s, a, b, two in zip(
            surnames.tolist(), first.tolist(), second.tolist(), two_chars.tolist(), strict=True
        )
    ]


def _unique_phones(rng: np.random.Generator, n: int) -> np.ndarray:
    phones = np.empty(0, dtype=np.int64)
    while len(phones) < n:
        need = n - len(phones) + 64
        fresh = PHONE_PREFIXES[rng.integers(0, len(PHONE_PREFIXES), need)] * 100_000_000 + rng.integers(
            0, 100_000_000, need
        )
        merged = np.concatenate([phones, fresh])
        _, first_index = np.unique(merged, return_index=True)
        phones = merged[np.sort(first_index)]
    return phones[:n]


@cache
def _lunar(day: int) -> tuple[int, bool]:
    solar = dt.date(1970, 1, 1) + dt.timedelta(days=day)
    lunar = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
    return lunar.month * 100 + lunar.day, bool(lunar.is_leap_month)


def member_tables(
    rng: np.random.Generator, n: int, until: dt.date, channel_staff: np.ndarray
) -> tuple[list[Table], Members, list[str]]:
    """Members and everything kept about them except their history."""
    ids = np.arange(1, n + 1)
    gender = pick(rng, ["F", "M", "U"], n, [62, 35, 3]).astype("U1")
    names = _names(rng, gender)
    phones = _unique_phones(rng, n).astype(str)
    end = day_number(until)
    # Older members enrolled up to five years ago; ids follow enrolment order.
    enrolled_days = np.sort(rng.integers(end - 5 * 365, end - 3, n))
    enrolled = enrolled_days.astype(np.int64) * 86400 + rng.integers(2 * 3600, 13 * 3600, n)
    channel = pick(
        rng,
        ["word_of_mouth", "walk_in", "member_referral", "staff_referral", "partner", "target_group"],
        n,
        [30, 25, 15, 10, 12, 8],
    )
    channel[0] = "walk_in"  # the first member has nobody to be referred by
    detail = np.where(channel == "partner", pick(rng, V.PARTNERS, n), "")
    group = pick(rng, V.TARGET_GROUPS, n, V.TARGET_GROUP_WEIGHTS)
    detail = np.where(channel == "target_group", group, detail)
    home = family.households(rng, gender, detail, enrolled_days, end)
    birthday = np.where(rng.random(n) < 0.08, NULL_DAY, home.birthday)
    known = birthday != NULL_DAY
    lunar = known & (rng.random(n) < 0.15)
    birth_dates = np.where(known, birthday, 0).astype("datetime64[D]")
    months = birth_dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (birth_dates - birth_dates.astype("datetime64[M]")).astype(int) + 1
    birth_mmdd = np.where(known, months * 100 + days, 0)
    lunar_info = [
        _lunar(int(d)) if is_lunar else (0, False) for d, is_lunar in zip(birthday, lunar, strict=True)
    ]

    members = Table("members")
    members.add("id", ids)
    members.add("uid", uids(rng, n), "uid")
    members.add("store_id", np.full(n, 1))
    # Card numbers as enrolment assigns them: "M", the store id in 3 digits, a 7-digit sequence.
    members.add("card_no", [f"M{STORE_ID:03d}{i:07d}" for i in range(1, n + 1)])
    members.add("phone", phones)
    members.add("phone_last4", [p[-4:] for p in phones.tolist()])
    members.add("name", names)
    members.add("gender", gender)
    members.add("birthday", birthday, "date")
    members.add("birth_mmdd", birth_mmdd, "null_int")
    members.add("birthday_lunar", lunar, "bool")
    members.add("lunar_mmdd", [li[0] or None for li in lunar_info])
    members.add("lunar_leap", [li[1] for li in lunar_info])
    members.add("email", [""] * n)
    members.add("address", [""] * n)
    members.add("occupation", home.occupation)
    members.add("hobbies", family.pastimes(rng, gender, home.age))
    members.add("hair_type", family.hair(rng, gender))
    members.add("skin_type", np.where(rng.random(n) < 0.7, pick(rng, V.SKIN_TYPES, n), ""))
    members.add("notes", [""] * n)
    sensitive = rng.random(n) < 0.03
    members.add("ethnicity", np.where(sensitive, pick(rng, V.ETHNICITIES, n), None))
    members.add("religion", np.where(sensitive, pick(rng, V.RELIGIONS, n), None))
    members.add("income_band", family.income(rng, home.occupation, sensitive))
    members.add("tier", ["regular"] * n)  # set from spend by the ledger
    members.add("status", ["active"] * n)
    referrer = np.where(channel == "member_referral", (rng.random(n) * (ids - 1)).astype(int) + 1, 0)
    members.add("channel", channel)
    members.add("channel_detail", detail)
    members.add("referrer_member_id", referrer, "null_int")
    members.add(
        "referrer_staff_id", np.where(channel == "staff_referral", pick(rng, channel_staff, n), 0), "null_int"
    )
    members.add("enrolled_by_id", pick(rng, COUNTER_STAFF_IDS, n, COUNTER_STAFF_WEIGHTS), "null_int")
    members.add("enrolled_at", enrolled, "ts")
    members.add("updated_at", enrolled, "ts")

    keys = Table("member_keys")
    key_rows = [(k, int(i)) for i, name in zip(ids.tolist(), names, strict=True) for k in _keys(name)]
    keys.add("key", [k for k, _ in key_rows])
    keys.add("member_id", [i for _, i in key_rows])

    buyers = Buyers(gender, fit.worn_sizes(rng, gender), home.child_birth, home.child_girl)
    size_table = _sizes(rng, ids, buyers, enrolled, end)
    children = _children(rng, home)
    consents = _consents(rng, ids, enrolled, sensitive)
    info = Members(n, gender, enrolled, birthday, home.occupation, buyers)
    return [members, keys, size_table, children, consents], info, names


@lru_cache(maxsize=200_000)
def _keys(name: str) -> tuple[str, ...]:
    return tuple(sorted(name_keys(name)))


def _sizes(
    rng: np.random.Generator, ids: np.ndarray, buyers: Buyers, enrolled: np.ndarray, end: int
) -> Table:
    """The sizes on file: most of what each member wears, told at enrolment, and the size of
    the youngest child on file who still wears children's sizes, as that child is now."""
    n = len(ids)
    rows_member, rows_cat, rows_size, rows_at = [], [], [], []
    for category in fit.ADULT_SIZES:
        value = buyers.worn[category]
        known = (value != "") & (rng.random(n) < 0.7)
        rows_member.append(ids[known])
        rows_cat.append(np.full(int(known.sum()), category, dtype=object))
        rows_size.append(value[known])
        rows_at.append(enrolled[known])
    age = end - buyers.child_birth
    young = (age >= 0) & (age < goods.CHILD_SIZES_UNTIL_YEARS * fit.YEAR_DAYS)
    youngest = np.where(young, age, np.iinfo(np.int64).max).min(axis=1)
    known = (youngest < np.iinfo(np.int64).max) & (rng.random(n) < 0.8)
    rows_member.append(ids[known])
    rows_cat.append(np.full(int(known.sum()), "children", dtype=object))
    rows_size.append(fit.child_sizes("children", youngest[known], rng.random(int(known.sum()))))
    # told at enrolment or, for a child who has grown since, at a recent visit
    recent = (end - rng.integers(1, 120, n)).astype(np.int64) * 86400 + 11 * 3600
    rows_at.append(np.maximum(enrolled, recent)[known])
    table = Table("member_sizes")
    table.add("member_id", np.concatenate(rows_member))
    table.add("category", np.concatenate(rows_cat))
    table.add("size", np.concatenate(rows_size))
    table.add("updated_at", np.concatenate(rows_at), "ts")
    return table


def _children(rng: np.random.Generator, home: family.Households) -> Table:
    member_index, slot = np.nonzero(home.child_birth != family.NO_CHILD)
    k = len(member_index)
    birthday = home.child_birth[member_index, slot]
    girl = home.child_girl[member_index, slot]
    # a younger sibling's nickname is checked against the elder's, listed just before it
    second = np.flatnonzero((slot == 1) & (np.r_[-1, member_index[:-1]] == member_index))
    elder = np.full(k, "", dtype=object)
    names = family.nicknames(rng, girl)
    elder[second] = names[second - 1]
    names = np.where((names != "") & (names == elder), family.SECOND_CHILD, names)
    dates = birthday.astype("datetime64[D]")
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    table = Table("children")
    table.add("id", np.arange(1, k + 1))
    table.add("member_id", member_index + 1)
    table.add("name", names)
    table.add("gender", np.where(girl, "F", "M"))
    table.add("birthday", birthday, "date")
    table.add("birth_mmdd", months * 100 + days)
    return table


def _consents(
    rng: np.random.Generator, ids: np.ndarray, enrolled: np.ndarray, sensitive: np.ndarray
) -> Table:
    n = len(ids)
    asked = rng.random(n) < 0.85
    granted = rng.random(n) < 0.88
    member_ids = np.concatenate([ids[asked], ids[sensitive]])
    table = Table("consents")
    table.add("id", np.arange(1, len(member_ids) + 1))
    table.add("member_id", member_ids)
    table.add("kind", ["marketing"] * int(asked.sum()) + ["sensitive"] * int(sensitive.sum()))
    table.add("granted", np.concatenate([granted[asked], np.ones(int(sensitive.sum()), dtype=bool)]), "bool")
    table.add("recorded_at", np.concatenate([enrolled[asked], enrolled[sensitive]]), "ts")
    table.add(
        "recorded_by_id", pick(rng, COUNTER_STAFF_IDS, len(member_ids), COUNTER_STAFF_WEIGHTS), "null_int"
    )
    table.add("note", [""] * len(member_ids))
    return table
