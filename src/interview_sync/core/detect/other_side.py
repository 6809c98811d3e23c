"""Who an interview-shaped event is for: three structures of events on the other side of hiring.

Owns ``hiring_seat``, which ``sides.hiring_side_text`` adds to the hiring-side veto, and
``other_side_features``, two features ``features`` adds and the weight fit weighs (not vetoes:
an event the rules accept is at worst asked about, never silenced by them):

* ``hiring_seat`` (a veto): the user holds a seat on the hiring side, said as a role. In the
  first or second person ("I'm second interviewer", "you're on the panel", "you will act as scorer",
  "thanks for agreeing to sit on this panel"), as a seat or role label leading the title
  ("Chair: interview panel – ...", "Panel facilitator – ...", "Oral board panelist – ..."), a
  lay or community seat named in the title ("community member seat"), the readers addressed
  as panellists at the head of a line ("Panelists: arrive 8:30"), or a hiring manager's own
  meeting kinds ("Hiring manager sync", "... intake", "... debrief").
* ``about_interviews``: interviewing is the topic, not the event: the interview word as the
  object of advice ("how to", "tips", "mastering", "ace", "steps to", "prepare for", "... that
  wow"), of a teaching format named before it ("workshop", "webinar", "seminar", "class",
  "course", "training": a candidate's day names its seminar after the interview, so that order
  is not read), an interview word with a skill noun after it ("interview skills", "interviewing
  techniques", "interview training"), or an event whose title names its audience as a group
  ("for hiring managers", "for members", "for job seekers").
* ``vendor_pitch``: a seller's meeting: a sales meeting's kind in the title (a demo, a
  walkthrough, a product tour, an onboarding or kickoff, a free trial, an intro or discovery
  call, pricing), organised by a sales or customer-success mailbox ("sales@", "demo@",
  "sdr.", "success@", "hello@", "partners@") or from the domain whose name the title carries
  (the product's own), and not by a recruiting mailbox ("Technical demo round" from
  "recruiting@" is a candidate's step).

Why structures and not words: for three rounds a vendor's demo and a talk about interviews were
drafted for, each worded past the rule the last one prompted (round 15: "Whitecarrot demo",
a union's seminar, "I'm second interviewer", "Chair: interview panel", a community seat on a
police oral board). What stays the same is who the event is for (a role the user holds, an
audience, a customer) and who sends it (a seller). English only; the other languages' hiring-side
words are ``sides``' and ``lexicon_people``'s. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated
from interview_sync.core.detect.process_roles import seat_in_process

__all__ = ["ABOUT_INTERVIEWS", "CANDIDATE_AFTER", "HIRING_SEAT", "VENDOR_PITCH", "about_interviews",
           "hiring_seat", "other_side_features", "vendor_pitch"]

# Round 20: "I'm interviewing" / "I interview" followed by "for", "with" or "at" is the
# candidate's own wording ("I am interviewing for Senior Data Engineer"), not the hiring side
# (``sides.user_hires`` appends it to each first-person phrase).
CANDIDATE_AFTER = (r"(?!(?<=interviewing)\s+(?:for|with|at)\b)"
                   r"(?!(?<=interview)\s+(?:for|with|at)\b)")
_ROLE = (r"(?:interviewer|panel(?:l)?ist|panel\s+member|chair(?:person|woman|man)?|facilitator"
         r"|scorer|assessor|rater|note-?taker|observer|board\s+member|examiner|evaluator)")
# A role after the first or second person ("I'm the second interviewer", "you are the scorer",
# "you will act as facilitator"); ordinals and kinds may stand between.
_PERSON_ROLE = (
    r"\b(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|you['’]re|you\s+are|you['’]ll\s+be"
    r"|you\s+will\s+be|(?:you|i)(?:['’]ll|\s+will)?\s+(?:act|serve|sit)\s+as)\s+"
    r"(?:(?:the|a|an|one\s+of\s+(?:the|two|three|four|our))\s+)?"
    r"(?:(?:first|second|third|lead|main|co-?|panel|community|independent|external|lay)\s+)*"
    + _ROLE + r"s?\b")
# The user on the panel or board ("you're on the panel", "sit on this panel", "serving on the
# oral board").
_ON_PANEL = (r"\b(?:you['’]re|you\s+are|i['’]m|i\s+am)\s+on\s+(?:the|this|an?)\s+(?:\w+\s+)?"
             r"(?:panel|board|committee)\b"
             r"|\b(?:sit(?:ting)?|serv(?:e|ing))\s+on\s+(?:the|this|an?|our)\s+(?:\w+\s+){0,2}"
             r"(?:panel|board|committee)\b")
# Judging the candidates as the event's task ("evaluate 2L callbacks", "score the applicants").
_JUDGING = (r"\b(?:evaluate|score|rate|rank|shortlist|mark)\s+(?:the\s+|all\s+|our\s+|\d+\s+)?"
            r"(?:[\w-]+\s+)?(?:candidates|applicants|callbacks|applications|interviewees)\b")
HIRING_SEAT = LiteralGated(re.compile(_PERSON_ROLE + "|" + _ON_PANEL + "|" + _JUDGING,
                                      re.IGNORECASE))
# A role or seat label leading the title: "Chair: interview panel", "Panel facilitator – ...",
# "Oral board panelist – ..." (up to two words before the role, then a separator).
# (not "Interview with Chair – ...", "Meet the panellists –": the candidate meets them)
_TITLE_LABEL = re.compile(
    r"^\W*(?:(?!with\b|meet|and\b|the\b|call\b|interview|lunch|coffee)[\w-]+\s+){0,2}?"
    + _ROLE + r"s?\s*(?:[:–—|(]|-\s)", re.IGNORECASE)
# A lay seat the title names, and a hiring manager's own meetings.
_TITLE_SEAT = re.compile(
    r"\b(?:community|lay|resident|citizen|independent|external)\s+(?:member|panel(?:l)?ist|seat"
    r"|assessor|representative)s?\b"
    r"|\bhiring\s+managers?\s+(?:sync|intake|debrief|kick-?off|check-?in|calibration|pipeline"
    r"|weekly|update|review)\b",
    re.IGNORECASE)
# The readers addressed as the hiring side at the head of a line ("Panelists: arrive 8:30").
# (an instruction follows: "Interviewers: Dana Cho, Raj Patel" lists the candidate's panel)
_VOCATIVE = re.compile(
    r"(?:^|\n)\s*(?:panel(?:l)?ists|interviewers|panel\s+members|assessors|scorers|raters)\s*[:,]"
    r"\s*(?:please|arrive|be\s|bring|meet|review|read|complete|note|remember|thank|sign|log\s+in"
    r"|join|submit)",
    re.IGNORECASE)
_HEAD = 600  # what a seat's holder is told, an invite says early


# What a text must hold for each pattern above to match (lower case), tested with ``in`` first:
# a long alternation tried at every position costs tens of microseconds on every title.
_SEAT_WORDS = ("interviewer", "panel", "chair", "facilitat", "scorer", "assessor", "rater",
               "note", "observer", "board", "examiner", "evaluator", "committee", "candidates",
               "applicants", "callbacks", "applications", "interviewees")
_TITLE_SEAT_WORDS = ("community", "lay", "resident", "citizen", "independent", "external",
                     "hiring")
_VOCATIVE_WORDS = ("panel", "interviewers", "assessors", "scorers", "raters")


def _holds(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def hiring_seat(title: str, description: str) -> bool:
    """Whether the user holds a hiring-side seat or role, by the title or the description's
    head (``HIRING_SEAT``, a title label, a lay seat, the readers addressed as panellists)."""
    low_title = title.lower()
    if _holds(low_title, _SEAT_WORDS) and (HIRING_SEAT.search(title) is not None
                                           or _TITLE_LABEL.search(title) is not None):
        return True
    if _holds(low_title, _TITLE_SEAT_WORDS) and _TITLE_SEAT.search(title) is not None:
        return True
    head = description[:_HEAD]
    low = head.lower()
    said = bool(head) and (
        (_holds(low, _SEAT_WORDS) and HIRING_SEAT.search(head) is not None)
        or (_holds(low, _VOCATIVE_WORDS) and _VOCATIVE.search(head) is not None))
    # round 19: a role in someone else's selection, in any language (process_roles)
    return said or seat_in_process(title, description)


_INTERVIEW = (r"(?:job\s+|your\s+(?:next\s+)?|the\s+|an?\s+|virtual\s+|video\s+|\w+\s+)?"
              r"(?:interview|assessment\s+cent(?:re|er)|assessment\s+day|aptitude\s+test"
              r"|psychometric\s+test)")
# The interview word in the corpus's other main languages, as a stem (compounds: "jobbintervjuet",
# "Ryhmähaastatteluharjoitus", "Vorstellungsgespräche").
_INTERVIEW_ANY = (r"(?:interview|intervju|haastattel|entretien|entrevista|colloquio|sollicitatie"
                  r"|vorstellungsgespr|bewerbungsgespr|rozmow|pohovor|m[üu]lakat|sollicitatiegesprek)")
ABOUT_INTERVIEWS = LiteralGated(re.compile(
    # advice with the interview (or an assessment centre or test) as its object
    r"\b(?:how\s+to|tips?\s+(?:for|on)|mastering|master\s+the|ace|acing|nail|nailing|crack"
    r"|cracking|succeed(?:ing)?\s+(?:at|in)|success(?:ful)?\s+(?:at|in)|steps?\s+to"
    r"|prepar(?:e|ing)\s+for|plan\s+for\s+success\s+at|secrets?\s+of|guide\s+to"
    r"|what\s+to\s+expect\s+(?:at|in|from))\s+(?:\w+\s+){0,2}?"
    + _INTERVIEW + r"|\binterview\s+success\b|\binterviews?\s+that\s+\w+"
    # a teaching format named before the interview word (a candidate's day names its seminar
    # after it: "Campus interview (seminar 3:30)"), in English and, as compounds allow, the
    # corpus's other main languages ("Miniseminar: Alt om jobbintervjuet", "Warsztat: rozmowa")
    r"|(?:workshop|webinar|seminar|class|course|masterclass|training|lecture|clinic|bootcamp"
    r"|kurs|kurz|curso|corso|taller|atelier|formation|formaci[óo]n|formazione|schulung"
    r"|warsztat|szkolenie|koulutus|valmennus|cursus|opleiding)"
    # (then a colon, a dash or "on"/"about": "Training Contract interview", "Course leader
    # interview" are a candidate's)
    r"\s*(?:[:–—-]\s*|\s+(?:on|about|om|über|sur|sobre|su|over|o)\s+)(?:\w+\s+){0,3}?"
    r"\w*" + _INTERVIEW_ANY +
    # a teaching format labelled with a how-to, whatever its object ("Oficina: como se sair bem
    # na dinâmica de grupo", "Atelier : comment réussir ...", "Workshop: how to stand out")
    r"|\b(?:workshop|webinar|seminar|class|course|masterclass|training|kurs|curso|corso|taller"
    r"|atelier|oficina|formation|formazione|schulung|warsztat|szkolenie|cursus)\s*[:–—-]\s*"
    r"(?:how\s+to|como|cómo|comment|wie|hoe|come|jak|hur|hvordan|miten)\b"
    # an interview word with a skill noun after it
    r"|\binterview(?:ing)?\s+(?:skills?|tips|techniques?|training|masterclass|clinic|bootcamp"
    r"|workshop|webinar|seminar|course|class)\b"
    # an audience named as a group
    r"|\bfor\s+(?:all\s+)?(?:hiring\s+managers|interviewers|recruiters|people\s+managers"
    r"|job\s*seekers|members|young\s+members|students|graduates|panel\s+volunteers"
    r"|hiring\s+teams?|ta\s+teams?)\b",
    re.IGNORECASE))


# (single words, so that no spacing between a phrase's words can slip past the test)
_ABOUT_WORDS = (
    "how", "tip", "master", "ace", "acing", "nail", "crack", "succe", "step", "prepar", "plan",
    "secret", "guide", "expect", "that", "workshop", "webinar", "seminar", "class", "course",
    "training", "lecture", "clinic", "bootcamp", "kurs", "kurz", "curso", "corso", "taller",
    "atelier", "oficina", "formation", "formaci", "formazione", "schulung", "warsztat",
    "szkolenie", "koulutus", "valmennus", "cursus", "opleiding", "skill", "techni", "managers",
    "interviewers", "recruiters", "seekers", "members", "students", "graduates", "volunteers",
    "team")


def about_interviews(title: str) -> bool:
    """Whether the title makes interviewing its topic or names its audience as a group."""
    return _holds(title.lower(), _ABOUT_WORDS) and ABOUT_INTERVIEWS.search(title) is not None


VENDOR_PITCH = re.compile(
    r"\b(?:demo|walk-?through|product\s+tour|onboarding|kick-?off|free\s+trial|trial\s+call"
    r"|intro(?:duction)?\s+call|discovery\s+call|pricing|proof\s+of\s+concept)\b",
    re.IGNORECASE)
_PITCH_WORDS = ("demo", "walk", "tour", "onboard", "kick", "trial", "intro", "discovery",
                "pricing", "proof")
_SELLER = re.compile(
    r"^(?:sales|demo|demos|sdr|bdr|ae|success|cs|customer|hello|hi|partners?|growth|onboarding"
    r"|team|info)(?:[._+-]|$)", re.IGNORECASE)
_RECRUITING = re.compile(
    r"recruit|talent|career|hiring|jobs|^hr\b|people|staffing|search|selection", re.IGNORECASE)


def vendor_pitch(title: str, organizer_email: str, organizer_name: str = "") -> bool:
    """Whether the title names a sales meeting's kind and a seller sends it: a sales or
    customer-success mailbox, or the domain whose name the title carries, never a recruiting
    mailbox."""
    if not title or not _holds(title.lower(), _PITCH_WORDS) or VENDOR_PITCH.search(title) is None:
        return False
    local, _, domain = organizer_email.strip().lower().partition("@")
    if not domain or _RECRUITING.search(local) or _RECRUITING.search(organizer_name):
        return False
    if _SELLER.search(local) or re.search(r"\bsales\b", organizer_name, re.IGNORECASE):
        return True
    stem = domain.split(".", 1)[0]
    squashed = re.sub(r"[\W_]+", "", title.lower())
    return len(stem) >= 4 and stem in squashed


def other_side_features(title: str, description: str, organizer_email: str,
                        organizer_name: str = "") -> set[str]:
    """The weighed features of this module that fire on an event's title and organiser
    (``hiring_seat`` is read by ``sides.hiring_side_text``, the hiring-side veto, instead)."""
    on: set[str] = set()
    if about_interviews(title):
        on.add("about_interviews")
    if vendor_pitch(title, organizer_email, organizer_name):
        on.add("vendor_pitch")
    return on
