"""The SMS signature (短信签名): the store's name as the messaging provider registers it.

Chinese SMS providers put the signature in 【】 at the start of every message and accept only
2 to 16 Chinese characters, letters and digits: a space or a "·" in the store's name gets the
whole batch rejected. The signature is a store setting (``care.sms_signature``) a manager
sets in Settings; until then it is the store's name without what providers refuse, when that
leaves a valid signature.
"""

from __future__ import annotations

import json

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Setting, Store

KEY = "care.sms_signature"
SHORTEST, LONGEST = 2, 16
_BRACKETS = (("【", "】"), ("[", "]"), ("［", "］"))


def allowed_character(ch: str) -> bool:
    """A Chinese character, or an ASCII letter or digit (full-width ones are refused too)."""
    return ("\u3400" <= ch <= "\u9fff") or ("\uf900" <= ch <= "\ufaff") or (ch.isascii() and ch.isalnum())


def clean_signature(typed: str) -> str:
    """The signature as stored (without 【】), or a ValidationError a clerk can read.

    Spaces around it and 【】 typed around it are taken off; anything else that providers
    refuse is said, with the first character that is not allowed.
    """
    text = typed.strip()
    for left, right in _BRACKETS:
        if text.startswith(left) and text.endswith(right):
            text = text[len(left) : len(text) - len(right)].strip()
            break
    bad = next((ch for ch in text if not allowed_character(ch)), None)
    if bad is not None and bad.isspace():  # “ ” would not show what is wrong
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The SMS signature cannot have spaces: Chinese characters, letters and digits only."
            ),
            field="signature",
        )
    if bad is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{char}” cannot be in the SMS signature: Chinese characters, letters and digits only.",
            ),
            field="signature",
            char=bad,
        )
    if not SHORTEST <= len(text) <= LONGEST:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The SMS signature must be {shortest} to {longest} characters long (now {count})."
            ),
            field="signature",
            shortest=SHORTEST,
            longest=LONGEST,
            count=len(text),
        )
    return text


def from_store_name(name: str) -> str:
    """The signature a store name gives when nothing is set: 和美生活百货 · 人民路店 →
    和美生活百货人民路店 ("" when that is not a valid signature)."""
    kept = "".join(ch for ch in name if allowed_character(ch))[:LONGEST]
    return kept if len(kept) >= SHORTEST else ""


def bracketed(signature: str) -> str:
    return f"【{signature}】" if signature else ""


def stored_signature(db: Database, store_id: int) -> str:
    """The signature a manager set ("" when none is set)."""
    with db.read() as s:
        row = s.get(Setting, (store_id, KEY))
    if row is None:
        return ""
    try:
        value = json.loads(row.value)
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def signature(db: Database, store_id: int) -> str:
    """The signature in force: the one set, else the one the store's name gives ("" if none)."""
    chosen = stored_signature(db, store_id)
    if chosen:
        return chosen
    with db.read() as s:
        store = s.get(Store, store_id)
    return from_store_name(store.name) if store is not None else ""


def signed(db: Database, store_id: int) -> str:
    """The bracketed signature every SMS file opens with (【店名】); refused when the store
    has none, for a provider drops unsigned marketing messages."""
    text = bracketed(signature(db, store_id))
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Set the SMS signature in Settings → Greeting cards first."),
            field="signature",
        )
    return text


def save_signature(db: Database, actor: Actor, typed: str) -> str:
    """Validate and store the signature (who may change the store's rules); audited."""
    require(actor, Permission.MANAGE_RULES)
    clean = clean_signature(typed)
    with db.write() as s:
        write_setting(s, actor, KEY, json.dumps(clean, ensure_ascii=False), "settings.sms_signature")
    return clean
