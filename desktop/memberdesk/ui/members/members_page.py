"""The Members page: the member list with a search and a tier filter, and import / export.

Import runs a dry run first and says what the real run will do; "Import now" then writes the
rows the dry run validated (the file is not read again unless it changed). Export writes the
members the list shows (its search and tier), in the clerk's language, and asks for the
manager's PIN when ``services/io/export_rule`` says the file needs it. Both run on a worker
with a progress bar and a cancel button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
from memberdesk.services.io.member_io import (
    ExportApproval,
    ExportFile,
    ImportReport,
    MergeOptions,
    OnDuplicate,
)
from memberdesk.services.members import listing as member_list
from memberdesk.services.members.listing import MemberFilter
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.members.import_report import ReportView, report_lines
from memberdesk.ui.members.member_list_model import MEMBER_ID_ROLE, MemberListModel
from memberdesk.ui.widgets import actions, file_dialogs, labels, member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.manager_approval import ManagerApprovalDialog
from memberdesk.ui.widgets.workers import Job, Progress, run_in_background
from memberdesk.ui.widgets.wrapping_row import WrappingRow

FILTER_DELAY_MS = 250  # wait for the clerk to stop typing before asking the database
IMPORT_KIND, EXPORT_KIND = "member_import", "member_export"  # folders remembered apart


class MembersPage(QWidget):
    """Members: a paged list; import (dry run first) and export run on a worker with cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MemberListModel(ctx)
        self.job: Job | None = None
        self.last_report: ImportReport | None = None
        self.dry_run: ImportReport | None = None  # the dry run "Import now" writes
        self.last_export: int | None = None
        self.import_path: Path | None = None
        self.approval_dialog: ManagerApprovalDialog | None = None
        self._recovered = False
        self.asked = 0  # the latest count asked; an answer to an older filter is dropped
        self._build_finder()
        self._build_table()
        self._build_import()
        self._build_export()
        self._lay_out()
        ctx.data_changed.connect(
            lambda what: self.refresh() if what == "members" and self.isVisible() else None
        )
        ctx.actor_changed.connect(lambda _a: self.refresh())

    # --- building ---------------------------------------------------------------------------

    def _build_finder(self) -> None:
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
        self.tag = QComboBox()
        self.tag.setObjectName("member_tag_filter")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.currentIndexChanged.connect(self._filter_now)
        self.tags_button = QPushButton(self.tr("Tags… (Ctrl+Shift+B)"))
        self.tags_button.setObjectName("members_tags")
        self.tags_button.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.tags_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its key is Ctrl+Shift+B
        self.tags_button.clicked.connect(self.open_bulk_tags)
        self.segments_button = QPushButton(self.tr("Segments… (Ctrl+Shift+S)"))
        self.segments_button.setObjectName("members_segments")
        self.segments_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.segments_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.segments_button.clicked.connect(self.open_segments)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._filter_now)
        find_key = QShortcut(QKeySequence.StandardKey.Find, self)
        find_key.activated.connect(self.search.setFocus)
        self.count = QLabel()
        self.count.setObjectName("member_count")
        # as wide as its longest text, so that the box does not jump at each "Counting…"
        many = 1_000_000
        widest = (self.tr("Counting…"), self.tr("%n member(s)", "", many), self.tr("%n found", "", many))
        self.count.setMinimumWidth(max(self.count.fontMetrics().horizontalAdvance(t) for t in widest))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open)  # a double click, or Enter on a row

    def _build_import(self) -> None:
        self.import_button = QPushButton(self.tr("Import members…"))
        self.import_button.clicked.connect(self._choose_import)
        self.merge = QCheckBox(self.tr("Fill in members already on file"))
        self.merge.setToolTip(self.tr("Only their empty fields are filled; nothing on file is overwritten."))
        self.merge_points = QCheckBox(self.tr("…and their points"))
        self.merge_points.setToolTip(
            self.tr("The file's points, for members whose points ledger has no entry yet.")
        )
        self.merge_tier = QCheckBox(self.tr("…and raise their tier"))
        self.merge_tier.setToolTip(self.tr("The file's tier, when it is higher than the member's."))
        for box in (self.merge, self.merge_points, self.merge_tier):
            box.toggled.connect(self._merge_changed)
        # a workbook with several sheets: which one holds the members (the dry run runs again)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.hide()
        self.sheet.activated.connect(self._sheet_chosen)
        self.confirm = QPushButton(self.tr("Import now"))
        self.confirm.setObjectName("import_now")
        self.confirm.hide()
        self.confirm.clicked.connect(self._import_now)

    def _build_export(self) -> None:
        self.export_button = QPushButton(self.tr("Export members…"))
        self.export_button.clicked.connect(self._choose_export)
        self.full_phones = QCheckBox(self.tr("Full phone numbers"))
        self.full_phones.setChecked(True)
        self.full_phones.setToolTip(
            self.tr("Needed to import the file again; the manager approves it with their PIN.")
        )
        self.sensitive = QCheckBox(self.tr("Include consented sensitive fields"))
        self.export_scope = QLabel()  # which members an export takes: those the list shows
        self.export_scope.setObjectName("export_scope")
        self.export_scope.setStyleSheet("color: #6b7280;")
        self.export_scope.setWordWrap(True)

    def _lay_out(self) -> None:
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.report = ReportView()
        self.permission_note = QLabel()  # why a greyed button is greyed, and who may use it
        self.permission_note.setObjectName("members_permission_note")
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #6b7280;")
        finder = QHBoxLayout()
        finder.addWidget(self.search, 1)
        finder.addWidget(self.tier)
        finder.addWidget(self.tag)
        finder.addWidget(self.count)
        buttons = QWidget()
        bar = WrappingRow(buttons)  # a second line rather than a page wider than the screen
        for w in (self.import_button, self.sheet, self.merge, self.merge_points, self.merge_tier,
                  self.export_button, self.full_phones, self.sensitive, self.tags_button,
                  self.segments_button):  # fmt: skip
            bar.addWidget(w)
        jobs = QHBoxLayout()
        jobs.addWidget(self.progress, 1)
        jobs.addWidget(self.cancel_button)
        done = QHBoxLayout()
        done.addWidget(self.report, 1)
        done.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(finder)
        layout.addWidget(buttons)
        layout.addWidget(self.export_scope)
        layout.addWidget(self.permission_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(jobs)
        layout.addLayout(done)

    # --- the list ---------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Members")

    def reset_for_next_user(self) -> None:
        """Locked (F12): no search, no ticked box, no report of the last person's work stays."""
        if self.job is not None:
            self.job.cancel()
        self.filter_timer.stop()
        for widget in (self.search, self.tier, self.tag, self.sheet):
            blocked = widget.blockSignals(True)
            if widget is self.search:
                self.search.clear()
            elif widget is self.tier:
                self.tier.setCurrentIndex(0)
            elif widget is self.tag:
                self.tag.clear()
            else:
                self.sheet.clear()
            widget.blockSignals(blocked)
        self.sheet.hide()
        self.sensitive.setChecked(False)
        self.merge.setChecked(False)
        self.report.clear()
        self.count.clear()
        self.asked += 1  # a count still on its way was the last person's
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
        self._recover_once()
        self._fill_tags()
        self.model.reload()
        self._count_later()
        self._size_columns()
        self._show_permissions()

    def _show_permissions(self) -> None:
        actor = self.ctx.actor
        notes = []
        for widget, permission, why in (
            (self.import_button, Permission.IMPORT_MEMBERS, self.tr("Importing members")),
            (self.export_button, Permission.EXPORT_MEMBERS, self.tr("Exporting members")),
            (self.sensitive, Permission.REVEAL_SENSITIVE, self.tr("Exporting sensitive fields")),
            (self.segments_button, Permission.VIEW_REPORTS, self.tr("Segments")),
        ):
            permitted = allowed(actor, permission)
            widget.setEnabled(permitted and self.job is None)
            reason = "" if permitted else labels.who_may(permission, why)
            widget.setToolTip(reason)
            if reason:
                notes.append(reason)
        self._enable_options()
        self.permission_note.setText(" ".join(notes))
        self.permission_note.setVisible(bool(notes))

    def _enable_options(self) -> None:
        importing = self.import_button.isEnabled()
        self.merge.setEnabled(importing)
        for box in (self.merge_points, self.merge_tier):
            box.setEnabled(importing and self.merge.isChecked())
            box.setVisible(self.merge.isChecked())
        self.full_phones.setEnabled(self.export_button.isEnabled())

    def _count_later(self) -> None:
        """Count the members listed on a worker ("Counting…" meanwhile): at a million members
        a count takes the best part of a second, and the clerk keeps typing."""
        self.asked += 1
        asked, db, actor, wanted = self.asked, self.ctx.db, self.ctx.actor, self.model.member_filter
        self.count.setText(self.tr("Counting…"))
        self._show_scope()
        run_in_background(
            lambda _progress: member_list.count_members(db, actor, wanted),
            on_done=lambda n: self._counted(asked, n),
            on_error=lambda exc: self._count_failed(asked, exc),
            owner=self,
        )

    def _counted(self, asked: int, total: int) -> None:
        if asked != self.asked:
            return  # the clerk typed on: a newer count is on its way
        self.model.total = total
        if self.model.member_filter == MemberFilter():
            self.count.setText(self.tr("%n member(s)", "", total))
        else:
            self.count.setText(self.tr("%n found", "", total))

    def _count_failed(self, asked: int, exc: Exception) -> None:
        if asked == self.asked:
            self.count.setText(translate_error(exc) if isinstance(exc, ServiceError) else str(exc))

    def _show_scope(self) -> None:
        if self.model.member_filter == MemberFilter():
            self.export_scope.hide()
        else:
            self.export_scope.setText(
                self.tr("Export takes the members listed: %1").replace("%1", self._filter_words())
            )
            self.export_scope.show()

    def _filter_words(self) -> str:
        wanted = self.model.member_filter
        said = [f"“{wanted.text.strip()}”"] if wanted.text.strip() else []
        if wanted.tier is not None:
            said.append(member_labels.tier(wanted.tier))
        if wanted.tag:
            said.append(self.tr("tag %1").replace("%1", wanted.tag))
        return "、".join(said)

    def _size_columns(self) -> None:
        """Card numbers, phones and dates whole; the name column takes what is left."""
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def _filter_now(self) -> None:
        self.filter_timer.stop()
        if not self.ctx.signed_in:
            return
        tier = self.tier.currentData()
        wanted = MemberFilter(
            self.search.text().strip(), Tier(tier) if tier else None, self.tag.currentData() or ""
        )
        if wanted != self.model.member_filter:
            self.model.set_filter(wanted)
            self._count_later()
            self._size_columns()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _fill_tags(self) -> None:
        """The store's tags to filter by (read again when the page is shown: a tag may be new)."""
        from memberdesk.services.segments.tags import list_tags

        current = self.tag.currentData() or ""
        blocked = self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for info in list_tags(self.ctx.db, self.ctx.actor, retired=True, counted=False):
            self.tag.addItem(info.name, info.name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(blocked)

    def open_bulk_tags(self) -> QWidget:
        """Tags for the members listed or a pasted list (Ctrl+Shift+B)."""
        dialog: QWidget = actions.widget_class("bulk_tags").open_for(self.ctx, self.model.member_filter, self)
        dialog.finished.connect(lambda _r: self.refresh())  # type: ignore[attr-defined]
        return dialog

    def open_segments(self) -> QWidget:
        """Saved member filters, their live count, members and promotion list (Ctrl+Shift+S)."""
        widget: QWidget = actions.widget_class("segments").open_for(self.ctx, None, self)
        return widget

    def _open(self, index: QModelIndex) -> None:
        """Show the member's card on the Counter."""
        if index.isValid():
            self.ctx.open_member.emit(int(index.data(MEMBER_ID_ROLE)))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
        QTimer.singleShot(0, self.search.setFocus)

    def _recover_once(self) -> None:
        """Undo or finish an import a crash interrupted, once, on a worker."""
        if self._recovered:
            return
        self._recovered = True
        db = self.ctx.db

        def done(ids: list[int]) -> None:
            if ids:
                self.ctx.info(self.tr("An import that was interrupted has been finished or undone."))
                self.ctx.data_changed.emit("members")

        def failed(exc: Exception) -> None:
            self.ctx.error(exc if isinstance(exc, ServiceError) else str(exc))

        run_in_background(lambda _p: member_io.recover_imports(db), on_done=done, on_error=failed, owner=self)

    # --- background jobs --------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.IMPORT_MEMBERS))
        self.export_button.setEnabled(not busy and allowed(self.ctx.actor, Permission.EXPORT_MEMBERS))
        self._enable_options()
        if busy:
            self.confirm.hide()
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self._busy(False)
        self.report.setText(translate_error(exc) if isinstance(exc, ServiceError) else str(exc))

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
        self.report.setText(self.tr("Cancelled: nothing was changed."))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # --- import -----------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path = file_dialogs.open_file(self, IMPORT_KIND, self.tr("Import members"),
                                      self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))  # fmt: skip
        if path is not None:
            self.choose_file(path)

    def choose_file(self, path: Path) -> Job:
        """A file to import: offer its sheets when it has several, then run the dry run."""
        self.import_path = path
        self.last_report = self.dry_run = None
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
            self.last_report = self.dry_run = None
            self.start_import(self.import_path, dry_run=True)

    def _merge_changed(self) -> None:
        """Ask the dry run again: what filling in does depends on what is asked for."""
        self._enable_options()
        report = self.dry_run
        if report is not None and self.import_path is not None and self.job is None:
            self.start_import(
                self.import_path, dry_run=True, sheet=report.sheet or None, prepared=report.prepared
            )

    def _import_now(self) -> None:
        report = self.dry_run
        if report is None or self.import_path is None:
            return
        # the very sheet the dry run read, and the rows it validated
        self.start_import(
            self.import_path, dry_run=False, sheet=report.sheet or None, prepared=report.prepared
        )

    def start_import(
        self,
        path: Path,
        *,
        dry_run: bool,
        sheet: str | None = None,
        prepared: member_io.Prepared | None = None,
    ) -> Job:
        """Run an import (or its dry run) on a worker; the report appears below the list."""
        self.import_path = path
        db, actor = self.ctx.db, self.ctx.actor
        policy = OnDuplicate.MERGE if self.merge.isChecked() else OnDuplicate.SKIP
        options = MergeOptions(points=self.merge_points.isChecked(), tier=self.merge_tier.isChecked())
        if sheet is None and self.sheet.isVisible():
            sheet = self.sheet.currentData()

        def work(progress: Progress) -> ImportReport:
            return member_io.import_members(
                db, actor, path, dry_run=dry_run, on_duplicate=policy, merge=options, sheet=sheet,
                prepared=prepared, progress=progress.report, check=progress.check,
            )  # fmt: skip

        self.job = run_in_background(
            work,
            on_done=lambda report: self._imported(path, report),
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            owner=self,
        )
        self._busy(True)
        self.report.clear()
        return self.job

    def _imported(self, path: Path, report: ImportReport) -> None:
        self.job = None
        self._busy(False)
        self.last_report = report
        self.report.setText("\n".join(report_lines(report, path.name)))
        self.dry_run = report if report.dry_run else None
        if report.dry_run:
            self.confirm.setVisible(bool(report.added or report.merged))
            self.confirm.setEnabled(self.import_button.isEnabled())
        else:
            self.confirm.hide()
            self.ctx.data_changed.emit("members")
            self.refresh()

    # --- export -----------------------------------------------------------------------------

    def export_kind(self) -> ExportFile:
        return member_io.member_file(
            full_phones=self.full_phones.isChecked(), sensitive=self.sensitive.isChecked()
        )

    def _choose_export(self) -> None:
        path = file_dialogs.save_file(
            self, EXPORT_KIND, self.tr("Export members"), self.tr("members") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export to ``path``: at once, or once the manager has approved it with their PIN."""
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        if not member_io.rule_for(self.export_kind()).manager_pin:
            self.start_export(path)
            return
        lines = [self.tr("File: %1").replace("%1", path.name)]
        if self.model.member_filter == MemberFilter():
            lines.append(self.tr("Members: all"))
        else:
            lines.append(self.tr("Members: those listed (%1)").replace("%1", self._filter_words()))
        if self.sensitive.isChecked():
            lines.append(self.tr("Full phone numbers and consented sensitive fields"))
        else:
            lines.append(self.tr("Full phone numbers"))
        dialog = ManagerApprovalDialog.open_for(self.ctx, "\n".join(lines), self)
        dialog.approved.connect(lambda approval: self.start_export(path, approval))
        self.approval_dialog = dialog

    def start_export(self, path: Path, approval: ExportApproval | None = None) -> Job:
        db, actor = self.ctx.db, self.ctx.actor
        full, sensitive = self.full_phones.isChecked(), self.sensitive.isChecked()
        wanted, language = self.model.member_filter, ui_language()

        def work(progress: Progress) -> int:
            return member_io.export_members(
                db, actor, path, full_phones=full, include_sensitive=sensitive, member_filter=wanted,
                language=language, approval=approval, progress=progress.report, check=progress.check,
            )  # fmt: skip

        self.job = run_in_background(
            work, on_done=self._exported, on_error=self._failed, on_progress=self._progress,
            on_cancelled=self._cancelled, owner=self,
        )  # fmt: skip
        self._busy(True)
        return self.job

    def _exported(self, count: int) -> None:
        self.job = None
        self._busy(False)
        self.last_export = count
        text = self.tr("Exported %n member(s).", "", count)
        if self.model.member_filter != MemberFilter():
            text += " " + self.tr("Only the members listed: %1").replace("%1", self._filter_words())
        self.report.setText(text)
