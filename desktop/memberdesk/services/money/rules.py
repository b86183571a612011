"""The store's stored-value rules in ``settings`` (key ``money.wallet``), as ``WalletRules``."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.wallet import Presence, SpendOrder, TopupRule, WalletRules
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import read_setting, write_setting
from memberdesk.store.database import Database

KEY = "money.wallet"


def to_json(rules: WalletRules) -> str:
    return json.dumps(
        {
            "enabled": rules.enabled,
            "topup_rules": [[r.pay_fen, r.bonus_fen] for r in rules.topup_rules],
            "spend_order": rules.spend_order.value,
            "presence": rules.presence.value,
            "min_topup_fen": rules.min_topup_fen,
        },
        sort_keys=True,
    )


def from_json(text: str) -> WalletRules:
    """The stored rules; anything unreadable or out of range falls back to the defaults."""
    default = WalletRules()
    try:
        raw: dict[str, Any] = json.loads(text)
        rules = WalletRules(
            enabled=bool(raw.get("enabled", default.enabled)),
            topup_rules=tuple(sorted(TopupRule(int(p), int(b)) for p, b in raw.get("topup_rules", []))),
            spend_order=SpendOrder(raw.get("spend_order", default.spend_order.value)),
            presence=Presence(raw.get("presence", default.presence.value)),
            min_topup_fen=int(raw.get("min_topup_fen", default.min_topup_fen)),
        )
    except (ValueError, TypeError):
        return default
    return default if rules.problems() else rules


def load(session: Session, store_id: int) -> WalletRules:
    text = read_setting(session, store_id, KEY)
    return from_json(text) if text is not None else WalletRules()


def get(db: Database, store_id: int) -> WalletRules:
    with db.read() as s:
        return load(s, store_id)


def save(db: Database, actor: Actor, rules: WalletRules) -> None:
    """Validate and store the rules (manager only); audited with before and after."""
    require(actor, Permission.MANAGE_RULES)
    bad = rules.problems()
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."), field=bad[0], rule=bad[0]
        )
    ordered = WalletRules(
        rules.enabled,
        tuple(sorted(rules.topup_rules)),
        rules.spend_order,
        rules.presence,
        rules.min_topup_fen,
    )
    with db.write() as s:
        write_setting(s, actor, KEY, to_json(ordered), "rules.wallet")
