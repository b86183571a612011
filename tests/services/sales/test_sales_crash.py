"""SIGKILL while sales are being recorded: acknowledged sales survive, nothing is half-written.

Each round forks a child that records sales in a loop and writes each receipt number to a
pipe only after ``record_sale`` has returned (the commit). The parent kills the child after
a seeded-random number of acknowledgements plus a random moment, 200+ times, then checks
the database.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text

from memberdesk.services.common.context import Actor
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.database import Database, make_engine
from memberdesk.store.models import Payment, PointsEntry, Sale, SaleLine
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale

ROUNDS = 200


def _child(db: Database, clerk: Actor, member_id: int, write_fd: int) -> None:
    try:
        own = Database.from_engine(make_engine(db.url))
        for _ in range(1000):
            result = record_sale(own, clerk, three_line_sale(member_id))
            os.write(write_fd, f"{result.receipt_no}\n".encode())
    finally:
        os._exit(0)


def _round(db: Database, shop: Shop, member_id: int, rng: random.Random) -> list[str]:
    read_fd, write_fd = os.pipe()
    db.dispose()  # no pooled connection may be shared with the child
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(db, shop.clerk, member_id, write_fd)
    os.close(write_fd)
    wanted = rng.randint(0, 3)
    buffer = b""
    while buffer.count(b"\n") < wanted:
        chunk = os.read(read_fd, 4096)
        if not chunk:
            break
        buffer += chunk
    # A random moment inside the next sale (opening, locking, writing or committing).
    deadline = time.perf_counter() + rng.uniform(0, 0.012)
    while time.perf_counter() < deadline:
        pass
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 4096):
        buffer += chunk
    os.close(read_fd)
    complete = buffer.rsplit(b"\n", 1)[0] if b"\n" in buffer else b""
    return [line.decode() for line in complete.split(b"\n") if line]


def _by_sale(rows: Iterable[Any]) -> dict[int, int]:
    return {int(key): int(value) for key, value in rows if key is not None}


def test_sigkill_never_loses_or_splits_a_sale(shop: Shop) -> None:
    db = shop.db
    member_id = add_member(db, shop.store_id)
    rng = random.Random(20261125)
    acknowledged: list[str] = []
    for _ in range(ROUNDS):
        acknowledged += _round(db, shop, member_id, rng)
    assert len(acknowledged) > ROUNDS  # the children did record sales
    with db.read() as s:
        stored = set(s.scalars(select(Sale.receipt_no)))
        assert set(acknowledged) <= stored
        lines = _by_sale(s.execute(select(SaleLine.sale_id, func.count()).group_by(SaleLine.sale_id)))
        paid = _by_sale(
            s.execute(select(Payment.sale_id, func.sum(Payment.amount_fen)).group_by(Payment.sale_id))
        )
        points = _by_sale(
            s.execute(select(PointsEntry.sale_id, func.sum(PointsEntry.delta)).group_by(PointsEntry.sale_id))
        )
        for sale in s.scalars(select(Sale)):
            assert lines.get(sale.id) == 3, sale.receipt_no
            assert paid.get(sale.id) == sale.total_fen, sale.receipt_no
            assert points.get(sale.id) == sale.points_earned > 0, sale.receipt_no
        numbers = sorted(int(no[1:]) for no in stored)
        assert numbers == list(range(1, len(numbers) + 1))  # sequential, no gaps
        if db.is_sqlite:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    assert check_ledgers(db) == []
