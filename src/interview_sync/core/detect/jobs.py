"""The job an interview event names, and the words of a title that are about the interview.

Owns ``ROLE_WORD_RE`` (the head words of job titles, in the languages the corpus has:
"Engineer", "Analista", "Ingénieur", "Entwickler"), ``STOP_TOKENS`` (the words of an interview
title that are never a name: stages, formats, days, months, zones), ``NOT_COMPANY_WORDS`` and
``is_stage_token`` (a job's field, a department, an interview's mode or round, in the corpus's
languages: never a company's name), ``role_of`` (the job title a title or description
states), ``stage_of`` (the canonical stage a title names) and ``JOB_AD_MARK`` (a job ad's
gender mark or form, "(m/w/d)", "Referent*in"). Pure functions over strings; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import WholeGated, fold_lower
from interview_sync.core.detect.spelling import squash
from interview_sync.core.literals import Stems

__all__ = ["INTERVIEW_COMPOUND", "JOB_AD_MARK", "NOT_COMPANY_WORDS", "ROLE_WORDS", "ROLE_WORD_RE",
           "STAGES", "STOP_TOKENS", "is_stage_token", "job_ad_mark", "role_of", "stage_of"]

# Words that are never (the edge of) a company name in an interview title.
_STOP_TEXT = """
interview interviews interviewing interivew phone screen screening call chat onsite on-site
virtual video zoom meet teams final round technical tech coding design behavioral
behavioural panel loop take-home takehome review hm hiring manager recruiter recruiters recruiting
recruitment talent acquisition team intro introductory informational meeting conversation with and
the for at of stage first second third next culture fit case study presentation pair programming
live superday sync discussion session follow-up followup candidate role position job opening
invitation updated confirmed rescheduled hr ta people ops min mins minutes hour hours our your
welcome thanks thank hi hello dear you me my scheduled by via from to on in a an re fwd fw
entrevista entretien entrevue colloquio vorstellungsgespräch bewerbungsgespräch sollicitatiegesprek
intervju assessment exercise debrief 1st 2nd 3rd round-1 round-2 google microsoft webex remote
recrutement reclutamiento reclutamento recrutamento werving karriere bewerbermanagement rrhh rh drh
office hq headquarters campus room building floor lunch break monday tuesday wednesday thursday
friday saturday sunday today tomorrow january february march april may june july august september
october november december am pm est pst cst cet utc gmt bst edt pdt cdt mdt mst ist jst
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
jobbintervju intervju intervjuu haastattelu rozmowa gesprek sollicitatie selectiegesprek
jobinterview kennenlerngespräch auswahlgespräch vorstellungstermin einstellungsgespräch
entrevue sélection selección seleção selezione uitnodiging einladung convocation convocatoria
structured initial preliminary oral competency competency-based situational strukturiertes
casting castings selezioni tcp pnc prijímací přijímací prijimaci prijimací vstupný vstupní
"""
STOP_TOKENS = frozenset(_STOP_TEXT.split())

# A job's field, a department or an interview's mode: a name made only of these ("Telephonic",
# "Actuarial", "Talent Acquisition", "Campus Visit", "İnsan Kaynakları") is never a company.
_NOT_COMPANY_TEXT = """
telephonic telephone phone video virtual online remote onsite in-person campus visit finance
financial actuarial accounting audit engineering marketing sales operations legal product design
data it technology support customer service services human resources hr talent acquisition
recruiting recruitment people department dept team division office admissions payroll
procurement logistics research analytics communications compliance risk insan kaynaklari
recursos humanos personal personalabteilung rrhh ressources humaines nabor kadry rekrutmen hrd
early graduate graduates student students emerging future junior entry intern interns
apprentice apprentices trainee trainees programme program scheme careers career
telefon telefonisch telephonique téléphonique telefonico telefonica telefónica telefonisk
video videocall visio videoconferencia videollamada zoom teams
registration intake registrierung inschrijving inscripción inscripcion inscription
"""
# The round of an interview, in the languages of the corpus ("Zweites Interview", "Tweede
# gesprek", "Second round"): never a company, and dropped from the front of one.
_ROUND_TEXT = """
first second third fourth fifth final next last initial 1st 2nd 3rd 4th round stage step
erstes zweites drittes viertes erste zweite dritte vierte ersten zweiten dritten letzte finales
eerste tweede derde vierde laatste premier premiere première deuxième deuxieme troisième
troisieme dernier dernière derniere second seconde primera primero segunda segundo tercera
tercero última ultima prima primo seconda secondo terza terzo ultimo första forsta andra tredje
sista første forste anden andre tredje sidste ensimmäinen toinen kolmas viimeinen pierwsza
druga trzecia ostatnia první druhé druhý třetí runde ronde ronda rodada tour etappe fase
"""
_ROUND_WORDS = frozenset(_ROUND_TEXT.split())
NOT_COMPANY_WORDS = frozenset(squash(w) for w in (_NOT_COMPANY_TEXT + _ROUND_TEXT).split())
# A word that is the interview itself, compounded with its mode or round ("Telefoninterview",
# "Videointerview", "Zweitgespräch", "Jobsamtale", "Telefonintervju"): never part of a name.
# ... behind its literals (gate.WholeGated): every token of a title's head is tried (round 11)
INTERVIEW_COMPOUND = WholeGated(re.compile(
    r"[\w-]*(?:interview|intervju|gespr[äa]ch|gesprek|samtale|samtal|haastattelu|entretien"
    r"|entrevista|colloquio|rozmowa|pohovor|m[üu]lakat|screening)s?", re.IGNORECASE))


def is_stage_token(token: str) -> bool:
    """A word that says which interview, not whose: a round, a mode, or the interview itself."""
    low = token.lower().strip(".,:;'\"()")
    return (low in _ROUND_WORDS or squash(low) in NOT_COMPANY_WORDS
            or INTERVIEW_COMPOUND.fullmatch(low) is not None)


_ROLE_WORDS = (
    r"Engineer|Engineers|Engineering\s+Manager|Developer|Scientist|Analyst|Designer|Manager"
    r"|Director|Architect|Consultant|Specialist|Administrator|Programmer|SRE|DevOps|Researcher"
    r"|Intern|Internship|Associate|VP|Lead|Writer|Marketer|Accountant|Officer|Strategist|Editor"
    r"|Technician|Representative|Executive|Counsel|Attorney|Economist|Statistician|Owner"
    r"|Nurse|Teacher|Partner|Advocate|Planner|Controller|Auditor|Technologist|Generalist"
    # Public-sector and everyday jobs ("Library Assistant", "Records Clerk") are jobs, not names.
    r"|Assistant|Clerk|Coordinator|Supervisor|Receptionist|Secretary|Librarian|Paralegal"
    r"|Inspector|Therapist|Pharmacist|Mechanic|Electrician|Trainee|Apprentice|Cashier"
    # museums', archives' and libraries' posts ("Priya Nandra, Regional Curator", round 19)
    r"|Curator|Archivist|Conservator"
    # Other languages put the head word first: "Analista de Datos", "Ingeniero de Software".
    r"|Analista|Ingenier[oa]|Desarrollador(?:a)?|Dise[ñn]ador(?:a)?|Gerente|Directora|Jefe"
    r"|Jefa|Consultor(?:a)?|Especialista|Programador(?:a)?|Cient[íi]fic[oa]|Ingénieur(?:e)?"
    r"|Développeur(?:se)?|Chef\s+de\s+projet|Responsable|Stagiaire|Ingenieur(?:in)?"
    r"|Entwickler(?:in)?|Berater(?:in)?|Praktikant(?:in)?|Werkstudent(?:in)?|Sviluppatore"
    r"|Ingegnere|Analist|Ontwikkelaar|Desenvolvedor(?:a)?|Engenheir[oa]"
    # German, Dutch and Nordic public-sector and office jobs: "Leitung Controlling",
    # "Sachbearbeiter Einkauf", "Beleidsmedewerker", "Handläggare", "Rådgiver"
    r"|Leitung|Leiter(?:in)?|Referent(?:in)?|Sachbearbeiter(?:in)?|Sachbearbeitung|Fachkraft"
    r"|Kauf(?:mann|frau)|Disponent(?:in)?|Medewerker|Beleidsmedewerker|Adviseur|Handl[äa]ggare"
    r"|R[åa]dgiver|Planning\s+(?:Technician|Officer|Assistant)"
    # Casework and claims jobs of the public sector and insurers: "Interview – Disability Claims
    # Examiner" names a job, not another candidate (surnames such as Taylor stay unlisted)
    r"|Examiner|Adjuster|Investigator|Adjudicator|Appraiser|Assessor|Caseworker|Underwriter"
    r"|Claims\s+Handler"
    # Swahili posts lead with the job ("Afisa Mikopo", a loans officer; "Afisa Ugavi Daraja la
    # II"), round 21
    r"|Afisa|Meneja|Mhudumu|Mwalimu|Karani|Mhasibu|Mhandisi|Muuguzi|Dereva"
)
ROLE_WORDS = _ROLE_WORDS  # the alternation, for patterns that put a job before something
ROLE_WORD_RE = re.compile(r"\b(?:" + _ROLE_WORDS + r")\b")
_HIRING_MANAGER_RE = re.compile(r"\b(?:hiring[\s-]+manager|HM)\b", re.IGNORECASE)


# A job title is found from its head word ("Engineer") and read outwards: up to four capitalised
# words before it, a level or a parenthesis after it. Cheaper than a pattern tried everywhere.
_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w/+#&.-]*\s+){0,4}$")
_ROLE_AFTER = re.compile(
    r"(?:\s+(?i:de|del|da|do|des|du|di|von|für)\s+(?:la\s+|los\s+|las\s+|l')?[\w]+"
    r"(?:\s+[A-Z][\w]*)?)?"
    r"(?:\s+(?:I{1,3}|IV|V|[1-5]))?(?:\s*\((?!\s*(?:HM|Hiring))[^()]{1,30}\))?"
)
_ROLE_LABELLED = re.compile(
    r"(?im)^\W*(?:role|position|job(?:\s+title)?|opening|req(?:uisition)?)\s*:\s*([^\n]{2,80})"
)
_ROLE_FOR = re.compile(
    r"\b(?i:for\s+(?:the|our|a|an)\s+)([A-Z][^\n.,;:()]{1,60}?)\s+(?i:role|position|opening)\b"
)


def _clean_role(raw: str) -> str | None:
    tokens = raw.split()
    while tokens and tokens[0].lower().strip(".,:") in STOP_TOKENS:
        tokens.pop(0)
    role = " ".join(tokens).strip(" -–—|,.:;")
    if not role or len(role) > 80 or not ROLE_WORD_RE.search(role):
        return None
    return role


def role_of(title: str, description: str) -> str | None:
    """The job title the event states ("Senior Data Engineer"), or None."""
    cleaned = _HIRING_MANAGER_RE.sub(" ", title)
    for match in ROLE_WORD_RE.finditer(cleaned):
        before = _ROLE_BEFORE.search(cleaned, max(0, match.start() - 80), match.start())
        after = _ROLE_AFTER.match(cleaned, match.end())
        begin = before.start() if before else match.start()
        role = _clean_role(cleaned[begin: after.end() if after else match.end()])
        if role:
            return role
    head = description[:20_000]
    low = head.lower()
    if not any(word in low for word in ("role", "position", "job", "opening", "req")):
        return None
    for pattern in (_ROLE_LABELLED, _ROLE_FOR):
        found = pattern.search(head)
        if found:
            role = _clean_role(_HIRING_MANAGER_RE.sub(" ", found.group(1)))
            if role:
                return role
    return None


# The gender marks of German and French job ads: "(m/w/d)", "(H/F)", "Referent*in".
JOB_AD_MARK = re.compile(
    r"\([mwfdhx]/[mwfdhx](?:/[mwfdhx])?\)|\w[*:_]in(?:nen)?\b"
    # round 6: the slash and bracket forms of other job ads ("Sachbearbeiter/in",
    # "Bürokauffrau/-mann", "Księgowy/a", "Orientador/a", "Technicien(ne)", "Chargé(e)")
    r"|\b\w{3,}/-?(?:in|a|ka|e|o|ne|mann|frau)\b|\w\((?:e|ne|euse|rice)\)"
    # round 11: the bracket forms of Spanish, Portuguese and German ads ("Arquiteta(o)",
    # "Técnico(a)", "Mitarbeiter(in)"), and a professorship ("W2-Professur", "Lehrstuhl")
    r"|\w\((?:o|a|os|as|in|innen)\)|\w*professur\b|\bprofessorship\b|\blehrstuhl\b",
    re.IGNORECASE)
# What each alternative of JOB_AD_MARK cannot match without: a bracket, slash or gender
# character, or a professorship's word (``job_ad_mark``).
_JOB_AD_CHARACTERS = frozenset("(/*:_")
_JOB_AD_WORDS = ("professur", "professorship", "lehrstuhl")


def job_ad_mark(title: str) -> re.Match[str] | None:
    """``JOB_AD_MARK.search(title)``, skipped where it cannot match: its \\w-led alternatives
    are tried at every position (~10 µs a title), and nearly every title has none of the
    characters they need (tests/core/test_detect_gate.py checks the two agree)."""
    if _JOB_AD_CHARACTERS.isdisjoint(title):
        folded = fold_lower(title)
        if not any(word in folded for word in _JOB_AD_WORDS):
            return None
    return JOB_AD_MARK.search(title)


# (pattern, canonical stage, needles), most specific first; the first match names the stage.
# A stage's pattern only runs when one of its lower-case needles is in the title.
STAGES: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), s, frozenset(n.split()))
    for p, s, n in (
        (r"\binformational\b", "informational interview", "informational"),
        (r"\boffer\b|\bsalary\b|\bcompensation\b|\bnegotiat", "offer discussion",
         "offer salary compensation negotiat"),
        (r"\bfinal\b", "final round", "final"),
        (r"\bsuperday\b|\bon[\s-]?site\b|\binterview\s+loop\b|\bloop\b", "onsite",
         "superday site loop"),
        (r"\bhiring[\s-]+manager\b|\bHM\b", "hiring manager screen", "hiring hm"),
        (r"\btake[\s-]?home\b|\bassignment\s+review\b|\bcase\s+study\b|\bpresentation\b",
         "take-home review", "take assignment case presentation"),
        (r"\bsystems?\s+design\b", "system design interview", "design"),
        (r"\bcoding\b|\bpair[\s-]+programming\b|\balgorithms?\b", "coding interview",
         "coding programming algorithm"),
        (r"\btech(?:nical)?\b", "technical interview", "tech"),
        (r"\bbehaviou?ral\b|\bculture\b|\bvalues\b", "behavioral interview",
         "behavio culture values"),
        (r"\bpanel\b", "panel interview", "panel"),
        (r"\brecruit|\btalent\b|\bhr\s+(?:screen|call|chat)", "recruiter screen",
         "recruit talent hr"),
        (r"\bphone[\s-]*(?:screen|interview)|\bscreen(?:ing)?\b|\btelefoninterview",
         "phone screen", "phone screen telefon"),
        (r"\bhiring\s+team\b|\bmeet\s+the\s+team\b|\bintro(?:ductory)?\b", "intro call",
         "hiring meet intro"),
        (r"\b(?:first|1st)\s+round\b", "first round", "round"),
        (r"\b(?:second|2nd)\s+round\b", "second round", "round"),
        (r"\b(?:third|3rd)\s+round\b", "third round", "round"),
    )
)


def stage_of(title: str) -> str | None:
    """The canonical stage a title names, or None when it names none."""
    held = _STAGE_NEEDLES.held(title.lower())  # every stage's needles in one pass
    for pattern, stage, needles in STAGES:
        if not held.isdisjoint(needles) and pattern.search(title):
            return stage
    return None


_STAGE_NEEDLES = Stems(n for _, _, needles in STAGES for n in needles)
