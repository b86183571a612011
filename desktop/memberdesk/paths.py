"""Where things live: bundled resources, the user's data folder, the default database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from memberdesk import APP_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the frozen executable, or at the source tree's top."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (``MEMBERDESK_HOME`` overrides, as tests and kiosks need).

    Follows the platform's convention for application data: ``%APPDATA%`` on Windows,
    ``~/Library/Application Support`` on macOS, ``$XDG_DATA_HOME`` elsewhere.
    """
    override = os.environ.get("MEMBERDESK_HOME")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_NAME


def default_database() -> Path:
    return data_dir() / "memberdesk.sqlite3"


def default_backup_dir() -> Path:
    return data_dir() / "backups"
