"""This counter's devices, kept beside the other per-machine settings (``devices.json`` in the
data folder): which printer, how it prints Chinese, whether a drawer hangs on its kick port.

Kept in a file of its own so that saving the printer never overwrites the other settings with
an older copy (and the other way round).
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, fields
from typing import Any

from memberdesk import paths
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.devices.printer import NONE, TIMEOUT_S, PrinterAddress, parse

GB18030 = "gb18030"  # the printer has a Chinese font: text in GB18030
RASTER = "raster"  # it has none: every paper drawn as a picture
CHINESE_MODES = (GB18030, RASTER)


@dataclass(frozen=True)
class DeviceSettings:
    printer: str = NONE  # an address ``printer.parse`` reads
    chinese: str = GB18030
    drawer: bool = True  # a cash drawer is on the printer's kick port
    timeout_s: float = TIMEOUT_S
    till: str = ""  # this counter's name on shifts; empty: the computer's name

    @property
    def till_name(self) -> str:
        return (self.till.strip() or socket.gethostname() or "till")[:40]

    @property
    def address(self) -> PrinterAddress:
        return parse(self.printer)

    @property
    def thermal(self) -> bool:
        try:
            return self.address.thermal
        except ValidationError:
            return False


def _file() -> os.PathLike[str]:
    return paths.data_dir() / "devices.json"


def load() -> DeviceSettings:
    """The saved settings; a missing or unreadable file, or a value of the wrong kind, gives the
    default of that value (no thermal printer)."""
    try:
        with open(_file(), encoding="utf-8") as stream:
            raw = json.load(stream)
    except (OSError, ValueError):
        return DeviceSettings()
    if not isinstance(raw, dict):
        return DeviceSettings()
    default = DeviceSettings()
    values: dict[str, Any] = {}
    for f in fields(DeviceSettings):
        value, kind = raw.get(f.name), type(getattr(default, f.name))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        values[f.name] = value if type(value) is kind else getattr(default, f.name)
    if values["chinese"] not in CHINESE_MODES or not 0 < values["timeout_s"] <= 60:
        values["chinese"], values["timeout_s"] = default.chinese, default.timeout_s
    return DeviceSettings(**values)


def checked(printer: str, chinese: str, drawer: bool, till: str = "") -> DeviceSettings:
    """The settings typed, the address in its plain form, or ``ValidationError``."""
    address = parse(printer)
    if chinese not in CHINESE_MODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose how the printer prints Chinese."), field="chinese"
        )
    return DeviceSettings(str(address), chinese, drawer, till=" ".join(till.split())[:40])


def save(settings: DeviceSettings) -> None:
    """Write atomically, so a power cut never leaves half a file."""
    target = paths.data_dir() / "devices.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)
