"""The Members page: the member list with a search and a tier filter, and import / export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Tier
from memberdesk.services.io import member_io
from memberdesk.services.io.member_io import ImportReport, OnDuplicate
from memberdesk.services.members.listing import MemberFilter
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.members.member_list_model import MEMBER_ID_ROLE, MemberListModel
from memberdesk.ui.widgets import labels, member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.workers import Job, Progress, run_in_background
from memberdesk.ui.widgets.wrapping_row import WrappingRow

FILTER_DELAY_MS = 250  # wait for the clerk to stop typing before asking the database


class MembersPage(QWidget):
    """Members: a paged list; import (dry run first) and export run on a worker with cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MemberListModel(ctx)
        self.job: Job | None = None
        self.last_report: ImportReport | None = None
        self.last_export: int | None = None

        self.search = QLineEdit()
        self.search.setObjectName("member_filter")
        self.search.setPlaceholderText(self.tr("Find: phone, last 4 digits, card no., name or pinyin"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.filter_timer.start())
        self.search.returnPressed.connect(self._filter_now)
        self.tier = QComboBox()
        self.tier.setObjectName("member_tier_filter")
        self.tier.addItem(self.tr("All tiers"), "")
        for tier in Tier:
            self.tier.addItem(member_labels.tier(tier), tier.value)
        self.tier.currentIndexChanged.connect(self._filter_now)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._filter_now)
        find_key = QShortcut(QKeySequence.StandardKey.Find, self)
        find_key.activated.connect(self.search.setFocus)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open)  # a double click, or Enter on a row

        self.count = QLabel()
        self.import_button = QPushButton(self.tr("Import members…"))
        self.import_button.clicked.connect(self._choose_import)
        self.merge = QCheckBox(self.tr("Fill in members already on file"))
        # a workbook with several sheets: which one holds the members (the dry run runs again)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.hide()
        self.sheet.activated.connect(self._sheet_chosen)
        self.import_path: Path | None = None
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
        self.permission_note = QLabel()  # why a greyed button is greyed, and who may use it
        self.permission_note.setObjectName("members_permission_note")
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #6b7280;")

        finder = QHBoxLayout()
        finder.addWidget(self.search, 1)
        finder.addWidget(self.tier)
        finder.addWidget(self.count)
        buttons = QWidget()
        bar = WrappingRow(buttons)  # a second line rather than a page wider than the screen
        for w in (self.import_button, self.sheet, self.merge, self.export_button, self.sensitive):
            bar.addWidget(w)
        jobs = QHBoxLayout()
        jobs.addWidget(self.progress, 1)
        jobs.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(finder)
        layout.addWidget(buttons)
        layout.addWidget(self.permission_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(jobs)
        layout.addWidget(self.report)
        ctx.data_changed.connect(
            lambda what: self.refresh() if what == "members" and self.isVisible() else None
        )
        ctx.actor_changed.connect(lambda _a: self.refresh())

    def page_title(self) -> str:
        return self.tr("Members")

    def reset_for_next_user(self) -> None:
        """Locked (F12): no search, no ticked box, no report of the last person's work stays."""
        if self.job is not None:
            self.job.cancel()
        self.filter_timer.stop()
        for widget in (self.search, self.tier, self.sheet):
            blocked = widget.blockSignals(True)
            if widget is self.search:
                self.search.clear()
            elif widget is self.tier:
                self.tier.setCurrentIndex(0)
            else:
                self.sheet.clear()
            widget.blockSignals(blocked)
        self.sheet.hide()
        self.sensitive.setChecked(False)
        self.merge.setChecked(False)
        self.report.clear()
        self.count.clear()
        self.import_path = None
        self.last_report = None
        self.last_export = None
        if hasattr(self, "confirm"):
            self.confirm.deleteLater()
            del self.confirm
        self.model.member_filter = MemberFilter()  # the list reloads for whoever signs in next

    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        self.model.reload()
        self._show_count()
        self._size_columns()
        actor = self.ctx.actor
        notes = []
        for widget, permission, why in (
            (self.import_button, Permission.IMPORT_MEMBERS, self.tr("Importing members")),
            (self.export_button, Permission.EXPORT_MEMBERS, self.tr("Exporting members")),
            (self.sensitive, Permission.REVEAL_SENSITIVE, self.tr("Exporting sensitive fields")),
        ):
            permitted = allowed(actor, permission)
            widget.setEnabled(permitted)
            reason = "" if permitted else labels.who_may(permission, why)
            widget.setToolTip(reason)
            if reason:
                notes.append(reason)
        self.merge.setEnabled(self.import_button.isEnabled())
        self.permission_note.setText(" ".join(notes))
        self.permission_note.setVisible(bool(notes))

    def _show_count(self) -> None:
        if self.model.member_filter == MemberFilter():
            self.count.setText(self.tr("%n member(s)", "", self.model.total))
        else:
            self.count.setText(self.tr("%n found", "", self.model.total))

    def _size_columns(self) -> None:
        """Card numbers, phones and dates whole; the name column takes what is left."""
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def _filter_now(self) -> None:
        self.filter_timer.stop()
        if not self.ctx.signed_in:
            return
        tier = self.tier.currentData()
        wanted = MemberFilter(self.search.text().strip(), Tier(tier) if tier else None)
        if wanted != self.model.member_filter:
            self.model.set_filter(wanted)
            self._show_count()
            self._size_columns()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        """Show the member's card on the Counter."""
        if index.isValid():
            self.ctx.open_member.emit(int(index.data(MEMBER_ID_ROLE)))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
        QTimer.singleShot(0, self.search.setFocus)

    # --- background jobs --------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.IMPORT_MEMBERS))
        self.export_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.EXPORT_MEMBERS))
        self.merge.setEnabled(self.import_button.isEnabled())
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
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> Job:
        """A file to import: offer its sheets when it has several, then run the dry run."""
        self.import_path = path
        try:
            names = member_io.sheet_names(path)
        except ServiceError:
            names = []  # the dry run says what is wrong with the file
        self.sheet.clear()
        if len(names) > 1:
            self.sheet.addItem(self.tr("The sheet with a phone column"), None)
            for name in names:
                self.sheet.addItem(self.tr("Sheet “%1”").replace("%1", name), name)
        self.sheet.setVisible(len(names) > 1)
        return self.start_import(path, dry_run=True)

    def _sheet_chosen(self, _index: int) -> None:
        if self.import_path is not None and self.job is None:
            self.start_import(self.import_path, dry_run=True)

    def start_import(self, path: Path, *, dry_run: bool, sheet: str | None = None) -> Job:
        """Run an import (or its dry run) on a worker; the report appears below the list."""
        db, actor = self.ctx.db, self.ctx.actor
        policy = OnDuplicate.MERGE if self.merge.isChecked() else OnDuplicate.SKIP
        if sheet is None and self.sheet.isVisible():
            sheet = self.sheet.currentData()

        def work(progress: Progress) -> ImportReport:
            return member_io.import_members(
                db, actor, path, dry_run=dry_run, on_duplicate=policy, sheet=sheet,
                progress=progress.report, check=progress.check,
            )  # fmt: skip

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
        if report.sheet:
            lines.append(
                self.tr("Read sheet “%1” (headers in row %2).")
                .replace("%1", report.sheet)
                .replace("%2", str(report.header_row))
            )
        if report.points:
            lines.append(
                self.tr(
                    "Opening points: %1 for %n member(s), each an entry in the points ledger.",
                    "",
                    report.points_members,
                ).replace("%1", f"{report.points:,}")
            )
        if report.stored_value_column:
            lines.append(
                self.tr(
                    "Column “%1” (stored value) is not imported: stored-value accounts do not exist yet."
                ).replace("%1", report.stored_value_column)
            )
        if report.not_imported:
            lines.append(self.tr("Not imported: %1").replace("%1", "、".join(report.not_imported)))
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
            read = report.sheet or None  # import the very sheet the dry run read
            self.confirm.clicked.connect(lambda: self.start_import(path, dry_run=False, sheet=read))
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
