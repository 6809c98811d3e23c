"""The assessment note, its safe file name, appended sections and the LinkedIn note."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_factories import (
    make_interview,
    make_person,
    make_settings,
    make_write_note,
    templates,
)

from interview_sync.core.model import AppendNote
from interview_sync.render.linkedin import fit, linkedin_search_url, render_linkedin_note
from interview_sync.render.note import NAME_BYTES, note_filename, render_note, render_note_section

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}


@pytest.mark.parametrize(("overrides", "expected"), [
    ({}, "2026-06-10 Northwind - Data Engineer.md"),
    ({"company": "../../etc", "role": "passwd"}, "2026-06-10 etc - passwd.md"),
    ({"company": "A/B\\C:D*E?F\"G<H>I|J", "role": None, "stage": None},
     "2026-06-10 A B C D E F G H I J.md"),
    ({"company": None, "role": None, "stage": None, "title": "..."}, "2026-06-10 Interview.md"),
    ({"company": "CON", "role": None, "stage": None}, "2026-06-10 CON.md"),
    ({"company": "Acme\r\n\x00\u202e", "role": "Dev\t"}, "2026-06-10 Acme - Dev.md"),
    ({"company": None, "role": "SRE", "title": "Chat"}, "2026-06-10 SRE.md"),
    ({"company": "Zoë GmbH", "role": None, "stage": "final round"},
     "2026-06-10 Zoë GmbH - final round.md"),
    ({"start": datetime(2026, 6, 11, 2, tzinfo=UTC), "end": datetime(2026, 6, 11, 3, tzinfo=UTC)},
     "2026-06-10 Northwind - Data Engineer.md"),  # the date where the interview happened
])
def test_note_filenames(overrides: dict[str, object], expected: str) -> None:
    assert note_filename(make_interview(**overrides)) == expected


@given(company=st.one_of(st.none(), st.text()), role=st.one_of(st.none(), st.text()),
       title=st.text())
def test_a_note_filename_can_never_leave_its_directory(company: str | None, role: str | None,
                                                       title: str) -> None:
    name = note_filename(make_interview(company=company, role=role, title=title))
    assert name.endswith(".md") and len(name) > len("2026-06-10 .md")
    assert len(name.encode("utf-8")) <= NAME_BYTES + 3
    assert "/" not in name and "\\" not in name and ".." not in name
    assert not re.search(r"[\x00-\x1f\x7f]", name)
    assert not name.startswith((".", " ")) and name == name.strip()
    for pure in (PurePosixPath, PureWindowsPath):
        path = pure("notes") / name
        assert path.parent == pure("notes") and path.name == name
    assert name.split(".")[0].upper() not in RESERVED
    base = Path("/tmp/notes")
    assert (base / name).resolve().parent == base.resolve()


def test_the_note_holds_the_facts_people_and_prompts() -> None:
    interview = make_interview()
    action = make_write_note(interview, notes_from_earlier=("how I would test the pipeline",))
    text = render_note(action, make_settings(), templates())
    assert text.startswith("# Northwind — Data Engineer (onsite)\n")
    assert "- When: Wednesday 10 June 2026, 14:00–15:00 (America/New\\_York)" in text
    for person in interview.people:
        assert f"### {person.name}\n" in text and f"- Email: {person.email}" in text
        assert linkedin_search_url(person, "Northwind") in text
    assert text.count("- LinkedIn note: Hi ") == len(interview.interviewers)
    assert "Head of Data" in text and "hiring manager" in text
    for heading in ("## Questions asked and my answers", "## What I wish I had said",
                    "## Problem areas", "## Next steps and timeline", "## Material to send",
                    "## References to brief", "## Points to stress with references",
                    "## Carried forward from earlier interviews"):
        assert f"\n{heading}\n" in text
    assert '> From the invite: "within two weeks"' in text
    assert "- Pat Doe (former manager) <pat@example.org>" in text
    assert "- how I would test the pipeline" in text
    assert "\n\n\n" not in text and "{{" not in text and "None" not in text


def test_a_hostile_title_cannot_add_sections_to_the_note() -> None:
    person = make_person(name="Kim\n## Material to send\n- /etc/shadow")
    interview = make_interview(title="x\n## Next steps and timeline\nnever", company=None,
                               location="here\n## What I wish I had said\n- pwned",
                               people=(person,))
    text = render_note(make_write_note(interview, timeline=None), make_settings(), templates())
    assert text.count("\n## Material to send\n") == 1
    assert text.count("\n## Next steps and timeline\n") == 1
    assert text.count("\n## What I wish I had said\n") == 1


def test_an_appended_section_is_marked_and_starts_on_its_own_line() -> None:
    interview = make_interview()
    newcomer = make_person(email="lee@northwind.example", name="Lee Chen")
    action = AppendNote(key="k/append", content_hash="h", interview=interview, due=interview.end,
                        person=newcomer)
    text = render_note_section(action, make_settings(), templates(),
                               stamp=datetime(2026, 6, 11, 9, tzinfo=ZoneInfo("UTC")))
    assert text.startswith("\n## Added by interview-sync on Thursday 11 June 2026\n")
    assert "### Lee Chen\n" in text and "- Email: lee@northwind.example" in text
    assert "- LinkedIn note: Hi Lee," in text and "Kim Lee" not in text


def test_linkedin_notes_fit_in_300_characters() -> None:
    interview = make_interview(company="N" * 200, role="R" * 200)
    for person in interview.interviewers:
        note = render_linkedin_note(interview, person, make_settings(), templates())
        assert len(note) <= 300 and "\n" not in note
        assert note.startswith(f"Hi {person.first_name},")
    normal = render_linkedin_note(make_interview(), make_person(), make_settings(), templates())
    assert normal == ("Hi Kim, thank you for meeting me about the Data Engineer role at Northwind. "
                      "I would be glad to stay in touch. Alex")


@given(st.text(max_size=1000))
def test_fit_never_exceeds_the_limit(text: str) -> None:
    assert len(fit(text)) <= 300


def test_linkedin_search_url_is_a_people_search() -> None:
    url = linkedin_search_url(make_person(name="Zoë Müller"), "Acme & Co")
    assert url == ("https://www.linkedin.com/search/results/people/"
                   "?keywords=Zo%C3%AB+M%C3%BCller+Acme+%26+Co")
