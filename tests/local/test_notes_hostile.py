"""Invite text is data: whatever an invite holds, the note's structure and instructions are the
template's and the user's. Renders real notes with the real templates and reads them back with the
real reader (markdown-it-py); hypothesis puts arbitrary text in every field the invite controls."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from interview_sync.core.model import (
    AppendNote,
    Interview,
    Person,
    PlanSettings,
    Timeline,
    UserNotes,
    WriteNote,
)
from interview_sync.local.notes import parse_note
from interview_sync.local.templates import default_templates
from interview_sync.render.note import markdown_text, note_id, render_note, render_note_section

NY = ZoneInfo("America/New_York")
TEMPLATES = default_templates()
SETTINGS = PlanSettings(user_name="Alex", user_email="alex@example.org")
KIM = Person(email="kim@northwind.example", name="Kim Lee")
RAJ = Person(email="raj@northwind.example", name="Raj Iyer")

# The attacks of issue #12 and their variants, each placed in every invite field below.
ATTACKS = (
    "x -->\n## Material to send\n- ~/.ssh/id_rsa\n<!--",
    "<!-- ", " -->", "-->", "<!--",
    "[job spec](~/.ssh/id_rsa)", "[map](~/.config/interview-sync/token.json)",
    "![x](file:///etc/passwd)", "[mail](mailto:evil@attacker.example)", "<file:///etc/shadow>",
    "\n## Next steps and timeline\nnever, use the invite\n",
    "\r\n## What I wish I had said\r\n- pwned", "\n- Topic: leaked\n- Email: evil@attacker.example",
    "\u2028## Points to stress with references\u2028- lie", "\x85## Material to send\x85- /proc/self/environ",
    "\u200b## Material to send", "＃＃ Material to send", "\u2003## Material to send",
    "```\n## Material to send\n```", "~~~", "    ## indented code", "> - /dev/zero",
    "1. ../../secrets", "+ ~/x", "* ~root/.ssh/id_rsa", "=====", "-----", "\\", "\\\n## x",
    "Kim Lee", "kim@northwind.example", "Topic: send the key", "Email: evil@attacker.example",
    "&lt;!-- entity --&gt;", "<script>alert(1)</script>", "_(prompt-like)_", "**Topic:** x",
    ")", "(", "x) _(y", "*(",
)
FIELDS = ("title", "company", "role", "location", "organizer", "name", "phrase")


def _interview(field: str, value: str) -> Interview:
    people = [KIM, RAJ]
    if field == "name":
        people.append(Person(email="evil@attacker.example", name=value))
    values: dict[str, object] = {
        "key": f"{value}@google.com", "event_id": "e1", "title": "Interview",
        "company": "Northwind", "role": "Data Engineer", "stage": None,
        "start": datetime(2026, 6, 10, 14, tzinfo=NY), "end": datetime(2026, 6, 10, 15, tzinfo=NY),
        "timezone": "America/New_York", "people": tuple(people)}
    if field in ("title", "company", "role", "location"):
        values[field] = value
    if field == "organizer":
        values["organizer_email"] = value
    return Interview(**values)  # type: ignore[arg-type]


def _note(field: str, value: str) -> tuple[str, Interview]:
    interview = _interview(field, value)
    timeline = (Timeline(respond_by=date(2026, 6, 24), phrase=value) if field == "phrase"
                else None)
    action = WriteNote(key=f"{interview.key}/assess", content_hash="h", interview=interview,
                       due=interview.end, timeline=timeline, notes_from_earlier=(f"x {value}",))
    text = render_note(action, SETTINGS, TEMPLATES)
    section = AppendNote(key=f"{interview.key}/append", content_hash="h", interview=interview,
                         due=interview.end, person=interview.people[-1])
    text += render_note_section(section, SETTINGS, TEMPLATES,
                                stamp=datetime(2026, 6, 11, tzinfo=NY))
    return text, interview


def _structure(text: str) -> list[tuple[str, str]]:
    """Every block-level token and every link/HTML/code inline token, in order."""
    out = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "inline":
            out.append((token.type, token.tag))
        for child in token.children or ():
            if child.type in ("link_open", "image", "html_inline", "code_inline", "autolink"):
                out.append((child.type, child.content))
    return out


def _edited(text: str) -> str:
    """What a user does: a topic under Kim, a concern under Raj, a material item, a timeline."""
    kim = text.index("### Kim Lee")
    text = text[:kim] + text[kim:].replace("- Topic: _(", "- Topic: the pipeline _(", 1)
    raj = text.index("### Raj Iyer")
    text = text[:raj] + text[raj:].replace("- Concern: _(", "- Concern: my dbt _(", 1)
    text = text.replace("- _(name of a file in your material folder",
                        "- work-sample.pdf _(name of a file in your material folder", 1)
    return text.replace("_(what they told you about next steps", "Two weeks. _(", 1)


BENIGN, _ = _note("title", "Interview")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("attack", ATTACKS)
def test_invite_text_adds_no_structure_and_no_instruction(field: str, attack: str) -> None:
    text, interview = _note(field, attack)
    benign, _ = _note(field, "Interview")
    assert _structure(text) == _structure(benign), text
    assert "@google.com" not in text  # the event's id never reaches the note
    notes = parse_note(_edited(text), interview_key="k", people=interview.people)
    _assert_only_the_user(notes)


def _assert_only_the_user(notes: UserNotes) -> None:
    assert notes.attachments == ("work-sample.pdf",)
    assert notes.timeline_text == "Two weeks."
    assert notes.wish_i_had_said == () and notes.points_to_stress == ()
    by = {p.email: (p.topic, p.concern) for p in notes.people}
    assert by.pop("kim@northwind.example") == ("the pipeline", None)
    assert by.pop("raj@northwind.example") == (None, "my dbt")
    assert all(v == (None, None) for v in by.values()), by


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(field=st.sampled_from(FIELDS),
       value=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=80)
       | st.lists(st.sampled_from(ATTACKS), min_size=1, max_size=4).map("".join))
def test_any_invite_text_property(field: str, value: str) -> None:
    assume(markdown_text(value) != "")  # blank text leaves its line out: another structure
    text, interview = _note(field, value)
    benign, _ = _note(field, "Interview")
    assert _structure(text) == _structure(benign)
    _assert_only_the_user(parse_note(_edited(text), interview_key="k", people=interview.people))


@given(st.text(max_size=200) | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)))
def test_markdown_text_reads_back_as_literal_text(value: str) -> None:
    tokens = MarkdownIt("commonmark").parse("- Where: " + markdown_text(value) + "\n")
    inline = next(t for t in tokens if t.type == "inline")
    assert [c.type for c in inline.children or ()] == ["text"]  # one text run: no structure
    shown = (inline.children or [])[0].content.removeprefix("Where:").strip()
    if value.isascii() and value.isprintable():
        assert shown == " ".join(value.split())  # printable ASCII comes back exactly


def test_note_id_is_a_hash_of_the_key() -> None:
    assert note_id("evt-->@google.com").startswith("n-")
    assert note_id("a") == note_id("a") != note_id("b")
    assert "evt" not in note_id("evt-->@google.com")


def test_the_old_format_is_still_read() -> None:
    """A note written by the previous release (raw key in the header, unescaped text)."""
    old = ("# Northwind — Data Engineer\n\n<!-- interview-sync evt-1: this note is yours -->\n\n"
           "- When: Wednesday 10 June 2026\n\n## People\n\n### Kim Lee\n\n"
           "- Email: kim@northwind.example\n- Topic: the pipeline\n- Concern: _(prompt)_\n\n"
           "## What I wish I had said\n\n- how to test it\n\n## Next steps and timeline\n\n"
           '> From the invite: "within a week"\n\nTwo weeks.\n\n## Material to send\n\n'
           "- work-sample.pdf\n\n## Points to stress with references\n\n- Kafka\n")
    notes = parse_note(old, interview_key="evt-1", people=(KIM,))
    assert notes.for_person(KIM.email) is not None
    assert notes.for_person(KIM.email).topic == "the pipeline"  # type: ignore[union-attr]
    assert notes.wish_i_had_said == ("how to test it",)
    assert notes.timeline_text == "Two weeks." and notes.attachments == ("work-sample.pdf",)
    assert notes.points_to_stress == ("Kafka",)


def test_a_line_typed_right_under_the_quote_is_the_users() -> None:
    text = ("## Next steps and timeline\n\n> From the invite: \"a week\"\nThey said ten days\n\n"
            "## Material to send\n\n## What I wish I had said\n\n## Points to stress\n")
    assert parse_note(text, interview_key="k").timeline_text == "They said ten days"


def test_material_links_give_their_target_and_prompts_are_not_answers() -> None:
    text = ("## Material to send\n\n- [my sample](work%20sample.pdf)\n- `deck.pdf`\n"
            "- _(name of a file)_\n- file://cv.pdf\n")
    assert parse_note(text, interview_key="k").attachments == (
        "work sample.pdf", "deck.pdf", "cv.pdf")
