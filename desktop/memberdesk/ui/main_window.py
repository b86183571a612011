"""The main window: navigation, the pages, the lock screen and the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from memberdesk.services.context import Actor
from memberdesk.ui import labels
from memberdesk.ui.context import AppContext
from memberdesk.ui.pages.care import CarePage
from memberdesk.ui.pages.complaints import ComplaintsPage
from memberdesk.ui.pages.counter import CounterPage
from memberdesk.ui.pages.members import MembersPage
from memberdesk.ui.pages.reports import ReportsPage
from memberdesk.ui.pages.settings import SettingsPage
from memberdesk.ui.signin import SignInScreen

PAGE_CLASSES = (CounterPage, MembersPage, ComplaintsPage, CarePage, ReportsPage, SettingsPage)
LOCK_KEY = QKeySequence(Qt.Key.Key_F12)
NAV_STYLE = """
QListWidget#navigation { background: #1f2937; color: #e5e7eb; border: none; font-size: 14pt; }
QListWidget#navigation::item { padding: 12px 16px; }
QListWidget#navigation::item:selected { background: #b91c1c; color: white; }
"""


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right; F12 locks the counter."""

    def __init__(self, ctx: AppContext, *, health: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("MemberDesk — {store}").format(store=ctx.store_name))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(160)
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget()
        self.page_widgets: list[QWidget] = []
        for cls in PAGE_CLASSES:
            page = cls(ctx)
            self.page_widgets.append(page)
            self.pages.addWidget(page)
            self.nav.addItem(QListWidgetItem(page.page_title()))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        work = QWidget()
        row = QHBoxLayout(work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.signin = SignInScreen(ctx)
        self.signin.signed_in.connect(self._on_signed_in)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(work)
        self.setCentralWidget(self.stack)

        self._build_status_bar(health)
        lock = QAction(self.tr("Lock the counter"), self)
        lock.setShortcut(LOCK_KEY)
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(self.lock)
        self.addAction(lock)
        for index in range(len(PAGE_CLASSES)):  # Alt+1 .. Alt+6 switch pages
            go = QAction(self)
            go.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_1 + index)))
            go.triggered.connect(lambda _=False, i=index: self.show_page(i))
            self.addAction(go)
        ctx.message.connect(self._show_message)
        ctx.open_member.connect(lambda _id: self.show_page(0))
        ctx.show_complaint.connect(self._show_complaint)
        self.lock()

    def _build_status_bar(self, health: str) -> None:
        bar = self.statusBar()
        self.store_label = QLabel(self.tr("Store: {name}").format(name=self.ctx.store_name))
        self.staff_label = QLabel()
        self.db_label = QLabel(self.tr("Database: {where}").format(where=self.ctx.db.location()))
        self.db_label.setObjectName("database_location")
        self.health_label = QLabel()
        self.set_health(health)
        for w in (self.store_label, self.staff_label, self.db_label, self.health_label):
            w.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(w)

    def set_health(self, problem: str) -> None:
        """Show the database's health: OK, or what is wrong (e.g. the last backup failed)."""
        if problem:
            self.health_label.setText(self.tr("⚠ {problem}").format(problem=problem))
            self.health_label.setStyleSheet("color: #b45309;")
        else:
            self.health_label.setText(self.tr("Database OK"))
            self.health_label.setStyleSheet("color: #15803d;")

    def show_page(self, index: int) -> None:
        if self.ctx.signed_in:
            self.nav.setCurrentRow(index)

    def _show_complaint(self, complaint_id: int) -> None:
        index = PAGE_CLASSES.index(ComplaintsPage)
        self.show_page(index)
        page = self.page_widgets[index]
        assert isinstance(page, ComplaintsPage)
        page.show_complaint(complaint_id)

    def lock(self) -> None:
        """Hide the work area and ask who takes over the counter."""
        self.ctx.set_actor(None)
        self.staff_label.setText(self.tr("Locked"))
        self.stack.setCurrentWidget(self.signin)
        self.signin.start()

    def _on_signed_in(self, actor: Actor) -> None:
        self.staff_label.setText(
            self.tr("Staff: {name} ({role})").format(name=actor.name, role=labels.role(actor.role))
        )
        self.stack.setCurrentIndex(1)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        current = self.pages.currentWidget()
        if current is not None:
            current.setFocus()

    def _show_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000 if level != "error" else 15000)
