"""Round 14's extraction rules (issue #15), each a class with its own wording and a near miss:
a board's members named by their seat (tribunal, júri, jury, panel) in several languages, a
substitute not thanked; a Portuguese nurse's title, a German physician's post and degree, a
courtesy title after a capitalised noun, Korean clinic posts; a format, a board or a crew alone
is no employer, nor is a test or video tool (the segment after it is), nor a clock time."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, invite
from extraction_check import company_and_people as _found
from extraction_check import names_of as _names

from interview_sync.core.detect.company_names import acceptable
from interview_sync.core.detect.mentions import mentioned_people, titled_people
from interview_sync.core.detect.names import strip_courtesy_titles
from interview_sync.core.detect.native import native_names
from interview_sync.core.detect.people_lines import meet_sentences
from interview_sync.core.detect.schedule import people_in
from interview_sync.core.detect.seats import seated_people
from interview_sync.core.detect.uncased import cjk_interviewers

_event = invite


# ------------------------------------------------------------------ a board's seats name its members
def test_a_spanish_tribunal_by_its_seats() -> None:
    text = ("Comisión de selección. Presidente: D. Julián Ortega Vela; Vocal: Dña. Rocío Marín y "
            "D. Pablo Soler; Secretaria: Dª Inés Calvo. Traiga el DNI.")
    assert _names(seated_people(text)) == ["Julián Ortega Vela", "Rocío Marín", "Pablo Soler", "Inés Calvo"]


def test_a_seat_straight_before_a_courtesy_title() -> None:
    text = "Tribunal: Presidente Sr. Tomás Prieto; Secretaria Sra. Lidia Vera."
    assert _names(seated_people(text)) == ["Tomás Prieto", "Lidia Vera"]


def test_a_portuguese_juri_with_ordinals_and_nurses_titles() -> None:
    text = ("Júri do procedimento: Presidente – Enf.º Carlos Pinto; 1.º Vogal efetivo – Enf.ª Rita Sousa; "
            "2.º Vogal efetivo – Enf. Nuno Reis; 1.º Vogal suplente – Enf.ª Ana Leite.")
    assert _names(seated_people(text)) == ["Carlos Pinto", "Rita Sousa", "Nuno Reis"]


def test_english_and_french_boards() -> None:
    assert _names(seated_people("Interview board. Chair: Gwen Forde; Members: Ravi Shah and Lucy Tan; "
                                "Alternate member: Joe Pike.")) == ["Gwen Forde", "Ravi Shah", "Lucy Tan"]
    assert _names(seated_people("Jury – Présidente du jury : Mme Odile Caron ; membre : M. Rémi Blanc.")) \
        == ["Odile Caron", "Rémi Blanc"]


def test_seat_words_without_a_board_name_nobody() -> None:
    # near misses: one seat and no board ("Our president: ..."), furniture, a lone first name
    assert seated_people("Our president: Ann Lee founded the firm in 1990.") == []
    assert seated_people("Chair: bring your own. Table: provided.") == []
    assert seated_people("Panel. Chair: Gwen") == []


def test_the_tribunal_is_thanked_with_the_hiring_mailbox() -> None:
    event = _event("Entrevista personal – Proceso selectivo Auxiliar Administrativo",
                   {"email": "rrhh@aytosierralta.es", "displayName": "Ayuntamiento de Sierralta – RR. HH."},
                   description="Tribunal calificador: Presidente D. Mario Gil Serra; Vocal Dña. Eva Ruiz; "
                               "Secretario D. Óscar Lara. Acuda con DNI.")
    assert _found(event)[1] == ["Eva Ruiz", "Mario Gil Serra", "rrhh@aytosierralta.es", "Óscar Lara"]


def test_a_portuguese_nurses_title_is_a_courtesy_title() -> None:
    assert strip_courtesy_titles("Enf.ª Marta Reis e Enf.º João Lima") == "Marta Reis e João Lima"
    # near miss: "Enfermagem" is a word, not a title
    assert strip_courtesy_titles("Enfermagem Geral") == "Enfermagem Geral"


# ------------------------------------------------- interviewers a job or a courtesy title marks
def test_a_german_physicians_post_and_degree_mark_the_person() -> None:
    assert strip_courtesy_titles("Chefarzt Dr. med. Rainer Vogt und Dr. rer. nat. Eva Gross") \
        == "Chefarzt Rainer Vogt und Eva Gross"
    assert _names(titled_people("Gespräch bei Chefärztin Prof. Dr. Anke Roth, danach Rundgang.")) \
        == ["Anke Roth"]
    # near miss: the word alone, no name after it
    assert titled_people("Bitte bringen Sie Ihr Arztdiplom mit.") == []


def test_a_courtesy_title_after_a_capitalised_noun_still_marks_the_name() -> None:
    assert _names(titled_people("Einweisung durch unsere Mitarbeiterin Frau Yvonne Lenz.")) == ["Yvonne Lenz"]
    # near miss: capitalised nouns with no title or job before a name
    assert titled_people("Bitte Kittel und Namensschild Mitbringen Sie Unterlagen.") == []


def test_korean_clinic_posts_are_titles_not_names() -> None:
    assert _names(cjk_interviewers("면접관: 간호부장 김미정, 수간호사 이선영")) == ["김미정", "이선영"]
    assert _names(cjk_interviewers("면접관: 책임간호사 박지현")) == ["박지현"]


# -------------------------------------------------------------- what is never the employer
def test_a_format_a_board_or_a_crew_alone_is_no_employer() -> None:
    for word in ("Group", "Cabin Crew", "Chair", "Search Committee", "Member Service Rep", "Flyout"):
        assert not acceptable(word, [])
    # near misses: a name with another word is a name
    for name in ("Grupo La Marea", "Crew Clothing", "Chair Works Ltd", "Haven & Pine"):
        assert acceptable(name, [])


def test_a_tool_is_never_the_employer_and_the_next_segment_is() -> None:
    assert not acceptable("Karat", []) and not acceptable("Codility", [])
    for title, company in (("Codility test – Apexa screening (90 min, 3 problems)", "Apexa"),
                           ("Willo one-way interview – Harbor & Lane (Ops Coordinator)", "Harbor & Lane"),
                           ("Karat – Arden Pay technical screen", "Arden Pay")):
        event = _event(title, {"email": ME, "self": True})
        assert _found(event)[0] == company


def test_a_clock_time_is_no_employer() -> None:
    assert not any(acceptable(t, []) for t in ("5pm", "14h", "9 Uhr", "10:30"))
    assert acceptable("3M", []) and acceptable("Studio 54", [])


# ------------------------------------------------------- a name against the domain it spells
def test_a_possessive_the_domain_spells_is_the_names_own() -> None:
    event = _event("Seasonal hiring – group interview – Corrigan's",
                   {"email": "jobs@corrigans.com", "displayName": "Jobs"})
    assert _found(event)[0] == "Corrigan's"
    event = _event("Phone screen – Unit Clerk – St. Agatha's (recruiter)",
                   {"email": "talent@stagathashealth.org", "displayName": "Talent"})
    assert _found(event)[0] == "St. Agatha's"
    # near miss: a possessive the domain does not spell is cut ("Tidewell's hiring team")
    event = _event("Interview – Analyst", {"email": "talent@tidewell.io", "displayName": "Talent"},
                   description="You picked this slot from Tidewell's hiring page.")
    assert _found(event)[0] == "Tidewell"


def test_an_elided_article_and_a_display_name_in_the_domains_other_order() -> None:
    # the business's display name spells the hyphenated domain in another order: a business
    event = _event("Colloquio – Cameriere – Osteria Il Ponte d'Oro",
                   {"email": "lavoro@pontedoro-osteria.it", "displayName": "Osteria Il Ponte d'Oro"})
    assert _found(event)[0] == "Osteria Il Ponte d'Oro"


# --------------------------------------------------- a visit's schedule with a guest in one row
def _visit(description: str) -> dict[str, Any]:
    return _event("Campus Visit – Assistant Professor of History",
                  {"email": "histsearch@larkspur.edu", "displayName": "History Search Committee"},
                  [{"email": "histsearch@larkspur.edu", "displayName": "History Search Committee"},
                   {"email": "j.oduya@larkspur.edu", "displayName": "Joy Oduya"}],
                  description=description)


def test_a_timed_schedule_with_a_guest_in_a_row_brings_its_other_rows() -> None:
    people = _found(_visit("8:00 Breakfast with Joy Oduya (search chair)\n10:00 Meeting with Dean Tom Ash\n"
                           "12:00 Lunch with graduate students\n2:00 Provost (Dr. Nora Quint)"))[1]
    assert people == ["Nora Quint", "Tom Ash", "histsearch@larkspur.edu", "j.oduya@larkspur.edu"]


def test_a_schedule_that_names_no_guest_stays_out() -> None:
    # near miss: a visible guest list and a timed schedule naming none of the guests (stale)
    people = _found(_visit("8:00 Breakfast with Rob Penn\n10:00 Meeting with Dean Tom Ash"))[1]
    assert people == ["histsearch@larkspur.edu", "j.oduya@larkspur.edu"]


def test_a_post_then_its_holder_in_brackets() -> None:
    assert _names(people_in("breakfast with Chair (Dr. Paul Serrano)")) == ["Paul Serrano"]
    assert _names(people_in("Kim Ng (Head Chef)")) == ["Kim Ng"]
    assert people_in("lunch with Faculty (Room 210)") == []


# ------------------------------------------------ whom the sender's text says the candidate meets
def test_the_senders_own_invite_names_whom_the_candidate_meets() -> None:
    event = _event("Second interview – Operations Lead",
                   {"email": "r.kahn@fernleaf.io", "displayName": "Rana Kahn"},
                   [{"email": "r.kahn@fernleaf.io", "displayName": "Rana Kahn"}],
                   description="You will meet our COO, Jonah Price, and Lena Ortiz from finance. "
                               "Looking forward to seeing you at Fernleaf, Main Street. Best, Rana")
    assert _found(event)[1] == ["Jonah Price", "Lena Ortiz", "r.kahn@fernleaf.io"]


def test_a_guest_list_with_an_interviewer_keeps_the_text_out() -> None:
    # near miss: another guest (an interviewer) is invited; a name only the text gives may be stale
    event = _event("Second interview – Operations Lead",
                   {"email": "r.kahn@fernleaf.io", "displayName": "Rana Kahn"},
                   [{"email": "r.kahn@fernleaf.io", "displayName": "Rana Kahn"},
                    {"email": "j.price@fernleaf.io", "displayName": "Jonah Price"}],
                   description="You will meet Lena Ortiz from finance.")
    assert _found(event)[1] == ["j.price@fernleaf.io", "r.kahn@fernleaf.io"]


def test_apprenticeship_and_placement_mailboxes_list_no_interviewer() -> None:
    event = _event("Probearbeiten Ausbildung Tischler/in",
                   {"email": "ausbildung@holzwerk-brandl.de", "displayName": "Holzwerk Brandl"},
                   [{"email": "ausbildung@holzwerk-brandl.de", "displayName": "Holzwerk Brandl"}],
                   description="Einweisung durch unseren Meister Herrn Tobias Brandl.")
    assert _found(event)[1] == ["Tobias Brandl", "ausbildung@holzwerk-brandl.de"]


def test_our_recruiters_in_the_plural() -> None:
    names = _names(mentioned_people("Our recruiters Farah Idris and Leon Marsh will present the role."))
    assert names == ["Farah Idris", "Leon Marsh"]


def test_a_guest_whose_display_name_carries_a_job_or_a_title_is_thanked_once() -> None:
    event = _event("Panel Interview – Charge Nurse – Harbourview Health",
                   {"email": "recruit@harbourviewhealth.org", "displayName": "Harbourview Recruitment"},
                   [{"email": "cno@harbourviewhealth.org", "displayName": "Ada Flynn, CNO"},
                    {"email": "dr.okoro@harbourviewhealth.org", "displayName": "Dr Ben Okoro"}],
                   description="Panel: Ada Flynn (CNO) and Dr Ben Okoro (Medical Director), Rui Costa (Charge Nurse).")
    assert _found(event)[1] == ["Rui Costa", "cno@harbourviewhealth.org", "dr.okoro@harbourviewhealth.org",
                                "recruit@harbourviewhealth.org"]


def test_the_sender_says_who_will_meet_the_candidate() -> None:
    event = _event("Working interview – Dental Assistant",
                   {"email": "office@maplegrovedental.com", "displayName": "Maple Grove Dental"},
                   [{"email": "office@maplegrovedental.com", "displayName": "Maple Grove Dental"}],
                   description="Office manager Gina Holt will meet you at 7:45.")
    assert _found(event)[1] == ["Gina Holt", "office@maplegrovedental.com"]


# ------------------------------------------------------------ names in their own script
def test_a_korean_hiring_teams_words_and_a_medical_centre() -> None:
    assert native_names("", "", ["한울의료원 인재채용"])[0][0] == "한울의료원"
    assert native_names("한울의료원 간호직 면접", "", [])[0][0] == "한울의료원"


def test_a_japanese_clinic_in_brackets() -> None:
    assert native_names("看護師 面接（みどり坂クリニック）", "", [])[0][0] == "みどり坂クリニック"
    # near miss: the bracket holds no institution's ending
    assert native_names("看護師 面接（午後）", "", []) == []


def test_the_sentence_around_a_meeting_cue_is_read_outwards() -> None:
    text = "Thanks for applying. In this round you will meet Jo Park and Al Reyes. Bring ID.\nBest"
    assert meet_sentences(text) == " In this round you will meet Jo Park and Al Reyes"
    # a text without a full stop or a cue gives nothing (and is read once, not from each position)
    assert meet_sentences("日本語 English Русский " * 500) == ""
