"""Weak-title evidence: hints count only with a company's people invited and nothing against."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.evidence import company_context, counter_evidence, soft_evidence

ME = "pat.lee@gmail.com"
ME_GUEST = {"email": ME, "self": True, "responseStatus": "accepted", "displayName": "Pat Lee"}


def make_event(summary: str, *, organizer: str | None = None, guests: tuple[str, ...] = (),
               description: str = "", **extra: Any) -> dict[str, Any]:
    """An invite; ``guests`` are "Name <address>" or bare addresses."""
    attendees: list[dict[str, Any]] = [dict(ME_GUEST)]
    for spec in guests:
        name, _, address = spec.rpartition(" <")
        attendees.append({"email": address.rstrip(">") if name else spec,
                          "displayName": name or None, "responseStatus": "accepted"})
    event: dict[str, Any] = {
        "id": "e1", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T10:00:00-05:00"},
        "end": {"dateTime": "2026-06-10T10:30:00-05:00"},
        "organizer": {"email": organizer} if organizer else {"email": ME, "self": True},
        "attendees": attendees,
    }
    event.update(extra)
    return event


KIM = "Kim Ng <kim.ng@northwind.com>"

# (title, organizer, guests, description, extra fields, company or None)
CASES: list[tuple[str, str | None, tuple[str, ...], str, dict[str, Any], str | None]] = [
    ("Coffee chat", "kim.ng@northwind.com", (KIM,), "", {}, "Northwind"),
    ("Pat / Kim", "kim.ng@northwind.com", (KIM,), "", {}, "Northwind"),
    ("Conversation with Kim (Northwind)", None, (KIM,), "", {}, "Northwind"),
    ("Offer discussion", "recruiting@halcyon.so", ("recruiting@halcyon.so",), "", {}, "Halcyon"),
    ("Debrief with recruiter", "rachel@glimmer.io", ("Rachel Adams <rachel@glimmer.io>",), "",
     {}, "Glimmer"),
    ("Loop", "talent@pylon.dev", ("Zoe Park <zoe@pylon.dev>",), "", {}, "Pylon"),
    ("Pairing session", "nico@quarry.dev", ("Nico Ferri <nico@quarry.dev>",),
     "We'll pair on an exercise in your language of choice.", {}, "Quarry"),
    ("Discussion: Head of Growth", "maria@seedling.vc", ("Maria Gomez <maria@seedling.vc>",), "",
     {}, "Seedling"),
    ("Rencontre avec l'équipe - Lumière Conseil", "c.martin@lumiere-conseil.fr",
     ("Claire Martin <c.martin@lumiere-conseil.fr>",), "", {}, "Lumière Conseil"),  # as the title spells it (accents fold to the domain)
    # Not interviews: the same hints from friends, vendors, services, colleagues, series.
    ("Coffee chat", "alex.m@gmail.com", ("Alex M <alex.m@gmail.com>",), "", {}, None),
    ("Pat / Sam", "sam.h@gmail.com", ("Sam H <sam.h@gmail.com>",), "", {}, None),
    ("Intro call - Acme CRM", "steve@acmecrm.com", ("Steve Blake (Account Executive) "
     "<steve@acmecrm.com>",), "Thanks for your interest! We'll show you the product.", {}, None),
    ("Next steps call - kitchen remodel", "mike@mikesremodeling.com",
     ("Mike Tran <mike@mikesremodeling.com>",), "", {}, None),
    ("Pairing session w/ Alex", "alex@mycurrentjob.com", ("Alex Kim <alex@mycurrentjob.com>",),
     "", {}, None),
    ("Catch-up", "ellen@bigco.com", ("Ellen Ray <ellen@bigco.com>",), "",
     {"recurrence": ["RRULE:FREQ=WEEKLY"]}, None),
    ("Coffee chat", "kim.ng@northwind.com", (KIM,), "", {"start": {"date": "2026-06-10"},
                                                          "end": {"date": "2026-06-11"}}, None),
    ("Meet the team", "lead@bigco.com",
     tuple(f"P{i} <p{i}@bigco.com>" for i in range(9)), "", {}, None),
    ("Follow-up call", "joe@brightdental.com", ("Joe Smith <joe@brightdental.com>",), "", {},
     None),
    ("Reference check call", "talent@acmeanalytics.com", ("talent@acmeanalytics.com",),
     "Thanks for agreeing to be a reference for Jordan Blake.", {}, None),
    ("Interview debrief - Jordan Blake", "recruiting@bigco.com", ("a@bigco.com",), "", {}, None),
    ("30 Minute Meeting between Pat Lee and Rob Fields", "rob@fieldswealth.com",
     ("Rob Fields <rob@fieldswealth.com>",), "Questions about retirement planning.", {}, None),
]


@pytest.mark.parametrize(("title", "organizer", "guests", "description", "extra", "company"),
                         CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_weak_hints_need_company_context(
    title: str, organizer: str | None, guests: tuple[str, ...], description: str,
    extra: dict[str, Any], company: str | None,
) -> None:
    found = detect_interview(make_event(title, organizer=organizer, guests=guests,
                                        description=description, **extra), ME)
    if company is None:
        assert found is None, found and found.reasons
    else:
        assert found is not None
        assert found.company == company


def test_offer_call_is_the_offer_stage() -> None:
    found = detect_interview(make_event("Offer call - Northwind", organizer="talent@northwind.com"),
                             ME)
    assert found is not None and found.stage == "offer discussion"


def test_my_work_domain_is_no_company_context() -> None:
    event = make_event("Coffee chat", organizer="kim.ng@northwind.com", guests=(KIM,))
    assert detect_interview(event, ME) is not None
    assert detect_interview(event, ME, my_domains=("northwind.com",)) is None


def test_company_context_needs_one_outside_domain() -> None:
    guests = [{"email": "kim@northwind.com"}, {"email": "raj@contoso.com"}]
    assert company_context("kim@northwind.com", False, guests, ME, ()) is None
    assert company_context("kim@northwind.com", False, guests[:1], ME, ()) == (
        "northwind.com", ["", "kim", "", "kim"])


def test_hiring_words_outweigh_service_words() -> None:
    event = make_event("Teaching demo")
    assert counter_evidence(event, "Teaching demo", "a 20-minute demo lesson", [])
    assert not counter_evidence(event, "Teaching demo",
                                "the next step for the Biology Teacher position", [])


texts = st.text(max_size=60) | st.sampled_from(["Pat / Kim", "Coffee chat", "<>", " / ", "Loop"])
guests = st.lists(st.dictionaries(st.sampled_from(["email", "displayName", "self", "resource"]),
                                  st.text(max_size=20) | st.booleans() | st.none(), max_size=4),
                  max_size=5)


@settings(max_examples=200, deadline=None)
@given(title=texts, description=texts, attendees=guests, organizer=st.text(max_size=30))
def test_soft_evidence_never_raises(title: str, description: str, attendees: list[Any],
                                   organizer: str) -> None:
    result = soft_evidence({}, title, description, organizer_email=organizer, organizer_name="",
                           organizer_self=False, attendees=attendees, me=ME,
                           user_names={"pat lee"}, mine=(), recruiter_signal=False)
    assert result is None or isinstance(result, str)
