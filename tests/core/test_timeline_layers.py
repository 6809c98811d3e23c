"""The timeline folder is stricter than the rest of the core (tests/test_layers.py): it imports
only the standard library's date and text modules, ``holidays``, ``ahocorasick_rs`` (a literal
search) and its own siblings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "interview_sync"
SIBLINGS = sorted((PACKAGE / "core" / "timeline").glob("*.py"))
ALLOWED = {"__future__", "bisect", "calendar", "collections.abc", "dataclasses", "datetime", "functools", "holidays",
           "itertools", "ahocorasick_rs", "operator", "typing",
           # needs_derive reads a pattern's parse tree (pure; run only by bench/gen_needs.py and
           # the tests, never on the service's path)
           "re._constants", "re._parser",
           "html", "math", "re", "dateutil.easter", "interview_sync.core.model",
           "interview_sync.core.bounds",  # the work caps (pure; standard library only)
           "interview_sync.core.regex_source",  # reading a pattern's branches (pure)
           "interview_sync.core.literals",  # the one-pass literal finder (pure)
           "interview_sync.core.timeline",
           *(f"interview_sync.core.timeline.{sibling.stem}" for sibling in SIBLINGS)}
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
