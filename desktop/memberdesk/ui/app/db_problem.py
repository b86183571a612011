"""What the clerk sees when the database cannot be used: what is wrong and a way forward.

The file is never overwritten here: the ways forward are restoring a backup (which keeps a
copy of the current file, or moves a damaged one aside), opening another file, or quitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
            failed = cls.restore_newest(problem, backups[0].path, path, settings, parent)
            if failed is None:
                return Choice(str(path))
            return cls.ask(failed, settings, parent)
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

    @classmethod
    def restore_newest(
        cls,
        problem: DatabaseProblem,
        newest: Path,
        path: Path,
        settings: config.Settings,
        parent: QWidget | None = None,
    ) -> DatabaseProblem | None:
        """Restore ``newest`` over ``path``; None when done, else the problem to show again
        (nothing was changed: ``problem`` itself when the clerk said no). A backup of another
        store, or one over a file that no longer says which store it was, is restored only when
        the clerk says so (``confirm_restore``)."""
        other_store = recover = False
        while True:
            try:
                backup.restore_backup(
                    newest, path, settings.backup_path(), keep=settings.backup_keep,
                    other_store=other_store, recover=recover,
                )  # fmt: skip
            except backup.RestoreRefused as refused:
                if not cls.confirm_restore(refused, parent):
                    return problem
                other_store = other_store or isinstance(refused, backup.OtherStoreBackup)
                recover = recover or isinstance(refused, backup.StoreUnverified)
                continue
            except DatabaseProblem as failed:  # nothing was changed (disk full, in use...): say why
                return failed
            except OSError as failed:  # the safety copy could not be written: nothing was changed
                return DatabaseProblem(Problem.READ_ONLY, str(path), str(failed))
            return None

    @classmethod
    def confirm_restore(cls, refused: backup.RestoreRefused, parent: QWidget | None = None) -> bool:
        """Ask whether to restore a backup the store cannot be matched with (tests patch this)."""
        answer = QMessageBox.warning(
            parent,
            "MemberDesk",
            restore_question(refused),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _store_words(facts: backup.StoreFacts) -> str:
    when = facts.taken_at.strftime("%Y-%m-%d %H:%M")
    if facts.members is None:
        return QCoreApplication.translate("DatabaseProblem", "{store} ({when})").format(
            store=facts.name, when=when
        )
    return QCoreApplication.translate(
        "DatabaseProblem", "{store} (%n member(s), {when})", "", facts.members
    ).format(store=facts.name, when=when)


def restore_question(refused: backup.RestoreRefused) -> str:
    """What the clerk is asked before a backup that may not be this store's replaces it."""
    if isinstance(refused, backup.OtherStoreBackup) and refused.live is not None:
        return QCoreApplication.translate(
            "DatabaseProblem",
            "The backup is of another store: {backup}. The database it would replace is {live}. "
            "Replace this store's data with the other store's?",
        ).format(backup=_store_words(refused.backup), live=_store_words(refused.live))
    return QCoreApplication.translate(
        "DatabaseProblem",
        "The database cannot be read and no longer says which store it is. The backup is of {backup}. "
        "Restore it only if this is your store's backup. Restore it?",
    ).format(backup=_store_words(refused.backup))
