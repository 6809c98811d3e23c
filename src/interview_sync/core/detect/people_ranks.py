"""People named after a rank or an honorific, and people a title lists in its brackets.

Owns round 21's two readers. ``ranked_people``: a name after a judge's, an academic's or a
chef's rank, or after a courtesy title that no first name shares in Swahili, Devanagari or
Bengali ("Judge Harriet Okonjo", "Justice Amos Whitfield", "Hon. Patricia Ng", "Prof. Ingrid
Solberg", "Chef Ramon Ortiz", "Bi. Neema Mushi", "श्री. प्रकाश पाटील", "জনাব রফিকুল ইসলাম"):
the person interviews, and a thank-you addresses them by the name without the rank. In a title
one surname is enough ("Judge Feld"); in a text, where "Judge Ng will call" repeats the title's
judge, two words are needed. ``bracketed_people``: the people a title lists with their roles in
brackets or joined by "+" ("(with Marcus, head baker + owner Lena Ford)", "[Tom Reyes + hiring
manager]", "Kadri Tamm + osakonnajuhataja"): a role beside them says they are people, not the
employer an agency's "(with Wexley Marine)" names. Pure; no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.detect.schedule import PersonDraft
from interview_sync.core.detect.scripts import BENGALI, DEVANAGARI

__all__ = ["COURT_RANKS", "NOT_A_JUDGE", "bracketed_people", "key_by_name", "ranked_people"]

_LIMIT = 10  # people one text can name this way
_HEAD = 5_000

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][\w'’-]*"
# a judge's, a justice's, a magistrate's and a member of a bench's ranks: they interview their
# own clerks, so they are thanked wherever the invite names them (``people``)
COURT_RANKS = re.compile(
    r"\b(?:Judge|Justice|Magistrate(?:[ \t]+Judge)?|Hon\.|Hon(?=[ \t])|Honou?rable|Prof\.?"
    r"|Professor)[ \t]+(?=[A-Z])")
_LATIN = re.compile(
    r"(?<!of )\b(?:(?:The[ \t]+)?(?:Judge|Justice|Magistrate(?:[ \t]+Judge)?|Hon\.|Hon(?=[ \t])"
    r"|Honou?rable|Prof\.?|Professor|Dr\.?|Chef|Bi\.|Bw\.|Bwana|Mhe\.|Dkt\.)[ \t]+)"
    r"(" + _WORD + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _WORD + r"){0,2})")
_BENCH = re.compile(r"(?:The[ \t]+)?(?:Judge|Justice|Magistrate)\b")
# Devanagari and Bengali courtesy titles and a doctor's, then two words of a name
_SCRIPT = re.compile(
    r"(?<![" + DEVANAGARI + BENGALI + r"])(?:श्रीमती|सुश्री|श्री|डॉ|জনাব|শ্রীমতী|শ্রী|ডাঃ|ডা\.)\.?\s+"
    r"([" + DEVANAGARI + BENGALI + r"]{2,}\s+[" + DEVANAGARI + BENGALI + r"]{2,})")
# words that follow a judge's rank but name no one ("Justice Department", "Judge Clerkship"),
# shared with ``company_clues.judge_named``; and after a chef's ("Chef de Partie")
NOT_A_JUDGE = frozenset({"department", "advocate", "ministry", "court", "courts", "league",
                         "center", "centre", "system", "programme", "program", "office",
                         "clerkship", "clerkships", "interview", "interviews"})
_NOT_A_NAME = NOT_A_JUDGE | {"de", "du", "partie", "team", "kitchen", "station", "table"}


def ranked_people(text: str, *, title: bool = False) -> list[PersonDraft]:
    """The people ``text`` names after a rank or a courtesy title (module docstring)."""
    head = text[:300] if title else text[:_HEAD]
    found: list[PersonDraft] = []
    if head.isascii() and not any(mark in head for mark in _MARKS):
        return found
    for match in _LATIN.finditer(head):
        words = match.group(1).split()
        while words and words[-1].lower() in _NOT_A_NAME:
            words.pop()
        if not words or words[0].lower() in _NOT_A_NAME:
            continue
        if len(words) < 2 and not (title and _BENCH.match(match.group(0))):
            continue  # one word: a judge's surname in a title ("Judge Feld"), never "Dr. Lau"
        _add(found, " ".join(words))
    if not head.isascii():
        for match in _SCRIPT.finditer(head):
            _add(found, match.group(1))
    return found[:_LIMIT]


_MARKS = ("Judge", "Justice", "Magistrate", "Hon", "Prof", "Dr", "Chef", "Bi.", "Bw", "Mhe.",
          "Dkt.")


def _add(found: list[PersonDraft], name: str) -> None:
    name = name.strip(" ,.;:")
    if name and all(known.name != name for known in found):
        found.append(PersonDraft(email="", name=name))


_GROUP = re.compile(r"[(\[]\s*((?:with|w/)\s+[^()\[\]]{2,80}|[^()\[\]]{2,80}\+[^()\[\]]{2,80})[)\]]"
                    r"|(?:^|[–—|:]\s*)([^–—|:()\[\]]{2,60}\s\+\s[^–—|:()\[\]]{2,60})(?=$|\s[–—|])")
_ITEM_SPLIT = re.compile(r"\s*(?:\+|&|\band\b)\s*")
_LEAD = re.compile(r"^(?:with|w/)\s+")
_RUN = re.compile(r"(?<![\w'’-])(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})(?![\w'’-])")
# a role beside a name: lower-case words, or a team's or an executive's letters ("Denise, HR")
_ROLE = re.compile(r"(?:^|[\s,])(?:[a-zà-öø-ÿ][\w-]{2,}|HR|TA|CEO|CFO|CTO|COO|GM|HM)(?=$|[\s,])")


def bracketed_people(title: str) -> list[PersonDraft]:
    """The people a title lists in brackets or joined by "+", beside a role (module docstring)."""
    if "+" not in title and "with" not in title and "w/" not in title:
        return []
    found: list[PersonDraft] = []
    for group in _GROUP.finditer(title[:300]):
        body = _LEAD.sub("", (group.group(1) or group.group(2)).strip())
        if _ROLE.search(body) is None:
            continue  # "(with Wexley Marine)": no role, so as likely the employer
        for item in _ITEM_SPLIT.split(body):
            run = _RUN.search(item.partition(",")[0]) or _RUN.search(item)
            if run is None:
                continue
            before = item[:run.start()].strip()
            after = item[run.end():].strip(" ,")
            if before and not before.islower():
                continue  # capitalised words before the name: not a role's
            words = len(run.group(1).split())
            if group.group(1) is None and words < 2:
                continue  # "Written test + interview": outside brackets, a full name only
            if before or _ROLE.match(" " + after) or words <= 2:
                _add(found, run.group(1))
    return found[:_LIMIT]


def key_by_name(name: str, drafts: Mapping[str, PersonDraft]) -> str:
    """The key of the known person with this name, else the name's own: a judge is never folded
    into the chambers' mailbox that spells their surname ("castellanos.chambers@"), which is
    thanked beside them."""
    low = name.lower()
    return next((key for key, known in drafts.items() if known.name.lower() == low), low)


# round 23: "The search committee (Harriet Dunmore, chair, and Luis Ortega)", "the panel (chair:
# Dr. Rebecca Soto; members: Kevin Lu and Dana Whitfield)", "Panel (Janet Moore (chair), Peter
# Quill and Olu Adeyemi)": a bracket right after a panel's word lists its members with their
# roles; the members without a role of their own were left out
_PANEL_BRACKET = re.compile(
    r"\b(?i:committee|panel|board|interviewers|jury)[ \t]*"
    r"\(((?:[^()\n]|\([^()\n]{1,30}\)){4,200})\)")
_PANEL_ITEM_SPLIT = re.compile(r"\s*(?:[,;]|\band\b|&)\s*")
_PANEL_ROLE = re.compile(r"^(?i:(?:the\s+)?(?:chair(?:man|woman|person)?|members?|secretary"
                         r"|scribe|observer))\s*:\s*")


def panel_bracket_people(text: str) -> list[PersonDraft]:
    """The members a bracket after "committee", "panel" or "board" lists (comment above)."""
    if "(" not in text:
        return []
    found: list[PersonDraft] = []
    for group in _PANEL_BRACKET.finditer(text[:_HEAD]):
        body = re.sub(r"\([^()]*\)", ",", group.group(1))  # "Janet Moore (chair)": the role out
        for item in _PANEL_ITEM_SPLIT.split(body):
            item = _PANEL_ROLE.sub("", item.strip())
            item = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+", "", item)
            run = _RUN.fullmatch(item)
            if run is not None and len(run.group(1).split()) >= 2:
                _add(found, run.group(1))
    return found[:_LIMIT]


# round 25: "ask for Mrs Pennington", "(Sr. Bustos)", "Sra. Ferreyra y el Dr. Olmedo", "komisja:
# Pan Sokołowski i Pani Wrona", "w/ Ms Okonkwo": a courtesy title or a doctor's or a graduate's
# title and a surname alone name the person met; a thank-you addresses them by that surname
# (round 24's labels: "Camilleri", "Rojas", "Pichler"). Full names are other readers'; only a
# lone surname is read here. Compiled on first use: most texts hold none of the titles.
_COURTESY_MARKS = ("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Sr", "Srta", "Lic", "Herr", "Frau",
                   "Fr.", "Hr.", "Mme", "Pan", "Sig", "Dott")
# the titles read, each optionally followed by a full stop; longest first so "Mrs" is not read
# as "Mr" and an "s"
_TITLES = ("Mrs", "Mr", "Ms", "Mx", "Miss", "Dra", "Dr", "Srta", "Sra", "Sr", "Licda", "Lic",
           "Herr", "Frau", "Fr", "Hr", "Mme", "Pani", "Pan", "Sig.ra", "Sig", "Dott.ssa", "Dott")
# a title is never the surname ("Fr. Dr" at the end of a line names nobody)
_TITLE_WORDS = frozenset(t for t in _TITLES if "." not in t) | {"Prof"}
# the words that open a salutation: "Dear Ms Lee", "Estimada Sra. Ruiz", "Szanowna Pani Nowak"
# greet the candidate, who is never thanked
_GREETING = re.compile(r"(?i:dear|hi|hello|hola|estimad[oa]s?|querid[oa]|prezad[oa]|car[oa]"
                       r"|gentile|geehrter?|liebe[r]?|szanown[aiy]|cher|chère|bonjour|olá)\W*$")


@functools.cache
def _courtesy() -> re.Pattern[str]:
    # titles may stack ("Fr. Dr. Prasch"): the surname is after the last of them
    return re.compile(
        r"(?<![\w.])(?:(?:" + "|".join(map(re.escape, _TITLES)) + r")\.?[ \t]+)+("
        + _WORD + r")(?![\w'’-])(?![ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def courtesy_surnames(text: str, *, title: bool = False) -> list[PersonDraft]:
    """The surnames ``text`` gives after a courtesy title alone (comment above)."""
    head = text[:300] if title else text[:_HEAD]
    if not any(mark in head for mark in _COURTESY_MARKS):
        return []
    found: list[PersonDraft] = []
    for match in _courtesy().finditer(head):
        name = match.group(1)
        if name.lower() in _NOT_A_NAME or name in _TITLE_WORDS or ROLE_WORD_RE.match(name) \
                or _GREETING.search(head[max(0, match.start() - 20):match.start()]):
            continue  # "Sr. Developer": a senior job, not a person
        _add(found, name)
    return found[:_LIMIT]
