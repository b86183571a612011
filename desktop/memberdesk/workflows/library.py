"""The workflows a counter can follow: the shipped ones, replaced or added to by the store's own.

Shipped files live in ``resources/workflows/``; a store copies one into the ``workflows``
folder of its data folder and edits it. A store file with the same ``key`` replaces the
shipped workflow; a broken store file is reported (file, line, problem) and the shipped
workflow of that name stays in use, so a typo never takes a counter's workflows away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.workflows.definition import MAX_FILE_CHARS, Workflow, WorkflowFileError, parse

RECEPTION = "reception"
COMPLAINT_HANDLING = "complaint_handling"
SUFFIX = ".toml"


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, and why."""

    path: Path
    error: WorkflowFileError

    @property
    def line(self) -> int:
        return self.error.line

    def english(self) -> str:
        return f"{self.path}, line {self.line}: {self.error.english()}"


@dataclass
class Library:
    """Workflows by key, in the order the clerk chooses from, and the files that failed."""

    workflows: dict[str, Workflow] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    overridden: set[str] = field(default_factory=set)  # keys the store's own files replaced

    def ordered(self) -> list[Workflow]:
        return sorted(self.workflows.values(), key=lambda w: (w.order, w.key))

    def get(self, key: str) -> Workflow | None:
        return self.workflows.get(key)


def _read(path: Path) -> Workflow:
    try:
        if path.stat().st_size > 4 * MAX_FILE_CHARS:  # never read a huge file into memory
            raise WorkflowFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file is too large for a workflow (at most {limit} characters)."
                ),
                line=0,
                limit=MAX_FILE_CHARS,
            )
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise WorkflowFileError(QT_TRANSLATE_NOOP("Errors", "Save the file as UTF-8 text."), line=0) from None
    except OSError as err:
        raise WorkflowFileError(
            QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {reason}."),
            line=0,
            reason=err.strerror or "",
        ) from None
    return parse(text, str(path))


def _load_folder(folder: Path, problems: list[Problem]) -> dict[str, Workflow]:
    found: dict[str, Workflow] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            workflow = _read(path)
        except WorkflowFileError as err:
            problems.append(Problem(path, err))
            continue
        if workflow.key in found:
            problems.append(
                Problem(
                    path,
                    WorkflowFileError(
                        QT_TRANSLATE_NOOP("Errors", "Another file in this folder already has the key {key}."),
                        line=1,
                        key=workflow.key,
                    ),
                )
            )
            continue
        found[workflow.key] = workflow
    return found


def load(shipped: Path, store: Path | None = None) -> Library:
    """Every usable workflow of ``shipped``, replaced by those in ``store`` with the same key."""
    library = Library()
    library.workflows = _load_folder(shipped, library.problems)
    if store is not None:
        own = _load_folder(store, library.problems)
        library.overridden = set(own) & set(library.workflows)
        library.workflows.update(own)
    return library


def check_files(paths: Iterable[Path]) -> list[Problem]:
    """Problems of the given files (for ``memberdesk workflows check``)."""
    problems = []
    for path in paths:
        try:
            _read(path)
        except WorkflowFileError as err:
            problems.append(Problem(path, err))
    return problems
