"""Command line: ``memberdesk`` opens the counter; subcommands work headless.

Each module in ``memberdesk.cli`` adds its own subcommands through ``register``; this file
only gathers them, so a new command never edits a shared list. A command imports only the
module that registers it (found by its ``sub.add_parser("NAME"`` line, without importing the
others), so ``memberdesk find`` never loads the PDF, chart or window code; ``memberdesk
--help`` and a name no module registers load them all.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from memberdesk import __version__, cli


def _window_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of the window itself (no subcommand)."""
    parser.add_argument("--version", action="version", version=f"MemberDesk {__version__}")
    parser.add_argument("--db", help="database URL or SQLite file (default: the one in settings)")
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], help="language of the window (default: the system's)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the main window, and exit 0 (for CI and packaging)",
    )
    return parser


def _bare_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memberdesk", description="MemberDesk, the member console of the counter.", add_help=add_help
    )
    return _window_options(parser)


_REGISTERS = re.compile(r"""\bsub\.add_parser\(\s*["']([\w-]+)["']""")


def command_modules(command: str | None = None) -> list[str]:
    """The ``memberdesk.cli`` modules to import: the one whose ``register`` adds ``command``
    (read from its source, so the others are not imported), else all of them."""
    names = sorted(info.name for info in pkgutil.iter_modules(cli.__path__))
    if command is None:
        return names
    folder = Path(next(iter(cli.__path__)))
    for name in names:
        try:
            source = (folder / f"{name}.py").read_text(encoding="utf-8")
        except OSError:  # no sources beside the modules (a frozen build): import them all
            return names
        if command in _REGISTERS.findall(source):
            return [name]
    return names


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The subcommands too: each ``memberdesk.cli`` module registers its own; with
    ``command``, only the module that registers it is imported."""
    parser = _bare_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules(command):
        module = importlib.import_module(f"memberdesk.cli.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asks_help = "-h" in argv or "--help" in argv
    window_args, rest = _bare_parser(add_help=not asks_help).parse_known_args(argv)
    if not rest and not asks_help:
        # Opening the counter: the subcommands (and everything they import) are not needed.
        return open_counter(window_args)
    command = next((word for word in rest if not word.startswith("-")), None)
    parser = build_parser(command)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        return open_counter(args)
    return int(func(args) or 0)


def open_counter(args: argparse.Namespace) -> int:
    """The window; on X11 first a check that the system libraries Qt needs are installed
    (without them Qt aborts naming one library, often not the missing one)."""
    from memberdesk.ui.app.system_libraries import check_before_qt

    problem = check_before_qt()
    if problem:
        return problem
    from memberdesk.ui.app.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
