"""Who is acting: passed to every service so permissions are checked where data changes."""

from __future__ import annotations

from dataclasses import dataclass

from memberdesk.domain.vocab import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member (a plain value: safe to hand between threads)."""

    staff_id: int
    store_id: int
    name: str
    role: Role
    code: str = ""
