"""Blind batch 16 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b16.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for September 2027: northern summer time still on; Australia, New Zealand
and South Africa on standard time, every southern date before the 26th; Brazil without summer
time) and the conference texts pasted into descriptions.

Scored once, at the end of round 16, for docs/detection.md and the README; tuning data since round 17.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_TAGESKARTE = "https://www.tageskarte.io/personalien/detail/tipps-zum-probearbeiten-bei-der-bewerbung.html"
DE_HOTELCAREER = "http://blog.hotelcareer.de/probearbeiten-tipps/"
DE_ABENDZEITUNG = "https://abendzeitung-muenchen.de/muenchen/casting-fuer-einen-hotel-job-art-146401,PRINT"
DE_BEWERBUNGSFREUND = "https://2026.bewerbungsfreund.de/bewerbungsgespraech/hotelfachmann"
ES_ANTENA3 = ("https://www.antena3.com/noticias/economia/largas-colas-presentarse-casting-azafatos-vuelo-sueno-volar-"
              "quiero-empleo_2025101668f14762dc27b32ca38967f2.html")
ES_LAOPINION = "http://www.laopiniondemurcia.es/comunidad/2016/02/05/sueno-trabajar-aire/711509.html"
ES_VIAJAR365 = "https://viajar365.top/como-es-el-proceso-de-seleccion-de-las-aerolineas/"
ES_TOURINEWS = ("https://tourinews.es/resumen-de-prensa/notas-de-prensa-empresas-turismo/delta-airlines-busca-1-000-"
                "tripulantes-perfectos_4444099_102.html")
FR_ANTICHARRETTE = "https://anticharrette.com/2017/01/12/retour-dexperience-la-recherche-demploi/"
FR_ENTRETIEN = "https://entretienembauche.com/entretien-embauche-architecte-question"
FR_INTERMEDIAIRE = "https://l-intermediaire.ch/?p=1"
NL_DYKA = "https://www.dyka.be/nl/dyka/werken-bij-dyka/sollicitatieprocedure"
NL_APS = "https://www.apspersoneel.nl/over-ons/sollicitatie-tips/6-het-sollicitatiegesprek-new"
NL_VERDONCK = "https://verdonckbv.be/nieuws/vijf-misverstanden-over-psychologische-testen"
IT_JOBIRI = "https://www.jobiri.com/?p=71913"
IT_ALBERTI = "https://guidoalberti.substack.com/p/assumere-bene-in-edilizia-come-scegliere"
IT_GEOJOB = "https://www.geojob.it/tag/curriculum/"
PT_MULTTICLIQUE = "https://multticlique.com.br/como-se-destacar-em-processos-seletivos-no-setor-de-hospitalidade/"
PT_QUASETUDO = "http://www.quasetudo.eu/o-que-deves-saber-quando-te-candidatas-a-recepcionista/"
PT_HISOLOFIA = "https://hisolofia.forumeiros.com/t772-como-se-comportar-durante-uma-entrevista-de-emprego"
PL_CONTRACTLOG = "https://contractlogistics.pl/wywiad-z-rafalem-brzozowskim/"
PL_GLASSOFNOW = "https://glassofnow.com/pl/articles/poradnik-2026-zatrudnienie-w-sektorze-logistycznym"
SV_FBITASBUD = "https://fbitasbud.pl/sv/rekryteringsprocessen/"
SV_IQMEDIER = "http://iqmedier.se/rekryteringsrutiner/"
DA_AU = "https://studerende.au.dk/studier/fagportaler/arts/artskarriere/soeg-jobbet/jobsamtalen"
DA_KULTURINFO = "https://kulturoginformation.dk/job-og-karriere/jobsoegning/jobsamtalen"
DA_MITFOERSTEJOB = "http://www.mitfoerstejob.dk/s-oe-g-jobbet/jobsamtalen.aspx"
JA_INTHEHOTEL = "https://inthehotel.jp/magazine/?p=70"
JA_GAKUJO = "https://asahi.gakujo.ne.jp/teach/jinji_real/id=2496"
JA_CAREERGARDEN = "http://careergarden.jp/hotelstaff/mensetsu/"
KO_ASIATODAY = "http://www.asiatoday.co.kr/view.php?key=20141120010012846"
KO_OSEN = "http://www.osen.co.kr/article/G1109329147"
KO_JKN = "https://news.jkn.co.kr/post/523380"
ZH_RENRENDOC = "https://www.renrendoc.com/paper/500578576.html"
ZH_BOOK118 = "https://max.book118.com/html/2026/0211/8130135133010045.shtm"
ZH_ZHANGXIN = "https://www.zhangxinwx.com/book/3596569/55278343.html"
TR_SAVARONNA = ("https://www.savaronna.com/egitimler-ve-bolumler/havacilik-bolumleri/kabin-memurlugu-mulakat-asamalari-"
                "nasil-hazirlanilir/")
TR_SUNEXPRESS = "https://hr.sunexpress.com/Pages/pgCabinSelectionProgress"
TR_SDM = "https://sdm.com.tr/thy-kabin-memuru-ingilizce-mulakati-sirasinda-cikabilecek-ornek-sorular"
CS_DEK = "https://www.dek.cz/pobocka-most/zamestnani/rady-pro-uchazece"
CS_EVASOVOVA = "https://blog.evasovova.cz/2016/06/zkusenosti-s-vyberovym-rizenim-ve-spolecnosti-ekospol/"
SK_MONOGRAM = "https://monogram.sk/tipy-na-pohovor-v-pohostinstve-ako-sa-uspesne-pripravit"
SK_CLEANSBERG = "https://cleansberg.hu/a-kivalasztas-folyamata/?lang=sk"

# Offsets for September 2027 (the batch's dates fall between 1 and 24 September 2027).
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
SYD = ("+10:00", "Australia/Sydney")
PER = ("+08:00", "Australia/Perth")
AKL = ("+12:00", "Pacific/Auckland")
SIN = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
JNB = ("+02:00", "Africa/Johannesburg")
MNL = ("+08:00", "Asia/Manila")
DXB = ("+04:00", "Asia/Dubai")
BER = ("+02:00", "Europe/Berlin")
VIE = ("+02:00", "Europe/Vienna")
ZRH = ("+02:00", "Europe/Zurich")
MAD = ("+02:00", "Europe/Madrid")
PAR = ("+02:00", "Europe/Paris")
GVA = ("+02:00", "Europe/Zurich")
BRU = ("+02:00", "Europe/Brussels")
AMS = ("+02:00", "Europe/Amsterdam")
ROM = ("+02:00", "Europe/Rome")
LIS = ("+01:00", "Europe/Lisbon")
SAO = ("-03:00", "America/Sao_Paulo")
WAW = ("+02:00", "Europe/Warsaw")
STO = ("+02:00", "Europe/Stockholm")
CPH = ("+02:00", "Europe/Copenhagen")
TYO = ("+09:00", "Asia/Tokyo")
SEL = ("+09:00", "Asia/Seoul")
SHA = ("+08:00", "Asia/Shanghai")
IST = ("+03:00", "Europe/Istanbul")
PRG = ("+02:00", "Europe/Prague")
BTS = ("+02:00", "Europe/Bratislava")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 316 402 877 19\nPasscode: Zx4pLm\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84417203396?pwd=Rt7k\nMeeting ID: 844 1720 3396\nPasscode: 217730"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/kzr-fwqb-tnd\nOr dial: (GB) +44 20 3956 0118 PIN: 508 311 742#"
WEBEX = "\n\nJoin Webex meeting: https://meetings.webex.com/join/recruitment-room-7\nMeeting number: 2634 118 5520"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 372 551 908 40\nPasscode: Hn6tWe\n"
            "________________________________________________________________________________")
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour participer à la réunion\nID de la réunion : 351 228 604 93\nCode secret : Uy2vKd\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/hbd-qzpe-wuo"
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/rvn-kmjt-ges"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/83390127745?pwd=Lq8s\nミーティングID: 833 9012 7745\nパスコード: 660214"
TEAMS_NL = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
            "Klik hier om deel te nemen aan de vergadering\nVergadering-id: 298 714 035 62\nWachtwoordcode: Fq9rBn\n"
            "________________________________________________________________________________")


INTL16: list[Case] = [
    # ============================================================ German
    # tageskarte: an invitation to a paid trial shift at a hotel front desk after a good interview
    (event("Probearbeiten Rezeption – Hotel Spreebogen (Einladung)",
           organizer=org("personal@hotel-spreebogen.de", "Hotel Spreebogen Personalabteilung"),
           guests=[guest("personal@hotel-spreebogen.de", "Hotel Spreebogen Personalabteilung"),
                   guest("k.brandt@hotel-spreebogen.de", "Katrin Brandt")],
           description="Liebe Bewerberin, wie telefonisch besprochen laden wir Sie zum Probearbeiten an unserer "
                       "Rezeption ein. Frau Brandt (Empfangschefin) begleitet Sie; Sie lernen das Team kennen und "
                       "übernehmen kleine Aufgaben beim Check-in. Bitte in Business-Kleidung erscheinen.",
           location="Hotel Spreebogen, Alt-Moabit 99, 10559 Berlin", **at("2027-09-09", "14:00", 240, *BER)),
     yes(["Hotel Spreebogen", "Spreebogen", "Hotel-spreebogen"],
         ["personal@hotel-spreebogen.de", "k.brandt@hotel-spreebogen.de"]), "de", DE_TAGESKARTE),
    # tageskarte: a trade portal's webinar on recruiting in hotels for the owner, a hotel HR lead (webinar, no)
    (event("Webinar: Fachkräfte gewinnen in der Hotellerie – Probearbeiten richtig gestalten",
           organizer=org("events@gastro-fachportal.de", "Gastro Fachportal Events"),
           description="Live-Webinar mit Praxisbeispielen und Fragerunde." + TEAMS_DE,
           **at("2027-09-14", "15:00", 60, *BER)),
     None, "de", DE_TAGESKARTE),
    # hotelcareer: a job interview at a lakeside hotel, then a walk through the restaurant
    (event("Vorstellungsgespräch – Commis de Rang – Seehotel Mainau Blick",
           organizer=org("bewerbung@seehotel-mainaublick.de", "Seehotel Mainau Blick Bewerbung"),
           guests=[guest("bewerbung@seehotel-mainaublick.de", "Seehotel Mainau Blick Bewerbung"),
                   guest("t.kessler@seehotel-mainaublick.de", "Tobias Keßler")],
           description="Gespräch mit Herrn Keßler (Restaurantleiter), danach kurzer Rundgang durch Restaurant und "
                       "Terrasse. Dauer ca. 45 Minuten.",
           location="Seehotel Mainau Blick, Seestraße 12, 78464 Konstanz", **at("2027-09-15", "10:00", 45, *BER)),
     yes(["Seehotel Mainau Blick", "Mainau Blick", "Seehotel-mainaublick"],
         ["bewerbung@seehotel-mainaublick.de", "t.kessler@seehotel-mainaublick.de"]), "de", DE_HOTELCAREER),
    # abendzeitung: a casting for a new hotel's staff, ten minutes before a management jury, recall in the afternoon
    (event("Casting Hotel Isarlicht (Neueröffnung) – 10 Min. vor der Jury, Recall ab 14 Uhr", organizer=SELF,
           description="Keine Anmeldung nötig, nur Bewerbungsmappe. Wer überzeugt, kommt in den Recall (Praxis: "
                       "Gäste begrüßen, Mantel reichen). Vertrag evtl. noch am selben Tag.",
           location="Hotel Isarlicht, Berliner Str. 88, München", **at("2027-09-20", "09:00", 480, *BER)),
     yes(["Hotel Isarlicht", "Isarlicht"], []), "de", DE_ABENDZEITUNG),
    # bewerbungsfreund: the candidate stays a night as a guest to observe the service before applying (own chore, no)
    (event("Übernachtung Seehotel Mainau Blick – Service beobachten (vor Bewerbung)", organizer=SELF,
           location="Seehotel Mainau Blick, Konstanz", **at("2027-09-04", "15:00", 60, *BER)),
     None, "de", DE_BEWERBUNGSFREUND),
    # bewerbungsfreund: a Vienna hotel's open day for apprenticeships (information, no)
    (event("Infotag Lehre Hotel- und Gastgewerbeassistent/in – Parkhotel Lindenhof",
           organizer=org("lehre@parkhotel-lindenhof.at", "Parkhotel Lindenhof"),
           location="Parkhotel Lindenhof, Hietzinger Hauptstraße 10, 1130 Wien", **at("2027-09-17", "16:00", 120, *VIE)),
     None, "de", DE_BEWERBUNGSFREUND),
    # ============================================================ Spanish
    # antena3: an airline's open casting for cabin crew in a Madrid hotel; those who pass are called back next day
    (event("Casting TCP Air Levante – hotel Madrid (1.ª fase)", organizer=SELF,
           description="Llevar DNI, certificado TCP, CV con foto y título de bachillerato. Entrevista personalizada "
                       "con las reclutadoras; si paso, me convocan mañana a otra jornada.",
           location="Hotel Puerta Norte, C/ Agustín de Foxá 32, Madrid",
           **at("2027-09-16", "08:30", 300, *MAD)),
     yes(["Air Levante"], []), "es", ES_ANTENA3),
    # laopiniondemurcia: the personal interview and psychotechnical tests for cabin crew at a Murcia hotel
    (event("Entrevista personal y pruebas psicotécnicas – TCP – Iberalia Regional",
           organizer=org("seleccion.tcp@iberaliaregional.es", "Iberalia Regional – Selección TCP"),
           guests=[guest("seleccion.tcp@iberaliaregional.es", "Iberalia Regional – Selección TCP"),
                   guest("r.molina@iberaliaregional.es", "Rocío Molina")],
           description="Le confirmamos su cita. Prueba psicotécnica (45 min) y, a continuación, entrevista personal con "
                       "Rocío Molina (Jefa de Cabina). Traiga su certificado TCP.",
           location="Hotel Nelva, Av. Primero de Mayo 2, Murcia", **at("2027-09-22", "11:00", 120, *MAD)),
     yes(["Iberalia Regional", "Iberalia", "Iberaliaregional"],
         ["seleccion.tcp@iberaliaregional.es", "r.molina@iberaliaregional.es"]), "es", ES_LAOPINION),
    # viajar365: an academy's module on airline selection interviews (course, no)
    (event("Curso TCP – módulo 6: procesos de selección y entrevistas",
           organizer=org("secretaria@academiaaerea-valencia.es", "Academia Aérea Valencia"),
           location="Aula 3", **at("2027-09-08", "17:00", 120, *MAD)),
     None, "es", ES_VIAJAR365),
    # tourinews: an airline's information webinar on requirements, video and interview stages (information, no)
    (event("Webinar informativo: así es nuestro proceso de selección de auxiliares de vuelo",
           organizer=org("talento@pacificaairlines.com", "Pacífica Airlines Talento"),
           description="Requisitos, vídeo de presentación y entrevista personal. Preguntas en directo." + MEET_ES,
           **at("2027-09-02", "18:00", 60, *MAD)),
     None, "es", ES_TOURINEWS),
    # viajar365: the class 2 medical for the cabin crew certificate (medical, no)
    (event("Reconocimiento médico – certificado TCP (CMAE)", organizer=SELF, location="Centro Médico Aeronáutico",
           **at("2027-09-03", "09:00", 90, *MAD)),
     None, "es", ES_VIAJAR365),
    # ============================================================ French
    # anticharrette: an interview at a Paris architecture agency for a young HMONP architect, portfolio in hand
    (event("Entretien – Architecte HMONP – Agence Brunel Morel",
           organizer=org("recrutement@brunelmorel-archi.fr", "Agence Brunel Morel"),
           guests=[guest("recrutement@brunelmorel-archi.fr", "Agence Brunel Morel"),
                   guest("c.morel@brunelmorel-archi.fr", "Claire Morel")],
           description="Entretien avec Claire Morel (associée). Merci d'apporter votre portfolio (format A3 ou "
                       "tablette) ; 10 minutes de présentation de vos projets, puis échange.",
           location="Agence Brunel Morel, 14 rue de Paradis, 75010 Paris", **at("2027-09-13", "18:00", 60, *PAR)),
     yes(["Agence Brunel Morel", "Brunel Morel", "Brunelmorel-archi"],
         ["recrutement@brunelmorel-archi.fr", "c.morel@brunelmorel-archi.fr"]), "fr", FR_ANTICHARRETTE),
    # anticharrette: the owner, an architect at an agency, takes part in interviewing interns (hiring side)
    (event("Recrutement stagiaire – entretiens (en binôme avec Hugo)", organizer=SELF,
           guests=[guest("hugo.lemaire@brunelmorel-archi.fr", "Hugo Lemaire"),
                   guest("ines.taleb.archi@gmail.com", "Inès Taleb")],
           location="Salle de réunion", **at("2027-09-20", "14:00", 45, *PAR)),
     None, "fr", FR_ANTICHARRETTE),
    # l-intermediaire: a Geneva recruitment firm places an architect with a bureau and sits in on the interview
    (event("Entretien – Architecte chef de projet – Bureau Favre & Rochat (via L'Intermédiaire Conseil)",
           organizer=org("a.perrin@intermediaire-conseil.ch", "Anne Perrin"),
           guests=[guest("a.perrin@intermediaire-conseil.ch", "Anne Perrin"),
                   guest("j.favre@favre-rochat.ch", "Julien Favre")],
           description="Échange sur votre vision du métier, votre posture en équipe et la culture du bureau." + TEAMS_FR,
           **at("2027-09-08", "09:00", 60, *GVA)),
     yes(["Bureau Favre & Rochat", "Favre & Rochat", "Favre et Rochat", "Favre-rochat"],
         ["a.perrin@intermediaire-conseil.ch", "j.favre@favre-rochat.ch"]), "fr", FR_INTERMEDIAIRE),
    # entretienembauche: a mock interview workshop on the ten classic questions for architects (practice, no)
    (event("Atelier simulation d'entretien – architectes jeunes diplômés",
           organizer=org("formation@archi-jeunes-idf.fr", "Jeunes Architectes IDF"),
           location="Maison de l'architecture, Paris", **at("2027-09-06", "18:30", 120, *PAR)),
     None, "fr", FR_ENTRETIEN),
    # ============================================================ Dutch
    # dyka: a full-day assessment centre at a specialised bureau (tests, competency interview, simulation exercises)
    (event("Assessment center – Projectleider – Veldhoven Kunststoffen",
           organizer=org("planning@selectiebureau-kempen.be", "Selectiebureau Kempen"),
           guests=[guest("planning@selectiebureau-kempen.be", "Selectiebureau Kempen")],
           description="Volledige dag: psychotechnische testen op pc, competentiegericht interview en "
                       "simulatieoefeningen in een fictieve bedrijfscontext. Neem uw identiteitskaart mee.",
           location="Selectiebureau Kempen, Grote Markt 8, 2300 Turnhout", **at("2027-09-14", "08:30", 480, *BRU)),
     yes(["Veldhoven Kunststoffen", "Veldhoven"], ["planning@selectiebureau-kempen.be"]), "nl", NL_DYKA),
    # apspersoneel: a job interview for an order picker arranged by an employment agency
    (event("Sollicitatiegesprek – Orderpicker – Vos Logistiek (via Eemland Uitzend)",
           organizer=org("tilburg@eemlanduitzend.nl", "Eemland Uitzend Tilburg"),
           guests=[guest("tilburg@eemlanduitzend.nl", "Eemland Uitzend Tilburg"),
                   guest("m.devries@voslogistiek.nl", "Marco de Vries")],
           description="Kennismaking met Marco de Vries (teamleider). Neem je ID en veiligheidsschoenen mee; "
                       "na het gesprek een korte rondleiding in het magazijn.",
           location="Vos Logistiek, Ringbaan-Oost 210, Tilburg", **at("2027-09-07", "13:30", 45, *AMS)),
     yes(["Vos Logistiek", "Vos", "Voslogistiek"], ["tilburg@eemlanduitzend.nl", "m.devries@voslogistiek.nl"]),
     "nl", NL_APS),
    # verdonckbv: the owner, a staff psychologist, gives a candidate feedback on test results (hiring side)
    (event("Feedbackgesprek testresultaten – kandidaat J. Peeters", organizer=SELF,
           guests=[guest("jonas.peeters@telenet-mail.be", "Jonas Peeters")], description="Persoonlijkheid + redeneren."
           + TEAMS_NL, **at("2027-09-21", "10:00", 45, *BRU)),
     None, "nl", NL_VERDONCK),
    # ============================================================ Italian
    # jobiri: an interview for a site foreman at a building contractor, with the technical director
    (event("Colloquio – Capo cantiere – Edilnova Costruzioni S.r.l.",
           organizer=org("selezione@edilnovacostruzioni.it", "Edilnova Selezione"),
           guests=[guest("selezione@edilnovacostruzioni.it", "Edilnova Selezione"),
                   guest("ing.bassi@edilnovacostruzioni.it", "Ing. Paolo Bassi")],
           description="Colloquio con il Direttore Tecnico: gestione fornitori, sicurezza (D.Lgs. 81/08), "
                       "pianificazione delle lavorazioni. Portare CV e attestati.",
           location="Edilnova Costruzioni, Via Stephenson 43, Milano", **at("2027-09-09", "09:30", 60, *ROM)),
     yes(["Edilnova Costruzioni", "Edilnova", "Edilnovacostruzioni"],
         ["selezione@edilnovacostruzioni.it", "ing.bassi@edilnovacostruzioni.it"]), "it", IT_JOBIRI),
    # guidoalberti: a tile setter's interview plus a practical laying test with the owner of a small firm
    (event("Colloquio + prova pratica di posa – Ferri Pavimenti", organizer=SELF,
           description="Con la titolare, Giulia Ferri. Portare scarpe antinfortunistiche. Prova su un bagno in "
                       "cantiere.",
           location="Cantiere via Saragozza 120, Bologna", **at("2027-09-16", "08:00", 180, *ROM)),
     yes(["Ferri Pavimenti", "Ferri"], ["Giulia Ferri"]), "it", IT_ALBERTI),
    # geojob: a webinar for construction firms on outsourcing the first selection round (webinar, no)
    (event("Webinar: selezionare personale di cantiere senza perdere tempo",
           organizer=org("webinar@geojob-eventi.it", "Eventi Edilizia"), **at("2027-09-02", "17:30", 60, *ROM)),
     None, "it", IT_GEOJOB),
    # ============================================================ Portuguese
    # multticlique: a group dynamic and interview for a hotel receptionist in Rio
    (event("Dinâmica de grupo + entrevista – Recepcionista – Hotel Atlântico Copacabana",
           organizer=org("rh@hotelatlanticocopa.com.br", "RH Hotel Atlântico"),
           guests=[guest("rh@hotelatlanticocopa.com.br", "RH Hotel Atlântico")],
           description="Chegar 15 min antes. Etapas: dinâmica em grupo com simulação de atendimento, entrevista "
                       "individual e teste rápido de inglês.",
           location="Hotel Atlântico, Av. Atlântica 2600, Rio de Janeiro", **at("2027-09-10", "09:00", 180, *SAO)),
     yes(["Hotel Atlântico Copacabana", "Hotel Atlântico", "Hotel Atlantico", "Hotelatlanticocopa"],
         ["rh@hotelatlanticocopa.com.br"]), "pt", PT_MULTTICLIQUE),
    # quasetudo: an interview for a second receptionist at a Lisbon hotel, with the front office manager
    (event("Entrevista – Rececionista de 2.ª – Hotel Sé Lisboa",
           organizer=org("recrutamento@hotelselisboa.pt", "Hotel Sé – Recrutamento"),
           guests=[guest("recrutamento@hotelselisboa.pt", "Hotel Sé – Recrutamento"),
                   guest("rita.amaral@hotelselisboa.pt", "Rita Amaral")],
           description="Entrevista com a Chefe de Receção, Rita Amaral. Trabalho por turnos rotativos; fala-se de "
                       "línguas (inglês e francês).",
           location="Hotel Sé, Largo da Sé 5, Lisboa", **at("2027-09-17", "11:00", 45, *LIS)),
     yes(["Hotel Sé Lisboa", "Hotel Sé", "Hotel Se", "Hotelselisboa"],
         ["recrutamento@hotelselisboa.pt", "rita.amaral@hotelselisboa.pt"]), "pt", PT_QUASETUDO),
    # hisolofia: a social assistance centre's workshop on behaving at job interviews (workshop, no)
    (event("Oficina: como se comportar numa entrevista de emprego", organizer=org("oficinas@cras-vilanova.org.br",
                                                                                  "CRAS Vila Nova"),
           description="Postura, roupa, perguntas frequentes." + MEET_PT, **at("2027-09-08", "14:00", 90, *SAO)),
     None, "pt", PT_HISOLOFIA),
    # ============================================================ Polish
    # contractlogistics: a personnel consultancy's interview for a warehouse manager with its client
    (event("Rozmowa rekrutacyjna – Kierownik Magazynu – LogiPark Stryków (Wisła Talent)",
           organizer=org("r.brzezinski@wislatalent.pl", "Robert Brzeziński"),
           guests=[guest("r.brzezinski@wislatalent.pl", "Robert Brzeziński"),
                   guest("dyrektor.operacyjny@logipark.pl", "Agnieszka Wróbel")],
           description="Spotkanie z Dyrektor Operacyjną klienta. Proszę przygotować przykłady wdrożeń i KPI.",
           location="LogiPark, ul. Kolejowa 4, Stryków", **at("2027-09-08", "11:00", 60, *WAW)),
     yes(["LogiPark Stryków", "LogiPark", "Logipark"], ["r.brzezinski@wislatalent.pl", "dyrektor.operacyjny@logipark.pl"]),
     "pl", PL_CONTRACTLOG),
    # glassofnow: a paid trial day at a distribution centre (picking and packing with a scanner)
    (event("Dzień próbny – kompletacja i pakowanie – Centrum Dystrybucyjne Omega (Poznań)",
           organizer=org("rekrutacja@omega-cd.pl", "Omega CD Rekrutacja"),
           guests=[guest("rekrutacja@omega-cd.pl", "Omega CD Rekrutacja")],
           description="Zmiana próbna 6:00-14:00, płatna. Obsługa skanera, normy kompletacji, szkolenie BHP na start.",
           location="Omega CD, ul. Gołężycka 27, Poznań", **at("2027-09-06", "06:00", 480, *WAW)),
     yes(["Centrum Dystrybucyjne Omega", "Omega CD", "Omega", "Omega-cd"], ["rekrutacja@omega-cd.pl"]),
     "pl", PL_GLASSOFNOW),
    # glassofnow: the forklift licence exam (licence exam, no)
    (event("Egzamin UDT – wózek widłowy", organizer=SELF, location="Ośrodek szkoleniowy, Poznań",
           **at("2027-09-13", "08:00", 240, *WAW)),
     None, "pl", PL_GLASSOFNOW),
    # ============================================================ Swedish
    # fbitasbud: a recruiter's phone interview for a site carpenter, the first of two steps
    (event("Telefonintervju – Snickare – Norrbygg Entreprenad AB",
           organizer=org("rekrytering@norrbygg.se", "Norrbygg Rekrytering"),
           guests=[guest("rekrytering@norrbygg.se", "Norrbygg Rekrytering"), guest("emma.lind@norrbygg.se", "Emma Lind")],
           description="Emma ringer dig på numret i ansökan (ca 20 min). Nästa steg är ett möte med arbetschefen.",
           **at("2027-09-07", "10:00", 20, *STO)),
     yes(["Norrbygg Entreprenad AB", "Norrbygg Entreprenad", "Norrbygg"],
         ["rekrytering@norrbygg.se", "emma.lind@norrbygg.se"]), "sv", SV_FBITASBUD),
    # fbitasbud: the candidate warns his references before the employer calls them (own chore, no)
    (event("Ringa referenser – förvarna Lasse + Mirja (Norrbygg ringer)", organizer=SELF,
           **at("2027-09-15", "17:00", 20, *STO)),
     None, "sv", SV_FBITASBUD),
    # iqmedier: the owner, a sales manager, interviews and sets work samples for sales staff (hiring side)
    (event("Intervjuer säljare + genomgång av arbetsprov (jag + Anna)", organizer=SELF,
           guests=[guest("anna.holm@iqmedia-sales.se", "Anna Holm")], location="Rum Vänern",
           **at("2027-09-22", "13:00", 120, *STO)),
     None, "sv", SV_IQMEDIER),
    # ============================================================ Danish
    # kulturoginformation: a job interview at a museum with the hiring committee
    (event("Jobsamtale – Museumsformidler – Vestjysk Kulturmuseum",
           organizer=org("job@vestjyskkultur.dk", "Vestjysk Kulturmuseum"),
           guests=[guest("job@vestjyskkultur.dk", "Vestjysk Kulturmuseum"),
                   guest("mette.kjaer@vestjyskkultur.dk", "Mette Kjær")],
           description="Ansættelsesudvalget: museumsinspektør Mette Kjær, formidlingschef og en tillidsrepræsentant. "
                       "Samtalen varer ca. 45 minutter.",
           location="Vestjysk Kulturmuseum, Torvet 3, Ribe", **at("2027-09-14", "13:00", 45, *CPH)),
     yes(["Vestjysk Kulturmuseum", "Vestjysk Kultur", "Vestjyskkultur"],
         ["job@vestjyskkultur.dk", "mette.kjaer@vestjyskkultur.dk"]), "da", DA_KULTURINFO),
    # mitfoerstejob: the owner, a coordinator at an NGO, sits on the committee for a junior post (hiring side)
    (event("Ansættelsesudvalg – samtaler junior projektmedarbejder (Grøn Fremtid)", organizer=SELF,
           guests=[guest("leder@groenfremtid.dk", "Sofie Dahl")], location="Mødelokale 2",
           **at("2027-09-16", "09:00", 180, *CPH)),
     None, "da", DA_MITFOERSTEJOB),
    # au.dk: a university careers workshop on the job interview (workshop, no)
    (event("Workshop: Jobsamtalen – forberedelse og typiske spørgsmål", organizer=org("karriere-arts@au-kalender.dk",
                                                                                   "Arts Karriere"),
           location="Nobelparken, lokale 1481-215", **at("2027-09-09", "14:00", 120, *CPH)),
     None, "da", DA_AU),
    # ============================================================ Japanese
    # asahi.gakujo: a hotel's selection that starts with a group discussion, where the CV is handed in
    (event("【選考】グループディスカッション – 総合コース – 帝苑ホテル",
           organizer=org("saiyo@teien-hotel.co.jp", "帝苑ホテル 採用担当"),
           guestsCanSeeOtherGuests=False,
           description="当日は履歴書をご持参ください。グループディスカッション(約60分)の後、人事部より今後の選考について"
                       "ご案内します。",
           location="帝苑ホテル 本館3階 桐の間(東京都千代田区)", **at("2027-09-08", "13:00", 120, *TYO)),
     yes(["帝苑ホテル", "Teien Hotel", "Teien-hotel"], ["saiyo@teien-hotel.co.jp"]), "ja", JA_GAKUJO),
    # inthehotel: an online first interview for front desk staff
    (event("一次面接(オンライン)– フロントスタッフ – ホテル港みらい",
           organizer=org("recruit@minatomirai-hotel.jp", "ホテル港みらい 人事部"),
           guests=[guest("recruit@minatomirai-hotel.jp", "ホテル港みらい 人事部"),
                   guest("s.okada@minatomirai-hotel.jp", "岡田 聡")],
           description="面接官: フロント支配人 岡田。志望動機、接客経験、語学力についてお伺いします。" + ZOOM_JA,
           **at("2027-09-14", "10:30", 40, *TYO)),
     yes(["ホテル港みらい", "港みらい", "Minatomirai-hotel"], ["recruit@minatomirai-hotel.jp", "s.okada@minatomirai-hotel.jp"]),
     "ja", JA_INTHEHOTEL),
    # careergarden: a hotel industry research seminar for students (seminar, no)
    (event("ホテル業界研究セミナー(合同説明会)", organizer=SELF, location="東京国際フォーラム ホールB5",
           **at("2027-09-03", "13:00", 180, *TYO)),
     None, "ja", JA_CAREERGARDEN),
    # ============================================================ Korean
    # asiatoday: the first practical interview for cabin crew after the document screening
    (event("1차 실무면접 – 객실승무원 신입 – 한빛항공", organizer=org("recruit@hanbitair.co.kr", "한빛항공 인사팀"),
           guestsCanSeeOtherGuests=False,
           description="서류전형 합격을 축하드립니다. 1차 실무면접은 스탠딩 면접(약 20분)으로 진행됩니다. 수험표와 "
                       "신분증을 지참하세요.",
           location="한빛항공 본사 교육동, 서울 강서구 하늘길 78", **at("2027-09-09", "09:40", 60, *SEL)),
     yes(["한빛항공", "Hanbit Air", "Hanbitair"], ["recruit@hanbitair.co.kr"]), "ko", KO_ASIATODAY),
    # jkn: the final executive interview after the aptitude tests and the swimming test
    (event("임원면접(최종) – 객실승무원 – 한빛항공", organizer=org("recruit@hanbitair.co.kr", "한빛항공 인사팀"),
           guests=[guest("recruit@hanbitair.co.kr", "한빛항공 인사팀")],
           description="최종 임원면접입니다. 인성·적성검사 및 체력·수영 테스트 합격자에 한합니다.",
           location="한빛항공 본사 12층 대회의실", **at("2027-09-24", "14:00", 60, *SEL)),
     yes(["한빛항공", "Hanbit Air", "Hanbitair"], ["recruit@hanbitair.co.kr"]), "ko", KO_JKN),
    # osen: a crew academy's mock interview (practice, no)
    (event("승무원학원 모의면접 (실무면접 대비)", organizer=org("ivy.crew@crewacademy-seoul.kr", "크루아카데미"),
           location="강남 본원 3강의실", **at("2027-09-06", "19:00", 120, *SEL)),
     None, "ko", KO_OSEN),
    # ============================================================ Chinese
    # zhangxinwx: the third round (department director) for a medical science liaison at a pharma company
    (event("三面(部门总监)– 医学联络官 – 愈谷制药(上海)", organizer=org("hr.sh@yugu-pharma.cn", "愈谷制药 人力资源部"),
           guests=[guest("hr.sh@yugu-pharma.cn", "愈谷制药 人力资源部"), guest("zhong.l@yugu-pharma.cn", "钟磊")],
           description="面试官:医学事务部总监 钟磊。请提前15分钟到达前台签到。",
           location="上海市静安区南京西路1266号 32楼", **at("2027-09-10", "10:00", 60, *SHA)),
     yes(["愈谷制药", "愈谷", "Yugu Pharma", "Yugu-pharma"], ["hr.sh@yugu-pharma.cn", "zhong.l@yugu-pharma.cn"]),
     "zh", ZH_ZHANGXIN),
    # book118: the owner, an R&D section head, interviews candidates for a research specialist post (hiring side)
    (event("面试候选人(研发专员)– 我负责专业题", organizer=org("hr@huayue-bio.cn", "华岳生物 人事"),
           guests=[guest("hr@huayue-bio.cn", "华岳生物 人事")], location="研发中心 会议室B",
           **at("2027-09-17", "14:00", 90, *SHA)),
     None, "zh", ZH_BOOK118),
    # renrendoc: the candidate's own revision of pharma R&D interview questions (own study, no)
    (event("刷题:医药研发岗面试题(行业知识 + 专业题)", organizer=SELF, **at("2027-09-08", "20:00", 90, *SHA)),
     None, "zh", ZH_RENRENDOC),
    # ============================================================ Turkish
    # sunexpress: the 15-minute English interview for cabin attendants after the online language exam
    (event("İngilizce mülakat – Kabin Memuru – AegeanSky Havayolları",
           organizer=org("kabin.ik@aegeansky.com.tr", "AegeanSky İK"),
           guests=[guest("kabin.ik@aegeansky.com.tr", "AegeanSky İK")],
           description="Yaklaşık 15 dakikalık İngilizce konuşma mülakatı; telaffuz ve akıcılık değerlendirilir.",
           location="AegeanSky Eğitim Merkezi, Antalya Havalimanı", **at("2027-09-09", "11:20", 15, *IST)),
     yes(["AegeanSky Havayolları", "AegeanSky", "Aegeansky"], ["kabin.ik@aegeansky.com.tr"]), "tr", TR_SUNEXPRESS),
    # savaronna: the selection board interview (HR specialist, cabin manager, psychologist)
    (event("Kurul mülakatı – Kabin Memuru – AegeanSky Havayolları",
           organizer=org("kabin.ik@aegeansky.com.tr", "AegeanSky İK"),
           guests=[guest("kabin.ik@aegeansky.com.tr", "AegeanSky İK"),
                   guest("selin.aydin@aegeansky.com.tr", "Selin Aydın"),
                   guest("murat.kaya@aegeansky.com.tr", "Murat Kaya")],
           description="Seçim kurulu: İK uzmanı Selin Aydın, Kabin Müdürü Murat Kaya ve danışman psikolog. Mülakat "
                       "Türkçe ve İngilizce yapılır, yaklaşık 30 dakika.",
           location="AegeanSky Genel Müdürlük, Antalya", **at("2027-09-21", "10:00", 30, *IST)),
     yes(["AegeanSky Havayolları", "AegeanSky", "Aegeansky"],
         ["kabin.ik@aegeansky.com.tr", "selin.aydin@aegeansky.com.tr", "murat.kaya@aegeansky.com.tr"]),
     "tr", TR_SAVARONNA),
    # sdm: an English interview rehearsal at a training course (practice, no)
    (event("THY tarzı İngilizce mülakat provası (kurs)", organizer=org("egitim@hostesakademi-izmir.com",
                                                                        "Hostes Akademi"),
           location="Alsancak şube", **at("2027-09-04", "11:00", 90, *IST)),
     None, "tr", TR_SDM),
    # ============================================================ Czech
    # evasovova: a developer's selection day with written tests (general knowledge, logic, English) then an interview
    (event("Výběrové řízení – testy + pohovor – Asistentka prodeje – Stavby Horák a.s.",
           organizer=org("kariera@stavbyhorak.cz", "Stavby Horák – personální oddělení"),
           description="Dostavte se prosím o 15 minut dříve. Program: test všeobecných znalostí, logicko-matematický "
                       "test a test angličtiny (2 hodiny), poté osobní pohovor. Vezměte si psací potřeby.",
           location="Stavby Horák a.s., Na Pankráci 30, Praha 4", **at("2027-09-08", "09:00", 180, *PRG)),
     yes(["Stavby Horák a.s.", "Stavby Horák", "Stavby Horak", "Stavbyhorak"], ["kariera@stavbyhorak.cz"]), "cs", CS_EVASOVOVA),
    # dek: a builders' merchant's careers day at a branch (job fair, no)
    (event("Den kariéry – Stavebniny Bořek, pobočka Most", organizer=SELF,
           location="Stavebniny Bořek, Tovární 12, Most", **at("2027-09-17", "14:00", 120, *PRG)),
     None, "cs", CS_DEK),
    # evasovova: the health and safety induction on the first day after signing (onboarding, no)
    (event("Nástup – vstupní školení BOZP + podpis smlouvy", organizer=org("kariera@stavbyhorak.cz",
                                                                            "Stavby Horák – personální oddělení"),
           location="Recepce, Na Pankráci 30", **at("2027-09-27", "08:00", 120, *PRG)),
     None, "cs", CS_EVASOVOVA),
    # ============================================================ Slovak
    # monogram: a hotel receptionist's interview in the High Tatras
    (event("Pohovor – recepčný/recepčná – Hotel Tatranská Perla",
           organizer=org("hr@tatranskaperla.sk", "Hotel Tatranská Perla"),
           guests=[guest("hr@tatranskaperla.sk", "Hotel Tatranská Perla"),
                   guest("m.hudak@tatranskaperla.sk", "Martin Hudák")],
           description="Pohovor s vedúcim recepcie Martinom Hudákom; časť prebehne v angličtine a nemčine.",
           location="Hotel Tatranská Perla, Starý Smokovec", **at("2027-09-13", "10:00", 45, *BTS)),
     yes(["Hotel Tatranská Perla", "Tatranská Perla", "Tatranska Perla", "Tatranskaperla"],
         ["hr@tatranskaperla.sk", "m.hudak@tatranskaperla.sk"]), "sk", SK_MONOGRAM),
    # cleansberg: after a successful interview, a no-obligation visit to get to know the position and colleagues
    (event("Zoznámenie sa s pozíciou – vedúci zmeny upratovania – Cleanwell Slovakia", organizer=SELF,
           description="Po úspešnom pohovore: pol dňa na prevádzke, úlohy a budúci kolegovia, bez záväzkov. "
                       "Kontakt: Jana Kováčová (HR).",
           location="Cleanwell, Galvaniho 7, Bratislava", **at("2027-09-16", "08:00", 240, *BTS)),
     yes(["Cleanwell Slovakia", "Cleanwell"], ["Jana Kováčová"]), "sk", SK_CLEANSBERG),
]
