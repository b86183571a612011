"""Writing an import in small transactions, all or nothing, while the counters keep selling.

One transaction for a whole file held SQLite's write lock for as long as the file took (36 s
for 5,000 rows): every other counter was told "another counter is saving". Now:

1. **Load**, in batches of a few hundred rows, each its own short transaction (about 40 ms,
   ``BATCH_SECONDS``; the batch grows or shrinks to stay there): the batch's rows are
   planned against the store (``import_plan``) and its new members written with bulk
   statements (members, search keys, totals, sizes, children, opening points), hidden with
   status ``importing``; members to fill in are only noted (``member_import_rows``). Between
   batches the lock is free: a sale waiting for it goes first (the write queue of
   ``store.database``), then the next batch.
2. **Commit point**: one tiny transaction sets the run's state to ``applying``. Before it,
   a failure, a cancel or a killed process undoes the run; after it, the run is finished.
3. **Apply**, in batches again: the new members become active, the members on file are
   filled in (each with an audit entry of what changed), and the run ends ``done`` with the
   import's audit entry.

``recover`` finds runs whose process has ended (``import_lease``) and undoes a loading one
or finishes an applying one; every import starts with it, and the Members page asks for it.
Applying is idempotent (a member is made active only once, a field filled only while empty,
points only into an empty ledger), so a finish that is itself interrupted just runs again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, event, insert, select, text, update
from sqlalchemy.orm import Session

from memberdesk.domain.errors import Busy, ServiceError, StorageFull
from memberdesk.domain.vocab import Gender, MemberStatus, PointsSource, SizeCategory, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, insert_row
from memberdesk.services.io.import_lease import Lease, Orphan
from memberdesk.services.io.import_plan import (
    FILL_TEXT,
    TIER_RANK,
    MergeOptions,
    OnDuplicate,
    OnFile,
    changes,
    plan,
)
from memberdesk.services.io.import_rows import Prepared, ReadyRow, RejectedRow, SkippedRow
from memberdesk.services.members.enrolment import CARD_SEQUENCE
from memberdesk.services.staff import audit
from memberdesk.store.database import BUSY_MESSAGE, FULL_MESSAGE, Database, make_engine
from memberdesk.store.models import (
    Child,
    Member,
    MemberImport,
    MemberImportRow,
    MemberKey,
    MemberSize,
    MemberStats,
    NumberSequence,
    PointsEntry,
    new_uid,
    utcnow,
)

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Check = Callable[[], None]
OPENING_REASON = "opening balance, imported from {file}"
BATCH_SECONDS = 0.04  # what one batch may hold the write lock for (a sale waits at most this)
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 200, 20, 2000
APPLY_BATCH = 2000
LOADING, APPLYING, DONE, ROLLED_BACK = "loading", "applying", "done", "rolled_back"


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass
class Tally:
    """What an import did (or, in a dry run, would do)."""

    added: int = 0
    merged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    points: int = 0
    points_members: int = 0
    tiers: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    longest_batch_s: float = 0.0  # the longest a write transaction of the import lasted

    def count(self, chunk: Any) -> None:
        self.added += len(chunk.new)
        self.merged += len(chunk.merges)
        self.skipped += chunk.skipped
        self.rejected += chunk.rejected
        for row in chunk.new:
            if row.opening.points:
                self.points += row.opening.points
                self.points_members += 1
            if row.opening.tier is not None:
                self.tiers[row.opening.tier.value] += 1
        for _row, _id, _cand, found in chunk.merges:
            if found.get("points"):
                self.points += found["points"]
                self.points_members += 1
            if "tier" in found:
                self.tiers[found["tier"]] += 1


class BatchSize:
    """Rows per batch, kept so that one batch holds the lock about ``BATCH_SECONDS``."""

    def __init__(self, first: int | None = None) -> None:
        self.rows = first or FIRST_BATCH

    def took(self, rows: int, seconds: float) -> None:
        if rows < self.rows or seconds <= 0:
            return
        wanted = int(rows * BATCH_SECONDS / seconds)
        self.rows = max(MIN_BATCH, min(MAX_BATCH, (self.rows + wanted) // 2))


# --- load ----------------------------------------------------------------------------------


def _card_numbers(s: Session, store_id: int, count: int, avoid: frozenset[str]) -> list[str]:
    """``count`` of the store's next card numbers (as ``next_card_number`` gives them one by
    one), skipping numbers a member or a row of the file already has."""
    if not count:
        return []
    seq = s.get(NumberSequence, (store_id, CARD_SEQUENCE), with_for_update=True)
    if seq is None:
        seq = NumberSequence(store_id=store_id, name=CARD_SEQUENCE, next_value=1)
        s.add(seq)
        s.flush()
    found: list[str] = []
    value = seq.next_value
    while len(found) < count:
        wanted = [f"M{store_id:03d}{n:07d}" for n in range(value, value + (count - len(found)))]
        value += len(wanted)
        taken = set(s.scalars(select(Member.card_no).where(Member.card_no.in_(wanted))))
        found += [c for c in wanted if c not in taken and c not in avoid]
    seq.next_value = value
    return found


def _enrolled_at(row: ReadyRow, now: dt.datetime) -> dt.datetime:
    since = row.opening.member_since
    if since is None:
        return now
    return dt.datetime.combine(since, dt.time()).astimezone().astimezone(dt.UTC)


# Compiled once per dialect; each value passes through its column's type (integer time and
# 16-byte uids on SQLite), and the rows of a batch go to the driver as one executemany each.
_INSERT = {
    model: DriverStatement(insert_row(_table(model)), bind=True)
    for model in (Member, MemberKey, MemberStats, MemberSize, Child, PointsEntry, MemberImportRow)
}


@contextlib.contextmanager
def _driver_errors() -> Iterator[None]:
    """The driver's own "disk is full" and "locked", raised past SQLAlchemy (which types them
    for ``Database.write``), as the errors the clerk is told."""
    try:
        yield
    except Exception as exc:
        text = str(exc).lower()
        if "disk is full" in text or "no space left" in text or getattr(exc, "sqlstate", "") == "53100":
            raise StorageFull(FULL_MESSAGE) from exc
        if "database is locked" in text:
            raise Busy(BUSY_MESSAGE) from exc
        raise


class _Bulk:
    """A batch's inserts on the driver: ``DriverStatement``'s compiled SQL, with the rows turned
    into the driver's positional parameters column by column (its general path builds a dict
    per row first, which the sale's one-row statements do not mind and a batch does)."""

    def __init__(self, s: Session) -> None:
        self.driver = SessionDriver(s)

    def insert(self, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        stmt = _INSERT[model]
        compiled = stmt.compiled(self.driver.dialect)
        if compiled.order is None:  # a driver with named parameters (psycopg)
            with _driver_errors():
                self.driver.executemany(stmt, list(rows))
            return
        procs = compiled.in_processors
        columns = [(name, procs.get(name)) for name in compiled.order]
        with _driver_errors():
            self.driver.cursor.executemany(
                compiled.sql,
                [
                    tuple(c(v) if c is not None and (v := row[n]) is not None else row[n] for n, c in columns)
                    for row in rows
                ],
            )


def _insert_new(
    s: Session, actor: Actor, import_id: int, rows: Sequence[ReadyRow], prepared: Prepared
) -> None:
    """The batch's new members, hidden until the import is applied, in one statement per table."""
    if not rows:
        return
    now = utcnow()
    cards = iter(
        _card_numbers(s, actor.store_id, sum(1 for r in rows if not r.card), prepared.explicit_cards)
    )
    members = [
        {**r.values, "uid": new_uid(), "store_id": actor.store_id, "card_no": r.card or next(cards),
         "enrolled_by_id": actor.staff_id, "status": MemberStatus.IMPORTING,
         "tier": r.opening.tier or Tier.REGULAR, "enrolled_at": _enrolled_at(r, now), "updated_at": now,
         "ethnicity": None, "religion": None, "income_band": None}
        for r in rows
    ]  # fmt: skip
    bulk = _Bulk(s)
    bulk.insert(Member, members)
    phones = [r.phone for r in rows]
    ids = dict(s.execute(select(Member.phone, Member.id).where(Member.phone.in_(phones))).all())
    pairs = [(r, ids[r.phone]) for r in rows]
    bulk.insert(MemberKey, [{"key": k, "member_id": m} for r, m in pairs for k in r.keys])
    bulk.insert(
        MemberStats,
        [{"member_id": m, "spend_fen": 0, "visit_count": 0, "first_visit_at": None, "last_visit_at": None,
          "points_balance": r.opening.points} for r, m in pairs],
    )  # fmt: skip
    bulk.insert(
        MemberSize,
        [{"member_id": m, "category": c, "size": v, "updated_at": now} for r, m in pairs for c, v in r.sizes],
    )
    bulk.insert(
        Child,
        [{"member_id": m, "name": c.name, "gender": c.gender, "birthday": c.birthday,
          "birth_mmdd": c.birthday.month * 100 + c.birthday.day if c.birthday else None}
         for r, m in pairs for c in r.children],
    )  # fmt: skip
    reason = OPENING_REASON.format(file=prepared.file_name)[:200]
    bulk.insert(
        PointsEntry,
        [{"uid": new_uid(), "member_id": m, "created_at": now, "delta": r.opening.points,
          "source": PointsSource.ADJUSTMENT, "reason": reason, "sale_id": None, "return_id": None,
          "staff_id": actor.staff_id} for r, m in pairs if r.opening.points],
    )  # fmt: skip
    bulk.insert(
        MemberImportRow,
        [{"import_id": import_id, "member_id": m, "line": r.line, "merge": ""} for r, m in pairs],
    )


def _note_merges(
    s: Session, import_id: int, merges: Sequence[tuple[ReadyRow, int, dict[str, Any], Any]]
) -> None:
    if merges:
        s.execute(
            insert(_table(MemberImportRow)),
            [{"import_id": import_id, "member_id": member_id, "line": row.line,
              "merge": json.dumps(cand, ensure_ascii=False)} for row, member_id, cand, _found in merges],
        )  # fmt: skip


@dataclass
class Run:
    """One import being written: its id, lease and what it has done so far."""

    db: Database
    actor: Actor
    prepared: Prepared
    on_duplicate: OnDuplicate
    options: MergeOptions
    detail: str
    tally: Tally = field(default_factory=Tally)
    import_id: int = 0
    lease: Lease | None = None


def _begin(run: Run) -> None:
    with run.db.write() as s:
        row = MemberImport(
            store_id=run.actor.store_id,
            staff_id=run.actor.staff_id,
            file=run.prepared.file_name[:200],
            state=LOADING,
            applied_to=0,
        )
        s.add(row)
        s.flush()
        run.import_id = row.id
        # taken before the run is committed: no one can see the run without its lease held
        run.lease = Lease(run.db, row.id)


@contextlib.contextmanager
def _loading_database(db: Database) -> Iterator[Database]:
    """Where the hidden batches are written: without waiting for the disk at each commit.

    Nobody sees a batch before the commit point, and an import interrupted before it is
    undone, so a batch need not be on the disk when its transaction ends; the commit point is
    written with the store's full durability, which also makes every batch before it durable
    (SQLite syncs the whole write-ahead log up to that commit; PostgreSQL flushes its log up
    to it). On SQLite the batches get connections of their own with ``synchronous = NORMAL``
    (the counters' connections keep FULL); on PostgreSQL each batch sets
    ``synchronous_commit`` off for itself (``_batch``). Waiting for the disk was a third of
    the time of a batch, and a batch is what a sale waits behind.
    """
    if not db.is_sqlite or db.path is None:
        yield db
        return
    engine = make_engine(db.url)
    event.listen(engine, "connect", _no_sync_wait)
    loading = Database.from_engine(engine)
    try:
        yield loading
    finally:
        loading.dispose()


def _no_sync_wait(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA synchronous = NORMAL")


def _load(run: Run, progress: Progress | None, check: Check | None) -> None:
    with _loading_database(run.db) as db:
        _load_batches(run, db, progress, check)


def _load_batches(run: Run, db: Database, progress: Progress | None, check: Check | None) -> None:
    rows = run.prepared.rows
    size, done = BatchSize(), 0
    while done < len(rows):
        if check is not None:
            check()
        batch = rows[done : done + size.rows]
        started = time.perf_counter()
        with db.write() as s:
            if not db.is_sqlite:
                s.execute(text("SET LOCAL synchronous_commit TO OFF"))
            chunk = plan(s, run.actor.store_id, batch, run.on_duplicate, run.options)
            _insert_new(s, run.actor, run.import_id, chunk.new, run.prepared)
            _note_merges(s, run.import_id, chunk.merges)
        took = time.perf_counter() - started
        size.took(len(batch), took)
        run.tally.longest_batch_s = max(run.tally.longest_batch_s, took)
        run.tally.count(chunk)
        run.tally.batches += 1
        done += len(batch)
        if progress is not None:
            progress(done, len(rows))


def write_import(
    db: Database,
    actor: Actor,
    prepared: Prepared,
    *,
    on_duplicate: OnDuplicate,
    options: MergeOptions,
    detail: str,
    progress: Progress | None = None,
    check: Check | None = None,
) -> Tally:
    """Write ``prepared`` (see the module text); a failure before the commit point undoes it."""
    recover(db)
    run = Run(db, actor, prepared, on_duplicate, options, detail)
    run.tally.rejected += prepared.rejected
    _begin(run)
    assert run.lease is not None
    try:
        try:
            _load(run, progress, check)
            with db.write() as s:
                s.execute(
                    update(_table(MemberImport))
                    .where(MemberImport.id == run.import_id)
                    .values(state=APPLYING)
                )
        except BaseException:
            _undo_quietly(db, run.import_id)
            raise
        finish(db, run.import_id, actor=actor, tally=run.tally, detail=detail or prepared.file_name)
    finally:
        run.lease.release()
    run.tally.rejected.sort(key=lambda r: r.row)
    run.tally.skipped.sort(key=lambda r: r.row)
    return run.tally


# --- apply, undo, recover ------------------------------------------------------------------


def _on_file(member: Member) -> OnFile:
    return OnFile(
        member.id, member.store_id, member.status, member.name, member.card_no, member.gender,
        member.birthday, {n: getattr(member, n) for n in FILL_TEXT}, member.tier,
        {sz.category for sz in member.sizes}, bool(member.children),
    )  # fmt: skip


def fill_in(s: Session, actor: Actor | None, member_id: int, cand: dict[str, Any], where: str) -> bool:
    """Fill ``member_id``'s empty fields from ``cand`` (as noted at load time); audited."""
    member = s.get(Member, member_id, with_for_update=True)
    if member is None or member.status != MemberStatus.ACTIVE:
        return False
    current = _on_file(member)
    current.has_points = bool(
        cand.get("points")
        and s.scalar(select(PointsEntry.id).where(PointsEntry.member_id == member_id).limit(1))
    )
    found = changes(current, cand)
    if not found:
        return False
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in found.get("text", {}).items():
        before[name], after[name] = getattr(member, name), value
        setattr(member, name, value)
    if "gender" in found:
        before["gender"], after["gender"] = member.gender.value, found["gender"]
        member.gender = Gender(found["gender"])
    if "birthday" in found:
        b = found["birthday"]
        before["birthday"], after["birthday"] = None, b["birthday"]
        member.birthday = dt.date.fromisoformat(b["birthday"])
        member.birth_mmdd, member.birthday_lunar = b["birth_mmdd"], b["birthday_lunar"]
        member.lunar_mmdd, member.lunar_leap = b["lunar_mmdd"], b["lunar_leap"]
    for category, size in found.get("sizes", []):
        member.sizes.append(MemberSize(category=SizeCategory(category), size=size))
        after.setdefault("sizes", {})[category] = size
    for name, gender, birthday in found.get("children", []):
        day = dt.date.fromisoformat(birthday) if birthday else None
        member.children.append(Child(name=name, gender=Gender(gender), birthday=day,
                                     birth_mmdd=day.month * 100 + day.day if day else None))  # fmt: skip
        after.setdefault("children", []).append([name, gender, birthday])
    if "tier" in found and TIER_RANK[Tier(found["tier"])] > TIER_RANK[member.tier]:
        before["tier"], after["tier"] = member.tier.value, found["tier"]
        member.tier = Tier(found["tier"])
    if found.get("points"):
        points = int(found["points"])
        s.add(PointsEntry(member_id=member_id, delta=points, source=PointsSource.ADJUSTMENT,
                          reason=OPENING_REASON.format(file=where)[:200],
                          staff_id=actor.staff_id if actor else None))  # fmt: skip
        s.execute(
            update(_table(MemberStats))
            .where(MemberStats.member_id == member_id)
            .values(points_balance=MemberStats.points_balance + points)
        )
        after["points"] = points
    audit.record(s, actor, "member.import_fill", entity="member", entity_id=member_id, before=before,
                 after=after, detail=where[:200])  # fmt: skip
    return True


def _apply_batch(s: Session, actor: Actor | None, run: MemberImport, rows: Sequence[Any]) -> None:
    new = [r.member_id for r in rows if not r.merge]
    if new:
        s.execute(
            update(_table(Member))
            .where(Member.id.in_(new), Member.status == MemberStatus.IMPORTING)
            .values(status=MemberStatus.ACTIVE)
        )
    for r in rows:
        if r.merge:
            fill_in(s, actor, r.member_id, json.loads(r.merge), f"{run.file} row {r.line}")
    run.applied_to = rows[-1].member_id


def finish(db: Database, import_id: int, *, actor: Actor | None, tally: Tally | None, detail: str) -> None:
    """Apply a run past its commit point, from where it stands; ends with its audit entry.

    In batches kept to ``BATCH_SECONDS`` like the load's (filling a member in costs far more
    than showing a new one, so the batch shrinks when it holds members to fill in).
    """
    size = BatchSize(APPLY_BATCH)
    while True:
        started = time.perf_counter()
        with db.write() as s:
            run = s.get(MemberImport, import_id, with_for_update=True)
            if run is None or run.state != APPLYING:
                return
            rows = s.execute(
                select(MemberImportRow.member_id, MemberImportRow.line, MemberImportRow.merge)
                .where(MemberImportRow.import_id == import_id, MemberImportRow.member_id > run.applied_to)
                .order_by(MemberImportRow.member_id)
                .limit(size.rows)
            ).all()
            if rows:
                _apply_batch(s, actor, run, rows)
        took = time.perf_counter() - started
        if tally is not None:
            tally.longest_batch_s = max(tally.longest_batch_s, took)
        if rows:
            size.took(len(rows), took)
            continue
        with db.write() as s:
            run = s.get(MemberImport, import_id, with_for_update=True)
            if run is None or run.state != APPLYING:
                return
            run.state, run.finished_at = DONE, utcnow()
            after = {"import": import_id}
            if tally is not None:
                after |= {"added": tally.added, "merged": tally.merged, "skipped": len(tally.skipped),
                          "rejected": len(tally.rejected), "points": tally.points}  # fmt: skip
            audit.record(s, actor, "member.import", entity="member", detail=detail[:200], after=after)
            return


def undo(db: Database, import_id: int) -> None:
    """Remove what a run wrote before its commit point: its hidden members and their rows."""
    while True:
        with db.write() as s:
            ids = list(
                s.scalars(
                    select(MemberImportRow.member_id)
                    .join(Member, Member.id == MemberImportRow.member_id)
                    .where(MemberImportRow.import_id == import_id, Member.status == MemberStatus.IMPORTING)
                    .limit(APPLY_BATCH)
                )
            )
            if ids:
                s.execute(delete(_table(PointsEntry)).where(PointsEntry.member_id.in_(ids)))
                s.execute(delete(_table(Member)).where(Member.id.in_(ids)))  # keys, sizes ... cascade
                continue
            s.execute(delete(_table(MemberImportRow)).where(MemberImportRow.import_id == import_id))
            s.execute(
                update(_table(MemberImport))
                .where(MemberImport.id == import_id)
                .values(state=ROLLED_BACK, finished_at=utcnow())
            )
            return


def _undo_quietly(db: Database, import_id: int) -> None:
    """Undo after a failure; if even that fails (the disk is still full), ``recover`` will."""
    try:
        undo(db, import_id)
    except (ServiceError, OSError, Exception) as exc:  # the first error is the one to report
        log.warning("import %s left for recovery: %s", import_id, exc)


def recover(db: Database) -> list[int]:
    """Undo or finish every run whose process has ended; the ids of the runs seen to."""
    with db.read() as s:
        open_runs = list(
            s.execute(
                select(MemberImport.id, MemberImport.state).where(MemberImport.state.in_([LOADING, APPLYING]))
            )
        )
    seen: list[int] = []
    for import_id, state in open_runs:
        orphan = Orphan(db, import_id)
        if not orphan.take():
            continue  # still running somewhere
        finished = False
        try:
            if state == LOADING:
                undo(db, import_id)
            else:
                finish(
                    db,
                    import_id,
                    actor=None,
                    tally=None,
                    detail=f"import {import_id}, finished after an interruption",
                )
            finished = True
            seen.append(import_id)
        finally:
            orphan.release(finished=finished)
    return seen
