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
