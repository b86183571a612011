"""Recording a clerk's walk through a guided workflow: who, for which member, each step and how long.

Every step is written when the clerk finishes or skips it, in its own short transaction, so a
clerk who leaves half-way (or a counter that loses power) keeps what was done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import StepStatus, WorkflowOutcome
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Member, WorkflowRun, WorkflowStepRecord, utcnow
from memberdesk.workflows.definition import Step, Workflow


@dataclass(frozen=True)
class RunStep:
    step_key: str
    status: StepStatus
    started_at: dt.datetime
    ended_at: dt.datetime
    duration_ms: int
    value: str


@dataclass(frozen=True)
class RunRecord:
    id: int
    workflow_key: str
    member_id: int | None
    complaint_id: int | None
    staff_id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    outcome: WorkflowOutcome
    steps: tuple[RunStep, ...]


def _open_run(s: Session, actor: Actor, run_id: int) -> WorkflowRun:
    run = s.get(WorkflowRun, run_id, with_for_update=True)
    if run is None or run.store_id != actor.store_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This workflow run no longer exists."))
    if run.outcome is not WorkflowOutcome.RUNNING:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This workflow has already ended."))
    return run


def _check_member(s: Session, member_id: int | None) -> None:
    if member_id is not None and s.get(Member, member_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))


def start_run(
    db: Database,
    actor: Actor,
    workflow: Workflow,
    *,
    member_id: int | None = None,
    complaint_id: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Open a run of ``workflow`` by the signed-in clerk; returns its id."""
    require(actor, Permission.FIND_MEMBER)
    with db.write() as s:
        _check_member(s, member_id)
        if complaint_id is not None and s.get(Complaint, complaint_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This complaint no longer exists."))
        run = WorkflowRun(
            store_id=actor.store_id,
            workflow_key=workflow.key,
            member_id=member_id,
            complaint_id=complaint_id,
            staff_id=actor.staff_id,
            started_at=now or utcnow(),
        )
        s.add(run)
        s.flush()
        return run.id


def attach_member(db: Database, actor: Actor, run_id: int, member_id: int) -> None:
    """The customer was recognised during the run: the run is now theirs."""
    with db.write() as s:
        run = _open_run(s, actor, run_id)
        _check_member(s, member_id)
        run.member_id = member_id


def record_step(
    db: Database,
    actor: Actor,
    run_id: int,
    step: Step,
    status: StepStatus,
    *,
    started_at: dt.datetime,
    value: str = "",
    now: dt.datetime | None = None,
) -> None:
    """Record ``step`` as done (with what it collected) or skipped."""
    ended = now or utcnow()
    if started_at.tzinfo is None or started_at > ended:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The step's start time is not valid."))
    if status is StepStatus.DONE and step.input is not None and value.strip():
        value = step.input.check(value)
    elif status is StepStatus.DONE and step.input is not None and step.input.kind != "note":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Fill in the answer, or skip the step."), field="value"
        )
    else:
        value = value.strip() if status is StepStatus.DONE else ""
    with db.write() as s:
        _open_run(s, actor, run_id)
        s.add(
            WorkflowStepRecord(
                run_id=run_id,
                step_key=step.key,
                status=status,
                started_at=started_at,
                ended_at=ended,
                value=value,
                duration_ms=int((ended - started_at).total_seconds() * 1000),
            )
        )


def finish_run(
    db: Database, actor: Actor, run_id: int, outcome: WorkflowOutcome, *, now: dt.datetime | None = None
) -> None:
    """End the run: completed (every step done or skipped) or left part-way."""
    if outcome is WorkflowOutcome.RUNNING:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A workflow ends as completed or left."))
    with db.write() as s:
        run = _open_run(s, actor, run_id)
        run.outcome = outcome
        run.ended_at = now or utcnow()


def get_run(db: Database, actor: Actor, run_id: int) -> RunRecord:
    with db.read() as s:
        run = s.get(WorkflowRun, run_id)
        if run is None or run.store_id != actor.store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This workflow run no longer exists."))
        steps = s.scalars(
            select(WorkflowStepRecord)
            .where(WorkflowStepRecord.run_id == run_id)
            .order_by(WorkflowStepRecord.id)
        ).all()
        return RunRecord(
            run.id,
            run.workflow_key,
            run.member_id,
            run.complaint_id,
            run.staff_id,
            run.started_at,
            run.ended_at,
            run.outcome,
            tuple(
                RunStep(x.step_key, x.status, x.started_at, x.ended_at, x.duration_ms, x.value) for x in steps
            ),
        )


def ran_since(db: Database, actor: Actor, workflow_key: str, since: dt.datetime) -> bool:
    """True when the signed-in clerk started (or skipped) ``workflow_key`` at or after ``since``.

    The start-of-shift checklist is offered once per staff member per day: the caller passes
    the start of the local day.
    """
    with db.read() as s:
        found = s.scalar(
            select(WorkflowRun.id)
            .where(
                WorkflowRun.store_id == actor.store_id,
                WorkflowRun.staff_id == actor.staff_id,
                WorkflowRun.workflow_key == workflow_key,
                WorkflowRun.started_at >= since,
            )
            .limit(1)
        )
        return found is not None


def skip_workflow(db: Database, actor: Actor, workflow: Workflow, *, now: dt.datetime | None = None) -> int:
    """Record that the clerk chose not to follow ``workflow`` now (a run left with no steps)."""
    run_id = start_run(db, actor, workflow, now=now)
    finish_run(db, actor, run_id, WorkflowOutcome.LEFT, now=now)
    return run_id
