"""Inviting from the Events page by keyboard: Ctrl+I, phones pasted one a line, Ctrl+Enter;
then Ctrl+P shows one invitation a page for those invited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.models import EventInvitation
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.invite_dialog import InviteDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.conftest import Shop
from tests.services.events.helpers import event, member
from tests.ui.counter_steps import focused, press, type_text, visible_dialogs
from tests.ui.events.steps import events_page


def test_phones_pasted_invite_the_consenting_members_once_and_their_invitations_print(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    li = member(sqlite_shop, "13812340001", "李娜")
    member(sqlite_shop, "13812340002", "王芳", consent=False)
    event_id = event(sqlite_shop)
    page = events_page(qtbot, window)
    assert page.table.item(0, 4).text() == "0"
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), InviteDialog))
    dialog = focused().window()
    assert isinstance(dialog, InviteDialog)
    for line in ("138 1234 0001", "13812340002", "13812340001", "13899999999"):
        type_text(qtbot, line)
        press(qtbot, Qt.Key.Key_Return)  # a new line in the box, not the invite
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with sqlite_shop.db.read() as s:
        assert list(
            s.scalars(select(EventInvitation.member_id).where(EventInvitation.event_id == event_id))
        ) == [li]
    status = window.statusBar().currentMessage() + " ".join(
        w.text() for w in window.statusBar().findChildren(type(page.status))
    )
    assert (
        "1 member" in status
        and "0 already invited" in status
        and "1 left out (no consent)" in status
        and "13899999999" in status
    )
    qtbot.waitUntil(lambda: focused() is page.table)
    assert page.table.item(0, 4).text() == "1"
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) for w in visible_dialogs()))
    (preview,) = [w for w in visible_dialogs() if isinstance(w, PdfPreviewDialog)]
    qtbot.waitUntil(lambda: focused().window() is preview)  # the preview takes the keys
    assert preview.document.pageCount() == 1
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: focused() is page.table)


def test_nothing_chosen_says_what_to_do_and_esc_asks_once_something_is_typed(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, _no_blocking_discard_question: list[object]
) -> None:
    event(sqlite_shop)
    events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), InviteDialog))
    dialog = focused().window()
    assert isinstance(dialog, InviteDialog)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.text() == "Tick a tier or paste phones or card numbers first."
    type_text(qtbot, "13812340001")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _no_blocking_discard_question == [dialog]


def test_members_picked_by_name_one_by_one_are_invited(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    li = member(sqlite_shop, "13812340001", "李娜")
    zhang = member(sqlite_shop, "13812340002", "张伟")
    member(sqlite_shop, "13812340003", "张伟强")
    event_id = event(sqlite_shop)
    events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), InviteDialog))
    dialog = focused().window()
    assert isinstance(dialog, InviteDialog)
    press(qtbot, Qt.Key.Key_Backtab)  # from the list box up to the find box
    assert focused() is dialog.pick
    type_text(qtbot, "lina")
    press(qtbot, Qt.Key.Key_Return)  # adds her, does not invite yet
    assert dialog.isVisible() and dialog.picked.text() == "Added 李娜 (138****0001)."
    type_text(qtbot, "zhangw")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.picked.text().startswith("Several members match:")
    type_text(qtbot, "ei")
    press(qtbot, Qt.Key.Key_Return)
    assert (
        dialog.picked.text() == "Added 张伟 (138****0002)."
        and len(dialog.codes.toPlainText().splitlines()) == 2
    )
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with sqlite_shop.db.read() as s:
        invited = sorted(
            s.scalars(select(EventInvitation.member_id).where(EventInvitation.event_id == event_id))
        )
    assert invited == sorted([li, zhang])
