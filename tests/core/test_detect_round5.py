"""Round 5 of the interview decision (issue #15): round 4's blind misses, fixed by general rules.

Who is on which side (another candidate or applicant named in any language, the user's role as
interviewer or hiring manager, a head count, slots to offer, interviews in the plural), talks,
courses and guides *about* interviews, a family member's interview, words the rules did not
know (Italian "intervista", German compounds, an academic campus visit and job talk), a hiring
phrase read as a candidate's name, and informational interviews (asked, never drafted). Each
rule both ways: the kind it fixes, and a near miss it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.rules import strong_title, weak_title

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "hr@northwind-labs.com", description: str = "",
           guests: tuple[tuple[str, str], ...] = (("kim@northwind-labs.com", "Kim Ng"),),
           my_name: str = "") -> dict[str, Any]:
    me: dict[str, Any] = {"email": ME, "self": True, "responseStatus": "accepted"}
    if my_name:
        me["displayName"] = my_name
    return {
        "id": "r5", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00+02:00"},
        "end": {"dateTime": "2026-06-10T16:00:00+02:00"},
        "organizer": {"email": organizer, "self": organizer == ME},
        "attendees": [me, *({"email": e, "displayName": n} for e, n in guests)],
    }


def _confident(event: dict[str, Any]) -> bool:
    return detect_interview(event, ME) is not None and assess_event(event, ME).tier == "confident"


# ------------------------------------------------------------------ the hiring side, any language

@pytest.mark.parametrize("title", [
    "面试官安排：产品经理候选人 李娜", "面接官アサイン – 営業職 一次面接", "면접관 배정 – 마케팅 채용",
    "Gesprek met kandidaat J. de Vries – Inkoper", "Interviewtermin: Bewerberin Anna Roth – Einkauf",
    "Entretien candidat : Marc Petit – Comptable", "Entrevista candidata Laura Gómez – Analista",
    "Rozmowa z kandydatem – Księgowa", "Intervju med sökande – Controller",
    "Second round – jij bent hiring manager", "Panel interview – you are the interviewer",
    "一次面接 対象者8名", "Phone screens – 5 candidates", "Add interview slots for the Sales Lead role",
    "Bookable times – Spring matching event",
])
def test_the_user_on_the_hiring_side_in_any_language_gets_no_drafts(title: str) -> None:
    event = _event(title)
    assert detect_interview(event, ME) is None, title
    assert assess_event(event, ME).tier != "confident", title


@pytest.mark.parametrize("title", [
    "Entretien d'embauche – Candidat : Pat Lee", "Sollicitatiegesprek kandidaat Pat Lee",
    "Vorstellungsgespräch – Bewerber Pat Lee", "Candidate Screening Call – Northwind",
    "面接 – 営業職 一次面接", "Interview – Kandidatenmanager (m/w/d)",
])
def test_the_same_words_naming_the_user_or_a_job_stay_interviews(title: str) -> None:
    assert _confident(_event(title, my_name="Pat Lee")), title


@pytest.mark.parametrize("description", [
    "Sie sind als Interviewer eingetragen. Bitte nicht verschieben.",
    "Je ontvangt deze uitnodiging als hiring manager. Vul het beoordelingsformulier in.",
    "您为本场面试的面试官，请提前查看简历。", "面接官として一次面接をご担当ください。",
    "You have been added as an interviewer for this loop.",
    "Our group interviews her for the class dossier. Record on Zoom.",
])
def test_a_description_telling_the_user_they_interview_vetoes(description: str) -> None:
    event = _event("Interview – Data Analyst", description=description)
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier == "below"


@pytest.mark.parametrize("description", [
    "面接官：製造技術部 山田\n持ち物：履歴書",  # the interviewer's name, for the candidate
    "Kim Ng will join as an interviewer. You can reschedule from your candidate profile.",
    "Ihre Gesprächspartner sind Frau Dr. Roth und Herr Brandt.",
])
def test_a_description_naming_the_interviewers_for_the_candidate_does_not(description: str) -> None:
    assert _confident(_event("Interview – Data Analyst", description=description))


def test_a_faculty_invite_for_the_users_job_talk_is_the_users_interview() -> None:
    # "submit feedback" is written for the faculty; the title names the user, the candidate
    event = _event("Job talk: Pat Lee – Housing and migration", organizer="l.carver@westbrook.edu",
                   guests=(("faculty@westbrook.edu", "Sociology Faculty"),
                           ("a.ruiz@westbrook.edu", "Ana Ruiz")),
                   description="Candidate presentation for the Assistant Professor search. "
                               "All faculty are asked to attend and submit feedback.",
                   my_name="Pat Lee")
    assert detect_interview(event, ME) is not None
    # the same invite naming someone else is the user on the faculty
    other = _event("Job talk: Dana Wu – Housing and migration", organizer="l.carver@westbrook.edu",
                   guests=(("faculty@westbrook.edu", "Sociology Faculty"),),
                   description="Candidate presentation for the Assistant Professor search. "
                               "All faculty are asked to attend and submit feedback.",
                   my_name="Pat Lee")
    assert detect_interview(other, ME) is None
    assert assess_event(other, ME).tier != "confident"


# ------------------------------------------------------------------ about interviews, not one

@pytest.mark.parametrize("title", [
    "Webinaari: haastattelukäytännöt rekrytoinnissa", "Webinário: como conduzir entrevistas",
    "Atelier managers : trames d'entretien", "Schulung: Interviewleitfaden für Führungskräfte",
    "面接官研修 – 構造化面接", "面试技巧讲座", "채용 면접 세미나", "Intervjutrening hos karrieresenteret",
    "Interview questions workshop", "Guía de entrevista – taller para mandos",
    "딸 대입 면접 (연세대)", "My son's college interview", "Entretien de ma fille – lycée",
    "Sollicitatiegesprekken voorbereiden – vacature Inkoper",
])
def test_a_talk_course_or_family_interview_is_not_the_users(title: str) -> None:
    event = _event(title)
    assert detect_interview(event, ME) is None, title
    assert assess_event(event, ME).tier != "confident", title


@pytest.mark.parametrize("title", [
    "Interview – Chef d'atelier (H/F)", "Entretien – Responsable formation (H/F)",
    "Interview – Atelier Manager (H/F)", "Interview with Sohn & Partner – Tax Consultant",
    "Take-home review: data pipeline exercise", "Video-Interview – Kids' Program Coordinator",
])
def test_the_same_words_in_a_job_or_employer_stay_interviews(title: str) -> None:
    assert _confident(_event(title)), title


# ------------------------------------------------------------------ words the rules did not know

@pytest.mark.parametrize("title", [
    "Videointerview: Junior Controller (m/w/d)", "Onlineinterview – Werkstudent Vertrieb",
    "Intervista telefonica – Export Manager", "Campus Visit – Assistant Professor of Biology",
    "Mülakat Daveti – Satış Temsilcisi | Ege Tekstil", "Interview for Financial Analyst 2 (24019)",
])
def test_hiring_steps_in_words_the_rules_did_not_know_are_caught(title: str) -> None:
    event = _event(title, description="Thank you for your application. You can reschedule "
                                      "from your candidate profile.")
    assert detect_interview(event, ME) is not None, title
    assert assess_event(event, ME).tier != "below", title


@pytest.mark.parametrize("title", [
    "Intervista a Radio Capital", "Campus visit with my daughter", "Campus visit – open day",
])
def test_the_same_words_without_a_job_are_not_drafted(title: str) -> None:
    event = _event(title, guests=())
    assert assess_event(event, ME).tier != "confident", title


def test_a_bare_interview_word_from_hr_is_at_least_asked_about() -> None:
    # A bare "Intervista" from an HR mailbox at a company scores at the confident threshold
    # (0.70): round 9's refits put it a hair either side (0.701, then just under, then 0.707
    # on the merged rules), so its tier is the fit's, not a rule's. What no refit may do is
    # leave it unasked.
    assessed = assess_event(_event("Intervista", guests=()), ME)
    assert assessed.tier != "below"
    # (round 16's refit, with the other side's features, puts it at 0.81; round 22's, with round
    # 21's batch, at 0.86: a bare word is still short of near-certain)
    assert 0.5 < assessed.confidence < 0.9


def test_interviews_in_the_plural_are_a_hint_not_explicit() -> None:
    assert strong_title("Sessions: today's interviews") is None
    assert weak_title("Sessions: today's interviews") is not None
    assert strong_title("Final round interviews") is not None  # another explicit phrase
    assert strong_title("Interview – Data Analyst") is not None
    # with a job named, a second signal: caught
    assert _confident(_event("Interviews - Chief Marketing Officer - Ardent Foods"))
    assert detect_interview(_event("Sessions: mark attendance for today's interviews",
                                   organizer=ME, guests=()), ME) is None


def test_the_users_name_and_a_job_with_hiring_words_below_are_an_interview() -> None:
    event = _event("Warehouse Supervisor - Pat Lee", my_name="Pat Lee",
                   description="Ridgeway Freight – on-site interview. Park in the visitor lot.")
    assert _confident(event)
    no_words = _event("Warehouse Supervisor - Pat Lee", my_name="Pat Lee",
                      description="Shift handover notes.")
    assert detect_interview(no_words, ME) is None


# ------------------------------------------------------------------ informational interviews

@pytest.mark.parametrize(("title", "description"), [
    ("Informational interview with Dana (Orbit Labs)", ""),
    ("Info interview – Priya Nair (UX at Halcyon)", "NOT asking for a job – just advice."),
    ("Coffee w/ Marcus – informational interview", "Happy to share how I got into it."),
    ("Networking call with Imran", ""),
    ("Coffee chat - Omar", "Networking coffee chat about data roles at Parcel."),
    ("Informationsgespräch – Stadtwerke", ""), ("Entrevista informativa con Lucía", ""),
])
def test_an_informational_interview_is_asked_about_never_drafted(title: str,
                                                                  description: str) -> None:
    event = _event(title, description=description)
    assert detect_interview(event, ME) is None
    found = assess_event(event, ME)
    assert found.tier == "unsure", title
    assert found.interview is not None and found.interview.unsure
    assert found.confidence < 0.5  # by convention no job interview: the score says so


@pytest.mark.parametrize(("title", "description"), [
    ("Info call: Pat Lee + Cat Moreno (Northlight Digital)",
     "Thanks for applying to the Content Strategist role! The hiring team had a few questions."),
    ("Networking call – Data Analyst role", "Thank you for your application."),
])
def test_a_recruiters_call_named_like_one_stays_an_interview(title: str, description: str) -> None:
    assert detect_interview(_event(title, description=description), ME) is not None


def test_a_vetoed_informational_lookalike_is_not_asked_about() -> None:
    event = _event("Informational interview – webinar recording", guests=())
    assert assess_event(event, ME).tier == "below"
