"""Blind batch 24 of the real-material corpus (issue #15, round 24): calendar events only.

Being written on its own branch by a corpus helper who never reads the detection code; empty on
main until it is merged, labelled, and scored once.
"""

from __future__ import annotations

from typing import Any

BLIND24: list[tuple[dict[str, Any], Any, str, str]] = []
