"""A network printer in the test: a local TCP server on the raw port's protocol that records
what it receives. It can also stop reading part-way (a printer that hangs mid-receipt) or
drop the connection (switched off)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from memberdesk.services.devices.printer import STATUS_ASK


@dataclass
class VirtualPrinter:
    port: int
    received: list[bytes] = field(default_factory=list)  # one entry per connection, when it closes
    arrived: threading.Condition = field(default_factory=threading.Condition)  # after each connection

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def wait(self, papers: int = 1, timeout: float = 10) -> bytes:
        """The bytes of the first paper, once ``papers`` connections have closed."""
        with self.arrived:
            got = self.arrived.wait_for(lambda: len(self.received) >= papers, timeout)
        assert got, f"the printer received {len(self.received)} papers, not {papers}"
        return self.received[0]


@contextmanager
def virtual_printer(
    *, stop_after: int | None = None, drop_after: int | None = None, status: bytes = b"\x12\x12"
) -> Iterator[VirtualPrinter]:
    """``stop_after``: read that many bytes, then read no more and keep the line open (the
    printer hangs); ``drop_after``: read that many, then close the connection (switched off)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if stop_after is not None:  # a small window, so the sender notices soon that nothing moves
        server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    printer = VirtualPrinter(server.getsockname()[1])
    release = threading.Event()

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            got = bytearray()
            with conn:
                limit = stop_after if stop_after is not None else drop_after
                while limit is None or len(got) < limit:
                    chunk = conn.recv(min(4096, limit - len(got)) if limit is not None else 4096)
                    if not chunk:
                        break
                    got += chunk
                    if got.endswith(STATUS_ASK):  # online, paper in
                        conn.sendall(status)
                if stop_after is not None:
                    release.wait(30)  # hang: read nothing more until the test ends
            with printer.arrived:
                printer.received.append(bytes(got))
                printer.arrived.notify_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield printer
    finally:
        release.set()
        with contextlib.suppress(OSError):
            server.shutdown(socket.SHUT_RDWR)  # wakes the accept() waiting in the thread
        server.close()
        thread.join(5)
