"""Interviews that are no job interview, and real ones worded like them (issue #15, round 2's
blind misses generalised): the look-alike vetoes, the selection-day steps, the hiring mailboxes
of other languages, and the stem gates in front of every new pattern."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect import (
    about_hiring,
    lookalikes,
    not_own_step,
    panel,
    practice,
    sides,
)
from interview_sync.core.detect.addresses import is_machine_address
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.confidence import assess_event

ME = "pat.lee@gmail.com"


def _event(summary: str, *, organizer: str = "hr@northwind-labs.com", location: str = "",
           description: str = "", guests: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    return {
        "id": "la1", "summary": summary, "description": description, "location": location,
        "start": {"dateTime": "2026-06-10T15:00:00-05:00"},
        "end": {"dateTime": "2026-06-10T16:00:00-05:00"},
        "organizer": {"email": organizer},
        "attendees": [{"email": ME, "self": True, "responseStatus": "accepted"},
                      *({"email": e, "displayName": n} for e, n in guests)],
    }


# ------------------------------------------------------------------ titles that veto

NOT_JOB_TITLES = [
    # immigration, citizenship
    "Naturalization interview – USCIS", "Citizenship interview & civics test",
    "Einbürgerungsgespräch – Landratsamt", "Entretien – préfecture (titre de séjour)",
    "Entrevista de asilo", "Visa interview – U.S. Embassy", "Entrevista consular",
    # school, parents, admissions
    "Parent-teacher interview – Grade 3 (Ms. Barnes)", "Elterngespräch mit Frau Kaiser",
    "Kita-Aufnahmegespräch", "Entretien avec la maîtresse de Léa", "Tienminutengesprek groep 5",
    "MBA admissions interview", "Colloquio con i genitori", "Reunión de padres – 3º B",
    # medical
    "Patient interview – sleep clinic", "Anamnesegespräch Dr. Weber", "Entrevista psicológica",
    # disciplinary, dismissal
    "Convocation – entretien préalable", "Disciplinary hearing – invitation",
    "Investigation meeting – grievance", "Anhörung zur Kündigung",
    "Audiencia previa – expediente disciplinario",
    # exit and annual reviews
    "Austrittsgespräch", "Exitgesprek met HR", "Entretien de départ", "Mitarbeitergespräch 2026",
    "Jahresgespräch", "Entretien annuel d'évaluation", "Entretien professionnel",
    "Entrevista de evaluación de desempeño", "Functioneringsgesprek",
    "Colloquio di valutazione annuale", "Annual appraisal interview",
    # coaching and practice
    "Interview coaching session with Maya", "Bewerbungstraining – Vorstellungsgespräch üben",
    "Entretien blanc", "Entrevista simulada", "Oefengesprek sollicitatie",
    "Simulazione colloquio di lavoro", "Practice interview w/ career coach",
    # fairs, media, research, sales
    "Infoveranstaltung: Bewerbungsgespräche erfolgreich führen", "Radio-Interview WDR 5",
    "Entretien pour la presse locale", "Entrevista para el periódico",
    "Customer story video – interview with Pat", "Nutzerinterview – Studie zur Banking-App",
    "Entretien utilisateur", "Product demo – Greenhouse Recruiting for Fabrikam",
    # the unemployment office, housing, adoption, exams, back at the current employer
    "Entretien Pôle emploi – suivi mensuel", "Beratungsgespräch Agentur für Arbeit",
    "Entretien France Travail", "Co-op board interview", "Adoption home study interview",
    "Scholarship interview – Rhodes Trust", "Return to work interview",
    "Rückkehrgespräch nach Krankheit", "Probezeitgespräch", "Thesis defence (viva) – interview panel",
    # round 3: a case at the user's employer, the press and the user's podcast, the hiring
    # side's admin, admissions with an alumnus, parents' meetings in Spanish and Japanese
    "HR Case 20417 – Interview", "Employee relations investigation – interview",
    "Interview with Pat – Daily Post profile", "Recording: interview with Sam Ortiz (ep. 12)",
    "Podcast episode 4 – interview", "Approve interview slots – Barista requisition",
    "Alumnus interview – college application", "Entrevista con la familia de Pablo",
    "Tutoría con padres – 1º ESO", "三者面談（3年2組）", "保護者面談", "個人面談（担任：山田先生）",
]


@pytest.mark.parametrize("title", NOT_JOB_TITLES)
def test_a_non_job_interview_title_is_vetoed(title: str) -> None:
    event = _event(title, guests=(("kim@northwind-labs.com", "Kim Ng"),))
    assert lookalikes.title_is_lookalike(title), title
    assert detect_interview(event, ME) is None
    assessed = assess_event(event, ME)
    assert assessed.tier == "below"
    assert "title_veto" in dict(assessed.evidence)


# The other way: real interviews whose words are close to a look-alike's.
JOB_TITLES = [
    "Interview – Immigration Paralegal – Baker & Lowe LLP",
    "Interview – Asylum Officer – USCIS",
    "Teacher interview – Maple Grove Public School",
    "Interview: Admissions Counselor – Riverside College",
    "Interview – Career Coach – Riverside College",
    "Vorstellungsgespräch – Erzieherin (m/w/d) – Kita Sonnenschein",
    "Interview – Patient Care Technician – Mercy Valley Hospital",
    "Vorstellungsgespräch – Mitarbeiter Kundenservice (m/w/d)",
    "Entretien d'embauche – Conseiller en évolution professionnelle",
    "Sales demo presentation – AE final round",
    "Phone screen – Visa Inc. – Software Engineer",
    "Entrevista – Enfermera – Clínica Santa Ana",
    "Vorstellungstermin – Sachbearbeiter Leistungen Jobcenter (m/w/d)",
    "Entretien – Conseiller emploi Pôle emploi (H/F)",
    "Interview – Loan Officer – First Harbor Bank",
    "Proceso de selección – Analista de datos",
    "Interview – HR Case Manager – Northwind Labs", "Interview – ER Case Manager – Northwind",
    "Phone screen – Alumni Relations Officer – Riverside College",
    "Interview – Feature Writer – Daily Post", "Entrevista – Tutora de FP – Academia Norte",
    "面接（担任教諭）– 北星学園",
]


@pytest.mark.parametrize("title", JOB_TITLES)
def test_a_job_interview_worded_like_a_look_alike_stays_one(title: str) -> None:
    event = _event(title, organizer="hr@northwind-labs.com",
                   guests=(("kim@northwind-labs.com", "Kim Ng"),))
    assert not lookalikes.title_is_lookalike(title), title
    found = detect_interview(event, ME)
    assert found is not None, title
    tier = assess_event(event, ME).tier
    if title in ASKED_ABOUT:
        assert tier != "below", title  # never silent; see ASKED_ABOUT
    else:
        assert tier == "confident", title


# Since round 14's refit, the learned words weigh "career" and "coach" against an interview (the
# coaching and careers-service look-alikes of rounds 13-15 hold them, and "Career Coach" is no
# head word the role vocabulary reads): a coaching job's interview is asked about, not drafted
# for. Written down in docs/detection.md ("What rounds 14 and 15 say"), not hidden.
ASKED_ABOUT = frozenset({"Interview – Career Coach – Riverside College"})


# ------------------------------------------------------------------ the place or the text


@pytest.mark.parametrize(("location", "description"), [
    ("Consulate General of Canada, 1251 Avenue of the Americas", "Bring your appointment letter."),
    ("U.S. Embassy Berlin, Clayallee 170", ""),
    ("USCIS Field Office, 630 Sansome St", ""),
    ("", "Your interview with your child's teacher. Please arrive early."),
    ("", "Entretien préalable à une éventuelle mesure de licenciement. Vous pouvez vous faire "
         "assister par une personne de votre choix."),
    ("", "Bitte bringen Sie Ihre Versichertenkarte mit."),
    ("", "Please bring your DS-160 confirmation page."),
])
def test_the_place_or_the_description_vetoes_even_an_explicit_title(
        location: str, description: str) -> None:
    event = _event("Interview", location=location, description=description)
    assert detect_interview(event, ME) is None
    assessed = assess_event(event, ME)
    assert assessed.tier == "below"
    assert "nonjob_context" in dict(assessed.evidence)


def test_a_job_at_an_embassy_stays_an_interview() -> None:
    event = _event("Interview", organizer="hr@usembassy-berlin.org",
                   location="U.S. Embassy Berlin, Clayallee 170",
                   guests=(("k.hall@usembassy-berlin.org", "Kim Hall"),),
                   description="Interview for the Locally Employed Staff position of Driver.")
    assert detect_interview(event, ME) is not None
    assert "nonjob_context" not in dict(assess_event(event, ME).evidence)


def test_a_clinic_interview_for_a_nurse_job_stays_one() -> None:
    event = _event("Interview – Registered Nurse", organizer="careers@valleymed.org",
                   description="Bring your health card? No: bring your nursing licence. "
                               "Interview for the Registered Nurse position.")
    assert detect_interview(event, ME) is not None


# ------------------------------------------------------------------ selection days


@pytest.mark.parametrize("title", [
    "Auswahltag Traineeprogramm 2027 – Hanse Logistik",
    "Assessment-Center – Nordbank",
    "Journée de recrutement – Conseiller clientèle",
    "Jornada de selección – Programa de Graduados",
    "Dinámica de grupo – Auxiliar administrativo",
    "Selectiedag traineeship",
    "Giornata di selezione – Graduate Program",
    "Probearbeit – Koch (m/w/d)",
    "Selection day – Graduate scheme",
    "Vorstellungstermin – Industriekaufmann (m/w/d)",
    "Proceso de selección – Analista de datos",
    "Interview – HR Case Manager – Northwind Labs", "Interview – ER Case Manager – Northwind",
    "Phone screen – Alumni Relations Officer – Riverside College",
    "Interview – Feature Writer – Daily Post", "Entrevista – Tutora de FP – Academia Norte",
    "面接（担任教諭）– 北星学園",
])
def test_a_selection_day_is_a_hiring_step(title: str) -> None:
    event = _event(title, organizer="trainee@hanse-logistik.de")
    found = detect_interview(event, ME)
    assert found is not None, title
    assert found.reasons[0].startswith("title says")


def test_recruit_in_other_languages_is_a_hint_the_hiring_mailbox_confirms() -> None:
    event = _event("RDV recrutement – Conseiller clientèle (H/F)",
                   organizer="recrutement@banqueazur.fr",
                   guests=(("c.martin@banqueazur.fr", "Claire Martin"),))
    event["organizer"]["displayName"] = "Banque Azur Recrutement"
    found = detect_interview(event, ME)
    assert found is not None and found.company == "Banque Azur"
    assert detect_interview(_event("RDV recrutement", organizer=ME), ME) is None


def test_a_german_trial_day_needs_the_employers_hiring_mailbox() -> None:
    title = "Hospitationstag – Pflegefachkraft"
    hiring = _event(title, organizer="bewerbung@klinikum-nord.de",
                    guests=(("s.wolf@klinikum-nord.de", "Sabine Wolf"),))
    assert detect_interview(hiring, ME) is not None
    # A child's trial day at a daycare, entered by the user: a weak hint with nothing behind it.
    own = _event("Probetag Kita Sonnenblume", organizer=ME)
    assert detect_interview(own, ME) is None


def test_a_look_alike_word_in_a_selection_day_description_does_not_veto_it() -> None:
    event = _event("Auswahltag – Hanse Logistik", organizer="trainee@hanse-logistik.de",
                   description="Wir laden Sie zu unserem Auswahltag für die Stelle im "
                               "Traineeprogramm ein.")
    assert detect_interview(event, ME) is not None


# ------------------------------------------------------------------ mailboxes


@pytest.mark.parametrize("local", ["bewerbung", "karriere", "seleccion", "recrutement", "rrhh",
                                   "werving", "drh", "empleo"])
def test_a_hiring_mailbox_of_another_language_is_support_not_an_interviewer(local: str) -> None:
    event = _event("Vorstellungsgespräch – Northwind Labs", organizer=f"{local}@northwind-labs.com",
                   guests=(("kim@northwind-labs.com", "Kim Ng"),), description="")
    found = detect_interview(event, ME)
    assert found is not None
    roles = {p.email: p.role for p in found.people}
    assert roles == {f"{local}@northwind-labs.com": "support", "kim@northwind-labs.com": "interviewer"}


@pytest.mark.parametrize("local", ["ne-pas-repondre", "nicht-antworten", "noresponder",
                                   "no-responder", "niet-beantwoorden", "nao-responda",
                                   "non-rispondere"])
def test_do_not_reply_in_other_languages_is_a_machine(local: str) -> None:
    assert is_machine_address(f"{local}@northwind-labs.com")
    assert not is_machine_address("nicht.kim@northwind-labs.com")


# ------------------------------------------------------------------ the stem gates


def _tables() -> list[tuple[str, str, lookalikes.FoldGated]]:
    gates = {"title": lookalikes.NONJOB_TITLE, "title4": lookalikes.NONJOB_TITLE_4,
             "title5": lookalikes.NONJOB_TITLE_4, "setting": lookalikes.NONJOB_SETTING, "context": lookalikes.NONJOB_CONTEXT,
             # round 6: ``practice``'s rows are searched with round 4's and the settings',
             # ``sides``' panel rows on their own
             "title6": lookalikes.NONJOB_TITLE_4, "setting6": lookalikes.NONJOB_SETTING,
             "panel": sides.PANEL_MEMBER, "title13": lookalikes.NONJOB_TITLE_4,
             "document": lookalikes.NONJOB_DOCUMENT, "title22": lookalikes.NONJOB_TITLE_4}
    tables = {"title": lookalikes._TITLE_TABLE, "title4": lookalikes._TITLE_TABLE_4,
              "title5": lookalikes._TITLE_TABLE_5, "setting": lookalikes._SETTING_TABLE, "context": lookalikes._CONTEXT_TABLE,
              "title6": practice.TITLE_TABLE_6, "setting6": practice.SETTING_TABLE_6,
              "panel": panel.PANEL_TABLE, "title13": about_hiring.TITLE_TABLE_13,
              "document": lookalikes._DOCUMENT_TABLE, "title22": not_own_step.TITLE_TABLE_22}
    return [(alt, name, gates[name]) for name, table in tables.items() for alt, _ in table]


ENTRIES = _tables()


@pytest.mark.parametrize(("alternative", "name", "gated"), ENTRIES,
                         ids=[f"{name}:{alt[:30]}" for alt, name, _ in ENTRIES])
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_the_gate_lets_through_whatever_an_alternative_matches(
        alternative: str, name: str, gated: lookalikes.FoldGated, data: st.DataObject) -> None:
    # ASCII text is what the gate decides alone (other text always goes to the pattern).
    # (An alternative written in another script, such as Japanese, has no ASCII match.)
    alphabet = st.characters() if not alternative.isascii() else data.draw(
        st.sampled_from([st.characters(max_codepoint=127), st.characters()]))
    matched = data.draw(st.from_regex(re.compile(alternative, re.IGNORECASE), fullmatch=True,
                                      alphabet=alphabet))
    assert gated.search(matched) is not None, (name, matched)
    text = data.draw(st.sampled_from(["", "Re: ", "Pat – ", "x"])) + matched + \
        data.draw(st.sampled_from(["", " - Northwind", "!", "e"]))
    assert (gated.search(text) is None) == (gated.pattern.search(text) is None), (name, text)


WORDS = sorted({w for alt, _, _ in ENTRIES for w in re.findall(r"[a-zäöüéèàçñóíáú'-]+", alt)
                if len(w) > 1} | {"the", "with", "interview", "Northwind", "-", "&"})


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(WORDS), max_size=7), st.sampled_from([" ", "", "\t", "\n"]))
def test_the_gates_agree_with_their_patterns_on_recombined_words(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for gated in (lookalikes.NONJOB_TITLE, lookalikes.NONJOB_TITLE_4,
                  lookalikes.NONJOB_SETTING, lookalikes.NONJOB_CONTEXT,
                  lookalikes.JOB_WORDS, sides.PANEL_MEMBER):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_the_gates_agree_with_their_patterns_on_any_text(text: str) -> None:
    # The gates also decide non-ASCII text: only dotless i and long s need folding.
    for gated in (lookalikes.NONJOB_TITLE, lookalikes.NONJOB_TITLE_4,
                  lookalikes.NONJOB_SETTING, lookalikes.NONJOB_CONTEXT, sides.PANEL_MEMBER):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@pytest.mark.parametrize("text", ["Entretien Préalable", "ENTRETIEN PRÉALABLE", "naturalıſation",
                                  "MAÎTRESSE", "entretien avec la MAÎTRESSE", "Télé-interview",
                                  "Mitarbeitergespräch", "MITARBEITERGESPRÄCH", "VİZE MÜLAKATI",
                                  "İŞKUR görüşmesi", "BÜYÜKELÇİLİK", "TŘÍDNÍ SCHŮZKA"])
def test_the_gates_agree_on_accents_and_odd_case(text: str) -> None:
    for gated in (lookalikes.NONJOB_TITLE, lookalikes.NONJOB_TITLE_4,
                  lookalikes.NONJOB_SETTING, lookalikes.NONJOB_CONTEXT):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@given(st.text(max_size=300), st.text(max_size=300))
def test_the_look_alike_checks_never_raise(title: str, description: str) -> None:
    assert isinstance(lookalikes.title_is_lookalike(title), bool)
    assert isinstance(lookalikes.context_is_lookalike(title, description), bool)


@pytest.mark.parametrize("piece", ["entretien ", "interview ", "anh", "parents ", "consul ",
                                   "a" * 3, "\u00e9" * 3, "-"])
def test_long_repetitive_text_gets_an_answer(piece: str) -> None:
    # Every alternative is a plain sequence: 20,000 characters of near-misses still end.
    text = piece * (20_000 // len(piece))
    assert lookalikes.title_is_lookalike(text) in (True, False)
    assert lookalikes.context_is_lookalike(text, text) in (True, False)


# ------------------------------------------------------------------ booking forms


def _booking(answer: str) -> dict[str, Any]:
    return _event("Pat Lee and Hannah Moss", organizer="hannah@oakridgepartners.com",
                  guests=(("hannah@oakridgepartners.com", "Hannah Moss"),),
                  description=f"Event Name: 30 Minute Meeting\n\n{answer}\n\nPowered by Calendly.com")


@pytest.mark.parametrize("answer", [
    "Which position are you interested in?: Associate, Corporate Finance",
    "What role are you applying for?: Senior Analyst",
])
def test_a_booking_form_answer_naming_the_position_is_the_candidates_meeting(answer: str) -> None:
    found = detect_interview(_booking(answer), ME)
    assert found is not None
    assert found.reasons[0].startswith("description says")


def test_a_booking_form_about_something_else_is_not() -> None:
    event = _booking("What would you like to discuss?: The quote for our kitchen renovation")
    assert detect_interview(event, ME) is None


def test_explain_names_the_words_behind_a_look_alike_veto() -> None:
    title = assess_event(_event("Parent-teacher interview – Grade 3"), ME)
    assert any("title_veto" in line and "'Parent-teacher'" in line for line in title.explain())
    place = assess_event(_event("Interview", location="Consulate General of Canada"), ME)
    assert any("nonjob_context" in line and "'Consulate'" in line for line in place.explain())
    # An interview's explanation names no veto words.
    job = assess_event(_event("Interview – Registered Nurse",
                              guests=(("kim@northwind-labs.com", "Kim Ng"),)), ME)
    assert job.tier == "confident" and job.phrases == ()


# ------------------------------------------------------------------ round 3: recall


@pytest.mark.parametrize("title", [
    "Spotkanie rekrutacyjne – Księgowa", "Pat Lee – 2nd stage – Warehouse Lead",
    "Interview: Junior Projektmanager (m/w/d)", "Interview – Sachbearbeiter*in Finanzen",
])
def test_other_hiring_words_and_job_ad_titles_are_confident(title: str) -> None:
    event = _event(title, organizer="recruiting@northwind-labs.com",
                   guests=(("kim@northwind-labs.com", "Kim Ng"),))
    assert detect_interview(event, ME) is not None, title
    assert assess_event(event, ME).tier == "confident", title


def test_a_hearing_is_a_hint_only_beside_a_job() -> None:
    job = _event("Hearing – Referent*in Stadtmarketing", organizer="personal@seeberg.gv.at",
                 description="Sie werden zu einem Hearing eingeladen.")
    assert assess_event(job, ME).tier != "below"
    other = _event("Hearing test – audiologist", organizer="desk@earclinic.example")
    assert detect_interview(other, ME) is None
    assert assess_event(other, ME).tier == "below"


# ------------------------------------------------------------------ round 3: the employer


@pytest.mark.parametrize("sender", ["no-reply@acme.fa.ocs.oraclecloud.com", "noreply@varbi.com",
                                    "no-reply@skillplanet.com"])
def test_an_ats_domain_is_never_the_employer(sender: str) -> None:
    event = _event("Interview – Financial Analyst – Ledgerstone Bank", organizer=sender,
                   guests=(("h.mbeki@ledgerstonebank.com", "Hugo Mbeki"),))
    found = detect_interview(event, ME)
    assert found is not None and found.company == "Ledgerstone Bank"


def test_a_staffing_firm_is_not_the_employer_the_invite_names() -> None:
    event = _event("Interview with Dunmore Pharmaceuticals – QA Associate",
                   organizer="kelly.ng@bachmanstaffing.com",
                   location="Dunmore Pharmaceuticals, 2200 Research Pkwy, Durham, NC",
                   guests=(("kelly.ng@bachmanstaffing.com", "Kelly Ng | Bachman Staffing"),))
    found = detect_interview(event, ME)
    assert found is not None and found.company == "Dunmore Pharmaceuticals"
    alone = _event("Interview – QA Associate", organizer="kelly.ng@bachmanstaffing.com")
    found = detect_interview(alone, ME)
    assert found is not None and found.company == "Bachmanstaffing"


@pytest.mark.parametrize("local", ["careerservices", "career.services", "career-center",
                                   "careercentre"])
def test_a_schools_career_office_is_not_a_person_to_thank(local: str) -> None:
    assert is_machine_address(f"{local}@gcsu.edu")
    assert not is_machine_address("careers@lakeshoreeng.com")  # the employer's hiring mailbox


def test_a_fold_gated_tables_whole_pattern_is_compiled_once_on_demand() -> None:
    # The whole alternation is not compiled at import (the daemon never searches it); asked
    # for, it is the table's alternatives in order, case-insensitive, and the same object after.
    table = (("\\bmock\\s+interview", "mock"), ("\\bvisa\\b", "visa"), ("\\bprep", ""))
    gated = lookalikes.FoldGated(table)
    assert gated._whole is None
    whole = gated.pattern
    assert whole.pattern == "\\bmock\\s+interview|\\bvisa\\b|\\bprep"
    assert whole.flags & re.IGNORECASE
    assert gated.pattern is whole
    assert gated.stems == ("", "mock", "visa")
    for text in ("Mock Interview", "VISA appointment", "prep", "lunch"):
        assert (gated.search(text) is None) == (whole.search(text) is None), text
