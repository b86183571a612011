"""After the event, Ctrl+F shows the follow-up list to print: who came (to thank), who said
yes and stayed away (to ask after), with the event's numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.events import Reply
from memberdesk.services.events.door import check_in
from memberdesk.services.events.invitations import invite
from memberdesk.services.events.replies import record_reply
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.conftest import Shop
from tests.reports.pdfcheck import flat, page_texts
from tests.services.events.helpers import NOW, STARTS, event, member
from tests.ui.counter_steps import focused, press, visible_dialogs
from tests.ui.events.steps import events_page


def test_the_follow_up_list_names_who_came_and_who_stayed_away(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    came, away, no = (
        member(sqlite_shop, f"1381234000{n}", name) for n, name in enumerate(["艾青", "白雪", "陈晨"])
    )
    walk = member(sqlite_shop, "13812340009", "赵敏")
    event_id = event(sqlite_shop)
    invite(sqlite_shop.db, sqlite_shop.clerk, event_id, [came, away, no], now=NOW)
    for who, said in ((came, Reply.COMING), (away, Reply.COMING), (no, Reply.NOT_COMING)):
        record_reply(sqlite_shop.db, sqlite_shop.clerk, event_id, who, said, now=NOW)
    check_in(sqlite_shop.db, sqlite_shop.clerk, event_id, "13812340000", now=STARTS)
    check_in(sqlite_shop.db, sqlite_shop.clerk, event_id, "13812340009", now=STARTS)
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPreviewDialog) for w in visible_dialogs()))
    (preview,) = [w for w in visible_dialogs() if isinstance(w, PdfPreviewDialog)]
    qtbot.waitUntil(lambda: focused().window() is preview)  # the preview takes the keys
    assert "2 came" in page.status.text() and "1 said yes and did not come" in page.status.text()
    text = flat(" ".join(page_texts(preview.pdf)))
    thank, ask = text.split("Saidyesbutdidnotcome")
    assert "艾青" in thank and "赵敏" in thank and "walk-in" in thank and "白雪" not in thank
    assert "白雪" in ask and "艾青" not in ask and "陈晨" not in text and walk
    assert "Invited3,saidyes2,came2(walk-ins1)" in text
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: focused() is page.table)
