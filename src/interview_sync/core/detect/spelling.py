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
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache

__all__ = [
    "US_STATES",
    "abbreviates",
    "complete_name",
    "initialled_phrases",
    "initials_spell",
    "spelled_phrases",
    "spells_by_words",
    "spells_parts",
    "spells_stem",
    "split_run_together",
    "squash",
    "stem_core",
]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_AND = re.compile(r"[ \t]*&[ \t]*")


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Lower-case letters and digits only, accents folded as domains spell them: "St. Luke's"
    → "stlukes", "Ferretería Olmedo" → "ferreteriaolmedo" (not "ferreteraolmedo")."""
    low = text.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low)
                      if not unicodedata.combining(c)).replace("ß", "ss").replace("ø", "o") \
            .replace("æ", "ae").replace("œ", "oe").replace("ł", "l").replace("đ", "d") \
            .replace("ı", "i")
    return _NON_ALNUM.sub("", low)


# Words a run-together domain is made of ("marlowdigital", "bancoribera", "quillmetrics"): split
# at one of them so the name reads as the company writes it.
_LEAD_WORDS = ("banco", "grupo", "groupe", "gruppe", "maison", "city", "county", "clinica",
               "hotel", "transports", "studio", "casa")
# Only long, unambiguous words: "relecloud" or "sakuratech" may well be one word.
_TAIL_WORDS = ("digital", "healthcare", "health", "energy", "energia", "systems", "partners",
               "metrics", "logistics", "analytics", "software", "consulting", "capital",
               "solutions", "ventures", "security", "insurance", "finance", "robotics",
               "mobility", "networks", "technologies", "technology", "interactive", "marketing",
               "payments", "markets", "holdings", "industries", "airlines",
               # a public body or an institution glued to its place: "glenavoncouncil.gov.uk"
               "council", "college", "university", "hospital")


def split_run_together(word: str) -> list[str]:
    """ "marlowdigital" → ["marlow", "digital"]; unchanged when no known word leaves ≥ 3 letters."""
    for lead in _LEAD_WORDS:
        if word.startswith(lead) and len(word) - len(lead) >= 3:
            return [lead, word[len(lead):]]
    for tail in _TAIL_WORDS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            head = word[: -len(tail)]
            # "harbourcitycouncil", "granitepeakhealth": a head this long most likely glues two
            # words itself, and "Harbourcity Council" is spelled neither as the domain nor as
            # the body writes it; the domain's own spelling is the honest guess (round 12).
            return [word] if len(head) >= _LONG_HEAD else [head, tail]
    return [word]


_LONG_HEAD = 10  # letters: "northwind", "tallgrass", "greenmile" are single words


# A public body's kind before its name, in the languages the corpus has: "City of Riverton",
# "Stadt Seeberg", "Gemeente Lindenburg", "Ayuntamiento de Villanueva", "Comune di Prato".
_GENERIC_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:city|county|town|village|state|district|borough|port)\s+of\s+"
    r"|(?:stadt|gemeinde|markt|landkreis|kreis|gemeente|provincie|waterschap)\s+"
    r"|(?:ville|commune|comune|citt[àa]|ayuntamiento|municipio|munic[íi]pio|prefeitura"
    r"|c[âa]mara\s+municipal)\s+(?:de\s+|di\s+|d'|del\s+|da\s+|do\s+))", re.IGNORECASE)


def stem_core(stem: str) -> str:
    """The distinctive part of a domain stem that a stated name may spell: "rivertonwa" is
    "riverton" plus a state code, "northgateexec" is "northgate" plus an abbreviation."""
    return stem[:-2] if len(stem) >= 8 and stem[-2:] in US_STATES else ""


# Words a domain leaves out of a name it abbreviates ("aytovillanueva" for "Ayuntamiento de
# Villanueva"): connectors, never spelled.
_CONNECTORS = frozenset({"de", "del", "der", "des", "di", "da", "do", "du", "la", "le", "of",
                         "the", "and", "und", "et", "y", "e", "van", "von", "&"})


# A public body's qualifier a domain may leave out inside the name it spells: "Glenavon District
# Council" at glenavoncouncil.gov.uk, "Westford Borough Council" at westfordcouncil.gov.uk.
_QUALIFIERS = frozenset({"district", "borough", "county", "city", "metropolitan", "regional",
                         "town", "municipal",
                         # round 12: a US school district's ("Clearwater Area School District" at
                         # clearwatersd.org, "Unified", "Independent", "Consolidated")
                         "area", "unified", "independent", "consolidated", "central", "joint"})


# The kind of body a domain may leave out after the name it spells.
_LEFT_OUT = frozenset({"council", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "sas", "srl",
                       "spa", "bv", "nv", "ab", "as", "oy", "co", "corp", "corporation",
                       "company", "group", "limited", "search"})


def spells_by_words(words: list[str], stem: str) -> bool:
    """Whether a domain stem spells the leading words of a name, each in full or shortened to
    letters it starts with ("lk" for "Landkreis", "bc" for "Borough Council", "cu" for "Credit
    Union"), connectors left out, with one word of four letters or more in full: "lkwendelstein"
    for "Landkreis Wendelstein", "kestrelbc" for "Kestrel Borough Council", "swhshire" for "Swan
    Heath Shire Council" (the words after the spelled ones, "Council", may stay unspelled)."""
    parts = [squash(w) for w in words]
    parts = [p for p in parts if p]
    if len(parts) < 2 or len(parts) > 8 or not stem:
        return False
    return _spells(tuple(parts), stem, 0, 0, False)


@lru_cache(maxsize=4096)
def _spells(parts: tuple[str, ...], stem: str, i: int, at: int, full: bool) -> bool:
    if at == len(stem):
        # Every letter is spelled: the name may end in the kind of body the domain leaves out
        # ("Council", "GmbH"), never in other words ("... Council Recruitment").
        return full and all(p in _LEFT_OUT for p in parts[i:])
    if i == len(parts):
        return False
    word = parts[i]
    if (word in _CONNECTORS or (word in _QUALIFIERS and 0 < i < len(parts) - 1)) \
            and _spells(parts, stem, i + 1, at, full):
        return True
    if stem.startswith(word, at) and _spells(parts, stem, i + 1, at + len(word),
                                             full or len(word) >= 4):
        return True
    if stem[at] != word[0]:
        return False
    # Shortened: the word's first letter and then some of its letters in order ("lk", "ayto").
    end = at + 1
    for letter in word[1:]:
        if _spells(parts, stem, i + 1, end, full):
            return True
        if end < len(stem) and stem[end] == letter:
            end += 1
    return end < len(stem) + 1 and _spells(parts, stem, i + 1, end, full)


# A run of capitalised words, with the connectors names keep inside ("City of", "Grupo de") and
# a public body's lower-case noun after them ("Fjällby kommun"); not inside an address or link.
# The capital comes first and the look-behind after it ("not after a word character, @, ., /
# or -", checked one character further back): the same matches, but ``re`` can then skip to
# the next capital instead of trying the look-behind at every position (~40% of the search).
_CAPITAL_TAIL = r"[^\W_]*(?:['’&.-][^\W_]+)*"
_CAPITAL = r"[A-ZÀ-ÖØ-Þ]" + _CAPITAL_TAIL
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<![\w@./-].)" + _CAPITAL_TAIL
    + r"(?:[ \t]+(?:(?:of|de|del|di|da|do|du|van|von|und|and|y|e|&|ya|la|cha|za)[ \t]+)?"
    + _CAPITAL
    + r"){0,5}(?:[ \t]+(?:kommun|kommune|gemeente|kaupunki))?(?![\w@]|\.\w)")


_SPELLING_LIMIT = 5_000  # characters read for a spelling: the employer's name comes early


def spelled_phrases(text: str, stems: Iterable[str]) -> list[str]:
    """Phrases of ``text`` (two words or more, the first capitalised) that spell a domain's
    stem: "Grupo Ortiz Valverde" for grupoortizvalverde.es, "Coastal Credit Union" for
    coastalcu.org; a phrase inside an address or a link is the domain itself, not a spelling."""
    usable = [s for s in stems if len(s) >= 5]
    if not usable or not text:
        return []
    text = text[:_SPELLING_LIMIT]
    folded = squash(text)
    usable = [s for s in usable if s[:3] in folded or s[-4:] in folded]
    if not usable:
        return []
    firsts = {s[0] for s in usable}
    found: list[str] = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            if not words[start][:1].isupper() or squash(words[start][:1]) not in firsts:
                continue
            for end in range(start + 2, len(words) + 1):  # the shortest phrase that spells
                window = words[start:end]
                if squash(window[-1]) in _CONNECTORS or not squash(window[-1]):
                    continue  # "McKinley &" is no name; "McKinley & Partners" may be
                joined = " ".join(window)
                if any(squash(joined) == s or spells_by_words(window, s)
                       or ("&" in joined and squash(_AND.sub(" and ", joined)) == s)
                       for s in usable):
                    # ... with the kind of body the domain left out: "Swan Heath Shire
                    # Council" at swhshire.vic.gov.au, "Northgate Executive Search".
                    while end < len(words) and squash(words[end]) in _LEFT_OUT:
                        end += 1
                    if not any(s.endswith(squash(window[-1])) for s in usable):
                        end = _name_goes_on(words, end)  # its last word only begun
                    if start >= 2 and words[start - 1] in _KIND_OF \
                            and words[start - 2][:1].isupper():
                        start -= 2  # "Benki ya Wananchi Mwanga": the kind of body leads
                    found.append(" ".join(words[start:end]).strip(".,;:'’"))
                    break
    return found


# Swahili's "of", which agrees with the kind of body before the name ("Benki ya", "Shirika la",
# "Chuo Kikuu cha"): the kind is the name's first word, where English says "X Bank" (round 21).
_KIND_OF = frozenset({"ya", "la", "cha", "za"})


def _name_goes_on(words: list[str], end: int) -> int:
    """"Redwood Community Credit Union" at redwoodcu.org: where the domain spells the last word
    of a phrase only by its first letters ("Redwood Community" spells "redwoodcu" too), the
    domain shortened the name's tail, so the capitalised words that follow in the same run are
    the name's too, up to three, unless one is a job, a hiring team's or an event's word."""
    stop = end
    while stop < len(words) and stop - end < 3:
        word = words[stop].strip(".,;:'’()")
        if not word or not word[:1].isupper() or _NOT_OF_A_NAME.search(word):
            break
        stop += 1
    return stop


_NOT_OF_A_NAME = re.compile(
    r"^(?:interview\w*|call|screen\w*|meeting|chat|session|round|onsite|visit|day|team|teams"
    r"|careers?|jobs?|recruit\w*|talent|hiring|hr|people|staff|office|zoom|meet|video|phone"
    r"|panel|assessment|test|final|first|second|third|virtual|remote|intro\w*|via|for|at|with"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|august|september|october|november|december"
    r"|manager|director|engineer|analyst|lead|head|officer|assistant|coordinator|specialist"
    r"|associate|intern|designer|developer|consultant|technician|representative|supervisor)$",
    re.IGNORECASE)


def spells_stem(name: str, stems: list[str]) -> bool:
    """Whether a stated name is the domain's: exactly ("Grupo Altamar"), with a public body's
    "City of" ("City of Riverton" at rivertonwa.gov), or in full where the domain shortens it
    ("Northgate Executive Search" at northgate-exec.com)."""
    if "&" in name and any("and" in stem for stem in stems) \
            and spells_stem(_AND.sub(" and ", name), stems):
        return True  # "Salt & Ember" at saltandember.com: the domain spells the ampersand
    squashed = squash(name)
    if squashed in stems:
        return True
    words = name.split()
    if len(words) >= 2 and any(spells_by_words(words, stem) for stem in stems):
        return True
    core = squash(_GENERIC_LEAD.sub("", name))
    if len(core) >= 4 and core != squashed and core in stems:
        return True  # "Stadt Seeberg" at seeberg.gv.at
    return len(core) >= 5 and any(
        abbreviates(name, stem) or (stem.startswith(core) and stem_core(stem) == core)
        for stem in stems)


def spells_parts(name: str, parts: tuple[str, ...]) -> bool:
    """Whether a name holds every part of a hyphenated domain in any order: "Mesto Hronov" at
    hronov-mesto.sk, "Privathospitalet Skovly" at skovly-hospital.dk, "CC Val d'Arve" at
    cc-valdarve.fr. The kind of body may sit inside a word ("privathospitalet"), but one part of
    four letters or more must be the name's own words, whole (round 12)."""
    if len(parts) < 2:
        return False
    squashed = squash(name)
    if not all(part in squashed for part in parts):
        return False
    words = [w for w in (squash(word) for word in name.split()) if w]
    runs = {"".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 3) + 1)}
    return any(len(part) >= 4 and part in runs for part in parts)


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


def initials_spell(name: str, stem: str, labels: Collection[str] = ()) -> bool:
    """Whether a short domain label is a name's initials, each word giving its first letter or a
    few letters it starts with, connectors and the kind of body the domain leaves out skipped:
    "ghmi" for "Granite Harbor Mutual Insurance Co.", "sat" for "Sorrento Aero Technics", "llog"
    for "Lõunaranna Logistika AS", "wbnrc" for "Willow Bend Nursing & Rehabilitation Center"
    (round 21: the mailbox abbreviates what the title or the text spells out); the words at its
    end that the domain's ``labels`` spell are left out too ("ATM Agency" at ceatm-agency.eu)."""
    if not 3 <= len(stem) <= 6 or not stem.isalpha():
        return False
    words = [w for w in (squash(word) for word in _AND.sub(" and ", name).split()) if w]
    while words and (words[-1] in _LEFT_OUT or (
            len(words[-1]) >= 3 and any(words[-1] in label and stem not in words[-1]
                                        for label in labels))):
        words.pop()
    words = [w for w in words if w not in _CONNECTORS]
    if len(words) < 2 or len(words) > len(stem) + 1 or words[0][0] != stem[0] \
            or any(word.startswith(stem) for word in words):
        return False  # ("Igecon Concursos" spells igecon.org.br in full: no initials)
    if len(words) <= len(stem) and _initials(tuple(words), stem, 0, 0):
        return True
    # ... or without the kind of body after it ("kmfr": "Kestrel Moor Fire and Rescue Service")
    return words[-1] in _BODY_KINDS and len(words) > 2 and _initials(tuple(words[:-1]), stem, 0, 0)


@lru_cache(maxsize=2048)
def _initials(words: tuple[str, ...], stem: str, i: int, at: int) -> bool:
    if i == len(words) or at == len(stem):
        return i == len(words) and at == len(stem)
    word = words[i]
    size = 0
    while size < len(word) and at + size < len(stem) and stem[at + size] == word[size]:
        size += 1
        if _initials(words, stem, i + 1, at + size):
            return True
    return False


# The kind of body an acronym leaves out after the name ("kmfr" for "Kestrel Moor Fire and Rescue
# Service").
_BODY_KINDS = frozenset({"service", "services", "trust", "authority", "agency", "board",
                         "commission", "centre", "center"})


def initialled_phrases(text: str, stems: Iterable[str], labels: Collection[str] = ()) -> list[str]:
    """Phrases of ``text`` (capitalised words, the kind of body after them kept) whose initials
    are a short domain label (``initials_spell``): "Lõunaranna Logistika AS" at llog.ee; the
    words after it that the domain's ``labels`` spell too are the name's ("Central European
    ATM Agency" at ceatm-agency.eu)."""
    short = {s for s in stems if 3 <= len(s) <= 6 and s.isalpha()}
    if not short or not text:
        return []
    firsts = {s[0] for s in short}
    found: list[str] = []
    for run in _CAPITALISED_RUN.finditer(text[:_SPELLING_LIMIT]):
        words = run.group(0).split()
        for start in range(len(words)):
            if squash(words[start][:1]) not in firsts:
                continue
            for end in range(len(words), start + 1, -1):  # the longest phrase that spells
                phrase = " ".join(words[start:end]).strip(".,;:'’")
                if any(initials_spell(phrase, s, labels) for s in short):
                    while end < len(words) and len(squash(words[end])) >= 3 \
                            and any(squash(words[end]) in label for label in labels):
                        end += 1
                    found.append(" ".join(words[start:end]).strip(".,;:'’"))
                    break
    return found


# The US states' (and DC's) two letters, which a US public body's domain glues after its place
# ("rivertonwa", "cityofharlanmilltx"; ``stem_core``, ``company_public.public_core``)
US_STATES = frozenset(re.findall(r"[a-z]{2}", (
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
