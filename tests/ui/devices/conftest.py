"""The counter's devices in the real main window on the demo store."""

from __future__ import annotations

from tests.ui.sales.conftest import demo_window

__all__ = ["demo_window"]
