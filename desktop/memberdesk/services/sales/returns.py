"""Returns (退货) and refunds (退款) against the original sale.

The original sale's row is locked first, so two counters returning the same goods queue up
and the second sees what the first returned: a line is never returned beyond what was sold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.points import share
from memberdesk.domain.vocab import PaymentMethod, PointsSource, ReturnType, SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import MAX_QUANTITY, clean_code, clean_text, money, quantity, record_id
from memberdesk.services.common.numbers import next_number
from memberdesk.services.sales.ledger import add_points, bump_stats
from memberdesk.services.sales.pricing import ACCEPTED_METHODS
from memberdesk.services.sales.recording import receipt_number
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff import audit, auth
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Refund, ReturnLine, Sale, SaleLine, SaleReturn, utcnow


@dataclass(frozen=True)
class ReturnLineForm:
    sale_line_id: int
    quantity: str | int


@dataclass(frozen=True)
class Approval:
    """A supervisor's PIN typed at the counter."""

    staff_id: int
    pin: str


@dataclass(frozen=True)
class ReturnForm:
    receipt_no: str
    lines: list[ReturnLineForm]
    return_type: ReturnType | None
    reason: str
    approval: Approval | None = None


@dataclass(frozen=True)
class ReturnResult:
    return_id: int
    return_no: str
    refund_fen: int
    points_reversed: int
    approved_by_id: int | None


@dataclass(frozen=True)
class ReturnableLine:
    sale_line_id: int
    description: str
    size: str
    sold: int
    returned: int
    unit_net_fen: int


def _line_nets(sale: Sale) -> dict[int, int]:
    """Each line's share of the amount paid (sale discounts spread by line amount)."""
    lines = list(sale.lines)
    nets: dict[int, int] = {}
    left = sale.discount_fen
    for i, ln in enumerate(lines):
        cut = left if i == len(lines) - 1 else sale.discount_fen * ln.total_fen // max(1, sale.subtotal_fen)
        left -= cut
        nets[ln.id] = ln.total_fen - cut
    return nets


def _returned(s: Session, sale_id: int) -> dict[int, tuple[int, int]]:
    rows = s.execute(
        select(ReturnLine.sale_line_id, func.sum(ReturnLine.quantity), func.sum(ReturnLine.refund_fen))
        .join(SaleReturn, SaleReturn.id == ReturnLine.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(ReturnLine.sale_line_id)
    )
    return {int(r[0]): (int(r[1] or 0), int(r[2] or 0)) for r in rows if r[0] is not None}


def find_sale(db: Database, actor: Actor, receipt_no: str) -> tuple[int, list[ReturnableLine]]:
    """The sale behind a receipt number and what can still be returned of each line."""
    require(actor, Permission.RECORD_RETURN)
    with db.read() as s:
        sale = _sale_by_receipt(s, actor, receipt_no, lock=False)
        nets = _line_nets(sale)
        done = _returned(s, sale.id)
        return sale.id, [
            ReturnableLine(
                ln.id,
                ln.description,
                ln.size,
                ln.quantity,
                done.get(ln.id, (0, 0))[0],
                nets[ln.id] // ln.quantity,
            )
            for ln in sale.lines
        ]


def _sale_by_receipt(s: Session, actor: Actor, receipt_no: str, *, lock: bool) -> Sale:
    code = clean_code(receipt_no).upper()
    sale: Sale | None = None
    if code and len(code) <= 24:
        stmt = select(Sale).where(
            Sale.store_id == actor.store_id, Sale.receipt_no.in_(receipt_spellings(code))
        )
        if lock:
            stmt = stmt.with_for_update()
        sale = s.scalars(stmt).first()
    if sale is None or sale.voids_sale_id is not None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No sale with receipt number {no}."),
            field="receipt_no",
            no=clean_text(receipt_no, 24),
        )
    if sale.status is SaleStatus.VOIDED:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This sale was voided."), field="receipt_no")
    return sale


_NEEDS_APPROVAL = QT_TRANSLATE_NOOP("Errors", "A supervisor must approve this return with their PIN.")


def _approver(db: Database, actor: Actor, approval: Approval | None) -> int | None:
    """The supervisor whose PIN was typed, checked before the return's own transaction.

    The same counted check as sign-in (``auth.approve``): a locked-out supervisor is refused
    whatever the PIN, and every wrong PIN counts toward the lock-out.
    """
    if approval is None:
        return None
    staff_id = record_id(approval.staff_id, "approval", _NEEDS_APPROVAL)
    pin = approval.pin if isinstance(approval.pin, str) else ""
    approver = auth.approve(db, actor, staff_id, pin[:64], Permission.APPROVE_RETURN, refused=_NEEDS_APPROVAL)
    return approver.staff_id


def receipt_spellings(code: str) -> list[str]:
    """The receipt numbers a typed one may mean: as typed, and for R and digits, the number at
    the counter's width and at the nine digits older demo stores printed (R21703, R00021703
    and R000021703 are one receipt)."""
    out = [code]
    digits = code[1:]
    if code.startswith("R") and digits.isascii() and digits.isdigit() and len(digits) <= 12:
        n = int(digits)
        out += [receipt_number(n), f"R{n:09d}"]
    return list(dict.fromkeys(out))


def record_return(
    db: Database, actor: Actor, form: ReturnForm, *, now: dt.datetime | None = None
) -> ReturnResult:
    """Return goods of a sale; refunds go back to the sale's own payment methods."""
    require(actor, Permission.RECORD_RETURN)
    if not isinstance(form.return_type, ReturnType):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the return type."), field="return_type")
    reason = clean_text(form.reason, 2000)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the goods are returned."), field="reason")
    wanted = _wanted(form.lines)
    now = now or utcnow()
    approver = _approver(db, actor, form.approval)
    with db.write() as s:
        sale = _sale_by_receipt(s, actor, form.receipt_no, lock=True)
        rules = load_rules(s, actor.store_id)
        lines = {ln.id: ln for ln in sale.lines}
        nets = _line_nets(sale)
        done = _returned(s, sale.id)
        ret_lines: list[ReturnLine] = []
        refund = 0
        for line_id, qty in wanted.items():
            ln: SaleLine | None = lines.get(line_id)
            if ln is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That line is not on this receipt."), field="lines"
                )
            back_qty, back_fen = done.get(line_id, (0, 0))
            if qty > ln.quantity - back_qty:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "Only {left} of “{item}” can still be returned."),
                    field="lines",
                    left=ln.quantity - back_qty,
                    item=ln.description,
                )
            if back_qty + qty == ln.quantity:  # last of the line: exactly what is left, no rounding drift
                amount = nets[line_id] - back_fen
            else:
                amount = nets[line_id] * qty // ln.quantity
            refund += amount
            ret_lines.append(
                ReturnLine(sale_line_id=line_id, description=ln.description, quantity=qty, refund_fen=amount)
            )
        age = (now - sale.created_at).days
        late = age > rules.return_window_days
        # The limit is on what one sale refunds in all, so splitting a refund into several
        # returns below the limit still needs the approval the whole would have needed.
        refunded = sum(fen for _qty, fen in done.values()) + refund
        over_limit = refunded > rules.refund_limit_fen
        if (late or over_limit) and approver is None:
            _refuse_without_approval(late, age, rules.return_window_days, refunded, rules.refund_limit_fen)
        if not (late or over_limit):
            approver = None  # a PIN typed when none was needed approves nothing
        refunds = _split_refund(s, sale, refund)
        reversed_pts = _points_to_reverse(s, sale, refund)
        number = next_number(s, actor.store_id, "return")
        ret = SaleReturn(
            store_id=actor.store_id,
            return_no=f"T{number:08d}",
            sale_id=sale.id,
            member_id=sale.member_id,
            staff_id=actor.staff_id,
            approved_by_id=approver,
            approval_note=" ".join(n for n, on in (("late", late), ("over_limit", over_limit)) if on),
            return_type=form.return_type,
            reason=reason,
            created_at=now,
            refund_total_fen=refund,
            points_reversed=reversed_pts,
            without_receipt=False,
        )
        ret.lines = ret_lines
        ret.refunds = [Refund(method=m, amount_fen=a) for m, a in refunds]
        s.add(ret)
        s.flush()
        if sale.member_id is not None:
            add_points(
                s,
                sale.member_id,
                -reversed_pts,
                PointsSource.RETURN,
                at=now,
                return_id=ret.id,
                staff_id=actor.staff_id,
                reason=ret.return_no,
            )
            bump_stats(s, sale.member_id, at=now, spend_fen=-refund, points=-reversed_pts)
        if approver is not None:
            audit.record(
                s, actor, "return.approved", entity="return", entity_id=ret.id, detail=f"approver={approver}"
            )
        return ReturnResult(ret.id, ret.return_no, refund, reversed_pts, approver)


def _wanted(lines: list[ReturnLineForm]) -> dict[int, int]:
    """Quantity wanted back per sale line (a line named twice is added up, still bounded)."""
    if len(lines) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That line is not on this receipt."), field="lines")
    wanted: dict[int, int] = {}
    for i, lf in enumerate(lines):
        line_id = record_id(
            getattr(lf, "sale_line_id", None),
            "lines",
            QT_TRANSLATE_NOOP("Errors", "That line is not on this receipt."),
        )
        total = wanted.get(line_id, 0) + quantity(getattr(lf, "quantity", None), f"lines.{i}.quantity")
        if total > MAX_QUANTITY:
            quantity(total, f"lines.{i}.quantity")
        wanted[line_id] = total
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose what is returned."), field="lines")
    return wanted


def _refuse_without_approval(late: bool, age: int, window: int, refunded: int, limit: int) -> None:
    if late:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sale is {age} days old, past the {window}-day return window: "
                "a supervisor must approve this return with their PIN.",
            ),
            field="approval",
            age=age,
            window=window,
        )
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "Errors",
            "With this return the sale has refunded {refunded}, above the limit of {limit}: "
            "a supervisor must approve this return with their PIN.",
        ),
        field="approval",
        refunded=format_fen(refunded),
        limit=format_fen(limit),
    )


def _split_refund(s: Session, sale: Sale, amount: int) -> list[tuple[object, int]]:
    """Pay back to the original methods, each at most what it paid less what it got back."""
    already: dict[str, int] = {}
    rows = s.execute(
        select(Refund.method, func.sum(Refund.amount_fen))
        .join(SaleReturn, SaleReturn.id == Refund.return_id)
        .where(SaleReturn.sale_id == sale.id)
        .group_by(Refund.method)
    )
    for method, total in rows:
        already[str(method)] = int(total)
    out: list[tuple[object, int]] = []
    left = amount
    for p in sale.payments:
        room = p.amount_fen - already.get(str(p.method), 0)
        already[str(p.method)] = already.get(str(p.method), 0) + max(0, min(room, left))
        take = max(0, min(room, left))
        if take:
            out.append((p.method, take))
            left -= take
    return out


def _points_to_reverse(s: Session, sale: Sale, refund: int) -> int:
    """Points of the returned goods, rounded up and capped at what the sale earned."""
    before = int(
        s.scalar(
            select(func.coalesce(func.sum(SaleReturn.points_reversed), 0)).where(
                SaleReturn.sale_id == sale.id
            )
        )
        or 0
    )
    return min(sale.points_earned - before, share(sale.points_earned, refund, sale.total_fen))


def record_return_without_receipt(
    db: Database,
    actor: Actor,
    *,
    member_id: int | None,
    description: str,
    refund: str | int,
    method: PaymentMethod,
    return_type: ReturnType | None,
    reason: str,
    now: dt.datetime | None = None,
) -> ReturnResult:
    """A return with no original receipt: a supervisor's act, recorded as such."""
    require(actor, Permission.APPROVE_RETURN)
    if not isinstance(return_type, ReturnType):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the return type."), field="return_type")
    reason = clean_text(reason, 2000)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the goods are returned."), field="reason")
    description = clean_text(description, 100)
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Describe what was sold."), field="description")
    amount = money(refund, "refund")
    if not isinstance(method, PaymentMethod) or method not in ACCEPTED_METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the refund is paid."), field="method")
    if member_id is not None:
        member_id = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    now = now or utcnow()
    with db.write() as s:
        if member_id is not None and s.get(Member, member_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        number = next_number(s, actor.store_id, "return")
        ret = SaleReturn(
            store_id=actor.store_id,
            return_no=f"T{number:08d}",
            sale_id=None,
            member_id=member_id,
            staff_id=actor.staff_id,
            approved_by_id=actor.staff_id,
            approval_note="without_receipt",
            return_type=return_type,
            reason=reason,
            created_at=now,
            refund_total_fen=amount,
            points_reversed=0,
            without_receipt=True,
        )
        ret.lines = [ReturnLine(sale_line_id=None, description=description, quantity=1, refund_fen=amount)]
        ret.refunds = [Refund(method=method, amount_fen=amount)]
        s.add(ret)
        s.flush()
        if member_id is not None:
            bump_stats(s, member_id, at=now, spend_fen=-amount)
        audit.record(s, actor, "return.without_receipt", entity="return", entity_id=ret.id)
        return ReturnResult(ret.id, ret.return_no, amount, 0, actor.staff_id)


@dataclass(frozen=True)
class RecentSale:
    receipt_no: str
    created_at: dt.datetime
    total_fen: int


def recent_sales(db: Database, actor: Actor, member_id: int, *, limit: int = 20) -> list[RecentSale]:
    """The member's latest sales that can still be returned, newest first."""
    require(actor, Permission.RECORD_RETURN)
    member_id = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    with db.read() as s:
        rows = s.execute(
            select(Sale.receipt_no, Sale.created_at, Sale.total_fen)
            .where(
                Sale.member_id == member_id,
                Sale.store_id == actor.store_id,
                Sale.status == SaleStatus.COMPLETED,
            )
            .order_by(Sale.created_at.desc())
            .limit(limit)
        )
        return [RecentSale(*r) for r in rows]
