"""Blind batch 15 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b15.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for June 2027: northern summer time; Australia, New Zealand and South Africa
on standard time; Mexico without summer time since 2022) and the conference texts pasted into
descriptions.

Scored once, at the end of round 15, for docs/detection.md and the README; tuning data since round 16.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_IKK = ("https://www.ikk-suedwest.de/jobs-karriere/bewerberipps/schritt-4-sie-werden-zu-einem-test-assessment-"
          "center-oder-vorstellungsge-spraech-eingeladen/")
DE_NJUUZ = "http://www.njuuz.de/beitrag19906.html"
DE_BEWERBEN = "https://bewerben.com/content/bewerbungsgespr%C3%A4che"
DE_JOBFIT = "https://jobfit-bw.de/?p=33"
ES_LATINOS = "https://www.latinosinfronteras.com/vivir-en-espana/trabajo/entrevista-trabajo-espana-20251112"
ES_PAGEPERSONNEL = ("https://www.pagepersonnel.es/advice/candidatos/la-entrevista/%C2%BFsuperaste-la-primera-entrevista-"
                    "enfr%C3%A9ntate-con-%C3%A9xito-al-resto-del")
ES_LAVERDAD = ("https://laverdadnoticias.com/uncategorized/domina-tu-entrevista-de-trabajo-en-mexico-2025-guia-completa-"
               "para-conquistar-al-reclutador")
ES_TRABAJOEFECTIVO = "https://trabajoefectivo.com/?p=392"
FR_PRATIQUESRH = "https://pratiquesrh.com/article/entretien-embauche-planification"
FR_ALIAS = "https://aliasentrepreneur.com/lessons/preparer-lentrevue-dembauche/"
FR_COINDUSALARIE = "https://coindusalarie.fr/salaire/entretien-temoignage-salarie"
FR_CIDJ = ("https://www.cidj.com/emploi-jobs-stages/nos-conseils-pour-trouver-un-job-ou-un-emploi/entretien-de-"
           "recrutement-ou-de-selection-ce-qui-vous-attend")
FR_RECRUT = "http://recrut.com/article/Reussissez_votre_entretien_d_embauche_194"
NL_VACATURE = "http://www.vacature.com/carriere/solliciteren/Checklist-voordat-je-op-sollicitatiegesprek-gaat"
NL_STUDENTENVACATURE = "https://www.studentenvacature.nl/het-sollicitatiegesprek"
JA_ABABA = "https://hr.ababa.co.jp/article/fimnxnaf"
PT_TUTTOSEMPLICE = ("https://blog.tuttosemplice.com/pt/entrevista-de-emprego-guia-completo-para-superar-qualquer-"
                    "selecao")
PT_BALCAO = "https://balcaodeempregos.online/?p=291"
IT_INFORMAGIOVANI = ("http://bancadati.informagiovanipiemonte.it/schede-orientative/schede/1634/colloquio-di-lavoro")
KO_NOIVUVU = ("https://noivuvu.com/entry/%EA%B3%B5%EB%8C%80%EC%83%9D-%EB%8C%80%EA%B8%B0%EC%97%85%EA%B0%80%EA%B8%B0-4-"
              "%EB%B0%98%EB%8F%84%EC%B2%B4-%EB%A9%B4%EC%A0%91-%EC%A4%80%EB%B9%84-4-2%EC%B0%A8%EB%A9%B4%EC%A0%91-"
              "%EC%9E%84%EC%9B%90%EB%A9%B4%EC%A0%91%EC%9D%B8%EC%84%B1%EB%A9%B4%EC%A0%91?category=624078")
ZH_JIANLI = "http://m.jianli-sky.com/14016.html"
ZH_BHX05 = "http://m.bhx05.cn/n1550286c1945.aspx"
ZH_ANSFYI = "https://ans.fyi/c/question/20110311000051KK00409"
PL_TOMHRM = "https://tomhrm.com/wiedza-hr/podziekowanie-za-udzial-w-rekrutacji/"
CS_PEF = "https://jobs.pef.czu.cz/prijimaci-pohovor"
CS_WORKINTENSE = "https://workintense.cz/aktuality/ceho-se-vyvarovat-na-pracovnim-pohovoru"
TR_BILKENT = "http://kariyer.bilkent.edu.tr/mulakat-is-gorusmesi/"
TR_KOLEKTIF = "https://kolektifhouse.co/komag/mulakat-nedir-mulakat-nasil-yapilir"
TR_POSTA = ("https://posta.com.tr/yasam/pratik-bilgiler/mulakat-ne-demek-mulakat-nasil-yapilir-ozellikleri-nelerdir-"
            "2643695")
NO_TEKNA = "https://www.tekna.no/karriere/intervju/jobbintervjuet/"
NO_JOBBJOBB = "https://jobbjobb.no/en/blog/job-interview-how-to-be-remembered"
EL_CREW = ("https://crewproject.eu/e-u-r-o-p-a-s-s-%CE%B2%CE%B9%CE%BF%CE%B3%CF%81%CE%B1%CF%86%CE%B9%CE%BA%CF%8C-"
           "%CF%83%CF%85%CE%BD%CE%BF%CE%B4%CE%B5%CF%85%CF%84%CE%B9%CE%BA%CE%AE-%CE%B5%CF%80%CE%B9%CF%83%CF%84%CE%BF"
           "%CE%BB%CE%AE/")
EL_TEICRETE = ("http://alumni.emark.teicrete.gr/%CE%95%CF%81%CE%B3%CE%B1%CF%83%CE%AF%CE%B1/%CE%A3%CF%85%CE%BD%CE%AD"
               "%CE%BD%CF%84%CE%B5%CF%85%CE%BE%CE%B7/tabid/79/Default.aspx")
HU_INTSOLUTION = "https://intsolution.hu/allasinterju-folyamata/"

# Offsets for June 2027 (the batch's dates fall between 1 and 30 June 2027).
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
HAL = ("-03:00", "America/Halifax")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
SYD = ("+10:00", "Australia/Sydney")
BNE = ("+10:00", "Australia/Brisbane")
PER = ("+08:00", "Australia/Perth")
AKL = ("+12:00", "Pacific/Auckland")
SIN = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
JNB = ("+02:00", "Africa/Johannesburg")
MNL = ("+08:00", "Asia/Manila")
BER = ("+02:00", "Europe/Berlin")
VIE = ("+02:00", "Europe/Vienna")
MAD = ("+02:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
BOG = ("-05:00", "America/Bogota")
PAR = ("+02:00", "Europe/Paris")
BRU = ("+02:00", "Europe/Brussels")
MTL = ("-04:00", "America/Toronto")
AMS = ("+02:00", "Europe/Amsterdam")
TYO = ("+09:00", "Asia/Tokyo")
LIS = ("+01:00", "Europe/Lisbon")
SAO = ("-03:00", "America/Sao_Paulo")
ROM = ("+02:00", "Europe/Rome")
SEL = ("+09:00", "Asia/Seoul")
SHA = ("+08:00", "Asia/Shanghai")
HKG = ("+08:00", "Asia/Hong_Kong")
WAW = ("+02:00", "Europe/Warsaw")
PRG = ("+02:00", "Europe/Prague")
IST = ("+03:00", "Europe/Istanbul")
OSL = ("+02:00", "Europe/Oslo")
ATH = ("+03:00", "Europe/Athens")
BUD = ("+02:00", "Europe/Budapest")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 284 117 390 52\nPasscode: Qw7tRe\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81240967733?pwd=Vb2q\nMeeting ID: 812 4096 7733\nPasscode: 604117"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/pqx-hwdn-rke\nOr dial: (US) +1 219-555-0187 PIN: 771 402 365#"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 361 880 245 17\nPasscode: Lm2xQa\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/vtc-ojsa-fkm"
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour participer à la réunion\nID de la réunion : 339 204 871 66\nCode secret : Pe8wZk\n"
            "________________________________________________________________________________")
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/89120443178?pwd=Kx3m\nミーティングID: 891 2044 3178\nパスコード: 330815"


INTL15: list[Case] = [
    # ============================================================ German
    # ikk-suedwest: a statutory health insurer invites trainee applicants to an aptitude test, then the interview
    (event("Einstellungstest und Vorstellungsgespräch – Ausbildung Sozialversicherungsfachangestellte (m/w/d)",
           organizer=org("ausbildung@ikk-rheinpfalz.de", "IKK Rheinpfalz Ausbildung"),
           guests=[guest("ausbildung@ikk-rheinpfalz.de", "IKK Rheinpfalz Ausbildung"),
                   guest("m.seibert@ikk-rheinpfalz.de", "Monika Seibert")],
           description="Guten Tag, wir freuen uns, Sie einzuladen. Ablauf: 9:00 schriftlicher Test (Allgemeinwissen, "
                       "Mathematik, Logik, ca. 60 Min.), anschließend Einzelgespräch mit Frau Seibert "
                       "(Ausbildungsleitung). Bitte Personalausweis und letztes Zeugnis mitbringen.",
           location="IKK Rheinpfalz, Bahnhofstraße 41, 67059 Ludwigshafen", **at("2027-06-08", "09:00", 180, *BER)),
     yes(["IKK Rheinpfalz", "Ikk-rheinpfalz"], ["ausbildung@ikk-rheinpfalz.de", "m.seibert@ikk-rheinpfalz.de"]),
     "de", DE_IKK),
    # ikk-suedwest: the insurer's free online training on assessment centres for school leavers (information, no)
    (event("Online-Training: Fit fürs Assessment-Center (für Schulabgänger)",
           organizer=org("events@ikk-rheinpfalz.de", "IKK Rheinpfalz Events"),
           description="Kostenloses Webinar: Was erwartet Sie im Test, im Assessment-Center und im "
                       "Vorstellungsgespräch? Mit Übungsaufgaben und Fragerunde." + TEAMS_DE,
           **at("2027-06-02", "17:00", 90, *BER)),
     None, "de", DE_IKK),
    # njuuz: a savings bank's assessment centre with the interview for apprentices, from the candidate's calendar
    (event("Sparkasse Wupperaue – Assessment-Center + Vorstellungsgespräch",
           organizer=org("azubi@sparkasse-wupperaue.de", "Sparkasse Wupperaue Ausbildung"),
           guests=[guest("azubi@sparkasse-wupperaue.de", "Sparkasse Wupperaue Ausbildung"),
                   guest("j.kowalczyk@sparkasse-wupperaue.de", "Jörg Kowalczyk"),
                   room("c_5da10e77@resource.calendar.google.com", "Glashalle 4.OG – Raum Elbe (8)")],
           description="Treffpunkt Eingang Glashalle. Ein Auszubildender holt Sie ab. Gruppenübung am Vormittag, "
                       "Einzelgespräch (25 Min.) mit Herrn Kowalczyk am Nachmittag.",
           location="Islandufer 8, 42103 Wuppertal", **at("2027-06-15", "08:30", 420, *BER)),
     yes(["Sparkasse Wupperaue", "Sparkasse-wupperaue"],
         ["azubi@sparkasse-wupperaue.de", "j.kowalczyk@sparkasse-wupperaue.de"]), "de", DE_NJUUZ),
    # njuuz: the owner, a second-year apprentice, fetches applicants from the lobby on interview day (hiring side)
    (event("Bewerber in der Glashalle abholen (Vorstellungsgespräche, 3 Termine)", organizer=SELF,
           guests=[guest("azubi@sparkasse-wupperaue.de", "Sparkasse Wupperaue Ausbildung")],
           location="Glashalle EG", **at("2027-06-22", "09:45", 150, *BER)),
     None, "de", DE_NJUUZ),
    # bewerben.com: the candidate confirmed the interview by phone the same day and noted it herself (Austria)
    (event("Vorstellungsgespräch Hollmann Maschinenbau (Fr. Dr. Prasch, Hr. Eder) – Konstrukteurin", organizer=SELF,
           description="Telefonisch bestätigt. Unterlagen komplett mitnehmen, Beispiele zu Stärken vorbereiten.",
           location="Hollmann Maschinenbau GmbH, Industriezeile 12, 4020 Linz", **at("2027-06-10", "14:00", 60, *VIE)),
     yes(["Hollmann Maschinenbau", "Hollmann Maschinenbau GmbH", "Hollmann"], ["Fr. Dr. Prasch", "Hr. Eder"]),
     "de", DE_BEWERBEN),
    # jobfit-bw: the applicant's reminder to answer the written invitation (own chore, no)
    (event("Einladung Vorstellungsgespräch Stadtwerke beantworten + Termin zusagen", organizer=SELF,
           **at("2027-06-03", "08:00", 15, *BER)),
     None, "de", DE_JOBFIT),
    # ============================================================ Spanish (Spain, Mexico, Colombia)
    # latinosinfronteras: a first interview at a multinational in Madrid, part of it in English
    (event("Entrevista – Técnico/a de Soporte IT – Grupo Velarde Logística",
           organizer=org("seleccion@grupovelarde.es", "Selección Grupo Velarde"),
           guests=[guest("seleccion@grupovelarde.es", "Selección Grupo Velarde"),
                   guest("lucia.ferrer@grupovelarde.es", "Lucía Ferrer"),
                   guest("tom.bradley@grupovelarde.es", "Tom Bradley", "needsAction")],
           description="Hola Pat: te confirmamos la entrevista. Parte de la conversación será en inglés con Tom "
                       "Bradley (IT Manager). Trae NIE y copia del CV.",
           location="Grupo Velarde, Calle de Alcalá 265, 28027 Madrid", **at("2027-06-09", "10:30", 60, *MAD)),
     yes(["Grupo Velarde Logística", "Grupo Velarde", "Grupovelarde"],
         ["seleccion@grupovelarde.es", "lucia.ferrer@grupovelarde.es", "tom.bradley@grupovelarde.es"]),
     "es", ES_LATINOS),
    # latinosinfronteras: the NIE appointment at the police office (paperwork, no)
    (event("Cita previa NIE – toma de huellas", organizer=SELF,
           location="Comisaría de Policía, Av. de los Poblados s/n, Madrid", **at("2027-06-04", "09:10", 60, *MAD)),
     None, "es", ES_LATINOS),
    # pagepersonnel: the agency's second interview, now with the client's functional manager
    (event("2ª entrevista – Administrativo/a Contable – cliente Almazaras del Sur (con responsable financiero)",
           organizer=org("irene.marin@pagepersonnel-sevilla.es", "Irene Marín (Page Personnel)"),
           guests=[guest("irene.marin@pagepersonnel-sevilla.es", "Irene Marín (Page Personnel)"),
                   guest("rcampos@almazarasdelsur.com", "Rafael Campos")],
           description="Esta segunda entrevista la realiza Rafael Campos, responsable financiero y futuro "
                       "superior directo. Se centrará en conocimientos técnicos (cierre mensual, conciliaciones).",
           location="Almazaras del Sur, Polígono La Isla, Dos Hermanas (Sevilla)", **at("2027-06-16", "12:00", 60, *MAD)),
     yes(["Almazaras del Sur", "Almazarasdelsur"], ["irene.marin@pagepersonnel-sevilla.es", "rcampos@almazarasdelsur.com"]),
     "es", ES_PAGEPERSONNEL),
    # laverdadnoticias: a Mexico City recruiter's video interview after an OCC application
    (event("Entrevista virtual – Ejecutivo(a) de Cuenta – Aseguradora Altavista",
           organizer=org("talento@altavistaseguros.mx", "Talento Altavista"),
           guests=[guest("talento@altavistaseguros.mx", "Talento Altavista"),
                   guest("karla.ibarra@altavistaseguros.mx", "Karla Ibarra")],
           description="Gracias por postularte en OCC. Conversaremos sobre tu experiencia, resolución de problemas y "
                       "adaptabilidad." + MEET_ES,
           **at("2027-06-11", "11:00", 45, *MEX)),
     yes(["Aseguradora Altavista", "Altavista Seguros", "Altavistaseguros"],
         ["talento@altavistaseguros.mx", "karla.ibarra@altavistaseguros.mx"]), "es", ES_LAVERDAD),
    # trabajoefectivo: a mock panel interview run by a careers club (practice, no)
    (event("Simulacro de entrevista con panel – club de empleo", organizer=org("club@empleoactivo.org", "Club Empleo Activo"),
           description="Practicamos entrevista con panel y preguntas técnicas. Trae tu CV.",
           location="Centro cívico Las Delicias, Valladolid", **at("2027-06-07", "18:00", 90, *MAD)),
     None, "es", ES_TRABAJOEFECTIVO),
    # trabajoefectivo: a technical test for an engineering post, scheduled by the Bogotá employer
    (event("Prueba técnica + entrevista – Ingeniero(a) de Mantenimiento – Cementos Andinos",
           organizer=org("reclutamiento@cementosandinos.com.co", "Reclutamiento Cementos Andinos"),
           guests=[guest("reclutamiento@cementosandinos.com.co", "Reclutamiento Cementos Andinos"),
                   guest("fgaviria@cementosandinos.com.co", "Felipe Gaviria")],
           description="Prueba técnica escrita (60 min) y entrevista con el jefe de planta Felipe Gaviria.",
           location="Planta Sibaté, Km 4 vía Sibaté", **at("2027-06-17", "08:00", 150, *BOG)),
     yes(["Cementos Andinos", "Cementosandinos"],
         ["reclutamiento@cementosandinos.com.co", "fgaviria@cementosandinos.com.co"]), "es", ES_TRABAJOEFECTIVO),
    # ============================================================ French (Québec, France, Belgium)
    # pratiquesrh: an HR consultant runs a structured interview for a Québec employer, with the manager
    (event("Entrevue – Technicienne comptable – Laiterie Estrie (avec Grands Talents)",
           organizer=org("mjcote@grandstalents.ca", "Marie-Julie Côté"),
           guests=[guest("mjcote@grandstalents.ca", "Marie-Julie Côté"),
                   guest("s.bergeron@lacterie-estrie.ca", "Sylvain Bergeron")],
           description="Entrevue d'environ 60 minutes avec mises en situation. Sylvain Bergeron, contrôleur, se joint "
                       "à nous." + TEAMS_FR,
           **at("2027-06-14", "13:30", 60, *MTL)),
     yes(["Laiterie Estrie", "Lacterie-estrie", "Grands Talents"],
         ["mjcote@grandstalents.ca", "s.bergeron@lacterie-estrie.ca"]), "fr", FR_PRATIQUESRH),
    # aliasentrepreneur: a 20-minute qualification call at a Montréal start-up
    (event("Appel de qualification (20 min) – Coordonnateur·rice marketing – Boréal Bouffe",
           organizer=org("embauche@borealbouffe.com", "Embauche Boréal Bouffe"),
           guests=[guest("embauche@borealbouffe.com", "Embauche Boréal Bouffe"),
                   guest("ines@borealbouffe.com", "Inès Tremblay")],
           description="Premier appel pour présenter l'entreprise et le poste, puis quelques questions ouvertes.",
           location="Téléphone – Inès vous appelle", **at("2027-06-03", "10:00", 20, *MTL)),
     yes(["Boréal Bouffe", "Boreal Bouffe", "Borealbouffe"], ["embauche@borealbouffe.com", "ines@borealbouffe.com"]),
     "fr", FR_ALIAS),
    # coindusalarie: an agency interview with a case study (mise en situation) before two partners, Paris
    (event("Entretien + mise en situation (étude de cas média) – Agence Hémisphère",
           organizer=org("recrutement@agence-hemisphere.fr", "Recrutement Hémisphère"),
           guests=[guest("recrutement@agence-hemisphere.fr", "Recrutement Hémisphère"),
                   guest("c.lemaire@agence-hemisphere.fr", "Claire Lemaire"),
                   guest("o.benali@agence-hemisphere.fr", "Olivier Benali")],
           description="Vous disposerez de 30 minutes pour préparer une recommandation média sur un brief client, "
                       "puis la présenterez à Claire Lemaire et Olivier Benali (associés).",
           location="12 rue du Sentier, 75002 Paris", **at("2027-06-18", "14:00", 120, *PAR)),
     yes(["Agence Hémisphère", "Hemisphere", "Agence-hemisphere"],
         ["recrutement@agence-hemisphere.fr", "c.lemaire@agence-hemisphere.fr", "o.benali@agence-hemisphere.fr"]),
     "fr", FR_COINDUSALARIE),
    # cidj: a youth information centre's workshop on preparing job interviews (information, no)
    (event("Atelier « Réussir son entretien de recrutement »", organizer=org("ateliers@infojeunes-lyon.fr", "Info Jeunes"),
           description="Atelier collectif gratuit : les 5 étapes de l'entretien, simulations filmées.",
           location="Info Jeunes, 66 cours Charlemagne, Lyon", **at("2027-06-09", "14:00", 120, *PAR)),
     None, "fr", FR_CIDJ),
    # recrut.com: the owner, a Brussels team lead, sits on a jury for a sales post (hiring side)
    (event("Jury entretiens commerciaux – candidats 2 et 3", organizer=org("rh@brasserie-sennette.be", "RH Sennette"),
           guests=[guest("rh@brasserie-sennette.be", "RH Sennette"), guest("p.devos@brasserie-sennette.be", "Pieter Devos")],
           description="Grille d'évaluation en pièce jointe. Merci de noter chaque candidat après l'entretien.",
           location="Salle Zenne, 1er étage", **at("2027-06-21", "09:00", 120, *BRU)),
     None, "fr", FR_RECRUT),
    # ============================================================ Dutch (Belgium, Netherlands)
    # vacature.com: a Flemish employer's interview; the invite names the person, the room and the start time
    (event("Sollicitatiegesprek – Projectingenieur HVAC – Verbeke Technieken",
           organizer=org("jobs@verbeketechnieken.be", "Verbeke Technieken HR"),
           guests=[guest("jobs@verbeketechnieken.be", "Verbeke Technieken HR"),
                   guest("ann.claeys@verbeketechnieken.be", "Ann Claeys")],
           description="U wordt verwacht aan het onthaal, lokaal 1.04. Gesprek met Ann Claeys, afdelingshoofd.",
           location="Verbeke Technieken, Kortrijksesteenweg 180, 9830 Sint-Martens-Latem",
           **at("2027-06-10", "10:00", 60, *BRU)),
     yes(["Verbeke Technieken", "Verbeketechnieken"], ["jobs@verbeketechnieken.be", "ann.claeys@verbeketechnieken.be"]),
     "nl", NL_VACATURE),
    # studentenvacature: a student's interview for a part-time job at a bicycle shop chain
    (event("Gesprek bijbaan verkoopmedewerker – Fietsenhuis Van Dam Utrecht", organizer=SELF,
           guests=[guest("filiaal.utrecht@fietsenhuisvandam.nl", "Fietsenhuis Van Dam Utrecht")],
           description="Met filiaalmanager Joost. Vragen over werktijden en zaterdagen voorbereiden.",
           location="Amsterdamsestraatweg 212, Utrecht", **at("2027-06-05", "16:30", 30, *AMS)),
     yes(["Fietsenhuis Van Dam", "Fietsenhuisvandam"], ["filiaal.utrecht@fietsenhuisvandam.nl", "Joost"]),
     "nl", NL_STUDENTENVACATURE),
    # studentenvacature: practising the interview with a friend (practice, no)
    (event("Sollicitatiegesprek oefenen met Sanne", organizer=SELF, **at("2027-06-04", "20:00", 45, *AMS)),
     None, "nl", NL_STUDENTENVACATURE),
    # ============================================================ Japanese
    # hr.ababa: a second interview after the first; the reply to the invitation confirmed the date
    (event("【二次面接】株式会社みなと損害保険 総合職（人事部 坂本様・営業部長 加藤様）",
           organizer=org("saiyo@minato-sonpo.co.jp", "みなと損害保険 採用担当"),
           guests=[guest("saiyo@minato-sonpo.co.jp", "みなと損害保険 採用担当"),
                   guest("k.sakamoto@minato-sonpo.co.jp", "坂本 健一")],
           description="先日は一次面接にお越しいただきありがとうございました。二次面接は人事部坂本と営業部長加藤が担当します。"
                       "当日は受付で氏名をお伝えください。",
           location="東京都千代田区丸の内2-4-1 丸の内ビル18階", **at("2027-06-09", "14:00", 60, *TYO)),
     yes(["みなと損害保険", "株式会社みなと損害保険", "Minato-sonpo"],
         ["saiyo@minato-sonpo.co.jp", "k.sakamoto@minato-sonpo.co.jp", "加藤"]), "ja", JA_ABABA),
    # hr.ababa: the candidate's to-do to reply to the second-interview mail (own chore, no)
    (event("二次面接案内メールに返信（日程承諾）", organizer=SELF, **at("2027-06-02", "09:00", 15, *TYO)),
     None, "ja", JA_ABABA),
    # hr.ababa: a university careers office's mock interview (practice, no)
    (event("模擬面接（キャリアセンター）", organizer=org("career@shinonome-u.ac.jp", "キャリアセンター"),
           description="二次面接対策。入退室マナーから確認します。" + ZOOM_JA,
           **at("2027-06-07", "15:00", 45, *TYO)),
     None, "ja", JA_ABABA),
    # ============================================================ Portuguese (Portugal, Brazil)
    # tuttosemplice: a group dynamic for a retail trainee programme in Lisbon, then short individual talks
    (event("Dinâmica de grupo – Programa de Trainees Lojas Mar Alto",
           organizer=org("recrutamento@maralto.pt", "Recrutamento Mar Alto"),
           guests=[guest("recrutamento@maralto.pt", "Recrutamento Mar Alto"),
                   guest("ana.pimentel@maralto.pt", "Ana Pimentel")],
           guestsCanSeeOtherGuests=False,
           description="Sessão de 3 horas: apresentação da empresa, dinâmica de grupo com caso prático e breves "
                       "entrevistas individuais com a equipa de Recursos Humanos (Ana Pimentel).",
           location="Sede Mar Alto, Av. da República 50, Lisboa", **at("2027-06-15", "09:30", 180, *LIS)),
     yes(["Lojas Mar Alto", "Mar Alto", "Maralto"], ["recrutamento@maralto.pt", "ana.pimentel@maralto.pt"]),
     "pt", PT_TUTTOSEMPLICE),
    # balcaodeempregos: a first-job online interview at an energy company in Porto
    (event("Entrevista online – Estágio Profissional Engenharia Eletrotécnica – Lumina Energia",
           organizer=org("talento@luminaenergia.pt", "Talento Lumina"),
           guests=[guest("talento@luminaenergia.pt", "Talento Lumina"),
                   guest("rui.faria@luminaenergia.pt", "Rui Faria")],
           description="Olá Pat, obrigado pela candidatura. Entrevista por videochamada com o Eng. Rui Faria." + TEAMS,
           **at("2027-06-08", "11:00", 45, *LIS)),
     yes(["Lumina Energia", "Luminaenergia"], ["talento@luminaenergia.pt", "rui.faria@luminaenergia.pt"]),
     "pt", PT_BALCAO),
    # balcaodeempregos: a public employment centre's workshop for first-job seekers (information, no)
    (event("Workshop: Preparar a entrevista do primeiro emprego", organizer=org("agenda@centroemprego-braga.pt",
                                                                                  "Centro de Emprego Braga"),
           description="Sessão gratuita: pesquisa da empresa, perguntas frequentes, simulação.",
           location="Centro de Emprego de Braga, sala 2", **at("2027-06-03", "10:00", 120, *LIS)),
     None, "pt", PT_BALCAO),
    # ============================================================ Italian
    # informagiovani: a group interview (assessment) for a Turin insurer's call centre
    (event("Colloquio di gruppo – Operatore/trice Customer Care – Assicurazioni Dora",
           organizer=org("selezione@assicurazionidora.it", "Selezione Assicurazioni Dora"),
           guests=[guest("selezione@assicurazionidora.it", "Selezione Assicurazioni Dora"),
                   guest("f.martini@assicurazionidora.it", "Francesca Martini")],
           guestsCanSeeOtherGuests=False,
           description="Gentile candidato, la convochiamo al colloquio di gruppo (6-8 persone) con discussione su un "
                       "caso, seguito da un breve colloquio individuale. Portare documento d'identità.",
           location="Corso Vittorio Emanuele II 84, Torino", **at("2027-06-10", "09:00", 150, *ROM)),
     yes(["Assicurazioni Dora", "Assicurazionidora"], ["selezione@assicurazionidora.it", "f.martini@assicurazionidora.it"]),
     "it", IT_INFORMAGIOVANI),
    # informagiovani: a technical interview with the owner of a small engineering firm
    (event("Colloquio tecnico – Progettista meccanico – Officine Ferraris (con il titolare)", organizer=SELF,
           guests=[guest("giorgio@officineferraris.it", "Giorgio Ferraris")],
           description="Portare portfolio disegni e CV. Possibile prova pratica su CAD.",
           location="Officine Ferraris, Via Cuneo 22, Moncalieri", **at("2027-06-17", "15:00", 60, *ROM)),
     yes(["Officine Ferraris", "Officineferraris"], ["giorgio@officineferraris.it"]), "it", IT_INFORMAGIOVANI),
    # informagiovani: a job fair with short preliminary talks (a fair, no)
    (days(event("Fiera del lavoro – IoLavoro Torino", organizer=SELF, location="Lingotto Fiere, Torino",
                description="Portare 20 copie del CV. Stand aziende metalmeccaniche padiglione 2."),
          "2027-06-24", "2027-06-25"),
     None, "it", IT_INFORMAGIOVANI),
    # ============================================================ Korean
    # noivuvu: the second-round executive/personality interview at a semiconductor maker
    (event("[한빛반도체] 2차 면접(임원·인성면접) 안내", organizer=org("recruit@hanbitsemi.co.kr", "한빛반도체 채용팀"),
           guests=[guest("recruit@hanbitsemi.co.kr", "한빛반도체 채용팀")],
           description="1차 직무면접 합격을 축하드립니다. 2차 면접은 인사팀장과 현업 임원이 참여하는 다대일 면접입니다. "
                       "신분증을 지참해 주세요.",
           location="경기도 이천시 부발읍 경충대로 2091 한빛반도체 본관 3층", **at("2027-06-16", "10:00", 60, *SEL)),
     yes(["한빛반도체", "Hanbitsemi", "Hanbit Semiconductor"], ["recruit@hanbitsemi.co.kr"]), "ko", KO_NOIVUVU),
    # noivuvu: the first-round job interview with a presentation (PT), same company
    (event("한빛반도체 1차 직무면접 (PT 포함)", organizer=SELF,
           description="공정기술 직무. PT 주제는 현장에서 제시. 면접관 3명 예정.",
           location="한빛반도체 인재개발원", **at("2027-06-03", "13:00", 120, *SEL)),
     yes(["한빛반도체", "Hanbitsemi", "Hanbit Semiconductor"], []), "ko", KO_NOIVUVU),
    # noivuvu: the candidate's interview study group (practice, no)
    (event("면접 스터디 (인성면접 모의)", organizer=SELF,
           guests=[guest("jiwoo.park@gmail.com", "박지우"), guest("minseo.lee@naver.com", "이민서")],
           location="강남역 스터디카페", **at("2027-06-12", "19:00", 120, *SEL)),
     None, "ko", KO_NOIVUVU),
    # ============================================================ Chinese
    # jianli-sky: a public institution's interview after the written exam; shortlisted 1:1.2
    (event("面试：市第二人民医院 财务岗（笔试入围）", organizer=SELF,
           description="凭面试通知书和身份证，7:30前到候考室报到，迟到视为放弃。",
           location="市人力资源服务中心 3楼 面试考场", **at("2027-06-19", "07:30", 240, *SHA)),
     yes(["市第二人民医院", "第二人民医院"], []), "zh", ZH_JIANLI),
    # bhx05: the medical check after the interview, organised by the HR service centre (medical, no)
    (event("体检（统一组织）", organizer=SELF, description="空腹，带身份证和体检表。费用自理。",
           location="市人民医院体检中心", **at("2027-06-28", "07:30", 180, *SHA)),
     None, "zh", ZH_BHX05),
    # ans.fyi: a Big Four partner interview in Hong Kong after the group assessment
    (event("Partner Interview – Audit Graduate – Kwan Lau & Co.",
           organizer=org("graduate.hk@kwanlau.com.hk", "Kwan Lau Graduate Recruitment"),
           guests=[guest("graduate.hk@kwanlau.com.hk", "Kwan Lau Graduate Recruitment"),
                   guest("edmund.kwan@kwanlau.com.hk", "Edmund Kwan")],
           description="恭喜你通過小組評估。Partner interview 為一對一，約45分鐘，或會以中文進行。請攜帶成績單正本。",
           location="中環德輔道中 68 號 萬宜大廈 22 樓", **at("2027-06-11", "16:00", 45, *HKG)),
     yes(["Kwan Lau & Co.", "Kwan Lau", "Kwanlau"], ["graduate.hk@kwanlau.com.hk", "edmund.kwan@kwanlau.com.hk"]),
     "zh", ZH_ANSFYI),
    # ============================================================ Polish
    # tomhrm: a trial day (dzień próbny) at a Kraków café chain after the interview
    (event("Dzień próbny – barista – Kawiarnie Wawelskie (lokal Kazimierz)",
           organizer=org("rekrutacja@kawiarniewawelskie.pl", "Rekrutacja Kawiarnie Wawelskie"),
           guests=[guest("rekrutacja@kawiarniewawelskie.pl", "Rekrutacja Kawiarnie Wawelskie"),
                   guest("ola.nowak@kawiarniewawelskie.pl", "Aleksandra Nowak")],
           description="Dziękujemy za rozmowę! Zapraszamy na dzień próbny (płatny) z kierowniczką lokalu Aleksandrą.",
           location="ul. Szeroka 12, Kraków", **at("2027-06-12", "08:00", 360, *WAW)),
     yes(["Kawiarnie Wawelskie", "Kawiarniewawelskie"],
         ["rekrutacja@kawiarniewawelskie.pl", "ola.nowak@kawiarniewawelskie.pl"]), "pl", PL_TOMHRM),
    # tomhrm: the candidate's note to send a thank-you after the process (own chore, no)
    (event("Wysłać podziękowanie za rozmowę (Kawiarnie Wawelskie)", organizer=SELF,
           **at("2027-06-13", "10:00", 15, *WAW)),
     None, "pl", PL_TOMHRM),
    # ============================================================ Czech
    # jobs.pef.czu: an assessment centre in small groups with three assessors at a Prague bank
    (event("Assessment centrum – Junior analytik rizik – Vltavská spořitelna",
           organizer=org("nabor@vltavska.cz", "Nábor Vltavská spořitelna"),
           guests=[guest("nabor@vltavska.cz", "Nábor Vltavská spořitelna"),
                   guest("petra.horakova@vltavska.cz", "Petra Horáková")],
           guestsCanSeeOtherGuests=False,
           description="Skupinové úkoly po 3–5 uchazečích, psychotesty a test analytického myšlení. Hodnotitelé tři.",
           location="Na Příkopě 28, Praha 1", **at("2027-06-14", "08:30", 300, *PRG)),
     yes(["Vltavská spořitelna", "Vltavska sporitelna", "Vltavska"], ["nabor@vltavska.cz", "petra.horakova@vltavska.cz"]),
     "cs", CS_PEF),
    # workintense: a structured interview with an HR officer at a Brno manufacturer
    (event("Pracovní pohovor – personalistka (1. kolo) – Moravské strojírny", organizer=SELF,
           guests=[guest("hr@moravskestrojirny.cz", "Personální oddělení MS")],
           description="Strukturovaný pohovor. Druhé kolo s přímým nadřízeným, pokud projdu.",
           location="Moravské strojírny a.s., Hněvkovského 65, Brno", **at("2027-06-08", "09:00", 60, *PRG)),
     yes(["Moravské strojírny", "Moravske strojirny", "Moravskestrojirny"], ["hr@moravskestrojirny.cz"]),
     "cs", CS_WORKINTENSE),
    # jobs.pef.czu: the university careers centre's consultation before interviews (coaching, no)
    (event("Konzultace v kariérním centru – příprava na pohovor", organizer=org("kariera@univerzita-hk.cz",
                                                                                 "Kariérní centrum"),
           location="Kariérní centrum, budova B, kancelář 114", **at("2027-06-07", "13:00", 45, *PRG)),
     None, "cs", CS_PEF),
    # ============================================================ Turkish
    # bilkent: a panel interview at an Ankara defence electronics firm
    (event("Panel Mülakatı – Gömülü Yazılım Mühendisi – Aselvar Elektronik",
           organizer=org("ik@aselvar.com.tr", "Aselvar İnsan Kaynakları"),
           guests=[guest("ik@aselvar.com.tr", "Aselvar İnsan Kaynakları"),
                   guest("murat.yilmaz@aselvar.com.tr", "Murat Yılmaz"),
                   guest("elif.kaya@aselvar.com.tr", "Elif Kaya")],
           description="Teknik ve yetkinlik bazlı panel mülakatı; iki mühendislik yöneticisi ve İK.",
           location="Aselvar Elektronik, ODTÜ Teknokent, Ankara", **at("2027-06-10", "10:00", 75, *IST)),
     yes(["Aselvar Elektronik", "Aselvar"], ["ik@aselvar.com.tr", "murat.yilmaz@aselvar.com.tr", "elif.kaya@aselvar.com.tr"]),
     "tr", TR_BILKENT),
    # kolektifhouse: the owner, a founder in a coworking space, interviews applicants for her team (hiring side)
    (event("Aday mülakatı – Sosyal medya uzmanı (2 aday)", organizer=SELF,
           guests=[guest("ceren.aydin@gmail.com", "Ceren Aydın"), guest("baris.kilic@hotmail.com", "Barış Kılıç")],
           location="Kolektif House Levent, toplantı odası 3", **at("2027-06-15", "14:00", 90, *IST)),
     None, "tr", TR_KOLEKTIF),
    # posta.com.tr: the oral interview (sözlü mülakat) of a municipal water utility's recruitment
    (event("Su İdaresi sözlü mülakat – Teknisyen kadrosu", organizer=SELF,
           description="Mülakat sınav komisyonu önünde. Kimlik ve sınav giriş belgesi.",
           location="Bursa Su ve Kanalizasyon İdaresi, Genel Müdürlük, Nilüfer", **at("2027-06-22", "09:30", 30, *IST)),
     yes(["Bursa Su ve Kanalizasyon İdaresi", "Su İdaresi"], []), "tr", TR_POSTA),
    # ============================================================ Norwegian
    # tekna: a second interview where the candidate presents a task given in advance
    (event("Intervju 2 – presentasjon av case – Fjordnett (prosjektingeniør)",
           organizer=org("rekruttering@fjordnett.no", "Fjordnett Rekruttering"),
           guests=[guest("rekruttering@fjordnett.no", "Fjordnett Rekruttering"),
                   guest("kari.nordby@fjordnett.no", "Kari Nordby"),
                   guest("espen.lie@fjordnett.no", "Espen Lie")],
           description="Du presenterer oppgaven du fikk tilsendt (15 min), deretter spørsmål fra panelet.",
           location="Fjordnett AS, Kanalveien 20, Bergen", **at("2027-06-16", "12:30", 90, *OSL)),
     yes(["Fjordnett", "Fjordnett AS"],
         ["rekruttering@fjordnett.no", "kari.nordby@fjordnett.no", "espen.lie@fjordnett.no"]), "no", NO_TEKNA),
    # tekna: the union's streamed mini-seminar on job interviews (information, no)
    (event("Miniseminar: Alt om jobbintervjuet (strømming)", organizer=org("arrangement@ingeniorforeningen.no",
                                                                            "Ingeniørforeningen"),
           description="Forberedelser, krevende spørsmål, digitale intervjuer.", **at("2027-06-02", "12:00", 60, *OSL)),
     None, "no", NO_TEKNA),
    # jobbjobb: a meeting at the labour office about the job-seeking plan (no)
    (event("Møte med veileder NAV – aktivitetsplan", organizer=SELF, location="NAV Sandviken",
           **at("2027-06-04", "10:15", 30, *OSL)),
     None, "no", NO_JOBBJOBB),
    # ============================================================ Greek
    # crewproject: an interview at a Piraeus shipping company
    (event("Συνέντευξη – Βοηθός Λογιστή – Αιγαίον Ναυτιλιακή", organizer=org("hr@aigaion-shipping.gr", "Τμήμα HR"),
           guests=[guest("hr@aigaion-shipping.gr", "Τμήμα HR"),
                   guest("n.papadopoulou@aigaion-shipping.gr", "Νίκη Παπαδοπούλου")],
           description="Παρακαλούμε φέρτε βιογραφικό Europass και πτυχίο.",
           location="Ακτή Μιαούλη 47, Πειραιάς", **at("2027-06-09", "11:00", 45, *ATH)),
     yes(["Αιγαίον Ναυτιλιακή", "Aigaion Shipping", "Aigaion-shipping"],
         ["hr@aigaion-shipping.gr", "n.papadopoulou@aigaion-shipping.gr"]), "el", EL_CREW),
    # teicrete: an alumni office seminar on interviews (information, no)
    (event("Σεμινάριο αποφοίτων: Η συνέντευξη εργασίας", organizer=org("alumni@hmu-career.gr", "Γραφείο Διασύνδεσης"),
           location="Αμφιθέατρο Β, Ηράκλειο", **at("2027-06-05", "18:00", 90, *ATH)),
     None, "el", EL_TEICRETE),
    # ============================================================ Hungarian
    # intsolution: a personal interview at a Debrecen logistics centre
    (event("Állásinterjú – Raktári csoportvezető – Hajdú Logisztika Kft.",
           organizer=org("hr@hajdulogisztika.hu", "Hajdú Logisztika HR"),
           guests=[guest("hr@hajdulogisztika.hu", "Hajdú Logisztika HR"),
                   guest("szabo.gabor@hajdulogisztika.hu", "Szabó Gábor")],
           description="Személyes interjú a telepvezetővel, utána rövid üzemlátogatás.",
           location="Debrecen, Határ út 6.", **at("2027-06-11", "09:00", 75, *BUD)),
     yes(["Hajdú Logisztika", "Hajdu Logisztika", "Hajdulogisztika"],
         ["hr@hajdulogisztika.hu", "szabo.gabor@hajdulogisztika.hu"]), "hu", HU_INTSOLUTION),
    # intsolution: the owner, an HR generalist, interviews a candidate at her own company (hiring side)
    (event("Interjú: Kovács Eszter – bérszámfejtő pozíció", organizer=SELF,
           guests=[guest("kovacs.eszter88@gmail.com", "Kovács Eszter")],
           location="Tárgyaló 2", **at("2027-06-18", "10:00", 60, *BUD)),
     None, "hu", HU_INTSOLUTION),
]
