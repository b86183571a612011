"""What the Events page hands out: invitations to print, messages for the SMS provider, and
the follow-up list after the event. Functions, not a class: the page calls them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.events import Reply
from memberdesk.reports import event_invitation
from memberdesk.services.events import papers
from memberdesk.services.events.follow_up import follow_up
from memberdesk.services.events.invitations import Guest
from memberdesk.services.events.plans import EventFacts
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, rule_for
from memberdesk.ui.widgets import file_dialogs
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.manager_approval import ManagerApprovalDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog


def _say(page: QWidget, text: str) -> None:
    status = getattr(page, "status", None)
    if status is not None:
        status.setText(text)


def _ctx(page: QWidget) -> AppContext:
    ctx = page.ctx  # type: ignore[attr-defined]
    assert isinstance(ctx, AppContext)
    return ctx


def print_invitations(page: QWidget, facts: EventFacts) -> PdfPreviewDialog | None:
    """The invitations of everyone invited who has not said no, shown to print or save."""
    ctx = _ctx(page)
    try:
        cards = papers.invitations(ctx.db, ctx.actor, facts.id, ui_language())
    except ServiceError as err:
        _say(page, translate_error(err))
        return None
    if not cards:
        _say(
            page,
            QCoreApplication.translate(
                "EventPapers", "Nobody to send an invitation to: invite members first (Ctrl+I)."
            ),
        )
        return None
    pdf = event_invitation.render(cards, title=QCoreApplication.translate("EventPapers", "Invitations"))
    preview = PdfPreviewDialog(
        pdf,
        QCoreApplication.translate("EventPapers", "Invitations: %1").replace("%1", facts.title),
        parent=page,
    )
    preview.open()
    return preview


def export_messages(page: QWidget, facts: EventFacts) -> ManagerApprovalDialog | None:
    """A CSV of personal messages for the SMS provider, with the manager's PIN like every
    file of phone numbers."""
    ctx = _ctx(page)
    target = file_dialogs.save_file(
        page,
        "sms",
        QCoreApplication.translate("EventPapers", "Export messages"),
        QCoreApplication.translate("EventPapers", "invitations") + ".csv",
        QCoreApplication.translate("EventPapers", "CSV, UTF-8 (*.csv)"),
    )
    if target is None:
        return None
    if not rule_for(ExportFile.SMS).manager_pin:
        _write_messages(page, facts, str(target), None)
        return None
    dialog = ManagerApprovalDialog.open_for(
        ctx, QCoreApplication.translate("EventPapers", "SMS file: %1").replace("%1", Path(target).name), page
    )
    dialog.approved.connect(lambda approval: _write_messages(page, facts, str(target), approval))
    return dialog


def _write_messages(page: QWidget, facts: EventFacts, target: str, approval: ExportApproval | None) -> None:
    ctx = _ctx(page)
    try:
        export = papers.messages(ctx.db, ctx.actor, facts.id, ui_language(), approval)
    except ServiceError as err:
        _say(page, translate_error(err))
        return
    Path(target).write_text(export.to_csv(), encoding="utf-8")
    _say(
        page,
        QCoreApplication.translate("EventPapers", "%n message(s) written", "", len(export.rows))
        + QCoreApplication.translate("EventPapers", "; ")
        + QCoreApplication.translate(
            "EventPapers", "%n member(s) left out (no consent).", "", export.without_consent
        ),
    )


def _row(guest: Guest) -> list[str]:
    came = guest.checked_in_at.astimezone().strftime("%H:%M") if guest.checked_in_at is not None else "—"
    said = {
        Reply.COMING: QCoreApplication.translate("EventPapers", "coming"),
        Reply.NOT_COMING: QCoreApplication.translate("EventPapers", "not coming"),
        Reply.NO_ANSWER: QCoreApplication.translate("EventPapers", "no answer"),
    }
    reply = QCoreApplication.translate("EventPapers", "walk-in") if guest.walk_in else said[guest.reply]
    return [guest.name, guest.masked_phone, guest.card_no, reply, came]


def follow_up_pdf(ctx: AppContext, event_id: int) -> tuple[bytes, int, int]:
    """The follow-up list as a PDF, with how many came and how many said yes but did not."""
    found = follow_up(ctx.db, ctx.actor, event_id)
    facts = found.event
    line = QCoreApplication.translate(
        "EventPapers", "%1, %2. Invited %3, said yes %4, came %5 (walk-ins %6)."
    )
    for n, value in enumerate(
        (papers.when_text(facts.starts_at, ui_language()), facts.location or "—", facts.invited, facts.coming,
         facts.came, facts.walk_ins),
        start=1,
    ):  # fmt: skip
        line = line.replace(f"%{n}", str(value))
    pdf = event_invitation.render_follow_up(
        title=QCoreApplication.translate("EventPapers", "Follow-up: %1").replace("%1", facts.title),
        facts_line=line,
        sections=[
            (QCoreApplication.translate("EventPapers", "Came: thank them"), [_row(g) for g in found.came]),
            (
                QCoreApplication.translate("EventPapers", "Said yes but did not come: ask after them"),
                [_row(g) for g in found.did_not_come],
            ),
        ],
        header=[
            QCoreApplication.translate("EventPapers", "Member"),
            QCoreApplication.translate("EventPapers", "Phone"),
            QCoreApplication.translate("EventPapers", "Card"),
            QCoreApplication.translate("EventPapers", "Reply"),
            QCoreApplication.translate("EventPapers", "Checked in"),
        ],
        store=ctx.store_name,
        language=ui_language(),
    )
    return pdf, len(found.came), len(found.did_not_come)


def print_follow_up(page: QWidget, facts: EventFacts) -> PdfPreviewDialog | None:
    ctx = _ctx(page)
    try:
        pdf, came, missed = follow_up_pdf(ctx, facts.id)
    except ServiceError as err:
        _say(page, translate_error(err))
        return None
    _say(
        page,
        QCoreApplication.translate("EventPapers", "%n came", "", came)
        + QCoreApplication.translate("EventPapers", "; ")
        + QCoreApplication.translate("EventPapers", "%n said yes and did not come.", "", missed),
    )
    preview = PdfPreviewDialog(
        pdf,
        QCoreApplication.translate("EventPapers", "Follow-up: %1").replace("%1", facts.title),
        parent=page,
    )
    preview.open()
    return preview
