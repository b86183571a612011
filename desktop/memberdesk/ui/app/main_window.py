"""The main window: navigation, the pages, the lock screen and the status bar.

Only the Counter page is built at start; the others (and the reports, charts and PDF code
they import) are built the first time they are shown, so the sign-in window appears fast.

Leaving the counter (F12 locks it; closing the window or Ctrl+Q quits) never loses what a
clerk typed without asking: an open dialog holding typed data (a sale with goods in the cart)
asks "Discard what you typed?", and "Keep editing" keeps the app, the dialog and the sale.
When the counter is left, each page's ``reset_for_next_user()`` runs (a workflow going is
recorded as left) before the staff member is signed out.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.app.signin import SignInScreen
from memberdesk.ui.app.staff_notice import HeldAccountsNotice
from memberdesk.ui.app.window_place import WindowPlaces, place_window
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.display.controller import DisplayController
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

NAV_STYLE = """
QListWidget#navigation { background: #1f2937; color: #e5e7eb; border: none; font-size: 14pt; }
QListWidget#navigation::item { padding: 12px 16px; }
QListWidget#navigation::item:selected { background: #b91c1c; color: white; }
"""


@dataclass(frozen=True)
class PageSpec:
    """A page by module and class, with its title in the page's own translation context, and
    the permission without which the page is not offered (None: everyone uses it)."""

    module: str
    cls: str
    title_source: str
    permission: Permission | None = None

    def title(self) -> str:
        return QCoreApplication.translate(self.cls, self.title_source)

    def offered_to(self, actor: Actor) -> bool:
        return self.permission is None or allowed(actor, self.permission)

    def load(self) -> type[QWidget]:
        page_class: type[QWidget] = getattr(importlib.import_module(self.module), self.cls)
        return page_class


PAGES = (
    PageSpec("memberdesk.ui.counter.counter_page", "CounterPage", "Counter"),
    PageSpec("memberdesk.ui.members.members_page", "MembersPage", "Members"),
    PageSpec("memberdesk.ui.service.complaints_page", "ComplaintsPage", "Complaints"),
    PageSpec("memberdesk.ui.care.care_page", "CarePage", "Care"),
    PageSpec("memberdesk.ui.reports.reports_page", "ReportsPage", "Reports", Permission.VIEW_REPORTS),
    PageSpec("memberdesk.ui.settings.settings_page", "SettingsPage", "Settings"),
    PageSpec("memberdesk.ui.events.events_page", "EventsPage", "Events"),
)
COMPLAINTS_PAGE = 2


class PageHolder(QWidget):
    """A page's place in the stack; builds the page the first time it is needed.

    While another page is shown, the holder asks for no room, so the window's minimum size
    is that of the page on screen, not the largest page ever opened.
    """

    def __init__(self, spec: PageSpec, ctx: AppContext, page: QWidget | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.ctx = ctx
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if page is not None:
            self._put(page)

    def _put(self, page: QWidget) -> None:
        self.page = page
        self._layout.addWidget(page)

    def build(self) -> QWidget:
        if self.page is None:
            self._put(self.spec.load()(self.ctx))
        assert self.page is not None
        return self.page

    def set_current(self, current: bool) -> None:
        policy = QSizePolicy.Policy.Preferred if current else QSizePolicy.Policy.Ignored
        self.setSizePolicy(policy, policy)


class ElidedLabel(QLabel):
    """A status-bar label that shows as much of a long text (a file path) as fits; the whole
    text stays in ``text()`` and the tooltip, and it never makes the window wider."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = QFontMetrics(self.font()).elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)


class LockKey(QObject):
    """F12 locks the counter from any window of the app, also above a modal dialog (where a
    Qt shortcut of the main window would be blocked): the key is taken before any widget."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() != Qt.Key.Key_F12 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if kind is QEvent.Type.ShortcutOverride:
            event.accept()  # deliver F12 as a key press (to this filter), never as a shortcut
            return False
        if not event.isAutoRepeat() and self._window.ctx.signed_in:
            self._window.request_lock()
        return True


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right; F12 locks the counter."""

    def __init__(self, ctx: AppContext, *, health: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("MemberDesk — {store}").format(store=ctx.store_name))
        self.resize(1280, 800)  # show_on_screen() gives the remembered place or one fitting the screen
        self.places = WindowPlaces()
        self.backup: QObject | None = None  # the day's backup, started after the first sign-in

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(160)
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget()
        self.holders: list[PageHolder] = []
        self.counter = CounterPage(ctx)
        for spec in PAGES:
            holder = PageHolder(spec, ctx, self.counter if spec.cls == "CounterPage" else None)
            holder.set_current(False)
            self.holders.append(holder)
            self.pages.addWidget(holder)
            self.nav.addItem(QListWidgetItem(spec.title()))
        self.nav.currentRowChanged.connect(self._page_chosen)

        self.notice = HeldAccountsNotice(ctx)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self.notice)
        right_column.addWidget(self.pages, 1)
        work = QWidget()
        row = QHBoxLayout(work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(right, 1)

        self.signin = SignInScreen(ctx)
        self.signin.signed_in.connect(self._on_signed_in)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(work)
        self.setCentralWidget(self.stack)

        self._build_status_bar(health)
        self.lock_key = LockKey(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lock_key)
        for index in range(len(PAGES)):  # Alt+1 .. Alt+7 switch pages
            go = QAction(self)
            go.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_1 + index)))
            go.triggered.connect(lambda _=False, i=index: self.show_page(i))
            self.addAction(go)
        quit_key = QAction(self)  # from any window of the app: the window's own close asks first
        quit_key.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_key.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_key.triggered.connect(self.close)
        self.addAction(quit_key)
        ctx.actor_changed.connect(self._offer_pages)
        ctx.message.connect(self._show_message)
        ctx.open_member.connect(lambda _id: self.show_page(0))
        ctx.show_complaint.connect(self._show_complaint)
        self.customer_display = DisplayController(ctx, self)  # off unless Settings turned it on
        self.lock()
        self.check_for_damage()

    def show_on_screen(self) -> None:
        """Show the window where it was left, fitted into this screen; the first time, maximised
        on a small screen (a 1024×768 counter PC) and a large share of a larger one."""
        place_window(self, self.screen_room(), self.places)

    def screen_room(self) -> QRect:
        """The free area of the screen the window opens on."""
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)

    # --- pages ----------------------------------------------------------------------------

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet."""
        return self.holders[index].build()

    @property
    def page_widgets(self) -> list[QWidget]:
        """Every page (building those not opened yet)."""
        return [self.page(i) for i in range(len(self.holders))]

    def _page_chosen(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(index)
        for n, holder in enumerate(self.holders):
            holder.set_current(n == index)
        self.pages.setCurrentIndex(index)
        page.setFocus()

    def show_page(self, index: int) -> None:
        """Alt+1 … Alt+6, a click, or another page asking: a page the role may not use says why."""
        if not self.ctx.signed_in:
            return
        spec = PAGES[index]
        if not spec.offered_to(self.ctx.actor):
            assert spec.permission is not None
            self.statusBar().showMessage(labels.who_may(spec.permission, spec.title()), 8000)
            return
        self.nav.setCurrentRow(index)

    def _offer_pages(self, actor: Actor | None) -> None:
        """Each role sees the pages it may use in the navigation (the hidden ones say why on
        their Alt key)."""
        for index, spec in enumerate(PAGES):
            item = self.nav.item(index)
            if item is not None:
                item.setHidden(actor is not None and not spec.offered_to(actor))

    def _show_complaint(self, complaint_id: int) -> None:
        self.show_page(COMPLAINTS_PAGE)
        page = self.page(COMPLAINTS_PAGE)
        page.show_complaint(complaint_id)  # type: ignore[attr-defined]

    # --- status bar -----------------------------------------------------------------------

    def _build_status_bar(self, health: str) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.store_label = QLabel(self.tr("Store: {name}").format(name=self.ctx.store_name))
        self.staff_label = QLabel()
        self.db_label = ElidedLabel(self.tr("Database: {where}").format(where=self.ctx.db.location()))
        self.db_label.setObjectName("database_location")
        self.backup_label = ElidedLabel()
        self.backup_label.setObjectName("backup_state")
        self.backup_label.hide()
        self.health_label = QLabel()
        self.set_health(health)
        # The bar's own message area gets no room beside the permanent labels (the database's
        # path takes what is left), so each message is shown in a label of its own.
        self.message_label = ElidedLabel()
        self.message_label.setObjectName("status_message")
        bar.messageChanged.connect(self._message_changed)
        widgets = (self.store_label, self.staff_label, self.message_label, self.db_label)
        for w in (*widgets, self.backup_label, self.health_label):
            w.setContentsMargins(8, 0, 8, 0)
            stretch = {self.message_label: 3, self.db_label: 1, self.backup_label: 1}
            bar.addPermanentWidget(w, stretch.get(w, 0))

    def _message_changed(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self.message_label.update()

    def set_health(self, problem: str) -> None:
        """Show the database's health: OK, or what is wrong (e.g. the last backup failed)."""
        if problem:
            self.health_label.setText(self.tr("⚠ {problem}").format(problem=problem))
            self.health_label.setStyleSheet("color: #b45309;")
        else:
            self.health_label.setText(self.tr("Database OK"))
            self.health_label.setStyleSheet("color: #15803d;")

    def set_backup_state(self, text: str, *, warning: bool = False) -> None:
        self.backup_label.setText(text)
        self.backup_label.setToolTip(text)
        self.backup_label.setStyleSheet("color: #b45309;" if warning else "")
        self.backup_label.setVisible(bool(text))

    # --- locking and signing in -----------------------------------------------------------

    def _clerk_windows(self) -> list[QWidget]:
        """The visible windows the clerk opened from this one (dialogs, previews, notices)."""
        # The clerk's windows all have this window as an ancestor. Not QApplication's list of
        # top-level widgets: converting it to Python can let the collector free a parentless
        # window between two items, leaving the rest of the list pointing at freed memory.
        return [
            widget
            for widget in self.findChildren(QWidget)
            if widget.isWindow() and not isinstance(widget, QMainWindow) and widget.isVisible()
        ]

    def close_clerk_windows(self) -> int:
        """Close every window the previous clerk opened (dialogs without asking); how many."""
        closed = 0
        for widget in self._clerk_windows():
            closed += 1
            if isinstance(widget, GuardedDialog):
                widget.discard()
            elif isinstance(widget, QDialog):
                QDialog.done(widget, QDialog.DialogCode.Rejected)  # never the subclass's questions
            else:
                widget.close()
        return closed

    def unsaved_dialog(self) -> GuardedDialog | None:
        """The first open dialog holding something typed and not saved (a sale's cart …)."""
        for widget in self._clerk_windows():
            if isinstance(widget, GuardedDialog) and widget.has_typed_data():
                return widget
        return None

    def may_leave(self) -> bool:
        """True unless a dialog holds typed data and the clerk, asked in their language,
        chooses to keep editing (the dialog is then in front, with the keyboard)."""
        dialog = self.unsaved_dialog()
        if dialog is None:
            return True
        dialog.raise_()
        dialog.activateWindow()
        if type(dialog).confirm_discard(dialog):
            return True
        dialog.raise_()
        dialog.activateWindow()
        return False

    def request_lock(self) -> None:
        """F12: lock, after asking if a dialog holds typed data."""
        if self.may_leave():
            self.lock()

    def leave_counter(self) -> int:
        """Close the clerk's windows and reset every page built so far for the next person (a
        workflow going is recorded as left); returns how many windows were closed."""
        closed = self.close_clerk_windows()
        for holder in self.holders:
            reset = getattr(holder.page, "reset_for_next_user", None)
            if callable(reset):
                reset()
        return closed

    def lock(self) -> None:
        """Close the clerk's windows, forget the customer, and ask who takes over the counter."""
        closed = self.leave_counter()
        self.ctx.set_actor(None)
        self.nav.setCurrentRow(0)  # the next person starts at the counter
        self.staff_label.setText(self.tr("Locked"))
        self.stack.setCurrentWidget(self.signin)
        self.signin.start()
        if closed and self.isVisible():
            self.activateWindow()  # the keys go to the sign-in screen, not to a closed dialog's place

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button, Ctrl+Q or the system: ask first if a dialog holds typed data; when
        the app does close, nothing is left running (a workflow run is recorded as left)."""
        if not self.may_leave():
            event.ignore()
            return
        if self.isVisible():
            self.places.remember(self)
        self.leave_counter()
        self.customer_display.stop()
        if self.ctx.signed_in:
            self.ctx.set_actor(None)
        super().closeEvent(event)

    def _on_signed_in(self, actor: Actor) -> None:
        self.staff_label.setText(
            self.tr("Staff: {name} ({role})").format(name=actor.name, role=labels.role(actor.role))
        )
        self.stack.setCurrentIndex(1)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        current = self.pages.currentWidget()
        if isinstance(current, PageHolder) and current.page is not None:
            current.page.setFocus()
        self.counter.offer_shift_checklist()
        self.notice.refresh()
        QTimer.singleShot(0, self, self._start_daily_backup)

    def _start_daily_backup(self) -> None:
        """The day's backup runs on a worker once someone is signed in: it never delays the window."""
        if self.backup is not None or self.ctx.db.path is None:
            return
        from memberdesk.ui.app.daily_backup import DailyBackup

        backup = DailyBackup(self.ctx.db.path, self)
        backup.state.connect(lambda text, warning: self.set_backup_state(text, warning=warning))
        self.backup = backup
        backup.start()

    def check_for_damage(self) -> None:
        """SQLite's quick check of the database on a worker after the start (it reads every
        page: the window never waits for it); a damaged file gets a banner above everything,
        sign-in included, that says what to do. Stopped when the app quits."""
        from memberdesk.startup import DamageReport, check_for_damage
        from memberdesk.ui.widgets.workers import run_in_background

        db = self.ctx.db

        def show(report: DamageReport | None) -> None:
            if report is None:
                return
            if report.newest_backup is not None:
                what = self.tr(
                    "The database is damaged: what is saved now may be lost. Finish the customer at "
                    "hand, then close MemberDesk on every counter and restore the newest backup "
                    "({backup}) with `memberdesk restore`; the damaged file is kept. If unsure, call "
                    "for help."
                ).format(backup=report.newest_backup.name)
            else:
                what = self.tr(
                    "The database is damaged: what is saved now may be lost. There is no backup to "
                    "restore: finish the customer at hand and call for help."
                )
            banner = QLabel(f"⚠ {what}")
            banner.setObjectName("damage_banner")
            banner.setWordWrap(True)
            banner.setToolTip(report.detail)
            banner.setStyleSheet("background: #b91c1c; color: white; padding: 8px; font-weight: bold;")
            self.setMenuWidget(banner)  # the window has no menu bar: the banner takes its place
            banner.show()
            self.set_health(self.tr("Database damaged"))

        self.damage_check = run_in_background(
            lambda progress: check_for_damage(db, stop=lambda: progress.cancelled), on_done=show, owner=self
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.damage_check.cancel)

    def _show_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text, 8000 if level != "error" else 15000)
