"""Documents to bring: a health card makes an appointment a patient's, not a job step's.

Owns ``document_lookalike`` and ``nonjob_setting`` (the ``nonjob_context`` veto as the classifier
and the features read it: the place or the description shows a non-job interview, or a health
card shows a patient's appointment). A hospital or a GP asks the patient to bring the health card
("carte vitale", "tarjeta sanitaria", "Versichertenkarte"), and an "Entretien" or an
"Entrevista clínica" with one is no job interview (``lookalikes.NONJOB_DOCUMENT``). But an
employer asks the same of a candidate: an ID, the social-security or health card for the
payroll, a licence, diplomas ("Entretien + test de conduite – Permis + carte vitale",
"Probearbeiten Küche – bringen Sie Ihre Versichertenkarte mit", round 17's blind batch). So the
document vetoes only where nothing else names the job: not where the description speaks of
applying (``lookalikes.JOB_WORDS``, as for every context word), nor where the title names a job
("Agent(e) de propreté", "Conductor/a", "Lifeguard") or a selection step besides an interview
("test de conduite", "Probearbeiten", "mise en situation"). A medical's or a hospital's own words
in the title are other vetoes' (``lookalikes.NONJOB_TITLE``, ``title_veto``). Pure; no I/O.
"""

from __future__ import annotations

from interview_sync.core.detect.everyday_jobs import EVERYDAY_JOB
from interview_sync.core.detect.lookalikes import JOB_WORDS, NONJOB_DOCUMENT, context_is_lookalike
from interview_sync.core.detect.process_roles import hires_nobody
from interview_sync.core.detect.selection_shape import step_in_title
from interview_sync.core.detect.sides import names_job

__all__ = ["document_lookalike", "names_job_or_step", "nonjob_setting"]


def names_job_or_step(title: str) -> bool:
    """Whether the title names a job or a selection step other than an interview."""
    return bool(names_job(title) or EVERYDAY_JOB.search(title) or step_in_title(title))


def document_lookalike(title: str, location: str, description_head: str) -> bool:
    """Whether a health card to bring (in the location or the description's head) shows a
    patient's appointment: nothing in the description or the title names a job."""
    if not (NONJOB_DOCUMENT.search(location) or NONJOB_DOCUMENT.search(description_head)):
        return False
    return JOB_WORDS.search(description_head) is None and not names_job_or_step(title)


def nonjob_setting(title: str, location: str, description_head: str) -> bool:
    """Whether the location or the description's head shows a non-job interview (a consulate,
    "your child's teacher", ``lookalikes.context_is_lookalike``) or a patient's appointment (a
    health card to bring, ``document_lookalike``)."""
    return context_is_lookalike(location, description_head) \
        or document_lookalike(title, location, description_head) \
        or hires_nobody(title, description_head)  # round 19: a licence, a vetting (process_roles)
