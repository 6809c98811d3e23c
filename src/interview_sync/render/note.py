"""The assessment note: its file name, its Markdown, and sections appended to it later.

Owns: ``note_filename`` (safe whatever the event's title says), ``render_note`` and
``render_note_section``. The structure the templates produce is the one
``interview_sync.local.notes`` reads back: ``### Name`` blocks with ``- Email:``, ``- Topic:``
and ``- Concern:`` lines, and ``##`` sections for next steps, material to send, points to
stress and what I wish I had said.
Prompts are written as ``_(...)_`` so the reader can tell a prompt from an answer.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from interview_sync.core.model import AppendNote, Interview, PlanSettings, WriteNote
from interview_sync.render.context import note_context, section_context, zone
from interview_sync.render.linkedin import render_linkedin_note
from interview_sync.render.templates import Templates
from interview_sync.render.words import tidy

__all__ = ["NAME_BYTES", "note_filename", "render_note", "render_note_section"]

NAME_BYTES = 150  # well under the 255-byte limit of common file systems, leaving room for .tmp
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]')
_DOTS = re.compile(r"\.{2,}")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
                       *(f"COM{i}" for i in "123456789"), *(f"LPT{i}" for i in "123456789")})


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
    return tidy(templates.render("note", context))


def render_note_section(action: AppendNote, settings: PlanSettings, templates: Templates, *,
                        stamp: datetime) -> str:
    """A clearly marked section to append (starts with a blank line, so it never joins a line)."""
    interview = action.interview
    people = [action.person] if action.person is not None else list(interview.interviewers)
    linkedin = {p.email: render_linkedin_note(interview, p, settings, templates) for p in people}
    context = section_context(interview=interview, settings=settings, people=people, stamp=stamp,
                              linkedin_notes=linkedin)
    return "\n" + tidy(templates.render("note_section", context))
