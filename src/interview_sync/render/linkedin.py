"""The LinkedIn connection note (at most 300 characters) and the people-search link.

Owns: ``render_linkedin_note`` and re-exports ``linkedin_search_url``. We never touch LinkedIn:
the user pastes the note themselves, so all this must guarantee is that it fits.
"""

from __future__ import annotations

from interview_sync.core.model import Interview, Person, PlanSettings
from interview_sync.render.context import linkedin_search_url, mail_context
from interview_sync.render.templates import LINKEDIN_LIMIT, Templates
from interview_sync.render.words import single_line

__all__ = ["LINKEDIN_LIMIT", "fit", "linkedin_search_url", "render_linkedin_note"]


def fit(text: str, limit: int = LINKEDIN_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis if it is too long."""
    text = single_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-—") + "…"


def render_linkedin_note(interview: Interview, person: Person, settings: PlanSettings,
                         templates: Templates) -> str:
    """The note for one person, ≤ 300 characters (cut at a word if a long name forces it)."""
    context = mail_context(kind="linkedin_note", interview=interview, settings=settings,
                           person=person)
    return fit(templates.render("linkedin_note", context))
