"""Blind batch 12 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b12.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (winter offsets; the batch's dates fall between mid-February and 12 March 2027, before
any daylight-saving change) and the conference texts pasted into descriptions.

Scored once, at the end of round 12, for docs/detection.md and the README; tuning data since round 13.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_VWGIS = "https://vwgis.de/karriere/fragen-und-antworten.html"
DE_CVHERO = "https://www.cvhero.ch/ratgeber/bewerbungsgespraeche/telefon-video"
DE_DEINNEUERJOB = "https://www.deinneuerjob.de/lexikon/begriff/Telefoninterview"
DE_AUSBILDUNG = "https://ausbildungsoffensive-bayern.de/bewerben/vorstellungsverfahren"
DE_ZBP = "https://blog.zbp.at/der-interview-kontakt/"
DE_JOBANZEIGEN = "https://jobanzeigen.de/karriere/vorstellungsgesprach/assessment-center-ablauf"
DE_RNZ = ("https://www.rnz.de/ratgeber/berufsleben_artikel,-assessment-center-arbeitsprobe-in-echt-_arid,"
          "339403.html")
DE_DURCHSTARTER = "https://durchstarter.de/bewerbung/assessment-center"
DE_KARRIEREDIRECT = "https://karriere.direct/bewerbungstipps/assessment-center-169364"
ES_PERSONIO = "https://personio.es/glosario/entrevista-online"
ES_PROFESIONISTAS = "http://profesionistas.org.mx/la-segunda-entrevista/"
ES_SIGLOXXI = ("http://www.diariosigloxxi.com/texto-diario/mostrar/2158686/"
               "seis-consejos-entrevistas-trabajo-online-sean-exito")
ES_TAVOQ = "https://tavoq.es/blog/programar-proxima-entrevista-trabajo"
FR_CVLETTRE = "https://cvlettre.fr/blog/planification-entretiens-embauche"
FR_CNFDI = ("https://cnfdi.com/le-blog/comment-se-deroule-un-entretien-d-embauche-pour-un-concours-ou-un-"
            "examen-276.html")
FR_BFM = "https://banquefrancaisemutualiste.fr/parlons-public/preparation-oral-concours"
FR_VALLET = "https://dev.mon-studio-web.com/old-valletcoaching/entretien-avec-le-jury-et-si-on-inversait-les-roles"
PT_OLIBERAL = "https://www.oliberal.com/colunas/ricardo-tomaz/meu-novo-emprego-parte-iii-entrevistas-online-1.336198"
PT_SOLIDES = "https://blog.solides.com.br/guia-entrevista-emprego/"
PT_VOCERH = ("https://beta-develop.vocerh.abril.com.br/politicasepraticas/para-os-recrutadores-3-dicas-para-"
             "fazer-a-entrevista-de-emprego-perfeita")
NL_PERSONIO = "https://www.personio.nl/hr-woordenboek/vragen-tweede-sollicitatiegesprek/"
NL_SELECTIONLAB = ("https://www.selectionlab.com/our-blogs/8-vragen-over-het-sollicitatiegesprek-die-hr-"
                   "professionals-bezighouden")
NL_KNACK = "http://plusmagazine.knack.be/maatschappij/videosolliciteren-in-opmars/article-normal-961601.html"
JA_CAREERFORUM = "https://careerforum.net/ja/contents/onlineinterview"
JA_FINDIN = "https://help-findin.zendesk.com/hc/ja/articles/360043170013"
JA_IMCLASSIC = "https://imclassic-ac.zendesk.com/hc/ja/articles/900004220323"
JA_ENTRYPOCKET = "https://support.entrypocket.jp/2022/04/25/%e3%82%aa%e3%83%b3%e3%83%a9%e3%82%a4%e3%83%b3%e9%9d%a2%e6%8e%a5%e3%81%a8%e3%81%af%ef%bc%9f"
IT_UNIBA = "https://www.uniba.it/it/studenti/placement/il-colloquio-di-lavoro-bozza"
IT_YESWENET = "https://yeswenet.it/per-i-lavoratori/consigli-per-i-candidati/il-video-colloquio"
IT_NEWCV = "https://www.newcvservice.com/post/il-video-on-demand-il-video-colloquio"
IT_RANDSTAD = "https://www.randstad.it/come-trovare-lavoro/video-colloquio-on-line/"
KO_DONGA = "https://www.donga.com/news/Economy/article/all/20200324/100332665/1"
KO_LAWGUIDE = "https://lawguide.kr/tag/%ec%b1%84%ec%9a%a9-%eb%a9%b4%ec%a0%91-%ec%a4%91"
SV_AKADEMSSR = "https://akademssr.se/lon-karriar/din-karriar/anstallningsintervjun"
SV_APERSONAL = "https://www.apersonal.se/index.php/soker-du-arbete/lite-tips-infor-intervju/"
SV_AVROPA = ("https://www.avropa.se/ramavtal/ramavtalsomraden/it-och-telekom/it-konsulttjanster/it-konsulttjanster-"
             "resurskonsulter-region-sodra/fragor-och-svar-om-itk-region-sodra---nya/krav/intervjua-kandidaterna/")
DA_PANKEHR = "https://pankehr.dk/jobsamtalen-gode-raad-til-lederen/"
DA_JOBSOGNING = "https://www.jobsogningsguide.dk/anden-samtale"
ZH_YJMPC = "https://www.yjmpc.cn/275163.html"
ZH_MIFOXO = ("https://www.mifoxo.com/news/jie-mi-shi-pin-mian-shi-xi-tong-she-ji-an-li-jie-suo-gao-xiao-yuan-"
             "cheng-zhao-pin-xin-si-lu.html")
TR_NLPHABER = "http://nlphaber.com/mulakatciyi-delirtmenin-20-yolu,2,605"

# Winter offsets: the batch's dates fall between 15 February and 12 March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
LON = ("+00:00", "Europe/London")
KUL = ("+08:00", "Asia/Kuala_Lumpur")
KOL = ("+05:30", "Asia/Kolkata")
SHA = ("+08:00", "Asia/Shanghai")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
ZRH = ("+01:00", "Europe/Zurich")
MUC = ("+01:00", "Europe/Berlin")
MAD = ("+01:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
MTY = ("-06:00", "America/Monterrey")
PAR = ("+01:00", "Europe/Paris")
LYS = ("+01:00", "Europe/Paris")
SAO = ("-03:00", "America/Sao_Paulo")
BEL = ("-03:00", "America/Belem")
AMS = ("+01:00", "Europe/Amsterdam")
BRU = ("+01:00", "Europe/Brussels")
TYO = ("+09:00", "Asia/Tokyo")
OSA = ("+09:00", "Asia/Tokyo")
ROM = ("+01:00", "Europe/Rome")
SEL = ("+09:00", "Asia/Seoul")
STO = ("+01:00", "Europe/Stockholm")
CPH = ("+01:00", "Europe/Copenhagen")
IST = ("+03:00", "Europe/Istanbul")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 291 604 837 15\nPasscode: Hx4qWe\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83310274456?pwd=Qe7t\nMeeting ID: 833 1027 4456\nPasscode: 551902"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/vyr-kqso-tmb\nOr dial: (US) +1 413-555-0197 PIN: 604 118 223#"
WEBEX = ("\n\nJoin Webex meeting: https://countyhr.webex.com/meet/oralboards\nMeeting number (access code): "
         "2634 118 0921\nMeeting password: Board27")
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 318 466 025 91\nPasscode: Lm8cZu\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/dmp-wqhe-zaf\nUnirse por teléfono: (ES) +34 910 55 01 42"
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "ID de réunion : 355 017 628 40\nSecret : Gh3nVb\n"
            "________________________________________________________________________________")
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/qkt-fmzr-hyd"
TEAMS_NL = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
            "Vergadering-id: 376 912 044 58\nWachtwoordcode: Pz6tRk\n"
            "________________________________________________________________________________")
ZOOM_IT = "\n\nPartecipa alla riunione Zoom\nhttps://us02web.zoom.us/j/86420173385?pwd=Tr2m\nID riunione: 864 2017 3385"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/Qw3rTz8L\n会议号：716 452 903"


INTL12: list[Case] = [
    # ============================================================ German
    # vwgis: the digital interview runs in MS Teams; the link comes by mail, the recruiters phone if the tech fails
    (event("Digitales Vorstellungsgespräch – GIS-Analyst (m/w/d) – Pat Lee",
           organizer=org("recruiting@kartenwerk-bs.de", "Kartenwerk Braunschweig Recruiting"),
           guests=[guest("recruiting@kartenwerk-bs.de", "Kartenwerk Braunschweig Recruiting"),
                   guest("m.oltmanns@kartenwerk-bs.de", "Merle Oltmanns"),
                   guest("j.pawlak@kartenwerk-bs.de", "Jonas Pawlak")],
           description="Hallo Pat, bitte klicke kurz vor dem Termin auf den Teams-Link unten. Ob du die Kamera "
                       "einschaltest, bleibt dir überlassen. Bei technischen Problemen rufen wir dich an. "
                       "Gesprächspartner: Merle Oltmanns (Recruiting), Jonas Pawlak (Leitung Geodaten)." + TEAMS_DE,
           **at("2027-02-17", "10:00", 60, *BER)),
     yes(["Kartenwerk Braunschweig", "Kartenwerk", "Kartenwerk-bs"],
         ["recruiting@kartenwerk-bs.de", "m.oltmanns@kartenwerk-bs.de", "j.pawlak@kartenwerk-bs.de"]), "de", DE_VWGIS),
    # cvhero: a short phone interview before the on-site one, in a fixed time frame
    (event("Telefoninterview – Sachbearbeiter/in Debitoren 80–100 %",
           organizer=org("nadja.keller@brunnmatt-logistik.ch", "Nadja Keller"),
           guests=[guest("nadja.keller@brunnmatt-logistik.ch", "Nadja Keller")],
           description="Ich rufe Sie auf Ihrer Mobilnummer an. Dauer ca. 20 Minuten; danach entscheiden wir über "
                       "ein persönliches Gespräch in Dietikon.",
           location="Telefon",
           **at("2027-02-18", "08:30", 20, *ZRH)),
     yes(["Brunnmatt Logistik", "Brunnmatt", "Brunnmatt-logistik"], ["nadja.keller@brunnmatt-logistik.ch"]),
     "de", DE_CVHERO),
    # deinneuerjob: the candidate's own note before a phone interview (salary wish, start date)
    (event("Gehaltswunsch + frühesten Eintritt notieren (vor Telefoninterview Brunnmatt)", organizer=SELF,
           **at("2027-02-17", "19:00", 20, *ZRH)),
     None, "de", DE_DEINNEUERJOB),
    # ausbildungsoffensive-bayern: an apprenticeship interview on site, be there ten minutes early
    (event("Vorstellungsgespräch Ausbildung Industriekaufmann/-frau 2027",
           organizer=org("ausbildung@zollner-kunststoff.de", "Zollner Kunststofftechnik – Ausbildung"),
           guests=[guest("ausbildung@zollner-kunststoff.de", "Zollner Kunststofftechnik – Ausbildung"),
                   guest("b.hintermaier@zollner-kunststoff.de", "Barbara Hintermaier")],
           description="Bitte seien Sie ca. 10 Minuten vorher an der Pforte. Ihre Ausbilderin Frau Hintermaier und "
                       "ein Azubi aus dem 2. Lehrjahr zeigen Ihnen danach den Betrieb.",
           location="Zollner Kunststofftechnik GmbH, Gewerbering 9, 84130 Dingolfing",
           **at("2027-02-24", "14:00", 60, *MUC)),
     yes(["Zollner Kunststofftechnik", "Zollner", "Zollner-kunststoff"],
         ["ausbildung@zollner-kunststoff.de", "b.hintermaier@zollner-kunststoff.de"]), "de", DE_AUSBILDUNG),
    # zbp: a call came unannounced; the candidate calls back to fix a time for the phone interview
    (event("Rückruf Personalabteilung Hofer & Partner – Termin fürs Telefon-Interview ausmachen", organizer=SELF,
           description="Hr. Gruber, Durchwahl -214. Ruhiger Ort!",
           **at("2027-02-16", "12:30", 10, *VIE)),
     None, "de", DE_ZBP),
    # jobanzeigen: a two-day assessment centre with a round of introductions and observers (a hiring step)
    (days(event("Assessment-Center Traineeprogramm Vertrieb (2 Tage)",
                organizer=org("trainee@nordlicht-versicherung.de", "Nordlicht Versicherung Trainee-Recruiting"),
                guestsCanSeeOtherGuests=False,
                description="<p>Tag 1: Vorstellungsrunde, Selbstpräsentation, Gruppendiskussion.<br>Tag 2: "
                            "Rollenspiel Kundengespräch, Einzelinterview.</p><p>Beobachter: Frau Dr. Ilka Sommer "
                            "(Vertriebsleitung), Herr Malte Griese (HR).</p>",
                location="Nordlicht Versicherung, Ballindamm 12, 20095 Hamburg"),
          "2027-03-03", "2027-03-05"),
     yes(["Nordlicht Versicherung", "Nordlicht", "Nordlicht-versicherung"],
         ["trainee@nordlicht-versicherung.de", "Ilka Sommer", "Malte Griese"]), "de", DE_JOBANZEIGEN),
    # rnz: the owner as an observer at the employer's selection day (hiring side)
    (event("Beobachterschulung für den Auswahltag am 4.3. (Bewerber-Workshop)",
           organizer=org("personalentwicklung@rheinwerk-stahl.de", "Rheinwerk Personalentwicklung"),
           guests=[guest("personalentwicklung@rheinwerk-stahl.de", "Rheinwerk Personalentwicklung")],
           description="Für alle Führungskräfte, die am Auswahltag Bewerberinnen und Bewerber beobachten.",
           location="Rheinwerk Stahl, Schulungsraum 2",
           **at("2027-02-25", "13:00", 120, *BER)),
     None, "de", DE_RNZ),
    # durchstarter: the candidate's chore for an assessment centre (food, water, punctuality)
    (event("Snacks + Wasser einpacken, Bahn 6:42 – AC Nordlicht", organizer=SELF,
           **at("2027-03-02", "20:00", 15, *BER)),
     None, "de", DE_DURCHSTARTER),
    # karriere.direct: a careers portal webinar about assessment centres (not a hiring step)
    (event("Webinar: Assessment Center souverän meistern",
           organizer=org("events@karriereportal-nord.de", "Karriereportal Nord Events"),
           description="Live-Webinar mit Q&A. Zugangslink folgt einen Tag vorher.",
           **at("2027-02-22", "18:00", 60, *BER)),
     None, "de", DE_KARRIEREDIRECT),
    # ============================================================ Spanish
    # personio.es: an online interview by video call instead of an office visit
    (event("Entrevista online – Técnico/a de Nóminas – Pat Lee",
           organizer=org("seleccion@grupoarlanza.es", "Grupo Arlanza – Selección"),
           guests=[guest("seleccion@grupoarlanza.es", "Grupo Arlanza – Selección"),
                   guest("l.echevarria@grupoarlanza.es", "Lucía Echevarría")],
           description="Hola Pat: te esperamos en la videollamada. Te entrevistará Lucía Echevarría, responsable "
                       "de Administración de Personal." + MEET_ES,
           **at("2027-02-19", "11:00", 45, *MAD)),
     yes(["Grupo Arlanza", "Arlanza", "Grupoarlanza"], ["seleccion@grupoarlanza.es", "l.echevarria@grupoarlanza.es"]),
     "es", ES_PERSONIO),
    # profesionistas: the second interview, with the future direct boss after a first one with HR
    (event("Segunda entrevista – Analista de Crédito (con el Gerente de Riesgos)",
           organizer=org("rh@financieraelnogal.com.mx", "Financiera El Nogal – Recursos Humanos"),
           guests=[guest("rh@financieraelnogal.com.mx", "Financiera El Nogal – Recursos Humanos"),
                   guest("a.zavala@financieraelnogal.com.mx", "Arturo Zavala")],
           description="Después de tu primera entrevista con RH, ahora conocerás al Lic. Arturo Zavala, quien "
                       "sería tu jefe directo. Trae identificación oficial para el acceso.",
           location="Financiera El Nogal, Av. Constitución 1450, piso 6, Monterrey, N.L.",
           **at("2027-02-23", "10:00", 60, *MTY)),
     yes(["Financiera El Nogal", "El Nogal", "Financieraelnogal"],
         ["rh@financieraelnogal.com.mx", "a.zavala@financieraelnogal.com.mx"]), "es", ES_PROFESIONISTAS),
    # profesionistas: a panel interview with other finalists compared directly; the panel named only
    (event("Entrevista de panel – Coordinador(a) de Logística",
           organizer=org("talento@transportesbajio.mx", "Transportes del Bajío Talento"),
           guestsCanSeeOtherGuests=False,
           description="Panel: Ing. Rocío Medrano (Operaciones), Mtro. Saúl Ibarra (Finanzas) y Karla Ponce "
                       "(Talento). Duración aproximada 50 minutos.",
           location="Transportes del Bajío, Blvd. Aeropuerto 2100, León, Gto.",
           **at("2027-03-01", "12:00", 50, *MEX)),
     yes(["Transportes del Bajío", "Transportes del Bajio", "Transportesbajio"],
         ["talento@transportesbajio.mx", "Rocío Medrano", "Saúl Ibarra", "Karla Ponce"]), "es", ES_PROFESIONISTAS),
    # sigloxxi: the candidate's own test of camera and connection before an online interview
    (event("Probar cámara, micro y conexión (entrevista online mañana)", organizer=SELF,
           **at("2027-02-18", "19:30", 20, *MAD)),
     None, "es", ES_SIGLOXXI),
    # tavoq: a phone interview used as a first screen
    (event("Entrevista telefónica – Ejecutivo/a Comercial – Grupo Altamar",
           organizer=org("n.quiroga@grupoaltamar.es", "Nerea Quiroga"),
           guests=[guest("n.quiroga@grupoaltamar.es", "Nerea Quiroga")],
           description="Te llamo al móvil que indicaste en tu candidatura. Unos 20 minutos.",
           **at("2027-02-16", "17:00", 20, *MAD)),
     yes(["Grupo Altamar", "Altamar", "Grupoaltamar"], ["n.quiroga@grupoaltamar.es"]), "es", ES_TAVOQ),
    # tavoq: the owner as the recruiter, blocking time for phone screens (hiring side)
    (event("Programar entrevistas telefónicas – 5 candidatos vacante Comercial Norte", organizer=SELF,
           description="Revisar CVs preseleccionados y enviar horarios.",
           **at("2027-02-22", "09:00", 90, *MAD)),
     None, "es", ES_TAVOQ),
    # ============================================================ French
    # cvlettre: an interview coordinated by HR and the manager
    (event("Entretien – Chargé(e) de clientèle entreprises – Pat Lee",
           organizer=org("recrutement@banque-ardoise.fr", "Banque Ardoise – Recrutement"),
           guests=[guest("recrutement@banque-ardoise.fr", "Banque Ardoise – Recrutement"),
                   guest("c.girard@banque-ardoise.fr", "Claire Girard"),
                   room("c_ba_salle4@resource.calendar.google.com", "BA-Siège-4e-Salle Loire (6)")],
           description="Vous rencontrerez Claire Girard, directrice d'agence. Merci de vous présenter à l'accueil.",
           location="Banque Ardoise, 18 rue de la Bourse, 69002 Lyon",
           **at("2027-02-22", "14:30", 60, *LYS)),
     yes(["Banque Ardoise", "Ardoise", "Banque-ardoise"], ["recrutement@banque-ardoise.fr", "c.girard@banque-ardoise.fr"]),
     "fr", FR_CVLETTRE),
    # cvlettre: the candidate's chore (chasing a date for the second interview)
    (event("Relancer Mme Girard pour la date du 2e entretien", organizer=SELF,
           **at("2027-03-01", "09:00", 10, *LYS)),
     None, "fr", FR_CVLETTRE),
    # cnfdi: the oral admission test of a civil-service competition (b7's rule: yes, the organising body)
    (event("Épreuve d'admission – entretien avec le jury – Rédacteur territorial (concours externe)",
           organizer=org("concours@cdg-hauteloire.fr", "Centre de gestion – service concours"),
           description="Présentation de votre parcours (5 minutes minimum) puis échange avec le jury. Présentez-vous "
                       "30 minutes avant l'heure de convocation avec une pièce d'identité.",
           location="Centre de gestion, 12 boulevard Carnot, 43000 Le Puy-en-Velay",
           **at("2027-03-09", "10:20", 20, *PAR)),
     yes(["Centre de gestion de la Haute-Loire", "Centre de gestion", "CDG Haute-Loire", "Cdg-hauteloire"],
         ["concours@cdg-hauteloire.fr"]), "fr", FR_CNFDI),
    # bfm: a mock oral with a prep course's fictitious jury (coaching, no)
    (event("Oral blanc – jury fictif (prépa concours, 20 min)",
           organizer=org("prepa@institut-sequana.fr", "Institut Sequana – Prépa concours"),
           location="Institut Sequana, salle B12",
           **at("2027-03-03", "17:00", 45, *PAR)),
     None, "fr", FR_BFM),
    # vallet: a coaching session about the jury interview (coaching, no)
    (event("Coaching – préparer l'entretien avec le jury (Valérie)",
           organizer=org("valerie@vallet-coaching.fr", "Valérie Vallet"),
           guests=[guest("valerie@vallet-coaching.fr", "Valérie Vallet")],
           description="Séance visio : mise en situation, posture, questions pièges.",
           **at("2027-02-26", "18:30", 60, *PAR)),
     None, "fr", FR_VALLET),
    # cvlettre: a video interview with HR and the payroll manager
    (event("Entretien visio – Responsable paie (H/F)",
           organizer=org("m.benali@groupe-calisson.fr", "Mehdi Benali"),
           guests=[guest("m.benali@groupe-calisson.fr", "Mehdi Benali"),
                   guest("rh@groupe-calisson.fr", "Groupe Calisson RH", "tentative")],
           description="Premier échange avec Mehdi Benali, DRH adjoint." + TEAMS_FR,
           **at("2027-02-25", "11:00", 45, *PAR)),
     yes(["Groupe Calisson", "Calisson", "Groupe-calisson"], ["m.benali@groupe-calisson.fr", "rh@groupe-calisson.fr"]),
     "fr", FR_CVLETTRE),
    # ============================================================ Portuguese
    # oliberal: an online interview by video call (Brazil)
    (event("Entrevista online – Assistente Administrativo – Pat Lee",
           organizer=org("rh@amazoniaembalagens.com.br", "Amazônia Embalagens RH"),
           guests=[guest("rh@amazoniaembalagens.com.br", "Amazônia Embalagens RH"),
                   guest("j.pantoja@amazoniaembalagens.com.br", "Júlia Pantoja")],
           description="Olá, Pat! A entrevista será por vídeo com a Júlia Pantoja (coordenadora administrativa). "
                       "Verifique a conexão antes." + MEET_PT,
           **at("2027-02-18", "15:00", 40, *BEL)),
     yes(["Amazônia Embalagens", "Amazonia Embalagens", "Amazoniaembalagens"],
         ["rh@amazoniaembalagens.com.br", "j.pantoja@amazoniaembalagens.com.br"]), "pt", PT_OLIBERAL),
    # solides: a group dynamic followed by interviews inside a trainee selection (a hiring step)
    (event("Dinâmica de grupo + entrevista individual – Trainee Comercial 2027",
           organizer=org("trainee@cooperativa-serrana.com.br", "Cooperativa Serrana – Programa Trainee"),
           guestsCanSeeOtherGuests=False,
           description="09h dinâmica de grupo; 11h entrevistas individuais com gestores. Condução: Renata Castilho "
                       "(Gente e Gestão).",
           location="Cooperativa Serrana, Rua Sete de Setembro 880, Curitiba – PR",
           **at("2027-03-02", "09:00", 240, *SAO)),
     yes(["Cooperativa Serrana", "Serrana", "Cooperativa-serrana"],
         ["trainee@cooperativa-serrana.com.br", "Renata Castilho"]), "pt", PT_SOLIDES),
    # solides: the owner as the recruiter running a group dynamic (hiring side)
    (event("Aplicar dinâmica de grupo – candidatos trainee (sala 3)", organizer=SELF,
           description="Levar fichas de avaliação e cronômetro.",
           **at("2027-03-04", "09:00", 120, *SAO)),
     None, "pt", PT_SOLIDES),
    # vocerh: the owner preparing an interview script as the hiring manager (hiring side)
    (event("Preparar roteiro de entrevista – vaga Analista de Dados", organizer=SELF,
           **at("2027-02-24", "16:00", 45, *SAO)),
     None, "pt", PT_VOCERH),
    # oliberal: the candidate's reminder to set up the video app and a quiet room
    (event("Avisar a família: entrevista online 15h (silêncio!) + testar Meet", organizer=SELF,
           **at("2027-02-18", "13:30", 10, *BEL)),
     None, "pt", PT_OLIBERAL),
    # ============================================================ Dutch
    # personio.nl: the second interview, with team members who ask their own questions
    (event("Tweede sollicitatiegesprek – Accountmanager – Pat Lee",
           organizer=org("werving@polderdata.nl", "Polderdata Werving"),
           guests=[guest("werving@polderdata.nl", "Polderdata Werving"),
                   guest("s.vanleeuwen@polderdata.nl", "Sanne van Leeuwen"),
                   guest("k.bouzid@polderdata.nl", "Karim Bouzid")],
           description="In dit gesprek sluiten twee toekomstige collega's aan: Sanne (teamlead Sales) en Karim "
                       "(accountmanager)." + TEAMS_NL,
           **at("2027-02-24", "13:30", 60, *AMS)),
     yes(["Polderdata"], ["werving@polderdata.nl", "s.vanleeuwen@polderdata.nl", "k.bouzid@polderdata.nl"]),
     "nl", NL_PERSONIO),
    # personio.nl: the owner as the employer preparing second-round questions (hiring side)
    (event("Vragen voorbereiden tweede gesprek kandidaat Accountmanager (met Sanne)", organizer=SELF,
           guests=[guest("sanne.vl@polderdata.nl", "Sanne van Leeuwen")],
           **at("2027-03-02", "10:00", 30, *AMS)),
     None, "nl", NL_PERSONIO),
    # selectionlab: a structured interview at a municipality
    (event("Sollicitatiegesprek – Beleidsmedewerker Wonen",
           organizer=org("p.dekker@gemeente-westerwolde-aa.nl", "Pieter Dekker"),
           guests=[guest("p.dekker@gemeente-westerwolde-aa.nl", "Pieter Dekker"),
                   guest("hrm@gemeente-westerwolde-aa.nl", "Team HRM"),
                   guest("l.kok@gemeente-westerwolde-aa.nl", "Lotte Kok", "declined")],
           description="Gestructureerd gesprek van 45 minuten, daarna ruimte voor uw vragen.",
           location="Gemeentehuis, Raadhuisstraat 1, Ter Apel",
           **at("2027-03-08", "15:00", 45, *AMS)),
     yes(["Gemeente Westerwolde Aa", "Westerwolde Aa", "Gemeente-westerwolde-aa"],
         ["p.dekker@gemeente-westerwolde-aa.nl", "hrm@gemeente-westerwolde-aa.nl"]), "nl", NL_SELECTIONLAB),
    # knack: a Belgian agency's video interview with the client watching (the agency rule)
    (event("Videogesprek – Projectingenieur HVAC (klant: Klimaatbouw Vlaanderen)",
           organizer=org("e.peeters@talentbrug.be", "Elke Peeters (Talentbrug)"),
           guests=[guest("e.peeters@talentbrug.be", "Elke Peeters (Talentbrug)"),
                   guest("d.claes@klimaatbouw.be", "Dirk Claes")],
           description="Dirk Claes (technisch directeur bij onze klant) kijkt mee en stelt enkele vragen.",
           location="Videochat – link volgt per mail",
           **at("2027-02-26", "09:30", 45, *BRU)),
     yes(["Klimaatbouw Vlaanderen", "Klimaatbouw"], ["e.peeters@talentbrug.be", "d.claes@klimaatbouw.be"]),
     "nl", NL_KNACK),
    # knack: a job-seeker training session practising video interviews (training, no)
    (event("Sollicitatietraining: videogesprek oefenen (groep)",
           organizer=org("opleidingen@werkpunt-gent.be", "Werkpunt Gent Opleidingen"),
           location="Werkpunt Gent, Sint-Pietersnieuwstraat 40",
           **at("2027-02-19", "09:30", 180, *BRU)),
     None, "nl", NL_KNACK),
    # ============================================================ Japanese
    # careerforum: an online interview slot the candidate booked; entering the interview room
    (event("オンライン面接(一次)– 株式会社ミナトデータ",
           organizer=org("saiyo@minatodata.co.jp", "ミナトデータ 採用担当"),
           guests=[guest("saiyo@minatodata.co.jp", "ミナトデータ 採用担当"),
                   guest("k.sakurai@minatodata.co.jp", "桜井 健太")],
           description="ご予約ありがとうございます。開始5分前に面接部屋へ入室してください。面接官:桜井(事業部長)。",
           **at("2027-02-19", "16:00", 45, *TYO)),
     yes(["株式会社ミナトデータ", "ミナトデータ", "Minato Data", "Minatodata"],
         ["saiyo@minatodata.co.jp", "k.sakurai@minatodata.co.jp"]), "ja", JA_CAREERFORUM),
    # findin: a second interview set by the store's hiring contact (venue, stage, type)
    (event("【面接日程のご案内】二次面接 – 店長候補(正社員)",
           organizer=org("recruit@hanamizuki-foods.jp", "はなみずきフーズ 採用窓口"),
           guests=[guest("recruit@hanamizuki-foods.jp", "はなみずきフーズ 採用窓口"),
                   guest("t.ogawa@hanamizuki-foods.jp", "小川 拓也")],
           description="面接会場:梅田本部 3階会議室 / 面接段階:二次 / 面接種類:対面。エリアマネージャー小川が担当します。",
           location="はなみずきフーズ 梅田本部, 大阪市北区梅田2-4-9",
           **at("2027-02-26", "11:00", 60, *OSA)),
     yes(["はなみずきフーズ", "Hanamizuki Foods", "Hanamizuki-foods"],
         ["recruit@hanamizuki-foods.jp", "t.ogawa@hanamizuki-foods.jp"]), "ja", JA_FINDIN),
    # imclassic: the candidate asks, on the interview tool's page, to move a web interview
    (event("面接日程の変更を依頼(インタビューメーカーのマイページから)", organizer=SELF,
           **at("2027-02-21", "21:00", 10, *TYO)),
     None, "ja", JA_IMCLASSIC),
    # entrypocket: a part-time online interview slot; the store manager takes it
    (event("★オンライン面接 – ホールスタッフ(アルバイト)",
           organizer=org("tencho.shibuya@kissa-tsubaki.jp", "喫茶つばき 渋谷店 店長"),
           guests=[guest("tencho.shibuya@kissa-tsubaki.jp", "喫茶つばき 渋谷店 店長")],
           description="備考:スマートフォンで参加できます。静かな場所でご参加ください。",
           **at("2027-02-20", "15:00", 15, *TYO)),
     yes(["喫茶つばき", "Kissa Tsubaki", "Kissa-tsubaki"], ["tencho.shibuya@kissa-tsubaki.jp"]), "ja", JA_ENTRYPOCKET),
    # findin: the owner as an interviewer for mid-career hires (hiring side)
    (event("面接官:中途採用 一次面接(候補者2名)",
           organizer=org("jinji@minatodata.co.jp", "ミナトデータ 人事部"),
           guests=[guest("jinji@minatodata.co.jp", "ミナトデータ 人事部")],
           description="評価シートは面接後24時間以内に入力してください。",
           location="本社 5F 面接室B",
           **at("2027-03-05", "13:00", 90, *TYO)),
     None, "ja", JA_FINDIN),
    # ============================================================ Italian
    # uniba: a classic interview of 20 to 45 minutes with the HR manager
    (event("Colloquio di lavoro – Addetto/a contabilità – Pat Lee",
           organizer=org("selezione@oleificiomurgia.it", "Oleificio Murgia – Selezione"),
           guests=[guest("selezione@oleificiomurgia.it", "Oleificio Murgia – Selezione"),
                   guest("f.derosa@oleificiomurgia.it", "Francesca De Rosa")],
           description="Colloquio conoscitivo con la responsabile amministrativa, dott.ssa De Rosa. Portare il CV.",
           location="Oleificio Murgia, Via per Altamura km 3, Gravina in Puglia (BA)",
           **at("2027-02-23", "10:30", 45, *ROM)),
     yes(["Oleificio Murgia", "Murgia", "Oleificiomurgia"],
         ["selezione@oleificiomurgia.it", "f.derosa@oleificiomurgia.it"]), "it", IT_UNIBA),
    # yeswenet: a video interview on Zoom (headphones, a plain background)
    (event("Video colloquio – Customer Care Specialist (lingua inglese)",
           organizer=org("hr@vitalfarma-online.it", "Vitalfarma HR"),
           guests=[guest("hr@vitalfarma-online.it", "Vitalfarma HR"),
                   guest("g.marchetti@vitalfarma-online.it", "Giulia Marchetti")],
           description="Si consiglia l'uso di cuffie. Parte del colloquio si svolgerà in inglese." + ZOOM_IT,
           **at("2027-03-01", "15:00", 40, *ROM)),
     yes(["Vitalfarma"], ["hr@vitalfarma-online.it", "g.marchetti@vitalfarma-online.it"]), "it", IT_YESWENET),
    # newcv: an on-demand (deferred) video interview with a deadline; the platform mails it (earlier rounds: yes, nobody to thank)
    (event("Colloquio in differita (video on demand) – Ferrovie Alpine Servizi – entro venerdì",
           organizer=org("noreply@videoselezione.it", "Piattaforma video colloqui"),
           description="Ferrovie Alpine Servizi ti invita a rispondere a 5 domande video. Tempo di preparazione "
                       "30 secondi, risposta 2 minuti, 2 tentativi. Scadenza: venerdì alle 23:59.",
           **at("2027-03-05", "18:00", 30, *ROM)),
     yes(["Ferrovie Alpine Servizi", "Ferrovie Alpine"], []), "it", IT_NEWCV),
    # randstad.it: an agency webinar on online interviews (webinar, no)
    (event("Webinar: come affrontare il colloquio online",
           organizer=org("eventi@lavoro-insieme.it", "Lavoro Insieme – Eventi"),
           description="Webinar gratuito per candidati. Link di accesso nella mail di conferma.",
           **at("2027-02-17", "18:00", 60, *ROM)),
     None, "it", IT_RANDSTAD),
    # ============================================================ Korean
    # donga: a video interview for new hires; candidates join ten minutes early and are invited into the room
    (event("[화상면접] 2027 신입사원 1차 면접 – 한빛코스메틱",
           organizer=org("recruit@hanbit-cosmetic.co.kr", "한빛코스메틱 인사팀"),
           guests=[guest("recruit@hanbit-cosmetic.co.kr", "한빛코스메틱 인사팀")],
           description="지원자님, 면접 시작 10분 전까지 화상회의 프로그램에 접속해 주세요. 대기실에서 면접관이 계신 방으로 "
                       "초대해 드립니다.",
           **at("2027-02-25", "10:00", 30, *SEL)),
     yes(["한빛코스메틱", "Hanbit Cosmetic", "Hanbit-cosmetic"], ["recruit@hanbit-cosmetic.co.kr"]), "ko", KO_DONGA),
    # lawguide: a fair-hiring-law training for interviewers (hiring side)
    (event("채용절차법 교육 – 면접위원 대상",
           organizer=org("hrd@hanbit-cosmetic.co.kr", "한빛코스메틱 인재개발팀"),
           location="본사 7층 대회의실",
           **at("2027-02-18", "14:00", 90, *SEL)),
     None, "ko", KO_LAWGUIDE),
    # ============================================================ Swedish
    # akademssr: two or three people, sometimes a union representative (new decision: thanked like the panel)
    (event("Anställningsintervju – Handläggare bygglov – Pat Lee",
           organizer=org("maria.lundin@ljusnedal.se", "Maria Lundin"),
           guests=[guest("maria.lundin@ljusnedal.se", "Maria Lundin"),
                   guest("hr@ljusnedal.se", "Ljusnedals kommun HR"),
                   guest("per.ahlgren@ljusnedal.se", "Per Ahlgren (facklig företrädare)")],
           description="Du träffar Maria Lundin (enhetschef), en HR-konsult och Per Ahlgren från facket.",
           location="Kommunhuset, Storgatan 12, Ljusnedal",
           **at("2027-02-24", "09:00", 60, *STO)),
     # a union representative sitting in on the panel is thanked like the other panel members
     yes(["Ljusnedals kommun", "Ljusnedal", "Ljusnedals"],
         ["maria.lundin@ljusnedal.se", "hr@ljusnedal.se", "per.ahlgren@ljusnedal.se"]), "sv", SV_AKADEMSSR),
    # apersonal: the candidate's chore (papers the staffing agency wants to see)
    (event("Packa truckkort, körkort + betyg till intervjun hos A Bemanning", organizer=SELF,
           **at("2027-02-25", "07:00", 10, *STO)),
     None, "sv", SV_APERSONAL),
    # avropa: the owner as a public buyer interviewing consultant candidates (hiring side)
    (event("Intervju konsultkandidater – avrop IT-konsult (verifiera ställda krav)", organizer=SELF,
           guests=[guest("anbud@nordkonsult-it.se", "Nordkonsult IT")],
           **at("2027-03-03", "13:00", 120, *STO)),
     None, "sv", SV_AVROPA),
    # ============================================================ Danish
    # pankehr: the invitation's practical details (address, 2nd floor, ask for someone, about an hour)
    (event("Jobsamtale – Økonomiassistent – Pat Lee",
           organizer=org("lone.vestergaard@fjordfragt.dk", "Lone Vestergaard"),
           guests=[guest("lone.vestergaard@fjordfragt.dk", "Lone Vestergaard"),
                   guest("k.holm@fjordfragt.dk", "Kasper Holm")],
           description="Gå op på 2. sal og spørg efter Lone. Du kan parkere i gården. Samtalen tager ca. 1 time, "
                       "og du behøver ikke forberede noget særligt.",
           location="Fjordfragt A/S, Havnegade 21, 7100 Vejle",
           **at("2027-02-23", "13:00", 60, *CPH)),
     yes(["Fjordfragt A/S", "Fjordfragt"], ["lone.vestergaard@fjordfragt.dk", "k.holm@fjordfragt.dk"]),
     "da", DA_PANKEHR),
    # jobsogningsguide: the owner as the employer preparing a second interview (hiring side)
    (event("Anden samtale m. kandidat (bogholder) – forbered spørgsmål", organizer=SELF,
           **at("2027-03-01", "08:30", 30, *CPH)),
     None, "da", DA_JOBSOGNING),
    # ============================================================ Chinese
    # yjmpc: the hiring system sends an online interview invitation after both sides agree a time
    (event("线上面试邀请 – 产品运营专员 – Pat Lee",
           organizer=org("zhaopin@yunfan-tech.cn", "云帆科技 招聘组"),
           guests=[guest("zhaopin@yunfan-tech.cn", "云帆科技 招聘组"),
                   guest("chen.jing@yunfan-tech.cn", "陈静")],
           description="面试官：运营总监 陈静。请提前准备好电脑、摄像头和麦克风。" + TENCENT,
           **at("2027-02-24", "14:00", 45, *SHA)),
     yes(["云帆科技", "Yunfan Tech", "Yunfan-tech"], ["zhaopin@yunfan-tech.cn", "chen.jing@yunfan-tech.cn"]),
     "zh", ZH_YJMPC),
    # mifoxo: a product review of a video-interview system the owner works on (no)
    (event("视频面试系统需求评审会（面试预约/邀请模块）",
           organizer=org("pm@yunfan-tech.cn", "云帆科技 产品部"),
           location="3号会议室",
           **at("2027-03-02", "10:00", 60, *SHA)),
     None, "zh", ZH_MIFOXO),
    # ============================================================ Turkish
    # nlphaber: the candidate's own reminders before an interview (be on time, phone silent)
    (event("Mülakat öncesi: telefonu sessize al, 20 dk erken çık (Kadıköy)", organizer=SELF,
           **at("2027-02-22", "08:30", 10, *IST)),
     None, "tr", TR_NLPHABER),
]
