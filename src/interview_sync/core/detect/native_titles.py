"""Employers a title in a non-Latin script states without a legal form, and clients stated in
those scripts.

Owns round 18's two rules for ``native``: ``title_segment``, the employer a title written in
Greek, Arabic, Hebrew, Cyrillic, Thai or Devanagari names in its own segment ("Πρωινό-συνέντευξη
με τον ιδιοκτήτη – Ελαιώνας Τροφίμων (θέση πωλήσεων)", "يوم التقييم – مضيفة طيران – طيران الشرق
الملكي", "สอบสัมภาษณ์ – ตำแหน่งวิศวกรไฟฟ้า – การไฟฟ้าชนบทภาคเหนือ"): the template "step – job –
employer" that Latin titles follow, read by what the other segments are (the step's words, a
job's words) rather than by a legal form, which these titles often leave out; and a Thai
organisation's kind at the head of an unspaced name ("กรมส่งเสริมการค้าชายแดน", a department).
``stated_client``: the client an agency's text names in these scripts ("εκ μέρους του πελάτη μας,
X", "عميلنا X", "हमारे ग्राहक X के साथ", "ग्राहक कंपनी: X"), which beats the agency's own name as
Latin text's "our client X" does. Pure; no I/O.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.rules import PREFILTER
from interview_sync.core.detect.scripts import (
    ARABIC,
    ARMENIAN,
    BENGALI,
    CJK,
    CYRILLIC,
    DEVANAGARI,
    ETHIOPIC,
    GEORGIAN,
    GREEK,
    HANGUL,
    HEBREW,
    KHMER,
    SINHALA,
    TAMIL,
    THAI,
)

__all__ = ["stated_client", "thai_organisations", "title_segment"]

_HEBREW = HEBREW + r"\u05be\u05f3\u05f4'\""
# round 20: Tamil, Bengali, Korean and Chinese or Japanese titles follow the same template
# ("நேர்காணல் – ஸ்ரீ லட்சுமி டெக்ஸ்டைல்ஸ்", "সাক্ষাৎকার – সহকারী শিক্ষক – বাগবাজার বালিকা বিদ্যালয়")
_UNSPACED = HANGUL + CJK
# round 21: Sinhala titles ("සම්මුඛ පරීක්ෂණය – ගිණුම් සහකාර – සිරිලක් තේ සමාගම")
# round 22: Armenian, Georgian, Amharic and Khmer titles ("Հարցազրույց – հաշվապահ – «Արարատ
# Ագրո» ՍՊԸ", "ቃለ መጠይቅ – የአዲስ አበባ ውሃና ፍሳሽ ባለሥልጣን"), whose step words the lexicon reads
_LETTERS = GREEK + ARABIC + _HEBREW + CYRILLIC + THAI + DEVANAGARI + TAMIL + BENGALI + SINHALA \
    + _UNSPACED + ARMENIAN + GEORGIAN + ETHIOPIC + KHMER

# A title's segments: dashes and bars with spaces around them (a hyphen inside a word, as in
# "Πρωινό-συνέντευξη" or "אלקטרו-ים", joins it).
_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*[|｜]\s*")
_PARENTHESES = re.compile(r"\s*[(（\[][^()（）\[\]]*[)）\]]\s*")
_LATIN = re.compile(r"[A-Za-z]")
_SEGMENT = re.compile("^[«„“\"" + _LETTERS + r"][" + _LETTERS + r"\s.«»„“”&/-]{1,48}$")

# What a segment is when it is not the employer: the step's words (an interview, a test, an
# assessment, a call, a day) and a job's words, by their stems in each script.
_STEP = re.compile(
    r"(?i:συνέντευξ|συνεντευξ|αξιολόγησ|τεστ|εξέτασ|επιλογ|δοκιμ|γνωριμ|κλήσ|τηλεφωνικ|ημέρα"
    r"|πρόσκλησ|ενημέρωσ"
    r"|مقابل|اختبار|تقييم|يوم|اجتماع|مكالمة|دعوة|فحص|امتحان|لقاء"
    r"|ראיון|ראיונות|מבחן|מבחני|אבחון|מיון|שיחה|שיחת|זימון|יום|שלב|סבב"
    r"|собеседован|интервью|співбесід|тест|оценк|звонок|дзвінок|встреч|зустріч|скрининг|скринінг"
    r"|этап|етап|созвон"
    r"|สัมภาษณ์|สอบ|ทดสอบ|นัด"
    r"|साक्षात्कार|इंटरव्यू|परीक्षा|टेस्ट|मुलाकात"
    # round 20: Persian, Tamil, Bengali, Korean, Japanese and Chinese
    r"|مصاحبه|آزمون|நேர்காணல்|நேர்முக|தேர்வு|সাক্ষাৎকার|ইন্টারভিউ|পরীক্ষা|মৌখিক"
    r"|면접|인터뷰|시험|面接|面談|面试|面試|试讲|試講|笔试|筆記試験"
    # round 22: a competition's stage in Georgian, Kazakh and Russian ("კონკურსის მეორე ეტაპი")
    r"|ეტაპ|კონკურს|конкурс)")
# ... and an agency's kind, which names who sends, not who hires ("חברת השמה", a placement firm)
_AGENCY = re.compile(
    r"(?i:השמה|גיוס|כוח\s+אדם|агентств|кадров|рекрут|توظيف|استقدام|प्लेसमेंट|एजेंसी"
    r"|ανθρώπινου\s+δυναμικού|στελέχωσ|จัดหางาน"
    # round 22: a competition's commission, which selects for the body it names ("Ջրային
    # կոմիտեի մրցութային հանձնաժողով")
    r"|մրցութային)")
_JOB = re.compile(
    r"(?i:θέσ|υπάλληλ|σεφ\b|μάγειρ|σερβιτόρ|ρεσεψιον|λογιστ|πωλητ|οδηγ|μηχανικ|νοσηλευτ|διευθυντ"
    r"|υπεύθυν|βοηθ|εκπαιδευτικ|προγραμματιστ|αναλυτ|τεχνικ|γραμματ|καμαριέρ|στέλεχ|συντονιστ"
    r"|ταμί|ασφαλιστ"
    r"|وظيفة|مسمى|محاسب|مهندس|مضيف|مدير|أخصائي|اخصائي|فني|سائق|ممرض|مشرف|موظف|مساعد|مندوب"
    r"|طبيب|معلم|مطور|محلل|منسق|كاتب|استقبال"
    r"|משרת|תפקיד|מהנדס|מנהל|רכז|אנליסט|מפתח|נציג|טכנאי|מזכיר|עובד|נהג|מתכנת|יועץ|בודק"
    r"|ваканси|должност|позици|менеджер|инженер|інженер|аналитик|аналітик|разработчик|розробник"
    r"|программист|програміст|бухгалтер|водител|водій|продав|администратор|адміністратор"
    r"|специалист|спеціаліст|фахів|оператор|директор|руководител|керівник|стаж[её]р|стажист"
    r"|тестировщик|тестувальник"
    r"|ตำแหน่ง|เจ้าหน้าที่|วิศวกร|นักวิชาการ|นักบัญชี|พนักงาน|ผู้จัดการ|ผู้ช่วย"
    r"|पद\b|अधिकारी|प्रबंधक|इंजीनियर|सहायक|लेखाकार|निरीक्षक|विक्रेता|कार्यकारी|चालक|क्लर्क"
    # round 21: a teacher's posts ("शास्त्री अध्यापक", "সহকারী শিক্ষক") and Urdu's post words
    # ("اکاؤنٹس آفیسر کی آسامی")
    r"|अध्यापक|शिक्षक|शिक्षिका|শিক্ষক|অফিসার|আসামি|آفیسر|آسامی|عہدہ"
    # round 20: Korean and Chinese jobs, and a team ("구조설계팀") is a unit, not the employer
    r"|개발자|매니저|분석가|디자이너|엔지니어|신입|경력직|사원|직원|인턴|기획자|담당자|관리자"
    r"|[\uac00-\ud7af]팀(?![\uac00-\ud7af])"
    r"|服務員|服务员|经理|經理|专员|專員|工程师|工程師|主管|店员|店員|助理|实习|實習|岗位|崗位|职位|職位"
    # round 22: posts in Armenian, Georgian, Amharic, Khmer and Mongolian
    r"|պաշտոն|թափուր|մենեջեր|հաշվապահ|մասնագետ|თანამდებობ|ვაკანსი|მენეჯერ|ოფიცერ|ბუღალტერ"
    r"|სპეციალისტ|ኦፊሰር|ባለሙያ|ሠራተኛ|ኃላፊ|ሥራ\s+አስኪያጅ|តំណែង|បុគ្គលិក|គណនេយ្យករ|អ្នកគ្រប់គ្រង"
    r"|нягтлан|ажилтан|мэргэжилтэн)")


# Korean, Chinese and Japanese write a name without spaces: one word after the step is an
# employer when it ends in an organisation's kind ("면접 – 푸른치과", a dental clinic).
_UNSPACED_HEAD = re.compile(
    r"(?:치과|병원|의원|학교|학원|회사|센터|카페|약국|은행|호텔|식당|공사|공단|대학교?"
    # round 22: a co-operative, a union, a foundation, an association
    r"|협동조합|조합|재단|협회|合作社|协会|協会|基金会|組合"
    r"|公司|大学|学院|医院|学校|银行|集团|会社|学園|病院|銀行|商店|書店|薬局)$")


def _is_step(part: str) -> bool:
    """Whether a title's segment holds the step's words: this module's stems, or any word the
    detection lexicon reads as a hiring step (``rules.PREFILTER``: "अन्तर्वार्ता", "मुलाखत",
    "সম্মুখ পরীক্ষণ", "ভাইভা", "töövestlus", "usaili"), so each language's step words are
    written once (round 21)."""
    return _STEP.search(part) is not None or PREFILTER.search(part.lower()) is not None


# Round 24: the head noun that ends a Chinese or Japanese job's name (engineer, analyst,
# designer, manager, specialist, assistant...), after the employer's name and a space.
_CJK_JOB_TAIL = re.compile(
    r"\s+[\u4e00-\u9fff\u30a0-\u30ff]{0,8}(?:工程师|分析师|设计师|架构师|经理|主管|专员|总监|助理|顾问"
    r"|实习生|讲师|技术员|エンジニア|デザイナー|マネージャー|職)$")


def title_segment(title: str) -> str | None:
    """The employer a non-Latin title names in its own segment: the last segment, its
    parentheses left out, when it is neither the step's nor a job's words ("Συνέντευξη – Σεφ
    ντε Παρτί – Ξενοδοχεία Ορίζων Κρήτης" → "Ξενοδοχεία Ορίζων Κρήτης"); or (round 21) the
    first, when the employer leads and the step closes ("लोक सेवा आयोग – नायब सुब्बा
    अन्तर्वार्ता")."""
    parts = _SEPARATOR.split(title[:300])
    if len(parts) < 2:
        return None
    found = _segment_name(parts[-1], parts[:-1], len(parts))
    if found is None and _is_step(parts[-1]) and not _is_step(parts[0]):
        found = _segment_name(parts[0], parts[1:], len(parts))
    return found


def _segment_name(segment: str, others: list[str], count: int) -> str | None:
    """``segment`` as the employer's name, when the ``others`` hold the step's words."""
    last = _PARENTHESES.sub(" ", segment).strip(" .,:;")
    # "संघ लोक सेवा आयोग, धौलपुर हाउस": a building or district after a comma is where (round 19)
    head, comma, place = last.partition(",") if "," in last else last.partition(
        "\u060c" if "\u060c" in last else "\u1363")  # Arabic's and Ethiopic's commas
    if comma and head.strip() and _JOB.search(head) and place.strip():
        last = place.strip()  # "اکاؤنٹس آفیسر کی آسامی، ساحل ٹیکسٹائل ملز": the post, then who
    elif comma and head.strip() and len(place.split()) <= 3:
        last = head.strip()
    if not last or _LATIN.search(last) or not _SEGMENT.match(last) or len(last.split()) > 6:
        return None
    if count == 2 and " " not in last and not _UNSPACED_HEAD.search(last):
        return None  # "Συνέντευξη – Αθήνα": one word after the step alone is as often a town
    last = _LEGAL_FORM.sub("", last).strip() or last
    # "«Արմենիա Թել»", "„ქართული კრედიტი“": the quotation marks around a name are no part of it
    if last[:1] in "«„“\"" and last[-1:] in "»“”\"":
        last = last[1:-1].strip() or last
    # "जनसेवा सहकारी बैंक भर्ती", "গৃহ রক্ষা বাহিনী নিয়োগ": the employer's recruitment drive
    last = _DRIVE.sub("", last).strip() or last
    shop = _THAI_SHOP.match(last)
    if shop:
        last = shop.group(1)  # "ร้านสยามเบเกอรี่ สาขาบางนา": the shop, without its kind and branch
    # "金山云图 数据分析师": a Chinese or Japanese name with the job applied for after a space
    last = _CJK_JOB_TAIL.sub("", last) or last
    if _is_step(last) or _JOB.search(last) or _AGENCY.search(last):
        return None
    # the other segments must be the step's or a job's: a title that is a list of places or
    # people ("Αθήνα – Θεσσαλονίκη") names no employer this way
    if not any(_is_step(part) for part in others):
        return None
    if last[0] in _GREEK_LOWER or last[0] in _CYRILLIC_LOWER:
        return None  # a cased script's name starts with a capital
    return last


# A legal form at a segment's edge ("ТОВ Карпати Агро", "Балкан Логистик ООД") is left off, as
# ``native`` leaves it off the names it reads by their form.
_DRIVE = re.compile(r"\s+(?:भर्ती|नियुक्ति|নিয়োগ)(?:\s+\S+)?$")
_LEGAL_FORM = re.compile(r"^(?:ООО|ТОВ|АО|ПАО|ЗАО|ОАО|ТОО|ПрАТ|ФОП|ИП|შპს|სს|ი/მ)\s+"
                         r"|\s+(?:ЕООД|ООД|ЕАД|АД|ՍՊԸ|ՓԲԸ|ԲԲԸ|ԱՁ)$")  # (round 22: ka, hy)
_THAI_SHOP = re.compile(r"^(?:ร้าน)?([" + THAI + r"]{2,40}?)(?:\s*สาขา[" + THAI + r"\s]*)?$")
_GREEK_LOWER = frozenset("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς")
_CYRILLIC_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")

# Thai writes a name without spaces, after the organisation's kind: a department (กรม), an
# authority (การไฟฟ้า, การประปา, การท่าเรือ), a bank, a university, a hospital, an office, a
# ministry, an organisation, a municipality, a public company (บมจ.); a hotel, an airline.
_THAI_KIND = re.compile(
    r"(?<![" + THAI + r"])(?:กรม|การไฟฟ้า|การประปา|การท่าเรือ|การรถไฟ|ธนาคาร|มหาวิทยาลัย|โรงพยาบาล"
    # round 19: a hotel, a resort, an airline, a clinic, a school, a foundation, an association
    r"|โรงแรม|รีสอร์ท|สายการบิน|คลินิก|โรงเรียน|มูลนิธิ|สมาคม"
    r"|สำนักงาน(?!ใหญ่)|กระทรวง|องค์การ|เทศบาล|บมจ\.\s?"
    # round 23: the abbreviated hospital (รพ.) and company limited (บจก.), written like บมจ.
    r"|รพ\.\s?|บจก\.\s?)[" + THAI + r"]{2,40}")


def thai_organisations(text: str) -> list[str]:
    """Thai organisations named by their kind ("การไฟฟ้าชนบทภาคเหนือ", "กรมส่งเสริมการค้าชายแดน")."""
    return [m.group(0) for m in _THAI_KIND.finditer(text)]


# "εκ μέρους του πελάτη μας, Ξενοδοχεία Ορίζων Κρήτης,", "ο πελάτης μας X", "عميلنا شركة X",
# "हमारे ग्राहक X के साथ", "ग्राहक कंपनी: X": up to four words of the client's name, in its script.
_CLIENT = re.compile(
    r"(?:πελάτη|πελάτης)\s+μας,?\s+((?:[Α-ΩΆΈΉΊΌΎΏ][" + GREEK + r"]*\s*){1,4})"
    r"|عميلنا\s+((?:[" + ARABIC + r"]+\s*){1,4})"
    r"|हमारे\s+ग्राहक\s+((?:[" + DEVANAGARI + r"]+\s+){1,3}?)(?:के|की|का)\s"
    r"|ग्राहक\s+कंपनी\s*:\s*((?:[" + DEVANAGARI + r"]+\s*){1,3})")
_CLIENT_END = re.compile(r"[,.;:\n–—|(\u060c\u061b\u0964]")


def stated_client(text: str) -> str | None:
    """The client an agency's text names in Greek, Arabic or Devanagari, or None."""
    if not any(mark in text for mark in ("πελάτη", "عميلنا", "ग्राहक")):
        return None
    match = _CLIENT.search(text)
    if match is None:
        return None
    name = next(group for group in match.groups() if group)
    return _CLIENT_END.split(name, maxsplit=1)[0].strip() or None
