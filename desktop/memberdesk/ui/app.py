"""Starting the GUI: Qt application, fonts, language, database, main window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from memberdesk import APP_NAME, __version__, config
from memberdesk.services.setup import create_store, first_store_id, store_name
from memberdesk.startup import OpenResult, open_database
from memberdesk.store.database import DatabaseProblem
from memberdesk.ui import i18n
from memberdesk.ui.context import AppContext
from memberdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_application(language: str | None) -> QApplication:
    """The QApplication with names, the bundled font and the translators installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    i18n.apply_font(app, i18n.register_fonts())
    i18n.install_translators(app, i18n.choose_language(language))
    return app


def _open_for_smoke_test(target: str) -> OpenResult:
    """The configured database if it exists, else a throw-away one, so a fresh machine passes."""
    if "://" in target or Path(target).exists():
        return open_database(target, daily_backup=False)
    path = Path(tempfile.mkdtemp(prefix="memberdesk-smoke-")) / "smoke.sqlite3"
    opened = open_database(str(path), create=True, daily_backup=False)
    create_store(
        opened.db,
        code="SMOKE",
        name="Smoke test",
        manager_name="Manager",
        manager_code="M01",
        manager_pin="0000",
    )
    return opened


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = config.load()
    app = make_application(args.lang or settings.language or None)
    target = args.db or settings.database_target()
    from memberdesk.ui.db_problem import DatabaseProblemDialog

    while True:
        try:
            opened = (
                _open_for_smoke_test(target) if args.smoke_test else open_database(target, settings=settings)
            )
            break
        except DatabaseProblem as problem:
            if args.smoke_test:
                print(f"smoke test: {problem}", file=sys.stderr)
                return 1
            choice = DatabaseProblemDialog.ask(problem, settings)
            if choice is None:
                return 2
            target = choice

    db = opened.db
    store_id = first_store_id(db)
    if store_id is None:
        from memberdesk.ui.db_problem import no_store_message

        no_store_message(db.location())
        db.dispose()
        return 2
    ctx = AppContext(db, store_id, store_name(db, store_id))
    health = ""
    if opened.backup_error:
        health = QCoreApplication.translate("App", "Backup failed: {error}").format(error=opened.backup_error)
    window = MainWindow(ctx, health=health)
    window.show()
    if args.smoke_test:
        seen: list[bool] = []

        def check_and_quit() -> None:
            seen.append(window.isVisible() and window.pages.count() == len(window.page_widgets) == 6)
            app.quit()

        QTimer.singleShot(300, check_and_quit)
        app.exec()
        ok = bool(seen and seen[0])
        print(f"smoke test: {'ok' if ok else 'FAILED'} ({db.location()})")
        db.dispose()
        return 0 if ok else 1
    try:
        return app.exec()
    finally:
        db.dispose()
