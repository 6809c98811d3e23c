"""Blind batch 4 of the real-material timeline corpus (issue #15, round 4).

Being written; see ``real_timeline_b3.py`` for the conventions. Scored once, at the end of round 4.
"""

from __future__ import annotations

from typing import Any

TL_BLIND4: list[tuple[Any, ...]] = []
