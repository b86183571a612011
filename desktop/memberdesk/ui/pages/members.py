"""The Members page: the whole member list, and import / export of spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.services import member_io
from memberdesk.services.errors import ServiceError
from memberdesk.services.member_io import ImportReport, OnDuplicate
from memberdesk.services.permissions import Permission, allowed
from memberdesk.ui.context import AppContext, translate_error
from memberdesk.ui.member_list_model import MEMBER_ID_ROLE, MemberListModel
from memberdesk.ui.workers import Job, Progress, run_in_background


class MembersPage(QWidget):
    """Members: a paged list; import (dry run first) and export run on a worker with cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MemberListModel(ctx)
        self.job: Job | None = None
        self.last_report: ImportReport | None = None
        self.last_export: int | None = None

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: ctx.open_member.emit(int(index.data(MEMBER_ID_ROLE))))

        self.count = QLabel()
        self.import_button = QPushButton(self.tr("Import members…"))
        self.import_button.clicked.connect(self._choose_import)
        self.merge = QCheckBox(self.tr("Fill in members already on file"))
        self.export_button = QPushButton(self.tr("Export members…"))
        self.export_button.clicked.connect(self._choose_export)
        self.sensitive = QCheckBox(self.tr("Include consented sensitive fields"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for w in (self.import_button, self.merge, self.export_button, self.sensitive):
            bar.addWidget(w)
        jobs = QHBoxLayout()
        jobs.addWidget(self.progress, 1)
        jobs.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(jobs)
        layout.addWidget(self.report)
        ctx.data_changed.connect(
            lambda what: self.refresh() if what == "members" and self.isVisible() else None
        )
        ctx.actor_changed.connect(lambda _a: self.refresh())

    def page_title(self) -> str:
        return self.tr("Members")

    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        self.model.reload()
        self.count.setText(self.tr("%n member(s)", "", self.model.total))
        actor = self.ctx.actor
        self.import_button.setEnabled(allowed(actor, Permission.IMPORT_MEMBERS))
        self.export_button.setEnabled(allowed(actor, Permission.EXPORT_MEMBERS))
        self.sensitive.setEnabled(allowed(actor, Permission.REVEAL_SENSITIVE))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    # --- background jobs --------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.IMPORT_MEMBERS))
        self.export_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.EXPORT_MEMBERS))
        if busy:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.job = None
        self.report.setText(translate_error(exc) if isinstance(exc, ServiceError) else str(exc))

    def _cancelled(self) -> None:
        self._busy(False)
        self.job = None
        self.report.setText(self.tr("Cancelled: nothing was changed."))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import members"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))  # fmt: skip
        if path:
            self.start_import(Path(path), dry_run=True)

    def start_import(self, path: Path, *, dry_run: bool) -> Job:
        """Run an import (or its dry run) on a worker; the report appears below the list."""
        db, actor = self.ctx.db, self.ctx.actor
        policy = OnDuplicate.MERGE if self.merge.isChecked() else OnDuplicate.SKIP

        def work(progress: Progress) -> ImportReport:
            return member_io.import_members(db, actor, path, dry_run=dry_run, on_duplicate=policy,
                                            progress=progress.report, check=progress.check)  # fmt: skip

        self._busy(True)
        self.report.clear()
        self.job = run_in_background(
            work,
            on_done=lambda report: self._imported(path, report),
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )
        return self.job

    def _imported(self, path: Path, report: ImportReport) -> None:
        self._busy(False)
        self.job = None
        self.last_report = report
        lines = [
            (self.tr("Dry run of %1: would add %2") if report.dry_run else self.tr("Imported %1: added %2"))
            .replace("%1", path.name)
            .replace("%2", str(report.added)),
            self.tr("merged %1, skipped %2 (phone on file), rejected %3")
            .replace("%1", str(report.merged))
            .replace("%2", str(report.skipped))
            .replace("%3", str(len(report.rejected))),
        ]
        for r in report.rejected[:50]:
            from PySide6.QtCore import QCoreApplication

            reason = QCoreApplication.translate("Errors", r.message)
            try:
                reason = reason.format(**r.params)
            except (KeyError, IndexError, ValueError):
                reason = r.english()
            lines.append(self.tr("Row %1: %2").replace("%1", str(r.row)).replace("%2", reason))
        self.report.setText("\n".join(lines))
        if report.dry_run:
            self.confirm = QPushButton(self.tr("Import now"))
            self.confirm.clicked.connect(lambda: self.start_import(path, dry_run=False))
            self.layout().addWidget(self.confirm)
        else:
            if hasattr(self, "confirm"):
                self.confirm.deleteLater()
                del self.confirm
            self.ctx.data_changed.emit("members")
            self.refresh()

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export members"), "members.xlsx",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))  # fmt: skip
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> Job:
        db, actor, sensitive = self.ctx.db, self.ctx.actor, self.sensitive.isChecked()

        def work(progress: Progress) -> int:
            return member_io.export_members(db, actor, path, include_sensitive=sensitive,
                                            progress=progress.report, check=progress.check)  # fmt: skip

        self._busy(True)
        self.job = run_in_background(
            work, on_done=self._exported, on_error=self._failed, on_progress=self._progress,
            on_cancelled=self._cancelled,
        )  # fmt: skip
        return self.job

    def _exported(self, count: int) -> None:
        self._busy(False)
        self.job = None
        self.last_export = count
        self.report.setText(self.tr("Exported %n member(s).", "", count))
