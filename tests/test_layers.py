"""The functional-core contract, checked: core modules import no I/O library and read no clock.

Walks the AST of every core module, so a violation fails here even if no test exercises the line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "interview_sync"
CORE = ["model", "errors", "detect", "timeline", "plan", "render", "notes", "replies"]
FORBIDDEN_IMPORTS = {
    "googleapiclient", "google", "google_auth_oauthlib", "google_auth_httplib2", "httplib2",
    "sqlite3", "click", "socket", "requests", "http", "urllib.request", "subprocess", "logging",
}
ADAPTERS = {"config", "config_spec", "google_client", "oauth_flow", "gcal", "gmail", "files",
            "state", "codec", "apply", "daemon", "wiring", "cli", "commands", "emulator", "demo",
            "demo_seed", "template_files", "sdnotify", "desktop", "doctor", "service_install"}
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time"),
               ("time", "monotonic"), ("time", "perf_counter")}


def _core_files() -> list[Path]:
    files = [PACKAGE / f"{name}.py" for name in CORE]
    # Siblings split out of a core module (detect_people.py, timeline_grammar.py, ...) are core.
    for name in ("detect", "timeline", "plan"):
        files += sorted(PACKAGE.glob(f"{name}_*.py"))
    files.append(PACKAGE / "businessdays.py")
    files += sorted((PACKAGE / "render").glob("*.py")) if (PACKAGE / "render").is_dir() else []
    return [f for f in files if f.exists()]


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.stem)
def test_core_module_imports_no_io_and_reads_no_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in FORBIDDEN_IMPORTS or name in FORBIDDEN_IMPORTS:
                bad.append(f"line {node.lineno}: imports {name}")
            parts = name.split(".")
            if parts[0] == "interview_sync" and len(parts) > 1 and parts[1] in ADAPTERS:
                bad.append(f"line {node.lineno}: imports adapter {name}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else (
                owner.attr if isinstance(owner, ast.Attribute) else "")
            if (owner_name, node.func.attr) in CLOCK_CALLS:
                bad.append(f"line {node.lineno}: reads the clock ({owner_name}.{node.func.attr})")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {
                "open", "print", "input"}:
            bad.append(f"line {node.lineno}: calls {node.func.id}()")
    assert not bad, f"{path.name} breaks the functional-core contract:\n" + "\n".join(bad)


def test_the_contract_test_itself_catches_a_violation(tmp_path: Path) -> None:
    """Guard against a walker that silently passes everything."""
    sample = "import sqlite3\nfrom datetime import datetime\nx = datetime.now()\n"
    tree = ast.parse(sample)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import)]
    assert imports[0].names[0].name in FORBIDDEN_IMPORTS
    func = calls[0].func
    assert isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
    assert (func.value.id, func.attr) in CLOCK_CALLS
