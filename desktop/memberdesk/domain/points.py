"""Points and tiers: how many points a sale earns and which tier rolling spend reaches.

The numbers come from the store's rules (``SalesRules``), which a manager sets; defaults
below are a common Chinese department-store scheme (1 point per yuan, 100 points = ¥1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from memberdesk.domain.vocab import Tier

TIER_ORDER: tuple[Tier, ...] = (Tier.REGULAR, Tier.SILVER, Tier.GOLD, Tier.VIP)


def _default_multipliers() -> dict[Tier, int]:
    return {Tier.REGULAR: 100, Tier.SILVER: 120, Tier.GOLD: 150, Tier.VIP: 200}


def _default_thresholds() -> dict[Tier, int]:
    return {Tier.SILVER: 5_000_00, Tier.GOLD: 20_000_00, Tier.VIP: 50_000_00}


def _default_birthday_points() -> dict[Tier, int]:
    return {Tier.REGULAR: 100, Tier.SILVER: 200, Tier.GOLD: 300, Tier.VIP: 500}


MAX_BIRTHDAY_POINTS = 100_000


@dataclass(frozen=True)
class SalesRules:
    """Store-wide rules for points, tiers and returns (all money in fen)."""

    fen_per_point: int = 100  # spend this many fen to earn one point at 100 %
    tier_multiplier_pct: dict[Tier, int] = field(default_factory=_default_multipliers)
    tier_threshold_fen: dict[Tier, int] = field(default_factory=_default_thresholds)
    redeem_fen_per_point: int = 1  # one point pays this many fen at checkout
    return_window_days: int = 7
    refund_limit_fen: int = 2_000_00  # above this (per sale, all its returns) a supervisor approves
    # the birthday gift (生日积分), once a year, by the member's tier; 0 gives none
    birthday_points: dict[Tier, int] = field(default_factory=_default_birthday_points)

    def problems(self) -> list[str]:
        """Names of the fields that are out of range (empty when the rules are usable)."""
        bad: list[str] = []
        if not 1 <= self.fen_per_point <= 1_000_000:
            bad.append("fen_per_point")
        if not 0 <= self.redeem_fen_per_point <= 10_000:
            bad.append("redeem_fen_per_point")
        if not 0 <= self.return_window_days <= 3650:
            bad.append("return_window_days")
        if not 0 <= self.refund_limit_fen <= 100_000_000_00:
            bad.append("refund_limit_fen")
        if set(self.tier_multiplier_pct) != set(TIER_ORDER) or any(
            not 0 <= v <= 1000 for v in self.tier_multiplier_pct.values()
        ):
            bad.append("tier_multiplier_pct")
        if set(self.birthday_points) != set(TIER_ORDER) or any(
            not 0 <= v <= MAX_BIRTHDAY_POINTS for v in self.birthday_points.values()
        ):
            bad.append("birthday_points")
        levels = [self.tier_threshold_fen.get(t) for t in TIER_ORDER[1:]]
        if any(v is None or v <= 0 for v in levels) or levels != sorted(levels):  # type: ignore[type-var]
            bad.append("tier_threshold_fen")
        return bad


def points_for(spend_fen: int, tier: Tier, rules: SalesRules) -> int:
    """Points earned on ``spend_fen`` (rounded down: a point is never given for part of one)."""
    if spend_fen <= 0:
        return 0
    return spend_fen * rules.tier_multiplier_pct.get(tier, 100) // (rules.fen_per_point * 100)


def tier_for(rolling_spend_fen: int, rules: SalesRules) -> Tier:
    """The highest tier whose threshold the spend of the last 12 months reaches."""
    reached = Tier.REGULAR
    for tier in TIER_ORDER[1:]:
        if rolling_spend_fen >= rules.tier_threshold_fen[tier]:
            reached = tier
    return reached


@dataclass(frozen=True)
class TierProgress:
    """Where a member stands: tier reached, next tier and how much more spend it needs."""

    tier: Tier
    rolling_spend_fen: int
    next_tier: Tier | None
    missing_fen: int  # 0 at the top tier
    percent: int  # 0..100 of the way from this tier's threshold to the next


def tier_progress(rolling_spend_fen: int, rules: SalesRules) -> TierProgress:
    tier = tier_for(rolling_spend_fen, rules)
    idx = TIER_ORDER.index(tier)
    if idx == len(TIER_ORDER) - 1:
        return TierProgress(tier, rolling_spend_fen, None, 0, 100)
    nxt = TIER_ORDER[idx + 1]
    low = 0 if tier is Tier.REGULAR else rules.tier_threshold_fen[tier]
    high = rules.tier_threshold_fen[nxt]
    done = max(0, rolling_spend_fen - low)
    percent = min(100, done * 100 // (high - low)) if high > low else 100
    return TierProgress(tier, rolling_spend_fen, nxt, max(0, high - rolling_spend_fen), percent)


def share(amount: int, part: int, whole: int) -> int:
    """``amount * part / whole`` rounded up, for reversals that must never fall short."""
    if whole <= 0:
        return amount
    return -((-amount * part) // whole)
