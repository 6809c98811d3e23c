"""Blind batch 13 of the real-material corpus (issue #15, round 13): calendar events only.

Built and labelled by hand on 2026-12-06, before any code ran on it, after round 12's blind batch
(``real_cases_b12.py``, ``real_cases_b12_intl.py``) had become tuning data. The helper who wrote it
never read the detection code, the timeline code or their documentation, and never ran the
detector, the detection bench, the weight fit or any test on these cases. Same conventions as
``real_cases.py`` and the b2 to b12 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, all-day events, location, conference text), wording or a process
documented on the public page cited in its source; names, companies and addresses are invented
(company domains look like real ones; none under a reserved name; a vendor's own domain only for
the vendor's demo); the wording is paraphrased, not copied. Every source is new to the corpus: no
URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py for the URL and the host before each was used; hosts already cited, such as
allnurses.com, glassdoor, raldurjatc.org, 309jatc.org, sejatc.org, thepennyhoarder.com,
mightyrecruiter.com or asynchronousinterview.com, were left out).

What it holds: 150 events, 75 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 100 in English (44 interviews; US, UK, Ireland, South Africa, Australia,
Canada) and 50 in 13 other languages (31 interviews): German 7 (4, Germany), Spanish 5 (3, Spain),
French 5 (3, France and Switzerland), Dutch 5 (3), Japanese 5 (3), Italian 4 (3), Portuguese 3 (2,
Portugal), Korean 3 (2), Polish 3 (2), Chinese 3 (2), Czech 3 (2), Norwegian 2 (1), Turkish 2 (1).
83 cited sources on 82 hosts (40 sources on 39 hosts for the English half, 43 on 43 for the other
languages), none cited by an earlier file. Norwegian, Polish, Czech and Turkish come back after
rounds without them; the one tool new to the corpus is Willo (one-way interviews, its practice
zone, a vendor demo); the rest of what is new is sectors and processes.

New to the corpus, by sector and process (the sectors b2 to b12 covered least): aviation
(cabin-crew assessment days by invitation with registration, reach test, English and numeracy
tests, presentation, group exercise, cuts and final interviews; a Middle East airline's
recruitment day in a hotel with a dress code; the English assessment slot for non-native speakers;
pilot selection: aptitude and personality tests, technical and HR competency interviews, a
simulator assessment with briefing, sortie and debrief, a check captain's sim check, a cadet
programme's stages), the trades (electrical JATC apprenticeships: the aptitude test that qualifies
for an interview, the six-member NECA/IBEW committee interview, the ranking list, the drug screen),
academia (a search committee's video first round, the two-day campus visit with dinner, dean,
chair, job talk and graduate students, the closed chalk talk, a postdoc visit with a whiteboard
talk and a job talk), consulting and finance (first-round back-to-back case interviews, a phone
case, a group case, a proctored numerical test, a partner final round, a four-case day, an
investment-banking superday), freelance talent networks (a Toptal-like screening: communication
call, timed coding test, live coding, test-project review, then a client interview the network's
matcher sets up), a Willo one-way interview, retail and shop group interviews, hotels (front desk
in the US, Spain, Italy, Poland, Turkey), healthcare (a nursing unit manager's recruiter screen,
panel and peer interview, an internal charge-nurse posting; German Hospitation trial days on a ward
and on an ambulant care tour; a foreign doctor's interview with the head physician and a ward
visit; a Portuguese nurses' pool with a jury interview and a knowledge test; Japanese and Korean
hospital nursing interviews; a Chinese hospital's interview day and nursing skills test; a Dutch
agency's shadow day at the client; a Dutch hospital's selection evening for paid nursing-training
places; a French nurse's internal move to acting unit manager), a Spanish municipal oposición's
personal interview before the tribunal, a Madrid job agency's express interviews, restaurant lunch
interviews (France, Switzerland, Italy), a Polish restaurant trial day, a dental lab's group trial
work for apprentices, a Czech agency interview with the client and a bank's second round, a
Norwegian interview. Look-alikes: security-clearance subject interviews, fingerprints and the owner
as a reference, a MEPS medical and a military recruiter's first meeting, a class 1 medical, a work
visa's biometrics, an employer's occupational-health check, the owner on the hiring side (a faculty
seminar, group interview sessions, a shadow day, housekeeping interviews, a volunteer mock case
interviewer), mock chalk talks, training programmes, coaching, webinars and info sessions, case
practice, a user-research study, an admissions interview, a newspaper interview, a vendor demo of
one-way interviews, a relocation briefing, the first day of a trial period after hiring, the
candidate's chores, and plain events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
12's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own address, rooms, group addresses,
no-reply and tool mailboxes, declined guests and bots are out; people a schedule names without an
address are listed by name; an agency's recruiter is thanked with the client's interviewers and
the company is the client (the agency when no client is named); informational chats, fairs,
medical checks, background checks and admissions are not interviews; trial days, working
interviews, job shadowing, group exercises, assessment centres, lunches inside a hiring process and
the employer's own tests are hiring steps; a one-way interview or test the owner blocked time for
is a hiring step with nobody to thank; an internal interview is a job interview; media,
user-research and visa interviews are not job interviews. Decisions this batch had to make where
the earlier files were silent carry a one-line comment on the case; in short:
- a security-clearance subject interview with a background investigator is a check, like b12's
  police background interview (no); the cleared job's own interview is a job interview (yes);
- a military entrance medical (MEPS) is a medical check (no), and a first meeting with a military
  recruiter about enlistment options is informational (no);
- a freelance talent network's screening (communication call, coding test, live coding, project
  review) is a hiring step with the network as the company (yes); a client interview the network's
  matcher sets up follows the agency rule (the client is the company; matcher and client thanked);
- an electrical JATC apprenticeship's committee interview and its aptitude test are hiring steps
  (yes), with the JATC as the company; its drug screen is a check (no);
- a job agency's express-interview day with a booked slot and a named employer is an interview with
  that employer (yes; the agency contact and the employer's named interviewer are thanked), unlike
  a fair;
- a hospital tour a nurse asks for before applying (Japanese 病院見学) is a visit, not a hiring step
  (no); a Hospitation the hospital offers after the interview is a trial day (yes);
- a hospital's selection evening for paid nursing-training places (Dutch BBL) is a hiring step (yes);
- the first day of a trial period, and a relocation briefing after an offer, are employment, not
  hiring steps (no);
- a campus visit's dinner with the search committee is a hiring step (yes; the committee is
  thanked); a faculty seminar the owner attends as a faculty member is the hiring side (no);
- a one-way interview tool's practice zone, used by the owner before the real interview, is the
  owner's practice (no), as b10's connection test.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b13_intl.py``, split out for length; ``BLIND13`` holds both.

Scored once, at the end of round 13, for docs/detection.md and the README; tuning data since round 14.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b13_intl import (
    CHI,
    DEN,
    DUB,
    DXB,
    INTL13,
    JNB,
    LA,
    LON,
    MEET,
    NY,
    SELF,
    SYD,
    TEAMS,
    TOR,
    WEBEX,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
AIRCABIN = "https://aircabincrew.blogspot.com/2016/02/what-does-airline-assessment-day-look.html"
AIRLINESTAFF = "http://airlinestaff.co.za/assessment.htm"
AVJOBSEARCH = ("https://aviationjobsearch.com/career-hub/articles/career-advice/cabin-crew/"
               "step-sixthe-assessment-day")
CABINFORUM = ("https://thecabincrewforum.com/2017/03/16/an-introduction-to-the-cabin-crew-assessment-day-"
              "2017-tips-and-advice")
FACENTRAL = "https://flightattendantcentral.com/blogs/blog/the-cabin-crew-assessment-day-explained"
SIMTECH = "https://simtech.ie/insights/airline-assessment-preparation/"
DELIVER = "https://deliveraviation.co.uk/fly/airline-simulator-assessment"
YAW = "https://www.yawaviation.com/post/simulator-assessment-what-are-they-looking-for"
PPRUNE = "https://www.pprune.org/2769376-post1080.html"
AVINSIDER = "https://aviationinsider.com/passing-your-airline-interview-and-simulator-assessment/"
SOTX = "https://sotxjatc.org/interview-overview.html"
TRICITY = "https://www.tricityjatc.org/page/interview-15.html"
CHATTJATC = "https://www.chattanoogaelectricaljatc.com/qualifications"
XYK = "https://xykademiqz.com/2017/11/20/"
BRIEMREID = "https://briemreid.com/resources/job-market-series-part-4-interview-logistics"
JIMOLDS = "https://jim-olds.com/2022/08/21/job-searching-in-academia-for-postdocs-part-ii/"
HARVARDPD = "https://postdoc.harvard.edu/chalk-talks"
ROCKEDU = "https://rockedu.rockefeller.edu/?p=10050"
HACKCASE = "https://www.hackingthecaseinterview.com/pages/consulting-first-round-interviews"
NDCONSULT = "https://consultingconnect.nd.edu/prepare/interviews/"
DUKECONSULT = "https://dukeconsulting.org/?p=51"
CONSULTANTSMIND = "http://www.consultantsmind.com/2017/10/06/case-interview/"
CONSULTINGJUNKIE = "http://consultingjunkie.com/crack-the-case-interviews-whats-the-right-mindset/"
CAREERADDICT = "https://www.careeraddict.com/prepare-for-the-consulting-case-interview-and-land-your-dream-job"
ERASMUS = ("https://www.erasmusrecruitmentplatform.nl/career-services/interviewing-and-applying/"
           "case-interview-preparation")
CLEVERCODER = "https://clevercoder.net/2017/09/04/toptal-passed-interview/"
FROGHRAMAR = "https://froghramar.com/interviews/2021/12/16/how-i-get-into-toptal.html"
PROGBEAR = "http://programmerbear.com/review-toptal-hiring-process/"
WILLO = "https://support.willo.video/article/64-5-easy-steps-to-your-interview"
WILLO_CREATE = "https://support.willo.video/article/26-create-an-interview"
CJNEWS = ("https://news.clearancejobs.com/2025/08/17/meeting-with-a-security-clearance-investigator-what-to-"
          "expect-after-submitting-your-forms")
SCADV = "https://www.securityclearanceadvocates.com/blog/2018/may/the-security-clearance-personal-interview/"
CJDISCUSS = "https://discuss.clearancejobsblog.com/t/subject-interview/3213"
CAREEROPT = "http://www.careeroptionsmagazine.com/the-group-interview-a-retail-perspective/"
MIMEO = "https://www.mimeo.com/blog/group-interviews-retail-positions/"
KRISTAL = "https://www.kristalclearsolutions.com/post/the-seasonal-cash-crunch"
OURHOUSE = "https://ourhousecollective.blogspot.com/2012/01/group-interview.html"
HOTELTALK = "https://hoteltalk.app/hotel-interview-tips/"
EHOW = "http://www.ehow.co.uk/how_7457567_score-manager-job-interview-questions.html"
NJARNG = "https://criteria.njarmyguard.com/processing/"


ENGLISH13: list[Case] = [
    # ============================================================ aviation: cabin crew
    # aircabincrew: an invitation-only assessment day with registration, a reach test, English and maths
    # tests, the airline's presentation, a group activity, cuts during the day and final interviews
    (event("Cabin Crew Assessment Day – London Heathrow – Skylark Airways",
           organizer=org("cabincrew.recruitment@skylarkairways.co.uk", "Skylark Airways Cabin Crew Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="<p>Dear Pat,</p><p>Congratulations, you are invited to our Assessment Day.</p><ul>"
                       "<li>08:00 registration (bring passport and a printed photo)</li><li>08:30 reach test "
                       "(210 cm)</li><li>09:00 English and numeracy test</li><li>10:00 presentation, then group "
                       "exercises</li><li>afternoon: final interviews for remaining candidates</li></ul><p>Please "
                       "note candidates may be released during the day.</p>",
           location="Heathrow Conference Hotel, Bath Road, Hounslow TW6 2AQ",
           **at("2027-04-14", "08:00", 540, *LON)),
     yes(["Skylark Airways", "Skylark", "Skylarkairways"], ["cabincrew.recruitment@skylarkairways.co.uk"]),
     "en", AIRCABIN),
    # aircabincrew: the night before, travel and a hotel near the venue (a chore)
    (event("Train to Heathrow + check in at Premier Lodge (AD tomorrow 8am)", organizer=SELF,
           **at("2027-04-13", "17:30", 180, *LON)),
     None, "en", AIRCABIN),
    # airlinestaff: a Middle East airline's recruitment day in a hotel, dress code given in the invitation
    (event("Cabin Crew Recruitment Day – Johannesburg (by invitation)",
           organizer=org("careers.cabincrew@desertwingsair.com", "Desert Wings Cabin Crew Careers"),
           description="You are invited to our recruitment day. Please arrive no later than 08:30. Business attire: "
                       "dark skirt or trousers, white blouse, closed heels. Bring your CV and two photographs. "
                       "Our recruiters Farah Al-Mansoori and Leon Botha will present the airline.",
           location="Sandton Sun Hotel, Ballroom 2, Fifth Street, Sandton",
           **at("2027-04-17", "08:30", 480, *JNB)),
     yes(["Desert Wings", "Desert Wings Air", "Desertwingsair"],
         ["careers.cabincrew@desertwingsair.com", "Farah Al-Mansoori", "Leon Botha"]), "en", AIRLINESTAFF),
    # airlinestaff: the candidate's chore for the dress code
    (event("Buy navy skirt + white blouse, closed heels (recruitment day dress code)", organizer=SELF,
           location="Rosebank Mall",
           **at("2027-04-15", "16:00", 90, *JNB)),
     None, "en", AIRLINESTAFF),
    # aviationjobsearch: invited back for the final interview after the assessment day
    (event("Final Interview – Cabin Crew – Skylark Airways",
           organizer=org("cabincrew.recruitment@skylarkairways.co.uk", "Skylark Airways Cabin Crew Recruitment"),
           guests=[guest("cabincrew.recruitment@skylarkairways.co.uk", "Skylark Airways Cabin Crew Recruitment"),
                   guest("hannah.vale@skylarkairways.co.uk", "Hannah Vale"),
                   guest("omar.siddiqui@skylarkairways.co.uk", "Omar Siddiqui")],
           description="Following your Assessment Day you are invited to a final interview with two members of "
                       "the recruitment team. 30 minutes, competency based.",
           location="Skylark House, Training Centre, Crawley RH10 9NZ",
           **at("2027-04-27", "11:30", 30, *LON)),
     yes(["Skylark Airways", "Skylark", "Skylarkairways"],
         ["cabincrew.recruitment@skylarkairways.co.uk", "hannah.vale@skylarkairways.co.uk",
          "omar.siddiqui@skylarkairways.co.uk"]), "en", AVJOBSEARCH),
    # aviationjobsearch: the English competency slot for non-native speakers, the airline's own test
    (event("English Language Assessment (non-native speakers) – Desert Wings",
           organizer=org("careers.cabincrew@desertwingsair.com", "Desert Wings Cabin Crew Careers"),
           description="20-minute speaking assessment with an assessor, booked for the afternoon of the "
                       "recruitment day.",
           location="Sandton Sun Hotel, Meeting Room 4",
           **at("2027-04-17", "14:40", 20, *JNB)),
     yes(["Desert Wings", "Desert Wings Air", "Desertwingsair"], ["careers.cabincrew@desertwingsair.com"]),
     "en", AVJOBSEARCH),
    # thecabincrewforum: the candidate rehearses group-exercise behaviour with a friend (a mock)
    (event("Practise group exercise + 'why this airline' with Jess (AD prep)", organizer=SELF,
           guests=[guest("jess.kaur88@gmail.com", "Jess Kaur")],
           **at("2027-04-11", "18:00", 60, *LON)),
     None, "en", CABINFORUM),
    # flightattendantcentral: a paid coaching session on assessment days (coaching, not a hiring step)
    (event("1:1 coaching – Assessment Day role-play (Cabin Crew Coach)",
           organizer=org("bookings@crewready-coaching.com", "CrewReady Coaching"),
           guests=[guest("bookings@crewready-coaching.com", "CrewReady Coaching")],
           description="Your coach will run a mock assessor session. Payment received." + ZOOM,
           **at("2027-04-10", "10:00", 60, *LON)),
     None, "en", FACENTRAL),
    # ============================================================ aviation: pilots
    # simtech: HR and aviation experts interview; a technical interview and a competency interview
    (event("First Officer A320 – Technical Interview + HR Competency Interview",
           organizer=org("pilot.recruitment@aercorrib.ie", "Aer Corrib Pilot Recruitment"),
           guests=[guest("pilot.recruitment@aercorrib.ie", "Aer Corrib Pilot Recruitment"),
                   guest("capt.dwyer@aercorrib.ie", "Capt. Ciarán Dwyer"),
                   guest("aoife.nolan@aercorrib.ie", "Aoife Nolan")],
           description="Technical panel: Capt. Ciarán Dwyer (Base Captain). HR: Aoife Nolan. Please bring your "
                       "licence, medical certificate and logbook.",
           location="Aer Corrib Crew Centre, Galway Airport, Carnmore",
           **at("2027-04-12", "09:30", 120, *DUB)),
     yes(["Aer Corrib", "Aercorrib"],
         ["pilot.recruitment@aercorrib.ie", "capt.dwyer@aercorrib.ie", "aoife.nolan@aercorrib.ie"]), "en", SIMTECH),
    # simtech: the aptitude and personality tests at the assessment centre (the employer's own test)
    (event("Aptitude & Personality Testing – Aer Corrib (assessment centre, 2h)",
           organizer=org("pilot.recruitment@aercorrib.ie", "Aer Corrib Pilot Recruitment"),
           description="Psychomotor and multi-tasking tests, then a personality questionnaire. Pass/fail.",
           location="Aer Corrib Crew Centre, Testing Room 1",
           **at("2027-04-06", "13:00", 120, *DUB)),
     yes(["Aer Corrib", "Aercorrib"], ["pilot.recruitment@aercorrib.ie"]), "en", SIMTECH),
    # deliveraviation: a simulator assessment with a briefing, the sortie and a debrief
    (event("Simulator Assessment – B737 – Northwest Jet",
           organizer=org("pilotrecruitment@northwestjet.co.uk", "Northwest Jet Pilot Recruitment"),
           guests=[guest("pilotrecruitment@northwestjet.co.uk", "Northwest Jet Pilot Recruitment"),
                   room("c_nwj_ffs2@resource.calendar.google.com", "MAN-Training-FFS 2 (B737)")],
           description="13:00 briefing (aircraft type, criteria, scenarios), 14:00 sortie, 16:00 debrief. "
                       "Assessor: Capt. Helen Marsh. You will fly with a company first officer.",
           location="Northwest Jet Training Centre, Manchester Airport",
           **at("2027-04-20", "13:00", 210, *LON)),
     yes(["Northwest Jet", "Northwestjet"], ["pilotrecruitment@northwestjet.co.uk", "Helen Marsh"]),
     "en", DELIVER),
    # yawaviation: a paid simulator practice session before the real sim check (training)
    (event("Sim prep session (paid) – A320 FFS – SimTrain Dublin", organizer=SELF,
           description="Go-arounds, single-engine ILS, callouts + SOP flows. €395.",
           location="SimTrain Dublin, Swords",
           **at("2027-04-15", "19:00", 120, *DUB)),
     None, "en", YAW),
    # yawaviation: the sim check after the technical interview, a check captain in the right seat
    (event("Sim Check – Direct Entry First Officer – Coastal Express",
           organizer=org("flightops.hiring@coastalexpress.com.au", "Coastal Express Flight Ops Hiring"),
           guests=[guest("flightops.hiring@coastalexpress.com.au", "Coastal Express Flight Ops Hiring"),
                   guest("r.tanaka@coastalexpress.com.au", "Capt. Rei Tanaka", "needsAction")],
           description="You passed the technical interview. Sim check with Capt. Rei Tanaka (Check Captain). "
                       "SOP compliance and CRM are assessed.",
           location="Coastal Express Training, 12 Airport Dr, Mascot NSW",
           **at("2027-04-23", "06:00", 240, *SYD)),
     yes(["Coastal Express", "Coastalexpress"],
         ["flightops.hiring@coastalexpress.com.au", "r.tanaka@coastalexpress.com.au"]), "en", YAW),
    # pprune: a cadet selection sim check on a King Air with an assessor, then family questions
    (event("Cadet Pilot Selection – Stage 3: Sim Check (King Air) + Interview",
           organizer=org("cadets@brightwings-academy.co.uk", "Brightwings Cadet Programme"),
           description="Briefing on the instruments first. About 45 minutes in the sim, then a short interview.",
           location="Brightwings Academy, Oxford Airport, Kidlington",
           **at("2027-04-22", "10:00", 150, *LON)),
     yes(["Brightwings", "Brightwings Academy", "Brightwings-academy"], ["cadets@brightwings-academy.co.uk"]),
     "en", PPRUNE),
    # pprune: renewing the class 1 medical with an aviation examiner (a medical appointment)
    (event("Class 1 medical renewal – AME Dr. Pryce", organizer=SELF, location="Aeromed Clinic, Gatwick",
           **at("2027-04-08", "09:00", 90, *LON)),
     None, "en", PPRUNE),
    # aviationinsider: an online group exercise and competency interview at an assessment centre
    (event("Assessment Centre (online) – Group Exercise + Competency Interview – Aerlink Regional",
           organizer=org("talent@aerlinkregional.com", "Aerlink Regional Talent"),
           guests=[guest("talent@aerlinkregional.com", "Aerlink Regional Talent"),
                   guest("g.mcbride@aerlinkregional.com", "Gemma McBride")],
           description="Several assessors will observe; this is normal. Interviewer for the competency part: "
                       "Gemma McBride." + TEAMS,
           **at("2027-04-16", "09:00", 180, *LON)),
     yes(["Aerlink Regional", "Aerlink", "Aerlinkregional"],
         ["talent@aerlinkregional.com", "g.mcbride@aerlinkregional.com"]), "en", AVINSIDER),
    # ============================================================ trades: electrical apprenticeships
    # sotxjatc: the oral interview before a six-member committee (NECA and IBEW); the training director
    # escorts the applicant from the waiting room (new decision: the JATC is the company)
    (event("Apprenticeship Oral Interview – Inside Wireman – JATC Committee",
           organizer=org("apprenticeship@gulfbendjatc.org", "Gulf Bend Electrical JATC"),
           guests=[guest("apprenticeship@gulfbendjatc.org", "Gulf Bend Electrical JATC"),
                   guest("dokafor@gulfbendjatc.org", "Dale Okafor")],
           description="Please arrive 15 minutes early. The training director, Dale Okafor, will bring you to the "
                       "conference room. Six committee members (3 NECA, 3 IBEW) will ask questions; answer with "
                       "real examples (situation, what you did, result).",
           location="Gulf Bend JATC, 4410 Leopard St, Corpus Christi, TX",
           **at("2027-04-13", "14:20", 20, *CHI)),
     yes(["Gulf Bend Electrical JATC", "Gulf Bend JATC", "Gulf Bend", "Gulfbendjatc"],
         ["apprenticeship@gulfbendjatc.org", "dokafor@gulfbendjatc.org"]), "en", SOTX),
    # sotxjatc: the candidate's list of jobs and projects to talk about (a chore)
    (event("List jobs, school projects, hobbies w/ examples for JATC interview", organizer=SELF,
           **at("2027-04-11", "19:00", 45, *CHI)),
     None, "en", SOTX),
    # chattanooga JATC: the aptitude test that qualifies for an interview (the employer's own test)
    (event("Electrical Aptitude Test – Lookout Valley JATC",
           organizer=org("office@lookoutvalleyjatc.org", "Lookout Valley JATC"),
           description="Bring photo ID and your application receipt ($25 fee paid). Calculators not allowed. "
                       "A qualifying score of 4 or higher is needed for an interview.",
           location="Lookout Valley JATC Training Center, 2100 Hamill Rd, Hixson, TN",
           **at("2027-04-10", "08:00", 240, *NY)),
     yes(["Lookout Valley JATC", "Lookout Valley", "Lookoutvalleyjatc"], ["office@lookoutvalleyjatc.org"]),
     "en", CHATTJATC),
    # chattanooga JATC: the drug test before indenture (a check, b12: no)
    (event("Drug screen (JATC selection) – LabWorks Hixson", organizer=SELF,
           description="Bring the chain-of-custody form the JATC emailed.",
           **at("2027-04-26", "07:30", 30, *NY)),
     None, "en", CHATTJATC),
    # tricityjatc: an interview for those who qualified, ranking letter within a week
    (event("JATC Interview – Tri-River Electrical Apprenticeship",
           organizer=org("info@tririverjatc.org", "Tri-River JATC"),
           guests=[guest("info@tririverjatc.org", "Tri-River JATC")],
           description="Interview times are subject to change depending on the number of applicants. Your "
                       "ranking letter will follow within a week; results are not given by phone.",
           location="Tri-River JATC, 801 N Main St, Kennewick, WA",
           **at("2027-04-21", "10:40", 25, *LA)),
     yes(["Tri-River JATC", "Tri-River", "Tririverjatc"], ["info@tririverjatc.org"]), "en", TRICITY),
    # tricityjatc: keeping the JATC informed of a new phone number (a chore)
    (event("Call JATC office – update phone # (keep on 2-yr list)", organizer=SELF,
           **at("2027-04-28", "12:15", 10, *LA)),
     None, "en", TRICITY),
    # ============================================================ academia
    # briemreid: a campus visit's first day: arrival, hotel booked by the department, dinner with the
    # search committee (new decision: a hiring step, the committee is thanked)
    (event("Campus Interview Day 1 – arrival + dinner with search committee",
           organizer=org("hdfs-search@carrowaystate.edu", "HDFS Faculty Search Committee"),
           guests=[guest("hdfs-search@carrowaystate.edu", "HDFS Faculty Search Committee"),
                   guest("mlindqvist@carrowaystate.edu", "Maren Lindqvist"),
                   guest("tobi.adeyemi@carrowaystate.edu", "Tobi Adeyemi")],
           description="Pickup at the airport by Dr. Lindqvist (search chair) at 4:30pm, check-in at the Campus "
                       "Inn (booked by the department), 6:30pm dinner with the committee.",
           location="Harvest Table, 210 College Ave",
           **at("2027-04-12", "16:30", 240, *CHI)),
     yes(["Carroway State University", "Carroway State", "Carrowaystate"],
         ["hdfs-search@carrowaystate.edu", "mlindqvist@carrowaystate.edu", "tobi.adeyemi@carrowaystate.edu"]),
     "en", BRIEMREID),
    # briemreid: day 2: meetings with the chair and the dean, the job talk, graduate students
    (event("Campus Interview Day 2 – job talk, Dean, Chair, grad students (Asst. Prof., HDFS)",
           organizer=org("hdfs-search@carrowaystate.edu", "HDFS Faculty Search Committee"),
           guests=[guest("hdfs-search@carrowaystate.edu", "HDFS Faculty Search Committee"),
                   guest("mlindqvist@carrowaystate.edu", "Maren Lindqvist"),
                   guest("rwhitfield@carrowaystate.edu", "Rosa Whitfield"),
                   room("c_cs_hall210@resource.calendar.google.com", "Hawley Hall 210 (60)")],
           description="8:00 breakfast with Chair (Dr. Paul Serrano)\n9:00 Dean Rosa Whitfield\n11:00 Job talk "
                       "(Hawley 210)\n12:15 lunch with graduate students\n2:00 faculty 1:1s\n4:30 campus tour",
           **at("2027-04-13", "08:00", 540, *CHI)),
     yes(["Carroway State University", "Carroway State", "Carrowaystate"],
         ["hdfs-search@carrowaystate.edu", "mlindqvist@carrowaystate.edu", "rwhitfield@carrowaystate.edu",
          "Paul Serrano"]), "en", BRIEMREID),
    # briemreid: home between back-to-back campus visits (a chore)
    (event("Dry cleaner drop-off + repack for next campus visit", organizer=SELF,
           **at("2027-04-15", "10:00", 60, *CHI)),
     None, "en", BRIEMREID),
    # xykademiqz: the first round by video with the search committee
    (event("Search Committee Video Interview – Assistant Professor, Electrical & Computer Engineering",
           organizer=org("ece-facultysearch@northmarch.edu", "ECE Faculty Search"),
           guests=[guest("ece-facultysearch@northmarch.edu", "ECE Faculty Search"),
                   guest("r.koenig@northmarch.edu", "Ruth Koenig"),
                   guest("a.banerjee@northmarch.edu", "Arjun Banerjee")],
           description="30 minutes with members of the search committee." + WEBEX,
           **at("2027-04-07", "15:00", 30, *NY)),
     yes(["Northmarch University", "Northmarch"],
         ["ece-facultysearch@northmarch.edu", "r.koenig@northmarch.edu", "a.banerjee@northmarch.edu"]),
     "en", XYK),
    # xykademiqz: the closed session after the seminar where faculty question the plans (the chalk talk)
    (event("Chalk talk (closed session, faculty only) – ECE on-site interview",
           organizer=org("ece-facultysearch@northmarch.edu", "ECE Faculty Search"),
           guests=[guest("ece-facultysearch@northmarch.edu", "ECE Faculty Search"),
                   room("c_nm_eng3@resource.calendar.google.com", "Engineering Hall 3rd fl Conf (20)")],
           description="No slides. Whiteboard only. Research plan, first proposals, startup needs.",
           **at("2027-04-22", "13:30", 90, *NY)),
     yes(["Northmarch University", "Northmarch"], ["ece-facultysearch@northmarch.edu"]), "en", XYK),
    # xykademiqz: the owner, a faculty member, is asked to attend a candidate's seminar (hiring side)
    (event("Faculty candidate seminar – Dr. L. Ortiz (all faculty encouraged)",
           organizer=org("ece-facultysearch@northmarch.edu", "ECE Faculty Search"),
           guests=[guest("ece-faculty@northmarch.edu", "ECE Faculty")],
           description="Please submit your evaluation form by Friday.",
           location="Engineering Hall 101",
           **at("2027-04-29", "11:00", 60, *NY)),
     None, "en", XYK),
    # jim-olds: a postdoc visit: informal whiteboard talk, then meetings into the evening
    (event("Postdoc interview visit – whiteboard talk + 1:1s (Sato Lab)",
           organizer=org("hsato@lakemontinstitute.org", "Hana Sato"),
           guests=[guest("hsato@lakemontinstitute.org", "Hana Sato"),
                   guest("j.whitcomb@lakemontinstitute.org", "Jonah Whitcomb")],
           description="10:00 whiteboard talk (outline your first proposal), 11:30 lab members, 1:00 lunch with "
                       "Jonah (lab manager), afternoon 1:1s.",
           location="Lakemont Institute, Bldg 4, Room 212",
           **at("2027-04-19", "10:00", 300, *NY)),
     yes(["Lakemont Institute", "Lakemont", "Lakemontinstitute"],
         ["hsato@lakemontinstitute.org", "j.whitcomb@lakemontinstitute.org"]), "en", JIMOLDS),
    # harvard postdoc office: a mock talk group (practice, not a hiring step)
    (event("Mock chalk talk – Postdoc MockTalk group (my turn)",
           organizer=org("mocktalk-list@fas-postdocs.org", "FAS Postdoc MockTalk"),
           description="Presenter: Pat Lee. 10 min past/present, rest future aims.",
           **at("2027-04-16", "12:00", 60, *NY)),
     None, "en", HARVARDPD),
    # rockedu: a four-week training program on chalk talks (training)
    (event("Chalk Talks for Postdocs – week 2 workshop",
           organizer=org("postdoc-programs@hudsonbiocampus.org", "Postdoc Programs"),
           location="Founders Hall, Seminar Room B",
           **at("2027-04-09", "15:00", 90, *NY)),
     None, "en", ROCKEDU),
    # ============================================================ consulting and finance
    # hackingthecaseinterview: first round, two back-to-back case interviews with consultants
    (event("First Round Interviews (2 x 45 min back-to-back) – Halvorsen & Pike",
           organizer=org("recruiting@halvorsenpike.com", "Halvorsen & Pike Recruiting"),
           guests=[guest("recruiting@halvorsenpike.com", "Halvorsen & Pike Recruiting"),
                   guest("nina.castellano@halvorsenpike.com", "Nina Castellano"),
                   guest("d.osei@halvorsenpike.com", "Daniel Osei")],
           description="Interview 1: Nina Castellano (Engagement Manager) – fit + case. Interview 2: Daniel Osei "
                       "(Consultant) – case. Bring a notepad and pen; calculators are not used.",
           location="Halvorsen & Pike, 100 Summer St, 22nd floor, Boston, MA",
           **at("2027-04-08", "09:00", 100, *NY)),
     yes(["Halvorsen & Pike", "Halvorsen", "Halvorsenpike"],
         ["recruiting@halvorsenpike.com", "nina.castellano@halvorsenpike.com", "d.osei@halvorsenpike.com"]),
     "en", HACKCASE),
    # hackingthecaseinterview: the final round with partners after the first round
    (event("Final Round – Partner Interviews – Halvorsen & Pike (Associate Consultant)",
           organizer=org("recruiting@halvorsenpike.com", "Halvorsen & Pike Recruiting"),
           guests=[guest("recruiting@halvorsenpike.com", "Halvorsen & Pike Recruiting"),
                   guest("m.fairbanks@halvorsenpike.com", "Marcus Fairbanks"),
                   guest("s.iyer@halvorsenpike.com", "Sunita Iyer"),
                   guest("l.wu@halvorsenpike.com", "Lily Wu", "declined")],
           description="Three 45-minute interviews with partners; lunch with consultants in between.",
           location="Halvorsen & Pike, 100 Summer St, Boston",
           **at("2027-04-21", "09:00", 300, *NY)),
     yes(["Halvorsen & Pike", "Halvorsen", "Halvorsenpike"],
         ["recruiting@halvorsenpike.com", "m.fairbanks@halvorsenpike.com", "s.iyer@halvorsenpike.com"]),
     "en", HACKCASE),
    # notre dame consulting connect: a fit (behavioural) interview followed by a business case
    (event("Fit + Case Interview – Summer Associate – Brightwater Strategy",
           organizer=org("campus@brightwaterstrategy.com", "Brightwater Strategy Campus Recruiting"),
           guests=[guest("campus@brightwaterstrategy.com", "Brightwater Strategy Campus Recruiting"),
                   guest("ellen.park@brightwaterstrategy.com", "Ellen Park")],
           description="45 minutes: 15 min fit, 30 min interviewer-led case." + ZOOM,
           **at("2027-04-09", "13:00", 45, *CHI)),
     yes(["Brightwater Strategy", "Brightwater", "Brightwaterstrategy"],
         ["campus@brightwaterstrategy.com", "ellen.park@brightwaterstrategy.com"]), "en", NDCONSULT),
    # duke consulting club: a group case interview some firms run to see candidates in a team
    (event("Group Case Interview (Final Round) – Meridian Partners",
           organizer=org("talent@meridianpartners.co", "Meridian Partners Talent"),
           guestsCanSeeOtherGuests=False,
           description="You will work with three other candidates on a client case, then present a "
                       "recommendation. Observers: Tom Reyes (Principal), Alicia Grant (Manager).",
           location="Meridian Partners, 1 Market Plaza, San Francisco",
           **at("2027-04-15", "13:00", 120, *LA)),
     yes(["Meridian Partners", "Meridian", "Meridianpartners"],
         ["talent@meridianpartners.co", "Tom Reyes", "Alicia Grant"]), "en", DUKECONSULT),
    # consultantsmind: case practice with a friend before interview season (a mock)
    (event("Case practice w/ Priya – profitability + market sizing", organizer=SELF,
           guests=[guest("priya.nandakumar@gmail.com", "Priya Nandakumar")],
           description="She plays interviewer, I'm the candidate. Swap next week.",
           **at("2027-04-06", "20:00", 60, *NY)),
     None, "en", CONSULTANTSMIND),
    # consultingjunkie: a firm's campus information session and coffee chats (informational)
    (event("Halvorsen & Pike info session + coffee chats (Career Center)",
           organizer=org("events@careercenter-bayfield.edu", "Bayfield Career Center Events"),
           description="Open to all students. Consultants will stay for informal coffee chats.",
           location="Student Union, Ballroom A",
           **at("2027-04-07", "17:30", 90, *NY)),
     None, "en", CONSULTINGJUNKIE),
    # careeraddict: the employment exam before the case interviews (the employer's own test)
    (event("Numerical Reasoning Test (proctored) – Meridian Partners",
           organizer=org("talent@meridianpartners.co", "Meridian Partners Talent"),
           description="60-minute online test, proctored by video. Results decide the invitation to case "
                       "interviews.",
           **at("2027-04-06", "10:00", 60, *LA)),
     yes(["Meridian Partners", "Meridian", "Meridianpartners"], ["talent@meridianpartners.co"]), "en", CAREERADDICT),
    # erasmus recruitment platform: case interviews also used in investment banking; a finance superday
    (event("Superday – Investment Banking Summer Analyst – Larchmont Capital",
           organizer=org("campusrecruiting@larchmontcap.com", "Larchmont Capital Campus Recruiting"),
           guests=[guest("campusrecruiting@larchmontcap.com", "Larchmont Capital Campus Recruiting"),
                   guest("jmorales@larchmontcap.com", "Javier Morales"),
                   guest("kbyrne@larchmontcap.com", "Kate Byrne"),
                   guest("hsingh@larchmontcap.com", "Harpreet Singh")],
           description="Three back-to-back 30-minute interviews (technical, behavioral, mini case) with VPs and "
                       "an MD. Business formal.",
           location="Larchmont Capital, 299 Park Ave, 31st floor, New York",
           **at("2027-04-16", "08:30", 180, *NY)),
     yes(["Larchmont Capital", "Larchmont", "Larchmontcap"],
         ["campusrecruiting@larchmontcap.com", "jmorales@larchmontcap.com", "kbyrne@larchmontcap.com",
          "hsingh@larchmontcap.com"]), "en", ERASMUS),
    # notre dame consulting connect: the owner volunteers as a case interviewer for students (hiring side)
    (event("Volunteer: mock case interviewer for undergrads (Consulting Club)", organizer=SELF,
           guests=[guest("consultingclub@bayfield.edu", "Bayfield Consulting Club")],
           **at("2027-04-28", "18:00", 90, *NY)),
     None, "en", NDCONSULT),
    # ============================================================ freelance talent networks
    # clevercoder: the network's first step, a short English and communication call with a recruiter
    # (new decision: a talent network's screening is a hiring step, the network is the company)
    (event("Apexa Talent – Screening Call (English & communication, 15 min)",
           organizer=org("m.okonkwo@apexatalent.com", "Michael Okonkwo"),
           guests=[guest("m.okonkwo@apexatalent.com", "Michael Okonkwo")],
           description="Talent Acquisition at Apexa Talent. We'll talk about your background, remote work and "
                       "your rates." + MEET,
           **at("2027-04-07", "11:00", 15, *NY)),
     yes(["Apexa Talent", "Apexa", "Apexatalent"], ["m.okonkwo@apexatalent.com"]), "en", CLEVERCODER),
    # clevercoder: the final interview about the test project the candidate built
    (event("Apexa Talent – Test Project Review (final screening interview)",
           organizer=org("screening@apexatalent.com", "Apexa Talent Screening"),
           guests=[guest("screening@apexatalent.com", "Apexa Talent Screening"),
                   guest("v.petrov@apexatalent.com", "Viktor Petrov")],
           description="Walk Viktor through your project: architecture, tests, trade-offs. Share your screen.",
           **at("2027-04-28", "10:00", 60, *NY)),
     yes(["Apexa Talent", "Apexa", "Apexatalent"], ["screening@apexatalent.com", "v.petrov@apexatalent.com"]),
     "en", CLEVERCODER),
    # froghramar: the live coding interview with a senior engineer from the network
    (event("Live Coding Interview – Apexa Talent (Android)",
           organizer=org("screening@apexatalent.com", "Apexa Talent Screening"),
           guests=[guest("screening@apexatalent.com", "Apexa Talent Screening"),
                   guest("i.halvorsen@apexatalent.com", "Ingrid Halvorsen")],
           description="Two problems, talk while you code. Use any language.",
           **at("2027-04-14", "09:00", 60, *NY)),
     yes(["Apexa Talent", "Apexa", "Apexatalent"], ["screening@apexatalent.com", "i.halvorsen@apexatalent.com"]),
     "en", FROGHRAMAR),
    # froghramar: the timed online coding test the owner blocked (b10: a hiring step, nobody to thank)
    (event("Codility test – Apexa screening (90 min, 3 problems)", organizer=SELF,
           description="Link in Apexa email. Practice test first.",
           **at("2027-04-10", "09:00", 90, *NY)),
     yes(["Apexa Talent", "Apexa"], []), "en", FROGHRAMAR),
    # programmerbear: after joining the network, a client interview the network's matcher sets up
    # (new decision: the agency rule; the client is the company, matcher and client are thanked)
    (event("Client Interview via Apexa – Loopline Health (Senior Android, contract)",
           organizer=org("matching@apexatalent.com", "Sara Lind | Apexa Matching"),
           guests=[guest("matching@apexatalent.com", "Sara Lind | Apexa Matching"),
                   guest("cto@looplinehealth.com", "Ben Adler")],
           description="Ben Adler (CTO, Loopline Health) will discuss the engagement and ask technical questions. "
                       "I'll join for the first five minutes." + ZOOM,
           **at("2027-04-29", "12:00", 45, *NY)),
     yes(["Loopline Health", "Loopline", "Looplinehealth"], ["matching@apexatalent.com", "cto@looplinehealth.com"]),
     "en", PROGBEAR),
    # programmerbear: writing up the experience afterwards (not a hiring step)
    (event("Write blog post: my Apexa screening experience", organizer=SELF,
           **at("2027-04-30", "19:00", 90, *NY)),
     None, "en", PROGBEAR),
    # willo: a one-way video interview the owner blocked time for (b8, b9: a hiring step, nobody to thank)
    (event("Willo one-way interview – Harbor & Lane (Ops Coordinator) – finish within 12h of Q1", organizer=SELF,
           description="Chrome, close other tabs, practise the sample question first. 5 questions, 2 min each.",
           **at("2027-04-12", "08:00", 45, *CHI)),
     yes(["Harbor & Lane", "Harbor and Lane"], []), "en", WILLO),
    # willo: the owner watches a vendor demo of one-way interviews for the team (a sales demo)
    (event("Willo demo – one-way interviews for our support hiring",
           organizer=org("demo@willo.video", "Willo Sales"),
           guests=[guest("demo@willo.video", "Willo Sales"),
                   guest("people@quillmarkgoods.com", "Quillmark People Team")],
           description="Intro videos, question types, bulk invites by CSV." + ZOOM,
           **at("2027-04-26", "14:00", 30, *CHI)),
     None, "en", WILLO_CREATE),
    # ============================================================ security clearance
    # clearancejobs: the investigator's subject interview after the SF-86 (new decision: a background
    # check, not a job interview, as b12's police background interview)
    (event("Security clearance subject interview – DCSA investigator (SF-86 review)", organizer=SELF,
           guests=[guest("k.marlow.inv@dcsa-fieldops.us", "K. Marlow (Investigator)")],
           description="Investigator will go line by line through the SF-86. Bring corrections up first.",
           location="Public library, study room 3",
           **at("2027-04-20", "10:00", 120, *NY)),
     None, "en", CJNEWS),
    # clearancejobs: the cleared job's final interview before the paperwork (a job interview)
    (event("Final Interview – Systems Engineer (TS/SCI eligible) – Corvan Defense",
           organizer=org("recruiting@corvandefense.com", "Corvan Defense Recruiting"),
           guests=[guest("recruiting@corvandefense.com", "Corvan Defense Recruiting"),
                   guest("t.hutchins@corvandefense.com", "Tara Hutchins"),
                   room("c_cvd_chantilly@resource.calendar.google.com", "CHA-2-Huddle (4)")],
           description="Hiring manager Tara Hutchins. After an offer, FSO will start your SF-86.",
           location="Corvan Defense, 4501 Singer Ct, Chantilly, VA",
           **at("2027-04-06", "14:00", 60, *NY)),
     yes(["Corvan Defense", "Corvan", "Corvandefense"],
         ["recruiting@corvandefense.com", "t.hutchins@corvandefense.com"]), "en", CJNEWS),
    # security clearance advocates: what to bring to the personal interview (a chore)
    (event("Gather passport, birth cert, landlord contact for PSI", organizer=SELF,
           **at("2027-04-18", "17:00", 30, *NY)),
     None, "en", SCADV),
    # clearancejobs forum: references may be contacted after the interview; the owner warns them (a chore)
    (event("Text references: investigator may call (Dana, Luis, Mrs. Okoro)", organizer=SELF,
           **at("2027-04-20", "13:00", 15, *NY)),
     None, "en", CJDISCUSS),
    # ============================================================ retail and hospitality
    # careeroptions: a next-day group interview at a clothing retailer
    (event("Group Interview – Sales Associate – Haven & Pine (Store #214)",
           organizer=org("store214@havenandpine.com", "Haven & Pine Store 214"),
           guests=[guest("store214@havenandpine.com", "Haven & Pine Store 214"),
                   guest("rosa.delgado@havenandpine.com", "Rosa Delgado")],
           description="Group interview at 5pm with other applicants: role play, group problem solving, short "
                       "1:1 with the store manager Rosa Delgado.",
           location="Haven & Pine, Riverside Mall, Unit 118",
           **at("2027-04-09", "17:00", 60, *CHI)),
     yes(["Haven & Pine", "Haven and Pine", "Havenandpine"],
         ["store214@havenandpine.com", "rosa.delgado@havenandpine.com"]), "en", CAREEROPT),
    # careeroptions: the candidate's chore, checking the store's clothes and what to wear
    (event("Look up Haven & Pine site – pick outfit for group interview", organizer=SELF,
           **at("2027-04-08", "21:00", 20, *CHI)),
     None, "en", CAREEROPT),
    # kristalclear: a seasonal group interview where half a dozen applicants answer in a circle
    (event("Seasonal hiring – group interview (holiday team) – Marlowe's",
           organizer=org("careers@marlowes.com", "Marlowe's Careers"),
           description="You'll meet our hiring managers with other applicants. About 45 minutes.",
           location="Marlowe's, 1400 Oak Blvd, Plano, TX",
           **at("2027-04-24", "10:00", 45, *CHI)),
     yes(["Marlowe's", "Marlowes"], ["careers@marlowes.com"]), "en", KRISTAL),
    # mimeo: the owner, a store manager, runs a group interview session (hiring side)
    (event("Run group interview session #2 – observe group activity, 1:1s after",
           organizer=SELF, guests=[guest("asm.store214@havenandpine.com", "Assistant Store Manager 214")],
           description="Three parts: observed group activity, skills test, short one-on-one.",
           **at("2027-04-23", "16:00", 120, *CHI)),
     None, "en", MIMEO),
    # ourhouse: a shop's group interview for sales assistants, seen from the applicant's side
    (event("Group interview – sales assistant – Our House Interiors",
           organizer=org("hello@ourhouse-interiors.co.uk", "Our House Interiors"),
           guests=[guest("hello@ourhouse-interiors.co.uk", "Our House Interiors"),
                   guest("claire@ourhouse-interiors.co.uk", "Claire Dunmore")],
           description="Store manager Claire Dunmore and the visual merchandiser will run the session.",
           location="Our House Interiors, 22 Kings Rd, Brighton",
           **at("2027-04-19", "09:30", 60, *LON)),
     yes(["Our House Interiors", "Our House", "Ourhouse-interiors"],
         ["hello@ourhouse-interiors.co.uk", "claire@ourhouse-interiors.co.uk"]), "en", OURHOUSE),
    # hoteltalk: a hotel front-desk interview; weekend availability will be asked
    (event("Interview – Front Desk Agent – Harborview Suites",
           organizer=org("hr@harborviewsuites.com", "Harborview Suites HR"),
           guests=[guest("hr@harborviewsuites.com", "Harborview Suites HR"),
                   guest("fo.manager@harborviewsuites.com", "Priyanka Mehta")],
           description="Interview with Front Office Manager Priyanka Mehta. Please be available to discuss "
                       "weekend and holiday shifts.",
           location="Harborview Suites, 88 Waterfront Pl, Baltimore, MD",
           **at("2027-04-13", "15:00", 45, *NY)),
     yes(["Harborview Suites", "Harborview", "Harborviewsuites"],
         ["hr@harborviewsuites.com", "fo.manager@harborviewsuites.com"]), "en", HOTELTALK),
    # hoteltalk: getting there 30 minutes early (a chore)
    (event("Leave 2:15 for Harborview (arrive 30 min early)", organizer=SELF,
           **at("2027-04-13", "14:15", 15, *NY)),
     None, "en", HOTELTALK),
    # ============================================================ healthcare
    # ehow: a nursing unit manager interview with nursing leadership and HR
    (event("Panel Interview – Nurse Unit Manager, 5 West (Med/Surg) – St. Brendan's Health",
           organizer=org("nursingrecruitment@stbrendanshealth.org", "St. Brendan's Nursing Recruitment"),
           guests=[guest("nursingrecruitment@stbrendanshealth.org", "St. Brendan's Nursing Recruitment"),
                   guest("cno@stbrendanshealth.org", "Margaret Liu, CNO"),
                   guest("d.haskins@stbrendanshealth.org", "Derek Haskins")],
           description="Panel: Margaret Liu (CNO), Derek Haskins (HR Business Partner), two charge nurses from "
                       "5 West. Be ready to discuss staffing, conflict and your leadership style.",
           location="St. Brendan's Health, Admin Building, Conference Room 4",
           **at("2027-04-14", "10:00", 60, *CHI)),
     yes(["St. Brendan's Health", "St. Brendan's", "Stbrendanshealth"],
         ["nursingrecruitment@stbrendanshealth.org", "cno@stbrendanshealth.org", "d.haskins@stbrendanshealth.org"]),
     "en", EHOW),
    # ehow: a recruiter's phone screen before the panel
    (event("Phone screen – Nurse Unit Manager – St. Brendan's (recruiter)",
           organizer=org("k.obi@stbrendanshealth.org", "Kemi Obi"),
           guests=[guest("k.obi@stbrendanshealth.org", "Kemi Obi")],
           location="Kemi will call your cell",
           **at("2027-04-07", "11:30", 20, *CHI)),
     yes(["St. Brendan's Health", "St. Brendan's", "Stbrendanshealth"], ["k.obi@stbrendanshealth.org"]),
     "en", EHOW),
    # ehow: researching the facility's mission and structure (a chore)
    (event("Research St. Brendan's mission, Magnet status, 5 West metrics", organizer=SELF,
           **at("2027-04-12", "20:00", 45, *CHI)),
     None, "en", EHOW),
    # ============================================================ the military
    # njarmyguard: MEPS processing, the medical examination (new decision: a medical check, no)
    (event("MEPS processing – medical exam (Fort Hamilton)", organizer=SELF,
           description="Recruiter SSG Ruiz picks me up at 4:30am. Bring ID, SSN card, glasses.",
           location="Military Entrance Processing Station, Fort Hamilton, Brooklyn",
           **at("2027-04-21", "05:30", 600, *NY)),
     None, "en", NJARNG),
    # njarmyguard: a first meeting with a recruiter about enlistment options (new decision: informational)
    (event("Meet SSG Ruiz – Army National Guard recruiter (enlistment options)", organizer=SELF,
           guests=[guest("angel.ruiz.recruiter@nj-guardrecruiting.us", "SSG Angel Ruiz")],
           location="Recruiting office, 77 Broad St",
           **at("2027-04-08", "16:00", 60, *NY)),
     None, "en", NJARNG),
    # ============================================================ more hiring steps
    # hackingthecaseinterview: a first-round case interview by phone when the firm has no local office
    (event("Phone Case Interview – Round 1 – Oakline Advisory",
           organizer=org("recruiting@oaklineadvisory.com", "Oakline Advisory Recruiting"),
           guests=[guest("recruiting@oaklineadvisory.com", "Oakline Advisory Recruiting"),
                   guest("g.ferreira@oaklineadvisory.com", "Gabriel Ferreira")],
           location="Gabriel will call you",
           **at("2027-04-12", "12:00", 45, *DEN)),
     yes(["Oakline Advisory", "Oakline", "Oaklineadvisory"],
         ["recruiting@oaklineadvisory.com", "g.ferreira@oaklineadvisory.com"]), "en", HACKCASE),
    # careeraddict: several cases in one day at the final stage
    (event("Case Interview Day (up to 4 cases) – Oakline Advisory, Denver office",
           organizer=org("recruiting@oaklineadvisory.com", "Oakline Advisory Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="Interviewers: Rachel Stein (Partner), Owen Blake (Principal), Mei Tan (Manager).",
           location="Oakline Advisory, 1700 Lincoln St, Denver, CO",
           **at("2027-04-26", "08:30", 330, *DEN)),
     yes(["Oakline Advisory", "Oakline", "Oaklineadvisory"],
         ["recruiting@oaklineadvisory.com", "Rachel Stein", "Owen Blake", "Mei Tan"]), "en", CAREERADDICT),
    # notre dame consulting connect: a second, in-office behavioural round
    (event("Round 2 – Behavioral Interview – Brightwater Strategy (Chicago office)",
           organizer=org("campus@brightwaterstrategy.com", "Brightwater Strategy Campus Recruiting"),
           guests=[guest("campus@brightwaterstrategy.com", "Brightwater Strategy Campus Recruiting"),
                   guest("a.mensah@brightwaterstrategy.com", "Akosua Mensah")],
           location="Brightwater Strategy, 150 N Riverside Plaza, Chicago",
           **at("2027-04-20", "10:00", 45, *CHI)),
     yes(["Brightwater Strategy", "Brightwater", "Brightwaterstrategy"],
         ["campus@brightwaterstrategy.com", "a.mensah@brightwaterstrategy.com"]), "en", NDCONSULT),
    # jim-olds: the job talk, 45 to 50 minutes and questions, organised by the department's coordinator
    (event("Job talk – Dept. of Neuroscience – Lakemont Institute (postdoc search)",
           organizer=org("neuro-admin@lakemontinstitute.org", "Neuroscience Admin"),
           guests=[guest("neuro-admin@lakemontinstitute.org", "Neuroscience Admin"),
                   guest("hsato@lakemontinstitute.org", "Hana Sato")],
           description="Seminar room 1. 45-50 min talk, 10-15 min questions. Projector and clicker provided.",
           **at("2027-04-19", "16:00", 60, *NY)),
     yes(["Lakemont Institute", "Lakemont", "Lakemontinstitute"],
         ["neuro-admin@lakemontinstitute.org", "hsato@lakemontinstitute.org"]), "en", JIMOLDS),
    # ehow: the peer interview with staff nurses after the manager's interview
    (event("Peer Interview – 5 West staff nurses (Nurse Unit Manager candidates)",
           organizer=org("nursingrecruitment@stbrendanshealth.org", "St. Brendan's Nursing Recruitment"),
           guests=[guest("nursingrecruitment@stbrendanshealth.org", "St. Brendan's Nursing Recruitment"),
                   guest("t.nguyen@stbrendanshealth.org", "Tran Nguyen, RN"),
                   guest("b.costa@stbrendanshealth.org", "Bianca Costa, RN")],
           location="5 West break room",
           **at("2027-04-19", "14:00", 30, *CHI)),
     yes(["St. Brendan's Health", "St. Brendan's", "Stbrendanshealth"],
         ["nursingrecruitment@stbrendanshealth.org", "t.nguyen@stbrendanshealth.org",
          "b.costa@stbrendanshealth.org"]), "en", EHOW),
    # ehow: an internal posting at the owner's own hospital (b11: an internal interview is a job interview)
    (event("Internal Interview – Charge Nurse, 4 North (posting #RN-4471)",
           organizer=org("j.amadi@riverbendmedical.org", "Joy Amadi"),
           guests=[guest("j.amadi@riverbendmedical.org", "Joy Amadi"),
                   guest("internal.mobility@riverbendmedical.org", "Riverbend Internal Mobility")],
           description="Interview for internal posting #RN-4471. Your current manager has been notified.",
           location="Riverbend Medical Center, 4 North conference room",
           **at("2027-04-22", "07:30", 30, *CHI)),
     yes(["Riverbend Medical Center", "Riverbend Medical", "Riverbend", "Riverbendmedical"],
         ["j.amadi@riverbendmedical.org", "internal.mobility@riverbendmedical.org"]), "en", EHOW),
    # pprune: the cadet programme's later stage, group exercise and HR interview
    (event("Cadet Pilot Selection – Stage 4: Group Exercise + HR Interview",
           organizer=org("cadets@brightwings-academy.co.uk", "Brightwings Cadet Programme"),
           guests=[guest("cadets@brightwings-academy.co.uk", "Brightwings Cadet Programme"),
                   guest("l.aldridge@brightwings-academy.co.uk", "Lucy Aldridge")],
           location="Brightwings Academy, Oxford Airport, Kidlington",
           **at("2027-04-29", "09:00", 240, *LON)),
     yes(["Brightwings", "Brightwings Academy", "Brightwings-academy"],
         ["cadets@brightwings-academy.co.uk", "l.aldridge@brightwings-academy.co.uk"]), "en", PPRUNE),
    # ============================================================ look-alikes
    # rockedu: a flash-talk practice inside a training programme (training)
    (event("Flash talk practice – BIOME fellows (I present 5 min)",
           organizer=org("biome-fellows@hudsonbiocampus.org", "BIOME Fellows"),
           **at("2027-04-23", "12:00", 60, *NY)),
     None, "en", ROCKEDU),
    # harvard postdoc office: asking the search chair what is expected of the chalk talk (a chore)
    (event("Email search chair: chalk talk format? slides allowed?", organizer=SELF,
           **at("2027-04-08", "09:00", 15, *NY)),
     None, "en", HARVARDPD),
    # xykademiqz: the owner gives a colleague feedback on a job talk (helping, not a candidate)
    (event("Ravi's job talk dry run – give feedback", organizer=SELF,
           guests=[guest("ravi.menon@northmarch.edu", "Ravi Menon")],
           location="Engineering Hall 305",
           **at("2027-04-14", "16:00", 60, *NY)),
     None, "en", XYK),
    # jim-olds: writing the first grant outline (work)
    (event("NSF outline – intellectual merit vs broader impacts", organizer=SELF,
           **at("2027-04-17", "09:00", 120, *NY)),
     None, "en", JIMOLDS),
    # clearancejobs: finishing the SF-86 employment section (a chore)
    (event("eApp / SF-86 – finish employment history (10 yrs)", organizer=SELF,
           **at("2027-04-10", "14:00", 120, *NY)),
     None, "en", CJNEWS),
    # security clearance advocates: fingerprinting for the background investigation (a check)
    (event("Live Scan fingerprints – clearance (IdentoGO)", organizer=SELF,
           location="IdentoGO, 1200 Main St",
           **at("2027-04-09", "08:30", 30, *NY)),
     None, "en", SCADV),
    # clearancejobs forum: the investigator interviews the owner as a reference for a friend (referee)
    (event("Background investigator call – I'm a reference for Dana's clearance", organizer=SELF,
           guests=[guest("investigator.wells@opm-contractor-svc.us", "A. Wells")],
           **at("2027-04-27", "12:30", 30, *NY)),
     None, "en", CJDISCUSS),
    # simtech: researching the airline's history, fleet and bases (a chore)
    (event("Research Aer Corrib: fleet, bases, rivals, business model", organizer=SELF,
           **at("2027-04-10", "10:00", 90, *DUB)),
     None, "en", SIMTECH),
    # deliveraviation: ATPL theory revision (study)
    (event("ATPL revision – meteorology + performance", organizer=SELF,
           **at("2027-04-18", "09:00", 180, *LON)),
     None, "en", DELIVER),
    # airlinestaff: an airline's open webinar about careers in the cabin (information, not a hiring step)
    (event("Webinar: Life as Desert Wings Cabin Crew (open to all)",
           organizer=org("events@desertwingsair.com", "Desert Wings Events"),
           description="Live Q&A with current crew. Registration link below." + ZOOM,
           **at("2027-04-07", "17:00", 60, *JNB)),
     None, "en", AIRLINESTAFF),
    # airlinestaff: the work visa's biometrics appointment after an overseas offer (immigration, b11: no)
    (event("Biometrics appointment – UAE employment visa (VFS)", organizer=SELF,
           location="VFS Global, Rosebank",
           **at("2027-04-29", "09:15", 45, *JNB)),
     None, "en", AIRLINESTAFF),
    # thecabincrewforum: a forum meetup with an ex-recruiter (networking)
    (event("Coffee w/ ex-Skylark recruiter (forum meetup)", organizer=SELF,
           guests=[guest("mira.c.cabincrew@gmail.com", "Mira C.")],
           location="Caffè Nero, Kensington High St",
           **at("2027-04-09", "11:00", 45, *LON)),
     None, "en", CABINFORUM),
    # flightattendantcentral: practising the reach test at home (a chore)
    (event("Reach test practice – mark 212 cm on door frame", organizer=SELF,
           **at("2027-04-12", "08:00", 10, *LON)),
     None, "en", FACENTRAL),
    # airlinestaff: the relocation briefing after an offer (new decision: onboarding, not a hiring step)
    (event("Pre-joining briefing call – relocation to Dubai",
           organizer=org("onboarding@desertwingsair.com", "Desert Wings Onboarding"),
           description="Accommodation, medical in Dubai, joining date." + ZOOM,
           **at("2027-04-30", "10:00", 45, *DXB)),
     None, "en", AIRLINESTAFF),
    # kristalclear: budgeting the first paychecks (plain)
    (event("Budget: first paycheck – don't blow it on store clothes", organizer=SELF,
           **at("2027-04-30", "20:00", 30, *CHI)),
     None, "en", KRISTAL),
    # mimeo: the owner trains new seasonal hires (work)
    (event("Lead orientation for new seasonal hires (store 214)", organizer=SELF,
           guests=[guest("asm.store214@havenandpine.com", "Assistant Store Manager 214")],
           **at("2027-04-30", "08:00", 180, *CHI)),
     None, "en", MIMEO),
    # ehow: a continuing-education course (training)
    (event("CE course: Leadership for charge nurses (online module 3)",
           organizer=org("ce@nursece-online.org", "NurseCE Online"),
           **at("2027-04-16", "19:00", 90, *CHI)),
     None, "en", EHOW),
    # njarmyguard: a self-paced ASVAB practice test (practice)
    (event("ASVAB practice test (online, self-paced)", organizer=SELF,
           **at("2027-04-11", "10:00", 120, *NY)),
     None, "en", NJARNG),
    # hackingthecaseinterview: a paid case-prep course's live webinar (training)
    (event("Case interview course – live webinar: market sizing",
           organizer=org("webinars@caseprep-academy.com", "CasePrep Academy"),
           description="Replay available for 30 days." + ZOOM,
           **at("2027-04-07", "20:00", 60, *NY)),
     None, "en", HACKCASE),
    # clevercoder: updating a freelance profile and rate (a chore)
    (event("Update freelance profile + hourly rate", organizer=SELF, **at("2027-04-06", "21:00", 30, *NY)),
     None, "en", CLEVERCODER),
    # willo: the practice zone before a one-way interview (new decision: the owner's practice, no)
    (event("Willo practice zone – check camera, sound, lighting", organizer=SELF,
           **at("2027-04-11", "19:00", 15, *CHI)),
     None, "en", WILLO),
    # erasmus: a master's programme's admissions interview (admissions, no)
    (event("MSc Finance admissions interview – Rotterdam School of Economics",
           organizer=org("admissions@rse-msc.nl", "RSE MSc Admissions"),
           guests=[guest("admissions@rse-msc.nl", "RSE MSc Admissions")],
           description="15-minute motivation interview with the programme director." + TEAMS,
           **at("2027-04-15", "08:00", 15, *NY)),
     None, "en", ERASMUS),
    # notre dame consulting connect: a user-research interview for a case-prep app (research, no)
    (event("User interview – CaseCoach app study ($50 gift card)",
           organizer=org("research@casecoach.app", "CaseCoach Research"),
           guests=[guest("research@casecoach.app", "CaseCoach Research")],
           description="We'd love to hear how you prepare for case interviews. 30 min, recorded." + MEET,
           **at("2027-04-13", "17:00", 30, *CHI)),
     None, "en", NDCONSULT),
    # ourhouse: a local paper interviews the owner about a community project (media, no)
    (event("Interview with the Brighton Courier re: community garden (me as volunteer)", organizer=SELF,
           guests=[guest("newsdesk@brightoncourier.co.uk", "Brighton Courier News Desk")],
           **at("2027-04-24", "11:00", 30, *LON)),
     None, "en", OURHOUSE),
    # ============================================================ plain events of a job seeker's calendar
    (event("Gym – upper body", organizer=SELF, **at("2027-04-07", "06:30", 60, *CHI)), None, "en", HOTELTALK),
    (event("Dentist – cleaning", organizer=SELF, **at("2027-04-19", "08:00", 45, *NY)), None, "en", SCADV),
    (event("Rent due", organizer=SELF, **at("2027-05-01", "09:00", 15, *NY)), None, "en", CAREEROPT),
    (event("Dinner w/ Sam & Alex", organizer=SELF, location="Little Saigon Kitchen",
           **at("2027-04-24", "19:00", 120, *TOR)), None, "en", KRISTAL),
    (days(event("Mum visiting", organizer=SELF), "2027-04-24", "2027-04-27"), None, "en", AIRCABIN),
]

BLIND13: list[Case] = [*ENGLISH13, *INTL13]

_ids = [case[0]["id"] for case in BLIND13]
assert len(_ids) == len(set(_ids)), "two cases share an id"
