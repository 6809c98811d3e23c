"""Blind batch 18 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b18.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for 28 February to 24 March 2028: European summer time not yet on, it starts on
the 26th; the United States and Canada on daylight time from 12 March, so every North American
case falls on or after the 13th; New South Wales, Victoria and New Zealand still on summer time;
Queensland, Western Australia, Brazil, Mexico, Jordan, Türkiye, Russia and the tropics without
summer time) and the conference texts pasted into descriptions.

Scored once, at the end of round 18, for docs/detection.md and the README; tuning data since round 19.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_MUSICJOB = "https://www.music-job.com/index.php?id=168"
DE_BRKLASSIK = ("https://www.br-klassik.de/aktuell/news-kritik/freie-stellen-orchester-bewerbung-probespiel-"
                "abgebrochen-100.html")
DE_TAKT1 = "https://www.takt1.de/content/richard-wagner-dirigiert-in-dresden-vor/"
DE_DLF = "https://deutschlandfunk.de/endlich-mal-erklaert-was-ist-ein-probespiel-100.html"
FR_LADEPECHE = ("http://www.ladepeche.fr/article/2016/09/25/2425904-tests-selection-pompiers-volontaires-ont-"
                "attire-74-candidats.html")
FR_SOISFOR = "http://soisfor.blogspot.com/2014/05/un-examen-dentree-pour-devenir-pompier.html"
FR_POMPIERACTU = "https://pompieractu.fr/criteres-selection-pour-integrer-centre-de-secours/"
FR_LYON2 = "http://theses.univ-lyon2.fr/documents/getpart.php?id=lyon2.2003.duportal_c&part=75683"
ES_JUANVAL = "https://www.juanvalflauta.com/es/que-supone-para-un-musico-hacer-una-prueba-de-orquesta"
ES_EDUPLANETA = "https://eduplanetamusical.es/tag/duro/"
ES_NICOLE = "https://nicolemartinmedina.com/audiciones-de-orquesta/"
ES_LAVOZ = "https://www.lavozdegalicia.es/noticia/coruna/2001/07/01/nerviosos-ma-non-troppo/0003_641256.htm"
IT_CHIANTI = ("https://www.gazzettinodelchianti.it/greve-in-chianti/castello-di-verrazzano-l8-marzo-job-day-"
              "ecco-chi-ce-stato-lanno-scorso-e-adesso-lavora-qui/")
IT_WINENEWS = "https://winenews.it/it/aaa-aspiranti-vendemmiatori-cercasi-la-franciacorta_301866"
IT_VENTONELVENTO = "https://ventonelvento.wordpress.com/2006/10/"
IT_FUTURA = ("https://futuraistruzione.it/2023/09/17/roma-colloquio-di-lavoro-ai-confini-della-realta-faccio-"
             "il-cameriere-ecco-cosa-mi-hanno-chiesto/")
PT_PITAGORAS = "https://blog.pitagoras.com.br/?p=2140"
PT_BOAINFO = "https://boainformacao.com.br/2020/10/tipos-comuns-de-entrevistas-de-emprego/"
SV_SECURITAS = "https://www.securitas.se/integritet/rekryteringstester/"
SV_2SECURE = ("https://www.mynewsdesk.com/se/2secure/pressreleases/saekerhetsproevningar-paa-riktigt-en-fraaga-"
              "om-trygghet-och-foertroende-3430980")
NO_SECURITAS = "https://www.securitas.no/jobb-og-utdanning/ansettelseskrav/sporsmal-og-svar/"
NL_KENAUPARK = "https://www.dierenkliniekkenaupark.nl/wanda-stage-de-dierenkliniek"
JA_GATEN = "https://gaten.info/career/mensetsu-junbi"
JA_HAPPYLIFE = "https://happylifestyle.com/13853"
JA_04510 = "https://04510.jp/app/m/fawp/a/Contents/oyakudachi/mensetsu/hitsuyou"
KO_HINTSHUB = "https://job-interviews.hintshub.com/2025/11/interview-day-time-management-transport.html?m=1"
KO_BLEU = ("https://bleu4078.tistory.com/category/%ED%86%A0%EB%AA%A9%EA%B5%AC%EC%A1%B0%EA%B8%B0%EC%88%A0%EC%82%AC/"
           "2.%20%EB%A9%B4%EC%A0%91%EC%8B%9C%ED%97%98")
ZH_WANCHENG = "http://wancheng.pzhl.net/index.php/exam/notice/?EXAMID=2290&doc_id=1043"
ZH_YUEYANG = "http://m.yueyangzc.cn/n164455c1502.aspx"
ZH_PIXNET = "https://brina95.pixnet.net/blog/post/93391452"
TR_CENGIZPAK = "http://cengizpak.com.tr/tag/is-arama"
RU_CVATOR = "https://cvator.ru/sobesedovanie/nachalnik_okhrany"
RU_HRMAXIM = "http://hr-maxim.ru/rabota-v-oxrane/"
RU_GETJOB = "http://getjob-agency.ru/avtor-voprosa-odobril-etot-otvet"
RU_DZEN = "https://dzen.ru/a/Xhe4LT0AiACv4qhY"
HI_SAMPOORN = ("https://sampoornbihar.com/bpsc-exams-2020-interview-of-bpsc-64th-combined-competitive-examination-"
               "begins-from-december1")
HI_AAJTAK = "https://aajtak.in/education/story/no-paper-call-letters-for-interview-upsc-to-aspirants-362394-2016-02-28"
BN_AAJBIKEL = "https://aajbikel.com/?p=40824"
AR_CNN = "https://arabic.cnn.com/business/article/2018/07/24/types-of-job-interviews-middle-east"
AR_MAWHIBA = "https://mawhiba-rabit.com/page/16"
AR_FACTS = "https://ar.facts-news.org/taaryf-mkabl-alaaml"
TH_MONEYHUB = "https://moneyhub.in.th/article/ready-for-job-interview"
TH_PROSOFT = "https://prosofthcm.com/Article/Detail/16265/4-วิธีปฏิบัติตัวในวันสัมภาษณ์งาน"
TH_JOBSGO = "https://www.jobsgo.asia/prepare-for-the-interview/"
TH_TESTTHAI = "http://testthai1.com/read.php?fpage=1&page=e&tid=3468"

# Offsets for 28 February to 24 March 2028 (North American cases only from 13 March, after the
# switch to daylight time on the 12th; European cases before the switch on the 26th).
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
CHI_ST = ("-06:00", "America/Chicago")  # before the switch to daylight time on 12 March
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
HFX = ("-03:00", "America/Halifax")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
MEL = ("+11:00", "Australia/Melbourne")
BNE = ("+10:00", "Australia/Brisbane")
PER = ("+08:00", "Australia/Perth")
AKL = ("+13:00", "Pacific/Auckland")
JNB = ("+02:00", "Africa/Johannesburg")
KOL = ("+05:30", "Asia/Kolkata")
MNL = ("+08:00", "Asia/Manila")
SIN = ("+08:00", "Asia/Singapore")
NBO = ("+03:00", "Africa/Nairobi")
LOS = ("+01:00", "Africa/Lagos")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
PAR = ("+01:00", "Europe/Paris")
MAD = ("+01:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
ROM = ("+01:00", "Europe/Rome")
SAO = ("-03:00", "America/Sao_Paulo")
STO = ("+01:00", "Europe/Stockholm")
OSL = ("+01:00", "Europe/Oslo")
AMS = ("+01:00", "Europe/Amsterdam")
TYO = ("+09:00", "Asia/Tokyo")
SEL = ("+09:00", "Asia/Seoul")
SHA = ("+08:00", "Asia/Shanghai")
TPE = ("+08:00", "Asia/Taipei")
IST = ("+03:00", "Europe/Istanbul")
MOW = ("+03:00", "Europe/Moscow")
DAC = ("+06:00", "Asia/Dhaka")
RUH = ("+03:00", "Asia/Riyadh")
AMM = ("+03:00", "Asia/Amman")
BKK = ("+07:00", "Asia/Bangkok")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 331 906 572 18\nPasscode: Zp4Wq2\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84410273356?pwd=Tb8k\nMeeting ID: 844 1027 3356\nPasscode: 771204"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/rbk-wqzo-tfe\nOr dial: (US) +1 929-205-6617 PIN: 603 118 442#"
WEBEX = "\n\nJoin Webex meeting: https://meetings.webex.com/join/panel-room-7\nMeeting number: 2663 118 0457"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, eine mobile App oder ein Raumgerät teilnehmen\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 352 884 190 27\nPasscode: Hk3vNm\n"
            "________________________________________________________________________________")
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/hty-cwpa-nux"
ZOOM_JA = ("\n\nZoomミーティングに参加する\nhttps://us05web.zoom.us/j/83105566219?pwd=Qe7r\n"
           "ミーティングID: 831 0556 6219\nパスコード: 402917")
TEAMS_SV = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-möte\nAnslut på datorn, mobilappen eller rumsenheten\n"
            "Klicka här för att ansluta till mötet\nMötes-ID: 394 201 776 05\nLösenord: Vb9xKe\n"
            "________________________________________________________________________________")
MEET_TH = "\n\nเข้าร่วมด้วย Google Meet: https://meet.google.com/kqe-nmrv-sjd"


INTL18: list[Case] = [
    # ============================================================ German (Germany, Austria): orchestras
    # music-job: an invitation to an orchestra audition (Probespiel), first round behind a curtain with piano,
    # from the orchestra office that runs it
    (event("Einladung zum Probespiel – Tutti-Viola (Vorspiel 1. Runde)",
           organizer=org("orchesterbuero@philharmonie-wesertal.de", "Orchesterbüro Philharmonie Wesertal"),
           guestsCanSeeOtherGuests=False,
           description="Sehr geehrte Frau Lee,\nwir freuen uns, Sie zum Probespiel einzuladen. 1. Runde: 1. Satz "
                       "eines Konzerts von Stamitz oder Hoffmeister mit Klavier, hinter dem Vorhang. Die "
                       "Orchesterstellen werden vor Ort ausgehängt. Ein Korrepetitor steht zur Verfügung; bitte "
                       "15 Minuten vor Ihrer Einspielzeit im Künstlereingang melden.\nMit freundlichen Grüßen\n"
                       "Ihr Orchesterbüro",
           location="Stadthalle Hameln, Probensaal, Künstlereingang Sedanstraße",
           **at("2028-03-08", "10:20", 40, *BER)),
     yes(["Philharmonie Wesertal", "Wesertal", "Philharmonie-wesertal"], ["orchesterbuero@philharmonie-wesertal.de"]),
     "de", DE_MUSICJOB),
    # br-klassik: the candidate's own entry for an audition for second violins (hundreds applied; the audition may be
    # abandoned after round one)
    (event("PROBESPIEL 2. Violine Tutti – Staatsorchester Nordheide – Runde 1 (Mozart G-Dur, 1. Satz)", organizer=SELF,
           description="Einspielen ab 9:00. Stellen: Don Juan, Mendelssohn Sommernachtstraum Scherzo. Nachweis "
                       "Reisekosten wird NICHT erstattet. Kopien Noten für Korrepetition mitnehmen.",
           location="Staatstheater Nordheide, Orchesterprobensaal", **at("2028-03-14", "09:30", 240, *BER)),
     yes(["Staatsorchester Nordheide", "Nordheide"], []), "de", DE_BRKLASSIK),
    # takt1: a conductor's audition (Vordirigat): a short rehearsal then a repertoire performance before the selection
    # committee of an Austrian regional theatre, invited by the artistic office (the orchestra board's group mailbox
    # is left out, as group addresses are)
    (event("Vordirigat 2. Kapellmeister/in – Probe + Repertoirevorstellung „Die Zauberflöte“",
           organizer=org("kbb@landestheater-traunstein.at", "Künstlerisches Betriebsbüro LTT"),
           guests=[guest("kbb@landestheater-traunstein.at", "Künstlerisches Betriebsbüro LTT"),
                   guest("h.pichler@landestheater-traunstein.at", "Hannes Pichler"),
                   guest("orchestervorstand@landestheater-traunstein.at", "Orchestervorstand", "needsAction")],
           description="Ablauf: 14:00 Orchesterprobe (45 Min.), 19:30 Vorstellung. Anschließend Gespräch mit der "
                       "Auswahlkommission (Intendanz, Chefdirigent Hannes Pichler, Orchestervorstand). Partitur liegt "
                       "am Pult.",
           location="Landestheater, Theaterplatz 1, Gmunden", **at("2028-03-02", "14:00", 480, *VIE)),
     yes(["Landestheater Traunstein", "LTT", "Landestheater-traunstein"],
         ["kbb@landestheater-traunstein.at", "h.pichler@landestheater-traunstein.at"]), "de", DE_TAKT1),
    # deutschlandfunk: a course that prepares students for orchestral excerpts (course, no)
    (event("Orchesterstellen-Kurs Bratsche (Hochschule, Raum 2.14)", organizer=SELF,
           description="Don Juan, Brahms 2, Mendelssohn. Probespielsimulation am Ende.",
           location="Musikhochschule, Raum 2.14", **at("2028-03-04", "10:00", 300, *BER)),
     None, "de", DE_DLF),
    # br-klassik: the owner, a member of the orchestra board, sits on an audition jury (hiring side, no)
    (event("Probespiel Solo-Horn – Jury (Orchestervorstand)",
           organizer=org("orchesterbuero@philharmonie-wesertal.de", "Orchesterbüro Philharmonie Wesertal"),
           guests=[guest("m.kessler@philharmonie-wesertal.de", "Marion Keßler"),
                   room("c_3fe021aa@resource.calendar.google.com", "Probensaal (60)")],
           description="Bitte Wertungsbögen mitbringen. 28 Bewerbungen, 9 eingeladen.",
           **at("2028-03-21", "09:00", 420, *BER)),
     None, "de", DE_BRKLASSIK),
    # music-job: a session with a performance coach before auditions (coaching, no)
    (event("Mentaltraining vor dem Probespiel – Sitzung 3", organizer=org("praxis@buehnenruhe-coaching.de",
                                                                          "Bühnenruhe Coaching"),
           description="Atmung, Routine vor dem Vorhang, Visualisierung.", location="Praxis, Lindenstr. 8, Bremen",
           **at("2028-03-06", "17:00", 60, *BER)),
     None, "de", DE_MUSICJOB),
    # ============================================================ French (France): volunteer firefighters
    # ladepeche: the selection tests for volunteer firefighters (swimming at 7:45, fitness at the fire station, a short
    # dictation and sums), from the department's volunteering office; a Saturday
    # Decision: volunteer firefighters are engaged through a selection with indemnities; the tests are the service's
    # own hiring step (yes)
    (event("Convocation – tests de sélection sapeurs-pompiers volontaires (natation, physique, écrit)",
           organizer=org("volontariat@sdis82.fr", "SDIS 82 – Service volontariat"),
           description="Madame, Monsieur,\nVous êtes convoqué(e) aux tests de sélection SPV. 7h45 : épreuve de "
                       "natation à la piscine Ingréo. Puis caserne de l'Égalité : test cardio-respiratoire, souplesse, "
                       "gainage, grande échelle. Écrit : dictée courte et calcul. Tenue de sport, maillot, pièce "
                       "d'identité. Les résultats seront transmis aux chefs de centre.",
           location="Piscine Ingréo, Montauban", **at("2028-03-11", "07:45", 420, *PAR)),
     yes(["SDIS 82", "SDIS de Tarn-et-Garonne", "Sdis82"], ["volontariat@sdis82.fr"]), "fr", FR_LADEPECHE),
    # soisfor: the interview with the head of the fire station and the officer in charge of volunteers (own entry)
    (event("Entretien SPV – chef de centre (Lt Bruno Delattre) + resp. volontaires", organizer=SELF,
           description="Motivation, disponibilités en journée, astreintes. Apporter attestation employeur.",
           location="Centre d'incendie et de secours, rue du Général-Leclerc, Seclin",
           **at("2028-03-16", "18:30", 45, *PAR)),
     yes(["SDIS du Nord", "SDIS 59", "CIS Seclin"], ["Bruno Delattre"]), "fr", FR_SOISFOR),
    # pompieractu: the medical fitness check after selection (medical, no)
    (event("Visite médicale d'aptitude SPV (médecin SSSM)", organizer=org("sssm@sdis82.fr", "SSSM SDIS 82"),
           description="À jeun. Carnet de vaccination. Test de vision et audiogramme.",
           location="Centre de santé SDIS, Montauban", **at("2028-03-23", "08:00", 90, *PAR)),
     None, "fr", FR_POMPIERACTU),
    # univ-lyon2: the oral of a national competitive exam whose winners go on an aptitude list and must then find a
    # post themselves (Decision: an exam that grants eligibility, not a post, is not a hiring step; no)
    (event("Concours caporal SPP – oral d'entretien avec le jury (15 min)",
           organizer=org("concours@cdg-occitanie-concours.fr", "Service concours"),
           description="Convocation. 5 min de présentation puis 10 min d'échange. Inscription sur liste d'aptitude "
                       "valable deux ans en cas d'admission.",
           location="Centre d'examens, Toulouse", **at("2028-03-09", "14:15", 15, *PAR)),
     None, "fr", FR_LYON2),
    # ============================================================ Spanish (Spain, Mexico): orchestras
    # juanvalflauta: the invitation to an orchestra audition after the application was accepted (first phase behind a
    # screen), from the orchestra's auditions mailbox
    (event("Invitación audición – Trompa solista – 1.ª fase (tras parabán)",
           organizer=org("audiciones@sinfonicadelturia.es", "Audiciones OST"),
           guests=[guest("audiciones@sinfonicadelturia.es", "Audiciones OST")],
           description="Estimado/a candidato/a:\nNos complace invitarle a la audición. Primera fase: Mozart, Concierto "
                       "n.º 4, 1.er mov. (con piano) tras parabán. Los pasajes orquestales se publicarán en el tablón. "
                       "La orquesta no cubre desplazamientos.",
           location="Palau de la Música, Sala de ensayo, Valencia", **at("2028-03-07", "09:40", 30, *MAD)),
     yes(["Orquesta Sinfónica del Turia", "OST", "Sinfonicadelturia"], ["audiciones@sinfonicadelturia.es"]),
     "es", ES_JUANVAL),
    # eduplanetamusical: the candidate's own entry for the afternoon final round without a screen, jury chaired by the
    # principal conductor
    (event("Audición OST – FINAL (sin parabán) – tribunal: Ramón Gil + solistas de la sección", organizer=SELF,
           description="Strauss 1, pasajes: Shostakovich 5, Brahms 1. Llevar copias para el repetidor.",
           location="Palau de la Música, Valencia", **at("2028-03-07", "16:30", 60, *MAD)),
     yes(["Orquesta Sinfónica del Turia", "OST"], ["Ramón Gil"]), "es", ES_EDUPLANETA),
    # lavozdegalicia: an audition to enter a youth orchestra's training year (admission, no)
    (event("Pruebas de acceso – Orquesta Joven de Galicia (trompa)", organizer=SELF,
           description="Sala de cámara del Palacio de Congresos. Curso formativo 2028-29.",
           location="Palacio de Congresos, A Coruña", **at("2028-03-04", "11:00", 30, *MAD)),
     None, "es", ES_LAVOZ),
    # juanvalflauta: a rehearsal with a hired accompanist before the audition (preparation, no)
    (event("Ensayo con pianista acompañante – concierto Mozart", organizer=SELF,
           guests=[guest("lucia.pianista@gmail.com", "Lucía Ferrer")], location="Conservatorio, aula 12",
           **at("2028-03-05", "18:00", 90, *MAD)),
     None, "es", ES_JUANVAL),
    # nicolemartinmedina: a city chamber orchestra's live audition after a video pre-selection, in Mexico City
    (event("Audición en vivo – Violonchelo fila – Orquesta de Cámara de la Ciudad (tras preselección en video)",
           organizer=org("personal.artistico@camaraciudad.org.mx", "Coordinación de Personal Artístico"),
           guests=[guest("personal.artistico@camaraciudad.org.mx", "Coordinación de Personal Artístico"),
                   guest("director.musical@camaraciudad.org.mx", "Dirección Musical", "tentative")],
           description="Felicidades por pasar la preselección en video. Ronda única: Haydn Do mayor (exposición) y "
                       "pasajes. Traer identificación oficial.",
           location="Sala Silvestre, Centro Histórico, CDMX", **at("2028-03-15", "11:00", 30, *MEX)),
     yes(["Orquesta de Cámara de la Ciudad", "Camaraciudad"],
         ["personal.artistico@camaraciudad.org.mx", "director.musical@camaraciudad.org.mx"]), "es", ES_NICOLE),
    # ============================================================ Italian (Italy): wine estates and restaurants
    # gazzettinodelchianti: a wine estate's job day: candidates meet the owner directly and put themselves forward for
    # hospitality, cellar, vineyard and garden roles (open interviews, yes)
    (event("Job Day – Castello di Montecorbo (colloqui con la proprietà)",
           organizer=org("lavora@castellodimontecorbo.it", "Castello di Montecorbo – Lavora con noi"),
           description="Gentile candidata, la aspettiamo al Job Day: colloquio diretto con il proprietario Luigi "
                       "Ferrante per i ruoli di accoglienza, cantina, vigna e giardino. Portare il CV.",
           location="Castello di Montecorbo, Greve in Chianti (FI)", **at("2028-03-08", "10:00", 60, *ROM)),
     yes(["Castello di Montecorbo", "Montecorbo", "Castellodimontecorbo"], ["lavora@castellodimontecorbo.it",
                                                                            "Luigi Ferrante"]), "it", IT_CHIANTI),
    # winenews: a staffing agency's interview for seasonal harvest work for wineries it does not name (the agency is
    # the company)
    (event("Colloquio selezione vendemmiatori 2028 – filiale Rovato",
           organizer=org("rovato@stagionilavoro.it", "Stagioni Lavoro – Filiale di Rovato"),
           guests=[guest("rovato@stagionilavoro.it", "Stagioni Lavoro – Filiale di Rovato"),
                   guest("c.bonetti@stagionilavoro.it", "Chiara Bonetti")],
           description="Colloquio conoscitivo per la raccolta manuale presso aziende vinicole della zona. Documento e "
                       "codice fiscale.",
           location="Via Bonomelli 14, Rovato (BS)", **at("2028-03-13", "15:00", 30, *ROM)),
     yes(["Stagioni Lavoro", "Stagionilavoro"], ["rovato@stagionilavoro.it", "c.bonetti@stagionilavoro.it"]),
     "it", IT_WINENEWS),
    # ventonelvento: a bank's first interview (fill in a personal-data form, then a talk with the examiner)
    (event("Colloquio di selezione – Banca Valpadana (area commerciale)",
           organizer=org("selezione@bancavalpadana.it", "Selezione del Personale"),
           guests=[guest("selezione@bancavalpadana.it", "Selezione del Personale"),
                   guest("elena.rizzi@bancavalpadana.it", "Elena Rizzi")],
           description="Si prega di arrivare 15 minuti prima per compilare la scheda anagrafica. Durata circa un'ora.",
           location="Sede centrale, Corso Garibaldi 40, Cremona", **at("2028-03-20", "09:30", 60, *ROM)),
     yes(["Banca Valpadana", "Bancavalpadana"], ["selezione@bancavalpadana.it", "elena.rizzi@bancavalpadana.it"]),
     "it", IT_VENTONELVENTO),
    # futuraistruzione: the candidate's own note for a waiter's interview at a Rome trattoria with the owner
    (event("Colloquio cameriere – Trattoria Er Gabbiano (chiedere di Sandro)", organizer=SELF,
           description="Portare CV stampato. Forse prova in sala a pranzo.", location="Via dei Volsci 21, Roma",
           **at("2028-03-14", "11:00", 45, *ROM)),
     yes(["Trattoria Er Gabbiano", "Er Gabbiano"], ["Sandro"]), "it", IT_FUTURA),
    # gazzettinodelchianti: a tasting at a wine estate with friends (leisure, no)
    (event("Degustazione in cantina con Marta e Paolo", organizer=SELF,
           guests=[guest("marta.v@gmail.com", "Marta"), guest("paolo.g@libero.it", "Paolo")],
           location="Castello di Montecorbo, Greve in Chianti", **at("2028-03-18", "16:00", 120, *ROM)),
     None, "it", IT_CHIANTI),
    # ============================================================ Portuguese (Brazil)
    # pitagoras: a group dynamic with individual presentations and a group activity, then interviews, for a security
    # company's guard vacancies
    (event("Processo seletivo – Vigilante – dinâmica de grupo + entrevista",
           organizer=org("rh@vigiasul.com.br", "RH Vigia Sul Segurança"),
           description="Olá! Você foi selecionado(a) para a dinâmica. Etapas: apresentação individual, atividade em "
                       "grupo e entrevista com a supervisora Cláudia Reis. Trazer CNV e certificado do curso de "
                       "formação de vigilante.",
           location="Rua Voluntários da Pátria 980, Porto Alegre", **at("2028-03-09", "08:30", 240, *SAO)),
     yes(["Vigia Sul Segurança", "Vigia Sul", "Vigiasul"], ["rh@vigiasul.com.br", "Cláudia Reis"]),
     "pt", PT_PITAGORAS),
    # boainformacao: a technical interview with the area manager by video
    (event("Entrevista técnica – Analista de Manutenção – Usina Serra Alta",
           organizer=org("talentos@usinaserraalta.com.br", "Talentos Serra Alta"),
           guests=[guest("talentos@usinaserraalta.com.br", "Talentos Serra Alta"),
                   guest("rodrigo.melo@usinaserraalta.com.br", "Rodrigo Melo")],
           description="Entrevista técnica com o gestor da área (estudo de caso sobre manutenção preventiva)." + MEET_PT,
           **at("2028-03-16", "14:00", 60, *SAO)),
     yes(["Usina Serra Alta", "Serra Alta", "Usinaserraalta"],
         ["talentos@usinaserraalta.com.br", "rodrigo.melo@usinaserraalta.com.br"]), "pt", PT_BOAINFO),
    # boainformacao: the owner, in HR, runs behavioural interviews for reception candidates (hiring side, no)
    (event("Aplicar entrevistas comportamentais – vaga recepção (3 candidatas)", organizer=SELF,
           guests=[guest("fernanda.lima@clinicavidaplena.com.br", "Fernanda Lima")],
           location="Sala de reuniões 2", **at("2028-03-21", "09:00", 180, *SAO)),
     None, "pt", PT_BOAINFO),
    # ============================================================ Swedish (Sweden): security guards
    # securitas.se: the online recruitment tests sent by link before any interview; the candidate blocked time
    # (the employer's own tests, nobody to thank)
    (event("Rekryteringstester väktare – Trygghetsbolaget (länk i mejlet, ca 60 min)", organizer=SELF,
           description="Personlighetstest + logik. Gör klart snarast. Lugn miljö, dator.",
           **at("2028-03-01", "19:00", 60, *STO)),
     yes(["Trygghetsbolaget", "Trygghetsbolaget Sverige"], []), "sv", SV_SECURITAS),
    # securitas.se: the interview after passed tests, from the recruiting team, by Teams
    (event("Intervju – Väktare Göteborg – Trygghetsbolaget",
           organizer=org("rekrytering@trygghetsbolaget.se", "Rekrytering Trygghetsbolaget"),
           guests=[guest("rekrytering@trygghetsbolaget.se", "Rekrytering Trygghetsbolaget"),
                   guest("jonas.ek@trygghetsbolaget.se", "Jonas Ek")],
           description="Hej Pat! Grattis, dina testresultat motsvarar kraven. Välkommen på intervju med "
                       "driftledare Jonas Ek. Ha två referenser redo." + TEAMS_SV,
           **at("2028-03-07", "10:00", 45, *STO)),
     yes(["Trygghetsbolaget", "Trygghetsbolaget Sverige"], ["rekrytering@trygghetsbolaget.se",
                                                            "jonas.ek@trygghetsbolaget.se"]), "sv", SV_SECURITAS),
    # 2secure: a security-vetting interview run by a vetting firm for a protected post (vetting, no)
    (event("Säkerhetsprövningsintervju (registerkontroll) – Säkerpröv AB",
           organizer=org("samtal@sakerprov.se", "Säkerpröv samtalsledare"),
           description="Intervjun rör pålitlighet, lojalitet och sårbarhet. Ta med legitimation.",
           location="Kungsgatan 12, Göteborg", **at("2028-03-22", "13:00", 90, *STO)),
     None, "sv", SV_2SECURE),
    # ============================================================ Norwegian (Norway)
    # securitas.no: the first interview for a guard post, where any police record is to be mentioned
    (event("Førstegangsintervju – vekter (Oslo) – Vaktselskapet Fjord",
           organizer=org("rekruttering@vaktselskapetfjord.no", "Rekruttering Vaktselskapet Fjord"),
           guests=[guest("rekruttering@vaktselskapetfjord.no", "Rekruttering Vaktselskapet Fjord"),
                   guest("ingrid.haugen@vaktselskapetfjord.no", "Ingrid Haugen")],
           description="Vi ber deg opplyse om eventuelle merknader på politiattest i intervjuet. Ta med pass.",
           location="Grenseveien 90, Oslo", **at("2028-03-03", "13:00", 45, *OSL)),
     yes(["Vaktselskapet Fjord", "Vaktselskapetfjord"], ["rekruttering@vaktselskapetfjord.no",
                                                         "ingrid.haugen@vaktselskapetfjord.no"]), "no", NO_SECURITAS),
    # securitas.no: applying for the police certificate after the purpose letter arrives (chore, no)
    (days(event("Søke politiattest (formålsbekreftelse mottatt)", organizer=SELF), "2028-03-17", "2028-03-18"),
     None, "no", NO_SECURITAS),
    # ============================================================ Dutch (Netherlands): veterinary clinics
    # dierenkliniekkenaupark: a get-to-know interview and a morning of shadowing for a veterinary assistant traineeship
    # at the clinic (Decision: the clinic choosing whom to take on is a hiring step; yes)
    (event("Kennismakingsgesprek + meeloopochtend – leerling-dierenartsassistent",
           organizer=org("praktijkmanager@dierenkliniekspaarne.nl", "Praktijkmanager Dierenkliniek Spaarne"),
           guests=[guest("praktijkmanager@dierenkliniekspaarne.nl", "Praktijkmanager Dierenkliniek Spaarne")],
           description="Je loopt een ochtend mee aan de balie en bij de opname, daarna een gesprek met dierenarts "
                       "Marieke de Wit en de praktijkmanager.",
           location="Dierenkliniek Spaarne, Kenaupark 9, Haarlem", **at("2028-03-10", "08:30", 240, *AMS)),
     yes(["Dierenkliniek Spaarne", "Spaarne", "Dierenkliniekspaarne"],
         ["praktijkmanager@dierenkliniekspaarne.nl", "Marieke de Wit"]), "nl", NL_KENAUPARK),
    # dierenkliniekkenaupark: the owner takes the cat to the vet (own errand, no)
    (event("Dierenarts – Minoes vaccinatie", organizer=SELF, location="Dierenkliniek Spaarne, Haarlem",
           **at("2028-03-02", "17:15", 20, *AMS)),
     None, "nl", NL_KENAUPARK),
    # ============================================================ Japanese (Japan): construction and trades
    # gaten: a first interview at a construction firm after the document screening; a written test may come unannounced
    (event("【一次面接】施工管理職 – 株式会社北斗建設",
           organizer=org("saiyo@hokuto-kensetsu.co.jp", "北斗建設 採用担当"),
           guests=[guest("saiyo@hokuto-kensetsu.co.jp", "北斗建設 採用担当")],
           description="Pat Lee 様\n書類選考の結果、一次面接にお進みいただくことになりました。\n持ち物：履歴書・職務経歴書、"
                       "筆記用具（当日簡単な筆記試験あり）\n受付で「採用担当 佐藤」をお呼び出しください。",
           location="北斗建設 本社 3階会議室（札幌市中央区北3条西4丁目）", **at("2028-03-06", "10:00", 60, *TYO)),
     yes(["北斗建設", "株式会社北斗建設", "Hokuto Kensetsu", "Hokuto-kensetsu"], ["saiyo@hokuto-kensetsu.co.jp"]),
     "ja", JA_GATEN),
    # happylifestyle: the candidate's own note for a second interview with the department head, copy of the CV in the bag
    (event("二次面接 北斗建設（工事部 山本健二 部長）", organizer=SELF,
           description="履歴書コピー、会社案内、メモ帳。腕時計。10分前到着。",
           location="北斗建設 本社", **at("2028-03-13", "14:00", 60, *TYO)),
     yes(["北斗建設", "株式会社北斗建設", "Hokuto Kensetsu"], ["山本健二"]), "ja", JA_HAPPYLIFE),
    # 04510: an online interview with a small plumbing firm's president, by Zoom
    (event("オンライン面接（社長面接）– 有限会社みなと設備", organizer=org("info@minato-setsubi.jp", "みなと設備"),
           guests=[guest("info@minato-setsubi.jp", "みなと設備"), guest("k.oda@minato-setsubi.jp", "小田 和夫")],
           description="本日はよろしくお願いいたします。服装は自由です。" + ZOOM_JA,
           **at("2028-03-15", "18:00", 45, *TYO)),
     yes(["みなと設備", "有限会社みなと設備", "Minato Setsubi", "Minato-setsubi"],
         ["info@minato-setsubi.jp", "k.oda@minato-setsubi.jp"]), "ja", JA_04510),
    # gaten: the pre-employment health check after the offer (medical, no)
    (event("入社前健康診断（雇入時健診）", organizer=SELF, location="さっぽろ健診センター",
           **at("2028-03-22", "09:00", 90, *TYO)),
     None, "ja", JA_GATEN),
    # ============================================================ Korean (South Korea)
    # hintshub: a first interview at a public corporation's regional office; arrive 20 minutes early
    (event("[한국수자원기술] 1차 실무면접 안내", organizer=org("recruit@kwatertech.co.kr", "한국수자원기술 인사팀"),
           description="안녕하세요, 한국수자원기술 인사팀입니다. 1차 실무면접 일정을 안내드립니다.\n"
                       "- 장소: 대전지사 5층 대회의실\n- 준비물: 신분증, 최종학력증명서\n"
                       "면접 20분 전까지 대기실에 도착해 주시기 바랍니다.",
           location="대전광역시 서구 둔산로 100, 대전지사", **at("2028-03-08", "10:00", 60, *SEL)),
     yes(["한국수자원기술", "Kwatertech"], ["recruit@kwatertech.co.kr"]), "ko", KO_HINTSHUB),
    # hintshub: the executive interview, the candidate's own entry with the panel named
    (event("2차 임원면접 – 한국수자원기술 (본부장 김성호, 인사팀장 이지은)", organizer=SELF,
           description="교통편 2가지 확인. 9:30 도착 목표.", location="한국수자원기술 본사",
           **at("2028-03-20", "10:00", 40, *SEL)),
     yes(["한국수자원기술", "Kwatertech"], ["김성호", "이지은"]), "ko", KO_HINTSHUB),
    # bleu4078: the oral examination for the professional engineer licence at the testing body's branch
    # (licence exam, no)
    (event("토목구조기술사 2차 면접시험", organizer=SELF,
           description="신분증, 수험표. 9:50 5층 안내. 청심환?", location="한국산업인력공단 서울지역본부",
           **at("2028-03-11", "10:00", 60, *SEL)),
     None, "ko", KO_BLEU),
    # hintshub: an interview study group's mock session (practice, no)
    (event("면접 스터디 – 모의면접 (카페 2층)", organizer=SELF, guests=[guest("minji.park@naver.com", "박민지")],
           **at("2028-03-05", "15:00", 120, *SEL)),
     None, "ko", KO_HINTSHUB),
    # ============================================================ Chinese (China, Taiwan)
    # wancheng.pzhl: a public institution's structured interview: report with the admission ticket, draw lots for the
    # order, phones handed in (a notification mailbox organises it; nobody to thank)
    (event("面试通知：2028年市属事业单位公开招聘（市第二人民医院 护理岗）",
           organizer=org("noreply@rsks.wancheng.gov.cn", "万成市人事考试中心"),
           description="请考生于面试当日7:30前携带笔试准考证、《资格审查表》2份、身份证原件及复印件到考点报到，"
                       "抽取面试顺序号。候考期间不得携带手机等通讯工具。结构化面试，满分100分。",
           location="万成市第一中学（面试考点）", **at("2028-03-12", "07:30", 480, *SHA)),
     yes(["万成市第二人民医院", "市第二人民医院"], []), "zh", ZH_WANCHENG),
    # yueyangzc: the physical examination for those ranked first after the interview (medical, no)
    (event("体检（面试后入围）– 空腹", organizer=SELF, location="市人民医院体检中心",
           **at("2028-03-21", "08:00", 120, *SHA)),
     None, "zh", ZH_YUEYANG),
    # pixnet: a Taipei restaurant's interview after a call from a job bank: bring a completed CV form, questions from
    # the floor manager (own entry, traditional Chinese)
    (event("面試 – 御膳坊餐廳 外場服務員（找陳怡君經理）", organizer=SELF,
           description="帶填好的履歷表。可能會問：什麼樣的餐廳會讓客人想再來？", location="台北市信義區松壽路9號",
           **at("2028-03-07", "15:00", 45, *TPE)),
     yes(["御膳坊餐廳", "御膳坊"], ["陳怡君"]), "zh", ZH_PIXNET),
    # pixnet: measuring for the uniform before the first shift (onboarding after the hire, no)
    (event("量制服 + 上工說明（御膳坊）", organizer=SELF, location="御膳坊餐廳", **at("2028-03-14", "14:00", 60, *TPE)),
     None, "zh", ZH_PIXNET),
    # ============================================================ Turkish (Türkiye)
    # cengizpak: an invitation to an interview from a logistics firm's HR specialist
    (event("Mülakat Daveti – Depo Sorumlusu – Ege Kıyı Lojistik",
           organizer=org("ik@egekiyilojistik.com.tr", "Ege Kıyı Lojistik İK"),
           guests=[guest("ik@egekiyilojistik.com.tr", "Ege Kıyı Lojistik İK"),
                   guest("selin.aydin@egekiyilojistik.com.tr", "Selin Aydın")],
           description="Sayın aday, başvurunuz değerlendirilmiş olup yüz yüze görüşmeye davet edilmektesiniz. "
                       "Lütfen özgeçmişinizi ve kimliğinizi yanınızda getiriniz.",
           location="Kemalpaşa OSB, İzmir", **at("2028-03-09", "11:00", 45, *IST)),
     yes(["Ege Kıyı Lojistik", "Ege Kıyı", "Egekiyilojistik"], ["ik@egekiyilojistik.com.tr",
                                                              "selin.aydin@egekiyilojistik.com.tr"]), "tr", TR_CENGIZPAK),
    # cengizpak: rehearsing answers aloud at home before an interview (practice, no)
    (event("Mülakat provası – sesli cevap çalış", organizer=SELF, **at("2028-03-08", "20:00", 60, *IST)),
     None, "tr", TR_CENGIZPAK),
    # ============================================================ Russian (Russia): security and restaurants
    # cvator: an interview for head of security at a shopping centre after the document check
    (event("Собеседование: начальник охраны ТЦ «Северный» – ЧОП «Бастион-Центр»",
           organizer=org("hr@bastion-center.ru", "Отдел кадров Бастион-Центр"),
           guests=[guest("hr@bastion-center.ru", "Отдел кадров Бастион-Центр"),
                   guest("v.orlov@bastion-center.ru", "Виктор Орлов")],
           description="Просим взять паспорт, удостоверение частного охранника и документы об образовании. "
                       "Собеседование проводит заместитель директора В. Орлов.",
           location="Москва, ул. Декабристов, 12, офис 4", **at("2028-03-14", "11:00", 60, *MOW)),
     yes(["Бастион-Центр", "ЧОП «Бастион-Центр»", "Bastion-center"], ["hr@bastion-center.ru",
                                                                      "v.orlov@bastion-center.ru"]), "ru", RU_CVATOR),
    # hr-maxim: the periodic licence exam a serving guard takes (licence exam, no)
    (event("Периодическая проверка – экзамен на разряд охранника (теория + спецсредства)", organizer=SELF,
           location="Учебный центр «Рубеж», Москва", **at("2028-03-17", "10:00", 240, *MOW)),
     None, "ru", RU_HRMAXIM),
    # getjob-agency: a trial shift (стажировка) as a waiter before being taken on
    (event("Стажировка официантом – ресторан «Пряный двор» (пробная смена)", organizer=SELF,
           description="Белая рубашка, чёрные брюки. Администратор смены: Алина.",
           location="Москва, Пятницкая ул., 33", **at("2028-03-03", "11:00", 480, *MOW)),
     yes(["Пряный двор", "ресторан «Пряный двор»"], ["Алина"]), "ru", RU_GETJOB),
    # dzen: a restaurant's HR interview for a waiter (the usual questions), invited by the HR mailbox
    (event("Собеседование – официант – «Пряный двор»",
           organizer=org("hr@pryanydvor.ru", "HR Пряный двор"),
           description="Здравствуйте! Приглашаем на собеседование на вакансию официанта. Анкету заполните на месте.",
           location="Москва, Пятницкая ул., 33", **at("2028-02-29", "16:00", 30, *MOW)),
     yes(["Пряный двор", "Pryanydvor"], ["hr@pryanydvor.ru"]), "ru", RU_DZEN),
    # ============================================================ Hindi (India)
    # sampoornbihar: the interview stage of a state public service commission's combined competitive examination
    # (the commission's own selection, a hiring step; nobody to thank)
    (event("बीपीएससी 64वीं संयुक्त प्रतियोगिता परीक्षा – साक्षात्कार (पहली पाली)", organizer=SELF,
           description="साक्षात्कार पत्र वेबसाइट से डाउनलोड करें। आवेदन पत्र का सार प्रपत्र एक और अधिमान्यता प्रपत्र दो भरकर लाएँ।",
           location="बिहार लोक सेवा आयोग, 15 जवाहरलाल नेहरू मार्ग, पटना", **at("2028-03-07", "09:30", 180, *KOL)),
     yes(["बिहार लोक सेवा आयोग", "बीपीएससी", "BPSC", "Bihar Public Service Commission"], []), "hi", HI_SAMPOORN),
    # aajtak: downloading the interview call letter from the website (chore, no)
    (event("यूपीएससी इंटरव्यू ई-समन लेटर डाउनलोड करना", organizer=SELF, **at("2028-03-01", "21:00", 15, *KOL)),
     None, "hi", HI_AAJTAK),
    # aajtak: the personality test (interview) of the civil services examination, forenoon session
    (event("UPSC पर्सनैलिटी टेस्ट (इंटरव्यू) – फॉरनून सत्र – रिपोर्टिंग 9 बजे", organizer=SELF,
           description="ई-समन लेटर, मूल दस्तावेज़, फोटो। धौलपुर हाउस।",
           location="धौलपुर हाउस, शाहजहाँ रोड, नई दिल्ली", **at("2028-03-16", "09:00", 240, *KOL)),
     yes(["संघ लोक सेवा आयोग", "UPSC", "यूपीएससी", "Union Public Service Commission"], []), "hi", HI_AAJTAK),
    # ============================================================ Bengali (India, West Bengal)
    # aajbikel: the state commission's interview for assistant professors in government colleges
    (event("পাবলিক সার্ভিস কমিশন – সহকারী অধ্যাপক (রসায়ন) ইন্টারভিউ", organizer=SELF,
           description="ই-কল লেটার, যোগ্য প্রার্থী তালিকার প্রিন্ট, মূল সার্টিফিকেট।",
           location="পাবলিক সার্ভিস কমিশন, ১৬১এ এস পি মুখার্জি রোড, কলকাতা", **at("2028-03-13", "10:30", 120, *KOL)),
     yes(["পাবলিক সার্ভিস কমিশন", "WBPSC", "West Bengal Public Service Commission"], []), "bn", BN_AAJBIKEL),
    # aajbikel: downloading the e-call letter (chore, no)
    (event("ই-কল লেটার ডাউনলোড", organizer=SELF, **at("2028-03-06", "20:00", 15, *KOL)),
     None, "bn", BN_AAJBIKEL),
    # ============================================================ Arabic (Saudi Arabia, Jordan)
    # arabic.cnn: a face-to-face panel interview at a Riyadh company after a phone screen
    (event("مقابلة شخصية – أخصائي مشتريات – شركة الواحة للتجهيزات",
           organizer=org("talent@alwaha-supplies.com.sa", "إدارة الموارد البشرية – الواحة"),
           guests=[guest("talent@alwaha-supplies.com.sa", "إدارة الموارد البشرية – الواحة"),
                   guest("f.alharbi@alwaha-supplies.com.sa", "فيصل الحربي"),
                   guest("n.alqahtani@alwaha-supplies.com.sa", "نورة القحطاني")],
           description="نود دعوتكم لمقابلة شخصية مع لجنة المقابلة بعد اجتياز المقابلة الهاتفية. يرجى إحضار الهوية "
                       "ونسخة من السيرة الذاتية.",
           location="طريق الملك فهد، برج الواحة، الدور 12، الرياض", **at("2028-03-12", "10:00", 60, *RUH)),
     yes(["شركة الواحة للتجهيزات", "الواحة", "Alwaha", "Alwaha-supplies"],
         ["talent@alwaha-supplies.com.sa", "f.alharbi@alwaha-supplies.com.sa", "n.alqahtani@alwaha-supplies.com.sa"]),
     "ar", AR_CNN),
    # mawhiba-rabit: the owner, in HR, drafts structured interview questions for candidates (hiring side, no)
    (event("صياغة أسئلة المقابلة – وظيفة محاسب (قبل مقابلات الأحد)", organizer=SELF,
           **at("2028-03-09", "13:00", 90, *RUH)),
     None, "ar", AR_MAWHIBA),
    # ar.facts-news: the owner, a reporter, interviews an official for a newspaper (journalism, no)
    (event("مقابلة صحفية مع مدير الدفاع المدني – ملف السلامة", organizer=SELF,
           guests=[guest("media@civildefence-amman.jo", "المكتب الإعلامي")], location="عمّان",
           **at("2028-03-14", "12:00", 45, *AMM)),
     None, "ar", AR_FACTS),
    # ============================================================ Thai (Thailand)
    # moneyhub: an invitation to an interview at a company after applying
    (event("นัดสัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่ธุรการ – บริษัท สยามคลังสินค้า จำกัด",
           organizer=org("hr@siamwarehouse.co.th", "ฝ่ายบุคคล สยามคลังสินค้า"),
           guests=[guest("hr@siamwarehouse.co.th", "ฝ่ายบุคคล สยามคลังสินค้า"),
                   guest("suda.k@siamwarehouse.co.th", "สุดา แก้วมณี")],
           description="เรียน คุณ Pat\nขอเชิญสัมภาษณ์งาน กรุณานำเรซูเม่ สำเนาบัตรประชาชน และสำเนาวุฒิการศึกษามาด้วย",
           location="อาคารสยามคลังสินค้า ถนนบางนา-ตราด กม.7", **at("2028-03-15", "13:30", 60, *BKK)),
     yes(["สยามคลังสินค้า", "บริษัท สยามคลังสินค้า จำกัด", "Siam Warehouse", "Siamwarehouse"],
         ["hr@siamwarehouse.co.th", "suda.k@siamwarehouse.co.th"]), "th", TH_MONEYHUB),
    # testthai1 / prosofthcm: a written test then an interview at a hotel, the candidate's own entry
    (event("สอบข้อเขียน + สัมภาษณ์ – โรงแรมริเวอร์ไซด์ฮิลล์ (ตำแหน่งพนักงานต้อนรับ)", organizer=SELF,
           description="แต่งกายสุภาพ นำแฟ้มเอกสาร: เรซูเม่ รูปถ่าย สำเนาทะเบียนบ้าน", location="โรงแรมริเวอร์ไซด์ฮิลล์ เชียงใหม่",
           **at("2028-03-02", "09:00", 180, *BKK)),
     yes(["โรงแรมริเวอร์ไซด์ฮิลล์", "ริเวอร์ไซด์ฮิลล์", "Riverside Hill"], []), "th", TH_TESTTHAI),
    # jobsgo: an online workshop on preparing for interviews (workshop, no)
    (event("เวิร์กช็อปเตรียมตัวสัมภาษณ์งาน 5 ขั้นตอน (ออนไลน์)", organizer=org("events@jobsgo.asia", "JobsGO"),
           description="ลงทะเบียนแล้ว" + MEET_TH, **at("2028-03-04", "10:00", 90, *BKK)),
     None, "th", TH_JOBSGO),
    # prosofthcm: an interview by video with a Bangkok software firm's team lead
    (event("สัมภาษณ์งานออนไลน์ – นักพัฒนาซอฟต์แวร์ – บริษัท ไทยโค้ดเวิร์ค", organizer=org("recruit@thaicodework.co.th",
                                                                                       "ทีมสรรหา ไทยโค้ดเวิร์ค"),
           guests=[guest("recruit@thaicodework.co.th", "ทีมสรรหา ไทยโค้ดเวิร์ค"),
                   guest("anan.p@thaicodework.co.th", "อนันต์ พรหมมา")],
           description="สัมภาษณ์กับหัวหน้าทีม" + MEET_TH, **at("2028-03-22", "15:00", 60, *BKK)),
     yes(["ไทยโค้ดเวิร์ค", "Thaicodework", "Thai Code Work"], ["recruit@thaicodework.co.th",
                                                                "anan.p@thaicodework.co.th"]), "th", TH_PROSOFT),
]
