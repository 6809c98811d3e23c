"""Make this directory's helper modules (``fit_once``, ``extraction_check``, ...) importable.

The suite runs with ``--import-mode=importlib``, which does not put test directories on
``sys.path``; the helpers are plain modules, so add this directory explicitly.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
