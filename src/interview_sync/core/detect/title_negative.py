"""What a title says against the user's own candidate interview: the title vetoes' vocabulary.

Owns ``TITLE_NEGATIVE`` (the hiring side, mock and practice sessions, press, research, exit
interviews, events, prep and reminder blocks, cancelled titles in English; since round 9 every
language's cancelled titles are ``lexicon_steps.CANCELLED``, read by ``lookalikes``), the
media jobs that keep a media word from vetoing ("Interview – Podcast Producer",
``without_media_job``) and ``TITLE_TODO`` (a to-do, not a meeting). ``title_veto``
applies them with their exceptions. Split from ``rules`` in round 9 (that module had reached
the size guideline): ``rules`` keeps what lets an event in and what counts for it, this module
what counts against it. Pure data and one small function; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated  # one-pass literal gates
from interview_sync.core.detect.words import CANDIDATE_WORDS

__all__ = ["MEDIA_JOB", "MEDIA_WORD", "TITLE_NEGATIVE", "TITLE_TODO", "without_media_job"]

_I = re.IGNORECASE

# Job heads after a word that is otherwise an event's ("Workshop Technician", "Training
# Coordinator"): the title names a job, not a workshop or a training.
_JOB_HEAD = (r"(?:technician|manager|supervisor|assistant|coordinator|engineer|mechanic|lead"
             r"|foreman|operative|instructor|specialist|officer|advisor|consultant|director"
             r"|developer|designer"
             # round 9: "Trial day – KS2 Class Teacher" names a job, not a class
             r"|teacher|tutor|lecturer|aide|representative|administrator|clerk"
             # round 7: a department named after it ("Administrator, Training Section")
             r"|section|department|unit|division)s?\b")

# A room after a workshop word: the workshop is a place, not the event (round 23).
_ROOM_AFTER = r"(?:room|space|hall|studio|suite|area|floor|lab|building|centre|center)s?\b"

# A title that says the event is not the user's own candidate interview.
TITLE_NEGATIVE = LiteralGated(re.compile(
    r"\bcancel+ed\b|\bmock\b|\bpractice\b|\bpractise\b|\bprep\b|\bprepar|\brehears"
    r"|\bdry[\s-]?run\b|\bpramp\b|\binterviewing\.io\b|\bleetcode\b|\bstudy\s+(?:group|session)"
    r"|\bpodcast|\bjournalist|\bpress\b|\bmedia\s+interview|\breporter\b|\bnewspaper\b"
    r"|\bmagazine\b|\bradio\b|\btv\s+interview|\bbroadcast|\bon[\s-]?air\b|\bfilming\b"
    r"|\buser\s+(?:research(?!er)|interview|study|testing)|\bux\s+research(?!er)|\bresearch\s+(?:interview"
    r"|session|participant|study)|\bcustomer\s+(?:interview|discovery|research|call)"
    r"|\busability\b|\bdiscovery\s+interview|\bexpert\s+(?:interview|call|network)"
    r"|\bexit\s+interview|\bstay\s+interview|\boffboarding\b|\bperformance\s+review"
    # (round 23: nor a room or venue called workshop: "Board Room Workshop", "@ Workshop 3",
    # "Workshop Room B"; ``kinds.TITLE_TABLE_5`` reads it the same way)
    r"|(?<!room\s)(?<!@\s)(?<!@)\bworkshop(?!\s+" + _JOB_HEAD + r")(?!\s+" + _ROOM_AFTER + r")"
    r"(?!\s*(?:\d|(?-i:[A-Z])\b))"
    r"|\b(?:career|job|hiring|recruiting|graduate)\s+(?:fair|expo|day|event|night)"
    # ... but "Candidate Screening - Career Fair follow-up" is a meeting after the fair.
    r"(?!\s*(?:follow[\s-]?up|connection|referral|lead)s?\b)"
    r"|\bwebinar|\bwebcast|\binfo(?:rmation)?\s+session|\bopen\s+house\b|\bmeetup\b"
    r"|\bconference\b(?!\s+" + _JOB_HEAD + r")|\bbootcamp\b"
    # (round 11: a candidate's "trial lecture" or "demo class" is a hiring step, ``lexicon_steps``)
    r"|(?<!\bdemo\s)(?<!\bsample\s)\bclass\b(?!\s+" + _JOB_HEAD + r")"
    r"|\bcourse\b(?!\s+" + _JOB_HEAD + r")|(?<!\btrial\s)(?<!\bsample\s)\blecture\b"
    r"|\bseminar\b(?!\s+" + _JOB_HEAD + r")"
    r"|\btraining\b(?!\s+" + _JOB_HEAD + r")"
    r"|\btips\b|\bsync\b(?!\s+(?:re|about|on)\b:?[^|]*\b(?:role|position|opportunity|opening)\b)|\bweekly\b|\bstand[\s-]?up\b|\ball[\s-]hands\b|\bretro(?:spective)?\b"
    r"|\bplanning\b(?!\s+(?:technician|officer|assistant|analyst|engineer|manager|clerk|inspector|aide)s?\b)|\b1:1\b(?!\s+(?:interview|(?:phone\s+|video\s+|recruiter\s+|technical\s+)?screen))|\bone[\s-]on[\s-]one\b|\bteam\s+meeting\b|\boffsite\b"
    # a recruiting or sales pipeline meeting ("Pipeline review"), not a take-home's data pipeline
    r"|(?<!\bdata\s)(?<!\betl\s)(?<!\bml\s)(?<!\bci\s)(?<!\bbuild\s)\bpipeline\b(?!\s+(?:exercise|project|design|challenge|task|assignment))"
    # round 11: a search's or a project's kick-off is never the candidate's interview
    # ("Search kickoff with our recruiting partner (Head of Ops role)", drafted in round 10)
    r"|\bkick[\s-]?off\b"
    r"|\bheadcount\b|\bstrategy\b|\boffer\s+(?:review|letter)\b"
    r"|\bonboarding\b|\borientation\b|\bhappy\s+hour\b|\bbackground\s+check"
    r"|\breference\s+(?:check|call)|\bintake\b|\btalent\s+review\b|\bteam\s+on[\s-]?site\b"
    r"|\b(?:company|quarterly|annual|eng(?:ineering)?)\s+on[\s-]?site\b|\bexam\b(?<!oral\sexam)(?<!board\sexam)|\boffice\s+hours\b|\bremind|\bfollow[\s-]?up\s+(?:on|after|re|about)\b|\bthank[\s-]?you\s+(?:note|email|card)"
    r"|\b(?:after|before|about|for|re)\s+(?:the\s+|my\s+|an?\s+)?interview\b(?!\s+(?:with|at)\b)"
    # round 9: "before the interview" in other languages (coaching or prep ahead of it)
    r"|\binf[öo]r\s+(?:\w+\s+)?\w*intervju|\bfør\s+(?:\w+\s+)?\w*(?:intervju(?:et|en)|samtalen)"
    r"|\bennen\s+\w*haastattelu|\bvor\s+dem\s+\w*gespr[äa]ch|\bavant\s+l['’]entretien"
    r"|\bantes\s+de\s+la\s+entrevista|\bantes\s+da\s+entrevista|\bprima\s+del\s+colloquio"
    r"|\b(?:travel|flight|drive|commute|uber|taxi|hotel|train)\s+(?:to|for|from|back)\b"
    # (round 10: the candidate's debrief after their demonstration lesson is part of it)
    r"|\bdebrief(?!\s+(?:call\s+)?with\s+(?:the\s+|my\s+|your\s+)?recruit"
    r"|\s+(?:after|on|of|following)\s+(?:the\s+|my\s+|your\s+)?(?:demo(?:nstration)?|sample"
    r"|model|teaching)\s+lesson)|\bscorecard|\bfeedback\b|\bcalibration\b|\bhiring\s+committee\b"
    # round 21: shadowing an interviewer is the hiring side's; a candidate's shadow shift (a care
    # home's, ``lexicon_steps.TRIAL``) is a trial shift; round 24: so is a practice's shadow
    # or shadowing day for a post (``lexicon_steps.TRIAL``), but not a "job shadow(ing) day",
    # a student's career exploration (tests/data/detect_cases.py's "Job shadow day")
    r"|\bshadow(?!\s+(?:shifts?|days?)\b)(?!ing\s+days?\b)|\bjob[\s-]+shadow"
    # round 24: an audition's committee, panel or jury is the hiring side's, whatever chair it
    # hears ("Audition committee – 2nd horn prelims": the chair names a post, ``sides``)
    r"|\baudition\s+(?:committee|panel|jury)\b"
    r"|\binterviewing\b(?!\s+(?:with|at|for\s+(?:the\s+)?(?:role|position)|for\s+[A-Z]))"
    r"|\binterview(?:er)?\s+(?:training|certification|kit|guide)|\binterviewers?\s+sync"
    r"|\b(?<!shortlisted\s)(?<!short-listed\s)candidate(?!\s+screen)|\binterview\s+(?:the|a|our)\s+candidate"
    # round 12: interviews whose object is the applicants, in the languages that write it so
    # ("Interview applicant: Devon", "Entrevistas postulantes – Vendedor/a", "Gespräche mit
    # Bewerbern"): the user interviews them
    r"|\b(?:interviews?|entrevistas?|entretiens?|gespr[äa]che|gesprekken)\s+(?:(?:with|con|avec"
    r"|mit|met)\s+)?(?:the\s+|los\s+|las\s+|les\s+|die\s+|de\s+)?(?:applicants?|postulantes?"
    r"|bewerber(?:n|innen)?|sollicitanten|candidat[eo]s|kandidaten|aspirantes)\b"
    # Not hiring at all: consular and immigration interviews, clinics, talks streamed about hiring.
    # (visas, consulates, immigration and patients are in lookalikes.NONJOB_SETTING: a title
    # naming a job there, "Interview – Immigration Paralegal", stays an interview)
    r"|\bgreen\s+card\b|\bresiden(?:ce|cy)\s+permit|\bausl[äa]nderbeh[öo]rde|\baufenthalt"
    # round 14: the user as the subject of a background or security vetting (round 13 asked
    # about a "Security clearance subject interview", round 12 drafted a police background
    # interview with a polygraph): a check after the offer, not a hiring conversation
    r"|\bsubject\s+interview|\bclearance\s+interview|\bbackground\s+(?:investigation|investigator)"
    r"|\bpolygraph\b(?!\s+(?:examiner|operator)s?\b)(?!\s+" + _JOB_HEAD + r")"
    r"|\bsf[\s-]?86\b|\be[\s-]?qip\b|\bvetting\s+interview"
    r"|\bsicherheits(?:überprüfung|ueberpruefung|befragung)|\bveiligheidsonderzoek"
    r"|\bhabilitation\s+(?:de\s+s[ée]curit[ée]|d[ée]fense|secret)|\benqu[êe]te\s+administrative"
    r"|\bhabilitaci[óo]n\s+(?:personal\s+)?de\s+seguridad|\bnulla\s+osta\s+di\s+sicurezza"
    r"|\b(?:entrevista|entretien|interview)\s+(?:cl[ií]ni(?:ca|que|cal)|m[ée]dic(?:a|al|ale))\b|\bprimera\s+visita\b|\blive\s+(?:q\s*&\s*a|stream)|\blivestream|\bq\s*&\s*a\b"
    r"|\bfor\s+(?:our|the)\s+(?:[\w-]+\s+){0,4}(?:series|blog|channel|newsletter|show|magazine|stor(?:y|ies)|case\s+study|video|campaign|website"
    r"|feature|article|piece|profile|segment|episode|issue|documentary)\b"
    # ended by a word boundary: a job's name may begin with one ("Marine Surveyor", round 12)
    r"|\b(?:oral\s+histor(?:y|ies)|thes[ie]s|dissertations?|surveys?|census(?:es)?"
    r"|focus\s+groups?|documentar(?:y|ies))\b"
    r"|\bentrevista\s+de\s+salida|\bentretien\s+de\s+sortie|\bsimulacro|\bprobeinterview"
    r"|\b(?:book|write|draft|send|review)\s+(?:notes?|thank)"
    # round 5, the hiring side in any language: another candidate or applicant named
    # (``classify`` lets the user's own name through, as for "candidate"), the user's role
    # ("jij bent hiring manager", 面试官), slots to offer and interviews to prepare
    r"|" + CANDIDATE_WORDS + r"|\b(?:you(?:'re|\s+are)|jij\s+bent|je\s+bent|du\s+bist"
    r"|sie\s+sind|vous\s+[êe]tes|t[úu]\s+eres|usted\s+es)\s+(?:the\s+|de\s+|der\s+|die\s+|l[ea]\s+"
    r"|el\s+)?(?:hiring\s+manager|interviewer|recruiter|intervieweur|entrevistador)"
    r"|\bbookable\b|\binterview\s+(?:slots?|times|availability)\b"
    # round 9: private life, the user's family along ("Campus visit with my daughter")
    r"|\bwith\s+(?:my|our)\s+(?:daughter|son|kids?|child(?:ren)?|wife|husband|partner|family"
    r"|mom|mum|dad|parents)\b"
    # round 9: the user sitting on a panel or committee ("Board: sit on interview panel – ...")
    r"|\bsit(?:ting)?\s+on\s+(?:the\s+|an?\s+)?(?:interview|hiring|selection|search|appointments?)"
    r"\s+(?:panel|committee|board)\b|\b(?:interview|selection)\s+panel(?:l)?ists?\b"
    r"|\b(?:today|tomorrow)['’]s\s+interviews\b|\bvoorbereid|\bvorbereit|\bpr[ée]paration\b"
    r"|\bpreparaci[óo]n\b|\bpreparar\b|\bpreparazione\b"
    # a head count: the hiring side's list ("5 candidates", "3 slots"; the CJK one below)
    r"|\b\d+\s+(?:candidates|applicants|interviewees|slots|shortlisted|short-listed|kandidater"
    r"|candidats|candidatos|candidati|aspirantes|bewerber\w*|kandydat\w*|uchaze\w*|sollicitanten"
    r"|s[øo]kere|ans[øo]gere|hakija\w*|aday\w*|pelamar)\b",
    _I,
))


# A media job the title names ("Interview – Podcast Producer", "Radio News Reporter"): the media
# word is the job's, not the event's; never after "with", "for", "on" or "by" (a podcast host
# interviewing the user). ``classify`` reads TITLE_NEGATIVE without this span.
MEDIA_JOB = re.compile(
    r"(?<!\bwith\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bby\s)\b(?:podcast|radio|tv|television|newspaper"
    r"|magazine|broadcast|press|news|media)\s+(?:[\w-]+\s+)?(?:producer|reporter|editor|presenter"
    r"|host|journalist|anchor|correspondent|engineer|manager|coordinator|director|assistant"
    r"|intern|technician|writer|officer|specialist|operator|researcher|planner)\b"
    # round 9: the job alone in the slot a title gives the job ("Jobbintervju – journalist,
    # Fjordposten"), not after "with"/"for" (those are caught by the lookbehinds above)
    r"|(?<=[–—:|]\s)(?:journalist|reporter|correspondent|news\s+editor)s?\b"
    # round 24: a reporter's kind before the word is the job's ("Court Reporter", "Official
    # Reporter II", "Staff Reporter"; not a beat, which follows a paper's name: "Chat with
    # Tribune health reporter"), never after "with", "for", "on", "by" or a
    # determiner ("Interview with our crime reporter" is the press)
    r"|(?<!\bwith\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bby\s)(?<!\bour\s)(?<!\bthe\s)(?<!\ba\s)"
    r"(?<!\ban\s)(?<!\byour\s)\b(?:court|official|realtime|real-time"
    r"|deposition|freelance|certified|shorthand|staff|senior|junior|trainee|general\s+assignment)"
    r"\s+(?:reporter|journalist|correspondent|stenographer)s?\b",
    _I,
)
# Once a title names a media job, its other media words name the employer ("Bay Public Radio").
MEDIA_WORD = re.compile(r"\b(?:podcast|radio|tv|television|newspaper|magazine|broadcast|press"
                        r"|news|media)\b", _I)



def without_media_job(title: str, veto_at: int) -> str | None:
    """The title without the media job it names and its other media words, when the veto found
    at ``veto_at`` is that job's media word ("Interview – Podcast Producer"); else None."""
    media = MEDIA_JOB.search(title)
    if media is None or not media.start() <= veto_at < media.end():
        return None
    return MEDIA_WORD.sub(" ", MEDIA_JOB.sub(" ", title))

# A to-do, not a meeting: "Read 'Cracking the Coding Interview'", "Email Northwind recruiter".
# Used with ``match``; an anchored branch inside TITLE_NEGATIVE would make every search of it
# five times slower (the engine loses its literal-prefix shortcut).
# (round 24: "research" and "study" also begin a job's name: "Research Study Coordinator – phone
# screen", "Study Nurse interview" name the post, its head up to three words on)
TITLE_TODO = re.compile(
    r"\W*(?:(?:read|watch|finish|update|apply|book|buy|email|send|write|draft"
    r"|print|submit|complete|todo|to-do)\b|(?:study|research)\b"
    r"(?!(?:\s+[\w-]+){0,2}\s+(?:" + _JOB_HEAD + r"|(?:analyst|scientist|fellow|associate"
    r"|intern|nurse|writer|editor|producer)s?\b)))",
    _I,
)
