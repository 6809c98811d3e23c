"""A first sync judges its batch exactly as detection judges each event on its own.

The batch path (one transaction, memoised first look, the cycle collector held off) is a speed
path: over a mixed calendar (interviews, a hint, look-alikes, a declined and a cancelled
interview, a recurring meeting, events that share a title or description but not an organiser,
the user's own decisions) it must store the same interviews, report the same verdicts and
remember the same below-tier events as ``assess_event`` gives one event at a time.
"""

from __future__ import annotations

import gc
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine_world import ME, START, WorldFactory, make_interview_event

from interview_sync.config.loader import load_settings
from interview_sync.core.detect.confidence import assess_event, confirmed_interview
from interview_sync.engine.wiring import open_engine
from interview_sync.errors import RemoteError

NOW = START - timedelta(days=1)  # before every interview: a first sync stores, drafts nothing


def _meeting(i: int, **extra: Any) -> dict[str, Any]:
    return make_interview_event(f"meet{i:05d}", summary="Weekly planning",
                                description="Agenda in the doc.",
                                start=START + timedelta(days=7 * i),
                                people=(("ana@mycorp.example", "Ana"),), **extra)


def mixed_calendar() -> list[dict[str, Any]]:
    """Interviews and everything that looks a little like one, in calendar order."""
    at = [START + timedelta(hours=3 * i) for i in range(20)]
    events = [
        make_interview_event("iv0001", start=at[0]),
        make_interview_event("iv0002", summary="Phone screen - Globex", start=at[1],
                             people=(("talent@globex.example", "Globex Talent"),
                                     ("jo@globex.example", "Jo Park"))),
        # the same title and description as iv0002, organised by the user
        make_interview_event("iv0003", summary="Phone screen - Globex", start=at[2],
                             organizer={"email": ME, "self": True},
                             people=(("jo@globex.example", "Jo Park"),)),
        make_interview_event("hint0001", summary="30 Minute Meeting between Pat Lee and Kim Ng",
                             description="Powered by Calendly.com", start=at[3],
                             people=(("kim@northwind.com", "Kim Ng"),)),
        # look-alikes carry their own text: under the engine world's default description (an
        # onsite interview for a named role) a vetoed title is rightly asked about (round 20)
        make_interview_event("veto0001", summary="Parent-teacher interview", start=at[4],
                             people=(("teacher@school.example", "Ms Hill"),),
                             description="Term 2 check-in about Sam's reading."),
        make_interview_event("veto0002", summary="Mock interview practice", start=at[5],
                             description="Practise answers with the careers centre."),
        make_interview_event("todo0001", summary="Read interview prep notes", start=at[6],
                             description=""),
        make_interview_event("tool0001", summary="Meeting", start=at[7],
                             organizer={"email": "no-reply@greenhouse.io"}),
        make_interview_event("gone0001", start=at[8], status="cancelled"),
        make_interview_event("conf0001", summary="Coffee", start=at[9],
                             people=(("sam@initech.example", "Sam Ruiz"),)),
        make_interview_event("ignr0001", summary="Final round - Initech", start=at[10],
                             people=(("sam@initech.example", "Sam Ruiz"),)),
    ]
    declined = make_interview_event("decl0001", summary="Phone screen - Globex", start=at[11],
                                    people=(("jo@globex.example", "Jo Park"),))
    declined["attendees"][0]["responseStatus"] = "declined"
    events.append(declined)
    events += [_meeting(i) for i in range(30)]  # one recurring meeting, instance by instance
    return events


def reference(events: list[dict[str, Any]], decisions: dict[str, str],
              my_domains: tuple[str, ...]) -> dict[str, tuple[Any, str, float]]:
    """Event id -> (interview or None, tier, confidence), one event at a time."""
    out: dict[str, tuple[Any, str, float]] = {}
    for event in events:
        declined = any(a.get("self") and a.get("responseStatus") == "declined"
                       for a in event.get("attendees", []))
        decision = decisions.get(event["id"])
        if event.get("status") == "cancelled" or declined or decision == "ignore":
            out[event["id"]] = (None, "", 0.0)
        elif decision == "confirm":
            out[event["id"]] = (confirmed_interview(event, ME, my_domains=my_domains),
                                "confident", 1.0)
        else:
            judged = assess_event(event, ME, my_domains=my_domains)
            out[event["id"]] = (judged.interview, judged.tier, judged.confidence)
    return out


def test_a_first_sync_stores_what_detection_finds_event_by_event(world: WorldFactory) -> None:
    w = world(mixed_calendar())
    assert w.cli("confirm", "conf0001").exit_code == 0
    assert w.cli("ignore", "ignr0001").exit_code == 0
    settings = load_settings(w.config)
    with open_engine(settings) as engine:
        report = engine.cycle(NOW)
        stored = {iv.event_id: iv for iv in engine.store.interviews()}
        below = json.loads(engine.store.get_meta("below_tier") or "[]")
        listed = engine.sources[0].sync(None).events  # the same events, listed again
        expected = reference(listed, engine.store.decisions(), engine.my_domains)
    assert report.full_sync and report.events_seen == len(listed) == len(mixed_calendar())

    found = {k: v[0] for k, v in expected.items() if v[0] is not None}
    assert set(stored) == set(found)
    for event_id, interview in found.items():
        assert stored[event_id] == interview, event_id
    # what the test calendar is meant to hold, so that the comparison above compares something
    assert {"iv0001", "iv0002", "iv0003", "hint0001", "conf0001"} <= set(stored)
    assert not {"veto0001", "veto0002", "todo0001", "gone0001", "ignr0001",
                "decl0001"} & set(stored)
    assert stored["hint0001"].unsure and stored["conf0001"].confidence == 1.0

    verdicts = {d.event_id: (d.interview, d.tier, d.confidence) for d in report.detections}
    # (an event with no title left alone is not reported: a cancelled one comes back bare)
    assert set(verdicts) == {e["id"] for e in listed if e.get("summary")}
    for event_id, got in verdicts.items():
        interview, tier, confidence = expected[event_id]
        assert (got[0], got[1]) == (interview, tier), event_id
        assert got[2] == pytest.approx(confidence, abs=1e-9), event_id
    changes = {d.change for d in report.detections if d.interview is not None}
    assert changes == {"new"}
    # an event left alone is reported whole: its title, "ignored" and the evidence it has
    by_id = {e["id"]: e for e in listed}
    for d in report.detections:
        if d.interview is None and d.event_id not in {"gone0001", "decl0001", "ignr0001"}:
            judged = assess_event(by_id[d.event_id], ME, my_domains=settings.detect.my_domains)
            evidence = tuple(judged.explain()) if judged.evidence or judged.phrases else ()
            assert (d.summary, d.change, d.evidence) == (by_id[d.event_id]["summary"],
                                                         "ignored", evidence), d.event_id

    # status --all's list: the below-tier events with evidence, as detection explains them
    explained = {e["id"] for e in listed
                 if (j := assess_event(e, ME, my_domains=settings.detect.my_domains)).tier == "below"
                 and (j.evidence or j.phrases) and e["id"] not in {"gone0001", "decl0001",
                                                                  "ignr0001", "conf0001"}}
    assert {row["event_id"] for row in below} == explained
    assert {"veto0001", "veto0002"} <= explained


def test_the_second_sync_changes_nothing(world: WorldFactory) -> None:
    w = world(mixed_calendar())
    settings = load_settings(w.config)
    with open_engine(settings) as engine:
        engine.cycle(NOW)
        first = engine.store.interviews()
    with open_engine(settings) as engine:
        report = engine.cycle(NOW + timedelta(minutes=5))
        assert engine.store.interviews() == first
    assert report.events_seen == 0 and not report.full_sync


def test_the_cycle_collector_is_back_on_after_a_batch_and_after_a_failed_one(
        world: WorldFactory) -> None:
    w = world(mixed_calendar())
    settings = load_settings(w.config)
    assert gc.isenabled()
    with open_engine(settings) as engine:
        engine.cycle(NOW)
        assert gc.isenabled()
        w.emu.set_faults("events.list:400:count=5")
        engine.store.set_sync_token(engine.sources[0].calendar_id, None)
        with pytest.raises(RemoteError):
            engine.cycle(NOW)
        assert gc.isenabled()
        w.emu.set_faults(None)
    gc.disable()  # a caller that turned it off keeps it off
    try:
        with open_engine(settings) as engine:
            engine.cycle(NOW)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_first_sync_failing_on_its_last_page_stores_nothing_and_the_next_stores_all(
        world: WorldFactory) -> None:
    """An error on a first sync's last page leaves nothing stored, not even the token (the
    pages before it were fetched for nothing, and fetched again), and the next cycle stores
    everything in calendar order."""
    events = mixed_calendar()
    w = world(events)
    settings = load_settings(w.config)
    with open_engine(settings) as engine:
        source = engine.sources[0]
        source.page_size = 10  # five pages
        pages = -(-len(events) // 10)
        w.emu.set_faults(f"events.list:400:after={pages - 1}")
        with pytest.raises(RemoteError):
            engine.cycle(NOW)
        answered = [r for r in w.emu.state()["requests"]
                    if r["method_id"] == "calendar.events.list" and r["status"] == 200]
        assert len(answered) == pages - 1  # the pages before were read, then thrown away
        assert engine.store.get_sync_token(source.calendar_id) is None
        assert engine.store.interviews() == []
        assert gc.isenabled()
        w.emu.set_faults(None)
        report = engine.cycle(NOW)
        stored = {iv.event_id: iv for iv in engine.store.interviews()}
        assert engine.store.get_sync_token(source.calendar_id)
        listed = source.sync(None).events
    assert report.full_sync and report.events_seen == len(events)
    # in calendar order, page after page
    assert [d.event_id for d in report.detections] == [
        e["id"] for e in listed if e.get("summary")]
    expected = reference(listed, {}, settings.detect.my_domains)
    assert stored == {k: v[0] for k, v in expected.items() if v[0] is not None}
    assert {"iv0001", "iv0002", "hint0001"} <= set(stored)
