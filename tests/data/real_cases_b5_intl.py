"""Blind batch 5, second half: the cases in languages other than English (see ``real_cases_b5.py``).

Split out of ``real_cases_b5.py`` for length only; same conventions, same labelling rules, same
round (built and labelled on 2026-12-06 before the detector ran; scored once, at the end of round
5; tuning data since round 6). It also holds the tool-page sources both halves cite, so the English half imports them from
here and this module imports nothing from it. Portuguese cases from Portugal and from Brazil are
both marked ``"pt"`` as in the earlier batches; the comment on the case says which.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier batch).
ZOHO_LIVE = ("https://help.zoho.com/portal/en/kb/recruit/talent-management/video-interview/live-interview/"
             "articles/scheduling-live-video-interview")
ZOHO_BOOK = ("https://help.zoho.com/portal/en/kb/recruit/essentials/calendars/managing-calendars/articles/"
             "calendar-booking-18-12-2020")
FRESHTEAM = "https://support.freshteam.com/support/solutions/articles/19000050893-scheduling-candidate-interviews"
HOMERUN_EVENT = "https://help.homerun.co/hc/en-gb/articles/212972189-How-do-I-create-and-manage-an-event-"
TALENTERA = "https://www.talentera.com/en/blog/interview-invitation/"
GAUZY = "https://docs.gauzy.co/fr/features/interview-scheduling"
ZOHO_JA = "https://support.zoho.co.jp/portal/ja/kb/articles/reqruitgcalendarintergration"
DE_STELLENMARKT = "https://www.stellenmarkt.de/karrieremagazin/einladung-zum-vorstellungsgespraech"
DE_SDOX = "https://sdox.io/schnippbrief-vorlagen/einladung-zum-vorstellungsgespraech"
DE_ONLYFY = "https://onlyfy.com/en/templates/invitation-to-an-interview/"
DE_ZEITBLUETEN = "https://www.zeitblueten.com/news/das-jahresgespraech-so-fuehren-sie-es-richtig/"
FR_WONDER = "https://wonder.legal/fr/modele/convocation-entretien-annuel-evaluation"
FR_MMT = ("https://le-monde-merveilleux-du-travail.fr/downloads/lettre-lettre-de-convocation-du-salarie-a-un-"
          "entretien-annuel-devaluation-a-un-entretien-professionnel")
PT_AGIVIAJA = "https://agiviaja.com/2018/10/03/visto-de-turista-para-os-eua-cavs-e-entrevista/"
PT_CASV = "https://traducaojuramentadast.com.br/o-que-levar-na-entrevista-do-visto-americano-casv"
JA_OJUKEN = "https://hajimeteojuken.com/mochimono?amp=1"
FR_GESTIONPAIE = "https://gestionpaiegrhquichoisir.com/?p=34227"
ES_CVZEN = "https://cvzen.mx/blog/solicitud-entrevista-trabajo"
ES_EXTERIORES = ("https://exteriores.gob.es:443/gl/PoliticaExterior/OportunidadesEnOrganizacionesInternacionales/"
                 "Paginas/consejosaCandidatos.aspx")
ES_DQ = "https://dqempresas.es/protocolo-para-empleo-y-negocios/"
PT_CENTRO = "https://centrodeempregos.pt/depois-da-entrevista-de-emprego"
PT_TRABALHADOR = "https://trabalhador.pt/devo-enviar-um-email-depois-de-uma-entrevista-de-emprego/"
PT_CHAWORK = "https://chawork.com.br/blog/entrevista-online"
PT_GAMA = "https://gama.academy/blog/carreira/entrevista-de-emprego-remota/"
PT_UFSC = "https://mpd.posgrad.ufsc.br/2022/07/29/1583/"
NL_NRC = ("https://www.nrc.nl/nieuws/2020/11/25/solliciteren-per-video-kijk-in-de-camera-gebruik-je-handen-en-"
          "zorg-dat-de-techniek-werkt-a4021477")
NL_TMI = "https://www.tmi.nl/blog/tips-online-sollicitatiegesprek/"
NL_BRUNEL = "https://brunel.net/nl-be/blog/advies/een-succesvol-video-interview"
NL_NOS = "https://nos.nl/artikel/2328715-digitaal-solliciteren-in-je-woonkamer-ijs-breekt-wat-sneller.html"
NL_NU = "https://www.nu.nl/uit/6046816/tips-om-een-videosollicitatiegesprek-voor-te-bereiden.html"
NL_HLN = ("https://www.hln.be/geld/jobs/zo-kom-je-goed-over-tijdens-je-videosollicatie~a57a1725/"
          "?utm_medium=rss&utm_content=Net%20binnen")
PL_AFFCK = "https://www.affck.com/pl/how-to-write-an-interview-cancellation-email.html"
PL_SLIDEUM = "https://slideum.com/doc/5417378/rozmowa-kwalifikacyjna"
DA_DECOREX = "https://fashion-da.decorexpro.com/sobesedovanie/kak-napravit-priglashenie/"
NO_DINCV = "https://www.dincvhjelp.no/slik-trekker-du-deg-fra-jobbintervju/"
CS_ZCU = "http://www.zcu.cz/pracoviste/ipc/karierove-poradenstvi/jak-psat-zivotopis/interview.html"
CS_SLUZBY = "https://www.sluzbyapodnikani.cz/priprava-prijimaci-pohovor/"
CS_IDNES = ("https://finance.idnes.cz/prijimaci-pohovor-je-vizitkou-firmy-divejte-se-dobre-p0q-/"
            "podnikani.aspx?c=A080804_163812_firmy_rady_hru")
SK_INMYDRESS = "https://inmydress.com/sk/sobesedovanie/kak-napravit-priglashenie/"
TR_GUNDEM = "https://www.gundemkibris.com/mansetler/mulakat-yapacak-kisinin-dikkat-etmesi-gereken-hususlar-h115976.html"
TR_ORMAN = "https://ormanmykyenileme.blogspot.com/2026/02/kapsaml-mulakat-hazrlg-rehberi.html"
JA_CROWD = "https://crowd-moove.jp/blog/?p=2378"
JA_HRNOTE = "https://hrnote.jp/contents/saiyo-online-interview-invitation-20240318"
JA_HRDOCTOR = ("https://www.hr-doctor.com/news/recruit/plan-recruit/newgrad_recruting_kyogonikatsu-8"
               "?content=newgrad_recruting_kyogonikatsu-8")
JA_AIDEM = "https://www.aidem.co.jp/business/reterm/saiyo-khowhow/20191105/index.html"
JA_ENJAPAN = "https://saiyo.employment.en-japan.com/blog/mensetsu-mail"
ZH_WEITISHI = "https://www.weitishi.com/remind/94574.html"
ZH_JOBXZC = "https://www.jobxzc.com/mianshi/1220832.html"
ZH_BEATWENAN = "http://www.beatwenan.com/shuoshuowenan/23736.html"
ZH_TENCENT = "https://cloud.tencent.cn/developer/article/2429484"
ZH_NIMINI = "http://nimini.net/index.php?m=content&c=index&a=show&catid=29&id=1467"
KO_DSKNW = "http://dsknw.com/Zhilianrecruitment/nthpeogolh.html"
KO_HPLACE = ("https://contents.h.place/h.servicedesk/knowledgebase/%EB%A9%B4%EC%A0%91%ED%99%95%EC%9D%B8%EC%84%9C"
             "%EB%8A%94-%EC%A7%80%EC%9B%90%EC%9E%90%EC%97%90%EA%B2%8C-%EC%96%B4%EB%96%BB%EA%B2%8C-%EC%A0%84%EB%8B"
             "%AC%EB%90%98%EB%82%98%EC%9A%94-%EC%9D%B4%EB%A9%94%EC%9D%BC%EB%A1%9C-%EB%B0%9C%EC%86%A1%ED%95%A0-"
             "%EC%88%98-%EC%9E%88%EB%82%98%EC%9A%94")
KO_AFFCK = "https://www.affck.com/ko/how-to-write-an-interview-cancellation-email.html"
RU_INFORM = "https://informjournal.ru/kak-nuzhno-pravilno-podtverzhdat-vstrechu-na-sobesedovanie-v-pisme/"
RU_ROOTSBAR = ("https://rootsbar.ru/en/animals/"
               "pismo-vyzov-sotrudnika-na-rabotu-kak-oformit-priglashenie-dlya-rabotnika")
RU_UNISTO = ("https://unisto-petrostal.ru/en/"
             "pismo-soiskatelyu-s-priglasheniem-na-sobesedovanie-priglashenie-na-rabotu.html")
BG_POKANA = ("https://journalist-nsk.ru/bg/their-hands/pismo-priglashenie-na-sobesedovanie-pismo---priglashenie-"
             "na-sobesedovanie-obrazcy-esli-vas-prigl.html")
ID_CBITTOVAR = "https://cbittovar.blogspot.com/2025/09/panduan-lengkap-membuat-contoh-surat_7.html"
ID_DEALLS = "https://dealls.com/pengembangan-karir/cara-balas-undangan-interview"
ID_PRIVY = "https://blog.privy.id/?p=3064"
VI_MYTOUR = "https://mytour.vn/en/blog/bai-viet/professional-interview-invitation-template.html"


BER = ("+02:00", "Europe/Berlin")
VIE = ("+02:00", "Europe/Vienna")
PAR = ("+02:00", "Europe/Paris")
BRU = ("+02:00", "Europe/Brussels")
MAD = ("+02:00", "Europe/Madrid")
LIS = ("+01:00", "Europe/Lisbon")
AMS = ("+02:00", "Europe/Amsterdam")
ROM = ("+02:00", "Europe/Rome")
WAW = ("+02:00", "Europe/Warsaw")
STO = ("+02:00", "Europe/Stockholm")
CPH = ("+02:00", "Europe/Copenhagen")
OSL = ("+02:00", "Europe/Oslo")
HEL = ("+03:00", "Europe/Helsinki")
PRG = ("+02:00", "Europe/Prague")
BTS = ("+02:00", "Europe/Bratislava")
IST = ("+03:00", "Europe/Istanbul")
MOW = ("+03:00", "Europe/Moscow")
SOF = ("+03:00", "Europe/Sofia")
SAO = ("-03:00", "America/Sao_Paulo")
MEX = ("-06:00", "America/Mexico_City")
RUH = ("+03:00", "Asia/Riyadh")
JKT = ("+07:00", "Asia/Jakarta")
HAN = ("+07:00", "Asia/Ho_Chi_Minh")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEO = ("+09:00", "Asia/Seoul")

TEAMS_NL = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
            "Klik hier om deel te nemen aan de vergadering\nVergaderings-id: 377 210 845 96\nWachtwoordcode: "
            "Vk2sX9\n________________________________________________________________________________")
ZOOM = "\n\nZoom-Meeting beitreten\nhttps://us06web.zoom.us/j/84120577310?pwd=Lw9e\nMeeting-ID: 841 2057 7310"
MEET = "\n\nParticipar com o Google Meet: https://meet.google.com/rvb-kqte-nsa"
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/wdk-pmxr-cfa"
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour rejoindre la réunion\nID de la réunion : 342 118 670 23\nCode secret : Pd8rW3\n"
            "________________________________________________________________________________")
MEET_JA = "\n\nGoogle Meet に参加: https://meet.google.com/hfa-wqpz-tmc"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/8RkQ2pWx\n会议号：482 117 905"

INTL5: list[Case] = [
    # ============================================================ German
    (event("Vorstellungsgespräch – Sachbearbeiter Einkauf (m/w/d)",
           organizer=org("j.hartmann@weserland-foods.de", "Julia Hartmann"),
           guests=[guest("j.hartmann@weserland-foods.de", "Julia Hartmann"),
                   guest("m.kruse@weserland-foods.de", "Matthias Kruse"),
                   room("weserland-bremen-og2-konf@resource.calendar.google.com", "Bremen OG2 Konferenzraum")],
           description="Sehr geehrte Pat Lee,\n\nwie telefonisch vereinbart bestätigen wir Ihren Termin. "
                       "Gesprächspartner: Matthias Kruse (Leitung Einkauf) und Julia Hartmann (Personal). Dauer "
                       "etwa 60 Minuten. Bitte bringen Sie Ihre Zeugnisse mit; Ihre Fahrtkosten erstatten wir.",
           location="Weserland Foods GmbH, Am Speicher 4, 28217 Bremen",
           **at("2026-07-08", "10:00", 60, *BER)),
     yes(["Weserland Foods", "Weserland Foods GmbH", "Weserland", "Weserland-Foods"],
         ["j.hartmann@weserland-foods.de", "m.kruse@weserland-foods.de"]), "de", DE_STELLENMARKT),
    # a letter-style invitation from the personnel office; the managing director is named, not invited
    (event("Einladung zum persönlichen Gespräch – Bürokauffrau/-mann",
           organizer=org("personal@drucktechnik-albrecht.at", "Personalabteilung Drucktechnik Albrecht"),
           description="Ihre Bewerbungsunterlagen haben uns überzeugt. Wir laden Sie zu einem persönlichen "
                       "Gespräch mit unserem Geschäftsführer, Herrn Dr. Jens Albrecht, ein. Bitte bestätigen Sie "
                       "den Termin kurz per E-Mail.",
           location="Drucktechnik Albrecht GmbH, Gewerbepark 3, 4020 Linz",
           **at("2026-07-14", "14:00", 45, *VIE)),
     yes(["Drucktechnik Albrecht", "Drucktechnik Albrecht GmbH", "Drucktechnik-Albrecht"],
         ["personal@drucktechnik-albrecht.at", "Jens Albrecht"]), "de", DE_SDOX),
    (event("Kennenlerngespräch (Video) – Werkstudent*in Marketing | Nordlicht Reisen",
           organizer=org("talent@nordlicht-reisen.de", "Nordlicht Reisen Talent"),
           guests=[guest("talent@nordlicht-reisen.de", "Nordlicht Reisen Talent"),
                   guest("s.yilmaz@nordlicht-reisen.de", "Selin Yılmaz")],
           description="Hallo Pat, danke für deine Geduld! Wir haben deine Unterlagen genau angeschaut und würden "
                       "dich gern kennenlernen. Mit dabei: Selin Yılmaz (Teamlead Marketing). Passt der Termin "
                       "nicht, sag uns bitte rechtzeitig Bescheid. Bei Fragen: 040 555 1290." + ZOOM,
           **at("2026-07-15", "11:00", 30, *BER)),
     yes(["Nordlicht Reisen", "Nordlicht", "Nordlicht-Reisen"],
         ["talent@nordlicht-reisen.de", "s.yilmaz@nordlicht-reisen.de"]), "de", DE_ONLYFY),
    (event("Einladung Weserland lesen: Teilnehmer, Dauer, Fahrtkosten notieren", organizer=SELF,
           description="Zusage schreiben, nach Parkmöglichkeit fragen. Zeugnisse kopieren.",
           **at("2026-07-06", "18:00", 30, *BER)),
     None, "de", DE_STELLENMARKT),
    (event("Bewerbergespräch Frau Lena Vogt – Sie nehmen als Fachbereich teil",
           organizer=org("personal@tischlerei-gruber.at", "Personalabteilung"),
           guests=[guest("lena.vogt@gmx.at", "Lena Vogt")],
           description="Bitte Bewerbungsmappe vorab lesen und den Bewertungsbogen nach dem Gespräch ausfüllen.",
           **at("2026-07-16", "09:00", 45, *VIE)),
     None, "de", DE_SDOX),
    (event("Webinar: Einladungen zum Interview, die überzeugen (onlyfy)",
           organizer=org("events@onlyfy.io", "onlyfy by XING"),
           description="Für Recruiter:innen: die wichtigsten Infos in der Einladung, Vorlagen, Terminvorschläge. "
                       "Aufzeichnung für alle Angemeldeten.",
           **at("2026-06-23", "11:00", 45, *BER)),
     None, "de", DE_ONLYFY),
    (event("Jahresgespräch mit Frau Köhler (Rückblick, Ziele, Entwicklung)",
           organizer=org("b.koehler@elbtal-versicherung.de", "Birgit Köhler"),
           guests=[guest("b.koehler@elbtal-versicherung.de", "Birgit Köhler")],
           description="Unser jährliches Vieraugengespräch. Bitte den Vorbereitungsbogen mitbringen: Rückblick, "
                       "Zielvereinbarung, Weiterbildung. Ca. 90 Minuten, Raum 3.07.",
           **at("2026-11-24", "10:00", 90, "+01:00", "Europe/Berlin")),
     None, "de", DE_ZEITBLUETEN),
    # ============================================================ French
    (event("Entretien d'embauche en visioconférence – Comptable (H/F)",
           organizer=org("c.lemaire@cabinet-vautrin.fr", "Camille Lemaire"),
           guests=[guest("c.lemaire@cabinet-vautrin.fr", "Camille Lemaire"),
                   guest("p.vautrin@cabinet-vautrin.fr", "Paul Vautrin")],
           description="Bonjour Pat,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de "
                       "comptable. Il se déroulera à distance avec Paul Vautrin, expert-comptable associé. "
                       "Identifiant de connexion : cabinet-vautrin / salle 2. Merci de confirmer votre présence."
                       + TEAMS_FR,
           **at("2026-07-09", "09:30", 45, *PAR)),
     yes(["Cabinet Vautrin", "Vautrin", "Cabinet-Vautrin"], ["c.lemaire@cabinet-vautrin.fr", "p.vautrin@cabinet-vautrin.fr"]),
     "fr", FR_GESTIONPAIE),
    (event("Entretien final – Direction (Responsable logistique)",
           organizer=org("rh@transports-morvan.fr", "RH Transports Morvan"),
           guests=[guest("rh@transports-morvan.fr", "RH Transports Morvan"),
                   guest("d.morvan@transports-morvan.fr", "Didier Morvan"),
                   guest("a.faure@transports-morvan.fr", "Aline Faure", "declined")],
           description="Dernier tour avec la direction : Didier Morvan (PDG). Aline Faure ne pourra pas être présente.",
           location="Transports Morvan, ZA des Grives, 71100 Chalon-sur-Saône",
           **at("2026-07-21", "15:00", 60, *PAR)),
     yes(["Transports Morvan", "Morvan", "Transports-Morvan"], ["rh@transports-morvan.fr", "d.morvan@transports-morvan.fr"]),
     "fr", GAUZY),
    (event("Convocation – entretien annuel d'évaluation",
           organizer=org("n.garnier@imprimerie-lacroix.fr", "Nathalie Garnier"),
           guests=[guest("n.garnier@imprimerie-lacroix.fr", "Nathalie Garnier")],
           description="Bonjour, je vous convie à votre entretien annuel d'évaluation dans mon bureau : bilan de "
                       "l'année, objectifs atteints, objectifs de l'année à venir. Merci d'apporter votre fiche de "
                       "préparation.",
           **at("2026-12-08", "14:00", 60, "+01:00", "Europe/Paris")),
     None, "fr", FR_WONDER),
    (event("Entretien professionnel (bilan à 2 ans) – RH",
           organizer=org("rh@imprimerie-lacroix.fr", "Service RH"),
           guests=[guest("rh@imprimerie-lacroix.fr", "Service RH")],
           description="Entretien obligatoire sur votre parcours, vos souhaits d'évolution et vos besoins de "
                       "formation. Distinct de l'entretien annuel d'évaluation.",
           **at("2026-12-10", "11:00", 45, "+01:00", "Europe/Paris")),
     None, "fr", FR_MMT),
    (event("Envoyer les convocations – 5 candidats comptable (visio)", organizer=SELF,
           description="Date, heure, lien + identifiant, nom du recruteur. Demander confirmation.",
           **at("2026-07-03", "09:00", 45, *PAR)),
     None, "fr", FR_GESTIONPAIE),
    # ============================================================ Spanish
    (event("Entrevista – Oficial de Programas (P-3) – Organización Iberoamericana del Agua",
           organizer=org("seleccion@oiagua.int", "OIA – Selección de Personal"),
           guestsCanSeeOtherGuests=False,
           description="Estimado/a candidato/a: ha sido preseleccionado/a. La entrevista por competencias se "
                       "realizará en español e inglés ante un panel de tres personas presidido por la Dra. Elena "
                       "Saravia (Directora de Programas). Duración: 45 minutos." + MEET_ES,
           **at("2026-07-22", "15:00", 45, *MAD)),
     yes(["Organización Iberoamericana del Agua", "OIA", "Oiagua"], ["seleccion@oiagua.int", "Elena Saravia"]),
     "es", ES_EXTERIORES),
    (event("Entrevista – Analista de Crédito | Financiera Altamira",
           organizer=org("r.mendoza@financieraaltamira.mx", "Rosa Mendoza"),
           guests=[guest("r.mendoza@financieraaltamira.mx", "Rosa Mendoza"),
                   guest("h.ibarra@financieraaltamira.mx", "Héctor Ibarra")],
           description="Hola Pat, gracias por confirmar. Entrevista presencial de unos 50 minutos con Héctor "
                       "Ibarra, Gerente de Riesgos, y conmigo. Trae una identificación oficial.",
           location="Financiera Altamira, Av. Vallarta 2440, Guadalajara, Jal.",
           **at("2026-07-23", "10:00", 50, *MEX)),
     yes(["Financiera Altamira", "Altamira", "Financieraaltamira"],
         ["r.mendoza@financieraaltamira.mx", "h.ibarra@financieraaltamira.mx"]), "es", ES_CVZEN),
    # the owner copied the details into an event of their own; the contact's address is in the text
    (event("Entrevista Grupo Lirio – RR.HH.", organizer=SELF,
           description="Con Beatriz Salas (bsalas@grupolirio.es), responsable de selección. Llegar 10 min antes, "
                       "apagar el móvil, llevar CV impreso.",
           location="Grupo Lirio, Paseo de la Castellana 95, Madrid",
           **at("2026-07-24", "12:00", 45, *MAD)),
     yes(["Grupo Lirio", "Lirio", "Grupolirio"], ["bsalas@grupolirio.es"]), "es", ES_DQ),
    (event("Responder a Financiera Altamira – confirmar disponibilidad", organizer=SELF,
           description="Agradecer, confirmar jueves 10:00, preguntar quién estará en la entrevista.",
           **at("2026-07-20", "09:00", 15, *MEX)),
     None, "es", ES_CVZEN),
    (event("Sesión informativa: candidaturas a organismos internacionales",
           organizer=org("funcionariosinternacionales@maec.es", "Unidad de Funcionarios Internacionales"),
           description="Cómo leer una convocatoria, preparar el CV y la carta de motivación y qué esperar de la "
                       "entrevista por competencias.",
           **at("2026-06-17", "17:00", 90, *MAD)),
     None, "es", ES_EXTERIORES),
    # ============================================================ Portuguese (pt-PT, pt-BR)
    # pt-PT
    (event("Entrevista – Técnico/a de Contabilidade | Lusomar Seguros",
           organizer=org("recrutamento@lusomar.pt", "Recrutamento Lusomar"),
           guests=[guest("recrutamento@lusomar.pt", "Recrutamento Lusomar"),
                   guest("marta.pires@lusomar.pt", "Marta Pires")],
           description="Olá Pat, confirmamos a sua entrevista com a Dra. Marta Pires, Diretora Financeira. Traga o "
                       "Cartão de Cidadão. Estacionamento no piso -1.",
           location="Lusomar Seguros, Av. da Liberdade 190, Lisboa",
           **at("2026-07-13", "10:00", 45, *LIS)),
     yes(["Lusomar Seguros", "Lusomar"], ["recrutamento@lusomar.pt", "marta.pires@lusomar.pt"]), "pt", PT_CENTRO),
    # pt-PT
    (event("Enviar email de agradecimento à Dra. Marta (entrevista de ontem)", organizer=SELF,
           description="Curto e personalizado: mencionar o projeto de migração. Dentro de 24 horas.",
           **at("2026-07-14", "09:00", 15, *LIS)),
     None, "pt", PT_TRABALHADOR),
    # pt-BR
    (event("Entrevista online – Analista de RH Pleno | Cooperativa Vale Verde",
           organizer=org("selecao@valeverde.coop.br", "Seleção Vale Verde"),
           guests=[guest("selecao@valeverde.coop.br", "Seleção Vale Verde"),
                   guest("juliana.rocha@valeverde.coop.br", "Juliana Rocha")],
           description="Olá, Pat! Sua entrevista será por videochamada com Juliana Rocha (Coordenadora de Gente e "
                       "Gestão). Teste câmera, áudio e conexão antes." + MEET,
           **at("2026-07-15", "14:00", 40, *SAO)),
     yes(["Cooperativa Vale Verde", "Vale Verde", "Valeverde"],
         ["selecao@valeverde.coop.br", "juliana.rocha@valeverde.coop.br"]), "pt", PT_CHAWORK),
    # pt-BR
    (event("Entrevista remota – Desenvolvedor(a) Front-end | Trilha Digital",
           organizer=org("tech.recruiter@trilhadigital.com.br", "Bruno Sales"),
           guests=[guest("tech.recruiter@trilhadigital.com.br", "Bruno Sales"),
                   guest("carla.nunes@trilhadigital.com.br", "Carla Nunes")],
           description="Etapa técnica: 60 minutos com a Carla (Tech Lead). Vamos conversar sobre o seu portfólio e "
                       "fazer um pequeno exercício ao vivo.\nhttps://trilhadigital.zoom.us/j/93120455",
           **at("2026-07-16", "16:00", 60, *SAO)),
     yes(["Trilha Digital", "Trilha", "Trilhadigital"],
         ["tech.recruiter@trilhadigital.com.br", "carla.nunes@trilhadigital.com.br"]), "pt", PT_GAMA),
    # pt-BR: a graduate-admission interview ("arguição") is an admission, not a job (no)
    (event("Arguição – Mestrado Profissional (Processo Seletivo 2026)", organizer=SELF,
           description="Entrar na sala virtual 5 min antes, documento com foto, câmera e microfone ligados.\n"
                       "https://meet.google.com/ymo-gqsc-jtp",
           **at("2026-08-04", "09:40", 20, *SAO)),
     None, "pt", PT_UFSC),
    # pt-BR: a consular visa interview
    (event("Entrevista no Consulado dos EUA – visto B1/B2", organizer=SELF,
           description="Levar passaporte, confirmação do DS-160 e do agendamento. Celular desligado. Mostrar "
                       "vínculos com o Brasil.",
           location="Consulado Geral dos EUA, Rua Henri Dunant 500, São Paulo",
           **at("2026-09-15", "08:15", 120, *SAO)),
     None, "pt", PT_AGIVIAJA),
    # pt-BR
    (event("CASV – coleta biométrica (visto americano)", organizer=SELF,
           description="Foto e digitais. Chegar no máximo 30 min antes. Sem comida nem bebida.",
           location="CASV São Paulo, Vila Mariana",
           **at("2026-09-14", "10:30", 30, *SAO)),
     None, "pt", PT_CASV),
    # pt-BR: the owner runs the interviews
    (event("Entrevistas online – candidatos Assistente Administrativo (3)", organizer=SELF,
           guests=[guest("felipe.candidato@gmail.com", "Felipe Andrade")],
           description="Roteiro com critérios objetivos; anotar sinais de fit. Links enviados pelo WhatsApp.",
           **at("2026-06-10", "09:00", 120, *SAO)),
     None, "pt", PT_CHAWORK),
    # ============================================================ Italian
    (event("Colloquio video – Addetto/a Customer Care | Ottica Ferraris",
           organizer=org("selezione@otticaferraris.it", "Selezione Ottica Ferraris"),
           guests=[guest("selezione@otticaferraris.it", "Selezione Ottica Ferraris"),
                   guest("g.sala@otticaferraris.it", "Giorgia Sala")],
           description="Colloquio video con Giorgia Sala (Responsabile Customer Care). Entra dal browser qualche "
                       "minuto prima: https://recruit.zoho.eu/live/otticaferraris/2210",
           **at("2026-07-17", "11:30", 30, *ROM)),
     yes(["Ottica Ferraris", "Ferraris", "Otticaferraris"], ["selezione@otticaferraris.it", "g.sala@otticaferraris.it"]),
     "it", ZOHO_LIVE),
    (event("Colloquio con candidato Luca Bassi – sei nel panel (round tecnico)",
           organizer=org("hr@meccanicatorre.it", "HR Meccanica Torre"),
           guests=[guest("luca.bassi.cv@gmail.com", "Luca Bassi")],
           description="Competenze da valutare: disegno tecnico, CAD. Compila la scheda di valutazione in Freshteam.",
           **at("2026-07-20", "14:00", 60, *ROM)),
     None, "it", FRESHTEAM),
    # ============================================================ Dutch (nl-NL, nl-BE)
    (event("Digitaal sollicitatiegesprek – Beleidsadviseur Water",
           organizer=org("werving@rijnvliet.nl", "Waterschap Rijnvliet – Werving"),
           guests=[guest("h.dekker@rijnvliet.nl", "Hanneke Dekker"),
                   guest("werving@rijnvliet.nl", "Waterschap Rijnvliet – Werving")],
           description="Beste Pat, het eerste gesprek vindt via video plaats met Hanneke Dekker (teamleider "
                       "Waterbeleid) en een adviseur P&O. Een tweede gesprek volgt eventueel ook digitaal." + TEAMS_NL,
           **at("2026-07-13", "13:30", 60, *AMS)),
     yes(["Waterschap Rijnvliet", "Rijnvliet"], ["werving@rijnvliet.nl", "h.dekker@rijnvliet.nl"]), "nl", NL_NRC),
    (event("Online kennismaking met Esmee – Detachering Finance",
           organizer=org("esmee.vandijk@tallentwerk.nl", "Esmee van Dijk"),
           guests=[guest("esmee.vandijk@tallentwerk.nl", "Esmee van Dijk")],
           description="Hoi Pat! We spreken elkaar online over je ervaring en de detacheringsopdrachten die we "
                       "hebben. Trek iets representatiefs aan en kies een rustige plek. Groet, Esmee (recruiter "
                       "Tallentwerk)" + TEAMS_NL,
           **at("2026-07-14", "10:00", 45, *AMS)),
     yes(["Tallentwerk"], ["esmee.vandijk@tallentwerk.nl"]), "nl", NL_TMI),
    # nl-BE: the agency consultant organises; the client's manager joins on Teams
    (event("Video-interview via Teams – Projectingenieur bij Scheldewerf Engineering",
           organizer=org("w.peeters@brugwerk-consult.be", "Wouter Peeters"),
           guests=[guest("w.peeters@brugwerk-consult.be", "Wouter Peeters"),
                   guest("l.maes@scheldewerf.be", "Lotte Maes")],
           description="Dag Pat, onze klant Scheldewerf Engineering wil je graag spreken. Lotte Maes "
                       "(afdelingshoofd projecten) voert het gesprek; ik open de vergadering. Test vooraf je "
                       "camera en micro." + TEAMS_NL,
           **at("2026-07-15", "09:00", 45, *BRU)),
     yes(["Scheldewerf Engineering", "Scheldewerf"], ["w.peeters@brugwerk-consult.be", "l.maes@scheldewerf.be"]),
     "nl", NL_BRUNEL),
    (event("Videogesprek met Anne (corporate recruiter) – HR Business Partner",
           organizer=org("anne.vanderriet@flexiagroep.nl", "Anne van de Riet"),
           guests=[guest("anne.vanderriet@flexiagroep.nl", "Anne van de Riet")],
           description="Eerste gesprek voor de functie HR Business Partner bij Flexia Groep. Ongeveer 30 minuten.",
           **at("2026-07-16", "15:30", 30, *AMS)),
     yes(["Flexia Groep", "Flexia", "Flexiagroep"], ["anne.vanderriet@flexiagroep.nl"]), "nl", NL_NOS),
    (event("Oefensessie videosollicitatie met sollicitatietrainer",
           organizer=org("aaltje@loopbaanpraktijkvincent.nl", "Loopbaanpraktijk Vincent"),
           guests=[guest("aaltje@loopbaanpraktijkvincent.nl", "Loopbaanpraktijk Vincent")],
           description="We oefenen in de lens kijken, je antwoorden en de techniek. Neem de vacature mee.",
           **at("2026-07-10", "19:00", 60, *AMS)),
     None, "nl", NL_NU),
    (event("Soundcheck + webcam testen voor videosollicitatie", organizer=SELF,
           description="Luidsprekers niet op mute! Achtergrond opruimen, huisgenoten inlichten.",
           **at("2026-07-14", "20:00", 20, *BRU)),
     None, "nl", NL_HLN),
    # ============================================================ Polish
    (event("Nowy termin rozmowy kwalifikacyjnej – Księgowy/a | Biuro Rachunkowe Sowa",
           organizer=org("rekrutacja@brsowa.pl", "Biuro Rachunkowe Sowa"),
           guests=[guest("rekrutacja@brsowa.pl", "Biuro Rachunkowe Sowa"),
                   guest("a.sowa@brsowa.pl", "Agnieszka Sowa")],
           description="Dzień dobry, przepraszamy za zmianę. Pierwotny termin musieliśmy odwołać; zapraszamy na "
                       "rozmowę z panią Agnieszką Sową (właścicielka biura) w nowym terminie.",
           location="Biuro Rachunkowe Sowa, ul. Piotrkowska 120, Łódź",
           **at("2026-07-21", "10:00", 45, *WAW)),
     yes(["Biuro Rachunkowe Sowa", "BR Sowa", "Sowa", "Brsowa"], ["rekrutacja@brsowa.pl", "a.sowa@brsowa.pl"]),
     "pl", PL_AFFCK),
    (event("Warsztat: rozmowa kwalifikacyjna – autoprezentacja (Młodzieżowe Centrum Kariery OHP)",
           organizer=org("mck.kutno@ohp.pl", "MCK OHP Kutno"),
           description="Doradca zawodowy: jak przygotować się do rozmowy, najczęstsze pytania, symulacje.",
           location="MCK OHP, ul. Kościuszki 9, Kutno",
           **at("2026-06-25", "12:00", 90, *WAW)),
     None, "pl", PL_SLIDEUM),
    # ============================================================ Nordic
    (event("Intervju – Ekonomiassistent | Norrviken Fastigheter",
           organizer=org("no-reply@freshteam.com", "Freshteam"),
           guests=[guest("karin.sjoberg@norrviken.se", "Karin Sjöberg")],
           description="Typ av intervju: Ansikte mot ansikte. Intervjuare: Karin Sjöberg (ekonomichef). Anmäl dig i "
                       "receptionen. Frågor? rekrytering@norrviken.se",
           location="Norrviken Fastigheter AB, Kungsgatan 44, Göteborg",
           **at("2026-07-22", "09:30", 60, *STO)),
     yes(["Norrviken Fastigheter", "Norrviken Fastigheter AB", "Norrviken"],
         ["karin.sjoberg@norrviken.se", "rekrytering@norrviken.se"]), "sv", FRESHTEAM),
    (event("Jobsamtale – Lagerassistent hos Kragh Logistik",
           organizer=org("hr@kraghlogistik.dk", "Kragh Logistik HR"),
           guests=[guest("hr@kraghlogistik.dk", "Kragh Logistik HR"),
                   guest("t.kragh@kraghlogistik.dk", "Thomas Kragh")],
           description="Hej Pat, tak for din ansøgning. Vi vil gerne invitere dig til en samtale med lagerchef "
                       "Thomas Kragh. Ring på 76 55 12 40, hvis du bliver forsinket.",
           location="Kragh Logistik, Industrivej 18, 7100 Vejle",
           **at("2026-07-23", "13:00", 45, *CPH)),
     yes(["Kragh Logistik", "Kragh", "Kraghlogistik"], ["hr@kraghlogistik.dk", "t.kragh@kraghlogistik.dk"]),
     "da", DA_DECOREX),
    (event("Ansættelsessamtaler – 4 kandidater (du sidder i udvalget)",
           organizer=org("hr@fynboel.dk", "Fynbo El HR"),
           guests=[guest("hr@fynboel.dk", "Fynbo El HR")],
           description="Kandidaternes ansøgninger ligger i mappen. Vi mødes 15 min før første samtale.",
           **at("2026-06-11", "08:45", 300, *CPH)),
     None, "da", DA_DECOREX),
    (event("Jobbintervju – Rådgiver bedriftsmarked, Fjordbank",
           organizer=org("rekruttering@fjordbank.no", "Fjordbank Rekruttering"),
           guests=[guest("rekruttering@fjordbank.no", "Fjordbank Rekruttering"),
                   guest("e.solberg@fjordbank.no", "Eirik Solberg")],
           description="Hei Pat! Velkommen til intervju med Eirik Solberg (leder bedriftsmarked). Ca. 60 minutter.",
           location="Fjordbank, Strandkaien 12, Stavanger",
           **at("2026-07-27", "10:00", 60, *OSL)),
     yes(["Fjordbank"], ["rekruttering@fjordbank.no", "e.solberg@fjordbank.no"]), "no", NO_DINCV),
    (event("Trekke meg fra intervju hos Fjordbank – sende e-post til Eirik", organizer=SELF,
           description="Takke for invitasjonen, si at jeg har takket ja til en annen stilling. Kort og høflig.",
           **at("2026-07-24", "08:00", 15, *OSL)),
     None, "no", NO_DINCV),
    (event("Puhelinhaastattelu – Asiakaspalvelija | Kuura Energia",
           organizer=org("rekry@kuuraenergia.fi", "Kuura Energia Rekry"),
           guests=[guest("rekry@kuuraenergia.fi", "Kuura Energia Rekry"),
                   guest("aino.lehto@kuuraenergia.fi", "Aino Lehto")],
           description="Varasit ajan kalenterivarauksen kautta. Aino Lehto (tiiminvetäjä) soittaa sinulle "
                       "ilmoittamaasi numeroon. Aikaa voi muuttaa vahvistusviestin linkistä.",
           **at("2026-07-28", "12:30", 20, *HEL)),
     yes(["Kuura Energia", "Kuura", "Kuuraenergia"], ["rekry@kuuraenergia.fi", "aino.lehto@kuuraenergia.fi"]),
     "fi", ZOHO_BOOK),
    # ============================================================ Czech, Slovak
    (event("Assessment centrum – Obchodní zástupce | Vltava Nápoje",
           organizer=org("nabor@vltavanapoje.cz", "Nábor Vltava Nápoje"),
           guestsCanSeeOtherGuests=False,
           description="Dobrý den, zveme Vás na assessment centrum: skupinová úloha, modelový obchodní rozhovor a "
                       "krátký pohovor s regionálním manažerem Petrem Dvořákem. Počítejte zhruba se čtyřmi hodinami.",
           location="Vltava Nápoje a.s., Na Florenci 29, Praha 1",
           **at("2026-07-29", "09:00", 240, *PRG)),
     yes(["Vltava Nápoje", "Vltava Napoje", "Vltava Nápoje a.s.", "Vltavanapoje"],
         ["nabor@vltavanapoje.cz", "Petr Dvořák"]), "cs", CS_SLUZBY),
    (event("Přijímací pohovor – Asistent/ka ředitele | Hradecké stavby",
           organizer=org("l.novotna@hradeckestavby.cz", "Lucie Novotná"),
           guests=[guest("l.novotna@hradeckestavby.cz", "Lucie Novotná"),
                   guest("reditel@hradeckestavby.cz", "Ing. Karel Mach")],
           description="Dobrý den, potvrzujeme pohovor s ředitelem Ing. Karlem Machem. Sídlo firmy: 2. patro, "
                       "ohlaste se na recepci.",
           location="Hradecké stavby s.r.o., Gočárova třída 18, Hradec Králové",
           **at("2026-07-30", "10:00", 45, *PRG)),
     yes(["Hradecké stavby", "Hradecke stavby", "Hradecké stavby s.r.o.", "Hradeckestavby"],
         ["l.novotna@hradeckestavby.cz", "reditel@hradeckestavby.cz"]), "cs", CS_IDNES),
    (event("Kariérní poradenství – příprava na pohovor (IPC)", organizer=SELF,
           description="Vzít CV a inzerát. Zeptat se na otázky k silným a slabým stránkám.",
           location="Informační a poradenské centrum, Univerzitní 8",
           **at("2026-07-20", "13:00", 45, *PRG)),
     None, "cs", CS_ZCU),
    (event("Pozvánka na pohovor – Skladník | Tatra Sklad s.r.o.",
           organizer=org("personalne@tatrasklad.sk", "Personálne oddelenie Tatra Sklad"),
           guests=[guest("personalne@tatrasklad.sk", "Personálne oddelenie Tatra Sklad"),
                   guest("m.hudak@tatrasklad.sk", "Martin Hudák")],
           description="Dobrý deň, na základe Vášho životopisu Vás pozývame na pohovor s vedúcim skladu Martinom "
                       "Hudákom. Prineste si občiansky preukaz.",
           location="Tatra Sklad s.r.o., Priemyselná 6, Žilina",
           **at("2026-07-31", "08:30", 30, *BTS)),
     yes(["Tatra Sklad", "Tatra Sklad s.r.o.", "Tatrasklad"], ["personalne@tatrasklad.sk", "m.hudak@tatrasklad.sk"]),
     "sk", SK_INMYDRESS),
    # ============================================================ Turkish
    (event("Mülakat – Muhasebe Uzmanı | Kuzey Yapı A.Ş.",
           organizer=org("ik@kuzeyyapi.com.tr", "Kuzey Yapı İnsan Kaynakları"),
           guests=[guest("ik@kuzeyyapi.com.tr", "Kuzey Yapı İnsan Kaynakları"),
                   guest("e.demir@kuzeyyapi.com.tr", "Emre Demir")],
           description="Merhaba Pat Bey/Hanım, Muhasebe Uzmanı pozisyonu için Mali İşler Müdürümüz Emre Demir ile "
                       "yüz yüze görüşmeniz planlanmıştır. Lütfen kimliğinizi yanınızda getiriniz.",
           location="Kuzey Yapı A.Ş., Büyükdere Cad. No:185, Şişli/İstanbul",
           **at("2026-08-03", "11:00", 45, *IST)),
     yes(["Kuzey Yapı", "Kuzey Yapı A.Ş.", "Kuzey Yapi", "Kuzeyyapi"], ["ik@kuzeyyapi.com.tr", "e.demir@kuzeyyapi.com.tr"]),
     "tr", TR_ORMAN),
    # the owner conducts a journalistic interview ("mülakat") for the local paper (no)
    (event("Mülakat: Belediye Başkanı ile (gazete röportajı)", organizer=SELF,
           description="Soruları önceden hazırla, cevapları değiştirmeden yaz. Ses kaydı için izin iste.",
           location="Girne Belediyesi",
           **at("2026-07-15", "10:00", 60, *IST)),
     None, "tr", TR_GUNDEM),
    (event("Mülakat hazırlığı – STAR örnekleri + şirket araştırması", organizer=SELF,
           description="Kuzey Yapı'nın son projeleri, olası sorular, soracağım 3 soru.",
           **at("2026-08-02", "20:00", 90, *IST)),
     None, "tr", TR_ORMAN),
    # ============================================================ Japanese
    # booked in the recruiter's Google appointment slots; the candidate typed name and job into the booking
    (event("面接予約（パット・リー／経理スタッフ）",
           organizer=org("saiyo@kawase-shoji.co.jp", "川瀬商事 採用担当"),
           guests=[guest("saiyo@kawase-shoji.co.jp", "川瀬商事 採用担当")],
           description="予約枠から予約されました。\n候補者名：パット・リー\n求人：経理スタッフ（正社員）\n面接官：経理部 課長 "
                       "森田" + MEET_JA,
           **at("2026-07-09", "15:00", 45, *TYO)),
     yes(["川瀬商事", "株式会社川瀬商事", "Kawase Shoji", "Kawase-Shoji"], ["saiyo@kawase-shoji.co.jp", "森田"]),
     "ja", ZOHO_JA),
    (event("【株式会社みなと技研】一次面接のご案内",
           organizer=org("recruit@minato-giken.co.jp", "株式会社みなと技研 人事部 採用担当 田村"),
           guests=[guest("recruit@minato-giken.co.jp", "株式会社みなと技研 人事部 採用担当 田村"),
                   guest("k.ishii@minato-giken.co.jp", "石井 健太")],
           description="パット・リー様\n\n書類選考の結果、一次面接にお進みいただくことになりました。\n面接官：開発部 "
                       "石井\n所要時間：約60分\n持ち物：筆記用具\n当日は受付にて「採用面接」とお伝えください。",
           location="株式会社みなと技研 本社 5階（横浜市西区）",
           **at("2026-07-10", "10:00", 60, *TYO)),
     yes(["株式会社みなと技研", "みなと技研", "Minato Giken", "Minato-Giken"],
         ["recruit@minato-giken.co.jp", "k.ishii@minato-giken.co.jp"]), "ja", JA_CROWD),
    (event("Web面接のご案内（二次面接）",
           organizer=org("jinji@sakuragi-foods.co.jp", "さくら木フーズ 人事部"),
           guests=[guest("jinji@sakuragi-foods.co.jp", "さくら木フーズ 人事部"),
                   guest("y.ogawa@sakuragi-foods.co.jp", "小川 由美")],
           description="二次面接はWeb面接にて実施いたします。下記URLよりご入室ください。カメラとマイクを事前にご確認ください。"
                       "面接官：営業企画部 部長 小川" + MEET_JA,
           **at("2026-07-14", "16:00", 45, *TYO)),
     yes(["さくら木フーズ", "株式会社さくら木フーズ", "Sakuragi Foods", "Sakuragi-Foods"],
         ["jinji@sakuragi-foods.co.jp", "y.ogawa@sakuragi-foods.co.jp"]), "ja", JA_HRNOTE),
    (event("最終面接（対面）– 株式会社ひばり電機",
           organizer=org("saiyou@hibari-denki.co.jp", "ひばり電機 採用チーム"),
           description="最終面接は本社にて対面で実施いたします。会場には15分前にお越しください。所要時間は約45分です。"
                       "面接官：代表取締役 佐伯、取締役 大野",
           location="株式会社ひばり電機 本社（大阪市北区）",
           **at("2026-07-21", "14:00", 45, *TYO)),
     yes(["株式会社ひばり電機", "ひばり電機", "Hibari Denki", "Hibari-Denki"],
         ["saiyou@hibari-denki.co.jp", "佐伯", "大野"]), "ja", JA_HRDOCTOR),
    (event("【7月22日】最終面接のご案内【株式会社あさひ不動産】",
           organizer=org("recruit@asahi-fudosan.jp", "あさひ不動産 採用担当 松本"),
           guests=[guest("recruit@asahi-fudosan.jp", "あさひ不動産 採用担当 松本")],
           description="一次選考を通過されましたので、最終面接のご案内をお送りいたします。面接官は代表の中島です。",
           location="あさひ不動産 本店（福岡市中央区）",
           **at("2026-07-22", "11:00", 60, *TYO)),
     yes(["株式会社あさひ不動産", "あさひ不動産", "Asahi Fudosan", "Asahi-Fudosan"],
         ["recruit@asahi-fudosan.jp", "中島"]), "ja", JA_AIDEM),
    (event("面接日程確定のご連絡【社会福祉法人こもれび会】",
           organizer=org("saiyo@komorebi-kai.or.jp", "こもれび会 法人本部 採用担当 西村"),
           guests=[guest("saiyo@komorebi-kai.or.jp", "こもれび会 法人本部 採用担当 西村"),
                   guest("encho.sakura@komorebi-kai.or.jp", "さくら保育園 園長 野口")],
           description="面接日程が確定しましたのでご連絡いたします。面接官：さくら保育園 園長 野口。前日にリマインドメールを"
                       "お送りします。ご都合が悪くなった場合は西村までご連絡ください。",
           location="さくら保育園（札幌市豊平区）",
           **at("2026-07-24", "13:30", 45, *TYO)),
     yes(["社会福祉法人こもれび会", "こもれび会", "Komorebi-kai", "Komorebi-Kai"],
         ["saiyo@komorebi-kai.or.jp", "encho.sakura@komorebi-kai.or.jp"]), "ja", JA_ENJAPAN),
    (event("親子面接（聖ヨハネ学園小学校）", organizer=SELF,
           description="受験票、願書のコピー2部、上履き・下足入れ、子どもの着替え、折り紙。受付9:40。",
           location="聖ヨハネ学園小学校（世田谷区）",
           **at("2026-10-17", "10:00", 30, *TYO)),
     None, "ja", JA_OJUKEN),
    (event("【ウェビナー】面接の流れと見極めのポイント（HR NOTE）",
           organizer=org("webinar@hrnote.jp", "HR NOTE"),
           description="採用担当者向け。面接の進め方、NG質問、内定辞退を防ぐコツ。視聴予約者にアーカイブ配信あり。",
           **at("2026-06-26", "12:00", 60, *TYO)),
     None, "ja", JA_HRNOTE),
    # ============================================================ Chinese
    (event("面试通知：产品经理 – 云帆科技（线上）",
           organizer=org("hr@yunfantech.cn", "云帆科技 人力资源部"),
           guests=[guest("hr@yunfantech.cn", "云帆科技 人力资源部"),
                   guest("liu.yang@yunfantech.cn", "刘洋")],
           description="尊敬的 Pat Lee 您好！感谢您对云帆科技的关注。现邀请您参加产品经理岗位的线上面试。\n面试官：刘洋（产品总监）"
                       "\n请提前5分钟入会并保持网络畅通。" + TENCENT,
           **at("2026-07-08", "14:00", 45, *SHA)),
     yes(["云帆科技", "Yunfan Tech", "Yunfantech"], ["hr@yunfantech.cn", "liu.yang@yunfantech.cn"]), "zh", ZH_WEITISHI),
    (event("面试通知书 – 会计主管（二面）",
           organizer=org("zhaopin@huaxinmaoyi.com", "华信贸易 招聘组"),
           description="您已通过初试，现通知您参加复试。面试时间：7月16日上午10:00。面试地点：深圳市南山区科技园华信大厦8楼。"
                       "面试官：财务经理 陈静。请携带身份证、学历证书原件。",
           location="深圳市南山区科技园华信大厦8楼",
           **at("2026-07-16", "10:00", 60, *SHA)),
     yes(["华信贸易", "Huaxin Maoyi", "Huaxinmaoyi"], ["zhaopin@huaxinmaoyi.com", "陈静"]), "zh", ZH_JOBXZC),
    # a civil-service selection interview for a post is a job interview (yes)
    (event("公务员面试 – 市税务局 综合管理岗", organizer=SELF,
           description="短信+邮件通知已确认。携带准考证、身份证。候考室7:30前报到。咨询：市税务局人事科 rsk@hz-tax.gov.cn，电话 0571-8555 3120。",
           location="杭州市人事考试中心",
           **at("2026-07-25", "08:00", 240, *SHA)),
     yes(["市税务局", "杭州市税务局", "Hangzhou Tax Bureau"], ["rsk@hz-tax.gov.cn"]), "zh", ZH_BEATWENAN),
    (event("面试官：候选人 王磊 – 后端开发（腾讯会议 + 招聘系统）",
           organizer=org("hr@xingqiaowl.cn", "星桥网络 人力资源部"),
           guests=[guest("wanglei.dev@163.com", "王磊")],
           description="您是本场面试的面试官。请在面试中打开候选人简历并在结束后填写面试评价。" + TENCENT,
           **at("2026-07-09", "15:00", 60, *SHA)),
     None, "zh", ZH_TENCENT),
    # an online job fair's video booth: a 15-minute call with any exhibitor, not a scheduled interview (no)
    (event("网络招聘会（视频面试专场）– 小程序保持在线", organizer=SELF,
           description="进入会场后在求职大厅等企业发起视频面试，每次15分钟。简历已更新。",
           **at("2026-07-18", "09:00", 180, *SHA)),
     None, "zh", ZH_NIMINI),
    # ============================================================ Korean
    (event("[두리안랩] 1차 면접 안내 – 데이터 분석가",
           organizer=org("recruit@durianlab.co.kr", "두리안랩 채용팀 김하늘"),
           guests=[guest("recruit@durianlab.co.kr", "두리안랩 채용팀 김하늘"),
                   guest("sj.choi@durianlab.co.kr", "최수진")],
           description="Pat Lee님 안녕하세요, 두리안랩 인사팀 김하늘입니다. 데이터 분석가 포지션 1차 면접 일정 안내드립니다. "
                       "면접관: 최수진 팀장. 지참물: 신분증.",
           location="서울시 강남구 테헤란로 311, 9층",
           **at("2026-07-13", "15:00", 50, *SEO)),
     yes(["두리안랩", "Durian Lab", "Durianlab"], ["recruit@durianlab.co.kr", "sj.choi@durianlab.co.kr"]),
     "ko", KO_DSKNW),
    # an interview certificate requested for the job-seeking report to the benefits office (no)
    (event("면접확인서 발급 요청 + 실업급여 구직활동 보고", organizer=SELF,
           description="두리안랩 채용사이트 마이페이지에서 면접확인서 출력. 고용센터 제출.",
           **at("2026-07-14", "10:00", 30, *SEO)),
     None, "ko", KO_HPLACE),
    (event("면접 일정 변경 안내 – 두리안랩 2차 면접",
           organizer=org("recruit@durianlab.co.kr", "두리안랩 채용팀 김하늘"),
           guests=[guest("recruit@durianlab.co.kr", "두리안랩 채용팀 김하늘"),
                   guest("jw.lee@durianlab.co.kr", "이재원")],
           description="사정상 기존 일정이 취소되어 새로운 일정으로 안내드립니다. 면접관: 이재원 CTO. 불편을 드려 죄송합니다.",
           location="서울시 강남구 테헤란로 311, 9층",
           **at("2026-07-22", "11:00", 60, *SEO)),
     yes(["두리안랩", "Durian Lab", "Durianlab"], ["recruit@durianlab.co.kr", "jw.lee@durianlab.co.kr"]),
     "ko", KO_AFFCK),
    # ============================================================ Russian, Bulgarian
    (event("Собеседование – Менеджер по закупкам | ООО «Волжский берег»",
           organizer=org("hr@volzhskiy-bereg.ru", "Отдел кадров «Волжский берег»"),
           guests=[guest("hr@volzhskiy-bereg.ru", "Отдел кадров «Волжский берег»"),
                   guest("i.sokolova@volzhskiy-bereg.ru", "Ирина Соколова")],
           description="Подтверждаем встречу: собеседование с руководителем отдела закупок Ириной Соколовой. "
                       "Пожалуйста, ответьте на это письмо, чтобы подтвердить участие.",
           location="Самара, ул. Молодогвардейская 204, офис 512",
           **at("2026-07-15", "11:00", 60, *MOW)),
     yes(["Волжский берег", "ООО «Волжский берег»", "Volzhskiy Bereg", "Volzhskiy-Bereg"],
         ["hr@volzhskiy-bereg.ru", "i.sokolova@volzhskiy-bereg.ru"]), "ru", RU_INFORM),
    (event("Собеседование: Региональный представитель (договорились по телефону с Ольгой)", organizer=SELF,
           description="Ольга Белова, HR-менеджер «Нева Фарм», olga.belova@nevapharm.ru. Взять резюме.",
           location="Санкт-Петербург, Лиговский пр. 50, корп. 13",
           **at("2026-07-17", "14:00", 60, *MOW)),
     yes(["Нева Фарм", "Neva Pharm", "Nevapharm"], ["olga.belova@nevapharm.ru"]), "ru", RU_ROOTSBAR),
    (event("Приглашение на собеседование – Бухгалтер | АО «Уралстальконструкция»",
           organizer=org("personal@uralstk.ru", "Служба персонала АО «УСК»"),
           description="Адрес: Екатеринбург, ул. Малышева 51, офис 1402 (14 этаж). С собой: паспорт, резюме, диплом. "
                       "Контакт: Анна Ершова, специалист по подбору, +7 343 555-20-14.",
           location="Екатеринбург, ул. Малышева 51, офис 1402",
           **at("2026-07-20", "10:00", 60, "+05:00", "Asia/Yekaterinburg")),
     yes(["Уралстальконструкция", "АО «Уралстальконструкция»", "УСК", "Uralstk"],
         ["personal@uralstk.ru", "Анна Ершова"]), "ru", RU_UNISTO),
    (event("Покана за интервю – Счетоводител | Родопа Трейд ЕООД",
           organizer=org("hr@rodopatrade.bg", "Родопа Трейд – Човешки ресурси"),
           guests=[guest("hr@rodopatrade.bg", "Родопа Трейд – Човешки ресурси"),
                   guest("g.petrova@rodopatrade.bg", "Галина Петрова")],
           description="Здравейте, благодарим за кандидатурата. Каним Ви на интервю с главния счетоводител Галина "
                       "Петрова. Моля, потвърдете участието си.",
           location="Пловдив, бул. Марица 122, ет. 3",
           **at("2026-07-21", "10:30", 45, *SOF)),
     yes(["Родопа Трейд", "Родопа Трейд ЕООД", "Rodopa Trade", "Rodopatrade"],
         ["hr@rodopatrade.bg", "g.petrova@rodopatrade.bg"]), "bg", BG_POKANA),
    # ============================================================ Indonesian, Vietnamese, Arabic
    (event("Undangan Interview – Staf Administrasi | PT Sinar Baru Logistik",
           organizer=org("hrd@sinarbarulogistik.co.id", "HRD PT Sinar Baru Logistik"),
           guests=[guest("hrd@sinarbarulogistik.co.id", "HRD PT Sinar Baru Logistik"),
                   guest("dewi.lestari@sinarbarulogistik.co.id", "Dewi Lestari")],
           description="Dengan hormat, kami mengundang Saudara/i untuk mengikuti interview dengan Ibu Dewi Lestari "
                       "(Manajer Operasional). Mohon membawa CV, fotokopi KTP dan ijazah. Konfirmasi kehadiran "
                       "melalui email ini.",
           location="PT Sinar Baru Logistik, Jl. Raya Bekasi Km 22, Jakarta Timur",
           **at("2026-07-14", "09:00", 60, *JKT)),
     yes(["PT Sinar Baru Logistik", "Sinar Baru Logistik", "Sinar Baru", "Sinarbarulogistik"],
         ["hrd@sinarbarulogistik.co.id", "dewi.lestari@sinarbarulogistik.co.id"]), "id", ID_CBITTOVAR),
    (event("Balas undangan interview Sinar Baru via WA & email (konfirmasi hadir)", organizer=SELF,
           description="Sopan, singkat, sebut nama posisi. Tanyakan dress code.",
           **at("2026-07-11", "19:00", 15, *JKT)),
     None, "id", ID_DEALLS),
    (event("Panggilan Psikotes & Interview User – Staff Keuangan | CV Karya Mandiri",
           organizer=org("rekrutmen@karyamandiri.co.id", "Rekrutmen CV Karya Mandiri"),
           description="Selamat, Anda lolos seleksi berkas. Tahap berikutnya: psikotes (08.00) dilanjutkan interview "
                       "user dengan Bapak Agus Santoso (Kepala Keuangan). Harap datang 15 menit lebih awal.",
           location="CV Karya Mandiri, Jl. Pahlawan 45, Surabaya",
           **at("2026-07-16", "08:00", 240, *JKT)),
     yes(["CV Karya Mandiri", "Karya Mandiri", "Karyamandiri"], ["rekrutmen@karyamandiri.co.id", "Agus Santoso"]),
     "id", ID_PRIVY),
    (event("Thư mời phỏng vấn – Biên tập viên | Công ty Sách Hoa Sen",
           organizer=org("tuyendung@sachhoasen.vn", "Phòng Nhân sự Sách Hoa Sen"),
           guests=[guest("tuyendung@sachhoasen.vn", "Phòng Nhân sự Sách Hoa Sen"),
                   guest("minh.tran@sachhoasen.vn", "Trần Minh")],
           description="Chào Pat, cảm ơn bạn đã ứng tuyển vị trí Biên tập viên. Chúng tôi trân trọng mời bạn tham dự "
                       "buổi phỏng vấn với anh Trần Minh (Trưởng ban biên tập). Vui lòng xác nhận qua email.",
           location="Công ty Sách Hoa Sen, 62 Nguyễn Thị Minh Khai, Quận 3, TP.HCM",
           **at("2026-07-17", "09:30", 60, *HAN)),
     yes(["Công ty Sách Hoa Sen", "Sách Hoa Sen", "Hoa Sen", "Sachhoasen"],
         ["tuyendung@sachhoasen.vn", "minh.tran@sachhoasen.vn"]), "vi", VI_MYTOUR),
    (event("دعوة لمقابلة عمل – محاسب أول | شركة الواحة للتجارة",
           organizer=org("careers@alwaha-trading.sa", "الموارد البشرية – شركة الواحة"),
           guests=[guest("careers@alwaha-trading.sa", "الموارد البشرية – شركة الواحة"),
                   guest("k.alqahtani@alwaha-trading.sa", "خالد القحطاني")],
           description="السيد/ة Pat Lee، يسعدنا دعوتكم لمقابلة عمل حضورية مع الأستاذ خالد القحطاني (المدير المالي). "
                       "يرجى تأكيد الحضور عبر البريد أو واتساب.\nInterview invitation – Senior Accountant, Al Waha "
                       "Trading Co.",
           location="شركة الواحة للتجارة، طريق الملك فهد، الرياض",
           **at("2026-07-19", "10:00", 45, *RUH)),
     yes(["شركة الواحة للتجارة", "الواحة للتجارة", "Al Waha Trading", "Al Waha", "Alwaha-Trading"],
         ["careers@alwaha-trading.sa", "k.alqahtani@alwaha-trading.sa"]), "ar", TALENTERA),
    (event("مقابلات المرشحين – مشرف مبيعات (أنت عضو في لجنة المقابلة)",
           organizer=org("hr@alnakheel-foods.sa", "الموارد البشرية – النخيل للأغذية"),
           guests=[guest("candidate.omar.f@gmail.com", "عمر فاروق")],
           description="يرجى مراجعة السير الذاتية قبل المقابلات وتعبئة نموذج التقييم بعد كل مقابلة.",
           **at("2026-06-14", "09:00", 180, *RUH)),
     None, "ar", TALENTERA),
]
