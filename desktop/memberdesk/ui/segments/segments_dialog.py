"""The Segments screen, reached from the Members page (Ctrl+Shift+S): saved segments to open,
an editor with a LIVE count (counted on a worker thread while the manager types, never on the
window's thread), the segment's members page by page, saving, and a promotion list export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.segments import segments
from memberdesk.services.segments.export import SegmentExport, export_segment
from memberdesk.services.segments.filters import SegmentFilter, check
from memberdesk.ui.segments.segment_editor import SegmentEditor
from memberdesk.ui.segments.segment_model import MEMBER_ID_ROLE, SegmentMembersModel
from memberdesk.ui.widgets import actions, file_dialogs
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.workers import Progress, run_in_background

COUNT_DELAY_MS = 250  # typing pauses this long before the count is asked again


class SegmentsDialog(GuardedDialog):
    """Build, count, list, save and export a segment."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Segments"))
        self.asked = 0  # the latest count asked; an older answer arriving late is dropped
        self.counted: int | None = None
        self.saved_filter = SegmentFilter()
        self.saved_name = ""  # what is saved: typing a different name or filter is unsaved work
        self.saved = QComboBox()
        self.saved.setObjectName("seg_saved")
        self.saved.activated.connect(self._open_saved)
        self.name = QLineEdit()
        self.name.setObjectName("seg_name")
        self.name.setPlaceholderText(self.tr("Name to save the segment under"))
        self.editor = SegmentEditor()
        self.editor.changed.connect(self._edited)
        self.count = QLabel()
        self.count.setObjectName("seg_count")
        self.outcome = QLabel()
        self.outcome.setObjectName("seg_outcome")
        self.outcome.setWordWrap(True)
        self.model = SegmentMembersModel(ctx)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_member)
        self.show_button = QPushButton(self.tr("Show members"))
        self.show_button.setObjectName("seg_show")
        self.show_button.clicked.connect(self.show_members)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("seg_save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Promotion list…"))
        self.export_button.setObjectName("seg_export")
        self.export_button.clicked.connect(self._choose_export)
        self.campaigns_button = QPushButton(self.tr("Campaigns… (Ctrl+K)"))
        self.campaigns_button.setObjectName("seg_campaigns")
        self.campaigns_button.setShortcut("Ctrl+K")
        self.campaigns_button.clicked.connect(self.open_campaigns)
        self.coupon_button = QPushButton(self.tr("Give a coupon… (Ctrl+Shift+G)"))
        self.coupon_button.setObjectName("seg_coupon")
        self.coupon_button.setShortcut("Ctrl+Shift+G")
        self.coupon_button.clicked.connect(self.give_coupon)
        self.everyone = QCheckBox(self.tr("Everyone, not only who consented to promotions"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COUNT_DELAY_MS)
        self.timer.timeout.connect(self.count_now)
        self._lay_out(close)
        self._fill_saved()
        self.resize(980, 700)

    def _lay_out(self, close: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved:")))
        top.addWidget(self.saved, 1)
        top.addWidget(self.name, 1)
        top.addWidget(self.save_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count)
        column.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([460, 520])
        # two rows, so that the screen fits 1024 pixels in every language: the list's own
        # actions, then what puts the segment to work
        listing = QHBoxLayout()
        listing.addWidget(self.everyone)
        listing.addStretch(1)
        listing.addWidget(self.export_button)
        listing.addWidget(self.show_button)
        work = QHBoxLayout()
        work.addWidget(self.campaigns_button)
        work.addWidget(self.coupon_button)
        work.addStretch(1)
        work.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(listing)
        layout.addLayout(work)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: Any = None, parent: QWidget | None = None
    ) -> SegmentsDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_primary(dialog.show_button)
        dialog.open()
        dialog.editor.tags_any.setFocus()
        dialog.count_now()
        return dialog

    # --- the filter and its live count --------------------------------------------------------

    def has_typed_data(self) -> bool:
        return self.editor.value() != self.saved_filter or self.name.text().strip() != self.saved_name

    def _edited(self) -> None:
        self.count.setText(self.tr("Counting…"))
        self.timer.start()

    def count_now(self) -> None:
        """Ask the count on a worker; the window keeps taking keys meanwhile."""
        self.timer.stop()
        try:
            f = check(self.editor.value())
        except ServiceError as err:
            self.count.setText(translate_error(err))
            return
        self.asked += 1
        asked, db, actor = self.asked, self.ctx.db, self.ctx.actor

        def work(_progress: Progress) -> int:
            return segments.segment_count(db, actor, f)

        run_in_background(
            work,
            on_done=lambda n: self._counted(asked, n),
            on_error=lambda exc: self._count_failed(asked, exc),
            owner=self,
        )

    def _counted(self, asked: int, n: int) -> None:
        if asked != self.asked:
            return
        self.counted = n
        self.count.setText(self.tr("%n member(s)", "", n))

    def _count_failed(self, asked: int, exc: Exception) -> None:
        if asked == self.asked:
            self.count.setText(translate_error(exc) if isinstance(exc, ServiceError) else str(exc))

    # --- saved segments -----------------------------------------------------------------------

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(new segment)"), None)
        try:
            for seg in segments.list_segments(self.ctx.db, self.ctx.actor):
                self.saved.addItem(seg.name, seg.id)
        except ServiceError as err:
            self._say(translate_error(err), error=True)

    def _open_saved(self, index: int) -> None:
        segment_id = self.saved.itemData(index)
        if segment_id is None:
            self.editor.set_value(SegmentFilter())
            self.name.clear()
            self.saved_filter, self.saved_name = SegmentFilter(), ""
            return
        seg = segments.load(self.ctx.db, self.ctx.actor, int(segment_id))
        self.editor.set_value(seg.filter)
        self.saved_filter = self.editor.value()
        self.name.setText(seg.name)
        self.saved_name = seg.name
        self.count_now()
        self.show_members()

    def save(self) -> None:
        try:
            segments.save(self.ctx.db, self.ctx.actor, self.name.text(), self.editor.value(), replace=True)
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return
        name = " ".join(self.name.text().split())
        self.saved_filter, self.saved_name = self.editor.value(), name
        self.name.setText(name)
        self._fill_saved()
        self.saved.setCurrentIndex(max(0, self.saved.findText(name)))
        self._say(self.tr("Saved as “%1”.").replace("%1", name))

    # --- members and the export ---------------------------------------------------------------

    def show_members(self) -> None:
        try:
            self.model.show(check(self.editor.value()))
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return
        self.table.resizeColumnsToContents()

    def _open_member(self, index: Any) -> None:
        if index.isValid():
            self.ctx.open_member.emit(int(index.data(MEMBER_ID_ROLE)))

    def open_campaigns(self) -> None:
        """The campaigns that put saved segments to work (their own screen)."""
        self.campaigns: QWidget = actions.widget_class("campaigns").open_for(self.ctx, None, self)

    def give_coupon(self) -> None:
        """A coupon to every member of the saved segment shown (saved first: what is given is
        what the store can name later)."""
        if not self.saved_name or self.has_typed_data():
            self.outcome.setText(self.tr("Save the segment first: a coupon goes to a saved segment."))
            return
        self.coupon_dialog: QWidget = actions.widget_class("segment_coupon").open_for(
            self.ctx, self.saved_name, self
        )

    def _choose_export(self) -> None:
        name = (self.name.text().strip() or self.tr("segment")) + ".xlsx"
        path = file_dialogs.save_file(
            self, "export", self.tr("Promotion list"), name, self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> SegmentExport | None:
        """The segment's list to ``path`` (phones masked; who refused promotions left out)."""
        try:
            done = export_segment(
                self.ctx.db, self.ctx.actor, self.editor.value(), path,
                for_promotions=not self.everyone.isChecked(), name=self.name.text().strip(),
            )  # fmt: skip
        except ServiceError as err:
            self._say(translate_error(err), error=True)
            return None
        said = self.tr("%n member(s) written to the file.", "", done.written)
        if done.left_out_no_consent:
            said += " " + self.tr("%n left out: no consent to promotions.", "", done.left_out_no_consent)
        self._say(said)
        return done

    def _say(self, text: str, error: bool = False) -> None:
        self.outcome.setStyleSheet("color: #b00020" if error else "")
        self.outcome.setText(text)
