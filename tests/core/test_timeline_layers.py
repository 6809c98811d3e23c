"""The timeline's sibling modules keep the functional-core contract too (test_layers lists only
``timeline`` itself): no I/O libraries, no clock, no adapters."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "interview_sync"
SIBLINGS = [*sorted(PACKAGE.glob("timeline*.py")), PACKAGE / "businessdays.py"]
ALLOWED = {"__future__", "bisect", "calendar", "dataclasses", "datetime", "functools", "holidays",
           "html", "math", "re", "dateutil.easter", "interview_sync.businessdays", "interview_sync.model",
           "interview_sync.timeline_grammar", "interview_sync.timeline_dates",
           "interview_sync.timeline_cues"}
CLOCK = {"now", "utcnow", "today", "time", "monotonic", "perf_counter"}


@pytest.mark.parametrize("path", SIBLINGS, ids=lambda p: p.stem)
def test_imports_only_pure_modules_and_reads_no_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= ALLOWED, imported - ALLOWED
    calls = {node.func.attr for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
    assert not calls & CLOCK, calls & CLOCK
