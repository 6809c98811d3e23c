"""Blind batch 10 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b10.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (winter offsets, the batch's dates fall in January to early March 2027) and the
conference texts pasted into descriptions.

Scored once, at the end of round 10, for docs/detection.md and the README; tuning data since round 11.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_DVINCI = "https://dvinci.freshdesk.com/de/support/solutions/articles/75000025091"
DE_ORIZON = "https://www.orizon.de/de/karriereratgeber/probearbeiten"
DE_LEBENSLAUF = "https://lebenslauf.net/probearbeiten"
DE_WORKWISE = "https://workwise.io/karriereguide/vorstellungsgespraech/probearbeit"
ES_SILVIAFORES = "https://www.silviafores.com/seleccion-de-personal/afrontar-una-entrevista-videoconferencia/"
ES_ERCN = "https://ercn.mx/?p=24312"
ES_BELEN = "https://belenclaver.com/?p=8718"
ES_RRHHBLOG = "http://recursoshumanosyempleo.blogspot.com/2011/09/antes-de-la-entrevista-de-trabajo.html"
ES_CETELEM = "https://cetelem-empleo.es/consejos-para-superar-una-entrevista-de-trabajo-online/"
ES_VANGUARDIA = ("https://vanguardia.com.mx/vida/como-triunfar-en-una-entrevista-de-trabajo-virtual-sin-morir-de-"
                 "nervios-DD18933660")
ES_MEJORES = ("https://mail.mejorespracticas.com.mx/categoria/revista/panorama/como-triunfar-en-una-entrevista-"
              "de-trabajo-virtual")
FR_EMERGENCES = "https://emergences-rh.com/skype-un-allie-pour-les-recruteurs-oui-mais-attention/"
FR_SOLVE = "https://www.solverecrutement.com/blog/recrutement-en-visio-souriez-argumentez-vous-etes-filmee/"
FR_JOBUP = "https://jobup.ch/fr/job-coach/peut-reporter-un-entretien-dembauche"
FR_HUNTEED = "https://hunteed.com/blog/conseils-reussir-entretien-visioconference"
FR_ASSISTANTEPLUS = "https://assistanteplus.fr/?p=2869"
FR_CVENLIGNE = "https://cvenligne.com/conseils/emploi/comment-reussir-votre-entretien-embauche-a-distance"
PT_RHPORTAL = "https://www.rhportal.com.br/artigos-rh/dinamica-para-processo-seletivo/"
PT_FLASHAPP = "https://flashapp.com.br/blog/recrutamento-e-selecao/dinamica-processo-seletivo"
PT_RECRUTAI = ("https://meajuda.recrut.ai/hc/pt-br/articles/360042648773-Como-sincronizar-seu-calend%C3%A1rio-"
               "agena-%C3%A0-plataforma-e-realizar-agendamentos-de-entrevistas-")
NL_KHN = "https://www.khn.nl/veelgestelde-vragen/werken-in-de-horeca/hoe-voer-ik-een-sollicitatiegesprek"
NL_WGV = "https://wgvzorgenwelzijn.onboardenzorgenwelzijn.nl/vinden/sollicitatiegesprek-en-arbeidsvoorwaarden/"
NL_VIVALDIS = "https://www.vivaldisinterim.be/nl/blog/sollicitatietips/op-tweede-sollicitatiegesprek"
JA_CREXINC = "https://crexinc.jp/recruit/job/what-is-casual-interview"
JA_TYPE = "https://topics.type.jp/mid-career-recruitment/casual-interview"
JA_MIKIWAME = "https://mikiwame.com/lab/?p=14045"
JA_CARICURU = "https://caricuru.jp/?p=8591"
JA_RIKUNABI = "https://next.rikunabi.com/tenshokuknowhow/archives/29635/"
IT_ADAMI = "https://adamiassociati.com/il-secondo-colloquio-di-lavoro"
IT_FARMALAVORO = "https://www.farmalavoro.it/orientamento/colloqui-di-lavoro/tipologie-di-colloqui/"
IT_SARDEGNA = "https://www.sardegnaimpresa.eu/it/node/3443"
SV_ARBETSF = ("https://arbetsformedlingen.se/for-arbetsgivare/rekrytera/snabbintervjua-via-video/fragor-och-svar-"
              "om-snabbintervjuer")
SV_LEDARNA = "https://www.ledarna.se/stod-i-chefsrollen/rekrytera-medarbetare/intervjun/forbered-intervjun/"
SV_HYBRIDWORK = "https://hybridwork.se/intervjuer"
ZH_MAYICMS = "https://weifang.mayicms.com/news/2454.html"
ZH_KTXUNCHI = "https://kt-xunchi.com/success/detail?catid=10&id=33"
KO_STEVEELEE = ("https://headhunter-steveelee-consulting.tistory.com/entry/%EB%A9%B4%EC%A0%91-%EB%B3%B5%EC%9E%A5-"
                "%EC%9E%A5%EC%86%8C-%EC%82%AC%EC%A0%84%EC%A0%90%EA%B2%80-%ED%99%94%EC%83%81%EB%A9%B4%EC%A0%91%EC%97"
                "%90%EC%84%9C-%EA%B0%80%EC%9E%A5-%EC%A4%91%EC%9A%94%ED%95%9C-3%EC%9A%94%EC%86%8C")
KO_SENTV = "http://m.sentv.co.kr/sendoc/view/571555"
RU_PEOPLEFORCE = ("https://help.peopleforce.io/ru/articles/9887500-участие-в-процессе-найма-в-качестве-"
                  "интервьюера")
VI_TOPCV = "https://blog.topcv.vn/cach-tu-choi-thu-moi-phong-van/"

# Winter offsets: the batch's dates fall in January to early March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
PHX = ("-07:00", "America/Phoenix")
LA = ("-08:00", "America/Los_Angeles")
TOR = ("-05:00", "America/Toronto")
VAN = ("-08:00", "America/Vancouver")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
PER = ("+08:00", "Australia/Perth")
AKL = ("+13:00", "Pacific/Auckland")
SGP = ("+08:00", "Asia/Singapore")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
ZRH = ("+01:00", "Europe/Zurich")
MAD = ("+01:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
BOG = ("-05:00", "America/Bogota")
PAR = ("+01:00", "Europe/Paris")
GVA = ("+01:00", "Europe/Zurich")
SAO = ("-03:00", "America/Sao_Paulo")
LIS = ("+00:00", "Europe/Lisbon")
AMS = ("+01:00", "Europe/Amsterdam")
BRU = ("+01:00", "Europe/Brussels")
TYO = ("+09:00", "Asia/Tokyo")
ROM = ("+01:00", "Europe/Rome")
STO = ("+01:00", "Europe/Stockholm")
SHA = ("+08:00", "Asia/Shanghai")
SEL = ("+09:00", "Asia/Seoul")
MSK = ("+03:00", "Europe/Moscow")
HCM = ("+07:00", "Asia/Ho_Chi_Minh")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 318 552 907 14\nPasscode: Wk4rT9\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84417730952?pwd=Qe7b\nMeeting ID: 844 1773 0952"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/xkr-pmvd-qta"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Besprechungs-ID: 372 019 554 80\nPasscode: Zt8mQa\n"
            "________________________________________________________________________________")
TEAMS_ES = ("\n________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
            "Id. de reunión: 219 884 301 57\nCódigo de acceso: Pq3xLv\n"
            "________________________________________________________________________________")
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "ID de réunion : 402 775 118 63\nSecret : Hn6sKd\n"
            "________________________________________________________________________________")
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/ubv-ztrq-wna"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/89021574460?pwd=Jx2v\nミーティングID: 890 2157 4460"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/Qx8Lr2mN\n会议号：482 117 905"

INTL10: list[Case] = [
    # ============================================================ German
    # d.vinci: a status change to "Erstgespräch" sends the appointment; the tool's no-reply sender organises
    (event("Erstgespräch – Sachbearbeitung Einkauf (m/w/d) – Haberland Logistik GmbH",
           organizer=org("noreply@dvinci-mail.example.com", "Haberland Logistik Karriere"),
           guests=[guest("j.kessler@haberland-logistik.de", "Jana Keßler"),
                   guest("m.ott@haberland-logistik.de", "Markus Ott")],
           description="Guten Tag Pat Lee,\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten "
                       "Gespräch mit Frau Keßler (Personal) und Herrn Ott (Leitung Einkauf) ein. Bitte bestätigen "
                       "Sie den Termin über den Link in der E-Mail." + TEAMS_DE,
           **at("2027-01-19", "10:00", 45, *BER)),
     yes(["Haberland Logistik GmbH", "Haberland Logistik", "Haberland", "Haberland-logistik"],
         ["j.kessler@haberland-logistik.de", "m.ott@haberland-logistik.de"]), "de", DE_DVINCI),
    # one appointment for all candidates at once (no individual slots): a selection day, an interview
    (event("Auswahltag Ausbildung Industriekaufleute 2027",
           organizer=org("ausbildung@brenner-werke.de", "Brenner Werke Ausbildung"),
           guestsCanSeeOtherGuests=False,
           description="<p>Ablauf:</p><ul><li>9:00 Begrüßung durch Ausbildungsleiterin Sabine Roth</li>"
                       "<li>9:30 Gruppenaufgabe</li><li>11:00 Einzelgespräche</li></ul>"
                       "<p>Bitte Personalausweis mitbringen.</p>",
           location="Brenner Werke, Tor 2, Industriestraße 14, 33602 Bielefeld",
           **at("2027-02-06", "09:00", 240, *BER)),
     yes(["Brenner Werke", "Brenner", "Brenner-werke"], ["ausbildung@brenner-werke.de", "Sabine Roth"]), "de", DE_DVINCI),
    # a trial day in a kitchen the owner typed in; the head chef is named
    (event("Probearbeiten Restaurant Lindenhof (Koch) – Küchenchef Herr Albers", organizer=SELF,
           description="11–19 Uhr, Kochjacke und Sicherheitsschuhe mitbringen. Vergütung vorher ansprechen.",
           location="Restaurant Lindenhof, Marktplatz 3, 79098 Freiburg",
           **at("2027-01-23", "11:00", 480, *BER)),
     yes(["Restaurant Lindenhof", "Lindenhof"], ["Albers"]), "de", DE_ORIZON),
    # a half-day trial with the team at a software firm, organised by the team lead
    (event("Probetag Frontend – Kennenlernen im Team",
           organizer=org("t.nguyen@kranich-software.at", "Thi Nguyen"),
           guests=[guest("t.nguyen@kranich-software.at", "Thi Nguyen"),
                   guest("f.huber@kranich-software.at", "Florian Huber"),
                   room("c_kranich_og2@resource.calendar.google.com", "Kranich-OG2-Pairing (4)")],
           description="Wir arbeiten gemeinsam an einer kleinen Aufgabe aus unserem Alltag und gehen danach "
                       "zusammen Mittagessen. Kein Druck – wir wollen dich einfach kennenlernen.",
           location="Kranich Software GmbH, Mariahilfer Straße 88, 1070 Wien",
           **at("2027-02-10", "09:00", 240, *VIE)),
     yes(["Kranich Software GmbH", "Kranich Software", "Kranich", "Kranich-software"],
         ["t.nguyen@kranich-software.at", "f.huber@kranich-software.at"]), "de", DE_WORKWISE),
    # the owner on the hiring side: a candidate's trial day in the owner's team
    (event("Probearbeit Kandidatin Lena Vogt – Einarbeitung durch Tim", organizer=SELF,
           guests=[guest("lena.vogt@gmx.de", "Lena Vogt"), guest("tim.schubert@seidelmedia.de", "Tim Schubert")],
           description="Aufgaben vorbereiten, Gästezugang WLAN, Feedbackbogen am Ende.",
           **at("2027-02-12", "09:00", 360, *BER)),
     None, "de", DE_ORIZON),
    # a chore: asking about pay and insurance before a trial day
    (event("Lindenhof anrufen: Probearbeit bezahlt? Versicherung?", organizer=SELF,
           **at("2027-01-20", "16:30", 10, *BER)),
     None, "de", DE_LEBENSLAUF),
    # the employer cancelled; the invite stays with the cancelled title
    (event("Abgesagt: Vorstellungsgespräch – Teamleitung Disposition – Haberland Logistik",
           organizer=org("noreply@dvinci-mail.example.com", "Haberland Logistik Karriere"),
           guests=[guest("j.kessler@haberland-logistik.de", "Jana Keßler")],
           description="Leider müssen wir den Termin absagen, da die Stelle intern besetzt wurde.",
           **at("2027-02-03", "14:00", 60, *BER)),
     None, "de", DE_DVINCI),
    # ============================================================ Spanish
    # a consultancy's selector interviews by video with the client's manager joining from abroad
    (event("Entrevista por videoconferencia – Responsable de Exportación (cliente: Olivares del Turia)",
           organizer=org("marta.ibanez@selectalevante.es", "Marta Ibáñez"),
           guests=[guest("marta.ibanez@selectalevante.es", "Marta Ibáñez"),
                   guest("jl.ferrer@olivaresdelturia.com", "José Luis Ferrer")],
           description="Hola Pat: se conectará también José Luis Ferrer, director comercial de Olivares del "
                       "Turia, desde Dubái. Cuida el fondo y la conexión." + TEAMS_ES,
           **at("2027-01-26", "12:00", 60, *MAD)),
     yes(["Olivares del Turia", "Olivaresdelturia"], ["marta.ibanez@selectalevante.es", "jl.ferrer@olivaresdelturia.com"]),
     "es", ES_SILVIAFORES),
    # an online interview in Mexico with the recruiter and the area lead
    (event("Entrevista en línea – Analista de Crédito – Financiera Sierra Madre",
           organizer=org("reclutamiento@fsierramadre.mx", "Reclutamiento Financiera Sierra Madre"),
           guests=[guest("reclutamiento@fsierramadre.mx", "Reclutamiento Financiera Sierra Madre"),
                   guest("a.quintero@fsierramadre.mx", "Adriana Quintero")],
           description="Te entrevistará Adriana Quintero, gerente de Crédito. Prueba tu cámara y micrófono "
                       "antes de la sesión." + ZOOM,
           **at("2027-02-02", "10:00", 45, *MEX)),
     yes(["Financiera Sierra Madre", "Sierra Madre", "Fsierramadre"],
         ["reclutamiento@fsierramadre.mx", "a.quintero@fsierramadre.mx"]), "es", ES_ERCN),
    # the consultancy's own filter call for a client it does not name: the consultancy is the company
    (event("Llamada consultora Talenta Norte – filtro telefónico (puesto de controller)", organizer=SELF,
           description="Me llama Irene Sáez de Talenta Norte; cliente industrial sin nombre. Tener CV delante.",
           **at("2027-01-18", "17:00", 20, *MAD)),
     yes(["Talenta Norte"], ["Irene Sáez"]), "es", ES_BELEN),
    # an in-person interview the owner confirmed by email; the selector is named
    (event("Entrevista presencial Grupo Alcaraz – llegar 5 min antes", organizer=SELF,
           description="Confirmado por mail con Jorge Alcaraz (RRHH). Planta 3, preguntar en recepción.",
           location="Grupo Alcaraz, Calle Colón 22, 46004 Valencia",
           **at("2027-02-09", "09:30", 60, *MAD)),
     yes(["Grupo Alcaraz", "Alcaraz"], ["Jorge Alcaraz"]), "es", ES_RRHHBLOG),
    # a chore: a test call before an online interview
    (event("Prueba de videollamada con Lucía (cámara, luz, fondo) antes de la entrevista", organizer=SELF,
           guests=[guest("lucia.pm@gmail.com", "Lucía")],
           **at("2027-01-25", "19:00", 20, *MAD)),
     None, "es", ES_CETELEM),
    # a newspaper's talk on virtual interviews
    (event("Charla online: Cómo triunfar en una entrevista de trabajo virtual",
           organizer=org("eventos@diariodelnorte.example.com", "Diario del Norte Eventos"),
           description="Aforo limitado. Recibirás la grabación al día siguiente.",
           **at("2027-02-17", "18:00", 60, *MEX)),
     None, "es", ES_VANGUARDIA),
    # the owner on the hiring side: first-round video interviews she runs
    (event("Entrevistas 1ª ronda – Auxiliar administrativo (3 candidatos)", organizer=SELF,
           guests=[guest("rogelio.mtz@hotmail.com", "Rogelio Martínez"),
                   guest("karla.v@gmail.com", "Karla Villarreal"), guest("d.pena@outlook.com", "Diego Peña")],
           description="20 min cada uno; evaluar conexión, puntualidad y tono. Usar la misma guía.",
           **at("2027-02-04", "11:00", 75, *MEX)),
     None, "es", ES_MEJORES),
    # ============================================================ French
    # a video interview with the recruiter and the operational manager
    (event("Entretien visio – Chargé(e) de clientèle B2B – Maison Corbière",
           organizer=org("recrutement@maisoncorbiere.fr", "Recrutement Maison Corbière"),
           guests=[guest("recrutement@maisoncorbiere.fr", "Recrutement Maison Corbière"),
                   guest("c.lemaire@maisoncorbiere.fr", "Claire Lemaire"),
                   guest("o.benali@maisoncorbiere.fr", "Omar Benali")],
           description="Bonjour Pat,\nVous échangerez avec Claire Lemaire (RH) et Omar Benali, manager de "
                       "l'équipe commerciale." + TEAMS_FR,
           **at("2027-01-28", "14:00", 45, *PAR)),
     yes(["Maison Corbière", "Corbière", "Maisoncorbiere"],
         ["recrutement@maisoncorbiere.fr", "c.lemaire@maisoncorbiere.fr", "o.benali@maisoncorbiere.fr"]),
     "fr", FR_EMERGENCES),
    # a recorded (deferred) video interview the owner blocked: a hiring step, nobody to thank; private
    (event("Entretien vidéo différé – Alvéole Assurances (à rendre avant vendredi)", organizer=SELF,
           description="5 questions, 2 min par réponse, pas de deuxième essai. Tenue correcte, fond neutre.",
           visibility="private",
           **at("2027-02-03", "20:00", 40, *PAR)),
     yes(["Alvéole Assurances", "Alvéole"], []), "fr", FR_SOLVE),
    # an interview the candidate asked to move: still an interview
    (event("Entretien d'embauche (reporté au jeudi) – Atelier Vauclair SA",
           organizer=org("rh@ateliervauclair.ch", "RH Atelier Vauclair"),
           guests=[guest("rh@ateliervauclair.ch", "RH Atelier Vauclair"),
                   guest("n.favre@ateliervauclair.ch", "Nicolas Favre")],
           description="Comme convenu au téléphone, nous déplaçons votre entretien au jeudi. Vous rencontrerez "
                       "M. Favre, chef d'atelier.",
           location="Atelier Vauclair SA, Rue des Moulins 5, 2000 Neuchâtel",
           **at("2027-02-11", "10:30", 60, *GVA)),
     yes(["Atelier Vauclair SA", "Atelier Vauclair", "Vauclair", "Ateliervauclair"],
         ["rh@ateliervauclair.ch", "n.favre@ateliervauclair.ch"]), "fr", FR_JOBUP),
    # the owner as recruiter: video pre-selection interviews she runs
    (event("Présélection visio – candidats Développeur Java (créneaux de 30 min)", organizer=SELF,
           guests=[guest("theo.marchal@gmail.com", "Théo Marchal")],
           description="Grille d'entretien partagée. Tester le partage d'écran avant.",
           **at("2027-02-08", "09:00", 30, *PAR)),
     None, "fr", FR_HUNTEED),
    # an assistant books the room and the link for her manager's interviews
    (event("Réserver salle + lien Teams pour les entretiens de M. Garnier (poste comptable)", organizer=SELF,
           description="Envoyer les convocations aux 3 candidats retenus, copie à M. Garnier.",
           **at("2027-01-22", "08:45", 15, *PAR)),
     None, "fr", FR_ASSISTANTEPLUS),
    # a candidate's chore before a remote interview
    (event("Tester micro/caméra + ranger le bureau (entretien à distance demain)", organizer=SELF,
           **at("2027-01-27", "18:30", 30, *PAR)),
     None, "fr", FR_CVENLIGNE),
    # ============================================================ Portuguese
    # a group dynamic in a selection process is a hiring step
    (event("Dinâmica de grupo – Programa de Trainee 2027 – Cooperativa Vale Verde",
           organizer=org("selecao@valeverdecoop.com.br", "Seleção Vale Verde"),
           guests=[guest("selecao@valeverdecoop.com.br", "Seleção Vale Verde"),
                   guest("r.tavares@valeverdecoop.com.br", "Renata Tavares")],
           description="Olá! Você foi aprovado(a) para a etapa de dinâmica de grupo. Facilitação: Renata Tavares "
                       "(RH). Traga caneta; duração aproximada de 2h.",
           location="Cooperativa Vale Verde, Av. Brasil 1200, Chapecó - SC",
           **at("2027-02-15", "14:00", 120, *SAO)),
     yes(["Cooperativa Vale Verde", "Vale Verde", "Valeverdecoop"],
         ["selecao@valeverdecoop.com.br", "r.tavares@valeverdecoop.com.br"]), "pt", PT_RHPORTAL),
    # an interview booked through the recruiter's synced calendar
    (event("Entrevista: Pat Lee – Analista de Dados Pleno",
           organizer=org("beatriz.lima@nuvemclara.com.br", "Beatriz Lima"),
           guests=[guest("beatriz.lima@nuvemclara.com.br", "Beatriz Lima")],
           description="Horário escolhido por você na página de agendamento." + MEET_PT,
           **at("2027-01-21", "15:00", 45, *SAO)),
     yes(["Nuvem Clara", "Nuvemclara"], ["beatriz.lima@nuvemclara.com.br"]), "pt", PT_RECRUTAI),
    # after the dynamic: the interview with the manager, in Portugal
    (event("Entrevista com o gestor – Técnico de Manutenção – Têxteis Alvarinho",
           organizer=org("rh@texteisalvarinho.pt", "RH Têxteis Alvarinho"),
           guestsCanSeeOtherGuests=False,
           description="Após a dinâmica, segue a entrevista individual com o Eng. Paulo Rebelo, responsável de "
                       "manutenção.",
           location="Têxteis Alvarinho, Zona Industrial, Guimarães",
           **at("2027-02-22", "10:00", 45, *LIS)),
     yes(["Têxteis Alvarinho", "Alvarinho", "Texteisalvarinho"], ["rh@texteisalvarinho.pt", "Paulo Rebelo"]),
     "pt", PT_FLASHAPP),
    # the owner in HR runs a group dynamic for shop staff: hiring side
    (event("Aplicar dinâmica de grupo – vagas de atendente (12 candidatos)", organizer=SELF,
           guests=[guest("joao.almeida@lojasmar.com.br", "João Almeida")],
           description="João observa e anota; eu facilito. Sala de treinamento.",
           **at("2027-02-18", "09:00", 150, *SAO)),
     None, "pt", PT_FLASHAPP),
    # a course for recruiters on group dynamics
    (event("Curso: Dinâmicas para processo seletivo (turma online)",
           organizer=org("cursos@rhacademia.example.com.br", "RH Academia"),
           **at("2027-03-02", "19:00", 120, *SAO)),
     None, "pt", PT_RHPORTAL),
    # the owner syncs the recruiting calendar: a chore on the hiring side
    (event("Sincronizar agenda com a plataforma de recrutamento (Office 365)", organizer=SELF,
           **at("2027-01-14", "08:30", 20, *SAO)),
     None, "pt", PT_RECRUTAI),
    # ============================================================ Dutch
    # a hospitality interview: owner and chef both sit in
    (event("Sollicitatiegesprek zelfstandig werkend kok – Brasserie De Waag",
           organizer=org("info@brasseriedewaag.nl", "Brasserie De Waag"),
           guests=[guest("info@brasseriedewaag.nl", "Brasserie De Waag"),
                   guest("ruud@brasseriedewaag.nl", "Ruud Kramer")],
           description="Je spreekt met Ruud (chef-kok) en Inge de Wit (bedrijfsleider). Neem je diploma's mee.",
           location="Brasserie De Waag, Waagplein 1, 1811 JT Alkmaar",
           **at("2027-01-20", "15:00", 45, *AMS)),
     yes(["Brasserie De Waag", "De Waag", "Brasseriedewaag"],
         ["info@brasseriedewaag.nl", "ruud@brasseriedewaag.nl", "Inge de Wit"]), "nl", NL_KHN),
    # a second interview at a client, set up by the temp agency's consultant
    (event("Tweede gesprek bij klant Verhulst Verpakkingen – via Vivant Interim",
           organizer=org("sofie.peeters@vivantinterim.be", "Sofie Peeters"),
           guests=[guest("sofie.peeters@vivantinterim.be", "Sofie Peeters"),
                   guest("k.janssens@verhulst-verpakkingen.be", "Koen Janssens")],
           description="Dag Pat, hierbij de bevestiging van het tweede gesprek met Koen Janssens "
                       "(productieleider). Er volgt mogelijk een rondleiding.",
           location="Verhulst Verpakkingen, Industrieweg 40, 9000 Gent",
           **at("2027-02-01", "13:30", 60, *BRU)),
     yes(["Verhulst Verpakkingen", "Verhulst", "Verhulst-verpakkingen"],
         ["sofie.peeters@vivantinterim.be", "k.janssens@verhulst-verpakkingen.be"]), "nl", NL_VIVALDIS),
    # a care organisation's interview with the team lead and a self-directed team member
    (event("Sollicitatiegesprek wijkverpleegkundige – Zorggroep Eemland",
           organizer=org("werving@zorggroepeemland.nl", "Werving Zorggroep Eemland"),
           guests=[guest("werving@zorggroepeemland.nl", "Werving Zorggroep Eemland"),
                   guest("a.bakker@zorggroepeemland.nl", "Anouk Bakker"),
                   guest("y.elamrani@zorggroepeemland.nl", "Yasmina El Amrani", "declined")],
           description="Gesprek met Anouk Bakker (teamcoach) en een collega uit het wijkteam.",
           location="Zorggroep Eemland, Stationsplein 9, Amersfoort",
           **at("2027-02-08", "10:00", 60, *AMS)),
     yes(["Zorggroep Eemland", "Eemland", "Zorggroepeemland"],
         ["werving@zorggroepeemland.nl", "a.bakker@zorggroepeemland.nl"]), "nl", NL_WGV),
    # the owner sits on a self-directed team's selection panel: hiring side
    (event("Selectiegesprekken nieuwe collega wijkteam (ik zit in de commissie)",
           organizer=org("werving@zorggroepeemland.nl", "Werving Zorggroep Eemland"),
           guests=[guest("a.bakker@zorggroepeemland.nl", "Anouk Bakker")],
           description="Drie kandidaten; STARR-vragen verdelen vooraf.",
           **at("2027-02-15", "13:00", 180, *AMS)),
     None, "nl", NL_WGV),
    # a candidate's chore before a second interview
    (event("Voorbereiden tweede gesprek: voorbeelden competenties uitschrijven", organizer=SELF,
           **at("2027-01-31", "20:00", 60, *BRU)),
     None, "nl", NL_VIVALDIS),
    # the owner runs a café and interviews a cook
    (event("Gesprek met sollicitant kok (Mehmet) – uitleg functie en rooster", organizer=SELF,
           guests=[guest("mehmet.yilmaz88@hotmail.nl", "Mehmet Yilmaz")],
           location="Café 't Hoekje, Alkmaar",
           **at("2027-01-26", "14:00", 45, *AMS)),
     None, "nl", NL_KHN),
    # ============================================================ Japanese
    # a company-initiated casual meeting about a named open position: a hiring step (b8's coffee rule)
    (event("カジュアル面談（バックエンドエンジニア募集ポジション）– 株式会社ソラノテック",
           organizer=org("recruit@soranotech.co.jp", "株式会社ソラノテック 採用チーム"),
           guests=[guest("recruit@soranotech.co.jp", "株式会社ソラノテック 採用チーム"),
                   guest("h.kobayashi@soranotech.co.jp", "小林 颯")],
           description="選考ではありませんので、リラックスしてご参加ください。開発部 小林より募集ポジションの"
                       "業務内容をご説明します。" + ZOOM_JA,
           **at("2027-01-18", "19:00", 30, *TYO)),
     yes(["株式会社ソラノテック", "ソラノテック", "Soranotech"], ["recruit@soranotech.co.jp", "h.kobayashi@soranotech.co.jp"]),
     "ja", JA_CREXINC),
    # the first interview after the casual meeting
    (event("【一次面接】株式会社ソラノテック／Pat Lee様",
           organizer=org("recruit@soranotech.co.jp", "株式会社ソラノテック 採用チーム"),
           guests=[guest("recruit@soranotech.co.jp", "株式会社ソラノテック 採用チーム"),
                   guest("m.saito@soranotech.co.jp", "斉藤 真由美"),
                   guest("h.kobayashi@soranotech.co.jp", "小林 颯")],
           description="面接官：開発部長 斉藤、開発部 小林。所要時間60分。" + ZOOM_JA,
           **at("2027-02-01", "18:00", 60, *TYO)),
     yes(["株式会社ソラノテック", "ソラノテック", "Soranotech"],
         ["recruit@soranotech.co.jp", "m.saito@soranotech.co.jp", "h.kobayashi@soranotech.co.jp"]), "ja", JA_TYPE),
    # the final interview with an executive; the guest list is hidden
    (event("最終面接のご案内（株式会社ソラノテック）",
           organizer=org("recruit@soranotech.co.jp", "株式会社ソラノテック 採用チーム"),
           guestsCanSeeOtherGuests=False,
           description="最終面接は代表取締役 高橋 健一が担当いたします。本社受付にて「採用面接」とお伝えください。",
           location="株式会社ソラノテック 本社, 東京都渋谷区桜丘町1-1",
           **at("2027-02-16", "11:00", 60, *TYO)),
     yes(["株式会社ソラノテック", "ソラノテック", "Soranotech"], ["recruit@soranotech.co.jp", "高橋 健一"]),
     "ja", JA_TYPE),
    # the owner on the company side of a casual meeting
    (event("カジュアル面談担当：候補者 佐々木様（インフラ）", organizer=SELF,
           guests=[guest("sasaki.ryo@gmail.com", "佐々木 亮")],
           description="会社説明10分、質疑応答。合否は出さない。",
           **at("2027-02-05", "12:00", 30, *TYO)),
     None, "ja", JA_MIKIWAME),
    # a chore: what to wear to a casual meeting
    (event("カジュアル面談の服装確認（オフィスカジュアル）・ジャケットをクリーニング", organizer=SELF,
           **at("2027-01-16", "10:00", 30, *TYO)),
     None, "ja", JA_CARICURU),
    # a career adviser's counselling session at a job-change agency: coaching, not a hiring step
    (event("転職エージェント キャリア面談（アドバイザー 粟田さん）",
           organizer=org("advisor@tenshoku-agent.example.jp", "キャリアアドバイザー 粟田"),
           description="希望条件のヒアリングと求人紹介。",
           **at("2027-01-12", "20:00", 60, *TYO)),
     None, "ja", JA_RIKUNABI),
    # ============================================================ Italian
    # a second interview with the HR manager and the technical lead
    (event("Secondo colloquio – Tecnico commerciale – Meccanica Bruni S.p.A.",
           organizer=org("selezione@meccanicabruni.it", "Selezione Meccanica Bruni"),
           guests=[guest("selezione@meccanicabruni.it", "Selezione Meccanica Bruni"),
                   guest("g.rinaldi@meccanicabruni.it", "Giulia Rinaldi"),
                   guest("a.conti@meccanicabruni.it", "Alessandro Conti")],
           description="Gentile Pat, a seguito del primo colloquio la invitiamo a un secondo incontro con la "
                       "dott.ssa Rinaldi (HR) e l'ing. Conti (ufficio tecnico). È prevista una breve prova pratica.",
           location="Meccanica Bruni S.p.A., Via dell'Industria 7, Brescia",
           **at("2027-02-04", "15:00", 90, *ROM)),
     yes(["Meccanica Bruni S.p.A.", "Meccanica Bruni", "Bruni", "Meccanicabruni"],
         ["selezione@meccanicabruni.it", "g.rinaldi@meccanicabruni.it", "a.conti@meccanicabruni.it"]),
     "it", IT_ADAMI),
    # a pharmacy chain's group interview (assessment)
    (event("Colloquio di gruppo – Farmacisti collaboratori – Farmacie Aurora",
           organizer=org("lavoraconnoi@farmacieaurora.it", "Farmacie Aurora – Lavora con noi"),
           guestsCanSeeOtherGuests=False,
           description="Colloquio di gruppo con prova a squadre, a seguire brevi colloqui individuali con la "
                       "responsabile di area Dott.ssa Elena Moretti.",
           location="Farmacie Aurora, Sede, Corso Francia 110, Torino",
           **at("2027-02-19", "09:30", 180, *ROM)),
     yes(["Farmacie Aurora", "Aurora", "Farmacieaurora"], ["lavoraconnoi@farmacieaurora.it", "Elena Moretti"]),
     "it", IT_FARMALAVORO),
    # the owner selects staff for her shop: hiring side
    (event("Colloqui di selezione commessi – accoglienza e questionario", organizer=SELF,
           guests=[guest("f.deiana@gmail.com", "Francesca Deiana")],
           description="Due stanze: attesa e colloquio. Affiancata da Luca per la parte tecnica.",
           **at("2027-02-11", "14:30", 120, *ROM)),
     None, "it", IT_SARDEGNA),
    # ============================================================ Swedish
    # a quick video interview booked by the employer through the employment service
    (event("Snabbintervju – Lagermedarbetare – Nordvik Logistik AB",
           organizer=org("no-reply@snabbintervju.example.se", "Snabbintervjuer"),
           description="Nordvik Logistik AB bjuder in dig till en snabbintervju via video (10 min). Intervjuare: "
                       "Karin Lund, rekryteringsansvarig. Tjänsten finns på svenska och engelska.",
           **at("2027-01-27", "13:20", 10, *STO)),
     yes(["Nordvik Logistik AB", "Nordvik Logistik", "Nordvik"], ["Karin Lund"]), "sv", SV_ARBETSF),
    # the owner as a manager preparing an interview with an HR colleague
    (event("Förbered intervju (UX-designer) med Elin från HR – fördela frågor", organizer=SELF,
           guests=[guest("elin.sjoberg@fjallhus.se", "Elin Sjöberg")],
           **at("2027-02-09", "08:30", 30, *STO)),
     None, "sv", SV_LEDARNA),
    # a consultancy's workshop on recruitment interviews
    (event("Workshop: Hitta rätt person – intervjuteknik för chefer",
           organizer=org("kurs@hybridwork.example.se", "Hybridwork Kurser"),
           location="Konferens Mälaren, Stockholm",
           **at("2027-03-03", "09:00", 180, *STO)),
     None, "sv", SV_HYBRIDWORK),
    # ============================================================ Chinese
    # a public hospital's online interview over Tencent Meeting; no panel named, its HR recruiting mailbox is thanked
    (event("东岚市中医院校园招聘线上面试（候考室）",
           organizer=org("zhaopin@dlszyy.example.cn", "医院人事科招聘"),
           description="请提前30分钟进入候考室，名称改为考生序号。面试结束后进入休息室等候成绩。" + TENCENT,
           **at("2027-01-15", "08:30", 180, *SHA)),
     yes(["东岚市中医院", "Dlszyy"], ["zhaopin@dlszyy.example.cn"]), "zh", ZH_MAYICMS),
    # a technical test session before a remote interview
    (event("远程面试设备调试（第二轮测试）", organizer=org("rsj@nantang.example.cn", "南塘区人社局"),
           description="电脑端+手机端同时进入，测试音视频。本次仅为测试，不进行面试。" + TENCENT,
           **at("2027-01-11", "15:00", 30, *SHA)),
     None, "zh", ZH_KTXUNCHI),
    # ============================================================ Korean
    # a first-round video interview with the working-level team lead
    (event("[한빛모빌리티] 1차 실무진 화상면접 안내 – Pat Lee님",
           organizer=org("recruit@hanbitmobility.co.kr", "한빛모빌리티 채용팀"),
           guests=[guest("recruit@hanbitmobility.co.kr", "한빛모빌리티 채용팀"),
                   guest("jh.park@hanbitmobility.co.kr", "박지훈")],
           description="면접관: 서비스기획팀 박지훈 팀장 외 1명. 유선 이어폰 사용을 권장합니다." + ZOOM,
           **at("2027-02-02", "14:00", 40, *SEL)),
     yes(["한빛모빌리티", "Hanbit Mobility", "Hanbitmobility"], ["recruit@hanbitmobility.co.kr", "jh.park@hanbitmobility.co.kr"]),
     "ko", KO_STEVEELEE),
    # the test connection the employer schedules before the video interview: not the interview
    (event("화상면접 사전 접속 테스트 (청년인턴)", organizer=org("intern@nambu.example.kr", "인턴 채용 담당"),
           description="프로그램 설치 및 카메라·마이크 점검. 실제 면접은 별도 안내.",
           **at("2027-01-29", "10:00", 20, *SEL)),
     None, "ko", KO_SENTV),
    # ============================================================ Russian
    # the owner added as an interviewer by HR: hiring side
    (event("Собеседование: кандидат Алексей Воронов (Python-разработчик) – вы интервьюер",
           organizer=org("hr@severtech.example.ru", "Ирина Ковалёва"),
           guests=[guest("hr@severtech.example.ru", "Ирина Ковалёва"),
                   guest("a.voronov@mail.ru", "Алексей Воронов")],
           description="Резюме во вложении. После встречи заполните оценочный лист в разделе «Мои активности».",
           **at("2027-02-10", "12:00", 60, *MSK)),
     None, "ru", RU_PEOPLEFORCE),
    # ============================================================ Vietnamese
    # a chore: writing to decline an interview invitation
    (event("Viết email từ chối thư mời phỏng vấn (công ty Minh Phát)", organizer=SELF,
           **at("2027-01-13", "21:00", 20, *HCM)),
     None, "vi", VI_TOPCV),
]
