"""Make ``proof_harness`` (the helpers the proof suites and ``bench/proof_*.py`` share) importable.

The suite runs with ``--import-mode=importlib``, which does not put test directories on
``sys.path``; the harness is a plain module, so add this directory explicitly.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
