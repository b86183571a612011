"""A workflow run records who, which member, each step done or skipped and how long it took."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain.errors import Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import StepStatus, WorkflowOutcome
from memberdesk.services.service import workflow_runs as runs
from memberdesk.services.service.satisfaction import record_satisfaction
from memberdesk.store.models import Visit
from memberdesk.workflows import shipped_folder
from memberdesk.workflows.library import RECEPTION, load
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

T0 = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)


def test_a_reception_run_records_steps_durations_and_the_member_found_on_the_way(shop: Shop) -> None:
    reception = load(shipped_folder()).workflows[RECEPTION]
    member = add_member(shop.db, shop.store_id)
    run = runs.start_run(shop.db, shop.clerk, reception, now=T0)
    greet, recognise, needs = reception.steps[:3]
    runs.record_step(
        shop.db, shop.clerk, run, greet, StepStatus.DONE, started_at=T0, now=T0 + dt.timedelta(seconds=4)
    )
    runs.attach_member(shop.db, shop.clerk, run, member)
    t1 = T0 + dt.timedelta(seconds=4)
    runs.record_step(
        shop.db,
        shop.clerk,
        run,
        recognise,
        StepStatus.SKIPPED,
        started_at=t1,
        now=t1 + dt.timedelta(seconds=2),
    )
    t2 = t1 + dt.timedelta(seconds=2)
    with pytest.raises(ValidationError):  # a choice step needs one of its answers
        runs.record_step(shop.db, shop.clerk, run, needs, StepStatus.DONE, started_at=t2, value="shopping")
    runs.record_step(
        shop.db,
        shop.clerk,
        run,
        needs,
        StepStatus.DONE,
        started_at=t2,
        value="gift",
        now=t2 + dt.timedelta(seconds=9),
    )
    runs.finish_run(shop.db, shop.clerk, run, WorkflowOutcome.LEFT, now=t2 + dt.timedelta(seconds=10))

    got = runs.get_run(shop.db, shop.clerk, run)
    assert (got.workflow_key, got.member_id, got.staff_id, got.outcome) == (
        RECEPTION,
        member,
        shop.clerk.staff_id,
        WorkflowOutcome.LEFT,
    )
    assert [(s.step_key, s.status, s.duration_ms, s.value) for s in got.steps] == [
        ("greet", StepStatus.DONE, 4000, ""),
        ("recognise", StepStatus.SKIPPED, 2000, ""),
        ("needs", StepStatus.DONE, 9000, "gift"),
    ]
    with pytest.raises(Conflict):  # an ended run takes no more steps
        runs.record_step(shop.db, shop.clerk, run, greet, StepStatus.DONE, started_at=T0)


def test_a_run_for_a_missing_member_or_with_a_naive_time_is_refused(shop: Shop) -> None:
    reception = load(shipped_folder()).workflows[RECEPTION]
    with pytest.raises(NotFound):
        runs.start_run(shop.db, shop.clerk, reception, member_id=999)
    run = runs.start_run(shop.db, shop.clerk, reception)
    with pytest.raises(ValidationError):
        runs.record_step(
            shop.db, shop.clerk, run, reception.steps[0], StepStatus.DONE, started_at=dt.datetime(2026, 1, 1)
        )
    with pytest.raises(ValidationError):
        runs.finish_run(shop.db, shop.clerk, run, WorkflowOutcome.RUNNING)


def test_satisfaction_is_perceived_over_expected(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    assert record_satisfaction(shop.db, shop.clerk, member, 4, 5, " 店员很耐心 ") == 1.25
    assert record_satisfaction(shop.db, shop.clerk, None, 5, 3) == 0.6
    for expected, perceived, comment in ((0, 3, ""), (3, 6, ""), (None, 3, ""), (3, 3, "x" * 501)):
        with pytest.raises(ValidationError):
            record_satisfaction(shop.db, shop.clerk, member, expected, perceived, comment)
    with shop.db.read() as s:
        visits = s.query(Visit).order_by(Visit.id).all()
        assert [(v.member_id, v.expected, v.perceived, v.comment, v.staff_id) for v in visits] == [
            (member, 4, 5, "店员很耐心", shop.clerk.staff_id),
            (None, 5, 3, "", shop.clerk.staff_id),
        ]
