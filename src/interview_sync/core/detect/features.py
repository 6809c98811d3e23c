"""Which named features fire on a calendar event: the evidence ``confidence`` weighs.

Owns ``features_of``: the steps of ``detect_interview`` (``classify``) replayed so that each
rule that fires is recorded as a named feature instead of ending the search (the title's veto
and the organiser's, the hiring side and a non-job place, the title's phrase or hint, the
description's words, who organised and who is invited); ``FEATURES``, what each one means (for
``detect --explain`` and ``bench/fit_detect_weights.py``); ``VETOES`` and ``CORROBORATION``,
the features that are the rules' vetoes and those that back a title's hiring words; and
(from ``core.bounds``) ``DESC_HEAD``, how much of a description the features read. How the
features are weighed into a probability and a tier is ``confidence``'s. Split from
``confidence`` (past the size guideline). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from interview_sync.core.bounds import DESC_HEAD
from interview_sync.core.detect import classify as _c
from interview_sync.core.detect.addresses import domain_of, is_free_mail
from interview_sync.core.detect.booking import booked_by_page
from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.documents import nonjob_setting
from interview_sync.core.detect.evidence import (
    MEAL,
    company_context,
    counter_evidence,
    soft_evidence,
)
from interview_sync.core.detect.interview_tools import names_tool
from interview_sync.core.detect.lookalikes import lookalike_span
from interview_sync.core.detect.other_side import other_side_features
from interview_sync.core.detect.rules import (
    DESC_NEGATIVE,
    DESC_POSITIVE_GATED,
    MEDIA_PERSON,
    invited_to_trial,
    step_hint,
    strong_title,
    weak_title,
)
from interview_sync.core.detect.selection import selection_context
from interview_sync.core.detect.selection_shape import selection_shape, shape_hint, step_in_title
from interview_sync.core.detect.sides import (
    hiring_side_invite,
    is_informational,
    names_job,
    names_someone_else,
    user_hires,
)
from interview_sync.core.detect.step_parts import PERFORMANCE_STEP
from interview_sync.core.detect.title_negative import MEDIA_JOB, TITLE_NEGATIVE
from interview_sync.core.detect.veto_dispute import veto_disputed
from interview_sync.core.text import html_to_text, text_of

__all__ = ["CORROBORATION", "DESC_HEAD", "FEATURES", "SHAPE", "SHAPE_DISPUTES", "SHAPE_ONLY",
           "VETOES", "features_of", "veto_context"]


# Feature name -> what it means, for ``detect --explain`` and the fitting script.
FEATURES: dict[str, str] = {
    "strong_title": "the title names a hiring step",
    "weak_title": "the title only hints at one",
    "named_candidate": "the title names you as the candidate",
    "desc_positive": "the description speaks of hiring",
    "recruiter_organiser": "a recruiter or hiring tool organised it",
    "names_me": "the title names you, as hiring tools do",
    "names_job": "the title names a job",
    "company_context": "one outside company is invited",
    "soft_evidence": "the guest list fits a hiring meeting",
    "scheduler_title": "a booking tool titled it with two names",
    "booking_page": "someone from one outside company booked it through a scheduling page "
                    "(Calendly, Bookings, ...)",
    "counter_evidence": "sales or service words",
    "desc_negative": "the description is about something else (webinar, practice, sales)",
    "title_veto": "the title says it is something else",
    "organiser_veto": "organised from your own domain or by the press",
    "hiring_side": "the description is written for interviewers",
    "nonjob_context": "the place or description shows a non-job interview (consulate, school, ...)",
    "names_someone_else": "the title names another candidate",
    "organiser_self": "you organised it yourself",
    "desc_people": "the description names people at an organisation's address",
    "informational": "an informational interview or networking meeting (asked about, not drafted)",
    "uncorroborated": "nothing but the title's words backs it (no job, hiring text, recruiter or "
                      "company)",
    "chore": "your own to-do about an interview (reply, confirm, prepare, send thanks, ...)",
    "weak_seconded": "the title's hint has a second signal (a job, your name, hiring text or a "
                     "recruiter), as the rules ask",
    "own_with_company": "you put a hiring step on your calendar with people from one outside "
                        "company",
    "tool_title": "the title names an interview or assessment tool (Karat, HireVue, CoderPad, ...)",
    "trial_invited": "an outside organisation invites you to a trial day or shift",
    "selection_step": "the title names a test or trial and the event says it is part of a "
                      "selection (applicants, a competition, an eligibility list)",
    "about_interviews": "interviewing is the topic (a how-to, a workshop or webinar about "
                        "interviews, an audience of managers or members)",
    "vendor_pitch": "a seller's demo, walkthrough, trial or intro call",
    # Not a rule: the words' score from the fitted table (``detect.wording``), a number, weighed
    # like the rule features; its evidence line shows the weight times the score.
    "wording": "the words, as the labelled events weigh them",
    # round 16 (``veto_dispute``): a title veto the description contradicts may be asked about
    "veto_disputed": "the title's veto is disputed: the organiser writes to you as the candidate "
                     "(your interview, please bring, you will meet)",
    # round 17 (``selection_shape``): asked about, never weighed
    "selection_shape": "it has a selection step's shape: a step in the title, a hiring context, "
                       "the step's logistics (what to bring, when to arrive, how long, results "
                       "later), from outside or your own copy",
    "shape_first_look": "only its selection step's shape brought it past the first look (no "
                        "hiring word): asked about, never drafted",
}
# The evidence that backs a title's hiring words; a title with none of it is what look-alikes of
# kinds no rule knows yet look like (a benefits office's "phone interview", a "Global Entry
# interview"), so the fit can weigh it on its own.
CORROBORATION = frozenset({"desc_positive", "recruiter_organiser", "company_context", "names_job",
                            "names_me", "named_candidate", "soft_evidence", "scheduler_title",
                            "desc_people", "tool_title", "trial_invited", "selection_step"})
# The features that are the rules' vetoes: any one of them and the rules say no.
VETOES = frozenset({"title_veto", "organiser_veto", "hiring_side", "nonjob_context"})
# Round 17 (``selection_shape``): the feature, the one that says only the shape let the event past
# the first look (the rules never accept it: their first look drops it), and the vetoes the shape
# disputes (one word of a title; the press organising: a newsroom's test for its applicants).
SHAPE = "selection_shape"
SHAPE_ONLY = "shape_first_look"
SHAPE_DISPUTES = frozenset({"title_veto", "organiser_veto"})
# What the shape never overrides: a talk about interviews, a seller's demo, an informational
# interview, the user's own chore (each its own feature; they have a step's logistics too).
_NOT_SHAPED = frozenset({"about_interviews", "vendor_pitch", "informational", "chore"})

_ADDRESS_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _names_outsiders(head: str, mine: set[str]) -> bool:
    """Whether the description names someone by an address at an organisation's domain (not
    free mail, not the user's own): an invite's schedule of interviewers backs its title."""
    if "@" not in head:
        return False
    return any(not is_free_mail(d) and d not in mine
               for d in (m.group(1).lower() for m in _ADDRESS_DOMAIN.finditer(head)))


_SCHEDULER_TITLE = re.compile(
    r"\bbetween\s+.+\s+and\s+|^\W*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:and|&)\s+"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\W*$")


def features_of(event: Mapping[str, Any], me: str, my_domains: Collection[str] = ()
                ) -> tuple[set[str], Any, Any]:
    """The features that fire on ``event``, with the first look and veto context (or None)."""
    seen = _c._first_look(event, me)
    shaped_only = False
    if seen is None:  # round 17: no hiring word, but perhaps a selection step's shape
        seen = _shaped_first_look(event, me)
        if seen is None:
            return set(), None, None
        shaped_only = True
    on: set[str] = {SHAPE_ONLY} if shaped_only else set()
    user_names = {n.lower() for n in (seen.my_name, _c._name_from_me(seen.me)) if n}
    mine = {d.strip().lower() for d in my_domains if isinstance(d, str)}
    me_domain = domain_of(seen.me)
    if me_domain and not is_free_mail(me_domain):
        mine.add(me_domain)
    organizer_self = _veto_features(on, seen, user_names, mine)
    description = html_to_text(seen.raw_description) if seen.raw_description else ""
    if hiring_side_invite(description, seen.title, seen.attendees, seen.me,
                          organizer_email=seen.organizer_email, user_names=user_names) \
            or user_hires(seen.title, description, organizer_self or not seen.organizer_email):
        on.add("hiring_side")
    if nonjob_setting(seen.title, seen.location, description[:_c.CONTEXT_HEAD]):
        on.add("nonjob_context")
    # The vetoes' context, built from what the veto features already found (the same values
    # classify._vetoes computes, without its second title search and HTML conversion).
    full = _c._Context(
        user_names, "named_candidate" in on, mine, organizer_self, description,
        [seen.organizer_name, *(text_of(entry.get("displayName")) for entry in seen.attendees[:50]
                                if isinstance(entry, Mapping))])
    ctx = None if on & VETOES else full
    _hint_features(on, event, seen, ctx, description=description, user_names=user_names,
                   mine=mine, organizer_self=organizer_self)
    if names_someone_else(seen.title, seen.attendees, seen.me, user_names, seen.organizer_domain):
        on.add("names_someone_else")
    # round 16: the title's veto alone, against a description written to the candidate; the
    # context is then given (``confidence`` may ask, and asking extracts), the rules still say no
    # (round 17: never where the event reads as one about interviews or a seller's, a third
    # party's reading; the title's step beside its veto word counts as the step attended)
    if on & VETOES == {"title_veto"} and not on & _THIRD_PARTY and veto_disputed(
            description, organizer_email=seen.organizer_email, organizer_self=organizer_self,
            step_named=_step_beside_veto(seen.title)):
        on.add("veto_disputed")
        ctx = full
    # round 17: a selection step's shape (``selection_shape``); it may dispute a title's or the
    # press's veto (never the user's own domain's: the shape is not read from there), so the
    # context is then given for asking, as for a disputed veto
    if not on & _NOT_SHAPED and selection_shape(
            seen.title, description, organizer_email=seen.organizer_email,
            organizer_name=seen.organizer_name, organizer_self=organizer_self,
            organizer_mine=seen.organizer_domain in mine):
        on.add(SHAPE)
        if on & VETOES and on & VETOES <= SHAPE_DISPUTES:
            ctx = full
    return on, seen, ctx


def veto_context(seen: Any, on: AbstractSet[str], me: str, my_domains: Collection[str] = ()) -> Any:
    """The context ``features_of`` withholds from a vetoed event (``ctx`` None), rebuilt for
    asking about it: round 20's vetoed event whose score still says interview (``confidence``).
    Only such rare events pay for it."""
    description = html_to_text(seen.raw_description) if seen.raw_description else ""
    return _c._Context(_c._user_names(seen.my_name, seen.me or me), "named_candidate" in on,
                       _c._own_domains(seen.me, my_domains), "organiser_self" in on,
                       description, _c._spellings(seen))


# Readings of who the event is for that leave the user no candidate's seat (``other_side``).
_THIRD_PARTY = frozenset({"about_interviews", "vendor_pitch", "informational"})


def _step_beside_veto(title: str) -> bool:
    """Whether the title names a hiring step outside the words that vetoed it ("Hiring Event –
    same-day interviews"; never "Pre-employment medical interview", whose step is the veto's)."""
    span = lookalike_span(title) or (
        found.span() if (found := TITLE_NEGATIVE.search(title)) else None)
    rest = title if span is None else title[:span[0]] + " " + title[span[1]:]
    return bool(strong_title(rest) or weak_title(rest))


def _shaped_first_look(event: Mapping[str, Any], me: str) -> Any:
    """The first look's facts for an event it dropped (no hiring word) whose title, description
    and organiser have a selection step's shape (``selection_shape.shape_hint``), else None."""
    if not isinstance(event, Mapping):
        return None
    title = text_of(event.get("summary"))
    if not step_in_title(title):  # most of a calendar leaves here, before its description is read
        return None
    organizer = event.get("organizer")
    organizer = organizer if isinstance(organizer, Mapping) else {}
    description = text_of(event.get("description"))[:_SHAPE_READ]
    if not shape_hint(" ".join(title.split()),
                      html_to_text(description) if "<" in description else description,
                      text_of(organizer.get("email")).strip().lower(),
                      text_of(organizer.get("displayName"))):
        return None
    return _c._first_look(event, me, force=True)


_SHAPE_READ = 4_000  # characters of a dropped event's description the shape's hint reads


def _veto_features(on: set[str], seen: Any, user_names: set[str], mine: set[str]) -> bool:
    """The title's veto (or naming the user as the candidate) and the organiser's; returns
    whether the user organised it."""
    named = _c._title_veto(seen.title, user_names, seen.organizer_domain)
    if named is None:
        on.add("title_veto")
    elif named:
        on.add("named_candidate")
    organizer_self = seen.organizer.get("self") is True or (
        bool(seen.me) and seen.organizer_email == seen.me)
    if organizer_self:
        on.add("organiser_self")
    elif seen.organizer_domain in mine or ((MEDIA_PERSON.search(seen.organizer_email)
          or MEDIA_PERSON.search(seen.organizer_name))
          # round 22: a station's producer sending an audition or a voice test is the press
          # hiring a presenter (``step_parts``), not the press interviewing the user
          and not PERFORMANCE_STEP.search(seen.title)
          # round 24: nor a newsroom hiring for the media job the title names (``classify``)
          and not MEDIA_JOB.search(seen.title)):
        on.add("organiser_veto")
    return bool(organizer_self)


def _hint_features(on: set[str], event: Mapping[str, Any], seen: Any, ctx: Any, *,
                   description: str, user_names: set[str], mine: set[str],
                   organizer_self: bool) -> None:
    """The title's phrase or hint, the description's words, who organised and who is invited."""
    title = seen.title
    # A weak hint only counts where there is no strong phrase (as in the rules; cheaper too).
    weak = None
    if strong_title(title):
        on.add("strong_title")
    else:
        weak = weak_title(title)
        if weak:
            on.add("weak_title")
    head = description[:DESC_HEAD]  # what an invite says of itself, it says early
    if DESC_POSITIVE_GATED.search(head):
        on.add("desc_positive")
    if DESC_NEGATIVE.search(head) or TITLE_NEGATIVE.search(seen.location[:300]):
        on.add("desc_negative")
    if bool(seen.organizer_email) and not organizer_self and (
            seen.organizer_is_tool
            or bool(_c._RECRUITERISH.search(seen.organizer_email.partition("@")[0]))
            or bool(_c._RECRUITERISH.search(seen.organizer_name))):
        on.add("recruiter_organiser")
    if any(name in title.lower() for name in user_names if " " in name):
        on.add("names_me")
    if names_job(title):
        on.add("names_job")
    if _SCHEDULER_TITLE.search(title):
        on.add("scheduler_title")
    if company_context(seen.organizer_email, organizer_self, seen.attendees, seen.me, mine):
        on.add("company_context")
    spellings = ctx.spellings if ctx is not None else [seen.organizer_name]
    rest = title if weak is None else title[: weak.start()] + " " + title[weak.end():]
    if counter_evidence(event, _c._SALES_JOB.sub(" ", rest), description, spellings,
                        meal=bool(weak and MEAL.search(weak.group(0)))):
        on.add("counter_evidence")
    if ctx is not None and "strong_title" not in on and soft_evidence(
            event, title, description, organizer_email=seen.organizer_email,
            organizer_name=spellings[0], organizer_self=organizer_self,
            attendees=seen.attendees, me=seen.me, user_names=user_names, mine=ctx.mine,
            recruiter_signal="recruiter_organiser" in on or "desc_positive" in on):
        on.add("soft_evidence")
    if _names_outsiders(head, mine):
        on.add("desc_people")
    if "company_context" in on and booked_by_page(head, seen.location):
        on.add("booking_page")
    if is_informational(title, description):
        on.add("informational")
    if is_chore(title, organizer_self or not seen.organizer_email):
        on.add("chore")
    # The user's own entry naming a hiring step, with the company's people on it (a copy of an
    # invite): an interaction the
    # additive score cannot make of "organiser_self" and "company_context" alone (those were
    # all interviews in the tuning data, and scored 0.81 without it).
    # The rules' own test for a hint (``classify._weak_evidence``): a second signal behind it;
    # additive weights alone left such events scored 0.73 where all were interviews.
    if names_tool(title):
        on.add("tool_title")
    # (a tool's name seconds a hint too, in the rules; it keeps its own weight here, as the
    # user's own entries it backs are scored apart from an employer's invitations)
    if weak and on & {"names_job", "names_me", "desc_positive", "recruiter_organiser"}:
        on.add("weak_seconded")
    # round 9: a trial day an outside organisation invited the user to (the rules' second
    # signal for that hint), weighed on its own
    if weak and invited_to_trial(title, seen.organizer_domain, organizer_self):
        on.add("trial_invited")
    # round 16: a step's own noun inside a selection (``selection``), weighed on its own
    if weak and (hint := step_hint(title)) and selection_context(title, description, hint):
        on.add("selection_step")
    # round 16: who the event is for (a hiring-side seat, an audience, a seller's customer)
    on |= other_side_features(title, head, seen.organizer_email, seen.organizer_name)
    if "vendor_pitch" in on and ("names_job" in on or PERFORMANCE_STEP.search(title)):
        # "Intro call – Founding Engineer – Quillstack": a founder's call; round 22: "Studio
        # audition – Coast 98.4 (record 3 demo links)": a performer's demo, not a seller's
        on.discard("vendor_pitch")
    if {"organiser_self", "company_context", "strong_title"} <= on:
        on.add("own_with_company")
    if ("strong_title" in on or weak) and not on & CORROBORATION:
        on.add("uncorroborated")
