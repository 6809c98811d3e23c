"""English sentences whose time is not the employer's promise, by their structure (round 16).

Owns ``not_the_promise``, the shapes ``clauses.vetoed`` asks about for an English time
expression, each of which round 15's blind batch and round 16's check set label as promising
nothing however the words vary:

* **a past cycle**: "last year / last time / last intake" and a past verb before the time
  ("Last year, results were released in the middle of November") tell what happened, not what
  will;
* **the candidate's duty**: a time inside "candidates / applicants / anyone who fail(s) to / do
  not ..." ("Candidates who fail to answer an interview request within five days may be removed
  from the list") is the candidate's deadline, whatever cue word the duty holds;
* **the condition's time**: a time inside a leading "if / while / should" clause that holds no
  cue, with the cue only in the main clause ("If a similar position opens over the next 12
  months, we'll let you know") dates the condition, not the answer. A condition that holds the
  cue ("if you haven't heard by Friday, call us") is still the promise the labels read;
* **a hedged window**: "you may be contacted right up until the end of the year" says how long
  a step may happen, not when the answer comes;
* **a length that describes a noun**: "a three-month contract", "a six-week placement";
* **what the answer is about**: a day inside "whether <subject> starts / is ..." ("HR will tell
  you within one week whether your contract starts on 1 November") is the answer's content; so
  (round 20) is the day of the step it is about ("whether you've made it to the session with our
  Managing Director tomorrow").
* **others in general** (round 18): a time whose clause has other employers in general as its
  subject and says what they do as a rule ("In our experience, employers take one to two weeks
  to get back to candidates", "Schools tend to let applicants know within a few days",
  "Employers should tell candidates the outcome within two weeks") is general information, not
  this employer's promise: a bare plural of employers, recruiters, schools, ... (not "our
  recruiters"), with a quantifier ("most", "many") or a verb of habit, ability or advice, or
  (round 19) a plain present verb ("employers interview in February and make offers in March").
* **the interviews' own day** (round 19): a day told right after "they / we / the candidates
  interview (on)" ("they interview on Friday and news of the successful candidate will be
  posted here") is when the interviews are, not when the answer comes.
* **the next step's logistics** (round 19): a contact whose purpose, told after the time, is to
  set up, arrange, schedule or book a first step (a phone, video or initial interview, a screen,
  a time or a slot: "Our recruiter will call you later today to set up a phone screen", "HR will
  be in touch after the long weekend to arrange a telephone interview") is that step being
  booked, not an answer; unless the sentence also names the answer (an outcome, a result, a
  decision, "whether", "if you"). Booking a later round ("by Thursday to book the panel
  interview", "to set up the sit-down interview") is the labels' answer: the candidate is
  through.
* **a usual length disowned** (round 19, narrowed in round 23): a time told as what usually
  happens ("usually", "typically", "normally", "in most cases", "as a rule") and then disowned
  in the same sentence ("but your file is with another team, whose timelines vary") is general
  information, not a promise; a plain usual length is still read, and (round 23's convention)
  so is one with an exception or a warning that it can run late ("unless we're still
  interviewing", "though it can take longer").
* **the candidate's own follow-up** (round 21): a time after "you should / can follow up"
  ("ideally you should follow up about a week after the interview") is the candidate's step,
  unless the sentence tells it as what to do after silence ("if you haven't heard ..."); round
  22: also "you may want to send ...", "it is safe / fine to follow up", and the advice told
  after the time ("after about a week it is safe to send a polite follow-up email").
* **the interviews' own length** (round 22): a time told as how long the interviews take, last
  or run ("interviews ... will take a maximum of two weeks, after which ...") is that step's
  length, not the answer's day.
* **a broken promise** (round 22): a promise reported in the past ("said ... would") and told
  as broken in the same sentence ("but nobody ever called") is what happened.
* **alternatives** (round 21): "sometimes ..., sometimes ..." ("sometimes the offer letter is
  released the same day, sometimes a week or more after the HR round") tells how the time
  varies, not when this answer comes (one "sometimes" before a "usually" is still the exception
  that loses to the usual length, as the labels read it).

Pure; the cheap literal tests come first, as each sentence's every time expression asks.
"""

from __future__ import annotations

import re

from interview_sync.core.timeline import scan
from interview_sync.core.timeline.grammar import DURATION_KINDS, kind_of
from interview_sync.core.timeline.no_promise import promises_nothing, speaks_of_itself_after

__all__ = ["not_the_promise"]

_PAST_CYCLE_RE = re.compile(
    r"\blast\s+(?:year|time|cycle|intake|season|spring|summer|autumn|fall|winter|month)\b"
    r"[^.;!?]*?\b(?:was|were|had|took|came|went|got|heard|received)\b")
_DUTY_RE = re.compile(
    r"\b(?:candidates|applicants|anyone|those|students|interviewees)\s+who\s+(?:(?:fail|fails"
    r"|neglect|are\s+unable)\s+to|do\s+not|don't|does\s+not|doesn't)\b[^.;!?]*\Z")
_HYPHENED_RE = re.compile(r"\w-(?:hours?|days?|weeks?|months?|years?)\Z")
_ADJECTIVE_RE = re.compile(r"\s+[^\W\d_]")
_CONDITION_RE = re.compile(r"\s*(?:if|while|should|in\s+case)\s[^,;]*\Z")
_OPENS_WITH_CONDITION_RE = re.compile(r"\s*(?:if|while|should|in\s+case)\s")
# "you may be contacted right up until the end of the year": how long a hedged step stays open
_MAY_UNTIL_RE = re.compile(
    r"\b(?:may|might|could)\s+(?:still\s+)?(?:be\s+)?[a-z]+(?:ed)?\b[^,;]*?"
    r"\b(?:right\s+)?(?:up\s+)?(?:until|till|to)\s+\Z")
# "HR will tell you within one week whether your contract starts on 1 November": the day is
# what the answer is about, not when it comes
_WHETHER_RE = re.compile(r"\bwhether\s+(?:[\w']+\s+){1,5}?(?:starts?|begins?|is|are|will)\b"
                         r"[^,;]*\Z")
# round 20: "We'll SMS you tonight about whether you've made it to the session with our MD
# tomorrow": with the answer's own time told before "whether", a day after the step it is about
# is that step's day
_WHETHER_STEP_RE = re.compile(
    r"\bwhether\s+[^,;]*?\b(?:made|make|got|get|through|invited|progress(?:ed)?|moved?|go(?:ing)?)"
    r"\s+(?:[\w']+\s+){0,2}?(?:to|for|into)\s+(?:the|our|your|a|an|this|that|next)\b[^,;]*\Z")


_GENERIC_ACTORS = (r"(?:employers|companies|firms|recruiters|organi[sz]ations|hiring\s+managers"
                   r"|schools|agencies|businesses|universities|councils|interviewers|hr\s+teams)")
_OTHERS_RE = re.compile(
    r"(?:^|[,:;]\s*)(?:in\s+(?:our|my)\s+experience,?\s*)?(?:(?:most|many|some|other)\s+"
    + _GENERIC_ACTORS + r"\b|" + _GENERIC_ACTORS + r"\s+(?:\w+\s+)?(?:tend|usually|generally"
    r"|typically|often|normally|should|can|may|might|take|aim)\b"
    # round 19: or in the present simple ("employers interview in February and March and make
    # offers in March and April": a calendar of the season, not this employer's promise)
    r"|" + _GENERIC_ACTORS + r"\s+(?:interview|make|send|contact|call|decide|respond|reply|hire"
    r"|extend|give|post|announce)\b)[^.;!?]*\Z")


# round 19: what the contact is for, told after the time ("... later today to set up a phone
# screen"): booking the next step
_LOGISTICS_AFTER_RE = re.compile(
    r"[^.;!?]{0,80}?\bto\s+(?:set\s+up|arrange|schedule|book|line\s+up|organi[sz]e|fix)\s+"
    r"(?:(?:a|an|the|your|our|a\s+time\s+for\s+(?:a|an|the|your)|a\s+date\s+for\s+(?:a|an|the|your))\s+)?"
    r"(?:(?:(?:phone|telephone|video|zoom|teams|online|initial|first)[\s-]+(?:[\w-]+\s+)?"
    r"(?:interview|screen|screening|call|chat))|screen|screening(?:\s+call)?|time|slot|date)s?\b")
# ... unless the sentence also names the answer
_ANSWER_NAMED_RE = re.compile(
    r"\b(?:outcome|result|decision|whether|if\s+you|offer|feedback|successful|unsuccessful|through)")
# round 19: a usual length ("usually", "in most cases") ...
_USUAL_BEFORE_RE = re.compile(
    r"\b(?:usually|typically|normally|generally|in\s+most\s+cases|as\s+a\s+(?:general\s+)?rule"
    r"|most\s+of\s+the\s+time|tends?\s+to)\b")
# ... and disowned after it in the same sentence ("but your file is with another team, whose
# timelines vary"). Round 23's convention (docs/timelines.md) keeps a usual time for the
# employer's own answer a promise however hedged: an exception ("unless we're still
# interviewing other people", round 19) or a warning that it can run late ("though it can take
# longer during appraisal season", round 20) no longer takes the promise away.
_EXCEPTED_AFTER_RE = re.compile(
    r"[^.;!?]*?\bbut\b[^.;!?]*?\b(?:vary|varies|differ|differs|depends?"
    r"|is\s+(?:being\s+)?handled\s+by)\b")


# round 19: a day told as the interviews' own ("they interview on Friday and news of the
# successful candidate will be posted here"): the event, not the answer's day
_INTERVIEW_DAY_BEFORE_RE = re.compile(
    r"\b(?:they|we|the\s+(?:shortlisted\s+)?(?:candidates|applicants|finalists)|the\s+panel"
    r"|the\s+committee)\s+(?:will\s+)?(?:interview|are\s+interviewing|are\s+interviewed"
    r"|are\s+being\s+interviewed)\s+(?:on\s+)?\Z")


# round 22: the length of the interviews themselves ("Interviews for the 240 shortlisted
# candidates will take a maximum of two weeks, after which ...", "the interview itself will run
# for a maximum of 45 minutes"): how long a step lasts, not when the answer comes (not
# "interview feedback typically takes one to two business days", the answer's own time)
_INTERVIEWS_LAST_RE = re.compile(
    r"\binterviews?\b(?:\s+itself|\s+themselves)?(?:(?!feedback|results?\b|outcomes?\b|decisions?\b"
    r"|offers?\b|answers?\b|process)[^.;,!?]){0,80}?\b(?:will\s+|would\s+|should\s+"
    r"|can\s+|may\s+|normally\s+|usually\s+|typically\s+)?(?:take|last|run)s?\s+(?:for\s+)?"
    r"(?:a\s+maximum\s+of|at\s+(?:most|least)|up\s+to|no\s+more\s+than|not\s+more\s+than"
    r"|less\s+than|about|around|roughly|approximately|between)?\s*\Z")


# round 22: a promise reported in the past and told as broken in the same sentence ("the
# department said candidates would be contacted after six weeks, but nobody ever called"): what
# happened, not a date to wait for
_REPORTED_RE = re.compile(r"\b(?:said|told\s+\w+|promised)\b[^.;!?]*\b(?:would|'d)\b")
_BROKEN_AFTER_RE = re.compile(
    r"[^.;!?]*?\bbut\s+(?:nobody|no\s*-?\s*one|nothing|never|(?:they|we|he|she|it|i|the\s+\w+)"
    r"\s+(?:\w+\s+)?(?:never|didn['’]?t|did\s+not|haven['’]?t|hasn['’]?t|has\s+not|have\s+not))\b",
    re.IGNORECASE)


# round 21: the candidate's own follow-up, advised ("ideally you should follow up about a week
# after the interview"): their step, not ours; unless told as what to do after silence ("if you
# haven't heard within ten days, follow up": round 20's convention dates that)
_FOLLOW_UP_ACT = (r"(?:follow[\s-]?up|chase|check\s+in|send\s+(?:a|an|us\s+a)\s+(?:\w+\s+){0,2}?"
                  r"(?:follow[\s-]?up|reminder))\b")
# round 22: also "you may want to send a polite follow-up", "it is safe / fine to follow up"
_ADVISED = (r"(?:you\s+(?:should|can|could|may|might|ought\s+to)\s+(?:want\s+to\s+|\w+\s+)?"
            r"|it(?:['’]s|\s+is)\s+(?:safe|fine|ok(?:ay)?|acceptable|reasonable|appropriate|polite"
            r"|best|wise)\s+to\s+)")
_OWN_FOLLOW_UP_RE = re.compile(r"\b" + _ADVISED + _FOLLOW_UP_ACT + r"[^.;!?]*\Z")
# ... and told after the time ("after about a week it is safe to send a polite follow-up email,
# not sooner": round 21's blind batch)
_OWN_FOLLOW_UP_AFTER_RE = re.compile(r"[^.;!?]{0,30}?\b" + _ADVISED + _FOLLOW_UP_ACT)
_SILENCE_RE = re.compile(r"\b(?:haven'?t|have\s+not|hasn'?t|not\s+yet|no\s+word|nothing)\b"
                         r"|\bnot\s+heard\b")


def not_the_promise(sentence: str, match: re.Match[str], cues: list[int], offset: int) -> bool:
    """Whether the English time ``match`` in ``sentence`` (which starts at ``offset`` of the
    text whose cue starts are ``cues``) dates a past cycle, the candidate's duty or a
    condition rather than the employer's answer."""
    if _ADJECTIVE_RE.match(sentence, match.end()) and match.group(0)[-1:].isalpha() and \
            _HYPHENED_RE.search(match.group(0)):
        return True  # "a three-month contract": a length that describes a noun, no wait
    at = match.start()  # the text before it is read in place (no slice: long invites)
    if sentence.find("last ", 0, at) >= 0 and _PAST_CYCLE_RE.search(sentence, 0, at):
        return True
    if sentence.find(" who ", 0, at) >= 0 and _DUTY_RE.search(sentence, 0, at):
        return True
    if sentence.find("until ", max(0, at - 24), at) >= 0 and _MAY_UNTIL_RE.search(
            sentence, max(0, at - 200), at):
        return True
    if sentence.find("whether ", 0, at) >= 0 and kind_of(match) not in DURATION_KINDS and \
            _WHETHER_RE.search(sentence, 0, at):  # a day, not a duration, which still says when
        return True  # ("whether you are invited to interview within one week of the closing date")
    if sentence.find("whether ", 0, at) >= 0 and kind_of(match) not in DURATION_KINDS:
        step = _WHETHER_STEP_RE.search(sentence, 0, at)
        if step is not None and next(scan.finditer(sentence, 0, step.start()), None) is not None:
            return True  # round 20: the answer's time is told before "whether"
    if sentence.find("interview", max(0, at - 40), at) >= 0 and _INTERVIEW_DAY_BEFORE_RE.search(
            sentence, max(0, at - 60), at):
        return True  # round 19: "they interview on Friday": the interviews' day
    if sentence.find("interview", max(0, at - 120), at) >= 0 and _INTERVIEWS_LAST_RE.search(
            sentence, max(0, at - 120), at):
        return True  # round 22: "interviews will take a maximum of two weeks": their length
    others = _OTHERS_RE.search(sentence, max(0, at - 200), at)
    if others is not None and not speaks_of_itself_after(sentence, others.start(), at):
        return True  # round 18: "most recruiters", "employers tend to": others, as a rule
        # (round 24: not when the employer then speaks of itself, "unlike most agencies, we")
    if promises_nothing(sentence, match):
        return True  # round 24: a lower bound, a sector's habit, someone else's answer, own window
    if sentence.find(" to ", match.end()) >= 0 and _LOGISTICS_AFTER_RE.match(
            sentence, match.end()) and _ANSWER_NAMED_RE.search(sentence) is None:
        return True  # round 19: "will call you later today to set up a phone screen"
    if _USUAL_BEFORE_RE.search(sentence, max(0, at - 120), at) and _EXCEPTED_AFTER_RE.match(
            sentence, match.end(), match.end() + 240):  # (bounded: one long sentence stays cheap)
        return True  # round 19: "usually within a day or two, unless we're still interviewing"
    if ("you " in sentence or " to " in sentence) and _SILENCE_RE.search(sentence) is None and (
            _OWN_FOLLOW_UP_RE.search(sentence, max(0, at - 80), at)
            or _OWN_FOLLOW_UP_AFTER_RE.match(sentence, match.end())):
        return True  # round 21: "you should follow up about a week after the interview"
    if " but " in sentence and _REPORTED_RE.search(sentence, 0, at) and _BROKEN_AFTER_RE.match(
            sentence, match.end()):
        return True  # round 22: "they said we'd be contacted after six weeks, but nobody called"
    if sentence.count("sometimes") > 1 and 0 <= sentence.find("sometimes") < at:
        return True  # round 21: "sometimes the same day, sometimes a week or more after": a range
    if _OPENS_WITH_CONDITION_RE.match(sentence) is None:
        return False
    if _CONDITION_RE.match(sentence, 0, at) is None:
        return False  # the time is after the condition's comma: the main clause's
    comma = sentence.find(",", match.end())
    if comma < 0:
        return False
    # the condition holds no cue, and the main clause after it does
    return not any(offset <= cue < offset + comma for cue in cues) and any(
        offset + comma <= cue < offset + len(sentence) for cue in cues)
