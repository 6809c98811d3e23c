"""The user's seat in someone else's selection in many scripts, and steps that only fill a roster
or a reserve list (issue #15, round 20, ``detect.seat_scripts``), with the true hiring steps
worded like them: the pure readings, the decisions they lead to, and bad input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.chores import is_chore
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event
from interview_sync.core.detect.process_roles import hires_nobody, seat_in_process
from interview_sync.core.detect.seat_scripts import roster_step, seat_in_script
from interview_sync.core.detect.sides import user_hires

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "hr@northwind-labs.com", description: str = "",
           self_organised: bool = False) -> dict[str, Any]:
    return {
        "id": "ss1", "summary": summary, "description": description,
        "start": {"dateTime": "2026-06-10T15:00:00+08:00"},
        "end": {"dateTime": "2026-06-10T16:00:00+08:00"},
        "organizer": {"email": ME, "self": True} if self_organised else {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"}],
    }


# ------------------------------------------------ (a) the user's seat, by structure, per script

SEATS = [
    # the first person beside a seat or an interviewing verb
    ("साक्षात्कार – लिपिक पद (मैं पैनल सदस्य)", ""),
    ("मुलाखत – लिपिक (मी पॅनेलवर आहे)", ""),
    ("अन्तर्वार्ता – सहायक (म सदस्य)", ""),
    ("ইন্টারভিউ – শিক্ষক নিয়োগ (আমি সদস্য)", ""),
    ("Temuduga kerani – saya ahli panel", ""),
    ("Wawancara staf gudang (saya sebagai pewawancara)", ""),
    ("สัมภาษณ์งาน – พนักงานขาย (ผมเป็นกรรมการ)", ""),
    ("二面 – 我是面试官", ""),
    ("一次面接 – 私が面接官", ""),
    ("2차 면접 – 제가 면접관", ""),
    ("Собеседование – я в комиссии", ""),
    ("Провожу собеседование с аналитиком", ""),
    ("Mülakat – belediye (jüri üyesiyim)", ""),
    ("مصاحبه – کارشناس (من مصاحبه‌کننده هستم)", ""),
    ("مقابلات – محاسب (أنا عضو في اللجنة)", ""),
    ("ראיון – מפתח (אני מראיין)", ""),
    ("நேர்காணல் – எழுத்தர் (நான் குழு உறுப்பினர்)", ""),
    ("انٹرویو – کلرک (میں پینل میں ہوں)", ""),
    ("Phỏng vấn kế toán – tôi là người phỏng vấn", ""),
    # an appointment to the seat, or the seat's list naming the user
    ("면접위원 위촉 – 9급 면접시험", ""),
    ("2차 면접 (외부 면접위원)", ""),
    ("Sesi temu duga pembantu tadbir (panel: saya + En. Hafiz)", ""),
    # a candidate named as the object of the title's interview
    ("Phỏng vấn ứng viên Trần Minh – kế toán", ""),
    ("面试候选人 李娜（产品）", ""),
    ("Interview kandidat Admin Gudang – Budi", ""),
    ("مصاحبه با داوطلب کارشناس فروش", ""),
    ("Собеседование с кандидатом на аналитика", ""),
    # the description's head
    ("Interview – Kerani", "Saya ahli panel penemuduga untuk sesi ini."),
]
# The same nouns in the candidate's own invitation or entry: the candidate meets them.
CANDIDATE_STEPS = [
    ("साक्षात्कार – सहायक प्रबंधक (पैनल इंटरव्यू)", "प्रिय अभ्यर्थी, पैनल के समक्ष साक्षात्कार।"),
    ("Temuduga SPA – Penolong Pegawai Tadbir", "Panel 4 orang. Bawa sijil asal."),
    ("สัมภาษณ์งาน – โรงพยาบาล (กรรมการสัมภาษณ์ 3 ท่าน)", ""),
    ("임원면접 – 한결물산 (면접관 3명)", ""),
    ("二次面接（面接官3名）– 株式会社ミナト", ""),
    ("Собеседование с руководителем отдела – ООО «Ветер»", ""),
    ("Mülakat – Proje Mühendisi, Demirsoy Enerji", ""),
    ("مقابلة شخصية أمام لجنة التوظيف – شركة النخيل", ""),
    ("ראיון עבודה – מפתחת Backend, נובה", ""),
    ("Phỏng vấn vòng 2 với trưởng phòng – Công ty Minh An", ""),
    ("Interviewing with Lumen Labs – onsite", "I am interviewing for Senior Data Engineer."),
]


@pytest.mark.parametrize(("title", "description"), SEATS)
def test_the_users_seat_is_read_in_many_scripts(title: str, description: str) -> None:
    assert seat_in_script(title, description)
    assert seat_in_process(title, description)


@pytest.mark.parametrize(("title", "description"), CANDIDATE_STEPS)
def test_the_candidate_meeting_the_panel_holds_no_seat(title: str, description: str) -> None:
    assert not seat_in_script(title, description)
    assert not seat_in_process(title, description)


def test_a_panel_member_in_malay_is_never_drafted_for() -> None:
    event = _event("Sesi temuduga Pembantu Tadbir N19 – saya ahli panel penemuduga",
                   organizer="urusetia@majlis-contoh.gov.my",
                   description="8 calon. Sila bawa borang penilaian calon.")
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier != "confident"


def test_a_panel_member_in_hindi_is_never_drafted_for() -> None:
    event = _event("इंटरव्यू पैनल – कनिष्ठ सहायक भर्ती (मैं बोर्ड सदस्य हूँ)",
                   organizer="bharti@jalnigam-udaharan.in",
                   description="कुल 14 अभ्यर्थी। अंक पत्रक साक्षात्कार के बाद जमा करें।")
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier != "confident"


def test_the_candidates_panel_interview_in_hindi_is_still_found() -> None:
    event = _event("साक्षात्कार – सहायक प्रबंधक पद, ग्रामीण विकास बैंक (पैनल इंटरव्यू)",
                   organizer="recruitment@gvbank-udaharan.in",
                   description="प्रिय अभ्यर्थी, आपको पैनल के समक्ष साक्षात्कार हेतु बुलाया जाता है।")
    assert detect_interview(event, ME) is not None


def test_judges_counted_in_a_korean_title_are_the_candidates_step() -> None:
    event = _event("임원면접 – 한결물산 (면접관 3명)", organizer="recruit@hangyeol-example.co.kr",
                   description="최종 면접입니다. 신분증 지참, 10분 전 도착 바랍니다.")
    assert assess_event(event, ME).tier in ("confident", "unsure")


def test_a_candidates_own_interviewing_for_is_not_the_hiring_side() -> None:
    assert not user_hires("Interviewing with Lumen Labs", "I am interviewing for Senior Data "
                          "Engineer. Bring portfolio.", True)
    assert not user_hires("Onsite", "I'm interviewing at Lumen Labs tomorrow.", True)
    assert user_hires("Loop", "I am interviewing two candidates for the PM role.", True)
    assert user_hires("Team", "I'm hiring for my team: two backend roles.", True)


# ------------------------------------------------------ (b) steps that only fill a roster

ROSTERS = [
    ("EPSO Assessment Centre – AD5 Administrators", ""),
    ("Κέντρο αξιολόγησης EPSO – AD5", ""),
    ("UN YPP written examination (online proctored)", ""),
    ("YPP oral examination – competency-based interview", ""),
    ("Assessment centre – graduate competition",
     "Successful candidates will be placed on a reserve list from which the institutions recruit."),
    ("Centre d'évaluation – concours AST", "Les lauréats seront inscrits sur la liste de réserve."),
    ("Centar za procjenu – natječaj", "Uspješni kandidati bit će uvršteni na popis uspješnih."),
]
RECRUITMENTS = [
    ("Recruitment interview – DG Environment (AD5 reserve list laureate)",
     "Following your inclusion on the reserve list, we invite you to an interview for the post."),
    ("Competency-based interview – Programme Officer (P-3), Job Opening 5521", ""),
    ("Graduate assessment centre – Harrow & Finch (group exercise, panel interview)",
     "Offers for the September intake follow within a week."),
    ("Interview – Systems Engineer (TS/SCI required) – Corvane Defense",
     "Clearance processing starts after an offer."),
]


@pytest.mark.parametrize(("title", "description"), ROSTERS)
def test_a_roster_step_hires_nobody(title: str, description: str) -> None:
    assert roster_step(title, description)
    assert hires_nobody(title, description)


@pytest.mark.parametrize(("title", "description"), RECRUITMENTS)
def test_the_recruitment_after_a_list_is_a_hiring_step(title: str, description: str) -> None:
    assert not roster_step(title, description)
    assert not hires_nobody(title, description)


def test_an_epso_assessment_centre_is_never_drafted_for() -> None:
    event = _event("EPSO centar za procjenu – natječaj AD5 (strukturirani intervju)",
                   organizer="no-reply@epso-example.eu",
                   description="Uspješni kandidati bit će uvršteni na popis (reserve list).")
    assert detect_interview(event, ME) is None
    assert assess_event(event, ME).tier != "confident"


def test_a_laureates_recruitment_interview_is_still_found() -> None:
    event = _event("Recruitment interview – DG Environment (AD5 reserve list laureate)",
                   organizer="env-recruitment@ec-example.eu",
                   description="Following your inclusion on the reserve list, we invite you to an "
                               "interview for the post of policy officer with the Head of Unit.")
    assert detect_interview(event, ME) is not None


# ------------------------------------------------------------- the interview's papers

@pytest.mark.parametrize("title", ["Cetak CV berwarna + susun sijil asal untuk temuduga SPA",
                                   "Imbas sijil untuk temuduga",
                                   "ইন্টারভিউয়ের নথি স্ক্যান করা – টেট",
                                   "Scan certificates for the interview"])
def test_printing_or_scanning_the_papers_is_a_chore(title: str) -> None:
    assert is_chore(title, True)
    assert not is_chore(title, False)


# ------------------------------------------------------------------------ bad input

@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=600))
def test_any_text_never_raises(title: str, description: str) -> None:
    assert isinstance(seat_in_script(title, description), bool)
    assert isinstance(roster_step(title, description), bool)
