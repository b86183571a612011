"""A past campaign in the demo store: the members who agree to promotions (the third saved
segment), a fifth held out at random as the control group, and a month's window that ended
two weeks ago, so the Campaigns screen and the membership report show a measured result."""

from __future__ import annotations

import numpy as np

from memberdesk.demo.columns import Table, uids
from memberdesk.demo.people import STORE_ID
from memberdesk.services.campaigns.campaigns import held_out

MANAGER_ID = 1
SEGMENT_ID = 3  # 同意接收促销的会员 (demo/segments.py)
CONTROL_PERCENT = 20
SEED = 2026
DAY = 86_400


def tables(consents: Table, enrolled: np.ndarray, end_day: int) -> list[Table]:
    """The campaign and its frozen audience (``enrolled``: each member's enrolment in epoch
    seconds, by id; ``end_day``: the demo's last day number)."""
    starts, ends = end_day - 45, end_day - 16
    sent = (starts - 1) * DAY + 10 * 3600
    kind = np.asarray(consents.columns["kind"])
    granted = np.asarray(consents.columns["granted"], dtype=bool)
    agreed = np.asarray(consents.columns["member_id"])[(kind == "marketing") & granted]
    audience = sorted(int(m) for m in agreed.tolist() if enrolled[int(m) - 1] < sent)
    campaign = Table("campaigns")
    campaign.add("id", [1])
    campaign.add("uid", uids(np.random.default_rng(SEED), 1), "uid")
    campaign.add("store_id", [STORE_ID])
    campaign.add("name", ["秋冬焕新季"])
    campaign.add("kind", ["promotion"])
    campaign.add("segment_id", [SEGMENT_ID])
    campaign.add("message", ["{signature}{honorific}，秋冬新品到店，本月满500减50，{tier}会员积分双倍。"])
    campaign.add("coupon_template_id", [0], "null_int")
    campaign.add("starts_on", [starts], "date")
    campaign.add("ends_on", [ends], "date")
    campaign.add("control_percent", [CONTROL_PERCENT])
    campaign.add("seed", [SEED])
    campaign.add("created_at", [sent - 3 * DAY], "ts")
    campaign.add("created_by_id", [MANAGER_ID], "null_int")
    campaign.add("sent_at", [sent], "ts_null")
    members = Table("campaign_members")
    members.add("campaign_id", [1] * len(audience))
    members.add("member_id", audience)
    members.add("control", [held_out(SEED, m, CONTROL_PERCENT) for m in audience], "bool")
    members.add("lapsed", [False] * len(audience), "bool")
    members.add("coupon_code", [""] * len(audience))
    members.add("added_at", [sent] * len(audience), "ts")
    return [campaign, members]
