"""Round 9's extraction rules (issue #15): one matcher of a name to a person, Bookings mailboxes
by their shape, the Indonesian and Malay agent read from the lexicon; each with its own
wording, a near miss, and bad input."""

from __future__ import annotations

from typing import Any

import pytest

from interview_sync.core.detect.addresses import is_machine_address
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.markers import marked_people

ME = "pat.lee@gmail.com"


def _event(summary: str, organizer: dict[str, str], guests: list[dict[str, str]],
           description: str = "", **extra: Any) -> dict[str, Any]:
    return {"id": "e1", "summary": summary, "organizer": organizer,
            "attendees": [{"email": ME, "self": True}, *guests], "description": description,
            "start": {"dateTime": "2026-08-04T10:00:00+01:00"},
            "end": {"dateTime": "2026-08-04T11:00:00+01:00"}, **extra}


def _people(event: dict[str, Any]) -> list[str]:
    found = detect_interview(event, ME)
    assert found is not None
    return sorted(p.email or p.name for p in found.people)


# ---------------------------------------------------------------- one name, one person
def test_a_name_then_the_address_it_spells_is_one_person() -> None:
    event = _event("Follow-up interview with Harrow Bakery", {"email": "bookings@hiremike.cc"}, [],
                   "Harrow Bakery booked this interview. Your interviewer: Inez Vidal (owner), "
                   "inez@harrowbakery.com.")
    assert _people(event) == ["inez@harrowbakery.com"]


def test_a_first_name_beside_the_full_name_is_the_same_person() -> None:
    event = _event("Interview Day – Teacher of Maths – Fenwick Academy",
                   {"email": "hr@fenwickacademy.org.uk", "displayName": "Fenwick HR"},
                   [{"email": "hr@fenwickacademy.org.uk"}],
                   "Your panel: Miriam Cole (Head of Maths) and Owen Tate (Deputy Head). Miriam "
                   "will meet you at reception.", guestsCanSeeOtherGuests=False)
    assert _people(event) == ["Miriam Cole", "Owen Tate", "hr@fenwickacademy.org.uk"]


def test_a_name_two_mailboxes_could_spell_stays_apart() -> None:
    """Near miss: "Anna Berg" is spelled by anna@ and by a.berg@; neither is chosen."""
    event = _event("Interview – Analyst – Nordvik", {"email": "anna@nordvik.se"},
                   [{"email": "a.berg@nordvik.se"}],
                   "Your interviewer: Anna Berg.", guestsCanSeeOtherGuests=False)
    assert "Anna Berg" in _people(event)


# ---------------------------------------------------------------- Bookings mailboxes by shape
@pytest.mark.parametrize("email", [
    "libraryhiring@ashcombecollege.onmicrosoft.com", "contosolunchdelivery@contoso.onmicrosoft.com",
    "careers@pinecrestpharmacy.onmicrosoft.com", "interviewslots@harbour.onmicrosoft.com"])
def test_bookings_business_mailboxes_are_machines(email: str) -> None:
    assert is_machine_address(email)


@pytest.mark.parametrize("email", [
    "danas@contoso.onmicrosoft.com", "jordanm@fabrikam.onmicrosoft.com", "kim@acme.onmicrosoft.com",
    "j.smith@ashcombe.onmicrosoft.com", "adelev@m365x214355.onmicrosoft.com"])
def test_a_persons_tenant_mailbox_is_thanked(email: str) -> None:
    assert not is_machine_address(email)


# ---------------------------------------------------------------- the agent, from the lexicon
@pytest.mark.parametrize(("text", "name"), [
    ("Wawancara akan dipandu oleh Pak Budi Hartono.", "Budi Hartono"),
    ("Anda akan bertemu dengan Bu Sari Lestari di kantor kami.", "Sari Lestari"),
    ("Temu duga bersama Puan Aisyah Rahman, Pengurus HR.", "Aisyah Rahman"),
    ("Wawancara oleh Saudara Joko Widodo.", "Joko Widodo"),
])
def test_an_agent_with_any_courtesy_title_of_the_table(text: str, name: str) -> None:
    assert [d.name for d in marked_people(text)] == [name]


def test_a_courtesy_title_without_with_or_by_names_nobody() -> None:
    assert marked_people("Pak Budi Hartono adalah kandidat.") == []


def test_bad_input_names_nobody() -> None:
    assert marked_people("oleh Pak " * 5000 + "\x00\udcff") == []
    assert not is_machine_address("@.onmicrosoft.com")


# ---------------------------------------------------------------- labels and "meet" words
def _hidden(summary: str, organizer: str, description: str) -> dict[str, Any]:
    return _event(summary, {"email": organizer}, [], description, guestsCanSeeOtherGuests=False)


@pytest.mark.parametrize(("label", "org"), [
    ("Entrevistadores:", "seleccion@albar.es"), ("Intervenants :", "recrutement@morvan.fr"),
    ("Rozmowę przeprowadzą:", "rekrutacja@wisla.pl"), ("Intervjuare:", "rekrytering@ek.se"),
    ("Gesprekspartners:", "werving@haven.nl"), ("Haastattelijat:", "rekry@koski.fi"),
])
def test_a_labelled_list_of_any_language_names_the_panel(label: str, org: str) -> None:
    event = _hidden("Interview – Analyst", org,
                    f"Hello,\n{label}\n- Lucía Romero – Directora de Calidad\n- Javier Ortega – "
                    "Jefe de Laboratorio\nLocal: Av. Brasil, 1200")
    assert _people(event) == ["Javier Ortega", "Lucía Romero", org]


def test_the_label_word_in_prose_names_nobody() -> None:
    """Near miss: no colon after the label word: no list starts."""
    event = _hidden("Entrevista – Analista", "seleccion@albar.es",
                    "Los entrevistadores Lucía Romero y Javier Ortega le esperan.")
    assert "Javier Ortega" not in _people(event)


@pytest.mark.parametrize("sentence", [
    "Hola Pat, te reunirás con Andrés Molina, encargado de tienda, en la tienda.",
    "Hej Pat, du skal tale med Andrés Molina, lagerchef.",
    "Olá, na entrevista vai conversar com Andrés Molina, diretor.",
    "Bonjour, vous échangerez avec Andrés Molina, responsable.",
])
def test_a_meet_sentence_of_any_language_names_the_interviewer(sentence: str) -> None:
    event = _hidden("Interview – Sales", "empleo@rios.es", sentence)
    assert _people(event) == ["Andrés Molina", "empleo@rios.es"]


def test_a_job_after_a_comma_is_no_second_person() -> None:
    event = _hidden("Vorstellungsgespräch – Einkauf", "bewerbung@kessler.de",
                    "Ihre Gesprächspartner: Frau Sabine Krüger, Leiterin Einkauf, und Herr "
                    "Dominik Hahn, Personalreferent.")
    assert _people(event) == ["Dominik Hahn", "Sabine Krüger", "bewerbung@kessler.de"]


def test_a_lawyers_title_is_no_part_of_the_name() -> None:
    event = _hidden("Entretien – Assistant juridique", "rh@lefort.fr",
                    "Vous rencontrerez Maître Agnès Lefort, associée.")
    assert _people(event) == ["Agnès Lefort", "rh@lefort.fr"]


def test_a_list_ends_at_the_next_field_in_any_latin_script() -> None:
    event = _hidden("Thư mời phỏng vấn – Kế toán", "tuyendung@minhphat.vn",
                    "Người phỏng vấn: Ông Nguyễn Văn Hùng, Kế toán trưởng. Địa điểm: 25 Lý "
                    "Thường Kiệt, Hà Nội.")
    assert _people(event) == ["Nguyễn Văn Hùng", "tuyendung@minhphat.vn"]


# ---------------------------------------------------------------- the one who signs
def test_the_signer_with_a_job_line_is_thanked() -> None:
    event = _hidden("Telefoninterview – Marketing", "karriere@nordlicht.de",
                    "Hallo Pat,\nwir rufen Sie an.\nViele Grüße\nMarc Albers\nRecruiting")
    assert _people(event) == ["Marc Albers", "karriere@nordlicht.de"]


def test_a_signer_without_a_job_line_is_not_read_as_one() -> None:
    """Near miss: a name after a sign-off with nothing after it may be anyone's."""
    from interview_sync.core.detect.signature import signer_with_job
    assert signer_with_job("Hallo Pat,\nbis bald.\nViele Grüße\nMarc Albers") is None
    assert signer_with_job("Abraços,\nJuliana Reis\nDiretora de Arte – Estúdio Maré") is None
    assert signer_with_job("Saludos,\nAna Ruiz\nTécnica de RRHH – Albar") is not None


# ---------------------------------------------------------------- a domain's shortened tail
def test_a_domain_that_begins_its_last_word_keeps_the_whole_name() -> None:
    from interview_sync.core.detect.spelling import spelled_phrases
    text = "Thank you for applying to Redwood Community Credit Union. Kevin Tan will call."
    assert spelled_phrases(text, ["redwoodcu"]) == ["Redwood Community Credit Union"]


def test_a_name_the_domain_spells_in_full_is_not_extended() -> None:
    """Near miss: "Ashcombe College" at ashcombecollege: "Library" after it is no part of it."""
    from interview_sync.core.detect.spelling import spelled_phrases
    assert spelled_phrases("Ashcombe College Library Hiring", ["ashcombecollege"]) \
        == ["Ashcombe College"]


def test_a_shortened_tail_stops_at_an_event_word() -> None:
    from interview_sync.core.detect.spelling import spelled_phrases
    assert spelled_phrases("Redwood Community Interview Day", ["redwoodcu"]) \
        == ["Redwood Community"]
