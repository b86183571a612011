"""Members for the recognition tests, enrolled through the service as a clerk would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from memberdesk.domain.vocab import Gender
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import MemberStats
from tests.conftest import Shop


def add_member(
    shop: Shop,
    phone: str,
    name: str,
    *,
    card_no: str = "",
    gender: Gender = Gender.UNKNOWN,
    last_visit: dt.datetime | None = None,
    spend_fen: int = 0,
    **extra: object,
) -> int:
    member_id = enrol(
        shop.db,
        shop.clerk,
        MemberForm(phone=phone, name=name, card_no=card_no, gender=gender, **extra),
        confirm_duplicate=True,
    )  # type: ignore[arg-type]
    if last_visit is not None or spend_fen:
        with shop.db.write() as s:
            s.execute(
                update(MemberStats)
                .where(MemberStats.member_id == member_id)
                .values(last_visit_at=last_visit, spend_fen=spend_fen, visit_count=1)
            )
    return member_id
