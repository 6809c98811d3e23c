"""Tuning cases added in round 4 for company and people extraction (issue #15).

Built from public material (each case cites its page), labelled before the code ran on it, like
``real_cases_b3.py``; tuning data from the start (never blind). Conventions as in
``real_cases.py`` and ``real_cases_b3.py``.
"""

from __future__ import annotations

from typing import Any

Case = tuple[dict[str, Any], dict[str, Any] | None, str, str]  # event, label, lang, source

TUNE4_EXTRACT: list[Case] = []
