"""Round 13's extraction rules (issue #15): a domain's channel word ("-online", "-jobs") and a
state's letters after a glued county are not the employer's name, nor is a kind of interview
("Asynchrones Videointerview"); a tool mails "X invites you" in other languages; Latin American,
Portuguese and Malay courtesy titles; list labels ("Who:", "Teilnehmer:", "Condução:"); a
schedule's rows on one line; "and" at the end of a bracketed title; a labelled list a guest is
on brings its other members; "X will meet you". Each with its own wording and a near miss."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # --import-mode=importlib: find helpers
from extraction_check import company_and_people as _found
from extraction_check import invite
from extraction_check import names_of as _names
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.detect.addresses import prettify_domain
from interview_sync.core.detect.company_names import acceptable
from interview_sync.core.detect.mentions import mentioned_people
from interview_sync.core.detect.names import strip_courtesy_titles
from interview_sync.core.detect.people_lines import lines_naming as _lines_naming
from interview_sync.core.detect.schedule import people_in, schedule_people

_event = invite


# ------------------------------------------------------------------------------ company
def test_a_channel_word_glued_to_the_domain_is_not_the_employers() -> None:
    assert prettify_domain("kelmark-online.de") == "Kelmark"
    assert prettify_domain("dunmore-careers.com") == "Dunmore"
    # near miss: a channel word alone is the name ("online.de" is not split off anything)
    assert prettify_domain("webshop.de") == "Webshop"


def test_a_glued_county_and_its_states_letters() -> None:
    assert prettify_domain("ashbycounty-ks.gov") == "Ashby County"
    assert prettify_domain("villageofmarden.org") == "Village of Marden"
    # near miss: "X City" is not how a city signs; two letters after a plain name stay
    assert prettify_domain("lakeportcity.gov") != "Lakeport City"
    assert prettify_domain("norbank-uk.com") == "Norbank UK"


def test_a_kind_of_interview_is_no_employer() -> None:
    assert not acceptable("Asynchrones Videointerview", ())
    assert acceptable("Asynchron Media", ())


def test_a_tool_mails_for_the_employer_in_other_languages() -> None:
    event = _event("Colloquio registrato – Addetto magazzino",
                   {"email": "noreply@registra-colloqui.example.com", "displayName": "Registra"},
                   description="Cantine Valdobbia ti invita a rispondere a 3 domande in video.")
    assert _found(event)[0] == "Cantine Valdobbia"
    event = _event("Zeitversetztes Videointerview – Azubi Lager",
                   {"email": "noreply@clipjob.example.de", "displayName": "ClipJob"},
                   description="Die Brauerei Hollmeier lädt Sie ein, drei Fragen zu beantworten.")
    assert _found(event)[0] == "Brauerei Hollmeier"


# ------------------------------------------------------------------------- people: reading
def test_latin_american_portuguese_and_malay_courtesy_titles() -> None:
    assert strip_courtesy_titles("Lic. Daniela Ortiz y Mtra. Inés Gil") == "Daniela Ortiz y Inés Gil"
    assert strip_courtesy_titles("Eng.ª Sofia Reis") == "Sofia Reis"
    assert strip_courtesy_titles("Encik Azlan Yusof dan Puan Siti Hajar") == "Azlan Yusof dan Siti Hajar"
    assert strip_courtesy_titles("e l'arch. Paolo Neri") == "e Paolo Neri"
    # near miss: the words as names' own parts ("Lica", "Engel") stay
    assert strip_courtesy_titles("Lica Moser und Engel Braun") == "Lica Moser und Engel Braun"


def test_list_labels_in_other_words() -> None:
    assert _names(schedule_people("Who: Mr Lim Wei Jie (Plant Manager).")) == ["Lim Wei Jie"]
    assert _names(schedule_people("Teilnehmende:\n- Petra Voss, Leitung\n- Ole Brandt, IT")) == [
        "Petra Voss", "Ole Brandt"]
    assert _names(schedule_people("Condução: Tiago Mendes (Pessoas e Cultura).")) == ["Tiago Mendes"]
    # near miss: "who" in a sentence is no label
    assert schedule_people("Candidates who pass will hear from Ola Berg.") == []


def test_a_schedules_rows_on_one_line() -> None:
    text = "Schedule: 2:00 Ana Lind (Partner); 2:30 Bo Hale (Associate); 3:00 Cy Moss (Counsel)."
    assert _names(schedule_people(text)) == ["Ana Lind", "Bo Hale", "Cy Moss"]
    # near miss: a semicolon without a time does not start a row
    assert _names(people_in("Ana Lind (Partner, Tax and Audit)")) == ["Ana Lind"]


def test_x_will_meet_you() -> None:
    assert _names(mentioned_people("Store manager Gina Holt will meet you at the door.")) == ["Gina Holt"]
    assert _names(mentioned_people("Mme Léa Roux vous recevra à 9 h.")) == ["Léa Roux"]
    # near miss: someone who will call is not met (and a first name alone is no one)
    assert mentioned_people("Kai from our team will call you.") == []


# ----------------------------------------------------------------------- people: the panel
def test_a_labelled_list_a_guest_is_on_brings_its_other_members() -> None:
    event = _event("Interview – Lab Technician",
                   {"email": "jobs@quarrylabs.com", "displayName": "Quarry Labs"},
                   [{"email": "m.ueda@quarrylabs.com", "displayName": "Mika Ueda"}],
                   description="Interview panel:\n* Mika Ueda – Lab Manager\n* Ron Vega – QA Lead\n\n"
                               "Bring safety glasses.")
    assert _found(event)[1] == ["Ron Vega", "jobs@quarrylabs.com", "m.ueda@quarrylabs.com"]
    # near miss: a block without a label is read line by line, as before
    event["description"] = "Mika Ueda – Lab Manager\nRon Vega founded the lab in 2001."
    assert "Ron Vega" not in _found(event)[1]


def _lines_naming_by_walking(all_lines: list[str], listed: set[str]) -> list[str]:
    """The block rule as first written: walk the block from every naming line (quadratic)."""
    picked: set[int] = set()
    for i, line in enumerate(all_lines):
        if not any(name in line.lower() for name in listed):
            continue
        picked.add(i)
        start = i
        while start > 0 and all_lines[start - 1].strip():
            start -= 1
        end = i
        while end + 1 < len(all_lines) and all_lines[end + 1].strip():
            end += 1
        if start < i and all_lines[start].rstrip().endswith((":", "：")) and end - start <= 12:
            picked.update(range(start, end + 1))
    return [all_lines[i] for i in sorted(picked)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "  ", "Your panel:", "Kim Ng", "Raj Iyer - Hiring Manager",
                                 "Teilnehmer：", "Lunch", "kim ng (VP)", "Notes"]), max_size=40),
       st.sets(st.sampled_from(["kim ng", "raj iyer", "", "lunch"]), max_size=3))
def test_the_block_rule_reads_each_line_once_with_the_same_answer(
        lines: list[str], listed: set[str]) -> None:
    """The runs of non-blank lines are counted once (bench_hostile's dense names took twice as
    long with the walk); the lines picked are the walk's, blank lines and empty names too."""
    assert _lines_naming(lines, listed) == _lines_naming_by_walking(lines, listed)
