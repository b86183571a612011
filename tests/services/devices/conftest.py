"""The devices' tests: Chinese catalogues as the app installs them."""

from __future__ import annotations

from tests.reports.conftest import chinese

__all__ = ["chinese"]
