"""Round 19's silent classes: a compound title's interview, job days and employers' road tests,
and the interview's word in languages the corpus was thin in.

(b) ``core.detect.compound_title``: "Info session & interviews", "Final interview + mock call",
"Interview with shadow day" are interviews whose other part holds a look-alike word; the
interview's part wins unless it is vetoed itself or the rest is the hiring side's. (a)
``core.detect.selection_shape``: a walk-in or hiring day and an employer's road test for a
driving post are selection steps asked about, a licence's road test and a university's open
day are not. (c) ``core.detect.words``: Tamil, Urdu, Swahili, Tagalog, the Bengali loan word and
traditional Chinese name the interview. Names and organisations invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.compound_title import interview_part
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.features import features_of
from interview_sync.core.detect.title_scope import main_item

ME = "pat.lee@gmail.com"


def _event(summary: str, description: str = "", organizer: str = "") -> dict[str, Any]:
    org: dict[str, Any] = {"email": organizer} if organizer else {"email": ME, "self": True}
    return {
        "id": "ss1", "summary": summary, "description": description,
        "start": {"dateTime": "2028-04-12T09:00:00+01:00"},
        "end": {"dateTime": "2028-04-12T11:00:00+01:00"},
        "organizer": org,
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# ---------------------------------------------------------------- (b) compound titles
@pytest.mark.parametrize(("title", "part"), [
    ("Final interview + mock customer call – Care Advisor", "Final interview"),
    ("Interview with brew-day shadow", "Interview"),
    # (round 21: a "shadow shift" vetoes nothing now, so that title is read whole; a
    # shadowing still does)
    ("Interview + shadowing – Maplecrest Care Home", "Interview"),
    ("Info session + interviews", "interviews"),
    ("Entrevista final y webinar de bienvenida", "Entrevista final"),
])
def test_the_interview_part_of_a_compound_title(title: str, part: str) -> None:
    assert interview_part(title) == part
    assert main_item(title) == part


@pytest.mark.parametrize("title", [
    "Mock interview + coffee",  # the interview's own part is the mock
    "Interview + candidate debrief",  # the hiring side in the other part
    "Interviews + feedback round",
    "Campus tour + open day – Brackenfield University",  # no interview at all
    "Info session – new e-bike range + product demo",
    "shadow interview (observe only)",  # one part, vetoed itself
    "Interview with Northwind",  # nothing to read past
    "Interview & site tour – patrol officer",
])
def test_no_part_is_taken_where_the_veto_is_the_interviews_or_the_hiring_sides(title: str) -> None:
    assert interview_part(title) is None


def test_a_compound_titles_interview_from_a_recruiter_is_drafted_for() -> None:
    event = _event("Final interview + mock customer call – Customer Care Advisor",
                   "Competency questions, then a role-played call with an unhappy customer.",
                   "talent@northgate-energy.co.uk")
    judged = assess_event(event, ME)
    assert judged.tier in {"confident", "unsure"}, judged.explain()
    on, _, _ = features_of(event, ME)
    assert "title_veto" not in on


def test_a_product_info_session_with_a_demo_stays_vetoed() -> None:
    on, _, _ = features_of(_event("Info session – new e-bike range + product demo @ Velo Depot"), ME)
    assert "title_veto" in on or not on


# ---------------------------------------------------------------- (a) job days and road tests
@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Walk-in hiring day – Brightline Logistics (warehouse associates)",
     "No appointment needed. 2 copies of resume, ID.", ""),
    ("Recruiting Day Hotel Lago Tessera – reception e sala", "Portare CV stampato.", ""),
    ("Road test – Class A tractor-trailer (regional)",
     "Please bring your CDL and DOT medical card. About 45 minutes on our set route.",
     "safety@millbrookfreight.com"),
])
def test_job_days_and_an_employers_road_test_are_asked_about(title: str, description: str,
                                                             organizer: str) -> None:
    event = _event(title, description, organizer)
    on, _, _ = features_of(event, ME)
    assert "selection_shape" in on, sorted(on)
    judged = assess_event(event, ME)
    assert judged.tier == "unsure", judged.explain()


@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("DMV road test – Van Nuys", "Bring permit, registration + proof of insurance.", ""),
    ("Mia – behind-the-wheel driving test", "Permit + insurance card in the glovebox.", ""),
    ("Road test – Class B", "Bring your learner permit.", "noreply@dmv.ca.gov"),
    ("Campus tour + open day – Brackenfield University", "Student-led tour at 12:30.", ""),
    ("Career fair – bring 10 resumes", "Dress code business casual.", ""),
])
def test_licence_road_tests_open_days_and_fairs_are_not_selection_steps(
        title: str, description: str, organizer: str) -> None:
    event = _event(title, description, organizer)
    on, _, _ = features_of(event, ME)
    assert "selection_shape" not in on, sorted(on)
    assert assess_event(event, ME).tier != "confident"


# ---------------------------------------------------------------- (c) thin languages
@pytest.mark.parametrize("title", [
    "நேர்காணல் – அலுவலர் பணியிடம், மாவட்ட திட்டம்",
    "கால்நடை உதவியாளர் நேர்முகத் தேர்வு",
    "انٹرویو – اکاؤنٹس آفیسر، ساحل ملز",
    "Usaili – Afisa Ugavi, Halmashauri ya Wilaya",
    "Panayam sa trabaho – CSR, Bayanihan Contact",
    "ইন্টারভিউ – মেঘনা নিটওয়্যার",
    "面試 – 禾豐小館 外場",
])
def test_the_interview_word_in_thin_languages_is_read(title: str) -> None:
    judged = assess_event(_event(title), ME)
    assert judged.tier in {"unsure", "confident"}, judged.explain()


@given(st.text(max_size=120))
@settings(max_examples=200, deadline=None)
def test_interview_part_never_raises_and_returns_a_piece_of_the_title(title: str) -> None:
    part = interview_part(title)
    assert part is None or part in title
