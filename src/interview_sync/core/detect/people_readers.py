"""Which readers name people in an invite's text and title, in every script the corpus holds.

Owns the lists ``people`` runs over a description whose guests are hidden (``described_people``:
forwarded invites, a schedule or table, a signature with a job, the prose's cues, the CJK,
Arabic, Thai and Devanagari labels, titled and marked names, seats, the Greek, Hebrew, Tamil,
Persian and Bengali readers, the Japanese and Korean honorifics and round 23's Russian and
Ukrainian patronymics and panels listed in a bracket) and over a title
(``title_marked``: the names an honorific or a courtesy title marks, round 19's Japanese and
Korean and round 20's Arabic, Hebrew, Tamil, Persian and Bengali, which a title's "with" or
"مع أ." introduces; round 21's ranks and honorifics, "Judge", "Prof.", "श्री", "জনাব", and the
people a title's brackets list with their roles). Split from ``people`` in round 20 (the module
was past the size guideline).
Pure; no I/O.
"""

from __future__ import annotations

from interview_sync.core.detect.markers import marked_people
from interview_sync.core.detect.mentions import mentioned_people, titled_people
from interview_sync.core.detect.people_honorifics import honorific_names
from interview_sync.core.detect.people_patronymics import patronymic_people
from interview_sync.core.detect.people_ranks import (
    bracketed_people,
    courtesy_surnames,
    panel_bracket_people,
    ranked_people,
)
from interview_sync.core.detect.people_scripts import script_interviewers
from interview_sync.core.detect.schedule import (
    PersonDraft,
    forwarded_people,
    schedule_people,
    table_text,
)
from interview_sync.core.detect.seats import seated_people
from interview_sync.core.detect.signature import signer_with_job
from interview_sync.core.detect.uncased import (
    arabic_interviewers,
    cjk_interviewers,
    uncased_interviewers,
)

__all__ = ["described_people", "title_marked"]


def described_people(description_text: str, raw_description: str) -> list[PersonDraft]:
    """Everyone a description names by any reader, in the readers' order."""
    listed = schedule_people(table_text(raw_description) or description_text)
    signed = signer_with_job(description_text)
    return (forwarded_people(raw_description or description_text) + listed
            + ([signed] if signed is not None else [])
            + mentioned_people(description_text) + cjk_interviewers(description_text)
            + arabic_interviewers(description_text) + uncased_interviewers(description_text)
            + titled_people(description_text) + marked_people(description_text)
            + seated_people(description_text) + script_interviewers(description_text)
            + honorific_names(description_text) + ranked_people(description_text)
            + patronymic_people(description_text) + panel_bracket_people(description_text)
            + courtesy_surnames(description_text))


def title_marked(title: str) -> list[PersonDraft]:
    """The people a title marks by an honorific or a courtesy title ("高橋 誠様", "김민준
    팀장님", "مقابلة مع أ. سارة المنصوري – مدرسة الأفق الدولية")."""
    return honorific_names(title) + arabic_interviewers(title) + script_interviewers(title) \
        + ranked_people(title, title=True) + bracketed_people(title) \
        + courtesy_surnames(title, title=True)
