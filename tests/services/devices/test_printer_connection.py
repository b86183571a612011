"""The printer's address as the manager types it, and sending papers to a printer on the
network: a recorded sale's receipt arrives whole with the cut and the kick; a printer that
stops answering or is switched off mid-receipt is reported, and the sale stays recorded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import ValidationError
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.reports.thermal import sale_paper
from memberdesk.services.devices import setup
from memberdesk.services.devices.printer import (
    NETWORK,
    NONE,
    SERIAL,
    STATUS_ASK,
    USB,
    PrinterAddress,
    PrinterUnavailable,
    parse,
    send,
)
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.store.models import Sale
from tests.conftest import Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", PrinterAddress(NONE)),
        ("none", PrinterAddress(NONE)),
        ("tcp://192.168.1.50", PrinterAddress(NETWORK, host="192.168.1.50", port=9100)),
        (" tcp://printer-1.local:9101/ ", PrinterAddress(NETWORK, host="printer-1.local", port=9101)),
        ("tcp://[fe80::1]:9100", PrinterAddress(NETWORK, host="fe80::1", port=9100)),
        ("usb:0416:5011", PrinterAddress(USB, vendor=0x0416, product=0x5011)),
        ("USB:0x04b8:0x0202", PrinterAddress(USB, vendor=0x04B8, product=0x0202)),
        ("serial:/dev/ttyUSB0", PrinterAddress(SERIAL, device="/dev/ttyUSB0")),
        ("serial:COM3:19200", PrinterAddress(SERIAL, device="COM3", baud=19200)),
    ],
)
def test_the_addresses_a_manager_types(typed: str, expected: PrinterAddress) -> None:
    assert parse(typed) == expected
    assert parse(str(expected)) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "192.168.1.50",
        "tcp:192.168.1.50",
        "tcp://",
        "tcp://host:0",
        "tcp://host:99999",
        "tcp://a b",
        "usb:0416",
        "usb:xyz:1",
        "serial:",
        "serial:/dev/tty 0",
        "serial:/dev/ttyS0:1234",
        "lpt:1",
    ],
)
def test_what_is_not_an_address_is_refused_with_the_forms_it_may_take(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse(typed)
    assert "tcp://HOST:9100" in err.value.message and err.value.field == "printer"


@given(st.text(max_size=40))
def test_any_typed_text_is_an_address_or_refused(typed: str) -> None:
    try:
        address = parse(typed)
    except ValidationError:
        return
    assert parse(str(address)) == address


def test_the_settings_are_kept_for_this_counter() -> None:
    assert setup.load() == setup.DeviceSettings()  # nothing saved: no thermal printer
    saved = setup.checked(" tcp://10.0.0.9 ", setup.RASTER, drawer=False)
    setup.save(saved)
    assert setup.load() == saved
    assert saved.printer == "tcp://10.0.0.9:9100" and saved.thermal
    with pytest.raises(ValidationError):
        setup.checked("tcp://10.0.0.9", "big5", drawer=True)


def cash_sale(shop: Shop) -> int:
    form = SaleForm(
        None,
        [LineForm(description="围巾", category="other", unit_price="128", quantity=1)],
        [PaymentForm(PaymentMethod.CASH, "")],
        tendered="200",
    )
    return record_sale(shop.db, shop.clerk, form).sale_id


@pytest.mark.parametrize(
    "db", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_a_recorded_cash_sale_prints_whole_with_the_cut_and_the_kick(shop: Shop) -> None:
    sale_id = cash_sale(shop)
    with virtual_printer() as printer:
        settings = setup.checked(printer.address, setup.GB18030, drawer=True)
        data = sale_paper(shop.db, shop.store_id, sale_id, "en", settings)
        send(settings.address, data, timeout=5)
        got = read(printer.wait())

    assert printer.received[0] == data + STATUS_ASK
    assert "Receipt" in got.text and "$" not in got.text and "￥128.00" in got.text
    assert "￥72.00" in got.text  # the change from ¥200
    assert got.cut_at >= 0 and got.kicks == [bytes([0, 50, 50])]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_no_drawer_on_the_kick_port_means_no_kick(shop: Shop) -> None:
    sale_id = cash_sale(shop)
    settings = setup.DeviceSettings("tcp://127.0.0.1:9", drawer=False)
    assert read(sale_paper(shop.db, shop.store_id, sale_id, "en", settings)).kicks == []


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_printer_that_stops_answering_mid_receipt_is_reported_and_the_sale_stays(shop: Shop) -> None:
    sale_id = cash_sale(shop)
    settings = setup.checked("tcp://127.0.0.1:1", setup.RASTER, drawer=True)  # a picture: many bytes
    data = sale_paper(shop.db, shop.store_id, sale_id, "en", settings)
    assert len(data) > 20_000
    with virtual_printer(stop_after=1000) as printer, pytest.raises(PrinterUnavailable) as err:
        send(parse(printer.address), data, timeout=0.5)
    assert "stopped answering" in err.value.english()
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1


def test_a_printer_switched_off_mid_receipt_is_reported() -> None:
    data = b"\x1b@" + b"x" * 2_000_000
    with virtual_printer(drop_after=1000) as printer, pytest.raises(PrinterUnavailable) as err:
        send(parse(printer.address), data, timeout=5)
    assert printer.address.removeprefix("tcp://") in err.value.english()


def test_a_printer_out_of_paper_is_reported() -> None:
    with virtual_printer(status=b"\x12\x72") as printer, pytest.raises(PrinterUnavailable) as err:
        send(parse(printer.address), b"\x1b@", timeout=5)
    assert "out of paper" in err.value.english()


def test_nothing_listening_is_reported_at_once() -> None:
    with virtual_printer() as printer:
        address = parse(printer.address)
    with pytest.raises(PrinterUnavailable) as err:
        send(address, b"\x1b@", timeout=5)
    assert "Nothing answers" in err.value.english()


def test_usb_and_serial_printers_that_are_not_there_are_reported() -> None:
    for typed in ("usb:0416:5011", "serial:/dev/memberdesk-no-such-port"):
        with pytest.raises(PrinterUnavailable):
            send(parse(typed), b"\x1b@", timeout=0.5)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_cash_refund_prints_the_slip_and_opens_the_drawer(shop: Shop) -> None:
    from memberdesk.domain.vocab import ReturnType
    from memberdesk.reports.thermal import return_paper
    from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
    from memberdesk.store.models import Sale as SaleRow

    sale_id = cash_sale(shop)
    with shop.db.read() as s:
        found = s.get(SaleRow, sale_id)
        assert found is not None
        receipt_no = found.receipt_no
    _sid, lines = find_sale(shop.db, shop.clerk, receipt_no)
    form = ReturnForm(receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.QUALITY, "开线")
    returned = record_return(shop.db, shop.clerk, form)
    settings = setup.DeviceSettings("tcp://127.0.0.1:9", drawer=True)

    got = read(return_paper(shop.db, shop.store_id, returned.return_id, "en", settings))

    assert got.qr == [returned.return_no] and receipt_no in got.text and "￥128.00" in got.text
    assert got.kicks == [bytes([0, 50, 50])] and got.cut_at < got.names().index("ESC p")


def test_a_settings_file_edited_by_hand_never_breaks_the_till() -> None:
    from memberdesk import paths

    target = paths.data_dir() / "devices.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        '{"printer": "tcp://10.0.0.9:9100", "timeout_s": "fast", "drawer": "yes", "chinese": "big5"}'
    )
    loaded = setup.load()
    assert loaded == setup.DeviceSettings(printer="tcp://10.0.0.9:9100")
    target.write_text('["not", "settings"]')
    assert setup.load() == setup.DeviceSettings()
    target.write_text('{"printer": "lpt:1", "timeout_s": 3}')
    assert setup.load().timeout_s == 3.0 and not setup.load().thermal  # an address that is none
