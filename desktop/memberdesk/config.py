"""Per-machine settings (which database, where backups go, language), kept as JSON.

Store-wide rules (return window, points) live in the database instead, so that every
counter of a store shares them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from memberdesk import paths


@dataclass
class Settings:
    database: str = ""  # URL or file path; empty means the default file in the data folder
    backup_dir: str = ""  # empty means <data folder>/backups
    backup_keep: int = 14
    language: str = ""  # "", "zh_CN" or "en"; empty follows the system

    def database_target(self) -> str:
        return self.database or str(paths.default_database())

    def backup_path(self) -> Path:
        return Path(self.backup_dir).expanduser() if self.backup_dir else paths.default_backup_dir()


def settings_file() -> Path:
    return paths.data_dir() / "settings.json"


def load() -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults."""
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return Settings(**values)
    except TypeError:
        return Settings()


def save(settings: Settings) -> None:
    """Write atomically, so a power cut never leaves half a settings file."""
    target = settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)
