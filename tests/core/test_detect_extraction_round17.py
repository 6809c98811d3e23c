"""Round 17's extraction rules (issue #15), each with its own wording and a near miss: the client
an agency states in apposition in several languages, a crewing agent's principal, a hiring word
glued to a hyphenated domain, a hired venue in the location, a ship's name, a step's own word at
the head of a title, a tool that signs with its brand and product; interviewers named by an
assessor or round cue, a presence list, a contact label, Central European degrees, a Slavic
"with" after a job, a name followed by its employer. Bad input never raises."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import ME, invite
from extraction_check import company_and_people as _found
from extraction_check import names_of as _names

from interview_sync.core.detect.addresses import is_agency_domain
from interview_sync.core.detect.classify import detect_interview
from interview_sync.core.detect.company import company_of
from interview_sync.core.detect.company_clues import hiring_free_label, stated_clients
from interview_sync.core.detect.company_names import acceptable
from interview_sync.core.detect.guests import is_tool_product
from interview_sync.core.detect.mentions import mentioned_people, titled_people
from interview_sync.core.detect.names import strip_courtesy_titles
from interview_sync.core.detect.schedule import people_in


# ------------------------------------------------------------------ the client behind the sender
@pytest.mark.parametrize(("text", "client"), [
    ("Our client, Brightmoor Dairies, has asked us to arrange this.", "Brightmoor Dairies"),
    ("Namens onze opdrachtgever Veltkamp Bouw nodig ik je uit.", "Veltkamp Bouw"),
    ("W imieniu naszego Klienta, firmy Zielona Dolina Ogrody, zapraszam.", "Zielona Dolina Ogrody"),
    ("Stretnutie bude u nášho klienta, spoločnosti Horal Strojárne.", "Horal Strojárne"),
    ("Doporučili jsme Vás našemu klientovi, společnosti Vltava Obaly.", "Vltava Obaly"),
    ("Im Auftrag unseres Mandanten, der Lenz Antriebe GmbH, melde ich mich.", "Lenz Antriebe GmbH"),
])
def test_a_client_in_apposition(text: str, client: str) -> None:
    assert stated_clients("", text, set()) == {client}


def test_a_crewing_agents_principal() -> None:
    text = "Captain Ola Berg and Chief Mate Ivo Kral of Nordlys Reederei, the vessel's owner, will join."
    assert stated_clients("", text, set()) == {"Nordlys Reederei"}
    assert stated_clients("", "Our principal, Kestrel Bulkers, runs six ships.", set()) == {"Kestrel Bulkers"}


def test_no_client_without_the_possessive() -> None:
    # near misses: a client in general, an owner of nothing named
    assert stated_clients("", "We treat every client, Big or Small, the same.", set()) == set()
    assert stated_clients("", "The owner will be there.", set()) == set()


def test_an_agency_writes_for_its_client_and_thanks_the_consultant() -> None:
    event = invite("Sollicitatiegesprek bij opdrachtgever – Calculator",
                   {"email": "m.bos@dekkerwerving.nl", "displayName": "Marieke Bos"},
                   description="Namens onze opdrachtgever Hoekstra Staalbouw nodig ik je uit. Je spreekt "
                               "met Ruud Hoekstra (eigenaar).")
    assert _found(event) == ("Hoekstra Staalbouw", ["Ruud Hoekstra", "m.bos@dekkerwerving.nl"])


def test_agency_words_in_domains() -> None:
    for domain in ("nordcrewing.lv", "seastar-crew.ph", "harbourmanning.com", "westgateselection.co.uk",
                   "bakkerwerving.nl", "ideapersonal.sk", "linde-recruit.com"):
        assert is_agency_domain(domain), domain
    for domain in ("screwfix.com", "selectiveinsurance.com", "personalbanking-lab.io"):
        assert not is_agency_domain(domain), domain


# ------------------------------------------------------------------ names that are not the employer
def test_a_hiring_word_glued_to_a_hyphenated_domain() -> None:
    assert hiring_free_label("careers-fjellbanken.no") == "fjellbanken"
    assert hiring_free_label("recrutement-merlinair.fr") == "merlinair"
    assert hiring_free_label("fjellbanken.no") == ""
    assert hiring_free_label("jobs-.com") == ""


def test_a_venue_in_the_location_is_no_employer() -> None:
    event = invite("Cabin Crew Assessment Day – Tern Airways",
                   {"email": "crew.jobs@ternairways.com", "displayName": "Tern Airways Crew Jobs"},
                   location="Riverside Conference Hotel, Suite 4, Glasgow")
    assert _found(event)[0] == "Tern Airways"


def test_a_hotel_that_hires_is_still_the_employer() -> None:
    # near miss: the domain spells the hotel, so it is the employer
    event = invite("Interview – Night Auditor",
                   {"email": "hr@bramblewoodhotel.co.uk", "displayName": "HR"},
                   location="Bramblewood Hotel, Reception")
    assert _found(event)[0] == "Bramblewood Hotel"


def test_a_ship_and_a_casting_word_name_no_one() -> None:
    assert not acceptable("MV Baltic Dawn", set())
    assert not acceptable("M/T Sea Lark", set())
    assert acceptable("Maersk Tankers", set())
    assert company_of("Casting Kabinenpersonal – Luftblau – Hamburg", "", "", ["luftblau.de"],
                      set())[0] == "Luftblau"
    assert company_of("Casting Nordwind Air – hotel Hamburg", "", "", [], set())[0] == "Nordwind Air"


def test_a_tool_signing_with_its_brand_and_product() -> None:
    title = "AI interview – Store Assistant – Fernvale Grocers"
    assert is_tool_product("hello@clipcast.io", "ClipCast Interviews", title)
    assert is_tool_product("team@askmeter.com", "Askmeter Video", title)
    # near misses: an employer's own interviews or screening team, a person, another brand
    assert not is_tool_product("interviews@brightwave.ai", "Brightwave Interviews",
                               "Onsite interview – Brightwave")
    assert not is_tool_product("screening@apexatalent.com", "Apexa Talent Screening", title)
    assert not is_tool_product("ana@clipcast.io", "Ana Ruiz", title)
    assert not is_tool_product("hello@clipcast.io", "Harwick Interviews", title)
    event = invite("AI interview – Store Assistant – Fernvale Grocers",
                   {"email": "hello@clipcast.io", "displayName": "ClipCast Interviews"},
                   description="Your AI interview takes about 15 minutes. The link works once.")
    assert _found(event) == ("Fernvale Grocers", [])


def test_a_display_name_repeating_its_domain_does_not_beat_the_titles_employer() -> None:
    event = invite("Recorded interview: Barista at Copperleaf Coffee",
                   {"email": "team@vidrelay.com", "displayName": "VidRelay"})
    assert _found(event)[0] == "Copperleaf Coffee"


# ------------------------------------------------------------------ people named in the description
def test_assessor_and_round_cues() -> None:
    assert _names(mentioned_people("Your assessor will be Captain Ines Faria.")) == ["Ines Faria"]
    assert _names(mentioned_people("The final round will be with Omar Said and Lea Roth from finance.")) \
        == ["Omar Said", "Lea Roth"]
    assert _names(mentioned_people("You will be interviewed remotely by Dana Cole.")) == ["Dana Cole"]
    # near miss: a round with no one named
    assert mentioned_people("Your second round will be with the team.") == []


def test_a_name_then_its_employer() -> None:
    assert _names(people_in("Chief Officer Karl Dahl of Nordlys Reederei")) == ["Karl Dahl"]
    assert _names(people_in("Head of Sales Mia Lund")) == ["Mia Lund"]


def test_presence_lists_and_contact_labels() -> None:
    assert _names(mentioned_people("Za firmu budou přítomni Eva Horká (mistrová) a Jan Liška.")) \
        == ["Eva Horká", "Jan Liška"]
    assert _names(mentioned_people("Kontaktná osoba: Petra Vlková, personalistka")) == ["Petra Vlková"]
    assert _names(mentioned_people("Assessors: Niamh Boyle, Conor Walsh")) == ["Niamh Boyle", "Conor Walsh"]


def test_central_european_degrees() -> None:
    assert strip_courtesy_titles("Mgr. Eva Horká a Ing. Jan Liška") == "Eva Horká a Jan Liška"
    assert strip_courtesy_titles("mgr inż. Adam Wolski") == "Adam Wolski"
    assert strip_courtesy_titles("PhDr. Dana Malá") == "Dana Malá"
    assert strip_courtesy_titles("Docent notes") == "Docent notes"  # near miss: no full stop, a word


def test_a_slavic_with_after_a_job() -> None:
    text = "Pohovor povedie riaditeľka Mgr. Alena Hudecová spolu s majstrom výroby Igorom Kráľom."
    assert "Igor Kráľ" in _names(mentioned_people(text))
    assert "Igorom Kráľom" not in _names(titled_people(text))


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("text", [
    "", "\x00\x01" * 500, "our client, " * 5_000, "našemu klientovi, společnosti " * 3_000,
    "Captain " * 10_000, "A B of C " * 20_000, "s " * 50_000 + "Jánom Kováčom",
])
def test_bad_input_never_raises(text: str) -> None:
    stated_clients(text, text, set())
    mentioned_people(text)
    titled_people(text)
    people_in(text[:5_000])
    hiring_free_label(text[:300] + ".com")
    is_tool_product(text[:100] + "@x.io", text[:200], text)
    detect_interview(invite(text[:500], {"email": "a@b.com", "displayName": text[:100]},
                            description=text, location=text[:300]), ME)


def test_a_panel_label_from_the_only_sender() -> None:
    event = invite("Panel interview – Front Desk Agent – Larchmont Inns",
                   {"email": "k.obi@larchmontinns.com", "displayName": "Kemi Obi"},
                   [{"email": "k.obi@larchmontinns.com", "displayName": "Kemi Obi"}],
                   description="Panel: Dara Quinn (Rooms Division), Luis Mena (HR) and the duty manager.")
    assert _found(event)[1] == ["Dara Quinn", "Luis Mena", "k.obi@larchmontinns.com"]
    # near miss: a hiring manager's label names the role's manager, not this round's panel
    event["description"] = "Hiring manager: Dara Quinn (Rooms Division)."
    assert _found(event)[1] == ["k.obi@larchmontinns.com"]


def test_an_acronym_the_title_defines_as_a_step() -> None:
    assert company_of("Graduate Selection Centre (GSC) – group exercises", "", "GSC, 2 Kings Rd",
                      [], set(), spellings=["Harbour Civil Service"])[0] != "GSC"
    # near miss: an acronym the title defines as the employer stays
    assert company_of("Interview – Northern Rail Services (NRS)", "", "", [], set())[0] \
        == "Northern Rail Services"
