"""Command line: ``memberdesk`` opens the counter; subcommands work headless.

Each module in ``memberdesk.cli`` adds its own subcommands through ``register``; this file
only gathers them, so a new command never edits a shared list.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

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


def _bare_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memberdesk", description="MemberDesk, the member console of the counter."
    )
    return _window_options(parser)


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand too: each ``memberdesk.cli`` module registers its own."""
    parser = _bare_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"memberdesk.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asks_help = "-h" in argv or "--help" in argv
    window_args, rest = (None, argv) if asks_help else _bare_parser().parse_known_args(argv)
    if window_args is not None and not rest:
        # Opening the counter: the subcommands (and everything they import) are not needed.
        return open_counter(window_args)
    parser = build_parser()
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
