"""Reads ESC/POS bytes back as a printer would: every command must be one the protocol knows,
with its arguments; text between commands is decoded as the printer would (GB18030 in Chinese
mode, otherwise ASCII, anything else is a fault).

Only the commands our papers send are known; an unknown command fails the read, so a paper
that sends something the printer would misread fails its test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10

# (prefix, command byte) -> number of argument bytes
FIXED = {
    (ESC, ord("@")): 0,  # initialise
    (ESC, ord("!")): 1,  # print mode
    (ESC, ord("E")): 1,  # bold
    (ESC, ord("-")): 1,  # underline
    (ESC, ord("M")): 1,  # font
    (ESC, ord("a")): 1,  # alignment
    (ESC, ord("{")): 1,  # upside down
    (ESC, ord("d")): 1,  # feed n lines
    (ESC, ord("p")): 3,  # drawer kick: pin, on time, off time
    (ESC, ord("t")): 1,  # code table
    (GS, ord("!")): 1,  # character size
    (GS, ord("b")): 1,  # smoothing
    (GS, ord("B")): 1,  # reverse
    (FS, ord("&")): 0,  # Chinese mode on
    (FS, ord(".")): 0,  # Chinese mode off
    (FS, ord("!")): 1,  # Chinese character size
    (DLE, 0x04): 1,  # real-time status request
}


@dataclass
class Read:
    commands: list[tuple[str, bytes]] = field(default_factory=list)  # name, arguments
    lines: list[str] = field(default_factory=list)  # text as printed, one line each
    qr: list[str] = field(default_factory=list)  # what each QR code holds
    rasters: list[tuple[int, int]] = field(default_factory=list)  # width in bytes, height in dots
    cut_at: int = -1  # index in commands of the cut
    kicks: list[bytes] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.commands]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.out = Read()
        self.chinese = False
        self.line = bytearray()

    def flush_text(self) -> None:
        if self.line:
            self.out.lines.append(bytes(self.line).decode("gb18030" if self.chinese else "ascii"))
            self.line.clear()

    def fixed(self, i: int, key: tuple[int, int], name: str) -> int:
        n = FIXED[key]
        args = self.data[i + 2 : i + 2 + n]
        assert len(args) == n, f"{name} cut short"
        if key == (FS, ord("&")):
            self.chinese = True
        elif key == (FS, ord(".")):
            self.chinese = False
        elif key == (ESC, ord("p")):
            self.out.kicks.append(args)
        self.out.commands.append((name, args))
        return i + 2 + n

    def cut(self, i: int) -> int:  # GS V m, and n when m is 65 or 66
        m = self.data[i + 2]
        assert m in (0, 1, 48, 49, 65, 66), f"cut mode {m}"
        n = 1 if m in (65, 66) else 0
        self.out.commands.append(("GS V", self.data[i + 2 : i + 3 + n]))
        self.out.cut_at = len(self.out.commands) - 1
        return i + 3 + n

    def qr(self, i: int) -> int:  # GS ( k pL pH cn fn ...
        data = self.data
        size = data[i + 3] + 256 * data[i + 4]
        body = data[i + 5 : i + 5 + size]
        assert len(body) == size, "QR command cut short"
        assert body[0] == 49, f"2D code kind {body[0]} is not QR"
        if body[1] == 80:  # store the data: cn fn m data
            self.out.qr.append(body[3:].decode("ascii"))
        self.out.commands.append(("GS ( k", bytes(body[:2])))
        return i + 5 + size

    def raster(self, i: int) -> int:  # GS v 0 m xL xH yL yH data
        data = self.data
        xb = data[i + 4] + 256 * data[i + 5]
        yd = data[i + 6] + 256 * data[i + 7]
        assert i + 8 + xb * yd <= len(data), "raster image cut short"
        self.out.rasters.append((xb, yd))
        self.out.commands.append(("GS v 0", bytes(data[i + 3 : i + 8])))
        return i + 8 + xb * yd

    def command(self, i: int) -> int:
        data = self.data
        assert i + 1 < len(data), f"a command cut short at byte {i}"
        key = (data[i], data[i + 1])
        name = {ESC: "ESC", GS: "GS", FS: "FS", DLE: "DLE"}[data[i]] + " " + chr(data[i + 1])
        if key in FIXED:
            return self.fixed(i, key, name)
        if key == (GS, ord("V")):
            return self.cut(i)
        if key == (GS, ord("(")) and data[i + 2] == ord("k"):
            return self.qr(i)
        if key == (GS, ord("v")) and data[i + 2] == ord("0"):
            return self.raster(i)
        raise AssertionError(f"unknown command {name!r} at byte {i}")

    def read(self) -> Read:
        i = 0
        while i < len(self.data):
            b = self.data[i]
            if b in (ESC, GS, FS, DLE):
                i = self.command(i)
            elif b == 0x0A:
                if not self.line:
                    self.out.lines.append("")
                self.flush_text()
                self.out.commands.append(("LF", b""))
                i += 1
            else:
                assert b >= 0x20, f"control byte {b:#x} at {i}"
                self.line.append(b)
                i += 1
        self.flush_text()
        return self.out


def read(data: bytes) -> Read:
    """What a printer makes of ``data``; an unknown command or a cut-short one fails."""
    return _Reader(data).read()


def columns(text: str) -> int:
    """Columns a printed line takes: a GB double-byte character two, ASCII one."""
    return sum(1 if ord(ch) < 0x80 else 2 for ch in text)
