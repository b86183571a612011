"""What the clerk sees when the database cannot be used: what is wrong and a way forward.

The file is never overwritten here: the ways forward are restoring a backup (which keeps a
copy of the current file, or moves a damaged one aside), opening another file, or quitting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.services.staff import backups as backup
from memberdesk.startup import sqlite_file


def problem_text(problem: DatabaseProblem) -> str:
    texts = {
        Problem.MISSING: QCoreApplication.translate("DatabaseProblem", "There is no database at {where}."),
        Problem.LOCKED: QCoreApplication.translate(
            "DatabaseProblem", "The database {where} is in use by another program. Close it and try again."
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "DatabaseProblem", "The database {where} cannot be written (read-only)."
        ),
        Problem.CORRUPT: QCoreApplication.translate(
            "DatabaseProblem", "The database {where} is damaged ({detail})."
        ),
        Problem.TOO_NEW: QCoreApplication.translate(
            "DatabaseProblem",
            "The database {where} was written by a newer MemberDesk. Please update MemberDesk.",
        ),
        Problem.NOT_MEMBERDESK: QCoreApplication.translate(
            "DatabaseProblem", "{where} is not a MemberDesk database."
        ),
        Problem.UNREACHABLE: QCoreApplication.translate(
            "DatabaseProblem", "The database server {where} cannot be reached: {detail}"
        ),
        Problem.DISK_FULL: QCoreApplication.translate(
            "DatabaseProblem",
            "The disk holding {where} is full. Free some space on the disk, then start MemberDesk again.",
        ),
    }
    return texts[problem.problem].format(where=problem.location, detail=problem.detail)


@dataclass(frozen=True)
class Choice:
    """What the clerk chose: a database to try next, and whether to create it as a new store."""

    target: str
    new_store: bool = False


class DatabaseProblemDialog:
    """Ask what to do about a database problem; returns the choice, or None to quit."""

    @classmethod
    def ask(
        cls, problem: DatabaseProblem, settings: config.Settings, parent: QWidget | None = None
    ) -> Choice | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("MemberDesk")
        box.setText(problem_text(problem))
        backups = backup.recent_backups(settings.backup_path())
        path = sqlite_file(problem.location)
        restore_button = None
        if backups and path is not None and problem.problem in (Problem.CORRUPT, Problem.MISSING):
            newest = QCoreApplication.translate("DatabaseProblem", "The newest backup is from {when}.")
            box.setInformativeText(newest.format(when=backups[0].taken_at.strftime("%Y-%m-%d %H:%M")))
            restore_button = box.addButton(
                QCoreApplication.translate("DatabaseProblem", "Restore newest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        new_button = None
        if path is not None and problem.problem is Problem.MISSING:
            new_button = box.addButton(
                QCoreApplication.translate("DatabaseProblem", "Set up a new store here"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        open_button = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Open another file…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        clicked = box.clickedButton()
        if restore_button is not None and clicked is restore_button and path is not None:
            try:
                backup.restore_backup(
                    backups[0].path, path, settings.backup_path(), keep=settings.backup_keep
                )
            except DatabaseProblem as failed:  # nothing was changed (disk full, in use...): say why
                return cls.ask(failed, settings, parent)
            except OSError as failed:  # the safety copy could not be written: nothing was changed
                return cls.ask(DatabaseProblem(Problem.READ_ONLY, str(path), str(failed)), settings, parent)
            return Choice(str(path))
        if new_button is not None and clicked is new_button and path is not None:
            return Choice(str(path), new_store=True)
        if clicked is open_button:
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("DatabaseProblem", "Open a MemberDesk database"),
                "",
                "SQLite (*.sqlite3 *.db);;*",
            )
            return Choice(chosen) if chosen else None
        return None
