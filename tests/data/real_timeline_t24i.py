"""Round 24's timeline check set for languages other than English (issue #15, helper "tl24i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package
(0.109; its 2048 tables are computed rules, lunar feasts estimated) to check weekdays and public
holidays for 2048. Each text paraphrases a process, a situation or a wording documented on the
public page cited in its source (found with the project's search tool, pages corpus; no host
cited by an earlier data file: every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl``); names, companies and dates are invented, the wording is not copied.

It is written around classes, not around earlier misses: the basic classes (within N days or a
week, N working days, tomorrow, next week, a weekday) in nine languages the reader had no words
for (Kannada, Malayalam, Odia, Sinhala, Kyrgyz, Tajik, Burmese, Kinyarwanda, Assamese), each
with a text promising nothing (logistics, the interview's own length, the candidate's own
deadline); and the round-23 convention in twelve others (the employer's usual time for its own
answer is a promise: "通常", "meestal", "doorgaans", "in der Regel", "normalerweise",
"habituellement", "en règle générale", "habitualmente", "di norma", "solitamente",
"zazwyczaj", "zwykle", "genellikle", "보통", "normalmente", "обычно"), with its exclusions
(usual lengths of other things, of employers in general).

Reference dates are in 2048, a year no earlier file uses as a reference (1 January is a
Wednesday; 29 February exists; Japan's 21-22 September holidays; Spain's 12 October on a
Monday; Poland's Corpus Christi on Thursday 4 June; the Netherlands' Ascension on Thursday 14
May; India's Republic Day on Monday 26 January).

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t23i.py``,
with docs/timelines.md "Round 20/22/23: label conventions": business days skip weekends and the
country's public holidays; "within N days/weeks" the exact day; "tomorrow" the next calendar
day; "next week" its Monday to Friday; "on / by <weekday>" that day; "by the end of the month"
its last day; the candidate's own deadlines, logistics, usual lengths of other things and of
employers in general promise nothing.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier file.
# Kannada: a paper's tag page on government posts left unfilled and slow recruitment.
ANDOLANA = "https://andolana.in/tag/government-posts/amp"
# Malayalam: a PSC clerk rank list published, appointments expected within months.
MADHYAMAM = ("https://madhyamam.com/amp/career-and-education/psc/upsc/ld-clerk-rank-list-published-"
             "career-and-education-news/2018/apr/03")
# Odia: a recruitment fair where the chief minister hands out appointment letters.
ODISHALINK = "https://www.odishalink.com/2024/12/13/nijukti-mela-at-lok-seva-convention-center/"
# Sinhala: an exam board's re-scrutiny changing results.
LANKADEEPA = "https://www.lankadeepa.lk/news/අපස-සසන-260කග-පරතඵල-වනස-වය/101-605895"
# Kyrgyz: the government's regulation on competitions for vacant civil-service posts.
KGMINJUST = "http://cbd.minjust.gov.kg/act/view/ky-kg/92839"
# Tajik: an institute's vice-rector receiving a job seeker and sending him to the competition.
GMIT = ("http://gmit.tj/%d2%9b%d0%b0%d0%b1%d1%83%d0%bb%d0%b8-%d1%88%d0%b0%d2%b3%d1%80%d0%b2%d0%b0"
        "%d0%bd%d0%b4%d0%be%d0%bd-%d0%b0%d0%b7-%d2%b7%d0%be%d0%bd%d0%b8%d0%b1%d0%b8-%d0%bc%d1%83%d0%be"
        "%d0%b2%d0%b8%d0%bd%d0%b8-%d0%b0")
# Burmese: a state paper's piece on factory workers and staffing.
MDN = "https://mdn.gov.mm/my/ciipaareasiukawnttckhu-pheaacheaangniungre-alupsmaamaabhwmngttngpe"
# Kinyarwanda: an electoral commission confirming candidates and giving others seven days.
RUSHYASHYA = "https://rushyashya.net/kagame-na-habineza-bemejwe-byagateganyo-abandi-bahabwa-iminsi-7-kuzuza-ibisabwa"
# Assamese: a state fixing the dates of its grade III and IV recruitment exams.
EASTMOJO = "https://assam.eastmojo.com/news/thirdh-grade-exam-on-7-august-and-fourth-grade-on-21-august/"
# Japanese: when interview results arrive (about a week), what to do when they do not.
GEEKLY2 = "https://www.geekly.co.jp/column/cat-jobsearch/interview-result-when/"
# Dutch: what candidates accept as the length of a selection procedure (weeks, by education).
AMC = ("https://www.arbeidsmarktcommunicatie.eu/blog/doorlooptijd-verwacht-aantal-gesprekken-en-"
       "benodigd-aantal-sollicitaties")
# German: what a long wait after an interview means, internal approvals.
FORBESBEST = "http://forbesbest.com/article/wartezeit-nach-vorstellungsgespraech-was-bedeutet"
# French: public-service competitions step by step, results and juries.
CARRPUB = ("https://carrieres-publiques.com/actualite-fonction-publique-reussir-les-concours-les-etapes-"
           "pas-a-pas-d-3041")
# Spanish: a national institute's selection process page, lists published in stages.
INAP = ("https://sede.inap.gob.es/es/procedimientos-y-servicios/seleccion/procesos-selectivos-de-cuerpos-"
        "y-escalas-generales/cuerpo-de-gestion-de-la-administracion-civil-del-estado/cuerpo-de-gestion-"
        "de-la-administracion-civil-del-estado-estabilizacion-empleo-temporal-publico-2017-2018")
# Italian: how long a job interview lasts, by type.
ICAREERS = "https://icareers.it/quanto-dura-un-colloquio-di-lavoro"
# Polish: how long a standard job interview lasts.
BIMAS = "https://bimas.pl/ile-trwa-standardowa-rozmowa-kwalifikacyjna"
# Turkish: an electoral board's oral exam for contract IT staff, results on its site.
KONHABER = "https://konhaber.com/guncel/yuksek_secim_kurulu_15_sozlesmeli_bilisim_uzmani_alacak-1919696h"
# Korean: a university's pamphlet on the experienced-hire civil-service exam.
YUKR = "https://child.yu.ac.kr/_attach/f/view.jsp?attach_no=240214"
# Portuguese (Brazil): a town council's public competition notice and its schedule.
ARIRANHA = "http://camaraariranha.sp.gov.br/institucional/noticias/edital-completo-concurso-publico-n-o-001-2024"
# Russian: a city announcing a competition with interviews for its head of administration.
POTOK = ("https://potokmedia.ru/news/120064/objavlen-konkurs-na-zameshhenie-dolzhnosti-mjera-"
         "goroda-joshkar-oly/")
# Chinese: a hospital's interview notice (candidates told by phone afterwards).
SSSSZKJ = "http://sssszkj.com/html/2022/04/25/ar_354405.html"

TL_TUNE24_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ----------------------------------------------------------- Kannada
    ("ಸಂದರ್ಶನದ ಫಲಿತಾಂಶವನ್ನು ಒಂದು ವಾರದೊಳಗೆ ತಿಳಿಸುತ್ತೇವೆ.",
     "2048-06-10T11:00:00+05:30", ("2048-06-17", "2048-06-17"), "IN", "kn", ANDOLANA),
    ("ಆಯ್ಕೆ ಪಟ್ಟಿಯನ್ನು ಮುಂದಿನ ವಾರ ಪ್ರಕಟಿಸಲಾಗುವುದು.",
     "2048-09-09T11:00:00+05:30", ("2048-09-14", "2048-09-18"), "IN", "kn", ANDOLANA),
    ("ನಾಳೆ ನಿಮಗೆ ಕರೆ ಮಾಡುತ್ತೇವೆ.",
     "2048-03-11T15:00:00+05:30", ("2048-03-12", "2048-03-12"), "IN", "kn", ANDOLANA),
    # The employer's usual time for its own answer (round-23 convention).
    ("ನಾವು ಸಾಮಾನ್ಯವಾಗಿ ಹತ್ತು ದಿನಗಳಲ್ಲಿ ಫಲಿತಾಂಶ ತಿಳಿಸುತ್ತೇವೆ.",
     "2048-07-01T11:00:00+05:30", ("2048-07-11", "2048-07-11"), "IN", "kn", ANDOLANA),
    ("ಐದು ಕೆಲಸದ ದಿನಗಳಲ್ಲಿ ಉತ್ತರ ನೀಡುತ್ತೇವೆ.",
     "2048-10-28T11:00:00+05:30", ("2048-11-04", "2048-11-04"), "IN", "kn", ANDOLANA),
    # The candidate's own deadline.
    ("ದಯವಿಟ್ಟು ನಿಮ್ಮ ದಾಖಲೆಗಳನ್ನು ಮೂರು ದಿನಗಳೊಳಗೆ ಸಲ್ಲಿಸಿ.",
     "2048-10-28T11:00:00+05:30", None, "IN", "kn", ANDOLANA),
    # --------------------------------------------------------- Malayalam
    ("അഭിമുഖത്തിന്റെ ഫലം രണ്ടാഴ്ചയ്ക്കുള്ളിൽ അറിയിക്കും.",
     "2048-02-05T10:00:00+05:30", ("2048-02-19", "2048-02-19"), "IN", "ml", MADHYAMAM),
    ("നാളെ ഞങ്ങൾ നിങ്ങളെ വിളിക്കും.",
     "2048-05-20T16:00:00+05:30", ("2048-05-21", "2048-05-21"), "IN", "ml", MADHYAMAM),
    ("അടുത്ത ആഴ്ച റാങ്ക് ലിസ്റ്റ് പ്രസിദ്ധീകരിക്കും.",
     "2048-11-11T10:00:00+05:30", ("2048-11-16", "2048-11-20"), "IN", "ml", MADHYAMAM),
    ("വെള്ളിയാഴ്ച ഫലം അറിയിക്കും.",
     "2048-06-16T10:00:00+05:30", ("2048-06-19", "2048-06-19"), "IN", "ml", MADHYAMAM),
    ("സാധാരണയായി ഞങ്ങൾ ഏഴു ദിവസത്തിനകം മറുപടി നൽകാറുണ്ട്.",
     "2048-08-04T10:00:00+05:30", ("2048-08-11", "2048-08-11"), "IN", "ml", MADHYAMAM),
    # The interview's own length.
    ("അഭിമുഖം ഏകദേശം അര മണിക്കൂർ നീണ്ടുനിൽക്കും.",
     "2048-08-04T10:00:00+05:30", None, "IN", "ml", MADHYAMAM),
    # -------------------------------------------------------------- Odia
    ("ସାକ୍ଷାତକାରର ଫଳାଫଳ ଏକ ସପ୍ତାହ ମଧ୍ୟରେ ଜଣାଇଦିଆଯିବ।",
     "2048-03-04T11:00:00+05:30", ("2048-03-11", "2048-03-11"), "IN", "or", ODISHALINK),
    ("ଆସନ୍ତାକାଲି ଆପଣଙ୍କୁ ଫୋନ କରିବୁ।",
     "2048-09-15T11:00:00+05:30", ("2048-09-16", "2048-09-16"), "IN", "or", ODISHALINK),
    ("ଆସନ୍ତା ସପ୍ତାହରେ ଚୟନ ତାଲିକା ପ୍ରକାଶ ପାଇବ।",
     "2048-05-13T11:00:00+05:30", ("2048-05-18", "2048-05-22"), "IN", "or", ODISHALINK),
    # Five working days from Tuesday 21 January; Monday 26 January (Republic Day) is a holiday.
    ("ପାଞ୍ଚ କାର୍ଯ୍ୟ ଦିବସ ମଧ୍ୟରେ ଉତ୍ତର ଦେବୁ।",
     "2048-01-21T11:00:00+05:30", ("2048-01-28", "2048-01-28"), "IN", "or", ODISHALINK),
    # Logistics.
    ("ଦୟାକରି ଆପଣଙ୍କ ପ୍ରମାଣପତ୍ର ସାଙ୍ଗରେ ଆଣନ୍ତୁ।",
     "2048-01-21T11:00:00+05:30", None, "IN", "or", ODISHALINK),
    # ----------------------------------------------------------- Sinhala
    ("සම්මුඛ පරීක්ෂණයේ ප්‍රතිඵලය සතියක් ඇතුළත දැනුම් දෙනවා.",
     "2048-04-22T10:00:00+05:30", ("2048-04-29", "2048-04-29"), "LK", "si", LANKADEEPA),
    ("හෙට අපි ඔබට කතා කරනවා.",
     "2048-10-07T10:00:00+05:30", ("2048-10-08", "2048-10-08"), "LK", "si", LANKADEEPA),
    ("ලබන සතියේ තේරීම් ලැයිස්තුව ප්‍රකාශයට පත් කෙරේ.",
     "2048-06-03T10:00:00+05:30", ("2048-06-08", "2048-06-12"), "LK", "si", LANKADEEPA),
    ("දින දහයක් ඇතුළත පිළිතුරු දෙන්නෙමු.",
     "2048-09-02T10:00:00+05:30", ("2048-09-12", "2048-09-12"), "LK", "si", LANKADEEPA),
    # Logistics.
    ("සම්මුඛ පරීක්ෂණයට ඔබේ ජාතික හැඳුනුම්පත රැගෙන එන්න.",
     "2048-09-02T10:00:00+05:30", None, "LK", "si", LANKADEEPA),
    # ------------------------------------------------------------ Kyrgyz
    ("Маектешүүнүн жыйынтыгын бир жуманын ичинде билдиребиз.",
     "2048-02-11T10:00:00+06:00", ("2048-02-18", "2048-02-18"), "KG", "ky", KGMINJUST),
    ("Эртең сизге чалабыз.",
     "2048-04-14T15:00:00+06:00", ("2048-04-15", "2048-04-15"), "KG", "ky", KGMINJUST),
    ("Конкурстун жыйынтыгы кийинки жумада жарыяланат.",
     "2048-10-14T10:00:00+06:00", ("2048-10-19", "2048-10-23"), "KG", "ky", KGMINJUST),
    ("Жыйынтыгы тууралуу үч жумушчу күндүн ичинде кабарлайбыз.",
     "2048-06-25T10:00:00+06:00", ("2048-06-30", "2048-06-30"), "KG", "ky", KGMINJUST),
    # The candidate's own deadline.
    ("Документтериңизди он күндүн ичинде тапшырыңыз.",
     "2048-06-25T10:00:00+06:00", None, "KG", "ky", KGMINJUST),
    # ------------------------------------------------------------- Tajik
    ("Натиҷаи мусоҳибаро дар давоми як ҳафта ба шумо хабар медиҳем.",
     "2048-05-06T10:00:00+05:00", ("2048-05-13", "2048-05-13"), "TJ", "tg", GMIT),
    ("Фардо ба шумо занг мезанем.",
     "2048-11-18T15:00:00+05:00", ("2048-11-19", "2048-11-19"), "TJ", "tg", GMIT),
    ("Рӯйхати ғолибон ҳафтаи оянда эълон карда мешавад.",
     "2048-02-05T10:00:00+05:00", ("2048-02-10", "2048-02-14"), "TJ", "tg", GMIT),
    ("Ҷавобро дар муддати даҳ рӯз медиҳем.",
     "2048-08-12T10:00:00+05:00", ("2048-08-22", "2048-08-22"), "TJ", "tg", GMIT),
    # The interview's own length.
    ("Мусоҳиба тақрибан чил дақиқа давом мекунад.",
     "2048-08-12T10:00:00+05:00", None, "TJ", "tg", GMIT),
    # ----------------------------------------------------------- Burmese
    ("အင်တာဗျူးရလဒ်ကို တစ်ပတ်အတွင်း အကြောင်းကြားပါမယ်။",
     "2048-08-19T10:00:00+06:30", ("2048-08-26", "2048-08-26"), "MM", "my", MDN),
    ("မနက်ဖြန် ဖုန်းဆက်ပါမယ်။",
     "2048-06-09T15:00:00+06:30", ("2048-06-10", "2048-06-10"), "MM", "my", MDN),
    ("နောက်အပတ်မှာ ရွေးချယ်ခံရသူစာရင်းကို ထုတ်ပြန်ပါမယ်။",
     "2048-09-09T10:00:00+06:30", ("2048-09-14", "2048-09-18"), "MM", "my", MDN),
    ("ဆယ်ရက်အတွင်း အဖြေပေးပါမယ်။",
     "2048-03-04T10:00:00+06:30", ("2048-03-14", "2048-03-14"), "MM", "my", MDN),
    # Logistics.
    ("ကျေးဇူးပြု၍ မှတ်ပုံတင်ကတ်ကို ယူလာပါ။",
     "2048-03-04T10:00:00+06:30", None, "MM", "my", MDN),
    # ------------------------------------------------------- Kinyarwanda
    ("Ibisubizo by'ikiganiro tuzabibamenyesha mu cyumweru kimwe.",
     "2048-10-13T10:00:00+02:00", ("2048-10-20", "2048-10-20"), "RW", "rw", RUSHYASHYA),
    ("Ejo tuzabahamagara.",
     "2048-03-17T15:00:00+02:00", ("2048-03-18", "2048-03-18"), "RW", "rw", RUSHYASHYA),
    ("Urutonde rw'abatsinze ruzatangazwa icyumweru gitaha.",
     "2048-11-04T10:00:00+02:00", ("2048-11-09", "2048-11-13"), "RW", "rw", RUSHYASHYA),
    ("Tuzabasubiza mu minsi itanu y'akazi.",
     "2048-05-27T10:00:00+02:00", ("2048-06-03", "2048-06-03"), "RW", "rw", RUSHYASHYA),
    # The interview's own length.
    ("Ikiganiro kizamara iminota mirongo itatu.",
     "2048-05-27T10:00:00+02:00", None, "RW", "rw", RUSHYASHYA),
    # ---------------------------------------------------------- Assamese
    ("সাক্ষাৎকাৰৰ ফলাফল এসপ্তাহৰ ভিতৰত জনোৱা হ'ব।",
     "2048-07-22T11:00:00+05:30", ("2048-07-29", "2048-07-29"), "IN", "as", EASTMOJO),
    ("কাইলৈ আমি আপোনাক ফোন কৰিম।",
     "2048-02-18T15:00:00+05:30", ("2048-02-19", "2048-02-19"), "IN", "as", EASTMOJO),
    ("অহা সপ্তাহত নিৰ্বাচিত প্ৰাৰ্থীৰ তালিকা প্ৰকাশ কৰা হ'ব।",
     "2048-06-24T11:00:00+05:30", ("2048-06-29", "2048-07-03"), "IN", "as", EASTMOJO),
    ("দহ দিনৰ ভিতৰত উত্তৰ দিয়া হ'ব।",
     "2048-11-25T11:00:00+05:30", ("2048-12-05", "2048-12-05"), "IN", "as", EASTMOJO),
    # Logistics.
    ("সাক্ষাৎকাৰৰ দিনা মূল প্ৰমাণপত্ৰ লগত আনিব।",
     "2048-11-25T11:00:00+05:30", None, "IN", "as", EASTMOJO),
    # ---------------------------------------------------------- Japanese
    # Usual time for its own answer.
    ("通常、面接から一週間以内に結果をご連絡しております。",
     "2048-06-17T14:00:00+09:00", ("2048-06-24", "2048-06-24"), "JP", "ja", GEEKLY2),
    # Five business days; 21 and 22 September are holidays.
    ("通常は五営業日以内にご連絡いたします。",
     "2048-09-16T14:00:00+09:00", ("2048-09-25", "2048-09-25"), "JP", "ja", GEEKLY2),
    ("結果は来週中にメールでお知らせします。",
     "2048-10-14T14:00:00+09:00", ("2048-10-19", "2048-10-23"), "JP", "ja", GEEKLY2),
    # Employers in general.
    ("一般的に、多くの企業は面接から三日から十日ほどで合否を伝えています。",
     "2048-10-14T14:00:00+09:00", None, "JP", "ja", GEEKLY2),
    # ------------------------------------------------------------- Dutch
    ("Meestal laten wij binnen twee weken na het gesprek weten of u door bent.",
     "2048-03-10T11:00:00+01:00", ("2048-03-24", "2048-03-24"), "NL", "nl", AMC),
    # Ten working days; Ascension (Thursday 14 May) falls after.
    ("Doorgaans ontvangt u binnen tien werkdagen bericht.",
     "2048-04-29T11:00:00+02:00", ("2048-05-13", "2048-05-13"), "NL", "nl", AMC),
    ("U hoort uiterlijk vrijdag van ons.",
     "2048-09-29T11:00:00+02:00", ("2048-10-02", "2048-10-02"), "NL", "nl", AMC),
    # Employers in general.
    ("De meeste werkgevers ronden een sollicitatieprocedure gemiddeld binnen vier weken af.",
     "2048-09-29T11:00:00+02:00", None, "NL", "nl", AMC),
    # ------------------------------------------------------------ German
    ("In der Regel geben wir Ihnen innerhalb von zwei Wochen Bescheid.",
     "2048-06-23T11:00:00+02:00", ("2048-07-07", "2048-07-07"), "DE", "de", FORBESBEST),
    ("Normalerweise erhalten Bewerberinnen und Bewerber unsere Entscheidung binnen fünf Arbeitstagen.",
     "2048-09-30T11:00:00+02:00", ("2048-10-07", "2048-10-07"), "DE", "de", FORBESBEST),
    # A usual length of something else.
    ("Die Sicherheitsüberprüfung dauert üblicherweise drei Wochen.",
     "2048-09-30T11:00:00+02:00", None, "DE", "de", FORBESBEST),
    # Employers in general.
    ("Viele Unternehmen brauchen erfahrungsgemäß vier Wochen für eine Rückmeldung.",
     "2048-09-30T11:00:00+02:00", None, "DE", "de", FORBESBEST),
    # ------------------------------------------------------------ French
    ("Habituellement, le jury communique sa décision sous dix jours.",
     "2048-02-12T14:00:00+01:00", ("2048-02-22", "2048-02-22"), "FR", "fr", CARRPUB),
    ("En règle générale, nous revenons vers les candidats dans les deux semaines qui suivent l'entretien.",
     "2048-10-07T14:00:00+02:00", ("2048-10-21", "2048-10-21"), "FR", "fr", CARRPUB),
    # A usual length of something else.
    ("En général, le stage dure six mois.",
     "2048-10-07T14:00:00+02:00", None, "FR", "fr", CARRPUB),
    ("Vous aurez notre réponse mardi.",
     "2048-03-05T14:00:00+01:00", ("2048-03-10", "2048-03-10"), "FR", "fr", CARRPUB),
    # ----------------------------------------------------------- Spanish
    ("Habitualmente comunicamos la decisión en un plazo de quince días.",
     "2048-05-12T12:00:00+02:00", ("2048-05-27", "2048-05-27"), "ES", "es", INAP),
    # Five working days; Monday 12 October is a holiday.
    ("Normalmente respondemos en cinco días hábiles.",
     "2048-10-07T12:00:00+02:00", ("2048-10-15", "2048-10-15"), "ES", "es", INAP),
    # Employers in general.
    ("La mayoría de las empresas tarda entre una y dos semanas en responder.",
     "2048-10-07T12:00:00+02:00", None, "ES", "es", INAP),
    # ----------------------------------------------------------- Italian
    ("Di norma comunichiamo l'esito entro due settimane dal colloquio.",
     "2048-03-18T11:00:00+01:00", ("2048-04-01", "2048-04-01"), "IT", "it", ICAREERS),
    ("Solitamente rispondiamo entro cinque giorni lavorativi.",
     "2048-04-22T11:00:00+02:00", ("2048-04-29", "2048-04-29"), "IT", "it", ICAREERS),
    # The interview's own length.
    ("Di solito il colloquio tecnico dura un'ora.",
     "2048-04-22T11:00:00+02:00", None, "IT", "it", ICAREERS),
    ("Le daremo una risposta entro la fine del mese.",
     "2048-11-10T11:00:00+01:00", ("2048-11-30", "2048-11-30"), "IT", "it", ICAREERS),
    # ------------------------------------------------------------ Polish
    ("Zazwyczaj informujemy kandydatów o wyniku w ciągu tygodnia.",
     "2048-01-14T11:00:00+01:00", ("2048-01-21", "2048-01-21"), "PL", "pl", BIMAS),
    # Ten working days; Corpus Christi (Thursday 4 June) is a holiday.
    ("Zwykle odpowiadamy w ciągu dziesięciu dni roboczych.",
     "2048-05-27T11:00:00+02:00", ("2048-06-11", "2048-06-11"), "PL", "pl", BIMAS),
    # Employers in general.
    ("Większość firm odpowiada zwykle po dwóch, trzech tygodniach.",
     "2048-05-27T11:00:00+02:00", None, "PL", "pl", BIMAS),
    # ----------------------------------------------------------- Turkish
    ("Genellikle mülakattan sonraki on gün içinde adaylara dönüş yapıyoruz.",
     "2048-02-19T11:00:00+03:00", ("2048-02-29", "2048-02-29"), "TR", "tr", KONHABER),
    ("Sonuçları önümüzdeki hafta açıklayacağız.",
     "2048-06-10T11:00:00+03:00", ("2048-06-15", "2048-06-19"), "TR", "tr", KONHABER),
    # The interview's own length.
    ("Mülakat genellikle yarım saat sürer.",
     "2048-06-10T11:00:00+03:00", None, "TR", "tr", KONHABER),
    # ------------------------------------------------------------ Korean
    ("보통 면접 후 일주일 이내에 결과를 알려 드립니다.",
     "2048-11-04T14:00:00+09:00", ("2048-11-11", "2048-11-11"), "KR", "ko", YUKR),
    ("결과는 다음 주에 발표합니다.",
     "2048-03-11T14:00:00+09:00", ("2048-03-16", "2048-03-20"), "KR", "ko", YUKR),
    # Employers in general.
    ("대부분의 회사는 보통 2주 정도 걸립니다.",
     "2048-03-11T14:00:00+09:00", None, "KR", "ko", YUKR),
    # -------------------------------------------------------- Portuguese
    ("Normalmente damos retorno aos candidatos em até dez dias.",
     "2048-08-05T10:00:00-03:00", ("2048-08-15", "2048-08-15"), "BR", "pt", ARIRANHA),
    ("O resultado sai na próxima semana.",
     "2048-09-16T10:00:00-03:00", ("2048-09-21", "2048-09-25"), "BR", "pt", ARIRANHA),
    # A usual length of something else.
    ("A prova prática costuma durar duas horas.",
     "2048-09-16T10:00:00-03:00", None, "BR", "pt", ARIRANHA),
    # ----------------------------------------------------------- Russian
    ("Обычно мы сообщаем о результатах в течение семи дней после собеседования.",
     "2048-10-21T11:00:00+03:00", ("2048-10-28", "2048-10-28"), "RU", "ru", POTOK),
    ("О решении сообщим в пятницу.",
     "2048-09-15T11:00:00+03:00", ("2048-09-18", "2048-09-18"), "RU", "ru", POTOK),
    # Employers in general.
    ("Большинство работодателей обычно отвечают в течение двух недель.",
     "2048-09-15T11:00:00+03:00", None, "RU", "ru", POTOK),
    # ----------------------------------------------------------- Chinese
    ("我们通常在面试后一周内通知结果。",
     "2048-03-25T14:00:00+08:00", ("2048-04-01", "2048-04-01"), "CN", "zh", SSSSZKJ),
    ("面试结果下周公布。",
     "2048-11-18T14:00:00+08:00", ("2048-11-23", "2048-11-27"), "CN", "zh", SSSSZKJ),
    # The interview's own length.
    ("每人面试时间约为十分钟。",
     "2048-11-18T14:00:00+08:00", None, "CN", "zh", SSSSZKJ),
]
