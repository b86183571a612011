"""The Counter page: one search box, the results, and the card of the member in front of us."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.ui.counter.hits_model import MEMBER_ID_ROLE, HitsModel
from memberdesk.ui.counter.member_card import MemberCardView
from memberdesk.ui.counter.scanner import CardScanner
from memberdesk.ui.counter.shift_offer import START_OF_SHIFT, ShiftChecklistOffer
from memberdesk.ui.widgets import actions
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.side_slot import SideSlot
from memberdesk.ui.widgets.wrapping_row import WrappingRow

RESULT_LIMIT = 20
RECEIPT_NO = re.compile(r"[Rr]\d{8}")  # a receipt scanned or typed: its sale, not a member
LIST_MIN_WIDTH = 280
LIST_BESIDE_PANEL_WIDTH = 180  # name and phone still show while a workflow panel is open
LIST_WIDTH = 470  # every result column unscrolled while no panel is open
CARD_MIN_WIDTH = 220
CARD_COMFORT_WIDTH = 420


class CounterPage(QWidget):
    """Counter: type a phone, its last 4 digits, a card number, a name or its pinyin.

    Results follow every keystroke; Up/Down choose, Enter opens the card, Esc clears. When
    nothing matches, "Enrol new member" (F3) opens enrolment with what was typed.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = HitsModel()
        self.scanner = CardScanner.install(ctx)
        self.dialogs: list[QWidget] = []

        self.search_box = QLineEdit()
        self.search_box.setObjectName("counterSearch")
        self.search_box.setPlaceholderText(self.tr("Phone, last 4 digits, card no., name or pinyin"))
        self.search_box.setClearButtonEnabled(True)
        font = self.search_box.font()
        font.setPointSize(font.pointSize() + 4)
        self.search_box.setFont(font)
        self.search_box.textChanged.connect(self.search)
        self.search_box.installEventFilter(self)

        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the focus
        self.results.verticalHeader().hide()
        # Fixed widths: measuring every cell on each keystroke costs more than the lookup itself.
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 100, 112, 72)):
            self.results.setColumnWidth(column, width)
        self.results.doubleClicked.connect(lambda index: self.open_member(index.data(MEMBER_ID_ROLE)))

        self.status = QLabel()
        self.enrol_button = QPushButton(self.tr("Enrol new member (F3)"))
        self.enrol_button.setShortcut(QKeySequence("F3"))
        self.enrol_button.clicked.connect(self.enrol_new)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.results, 1)
        bottom = QWidget()
        bottom_row = WrappingRow(bottom)  # the button goes under the count on a narrow list
        bottom_row.addWidget(self.status)
        bottom_row.addWidget(self.enrol_button)
        left_layout.addWidget(bottom)

        self.card = MemberCardView(ctx)
        self.empty = QLabel(self.tr("Scan a card or type in the box to recognise a member."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # stays readable when the workflow panel narrows the card
        self.card_stack = QStackedWidget()
        self.card_stack.addWidget(self.empty)
        self.card_stack.addWidget(self.card)

        self.side_holder = SideSlot()

        # The three columns share the page: opening the workflow panel takes its room from
        # the card and the list, never from the screen (the window keeps its size).
        self.list_side = left
        left.setMinimumWidth(LIST_MIN_WIDTH)
        self.card_stack.setMinimumWidth(CARD_MIN_WIDTH)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card_stack)
        self.splitter.addWidget(self.side_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self._sized = False
        self.shift_offer = ShiftChecklistOffer(ctx, self)
        self.shift_offer.start_requested.connect(self.start_shift_checklist)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.shift_offer)
        layout.addWidget(self.splitter, 1)

        reception = QShortcut(QKeySequence("F2"), self)
        reception.setContext(Qt.ShortcutContext.WindowShortcut)
        reception.activated.connect(self.start_reception)
        history_key = QShortcut(QKeySequence("Ctrl+F5"), self)  # the member's sales, or today's
        history_key.setContext(Qt.ShortcutContext.WindowShortcut)
        history_key.activated.connect(lambda: self.open_sale_history(""))
        gift_card = QShortcut(QKeySequence("Ctrl+G"), self)  # sell or check a gift card, no member
        gift_card.setContext(Qt.ShortcutContext.WindowShortcut)
        gift_card.activated.connect(self.open_gift_card)

        ctx.open_member.connect(self.show_member)
        ctx.data_changed.connect(self._data_changed)
        ctx.back_to_counter.connect(self.back_to_search)
        self.card.action_opened.connect(self.dialogs.append)
        self._update_status()

    def page_title(self) -> str:
        return self.tr("Counter")

    # --- searching ------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Run the lookup for what is in the box now (about a millisecond)."""
        if not self.ctx.signed_in:
            return
        from memberdesk.services.members import (
            search,  # with the pinyin tables: loaded after the window shows
        )

        try:
            hits = search.find(self.ctx.db, self.ctx.actor, text, RESULT_LIMIT) if text.strip() else []
        except ServiceError as err:
            self.ctx.error(err)
            hits = []
        self.model.set_hits(hits)
        if hits:
            self.results.selectRow(0)
        self._update_status()

    def _update_status(self) -> None:
        text = self.search_box.text().strip()
        count = self.model.rowCount()
        if not text:
            self.status.setText("")
        elif count:
            self.status.setText(self.tr("%n member(s) found", "", count))
        else:
            self.status.setText(self.tr("No member found."))
        self.enrol_button.setDefault(bool(text) and not count)

    def selected_member(self) -> int | None:
        rows = self.results.selectionModel().selectedRows()
        index = rows[0] if rows else self.model.index(0, 0)
        member_id = index.data(MEMBER_ID_ROLE) if index.isValid() else None
        return int(member_id) if member_id is not None else None

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        rows = self.results.selectionModel().selectedRows()
        row = (rows[0].row() if rows else -1) + step
        self.results.selectRow(max(0, min(count - 1, row)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                typed = self.search_box.text().strip()
                # a receipt opens its sale; a member whose card looks like one is still found
                if RECEIPT_NO.fullmatch(typed) and (self.open_sale_history(typed) or not self.model.hits):
                    return True
                member_id = self.selected_member()
                if member_id is not None:
                    self.open_member(member_id)
                elif self.search_box.text().strip():
                    self.enrol_new()
                return True
        return super().eventFilter(obj, event)

    def clear(self) -> None:
        self.search_box.clear()
        self.card_stack.setCurrentWidget(self.empty)
        self.card.card = None

    def forget_customer(self) -> None:
        """The counter is locked: nothing of the customer stays for the next clerk to see."""
        panel = self.side_panel
        if panel is not None and hasattr(panel, "abandon"):
            panel.abandon()
        self.set_side_panel(None)
        self.shift_offer.hide()
        self.dialogs.clear()
        self.card.opened.clear()
        self.model.set_hits([])
        self.clear()
        self._update_status()

    def reset_for_next_user(self) -> None:
        """The counter is locked (F12) or the app closes: the page as the next person finds it."""
        self.forget_customer()

    def back_to_search(self) -> None:
        """A dialog or panel closed: the keyboard goes back to the box (after Qt's own focus
        restore has run, which would otherwise win)."""
        QTimer.singleShot(0, self, self._focus_search)  # dropped if the page is gone by then

    def _focus_search(self) -> None:
        if self.ctx.signed_in and self.isVisible() and QApplication.activeModalWidget() is None:
            if not self.isActiveWindow():
                self.window().activateWindow()
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the card -------------------------------------------------------------------------

    def open_member(self, member_id: int | None) -> None:
        if member_id is not None:
            self.ctx.open_member.emit(int(member_id))

    def show_member(self, member_id: int) -> None:
        if all(hit.id != member_id for hit in self.model.hits):
            # opened from elsewhere (Members, Reports, Suggestions): the old search is not hers
            blocked = self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(blocked)
            self.model.set_hits([])
        if self.card.show_member(member_id):
            self.card_stack.setCurrentWidget(self.card)
        self.search_box.selectAll()  # the next customer's number replaces this one
        self.search_box.setFocus()

    def enrol_new(self) -> None:
        from memberdesk.ui.counter.enrol_dialog import EnrolDialog

        typed = self.search_box.text().strip()
        self.dialogs.append(
            actions.watch(self.ctx, EnrolDialog.open_for(self.ctx, None, self, prefill=typed))
        )

    def open_gift_card(self) -> QWidget | None:
        """Ctrl+G: sell a gift card or check what one holds (礼品卡)."""
        if not self.ctx.signed_in or not self.isVisible():
            return None
        dialog = actions.widget_class("gift_card_dialog").open_for(self.ctx, None, self)
        self.dialogs.append(actions.watch(self.ctx, dialog))
        return dialog

    def start_reception(self) -> QWidget | None:
        """F2: a customer walks up; guide the reception (for the member on the card, if any)."""
        if not self.ctx.signed_in or not self.isVisible() or not actions.available("start_workflow"):
            return None
        member_id = self.card.member_id if self.card_stack.currentWidget() is self.card else None
        return actions.trigger("start_workflow", self.ctx, member_id, self)

    def open_sale_history(self, receipt_no: str) -> QWidget | None:
        """Ctrl+F5: the sales of the member on the card, or today's; a scanned receipt: its sale."""
        if not self.ctx.signed_in or not self.isVisible() or not actions.available("sale_history"):
            return None
        member_id = self.card.member_id if self.card_stack.currentWidget() is self.card else None
        try:
            opener = actions.widget_class("sale_history").open_for
            widget = opener(self.ctx, member_id, self, receipt_no=receipt_no)
        except ServiceError as err:
            if not self.model.hits:  # else the member found is what the clerk wanted
                self.status.setText(translate_error(err))
            return None
        self.search_box.clear()
        self.dialogs.append(actions.watch(self.ctx, widget))
        return widget

    def set_side_panel(self, widget: QWidget | None) -> None:
        """Show ``widget`` to the right of the member card (None removes the panel)."""
        had_panel = self.side_panel is not None
        self.list_side.setMinimumWidth(LIST_MIN_WIDTH if widget is None else LIST_BESIDE_PANEL_WIDTH)
        self.side_holder.set_panel(widget)
        if widget is not None and not had_panel:
            self._make_room_for_panel(widget)
        if had_panel and widget is None:
            self.back_to_search()

    def _make_room_for_panel(self, panel: QWidget) -> None:
        """Make room for the panel without squeezing the card: the panel at its minimum and
        the list down to name and phone first; what the card does not need for a comfortable
        width then widens the panel (up to a third) and gives the list back its width."""
        listed, card, _ = self.splitter.sizes()
        total = listed + card
        if total <= 0:
            return
        side = max(panel.minimumSizeHint().width(), panel.minimumWidth())
        left = min(listed, LIST_BESIDE_PANEL_WIDTH)
        spare = max(0, total - side - left - CARD_COMFORT_WIDTH)
        grow = min(spare, max(0, total // 3 - side))  # the panel up to a third
        side, spare = side + grow, spare - grow
        grow = min(spare, max(0, listed - left))  # then the list as it was
        left += grow
        self.splitter.setSizes([left, total - side - left, side])

    # --- the start of the shift -----------------------------------------------------------

    def offer_shift_checklist(self) -> None:
        """After sign-in: offer the appearance and etiquette checklist, once per staff per day."""
        self.shift_offer.offer()

    def start_shift_checklist(self) -> QWidget | None:
        if not self.ctx.signed_in:
            return None
        self.shift_offer.hide()
        panel = actions.widget_class("workflow_panel")(self.ctx, START_OF_SHIFT)
        self.set_side_panel(panel)
        panel.focus_step()
        return panel

    @property
    def side_panel(self) -> QWidget | None:
        return self.side_holder.panel

    def _data_changed(self, what: str) -> None:
        if what in ("members", "sales", "complaints", "service", "care"):
            self.card.refresh()
            if self.isVisible() and self.search_box.text().strip():
                self.search(self.search_box.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.splitter.width() > LIST_WIDTH + CARD_MIN_WIDTH:
            self._sized = True
            listed, card, panel = self.splitter.sizes()
            self.splitter.setSizes([LIST_WIDTH, listed + card - LIST_WIDTH, panel])
        QTimer.singleShot(0, self.search_box.setFocus)
