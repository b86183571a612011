"""A command imports only what it runs: ``memberdesk find`` loads neither the PDF renderer, the
charts, Qt nor the window, nor any other command's module."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from memberdesk.__main__ import build_parser, command_modules, main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pyqtgraph", "PySide6", "openpyxl", "memberdesk.ui", "memberdesk.reports")

PROBE = """
import json, sys
from memberdesk.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.__stderr__)
"""


def _modules_loaded(argv: list[str], home: Path) -> list[str]:
    env = {**os.environ, "MEMBERDESK_HOME": str(home), "PYTHONPATH": str(ROOT / "desktop")}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, check=True
    )
    loaded: list[str] = json.loads(run.stderr.strip().splitlines()[-1])
    return loaded


def _cli_modules(loaded: list[str]) -> set[str]:
    return {m.rsplit(".", 1)[-1] for m in loaded if m.startswith("memberdesk.cli.")}


def test_find_help_loads_only_its_own_module_and_no_database_code(tmp_path: Path) -> None:
    loaded = _modules_loaded(["find", "--help"], tmp_path)
    assert not [m for m in loaded if m.startswith(HEAVY)]
    assert _cli_modules(loaded) <= {"find", "common", "exits"}
    assert "sqlalchemy" not in loaded  # --help opens no database


def test_find_loads_neither_pdfs_charts_qt_nor_other_commands(sqlite_template: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, shop)
    loaded = _modules_loaded(["find", "0007", "--db", str(shop)], tmp_path / "home")
    assert "memberdesk.services.members.search" in loaded  # it did search
    assert not [m for m in loaded if m.startswith(HEAVY)]
    assert _cli_modules(loaded) <= {"find", "common", "exits"}


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found |= set(action.choices)
    return found


def test_each_command_is_found_in_the_one_module_that_registers_it() -> None:
    every = _commands(build_parser())
    assert {"find", "db", "backup", "restore", "report", "wallet", "export", "complaints"} <= every
    for command in sorted(every):
        (module,) = command_modules(command)
        assert command in _commands(build_parser(command)), (command, module)


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("find", "db", "backup", "restore", "report", "wallet", "giftcard", "shift"):
        assert command in out


def test_an_unknown_command_is_refused_with_the_commands_there_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["fnid", "x"])
    assert refused.value.code == 2 and "find" in capsys.readouterr().err
