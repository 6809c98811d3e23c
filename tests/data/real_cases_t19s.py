"""A check set for whose process it is and whether a step hires anyone (issue #15, round 19).

Written and labelled by hand in round 19, before the code ran on it and before the side rules
changed; scored once on round 19's starting code (r19start), then after the change
(docs/detection.md, "Round 19: the user inside someone else's process"). Tuning data from the
start (round "tune-19-check-s").

Aimed at classes, not at cases: (a) the user's own role inside someone else's selection: a
role-player or actor playing the customer, an assessor or observer, a jury, tribunal, board or
commission member, an examiner, a marker, a question writer, a volunteer mock interviewer
("Rollenspieler", "Beobachter", "membre du jury", "vocal del tribunal", "componente della
commissione", "banca examinadora", "sollicitatiecommissie", "面接官"); (b) steps that hire
nobody: a competitive exam's oral that only puts winners on an eligibility list, a licence's or
a professional registration's interview, a security vetting of a person already chosen, an
admission; (c) preparation around a step: a practice drive of the route, downloading an
e-call letter, mock interviews, coaching. On the other side, true hiring steps carrying the same
words: an assessment centre whose role-play the candidate does, an oral board or a recruitment
commission that is the hiring step, a job interview for a post that needs vetting or a licence,
an interview with a "banca" or a "commissie" as the candidate, a laureate's interview with the
employer after the list.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to (interviewers and the hiring side's recruiter or team mailbox with an address; no-reply
and tool mailboxes are not thanked). Decisions where earlier files were silent:
- a competitive exam whose oral ends in an eligibility list from which employers then recruit
  (the French territorial "liste d'aptitude") hires nobody at that step: no (as in
  ``real_cases_b18_intl.py``); an oral board run by the employer that ranks its own applicants
  for its own vacancies is a hiring step: yes;
- a security-vetting interview of a person the employer has already chosen is no; a job
  interview for a post that will need vetting is yes;
- a professional registration's or a licence's interview is no, whatever it calls itself.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
LA = ("-08:00", "America/Los_Angeles")
VAN = ("-08:00", "America/Vancouver")
LON = ("+00:00", "Europe/London")
PAR = ("+01:00", "Europe/Paris")
BER = ("+01:00", "Europe/Berlin")
MAD = ("+01:00", "Europe/Madrid")
ROM = ("+01:00", "Europe/Rome")
AMS = ("+01:00", "Europe/Amsterdam")
STO = ("+01:00", "Europe/Stockholm")
SAO = ("-03:00", "America/Sao_Paulo")
SEO = ("+09:00", "Asia/Seoul")
TYO = ("+09:00", "Asia/Tokyo")
DEL = ("+05:30", "Asia/Kolkata")
MEL = ("+11:00", "Australia/Melbourne")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
ASSESSMENTDAY = "https://www.assessmentday.co.uk/assessmentcentre/role-play-exercise.html"
GRADFIRST = "https://www.graduatesfirst.com/assessment-day-2/role-play-exercises"
OBERMANN = "https://obermann-consulting.de/hohe-diagnostische-qualitaet-durch-professionelle-rollenspieler/"
SCHIFFMANN = "https://www.berndschiffmann.de/?p=1105"
BEWERBUNGEN = "https://www.bewerbungen.de/bewerbungsgespraech/assessment-center/rollenspiele-im-assessment-center/"
CDG34 = "https://cdg34.fr/etre-agent/concours-et-examens-professionnels/role-des-intervenants-concours"
WEKA = ("https://www.weka.fr/actualite/fonction-publique/article/lentretien-de-recrutement-veritable-enjeu-"
        "pour-integrer-la-fonction-publique-territoriale-19674/")
ACLILLE = "https://www1.ac-lille.fr/conseils-aux-candidats-au-recrutement-par-la-voie-contractuelle-124187"
MEDUELEN = "https://meduelenloscodos.wixsite.com/mdlc/post/mi-experiencia-como-miembro-del-tribunal"
OPOSITOR = "https://www.opositor.com/tribunal-oposiciones/41515"
LASOPOS = "https://lasoposiciones.net/?p=4134"
ILPERSONALE = "https://www.ilpersonale.it/la-nomina-della-commissione-di-concorso-e-la-giurisprudenza-in-materia.html"
COSENZA = "https://www.comune.cosenza.it/archivio10_notizie-e-comunicati_100_9986_12_4.html"
UNIUD = ("https://www.uniud.it/it/ateneo-uniud/concorsi-bandi-uniud/concorsi/futuro-personale-dirigente-ta/"
         "assunzioni-personale-tempo-indeterminato")
CONCURSORIA = "https://concursoria.com.br/glossario/o-que-e-banca-examinadora-em-concursos"
DEFINIEER = "https://definieer.nl/definitie-sollicitatiecommissie/"
VTW = "https://www.vtw.nl/publicaties/handreiking/werving-selectie-en-her-benoeming-lid-rvc/selectieproces/"
SRINTEL = "https://srintelligence.se/vad-ar-en-sakerhetsprovningsintervju/"
VASTERAS = "https://vasterasjobb.se/sakerhetsprovning-da-kan-du-granskas-av-sapo/"
KCNFDC = "https://kcnfdc.com/practice-areas/security-clearances/interview-with-the-investigator/"
BVA = "https://karriere.bva.bund.de/Webs/Karriere/DE/Bewerbung/Hinweise/Sicherheit/sicherheit_node.html"
AUSWAERTIG = "https://preview.auswaertiges-amt.de/blueprint/servlet/de/karriere/stellenanzeigen/2620708-2620708"
EGBC = "https://www.egbc.ca/Become-a-Member/Interviews"
CIBSE = ("https://cibse.org/membership-registration/professional-registration/already-hold-acibse-mcibse/"
         "technical-report-route/technical-report-interview")
RARAHOUSE = "https://rarahouse.tistory.com/entry/2024%EB%85%84-%EA%B8%B0%EC%88%A0%EC%82%AC"
CHARLES511 = "https://charles511.tistory.com/21"
GOVTNAUKRI = "https://www.govtnaukri365.com/guides/how-to-download-admit-card"
LATROBE = "https://employabilityhub.latrobe.edu.au/resources/careermodules/module3/unit1/unit01_08.html"
PROALT = "https://www.proalt.com/your-interview-commute-plan-ahead-to-avoid-delays-2/"
UWRF = "https://uwrfvoice.com/2014/11/uwrf-mock-interview-day-provides-real-life-experience/"
MIAMISTUDENT = "https://miamistudent.net/career-center-offers-mock-interviewing/"
KEYSESSION = "https://keysession.jp/category/Interviewer-training/"
EFALCON = "https://www.e-falcon.co.jp/column/interviewer-training"
JOINVPD = "https://joinvpdwa.com/faq-items/what-happens-after-i-pass-public-safety-testing-pst/"
JOINCBPD = "https://joincbpd.com/?p=328"
CORALBERRY = "https://coralberryevents.com/what-is-a-conditional-university-offer-3622"
LATENTIS = "https://www.latentis.nl/selectiegesprek-artikel"

TUNE19_CHECK_S: list[Case] = [
    # ====================================== (a) the user's own role inside someone else's selection
    # assessmentday: professional actors play the customer in assessment-centre role-plays
    (event("Role-player – Larkfield Bank graduate assessment centre (angry customer brief)",
           organizer=org("bookings@castpoint-roleplay.co.uk", "Castpoint Role-Play Bookings"),
           description="Hi Pat, confirming your booking as role-player for 6 candidates. You play the customer "
                       "whose refund was refused; assessors observe and score. Brief attached, stay in character.",
           location="Larkfield Bank, 2 Temple Row, Birmingham", id="t19s-01", **at("2028-02-08", "08:30", 480, *LON)),
     None, "en", ASSESSMENTDAY),
    # graduatesfirst: assessors observe the role-play and note strengths and weaknesses
    (event("Assessor briefing + assessment centre (group exercise, role play) – Summer Interns",
           organizer=org("earlycareers@northgatepartners.co.uk", "Northgate Early Careers"),
           guests=[guest("r.patel@northgatepartners.co.uk", "Ravi Patel")],
           description="Thanks for volunteering as an assessor. You will observe two candidates per exercise and "
                       "complete the ORCE scoring sheets before the wash-up at 16:30.",
           id="t19s-02", **at("2028-02-10", "08:00", 540, *LON)),
     None, "en", GRADFIRST),
    # berndschiffmann: a role-play agency's actor booked for a client's assessment centre
    (event("Einsatz Rollenspieler – AC Vertriebsleitung (Rolle: verärgerter Großkunde)",
           organizer=org("dispo@rollenwerk-agentur.de", "Rollenwerk Disposition"),
           description="Hallo Pat, anbei die Rollenspieleranweisung. 8 Teilnehmende, je 20 Minuten. "
                       "Bitte 30 Minuten vorher zur Schulung mit den Beobachtern.",
           location="Tagungshotel am Stadtpark, Hannover", id="t19s-03", **at("2028-02-14", "08:00", 540, *BER)),
     None, "de", SCHIFFMANN),
    # obermann: observers rate the participants in an in-house assessment centre
    (event("Assessment Center Nachwuchsführungskräfte – Beobachterin (Team B)",
           organizer=org("personalentwicklung@hanse-stadtwerke.de", "Personalentwicklung Hanse Stadtwerke"),
           description="Sie sind als Beobachterin eingeteilt: Präsentation und Mitarbeitergespräch. Beobachtungsbögen "
                       "liegen aus; Beobachterkonferenz ab 16 Uhr.",
           id="t19s-04", **at("2028-02-16", "08:30", 480, *BER)),
     None, "de", OBERMANN),
    # cdg34: a jury member's convocation for a territorial competitive exam's orals
    (event("Jury – épreuves orales concours adjoint administratif principal (collège des élus)",
           organizer=org("concours@cdg-herault-exemple.fr", "Service concours CDG"),
           description="Madame, Monsieur, en votre qualité de membre du jury, vous êtes convoqué(e) aux épreuves "
                       "orales d'entretien. 14 candidats, grilles d'évaluation remises sur place.",
           location="Centre de gestion, salle du jury, Montpellier", id="t19s-05", **at("2028-02-17", "08:30", 480, *PAR)),
     None, "fr", CDG34),
    # cdg34: a subject designer for a competitive exam (question writer)
    (event("Conception des sujets – concours technicien territorial (concepteur)", organizer=SELF,
           description="Rendre 2 sujets de note + barème au service concours avant le 3.",
           id="t19s-06", **at("2028-02-20", "14:00", 180, *PAR)),
     None, "fr", CDG34),
    # meduelenloscodos: a prison officers' exam tribunal member (vocal suplente) at a session
    (event("Tribunal oposición Ayudantes IIPP – sesión de corrección (vocal suplente)",
           organizer=org("tribunal.iipp@interior-ejemplo.es", "Secretaría del Tribunal"),
           description="Se convoca a los miembros del tribunal a la sesión de corrección del segundo ejercicio.",
           location="Secretaría General, Sala 3, Madrid", id="t19s-07", **at("2028-02-21", "10:00", 240, *MAD)),
     None, "es", MEDUELEN),
    # opositor: the tribunal's constituent session (president, secretary, vocales)
    (event("Constitución del tribunal calificador – Técnico de Gestión (soy vocal)", organizer=SELF,
           description="Llevar DNI y declaración de no incurrir en causas de abstención.",
           location="Ayuntamiento, Sala de Comisiones", id="t19s-08", **at("2028-02-22", "09:00", 120, *MAD)),
     None, "es", OPOSITOR),
    # ilpersonale: an expert member of a competitive exam's examining commission at the orals
    (event("Commissione esaminatrice – prove orali concorso istruttore amministrativo (componente esperto)",
           organizer=org("concorsi@comune-valdarno-esempio.it", "Ufficio Concorsi"),
           description="Gentile componente, la commissione si riunisce alle 8:30 per la definizione dei quesiti; "
                       "colloqui dalle 9:30, 12 candidati ammessi.",
           id="t19s-09", **at("2028-02-23", "08:30", 480, *ROM)),
     None, "it", ILPERSONALE),
    # comune.cosenza: a musician on the commission auditioning orchestral players for a theatre
    (event("Audizioni professori d'orchestra – commissione giudicatrice (violini)",
           organizer=org("direzione.artistica@teatro-esempio.it", "Direzione artistica"),
           description="Caro Maestro, grazie per far parte della commissione. 40 candidati per i violini primi; "
                       "schede di valutazione in sala.",
           location="Teatro comunale, sala prove", id="t19s-10", **at("2028-02-24", "09:30", 420, *ROM)),
     None, "it", COSENZA),
    # concursoria: an examiner of a public exam's oral, on the examining board
    (event("Banca examinadora – prova oral Procurador (sou examinadora, bloco Direito Civil)", organizer=SELF,
           description="Chegar 7h30. Espelho de correção e pauta de perguntas na sala da banca.",
           location="Plenário do Tribunal, João Pessoa", id="t19s-11", **at("2028-02-26", "08:00", 480, *SAO)),
     None, "pt", CONCURSORIA),
    # definieer: the user sits on a selection committee interviewing candidates
    (event("Sollicitatiecommissie teamleider – gesprekken 3 kandidaten (ik zit in de commissie)",
           organizer=org("p.dekker@zorggroep-eemland.nl", "Petra Dekker"),
           description="Vragen verdeeld: jij doet motivatie + STAR-vragen. Scoreformulier in de bijlage.",
           id="t19s-12", **at("2028-02-28", "13:00", 210, *AMS)),
     None, "nl", DEFINIEER),
    # keysession: a staff member joins first-round interviews as an interviewer
    (event("一次面接 面接官（営業部から参加）– 中途採用 3名", organizer=org("saiyo@minato-shoji.co.jp", "採用チーム"),
           description="評価シートに記入の上、面接後に採用チームへ提出してください。",
           id="t19s-13", **at("2028-03-01", "13:00", 180, *TYO)),
     None, "ja", KEYSESSION),
    # uwrfvoice: an alumna conducts mock interviews for students on a career services day
    (event("Mock Interview Day – volunteer interviewer (alumni)",
           organizer=org("careers@riverfalls-example.edu", "Career Services"),
           description="Thank you for conducting mock interviews! You will see 5 students, 20 min each, plus "
                       "feedback using the evaluation sheet.",
           location="Riverview Ballroom", id="t19s-14", **at("2028-03-02", "10:00", 300, *CHI)),
     None, "en", UWRF),
    # latentis: the user prepares the questions and scoring for interviews they will hold
    (event("Write interview questions + scoring rubric for the Ops Coordinator panel", organizer=SELF,
           description="Structured: 6 behavioural (STAR), 2 technical. Share with panel by Friday.",
           id="t19s-15", **at("2028-03-03", "15:00", 90, *NY)),
     None, "en", LATENTIS),
    # ============================================================== (b) steps that hire nobody
    # weka: a territorial competitive exam's oral; winners go on a national list and must then find a post
    (event("Oral d'admission – concours externe de rédacteur territorial",
           organizer=org("concours@cdg-exemple.fr", "Service concours CDG"),
           description="Convocation à l'épreuve orale d'entretien avec le jury (20 min). Les lauréats seront inscrits "
                       "sur la liste d'aptitude; il leur appartiendra ensuite de postuler auprès des collectivités.",
           location="Maison des communes, Nîmes", id="t19s-16", **at("2028-03-06", "10:40", 30, *PAR)),
     None, "fr", WEKA),
    # srintelligence: the security-vetting interview of a person the employer means to place in a security class
    (event("Säkerhetsprövningsintervju – säkerhetsklass 2",
           organizer=org("sakerhetsskydd@nordkraft-exempel.se", "Säkerhetsskyddschef Nordkraft"),
           description="Hej Pat! Som en del av säkerhetsprövningen inför din placering i säkerhetsklass genomför vi en "
                       "intervju om ekonomi, relationer och kontakter. Ta med legitimation.",
           id="t19s-17", **at("2028-03-07", "09:00", 90, *STO)),
     None, "sv", SRINTEL),
    # kcnfdc: an investigator's subject interview for a clearance after the application
    (event("Security clearance subject interview – background investigator", organizer=SELF,
           description="Bring copy of SF-86, passport, divorce decree. Investigator: Agent Morales.",
           location="Federal Building, Room 410", id="t19s-18", **at("2028-03-08", "13:00", 120, *NY)),
     None, "en", KCNFDC),
    # bva: a vetting talk with the security officer (Geheimschutzbeauftragte) about one's own situation
    (event("Sicherheitsgespräch Ü2 – Geheimschutzbeauftragte",
           organizer=org("geheimschutz@bundesamt-beispiel.de", "Geheimschutzbeauftragte"),
           description="Gespräch über Ihre persönliche Sicherheitssituation im Rahmen der erweiterten "
                       "Sicherheitsüberprüfung. Bitte Personalausweis mitbringen.",
           id="t19s-19", **at("2028-03-09", "10:00", 60, *BER)),
     None, "de", BVA),
    # rarahouse: the oral (interview) exam of a Korean professional engineer licence
    (event("기술사 면접시험 (건설안전) – 서울동부국가자격시험장", organizer=SELF,
           description="수험표, 신분증. 면접위원 3인, 20분.", id="t19s-20", **at("2028-03-11", "09:00", 60, *SEO)),
     None, "ko", RARAHOUSE),
    # egbc: a registration body's experience-review interview by two volunteer engineers
    (event("Experience Review Interview – P.Eng registration",
           organizer=org("registration@engbc-example.ca", "Registration – Engineers BC"),
           description="Your interview panel is two professional engineers in your discipline. The Registration "
                       "Committee decides after the panel's recommendation.",
           location="200-4010 Regent Street, Burnaby", id="t19s-21", **at("2028-03-13", "10:00", 60, *VAN)),
     None, "en", EGBC),
    # cibse: a professional-registration interview with a presentation of the technical report
    (event("Professional review interview – CEng (technical report presentation)",
           organizer=org("registration@cibse-example.org", "Membership & Registration"),
           description="Prepare a 15-20 minute presentation of your Technical Route Report.",
           id="t19s-22", **at("2028-03-14", "14:00", 60, *LON)),
     None, "en", CIBSE),
    # ===================================================== (c) preparation around a step
    # latrobe: a trial journey at the time of the interview to check travel time and parking
    (event("Trial run: drive to Harlow Foods for Thursday interview (same time, find visitor parking)",
           organizer=SELF, id="t19s-23", **at("2028-03-14", "08:15", 60, *MEL)),
     None, "en", LATROBE),
    # proalt: a practice run of the route the day before
    (event("Practice commute – Westbury Medical interview route (bus 42 + walk)", organizer=SELF,
           id="t19s-24", **at("2028-03-15", "09:00", 60, *CHI)),
     None, "en", PROALT),
    # govtnaukri: download and print the e-call letter before the interview day
    (event("Download + print RRB e-call letter (interview/DV on 21st)", organizer=SELF,
           description="Login with registration no. + DOB. Two colour printouts.", id="t19s-25",
           **at("2028-03-16", "20:00", 30, *DEL)),
     None, "en", GOVTNAUKRI),
    # miamistudent: a recorded mock interview at the career center, the user as the student
    (event("Mock interview @ Career Center (bring job description, recorded)", organizer=SELF,
           location="Career Center, Room 110", id="t19s-26", **at("2028-03-17", "15:00", 60, *NY)),
     None, "en", MIAMISTUDENT),
    # bewerbungen: a coaching session to prepare the role-play of an assessment centre
    (event("Coaching: Vorbereitung Assessment Center (Rollenspiel üben)",
           organizer=org("termine@karriereschmiede-beispiel.de", "Karriereschmiede"),
           location="Praxis Karriereschmiede, Köln", id="t19s-27", **at("2028-03-18", "18:00", 90, *BER)),
     None, "de", BEWERBUNGEN),
    # lasoposiciones: a mock oral with the coach before the tribunal
    (event("Simulacro de oral con el preparador – tema 23", organizer=SELF,
           description="Exposición 15 min + preguntas como si fuera el tribunal.", id="t19s-28",
           **at("2028-03-19", "18:30", 60, *MAD)),
     None, "es", LASOPOS),
    # ============================================= true hiring steps carrying the same words
    # assessmentday: the candidate's own assessment centre with a role-play against an actor
    (event("Assessment Centre – Customer Service Adviser – Larkfield Bank",
           organizer=org("resourcing@larkfieldbank.co.uk", "Larkfield Bank Resourcing"),
           description="Dear Pat, you are invited to our assessment centre: a role-play exercise in which an actor "
                       "plays a customer, a group exercise and a panel interview. Please arrive at 8:45.",
           location="Larkfield Bank, 2 Temple Row, Birmingham", id="t19s-29", **at("2028-02-09", "09:00", 300, *LON)),
     yes(["Larkfield Bank", "Larkfield"], ["resourcing@larkfieldbank.co.uk"]), "en", ASSESSMENTDAY),
    # graduatesfirst: a store manager's role-play assessment with an upset customer, observed by an assessor
    (event("Role-play exercise + interview – Store Manager – Fennick Home",
           organizer=org("talent@fennickhome.com", "Fennick Home Talent"),
           guests=[guest("d.owusu@fennickhome.com", "Daniel Owusu")],
           description="You will play the store manager dealing with an upset customer; an assessor will observe. "
                       "Then a 45-minute interview with Daniel Owusu (Area Manager).",
           id="t19s-30", **at("2028-02-11", "10:00", 120, *LON)),
     yes(["Fennick Home", "Fennick"], ["talent@fennickhome.com", "Daniel Owusu"]), "en", GRADFIRST),
    # bewerbungen: an invitation to an assessment centre for trainees, with role-plays and observers
    (event("Einladung zum Assessment Center – Trainee Vertrieb (m/w/d)",
           organizer=org("karriere@brenner-werkzeuge.de", "Brenner Werkzeuge Karriere"),
           description="Liebe Frau Lee, auf Sie warten eine Präsentation, ein Rollenspiel (Kundengespräch) und "
                       "ein Interview. Unsere Beobachter geben Ihnen am Ende Feedback.",
           location="Brenner Werkzeuge GmbH, Industriestr. 12, Remscheid", id="t19s-31",
           **at("2028-02-15", "09:00", 420, *BER)),
     yes(["Brenner Werkzeuge", "Brenner"], ["karriere@brenner-werkzeuge.de"]), "de", BEWERBUNGEN),
    # ac-lille: an interview before a recruitment commission for a contract post (the hiring step)
    (event("Entretien devant la commission de recrutement – gestionnaire RH (contractuel)",
           organizer=org("recrutement.contractuels@rectorat-exemple.fr", "Rectorat – recrutement des contractuels"),
           description="Présentation de votre parcours (10 min) puis échange avec les membres de la commission. "
                       "Les candidats retenus se verront proposer une affectation.",
           location="Rectorat, 144 rue de Bavay, Lille", id="t19s-32", **at("2028-03-06", "14:00", 30, *PAR)),
     yes(["Rectorat", "Rectorat de Lille"], ["recrutement.contractuels@rectorat-exemple.fr"]), "fr", ACLILLE),
    # weka: a laureate on the list interviews with a town for a post (the hiring step after the list)
    (event("Entretien de recrutement – rédacteur, service urbanisme – Mairie de Saint-Aubin-des-Prés",
           organizer=org("drh@saint-aubin-des-pres.fr", "DRH Mairie de Saint-Aubin-des-Prés"),
           description="Suite à votre candidature (lauréate du concours, inscrite sur liste d'aptitude), nous vous "
                       "recevons avec le DGS et la responsable du service.",
           id="t19s-33", **at("2028-03-20", "10:00", 45, *PAR)),
     yes(["Mairie de Saint-Aubin-des-Prés", "Saint-Aubin-des-Prés"], ["drh@saint-aubin-des-pres.fr"]), "fr", WEKA),
    # joinvpd: a police department's own oral board; a passing score ranks the applicant for its vacancies
    (event("Oral Board Interview – Police Officer (Entry) – Vantor Police Department",
           organizer=org("recruiting@vantorpd.org", "VPD Recruiting"),
           description="Your oral board is scored and combined with your written score; candidates at or above the "
                       "cut are placed on our certified list and assigned a background detective.",
           location="Vantor PD HQ, 605 E Evergreen Blvd", id="t19s-34", **at("2028-03-21", "09:00", 45, *LA)),
     yes(["Vantor Police Department", "Vantor PD", "VPD", "Vantor"], ["recruiting@vantorpd.org"]), "en", JOINVPD),
    # joincbpd: the chief's interview, scored for the department's own ranking
    (event("Chief's interview – Police Officer candidate – Cedar Bluff PD", organizer=SELF,
           description="Final phase after polygraph. Scored for ranking. Class A uniform not required; suit.",
           location="Cedar Bluff Police Department", id="t19s-35", **at("2028-03-22", "14:00", 45, *CHI)),
     yes(["Cedar Bluff PD", "Cedar Bluff Police Department", "Cedar Bluff"], []), "en", JOINCBPD),
    # vasterasjobb: a job interview for a security-classed post; vetting comes later
    (event("Intervju – IT-tekniker (säkerhetsklassad tjänst) – Mälarenergi Drift",
           organizer=org("rekrytering@malarenergi-drift.se", "Rekrytering Mälarenergi Drift"),
           description="Tjänsten är placerad i säkerhetsklass och säkerhetsprövning sker innan anställning. "
                       "Intervjun hålls med Eva Lund (driftchef).",
           id="t19s-36", **at("2028-03-23", "10:00", 60, *STO)),
     yes(["Mälarenergi Drift", "Mälarenergi"], ["rekrytering@malarenergi-drift.se", "Eva Lund"]), "sv", VASTERAS),
    # auswaertiges-amt: a job interview for a post that needs an extended security check (Ü2)
    (event("Vorstellungsgespräch – Sachbearbeitung Geheimschutz (m/w/d)",
           organizer=org("bewerbung@bundesamt-beispiel.de", "Personalgewinnung"),
           description="Die Tätigkeit setzt eine erweiterte Sicherheitsüberprüfung (SÜ2) voraus. Auswahlkommission: "
                       "Referatsleitung, Personalrat, Gleichstellungsbeauftragte.",
           id="t19s-37", **at("2028-03-24", "11:00", 60, *BER)),
     yes(["Bundesamt"], ["bewerbung@bundesamt-beispiel.de"]), "de", AUSWAERTIG),
    # uniud: a university's competitive exam for one permanent technical post (the hiring step itself)
    (event("Prova orale – concorso 1 posto cat. D area tecnica – Università di Valfonda",
           organizer=org("concorsi@univalfonda.it", "Ufficio Concorsi Università di Valfonda"),
           description="Colloquio con la commissione sulle materie del bando; presentarsi con documento.",
           id="t19s-38", **at("2028-03-27", "09:30", 40, *ROM)),
     yes(["Università di Valfonda", "Valfonda"], ["concorsi@univalfonda.it"]), "it", UNIUD),
    # concursoria: a private company's interview before a "banca" of three managers
    (event("Entrevista com a banca – Analista de RH – Grupo Seriema",
           organizer=org("selecao@gruposeriema.com.br", "Seleção Grupo Seriema"),
           description="Você será entrevistada por uma banca de três gestores. Traga documento com foto.",
           id="t19s-39", **at("2028-03-28", "10:00", 60, *SAO)),
     yes(["Grupo Seriema", "Seriema"], ["selecao@gruposeriema.com.br"]), "pt", CONCURSORIA),
    # vtw: a candidate's interview with the selection committee
    (event("Sollicitatiegesprek met de selectiecommissie – Teamleider Klantenservice",
           organizer=org("werving@waterschap-rijnvliet.nl", "Werving Waterschap Rijnvliet"),
           description="U spreekt met de selectiecommissie (manager, HR-adviseur en een collega).",
           id="t19s-40", **at("2028-03-29", "14:00", 60, *AMS)),
     yes(["Waterschap Rijnvliet", "Rijnvliet"], ["werving@waterschap-rijnvliet.nl"]), "nl", VTW),
    # efalcon: a second interview with three interviewers, the user as the candidate
    (event("二次面接（面接官3名）– 株式会社ミナト商事", organizer=org("saiyo@minato-shoji.co.jp", "採用チーム"),
           description="李様 二次面接のご案内です。面接官は3名です。", id="t19s-41",
           **at("2028-03-30", "15:00", 60, *TYO)),
     yes(["株式会社ミナト商事", "ミナト商事"], ["saiyo@minato-shoji.co.jp"]), "ja", EFALCON),
    # charles511: an engineering firm's final interview; a professional engineer licence is preferred
    (event("최종 면접 – 한빛엔지니어링 구조설계팀 (기술사 우대)", organizer=org("recruit@hanbit-eng.co.kr", "한빛엔지니어링 인사팀"),
           description="임원 면접 30분. 신분증 지참.", id="t19s-42", **at("2028-03-31", "10:00", 30, *SEO)),
     yes(["한빛엔지니어링"], ["recruit@hanbit-eng.co.kr"]), "ko", CHARLES511),
    # coralberry: the oral interview board of a department's own applicant selection process
    (event("Phase 5: Oral Interview Board – Police Recruit – Marlow Heights PD",
           organizer=org("hr@marlowheights.gov", "Marlow Heights HR"),
           description="The board's score determines your ranking for current vacancies; a passing score outside "
                       "them places you on a short-term eligibility list.",
           id="t19s-43", **at("2028-04-03", "13:00", 40, *NY)),
     yes(["Marlow Heights PD", "Marlow Heights"], ["hr@marlowheights.gov"]), "en", CORALBERRY),
]
