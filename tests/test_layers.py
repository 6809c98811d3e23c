"""The functional-core contract, checked: core modules import no I/O library and read no clock.

Walks the AST of every core module, so a violation fails here even if no test exercises the line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "interview_sync"
# The pure folders, and the one pure module outside them (the error hierarchy everyone shares).
PURE_FOLDERS = ["core", "render"]
PURE_MODULES = ["errors.py"]
FORBIDDEN_IMPORTS = {
    "googleapiclient", "google", "google_auth_oauthlib", "google_auth_httplib2", "httplib2",
    "sqlite3", "click", "socket", "requests", "http", "urllib.request", "subprocess", "logging",
}
# Folders of the package that the core may not import: data flows core -> engine, never back.
IMPURE = {"google", "local", "engine", "ops", "config", "commands", "emulator", "cli"}
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time"),
               ("time", "monotonic"), ("time", "perf_counter")}


def _core_files() -> list[Path]:
    files = [PACKAGE / name for name in PURE_MODULES]
    for folder in PURE_FOLDERS:
        files += sorted((PACKAGE / folder).rglob("*.py"))
    return files


def test_every_pure_folder_is_walked() -> None:
    """A rename that empties the list would make every check below pass vacuously."""
    walked = {p.relative_to(PACKAGE).parts[0] for p in _core_files()}
    assert walked >= {*PURE_FOLDERS, *PURE_MODULES}
    assert len(_core_files()) > 20


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
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
            if parts[0] == "interview_sync" and len(parts) > 1 and parts[1] in IMPURE:
                bad.append(f"line {node.lineno}: imports {name}, outside the core")
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


ADAPTER_FOLDERS = ["google", "local", "config"]


def _adapter_files() -> list[tuple[str, Path]]:
    return [(folder, path) for folder in ADAPTER_FOLDERS
            for path in sorted((PACKAGE / folder).rglob("*.py"))]


@pytest.mark.parametrize(("folder", "path"), _adapter_files(),
                         ids=lambda v: v if isinstance(v, str) else v.stem)
def test_adapters_import_only_the_pure_layers_and_their_own_folder(folder: str, path: Path) -> None:
    """One outside system per adapter folder: they translate, so they need only the model, the
    pure renderers and the error hierarchy; orchestration and the other adapters are off limits."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = {folder, "core", "render", "errors"}
    bad = []
    for node in ast.walk(tree):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        for name in names:
            parts = name.split(".")
            if parts[0] == "interview_sync" and len(parts) > 1 and parts[1] not in allowed:
                bad.append(f"line {node.lineno}: imports {name}")
    assert not bad, f"{folder}/{path.name} reaches outside its layer:\n" + "\n".join(bad)
