"""Check cases added in round 25 for silent hiring steps: physical and practical selection tests
(a fire service's candidate physical ability test, a police or corrections agency's physical
appraisal or agility test, a transit operator's practical driving test, a council's competency
assessment for a post), online assessments (an "OA", Codility / HackerRank / TestGorilla / SHL /
cut-e / Pymetrics tasks, a graduate scheme's online tests), civil-service written and oral exams
in Italian, Spanish, Portuguese, German and French, and Hausa's recruitment exam (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL's host was grepped over tests/data/*.py first); each case cites
its page; names, companies, addresses and domains are invented and the wording paraphrased.
Labelled and committed before any code ran on them; scored once on r25start's code, then after
round 25's rules (docs/detection.md); tuning data from the start.

Aimed at round 24's silent classes as structures, not as its cases' words: (a) a physical or
practical test a sector runs before it hires, tied to a post, a recruitment or an applicant by
the event; (b) an online assessment stage, named by its platform or by "OA" / "online
assessment" / "online tests", for a named employer or a programme; (c) a public competition's
written or oral exam ("prova scritta/orale", "concorso", "oposición", "examen", "ejercicio",
"prova objetiva", "concurso", "mündliche Prüfung", "Auswahlverfahren", "concours", "épreuve
orale d'admission") for a post; (d) Hausa's "jarabawar daukar aiki" (a recruitment exam).
Look-alikes with the same words and nobody hiring the owner: a gym session, a fitness class, a
child's swim test, a fire drill, a driving lesson, a serving crew's annual fitness test, an
employee's annual competency sign-off, a course's online test, a certification exam, a coding
practice streak, the owner sending assessments to candidates, a university's oral or written
exam, a language school's exam, a school-leaving exam, studying the syllabus, a radio or TV
interview, a national school exam, a research interview. They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t25a-" and a number.
"""

from __future__ import annotations

from typing import Any

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for March 2029 (standard time everywhere listed, before the spring changes).
CHI = ("-06:00", "America/Chicago")
NYC = ("-05:00", "America/New_York")
LON = ("+00:00", "Europe/London")
ROM = ("+01:00", "Europe/Rome")
MAD = ("+01:00", "Europe/Madrid")
BER = ("+01:00", "Europe/Berlin")
PAR = ("+01:00", "Europe/Paris")
SAO = ("-03:00", "America/Sao_Paulo")
WLG = ("+13:00", "Pacific/Auckland")
LOS = ("+01:00", "Africa/Lagos")
MGQ = ("+03:00", "Africa/Mogadishu")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
CORPUS = ("https://corpuschristitx.gov/department-directory/fire-department/fire-careers-and-training/"
          "candidate-physical-ability-test-cpat")
ROCHESTER = "http://www.cityofrochester.gov/article.aspx?id=8589950679"
FORTWAYNE = "https://fortwaynefiredepartment.org/59-about-us/about-fwfd/2615-cpat-resources"
NERD = "http://thisnerdisonfire.com/2015/05/"
NEWCOPS = "https://www.newcops.govt.nz/start-training/pat-training-advice"
PTS = "http://members.policetrainingscotland.co.uk/scottish-police-service-national-fitness-standard/"
PASSPOLICE = "https://passthepoliceexam.com/police-fitness-test/"
KENT = ("https://www.kent.police.uk/police-forces/kent-police/areas/kent-police/c/specials-and-volunteers/"
        "special-constables/have-you-got-what-it-takes/fit-for-the-job/fitness/")
TESTDOME = "https://www.testdome.com/tour"
EMPHERO = "https://help.employmenthero.com/hc/en-gb/articles/15585965397647-Set-up-and-manage-Codility-assessments"
SWGROUP = "https://www.swgroup.com/careers/early-careers/our-assessment-process"
NPOWER = "https://www.npowerjobs.com/graduates/the-assessment-process"
GTIE = "https://www.glassdoor.ie/Interview/Grant-Thornton-Interview-E100134-RVW18056433.htm"
OURGEN = ("https://ourgen.uk/insights/application-process-for-business-solutions-graduate-at-london-"
          "stock-exchange-group")
TEMPOSTRETTO = "https://www.tempostretto.it/news/messina-concorso-100-vigili-urbani-dal-10-al-31-ottobre-orali.html"
PICUS = ("https://picusonline.it/it/pagine/3FF1114A-07D4-4ED0-988B-45AF9A9AE3F7,"
         "B6A14620-EA5F-11EB-A0DC-FE7BA12B91FC,7206")
CRONACAVR = "https://cronacadiverona.com/concorso-vigili-per-49-posti-sono-rimasti-in-352"
TELEOPOS = "https://teleoposiciones.es/claves-para-empezar-a-opositar"
INFOPOS = "https://infoposiciones.net/que-debes-tener-en-cuenta-a-la-hora-de-prepararte-unas-oposiciones"
UFC = "https://ufc-concursos.com.br/?p=17966"
VILHENA = "https://vilhenanoticias.com.br/?p=13774"
POLIZISTW = "https://polizist-werden.de/auswahlverfahren-bei-der-polizei/"
POLAUSB = "http://www.polizei-ausbildung.eu/bundeslaender/"
SMOOZ = ("https://blogs.smooz.fr/blog-des-concours-de-la-fonction-publique/01-2018/"
         "les-epreuves-dadmission-et-dadmissibilite-des")
DROIT = "https://www.droitissimo.com/fonction-publique/acces-fonction-publique/quoi-consistent-concours-fonction-publique"
NAIJA = ("https://hausa.naijanews.com/2019/12/19/kalli-yadda-yan-najeriya-ke-hawan-gini-don-neman-aikin-"
         "ndlea-a-jihar-kano/")
DABO = "https://dabofm.com/sharudan-da-masu-bukatar-aikin-koyar-da-hausa-a-amurka-za-su-cika/"
HADALSAME = ("https://hadalsame.com/2018/12/24/daawo-weriye-caan-ah-oo-ka-cowday-cunsuriyadda-soomaalida-"
             "sheeko-xanuun-badan")
JOWHAR = "https://radiojowhar.net/imtixaanka-shahaadiga-ee-dugsiga-sare-oo-ka-bilaabanaya-muqdisho-iyo-gobolada/"
UNIZIK = "https://journals.unizik.edu.ng/index.php/odibendi/article/view/1372"


def _id(n: int) -> dict[str, str]:
    return {"id": f"t25a-{n:02d}"}


def _guest(email: str, name: str, status: str = "needsAction") -> dict[str, Any]:
    return {"email": email, "displayName": name, "responseStatus": status}


TUNE25_CHECK_A: list[Case] = [
    # ============================================================ (a) physical and practical tests
    # corpuschristitx: a fire department's CPAT, pass/fail in 10:20, a step of its firefighter hiring
    (event("CPAT – Bayport Fire Department (firefighter applicant)", organizer=SELF,
           description="Long pants, hard hat with chin strap, gloves. No watches. 50 lb vest provided.",
           location="Bayport Fire Training Center", **at("2029-03-05", "07:30", 60, *CHI), **_id(1)),
     yes(["Bayport Fire Department", "Bayport Fire"], []), "en", CORPUS),
    # cityofrochester: the city's fire recruiting office books an applicant's physical ability test
    (event("Candidate Physical Ability Test – Fire Fighter Recruit exam 2029",
           organizer=org("firerecruiting@lakeportny.gov", "Lakeport Fire Recruiting"),
           description="You passed the written exam for Fire Fighter Recruit. Report to the training academy "
                       "with photo ID; the course is eight events in sequence.",
           location="Lakeport Fire Academy", **at("2029-03-06", "08:00", 90, *NYC), **_id(2)),
     yes(["Lakeport Fire Department", "City of Lakeport", "Lakeport Fire"], ["firerecruiting@lakeportny.gov"]),
     "en", ROCHESTER),
    # thisnerdisonfire: a department that contracts its physical test out to a testing network
    (event("Physical ability test (via testing network) for Millbrook FD hiring list", organizer=SELF,
           description="Bring the confirmation email and the waiver.",
           location="Regional testing site, Dock St", **at("2029-03-07", "09:00", 60, *CHI), **_id(3)),
     yes(["Millbrook FD", "Millbrook Fire Department"], []), "en", NERD),
    # newcops: a police applicant's physical appraisal test before the formal interview
    (event("Physical Appraisal Test (PAT) – police recruitment, Wellington district", organizer=SELF,
           description="2.4 km run, vertical jump, grip, push-ups. Need 11 points.",
           location="Police gym, Harbour St", **at("2029-03-08", "10:00", 90, *WLG), **_id(4)),
     yes(["NZ Police", "New Zealand Police", "Police"], []), "en", NEWCOPS),
    # policetrainingscotland: the national fitness standard after the entrance test, for an application
    (event("Fitness assessment (1.5 mile run) – probationer constable application", organizer=SELF,
           description="After the Standard Entrance Test. Fail = application rejected for 12 months.",
           location="Tulliallan", **at("2029-03-09", "13:00", 60, *LON), **_id(5)),
     yes(["Police Scotland"], []), "en", PTS),
    # passthepoliceexam: a county's physical agility test for correctional officer candidates
    (event("Physical agility test – Correctional Officer hiring (Grant County Sheriff)", organizer=SELF,
           description="Dummy drag, stair climb, 500 m run. Pass each to move on.",
           location="Grant County Jail annex", **at("2029-03-12", "08:00", 120, *CHI), **_id(6)),
     yes(["Grant County Sheriff", "Grant County Sheriff's Office"], []), "en", PASSPOLICE),
    # fortwaynefiredepartment: the department's recruiting team invites to its CPAT with a named captain
    (event("CPAT – Riverbend Fire Dept recruit process (station 1 tower)",
           organizer=org("recruiting@riverbendfire.org", "Riverbend Fire Recruiting"),
           guests=[_guest("capt.hollis@riverbendfire.org", "Capt. Dana Hollis")],
           description="Capt. Hollis proctors. Bring the signed release form.",
           location="Station 1 training tower", **at("2029-03-13", "08:30", 60, *CHI), **_id(7)),
     yes(["Riverbend Fire Dept", "Riverbend Fire Department", "Riverbend Fire"],
         ["recruiting@riverbendfire.org", "capt.hollis@riverbendfire.org"]), "en", FORTWAYNE),
    # passthepoliceexam: a transit police department's applicant fitness test, own entry
    (event("Transit police applicant fitness test – push-ups, sit-ups, 1.5 mi", organizer=SELF,
           description="Metro Transit PD. Must pass every event to stay in the process.",
           location="Metro Transit training facility", **at("2029-03-14", "07:00", 90, *NYC), **_id(8)),
     yes(["Metro Transit PD", "Metro Transit Police", "Metro Transit"], []), "en", PASSPOLICE),
    # kent.police: the running (bleep) test a force sets its applicants before officer safety training
    (event("Bleep test – Kent Police recruitment (police constable application)", organizer=SELF,
           description="Level 5.4 needed. Then medical.", location="Police HQ, Maidstone",
           **at("2029-03-15", "18:00", 45, *LON), **_id(9)),
     yes(["Kent Police"], []), "en", KENT),
    # look-alike (corpuschristitx): conditioning at a gym, no department
    (event("Gym – stair climber + weighted vest circuit", organizer=SELF,
           location="Anytime Fitness", **at("2029-03-05", "18:00", 60, *CHI), **_id(10)),
     None, "en", CORPUS),
    # look-alike (cityofrochester): an office fire drill
    (event("Fire drill – 3rd floor evacuation (wardens wear vests)", organizer=SELF,
           location="Office, 3rd floor", **at("2029-03-06", "11:00", 15, *NYC), **_id(11)),
     None, "en", ROCHESTER),
    # look-alike (kent.police): a fitness class
    (event("Bootcamp fitness class – bleep test week", organizer=SELF,
           location="Victoria Park", **at("2029-03-07", "06:30", 45, *LON), **_id(12)),
     None, "en", KENT),
    # look-alike (passthepoliceexam): a serving crew's annual fitness check, already employed
    (event("Annual fitness test – B shift crew", organizer=SELF,
           description="Yearly for all sworn staff.", location="Station 3",
           **at("2029-03-08", "14:00", 60, *CHI), **_id(13)),
     None, "en", PASSPOLICE),
    # look-alike (newcops): a driving lesson
    (event("Driving lesson with Mark (parallel parking)", organizer=SELF,
           **at("2029-03-09", "16:00", 60, *WLG), **_id(14)),
     None, "en", NEWCOPS),
    # look-alike (policetrainingscotland): a child's swimming test at a club
    (event("Ellie swim test – level 4 (club)", organizer=SELF, location="Leisure centre",
           **at("2029-03-10", "09:30", 30, *LON), **_id(15)),
     None, "en", PTS),
    # ============================================================ (b) online assessments
    # testdome: a candidate's invitation to an online test with a deadline, own entry with "OA"
    (event("OA – Codility (3 tasks, 120 min) – Brightwave Systems", organizer=SELF,
           description="Link in email from their recruiter. Python allowed. Deadline Fri 23:59.",
           **at("2029-03-05", "19:00", 120, *LON), **_id(16)),
     yes(["Brightwave Systems", "Brightwave"], []), "en", TESTDOME),
    # employmenthero: a hiring stage with a Codility assessment sent by the employer's recruitment module
    (event("Codility assessment – Backend Engineer (Tallow Payments)",
           organizer=org("talent@tallowpay.com", "Tallow Payments Talent"),
           description="As the next stage of your application, please complete the Codility test within 5 "
                       "days. It takes about 90 minutes.",
           **at("2029-03-06", "09:00", 90, *LON), **_id(17)),
     yes(["Tallow Payments", "Tallow"], ["talent@tallowpay.com"]), "en", EMPHERO),
    # swgroup: a graduate programme's online tests stage (numerical and verbal), own entry
    (event("Online tests – Graduate Programme (numerical + verbal), Stanmere Group", organizer=SELF,
           description="15 min each + 10 min questionnaire. Preparation hub first.",
           **at("2029-03-07", "20:00", 60, *LON), **_id(18)),
     yes(["Stanmere Group", "Stanmere"], []), "en", SWGROUP),
    # npowerjobs: the numerical/logical reasoning stage of a graduate scheme, by its test vendor
    (event("SHL numerical reasoning – Calder Energy graduate scheme", organizer=SELF,
           description="Stage 2 after the application form. Calculator allowed.",
           **at("2029-03-08", "19:30", 45, *LON), **_id(19)),
     yes(["Calder Energy", "Calder"], []), "en", NPOWER),
    # glassdoor.ie: an online assessment with situational judgement for an accountancy firm
    (event("Online assessment – Harcourt & Lyle (audit trainee)", organizer=SELF,
           description="Situational judgement + numerical. Then video interview.",
           **at("2029-03-09", "18:00", 60, *LON), **_id(20)),
     yes(["Harcourt & Lyle", "Harcourt and Lyle"], []), "en", GTIE),
    # ourgen: a psychometric test after the application, before a phone interview
    (event("Psychometric test – Exchange Data Group business graduate", organizer=SELF,
           description="One maths test, ~20 min. Then phone interview in 2 weeks.",
           **at("2029-03-10", "11:00", 30, *LON), **_id(21)),
     yes(["Exchange Data Group"], []), "en", OURGEN),
    # testdome: a HackerRank task for a named start-up's role, own entry
    (event("HackerRank test – Quill Labs (data engineer role)", organizer=SELF,
           description="2 SQL + 1 Python. Proctored with camera.",
           **at("2029-03-12", "17:00", 90, *NYC), **_id(22)),
     yes(["Quill Labs", "Quill"], []), "en", TESTDOME),
    # swgroup: a TestGorilla assessment sent by a hiring company's recruiter
    (event("TestGorilla assessment – Customer Success Associate",
           organizer=org("hiring@marlowcx.com", "Marlow CX Hiring"),
           description="Thanks for applying to Marlow CX. Please complete the skills assessment (5 tests, 40 "
                       "minutes) before we schedule interviews.",
           **at("2029-03-13", "10:00", 40, *NYC), **_id(23)),
     yes(["Marlow CX", "Marlow"], ["hiring@marlowcx.com"]), "en", SWGROUP),
    # npowerjobs: Pymetrics games and cut-e tests for early-careers schemes
    (event("Pymetrics games – Northfield Bank early careers", organizer=SELF,
           description="12 games, no right answers. Complete within 7 days.",
           **at("2029-03-14", "20:00", 30, *LON), **_id(24)),
     yes(["Northfield Bank", "Northfield"], []), "en", NPOWER),
    (event("cut-e tests – Aurelia Airways cadet pilot application", organizer=SELF,
           description="scales numerical + verbal. Then assessment day.",
           **at("2029-03-15", "19:00", 60, *LON), **_id(25)),
     yes(["Aurelia Airways", "Aurelia"], []), "en", NPOWER),
    # look-alike (testdome): a course's online test
    (event("Online test – Stats 201 module 4 (Moodle)", organizer=SELF,
           **at("2029-03-05", "14:00", 60, *LON), **_id(26)),
     None, "en", TESTDOME),
    # look-alike (employmenthero): a certification exam, proctored online
    (event("AWS Solutions Architect exam – online proctored", organizer=SELF,
           description="Check-in 30 min early. Clear desk.",
           **at("2029-03-06", "15:00", 130, *LON), **_id(27)),
     None, "en", EMPHERO),
    # look-alike (testdome): practice problems on a coding site
    (event("HackerRank practice – 30 days of code (day 12)", organizer=SELF,
           **at("2029-03-07", "21:00", 45, *LON), **_id(28)),
     None, "en", TESTDOME),
    # look-alike (employmenthero): the owner, a hiring manager, sends assessments to candidates
    (event("Send Codility invites to 5 backend candidates", organizer=SELF,
           description="Use the 90-min template; set passing score.",
           **at("2029-03-08", "09:30", 20, *LON), **_id(29)),
     None, "en", EMPHERO),
    # look-alike (npowerjobs): an online quiz of a first-aid refresher course
    (event("Online assessment – first aid refresher (St John module)", organizer=SELF,
           **at("2029-03-09", "12:00", 30, *LON), **_id(30)),
     None, "en", NPOWER),
    # ============================================================ (c) civil-service exams
    # tempostretto: a city's oral exams for 100 local police posts, candidates called in alphabetical order
    (event("Prova orale – concorso 100 agenti di Polizia Locale (Comune di Capo Santo)", organizer=SELF,
           description="Registrazione mezz'ora prima. Documento d'identità. Domande estratte a sorte.",
           location="Palazzo comunale, Sala Ovale", **at("2029-03-05", "09:00", 60, *ROM), **_id(31)),
     yes(["Comune di Capo Santo", "Polizia Locale di Capo Santo"], []), "it", TEMPOSTRETTO),
    # picusonline: the pre-selection test of a municipal police competition
    (event("Prova preselettiva – concorso agente di Polizia Municipale (40 quiz)", organizer=SELF,
           description="Comune di Valmarina. Ore 10, IPSIA viale dello Sport.",
           location="IPSIA, viale dello Sport", **at("2029-03-06", "10:00", 60, *ROM), **_id(32)),
     yes(["Comune di Valmarina"], []), "it", PICUS),
    # cronacadiverona: the written exam of a 49-post competition after the physical tests
    (event("Prova scritta concorso 49 posti vigili – Comune di Borgo Adige", organizer=SELF,
           location="Fiera, padiglione 2", **at("2029-03-07", "08:30", 180, *ROM), **_id(33)),
     yes(["Comune di Borgo Adige"], []), "it", CRONACAVR),
    # teleoposiciones: an oposición's first exercise for a town hall's administrative posts
    (event("Examen oposiciones – Auxiliar Administrativo Ayto. de Villaseca (primer ejercicio)",
           organizer=SELF, description="DNI y bolígrafo azul. Test de 100 preguntas.",
           location="Facultad de Derecho, aula magna", **at("2029-03-08", "10:00", 90, *MAD), **_id(34)),
     yes(["Ayuntamiento de Villaseca", "Ayto. de Villaseca"], []), "es", TELEOPOS),
    # infoposiciones: a knowledge exam of a regional body's competition for posts
    (event("Examen de conocimientos – convocatoria 12 plazas técnico de gestión (Diputación de Sorlanda)",
           organizer=SELF, location="Palacio Provincial", **at("2029-03-09", "09:30", 120, *MAD), **_id(35)),
     yes(["Diputación de Sorlanda"], []), "es", INFOPOS),
    # ufc-concursos: a state body's objective exam on a Sunday, bring the confirmation card
    (event("Prova objetiva – concurso MP-SP (Oficial de Promotoria)", organizer=SELF,
           description="Cartão de confirmação, documento com foto, caneta transparente. Portões 13h.",
           location="Escola Estadual Vila Nova", **at("2029-03-11", "13:00", 270, *SAO), **_id(36)),
     yes(["MP-SP", "Ministério Público do Estado de São Paulo"], []), "pt", UFC),
    # vilhenanoticias: the written and discursive exams of a federal competition for 500 posts
    (event("Prova escrita – Concurso Público Prefeitura de Serra Clara (Agente Administrativo)",
           organizer=SELF, location="Colégio Municipal", **at("2029-03-12", "14:00", 240, *SAO), **_id(37)),
     yes(["Prefeitura de Serra Clara"], []), "pt", VILHENA),
    # polizist-werden: the oral part of a police selection procedure
    (event("Mündliche Prüfung – Auswahlverfahren Polizei (gehobener Dienst)", organizer=SELF,
           description="Vorstellungsgespräch + Gruppenaufgabe. Personalausweis mitbringen.",
           location="Polizeiakademie, Haus B", **at("2029-03-13", "09:00", 180, *BER), **_id(38)),
     yes(["Polizei", "Landespolizei"], []), "de", POLIZISTW),
    # polizei-ausbildung: the sports test of the same procedure
    (event("Sporttest – Einstellungsverfahren Bundespolizei", organizer=SELF,
           description="Pendellauf, Standweitsprung, Cooper-Test.", location="Sporthalle Aus- und Fortbildungszentrum",
           **at("2029-03-14", "08:00", 180, *BER), **_id(39)),
     yes(["Bundespolizei"], []), "de", POLAUSB),
    # smooz: a civil-service competition's oral admission test (an interview with the jury)
    (event("Concours adjoint administratif – épreuve orale d'admission (CDG 31)", organizer=SELF,
           description="Entretien avec le jury, 15 min. Convocation + pièce d'identité.",
           location="Centre de gestion, Toulouse", **at("2029-03-15", "10:30", 30, *PAR), **_id(40)),
     yes(["CDG 31", "Centre de gestion de la Haute-Garonne"], []), "fr", SMOOZ),
    # droitissimo: the written tests of a competition for a territorial post
    (event("Épreuves écrites – concours de rédacteur territorial", organizer=SELF,
           location="Parc des expositions", **at("2029-03-16", "09:00", 180, *PAR), **_id(41)),
     yes(["CNFPT", "Centre de gestion"], []), "fr", DROIT),
    # look-alike (tempostretto): a university oral exam
    (event("Prova orale – esame di Diritto privato (prof. Serra)", organizer=SELF,
           location="Università, aula 4", **at("2029-03-05", "14:00", 30, *ROM), **_id(42)),
     None, "it", TEMPOSTRETTO),
    # look-alike (infoposiciones): a language school's exam
    (event("Examen de conocimientos – inglés B2 (Escuela Oficial de Idiomas)", organizer=SELF,
           location="EOI, aula 12", **at("2029-03-06", "16:00", 120, *MAD), **_id(43)),
     None, "es", INFOPOS),
    # look-alike (teleoposiciones): studying the syllabus of an oposición
    (event("Oposiciones – estudiar tema 12 + test de repaso", organizer=SELF,
           **at("2029-03-07", "17:00", 120, *MAD), **_id(44)),
     None, "es", TELEOPOS),
    # look-alike (ufc-concursos): a faculty's written exam
    (event("Prova escrita – Cálculo I (turma B)", organizer=SELF, location="Bloco 3, sala 201",
           **at("2029-03-08", "08:00", 120, *SAO), **_id(45)),
     None, "pt", UFC),
    # look-alike (polizist-werden): a school-leaving oral exam
    (event("Mündliche Abiturprüfung Geschichte – Jonas", organizer=SELF, location="Gymnasium, Raum 112",
           **at("2029-03-09", "10:00", 30, *BER), **_id(46)),
     None, "de", POLIZISTW),
    # look-alike (smooz): a school-leaving French oral
    (event("Épreuve orale du bac de français – Léa", organizer=SELF, location="Lycée Jean Jaurès",
           **at("2029-03-10", "08:00", 30, *PAR), **_id(47)),
     None, "fr", SMOOZ),
    # ============================================================ (d) Hausa, Somali, Igbo
    # naijanews: applicants to the drug law enforcement agency sit its recruitment aptitude test in Kano
    (event("Jarabawar daukar aiki – NDLEA (ofishin Kano)", organizer=SELF,
           description="A zo da katin shaida da takardar gayyata. Karfe 8 na safe.",
           location="NDLEA, Kano", **at("2029-03-12", "08:00", 180, *LOS), **_id(48)),
     yes(["NDLEA", "National Drug Law Enforcement Agency"], []), "ha", NAIJA),
    # look-alike (dabofm): an English proficiency exam for a teaching programme's requirement (a test
    # centre's certificate, not the employer's selection)
    (event("Jarabawar TOEFL – cibiyar gwaji (Abuja)", organizer=SELF, location="Cibiyar gwaji, Abuja",
           **at("2029-03-13", "09:00", 180, *LOS), **_id(49)),
     None, "ha", DABO),
    # look-alike (hadalsame): a television interview
    (event("Waraysi – Astaan TV (barnaamijka galabta)", organizer=SELF, location="Astaan TV, Hargeysa",
           **at("2029-03-14", "15:00", 60, *MGQ), **_id(50)),
     None, "so", HADALSAME),
    # look-alike (radiojowhar): the national secondary-school exam
    (event("Imtixaanka shahaadiga – dugsiga sare (Cabdi)", organizer=SELF, location="Dugsiga Hodan",
           **at("2029-03-15", "07:30", 180, *MGQ), **_id(51)),
     None, "so", JOWHAR),
    # look-alike (unizik): a researcher's interviews with village elders (fieldwork)
    (event("Ajụjụ ọnụ nchọcha – ndị okenye Oghe (iri ji ọhụrụ)", organizer=SELF, location="Oghe",
           **at("2029-03-16", "10:00", 120, *LOS), **_id(52)),
     None, "ig", UNIZIK),
]
