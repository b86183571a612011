"""The screen gallery (tools/screens.py) loaded as a module, for tests that use its detector."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "tools" / "screens.py"
_spec = importlib.util.spec_from_file_location("memberdesk_screens", _PATH)
assert _spec is not None and _spec.loader is not None
screens = importlib.util.module_from_spec(_spec)
sys.modules["memberdesk_screens"] = screens  # dataclasses look their module up by name
_spec.loader.exec_module(screens)
