"""The Complaints page: the supervisor's queue, one complaint, and the handling workflow beside it."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.service.complaint_queue import VIEW_STATUSES, QueueView, detail, queue
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.service.complaint_detail import ComplaintDetailView
from memberdesk.ui.service.complaint_queue_model import COMPLAINT_ID_ROLE, ComplaintQueueModel
from memberdesk.ui.service.suggestions_view import SuggestionsView
from memberdesk.ui.service.workflow_facts import complaint_facts
from memberdesk.ui.widgets import complaint_labels
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.side_slot import SideSlot
from memberdesk.workflows.library import COMPLAINT_HANDLING

REFRESH_MS = 60_000  # late highlights follow the clock while the page is open
WIDEST_COLUMN = 150  # px; longer customer names and categories are elided, whole in the tooltip


class ComplaintsPage(QWidget):
    """Complaints not yet closed, the most urgent first; late ones are highlighted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ComplaintQueueModel()
        self.view_choice = QComboBox()
        for view, text in (
            (QueueView.TO_HANDLE, self.tr("To handle")),
            (QueueView.TO_FOLLOW_UP, self.tr("To follow up")),
            (QueueView.TO_CLOSE, self.tr("To close")),
            (QueueView.CLOSED, self.tr("Closed lately")),
        ):
            self.view_choice.addItem(text, view.value)
        self.view_choice.currentIndexChanged.connect(self._view_chosen)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New complaint (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_complaint)
        new_key = QShortcut(QKeySequence("Ctrl+N"), self)
        new_key.activated.connect(self.new_complaint)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the queue for the complaint's controls
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail = ComplaintDetailView(ctx)
        self.detail.handle_requested.connect(self.guide)
        self.detail.moved_away.connect(self.table.setFocus)
        self.side = SideSlot()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.view_choice)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.count)  # its own line: the queue stays narrow enough at 1024 px
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        detail_scroll = QScrollArea()  # a long story or translation scrolls instead of overflowing
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(detail_scroll)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        # Suggestions (建议) are read by the same people who handle complaints, beside them.
        self.suggestions = SuggestionsView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaints_tabs")
        self.tabs.addTab(splitter, self.tr("Complaints"))
        self.tabs.addTab(self.suggestions, self.tr("Suggestions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        chain = [self.view_choice, self.new_button, self.table, *self.detail.tab_chain()]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.data_changed.connect(self._data_changed)
        ctx.actor_changed.connect(self._actor_changed)
        self._actor_changed(None)

    def _actor_changed(self, _actor: object) -> None:
        supervisor = self.ctx.signed_in and allowed(self.ctx.actor, Permission.HANDLE_COMPLAINT)
        self.tabs.setTabVisible(1, supervisor)
        if not supervisor:
            self.tabs.setCurrentIndex(0)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Complaints")

    def reset_for_next_user(self) -> None:
        """Locked (F12): a complaint-handling workflow going is recorded as left; nothing of the
        complaint the last person had open stays on screen."""
        self.set_side_panel(None)
        self.table.clearSelection()
        self.detail.show_complaint(None)
        blocked = self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(0)
        self.view_choice.blockSignals(blocked)
        self.tabs.setCurrentIndex(0)

    @property
    def current_view(self) -> QueueView:
        return QueueView(str(self.view_choice.currentData()))

    def refresh(self) -> None:
        if not self.ctx.signed_in or not self.isVisible():
            return
        chosen = self.detail.complaint.id if self.detail.complaint else None
        now = dt.datetime.now(dt.UTC)
        try:
            rows = queue(self.ctx.db, self.ctx.actor, self.current_view, now=now)
        except ServiceError as err:
            self.ctx.error(err)
            rows = []
        self.model.set_rows(rows, now)
        self._size_columns()
        late = sum(r.overdue for r in rows)
        text = self.tr("%n complaint(s)", "", len(rows))
        if late:
            text += " · " + self.tr("%n late", "", late)
        self.count.setText(text)
        ids = [r.id for r in rows]
        if chosen in ids:
            self._select(ids.index(chosen))
        elif rows:
            self._select(0)  # the list and the detail always show the same complaint
        else:
            self.detail.show_complaint(None)

    def _select(self, row: int) -> None:
        """Select the complaint of ``row``, its row shown from its first column (the target)."""
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.horizontalScrollBar().setValue(0)

    def _view_chosen(self) -> None:
        self.refresh()
        self.table.horizontalScrollBar().setValue(0)

    def _size_columns(self) -> None:
        """Each column as wide as its header and cells need, up to ``WIDEST_COLUMN``."""
        last = self.model.columnCount() - 1
        for column in range(last):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > WIDEST_COLUMN:
                self.table.setColumnWidth(column, WIDEST_COLUMN)

    def show_complaint(self, complaint_id: int) -> None:
        """Switch to the part of the queue the complaint is in and select it."""
        try:
            status = detail(self.ctx.db, self.ctx.actor, complaint_id).status
        except ServiceError as err:
            self.ctx.error(err)
            return
        view = next(v for v in QueueView if status in VIEW_STATUSES[v])
        self.tabs.setCurrentIndex(0)
        self.detail.complaint = None
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(self.view_choice.findData(view.value))
        self.view_choice.blockSignals(False)
        self.refresh()
        ids = [r.id for r in self.model.rows]
        if complaint_id in ids:
            self._select(ids.index(complaint_id))
        else:  # an old closed one, beyond the list shown
            self.detail.show_complaint(complaint_id)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.detail.show_complaint(int(indexes[0].data(COMPLAINT_ID_ROLE)))

    def _data_changed(self, what: str) -> None:
        if what not in ("complaints", "settings") or not self.ctx.signed_in or not self.isVisible():
            return
        before = self.detail.complaint
        self.refresh()
        if before is not None and before.id not in {r.id for r in self.model.rows}:
            self._say_where_it_went(before.id, before.complaint_no)

    def _say_where_it_went(self, complaint_id: int, number: str) -> None:
        """A move took the complaint out of this list: say where to find it now."""
        try:
            status = detail(self.ctx.db, self.ctx.actor, complaint_id).status
        except ServiceError:
            return
        view = next(v for v in QueueView if status in VIEW_STATUSES[v])
        name = self.view_choice.itemText(self.view_choice.findData(view.value))
        self.ctx.info(
            self.tr("%1 is now %2: find it under “%3”.")
            .replace("%1", number)
            .replace("%2", complaint_labels.status(status))
            .replace("%3", name)
        )

    def new_complaint(self) -> None:
        if not self.ctx.signed_in or not self.isVisible():
            return
        from memberdesk.ui.service.complaint_dialog import ComplaintDialog

        ComplaintDialog.open_for(self.ctx, None, self)

    def set_side_panel(self, widget: QWidget | None) -> None:
        self.side.set_panel(widget)

    @property
    def side_panel(self) -> QWidget | None:
        return self.side.panel

    def guide(self, complaint_id: int) -> QWidget | None:
        """Open the complaint-handling workflow beside the complaint."""
        from memberdesk.ui.service.workflow_panel import WorkflowPanel

        try:
            c = detail(self.ctx.db, self.ctx.actor, complaint_id)
        except ServiceError as err:
            self.ctx.error(err)
            return None
        panel = WorkflowPanel(
            self.ctx, COMPLAINT_HANDLING, c.member_id, complaint_id=c.id, extra_facts=complaint_facts(c)
        )
        self.set_side_panel(panel)
        panel.focus_step()
        return panel

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.table.horizontalScrollBar().setValue(0)  # the queue opens at its first column
        self.timer.start()
        QTimer.singleShot(0, self.table.setFocus)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
