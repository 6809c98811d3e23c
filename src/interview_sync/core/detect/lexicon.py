"""Concept × language tables for the interview decision: one row per concept, one cell per language.

Owns the words, per language, of the concepts the decision turns on where round 6's blind
batch showed the vocabularies had been filled one wording at a time: the places and purposes
that hold interviews without hiring anyone (a course or a training about interviews, a career
office or counselling, a school's or a programme's admission, a visa or a consulate, the
press), and (in ``lexicon_people``) the courtesy titles a hiring side names its candidate
with, the word "with" that makes such a name the interviewer, and the user's own chores;
in ``lexicon_steps`` (round 9) the words of a cancelled event, a phone screen and a trial day.
``LANGS`` lists the languages the corpus speaks; every concept has a cell for each of them,
and a language whose cell is empty says why in ``GAPS`` (tests/core/test_detect_lexicon.py
fails on a cell that is neither there nor explained, and checks each cell's words against
the rule built from it).

Cells are lower-case literal stems, matched at a word start in scripts with spaces (so a stem
also catches its compounds and inflections: "vízum" in "Vízuminterjú", "μεταπτυχιακ" in
"Μεταπτυχιακών") and anywhere in Chinese, Japanese and Thai text. ``setting_rows`` turns the
look-alike concepts into (alternative, stems) rows for ``lookalikes``' gated tables. Pure
data; no I/O.

Why tables and not one word per miss: every blind round brought a look-alike whose kind the
rules knew in other languages (a Turkish interview-skills course, a Greek career office, a
Hebrew MBA admission) and the fix was a word in one more language. Written as a table, the
missing cell shows before a blind batch does.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import fold_lower

__all__ = [
    "ADMISSION",
    "CAREER_OFFICE",
    "COURSE",
    "GAPS",
    "INTERVIEW",
    "LANGS",
    "MEDIA",
    "MEDICAL",
    "NO_SPACES",
    "PRACTICE",
    "QUALIFIED",
    "SETTING_CONCEPTS",
    "VISA",
    "ascii_literals",
    "setting_rows",
    "table_rows",
]

LANGS: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ro", "hu", "fi", "sv", "no",
    "da", "tr", "el", "ru", "uk", "he", "ar", "hi", "th", "vi", "id", "ms", "ja", "zh", "ko",
    "fa", "hr", "sr", "bg",
)
# Scripts written without spaces between words: a stem matches anywhere.
NO_SPACES = frozenset({"ja", "zh", "th"})

Cells = dict[str, tuple[str, ...]]

# The word for a job interview, as a title says it (``words.FOREIGN`` and ``rules.TITLE_STRONG``
# must read each as explicit; the first is the plainest, for the tests' titles).
INTERVIEW: Cells = {
    "en": ("interview", "job interview", "video interview"),
    "de": ("vorstellungsgespräch", "bewerbungsgespräch", "telefoninterview"),
    "fr": ("entrevue", "entretien", "entretien d'embauche"),
    "es": ("entrevista", "entrevista de trabajo"),
    "it": ("colloquio", "colloquio di lavoro"),
    "pt": ("entrevista", "entrevista de emprego"),
    "nl": ("sollicitatiegesprek", "kennismakingsgesprek"),
    "pl": ("rozmowa kwalifikacyjna", "rozmowa rekrutacyjna", "spotkanie rekrutacyjne"),
    "cs": ("pohovor", "pracovní pohovor"),
    "sk": ("pohovor", "pracovný pohovor"),
    "ro": ("interviu", "interviu de angajare"),
    "hu": ("interjú", "állásinterjú"),
    "fi": ("haastattelu", "työhaastattelu"),
    "sv": ("intervju", "anställningsintervju"),
    "no": ("intervju", "jobbintervju", "ansettelsesintervju"),
    "da": ("jobsamtale", "ansættelsessamtale"),
    "tr": ("mülakat", "iş görüşmesi"),
    "el": ("συνέντευξη", "συνέντευξη εργασίας"),
    "ru": ("собеседование", "интервью"),
    "uk": ("співбесіда", "інтерв'ю"),
    "he": ("ראיון", "ראיון עבודה"),
    "ar": ("مقابلة", "مقابلة عمل"),
    "hi": ("साक्षात्कार", "इंटरव्यू"),
    "th": ("สัมภาษณ์", "สัมภาษณ์งาน"),
    "vi": ("phỏng vấn",),
    "id": ("wawancara", "wawancara kerja"),
    "ms": ("temu duga", "temuduga"),
    "ja": ("面接", "一次面接"),
    "zh": ("面试", "终面"),
    "ko": ("면접", "1차 면접"),
    "fa": ("مصاحبه", "مصاحبه کاری"),
    "hr": ("razgovor za posao", "intervju"),
    "sr": ("razgovor za posao", "intervju", "интервју", "разговор за посао"),
    "bg": ("интервю",),
}

# A hiring step named by its qualifier: technical, final, second round, HR, including the
# conversations some languages name without the interview word ("Rozmowa techniczna",
# "Discuție finală"); each is explicit on its own.
QUALIFIED: Cells = {
    "en": ("technical interview", "final round", "second round", "hr screen"),
    "de": ("zweitgespräch", "auswahlgespräch", "technisches interview"),
    "fr": ("entretien technique", "entretien final", "second entretien"),
    "es": ("entrevista técnica", "entrevista final", "segunda entrevista"),
    "it": ("colloquio tecnico", "secondo colloquio", "incontro conoscitivo"),
    "pt": ("entrevista técnica", "conversa final", "conversa técnica"),
    "nl": ("tweede gesprek", "technisch gesprek", "vervolggesprek"),
    "pl": ("rozmowa techniczna", "rozmowa finałowa", "ii etap rekrutacji"),
    "cs": ("technický pohovor", "závěrečný rozhovor", "výběrové řízení"),
    "sk": ("technický pohovor", "výberové konanie"),
    "ro": ("discuție tehnică", "discuție finală", "interviu tehnic"),
    "hu": ("szakmai beszélgetés", "személyes interjú"),
    "fi": ("jatkohaastattelu", "soveltuvuusarviointi"),
    "sv": ("slutintervju", "andra intervju"),
    "no": ("2. samtale", "andre intervju"),
    "da": ("2. samtale", "anden samtale"),
    "tr": ("teknik görüşme", "teknik mülakat"),
    "el": ("τεχνική συνέντευξη", "δεύτερη συνέντευξη"),
    "ru": ("техническое собеседование", "финальное интервью"),
    "uk": ("технічна співбесіда", "фінальна співбесіда"),
    "he": ("ראיון מקצועי", "ראיון שני"),
    "ar": ("المقابلة النهائية", "مقابلة فنية"),
    "hi": ("अंतिम साक्षात्कार", "तकनीकी इंटरव्यू"),
    "th": ("สัมภาษณ์รอบสุดท้าย", "สัมภาษณ์รอบสอง"),
    "vi": ("phỏng vấn vòng 2", "phỏng vấn kỹ thuật"),
    "id": ("wawancara akhir", "interview user"),
    "ms": ("temu duga akhir", "temu duga kedua"),
    "ja": ("最終面接", "二次面接", "技術面接"),
    "zh": ("终面", "二面", "复试", "技术面"),
    "ko": ("최종 면접", "2차 면접", "기술 면접"),
    "fa": ("مصاحبه نهایی", "مصاحبه فنی"),
    "hr": ("završni razgovor za posao", "drugi krug intervjua"),
    "sr": ("drugi krug intervjua", "други круг интервјуа"),
    "bg": ("финално интервю", "техническо интервю"),
}

# Courses, trainings and workshops (about interviews, when an interview word is beside them).
COURSE: Cells = {
    "en": ("course", "workshop", "training session", "masterclass"),
    "de": ("kurs", "schulung", "seminar", "bewerbungstraining", "workshop"),
    "fr": ("formation", "atelier :", "atelier:", "atelier sur", "cours "),
    "es": ("curso", "capacitación", "taller de entrevista", "taller sobre"),
    "it": ("corso", "formazione"),
    "pt": ("curso", "treinamento", "formação"),
    "nl": ("cursus", "training", "workshop"),
    "pl": ("kurs", "szkoleni", "warsztat"),
    "cs": ("kurz", "školení", "workshop"),
    "sk": ("kurz", "školeni", "workshop"),
    "ro": ("curs", "atelier:", "atelier de", "training"),
    "hu": ("tanfolyam", "tréning", "képzés", "workshop"),
    "fi": ("kurssi", "koulutus", "valmennus", "työpaja"),
    "sv": ("kurs", "utbildning", "workshop"),
    "no": ("kurs", "opplæring", "workshop"),
    "da": ("kursus", "workshop"),
    "tr": ("eğitim", "kurs", "atölye", "teknikleri"),
    "el": ("σεμινάρι", "εργαστήρι", "μάθημα"),
    "ru": ("курс", "тренинг", "семинар", "мастер-класс"),
    "uk": ("курс", "тренінг", "семінар"),
    "he": ("סדנ", "קורס", "הדרכ"),
    "ar": ("دورة", "ورشة", "تدريب"),
    "hi": ("कार्यशाला", "प्रशिक्षण", "कोर्स"),
    "th": ("อบรม", "เวิร์กช็อป", "หลักสูตร"),
    "vi": ("khóa học", "hội thảo", "tập huấn"),
    "id": ("kursus", "pelatihan", "lokakarya"),
    "ms": ("kursus", "latihan", "bengkel"),
    "ja": ("講座", "セミナー", "対策講座"),
    "zh": ("培训", "讲座", "课程"),
    "ko": ("특강", "세미나", "워크숍"),
    "fa": ("کارگاه", "دوره آموزشی"),
    "hr": ("tečaj", "radionic", "edukacij"),
    "sr": ("kurs", "radionic", "обука", "радиониц"),
    "bg": ("курс", "обучение", "семинар"),
}

# A career office, a careers service or career counselling (a school's, a job centre's).
CAREER_OFFICE: Cells = {
    "en": ("career centre", "career center", "careers service", "career services", "careers office",
           "career office", "career coaching", "interview coaching"),
    "de": ("career center", "career service", "karriereberatung", "berufsberatung",
           "bewerbungscoaching", "karrierecoaching"),
    "fr": ("service carrière", "bureau des carrières", "conseil en carrière",
           "orientation professionnelle"),
    "es": ("servicio de carreras", "centro de carreras", "orientación laboral",
           "orientación profesional"),
    "it": ("career service", "ufficio placement", "orientamento al lavoro"),
    "pt": ("centro de carreiras", "orientação profissional", "orientação de carreira"),
    "nl": ("loopbaancentrum", "loopbaanbegeleiding", "loopbaanadvies", "loopbaancoaching"),
    "pl": ("biuro karier", "doradztwo zawodowe", "doradca zawodow"),
    "cs": ("kariérní centrum", "kariérní poradenstv"),
    "sk": ("kariérne centrum", "kariérne poradenstv"),
    "ro": ("centrul de consiliere", "consiliere în carieră", "consiliere in cariera",
           "orientare în carieră"),
    "hu": ("karrieriroda", "karrierközpont", "karrier tanácsadás", "pályatanácsadás"),
    "fi": ("urapalvelu", "uraohjau", "urasuunnittelu", "uravalmennus"),
    "sv": ("karriärcenter", "karriärvägledning", "karriärsamtal", "studie- och yrkesvägledning",
           "karriärcoachning", "jobbcoachning"),
    "no": ("karrieresenter", "karriereveiledning", "karrieresamtale", "karriererådgiv",
           "jobbcoaching"),
    "da": ("karrierecenter", "karrierevejledning", "karrieresamtale", "karrierecoach",
           "jobcoaching"),
    "tr": ("kariyer merkezi", "kariyer danışman", "kariyer ofisi"),
    "el": ("γραφείο διασύνδεσης", "σύμβουλο σταδιοδρομίας", "συμβουλευτική σταδιοδρομίας",
           "επαγγελματικό προσανατολισμό"),
    "ru": ("центр карьеры", "карьерный центр", "профориентац"),
    "uk": ("центр кар'єри", "кар'єрний центр", "профорієнтац"),
    "he": ("מרכז קריירה", "ייעוץ תעסוקתי", "הכוון תעסוקתי"),
    "ar": ("مركز التوظيف", "الإرشاد المهني", "مكتب التطوير الوظيفي"),
    "hi": ("करियर परामर्श", "प्लेसमेंट सेल", "करियर काउंसलिंग"),
    "th": ("แนะแนวอาชีพ", "ศูนย์แนะแนว"),
    "vi": ("trung tâm hướng nghiệp", "tư vấn hướng nghiệp"),
    "id": ("pusat karir", "pusat karier", "konseling karir"),
    "ms": ("pusat kerjaya", "kaunseling kerjaya"),
    "ja": ("キャリアセンター", "就職課", "キャリア相談", "就職相談"),
    "zh": ("就业指导", "职业咨询", "就业中心", "职业规划"),
    "ko": ("취업지원센터", "경력개발센터", "진로상담", "취업상담"),
    "fa": ("مرکز مشاوره شغلی", "مشاوره شغلی"),
    "hr": ("centar za karijere", "savjetovanje za karijeru", "profesionalno usmjeravanje"),
    "sr": ("centar za razvoj karijere", "karijerno savetovanje", "центар за развој каријере"),
    "bg": ("кариерен център", "кариерно консултиране"),
}

# A school's, a university's or a programme's admission (and a master's programme's selection).
ADMISSION: Cells = {
    "en": ("admission interview", "admissions interview", "mba programme", "mba program",
           "master's programme", "master's program", "postgraduate programme", "medical school",
           "school of medicine", "med school", "dental school"),
    "de": ("aufnahmegespräch", "masterstudiengang", "zulassungsgespräch", "humanmedizin",
           "zahnmedizin", "studienplatz", "medizinstudium", "auswahlverfahren der hochschule"),
    "fr": ("d'admission", "d’admission", "admission en master", "parcoursup"),
    "es": ("entrevista de admisión", "admisión al máster", "admisión al master"),
    "it": ("colloquio di ammissione", "ammissione al master", "ammissione al corso"),
    "pt": ("entrevista de admissão", "seleção de mestrado", "vestibular"),
    "nl": ("toelatingsgesprek", "intakegesprek master", "matchingsgesprek", "numerus fixus"),
    "pl": ("rozmowa rekrutacyjna na studia", "studia podyplomowe", "studia magisterskie"),
    "cs": ("přijímací řízení", "přijímací zkouš", "navazující magister"),
    "sk": ("prijímacie konanie", "prijímacie skúš"),
    "ro": ("interviu de admitere", "admitere la master"),
    "hu": ("felvételi vizsga", "mesterképzés", "egyetemi felvételi"),
    "fi": ("pääsykoe", "maisteriohjelma"),
    "sv": ("antagningsintervju", "antagningsprov", "masterprogram"),
    "no": ("opptaksintervju", "opptaksprøve", "masterprogram"),
    "da": ("optagelsessamtale", "optagelsesprøve", "kandidatuddannelse"),
    "tr": ("yüksek lisans", "lisansüstü", "doktora programı", "yetenek sınavı"),
    "el": ("μεταπτυχιακ", "εισαγωγής φοιτητών", "πμσ"),
    "ru": ("магистратур", "вступительн", "аспирантур"),
    "uk": ("магістратур", "вступн", "аспірантур"),
    "he": ("תואר שני", "תואר ראשון", "לתואר", "לימודי", "תוכנית mba"),
    "ar": ("مقابلة القبول", "القبول في", "برنامج الماجستير"),
    "hi": ("प्रवेश साक्षात्कार", "दाखिला", "प्रवेश इंटरव्यू"),
    "th": ("สอบสัมภาษณ์เข้าศึกษา", "ปริญญาโท", "สอบเข้า"),
    "vi": ("phỏng vấn tuyển sinh", "tuyển sinh", "thạc sĩ"),
    "id": ("wawancara penerimaan mahasiswa", "seleksi masuk", "program magister", "pascasarjana"),
    "ms": ("temu duga kemasukan", "kemasukan ke", "program sarjana"),
    "ja": ("入試", "大学院", "入学面接", "推薦入試"),
    "zh": ("研究生复试", "研究生", "考研", "保研", "硕士复试"),
    "ko": ("입학 면접", "입학면접", "대학원"),
    "fa": ("مصاحبه دکتری", "کارشناسی ارشد", "پذیرش دانشجو"),
    "hr": ("prijemni ispit", "razredbeni postupak", "diplomski studij"),
    "sr": ("prijemni ispit", "master studije", "пријемни", "мастер студиј"),
    "bg": ("кандидатстудентск", "магистърск", "прием в"),
}

# Visas, consulates and embassies, residence and entry interviews.
VISA: Cells = {
    "en": ("visa", "embassy", "consulate", "consular"),
    "de": ("visum", "botschaft", "konsulat"),
    "fr": ("visa", "ambassade", "consulat"),
    "es": ("visado", "visa ", "embajada", "consulado"),
    "it": ("visto ", "ambasciata", "consolato"),
    "pt": ("visto ", "embaixada", "consulado"),
    "nl": ("visum", "ambassade", "consulaat"),
    "pl": ("wiza", "wizy", "wizow", "ambasad", "konsulat"),
    "cs": ("vízum", "víza", "vízov", "velvyslanectví", "konzulát"),
    "sk": ("vízum", "víza", "vízov", "veľvyslanectv", "konzulát"),
    "ro": ("viză", "viza ", "ambasad", "consulat"),
    "hu": ("vízum", "nagykövetség", "konzulátus"),
    "fi": ("viisumi", "suurlähetystö", "konsulaatti"),
    "sv": ("visum", "ambassad", "konsulat"),
    "no": ("visum", "ambassade", "konsulat"),
    "da": ("visum", "ambassade", "konsulat"),
    "tr": ("vize", "konsolosluk", "büyükelçilik"),
    "el": ("βίζα", "θεώρηση εισόδου", "πρεσβεία", "προξενείο"),
    "ru": ("виза", "визы", "визов", "посольств", "консульств"),
    "uk": ("віза", "візи", "візов", "посольств", "консульств"),
    "he": ("ויזה", "אשרת", "שגרירות", "קונסוליה"),
    "ar": ("تأشير", "فيزا", "السفارة", "القنصلية"),
    "hi": ("वीज़ा", "वीजा", "दूतावास", "वाणिज्य दूतावास"),
    "th": ("วีซ่า", "สถานทูต", "สถานกงสุล"),
    "vi": ("thị thực", "đại sứ quán", "lãnh sự quán"),
    "id": ("visa ", "kedutaan", "konsulat"),
    "ms": ("visa ", "kedutaan", "konsulat"),
    "ja": ("ビザ", "査証", "大使館", "領事館"),
    "zh": ("签证", "簽證", "大使馆", "领事馆"),
    "ko": ("비자", "대사관", "영사관"),
    "fa": ("ویزا", "سفارت", "کنسولگری"),
    "hr": ("viza", "veleposlanstv", "konzulat"),
    "sr": ("viza", "ambasad", "konzulat", "виза", "амбасад", "конзулат"),
    "bg": ("виза", "визи", "визов", "посолств", "консулств"),
}

# The press: a newspaper, a radio or TV station, a podcast, a media interview of the user.
MEDIA: Cells = {
    "en": ("newspaper", "radio", "podcast", "tv interview", "press interview", "media interview"),
    "de": ("zeitung", "radio", "rundfunk", "fernseh", "podcast", "presse"),
    "fr": ("journal ", "radio", "télévision", "podcast", "presse"),
    "es": ("periódico", "radio", "televisión", "podcast", "prensa"),
    "it": ("giornale", "radio", "televisione", "podcast", "stampa"),
    "pt": ("jornal", "rádio", "televisão", "podcast", "imprensa"),
    "nl": ("krant", "radio", "televisie", "podcast", "persinterview"),
    "pl": ("gazet", "radio", "radiu", "telewizj", "podcast", "prasy", "wywiad dla"),
    "cs": ("rozhovor pro", "rozhlas", "radiožurnál", "televiz", "noviny", "podcast"),
    "sk": ("rozhovor pre", "rozhlas", "televízi", "noviny", "podcast"),
    "ro": ("ziar", "radio", "televiziun", "podcast", "presă"),
    "hu": ("újság", "rádió", "televízió", "podcast", "sajtó"),
    "fi": ("lehtihaastattelu", "radio", "televisio", "podcast", "lehdelle"),
    "sv": ("tidning", "radio", "tv-intervju", "podcast", "pressintervju"),
    "no": ("avis", "radio", "tv-intervju", "podkast", "presse"),
    "da": ("avis", "radio", "tv-interview", "podcast", "presse"),
    "tr": ("gazete", "radyo", "televizyon", "podcast", "röportaj"),
    "el": ("εφημερίδ", "ραδιόφων", "τηλεόρασ", "podcast"),
    "ru": ("газет", "радио ", "телевиден", "подкаст", "для сми"),
    "uk": ("газет", "радіо", "телебачен", "подкаст", "для змі"),
    "he": ("עיתון", "רדיו", "טלוויזיה", "פודקאסט"),
    "ar": ("صحيفة", "إذاعة", "تلفزيون", "بودكاست", "صحفية"),
    "hi": ("समाचार", "रेडियो", "टीवी", "मीडिया", "पॉडकास्ट"),
    "th": ("หนังสือพิมพ์", "วิทยุ", "โทรทัศน์", "พอดแคสต์"),
    "vi": ("báo chí", "phát thanh", "truyền hình", "podcast"),
    "id": ("koran", "radio", "televisi", "podcast", "wawancara media"),
    "ms": ("akhbar", "radio", "televisyen", "podcast", "temu bual media"),
    "ja": ("取材", "出演", "ポッドキャスト", "インタビュー記事"),
    "zh": ("采访", "专访", "播客"),
    "ko": ("취재", "라디오 출연", "방송 출연", "팟캐스트"),
    "fa": ("روزنامه", "رادیو", "تلویزیون", "پادکست"),
    "hr": ("novine", "novina", "radio", "televizij", "podcast"),
    "sr": ("novine", "novina", "radio", "televizij", "новине", "радио ", "телевизиј"),
    "bg": ("вестник", "радио", "телевизи", "подкаст"),
}

# Practising an interview: a mock one, a rehearsal, a simulation (the trainer or club running it).
PRACTICE: Cells = {
    "en": ("mock interview", "practice interview", "interview practice", "rehearsal"),
    "de": ("probeinterview", "übungsinterview", "bewerbungsgespräch üben", "simulation"),
    "fr": ("entretien blanc", "simulation d'entretien", "simulation d’entretien"),
    "es": ("entrevista simulada", "simulacro", "simulación de entrevista"),
    "it": ("simulazione", "colloquio simulato", "prova di colloquio"),
    "pt": ("entrevista simulada", "simulação de entrevista", "simulado"),
    "nl": ("oefengesprek", "oefensollicitatie", "proefsollicitatie", "oefen"),
    "pl": ("symulacj", "próbna rozmowa", "ćwiczenie rozmowy"),
    "cs": ("simulace", "nácvik", "modelový pohovor"),
    "sk": ("simulácia", "nácvik", "modelový pohovor"),
    "ro": ("simulare", "interviu simulat", "exersare"),
    "hu": ("próbainterjú", "szimuláció", "gyakorló"),
    "fi": ("harjoitushaastattelu", "harjoitus", "simulaatio", "valmistau"),
    "sv": ("övningsintervju", "provintervju", "simulering", "intervjuträning", "öva ", "förbered"),
    "no": ("øvingsintervju", "prøveintervju", "simulering", "intervjutrening", "øve ", "forbered"),
    "da": ("øvesamtale", "prøvesamtale", "simulering", "træning", "øv ", "forbered"),
    # (not a bare "prova": the Italian trial day, "giornata di prova", round 9)
    "tr": ("deneme mülakat", "mülakat provası", "simülasyon"),
    "el": ("προσομοίωση", "πρόβα"),
    "ru": ("пробное собеседование", "репетиция", "тренировочное"),
    "uk": ("пробна співбесіда", "репетиція", "тренувальн"),
    "he": ("סימולציה", "תרגול"),
    "ar": ("محاكاة", "تدريب على المقابلة", "مقابلة تجريبية"),
    "hi": ("मॉक इंटरव्यू", "अभ्यास"),
    "th": ("ซ้อม", "จำลองการสัมภาษณ์"),
    "vi": ("phỏng vấn thử", "luyện phỏng vấn", "mô phỏng"),
    "id": ("simulasi", "latihan wawancara", "latihan interview"),
    "ms": ("simulasi", "latihan temu duga", "temu duga olok-olok"),
    "ja": ("模擬面接", "面接練習", "面接対策"),
    "zh": ("模拟面试", "面试练习", "面试辅导"),
    "ko": ("모의 면접", "모의면접", "면접 연습"),
    "fa": ("مصاحبه آزمایشی", "شبیه سازی مصاحبه", "تمرین مصاحبه"),
    "hr": ("simulacija", "probni razgovor", "vježba razgovora"),
    "sr": ("simulacija", "probni razgovor", "симулација"),
    "bg": ("симулация", "пробно интервю", "репетиция"),
}

# Round 8: the medical check a new hire is sent to after the interview or the offer (a
# pre-employment physical, a drug test, a Chinese 入职体检): a step with nobody to thank and
# no interview in it. A setting like the others: "Interview – Occupational Health Nurse" or
# a title naming any job stays an interview.
MEDICAL: Cells = {
    "en": ("pre-employment medical", "medical check", "medical exam", "drug test",
           "drug screen", "occupational health assessment"),
    "de": ("einstellungsuntersuchung", "ärztliche untersuchung", "betriebsärztlich"),
    "fr": ("visite médicale", "médecine du travail", "examen médical"),
    "es": ("reconocimiento médico", "examen médico", "examen de salud"),
    "it": ("visita medica", "visita preassuntiva", "accertamenti sanitari"),
    "pt": ("exame admissional", "exame médico", "exames médicos"),
    "nl": ("medische keuring", "aanstellingskeuring", "medisch onderzoek"),
    "pl": ("badania lekarskie", "badanie lekarskie", "badania wstępne", "medycyna pracy"),
    "cs": ("vstupní prohlídka", "lékařská prohlídka", "vstupní lékařsk"),
    "sk": ("vstupná prehliadka", "lekárska prehliadka", "vstupná lekársk"),
    "ro": ("control medical", "medicina muncii", "examen medical"),
    "hu": ("orvosi vizsgálat", "üzemorvos", "munkaköri alkalmassági"),
    "fi": ("työhöntulotarkastus", "lääkärintarkastus", "terveystarkastus"),
    "sv": ("läkarundersökning", "hälsoundersökning", "drogtest"),
    "no": ("legeundersøkelse", "helseundersøkelse", "rusmiddeltest"),
    "da": ("lægeundersøgelse", "helbredsundersøgelse", "narkotest"),
    "tr": ("sağlık raporu", "işe giriş muayene", "sağlık muayene"),
    "el": ("ιατρικές εξετάσεις", "ιατρική εξέταση", "ιατρικός έλεγχος"),
    "ru": ("медосмотр", "медицинский осмотр", "медкомисси"),
    "uk": ("медогляд", "медичний огляд", "медкомісі"),
    "he": ("בדיקה רפואית", "בדיקות רפואיות"),
    "ar": ("فحص طبي", "الفحص الطبي", "الكشف الطبي"),
    "hi": ("मेडिकल जांच", "चिकित्सा परीक्षण", "मेडिकल टेस्ट"),
    "th": ("ตรวจสุขภาพ",),
    "vi": ("khám sức khỏe", "khám sức khoẻ"),
    "id": ("tes kesehatan", "pemeriksaan kesehatan", "medical check up"),
    "ms": ("pemeriksaan perubatan", "ujian kesihatan", "pemeriksaan kesihatan"),
    "ja": ("健康診断", "入社前健診", "雇入時健診"),
    "zh": ("体检", "體檢", "入职体检"),
    "ko": ("건강검진", "신체검사", "입사 전 검진"),
    "fa": ("معاینات پزشکی", "معاینه پزشکی"),
    "hr": ("liječnički pregled", "zdravstveni pregled"),
    "sr": ("lekarski pregled", "лекарски преглед"),
    "bg": ("медицински преглед", "медицински изследвания"),
}

SETTING_CONCEPTS: dict[str, Cells] = {
    "course": COURSE, "practice": PRACTICE, "career_office": CAREER_OFFICE,
        "admission": ADMISSION, "visa": VISA,
    "media": MEDIA, "medical": MEDICAL,
}

# Cells left empty on purpose, and why (a test fails on an empty cell not listed here).
_NO_TRIAL_WORD = ("no one common word for an unpaid trial day at a prospective employer was "
                  "found in public hiring material for this language; not guessed (round 9)")
GAPS: dict[tuple[str, str], str] = {
    ("trial", "ar"): _NO_TRIAL_WORD,
    ("trial", "hi"): _NO_TRIAL_WORD,
    ("trial", "th"): _NO_TRIAL_WORD,
    ("trial", "vi"): _NO_TRIAL_WORD,
    ("trial", "id"): _NO_TRIAL_WORD,
    ("trial", "ms"): _NO_TRIAL_WORD,
    ("trial", "ja"): _NO_TRIAL_WORD,
    ("trial", "ko"): _NO_TRIAL_WORD,
    ("trial", "fa"): _NO_TRIAL_WORD,
    ("courtesy", "hu"): "Hungarian writes the title after the name (Kovács úr): read from "
                        "lexicon_people.COURTESY_AFTER (round 8), not as a prefix",
    ("with", "hu"): "Hungarian writes 'with' as a suffix (-val/-vel), and has no prefix title",
    ("courtesy", "tr"): "Turkish writes the title after the name (Ahmet Bey): read from "
                        "lexicon_people.COURTESY_AFTER (round 8), not as a prefix",
    ("courtesy", "ja"): "様/さん follow the name and honour the candidate too: no hiring-side sign",
    ("courtesy", "zh"): "先生/女士 follow the name and honour both sides: no hiring-side sign",
    ("courtesy", "ko"): "님/씨 follow the name and honour both sides: no hiring-side sign",
}


def _alternative(stem: str, lang: str) -> str:
    escaped = re.escape(stem).replace(r"\ ", r"\s+")
    # a stem that ends in a space is a whole word ("visa ", "cours "): it must end there
    if stem.endswith(" "):
        escaped = re.escape(stem.rstrip()).replace(r"\ ", r"\s+") + r"\b"
    return escaped if lang in NO_SPACES else r"(?<!\w)" + escaped


def setting_rows(concepts: tuple[str, ...] = tuple(SETTING_CONCEPTS)) -> tuple[tuple[str, str],
                 ...]:
    """(alternative, literal) rows, one per distinct stem of the concepts' cells, in the form
    ``lookalikes``' gated tables take: the literal is the stem itself (up to its first space),
    which the alternative cannot match without."""
    return table_rows(*(SETTING_CONCEPTS[concept] for concept in concepts))


def _stems(tables: tuple[Cells, ...]) -> dict[str, str]:
    """Each distinct stem of the tables' cells, with the first language that lists it."""
    seen: dict[str, str] = {}
    for table in tables:
        for lang, stems in table.items():
            for stem in stems:
                seen.setdefault(stem, lang)
    return seen


def table_rows(*tables: Cells) -> tuple[tuple[str, str], ...]:
    """``setting_rows`` for any tables (``lexicon_steps.CANCELLED`` for ``lookalikes``)."""
    # (the literal folded as the gates fold the text: a Turkish "ı" is held as "i")
    return tuple((_alternative(stem, lang), fold_lower(stem.strip().split(" ")[0]))
                 for stem, lang in _stems(tables).items())


def ascii_literals(*tables: Cells) -> tuple[str, ...]:
    """The ASCII first words of the tables' stems: what ``rules``' title gate looks for (a
    title that is not ASCII always goes to the regex)."""
    return tuple(sorted({w for w in (fold_lower(s.strip().split(" ")[0])
                                     for s in _stems(tables)) if w.isascii()}))
