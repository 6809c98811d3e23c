"""Where a hiring step is held, told apart from who holds it.

Owns ``is_street_address`` and ``is_venue``: a name read where an employer's name goes (a title's
"@ ..." or "at ...", a location, a text) that is a street address ("4410 Elm Ave Suite 200",
"WeWork 125 West 25th St", "Building 4, Room 2.14") or a venue that lends its rooms (a hotel, its
lobby, a café, a conference or convention centre, a hired or serviced meeting room, a
coworking space, a tower or office building, a business or science park, in the scripts of the
corpus). Round 23's blind batch named such places as the employer. An address is never an
employer's name; a venue is one only when nothing else on the invite names an organisation (the
candidate of a café may be applying to the café), so ``company`` demotes it rather than drops it.
Both patterns are compiled on first use: a process that never reads a company pays nothing.
Pure; no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_street_address", "is_venue"]

_STREET_WORD = (r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place"
                r"|Ct|Court|Sq|Square|Pkwy|Parkway|Hwy|Highway|Terrace|Crescent")


@lru_cache(maxsize=1)
def _street() -> re.Pattern[str]:
    # a house number and up to four words before a street's word, or a suite, floor, unit or
    # room's number ("Suite 200", "6th floor", "Room 2.14", "Workshop 3" is no address)
    return re.compile(
        r"(?<![\w.])\d{1,5}[A-Za-z]?(?:\s+[A-Z0-9][\w.'’-]*){0,4}\s+(?:" + _STREET_WORD + r")\b"
        r"|\b(?:Suite|Ste\.?|Unit|Room|Rm\.?|Floor|Fl\.?)\s*#?\s*\d"
        r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?i:floor)\b")


@lru_cache(maxsize=1)
def _venue() -> re.Pattern[str]:
    # the words of a place that lends its rooms, in the corpus's scripts: a hotel, a lobby, a café
    # (not "Coffee": "Barista at Copperleaf Coffee" names a roaster that hires, round 17's test),
    # a conference or convention centre, a meeting room, a coworking brand, a tower or office
    # building, a business, tech or science park
    return re.compile(
        r"(?i:\b(?:h[oô]tel{1,2}|inn|lobby|caf[eé]|conference|convention|meeting\s+rooms?"
        r"|boardroom|workshop\s+\d+|wework|regus|coworking|co-working|tower|business\s+park"
        r"|tech\s+park|science\s+park|innovation\s+hub)\b)"
        r"|टेक पार्क|बिज़नेस पार्क|टावर|อาคาร|ทาวเวอร์"
        r"|大厦|大廈|会议室|會議室|写字楼|ビル\b|タワー|会議室|カンファレンス"
        r"|타워|빌딩|컨퍼런스|사이언스파크|برج|فندق|קומה|מגדל")


def is_street_address(name: str) -> bool:
    """Whether ``name`` is or holds a street address, a suite, a floor or a room's number."""
    return any(ch.isdigit() for ch in name) and _street().search(name) is not None


def is_venue(name: str) -> bool:
    """Whether ``name`` names a place that lends its rooms (a hotel, a café, a meeting room, a
    tower, a business park)."""
    return _venue().search(name) is not None
