"""Whose interview is it: hiring-side words in any language; meetings that are no job interview.

Owns what tells "I am the candidate" from "an interview-shaped event about someone else" beyond
the English vocabularies of ``rules``: another candidate or the user as interviewer named in
Chinese, Japanese or Korean (kept apart from ``title_negative.TITLE_NEGATIVE`` and
``rules.DESC_HIRING_SIDE``, whose literal gates read ASCII literals only: searched only in text
that is not ASCII), whether a title names the user, and informational interviews and networking
meetings (the user's own meetings, not job interviews: ``confidence`` asks about them, never
drafts). Pure data and small functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from functools import lru_cache
from typing import Any

from interview_sync.core.detect.addresses import domain_of, is_free_mail
from interview_sync.core.detect.everyday_jobs import EVERYDAY_JOB
from interview_sync.core.detect.gate import LiteralGated, fold_lower
from interview_sync.core.detect.jobs import JOB_AD_MARK, ROLE_WORD_RE, STOP_TOKENS, job_ad_mark
from interview_sync.core.detect.lexicon import NO_SPACES
from interview_sync.core.detect.lexicon_people import (
    COURTESY,
    COURTESY_AFTER,
    HIRING_SELF,
    WITH,
    WITH_AFTER,
)
from interview_sync.core.detect.lookalikes import FoldGated
from interview_sync.core.detect.other_side import CANDIDATE_AFTER, hiring_seat
from interview_sync.core.detect.panel import OTHER_SIDE_TITLE, PANEL_TABLE
from interview_sync.core.detect.people import name_from_address
from interview_sync.core.detect.rules import (
    CANDIDATE_WORDS,
    DESC_CANDIDATE_GATED,
    DESC_HIRING_SIDE,
    TITLE_STRONG,
    strong_title,
    weak_title,
)
from interview_sync.core.text import text_of

__all__ = ["CANDIDATE_WORD", "INFORMATIONAL", "JOB_AD_MARK", "NOT_NAMES", "PANEL_MEMBER",
           "TITLE_HIRING_SIDE_CJK", "cjk_hiring_side", "hiring_side_invite", "hiring_side_text",
           "is_informational", "kit_about_user", "names_job", "names_someone_else", "names_user",
           "not_a_name", "user_hires"]

_MAP = (dict, Mapping)


# Another candidate in Chinese, Japanese and Korean; other candidates (plural only: a singular
# can address the user) in Russian, Bulgarian, Ukrainian and Arabic.
_CANDIDATE_CJK = (r"候选人|候選人|候補者|応募者|지원자|후보자|кандидат(?:ов|ами|ы|и|ите)\b"
                  r"|соискател(?:ей|ями|и)\b|претендент(?:ов|ами|ы)\b|المرشحين|مرشحين")
CANDIDATE_WORD = re.compile(r"candidate|" + CANDIDATE_WORDS + "|" + _CANDIDATE_CJK, re.IGNORECASE)
# The same hiring-side words in CJK (another candidate, the user as interviewer but not judges
# counted, "면접관 3명", interviews to prepare, a head count), apart from TITLE_NEGATIVE (an ASCII
# gate): searched only in titles that are not ASCII (``cjk_hiring_side``).
TITLE_HIRING_SIDE_CJK = re.compile(
    _CANDIDATE_CJK + r"|(?:面试官|面試官|面接官|면접관|考官)(?!\s*\d+\s*(?:名|人|명|인|位))"
    r"|準備|准备|준비|(?<![官관])(?<![官관]\s)\d\s*(?:名|人|명)(?!\w)")


def cjk_hiring_side(title: str) -> re.Match[str] | None:
    """TITLE_HIRING_SIDE_CJK's match in a title that is not ASCII (an ASCII one cannot hold it)."""
    return None if title.isascii() else TITLE_HIRING_SIDE_CJK.search(title)


# The same told in Chinese, Japanese and Korean (您为本场面试的面试官, 面接官として, 면접관으로, an
# assessment form), apart for the reason given at TITLE_HIRING_SIDE_CJK.
_DESC_HIRING_SIDE_CJK = re.compile(
    r"(?:您|你)(?:为|是|作为|担任)[^。\n]{0,15}面试官|面接官(?:として|を担当|をお願い)"
    r"|면접관(?:으로|을\s*맡)|评价表|評価シート|평가표")


PANEL_MEMBER = FoldGated(PANEL_TABLE)


def hiring_side_text(description: str, title: str = "") -> bool:
    """Whether a description (or the title) is written for the hiring side: DESC_HIRING_SIDE
    and its CJK words in a description that is not ASCII, the user on the selection panel
    in any language (``PANEL_MEMBER``, title and description), or the user's hiring-side role
    or seat (``other_side.hiring_seat``)."""
    side = DESC_HIRING_SIDE.search(description) if description else None
    if side is not None and not _tool_named_to_candidate(side, description):
        return True
    if description and not description.isascii() and _DESC_HIRING_SIDE_CJK.search(description):
        return True
    return (PANEL_MEMBER.search(title) is not None or OTHER_SIDE_TITLE.search(title) is not None
            if title else False) or (
        bool(description) and PANEL_MEMBER.search(description[:_PANEL_HEAD]) is not None) \
        or hiring_seat(title, description)  # round 16: a hiring-side role or seat (other_side)


_PANEL_HEAD = 1_500  # what a panel member is told, an invite says early
# The hiring tool's words an invite copies to the candidate too ("Scorecard: Bookkeeping
# basics" under "Maggie will call you at the number on your application").
_TOOL_WORD = re.compile(r"scorecard|interview\s+kit", re.IGNORECASE)
_YOU = re.compile(r"\byou(?:r)?\b", re.IGNORECASE)


def _tool_named_to_candidate(side: re.Match[str], description: str) -> bool:
    """Whether the only hiring-side words are a tool's name in an invite that speaks to the
    candidate about their own application (round 6: a "Telephonic Interview" was vetoed)."""
    if _TOOL_WORD.fullmatch(side.group(0)) is None:
        return False
    rest = _TOOL_WORD.sub(" ", description)
    return (DESC_HIRING_SIDE.search(rest) is None and _YOU.search(rest) is not None
            and DESC_CANDIDATE_GATED.search(rest) is not None)


# An informational interview or a networking meeting: the user's own meeting, worth a thank-you,
# but no job interview (the blind labellers' convention since round 4, the project's since round
# 5). ``confidence`` asks about one rather than drafting; ``classify`` does not accept it.
INFORMATIONAL = LiteralGated(re.compile(
    r"\binformation(?:al)?\s+(?:interview|chat|call|coffee|meeting|conversation)|\binfo\s+interview"
    r"|\bnetworking\s+(?:call|chat|coffee|meeting|conversation|lunch)"
    r"|\binformationsgespr[äa]ch|\bentretien\s+(?:informatif|d['’]information|r[ée]seau)"
    r"|\bentrevista\s+informativa|\binformatief\s+gesprek|\bcolloquio\s+informativo"
    r"|\bconversa\s+informativa"
    # round 8: a meeting that says it is no job interview ("Happy to chat about what PMs do
    # here. Not a job interview, just questions!"), in the corpus's main languages
    # (not "not a formal interview", "not an interview as such": recruiters say so of a
    # screen; only a job interview denied outright)
    r"|\bnot\s+a\s+job\s+interview\b|\bno\s+job\s+interview"
    r"|\bnot\s+(?:asking\s+(?:you\s+)?for|about)\s+a\s+job|\bkein\s+(?:vorstellungs|bewerbungs)gespr"
    r"|\bpas\s+un\s+entretien\s+d['’]embauche|\bno\s+es\s+una\s+entrevista\s+de\s+trabajo"
    r"|\bgeen\s+sollicitatiegesprek|\bnon\s+[èe]\s+un\s+colloquio\s+di\s+lavoro"
    r"|\bn[ãa]o\s+[ée]\s+uma\s+entrevista\s+de\s+emprego",
    re.IGNORECASE,
))


def _hiring_self_rows() -> tuple[tuple[str, str], ...]:
    """(alternative, literal) rows of ``HIRING_SELF`` for a ``FoldGated`` table: the literal is
    the phrase's longest word without an apostrophe (the whole phrase where words have no
    spaces), which the folded text must hold for the alternative to be tried."""
    rows = []
    for lang, cell in HIRING_SELF.items():
        for phrase in cell:
            body = re.escape(phrase.replace("’", "'")).replace(r"\ ", r"\s+").replace("'", "['’]")
            words = [w for w in phrase.split() if "'" not in w and "’" not in w] or [phrase]
            # (folded as the gate folds the text: Turkish "ı" is held as "i")
            rows.append((body if lang in NO_SPACES else r"(?<!\w)" + body + CANDIDATE_AFTER,
                         fold_lower(max(words, key=len))))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


# The user saying, in an entry of their own, that they interview or recruit (``lexicon_people``).
USER_HIRES = FoldGated(_hiring_self_rows())
_HIRES_HEAD = 600


# Round 24: on the user's own entry, an applicant named as the one interviewed: the word beside
# a person's name ("Interview lifeguard applicant – Casey", "Phone screen – applicant Dana
# Whitfield", "Applicant interview: Reese (front desk)"). The user's own mark ("(me)") is the
# user as the candidate (``title_veto``). Gated on the literal, so other titles pay one ``in``;
# the pattern is built on first use.
_SELF_MARK_WORDS = frozenset({"(me)", "(myself)"})


@lru_cache(maxsize=1)
def _applicant_named_re() -> re.Pattern[str]:
    """Built on first use: only the user's own titles holding "applicant" are searched."""
    return re.compile(
        r"\bapplicants?\b(?:\s+(?:interview|screen|call|meeting|chat))?\s*[:–—-]?\s*"
        r"(?-i:[A-Z][a-z'’]+)(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s*(?:[(–—-]|\bfor\b|$)",
        re.IGNORECASE)


def _applicant_named(title: str) -> bool:
    """Whether the user's own title names an applicant as the one interviewed (above)."""
    return "applicant" in title.lower() and _applicant_named_re().search(title) is not None \
        and not _SELF_MARK_WORDS.intersection(title.lower().split())


def user_hires(title: str, description: str, organised_by_user: bool) -> bool:
    """Whether the user's own entry says, in the first person, that they are the one
    interviewing or recruiting ("Sollicitatiegesprekken – ik zit in de commissie", "Intervju
    (ja intervjuiram) – kandidati za prodaju"), or names an applicant as the one interviewed:
    the hiring side. An invite from anyone else is not read (its "I'm hiring" is the
    interviewer's)."""
    if not organised_by_user:
        return False
    return _applicant_named(title) or USER_HIRES.search(title) is not None or (
        bool(description) and USER_HIRES.search(description[:_HIRES_HEAD]) is not None)


def names_user(title: str, user_names: Collection[str]) -> bool:
    """Whether the title names the user by full name, as hiring tools title a candidate's
    event: then what its description tells the other guests (a faculty's "submit feedback")
    is about the user as the candidate."""
    low = title.lower()
    return any(" " in name and name in low for name in user_names)


def is_informational(title: str, description: str) -> bool:
    """An informational interview or a networking meeting, by the title or the description's
    head: the user's own meeting, not a job interview (asked about, never drafted)."""
    said = INFORMATIONAL.search(description[:300])
    if not (INFORMATIONAL.search(title) or said):
        return False
    head = description[:_INFO_HEAD]
    if said is not None:  # "Kein Vorstellungsgespräch": the negation's own hiring word is no call
        head = head[: said.start()] + " " + head[said.end():]
    # "Thanks for applying to the ... role": a recruiter's call, whatever it is called
    return DESC_CANDIDATE_GATED.search(head) is None


_INFO_HEAD = 1_500


_LEADING_PERSON = re.compile(
    r"^\W*(?:(?i:interview|candidate|onsite|phone\s+screen)\s*[:\-–—]\s*)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[-–—|:(]|<>|$)"
)


def _courtesy_pattern() -> re.Pattern[str]:
    titles = sorted({t for cell in COURTESY.values() for t in cell}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(t) for t in titles) + r")"
                      r"(?!\w)\s*([^\W\d_][\w'’-]+)")


# A courtesy title and the name after it ("Frau Demir", "M. Haddad", "dhr. Bakker"), from
# ``lexicon.COURTESY``; "with" and "at" before it make the name the interviewer's.
_COURTESY_NAME = _courtesy_pattern()
_WITH = frozenset(w for cell in WITH.values() for w in cell)


def courtesy_candidate(title: str, attendees: list[Any], me: str, user_names: Collection[str],
                       organizer_domain: str) -> bool:
    """Whether the title names someone other than the user by a courtesy title as the
    candidate: the name is a private guest's ("Entretien M. Haddad" with karim.haddad@orange.fr
    invited), or it follows the interview word straight away in an invite from an employer
    ("Vorstellungsgespräch Frau Demir"). "Vorstellungsgespräch mit Frau Demir", "Entretien
    avec M. Haddad" name the interviewer."""
    mine = {token for name in user_names for token in name.lower().split()}
    employer = bool(organizer_domain) and not is_free_mail(organizer_domain)
    for count, found in enumerate(_COURTESY_NAME.finditer(title)):
        if count == _MAX_COURTESY:
            break  # a title is short; a stranger's thousand "Pan"s are not read to the end
        name, said = found.group(1), title[found.start(): found.start(1)].strip()
        if not (name[0].isupper() or name[0].lower() == name[0].upper()) or name.lower() in mine \
                or (said.isupper() and len(said) > 1 and not said.endswith(".")) \
                or not _looks_like_person(name):
            continue  # "Interview – MS Dynamics Consultant", "Frau Dr." : no candidate named
        before = title[max(0, found.start() - 40): found.start()].lower().split()
        if before and (before[-1] in _WITH or " ".join(before[-2:]) in _WITH):
            continue
        if _private_guest_named(name.lower(), attendees, me):
            return True
        if employer and _right_after_interview_word(title[max(0, found.start() - 200):
                                                          found.start()]):
            return True
    return _courtesy_after_candidate(title, attendees, me, mine, employer)


_MAX_COURTESY = 8


_NAME_COURTESY_TITLES = frozenset(t for cell in COURTESY_AFTER.values() for t in cell)


def _courtesy_after_pattern() -> re.Pattern[str]:
    titles = sorted(_NAME_COURTESY_TITLES, key=len, reverse=True)
    return re.compile(r"((?:[^\W\d_][\w'’-]+\s+)?[^\W\d_][\w'’-]+)\s+(?i:"
                      + "|".join(re.escape(t) for t in titles) + r")(?!\w)")


# A name and the courtesy title after it ("Kovács Péter úr", "Ahmet Bey"): Hungarian, Turkish.
_NAME_COURTESY = _courtesy_after_pattern()
_WITH_AFTER = frozenset(w for cell in WITH_AFTER.values() for w in cell)
# What an ASCII title must hold for ``_NAME_COURTESY`` to match in it: each title as ``re``
# matches it case-insensitively ("hanım" matches "Hanim"), where that is ASCII ("úr" never is).
_AFTER_ASCII = tuple(sorted(t for t in map(fold_lower, _NAME_COURTESY_TITLES) if t.isascii()))


def _courtesy_after_candidate(title: str, attendees: list[Any], me: str, mine: set[str],
                              employer: bool) -> bool:
    """``courtesy_candidate`` for a title written after the name (round 8): "Állásinterjú –
    Kovács Péter úr" and "Mülakat – Ahmet Bey" in an employer's invite name the candidate;
    "Ahmet Bey ile" the interviewer; the user's own names are the user."""
    if title.isascii() and not any(t in title.lower() for t in _AFTER_ASCII):
        return False  # the cheap way out for nearly every title
    for count, found in enumerate(_NAME_COURTESY.finditer(title)):
        if count == _MAX_COURTESY:
            break
        name = found.group(1)
        tokens = name.lower().split()
        if not name[0].isupper() or any(t in mine for t in tokens) \
                or not _looks_like_person(name):
            continue
        after = title[found.end():].lower().split()
        if after and after[0] in _WITH_AFTER:
            continue
        if any(_private_guest_named(t, attendees, me) for t in tokens if len(t) > 2):
            return True
        if employer and _right_after_interview_word(title[max(0, found.start() - 200):
                                                          found.start()]):
            return True
    return False
_AFTER_WORD = re.compile(r"\w*[\s:–—|-]*")


def _right_after_interview_word(head: str) -> bool:
    """Whether ``head`` ends with an explicit interview word (and separators): the name that
    follows is whose interview it is ("Rozmowa kwalifikacyjna – Pan Zieliński")."""
    if strong_title(head) is None:
        return False
    ends = [found.end() for found in TITLE_STRONG.pattern.finditer(head)]  # the gate said one is
    return bool(ends) and _AFTER_WORD.fullmatch(head, ends[-1]) is not None


# Round 12: the hiring tool's words an ATS writes into the whole team's invite (the interview
# kit, the scorecards, "submit feedback"), which the candidate's copy carries too ("Onsite
# Interview – Senior Mechanical Engineer" from the coordinator, the panel as guests).
_KIT_WORD = re.compile(r"scorecard|interview\s+kit|submit\s+(?:your\s+)?feedback", re.IGNORECASE)
_RESOURCE = re.compile(r"@resource\.calendar\.google\.com$")
_HIRING_MAILBOX = re.compile(
    r"recruit|talent|coordinat|schedul|hiring|careers|jobs|staffing|^hr\b|bewerb|karriere"
    r"|recrut|rrhh|selecci|werving|rekrut|rekry")


def kit_about_user(description: str, attendees: list[Any], me: str, organizer_email: str,
                   user_names: Collection[str]) -> bool:
    """Whether the only hiring-side words of a description are a hiring tool's (``_KIT_WORD``)
    and the invite is about the user as the candidate: the description names the user after a
    candidate word ("Candidate: Pat Lee"), or a hiring mailbox sends the panel's invite and the
    user is its only guest from outside the organisation (when the user is on a panel, the
    candidate is another guest from outside, a "candidate" the title names, the panel's own
    words, or a colleague sends it)."""
    sides = list(DESC_HIRING_SIDE.pattern.finditer(description)) if description else []
    if not sides or any(_KIT_WORD.fullmatch(side.group(0)) is None for side in sides) \
            or PANEL_MEMBER.search(description[:_PANEL_HEAD]) is not None:
        return False
    low = description.lower()
    for found in CANDIDATE_WORD.finditer(low):
        after = low[found.end(): found.end() + 60].lstrip(" :–—-\t")
        if any(" " in name and after.startswith(name) for name in user_names):
            return True
    local, _, organizer_domain = organizer_email.partition("@")
    if not organizer_domain or is_free_mail(organizer_domain) or not _HIRING_MAILBOX.search(local):
        return False
    others = 0
    for entry in attendees:
        if not isinstance(entry, _MAP) or entry.get("self") is True \
                or entry.get("resource") is True:
            continue
        email = text_of(entry.get("email")).strip().lower()
        if not email or email == me or _RESOURCE.search(email):
            continue
        domain = domain_of(email)
        if domain != organizer_domain and not domain.endswith("." + organizer_domain):
            return False  # another outsider: perhaps the candidate
        others += 1
    return others > 0


def hiring_side_invite(description: str, title: str, attendees: list[Any], me: str, *,
                       organizer_email: str, user_names: Collection[str]) -> bool:
    """The hiring-side veto of an invite (``classify`` and ``confidence``): its text is written
    for the hiring side, unless the title names the user (``names_user``) or the words are a
    hiring tool's about the user (``kit_about_user``)."""
    return hiring_side_text(description, title) and not names_user(title, user_names) \
        and not kit_about_user(description, attendees, me, organizer_email, user_names)


def _private_guests(attendees: list[Any], me: str) -> Iterator[tuple[Any, str]]:
    """Each guest other than the user with a private (free-mail) address, and that address:
    who a candidate is when the user is hiring."""
    for entry in attendees:
        if not isinstance(entry, _MAP) or entry.get("self") is True:
            continue
        email = text_of(entry.get("email")).strip().lower()
        if email and email != me and is_free_mail(domain_of(email)):
            yield entry, email


def _private_guest_named(name: str, attendees: list[Any], me: str) -> bool:
    return any(name in (text_of(entry.get("displayName")) + " " + email).lower()
               for entry, email in _private_guests(attendees, me))


def names_someone_else(
    title: str, attendees: list[Any], me: str, user_names: set[str], organizer_domain: str
) -> bool:
    """True when the title names a guest who looks like the candidate (the user is hiring)."""
    low_title = title.lower()
    if any(name and name in low_title for name in user_names):
        return False
    if courtesy_candidate(title, attendees, me, user_names, organizer_domain):
        return True  # round 7: "Bewerbungsgespräch Herr Kaya", "Entretien M. Haddad"
    if job_ad_mark(title):
        return False  # "Junior Projektmanager (m/w/d)", "Referent*in": a job ad's title, no name
    for entry, email in _private_guests(attendees, me):
        name = " ".join(text_of(entry.get("displayName")).split()) or name_from_address(email)
        if len(name) >= 4 and " " in name and name.lower() in low_title:
            return True
    match = _LEADING_PERSON.match(title)
    if match and match.start(1) > 0 and title[match.end(1):].strip() \
            and not _named_again(match.group(1), title, attendees):
        # round 8: after an interview word, capitalised words that the title goes on from
        # ("Interview – Accessibility QA Tester – Larkspur Digital", "Interview – Early Years
        # Practitioner (ref 27/0193)") are the job as often as a person: read a name there
        # only when a guest or the rest of the title names that person too. A title that ends
        # with them ("Phone screen - Casey Wu") is a hiring tool's name for a candidate.
        match = None
    if match and user_names and any(" " in n for n in user_names):
        # "Jamie Fox - Onsite - SRE": an ATS titles the candidate's event with the candidate's
        # name; when that name is someone else and not an employer guest, the user is hiring.
        named = match.group(1).lower()
        squashed = named.replace(" ", "")
        stem = organizer_domain.split(".", maxsplit=1)[0]
        if stem and stem in squashed:
            return False
        for entry in attendees:
            if isinstance(entry, _MAP):
                email = text_of(entry.get("email")).lower()
                # "Phone screen - Blue Yonder" with a guest at blueyonderairlines.com: the
                # name is the employer's, not a candidate's.
                if len(squashed) >= 4 and squashed in domain_of(email).split(".", 1)[0]:
                    return False
                guest = (text_of(entry.get("displayName")) or name_from_address(email)).lower()
                if guest == named and not is_free_mail(domain_of(email)):
                    return False
        # "Mülakat Daveti – ...": the title's hiring words are no candidate's name
        # (nor "Persönliches Gespräch – ...": a hint is no name either)
        # round 12: nor a label that announces the event ("Neuer Termin: Vorstellungsgespräch
        # ...", "Nova data: ...", "Kundeninterview Kessler Antriebstechnik – ...")
        return _looks_like_person(match.group(1)) and not (
            strong_title(match.group(1)) or weak_title(match.group(1))
            or _LABEL_WORD.search(match.group(1)))
    return False


# Words of a title's leading label, never of a person's name: an interview word inside a
# compound ("Kundeninterview"), and the words that announce a new or moved date in the
# languages of ``lexicon`` that write them before the title ("Neuer Termin:", "Nueva fecha:").
_LABEL_WORD = re.compile(
    r"interview|gespr[äa]ch|termin\w*|einladung|\b(?:neue[rs]?|nouvel(?:le)?|nouveau|nuev[ao]"
    r"|nov[ao]|nuov[ao]|nieuwe?|nowy|nowa|new|updated?|rescheduled?|reprogramad[ao]|remarcad[ao]"
    r"|spostat[oa]|verschoben|ge[äa]ndert|date|data|fecha|datum|fr[ie]st)\b",
    re.IGNORECASE,
)


def _named_again(name: str, title: str, attendees: list[Any]) -> bool:
    """Whether a guest bears ``name`` (by display name or address) or the title says it
    twice: the evidence that capitalised words after an interview word are a person."""
    low = name.lower()
    if title.lower().count(low) > 1:
        return True
    squashed = low.replace(" ", "")
    for entry in attendees:
        if isinstance(entry, _MAP) and entry.get("self") is not True:
            shown = " ".join(text_of(entry.get("displayName")).lower().split())
            email = text_of(entry.get("email")).lower().partition("@")[0].replace(".", "")
            if shown == low or (len(squashed) >= 4 and squashed == email):
                return True
    return False


# A senior job the role vocabulary cannot list: "Head of Finance", "Director of Ops".
_JOB_PHRASE = re.compile(r"\b(?i:head|vp|svp|evp|director|chief)\s+(?:of\s+)?[A-Z][\w&]+")


def names_job(title: str) -> re.Match[str] | None:
    """The job a title names: a head word ("Analyst"), a job ad's gender mark or form
    ("(m/w/d)", "Sachbearbeiter/in"), or a senior job ("Head of Finance")."""
    found = ROLE_WORD_RE.search(title) or job_ad_mark(title)
    if found is None:
        low = title.lower()
        if any(word in low for word in _SENIOR):
            found = _JOB_PHRASE.search(title)
        if found is None and any(word in low for word in _POST_GATE):
            found = _SECTOR_POST.search(title)
    return found


# Round 24: posts a sector names by its own grade, not by a role noun: an orchestra's chair
# ("Tutti Cello", "Section Viola", "Principal horn", "2nd trumpet": sdsomusicians.org,
# funbrass.com; a youth orchestra's "violin II placement" is none) and a locum's post
# ("locum pharmacist", "locum GP": teamlocum.co.uk; a "locum shift" is the work itself).
# Behind the gate's literals: nothing else pays for it.
_INSTRUMENT = (r"(?:violin|viola|cello|double\s+bass|bass|flute|piccolo|oboe|clarinet|bassoon"
               r"|horn|trumpet|trombone|tuba|timpani|percussion|harp|keyboard)")
_SECTOR_POST = re.compile(
    r"\b(?:tutti|section|(?:sub|co|assistant|associate)[\s-]?principal|principal"
    r"|1st|2nd|3rd|4th|second|third|fourth)\s+" + _INSTRUMENT + r"\b"
    r"|\blocum\s+(?!shifts?\b|cover\b|work\b|agenc)[a-z]{2,}", re.IGNORECASE)
_POST_GATE = ("tutti", "section", "principal", "1st", "2nd", "3rd", "4th", "second", "third",
              "fourth", "locum")


_SENIOR = ("head", "vp", "director", "chief")


NOT_NAMES = re.compile(
    r"\b(?:interview|screen|onsite|round|technical|coding|design|panel|call|chat|team|loop|final"
    r"|recruiter|hiring|manager|engineer|inc|llc|ltd|labs|group|systems|technologies|software"
    r"|corp|company|bank|capital|health|studio|studios|media|partners|ventures|data|ai|cloud"
    r"|bakery|cafe|café|restaurant|shop|store|clinic|salon|plumbing|sons|brothers|bros|hotel"
    r"|school|academy|university|college|hospital|foods|logistics|insurance|holdings|careers"
    r"|mutual|airlines?|traders|financial|trust|energy|motors|robotics|analytics|consulting"
    r"|solutions|industries|freight|publishing|research|pharma|global|international"
    r"|recruiting|talent|people|hr|scheduling|coordinator|the|board|commission|department"
    r"|office|city|county|district|state|schools?|elementary|ministry|agency|council"
    r"|authority|kommune?|gemeente|gemeinde|stadt|landkreis|ayuntamiento|comune|municipality"
    # job heads the role vocabulary leaves out: "Interview: Admissions Counselor – ..." names a
    # job, not another candidate
    r"|counsel+ors?|coach|tutor|instructor|aide|driver|cook|chef|worker|attendant|advis[eo]r"
    r"|agent|operator|guard|installer|keeper|machinist|painter|plumber|porter|server|steward"
    r"|trainer|welder|carpenter|custodian|dispatcher|estimator|hygienist|optician|paramedic"
    r"|photographer|producer|surveyor|teller|translator|interpreter|underwriter|buyer|cleaner"
    r"|courier|barista|bartender|baker|chemist|biologist|psychologist|dietitian|midwife"
    r"|physician|surgeon|dentist|veterinarian|pilot|journalist|reporter|volunteer"
    # round 14: a hiring step's own nouns, in the languages that capitalise a title's words
    # ("Numerical Reasoning Test (proctored) – ...", "Sim Check – Direct Entry First Officer",
    # round 13, read as another candidate's name): no person is called so
    r"|tests?|checks?|assessments?|exercises?|simulations?|evaluations?|auditions?|exams?"
    r"|examinations?|presentations?|screenings?|quiz|challenges?|tasks?|assignments?|trials?"
    r"|sessions?|shifts?|talks?|reasoning|aptitude|numerical|verbal|psychometric|abilit(?:y|ies)"
    r"|pr[üu]fung|probe\w*|[ée]preuve|[ée]valuation|prueba|evaluaci[óo]n|prova|valutazione"
    r"|toets|zadanie|zkou[šs]ka|provspel\w*|pr[øo]vespill)\b|&",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def not_a_name(name: str) -> bool:
    return NOT_NAMES.search(name) is not None


def _looks_like_person(name: str) -> bool:
    # round 18: an everyday job in any of the corpus's languages ("Socorrista Arenales: ...")
    if NOT_NAMES.search(name) or ROLE_WORD_RE.search(name) or EVERYDAY_JOB.search(name):
        return False
    return not any(token.lower() in STOP_TOKENS for token in name.split())
