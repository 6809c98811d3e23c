"""A title's veto word inside the organiser's own name (round 14, ``title_veto.without_own_name``).

Round 13's two silent consultancy interviews ("Round 2 – Behavioral Interview – Brightwater
Strategy") were vetoed by "strategy", as round 12's "Marine Surveyor" had been read as a survey:
a veto word that the organiser's domain spells, with the capitalised words around it, is the
company's name. The same word outside such a name, or with a domain that does not spell it,
still vetoes.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE
from interview_sync.core.detect.title_veto import title_veto, without_own_name

ME = "sam.okafor@gmail.com"


def _event(summary: str, organizer: str) -> dict[str, Any]:
    return {
        "id": "e1", "summary": summary, "status": "confirmed",
        "start": {"dateTime": "2027-04-20T10:00:00-05:00"},
        "end": {"dateTime": "2027-04-20T11:00:00-05:00"},
        "organizer": {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      {"email": organizer, "responseStatus": "accepted"}],
    }


@pytest.mark.parametrize(("title", "domain"), [
    ("Round 2 – Behavioral Interview – Harbourline Strategy (Boston office)",
     "harbourlinestrategy.com"),
    ("Case Interview – Associate – Kestrel Strategy Partners", "kestrelstrategypartners.com"),
    ("Interview: Analyst, Northgate Strategy Group", "careers.northgatestrategygroup.co.uk"),
])
def test_a_veto_word_the_organisers_domain_spells_is_the_companys_name(
        title: str, domain: str) -> None:
    assert title_veto(title, set()) is None  # without the domain, the veto fires
    assert title_veto(title, set(), domain) is False
    event = _event(title, f"recruiting@{domain}")
    assert detect_interview(event, ME) is not None, title
    assessed = assess_event(event, ME)
    assert assessed.tier == "confident" and "title_veto" not in dict(assessed.evidence), title


@pytest.mark.parametrize(("title", "domain"), [
    ("Strategy Meeting", "acme.com"),  # no name around the word
    ("Q3 Strategy review", "strategyreview.com"),  # "review" is not capitalised
    ("Strategy meeting with Harbourline Strategy", "harbourlinestrategy.com"),  # the first veto
    ("Interview – Harbourline Strategy", "gmail.com"),  # a free-mail domain spells nothing
    ("Interview – Harbourline Strategy", "harbourlinestrategyadvisors.com"),  # not a whole label
    ("Interview debrief – Harbourline Strategy", "harbourlinestrategy.com"),  # another veto word
])
def test_a_veto_word_outside_the_organisers_name_still_vetoes(title: str, domain: str) -> None:
    assert title_veto(title, set(), domain) is None, title
    assert detect_interview(_event(title, f"team@{domain}"), ME) is None, title


def test_the_glued_name_keeps_the_rest_of_the_title() -> None:
    title = "Round 2 – Behavioral Interview – Harbourline Strategy (Boston office)"
    veto = TITLE_NEGATIVE.search(title)
    assert veto is not None
    assert without_own_name(title, veto, "harbourlinestrategy.com") == (
        "Round 2 – Behavioral Interview – HarbourlineStrategy (Boston office)")
    assert without_own_name(title, veto, "") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.text(alphabet="abcdefghij.-", max_size=40))
def test_any_title_and_domain_give_an_answer_or_none(title: str, domain: str) -> None:
    veto = TITLE_NEGATIVE.search(title)
    if veto is not None:
        glued = without_own_name(title, veto, domain)
        assert glued is None or len(glued) < len(title)
    assert title_veto(title, set(), domain) in (None, False, True)


def test_an_enormous_title_is_read_quickly_and_still_vetoed() -> None:
    title = "Strategy " + "Word " * 20000 + "Interview"
    veto = TITLE_NEGATIVE.search(title)
    assert veto is not None and re.fullmatch(r"Strategy", veto.group(0))
    assert without_own_name(title, veto, "wordword.com") is None
    assert title_veto(title, set(), "wordword.com") is None
