"""What a phrase must be to be an employer's name, and how a captured phrase is cut to one.

Owns the shape of a company's name once ``company`` has found where one sits: ``trim`` cuts a
captured phrase to its name (stop words at the edges, a sentence's end, a possessive, an
interview's own qualifier: "Oral Interview Board" names no one), ``acceptable`` rejects what no
employer is called (a job, a person on the invite, a kind of interview, a contraction such as
"I'd", a reference code such as "Req 4471", a word on the interview's own stem such as
"Telefonintervija"), and ``LEGAL_FORM`` is the legal form a thank-you leaves off ("Vialtra
S.A", "Grawex Sp. z o.o.", "Καλαμάκι Τρόφιμα Α.Ε."); ``without_site`` and ``with_possessive``
fit a name to the domain it should spell (a site word dropped, a possessive kept). Split from
``company`` in round 10 (the module was past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from interview_sync.core.detect.interview_tools import names_tool
from interview_sync.core.detect.jobs import (
    INTERVIEW_COMPOUND,
    NOT_COMPANY_WORDS,
    ROLE_WORD_RE,
    STOP_TOKENS,
)
from interview_sync.core.detect.spelling import squash as _squash

__all__ = ["ABBREVIATION", "COMPANY_WORD", "CONNECTORS", "LEGAL_FORM", "NAME", "NOT_A_NAME",
           "ORGANISATION_TAIL", "acceptable", "trim", "with_possessive", "without_site"]

# A name as a title or text writes it: capitalised words and the connectors inside (moved here
# from ``company`` in round 12, for ``company_clues``).
_TOKEN = (r"(?:[A-Z0-9][\w&'’.+-]*"
          # an Italian or French article elided onto a capitalised word ends names too ("Al
          # Gallo d'Oro", "Val d'Arve", "Caffè dell'Arte"), round 14
          r"|(?:d|l|dell|dall|all|nell|sull|qu)['’][A-ZÀ-Þ][\w'’-]*)")
# Words of a name sit on one line: "Halcyon Health\n\nPowered by Calendly" is not one name.
# A municipality is "Fjällby kommun", "Fjordvik kommune", "Lahden kaupunki": the public body's
# noun follows the name in lower case.
_PUBLIC_TAIL = r"(?:[ \t]+(?:kommun|kommune|kaupunki|kunta|gmina|municipality|shire|gemeente))?"
# (round 21: Swahili's "of" agrees with the noun: "Benki ya Wananchi Mwanga", "Shirika la Umeme",
# "Chuo Kikuu cha Dodoma", "Halmashauri ya Wilaya ya Kilosa"; its "wa" and "za" join a venue or
# an office to its owner, "Ukumbi wa Halmashauri", "Ofisi za TRA", and stay out)
NAME = (_TOKEN + r"(?:[ \t]+(?:&[ \t]+|(?:of|de|and|du|des|del|della|do|da|der|van|von|ya|la"
        r"|cha)[ \t]+)?"
         + _TOKEN + r"){0,4}"
         + _PUBLIC_TAIL)


ABBREVIATION = re.compile(r"(?:[^\W\d_]\.)+|Inc\.|Co\.|Ltd\.|Corp\.|St\.|Mt\.|Ft\.")
# The last word of an organisation's name: "Al Noor Specialist Hospital" is a hospital, though
# "Specialist" is also a job's word.
ORGANISATION_TAIL = re.compile(
    r"\b(?i:hospital|clinic|health|healthcare|bank|school|college|university|group|foundation"
    r"|trust|institute|centre|center|council|board|authority|insurance|services|solutions"
    r"|systems|labs|partners|company|cleaning|logistics|foods)\.?$")


# the lower-case words inside a name ("County of Marin", "Verrerie du Jura", "Caisse des
# Dépôts", "Banco do Brasil", "Van der Berg Holding")
CONNECTORS = frozenset({"&", "of", "de", "and", "du", "des", "del", "della", "do", "da", "der",
                         "van", "von", "ya", "la", "cha"})


NOT_A_NAME = re.compile(
    r"\b(?:interview\w*|screen\w*|round|stage|call|chat|meeting|onsite|on-site|final|panel"
    r"|assessment|intervju\w*|entretien|entrevista|gespr[äa]ch|gesprek|colloquio|haastattelu"
    r"|client|confirm\w*|\d+(?:st|nd|rd|th)|usah?ili|mahojiano)\b", re.IGNORECASE)


COMPANY_WORD = re.compile(
    r"\b(?:(?i:group|gruppe|groupe|grupo|gruppo|groep|holdings?|insurance|bank|partners|industries)"
    r"|Oy|Oyj|AB|ASA|AS|A/S|ApS|GmbH|AG|Ltd|Limited|Inc|LLC|plc|S\.?A|BV|NV|SpA|Srl|Zrt|Nyrt|Kft)\b")


_PHRASE_BREAKS = re.compile(r"\bsystems?\s+design\b|\btake[\s-]home\b", re.IGNORECASE)


# A few recent answers kept: company_of trims the same title segment up to three times (its
# title rules, its segments and its after-stage rule all read "Acme Corp" from "Interview -
# Acme Corp - Analyst"), and a calendar's interview words ("Interview", a role) recur.
@lru_cache(maxsize=64)
def trim(candidate: str) -> str:
    """Cut a captured phrase down to its name: drop stop words at the edges and after them."""
    tokens = _PHRASE_BREAKS.sub(" interview ", candidate.replace("’", "'")).split()
    # A sentence ends the name: "Brightwave. Join ..." → "Brightwave"; so does a possessive:
    # "Tidewell's AI recruiting agent" → "Tidewell".
    for i, token in enumerate(tokens):
        if token[-1:] in ".,:;!?" and not ABBREVIATION.fullmatch(token):
            tokens = [*tokens[:i], token.rstrip(".,:;!?")]
            break
        if token.endswith("'s") and i + 1 < len(tokens) and not tokens[i + 1][1:2].islower():
            tokens = tokens[:i + 1]
            break
    # "Die Stadtwerke Kelbach laden Sie ein": a German article before a subject (round 13)
    if len(tokens) > 2 and tokens[0] in ("Die", "Der", "Das"):
        tokens.pop(0)
    after_interview = False
    while tokens and (tokens[0].lower().strip(".,:'") in STOP_TOKENS
                      or INTERVIEW_COMPOUND.fullmatch(tokens[0].strip(".,:'")) is not None):
        after_interview = after_interview or INTERVIEW_COMPOUND.fullmatch(
            tokens[0].strip(".,:'")) is not None
        tokens.pop(0)
    if after_interview and len(tokens) == 1:
        # "Oral Interview Board", "Interview Panel": one word that ends the interview's own
        # phrase says what kind of interview, not who holds it
        return ""
    kept: list[str] = []
    for at, token in enumerate(tokens):
        # "Seniorenzentrum Am Lindenhof", "Gasthaus Zur Linde": a capitalised German
        # preposition between two capitalised words is inside the name (round 19)
        connector = token in CONNECTORS or (
            bool(kept) and token in _INNER_PREPOSITIONS and at + 1 < len(tokens)
            and tokens[at + 1][:1].isupper())
        # "County of Marin": a connector inside a name is not the stop word it is elsewhere.
        stop = not connector and token.lower().strip(".,:'") in STOP_TOKENS
        if stop or (connector and not kept):
            break
        kept.append(token)
    while kept and kept[-1].lower() in CONNECTORS:
        kept.pop()
    name = " ".join(kept).strip(" .,:;'\"-")
    if name.endswith("'s"):
        name = name[:-2]
    # "(Marrow Robotics CFO)": an executive's acronym after the employer is the job
    tail = _EXECUTIVE_TAIL.search(name)
    return name[: tail.start()] if tail and " " in name[: tail.start()] else name


_INNER_PREPOSITIONS = frozenset({"Am", "Im", "Zum", "Zur", "An", "Auf", "Unter", "Bei"})
_EXECUTIVE_TAIL = re.compile(r"\s+(?:C[A-Z]{1,2}O|S?VP|EVP)$")


# Round 10, the shapes no employer's name has: a contraction of a sentence ("I'd", "we'll",
# "You're"), a reference code ("Req 4471", "Job #2231"), a word built on the interview's own
# international stem ("Telefonintervija", "Videointervju", "Interviewtermin"). Capitals stay a
# name ("PS 214" is a school).
_NOT_A_NAME_SHAPE = re.compile(
    r"^[^\W\d_]{1,5}['’](?:d|m|ll|re|ve|t)$|^[A-Z][a-z]{1,4}\.?\s*#?\d{3,}$"
    r"|^(?i:[^\W\d_]*interv(?:iew|ju|ij|ist|yu|iu)[^\W\d_]*)$"
    # a clock time ("interview at 5pm", "à 14h", "um 9 Uhr"): when, not who (round 14)
    r"|^\d{1,2}(?:[:.h]\d\d)?\s*(?i:am|pm|a\.m\.|p\.m\.|h|uhr)?$")


# A line of work, a department or a division, which staffing firms and employers put beside
# their name ("Crestline Staffing (Light Industrial)", "Skilled Trades Division, Alder Creek
# Foods"): words that, all together, name a desk and never a company (round 10 took "Light
# Industrial" for the employer).
_SECTOR_TEXT = """
light heavy industrial clerical administrative admin office skilled trades trade warehouse
manufacturing production hospitality retail logistics accounting finance financial legal
medical nursing healthcare technical it creative sales customer service services support
executive professional engineering operations marketing division department dept unit
general labor labour temporary temp permanent contract direct hire placement desk
practice area área comercial abteilung bereich afdeling divisie departamento
departement département dipartimento reparto sector sektor
"""
_SECTOR_WORDS = frozenset(_squash(w) for w in _SECTOR_TEXT.split())

# Round 14: the words a title puts before or after the employer that say who sits on the
# other side or how the interview runs: a format ("Group", "Panel", "Superday"), a board or one
# of its seats ("Chair", "Dean", "Committee", "Jury", "Tribunal"), a crew or a grade
# ("Cabin Crew", "Member Service Rep", "Policy Adviser", "Associate"), a day of hiring ("Hiring
# Day", "Open Day", "Flyout"). A name made only of these (with the fields and sectors above)
# names nobody; round 13 took "Cabin Crew", "Chair" and "Group" for the employer. A name with
# any other word ("Grupo La Marea", "Crew Clothing") is left alone.
_POST_TEXT = """
group groupe gruppe grupo gruppo groep grupa panel board chair chairs chairperson dean provost
committee jury júri juri tribunal commission kommission commissie comité comite comision
comisión search cabin crew flight attendant attendants steward stewardess flyout fly-out
superday super-day open hiring walk-in walkin event day days member members associate
associates representative rep reps adviser advisor officer officers trustee trustees
cohort pool bolsa assessment-day recruitment-day selection
flugbegleiter flugbegleiterin flugbegleiterinnen stewardessen hôtesse hôtesses hotesse azafata
azafatas auxiliar auxiliares tripulante tripulantes assistente assistenti volo tcp pnc
"""
_POST_WORDS = frozenset(_squash(w) for w in _POST_TEXT.split())


def is_field_word(word: str) -> bool:
    """A word of a job's field or a desk ("Finance", "Data", "Engineering", "Clerical")."""
    squashed = _squash(word)
    return squashed in NOT_COMPANY_WORDS or squashed in _SECTOR_WORDS


# A ship's prefix before its name (motor vessel, motor tanker, steamship, research vessel). A
# yacht's ("M/Y", "S/Y") is not among them: a private yacht hires its crew itself (round 22).
_VESSEL = re.compile(r"(?:M/?[VTS]|S/?S|R/?V|FPSO|HMS)\.?[ \t]+\S")


def acceptable(name: str, people: Collection[str]) -> bool:
    if len(name) < 2 or len(name) > 48 or name.isdigit() or _NOT_A_NAME_SHAPE.match(name):
        return False
    if " " not in name and NOT_A_NAME.search(name):
        return False  # "Client interview – ...", "First-stage interview with ...": what kind
    if " " in name and INTERVIEW_COMPOUND.fullmatch(name.rsplit(None, 1)[-1]) is not None:
        return False  # "Zeitversetztes Videointerview": what kind of interview (round 13)

    if all(_squash(word) in NOT_COMPANY_WORDS for word in name.split()):
        return False
    if all(_squash(word) in _SECTOR_WORDS or word in CONNECTORS for word in name.split()):
        return False  # "Light Industrial", "Skilled Trades Division": a desk, not a company
    if all(_squash(word) in _POST_WORDS or _squash(word) in NOT_COMPANY_WORDS
           or _squash(word) in _SECTOR_WORDS or word in CONNECTORS for word in name.split()):
        return False  # "Cabin Crew", "Chair", "Group", "Member Service Rep" (round 14)
    if names_tool(name):
        return False  # "Karat", "Codility test": the tool mails or runs it, never the employer
    if _VESSEL.match(name):
        return False  # "MV Nordic Star": the ship a seafarer would join, not its owner (round 17)
    low = name.lower()
    if low in people or (ROLE_WORD_RE.search(name) and not ORGANISATION_TAIL.search(name)):
        return False
    # "Kim" when Kim Ng is on the invite, "Ng" likewise: a person, not a company. A name with
    # other words besides ("Kowalski & Sons Plumbing") is a business named after one.
    parts = [p for p in low.split() if p not in {"&", "and", "of", "de"}]
    return not all(part in people for part in parts)


# A site after the company's name: a terminal, a plant, a depot, a campus, a numbered store or
# distribution centre, a "Standort"/"sede" with its town ("Kestrel Freight Terminal",
# "Pinecrest Foods Plant 2", "Kessler Maschinenbau Standort Ulm"). Kept only where what is left
# is the employer's domain name (``company``'s check), since some firms are named so.
SITE_TAIL = re.compile(
    r"(?:\s+(?:(?i:terminal|depot|warehouse|plant|hub|site|campus|facility|yard|branch|location"
    r"|headquarters|hq|dc|distribution\s+cent(?:er|re)|fulfil?lment\s+cent(?:er|re)|store|mill"
    r"|werk|filiale|niederlassung|planta|sucursal|vestiging|filiaal|usine|agence|stabilimento"
    r"|(?:north|south|east|west|main|downtown)\s+campus)"
    r"|(?i:standort|sede|site|campus|filiale|vestiging)\s+[A-ZÀ-Þ][\w-]+))"
    r"(?:\s+(?:no\.?\s*)?#?\d{1,4})?$")


# A company's legal form after its name: "Hagemann Maschinenbau GmbH" is Hagemann Maschinenbau
# in a thank-you note.
LEGAL_FORM = re.compile(
    r"(?<=\w)\s*,?\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|SE|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited"
    r"|LLP|plc|PLC|S\.\s?A(?:\.S)?\.?|SAS|S\.L\.?|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|BV|N\.V\.?|NV|AB"
    r"|ASA|Oy|Pty\.?\s+Ltd\.?|Co\.?|Corp\.?|A\.\s?Ş\.?|A\.S\.|a\.\s?s\.?|s\.\s?r\.\s?o\.?"
    r"|Sp\.\s?z\s?o\.\s?o\.?|Pvt\.?\s+Ltd\.?|Tbk\.?|K\.K\.|ООО|ЕООД|ООД|ЕАД|АД"
    # Hungary's: a private and a public company limited by shares, a limited company, a
    # limited and a general partnership
    r"|Zrt\.?|Nyrt\.?|Kft\.?|Bt\.?|Kkt\.?|Rt\.?"
    # Round 10: Greece's (a société anonyme, a limited company, a private company, a general
    # partnership), the final dot a title often drops ("Wisłopol S.A")
    r"|Α\.\s?Ε\.?|Ε\.\s?Π\.\s?Ε\.?|Ι\.\s?Κ\.\s?Ε\.?|Ο\.\s?Ε\.?)$")


def without_site(name: str, stems: list[str]) -> str:
    """"Kestrel Freight Terminal" at kestrelfreight.com → "Kestrel Freight": a site word after
    the name goes when the rest is the domain's name exactly (round 10 kept the site)."""
    if not stems or " " not in name:
        return name
    current = name
    for _ in range(3):  # "Plant 2", "Distribution Center", then "Warehouse"
        trimmed = SITE_TAIL.sub("", current)
        if trimmed == current or not trimmed:
            break
        if _squash(trimmed) in stems:
            return trimmed
        current = trimmed
    return name


def with_possessive(name: str, text: str, stems: list[str]) -> str:
    """"Marlowe" cut from "Marlowe's" at marlowes.com, "St. Brendan" from "St. Brendan's Health"
    at stbrendanshealth.org: a possessive the domain spells with its "s" is the name's own."""
    if not stems or name.endswith(("'s", "’s")):
        return name
    spelled = _squash(name) + "s"
    if len(spelled) < 4 or not any(stem.startswith(spelled) for stem in stems):
        return name
    found = re.search(re.escape(name) + r"(['’]s)(?!\w)", text)
    return name + found.group(1) if found else name
