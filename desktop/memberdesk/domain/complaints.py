"""Complaint rules: response-time targets, compensation limits, the queue's order, satisfaction.

A complaint waiting to be taken is late after ``respond_hours`` of its severity; one being
handled is late after ``resolve_hours``; a resolved one is late for its follow-up call after
``follow_up_days``. The queue puts the most urgent first: the one whose target passes (or
passed) soonest, so a complaint long past a low target comes before a fresh serious one only
once it is really overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from memberdesk.domain.vocab import ComplaintStatus, Role, Severity

MAX_COMPENSATION_FEN = 100_000_00  # ¥100,000: beyond any counter's reach, catches a typo

SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
TO_HANDLE = (ComplaintStatus.OPEN, ComplaintStatus.HANDLING)


def _respond() -> dict[Severity, int]:
    return {Severity.HIGH: 1, Severity.MEDIUM: 4, Severity.LOW: 24}


def _resolve() -> dict[Severity, int]:
    return {Severity.HIGH: 24, Severity.MEDIUM: 72, Severity.LOW: 168}


def _limits() -> dict[Role, int]:
    return {Role.CLERK: 50_00, Role.SUPERVISOR: 500_00}


@dataclass(frozen=True)
class ComplaintRules:
    """The store's targets and limits; a manager sets them in Settings."""

    respond_hours: dict[Severity, int] = field(default_factory=_respond)
    resolve_hours: dict[Severity, int] = field(default_factory=_resolve)
    follow_up_days: int = 3
    # compensation a role may grant on its own; the manager has no limit and approves above
    compensation_limit_fen: dict[Role, int] = field(default_factory=_limits)

    def limit_for(self, role: Role) -> int | None:
        """The most ``role`` may grant without a manager (None: no limit)."""
        if role is Role.MANAGER:
            return None
        return self.compensation_limit_fen.get(role, 0)

    def needs_manager(self, role: Role, compensation_fen: int) -> bool:
        limit = self.limit_for(role)
        return limit is not None and compensation_fen > limit

    def due_at(
        self,
        status: ComplaintStatus,
        severity: Severity,
        opened_at: dt.datetime,
        resolved_at: dt.datetime | None,
    ) -> dt.datetime | None:
        """When the complaint's next target passes (None once followed up or closed)."""
        if status is ComplaintStatus.OPEN:
            return opened_at + dt.timedelta(hours=self.respond_hours[severity])
        if status is ComplaintStatus.HANDLING:
            return opened_at + dt.timedelta(hours=self.resolve_hours[severity])
        if status is ComplaintStatus.RESOLVED and resolved_at is not None:
            return resolved_at + dt.timedelta(days=self.follow_up_days)
        return None

    def problems(self) -> list[str]:
        """Names of the rules that are out of range (empty when all are fine)."""
        bad = []
        for sev in Severity:
            if not 1 <= self.respond_hours.get(sev, 0) <= 24 * 30:
                bad.append(f"respond_hours.{sev.value}")
            if not 1 <= self.resolve_hours.get(sev, 0) <= 24 * 90:
                bad.append(f"resolve_hours.{sev.value}")
            if self.respond_hours.get(sev, 0) > self.resolve_hours.get(sev, 0):
                bad.append(f"resolve_before_respond.{sev.value}")
        if not 1 <= self.follow_up_days <= 60:
            bad.append("follow_up_days")
        for role in (Role.CLERK, Role.SUPERVISOR):
            if not 0 <= self.compensation_limit_fen.get(role, -1) <= MAX_COMPENSATION_FEN:
                bad.append(f"compensation_limit_fen.{role.value}")
        clerk = self.compensation_limit_fen.get(Role.CLERK, 0)
        if clerk > self.compensation_limit_fen.get(Role.SUPERVISOR, 0):
            bad.append("supervisor_below_clerk")
        return bad


def queue_key(
    due_at: dt.datetime | None, severity: Severity, opened_at: dt.datetime, complaint_id: int
) -> tuple[dt.datetime, int, dt.datetime, int]:
    """Sort key of the queue: soonest (or longest passed) target, then severity, then age."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return (due_at or far, SEVERITY_RANK[severity], opened_at, complaint_id)


def satisfaction(expected: int, perceived: int) -> float:
    """满意度 = 感受值 / 期望值 (above 1: better than expected)."""
    if not (1 <= expected <= 5 and 1 <= perceived <= 5):
        raise ValueError("expected and perceived are 1..5")
    return perceived / expected
