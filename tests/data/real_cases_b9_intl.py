"""Blind batch 9 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b9.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (winter offsets, the batch's dates fall in January to early March 2027) and the
conference texts pasted into descriptions.

Scored once, at the end of round 9, for docs/detection.md and the README; tuning data since round 10.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py before each was used).
FI_AARRE = "https://www.aarresaari.net/index.php?id=71&lang_id=2"
FI_MONSTER = ("https://www.monster.fi/rekrytointi/hr-parhaat-kaytannot/ohjeita-rekrytointiin/"
              "tyontekijoiden-etsiminen/tyohaastatteluun-rakenne/")
PL_CYREK = "https://cyrekdigital.com/pl/baza-wiedzy/rozmowa-rekrutacyjna"
PL_WYWIAD = "https://wywiad.ai/jak-przygotowac-sie-na-rozmowe-kwalifikacyjna-z-kandydatem"
PL_KTOKOLWIEK = "https://ktokolwiek.ai/jak-przygotowac-sie-do-rozmowy-kwalifikacyjnej"
HU_LIFE = ("https://www.life.hu/eletmod/20210323-jo-tanacsok-deme-renata-hr-szakembertol-erre-figyelj-ha-"
           "online-allasinterjura-keszulsz.html")
HU_MAGYARJELEN = "https://magyarjelen.hu/?p=131301"
HU_PENZCENTRUM = ("https://www.penzcentrum.hu/karrier/20250802/sok-szazezres-fizetes-mulhat-rajta-beugratos-"
                  "kerdesek-amiken-sok-magyar-elbukja-az-alommelot-1183175")
TR_MYK = "https://mykbilgimerkezi.blogspot.com/2026/02/kapsaml-mulakat-hazrlg-rehberi-adm-adm.html"
EL_EUROPROODOS = ("http://europroodos.gr/%CF%83%CF%85%CE%BD%CE%AD%CE%BD%CF%84%CE%B5%CF%85%CE%BE%CE%B7/")
EL_MARIGEORGIA = "https://www.marigeorgia.com/blog/gia-mia-epityhimeni-synenteyxi-proslipsis"
EL_JOBINTERVIEW = "https://jobinterview.gr/"
KO_BRUNCH = "https://brunch.co.kr/@ftg78/371"
KO_CHANNEL = "https://docs.channel.io/greetingguide/ko/articles/interviewer-8a83a91a"
ID_RAMBAY = "https://rambay.id/?p=1255"
ID_CERMATI = "https://cermati.com/artikel/amp/berhalangan-hadir-begini-tips-minta-ganti-jadwal-interview-ke-hrd"
MS_SPA = "https://www.spa.gov.my/spa/soalan-lazim/versi-bahasa-melayu/temu-duga-bm"
MS_PENDIDIK = "https://www.pendidik2u.my/soal-jawab-temuduga-spp/"
MS_LULUS = "https://lulusinterview.com/home-page/pengenalan-temuduga/"
HI_LIVEHALCHAL = ("https://livehalchal.com/%e0%a4%87%e0%a4%b8-%e0%a4%a4%e0%a4%b0%e0%a4%b9-%e0%a4%95%e0%a4%b0"
                  "%e0%a5%87%e0%a4%82-%e0%a4%9c%e0%a5%89%e0%a4%ac-%e0%a4%87%e0%a4%82%e0%a4%9f%e0%a4%b0%e0%a4%b5"
                  "%e0%a5%8d%e0%a4%af%e0%a5%82-%e0%a4%95/99763")
HI_NOKARI = "https://nokarikarle.com/interview-preparation/"
HI_SARITA = "https://www.sarita.in/lifestyle/how-to-face-interview"
AR_ALMUHEET = "https://www.almuheet.net/post/190728"
AR_TUWAIQ = ("https://tuwaiqnation.com/%d9%83%d9%8a%d9%81-%d8%aa%d8%aa%d9%82%d9%86-%d8%a7%d9%84%d9%85%d9%82"
             "%d8%a7%d8%a8%d9%84%d8%a7%d8%aa-%d8%a7%d9%84%d8%b4%d8%ae%d8%b5%d9%8a%d8%a9-%d8%b9%d9%86-%d8%a8"
             "%d9%8f%d8%b9%d8%af-%d9%81%d9%8a-%d8%a7")
HE_EVERYTHINGHR = ("https://www.everythinghr-or.com/post/כך-תכבוש-את-הראיון-הבא-שלך-שבעה-צעדים-מבוססי-מחקר-"
                   "שיעשו-את-ההבדל")
HE_MAKO = ("https://mobile.mako.co.il/finances-personal/career/Article-f5b5b1a49ab9f11004.htm"
           "?partner=mobileAutomaticChannel")
HE_DOCZZ = "http://doczz.net/doc/6903684/%D7%90%D7%9E%D7%AA-%D7%95%D7%A9%D7%A7%D7%A8---%D7%9E%D7%9B%D7%95%D7%9F-%D7%A0%D7%95%D7%A2%D7%9D"
UK_HURMA = "https://hurma.work/blog/plan-spivbesidi-ta-etapi-spivbesidi"
UK_BAZAIT = ("https://blog.bazait.com/spivbiesida-biez-striesu-iak-misliat-riekrutier-i-hiring-manager-ta-iak-"
             "otrimati-ofier")
UK_CVMAKER = "https://www.cvmaker.com.ua/blog/job-interview/pidhotovka-do-spivbesidy"
CA_SURIA = "http://www.suriaocupacio.cat/documents/consells-entrevista-feina/"
CA_LAGARRIGA = ("https://www.lagarriga.cat/ajuntament-seu-electronica/informacio-oficial/2709-oferta-publica-"
                "docupacio/preguntes-frequents")
CA_TORTOSA = "https://agencia.tortosa.cat/contenido/entrevistadefeina"
HR_MOJPOSAO = "https://moj-posao.net/EN/Lawyer/Details/71048/Kako-briljirati-na-razgovoru-za-posao/43"
HR_MOJPOSAO_SAVJETI = "https://moj-posao.net/Savjet-Za-Posloprimce/71702/5-dobrih-a-pogresno-shvacenih-savjeta/43"
ET_LE = "https://online.le.ee/2021/08/19/said-kutse-toointervjuule-5-soovitust-mida-silmas-pidada/"
ET_BRANDEM = "https://brandem.ee/blogi/toointervjuu-kui-raketiteadus"
ET_CVAGENT = "https://cvagent.ee/personaliotsing/mida-peaksid-kandidaadid-intervjuu-kaigus-kusima/"
LV_KID = "https://www.kid.lu.lv/karjerascelvedis2015/solis-uz-prieksu-uzaicinajums-uz-darba-tiksanos/"
LV_NVA = "http://nva.gov.lv/karjera/testi/handbook/book/page/4/3"
LV_LVPORTALS = "https://lvportals.lv/skaidrojumi/266010-darba-intervija-nozimigs-solis-cela-uz-jaunu-amatu-2014"
LT_KARJERA = "https://karjera.lt/kaip-sekmingai-pasirodyti-darbo-pokalbyje"
LT_PRAKTIKOS = "http://www.praktikosbirza.lt/turinys/pokalbio-organizavimas"
LT_LRYTAS = ("https://www.lrytas.lt/verslas/rinkos-pulsas/2025/11/06/news/ivardijo-didziausias-darbo-pokalbiu-"
             "klaidas-ateina-ir-su-mama-39063556/")
FR_DIGITALR = "https://www.digitalrecruiters.com/blog/entretien-visio-comment-le-preparer-cote-recruteur"
JA_DODA = "https://doda.jp/guide/mensetsu/mail/01.html"
JA_VIVIT = "https://inside.vivitlink.com/column/from-company-schedule-adjustment"
JA_CREX = ("https://crexgroup.com/ja/tenshoku/career-preparation/job-interview-schedule-adjustment-email-"
           "manners")

# Winter offsets: the batch's dates fall in January to early March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
TOR = ("-05:00", "America/Toronto")
VAN = ("-08:00", "America/Vancouver")
HAL = ("-04:00", "America/Halifax")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
BNE = ("+10:00", "Australia/Brisbane")
AKL = ("+13:00", "Pacific/Auckland")
SGP = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
JNB = ("+02:00", "Africa/Johannesburg")
HEL = ("+02:00", "Europe/Helsinki")
WAW = ("+01:00", "Europe/Warsaw")
BUD = ("+01:00", "Europe/Budapest")
IST = ("+03:00", "Europe/Istanbul")
ATH = ("+02:00", "Europe/Athens")
SEL = ("+09:00", "Asia/Seoul")
JKT = ("+07:00", "Asia/Jakarta")
KUL = ("+08:00", "Asia/Kuala_Lumpur")
RUH = ("+03:00", "Asia/Riyadh")
DXB = ("+04:00", "Asia/Dubai")
JRS = ("+02:00", "Asia/Jerusalem")
KYV = ("+02:00", "Europe/Kyiv")
MAD = ("+01:00", "Europe/Madrid")
ZAG = ("+01:00", "Europe/Zagreb")
TLL = ("+02:00", "Europe/Tallinn")
RIX = ("+02:00", "Europe/Riga")
VNO = ("+02:00", "Europe/Vilnius")
PAR = ("+01:00", "Europe/Paris")
TYO = ("+09:00", "Asia/Tokyo")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 274 903 118 62\nPasscode: Gx7pQ2\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/86120394471?pwd=Tb8q\nMeeting ID: 861 2039 4471"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qmr-ztvb-hkw"
TEAMS_FI = ("\n________________________________________________________________________________\n"
            "Microsoft Teams -kokous\nLiity tietokoneella, mobiilisovelluksella tai huonelaitteella\n"
            "Kokouksen tunnus: 391 004 872 15\nSalasana: Hk2sLm\n"
            "________________________________________________________________________________")
MEET_PL = "\n\nDołącz przez Google Meet: https://meet.google.com/vbt-kqpa-rnx"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/82274019935?pwd=Mn4r\nミーティングID: 822 7401 9935"
TEAMS_UK = ("\n________________________________________________________________________________\n"
            "Нарада в Microsoft Teams\nПриєднатися з комп'ютера або мобільного застосунку\n"
            "Ідентифікатор наради: 315 662 090 41\nКод доступу: Rw5tHc\n"
            "________________________________________________________________________________")

INTL9: list[Case] = [
    # ============================================================ Finnish
    # two interviewers from the employer; the HR manager organises, the CEO is the other interviewer
    (event("Työhaastattelu – Talouspäällikkö – Kivikoski Oy",
           organizer=org("liisa.heino@kivikoski.fi", "Liisa Heino"),
           guests=[guest("liisa.heino@kivikoski.fi", "Liisa Heino"),
                   guest("mika.rantanen@kivikoski.fi", "Mika Rantanen")],
           description="Tervetuloa haastatteluun! Haastattelijoina toimitusjohtaja Mika Rantanen ja HR-päällikkö "
                       "Liisa Heino. Ota mukaan ansioluettelo ja alkuperäiset työtodistukset.",
           location="Kivikoski Oy, Teollisuuskatu 4, Tampere",
           **at("2027-01-19", "10:00", 60, *HEL)),
     yes(["Kivikoski Oy", "Kivikoski"], ["liisa.heino@kivikoski.fi", "mika.rantanen@kivikoski.fi"]), "fi", FI_AARRE),
    # a phone interview run by the HR team: the team mailbox organises, the caller is named
    (event("Puhelinhaastattelu – Asiakaspalvelun tiiminvetäjä",
           organizer=org("rekrytointi@lumirata.fi", "Lumirata Rekrytointi"),
           description="HR-tiimistä Aino Salo soittaa sinulle hakemuksessa ilmoittamaasi numeroon. Kesto noin "
                       "20 minuuttia; käymme läpi CV:stäsi nousseet kysymykset.",
           **at("2027-01-21", "14:30", 20, *HEL)),
     yes(["Lumirata", "Lumirata Oy"], ["rekrytointi@lumirata.fi", "Aino Salo"]), "fi", FI_MONSTER),
    # a job-search coaching group rehearses group interviews: coaching, not an interview
    (event("Ryhmähaastatteluharjoitus – työnhakuvalmennus",
           organizer=org("valmennus@tyonhakupaja.fi", "Työnhakupaja"),
           guests=[guest("valmennus@tyonhakupaja.fi", "Työnhakupaja")],
           description="Harjoittelemme ryhmähaastattelun tehtäviä: ensin yksin, sitten ryhmänä. Ota mukaan oma "
                       "CV. Valmentaja: Jussi Koivu." + TEAMS_FI,
           **at("2027-01-26", "09:00", 120, *HEL)),
     None, "fi", FI_AARRE),
    # the owner runs phone screens for a sales post at their shop: the hiring side
    (event("Puhelinhaastattelut: myyjän paikka (3 hakijaa)", organizer=SELF,
           guests=[guest("henna.virta@kukkakulma.fi", "Henna Virta")],
           description="Soitan hakijoille klo 13.00, 13.30 ja 14.00. Henna kirjaa vastaukset. Samat kysymykset "
                       "kaikille.",
           **at("2027-02-03", "13:00", 90, *HEL)),
     None, "fi", FI_MONSTER),
    # ============================================================ Polish
    (event("Rozmowa rekrutacyjna – Specjalista ds. płac – Wisłopol S.A.",
           organizer=org("rekrutacja@wislopol.pl", "Wisłopol Rekrutacja"),
           guests=[guest("rekrutacja@wislopol.pl", "Wisłopol Rekrutacja"),
                   guest("k.zielinska@wislopol.pl", "Katarzyna Zielińska"),
                   room("c_5f31aa@resource.calendar.google.com", "WSP-3p-Sala Wisła (6)")],
           description="Dzień dobry, zapraszamy na spotkanie z kierowniczką działu kadr i płac, Katarzyną "
                       "Zielińską. Spotkanie potrwa ok. 45 minut. Prosimy o zabranie dokumentu tożsamości.",
           location="Wisłopol S.A., ul. Nadwiślańska 18, Kraków",
           **at("2027-01-20", "11:00", 45, *WAW)),
     yes(["Wisłopol", "Wisłopol S.A.", "Wislopol"], ["rekrutacja@wislopol.pl", "k.zielinska@wislopol.pl"]),
     "pl", PL_CYREK),
    # an agency consultant and the client's hiring manager; company = client
    (event("Etap 2: rozmowa z Hiring Managerem – Junior Data Analyst (klient: Bank Brzoza)",
           organizer=org("o.nowak@talentbridge.pl", "Oliwia Nowak"),
           guests=[guest("o.nowak@talentbridge.pl", "Oliwia Nowak"),
                   guest("t.lis@bankbrzoza.pl", "Tomasz Lis")],
           description="Pat, potwierdzam drugi etap. Po stronie klienta: Tomasz Lis, kierownik zespołu analiz. "
                       "Ja dołączę na pierwsze 5 minut." + MEET_PL,
           **at("2027-01-27", "15:00", 60, *WAW)),
     yes(["Bank Brzoza", "Bankbrzoza", "Brzoza"], ["o.nowak@talentbridge.pl", "t.lis@bankbrzoza.pl"]),
     "pl", PL_CYREK),
    # practising with an AI interview simulator: not an interview
    (event("Symulacja rozmowy kwalifikacyjnej z AI (pytania behawioralne)", organizer=SELF,
           description="Przećwiczyć 'opowiedz o sobie' i pytanie o porażkę. Nagrać odpowiedzi.",
           **at("2027-01-24", "19:00", 45, *WAW)),
     None, "pl", PL_KTOKOLWIEK),
    # the owner interviews a candidate: the hiring side
    (event("Rozmowa z kandydatką – Anna Wójcik (księgowa)", organizer=SELF,
           guests=[guest("anna.wojcik82@wp.pl", "Anna Wójcik"),
                   guest("m.kaczmarek@biurorachunkowe-kp.pl", "Marek Kaczmarek")],
           description="Przygotować pytania o doświadczenie z JPK. Marek dołącza jako drugi oceniający.",
           location="Biuro, ul. Długa 5, Gdańsk",
           **at("2027-02-02", "10:00", 45, *WAW)),
     None, "pl", PL_WYWIAD),
    # ============================================================ Hungarian
    (event("Állásinterjú – Pénzügyi asszisztens – Tiszavirág Kft.",
           organizer=org("hr@tiszaviragkft.hu", "Tiszavirág Kft. HR"),
           guests=[guest("kovacs.eva@tiszaviragkft.hu", "Kovács Éva")],
           description="Kedves Pat! Az interjút Kovács Éva ügyvezető vezeti. Kérjük, érkezzen pontosan; a "
                       "portán jelentkezzen.",
           location="Tiszavirág Kft., Szeged, Kossuth Lajos sgt. 20.",
           **at("2027-01-18", "09:00", 60, *BUD)),
     yes(["Tiszavirág Kft.", "Tiszavirág", "Tiszaviragkft"], ["hr@tiszaviragkft.hu", "kovacs.eva@tiszaviragkft.hu"]),
     "hu", HU_MAGYARJELEN),
    # an online interview, partly in English; the link should be tried beforehand
    (event("Online interjú (Teams) – Logisztikai koordinátor",
           organizer=org("deme.renata@dunakanyarlog.hu", "Deme Renáta"),
           guests=[guest("deme.renata@dunakanyarlog.hu", "Deme Renáta"),
                   guest("szabo.peter@dunakanyarlog.hu", "Szabó Péter")],
           description="Kérjük, előtte próbálja ki a linket. Az interjú második fele angol nyelvű lesz. "
                       "Résztvevők: Deme Renáta (toborzó), Szabó Péter (raktárvezető)." + TEAMS,
           **at("2027-01-28", "14:00", 60, *BUD)),
     yes(["Dunakanyar Logisztika", "Dunakanyarlog", "Dunakanyar"],
         ["deme.renata@dunakanyarlog.hu", "szabo.peter@dunakanyarlog.hu"]), "hu", HU_LIFE),
    # the owner staffs the company stand at a hiring day: not their interview
    (event("Hiring day – standolás a cég pultjánál (Millenáris)",
           organizer=org("employer.branding@dunakanyarlog.hu", "Employer Branding"),
           guests=[guest("employer.branding@dunakanyarlog.hu", "Employer Branding")],
           description="Beosztás: délelőtt te és Gergő vagytok a pultnál, szórólapok és QR-kód a "
                       "jelentkezéshez.",
           location="Millenáris, Budapest",
           **at("2027-02-10", "09:00", 240, *BUD)),
     None, "hu", HU_PENZCENTRUM),
    # ============================================================ Turkish
    (event("İş Görüşmesi – Muhasebe Uzmanı – Karadeniz Gıda A.Ş.",
           organizer=org("ik@karadenizgida.com.tr", "Karadeniz Gıda İK"),
           guests=[guest("ik@karadenizgida.com.tr", "Karadeniz Gıda İK"),
                   guest("s.yildiz@karadenizgida.com.tr", "Selin Yıldız")],
           description="Merhaba Pat, görüşmemiz finans müdürümüz Selin Yıldız ile yapılacaktır. Lütfen "
                       "kimliğinizi ve diplomanızın fotokopisini getiriniz.",
           location="Karadeniz Gıda A.Ş., Trabzon",
           **at("2027-01-22", "10:30", 60, *IST)),
     yes(["Karadeniz Gıda", "Karadeniz Gıda A.Ş.", "Karadenizgida"],
         ["ik@karadenizgida.com.tr", "s.yildiz@karadenizgida.com.tr"]), "tr", TR_MYK),
    # a second interview with the regional manager, typed by the candidate
    (event("2. mülakat – Bölge Müdürü Kaan Aydın (Anadolu Lojistik)", organizer=SELF,
           description="Teknik sorular olabilir. Adres: Anadolu Lojistik, Gebze OSB. Görüşme sonrası İK ile "
                       "maaş konuşulacak.",
           location="Gebze OSB, Kocaeli",
           **at("2027-02-04", "15:00", 60, *IST)),
     yes(["Anadolu Lojistik"], ["Kaan Aydın"]), "tr", TR_MYK),
    # preparing for interviews: a chore, not an interview
    (event("Mülakat hazırlığı – sık sorulan soruları çalış", organizer=SELF,
           description="Güçlü/zayıf yönler, neden bu şirket, beş yıl sonra kendimi nerede görüyorum.",
           **at("2027-01-21", "20:00", 60, *IST)),
     None, "tr", TR_MYK),
    # ============================================================ Greek
    (event("Συνέντευξη εργασίας – Λογιστής – Αιγαίον Ναυτιλιακή",
           organizer=org("hr@aigaionnav.gr", "Αιγαίον Ναυτιλιακή – HR"),
           guests=[guest("hr@aigaionnav.gr", "Αιγαίον Ναυτιλιακή – HR"),
                   guest("n.georgiou@aigaionnav.gr", "Νίκος Γεωργίου")],
           description="Η συνέντευξη θα γίνει με τον οικονομικό διευθυντή κ. Νίκο Γεωργίου. Παρακαλούμε να "
                       "φτάσετε 10 λεπτά νωρίτερα.",
           location="Ακτή Μιαούλη 41, Πειραιάς",
           **at("2027-01-25", "11:00", 45, *ATH)),
     yes(["Αιγαίον Ναυτιλιακή", "Aigaion", "Aigaionnav"], ["hr@aigaionnav.gr", "n.georgiou@aigaionnav.gr"]),
     "el", EL_EUROPROODOS),
    # a second interview typed by the candidate, the interviewer named
    (event("Δεύτερη συνέντευξη – Πωλήσεις (Όλυμπος Τρόφιμα)", organizer=SELF,
           description="Με τον κ. Γιώργο Παπαδόπουλο, διευθυντή πωλήσεων. Να έχω έτοιμα παραδείγματα από την "
                       "προηγούμενη δουλειά.",
           location="Όλυμπος Τρόφιμα, Θεσσαλονίκη",
           **at("2027-02-08", "12:00", 60, *ATH)),
     yes(["Όλυμπος Τρόφιμα", "Olympos"], ["Γιώργος Παπαδόπουλος"]), "el", EL_MARIGEORGIA),
    # the owner is interviewed on the radio about their book: press
    (event("Συνέντευξη στο ραδιόφωνο – εκπομπή «Πρωινό Καφέ» (για το βιβλίο μου)",
           organizer=org("paragogi@radiokymata.gr", "Ράδιο Κύματα – Παραγωγή"),
           guests=[guest("paragogi@radiokymata.gr", "Ράδιο Κύματα – Παραγωγή")],
           description="Ζωντανά, 12 λεπτά. Ο παρουσιαστής θα ρωτήσει για το βιβλίο και την παρουσίαση της "
                       "Παρασκευής.",
           **at("2027-02-12", "09:20", 20, *ATH)),
     None, "el", EL_JOBINTERVIEW),
    # ============================================================ Korean
    (event("[누리온소프트] 1차 면접 안내 - 백엔드 개발자 (Pat Lee)",
           organizer=org("recruit@nurionsoft.co.kr", "누리온소프트 채용팀"),
           guests=[guest("recruit@nurionsoft.co.kr", "누리온소프트 채용팀"),
                   guest("jh.kim@nurionsoft.co.kr", "김지훈"),
                   guest("sy.park@nurionsoft.co.kr", "박서연")],
           description="안녕하세요, 누리온소프트 채용팀입니다. 1차 면접은 실무진 면접으로 진행됩니다. 면접관: "
                       "김지훈(백엔드 리드), 박서연(시니어 엔지니어). 신분증을 지참해 주세요.",
           location="누리온소프트, 서울 성동구 성수이로 77, 8층",
           **at("2027-01-20", "14:00", 60, *SEL)),
     yes(["누리온소프트", "Nurionsoft", "Nurion Soft"],
         ["recruit@nurionsoft.co.kr", "jh.kim@nurionsoft.co.kr", "sy.park@nurionsoft.co.kr"]), "ko", KO_BRUNCH),
    # the final (executive) round; the guest list is hidden
    (event("[누리온소프트] 최종 면접 (임원 면접)",
           organizer=org("recruit@nurionsoft.co.kr", "누리온소프트 채용팀"),
           guestsCanSeeOtherGuests=False,
           description="최종 면접은 임원 면접으로 약 40분간 진행됩니다. 면접 30분 전까지 8층 라운지로 와 "
                       "주세요.",
           location="누리온소프트, 서울 성동구 성수이로 77, 8층",
           **at("2027-02-03", "10:00", 40, *SEL)),
     yes(["누리온소프트", "Nurionsoft", "Nurion Soft"], ["recruit@nurionsoft.co.kr"]), "ko", KO_BRUNCH),
    # the owner sits on the panel as an interviewer: the hiring side
    (event("[면접관 요청] 디자이너 포지션 면접 - 지원자 최민지",
           organizer=org("hr@hanbyeoldesign.co.kr", "한별디자인 인사팀"),
           guests=[guest("hr@hanbyeoldesign.co.kr", "한별디자인 인사팀"),
                   guest("dh.lee@hanbyeoldesign.co.kr", "이도현")],
           description="면접관으로 참석 부탁드립니다. 면접관 뷰에서 지원서를 미리 확인하고 평가를 작성해 "
                       "주세요. 지원자: 최민지.",
           **at("2027-01-27", "16:00", 45, *SEL)),
     None, "ko", KO_CHANNEL),
    # ============================================================ Indonesian
    (event("Interview User – Staff Marketing – PT Sinar Nusantara Abadi",
           organizer=org("hrd@sinarnusantara.co.id", "HRD PT Sinar Nusantara Abadi"),
           guests=[guest("hrd@sinarnusantara.co.id", "HRD PT Sinar Nusantara Abadi"),
                   guest("budi.santoso@sinarnusantara.co.id", "Budi Santoso")],
           description="Selamat, Anda lolos ke tahap interview user bersama Bapak Budi Santoso (Marketing "
                       "Manager). Mohon konfirmasi kehadiran via email ini.",
           location="Gedung Sinar, Jl. Gatot Subroto Kav. 12, Jakarta",
           **at("2027-01-19", "13:00", 60, *JKT)),
     yes(["PT Sinar Nusantara Abadi", "Sinar Nusantara Abadi", "Sinar Nusantara", "Sinarnusantara"],
         ["hrd@sinarnusantara.co.id", "budi.santoso@sinarnusantara.co.id"]), "id", ID_RAMBAY),
    # an interview moved at the candidate's request is still an interview
    (event("Jadwal ulang: Interview HRD – PT Bumi Kencana Lestari",
           organizer=org("rekrutmen@bumikencana.co.id", "Rekrutmen Bumi Kencana"),
           guests=[guest("rekrutmen@bumikencana.co.id", "Rekrutmen Bumi Kencana"),
                   guest("dewi.lestari@bumikencana.co.id", "Dewi Lestari")],
           description="Sesuai permintaan Anda, interview dipindahkan ke hari Kamis. Pewawancara: Ibu Dewi "
                       "Lestari (HR Business Partner)." + ZOOM,
           **at("2027-01-28", "10:00", 45, *JKT)),
     yes(["PT Bumi Kencana Lestari", "Bumi Kencana Lestari", "Bumi Kencana", "Bumikencana"],
         ["rekrutmen@bumikencana.co.id", "dewi.lestari@bumikencana.co.id"]), "id", ID_CERMATI),
    # replying to the invitation: a chore
    (event("Balas undangan interview PT Sinar Nusantara (WA + email)", organizer=SELF,
           description="Konfirmasi hadir, ucapkan terima kasih, tanyakan dokumen yang perlu dibawa.",
           **at("2027-01-15", "08:00", 15, *JKT)),
     None, "id", ID_RAMBAY),
    # ============================================================ Malay
    # a public-service commission interview, panel not named (nobody to thank by name)
    (event("Temu duga SPA – Penolong Pegawai Tadbir N29", organizer=SELF,
           description="Bawa semua sijil asal dan salinan, slip panggilan temu duga. Hadir 30 minit awal.",
           location="Suruhanjaya Perkhidmatan Awam, Presint 2, Putrajaya",
           **at("2027-02-02", "08:30", 60, *KUL)),
     yes(["Suruhanjaya Perkhidmatan Awam", "SPA"], []), "ms", MS_SPA),
    # a teaching-service interview slip forwarded into the calendar; the panel is not named either
    (event("Temu duga PPP DG41 – Pendidikan Islam (SPP)", organizer=SELF,
           description="Bilik Temu Duga 12, Aras 1. Pakai tanda nama. Susun dokumen ikut Senarai Semak Temu "
                       "Duga.",
           location="Suruhanjaya Perkhidmatan Pendidikan, Presint 1, Putrajaya",
           **at("2027-02-16", "08:00", 60, *KUL)),
     yes(["Suruhanjaya Perkhidmatan Pendidikan", "SPP"], []), "ms", MS_PENDIDIK),
    # a preparation workshop: not an interview
    (event("Bengkel persediaan temu duga (Pusat Kerjaya)",
           organizer=org("kerjaya@pusatkerjaya-uitm.example.my", "Pusat Kerjaya"),
           description="Jenis temu duga: bersemuka, telefon, video. Latihan soal jawab berkumpulan.",
           location="Dewan Seminar 2",
           **at("2027-01-23", "09:00", 180, *KUL)),
     None, "ms", MS_LULUS),
    # ============================================================ Hindi
    (event("इंटरव्यू – सहायक प्रबंधक (बिक्री) – गंगा मोटर्स प्रा. लि.",
           organizer=org("hr@gangamotors.in", "गंगा मोटर्स HR"),
           guests=[guest("hr@gangamotors.in", "गंगा मोटर्स HR"),
                   guest("amit.sharma@gangamotors.in", "अमित शर्मा")],
           description="नमस्ते Pat, आपका इंटरव्यू सेल्स हेड अमित शर्मा के साथ है। कृपया अपना बायोडाटा और "
                       "प्रमाणपत्र साथ लाएँ और 15 मिनट पहले पहुँचें।",
           location="गंगा मोटर्स, सेक्टर 18, नोएडा",
           **at("2027-01-21", "11:00", 45, *KOL)),
     yes(["गंगा मोटर्स", "Ganga Motors", "Gangamotors"], ["hr@gangamotors.in", "amit.sharma@gangamotors.in"]),
     "hi", HI_LIVEHALCHAL),
    # a phone interview typed by the candidate, HR caller named
    (event("टेलीफोनिक इंटरव्यू – नीलकंठ फार्मा (HR राहुल वर्मा कॉल करेंगे)", organizer=SELF,
           description="कंपनी के बारे में रिसर्च कर लो: प्रोडक्ट्स, हाल की खबरें। सवाल: अपने बारे में बताइए।",
           **at("2027-01-29", "16:00", 30, *KOL)),
     yes(["नीलकंठ फार्मा", "Neelkanth Pharma"], ["राहुल वर्मा"]), "hi", HI_NOKARI),
    # a mock interview with a relative: practice
    (event("मॉक इंटरव्यू – भैया के साथ (बैंक PO की तैयारी)", organizer=SELF,
           description="बॉडी लैंग्वेज और आत्मविश्वास पर ध्यान। फॉर्मल कपड़े पहनकर प्रैक्टिस।",
           **at("2027-01-24", "18:00", 60, *KOL)),
     None, "hi", HI_SARITA),
    # ============================================================ Arabic
    (event("مقابلة عمل – محاسب أول – شركة الرمال الذهبية للتجارة",
           organizer=org("hr@alrimal-trading.sa", "الموارد البشرية – الرمال الذهبية"),
           guests=[guest("hr@alrimal-trading.sa", "الموارد البشرية – الرمال الذهبية"),
                   guest("f.alqahtani@alrimal-trading.sa", "فهد القحطاني")],
           description="يسعدنا دعوتكم لمقابلة شخصية مع المدير المالي الأستاذ فهد القحطاني. نرجو إحضار نسخة من "
                       "السيرة الذاتية والهوية.",
           location="شركة الرمال الذهبية، طريق الملك فهد، الرياض",
           **at("2027-01-24", "10:00", 60, *RUH)),
     yes(["شركة الرمال الذهبية", "الرمال الذهبية", "Alrimal Trading", "Alrimal"],
         ["hr@alrimal-trading.sa", "f.alqahtani@alrimal-trading.sa"]), "ar", AR_ALMUHEET),
    # a remote interview over Teams
    (event("مقابلة عن بُعد – أخصائي موارد بشرية",
           organizer=org("careers@wahatalkhaleej.ae", "واحة الخليج – التوظيف"),
           guests=[guest("m.alhashimi@wahatalkhaleej.ae", "مريم الهاشمي")],
           description="المقابلة عبر Microsoft Teams مع مريم الهاشمي، مديرة الموارد البشرية. تأكد من جودة "
                       "الإنترنت والإضاءة والخلفية." + TEAMS,
           **at("2027-02-01", "11:00", 45, *DXB)),
     yes(["واحة الخليج", "Wahat Alkhaleej", "Wahatalkhaleej"],
         ["careers@wahatalkhaleej.ae", "m.alhashimi@wahatalkhaleej.ae"]), "ar", AR_TUWAIQ),
    # a TV interview of the owner: press
    (event("مقابلة تلفزيونية – برنامج «صباح الخير يا خليج»",
           organizer=org("producer@khaleejtv.example.ae", "فريق الإعداد"),
           guests=[guest("producer@khaleejtv.example.ae", "فريق الإعداد")],
           description="ضيف الحلقة للحديث عن ريادة الأعمال. الحضور إلى الاستوديو قبل البث بساعة للمكياج.",
           location="استوديو 3، مدينة دبي للإعلام",
           **at("2027-02-14", "07:30", 60, *DXB)),
     None, "ar", AR_TUWAIQ),
    # ============================================================ Hebrew
    (event("ראיון עבודה – מנהלת חשבונות – אופק מערכות בע\"מ",
           organizer=org("jobs@ofek-systems.co.il", "אופק מערכות – גיוס"),
           guests=[guest("jobs@ofek-systems.co.il", "אופק מערכות – גיוס"),
                   guest("yael.cohen@ofek-systems.co.il", "יעל כהן")],
           description="שלום Pat, הראיון יתקיים מול יעל כהן, סמנכ\"לית הכספים. משך משוער: 45 דקות.",
           location="אופק מערכות, רחוב הברזל 30, תל אביב",
           **at("2027-01-26", "09:30", 45, *JRS)),
     yes(["אופק מערכות", "Ofek Systems", "Ofek-systems"], ["jobs@ofek-systems.co.il", "yael.cohen@ofek-systems.co.il"]),
     "he", HE_MAKO),
    # a placement agency's second interview, client not named: company = agency
    (event("ראיון שני – חברת השמה (משרה אצל לקוח)",
           organizer=org("noa@hasama-plus.co.il", "נועה לוי"),
           guests=[guest("noa@hasama-plus.co.il", "נועה לוי")],
           description="נעבור על התשובות בשיטת STAR ועל ציפיות שכר. את שם הלקוח אמסור אם נתקדם.",
           **at("2027-02-07", "12:00", 30, *JRS)),
     yes(["השמה פלוס", "Hasama Plus", "Hasama-plus"], ["noa@hasama-plus.co.il"]), "he", HE_EVERYTHINGHR),
    # an interview-preparation course: not an interview
    (event("קורס הכנה לראיון עבודה – מפגש 2: המראיין", organizer=SELF,
           description="מי המראיין, מה הוא חושב עליי, איך להתמודד עם מראיין עוין.",
           location="מכון הכנה, רמת גן",
           **at("2027-01-31", "18:00", 120, *JRS)),
     None, "he", HE_DOCZZ),
    # ============================================================ Ukrainian
    (event("Скринінг з рекрутером – QA Engineer – Смарагд Софт",
           organizer=org("o.melnyk@smaragdsoft.ua", "Олена Мельник"),
           guests=[guest("o.melnyk@smaragdsoft.ua", "Олена Мельник")],
           description="Коротка розмова на 20–30 хвилин: досвід, очікування, формат роботи." + TEAMS_UK,
           **at("2027-01-18", "12:00", 30, *KYV)),
     yes(["Смарагд Софт", "Smaragdsoft", "Smaragd Soft"], ["o.melnyk@smaragdsoft.ua"]), "uk", UK_HURMA),
    (event("Технічна співбесіда з hiring manager – Смарагд Софт",
           organizer=org("o.melnyk@smaragdsoft.ua", "Олена Мельник"),
           guests=[guest("o.melnyk@smaragdsoft.ua", "Олена Мельник"),
                   guest("a.bondarenko@smaragdsoft.ua", "Андрій Бондаренко"),
                   guest("i.koval@smaragdsoft.ua", "Ірина Коваль", "declined")],
           description="Інтерв'юер: Андрій Бондаренко (QA Lead). Ірина не зможе долучитися." + TEAMS_UK,
           **at("2027-01-25", "15:00", 60, *KYV)),
     yes(["Смарагд Софт", "Smaragdsoft", "Smaragd Soft"], ["o.melnyk@smaragdsoft.ua", "a.bondarenko@smaragdsoft.ua"]),
     "uk", UK_HURMA),
    # a webinar about interviews: not an interview
    (event("Вебінар: Співбесіда без стресу – як мислять рекрутер і hiring manager",
           organizer=org("events@itschool-kyiv.example.ua", "IT School Events"),
           description="Практичний вебінар для тих, хто починає кар'єру. Запис буде на YouTube.",
           **at("2027-02-09", "19:00", 90, *KYV)),
     None, "uk", UK_BAZAIT),
    # ============================================================ Catalan
    (event("Entrevista de feina – Tècnic/a de comptabilitat – Olis del Montsant SCCL",
           organizer=org("seleccio@olismontsant.cat", "Olis del Montsant – Selecció"),
           guests=[guest("seleccio@olismontsant.cat", "Olis del Montsant – Selecció"),
                   guest("jordi.puig@olismontsant.cat", "Jordi Puig")],
           description="Benvolgut/da, us convoquem a una entrevista amb el gerent, Jordi Puig. Durada aproximada: "
                       "una hora.",
           location="Olis del Montsant, Carretera de Falset, Cornudella",
           **at("2027-01-22", "10:00", 60, *MAD)),
     yes(["Olis del Montsant", "Olis del Montsant SCCL", "Olismontsant"],
         ["seleccio@olismontsant.cat", "jordi.puig@olismontsant.cat"]), "ca", CA_SURIA),
    # a town hall's selection process: the interview before the selection board (tribunal)
    (event("Entrevista personal – procés selectiu Tècnic/a de gestió (borsa)", organizer=SELF,
           description="Tribunal: presidenta Montserrat Vila, vocals Pere Roca i Laia Ferrer. Portar DNI. "
                       "Fase d'entrevista després de la prova escrita.",
           location="Ajuntament de Vilanova del Camí, Sala de Plens",
           **at("2027-02-11", "09:30", 30, *MAD)),
     yes(["Ajuntament de Vilanova del Camí", "Vilanova del Camí"], ["Montserrat Vila", "Pere Roca", "Laia Ferrer"]),
     "ca", CA_LAGARRIGA),
    # a job-centre workshop on interviews
    (event("Taller: l'entrevista de feina (Servei d'Ocupació)",
           organizer=org("agencia@ocupacio-terresebre.example.cat", "Agència de Desenvolupament"),
           description="Objectius de l'entrevista, tipus (individual, col·lectiva, de xoc) i simulacions.",
           location="Agència de Desenvolupament, Tortosa",
           **at("2027-01-20", "10:00", 120, *MAD)),
     None, "ca", CA_TORTOSA),
    # ============================================================ Croatian
    (event("Razgovor za posao – Voditelj skladišta – Jadran Trgovina d.o.o.",
           organizer=org("zaposljavanje@jadrantrgovina.hr", "Jadran Trgovina – Zapošljavanje"),
           guests=[guest("zaposljavanje@jadrantrgovina.hr", "Jadran Trgovina – Zapošljavanje"),
                   guest("ivana.babic@jadrantrgovina.hr", "Ivana Babić")],
           description="Poštovani, pozivamo Vas na razgovor s direktoricom logistike Ivanom Babić. Ponesite "
                       "životopis i potvrdu o završenom školovanju.",
           location="Jadran Trgovina, Slavonska avenija 50, Zagreb",
           **at("2027-01-27", "09:00", 45, *ZAG)),
     yes(["Jadran Trgovina", "Jadran Trgovina d.o.o.", "Jadrantrgovina"],
         ["zaposljavanje@jadrantrgovina.hr", "ivana.babic@jadrantrgovina.hr"]), "hr", HR_MOJPOSAO),
    (event("Drugi krug – razgovor s upravom (Direktor prodaje)",
           organizer=org("marko.kovac@dalmacijavino.hr", "Marko Kovač"),
           guests=[guest("marko.kovac@dalmacijavino.hr", "Marko Kovač"),
                   guest("ana.matic@dalmacijavino.hr", "Ana Matić")],
           description="Drugi krug razgovora za poziciju direktora prodaje. Prisutni: Marko Kovač (predsjednik "
                       "uprave) i Ana Matić (HR).",
           location="Dalmacija Vino, Split",
           **at("2027-02-09", "13:00", 60, *ZAG)),
     yes(["Dalmacija Vino", "Dalmacijavino"], ["marko.kovac@dalmacijavino.hr", "ana.matic@dalmacijavino.hr"]),
     "hr", HR_MOJPOSAO_SAVJETI),
    # the owner is the employer interviewing a candidate
    (event("Razgovor s kandidatom – Ivan Horvat (skladištar)", organizer=SELF,
           guests=[guest("ivan.horvat.st@gmail.com", "Ivan Horvat")],
           description="Objasniti zahtjeve radnog mjesta i smjene. Pitati za viličarsku dozvolu.",
           location="Skladište, Sesvete",
           **at("2027-02-01", "11:00", 30, *ZAG)),
     None, "hr", HR_MOJPOSAO_SAVJETI),
    # ============================================================ Estonian
    (event("Tööintervjuu – Laojuht – Põhjarannik AS",
           organizer=org("varbamine@pohjarannik.ee", "Põhjarannik AS värbamine"),
           guests=[guest("varbamine@pohjarannik.ee", "Põhjarannik AS värbamine"),
                   guest("marko.tamm@pohjarannik.ee", "Marko Tamm")],
           description="Soovime Sind kutsuda tööintervjuule. Vestlust viivad läbi logistikajuht Marko Tamm ja "
                       "personalispetsialist Kadri Kask.",
           location="Põhjarannik AS, Peterburi tee 46, Tallinn",
           **at("2027-01-21", "10:00", 60, *TLL)),
     yes(["Põhjarannik AS", "Põhjarannik", "Pohjarannik"],
         ["varbamine@pohjarannik.ee", "marko.tamm@pohjarannik.ee", "Kadri Kask"]), "et", ET_BRANDEM),
    # a staffing firm interviewing for its own pool of workers: the staffing firm is the employer
    (event("Tööintervjuu – tootmistööline (renditöö) – Finvalt Tööjõurent",
           organizer=org("kerli.kadak@finvalt.ee", "Kerli Kadak"),
           guests=[guest("kerli.kadak@finvalt.ee", "Kerli Kadak")],
           description="Tule kohale õigeaegselt ja tea, millisesse ettevõttesse kandideerid. Vestlus kestab "
                       "ca 30 minutit.",
           location="Finvalt, Tartu mnt 25, Tallinn",
           **at("2027-01-29", "13:00", 30, *TLL)),
     yes(["Finvalt Tööjõurent", "Finvalt"], ["kerli.kadak@finvalt.ee"]), "et", ET_LE),
    # career counselling before interviews
    (event("Karjäärinõustamine – küsimused, mida intervjuul küsida", organizer=SELF,
           description="Nõustaja aitab harjutada vastust 'rääkige natuke endast'.",
           location="Töötukassa, Tallinn",
           **at("2027-01-18", "15:00", 45, *TLL)),
     None, "et", ET_CVAGENT),
    # ============================================================ Latvian
    (event("Darba intervija – Grāmatvedis – SIA Daugavkrasts",
           organizer=org("personals@daugavkrasts.lv", "SIA Daugavkrasts personāla daļa"),
           guests=[guest("personals@daugavkrasts.lv", "SIA Daugavkrasts personāla daļa"),
                   guest("ilze.berzina@daugavkrasts.lv", "Ilze Bērziņa")],
           description="Paldies par pieteikumu! Aicinām uz darba interviju ar galveno grāmatvedi Ilzi Bērziņu. "
                       "Intervijas laikā būs arī neliels praktisks uzdevums.",
           location="SIA Daugavkrasts, Krasta iela 68, Rīga",
           **at("2027-01-26", "11:00", 60, *RIX)),
     yes(["SIA Daugavkrasts", "Daugavkrasts"], ["personals@daugavkrasts.lv", "ilze.berzina@daugavkrasts.lv"]),
     "lv", LV_KID),
    # a phone interview by the recruitment specialist
    (event("Telefonintervija – personāla atlases speciāliste Līga Ozola (Baltijas Enerģija)",
           organizer=SELF,
           description="Līga zvanīs uz mobilo. Precizēt CV informāciju, algas gaidas.",
           **at("2027-02-05", "09:30", 20, *RIX)),
     yes(["Baltijas Enerģija"], ["Līga Ozola"]), "lv", LV_LVPORTALS),
    # an employment-agency seminar on preparing for interviews
    (event("NVA seminārs: Kā sagatavoties darba intervijai",
           organizer=org("seminari@nva-riga.example.lv", "NVA Rīgas filiāle"),
           description="Ģērbšanās, stāja, acu kontakts, žesti. Līdzi ņemt CV.",
           location="NVA, K. Valdemāra iela 38, Rīga",
           **at("2027-01-19", "13:00", 120, *RIX)),
     None, "lv", LV_NVA),
    # ============================================================ Lithuanian
    (event("Darbo pokalbis – Pardavimų konsultantas – UAB Gintarinė prekyba",
           organizer=org("atranka@gintarineprekyba.lt", "UAB Gintarinė prekyba – atranka"),
           guests=[guest("atranka@gintarineprekyba.lt", "UAB Gintarinė prekyba – atranka"),
                   guest("r.petrauskiene@gintarineprekyba.lt", "Rūta Petrauskienė")],
           description="Kviečiame į darbo pokalbį. Pokalbį ves salono vadovė Rūta Petrauskienė. Atvykite "
                       "vieni, be lydinčių asmenų.",
           location="Gintarinė prekyba, Gedimino pr. 9, Vilnius",
           **at("2027-01-25", "16:00", 40, *VNO)),
     yes(["UAB Gintarinė prekyba", "Gintarinė prekyba", "Gintarineprekyba"],
         ["atranka@gintarineprekyba.lt", "r.petrauskiene@gintarineprekyba.lt"]), "lt", LT_LRYTAS),
    (event("Antras pokalbis: Nemuno Vaistinė (su direktoriumi)", organizer=SELF,
           description="Direktorius Tomas Kazlauskas ir personalo vadovė Jurgita Žukauskienė. Pasiruošti "
                       "klausimams apie atlyginimą.",
           location="Nemuno Vaistinė, Laisvės al. 60, Kaunas",
           **at("2027-02-10", "10:00", 60, *VNO)),
     yes(["Nemuno Vaistinė"], ["Tomas Kazlauskas", "Jurgita Žukauskienė"]), "lt", LT_KARJERA),
    # the owner interviews an intern candidate for their team
    (event("Pokalbis su praktikos kandidatu – Jonas Vaitkus", organizer=SELF,
           guests=[guest("jonas.vaitkus@stud.vu.lt", "Jonas Vaitkus")],
           description="Pristatyti savo pareigas ir komandą; klausimai apie studijas ir karjeros siekius.",
           **at("2027-02-02", "14:00", 40, *VNO)),
     None, "lt", LT_PRAKTIKOS),
    # ============================================================ French
    (event("Entretien visio – Chargé(e) de recrutement – Groupe Vallauris",
           organizer=org("recrutement@groupe-vallauris.fr", "Groupe Vallauris – Recrutement"),
           guests=[guest("recrutement@groupe-vallauris.fr", "Groupe Vallauris – Recrutement"),
                   guest("c.morel@groupe-vallauris.fr", "Claire Morel")],
           description="Bonjour Pat, entretien en visioconférence avec Claire Morel, manager opérationnelle. "
                       "Merci de tester votre connexion avant." + TEAMS,
           **at("2027-01-20", "10:00", 45, *PAR)),
     yes(["Groupe Vallauris", "Vallauris", "Groupe-vallauris"],
         ["recrutement@groupe-vallauris.fr", "c.morel@groupe-vallauris.fr"]), "fr", FR_DIGITALR),
    # the annual review with the current manager: internal, not a job interview
    (event("Entretien annuel d'évaluation – Pat / Sophie",
           organizer=org("sophie.renard@atelier-lumen.fr", "Sophie Renard"),
           guests=[guest("sophie.renard@atelier-lumen.fr", "Sophie Renard")],
           description="Bilan de l'année, objectifs 2027, souhaits de formation.",
           location="Salle Verrière",
           **at("2027-01-28", "14:00", 60, *PAR)),
     None, "fr", FR_DIGITALR),
    # ============================================================ Japanese
    (event("【株式会社みなと精機】一次面接（オンライン）のご案内",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
                   guest("t.yamada@minato-seiki.co.jp", "山田 健")],
           description="Pat Lee様\nこの度はご応募いただきありがとうございます。一次面接はオンラインで実施します。"
                       "面接官：山田（生産技術部 部長）" + ZOOM_JA,
           **at("2027-01-22", "14:00", 45, *TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki", "Minato-seiki"],
         ["saiyo@minato-seiki.co.jp", "t.yamada@minato-seiki.co.jp"]), "ja", JA_DODA),
    # the company moves the second interview; still an interview
    (event("【面接日程変更】二次面接のご案内（株式会社みなと精機）",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
                   guest("k.suzuki@minato-seiki.co.jp", "鈴木 恵子")],
           description="誠に恐縮ながら、面接官の都合により二次面接の日程を変更させていただきます。"
                       "面接官：鈴木（取締役）。場所：本社3階 会議室B",
           location="株式会社みなと精機 本社, 横浜市港北区新横浜2-5-1",
           **at("2027-02-09", "10:00", 60, *TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki", "Minato-seiki"],
         ["saiyo@minato-seiki.co.jp", "k.suzuki@minato-seiki.co.jp"]), "ja", JA_VIVIT),
    # replying to the scheduling mail: a chore
    (event("面接日程調整メールに返信（候補日を2つ選ぶ）", organizer=SELF,
           description="件名はRe:のまま。希望日時を改めて明記する。",
           **at("2027-01-14", "08:30", 15, *TYO)),
     None, "ja", JA_CREX),
]
