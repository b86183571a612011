"""The membership report's Campaigns section: the period's campaigns and their lift, as the
result screen computes them."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from memberdesk.reports.membership import render
from memberdesk.services.analytics import figures as analytics
from memberdesk.services.campaigns import results
from tests.conftest import Shop
from tests.reports.test_every_pdf import check_pdf
from tests.services.campaigns.test_result import _known_store


def test_the_periods_campaigns_are_listed_with_their_lift(shop: Shop) -> None:
    campaign, _did, group, _lapsed = _known_store(shop)
    found = results.result(shop.db, shop.manager, campaign)
    (line,) = results.in_period(shop.db, shop.manager, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert results.in_period(shop.db, shop.manager, dt.date(2027, 1, 1), dt.date(2027, 1, 31)) == []
    bought = found.lift("bought")
    assert (line.recipients, line.controls) == (found.recipients, found.controls) == (
        sum(not c for c in group.values()), sum(group.values()),
    )  # fmt: skip
    assert (line.difference, line.low, line.high) == (bought.difference, bought.low, bought.high)
    assert line.revenue_difference_fen == round(found.lift("revenue_fen").difference)
    figures = analytics.membership(shop.db, shop.manager, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    pdf = render(figures, "en", [line])
    check_pdf(pdf)  # nothing off the page, no text over text
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Campaigns" in flat and "双十二" in text.replace(" ", "")
    assert f"{line.recipients:,} / {line.controls:,}" in flat
    assert f"{line.difference * 100:+.1f}%" in flat
    assert f"{line.bought_recipients * 100:.1f}% / {line.bought_control * 100:.1f}%" in flat
    assert "Campaigns" not in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(render(figures, "en"))).pages
    )
