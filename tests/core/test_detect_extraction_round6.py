"""Round 6's extraction rules (issue #15): each rule with a case of its own wording (not the
corpus's) and a near miss it must leave alone. Names and companies invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.names import strip_capitalised_job
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.schedule import people_in
from interview_sync.core.detect.spelling import spells_stem
from interview_sync.core.detect.uncased import arabic_interviewers, cjk_interviewers

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import found, make_event, thanked

# -------------------------------------------------------------------------------- company

@pytest.mark.parametrize(("title", "organizer_name", "description", "company"), [
    # a name in its own script beats the romanised domain
    ("一次面接のご案内【株式会社こだま物産】", "こだま物産 採用担当", "", "こだま物産"),
    ("面试通知 – 销售代表", "星河电子 招聘组", "", "星河电子"),
    ("[면접 안내] 영업 – 주식회사 누리소프트", "누리소프트 채용팀", "", "주식회사 누리소프트"),
    # (since round 10 without "company" and its line of business, as a thank-you names it,
    # the way the Japanese form 株式会社 comes off)
    ("مقابلة عمل | شركة النور للتقنية", "الموارد البشرية", "", "النور"),
    ("Собеседование | ООО «Ладога Трейд»", "Отдел кадров", "", "Ладога Трейд"),
])
def test_a_company_in_its_own_script_is_named_as_written(
        title: str, organizer_name: str, description: str, company: str) -> None:
    event = make_event(title, organizer="hr@romanised-name.example.org",
                       organizer_name=organizer_name, description=description)
    assert found(event).company == company


def test_a_bulgarian_legal_form_after_the_name_marks_it() -> None:
    assert native_names("Интервю – Оператор | Витоша Маркет ЕООД", "", [])[0] == \
        ("Витоша Маркет", 3)


def test_a_latin_title_is_not_read_for_another_script() -> None:
    assert native_names("Interview – Analyst | Kestrel Foods", "Kestrel Foods is hiring.",
                        ["Kestrel Foods Careers"]) == []
    # "我公司" is the writer's own company, not a name
    assert native_names("面试通知", "经审核，您已通过我公司简历筛选。", []) == []
    # a Japanese subject line's bracket holding a date or the message's kind is no company
    assert native_names("【6月3日】【重要】面接のご案内", "", []) == []


@pytest.mark.parametrize(("title", "description", "company"), [
    ("Telephonic Interview – Data Clerk", "You booked this slot on Wrenfield Logistics's careers "
     "page.", "Wrenfield Logistics"),
    ("Video Interview – Barista", "Copperleaf Coffee has scheduled a video interview with you.",
     "Copperleaf Coffee"),
])
def test_an_interview_mode_is_never_the_company(title: str, description: str,
                                                company: str) -> None:
    event = make_event(title, organizer="no-reply@freshteam.com", organizer_name="Freshteam",
                       description=description)
    assert found(event).company == company


def test_a_department_or_field_is_never_the_company() -> None:
    event = make_event("On-campus interview: Brightmoor Bank – Audit Intern",
                       organizer="career.office@northfield.edu",
                       description="Employer: Brightmoor Bank. Interviewer: Jo Park (Audit "
                                   "Recruiting).")
    assert found(event).company == "Brightmoor Bank"


def test_an_interviewers_bracketed_employer_names_the_company_when_no_domain_does() -> None:
    event = make_event("Payroll Lead Interview", organizer="scheduling@candidate.fyi",
                       organizer_name="candidate.fyi",
                       description="Interviewer: Sam Ode, Head of Payroll (Quillon Freight)")
    assert found(event).company == "Quillon Freight"
    assert thanked(event) == {"Sam Ode"}  # the scheduling service is no one to thank


def test_a_tools_sender_named_for_the_employers_careers_names_the_company() -> None:
    event = make_event("Interview for Claims Analyst (3310)",
                       organizer="no-reply@dunmore.fa.oraclecloud.com",
                       organizer_name="Dunmore Assurance Careers")
    assert found(event).company == "Dunmore Assurance"
    bare = make_event("Interview for Claims Analyst (3310)",
                      organizer="no-reply@dunmore.fa.oraclecloud.com", organizer_name="Oracle")
    assert found(bare).company is None


def test_a_legal_form_does_not_stop_a_name_agreeing_with_its_domain() -> None:
    event = make_event("Mülakat – Satış Uzmanı | Deniz Gıda A.Ş.", organizer="ik@denizgida.com.tr",
                       organizer_name="Deniz Gıda İnsan Kaynakları")
    assert found(event).company == "Deniz Gıda"


def test_a_council_domain_may_leave_out_its_qualifier() -> None:
    assert spells_stem("Ashcombe District Council", ["ashcombecouncil"])
    assert spells_stem("Ashcombe Borough Council", ["ashcombecouncil"])
    # ... only inside the name: "District" alone is no spelling of it
    assert not spells_stem("District Council", ["ashcombecouncil"])
    event = make_event("Panel interview – Grants Assistant",
                       organizer="recruitment@ashcombecouncil.gov.uk",
                       organizer_name="Ashcombe District Council Recruitment")
    assert found(event).company == "Ashcombe District Council"


# --------------------------------------------------------------------------------- people

@pytest.mark.parametrize(("text", "name", "job"), [
    ("Shift Supervisor Andre Collins", "Andre Collins", "Shift Supervisor"),
    ("Head of Communities Sean Duffy", "Sean Duffy", "Head of Communities"),
    ("Dean Mark Olsen", "Mark Olsen", "Dean"),
    # ... and what is no job before a name
    ("Dean Smith", "Dean Smith", None),
    ("Director of Finance Operations", "Director of Finance Operations", None),
    ("Ana de la Cruz", "Ana de la Cruz", None),
])
def test_a_capitalised_job_before_a_name_is_its_title(text: str, name: str,
                                                      job: str | None) -> None:
    assert strip_capitalised_job(text) == (name, job)


def test_a_panel_list_keeps_a_second_member_after_a_job() -> None:
    assert [d.name for d in people_in("Cllr Ann Reid, Head of Housing Tom Vale and an HR "
                                      "adviser")] == ["Ann Reid", "Tom Vale"]
    # a job after a name is still that person's title
    assert [(d.name, d.title) for d in people_in("Ann Reid, Head of Housing")] == \
        [("Ann Reid", "Head of Housing")]


@pytest.mark.parametrize(("text", "names"), [
    ("La entrevista será ante un tribunal presidido por el Dr. Julio Moreno (Director).",
     {"Julio Moreno"}),
    ("The interview panel is chaired by Prof. Helen Marsh.", {"Helen Marsh"}),
    ("Собеседование проведёт финансовый директор Олег Петров.", {"Олег Петров"}),
    ("Интервюто ще проведе управителят Иван Колев.", {"Иван Колев"}),
    ("Pewawancara: Ibu Sari Wulandari (Kepala HR).", {"Sari Wulandari"}),
    ("Người phỏng vấn: Bà Trần Thị Mai, Trưởng phòng.", {"Trần Thị Mai"}),
    ("Kontaktní osoba: Jana Malá, personalistka.", {"Jana Malá"}),
    ("Contact person: Mr. Vikram Rao, HR Executive (+91 98200 11111).", {"Vikram Rao"}),
    ("Rozmowę przeprowadzą kierownik sklepu Marek Zając oraz Ewa Wrona.",
     {"Marek Zając", "Ewa Wrona"}),
    # a Slavic "with" takes the instrumental; the name is thanked in the nominative
    ("Čeká vás pohovor s vedoucím skladu Tomášem Krejčím.", {"Tomáš Krejčí"}),
    ("Czeka Pana rozmowa z kierowniczką Martą Kowalską.", {"Marta Kowalska"}),
    ("Вас ждёт собеседование с руководителем отдела Ниной Орловой.", {"Нина Орлова"}),
    ("Wawancara dengan Bapak Hendra Gunawan (Manajer Gudang).", {"Hendra Gunawan"}),
    # a vowel the nominative keeps: "Pavlem" is Pavel, "Markem" Marek; "Petrem" stays Petr
    ("Pohovor s ředitelem Pavlem Svobodou.", {"Pavel Svoboda"}),
    ("Pohovor s Markem Dvořákem a Petrem Malým.", {"Marek Dvořák", "Petr Malý"}),
    ("Pohovor povedie riaditeľ Ján Hudák.", {"Ján Hudák"}),
    ("Your recruiter Alex Moreau will call you on Monday.", {"Alex Moreau"}),
    # ... and the near misses
    ("Contact: reception, ground floor.", set()),
    ("La reunión será presidida por la dirección.", set()),
    ("Pohovor s námi proběhne online.", set()),
])
def test_interviewers_named_in_the_body_in_more_languages(text: str, names: set[str]) -> None:
    assert {d.name for d in mentioned_people(text)} == names


@pytest.mark.parametrize(("text", "names"), [
    ("面接官：代表取締役社長 村田、常務取締役 川口", ["村田", "川口"]),
    ("面接官は営業部長の吉岡です。", ["吉岡"]),
    ("面试官：人事经理 周敏。", ["周敏"]),
    ("如有疑问，请联系：人力资源部 何静 138-1111-2222。", ["何静"]),
    ("担当：総務部 上田", ["上田"]),
    ("面接担当：人事部 佐々木", ["佐々木"]),
    ("面接官：みどり保育園 園長 桑原", ["桑原"]),
    # ... and a label with nobody behind it
    ("面接官：当日お知らせします", []),
    ("联系人：138-1111-2222", []),
])
def test_cjk_titles_compound_and_contacts(text: str, names: list[str]) -> None:
    assert [d.name for d in cjk_interviewers(text)] == names


def test_arabic_names_after_an_honorific_past_the_greeting() -> None:
    text = "السيد أحمد، يسرنا دعوتكم لمقابلة مع المهندسة ريم الشمري (مديرة المشاريع)."
    assert [d.name for d in arabic_interviewers(text)] == ["ريم الشمري"]
    assert arabic_interviewers("السيدة Pat Lee، يسرنا دعوتكم") == []
    assert arabic_interviewers("نص قصير. مرحباً السيد باسل حداد، يسرنا دعوتكم") == []
    assert arabic_interviewers("Interview with Dr. Reem") == []


def test_a_hiring_mailbox_in_the_body_beside_visible_interviewers_is_thanked() -> None:
    guests = (("lena.berg@fjallvik.se", "Lena Berg"),)
    event = make_event("Intervju – Lagerchef | Fjällvik AB", organizer="no-reply@freshteam.com",
                       guests=guests, description="Intervjuare: Lena Berg. Frågor? "
                                                  "rekrytering@fjallvik.se")
    assert thanked(event) == {"lena.berg@fjallvik.se", "rekrytering@fjallvik.se"}
    # a service mailbox, or one at another domain, is not
    other = make_event("Intervju – Lagerchef | Fjällvik AB", organizer="no-reply@freshteam.com",
                       guests=guests, description="Intervjuare: Lena Berg. Frågor? "
                                                  "hjalp@freshteam-support.example")
    assert thanked(other) == {"lena.berg@fjallvik.se"}


def test_a_hiring_team_mailbox_in_another_language_is_support_so_the_body_is_read() -> None:
    event = make_event("面接予約（営業職）", organizer="saiyo@kodama-bussan.co.jp",
                       organizer_name="こだま物産 採用担当",
                       guests=(("saiyo@kodama-bussan.co.jp", "こだま物産 採用担当"),),
                       description="面接官：営業部 課長 長谷川")
    assert thanked(event) == {"saiyo@kodama-bussan.co.jp", "長谷川"}


def test_a_linked_coordinator_is_thanked_when_the_list_shows_only_recruiters() -> None:
    body = ("<div>Interviewer: Ines Moll, Talent Partner</div><div>Questions? <a href=\"mailto:"
            "r.tan@larchwood.com\">Ray Tan</a>, Recruiting Coordinator</div>")
    event = make_event("Phone screen – Larchwood", organizer="recruiting@larchwood.com",
                       guests=(("i.moll@larchwood.com", "Ines Moll"),), description=body)
    assert "r.tan@larchwood.com" in thanked(event)


def test_a_schools_career_office_is_not_thanked() -> None:
    event = make_event("On-campus interview: Brightmoor Bank – Audit Intern",
                       organizer="careers@northfield.edu", organizer_name="Career Center",
                       description="Interviewer: Jo Park, Audit Manager.")
    assert thanked(event) == {"Jo Park"}
    # the employer's own careers mailbox is
    own = make_event("Interview – Audit Intern", organizer="careers@brightmoorbank.com",
                     organizer_name="Brightmoor Bank Careers",
                     description="Interviewer: Jo Park, Audit Manager.")
    assert "careers@brightmoorbank.com" in thanked(own)


def test_a_panel_list_that_names_a_guest_names_the_rest_of_the_panel() -> None:
    guests = (("m.ito@quarrybank.example.org", "Mika Ito"),)
    event = make_event("Interview – Risk Analyst", organizer="talent@quarrybank.example.org",
                       guests=guests, description="Your panel: Mika Ito (Head of Risk), Leo "
                                                  "Brandt (Credit Lead).")
    assert thanked(event) == {"m.ito@quarrybank.example.org", "talent@quarrybank.example.org",
                              "Leo Brandt"}
    # a list that names none of the guests may be stale: not read
    stale = make_event("Interview – Risk Analyst", organizer="talent@quarrybank.example.org",
                       guests=guests, description="Your panel: Ada Roy (Head of Risk), Leo "
                                                  "Brandt (Credit Lead).")
    assert thanked(stale) == {"m.ito@quarrybank.example.org", "talent@quarrybank.example.org"}
