"""Tags at the card, by keyboard: Ctrl+B opens the member's tags, Down and Space tick one,
Enter saves; the card shows them and the database says who tagged the member."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.segments import tags
from memberdesk.store.database import Database
from memberdesk.store.models import MemberTag
from memberdesk.ui.segments.tags_dialog import MemberTagsDialog
from tests.conftest import DEMO_PINS, demo_actor
from tests.ui.counter.test_member_card_view import _first_member, open_by_phone
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text, visible_dialogs


def _store_list(db: Database) -> list[str]:
    manager = demo_actor(db, "M01")
    for name in ("孕妈", "学生"):
        if name not in [t.name for t in tags.list_tags(db, manager)]:
            tags.add_tag(db, manager, name)
    return sorted(t.name for t in tags.list_tags(db, manager))


def test_clerk_tags_a_member_from_the_card_by_keyboard(demo_db: Database, qtbot: QtBot) -> None:
    names = _store_list(demo_db)
    member = _first_member(demo_db)
    clerk = demo_actor(demo_db, "C01")
    tags.set_member_tags(demo_db, clerk, member, [])
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    open_by_phone(qtbot, win, demo_db, member)
    card = win.counter.card
    assert card.fields["tags"].text() == "—"
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, MemberTagsDialog) for d in visible_dialogs()))
    dialog = next(d for d in visible_dialogs() if isinstance(d, MemberTagsDialog))
    qtbot.waitUntil(lambda: focused() is dialog.list)
    wanted = names.index("学生")
    for _ in range(wanted):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: card.fields["tags"].text() == "学生")
    qtbot.waitUntil(lambda: focused() is win.counter.search_box)
    with demo_db.read() as s:
        link = s.scalars(select(MemberTag).where(MemberTag.member_id == member)).one()
    assert link.tagged_by_id == clerk.staff_id


def test_esc_asks_before_dropping_a_ticked_tag_and_a_refused_word_is_explained(
    demo_db: Database, qtbot: QtBot, monkeypatch: object
) -> None:
    _store_list(demo_db)
    member = _first_member(demo_db)
    tags.allow_free_tags(demo_db, demo_actor(demo_db, "M01"), True)
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    open_by_phone(qtbot, win, demo_db, member)
    before = tags.tags_of(demo_db, demo_actor(demo_db, "C01"), member)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, MemberTagsDialog) for d in visible_dialogs()))
    dialog = next(d for d in visible_dialogs() if isinstance(d, MemberTagsDialog))
    qtbot.waitUntil(lambda: focused() is dialog.list)
    press(qtbot, Qt.Key.Key_Tab)  # to the new-tags line
    qtbot.waitUntil(lambda: focused() is dialog.free)
    type_text(qtbot, "x" * 20)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "too long" in dialog.error.text()
    assert dialog.isVisible()
    asked: list[object] = []
    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

    def keep(cls: type, parent: object) -> bool:
        asked.append(parent)
        return False

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(keep))  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()
    assert tags.tags_of(demo_db, demo_actor(demo_db, "C01"), member) == before
