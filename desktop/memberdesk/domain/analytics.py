"""The figures a store manager acts on: the 80/20 view, RFM segments, churn, satisfaction.

RFM follows the eight-segment model common in Chinese retail: each member's recency (days
since the last purchase), frequency (purchases) and monetary value (spend) in the period is
"high" or "low" against the average of the members who bought in the period; the three
high/low answers name the segment (重要价值客户 = recent, frequent, big spender ...).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Segment(StrEnum):
    """RFM segments, most valuable first. Values are stable identifiers."""

    IMPORTANT_VALUE = "important_value"  # 重要价值: R high, F high, M high
    IMPORTANT_DEVELOP = "important_develop"  # 重要发展: R high, F low, M high
    IMPORTANT_KEEP = "important_keep"  # 重要保持: R low, F high, M high
    IMPORTANT_RETAIN = "important_retain"  # 重要挽留: R low, F low, M high
    GENERAL_VALUE = "general_value"  # 一般价值: R high, F high, M low
    GENERAL_DEVELOP = "general_develop"  # 一般发展: R high, F low, M low
    GENERAL_KEEP = "general_keep"  # 一般保持: R low, F high, M low
    GENERAL_RETAIN = "general_retain"  # 一般挽留: R low, F low, M low


_SEGMENTS = {
    (True, True, True): Segment.IMPORTANT_VALUE,
    (True, False, True): Segment.IMPORTANT_DEVELOP,
    (False, True, True): Segment.IMPORTANT_KEEP,
    (False, False, True): Segment.IMPORTANT_RETAIN,
    (True, True, False): Segment.GENERAL_VALUE,
    (True, False, False): Segment.GENERAL_DEVELOP,
    (False, True, False): Segment.GENERAL_KEEP,
    (False, False, False): Segment.GENERAL_RETAIN,
}


@dataclass(frozen=True)
class RfmThresholds:
    """Averages over the period's buyers; at or better than the average counts as high."""

    recency_days: float
    frequency: float
    monetary_fen: float


def rfm_thresholds(rows: Sequence[tuple[float, int, int]]) -> RfmThresholds:
    """Averages of (recency days, frequency, monetary fen) rows."""
    if not rows:
        return RfmThresholds(0.0, 0.0, 0.0)
    n = len(rows)
    return RfmThresholds(
        sum(r[0] for r in rows) / n, sum(r[1] for r in rows) / n, sum(r[2] for r in rows) / n
    )


def segment(recency_days: float, frequency: int, monetary_fen: int, t: RfmThresholds) -> Segment:
    """A member's RFM segment. Recent means fewer days than average since the last purchase."""
    return _SEGMENTS[
        (recency_days <= t.recency_days, frequency >= t.frequency, monetary_fen >= t.monetary_fen)
    ]


@dataclass(frozen=True)
class Pareto:
    """How concentrated revenue is: the top 20% of buyers' share, and the curve to draw."""

    buyers: int
    top20_share: float  # 0..1: share of revenue from the top 20% of buyers
    curve: list[tuple[float, float]]  # (share of buyers, share of revenue), best buyers first


def pareto(revenues: Sequence[int], points: int = 100) -> Pareto:
    """The 80/20 view of per-buyer revenue (members with no positive revenue are left out)."""
    values = sorted((v for v in revenues if v > 0), reverse=True)
    total = sum(values)
    n = len(values)
    if n == 0 or total <= 0:
        return Pareto(0, 0.0, [(0.0, 0.0), (1.0, 1.0)])
    top = math.ceil(n * 0.2)
    curve = [(0.0, 0.0)]
    running, index = 0, 0
    for step in range(1, points + 1):
        upto = math.ceil(n * step / points)
        while index < upto:
            running += values[index]
            index += 1
        curve.append((upto / n, running / total))
    return Pareto(n, sum(values[:top]) / total, curve)


# Segment codes for the vectorised form: bit 2 = recent, bit 1 = frequent, bit 0 = big spender.
SEGMENT_BY_CODE = [_SEGMENTS[(bool(c & 4), bool(c & 2), bool(c & 1))] for c in range(8)]


def segments(recency_days: Any, frequency: Any, monetary_fen: Any) -> tuple[Any, RfmThresholds]:
    """``segment`` for whole numpy columns at once: (segment codes 0-7, the thresholds).

    Hundreds of thousands of buyers per period make a Python loop the slowest part of the
    report; ``SEGMENT_BY_CODE[code]`` names each code.
    """
    import numpy as np

    r, f, m = (np.asarray(a, dtype=float) for a in (recency_days, frequency, monetary_fen))
    if len(r) == 0:
        return np.zeros(0, dtype=np.int8), RfmThresholds(0.0, 0.0, 0.0)
    t = RfmThresholds(float(r.mean()), float(f.mean()), float(m.mean()))
    codes = (r <= t.recency_days) * 4 + (f >= t.frequency) * 2 + (m >= t.monetary_fen) * 1
    return codes.astype(np.int8), t


def pareto_sorted(revenues_desc: Any, points: int = 100) -> Pareto:
    """``pareto`` for a numpy column already sorted from the biggest buyer down."""
    import numpy as np

    values = np.asarray(revenues_desc, dtype=np.int64)
    values = values[values > 0]
    n = len(values)
    total = int(values.sum()) if n else 0
    if n == 0 or total <= 0:
        return Pareto(0, 0.0, [(0.0, 0.0), (1.0, 1.0)])
    cumulative = np.cumsum(values)
    top = math.ceil(n * 0.2)
    curve = [(0.0, 0.0)]
    for step in range(1, points + 1):
        upto = math.ceil(n * step / points)
        curve.append((upto / n, int(cumulative[upto - 1]) / total))
    return Pareto(n, int(cumulative[top - 1]) / total, curve)


def satisfaction(perceived: float, expected: float) -> float | None:
    """Satisfaction = perceived value / expected value (满意度 = 感受值 / 期望值)."""
    if expected <= 0:
        return None
    return perceived / expected


def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile (nearest rank) of ``values``, or None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]
