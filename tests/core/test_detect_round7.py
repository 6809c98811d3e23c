"""Round 7 of the interview decision (issue #15): round 6's blind misses, fixed by what they are.

An interview booked at a fair for a named job stays an interview (the fair itself does not);
a South Asian "viva voce" for a post is a hint a job confirms (a thesis viva is not); the word
for the interview in Macedonian/Serbian Cyrillic and conversations named by their hiring
qualifier ("Conversa final", "Incontro conoscitivo") are explicit; a scorecard's name copied
into a candidate's invite is no hiring side; a department named after "training" is a job;
a media piece ("for the spring feature") is the press. Each rule both ways, with wording none
of the labelled cases uses. The concept × language tables are tested cell by cell in
test_detect_lexicon.py."""

from __future__ import annotations

import re
from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.fairs import without_fair
from interview_sync.core.detect.sides import hiring_side_text
from interview_sync.core.detect.title_negative import TITLE_NEGATIVE

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "careers@brightline-rail.com", description: str = "",
           guests: tuple[tuple[str, str], ...] = (("r.okafor@brightline-rail.com", "Rita Okafor"),),
           ) -> dict[str, Any]:
    return {
        "id": "r7", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00+02:00"},
        "end": {"dateTime": "2026-06-10T16:00:00+02:00"},
        "organizer": {"email": organizer, "self": organizer == ME},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n} for e, n in guests)],
    }


@pytest.mark.parametrize("title", [
    "Hiring event interview – Brightline Rail (Station Supervisor)",
    "Interview at the Graduate Fair – Brightline Rail – Junior Data Analyst",
    "Career Fair 1:1 interview – Brightline Rail (Signal Engineer Intern)",
])
def test_an_interview_booked_at_a_fair_for_a_named_job_is_an_interview(title: str) -> None:
    assert detect_interview(_event(title), ME) is not None, title


@pytest.mark.parametrize("title", [
    "Spring hiring event – meet 40 employers", "Career Fair – Brightline Rail booth",
    "Career fair interviews (drop in)", "Job fair 1:1 with employers",
])
def test_the_fair_itself_is_no_interview(title: str) -> None:
    assert detect_interview(_event(title), ME) is None, title


def test_without_fair_only_lifts_a_fair_veto() -> None:
    title = "Job fair interview – Acme (Analyst)"
    other = TITLE_NEGATIVE.search("Mock interview – Acme (Analyst)")
    assert other is not None and without_fair(title, other) is None
    fair = re.search("career day", "Career day – Acme", re.IGNORECASE)
    assert fair is not None and without_fair("Career day – Acme", fair) is None  # no job named


def test_a_viva_voce_for_a_post_is_an_interview_and_a_thesis_viva_is_not() -> None:
    post = _event("Viva voce – Junior Officer (Accounts) | Rupali Trading",
                  organizer="recruitment@rupalitrading.com.bd", guests=(),
                  description="You are requested to appear for the viva voce for the post.")
    assert detect_interview(post, ME) is not None
    thesis = _event("PhD viva – coastal erosion thesis", organizer="pgr-office@uni-example.ac.uk",
                    guests=(), description="Your examiners will meet you in room 2.14.")
    assert detect_interview(thesis, ME) is None


@pytest.mark.parametrize(("title", "organizer"), [
    ("Интервју – дизајнер | Охрид Медиа", "rabota@ohridmedia.mk"),
    ("Разговор за посао – магационер", "posao@savski-magacin.rs"),
    ("Conversa final – vaga Analista de Dados", "rh@tejo-dados.pt"),
    ("Incontro conoscitivo – posizione Contabile", "hr@ferro-uffici.it"),
    ("Technisch gesprek – Backend Developer", "werken@polderbits.nl"),
    ("二面 – 前端工程师", "hr@yunfan-tech.cn"),
])
def test_the_word_for_the_interview_in_more_scripts_and_qualified_conversations(
        title: str, organizer: str) -> None:
    event = _event(title, organizer=organizer, guests=())
    assert detect_interview(event, ME) is not None, title


def test_a_scorecard_named_in_the_candidates_invite_is_no_hiring_side() -> None:
    to_candidate = ("Jo will call you on the number in your application. Scorecard: "
                    "Customer service basics.")
    assert not hiring_side_text(to_candidate)
    assert hiring_side_text("Please fill in the scorecard after the call.")
    assert hiring_side_text("Scorecard: communication. Interview kit attached.")
    event = _event("Telephonic Interview | Receptionist | Brightline Rail",
                   description=to_candidate)
    assert detect_interview(event, ME) is not None


def test_a_department_after_training_is_a_job_and_a_training_is_not() -> None:
    assert detect_interview(_event("Interview – Clerk, Training Department"), ME) is not None
    assert detect_interview(_event("Interview training for new managers"), ME) is None


def test_a_media_piece_is_the_press() -> None:
    assert detect_interview(_event("Interview the mayor for the spring feature"), ME) is None
    assert detect_interview(_event("Interview – Features Editor"), ME) is not None
