"""The complaint queue, a complaint's story and guided-workflow recording.

    python3 -m uv run python benchmarks/bench_complaints.py [--db bench-data/demo-1m.sqlite3]
        [--out docs/perf/complaints.md]

Reads only, on the 1,000,000-member demo store (20,000 complaints in every status): the
supervisor's queue (complaints not closed, most urgent first) beside a naive baseline that
loads every complaint of the store through the ORM and filters and sorts in Python; one
complaint's full story; a member's open complaints. Writes (a reception run of 7 steps, a
complaint's whole life cycle) go to a fresh small store in a temporary folder, so the demo
file is never changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import select  # noqa: E402
from stats import measure, publish, table  # noqa: E402

from memberdesk.domain.complaints import TO_HANDLE, queue_key  # noqa: E402
from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, Severity, StepStatus, WorkflowOutcome  # noqa: E402
from memberdesk.services.members.enrolment import system_actor  # noqa: E402
from memberdesk.services.service import complaints as svc  # noqa: E402
from memberdesk.services.service import workflow_runs as runs  # noqa: E402
from memberdesk.services.service.complaint_queue import QueueView, detail, open_for_member, queue  # noqa: E402
from memberdesk.services.service.complaint_rules import get_complaint_rules  # noqa: E402
from memberdesk.store import migrate  # noqa: E402
from memberdesk.store.database import Database, connect  # noqa: E402
from memberdesk.store.models import Complaint, Member  # noqa: E402
from memberdesk.workflows import default_library  # noqa: E402
from memberdesk.workflows.library import RECEPTION  # noqa: E402


def naive_queue(db: Database, store_id: int) -> int:
    """A first attempt: every complaint as an ORM object, members fetched one by one."""
    rules = get_complaint_rules(db, store_id)
    now = dt.datetime.now(dt.UTC)
    with db.read() as s:
        rows = []
        for c in s.scalars(select(Complaint).where(Complaint.store_id == store_id)):
            if c.status not in TO_HANDLE:
                continue
            member = s.get(Member, c.member_id) if c.member_id else None
            due = rules.due_at(c.status, c.severity, c.opened_at, c.resolved_at)
            rows.append(
                (
                    queue_key(due, c.severity, c.opened_at, c.id),
                    member.name if member else "",
                    due and due < now,
                )
            )
    rows.sort(key=lambda r: r[0])
    return len(rows)


def writes(folder: Path) -> list:  # type: ignore[type-arg]
    """A reception run and a complaint's life cycle on a fresh store."""
    from memberdesk.services.staff.setup import create_store

    db = connect(folder / "small.sqlite3", must_exist=False)
    migrate.upgrade(db)
    store_id = create_store(
        db, code="B1", name="bench", manager_name="经理", manager_code="M01", manager_pin="9999"
    )
    actor = system_actor(db)
    reception = default_library().workflows[RECEPTION]

    def one_run() -> None:
        run = runs.start_run(db, actor, reception)
        for step in reception.steps:
            value = step.input.options[0].key if step.input and step.input.kind == "choice" else ""
            runs.record_step(
                db, actor, run, step, StepStatus.DONE, started_at=dt.datetime.now(dt.UTC), value=value
            )
        runs.finish_run(db, actor, run, WorkflowOutcome.COMPLETED)

    def life_cycle() -> None:
        form = svc.ComplaintForm(
            None, ComplaintCategory.PRICE, Severity.HIGH, "价签与收银不符", customer_name="李"
        )
        number = svc.open_complaint(db, actor, form)
        with db.read() as s:
            cid = s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()
        svc.take(db, actor, cid)
        svc.resolve(db, actor, cid, "按价签价格结算并致歉", "20")
        svc.follow_up(db, actor, cid, "电话回访，满意", 5)
        svc.close(db, actor, cid)

    assert store_id
    timings = [
        measure("reception run: start, 7 steps, finish (9 commits)", one_run, 50),
        measure("complaint life cycle: open → closed (5 commits)", life_cycle, 50),
    ]
    db.dispose()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    db = connect(Path(args.db))
    actor = system_actor(db)
    with db.read() as s:
        counts = {st: s.query(Complaint).filter(Complaint.status == st).count() for st in ComplaintStatus}
        ids = list(s.scalars(select(Complaint.id)))
        members = list(s.scalars(select(Complaint.member_id).where(Complaint.member_id.is_not(None))))
    rng = random.Random(7)
    sample_ids = rng.sample(ids, 1000)
    sample_members = rng.sample(members, 1000)

    library = measure("load the 8 shipped workflows (parse and check)", default_library, 50)
    q = measure(
        "queue: to handle (open + handling), ordered", lambda: queue(db, actor, QueueView.TO_HANDLE), 30
    )
    naive = measure(
        "naive: every complaint via the ORM, filter + sort in Python",
        lambda: naive_queue(db, actor.store_id),
        5,
    )
    follow = measure("queue: to follow up (resolved)", lambda: queue(db, actor, QueueView.TO_FOLLOW_UP), 30)
    it = iter(sample_ids)
    story = measure("one complaint's story (detail + history)", lambda: detail(db, actor, next(it)), 1000)
    im = iter(sample_members)
    mine = measure("a member's open complaints", lambda: open_for_member(db, actor, next(im)), 1000)
    with tempfile.TemporaryDirectory() as tmp:
        run_t, cycle_t = writes(Path(tmp))
        shutil.rmtree(tmp, ignore_errors=True)

    to_handle = len(queue(db, actor, QueueView.TO_HANDLE))
    lines = [
        "## Complaints and guided workflows",
        "",
        f"Database: the 1,000,000-member demo store, {len(ids):,} complaints "
        + ", ".join(f"{n:,} {st.value}" for st, n in counts.items())
        + f"; the to-handle queue holds {to_handle:,}.",
        "Writes on a fresh small store (SQLite, synchronous FULL).",
        f"Measured by `benchmarks/bench_complaints.py` in one process, {dt.date.today()}.",
        "",
        table(
            [
                (q, naive),
                (follow, None),
                (story, None),
                (mine, None),
                (library, None),
                (run_t, None),
                (cycle_t, None),
            ]
        ),
        "",
    ]
    text = "\n".join(lines)
    publish(text, args.out)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
