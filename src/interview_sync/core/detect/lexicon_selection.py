"""Concept × language tables of a selection's own tests and of the words that place an event in one.

Owns, per language of ``lexicon.LANGS`` (the cell rules of ``lexicon``: lower-case stems matched
at a word start, anywhere in scripts without spaces; an empty cell explained in ``lexicon.GAPS``;
tests/core/test_detect_lexicon.py checks each cell against its rule), round 16's classes for the
hiring steps not called interviews that were round 15's largest silent class (a police written
exam, physical agility and pole-climbing tests, a Québec qualification call, an agency's creative
test): the steps public employers, fire and police services, utilities and agencies hold for
their applicants (``SELECTION_TEST``: hints like ``lexicon_steps.SKILLS_TEST``, for a school's
written exam or a gym's fitness test use the same nouns), the words that say an event belongs to
a selection (``SELECTION_CONTEXT``: the applicant, the competition, the eligibility list; a hint's
second signal, ``selection``), and those that say it is a course or a rehearsal for one
(``PREPARATION``: a prep school's mock exam is full of the competition's words). Sources, one or
more a language, cited with the check set that tested them (tests/data/real_cases_t16p.py):
public-sector notices (roanokeva.gov's "Candidate Physical Abilities Test", an Italian
"prova preselettiva" in ilsipontino.net, a Brazilian "teste de aptidão física" in igeduc.org.br,
Spanish "pruebas físicas" and "ejercicio tipo test" in periodicolasemana.es and murcia.com, a
French "épreuves écrites d'admissibilité" in fdocuments.fr, a German "Auswahltest" and "Sporttest"
in polizei-der-beruf.de and polizeitest.de, a Dutch "selectie-assessment" in sollicitatieinfo.nl,
a Flemish "psychotechnische testen" in dyka.be) and the recruitment pages of public employers in
each other language. Pure data.
"""

from __future__ import annotations

__all__ = ["PREPARATION", "SELECTION_CONTEXT", "SELECTION_TEST"]

Cells = dict[str, tuple[str, ...]]

# A test, exam or physical trial a selection holds for its applicants. A hint (a school's written
# exam, a gym's fitness test and a driving school's theory test use the same nouns): an
# employer's hiring mailbox, a job in the title or ``SELECTION_CONTEXT`` seconds it.
SELECTION_TEST: Cells = {
    "en": ("physical ability test", "physical abilities test", "physical agility test",
           "candidate physical abilit", "agility test", "climbing test", "pole climb",
           "written exam", "selection test", "civil service exam", "copy test", "art test",
           "design test", "creative test", "typing test", "fitness test",
           # round 25: round 24's silent physical steps by the names services give them
           # (corpuschristitx.gov's "CPAT", newcops.govt.nz's "Physical Appraisal Test",
           # kent.police.uk's bleep test, policetrainingscotland's fitness assessment), an exam
           # named for the recruitment it belongs to (cityofrochester.gov's "Fire Fighter Recruit
           # exam"), and an online assessment stage or psychometric test (swgroup.com,
           # glassdoor.ie, ourgen.uk); a gym's circuit, a course's online test and a
           # certification exam have no selection to second them
           "cpat", "physical appraisal test", "bleep test", "beep test", "fitness assessment",
           "recruit exam", "recruitment exam", "recruitment test", "online assessment",
           "online tests", "psychometric test"),
    "de": ("auswahltest", "sporttest", "eignungsprüfung", "einstellungsprüfung", "auswahlprüfung",
           # round 25: the oral and written parts of a selection (polizist-werden.de); an
           # Abitur's oral exam has no selection word
           "mündliche prüfung", "schriftliche prüfung"),
    "fr": ("épreuve écrite", "épreuves écrites", "épreuves d'admissibilité",
           "épreuves physiques", "épreuves sportives", "test de sélection",
           # round 25: a competition's oral admission test (blogs.smooz.fr); the bac's oral has
           # no "concours"
           "épreuve orale", "épreuves orales"),
    "es": ("pruebas físicas", "prueba física", "ejercicio tipo test", "prueba de selección",
           "pruebas selectivas", "examen de oposición",
           # round 25: an oposición's exam and exercises (teleoposiciones.es,
           # infoposiciones.net); a language school's "examen de conocimientos" has no
           # competition word
           "examen de oposiciones", "examen oposiciones", "examen de conocimientos",
           "primer ejercicio", "segundo ejercicio", "tercer ejercicio"),
    "it": ("prova preselettiva", "preselezione", "prove fisiche", "prova di efficienza fisica",
           "test di selezione",
           # round 25: a competition's oral and written tests (tempostretto.it,
           # cronacadiverona.com); a university's "prova orale" has no "concorso"
           "prova orale", "prove orali", "prove scritte"),
    "pt": ("teste de aptidão física", "taf ", "prova objetiva", "prova discursiva",
           "prova de seleção", "avaliação física",
           # round 25: a competition's written and oral tests (vilhenanoticias.com.br); a
           # faculty's "prova escrita" has no "concurso"
           "prova escrita", "prova oral"),
    "nl": ("selectietest", "selectie-assessment", "selectieassessment", "fysieke test"),
    "pl": ("test sprawnościowy", "test sprawności fizycznej", "test rekrutacyjny", "test wiedzy"),
    "cs": ("fyzické testy", "fyzický test", "vstupní test", "písemný test"),
    "sk": ("fyzické testy", "vstupný test", "písomný test"),
    "ro": ("proba fizică", "proba scrisă", "test de selecție"),
    "hu": ("fizikai felmérés", "írásbeli teszt", "kiválasztási teszt"),
    "fi": ("kuntotesti", "valintakoe", "soveltuvuuskoe"),
    "sv": ("fystest", "urvalstest", "skriftligt prov"),
    "no": ("fysisk test", "opptakstest", "seleksjonstest"),
    "da": ("fysisk test", "optagelsestest", "udvælgelsestest"),
    "tr": ("fiziki yeterlilik", "yazılı sınav", "seçme sınavı"),
    "el": ("αθλητικές δοκιμασίες", "γραπτή εξέταση", "φυσικές δοκιμασίες"),
    "ru": ("отборочное тестирование", "письменный экзамен", "сдача нормативов"),
    "uk": ("відбіркове тестування", "письмовий іспит", "фізичні нормативи"),
    "he": ("מבחן כושר", "מבחני מיון"),
    "ar": ("اختبار اللياقة", "امتحان تحريري", "اختبار القبول"),
    "hi": ("शारीरिक दक्षता परीक्षा", "लिखित परीक्षा"),
    "th": ("ทดสอบสมรรถภาพ", "สอบข้อเขียน"),
    "vi": ("kiểm tra thể lực", "thi viết", "thi tuyển"),
    "id": ("tes kesamaptaan", "tes tertulis", "tes seleksi"),
    "ms": ("ujian kecergasan", "ujian bertulis", "ujian saringan"),
    "ja": ("体力検査", "選考試験", "一次試験"),
    "zh": ("体能测试", "招聘考试", "选拔测试"),
    "ko": ("체력검사", "체력시험", "채용시험"),
    "fa": ("آزمون آمادگی جسمانی", "آزمون کتبی", "آزمون استخدامی"),
    "hr": ("provjera fizičke spremnosti", "pismeni test", "testiranje kandidata"),
    "sr": ("provera fizičke spremnosti", "pismeni test", "провера физичке спремности"),
    "bg": ("физически тест", "писмен изпит", "тест за подбор"),
    "lt": ("fizinio pajėgumo testas", "atrankos testas"),
    "lv": ("fiziskās sagatavotības pārbaude", "atlases tests"),
    "et": ("kehaliste võimete test", "valikutest"),
    "sl": ("preizkus telesne pripravljenosti", "pisni preizkus", "testiranje kandidatov"),
    "ca": ("proves físiques", "prova física", "exercici tipus test", "prova de selecció"),
}

# The words that place an event in a selection the user applied to: the applicant, the public
# competition, the eligibility or ranking list. Read in the title and the description's head
# (``selection``); a second signal for a step's hint, never enough alone (a prep school's mock
# exam names the competition too: ``PREPARATION``).
SELECTION_CONTEXT: Cells = {
    "en": ("applicant", "eligibility list", "eligible to continue", "selection process",
           "testing process", "candidates who pass", "applicant number", "civil service",
           # round 25: a recruitment, a hiring list or an early-careers scheme the test belongs
           # to ("police recruitment", "FD hiring list", "graduate scheme", "early careers":
           # newcops.govt.nz, npowerjobs.com, swgroup.com)
           "recruitment", "hiring list", "hiring process", "graduate scheme",
           "graduate programme", "graduate program", "early careers"),
    "de": ("bewerber", "auswahlverfahren", "einstellungsverfahren", "bewerbungsnr"),
    "fr": ("candidat", "concours", "admissibilité", "admissibles", "sélection"),
    "es": ("aspirante", "oposición", "oposiciones", "convocatoria", "proceso selectivo", "candidat",
           "admitidos"),
    "it": ("candidat", "concorso", "bando", "graduatoria", "selezione"),
    "pt": ("candidat", "concurso", "edital", "processo seletivo", "convocad"),
    "nl": ("kandida", "sollicit", "selectieprocedure", "vacature"),
    "pl": ("kandydat", "rekrutac", "postępowanie kwalifikacyjne", "nabór"),
    "cs": ("uchazeč", "výběrové řízení", "výběrového řízení"),
    "sk": ("uchádzač", "výberové konanie", "výberového konania"),
    "ro": ("candidat", "concurs", "selecție"),
    "hu": ("jelentkez", "pályáz", "kiválasztási"),
    "fi": ("hakija", "hakemuk", "valintaprosessi", "rekrytoin"),
    "sv": ("sökande", "rekryteringsprocess", "urvalsprocess", "ansökan"),
    "no": ("søker", "rekrutteringsprosess", "søknad"),
    "da": ("ansøger", "rekrutteringsproces", "ansøgning"),
    "tr": ("aday", "başvuru", "işe alım"),
    "el": ("υποψήφι", "διαγωνισμ", "πρόσληψη"),
    "ru": ("кандидат", "соискател", "конкурс", "отбор"),
    "uk": ("кандидат", "конкурс", "відбір"),
    "he": ("מועמד", "מיון"),
    "ar": ("المتقدم", "المرشح", "التوظيف"),
    "hi": ("अभ्यर्थी", "उम्मीदवार", "भर्ती"),
    "th": ("ผู้สมัคร", "คัดเลือก"),
    "vi": ("ứng viên", "thí sinh", "tuyển dụng"),
    "id": ("pelamar", "peserta seleksi", "rekrutmen"),
    "ms": ("pemohon", "calon", "pengambilan"),
    "ja": ("応募者", "受験者", "選考", "採用"),
    "zh": ("应聘", "考生", "招聘", "报名"),
    "ko": ("지원자", "응시자", "채용"),
    "fa": ("متقاضی", "داوطلب", "استخدام"),
    "hr": ("kandidat", "natječaj", "prijav"),
    "sr": ("kandidat", "konkurs", "кандидат"),
    "bg": ("кандидат", "конкурс", "подбор"),
    "lt": ("kandidat", "atranka", "konkurs"),
    "lv": ("pretendent", "kandidāt", "konkurs"),
    "et": ("kandidaat", "konkurss", "värbamis"),
    "sl": ("kandidat", "razpis", "izbirni postopek"),
    "ca": ("aspirant", "candidat", "oposició", "convocatòria"),
}

# A course, a mock or a training session for a selection, not the selection itself ("Simulacro de
# examen – oposiciones", "Treino preparatório TAF", "Corso di preparazione concorsi"): where one
# of these is in the title or the description's head, ``SELECTION_CONTEXT`` seconds nothing.
PREPARATION: Cells = {
    "en": ("mock", "practice test", "prep course", "preparation course", "students",
           "practice session"),
    "de": ("vorbereitung", "probetraining", "übungstest", "trainingseinheit"),
    "fr": ("préparation", "entraînement", "concours blanc", "examen blanc", "élèves"),
    "es": ("simulacro", "preparación", "academia", "alumnos", "entrenamiento"),
    "it": ("simulazione", "preparazione", "corso", "esercitazione"),
    "pt": ("simulado", "preparatóri", "treino", "cursinho", "alunos"),
    "nl": ("voorbereiding", "oefentest", "oefensessie", "proeftoets"),
    "pl": ("przygotow", "próbny egzamin", "kursanci"),
    "cs": ("příprava", "přípravný kurz", "nanečisto"),
    "sk": ("príprava", "prípravný kurz", "nanečisto"),
    "ro": ("pregătire", "simulare"),
    "hu": ("felkészítő", "próbateszt"),
    "fi": ("valmennus", "harjoituskoe"),
    "sv": ("förberedelse", "övningsprov"),
    "no": ("forberedelse", "prøvetest"),
    "da": ("forberedelse", "prøvetest"),
    "tr": ("hazırlık", "deneme sınavı"),
    "el": ("προετοιμασία", "φροντιστήριο"),
    "ru": ("подготовк", "пробный экзамен"),
    "uk": ("підготовк", "пробний іспит"),
    "he": ("הכנה", "מכינה"),
    "ar": ("تحضير", "تدريب"),
    "hi": ("तैयारी", "कोचिंग"),
    "th": ("ติว", "เตรียมสอบ"),
    "vi": ("ôn thi", "luyện thi"),
    "id": ("persiapan", "bimbel", "try out"),
    "ms": ("persediaan", "latihan"),
    "ja": ("対策講座", "模試", "模擬"),
    "zh": ("培训班", "模拟", "备考"),
    "ko": ("모의", "학원", "대비반"),
    "fa": ("آمادگی آزمون", "کلاس کنکور"),
    "hr": ("priprema", "pripremni"),
    "sr": ("priprema", "pripremni", "припрема"),
    "bg": ("подготовка", "пробен изпит"),
    "lt": ("pasiruošim", "bandomasis"),
    "lv": ("sagatavošan", "izmēģinājuma"),
    "et": ("ettevalmistus", "proovitest"),
    "sl": ("priprav", "poskusni"),
    "ca": ("preparació", "simulacre", "acadèmia"),
}
