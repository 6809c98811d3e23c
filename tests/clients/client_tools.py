"""Helpers shared by the real-client tests (a module, not conftest: conftest names collide)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def venv_tool(name: str) -> Path:
    """A console script installed beside this Python (the `test` extra), or skip."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return path
