"""End of shift (交班/日结): what the ledger says each payment method took since the shift
opened, the cash the clerk counted, the difference and why, and the next shift's float.

A shift belongs to a till (this counter's name) and runs from its opening to its count. What it
expects is read from the store's ledger for that time: sales' payments (a void's negative
ones too), returns' refunds, and stored value paid in (top-ups) or out (withdrawals) with the
money's method. Cash expected also holds the float the shift started with.

A store with several tills on one database: the ledger does not say which till took a sale,
so each till's shift expects the whole store's takings for its time. Such a store closes one
shift for the store (one till name) until sales carry their till.

Rows are only added (``store/models/shift.py``), and ``check_shifts`` (run by
``memberdesk db check``) recomputes every count from the ledger.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.documents.shift import ShiftLine, ShiftReport
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import PaymentMethod, WalletEntryKind
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text, is_blank, money
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Payment,
    Refund,
    Sale,
    SaleReturn,
    Shift,
    ShiftCount,
    Staff,
    Store,
    WalletEntry,
    utcnow,
)

MAX_TILL = 40
MAX_REASON = 200
JUST_CLOSED = QT_TRANSLATE_NOOP("Errors", "This shift was just closed at another counter.")
NO_SHIFT = QT_TRANSLATE_NOOP("Errors", "No shift is open at this till: open one with its float.")


def _till(name: str) -> str:
    till = clean_text(name, MAX_TILL)
    if not till:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name this till."), field="till")
    return till


def _open_shift(s: Session, store_id: int, till: str) -> Shift | None:
    """The till's shift without a count, if any (the newest: there is at most one)."""
    counted = select(ShiftCount.shift_id)
    return s.scalars(
        select(Shift)
        .where(Shift.store_id == store_id, Shift.till == till, Shift.id.not_in(counted))
        .order_by(Shift.opened_at.desc(), Shift.id.desc())
        .limit(1)
    ).first()


def current(db: Database, store_id: int, till: str) -> tuple[int, dt.datetime, int] | None:
    """The open shift at this till: (id, opened at, float), or None."""
    with db.read() as s:
        shift = _open_shift(s, store_id, _till(till))
        return (shift.id, shift.opened_at, shift.float_fen) if shift else None


def open_shift(
    db: Database, actor: Actor, till: str, float_amount: object, *, now: dt.datetime | None = None
) -> int:
    """Start a shift at a till that has none open, with the float counted into the drawer."""
    require(actor, Permission.CLOSE_SHIFT)
    name = _till(till)
    float_fen = money(float_amount, "float", allow_zero=True)
    with db.write() as s:
        if _open_shift(s, actor.store_id, name) is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "A shift is already open at this till."), field="till")
        shift = Shift(
            store_id=actor.store_id,
            till=name,
            opened_at=now or utcnow(),
            opened_by_id=actor.staff_id,
            float_fen=float_fen,
        )
        s.add(shift)
        s.flush()
        audit.record(
            s, actor, "shift.open", entity="shift", entity_id=shift.id, after={"float_fen": float_fen}
        )
        return shift.id


def takings(
    s: Session, store_id: int, start: dt.datetime, end: dt.datetime
) -> dict[PaymentMethod, list[int]]:
    """[sales, refunds, stored value] by payment method, for ``start`` ≤ time < ``end``."""
    found: dict[PaymentMethod, list[int]] = defaultdict(lambda: [0, 0, 0])
    sales = (
        select(Payment.method, func.sum(Payment.amount_fen))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.store_id == store_id, Sale.created_at >= start, Sale.created_at < end)
        .group_by(Payment.method)
    )
    refunds = (
        select(Refund.method, func.sum(Refund.amount_fen))
        .join(SaleReturn, SaleReturn.id == Refund.return_id)
        .where(SaleReturn.store_id == store_id, SaleReturn.created_at >= start, SaleReturn.created_at < end)
        .group_by(Refund.method)
    )
    wallet = (
        select(WalletEntry.method, func.sum(WalletEntry.money_fen))
        .where(
            WalletEntry.store_id == store_id,
            WalletEntry.created_at >= start,
            WalletEntry.created_at < end,
            WalletEntry.kind.in_([WalletEntryKind.TOPUP, WalletEntryKind.WITHDRAW]),
            WalletEntry.method.is_not(None),
        )
        .group_by(WalletEntry.method)
    )
    for column, query in enumerate((sales, refunds, wallet)):
        for method, total in s.execute(query):
            if str(method) != PaymentMethod.EXCHANGE.value:  # goods for goods: no money moved
                found[PaymentMethod(str(method))][column] += int(total or 0)
    return dict(found)


def expected(float_fen: int, method: PaymentMethod, figures: list[int]) -> int:
    sales, refunds, stored = figures
    return (float_fen if method is PaymentMethod.CASH else 0) + sales - refunds + stored


def expected_now(
    db: Database, store_id: int, till: str, *, now: dt.datetime | None = None
) -> tuple[ShiftLine, ...]:
    """What the open shift should hold by payment method so far (cash first, not counted yet)."""
    with db.read() as s:
        shift = _open_shift(s, store_id, _till(till))
        if shift is None:
            raise NotFound(NO_SHIFT, field="till")
        figures = takings(s, store_id, shift.opened_at, now or utcnow())
        figures.setdefault(PaymentMethod.CASH, [0, 0, 0])
        return tuple(
            ShiftLine(
                method=method,
                float_fen=shift.float_fen if method is PaymentMethod.CASH else 0,
                sales_fen=figures[method][0],
                refunds_fen=figures[method][1],
                stored_value_fen=figures[method][2],
                expected_fen=expected(shift.float_fen, method, figures[method]),
                counted_fen=None,
                difference_fen=0,
            )
            for method in sorted(figures, key=lambda m: (m is not PaymentMethod.CASH, m.value))
        )


def close_shift(
    db: Database,
    actor: Actor,
    till: str,
    counted_cash: object,
    reason: str,
    next_float: object,
    *,
    shift_id: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Count the shift: the cash typed against the cash expected, the difference with its reason
    (required when there is one), and the next shift opened with ``next_float``. Returns the
    closed shift's id.

    ``shift_id`` is the shift the clerk was shown: when another counter (or a second press)
    counted it meanwhile, the count is refused instead of closing the shift that followed."""
    require(actor, Permission.CLOSE_SHIFT)
    name = _till(till)
    counted = money(counted_cash, "counted", allow_zero=True)
    float_next = money(next_float, "next_float", allow_zero=True)
    why = clean_text(reason, MAX_REASON) if not is_blank(reason) else ""
    at = now or utcnow()
    try:
        with db.write() as s:
            shift = _open_shift(s, actor.store_id, name)
            if shift is None:
                raise NotFound(NO_SHIFT, field="till")
            if shift_id is not None and shift.id != shift_id:
                raise Conflict(JUST_CLOSED, field="till")
            if at < shift.opened_at:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "The shift opened later than now."), field="till")
            figures = takings(s, actor.store_id, shift.opened_at, at)
            figures.setdefault(PaymentMethod.CASH, [0, 0, 0])
            cash_expected = expected(shift.float_fen, PaymentMethod.CASH, figures[PaymentMethod.CASH])
            difference = counted - cash_expected
            if difference and not why:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The cash is {difference} off: say why."),
                    field="reason",
                    difference=f"{difference / 100:+,.2f}",
                )
            if float_next > counted:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The next float cannot be more than the cash counted."),
                    field="next_float",
                )
            for method in sorted(figures, key=lambda m: (m is not PaymentMethod.CASH, m.value)):
                cash = method is PaymentMethod.CASH
                sales, refunds, stored = figures[method]
                s.add(
                    ShiftCount(
                        shift_id=shift.id,
                        method=method,
                        closed_at=at,
                        closed_by_id=actor.staff_id,
                        float_fen=shift.float_fen if cash else 0,
                        sales_fen=sales,
                        refunds_fen=refunds,
                        stored_value_fen=stored,
                        expected_fen=expected(shift.float_fen, method, figures[method]),
                        counted_fen=counted if cash else None,
                        difference_fen=difference if cash else 0,
                        reason=why if cash else "",
                    )
                )
            s.add(
                Shift(
                    store_id=actor.store_id,
                    till=name,
                    opened_at=at,
                    opened_by_id=actor.staff_id,
                    float_fen=float_next,
                    follows_id=shift.id,
                )
            )
            audit.record(
                s,
                actor,
                "shift.close",
                entity="shift",
                entity_id=shift.id,
                after={"counted_fen": counted, "difference_fen": difference, "next_float_fen": float_next},
                detail=why,
                at=at,
            )
            s.flush()
            return shift.id
    except IntegrityError as exc:  # another counter counted this shift meanwhile
        raise Conflict(JUST_CLOSED, field="till") from exc


def _names(s: Session, ids: set[int]) -> Mapping[int, str]:
    return {sid: name for sid, name in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids)))}


def report(db: Database, store_id: int, shift_id: int) -> ShiftReport:
    """A closed shift's count, as the report prints it; readable any time later."""
    with db.read() as s:
        shift = s.get(Shift, shift_id)
        rows = list(
            s.scalars(select(ShiftCount).where(ShiftCount.shift_id == shift_id).order_by(ShiftCount.id))
        )
        if shift is None or shift.store_id != store_id or not rows:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such closed shift."), field="shift_id")
        following = s.scalars(select(Shift).where(Shift.follows_id == shift.id)).first()
        names = _names(s, {shift.opened_by_id, rows[0].closed_by_id})
        store = s.get(Store, store_id)
        cash = next((r for r in rows if r.method is PaymentMethod.CASH), None)
        return ShiftReport(
            store_name=store.name if store else "",
            till=shift.till,
            shift_id=shift.id,
            opened_at=shift.opened_at,
            opened_by=names.get(shift.opened_by_id, ""),
            closed_at=rows[0].closed_at,
            closed_by=names.get(rows[0].closed_by_id, ""),
            lines=tuple(
                ShiftLine(
                    r.method,
                    r.float_fen,
                    r.sales_fen,
                    r.refunds_fen,
                    r.stored_value_fen,
                    r.expected_fen,
                    r.counted_fen,
                    r.difference_fen,
                )
                for r in rows
            ),
            reason=cash.reason if cash else "",
            next_float_fen=following.float_fen if following else None,
        )


def closed_shifts(db: Database, store_id: int, *, limit: int = 50) -> list[tuple[int, str, dt.datetime, int]]:
    """The latest closed shifts: (id, till, closed at, cash difference), newest first."""
    with db.read() as s:
        rows = s.execute(
            select(Shift.id, Shift.till, ShiftCount.closed_at, ShiftCount.difference_fen)
            .join(ShiftCount, ShiftCount.shift_id == Shift.id)
            .where(Shift.store_id == store_id, ShiftCount.method == PaymentMethod.CASH)
            .order_by(ShiftCount.closed_at.desc(), Shift.id.desc())
            .limit(limit)
        )
        return [(sid, till, at, diff) for sid, till, at, diff in rows]


def check_shifts(db: Database) -> list[str]:
    """``db check``: every count agrees with the ledger for its shift's time, adds up, and was
    followed by one shift starting at its close with no more than the cash counted."""
    found: list[str] = []
    with db.read() as s:
        counts: dict[int, list[ShiftCount]] = defaultdict(list)
        for count in s.scalars(select(ShiftCount).order_by(ShiftCount.id)):
            counts[count.shift_id].append(count)
        for shift_id, rows in counts.items():
            shift = s.get(Shift, shift_id)
            if shift is None:
                continue
            closed = rows[0].closed_at
            ledger = takings(s, shift.store_id, shift.opened_at, closed)
            kept = {r.method: r for r in rows}
            for method in set(ledger) | set(kept):
                figures = ledger.get(method, [0, 0, 0])
                row = kept.get(method)
                want = expected(shift.float_fen, method, figures)
                if row is None:
                    found.append(
                        f"shift {shift_id}: {method.value} {want} fen in the ledger, not in the count"
                    )
                    continue
                stored = [row.sales_fen, row.refunds_fen, row.stored_value_fen]
                if stored != figures or row.expected_fen != want:
                    found.append(
                        f"shift {shift_id}: {method.value} counted against {row.expected_fen} fen "
                        f"but the ledger says {want} fen for its time"
                    )
                if row.counted_fen is not None and row.counted_fen - row.expected_fen != row.difference_fen:
                    found.append(f"shift {shift_id}: the {method.value} difference does not add up")
            following = s.scalars(select(Shift).where(Shift.follows_id == shift_id)).first()
            cash = kept.get(PaymentMethod.CASH)
            if following is None:
                found.append(f"shift {shift_id}: counted but no shift follows it")
            elif following.opened_at != closed or (cash and following.float_fen > (cash.counted_fen or 0)):
                found.append(f"shift {shift_id}: the next shift does not start from its count")
    return found
