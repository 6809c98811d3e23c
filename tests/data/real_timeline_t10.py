"""Timeline check set of round 10 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file; each case cites the page whose process it paraphrases (Greek, Estonian,
Slovak, Lithuanian, Slovenian and Hungarian public-service selection rules and recruiter
pages; Canadian holiday pages; UK council shortlisting pages; office-closure notices; a UN
assessment guide). Names, dates and office closures are invented and the wording is not copied.
Written around round 9's classes of miss: languages the reader barely knew (Greek, Estonian,
Slovak, Lithuanian, Slovenian, Hungarian), holidays named in the text's language or absent
from the project's tables (Canada's Thanksgiving and Victoria Day, Epiphany in Greek,
Midsummer in Finnish, Christmas in Estonian, Ramazan Bayramı, Hemelvaart, the Immacolata,
Jamaica's Independence Day), promise verbs ("go out", "will be posted", "is due on", "no later
than"), promises counted from a dated event (closing date, assessment centre, last interviews,
the end of a selection), and texts that promise nothing (slots to confirm, test dates, appeal
windows, averages, retention).

60 texts: English 20, Greek 6, Estonian 6, Slovak 5, Lithuanian 5, Slovenian 5, Hungarian 4,
Italian 3, Finnish 2, Turkish 2, Dutch 2; 13 promise nothing. Labelled with only ``datetime``
and the ``holidays`` library to check days, before the reader ran on them, with the
conventions of ``real_timeline_b8.py`` and ``real_timeline_t9.py`` (their docstrings):
"within N days/weeks" exactly, counted from the reference or the anchor the text dates;
business days skip weekends and the country's public holidays; "next week" Monday to Friday
less holidays; "by Friday" that Friday; "the week after <date or holiday>" the Monday to Friday
of the following week; "after <holiday>" the rest of its week when days are left after it, the
whole next week when the holiday ends a week; a calendar-day deadline on a weekend also
accepts the next working day; "do 15. júna" (Slovak "by/until") the day before and the day;
the candidate's own deadlines, logistics, retention, appeal windows and averages promise
nothing. Where a holiday's "after" is ambiguous (a Thursday holiday with a bridge Friday) both
readings are accepted, as commented.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
WORKENTER = "https://workenter.gr/ti-symvainei-me-tis-prokiryxeis-ose-kai-trainose-13428"
UOM_MBA = ("http://mba.uom.gr/el/programmata/stelexhepixeirhsewn/epiloghupopshfiwn.html"
           "?tmpl=component&print=1&page=")
RIIGIKANTSELEI = "https://www.riigikantselei.ee/et/kandidaadile"
VIRUNIGULA = "https://viru-nigula.ee/te-kandideerite-meile-toole"
ERR = "http://www.err.ee/588037/maksuameti-uus-juht-selgub-ilmselt-jargmisel-nadalal"
DEK = "https://praca.dek.sk/zamestnanie/rady-pre-uchadzacov"
VVA = "https://vva.lrv.lt/lt/visuomenei/pakaitiniu-valstybes-tarnautoju-atranka/"
KAUNO = ("https://kauno.diena.lt/naujienos/lietuva/salies-pulsas/"
         "savivaldybese-kur-paskelbtas-karantinas-konkursai-i-valstybes-tarnyba-vyks-992451")
PORTALZDR = "https://portal-zdr.si/articles/30"
ERAVNATELJ = "https://e-ravnatelj.si/vsebine/kadri/neizbrani-kandidati/neizbrani-kandidati/"
VODENJE = ("https://www.vodenje.si/vsebina/zakonodajne-obveznosti-na-kadrovskem-podro%C4%8Dju/"
           "zaposlitveni-postopek/postopek-delodajalca-ob-neodzivnosti-izbranega-kandidata/")
PORTFOLIO = "https://www.portfolio.hu/unios-forrasok?page=324"
PROAKATEMIA = "https://proakatemia-esseepankki.tuni.fi/rekrytointi-kuka-saa-paikan-osa-2/"
PARAGRAAFFI = "https://paragraaffi.fi/artikkeli-tyohaastattelun-jarjestamiseen/"
KAMUDAN = ("https://www.kamudan.com/mevzuat/"
           "devlet-memuriyetine-giris-tebliginde-degisiklik-yapildi-h18286.html")
PARLEMENT = "http://parlementairemonitor.nl/9353000/1/j9vvij5epmj1ey0/vlz3soz66bz1"
IMPERIA = ("https://www.lavocediimperia.it/2025/10/09/mobile/leggi-notizia/argomenti/attualita-5/"
           "articolo/iniziata-la-corsa-per-14-posti-in-comune-e-provincia.html")
GAZZETTA = ("https://www.gazzettaufficiale.it/atto/concorsi/caricaArticolo?art.codiceRedazionale="
            "03E07432&art.dataPubblicazioneGazzetta=2003-12-23&art.idArticolo=9")
FIRSTREF = "https://firstreference.com/blog/thanksgiving-day-in-canada-monday-october-14"
GOLDBECK = "http://www.goldbeck.com/hrblog/happy-turkey-day-goldbeck-recruiting/"
ICS = "https://www.icscourier.ca/about-us/holidaytable.aspx"
SOMERSET = "https://www.somersetwestandtaunton.gov.uk/jobs/job-shortlisting/"
WANDSWORTH = "http://www.wandsworth.gov.uk/info/100008/jobs_and_careers/2172/guide_to_recruitment/3"
MANULA = ("https://www.manula.com/manuals/united-nation-dos-cdots/applicant-guide/1/en/topic/"
          "assessments")
QMUL = "https://hr.qmul.ac.uk/procedures/leave/closuredays/"
STHELENA = "https://www.sainthelena.gov.sh/2025/public-announcements/central-support-service-closure-3/"
BARBADOS = "https://haitigazette.com/four-government-offices-closed-loop-barbados/"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE10_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Greek
    ("Τα αποτελέσματα της συνέντευξης θα ανακοινωθούν εντός πέντε εργάσιμων ημερών.",
     "2027-02-10T11:00:00+02:00", ("2027-02-17", "2027-02-17"), "GR", "el", WORKENTER),
    ("Ευχαριστούμε για τη συνέντευξη. Θα σας ενημερώσουμε τηλεφωνικά την επόμενη εβδομάδα.",
     "2026-11-04T10:00:00+02:00", ("2026-11-09", "2026-11-13"), "GR", "el", UOM_MBA),
    ("Η επιτροπή αξιολόγησης θα σας στείλει την απάντησή της μέχρι την Παρασκευή.",
     "2026-10-06T12:00:00+03:00", ("2026-10-09", "2026-10-09"), "GR", "el", UOM_MBA),
    ("Οι υποψήφιοι μπορούν να υποβάλουν ένσταση εντός δέκα ημερών από την ανάρτηση των "
     "αποτελεσμάτων.", "2026-10-20T10:00:00+03:00", None, "GR", "el", WORKENTER),
    # Epiphany 2027 is a Wednesday: its Thursday and Friday
    ("Θα επικοινωνήσουμε μαζί σας μετά τα Θεοφάνια.",
     "2026-12-22T10:00:00+02:00", ("2027-01-07", "2027-01-08"), "GR", "el", WORKENTER),
    ("Η τελική απόφαση θα ληφθεί εντός δύο εβδομάδων από τη συνέντευξη.",
     "2026-09-15T10:00:00+03:00", ("2026-09-29", "2026-09-29"), "GR", "el", WORKENTER),
    # ------------------------------------------------------------------ Estonian
    ("Konkursi tulemustest teavitame kõiki kandidaate kahe nädala jooksul.",
     "2026-09-15T10:00:00+03:00", ("2026-09-29", "2026-09-29"), "EE", "et", RIIGIKANTSELEI),
    ("Aitäh vestluse eest! Anname teile vastuse järgmisel nädalal.",
     "2027-03-03T14:00:00+02:00", ("2027-03-08", "2027-03-12"), "EE", "et", ERR),
    ("Valikukomisjon teeb otsuse hiljemalt reedeks.",
     "2026-11-10T10:00:00+02:00", ("2026-11-13", "2026-11-13"), "EE", "et", ERR),
    ("Teatame tulemused viie tööpäeva jooksul.",
     "2026-10-14T10:00:00+03:00", ("2026-10-21", "2026-10-21"), "EE", "et", RIIGIKANTSELEI),
    ("Kandidaatide dokumente säilitame ühe aasta jooksul.",
     "2026-10-14T10:00:00+03:00", None, "EE", "et", VIRUNIGULA),
    # Christmas Eve to the Second Day (Thu-Sat) ends a week: the whole next week, less 1 January
    ("Anname teada pärast jõule.",
     "2026-12-18T10:00:00+02:00", ("2026-12-28", "2026-12-31"), "EE", "et", VIRUNIGULA),
    # ------------------------------------------------------------------ Slovak
    ("Výsledok výberového konania vám oznámime do piatich pracovných dní.",
     "2026-10-12T10:00:00+02:00", ("2026-10-19", "2026-10-19"), "SK", "sk", DEK),
    ("Ďakujeme za pohovor, ozveme sa vám budúci týždeň.",
     "2027-02-17T10:00:00+01:00", ("2027-02-22", "2027-02-26"), "SK", "sk", DEK),
    ("Rozhodnutie vám pošleme najneskôr do 15. júna.",
     "2027-06-03T10:00:00+02:00", ("2027-06-14", "2027-06-15"), "SK", "sk", DEK),
    ("Pohovor potrvá približne 45 minút, prineste si občiansky preukaz.",
     "2027-06-03T10:00:00+02:00", None, "SK", "sk", DEK),
    ("Výsledky zverejníme do dvoch týždňov od pohovoru.",
     "2026-09-08T10:00:00+02:00", ("2026-09-22", "2026-09-22"), "SK", "sk", DEK),
    # ------------------------------------------------------------------ Lithuanian
    ("Atrankos rezultatus pranešime per tris darbo dienas.",
     "2027-01-27T10:00:00+02:00", ("2027-02-01", "2027-02-01"), "LT", "lt", VVA),
    ("Apie sprendimą informuosime kitą savaitę.",
     "2026-10-07T10:00:00+03:00", ("2026-10-12", "2026-10-16"), "LT", "lt", VVA),
    ("Atsakymą gausite iki penktadienio.",
     "2026-11-17T10:00:00+02:00", ("2026-11-20", "2026-11-20"), "LT", "lt", KAUNO),
    ("Prašymą dalyvauti nuotoliniu būdu reikia pateikti likus 3 darbo dienoms iki vertinimo dienos.",
     "2026-11-17T10:00:00+02:00", None, "LT", "lt", KAUNO),
    ("Rezultatus paskelbsime per dvi savaites po pokalbio.",
     "2026-05-05T10:00:00+03:00", ("2026-05-19", "2026-05-19"), "LT", "lt", VVA),
    # ------------------------------------------------------------------ Slovenian
    # eight days after the selection ends on 12 March: Saturday 20 March, or the Monday
    ("O izbiri vas bomo pisno obvestili v osmih dneh po zaključenem postopku izbire, ki bo "
     "končan 12. marca.", "2027-03-02T10:00:00+01:00", ("2027-03-20", "2027-03-22"), "SI", "sl",
     PORTALZDR),
    ("Hvala za razgovor. Odgovor boste prejeli naslednji teden.",
     "2026-06-10T10:00:00+02:00", ("2026-06-15", "2026-06-19"), "SI", "sl", VODENJE),
    ("Neizbrani kandidat lahko vloži pritožbo v osmih dneh od vročitve sklepa.",
     "2026-06-10T10:00:00+02:00", None, "SI", "sl", ERAVNATELJ),
    ("Obvestili vas bomo do petka.",
     "2026-11-24T10:00:00+01:00", ("2026-11-27", "2026-11-27"), "SI", "sl", VODENJE),
    # ten working days skip 25 December and 1 January
    ("Rezultate izbire bomo objavili v desetih delovnih dneh.",
     "2026-12-17T10:00:00+01:00", ("2027-01-04", "2027-01-04"), "SI", "sl", ERAVNATELJ),
    # ------------------------------------------------------------------ Hungarian
    # next week less 23 October (National Day)
    ("A döntésről a jövő hét folyamán tájékoztatjuk.",
     "2026-10-14T10:00:00+02:00", ("2026-10-19", "2026-10-22"), "HU", "hu", PORTFOLIO),
    ("Két héten belül visszajelzünk.",
     "2027-01-12T10:00:00+01:00", ("2027-01-26", "2027-01-26"), "HU", "hu", PORTFOLIO),
    ("Az eredményről legkésőbb 30 napon belül értesítjük.",
     "2026-09-10T10:00:00+02:00", ("2026-10-10", "2026-10-12"), "HU", "hu", PORTFOLIO),
    ("Kérjük, a hiányzó igazolásokat öt munkanapon belül küldje el.",
     "2026-09-10T10:00:00+02:00", None, "HU", "hu", PORTFOLIO),
    # ------------------------------------------------------------------ Finnish, Turkish, Dutch, Italian
    # Midsummer Eve and Day (Fri-Sat) end a week: the whole next week
    ("Palaamme asiaan juhannuksen jälkeen.",
     "2027-06-15T10:00:00+03:00", ("2027-06-28", "2027-07-02"), "FI", "fi", PROAKATEMIA),
    ("Ilmoitamme valinnasta kahden viikon kuluessa haastattelusta.",
     "2026-11-03T10:00:00+02:00", ("2026-11-17", "2026-11-17"), "FI", "fi", PARAGRAAFFI),
    # Ramazan Bayramı 9-11 March 2027: the week after it is 15-19 March
    ("Sözlü sınav sonuçlarını Ramazan Bayramı'ndan sonraki hafta ilan edeceğiz.",
     "2027-02-25T10:00:00+03:00", ("2027-03-15", "2027-03-19"), "TR", "tr", KAMUDAN),
    ("Sınav tarihleri ve yerleri ayrıca duyurulacaktır.",
     "2027-02-25T10:00:00+03:00", None, "TR", "tr", KAMUDAN),
    # Ascension is Thursday 6 May 2027; "after" it is the bridge Friday or the next week
    ("Na Hemelvaart laten we je weten of je door bent naar de tweede ronde.",
     "2027-04-28T10:00:00+02:00", ("2027-05-07", "2027-05-14"), "NL", "nl", PARLEMENT),
    ("Uiterlijk vrijdag hoor je van ons.",
     "2027-03-09T10:00:00+01:00", ("2027-03-12", "2027-03-12"), "NL", "nl", PARLEMENT),
    # the Immacolata is Tuesday 8 December 2026 (bridge Monday): its Wednesday to Friday
    ("Le faremo sapere l'esito dopo il ponte dell'Immacolata.",
     "2026-12-02T10:00:00+01:00", ("2026-12-09", "2026-12-11"), "IT", "it", IMPERIA),
    ("L'ammissione al colloquio sarà notificata agli interessati almeno venti giorni prima.",
     "2026-12-02T10:00:00+01:00", None, "IT", "it", GAZZETTA),
    ("I risultati della prova orale saranno pubblicati sul sito entro dieci giorni dal termine "
     "dei colloqui, fissato per venerdì 16 ottobre.",
     "2026-10-12T10:00:00+02:00", ("2026-10-26", "2026-10-26"), "IT", "it", IMPERIA),
    # ------------------------------------------------------------------ English
    # Thanksgiving (Canada) is Monday 12 October 2026
    ("We're closed on Thanksgiving Monday, so you'll hear from us by the end of that week.",
     "2026-10-07T15:00:00-04:00", ("2026-10-16", "2026-10-16"), "CA", "en", FIRSTREF),
    ("We'll get back to everyone the week after Thanksgiving.",
     "2027-09-30T15:00:00-04:00", ("2027-10-18", "2027-10-22"), "CA", "en", GOLDBECK),
    ("Our office is closed on Victoria Day; we'll call the shortlisted candidates the day after.",
     "2027-05-18T15:00:00-04:00", ("2027-05-25", "2027-05-25"), "CA", "en", ICS),
    ("Invitations to the second interview go out within ten working days of the closing date, "
     "Friday 5 March.", "2027-03-01T10:00:00+00:00", ("2027-03-19", "2027-03-19"), "GB", "en",
     SOMERSET),
    ("If you have not heard from us within three weeks of the closing date (14 August), please "
     "assume you have not been shortlisted.",
     "2026-08-03T10:00:00+01:00", ("2026-09-04", "2026-09-04"), "GB", "en", SOMERSET),
    ("The outcome will be posted on the candidate portal no later than Thursday.",
     "2026-11-16T10:00:00+00:00", ("2026-11-19", "2026-11-19"), "GB", "en", WANDSWORTH),
    ("The panel's decision is due on 22 January.",
     "2027-01-11T10:00:00+00:00", ("2027-01-22", "2027-01-22"), "GB", "en", WANDSWORTH),
    ("The assessment centre runs on Tuesday 9 February; everyone will hear the outcome within "
     "three working days of it.", "2027-01-28T10:00:00+00:00", ("2027-02-12", "2027-02-12"),
     "GB", "en", MANULA),
    ("The panel holds its last interviews on Friday 16 April, and offers will be made the "
     "following week.", "2027-04-12T10:00:00+01:00", ("2027-04-19", "2027-04-23"), "GB", "en",
     WANDSWORTH),
    ("Please confirm which of the slots on 3 or 4 March suits you by Friday.",
     "2027-02-24T10:00:00+00:00", None, "GB", "en", MANULA),
    ("The online test must be completed by 12 May; the link stays open for 72 hours.",
     "2027-05-05T10:00:00+01:00", None, "GB", "en", MANULA),
    ("On average it takes about six weeks from advert to start date.",
     "2027-05-05T10:00:00+01:00", None, "GB", "en", WANDSWORTH),
    ("Unsuccessful candidates may request feedback within 28 days of being notified.",
     "2027-05-05T10:00:00+01:00", None, "GB", "en", WANDSWORTH),
    ("HR is closed on Friday for the staff away day; normal business resumes on Monday 14 June "
     "and we will contact all interviewees that week.",
     "2027-06-08T10:00:00+01:00", ("2027-06-14", "2027-06-18"), "GB", "en", STHELENA),
    ("Human Resources closes at 1 pm today for a staff function and reopens on Thursday; you'll "
     "hear from us by the end of next week.",
     "2026-11-24T10:00:00-04:00", ("2026-12-04", "2026-12-04"), "BB", "en", BARBADOS),
    ("The university is closed from 24 December to 1 January; the panel will write to you in "
     "the first week back.", "2026-12-17T10:00:00+00:00", ("2027-01-04", "2027-01-08"), "GB",
     "en", QMUL),
    # Jamaica's Independence Day is Friday 6 August 2027
    ("The office is closed for Emancipation Day and Independence Day; we will call the "
     "shortlisted candidates the week after Independence Day.",
     "2027-07-29T10:00:00-05:00", ("2027-08-09", "2027-08-13"), "JM", "en", BARBADOS),
    ("The shortlist will be published within five working days after the closing date of "
     "26 November.", "2026-11-20T10:00:00+00:00", ("2026-12-03", "2026-12-03"), "GB", "en",
     SOMERSET),
    ("Written tests for the shortlisted candidates will be held on 20 March at the district "
     "office.", "2027-03-08T10:00:00+00:00", None, "GB", "en", MANULA),
    ("We'll let every candidate know by phone no later than Wednesday whether they're through.",
     "2027-03-01T10:00:00+00:00", ("2027-03-03", "2027-03-03"), "GB", "en", WANDSWORTH),
]
