"""What a return gives back: the rules, computed the same way for the preview and the record.

For each returned line (DESIGN.md, "The ledger: sales, returns, points"):

- **Money**: the line's share of what was paid in money — its total less its share of the
  sale discount and of the points' value, spread over the lines by line total — pro rata by
  quantity; the last unit of a line gets exactly what is left of it. The money goes back to
  the sale's payments in the order they were paid, each at most what it paid less what it
  has already given back.
- **Points redeemed** (when points paid part of the sale): the line's share of the points
  redeemed, spread over the lines by line total (largest remainder), given back as points
  pro rata by quantity, rounded down until the last unit of the line, which gets the rest.
  So a full return, in any sequence of partial returns, gives back exactly the points
  redeemed.
- **Points earned** on the sale are taken back in proportion to the money refunded, rounded
  up, never more than the sale earned: buying and returning never gains points.

Every figure is cumulative over the sale's returns ("what is due after this return, less what
was given before"), so splitting a return into several never changes the sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound
from memberdesk.domain.points import share
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.store.models import Refund, ReturnLine, Sale, SaleReturn


@dataclass(frozen=True)
class LineBack:
    """One line of a return: what goes back for it."""

    sale_line_id: int
    description: str
    size: str
    quantity: int
    refund_fen: int
    points_restored: int


@dataclass(frozen=True)
class GivenBack:
    """Everything one return gives back, before it is recorded."""

    lines: tuple[LineBack, ...]
    refund_fen: int
    refunds: tuple[tuple[PaymentMethod, int], ...]  # method, amount: in the order paid
    points_reversed: int  # points earned on the sale, taken back
    points_restored: int  # points redeemed on the sale, given back
    refunded_before_fen: int  # what the sale's earlier returns refunded

    @property
    def refunded_in_all_fen(self) -> int:
        return self.refunded_before_fen + self.refund_fen


def spread(amount: int, weights: Sequence[int]) -> list[int]:
    """``amount`` split in proportion to ``weights`` (largest remainder): the parts add up to
    ``amount`` exactly, and no part is more than its proportion rounded up."""
    whole = sum(weights)
    if whole <= 0 or not weights:
        return [0] * len(weights)
    parts = [amount * w // whole for w in weights]
    left = amount - sum(parts)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % whole), i))
    for i in by_remainder[:left]:
        parts[i] += 1
    return parts


def line_nets(sale: Sale) -> dict[int, int]:
    """Each line's share of the amount paid in money (the sale discount and the points'
    value spread by line total; the last line takes what is left)."""
    lines = list(sale.lines)
    nets: dict[int, int] = {}
    left = sale.discount_fen
    for i, ln in enumerate(lines):
        cut = left if i == len(lines) - 1 else sale.discount_fen * ln.total_fen // max(1, sale.subtotal_fen)
        left -= cut
        nets[ln.id] = ln.total_fen - cut
    return nets


def redeemed_shares(sale: Sale) -> dict[int, int]:
    """Each line's share of the points redeemed on the sale; none when no points paid for it
    (points exchanged for a gift at the same visit paid nothing of these goods)."""
    lines = list(sale.lines)
    if sale.points_redeemed <= 0 or sale.redeem_fen <= 0:
        return {ln.id: 0 for ln in lines}
    parts = spread(sale.points_redeemed, [max(0, ln.total_fen) for ln in lines])
    return {ln.id: part for ln, part in zip(lines, parts, strict=True)}


def _pro_rata(amount: int, part: int, whole: int) -> int:
    """``amount`` for ``part`` of ``whole`` units, rounded down; all of it for the whole."""
    return amount if part >= whole else amount * part // whole


def returned_so_far(s: Session, sale_id: int) -> dict[int, tuple[int, int]]:
    """Per sale line: quantity and money already returned."""
    rows = s.execute(
        select(ReturnLine.sale_line_id, func.sum(ReturnLine.quantity), func.sum(ReturnLine.refund_fen))
        .join(SaleReturn, SaleReturn.id == ReturnLine.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(ReturnLine.sale_line_id)
    )
    return {int(r[0]): (int(r[1] or 0), int(r[2] or 0)) for r in rows if r[0] is not None}


def _refunded_by_method(s: Session, sale_id: int) -> dict[str, int]:
    rows = s.execute(
        select(Refund.method, func.sum(Refund.amount_fen))
        .join(SaleReturn, SaleReturn.id == Refund.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(Refund.method)
    )
    return {str(method): int(total) for method, total in rows}


def _points_reversed_before(s: Session, sale_id: int) -> int:
    return int(
        s.scalar(
            select(func.coalesce(func.sum(SaleReturn.points_reversed), 0)).where(
                SaleReturn.sale_id == sale_id
            )
        )
        or 0
    )


def _split_refund(sale: Sale, amount: int, already: dict[str, int]) -> tuple[tuple[PaymentMethod, int], ...]:
    """Pay back to the original methods, each at most what it paid less what it got back."""
    out: list[tuple[PaymentMethod, int]] = []
    left = amount
    for p in sale.payments:
        if p.method is PaymentMethod.EXCHANGE:
            continue  # goods given back paid that share: no money to send back (``unplaced``)
        room = p.amount_fen - already.get(str(p.method), 0)
        take = max(0, min(room, left))
        already[str(p.method)] = already.get(str(p.method), 0) + take
        if take:
            out.append((p.method, take))
            left -= take
    return tuple(out)


def given_back(s: Session, sale: Sale, wanted: dict[int, int]) -> GivenBack:
    """What returning ``wanted`` (sale line id → quantity) gives back now, after the sale's
    earlier returns. Refuses a line not on the sale and more than is left of a line."""
    lines = {ln.id: ln for ln in sale.lines}
    nets = line_nets(sale)
    redeemed = redeemed_shares(sale)
    done = returned_so_far(s, sale.id)
    out: list[LineBack] = []
    for line_id, qty in wanted.items():
        ln = lines.get(line_id)
        if ln is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That line is not on this receipt."), field="lines")
        back_qty, back_fen = done.get(line_id, (0, 0))
        if qty > ln.quantity - back_qty:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Only {left} of “{item}” can still be returned."),
                field="lines",
                left=ln.quantity - back_qty,
                item=ln.description,
            )
        after = back_qty + qty
        refund = _pro_rata(nets[line_id], after, ln.quantity) - back_fen
        restored = _pro_rata(redeemed[line_id], after, ln.quantity) - _pro_rata(
            redeemed[line_id], back_qty, ln.quantity
        )
        out.append(LineBack(line_id, ln.description, ln.size, qty, refund, restored))
    refund_fen = sum(b.refund_fen for b in out)
    before_fen = sum(fen for _qty, fen in done.values())
    earned_back = _points_reversed_before(s, sale.id)
    due = min(sale.points_earned, share(sale.points_earned, before_fen + refund_fen, sale.total_fen))
    return GivenBack(
        lines=tuple(out),
        refund_fen=refund_fen,
        refunds=_split_refund(sale, refund_fen, _refunded_by_method(s, sale.id)),
        points_reversed=max(0, due - earned_back),
        points_restored=sum(b.points_restored for b in out),
        refunded_before_fen=before_fen,
    )


def with_credit(s: Session, sale: Sale, given: GivenBack, credit_up_to_fen: int) -> GivenBack:
    """An exchange's return: of the refund, up to ``credit_up_to_fen`` pays for the new goods
    (``PaymentMethod.EXCHANGE``, never money out of the till); only the rest goes back to the
    sale's own payments, by the same rules as any return."""
    credit = max(0, min(credit_up_to_fen, given.refund_fen))
    if not credit:
        return given
    rest = _split_refund(sale, given.refund_fen - credit, _refunded_by_method(s, sale.id))
    return replace(given, refunds=((PaymentMethod.EXCHANGE, credit), *rest))


def refuse_unplaced(given: GivenBack) -> None:
    """Refuses a return whose refund the sale's money payments cannot hold: the rest was paid by
    goods given back in an exchange, and goes back only by another exchange (or a supervisor's
    return without a receipt)."""
    if sum(a for _m, a in given.refunds) != given.refund_fen:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Part of this sale was paid by goods given back in an exchange: exchange these goods, "
                "or a supervisor records a return without a receipt.",
            ),
            field="lines",
        )
