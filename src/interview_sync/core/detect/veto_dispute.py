"""Whether the rest of an event disputes its title's veto: the invitation speaks to a candidate.

Owns ``veto_disputed``, the ``veto_disputed`` feature ``features`` records beside a title veto
(``title_veto``), and the two vocabularies it weighs: how an invitation addresses the person it
invites to be interviewed (``CANDIDATE_ADDRESS``: "your interview", "thank you for applying",
"please bring", "you will meet", "you are invited") and how the hiring side writes to its own
people (``HIRING_ADDRESS``: "the candidate's résumé", a scorecard, "please review", a panel
member, a practice run).

Why (round 16): a title veto reads one word, and in three blind rounds running a word of a
longer phrase silenced an interview ("Training Contract", "Strategy", "Surveyor", "Hiring
Event", "1:1"). Rules for each phrase did not carry to the next batch. The description says
whom the event is for, and an employer's invitation to its candidate is written to that
candidate; so a title veto that an outside organiser's description contradicts is not trusted
to silence the event. It does not make the event an interview either: ``confidence`` then
lets the user be asked (the note and a question, never drafts) when the probability, with this
feature's fitted weight, reaches the unsure line. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated

__all__ = ["CANDIDATE_ADDRESS", "HIRING_ADDRESS", "veto_disputed"]

_I = re.IGNORECASE
_HEAD = 1_500  # an invitation says whom it is for early (``features.DESC_HEAD``)

# The person invited is the candidate: the invitation speaks of their interview, their
# application, what they should bring, whom they will meet. English and the languages the
# corpus holds most of, each in the second person an employer writes to an applicant.
CANDIDATE_ADDRESS = LiteralGated(re.compile(
    r"\byour\s+(?:[\w-]+\s+){0,3}(?:interview|assessment|application|test|trial|slot|visit)\b"
    r"|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:your\s+)?(?:interest|applying|application)"
    r"|\b(?:please|kindly)\s+(?:bring|arrive|have\s+(?:a\s+copy|your)|wear)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:meet|be\s+meeting|speak\s+with|be\s+interviewed|be\s+asked)\b"
    r"|\byou(?:'re|\s+are|\s+have\s+been)\s+(?:invited|scheduled|booked|shortlisted)\b"
    r"|\bwe(?:\s+would|'d|\s+are\s+pleased|\s+are\s+happy)\s+(?:like\s+|love\s+)?to\s+invite\s+you\b"
    r"|\blook(?:ing)?\s+forward\s+to\s+(?:meeting|speaking|talking|seeing)\s+(?:with\s+)?you\b"
    r"|\bcongratulations\b"
    r"|\bihr(?:em|en)?\s+(?:\w+\s+){0,2}(?:vorstellungsgespr[äa]ch|bewerbung)\b"
    r"|\bvotre\s+(?:\w+\s+){0,2}candidature\b|\bvotre\s+entretien\s+(?:d['’]embauche|avec)\b"
    r"|\b(?:su|sua)\s+(?:\w+\s+){0,2}(?:entrevista|candidatura)\b|\bil\s+suo\s+colloquio\b"
    r"|\b(?:uw|je)\s+(?:\w+\s+){0,2}sollicitatie\b",
    _I,
))

# The person invited is on the hiring side, or it is not hiring: the candidate's papers, a
# scorecard or feedback to submit, a panel member's brief, a practice run.
HIRING_ADDRESS = LiteralGated(re.compile(
    r"\bcandidate(?:'s|s['’]?)?\s+(?:profile|resume|résumé|cv|packet|details|list|questionnaire"
    r"|pack)|\bscorecard|\bfeedback\b|\binterview\s+kit|\bwho\s+you\s+are\s+interviewing"
    r"|\bpanel(?:l)?ists?\b|\bpanel\s+member|\bplease\s+review\b"
    r"|\binterview(?:ing)?\s+(?:the\s+|our\s+)?(?:candidates|applicants)\b"
    r"|\bmock\b|\bpractice\b|\brole[\s-]?play",
    _I,
))


def veto_disputed(description: str, *, organizer_email: str, organizer_self: bool) -> bool:
    """Whether an outside organiser's description addresses the user as the candidate and
    never as the hiring side (the evidence against a title's veto; ``confidence`` weighs it)."""
    if organizer_self or not organizer_email:
        return False  # the user's own entry: nobody wrote to them as a candidate
    head = description[:_HEAD]
    return CANDIDATE_ADDRESS.search(head) is not None and HIRING_ADDRESS.search(head) is None
