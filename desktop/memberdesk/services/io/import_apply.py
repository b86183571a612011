"""An import's commit point and what follows it, and tidying up after an interrupted one.

``write_import`` runs an import: ``import_writer`` loads it in hidden batches; then one tiny
transaction is the commit point (state ``applying``); then ``finish`` shows the new members
and fills in the members on file, in batches of the load's length, each member filled in
with an audit entry of what changed, and ends the run ``done`` with the import's audit entry.
A failure, a cancel or a full disk before the commit point ``undo``es the run at once.

``recover`` finds runs whose process has ended (``import_lease``) and undoes a loading one or
finishes an applying one; every import starts with it, and the Members page asks for it.
Applying is idempotent (a member is made active only once, a field filled only while empty,
points only into an empty ledger), so a finish that is itself interrupted just runs again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import table_of
from memberdesk.services.io import import_fill
from memberdesk.services.io import import_writer as writer
from memberdesk.services.io.import_lease import Orphan
from memberdesk.services.io.import_plan import MergeOptions, OnDuplicate
from memberdesk.services.io.import_rows import Prepared
from memberdesk.services.io.import_writer import (
    APPLYING,
    DONE,
    LOADING,
    ROLLED_BACK,
    Check,
    Progress,
    Run,
    Tally,
)
from memberdesk.services.staff import audit
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Member,
    MemberImport,
    MemberImportRow,
    PointsEntry,
    Wallet,
    WalletEntry,
    utcnow,
)

log = logging.getLogger(__name__)


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
    writer.begin(run)
    assert run.lease is not None
    try:
        with writer.no_full_collections():
            try:
                writer.load(run, progress, check)
                with db.write() as s:
                    s.execute(
                        update(table_of(MemberImport))
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


def _apply_batch(s: Session, actor: Actor | None, run: MemberImport, rows: Sequence[Any]) -> None:
    new = [r.member_id for r in rows if not r.merge]
    if new:
        s.execute(
            update(table_of(Member))
            .where(Member.id.in_(new), Member.status == MemberStatus.IMPORTING)
            .values(status=MemberStatus.ACTIVE)
        )
    fills = [r for r in rows if r.merge]
    if fills:
        import_fill.fill_in(s, actor, run.file, fills)
    run.applied_to = rows[-1].member_id


def finish(db: Database, import_id: int, *, actor: Actor | None, tally: Tally | None, detail: str) -> None:
    """Apply a run past its commit point, from where it stands; ends with its audit entry.

    In batches kept to ``BATCH_SECONDS`` like the load's, the first as small as the load's
    first (filling a member in costs far more than showing a new one: the batch grows while
    it holds new members only, and shrinks when it holds members to fill in), written
    as the load's are (``writer.quiet_database``): a batch lost to a power cut is applied
    again, the run being ``applying`` until its last transaction, which is written with the
    store's full durability.
    """
    size = writer.BatchSize(db)
    with writer.quiet_database(db) as quiet:
        while _apply_next(quiet, import_id, actor, tally, size):
            pass
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


def _apply_next(
    db: Database, import_id: int, actor: Actor | None, tally: Tally | None, size: writer.BatchSize
) -> bool:
    """Apply the next batch of the run; False when nothing is left."""
    with db.write() as s:
        s.connection()  # waits its turn for the write lock
        started = time.perf_counter()
        if not db.is_sqlite:
            s.execute(text("SET LOCAL synchronous_commit TO OFF"))
        run = s.get(MemberImport, import_id, with_for_update=True)
        if run is None or run.state != APPLYING:
            return False
        rows = s.execute(
            select(MemberImportRow.member_id, MemberImportRow.line, MemberImportRow.merge)
            .where(MemberImportRow.import_id == import_id, MemberImportRow.member_id > run.applied_to)
            .order_by(MemberImportRow.member_id)
            .limit(size.rows)
        ).all()
        if not rows:
            return False
        _apply_batch(s, actor, run, rows)
    took = time.perf_counter() - started
    writer.checkpoint(db)
    if tally is not None:
        tally.longest_batch_s = max(tally.longest_batch_s, took)
    size.took(len(rows), took)
    return True


def undo(db: Database, import_id: int) -> None:
    """Remove what a run wrote before its commit point: its hidden members and their rows."""
    while True:
        with db.write() as s:
            ids = list(
                s.scalars(
                    select(MemberImportRow.member_id)
                    .join(Member, Member.id == MemberImportRow.member_id)
                    .where(MemberImportRow.import_id == import_id, Member.status == MemberStatus.IMPORTING)
                    .limit(writer.APPLY_BATCH)
                )
            )
            if ids:
                s.execute(delete(table_of(PointsEntry)).where(PointsEntry.member_id.in_(ids)))
                wallets = select(Wallet.id).where(Wallet.member_id.in_(ids)).scalar_subquery()
                s.execute(delete(table_of(WalletEntry)).where(WalletEntry.wallet_id.in_(wallets)))
                s.execute(delete(table_of(Wallet)).where(Wallet.member_id.in_(ids)))
                s.execute(delete(table_of(Member)).where(Member.id.in_(ids)))  # keys, sizes ... cascade
                continue
            s.execute(delete(table_of(MemberImportRow)).where(MemberImportRow.import_id == import_id))
            s.execute(
                update(table_of(MemberImport))
                .where(MemberImport.id == import_id)
                .values(state=ROLLED_BACK, finished_at=utcnow())
            )
            return


def _undo_quietly(db: Database, import_id: int) -> None:
    """Undo after a failure; if even that fails (the disk is still full), ``recover`` will."""
    try:
        undo(db, import_id)
    except Exception as exc:  # the first error is the one to report
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
