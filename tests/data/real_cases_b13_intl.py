"""Blind batch 13 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b13.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (summer offsets; the batch's dates fall between 6 April and 30 April 2027, after both
the North American and the European daylight-saving changes) and the conference texts pasted into
descriptions.

Scored once, at the end of round 13, for docs/detection.md and the README; tuning data since round 14.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_MEDIROCKET = "https://medirocket.de/karrieremagazin/details/hospitation-im-krankenhaus-und-in-der-altenpflege"
DE_PFLEGEFREUNDE = "https://pflegefreunde.org/der-hospitationstag/"
DE_MEDBOERSE = "https://medboerse.de/das-vorstellungsgespraech-mit-hospitation-am-deutschen-krankenhaus-2/"
DE_ICHKANN = "https://ich-kann-etwas.de/Orientierung-Details.16+M527cdf93a1d.0.html"
DE_RUHR24 = "https://www.ruhr24.de/jobstart-karriere/probearbeiten-funktionierts-13147275.html"
DE_AZUBINRW = "https://azubi-nrw.de/ratgeber/bewerbung-vorstellungsgespraech/handy-aus-kaugummi-raus-kopfhorer-weg"
DE_MEMEDIX = ("https://memedix.de/blog/2019/09/27/die-hospitation-darauf-kommt-es-beim-probearbeiten-in-der-"
              "pflege-an/")
ES_MUNDOPOSITOR = "https://mundopositor.info/fases-de-una-oposicion/"
ES_MIOBIO = "https://miobio.es/fases-de-una-oposicion/"
ES_HOSCO = "https://advice.hosco.com/es/como-superar-las-entrevistas-de-trabajo-con-nota/"
ES_COPE = ("https://www.cope.es/emisoras/comunidad-de-madrid/madrid-provincia/madrid/audios/busqueda-empleo-"
           "expres-madrid-minutos-sido-preseleccionada-20240314_2498951")
ES_ELPAIS = "https://elpais.com/ccaa/2012/02/23/catalunya/1329990483_338408.html"
FR_JOBRESTAU = "https://jobrestau.fr/reussir-son-entretien-dembauche-au-restaurant/"
FR_JOHDI = "https://johdi.ch/articles/view/263/mon-peut-etre-futur-employeur-m-invite-a-manger-que-faire"
FR_OBSCADRES = "https://observatoiredescadres.fr/?p=812"
FR_SKELLO = "https://skello.io/be/blog/periode-dessai-mode-demploi-en-restauration"
PT_AENF = "http://aenfermagemeasleis.pt/2020/07/15/aberto-concurso-de-enfermeiros-chualgarve-2"
NL_AKKOLADE = "https://akkolade.org/magazine/van-intake-tot-plaatsing-een-meeloopdag-is-enorm-belangrijk"
NL_TERGOOI = "https://www.werkenbijtergooi.nl/op-zoek-naar-tien-toppers/"
NL_SODENTAL = "https://sodental.nl/waarom-een-meeloop-dag-essentieel-is__trashed-2/"
NL_ZORGINJEREGIO = "https://zorginjeregio.nl/solliciteren-in-de-zorg-zo-bereid-je-je-goed-voor-2"
JA_JOBANUS = "https://jobanus.com/byoinkengaku_nagare/"
JA_SMILENURSE = "https://www.smile-nurse.jp/column/job_change/hospital-tour-resume/"
JA_NURSEBANK = "http://nurse-bank-center.com/nurse-bank117.html"
JA_KANGOROO = "https://kango-roo.com/career/guide/article/32"
JA_USEFULKANGO = "http://usefulkango.com/2016/06/10/908/"
IT_RESTWORLD = "https://blog.restworld.it/ristorazione-5-tip-per-un-colloquio-perfetto"
IT_JOBHOSP = "https://www.jobhospitality.eu/il-colloquio-di-persona/"
IT_WIKIHOW = "https://www.wikihow.it/Fare-una-Buona-Impressione-durante-un-Colloquio-di-Lavoro-a-Pranzo"
IT_MASTERMEETING = "https://www.mastermeeting.it/mastermeeting/risorsa-uomo/come-prepararsi-per-il-colloquio-step-1"
KO_SMALL0BIG = ("https://small0big.tistory.com/entry/%EA%B0%84%ED%98%B8%EC%82%AC-%EC%B7%A8%EC%97%85%EC%A4%80%EB%B9%84-"
                "%EA%B0%84%EB%8B%A8%EC%A0%95%EB%A6%AC-%EB%A9%B4%EC%A0%91%EC%A0%84%ED%98%95?category=940129")
KO_DANGTALK = "https://dangtalk.co.kr/?p=13258"
KO_NURSELINK = "https://nurse-link.co.kr/community/news/123523423"
PL_CIEKAWSZE = "https://ciekawsze-zycie.blogspot.com/2016/06/dzien-probny-czyli-sprawdzmy-czy-do-nas.html"
PL_SALEBIZ = "https://salebiznesowe.pl/blog/post/rozmowy-kwalifikacyjne-w-hotelach"
PL_LICZBY = "http://liczbynatalerzu.pl/rekrutacja-w-restauracji/"
ZH_REELOGIC = "https://reelogic.com/n1364694c1315.aspx"
ZH_BYFY = "https://byfy.cn/html/qtxw/20140225/8965.html"
NO_AKTIV = "https://www.aktivbemanning.no/slik-forbereder-du-seg-til-jobbintervju/"
TR_TURIZMGUNLUGU = "https://www.turizmgunlugu.net/turizm-%C3%A7alisanlarin-ise-giris-mulakati"
TR_BILISIMCI = "https://www.bilisimciannem.com/mulakat-nedir-mulakatta-nelere-dikkat-edilmelidir/"
CS_PROTEMP = "https://www.protemp.cz/?item=160&last_menu=58&last_sec=22"
CS_WORKINGREDE = "https://cs.workingrede.com/10716285-how-to-get-a-job-as-a-waiter"

# Summer offsets: the batch's dates fall between 6 and 30 April 2027.
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
DXB = ("+04:00", "Asia/Dubai")
JNB = ("+02:00", "Africa/Johannesburg")
SYD = ("+10:00", "Australia/Sydney")
BER = ("+02:00", "Europe/Berlin")
ZRH = ("+02:00", "Europe/Zurich")
MAD = ("+02:00", "Europe/Madrid")
PAR = ("+02:00", "Europe/Paris")
LIS = ("+01:00", "Europe/Lisbon")
AMS = ("+02:00", "Europe/Amsterdam")
TYO = ("+09:00", "Asia/Tokyo")
ROM = ("+02:00", "Europe/Rome")
SEL = ("+09:00", "Asia/Seoul")
WAW = ("+02:00", "Europe/Warsaw")
SHA = ("+08:00", "Asia/Shanghai")
OSL = ("+02:00", "Europe/Oslo")
IST = ("+03:00", "Europe/Istanbul")
PRG = ("+02:00", "Europe/Prague")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 248 771 903 62\nPasscode: Tq7nRb\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84172093318?pwd=Lk2v\nMeeting ID: 841 7209 3318\nPasscode: 730455"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/hpq-ztwa-rne\nOr dial: (US) +1 252-555-0183 PIN: 771 204 539#"
WEBEX = ("\n\nJoin Webex meeting: https://universityhr.webex.com/meet/searchcommittee\nMeeting number (access code): "
         "2519 604 3377\nMeeting password: Search27")
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 362 019 554 17\nPasscode: Wr5kTe\n"
            "________________________________________________________________________________")
MEET_NL = "\n\nDeelnemen met Google Meet: https://meet.google.com/gxa-pwmt-ksd"
ZOOM_CS = "\n\nPřipojit se ke schůzce Zoom\nhttps://us06web.zoom.us/j/89011264730?pwd=Hm4c\nID schůzky: 890 1126 4730"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/Lp8wQx2M\n会议号：503 118 642"


INTL13: list[Case] = [
    # ============================================================ German
    # medirocket: after a good interview, a hospital invites to a Hospitation (trial days on the ward)
    (event("Hospitation Station 4B (Kardiologie) – Pflegefachkraft – Pat Lee",
           organizer=org("pflegedirektion@klinikum-wesertal.de", "Klinikum Wesertal Pflegedirektion"),
           guests=[guest("pflegedirektion@klinikum-wesertal.de", "Klinikum Wesertal Pflegedirektion"),
                   guest("s.brandes@klinikum-wesertal.de", "Sabine Brandes")],
           description="Liebe/r Pat Lee, wie besprochen laden wir Sie zur Hospitation ein. Bitte melden Sie sich "
                       "um 6:15 Uhr bei Stationsleitung Sabine Brandes. Dienstkleidung stellen wir, bitte weiße "
                       "Schuhe mitbringen.",
           location="Klinikum Wesertal, Haus C, 3. OG, Am Klinikpark 2, 37671 Höxter",
           **at("2027-04-13", "06:15", 480, *BER)),
     yes(["Klinikum Wesertal", "Wesertal", "Klinikum-wesertal"],
         ["pflegedirektion@klinikum-wesertal.de", "s.brandes@klinikum-wesertal.de"]), "de", DE_MEDIROCKET),
    # pflegefreunde: an ambulant care service's trial day riding along the early-shift tour
    (event("Hospitationstag – Frühtour mitfahren",
           organizer=org("bewerbung@pflegeteam-elbaue.de", "Pflegeteam Elbaue Bewerbung"),
           guests=[guest("bewerbung@pflegeteam-elbaue.de", "Pflegeteam Elbaue Bewerbung"),
                   guest("k.riedel@pflegeteam-elbaue.de", "Katrin Riedel (PDL)", "tentative")],
           description="Start 06:30 Uhr im Büro, Tour mit Schwester Anja, gegen 13 Uhr zurück. Bequeme Kleidung, "
                       "gern Zwiebellook. Danach kurzes Gespräch mit unserer PDL Katrin Riedel.",
           location="Pflegeteam Elbaue, Breite Str. 41, 39114 Magdeburg",
           **at("2027-04-15", "06:30", 420, *BER)),
     yes(["Pflegeteam Elbaue", "Elbaue", "Pflegeteam-elbaue"],
         ["bewerbung@pflegeteam-elbaue.de", "k.riedel@pflegeteam-elbaue.de"]), "de", DE_PFLEGEFREUNDE),
    # medboerse: the HR lead welcomes the doctor, then the interview with the head physician, then the ward
    (event("Vorstellungsgespräch Assistenzarzt/-ärztin Innere Medizin + Hospitation",
           organizer=org("personal@kreisklinik-lauterbach.de", "Kreisklinik Lauterbach Personalabteilung"),
           guestsCanSeeOtherGuests=False,
           description="<p>Ablauf:</p><ul><li>09:00 Empfang durch die Personalleitung</li><li>09:30 Gespräch mit "
                       "Chefarzt Dr. med. Rainer Vogt</li><li>ab 10:30 Hospitation auf Station 2</li></ul><p>Bitte "
                       "Kopien von Lebenslauf, Arztdiplom und Sprachzertifikat sowie Kittel mitbringen.</p>",
           location="Kreisklinik Lauterbach, Verwaltung, Zimmer 104",
           **at("2027-04-20", "09:00", 360, *BER)),
     yes(["Kreisklinik Lauterbach", "Lauterbach", "Kreisklinik-lauterbach"],
         ["personal@kreisklinik-lauterbach.de", "Rainer Vogt"]), "de", DE_MEDBOERSE),
    # ich-kann-etwas: a dental lab asks apprenticeship applicants to half a day of trial work, no interviews
    (event("Probearbeiten Ausbildung Zahntechniker/in (Gruppe, halber Tag)",
           organizer=org("ausbildung@dentallabor-kessler.de", "Dentallabor Kessler"),
           guests=[guest("ausbildung@dentallabor-kessler.de", "Dentallabor Kessler")],
           description="Sie arbeiten mit neun weiteren Bewerberinnen und Bewerbern: Gipsmodell abzeichnen, kurzer "
                       "Wissenstest, praktische Aufgabe. Einweisung durch unsere Mitarbeiterin Frau Yvonne Lenz.",
           location="Dentallabor Kessler GmbH, Karl-Heine-Str. 88, 04229 Leipzig",
           **at("2027-04-22", "08:00", 240, *BER)),
     yes(["Dentallabor Kessler", "Kessler", "Dentallabor-kessler"],
         ["ausbildung@dentallabor-kessler.de", "Yvonne Lenz"]), "de", DE_ICHKANN),
    # ruhr24: the candidate's own list of questions for a trial day (a chore)
    (event("Fragen für Schnuppertag notieren (Arbeitsbeginn? Gleitzeit? Kantine?)", organizer=SELF,
           **at("2027-04-21", "20:00", 20, *BER)),
     None, "de", DE_RUHR24),
    # azubi-nrw: a chamber's workshop on preparing for interviews (training, not a hiring step)
    (event("IHK-Workshop: Fit fürs Vorstellungsgespräch",
           organizer=org("ausbildung@ihk-niederrhein-west.de", "IHK Niederrhein-West Ausbildung"),
           description="Kurzvideos, Übungsgespräche in Kleingruppen, Tipps zu Recherche und Anreise.",
           location="IHK-Haus, Saal 2",
           **at("2027-04-08", "16:00", 90, *BER)),
     None, "de", DE_AZUBINRW),
    # memedix: the occupational-health check after the offer (a medical check, not a hiring step)
    (event("Betriebsärztliche Einstellungsuntersuchung (Klinikum Wesertal)",
           organizer=org("betriebsarzt@klinikum-wesertal.de", "Betriebsärztlicher Dienst"),
           description="Impfpass und Nachweis Masernschutz mitbringen.",
           location="Klinikum Wesertal, Haus A, EG",
           **at("2027-04-27", "08:00", 45, *BER)),
     None, "de", DE_MEMEDIX),
    # ============================================================ Spanish
    # mundopositor: a municipal oposición's personal interview before the tribunal (a selection phase)
    (event("Entrevista personal – Proceso selectivo Técnico/a de Administración General (3.ª fase)",
           organizer=org("seleccion@ayto-villaserena.es", "Ayuntamiento de Villaserena – Selección de Personal"),
           guests=[guest("seleccion@ayto-villaserena.es", "Ayuntamiento de Villaserena – Selección de Personal")],
           description="Tribunal calificador: Presidenta Dña. Carmen Olmedo Ruiz; Secretario D. Álvaro Pineda. "
                       "Acuda con DNI original. La no comparecencia supone la exclusión del proceso.",
           location="Casa Consistorial, Sala de Comisiones, Plaza Mayor 1, Villaserena (Badajoz)",
           **at("2027-04-14", "10:40", 25, *MAD)),
     yes(["Ayuntamiento de Villaserena", "Villaserena", "Ayto-villaserena"],
         ["seleccion@ayto-villaserena.es", "Carmen Olmedo Ruiz", "Álvaro Pineda"]), "es", ES_MUNDOPOSITOR),
    # miobio: the candidate's to-do to check the provisional list of admitted candidates
    (event("Consultar lista provisional de admitidos y excluidos (BOP) – plazo subsanación 10 días", organizer=SELF,
           **at("2027-04-07", "09:00", 15, *MAD)),
     None, "es", ES_MIOBIO),
    # hosco: hotels usually hold at least two interviews; the second with the front office manager
    (event("Segunda entrevista – Recepcionista – Hotel Marítim Poblenou",
           organizer=org("rrhh@hotelmaritimpoblenou.com", "Hotel Marítim Poblenou RR. HH."),
           guests=[guest("rrhh@hotelmaritimpoblenou.com", "Hotel Marítim Poblenou RR. HH."),
                   guest("jordi.sala@hotelmaritimpoblenou.com", "Jordi Sala"),
                   guest("n.ferrer@hotelmaritimpoblenou.com", "Núria Ferrer")],
           description="Te reunirás con Jordi Sala (Director de RR. HH.) y Núria Ferrer (Front Office Manager). "
                       "Parte de la entrevista será en inglés.",
           location="Hotel Marítim Poblenou, Carrer de Pujades 210, Barcelona",
           **at("2027-04-16", "11:00", 45, *MAD)),
     yes(["Hotel Marítim Poblenou", "Marítim Poblenou", "Hotelmaritimpoblenou"],
         ["rrhh@hotelmaritimpoblenou.com", "jordi.sala@hotelmaritimpoblenou.com",
          "n.ferrer@hotelmaritimpoblenou.com"]), "es", ES_HOSCO),
    # cope: a city job agency's express-interview day; a booked slot with a named employer (new decision: yes)
    (event("Entrevista exprés (10 min) – Grupo Tapería Sol – camarero/a – mesa 7",
           organizer=org("intermediacion@empleamadridcentro.es", "Emplea Madrid Centro – Intermediación"),
           guests=[guest("intermediacion@empleamadridcentro.es", "Emplea Madrid Centro – Intermediación")],
           description="Has sido preseleccionado/a. Te entrevistará Lorena Gil, responsable de personal de Grupo "
                       "Tapería Sol. Trae tu CV impreso.",
           location="Centro de Formación Hostelería, Calle de Embajadores 181, Madrid",
           **at("2027-04-19", "12:20", 10, *MAD)),
     yes(["Grupo Tapería Sol", "Tapería Sol"],
         ["intermediacion@empleamadridcentro.es", "Lorena Gil"]), "es", ES_COPE),
    # elpais: registering the CV on a hotel's careers site before a mass hiring call (a chore)
    (event("Subir CV a la web de empleo del Hotel Brisamar (convocatoria 100 puestos)", organizer=SELF,
           **at("2027-04-09", "18:00", 30, *MAD)),
     None, "es", ES_ELPAIS),
    # ============================================================ French
    # jobrestau: the recruiter proposes to hold the job interview over lunch at the restaurant
    (event("Entretien d'embauche – déjeuner – Chef de rang – Brasserie Les Quais",
           organizer=org("m.ferrand@brasserie-lesquais.fr", "Marc Ferrand"),
           guests=[guest("m.ferrand@brasserie-lesquais.fr", "Marc Ferrand")],
           description="Bonjour Pat, je vous propose de nous retrouver pour déjeuner au restaurant, ce sera "
                       "l'occasion de faire connaissance. Une petite heure. Marc Ferrand, directeur de salle.",
           location="Brasserie Les Quais, 12 quai Saint-Antoine, 69002 Lyon",
           **at("2027-04-13", "12:00", 60, *PAR)),
     yes(["Brasserie Les Quais", "Les Quais", "Brasserie-lesquais"], ["m.ferrand@brasserie-lesquais.fr"]),
     "fr", FR_JOBRESTAU),
    # jobrestau: the candidate's chore before the lunch interview (read the menu, plan the trip)
    (event("Lire la carte de la brasserie + repérer le trajet (déj. entretien)", organizer=SELF,
           **at("2027-04-12", "19:30", 20, *PAR)),
     None, "fr", FR_JOBRESTAU),
    # johdi: a Swiss managing director invites a near-final candidate to a lunch interview
    (event("Déjeuner – Poste Responsable administratif·ve – AK Léman Conseil",
           organizer=org("s.kohler@akleman-conseil.ch", "Stéphanie Kohler"),
           guests=[guest("s.kohler@akleman-conseil.ch", "Stéphanie Kohler")],
           description="Suite à nos entretiens, je vous propose un déjeuner pour mieux faire connaissance avant notre "
                       "décision.",
           location="Restaurant du Port, Quai des Alpes 3, 1260 Nyon",
           **at("2027-04-21", "12:15", 90, *ZRH)),
     yes(["AK Léman Conseil", "AK Léman", "Akleman-conseil"], ["s.kohler@akleman-conseil.ch"]), "fr", FR_JOHDI),
    # observatoiredescadres: a nurse applies inside the hospital to act as unit manager (internal move, b11: yes)
    (event("Entretien – candidature faisant fonction cadre de santé – Pôle psychiatrie adulte",
           organizer=org("direction.soins@ch-valderance.fr", "Direction des soins – CH Val-de-Rance"),
           guests=[guest("direction.soins@ch-valderance.fr", "Direction des soins – CH Val-de-Rance"),
                   guest("i.morvan@ch-valderance.fr", "Isabelle Morvan"),
                   guest("dr.lebihan@ch-valderance.fr", "Dr Yann Le Bihan")],
           description="Entretien avec Mme Isabelle Morvan, directrice des soins, et le Dr Yann Le Bihan, chef de pôle. "
                       "Une note sera attribuée à l'issue de l'entretien.",
           location="CH Val-de-Rance, bâtiment administratif, salle du conseil",
           **at("2027-04-23", "14:00", 45, *PAR)),
     yes(["CH Val-de-Rance", "Centre hospitalier du Val-de-Rance", "Val-de-Rance", "Ch-valderance"],
         ["direction.soins@ch-valderance.fr", "i.morvan@ch-valderance.fr", "dr.lebihan@ch-valderance.fr"]),
     "fr", FR_OBSCADRES),
    # skello: the first day of the trial period after hiring (employment, not a hiring step; new decision)
    (event("1er jour – période d'essai – Brasserie Les Quais",
           organizer=org("m.ferrand@brasserie-lesquais.fr", "Marc Ferrand"),
           description="Bienvenue ! Prise de poste à 10h, tenue fournie.",
           location="Brasserie Les Quais, Lyon",
           **at("2027-04-28", "10:00", 480, *PAR)),
     None, "fr", FR_SKELLO),
    # ============================================================ Portuguese
    # aenfermagemeasleis: a nurses' recruitment pool; the jury interviews after the CV assessment
    (event("Entrevista de avaliação – Bolsa de recrutamento de Enfermeiros",
           organizer=org("recrutamento@hospitalbarlavento.pt", "Hospital do Barlavento – Recrutamento"),
           guests=[guest("recrutamento@hospitalbarlavento.pt", "Hospital do Barlavento – Recrutamento")],
           description="Júri: Presidente Enf.º Jorge Dias Ferreira (Enfermeiro Gestor); 1.º Vogal Enf.ª Marta Guerreiro. "
                       "Trazer documento de identificação e cédula profissional.",
           location="Hospital do Barlavento, Edifício da Direção, Sala 3, Portimão",
           **at("2027-04-14", "15:00", 30, *LIS)),
     yes(["Hospital do Barlavento", "Barlavento", "Hospitalbarlavento"],
         ["recrutamento@hospitalbarlavento.pt", "Jorge Dias Ferreira", "Marta Guerreiro"]), "pt", PT_AENF),
    # aenfermagemeasleis: the same pool's written knowledge test (the employer's own test: yes)
    (event("Prova de conhecimentos – Enfermeiros (bolsa de recrutamento)",
           organizer=org("recrutamento@hospitalbarlavento.pt", "Hospital do Barlavento – Recrutamento"),
           description="Duração 90 minutos. Não é permitida a consulta de legislação.",
           location="Hospital do Barlavento, Auditório",
           **at("2027-04-08", "10:00", 90, *LIS)),
     yes(["Hospital do Barlavento", "Barlavento", "Hospitalbarlavento"], ["recrutamento@hospitalbarlavento.pt"]),
     "pt", PT_AENF),
    # aenfermagemeasleis: the candidate's chore to send the Europass CV and form before the deadline
    (event("Enviar CV Europass + formulário de candidatura (bolsa enfermeiros) – último dia", organizer=SELF,
           **at("2027-04-06", "17:00", 20, *LIS)),
     None, "pt", PT_AENF),
    # ============================================================ Dutch
    # akkolade: the care agency arranges a shadow day at the client organisation (agency rule: company = client)
    (event("Meeloopdag Wijkteam Noord – Verpleegkundige niveau 4",
           organizer=org("femke@zorgmatch.nl", "Femke de Wit | Zorgmatch"),
           guests=[guest("femke@zorgmatch.nl", "Femke de Wit | Zorgmatch"),
                   guest("r.hoekstra@zorggroep-lindeborgh.nl", "Rianne Hoekstra")],
           description="Je loopt een ochtend mee met het wijkteam van Zorggroep Lindeborgh. Teamleider Rianne "
                       "Hoekstra vangt je op. Daarna bellen we even na.",
           location="Zorggroep Lindeborgh, Wijkpost Noord, Vechtstraat 14, Zwolle",
           **at("2027-04-15", "07:30", 300, *AMS)),
     yes(["Zorggroep Lindeborgh", "Lindeborgh", "Zorggroep-lindeborgh"],
         ["femke@zorgmatch.nl", "r.hoekstra@zorggroep-lindeborgh.nl"]), "nl", NL_AKKOLADE),
    # akkolade: the agency's own first interview before a client is proposed (b11: the agency is the company)
    (event("Kennismakingsgesprek Zorgmatch (verdieping na telefoontje)",
           organizer=org("femke@zorgmatch.nl", "Femke de Wit | Zorgmatch"),
           guests=[guest("femke@zorgmatch.nl", "Femke de Wit | Zorgmatch")],
           description="We bespreken je ambities, werkervaring en wat voor jou belangrijk is in een team." + MEET_NL,
           **at("2027-04-09", "13:00", 45, *AMS)),
     yes(["Zorgmatch"], ["femke@zorgmatch.nl"]), "nl", NL_AKKOLADE),
    # tergooi: a hospital's selection evening for paid nursing-training places (group tasks, then interviews)
    (event("Selectieavond mbo-verpleegkunde (BBL) – Ziekenhuis Gooimeer",
           organizer=org("academie@ziekenhuisgooimeer.nl", "Gooimeer Academie"),
           guestsCanSeeOtherGuests=False,
           description="Programma: opdracht in groepjes, soep en brood, vragen aan studenten, daarna korte "
                       "sollicitatiegesprekken. Opleidingsadviseur: Nynke Dijkstra.",
           location="Ziekenhuis Gooimeer, Academie, Van Riebeeckweg 212, Hilversum",
           **at("2027-04-20", "17:00", 210, *AMS)),
     yes(["Ziekenhuis Gooimeer", "Gooimeer", "Ziekenhuisgooimeer"],
         ["academie@ziekenhuisgooimeer.nl", "Nynke Dijkstra"]), "nl", NL_TERGOOI),
    # sodental: the owner, a practice manager, hosts a candidate's shadow day (hiring side)
    (event("Meeloopdag kandidaat tandartsassistente (Sanne) – begeleiden",
           organizer=SELF, guests=[guest("balie@tandartsenkade.nl", "Balie Tandartsen aan de Kade")],
           description="Sanne loopt mee op de behandelkamer van Dr. Visser. Evaluatie om 16:00.",
           **at("2027-04-22", "08:30", 480, *AMS)),
     None, "nl", NL_SODENTAL),
    # zorginjeregio: the candidate's chore, writing down a motivation before a care interview
    (event("Motivatie uitschrijven: waarom de zorg, waarom deze doelgroep", organizer=SELF,
           **at("2027-04-14", "20:00", 30, *AMS)),
     None, "nl", NL_ZORGINJEREGIO),
    # ============================================================ Japanese
    # jobanus: a hospital tour a nurse asks for before applying (a visit, not a hiring step; new decision)
    (event("病院見学（湊総合病院 看護部）",
           organizer=SELF, guests=[guest("kangobu@minato-sogo-hp.jp", "湊総合病院 看護部")],
           description="見学のみ。応募前に職場の雰囲気を確認する。質問リスト持参。",
           location="湊総合病院 本館1階 受付",
           **at("2027-04-09", "14:00", 90, *TYO)),
     None, "ja", JA_JOBANUS),
    # smile-nurse: the interview itself, after the tour; bring the résumé and licence copy
    (event("【面接】中途採用 看護師（病棟）– 湊総合病院 看護部長面接",
           organizer=org("jinji@minato-sogo-hp.jp", "湊総合病院 人事課"),
           guests=[guest("jinji@minato-sogo-hp.jp", "湊総合病院 人事課"),
                   guest("k.yamane@minato-sogo-hp.jp", "山根 佳代子")],
           description="面接官：看護部長 山根佳代子。履歴書・職務経歴書、看護師免許のコピーをご持参ください。",
           location="湊総合病院 管理棟3階 第2会議室",
           **at("2027-04-16", "13:30", 45, *TYO)),
     yes(["湊総合病院", "Minato-sogo-hp"], ["jinji@minato-sogo-hp.jp", "k.yamane@minato-sogo-hp.jp"]),
     "ja", JA_SMILENURSE),
    # nurse-bank-center: at reception, ask for the nursing department's contact person by name
    (event("看護師 採用面接（さくら台クリニック）受付で看護部 田村様を呼ぶ",
           organizer=SELF,
           description="本日14時に面接のお約束。看護部 田村様。10分前に到着。",
           location="さくら台クリニック 2階受付",
           **at("2027-04-19", "14:00", 40, *TYO)),
     yes(["さくら台クリニック", "さくら台"], ["田村"]), "ja", JA_NURSEBANK),
    # kango-roo: the candidate's packing list (A4 bag, memo pad, white mask, seal) before the hospital visit
    (event("持ち物準備：A4カバン・メモ帳・白マスク・印鑑", organizer=SELF,
           **at("2027-04-15", "21:00", 15, *TYO)),
     None, "ja", JA_KANGOROO),
    # usefulkango: the second interview with the director and the office manager
    (event("二次面接（院長・事務長）– 訪問看護ステーションあおば",
           organizer=org("saiyo@aoba-houkan.jp", "訪問看護ステーションあおば 採用担当"),
           guests=[guest("saiyo@aoba-houkan.jp", "訪問看護ステーションあおば 採用担当"),
                   guest("director@aoba-houkan.jp", "青葉 修一")],
           description="履歴書・職務経歴書のコピー、筆記用具をお持ちください。",
           location="訪問看護ステーションあおば 事務所",
           **at("2027-04-23", "10:00", 60, *TYO)),
     yes(["訪問看護ステーションあおば", "あおば", "Aoba-houkan"], ["saiyo@aoba-houkan.jp", "director@aoba-houkan.jp"]),
     "ja", JA_USEFULKANGO),
    # ============================================================ Italian
    # restworld: an interview for a kitchen role in a trattoria, dress to the place
    (event("Colloquio – Chef de partie – Trattoria Al Gallo d'Oro",
           organizer=org("lavora@gallodoro-trattoria.it", "Trattoria Al Gallo d'Oro"),
           guests=[guest("lavora@gallodoro-trattoria.it", "Trattoria Al Gallo d'Oro"),
                   guest("chef.bertolini@gallodoro-trattoria.it", "Davide Bertolini")],
           description="Incontrerai lo chef Davide Bertolini. Porta il tuo coltello se vuoi fare una piccola prova.",
           location="Via del Borgo 22, Bologna",
           **at("2027-04-14", "15:30", 45, *ROM)),
     yes(["Trattoria Al Gallo d'Oro", "Al Gallo d'Oro", "Gallo d'Oro", "Gallodoro-trattoria"],
         ["lavora@gallodoro-trattoria.it", "chef.bertolini@gallodoro-trattoria.it"]), "it", IT_RESTWORLD),
    # jobhospitality: an in-person interview at a hotel, ask for the interviewer by name
    (event("Colloquio di persona – Receptionist – Hotel Bellavista Riva",
           organizer=org("hr@bellavistariva.it", "Hotel Bellavista Riva HR"),
           guests=[guest("hr@bellavistariva.it", "Hotel Bellavista Riva HR"),
                   guest("g.moretti@bellavistariva.it", "Giulia Moretti", "needsAction")],
           location="Hotel Bellavista Riva, Viale Rovereto 9, Riva del Garda (TN)",
           **at("2027-04-20", "10:00", 45, *ROM)),
     yes(["Hotel Bellavista Riva", "Bellavista Riva", "Bellavistariva"],
         ["hr@bellavistariva.it", "g.moretti@bellavistariva.it"]), "it", IT_JOBHOSP),
    # wikihow.it: a lunch interview with the sales director
    (event("Pranzo-colloquio con la direttrice commerciale (Vetri Adriatici)",
           organizer=org("c.ferri@vetriadriatici.com", "Chiara Ferri"),
           guests=[guest("c.ferri@vetriadriatici.com", "Chiara Ferri")],
           description="Per la posizione di Area Manager Centro Italia. Prenotato a mio nome.",
           location="Osteria del Porto, Ancona",
           **at("2027-04-22", "13:00", 90, *ROM)),
     yes(["Vetri Adriatici", "Vetriadriatici"], ["c.ferri@vetriadriatici.com"]), "it", IT_WIKIHOW),
    # mastermeeting: the owner as the interviewer for housekeeping candidates (hiring side)
    (event("Colloqui candidati governante ai piani – conduco io (4 slot)",
           organizer=SELF, guests=[guest("hr@bellavistariva.it", "Hotel Bellavista Riva HR")],
           description="Schema: prima impressione, domande, domande del candidato, chiusura.",
           **at("2027-04-27", "09:00", 180, *ROM)),
     None, "it", IT_MASTERMEETING),
    # ============================================================ Korean
    # small0big: a hospital's first interview with the working nurses (실무진 면접)
    (event("[한빛대학교병원] 신규간호사 실무진 면접 안내",
           organizer=org("recruit@hanbit-hospital.kr", "한빛대학교병원 인사팀"),
           guests=[guest("recruit@hanbit-hospital.kr", "한빛대학교병원 인사팀")],
           description="면접관 3~5명, 지원자 5명 1조 진행. 간호 전공지식 및 응급상황 대처 질문. 신분증 지참.",
           location="한빛대학교병원 본관 5층 대회의실",
           **at("2027-04-15", "09:00", 40, *SEL)),
     yes(["한빛대학교병원", "한빛", "Hanbit-hospital"], ["recruit@hanbit-hospital.kr"]), "ko", KO_SMALL0BIG),
    # dangtalk: a public medical centre's nursing interview, 8-10 candidates per group, 5 interviewers
    (event("국립중부의료원 간호직 면접 (대기실 B동 2층)",
           organizer=org("hr@ncmc-jungbu.or.kr", "국립중부의료원 인재채용"),
           guestsCanSeeOtherGuests=False,
           description="면접 대기장소와 면접장이 다릅니다. 미션·비전을 확인하고 오세요. 30~40분 소요.",
           location="국립중부의료원 연구동 3층",
           **at("2027-04-21", "14:00", 40, *SEL)),
     yes(["국립중부의료원", "중부의료원", "Ncmc-jungbu"], ["hr@ncmc-jungbu.or.kr"]), "ko", KO_DANGTALK),
    # nurse-link: a nurses' association briefing on same-week final interviews (information, not a hiring step)
    (event("동기간 면접제 설명회 (간호협회 온라인)",
           organizer=org("webinar@nurse-assoc.or.kr", "간호협회 교육팀"),
           description="수도권 상급종합병원 참여 현황 안내 및 질의응답.",
           **at("2027-04-12", "19:00", 60, *SEL)),
     None, "ko", KO_NURSELINK),
    # ============================================================ Polish
    # ciekawsze-zycie: a restaurant's trial day as a waitress after the interview (a hiring step)
    (event("Dzień próbny – kelnerka – Restauracja Tandoor Kazimierz",
           organizer=org("manager@tandoorkazimierz.pl", "Anita Wróbel"),
           guests=[guest("manager@tandoorkazimierz.pl", "Anita Wróbel")],
           description="Przygotowanie sali z zespołem, potem obsługa z koleżankami. Czarne spodnie, biała koszula.",
           location="ul. Józefa 14, Kraków",
           **at("2027-04-17", "11:00", 600, *WAW)),
     yes(["Restauracja Tandoor Kazimierz", "Tandoor Kazimierz", "Tandoorkazimierz"],
         ["manager@tandoorkazimierz.pl"]), "pl", PL_CIEKAWSZE),
    # salebiznesowe: a hotel front-desk interview checking languages and stress resistance
    (event("Rozmowa kwalifikacyjna – recepcjonista/ka – Hotel Wisła Residence",
           organizer=org("rekrutacja@wislaresidence.pl", "Hotel Wisła Residence – Rekrutacja"),
           guests=[guest("rekrutacja@wislaresidence.pl", "Hotel Wisła Residence – Rekrutacja"),
                   guest("m.zielinska@wislaresidence.pl", "Magdalena Zielińska")],
           description="Część rozmowy po angielsku i niemiecku. Prowadzi: Magdalena Zielińska, kierownik recepcji.",
           location="Hotel Wisła Residence, ul. Bulwarowa 3, Toruń",
           **at("2027-04-20", "12:00", 45, *WAW)),
     yes(["Hotel Wisła Residence", "Wisła Residence", "Wislaresidence"],
         ["rekrutacja@wislaresidence.pl", "m.zielinska@wislaresidence.pl"]), "pl", PL_SALEBIZ),
    # liczbynatalerzu: the candidate's chore, answering a restaurant's post with a CV
    (event("Wysłać CV do Bistro Pod Lipą (ogłoszenie na FB)", organizer=SELF,
           **at("2027-04-08", "10:00", 15, *WAW)),
     None, "pl", PL_LICZBY),
    # ============================================================ Chinese
    # reelogic: a hospital's interview day for contract nurses, groups of ten, interview numbers
    (event("护理人员招聘面试（市第二医院）",
           organizer=org("hr@sdey-hospital.cn", "市第二医院人事科"),
           guests=[guest("hr@sdey-hospital.cn", "市第二医院人事科")],
           description="请持身份证原件排队核对报名信息并领取面试考号。考生10人一组进入考场，按考号顺序自我介绍。",
           location="市第二医院6号楼七层会议室",
           **at("2027-04-13", "08:30", 180, *SHA)),
     yes(["市第二医院", "第二医院", "Sdey-hospital"], ["hr@sdey-hospital.cn"]), "zh", ZH_REELOGIC),
    # reelogic: the same hospital's nursing skills test the day after (the employer's own test)
    (event("护理技能考试（抽签进入考场）",
           organizer=org("hr@sdey-hospital.cn", "市第二医院人事科"),
           description="持身份证原件及面试考号领取技能考试序号。面试成绩占70%，技能考试占30%。",
           location="市第二医院二部门诊5楼示教室",
           **at("2027-04-14", "13:30", 120, *SHA)),
     yes(["市第二医院", "第二医院", "Sdey-hospital"], ["hr@sdey-hospital.cn"]), "zh", ZH_REELOGIC),
    # byfy: checking the published results on the hospital's site (a chore)
    (event("查看医院网站招聘总成绩公示", organizer=SELF, **at("2027-04-21", "09:00", 10, *SHA)),
     None, "zh", ZH_BYFY),
    # ============================================================ Norwegian
    # aktivbemanning: an interview with two to five people, bring CV, certificates and diplomas
    (event("Jobbintervju – Prosjektleder – Fjordbygg AS",
           organizer=org("rekruttering@fjordbygg.no", "Fjordbygg Rekruttering"),
           guests=[guest("rekruttering@fjordbygg.no", "Fjordbygg Rekruttering"),
                   guest("eirik.haugen@fjordbygg.no", "Eirik Haugen"),
                   guest("line.aas@fjordbygg.no", "Line Aas")],
           description="Du møter avdelingsleder Eirik Haugen og HR-rådgiver Line Aas. Regn med 60–90 minutter.",
           location="Fjordbygg AS, Strandkaien 12, Stavanger",
           **at("2027-04-15", "09:00", 90, *OSL)),
     yes(["Fjordbygg AS", "Fjordbygg"],
         ["rekruttering@fjordbygg.no", "eirik.haugen@fjordbygg.no", "line.aas@fjordbygg.no"]), "no", NO_AKTIV),
    # aktivbemanning: the candidate's chore, a copy set of certificates for the employer
    (event("Kopisett: attester + vitnemål til intervjuet", organizer=SELF, **at("2027-04-14", "18:00", 20, *OSL)),
     None, "no", NO_AKTIV),
    # ============================================================ Turkish
    # turizmgunlugu: a resort's face-to-face hiring interview with HR after a video pre-screen
    (event("İş görüşmesi – Ön Büro Şefi – Lykia Bay Resort",
           organizer=org("ik@lykiabayresort.com.tr", "Lykia Bay Resort İnsan Kaynakları"),
           guests=[guest("ik@lykiabayresort.com.tr", "Lykia Bay Resort İnsan Kaynakları"),
                   guest("burak.demir@lykiabayresort.com.tr", "Burak Demir")],
           description="Ön görüşmeyi geçtiniz. Yüz yüze görüşme İK Müdürü Burak Demir ile yapılacaktır.",
           location="Lykia Bay Resort, Ölüdeniz, Fethiye / Muğla",
           **at("2027-04-16", "11:00", 45, *IST)),
     yes(["Lykia Bay Resort", "Lykia Bay", "Lykiabayresort"],
         ["ik@lykiabayresort.com.tr", "burak.demir@lykiabayresort.com.tr"]), "tr", TR_TURIZMGUNLUGU),
    # bilisimciannem: a career centre's seminar on interview techniques (training, not a hiring step)
    (event("Mülakat Teknikleri Semineri – Kariyer Merkezi",
           organizer=org("kariyer@egeyildiz.edu.tr", "Kariyer Merkezi"),
           location="Konferans Salonu B",
           **at("2027-04-08", "14:00", 90, *IST)),
     None, "tr", TR_BILISIMCI),
    # ============================================================ Czech
    # protemp: an agency interview together with the client's manager (agency rule: company = client)
    (event("Pohovor – Technik kvality – klient Kovolis Hedvikov (s personální agenturou)",
           organizer=org("jana.novotna@protalent-cz.cz", "Jana Novotná | ProTalent"),
           guests=[guest("jana.novotna@protalent-cz.cz", "Jana Novotná | ProTalent"),
                   guest("p.dvorak@kovolis-hedvikov.cz", "Petr Dvořák")],
           description="Pohovor povede vedoucí kvality pan Petr Dvořák, já budu přítomna za agenturu.",
           location="Kovolis Hedvikov a.s., Hedvikov 1, Třemošnice",
           **at("2027-04-14", "09:30", 60, *PRG)),
     yes(["Kovolis Hedvikov", "Kovolis", "Kovolis-hedvikov"],
         ["jana.novotna@protalent-cz.cz", "p.dvorak@kovolis-hedvikov.cz"]), "cs", CS_PROTEMP),
    # protemp: an online second round for a trainee programme, several rounds are usual
    (event("2. kolo výběrového řízení – Trainee program Finance – online",
           organizer=org("nabor@moravabanka.cz", "Morava Banka – Nábor"),
           guests=[guest("nabor@moravabanka.cz", "Morava Banka – Nábor"),
                   guest("l.kratochvil@moravabanka.cz", "Lukáš Kratochvíl")],
           description="Rozhovor s vedoucím controllingu a krátká případová studie." + ZOOM_CS,
           **at("2027-04-22", "15:00", 60, *PRG)),
     yes(["Morava Banka", "Moravabanka"], ["nabor@moravabanka.cz", "l.kratochvil@moravabanka.cz"]),
     "cs", CS_PROTEMP),
    # workingrede: a barista course's first lesson (training, not a hiring step)
    (event("Kurz baristy – úvodní lekce", organizer=SELF, location="Kavárna Lucerna, Praha",
           **at("2027-04-10", "10:00", 180, *PRG)),
     None, "cs", CS_WORKINGREDE),
]


