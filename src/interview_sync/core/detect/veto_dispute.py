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

from interview_sync.core.bounds import DESC_HEAD
from interview_sync.core.detect.gate import LiteralGated

__all__ = ["ATTENDING", "CANDIDATE_ADDRESS", "HIRING_ADDRESS", "SELECTION_STEP", "veto_disputed"]

_I = re.IGNORECASE

# The person invited is the candidate, said outright: the invitation speaks of their interview,
# their application, thanks them for applying or invites them to a step. English and the
# languages the corpus holds most of, each in the second person an employer writes to an
# applicant. Enough alone.
CANDIDATE_ADDRESS = LiteralGated(re.compile(
    r"\byour\s+(?:[\w-]+\s+){0,3}(?:interview|assessment|application|test|trial|slot|visit"
    r"|superday|process|candidacy)\b"
    r"|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:your\s+)?(?:interest|applying|application)"
    r"|\bwe(?:\s+would|'d|\s+are\s+pleased|\s+are\s+happy)\s+(?:like\s+|love\s+)?to\s+invite\s+you\b"
    r"|\bcongratulations\b"
    r"|\bihr(?:em|en)?\s+(?:\w+\s+){0,2}(?:vorstellungsgespr[äa]ch|bewerbung|gespr[äa]chstermin)\b"
    r"|\bvotre\s+(?:\w+\s+){0,2}candidature\b|\bvotre\s+entretien\b"
    r"|\b(?:su|sua|tu)\s+(?:\w+\s+){0,2}(?:entrevista|candidatura)\b|\bil\s+suo\s+colloquio\b"
    r"|\b(?:uw|je|jouw)\s+(?:\w+\s+){0,2}(?:sollicitatie|sollicitatiegesprek)\b",
    _I,
))

# Round 17: the second person's logistics of attending something: what to bring (ID, papers, a
# CV), when and where to arrive or check in, what to wear, their RSVP, slot or time, whom
# they will meet. Said to any attendee (a webinar's, a lecture's, a clinic's), so it counts
# only with a selection step the attendee goes through (``SELECTION_STEP``, or the title's
# own step beside its veto word).
ATTENDING = LiteralGated(re.compile(
    r"\b(?:please\s+|kindly\s+)?(?:bring|arrive|wear|dress|check\s+in|report\s+to)\b"
    r"|\byour\s+(?:rsvp|registration|slot|time\s*slot|time|place|spot|booking|appointment|badge"
    r"|id|cv|resume|résumé|portfolio|documents?|certificates?|references?)\b"
    r"|\brsvp\b|\bi-9\b|\bright\s+to\s+work\b|\bphoto\s+id\b|\bgovernment[\s-]issued\s+id\b"
    r"|\byou(?:'ll|\s+will)\s+(?:meet|speak|talk|have|be\s+(?:meeting|interviewed|asked|seen))\b"
    r"|\byou(?:'re|\s+are|\s+have\s+been)\s+(?:invited|scheduled|booked|shortlisted|expected"
    r"|registered)\b"
    r"|\blook(?:ing)?\s+forward\s+to\s+(?:meeting|speaking|talking|seeing)\s+(?:with\s+)?you\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:registering|signing\s+up|confirming)\b"
    # German, formal and familiar: "bitte bringen Sie … mit", "Ihr Termin", "melden Sie sich"
    r"|\bbitte\s+(?:bringen|kommen|melden|seien|erscheinen)\b|\bbringen\s+sie\b"
    r"|\bmelden\s+sie\s+sich\b|\bihr(?:e|en|em)?\s+(?:\w+\s+)?(?:termin|zeitfenster|anmeldung"
    r"|unterlagen|personalausweis|ausweis|zeugnis\w*|lebenslauf)\b|\bbring\s+(?:dein|deine)\b"
    # French: "munissez-vous de", "présentez-vous", "votre créneau", "vous êtes attendu(e)"
    r"|\bmunissez[\s-]vous\b|\bpr[ée]sentez[\s-]vous\b|\bapportez\b|\bpensez\s+[àa]\s+apporter"
    r"|\bvous\s+[êe]tes\s+attendu|\bvotre\s+(?:\w+\s+)?(?:cr[ée]neau|rendez[\s-]vous|inscription"
    r"|convocation|pi[èe]ce\s+d['’]identit[ée])\b"
    # Italian: "si presenti con", "porti con sé", "il suo orario", "la aspettiamo"
    r"|\bsi\s+presenti\b|\bporti\s+con\s+s[ée]\b|\bpresentarsi\s+con\b|\bla\s+aspettiamo\b"
    r"|\bil\s+suo\s+(?:orario|appuntamento)\b|\bmunirsi\s+di\b"
    # Dutch: "neem je ID mee", "meld je bij", "jouw tijdslot", "je spreekt met"
    r"|\bneem\s+(?:je|uw|jouw)\b|\bmeld\s+(?:je|u)\b|\b(?:je|jouw|uw)\s+(?:\w+\s+)?(?:tijdslot"
    r"|afspraak|inschrijving|legitimatie)\b|\b(?:je|u)\s+spreekt\s+met\b"
    # Spanish and Portuguese: "trae tu DNI", "preséntate", "tu horario", "traga"
    r"|\btrae(?:r)?\s+(?:tu|su)\b|\btraiga\b|\bpres[ée]nt(?:ate|ese)\b|\bllega\s+\d|\bllegue\b"
    r"|\b(?:tu|su)\s+(?:\w+\s+)?(?:horario|cita|dni)\b|\btraga\b|\bcompare[çc]a\b",
    _I,
))

# Round 17: a selection step the attendee goes through, as the description tells it: an
# interview with someone, at a time, in a slot, the same day or on the spot, an offer to be
# made; never interviews as a topic ("questions about interviews", "dress as you would for an
# interview").
SELECTION_STEP = LiteralGated(re.compile(
    r"\binterviews?\s+(?:run|are\s+held|will\s+(?:be|take|last|run)|start|take\s+place|slot"
    r"|with|at\s+\d)\b|\binterview\s+slot|\b(?:same[\s-]day|on[\s-]the[\s-]spot|on[\s-]site"
    r"|individual|short|panel|group|\d+[\s-]minute)\s+interviews?\b"
    r"|\byou(?:'ll|\s+will)\s+be\s+interviewed\b|\boffers?\s+(?:may|will|can)\s+be\s+made\b"
    r"|\b(?:einzel|vorstellungs|bewerbungs|auswahl)gespr[äa]ch|\bgespr[äa]chstermin"
    r"|\bentretiens?\s+(?:individuels?|sur\s+place|avec|d['’]embauche)\b|\bjob\s+dating\b"
    r"|\bcolloqui?[oa]?\s+(?:individuale|con|alle|di\s+selezione)\b"
    r"|\b(?:kennismakings|sollicitatie|selectie)gesprek|\bgesprek\s+met\b"
    r"|\bentrevistas?\s+(?:con|individual|de\s+selecci[óo]n|a\s+las)\b|\bjornada\s+de\s+selecci[óo]n",
    _I,
))

# The person invited is on the hiring side, or it is not hiring: the candidate's papers, a
# scorecard or feedback to submit, a panel member's brief, a practice run; since round 17 a
# helper's or a volunteer's role and the same in the corpus's other languages.
HIRING_ADDRESS = LiteralGated(re.compile(
    r"\bcandidate(?:'s|s['’]?)?\s+(?:profile|resume|résumé|cv|packet|details|list|questionnaire"
    r"|pack)|\bscorecard|\bfeedback\b|\binterview\s+kit|\bwho\s+you\s+are\s+interviewing"
    r"|\bpanel(?:l)?ists?\b|\bpanel\s+member|\bplease\s+review\b"
    r"|\binterview(?:ing)?\s+(?:the\s+|our\s+)?(?:candidates|applicants)\b"
    r"|\bmock\b|\bpractice\b|\brole[\s-]?play"
    r"|\bvolunteer(?:s|ing)?\b|\bthanks?\s+(?:you\s+)?for\s+helping\b"
    r"|\bbewertungsb[öo]gen|\bmit\s+den\s+bewerber(?:n|innen)\b|\bgrilles?\s+d['’][ée]valuation"
    r"|\bschede?\s+di\s+valutazione|\bbeoordelingsformulier|\bhoja\s+de\s+evaluaci[óo]n"
    r"|\bsimulation\s+d['’]entretien|\bsimulacro|\bprobe(?:interview|gespr[äa]ch)",
    _I,
))


def veto_disputed(description: str, *, organizer_email: str, organizer_self: bool,
                  step_named: bool = False) -> bool:
    """Whether an outside organiser's description addresses the user as the candidate and
    never as the hiring side (the evidence against a title's veto; ``confidence`` weighs it).

    Said outright (``CANDIDATE_ADDRESS``), or as the logistics of attending (``ATTENDING``)
    a selection step: one the description tells (``SELECTION_STEP``) or, with ``step_named``,
    one the title names beside its veto word ("Hiring Event – same-day interviews")."""
    if organizer_self or not organizer_email:
        return False  # the user's own entry: nobody wrote to them as a candidate
    head = description[:DESC_HEAD]  # an invitation says whom it is for early
    if HIRING_ADDRESS.search(head) is not None:
        return False
    if CANDIDATE_ADDRESS.search(head) is not None:
        return True
    return ATTENDING.search(head) is not None and (
        step_named or SELECTION_STEP.search(head) is not None)
