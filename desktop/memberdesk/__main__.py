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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memberdesk", description="MemberDesk, the member console of the counter."
    )
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"memberdesk.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from memberdesk.ui.app import run_gui

        return run_gui(args)
    return int(func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
