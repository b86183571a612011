"""Choosing a file to read or write, in the clerk's language, starting where they keep files.

Qt's own file dialog is used, not the platform's: the platform's speaks the system's language,
which on a counter PC set to English (or to none) is not the language of the window, and the
dialog came up half English. Qt's dialog is translated by the ``qtbase`` catalogue the app
installs; titles and filters come from the caller, translated there.

The first time, a dialog opens in the user's Documents folder (or the data folder when there
is none); after that in the folder last used for the same kind of file (``kind``: imports,
exports, SMS files ...), remembered in ``<data folder>/folders.json``, never in the program's
folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from memberdesk import paths

_OPTIONS = QFileDialog.Option.DontUseNativeDialog
# Words of Qt's own dialog that Qt's Chinese catalogue (qtbase, Qt 6.12) lacks, so that the
# dialog was half English: the labels gained a shortcut letter and the type moved to another
# context upstream, and their old translations no longer match. Ours fill them in.
_QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)


def _memory() -> Path:
    return paths.data_dir() / "folders.json"


def _remembered() -> dict[str, str]:
    try:
        found = json.loads(_memory().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def documents_folder() -> Path:
    """The user's Documents folder, or the data folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def start_folder(kind: str) -> Path:
    """Where a dialog for ``kind`` opens: the folder last used for it, else Documents."""
    last = _remembered().get(kind)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(kind: str, chosen: Path) -> None:
    """Keep the folder of ``chosen`` for the next dialog of the same kind (best effort)."""
    folders = _remembered()
    folders[kind] = str(chosen.parent)
    target = _memory()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(folders, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only data folder: the dialog just opens in Documents next time


def open_file(parent: QWidget, kind: str, title: str, filters: str) -> Path | None:
    """A file to read, or None when the clerk cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), filters, "", _OPTIONS)
    if not name:
        return None
    remember(kind, Path(name))
    return Path(name)


def save_file(parent: QWidget, kind: str, title: str, file_name: str, filters: str) -> Path | None:
    """A file to write (``file_name`` offered in the remembered folder), or None."""
    suggested = str(start_folder(kind) / file_name)
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, "", _OPTIONS)
    if not name:
        return None
    remember(kind, Path(name))
    return Path(name)
