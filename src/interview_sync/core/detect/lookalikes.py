"""Interviews that are not job interviews: the words and places that give them away.

Owns the vocabularies ``classify`` vetoes look-alikes with, beyond the hiring-side and
practice words of ``title_negative.TITLE_NEGATIVE``: a "Parent-teacher interview", a "Naturalization
interview", an "Entretien préalable" (the meeting before a dismissal) or a "Mitarbeitergespräch"
names an interview, a talk or an "entretien" outright, and none of them is the user applying
for a job. Each class is written in English, German, French, Spanish, Portuguese, Dutch and
Italian where the words are cheap to list. Pure data and two small functions; no I/O.

Theory of operation, three vocabularies:

* ``NONJOB_TITLE``: phrases no job interview's title uses (immigration and citizenship steps,
  school and parent meetings, admissions, medical and therapy talks, disciplinary and
  dismissal meetings, exit interviews, performance and annual reviews, interview coaching and
  tutoring, webinars, fairs and info sessions, media and research interviews; the rows are
  ``lookalike_titles``'). A veto whatever else the title says.
* ``NONJOB_SETTING``: words for a place or purpose that is usually not hiring but employs
  people too (a visa, a consulate, immigration, USCIS, an asylum case, patients, a sales demo,
  a discovery call). A veto unless the title also names a job or a hiring step ("Interview – Asylum
  Officer – USCIS", "Sales demo – AE final round"), see ``title_is_lookalike``.
* ``NONJOB_CONTEXT``: what the location or the description says of a non-job interview (a
  consulate, a visa centre, "civics test", "your child's teacher", "se faire assister"). A veto
  even for an explicit title, unless the description also speaks of applying for a job
  (``JOB_WORDS``), see ``context_is_lookalike``; ``NONJOB_DOCUMENT`` (a health card to bring)
  likewise, unless the title names a job step too (``documents.document_lookalike``).

Every pattern sits behind a stem gate (``FoldGated``): one search for its stems in the
lower-cased text decides that it cannot match, on any script. Every alternative is written next
to the stems it cannot match without, so the gate is built from the same table as the pattern;
tests/core/test_detect_lookalikes.py checks both ways with hypothesis. No alternative has a nested
repetition, so no input can make one backtrack catastrophically.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.about_hiring import TITLE_TABLE_13, competition_oral
from interview_sync.core.detect.demos import software_demo
from interview_sync.core.detect.gate import SplitPattern, fold_lower
from interview_sync.core.detect.jobs import ROLE_WORD_RE, job_ad_mark
from interview_sync.core.detect.kinds import TITLE_TABLE_4 as _TITLE_TABLE_4
from interview_sync.core.detect.kinds import TITLE_TABLE_5 as _TITLE_TABLE_5
from interview_sync.core.detect.lexicon import setting_rows, table_rows
from interview_sync.core.detect.lexicon_steps import CANCELLED, TECH_CHECK
from interview_sync.core.detect.lookalike_titles import TITLE_TABLE as _TITLE_TABLE
from interview_sync.core.detect.not_own_step import (
    PROFICIENCY_TABLE,
    TITLE_TABLE_22,
    proficiency_for_post,
)
from interview_sync.core.detect.practice import SETTING_TABLE_6, TITLE_TABLE_6
from interview_sync.core.detect.rules import Gated
from interview_sync.core.detect.thin_languages import SETTING_TABLE as SETTING_TABLE_21
from interview_sync.core.detect.thin_languages import TITLE_TABLE as TITLE_TABLE_21
from interview_sync.core.detect.title_negative import MEDIA_JOB
from interview_sync.core.literals import Stems

__all__ = ["CANCELLED_TITLE", "JOB_WORDS", "NONJOB_CONTEXT", "NONJOB_DOCUMENT", "NONJOB_SETTING",
           "NONJOB_TITLE", "NONJOB_TITLE_4", "PROFICIENCY_TITLE",
           "TECH_CHECK_TITLE",
           "context_is_lookalike", "lookalike_phrase", "lookalike_span", "title_is_lookalike"]


class FoldGated:
    """A gate that also decides non-ASCII text: these vocabularies are Latin-script words, and
    every stem is one the lower-cased text must hold (after ``gate.fold_lower``), whatever the
    script around it. Most titles that get this far are not ASCII ("Entretien d'embauche –
    Chargé(e)", "Vorstellungsgespräch"), and the pattern costs tens of µs on each. Past the
    gate only the alternatives whose stems the text holds are tried (``gate.SplitPattern``):
    every interview title holds "interview", and the whole title table cost 0.3 ms on it.

    ``pattern``, the whole table as one case-insensitive alternation (what ``search`` answers
    as), is compiled only when asked for (the tests compare against it): ``search`` never uses
    it, and compiled, the eight tables' alternations held ~0.6 MB for a daemon's life (the
    look-alike settings' alone 0.22 MB; round 18)."""

    __slots__ = ("_whole", "gate", "split", "stems")

    def __init__(self, table: tuple[tuple[str, str], ...]) -> None:
        self.stems = tuple(sorted({s for _, stems in table for s in stems.split("|")}))
        self.gate = Stems(self.stems)
        self.split = SplitPattern(table)
        self._whole: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self.split.source(), re.IGNORECASE)
        return self._whole

    def search(self, text: str) -> re.Match[str] | None:
        return self.split.search(self.gate.held(fold_lower(text)), text)


def _gated(table: tuple[tuple[str, str], ...]) -> FoldGated:
    """One case-insensitive pattern of the table's alternatives, gated by their stems."""
    return FoldGated(table)


# the phrases no job interview's title uses (``lookalike_titles``)
NONJOB_TITLE = _gated(_TITLE_TABLE)

# One gate and one search for both tables (most titles that get this far hold none of their
# stems; one that does pays for one search, not two).
# round 6: ``practice``; round 13: ``about_hiring`` (meetings about interviews, checks); round
# 21: ``thin_languages`` (mock interviews, lessons, trainings and the press in its languages);
# round 22: ``not_own_step`` (ratings of the user's skill, seats beside someone else's interview,
# candidacies, workshops in the newest languages)
NONJOB_TITLE_4 = _gated(_TITLE_TABLE_4 + _TITLE_TABLE_5 + TITLE_TABLE_6 + TITLE_TABLE_13
                        + TITLE_TABLE_21 + TITLE_TABLE_22)
# round 23: a rating of the user's own skill, vetoed unless the title names the post it is a
# selection step for (``not_own_step.proficiency_for_post``)
PROFICIENCY_TITLE = _gated(PROFICIENCY_TABLE)

# A place or purpose that is usually not hiring but employs people too.
_SETTING_TABLE: tuple[tuple[str, str], ...] = (
    (r"\bvisas?\b|\bvisado\b", "visa"),
    (r"\bconsul(?:ar|ate|ado)", "consul"),
    (r"\bembassy\b", "embassy"),
    (r"\bimmigration\b", "immigration"),
    (r"\bpatients?\b|\bpacientes?\b", "patient|paciente"),
    (r"\bphysio", "physio"),
    (r"\buscis\b", "uscis"),
    (r"\basyl(?:um|e|o)\b", "asyl"),
    (r"\brefugee\s+(?:status|interview|hearing)", "refugee"),
    (r"\bpr[ée]fecture\b", "fecture"),
    (r"\bextranjer[ií]a\b", "extranjer"),
    (r"\b(?:product|sales|platform|software|live)\s+demo\b", "demo"),
    (r"\bdemo\s+(?:of|call)\b", "demo"),
    (r"\b(?:discovery|pricing|sales)\s+call\b", "discovery|pricing|sales"),
    (r"\bvendor\s+(?:call|meeting|demo|pitch)", "vendor"),
    (r"\bd[ée]monstration\s+(?:produit|commerciale)", "monstration"),
    (r"\bdemostraci[óo]n\s+(?:de\s+producto|comercial)", "demostraci"),
    (r"\bprodukt(?:demo|vorf[üu]hrung)", "produkt"),
    # a case at the user's own employer ("ER Case HRC0048121 – Interview"; an "HR Case Manager"
    # is a job) and a newspaper's profile of the user ("Harbor Times profile")
    (r"\b(?:er|hr|employee[\s-]+relations|ethics|compliance)\s+(?:case|investigation|matter)\b",
     "case|investigation|matter"),
    (r"\b(?:times|post|journal|news|gazette|herald|tribune|chronicle|magazine)\s+profile\b",
     "profile"),
    # the unemployment office's appointments, a job seeker's most frequent look-alike
    (r"\bp[ôo]le[\s-]emploi|\bfrance\s+travail", "emploi|travail"),
    (r"\bjob\s*cent(?:er|re)|\bagentur\s+f[üu]r\s+arbeit|\barbeitsagentur|\barbeitsamt",
     "job|agentur|arbeitsa"),
    (r"\b(?:sepe|uwv|werkplein|unemployment|universal\s+credit)\b",
     "sepe|uwv|werkplein|unemployment|universal"),
    (r"\bwork\s+coach\b", "coach"),
    (r"\bbishop\b", "bishop"),
    (r"\b(?:mortgage|loan\s+application|bank\s+appointment)", "mortgage|loan|bank"),
    # round 4: more unemployment and job-centre offices, which also employ people
    (r"\bcentro\s+per\s+l['’]impiego|\b(?:edd|resea|workforce\s+(?:center|centre|solutions))\b"
     r"|\bamerican\s+job\s+center|\bnav[\s-]kontor|\barbetsf[öo]rmedling"
     r"|\bjobcenter\s+\w|\bty[öo]voimatoimisto|\b[úu]rad\w*\s+pr[áa]ce|\bur[zź][ąa]d\w*\s+pracy"
     r"|\bi[şs]kur\b|ハローワーク",
     "impiego|edd|resea|workforce|american|kontor|arbetsf|jobcenter|toimisto|prace|práce|urz|urź"
     "|skur|şkur"
     "|ハローワーク"),
    # screenings of films and of patients (a clinic's "screening" employs people too)
    (r"\b(?:film|movie|documentary|cancer|health|hearing|vision|covid|colon|breast|prenatal"
     r"|newborn|std|sti|lung|skin|diabetes|dental|wellness)\s+screening", "screening"),
    # conference programmes: a panel, a keynote, a fireside chat (a hiring step names its round)
    (r"\bpanel\s+discussion|\bpanelist|\bmoderator\b|\bkeynote|\bfireside\s+chat",
     "panel|moderator|keynote|fireside"),
    # Czech and Polish secondary schools (their teachers are hired too)
    (r"\bgymn[áa]zi(?:um|a)\b|\bst[řr]edn[íi]\s+[šs]kol", "gymn|stredn|středn|střední"),
    # a thesis viva (round 7: a setting, as South Asian employers' "viva voce" for a post
    # names the post: "Viva-voce – Assistant Officer (Accounts)")
    (r"\bviva\b", "viva"),
    # a consulate in Turkish
    (r"\bkonsoloslu|\bb[üu]y[üu]kel[çc]ilik", "konsolos|ilik"),
)
# round 7: the look-alike concepts of ``lexicon``, a cell per language
NONJOB_SETTING = _gated(_SETTING_TABLE + SETTING_TABLE_6 + setting_rows() + SETTING_TABLE_21)
# round 9: a title saying the event was cancelled, in every language (``lexicon_steps``): no
# interview will happen, whatever else the title says ("ANNULLATO: Colloquio – ...")
CANCELLED_TITLE = _gated(table_rows(CANCELLED))
# round 11: a technical check before a video interview, in every language (``lexicon_steps``):
# no interview happens in it, whatever else the title says ("Web面接 事前接続確認")
TECH_CHECK_TITLE = _gated(table_rows(TECH_CHECK))
# A title that names a job or a hiring step keeps a setting word from vetoing it.
# (Not "recruiting" or "hiring": a vendor demos its recruiting software to the user.)
_HIRING_STEP = re.compile(
    r"\b(?:round|stage|position|vacancy|vacante|puesto|poste|stelle|candidate|role[\s-]?play"
    r"|screen|on[\s-]?(?:site|campus)|oral\s+board|panel\s+interview"
    # the same in the languages of round 4: position, post, round
    r"|pozic\w*|stanowisk\w*|stilling\w*|tj[äa]nst\w*|pozisyon\w*|posizione|kolo|etap\w*"
    r"|teht[äa]v\w*|embauche"
    # round 24: an Estonian trial day or trial work at an employer, which the job centre
    # ("Töötukassa", a setting) may arrange (tooelu.ee: "proovitöö" is its one-day service)
    r"|proovip[äa]ev\w*|proovit[öo][öo]\w*)\b"
    # a job ad's gender forms ("Orientador/a", "Księgowy/a", "Bürokauffrau/-mann", "Chargé(e)"),
    # and hiring and teaching jobs in Japanese, Chinese and Korean
    r"|\b\w{3,}/-?(?:in|a|ka|e|o|ne|mann|frau)\b|\w\((?:e|ne|euse|rice)\)"
    r"|採用|招聘|채용|求人|教員|教師|教諭|教师|교사|保育士|職員|职位|岗位"
    # the gender marks of German and French job titles: "Sachbearbeiter (m/w/d)", "(H/F)"
    r"|\([mwfdh]/[mwfdh](?:/[mwfdh])?\)", re.IGNORECASE)

# What a location or description says of a non-job interview.
_CONTEXT_TABLE: tuple[tuple[str, str], ...] = (
    # (round 21: not a place named after one, "Embassy Golf Links", "Embassy Suites")
    (r"\bembassy\b(?!\s+(?:golf|suites|tech|business|park|heights|plaza|towers?|square|hotel|inn"
     r"|manor|gardens|quarter|lake|one)\b)|\bembajada\b|\bambassade\b|\bbotschaft\b|\bambasciata\b",
     "embassy|embajada|ambassade|botschaft|ambasciata"),
    (r"\bconsulate\b|\bconsulado\b|\bconsulat\b|\bkonsulat\b|\bconsolato\b",
     "consul|konsul|consol"),
    (r"\buscis\b", "uscis"),
    # (round 24: "office" ends there: a "Visa Officer" is a job, not the visa office)
    (r"\bvisa\s+(?:application\s+)?(?:cent(?:er|re)|section|office\b)", "visa"),
    (r"\bimmigration\s+(?:office|services|court|department)", "immigration"),
    (r"\bausl[äa]nderbeh[öo]rde", "ausl"),
    (r"\bpr[ée]fecture\b", "fecture"),
    (r"\boficina\s+de\s+extranjer", "extranjer"),
    (r"\bds-160\b|\bn-400\b|\bi-485\b", "ds-160|n-400|i-485"),
    (r"\bcivics\s+test", "civics"),
    (r"\bihr(?:es|em|en)?\s+kind(?:es)?\b", "kind"),
    (r"\byour\s+child", "child"),
    (r"\bvotre\s+enfant", "enfant"),
    (r"\bsu\s+hij[oa]\b", "hij"),
    (r"\bmesure\s+de\s+licenciement", "licenciement"),
    (r"\bse\s+faire\s+assister", "assister"),
    (r"\bright\s+to\s+be\s+accompanied", "accompanied"),
    (r"\bdisciplinary\s+(?:action|procedure|hearing)", "disciplinary"),
    (r"\b(?:employee\s+relations|workplace|misconduct|hr)\s+investigation", "investigation"),
    # round 8: a witness in a workplace case, and an investigation's own interview
    (r"\bas\s+(?:a\s+)?witness\b|\bnot\s+(?:yourself\s+)?under\s+investigation"
     r"|\bemployee\s+relations\s+case|\bwitness\s+statement"
     r"|\binvestigat(?:ion|ory)\s+(?:meeting|interview)", "witness|investigation|relations"
     "|investigat"),
    # round 8: a paid research study's participant (a moderated "interview" for a product team):
    # qualified by its screener, paid an incentive or credits, in the corpus's main languages
    (r"\bqualified\s+(?:from|for)\s+(?:the|our|this)\s+(?:screener|study)"
     r"|\bcredits\s+(?:are\s+)?paid|\b(?:your|the)\s+incentive\b|\bincentive\s+(?:amount|is|will)"
     r"|\bparticipant\s+dashboard"
     r"|\bstudy\s+(?:team|participants?|session)\b|\bresearch\s+(?:study|participants?)\b"
     r"|\bstudienteilnehm\w*|\baufwandsentsch[äa]digung|\bprobanden\b"
     r"|\bparticipants?\s+[àa]\s+l['’][ée]tude|\bd[ée]dommagement"
     r"|\bparticipantes?\s+del\s+estudio|\bincentivo\b"
     r"|\bdeelnemers?\s+aan\s+(?:het|dit|ons)\s+onderzoek|\bparticipantes?\s+do\s+estudo",
     "qualified|credits|incentive|participant|study|research|studienteilnehm|aufwandsentsch"
     "|probanden|dédommagement|dedommagement|participante|incentivo|deelnemer"),
    (r"\b(?:for|in)\s+(?:our|the)\s+[^\n.]{0,40}\bcolumn\b|\bphotographer\s+to\b",
     "column|photographer"),
    (r"\b(?:my|our)\s+podcast\b|\busability\s+(?:study|test|session)", "podcast|usability"),
    (r"\bestimad[ao]s?\s+famili|\bch[eè]re\s+famille|\bliebe\s+eltern\b|\bdear\s+parents?\b",
     "famili|famille|eltern|parent"),
    (r"\binterview\s+you\s+for\s+the\s+(?:mba|college|university|school)\b",
     "mba|college|university|school"),
    # round 12: the user as a vendor's prospect, whatever the meeting is called ("Intro call:
    # Pat Lee <> Quillstack" after a demo request; a renewal call booked with a lead router)
    (r"\b(?:request(?:ed|ing)?|book(?:ed|ing)?)\s+a\s+(?:product\s+)?demo\b|\bchili\s*piper\b"
     r"|\byour\s+(?:subscription|renewal|seat\s+count|free\s+trial|trial\s+account)\b"
     r"|\b(?:a|our|your)\s+(?:product\s+specialist|account\s+executive|sales\s+rep(?:resentative)?)"
     r"\s+for\s+your\s+(?:region|account|team|company)\b",
     "request|book|chili|subscription|renewal|seat|trial|specialist|executive|sales"),
)
NONJOB_CONTEXT = _gated(_CONTEXT_TABLE)
# Round 18: a health card to bring is a patient's, unless the event names a job step (a
# document to bring to one, ``documents.document_lookalike``).
_DOCUMENT_TABLE: tuple[tuple[str, str], ...] = (
    (r"\bhealth\s+(?:insurance\s+)?card\b|\bversichertenkarte|\bgesundheitskarte|\bcarte\s+vitale"
     r"|\btarjeta\s+sanitaria|\btessera\s+sanitaria|\bzorgpas\b|\bcart[ãa]o\s+(?:de\s+)?(?:sa[úu]de|sus|utente)",
     "card|karte|carte|tarjeta|tessera|zorgpas|cart"),
)
NONJOB_DOCUMENT = _gated(_DOCUMENT_TABLE)
# A description that speaks of applying for a job outweighs the context words around it.
JOB_WORDS = Gated(re.compile(
    r"\b(?:position|vacancy|job|role|application|applied|applying|candidate|candidacy"
    r"|recruit\w*|hiring|poste|candidature|stelle|bewerbung|puesto|vacante|candidatura|vaga"
    r"|vacature|functie|sollicit\w*|posizione)\b", re.IGNORECASE),
    ("position", "vacancy", "job", "role", "appl", "candida", "recruit", "hiring", "poste",
     "stelle", "bewerbung", "puesto", "vacante", "vaga", "vacature", "functie", "sollicit",
     "posizione"))


def title_is_lookalike(title: str) -> bool:
    """Whether the title names a non-job interview (a veto whatever else it says)."""
    if NONJOB_TITLE.search(title) or NONJOB_TITLE_4.search(title) or CANCELLED_TITLE.search(title) \
            or TECH_CHECK_TITLE.search(title) or _own_proficiency(title) \
            or software_demo(title):  # round 23: a demo of (recruitment) software (``demos``)
        return True
    return _setting_word(_without_rooms(title)) and not (
        ROLE_WORD_RE.search(title) or _HIRING_STEP.search(title) or MEDIA_JOB.search(title)
        # round 13: a concours's "épreuve d'admission – entretien avec le jury" is its hiring step
        or competition_oral(title))


# Round 24: a setting's stem that only begins a job's noun ("Radiographer", "Radiologist",
# "Physiotherapist": the stem "radio" or "physio" then an agent suffix) names the job, not the
# radio or the physiotherapy appointment; the setting word itself ("Radiology", "Radio 4") stays.
# (a pattern string: ``re``'s own cache compiles it once, on the first title that needs it)
_JOB_NOUN_END = r"\w*?(?:grapher|ologist|logist|therapist|ician|ist)s?\b"


def _setting_word(title: str) -> bool:
    """Whether the title holds a setting word (``NONJOB_SETTING``) that is not the head of a
    job's noun; at most three such heads are skipped (a title names one or two jobs)."""
    for _ in range(3):
        found = NONJOB_SETTING.search(title)
        if found is None:
            return False
        end = re.compile(_JOB_NOUN_END, re.IGNORECASE).match(title, found.end())
        if end is None or end.end() == found.end() or not found.group(0)[-1:].isalpha():
            return True
        title = title[:found.start()] + " " * (end.end() - found.start()) + title[end.end():]
    return True


# Round 23: "workshop" naming a room or a venue ("Workshop Room B", "Workshop 3", "Board Room
# Workshop", "@ Workshop") is where an interview is held, not what the event is; the setting
# words are read without it (a workshop about interviews names no room).
_ROOM_NAME = re.compile(
    r"(?:\broom\s+|@\s*)workshop\w*|\bworkshop\s+(?:room|space|hall|studio|suite|area|floor|lab"
    r"|building|cent(?:re|er))s?\b|\bworkshop\s*(?:\d+|(?-i:[A-Z])\b)",
    re.IGNORECASE)


def _without_rooms(title: str) -> str:
    """The title without a workshop that names a room (see ``_ROOM_NAME``) or a clinical
    radio- trade (``_CLINICAL_RADIO``), blanked to the same length so that
    ``lookalike_span``'s offsets still point into the title."""
    low = title.lower()
    if "radio" in low:
        title = _CLINICAL_RADIO.sub(lambda found: " " * len(found.group(0)), title)
    if "workshop" not in low:
        return title
    return _ROOM_NAME.sub(lambda found: " " * len(found.group(0)), title)


# Round 24: the setting word "radio" (the medium, ``lexicon_settings.MEDIA``) is a prefix, and
# the clinical trades begin with it: "locum radiographer", "Radiology registrar",
# "radiotherapy" name a hospital's post, not a station (round 23's silent locum agency's
# "Call: … – locum radiographer"). The department alone ("Radiology appointment – chest X-ray")
# is where a patient goes, so it stays the setting's; its people and trades do not.
_CLINICAL_RADIO = re.compile(r"\bradio(?:graph\w*|logists?\b|logic(?:al)?\b|therap\w*|nuclid\w*"
                             r"|pharmac\w*)", re.IGNORECASE)


def _own_proficiency(title: str) -> bool:
    """A proficiency interview that rates the user's own skill, not a post's selection step."""
    return PROFICIENCY_TITLE.search(title) is not None and not proficiency_for_post(
        title, ROLE_WORD_RE.search(title) is not None or job_ad_mark(title) is not None)


def context_is_lookalike(location: str, description_head: str) -> bool:
    """Whether the location or the description's head shows a non-job interview."""
    if not (NONJOB_CONTEXT.search(location) or NONJOB_CONTEXT.search(description_head)):
        return False
    return JOB_WORDS.search(description_head) is None


def lookalike_phrase(title: str, location: str, description_head: str) -> str | None:
    """The words that showed a non-job interview, for ``detect --explain`` (None if none did)."""
    span = lookalike_span(title)
    if span is not None:
        return title[span[0]:span[1]]
    for gated, text in ((NONJOB_CONTEXT, location), (NONJOB_CONTEXT, description_head),
                        (NONJOB_DOCUMENT, location), (NONJOB_DOCUMENT, description_head)):
        found = gated.search(text)
        if found:
            return found.group(0).strip()
    return None


def lookalike_span(title: str) -> tuple[int, int] | None:
    """Where the title's first look-alike words stand (their start and end, spaces left out), for
    the readers that take them out of the title; None if there are none."""
    for gated in (NONJOB_TITLE, NONJOB_TITLE_4, CANCELLED_TITLE, TECH_CHECK_TITLE,
                  PROFICIENCY_TITLE, NONJOB_SETTING):
        if gated is PROFICIENCY_TITLE and not _own_proficiency(title):
            continue  # a post's selection step (round 23): no look-alike words
        found = gated.search(_without_rooms(title) if gated is NONJOB_SETTING else title)
        if found:
            said = found.group(0)
            start = found.start() + len(said) - len(said.lstrip())
            return start, start + len(said.strip())
    return None
