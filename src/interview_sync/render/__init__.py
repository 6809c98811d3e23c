"""Everything the user receives, as text and bytes: notes, mail drafts, LinkedIn notes, reminders.

A pure package: it renders the planner's actions with ``PlanSettings`` and compiled templates and
returns values; the engine's adapters write them. Modules: ``templates`` (Jinja2, validated at
load time), ``context`` (what templates see), ``email`` (MIME drafts checked by strict
re-parse), ``ics`` (vdir reminders and the combined feed), ``note`` (assessment note and safe
file names), ``linkedin`` (the 300-character note), ``words`` (locale-free text helpers).
"""

from __future__ import annotations

from interview_sync.render.email import (
    Attachment,
    RenderedDraft,
    UnsafeMessage,
    draft_fingerprint,
    message_id_for,
    render_draft,
)
from interview_sync.render.ics import (
    ReminderError,
    RenderedReminder,
    reminder_uid,
    render_cancelled,
    render_feed,
    render_reminder,
)
from interview_sync.render.linkedin import linkedin_search_url, render_linkedin_note
from interview_sync.render.note import note_filename, render_note, render_note_section
from interview_sync.render.templates import Templates

__all__ = [
    "Attachment",
    "ReminderError",
    "RenderedDraft",
    "RenderedReminder",
    "Templates",
    "UnsafeMessage",
    "draft_fingerprint",
    "linkedin_search_url",
    "message_id_for",
    "note_filename",
    "reminder_uid",
    "render_cancelled",
    "render_draft",
    "render_feed",
    "render_linkedin_note",
    "render_note",
    "render_note_section",
    "render_reminder",
]
