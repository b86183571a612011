"""Language and fonts: Qt translators for every catalogue, and the bundled CJK font.

Translations are split by area (``resources/i18n/<area>_zh_CN.ts``), each compiled to a
``.qm`` beside it; all catalogues of the chosen language are installed.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from memberdesk import paths

log = logging.getLogger(__name__)
FONT_FILE = "wqy-microhei.ttc"
SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """``--lang`` or the setting if given, else Chinese unless the system says English.

    The stores are Chinese: a counter PC set to C/POSIX (no language at all) or to any other
    language still starts in Chinese; only a system that asks for English gets English.
    """
    if requested in SUPPORTED:
        return requested
    language = (system or QLocale.system()).language()
    return "en" if language == QLocale.Language.English else "zh_CN"


def ui_language() -> str:
    """The language the window speaks now ("zh_CN" or "en"), for PDFs and messages."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def i18n_dir() -> Path:
    return paths.resource("i18n")


def compile_catalogues(folder: Path | None = None) -> list[Path]:
    """Build every .qm that is missing or older than its .ts (a source checkout's first run)."""
    folder = folder or i18n_dir()
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        cmd = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=60)
            built.append(qm)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s: %s", ts.name, exc)
    return built


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install Qt's own and all of MemberDesk's catalogues for ``language``; returns those loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":  # no catalogue: the sources are English, but "%n complaint(s)" needs its count
        from memberdesk.ui.widgets.plural_forms import install_english_plurals

        _installed.append(install_english_plurals(app))
        return []
    loaded = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    folder = i18n_dir()
    if not getattr(sys, "frozen", False):
        compile_catalogues(folder)
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.stem)
    return loaded


def register_fonts() -> str | None:
    """Register the bundled CJK font and make it the application font's fallback family."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", FONT_FILE)))
    if font_id < 0:
        log.warning("bundled font %s could not be loaded", FONT_FILE)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_font(app: object, family: str | None) -> None:
    """Use the bundled family for the whole UI, so Chinese renders without system fonts."""
    if family is None:
        return
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 11))
    app.setFont(font)
