"""Starting the GUI: Qt application, fonts, language, database, main window."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from memberdesk import APP_NAME, __version__, config
from memberdesk.domain.errors import DatabaseProblem
from memberdesk.services.staff.setup import create_store, first_store_id, store_name
from memberdesk.startup import OpenResult, open_database
from memberdesk.ui.app.main_window import PAGES, MainWindow
from memberdesk.ui.widgets import i18n
from memberdesk.ui.widgets.context import AppContext

log = logging.getLogger(__name__)
STARTUP_PROBE = "MEMBERDESK_STARTUP_PROBE"  # a file: exit once the window shows, listing the imports
WARM_UP_MODULES = (
    "pypinyin",  # domain.search_keys imports it when a name is first read
    "memberdesk.domain.search_keys",
    "memberdesk.services.members.search",
    "memberdesk.services.members.card",
    "memberdesk.services.members.enrolment",
    "memberdesk.services.service.complaint_queue",
)


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
    """The configured database if it exists, else a throw-away one, so a fresh machine passes.
    Every page of an existing file is read first: a damaged file fails the smoke test."""
    if "://" in target or Path(target).exists():
        return open_database(target, daily_backup=False, check=True)
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


def open_store(args: argparse.Namespace, settings: config.Settings) -> tuple[AppContext | None, str, int]:
    """Open the database and its store, asking the clerk what to do about any problem.

    Returns (context, health text, exit code); the context is None when the clerk quit.
    A database chosen in a dialog is remembered in the settings for the next start.
    """
    from memberdesk.ui.app.db_problem import DatabaseProblemDialog
    from memberdesk.ui.app.store_setup import StoreSetupDialog

    target, create, chosen = args.db or settings.database_target(), False, False
    while True:
        try:
            if args.smoke_test:
                opened = _open_for_smoke_test(target)
            else:
                # the day's backup runs after sign-in, on a worker (MainWindow): never before the window
                opened = open_database(target, create=create, settings=settings, daily_backup=False)
        except DatabaseProblem as problem:
            if args.smoke_test:
                print(f"smoke test: {problem}", file=sys.stderr)
                return None, "", 1
            choice = DatabaseProblemDialog.ask(problem, settings)
            if choice is None:
                return None, "", 2
            target, create, chosen = choice.target, choice.new_store, True
            continue
        break
    db = opened.db
    store_id = first_store_id(db)
    if store_id is None and args.smoke_test:
        print(f"smoke test: {db.location()} has no store", file=sys.stderr)
        db.dispose()
        return None, "", 1
    if store_id is None:
        setup = StoreSetupDialog.ask()
        if setup is None:
            db.dispose()
            return None, "", 2
        store_id = create_store(
            db,
            code=setup.code,
            name=setup.name,
            manager_name=setup.manager_name,
            manager_code=setup.manager_code,
            manager_pin=setup.manager_pin,
            invoice_desk=setup.invoice_desk,
        )
    if chosen and not args.db:
        settings.database = target
        config.save(settings)
    health = ""
    if opened.backup_error:
        health = QCoreApplication.translate("App", "Backup failed: {error}").format(error=opened.backup_error)
    return AppContext(db, store_id, store_name(db, store_id)), health, 0


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = config.load()
    app = make_application(args.lang or settings.language or None)
    ctx, health, code = open_store(args, settings)
    if ctx is None:
        return code
    # the log's copy into the file runs on its own thread, not inside a clerk's commit
    checkpointer = ctx.db.checkpoint_in_background()
    if checkpointer is not None:
        app.aboutToQuit.connect(checkpointer.stop)
    window = MainWindow(ctx, health=health)
    window.show_on_screen()
    probe = os.environ.get(STARTUP_PROBE, "")
    try:
        if probe:
            return _startup_probe(app, window, probe)
        QTimer.singleShot(0, lambda: warm_up(window))
        if args.smoke_test:
            return _smoke_test(app, window)
        return app.exec()
    finally:
        ctx.db.dispose()


def warm_up(owner: QObject) -> None:
    """While the clerk types the PIN, import on a worker what the first lookup needs (the
    pinyin dictionaries), so neither the window nor the first keystroke waits for it."""
    from memberdesk.ui.widgets.workers import run_in_background

    def load(_progress: object) -> None:
        for name in WARM_UP_MODULES:
            importlib.import_module(name)

    run_in_background(load, owner=owner)


def _startup_probe(app: QApplication, window: MainWindow, out: str) -> int:
    """For benchmarks/bench_startup.py: print the moment the sign-in window is exposed, write
    the modules imported so far to ``out``, and quit without running the day."""
    handle = window.windowHandle()
    while handle is None or not handle.isExposed():
        app.processEvents()
        handle = window.windowHandle()
    app.processEvents()
    print(f"exposed {time.time():.6f}", flush=True)
    Path(out).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
    return 0


def _smoke_test(app: QApplication, window: MainWindow) -> int:
    seen: list[bool] = []

    def check_and_quit() -> None:
        seen.append(window.isVisible() and window.pages.count() == len(PAGES) == 7)
        app.quit()

    QTimer.singleShot(300, check_and_quit)
    app.exec()
    ok = bool(seen and seen[0])
    print(f"smoke test: {'ok' if ok else 'FAILED'} ({window.ctx.db.location()})")
    return 0 if ok else 1
