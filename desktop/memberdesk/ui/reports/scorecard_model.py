"""The staff scorecard as a table: one row per member of staff, targets beside actuals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from memberdesk.services.scorecard.scorecard import ScorecardRow
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.member_labels import money

Index = QModelIndex | QPersistentModelIndex

(
    STAFF,
    ROLE,
    SALES,
    SALES_TARGET,
    MEMBER_SHARE,
    ENROLLED,
    ENROL_TARGET,
    REFERRED,
    CARE,
    WORKFLOWS,
    SATISFACTION,
    NEEDED,
    COMPLAINTS,
    ON_TIME,
    BONUS,
) = range(15)


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class ScorecardModel(QAbstractTableModel):
    """Rows of ``ScorecardRow``; every cell is text, numbers right-aligned."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ScorecardRow] = []
        self.headers = [
            self.tr("Staff"),
            self.tr("Role"),
            self.tr("Sales"),
            self.tr("Sales target"),
            self.tr("Member share"),
            self.tr("Enrolled"),
            self.tr("Target"),
            self.tr("Referred"),
            self.tr("Care done"),
            self.tr("Workflows"),
            self.tr("Satisfaction"),
            self.tr("Needed"),
            self.tr("Complaints"),
            self.tr("On time"),
            self.tr("Bonus"),
        ]

    def show_rows(self, rows: list[ScorecardRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.headers):
            return self.headers[section].replace(" ", "\n", 1)  # two lines: the table fits 1024 px
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > ROLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()], column)
        return None

    def text(self, row: ScorecardRow, column: int) -> str:
        f, t, b = row.figures, row.targets, row.bonus
        cells = {
            STAFF: f"{f.name} ({f.code})",
            ROLE: labels.role(f.role),
            SALES: money(f.sales_fen),
            SALES_TARGET: money(b.sales_target_fen),
            MEMBER_SHARE: "—" if f.member_share is None else f"{f.member_share:.0%}",
            ENROLLED: f"{f.enrolments:,}",
            ENROL_TARGET: f"{b.enrolment_target:,}",
            REFERRED: f"{f.referrals:,}",
            CARE: f"{f.care_tasks_done:,}",
            WORKFLOWS: f"{f.workflows_completed:,}",
            SATISFACTION: f"{_ratio(f.satisfaction)} ({f.rated_visits:,})",
            NEEDED: "—" if t.satisfaction_threshold <= 0 else f"{t.satisfaction_threshold / 100:.2f}",
            COMPLAINTS: f"{f.complaints_about:,}",
            ON_TIME: f"{f.complaints_resolved_on_time:,} / {f.complaints_resolved:,}",
            BONUS: money(b.total_fen),
        }
        return cells[column]
