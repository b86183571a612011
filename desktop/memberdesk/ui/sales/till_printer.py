"""The till's thermal printer: after a sale (or a return) is recorded, its paper goes to this
counter's printer from a worker thread, and the drawer opens when cash changed hands.

With no thermal printer set up (the setting "none") nothing happens here: the clerk prints
the PDF with the dialog's Print button as before. A printer that is off, unplugged or stops
mid-paper never blocks the counter: what was recorded stays recorded and the window's status
line says which paper did not print and why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.errors import ServiceError
from memberdesk.reports.exchange_slip import exchange_paper
from memberdesk.reports.thermal import return_paper, sale_paper
from memberdesk.services.devices import printer, setup
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.workers import Progress, run_in_background


def print_after_sale(ctx: AppContext, sale_id: int, receipt_no: str, *, copy: bool = False) -> bool:
    """Send the recorded sale's receipt to the thermal printer (``copy``: a reprint, marked so,
    no drawer); False when there is none."""
    settings = setup.load()
    if not settings.thermal:
        return False
    try:
        data = sale_paper(ctx.db, ctx.store_id, sale_id, ui_language(), settings, copy=copy)
    except ServiceError as err:
        ctx.error(err)
        return False
    _send(ctx, settings, data, receipt_no)
    return True


def print_after_return(ctx: AppContext, return_id: int, return_no: str) -> bool:
    """Send the recorded return's slip to the thermal printer; False when there is none."""
    settings = setup.load()
    if not settings.thermal:
        return False
    try:
        data = return_paper(ctx.db, ctx.store_id, return_id, ui_language(), settings)
    except ServiceError as err:
        ctx.error(err)
        return False
    _send(ctx, settings, data, return_no)
    return True


def print_after_exchange(ctx: AppContext, return_id: int, sale_id: int, number: str) -> bool:
    """Send the recorded exchange's slip to the thermal printer; False when there is none."""
    settings = setup.load()
    if not settings.thermal:
        return False
    try:
        data = exchange_paper(ctx.db, ctx.store_id, return_id, sale_id, ui_language(), settings)
    except ServiceError as err:
        ctx.error(err)
        return False
    _send(ctx, settings, data, number)
    return True


def print_slip(ctx: AppContext, data: bytes, number: str) -> bool:
    """Send a slip's bytes (a coupon's, a gift card's) to the thermal printer; False when there
    is none (the clerk prints the PDF instead)."""
    settings = setup.load()
    if not settings.thermal:
        return False
    _send(ctx, settings, data, number)
    return True


def thermal_settings() -> setup.DeviceSettings | None:
    """This counter's printer settings, None when it has no thermal printer."""
    settings = setup.load()
    return settings if settings.thermal else None


def _send(ctx: AppContext, settings: setup.DeviceSettings, data: bytes, number: str) -> None:
    address = settings.address

    def job(_progress: Progress) -> None:
        printer.send(address, data, settings.timeout_s)

    def failed(error: Exception) -> None:
        why = translate_error(error) if isinstance(error, ServiceError) else str(error)
        text = QCoreApplication.translate(
            "TillPrinter",
            "{number} did not print. It is recorded; print it again when the printer is back. {why}",
        )
        ctx.error(text.format(number=number, why=why))

    # no owner: the dialog may be closed before the printer answers, the message still goes
    run_in_background(job, on_error=failed)
