"""Extraction put off until first read (``core.lazy``, ``detect.later``; issue #15, first-sync
speed): over every labelled event the lazy interview is the eager one (equal, same ``repr``,
same hash), its details are found once, on first read, and a kept recipe finds them again in
another process exactly as detection did."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from interview_sync.core.bounds import bound_event
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.later import details_from
from interview_sync.core.lazy import LAZY_FIELDS, LazyInterview, pending
from interview_sync.local.codec import interview_from_json, interview_to_json

DATA = Path(__file__).resolve().parents[1] / "data"


def _labelled() -> list[tuple[dict[str, Any], str, tuple[str, ...]]]:
    out = []
    for name in ("real_detect.json", "detect_cases.json"):
        data = json.loads((DATA / name).read_text(encoding="utf-8"))
        context = data.get("context", {})
        for event in data["events"]:
            ctx = context.get(event.get("id"), {}) if isinstance(event, dict) else {}
            out.append((bound_event(event), ctx.get("me", data["me"]),
                        tuple(ctx.get("my_domains", ()))))
    return out


LABELLED = _labelled()


def test_every_labelled_event_is_judged_the_same_with_extraction_put_off() -> None:
    lazy_seen = 0
    for event, me, mine in LABELLED:
        eager = assess_event(event, me, my_domains=mine)
        later = assess_event(event, me, my_domains=mine, later=True)
        assert (later.tier, later.confidence, later.evidence, later.rules_accept,
                later.phrases) == (eager.tier, eager.confidence, eager.evidence,
                                   eager.rules_accept, eager.phrases)
        if eager.interview is None:
            assert later.interview is None
            continue
        assert later.interview is not None
        if isinstance(later.interview, LazyInterview) and pending(later.interview) is not None:
            lazy_seen += 1
            # another process: the recipe as the state store keeps it (JSON), found again
            kept = json.loads(json.dumps(pending(later.interview)))
            again = details_from(kept)
            assert {f: again[f] for f in LAZY_FIELDS} == {
                f: getattr(eager.interview, f) for f in LAZY_FIELDS}
        assert later.interview == eager.interview
        assert repr(later.interview) == repr(eager.interview)
        assert hash(later.interview) == hash(eager.interview)
        assert pending(later.interview) is None  # read: nothing left to find
    assert lazy_seen > 500  # nearly every interview is put off (not the cut or typed-alone ones)


def _one_lazy() -> tuple[LazyInterview, Any]:
    for event, me, mine in LABELLED:
        later = assess_event(event, me, my_domains=mine, later=True).interview
        eager = assess_event(event, me, my_domains=mine).interview
        if isinstance(later, LazyInterview) and eager is not None and eager.company:
            return later, eager
    raise AssertionError("no labelled interview with a company")


def test_details_are_found_once_on_first_read_and_nothing_else_finds_them() -> None:
    lazy, eager = _one_lazy()
    # identity, times, title and place are there without finding anything
    assert (lazy.key, lazy.start, lazy.end, lazy.title) == (eager.key, eager.start, eager.end,
                                                           eager.title)
    assert pending(lazy) is not None
    people = lazy.people  # the first read finds all five
    assert pending(lazy) is None
    assert lazy.people is people and lazy.company == eager.company  # found once, kept
    assert lazy == eager


@pytest.mark.parametrize("change", [{"cancelled": True}, {"unsure": True, "confidence": 0.5}])
def test_a_copy_with_changes_is_the_eager_copy(change: dict[str, Any]) -> None:
    lazy, eager = _one_lazy()
    assert replace(lazy, **change) == replace(eager, **change)
    assert pending(replace(lazy, **change)) is None


def test_the_codec_keeps_a_recipe_and_reads_back_the_eager_interview() -> None:
    lazy, eager = _one_lazy()
    text = interview_to_json(lazy)
    assert pending(lazy) is not None  # storing it found nothing
    assert '"pending"' in text
    back = interview_from_json(text)
    assert pending(back) is not None
    assert back == eager and repr(back) == repr(eager)
    # once read, it is stored as any interview is
    assert lazy.people == eager.people
    assert interview_to_json(lazy) == interview_to_json(eager)
    assert interview_to_json(back) == interview_to_json(eager)


def test_a_kept_recipe_that_no_longer_reads_as_an_interview_never_raises() -> None:
    lazy, _eager = _one_lazy()
    kept = json.loads(json.dumps(pending(lazy)))
    # the rules changed between storing and reading: read as an event the user confirmed
    kept["event"] = {**kept["event"], "summary": "Lunch", "description": ""}
    found = details_from(kept)
    assert found["people"] and found["reasons"] == tuple(kept["reasons"])
    for broken in ({}, {"event": "x", "me": 1}, {"event": {"start": 5}, "me": "a@b.c",
                                                 "my_domains": [], "reasons": []}):
        assert details_from(broken)["company"] is None


def test_a_pending_row_without_a_field_added_later_takes_its_default() -> None:
    lazy, eager = _one_lazy()
    stored = json.loads(interview_to_json(lazy))
    del stored["unsure"], stored["updated"]
    back = interview_from_json(json.dumps(stored))
    assert back.unsure is False and back.updated is None
    assert back.people == eager.people
