"""``health.check``: the quick check (every page read, every ledger reconciled) and the full
one, each saying how far it is and stopping when asked, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import update

from memberdesk.services.money import wallet
from memberdesk.store import health
from memberdesk.store.models import Wallet
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 10, tzinfo=dt.UTC)


def _run(shop: Shop, **kwargs: object) -> tuple[health.HealthReport, list[tuple[str, int, int]]]:
    seen: list[tuple[str, int, int]] = []
    report = health.check(shop.db, progress=lambda *said: seen.append(said), **kwargs)  # type: ignore[arg-type]
    return report, seen


@pytest.mark.parametrize("quick", [True, False], ids=["quick", "full"])
def test_each_check_reads_every_page_and_reconciles_every_ledger_saying_how_far(
    shop: Shop, quick: bool
) -> None:
    report, seen = _run(shop, quick=quick)
    assert report.ok and report.integrity.startswith("ok")
    stages = [stage for stage, _done, _total in seen]
    page_stage = stages[0]
    assert "page" in page_stage or "table" in page_stage
    pages = [(done, total) for stage, done, total in seen if stage == page_stage]
    assert pages[0][0] == 0 and pages[-1][0] == pages[-1][1] > 0  # from nothing to every page
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(pages))  # never backwards
    assert all(done < total for done, total in pages[:-1])  # "all" only at the end
    ledgers = [stage for stage in stages if stage.startswith("ledgers (")]
    assert len(ledgers) == len(health.EXTRA_CHECKS)
    assert seen[-1] == ("ledgers", len(health.EXTRA_CHECKS), len(health.EXTRA_CHECKS))
    assert ("foreign keys and the audit log's triggers" in stages) is not quick


def test_the_quick_check_finds_a_balance_that_is_not_the_sum_of_its_entries(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", "cash", now=NOW)
    with shop.db.write() as s:
        s.execute(update(Wallet).values(principal_fen=Wallet.principal_fen + 50_00))
    report, _seen = _run(shop, quick=True)
    assert len(report.findings) == 1 and "principal 105000 vs ledger 100000" in report.findings[0]


@pytest.mark.parametrize("quick", [True, False], ids=["quick", "full"])
def test_a_check_asked_to_stop_says_where_and_leaves_no_connection_stopping(
    shop: Shop, quick: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "QUICK_CHECK_STEPS", 10)  # ask at once, however small the file
    with pytest.raises(health.CheckStopped) as stopped:
        health.check(shop.db, quick=quick, stop=lambda: True)
    assert "page" in stopped.value.where or "table" in stopped.value.where
    assert health.check(shop.db, quick=quick).ok  # the pooled connections are not left stopping


def test_a_check_stopped_during_the_ledgers_says_how_many_were_checked(shop: Shop) -> None:
    asked: list[str] = []

    def stop() -> bool:
        return bool(asked)

    def progress(stage: str, _done: int, _total: int) -> None:
        if stage.startswith("ledgers ("):
            asked.append(stage)

    with pytest.raises(health.CheckStopped) as stopped:
        health.check(shop.db, quick=True, progress=progress, stop=stop)
    assert stopped.value.where == f"the ledgers, 1 of {len(health.EXTRA_CHECKS)} checked"
