"""Learned wording evidence: the words of an event, and what the fitted table makes of them.

Owns ``words_of`` (the tokens an event's title, place and the start of its description give)
and ``wording_score`` (their summed weights from ``wording_weights.py``, which
``bench/fit_detect_weights.py`` writes beside the rule weights, fitted together with them by
L2-regularised logistic regression on the labelled tuning sets; no fitting library at runtime).

Tokens are lower-cased words with accents folded ("entretien", "bewerbungsgespräch" ->
"bewerbungsgesprach"), prefixed by where they stand ("t:" title, "d:" description or place),
the title's word pairs ("t:phone_screen"), and, for scripts written without spaces (Chinese,
Japanese, Thai) and for Korean, whose words carry particles, character pairs of each run
("t:面接" from "面接日程"). Besides the words, the lexicon's concepts they name, in whatever
language ("t:#interview" for "Vorstellungsgespräch", "Mülakat", "面接"; ``wording_concepts``),
so that what the table learns of one language carries to the others.

What is never a token (round 10, issue #15: the first table learned the corpus's names): the
people (``people``: the user's, organiser's and guests' display names and addresses; the
parts of their mailboxes; their organisations' domain names, which are company names), a
capitalised word after a courtesy title or "with" or next to a known name, digits and
anything holding one (ids, dates, requisition numbers), links and addresses (each folded to
one shape token, "~link" / "~address", with a hiring tool's name kept). What is read is
bounded (``_TITLE``, ``_BODY``, ``_MAX_TOKENS``), so an enormous, binary or mixed-script event
costs no more than an ordinary one. Pure and total: any input gives a set of strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import pairwise

from interview_sync.core.detect.addresses import is_free_mail, is_tool_domain, registrable_label
from interview_sync.core.detect.lexicon_people import COURTESY
from interview_sync.core.detect.names import PARTICLES
from interview_sync.core.detect.wording_concepts import concepts_in, fold_words, known_word

__all__ = ["name_words", "wording_score", "words_of"]

_TITLE = 300  # characters of the title read
_BODY = 400  # characters of the description (as text) and of the place read
_MAX_TOKENS = 160  # per event: the head of a text says what it is
_MAX_WORD = 24  # a longer "word" is an address, a link or noise: cut
_PEOPLE = 52  # display names and addresses read (organiser, user, first guests)

# Runs of letters; a run holding a digit or "_" is an id, a date or a number: never a token.
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\uac00-\ud7af]+")
_LINK = re.compile(r"(?:https?://|www\.)([\w.-]+)[^\s<>\"')\]]*", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# A mailbox or display name that is a role, not a person ("talent.acquisition@", "Recruiting
# Team", "Room 4B"): its words are kept (they say who organised), only its company is dropped.
_ROLE_TEXT = (
    r"recruit|talent|coordinat|schedul|sourc|hiring|people|\bhr\b|careers?|jobs?\b|team|"
    r"no-?reply|calendar|room|office|info|admin|support|contact|hello|booking|bewerb|karriere|"
    r"recrut|rrhh|selecci|werving|vacature|rekrut|rekry|nabor|tuyendung|interview|panel")
_ROLE = re.compile(_ROLE_TEXT, re.IGNORECASE)
# The same for lower-cased ASCII text (every name and mailbox but a few): without IGNORECASE,
# ``re`` finds the alternatives' literals several times faster, and on ASCII the two agree.
_ROLE_LOWER = re.compile(_ROLE_TEXT)
_MAILBOX_SPLIT = re.compile(r"[\W\d_]+")  # a mailbox's parts ("e.novak2" -> e, novak)
_LABEL_SPLIT = re.compile(r"[-_]")
# "with"/"mit"/"avec"/"con"/"met": a capitalised word after it names a person.
_WITH = frozenset({"with", "mit", "avec", "con", "met", "com", "med", "z", "ze", "s", "cu",
                   "dengan", "bersama", "ile", "w", "and", "und", "et", "y", "e", "en", "og",
                   "och", "x", "vs", "meet"})
_TLDS = frozenset({"com", "org", "net", "io", "co", "gov", "edu", "ac", "uk", "de", "fr"})

_fold = fold_words  # lower case, accents dropped ("é" -> "e"); other scripts' marks kept
# The courtesy titles a name follows ("Frau", "Mme", "Sr"), folded, without their dots.
_COURTESY_WORDS = frozenset(_fold(s).rstrip(".") for cell in COURTESY.values() for s in cell
                            if " " not in s.strip()) | {"mr", "mrs", "ms", "mx", "dr", "prof"}
_TRIGGERS = _COURTESY_WORDS | _WITH  # a capitalised word after one of these is a name


def _role(text: str) -> bool:
    """Whether a mailbox or display name is a role's (``_ROLE``)."""
    if text.isascii():
        return _ROLE_LOWER.search(text.lower()) is not None
    return _ROLE.search(text) is not None


@lru_cache(maxsize=1024)  # an invite's people mostly share one or two domains
def _domain_words(domain: str) -> frozenset[str]:
    """An organisation's names from its domain ("careers.halvorsen-group.com" -> halvorsen,
    group, halvorsengroup); nothing for free mail and hiring tools (their names say how)."""
    domain = domain.strip().strip(".").lower()
    if not domain or is_free_mail(domain) or is_tool_domain(domain):
        return frozenset()
    label = registrable_label(domain)
    parts = {p for p in _LABEL_SPLIT.split(label) if len(p) >= 2}
    return frozenset(({label.replace("-", "")} | parts | {
        lab for lab in domain.split(".")[:-1] if len(lab) >= 4 and lab not in _TLDS}) - {""})


def name_words(people: Iterable[tuple[str, str]]) -> tuple[frozenset[str], frozenset[str]]:
    """(the people's name words, their organisations' names), folded, from (display name,
    address) pairs: a person's display name gives each of its words, a person's mailbox each
    part of its local part ("e.novak" -> novak), a domain its company names. A role's display
    name or mailbox ("Halvorsen Talent Acquisition", "recruiting@") gives only its company, and
    a display name that is its own domain's name ("Calendly" <no-reply@calendly.com>) none."""
    persons: set[str] = set()
    companies: set[str] = set()
    for display, address in people:
        person, company = _one_name(display.strip()[:200], address.strip()[:200])
        persons |= person
        companies |= company
    return frozenset(persons - companies), frozenset(companies)


@lru_cache(maxsize=2048)  # a calendar's people recur
def _one_name(display: str, address: str) -> tuple[frozenset[str], frozenset[str]]:
    persons: set[str] = set()
    local, _, domain = address.rpartition("@")
    companies = _domain_words(domain) if local else frozenset()
    if local and not _role(local):
        persons.update(w for w in _MAILBOX_SPLIT.split(_fold(local)) if len(w) >= 2)
    if display and not _role(display) and _person_like(display):
        words = {w for w in _WORD.findall(_fold(display)) if len(w) >= 2 and w not in PARTICLES}
        label = registrable_label(domain.lower()).replace("-", "") if local else ""
        if not (label and all(w in label for w in words)):
            persons |= words
    return frozenset(persons), companies


def _person_like(display: str) -> bool:
    """Whether a display name reads as a person's: up to five words, none in lower case but a
    name's particles ("van", "de"), none a vocabulary word ("Harbourline Logistics via Glider",
    "Interview Room" are not)."""
    words = _WORD.findall(display)
    return 0 < len(words) <= 5 and all(
        w in PARTICLES or (not w[:1].islower() and not known_word(w)) for w in words)


def _capitalised(word: str) -> bool:
    """"Dana", "Q" (an initial): not "HR" or "SRE"."""
    return word[:1].isupper() and (len(word) == 1 or not word.isupper())


def _name_positions(text: str, spans: list[re.Match[str]], folded: list[str],
                    persons: frozenset[str]) -> set[int]:
    """Positions of the words that name someone: a known name's words, a capitalised word
    after a courtesy title or "with", and a capitalised word next to a name that no vocabulary
    knows (a middle or family name the guest list does not spell: "Dana Q Cho-Smith"). A name
    is read across spaces (and an initial's dot) only, never across a dash, bracket or colon."""
    def joined(i: int) -> bool:  # only spaces between words i - 1 and i
        return text[spans[i - 1].end():spans[i].start()].strip(" .\u00a0") == ""

    def name_like(j: int) -> bool:
        return _capitalised(spans[j].group(0)) and not known_word(folded[j])

    present = set(folded)
    names = set() if persons.isdisjoint(present) else {
        i for i, w in enumerate(folded) if w in persons}
    if not _TRIGGERS.isdisjoint(present):
        for i, w in enumerate(folded[:-1]):
            if w in _TRIGGERS and name_like(i + 1) and joined(i + 1):
                names.add(i + 1)
    todo = list(names)
    while todo:  # spread to capitalised neighbours no vocabulary knows
        i = todo.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < len(spans) and j not in names and name_like(j) and joined(max(i, j)):
                names.add(j)
                todo.append(j)
    return names


def _shapes(text: str) -> tuple[str, list[str]]:
    """``text`` with links and addresses cut out, and their shape tokens: "~link" (and a
    hiring tool's name, "greenhouse"), "~address"."""
    shapes: list[str] = []

    def link(m: re.Match[str]) -> str:
        shapes.append("~link")
        host = m.group(1).lower()
        if is_tool_domain(host):
            shapes.append(registrable_label(host))
        return " "

    def address(m: re.Match[str]) -> str:
        shapes.append("~address")
        return " "

    if "@" in text:
        text = _ADDRESS.sub(address, text)
    if "://" in text or "www." in text:
        text = _LINK.sub(link, text)
    return text, shapes


def _tokens(text: str, prefix: str, pairs: bool, persons: frozenset[str],
            companies: frozenset[str]) -> list[str]:
    """Words (and with ``pairs`` adjacent word pairs) of ``text`` that name nobody, folded, and
    the lexicon's concepts they name ("#interview"); character pairs of the runs of unspaced
    scripts, and the run itself when it is one or two characters."""
    out: list[str] = []
    runs: list[str] = []
    if not text.isascii():
        runs = [_fold(run) for run in _UNSPACED.findall(text)]
        unspaced = [p for p in persons | companies if _UNSPACED.search(p)]  # "山田 太郎"
        if unspaced:  # a name written without spaces is cut out of its run
            runs = [part for run in runs
                    for part in re.sub("|".join(map(re.escape, unspaced)), " ", run).split()]
        for run in runs:
            if len(run) <= 2:
                out.append(prefix + run)
            out += [prefix + run[i:i + 2] for i in range(len(run) - 1)]
        text = _UNSPACED.sub(" ", text)
    spans = list(_WORD.finditer(text))
    # (ASCII: lower-casing keeps every position, so one pass over the lowered text folds all)
    folded = _WORD.findall(text.lower()) if text.isascii() else [
        _fold(m.group(0)) for m in spans]
    out += [f"{prefix}#{concept}" for concept in concepts_in(folded, runs)]
    if not spans:
        return out
    names = _name_positions(text, spans, folded, persons)
    joined = "|".join(companies)
    kept = ["" if len(w) < 2 or i in names or w in companies or (len(w) >= 4 and w in joined)
            else w[:_MAX_WORD] for i, w in enumerate(folded)]  # "": a hole: no pair spans it
    out += [prefix + word for word in kept if word]
    if pairs:
        out += [f"{prefix}{a}_{b}" for a, b in pairwise(kept) if a and b]
    return out


def words_of(title: str, place: str, description: str,
             people: Iterable[tuple[str, str]] = ()) -> frozenset[str]:
    """The tokens of an event: its title's (with word pairs), and its place's and description's
    start (``description`` already as plain text), with the names of ``people`` ((display name,
    address) pairs) and of their organisations left out. Bounded and total."""
    persons, companies = name_words(list(people)[:_PEOPLE])
    tokens: list[str] = []
    if title:
        text, shapes = _shapes(title[:_TITLE])
        tokens += _tokens(text, "t:", True, persons, companies)
        tokens += ["t:" + s for s in shapes]
    if place or description:  # one pass over both (a line break keeps their words apart)
        text, shapes = _shapes(f"{place[:_BODY]}\n{description[:_BODY]}")
        tokens += _tokens(text, "d:", False, persons, companies)
        tokens += ["d:" + s for s in shapes]
    if len(tokens) <= _MAX_TOKENS:
        return frozenset(tokens)
    return frozenset(list(dict.fromkeys(tokens))[:_MAX_TOKENS])  # the first distinct ones


def wording_score(tokens: Iterable[str]) -> float:
    """The summed fitted weights of ``tokens`` (a logit, added to the rule features')."""
    get = _table().get
    return sum(get(token, 0.0) for token in tokens)


@cache
def _table() -> dict[str, float]:
    """The fitted table, imported on first use, not at import: its 1,700 entries cost ~9 ms,
    which the daemon's start and every short command (``--help``, ``status``) would pay."""
    from interview_sync.core.detect.wording_weights import WORDING

    return WORDING
