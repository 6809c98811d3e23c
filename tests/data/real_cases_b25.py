"""Blind batch 25 of the real-material corpus (issue #15, round 25): calendar events only.

Being written on its own branch by a corpus helper who never reads the detection code; empty on
main until it is merged, labelled, and scored once.
"""

from __future__ import annotations

from typing import Any

BLIND25: list[tuple[dict[str, Any], Any, str, str]] = []
