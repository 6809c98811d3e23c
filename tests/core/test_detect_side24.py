"""Round 24's side rules: look-alike words that are also the job (``lookalikes._setting_word``,
``title_negative.MEDIA_JOB`` and ``TITLE_TODO``, the visa office's word end, ``everyday_jobs``'
health-care suffixes, a newsroom's editor hiring for the media job the title names) and the
user's own hiring (``sides.user_hires``' applicant named, ``title_veto``'s seat label and the
user's "(me)"); each with the look-alike or the hiring side worded like it. Wordings differ
from the check set (tests/data/real_cases_t24s.py)."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.lookalikes import title_is_lookalike
from interview_sync.core.detect.sides import user_hires
from interview_sync.core.detect.title_negative import MEDIA_JOB, TITLE_TODO
from interview_sync.core.detect.title_veto import title_veto

ME = "pat.lee@gmail.com"
USER = {"pat lee", "pat"}


def _event(title: str, organiser: str | None, description: str = "") -> dict[str, Any]:
    org = {"email": organiser} if organiser else {"email": ME, "self": True}
    return {"id": "x", "status": "confirmed", "summary": title, "description": description,
            "start": {"dateTime": "2028-12-04T10:00:00-05:00"},
            "end": {"dateTime": "2028-12-04T11:00:00-05:00"},
            "organizer": org, "attendees": [{"email": ME, "self": True,
                                             "responseStatus": "accepted"}]}


JOB_TITLES = [
    "Interview – Therapeutic Radiographer, Oncology",
    "Radiologist interview – consultant post",
    "Physiotherapist interview (Band 6)",
    "Visa Officer interview – High Commission",
]
LOOKALIKES = [
    "Radiology appointment – chest X-ray",
    "Radio interview – Morning Drive",
    "Physio appointment – knee",
    "Visa interview at the consulate",
]


@pytest.mark.parametrize("title", JOB_TITLES)
def test_a_job_noun_that_begins_with_a_setting_word_is_the_job(title: str) -> None:
    assert not title_is_lookalike(title)


@pytest.mark.parametrize("title", LOOKALIKES)
def test_the_setting_word_itself_stays_a_lookalike(title: str) -> None:
    assert title_is_lookalike(title)


def test_a_reporters_kind_names_the_media_job_and_after_with_it_stays_the_press() -> None:
    assert MEDIA_JOB.search("Panel interview – Freelance Court Reporter")
    assert MEDIA_JOB.search("Staff Reporter interview")
    assert MEDIA_JOB.search("Chat with Tribune health reporter") is None
    assert MEDIA_JOB.search("Interview with our crime reporter") is None
    assert title_veto("Official Reporter – second interview", USER) is False
    assert title_veto("Chat with a business reporter about the merger", USER) is None


def test_research_and_study_begin_a_jobs_name_but_stay_to_dos_otherwise() -> None:
    assert TITLE_TODO.match("Research Nurse – interview") is None
    assert TITLE_TODO.match("Study Coordinator phone screen") is None
    assert TITLE_TODO.match("Research Northwind before the interview")
    assert TITLE_TODO.match("Study for the panel interview")


def test_a_newsroom_editor_hiring_a_reporter_is_no_press_interview() -> None:
    hired = _event("Interview – Reporter, Business desk", "editor@valleyherald.com",
                   "Bring three clips; you'll meet the business editor.")
    press = _event("Interview – Valley Herald", "editor@valleyherald.com",
                   "A few questions for Sunday's story on your shop.")
    assert detect_interview(hired, ME) is not None
    assert detect_interview(press, ME) is None


OWN_HIRING = [
    "Interview kitchen porter applicant – Marcus",
    "Applicant call: Jade (receptionist)",
    "Screen – applicant Omar Farouk (driver)",
    "Interview w/ applicant Lou for dog walker",
]
CANDIDATE_SEAT = [
    "Interview for the applicant pool programme (graduates)",
    "Applicant interview – Lakeside Bakery (me)",
]


@pytest.mark.parametrize("title", OWN_HIRING)
def test_an_applicant_named_on_the_users_own_entry_is_the_hiring_side(title: str) -> None:
    assert user_hires(title, "", True)
    assert not user_hires(title, "", False)  # an employer's own title is not read so


@pytest.mark.parametrize("title", CANDIDATE_SEAT)
def test_the_users_own_applicant_seat_is_no_hiring_side(title: str) -> None:
    assert not user_hires(title, "", True)


def test_candidate_as_the_seats_label_beside_a_job_is_the_users_seat() -> None:
    assert title_veto("Candidate Interview: Cashier – Northgate Market", USER) is False
    assert title_veto("Final interview – Store Manager candidate", USER) is False
    assert title_veto("Candidate Interview: Robin Hale – Cashier", USER) is None
    assert title_veto("Final interview – store manager candidate Robin", USER) is None
    assert title_veto("Follow-up interview: Robin Hale – Store Manager candidate", USER) is None
    assert title_veto("Candidate interview – Lakeside Bakery (me)", USER) is True
    assert title_veto("Candidate interview – Lakeside Bakery", USER) is None


def test_a_health_care_job_noun_at_the_titles_start_is_no_candidates_name() -> None:
    found = detect_interview(
        _event("Echocardiographer – first interview (Cardiology)", "talent@heartline-health.com",
               "Thanks for applying. 30 minutes by video."), ME)
    assert found is not None
