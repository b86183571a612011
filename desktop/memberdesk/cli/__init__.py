"""Subcommands of ``memberdesk``: every module here with a ``register(subparsers)`` is one."""
