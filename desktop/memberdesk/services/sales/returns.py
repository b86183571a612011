"""Returns (退货) and refunds (退款) against the original sale.

The original sale's row is locked first, so two counters returning the same goods queue up
and the second sees what the first returned: a line is never returned beyond what was sold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, PointsSource, ReturnType, SaleStatus
from memberdesk.domain.wallet import Split
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import MAX_QUANTITY, clean_code, clean_text, money, quantity, record_id
from memberdesk.services.common.numbers import next_number
from memberdesk.services.money import gift_cards, wallet
from memberdesk.services.sales.ledger import (
    PointsPosition,
    bump_stats,
    lock_points,
    move_points,
    plan_points,
)
from memberdesk.services.sales.pricing import ACCEPTED_METHODS
from memberdesk.services.sales.recording import receipt_number
from memberdesk.services.sales.refunds import (
    GivenBack,
    given_back,
    line_nets,
    refuse_unplaced,
    returned_so_far,
    with_credit,
)
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff import audit, auth
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, Refund, ReturnLine, Sale, SaleReturn, utcnow


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
    points_reversed: int  # points earned on the goods, taken back
    approved_by_id: int | None
    refunds: tuple[tuple[PaymentMethod, int], ...] = ()
    points_restored: int = 0  # the goods' share of the points redeemed, given back
    points_owed: int = 0  # of the points taken back, what the balance could not give: now owed
    stored_back: Split | None = None  # given back to the stored-value balance (principal, bonus)
    stored_after: Split | None = None  # the balance after; None when nothing went back to it
    card_code: str = ""  # the gift card the sale was paid with, when money went back to it
    card_back_fen: int = 0
    card_after_fen: int | None = None


@dataclass(frozen=True)
class ReturnableLine:
    sale_line_id: int
    description: str
    size: str
    sold: int
    returned: int
    unit_net_fen: int  # the unit's share of what was paid in money (sale discount and points out)
    unit_paid_fen: int = 0  # the receipt's price: the line total over its quantity (line discount out)


@dataclass(frozen=True)
class ReturnPreview:
    """What a return would give back, shown before the clerk records it."""

    given: GivenBack
    member: bool  # a member's sale: points move
    points_before: PointsPosition
    points_after: PointsPosition

    @property
    def points_owed(self) -> int:
        """Points the return takes back that the balance does not hold: they become owed."""
        return self.points_after.owed - self.points_before.owed if self.member else 0


def _unit_paid(total_fen: int, quantity: int) -> int:
    """The line total per unit, to the nearest fen (half up), as the receipt reads it."""
    return (2 * total_fen + quantity) // (2 * quantity) if quantity > 0 else total_fen


def find_sale(db: Database, actor: Actor, receipt_no: str) -> tuple[int, list[ReturnableLine]]:
    """The sale behind a receipt number and what can still be returned of each line."""
    require(actor, Permission.RECORD_RETURN)
    with db.read() as s:
        sale = _sale_by_receipt(s, actor, receipt_no, lock=False)
        nets = line_nets(sale)
        done = returned_so_far(s, sale.id)
        return sale.id, [
            ReturnableLine(
                ln.id,
                ln.description,
                ln.size,
                ln.quantity,
                done.get(ln.id, (0, 0))[0],
                nets[ln.id] // ln.quantity,
                _unit_paid(ln.total_fen, ln.quantity),
            )
            for ln in sale.lines
        ]


def _points_position(s: Session, member_id: int) -> PointsPosition:
    stats = s.get(MemberStats, member_id)
    return PointsPosition(stats.points_balance, stats.points_owed) if stats else PointsPosition()


def _moves(given: GivenBack) -> list[tuple[int, PointsSource]]:
    """A return's points, as one movement: the redeemed share back, the earned share out."""
    return [(given.points_restored - given.points_reversed, PointsSource.RETURN)]


def preview_return(db: Database, actor: Actor, receipt_no: str, lines: list[ReturnLineForm]) -> ReturnPreview:
    """What recording these lines would refund, to which payments, and the points it would
    take back and give back (nothing written)."""
    require(actor, Permission.RECORD_RETURN)
    wanted = _wanted(lines)
    with db.read() as s:
        sale = _sale_by_receipt(s, actor, receipt_no, lock=False)
        given = given_back(s, sale, wanted)
        refuse_unplaced(given)
        if sale.member_id is None:
            return ReturnPreview(given, False, PointsPosition(), PointsPosition())
        before = _points_position(s, sale.member_id)
        return ReturnPreview(given, True, before, plan_points(before, _moves(given))[1].position)


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


_OWN_APPROVAL = QT_TRANSLATE_NOOP(
    "Errors", "Nobody approves their own return: another supervisor must type their PIN."
)


def _approver(db: Database, actor: Actor, approval: Approval | None) -> int | None:
    """The supervisor whose PIN was typed, checked before the return's own transaction.

    The same counted check as sign-in (``auth.approve``): a locked-out supervisor is refused
    whatever the PIN, and every wrong PIN counts toward the lock-out. The one recording the
    return is refused as its approver before their PIN is looked at: an approval is a second
    person's word.
    """
    if approval is None:
        return None
    staff_id = record_id(approval.staff_id, "approval", _NEEDS_APPROVAL)
    if staff_id == actor.staff_id:
        raise PermissionDenied(_OWN_APPROVAL, field="approval")
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
    """Return goods of a sale: money back to the sale's own payment methods, the goods' share
    of the points redeemed given back, the points earned on them taken back (``refunds``)."""
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
        return record_return_in(s, actor, form.receipt_no, wanted, form.return_type, reason, approver, now)


def record_return_in(
    s: Session,
    actor: Actor,
    receipt_no: str,
    wanted: dict[int, int],
    return_type: ReturnType,
    reason: str,
    approver: int | None,
    now: dt.datetime,
    *,
    credit_up_to_fen: int = 0,
) -> ReturnResult:
    """The return itself, in the caller's transaction (the form already checked, the PIN
    already verified). ``credit_up_to_fen``: in an exchange, the new goods' total; the refund
    up to it pays for them (``PaymentMethod.EXCHANGE``), the rest goes back as a return's does."""
    sale = _sale_by_receipt(s, actor, receipt_no, lock=True)
    rules = load_rules(s, actor.store_id)
    given = with_credit(s, sale, given_back(s, sale, wanted), credit_up_to_fen)
    refuse_unplaced(given)
    age = (now - sale.created_at).days
    late = age > rules.return_window_days
    # The limit is on what one sale refunds in all, so splitting a refund into several
    # returns below the limit still needs the approval the whole would have needed.
    refunded = given.refunded_in_all_fen
    over_limit = refunded > rules.refund_limit_fen
    if (late or over_limit) and approver is None:
        _refuse_without_approval(late, age, rules.return_window_days, refunded, rules.refund_limit_fen)
    if not (late or over_limit):
        approver = None  # a PIN typed when none was needed approves nothing
    number = next_number(s, actor.store_id, "return")
    ret = SaleReturn(
        store_id=actor.store_id,
        return_no=f"T{number:08d}",
        sale_id=sale.id,
        member_id=sale.member_id,
        staff_id=actor.staff_id,
        approved_by_id=approver,
        approval_note=" ".join(n for n, on in (("late", late), ("over_limit", over_limit)) if on),
        return_type=return_type,
        reason=reason,
        created_at=now,
        refund_total_fen=given.refund_fen,
        points_reversed=given.points_reversed,
        points_restored=given.points_restored,
        without_receipt=False,
    )
    ret.lines = [
        ReturnLine(
            sale_line_id=b.sale_line_id,
            description=b.description,
            quantity=b.quantity,
            refund_fen=b.refund_fen,
        )
        for b in given.lines
    ]
    ret.refunds = [Refund(method=m, amount_fen=a) for m, a in given.refunds]
    s.add(ret)
    s.flush()
    stored_back = stored_after = None
    to_balance = sum(a for m, a in given.refunds if m is PaymentMethod.STORED_VALUE)
    if to_balance and sale.member_id is not None:
        # back to the balance the sale was paid from, principal and bonus as it was spent
        stored_back = wallet.refund(
            s, sale_id=sale.id, return_id=ret.id, amount_fen=to_balance, staff_id=actor.staff_id, at=now
        )
        stored_after = wallet.held_in(s, sale.member_id)
    to_card = sum(a for m, a in given.refunds if m is PaymentMethod.GIFT_CARD)
    card_code, card_after = "", None
    if to_card:  # back to the card the sale was paid with
        wallet.refund(
            s, sale_id=sale.id, return_id=ret.id, amount_fen=to_card, staff_id=actor.staff_id, at=now
        )
        card_code = gift_cards.code_paid(s, sale.id)
        card_after = gift_cards.balance_in(s, card_code)
    owed = 0
    if sale.member_id is not None:
        moved = move_points(
            s,
            sale.member_id,
            lock_points(s, sale.member_id),
            _moves(given),
            at=now,
            return_id=ret.id,
            staff_id=actor.staff_id,
            reason=ret.return_no,
        )
        owed = max(0, moved.owed)
        bump_stats(
            s, sale.member_id, at=now, spend_fen=-given.refund_fen, points=moved.points, owed=moved.owed
        )
    if approver is not None:
        audit.record(
            s, actor, "return.approved", entity="return", entity_id=ret.id, detail=f"approver={approver}"
        )
    return ReturnResult(
        ret.id,
        ret.return_no,
        given.refund_fen,
        given.points_reversed,
        approver,
        given.refunds,
        given.points_restored,
        owed,
        stored_back,
        stored_after,
        card_code,
        to_card,
        card_after,
    )


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
    approval: Approval | None = None,
    now: dt.datetime | None = None,
) -> ReturnResult:
    """A return with no original receipt: a supervisor's act, recorded as such.

    The supervisor's own role allows it up to the store's refund limit; above the limit a
    second supervisor or manager approves with their PIN. Nobody approves their own act: the
    one recording it is never its approver.
    """
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
    approver = _approver(db, actor, approval)
    with db.write() as s:
        if member_id is not None and s.get(Member, member_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        limit = load_rules(s, actor.store_id).refund_limit_fen
        over_limit = amount > limit
        if over_limit and approver is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A refund of {refund} without a receipt is above the limit of {limit}: "
                    "another supervisor must approve it with their PIN.",
                ),
                field="approval",
                refund=format_fen(amount),
                limit=format_fen(limit),
            )
        if not over_limit:
            approver = None  # a PIN typed when none was needed approves nothing
        number = next_number(s, actor.store_id, "return")
        ret = SaleReturn(
            store_id=actor.store_id,
            return_no=f"T{number:08d}",
            sale_id=None,
            member_id=member_id,
            staff_id=actor.staff_id,
            approved_by_id=approver,
            approval_note="without_receipt over_limit" if over_limit else "without_receipt",
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
        audit.record(
            s,
            actor,
            "return.without_receipt",
            entity="return",
            entity_id=ret.id,
            detail=f"approver={approver}" if approver is not None else "",
        )
        return ReturnResult(ret.id, ret.return_no, amount, 0, approver, ((method, amount),))


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
