"""Member imports: which rows each import brought, so that an import is all or nothing.

An import writes its new members in small transactions, each hidden (status ``importing``)
until the whole file is written; only then does the import pass its commit point (state
``applying``) and show them, filling in members already on file from the rows kept here.
A failed, cancelled or killed import is undone from the same rows (``services/io``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.store.models.base import Base, UTCDateTime, utcnow


class MemberImport(Base):
    """One run of a member import: loading → applying → done, or rolled back."""

    __tablename__ = "member_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    file: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(12), default="loading")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The highest member id made visible (or filled in) so far: where an interrupted apply resumes.
    applied_to: Mapped[int] = mapped_column(Integer, default=0)


class MemberImportRow(Base):
    """A member an import added (``merge`` empty) or fills in (``merge``: the row's values)."""

    __tablename__ = "member_import_rows"
    __table_args__ = (
        Index("ix_member_import_rows_member", "member_id"),
        {"sqlite_with_rowid": False},
    )

    import_id: Mapped[int] = mapped_column(
        ForeignKey("member_imports.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    line: Mapped[int] = mapped_column(Integer)  # the row in the file, as the spreadsheet numbers it
    merge: Mapped[str] = mapped_column(Text, default="")
