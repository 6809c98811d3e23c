"""Round 13: meetings ABOUT interviews, checks that are not interviews, and public competitions'
oral exams, as classes written in several languages rather than as any batch's words.

Owns two things:

* ``TITLE_TABLE_13``: rows ``lookalikes`` searches with its round-4 table (a veto whatever else
  the title says): a mock interview with words between "mock" and "interview" in Japanese,
  Chinese and Korean (模擬個別面接, 모의 PT면접); a meeting of the hiring side's roles named in
  the plural, a training, rehearsal, briefing or calibration of interviewers, assessors,
  facilitators or jury members (a candidate meets them, no candidate trains them); a
  committee's or jury's own sitting ("Riunione commissione esaminatrice", "Sitzung der
  Auswahlkommission", "réunion du jury"); pre-employment psychological checks (a psychological
  evaluation, a Spanish "test psicotécnico"), which the corpus labels not interviews like the
  medical checks of ``lexicon_settings.MEDICAL``. Rows are (alternative, the lower-case
  literals it cannot match without), as in ``practice``; tests/core/test_detect_lookalikes.py
  checks each row against its literals.
* ``competition_oral``: a public competition's oral exam or jury interview (an Italian
  "prova orale" of a "concorso", a French "entretien avec le jury" of a "concours", a Spanish
  "entrevista personal" of an "oposición"): the hiring step of public employers, explicit when
  the title names both the oral exam and the competition (either alone is too often a
  school's exam or a prize). Practice for one ("oral blanc", "simulazione") is not one.

Why structure and not words: round 12's blind misses were a committee evaluating callbacks, a
training for interviewers, a coaching for a jury interview, a concours's jury interview; round
13's check set (tests/data/real_cases_t13d.py) found the same classes in other sectors. Pure
data and one small function; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.literals import Stems

__all__ = ["ORAL_WORDS", "TITLE_TABLE_13", "competition_oral"]

# The hiring side's roles in the plural: who trains, rehearses or calibrates, not whom a
# candidate meets one at a time.
_ROLES = (r"(?:facilitador|avaliador|entrevistador|recrutador|examinador|seleccionador|evaluador)"
          r"(?:e|a)s\b|\bjurados\b|\bjurys\b|\brecruteurs\b|[ée]valuateurs\b|\bintervieweurs\b"
          r"|\binterviewers\b|\bassessors\b|\bfacilitators\b|\bpanell?ists\b|\bpr[üu]fer(?:innen)?\b"
          r"|\bbeoordelaars\b|\brekruter(?:zy|[óo]w)\b|\bintervistatori\b|\bselezionatori\b"
          r"|\bvalutatori\b|\besaminatori\b|\bmembres\s+du\s+jury\b")
_ROLE_LITERALS = ("facilitador|avaliador|entrevistador|recrutador|examinador|seleccionador"
                  "|evaluador|jurados|jurys|recruteurs|valuateurs|intervieweurs|interviewers"
                  "|assessors|facilitators|panel|prüfer|prufer|beoordelaars|rekruter|intervistatori"
                  "|selezionatori|valutatori|esaminatori|membres")
_TRAINING = (r"\b(?:ensaio|treino|treinamento|capacita[çc][ãa]o|forma[çc][ãa]o|alinhamento|briefing"
             r"|training|calibration|workshop|formation|former|atelier|formaci[óo]n|capacitaci[óo]n"
             r"|schulung|szkoleni[ea]|odprawa|formazione|allineamento|onboarding)\b")

TITLE_TABLE_13: tuple[tuple[str, str], ...] = (
    # a mock interview with a word between (模擬個別面接, 模拟群面, 모의 PT면접)
    (r"(?:模擬|模拟)[^\n]{0,6}(?:面接|面试|面試)", "模擬|模拟"),
    (r"모의[^\n]{0,8}면접", "모의"),
    # a training, rehearsal or calibration of the hiring side's roles, either order
    (_TRAINING + r"[^\n]{0,40}?(?:" + _ROLES + ")", _ROLE_LITERALS),
    (r"(?:" + _ROLES + r")[^\n]{0,40}?" + _TRAINING, _ROLE_LITERALS),
    # a committee's or a jury's own sitting (a candidate's "meeting with the committee" is
    # worded the other way round)
    (r"\b(?:riunione|seduta|insediamento|sitzung|r[ée]union|reuni[óo]n|sesi[óo]n|posiedzeni[ea]"
     r"|vergadering)\s+(?:(?:della|der|du|de\s+la|del|de|van\s+de)\s+)?(?:commission\w*"
     r"|kommission|auswahlkommission|jury|tribunal\w*|commissie|selectiecommissie|komisji"
     r"|comisi[óo]n)", "commission|kommission|jury|tribunal|commissie|komisji|comisi"),
    (r"\b(?:hiring|recruiting|recruitment|selection|admissions)\s+committee\s+(?:meeting"
     r"|deliberations?|review|vote)\b", "committee"),
    # pre-employment psychological checks
    (r"\b(?:test|examen|evaluaci[óo]n|prueba)s?\s+psicot[ée]cnic\w*|\bpsychological\s+(?:evaluation"
     r"|assessment|exam\w*|screening)|\bpsych\s+eval\w*|\bavalia[çc][ãa]o\s+psicol[óo]gica"
     r"|\bexame\s+psicot[ée]cnico|\bvalutazione\s+psicoattitudinal\w*|\bpsychologische\s+"
     r"(?:eignungs\w*|untersuchung|begutachtung)|\btest\s+psychotechnique|\b[ée]valuation\s+"
     r"psychologique|\bbadani[ea]\s+psycholog\w*", "psicot|psych|psicol|psicoatt"),
)

# A competition's oral exam or jury interview, and the competition; both in the title.
_ORAL = re.compile(
    r"\bprova\s+orale|\besame\s+orale|\bcolloquio\s+orale|\b[ée]preuves?\s+orales?"
    r"|\boral\s+d['’]admission|\bentretien\s+avec\s+(?:le|un)\s+jury|\b[ée]preuve\s+d['’]entretien"
    r"|\bexamen\s+oral|\bejercicio\s+oral|\bprueba\s+oral|\bentrevista\s+personal|\bprova\s+oral\b"
    r"|\bexame\s+oral|\bm[üu]ndliche\s+pr[üu]fung|\begzamin\s+ustny|\b[úu]stn[íi]\s+zkou[šs]k"
    r"|\bmondeling\w*\s+(?:examen|toets|proef)", re.IGNORECASE)
# (one automaton pass: ``rules.prefilter_title`` asks this of every title on the calendar)
ORAL_WORDS = frozenset({"oral", "jury", "entretien", "entrevista", "ndliche", "ustny", "stn",
                        "mondeling"})
_ORAL_GATE = Stems(ORAL_WORDS)
_COMPETITION = re.compile(
    r"\bconcors[oi]\b|\bconcours\b|\boposici[óo]n(?:es)?\b|\bconcurso\b|\bauswahlverfahren"
    r"|\bkonkurs\w*|\bpost[ęe]powani\w*\s+kwalifikacyjn|\bv[ýy]b[ěe]rov\w*\s+[řr][íi]zen"
    r"|\bproceso\s+selectivo|\bprocesso\s+seletivo|\bprocedura\s+(?:selettiva|comparativa)"
    r"|\bcivil\s+service\b", re.IGNORECASE)
# practice for one, or a school's entrance competition
_NOT_THE_EXAM = re.compile(
    r"\bblanc\b|\bfictif|\bsimula|\bpr[ée]pa\b|\bmock\b|\bpractice\b|\bpreparazione\b"
    r"|\bpreparaci[óo]n\b|\bprepara[çc][ãa]o\b|\bammissione\b|\bd['’]entr[ée]e\b|\bentrenamiento\b",
    re.IGNORECASE)


def competition_oral(title: str) -> re.Match[str] | None:
    """The oral exam a public competition's title names, when it names the competition too."""
    low = title.lower()
    if not _ORAL_GATE.found_in(low):
        return None
    found = _ORAL.search(title)
    if found is None or _COMPETITION.search(title) is None or _NOT_THE_EXAM.search(title):
        return None
    return found
