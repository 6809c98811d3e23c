"""A check set for company and people extraction, written in round 12 (issue #15).

Written *before* round 12's extraction rules changed and labelled by hand before the detector
ran on them, aimed at the kinds of miss the tuning set still holds (docs/detection.md, "Round
11's misses", and the tuning run at the start of round 12) in wording of its own: public
employers whose domain glues or abbreviates their name (a shire, town, borough or district
council, a German "Stadt", a French "Ville de", a Spanish "Ayuntamiento", a Dutch "Gemeente", a
Brazilian "Prefeitura", a Japanese 市役所, a Korean 구청, a school district) while the
organiser's label or the text spells it out; recruitment portals, video-interview tools and
managed-service (MSP/VMS) programmes that send the invitation for a client named in the title or
the text; agencies and consultancies inviting to their client ("Kunde", "client", "cliente",
"cliente final"); interview panels, committees, juries and "tribunales" named only in the
description, with courtesy titles ("Cllr", "Frau Dr.", "Mme", "D.ª", "Sra.") or job titles
before or after the names; an interviewer named in the title behind a job title
("Oberbürgermeisterin", "la gerente", "Head Chef"); Japanese and Korean interviewers written with
their department and rank; display names written "Last, First"; a meeting room invited without
the resource flag. Each case cites the public page its wording or process was paraphrased from
(found with the project's search tool; no URL or host is cited by an earlier file in tests/data,
checked with a grep before use). Labels follow ``real_cases_b10.py``'s docstring and
docs/detection.md ("Who to thank"): interviewers and the hiring side's recruiter, coordinator or
team mailbox are thanked; people the text names without an address are listed by name, without
courtesy or job titles; someone both named and invited by address is listed once, by address;
no-reply, notification, tool and room mailboxes are not thanked; an agency's consultant is
thanked with the client's interviewers and the company is the client. Names, companies and
addresses are invented.
"""

from __future__ import annotations

from detect_cases import ME, SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool; none cited by an earlier file).
EN_YARRIAMBIACK = "https://www.yarriambiack.vic.gov.au/Engage-With-Us/Jobs/Recruitment-and-Selection"
EN_TOWNCOUNCILLOR = ("https://towncouncillor.com/19889/councillors-decide-members-interivew-outside-"
                     "convened-meeting?show=19893")
EN_XPERTHR = ("http://www.xperthr.co.uk/employment-law-manual/recruitment-interviewing-local-"
              "authority/38529/")
EN_SOMERSET = "http://democracy.somerset.gov.uk/ieListMeetings.aspx?CId=872&Year=0"
EN_STAFFINGSTREAM = ("https://www.thestaffingstream.com/2016/03/21/rethinking-vendor-partnerships-"
                     "msps-without-attitude/")
EN_HROTODAY = "https://www.hrotoday.com/news/talent-acquisition/harmonic-convergence/"
EN_SMARTCV = ("https://help.smartcv.co/manage-candidates/candidate-view/invite-candidate-to-a-"
              "video-interview")
EN_NTRVSTA = "https://docs.ntrvsta.com/docs/templates/inviting-candidates"
DE_EISENACH = ("http://www.eisenachonline.de/kommunales/17-bewerbungen-fuer-stelle-des-"
               "buergermeisters-in-eisenach-69335")
FR_ADEQUALIS = "http://www.adequalis.fr/adequalis/entretien-recrutement-chasse-tete/"
FR_FOCUS = "https://focus-emploi.com/1220707/exemple-d-un-entretien-d-embauche-reussi/amp"
FR_JEUNEAFRIQUE = ("http://www.jeuneafrique.com/emploi-formation/529945/entretien-dembauche-"
                   "comment-se-deroule-t-il-en-cabinet/")
FR_MAUDLEBLAYE = "https://maudleblaye.fr/entretien.html"
ES_MONTERO = "http://monterosevilla.blogspot.com/2010/10/que-es-una-entrevista.html"
ES_MEGABOLSA = ("https://megabolsa.com/2015/08/07/cinco-preguntas-que-le-haran-en-una-entrevista-"
                "de-trabajo")
NL_FRYSKEMARREN = "https://www.defryskemarren.nl/werkenbij/faq_45222/"
PT_GPG = "https://gpgconcursos.com.br/como-funciona-o-concurso-publico-da-prefeitura/"
PT_COLEVER = "https://colever.beewton.com/cest-quoi-un-cabinet-de-recrutement/"
JA_ROSHINANTE = ("https://roshinante.work/entry/2022/03/10/%e3%80%90%e4%bd%93%e9%a8%93%e8%ab%87%e3"
                 "%80%91%e7%a7%81%e3%81%8c%e5%8f%97%e9%a8%93%e3%81%97%e3%81%9f%e4%b8%ad%e6%a0%b8%e5"
                 "%b8%82%e5%bd%b9%e6%89%80%e3%81%ae%e4%b8%80%e6%ac%a1%e9%9d%a2%e6%8e%a5/?amp=1")
JA_SHUKATSU = "https://shukatsu-venture.com/article/608536"
KO_OPENCLOSET = "https://story.theopencloset.net/letters/d/10081"

MELBOURNE = ("+11:00", "Australia/Melbourne")
LONDON = ("+00:00", "Europe/London")
NEW_YORK = ("-05:00", "America/New_York")
CHICAGO = ("-06:00", "America/Chicago")
BERLIN = ("+01:00", "Europe/Berlin")
PARIS = ("+01:00", "Europe/Paris")
MADRID = ("+01:00", "Europe/Madrid")
AMSTERDAM = ("+01:00", "Europe/Amsterdam")
SAO_PAULO = ("-03:00", "America/Sao_Paulo")
TOKYO = ("+09:00", "Asia/Tokyo")
SEOUL = ("+09:00", "Asia/Seoul")
ME_GUEST = guest(ME, "Pat Lee", self=True)
TEAMS = ("\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3a"
         "meeting_Q2FsbA@thread.v2/0")
MEET = "\n\nJoin with Google Meet: https://meet.google.com/vxe-pqow-hrt"

TUNE12_CHECK_X: list[Case] = [
    # ------------------------------------------------ public employers: the domain glues the name
    # a shire council's recruitment portal sends the slot; the council's name is only in the text,
    # its people are guests on a domain that glues the words
    (event("Interview – Parks Maintenance Officer",
           organizer=org("notifications@portal.peoplehq.example.com", "Recruitment Portal"),
           guests=[ME_GUEST, guest("j.nolan@eastmoorvalley.vic.gov.au", "Jess Nolan"),
                   guest("people@eastmoorvalley.vic.gov.au", "People and Culture")],
           description="Thank you for applying for the Parks Maintenance Officer role with "
                       "Eastmoor Valley Shire Council. Your selection panel: Jess Nolan "
                       "(Coordinator Parks), Raj Pillai (Team Leader Open Space) and a People and "
                       "Culture representative.",
           location="Eastmoor Valley Shire Council, 34 Lyle St, Warracknabeal VIC",
           **at("2027-03-02", "10:00", 45, *MELBOURNE)),
     yes(["Eastmoor Valley Shire Council", "Eastmoor Valley Shire", "Eastmoor Valley",
          "Eastmoorvalley"],
         ["j.nolan@eastmoorvalley.vic.gov.au", "people@eastmoorvalley.vic.gov.au", "Raj Pillai"]),
     "en", EN_YARRIAMBIACK),
    # a town council's clerk organises from a hyphenated abbreviation; three councillors interview
    (event("Interview – Locum Town Clerk",
           organizer=org("clerk@littleashby-tc.gov.uk", "Little Ashby Town Council"),
           guests=[ME_GUEST],
           description="The interview panel will be Cllr Mary Hobbs (Chair), Cllr Tom Reeve and "
                       "Cllr Asha Patel. Venue: Council Chamber, Little Ashby Town Hall.",
           **at("2027-03-03", "18:30", 45, *LONDON)),
     yes(["Little Ashby Town Council", "Little Ashby", "Littleashby-Tc", "Littleashby"],
         ["clerk@littleashby-tc.gov.uk", "Mary Hobbs", "Tom Reeve", "Asha Patel"]),
     "en", EN_TOWNCOUNCILLOR),
    # a borough council's HR mailbox with an initialism domain; the name is in the description
    (event("Interview – Environmental Health Officer (ref NBC-2231)",
           organizer=org("hr.recruitment@northcombebc.gov.uk", "HR Recruitment"),
           guests=[ME_GUEST],
           description="Northcombe Borough Council – Appointments.\nThe panel will be Ms Rachel "
                       "Dunmore, Head of Regulatory Services, and Cllr Peter Amis.",
           **at("2027-03-04", "14:00", 60, *LONDON)),
     yes(["Northcombe Borough Council", "Northcombe Borough", "Northcombe", "Northcombebc"],
         ["hr.recruitment@northcombebc.gov.uk", "Rachel Dunmore", "Peter Amis"]), "en", EN_XPERTHR),
    # a district council's appointments committee; members named in the text
    (event("Appointments Committee – interview for Director of Place",
           organizer=org("democratic.services@wessexvale.gov.uk", "Democratic Services"),
           guests=[ME_GUEST],
           description="Members: Cllr Helen Ashby (Leader of the Council), Cllr Rob Quarry, Cllr "
                       "Dee Mahon.\nWessex Vale District Council, Committee Room 2.",
           **at("2027-03-05", "10:00", 75, *LONDON)),
     yes(["Wessex Vale District Council", "Wessex Vale", "Wessexvale"],
         ["democratic.services@wessexvale.gov.uk", "Helen Ashby", "Rob Quarry", "Dee Mahon"]),
     "en", EN_SOMERSET),
    # a school district with an initialism domain; the panel named with their posts first
    (event("Interview – 3rd Grade Teacher – Pine Hollow Elementary",
           organizer=org("hr@phusd.example.org", "Pine Hollow Unified School District HR"),
           guests=[ME_GUEST],
           description="Panel: Principal Dana Reyes, Assistant Principal Luis Ortega, and a "
                       "grade-level teacher.",
           **at("2027-03-08", "15:30", 40, *CHICAGO)),
     yes(["Pine Hollow Unified School District", "Pine Hollow Elementary", "Pine Hollow USD",
          "Pine Hollow", "Phusd"],
         ["hr@phusd.example.org", "Dana Reyes", "Luis Ortega"]), "en", EN_YARRIAMBIACK),
    # German: a town's personnel office on a hyphenated domain; the commission in the text
    (event("Vorstellungsgespräch – Sachbearbeitung Bauordnung",
           organizer=org("personal@stadt-bad-waldheim.de", "Stadtverwaltung Bad Waldheim – Personalamt"),
           guests=[ME_GUEST],
           description="Auswahlkommission: Frau Dr. Carola Brandt (Fachbereichsleiterin) und Herr "
                       "Jens Ober (Personalrat).\nBitte bringen Sie Ihre Zeugnisse im Original mit.",
           location="Rathaus Bad Waldheim, Marktplatz 1, Zimmer 204",
           **at("2027-03-09", "09:00", 45, *BERLIN)),
     yes(["Stadt Bad Waldheim", "Stadtverwaltung Bad Waldheim", "Bad Waldheim", "Stadt-Bad-Waldheim"],
         ["personal@stadt-bad-waldheim.de", "Carola Brandt", "Jens Ober"]), "de", DE_EISENACH),
    # German: the mayor interviews; her office organises, she is named in the title
    (event("Vorstellungsgespräch bei Oberbürgermeisterin Katrin Wolff – Amtsleitung Ordnungsamt",
           organizer=org("buero.ob@stadt-lindenau.de", "Büro der Oberbürgermeisterin"),
           guests=[ME_GUEST],
           description="Stadt Lindenau, Rathaus, 2. OG.",
           **at("2027-03-10", "11:00", 60, *BERLIN)),
     yes(["Stadt Lindenau", "Lindenau", "Stadt-Lindenau"], ["buero.ob@stadt-lindenau.de", "Katrin Wolff"]),
     "de", DE_EISENACH),
    # French: a town's HR on a long hyphenated domain; the jury named with Mme/M.
    (event("Entretien – Agent(e) d'accueil – jury de recrutement",
           organizer=org("recrutement@ville-saintaubin-les-pins.fr", "Ville de Saint-Aubin-les-Pins – RH"),
           guests=[ME_GUEST],
           description="Jury : Mme Odile Renard (DGS) et M. Karim Benali (adjoint au maire chargé "
                       "du personnel). Merci de vous présenter à l'accueil de la mairie.",
           **at("2027-03-11", "14:00", 40, *PARIS)),
     yes(["Ville de Saint-Aubin-les-Pins", "Mairie de Saint-Aubin-les-Pins", "Saint-Aubin-les-Pins",
          "Ville-Saintaubin-Les-Pins"],
         ["recrutement@ville-saintaubin-les-pins.fr", "Odile Renard", "Karim Benali"]),
     "fr", FR_JEUNEAFRIQUE),
    # Spanish: a town hall's abbreviated domain ("ayto"); the tribunal named with D./D.ª
    (event("Entrevista – Técnico/a de Juventud",
           organizer=org("rrhh@aytovillanuevadelrio.es", "Ayuntamiento de Villanueva del Río – RR. HH."),
           guests=[ME_GUEST],
           description="Tribunal: D.ª Pilar Maestre (secretaria) y D. Álvaro Ruiz (concejal de "
                       "Juventud). Traiga su DNI.",
           **at("2027-03-12", "10:30", 30, *MADRID)),
     yes(["Ayuntamiento de Villanueva del Río", "Villanueva del Río", "Villanueva del Rio",
          "Aytovillanuevadelrio"],
         ["rrhh@aytovillanuevadelrio.es", "Pilar Maestre", "Álvaro Ruiz"]), "es", ES_MONTERO),
    # Dutch: a municipality's recruiting mailbox glues "gemeente" and the name
    (event("Sollicitatiegesprek – Beleidsmedewerker Wonen",
           organizer=org("werving@gemeentedewaardsmeer.nl", "Gemeente De Waardsmeer – Werving"),
           guests=[ME_GUEST],
           description="Selectiecommissie: Eva Kuipers (teamleider) en Ruben Ait Said (adviseur "
                       "P&O), aangevuld met een lid van de sollicitatieraad.",
           location="Gemeentehuis De Waardsmeer, Raadhuisplein 1",
           **at("2027-03-15", "13:00", 60, *AMSTERDAM)),
     yes(["Gemeente De Waardsmeer", "De Waardsmeer", "Waardsmeer", "Gemeentedewaardsmeer"],
         ["werving@gemeentedewaardsmeer.nl", "Eva Kuipers", "Ruben Ait Said"]), "nl", NL_FRYSKEMARREN),
    # Portuguese: a city hall's abbreviated domain ("pm" = prefeitura municipal); the board named
    (event("Entrevista – Assistente Social (processo seletivo simplificado)",
           organizer=org("selecao@pmsantaritadooeste.example.gov.br", "Prefeitura de Santa Rita do Oeste"),
           guests=[ME_GUEST],
           description="Banca: Sra. Marta Lins (Secretária de Assistência Social) e Sr. Jonas Prado "
                       "(RH). Levar documento com foto.",
           **at("2027-03-16", "09:00", 30, *SAO_PAULO)),
     yes(["Prefeitura de Santa Rita do Oeste", "Prefeitura Municipal de Santa Rita do Oeste",
          "Santa Rita do Oeste", "Pmsantaritadooeste"],
         ["selecao@pmsantaritadooeste.example.gov.br", "Marta Lins", "Jonas Prado"]), "pt", PT_GPG),
    # Japanese: a city hall's personnel section; the interviewers with section and rank
    (event("【面接試験】職員採用（一般事務）― 北浜市役所",
           organizer=org("jinji@city.kitahama.example.jp", "北浜市 人事課"),
           guests=[ME_GUEST],
           description="面接官：人事課長 佐野 和也、人事課係長 今井 真理\n受験票を持参してください。",
           **at("2027-03-17", "13:30", 30, *TOKYO)),
     yes(["北浜市役所", "北浜市", "Kitahama"], ["jinji@city.kitahama.example.jp", "佐野 和也", "今井 真理"]),
     "ja", JA_ROSHINANTE),
    # Korean: a district office's fixed-term hire; the member of the board is named with his post
    (event("면접 – 서하구청 기간제 근로자(행정보조)", organizer=SELF,
           description="면접위원: 총무과장 이정민. 신분증 지참.",
           location="서하구청 별관 3층 회의실",
           **at("2027-03-18", "10:00", 20, *SEOUL)),
     yes(["서하구청", "서하구"], ["이정민"]), "ko", KO_OPENCLOSET),
    # ------------------------------------------------ platforms, MSPs and agencies vs the client
    # a vendor-management system's notification mailbox; the client is named in the text
    (event("Interview Scheduled – Req 60214 – Network Analyst (contract)",
           organizer=org("notifications@vms.workbridge.example.com", "WorkBridge VMS"),
           guests=[ME_GUEST, guest("l.mendes@keystoneitstaff.com", "Luis Mendes (Keystone IT Staffing)"),
                   guest("p.hale@orrincorp.com", "Priya Hale")],
           description="Hiring Manager: Priya Hale\nClient: Orrin Logistics Corp\nSupplier: Keystone "
                       "IT Staffing" + TEAMS,
           **at("2027-03-02", "13:00", 45, *CHICAGO)),
     yes(["Orrin Logistics Corp", "Orrin Logistics", "Orrin", "Orrincorp"],
         ["l.mendes@keystoneitstaff.com", "p.hale@orrincorp.com"]), "en", EN_STAFFINGSTREAM),
    # an MSP programme's no-reply portal; the client in brackets in the title
    (event("Client interview (Halvorsen Foods) – Contract Buyer",
           organizer=org("noreply@msp-portal.example.com", "MSP Program Office"),
           guests=[ME_GUEST, guest("r.tan@halvorsenfoods.com", "Rachel Tan")],
           description="Arranged through the managed service programme on behalf of the client.",
           **at("2027-03-03", "11:00", 30, *CHICAGO)),
     yes(["Halvorsen Foods", "Halvorsen", "Halvorsenfoods"], ["r.tan@halvorsenfoods.com"]),
     "en", EN_HROTODAY),
    # a one-way video tool: the employer is only named in the description
    (event("Video interview invitation: Member Services Teller",
           organizer=org("invites@smartinterview.example.io", "SmartInterview"),
           guests=[ME_GUEST],
           description="Pellham Credit Union has invited you to a recorded video interview. Answer "
                       "four questions before the deadline; each answer can be re-recorded once.",
           **at("2027-03-05", "09:00", 30, *NEW_YORK)),
     yes(["Pellham Credit Union", "Pellham"], []), "en", EN_SMARTCV),
    # an AI-interview tool's no-reply sender labelled "<employer> via <tool>"
    (event("AI screening interview – Data Analyst",
           organizer=org("no-reply@interviewbot.example.ai", "Fenwick Analytics via InterviewBot"),
           guests=[ME_GUEST],
           description="Open your unique link to start. The interview takes about 20 minutes.",
           **at("2027-03-08", "18:00", 20, *NEW_YORK)),
     yes(["Fenwick Analytics", "Fenwick"], []), "en", EN_NTRVSTA),
    # German: a placement agency's consultant invites to the client ("Kunde: …")
    (event("Interview beim Kunden – Key Account Manager (über Hansa Personal)",
           organizer=org("m.kurz@hansapersonal.de", "Miriam Kurz"),
           guests=[ME_GUEST, guest("t.reuter@nordkamp-werkzeuge.de", "Thomas Reuter")],
           description="Kunde: Nordkamp Werkzeuge GmbH, Standort Bremen. Gesprächspartner: Thomas "
                       "Reuter (Vertriebsleiter).",
           **at("2027-03-09", "14:00", 60, *BERLIN)),
     yes(["Nordkamp Werkzeuge GmbH", "Nordkamp Werkzeuge", "Nordkamp", "Nordkamp-Werkzeuge"],
         ["m.kurz@hansapersonal.de", "t.reuter@nordkamp-werkzeuge.de"]), "de", FR_ADEQUALIS),
    # French: a recruitment firm's consultant invites to the client's finance director
    (event("Entretien client – Contrôleur de gestion (mission Arbalète RH)",
           organizer=org("c.morel@arbalete-rh.fr", "Claire Morel – Arbalète RH"),
           guests=[ME_GUEST, guest("s.vidal@groupe-terranor.fr", "Sophie Vidal")],
           description="Rencontre avec Sophie Vidal, DAF du Groupe Terranor, notre client.",
           **at("2027-03-10", "10:00", 60, *PARIS)),
     yes(["Groupe Terranor", "Terranor", "Groupe-Terranor"],
         ["c.morel@arbalete-rh.fr", "s.vidal@groupe-terranor.fr"]), "fr", FR_FOCUS),
    # Spanish: a consultancy invites to the final client; a role mailbox of the client is a guest
    (event("Entrevista con cliente final – Jefe/a de Planta (vía Talento Sur Consultores)",
           organizer=org("b.navas@talentosur.es", "Beatriz Navas"),
           guests=[ME_GUEST, guest("direccion.planta@conservasdelcabo.es", "Dirección de Planta")],
           description="Cliente: Conservas del Cabo S.L. La entrevista es con el director de planta.",
           **at("2027-03-11", "12:00", 60, *MADRID)),
     yes(["Conservas del Cabo S.L.", "Conservas del Cabo", "Conservasdelcabo"],
         ["b.navas@talentosur.es", "direccion.planta@conservasdelcabo.es"]), "es", ES_MEGABOLSA),
    # Portuguese: a recruitment consultancy invites to the client's purchasing manager
    (event("Entrevista no cliente – Analista de Compras (Alfa Talentos)",
           organizer=org("r.costa@alfatalentos.com.br", "Renata Costa | Alfa Talentos"),
           guests=[ME_GUEST, guest("h.moura@metalurgicaipiranga.com.br", "Heitor Moura")],
           description="Cliente: Metalúrgica Ipiranga. Entrevistador: Heitor Moura (gerente de "
                       "suprimentos)." + MEET,
           **at("2027-03-12", "15:00", 45, *SAO_PAULO)),
     yes(["Metalúrgica Ipiranga", "Metalurgica Ipiranga", "Ipiranga", "Metalurgicaipiranga"],
         ["r.costa@alfatalentos.com.br", "h.moura@metalurgicaipiranga.com.br"]), "pt", PT_COLEVER),
    # ------------------------------------------------ names in the title or the text
    # English: the head chef named in the title behind his post; the user's own entry
    (event("Interview w/ Head Chef Marco Bellini – Line Cook – Osteria Lume", organizer=SELF,
           location="Osteria Lume, 88 Canal St, New York, NY",
           **at("2027-03-15", "15:00", 30, *NEW_YORK)),
     yes(["Osteria Lume", "Lume"], ["Marco Bellini"]), "en", FR_MAUDLEBLAYE),
    # French: the director named in the title with "Mme" and her post after a comma
    (event("Entretien avec Mme Lucie Garnier, directrice – Crèche Les Petits Pas", organizer=SELF,
           location="Crèche Les Petits Pas, 12 rue des Lilas, Nantes",
           **at("2027-03-16", "09:30", 45, *PARIS)),
     yes(["Crèche Les Petits Pas", "Les Petits Pas"], ["Lucie Garnier"]), "fr", FR_MAUDLEBLAYE),
    # Spanish: the manager named in the title after "la gerente"
    (event("Entrevista con la gerente Rocío Valdés – Hotel Albahaca", organizer=SELF,
           location="Hotel Albahaca, Calle Betis 20, Sevilla",
           **at("2027-03-17", "17:00", 30, *MADRID)),
     yes(["Hotel Albahaca", "Albahaca"], ["Rocío Valdés"]), "es", ES_MONTERO),
    # Dutch: the owner named in the text with a particle; the company's mailbox organises
    (event("Tweede gesprek – Hoveniersbedrijf Van der Meulen",
           organizer=org("info@vdmeulenhoveniers.nl", "Hoveniersbedrijf Van der Meulen"),
           guests=[ME_GUEST],
           description="Je spreekt met Gert van der Meulen (eigenaar). Trek werkschoenen aan, we "
                       "lopen ook even over een project.",
           **at("2027-03-18", "08:30", 60, *AMSTERDAM)),
     yes(["Hoveniersbedrijf Van der Meulen", "Van der Meulen", "Vdmeulenhoveniers"],
         ["info@vdmeulenhoveniers.nl", "Gert van der Meulen"]), "nl", NL_FRYSKEMARREN),
    # Japanese: a company with a hyphenated romanised domain; the interviewer with department
    (event("二次面接のご案内（株式会社ミドリ精機）",
           organizer=org("saiyo@midori-seiki.co.jp", "ミドリ精機 採用担当"),
           guests=[ME_GUEST],
           description="面接官：製造部 部長 大野 修\n当日は履歴書をご持参ください。",
           **at("2027-03-19", "10:00", 60, *TOKYO)),
     yes(["株式会社ミドリ精機", "ミドリ精機", "Midori-Seiki", "Midori Seiki"],
         ["saiyo@midori-seiki.co.jp", "大野 修"]), "ja", JA_SHUKATSU),
    # Korean: interviewers with team and post after the name
    (event("[한빛물류] 2차 면접 안내",
           organizer=org("recruit@hanbitlogis.co.kr", "한빛물류 인사팀"),
           guests=[ME_GUEST],
           description="면접관: 물류운영팀 박지훈 팀장, 인사팀 김소연 매니저\n신분증을 지참해 주세요.",
           **at("2027-03-22", "14:00", 60, *SEOUL)),
     yes(["한빛물류", "Hanbitlogis"], ["recruit@hanbitlogis.co.kr", "박지훈", "김소연"]), "ko", KO_OPENCLOSET),
    # ------------------------------------------------ display names and rooms
    # a guest's display name written "Last, First"; the company's spaced name in the label
    (event("Interview – Branch Operations Lead",
           organizer=org("ta@cobaltbridgebank.com", "Cobalt Bridge Bank Talent Acquisition"),
           guests=[ME_GUEST, guest("thao.nguyen@cobaltbridgebank.com", "Nguyen, Thao")],
           description="You'll meet Thao Nguyen, Regional Operations Manager.",
           **at("2027-03-23", "11:00", 45, *CHICAGO)),
     yes(["Cobalt Bridge Bank", "Cobalt Bridge", "Cobaltbridgebank"],
         ["ta@cobaltbridgebank.com", "thao.nguyen@cobaltbridgebank.com"]), "en", EN_XPERTHR),
    # a meeting room invited by an ordinary address, without the resource flag
    (event("Final Interview – Marine Surveyor – Kestrel Marine",
           organizer=org("recruiting@kestrelmarine.com", "Kestrel Marine Recruiting"),
           guests=[ME_GUEST, guest("a.lindqvist@kestrelmarine.com", "Anders Lindqvist"),
                   guest("conf-harbourview@kestrelmarine.com", "Conf Room – Harbour View (8)")],
           **at("2027-03-24", "10:00", 60, *NEW_YORK)),
     yes(["Kestrel Marine", "Kestrel", "Kestrelmarine"],
         ["recruiting@kestrelmarine.com", "a.lindqvist@kestrelmarine.com"]), "en", EN_XPERTHR),
    # a practice whose domain glues the name; the front-desk mailbox organises, the dentist invited
    (event("Working interview – Dental Assistant",
           organizer=org("frontdesk@blueherondental.com", "Blue Heron Dental"),
           guests=[ME_GUEST, guest("cokafor@blueherondental.com", "Okafor, Chidi")],
           description="Scrubs provided. Dr. Okafor will work with you chairside for the morning.",
           **at("2027-03-25", "08:00", 180, *CHICAGO)),
     yes(["Blue Heron Dental", "Blue Heron", "Blueherondental"],
         ["frontdesk@blueherondental.com", "cokafor@blueherondental.com"]), "en", EN_SMARTCV),
    # ------------------------------------------------ not interviews
    # a council's public committee meeting with councillors named
    (event("Planning Committee – public meeting", organizer=SELF,
           description="Harrowgate Borough Council. Members: Cllr Ann Ives (Chair), Cllr Bo Grant.",
           location="Council Chamber, Harrowgate Civic Centre",
           **at("2027-03-09", "19:00", 120, *LONDON)),
     None, "en", EN_SOMERSET),
    # a vendor-management system's timesheet reminder on the same req
    (event("Timesheet approval due – Req 60214",
           organizer=org("notifications@vms.workbridge.example.com", "WorkBridge VMS"),
           guests=[ME_GUEST],
           description="Please submit your hours for the week ending Friday.",
           **at("2027-04-02", "09:00", 15, *CHICAGO)),
     None, "en", EN_STAFFINGSTREAM),
    # Japanese: a civil-service exam prep school's interview seminar (a class, not an interview)
    (event("市役所面接対策セミナー（模擬面接あり）", organizer=SELF,
           description="公務員予備校 主催。講師：元人事課長",
           **at("2027-03-06", "13:00", 120, *TOKYO)),
     None, "ja", JA_ROSHINANTE),
]
