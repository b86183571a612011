"""The store's complaint rules (response targets, compensation limits) in ``settings``.

One JSON value under ``complaints.rules``; a missing or damaged value falls back to the
defaults of ``ComplaintRules``, so complaints work before a manager has set anything.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Role, Severity
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Setting

KEY = "complaints.rules"


def to_json(rules: ComplaintRules) -> str:
    return json.dumps(
        {
            "respond_hours": {k.value: v for k, v in rules.respond_hours.items()},
            "resolve_hours": {k.value: v for k, v in rules.resolve_hours.items()},
            "follow_up_days": rules.follow_up_days,
            "compensation_limit_fen": {k.value: v for k, v in rules.compensation_limit_fen.items()},
        },
        sort_keys=True,
    )


def from_json(text: str) -> ComplaintRules:
    default = ComplaintRules()
    try:
        raw: dict[str, Any] = json.loads(text)
        respond = dict(default.respond_hours)
        respond.update({Severity(k): int(v) for k, v in raw.get("respond_hours", {}).items()})
        resolve = dict(default.resolve_hours)
        resolve.update({Severity(k): int(v) for k, v in raw.get("resolve_hours", {}).items()})
        limits = dict(default.compensation_limit_fen)
        limits.update({Role(k): int(v) for k, v in raw.get("compensation_limit_fen", {}).items()})
        rules = ComplaintRules(
            respond_hours=respond,
            resolve_hours=resolve,
            follow_up_days=int(raw.get("follow_up_days", default.follow_up_days)),
            compensation_limit_fen=limits,
        )
    except (ValueError, TypeError, AttributeError):
        return default
    return default if rules.problems() else rules


def load_complaint_rules(session: Session, store_id: int) -> ComplaintRules:
    row = session.get(Setting, (store_id, KEY))
    return from_json(row.value) if row else ComplaintRules()


def get_complaint_rules(db: Database, store_id: int) -> ComplaintRules:
    with db.read() as s:
        return load_complaint_rules(s, store_id)


def save_complaint_rules(db: Database, actor: Actor, rules: ComplaintRules) -> None:
    """Validate and store the rules (manager only); audited with before and after."""
    require(actor, Permission.MANAGE_RULES)
    bad = rules.problems()
    if bad:
        raise ValidationError(_problem_message(bad[0]), field=bad[0], rule=bad[0])
    with db.write() as s:
        write_setting(s, actor, KEY, to_json(rules), "rules.complaints")


def _problem_message(rule: str) -> str:
    """What a manager reads for the first rule out of range (a name from ``problems()``)."""
    if rule.startswith("resolve_before_respond"):
        return QT_TRANSLATE_NOOP(
            "Errors", "The time to resolve cannot be shorter than the time to take a complaint."
        )
    if rule == "supervisor_below_clerk":
        return QT_TRANSLATE_NOOP("Errors", "A supervisor's limit cannot be lower than a clerk's.")
    return QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}.")
