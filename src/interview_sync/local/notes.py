"""Read the user's answers back out of an assessment note they have edited (or broken).

Owns: ``parse_note`` (Markdown text -> ``UserNotes``). Pure and total: it never raises, whatever
the text; what it cannot read goes into ``UserNotes.problems`` for ``status``.

How it reads: sections are recognised by keywords in their ``##`` heading, not by exact text,
so "## Next steps & timeline" or "## what I wish I'd said" still count. A person is any ``###``
block with an ``Email:``, ``Topic:`` or ``Concern:`` line, wherever it sits (so a section the
daemon appended later is read the same way); it is matched by the address on its ``Email:`` line,
else by its heading against the invite's people. Prompts are written as ``_(...)_`` and are
removed before anything is read, so a prompt the user left in place is never an answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from interview_sync.core.model import Person, PersonNotes, UserNotes
from interview_sync.core.text import clip

__all__ = ["parse_note"]

_MAX_NOTE = 1_000_000  # characters; a note is a page or two
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]*(.*?)[ \t#]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PROMPT = re.compile(r"_\((?:[^()]|\([^()]*\))*\)_|\*\((?:[^()]|\([^()]*\))*\)\*")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_FIELD = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?\s*(e-?mail|topic|concern|role|linkedin(?: note)?)"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$", re.IGNORECASE)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LINK = re.compile(r"\[[^\]]*\]\(([^)]+)\)")
_EMPTY_ANSWERS = frozenset({"", "-", "--", "—", "n/a", "na", "none", "tbd", "?", "...", "…"})
_READ_SECTIONS = ("timeline", "wish", "material", "points")


@dataclass(slots=True)
class _Block:
    heading: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    last: str | None = None


def _section_of(heading: str) -> str:
    h = heading.lower()
    if "carried" in h or "earlier" in h:
        return "ignore"
    if "wish" in h:
        return "wish"
    if "next step" in h or "timeline" in h:
        return "timeline"
    if "material" in h or "attach" in h:
        return "material"
    if "stress" in h:
        return "points"
    if "people" in h or "interviewer" in h or "added by" in h:
        return "people"
    return "other"


def _answer(text: str) -> str | None:
    """Text with prompts removed, or ``None`` when nothing the user wrote is left."""
    text = _PROMPT.sub(" ", text)
    text = " ".join(text.split()).strip()
    return None if text.lower().strip(" .") in _EMPTY_ANSWERS else text


def _list_items(lines: Sequence[str]) -> list[str]:
    items: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if not line.strip():
            current = None
            continue
        if _HEADING.match(line):
            current = None
            continue
        if _BULLET.match(line) or current is None or not line[:1].isspace():
            current = [_BULLET.sub("", line, count=1)]
            items.append(current[0])
        else:
            current.append(line.strip())
            items[-1] = " ".join(current)
    return [a for a in (_answer(i) for i in items) if a]


def _path(item: str) -> str:
    link = _LINK.search(item)
    if link:
        item = link.group(1)
    item = item.strip().strip("`'\"<>“”‘’ ").strip()
    return item.removeprefix("file://")


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _person_email(block: _Block, people: Sequence[Person]) -> str | None:
    for value in [*block.fields.get("email", []), block.heading]:
        found = _ADDRESS.search(value)
        if found:
            return found.group(0).lower()
    wanted = _name_key(_PROMPT.sub("", block.heading))
    for person in people:
        if person.email and wanted and _name_key(person.name) == wanted:
            return person.email.lower()
    return None


def _read(text: str, interview_key: str, people: Sequence[Person]) -> UserNotes:
    problems: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    if len(text) > _MAX_NOTE:
        problems.append(f"the note is over {_MAX_NOTE:,} characters; only the start was read")
        text = clip(text, _MAX_NOTE)
    if "\ufffd" in text:
        problems.append("the note has characters that could not be decoded (saved in another "
                        "encoding?); the rest was read")
    text = _COMMENT.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))

    sections: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    section = "other"
    block: _Block | None = None
    for line in text.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            if level <= 2:
                section = _section_of(title) if level == 2 else "other"
                sections.setdefault(section, [])
                block = None
            else:
                block = _Block(heading=title)
                blocks.append(block)
            if section != "people":
                sections.setdefault(section, []).append(line)
            continue
        if section != "people":
            sections.setdefault(section, []).append(line)
        if block is None:
            continue
        found = _FIELD.match(line)
        if found:
            name = found.group(1).lower().replace("-", "")
            name = "linkedin" if name.startswith("linkedin") else name
            block.fields.setdefault(name, []).append(found.group(2))
            block.last = name if name in ("topic", "concern") else None
        elif block.last and line.strip() and (line[:1].isspace() or not _BULLET.match(line)):
            block.fields[block.last][-1] += " " + line.strip()
        else:
            block.last = None

    found_people: dict[str, PersonNotes] = {}
    for b in blocks:
        if not any(k in b.fields for k in ("email", "topic", "concern")):
            continue
        topic = next((a for a in map(_answer, reversed(b.fields.get("topic", []))) if a), None)
        concern = next((a for a in map(_answer, reversed(b.fields.get("concern", []))) if a),
                       None)
        email = _person_email(b, people)
        if email is None:
            if topic or concern:
                problems.append(f"the section '{b.heading[:60]}' has answers but no Email: line "
                                "that matches someone on the invite")
            continue
        earlier = found_people.get(email)
        if earlier is not None:
            topic, concern = topic or earlier.topic, concern or earlier.concern
        found_people[email] = PersonNotes(email=email, topic=topic, concern=concern)

    missing = [s for s in _READ_SECTIONS if s not in sections]
    if text.strip() and len(missing) == len(_READ_SECTIONS) and not found_people:
        problems.append("no interview-sync sections were found (were the ## headings renamed?)")
    elif missing:
        problems.append("sections not found: " + ", ".join(missing))

    # Quoted lines are what interview-sync copied from the invite, not the user's answer:
    # reading them back would turn our own words into an "override" of themselves.
    timeline_lines = [a for a in (_answer(line) for line in sections.get("timeline", [])
                                  if not _HEADING.match(line)
                                  and not line.lstrip().startswith(">")) if a]
    attachments = list(dict.fromkeys(p for p in (_path(i) for i in _list_items(
        sections.get("material", []))) if p))
    return UserNotes(
        interview_key=interview_key,
        timeline_text="\n".join(timeline_lines) or None,
        people=tuple(found_people.values()),
        wish_i_had_said=tuple(_list_items(sections.get("wish", []))),
        attachments=tuple(attachments),
        points_to_stress=tuple(_list_items(sections.get("points", []))),
        problems=tuple(problems),
    )


def parse_note(text: str, *, interview_key: str, people: Sequence[Person] = ()) -> UserNotes:
    """What the user wrote in a note, as far as it can be read. Never raises."""
    try:
        return _read(text, interview_key, people)
    except Exception as exc:  # a bug here must cost one note's answers, not the daemon
        return UserNotes(interview_key=interview_key,
                         problems=(f"internal error reading the note: {type(exc).__name__}",))
