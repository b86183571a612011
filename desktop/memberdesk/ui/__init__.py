"""The PySide6 GUI: windows, pages, dialogs, item models. No SQL and no business rules here."""

from __future__ import annotations

import sys


def _keep_singletons_alive() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11 dropping references to singletons: one to
    None on every call of a Qt method that returns nothing (setText, beginResetModel, ...),
    and one to True on every ``emit()`` of a signal from Python.

    After a few thousand such calls the interpreter aborts ("deallocating None", "bool_dealloc:
    deallocating True"), which a counter running all day would reach within minutes. Python
    3.12 made these objects immortal (PEP 683), so only 3.11 needs this: None, True and False
    are given a reference count that no session can use up (2**48 calls). PySide6-Pdf exists
    only as 6.12, so a downgrade is no way out.
    """
    if (
        sys.version_info >= (3, 12)
        or sys.implementation.name != "cpython"
        or hasattr(sys, "gettotalrefcount")
    ):
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, PyObject's first field
        if refcount.value < 1 << 40:
            refcount.value += 1 << 48


_keep_singletons_alive()
