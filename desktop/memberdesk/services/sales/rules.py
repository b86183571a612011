"""The store's sales rules (points, tiers, return window, refund limit) in ``settings``.

Stored as one JSON value under ``sales.rules``; missing keys fall back to the defaults of
``SalesRules`` so a new store works before a manager has set anything.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Setting

KEY = "sales.rules"
_TIERS = {t.value for t in Tier}
_settings = Setting.__table__
_RULES_TEXT = DriverStatement(
    select(_settings.c.value).where(_settings.c.store_id == bindparam("store"), _settings.c.key == KEY)
)


def _to_json(rules: SalesRules) -> str:
    data = asdict(rules)
    data["tier_multiplier_pct"] = {t.value: v for t, v in rules.tier_multiplier_pct.items()}
    data["tier_threshold_fen"] = {t.value: v for t, v in rules.tier_threshold_fen.items()}
    data["birthday_points"] = {t.value: v for t, v in rules.birthday_points.items()}
    return json.dumps(data, sort_keys=True)


def _from_json(text: str) -> SalesRules:
    default = SalesRules()
    try:
        raw: dict[str, Any] = json.loads(text)
    except ValueError:
        return default
    mult = dict(default.tier_multiplier_pct)
    mult.update({Tier(k): int(v) for k, v in raw.get("tier_multiplier_pct", {}).items() if k in _TIERS})
    thr = dict(default.tier_threshold_fen)
    thr.update({Tier(k): int(v) for k, v in raw.get("tier_threshold_fen", {}).items() if k in _TIERS})
    gift = dict(default.birthday_points)
    gift.update({Tier(k): int(v) for k, v in raw.get("birthday_points", {}).items() if k in _TIERS})
    rules = SalesRules(
        fen_per_point=int(raw.get("fen_per_point", default.fen_per_point)),
        tier_multiplier_pct=mult,
        tier_threshold_fen=thr,
        redeem_fen_per_point=int(raw.get("redeem_fen_per_point", default.redeem_fen_per_point)),
        return_window_days=int(raw.get("return_window_days", default.return_window_days)),
        refund_limit_fen=int(raw.get("refund_limit_fen", default.refund_limit_fen)),
        birthday_points=gift,
    )
    return default if rules.problems() else rules


def load_rules(session: Session, store_id: int) -> SalesRules:
    """The rules inside a use case's own session (every sale reads them: on the driver)."""
    row = SessionDriver(session).first(_RULES_TEXT, store=store_id)
    return _from_json(row[0]) if row else SalesRules()


def get_rules(db: Database, store_id: int) -> SalesRules:
    with db.read() as s:
        return load_rules(s, store_id)


def save_rules(db: Database, actor: Actor, rules: SalesRules) -> None:
    """Validate and store the rules (manager only); audited with before and after."""
    require(actor, Permission.MANAGE_RULES)
    bad = rules.problems()
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."), field=bad[0], rule=bad[0]
        )
    with db.write() as s:
        write_setting(s, actor, KEY, _to_json(rules), "rules.sales")
