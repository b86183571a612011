"""What the member import/export tests share."""

from __future__ import annotations

import csv
from pathlib import Path

from memberdesk.domain.vocab import Role
from memberdesk.services.io.export_rule import ExportApproval
from tests.conftest import TEST_PINS, Shop


def manager_approval(shop: Shop) -> ExportApproval:
    """The store's manager approving an export with their PIN."""
    return ExportApproval(shop.manager.staff_id, TEST_PINS[Role.MANAGER])


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path
