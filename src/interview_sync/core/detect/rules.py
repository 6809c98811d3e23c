"""Which words make a calendar event a job interview the user attends as a candidate.

Owns the precompiled vocabularies ``detect`` classifies with: the broad pre-filter that lets
ordinary meetings out in one regex search, the positive title and description phrases
(recruiter tools, stages, non-English words), the vetoes (the user interviewing someone else,
mock and practice sessions, press, research, exit interviews, events, prep and reminder blocks,
cancelled titles), and the stage vocabulary. Pure data and small functions; no I/O.

Theory of operation: a veto anywhere in the title wins over any positive; a description veto only
wins when the title itself is not explicit. A strong title phrase ("Phone Screen", "Onsite
interview", "Entrevista") is enough on its own; a weak one ("intro call", "Onsite", "chat") needs
a second signal (see ``detect``); a title with no hiring word at all needs the description to
speak of the user's interview explicitly, or ``evidence`` to find the company context.
Public-sector steps ("Oral board", "Teaching demo") are strong and executive hints ("CRO
search", "Dinner with founders", "Leadership panel") weak; both sit in gated regexes
(``strong_title``, ``weak_title``, ``prefilter_title``) so ordinary titles skip them.

Decisions: an offer or salary call with the prospective employer is a candidate's meeting (stage
"offer discussion"); "Offer review"/"Offer letter" are not. A reference check call is never the
user's interview (they are the reference). "Debrief with recruiter" is the candidate's recruiter
call; any other debrief ("Interview debrief: Jordan") is the user on the hiring side.
"""

from __future__ import annotations

import functools
import re

from interview_sync.core.detect.about_hiring import ORAL_WORDS, competition_oral
from interview_sync.core.detect.addresses import is_free_mail
from interview_sync.core.detect.agency import CLIENT_WORDS, client_meeting
from interview_sync.core.detect.gate import (
    LiteralGated,
    RowsGated,
    first_char_grouped,
    fold_lower,
)
from interview_sync.core.detect.jobs import STAGES, stage_of
from interview_sync.core.detect.lexicon import ascii_literals, table_rows
from interview_sync.core.detect.lexicon_steps import PHONE_SCREEN, SKILLS_TEST, TRIAL, TRIAL_TALK
from interview_sync.core.detect.selection import SELECTION_TEST
from interview_sync.core.detect.thin_languages import SELECTION_STEMS, WEAK_STEMS
from interview_sync.core.detect.thin_languages import WEAK as THIN_WEAK
from interview_sync.core.detect.words import (
    APPLICATION,
    CANDIDATE_WORDS,
    FOREIGN,
    FOREIGN_STEMS,
    PLURAL_INTERVIEWS,
    PLURAL_INTERVIEWS_TEXT,
    PLURAL_STEMS,
    POSITION,
    SELECTION_DAY,
)
from interview_sync.core.literals import Stems

__all__ = [
    "CANDIDATE_WORDS", "DESC_CANDIDATE", "DESC_CANDIDATE_GATED", "DESC_HIRING_SIDE",
    "DESC_NEGATIVE", "DESC_POSITIVE", "DESC_POSITIVE_GATED", "MEDIA_PERSON",
    "PLURAL_INTERVIEWS", "PREFILTER", "PREFILTER_TITLE", "STAGES", "TITLE_STRONG", "TITLE_WEAK",
    "invited_to_trial", "prefilter_title", "stage_of", "step_hint", "strong_title", "trial_hint",
    "weak_title",
]

_I = re.IGNORECASE

# Anything that could make an event an interview; everything else leaves after one search.
# Searched in LOWER-CASED text: a case-insensitive search is three times slower in ``re``.
_PREFILTER = (
    r"interview|screen|on[\s-]?site|final\s+round|recruit|hiring|talent|loop\b|take[\s-]?home"
    r"|technical|coding|system\s+design|behaviou?ral|panel|superday|candidate|\bhm\b"
    r"|greenhouse|lever\.co|ashby|goodtime|position|\brole\b|intro(?:ductory)?\s+call"
    r"|chat\s+with|conversation\s+with|meet\s+the\s+team|case\s+study|pair\s+programming"
    r"|culture\s+(?:fit|add)|career|job|\bintro\b|<>|\s[x×]\s|\bfinal\b|portfolio|bar\s+raiser"
    r"|coffee|networking|oral (?:board|interview)|selection (?:board|panel|day|event|cent)"
    r"|teaching (?:demo|sample)|(?:demo(?:nstration)?|sample|model) lesson|assessment|gesprek"
    r"|viva[\s-]+voce|"
    + FOREIGN
)
PREFILTER = re.compile(_PREFILTER)
# A literal each PREFILTER alternative cannot match without (its rarest plain substring).
# ``re`` tries every alternative at every position, 30 µs for a short description; testing
# these with ``in`` first costs 6 µs and lets the regex run only where it could match.
# tests/core/test_detect_prefilter.py checks that the gate never rejects what PREFILTER accepts.
PREFILTER_STEMS = (
    "interview", "screen", "site", "final", "recruit", "hiring", "talent", "loop", "take",
    "technical", "coding", "design", "behavio", "panel", "superday", "candidate", "hm",
    "greenhouse", "lever", "ashby", "goodtime", "position", "role", "intro", "chat",
    "conversation", "meet", "case", "pair", "culture", "career", "job", "<>", "portfolio",
    "raiser", "coffee", "networking", "oral ", "selection ", "teaching ", " lesson", "assessment",
    "viva",
    # the ASCII-spelled words of words.FOREIGN; non-ASCII text always goes to the regex
    *FOREIGN_STEMS,
)
_PREFILTER_GATE = Stems(PREFILTER_STEMS)
_CROSS = re.compile(r"\s[x×]\s")  # "Pat x Kim": the one PREFILTER alternative with no stem


def _no_cross(lowered: str) -> bool:
    # Most text has no "x" at all: a substring test spares the regex scan.
    return ("x" not in lowered and "×" not in lowered) or _CROSS.search(lowered) is None


def prefilter_match(lowered: str) -> bool:
    """``PREFILTER.search(lowered)``, fast: the stem gate first, the regex only past it."""
    if lowered.isascii() and not _PREFILTER_GATE.found_in(_spaced(lowered)) \
            and _no_cross(lowered):
        return False
    return PREFILTER.search(lowered) is not None


# The gates' stems spell a pattern's "\s" as a space ("oral ", "practical test", "fly out"),
# so an ASCII text is gated with its other whitespace read as spaces: a tab or a line break
# where the pattern allows any space (Hypothesis found "fly\tout" passing the regex, not the
# gate). Each is one character for one, so nothing else moves; printable text (no tab, no line
# break) is gated as it is, without the copy.
_ASCII_SPACES = str.maketrans({c: " " for c in map(chr, range(128)) if c.isspace() and c != " "})


def _spaced(ascii_text: str) -> str:
    return ascii_text if ascii_text.isprintable() else ascii_text.translate(_ASCII_SPACES)
# Round 9 (``lexicon_steps``): a phone screen, in every language, is explicit; a trial day is a
# hint (a child's "Probetag" at a daycare, a gym's trial shift) that an employer's invitation
# seconds (``invited_to_trial``).
# Both behind their own stem gate, not inside the long title regexes below: ``re`` tries each
# alternative there at every position, and ~100 more cost every title that reaches them.


_PHONE = RowsGated(table_rows(PHONE_SCREEN))
_TRIAL = RowsGated(table_rows(TRIAL))
# round 11: a skills test and a candidate's trial lecture, hints like a trial day; searched
# with the trial days' words in one pass (one fold and one literal scan of the title, not two)
# round 16: a selection's own tests (a physical ability test, a written exam, an "Auswahltest",
# a "prova preselettiva", ``lexicon_selection``), hints like a skills test
_STEP_HINT = RowsGated(table_rows(TRIAL, SKILLS_TEST, TRIAL_TALK, SELECTION_TEST))
# Round 21: a call named by the seasonal or junior role it is for ("Harvest intern call –
# cellarmaster", "Seasonal associate chat"), a weak hint a hiring sender or text seconds.
_ROLE_CALL = (r"\b(?:intern|internship|seasonal|harvest|vintage|apprentice|apprenticeship)"
              r"\s+(?:call|chat)\b")
# The title also lets through the weak hints ``evidence`` weighs ("Pat / Kim", "Loop",
# "Offer discussion", "Kennenlernen"); descriptions are full of such words, titles are not.
PREFILTER_TITLE = re.compile(
    _PREFILTER + r"|c(?:hat|atch[\s-]?up|all\s+with|o(?:nversation|mpensation)|harla"
    r"|hange\s+avec|hiacchierata)|next\s+steps?|follow[\s-]?up|offer|salary"
    r"|d(?:ebrief|eep[\s-]?dive|iscussion|emo)|op(?:portunit|ening)|vacancy|pair"
    r"|minute\s+meeting|\s[/&+]\s|meeting\s+with|greet|trial|assignment|exercise"
    r"|kenn(?:enlern|ismaking)|rencontre|^\W*meet\b|hospitation|probetag|schnuppertag|hearing"
    r"|audition|probespiel|audici[óo]n|intervist|campus\s+visit|viva\b|fly[\s-]?(?:out|back)\b"
    # round 7 (``lexicon.QUALIFIED``): "Second round – Acme" is explicit but had no stem here
    r"|(?:first|second|third|1st|2nd|3rd|next)\s+round|(?:first|second|third|1st|2nd|3rd|next)\s+stage"
    r"|recrut|reclut|werving|(?:registration|compliance)\s+call"
    # round 6: a bare German "Gespräch" ("Persönliches Gespräch – Sachbearbeiter/in"), weak
    # like "chat": TITLE_WEAK asks for a second signal
    r"|\b(?:erst)?gespr[äa]ch\b|" + SELECTION_DAY + r"|" + _ROLE_CALL + r"|" + THIN_WEAK
)

# Explicit on their own in a title.
TITLE_STRONG = LiteralGated(re.compile(
    r"\binterview|\binterivew|\b(?:video|online|job|bewerbungs|vorstellungs|einzel|gruppen)interview"
    r"|\bphone[\s-]*screen|\btech(?:nical)?[\s-]+screen"
    r"|\bscreen\s+(?:call|with)\b|\bscreening\s+(?:call|interview|chat)\b"
    r"|\b(?:recruiter|recruiting|hr|hm|talent)\s+(?:screen|call|chat)"
    r"|\bhiring[\s-]+manager\b|\bHM\b|\bfinal\s+(?:round|stage)\b|\bsuperday\b"
    r"|\bvirtual\s+on[\s-]?site\b|\bon[\s-]?site\s+(?:interview|loop|round|visit\s+with)\b"
    r"|\b(?:technical|coding|system(?:s)?\s+design|behaviou?ral|panel|culture(?:\s+fit)?)"
    r"\s+(?:interview|round|assessment|chat|call|screen)"
    # round 12: a round named by who runs it or how (Indian campus and IT hiring: "HR Round",
    # "Managerial Round", "Telephonic Round"), not a round table or a round trip
    r"|\b(?:hr|managerial|manager|telephonic|telephone|phone|director|client|functional"
    r"|cultural|f2f|face[\s-]to[\s-]face|leadership|partner|ceo|founders?)\s+round\b"
    r"(?!\s*(?:table|robin|trip|up\b))"
    r"|\btake[\s-]?home\s+(?:review|assignment|exercise|discussion|debrief|presentation)?"
    r"|\bcase\s+interview\b|\bchat\s+with\s+(?:the\s+)?hiring\s+team\b"
    r"|\b(?:call|chat|intro|screen|conversation|meeting)\b.*\b(?:recruit(?:er|ing|ment)"
    r"|talent)\b|\b(?:recruit(?:er|ing|ment)|talent\s+(?:acquisition|partner|team))\b.*"
    r"\b(?:call|chat|intro|screen|conversation|meeting)\b"
    r"|\b(?:first|second|third|1st|2nd|3rd|next|final)\s+(?:round|stage)\b|\bround\s+\d\b"
    r"|\b(?:interview|onsite|on-site)\s+loop\b|\bassessment[\s-]+(?:cent(?:er|re)|day)\b"
    r"|\bselection\s+(?:day|event|cent(?:er|re))\b"
    r"|" + SELECTION_DAY + r"|" + FOREIGN,
    _I,
))

# Need a second signal (a hiring word in the description, a recruiter or an ATS as organiser, or
# the user's own name in the title, as ATSs write it) before they count.
TITLE_WEAK = LiteralGated(re.compile(
    r"\bintro(?:ductory)?\s+(?:call|chat|meeting|conversation)\b|\b(?:call|chat|conversation)"
    r"\s+with\b|\bscreen(?:ing)?\b|\bintro\b|\s(?:x|<>)\s|\brecruit|\btalent\b"
    r"|\bcareer\s+conversation\b|\bcoffee\s+chat\b|\bconversation\b"
    r"|\bfollow[\s-]?up\s+(?:call|conversation|chat)\b|\bpresentation\b"
    r"|\bhiring\s+team\b|\bmeet\s+the\s+team\b|\bon[\s-]?site\b|\bsystems?\s+design\b"
    r"|\blive\s+coding\b|\bpair[\s-]+programming\b|\bcase\s+study\b"
    r"|\b(?:technical|coding|behaviou?ral|panel)\s+(?:session|discussion)\b|\bfinal\b"
    r"|\b(?:initial|first|quick|short|exploratory)\s+(?:call|chat|conversation|meeting)\b"
    r"|\bnext\s+steps?\b|\bportfolio\s+(?:review|presentation|walk[\s-]?through)\b"
    r"|\bbar[\s-]+raiser\b|\bgesprek\b"
    # round 24: a locum or staffing agency's intake call before it puts the candidate forward
    # (teamlocum.co.uk, thinklocum.co.uk); a job or a hiring sender must second it
    r"|\b(?:registration|compliance)\s+call\b"
    # German trial days: a hiring step when an employer's hiring mailbox sends them; "recruit"
    # in French, Spanish, Italian, Portuguese and Dutch ("RDV recrutement")
    r"|\bhospitation\w*|\bprobetag\b|\bschnuppertag\b|\brecrut|\breclut|\bwerving\b"
    # auditions (orchestras, companies, casting) and the hospitality trade's trial shift
    r"|\baudition\w*|\bprobespiel\b|\baudici[óo]n\b|\btrial\s+(?:shift|day)\b"
    # Austrian public employers call the panel interview a "Hearing"
    r"|\bhearing\b(?!\s+(?:test|aid|check|screen|exam|loss|appointment))"
    # round 5: the Italian "intervista" (the press's word, and some recruiters'), an academic
    # search's campus visit and job talk, and interviews in the plural (a candidate attends one:
    # the plural is mostly the hiring side's day, so it needs a second signal like any hint)
    r"|\bintervist[ae]\b|\bcampus\s+visit\b|\bjob\s+talk\b"
    # round 9: its other names, the fly-out and the fly-back (academic job-market words)
    r"|\bfly[\s-]?(?:out|back)\b"
    # round 6: a bare German "Gespräch", weak like "chat"
    r"|\b(?:erst)?gespr[äa]ch\b"
    # round 7: a "viva voce" (South Asian public employers' oral interview for a post; a
    # thesis viva is the same word, so a job or a hiring sender must confirm it)
    r"|\bviva(?:[\s-]+voce)?\b|" + PLURAL_INTERVIEWS_TEXT
    # round 21: a call named by the role it is for, and a word a job interview shares with the
    # press or a chat (Uzbek "suhbat", Mongolian "ярилцлага", Basque "elkarrizketa", Irish
    # "agallamh", ``thin_languages``)
    + r"|" + _ROLE_CALL + r"|" + THIN_WEAK,
    _I,
))

# Public-sector and school hiring steps, explicit on their own; searched only when a title
# has one of the gate's words, so that every other title pays for four substring tests.
_STRONG_PUBLIC = re.compile(
    r"\boral\s+(?:board|interview)\b|\b(?:selection|interview)\s+board\b"
    r"|\bteaching\s+(?:demo(?:nstration)?|sample)\b|\b(?:demo(?:nstration)?|sample|model)\s+lesson\b",
    _I,
)
_STRONG_PUBLIC_GATE = ("oral", "board", "teaching", "lesson")
# Executive searches and meetings with the top of a company: weak hints, gated likewise.
_WEAK_EXECUTIVE = re.compile(
    r"\b(?:c[a-z]o|vp|svp|evp|executive|leadership|retained|president|gm)\s+search\b"
    r"|\b(?:leadership|executive|hiring|selection|search\s+committee)\s+panel\b"
    # a meal with the team as the last step ("Lunch with the team – Marketing Lead"): weak, a
    # job in the title or a hiring text confirms it
    r"|\b(?:dinner|lunch|breakfast|drinks)\s+with\s+(?:the\s+|our\s+)?(?:leadership\s+|hiring\s+"
    r"|founding\s+|management\s+)?team\b"
    r"|\b(?:dinner|lunch|breakfast|coffee|drinks|meet(?:ing)?|call|chat|conversation)\s+with\s+"
    r"(?:the\s+|our\s+)?(?:co-?)?(?:founders?|c[a-z]o|chair(?:man|woman|person)?|board"
    r"|president|managing\s+partner)\b",
    _I,
)
_WEAK_EXECUTIVE_GATE = ("search", "panel", "founder", "chair", "board", "president", "partner",
                        "team", "ceo", "cfo", "coo", "cto", "cro", "cmo", "cio", "cpo", "cso")


# The same gate for titles: the rarest literal of each alternative PREFILTER_TITLE adds.
# An everyday title ("Dentist", "Sprint planning") leaves after these substring tests, about
# a tenth of what the regex costs; tests/core/test_detect_prefilter.py checks the gate.
PREFILTER_TITLE_STEMS = (
    *PREFILTER_STEMS, *_WEAK_EXECUTIVE_GATE,
    "chat", "catch", "call", "compensation", "charla", "change", "chiacchierata", "next",
    "follow", "offer", "salary", "debrief", "deep", "discussion", "demo", "opportunit",
    "opening", "vacancy", "minute", "/", "&", "+", "meeting", "greet", "trial", "assignment",
    "exercise", "kenn", "rencontre", "hospitation", "probetag", "schnuppertag", "hearing",
    "audition", "probespiel", "audici", "intervist", "campus", "viva", "round", "stage",
    "flyout", "fly-out", "fly out", "flyback", "fly-back", "fly back",
    # SELECTION_DAY's ASCII spellings
    "auswahl", "probearbeit", "journ", "jornada", "dinamica", "selezione", "selectie",
    "vorstellungstermin", "bewerbungstermin", "einstellungsgespr", "proceso", "processo",
    "vyberov", "soveltuvuusarvio", "samtale",
    # round 21 (``thin_languages``): selection steps and weak interview words
    *SELECTION_STEMS, *WEAK_STEMS,
    # "recruit" in other languages
    "recrut", "reclut", "werving", "registration", "compliance",
    # round 9: the phone screens' and trial days' words (``lexicon_steps``)
    *ascii_literals(PHONE_SCREEN, TRIAL),
    # round 11: skills tests and trial lectures (``lexicon_steps``), by their whole ASCII
    # phrases: their first words ("work", "test", "demo") are in every calendar's titles
    *sorted({fold_lower(stem.strip()) for table in (SKILLS_TEST, TRIAL_TALK, SELECTION_TEST)
             for cell in table.values() for stem in cell if fold_lower(stem.strip()).isascii()}),
)


# The two gates apart: a title whose only stems are the executive hints' ("Team sync",
# "Board meeting prep") cannot match PREFILTER_TITLE, whose ~200 alternatives cost ~14 µs a
# title; only the short executive pattern is tried there (an ordinary calendar has many such
# titles: a first sync of 10,000 "Team sync" events spent ~130 ms in the long regex).
_TITLE_WORDS = frozenset(s for s in PREFILTER_TITLE_STEMS if s not in _WEAK_EXECUTIVE_GATE
                         or s in PREFILTER_STEMS)
_TITLE_GATE = Stems(_TITLE_WORDS)
_EXECUTIVE_GATE = Stems(_WEAK_EXECUTIVE_GATE)
_EXECUTIVE_WORDS = frozenset(_WEAK_EXECUTIVE_GATE)
# All four gates' words in one automaton: a printable title is read once, not four times.
_EVERY_TITLE_GATE = Stems(_TITLE_WORDS | _EXECUTIVE_WORDS | CLIENT_WORDS | ORAL_WORDS)


def prefilter_title(lowered: str) -> bool:
    """Whether a lower-cased title could be a hiring event: PREFILTER_TITLE, a phone screen, a
    trial day, a skills test or trial lecture, or an executive hint."""
    if lowered.isascii() and lowered.isprintable():  # (nearly every title: _spaced is a no-op)
        held = _EVERY_TITLE_GATE.held(lowered)
        if held.isdisjoint(_TITLE_WORDS) and _no_cross(lowered):
            return (not held.isdisjoint(_EXECUTIVE_WORDS) and (
                "with" in lowered or "search" in lowered or "panel" in lowered)
                and _WEAK_EXECUTIVE.search(lowered) is not None) \
                or (not held.isdisjoint(CLIENT_WORDS) and client_meeting(lowered) is not None) \
                or (not held.isdisjoint(ORAL_WORDS) and competition_oral(lowered) is not None)
    elif lowered.isascii() and not _TITLE_GATE.found_in(_spaced(lowered)) \
            and _no_cross(lowered):
        # Each _WEAK_EXECUTIVE alternative also needs "search", "panel" or "with" (exact on
        # lower-cased ASCII): "team sync 12" leaves without the regex (~1 µs a title).
        return (_EXECUTIVE_GATE.found_in(lowered) and (
            "with" in lowered or "search" in lowered or "panel" in lowered)
            and _WEAK_EXECUTIVE.search(lowered) is not None) \
            or client_meeting(lowered) is not None \
            or competition_oral(lowered) is not None  # round 13: "prova orale – concorso"
    return (PREFILTER_TITLE.search(lowered) is not None or _PHONE.search(lowered) is not None
            or _STEP_HINT.search(lowered) is not None
            or (_EXECUTIVE_GATE.found_in(lowered) and _WEAK_EXECUTIVE.search(lowered) is not None)
            # round 12: an agency's client meeting ("Vorstellung beim Kunden", ``agency``)
            or client_meeting(lowered) is not None or competition_oral(lowered) is not None)


# An interview's title is asked up to three times (its features, the rules' evidence, its
# stage): the last answers are kept (a match is immutable; titles are bounded, core.bounds).
@functools.lru_cache(maxsize=256)
def strong_title(title: str) -> re.Match[str] | None:
    """The explicit hiring phrase a title holds: TITLE_STRONG, then the public-sector steps."""
    found = TITLE_STRONG.search(title)
    if found is not None and _in_plural(title, found):
        found = None  # "Sessions: today's interviews" is a hint (TITLE_WEAK), not explicit
    if found is None:
        found = _PHONE.search(title)  # round 9: "Triagem por telefone", 電話面接
    if found is None:
        low = title.lower()
        if any(map(low.__contains__, _STRONG_PUBLIC_GATE)):
            found = _STRONG_PUBLIC.search(title)
    return found or competition_oral(title)  # round 13: "Prova orale – Concorso ..."


def _in_plural(title: str, found: re.Match[str]) -> bool:
    """Whether the strong phrase found is (part of) an interview word in the plural, with no
    other strong phrase in the title ("Final round interviews" keeps "Final round")."""
    low = title.lower()
    if not any(stem in low for stem in PLURAL_STEMS):
        return False
    for plural in PLURAL_INTERVIEWS.finditer(title):
        if plural.start() <= found.start() < plural.end():
            rest = title[: plural.start()] + " " + title[plural.end():]
            return TITLE_STRONG.search(rest) is None
    return False


def trial_hint(title: str) -> bool:
    """Whether the title names a trial day or shift (``lexicon_steps.TRIAL``)."""
    return _TRIAL.search(title) is not None


def invited_to_trial(title: str, organizer_domain: str, organizer_self: bool) -> bool:
    """A trial day an outside organisation invited the user to: the second signal a trial
    day's hint needs (round 9: a restaurant's "Proefdag – kok" from its kitchen's mailbox, a
    pub's "Probetag – Servicekraft"; the user's own "Probetag Kita Sonnenblume" is a child's)."""
    return (not organizer_self and bool(organizer_domain) and not is_free_mail(organizer_domain)
            and trial_hint(title))


def step_hint(title: str) -> re.Match[str] | None:
    """The step a title names without the interview word: a trial day, a skills test, a trial
    lecture or a selection's test (``lexicon_steps``, ``lexicon_selection``)."""
    return _STEP_HINT.search(title)


def weak_title(title: str) -> re.Match[str] | None:
    """The weak hiring hint a title holds: TITLE_WEAK, then the executive-search hints."""
    found = TITLE_WEAK.search(title) or _STEP_HINT.search(title)
    if found is None:
        low = title.lower()
        if _EXECUTIVE_GATE.found_in(low):
            found = _WEAK_EXECUTIVE.search(title)
    return found

# An organiser or guest whose address or name says press, podcast or research: not hiring.
MEDIA_PERSON = LiteralGated(re.compile(
    r"reporter|journalist|\bpress\b|newsroom|podcast|media[\s._-]*relations|\.fm$"
    r"|^research|ux[\s._-]*research|user[\s._-]*research|^editor(?:ial)?@|newsdesk|^news@",
    _I,
))

# In a description: the user is on the hiring side. Vetoes whatever the title says.
DESC_HIRING_SIDE = LiteralGated(re.compile(
    r"\bscorecard|\binterview\s+kit\b|\bsubmit\s+(?:your\s+)?feedback|(?<!\byour\s)\bcandidate(?:'s)?\s+"
    r"(?:profile|resume|cv|packet|details)|\byou(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+"
    r"(?:on\s+the\s+panel|interviewing(?!\s+(?:with|for|at)\b)|the\s+interviewer)"
    r"|\bplease\s+review\s+the\s+candidate"
    r"|\binterviewer\s+(?:instructions|guide|notes)|\bfocus\s+areas?\s+for\s+(?:this|your)\s+interview"
    # round 5: the same told in other languages ("Sie sind als Interviewer eingetragen", "Je
    # ontvangt deze uitnodiging als hiring manager", 您为本场面试的面试官), an assessment form to
    # fill in after the talk, and the user's group interviewing someone for a class or a story
    r"|\b(?:sie|du|je|jij|u)\s+(?:\w+\s+){0,4}als\s+(?:interviewer|hiring\s+manager"
    r"|gesprekspartner|beoordelaar)\b|\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:\w+\s+){0,2}"
    r"as\s+(?:an?\s+|the\s+)?(?:interviewer|panel(?:l)?ist|hiring\s+manager)\b"
    r"|\bvous\s+(?:\w+\s+){0,3}en\s+tant\s+qu['’](?:intervieweur|recruteur|membre\s+du\s+jury)"
    r"|\bbeoordelingsformulier|\bbewertungsbogen"
    r"|\b(?:we|i|our\s+(?:group|team|class))\s+(?:will\s+)?interviews?\s+(?:her|him|them)\b"
    # round 14: an interview rehearsed by the hiring side (a role play of the interview guide):
    # a colleague plays the candidate, or the user says they are the interviewer ("Giulia fa
    # la candidata, io l'intervistatrice"), in the languages of the check sets
    r"|\bplay(?:s|ing)?\s+(?:the\s+)?(?:candidate|applicant|interviewee)\b"
    r"|\bfa\s+(?:la|il|da)\s+candidat[oa]\b|\bspielt\s+(?:den|die)\s+(?:bewerber|kandidat)"
    r"|\bjoue\s+(?:le|la)\s+(?:candidat|postulant)|\bhace\s+de\s+(?:candidat|postulante)"
    r"|\bspeelt\s+de\s+(?:kandidaat|sollicitant)"
    r"|\b(?:i['’]ll|i\s+will|i['’]m|i\s+am)\s+(?:be\s+|play(?:ing)?\s+)?the\s+interviewer\b"
    r"|\bio\s+(?:sono\s+|faccio\s+)?l['’]intervistat(?:ore|rice)\b"
    r"|\bich\s+(?:bin|spiele)\s+(?:der\s+|die\s+)?interviewer(?:in)?\b"
    r"|\b(?:je\s+suis|je\s+joue)\s+l['’]intervieweu(?:r|se)\b"
    r"|\byo\s+(?:soy|hago\s+de)\s+(?:el\s+|la\s+)?entrevistador(?:a)?\b",
    _I,
))  # searched over descriptions: behind a gate of its own literals (gate.LiteralGated)

# In a description: not a hiring conversation. Vetoes only a title that is not explicit.
DESC_NEGATIVE = LiteralGated(re.compile(
    r"\bmock\s+interview|\bpodcast|\bepisode\b|\bjournalist|\bthis\s+is\s+a\s+practice"
    r"|\buser\s+research|\bresearch\s+(?:study|participant)|\bexit\s+interview|\bwebinar"
    r"|\bregister\s+(?:here|now)\b|\bfocus\s+group|\bgift\s+card\b|\bincentive\b"
    r"|\bthanks\s+for\s+registering|\byou(?:'re|\s+are)\s+registered|\blive\s?stream|\breplay\b"
    r"|\bpricing\b|\bquote\s+for\b|\bproduct\s+demo\b|\bpractice\s+interview",
    _I,
))

class Gated:
    """A case-insensitive pattern behind a stem gate: ``search`` answers as ``pattern.search``.

    On ASCII text the pattern cannot match unless one of ``stems`` (lower-case literals, one
    of which every alternative needs) is in it; testing those with ``in`` costs a few µs where
    the pattern, tried at every position of a description, costs hundreds. Text with other
    characters always goes to the pattern (case folding and the non-Latin words need it).
    tests/core/test_detect_prefilter.py checks that the gate never changes an answer."""

    __slots__ = ("gate", "pattern", "stems")

    def __init__(self, pattern: re.Pattern[str], stems: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.stems = stems
        self.gate = Stems(stems)

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii() and not self.gate.found_in(text.lower()):
            return None
        return self.pattern.search(text)


# The ASCII literals of words.APPLICATION and words.POSITION (their other spellings are not
# ASCII, and a text that is not ASCII always goes to the pattern).
_APPLICATION_STEMS = ("bewerbung", "candidatur", "solicitud", "sollicitatie", "aplikacj",
                      "kandydatur", "zgloszeni", "zadost", "prihlask", "soknad", "ansok",
                      "hakemuk", "basvurunuz", "lamaran", "aplicarea")
_POSITION_STEMS = ("stelle", "poste", "puesto", "vaga", "posizione", "functie", "vacature",
                   "stanowisk", "pozic", "stillingen", "tjansten", "pozisyonu", "postul", "posisi")

# In a description: this is a hiring conversation with the user as the candidate. Both are
# grouped by first character (gate.first_char_grouped): the same matches, ~4x faster (round 11).
_DESC_POSITIVE = (
    r"\binterview|\brecruit|\btalent\s+acquisition|\bhiring\s+(?:team|manager|process)"
    r"|\bthanks?(?:\s+you)?(?:\s+so\s+much)?\s+for\s+(?:your\s+)?(?:interest|applying|application)|\byour\s+application\b"
    r"|\bthe\s+(?:role|position|opening)\b|\bfor\s+the\s+.{1,60}?\s+(?:role|position)\b"
    r"|\bphone\s+screen|\bgreenhouse\.io|\blever\.co|\bashbyhq|\bgoodtime\.io|\bcandidate\s+portal"
    r"|\bnext\s+steps?\s+in\s+(?:the|our)\s+process|\b(?:job|career)s?\s+opportunit"
    r"|\bthe\s+(?:[\w-]+\s+){1,4}(?:role|position|opening|vacancy)\b"
    r"|\broles?\s+(?:at|on|in)\s+(?:the\s+|our\s+)?[A-Z\w]|\bopen\s+(?:roles?|positions?)\b"
    # round 9: an academic search's own words (a campus visit's or fly-out's itinerary)
    r"|\bjob\s+talk\b|\bsearch\s+(?:committee|chair)\b"
    # round 11: a professorship's appointment committee, and the rounds a candidate has passed
    r"|\bberufungs(?:kommission|verfahren)|\b(?:technical|interview|earlier|previous|first)\s+rounds\b"
    r"|" + APPLICATION + r"|" + POSITION + r"|" + FOREIGN
)
DESC_POSITIVE = first_char_grouped(_DESC_POSITIVE, _I)
DESC_POSITIVE_GATED = Gated(DESC_POSITIVE, (
    "recruit", "talent", "hiring", "interest", "apply", "application", "role", "position",
    "opening", "vacancy", "phone", "greenhouse", "lever", "ashby", "goodtime", "candidate",
    "process", "opportunit", "talk", "search", "berufungs", "rounds", *FOREIGN_STEMS,
    *_APPLICATION_STEMS, *_POSITION_STEMS))

# In a description: explicit that the user is the candidate (enough even for a plain title).
_DESC_CANDIDATE = (
    r"\byour\s+(?:[\w-]+\s+){0,3}interview|\binterview\s+with\s+(?:us|our|the)\b"
    r"|\bthanks?(?:\s+you)?(?:\s+so\s+much)?\s+for\s+(?:your\s+interest|applying|your\s+application)|\b(?:recruiting|recruitment|hiring"
    r"|talent(?:\s+acquisition)?)\s+team\b|\byour\s+application\b|\bwe\s+look\s+forward\s+to"
    r"\s+(?:speaking|talking|meeting|chatting)\s+with\s+you|\binterview\s+(?:schedule|details"
    r"|confirmation)\b|\b(?:greenhouse|lever|ashbyhq|goodtime)\.(?:io|co|com)\b"
    r"|\b(?:(?:event|meeting)\s+(?:name|type)|topic)\s*:[^\n]*(?:interview|screen|recruit|hiring|on-?site)"
    # a booking form's question: "Which position are you interested in?: Associate"
    r"|\b(?:position|role|job|opening|vacancy)s?\s+(?:are\s+you|you(?:'re|\s+are))\s+"
    r"(?:applying|interested)\s+(?:for|in)\b"
    r"|" + APPLICATION + r"|" + FOREIGN
)
DESC_CANDIDATE = first_char_grouped(_DESC_CANDIDATE, _I)
DESC_CANDIDATE_GATED = Gated(DESC_CANDIDATE, (
    "interest", "apply", "application", "recruit", "hiring", "talent", "forward", "greenhouse",
    "lever", "ashby", "goodtime", "screen", "site", "applying", *FOREIGN_STEMS,
    *_APPLICATION_STEMS))
