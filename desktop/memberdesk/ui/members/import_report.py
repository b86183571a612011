"""What the Members page says after an import or its dry run, in the clerk's language.

The dry run says what the real run will do: the sheet and the header row it read (and the
row the members start on), how many members it adds and fills in, and every row it skips or
refuses with the reason, so that the clerk can correct the file before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from memberdesk.services.io.member_io import ImportReport
from memberdesk.ui.widgets import member_labels

SHOWN_ROWS = 100  # rows listed per kind; the command line lists every one


def _reason(message: str, params: dict[str, object], english: str) -> str:
    reason = QCoreApplication.translate("Errors", message)
    try:
        return reason.format(**params)
    except (KeyError, IndexError, ValueError):
        return english


def report_lines(report: ImportReport, file_name: str) -> list[str]:
    """The report, one line per fact, then one per row skipped or refused."""
    head = (
        QCoreApplication.translate("ImportReport", "Dry run of %1: would add %2, fill in %3")
        if report.dry_run
        else QCoreApplication.translate("ImportReport", "Imported %1: added %2, filled in %3")
    )
    lines = [
        head.replace("%1", file_name).replace("%2", str(report.added)).replace("%3", str(report.merged)),
        QCoreApplication.translate("ImportReport", "skipped %1 (on file), refused %2")
        .replace("%1", str(report.skipped))
        .replace("%2", str(len(report.rejected))),
    ]
    if report.sheet:
        lines.append(
            QCoreApplication.translate("ImportReport", "Read sheet “%1”.").replace("%1", report.sheet)
        )
    lines.append(
        QCoreApplication.translate("ImportReport", "Headers in row %1; members read from row %2.")
        .replace("%1", str(report.header_row))
        .replace("%2", str(report.header_row + 1))
    )
    if report.points:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "Opening points: %1 for %n member(s), each an entry in the points ledger.",
                "",
                report.points_members,
            ).replace("%1", f"{report.points:,}")
        )
    if report.stored_members:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "Opening stored value: %1 principal and %2 bonus for %n member(s), each an opening entry "
                "of their account.",
                "",
                report.stored_members,
            )
            .replace("%1", member_labels.money(report.stored_principal_fen))
            .replace("%2", member_labels.money(report.stored_bonus_fen))
        )
    if report.stored_left:
        left = sum(p + b for _, p, b in report.stored_left)
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "Stored value of %n row(s) whose member is on file is not imported (%1 in all; rows %2): "
                "enter it at the counter as a top-up if it is owed.",
                "",
                len(report.stored_left),
            )
            .replace("%1", member_labels.money(left))
            .replace("%2", "、".join(str(line) for line, _, _ in report.stored_left[:SHOWN_ROWS]))
        )
    if report.not_imported:
        lines.append(
            QCoreApplication.translate("ImportReport", "Not imported: %1").replace(
                "%1", "、".join(report.not_imported)
            )
        )
    listed: list[tuple[int, str]] = []
    for r in report.rejected[:SHOWN_ROWS]:
        reason = _reason(r.message, r.params, r.english())
        said = QCoreApplication.translate("ImportReport", "Row %1 refused: %2")
        listed.append((r.row, said.replace("%1", str(r.row)).replace("%2", reason)))
    for k in report.skipped_rows[:SHOWN_ROWS]:
        reason = _reason(k.message, k.params, k.english())
        said = QCoreApplication.translate("ImportReport", "Row %1 skipped: %2")
        listed.append((k.row, said.replace("%1", str(k.row)).replace("%2", reason)))
    lines += [line for _row, line in sorted(listed, key=lambda item: item[0])]  # in the file's order
    more = max(0, len(report.rejected) - SHOWN_ROWS) + max(0, len(report.skipped_rows) - SHOWN_ROWS)
    if more:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "… and %n more row(s): `memberdesk import members --dry-run` lists them all.",
                None,
                more,
            )
        )
    return lines


class ReportView(QPlainTextEdit):
    """The report below the list: read-only, selectable, scrolled when long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("members_report")
        self.setReadOnly(True)
        self.setMaximumHeight(150)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.hide()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # the QLabel's name, which the page used
        self.setPlainText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
