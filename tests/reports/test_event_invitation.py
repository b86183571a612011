"""Printed invitations read as the member reads them: one page each, the store's words, the
event's time, place and whom to answer, nothing off the page or over other text."""

from __future__ import annotations

from sqlalchemy import select

from memberdesk.reports import event_invitation
from memberdesk.services.events import papers
from memberdesk.services.events.plans import EventForm, edit_event, get_event
from memberdesk.store.database import Database
from memberdesk.store.models import MemberEvent
from tests.conftest import demo_actor
from tests.reports.pdfcheck import flat, page_texts
from tests.reports.test_every_pdf import check_pdf


def _party(db: Database) -> int:
    with db.read() as s:
        return int(s.scalars(select(MemberEvent.id).where(MemberEvent.title == "VIP 会员答谢会")).one())


def test_the_demo_partys_invitations_one_page_each_in_the_stores_words(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    cards = papers.invitations(demo_db, manager, _party(demo_db), "zh_CN")
    assert len(cards) > 20
    pdf = event_invitation.render(cards[:3])
    check_pdf(pdf, title_on_every_page=True)
    pages = [flat(t) for t in page_texts(pdf)]
    assert len(pages) == 3
    for page, card in zip(pages, cards, strict=False):
        assert "诚挚邀请" in page and "VIP会员答谢会" in page and "王经理0571-88886666转8" in page
        assert flat(card.message.splitlines()[0]) in page  # 尊敬的…：, the member's own name


def test_a_long_description_still_fits_its_page(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    party = _party(demo_db)
    facts = get_event(demo_db, manager, party)
    long = "现场有新品试穿、专属折扣、茶歇与抽奖，" * 14 + "期待与您相见。"
    form = EventForm(facts.title, facts.starts_at, facts.location, facts.capacity, facts.rsvp_contact, long)
    edit_event(demo_db, manager, party, form, now=facts.starts_at)
    pdf = event_invitation.render(papers.invitations(demo_db, manager, party, "zh_CN")[:1])
    check_pdf(pdf)
    assert "期待与您相见" in flat(page_texts(pdf)[0])
