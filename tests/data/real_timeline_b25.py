"""Blind batch 25 of the real-material timeline corpus (issue #15, round 25).

Being written on its own branch by a corpus helper who never reads the timeline code; empty on
main until it is merged, labelled, and scored once.
"""

from __future__ import annotations

TL_BLIND25: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = []
