"""Whether a selection step names the post it selects for: round 18's reach of the shape.

Owns ``post_step`` (the second way ``selection_shape`` recognises a selection step: a step in the
title, a post named beside it, the user on the assessed side, nothing that says school, club or
certificate) and ``STEP_MORE``/``STEP_MORE_STEMS`` (the step's noun class in the languages round
17's ``_STEP`` lacked: Hebrew, Greek, Thai, Vietnamese, Arabic, Czech and Slovak, Ukrainian and
Russian, Romanian, Hungarian, Finnish, Danish and Norwegian), which ``selection_shape`` joins
to its own.

Why (round 18): round 17's shape wanted a hiring context *and* a step's logistics (what to bring,
when to arrive, results later). Most of the selection steps still silent on round 17's blind batch
and on round 18's check set carry neither: a user's terse copy or an employer's one-line notice,
"Thi tuyển công chức", "מבחני כישורים – מיון למשרת מפעיל/ת מנוף", "ATSA test – Air Traffic
Control Specialist", "Тестування ... – посада головного спеціаліста". What they do carry is the
*post*: a position noun (post, position, vacancy, "משרה", "посада", "θέση", "ตำแหน่ง", "vị
trí") or a job title's head word ("Specialist", "trainee", "referent", "görevlisi") beside the
step. A test for a post is a selection step whoever writes it, unless the user is the one who
assesses (a committee, an invigilator, marking, scoring, running a test for applicants) or the
test is one nobody is hired by (a certificate, a licence, a grade, a school's or university's
entrance, citizenship, a child's trial: this module's ``_NOT_SELECTION``, and
``selection_shape._NOT_HIRING`` for what follows a hire).
The shape only asks, never drafts, so a look-alike that still passes costs one question.
Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated
from interview_sync.core.detect.jobs import ROLE_WORD_RE

__all__ = ["STEP_MORE", "STEP_MORE_STEMS", "names_post", "post_step"]

_I = re.IGNORECASE


def _alternation(*parts: str) -> LiteralGated:
    """One case-insensitive alternation of top-level branches (no capturing groups), behind
    ``gate.LiteralGated``: a text is searched only for the branches whose literals it holds."""
    return LiteralGated(re.compile("|".join(parts), _I))


# The step's noun in more languages (word starts where the script spaces its words; anywhere in
# Thai and Hebrew, whose prefixes join the word: "למבחן", "ומבחני").
STEP_MORE = (
    r"|\b(?:zkou[šs]k\w*|sk[úu][šs]k\w*|v[ýy]b[ěe]rov\w*\s+[řr]ízen\w*|pohovor\w*"
    r"|тест\w*|іспит\w*|екзамен\w*|экзамен\w*|відб[іо]р\w*|отбор\w*|оцінюван\w*|испытан\w*"
    r"|διαγωνισμ\w*|εξέτασ\w*|εξετάσ\w*|δοκιμασ\w*|αξιολόγησ\w*|τεστ\w*"
    r"|prob[aă]\b|concurs\w*|examen\w*|testare\w*"
    r"|teszt\w*|vizsga\w*|próbanap\w*|felmér\w*"
    r"|testi\b|testiin|testiss[äa]|testit\b|soveltuvuus\w*|valintakokee\w*|arviointi\w*"
    r"|prøve\w*|optagelsespr\w*|færdighedstest\w*"
    r"|thi\s+(?:tuy[ểe]n|vi[ếe]t|tr[ắa]c\s+nghi[ệe]m|v[ấa]n\s+[đd][áa]p)|ki[ểe]m\s+tra|s[áa]t\s+h[ạa]ch"
    r"|اختبار\w*|امتحان\w*|تقييم\w*)"
    r"|מבחן|מבחני|מבדק|מבדקי|אבחון|סינון|מיון"
    r"|สอบ|ทดสอบ|คัดเลือก"
)
# Their cheap stems (lower case) for the first look's substring test.
STEP_MORE_STEMS = (
    "zkou", "skú", "skus", "výběr", "vyber", "pohovor", "тест", "іспит", "екзамен", "экзамен",
    "відб", "отбор", "оцінюван", "испытан", "διαγωνισμ", "εξέτασ", "εξετάσ", "δοκιμασ",
    "αξιολόγησ", "τεστ", "proba", "probă", "concurs", "testare", "teszt", "vizsga", "próbanap",
    "felmér",
    "testi", "soveltuvuus", "valintako", "arviointi", "prøve", "optagelsespr",
    "færdighedstest", "thi ", "kiểm tra", "kiem tra", "sát hạch", "sat hach", "اختبار", "امتحان",
    "تقييم", "מבחן", "מבחני", "מבדק", "אבחון", "סינון", "מיון", "สอบ", "คัดเลือก")

# A post named: a position or vacancy noun, a job title's head word (beside ``jobs``'
# capitalised ``ROLE_WORD_RE``, the lower-case heads a user's own copy writes), or a step that is
# itself a competition for posts ("Thi tuyển", "สอบแข่งขัน", "výběrové řízení").
_POST = _alternation(
    # (English "post", "job", "role" only after "for" or "as": a "test job", a "blog post" or a
    # "test role" is a developer's, and a Kubernetes "operator" or "controller" no post at all)
    r"\b(?:(?:for|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:posts?|positions?|roles?|jobs?)\b"
    r"|positions?\b|vacanc\w*|trainee\w*|apprentice\w*|cadets?\b|specialists?\b|officers?\b"
    r"|technicians?\b|clerks?\b|graduate\s+(?:scheme|programme|program|trainee)|recruits?\b"
    # round 19: a driving post (a carrier's, a courier's, a bus company's)
    r"|(?:truck|lorry|bus|hgv|lgv|delivery|courier|van|tanker|route|coach|tram|forklift|cdl)\s+drivers?\b"
    r"|class\s+[abc1-3]\s+(?:driver|tractor|truck|cdl)|tractor[\s-]trailer)",
    r"\b(?:stelle\b|stellen\b|posten\b|poste\b|puesto|plazas?\b|vagas?\b|cargo\b|posizion\w*)",
    r"\b(?:pozic\w*|pozíci\w*|referent\w*|úředn\w*|pracovn[íi]\w*|místo\b|v[ýy]b[ěe]rov\w*\s+[řr]ízen\w*"
    r"|stanowisk\w*|посад\w*|вакансі\w*|ваканси\w*|должност\w*|спеціаліст\w*|специалист\w*"
    r"|θέσ[ηε]\w*|θέσεων|πρόσληψ\w*|υπαλλήλ\w*|postul\w*|postului|func[țţt]i\w*"
    r"|állás\w*|munkakör\w*|pozíció\w*|tehtävä\w*|virka\w*|stilling\w*"
    r"|kadro\w*|pozisyon\w*|görevli\w*|memur\w*|bekçi\w*|uzman\w*|personel\b|eleman\b"
    r"|công\s+chức|viên\s+chức|v[ịi]\s+tr[íi]\s+vi[ệe]c|nhân\s+viên|thi\s+tuy[ểe]n|tuy[ểe]n\s+d[ụu]ng"
    r"|وظيف\w*|الوظيف\w*|وظائف)",
    r"משרה|משרת|משרות|לתפקיד|בתפקיד|מועמדות|רכז|מפעיל|פקיד|נהג|מזכיר|אנליסט",
    r"ตำแหน่ง|พนักงาน|เจ้าหน้าที่|ข้าราชการ|ผู้ช่วย|บรรจุ|สอบแข่งขัน|สอบคัดเลือก",
)

# The user on the assessing side: a committee or commission, invigilating, marking or scoring,
# an assessor's pack, running a test for applicants, another candidate brought in.
_JUDGING = _alternation(
    r"\b(?:committee|commission|jury|invigilat\w*|proctor\w*|marking|moderation|scoring"
    r"|score\s+sheets?|scoring\s+sheets?|rating\s+forms?|assessor\s+(?:pack|briefing|training)"
    r"|as\s+an?\s+(?:assessor|examiner|invigilator)|observe\s+(?:the\s+)?candidates"
    r"|wash-?up|vote\s+after)",
    r"\b(?:run|running|hold|holding|conduct|conducting|administer\w*|set\s+up)\s+(?:[\w+&/-]+\s+){0,4}"
    r"(?:tests?|trials?|assessments?|auditions?|exams?)\b",
    r"\bfor\s+(?:\d+|the|our|all|two|three|four|five|six)\s+(?:\w+\s+)?(?:applicants|candidates)\b",
    # a count of candidates (the user has them in front of them: "(12 candidatos)"), and the
    # verbs of running a step in the Romance languages ("Aplicar dinâmica", "facilitadores")
    r"\b\d+\s+(?:candidat\w*|applicants|aspirantes|kandidat\w*|bewerber\w*)",
    r"\b(?:aplicar|aplica[çc][ãa]o\s+d[aeo]|conduzir|facilitador\w*|avaliador\w*|evaluador\w*"
    r"|examinador\w*|correc?tor\w*|surveillant\w*|correcteur\w*)",
    r"\b(?:new|next)\s+(?:\w+\s+)?(?:candidate|applicant)\b",
    r"\b(?:assessor|examiner|invigilator)\s*[–—:-]",
    r"\b(?:kommission|prüfer\w*|comisi\w*|corectar\w*|komisyon\w*|komise|комісі\w*|комисси\w*"
    r"|επιτροπ\w*|βαθμολόγ\w*|coi\s+thi|ch[ấa]m\s+thi|h[ộo]i\s+[đd][ồo]ng\s+thi|لجنة|تصحيح)",
    r"ועדת|ועדה|משגיח|בודק|คณะกรรมการ|กรรมการคุม|คุมสอบ|ตรวจข้อสอบ",
)

# Exams nobody is hired by that a post's word may stand beside (the certificate of a trade, a
# licence, a grade, an entrance or a school's exam, citizenship, a child's trial), read in the
# title only (a hiring drive's description asks for the licence).
_NOT_SELECTION = _alternation(
    r"\b(?:certif\w*|licen[cs]\w*|registration|end[-\s]point|recertif\w*|renewal|cpd\b"
    r"|promotion\w*|grade\s+\d|abrsm|youth|u\d{1,2}\b|academy|citizenship|naturali[sz]ation"
    r"|life\s+in\s+the\s+uk|entrance|admissions?|final\s+exam|midterm|semester|module\s+exam"
    r"|definitivat\w*|bacalaureat\w*|matur\w*|abitur|bagrut"
    # after the hire: "Physical for new job"
    r"|new\s+(?:job|role|position|post))",
    r"בגרות|פסיכומטרי|לרפואה|تحصيلي|قدرات|สอบเข้า|tuy[ểe]n\s+sinh",
)


def names_post(title: str) -> bool:
    """Whether ``title`` names a post: a position or vacancy noun, a driving post, or a job
    title's head word that is not every meeting's (``_GENERIC_HEADS``)."""
    return (_POST.search(title) is not None
            or any(m.group(0) not in _GENERIC_HEADS for m in ROLE_WORD_RE.finditer(title)))


def post_step(title: str, step: re.Match[str], head: str) -> bool:
    """Whether ``title`` names a post beside its step (``step``, found in the title) and the user
    is the one assessed: a post in the title outside the step's word (a description's "role" or
    "apprenticeship" is too often about something else: a press interview on an apprenticeship
    scheme); no committee, invigilating, marking or running of the test in the title or the
    description's head (``head``); no certificate, licence, grade, entrance or school exam in
    the title."""
    rest = f"{title[:step.start()]} {title[step.end():]}"
    if _NOT_SELECTION.search(title) is not None:
        return False
    text = f"{title}\n{head}"
    if _JUDGING.search(text) is not None:
        return False
    return names_post(rest)


# ``ROLE_WORD_RE``'s heads that name a place in any meeting, not a post ("Team Lead", "Product
# Owner", "Partner"): beside a step they do not make it a selection.
_GENERIC_HEADS = frozenset({"Lead", "Owner", "Partner", "Associate", "VP", "Executive", "Advocate",
                            "Manager", "Director", "Counsel", "Controller"})
