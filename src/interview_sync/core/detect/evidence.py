"""Weak-title evidence: when an invite that only hints at an interview counts as one.

Owns ``soft_evidence`` and ``counter_evidence``, the last chance ``detect`` gives a title with no
explicit hiring phrase ("Coffee chat", "Pat / Kim", "Loop", "Offer discussion", a Calendly
"30 Minute Meeting between Pat Lee and Kim Ng"). Pure functions over the event's strings.

Theory of operation: evidence, not single keywords. A hint in the title is weighed with who is
in the room. The *company context* is the shape of a candidate's invite on a personal calendar:
the organiser and every other human guest share one company domain that is not the user's own,
not a free-mail provider and not a scheduling tool; at most a handful of people; a single,
timed event. Against it stand the shapes of everyday life: a recurring series, an all-day block,
a crowd, a personal address among the guests, sales and service words ("Account Executive",
"demo", "appointment", "listing"), a business one books as a customer (a dental, realty or
plumbing domain, unless a recruiter or the description speaks of hiring), and title words
that nothing about a hiring meeting explains
("- kitchen remodel", "- PTA volunteers", "w/ Alex" where Alex is no guest).

Three tiers of title hint, weakest last:

* hiring-flavoured ("coffee chat", "intro call", "meet the team", "next steps", "follow-up
  call", "offer discussion", "salary discussion", "debrief with recruiter", a role, position or
  opportunity): the company context is enough when every other title word is explained by the
  company's name, a guest's or the user's name, a job title or filler;
* everyday-meeting shapes ("call with Kim", "Pat / Kim", "Northwind <> Pat"): also need the
  company named in the title, or the user's name beside a guest's;
* session words that colleagues use as much as candidates ("Panel", "Loop", "Technical deep
  dive", "Pairing session", a Calendly "N Minute Meeting", "Catch-up"): also need a hiring
  signal from elsewhere — a recruiter organiser or guest, a hiring word in the description, or
  a description that addresses the user ("your", "you'll").

A reference check call is deliberately not here: on a candidate's calendar it is the user acting
as someone else's reference (or a note about their own referees), never a meeting the user
attends as the candidate. Offer and salary conversations with the prospective employer are: the
user is still the candidate, and a thank-you and a check-in on the employer's date follow.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from typing import Any

from interview_sync.core.detect.addresses import (
    domain_of,
    is_free_mail,
    is_machine_address,
    is_tool_domain,
)
from interview_sync.core.detect.gate import LiteralGated
from interview_sync.core.detect.jobs import ROLE_WORD_RE
from interview_sync.core.text import text_of

__all__ = ["COUNTER", "HIRING_DESCRIBED", "MEAL", "counter_evidence", "soft_evidence"]

_I = re.IGNORECASE
_MAP = (dict, Mapping)
_MAX_HUMANS = 8  # a candidate meets a panel at most; more than this is a team event or a class

# Tier 1: hiring-flavoured hints.
_HIRINGISH = re.compile(
    r"\bcoffee\s+(?:chat|call|meeting)\b|\bvirtual\s+coffee\b|\bintro(?:ductory)?\b|\bmeet\s+(?:the|our)\s+team\b|\bnext\s+steps?\b"
    r"|\bfollow[\s-]?up\s+(?:call|chat|conversation|meeting|interview)\b|\bfollow[\s-]?up\s*$"
    r"|\boffer\s+(?:call|discussion|chat|conversation|meeting)\b"
    r"|\b(?:salary|compensation|comp)\s+(?:discussion|call|chat|conversation|negotiation)\b"
    r"|\bdebrief\s+(?:call\s+)?with\s+(?:the\s+|my\s+|your\s+)?recruit|\brecruiter\s+debrief\b"
    r"|\b(?:quick|initial|exploratory|first)\s+(?:call|chat|conversation)\b|\bnetworking\b"
    r"|\b(?:role|position|opportunit(?:y|ies)|opening|vacancy)\b|\bhiring\b"
    r"|\bfinal\s+(?:call|chat|conversation|meeting)\b|\bmeet\s*(?:&|and|n)\s*greet\b"
    r"|\b(?:trial|test)\s+(?:shift|day)\b|\bwork(?:ing)?\s+trial\b|\bteaching\s+demo\b"
    r"|\b(?:demo|trial|sample)\s+(?:lesson|class)\b|\bassignment\s+(?:review|debrief|discussion"
    r"|walk[\s-]?through)\b|\bexercise\s+(?:review|debrief|walk[\s-]?through)\b"
    # get-to-know words in other languages, as weak as "intro" is in English
    r"|\bmeet\s+(?:the|your|our)\s+(?:manager|founders?|ceo|cto|leadership|hiring\s+manager)\b"
    r"|\b(?:programming|coding|technical)\s+(?:exercise|challenge|test|assessment)\b"
    r"|\brencontre\b|\bkennenlern\w*|\bhospitation\w*|\bprobetag\b|\bschnuppertag\b|\bcharla\b|\bkennismaking\w*|\b[ée]change\s+avec\b|\bchiacchierata\b",
    _I,
)
# Tier 2: the shapes of any meeting between two people.
_GENERIC = re.compile(
    r"\b(?:call|chat|conversation|discussion|meeting|zoom|video\s+call)\b|\s(?:/|<>|x|×|\+|&)\s"
    r"|<>|^\W*meet\b",
    _I,
)
# Tier 3: session words that colleagues use as much as candidates.
_SESSION = re.compile(
    r"\bpanel\b|\bloop\b|\bdeep[\s-]?dive\b|\bpairing\b|\bpair(?:ed)?\s+programming\b"
    r"|\b\d+\s*min(?:ute)?s?\s+meeting\b|\bcatch[\s-]?up\b|\bwork(?:ing)?\s+session\b"
    r"|\bteam\s+fit\b|\bon[\s-]?site\b|\bpresentation\b|\bcase\s+study\b|\blive\s+coding\b",
    _I,
)
# Sales, services, school and social life: never a hiring conversation without explicit words.
COUNTER = LiteralGated(re.compile(
    r"\baccount\s+(?:executive|manager)\b|\bsales\b|\bdemo\b|\bpricing\b|\bquote\b"
    r"|\bestimate\b|\bsubscription\b|\bfree\s+trial\b|\bproduct\s+tour\b|\brenewal\b"
    r"|\bshow\s+you\s+(?:the|our)\s+(?:product|platform)|\bpatient\b|\bappointment\b"
    r"|\brealt(?:y|or)\b|\blisting\b|\bproperty\b|\bviewing\b|\bmortgage\b|\bretirement\b"
    r"|\bfinancial\s+(?:planning|advis)|\binsurance\s+(?:quote|policy)|\btutor|\blesson\b"
    r"|\bparent|\bteacher\b|\bpta\b|\bvolunteer|\bbirthday\b|\bwedding\b"
    # round 14: a restaurant's "dinner service" is a shift worked (a chef's trial), not a meal
    r"|\b(?:dinner|lunch|brunch)\b(?!\s+(?:service|shift|prep))"
    r"|\bdrinks\b|\bhike\b|\bparty\b|\bweekly\b|\bmonthly\b|\bcustomer\b|\bclient\b"
    r"|\bvendor\b|\bpartnership\b|\binvestor\b|\bpitch\b|\bboard\b|\bchurch\b|\bhoa\b"
    r"|\bcondo\b|\btenant|\blandlord|\bmentor",
    _I,
))  # over descriptions: gated by its own literals
# Businesses a person books as a customer; their bare "Intro call" or "Follow up" is service.
_SERVICE_DOMAIN = re.compile(
    r"plumb|dental|dentist|clinic|medical|pediatric|dermatolog|ortho|therap|realt|homes|propert"
    r"|apart|apts|leasing|salon|spa\b|auto|motor|insur|law|legal|credit|loan|mortgage|k12|school"
    r"|church|vet|roof|hvac|remodel|construct|electric|landscap|clean|movers|tutor|photo|wealth"
    r"|financial|advis|solar|fitness|gym"
)
# A description that speaks to the user, as a company's invite to a candidate does.
_ADDRESSED = re.compile(r"\byou(?:r|'ll|’ll|'re|’re)?\b", _I)
_RECRUITER = re.compile(r"recruit|talent|hiring|people\s*ops|\bhr\b|careers|sourc", _I)
_WORD = re.compile(r"\b[^\W\d_][\w'’]*")
_WORD_TAIL = re.compile(r"^\w+")
# A description that is explicit about hiring outweighs sales or service words around it.
HIRING_DESCRIBED = LiteralGated(re.compile(
    r"\b(?:position|role|opening|vacancy|application|applying|applied|candidate|candidacy"
    r"|interview\w*|recruit\w*|hiring\s+(?:manager|team|process)|job\s+(?:opportunity|offer)"
    # round 9: an academic search's itinerary ("job talk 2pm, dinner with search committee")
    r"|job\s+talk|search\s+(?:committee|chair))\b",
    _I,
))
# A job title the role vocabulary cannot list: "Head of Growth", "VP Eng", "Director of Ops".
_JOB_PHRASE = re.compile(
    r"\b(?i:head|vp|svp|evp|director|chief|lead)\s+(?:of\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?"
)
# Jobs the employer-side job-title vocabulary leaves out, as they appear after "Trial shift -".
_MORE_JOBS_TEXT = """
cook chef line sous barista server cashier driver clerk assistant coordinator supervisor
hygienist pharmacist therapist mechanic electrician receptionist bartender host caregiver
"""
_MORE_JOBS = frozenset(_MORE_JOBS_TEXT.split())
_FILLER_TEXT = """
call chat conversation meeting meet minute minutes min mins with and between the a an our your my
re about for of at on in to by via zoom video google teams phone quick initial first intro
introductory coffee team next step steps follow up followup offer salary compensation comp
discussion debrief recruiter recruiting talent hiring role position opportunity opportunities
opening vacancy panel loop deep dive technical tech pairing pair programming session catch
virtual day networking exploratory onsite site presentation case study live coding working work
fit round stage final sync w x negotiation founder founders ceo cto cfo coo cpo vp head
leadership greet trial shift demo teaching lesson class sample assignment exercise review
walkthrough walk through con mit avec und et y e process overview eng challenge test l'équipe
équipe equipe equipo la le les el das der die du de des paired
"""
_FILLER = frozenset(_FILLER_TEXT.split())


def _fold(word: str) -> str:
    """"lumière" → "lumiere", to compare with a domain."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))



# A meal: when the title's hint is one ("Lunch with the team – Marketing Lead"), the
# description's word for it is that hint, not the social life COUNTER looks for.
MEAL = re.compile(r"\b(?:lunch|dinner|breakfast|brunch|drinks)\b", _I)


def counter_evidence(event: Mapping[str, Any], title: str, description: str,
                     spellings: list[str], *, meal: bool = False) -> bool:
    """True when the event has the shape of everyday life rather than a candidate's meeting
    (``meal``: the title's hint is a meal, so a meal named in the description is no counter)."""
    if event.get("recurringEventId") or event.get("recurrence"):
        return True
    start = event.get("start")
    if isinstance(start, _MAP) and not start.get("dateTime") and start.get("date"):
        return True
    if HIRING_DESCRIBED.search(description[:3_000]):
        return False  # "the Biology Teacher position" outweighs "demo" and "lesson"
    head = MEAL.sub(" ", description[:3_000]) if meal else description[:3_000]
    return bool(COUNTER.search(title) or COUNTER.search(head)
                or any(COUNTER.search(name) for name in spellings))


def company_context(
    organizer_email: str, organizer_self: bool, attendees: list[Any], me: str,
    mine: Collection[str],
) -> tuple[str, list[str]] | None:
    """The one company domain the other people share, and their names, or None."""
    domains: set[str] = set()
    names: list[str] = []
    humans = 0

    def take(email: str, name: str) -> bool:
        domain = domain_of(email)
        if not domain or is_tool_domain(domain) or "calendar.google.com" in domain:
            return True
        if is_free_mail(domain) or domain in mine:
            return False
        if is_machine_address(email):
            return True
        domains.add(domain)
        names.append(name)
        names.append(email.partition("@")[0])
        return True

    if organizer_email and not organizer_self and not take(organizer_email, ""):
        return None
    for entry in attendees:
        if not isinstance(entry, _MAP) or entry.get("self") is True \
                or entry.get("resource") is True:
            continue
        email = text_of(entry.get("email")).strip().lower()
        if not email or email == me:
            continue
        humans += 1
        if humans > _MAX_HUMANS or not take(email, text_of(entry.get("displayName"))):
            return None
    if len(domains) != 1:
        return None
    return next(iter(domains)), names


def soft_evidence(
    event: Mapping[str, Any], title: str, description: str, *, organizer_email: str,
    organizer_name: str, organizer_self: bool, attendees: list[Any], me: str,
    user_names: Collection[str], mine: Collection[str], recruiter_signal: bool,
) -> str | None:
    """Why a title that only hints at an interview is one, or None when it is not."""
    hiringish = _HIRINGISH.search(title)
    session = None if hiringish else _SESSION.search(title)
    generic = None if hiringish or session else _GENERIC.search(title)
    if not (hiringish or generic or session):
        return None
    context = company_context(organizer_email, organizer_self, attendees, me, mine)
    if context is None:
        return None
    domain, guest_names = context
    explained = bool(HIRING_DESCRIBED.search(description[:3_000]))
    if not (recruiter_signal or explained) and _SERVICE_DOMAIN.search(domain.rpartition(".")[0]):
        return None  # a plumber's or a dentist's "Follow up" is no interview
    spellings = [organizer_name, *guest_names]
    if counter_evidence(event, title, description, spellings):
        return None
    stem = domain.split(".", maxsplit=1)[0].replace("-", "")
    guest_words = {w.lower() for name in guest_names for w in _WORD.findall(name)}
    mine_words = {w for name in user_names for w in name.split()}
    company_named = me_named = False
    hint = hiringish or session or generic
    # The hint's last word in full: "debrief with recruit" leaves no "er" behind.
    rest = _WORD_TAIL.sub("", title[hint.end():], count=1) if hint else ""
    rest = f"{title[:hint.start()]} {rest}" if hint else title
    job = _JOB_PHRASE.search(rest)
    if job:
        rest = f"{rest[:job.start()]} {rest[job.end():]}"
    for word in () if explained else _WORD.findall(rest):
        low = word.lower()
        if low in _FILLER or low in _MORE_JOBS or ROLE_WORD_RE.fullmatch(word) \
                or low in {"senior", "junior", "staff", "principal"}:
            continue
        if len(low) >= 3 and _fold(low) in stem:
            company_named = True
        elif low in mine_words:
            # Hiring tools title the candidate's event with the candidate's name; the user's own
            # entry ("Coffee Pat + Noor") naming the user says nothing about hiring.
            me_named = not organizer_self
        elif low not in guest_words and not (len(word) <= 4 and word.isupper()):
            return None  # a word no hiring meeting explains: "remodel", "volunteers", "Alex"
    if hiringish:
        return f"title hints '{hiringish.group(0).strip()}' and only {domain} is invited"
    if generic and (company_named or me_named or recruiter_signal or explained or job
                    or ROLE_WORD_RE.search(title)):
        return f"title pairs you or {domain} with its people"
    if session and (recruiter_signal or _RECRUITER.search(" ".join(spellings))
                    or _ADDRESSED.search(description)):
        return f"title says '{session.group(0).strip()}' and {domain} addresses you"
    return None
