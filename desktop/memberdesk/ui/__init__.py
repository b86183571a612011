"""The PySide6 GUI: windows, pages, dialogs, item models. No SQL and no business rules here."""
