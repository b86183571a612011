"""The sign-in / lock screen, in two steps that cannot be confused.

1. Choose who you are: press your number (or click your row, or Up/Down and Enter).
2. Type your PIN and press Enter. The screen says whose PIN it is; digits now go only into
   the PIN. Esc (or "Someone else") goes back to step 1.

A wrong PIN keeps step 2 for the same person, with the reason shown in full (wrapped).
Handing the counter over is F12 (lock), the staff member's number key, the PIN and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.staff import auth
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext, translate_error

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole
STAFF_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 460
MAX_ROWS_SHOWN = 9


class StaffList(QListWidget):
    """Staff numbered 1-9: a digit key picks that person and moves on to the PIN."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemClicked.connect(lambda _item: self.picked.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= self.count():
            self.setCurrentRow(int(text) - 1)
            self.picked.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.picked.emit()
            return
        super().keyPressEvent(event)

    def fit_rows(self) -> None:
        """Tall enough to show every staff member (up to nine) without scrolling."""
        rows = min(max(self.count(), 1), MAX_ROWS_SHOWN)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 12
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)


class _EscapeToChoose(QObject):
    """Esc in the PIN field goes back to choosing the staff member."""

    def __init__(self, screen: SignInScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self._screen.choose_again()
                return True
        return False


class SignInScreen(QWidget):
    """Shown at start and whenever the counter is locked."""

    signed_in = Signal(object)  # Actor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signin")
        title = QLabel(self.tr("Who is at the counter?"))
        title.setObjectName("signin_title")
        title.setStyleSheet("font-size: 20pt;")
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # step 1: choose
        self.choose_hint = QLabel(self.tr("Press your number (or click your name)."))
        self.choose_hint.setWordWrap(True)
        self.staff = StaffList()
        self.staff.setObjectName("staff_list")
        self.staff.setStyleSheet("QListWidget { font-size: 14pt; } QListWidget::item { padding: 6px; }")
        self.staff.picked.connect(self._picked)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(self.choose_hint)
        choose_layout.addWidget(self.staff)

        # step 2: the PIN of the person chosen
        self.who = QLabel()
        self.who.setObjectName("signin_who")
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-size: 16pt; font-weight: bold;")
        pin_hint = QLabel(self.tr("Type your PIN and press Enter. Esc: someone else."))
        pin_hint.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(auth.PIN_MAX)
        self.pin.setStyleSheet("font-size: 14pt;")
        self.pin.returnPressed.connect(self.submit)
        self.pin.installEventFilter(_EscapeToChoose(self))
        sign_in_button = QPushButton(self.tr("Sign in"))
        sign_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sign_in_button.clicked.connect(self.submit)
        back_button = QPushButton(self.tr("Someone else (Esc)"))
        back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back_button.clicked.connect(self.choose_again)
        buttons = QHBoxLayout()
        buttons.addWidget(back_button)
        buttons.addStretch(1)
        buttons.addWidget(sign_in_button)
        enter = QWidget()
        enter_layout = QVBoxLayout(enter)
        enter_layout.setContentsMargins(0, 0, 0, 0)
        enter_layout.addWidget(self.who)
        enter_layout.addWidget(pin_hint)
        enter_layout.addWidget(self.pin)
        enter_layout.addLayout(buttons)

        self.step_pages = (choose, enter)  # one shown at a time; the message sits right under it
        self._step = 0

        self.error_label = QLabel()
        self.error_label.setObjectName("signin_error")
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)

        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(title)
        column_layout.addWidget(choose)
        column_layout.addWidget(enter)
        column_layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._chosen: QListWidgetItem | None = None
        self._show_step(0)

    def _show_step(self, index: int) -> None:
        self._step = index
        for n, page in enumerate(self.step_pages):
            page.setVisible(n == index)

    @property
    def choosing(self) -> bool:
        """True in step 1 (choose who you are), False in step 2 (type the PIN)."""
        return self._step == 0

    @property
    def chosen_staff_id(self) -> int | None:
        return int(self._chosen.data(STAFF_ID_ROLE)) if self._chosen is not None else None

    def start(self) -> None:
        """Refresh the staff list and wait for a number key."""
        self.staff.clear()
        for number, entry in enumerate(auth.list_staff(self.ctx.db, self.ctx.store_id), start=1):
            state = self.tr(" — locked") if entry.locked else ""
            prefix = f"{number}  " if number <= MAX_ROWS_SHOWN else "    "
            item = QListWidgetItem(
                f"{prefix}{entry.name}  ·  {labels.role(entry.role)}  ·  {entry.code}{state}"
            )
            item.setData(STAFF_ID_ROLE, entry.id)
            item.setData(STAFF_NAME_ROLE, f"{entry.name} · {labels.role(entry.role)} · {entry.code}")
            self.staff.addItem(item)
        self.staff.fit_rows()
        self.error_label.clear()
        self.choose_again()

    def choose_again(self) -> None:
        """Back to step 1: nobody chosen, nothing typed."""
        self._chosen = None
        self.pin.clear()
        self._show_step(0)
        self.staff.setFocus()

    def _picked(self) -> None:
        item = self.staff.currentItem()
        if item is None:
            return
        self._chosen = item
        self.who.setText(self.tr("PIN for %1").replace("%1", str(item.data(STAFF_NAME_ROLE))))
        self.error_label.clear()
        self.pin.clear()
        self._show_step(1)
        self.pin.setFocus()

    def submit(self) -> None:
        staff_id = self.chosen_staff_id
        if staff_id is None:
            self.error_label.setText(self.tr("Pick your name first (press your number)."))
            self.choose_again()
            return
        try:
            actor = auth.sign_in(self.ctx.db, staff_id, self.pin.text())
        except ServiceError as error:
            self.error_label.setText(translate_error(error))
            self.pin.clear()
            self.pin.setFocus()  # still this person's PIN: the name above says whose
            return
        self.pin.clear()
        self.error_label.clear()
        self.ctx.set_actor(actor)
        self.signed_in.emit(actor)
