"""Is this calendar event a job interview the user attends as a candidate, and with whom?

Owns ``detect_interview``: one Google Calendar API v3 Event resource (the JSON dict) and the
user's address in, an ``Interview`` or None out. It is total — any JSON at all, however broken,
gives a value or None and never an exception — and cheap, because it runs on every event of every
sync: ordinary meetings leave after one precompiled search of the title, location and the head of
the description.

Theory of operation, in order:

1. Events that cannot be the user's interview leave first: cancelled, declined by the user,
   out-of-office / focus time / working location / birthday, and anything without a hiring word.
2. Vetoes (``rules``, ``lookalikes``): a title that is a mock, prep, press, research, exit
   interview, event or reminder, or that shows the user on the hiring side; a title, location or
   description that shows a non-job interview (a consulate, a school, a clinic, a dismissal, an
   annual review); a description written for interviewers;
   an organiser at one of the user's own domains; a title naming a guest who looks like the
   candidate (someone else on a personal address).
3. Evidence: a strong title phrase is enough; a weak one ("Onsite", "intro", "Pat x Globex")
   needs a second signal — a hiring word in the description, a recruiter or ATS as organiser, the
   user's name or a job title in the title; a title with no hiring word needs a description that
   speaks to the candidate ("Your interview with ...", "Event Name: Recruiter Screen"). Sales
   and service words ("Account Executive", "demo", "appointment") cancel those weak signals.
   Last, ``evidence`` weighs a mere hint ("Coffee chat", "Pat / Kim", "Loop", "Offer
   discussion") against who is invited: one outside company, a handful of people, nothing in
   the title a hiring meeting would not explain, and no counter-evidence.
4. Extraction: company and role (``company``, given the invite's domains and people's names by
   ``company_inputs``), people (``people``), stage, and the times, normalised to aware
   datetimes whatever the event carries.

Siblings: ``rules`` and ``words`` (vocabularies), ``lookalikes`` and ``practice`` (non-job
"interviews"), ``sides`` (whose interview it is; informational interviews), ``chores`` (the
user's own to-dos), ``evidence`` (hints against the guest list), ``company``, ``people``, ``times``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from interview_sync.core.bounds import DETECT_WINDOW, guests_read, markup_read
from interview_sync.core.detect.addresses import (
    domain_of,
    is_free_mail,
    is_machine_address,
    is_tool_domain,
)
from interview_sync.core.detect.agency import presented_to_client
from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.company_inputs import employer_domains as _employer_domains
from interview_sync.core.detect.company_inputs import person_names as _person_names
from interview_sync.core.detect.documents import nonjob_setting
from interview_sync.core.detect.evidence import MEAL, counter_evidence, soft_evidence
from interview_sync.core.detect.guests import agency_domains, is_tool_product
from interview_sync.core.detect.interview_tools import names_tool
from interview_sync.core.detect.jobs import ROLE_WORD_RE, role_of
from interview_sync.core.detect.people import name_from_address, people_of
from interview_sync.core.detect.process import process_step
from interview_sync.core.detect.rules import (
    DESC_CANDIDATE_GATED,
    DESC_NEGATIVE,
    DESC_POSITIVE_GATED,
    MEDIA_PERSON,
    invited_to_trial,
    prefilter_match,
    prefilter_title,
    stage_of,
    step_hint,
    strong_title,
    weak_title,
)
from interview_sync.core.detect.selection import selection_context
from interview_sync.core.detect.sides import (
    hiring_side_invite,
    is_informational,
    names_someone_else,
    user_hires,
)
from interview_sync.core.detect.sides import names_job as job_named
from interview_sync.core.detect.times import event_key, event_times
from interview_sync.core.detect.title_negative import MEDIA_JOB, TITLE_TODO
from interview_sync.core.detect.title_veto import title_veto
from interview_sync.core.model import Interview
from interview_sync.core.text import html_to_text, text_of

__all__ = ["DESCRIPTION_LIMIT", "DETAILS", "detect_interview"]

DESCRIPTION_LIMIT = 20_000  # characters of plain-text description kept on an Interview

# dict first: JSON gives dicts, and an ABC isinstance check is slow on the hot path.
_MAP = (dict, Mapping)
_SKIPPED_TYPES = frozenset({"outOfOffice", "focusTime", "workingLocation", "birthday"})
_HEAD = DETECT_WINDOW  # characters of raw description searched by the cheap classification
_READ = DETECT_WINDOW  # characters of raw description detection reads at all (core.bounds)
CONTEXT_HEAD = 1_500  # characters of description the look-alike context reads (it says so early)
_RECRUITERISH_TEXT = (
    r"recruit|talent|coordinat|scheduling|sourc|hiring|people|\bhr\b|careers"
    # the hiring mailboxes of other languages (bewerbung@, karriere@, recrutement@, rrhh@, ...)
    r"|bewerb|karriere|recrut|rrhh|selecci[oó]n|werving|vacature"
    # Polish, Czech, Nordic and Vietnamese ones (rekrutacja@, nabor@, rekrytering@, tuyendung@)
    r"|rekrut|rekry|nabor|tuyendung"
    # round 14: the early-careers mailboxes of graduate schemes (graduates@, earlycareers@,
    # internships@, apprenticeships@, trainee@), in the plural a school's own office does not use
    r"|graduates|early[._-]?careers|internships|apprenticeships|trainee"
)
_RECRUITERISH = re.compile(_RECRUITERISH_TEXT, re.IGNORECASE)
# The same for lower-cased text (the first look's organiser address): without IGNORECASE,
# ``re`` finds the alternatives' literals several times faster.
_RECRUITERISH_LOWER = re.compile(_RECRUITERISH_TEXT)
_SALES_JOB = re.compile(
    r"\b(?:(?:s?vp|evp|head|director|chief)\s+(?:of\s+)?sales|sales\s+(?:director|leader|vp))\b",
    re.IGNORECASE,
)
_HM_TITLE = re.compile(r"\bhiring[\s-]+manager\b|\bHM\b", re.IGNORECASE)



def detect_interview(
    event: Mapping[str, Any],
    me: str,
    *,
    calendar_id: str = "primary",
    my_domains: Collection[str] = (),
) -> Interview | None:
    """The interview ``event`` is for the user ``me`` as a candidate, or None. Never raises."""
    try:
        event, cut = guests_read(event, me)  # at most MAX_DETECT_GUESTS guests (core.bounds)
        found = _detect(event, me, calendar_id, my_domains)
        # judged on the first guests only: never confident (as ``confidence.assess_event``)
        return dataclasses.replace(found, unsure=True) if cut and found is not None else found
    except Exception:  # a last line of defence: one odd event must never stop a sync
        return None



@dataclass(frozen=True, slots=True)
class _Seen:
    """What the cheap first look took from the event: normalised once, read by every step."""

    me: str
    my_name: str
    attendees: list[Any]
    title: str
    location: str
    raw_description: str
    organizer: Mapping[str, Any]
    organizer_email: str
    organizer_domain: str
    organizer_is_tool: bool

    @property
    def organizer_name(self) -> str:
        return text_of(self.organizer.get("displayName"))


@dataclass(frozen=True, slots=True)
class _Context:
    """What the vetoes learnt that the evidence and extraction steps need."""

    user_names: set[str]
    named_candidate: bool
    mine: set[str]
    organizer_self: bool
    description: str
    spellings: list[str]


def _detect(
    event: Mapping[str, Any], me: str, calendar_id: str, my_domains: Collection[str]
) -> Interview | None:
    """The steps in order; each returns None (or a veto) to stop, so the order reads here."""
    seen = _first_look(event, me)
    if seen is None:
        return None
    context = _vetoes(event, seen, my_domains)
    if context is None:
        return None
    reasons = _evidence(event, seen, context)
    # An informational interview or the user's own chore is never accepted: ``confidence`` may
    # ask about it, never drafts (tested only once the evidence would accept, so that other
    # events do not pay for it).
    if reasons is None or is_informational(seen.title, context.description) \
            or is_chore(seen.title, context.organizer_self or not seen.organizer_email) \
            or names_someone_else(seen.title, seen.attendees, seen.me, context.user_names,
                                  seen.organizer_domain):
        return None
    return _extract(event, seen, context, reasons, calendar_id)


def _first_look(event: Mapping[str, Any], me: str, *, force: bool = False) -> _Seen | None:
    """Step 1: events that cannot be the user's interview leave after one cheap search.

    ``force`` (the user confirmed the event is an interview) skips the hiring-word search.
    The hiring-word search comes before the guest list is read: nearly every event leaves
    there, and each test that sends an event away is independent of the others."""
    if not isinstance(event, _MAP):
        return None
    get = event.get
    if get("status") == "cancelled" or text_of(get("eventType")) in _SKIPPED_TYPES:
        return None
    title = " ".join(text_of(get("summary")).split())
    location = text_of(get("location"))[:2_000]
    # As much as an invite ever needs (schedules, HTML tables): a bigger one is boilerplate or
    # abuse, and every rule below reads it, so it bounds the time one event can cost.
    raw_description = markup_read(text_of(get("description"))[:_READ])  # core.bounds
    organizer = get("organizer")
    organizer = organizer if isinstance(organizer, _MAP) else {}
    organizer_email, organizer_domain, organizer_is_tool, recruiterish = _organiser_facts(
        text_of(organizer.get("email")))
    if not force and not (_title_hint(title) or _text_hint(location)
                          or _text_hint(raw_description[:_HEAD]) or organizer_is_tool
                          or recruiterish):
        return None
    if not force and TITLE_TODO.match(title):
        return None
    me = text_of(me).strip().lower()
    attendees = get("attendees")
    attendee_list: list[Any] = attendees if isinstance(attendees, list) else []
    my_name = ""
    for entry in attendee_list:
        if isinstance(entry, _MAP) and (
            entry.get("self") is True or text_of(entry.get("email")).strip().lower() == me
        ):
            if entry.get("responseStatus") == "declined":
                return None
            my_name = my_name or " ".join(text_of(entry.get("displayName")).split())
    return _Seen(me, my_name, attendee_list, title, location, raw_description, organizer,
                 organizer_email, organizer_domain, organizer_is_tool)


# The first look's answers for texts and addresses, memoised: a calendar repeats itself (every
# instance of a recurring meeting has its series' title, description and organiser), and the
# memos are small and bounded (a text is memoised only when short: a long one is rare).
_MEMO_TEXT = 2_048
_T = TypeVar("_T")


def _short_memo(maxsize: int) -> Callable[[Callable[[str], _T]], Callable[[str], _T]]:
    """Memoise a function of one string, for strings up to ``_MEMO_TEXT`` characters only."""
    def wrap(function: Callable[[str], _T]) -> Callable[[str], _T]:
        memo = lru_cache(maxsize=maxsize)(function)

        def call(text: str) -> _T:
            return memo(text) if len(text) <= _MEMO_TEXT else function(text)
        return call
    return wrap


@_short_memo(512)
def _title_hint(title: str) -> bool:
    """Whether the (space-normalised) title holds a hiring word or hint."""
    return prefilter_title(title.lower())


@_short_memo(512)
def _text_hint(text: str) -> bool:
    """Whether a place or description holds a hiring word."""
    return bool(text) and prefilter_match(text.lower())


@_short_memo(1024)
def _organiser_facts(raw_email: str) -> tuple[str, str, bool, bool]:
    """The organiser's address lower-cased, its domain, whether that is a hiring tool's, and
    whether the address looks like a recruiter's."""
    email = raw_email.strip().lower()
    domain = domain_of(email)
    return (email, domain, bool(domain) and is_tool_domain(domain),
            _RECRUITERISH_LOWER.search(email) is not None)


# Step 2a, the title's veto, lives in ``title_veto`` (split in round 8); ``confidence``
# replays it through this name.
_title_veto = title_veto


def _vetoes(
    event: Mapping[str, Any], seen: _Seen, my_domains: Collection[str]
) -> _Context | None:
    """Step 2: the title, the organiser and the description can each rule the event out."""
    user_names = _user_names(seen.my_name, seen.me)
    named_candidate = _title_veto(seen.title, user_names, seen.organizer_domain)
    if named_candidate is None:
        return None
    mine = _own_domains(seen.me, my_domains)
    organizer_self = seen.organizer.get("self") is True or (
        bool(seen.me) and seen.organizer_email == seen.me)
    if not organizer_self and (
        seen.organizer_domain in mine
        # (round 24: a newsroom's editor sending a reporter's interview is the press hiring,
        # when the title names the media job: "Interview – Reporter, Metro desk")
        or ((MEDIA_PERSON.search(seen.organizer_email) or MEDIA_PERSON.search(seen.organizer_name))
            and not MEDIA_JOB.search(seen.title))
    ):
        return None
    description = html_to_text(seen.raw_description) if seen.raw_description else ""
    if hiring_side_invite(description, seen.title, seen.attendees, seen.me,
                          organizer_email=seen.organizer_email, user_names=user_names) \
            or user_hires(seen.title, description, organizer_self or not seen.organizer_email):
        return None
    if nonjob_setting(seen.title, seen.location, description[:CONTEXT_HEAD]):
        return None  # an "Interview" at a consulate, or with "your child's teacher"
    return _Context(user_names, named_candidate, mine, organizer_self, description,
                    _spellings(seen))


def _user_names(my_name: str, me: str) -> set[str]:
    """The user's names, lower case: the configured one and the one the address spells."""
    return {n.lower() for n in (my_name, _name_from_me(me)) if n}


def _own_domains(me: str, my_domains: Collection[str]) -> set[str]:
    """The user's own domains: ``[detect] my_domains`` and the address's, unless free mail."""
    mine = {d.strip().lower() for d in my_domains if isinstance(d, str)}
    me_domain = domain_of(me)
    if me_domain and not is_free_mail(me_domain):
        mine.add(me_domain)
    return mine


def _spellings(seen: _Seen) -> list[str]:
    """The organiser's and the first 50 guests' display names: how the event spells people."""
    return [seen.organizer_name] + [
        text_of(entry.get("displayName")) for entry in seen.attendees[:50]
        if isinstance(entry, _MAP)
    ]


def _evidence(event: Mapping[str, Any], seen: _Seen, ctx: _Context) -> list[str] | None:
    """Step 3: why this is an interview (the reasons shown to the user), or None."""
    strong = strong_title(seen.title)
    if strong:
        return [f"title says '{strong.group(0).strip()}'"]
    client = presented_to_client(  # round 12: "Vorstellung beim Kunden – Buchhalter (m/w/d)"
        seen.title, ctx.description, organizer_domain=seen.organizer_domain,
        attendees=seen.attendees, me=seen.me, names_job=job_named(seen.title) is not None)
    if client:
        return [client]
    if ctx.named_candidate and ROLE_WORD_RE.search(seen.title):
        # "Leadership panel - VP Sales candidate Pat Lee": the title calls the user the candidate
        # for a job (not "Candidate forum: Pat Lee", a run for office).
        return ["title names you as the candidate"]
    # A description's webinar or exit-interview words do not outweigh a job the title names
    # (an academic visit's itinerary ends with an "exit interview with the chair").
    if DESC_NEGATIVE.search(ctx.description) and not names_a_job(seen.title):
        return None
    return _weak_evidence(event, seen, ctx)


def names_a_job(title: str) -> bool:
    """Whether the title names a job (``sides.names_job``)."""
    return job_named(title) is not None


def _weak_evidence(event: Mapping[str, Any], seen: _Seen, ctx: _Context) -> list[str] | None:
    """Step 3b: a weak title needs a second signal; no phrase at all, the guest list decides."""
    title, description = seen.title, ctx.description
    weak = weak_title(title)
    recruiter_organiser = bool(seen.organizer_email) and not ctx.organizer_self and (
        seen.organizer_is_tool or bool(_RECRUITERISH.search(seen.organizer_email.partition("@")[0]))
        or bool(_RECRUITERISH.search(seen.organizer_name))
    )
    described = DESC_POSITIVE_GATED.search(description)
    candidate = DESC_CANDIDATE_GATED.search(description)
    names_me = any(name in title.lower() for name in ctx.user_names if " " in name)
    names_job = job_named(title)
    tool = names_tool(title) if weak else None  # "Karat screen – Brightline" (round 8)
    trial = bool(weak) and invited_to_trial(title, seen.organizer_domain, ctx.organizer_self)
    # round 11: "(final step)", "stage 4 of 4": the title places it in a selection process
    step = process_step(title) if weak else None
    # round 16: a step's hint ("Auswahltest", "Physical Agility Test") inside a selection the
    # user applied to ("Bewerber", "concurso", "eligibility list"): ``selection``
    hint = step_hint(title) if weak and not (described or recruiter_organiser) else None
    selection = selection_context(title, description, hint) if hint else None
    # The hint itself ("Lunch with CEO") and a sales job's title ("VP Sales") are not the
    # sales or social life the counter-evidence looks for.
    if (weak or candidate) and not (recruiter_organiser or names_me) and counter_evidence(
            event, _SALES_JOB.sub(" ", title if weak is None else
                                  title[: weak.start()] + " " + title[weak.end():]),
            description, ctx.spellings, meal=bool(weak and MEAL.search(weak.group(0)))):
        # "Intro call - Acme CRM" from an Account Executive: a sales call, however warm.
        weak = candidate = None
    if weak and (described or recruiter_organiser or names_me or names_job or tool or trial
                 or step or selection):
        second = (f"description mentions '{described.group(0).strip()}'" if described
                  else f"organiser {seen.organizer_email} arranges hiring" if recruiter_organiser
                  else "title names you, as hiring tools do" if names_me
                  else f"title names a job ('{names_job.group(0)}')" if names_job
                  else f"title names an interview tool ('{tool.group(0)}')" if tool
                  else f"{seen.organizer_domain} invites you to a trial day" if trial
                  else f"title places it at a step of a process ('{step.group(0)}')" if step
                  else f"the event is part of a selection ('{selection.group(0).strip()}')"
                  if selection
                  else "")
        return [f"title says '{weak.group(0).strip()}'", second]
    if candidate:
        return [f"description says '{candidate.group(0).strip()}'"]
    if names_me and names_job and described:
        # "Warehouse Supervisor - Pat Lee" with "on-site interview" in the body: an ATS's
        # candidate event names the job and the candidate, and the body says what it is.
        return ["title names you and a job", f"description mentions '{described.group(0).strip()}'"]
    # No explicit phrase anywhere: weigh the title's hint against who is invited.
    soft = soft_evidence(
        event, title, description, organizer_email=seen.organizer_email,
        organizer_name=ctx.spellings[0], organizer_self=ctx.organizer_self,
        attendees=seen.attendees, me=seen.me, user_names=ctx.user_names, mine=ctx.mine,
        recruiter_signal=recruiter_organiser or bool(described))
    return None if soft is None else [soft]


def _extract(
    event: Mapping[str, Any], seen: _Seen, ctx: _Context, reasons: list[str], calendar_id: str,
    *, confidence: float = 1.0, unsure: bool = False,
) -> Interview | None:
    """Step 4: people, times, employer and stage of an event already judged an interview.
    ``confidence`` and ``unsure`` are ``detect.confidence``'s, when it already knows them (the
    Interview is then built once, not built and copied)."""
    frame = _frame(event, seen, ctx, calendar_id)
    if frame is None:
        return None
    return Interview(**frame, **_details(event, seen, ctx, reasons), confidence=confidence,
                     unsure=unsure)


def _frame(event: Mapping[str, Any], seen: _Seen, ctx: _Context,
           calendar_id: str) -> dict[str, Any] | None:
    """The part of step 4 read straight off the event (identity, times, title, place): cheap,
    and all that planning needs of an interview that nothing is due for yet
    (``detect.deferred``). None when the event has no usable times."""
    when = event_times(event)
    if when is None:
        return None
    start, end, all_day, zone_name = when
    title = seen.title
    return {"key": event_key(event, title, start),
            "event_id": (text_of(event.get("id")) or text_of(event.get("iCalUID"))
                         or event_key(event, title, start)),
            "calendar_id": calendar_id if isinstance(calendar_id, str) else "primary",
            "title": title, "start": start, "end": end, "all_day": all_day,
            "timezone": zone_name, "description": ctx.description[:DESCRIPTION_LIMIT],
            "location": seen.location or None, "organizer_email": seen.organizer_email or None,
            "updated": text_of(event.get("updated")) or None}


def _details(event: Mapping[str, Any], seen: _Seen, ctx: _Context,
             reasons: list[str]) -> dict[str, Any]:
    """The costly part of step 4 (``DETAILS``): people, employer, role and stage, and the
    reasons with what the employer's rules added. ``reasons`` is extended in place."""
    title, description = seen.title, ctx.description
    hm_hint = bool(_HM_TITLE.search(title))
    agencies = agency_domains(event, description)  # (read once: people and company need it)
    people, names = people_of(event, seen.me, ctx.mine, description, hiring_manager_hint=hm_hint,
                              raw_description=seen.raw_description, agencies=agencies)
    domains = _employer_domains(seen.organizer_email, ctx.organizer_self, seen.attendees, seen.me,
                                mine=ctx.mine, description=description)
    person_names = _person_names(people, names, ctx.user_names, domains)
    company, company_reason = company_of(
        title, description, seen.location, domains, person_names,
        spellings=[name for name in ctx.spellings if name],
        # a no-reply sender's domain is often a sending platform's, not the employer's
        sender_domains=(seen.organizer_domain,) if is_machine_address(seen.organizer_email)
        or is_tool_product(seen.organizer_email, _organiser_name(event), title) else (),
        agency_domains=agencies)
    if seen.organizer_domain and not ctx.organizer_self \
            and seen.organizer_domain in domains[:1]:
        reasons.append(f"organiser is at {seen.organizer_domain}")
    if company_reason:
        reasons.append(company_reason)
    return {"company": company, "role": role_of(title, description),
            "stage": stage_of(title) or ("interview" if strong_title(title) else None),
            "people": people, "reasons": tuple(reasons)}


def _organiser_name(event: Mapping[str, Any]) -> str:
    organizer = event.get("organizer")
    return text_of(organizer.get("displayName")) if isinstance(organizer, Mapping) else ""


# What ``_details`` finds, the fields an interview may have filled in later (``detect.deferred``).
DETAILS = ("company", "role", "stage", "people", "reasons")


@functools.lru_cache(maxsize=64)  # one user, asked once per interview
def _name_from_me(me: str) -> str:
    """A name only when the address spells one ("pat.lee@" → "Pat Lee"), not "plee@"."""
    local = me.partition("@")[0]
    return name_from_address(me) if re.search(r"[._-]", local) else ""
