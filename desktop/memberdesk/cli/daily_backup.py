"""The day's backup, taken by a command that changed the store, after its work.

A command that only reads (``find``, ``report``, ``export`` …) never takes it: at a big
store the copy and its check take minutes, and a read changes nothing a backup would keep.
A command that writes does its work first, then takes the day's backup if none was taken
today, with its progress on stderr; Ctrl+C stops the copy (no half file is left) and the
command's work stays saved. The counter takes the same backup on a worker after it opens.
"""

from __future__ import annotations

from memberdesk import config
from memberdesk.cli.exits import EXIT_CANNOT_USE, EXIT_STOPPED
from memberdesk.cli.progress import Interrupted, copy_progress, say
from memberdesk.domain.errors import DatabaseProblem
from memberdesk.services.staff import backups
from memberdesk.store.backup import backed_up_today
from memberdesk.store.database import normalise_url, sqlite_path

WHAT = "today's backup"


def after_work(target: str, code: int) -> int:
    """Take the day's backup of the command's SQLite file (``target``) when it is due; the
    exit code to end with (the command's, unless the backup was stopped or found the file
    damaged)."""
    path = sqlite_path(normalise_url(target))
    if path is None:  # a server database is backed up on the server
        return code
    settings = config.load()
    folder = settings.backup_path()
    if backed_up_today(folder):
        return code
    say(f"{WHAT}: into {folder} (what the command did is saved already)")
    progress = copy_progress(WHAT)
    with Interrupted() as stop:
        try:
            keep = settings.backup_keep
            made = backups.backup_if_due(path, folder, keep=keep, progress=progress, stop=stop)
        except backups.BackupStopped:
            say(
                f"{WHAT}: stopped at {progress.where()}; no backup was written and the database is "
                "as the command left it. The next command that changes the store, or the counter, "
                "takes it."
            )
            return EXIT_STOPPED
        except OSError as exc:  # a missing or full backup disk: a warning, the work is done
            say(f"{WHAT} could not be written: {exc}")
            return code
        except DatabaseProblem as problem:
            say(
                f"What the command did is saved, but {WHAT} found the database damaged "
                f"({problem.detail}); the older backups are kept. Run `memberdesk db check`, then "
                "restore the newest backup (`memberdesk backup --list`, `memberdesk restore FILE`)."
            )
            return EXIT_CANNOT_USE
    if made is not None:
        say(f"{WHAT} written: {made}")
    return code
