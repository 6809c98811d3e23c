"""A check set for company and people extraction, written in round 9 (issue #15).

Written *before* round 9's extraction rules changed and labelled by hand before the detector
ran on them, aimed at the kinds of miss round 8's blind batch found (docs/detection.md, "Round
8's misses") but in wording of its own: interviewers named only in the body, by a label
("Interviewer(s):", "Panel:", "Gesprächspartner:", "Entrevistador(es):", "Intervenants :",
"面试官：", "面接官："), by a role line ("Name, Title"), in a sentence ("you'll meet", "vous
rencontrerez", "você vai conversar com", "spotkasz się z"), or a signature; and company names a
domain joins or cuts ("brightharbourdental.com" for Bright Harbour Dental). Ten languages.
Each case cites the public page its wording was paraphrased from (found with the project's
search tool; no page is cited by an earlier file). Labels follow ``real_cases_t8x.py`` and
docs/detection.md ("Who to thank"): interviewers and the hiring side's recruiter, coordinator,
contact person or team mailbox are thanked; people the text names without an address are
listed by name, without courtesy or job titles; someone both named and invited by address is
listed once, by address; no-reply and tool mailboxes are not thanked. Names, companies and
addresses are invented.
"""

from __future__ import annotations

from detect_cases import ME, SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool).
EN_MIGHTY = ("https://www.mightyrecruiter.com/recruiter-templates/sample-letters-to-candidates/"
             "interview-invitation-email/")
EN_EDARABIA = "https://www.edarabia.com/how-invite-candidate-interview"
EN_GETMOCK = "https://www.getmockinterview.com/articles/interview-invitation-email"
EN_LETTERINO = "https://letterino.com/recruitment-agencies/interview-invitation"
EN_SLIDEPUB = "https://slidepub.com/slideshow/interview-letter-pptx"
DE_MANATAL = "https://manatal.com/de/hr-email-template/interview-cancellation-email-template"
FR_BLOGRECRUTEUR = ("https://blog-recruteur.com/5-exemples-de-mails-pour-planifier-un-entretien-"
                    "devaluation-des-competences")
PT_APPOINTLET = "https://www.appointlet.com/pt/blog/interview-request"
PT_CABSEO = "https://www.cabseo.com/pt/interview-request.html"
NL_VANDAM = ("https://www.vandam-lb.nl/vandamloopbaanbegeleiding/download/common/html/van-dam-"
             "loopbaanbegeleiding-sollicitatiegesprek.pdf.html")
PL_MEETPRO = "https://meetpro.pl/rozmowa-kwalifikacyjna-jak-sie-przygotowac-i-o-czym-pamietac"
JA_ROBERTWALTERS = "https://www.robertwalters.co.jp/career-advice/interview-mail.html"
ES_FIATC = "http://www.fiatcemprende.com/es/entrevistas-de-trabajo-la-entrevista-de-panel-118"
DA_FTFA = ("https://ftfa.dk/vi-tilbyder/alt-om-jobsogning-og-jobsamtalen/jobsamtalen-sadan-"
           "forbereder-du-dig/")
ZH_HRLOO = "https://www.hrloo.com/news/308368.html"

LONDON = ("+00:00", "Europe/London")
NEW_YORK = ("-05:00", "America/New_York")
BERLIN = ("+01:00", "Europe/Berlin")
PARIS = ("+01:00", "Europe/Paris")
LISBON = ("+00:00", "Europe/Lisbon")
SAO_PAULO = ("-03:00", "America/Sao_Paulo")
AMSTERDAM = ("+01:00", "Europe/Amsterdam")
WARSAW = ("+01:00", "Europe/Warsaw")
TOKYO = ("+09:00", "Asia/Tokyo")
MADRID = ("+01:00", "Europe/Madrid")
COPENHAGEN = ("+01:00", "Europe/Copenhagen")
SHANGHAI = ("+08:00", "Asia/Shanghai")
ME_GUEST = guest(ME, "Pat Lee", self=True)
HIDDEN = {"guestsCanSeeOtherGuests": False}

TUNE9_CHECK_X: list[Case] = [
    # English: a hiring mailbox sends; the panel is a labelled list of role lines.
    (event("Panel interview – Dental Practice Manager – Bright Harbour Dental",
           organizer=org("careers@brightharbourdental.com", "Bright Harbour Dental Careers"),
           guests=[ME_GUEST, guest("careers@brightharbourdental.com", "Bright Harbour Dental Careers")],
           description="Dear Pat,\nThank you for applying. Your interview details:\nInterviewers:\n"
                       "Dr. Helena Marsh, Clinical Director\nTom Reyes, Operations Lead\n"
                       "Please bring photo ID.",
           **at("2027-01-12", "10:00", 60, *LONDON)),
     yes(["Bright Harbour Dental", "Bright Harbour", "Brightharbourdental"],
         ["Helena Marsh", "Tom Reyes", "careers@brightharbourdental.com"]), "en", EN_MIGHTY),
    # English: "You'll meet" with two people and their roles in prose.
    (event("Onsite interview – Barista Trainer",
           organizer=org("jobs@copperkettlecoffee.com", "Copper Kettle Coffee Jobs"),
           guests=[ME_GUEST],
           description="Hi Pat, we'd love to have you in. You'll meet Nora Blake (Head of Training) "
                       "and Sam Ortiz (Store Manager) at our Market St café. It takes about 45 minutes.",
           **at("2027-01-13", "09:30", 45, *NEW_YORK)),
     yes(["Copper Kettle Coffee", "Copper Kettle", "Copperkettlecoffee"],
         ["Nora Blake", "Sam Ortiz", "jobs@copperkettlecoffee.com"]), "en", EN_EDARABIA),
    # English: an ATS no-reply sends; "Panel:" with names separated by commas.
    (event("Interview: Grants Coordinator (Req 4471)",
           organizer=org("no-reply@hire.example-ats.com", "Thornfield Foundation via ATS"),
           guests=[ME_GUEST],
           description="Thornfield Foundation has scheduled your interview.\nPanel: Grace Whitaker, "
                       "Imran Siddiqui, Lotte Brandt\nFormat: video call (link below).",
           **at("2027-01-14", "15:00", 60, *LONDON)),
     yes(["Thornfield Foundation", "Thornfield"], ["Grace Whitaker", "Imran Siddiqui", "Lotte Brandt"]),
     "en", EN_GETMOCK),
    # English: a recruiter signs; the interviewer is in a sentence "will be interviewed by".
    (event("Interview – Junior Accountant – Ashgrove & Pike",
           organizer=org("recruitment@ashgrovepike.co.uk", "Ashgrove & Pike Recruitment"),
           guests=[ME_GUEST, guest("recruitment@ashgrovepike.co.uk", "Ashgrove & Pike Recruitment")],
           description="Dear Pat,\nYou will be interviewed by Margaret Lowe, Finance Manager. The "
                       "interview lasts 40 minutes.\nKind regards,\nJenny Hart\nRecruitment Coordinator",
           **at("2027-01-15", "11:00", 40, *LONDON)),
     yes(["Ashgrove & Pike", "Ashgrove", "Ashgrovepike"],
         ["Margaret Lowe", "recruitment@ashgrovepike.co.uk"]), "en", EN_LETTERINO),
    # English: the interviewer is a guest and is named in the body with a title: one person.
    (event("Video interview – Content Designer – Lumen Tide",
           organizer=org("talent@lumentide.io", "Lumen Tide Talent"),
           guests=[ME_GUEST, guest("oskar.lind@lumentide.io", "Oskar Lind")],
           description="Interviewer: Oskar Lind, Design Lead. Join with the Zoom link.",
           **at("2027-01-18", "16:00", 45, *NEW_YORK)),
     yes(["Lumen Tide", "Lumentide"], ["oskar.lind@lumentide.io", "talent@lumentide.io"]),
     "en", EN_SLIDEPUB),
    # German: "Gesprächspartner:" with a courtesy title and a job after a comma.
    (event("Vorstellungsgespräch – Industriekaufmann (m/w/d) – Kessler Antriebstechnik",
           organizer=org("bewerbung@kessler-antriebstechnik.de", "Kessler Antriebstechnik Bewerbung"),
           guests=[ME_GUEST],
           description="Sehr geehrter Herr Lee,\nwir freuen uns, Sie kennenzulernen.\n"
                       "Ihre Gesprächspartner: Frau Sabine Krüger, Leiterin Einkauf, und Herr "
                       "Dominik Hahn, Personalreferent.\nBitte melden Sie sich am Empfang.",
           **at("2027-01-19", "10:00", 60, *BERLIN)),
     yes(["Kessler Antriebstechnik", "Kessler"],
         ["Dominik Hahn", "Sabine Krüger", "bewerbung@kessler-antriebstechnik.de"]), "de", DE_MANATAL),
    # German: the interviewer in a sentence "führt das Gespräch" and a signature.
    (event("Telefoninterview – Werkstudent Marketing – Nordlicht Reisen",
           organizer=org("karriere@nordlicht-reisen.de", "Nordlicht Reisen Karriere"),
           guests=[ME_GUEST],
           description="Hallo Pat,\ndas Gespräch führt Lena Vogt aus dem Marketing-Team. Sie ruft "
                       "Sie unter der angegebenen Nummer an.\nViele Grüße\nMarc Albers\nRecruiting",
           **at("2027-01-20", "14:00", 30, *BERLIN)),
     yes(["Nordlicht Reisen", "Nordlicht"], ["Lena Vogt", "Marc Albers", "karriere@nordlicht-reisen.de"]),
     "de", DE_MANATAL),
    # French: "Intervenants :" names and functions, from a hiring mailbox.
    (event("Entretien – Technicien de maintenance – Ateliers Morvan",
           organizer=org("recrutement@ateliers-morvan.fr", "Ateliers Morvan Recrutement"),
           guests=[ME_GUEST],
           description="Bonjour,\nNous vous confirmons votre entretien.\nIntervenants : Claire Dubois, "
                       "responsable de production ; Julien Petit, chargé de recrutement.\n"
                       "Merci de vous présenter à l'accueil.",
           **at("2027-01-21", "09:00", 60, *PARIS)),
     yes(["Ateliers Morvan", "Morvan"], ["Claire Dubois", "Julien Petit", "recrutement@ateliers-morvan.fr"]),
     "fr", FR_BLOGRECRUTEUR),
    # French: "vous rencontrerez" in prose.
    (event("Entretien d'embauche – Assistant(e) juridique",
           organizer=org("rh@cabinet-lefort.fr", "Cabinet Lefort RH"),
           guests=[ME_GUEST],
           description="Madame, Monsieur,\nLors de cet entretien vous rencontrerez Maître Agnès Lefort, "
                       "associée, ainsi que Karim Benali, office manager.\nCordialement,\nService RH",
           **at("2027-01-22", "14:30", 45, *PARIS)),
     yes(["Cabinet Lefort", "Lefort"], ["Agnès Lefort", "Karim Benali", "rh@cabinet-lefort.fr"]),
     "fr", FR_BLOGRECRUTEUR),
    # Portuguese (Brazil): "Entrevistadores:" list.
    (event("Entrevista – Analista de Logística – Transportes Rio Claro",
           organizer=org("vagas@transportesrioclaro.com.br", "Transportes Rio Claro Vagas"),
           guests=[ME_GUEST],
           description="Olá Pat,\nSua entrevista está confirmada.\nEntrevistadores: Marcelo Tavares "
                       "(Gerente de Operações) e Fernanda Lima (Analista de RH).\nLocal: Av. Brasil, 1200.",
           **at("2027-01-25", "10:00", 60, *SAO_PAULO)),
     yes(["Transportes Rio Claro", "Rio Claro", "Transportesrioclaro"],
         ["Fernanda Lima", "Marcelo Tavares", "vagas@transportesrioclaro.com.br"]), "pt", PT_APPOINTLET),
    # Portuguese (Portugal): "vai conversar com" in prose.
    (event("Entrevista de emprego – Rececionista – Hotel Douro Azul",
           organizer=org("recrutamento@hoteldouroazul.pt", "Hotel Douro Azul Recrutamento"),
           guests=[ME_GUEST],
           description="Bom dia,\nNa entrevista vai conversar com a Inês Carvalho, diretora de "
                       "alojamento. Traga o seu CV.\nObrigado,\nEquipa de Recrutamento",
           **at("2027-01-26", "11:00", 30, *LISBON)),
     yes(["Hotel Douro Azul", "Douro Azul", "Hoteldouroazul"],
         ["Inês Carvalho", "recrutamento@hoteldouroazul.pt"]), "pt", PT_CABSEO),
    # Dutch: "Je spreekt met" and a role line.
    (event("Sollicitatiegesprek – Medewerker klantenservice – Groene Haven Energie",
           organizer=org("werkenbij@groenehavenenergie.nl", "Groene Haven Energie – Werken bij"),
           guests=[ME_GUEST],
           description="Beste Pat,\nJe spreekt met Femke de Jong (teamleider klantenservice) en "
                       "Ruben Bakker (recruiter).\nMet vriendelijke groet,\nGroene Haven Energie",
           **at("2027-01-27", "13:00", 45, *AMSTERDAM)),
     yes(["Groene Haven Energie", "Groene Haven", "Groenehavenenergie"],
         ["Femke de Jong", "Ruben Bakker", "werkenbij@groenehavenenergie.nl"]), "nl", NL_VANDAM),
    # Polish: "Rozmowę przeprowadzą:" list.
    (event("Rozmowa kwalifikacyjna – Księgowa – Biuro Rachunkowe Wisła",
           organizer=org("rekrutacja@brwisla.pl", "Biuro Rachunkowe Wisła – Rekrutacja"),
           guests=[ME_GUEST],
           description="Dzień dobry,\nRozmowę przeprowadzą: Anna Kowalska (główna księgowa) oraz "
                       "Piotr Nowak (właściciel).\nProsimy o zabranie dokumentów.",
           **at("2027-01-28", "10:00", 60, *WARSAW)),
     yes(["Biuro Rachunkowe Wisła", "Wisła", "Brwisla"],
         ["Anna Kowalska", "Piotr Nowak", "rekrutacja@brwisla.pl"]), "pl", PL_MEETPRO),
    # Polish: "spotkasz się z" in prose with a lower-case job before the name.
    (event("Spotkanie rekrutacyjne – Magazynier – Trans-Pol Logistyka",
           organizer=org("hr@transpol-logistyka.pl", "Trans-Pol Logistyka HR"),
           guests=[ME_GUEST],
           description="Cześć Pat,\nna miejscu spotkasz się z kierownikiem magazynu Tomaszem Zielińskim. "
                       "Pozdrawiamy, dział HR",
           **at("2027-01-29", "08:00", 30, *WARSAW)),
     yes(["Trans-Pol Logistyka", "Trans-Pol", "Transpol-Logistyka"],
         ["Tomasz Zieliński", "hr@transpol-logistyka.pl"]), "pl", PL_MEETPRO),
    # Japanese: 面接官 label with job before the name.
    (event("【株式会社ミドリ精工】一次面接のご案内",
           organizer=org("saiyo@midori-seiko.co.jp", "ミドリ精工 採用担当"),
           guests=[ME_GUEST],
           description="Pat Lee 様\n一次面接の日程が確定しました。\n面接官：製造部長 山田 太郎、人事課 佐藤 花子\n"
                       "当日は受付にてお名前をお伝えください。",
           **at("2027-02-01", "10:00", 60, *TOKYO)),
     yes(["株式会社ミドリ精工", "ミドリ精工", "Midori Seiko", "Midori-Seiko"],
         ["saiyo@midori-seiko.co.jp", "佐藤 花子", "山田 太郎"]), "ja", JA_ROBERTWALTERS),
    # Spanish: "Entrevistadores:" and a role line with a dash.
    (event("Entrevista de panel – Técnico de Laboratorio – Laboratorios Albar",
           organizer=org("seleccion@laboratoriosalbar.es", "Laboratorios Albar Selección"),
           guests=[ME_GUEST],
           description="Hola Pat:\nEntrevistadores:\n- Lucía Romero – Directora de Calidad\n"
                       "- Javier Ortega – Jefe de Laboratorio\n- Marta Gil – Técnica de Selección\n"
                       "Un saludo.",
           **at("2027-02-02", "10:00", 60, *MADRID)),
     yes(["Laboratorios Albar", "Albar", "Laboratoriosalbar"],
         ["Javier Ortega", "Lucía Romero", "Marta Gil", "seleccion@laboratoriosalbar.es"]), "es", ES_FIATC),
    # Spanish: "te reunirás con" in prose.
    (event("Entrevista – Dependiente/a – Zapaterías Ríos",
           organizer=org("empleo@zapateriasrios.es", "Zapaterías Ríos Empleo"),
           guests=[ME_GUEST],
           description="Hola Pat, te reunirás con Andrés Molina, encargado de tienda, en la tienda de "
                       "la calle Mayor. Gracias.",
           **at("2027-02-03", "17:00", 30, *MADRID)),
     yes(["Zapaterías Ríos", "Zapateriasrios"], ["Andrés Molina", "empleo@zapateriasrios.es"]),
     "es", ES_FIATC),
    # Danish: "Til samtalen deltager" with role lines.
    (event("Jobsamtale – Sygeplejerske – Privathospitalet Skovly",
           organizer=org("job@skovly-hospital.dk", "Privathospitalet Skovly Job"),
           guests=[ME_GUEST],
           description="Kære Pat\nTil samtalen deltager oversygeplejerske Mette Hansen og "
                       "tillidsrepræsentant Lars Nielsen.\nVenlig hilsen\nHR",
           **at("2027-02-04", "13:00", 45, *COPENHAGEN)),
     yes(["Privathospitalet Skovly", "Skovly", "Skovly-Hospital"],
         ["Lars Nielsen", "Mette Hansen", "job@skovly-hospital.dk"]), "da", DA_FTFA),
    # Danish: "Du skal tale med" in prose.
    (event("Samtale – Lagerarbejder – Fynske Fragt",
           organizer=org("rekruttering@fynskefragt.dk", "Fynske Fragt Rekruttering"),
           guests=[ME_GUEST],
           description="Hej Pat, du skal tale med Jesper Madsen, lagerchef. Mød op ved porten.",
           **at("2027-02-05", "07:30", 30, *COPENHAGEN)),
     yes(["Fynske Fragt", "Fynskefragt"], ["Jesper Madsen", "rekruttering@fynskefragt.dk"]),
     "da", DA_FTFA),
    # Chinese: 面试官 label with two people and an HR contact line.
    (event("面试邀请：青禾科技 前端开发工程师",
           organizer=org("zhaopin@qinghetech.cn", "青禾科技 招聘"),
           guests=[ME_GUEST],
           description="Pat Lee 您好：\n面试官：技术总监李强、产品经理陈静\n联系人：人事部 刘洋\n请准时参加。",
           **at("2027-02-08", "14:00", 60, *SHANGHAI)),
     yes(["青禾科技", "Qinghe Tech", "Qinghetech"], ["zhaopin@qinghetech.cn", "刘洋", "李强", "陈静"]),
     "zh", ZH_HRLOO),
    # Chinese: the interviewer with a surname and title only (王经理) under a label.
    (event("复试通知 – 华东物流 仓储主管",
           organizer=org("hr@huadong-logistics.cn", "华东物流 人事部"),
           guests=[ME_GUEST],
           description="您好，复试安排如下：\n复试官：运营总监 周伟\n地点：公司三楼会议室",
           **at("2027-02-09", "09:30", 45, *SHANGHAI)),
     yes(["华东物流", "Huadong Logistics", "Huadong-Logistics"], ["hr@huadong-logistics.cn", "周伟"]),
     "zh", ZH_HRLOO),
    # Company from a joined domain: the organiser is a person; the title spells the name.
    (event("Interview – Field Technician – Silverline Pest Control",
           organizer=org("dave.murray@silverlinepestcontrol.com", "Dave Murray"),
           guests=[ME_GUEST, guest("dave.murray@silverlinepestcontrol.com", "Dave Murray")],
           description="Looking forward to meeting you at our depot. – Dave",
           **at("2027-02-10", "08:30", 30, *NEW_YORK)),
     yes(["Silverline Pest Control", "Silverline", "Silverlinepestcontrol"],
         ["dave.murray@silverlinepestcontrol.com"]), "en", EN_MIGHTY),
    # Company from a domain cut short: the body spells the full name.
    (event("Phone screen – Customer Support Specialist",
           organizer=org("hiring@redwoodcu.org", "Hiring Team"),
           guests=[ME_GUEST, guest("k.tan@redwoodcu.org", "Kevin Tan")],
           description="Thank you for applying to Redwood Community Credit Union. Kevin Tan from our "
                       "Member Services team will call you.",
           **at("2027-02-11", "12:00", 20, *NEW_YORK)),
     yes(["Redwood Community Credit Union", "Redwood", "Redwoodcu"],
         ["hiring@redwoodcu.org", "k.tan@redwoodcu.org"]), "en", EN_EDARABIA),
    # Company from a hyphenated domain, the body writing the name in two words.
    (event("Sollicitatie – Planner – gesprek",
           organizer=org("p.visser@van-dijk-bouw.nl", "Pieter Visser"),
           guests=[ME_GUEST, guest("p.visser@van-dijk-bouw.nl", "Pieter Visser")],
           description="Beste Pat, welkom bij Van Dijk Bouw. We spreken af op ons kantoor in Zwolle.",
           **at("2027-02-12", "10:00", 60, *AMSTERDAM)),
     yes(["Van Dijk Bouw", "Van Dijk", "Van-Dijk-Bouw"], ["p.visser@van-dijk-bouw.nl"]), "nl", NL_VANDAM),
    # Portuguese: company name joined in the domain, the title writes it apart; a signature.
    (event("Entrevista online – Designer Gráfico – Estúdio Maré Alta",
           organizer=org("contato@estudiomarealta.com.br", "Estúdio Maré Alta"),
           guests=[ME_GUEST],
           description="Oi Pat! A entrevista será com a nossa diretora de arte.\nAbraços,\n"
                       "Juliana Reis\nDiretora de Arte – Estúdio Maré Alta",
           **at("2027-02-15", "15:00", 45, *SAO_PAULO)),
     yes(["Estúdio Maré Alta", "Maré Alta", "Estudiomarealta"],
         ["Juliana Reis", "contato@estudiomarealta.com.br"]), "pt", PT_APPOINTLET),
    # English: a forwarded invite with two interviewers on the original's guest line.
    (event("Fwd: Interview – Data Engineer – Kestrel Grid",
           organizer=SELF,
           guests=[ME_GUEST],
           description="---------- Forwarded message ---------\nFrom: Talent Team <talent@kestrelgrid.com>\n"
                       "Subject: Interview – Data Engineer\nYour interview is with Aisha Rahman "
                       "(Staff Engineer) and Ben Cole (Engineering Manager).",
           **at("2027-02-16", "10:00", 60, *LONDON)),
     yes(["Kestrel Grid", "Kestrelgrid"], ["Aisha Rahman", "Ben Cole", "talent@kestrelgrid.com"]),
     "en", EN_GETMOCK),
]
