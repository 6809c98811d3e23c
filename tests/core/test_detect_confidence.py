"""Calibrated detection: the tiers, the evidence, the shipped weights and bad input."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import fit_once
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import (
    CONFIDENT,
    UNSURE,
    assess_event,
    confirmed_interview,
)
from interview_sync.core.detect.features import FEATURES, features_of
from interview_sync.core.detect.weights import BIAS, WEIGHTS
from interview_sync.core.detect.wording_weights import WORDING

ROOT = Path(__file__).resolve().parents[2]
ME = "pat.lee@gmail.com"


def event(summary: str, *, description: str = "", guests: tuple[tuple[str, str], ...] = (
        ("kim@northwind.com", "Kim Ng"),), organizer: str = "kim@northwind.com",
          **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": "ev1", "status": "confirmed", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T10:00:00-05:00", "timeZone": "America/Chicago"},
        "end": {"dateTime": "2026-06-10T11:00:00-05:00", "timeZone": "America/Chicago"},
        "organizer": {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}]
        + [{"email": e, "displayName": n, "responseStatus": "accepted"} for e, n in guests],
    }
    out.update(extra)
    return out


def test_a_clear_interview_is_confident_and_says_why() -> None:
    found = assess_event(event("Northwind - Phone Screen"), ME)
    assert found.tier == "confident" and found.rules_accept
    assert found.confidence >= CONFIDENT
    assert found.interview is not None and not found.interview.unsure
    assert found.interview.confidence == pytest.approx(found.confidence, abs=1e-3)
    assert "strong_title" in dict(found.evidence)
    assert any("hiring step" in line for line in found.explain())


def test_a_consular_interview_is_below_and_its_veto_shows() -> None:
    found = assess_event(event("Visa Interview - U.S. Embassy", organizer=ME, guests=()), ME)
    assert found.tier == "below" and found.interview is None
    assert dict(found.evidence)["title_veto"] < 0


def test_a_bare_booking_with_a_company_context_is_a_question() -> None:
    found = assess_event(event("30 Minute Meeting between Pat Lee and Kim Ng",
                               description="Powered by Calendly.com"), ME)
    assert detect_interview(event("30 Minute Meeting between Pat Lee and Kim Ng",
                                  description="Powered by Calendly.com"), ME) is None
    # A hint the rules do not accept stays a question however high its score (docs/detection.md).
    assert found.tier == "unsure" and found.confidence >= UNSURE and not found.rules_accept
    assert found.interview is not None and found.interview.unsure
    assert found.interview.company == "Northwind"


def test_the_tiers_agree_with_the_rules_on_every_labelled_event() -> None:
    data = json.loads((ROOT / "tests" / "data" / "detect_cases.json").read_text())
    context = data.get("context", {})
    for e in data["events"]:
        ctx = context.get(e["id"], {})
        me, domains = ctx.get("me", data["me"]), ctx.get("my_domains", ())
        rules = detect_interview(e, me, my_domains=domains)
        judged = assess_event(e, me, my_domains=domains)
        assert judged.rules_accept == (rules is not None), e.get("summary")
        if judged.tier == "confident":
            assert rules is not None and judged.confidence >= CONFIDENT
        if rules is not None:
            assert judged.interview is not None
            assert judged.interview.key == rules.key and judged.interview.people == rules.people
            assert judged.interview.company == rules.company
        if judged.tier == "below":
            assert judged.interview is None


@fit_once.GROUP
def test_the_shipped_weights_are_what_the_fitting_script_gives() -> None:
    fit = fit_once.script()
    weights, table = fit_once.stacked()
    assert weights[0] == pytest.approx(BIAS, abs=2e-3)
    assert dict(zip(fit.NAMES, weights[1:], strict=True)) == pytest.approx(WEIGHTS, abs=2e-3)
    assert set(WEIGHTS) == set(FEATURES)
    assert table == pytest.approx(WORDING, abs=2e-3)  # the word table too (detect.wording)


def _bins(rows: list[tuple[frozenset[str], int, float, float]]
          ) -> dict[int, tuple[float, float, float]]:
    """Score bin -> (mean score, share that are interviews, weight of events), weighted; each
    row is (features, is-interview, its weight, its words' score)."""
    acc: dict[int, list[float]] = {}
    for on, y, r, words in rows:
        p = 1 / (1 + math.exp(-(BIAS + sum(WEIGHTS[n] for n in on) + WEIGHTS["wording"] * words)))
        a = acc.setdefault(min(9, int(p * 10)), [0.0, 0.0, 0.0])
        a[0] += r * p
        a[1] += r * y
        a[2] += r
    return {b: (a[0] / a[2], a[1] / a[2], a[2]) for b, a in acc.items()}


@fit_once.GROUP
def test_the_probability_is_calibrated_on_the_tuning_data() -> None:
    fit = fit_once.script()
    rows = fit_once.tune_rows()
    # The words' scores as the weights were fitted on them: each event's from a table counted
    # without its round (in-sample, the table knows every event's words and is surer than it
    # has any right to be on a new round; bench/cross_round.py measures unseen rounds).
    words = fit_once.cross_fitted()
    # What the fit aims at: the tuning data and, counted UNSEEN each, its look-alikes with the
    # veto masked (kinds no rule knows yet, whose words no table knows). There the score must be
    # honest both ways.
    plain = [(on, y, 1.0, s) for (on, _, y, _), s in zip(rows, words, strict=True)]
    mixture = plain + [(frozenset(on), y, fit.UNSEEN, 0.0)
                       for on, y in fit.unseen([(set(on), y) for on, _, y, _ in rows])]
    total = sum(r for _, _, r, _ in mixture)
    ece = 0.0  # expected calibration error: each bin's gap, weighted by its share of events
    for b, (mean_p, rate, weight) in _bins(mixture).items():
        ece += weight / total * abs(mean_p - rate)
        if b >= 7 and weight >= 20:  # where drafts are made, the score must be honest:
            # never more than 0.10 surer than the truth (drafts to strangers), and at most 0.15
            # less sure (since round 6 the additive score gives the clean cases of the 0.8-0.9
            # bin, all interviews, about 0.86 at any L2 from 0.1 to 0.8: still drafted)
            assert mean_p - rate <= 0.1, (b, mean_p, rate, weight)
            assert rate - mean_p <= 0.15, (b, mean_p, rate, weight)
    assert ece <= 0.05, ece
    # On the tuning data alone it may only be less sure than the truth, never more.
    for b, (mean_p, rate, weight) in _bins(plain).items():
        if b >= 7 and weight >= 20:
            assert rate >= mean_p - 0.1, (b, mean_p, rate, weight)


def test_a_veto_only_ever_lowers_the_probability() -> None:
    for name in ("title_veto", "organiser_veto", "hiring_side", "names_someone_else",
                 "counter_evidence"):
        assert WEIGHTS[name] < 0, name
    for name in ("strong_title", "soft_evidence"):
        assert WEIGHTS[name] > 0, name
    # Beside the words' score, whose description words already say it, the description's
    # hiring phrase may add nothing, but never counts against (the fit pins its sign).
    assert WEIGHTS["desc_positive"] >= 0


def test_the_users_confirmation_makes_anything_an_interview() -> None:
    dentist = event("Dentist", guests=(), organizer=ME)
    assert assess_event(dentist, ME).tier == "below"
    found = confirmed_interview(dentist, ME)
    assert found is not None and not found.unsure and found.confidence == 1.0
    assert found.reasons == ("you confirmed it",)
    declined = copy.deepcopy(dentist)
    declined["attendees"][0]["responseStatus"] = "declined"
    assert confirmed_interview(declined, ME) is None


@pytest.mark.parametrize("bad", [
    {}, {"summary": ""}, {"summary": None, "attendees": "x"}, {"summary": "\x00\xff" * 50},
    {"summary": "Interview", "description": "intervista 面接 مقابلة Собеседование " * 2000},
    {"summary": "Interview" * 10_000, "start": {"dateTime": "not a date"}},
    {"summary": "Entrevista de trabajo", "description": "<p>" * 30_000},
])
def test_bad_input_never_raises_and_an_unsure_answer_says_so(bad: dict[str, Any]) -> None:
    found = assess_event(bad, ME)
    assert found.tier in ("confident", "unsure", "below")
    assert 0.0 <= found.confidence <= 1.0
    if found.tier == "unsure":
        assert found.interview is not None and found.interview.unsure
    assert confirmed_interview(bad, ME) is None or confirmed_interview(bad, ME) is not None


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["summary", "description", "location", "organizer",
                                        "attendees", "start", "end", "status"]),
                       st.one_of(st.text(max_size=200), st.none(), st.integers(),
                                 st.lists(st.text(max_size=20), max_size=3))))
def test_any_json_gives_a_tier(raw: dict[str, Any]) -> None:
    found = assess_event(raw, ME)
    assert found.tier in ("confident", "unsure", "below")
    on, _, _ = features_of(raw, ME)
    assert on <= set(FEATURES)


@pytest.mark.parametrize("summary", [
    "Residence permit interview – immigration office", "Green card interview (USCIS)",
    "Entrevista de visado - Consulado", "Entrevista médica - revisión anual",
    "Live stream: How we hire at Northwind", "Interview with Pat for our customer story",
    "Career webinar: Nail your next interview",
])
def test_look_alikes_never_get_drafts(summary: str) -> None:
    assert assess_event(event(summary), ME).tier != "confident"


@pytest.mark.parametrize("summary", [
    "Zweites Vorstellungsgespräch", "Deuxième entretien - Northwind", "Segunda entrevista",
    "Tweede sollicitatiegesprek", "Assessment Center - Northwind", "Gesprek Pat Lee - Northwind",
    "Candidate Screen - Pat Lee",
])
def test_real_rounds_in_other_words_are_never_silent(summary: str) -> None:
    assert assess_event(event(summary), ME).tier != "below"
