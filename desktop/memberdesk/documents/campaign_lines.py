"""A campaign's result as the membership report prints it (plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CampaignLine:
    """One campaign: who got it, who was held out, and the share of each group who bought
    in its window, with the difference and its 95 % range (None: too few to tell)."""

    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    recipients: int
    controls: int
    bought_recipients: float
    bought_control: float
    difference: float
    low: float | None
    high: float | None
    revenue_difference_fen: int  # revenue per member, recipients less control
