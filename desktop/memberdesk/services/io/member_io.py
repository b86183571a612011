"""The member import and export, as the Members page and the commands call them.

The work is in ``member_import`` (the dry run and the real run), ``import_rows`` (reading and
validating a file), ``import_plan`` (what a row does to the store), ``import_writer`` (the
batched, all-or-nothing write), ``import_fill`` (filling in members on file), ``member_export``
(the file the import reads back) and ``export_rule`` (who may take which file out of the app,
and when a manager's PIN approves).
"""

from __future__ import annotations

from memberdesk.services.io.export_rule import ExportApproval, ExportFile, member_file, rule_for
from memberdesk.services.io.import_columns import FIELDS, HEADER_WORDS, guess_mapping, row_form
from memberdesk.services.io.import_plan import MergeOptions, OnDuplicate
from memberdesk.services.io.import_rows import Prepared, RejectedRow, SkippedRow, read_table
from memberdesk.services.io.import_writer import OPENING_REASON
from memberdesk.services.io.member_export import export_headers, export_members, xlsx_row
from memberdesk.services.io.member_import import ImportReport, import_members, recover_imports, sheet_names
from memberdesk.services.io.spreadsheet_file import Table

__all__ = [
    "FIELDS", "HEADER_WORDS", "OPENING_REASON", "ExportApproval", "ExportFile", "ImportReport",
    "MergeOptions", "OnDuplicate", "Prepared", "RejectedRow", "SkippedRow", "Table", "export_headers",
    "export_members", "guess_mapping", "import_members", "member_file", "read_table", "recover_imports",
    "row_form", "rule_for", "sheet_names", "xlsx_row",
]  # fmt: skip
