"""The user's seat in someone else's selection in many scripts, and steps that only fill a roster.

Owns two readings (round 20), taken in by ``process_roles`` (``seat_in_process`` and
``hires_nobody``), so by the hiring-side veto and the non-job veto:

* ``seat_in_script``: the user sits on the selecting side, said by one of three structures
  rather than by a role noun alone (the same nouns name the candidate's judges in a candidate's
  invitation: "पैनल के समक्ष साक्षात्कार", "กรรมการสัมภาษณ์ 3 ท่าน", "면접관 3명"):
  - the first person beside a seat or an interviewing verb, in the languages whose seat the
    older readers did not know: Hindi, Marathi and Nepali ("मैं बोर्ड सदस्य हूँ", "म सदस्य"),
    Bengali ("আমি বোর্ডের সদস্য"), Malay and Indonesian ("saya ahli panel penemuduga", "saya
    sebagai pewawancara", "saya interviewer"), Thai ("ดิฉันเป็นกรรมการ"), Chinese ("我是面试官"),
    Korean ("제가 면접관"), Japanese ("私が面接官"), Russian and Ukrainian ("я в комиссии",
    "провожу собеседование"), Turkish ("komisyon üyesiyim", "mülakatı ben yapıyorum"), Persian
    ("من مصاحبه‌کننده هستم"), Arabic ("أنا عضو في اللجنة"), Hebrew ("אני מראיין/ת"), Urdu, Tamil,
    Vietnamese ("tôi là người phỏng vấn");
  - the user appointed to the seat ("면접위원 위촉", "외부 면접위원", "担任面试官", "面接官として");
  - a candidate named as the object of the interview in a title, the interviewer's wording
    ("Phỏng vấn ứng viên Nguyễn Văn Bình", "面试候选人", "Interview kandidat Staff ...",
    "مصاحبه با داوطلب", "собеседование с кандидатом", "ראיון מועמד", "mülakat adayı ...").
* ``roster_step``: a step whose winners go on a roster, a reserve list or a pool from which
  employers then recruit, so it hires nobody itself: EPSO's competitions and assessment centres
  and the UN's Young Professionals examination by name (the international organisations' own
  selection bodies, which recruit nobody), and any step whose text says its successful
  candidates will be placed on a reserve list or roster, in the corpus's languages. The
  interview a laureate then has with an institution ("following your inclusion on the reserve
  list, an interview for the post") is the hiring step and is not touched: it says so with a
  recruitment word or the past inclusion.

Why: round 19's blind batch drafted for the user on interview panels in Hindi and Malay and for
the UN YPP's written examination, and asked about EPSO assessment centres in English and Greek:
the older readers knew the user's seat in English and some European languages only. Pure; no
I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.seat_as import seat_as_role

__all__ = ["roster_step", "seat_in_script"]

_HEAD = 600

# The first person (subject forms), per script; Devanagari and Bengali need their own
# boundaries (\b does not hold between combining marks).
_NOT_DEVA = r"(?<![\u0900-\u097F])"
_END_DEVA = r"(?![\u0900-\u097F])"
_NOT_BENG = r"(?<![\u0980-\u09FF])"
_END_BENG = r"(?![\u0980-\u09FF])"

# A seat: a member of the board, panel, committee or commission, an interviewer, an assessor.
_SEAT_FIRST = re.compile(
    # Hindi, Marathi, Nepali: "मैं (बोर्ड/पैनल) सदस्य", "मैं पैनल में", "मी पॅनेलवर", "म सदस्य",
    # "मैं इंटरव्यू लूँगा/लेने", "मैं साक्षात्कारकर्ता"
    _NOT_DEVA + r"(?:मैं|मी|म)" + _END_DEVA + r"\s+(?:[\u0900-\u097F]+\s+){0,2}?"
    r"(?:सदस्य|पैनल|पॅनेल|बोर्ड|समिति|साक्षात्कारकर्ता|मुलाखतकार|परीक्षक|इंटरव्यू\s+ले|इंटरव्यू\s+लू"
    r"|साक्षात्कार\s+ले|साक्षात्कार\s+लू|मुलाखत\s+घे|अन्तर्वार्ता\s+लि)"
    # Bengali: "আমি (বোর্ডের) সদস্য", "আমি ইন্টারভিউ নেব"
    r"|" + _NOT_BENG + r"আমি" + _END_BENG + r"\s+(?:[\u0980-\u09FF]+\s+){0,2}?"
    r"(?:সদস্য|প্যানেলে|বোর্ডে|পরীক্ষক|ইন্টারভিউ\s+নে|সাক্ষাৎকার\s+নে)"
    # Malay, Indonesian: "saya (sebagai/ialah/jadi) (ahli/anggota) panel/penemuduga/pewawancara"
    r"|\b(?:saya|aku)\s+(?:(?:sebagai|ialah|adalah|jadi|menjadi|selaku|merupakan)\s+)?"
    r"(?:(?:ahli|anggota|pengerusi|ketua)\s+)?(?:panel|penemuduga|pewawancara|interviewer|penilai"
    r"|penguji|juri|user\s+interviewer)\b"
    r"|\b(?:saya|aku)\s+(?:akan\s+)?(?:menemuduga|mewawancarai|menginterview|interview)\s+"
    r"(?:calon|kandidat|pelamar)\b"
    # Thai: "ดิฉัน/ผม/ฉัน (เป็น/ร่วมเป็น) กรรมการ(สัมภาษณ์)", "... เป็นผู้สัมภาษณ์"
    r"|(?:ดิฉัน|ผม|ฉัน|หนู)\s*(?:เป็น|ร่วมเป็น|ได้รับแต่งตั้งเป็น)\s*(?:กรรมการ|ผู้สัมภาษณ์)"
    # Chinese, Japanese, Korean
    r"|我(?:是|当|做|担任|作为)面试官|我(?:来|负责)?面试(?:候选人|应聘者)|(?:私|僕)(?:が|は)面接官"
    r"|제가\s*면접(?:관|위원)|(?:저는|나는)\s*면접(?:관|위원)"
    # Russian, Ukrainian: "я (член) комиссии", "я интервьюер", "провожу/проведу собеседование"
    r"|(?<![\w])я\s+(?:в\s+комиссии|у\s+комісії|член\s+комисс\w*|член\s+комісії|интервьюер\w*"
    r"|інтерв'?юер\w*|провожу|проведу|проводжу|проведу)\b"
    r"|(?<![\w])(?:провожу|проведу|проводжу)\s+(?:собеседовани\w*|интервью|співбесід\w*|інтерв'?ю)"
    # Turkish: "komisyon/jüri/mülakat üyesiyim", "mülakatı ben yapıyorum", "mülakatçıyım"
    r"|\b(?:komisyon|j[üu]ri|m[üu]lakat|sınav|kurul)\w*\s+[üu]yesiyim\b|\b[üu]yesiyim\b"
    r"|\bm[üu]lakat(?:ı|i)?\s+ben\s+yap|\bben\s+(?:m[üu]lakat|g[öo]r[üu]şme)\s+yap"
    r"|\bm[üu]lakat[çc][ıi]y[ıi]m\b"
    # Persian, Urdu: "من مصاحبه‌کننده/مصاحبه‌گر/عضو (کمیته) هستم", "میں پینل میں / انٹرویو لوں گا"
    r"|(?<![\u0600-\u06FF])من\s+(?:[\u0600-\u06FF\u200c]+\s+){0,2}?(?:مصاحبه[\u200c\s]?(?:کننده|گر)"
    r"|عضو)|مصاحبه[\u200c\s]?(?:کننده|گر)\s+هستم"
    r"|(?<![\u0600-\u06FF])میں\s+(?:[\u0600-\u06FF]+\s+){0,2}?(?:پینل|رکن|ممبر|انٹرویو\s+لوں"
    r"|انٹرویو\s+لے)"
    # Arabic: "أنا عضو (في اللجنة)", "أنا أجري المقابلة", "سأجري المقابلة مع المرشح"
    r"|(?<![\u0600-\u06FF])أنا\s+(?:عضو|عضوة|رئيس\s+اللجنة|أجري|سأجري|المقابِل)"
    r"|(?:سأجري|أجري|سأقابل|أقابل)\s+(?:ال)?مقابل\w*\s+(?:مع\s+)?(?:ال)?مرشح"
    # Hebrew: "אני מראיין/ת", "אני חבר/ה בוועדה/בפאנל"
    r"|(?<![\u0590-\u05FF])אני\s+(?:מראיינ(?:ת|ים|ות)?|מראיין|חבר(?:ה)?\s+ב(?:ו?ועדה|פאנל)"
    r"|בוועדה|בפאנל|יושב(?:ת)?\s+ב(?:ו?ועדה|פאנל))"
    # Tamil: "நான் ... உறுப்பினர்", "நான் நேர்காணல் நடத்து..."
    r"|(?<![\u0B80-\u0BFF])நான்\s+(?:[\u0B80-\u0BFF]+\s+){0,2}?(?:உறுப்பினர்|நேர்காணல்\s+நடத்)"
    # Vietnamese: "tôi là người phỏng vấn", "tôi phỏng vấn ứng viên", "tôi (ngồi) trong hội đồng"
    r"|\btôi\s+(?:là\s+|làm\s+)?(?:người\s+phỏng\s+vấn|thành\s+viên\s+hội\s+đồng"
    r"|phỏng\s+vấn\s+(?:vòng\s+\d+\s+)?(?:\(|cho\s+)?ứng\s+viên|ngồi\s+(?:trong\s+)?hội\s+đồng)",
    re.IGNORECASE)

# Appointed to the seat (no first person needed: an appointment names the appointee's role),
# or the seat's list naming the user ("panel: saya + En. Hafiz", "interviewers: me, Dana").
_SEAT_APPOINTED = re.compile(
    r"\b(?:panel|panels|penemuduga|pewawancara|interviewers?|panel(?:l)?ists?|assessors?|juri"
    r"|komisyon|jüri|hội\s+đồng)\s*[:：=]\s*(?:saya|aku|me|myself|ich|moi|yo|eu|ben|tôi)\b"
    r"|(?:面试官|面接官|면접관|面试小组)\s*[:：=]\s*(?:我|私|저|나)"
    r"|(?:पैनल|बोर्ड)\s*[:：=]\s*(?:मैं|मी|म)" + _END_DEVA + "|"
    r"면접(?:위원|관)\s*(?:위촉|으로\s*(?:참여|위촉|선정)|교육|배정|전체\s*회의)"
    r"|(?:외부|내부)\s*면접(?:위원|관)"
    r"|担任面试官|面试官(?:培训|校准会)|面接官として|面接官(?:を)?担当|面接官研修"
    r"|(?:ditugaskan|dilantik|dilantik\s+sebagai)\s+(?:sebagai\s+)?(?:ahli\s+)?panel"
    r"|ได้รับแต่งตั้งเป็นกรรมการ"
    r"|(?:عضو|عضوية)\s+(?:في\s+)?لجنة\s+(?:ال)?مقابل"
    r"|عضو\s+(?:هیئت|هیات|کمیته)\s+مصاحبه"
    r"|(?:m[üu]lakat|s[öo]zl[üu]\s+s[ıi]nav)\s+(?:komisyonu|jürisi)\s+[üu]yeli[ğg]i",
    re.IGNORECASE)

# A candidate named as the interview's object in a title: the interviewer's wording.
_CANDIDATE_OBJECT = re.compile(
    r"^\W*(?:phỏng\s+vấn\s+ứng\s+viên|interview\s+(?:kandidat|calon\s+karyawan|pelamar)"
    r"|wawancara\s+(?:kandidat|pelamar|calon\s+karyawan)|temuduga\s+calon\s+(?-i:[A-Z])"
    r"|面试候选人|面试应聘者|候选人面试[:：]|собеседование\s+с\s+кандидат\w*|співбесіда\s+з\s+кандидат\w*"
    r"|интервью\s+с\s+кандидат\w*|مصاحبه\s+با\s+(?:داوطلب|متقاضی|کاندید)"
    r"|مقابلة\s+(?:مع\s+)?(?:ال)?مرشح|ראיון\s+(?:עם\s+)?(?:ה)?מועמד"
    r"|m[üu]lakat\s*[:–-]?\s*aday\w*\s+(?-i:[A-ZÇĞİÖŞÜ])|g[öo]r[üu]şme\s*[:–-]?\s*aday\w*\s+(?-i:[A-ZÇĞİÖŞÜ]))",
    re.IGNORECASE)

# Literal gates: a text without one of these cannot match the patterns above.
_SEAT_LITERALS = ("मैं", "मी", "म ", "আমি", "saya", "aku", "ดิฉัน", "ผม", "ฉัน", "หนู", "我", "私",
                  "僕", "제가", "저는", "나는", "я ", "провож", "провед", "проводж", "yesiyim",
                  "yesiyim", "ben", "çıyım", "ciyim", "من ", "هستم", "میں", "أنا", "سأ", "أجري",
                  "أقابل", "אני", "நான்", "tôi")
_APPOINTED_LITERALS = ("면접", "面试官", "面接官", "面试小组", "panel", "กรรมการ", "لجنة", "مصاحبه",
                       "komisyon", "jüri", "juri", "penemuduga", "pewawancara", "interviewer",
                       "assessor", "hội đồng", "पैनल", "बोर्ड")
_OBJECT_LITERALS = ("ứng viên", "kandidat", "calon", "pelamar", "候选人", "应聘者", "кандидат",
                    "داوطلب", "متقاضی", "کاندید", "مرشح", "מועמד", "aday")


def _any(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def seat_in_script(title: str, description: str) -> bool:
    """Whether the title or the description's head puts the user on the selecting side by one
    of the module's three structures (the first person, an appointment, a candidate named as
    the object of the title's interview)."""
    low = title.lower()
    if _any(low, _SEAT_LITERALS) and _SEAT_FIRST.search(title) is not None:
        return True
    if seat_as_role(title):  # round 21: "as <role>", "I lead / observe / sit in" (``seat_as``)
        return True
    if _any(low, _APPOINTED_LITERALS) and _SEAT_APPOINTED.search(title) is not None:
        return True
    if _any(low, _OBJECT_LITERALS) and _CANDIDATE_OBJECT.search(title) is not None:
        return True
    head = description[:_HEAD] if description else ""
    if not head:
        return False
    low_head = head.lower()
    return (_any(low_head, _SEAT_LITERALS) and _SEAT_FIRST.search(head) is not None) \
        or (_any(low_head, _APPOINTED_LITERALS) and _SEAT_APPOINTED.search(head) is not None)


# The international organisations' selection bodies by name, whose competitions and
# examinations place winners on a reserve list or a roster (a title).
_ROSTER_BODY = re.compile(
    r"\bEPSO\b|\b(?:UN\s+)?YPP\s+(?:exam\w*|written|oral|test)|\b(?:UN\s+)?YPP\b.{0,40}?\bexam"
    r"|young\s+professionals?\s+programme\s+(?:exam|examination|written|oral)"
    r"|\bNCRE\b|κέντρο\s+αξιολόγησης",
    re.IGNORECASE)
_ROSTER_LITERALS = ("epso", "ypp", "young prof", "ncre", "αξιολόγησης")  # (a cheap gate first)
# The text saying the successful will go on a list from which employers recruit (future or
# present tense; "following your inclusion on the reserve list" is the laureate's interview).
_ROSTER_TEXT = re.compile(
    r"(?:successful|passing|selected)\s+(?:candidates|applicants|examinees)\s+(?:will\s+be|are|go)\s+"
    r"(?:placed|put|included|entered|added)\s+(?:on|in|into)\s+(?:a|the)\s+(?:\w+\s+){0,2}?"
    r"(?:roster|reserve\s+list|pool|eligibility\s+list)"
    r"|laureates?\s+(?:will\s+be|are)\s+(?:placed|put|included|entered|added)\s+on\s+(?:a|the)\s+"
    r"reserve\s+list"
    r"|(?:seront|sont)\s+inscrits?\s+sur\s+(?:la|une)\s+liste\s+de\s+r[ée]serve"
    r"|(?:werden|wird)\s+(?:in\s+(?:die|eine)\s+)?reserveliste"
    r"|(?:ser[áa]n|son)\s+incluid[oa]s\s+en\s+(?:la|una)\s+lista\s+de\s+reserva"
    r"|saranno\s+inseriti\s+(?:in|nella)\s+(?:una\s+)?(?:lista|elenco)\s+di\s+riserva"
    r"|bit\s+[ćc]e\s+uvr[šs]teni\s+na\s+popis"
    r"|θα\s+(?:εγγραφούν|συμπεριληφθούν)\s+(?:στον|σε)\s+(?:\w+\s+)?(?:κατάλογο|πίνακα)",
    re.IGNORECASE)
# A recruitment interview for a post from the list: the hiring step (left alone).
_RECRUITED = re.compile(
    r"recruitment\s+interview|job\s+opening|vacancy|\bpost\s+of\b|following\s+your\s+inclusion"
    r"|entretien\s+de\s+recrutement|laureate|lauréat\s+.{0,30}entretien",
    re.IGNORECASE)


def roster_step(title: str, description_head: str) -> bool:
    """Whether the step only places its successful candidates on a roster or a reserve list
    (an international organisation's competition by name, or the text saying so), and is not
    the recruitment interview of someone already on the list."""
    named = _any(title.lower(), _ROSTER_LITERALS) and _ROSTER_BODY.search(title) is not None
    said = bool(description_head) and _ROSTER_TEXT.search(description_head) is not None
    if not (named or said):
        return False
    return _RECRUITED.search(title) is None and (
        not description_head or _RECRUITED.search(description_head) is None)
