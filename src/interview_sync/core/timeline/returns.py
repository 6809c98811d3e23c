"""A staff member's return as the day an answer counts from (round 13).

Owns ``away_until_only``: whether words that point back at a return ("when I return", "à mon
retour", "a mi regreso", "nach meiner Rückkehr") follow only the last day someone is away
*until*, with no length after them. Such a text ("I'm on vacation until the 14th and will
respond when I return") promises no day: the day is a lower bound. The day of the return
itself ("back on Monday 8 March"), a reopening, or a week of the return ("dans la semaine de mon
retour") is a day the words count from (``context``).
"""

from __future__ import annotations

import re

__all__ = ["away_until_only"]

# round 13: someone away *until* a day (the last day away), then "when I return" / "à mon retour"
# / "a mi regreso" / "nach meiner Rückkehr" with no duration: a lower bound, no day promised
# ("I'm on vacation until the 14th and will respond when I return"); not when the text names the
# day of the return itself ("back on Monday 8 March", "wraca w poniedziałek", "reopens on 4
# January") or the closure ends "until after" a holiday
_UNTIL_RE = re.compile(
    r"\b(?:until|till|til|bis\s+(?:zum|zur|einschlie(?:ß|ss)lich)|jusqu'(?:au|à|a)"
    r"|hasta\s+(?:el\s+)?\d|at(?:é|e)\s+(?:o\s+)?(?:dia\s+)?\d|do\s+\d)(?!\s+after\b)")
_RETURN_DAY_RE = re.compile(
    r"\b(?:back|returns?|returning|reopens?|reopening|wieder|zur(?:ü|u)ck|retour|rentre|reprend"
    r"|vuelve|regresa|volta|retorna|wraca)\b")
_RETURN_WORDS = ("return", "back", "retour", "vuelta", "regreso", "ckkehr", "zurück", "zuruck",
                 "vuelva", "regrese", "volvamos", "regresemos")


def away_until_only(lower: str, at: int, words: str) -> bool:
    """Whether ``words`` ("when I return") only point back at the last day someone is away
    until, with nothing promised after it (round 13)."""
    if ("reopen" in words or "week" in words or "semaine" in words or "woche" in words
            or not any(word in words for word in _RETURN_WORDS)):
        return False
    window = lower[max(0, at - 120):at]
    return _UNTIL_RE.search(window) is not None and _RETURN_DAY_RE.search(window) is None
