"""The Care page: tasks load off the GUI thread, marks are stored, cards print and mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import CareActionKind, CareKind, Gender
from memberdesk.store.models import CareAction, Child, Member
from memberdesk.ui.care.card_print import CardPrintDialog
from memberdesk.ui.care.care_page import CarePage, CareTableModel
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.conftest import Shop


@pytest.fixture
def page(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> CarePage:
    soon = dt.date.today() + dt.timedelta(days=2)
    with sqlite_shop.db.write() as s:
        for n, (name, gender) in enumerate([("张丽", Gender.FEMALE), ("王强", Gender.MALE)], start=1):
            member = Member(
                store_id=sqlite_shop.store_id,
                card_no=f"M001{n:07d}",
                phone=f"1390000{n:04d}",
                phone_last4=f"{n:04d}",
                name=name,
                gender=gender,
                birthday=soon.replace(year=1992),  # a leap year: soon may be 29 February
                birth_mmdd=soon.month * 100 + soon.day,
            )
            s.add(member)
            s.flush()
        s.add(
            Child(
                member_id=member.id,
                name="乐乐",
                gender=Gender.MALE,
                birthday=soon.replace(year=2019),
                birth_mmdd=soon.month * 100 + soon.day,
            )
        )
    widget = CarePage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    ctx.set_actor(sqlite_shop.clerk)
    qtbot.waitUntil(lambda: widget.model.rowCount() >= 3, timeout=10_000)
    return widget


def select_rows(page: CarePage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_model_is_sound(page: CarePage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    kinds = {item.kind for item in page.model.items}
    assert {CareKind.BIRTHDAY, CareKind.CHILD_BIRTHDAY} <= kinds
    assert "2" in page.summary.text()


def test_marking_selected_tasks_is_stored(page: CarePage, sqlite_shop: Shop, qtbot: QtBot) -> None:
    select_rows(page, [0])
    task_id = page.model.items[0].task_id
    page.mark_buttons[CareActionKind.CALLED].click()
    with sqlite_shop.db.read() as s:
        actions = s.execute(select(CareAction.task_id, CareAction.action, CareAction.staff_id)).all()
    assert actions == [(task_id, CareActionKind.CALLED, sqlite_shop.clerk.staff_id)]
    qtbot.waitUntil(
        lambda: any(i.last_action == CareActionKind.CALLED for i in page.model.items), timeout=10_000
    )


def test_marking_nothing_explains_why(page: CarePage) -> None:
    page.table.selectionModel().clearSelection()
    page.mark(CareActionKind.SKIPPED)
    assert page.status.text()


def test_printing_birthday_cards_previews_and_saves_without_marking(
    page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(
        PdfPreviewDialog, "choose_file", classmethod(lambda cls, parent, suggested: str(target))
    )
    page.kind.setCurrentIndex(page.kind.findData(CareKind.BIRTHDAY.value))
    page.print_cards()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=10_000)
    assert page.preview.document.pageCount() == 2
    page.preview.save()
    assert target.read_bytes().startswith(b"%PDF")
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(CareAction.action)).all() == []  # a saved file is not a printed card


def test_after_sales_have_no_cards(page: CarePage, qtbot: QtBot) -> None:
    page.kind.setCurrentIndex(page.kind.findData(CareKind.AFTER_SALES.value))
    page.print_cards()
    assert page.status.text() and getattr(page, "preview", None) is None


def test_one_card_from_the_member_card(ctx: AppContext, page: CarePage, qtbot: QtBot) -> None:
    member_id = page.model.items[0].member_id
    dialog = CardPrintDialog.open_for(ctx, member_id, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CardPrintDialog)
    dialog.preview()
    assert dialog.preview_dialog is not None and dialog.preview_dialog.document.pageCount() == 1
    dialog.preview_dialog.close()
    walk_in = CardPrintDialog.open_for(ctx, None, None)
    qtbot.addWidget(walk_in)
    assert walk_in.error.text()


def test_cards_can_be_printed_four_to_a_sheet(
    page: CarePage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.kind.setCurrentIndex(page.kind.findData(CareKind.BIRTHDAY.value))
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("sheet"))
    page.print_cards()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=10_000)
    assert page.preview.document.pageCount() == 1  # two cards on one A4 sheet


def test_the_list_shows_each_members_masked_phone_for_calling(page: CarePage) -> None:
    shown = {
        page.model.items[r].member_name: page.model.index(r, CareTableModel.PHONE).data()
        for r in range(page.model.rowCount())
    }
    assert shown["张丽"] == "139****0001" and shown["王强"] == "139****0002"
    assert page.model.headerData(CareTableModel.PHONE, Qt.Orientation.Horizontal) == "Phone"


def test_after_sales_records_are_taken_in_hand_done_and_cancelled_from_the_list(
    page: CarePage, ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from memberdesk.domain.vocab import ServiceKind, ServiceStatus
    from memberdesk.services.service import aftersales
    from memberdesk.store.models import ServiceRecord
    from memberdesk.ui.care.aftersales_list import AfterSalesList

    member_id = page.model.items[0].member_id
    soon = dt.date.today() + dt.timedelta(days=1)
    for what in ("裤长改短", "拉链维修"):
        form = aftersales.ServiceForm(None, ServiceKind.ALTERATION, what, soon, None, member_id)
        aftersales.record_service(sqlite_shop.db, sqlite_shop.clerk, form)
    ctx.data_changed.emit("service")
    page.tabs.setCurrentWidget(page.aftersales)
    listing = page.aftersales
    assert listing.model.rowCount() == 2
    assert listing.model.index(0, listing.model.PHONE).data().startswith("139****")

    def status_of(what: str) -> ServiceStatus:
        with sqlite_shop.db.read() as s:
            return s.scalars(select(ServiceRecord.status).where(ServiceRecord.description == what)).one()

    listing.table.selectRow(0)
    assert listing.buttons[ServiceStatus.IN_PROGRESS].isEnabled()
    qtbot.mouseClick(listing.buttons[ServiceStatus.IN_PROGRESS], Qt.MouseButton.LeftButton)
    assert status_of("裤长改短") is ServiceStatus.IN_PROGRESS
    assert "张店员" in listing.model.index(0, listing.model.CHANGED).data()
    listing.table.selectRow(0)
    listing.note.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("已取走")
    QApplication.sendEvent(listing.note, typed)
    qtbot.mouseClick(listing.buttons[ServiceStatus.DONE], Qt.MouseButton.LeftButton)
    assert status_of("裤长改短") is ServiceStatus.DONE
    assert aftersales.history(sqlite_shop.db, sqlite_shop.clerk, 1)[-1].note == "已取走"
    assert listing.model.rowCount() == 1  # done leaves the list

    monkeypatch.setattr(AfterSalesList, "confirm_cancel", classmethod(lambda cls, parent: False))
    listing.table.selectRow(0)
    qtbot.mouseClick(listing.buttons[ServiceStatus.CANCELLED], Qt.MouseButton.LeftButton)
    assert status_of("拉链维修") is ServiceStatus.PENDING  # the clerk said no
    monkeypatch.setattr(AfterSalesList, "confirm_cancel", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(listing.buttons[ServiceStatus.CANCELLED], Qt.MouseButton.LeftButton)
    assert status_of("拉链维修") is ServiceStatus.CANCELLED and listing.model.rowCount() == 0

    listing.show_closed.setChecked(True)
    assert listing.model.rowCount() == 2
    by_what = {row.description: i for i, row in enumerate(listing.model.rows)}
    listing.table.selectRow(by_what["拉链维修"])
    assert not any(b.isEnabled() for b in listing.buttons.values())  # cancelled is final
    listing.table.selectRow(by_what["裤长改短"])
    assert listing.buttons[ServiceStatus.IN_PROGRESS].isEnabled()  # done can be taken up again
    assert not listing.buttons[ServiceStatus.DONE].isEnabled()


def test_after_sales_model_is_sound(page: CarePage, qtmodeltester) -> None:
    qtmodeltester.check(page.aftersales.model)


def test_a_page_built_after_sign_in_loads_when_first_shown(
    page: CarePage, ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    from memberdesk.domain.vocab import ServiceKind
    from memberdesk.services.service import aftersales

    form = aftersales.ServiceForm(None, ServiceKind.REPAIR, "鞋跟维修", dt.date.today(), None, None)
    aftersales.record_service(sqlite_shop.db, sqlite_shop.clerk, form)
    late = CarePage(ctx)  # the window builds a page when it is first chosen, after sign-in
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: late.model.rowCount() >= 3, timeout=10_000)
    assert late.aftersales.model.rowCount() == 1


def test_f10_enter_saves_the_promise_and_esc_asks_first(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from memberdesk.store.models import ServiceRecord
    from memberdesk.ui.service.service_dialog import ServiceDialog
    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

    ctx.set_actor(sqlite_shop.clerk)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ServiceDialog.open_for(ctx, None, parent)
    qtbot.waitExposed(dialog)
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "hem 2cm")
    asked: list[bool] = []
    monkeypatch.setattr(
        GuardedDialog, "confirm_discard", classmethod(lambda cls, p: asked.append(True) or False)
    )
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(ServiceRecord.description)).all() == ["hem 2cm"]
    assert dialog.due.count() == 1 and dialog.description.text() == ""
