"""The customer display of this counter: which screen it is on, and what it follows.

Made by the main window at start; shows the display on the screen chosen in Settings when
that screen is connected, follows the till's ``CartFeed``, and takes the display off its
screen when the screen is unplugged (the status bar says so) and back when it returns.
Settings announce a new choice as ``data_changed("display")``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

from memberdesk.domain.errors import ServiceError
from memberdesk.ui.display import choice as choices
from memberdesk.ui.display.choice import DisplayChoice
from memberdesk.ui.widgets.cart_feed import CartFeed, TillView
from memberdesk.ui.widgets.context import AppContext

if TYPE_CHECKING:  # the display's window and the card are loaded when first shown, not at start-up
    from memberdesk.ui.display.window import CustomerDisplay

DATA_KEY = "display"  # what Settings announces on data_changed after saving the choice


class DisplayController(QObject):
    """Owns the customer's window (a window of its own, never one of the clerk's dialogs)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = DisplayChoice()
        self.window: CustomerDisplay | None = None
        self._greetings: dict[int, str] = {}
        self.feed = CartFeed.of(ctx)
        self.feed.changed.connect(self._follow)
        self.feed.closed.connect(self._idle)
        ctx.data_changed.connect(self._data_changed)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._screen_removed)
        app.screenAdded.connect(self._screen_added)
        self.apply(choices.load())

    # -- where --------------------------------------------------------------------------------------
    def apply(self, choice: DisplayChoice) -> None:
        """Show the display as chosen: on its screen, off, or waiting for its screen."""
        self.choice = choice
        if not choice.enabled:
            self._take_down()
            return
        screen = choices.screen_named(choice.screen)
        if screen is None:
            self._take_down()
            text = self.tr("The customer display's screen ({screen}) is not connected.")
            self._say("warning", text.format(screen=choice.screen))
            return
        self._put_up(screen)

    def _put_up(self, screen: QScreen) -> None:
        if self.window is None:
            from memberdesk.ui.display.window import CustomerDisplay

            self.window = CustomerDisplay(self.ctx.store_name)
        window = self.window
        window.set_image(choices.image_path(self.choice))
        if self.feed.current is not None:
            self._follow(self.feed.current)
        else:
            window.show_idle()
        counter = QApplication.activeWindow()
        own = screen is QGuiApplication.primaryScreen()
        window.set_framed(own)  # on the counter's own screen: a window to try it, never over the counter
        window.setScreen(screen)
        if own:
            room = screen.availableGeometry()
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(min(800, room.width() // 2), min(600, room.height() // 2))
            window.move(room.right() - window.width(), room.bottom() - window.height())
        else:
            window.setGeometry(screen.geometry())
            window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.show()
        if counter is not None and counter is not window and QApplication.activeWindow() is window:
            counter.activateWindow()  # a window manager that activates every new window: the keys go back

    def _take_down(self) -> None:
        if self.window is not None:
            self.window.hide()

    def stop(self) -> None:
        """The app closes: the customer's window goes with it."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _screen_removed(self, screen: QScreen) -> None:
        if not self.choice.enabled or screen.name() != self.choice.screen:
            return
        self._take_down()
        self._say(
            "warning",
            self.tr("The customer display's screen was unplugged: the display is off until it is back."),
        )

    def _screen_added(self, screen: QScreen) -> None:
        if self.choice.enabled and screen.name() == self.choice.screen:
            self._put_up(screen)
            self._say("info", self.tr("The customer display is back on its screen."))

    def _say(self, level: str, text: str) -> None:
        self.ctx.message.emit(level, text)

    def _data_changed(self, what: str) -> None:
        if what == DATA_KEY:
            self.apply(choices.load())

    # -- what ---------------------------------------------------------------------------------------
    def _follow(self, view: TillView) -> None:
        if self.window is not None:
            self.window.show_sale(view, self.greeting(view.member_id))

    def _idle(self) -> None:
        self._greetings.clear()  # the next customer's card is read afresh
        if self.window is not None:
            self.window.show_idle()

    def greeting(self, member_id: int | None) -> str:
        """王女士 as the member card says it; "" for a walk-in or when only the full name is
        known (no gender, a Latin name): the full name never goes on the customer's screen."""
        if member_id is None or not self.ctx.signed_in:
            return ""
        if member_id not in self._greetings:
            from memberdesk.services.members.card import member_card

            try:
                card = member_card(self.ctx.db, self.ctx.actor, member_id)
            except ServiceError:
                return ""
            self._greetings[member_id] = "" if card.greeting == card.name.strip() else card.greeting
        return self._greetings[member_id]
