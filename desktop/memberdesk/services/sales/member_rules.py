"""The store's member-money rules of the till (key ``sales.member_money`` in ``settings``):
the member price per tier, the birthday-week points multiplier and the referral reward.

- **Member price (会员折扣)**: a percent off per tier (0–50), taken off each line after its own
  discount and before coupons, rounded down to the fen (never more than the percent), and
  shown as a row of the cart and of the receipt.
- **Birthday points**: in the member's birthday week (Monday to Sunday, the week the member
  card says "birthday this week", lunar or solar as the member keeps it) the points a sale
  earns are multiplied (×2 … ×5; 0 or 1 is off). A return takes points back at the rate they
  were earned: in proportion to the money refunded of the points the sale earned.
- **Referral reward**: when a member referred by another records their first sale, the
  referring member gets this many points (0 is off), once, in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.points import TIER_ORDER
from memberdesk.domain.vocab import Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import read_setting, write_setting
from memberdesk.store.database import Database

KEY = "sales.member_money"
MAX_MEMBER_PCT = 50
MAX_MULTIPLIER = 5
MAX_REFERRAL_POINTS = 100_000


def _no_member_price() -> dict[Tier, int]:
    return dict.fromkeys(TIER_ORDER, 0)


@dataclass(frozen=True)
class MemberRules:
    member_pct: dict[Tier, int] = field(default_factory=_no_member_price)  # percent off per tier
    birthday_multiplier: int = 1  # points × this in the birthday week; 0 or 1: off
    referral_points: int = 0  # to the referring member on the referred member's first sale

    def problems(self) -> list[str]:
        bad: list[str] = []
        if set(self.member_pct) != set(TIER_ORDER) or any(
            not 0 <= v <= MAX_MEMBER_PCT for v in self.member_pct.values()
        ):
            bad.append("member_pct")
        if not 0 <= self.birthday_multiplier <= MAX_MULTIPLIER:
            bad.append("birthday_multiplier")
        if not 0 <= self.referral_points <= MAX_REFERRAL_POINTS:
            bad.append("referral_points")
        return bad

    @property
    def multiplier(self) -> int:
        """The birthday multiplier in effect (1 when the store has it off)."""
        return max(1, self.birthday_multiplier)


def to_json(rules: MemberRules) -> str:
    return json.dumps(
        {
            "member_pct": {t.value: v for t, v in rules.member_pct.items()},
            "birthday_multiplier": rules.birthday_multiplier,
            "referral_points": rules.referral_points,
        },
        sort_keys=True,
    )


def from_json(text: str) -> MemberRules:
    """The stored rules; anything unreadable or out of range falls back to the defaults."""
    default = MemberRules()
    try:
        raw: dict[str, Any] = json.loads(text)
        pct = _no_member_price()
        pct.update({Tier(k): int(v) for k, v in raw.get("member_pct", {}).items() if k in set(Tier)})
        rules = MemberRules(
            member_pct=pct,
            birthday_multiplier=int(raw.get("birthday_multiplier", 1)),
            referral_points=int(raw.get("referral_points", 0)),
        )
    except (ValueError, TypeError, AttributeError):
        return default
    return default if rules.problems() else rules


def load(session: Session, store_id: int) -> MemberRules:
    text = read_setting(session, store_id, KEY)
    return from_json(text) if text is not None else MemberRules()


def get(db: Database, store_id: int) -> MemberRules:
    with db.read() as s:
        return load(s, store_id)


def save(db: Database, actor: Actor, rules: MemberRules) -> None:
    """Validate and store the rules (manager only); audited with before and after."""
    require(actor, Permission.MANAGE_RULES)
    bad = rules.problems()
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."), field=bad[0], rule=bad[0]
        )
    with db.write() as s:
        write_setting(s, actor, KEY, to_json(rules), "rules.member_money")
