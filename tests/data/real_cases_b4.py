"""Blind batch 4 of the real-material corpus (issue #15, round 4): calendar events only.

Being written; see ``real_cases_b3.py`` for the conventions. Scored once, at the end of round 4.
"""

from __future__ import annotations

from typing import Any

BLIND4: list[tuple[dict[str, Any], Any, str, str]] = []
