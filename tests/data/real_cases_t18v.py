"""A check set for interviews silenced by something else in the event (issue #15, round 18).

Written and labelled by hand in round 18, before the code ran on it and before the veto rules
changed; scored once on round 18's starting code (r18start), then after the change
(docs/detection.md, "Round 18: what else an event says"). Tuning data from the start (round
"tune-18-check-v").

Aimed at classes, not at cases: (1) instructions to the candidate on arrival ("ask for X at the
pit", "report to the gate and ask for", "demander ... à l'accueil", "preguntar por", "fragen Sie
nach", "chieda di", "vragen naar", "procure por"), in the user's own entries and in employers'
invitations, which are the logistics of attending and neither a chore nor another kind of
appointment; (2) documents to bring to a hiring step (an ID, a health or social-security card,
a licence, diplomas: "carte vitale", "tarjeta sanitaria", "Versichertenkarte", "tessera
sanitaria", "zorgpas", "health card") that make it no medical or administrative appointment
when the event names a job step; (3) the user's own titles that open with the job applied for
and a place ("Lifeguard Westbrook Pool: swim test then interview", "Busfahrer Linienverkehr:
..."), a role and no person's name; (4) on the other side, true look-alikes with the same words:
a GP's or a clinic's appointment asking for the health card, a bank appointment "ask for Maria",
a prefecture's or an immigration office's appointment with documents, pre-employment medicals,
the user's own chores ("ask for references", "ask for feedback"), a visa interview, the user
hiring a lifeguard (a private guest named in the title), a dealer school's practice.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to (interviewers and the hiring side's recruiter or team mailbox with an address; no-reply
and tool mailboxes are not thanked). Decisions where earlier files were silent:
- the person the candidate is told to ask for is thanked when the event says they hold the step
  (the pit boss who auditions, the chef who runs the trial), not when they only meet the
  candidate at the door;
- a pre-employment medical remains no (as in ``real_cases_t17v.py``), whatever job it names.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

LA = ("-07:00", "America/Los_Angeles")
NY = ("-04:00", "America/New_York")
TOR = ("-04:00", "America/Toronto")
LON = ("+01:00", "Europe/London")
PAR = ("+02:00", "Europe/Paris")
MAD = ("+02:00", "Europe/Madrid")
BER = ("+02:00", "Europe/Berlin")
ROM = ("+02:00", "Europe/Rome")
AMS = ("+02:00", "Europe/Amsterdam")
SAO = ("-03:00", "America/Sao_Paulo")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
LEARNTODEAL = "https://www.learntodeal.com/howtoaudition/"
HRDOCBOX = "https://hrdocbox.co.uk/template.cfm/item/23/interview-invitation-letter-template"
FOODBIZ = "https://www.foodbizjobs.com/restaurant-management-job-interview-tips-advice.html"
JOSHCROYLE = "https://joshcroyle.com/2018/09/restaurant-psa-gettin-a-job/"
IZIWORK = ("https://iziworksupport.zendesk.com/hc/fr/articles/360035292851-Comment-transmettre-les-"
           "documents-l%C3%A9gaux-obligatoires-pour-une-prise-de-poste-")
LEDROIT = ("https://ledroitetlapratique.site123.me/travail-chomage-retraite/qu-est-ce-qui-peut-%C3%AAtre-"
           "demand%C3%A9-lors-d-un-entretien-d-embauche")
DIARIOCOMO = ("https://diariocomo.es/mas-de-2-300-aspirantes-se-examinan-este-sabado-para-cien-plazas-de-"
              "conductores-de-autobus-de-la-emt")
TELEMADRID = ("https://www.telemadrid.es/noticias/madrid/candidatos-aspiran-conductor-EMT-0-1776722335--"
              "20160320070821.html")
LIFEINGERMANY = "https://life-in-germany.de/probearbeiten-in-deutschland"
GOETHE = "https://www.goethe.de/prj/mwd/de/indeutschlandleben/abe/arbeitsaufnahme.html"
CENTROORIZZONTE = ("http://centroorizzontelavoro.it/index.php/2023/03/22/"
                   "qualifica-professionale-di-assistente-bagnanti")
RESCUEITALIA = "https://rescueitalia.it/diventare-bagnino-di-salvataggio-assistente-bagnanti-in-italia"
SERVIZIOCIVILE = ("https://www.serviziocivile.coop/News/ArtMID/578/ArticleID/2698/"
                  "COLLOQUI-IN-PRESENZA-cosa-fare-e-cosa-non-fare")
CAPPLATAM = "https://capplatam.com/articulos-guias/como-ser-conductor-de-la-comunidad-de-madrid"
WSGC = "https://wsgc.wa.gov/licensing/apply-your-license/card-room-employee-dealer"
ABOUTDEALERS = "https://aboutdealers.com/dealer-license.htm"
CHICRETEIL = "https://www.chicreteil.fr/je-suis-patient/vous-venez-en-consultation/"
GESUNDBUND = "https://gesund.bund.de/arztwahl-und-terminsuche"
PRAXISGEVELSBERG = "https://praxis-allgemeinmedizin-gevelsberg.de/versicherungskarte-ueberweisungen/"
AVEYRON = "https://www.rdv.aveyron.gouv.fr/booking/create/717"
ILLEETVILAINE = ("https://www.ille-et-vilaine.gouv.fr/Demarches/Les-demarches-sejour/Informations-diverses/"
                 "Foire-aux-questions2/Foire-aux-questions")
MORTGAGECHOICE = ("https://cms.mortgagechoice.com.au/guides/"
                  "7-things-you-should-bring-to-a-mortgage-appointment")
BOFA = ("https://secure.bankofamerica.com/mycommunications/public/appointments/"
        "frequentlyAskedQuestionsPopUpBBA.go")
KARLANEWS = "https://karla.news/looking-for-a-restaurant-job-tips-from-a-hiring-manager.html/amp"
EDUF = ("https://www.eduf.fr/post/"
        "obtenir-un-rendez-vous-en-prefecture-astuces-outils-et-procedures-a-connaitre")
KRANKENVERSICHERUNG = "https://krankenversicherung.com/lexikon/versichertenkarte"

TUNE18_CHECK_V: list[Case] = [
    # ================================== (1) arrival instructions: who to ask for, where to report
    # learntodeal: a walk-in dealer audition, the floor person auditions on the spot
    (event("Walk-in audition – Silver Spur Casino – craps/roulette – ask for Dolores at the pit",
           organizer=SELF, description="Black & whites, pressed shirt. She may have me tap into a live game.",
           location="Silver Spur Casino, 200 Fremont St, Las Vegas",
           id="t18v-01", **at("2027-11-03", "15:00", 60, *LA)),
     yes(["Silver Spur Casino", "Silver Spur"], ["Dolores"]), "en", LEARNTODEAL),
    # joshcroyle: a server's interview at a restaurant, arranged at the counter
    (event("Server interview @ Copper Kettle Bistro – ask for the GM, bring resume",
           organizer=SELF, location="Copper Kettle Bistro, 88 Mill St, Albany NY",
           id="t18v-02", **at("2027-11-04", "14:30", 45, *NY)),
     yes(["Copper Kettle Bistro", "Copper Kettle"], []), "en", JOSHCROYLE),
    # hrdocbox: an invitation letter naming whom to ask for on arrival
    (event("Interview – Warehouse Operative – Ridgeline Logistics",
           organizer=org("hr@ridgelinelogistics.co.uk", "Ridgeline Logistics HR"),
           description="Dear Pat, thank you for your application. Please report to the security gate and "
                       "ask for Tamsin Hale, who will carry out your interview. Bring your passport or "
                       "driving licence and proof of your National Insurance number.",
           location="Ridgeline Logistics, Unit 4 Kingsway Park, Leicester",
           id="t18v-03", **at("2027-11-05", "10:00", 45, *LON)),
     yes(["Ridgeline Logistics", "Ridgeline"], ["hr@ridgelinelogistics.co.uk", "Tamsin Hale"]), "en", HRDOCBOX),
    # foodbizjobs: a restaurant manager's second interview, check in with the host stand
    (event("2nd interview – Assistant GM – Harvest Table (check in at host stand, ask for the area director)",
           organizer=SELF, location="Harvest Table, 14 Grand Ave, Albany NY",
           id="t18v-04", **at("2027-11-08", "15:00", 60, *NY)),
     yes(["Harvest Table"], []), "en", FOODBIZ),
    # ledroit: a bakery's interview, the candidate asks for the owner at the front
    (event("Entretien Fournil d'Anjou – vendeuse – demander Sophie Roux à l'accueil",
           organizer=SELF, location="Fournil d'Anjou, 3 place du Ralliement, Angers",
           id="t18v-05", **at("2027-11-03", "11:00", 30, *PAR)),
     yes(["Fournil d'Anjou"], ["Sophie Roux"]), "fr", LEDROIT),
    # karlanews: a waiter's interview at a seaside restaurant, ask for the head waiter
    (event("Entrevista camarero – Restaurante La Marea – preguntar por Andrés (jefe de sala)",
           organizer=SELF, description="Ir entre las 16 y las 18, antes del servicio de cenas. Llevar CV.",
           location="Restaurante La Marea, Paseo Marítimo 12, Málaga",
           id="t18v-06", **at("2027-11-04", "16:30", 30, *MAD)),
     yes(["Restaurante La Marea", "La Marea"], ["Andrés"]), "es", KARLANEWS),
    # goethe: a warehouse's interview invitation, report to reception and ask for the interviewer
    (event("Vorstellungsgespräch – Lagerhelfer (m/w/d) – Brandt Logistik",
           organizer=org("personal@brandt-logistik.de", "Brandt Logistik Personal"),
           description="Guten Tag Pat Lee, bitte melden Sie sich am Empfang und fragen Sie nach Jonas Weber "
                       "(Lagerleitung), der das Gespräch mit Ihnen führt. Bitte bringen Sie Personalausweis "
                       "und Sozialversicherungsausweis mit.",
           location="Brandt Logistik, Hafenstraße 40, Duisburg",
           id="t18v-07", **at("2027-11-09", "09:30", 45, *BER)),
     yes(["Brandt Logistik", "Brandt"], ["personal@brandt-logistik.de", "Jonas Weber"]), "de", GOETHE),
    # serviziocivile: a convocation naming the interviewer and documents to show at the entrance
    (event("Colloquio – addetto/a di sala – Trattoria Il Faro",
           organizer=org("selezione@trattoriailfaro.it", "Trattoria Il Faro – Selezione"),
           description="Gentile Pat, il colloquio sarà con Marta Galli (responsabile di sala): chieda di lei "
                       "alla cassa. Porti un documento d'identità, il codice fiscale e la tessera sanitaria.",
           location="Trattoria Il Faro, Via del Porto 5, Livorno",
           id="t18v-08", **at("2027-11-10", "15:00", 30, *ROM)),
     yes(["Trattoria Il Faro", "Il Faro"], ["selezione@trattoriailfaro.it", "Marta Galli"]), "it", SERVIZIOCIVILE),
    # foodbizjobs: a courier depot's interview, the user's own note
    (event("Sollicitatiegesprek bezorger – Snelpost Utrecht – melden bij de receptie, vragen naar Ruud",
           organizer=SELF, location="Snelpost depot, Cartesiusweg 90, Utrecht",
           id="t18v-09", **at("2027-11-11", "10:00", 30, *AMS)),
     yes(["Snelpost Utrecht", "Snelpost"], ["Ruud"]), "nl", FOODBIZ),
    # karlanews: a supermarket's interview, look for the interviewer at reception
    (event("Entrevista – Operador(a) de Caixa – Supermercados Sol Nascente",
           organizer=org("rh@solnascente.com.br", "Sol Nascente RH"),
           description="Olá Pat, compareça à recepção e procure por Carla Mendes, que fará a sua entrevista. "
                       "Traga documento de identidade, CPF e carteira de trabalho.",
           location="Supermercados Sol Nascente, Av. Brasil 1200, Campinas",
           id="t18v-10", **at("2027-11-12", "09:00", 40, *SAO)),
     yes(["Supermercados Sol Nascente", "Sol Nascente"], ["rh@solnascente.com.br", "Carla Mendes"]), "pt",
     KARLANEWS),
    # ================================== (2) documents to bring to a hiring step
    # iziwork: identity and social-security documents asked of a cleaning agent's candidate
    (event("Entretien d'embauche – Agent(e) de propreté – Nettoyage Clairval",
           organizer=org("recrutement@clairval-proprete.fr", "Clairval Propreté – Recrutement"),
           description="Bonjour, merci de vous munir de votre pièce d'identité, de votre carte vitale et "
                       "d'un RIB. Présentez-vous à l'accueil 10 minutes avant.",
           location="Nettoyage Clairval, 12 rue des Forges, Dijon",
           id="t18v-11", **at("2027-11-03", "14:00", 45, *PAR)),
     yes(["Nettoyage Clairval", "Clairval"], ["recrutement@clairval-proprete.fr"]), "fr", IZIWORK),
    # ledroit: a care home's interview and practical test, the user's own note
    (event("Entretien + mise en situation aide-soignant(e) – EHPAD Les Tilleuls",
           organizer=SELF, description="Apporter diplôme d'État, CNI, carte vitale. Demander Mme Perrin (cadre "
                                       "de santé).",
           location="EHPAD Les Tilleuls, 4 allée des Tilleuls, Nantes",
           id="t18v-12", **at("2027-11-05", "09:30", 120, *PAR)),
     yes(["EHPAD Les Tilleuls", "Les Tilleuls"], ["Mme Perrin"]), "fr", LEDROIT),
    # diariocomo: a bus operator's driving test and interview, with licences and a health card
    (event("Prueba práctica y entrevista – Conductor/a de autobús – Autobuses Costa Verde",
           organizer=org("seleccion@autobusescostaverde.es", "Autobuses Costa Verde – Selección"),
           description="Le esperamos en cocheras. Traiga DNI, carnet de conducir D, tarjeta CAP y tarjeta "
                       "sanitaria. La prueba de conducción dura unos 30 minutos.",
           location="Cocheras Costa Verde, Polígono Roces, Gijón",
           id="t18v-13", **at("2027-11-08", "08:30", 120, *MAD)),
     yes(["Autobuses Costa Verde", "Costa Verde"], ["seleccion@autobusescostaverde.es"]), "es", DIARIOCOMO),
    # lifeingermany: a kitchen trial day, with the insurance card and a food-hygiene certificate
    (event("Probearbeiten Küche – Gasthaus Lindenhof",
           organizer=org("jobs@gasthaus-lindenhof.de", "Gasthaus Lindenhof"),
           description="Hallo Pat, bitte bringen Sie Ihre Versichertenkarte, Ihre Steuer-ID und das "
                       "Gesundheitszeugnis mit. Küchenchef Stefan Brand betreut Sie beim Probearbeiten.",
           location="Gasthaus Lindenhof, Dorfstraße 2, Freising",
           id="t18v-14", **at("2027-11-09", "10:00", 300, *BER)),
     yes(["Gasthaus Lindenhof", "Lindenhof"], ["jobs@gasthaus-lindenhof.de", "Stefan Brand"]), "de",
     LIFEINGERMANY),
    # hrdocbox: documents to bring, here a home-care agency's health card
    (event("Interview – Personal Support Worker – Maplecrest Home Care",
           organizer=org("careers@maplecresthomecare.ca", "Maplecrest Home Care Careers"),
           description="Hi Pat, thanks for applying. Please bring your health card, driver's licence and "
                       "your PSW certificate; the interview is with our scheduling lead.",
           location="Maplecrest Home Care, 55 King St E, Hamilton ON",
           id="t18v-15", **at("2027-11-10", "13:00", 45, *TOR)),
     yes(["Maplecrest Home Care", "Maplecrest"], ["careers@maplecresthomecare.ca"]), "en", HRDOCBOX),
    # centroorizzonte: a lifeguard's pool test and interview, the user's own note
    (event("Selezione assistenti bagnanti – prova in vasca + colloquio – Lido Azzurra",
           organizer=SELF, description="Portare brevetto MIP, tessera sanitaria, costume e cuffia.",
           location="Piscina comunale, Viale Ceccarini 40, Riccione",
           id="t18v-16", **at("2027-11-11", "09:00", 180, *ROM)),
     yes(["Lido Azzurra"], []), "it", CENTROORIZZONTE),
    # goethe: a care group's interview, ID, diplomas and the health-insurance card
    (event("Sollicitatiegesprek Verzorgende IG – Zorggroep Het Baken",
           organizer=org("werving@zorggroephetbaken.nl", "Zorggroep Het Baken – Werving"),
           description="Beste Pat, neem een geldig legitimatiebewijs, je diploma's en je zorgpas mee. Het "
                       "gesprek is met de teamleider van afdeling De Duinen.",
           location="Zorggroep Het Baken, Zeeweg 8, Haarlem",
           id="t18v-17", **at("2027-11-12", "14:00", 60, *AMS)),
     yes(["Zorggroep Het Baken", "Het Baken"], ["werving@zorggroephetbaken.nl"]), "nl", GOETHE),
    # ================================== (3) the user's own titles opening with the job and a place
    # telemadrid: an extra waiter's service test then interview
    (event("Camarero Extra Banquetes: prueba de servicio + entrevista – Hotel Miramar Sitges",
           organizer=SELF, description="Llevar camisa blanca y pantalón negro.",
           location="Hotel Miramar, Passeig de la Ribera 50, Sitges",
           id="t18v-18", **at("2027-11-04", "17:00", 120, *MAD)),
     yes(["Hotel Miramar Sitges", "Hotel Miramar", "Miramar"], []), "es", TELEMADRID),
    # rescueitalia: a lifeguard's sea test then interview with a beach cooperative
    (event("Bagnino Spiaggia Libera: prova in mare, poi colloquio – Cooperativa Onda Sicura",
           organizer=SELF, description="Siamo in 25 per 8 posti. Portare brevetto.",
           location="Spiaggia libera di Ponente, Lignano",
           id="t18v-19", **at("2027-11-05", "08:30", 240, *ROM)),
     yes(["Cooperativa Onda Sicura", "Onda Sicura"], []), "it", RESCUEITALIA),
    # capplatam: a bus driver's driving test and interview
    (event("Motorista Carreira: teste de condução e entrevista – Viação Serra Azul",
           organizer=SELF, description="Levar CNH categoria D e exame toxicológico.",
           location="Garagem Viação Serra Azul, Rod. SP-340 km 12, Campinas",
           id="t18v-20", **at("2027-11-08", "07:30", 180, *SAO)),
     yes(["Viação Serra Azul", "Serra Azul"], []), "pt", CAPPLATAM),
    # karlanews: a waiter's evening trial then interview
    (event("Serveur Brasserie: essai d'un service puis entretien – Brasserie du Port",
           organizer=SELF, location="Brasserie du Port, quai Duguay-Trouin, Saint-Malo",
           id="t18v-21", **at("2027-11-06", "18:30", 240, *PAR)),
     yes(["Brasserie du Port"], []), "fr", KARLANEWS),
    # centroorizzonte (the same test abroad): a lifeguard's swim test then interview
    (event("Lifeguard Westbrook Pool: swim test then interview – Westbrook Leisure Trust",
           organizer=SELF, description="300 yd swim, 2 min tread, brick retrieval. Bring certs.",
           location="Westbrook Pool, 1 Park Rd, Westbrook",
           id="t18v-22", **at("2027-11-07", "09:00", 120, *NY)),
     yes(["Westbrook Leisure Trust", "Westbrook Leisure", "Westbrook"], []), "en", CENTROORIZZONTE),
    # telemadrid (a German operator's driving test): a bus driver's test drive and talk
    (event("Busfahrer Linienverkehr: Fahrprobe + Gespräch – Stadtwerke Grünau",
           organizer=SELF, description="Führerschein D, Fahrerkarte, Ausweis mitnehmen.",
           location="Betriebshof Stadtwerke Grünau, Am Bahndamm 3",
           id="t18v-23", **at("2027-11-09", "07:00", 120, *BER)),
     yes(["Stadtwerke Grünau"], []), "de", TELEMADRID),
    # wsgc: a card room's audition for a trainee dealer
    (event("Croupier Trainee – Audition – Ember Bay Casino",
           organizer=org("recruiting@emberbaycasino.com", "Ember Bay Casino Recruiting"),
           description="Hi Pat, your audition is booked. Please bring a valid photo ID; a floor supervisor "
                       "will watch you deal two shoes of blackjack.",
           location="Ember Bay Casino, 900 Harbor Dr, Tacoma WA",
           id="t18v-24", **at("2027-11-10", "11:00", 45, *LA)),
     yes(["Ember Bay Casino", "Ember Bay"], ["recruiting@emberbaycasino.com"]), "en", WSGC),
    # ================================== (4) true look-alikes: the same words, no hiring step
    # chicreteil: a hospital consultation, bring the health card
    (event("Entretien médical – bilan de santé – consultation externe",
           organizer=org("rdv@ch-valmont.fr", "Centre hospitalier de Valmont"),
           description="Présentez-vous au guichet muni d'une pièce d'identité et de votre carte vitale.",
           location="CH de Valmont, consultations externes, bâtiment B",
           id="t18v-25", **at("2027-11-03", "08:40", 30, *PAR)),
     None, "fr", CHICRETEIL),
    # chicreteil: a mental-health clinic's first interview, bring the health card
    (event("Entrevista clínica – Unidad de Salud Mental Norte",
           organizer=org("citas@usm-norte.es", "USM Norte – Citas"),
           description="Traiga su tarjeta sanitaria y el informe de derivación de su médico de cabecera.",
           location="Centro de Salud Norte, planta 2",
           id="t18v-26", **at("2027-11-04", "10:15", 45, *MAD)),
     None, "es", CHICRETEIL),
    # bofa: a bank's mortgage appointment, ask for the adviser at the front desk
    (event("Meeting with Maria – mortgage appointment – Harbour Bank",
           organizer=org("appointments@harbourbank.com", "Harbour Bank Appointments"),
           description="Ask for Maria Ortiz at the front desk. Bring photo ID, proof of address and your "
                       "last three payslips.",
           location="Harbour Bank, 10 Main St, Albany NY",
           id="t18v-27", **at("2027-11-05", "12:00", 60, *NY)),
     None, "en", BOFA),
    # mortgagechoice: the user's own bank appointment, ask for someone
    (event("Bank appt – ask for Maria re: business account", organizer=SELF,
           id="t18v-28", **at("2027-11-06", "09:30", 30, *NY)),
     None, "en", MORTGAGECHOICE),
    # aveyron: a prefecture's residence-permit appointment with documents
    (event("Rendez-vous préfecture – titre de séjour (entretien au guichet)", organizer=SELF,
           description="Se munir du passeport, de la convocation, de 3 photos et des justificatifs.",
           location="Préfecture, place Charles de Gaulle, Rodez",
           id="t18v-29", **at("2027-11-08", "09:00", 30, *PAR)),
     None, "fr", AVEYRON),
    # krankenversicherung: an immigration office's talk, the insurance card and a job contract
    (event("Termin Ausländerbehörde – Gespräch Aufenthaltstitel", organizer=SELF,
           description="Versichertenkarte, Arbeitsvertrag, Pass und Meldebescheinigung mitbringen.",
           location="Ausländerbehörde, Kaiserstraße 12, Karlsruhe",
           id="t18v-30", **at("2027-11-09", "08:00", 30, *BER)),
     None, "de", KRANKENVERSICHERUNG),
    # hrdocbox (the candidate's side): the user's own chore, asking referees
    (event("Ask for references – Priya & Tom – before Friday's interview", organizer=SELF,
           id="t18v-31", **at("2027-11-03", "19:00", 30, *LON)),
     None, "en", HRDOCBOX),
    # foodbizjobs: the user's own chore after an interview
    (event("Interview follow-up: ask for feedback from Oakridge", organizer=SELF,
           id="t18v-32", **at("2027-11-10", "09:00", 15, *LON)),
     None, "en", FOODBIZ),
    # eduf: the user's own task before an interview
    (event("Preparar entrevista Ferrovia Sur: llevar DNI y CV impreso", organizer=SELF,
           id="t18v-33", **at("2027-11-07", "20:00", 60, *MAD)),
     None, "es", EDUF),
    # illeetvilaine: a consular visa interview with documents
    (event("Visa interview – bring passport, DS-160 page, photo – ask for window 4", organizer=SELF,
           location="Consulate General, 2 Avenue Gabriel, Paris",
           id="t18v-34", **at("2027-11-12", "08:15", 60, *PAR)),
     None, "en", ILLEETVILAINE),
    # praxisgevelsberg: a pre-employment medical with the insurance card (no, as in t17v)
    (event("Einstellungsuntersuchung Betriebsarzt – Spedition Krause", organizer=SELF,
           description="Versichertenkarte und Impfpass mitbringen, nüchtern erscheinen.",
           location="Arbeitsmedizinisches Zentrum, Ringstraße 5, Kassel",
           id="t18v-35", **at("2027-11-04", "07:30", 45, *BER)),
     None, "de", PRAXISGEVELSBERG),
    # gesundbund: a pre-employment medical in Italian, with the health card
    (event("Visita medica preassuntiva – Logistica Adriatica", organizer=SELF,
           description="Portare tessera sanitaria e documento. Medico competente dott. Serra.",
           location="Poliambulatorio San Marco, Pescara",
           id="t18v-36", **at("2027-11-05", "08:00", 30, *ROM)),
     None, "it", GESUNDBUND),
    # rescueitalia (the hiring side): the user runs a pool and tests a lifeguard candidate
    (event("Jamie Ortega – Lifeguard – swim test + interview", organizer=SELF,
           guests=[guest("jamie.ortega88@gmail.com", "Jamie Ortega")],
           location="Westbrook Pool, 1 Park Rd, Westbrook",
           id="t18v-37", **at("2027-11-06", "10:00", 60, *NY)),
     None, "en", RESCUEITALIA),
    # aboutdealers: a dealer school's practice audition, not a casino's
    (event("Dealer school – mock audition (BJ) – ask for Vic in lab 2", organizer=SELF,
           location="Desert Star Dealer Academy, Las Vegas",
           id="t18v-38", **at("2027-11-07", "13:00", 90, *LA)),
     None, "en", ABOUTDEALERS),
]
