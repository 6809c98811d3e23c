"""Round 12's decision rules (issue #15): a task for or before an interview is the user's chore;
a hiring tool's kit words about the user are not the hiring side; one interview slot naming a
job is the candidate's booking; an agency's client meeting is the user's interview, and an
agency presenting someone to the user is the hiring side; a leading label is no candidate's
name; rounds named by who runs them; interviews of applicants; the user as a vendor's
prospect; admission tests. Each with a case it must accept (or reject) and a near miss, in
their own wording (not the check set's)."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.classify import detect_interview

ME = "pat.lee@gmail.com"
SELF = {"email": ME, "self": True}


def _event(summary: str, organizer: dict[str, Any], guests: list[dict[str, str]] | None = None,
           description: str = "", location: str = "") -> dict[str, Any]:
    return {"id": "e12", "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True, "displayName": "Pat Lee"}, *(guests or [])],
            "description": description, "location": location,
            "start": {"dateTime": "2027-06-08T10:00:00+02:00"},
            "end": {"dateTime": "2027-06-08T11:00:00+02:00"}}


def _org(email: str, name: str = "") -> dict[str, str]:
    return {"email": email, "displayName": name} if name else {"email": email}


def _guest(email: str, name: str = "") -> dict[str, str]:
    return {"email": email, "displayName": name, "responseStatus": "accepted"}


# ---------------------------------------------------------------- the user's own tasks
@pytest.mark.parametrize("title", [
    "Charge laptop + test Zoom for Monday's interview",
    "Planchar camisa para la entrevista del jueves",
    "Anzug reinigen für das Vorstellungsgespräch",
    "Nieuwe schoenen voor het sollicitatiegesprek",
    "Fryzjer przed rozmową kwalifikacyjną",
    "면접 전 헤어컷",
    "面接用の靴を買う",
])
def test_a_task_for_or_before_an_interview_is_the_users_chore(title: str) -> None:
    assert is_chore(title, organised_by_user=True)
    assert detect_interview(_event(title, SELF), ME) is None


@pytest.mark.parametrize("title", [
    "Termin für Vorstellungsgespräch – Kessler Antriebe",  # the appointment itself
    "Interview for Product Manager role – Acme",  # the interview names its job
    "Zoom link for interview with Brightwave",
])
def test_the_interview_itself_is_no_task_for_it(title: str) -> None:
    assert not is_chore(title, organised_by_user=True)


def test_only_the_users_own_entries_are_tasks() -> None:
    assert not is_chore("Prep call before your interview", organised_by_user=False)


# ---------------------------------------------------------------- the hiring tool's kit words
_KIT = ("Interview kit and scorecards are in the ATS. 9:00 Ana Ruiz (hiring manager), 10:00 Ben "
        "Cho (peer). Please submit feedback by 5 pm.")


def test_a_panels_kit_with_the_user_the_only_outsider_is_the_users_onsite() -> None:
    event = _event("Onsite Interview – Process Engineer", _org("schedule@tarnwell.com", "Tarnwell"),
                   [_guest("ana.ruiz@tarnwell.com", "Ana Ruiz"), _guest("ben.cho@tarnwell.com", "Ben Cho")],
                   _KIT)
    assert detect_interview(event, ME) is not None


def test_a_kit_naming_the_user_as_the_candidate_is_the_users_onsite() -> None:
    event = _event("Onsite Interview – Process Engineer", _org("schedule@tarnwell.com"),
                   [_guest("agency@staffline.io", "Staffline")],
                   "Candidate: Pat Lee. Interview kit attached; submit feedback in the ATS.")
    assert detect_interview(event, ME) is not None


def test_a_kit_with_another_outsider_stays_the_hiring_side() -> None:
    event = _event("Onsite Interview – Process Engineer", _org("schedule@tarnwell.com", "Tarnwell"),
                   [_guest("ana.ruiz@tarnwell.com", "Ana Ruiz"), _guest("jo.kim88@gmail.com", "Jo Kim")],
                   _KIT)
    assert detect_interview(event, ME) is None


def test_a_panel_members_words_stay_the_hiring_side() -> None:
    event = _event("Onsite Interview – Process Engineer", _org("schedule@tarnwell.com"),
                   [_guest("ana.ruiz@tarnwell.com", "Ana Ruiz")],
                   "You are on the panel. Interview kit attached; submit feedback by 5 pm.")
    assert detect_interview(event, ME) is None


# ---------------------------------------------------------------- one booked slot
def test_one_interview_slot_naming_a_job_is_the_candidates_booking() -> None:
    event = _event("Interview slot – Kitchen Assistant (The Ferry Inn)", _org("jobs@ferryinn.co.uk"),
                   description="You booked this slot through our careers page.")
    assert detect_interview(event, ME) is not None


@pytest.mark.parametrize("title", ["Interview slot 3 – Kitchen Porter", "Interview slot (open) – Kitchen Porter"])
def test_counted_or_open_slots_stay_the_hiring_sides(title: str) -> None:
    assert detect_interview(_event(title, SELF), ME) is None


# ---------------------------------------------------------------- an agency's client
def test_an_agencys_client_meeting_is_the_users_interview() -> None:
    event = _event("Vorstellung beim Kunden – Lagerleiter (m/w/d)",
                   _org("k.falk@zeitwerk-personal.de", "Karin Falk (Zeitwerk Personal)"),
                   [_guest("k.falk@zeitwerk-personal.de", "Karin Falk"),
                    _guest("r.ostrowski@hansa-kuehlhaus.de", "Robert Ostrowski")],
                   "Hallo Pat, ich stelle Sie unserem Kunden vor.")
    assert detect_interview(event, ME) is not None


def test_a_client_meeting_inside_one_organisation_is_no_interview() -> None:
    event = _event("Rencontre client – revue trimestrielle", _org("c.noel@vexin-conseil.fr"),
                   [_guest("a.morel@vexin-conseil.fr", "Alice Morel")])
    assert detect_interview(event, ME) is None


def test_an_agency_presenting_its_consultant_to_the_user_is_the_hiring_side() -> None:
    event = _event("Entretien client – présentation de notre consultant Léo Garnier",
                   _org("m.petit@altaris-esn.fr", "Marie Petit"),
                   [_guest("leo.garnier@altaris-esn.fr", "Léo Garnier")],
                   "Bonjour Pat, voici le dossier de compétences de Léo pour votre besoin.")
    assert detect_interview(event, ME) is None


# ---------------------------------------------------------------- a label before the title
@pytest.mark.parametrize("title", ["Neuer Termin: Vorstellungsgespräch Lagerist",
                                   "Nueva Fecha: Entrevista – Cajero/a"])
def test_a_leading_label_is_no_candidates_name(title: str) -> None:
    event = _event(title, _org("bewerbung@lagerhof-gruppe.de", "Lagerhof Personal"),
                   [_guest("t.sommer@lagerhof-gruppe.de", "Tina Sommer")])
    assert detect_interview(event, ME) is not None


def test_a_leading_name_of_another_private_guest_is_still_a_candidate() -> None:
    event = _event("Jamie Fox: Onsite Interview – SRE", _org("recruiting@northpeak.io"),
                   [_guest("jamie.fox@gmail.com", "Jamie Fox"), _guest("lee@northpeak.io", "Lee Park")])
    assert detect_interview(event, ME) is None


# ---------------------------------------------------------------- rounds and Korean meetings
@pytest.mark.parametrize("title", ["HR Round – Associate Consultant (Trivarna Tech)",
                                   "Managerial Round – QA Analyst", "Director Round – Product Lead"])
def test_a_round_named_by_who_runs_it_is_explicit(title: str) -> None:
    assert detect_interview(_event(title, _org("careers@trivarnatech.in")), ME) is not None


def test_a_round_table_is_no_round() -> None:
    assert detect_interview(_event("HR round table – leave policy", _org("hr@trivarnatech.in")), ME) is None


def test_a_korean_working_level_meeting_is_an_interview() -> None:
    event = _event("[솔빛전자] 임원 면담 일정 안내 - 회로설계", _org("hr@solbit.co.kr"))
    assert detect_interview(event, ME) is not None


# ---------------------------------------------------------------- applicants, prospects, admission
@pytest.mark.parametrize("title", ["Interview applicant – Dana (barista)",
                                   "Entrevistas postulantes – Cajero/a turno tarde"])
def test_interviews_of_applicants_are_the_hiring_side(title: str) -> None:
    assert detect_interview(_event(title, SELF), ME) is None


def test_an_interview_from_an_employer_naming_no_applicants_stays_one() -> None:
    event = _event("Entrevista – Cajero/a (Supermercados Vela)", _org("rrhh@supervela.es"))
    assert detect_interview(event, ME) is not None


def test_the_user_as_a_vendors_prospect_is_no_interview() -> None:
    event = _event("Intro call: Pat Lee <> Lumora", _org("meet@lumora.app"),
                   [_guest("sam@lumora.app", "Sam Ortiz")],
                   "Thanks for booking a demo! Sam, an account executive for your region, will walk "
                   "you through Lumora.")
    assert detect_interview(event, ME) is None


def test_an_intro_call_about_a_sales_job_stays_an_interview() -> None:
    event = _event("Intro call: Pat Lee <> Lumora", _org("talent@lumora.app"),
                   [_guest("sam@lumora.app", "Sam Ortiz")],
                   "Thanks for applying for the Account Executive position. Sam will tell you about the role.")
    assert detect_interview(event, ME) is not None


def test_an_admission_test_is_admissions() -> None:
    event = _event("Colloquio – prova di ammissione Master in Design", _org("master@ateneo-lario.it"))
    assert detect_interview(event, ME) is None


def test_a_selection_interview_for_a_job_is_not_admissions() -> None:
    event = _event("Colloquio di selezione – Magazziniere", _org("selezione@brentalog.it"))
    assert detect_interview(event, ME) is not None


def test_every_client_meeting_stem_holds_a_client_word() -> None:
    from interview_sync.core.detect.agency import CLIENT_MEETING, CLIENT_WORDS

    for stems in CLIENT_MEETING.values():
        for stem in stems:
            assert any(word in stem for word in CLIENT_WORDS), stem


# ---------------------------------------------------------------- 1:1 screens, oral history, plans
def test_a_one_to_one_screen_for_a_job_is_a_screen() -> None:
    event = _event("1:1 Screen – Pharmacy Technician", _org("h.ng@eastgatehealth.org", "Helen Ng"),
                   [_guest("h.ng@eastgatehealth.org", "Helen Ng")], "Helen will call you.")
    assert detect_interview(event, ME) is not None


def test_a_one_to_one_with_a_colleague_stays_a_team_meeting() -> None:
    event = _event("1:1 Sam / Pat – Pharmacy Technician onboarding", _org("sam@eastgatehealth.org"))
    assert detect_interview(event, ME) is None


@pytest.mark.parametrize("title", ["Harbour memory project – narrator interview (Mr. Okafor)",
                                   "Zeitzeugeninterview – Stadtarchiv Oberhain"])
def test_an_oral_history_interview_is_no_job_interview(title: str) -> None:
    event = _event(title, _org("archive@oberhain-history.org"))
    assert detect_interview(event, ME) is None


def test_a_plan_for_a_demo_lesson_is_the_users_chore() -> None:
    assert detect_interview(_event("Plan 20-min demo lesson (fractions) for Lakeside Primary", SELF), ME) is None
    event = _event("Demo lesson – Year 4 teacher (Lakeside Primary)", _org("office@lakesideprimary.org"))
    assert detect_interview(event, ME) is not None


# ---------------------------------------------------------------- a look-alike's word inside a job
@pytest.mark.parametrize("title", [
    "Final Interview – Quantity Surveyor – Halden Build",
    "Panel interview: Surveying Technician – Halden Build",  # the job named after its work
])
def test_a_job_whose_name_begins_with_a_lookalike_word_stays_an_interview(title: str) -> None:
    event = _event(title, _org("talent@haldenbuild.co.uk", "Halden Talent"),
                   [_guest("r.moss@haldenbuild.co.uk", "Rhea Moss")])
    assert detect_interview(event, ME) is not None


@pytest.mark.parametrize("title", [
    "Customer surveys – interview round with Halden clients",
    "Interview for my dissertation – Rhea Moss",
])
def test_the_lookalike_words_themselves_still_veto(title: str) -> None:
    event = _event(title, _org("talent@haldenbuild.co.uk", "Halden Talent"),
                   [_guest("r.moss@haldenbuild.co.uk", "Rhea Moss")])
    assert detect_interview(event, ME) is None
