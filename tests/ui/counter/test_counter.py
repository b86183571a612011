"""The Counter page: typing, choosing, scanning and enrolling, driven like a clerk would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import AuditEntry, Member
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.counter.enrol_dialog import EnrolDialog
from memberdesk.ui.counter.hits_model import HitsModel
from memberdesk.ui.counter.scanner import CardScanner
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop


class FakeClock:
    """Seconds that advance by ``step`` at every reading: the speed of the 'typist'."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.step = 0.005

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, clock: FakeClock) -> Iterator[CounterPage]:
    ctx.set_actor(sqlite_shop.clerk)
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟", card_no="VIP00123"))
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13912345678", name="单雄信"))
    widget = CounterPage(ctx)
    widget.scanner.clock = clock
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.search_box.hasFocus)
    yield widget
    widget.scanner.uninstall()


def names(page: CounterPage) -> list[str]:
    return [h.name for h in page.model.hits]


def commit_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_box_has_focus_and_results_follow_each_keystroke(page: CounterPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "567")
    assert names(page) == []
    qtbot.keyClick(page.search_box, "8")
    assert sorted(names(page)) == ["单雄信", "张伟"]
    assert page.model.hits[0].masked_phone.endswith("5678")


def test_chinese_typed_through_the_input_method(page: CounterPage, qtbot: QtBot) -> None:
    commit_chinese(page.search_box, "单")
    assert names(page) == ["单雄信"]


def test_pinyin_up_down_enter_opens_the_card_and_esc_clears(page: CounterPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "5678")
    first, second = page.model.hits[0].id, page.model.hits[1].id
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.ctx.open_member) as opened:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened.args == [second]
    assert page.card_stack.currentWidget() is page.card
    assert page.card.member_id == second
    qtbot.keyClick(page.search_box, Qt.Key.Key_Up)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.member_id == first
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == "" and names(page) == []
    assert page.card_stack.currentWidget() is page.empty


def test_a_fast_scan_anywhere_opens_the_card(page: CounterPage, qtbot: QtBot, sqlite_shop: Shop) -> None:
    other = QWidget()
    edit = QLineEdit()
    QVBoxLayout(other).addWidget(edit)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.waitSignal(page.ctx.open_member) as opened:
        qtbot.keyClicks(edit, "VIP00123")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    with sqlite_shop.db.read() as s:
        assert opened.args == [s.scalar(select(Member.id).where(Member.card_no == "VIP00123"))]
    assert edit.text() == ""  # the scanned number does not stay in the other field


def test_a_later_windows_scanner_takes_over_the_keys(
    page: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    """A closed window's context may outlive it; its scanner must not go on reading keys: it
    would never see the Enter the new scanner takes and would read the keys of scan after
    scan as one long code."""
    earlier = page.scanner
    later_ctx = AppContext(sqlite_shop.db, sqlite_shop.store_id, "测试门店")
    later_ctx.set_actor(sqlite_shop.clerk)
    later = CardScanner.install(later_ctx, FakeClock())
    assert CardScanner.install(later_ctx) is later
    try:
        with qtbot.waitSignal(later_ctx.open_member), qtbot.assertNotEmitted(page.ctx.open_member):
            qtbot.keyClicks(page.search_box, "VIP00123")
            qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
        qtbot.keyClicks(page.search_box, "1389")
        assert earlier._chars == [] and later._chars == list("1389")
    finally:
        later.uninstall()


def test_human_typing_is_not_a_scan(page: CounterPage, qtbot: QtBot, clock: FakeClock) -> None:
    clock.step = 0.2
    page.search_box.clear()
    with qtbot.assertNotEmitted(page.ctx.open_member):
        qtbot.keyClicks(page.search_box, "VIP0012")
        clock.step = 0.005
        qtbot.keyClick(page.search_box, "3")
        clock.step = 0.2
    assert page.search_box.text() == "VIP00123"  # typing was not eaten


def test_no_match_offers_enrolment_prefilled(page: CounterPage, qtbot: QtBot, sqlite_shop: Shop) -> None:
    qtbot.keyClicks(page.search_box, "13700001111")
    assert names(page) == [] and page.status.text()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    dialog = page.dialogs[-1]
    assert isinstance(dialog, EnrolDialog)
    assert dialog.phone.text() == "13700001111"
    commit_chinese(dialog.name, "王芳")
    with qtbot.waitSignal(page.ctx.open_member):
        assert dialog.save()
    with sqlite_shop.db.read() as s:
        member = s.scalars(select(Member).where(Member.phone == "13700001111")).one()
        assert member.name == "王芳"
    assert page.card.member_id == member.id


def test_enrol_shows_errors_and_keeps_what_was_typed(
    page: CounterPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(lambda cls, parent: True))
    dialog = EnrolDialog.open_for(page.ctx, None, page, prefill="张")
    dialog.phone.setText("12345")
    assert not dialog.save()
    assert dialog.error_label.text() and dialog.phone.text() == "12345" and dialog.name.text() == "张"
    dialog.phone.setText("13812345678")  # on file: that member is shown instead
    with qtbot.waitSignal(page.ctx.open_member):
        assert not dialog.save()


def test_card_reveals_the_phone_with_an_audit_entry(
    page: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    qtbot.keyClicks(page.search_box, "VIP00123")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.fields["phone"].text() == "138****5678"
    qtbot.mouseClick(page.card.reveal_phone_button, Qt.MouseButton.LeftButton)
    assert page.card.fields["phone"].text() == "13812345678"
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "member.reveal_phone"))


def test_side_panel_appears_beside_the_card(page: CounterPage) -> None:
    panel = QWidget()
    page.set_side_panel(panel)
    assert page.side_holder.isVisible()
    page.set_side_panel(None)
    assert not page.side_holder.isVisible()


def test_hits_model_passes_the_model_tester(page: CounterPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page.search("5678")
    assert isinstance(page.model, HitsModel)
    qtmodeltester.check(page.model)


def test_supervisor_records_consent_and_sensitive_fields(
    page: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    from memberdesk.services.members.enrolment import reveal_sensitive
    from memberdesk.ui.counter.sensitive_dialog import SensitiveDialog

    assert not page.card.reveal_sensitive_button.isVisibleTo(page)  # not for a clerk
    page.ctx.set_actor(sqlite_shop.supervisor)
    qtbot.keyClicks(page.search_box, "VIP00123")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.reveal_sensitive_button.isVisibleTo(page)
    dialog = page.card.reveal_sensitive()
    assert isinstance(dialog, SensitiveDialog)  # a child of the card: closed with the page
    assert not dialog.ethnicity.isEnabled()
    dialog.consent.setChecked(True)
    commit_chinese(dialog.ethnicity, "回族")
    assert dialog.save()
    member_id = page.card.member_id
    assert member_id is not None
    assert reveal_sensitive(sqlite_shop.db, sqlite_shop.supervisor, member_id).ethnicity == "回族"
    with sqlite_shop.db.read() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.reveal_sensitive")).all()
    assert len(reveals) == 2  # opening the dialog, then the check above


def test_a_scan_into_the_counter_box_opens_the_card_and_leaves_the_box_clean(
    page: CounterPage, qtbot: QtBot
) -> None:
    commit_chinese(page.search_box, "张")  # something already typed stays
    with qtbot.waitSignal(page.ctx.open_member):
        qtbot.keyClicks(page.search_box, "vip00123")
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.card.card is not None and page.card.card.card_no == "VIP00123"
    assert "vip00123" not in page.search_box.text()


# --- the real window on the demo store ---------------------------------------------------------


@pytest.fixture
def demo_win(demo_db, qtbot: QtBot):  # type: ignore[no-untyped-def]
    from tests.ui.counter_steps import busiest_member, demo_window, sign_in

    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", "1111")
    win.ctx.open_member.emit(busiest_member(demo_db))
    qtbot.waitUntil(lambda: win.counter.card.member_id is not None)
    return win


@pytest.mark.parametrize("key", [Qt.Key.Key_F8, Qt.Key.Key_F11, Qt.Key.Key_F7, Qt.Key.Key_F6])
def test_focus_is_back_in_the_box_after_a_dialog_is_closed_with_esc(
    demo_win, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, key: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
    from tests.ui.counter_steps import focused, press, visible_dialogs

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(lambda cls, parent: True))
    box = demo_win.counter.search_box
    press(qtbot, key)
    qtbot.waitUntil(lambda: bool(visible_dialogs()))
    qtbot.waitUntil(lambda: focused() is not box)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)


def test_focus_is_back_in_the_box_after_a_dialog_is_accepted(demo_win, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.counter_steps import focused, press, visible_dialogs

    box = demo_win.counter.search_box
    press(qtbot, Qt.Key.Key_F4)  # edit the member; Enter saves what is there
    qtbot.waitUntil(lambda: bool(visible_dialogs()))
    qtbot.waitUntil(lambda: focused() is not box)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)


def test_card_shows_occupation_hobbies_points_and_labels_not_keys(demo_win, demo_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from memberdesk.domain.vocab import Channel, Tier
    from memberdesk.store.models import Member, MemberStats

    card = demo_win.counter.card
    member_id = card.member_id
    with demo_db.write() as s:
        s.execute(
            update(Member)
            .where(Member.id == member_id)
            .values(occupation="教师", hobbies="瑜伽", tier=Tier.SILVER, channel=Channel.WALK_IN)
        )
        s.execute(update(MemberStats).where(MemberStats.member_id == member_id).values(points_balance=12345))
    card.refresh()
    assert card.fields["occupation"].text() == "教师"
    assert card.fields["hobbies"].text() == "瑜伽"
    assert card.fields["points"].text() == "12,345 (worth ¥123.45)"  # one fen a point at the till
    assert card.tier.text() != "silver" and card.tier.text()
    assert "walk_in" not in card.fields["channel"].text()


def test_skin_and_hair_read_in_the_windows_language(demo_win, demo_db, qapp) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from memberdesk.store.models import Member
    from memberdesk.ui.widgets import i18n

    card = demo_win.counter.card
    with demo_db.write() as s:
        s.execute(
            update(Member).where(Member.id == card.member_id).values(skin_type="敏感性", hair_type="自然卷")
        )
    card.refresh()
    assert card.fields["skin_hair"].text() == "sensitive skin / 自然卷"  # a word of its own stays as typed
    i18n.install_translators(qapp, "zh_CN")
    try:
        card.refresh()
        assert card.fields["skin_hair"].text() == "敏感性 / 自然卷"
    finally:
        i18n.install_translators(qapp, "en")


def test_after_sales_on_the_card_can_be_marked_done(demo_win, demo_db, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from memberdesk.domain.vocab import ServiceKind, ServiceStatus
    from memberdesk.store.models import ServiceRecord

    card = demo_win.counter.card
    with demo_db.write() as s:
        record = ServiceRecord(
            store_id=demo_win.ctx.store_id,
            member_id=card.member_id,
            kind=ServiceKind.ALTERATION,
            description="改裤长",
            created_by_id=demo_win.ctx.actor.staff_id,
        )
        s.add(record)
        s.flush()
        record_id = record.id
    card.refresh()
    finish, _cancel = card.service_buttons[record_id]
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    with demo_db.read() as s:
        assert s.get(ServiceRecord, record_id).status is ServiceStatus.DONE  # type: ignore[union-attr]
    assert record_id not in card.service_buttons  # closed: shown with its status, no buttons
    assert "改裤长" in " ".join(w.text() for w in card.findChildren(QLabel))
