"""Reading the user's answers back from an assessment note: round trip, prompts, broken notes."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.core.model import (
    Interview,
    Person,
    PersonNotes,
    PlanSettings,
    Timeline,
    UserNotes,
    WriteNote,
)
from interview_sync.local.notes import parse_note
from interview_sync.local.templates import default_templates
from interview_sync.render.note import render_note

NY = ZoneInfo("America/New_York")
KIM = Person(email="kim@northwind.example", name="Kim Lee", hiring_manager=True)
SAM = Person(email="sam@northwind.example", name="Sam Ortiz")
JO = Person(email="jo@northwind.example", name="Jo Park", role="support")
TEMPLATES = default_templates()


def make_note(*, timeline: Timeline | None = None, earlier: tuple[str, ...] = ()) -> str:
    interview = Interview(key="evt-1", event_id="e1", title="Interview", company="Northwind",
                          role="Data Engineer", stage=None,
                          start=datetime(2026, 6, 10, 14, tzinfo=NY),
                          end=datetime(2026, 6, 10, 15, tzinfo=NY), people=(KIM, SAM, JO))
    action = WriteNote(key="evt-1/assess", content_hash="h", interview=interview,
                       due=interview.end, timeline=timeline, notes_from_earlier=earlier)
    return render_note(action, PlanSettings(user_name="Alex", user_email="a@example.org"),
                       TEMPLATES)


def fill(text: str, heading: str, old: str, new: str) -> str:
    """Replace the first ``old`` after ``heading``, as a user editing the file would."""
    at = text.index(heading)
    cut = text.index(old, at)
    return text[:cut] + new + text[cut + len(old):]


def parse(text: str) -> UserNotes:
    return parse_note(text, interview_key="evt-1", people=(KIM, SAM, JO))


def test_an_untouched_note_reads_back_as_nothing_answered() -> None:
    notes = parse_note(make_note(earlier=("talk about testing",)), interview_key="evt-1",
                       people=(KIM, SAM, JO))
    assert notes.people == (PersonNotes(email="kim@northwind.example"),
                            PersonNotes(email="sam@northwind.example"),
                            PersonNotes(email="jo@northwind.example"))
    assert notes.timeline_text is None
    assert notes.wish_i_had_said == () and notes.attachments == ()
    assert notes.points_to_stress == () and notes.problems == ()


def test_round_trip_of_a_note_filled_in_like_a_user_would() -> None:
    text = make_note(timeline=Timeline(respond_by=date(2026, 6, 24), phrase="within two weeks"))
    prompt_topic = text[text.index("- Topic: ") + len("- Topic: "):].split("\n", 1)[0]
    # Kim: the user replaces the prompts
    text = fill(text, "### Kim Lee", "- Topic: " + prompt_topic, "- Topic: the streaming pipeline")
    text = fill(text, "### Kim Lee", "- Concern: _(", "- Concern: my limited dbt experience _(")
    # Sam: the user writes under the prompt, indented, and leaves the prompt in place
    at = text.index("### Sam Ortiz")
    line_end = text.index("\n", text.index("- Concern:", at))
    text = text[:line_end] + "\n  whether I have led a team before." + text[line_end:]
    text = fill(text, "## What I wish I had said", "- _(",
                "- that I ran the on-call rotation\n- my Airflow work\n- _(")
    text = fill(text, "## Next steps and timeline", "_(what they told",
                "Jo said we would hear by Friday 19 June.\n_(what they told")
    text = fill(text, "## Material to send", "- _(",
                "- `~/Documents/work sample.pdf`\n- [portfolio](/home/alex/portfolio.pdf)\n- _(")
    text = fill(text, "## Points to stress with references", "- _(",
                "1. led the Kafka migration\n2. mentoring juniors\n- _(")
    notes = parse(text)
    assert notes.for_person("kim@northwind.example") == PersonNotes(
        email="kim@northwind.example", topic="the streaming pipeline",
        concern="my limited dbt experience")
    sam = notes.for_person("SAM@northwind.example")
    assert sam is not None and sam.topic is None
    assert sam.concern == "whether I have led a team before."
    assert notes.wish_i_had_said == ("that I ran the on-call rotation", "my Airflow work")
    assert notes.timeline_text is not None
    assert "Jo said we would hear by Friday 19 June." in notes.timeline_text
    assert "_(" not in notes.timeline_text
    assert notes.attachments == ("~/Documents/work sample.pdf", "/home/alex/portfolio.pdf")
    assert notes.points_to_stress == ("led the Kafka migration", "mentoring juniors")
    assert notes.problems == ()


def test_carried_forward_items_are_not_read_as_new_wishes() -> None:
    notes = parse(make_note(earlier=("talk about testing",)))
    assert notes.wish_i_had_said == ()


def test_renamed_headings_and_bold_fields_still_read() -> None:
    text = """# my notes

## The people
### Somebody (renamed heading)
* **Email:** Kim@Northwind.example
* **Topic:** data contracts
### Sam Ortiz
- concern: on-call load

## what i wish i'd said!!
* more about SQL

## Next Steps / Timeline ##
decision in 10 days

## Stuff to attach (material)
- "/tmp/a.pdf"
"""
    notes = parse(text)
    assert notes.for_person("kim@northwind.example") == PersonNotes(
        email="kim@northwind.example", topic="data contracts")
    assert notes.for_person("sam@northwind.example") == PersonNotes(
        email="sam@northwind.example", concern="on-call load")
    assert notes.wish_i_had_said == ("more about SQL",)
    assert notes.timeline_text == "decision in 10 days"
    assert notes.attachments == ("/tmp/a.pdf",)
    assert notes.problems == ("sections not found: points",)


def test_an_appended_section_is_read_like_the_rest() -> None:
    text = make_note() + """
## Added by interview-sync on Thursday 11 June 2026

### Lee Chen

- Email: lee@northwind.example
- Topic: the roadmap
"""
    notes = parse(text)
    lee = notes.for_person("lee@northwind.example")
    assert lee is not None and lee.topic == "the roadmap"


@pytest.mark.parametrize(("text", "problem"), [
    ("", "sections not found"),
    ("just some words\nno structure at all", "no interview-sync sections"),
    ("## What I wish I had said\n- caf\ufffd au lait", "could not be decoded"),
    ("### Mystery person\n- Topic: something\n## Next steps\nsoon", "no Email: line"),
])
def test_broken_notes_are_read_as_far_as_possible_and_reported(text: str, problem: str) -> None:
    notes = parse(text)
    assert any(problem in p for p in notes.problems), notes.problems


def test_a_broken_note_still_yields_what_is_readable() -> None:
    text = make_note().replace("## People", "PEOPLE").replace("## Material to send", "Material:")
    text = fill(text, "### Kim Lee", "- Concern: _(", "- Concern: salary _(")
    text += "\n\x00\x01 garbage \ufffd\ufffd\n"
    notes = parse(text)
    kim = notes.for_person("kim@northwind.example")
    assert kim is not None and kim.concern == "salary"
    assert any("decoded" in p for p in notes.problems)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_parse_note_never_raises_and_never_hits_its_safety_net(text: str) -> None:
    notes = parse(text)
    assert notes.interview_key == "evt-1"
    assert not any(p.startswith("internal error") for p in notes.problems)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["## People", "### Kim Lee", "- Email: kim@northwind.example",
                                 "- Topic: x", "- Concern:", "  more", "## Material to send",
                                 "- `a.pdf`", "## Next steps", "_(prompt)_", "- _(", ")_",
                                 "## What I wish", "* item", "1. one", "", "#", "<!--", "-->"]),
                max_size=60))
def test_parse_note_never_raises_on_structured_noise(lines: list[str]) -> None:
    notes = parse("\n".join(lines))
    assert not any(p.startswith("internal error") for p in notes.problems)
    for person in notes.people:
        assert person.topic is None or "_(" not in person.topic


def test_the_invite_quote_we_prefill_is_not_read_back_as_the_users_timeline() -> None:
    """Regression: reading our own pre-filled quote back changed every check-in's hash."""
    text = (
        "## Next steps and timeline\n\n"
        '> From the invite: "You\'ll hear from us in one to two weeks" (by Sunday 6 December)\n\n'
        "_(what they told you about next steps)_\n"
    )
    assert parse_note(text, interview_key="k").timeline_text is None
    answered = text + "\nRecruiter said on the phone: decision by Friday\n"
    assert parse_note(answered, interview_key="k").timeline_text == (
        "Recruiter said on the phone: decision by Friday")


@pytest.mark.parametrize(("ticked", "decision"), [
    ("- [x] Yes, this was an interview", "confirm"), ("* [X] **Yes**", "confirm"),
    ("- [x] No, this was not an interview: ignore it", "ignore"), ("- [ ] Yes\n- [ ] No", None),
])
def test_the_was_this_an_interview_box(ticked: str, decision: str | None) -> None:
    text = f"# Tailspin\n\n## Was this an interview?\n\n{ticked}\n\n## People\n"
    assert parse_note(text, interview_key="k").decision == decision


def test_both_boxes_ticked_is_a_problem_not_a_decision() -> None:
    found = parse_note("## Was this an interview?\n- [x] Yes\n- [x] No\n", interview_key="k")
    assert found.decision is None
    assert any("both boxes" in p for p in found.problems)


def test_a_ticked_box_elsewhere_is_no_decision() -> None:
    text = "## Next steps and timeline\n- [x] Yes they said two weeks\n"
    assert parse_note(text, interview_key="k").decision is None


def test_a_list_item_of_its_own_does_not_continue_the_field_above_it() -> None:
    """Found by hypothesis: "- Topic: x" then "- _(" read the second item as more of the topic."""
    text = "### Kim Lee\n- Email: kim@northwind.example\n- Topic: x\n- _(\n"
    (person,) = parse(text).people
    assert person.topic == "x"
    continued = "### Kim Lee\n- Email: kim@northwind.example\n- Topic: x\n  and y\n"
    (person,) = parse(continued).people
    assert person.topic == "x and y"
