"""How sure detection is: a calibrated probability, its evidence, and the tier it puts an event in.

Owns ``assess_event``: the same steps as ``detect_interview`` (``classify``), replayed so that
each rule that fires is recorded as a named feature instead of ending the search (``features``
finds them); the features are combined by a logistic model whose weights were fitted offline
on the labelled tuning sets (``bench/fit_detect_weights.py`` writes ``weights.py``; no fitting
library at runtime), so that of events scored 0.9 about nine in ten are interviews. Beside the
rule features, one learned feature: the event's words scored by a fitted table
(``detect.wording``), read only for events past the first look. ``basis_of`` and ``tier_of``
let ``bench/cross_round.py`` replay the tiers with weights fitted without a round. Pure and
total like ``classify``.

Theory of operation: three tiers.

* ``confident``: the rules accept the event and the probability is at least ``CONFIDENT``;
  everything acts as before (notes, drafts, reminders). Never the user's own bare entry
  (``own_entry``: typed alone, nothing but its title behind it), whatever its probability:
  its evidence then says so (``typed_alone``).
* ``unsure``: the rules accept it but the probability is lower, or the rules found only a hint
  (no veto, no second signal) and the probability is still at least ``UNSURE``; the Interview
  carries ``unsure=True`` and the planner makes its note and a "Was this an interview?"
  reminder, never drafts, until the user confirms.
* ``below``: nothing is made; ``status --all`` and ``detect --explain`` show the evidence.

An informational interview or networking meeting is never a job interview (the rules do not
accept it) but is always asked about unless a veto fired: the user may want to thank the person,
and only they know whether it turned into a hiring conversation. The user's own chore about an
interview (``chores``) is never accepted either; it is asked about only when the rest of the
evidence is strong enough to reach the unsure line.

A veto (the user on the hiring side, a consular or clinical "interview", a webinar) is a feature
with a large negative weight, not a special case: the probability says how much it counts.
A veto also stops the question, except a title's veto alone that the description disputes
(``veto_dispute``, round 16: written to the user as the candidate): that event is asked about at
``UNSURE``, never accepted.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from interview_sync.core.bounds import MAX_DETECT_GUESTS, guests_read
from interview_sync.core.detect import classify as _c
from interview_sync.core.detect.confirm import confirmed_interview
from interview_sync.core.detect.features import (
    CORROBORATION,
    DESC_HEAD,
    FEATURES,
    SHAPE,
    SHAPE_DISPUTES,
    SHAPE_ONLY,
    VETOES,
    features_of,
    veto_context,
)
from interview_sync.core.detect.later import extract_later
from interview_sync.core.detect.lookalikes import lookalike_phrase
from interview_sync.core.detect.own_entry import ALONE, someone_else_on, typed_alone
from interview_sync.core.detect.rules import DESC_CANDIDATE_GATED
from interview_sync.core.detect.sides import cjk_hiring_side
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE
from interview_sync.core.detect.weights import BIAS, WEIGHTS
from interview_sync.core.detect.wording import wording_score, words_of
from interview_sync.core.model import Interview
from interview_sync.core.text import html_to_text, text_of

__all__ = ["CONFIDENT", "LIMITS", "OUTWEIGHED", "UNSURE", "Assessment", "Basis", "assess_event",
           "basis_of", "confirmed_interview", "tier_of", "words_seen"]

CONFIDENT = 0.70  # at or above: act as before (chosen on the tuning batches)
UNSURE = 0.30  # at or above (and below CONFIDENT): ask the user; below: do nothing
# Round 20: a vetoed event whose probability, the veto's weight counted, is still at least
# even odds is asked about (never accepted). A veto reads one word or one reading of the text
# ("seminar" in "Campus Visit – Assistant Professor … (research seminar)", "job fair" in "Demo
# lesson + interview … (met at job fair)", "Training" in "PT Group Interview"); when everything
# else outweighs it, the veto has not settled the event, and silence is the costliest answer.
# Only the title's veto (``_outweighable``): the place's and the description's read the whole
# event (a clinic, a consulate, the user on the panel) and keep silencing it. On the tuning
# batches at r20start: 6 interviews and 3 look-alikes (an info session, a master's admissions
# interview, a union's interview training) had a title veto, were scored so and left silent.
OUTWEIGHED = 0.50

# Rules that cap the tier rather than weigh (not fitted): shown with the evidence, weight 0.
_ALONE_WHY = ("you typed it alone and nothing but its title backs it (no guest, meeting link, "
              "hiring text or named interviewer)")
LIMITS: dict[str, str] = {ALONE: f"never confident: {_ALONE_WHY}"}

DISPUTED = "veto_disputed"  # the one veto that may still be asked about (``veto_dispute``)

# Features with which the rules never accept an event (as ``classify._detect`` decides).
# (and an event only a selection step's shape let past the first look: ``selection_shape``)
_NEVER_ACCEPTED = frozenset({"names_someone_else", "informational", "chore", SHAPE_ONLY})


@dataclass(frozen=True, slots=True)
class Assessment:
    """One event judged: tier, probability, evidence and (unless below) the interview."""

    tier: str  # "confident", "unsure" or "below"
    confidence: float
    evidence: tuple[tuple[str, float], ...]  # (feature, its weight), strongest first
    interview: Interview | None
    rules_accept: bool
    # The words behind a veto ("title_veto" -> "Parent-teacher interview"), where one fired.
    phrases: tuple[tuple[str, str], ...] = ()

    def explain(self) -> list[str]:
        """Readable lines: each feature that fired, its meaning, its weight and, for a veto,
        the words that fired it."""
        said = dict(self.phrases)
        return [(f"   =  {LIMITS[name]} ({name})" if name in LIMITS else
                 f"{'+' if w >= 0 else '-'}{abs(w):.1f}  {FEATURES.get(name, name)} ({name})")
                + (f": {said[name]!r}" if name in said else "")
                for name, w in self.evidence]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, x))))


def _probability(on: Collection[str], wording: float = 0.0) -> float:
    """``wording``: the words' summed table weights (``detect.wording``), weighed by the fit."""
    return _sigmoid(BIAS + sum(WEIGHTS.get(name, 0.0) for name in on)
                    + _WORDING_WEIGHT * wording)


_WORDING_WEIGHT = WEIGHTS.get("wording", 0.0)


def words_seen(seen: Any, ctx: Any) -> frozenset[str]:
    """The tokens the wording table weighs (``detect.wording``): title, place, description,
    without the names of the user, the organiser and the guests (display names, addresses)."""
    description = ctx.description if ctx is not None else (
        html_to_text(seen.raw_description) if seen.raw_description else "")
    people = [(seen.my_name, seen.me), (seen.organizer_name, seen.organizer_email)]
    people += [(text_of(entry.get("displayName")), text_of(entry.get("email")))
               for entry in seen.attendees[:_WORDING_GUESTS] if isinstance(entry, Mapping)]
    return words_of(seen.title, seen.location, description, people)


_WORDING_GUESTS = 24  # guests whose names are left out of the words (bounded; the rest rarely
# appear in a title or the head of a description)


def tier_of(p: float, *, rules_accept: bool, askable: bool, thank: bool,
            alone: bool = False, shape: bool = False, line: float = UNSURE,
            vetoed: bool = False) -> str:
    """The tier for probability ``p``: the rules' yes is confident at ``CONFIDENT``, else unsure
    (always unsure when the user typed it ``alone``: ``own_entry``); an event the rules do not
    accept is asked about (``askable``: no veto, and it reads as an interview) at ``UNSURE``
    (``line``: another unsure line, for ``bench/cross_round.py``'s study of it), or whatever its
    score when it is an informational interview with someone to thank (``thank``) or has a
    selection step's shape (``shape``: ``selection_shape``, round 17). A ``vetoed`` event (a veto
    fired, and extraction makes an interview of it) is asked about when ``p``, the veto counted,
    still reaches ``OUTWEIGHED`` (round 20)."""
    if rules_accept:
        return "confident" if p >= CONFIDENT and not alone else "unsure"
    if askable and (p >= line or thank or shape):
        return "unsure"
    return "unsure" if vetoed and p >= OUTWEIGHED else "below"


# The answer for every event that fails the first look (most of a calendar): made once.
_NOTHING = Assessment("below", _probability(()), (), None, rules_accept=False)


def assess_event(event: Mapping[str, Any], me: str, *, calendar_id: str = "primary",
                 my_domains: Collection[str] = (), later: bool = False) -> Assessment:
    """The tier, probability and evidence for ``event``. Never raises.

    ``later``: the interview's people, employer, role and stage are found when first read
    (``core.lazy``, ``detect.later``), not now; everything read from it is the same."""
    try:
        event, cut = guests_read(event, me)  # at most MAX_DETECT_GUESTS guests (core.bounds)
        # (an event judged on its first guests is made unsure by a copy: found now)
        judged = _assess(event, me, calendar_id, my_domains, later=later and not cut)
        return _unsure_when_cut(judged) if cut else judged
    except Exception:  # like detect_interview: one odd event must never stop a sync
        return Assessment("below", 0.0, (), None, rules_accept=False)


def _unsure_when_cut(judged: Assessment) -> Assessment:
    """A judgement made on the first guests only is never confident: the unread ones could have
    vetoed it or named another employer (``core.bounds.MAX_DETECT_GUESTS``)."""
    if judged.tier != "confident" or judged.interview is None:
        return judged
    why = f"unsure: only the first {MAX_DETECT_GUESTS} guests were read"
    found = replace(judged.interview, unsure=True, reasons=(*judged.interview.reasons, why))
    return replace(judged, tier="unsure", interview=found)


def _rules_cannot_accept(on: set[str], ctx: Any) -> bool:
    """Whether the features already show that classify's evidence step would say no, so that
    its regex passes over the description need not run again.

    The step accepts on a strong title, a title naming the user as candidate for a job, a weak
    title (with a second signal), a candidate phrase in the description, a title naming the user
    and a job with hiring words in the description, or soft evidence. The
    soft-evidence feature is the rules' own test with the same arguments when the description
    is no longer than the part the features read, so its absence then settles that branch."""
    if on & {"strong_title", "weak_title"} or {"named_candidate", "names_job"} <= on \
            or {"names_me", "names_job", "desc_positive"} <= on:
        return False
    if "soft_evidence" in on or len(ctx.description) > DESC_HEAD:
        return False
    return DESC_CANDIDATE_GATED.search(ctx.description) is None


def _assess(event: Mapping[str, Any], me: str, calendar_id: str,
            my_domains: Collection[str], *, later: bool = False) -> Assessment:
    on, seen, ctx = features_of(event, me, my_domains)
    if seen is None:  # no hiring word anywhere: the cheap path, as in detect_interview
        return _NOTHING
    wording = wording_score(words_seen(seen, ctx)) if _WORDING_WEIGHT else 0.0
    p = _probability(on, wording)
    weighed = [(n, WEIGHTS.get(n, 0.0)) for n in on]
    if wording:
        weighed.append(("wording", _WORDING_WEIGHT * wording))
    evidence = tuple(sorted(weighed, key=lambda x: -abs(x[1])))
    # The rules' own verdict, from the same steps detect_interview runs (not run twice). The
    # probability is known first, so the Interview is built with it (once, not built and
    # copied); only the user's own bare entry (``_alone``, which reads the people found) can
    # still turn a confident one unsure.
    reasons = _rules_reasons(event, on, seen, ctx)
    tier = tier_of(p, rules_accept=True, askable=True, thank=False)
    made = None if reasons is None else _extract(
        event, seen, ctx, reasons, calendar_id, confidence=round(p, 3),
        unsure=tier == "unsure", later=(me, my_domains) if later else None)
    if made is not None:
        if _alone(event, seen, on, made, ctx.description):
            # said, like any rule that fired, and given as the question's reason
            tier = tier_of(p, rules_accept=True, askable=True, thank=False, alone=True)
            evidence = (*evidence, (ALONE, 0.0))
            made = replace(made, unsure=tier == "unsure",
                           reasons=(*made.reasons, f"unsure: {_ALONE_WHY}"))
        return Assessment(tier, p, evidence, made, rules_accept=True)
    # Reading a name in the title as another candidate's is the fuzziest veto (a job title can
    # look like a name): alone, it lowers the probability but still lets the user be asked.
    # An informational interview is asked about whatever its score: by convention it is no job
    # interview (its probability says so), but the user may well want to thank the person.
    if tier_of(p, rules_accept=False, askable=_unvetoed(on, ctx),
               thank=_thank_anyway(on, seen), shape=SHAPE in on) == "unsure":
        # Only a hint, no veto: worth a question. Extraction is the same as for a yes.
        reasons = [f"unsure: {FEATURES[n]}" for n, w in evidence if w > 0][:3]
        for said in (SHAPE, DISPUTED):  # (unweighed: said first, as why it is asked about)
            if said in on:
                reasons = [f"unsure: {FEATURES[said]}", *reasons[:2]]
        found = _extract(event, seen, ctx, reasons, calendar_id, confidence=round(p, 3),
                         unsure=True, later=(me, my_domains) if later else None)
        if found is not None:
            return Assessment("unsure", p, evidence, found, rules_accept=False)
    phrases = _veto_phrases(on, seen)
    if p >= OUTWEIGHED and _outweighable(on):
        # round 20: the veto fired, yet everything else outweighs it; asked, never accepted
        phrase_of = dict(phrases)
        reasons = [f"unsure: {FEATURES[n]} ({phrase_of[n]!r})" if n in phrase_of
                   else f"unsure: {FEATURES[n]}" for n in sorted(on & VETOES)][:1]
        reasons += [f"unsure: {FEATURES[n]}" for n, w in evidence if w > 0][:2]
        found = _extract(event, seen, veto_context(seen, on, me, my_domains), reasons,
                         calendar_id, confidence=round(p, 3), unsure=True,
                         later=(me, my_domains) if later else None, vetoed=True)
        if found is not None:
            return Assessment("unsure", p, evidence, found, rules_accept=False, phrases=phrases)
    return Assessment("below", p, evidence, None, rules_accept=False, phrases=phrases)


def _outweighable(on: AbstractSet[str]) -> bool:
    """Whether a veto fired that the rest of the score may outweigh (round 20): the title's
    alone, one word of it; never the place's or the description's (a clinic, a consulate, the
    user on the panel: the whole event's reading, each tested to stay silent) nor the user's
    own chore about an interview (``chores``)."""
    return on & VETOES == {"title_veto"} and "chore" not in on


@dataclass(frozen=True, slots=True)
class Basis:
    """What an event's tier rests on besides the weights, for fitting and evaluating them
    offline (``bench/cross_round.py``): ``tier_of`` with a probability made from ``on`` and
    ``words`` gives the tier ``assess_event`` gives with those weights."""

    on: frozenset[str]
    words: frozenset[str]
    rules_accept: bool
    askable: bool  # no veto, and extraction makes an interview of it
    thank: bool
    cut: bool  # guests were left unread: never confident
    seen: bool  # passed the first look (else always below)
    alone: bool = False  # the user's own bare entry (``own_entry``): never confident
    shape: bool = False  # a selection step's shape (``selection_shape``): asked about if askable
    vetoed: bool = False  # a veto fired that the score may outweigh (round 20: ``OUTWEIGHED``)


def basis_of(event: Mapping[str, Any], me: str, my_domains: Collection[str] = ()) -> Basis:
    """``Basis`` for ``event`` (every step run, none skipped: slower than ``assess_event``)."""
    event, cut = guests_read(event, me)
    on, seen, ctx = features_of(event, me, my_domains)
    if seen is None:
        return Basis(frozenset(), frozenset(), False, False, False, cut, seen=False)
    reasons = _rules_reasons(event, on, seen, ctx)
    found = None if reasons is None else _c._extract(event, seen, ctx, reasons, "primary")
    askable = _unvetoed(on, ctx) and _c._extract(event, seen, ctx, [], "primary") is not None
    vetoed = _outweighable(on) and _c._extract(
        event, seen, veto_context(seen, on, me, my_domains), [], "primary") is not None
    return Basis(frozenset(on), words_seen(seen, ctx), found is not None, askable,
                 _thank_anyway(on, seen), cut, seen=True,
                 alone=found is not None and _alone(event, seen, on, found, ctx.description),
                 shape=SHAPE in on, vetoed=vetoed)


def _extract(event: Mapping[str, Any], seen: Any, ctx: Any, reasons: list[str],
             calendar_id: str, *, confidence: float, unsure: bool,
             later: tuple[str, Collection[str]] | None, vetoed: bool = False) -> Interview | None:
    """``classify._extract``'s interview, or with ``later`` (``me``, ``my_domains``) the same
    interview with its people and employer found on first read (``detect.later``)."""
    if later is None:
        return _c._extract(event, seen, ctx, reasons, calendar_id, confidence=confidence,
                           unsure=unsure)
    return extract_later(event, seen, ctx, reasons, calendar_id, confidence=confidence,
                         unsure=unsure, me=later[0], my_domains=later[1], vetoed=vetoed)


def _alone(event: Mapping[str, Any], seen: Any, on: AbstractSet[str], found: Interview,
           description: str) -> bool:
    """``own_entry.typed_alone`` for an event the rules accept, from what was already read
    (``description``: the plain text ``features_of`` made of it, ``ctx.description``).

    Asked first without the people: a named person only makes the answer no, so when it is
    no already the people need not be found (``detect.later`` finds them on first read)."""
    def alone(people_named: list[str]) -> bool:
        return typed_alone(event, me=seen.me, organizer_email=seen.organizer_email,
                           organizer_self="organiser_self" in on, location=seen.location,
                           description=description, corroborated=bool(on & CORROBORATION),
                           people_named=people_named)
    return alone([]) and alone([p.name for p in found.people])


def _rules_reasons(event: Mapping[str, Any], on: set[str], seen: Any,
                   ctx: Any) -> list[str] | None:
    """The rules' reasons for a yes (``classify._evidence``), or None where they say no."""
    if ctx is None or on & _NEVER_ACCEPTED or on & VETOES or _rules_cannot_accept(on, ctx):
        return None  # (a disputed title veto has a context, for asking; never a yes)
    return _c._evidence(event, seen, ctx)


def _unvetoed(on: AbstractSet[str], ctx: Any) -> bool:
    """Whether the event may be asked about: read past the first look, and no veto, or only a
    title veto the description disputes (``veto_dispute``, round 16), or only a title's or the
    press's veto against a selection step's shape (``selection_shape``, round 17)."""
    vetoes = on & VETOES
    return ctx is not None and (not vetoes or (vetoes == {"title_veto"} and DISPUTED in on)
                                or (SHAPE in on and vetoes <= SHAPE_DISPUTES))


def _thank_anyway(on: AbstractSet[str], seen: Any) -> bool:
    """Someone the user may want to thank, asked about whatever the score: an informational
    interview with anyone but the user on it (one the user noted alone, "Informational
    interview over coffee – Dr. Wells", is not; round 8), or a slot an outside company's person
    booked with the user by name through a scheduling page, with nothing against it
    (``booking``: its title is the page's template, whose words say nothing of its purpose, so
    the words' score must not silence it)."""
    if {"booking_page", "names_me"} <= on and not on & _AGAINST:
        return True
    return "informational" in on and someone_else_on(
        seen.organizer_email, seen.organizer.get("self") is True, seen.me, seen.attendees)


_AGAINST = frozenset({"counter_evidence", "desc_negative"})  # (the vetoes: ``_unvetoed``)


def _veto_phrases(on: set[str], seen: Any) -> tuple[tuple[str, str], ...]:
    """What the title or place said when a veto fired (only then: it costs a search or two)."""
    out: list[tuple[str, str]] = []
    if "title_veto" in on:
        negative = TITLE_NEGATIVE.search(seen.title) or cjk_hiring_side(seen.title)
        phrase = lookalike_phrase(seen.title, "", "") or (negative.group(0) if negative else "")
        if phrase:
            out.append(("title_veto", phrase.strip()))
    if "nonjob_context" in on:
        description = html_to_text(seen.raw_description) if seen.raw_description else ""
        place = lookalike_phrase("", seen.location, description[:_c.CONTEXT_HEAD])
        if place:
            out.append(("nonjob_context", place))
    return tuple(out)
