"""The assessment note: its file name, its Markdown, and sections appended to it later.

Owns: ``note_filename`` (safe whatever the event's title says), ``render_note``,
``render_note_section``, ``note_id`` (the project's own identifier of a note or section, never
the event's) and ``markdown_text`` (invite text made inert). The structure the templates produce
is the one ``interview_sync.local.notes`` reads back: ``### Name`` blocks with ``- Email:``,
``- Topic:`` and ``- Concern:`` lines, and ``##`` sections for next steps, material to send,
points to stress and what I wish I had said. Prompts are written as ``_(...)_`` so the reader
can tell a prompt from an answer.

The rule (docs/notes.md): every value a template receives passes through ``markdown_text``
first, so text from an invite (title, names, addresses, location, organiser, the employer's
timeline phrase) is one line of literal characters: it cannot open or close an HTML comment,
start a heading, list item, quote, link, image or code span/block, or break the line it sits on.
Only the template's own text is structure, and the reader takes instructions only from that
structure (plus what the user types). Event ids never reach the note: the header and the
markers of appended sections carry ``note_id``, a hash of the project's key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from interview_sync.core.model import AppendNote, Interview, PlanSettings, WriteNote
from interview_sync.render.context import NOTE_FORMAT, note_context, section_context, zone
from interview_sync.render.linkedin import render_linkedin_note
from interview_sync.render.templates import Templates
from interview_sync.render.words import tidy

__all__ = ["FORMAT", "NAME_BYTES", "markdown_text", "note_filename", "note_id", "render_note",
           "render_note_section"]

FORMAT = NOTE_FORMAT  # in the header comment: notes written with inert invite text

NAME_BYTES = 150  # well under the 255-byte limit of common file systems, leaving room for .tmp
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]')
_DOTS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
                       *(f"COM{i}" for i in "123456789"), *(f"LPT{i}" for i in "123456789")})


# Controls, zero-width and bidi-override characters: invisible, so they could disguise structure.
_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    r"\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]")
# Characters that mean something inline anywhere in a CommonMark line (emphasis, code, links,
# raw HTML and comments, entities, a heading's closing sequence): always backslash-escaped.
_INLINE = re.compile(r"([\\`*_\[\]<>&#!|~{}])")
# What may start a block when it opens a list item's content: escaped only at the start.
_LEADING = re.compile(r"^([-+=>]|\d{1,9}(?=[.)]))")


def markdown_text(value: str) -> str:
    """``value`` as one line of literal Markdown text: no structure, whatever it contains.

    Every ASCII punctuation character that CommonMark gives a meaning inline is
    backslash-escaped (CommonMark 0.31 §2.4: any ASCII punctuation may be), line breaks of every
    kind collapse into spaces, and invisible characters go. The reader (markdown-it-py) gives
    the characters back exactly, so an address or a name reads the same after the round trip.
    """
    text = unicodedata.normalize("NFC", str(value))
    text = _SPACES.sub(" ", _INVISIBLE.sub(" ", text)).strip()
    text = _INLINE.sub(r"\\\1", text)
    match = _LEADING.match(text)
    if match:
        end = match.end()
        text = (text[:end] + "\\" + text[end:]) if text[:1].isdigit() else "\\" + text
    return text


def note_id(key: str) -> str:
    """``n-<16 hex>``: the project's own id for a note (or a section) from its key.

    The key starts with the event's iCalUID, which the invite's sender chose; a hash of it
    carries no text of theirs into the note.
    """
    return "n-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _inert(value: Any) -> Any:
    if isinstance(value, str):
        return markdown_text(value)
    if isinstance(value, list | tuple):
        return [_inert(v) for v in value]
    if isinstance(value, dict):
        return {k: _inert(v) for k, v in value.items()}
    return value


def _note_values(context: dict[str, Any]) -> dict[str, Any]:
    safe: dict[str, Any] = _inert(context)
    safe["key"] = note_id(str(context.get("key", "")))
    return safe


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub(" ", text)
    text = _DOTS.sub(".", text)
    return _SPACES.sub(" ", text).strip(" .-")


def note_filename(interview: Interview) -> str:
    """``2026-06-10 Northwind - Data Engineer.md``: one path component, never empty or hidden."""
    day = interview.start.astimezone(zone(interview.timezone) or UTC).date().isoformat()
    label = " - ".join(_clean(x) for x in (interview.company, interview.role or interview.stage)
                       if x and _clean(x))
    label = label or _clean(interview.title) or "Interview"
    stem = f"{day} {label}"
    while len(stem.encode("utf-8")) > NAME_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(" .-") or day
    if stem.split(".")[0].strip().upper() in _RESERVED:  # unreachable with a date prefix; cheap
        stem = "_" + stem
    return f"{stem}.md"


def _linkedin_notes(interview: Interview, settings: PlanSettings,
                    templates: Templates) -> dict[str, str]:
    return {p.email: render_linkedin_note(interview, p, settings, templates)
            for p in interview.interviewers}


def render_note(action: WriteNote, settings: PlanSettings, templates: Templates) -> str:
    """The whole note, written once when the interview ends."""
    context = note_context(interview=action.interview, settings=settings,
                           timeline=action.timeline, notes_from_earlier=action.notes_from_earlier,
                           linkedin_notes=_linkedin_notes(action.interview, settings, templates))
    return tidy(templates.render("note", _note_values(context)))


def render_note_section(action: AppendNote, settings: PlanSettings, templates: Templates, *,
                        stamp: datetime) -> str:
    """A clearly marked section to append (starts with a blank line, so it never joins a line)."""
    interview = action.interview
    people = [action.person] if action.person is not None else list(interview.interviewers)
    linkedin = {p.email: render_linkedin_note(interview, p, settings, templates) for p in people}
    context = section_context(interview=interview, settings=settings, people=people, stamp=stamp,
                              linkedin_notes=linkedin)
    return "\n" + tidy(templates.render("note_section", _note_values(context)))
