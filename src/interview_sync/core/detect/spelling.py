"""How a company's stated name and its domain spell each other.

Owns the small spelling rules ``company`` uses to agree a name with a domain: splitting a
run-together domain at an unambiguous business word ("marlowdigital" → "Marlow Digital"), a
public body's domain that shortens its name ("rivertonwa.gov" for "City of Riverton"), and a
domain that cuts a word of the name short ("northgate-exec.com" for "Northgate Executive
Search"), and a name cut short at a word that is a stop word elsewhere ("Tropa Tech" at
tropatech.com.br). Pure data and small functions.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

__all__ = ["abbreviates", "complete_name", "spells_stem", "split_run_together", "squash",
           "stem_core"]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Lower-case letters and digits only: "St. Luke's" → "stlukes"."""
    return _NON_ALNUM.sub("", text.lower())


# Words a run-together domain is made of ("marlowdigital", "bancoribera", "quillmetrics"): split
# at one of them so the name reads as the company writes it.
_LEAD_WORDS = ("banco", "grupo", "groupe", "gruppe", "maison", "city", "county", "clinica",
               "hotel", "transports", "studio", "casa")
# Only long, unambiguous words: "relecloud" or "sakuratech" may well be one word.
_TAIL_WORDS = ("digital", "healthcare", "health", "energy", "energia", "systems", "partners",
               "metrics", "logistics", "analytics", "software", "consulting", "capital",
               "solutions", "ventures", "security", "insurance", "finance", "robotics",
               "mobility", "networks", "technologies", "technology", "interactive", "marketing",
               "payments", "markets", "holdings", "industries", "airlines")


def split_run_together(word: str) -> list[str]:
    """ "marlowdigital" → ["marlow", "digital"]; unchanged when no known word leaves ≥ 3 letters."""
    for lead in _LEAD_WORDS:
        if word.startswith(lead) and len(word) - len(lead) >= 3:
            return [lead, word[len(lead):]]
    for tail in _TAIL_WORDS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return [word[: -len(tail)], tail]
    return [word]


_GENERIC_LEAD = re.compile(r"^(?:the\s+)?(?:city|county|town|village|state|district|borough"
                           r"|port)\s+of\s+", re.IGNORECASE)


def stem_core(stem: str) -> str:
    """The distinctive part of a domain stem that a stated name may spell: "rivertonwa" is
    "riverton" plus a state code, "northgateexec" is "northgate" plus an abbreviation."""
    return stem[:-2] if len(stem) >= 8 and stem[-2:] in _US_STATES else ""


def spells_stem(name: str, stems: list[str]) -> bool:
    """Whether a stated name is the domain's: exactly ("Grupo Altamar"), with a public body's
    "City of" ("City of Riverton" at rivertonwa.gov), or in full where the domain shortens it
    ("Northgate Executive Search" at northgate-exec.com)."""
    squashed = squash(name)
    if squashed in stems:
        return True
    core = squash(_GENERIC_LEAD.sub("", name))
    return len(core) >= 5 and any(
        abbreviates(name, stem) or (stem.startswith(core) and stem_core(stem) == core)
        for stem in stems)


def abbreviates(name: str, stem: str) -> bool:
    """The domain cuts a word of the name short: "northgate-exec" for "Northgate Executive
    Search" (not "tidewater" for "Tidewater Coordinator", which ends at a word)."""
    if len(stem) < 8 or not squash(name).startswith(stem):
        return False
    consumed = 0
    for word in name.split():
        letters = squash(word)
        if consumed + len(letters) > len(stem):
            return consumed < len(stem)  # the stem ends inside this word
        consumed += len(letters)
        if consumed == len(stem):
            return False
    return False


_US_STATES = frozenset(re.findall(r"[a-z]{2}", (
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj"
    " nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc")))


# A hiring team's words: "Hartwell Recruitment" names the agency, whose domain is no reason to
# prefer the longer spelling.
_TEAM_WORDS = frozenset({"recruitment", "recruiting", "recruiter", "recruiters", "talent", "hr",
                         "ta", "people", "hiring", "team", "acquisition", "recrutement",
                         "reclutamiento", "reclutamento", "recrutamento", "werving", "karriere",
                         "rrhh", "rh", "drh"})


def complete_name(segment: str, name: str, stems: list[str], stop_words: Collection[str]) -> str:
    """"Tropa Tech" at tropatech.com.br: the words after a trimmed ``name`` in ``segment`` that
    complete a domain's name exactly are part of it, even a word ("Tech") that ``stop_words``
    cut off as the edge of a name elsewhere."""
    at = segment.find(name) if name else -1
    if at < 0:
        return name
    grown = name
    for token in segment[at + len(name):].split()[:3]:
        word = token.strip(" .,:;()")
        if word.lower() not in stop_words or word.lower() in _TEAM_WORDS:
            break
        grown = f"{grown} {word}"
        squashed = squash(grown)
        if squashed in stems:
            return grown
        if not any(stem.startswith(squashed) for stem in stems):
            break
    return name
