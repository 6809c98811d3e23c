"""Whether an event has the shape of a selection step the user goes through: round 17's question.

Owns ``selection_shape`` (the ``selection_shape`` feature ``features`` records, which
``confidence`` lets ask and never weighs) and ``shape_hint`` (the cheap test that lets such an
event past the first look when it holds no hiring word the first look knows). The shape is four
facets read together, none of them a sector's words:

* a **step** the title names: a test, an assessment, an exam, a trial or try-out, an audition or
  casting, a briefing or preview, a group discussion, an interview, a selection (``_STEP``,
  the step's noun class in the corpus's languages and scripts);
* a **hiring context** anywhere in the event (title, organiser, description head): an
  application or applicant, a candidate, a role, position, vacancy or job, recruitment, a CV or
  references, being shortlisted or selected (``_HIRING``);
* the **logistics** of a dated step, written to the one who takes it: what to bring (an ID, a
  passport, a kit), when to arrive or report, whom to ask for, what to wear, how long it takes
  (a duration in the title counts), results or an outcome later (``_LOGISTICS``), or the
  description addressing the reader as the one invited or assessed (``veto_dispute``'s
  ``CANDIDATE_ADDRESS``);
* **who sends it**: an organiser outside the user's own domains, or the user's own copy (most of
  the blind batches' silent steps were the user's copies of a booking).

What the shape is not: a course, a mock or a practice for an exam (``lexicon_selection``'s
``PREPARATION``), a school's, a university's or a driving school's exam, a choir's or a club's
audition for members, a volunteer's orientation, a patient's appointment, or the first day,
induction or onboarding after the hire (``_NOT_HIRING``: the same logistics, no selection).

Why (round 17): for four blind rounds the silent interviews were selection steps in sectors no
earlier rule held (an army's selection briefing, firefighters' physical tests, an airline's open
day, a newsroom's copy test, a hotel's casting, an online job preview); each round's rules had
learnt the last batch's sectors. What those events share is not their words but their shape:
someone outside puts the user through a dated step, in a hiring context, with the step's
logistics. The shape only asks (the note and "Was this an interview?", never drafts), so a
look-alike it lets through costs a question, and a step it finds saves the whole follow-up.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.bounds import DESC_HEAD
from interview_sync.core.detect.gate import LiteralGated, RowsGated
from interview_sync.core.detect.lexicon import table_rows
from interview_sync.core.detect.lexicon_selection import PREPARATION
from interview_sync.core.detect.selection_post import (
    STEP_MORE,
    STEP_MORE_STEMS,
    names_post,
    post_step,
)
from interview_sync.core.detect.veto_dispute import CANDIDATE_ADDRESS, HIRING_ADDRESS
from interview_sync.core.regex_source import group_end, top_branches

__all__ = ["selection_shape", "shape_hint", "step_in_title"]

_I = re.IGNORECASE


def _gated(pattern: str, flags: int) -> LiteralGated:
    """``pattern`` with its ``\\b(?:a|b|...)`` branches spread into top-level ``\\ba|\\bb|...``,
    behind ``gate.LiteralGated``: a long alternation tried at every position of a description
    cost near a millisecond; gated, a text is searched only for the words whose literals it
    holds."""
    branches: list[str] = []
    for branch in top_branches(pattern) or [pattern]:
        # a branch that is one "\\b(?:...)" group from end to end
        whole = branch.startswith("\\b(?:") and group_end(branch, 2) == len(branch) - 1
        alternatives = (top_branches(branch[5:-1]) or []) if whole else []
        if len(alternatives) > 1:
            branches += [f"\\b(?:{alt})" for alt in alternatives]
        else:
            branches.append(branch)
    return LiteralGated(re.compile("|".join(branches), flags))


# The step the title names. Word starts in spaced scripts (compounds allowed after: "Testöver-
# sättning", "Einstellungstest" is caught by its own rows elsewhere), anywhere in CJK.
_STEP = _gated(
    r"\b(?:tests?\b|testing|test[a-zåäöüéè]|tes\b|psikotes|assessments?|exam(?:s|ination)?\b"
    r"|trials?\b|try-?outs?|auditions?|castings?|briefing|preview|group\s+discussion"
    r"|discussion\s+de\s+groupe|recall\b|selection|screening|evaluation|physicals?\b"
    r"|prüfung|probe(?:arbeit|tag)|auswahl|eignungs"
    r"|épreuves?|examen|essai|sélection|évaluation"
    r"|pruebas?|selecci[óo]n|evaluaci[óo]n|psicot[ée]cnic"
    r"|provas?\b|teste\b|exame\b|sele[çc][ãa]o|seletiv|avalia[çc][ãa]o|din[âa]mica"
    r"|prove?\b|selezione|proef|selectie"
    r"|egzamin|próba|etap\b|postępowani\w*\s+kwalifikacyjn"
    r"|prov\b|arbetsprov|urval|valintakoe"
    r"|ujian|seleksi|sınav"
    # round 19: a day or event of on-the-spot hiring (a walk-in or hiring day, a recruiting
    # day); a job fair's stands are not a step (``_STEP`` never names a fair)
    r"|walk-?in|(?:hiring|recruit(?:ing|ment))\s+(?:day|event)|job\s+day|open\s+interviews?"
    # round 20: a performer's callback or open call, a faculty candidate's campus visit or
    # fly-out, a walk-in written apart ("Walk in – … service dept"), applying in person
    r"|call-?backs?|open\s+calls?|fly-?outs?|campus\s+(?:visit|interview)|walk\s+in\b"
    r"|apply(?:ing)?\s+in\s+person|ask\s+for\s+(?-i:[A-Z])"
    r"|(?:sport|fitness|eignungs|leistungs)test\w*"
    r"|rekryterings(?:test|prov)\w*|rekrutterings(?:test|prøve)\w*|urvalstest\w*)"
    r"|試験|検査|テスト|選考|ディスカッション|시험|검사|테스트|전형|평가"
    r"|笔试|测试|测评|考试|选拔"
    # round 19: a kitchen's trial cooking, in both scripts (``lexicon_steps.TRIAL``)
    r"|试做|試做|试工|試工"
    # round 20: South Asian recruitments' steps: an exam or a test ("परीक्षा", "परीक्षण",
    # Bengali "পরীক্ষা"), a selection ("छनोट", "चयन"), certificate or document verification
    # (Tamil "சான்றிதழ் சரிபார்ப்பு", Hindi "दस्तावेज़ सत्यापन"), a physical test's acronym in
    # capitals (PET, PST, PAT, CPAT: case kept, "pet" is an animal); their hiring context is
    # read apart (``_HIRING``: "भर्ती", "भर्ना", "नियोग", "பணி")
    r"|परीक्षा|परीक्षण|चयन\s+प्रक्रिया|পরীক্ষা|சான்றிதழ்\s*சரிபார்ப்பு|दस्तावेज़?\s+सत्यापन"
    r"|\b(?-i:PET|PST|PAT|CPAT|PFT)\b"
    + STEP_MORE,  # round 18: the step in languages round 17's class lacked (``selection_post``)
    _I)
# Cheap stems for the first look (lower-cased title): a title without one leaves at once.
_STEP_STEMS = (
    "tes", "assess", "exam", "trial", "try", "audition", "casting", "briefing", "preview",
    "discussion", "recall", "selection", "screening", "evaluation", "physical",
    "prüfung", "probe", "auswahl", "eignung", "gespr", "épreuve", "essai", "sélection",
    "évaluation", "prueba", "selecci", "evaluaci", "psicot", "prova",
    "teste", "exame", "seleç", "seleti", "avalia", "dinâmica", "prove", "selezione", "proef",
    "selectie", "egzamin", "próba", "etap", "kwalifik", "prov", "urval", "valintakoe", "ujian",
    "seleksi", "sınav", "psikotes",
    "walk", "hiring", "recruit", "job day", "open interview", "rekryt", "rekrut", "urval",
    # (round 19)
    "試験", "検査", "テスト", "選考", "ディスカッション",
    "시험", "검사", "테스트", "전형", "평가", "笔试", "测试", "测评", "考试", "选拔",
    "试做", "試做", "试工", "試工",
    "call", "fly", "campus", "apply", "ask for", "sporttest", "fitnesstest", "eignungstest",
    "leistungstest", "परीक्षा", "परीक्षण", "चयन", "পরীক্ষা", "சான்றிதழ்",
    "सत्यापन", "pet", "pst", "pat", "cpat", "pft",  # (round 20)
    *STEP_MORE_STEMS)
_STEP_STEM_RE = re.compile("|".join(map(re.escape, _STEP_STEMS)))  # one pass, not 71 tests

# A hiring context: the reader applied, is a candidate for a role, is being recruited.
_HIRING = _gated(
    r"\b(?:appl(?:y|ied|ying|ication|icants?)|candidat\w*|shortlist\w*|roles?\b|positions?\b"
    r"|vacanc\w*|jobs?\b|hiring|hire\b|recruit\w*|careers?\b|cv\b|r[ée]sum[ée]|references\b"
    r"|selection\s+process|employ(?:er|ment)\b|offers?\b|selected\b|picked\b"
    r"|bewerb\w*|stelle\b|ausbildung|einstellung|auswahlverfahren|aufnahmeverfahren|karriere|lebenslauf"
    r"|personalabteilung|personalauswahl"
    r"|recrut\w*|poste\b|emploi|embauche|candidature|convoqu\w*"
    r"|aspirantes?|plazas?\b|puesto|vacante|empleo|oposici\w*|convocatoria|selecci[óo]n\s+de\s+personal"
    r"|vagas?\b|emprego|cargo\b|processo\s+seletivo|curr[íi]culo|convoca[çc][ãa]o|convocad\w*"
    r"|posizione|assunzion\w*|sollicit\w*|vacature|functie\b|kandida\w*"
    r"|kandyd\w*|rekrutac\w*|stanowisk\w*|nab[óo]r\b|zatrudni\w*|kwalifikacyjn\w*"
    r"|ans[öo]k\w*|tj[äa]nst\w*|rekryter\w*|intresseanm[äa]lan|utvald|valts\s+ut"
    r"|pelamar|calon\s+(?:karyawan|pegawai)|rekrutmen|karyawan|pegawai|lowongan|formasi|pppk|cpns"
    r"|başvuru|işe\s+alım|pozisyon|interview\w*|entrevista|entretien|colloquio|vorstellungsgespr\w*"
    # round 20: a performer's contract and headshot, a faculty search, Catalan and Hungarian
    # calls and posts, the hiring of South Asian and Swahili public services
    r"|contracts?\b|headshot|search\s+committee|job\s+talk|tenure|faculty\s+(?:position|search)"
    r"|(?:assistant|associate)\s+professor|lecturer\b|convocat[òo]ria|oposici[óo]|aspirants?\b"
    r"|[áa]ll[áa]s\w*|p[áa]ly[áa]z\w*|jelentkez\w*|gyakornok\w*|munkat[áa]rs\w*|ajira\b)"
    r"|भर्ती|भर्ना|भरती|छनोट|नियुक्ति|रिक्त|पद\b|उम्मीदवार|अभ्यर्थी|उमेदवार|दरखास्त|आवेदन|লোক\s*নিয়োগ|নিয়োগ"
    r"|প্রার্থী|பணி|ஆட்சேர்ப்பு|தேர்வாணைய|தேர்வு\s+வாரிய|விண்ணப்ப"
    r"|採用|応募|選考|履歴書|内定|求人|新卒|中途|채용|지원자|신입사원|입사|서류전형|招聘|应聘|求职|岗位|职位|简历|录用"
    # round 19: traditional Chinese (Taiwan's job boards: 應徵, 履歷, 職缺, 徵才)
    r"|應徵|應聘|履歷|職缺|徵才|職位",
    _I)
# The organiser's mailbox or name says recruitment ("newsroom.hiring@", "saiyo@", "rekrutmen@").
_HIRING_MAILBOX = re.compile(
    r"hiring|recruit|career|talent|jobs|resourcing|selecci|selec[aã]o|seleccion|recrut|rekrut"
    r"|rekryt|saiyo|bewerb|karriere|ausbildung|kadry|rrhh|採用|채용|招聘", _I)

# The logistics of a dated step, said to the one who takes it.
_LOGISTICS = _gated(
    r"\b(?:bring|arrive|arrival|report\s+to|ask\s+for\b|check[\s-]?in|dress(?:\s+code)?\b|wear\b"
    r"|kit\s+list|photo\s+id|\bid\b|passport|documents?\b|allow\s+\d|takes?\s+(?:about|around)"
    r"|results?\b|outcome|notif(?:y|ied)|let\s+you\s+know|submit\s+by|be\s+there\s+by|no\s+heels"
    r"|mitbringen|mitnehmen|bringen\s+sie|ausweis|pünktlich|erscheinen|dauer\b|ergebnis\w*"
    r"|bewerbungsmappe|melden\s+sie\s+sich"
    r"|munir|apporter|pr[ée]senter|pi[èe]ce\s+d['’]identit[ée]|arriver|dur[ée]e|r[ée]sultats?"
    r"|traer|traiga|presentarse|deber[áa]n|acudir|dni\b|ropa|duraci[óo]n|resultados?"
    r"|comparecer|trazer|munido|documento|anteced[êe]ncia|dura[çc][ãa]o|resultado"
    r"|membawa|bawa\b|wajib\s+hadir|hadir|ktp\b|kartu\s+peserta|hasil\b|datang"
    r"|zabra[ćc]|zabierz|dow[óo]d\s+osobisty|str[óo]j|wyniki|stawi[ćc]"
    r"|ta\s+med|legitimation|resultat\w*|meddela\w*)"
    # a duration: "(90 min", "est. 2-3 h", "(1.5 days)", "10 Min. vor", "약 60분", "約60分"
    r"|\b\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|h|hrs?|hours?|days?|stunden|heures?"
    r"|horas?|menit|jam)\b"
    r"|持参|お持ち|所要|受付|集合|服装|本人確認|約\s*\d+\s*分|지참|입실|신분증|소요|복장|携带|身份证|准时"
    # round 19: traditional Chinese (bring, report, on time, come to the shop) and Italian
    r"|攜帶|帶履歷|報到|準時|到店"
    # round 20: what to bring and when to report in South Asian notices (an admit card, original
    # certificates, reporting time), a performer's headshot
    r"|प्रवेश\s*पत्र|एडमिट\s*कार्ड|रिपोर्टिंग|मूल\s+दस्तावेज़?|प्रमाण\s*पत्र|प्रमाणपत्र|सक्कल|प्रतिलिपि"
    r"|प्रवेशपत्र|প্রবেশপত্র|মূল\s+কপি|সনদ|அசல்|அழைப்புக்\s*கடிதம்|ஹால்\s*டிக்கெட்"
    r"|\bheadshots?\b|\bsheet\s+music\b|\bask\s+(?:at|the\s+front\s+desk|front\s+desk|reception)\b"
    # Hungarian: bring, arrive, "we invite you in"
    r"|\bhozz\w*|\b[ée]rkez\w*|\bbeh[íi]v\w*"
    r"|\b(?:portare|presentarsi|arrivare|munirsi|documento\s+d['’]identit[àa])",
    _I)

# The same logistics where nobody is being hired: school, university and driving exams, a club's
# or choir's audition for members, volunteers, patients, and the first days after the hire.
_NOT_HIRING = _gated(
    r"\b(?:prospective\s+students?|for\s+students|student\s+(?:id|number|card)|pupils?\b"
    r"|parents['’]?|parent[-\s]teacher|enrol\w*|lyc[ée]e|bac\b|baccalaur\w*|gcse|a-levels?"
    r"|toeic|toefl|ielts|driving\s+(?:lesson|school)"
    r"|driver['’]?s\s+(?:test|exam)|theory\s+test|fahrschule|pr[üu]ftermin"
    r"|(?:\w+ing|training|online|the|this|a|short|our|language|crash|evening|summer)\s+course\b"
    r"|choir|chorus|new\s+members|membership|club\b|volunteers?\b"
    r"|orientation|new\s+patient|appointment\s+with\s+dr|insurance\s+card|onboarding|induction"
    r"|first\s+day|new\s+starter|welcome\s+to\s+the\s+team|accept(?:ed|ing)\s+(?:your|the)\s+offer"
    r"|mahasiswa|siswa|sch[üu]ler|admissions?\b|admission\b|scholarship|fellowship"
    # a medical or a vetting check (after an offer, or for a visa), not a selection step
    r"|medical(?!\s+(?:card|certificate|cert)\b)|drug\s+(?:test|screen)|polygraph|health\s+check|reconocimiento\s+m[ée]dico"
    # a rehearsal for a step, a seller's demo, a probation's first days
    r"|practi[cs]e|mock|rehears\w*|\bprep\b|übung|üben|simulad\w*|simulac\w*|treino"
    r"|workshop|webinar|seminar|taller|oficina|atelier|warsztat"
    r"|product\s+demo|demo\s*:|walk-?through|pricing|free\s+trial|p[ée]riode\s+d['’]essai|probation"
    # round 20: a walk-in clinic, a test drive, an amateur or community company's auditions
    r"|clinic|patients?\b|health\s+card|test\s+drive|community\s+(?:theat|players)|amateur"
    r"|drama\s+(?:society|club)|campus\s+tour|open\s+(?:day|house))"
    r"|入試|受験生|수능|입학|学生证|高考|体检|健康診断|건강검진"
    # round 20: a school's or a board's exam for pupils, an admission's counselling
    r"|छात्र|विद्यार्थी|बोर्ड\s+परीक्षा|वार्षिक\s+परीक्षा|ছাত্র|শিক্ষার্থী|এসএসসি|এইচএসসি|மாணவ|சேர்க்கை",
    _I)
_PREPARATION = RowsGated(table_rows(PREPARATION))
# A step named by the recruitment it belongs to, a compound in the Nordic and Germanic languages
# ("Rekryteringstester", "rekrutteringstest", "Einstellungstest", "recruitment test"): its own
# hiring context (round 18's silent Swedish guard company's tests).
_RECRUITING_STEP = re.compile(
    r"\b(?:rekryterings|rekrutterings|rekrutterings|einstellungs|recruitment\s+|recruiting\s+"
    r"|test\s+rekrutacyjn|urvals)(?:test|tester|testet|prov|provet|prøve|test\w*)", _I)


# A road or driving test: a licence's, unless an employer runs it for a driving post (a motor
# carrier's road test before a driver may run its trucks, a courier's, a bus company's): read
# as a licence's when the user copied it alone without naming a post, or when it names the
# licensing side (round 19).
_ROAD_TEST = re.compile(r"\b(?:road|driving)\s+(?:test|exam)|\bfahrpr[üu]fung", _I)
_LICENSING = re.compile(
    r"\b(?:dmv|dvla|dvsa|mvd|permit|learner|test\s+cent(?:er|re)|licen[cs]\w*|behind[\s-]the[\s-]wheel"
    r"|examiner|[lp][\s-]plates?|f[üu]hrerschein|instructor|t[üu]v|dekra|rta|vicroads)\b", _I)


def _licence_test(text: str, organizer_email: str, title: str) -> bool:
    """Whether a road or driving test in ``text`` is a licence's: the licensing side named, or
    neither an outside organiser nor a post named in the ``title`` (``selection_post``)."""
    if _ROAD_TEST.search(text) is None:
        return False
    if _LICENSING.search(text) is not None:
        return True
    return not (organizer_email and "@" in organizer_email) and not names_post(title)


def step_in_title(title: str) -> bool:
    """Whether ``title`` names a step (a stem, then the step's pattern): the test in front of
    ``shape_hint``, made before anything else of the event is read."""
    return (_STEP_STEM_RE.search(title.lower()) is not None
            and _STEP.search(title) is not None)  # ("updates" holds "tes", and is no step)


def shape_hint(title: str, description: str, organizer_email: str, organizer_name: str) -> bool:
    """Whether an event the first look would drop has a selection step's shape (cheap: a title
    without a step's stem leaves after one pass of substring tests)."""
    if not step_in_title(title):
        return False
    return _shaped(title, description, organizer_email, organizer_name)


def selection_shape(title: str, description: str, *, organizer_email: str, organizer_name: str,
                    organizer_self: bool, organizer_mine: bool) -> bool:
    """Whether the event is a dated selection step an outside organisation puts the user through
    (or the user's own copy of one): a step in the title, a hiring context, its logistics or an
    address to the candidate, and nothing that says school, club, volunteer, patient or
    onboarding. ``organizer_mine``: organised from the user's own domain (never this shape: the
    user's colleagues do not select them)."""
    if organizer_mine and not organizer_self:
        return False
    if not organizer_self and not organizer_email:
        return False
    return _shaped(title, description, organizer_email if not organizer_self else "",
                   organizer_name if not organizer_self else "")


def _shaped(title: str, description: str, organizer_email: str, organizer_name: str) -> bool:
    step = _STEP.search(title) if title else None
    if step is None:
        return False
    head = description[:DESC_HEAD]
    text = f"{title}\n{head}"
    if _NOT_HIRING.search(text) is not None or _licence_test(text, organizer_email, title) \
            or _PREPARATION.search(title) is not None \
            or _PREPARATION.search(head) is not None or HIRING_ADDRESS.search(text) is not None \
            or "feedback" in text.lower():
        return False  # (the hiring side's words: a candidate's papers, feedback, a panel)
    # the hiring context is read outside the step's own word ("Interview" is no context for
    # itself; "AOSB Briefing" with an interview in its programme is)
    rest = f"{title[:step.start()]} {title[step.end():]}\n{head}"
    hiring = (_RECRUITING_STEP.search(title) is not None  # round 19: "Rekryteringstester"
              or _HIRING.search(rest) is not None
              or _HIRING_MAILBOX.search(organizer_email.partition("@")[0]) is not None
              or _HIRING_MAILBOX.search(organizer_name) is not None)
    if hiring and (_LOGISTICS.search(text) is not None
                   or CANDIDATE_ADDRESS.search(head) is not None):
        return True
    # round 18: or a post named beside the step, the user the one assessed (``selection_post``)
    return post_step(title, step, head)
