"""Guided service workflows: loading the store's scripts and filling in what is known.

No Qt and no database here: ``definition`` parses and checks a file, ``library`` gathers the
shipped and the store's own files, ``facts`` fills a member's facts into a step. Recording a
run is a use case in ``memberdesk.services.service.workflow_runs``.
"""

from __future__ import annotations

from pathlib import Path

from memberdesk import paths
from memberdesk.workflows.library import Library, load


def shipped_folder() -> Path:
    return paths.resource("workflows")


def store_folder() -> Path:
    """Where a store keeps its own edited copies."""
    return paths.data_dir() / "workflows"


def default_library() -> Library:
    return load(shipped_folder(), store_folder())
