"""Where the counter's thermal printer is, and sending it bytes.

A printer is named by one address, typed in Settings or on the command line:

- ``none``: no thermal printer; papers go to the system printer as PDFs;
- ``tcp://HOST[:PORT]``: a network printer (raw port, 9100 unless said);
- ``usb:VID:PID``: a USB printer by its vendor and product id, in hex (``usb:0416:5011``);
- ``serial:DEVICE[:BAUD]``: a serial printer (``serial:/dev/ttyUSB0``, ``serial:COM3:19200``).

``send`` writes the whole paper or raises ``PrinterUnavailable``: it never waits longer than
its timeout for the printer to connect, to take the next bytes or (on the network, where the
socket takes bytes long before the printer does) to answer the status asked after the
paper. So a printer switched off, unplugged or stopped mid-receipt costs the counter a few
seconds at most (and the GUI sends from a worker thread, so not even those).
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from typing import Any

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

NONE = "none"
NETWORK, USB, SERIAL = "tcp", "usb", "serial"
DEFAULT_PORT = 9100
DEFAULT_BAUD = 9600
TIMEOUT_S = 5.0  # to connect, and for each piece the printer takes
CHUNK = 4096

_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[[0-9A-Fa-f:]+\]$")
_HEX = re.compile(r"^(0x)?[0-9A-Fa-f]{1,4}$")
_BAUDS = (2400, 4800, 9600, 19200, 38400, 57600, 115200)


class PrinterUnavailable(ServiceError):
    """The printer did not take the paper: off, unplugged, not answering, out of reach.
    What was recorded stays recorded; the paper can be printed again."""


@dataclass(frozen=True)
class PrinterAddress:
    kind: str  # NONE, NETWORK, USB or SERIAL
    host: str = ""
    port: int = DEFAULT_PORT
    vendor: int = 0
    product: int = 0
    device: str = ""
    baud: int = DEFAULT_BAUD

    @property
    def thermal(self) -> bool:
        return self.kind != NONE

    def __str__(self) -> str:
        if self.kind == NETWORK:
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"tcp://{host}:{self.port}"
        if self.kind == USB:
            return f"usb:{self.vendor:04x}:{self.product:04x}"
        if self.kind == SERIAL:
            return f"serial:{self.device}" + (f":{self.baud}" if self.baud != DEFAULT_BAUD else "")
        return NONE


def _bad(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{address}” is not a printer address. Type tcp://HOST:9100, usb:VID:PID or "
            "serial:DEVICE, or none.",
        ),
        field="printer",
        address=text,
    )


def parse(text: str) -> PrinterAddress:
    """The address typed, or ``ValidationError`` naming the forms it may take."""
    raw = text.strip()
    if raw.lower() in ("", NONE):
        return PrinterAddress(NONE)
    kind, sep, rest = raw.partition(":")
    kind = kind.lower()
    if not sep or not rest:
        raise _bad(raw)
    if kind == NETWORK:
        return _network(raw, rest)
    if kind == USB:
        vid, _, pid = rest.partition(":")
        if not (_HEX.match(vid) and _HEX.match(pid)):
            raise _bad(raw)
        return PrinterAddress(USB, vendor=int(vid, 16), product=int(pid, 16))
    if kind == SERIAL:
        device, baud = rest, DEFAULT_BAUD
        head, _, tail = rest.rpartition(":")
        if head and tail.isdigit():
            device, baud = head, int(tail)
            if baud not in _BAUDS:
                raise _bad(raw)
        if not device.strip() or any(ch.isspace() for ch in device):
            raise _bad(raw)
        return PrinterAddress(SERIAL, device=device, baud=baud)
    raise _bad(raw)


def _network(raw: str, rest: str) -> PrinterAddress:
    if not rest.startswith("//"):
        raise _bad(raw)
    hostport = rest[2:].rstrip("/")
    host, port = hostport, DEFAULT_PORT
    if hostport.startswith("["):  # [IPv6]:port
        end = hostport.find("]")
        host, after = hostport[: end + 1], hostport[end + 1 :]
        if after:
            if not after.startswith(":") or not after[1:].isdigit():
                raise _bad(raw)
            port = int(after[1:])
    elif ":" in hostport:
        host, _, digits = hostport.rpartition(":")
        if not digits.isdigit():
            raise _bad(raw)
        port = int(digits)
    if not _HOST.match(host) or not 0 < port < 65536:
        raise _bad(raw)
    return PrinterAddress(NETWORK, host=host.strip("[]"), port=port)


def _unavailable(address: PrinterAddress, why: str) -> PrinterUnavailable:
    """What the system said went wrong (in the system's words)."""
    return PrinterUnavailable(
        QT_TRANSLATE_NOOP("Errors", "The printer {address} did not print: {why}"),
        address=str(address),
        why=why,
    )


def _said(address: PrinterAddress, message: str) -> PrinterUnavailable:
    """What went wrong, in a sentence of ours naming the printer."""
    return PrinterUnavailable(message, address=str(address))


def send(address: PrinterAddress, data: bytes, timeout: float = TIMEOUT_S) -> None:
    """Write ``data`` to the printer, whole, or raise ``PrinterUnavailable``."""
    if address.kind == NETWORK:
        _send_network(address, data, timeout)
    elif address.kind == USB:
        _send_usb(address, data, timeout)
    elif address.kind == SERIAL:
        _send_serial(address, data, timeout)
    else:
        raise _said(address, QT_TRANSLATE_NOOP("Errors", "No thermal printer is set up ({address})."))


# DLE EOT 1 (printer status) and DLE EOT 4 (paper sensor): answered once the printer has
# taken every byte before them, so the answer says the paper went through.
STATUS_ASK = b"\x10\x04\x01\x10\x04\x04"
_OFFLINE = 0x08  # in the printer status: cover open, paper out, or an error
_PAPER_OUT = 0x60  # in the paper sensor status


def _send_network(address: PrinterAddress, data: bytes, timeout: float) -> None:
    try:
        with socket.create_connection((address.host, address.port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            for start in range(0, len(data), CHUNK):
                sock.sendall(data[start : start + CHUNK])
            sock.sendall(STATUS_ASK)
            status = b""
            while len(status) < 2:
                got = sock.recv(2 - len(status))
                if not got:
                    raise ConnectionResetError("the printer closed the connection")
                status += got
    except TimeoutError as exc:
        raise _said(
            address,
            QT_TRANSLATE_NOOP(
                "Errors", "The printer {address} stopped answering: nothing printed after that."
            ),
        ) from exc
    except ConnectionRefusedError as exc:
        raise _said(
            address,
            QT_TRANSLATE_NOOP("Errors", "Nothing answers at {address}: is the printer on and plugged in?"),
        ) from exc
    except OSError as exc:
        raise _unavailable(address, str(exc.strerror or exc)) from exc
    if status[1] & _PAPER_OUT:
        raise _said(address, QT_TRANSLATE_NOOP("Errors", "The printer {address} is out of paper."))
    if status[0] & _OFFLINE:
        raise _said(
            address, QT_TRANSLATE_NOOP("Errors", "The printer {address} is offline: is its cover open?")
        )


def _send_usb(address: PrinterAddress, data: bytes, timeout: float) -> None:
    try:
        from escpos.printer import Usb

        printer: Any = Usb(address.vendor, address.product, timeout=int(timeout * 1000))
        printer.open(raise_not_found=True)
        try:
            printer._raw(data)
        finally:
            printer.close()
    except Exception as exc:  # pyusb and the library raise many kinds; all mean "not printed"
        raise _unavailable(address, str(exc) or type(exc).__name__) from exc


def _send_serial(address: PrinterAddress, data: bytes, timeout: float) -> None:
    try:
        import serial

        with serial.Serial(address.device, address.baud, timeout=timeout, write_timeout=timeout) as port:
            port.write(data)
            port.flush()
    except Exception as exc:  # SerialException, a write timeout, a missing device
        raise _unavailable(address, str(exc) or type(exc).__name__) from exc
