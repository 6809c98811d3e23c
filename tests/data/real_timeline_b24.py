"""Blind batch 24 of the real-material timeline corpus (issue #15, round 24).

Being written on its own branch by a corpus helper who never reads the timeline code; empty on
main until it is merged, labelled, and scored once.
"""

from __future__ import annotations

TL_BLIND24: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = []
