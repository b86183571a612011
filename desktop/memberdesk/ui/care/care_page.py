"""The Care page (顾客关怀): today's and the coming days' tasks, what was done, cards and messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import CareActionKind, CareKind
from memberdesk.reports import cards as card_pdf
from memberdesk.services.care import calendar as care
from memberdesk.services.care import cards, messages, winback
from memberdesk.services.care.calendar import CareItem
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, rule_for
from memberdesk.services.members import enrolment as members
from memberdesk.services.service.complaint_rules import get_complaint_rules
from memberdesk.ui.care import labels as care_labels
from memberdesk.ui.care.aftersales_list import AfterSalesList, columns_like_their_cells
from memberdesk.ui.widgets import file_dialogs
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.manager_approval import ManagerApprovalDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.workers import Job, Progress, run_in_background

PAGE_SIZE = 200
Loaded = tuple[dict[CareKind, tuple[int, int]], list[CareItem], dict[int, str]]
Index = QModelIndex | QPersistentModelIndex
CARD_KIND_OF = {
    CareKind.BIRTHDAY: "birthday",
    CareKind.CHILD_BIRTHDAY: "child-birthday",
    CareKind.HOLIDAY: "festival",
    CareKind.EVENT: "event",
}


class CareTableModel(QAbstractTableModel):
    """Care tasks of a range, fetched a page at a time as the list is scrolled."""

    DATE, KIND, MEMBER, PHONE, DETAIL, DONE = range(6)
    TASK_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[CareItem] = []
        self.phones: dict[int, str] = {}  # member id -> masked phone, for calling from the list
        self.start = self.end = dt.date.today()
        self.kinds: list[CareKind] | None = None
        self._more = False

    def reset(
        self,
        start: dt.date,
        end: dt.date,
        kinds: list[CareKind] | None,
        first_page: list[CareItem],
        phones: dict[int, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.start, self.end, self.kinds = start, end, kinds
        self.items = list(first_page)
        self.phones = dict(phones or {})
        self._more = len(first_page) == PAGE_SIZE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = care.calendar(
            self.ctx.db,
            self.ctx.actor,
            self.start,
            self.end,
            kinds=self.kinds,
            offset=len(self.items),
            limit=PAGE_SIZE,
        )
        self._more = len(page) == PAGE_SIZE
        self.phones |= members.masked_phones(
            self.ctx.db, self.ctx.actor, {i.member_id for i in page if i.member_id is not None}
        )
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("For"), self.tr("Member"), self.tr("Phone"), self.tr("Details"),
                  self.tr("Done"))  # fmt: skip
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == self.TASK_ID_ROLE:
            return item.task_id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DONE and item.marks:
            return "\n".join(
                f"{m.at.astimezone():%Y-%m-%d %H:%M}  {care_labels.action(m.action)} · {m.by}"
                for m in item.marks
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            return item.due_date.isoformat()
        if column == self.KIND:
            return care_labels.kind(item.kind)
        if column == self.MEMBER:
            return (
                f"{item.honorific}（{item.member_name}）"
                if item.honorific != item.member_name
                else item.member_name
            )
        if column == self.PHONE:
            return self.phones.get(item.member_id, "") if item.member_id is not None else ""
        if column == self.DETAIL:
            return self._detail(item)
        return self._done(item)

    def _done(self, item: CareItem) -> str:
        """Every kind of thing done, with who did it last: printing a card does not hide
        the call made before it."""
        latest = {mark.action: mark.by for mark in item.marks}  # oldest first: the last one wins
        if not latest and item.last_action is not None:
            latest = {item.last_action: item.last_action_by}
        return self.tr(", ").join(f"{care_labels.action(a)} · {by}" for a, by in latest.items())

    def _detail(self, item: CareItem) -> str:
        if item.kind == CareKind.HOLIDAY:
            return care_labels.holiday(item.holiday)
        if item.kind == CareKind.CHILD_BIRTHDAY:
            name = item.child_name or self.tr("child")
            return self.tr("{child} turns {age}").format(child=name, age=item.turning or "?")
        if item.kind == CareKind.BIRTHDAY:
            lunar = self.tr(" (lunar)") if item.lunar else ""
            if item.turning:
                return self.tr("turns {age}").format(age=item.turning) + lunar
            return lunar.strip()
        if item.kind == CareKind.POINTS_EXPIRY:
            last = (item.due_date.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(
                days=1
            )
            return self.tr("{points} points expire by {day}: call or message").format(
                points=item.title, day=last.isoformat()
            )
        if item.kind in (CareKind.APOLOGY, CareKind.SUPERVISOR_CALL):
            return self.tr("Not followed up: {complaint}").format(complaint=item.title)
        return item.title


class CarePage(QWidget):
    """Who to care for, day by day; mark what was done; print cards; export messages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.approval_dialog: ManagerApprovalDialog | None = None  # an SMS file waiting for the manager
        self._shown_once = False
        today = QDate.currentDate()
        self.start = date_edit(today)
        self.end = date_edit(today.addDays(7))
        self.kind = QComboBox()
        self.kind.setObjectName("care_kind")
        self.kind.addItem(self.tr("Everything"), None)
        for kind in CareKind:
            self.kind.addItem(care_labels.kind(kind), kind.value)
        refresh = QPushButton(self.tr("Show"))
        refresh.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("care_summary")
        self.summary.setWordWrap(True)

        self.model = CareTableModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("care_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the kind shown and the marks
        columns_like_their_cells(self.table)

        self.mark_buttons: dict[CareActionKind, QPushButton] = {}
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark selected:")))
        for action in CareActionKind:
            button = QPushButton(care_labels.action(action))
            button.clicked.connect(lambda _=False, a=action: self.mark(a))
            self.mark_buttons[action] = button
            marks.addWidget(button)
        marks.addStretch(1)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("card_layout")
        self.layout_choice.addItem(self.tr("One card per page"), "card")
        self.layout_choice.addItem(self.tr("Four cards per A4 sheet"), "sheet")
        self.print_button = QPushButton(self.tr("Print cards… (Ctrl+P)"))
        self.print_button.setObjectName("print_cards")
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.setToolTip(
            self.tr("The selected tasks' cards; with nothing selected, the cards of every task shown")
        )
        self.print_button.clicked.connect(self.print_cards)
        self.export_button = QPushButton(self.tr("Export messages…"))
        self.export_button.clicked.connect(self.export_messages)
        self.winback_button = QPushButton(self.tr("Win-back messages…"))
        self.winback_button.setObjectName("winback_messages")
        self.winback_button.setToolTip(
            self.tr("A message for each member lapsed in the last year, worded by the likely cause")
        )
        self.winback_button.clicked.connect(self.export_winback)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("care_status")

        top = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.start),
            (self.tr("to"), self.end),
            (self.tr("Show"), self.kind),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(refresh)
        top.addStretch(1)
        cards_row = QHBoxLayout()
        cards_row.addStretch(1)
        cards_row.addWidget(self.layout_choice)
        cards_row.addWidget(self.print_button)
        cards_row.addWidget(self.export_button)
        cards_row.addWidget(self.winback_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.status, 2)
        calendar_tab = QWidget()
        calendar = QVBoxLayout(calendar_tab)
        calendar.addLayout(top)
        calendar.addWidget(self.summary)
        calendar.addWidget(self.table, 1)
        calendar.addLayout(marks)
        calendar.addLayout(cards_row)
        calendar.addLayout(bottom)
        self.aftersales = AfterSalesList(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("care_tabs")
        self.tabs.addTab(calendar_tab, self.tr("Care calendar"))
        self.tabs.addTab(self.aftersales, self.tr("After-sales"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.table)  # the page opens with the keyboard in the list
        ctx.actor_changed.connect(lambda actor: self._signed_in() if actor is not None else None)
        ctx.data_changed.connect(
            lambda what: self.refresh() if what in ("care", "members", "service") and ctx.signed_in else None
        )

    def _signed_in(self) -> None:
        self.refresh()
        self.aftersales.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """The window builds pages when first chosen, after sign-in: load then."""
        super().showEvent(event)
        if not self._shown_once and self.ctx.signed_in:
            self._signed_in()
        self._shown_once = True

    def page_title(self) -> str:
        return self.tr("Care")

    def reset_for_next_user(self) -> None:
        """Locked (F12): the coming week, everything, nothing selected or said; the list is
        loaded again for whoever signs in next."""
        if self.job is not None:
            self.job.cancel()
        today = QDate.currentDate()
        self.start.setDate(today)
        self.end.setDate(today.addDays(7))
        self.kind.setCurrentIndex(0)
        self.table.clearSelection()
        self.status.clear()
        self.tabs.setCurrentIndex(0)
        self.aftersales.table.clearSelection()
        self.aftersales.note.clear()
        self.aftersales.status.clear()

    # --- reading -----------------------------------------------------------------------
    def _range(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _kinds(self) -> list[CareKind] | None:
        value = self.kind.currentData()
        return [CareKind(value)] if value else None

    def refresh(self) -> None:
        """Generate and load the range off the GUI thread (the first load may create tasks)."""
        if not self.ctx.signed_in:
            return
        db, actor, (start, end), kinds = self.ctx.db, self.ctx.actor, self._range(), self._kinds()
        self.status.setText(self.tr("Loading…"))

        def load(_progress: Progress) -> Loaded:
            rules = get_complaint_rules(db, actor.store_id)  # an unfollowed complaint's deadlines
            care.generate(db, actor.store_id, start, end, complaint_rules=rules)
            first = care.calendar(db, actor, start, end, kinds=kinds, limit=PAGE_SIZE)
            phones = members.masked_phones(db, actor, {i.member_id for i in first if i.member_id is not None})
            return care.counts(db, actor, start, end), first, phones

        def show(result: Loaded) -> None:
            counted, first, phones = result
            self.model.reset(start, end, kinds, first, phones)
            parts = [
                self.tr("{kind}: {total} ({done} done)").format(kind=care_labels.kind(k), total=t, done=d)
                for k, (t, d) in sorted(counted.items(), key=lambda kv: list(CareKind).index(kv[0]))
            ]
            self.summary.setText(" · ".join(parts) or self.tr("Nothing to do in these days."))
            self.status.clear()

        run_in_background(load, on_done=show, on_error=self._failed, owner=self)

    def selected_task_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.items[r].task_id for r in sorted(rows)]

    # --- acting ------------------------------------------------------------------------
    def mark(self, action: CareActionKind) -> None:
        ids = self.selected_task_ids()
        if not ids:
            self.status.setText(self.tr("Select the tasks first."))
            return
        try:
            care.mark(self.ctx.db, self.ctx.actor, ids, action)
        except ServiceError as error:
            self.status.setText(translate_error(error))
            return
        self.status.setText(
            self.tr("{count} marked: {action}").format(count=len(ids), action=care_labels.action(action))
        )
        self.ctx.data_changed.emit("care")

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.status.setText(translate_error(error) if isinstance(error, ServiceError) else str(error))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.print_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.winback_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _card_kind(self) -> tuple[bool, str | None]:
        """(whether the kind shown has cards, the card kind: None for every kind)."""
        kinds = self._kinds()
        if kinds is None:
            return True, None
        return kinds[0] in CARD_KIND_OF, CARD_KIND_OF.get(kinds[0])

    def print_cards(self) -> None:
        """Cards for the selected tasks, or for every task shown when none is selected (of the
        kind shown, or of every kind that has a card), built off the GUI thread."""
        has_cards, card_kind = self._card_kind()
        if not has_cards:
            self.status.setText(self.tr("After-sales tasks have no greeting cards: show another kind."))
            return
        db, actor, (start, end) = self.ctx.db, self.ctx.actor, self._range()
        chosen = self.selected_task_ids() or None
        language = ui_language()
        layout = str(self.layout_choice.currentData())

        def build(progress: Progress) -> tuple[cards.CardBatch, bytes]:
            batch = cards.card_batch(db, actor, card_kind, start, end, language, task_ids=chosen)

            def step(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return batch, card_pdf.render(batch.cards, layout, progress=step)

        def done(result: tuple[cards.CardBatch, bytes]) -> None:
            self._busy(False)
            self.job = None
            batch, pdf = result
            if not batch.cards:
                self.status.setText(self.tr("No cards to print for these tasks."))
                return
            per_page = 4 if layout == "sheet" else 1
            self.preview = PdfPreviewDialog(
                pdf,
                self.tr("Greeting cards"),
                lambda pages: self._printed(batch, pages, per_page),
                self,
                on_saved=self._saved,
            )
            self.preview.finished.connect(self._back_to_the_list)
            self.preview.show()

        self._busy(True)
        self.status.setText(self.tr("Preparing cards…"))
        self.job = run_in_background(
            build,
            on_done=done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda: (self._busy(False), self.status.setText(self.tr("Cancelled."))),
            owner=self,
        )

    def _back_to_the_list(self) -> None:
        """The keyboard goes back to the list the cards were printed from."""
        self.window().activateWindow()
        self.table.setFocus()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _printed(self, batch: cards.CardBatch, pages: list[int], per_page: int) -> None:
        """Only the cards on the pages that went to the printer mark their tasks."""
        printed = [page * per_page + slot for page in pages for slot in range(per_page)]
        printed = [i for i in printed if i < len(batch.cards)]
        try:
            marked = cards.mark_printed(self.ctx.db, self.ctx.actor, batch, printed)
        except ServiceError as error:
            self.status.setText(translate_error(error))
            return
        self.status.setText(
            self.tr("%n card(s) printed.", "", len(printed))
            + " "
            + self.tr("%n task(s) marked “card printed”.", "", marked)
        )
        self.ctx.data_changed.emit("care")

    def _saved(self, path: str) -> None:
        self.status.setText(
            self.tr("Saved to {path}. Nothing is marked printed until the cards are printed.").format(
                path=path
            )
        )

    @classmethod
    def choose_csv(cls, parent: QWidget) -> str:
        # translated in the page's own context: ``parent.tr`` is looked up under "parent"
        # by the catalogue tools but under the class at run time, so it stayed English
        chosen = file_dialogs.save_file(
            parent,
            "sms",
            QCoreApplication.translate("CarePage", "Export messages"),
            QCoreApplication.translate("CarePage", "messages") + ".csv",
            QCoreApplication.translate("CarePage", "CSV, UTF-8 (*.csv)"),
        )
        return str(chosen) if chosen is not None else ""

    def export_messages(self) -> None:
        """Messages of the kind shown (of every kind that has one for "Everything")."""
        has_messages, kind = self._card_kind()
        if not has_messages:
            self.status.setText(self.tr("After-sales tasks have no greeting messages: show another kind."))
            return
        target = self.choose_csv(self)
        if not target:
            return
        if not rule_for(ExportFile.SMS).manager_pin:  # the rule of every file with phones (io.export_rule)
            self._export_messages(target, kind, None)
            return
        what = self.tr("SMS file: %1").replace("%1", Path(target).name)
        self.approval_dialog = ManagerApprovalDialog.open_for(self.ctx, what, self)
        self.approval_dialog.approved.connect(lambda approval: self._export_messages(target, kind, approval))

    def export_winback(self) -> None:
        """Win-back messages for today's lapsed members (services/care/winback.py), under the
        same rule as every SMS file."""
        target = self.choose_csv(self)
        if not target:
            return
        if not rule_for(ExportFile.SMS).manager_pin:
            self._export_messages(target, None, None, winback_file=True)
            return
        what = self.tr("SMS file: %1").replace("%1", Path(target).name)
        self.approval_dialog = ManagerApprovalDialog.open_for(self.ctx, what, self)
        self.approval_dialog.approved.connect(
            lambda approval: self._export_messages(target, None, approval, winback_file=True)
        )

    def _export_messages(
        self, target: str, kind: str | None, approval: ExportApproval | None, winback_file: bool = False
    ) -> None:
        db, actor, (start, end) = self.ctx.db, self.ctx.actor, self._range()
        language = ui_language()

        def export(_progress: Progress) -> messages.MessageExport:
            if winback_file:
                result = winback.export_winback(db, actor, dt.date.today(), language, approval)
            else:
                result = messages.export_messages(db, actor, kind, start, end, language, approval)
            Path(target).write_text(result.to_csv(), encoding="utf-8")
            return result

        def done(result: messages.MessageExport) -> None:
            self._busy(False)
            self.status.setText(
                self.tr("%n message(s) written", "", len(result.rows))
                + self.tr("; ")
                + self.tr("%n member(s) left out (no consent).", "", result.without_consent)
            )

        self._busy(True)
        self.job = run_in_background(export, on_done=done, on_error=self._failed, owner=self)
