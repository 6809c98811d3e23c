"""Round 4 extraction rules (issue #15), each tested both ways: the employer a glued or
shortened domain spells, public bodies, civic buildings, legal forms, platform senders; and the
interviewers an invite names only in its text, in each language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from interview_sync.core.detect.addresses import (
    is_agency_domain,
    is_tool_domain,
    registrable_label,
)
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.schedule import people_in, strip_courtesy_titles
from interview_sync.core.detect.signature import signer
from interview_sync.core.detect.spelling import spelled_phrases, spells_by_words, squash

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, found, make_event, thanked

# ------------------------------------------------------------------------------ the employer

@pytest.mark.parametrize(("words", "stem", "expected"), [
    ("Landkreis Wendelstein", "lkwendelstein", True),       # "LK" for Landkreis
    ("Kestrel Borough Council", "kestrelbc", True),         # initials after the name
    ("Coastal Credit Union", "coastalcu", True),
    ("Ayuntamiento de Villanueva", "aytovillanueva", True),  # connector left out
    ("Swan Heath Shire Council", "swhshire", True),          # the body's kind left out
    ("Grupo Ortiz Valverde", "grupoortizvalverde", True),
    # ... not a spelling: a word the domain does not spell, no full word, a different name
    ("Kestrel Borough Council Recruitment", "kestrelbc", False),
    ("Northwind Traders", "northwind", False),
    ("Kim Ng", "kng", False),
    ("New Horizons", "northwind", False),
    ("Tidewater Coordinator", "tidewater", False),
])
def test_a_domain_spells_a_name_by_its_words_in_full_or_shortened(
        words: str, stem: str, expected: bool) -> None:
    assert spells_by_words(words.split(), stem) is expected


def test_a_phrase_spelling_the_domain_is_found_but_not_the_domain_itself() -> None:
    text = "Gracias por tu interés en Grupo Ortiz Valverde. Web: grupoortizvalverde.es"
    assert spelled_phrases(text, ["grupoortizvalverde"]) == ["Grupo Ortiz Valverde"]
    assert spelled_phrases("Visit grupoortizvalverde.es or mail rrhh@grupoortizvalverde.es",
                           ["grupoortizvalverde"]) == []
    assert spelled_phrases("Case interview - McKinley & Partners", ["mckinley"]) == []


def test_accents_fold_as_domains_spell_them() -> None:
    assert squash("Ferretería Olmedo") == "ferreteriaolmedo"
    assert squash("Fjällby kommun") == "fjallbykommun"
    assert squash("St. Luke's") == "stlukes"


@pytest.mark.parametrize(("title", "organizer", "organizer_name", "description", "location",
                          "company"), [
    # a glued domain: the description spells the name
    ("Entrevista – Responsable de Compras", "marta.gil@grupoortizvalverde.es", "Marta Gil",
     "Gracias por tu interés en el puesto de Grupo Ortiz Valverde.", "", "Grupo Ortiz Valverde"),
    # ... and where nothing spells it, the domain as before
    ("Entrevista – Responsable de Compras", "marta.gil@grupoortizvalverde.es", "Marta Gil",
     "Gracias por tu interés en el puesto.", "", "Grupo Ortizvalverde"),
    # a shortened public body's domain and its full name in the sender's display name
    ("Auswahlgespräch – Sachbearbeitung Bauordnung", "personal@lk-wendelstein.de",
     "Landkreis Wendelstein – Personal", "", "", "Landkreis Wendelstein"),
    ("Interview – Waste Services Officer", "recruitment@kestrelbc.gov.uk",
     "Kestrel Borough Council Recruitment", "", "", "Kestrel Borough Council"),
    # Austria's government domains end in gv.at
    ("Hearing – Referent*in Stadtmarketing", "personal@seeberg.gv.at",
     "Stadt Seeberg – Personalabteilung", "", "", "Stadt Seeberg"),
    # the location's first words spell the domain's name; a civic building names no employer
    ("Interview – Fleet Coordinator", "j.whitaker@ashgrovehaulage.co.uk",
     "James Whitaker", "", "Ashgrove Haulage depot, Unit 4 Riverside Park", "Ashgrove Haulage"),
    ("Intervju – Handläggare – Fjällby kommun", "noreply@varbi.com", "Fjällby kommun via Varbi",
     "", "Kommunhuset, Storgatan 5, Fjällby", "Fjällby kommun"),
    ("Intervju – Handläggare", "k.lund@nordljuskonsult.se", "Karin Lund",
     "", "Nordljus Konsult, Storgatan 5", "Nordljus Konsult"),
    # a sending platform's no-reply domain yields to the name the title states ...
    ("Structured Interview – Planning Technician II – City of Brookhaven",
     "no-reply@govassess.com", "GovAssess", "Your structured interview is scheduled.", "",
     "City of Brookhaven"),
    # ... but a no-reply address at the employer still names it when nothing else does
    ("Interview – Planning Technician II", "no-reply@brookhavencity.org", "",
     "Your structured interview is scheduled.", "", "Brookhavencity"),
    # a legal form is left off; a name that only starts with one keeps it
    ("Interview – Leitung Controlling – Hagemann Maschinenbau", "c.brandt@falkner-personalberatung.de",
     "Clara Brandt", "", "Hagemann Maschinenbau GmbH, Industriestraße 12", "Hagemann Maschinenbau"),
    ("Interview – Data Analyst – AG Barr", "", "", "", "", "AG Barr"),
])
def test_the_employer_named_as_written(title: str, organizer: str, organizer_name: str,
                                       description: str, location: str, company: str) -> None:
    event = make_event(title, organizer=organizer, organizer_name=organizer_name,
                       guests=((organizer, organizer_name),) if organizer else (),
                       description=description, location=location)
    assert found(event).company == company


def test_government_domains_of_austria_are_named_by_their_body() -> None:
    assert registrable_label("seeberg.gv.at") == "seeberg"
    assert registrable_label("mail.seeberg.at") == "seeberg"


def test_a_planning_job_is_no_planning_meeting() -> None:
    job = make_event("Interview – Planning Technician II", organizer="hr@brookhaven.org",
                     guests=(("hr@brookhaven.org", "HR"),))
    assert detect_interview(job, ME) is not None
    meeting = make_event("Sprint planning", organizer="kim@brookhaven.org",
                         guests=(("kim@brookhaven.org", "Kim"),))
    assert detect_interview(meeting, ME) is None


# ------------------------------------------------------------------- people in the text

@pytest.mark.parametrize(("text", "names"), [
    ("During the interview you'll meet with Grace Liu (General Manager) and Devon Price "
     "(Executive Chef). Please ask for Grace at the host stand.", {"Grace Liu", "Devon Price"}),
    ("Panel chair: Deborah Kline", {"Deborah Kline"}),
    ("This confirms your interview on Thursday, June 11 at 8:30 AM with Luis Herrera, "
     "Distribution Center Manager.", {"Luis Herrera"}),
    ("Ihre Gesprächspartner sind Frau Dr. Anna Keller (Bereichsleitung Finanzen) und Herr Jonas "
     "Weber (Personalreferent).", {"Anna Keller", "Jonas Weber"}),
    ("Ich melde mich vorab. Sie sprechen mit Herrn Thomas Hagemann (Geschäftsführer).",
     {"Thomas Hagemann"}),
    ("Vous serez reçu par Mme Claire Dubois, responsable des ressources humaines, et M. Hugo "
     "Martin, chef d'atelier.", {"Claire Dubois", "Hugo Martin"}),
    ("Vous rencontrerez Julien Mercier, Lead Developer, qui vous présentera l'équipe.",
     {"Julien Mercier"}),
    ("¡Hola! Te entrevistará Andrés Castillo (Líder de Soporte).", {"Andrés Castillo"}),
    ("A entrevista será conduzida por Ana Ribeiro (Gestora de RH) e Pedro Alves (Diretor).",
     {"Ana Ribeiro", "Pedro Alves"}),
    ("Il colloquio sarà condotto da Marco Ferri (produzione) ed Elena Conti (risorse umane).",
     {"Marco Ferri", "Elena Conti"}),
    ("Het gesprek wordt gevoerd door de selectiecommissie: Anouk de Vries (manager), Ruben "
     "Bakker (medewerker) en Ilse Jansen (adviseur).", {"Anouk de Vries", "Ruben Bakker",
                                                        "Ilse Jansen"}),
    ("Intervjuare: Karin Lund (enhetschef) och Johan Ek (HR-partner).", {"Karin Lund", "Johan Ek"}),
    ("Intervjuet gjennomføres av Kari Nilsen (enhetsleder) og Ola Berg (tillitsvalgt).",
     {"Kari Nilsen", "Ola Berg"}),
    # ... and sentences with the same words that name nobody
    ("You'll meet the team and see our office.", set()),
    ("Please ask for directions at reception.", set()),
    ("Sie sprechen mit uns über Ihre Erfahrung.", set()),
    ("Vous rencontrerez l'équipe du service client.", set()),
    ("Your interview will be in our Berlin office.", set()),
])
def test_people_the_prose_says_the_candidate_meets(text: str, names: set[str]) -> None:
    assert {d.name for d in mentioned_people(text)} == names


def test_courtesy_titles_go_but_names_that_start_alike_stay() -> None:
    assert strip_courtesy_titles("Frau Dr. Anna Keller und Herr Jonas Weber") == \
        "Anna Keller und Jonas Weber"
    assert strip_courtesy_titles("Drew Barrymore and Frauke Herrmann") == \
        "Drew Barrymore and Frauke Herrmann"


def test_a_comma_inside_brackets_keeps_one_person() -> None:
    names = [d.name for d in people_in("Helen Marsh (Service Manager), Paul Grant (Team Leader, "
                                       "Collections), Ayesha Khan (HR Adviser)")]
    assert names == ["Helen Marsh", "Paul Grant", "Ayesha Khan"]


def test_a_name_ends_at_a_lower_case_word_that_is_no_particle() -> None:
    assert [d.name for d in people_in("Nadia Karimi at reception")] == ["Nadia Karimi"]
    assert [d.name for d in people_in("Joost van Leeuwen (adviseur)")] == ["Joost van Leeuwen"]


def test_an_agency_consultant_alone_lists_no_interviewer() -> None:
    description = "Hi Pat, you're confirmed! Hiring manager: Ellen Shaw (QA Manager)."
    agency = make_event("Interview with Dunmore Pharmaceuticals – QA Associate",
                        organizer="kelly.ng@bachmanstaffing.com", organizer_name="Kelly Ng",
                        guests=(("kelly.ng@bachmanstaffing.com", "Kelly Ng"),),
                        description=description)
    assert thanked(agency) == {"kelly.ng@bachmanstaffing.com", "Ellen Shaw"}
    # the employer's own person on a visible list: the list is whom to thank
    employer = make_event("Interview with Dunmore Pharmaceuticals – QA Associate",
                          organizer="kelly.ng@dunmorepharma.com", organizer_name="Kelly Ng",
                          guests=(("kelly.ng@dunmorepharma.com", "Kelly Ng"),),
                          description=description)
    assert thanked(employer) == {"kelly.ng@dunmorepharma.com"}


def test_a_recruiter_the_text_signs_for_lists_no_interviewer_in_french_too() -> None:
    description = ("Je vous confirme notre rendez-vous. Vous rencontrerez Julien Mercier, Lead "
                   "Developer.\n\nBien à vous,\nSophie Garnier\nChargée de recrutement")
    recruiter = make_event("Entretien – Développeur Python (Datalyse)",
                           organizer="sophie.garnier@datalyse.fr", organizer_name="Sophie Garnier",
                           guests=(("sophie.garnier@datalyse.fr", "Sophie Garnier"),),
                           description=description)
    assert thanked(recruiter) == {"sophie.garnier@datalyse.fr", "Julien Mercier"}
    interviewer = make_event("Entretien – Développeur Python (Datalyse)",
                             organizer="sophie.garnier@datalyse.fr", organizer_name="Sophie Garnier",
                             guests=(("sophie.garnier@datalyse.fr", "Sophie Garnier"),),
                             description=description.replace("Chargée de recrutement",
                                                             "Lead Developer"))
    assert thanked(interviewer) == {"sophie.garnier@datalyse.fr"}


def test_the_employers_name_after_with_is_no_person() -> None:
    event = make_event("Interview – Data Engineer", organizer="recruiting@brackenhealth.com",
                       organizer_name="Recruiting", hidden=True,
                       description="Thanks for taking the time to interview with Bracken Health. "
                                   "Your interview is with Anya Ivanova, Data Platform Lead.")
    assert thanked(event) == {"recruiting@brackenhealth.com", "Anya Ivanova"}
    titled = make_event("Interview with Northwind Traders", organizer="noreply@greenhouse.io",
                        hidden=True, description="Your interview with Northwind Traders is "
                                                 "confirmed. You'll meet with Kim Ng.")
    assert thanked(titled) == {"Kim Ng"}


def test_an_address_in_the_text_when_nobody_else_is_found() -> None:
    copied = make_event("Interview @ Oakridge Vet Clinic", location="Oakridge Vet Clinic",
                        description="Ask for Jenna Brooks (practice manager) on arrival; her "
                                    "email is jenna.brooks@oakridgevet.com if running late.")
    assert {(p.email, p.name) for p in found(copied).people} == \
        {("jenna.brooks@oakridgevet.com", "Jenna Brooks")}
    signed = make_event("Phone Interview – Bookkeeper", organizer="notifications@applytojob.com",
                        description="I'll call you.\n\nMaria Santos\nOffice Manager\n"
                                    "maria@greenleaflandscaping.com")
    assert thanked(signed) == {"maria@greenleaflandscaping.com"}
    # a tool's address is nobody; someone else's address does not become the named person's
    desk = make_event("Interview @ Oakridge Vet Clinic", location="Oakridge Vet Clinic",
                      description="On arrival ask for Building Security at the front desk.")
    assert thanked(desk) == set()
    service = make_event("Interview @ Oakridge Vet Clinic", location="Oakridge Vet Clinic",
                         description="Need an accommodation? Email accommodations@oakridgevet.com.")
    assert thanked(service) == set()
    tool = make_event("Technical Interview – Backend", organizer="noreply@coderpad.io",
                      description="Questions? Write to support@coderpad.io.")
    assert thanked(tool) == set()
    other = make_event("Interview @ Oakridge Vet Clinic", location="Oakridge Vet Clinic",
                       description="Ask for Jenna Brooks on arrival. Reception: "
                                   "frontdesk@oakridgevet.com")
    assert thanked(other) == {"Jenna Brooks"}


@pytest.mark.parametrize(("text", "name"), [
    ("I'll call you.\n\nLooking forward to speaking with you,\n\nMaria Santos\nOffice Manager",
     "Maria Santos"),
    ("Wir freuen uns.\n\nMit freundlichen Grüßen\nJonas Weber\nPersonalreferent", "Jonas Weber"),
    ("Met vriendelijke groet,\nJoost van Leeuwen", "Joost van Leeuwen"),
    # a team, a department or a name with its company is no signer
    ("Best,\nThe Harbor & Vine Talent Team", None),
    ("Cordiali saluti,\nUfficio Selezione", None),
    ("Mit freundlichen Grüßen\nIhre Personalabteilung", None),
    ("Best regards,\nIngrid, Talent Acquisition, Nordvik Energy", None),
    ("Maria Santos\nOffice Manager", None),  # no sign-off before it
])
def test_the_one_who_signs(text: str, name: str | None) -> None:
    found_signer = signer(text)
    assert (found_signer.name if found_signer else None) == name


def test_the_signer_of_a_tools_invite_is_thanked_only_when_nobody_else_is() -> None:
    description = "I'll call you at the number you gave.\n\nBest,\nMaria Santos\nOffice Manager"
    tool = make_event("Phone Interview – Bookkeeper", organizer="notifications@applytojob.com",
                      description=description)
    assert thanked(tool) == {"Maria Santos"}
    coordinator = make_event("Phone Interview – Bookkeeper", organizer="jobs@greenleaf.com",
                             organizer_name="Greenleaf Jobs", hidden=True,
                             description=description)
    assert thanked(coordinator) == {"jobs@greenleaf.com"}


@pytest.mark.parametrize(("domain", "agency"), [
    ("hays.co.uk", True), ("michaelpage.de", True), ("adecco.fr", True), ("randstad.nl", True),
    ("haysfarm.com", False), ("adeccobakery.example", False), ("northwind.com", False),
])
def test_the_big_agencies_write_from_their_country_domains_too(domain: str, agency: bool) -> None:
    assert is_agency_domain(domain) is agency


@pytest.mark.parametrize(("domain", "tool"), [
    ("webcruiter.no", True), ("mail.jobbnorge.no", True), ("peopleadmin.com", True),
    ("hiringthing.com", True), ("webcruiters.no", False), ("mypeopleadmin.com", False),
])
def test_more_hiring_tools_are_never_the_employer(domain: str, tool: bool) -> None:
    assert is_tool_domain(domain) is tool
