"""The learned wording evidence: its tokens, its table, and how the probability uses them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.confidence import assess_event, basis_of, tier_of
from interview_sync.core.detect.weights import BIAS, WEIGHTS
from interview_sync.core.detect.wording import wording_score, words_of
from interview_sync.core.detect.wording_weights import WORDING

ROOT = Path(__file__).resolve().parents[2]
ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", location: str = "") -> dict[str, Any]:
    return {"id": "w1", "status": "confirmed", "summary": summary, "description": description,
            "location": location,
            "start": {"dateTime": "2026-06-10T10:00:00-05:00"},
            "end": {"dateTime": "2026-06-10T11:00:00-05:00"},
            "organizer": {"email": "kim@northwind.com"},
            "attendees": [{"email": ME, "self": True}, {"email": "kim@northwind.com"}]}


def test_words_are_folded_lower_case_with_the_titles_pairs() -> None:
    words = words_of("Entretien TÉLÉPHONIQUE – Northwind", "Büro", "Bewerbungsgespräch am Montag")
    assert {"t:entretien", "t:telephonique", "t:entretien_telephonique", "t:northwind"} <= words
    assert {"d:buro", "d:bewerbungsgesprach", "d:montag"} <= words
    assert not any("_" in w for w in words if w.startswith("d:"))  # pairs: the title's only
    assert words_of("Entretien TÉLÉPHONIQUE", "", "") == words_of("entretien telephonique", "", "")


def test_unspaced_scripts_give_character_pairs_and_keep_their_marks() -> None:
    assert {"t:面接", "t:接日", "t:日程"} <= words_of("面接日程のご案内", "", "")
    assert "t:인터" in words_of("인터뷰 일정", "", "")  # Hangul stays whole (no jamo)
    thai = words_of("สัมภาษณ์งาน", "", "")
    assert "t:สั" in thai  # Thai vowel signs are not accents: kept
    assert "t:zoom" in words_of("Zoom面接", "", "")


def test_words_are_deterministic_and_bounded() -> None:
    text = "interview " * 10 + "".join(f"w{i:05d}x " for i in range(50_000))
    assert words_of(text, text, text) == words_of(text, text, text)
    assert len(words_of(text, text, text)) <= 160


@pytest.mark.parametrize(("title", "place", "description"), [
    ("", "", ""), ("\x00\xff\x89PNG" * 500, "\ud800", bytes(range(256)).decode("latin-1") * 400),
    ("面接 Interview مقابلة Собеседование" * 1000, "日本語 " * 5000, "العربية " * 100_000),
    ("Interview" * 100_000, "", ""),
])
def test_odd_text_never_raises(title: str, place: str, description: str) -> None:
    words = words_of(title, place, description)
    assert all(isinstance(w, str) for w in words) and len(words) <= 160
    assert isinstance(wording_score(words), float | int)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.text(max_size=100), st.text(max_size=600))
def test_any_text_gives_prefixed_tokens(title: str, place: str, description: str) -> None:
    words = words_of(title, place, description)
    assert all(w[:2] in ("t:", "d:") and len(w) > 2 for w in words)


def _script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fitted_table_is_small_and_weighs_hiring_words_for() -> None:
    fit = _script("fit_detect_weights")
    rows = fit.word_rows("tune")
    weights, table = fit.fit_stacked(rows, enabled=True)
    assert 0 < len(table) <= 3_000
    assert all(w[:2] in ("t:", "d:") and w[2:] == w[2:].casefold() for w in table)
    scores = fit.cross_fitted(rows)  # each row scored by a table that never saw its round
    interviews = [s for (_, _, y, _), s in zip(rows, scores, strict=True) if y]
    others = [s for (_, _, y, _), s in zip(rows, scores, strict=True) if not y]
    assert sum(interviews) / len(interviews) > sum(others) / len(others) + 2
    assert weights[fit.NAMES.index("wording") + 1] > 0  # the stacked weight: words count for


def test_the_wording_score_is_not_shipped_and_costs_nothing_then() -> None:
    """Off (docs/detection.md: it learned the corpus's user name), the table is empty, the fit
    gives it no weight, and no event's evidence shows it."""
    assert WORDING == {} and WEIGHTS["wording"] == 0.0
    found = assess_event(_event("Entrevista – Analista de datos", "Le invitamos a una "
                                "entrevista para el puesto de analista."), ME)
    assert found.tier == "confident" and "wording" not in dict(found.evidence)
    assert wording_score(words_of("Interview", "", "")) == 0.0


def test_the_offline_basis_gives_the_tiers_assess_event_gives() -> None:
    """bench/cross_round.py scores rounds through ``basis_of`` and ``tier_of``: with the
    shipped weights they must give the tier the runtime path gives, on every labelled event."""
    data = json.loads((ROOT / "tests" / "data" / "detect_cases.json").read_text())
    context = data.get("context", {})
    cross = _script("cross_round")
    weights = [BIAS] + [WEIGHTS[n] for n in cross.FIT.NAMES]
    score = cross.rules_score(weights, WORDING)
    tiers = set()
    for e in data["events"]:
        ctx = context.get(e["id"], {})
        me, domains = ctx.get("me", data["me"]), ctx.get("my_domains", ())
        basis = basis_of(e, me, domains)
        got = cross.tier(basis, score)
        assert got == assess_event(e, me, my_domains=domains).tier, e.get("summary")
        tiers.add(got)
    assert tiers == {"confident", "unsure", "below"}
    assert tier_of(0.9, rules_accept=False, askable=False, thank=True) == "below"
