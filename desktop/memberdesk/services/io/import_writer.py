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

This module is step 1; ``import_apply`` runs the whole import, the commit point and steps 3,
and undoes or finishes an interrupted run (``recover``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, event, insert, select, text
from sqlalchemy.orm import Session

from memberdesk.domain.errors import Busy, StorageFull
from memberdesk.domain.vocab import MemberStatus, PointsSource, Tier, WalletEntryKind, WalletKind
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, insert_row
from memberdesk.services.io.import_lease import Lease
from memberdesk.services.io.import_plan import (
    MergeOptions,
    OnDuplicate,
    plan,
)
from memberdesk.services.io.import_rows import Prepared, ReadyRow, RejectedRow, SkippedRow
from memberdesk.services.members.enrolment import CARD_SEQUENCE
from memberdesk.services.members.tag_names import tag_key
from memberdesk.store.database import BUSY_MESSAGE, FULL_MESSAGE, Database, make_engine
from memberdesk.store.models import (
    Child,
    Member,
    MemberImport,
    MemberImportRow,
    MemberKey,
    MemberSize,
    MemberStats,
    MemberTag,
    NumberSequence,
    PointsEntry,
    Tag,
    Wallet,
    WalletEntry,
    new_uid,
    utcnow,
)

Progress = Callable[[int, int], None]
Check = Callable[[], None]
OPENING_REASON = "opening balance, imported from {file}"
BATCH_SECONDS = 0.04  # what one batch may hold the write lock for (a sale waits at most this)
PG_BATCH_SECONDS = 0.1
# the first batch is small: it also compiles the statements and warms the cache
FIRST_BATCH, MIN_BATCH, MAX_BATCH = 50, 20, 2000
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
    stored_principal_fen: int = 0  # opening stored value of new members, principal and bonus
    stored_bonus_fen: int = 0
    stored_members: int = 0
    stored_left: list[tuple[int, int, int]] = field(default_factory=list)  # rows on file: not written
    batches: int = 0
    longest_batch_s: float = 0.0  # the longest the import held the write lock at a time

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
            if row.opening.principal_fen or row.opening.bonus_fen:
                self.stored_principal_fen += row.opening.principal_fen
                self.stored_bonus_fen += row.opening.bonus_fen
                self.stored_members += 1
        self.stored_left += chunk.balances_left
        for _row, _id, _cand, found in chunk.merges:
            if found.get("points"):
                self.points += found["points"]
                self.points_members += 1
            if "tier" in found:
                self.tiers[found["tier"]] += 1


class BatchSize:
    """Rows per batch, kept so that one batch lasts about ``BATCH_SECONDS`` on SQLite, where a
    sale waits behind it; ``PG_BATCH_SECONDS`` on PostgreSQL, where a sale does not (rows are
    locked, not the database): only an enrolment waits, for the store's card numbers."""

    def __init__(self, db: Database, first: int | None = None) -> None:
        self.rows = first or FIRST_BATCH
        self.seconds = BATCH_SECONDS if db.is_sqlite else PG_BATCH_SECONDS

    def took(self, rows: int, seconds: float) -> None:
        if rows < self.rows or seconds <= 0:
            return
        wanted = int(rows * self.seconds / seconds)
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
    for model in (
        Member,
        MemberKey,
        MemberStats,
        MemberSize,
        Child,
        PointsEntry,
        MemberImportRow,
        MemberTag,
        Wallet,
        WalletEntry,
    )
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
          "points_balance": r.opening.points, "points_owed": 0} for r, m in pairs],
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
          "owed_delta": 0, "source": PointsSource.ADJUSTMENT, "reason": reason, "sale_id": None,
          "return_id": None, "staff_id": actor.staff_id} for r, m in pairs if r.opening.points],
    )  # fmt: skip
    _opening_balances(s, bulk, actor, pairs, reason, now)
    _tags(s, bulk, actor, pairs, now)
    bulk.insert(
        MemberImportRow,
        [{"import_id": import_id, "member_id": m, "line": r.line, "merge": ""} for r, m in pairs],
    )


def _tags(s: Session, bulk: _Bulk, actor: Actor, pairs: list[tuple[ReadyRow, int]], now: dt.datetime) -> None:
    """The 标签 column: each new member's tags, recorded as given by whoever imports. A tag the
    store's list does not hold joins it (the file is the store's own record); a retired one
    is given back to the list."""
    wanted = {tag_key(t): t for r, _m in pairs for t in r.opening.tags}
    if not wanted:
        return
    known = {tag_key(t.name): t for t in s.scalars(select(Tag).where(Tag.store_id == actor.store_id))}
    for key, name in wanted.items():
        if key not in known:
            known[key] = Tag(store_id=actor.store_id, name=name, created_by_id=actor.staff_id)
            s.add(known[key])
        known[key].active = True
    s.flush()
    bulk.insert(
        MemberTag,
        [{"member_id": m, "tag_id": known[tag_key(t)].id, "tagged_at": now, "tagged_by_id": actor.staff_id}
         for r, m in pairs for t in r.opening.tags],
    )  # fmt: skip


def _opening_balances(
    s: Session, bulk: _Bulk, actor: Actor, pairs: list[tuple[ReadyRow, int]], reason: str, now: dt.datetime
) -> None:
    """Each new member's stored value from the old system: an account holding it, and the one
    opening entry it is the sum of (principal and bonus apart; no money changed hands)."""
    held = [(r, m) for r, m in pairs if r.opening.principal_fen or r.opening.bonus_fen]
    if not held:
        return
    bulk.insert(
        Wallet,
        [{"uid": new_uid(), "store_id": actor.store_id, "kind": WalletKind.MEMBER, "member_id": m,
          "card_code": None, "principal_fen": r.opening.principal_fen, "bonus_fen": r.opening.bonus_fen,
          "pin_hash": None, "failed_attempts": 0, "locked_until": None, "created_at": now} for r, m in held],
    )  # fmt: skip
    wallets = dict(
        s.execute(select(Wallet.member_id, Wallet.id).where(Wallet.member_id.in_([m for _, m in held]))).all()
    )
    bulk.insert(
        WalletEntry,
        [{"uid": new_uid(), "wallet_id": wallets[m], "store_id": actor.store_id, "created_at": now,
          "kind": WalletEntryKind.OPENING, "principal_fen": r.opening.principal_fen,
          "bonus_fen": r.opening.bonus_fen, "money_fen": 0, "method": None, "doc_no": "", "sale_id": None,
          "return_id": None, "staff_id": actor.staff_id, "approved_by_id": None, "reason": reason}
         for r, m in held],
    )  # fmt: skip


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


def begin(run: Run) -> None:
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
def quiet_database(db: Database) -> Iterator[Database]:
    """Where the hidden batches are written: without waiting for the disk at each commit.

    Nobody sees a batch before the commit point, and an import interrupted before it is
    undone, so a batch need not be on the disk when its transaction ends; the commit point is
    written with the store's full durability, which also makes every batch before it durable
    (SQLite syncs the whole write-ahead log up to that commit; PostgreSQL flushes its log up
    to it). On SQLite the batches get connections of their own with ``synchronous = NORMAL``
    (the counters' connections keep FULL) and copy the log into the file between batches
    (``checkpoint``); on PostgreSQL each batch sets ``synchronous_commit`` off for itself.
    Waiting for the disk was a third of the time of a batch, and copying a long log inside a
    batch's commit made it last up to a second: a batch is what a sale waits behind.
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
    # the import copies its pages into the file itself, between batches (``checkpoint``),
    # not inside the commit of a batch while a sale waits for the lock
    dbapi_conn.execute("PRAGMA wal_autocheckpoint = 0")


def checkpoint(db: Database) -> None:
    """Copy the write-ahead log into the file between batches: PASSIVE takes no lock a sale
    needs, and a sale's own commit then seldom finds a log long enough to copy itself."""
    if db.is_sqlite:
        with db.lookup_connection() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def load(run: Run, progress: Progress | None, check: Check | None) -> None:
    with quiet_database(run.db) as db:
        _load_batches(run, db, progress, check)


@contextlib.contextmanager
def no_full_collections() -> Iterator[None]:
    """Python's full garbage collection among the prepared rows of a large file (millions of
    objects) paused a batch for most of a second while it held the write lock; the rows live
    until the import ends, so they are set aside from collection for its duration."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _warm_up(run: Run, db: Database) -> None:
    """Plan the first rows in a read transaction and compile the inserts, before any lock is
    taken: the statements' first compiling and the first reads of a large store's indexes
    made the first batch three times as long as the others."""
    with db.read() as s:
        plan(s, run.actor.store_id, run.prepared.rows[:FIRST_BATCH], run.on_duplicate, run.options)
        dialect = s.connection().dialect
    for stmt in _INSERT.values():
        stmt.compiled(dialect)


def _load_batches(run: Run, db: Database, progress: Progress | None, check: Check | None) -> None:
    rows = run.prepared.rows
    _warm_up(run, db)
    size, done = BatchSize(db), 0
    while done < len(rows):
        if check is not None:
            check()
        batch = rows[done : done + size.rows]
        with db.write() as s:
            s.connection()  # BEGIN: on SQLite it waits here, in turn, behind a sale
            started = time.perf_counter()  # from here on the batch holds the write lock
            if not db.is_sqlite:
                s.execute(text("SET LOCAL synchronous_commit TO OFF"))
            chunk = plan(s, run.actor.store_id, batch, run.on_duplicate, run.options)
            _insert_new(s, run.actor, run.import_id, chunk.new, run.prepared)
            _note_merges(s, run.import_id, chunk.merges)
        took = time.perf_counter() - started
        checkpoint(db)
        size.took(len(batch), took)
        run.tally.longest_batch_s = max(run.tally.longest_batch_s, took)
        run.tally.count(chunk)
        run.tally.batches += 1
        done += len(batch)
        if progress is not None:
            progress(done, len(rows))
