"""Tags on a share of the demo's members and two saved segments, so the card, the Members
page's tag filter and the Segments screen show something true of the generated store."""

from __future__ import annotations

import json

import numpy as np

from memberdesk.demo.columns import Table, uids
from memberdesk.demo.people import STORE_ID, Members
from memberdesk.demo.vocabulary import STUDENT

TAGS = ("孕妈", "学生", "大客户", "团购", "家庭")
MANAGER_ID = 1  # the demo's first staff member, 王经理
SEGMENTS = (
    ("大客户（同意接收促销）", {"tags_any": ["大客户"], "promotions": "yes"}),
    ("半年未到店的金卡以上", {"lapsed_days": 180, "tiers": ["gold", "vip"]}),
    ("同意接收促销的会员", {"promotions": "yes"}),  # the demo's past campaign went to them
)


def tables(
    rng: np.random.Generator, info: Members, spend_fen: np.ndarray, children: Table, now: int
) -> list[Table]:
    """The store's tags, who carries them (chosen from what the demo knows of each member),
    and the saved segments."""
    n = info.n
    ids = np.arange(1, n + 1)
    with_children = np.zeros(n, dtype=bool)
    with_children[np.asarray(children.columns["member_id"], dtype=np.int64) - 1] = True
    carriers = {
        "孕妈": (info.gender == "F") & (rng.random(n) < 0.06),
        "学生": (info.occupation == STUDENT) | (rng.random(n) < 0.02),
        "大客户": spend_fen >= np.quantile(spend_fen, 0.95) if n else np.zeros(0, dtype=bool),
        "团购": rng.random(n) < 0.04,
        "家庭": with_children & (rng.random(n) < 0.5),
    }
    tags = Table("tags")
    tags.add("id", np.arange(1, len(TAGS) + 1))
    tags.add("store_id", [STORE_ID] * len(TAGS))
    tags.add("name", list(TAGS))
    tags.add("active", [True] * len(TAGS), "bool")
    tags.add("free", [False] * len(TAGS), "bool")
    tags.add("created_at", np.full(len(TAGS), now - 86_400 * 60, dtype=np.int64), "ts")
    tags.add("created_by_id", [MANAGER_ID] * len(TAGS))
    member, tag = [], []
    for number, name in enumerate(TAGS, start=1):
        chosen = ids[carriers[name]]
        member.append(chosen)
        tag.append(np.full(len(chosen), number))
    members = np.concatenate(member) if member else np.zeros(0, dtype=np.int64)
    order = np.lexsort((np.concatenate(tag), members))
    links = Table("member_tags")
    links.add("member_id", members[order])
    links.add("tag_id", np.concatenate(tag)[order])
    links.add("tagged_at", now - rng.integers(0, 86_400 * 60, len(order)), "ts")
    links.add("tagged_by_id", np.full(len(order), MANAGER_ID))
    saved = Table("segments")
    k = len(SEGMENTS)
    saved.add("id", np.arange(1, k + 1))
    saved.add("uid", uids(rng, k), "uid")
    saved.add("store_id", [STORE_ID] * k)
    saved.add("name", [name for name, _f in SEGMENTS])
    saved.add("filter_json", [json.dumps(f, ensure_ascii=False, sort_keys=True) for _n, f in SEGMENTS])
    saved.add("created_at", np.full(k, now - 86_400 * 7, dtype=np.int64), "ts")
    saved.add("created_by_id", [MANAGER_ID] * k)
    saved.add("updated_at", np.full(k, now - 86_400 * 7, dtype=np.int64), "ts")
    saved.add("updated_by_id", [MANAGER_ID] * k)
    return [tags, links, saved]
