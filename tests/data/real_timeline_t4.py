"""Timeline tuning texts added in round 4 (issue #15).

Paraphrased from public pages (each case cites its source), labelled before the reader ran on it,
with the conventions of ``real_timeline_b3.py``; tuning data from the start (never blind).
"""

from __future__ import annotations

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE4: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = []
