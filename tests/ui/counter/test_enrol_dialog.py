"""Enrolling (F3) and editing (F4) a member, driven by keys sent to whatever has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import Role
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.enrol_dialog import EnrolDialog
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import focused, press, type_text

CLERK_KEY = Qt.Key.Key_1  # staff are listed by number: C01 clerk, M01 manager, S01 supervisor
MANAGER_KEY = Qt.Key.Key_2


def sign_in(qtbot: QtBot, window: MainWindow, number_key: Qt.Key, pin: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, number_key)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)


def open_dialog(qtbot: QtBot, key: Qt.Key) -> EnrolDialog:
    press(qtbot, key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or _top_dialog(), EnrolDialog))
    dialog = _top_dialog()
    assert isinstance(dialog, EnrolDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    return dialog


def _top_dialog() -> EnrolDialog | None:
    for widget in top_level_widgets():
        if isinstance(widget, EnrolDialog) and widget.isVisible():
            return widget
    return None


def close_untouched(qtbot: QtBot, dialog: EnrolDialog) -> None:
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def members(shop: Shop) -> list[tuple[str, str]]:
    with shop.db.read() as s:
        return [(m.phone, m.name) for m in s.scalars(select(Member).order_by(Member.id))]


def at_counter(qtbot: QtBot, window: MainWindow, number_key: Qt.Key, pin: str) -> MainWindow:
    sign_in(qtbot, window, number_key, pin)
    search_box = window.page_widgets[0].search_box  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_box, timeout=15_000)
    return window


@pytest.fixture
def counter(qtbot: QtBot, window: MainWindow) -> MainWindow:
    return at_counter(qtbot, window, CLERK_KEY, TEST_PINS[Role.CLERK])


def test_enter_on_the_enrol_form_saves_the_member(
    qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop
) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "13700001111")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王芳")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == [("13700001111", "王芳")]
    card = counter.page_widgets[0].card  # type: ignore[attr-defined]
    with sqlite_shop.db.read() as s:
        assert card.member_id == s.scalar(select(Member.id).where(Member.phone == "13700001111"))


def test_enter_without_a_phone_says_it_is_required_and_keeps_the_name(
    qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop
) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王芳")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and members(sqlite_shop) == []
    message = dialog.error_label.text()
    assert "required" in message.lower() and "“”" not in message
    assert dialog.name.text() == "王芳"
    assert focused() is dialog.phone  # the clerk types the missing phone straight away
    type_text(qtbot, "13700001111")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == [("13700001111", "王芳")]


def _retype(qtbot: QtBot, text: str) -> None:
    """Select what the focused field holds and type over it."""
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def test_a_duplicate_phone_message_goes_once_the_phone_is_changed(
    qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop
) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "13812345678")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王芳")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "")
    assert "张伟" in dialog.error_label.text() and dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is dialog.phone)  # on the field the message is about
    _retype(qtbot, "1381234567")
    assert dialog.error_label.text() == ""  # a message about another number would mislead
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == [("13812345678", "张伟"), ("13812345679", "王芳")]


def test_save_anyway_is_asked_again_for_a_changed_phone(
    qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop
) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "13900005678")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "张伟")
    press(qtbot, Qt.Key.Key_Return)  # same name, same phone ending: asked first
    qtbot.waitUntil(lambda: dialog.error_label.text() != "")
    save_anyway = dialog.save_button.text()
    qtbot.waitUntil(lambda: focused() is dialog.phone)
    _retype(qtbot, "13700005678")  # another number with the same ending: a new question
    assert dialog.error_label.text() == "" and dialog.save_button.text() != save_anyway
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "")
    assert dialog.isVisible() and members(sqlite_shop) == [("13812345678", "张伟")]  # not saved unasked
    press(qtbot, Qt.Key.Key_Return)  # "save anyway" for this number
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == [("13812345678", "张伟"), ("13700005678", "张伟")]


def test_esc_with_typed_data_asks_and_keeps_it_on_no(
    qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = [False]

    def confirm(cls: type, parent: QWidget | None) -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(confirm))
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "1370000")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.phone.text() == "1370000"
    answer[0] = True
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == []
    search_box = counter.page_widgets[0].search_box  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search_box)


def test_empty_form_closes_on_esc_without_asking(
    qtbot: QtBot, counter: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        GuardedDialog, "confirm_discard", classmethod(lambda cls, parent: pytest.fail("asked"))
    )
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_primary_button_is_save(qtbot: QtBot, counter: MainWindow) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    assert dialog.primary_button() is dialog.save_button
    assert dialog.save_button.isDefault()
    assert not any(b.isDefault() for b in dialog.buttons.buttons() if b is not dialog.save_button)
    close_untouched(qtbot, dialog)


def test_skin_and_hair_boxes_are_labelled(qtbot: QtBot, counter: MainWindow) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F3)
    for edit in (dialog.skin, dialog.hair):
        buddies = [label for label in dialog.findChildren(QLabel) if label.buddy() is edit]
        assert buddies and buddies[0].text().strip()
    close_untouched(qtbot, dialog)


def test_f4_edit_then_enter_saves_the_change(qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    type_text(qtbot, "13812345678")
    press(qtbot, Qt.Key.Key_Return)
    card = counter.page_widgets[0].card  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.member_id is not None, timeout=15_000)
    dialog = open_dialog(qtbot, Qt.Key.Key_F4)
    assert dialog.member_id == card.member_id
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "伟")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert members(sqlite_shop) == [("13812345678", "张伟伟")]
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 1


def open_card(qtbot: QtBot, window: MainWindow, phone: str) -> None:
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    card = window.page_widgets[0].card  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.member_id is not None, timeout=15_000)


def test_the_manager_erases_a_member_from_the_edit_form(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    member_id = enrol(
        sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟", card_no="VIP00123")
    )
    at_counter(qtbot, window, MANAGER_KEY, TEST_PINS[Role.MANAGER])
    open_card(qtbot, window, "13812345678")
    dialog = open_dialog(qtbot, Qt.Key.Key_F4)
    assert dialog.erase_button.isVisible()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.focusWidget(), QLineEdit) and focused().objectName() == "erase_confirm"
        )
    )
    type_text(qtbot, "VIP0012")  # one character short: refused, nothing erased
    press(qtbot, Qt.Key.Key_Return)
    with sqlite_shop.db.read() as s:
        assert s.get(Member, member_id).name == "张伟"  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with sqlite_shop.db.read() as s:
        member = s.get(Member, member_id)
        assert member is not None and member.name == "" and member.status.value == "closed"


def test_a_clerk_sees_no_erase_button(qtbot: QtBot, counter: MainWindow, sqlite_shop: Shop) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    open_card(qtbot, counter, "13812345678")
    dialog = open_dialog(qtbot, Qt.Key.Key_F4)
    assert not dialog.erase_button.isVisible()
    close_untouched(qtbot, dialog)


@pytest.mark.parametrize("language", ["en", "zh_CN", "pseudo"])
def test_the_forms_fit_a_1024x768_screen(
    qapp: QApplication, qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop, language: str
) -> None:
    from memberdesk.ui.members.erase_member_dialog import EraseMemberDialog
    from memberdesk.ui.widgets import i18n
    from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale

    member_id = enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    ctx.set_actor(sqlite_shop.manager)
    pseudo = None
    if language == "pseudo":
        pseudo = install_pseudo_locale(qapp)
    else:
        i18n.install_translators(qapp, language)
    try:
        for dialog in (
            EnrolDialog(ctx, None),
            EnrolDialog(ctx, member_id),
            EraseMemberDialog(ctx, member_id),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert needed.width() <= 1024 and needed.height() <= 740, (type(dialog).__name__, needed)
            dialog.discard()
    finally:
        if pseudo is not None:
            remove_pseudo_locale(qapp, pseudo)
        i18n.install_translators(qapp, "en")
