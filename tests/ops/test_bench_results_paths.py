"""bench/RESULTS.md gives commands and output relative to the repository: no machine's paths.

``bench/run_all`` writes each script's raw output into it, and a library's warning names its
own file by absolute path (round 20: the ``holidays`` package's, under this machine's
``.venv``); ``run_all``'s ``relative`` makes such paths relative before they are written.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _run_all() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("run_all_script", str(ROOT / "bench" / "run_all"))
    spec = importlib.util.spec_from_loader("run_all_script", loader)
    assert spec
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_captured_output_names_paths_relative_to_the_repository_and_home() -> None:
    run_all = _run_all()
    warning = f"{ROOT}/.venv/lib/python3.11/site-packages/holidays/utils.py:127: UserWarning"
    assert run_all.relative(warning) == ".venv/lib/python3.11/site-packages/holidays/utils.py:127: UserWarning"
    assert run_all.relative(f"{Path.home()}/.pyenv/x.py") == "~/.pyenv/x.py"
    assert run_all.relative("python bench/proof_load.py") == "python bench/proof_load.py"


def test_the_committed_results_name_no_absolute_library_path() -> None:
    text = (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<![\w.~])/\S*/(?:\.venv|site-packages)/", text)
