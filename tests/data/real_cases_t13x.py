"""A check set for company and people extraction, written in round 13 (issue #15).

Written *before* round 13's extraction rules changed and labelled by hand before the detector
ran on them, aimed at the kinds of miss round 12's blind batch left (docs/detection.md, "Round
12's misses") in wording and layouts of its own: the people a candidate will meet introduced by
the description while the guest list already holds someone (a timed schedule, a bulleted or
dashed list, "you will meet ... and ...", "Who:", a signature, a two-column table, courtesy and
academic titles such as "Lic.", "Ing.", "Mtro.", "dott.ssa", "Encik", "Puan", "Dr."), in
English, Spanish, Portuguese, German, French, Italian, Dutch and Malay-English; employers whose
address glues a channel or region word to their name ("-online", "-careers", "-jobs", a state's
letters, "cityof", "countyof", "townof") while the label or the text spells the name; video-
interview and scheduling platforms that send the slot for an employer named in the title or the
text; and look-alikes (a person the text names who is not met: a founder, a manager the role
reports to, the candidate's own referee; a platform's webinar that is not an interview). Each
case cites the public page its wording or process was paraphrased from (found with the project's
search tool; no URL or host is cited by an earlier file in tests/data, checked with a grep before
use). Labels follow ``real_cases_b10.py``'s docstring and docs/detection.md ("Who to thank"):
interviewers and the hiring side's recruiter, coordinator or team mailbox are thanked; people
the text names without an address are listed by name, without courtesy or job titles; someone
both named and invited by address is listed once, by address; no-reply, notification, tool and
room mailboxes are not thanked. Names, companies and addresses are invented.
"""

from __future__ import annotations

from detect_cases import ME, SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool; none cited by an earlier file).
EN_TRUFFLE = "https://www.hiretruffle.com/blog/introduce-one-way-video-interviews-to-candidates"
EN_CRITERIA = "https://criteriacorp.helpdocs.io/article/pyg10asnbo-inviting-candidates-to-vi"
EN_AUGUSTA = "http://appweb2.augustaga.gov/Human_Resources/files/basic-html/page106.html"
EN_WILLIAMSBURG = "https://www.williamsburgcounty.sc.gov/FAQ.aspx?QID=120"
EN_ALTAMONTE = "http://www.altamonte.org/department/hr.asp"
ES_BERROCAL = "https://berrocalconsulting.blogspot.com/2014/11/la-entrevista.html"
ES_REQUESENS = "https://jrequesens.blogspot.com/2012/05/como-seria-una-entrevista-de-trabajo.html"
DE_KOSTADINOVA = ("https://www.nelly-kostadinova.de/2020/03/16/was-hat-mich-zum-erfolg-gebracht-teil-11-"
                  "die-anfaenger-arbeitgeberin-lebt-weiter/")
FR_ATELIER = ("http://lateliersouslestoits.free.fr/blog/index.php/2024/ateliers-ecriture/atelier-papillon/"
              "un-entretien-dembauche/")
FR_BEBE2 = "http://bebe-2.over-blog.com/article-6638653.html"
PT_CRIS = "http://crisnoseumelhor.blogspot.com/2023/04/entrevista-de-emprego.html"
PT_WACKY = "http://wackygirlfla.blogspot.com/2006/05/entrevista.html"
IT_OLHOS = "https://www.olhos.it/speakingofwine/WM2025_WIME006/49"
IT_PROFILI = "http://www.profiliprofessionali.it/come-affrontare-un-colloquio-di-lavoro/"
NL_VANDAM = ("https://www.vandam-lb.nl/vandamloopbaanbegeleiding/download/common/html/van-dam-"
             "loopbaanbegeleiding-sollicitatiegesprek.pdf.html")
NL_ASSESSMENT = "https://www.assessment-training.com/nl/sollicitatiegesprek"

LONDON = ("+00:00", "Europe/London")
NEW_YORK = ("-04:00", "America/New_York")
CHICAGO = ("-05:00", "America/Chicago")
DENVER = ("-06:00", "America/Denver")
SEATTLE = ("-07:00", "America/Los_Angeles")
BERLIN = ("+02:00", "Europe/Berlin")
PARIS = ("+02:00", "Europe/Paris")
MADRID = ("+02:00", "Europe/Madrid")
MEXICO = ("-06:00", "America/Mexico_City")
ROME = ("+02:00", "Europe/Rome")
AMSTERDAM = ("+02:00", "Europe/Amsterdam")
SAO_PAULO = ("-03:00", "America/Sao_Paulo")
LISBON = ("+01:00", "Europe/Lisbon")
KUALA_LUMPUR = ("+08:00", "Asia/Kuala_Lumpur")
ME_GUEST = guest(ME, "Pat Lee", self=True)
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=QmRlZz09"
TEAMS = ("\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3a"
         "meeting_VGhpcnRlZW4@thread.v2/0")
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qzt-bnrw-kdx"


TUNE13_CHECK_X: list[Case] = [
    # ------------------------------------------ people the description introduces, guests present
    # a timed schedule, one interviewer per slot, the coordinator the only guest besides the user
    (event("Onsite interview – Senior Analyst – Brookfield Lane Advisors",
           organizer=org("recruiting@brookfieldlane.com", "Brookfield Lane Recruiting"),
           guests=[ME_GUEST, guest("recruiting@brookfieldlane.com", "Brookfield Lane Recruiting")],
           description="Itinerary\n1:00 – 1:30 pm  Nadia Okoro, Director of Research\n1:30 – 2:00 pm  "
                       "Colin Rusk, Portfolio Manager\n2:00 – 2:30 pm  Wen Hsu, Senior Associate\n"
                       "Please check in at the 12th floor reception.",
           location="Brookfield Lane Advisors, 400 Madison Ave, 12th Fl, New York, NY",
           **at("2027-04-06", "13:00", 90, *NEW_YORK)),
     yes(["Brookfield Lane Advisors", "Brookfield Lane", "Brookfieldlane"],
         ["recruiting@brookfieldlane.com", "Nadia Okoro", "Colin Rusk", "Wen Hsu"]), "en", EN_AUGUSTA),
    # "you will meet X and Y" after a recruiter who invites from her own address
    (event("Video interview – Customer Success Manager",
           organizer=org("maria.santos@quillfeather.io", "Maria Santos"),
           guests=[ME_GUEST, guest("maria.santos@quillfeather.io", "Maria Santos")],
           description="Hi Pat, thanks for making time. In this round you will meet Gareth Lowe, our VP of "
                       "Customer Success, and Imani Brooks from the onboarding team. Best, Maria" + ZOOM,
           **at("2027-04-07", "11:00", 60, *CHICAGO)),
     yes(["Quillfeather", "Quill Feather"], ["maria.santos@quillfeather.io", "Gareth Lowe", "Imani Brooks"]),
     "en", EN_TRUFFLE),
    # a bulleted panel with dashes, one guest (the hiring manager) invited by address
    (event("Panel interview – Grants Coordinator – Riverbend Community Foundation",
           organizer=org("hr@riverbendcf.org", "Riverbend Community Foundation HR"),
           guests=[ME_GUEST, guest("l.moreau@riverbendcf.org", "Lise Moreau")],
           description="Your panel:\n• Lise Moreau – Director of Grants\n• Andre Whitaker – Finance Manager\n"
                       "• Joy Kimura – Program Officer\nThe interview lasts about 45 minutes." + TEAMS,
           **at("2027-04-08", "10:00", 45, *DENVER)),
     yes(["Riverbend Community Foundation", "Riverbend", "Riverbendcf"],
         ["hr@riverbendcf.org", "l.moreau@riverbendcf.org", "Andre Whitaker", "Joy Kimura"]), "en", EN_AUGUSTA),
    # a dental office's working interview: the mailbox invites, the doctor is named in a sentence
    (event("Working interview – Dental Hygienist – Cedar Park Smiles",
           organizer=org("frontdesk@cedarparksmiles.com", "Cedar Park Smiles"),
           guests=[ME_GUEST, guest("frontdesk@cedarparksmiles.com", "Cedar Park Smiles")],
           description="Please arrive at 7:30 in scrubs. Dr. Helena Vasquez will go over the schedule with "
                       "you; our office manager, Trish Olsen, handles the paperwork.",
           location="Cedar Park Smiles, 1120 Ridge Rd, Cedar Park, TX",
           **at("2027-04-09", "07:30", 480, *CHICAGO)),
     yes(["Cedar Park Smiles", "Cedar Park", "Cedarparksmiles"],
         ["frontdesk@cedarparksmiles.com", "Helena Vasquez", "Trish Olsen"]), "en", EN_ALTAMONTE),
    # Malaysian English: "Interviewer(s):" with Encik and Puan, the HR mailbox a guest
    (event("Interview – Operations Executive – Sinar Jaya Logistics Sdn Bhd",
           organizer=org("hr@sinarjayalogistics.com.my", "Sinar Jaya Logistics HR"),
           guests=[ME_GUEST, guest("hr@sinarjayalogistics.com.my", "Sinar Jaya Logistics HR")],
           description="Interviewer(s): Encik Hafiz Rahman (Operations Manager) and Puan Noraini Ismail "
                       "(HR Executive). Please bring your IC and latest payslip.",
           location="Sinar Jaya Logistics Sdn Bhd, Lot 12, Jalan Perigi Nanas, Port Klang",
           **at("2027-04-12", "10:00", 45, *KUALA_LUMPUR)),
     yes(["Sinar Jaya Logistics Sdn Bhd", "Sinar Jaya Logistics", "Sinar Jaya", "Sinarjayalogistics"],
         ["hr@sinarjayalogistics.com.my", "Hafiz Rahman", "Noraini Ismail"]), "en", EN_WILLIAMSBURG),
    # a signature names the sender; the text names a second interviewer in "joined by"
    (event("Second interview – Marketing Coordinator",
           organizer=org("t.ng@harrowgatefoods.co.uk", "Tessa Ng"),
           guests=[ME_GUEST, guest("t.ng@harrowgatefoods.co.uk", "Tessa Ng")],
           description="Thanks again for your time last week. I'll be joined by our Brand Manager, Owen "
                       "Farrell.\n\nKind regards,\nTessa Ng\nTalent Partner | Harrowgate Foods Ltd" + TEAMS,
           **at("2027-04-13", "14:00", 45, *LONDON)),
     yes(["Harrowgate Foods Ltd", "Harrowgate Foods", "Harrowgate", "Harrowgatefoods"],
         ["t.ng@harrowgatefoods.co.uk", "Owen Farrell"]), "en", EN_TRUFFLE),
    # look-alike: the text names a founder and the manager the role reports to; neither is met
    (event("Phone screen – Bookkeeper – Larchmont Bakery Co.",
           organizer=org("jobs@larchmontbakery.com", "Larchmont Bakery Co."),
           guests=[ME_GUEST, guest("d.price@larchmontbakery.com", "Dana Price")],
           description="Larchmont Bakery was founded by Rosa Ferrante in 1998. The role reports to Kevin "
                       "Marsh, our Controller. Dana from our people team will call you.",
           **at("2027-04-14", "09:30", 20, *SEATTLE)),
     yes(["Larchmont Bakery Co.", "Larchmont Bakery", "Larchmont", "Larchmontbakery"],
         ["jobs@larchmontbakery.com", "d.price@larchmontbakery.com"]), "en", EN_ALTAMONTE),
    # Spanish (Mexico): "te entrevistarán" with Lic. and Ing.; the recruiter invites by address
    (event("Entrevista – Analista de Compras – Aceros del Norte",
           organizer=org("mariana.soto@acerosdelnorte.mx", "Mariana Soto"),
           guests=[ME_GUEST, guest("mariana.soto@acerosdelnorte.mx", "Mariana Soto")],
           description="Hola Pat: te entrevistarán la Lic. Mariana Soto (Atracción de Talento) y el Ing. "
                       "Tomás Villarreal (Gerente de Compras). Trae identificación oficial.",
           location="Aceros del Norte, Av. Constitución 1500, Monterrey, N.L.",
           **at("2027-04-15", "11:00", 60, *MEXICO)),
     yes(["Aceros del Norte", "Acerosdelnorte"], ["mariana.soto@acerosdelnorte.mx", "Tomás Villarreal"]),
     "es", ES_BERROCAL),
    # Spanish (Spain): a committee listed on lines with roles first, one member a guest
    (event("Entrevista final – Técnico/a de Calidad",
           organizer=org("seleccion@conservaslamarina.es", "Conservas La Marina – Selección"),
           guests=[ME_GUEST, guest("e.prieto@conservaslamarina.es", "Elena Prieto")],
           description="Comité de selección:\nDirectora de Calidad: Elena Prieto\nJefe de Planta: Javier "
                       "Olmedo\nResponsable de RR. HH.: Sonia Cano",
           location="Conservas La Marina, Polígono O Porriño, Pontevedra",
           **at("2027-04-16", "10:00", 60, *MADRID)),
     yes(["Conservas La Marina", "La Marina", "Conservaslamarina"],
         ["seleccion@conservaslamarina.es", "e.prieto@conservaslamarina.es", "Javier Olmedo", "Sonia Cano"]),
     "es", ES_REQUESENS),
    # Portuguese (Brazil): "você conversará com" a manager and a coordinator
    (event("Entrevista – Analista de Planejamento – Laticínios Vale Verde",
           organizer=org("recrutamento@valeverdelaticinios.com.br", "Vale Verde – Recrutamento"),
           guests=[ME_GUEST, guest("recrutamento@valeverdelaticinios.com.br", "Vale Verde – Recrutamento")],
           description="Você conversará com a gerente Fernanda Lacerda e com o coordenador Diego Alencar. "
                       "Chegue com 10 minutos de antecedência.",
           location="Laticínios Vale Verde, Rod. BR-040 km 12, Juiz de Fora – MG",
           **at("2027-04-19", "14:00", 60, *SAO_PAULO)),
     yes(["Laticínios Vale Verde", "Vale Verde", "Valeverdelaticinios"],
         ["recrutamento@valeverdelaticinios.com.br", "Fernanda Lacerda", "Diego Alencar"]), "pt", PT_WACKY),
    # Portuguese (Portugal): "Entrevistadores:" with Dr./Eng.ª, separated by a semicolon
    (event("Entrevista presencial – Técnico de Manutenção – Cerâmicas do Lis",
           organizer=org("rh@ceramicasdolis.pt", "Cerâmicas do Lis – RH"),
           guests=[ME_GUEST, guest("rh@ceramicasdolis.pt", "Cerâmicas do Lis – RH")],
           description="Entrevistadores: Dr. Rui Carvalho (Diretor Industrial); Eng.ª Marta Simões "
                       "(Responsável de Manutenção).",
           location="Cerâmicas do Lis, Zona Industrial, Leiria",
           **at("2027-04-20", "10:30", 45, *LISBON)),
     yes(["Cerâmicas do Lis", "Ceramicas do Lis", "Ceramicasdolis"],
         ["rh@ceramicasdolis.pt", "Rui Carvalho", "Marta Simões"]), "pt", PT_CRIS),
    # German: "Ihre Gesprächspartner" with Frau/Herr and roles in brackets
    (event("Vorstellungsgespräch – Sachbearbeiter Einkauf (m/w/d)",
           organizer=org("bewerbung@kessler-armaturen.de", "Kessler Armaturen GmbH – Personal"),
           guests=[ME_GUEST, guest("bewerbung@kessler-armaturen.de", "Kessler Armaturen GmbH – Personal")],
           description="Ihre Gesprächspartner sind Frau Sabine Roth (Teamleitung Einkauf) und Herr Martin "
                       "Kehl (Personalreferent). Bitte melden Sie sich am Empfang.",
           location="Kessler Armaturen GmbH, Industriestraße 4, 73430 Aalen",
           **at("2027-04-21", "09:00", 60, *BERLIN)),
     yes(["Kessler Armaturen GmbH", "Kessler Armaturen", "Kessler", "Kessler-Armaturen"],
         ["bewerbung@kessler-armaturen.de", "Sabine Roth", "Martin Kehl"]), "de", DE_KOSTADINOVA),
    # German: a list with leading hyphens and the title after the name; a guest among them
    (event("Zweitgespräch – Projektingenieur Elektrotechnik",
           organizer=org("j.baum@volta-planung.de", "Jana Baum"),
           guests=[ME_GUEST, guest("j.baum@volta-planung.de", "Jana Baum")],
           description="Teilnehmer:\n- Dr. Uwe Lenz, Bereichsleiter\n- Jana Baum, HR Business Partnerin\n"
                       "- Felix Hartung, Projektleiter" + TEAMS,
           **at("2027-04-22", "13:30", 60, *BERLIN)),
     yes(["Volta Planung", "Volta-Planung", "Volta"], ["j.baum@volta-planung.de", "Uwe Lenz", "Felix Hartung"]),
     "de", DE_KOSTADINOVA),
    # French: "vous rencontrerez" with Mme and M., the HR mailbox a guest
    (event("Entretien – Assistant(e) de gestion – Maison Garnier Frères",
           organizer=org("recrutement@garnier-freres.fr", "Maison Garnier Frères – Recrutement"),
           guests=[ME_GUEST, guest("recrutement@garnier-freres.fr", "Maison Garnier Frères – Recrutement")],
           description="Vous rencontrerez Mme Claire Dubois, directrice administrative, puis M. Julien "
                       "Morel, chef comptable.",
           location="Maison Garnier Frères, 8 rue des Tanneurs, Lyon",
           **at("2027-04-23", "14:30", 60, *PARIS)),
     yes(["Maison Garnier Frères", "Garnier Frères", "Garnier-Freres"],
         ["recrutement@garnier-freres.fr", "Claire Dubois", "Julien Morel"]), "fr", FR_ATELIER),
    # French: "Participants :" with roles in brackets, the manager invited by address
    (event("Deuxième entretien – Chargé(e) de clientèle",
           organizer=org("h.martin@mutuelle-horizon.fr", "Hélène Martin"),
           guests=[ME_GUEST, guest("h.martin@mutuelle-horizon.fr", "Hélène Martin")],
           description="Participants : Hélène Martin (RH), Nicolas Petit (responsable d'agence) et "
                       "Amandine Roy (conseillère senior)." + TEAMS,
           **at("2027-04-26", "10:00", 45, *PARIS)),
     yes(["Mutuelle Horizon", "Horizon", "Mutuelle-Horizon"],
         ["h.martin@mutuelle-horizon.fr", "Nicolas Petit", "Amandine Roy"]), "fr", FR_BEBE2),
    # Italian: "incontrerai" with dott.ssa and ing.
    (event("Colloquio – Tecnico di Produzione – Officine Bassano",
           organizer=org("selezione@officinebassano.it", "Officine Bassano – Selezione"),
           guests=[ME_GUEST, guest("selezione@officinebassano.it", "Officine Bassano – Selezione")],
           description="Incontrerai la dott.ssa Giulia Ferri (Risorse Umane) e l'ing. Marco Villa "
                       "(Responsabile Produzione). Porta un documento d'identità.",
           location="Officine Bassano S.r.l., Via dell'Industria 21, Bassano del Grappa (VI)",
           **at("2027-04-27", "09:30", 60, *ROME)),
     yes(["Officine Bassano", "Officinebassano"],
         ["selezione@officinebassano.it", "Giulia Ferri", "Marco Villa"]), "it", IT_PROFILI),
    # Dutch: "je spreekt met" two people with roles in brackets
    (event("Sollicitatiegesprek – Planner – Van Loon Transport",
           organizer=org("werken@vanloontransport.nl", "Van Loon Transport – Werving"),
           guests=[ME_GUEST, guest("werken@vanloontransport.nl", "Van Loon Transport – Werving")],
           description="Je spreekt met Sanne de Boer (teamleider planning) en Mark Jansen (HR-adviseur). "
                       "Parkeren kan op ons eigen terrein.",
           location="Van Loon Transport, Havenweg 7, Tiel",
           **at("2027-04-28", "15:00", 60, *AMSTERDAM)),
     yes(["Van Loon Transport", "Van Loon", "Vanloontransport"],
         ["werken@vanloontransport.nl", "Sanne de Boer", "Mark Jansen"]), "nl", NL_VANDAM),
    # ---------------------------------- the employer's address glues a channel or a region word
    # a county whose domain glues "county" and the state's letters; the organiser is a person
    (event("Interview – Accounting Technician (Finance Dept)",
           organizer=org("rpatel@marloncounty-wa.gov", "Ravi Patel"),
           guests=[ME_GUEST, guest("rpatel@marloncounty-wa.gov", "Ravi Patel"),
                   guest("jlong@marloncounty-wa.gov", "Janet Long")],
           description="Panel interview with the Finance Manager and a senior accountant.",
           location="Marlon County Courthouse, 200 W Main St, Room 110",
           **at("2027-04-29", "10:00", 45, *SEATTLE)),
     yes(["Marlon County", "Marlon", "Marloncounty-wa"],
         ["rpatel@marloncounty-wa.gov", "jlong@marloncounty-wa.gov"]), "en", EN_WILLIAMSBURG),
    # a town whose domain glues "townof"; the labels name offices, not the town
    (event("Interview – Parks Maintenance Worker",
           organizer=org("personnel@townofbirchfield.org", "Personnel Office"),
           guests=[ME_GUEST, guest("personnel@townofbirchfield.org", "Personnel Office"),
                   guest("parks@townofbirchfield.org", "Parks Superintendent")],
           description="Bring a copy of your driver's license.",
           location="Birchfield Town Hall, 5 Common St",
           **at("2027-04-30", "13:00", 30, *NEW_YORK)),
     yes(["Town of Birchfield", "Birchfield", "Townofbirchfield"],
         ["personnel@townofbirchfield.org", "parks@townofbirchfield.org"]), "en", EN_ALTAMONTE),
    # a shop whose domain carries "-shop"; the label says "Careers"
    (event("Colloquio conoscitivo – Addetto/a e-commerce",
           organizer=org("lavora@ortobello-shop.it", "Ortobello Careers"),
           guests=[ME_GUEST, guest("lavora@ortobello-shop.it", "Ortobello Careers"),
                   guest("s.galli@ortobello-shop.it", "Sara Galli")],
           description="Colloquio in videochiamata con la responsabile e-commerce." + MEET,
           **at("2027-05-03", "11:00", 30, *ROME)),
     yes(["Ortobello"], ["lavora@ortobello-shop.it", "s.galli@ortobello-shop.it"]), "it", IT_OLHOS),
    # a German label "Karriere" after the employer; the domain glues "-jobs"
    (event("Telefoninterview – Werkstudent Controlling",
           organizer=org("talent@brunnhuber-jobs.de", "Brunnhuber Karriere"),
           guests=[ME_GUEST, guest("talent@brunnhuber-jobs.de", "Brunnhuber Karriere")],
           description="Wir rufen Sie unter der angegebenen Nummer an.",
           **at("2027-05-04", "16:00", 20, *BERLIN)),
     yes(["Brunnhuber"], ["talent@brunnhuber-jobs.de"]), "de", DE_KOSTADINOVA),
    # -------------------------------------------- platforms that send the slot for an employer
    # a one-way video tool's no-reply; the employer is in the text, the tool in the label
    (event("Complete your video interview – Harlow Mutual",
           organizer=org("no-reply@clipscreen.example.com", "ClipScreen"),
           description="Harlow Mutual has invited you to record answers to 4 questions for the Claims "
                       "Associate role. The link expires on Friday.",
           **at("2027-05-05", "18:00", 30, *CHICAGO)),
     yes(["Harlow Mutual", "Harlow"], []), "en", EN_CRITERIA),
    # Spanish: a scheduling platform's notification; the employer after "con" in the title
    (event("Entrevista por videollamada con Grupo Almenara – Analista de Datos",
           organizer=org("notificaciones@agendacandidatos.example.com", "AgendaCandidatos"),
           guests=[ME_GUEST, guest("r.ibanez@grupoalmenara.es", "Raquel Ibáñez")],
           description="Cita confirmada a través de AgendaCandidatos. Entrevistadora: Raquel Ibáñez." + MEET,
           **at("2027-05-06", "12:00", 45, *MADRID)),
     yes(["Grupo Almenara", "Almenara", "Grupoalmenara"], ["r.ibanez@grupoalmenara.es"]), "es", ES_BERROCAL),
    # German: a deferred video interview tool; the employer named only in the description
    (event("Zeitversetztes Videointerview – Ausbildung Industriekaufmann",
           organizer=org("noreply@videocasting-hr.example.de", "Videocasting HR"),
           description="Die Stadtwerke Kelbach laden Sie ein, drei Fragen per Video zu beantworten. "
                       "Bearbeitung bis Sonntag, 23:59 Uhr.",
           **at("2027-05-07", "17:00", 30, *BERLIN)),
     yes(["Stadtwerke Kelbach", "Kelbach"], []), "de", DE_KOSTADINOVA),
    # look-alike: a video-interview platform's webinar with named speakers (not an interview)
    (event("Webinar: Structured video interviews that candidates finish",
           organizer=org("events@clipscreen.example.com", "ClipScreen Events"),
           description="Speakers: Amy Lane (Head of Talent, Harlow Mutual) and Tom Okafor (ClipScreen). "
                       "Register to get the recording.",
           **at("2027-05-10", "12:00", 45, *CHICAGO)),
     None, "en", EN_TRUFFLE),
    # look-alike: the user's own reminder to ask a referee; names a person who is not met
    (event("Ask Prof. Alice Wong for a reference (Officine Bassano interview)", organizer=SELF,
           **at("2027-04-24", "09:00", 15, *ROME)),
     None, "en", IT_PROFILI),
]
