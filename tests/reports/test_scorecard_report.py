"""The staff scorecard PDF, in Chinese and English: laid out cleanly, and it adds up."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.reports import scorecard as report
from memberdesk.reports.wording import yuan
from memberdesk.services.scorecard.scorecard import scorecard
from memberdesk.store.database import Database
from tests.conftest import demo_actor
from tests.reports.pdfcheck import flat, page_texts
from tests.reports.test_every_pdf import check_pdf

OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_scorecard_reads_cleanly_and_adds_up(demo_db: Database, language: str, chinese: None) -> None:
    card = scorecard(demo_db, demo_actor(demo_db, "M01"), *OCTOBER)
    pdf = report.render(card, language)
    check_pdf(pdf)
    text = flat(" ".join(page_texts(pdf)))
    assert ("员工考核表" if language == "zh_CN" else "Staffscorecard") in text
    assert card.bonus_total_fen == sum(r.bonus.total_fen for r in card.rows) > 0
    for r in card.rows:
        f, t, b = r.figures, r.targets, r.bonus
        assert b.total_fen == b.enrolment_fen + b.referral_fen + b.sales_fen
        assert flat(f"{f.enrolments:,} × {yuan(t.bonus_per_enrolment_fen)} = {yuan(b.enrolment_fen)}") in text
        assert flat(f"{f.referrals:,} × {yuan(t.bonus_per_referral_fen)} = {yuan(b.referral_fen)}") in text
        assert flat(f"{f.name} ({f.code})") in text
    assert flat(yuan(card.bonus_total_fen)) in text
    withheld = [r for r in card.rows if r.targets.sales_bonus_fen and not r.bonus.sales_fen]
    assert withheld  # the demo has bonuses withheld, and the page says why
    assert ("未完成目标" if language == "zh_CN" else "targetnotreached") in text


def test_an_empty_store_says_so(demo_db: Database) -> None:
    card = scorecard(demo_db, demo_actor(demo_db, "M01"), *OCTOBER)
    empty = type(card)(card.start, card.end, card.store_name, [], True)
    check_pdf(report.render(empty, "en"))
