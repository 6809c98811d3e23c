"""A check set for title vetoes' reach and their dispute (issue #15, round 17).

Written and labelled by hand in round 17, before the code ran on it and before the veto rules
changed; scored once on round 17's starting code (r17start), then after the change
(docs/detection.md, "Round 17: a veto's reach"). Tuning data from the start (round
"tune-17-check-v").

Aimed at classes, not at cases: (1) an employer's or an organiser's hiring event, open day,
recruiting day or job dating where the invitation books the owner a selection step and speaks to
them in the logistics of attending it (an RSVP, ID or documents to bring, a time to arrive, what
to wear, their slot), in English, German, French, Italian, Dutch and Spanish; (2) a title whose
veto word belongs to a longer name of a job or a scheme ("Graduate Training Scheme", "Strategy &
Operations", "Webinar Producer", "Orientation & Mobility Specialist", "1:1 with the hiring
manager"); (3) the owner's own entries naming an interview and, in an aside, something else
("(then lecture)", "– after: weekly sync", "; puis training"); (4) on the other side, true vetoes
that speak to the attendee in the same second-person logistics: a webinar or workshop about
interviews, a consular or medical interview, a job fair without a booked interview, a school's
career day, a research interview, an interviewer training, a 1:1 with the owner's manager, a
lecture; and the owner's own entries whose main item is the vetoed one ("Mock interview ... (real
one Fri)", "Interview prep – ... (interview Thu)").

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to (interviewers and the hiring side's recruiter or team mailbox with an address; no-reply
and tool mailboxes are not thanked). Decisions where earlier files were silent:
- a multi-employer job fair the owner RSVPs to, with no interview booked, is not a hiring step
  (no), even when the invitation says to bring a résumé and dress for interviews;
- the owner's own entry naming an interview and a second, vetoed item in an aside is the
  interview (yes); with the vetoed item as the entry's main item it is not (no).
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

LON = ("+01:00", "Europe/London")
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
BER = ("+02:00", "Europe/Berlin")
PAR = ("+02:00", "Europe/Paris")
ROM = ("+02:00", "Europe/Rome")
AMS = ("+02:00", "Europe/Amsterdam")
MAD = ("+02:00", "Europe/Madrid")
SYD = ("+10:00", "Australia/Sydney")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
CAREERFAIRPLUS = ("https://help.careerfairplus.com/en/articles/"
                  "5472738-a-guide-for-event-hosts-setting-up-an-interview-day")
ARM = "https://www.arm.co.uk/blog/recruitment-open-day/"
IET = ("https://engineering-jobs.theiet.org/article/"
       "how-to-make-the-most-of-a-recruitment-open-day/")
MUNERIO = "https://munerio.de/recruitment-insights/recruitment-insights-bewerberinnentag"
UNI24 = "https://uni-24.de/was-ist-ein-bewerberauswahltag-aufklaerung-tz24/"
INFOJEUNESSE = "https://info-jeunesse.fr/job-dating-special-ete"
LAGAZETTE = "https://lagazette-ladefense.fr/2019/11/21/un-job-dating-au-coeur-du-centre-commercial/"
LIGURIA24 = ("https://www.liguria24.it/2023/02/24/il-recruiting-day-del-centro-per-limpiego-torna-"
             "in-presenza-e-fa-il-pieno-al-terminal-crociere/337229/")
MUENSTERLAND = ("https://www.marketing-im-muensterland.de/blog/"
                "bewerbertag-effizienter-auswählen-besser-entscheiden")
UNITEMPS = "https://www.unitemps.com/assessment-day-advice"
LAUNCHGROUP = "https://learn.thelaunchgroup.co.uk/topic/page-4-4/"
GITLAW = "https://git.law/community/doc/letter-inviting-candidates-to-interview-9SVIz7"
DREAMINGECHO = "https://dreamingecho.es/playbook/resources/1-1-agenda"
EMPLOYSOME = "https://employsome.com/blog/1-on-1-meeting-template/"
MARXAN = "http://marxanweb.org/weekly-one-on-one-meeting.html"
CIRCULOS = "https://circulos.co/skills/one-on-one.md"
HUMADROID = ("https://humadroid.io/posts/"
             "how-to-create-an-effective-one-on-one-meeting-agenda-in-5-steps")
NAYAPK = ("https://www.nayapk.blog/embassy-appointment-guide-step-by-step-visa-interview-"
          "scheduling-for-u-s-applicants/page/3")
JOBFIT = "https://jobfit.com.au/?p=5176"
RRP = "https://www.rrp.com.au/blog-pre-employment-faq/"
CORPCHOICE = ("https://www.corpchoice.com.au/blog/"
              "how-to-prepare-for-a-pre-employment-medical-a-comprehensive-guide")
CMO = "https://cmo.gov.ie/ga/pre-employment-medical-assessments/"
HYRELL = "https://www.hyrell.com/v3support-sub/hc/en-us/articles/360041386974-Interview-Calendar"
FRANCE3 = ("https://france3-regions.francetvinfo.fr/hauts-de-france/somme/amiens/un-job-dating-sans-"
           "cv-fonde-uniquement-sur-la-personnalite-des-candidats-c-est-plus-honnete-et-on-se-prend-"
           "moins-la-tete-2920752.html")
YOURFIRM = ("http://www.yourfirm.de/blog/recruiting/"
            "bewerbertage-fuer-berufseinsteiger-intensives-gegenseitiges-kennenlernen/")
BERUFSSTART = "http://berufsstart.de/jobmessen/tipps-fuer-den-messebesuch/vorbereitung.php"

TUNE17_CHECK_V: list[Case] = [
    # ======================================= hiring events that book the owner a selection step
    (event("Hiring Event – same-day interviews (Brookfield Fulfilment)",
           organizer=org("events@brookfieldfulfil.com", "Brookfield Talent Events"),
           description="Hi Pat, your RSVP is confirmed for Saturday's hiring event. Check in at the front "
                       "desk, bring a government-issued ID and your Social Security card for the I-9, and "
                       "wear closed-toe shoes. Interviews run from 9 to 1; offers may be made the same day.",
           location="Brookfield Fulfilment, 4400 Gateway Blvd, Joliet IL",
           id="t17v-01", **at("2027-10-02", "09:00", 240, *CHI)),
     yes(["Brookfield Fulfilment", "Brookfield"], ["events@brookfieldfulfil.com"]), "en", CAREERFAIRPLUS),
    (event("Interview Day – Graduate Engineers | Recruitment Open Day",
           organizer=org("earlycareers@kestonrail.co.uk", "Keston Rail Early Careers"),
           description="Dear Pat, thanks for registering for our recruitment open day. After the welcome talk "
                       "and the depot tour you have a 30-minute interview slot at 13:40. Arrive by 9:15; "
                       "smart-casual dress, and safety boots for the tour.",
           location="Keston Rail Depot, Station Approach, Derby",
           id="t17v-02", **at("2027-10-05", "09:15", 360, *LON)),
     yes(["Keston Rail", "Keston"], ["earlycareers@kestonrail.co.uk"]), "en", ARM),
    (event("Open House & On-the-Spot Interviews – Care Assistants",
           organizer=org("jobs@willowmeadcare.co.uk", "Willowmead Care Recruitment"),
           description="Hello Pat, we're looking forward to seeing you at our open house. You'll have a short "
                       "interview with the home manager while you're here. Bring proof of your right to work "
                       "and two references' contact details.",
           location="Willowmead House, 12 Abbey Rd, Bath",
           id="t17v-03", **at("2027-10-06", "10:00", 120, *LON)),
     yes(["Willowmead Care", "Willowmead House", "Willowmead"], ["jobs@willowmeadcare.co.uk"]), "en", IET),
    (event("Recruiting Day Ausbildung 2028 – Industriekaufleute (Hallberg Werke)",
           organizer=org("ausbildung@hallberg-werke.de", "Hallberg Werke Ausbildung"),
           description="Hallo Pat, vielen Dank für Ihre Anmeldung zum Recruiting Day. Nach dem Rundgang "
                       "führen wir mit Ihnen ein Einzelgespräch. Bitte bringen Sie Ihren Personalausweis und "
                       "Ihr letztes Zeugnis mit und seien Sie um 8:45 Uhr am Empfang.",
           location="Hallberg Werke, Industriestr. 8, Bielefeld",
           id="t17v-04", **at("2027-10-07", "09:00", 300, *BER)),
     yes(["Hallberg Werke", "Hallberg"], ["ausbildung@hallberg-werke.de"]), "de", UNI24),
    (event("Bewerbertag / Hiring Event – Pflegefachkräfte",
           organizer=org("karriere@klinikum-elsfeld.de", "Klinikum Elsfeld Karriere"),
           guests=[guest("m.brandt@klinikum-elsfeld.de", "Maren Brandt")],
           description="Guten Tag Pat, Ihr Gesprächstermin beim Bewerbertag ist um 10:30 Uhr mit "
                       "Pflegedienstleitung Maren Brandt. Bitte bringen Sie Ihre Examensurkunde mit.",
           location="Klinikum Elsfeld, Haus B, Raum 012",
           id="t17v-05", **at("2027-10-08", "10:30", 60, *BER)),
     yes(["Klinikum Elsfeld", "Elsfeld"], ["karriere@klinikum-elsfeld.de", "m.brandt@klinikum-elsfeld.de"]),
     "de", MUNERIO),
    (event("Job dating – Boulangerie Moreau (vendeur·se)",
           organizer=org("recrutement@boulangeries-moreau.fr", "Boulangeries Moreau"),
           description="Bonjour Pat, votre créneau de job dating est confirmé à 14h20 : un échange de 10 "
                       "minutes avec la responsable de boutique. Munissez-vous de votre CV et d'une pièce "
                       "d'identité, et présentez-vous à l'accueil 10 minutes avant.",
           location="Maison de l'Emploi, 3 rue Gambetta, Amiens",
           id="t17v-06", **at("2027-10-09", "14:20", 20, *PAR)),
     yes(["Boulangeries Moreau", "Boulangerie Moreau", "Moreau"], ["recrutement@boulangeries-moreau.fr"]), "fr",
     INFOJEUNESSE),
    (event("Hiring Day Noël – entretiens sur place (Galeries Sorel)",
           organizer=org("talents@galeries-sorel.fr", "Galeries Sorel Talents"),
           description="Pat, merci pour votre candidature. Vous êtes attendu(e) à 9h30 au niveau -1 pour "
                       "votre entretien. Pensez à apporter votre pièce d'identité et votre carte vitale.",
           location="Galeries Sorel, La Défense",
           id="t17v-07", **at("2027-10-12", "09:30", 45, *PAR)),
     yes(["Galeries Sorel", "Sorel"], ["talents@galeries-sorel.fr"]), "fr", LAGAZETTE),
    (event("Recruiting Day – colloquio individuale (Hotel Baia Verde)",
           organizer=org("selezione@baiaverdehotels.it", "Baia Verde Selezione"),
           description="Gentile Pat, la aspettiamo al Recruiting Day: il suo colloquio è alle 11:15. Si "
                       "presenti con un documento d'identità e il curriculum aggiornato.",
           location="Terminal Crociere, Largo Fiorillo, La Spezia",
           id="t17v-08", **at("2027-10-13", "11:15", 30, *ROM)),
     yes(["Hotel Baia Verde", "Baia Verde Hotels", "Baia Verde"], ["selezione@baiaverdehotels.it"]), "it",
     LIGURIA24),
    (event("Hiring Event – kennismakingsgesprek ter plekke (Dijkstra Logistiek)",
           organizer=org("werving@dijkstralogistiek.nl", "Dijkstra Logistiek Werving"),
           description="Hoi Pat, leuk dat je komt! Jouw tijdslot is 15:00. Neem je ID en je cv mee en meld "
                       "je bij de receptie. Je spreekt met de teamleider van het magazijn.",
           location="Dijkstra Logistiek, Havenweg 21, Venlo",
           id="t17v-09", **at("2027-10-14", "15:00", 30, *AMS)),
     yes(["Dijkstra Logistiek", "Dijkstra"], ["werving@dijkstralogistiek.nl"]), "nl", YOURFIRM),
    (event("Jornada de selección / Hiring Day – Mercado Roca",
           organizer=org("seleccion@mercadoroca.es", "Mercado Roca Selección"),
           description="Hola Pat: tu entrevista en la jornada de selección es a las 12:00. Trae tu DNI y el "
                       "currículum impreso, y llega 10 minutos antes a la puerta de personal.",
           location="Mercado Roca, Av. del Puerto 40, Valencia",
           id="t17v-10", **at("2027-10-15", "12:00", 30, *MAD)),
     yes(["Mercado Roca", "Roca"], ["seleccion@mercadoroca.es"]), "es", MUENSTERLAND),
    # ============================================ a veto word inside a job's or a scheme's name
    (event("Graduate Training Scheme – Assessment Centre (Halden Rail)",
           organizer=org("graduates@haldenrail.co.uk", "Halden Rail Graduates"),
           description="Dear Pat, congratulations: you are invited to our assessment centre. Your day "
                       "includes a group exercise, a presentation and an interview. Please bring photo ID "
                       "and arrive by 8:30.",
           location="Halden Rail, 2 Wharf St, Leeds",
           id="t17v-11", **at("2027-10-18", "08:30", 420, *LON)),
     yes(["Halden Rail", "Halden"], ["graduates@haldenrail.co.uk"]), "en", UNITEMPS),
    (event("Strategy & Operations Associate – Superday (Corbell Partners)",
           organizer=org("recruiting@corbellpartners.com", "Corbell Recruiting"),
           guests=[guest("j.ahmed@corbellpartners.com", "Jana Ahmed")],
           description="Pat, your Superday has three back-to-back interviews: a case, a modelling exercise "
                       "and a fit interview with Jana Ahmed. Business casual; Zoom links below.",
           location="https://zoom.us/j/5553017722",
           id="t17v-12", **at("2027-10-19", "10:00", 180, *NY)),
     yes(["Corbell Partners", "Corbell"], ["recruiting@corbellpartners.com", "j.ahmed@corbellpartners.com"]),
     "en", LAUNCHGROUP),
    (event("1:1 with Hiring Manager – Product Designer (Tallow)",
           organizer=org("talent@tallow.app", "Tallow Talent"),
           guests=[guest("r.ng@tallow.app", "Rhea Ng")],
           description="Hi Pat, next step in your process: a 45-minute conversation with Rhea Ng, the hiring "
                       "manager for the Product Designer role. Bring two projects to walk through.",
           location="Google Meet",
           id="t17v-13", **at("2027-10-20", "16:00", 45, *NY)),
     yes(["Tallow"], ["talent@tallow.app", "r.ng@tallow.app"]), "en", GITLAW),
    (event("Webinar Producer – video interview (Lumenhall Events)",
           organizer=org("people@lumenhall.com", "Lumenhall People"),
           description="Hello Pat, thank you for applying for the Webinar Producer position. Your video "
                       "interview with our head of production is on Teams; please test your camera first.",
           location="Microsoft Teams",
           id="t17v-14", **at("2027-10-21", "11:00", 45, *LON)),
     yes(["Lumenhall Events", "Lumenhall"], ["people@lumenhall.com"]), "en", UNITEMPS),
    (event("Orientation & Mobility Specialist – Panel Interview",
           organizer=org("hr@northshorevision.org", "North Shore Vision HR"),
           description="Dear Pat, you are scheduled for a panel interview for the Orientation & Mobility "
                       "Specialist opening. Please bring your COMS certificate and a copy of your "
                       "application.",
           location="North Shore Vision Center, 90 Harbor Dr, Salem MA",
           id="t17v-15", **at("2027-10-22", "13:00", 60, *NY)),
     yes(["North Shore Vision", "North Shore Vision Center"], ["hr@northshorevision.org"]), "en", GITLAW),
    # ============================================== the owner's own entries, with an aside
    (event("Northfield Bank – first interview (then lecture at 4)", organizer=SELF,
           location="Northfield Bank, 1 Market Sq, Leeds",
           id="t17v-16", **at("2027-10-25", "14:00", 60, *LON)),
     yes(["Northfield Bank", "Northfield"], []), "en", ARM),
    (event("Interview @ Orchard Logistics – after: weekly sync", organizer=SELF,
           description="Ask for Dana at reception. Bring portfolio.",
           id="t17v-17", **at("2027-10-26", "09:30", 60, *CHI)),
     yes(["Orchard Logistics", "Orchard"], []), "en", UNITEMPS),
    (event("Final interview – Brindle & Co (skip yoga class)", organizer=SELF,
           guests=[guest("h.cole@brindleco.com", "Hana Cole")],
           id="t17v-18", **at("2027-10-27", "17:30", 60, *NY)),
     yes(["Brindle & Co", "Brindle"], ["h.cole@brindleco.com"]), "en", LAUNCHGROUP),
    (event("Entretien Maison Verlaine; puis training au club", organizer=SELF,
           description="2e entretien avec la DRH. Apporter diplômes.",
           id="t17v-19", **at("2027-10-28", "10:00", 60, *PAR)),
     yes(["Maison Verlaine", "Verlaine"], []), "fr", INFOJEUNESSE),
    (event("Phone screen Quarry Labs, followed by webinar on pensions", organizer=SELF,
           id="t17v-20", **at("2027-10-29", "12:00", 30, *SYD)),
     yes(["Quarry Labs", "Quarry"], []), "en", GITLAW),
    (event("Vorstellungsgespräch Kern & Falk GmbH (danach Seminar)", organizer=SELF,
           description="Gespräch mit Herrn Falk, Zeugnisse mitnehmen.",
           id="t17v-21", **at("2027-11-01", "09:00", 60, *BER)),
     yes(["Kern & Falk GmbH", "Kern & Falk"], []), "de", BERUFSSTART),
    # ===================== true vetoes, the attendee spoken to in the same second-person logistics
    (event("Webinar: How to ace your job interview",
           organizer=org("events@careerpath-academy.org", "CareerPath Academy"),
           description="Hi Pat, your registration is confirmed. Join 5 minutes early with the link below and "
                       "bring your questions about interviews; a recording will follow.",
           location="https://zoom.us/j/5558813302",
           id="t17v-22", **at("2027-11-02", "18:00", 60, *NY)),
     None, "en", HUMADROID),
    (event("Spring Job Fair – City Hall",
           organizer=org("jobcenter@cityofmarlow.gov", "Marlow Job Center"),
           description="Thanks for your RSVP! Over 40 employers will be there. Bring copies of your resume, "
                       "dress as you would for an interview and arrive early; parking is free.",
           location="Marlow City Hall, 100 Main St",
           id="t17v-23", **at("2027-11-03", "10:00", 240, *CHI)),
     None, "en", BERUFSSTART),
    (event("Career Day – Westbrook High (volunteer speaker)",
           organizer=org("counseling@westbrookhs.org", "Westbrook High Counseling"),
           description="Thank you for volunteering, Pat! Please bring photo ID to sign in at the main office "
                       "and arrive by 8:30; you'll speak to two classes about your job.",
           id="t17v-24", **at("2027-11-04", "08:30", 180, *CHI)),
     None, "en", IET),
    (event("Visa interview – US Embassy",
           organizer=org("appointments@visa-bookings.net", "Visa Appointment Service"),
           description="Your interview appointment is confirmed. Please bring your passport, the DS-160 "
                       "confirmation page and this letter, and arrive 15 minutes before your slot.",
           location="Embassy of the United States, Consular Section",
           id="t17v-25", **at("2027-11-05", "08:15", 60, *LON)),
     None, "en", NAYAPK),
    (event("Pre-employment medical interview – occupational health",
           organizer=org("bookings@ohclinic-sydney.com.au", "OH Clinic Bookings"),
           description="Dear Pat, your pre-employment medical is booked. Please complete the health "
                       "questionnaire, bring photo ID and your glasses, and wear closed-in shoes.",
           location="OH Clinic, 20 Pitt St, Sydney",
           id="t17v-26", **at("2027-11-08", "09:00", 60, *SYD)),
     None, "en", JOBFIT),
    (event("Research interview – Loop app (gift card)",
           organizer=org("research@loopapp.io", "Loop Research"),
           description="Thanks for signing up, Pat! Your session is a 45-minute video call about how you plan "
                       "trips. You'll receive a $50 gift card afterwards; please join 5 minutes early.",
           id="t17v-27", **at("2027-11-09", "15:00", 45, *NY)),
     None, "en", RRP),
    (event("Training: structured interviewing for hiring managers",
           organizer=org("learning@ashgrovegroup.com", "Ashgrove Learning"),
           description="You're booked on this session. Please bring your laptop; you'll practise scoring "
                       "answers against the competency framework.",
           id="t17v-28", **at("2027-11-10", "13:00", 120, *LON)),
     None, "en", HYRELL),
    (event("1:1 Pat / Dana",
           organizer=org("dana.ortiz@fernwood.io", "Dana Ortiz"),
           description="Our weekly 1:1. Add your topics to the doc: wins, blockers, career goals. Bring your "
                       "self-review draft.",
           id="t17v-29", **at("2027-11-11", "10:00", 30, *NY)),
     None, "en", DREAMINGECHO),
    (event("Guest lecture – The Future of Hiring",
           organizer=org("events@harwick.ac.uk", "Harwick University Events"),
           description="Your place is confirmed. Please bring your student ID and arrive 10 minutes early; "
                       "the lecture is followed by questions.",
           location="Harwick University, Lecture Theatre 2",
           id="t17v-30", **at("2027-11-12", "17:00", 60, *LON)),
     None, "en", EMPLOYSOME),
    (event("Job dating – atelier CV et simulation d'entretien",
           organizer=org("ateliers@mission-emploi-amiens.fr", "Mission Emploi Amiens"),
           description="Bonjour Pat, votre inscription à l'atelier est confirmée. Munissez-vous de votre CV : "
                       "nous ferons une simulation d'entretien en petits groupes.",
           id="t17v-31", **at("2027-11-15", "14:00", 120, *PAR)),
     None, "fr", FRANCE3),
    (event("Mock interview w/ career coach (real one Fri)", organizer=SELF,
           id="t17v-32", **at("2027-11-16", "18:00", 60, *LON)),
     None, "en", CIRCULOS),
    (event("Interview prep – Quarry Labs (interview is Thu)", organizer=SELF,
           description="Re-read the job ad, STAR stories.",
           id="t17v-33", **at("2027-11-17", "19:00", 60, *SYD)),
     None, "en", MARXAN),
    (event("Hiring Event – interviewer roster (store 214)",
           organizer=org("store214.manager@brookfieldfulfil.com", "Store 214 Manager"),
           description="Thanks for helping at Saturday's hiring event. You're at table 3 doing the interviews "
                       "with Lee; bring your badge and pick up the scorecards at 8:30.",
           id="t17v-34", **at("2027-10-02", "08:30", 300, *CHI)),
     None, "en", CMO),
    (event("Bewerbertag – Interviewer-Einsatzplan",
           organizer=org("hr@klinikum-elsfeld.de", "Klinikum Elsfeld HR"),
           description="Liebe Kolleginnen und Kollegen, danke für Ihre Unterstützung beim Bewerbertag. Bitte "
                       "bringen Sie die Bewertungsbögen mit; Sie führen die Gespräche mit den Bewerbern in "
                       "Raum 012.",
           id="t17v-35", **at("2027-10-08", "08:00", 480, *BER)),
     None, "de", CORPCHOICE),
]
