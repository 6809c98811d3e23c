"""Blind batch 14 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b14.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for May 2027: northern summer time; Australia and New Zealand on standard
time) and the conference texts pasted into descriptions.

Scored once, at the end of round 14, for docs/detection.md and the README; tuning data since round 15.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_KARISTA = "https://www.karista.de/berufe/lehrer/bewerbung/"
DE_BETZOLD = "https://www.betzold.ch/blog/vorstellungsgespraech-lehrerberuf/"
DE_LEHRERFOREN = "https://lehrerforen.de/user-post-list/2538-ginchen/?pageNo=3"
ES_AGENDAEMPRESA = "https://www.agendaempresa.com/31444/como-tener-exito-entrevista-trabajo/"
ES_IEP = "https://iep.edu.es/dinamicas-de-grupo-entrevistas-trabajo/"
ES_SITEMINDER = "https://www.siteminder.com/es/r/preguntas-respuestas-entrevista-trabajo-hotel"
FR_LEJOURNAL = "https://www.lejournaldesentreprises.com/article/insolite-quand-une-banque-recrute-en-mode-voice-14516"
FR_P1PRENELLE = "http://www.p1prenelle.fr/2008/04/14/lentretien/"
FR_PRACTICE4ME = "https://fr.practice4me.com/tests-banques"
FR_ETUDIER = ("http://travail.etudiereneurope.eu/s/3705/75730-Les-entretiens-ont-ils-une-structure-caracteristique/"
              "4041063-Portugal.htm")
NL_UPWIJS = "https://www.upwijs.nl/actueel/proefles-voorbereiden-voortgezet-onderwijs/"
NL_OO = "https://www.oo.nl/2024/01/31/solliciteren-in-het-onderwijs/"
NL_OPENSCHOLEN = "https://openscholen.nl/Voor-scholen"
PT_UNINTER = "https://deolhonofuturo.uninter.com/entrevistas-coletivas-como-funcionam-qual-o-objetivo"
PT_TRABALHOS = "https://trabalhosfeitos.com/ensaios/Dinamica-De-Trabalho/381336.html"
PT_BLASTING = ("http://br.blastingnews.com/economia/2014/07/a-entrevista-de-emprego-e-as-boas-impressoes-"
               "necessarias-para-seu-sucesso-00108533.html")
IT_COLLOQUIO = "https://colloquiodilavoro.net/assessment-center-colloquio"
IT_ENI = "https://www.eni.com/en-IT/careers/video-processo-selezione/affronta-al-meglio-assessment-center.html"
IT_LEAVEITALY = "http://www.leaveitaly.com/2014/01/"
IT_ALLEANZA = "https://blog.alleanzalavoro.it/assessment-center-colloquio-gruppo-cosa-sono-come-affrontarli"
JA_THEPORT = "https://www.theport.jp/portcareer/qa/2197"
JA_ASUGOOD = "https://asugood.com/webmensetu-mail-hensin/"
KO_EDUCE = "https://u.educe.co.kr/educe/afterInterview?category=350"
ZH_GNRCW = "http://www.gnrcw.net/article/1114.html"
SV_PERSONALEKONOMI = "https://www.personalekonomi.se/artikel/anstallningsintervju.aspx"
SV_SKILLPARTNER = "https://utbildning.skillpartner.se/utbildning/en-professionell-intervjufas/ovningsuppgift/"
SV_PSYKMETOD = "https://psykologisk-metod.se/halla-en-bra-jobbintervju/"
DA_KRIFA = "https://krifa.dk/jobsoegning/jobsamtale/saadan-forbereder-du-dig-til-anden-samtale"
DA_DEKTO = "https://dekto.ru/da/razlichnye-metodiki-sobesedovanii-dlya-soiskatelei-raboty-tehnika-provedeniya/"
PL_CITYDESK = "https://citydesk.pl/rozmowa-kwalifikacyjna-jak-zredukowac-stres-i-zdobyc-prace"
PL_PELION = "https://pelion.eu/en/129,recruitment-process.html"

# Offsets for May 2027 (the batch's dates fall between 3 and 28 May 2027).
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
SYD = ("+10:00", "Australia/Sydney")
MEL = ("+10:00", "Australia/Melbourne")
AKL = ("+12:00", "Pacific/Auckland")
SIN = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
BER = ("+02:00", "Europe/Berlin")
ZRH = ("+02:00", "Europe/Zurich")
MAD = ("+02:00", "Europe/Madrid")
PAR = ("+02:00", "Europe/Paris")
LIS = ("+01:00", "Europe/Lisbon")
SAO = ("-03:00", "America/Sao_Paulo")
AMS = ("+02:00", "Europe/Amsterdam")
TYO = ("+09:00", "Asia/Tokyo")
ROM = ("+02:00", "Europe/Rome")
SEL = ("+09:00", "Asia/Seoul")
SHA = ("+08:00", "Asia/Shanghai")
WAW = ("+02:00", "Europe/Warsaw")
STO = ("+02:00", "Europe/Stockholm")
CPH = ("+02:00", "Europe/Copenhagen")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 315 902 447 81\nPasscode: Hk3vPz\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83310457726?pwd=Qm7x\nMeeting ID: 833 1045 7726\nPasscode: 219804"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/tzk-ravq-muw\nOr dial: (US) +1 347-555-0142 PIN: 402 118 937#"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nÜber Ihren Computer, die mobile App oder ein Raumgerät teilnehmen\n"
            "Hier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 377 540 129 06\nPasscode: Zb9qLe\n"
            "________________________________________________________________________________")
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/bqe-wmzs-tjh"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us05web.zoom.us/j/86641230957?pwd=Tr2k\nミーティングID: 866 4123 0957\nパスコード: 551902"
TENCENT = "\n\n腾讯会议：https://meeting.tencent.com/dm/Wq3nVb7K\n会议号：611 204 885"
TEAMS_SV = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-möte\nAnslut på datorn, i mobilappen eller med en rumsenhet\n"
            "Klicka här för att ansluta till mötet\nMötes-ID: 398 117 620 44\nLösenord: Xe4rTm\n"
            "________________________________________________________________________________")


INTL14: list[Case] = [
    # ============================================================ German
    # karista: a school asks the teacher for a self-presentation of her teaching philosophy, then questions
    (event("Vorstellungsgespräch Lehrkraft Mathematik/Physik (schulscharfe Stelle)",
           organizer=org("sekretariat@gymnasium-am-moorweg.de", "Sekretariat Gymnasium am Moorweg"),
           guests=[guest("sekretariat@gymnasium-am-moorweg.de", "Sekretariat Gymnasium am Moorweg"),
                   guest("h.kessler@gymnasium-am-moorweg.de", "Helga Kessler (Schulleiterin)"),
                   guest("t.brandt@gymnasium-am-moorweg.de", "Torben Brandt", "needsAction")],
           description="Sehr geehrte Frau Lee, wir laden Sie zum Auswahlgespräch ein. Bitte bereiten Sie eine "
                       "kurze Selbstpräsentation (ca. 5 Min.) zu Ihrem pädagogischen Leitbild vor. Anschließend "
                       "Fragen der Kommission.",
           location="Gymnasium am Moorweg, Verwaltungstrakt Raum A 012, Moorweg 14, 26122 Oldenburg",
           **at("2027-05-11", "14:00", 45, *BER)),
     yes(["Gymnasium am Moorweg", "Gymnasium-am-moorweg"],
         ["sekretariat@gymnasium-am-moorweg.de", "h.kessler@gymnasium-am-moorweg.de",
          "t.brandt@gymnasium-am-moorweg.de"]), "de", DE_KARISTA),
    # karista: the candidate's own preparation of the self-presentation (a chore)
    (event("Selbstpräsentation fürs Moorweg-Gespräch üben (5 Min!)", organizer=SELF,
           **at("2027-05-10", "19:00", 60, *BER)),
     None, "de", DE_KARISTA),
    # betzold: the panel: head, deputy, subject representative, staff council and equality officer (Swiss school)
    (event("Auswahlgespräch Primarlehrperson 80% – Schule Buechholz",
           organizer=org("schulleitung@schule-buechholz.ch", "Schulleitung Buechholz"),
           guestsCanSeeOtherGuests=False,
           description="Anwesend: Schulleiterin Regula Imhof, Stellvertreter Beat Aebischer, eine Vertretung der "
                       "Schulpflege. Dauer ca. 60 Minuten, anschliessend Schulhausrundgang.",
           location="Schulhaus Buechholz, Lehrerzimmer, Buechholzstrasse 3, 8180 Bülach",
           **at("2027-05-19", "16:30", 75, *ZRH)),
     yes(["Schule Buechholz", "Buechholz", "Schule-buechholz"],
         ["schulleitung@schule-buechholz.ch", "Regula Imhof", "Beat Aebischer"]), "de", DE_BETZOLD),
    # betzold: the owner is the equality officer sitting in on a colleague's hiring panel (hiring side)
    (event("Vorstellungsgespräche Referendarstellen – Teilnahme als Gleichstellungsbeauftragte",
           organizer=org("schulleitung@gesamtschule-lindenhof.de", "Schulleitung Gesamtschule Lindenhof"),
           guests=[guest("schulleitung@gesamtschule-lindenhof.de", "Schulleitung Gesamtschule Lindenhof"),
                   guest("personalrat@gesamtschule-lindenhof.de", "Personalrat")],
           description="Drei Bewerbungsgespräche à 40 Min. Bewertungsbögen liegen im Fach.",
           location="Konferenzraum 2", **at("2027-05-12", "13:30", 150, *BER)),
     None, "de", DE_BETZOLD),
    # lehrerforen: a forum post from a teacher who sat on interview panels; here a teachers' conference
    (event("Lehrerkonferenz – TOP 3: Auswertung Bewerbungsgespräche", organizer=SELF,
           **at("2027-05-20", "14:15", 90, *BER)),
     None, "de", DE_LEHRERFOREN),
    # lehrerforen: a private school's trial lesson after the interview (a hiring step)
    (event("Probestunde 7b Geschichte (Steinzeit) + Nachgespräch mit Schulleitung",
           organizer=org("bewerbung@freie-schule-elbtal.de", "Freie Schule Elbtal – Bewerbung"),
           guests=[guest("bewerbung@freie-schule-elbtal.de", "Freie Schule Elbtal – Bewerbung"),
                   guest("j.wendt@freie-schule-elbtal.de", "Jana Wendt")],
           description="Ihre Probestunde in der 7b, danach 20 Minuten Reflexion mit Frau Wendt (Schulleitung). "
                       "Termin über Personio bestätigt.",
           location="Freie Schule Elbtal, Raum 204, Elbtalweg 9, 01689 Weinböhla",
           **at("2027-05-25", "09:50", 75, *BER)),
     yes(["Freie Schule Elbtal", "Elbtal", "Freie-schule-elbtal"],
         ["bewerbung@freie-schule-elbtal.de", "j.wendt@freie-schule-elbtal.de"]), "de", DE_LEHRERFOREN),
    # ============================================================ Spanish
    # iep: a group dynamic for several candidates at once, for a customer-facing fast-paced job
    (event("Dinámica de grupo – Proceso selección Auxiliar de Recepción",
           organizer=org("seleccion@hotelesmarbrava.es", "Selección Hoteles Mar Brava"),
           guestsCanSeeOtherGuests=False,
           description="Hola Pat: te confirmamos la dinámica de grupo (8-10 candidatos). Duración aprox. 90 min. "
                       "Conducirá la sesión Nuria Ferrer, de RRHH. Trae tu CV impreso.",
           location="Hotel Mar Brava Centro, Sala Tramontana, C/ de Pau Claris 118, Barcelona",
           **at("2027-05-06", "10:00", 90, *MAD)),
     yes(["Hoteles Mar Brava", "Mar Brava", "Hotelesmarbrava"],
         ["seleccion@hotelesmarbrava.es", "Nuria Ferrer"]), "es", ES_IEP),
    # siteminder: the hotel's second interview with the rooms division manager
    (event("2ª entrevista – Recepcionista – Hotel Mar Brava",
           organizer=org("nuria.ferrer@hotelesmarbrava.es", "Nuria Ferrer"),
           guests=[guest("nuria.ferrer@hotelesmarbrava.es", "Nuria Ferrer"),
                   guest("oriol.sagarra@hotelesmarbrava.es", "Oriol Sagarra")],
           description="Entrevista con Oriol Sagarra (Director de Alojamiento). Incluye una parte en inglés.",
           location="Hotel Mar Brava Centro, despacho de dirección (1ª planta)",
           **at("2027-05-13", "12:00", 45, *MAD)),
     yes(["Hoteles Mar Brava", "Mar Brava", "Hotelesmarbrava"],
         ["nuria.ferrer@hotelesmarbrava.es", "oriol.sagarra@hotelesmarbrava.es"]), "es", ES_SITEMINDER),
    # agendaempresa: a hotel school's role-play of interviews in several languages (training, no)
    (event("Role play entrevista (MBA) – simulación con Alberto González", organizer=SELF,
           guests=[guest("rrhh.clases@escuelahoteleraolivar.es", "Profesora RRHH")],
           description="Simulación de entrevista en inglés y francés para la asignatura de RRHH.",
           location="Escuela Hotelera Olivar, aula 3", **at("2027-05-04", "11:00", 120, *MAD)),
     None, "es", ES_AGENDAEMPRESA),
    # iep: the owner, a hotel HR assistant, runs the group dynamic (hiring side)
    (event("Preparar sala y rúbricas – dinámica de grupo candidatos camareros/as", organizer=SELF,
           guests=[guest("maitane.arrieta@hotelesmarbrava.es", "Maitane Arrieta")],
           **at("2027-05-18", "09:00", 60, *MAD)),
     None, "es", ES_IEP),
    # siteminder: an online first interview with an HR recruiter for a hotel chain in Spain
    (event("Entrevista online – Jefe/a de Recepción – Grupo Alcaraván Hoteles",
           organizer=org("talento@alcaravanhoteles.com", "Talento Alcaraván"),
           guests=[guest("talento@alcaravanhoteles.com", "Talento Alcaraván"),
                   guest("irene.montoya.rrhh@alcaravanhoteles.com", "Irene Montoya")],
           description="Primera entrevista por Teams con Irene Montoya (Talent Acquisition)." + TEAMS,
           **at("2027-05-20", "17:00", 30, *MAD)),
     yes(["Grupo Alcaraván Hoteles", "Alcaraván", "Alcaravan", "Alcaravanhoteles"],
         ["talento@alcaravanhoteles.com", "irene.montoya.rrhh@alcaravanhoteles.com"]), "es", ES_SITEMINDER),
    # ============================================================ French
    # lejournaldesentreprises: a bank's job dating with one-minute pitches to recruiters (a hiring event with a slot)
    (event("Jobdating Caisse Régionale Garonne – conseiller(ère) clientèle (créneau 9h40)",
           organizer=org("recrutement@cabinet-lherm-rh.fr", "Cabinet Lherm RH"),
           description="Vous êtes convoqué(e) au jobdating organisé pour la Caisse Régionale Garonne. Présentez-"
                       "vous 10 minutes avant votre créneau. Chaque candidat dispose d'une minute pour se présenter "
                       "devant le jury.",
           location="Hippodrome de la Cépière, salle des balances, Toulouse",
           **at("2027-05-07", "09:40", 60, *PAR)),
     # a recruiting firm's job dating for a named bank with a booked slot: the agency rule (the bank is the
     # company, the firm's mailbox is thanked), as b13's express interviews
     yes(["Caisse Régionale Garonne", "Garonne"], ["recrutement@cabinet-lherm-rh.fr"]), "fr", FR_LEJOURNAL),
    # p1prenelle: the bank's HR director sees the candidate at the regional head office
    (event("Entretien DRH – Banque Loire Atlantique Mutuelle",
           organizer=org("j.ravel@banque-loire-atlantique.fr", "Jacques Ravel"),
           guests=[guest("j.ravel@banque-loire-atlantique.fr", "Jacques Ravel")],
           description="Merci de vous présenter à l'accueil du siège, un badge vous sera remis.",
           location="Siège régional, 3e étage, 12 quai de la Fosse, Nantes",
           **at("2027-05-10", "10:30", 60, *PAR)),
     yes(["Banque Loire Atlantique Mutuelle", "Banque Loire Atlantique", "Banque-loire-atlantique"],
         ["j.ravel@banque-loire-atlantique.fr"]), "fr", FR_P1PRENELLE),
    # practice4me: the bank's online tests, blocked as a to-do with a deadline (the employer's own test, yes)
    (event("Tests en ligne Banque Loire Atlantique (raisonnement numérique + personnalité) – à finir avant vendredi",
           organizer=SELF,
           description="Lien reçu par mail de no-reply@assess.banque-loire-atlantique.fr. Prévoir 45 min au calme.",
           **at("2027-05-05", "20:00", 60, *PAR)),
     yes(["Banque Loire Atlantique Mutuelle", "Banque Loire Atlantique", "Banque-loire-atlantique"], []),
     "fr", FR_PRACTICE4ME),
    # practice4me: a paid practice-test platform session (practice, no)
    (event("Entraînement tests d'aptitude (pack banque) – session 3", organizer=SELF,
           description="Practice pack: tests numériques et verbaux chronométrés.",
           **at("2027-05-03", "18:30", 45, *PAR)),
     None, "fr", FR_PRACTICE4ME),
    # etudiereneurope: a French-speaking candidate's interview with a Lisbon company; company details, then questions
    (event("Entretien – Chargé(e) de projet francophone – Atlântida Serviços (Lisbonne)",
           organizer=org("rh@atlantida-servicos.pt", "RH Atlântida Serviços"),
           guests=[guest("rh@atlantida-servicos.pt", "RH Atlântida Serviços"),
                   guest("marta.sequeira@atlantida-servicos.pt", "Marta Sequeira"),
                   guest("pat.lee.travail@gmail.com", "Pat Lee")],
           description="Entretien en français et en portugais avec Marta Sequeira (responsable d'équipe). "
                       "Planifié via Lever." + MEET,
           **at("2027-05-17", "15:00", 60, *LIS)),
     # the guest "Pat Lee" at another address is the candidate's own second address: not thanked
     yes(["Atlântida Serviços", "Atlantida Servicos", "Atlântida", "Atlantida-servicos"],
         ["rh@atlantida-servicos.pt", "marta.sequeira@atlantida-servicos.pt"]), "fr", FR_ETUDIER),
    # ============================================================ Dutch
    # upwijs: a trial lesson after the first interview at a secondary school, then an evaluation talk
    (event("Proefles biologie 3 havo + nabespreking",
           organizer=org("p.dekker@csg-het-noorderlicht.nl", "Petra Dekker"),
           guests=[guest("p.dekker@csg-het-noorderlicht.nl", "Petra Dekker"),
                   guest("sectie.biologie@csg-het-noorderlicht.nl", "Sectie Biologie"),
                   room("c_18a7fe02@resource.calendar.google.com", "Lokaal B1.14 (30)")],
           description="Beste Pat, hierbij de bevestiging van je proefles (50 min) in 3 havo, onderwerp: "
                       "ecosystemen. Aansluitend nabespreking met Petra Dekker (teamleider) en een collega van de "
                       "sectie.",
           location="CSG Het Noorderlicht, Zernikelaan 40, Groningen",
           **at("2027-05-12", "10:20", 80, *AMS)),
     yes(["CSG Het Noorderlicht", "Het Noorderlicht", "Noorderlicht", "Csg-het-noorderlicht"],
         ["p.dekker@csg-het-noorderlicht.nl", "sectie.biologie@csg-het-noorderlicht.nl"]), "nl", NL_UPWIJS),
    # oo: a first interview at a primary school with the school leader and a teacher
    (event("Sollicitatiegesprek leerkracht groep 5 – OBS De Vlonder",
           organizer=org("directie@obsdevlonder.nl", "Directie OBS De Vlonder"),
           guests=[guest("directie@obsdevlonder.nl", "Directie OBS De Vlonder"),
                   guest("m.vanleeuwen@obsdevlonder.nl", "Marieke van Leeuwen")],
           location="OBS De Vlonder, Vlonderpad 2, Zwolle", **at("2027-05-18", "15:30", 45, *AMS)),
     yes(["OBS De Vlonder", "De Vlonder", "Obsdevlonder"],
         ["directie@obsdevlonder.nl", "m.vanleeuwen@obsdevlonder.nl"]), "nl", NL_OO),
    # openscholen: an open day for people who might want to work in primary education (information, no)
    (event("Openscholendag – kijkje in de klas bij De Kleine Wereld", organizer=SELF,
           description="9.00-11.00 rondleiding door leerlingen, speeddate met een leerkracht.",
           location="Basisschool De Kleine Wereld, Utrecht", **at("2027-05-26", "09:00", 120, *AMS)),
     None, "nl", NL_OPENSCHOLEN),
    # upwijs: the candidate asks the school questions before the trial lesson (a chore)
    (event("Mail Noorderlicht: wie observeert? TOA aanwezig? lesplanformat?", organizer=SELF,
           **at("2027-05-08", "09:00", 15, *AMS)),
     None, "nl", NL_UPWIJS),
    # ============================================================ Portuguese (Brazil and Portugal)
    # uninter: a collective interview / group dynamic for a mass hiring in a Brazilian retailer
    (event("Entrevista coletiva – Operador(a) de Caixa – Supermercados Pitanga",
           organizer=org("rh.recrutamento@superpitanga.com.br", "RH Supermercados Pitanga"),
           guestsCanSeeOtherGuests=False,
           description="Olá! Você foi selecionado(a) para a entrevista coletiva com dinâmica de grupo. Chegar 15 min "
                       "antes, trazer RG e carteira de trabalho. Responsável: Luana Prates (RH).",
           location="Loja Pitanga Boa Viagem, auditório, Av. Conselheiro Aguiar 2100, Recife - PE",
           **at("2027-05-06", "08:30", 120, *("-03:00", "America/Recife"))),
     yes(["Supermercados Pitanga", "Pitanga", "Superpitanga"],
         ["rh.recrutamento@superpitanga.com.br", "Luana Prates"]), "pt", PT_UNINTER),
    # trabalhosfeitos: a university career centre's workshop on group dynamics (training, no)
    (event("Oficina: como se sair bem na dinâmica de grupo (Central de Estágios)",
           organizer=org("eventos@centraldeestagios-sul.org.br", "Central de Estágios Sul"),
           description="Oficina gratuita com a psicóloga Sílvia Favaro." + MEET_PT,
           **at("2027-05-04", "19:00", 90, *SAO)),
     None, "pt", PT_TRABALHOS),
    # blastingnews: an in-person interview with the HR manager of a São Paulo logistics firm
    (event("Entrevista presencial – Analista de Logística Jr. – TransCerrado",
           organizer=org("selecao@transcerrado.com.br", "Seleção TransCerrado"),
           guests=[guest("selecao@transcerrado.com.br", "Seleção TransCerrado"),
                   guest("rodrigo.amaral@transcerrado.com.br", "Rodrigo Amaral")],
           description="Entrevista com Rodrigo Amaral (Gerente de Operações). Procurar a recepção do CD.",
           location="CD TransCerrado, Rod. Anhanguera km 26, Cajamar - SP",
           **at("2027-05-11", "14:00", 60, *SAO)),
     yes(["TransCerrado", "Transcerrado"], ["selecao@transcerrado.com.br", "rodrigo.amaral@transcerrado.com.br"]),
     "pt", PT_BLASTING),
    # blastingnews: the candidate buys clothes for the interview (a chore)
    (event("Comprar camisa social p/ entrevista TransCerrado", organizer=SELF,
           location="Shopping Eldorado", **at("2027-05-09", "15:00", 90, *SAO)),
     None, "pt", PT_BLASTING),
    # uninter: a Portuguese call-centre's group session with an HR partner (Lisbon)
    (event("Sessão de recrutamento em grupo – Assistente Apoio ao Cliente (FR/PT) – Linha Tejo Contact",
           organizer=org("recrutamento@linhatejo.pt", "Recrutamento Linha Tejo"),
           guests=[guest("recrutamento@linhatejo.pt", "Recrutamento Linha Tejo"),
                   guest("ines.valadares@linhatejo.pt", "Inês Valadares")],
           description="Apresentação da empresa, dinâmica de grupo e teste de línguas. Duração: 2h30.",
           location="Linha Tejo Contact, Av. D. João II 44, Lisboa",
           **at("2027-05-14", "10:00", 150, *LIS)),
     yes(["Linha Tejo Contact", "Linha Tejo", "Linhatejo"],
         ["recrutamento@linhatejo.pt", "ines.valadares@linhatejo.pt"]), "pt", PT_UNINTER),
    # ============================================================ Italian
    # colloquiodilavoro: an assessment center with group case and individual exercises, then an interview
    (event("Assessment Center – Graduate Program Credito – Banca Valtellinese Nord",
           organizer=org("selezione@bancavaltellinesenord.it", "Selezione BVN"),
           guestsCanSeeOtherGuests=False,
           description="Programma: 9:00 accoglienza, autopresentazione, caso aziendale di gruppo, prova individuale "
                       "di analisi, colloquio individuale con un selezionatore. Fine prevista 17:00.",
           location="Sede BVN, Sala Adda, Piazza Garibaldi 5, Sondrio",
           **at("2027-05-13", "09:00", 480, *ROM)),
     yes(["Banca Valtellinese Nord", "BVN", "Bancavaltellinesenord"], ["selezione@bancavaltellinesenord.it"]),
     "it", IT_COLLOQUIO),
    # eni: the technical interview after the assessment centre, with a line manager
    (event("Colloquio tecnico – Ingegnere di processo – Ardesia Energia",
           organizer=org("recruiting@ardesiaenergia.it", "Recruiting Ardesia Energia"),
           guests=[guest("recruiting@ardesiaenergia.it", "Recruiting Ardesia Energia"),
                   guest("luca.bonfanti@ardesiaenergia.it", "Luca Bonfanti"),
                   guest("chiara.re@ardesiaenergia.it", "Chiara Re", "declined")],
           description="Colloquio tecnico con Luca Bonfanti (Process Engineering Manager). Invito inviato tramite "
                       "iCIMS." + TEAMS,
           **at("2027-05-21", "11:00", 60, *ROM)),
     yes(["Ardesia Energia", "Ardesia", "Ardesiaenergia"],
         ["recruiting@ardesiaenergia.it", "luca.bonfanti@ardesiaenergia.it"]), "it", IT_ENI),
    # leaveitaly: an assessment day for a payments company in a London hotel, written in Italian by the owner
    (event("Assessment day – Project Coordinator – PayCircuit (hotel a Marylebone)", organizer=SELF,
           description="3 prove: colloquio per competenze, priorità email (in-tray), role play coordinamento "
                       "tecnici ATM. Contatto: Sarah Whitlock, Talent Team.",
           location="The Marylebone Court Hotel, 47 Welbeck St, London",
           **at("2027-05-24", "09:00", 240, *LON)),
     yes(["PayCircuit", "Paycircuit"], ["Sarah Whitlock"]), "it", IT_LEAVEITALY),
    # alleanzalavoro: an agency's free workshop on the elevator pitch and group assessment (training, no)
    (event("Workshop gratuito: assessment center e colloquio di gruppo",
           organizer=org("eventi@lavoroinsieme-agenzia.it", "LavoroInsieme Agenzia"),
           description="Come prepararsi: elevator pitch, dinamiche di gruppo, prove individuali." + ZOOM,
           **at("2027-05-06", "18:00", 90, *ROM)),
     None, "it", IT_ALLEANZA),
    # ============================================================ Japanese
    # theport: a first-round interview invitation email pasted into an event (online, individual interview)
    (event("【一次面接のご案内】株式会社ミナト物流 総合職",
           organizer=org("saiyo@minato-butsuryu.co.jp", "ミナト物流 採用担当"),
           guests=[guest("saiyo@minato-butsuryu.co.jp", "ミナト物流 採用担当")],
           description="パット・リー様\n書類選考の結果、一次面接にお進みいただくことになりました。\n形式：個人面接"
                       "（オンライン）\n面接官：人事部 佐々木\n服装：自由\n" + ZOOM_JA,
           **at("2027-05-12", "10:00", 45, *TYO)),
     yes(["ミナト物流", "株式会社ミナト物流", "Minato Butsuryu", "Minato-butsuryu"],
         ["saiyo@minato-butsuryu.co.jp", "佐々木"]), "ja", JA_THEPORT),
    # theport: the candidate's own connection test before the online interview (a chore)
    (event("Zoom接続テスト（ミナト物流 一次面接の前日）", organizer=SELF, **at("2027-05-11", "20:00", 15, *TYO)),
     None, "ja", JA_THEPORT),
    # asugood: a web interview with a manufacturer's hiring manager, second round
    (event("二次面接（Web）フジミ精機 生産技術職",
           organizer=org("jinji@fujimi-seiki.co.jp", "フジミ精機 人事部"),
           guests=[guest("jinji@fujimi-seiki.co.jp", "フジミ精機 人事部"),
                   guest("k.okabe@fujimi-seiki.co.jp", "岡部 健一"),
                   guest("m.tsuji@fujimi-seiki.co.jp", "辻 真理子")],
           description="二次面接は製造部の岡部・辻が担当します。所要時間約60分。" + TEAMS,
           **at("2027-05-19", "15:00", 60, *TYO)),
     yes(["フジミ精機", "Fujimi Seiki", "Fujimi-seiki"],
         ["jinji@fujimi-seiki.co.jp", "k.okabe@fujimi-seiki.co.jp", "m.tsuji@fujimi-seiki.co.jp"]), "ja", JA_ASUGOOD),
    # asugood: a job-hunting site's online company briefing (a 説明会, information, no)
    (event("Web会社説明会（フジミ精機）", organizer=org("event@shukatsu-navi-plus.jp", "就活ナビプラス"),
           description="会社説明会・質疑応答。選考には影響しません。", **at("2027-05-08", "13:00", 60, *TYO)),
     None, "ja", JA_ASUGOOD),
    # ============================================================ Korean
    # educe: BEI interview, group discussion and an executive interview in one day
    (event("[한결식품] 1차 면접 (BEI·GD) 및 임원면접 안내",
           organizer=org("recruit@hangyeolfood.co.kr", "한결식품 채용담당"),
           guestsCanSeeOtherGuests=False,
           description="면접관 2명, 지원자 6명 조별 진행. BEI 면접 → 그룹 토론(GD) → 임원면접 순입니다. 신분증 지참.",
           location="한결식품 본사 7층 대회의실, 서울 영등포구 국제금융로 20",
           **at("2027-05-17", "09:30", 300, *SEL)),
     yes(["한결식품", "Hangyeol Food", "Hangyeolfood"], ["recruit@hangyeolfood.co.kr"]), "ko", KO_EDUCE),
    # educe: an interview-review community's mock interview study group (practice, no)
    (event("면접 스터디 (모의 GD 연습)", organizer=SELF,
           guests=[guest("minji.study@naver.com", "김민지"), guest("hoon.park92@gmail.com", "박지훈")],
           location="강남역 스터디카페", **at("2027-05-14", "19:00", 120, *SEL)),
     None, "ko", KO_EDUCE),
    # educe: a video interview with a team lead at a logistics start-up
    (event("[빠른배송랩] 실무진 화상면접 - 물류운영 매니저",
           organizer=org("talent@fastshiplab.kr", "빠른배송랩 Talent"),
           guests=[guest("talent@fastshiplab.kr", "빠른배송랩 Talent"),
                   guest("jy.seo@fastshiplab.kr", "서지윤")],
           description="물류운영팀 서지윤 팀장님과의 실무진 면접입니다. (Ashby에서 예약됨)" + MEET,
           **at("2027-05-24", "16:00", 50, *SEL)),
     yes(["빠른배송랩", "Fastshiplab", "FastShipLab"], ["talent@fastshiplab.kr", "jy.seo@fastshiplab.kr"]),
     "ko", KO_EDUCE),
    # ============================================================ Chinese
    # gnrcw: HR first round (初面) by video
    (event("初面（HR）- 供应链专员 - 远川电子", organizer=org("hr@yuanchuan-tech.cn", "远川电子 人力资源部"),
           guests=[guest("hr@yuanchuan-tech.cn", "远川电子 人力资源部"), guest("lin.yue@yuanchuan-tech.cn", "林悦")],
           description="您好，您已通过简历筛选，现邀请您参加初面，面试官：林悦（HRBP）。" + TENCENT,
           **at("2027-05-10", "14:00", 30, *SHA)),
     yes(["远川电子", "Yuanchuan", "Yuanchuan-tech"], ["hr@yuanchuan-tech.cn", "lin.yue@yuanchuan-tech.cn"]),
     "zh", ZH_GNRCW),
    # gnrcw: the professional round with the department head, on site, with a practical test
    (event("复试 + 实操测试 - 远川电子（深圳总部）",
           organizer=org("hr@yuanchuan-tech.cn", "远川电子 人力资源部"),
           guests=[guest("hr@yuanchuan-tech.cn", "远川电子 人力资源部"), guest("zhou.bo@yuanchuan-tech.cn", "周博")],
           description="复试由供应链部周博经理负责，含 Excel 实操测试，请携带身份证、学历证书原件及复印件。",
           location="深圳市南山区科苑路 88 号 远川大厦 12 楼",
           **at("2027-05-18", "10:00", 120, *SHA)),
     yes(["远川电子", "Yuanchuan", "Yuanchuan-tech"], ["hr@yuanchuan-tech.cn", "zhou.bo@yuanchuan-tech.cn"]),
     "zh", ZH_GNRCW),
    # gnrcw: after the final round, a background check call (a check, no)
    (event("背景调查电话（第三方：诚信背调）", organizer=org("service@chengxin-beidiao.cn", "诚信背调"),
           description="核实学历与前雇主信息，约15分钟。", **at("2027-05-25", "11:00", 15, *SHA)),
     None, "zh", ZH_GNRCW),
    # ============================================================ Polish
    # citydesk: an interview with HR, then the manager
    (event("Rozmowa kwalifikacyjna – Specjalista ds. Zakupów – Wisłopol",
           organizer=org("rekrutacja@wislopol.pl", "Rekrutacja Wisłopol"),
           guests=[guest("rekrutacja@wislopol.pl", "Rekrutacja Wisłopol"),
                   guest("a.zielinska@wislopol.pl", "Agnieszka Zielińska")],
           description="Spotkanie z Agnieszką Zielińską (Kierownik Działu Zakupów). Prosimy zabrać dowód osobisty.",
           location="Wisłopol Sp. z o.o., ul. Przemysłowa 12, Płock", **at("2027-05-12", "11:00", 60, *WAW)),
     yes(["Wisłopol", "Wislopol"], ["rekrutacja@wislopol.pl", "a.zielinska@wislopol.pl"]), "pl", PL_CITYDESK),
    # citydesk: a thank-you mail reminder the candidate sets after the interview (a to-do, no)
    (event("Wysłać maila z podziękowaniem – Wisłopol (p. Zielińska)", organizer=SELF,
           **at("2027-05-12", "17:00", 15, *WAW)),
     None, "pl", PL_CITYDESK),
    # pelion: the HR unit's meeting with a personal profile test and a case study
    (event("Spotkanie rekrutacyjne HR + test PPA + case study – Apteki Zdrowy Dom",
           organizer=org("kariera@zdrowydom-apteki.pl", "Kariera Zdrowy Dom"),
           guests=[guest("kariera@zdrowydom-apteki.pl", "Kariera Zdrowy Dom"),
                   guest("m.kaczmarek@zdrowydom-apteki.pl", "Marta Kaczmarek")],
           description="Etap 2: spotkanie z Działem HR (Marta Kaczmarek), test Personal Profile Analysis i krótkie "
                       "studium przypadku.", location="ul. Zbąszyńska 3, Łódź", **at("2027-05-19", "09:00", 120, *WAW)),
     yes(["Apteki Zdrowy Dom", "Zdrowy Dom", "Zdrowydom-apteki"],
         ["kariera@zdrowydom-apteki.pl", "m.kaczmarek@zdrowydom-apteki.pl"]), "pl", PL_PELION),
    # pelion: the owner, now a manager, meets the candidates HR shortlisted (hiring side)
    (event("Spotkania z kandydatami na stanowisko kierownika apteki (ja jako przełożony)", organizer=SELF,
           guests=[guest("kariera@zdrowydom-apteki.pl", "Kariera Zdrowy Dom")],
           **at("2027-05-27", "13:00", 180, *WAW)),
     None, "pl", PL_PELION),
    # ============================================================ Swedish
    # personalekonomi: an interview with a recruitment consultant, then the employer
    (event("Anställningsintervju – Lagerchef – Norrlandslogistik (via Kompass Rekrytering)",
           organizer=org("emma.lind@kompassrekrytering.se", "Emma Lind"),
           guests=[guest("emma.lind@kompassrekrytering.se", "Emma Lind"),
                   guest("johan.berg@norrlandslogistik.se", "Johan Berg")],
           description="Intervju med rekryteringskonsult Emma Lind och Johan Berg (platschef, Norrlandslogistik)."
                       " Bokad via Teamtailor." + TEAMS_SV, **at("2027-05-11", "13:00", 75, *STO)),
     yes(["Norrlandslogistik", "Norrlandslogistik AB"],
         ["emma.lind@kompassrekrytering.se", "johan.berg@norrlandslogistik.se"]), "sv", SV_PERSONALEKONOMI),
    # psykologisk-metod: a work sample (arbetsprov) the employer sets, done at home before a deadline
    (days(event("Arbetsprov Norrlandslogistik – bemanningsplan Q3 (lämnas senast fredag 12:00)", organizer=SELF),
          "2027-05-13", "2027-05-15"),
     yes(["Norrlandslogistik", "Norrlandslogistik AB"], []), "sv", SV_PSYKMETOD),
    # psykologisk-metod: the owner sits on the hiring side of an interview for her team
    (event("Intervju kandidat 2 (jag + HR) – ekonomiassistent", organizer=SELF,
           guests=[guest("hr@kommunalbolaget-vasa.se", "HR Kommunalbolaget")],
           location="Rum Ljusnan", **at("2027-05-18", "10:00", 60, *STO)),
     None, "sv", SV_PSYKMETOD),
    # skillpartner: a job-coaching agency's speed interviews practice (training, no)
    (event("Övning: snabbintervjuer med jobbcoach", organizer=org("coach@jobbsteget-stod.se", "Jobbsteget"),
           description="Vi tränar telefonintervju och snabbintervju inför arbetsgivarträffen.",
           location="Jobbsteget, Kungsgatan 8, Uppsala", **at("2027-05-05", "10:00", 90, *STO)),
     None, "sv", SV_SKILLPARTNER),
    # ============================================================ Danish
    # krifa: a second interview with the future manager and colleagues, with a case sent beforehand
    (event("2. samtale – Projektleder – Vestkyst Vand A/S",
           organizer=org("hr@vestkystvand.dk", "HR Vestkyst Vand"),
           guests=[guest("hr@vestkystvand.dk", "HR Vestkyst Vand"),
                   guest("lars.mikkelsen@vestkystvand.dk", "Lars Mikkelsen"),
                   guest("sofie.holm@vestkystvand.dk", "Sofie Holm")],
           description="Du bedes præsentere din løsning på casen (10 min). Derefter samtale med Lars Mikkelsen "
                       "(afdelingschef) og Sofie Holm (kommende kollega). Personlighedstest sendes i forvejen.",
           location="Vestkyst Vand, Havnevej 3, Esbjerg", **at("2027-05-20", "13:00", 90, *CPH)),
     yes(["Vestkyst Vand", "Vestkyst Vand A/S", "Vestkystvand"],
         ["hr@vestkystvand.dk", "lars.mikkelsen@vestkystvand.dk", "sofie.holm@vestkystvand.dk"]), "da", DA_KRIFA),
    # krifa: a union's free CV and interview counselling (coaching, no)
    (event("Jobsamtale-træning med karriererådgiver (fagforening)",
           organizer=org("karriere@fagligtfaellesskab.dk", "Karriererådgivning"),
           description="Vi gennemgår typiske spørgsmål til anden samtale." + TEAMS,
           **at("2027-05-17", "09:00", 45, *CPH)),
     None, "da", DA_KRIFA),
    # dekto: a case interview (situational) at an IT consultancy
    (event("Caseinterview – Junior konsulent – Nordlys IT",
           organizer=org("rekruttering@nordlys-it.dk", "Nordlys IT Rekruttering"),
           guests=[guest("rekruttering@nordlys-it.dk", "Nordlys IT Rekruttering"),
                   guest("anders.winther@nordlys-it.dk", "Anders Winther")],
           description="Situationsbaserede spørgsmål og en kort case. Anders Winther deltager.",
           location="Nordlys IT, Åboulevarden 22, Aarhus", **at("2027-05-26", "10:00", 60, *CPH)),
     yes(["Nordlys IT", "Nordlys-it"], ["rekruttering@nordlys-it.dk", "anders.winther@nordlys-it.dk"]),
     "da", DA_DEKTO),
]
