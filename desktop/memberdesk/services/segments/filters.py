"""A segment's filter: a plain, JSON-serialisable value a manager builds and the store saves.

Every field left at its default asks nothing; the fields given are all required together
(AND). Within a field a tuple means "any of" (tiers, channels, RFM segments, tags_any);
``tags_all`` means every one. Periods are relative ("the last ``period_days`` days up to
today"), so a saved segment stays true as the days pass.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from memberdesk.domain.analytics import Segment as RfmSegment
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Channel, SizeCategory, TargetGroup, Tier

MAX_PERIOD_DAYS = 3660
PROMOTIONS = ("", "yes", "no")  # consent to promotions: any, given, not given (never or withdrawn)


@dataclass(frozen=True)
class SegmentFilter:
    """Which members a segment holds (see the module text)."""

    tiers: tuple[str, ...] = ()
    tags_any: tuple[str, ...] = ()
    tags_all: tuple[str, ...] = ()
    rfm: tuple[str, ...] = ()  # RFM segments (domain.analytics.Segment) over the period
    lapsed_days: int | None = None  # bought before, but not in the last N days
    period_days: int = 365  # the period of spend, visits, category and RFM
    spend_min_fen: int | None = None
    spend_max_fen: int | None = None
    visits_min: int | None = None
    visits_max: int | None = None
    category: str = ""  # bought goods of this category in the period
    birthday_month: int | None = None  # the birthday is kept in this month this year (solar or lunar)
    child_age_min: int | None = None  # a child turning this age (or more) this year
    child_age_max: int | None = None
    size_category: str = ""  # a size on file in this category
    sizes: tuple[str, ...] = ()  # ... and it is one of these
    channels: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    promotions: str = ""  # "yes": consented to promotions; "no": has not
    points_min: int | None = None
    points_max: int | None = None
    stored_value_min_fen: int | None = None
    stored_value_max_fen: int | None = None

    def is_empty(self) -> bool:
        return self == SegmentFilter(period_days=self.period_days)

    def to_json(self) -> str:
        """The filter as JSON text: only the fields that ask something."""
        plain = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}
        default = asdict(SegmentFilter())
        return json.dumps(
            {
                k: v
                for k, v in plain.items()
                if v != (list(default[k]) if isinstance(default[k], tuple) else default[k])
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> SegmentFilter:
        """A filter read back from JSON, checked as a typed one is."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise _invalid("filter")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise _invalid(unknown[0])
        values: dict[str, Any] = {}
        for name, value in data.items():
            default = getattr(cls(), name)
            if isinstance(default, tuple):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise _invalid(name)
                values[name] = tuple(value)
            elif isinstance(default, str):
                if not isinstance(value, str):
                    raise _invalid(name)
                values[name] = value
            else:
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                    raise _invalid(name)
                values[name] = value
        return check(cls(**values))


def _invalid(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The saved filter has a value it cannot read ({field})."), field=name
    )


def _one_of(name: str, values: tuple[str, ...], allowed: set[str]) -> None:
    for value in values:
        if value not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the choices for {what}."),
                field=name,
                value=value,
                what=name,
            )


def _range(name: str, low: int | None, high: int | None, floor: int = 0) -> None:
    for value in (low, high):
        if value is not None and value < floor:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{what} cannot be below {floor}."),
                field=name,
                what=name,
                floor=floor,
            )
    if low is not None and high is not None and low > high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "In {what} the lower bound is above the upper one."),
            field=name,
            what=name,
        )


def check(f: SegmentFilter) -> SegmentFilter:
    """The filter if every value is one the store can ask; else a ValidationError naming it."""
    _one_of("tiers", f.tiers, {t.value for t in Tier})
    _one_of("rfm", f.rfm, {s.value for s in RfmSegment})
    _one_of("channels", f.channels, {c.value for c in Channel})
    _one_of("target_groups", f.target_groups, {g.value for g in TargetGroup})
    _one_of("size_category", (f.size_category,) if f.size_category else (), {c.value for c in SizeCategory})
    _one_of("promotions", (f.promotions,), set(PROMOTIONS))
    if not 1 <= f.period_days <= MAX_PERIOD_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period is 1 to {max} days."),
            field="period_days",
            max=MAX_PERIOD_DAYS,
        )
    if f.birthday_month is not None and not 1 <= f.birthday_month <= 12:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A month is 1 to 12."), field="birthday_month")
    _range("lapsed_days", f.lapsed_days, None, floor=1)
    _range("spend", f.spend_min_fen, f.spend_max_fen, floor=-(10**12))
    _range("visits", f.visits_min, f.visits_max)
    _range("child_age", f.child_age_min, f.child_age_max)
    _range("points", f.points_min, f.points_max)
    _range("stored_value", f.stored_value_min_fen, f.stored_value_max_fen)
    if f.sizes and not f.size_category:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the size category the sizes are of."), field="size_category"
        )
    return f
