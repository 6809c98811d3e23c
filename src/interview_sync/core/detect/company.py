"""Who is hiring and for what: the employer and the job an interview event names.

Owns the address vocabulary (free-mail providers, scheduling and ATS tools, executive search
and staffing firms, no-reply senders, group and resource calendars; a government domain is
named by its agency, "dhs.mn.gov" → "DHS"), ``prettify_domain`` ("northwind-traders.com" →
"Northwind Traders"), ``company_of`` (a name stated in the title or description beats a
prettified domain; a stated name that matches the domain is the best evidence of all) and
``role_of`` (the job title a title or description states). Pure functions over strings; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

from interview_sync.core.detect.spelling import (
    complete_name,
    spells_stem,
    split_run_together,
    squash,
    stem_core,
)

__all__ = [
    "ROLE_WORD_RE",
    "STOP_TOKENS",
    "company_of",
    "domain_of",
    "is_agency_domain",
    "is_free_mail",
    "is_machine_address",
    "is_platform_domain",
    "is_tool_domain",
    "prettify_domain",
    "role_of",
]

_FREE_MAIL_EXACT = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com", "proton.me",
    "protonmail.com", "protonmail.ch", "pm.me", "gmx.com", "gmx.net", "gmx.de", "aol.com",
    "mail.com", "zoho.com", "zohomail.com", "yandex.com", "yandex.ru", "fastmail.com",
    "fastmail.fm", "hey.com", "tutanota.com", "tuta.io", "qq.com", "163.com", "126.com",
    "naver.com", "daum.net", "web.de", "t-online.de", "freenet.de", "orange.fr", "free.fr",
    "laposte.net", "wanadoo.fr", "sfr.fr", "libero.it", "virgilio.it", "comcast.net",
    "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "btinternet.com",
    "sky.com", "rediffmail.com", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
    "hushmail.com", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "ziggo.nl",
    "kpnmail.nl", "telenet.be", "skynet.be", "bluewin.ch", "shaw.ca", "rogers.com",
    "sympatico.ca", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "uol.com.br", "bol.com.br",
    "terra.com.br", "example.com",
})
# Provider families with many country domains: yahoo.co.uk, hotmail.fr, outlook.de, gmx.at ...
_FREE_MAIL_FAMILY = re.compile(
    r"^(?:[\w-]+\.)?(?:gmail|googlemail|yahoo|hotmail|outlook|live|gmx|aol|icloud|proton(?:mail)?"
    r"|yandex|zoho|windowslive|rediff)\.[a-z.]{2,6}$"
)

# Scheduling tools, ATSs, meeting services and calendar infrastructure: never the employer.
_TOOL_DOMAINS = (
    "greenhouse.io", "lever.co", "ashbyhq.com", "ashby.io", "goodtime.io", "calendly.com",
    "zoom.us", "zoom.com", "zoomgov.com", "calendar.google.com", "workday.com",
    "myworkday.com", "myworkdayjobs.com", "smartrecruiters.com", "icims.com", "jobvite.com",
    "teamtailor.com", "workable.com", "workablemail.com", "recruitee.com", "bamboohr.com",
    "breezy.hr", "jazzhr.com", "applytojob.com", "gem.com", "modernloop.io", "prelude.co",
    "paradox.ai", "hirevue.com", "codility.com", "hackerrank.com", "coderpad.io",
    "codesignal.com", "webex.com", "teams.microsoft.com", "bluejeans.com", "whereby.com",
    "savvycal.com", "cal.com", "youcanbook.me", "doodle.com", "reclaim.ai", "clockwise.com",
    "x.ai", "calendarhero.com", "chilipiper.com", "outlook.office365.com",
    "pinpointhq.com", "personio.de", "personio.com", "recruiterbox.com",
    "welcometothejungle.com", "hired.com", "wellfound.com",
    "interviewing.io", "karat.io", "karat.com",
    # public-sector and school-district applicant tracking
    "governmentjobs.com", "schooljobs.com", "neogov.com", "applitrack.com", "usajobs.gov",
    "taleo.net", "successfactors.com", "successfactors.eu", "jobappnetwork.com",
    # more ATSs, assessment and interview platforms (round 3: Oracle Recruiting Cloud's
    # "ledgerstone.fa.ocs.oraclecloud.com", Varbi, SkillPlanet); each sends for an employer
    "oraclecloud.com", "sapsf.com", "sapsf.eu", "brassring.com", "ultipro.com", "paylocity.com",
    "csod.com", "cornerstoneondemand.com", "avature.net", "phenompeople.com", "beamery.com",
    "varbi.com", "jobylon.com", "reachmee.com", "homerun.co", "softgarden.io", "softgarden.de",
    "dvinci.de", "rexx-systems.com", "factorialhr.com", "kenjo.io", "erecruiter.pl",
    "gupy.io", "kenoby.com", "zohorecruit.com", "manatal.com", "jobadder.com", "bullhorn.com",
    "recruitcrm.io", "talentlyft.com", "hrmos.co", "herp.cloud", "rakuna.co",
    "indeed.com", "indeedemail.com", "skillplanet.com",
    "testgorilla.com", "criteriacorp.com", "mettl.com", "coderbyte.com", "testdome.com",
    "sparkhire.com", "willo.video", "vidcruiter.com", "modernhire.com", "pymetrics.ai",
)
# Recruiting platforms whose own people interview for the employer ("Phone screen for Tidepool
# Analytics (Dover Interviewer)" from priya.k@dover.com): a person to thank, never the employer.
_PLATFORM_DOMAINS = ("dover.com", "dover.io")
_PLATFORM_RE = re.compile(
    r"(?:^|\.)(?:" + "|".join(re.escape(d) for d in _PLATFORM_DOMAINS) + r")$")
# Executive search and staffing firms: they recruit for a client, so their domain names the
# employer only when nothing else does ("Interviews - CMO - Ardent Foods" from Spencer Stuart).
_AGENCY_DOMAINS = (
    "spencerstuart.com", "kornferry.com", "heidrick.com", "russellreynolds.com",
    "egonzehnder.com", "boyden.com", "odgersberndtson.com", "wittkieffer.com",
    "diversifiedsearch.com", "roberthalf.com", "hays.com", "michaelpage.com", "pagegroup.com",
    "randstad.com", "adecco.com", "manpower.com", "manpowergroup.com", "kellyservices.com",
    "kforce.com", "teksystems.com", "insightglobal.com", "aerotek.com", "apexsystems.com",
    "amnhealthcare.com", "ayahealthcare.com", "crosscountry.com", "hirewell.com", "vaco.com",
)
_AGENCY_RE = re.compile(r"(?:^|\.)(?:" + "|".join(re.escape(d) for d in _AGENCY_DOMAINS) + r")$")
# A domain named for what it does: "bachmanstaffing.com", "redbridgerecruitment.co.uk".
_AGENCY_WORD = re.compile(
    r"staffing|recruitment|recruiters|resourcing|headhunt|personnel|executivesearch"
    r"|talentsearch|personalberatung|personaldienst|zeitarbeit|uitzend|interim")
_TOOL_RE = re.compile(r"(?:^|\.)(?:" + "|".join(re.escape(d) for d in _TOOL_DOMAINS) + r")$")

# Local parts that are machines, not people. Team inboxes such as "scheduling@" are people to
# thank (a coordinator reads them), so they are not listed here.
_MACHINE_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreply[-_.].*|.*[-_.]noreply"
    r"|notifications?|notify|mailer[-_.]daemon|postmaster|calendar(?:[-_.]notification)?"
    r"|invites?|bounces?|automated|system|robot|bot|alerts?|donotreply.*"
    # a booking page's mailbox (Microsoft Bookings: "RecruitingBookings@"); "do not reply" in
    # French, German, Spanish, Dutch, Portuguese and Italian
    r"|.*bookings|workday|.*[-_.]workday|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten"
    r"|no[-_.]?responder|niet[-_.]?beantwoorden|nao[-_.]?responda|non[-_.]?rispondere"
    # a school's career office hosts on-campus interviews: the employer's people are thanked
    r"|career[-_.]?(?:services?|cent(?:er|re)|office|advising))$"
)
# Distribution lists: addressing them thanks nobody in particular.
_LIST_LOCAL = re.compile(
    r"^(?:all|everyone|staff|team|eng|engineering|interviewers?|panel|hiring[-_.]?panel"
    r"|(?:all|team|list|group|dl)[-_.].*|.*[-_.](?:team|list|group|all|dl|panel|interviewers"
    r"|leadership|leads|committee|board|managers|staff|dept|department|everyone))$"
    # Rooms booked by address and bots: "interview-room-2@", "zoom-room@", "calendar-bot@".
    r"|^(?:.*[-_.])?(?:room|rooms|boardroom|conf(?:erence)?[-_.]?room|bot)(?:[-_.\d].*)?$"
)


def domain_of(email: str) -> str:
    """The lower-cased domain of an address, or ""."""
    at = email.rfind("@")
    return email[at + 1:].strip().strip(".").lower() if at >= 0 else ""


@lru_cache(maxsize=4096)
def is_free_mail(domain: str) -> bool:
    return domain in _FREE_MAIL_EXACT or bool(_FREE_MAIL_FAMILY.match(domain))


@lru_cache(maxsize=4096)  # the same few domains recur across a calendar
def is_agency_domain(domain: str) -> bool:
    """An executive search or staffing firm's domain: it recruits for someone else."""
    return bool(_AGENCY_RE.search(domain)) or (
        not is_tool_domain(domain) and _AGENCY_WORD.search(_registrable_label(domain)) is not None)


@lru_cache(maxsize=4096)
def is_platform_domain(domain: str) -> bool:
    """A recruiting platform whose people interview for the employer: never the employer."""
    return bool(_PLATFORM_RE.search(domain))


@lru_cache(maxsize=4096)
def is_tool_domain(domain: str) -> bool:
    return bool(_TOOL_RE.search(domain)) or domain.endswith(".calendar.google.com")


@lru_cache(maxsize=16384)
def is_machine_address(email: str) -> bool:
    """No-reply senders, tools, groups, resources and lists: never a person to thank."""
    local, _, domain = email.partition("@")
    if not domain or is_tool_domain(domain):
        return True
    if domain == "google.com" and local.startswith("calendar"):
        return True
    if domain.endswith(("googlegroups.com", "groups.io")):  # mailing lists
        return True
    return bool(_MACHINE_LOCAL.match(local) or _LIST_LOCAL.match(local))


_TWO_PART_SUFFIX = re.compile(
    r"\.(?:co|com|net|org|ac|gov|edu|ne|or|go)\.[a-z]{2}$|\.(?:com|net|org)\.[a-z]{2}$|\.k12(?:\.[a-z]{2})?\.us$"
)
_GOVERNMENT = re.compile(r"\.gov(?:\.[a-z]{2})?$|\.state\.[a-z]{2}\.us$")
_SUBDOMAIN_NOISE = frozenset({"mail", "email", "corp", "careers", "jobs", "hr", "talent", "www",
                              "us", "eu", "uk", "em", "e", "m", "info", "recruiting", "hire"})


@lru_cache(maxsize=8192)  # the same few company domains recur across a calendar
def _registrable_label(domain: str) -> str:
    """The name part of a domain: "mail.northwind.co.uk" → "northwind"."""
    suffix = _TWO_PART_SUFFIX.search(domain)
    head = domain[: suffix.start()] if suffix else domain.rsplit(".", 1)[0]
    labels = [label for label in head.split(".") if label]
    while len(labels) > 1 and labels[0] in _SUBDOMAIN_NOISE:
        labels.pop(0)
    if labels and _GOVERNMENT.search(domain):
        # "dhs.mn.gov", "bon.texas.gov": the agency comes first, the state or city after it.
        return labels[0]
    return labels[-1] if labels else ""


def prettify_domain(domain: str) -> str:
    """A readable company name from a domain: "northwind-traders.com" → "Northwind Traders",
    "marlowdigital.com" → "Marlow Digital"."""
    label = _registrable_label(domain)
    words = [w for w in re.split(r"[-_]+", label) if w]
    if len(words) == 1 and len(words[0]) >= 8:
        words = split_run_together(words[0])
    return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in words)


_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|Inc\.|Co\.|Ltd\.")


_squash = squash  # the one squashing rule, shared with ``spelling``


# ----------------------------------------------------------------------- names stated in text

# Words that are never (the edge of) a company name in an interview title.
_STOP_TEXT = """
interview interviews interviewing interivew phone screen screening call chat onsite on-site
virtual video zoom meet teams final round technical tech coding design behavioral
behavioural panel loop take-home takehome review hm hiring manager recruiter recruiters recruiting
recruitment talent acquisition team intro introductory informational meeting conversation with and
the for at of stage first second third next culture fit case study presentation pair programming
live superday sync discussion session follow-up followup candidate role position job opening
invitation updated confirmed rescheduled hr ta people ops min mins minutes hour hours our your
welcome thanks thank hi hello dear you me my scheduled by via from to on in a an re fwd fw
entrevista entretien entrevue colloquio vorstellungsgespräch bewerbungsgespräch sollicitatiegesprek
intervju assessment exercise debrief 1st 2nd 3rd round-1 round-2 google microsoft webex remote
recrutement reclutamiento reclutamento recrutamento werving karriere bewerbermanagement rrhh rh drh
office hq headquarters campus room building floor lunch break monday tuesday wednesday thursday
friday saturday sunday today tomorrow january february march april may june july august september
october november december am pm est pst cst cet utc gmt bst edt pdt cdt mdt mst ist jst
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
"""
STOP_TOKENS = frozenset(_STOP_TEXT.split())
_ROLE_WORDS = (
    r"Engineer|Engineers|Engineering\s+Manager|Developer|Scientist|Analyst|Designer|Manager"
    r"|Director|Architect|Consultant|Specialist|Administrator|Programmer|SRE|DevOps|Researcher"
    r"|Intern|Internship|Associate|VP|Lead|Writer|Marketer|Accountant|Officer|Strategist|Editor"
    r"|Technician|Representative|Executive|Counsel|Attorney|Economist|Statistician|Owner"
    r"|Nurse|Teacher|Partner|Advocate|Planner|Controller|Auditor|Technologist|Generalist"
    # Public-sector and everyday jobs ("Library Assistant", "Records Clerk") are jobs, not names.
    r"|Assistant|Clerk|Coordinator|Supervisor|Receptionist|Secretary|Librarian|Paralegal"
    r"|Inspector|Therapist|Pharmacist|Mechanic|Electrician|Trainee|Apprentice|Cashier"
    # Other languages put the head word first: "Analista de Datos", "Ingeniero de Software".
    r"|Analista|Ingenier[oa]|Desarrollador(?:a)?|Dise[ñn]ador(?:a)?|Gerente|Directora|Jefe"
    r"|Jefa|Consultor(?:a)?|Especialista|Programador(?:a)?|Cient[íi]fic[oa]|Ingénieur(?:e)?"
    r"|Développeur(?:se)?|Chef\s+de\s+projet|Responsable|Stagiaire|Ingenieur(?:in)?"
    r"|Entwickler(?:in)?|Berater(?:in)?|Praktikant(?:in)?|Werkstudent(?:in)?|Sviluppatore"
    r"|Ingegnere|Analist|Ontwikkelaar|Desenvolvedor(?:a)?|Engenheir[oa]"
)
ROLE_WORD_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")\b")
_HIRING_MANAGER_RE = re.compile(r"\b(?:hiring[\s-]+manager|HM)\b", re.IGNORECASE)

_TOKEN = r"[A-Z0-9][\w&'’.+-]*"
# Words of a name sit on one line: "Halcyon Health\n\nPowered by Calendly" is not one name.
_NAME = _TOKEN + r"(?:[ \t]+(?:&[ \t]+|of[ \t]+|de[ \t]+|and[ \t]+)?" + _TOKEN + r"){0,4}"

# A name immediately before a suffix ("Northwind Traders| recruiting team"): searching for the
# suffix first and then reading the name backwards from it is far cheaper than letting the
# engine try a name at every position of a long description.
_NAME_BEFORE = re.compile(r"(" + _NAME + r")\s*$")
_BACK = 80  # characters before a suffix worth reading for the name


@dataclass(frozen=True, slots=True)
class _Rule:
    """One place a company name sits: ``pattern`` captures it (or, if ``before``, follows it)."""

    pattern: re.Pattern[str]
    score: int
    guard: re.Pattern[str] | None = None  # without a match here (lower-cased text), skip the rule
    before: bool = False


def _rule(pattern: str, score: int, needles: str = "", *, before: bool = False) -> _Rule:
    """``needles`` are separated by spaces; "_" in one stands for a space."""
    words = [re.escape(n.replace("_", " ")) for n in needles.split()]
    return _Rule(re.compile(pattern), score, re.compile("|".join(words)) if words else None,
                 before)


_STAGE_SUFFIX = (
    r"(?i:interview|phone\s+screen|onsite|on-site|final\s+round|technical|coding|system"
    r"|behavioral|panel|intro|informational|hm\b|hiring)"
)
# Structural positions in a title, strongest first.
_TITLE_RULES: tuple[_Rule, ...] = (
    _rule(r"^\W*\[(" + _NAME + r")\]", 4, "["),
    _rule(r"\((?:at\s+|@\s*)?(" + _NAME + r")\)\s*$", 2, ")"),
    _rule(r"(?:\s|^)(?:at|@|bei|chez|presso|bij)\s+(" + _NAME + r")", 4,
          "at_ @ bei_ chez_ presso_ bij_"),
    _rule(r"<>\s*(" + _NAME + r")", 3, "<>"),
    _rule(r"\s+<>", 3, "<>", before=True),
    _rule(r"^\W*(" + _NAME + r")\s*(?:\||:|::|–|—|-|/)\s", 3, "| : – — - /"),
    # "Interview: Litware (Kim)": after a leading stage and a colon comes the employer.
    _rule(r"^\W*(?:[A-Za-z]+\s+){0,2}?" + _STAGE_SUFFIX + r"\s*:\s*(" + _NAME + r")", 3, ":"),
    _rule(r"(?:\||–|—|-|/)\s*(" + _NAME + r")\s*(?:\([^()]*\)\s*)?$", 2, "| – — - /"),
    _rule(r"\s(?:x|X|×)\s+(" + _NAME + r")", 2, "_x_ _×"),
    _rule(r"\s+(?i:recruit\w*|talent|hiring\s+team|hr|people\s+team)", 4,
          "recruit talent hiring_team hr people_team", before=True),
    _rule(r"\s+" + _STAGE_SUFFIX, 2, before=True),
    _rule(r"(?:\b(?i:with)|\b(?i:w)/)\s*(" + _NAME + r")", 1, "with w/"),
    _rule(r"(?i:\bfrom\s+)(" + _NAME + r")", 2, "from_"),
    _rule(r"(?i:\bfor\s+)(" + _NAME + r")", 2, "for_"),
)
_DESC_RULES: tuple[_Rule, ...] = (
    _rule(r"\s+(?i:recruit\w*|talent(?:\s+acquisition)?|hiring|people|hr)"
          r"\s+(?i:team|department|partner)", 4, "team department partner", before=True),
    _rule(r"\s+(?i:talent\s+acquisition|careers|recruiting)", 4,
          "talent_acquisition careers recruiting", before=True),
    _rule(r"(?i:company|employer|organi[sz]ation|client)\s*:\s*(" + _NAME + r")", 4,
          "company employer organi client"),
    _rule(r"(?i:interest\s+in\s+(?:joining\s+|working\s+(?:at|for)\s+)?|on\s+behalf\s+of\s+"
          r"|interview(?:ing)?\s+(?:with|at)\s+|(?:position|role|opportunity|opening|job)\s+at\s+"
          r"|welcome\s+to\s+|applying\s+(?:to|at)\s+|team\s+at\s+|joining\s+|behalf\s+of\s+)"
          r"(" + _NAME + r")", 4, "interest behalf interview at_ welcome applying joining"),
    _rule(r"\s+(?i:is\s+(?:hiring|excited|looking|growing)|offices?\b|hq\b)", 2,
          "is_hiring is_excited is_looking is_growing office hq", before=True),
    _rule(r"\b(?i:at|with)\s+(" + _NAME + r")", 1, "at_ with_"),
)
_LOCATION_RULES: tuple[_Rule, ...] = (
    _rule(r"^\W*(" + _NAME + r")\s*(?:HQ|Office|Offices|Headquarters|Campus|[-–,(])", 3),
)
# ... and "(Dover Interviewer)": a platform's or an agency's interviewer, for the employer.
_VIA = re.compile(r"\b(?i:via|through)\s+(" + _NAME + r")|\((" + _NAME
                  + r")\s+(?i:interviewer|recruiter)s?\)")
_MATCHES_DOMAIN = 10  # added to a stated name that agrees with an employer domain


_SEGMENT_SPLIT = re.compile(r"\s+[-–—|/x×]\s+|\s*(?:[|–—:()\[\]]|::|<>|//)\s*")


def _segments(title: str, stems: list[str], *, lines: bool = False) -> Iterable[Any]:
    """Title segments spelling a domain's name: "Entrevista - Wingtip Toys - Analista" with
    guests at wingtiptoys.example gives "Wingtip Toys", spelled as the title spells it. With
    ``lines``, the names only (one per line of display names: "Orbital Freight Talent")."""
    whole = _squash(title)
    cores = [c for c in (stem_core(stem) for stem in stems) if c]
    if not any(stem in whole for stem in stems) and not any(c in whole for c in cores):
        return
    parts = (part for line in title.split("\n") for part in _SEGMENT_SPLIT.split(line)) \
        if lines else _SEGMENT_SPLIT.split(title)
    for segment in parts:
        squashed = _squash(segment)
        if not any(stem in squashed for stem in stems) \
                and not any(c in squashed for c in cores):  # cheap test before trimming
            continue
        name = complete_name(segment, _trim(segment).lstrip("@#*~ "), stems, STOP_TOKENS)
        if name and spells_stem(name, stems):
            yield name if lines else (name, 4)


_PHRASE_BREAKS = re.compile(r"\bsystems?\s+design\b|\btake[\s-]home\b", re.IGNORECASE)


def _trim(candidate: str) -> str:
    """Cut a captured phrase down to its name: drop stop words at the edges and after them."""
    tokens = _PHRASE_BREAKS.sub(" interview ", candidate.replace("’", "'")).split()
    # A sentence ends the name: "Brightwave. Join ..." → "Brightwave".
    for i, token in enumerate(tokens):
        if token[-1:] in ".,:;!?" and not _ABBREVIATION.fullmatch(token):
            tokens = [*tokens[:i], token.rstrip(".,:;!?")]
            break
    while tokens and tokens[0].lower().strip(".,:'") in STOP_TOKENS:
        tokens.pop(0)
    kept: list[str] = []
    for token in tokens:
        connector = token in {"&", "of", "de", "and"}
        # "County of Marin": a connector inside a name is not the stop word it is elsewhere.
        stop = not connector and token.lower().strip(".,:'") in STOP_TOKENS
        if stop or (connector and not kept):
            break
        kept.append(token)
    while kept and kept[-1].lower() in {"&", "of", "de", "and"}:
        kept.pop()
    name = " ".join(kept).strip(" .,:;'\"-")
    if name.endswith("'s"):
        name = name[:-2]
    return name


def _acceptable(name: str, people: Collection[str]) -> bool:
    if len(name) < 2 or len(name) > 48 or name.isdigit():
        return False
    low = name.lower()
    if low in people or ROLE_WORD_RE.search(name):
        return False
    # "Kim" when Kim Ng is on the invite, "Ng" likewise: a person, not a company. A name with
    # other words besides ("Kowalski & Sons Plumbing") is a business named after one.
    parts = [p for p in low.split() if p not in {"&", "and", "of", "de"}]
    return not all(part in people for part in parts)


def _candidates(
    text: str, rules: Iterable[_Rule], people: Collection[str]
) -> Iterable[tuple[str, int]]:
    low = text.lower()
    for rule in rules:
        if rule.guard is not None and rule.guard.search(low) is None:
            continue
        for match in rule.pattern.finditer(text):
            if rule.before:
                found = _NAME_BEFORE.search(text, max(0, match.start() - _BACK), match.start())
                if found is None:
                    continue
                raw = found.group(1)
            else:
                raw = match.group(1)
            if ROLE_WORD_RE.search(raw):  # "Product Manager" is the job, not the employer
                continue
            name = _trim(raw)
            if _acceptable(name, people):
                yield name, rule.score


def company_of(
    title: str,
    description: str,
    location: str,
    domains: list[str],
    people: Collection[str],
    *,
    spellings: Iterable[str] = (),
) -> tuple[str | None, str]:
    """The employer's name and a short reason, or (None, "").

    ``domains`` are the employer-looking domains, best first (the organiser's, then attendees'
    by frequency); ``people`` the lower-cased full and first names of everyone on the invite,
    so that "Interview with Kim" does not make "Kim" the company; ``spellings`` the display
    names on the invite ("Orbital Freight Talent"), which may spell the domain's name.
    """
    # "Interview - Globex (via Hirewell)": Hirewell is the agency, not the employer.
    agencies = {spelled for m in _VIA.finditer(title)
                for name in (m.group(m.lastindex or 1), m.group(0).strip("() "))
                for spelled in (_squash(_trim(name)), _squash(name))}
    agencies.discard("")
    # An agency's own name is no employer's: its domain is the answer only when nothing is named.
    stems = [stem for stem in (_squash(_registrable_label(d)) for d in domains
                               if not is_agency_domain(d))
             if len(stem) >= 3 and stem not in agencies]
    if agencies and stems:
        domains = [d for d in domains if _squash(_registrable_label(d)) not in agencies]
    best: tuple[int, str, str] | None = None
    for text, rules, why in _sources(title, description, location, stems, spellings):
        found = _candidates(text, rules, people)
        if rules is _TITLE_RULES and stems:
            found = chain(_segments(title, stems), found)
        elif not rules:
            if best is not None and best[0] > _MATCHES_DOMAIN:
                break  # the title or text already spells the domain's name exactly
            found = ((name, 1) for name in _segments(text, stems, lines=True))
        for name, score in found:
            squashed = _squash(name)
            if squashed in agencies:
                continue
            if len(squashed) >= 3 and any(
                squashed.startswith(stem) or stem.startswith(squashed) for stem in stems
            ):
                # The exact spelling of the domain's name beats a longer or shorter phrase.
                score += _MATCHES_DOMAIN + (squashed in stems)
            if best is None or score > best[0]:
                best = (score, name, f"{why} '{name}'")
    return _settle(best, domains)


def _sources(title: str, description: str, location: str, stems: list[str],
             spellings: Iterable[str]) -> list[tuple[str, Iterable[_Rule], str]]:
    """Where a company name may be read, in the order tried: title, description, location,
    and (when there is a domain to agree with) the display names on the invite."""
    sources: list[tuple[str, Iterable[_Rule], str]] = [
        (title, _TITLE_RULES, "title names"),
        (description[:20_000], _DESC_RULES, "description names"),
    ]
    if location:
        sources.append((location[:300], _LOCATION_RULES, "location names"))
    if stems:
        spelled = "\n".join(spellings)
        if spelled:
            sources.append((spelled, (), "a display name spells"))
    return sources


def _settle(best: tuple[int, str, str] | None, domains: list[str]) -> tuple[str | None, str]:
    """A stated name that agrees with the domain wins; one that does not (an agency recruiter, a
    client named in the text) must come from an unambiguous place to beat the domain."""
    agency_only = bool(domains) and all(is_agency_domain(d) for d in domains)
    if best is not None and (best[0] >= _MATCHES_DOMAIN or best[0] >= 4 or not domains
                             or (agency_only and best[0] >= 2)):
        return best[1], best[2]
    if domains:
        pretty = prettify_domain(domains[0])
        if pretty:
            return pretty, f"organiser or guests are at {domains[0]}"
    return None, ""


# ----------------------------------------------------------------------------------- the job

# A job title is found from its head word ("Engineer") and read outwards: up to four capitalised
# words before it, a level or a parenthesis after it. Cheaper than a pattern tried everywhere.
_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w/+#&.-]*\s+){0,4}$")
_ROLE_AFTER = re.compile(
    r"(?:\s+(?i:de|del|da|do|des|du|di|von|für)\s+(?:la\s+|los\s+|las\s+|l')?[\w]+"
    r"(?:\s+[A-Z][\w]*)?)?"
    r"(?:\s+(?:I{1,3}|IV|V|[1-5]))?(?:\s*\((?!\s*(?:HM|Hiring))[^()]{1,30}\))?"
)
_ROLE_LABELLED = re.compile(
    r"(?im)^\W*(?:role|position|job(?:\s+title)?|opening|req(?:uisition)?)\s*:\s*([^\n]{2,80})"
)
_ROLE_FOR = re.compile(
    r"\b(?i:for\s+(?:the|our|a|an)\s+)([A-Z][^\n.,;:()]{1,60}?)\s+(?i:role|position|opening)\b"
)


def _clean_role(raw: str) -> str | None:
    tokens = raw.split()
    while tokens and tokens[0].lower().strip(".,:") in STOP_TOKENS:
        tokens.pop(0)
    role = " ".join(tokens).strip(" -–—|,.:;")
    if not role or len(role) > 80 or not ROLE_WORD_RE.search(role):
        return None
    return role


def role_of(title: str, description: str) -> str | None:
    """The job title the event states ("Senior Data Engineer"), or None."""
    cleaned = _HIRING_MANAGER_RE.sub(" ", title)
    for match in ROLE_WORD_RE.finditer(cleaned):
        before = _ROLE_BEFORE.search(cleaned, max(0, match.start() - 80), match.start())
        after = _ROLE_AFTER.match(cleaned, match.end())
        begin = before.start() if before else match.start()
        role = _clean_role(cleaned[begin: after.end() if after else match.end()])
        if role:
            return role
    head = description[:20_000]
    low = head.lower()
    if not any(word in low for word in ("role", "position", "job", "opening", "req")):
        return None
    for pattern in (_ROLE_LABELLED, _ROLE_FOR):
        found = pattern.search(head)
        if found:
            role = _clean_role(_HIRING_MANAGER_RE.sub(" ", found.group(1)))
            if role:
                return role
    return None
