"""Who sees whose scorecard: a clerk only their own; supervisors and the manager everyone."""

from __future__ import annotations

import pytest

from memberdesk.services.scorecard.scorecard import scorecard
from tests.conftest import Shop
from tests.services.scorecard.known_store import END, START, build, shanghai  # noqa: F401

pytestmark = pytest.mark.usefixtures("shanghai")


@pytest.mark.parametrize("who", ["supervisor", "manager"])
def test_supervisors_and_the_manager_see_everyone(shop: Shop, who: str) -> None:
    build(shop)
    card = scorecard(shop.db, getattr(shop, who), START, END)
    assert card.everyone
    assert {r.figures.staff_id for r in card.rows} == {
        shop.manager.staff_id,
        shop.supervisor.staff_id,
        shop.clerk.staff_id,
    }


def test_a_clerk_sees_only_their_own_figures(shop: Shop) -> None:
    build(shop)
    everyone = scorecard(shop.db, shop.manager, START, END)
    mine = scorecard(shop.db, shop.clerk, START, END)
    assert not mine.everyone
    assert [r.figures.staff_id for r in mine.rows] == [shop.clerk.staff_id]
    same = next(r for r in everyone.rows if r.figures.staff_id == shop.clerk.staff_id)
    assert mine.rows[0] == same  # their own figures whole, nobody else's
    assert mine.bonus_total_fen == same.bonus.total_fen
