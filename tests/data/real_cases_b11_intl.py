"""Blind batch 11 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b11.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (winter offsets, the batch's dates fall in January to early March 2027) and the
conference texts pasted into descriptions.

Scored once, at the end of round 11, for docs/detection.md and the README; tuning data since round 12.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_JACANDO = "https://jacando.freshdesk.com/en/support/solutions/articles/31000131760-make-an-appointment-"
DE_TALENT360 = "https://help.talent360.io/de/articles/13510343-terminfindung-fur-interviews-zwischen-kunden-und-bewerber"
DE_PERSONA = "https://persona.de/magazin/artikel/vorstellungsgespraech-verschieben-regeln-beispiele"
DE_BEWERBUNGSENTWURF = "https://www.bewerbungsentwurf.de/bewerbungsgespraech-verschieben/"
DE_KARRIERESPRUNG = "https://www.karrieresprung.de/vorstellungsgespraech-verschieben"
DE_JOBSCH = "https://jobs.ch/de/job-coach/vorstellungsgespraech-verschieben"
DE_FINANZEN = ("https://finanzen.net/nachricht/geld-karriere-lifestyle/karriere-tipp-keine-zeit-fuer-das-"
               "vorstellungsgespraech-absagen-oder-den-termin-verschieben-so-geht-s-9286997")
ES_EMPLEOFUTURO = "https://empleofuturo.com/info/todo-lo-que-debes-hacer-para-triunfar-en-una-entrevista-de-trabajo/"
ES_ACIRH = "https://acirh.com/entrevista-laboral-15/"
ES_NORAGAMEZ = "https://www.noragamez.com/como-reagendar-una-entrevista-de-trabajo/"
ES_BUK = "https://buk.freshdesk.com/support/solutions/articles/69000800043"
ES_CVPROFI = "https://cvprofi.es/blog/programacion-entrevistas-que-como-dominarlo"
FR_CAPITAL = ("https://www.capitalressources.com/fr/actualites/reussir-un-entretien-de-recrutement-en-visio-les-"
              "conseils-de-capital-ressources")
FR_COURRIERCADRES = "https://courriercadres.cosavostra.com/?p=4598"
FR_FACTORIAL = "https://factorial.fr/blog/mener-entretien-dembauche-visio"
FR_BLOGEMPLOI = "https://www.blog-emploi.com/teletravail-entretien-distance-recrutement/"
PT_RANDSTAD = "https://randstad.pt/tendencias-360/entrevistas/entrevista-de-emprego-tipos-meios-e-estruturas-possiveis"
PT_ROBERTWALTERS = "https://www.robertwalters.pt/conselhos-carreira/levar-a-sua-entrevista-hr-a-serio.html"
PT_NOTICIASMAG = ("https://www.noticiasmagazine.pt/2021/como-impressionar-numa-entrevista-online/estilos/"
                  "comportamento/261969/")
PT_AMARELINHO = "https://noticias.oamarelinho.com.br/?p=4721"
NL_WERFEN = "https://werf-en.nl/hoe-bereiden-recruiters-een-sollicitatiegesprek-voor"
NL_EXPERIS = ("https://experis.nl/nl/kennisdeling/artikel/2020/03/10-tips-waar-je-op-moet-letten-bij-een-online-"
              "sollicitatie")
NL_METROTIME = "https://nl.metrotime.be/2020/05/11/must-read/zo-bereid-je-je-voor-op-een-videosollicitatiegesprek/"
JA_GOODCAREER = "https://good-career.co.jp/guide/preparation"
JA_BIZREACH = "https://bizreach.jp/static/guide/final-interview"
JA_KIRAPON = "https://kirapon-job.jp/faq_member/detail/776"
JA_TGS = "https://tgs-office.jp/interview/qa.html"
JA_TOWNIMP = "https://www.townimp.net/column_mensetsu-syusyoku.html"
IT_INRECRUITING = "https://www.in-recruiting.com/it/come-condurre-colloquio-di-lavoro/"
IT_GRUPPOITALIA = "https://gruppoitaliaretail.it/blog/come-condurre-un-secondo-colloquio-di-lavoro"
IT_ROMATODAY = "http://www.romatoday.it/speciale/lavoro/orientamento/tipi-colloquio-lavoro.html"
SV_ASKFILL = "https://www.askfill.com/post/sa-intervjuar-du-som-en-rekryterare"
SV_ACADEMICWORK = "https://www.academicwork.se/insights/arbetsgivare/tips-infor-kandidatintervju"
PL_RBR = "https://kancelariarbr.pl/?p=26041473"
ZH_IHR360 = "https://www.ihr360.com/hrnews/202511568554.html"

# Winter offsets: the batch's dates fall in January to early March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
TOR = ("-05:00", "America/Toronto")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
AKL = ("+13:00", "Pacific/Auckland")
SGP = ("+08:00", "Asia/Singapore")
MEXC = ("-06:00", "America/Mexico_City")
STHLM = ("+01:00", "Europe/Stockholm")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
ZRH = ("+01:00", "Europe/Zurich")
MAD = ("+01:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
SCL = ("-03:00", "America/Santiago")
PAR = ("+01:00", "Europe/Paris")
SAO = ("-03:00", "America/Sao_Paulo")
LIS = ("+00:00", "Europe/Lisbon")
AMS = ("+01:00", "Europe/Amsterdam")
BRU = ("+01:00", "Europe/Brussels")
TYO = ("+09:00", "Asia/Tokyo")
ROM = ("+01:00", "Europe/Rome")
STO = ("+01:00", "Europe/Stockholm")
WAW = ("+01:00", "Europe/Warsaw")
SHA = ("+08:00", "Asia/Shanghai")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 427 118 390 62\nPasscode: Rb7yNc\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/87120459931?pwd=Lm3s\nMeeting ID: 871 2045 9931"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qwe-hbtz-rkd"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Besprechungs-ID: 385 220 917 04\nPasscode: Qv2hLs\n"
            "________________________________________________________________________________")
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "ID de réunion : 366 940 172 25\nSecret : Tp9wDm\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/fpa-kzre-wux"
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/hnc-yqwt-pvo"
TEAMS_NL = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
            "Vergadering-id: 341 557 208 19\nWachtwoordcode: Kf5rGz\n"
            "________________________________________________________________________________")
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us02web.zoom.us/j/81374420196?pwd=Vc8k\nミーティングID: 813 7442 0196"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/Hv7pQe3K\n会议号：593 208 661"

INTL11: list[Case] = [
    # ============================================================ German
    # jacando: an appointment of type "Job interview" from the applicant management, HR as organiser
    (event("Vorstellungsgespräch – Kaufmännische Assistenz (w/m/d) – Pat Lee",
           organizer=org("personal@hegner-metallbau.ch", "Sandra Hegner"),
           guests=[guest("personal@hegner-metallbau.ch", "Sandra Hegner"),
                   guest("r.wyss@hegner-metallbau.ch", "Reto Wyss")],
           description="Gesprächsteilnehmer: Sandra Hegner (Personal) und Reto Wyss (Leiter Administration). "
                       "Bitte melden Sie sich am Empfang im Erdgeschoss.",
           location="Hegner Metallbau AG, Industriestrasse 14, 8604 Volketswil",
           **at("2027-01-21", "14:00", 60, *ZRH)),
     yes(["Hegner Metallbau AG", "Hegner Metallbau", "Hegner", "Hegner-metallbau"],
         ["personal@hegner-metallbau.ch", "r.wyss@hegner-metallbau.ch"]), "de", DE_JACANDO),
    # jacando's "one-day work trial" type inside the hiring process: a hiring step
    (event("Schnuppertag / Probearbeit – Polymechaniker EFZ",
           organizer=org("personal@hegner-metallbau.ch", "Sandra Hegner"),
           guests=[guest("m.baumann@hegner-metallbau.ch", "Marco Baumann")],
           description="Sie begleiten Marco Baumann (Werkstattleiter) einen Tag in der Fertigung. Arbeitskleidung "
                       "wird gestellt, Sicherheitsschuhe bitte mitbringen.",
           location="Hegner Metallbau AG, Werk 2, Volketswil",
           **at("2027-02-04", "07:30", 480, *ZRH)),
     yes(["Hegner Metallbau AG", "Hegner Metallbau", "Hegner", "Hegner-metallbau"],
         ["personal@hegner-metallbau.ch", "m.baumann@hegner-metallbau.ch"]), "de", DE_JACANDO),
    # talent360: an agency sets "client wants interview"; the consultant organises, the client's manager joins
    (event("Kundeninterview Kessler Antriebstechnik – Projektingenieur Elektrotechnik",
           organizer=org("j.brandt@nordpersonal.de", "Julia Brandt (Nord Personal)"),
           guests=[guest("j.brandt@nordpersonal.de", "Julia Brandt (Nord Personal)"),
                   guest("t.kessler@kessler-antriebe.de", "Thomas Kessler")],
           description="Hallo Pat, wie besprochen das Interview bei unserem Kunden. Herr Kessler "
                       "(Technischer Leiter) führt das Gespräch, ich bin kurz zur Begrüßung dabei." + TEAMS_DE,
           **at("2027-02-09", "10:30", 60, *BER)),
     yes(["Kessler Antriebstechnik", "Kessler", "Kessler-antriebe"],
         ["j.brandt@nordpersonal.de", "t.kessler@kessler-antriebe.de"]), "de", DE_TALENT360),
    # a rescheduled interview (the candidate asked; HR re-sent it): still an interview
    (event("Neuer Termin: Vorstellungsgespräch Pflegefachkraft (verschoben vom 26.01.)",
           organizer=org("bewerbung@seniorenhaus-lindenhof.de", "Seniorenhaus Lindenhof Personal"),
           guests=[guest("bewerbung@seniorenhaus-lindenhof.de", "Seniorenhaus Lindenhof Personal"),
                   guest("pdl@seniorenhaus-lindenhof.de", "Katrin Vogel")],
           description="Wie telefonisch vereinbart verschieben wir Ihr Gespräch. Sie sprechen mit unserer "
                       "Pflegedienstleitung Frau Vogel.",
           location="Seniorenhaus Lindenhof, Am Lindenhof 3, 30159 Hannover",
           **at("2027-02-02", "11:00", 45, *BER)),
     yes(["Seniorenhaus Lindenhof", "Lindenhof", "Seniorenhaus-lindenhof"],
         ["bewerbung@seniorenhaus-lindenhof.de", "pdl@seniorenhaus-lindenhof.de"]), "de", DE_PERSONA),
    # the candidate's own chore: asking to move an interview
    (event("Mail an Fr. Vogel: Termin Vorstellungsgespräch verschieben (Arzttermin)", organizer=SELF,
           **at("2027-01-20", "08:15", 15, *BER)),
     None, "de", DE_BEWERBUNGSENTWURF),
    # the candidate's own chore: call HR because two interviews clash
    (event("Personalabteilung Brückner anrufen – zwei Gespräche am selben Tag", organizer=SELF,
           description="Alternativtermine: Mi oder Do Nachmittag.",
           **at("2027-01-25", "09:00", 15, *BER)),
     None, "de", DE_KARRIERESPRUNG),
    # the owner as the hiring side: HR asks the owner (a team lead) to sit on an interview
    (event("Bewerbergespräch Fr. Demir (Junior Controllerin) – bitte als Fachbereich teilnehmen",
           organizer=org("hr@alpenglas.at", "Alpenglas HR"),
           guests=[guest("hr@alpenglas.at", "Alpenglas HR"),
                   guest("selin.demir@gmx.at", "Selin Demir")],
           description="Lebenslauf im Anhang. Bewertungsbogen nach dem Gespräch ausfüllen.",
           location="Besprechungsraum Dachstein",
           **at("2027-02-11", "13:00", 60, *VIE)),
     None, "de", DE_JACANDO),
    # an interview the employer cancelled, still on the calendar
    (event("Abgesagt: Vorstellungsgespräch Sachbearbeitung Lohn (Stelle intern besetzt)",
           organizer=org("karriere@mosel-treuhand.de", "Mosel Treuhand Karriere"),
           description="Leider müssen wir den Termin absagen, da die Stelle intern besetzt wurde.",
           **at("2027-02-16", "10:00", 60, *BER)),
     None, "de", DE_FINANZEN),
    # the candidate's chore: confirm the new interview date in writing
    (event("Neuen Gesprächstermin schriftlich bestätigen (Lindenhof)", organizer=SELF,
           **at("2027-01-21", "18:00", 10, *BER)),
     None, "de", DE_JOBSCH),
    # ============================================================ Spanish
    # a phone call from the recruiter to set up the interview is followed by the calendar invite
    (event("Entrevista – Técnico/a de Mantenimiento – Pat Lee",
           organizer=org("seleccion@hidrotecnia-levante.es", "Marta Ibáñez"),
           guests=[guest("seleccion@hidrotecnia-levante.es", "Marta Ibáñez"),
                   guest("j.soler@hidrotecnia-levante.es", "Jordi Soler")],
           description="Como hablamos por teléfono, le esperamos en nuestras oficinas centrales. Le "
                       "entrevistarán Marta Ibáñez (Selección) y Jordi Soler (Jefe de Planta).",
           location="Hidrotecnia Levante, Av. del Puerto 212, 46023 Valencia",
           **at("2027-01-28", "10:00", 60, *MAD)),
     yes(["Hidrotecnia Levante", "Hidrotecnia", "Hidrotecnia-levante"],
         ["seleccion@hidrotecnia-levante.es", "j.soler@hidrotecnia-levante.es"]), "es", ES_EMPLEOFUTURO),
    # the final interview with the general manager
    (event("Entrevista final – Ejecutivo/a comercial (Grupo Andino)",
           organizer=org("rrhh@grupoandino.com.mx", "Lucía Paredes"),
           guests=[guest("rrhh@grupoandino.com.mx", "Lucía Paredes"),
                   guest("dg@grupoandino.com.mx", "Ernesto Villaseñor")],
           description="Reunión con el Director General para revisar condiciones y fecha de incorporación.",
           location="Grupo Andino, Paseo de la Reforma 505, piso 12, CDMX",
           **at("2027-02-10", "17:00", 45, *MEX)),
     yes(["Grupo Andino", "Andino", "Grupoandino"], ["rrhh@grupoandino.com.mx", "dg@grupoandino.com.mx"]),
     "es", ES_ACIRH),
    # Buk: the interview created on the applicant's file lands in the interviewers' Outlook calendars
    (event("Entrevista Analista de Remuneraciones – Pat Lee",
           organizer=org("p.fuentes@cordilleralogistica.cl", "Paula Fuentes"),
           guests=[guest("p.fuentes@cordilleralogistica.cl", "Paula Fuentes"),
                   guest("r.munoz@cordilleralogistica.cl", "Rodrigo Muñoz"),
                   room("sala.andes@cordilleralogistica.cl", "Sala Andes (6)")],
           description="Entrevista por competencias.",
           location="Cordillera Logística, Av. Apoquindo 4700, Las Condes",
           **at("2027-02-03", "09:30", 60, *SCL)),
     yes(["Cordillera Logística", "Cordillera Logistica", "Cordillera", "Cordilleralogistica"],
         ["p.fuentes@cordilleralogistica.cl", "r.munoz@cordilleralogistica.cl"]), "es", ES_BUK),
    # a video interview from a recruitment team mailbox, HTML body with the interviewer's name
    (event("Entrevista por videollamada – Diseñador/a UX",
           organizer=org("talento@ondacreativa.es", "Onda Creativa Talento"),
           description="<p>Hola Pat:</p><p>Te confirmamos la entrevista con <b>Irene Castaño</b>, Head of Design."
                       "</p><p>Duración aproximada: 45 minutos.</p>" + MEET_ES,
           **at("2027-02-15", "16:00", 45, *MAD)),
     yes(["Onda Creativa", "Ondacreativa"], ["talento@ondacreativa.es", "Irene Castaño"]), "es", ES_CVPROFI),
    # the candidate's chore: write to reschedule
    (event("Escribir a la reclutadora para reagendar la entrevista (propuesta: lunes 25 o martes 26)",
           organizer=SELF,
           **at("2027-01-21", "09:00", 15, *MEX)),
     None, "es", ES_NORAGAMEZ),
    # the candidate's chore: study the offer before the phone call
    (event("Repasar oferta de Hidrotecnia y preparar puntos fuertes", organizer=SELF,
           **at("2027-01-27", "19:00", 60, *MAD)),
     None, "es", ES_EMPLEOFUTURO),
    # the owner on the hiring side (the Buk user who schedules interviews)
    (event("Agendar entrevistas postulantes Analista (Buk → Outlook)", organizer=SELF,
           description="Crear cita en la ficha de cada postulante y enviar a Rodrigo.",
           **at("2027-01-29", "15:00", 45, *SCL)),
     None, "es", ES_BUK),
    # the candidate's chore: confirm attendance by mail after the recruiter's call
    (event("Confirmar por correo a Marta la asistencia a la entrevista del jueves", organizer=SELF,
           **at("2027-01-25", "18:30", 10, *MAD)),
     None, "es", ES_EMPLEOFUTURO),
    # ============================================================ French
    # a first video interview with HR, Teams link pasted
    (event("Entretien visio – Chargé(e) de communication – Pat Lee",
           organizer=org("recrutement@maisonvaldoise.fr", "Camille Roussel"),
           guests=[guest("recrutement@maisonvaldoise.fr", "Camille Roussel")],
           description="Bonjour Pat, je vous propose un premier échange en visio d'environ 30 minutes." + TEAMS_FR,
           **at("2027-01-20", "10:00", 30, *PAR)),
     yes(["Maison Valdoise", "Valdoise", "Maisonvaldoise"], ["recrutement@maisonvaldoise.fr"]), "fr", FR_CAPITAL),
    # the second interview on site with the operational manager
    (event("2e entretien – Chargé(e) de communication (avec la directrice marketing)",
           organizer=org("recrutement@maisonvaldoise.fr", "Camille Roussel"),
           guests=[guest("recrutement@maisonvaldoise.fr", "Camille Roussel"),
                   guest("a.lefevre@maisonvaldoise.fr", "Agnès Lefèvre"),
                   room("salle.seine@maisonvaldoise.fr", "Salle Seine")],
           location="Maison Valdoise, 18 rue de la Roquette, 75011 Paris",
           **at("2027-02-03", "14:30", 60, *PAR)),
     yes(["Maison Valdoise", "Valdoise", "Maisonvaldoise"], ["recrutement@maisonvaldoise.fr", "a.lefevre@maisonvaldoise.fr"]),
     "fr", FR_CAPITAL),
    # a consulting firm's video interview; one interviewer declined and was replaced
    (event("Entretien de recrutement – Consultant SI junior",
           organizer=org("talents@altaris-conseil.fr", "Altaris Conseil – Talents"),
           guests=[guest("talents@altaris-conseil.fr", "Altaris Conseil – Talents"),
                   guest("b.marchand@altaris-conseil.fr", "Bruno Marchand", "declined"),
                   guest("s.nguyen@altaris-conseil.fr", "Sophie Nguyen")],
           description="Sophie Nguyen (manager) remplace Bruno Marchand." + TEAMS_FR,
           **at("2027-02-08", "11:00", 60, *PAR)),
     yes(["Altaris Conseil", "Altaris", "Altaris-conseil"], ["talents@altaris-conseil.fr", "s.nguyen@altaris-conseil.fr"]),
     "fr", FR_COURRIERCADRES),
    # the owner as recruiter: preparing a mini-guide for candidates' video interviews
    (event("Rédiger le mini-guide visio pour les candidats (outil, test micro)", organizer=SELF,
           **at("2027-01-14", "16:00", 60, *PAR)),
     None, "fr", FR_COURRIERCADRES),
    # the owner on the hiring side: a block of video interviews the owner runs
    (event("Entretiens visio candidats – poste assistant(e) RH (3 créneaux)", organizer=SELF,
           guests=[guest("lucas.bertin@orange.fr", "Lucas Bertin"),
                   guest("manon.rey@gmail.com", "Manon Rey")],
           description="Je mène les entretiens ; grille d'évaluation partagée.",
           **at("2027-02-12", "09:00", 180, *PAR)),
     None, "fr", FR_FACTORIAL),
    # the candidate's chore: test the webcam and connection
    (event("Tester webcam + connexion avant entretien Altaris", organizer=SELF,
           **at("2027-02-08", "10:15", 20, *PAR)),
     None, "fr", FR_BLOGEMPLOI),
    # a webinar for recruiters about remote interviews
    (event("Webinaire : recruter à distance, les bonnes pratiques de l'entretien vidéo",
           organizer=org("events@rh-connect.fr", "RH Connect Événements"),
           description="Inscription confirmée. Lien envoyé une heure avant.",
           **at("2027-01-26", "12:30", 60, *PAR)),
     None, "fr", FR_BLOGEMPLOI),
    # ============================================================ Portuguese
    # an online interview with the HR consultant (Portugal)
    (event("Entrevista online – Técnico(a) de Contabilidade – Pat Lee",
           organizer=org("recrutamento@atlanticofinance.pt", "Inês Carvalho"),
           guests=[guest("recrutamento@atlanticofinance.pt", "Inês Carvalho"),
                   guest("r.pinto@atlanticofinance.pt", "Rui Pinto")],
           description="Entrevista com Inês Carvalho (RH) e Rui Pinto (Diretor Financeiro)." + MEET_PT,
           **at("2027-01-27", "15:00", 45, *LIS)),
     yes(["Atlântico Finance", "Atlantico Finance", "Atlântico", "Atlanticofinance"],
         ["recrutamento@atlanticofinance.pt", "r.pinto@atlanticofinance.pt"]), "pt", PT_RANDSTAD),
    # a recruitment agency's HR interview before presenting the candidate to a named client
    (event("Entrevista RH – Analista de Supply Chain (cliente: Lusomar Conservas)",
           organizer=org("t.almeida@talentonorte.pt", "Tiago Almeida (Talento Norte)"),
           guests=[guest("t.almeida@talentonorte.pt", "Tiago Almeida (Talento Norte)")],
           description="Conversa de 30 minutos antes de apresentar a sua candidatura à Lusomar.",
           **at("2027-01-18", "10:00", 30, *LIS)),
     yes(["Lusomar Conservas", "Lusomar"], ["t.almeida@talentonorte.pt"]), "pt", PT_ROBERTWALTERS),
    # Brazil: a rescheduled interview ("remarcada") sent again by the recruiter
    (event("Entrevista remarcada – Assistente Administrativo – Pat Lee",
           organizer=org("vagas@constrularbr.com.br", "Fernanda Lopes"),
           guests=[guest("vagas@constrularbr.com.br", "Fernanda Lopes"),
                   guest("gerencia@constrularbr.com.br", "Carlos Menezes")],
           description="Conforme combinado por telefone, nova data da sua entrevista com o gerente Carlos.",
           location="Constrular, Rua Vergueiro 1800, São Paulo - SP",
           **at("2027-02-05", "14:00", 45, *SAO)),
     yes(["Constrular", "Constrularbr"], ["vagas@constrularbr.com.br", "gerencia@constrularbr.com.br"]),
     "pt", PT_AMARELINHO),
    # the candidate's chore: call to move the interview
    (event("Ligar para a Fernanda (Constrular) p/ remarcar entrevista", organizer=SELF,
           **at("2027-01-29", "09:30", 10, *SAO)),
     None, "pt", PT_AMARELINHO),
    # a magazine interview where the owner is the source (media): not a job interview
    (event("Entrevista à Notícias Magazine sobre trabalho remoto (jornalista Sara Vidal)",
           organizer=org("sara.vidal@revistaoeste.pt", "Sara Vidal"),
           guests=[guest("sara.vidal@revistaoeste.pt", "Sara Vidal")],
           description="Entrevista por telefone para o artigo sobre recrutamento à distância.",
           **at("2027-02-09", "11:00", 30, *LIS)),
     None, "pt", PT_NOTICIASMAG),
    # the owner as interviewer on a panel for a new hire
    (event("Painel: entrevista candidato Júnior Marketing (eu + diretora)", organizer=SELF,
           guests=[guest("joana.matos@atlanticofinance.pt", "Joana Matos"),
                   guest("miguel.reis.cv@gmail.com", "Miguel Reis")],
           **at("2027-02-17", "10:00", 45, *LIS)),
     None, "pt", PT_RANDSTAD),
    # ============================================================ Dutch
    # a municipality's online interview with the recruiter and the hiring manager
    (event("Sollicitatiegesprek – Beleidsmedewerker Wonen – Pat Lee",
           organizer=org("werving@gemeente-waterland.example.nl", "Team Werving Waterland"),
           guests=[guest("werving@gemeente-waterland.example.nl", "Team Werving Waterland"),
                   guest("m.rob@gemeente-waterland.example.nl", "Mireille Rob")],
           description="U spreekt met Mireille Rob (senior recruiter) en Henk Visser (teamleider Wonen)." + TEAMS_NL,
           **at("2027-01-22", "13:30", 60, *AMS)),
     yes(["Gemeente Waterland", "Waterland", "Gemeente-waterland"],
         ["werving@gemeente-waterland.example.nl", "m.rob@gemeente-waterland.example.nl", "Henk Visser"]),
     "nl", NL_WERFEN),
    # a matching agency's phone intake for a named vacancy, client not named: a screening (b9), the agency is
    # the company; a kennismakingsgesprek here is the first round, not an informational chat
    (event("Telefonisch kennismakingsgesprek – Jelling Matching", organizer=org("jack@jelling.nl", "Jack Buijs"),
           guests=[guest("jack@jelling.nl", "Jack Buijs")],
           description="Korte intake over je cv en motivatie voor de vacature Office Manager.",
           **at("2027-01-15", "16:00", 20, *AMS)),
     yes(["Jelling Matching", "Jelling"], ["jack@jelling.nl"]), "nl", NL_WERFEN),
    # a Belgian video interview with a staffing firm and its client (both named)
    (event("Videosollicitatie – Logistiek Coördinator bij Scheldt Cargo (via Experis)",
           organizer=org("an.peeters@experis-example.be", "An Peeters"),
           guests=[guest("an.peeters@experis-example.be", "An Peeters"),
                   guest("k.dewitte@scheldtcargo.be", "Koen De Witte")],
           description="Koen De Witte (Operations Manager, Scheldt Cargo) voert het gesprek." + TEAMS_NL,
           **at("2027-02-04", "10:00", 45, *BRU)),
     yes(["Scheldt Cargo", "Scheldtcargo"], ["an.peeters@experis-example.be", "k.dewitte@scheldtcargo.be"]),
     "nl", NL_EXPERIS),
    # the candidate's chores
    (event("Soundcheck laptop + headset voor videosollicitatie", organizer=SELF,
           **at("2027-02-03", "20:00", 15, *BRU)),
     None, "nl", NL_METROTIME),
    (event("Gegevens checken: bestaat dit bedrijf? (verzoek paspoortkopie vóór gesprek)", organizer=SELF,
           description="Geen persoonsgegevens sturen voordat ik het bedrijf heb geverifieerd.",
           **at("2027-01-16", "10:00", 20, *AMS)),
     None, "nl", NL_EXPERIS),
    # the owner as recruiter preparing (reading CVs) before interviews
    (event("Cv's doorlezen + vragen opstellen (gesprekken vrijdag)", organizer=SELF,
           **at("2027-01-21", "14:00", 60, *AMS)),
     None, "nl", NL_WERFEN),
    # ============================================================ Japanese
    # a first interview by HR (一次面接)
    (event("【一次面接】経理スタッフ（中途採用）Pat Lee様 – 株式会社ミナトフーズ",
           organizer=org("saiyo@minatofoods.co.jp", "株式会社ミナトフーズ 人事部"),
           guests=[guest("saiyo@minatofoods.co.jp", "株式会社ミナトフーズ 人事部"),
                   guest("k.tanaka@minatofoods.co.jp", "田中 健")],
           description="面接官：人事部 田中。転職理由・志望動機を中心にお伺いします。" + ZOOM_JA,
           **at("2027-01-25", "10:00", 45, *TYO)),
     yes(["株式会社ミナトフーズ", "ミナトフーズ", "Minatofoods"], ["saiyo@minatofoods.co.jp", "k.tanaka@minatofoods.co.jp"]),
     "ja", JA_GOODCAREER),
    # the final interview with the president and an executive, on site
    (event("最終面接（社長・役員）のご案内 – 株式会社ミナトフーズ",
           organizer=org("saiyo@minatofoods.co.jp", "株式会社ミナトフーズ 人事部"),
           guests=[guest("saiyo@minatofoods.co.jp", "株式会社ミナトフーズ 人事部")],
           description="面接官：代表取締役 港 誠一、取締役管理本部長 佐野 由美。受付で人事部をお呼びください。",
           location="株式会社ミナトフーズ 本社 5階 役員会議室（東京都港区芝浦3-4-1）",
           **at("2027-02-12", "15:00", 60, *TYO)),
     yes(["株式会社ミナトフーズ", "ミナトフーズ", "Minatofoods"], ["saiyo@minatofoods.co.jp", "港 誠一", "佐野 由美"]),
     "ja", JA_BIZREACH),
    # a web interview booked on a job site; the site's notification address organises
    (event("WEB面接日程決定のお知らせ（介護職員）– さくら福祉会",
           organizer=org("noreply@kirapon-notify.example.jp", "きらぽん 求人サービス"),
           guests=[guest("jinji@sakura-fukushikai.or.jp", "さくら福祉会 採用担当 吉田")],
           description="面接先：社会福祉法人さくら福祉会。事前に動作確認マニュアルをご確認ください。",
           **at("2027-01-30", "13:00", 30, *TYO)),
     yes(["社会福祉法人さくら福祉会", "さくら福祉会", "Sakura-fukushikai"], ["jinji@sakura-fukushikai.or.jp"]),
     "ja", JA_KIRAPON),
    # a second interview with the site manager (二次面接)
    (event("二次面接（現場責任者）– 施工管理 – 北斗建設株式会社",
           organizer=org("recruit@hokuto-kensetsu.co.jp", "北斗建設 採用担当"),
           guests=[guest("recruit@hokuto-kensetsu.co.jp", "北斗建設 採用担当"),
                   guest("s.mori@hokuto-kensetsu.co.jp", "森 修一")],
           location="北斗建設株式会社 札幌支店（札幌市中央区北2条西5丁目）",
           **at("2027-02-05", "10:30", 60, *TYO)),
     yes(["北斗建設株式会社", "北斗建設", "Hokuto-kensetsu"], ["recruit@hokuto-kensetsu.co.jp", "s.mori@hokuto-kensetsu.co.jp"]),
     "ja", JA_GOODCAREER),
    # the candidate's chores
    (event("面接用スーツをクリーニングに出す・靴を磨く", organizer=SELF,
           **at("2027-02-07", "11:00", 60, *TYO)),
     None, "ja", JA_TOWNIMP),
    (event("遅刻しそうな場合の連絡先（人事部 田中）を控える・ルート確認", organizer=SELF,
           **at("2027-02-11", "21:00", 15, *TYO)),
     None, "ja", JA_TGS),
    # the owner on the hiring side: the job site's web-interview setting done by the owner
    (event("きらぽん：応募者3名のWEB面接日時を設定", organizer=SELF,
           description="ステータスを「面接選考」に変更してから日時を決定。",
           **at("2027-01-22", "14:00", 30, *TYO)),
     None, "ja", JA_KIRAPON),
    # ============================================================ Italian
    # a first getting-to-know interview (colloquio conoscitivo) by an employment agency for a named client
    (event("Colloquio conoscitivo – Impiegato/a amministrativo/a (cliente: Ferretti Arredi)",
           organizer=org("selezione@lavoropiu-agenzia.it", "Giulia Conti (LavoroPiù)"),
           guests=[guest("selezione@lavoropiu-agenzia.it", "Giulia Conti (LavoroPiù)")],
           location="LavoroPiù, Via Nazionale 88, Roma",
           **at("2027-01-26", "09:30", 45, *ROM)),
     yes(["Ferretti Arredi", "Ferretti"], ["selezione@lavoropiu-agenzia.it"]), "it", IT_ROMATODAY),
    # a second interview with the store manager and a practical test
    (event("Secondo colloquio + prova pratica – Visual Merchandiser",
           organizer=org("hr@modabella-retail.it", "Modabella Retail HR"),
           guests=[guest("hr@modabella-retail.it", "Modabella Retail HR"),
                   guest("store.milano@modabella-retail.it", "Davide Greco")],
           description="Incontro con il responsabile del punto vendita Davide Greco e allestimento di una vetrina.",
           location="Modabella, Corso Buenos Aires 40, Milano",
           **at("2027-02-10", "10:00", 90, *ROM)),
     yes(["Modabella Retail", "Modabella", "Modabella-retail"], ["hr@modabella-retail.it", "store.milano@modabella-retail.it"]),
     "it", IT_GRUPPOITALIA),
    # a training session for recruiters on conducting interviews
    (event("Corso: come condurre un colloquio di lavoro (per responsabili di reparto)",
           organizer=org("formazione@inrecruit-academy.example.it", "Academy Formazione"),
           **at("2027-02-18", "14:00", 120, *ROM)),
     None, "it", IT_INRECRUITING),
    # ============================================================ Swedish
    # a competence interview with the recruiting manager
    (event("Intervju – Ekonomiassistent – Pat Lee", organizer=org("rekrytering@norrvik.se", "Norrvik Rekrytering"),
           guests=[guest("rekrytering@norrvik.se", "Norrvik Rekrytering"),
                   guest("l.holm@norrvik.se", "Linnea Holm")],
           description="Kompetensbaserad intervju med Linnea Holm (ekonomichef), ca 60 minuter.",
           location="Norrvik AB, Sveavägen 44, Stockholm",
           **at("2027-02-02", "13:00", 60, *STO)),
     yes(["Norrvik AB", "Norrvik"], ["rekrytering@norrvik.se", "l.holm@norrvik.se"]), "sv", SV_ACADEMICWORK),
    # the owner as interviewer preparing the interview template
    (event("Förbered intervjumall + kravprofil (kandidatintervjuer v.6)", organizer=SELF,
           **at("2027-02-01", "09:00", 60, *STO)),
     None, "sv", SV_ASKFILL),
    # ============================================================ Polish
    # a talk about lawful recruitment interviews (training)
    (event("Szkolenie: rozmowa rekrutacyjna a RODO i równe traktowanie",
           organizer=org("szkolenia@kancelaria-rbr.example.pl", "Kancelaria – szkolenia"),
           **at("2027-02-24", "10:00", 90, *WAW)),
     None, "pl", PL_RBR),
    # ============================================================ Chinese
    # an online second-round interview over Tencent Meeting
    (event("【复试通知】数据分析师 – 二面（业务负责人）",
           organizer=org("hr@xinghe-data.cn", "星河数据 招聘组"),
           guests=[guest("hr@xinghe-data.cn", "星河数据 招聘组"),
                   guest("wang.lei@xinghe-data.cn", "王磊")],
           description="面试官：业务部负责人 王磊。请提前5分钟进入会议。" + TENCENT,
           **at("2027-02-03", "15:00", 45, *SHA)),
     yes(["星河数据", "Xinghe Data", "Xinghe-data"], ["hr@xinghe-data.cn", "wang.lei@xinghe-data.cn"]), "zh", ZH_IHR360),
]
