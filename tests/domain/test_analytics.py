"""80/20, RFM segments, satisfaction and percentiles on numbers checked by hand."""

from __future__ import annotations

import pytest

from memberdesk.domain.analytics import Segment, pareto, percentile, rfm_thresholds, satisfaction, segment


def test_pareto_top_fifth_share() -> None:
    # 10 buyers: the top 2 bring 800 of 1,000
    result = pareto([400, 400, 25, 25, 25, 25, 25, 25, 25, 25, 0, -5])
    assert result.buyers == 10
    assert result.top20_share == pytest.approx(0.8)
    assert result.curve[0] == (0.0, 0.0) and result.curve[-1] == (1.0, 1.0)
    shares = [y for _, y in result.curve]
    assert shares == sorted(shares)  # cumulative
    assert dict(result.curve)[0.2] == pytest.approx(0.8)


def test_pareto_of_nothing() -> None:
    assert pareto([]).buyers == 0 and pareto([]).top20_share == 0.0


def test_rfm_eight_segments() -> None:
    t = rfm_thresholds([(10, 2, 1000), (30, 4, 3000)])  # averages 20 days, 3 purchases, 2000 fen
    assert (t.recency_days, t.frequency, t.monetary_fen) == (20, 3, 2000)
    assert segment(5, 5, 5000, t) is Segment.IMPORTANT_VALUE
    assert segment(5, 1, 5000, t) is Segment.IMPORTANT_DEVELOP
    assert segment(50, 5, 5000, t) is Segment.IMPORTANT_KEEP
    assert segment(50, 1, 5000, t) is Segment.IMPORTANT_RETAIN
    assert segment(5, 5, 100, t) is Segment.GENERAL_VALUE
    assert segment(5, 1, 100, t) is Segment.GENERAL_DEVELOP
    assert segment(50, 5, 100, t) is Segment.GENERAL_KEEP
    assert segment(50, 1, 100, t) is Segment.GENERAL_RETAIN
    assert segment(20, 3, 2000, t) is Segment.IMPORTANT_VALUE  # the average itself counts as high


def test_satisfaction_and_percentiles() -> None:
    assert satisfaction(4, 5) == pytest.approx(0.8)
    assert satisfaction(3, 0) is None
    assert percentile([5, 1, 3, 2, 4], 50) == 3
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9
    assert percentile([], 50) is None


def test_vectorised_forms_agree_with_the_definitions() -> None:
    import random

    from memberdesk.domain.analytics import SEGMENT_BY_CODE, pareto_sorted, segments

    rng = random.Random(5)
    rows = [(rng.uniform(0, 365), rng.randint(1, 20), rng.randint(-500, 90_000)) for _ in range(2000)]
    codes, t = segments(*zip(*rows, strict=True))
    assert t == rfm_thresholds(rows)
    assert [SEGMENT_BY_CODE[c] for c in codes] == [segment(r, f, m, t) for r, f, m in rows]
    revenues = [m for _, _, m in rows]
    fast, slow = pareto_sorted(sorted(revenues, reverse=True)), pareto(revenues)
    assert fast.buyers == slow.buyers and fast.top20_share == pytest.approx(slow.top20_share)
    flat = [v for point in fast.curve for v in point]
    assert flat == pytest.approx([v for point in slow.curve for v in point])
