"""Blind batch 14 of the real-material corpus (issue #15, round 14): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, after round 13's blind batch
(``real_cases_b13.py``, ``real_cases_b13_intl.py``) had become tuning data. The helper who wrote it
never read the detection code, the timeline code or their documentation, and never ran the
detector, the detection bench, the weight fit or any test on these cases. Same conventions as
``real_cases.py`` and the b2 to b13 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, all-day events, location, conference text), wording or a process
documented on the public page cited in its source; names, companies and addresses are invented
(company domains look like real ones; none under a reserved name; a vendor's own domain only for
the vendor's demo); the wording is paraphrased, not copied. Every source is new to the corpus: no
URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py for the URL and the host before each was used; hosts already cited, such as
targetjobs.co.uk, efinancialcareers, prosple, fearlessteachers.com, edweek.org, randstad,
interviewskillsclinic.co.uk, climbtheladder, saiyo-salon.jp, roundhr.com or monster.se, were left out).

What it holds: 150 events, 75 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 100 in English (45 interviews; US, UK, Ireland, Canada, Australia, New
Zealand, India, Singapore) and 50 in 12 other languages (30 interviews): German 6 (3, Germany and
Switzerland), Spanish 5 (3, Spain), French 5 (4, France, and a Lisbon employer), Portuguese 5 (3;
Brazil 3, Portugal 2), Dutch 4 (2), Italian 4 (3, one an assessment day in London), Japanese 4 (2),
Polish 4 (2), Swedish 4 (2), Korean 3 (2), Chinese 3 (2), Danish 3 (2). 85 cited sources on 84
hosts (54 sources on 53 hosts for the English half, 31 on 31 for the other languages), none cited
by an earlier file. Swedish and Danish come back after rounds without them; Brazil is new next to
Portugal. Dates fall between 1 and 31 May 2027.

New to the corpus, by sector and process (the sectors b2 to b13 covered least): teaching (an
independent school's on-campus visit with a sample lesson to real students, a district panel with
a 5-minute focus lesson on Zoom, a teacher corps' final interview day, a private school's 15 + 15
minute interview and lesson to the principal, an English academy's interview day with an
interview lesson, student panel, head and governor, a demo lesson to 8th graders; German, Swiss
and Dutch school interviews and trial lessons, a Dutch school's open day), law training contracts
(assessment centres in person and virtual, a final round with an office tour, written task and two
partners, a trainee provider's assessment day, a regional firm's case study with the training
partner), social work (a council's written exercise and panel, an Irish competency board, an
agency-placed locum interview), warehouses and logistics (agency open interviews and the client's
walkthrough, a seasonal hiring event booked by a text-scheduling assistant, a Calendly interview,
Brazilian, Swedish and Korean logistics interviews), pharma sales (a final round with an HCP
role play, a district manager's field ride, Singapore and Indian GP-rep interviews and a walk-in
drive with a booked slot), banking (an Australian graduate group assessment lab and its one-way
video interview, a New Zealand situational game, a French job dating, a regional bank's HR
director, online bank tests, an Italian assessment center), the trades (union carpentry, plumbing,
electrical and piping apprenticeships: aptitude test, committee interview, a Calendly-booked
interview, a 15-minute selection panel; a Canadian electrical helper), NGOs (HR screen and a
technical interview with a written test, an internship interview, a charity's shortlist day),
hotels (a GM interview, a New Zealand trial shift, Spanish group dynamics and second interviews),
retail management (a store walk with the district manager, a Workday-scheduled regional interview,
a Brazilian collective interview), the civil service (a behaviours-and-strengths panel), newsrooms
(a copy-desk test, a second interview with an itinerary, dinner and live desk work), a football
academy's practical coaching session, and a research institute's seminar and one-on-ones. Tools
named in invitations: Calendly, Workday, HireVue, SmartRecruiters, GoodTime, ModernLoop,
Greenhouse, Teamtailor, Recruitee, BambooHR, JazzHR, iCIMS, Lever, Ashby, Personio, Microsoft
Bookings (a bank appointment look-alike), a text-scheduling assistant, Teams, Zoom, Meet, Tencent
Meeting. Look-alikes: the owner on the hiring side (observing interview lessons, an equality
officer on a school panel, assessment-centre helper, a social work panel, a hotel's front desk
interviews, a junior club's coach interviews, a pharmacy manager meeting candidates, a Swedish
interview for the owner's team), mock interviews, practice tests and coaching (a law surgery, AI
interviewers, a Korean study group, a Danish union adviser, a Swedish job coach, a Spanish MBA role
play), webinars, workshops, info sessions, open days and fairs, a company briefing (説明会),
fingerprinting, Garda vetting, a drug screen, a physical, a pre-deployment and an employment-pass
medical, a Chinese background-check call, a reference call as referee, a ride-along the candidate
set up, an informational coffee, a vendor demo, a mortgage appointment in an "interview room",
media interviews of the owner (radio, podcast), the owner interviewing a beneficiary, the agency's
prep call, the candidate's chores, and plain events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
13's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply and tool mailboxes (an ATS, a jobs platform, a scheduling assistant), declined guests and
bots are out; people a schedule names without an address are listed by name; an agency's
recruiter is thanked with the client's interviewers and the company is the client (the agency
when no client is named); informational chats, fairs, open days, medical checks, background checks
and admissions are not interviews; trial days and shifts, trial lessons, field rides, group
exercises, assessment centres and the employer's own tests are hiring steps; a one-way interview or
test the owner blocked time for is a hiring step with nobody to thank; media, user-research and
visa interviews are not job interviews. Decisions this batch had to make where the earlier files
were silent carry a one-line comment on the case; in short:
- an agency's open interviews for a named client are a hiring step with the client as the company
  (yes), even without a booked slot; nobody is thanked when only the agency's alert mailbox sent it;
- a recruiting firm's job dating for a named bank with a booked slot follows the agency rule (yes);
- a district manager's field ride in a pharma process is a hiring step (yes); a ride-along the
  candidate arranges with a rep he knows is informational (no);
- an apprenticeship's information session that hands out the application passcode is information
  (no); the union's aptitude test and committee interview are hiring steps (yes);
- an agency consultant's prep call before the client's interview is not a hiring step (no);
- a guest with the candidate's name at another address is the candidate, not thanked.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b14_intl.py``, split out for length; ``BLIND14`` holds both.

Scored once, at the end of round 14, for docs/detection.md and the README; tuning data since round 15.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b14_intl import (
    AKL,
    CHI,
    DEN,
    DUB,
    INTL14,
    KOL,
    LA,
    LON,
    MEET,
    MEL,
    NY,
    SELF,
    SIN,
    SYD,
    TEAMS,
    TOR,
    VAN,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
CARNEY = "https://www.carneysandoe.com/blog-post/sample-lesson-5-step-guide/"
CARMELLINI = "https://caitlincarmellini.com/2021/04/19/delivering-an-engaging-sample-lesson/"
TFA = "https://www.teachforamerica.org/top-stories/preparing-your-interview-sample-teaching-lesson"
SENORE = "https://senore.com/Help-w-Interview-for-teacher-39s-position-q1451717"
MISTERM = "https://mistermonline.com/2022/11/21/4-secrets-to-nail-your-interview-lesson"
SPECIALJ = "http://specialjourneysineducation.blogspot.com/2011/06/interview-season.html"
LAWCAREERS = ("https://www.lawcareers.net/Explore/Features/11032024-Training-contract-assessment-centres-"
              "everything-you-need-to-know")
TCLA_PH = ("https://www.thecorporatelawacademy.com/forum/threads/paul-hastings-interview-2021.5369/"
           "reply?quote=111805")
TCLA_ACCU = "https://thecorporatelawacademy.com/forum/threads/accutrainee-interview.1586/post-30490"
TSL = "https://thestudentlawyer.com/assessment-days/"
LAWCHESTER = "https://lawcareerschester.blogspot.com/2017/04/what-to-expect-at-assessment-centre-for.html"
BASW = "https://www.basw.co.uk/social-work-careers/interviews-social-workers-view/"
LIQUID = "https://www.liquidpersonnel.com/news/preparing-for-your-social-work-interview/"
BIGISSUE = "https://www.bigissuenorth.com/comment/2019/09/secret-social-worker-the-interview-process/"
SOUTHWALES = "http://www.southwales.ac.uk/story/1985/"
NATERIFKIN = "https://naterifkin.com/?p=65"
SPRUCEKNOB = ("https://spruceknobmusings.wordpress.com/2012/10/08/the-first-interview-overqualified-and-"
              "underappreciated/")
BRAINREVIEW = "https://brainreview.org/blog/invited-for-an-interview-but"
YARDSTICK = ("https://www.yardstick.team/work-samples/pharmaceutical-sales-representative-work-samples-effective-"
             "exercises-to-evaluate-top-talent")
INTERVIEWANDQ = ("https://interviewandquestions.wordpress.com/2008/08/22/pharmaceutical-sales-job-interview-"
                 "questions-and-answers/")
CONTRARIAN = "http://contrariansalestechnique.com/2011/04/gp-sales-rep-interview-process.html"
FINMODEL = ("http://financialmodeltraining.com/getting_a_graduate_job_at_an_australian_top_4_bank_group_"
            "assessment_lab.html")
BANKGEORGIA = "https://bankofgeorgia.ge/en/careers/application-and-selection"
CARPENTERHQ = "https://carpenterhq.com/carpenter-apprenticeship-tests"
PLUMBERS = "https://plumbersandpipefitters.com/process/"
IBEW294 = "https://ibew294-neca.org/the-process"
NYCCARP = ("https://www.nyccarpenterstrainingcenter.org/2023/07/18/navigating-your-union-carpentry-apprenticeship-"
           "interview-process-a-detailed-guide/")
MCADETROIT = "https://connect.mcadetroit.org/interview-tips/"
GOTRADE = "https://gotradeschools.com/trades/interview-and-apprenticeship-prep"
AURATE = "https://aurateai.com/en-us/interview-questions/civil-service-interview-questions"
NGOJOBS = "https://ngojobsarena.com/2024/06/25/a-guide-to-preparing-for-an-ngo-interview/"
SALUD = "https://saludeverywhere.com/en/humanitarian-careers/selection-processes-in-ngos/"
HRCAREERS = "https://www.humanrightscareers.com/magazine/ngo-interview-questions-and-answers/"
HUMINST = "https://humanitarianinstitute.com/insights/international-development-interview-preparation-tips/"
AMYW = "http://amywomersley.com/2011/10/14/a-time-for-first-interviews/"
NGOHIRING = "https://ngohiring.org/?p=58"
SHABAB = "https://torontoshabab.com/how-to-prepare-hotel-manager-interview-questions.html"
RESUMEWORDED = "https://resumeworded.com/interview-questions/front-office-manager"
HOSPMGMT = ("https://hospitalitymanagement-jobs.com/recruiting-hotel-front-office-managers-what-interview-"
            "questions-lead-to-success/")
MOCKPRO = "https://mockinterviewpro.com/interview-questions/retail-district-manager"
INTERVIEWGUYS = "https://blog.theinterviewguys.com/store-manager-interview-questions-and-answers"
HIMALAYAS = "https://himalayas.app/interview-questions/retail-district-manager"
CVBLADE = "https://cvblade.com/interview/retail-district-manager"
EXTRASOCCER = ("https://www.extrasoccer.net/articles/securing-an-academy-job%3A-shining-in-interviews-and-practical-"
               "football-sessions")
JOBS4FOOTBALL = ("https://jobs4football.com/securing-an-academy-job-mastering-football-academy-interviews-tips-and-"
                 "tricks/?wmc-currency=EUR")
MYGAMEDAY = "https://websites.mygameday.app/assoc_page.cgi?c=0-6236-0-478695-26145640&sID=337095"
ACS = "https://www.acs.org/careers/career-services/career-pathways/acing-the-interview/research-talk.html"
ISIPINGO = "https://isipingosecondary.com/how-to-prepare-for-an-interview-in-the-lab-tips-and-tricks-for-scientists/"
SCIPILGRIM = "http://sciencepilgrim.wordpress.com/2014/10/23/visiting-scientists/"
PIXELSCRIBBLES = "https://pixelscribbles.com/2005/05/well-i-was-pretty-unprepared-for-that"
WESTCOAST = "https://www.westcoastmediajobs.com/journalism-job-interviews-what-you-can-expect-on-the-road-to-an-offer/"
JOBHUNTERS = "http://jobhuntersinheels.blogspot.com/2009/09/second-interview-there-was-itinerary.html"
METAFILTER = "https://ask.metafilter.com/39039/Meet-the-press"
OUREVERYDAY = "http://oureverydaylife.com/editorial-interview-tips-12772.html"


_TEACHING_LAW_SOCIAL: list[Case] = [
    # ============================================================ teaching
    # carney sandoe: the on-campus visit at an independent school, ending with a sample lesson to real students
    (event("On-campus visit – Upper School Chemistry Teacher – Hollis Brook School",
           organizer=org("hiring@hollisbrook.org", "Hollis Brook School Hiring"),
           guests=[guest("hiring@hollisbrook.org", "Hollis Brook School Hiring"),
                   guest("dgreer@hollisbrook.org", "Dana Greer"),
                   guest("mokafor@hollisbrook.org", "Michael Okafor"),
                   room("c_0b7d1e55@resource.calendar.google.com", "Science Lab 2 (24)")],
           description="<p>Schedule</p><ul><li>8:15 coffee with Dana Greer, Head of Upper School</li><li>9:00 "
                       "sample lesson, 10th grade chemistry (45 min; topic: stoichiometry)</li><li>10:00 department "
                       "conversation with Michael Okafor, Science Chair</li><li>11:00 student-led tour</li></ul>",
           location="Hollis Brook School, 40 Meetinghouse Rd, Concord, MA",
           **at("2027-05-06", "08:15", 240, *NY)),
     yes(["Hollis Brook School", "Hollis Brook", "Hollisbrook"],
         ["hiring@hollisbrook.org", "dgreer@hollisbrook.org", "mokafor@hollisbrook.org"]), "en", CARNEY),
    # carney sandoe: a teacher-placement agency's candidate webinar on sample lessons (information, no)
    (event("Webinar: Acing the Sample Lesson (for placement candidates)",
           organizer=org("events@independentschoolplacement.com", "ISP Candidate Events"),
           description="Our associates share what schools look for in a demonstration lesson. Q&A to follow." + ZOOM,
           **at("2027-05-04", "19:00", 60, *NY)),
     None, "en", CARNEY),
    # caitlincarmellini: a Zoom interview with a 3-5 minute focus lesson presented to the panel
    (event("Interview – Grade 2 Teacher – Maple Hollow Elementary (includes 5-min focus lesson)",
           organizer=org("hr@lakeviewusd.org", "Lakeview USD Human Resources"),
           guests=[guest("hr@lakeviewusd.org", "Lakeview USD Human Resources"),
                   guest("principal.maplehollow@lakeviewusd.org", "Principal Renee Castillo"),
                   guest("k.yoon@lakeviewusd.org", "Kevin Yoon", "tentative")],
           description="Panel: Principal Renee Castillo, Asst. Principal Kevin Yoon, a grade-level team lead. Please "
                       "be ready to present a 3-5 minute focus lesson as if to second graders." + ZOOM,
           **at("2027-05-10", "15:45", 40, *CHI)),
     yes(["Lakeview USD", "Lakeview Unified School District", "Maple Hollow Elementary", "Lakeviewusd"],
         ["hr@lakeviewusd.org", "principal.maplehollow@lakeviewusd.org", "k.yoon@lakeviewusd.org"]),
     "en", CARMELLINI),
    # caitlincarmellini: the candidate's rehearsal of the focus lesson on her own (practice, no)
    (event("Run focus lesson on camera x2 (Maple Hollow)", organizer=SELF, **at("2027-05-09", "18:30", 45, *CHI)),
     None, "en", CARMELLINI),
    # teach for america: the final interview day, with a five-minute sample teaching lesson to other applicants
    (event("Final Interview Day – Teach Forward Corps (sample lesson + group activity + 1:1)",
           organizer=org("no-reply@teachforward.org", "Teach Forward Admissions"),
           description="Thanks for signing up for your final interview. The day includes your 5-minute sample "
                       "teaching lesson, a group discussion, a problem-solving activity and a 1:1 interview with a "
                       "staff member. Upload transcripts beforehand." + ZOOM,
           **at("2027-05-12", "10:00", 300, *DEN)),
     yes(["Teach Forward", "Teach Forward Corps", "Teachforward"], []), "en", TFA),
    # senore: a private school splits 30 minutes into 15 of interview and 15 teaching a lesson to the principal
    (event("Interview w/ Principal – St. Brendan's Academy (15 min interview + 15 min lesson)", organizer=SELF,
           guests=[guest("frpaulmurray@stbrendansacademy.org", "Fr. Paul Murray")],
           description="English/Journalism opening. Bring lesson plan copies.",
           location="St. Brendan's Academy, Main Office", **at("2027-05-14", "13:30", 30, *NY)),
     yes(["St. Brendan's Academy", "St Brendans Academy", "Stbrendansacademy"], ["frpaulmurray@stbrendansacademy.org"]),
     "en", SENORE),
    # mistermonline: an English school's interview day with an interview lesson, head and governors (UK)
    (event("Interview Day – Teacher of Geography (MPS) – Wrenfield Academy",
           organizer=org("recruitment@wrenfieldacademy.org.uk", "Wrenfield Academy Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Dear Pat, thank you for your application. Your day: 8:30 welcome and tour, 9:20 interview "
                       "lesson to Year 8 (40 min), 11:00 student panel, 13:30 formal interview with the Headteacher "
                       "Mrs J. Atherton and a governor. Candidates may be released after lunch.",
           location="Wrenfield Academy, Wrenfield Lane, Kettering NN15 6BT",
           **at("2027-05-18", "08:30", 420, *LON)),
     yes(["Wrenfield Academy", "Wrenfield", "Wrenfieldacademy"],
         ["recruitment@wrenfieldacademy.org.uk", "Mrs J. Atherton"]), "en", MISTERM),
    # mistermonline: the owner, a head of department, observes interview lessons (hiring side)
    (event("Observe interview lessons – Geog candidates (P2, P3)", organizer=SELF,
           guests=[guest("recruitment@wrenfieldacademy.org.uk", "Wrenfield Academy Recruitment")],
           location="Room H4", **at("2027-05-25", "09:20", 100, *LON)),
     None, "en", MISTERM),
    # specialjourneys: a 10-15 minute demo lesson for 8th graders at a high school
    (event("Demo lesson (8th grade ELA, 15 min) + interview – Ridgeview High",
           organizer=org("ridgeview.hiring@pinecrestschools.net", "Ridgeview Hiring Committee"),
           guests=[guest("ridgeview.hiring@pinecrestschools.net", "Ridgeview Hiring Committee"),
                   guest("a.lindqvist@pinecrestschools.net", "Anna Lindqvist")],
           location="Ridgeview High School, Room 118", **at("2027-05-20", "12:40", 60, *CHI)),
     yes(["Ridgeview High", "Ridgeview High School", "Pinecrest Schools", "Pinecrestschools"],
         ["ridgeview.hiring@pinecrestschools.net", "a.lindqvist@pinecrestschools.net"]), "en", SPECIALJ),
    # specialjourneys: fingerprinting for the district's new-hire background check (a check, no)
    (event("Fingerprinting – Pinecrest Schools new hire background check", organizer=SELF,
           location="IdentoGO center, 3rd Ave", **at("2027-05-27", "08:15", 20, *CHI)),
     None, "en", SPECIALJ),
    # specialjourneys: a district job fair for teachers (a fair, no)
    (event("Pinecrest Schools Teacher Job Fair", organizer=org("events@pinecrestschools.net", "Pinecrest Schools"),
           description="Meet principals from all 14 schools. Walk-ins welcome; bring resumes.",
           location="Pinecrest Schools Admin Center Gym", **at("2027-05-08", "09:00", 240, *CHI)),
     None, "en", SPECIALJ),
    # teach for america: a parent-teacher conference in the candidate's current job (plain work event)
    (event("Parent conference – Jayden M. (current class)", organizer=SELF,
           guests=[guest("m.morales.family@gmail.com", "Maria Morales")], **at("2027-05-11", "15:30", 20, *DEN)),
     None, "en", TFA),
    # ============================================================ law: training contracts
    # lawcareers: a training contract assessment centre at the firm's office
    (event("Training Contract Assessment Centre – Harcourt Lyle LLP",
           organizer=org("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="<p>Your assessment centre includes a written exercise, a group exercise, a case study "
                       "discussion with a senior associate and a partner interview. Please read the pre-reading "
                       "pack attached to our email.</p>",
           location="Harcourt Lyle LLP, 1 Ropemaker Street, London EC2Y 9AW",
           **at("2027-05-07", "09:00", 420, *LON)),
     yes(["Harcourt Lyle", "Harcourt Lyle LLP", "Harcourtlyle"], ["graduaterecruitment@harcourtlyle.com"]),
     "en", LAWCAREERS),
    # lawcareers: a virtual vacation-scheme assessment centre on an assessment platform (a hiring step)
    (event("Virtual Assessment Centre – Summer Vacation Scheme – Penrose Whitby",
           organizer=org("noreply@assess.penrosewhitby.com", "Penrose Whitby Early Careers"),
           description="Join via the assessment platform link in your candidate portal. Tech check 8:30, session "
                       "starts 9:00 with a group exercise in breakout rooms, then a competency interview.",
           **at("2027-05-13", "08:30", 270, *LON)),
     yes(["Penrose Whitby", "Penrosewhitby"], []), "en", LAWCAREERS),
    # tcla: arrival and office tour, a written task summarising a document, then two partners
    (event("Final round – TC 2029 – Castellan Reyes (tour, written task, partner interview)",
           organizer=org("trainee.recruitment@castellanreyes.com", "Trainee Recruitment – Castellan Reyes"),
           guests=[guest("trainee.recruitment@castellanreyes.com", "Trainee Recruitment – Castellan Reyes"),
                   guest("gwen.hartley@castellanreyes.com", "Gwen Hartley"),
                   guest("nikhil.bose@castellanreyes.com", "Nikhil Bose")],
           description="13:00 arrival and office tour; 13:30 written assessment (90 min); 15:30 interview with the "
                       "Training Principal Gwen Hartley and Nikhil Bose, Partner.\n\nInterview scheduled via Greenhouse. "
                       "Please don't forward this invitation.",
           location="Castellan Reyes, 100 Bishopsgate, London EC2N 4AG",
           **at("2027-05-19", "13:00", 225, *LON)),
     yes(["Castellan Reyes", "Castellanreyes"],
         ["trainee.recruitment@castellanreyes.com", "gwen.hartley@castellanreyes.com",
          "nikhil.bose@castellanreyes.com"]), "en", TCLA_PH),
    # tcla: a legal trainee provider's assessment day: presentation, interview with two named people, written task
    (event("Assessment day – Lexbridge Trainee Programme", organizer=SELF,
           description="Presentation first (prepared), then interview with Susan Carver and Elizabeth Noon, then "
                       "written business question (30 min) and contract mark-up.",
           location="Lexbridge, 5th floor, 22 Fetter Lane, London",
           **at("2027-05-21", "10:00", 180, *LON)),
     yes(["Lexbridge", "Lexbridge Trainee Programme"], ["Susan Carver", "Elizabeth Noon"]), "en", TCLA_ACCU),
    # tsl: a student law society's paid practice interview (coaching, no)
    (event("TC Surgery – practice partner interview (booked)",
           organizer=org("surgery@studentlawhub.co.uk", "Student Law Hub"),
           guests=[guest("surgery@studentlawhub.co.uk", "Student Law Hub")],
           description="45-minute practice interview with a qualified solicitor and written feedback." + TEAMS,
           **at("2027-05-05", "18:00", 45, *LON)),
     None, "en", TSL),
    # tsl: an assessment-day workshop run by the same provider (training, no)
    (event("Assessment Day Workshop – group exercises & commercial awareness",
           organizer=org("events@studentlawhub.co.uk", "Student Law Hub Events"),
           location="Student Law Hub, Holborn", **at("2027-05-15", "10:00", 180, *LON)),
     None, "en", TSL),
    # lawchester: the university careers service's assessment centre information session (info, no)
    (event("Careers: What to expect at a law assessment centre (drop-in talk)",
           organizer=org("careers@chesteruni-careers.ac.uk", "Careers & Employability"),
           location="Binks Building, Room 120", **at("2027-05-06", "13:00", 50, *LON)),
     None, "en", LAWCHESTER),
    # lawchester: a regional firm's case study discussion with a partner (a hiring step)
    (event("Case study + partner interview – Dee Valley Solicitors (TC)",
           organizer=org("hr@deevalleysolicitors.co.uk", "HR – Dee Valley Solicitors"),
           guests=[guest("hr@deevalleysolicitors.co.uk", "HR – Dee Valley Solicitors"),
                   guest("rhys.pritchard@deevalleysolicitors.co.uk", "Rhys Pritchard")],
           description="45 minutes to read the case, then a discussion with Rhys Pritchard (Training Partner).",
           location="Dee Valley Solicitors, 9 Grosvenor Park Rd, Chester",
           **at("2027-05-26", "10:00", 105, *LON)),
     yes(["Dee Valley Solicitors", "Dee Valley", "Deevalleysolicitors"],
         ["hr@deevalleysolicitors.co.uk", "rhys.pritchard@deevalleysolicitors.co.uk"]), "en", LAWCHESTER),
    # lawcareers: the owner, a trainee, helps run the firm's assessment centre (hiring side)
    (event("AC helper: meet & greet candidates, run group exercise room 3", organizer=SELF,
           guests=[guest("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment")],
           location="Harcourt Lyle, Level 4", **at("2027-05-28", "08:30", 240, *LON)),
     None, "en", LAWCAREERS),
    # ============================================================ social work
    # basw: a local authority's panel interview for a children and families social worker, with a written exercise
    (event("Interview: Social Worker (Children & Families) – Kestrel Borough Council",
           organizer=org("recruitment@kestrelborough.gov.uk", "Kestrel Borough Council Recruitment"),
           guests=[guest("recruitment@kestrelborough.gov.uk", "Kestrel Borough Council Recruitment"),
                   guest("sarah.quinn@kestrelborough.gov.uk", "Sarah Quinn"),
                   guest("david.olawale@kestrelborough.gov.uk", "David Olawale")],
           description="Written exercise (30 min) followed by panel interview with Sarah Quinn (Team Manager) and "
                       "David Olawale (Practice Lead). A member of our young people's participation group will also "
                       "ask one question.",
           location="Kestrel House, Civic Way, Stevenage SG1 2HN", **at("2027-05-11", "10:00", 90, *LON)),
     yes(["Kestrel Borough Council", "Kestrel Borough", "Kestrelborough"],
         ["recruitment@kestrelborough.gov.uk", "sarah.quinn@kestrelborough.gov.uk",
          "david.olawale@kestrelborough.gov.uk"]), "en", BASW),
    # basw: the candidate revises legislation for the interview (a chore)
    (event("Revise Children Act 1989 / Working Together + 5 case examples", organizer=SELF,
           **at("2027-05-09", "14:00", 120, *LON)),
     None, "en", BASW),
    # liquidpersonnel: a social work agency's consultant preps the candidate for the council interview; the
    # agency's own prep call is not a hiring step of the employer (no)
    (event("Interview prep call with your consultant – Kestrel BC",
           organizer=org("tom.akers@brightpathsocialcare.co.uk", "Tom Akers"),
           guests=[guest("tom.akers@brightpathsocialcare.co.uk", "Tom Akers")],
           description="Quick call to run through the format, the Ofsted report and travel.",
           **at("2027-05-10", "12:30", 20, *LON)),
     None, "en", LIQUID),
    # liquidpersonnel: an agency-placed locum interview with an adults team (agency rule: client is the company)
    (event("Locum SW interview – Adult Social Care, Marlowe County Council (via BrightPath)",
           organizer=org("tom.akers@brightpathsocialcare.co.uk", "Tom Akers"),
           guests=[guest("tom.akers@brightpathsocialcare.co.uk", "Tom Akers"),
                   guest("h.pearce@marlowecc.gov.uk", "Helen Pearce")],
           description="Informal Teams interview with Helen Pearce, Team Manager, Adults North." + TEAMS,
           **at("2027-05-17", "14:00", 30, *LON)),
     yes(["Marlowe County Council", "Marlowe", "Marlowecc"],
         ["tom.akers@brightpathsocialcare.co.uk", "h.pearce@marlowecc.gov.uk"]), "en", LIQUID),
    # bigissuenorth: the owner, a team manager, interviews newly qualified social workers all day (hiring side)
    (event("ASYE interviews (panel) – 6 candidates", organizer=SELF,
           guests=[guest("p.brennan@northmoorcouncil.gov.uk", "Paula Brennan"),
                   guest("participation@northmoorcouncil.gov.uk", "Young People's Participation")],
           location="Meeting Room 2, Northmoor Town Hall", **at("2027-05-19", "09:00", 420, *LON)),
     None, "en", BIGISSUE),
    # southwales: an admissions interview for a social work degree (admissions, no)
    (event("BSc Social Work selection day (case study, group exercise, interview)",
           organizer=org("admissions@valleysuni.ac.uk", "Admissions – Valleys University"),
           description="Assessed by a service user representative, a practitioner and a tutor.",
           location="Treforest campus, Room G12", **at("2027-05-22", "09:30", 300, *LON)),
     None, "en", SOUTHWALES),
    # basw: an Irish agency (Tusla-like) social worker panel interview by video (Ireland)
    (event("Competency interview – Senior Social Work Practitioner – Ceann Áit Family Services",
           organizer=org("recruit@ceannait.ie", "Ceann Áit Recruitment"),
           guests=[guest("recruit@ceannait.ie", "Ceann Áit Recruitment"),
                   guest("siobhan.kearney@ceannait.ie", "Siobhán Kearney"),
                   guest("declan.moran@ceannait.ie", "Declan Moran", "needsAction")],
           description="Board: Siobhán Kearney (Principal Social Worker), Declan Moran (Area Manager). Competencies: "
                       "professional knowledge, managing risk, communication." + TEAMS,
           **at("2027-05-24", "11:30", 45, *DUB)),
     yes(["Ceann Áit Family Services", "Ceann Ait", "Ceann Áit", "Ceannait"],
         ["recruit@ceannait.ie", "siobhan.kearney@ceannait.ie", "declan.moran@ceannait.ie"]), "en", BASW),
    # basw: the candidate's Garda vetting appointment after the offer (a check, no)
    (event("Garda vetting – ID verification (bring passport + proof of address)", organizer=SELF,
           location="Ceann Áit HR, Dublin 8", **at("2027-05-31", "09:30", 30, *DUB)),
     None, "en", BASW),
]

_WAREHOUSE_PHARMA_BANK_TRADES: list[Case] = [
    # ============================================================ warehouse and logistics
    # naterifkin: open interviews run by a staffing recruiter at a library, then the next step at the warehouse
    (event("Open Interviews – Warehouse Associates (Ridgeline Staffing for Carver Distribution)",
           organizer=org("alerts@ridgelinestaffing.com", "Ridgeline Staffing"),
           description="Walk-in open interviews, first come first served, 12-4 PM. Bring two forms of ID. Client: "
                       "Carver Distribution, Elk Grove DC.",
           location="Elk Grove Public Library, 2nd floor Community Room", **at("2027-05-05", "12:00", 240, *CHI)),
     # open interviews for a named client, held by the agency: a hiring step with the client as the company
     # (yes); the agency's alert mailbox is a tool address, so nobody is thanked
     yes(["Carver Distribution", "Carverdistribution"], []), "en", NATERIFKIN),
    # naterifkin: the step at the client's warehouse after the recruiter passes the candidate (agency rule)
    (event("Warehouse walkthrough + supervisor interview – Carver Distribution (sent by Ridgeline)",
           organizer=org("janet.kowalski@ridgelinestaffing.com", "Janet Kowalski"),
           guests=[guest("janet.kowalski@ridgelinestaffing.com", "Janet Kowalski"),
                   guest("shift.supervisor.egdc@carverdistribution.com", "Marcus Hale")],
           description="Ask for Marcus Hale (2nd shift supervisor) at the lobby. Closed-toe shoes, no loose hair.",
           location="Carver Distribution, 1800 Busse Rd, Elk Grove Village, IL",
           **at("2027-05-05", "16:30", 60, *CHI)),
     yes(["Carver Distribution", "Carverdistribution"],
         ["janet.kowalski@ridgelinestaffing.com", "shift.supervisor.egdc@carverdistribution.com"]),
     "en", NATERIFKIN),
    # naterifkin: the haircut squeezed in between (a chore)
    (event("Haircut (short!) before warehouse", organizer=SELF, location="Pete's Barbershop",
           **at("2027-05-05", "15:30", 30, *CHI)),
     None, "en", NATERIFKIN),
    # spruceknob: a seasonal hiring group session at a mail-order facility, booked through a text-scheduling bot
    (event("Seasonal Hiring Event – Fulfillment Associate – Bramble & Pine (your 3:00 PM group)",
           organizer=org("olivia@scheduling.brambleandpine.com", "Olivia (Bramble & Pine Hiring Assistant)"),
           description="Hi Pat! Your interview is confirmed. Please arrive 10 minutes early and check in at the front "
                       "desk. Reply R to reschedule. This is an automated message from our hiring assistant.",
           location="Bramble & Pine Fulfillment Center, 400 Commerce Park Dr, Harrisonburg, VA",
           **at("2027-05-07", "15:00", 90, *NY)),
     yes(["Bramble & Pine", "Bramble and Pine", "Brambleandpine"], []), "en", SPRUCEKNOB),
    # spruceknob: the drug screen after the seasonal offer (a check, no)
    (event("Drug screen – Bramble & Pine (Quest, walk-in)", organizer=SELF,
           location="Quest Diagnostics, Port Republic Rd", **at("2027-05-10", "08:00", 45, *NY)),
     None, "en", SPRUCEKNOB),
    # spruceknob: a logistics operations supervisor interview in Canada scheduled via Calendly
    (event("Operations Supervisor – Interview with Priya (Northline Freight)",
           organizer=org("priya.raman@northlinefreight.ca", "Priya Raman"),
           guests=[guest("priya.raman@northlinefreight.ca", "Priya Raman")],
           description="Event Name: 30 Minute Interview\n\nNeed to make changes to this event?\nCancel: "
                       "https://calendly.com/cancellations/8c1e\nReschedule: https://calendly.com/reschedulings/8c1e"
                       "\n\nPowered by Calendly.com" + MEET,
           **at("2027-05-12", "10:30", 30, *TOR)),
     yes(["Northline Freight", "Northline", "Northlinefreight"], ["priya.raman@northlinefreight.ca"]),
     "en", SPRUCEKNOB),
    # brainreview: a UK charity's shortlisting day with games in the morning and interviews after 1pm for those who pass
    (event("Shortlist Day – Volunteer Programme Manager – Hearthstone Trust",
           organizer=org("people@hearthstonetrust.org.uk", "Hearthstone Trust People Team"),
           guestsCanSeeOtherGuests=False,
           description="Arrive by 9am. Morning: interactive activities and independent tasks. Lunch provided. "
                       "Candidates progressing will be interviewed from 1pm.\n\nBooked through Teamtailor – manage your "
                       "booking from the candidate connect page.",
           location="Hearthstone Trust, 14 Pentonville Rd, London N1 9HF", **at("2027-05-14", "09:00", 480, *LON)),
     yes(["Hearthstone Trust", "Hearthstone", "Hearthstonetrust"], ["people@hearthstonetrust.org.uk"]),
     "en", BRAINREVIEW),
    # brainreview: train and hotel bookings for it (chores)
    (event("Train York → London KX (open return) – shortlist day", organizer=SELF,
           **at("2027-05-13", "16:05", 130, *LON)),
     None, "en", BRAINREVIEW),
    # ============================================================ pharma / biotech
    # yardstick: a pharma sales final round with a physician detailing role play
    (event("Final Round – Specialty Sales Representative (Oncology) – Veridane Therapeutics",
           organizer=org("talentacquisition@veridane.com", "Veridane Talent Acquisition"),
           guests=[guest("talentacquisition@veridane.com", "Veridane Talent Acquisition"),
                   guest("bryan.tolliver@veridane.com", "Bryan Tolliver"),
                   guest("nora.khalil@veridane.com", "Nora Khalil")],
           description="<b>Agenda</b><br>1) 20-min HCP role play: present our product to a mock oncologist (played "
                       "by Nora Khalil, Regional Trainer)<br>2) Interview with Bryan Tolliver, Regional Sales "
                       "Director<br>Bring your brag book.<br><br><i>Scheduled with GoodTime. To reschedule, use the "
                       "link in your confirmation email.</i>",
           location="Hilton Garden Inn Raleigh-Durham Airport, Meeting Room B", **at("2027-05-13", "09:00", 120, *NY)),
     yes(["Veridane Therapeutics", "Veridane"],
         ["talentacquisition@veridane.com", "bryan.tolliver@veridane.com", "nora.khalil@veridane.com"]),
     "en", YARDSTICK),
    # interviewandquestions: a ride-along with a current rep the candidate set up himself (informational, no)
    (event("Ride-along w/ Derek (Pfenning rep) – see a day in territory", organizer=SELF,
           guests=[guest("derek.sato.pharma@gmail.com", "Derek Sato")],
           description="Meet at the Starbucks on Glenwood 7am, first hospital call 7:30.",
           **at("2027-05-08", "07:00", 300, *NY)),
     None, "en", INTERVIEWANDQ),
    # interviewandquestions: the district manager's field ride, part of the hiring process (a hiring step)
    (event("Field ride with District Manager – Pfenning Pharma (2nd interview)",
           organizer=org("c.albright@pfenningpharma.com", "Carla Albright"),
           guests=[guest("c.albright@pfenningpharma.com", "Carla Albright")],
           description="Second step: you'll spend the morning with me on physician calls, then we'll debrief over "
                       "lunch.", location="Meet at WakeMed Raleigh Campus parking deck",
           **at("2027-05-18", "07:30", 330, *NY)),
     yes(["Pfenning Pharma", "Pfenning", "Pfenningpharma"], ["c.albright@pfenningpharma.com"]),
     "en", INTERVIEWANDQ),
    # contrarian: a GP sales rep's first interview at the branch office (Singapore / Malaysia region)
    (event("1st Interview – Medical Representative (GP) – Solace Healthcare Asia",
           organizer=org("hr.sg@solacehealthcare.asia", "Solace Healthcare HR (SG)"),
           guests=[guest("hr.sg@solacehealthcare.asia", "Solace Healthcare HR (SG)"),
                   guest("wei.ling.tan@solacehealthcare.asia", "Tan Wei Ling")],
           description="Interview with Tan Wei Ling, Area Sales Manager. Please bring original certificates.",
           location="Solace Healthcare, 80 Robinson Road #14-01, Singapore 068898",
           **at("2027-05-10", "14:00", 45, *SIN)),
     yes(["Solace Healthcare Asia", "Solace Healthcare", "Solacehealthcare"],
         ["hr.sg@solacehealthcare.asia", "wei.ling.tan@solacehealthcare.asia"]), "en", CONTRARIAN),
    # contrarian: the employment-pass medical after the Singapore offer (a medical check, no)
    (event("Medical exam – Employment Pass (Solace Healthcare offer) – bring passport + IPA letter",
           organizer=SELF, location="Raffles Medical, Raffles Place", **at("2027-05-26", "08:30", 45, *SIN)),
     None, "en", CONTRARIAN),
    # yardstick: the candidate's own to-do before the final round (a chore)
    (event("Prep: Veridane pipeline + 3 STAR stories + brag book print", organizer=SELF,
           **at("2027-05-12", "19:00", 120, *NY)),
     None, "en", YARDSTICK),
    # yardstick: a biotech vendor demo of a work-sample assessment tool to the owner, an HR coordinator (vendor demo)
    (event("Demo: work-sample assessments for sales hiring",
           organizer=org("ae@yardstickhire.io", "Account Executive – YardstickHire"),
           guests=[guest("ae@yardstickhire.io", "Account Executive – YardstickHire")],
           description="Walkthrough of role-play templates and scoring rubrics for your hiring managers." + ZOOM,
           **at("2027-05-11", "11:00", 30, *NY)),
     None, "en", YARDSTICK),
    # contrarian: a medical-sales training course the candidate attends (training, no)
    (event("Medical Sales Bootcamp – Day 2 (objection handling)", organizer=org("info@medsalesacademy.in",
                                                                               "MedSales Academy"),
           location="MedSales Academy, Koramangala, Bengaluru", **at("2027-05-15", "10:00", 360, *KOL)),
     None, "en", CONTRARIAN),
    # contrarian: an Indian pharma company's walk-in interview drive with a named venue and time (yes)
    (event("Walk-in interview drive – Medical Representatives – Aranya Life Sciences (slot confirmed)",
           organizer=org("careers@aranyalifesciences.in", "Aranya Life Sciences Careers"),
           guests=[guest("careers@aranyalifesciences.in", "Aranya Life Sciences Careers")],
           description="Your slot: 11:00. Interview with the Zonal Sales Manager, Mr. Venkatesh Iyer. Carry resume, "
                       "photo, Aadhaar and mark sheets.",
           location="Hotel Sai Residency, Ameerpet, Hyderabad", **at("2027-05-16", "11:00", 60, *KOL)),
     yes(["Aranya Life Sciences", "Aranya", "Aranyalifesciences"],
         ["careers@aranyalifesciences.in", "Mr. Venkatesh Iyer"]), "en", CONTRARIAN),
    # ============================================================ banking assessment
    # financialmodeltraining: an Australian bank's group assessment lab, promotional video, HR observers
    (event("Graduate Program – Group Assessment Lab (Session 4) – Southern Cross Bank",
           organizer=org("graduates@southerncrossbank.com.au", "SCB Graduate Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Thanks for progressing! The lab runs 2 hours: welcome video, a short talk from two of our "
                       "grads, then table activities with 6-8 other candidates observed by our assessors.",
           location="Southern Cross Bank, Level 3, 242 Pitt St, Sydney NSW", **at("2027-05-06", "13:00", 150, *SYD)),
     yes(["Southern Cross Bank", "SCB", "Southerncrossbank"], ["graduates@southerncrossbank.com.au"]),
     "en", FINMODEL),
    # financialmodeltraining: a HireVue-style one-way video interview for the same program (nobody to thank)
    (event("HireVue video interview – SCB Graduate Program (due Fri 11:59pm)", organizer=SELF,
           description="5 questions, 30s prep, 2 min answers. Link from SCB via HireVue.",
           **at("2027-05-03", "19:00", 45, *SYD)),
     yes(["Southern Cross Bank", "SCB", "Southerncrossbank"], []), "en", FINMODEL),
    # financialmodeltraining: a university finance society's mock assessment lab (practice, no)
    (event("FinSoc mock assessment lab (practice group task)",
           organizer=org("finsoc.events@unimelbclubs.org.au", "FinSoc Events"),
           location="Arts West, Room 354", **at("2027-05-04", "17:00", 90, *MEL)),
     None, "en", FINMODEL),
    # bankofgeorgia: a situational game for entry-level bank staff, then a presentation stage (NZ bank)
    (event("Situational game + presentation – Graduate Teller Programme – Kōwhai Bank",
           organizer=org("careers@kowhaibank.co.nz", "Kōwhai Bank Careers"),
           guests=[guest("careers@kowhaibank.co.nz", "Kōwhai Bank Careers"),
                   guest("aroha.walker@kowhaibank.co.nz", "Aroha Walker")],
           description="Part 1: situational game with other candidates (assessed by our team). Part 2: your "
                       "5-minute presentation on the topic we sent. Facilitator: Aroha Walker.",
           location="Kōwhai Bank, 1 Queen St, Auckland", **at("2027-05-12", "09:30", 150, *AKL)),
     yes(["Kōwhai Bank", "Kowhai Bank", "Kowhaibank"], ["careers@kowhaibank.co.nz", "aroha.walker@kowhaibank.co.nz"]),
     "en", BANKGEORGIA),
    # bankofgeorgia: a bank's customer appointment about a mortgage (a look-alike with "Bank" and "interview room")
    (event("Mortgage appointment – Kōwhai Bank (interview room 2)", organizer=org(
        "appointments@kowhaibank.co.nz", "Kōwhai Bank Appointments"),
           description="Your home loan appointment via Microsoft Bookings. Bring payslips and ID.",
           location="Kōwhai Bank Ponsonby branch", **at("2027-05-20", "12:15", 45, *AKL)),
     None, "en", BANKGEORGIA),
    # ============================================================ the trades
    # carpenterhq: the union interview after the aptitude test, then the list; this is the interview itself
    (event("Apprenticeship Interview – Carpenters JATC (applicant #2147)",
           organizer=org("apprenticeship@ccjatc-midwest.org", "Carpenters JATC Midwest"),
           description="Please arrive 15 minutes early. Bring photo ID and your test score letter. Interviews are "
                       "conducted by the Joint Apprenticeship Committee.",
           location="Carpenters Training Center, 2800 E. 6th Ave, Des Moines, IA", **at("2027-05-06", "08:45", 30,
                                                                                        *CHI)),
     yes(["Carpenters JATC Midwest", "Carpenters JATC", "Ccjatc-midwest"], ["apprenticeship@ccjatc-midwest.org"]),
     "en", CARPENTERHQ),
    # carpenterhq: the physical and substance test after the interview (a check, no)
    (event("Physical + substance abuse test (Carpenters JATC approved applicants)",
                      organizer=org("apprenticeship@ccjatc-midwest.org", "Carpenters JATC Midwest"),
                      location="Occupational Health Clinic, Ingersoll Ave", **at("2027-05-20", "07:30", 60, *CHI)),
     None, "en", CARPENTERHQ),
    # plumbersandpipefitters: an interview session notified by certified mail; no rescheduling (US)
    (event("UA Local interview session – Plumber/Pipefitter apprenticeship", organizer=SELF,
           description="Per certified letter: interviews not rescheduled under any circumstances. Bring DD214 + "
                       "transcripts. Don't call the office after.",
           location="Plumbers & Pipefitters Training Hall, 1140 Industrial Pkwy, Toledo, OH",
           **at("2027-05-08", "09:00", 60, *NY)),
     yes(["UA Local", "Plumbers & Pipefitters", "Plumbers and Pipefitters"], []), "en", PLUMBERS),
    # ibew294: the aptitude test that qualifies for the committee interview (the JATC's own test)
    (event("Aptitude Test – IBEW/NECA Inside Wireman apprenticeship", organizer=SELF,
           description="Algebra & reading comprehension. Bring ID + calculator? (no calculators allowed)",
           location="Arrowhead JATC Training Center, Duluth MN", **at("2027-05-04", "09:00", 180, *CHI)),
     yes(["Arrowhead JATC", "IBEW/NECA", "IBEW Local 294", "NECA"], []), "en", IBEW294),
    # ibew294: the Joint Apprenticeship Committee interview, invitation from the training director
    (event("JATC Interview – Inside Wireman Apprenticeship",
           organizer=org("training@arrowheadjatc.org", "Arrowhead JATC Training Director"),
           guests=[guest("training@arrowheadjatc.org", "Arrowhead JATC Training Director")],
           description="You have passed the aptitude test and are invited to interview before the Joint "
                       "Apprenticeship Committee (IBEW and NECA members). Your interview score sets your rank.",
           location="Arrowhead JATC, 2230 London Rd, Suite 200, Duluth MN", **at("2027-05-27", "15:20", 20, *CHI)),
     yes(["Arrowhead JATC", "IBEW/NECA", "Arrowheadjatc"], ["training@arrowheadjatc.org"]), "en", IBEW294),
    # nyccarpenters: the information session before the application (information, no)
    (event("Information Session – Union Carpentry Apprenticeship",
           organizer=org("apprentice@nycarptc.org", "NYC Carpenters Training Center"),
           description="Attendance is required to receive the application passcode.",
           location="395 Hudson St, New York, NY", **at("2027-05-03", "17:30", 90, *NY)),
     None, "en", NYCCARP),
    # nyccarpenters: the interview the candidate scheduled via Calendly after the application review
    (event("Apprenticeship Interview (Calendly) – NYC Carpenters Training Center",
           organizer=org("apprentice@nycarptc.org", "NYC Carpenters Training Center"),
           guests=[guest("apprentice@nycarptc.org", "NYC Carpenters Training Center")],
           description="Event Name: Apprentice Applicant Interview\nLocation: 395 Hudson St, 9th Fl\n\nPowered by "
                       "Calendly.com", location="395 Hudson St, 9th Floor, New York, NY",
           **at("2027-05-21", "10:20", 20, *NY)),
     yes(["NYC Carpenters Training Center", "NYC Carpenters", "Nycarptc"], ["apprentice@nycarptc.org"]),
     "en", NYCCARP),
    # mcadetroit: a 15-minute slot before the selection panel (piping trades)
    (event("Selection panel interview (15 min) – Piping Trades Apprenticeship",
           organizer=org("apprenticeship@pipetradesjtc-detroit.org", "Piping Trades JTC"),
           description="Bring driver's license, transcripts, military records (if any), 6 resume copies, letters "
                       "of recommendation.", location="Piping Trades JTC, 11740 E 8 Mile Rd, Warren, MI",
           **at("2027-05-14", "13:45", 15, *NY)),
     yes(["Piping Trades JTC", "Piping Trades", "Pipetradesjtc-detroit"], ["apprenticeship@pipetradesjtc-detroit.org"]),
     "en", MCADETROIT),
    # gotradeschools: a trades podcast interviews the owner about her apprenticeship application (media, no)
    (event("Podcast guest – 'Tools Down' episode: my road to the JATC interview", organizer=SELF,
           guests=[guest("bookings@toolsdownpodcast.com", "Tools Down Podcast")], description="Remote recording." + ZOOM,
           **at("2027-05-29", "11:00", 60, *CHI)),
     None, "en", GOTRADE),
    # gotradeschools: the candidate's own study plan for the aptitude test (a chore)
    (event("Trade math practice – fractions & right triangles (60 problems)", organizer=SELF,
           **at("2027-05-02", "18:00", 120, *CHI)),
     None, "en", GOTRADE),
    # gotradeschools: an electrical contractor's interview for a pre-apprentice helper (Canada)
    (event("Interview – Electrical Helper / Pre-apprentice – Cascadia Electric",
           organizer=org("office@cascadiaelectric.ca", "Cascadia Electric Office"),
           guests=[guest("office@cascadiaelectric.ca", "Cascadia Electric Office"),
                   guest("gord.mcleod@cascadiaelectric.ca", "Gord McLeod")],
           description="Meet Gord McLeod (Foreman) at the shop. Bring your safety tickets (WHMIS, fall protection)."
                       "\n\nThis interview was scheduled through JazzHR.",
           location="Cascadia Electric, 7788 Winston St, Burnaby BC", **at("2027-05-11", "07:00", 45, *VAN)),
     yes(["Cascadia Electric", "Cascadiaelectric"], ["office@cascadiaelectric.ca", "gord.mcleod@cascadiaelectric.ca"]),
     "en", GOTRADE),
]

_NGO_HOTEL_RETAIL_PUBLIC: list[Case] = [
    # ============================================================ NGOs and humanitarian work
    # saludeverywhere: the HR department's short introductory online interview, languages checked
    (event("Initial interview – Health Programme Officer – Médicos Frontera Sur",
           organizer=org("recruitment@mfsur.org", "MFSur Recruitment"),
           guests=[guest("recruitment@mfsur.org", "MFSur Recruitment"),
                   guest("camille.ndiaye@mfsur.org", "Camille Ndiaye")],
           description="30-minute introductory call with Camille Ndiaye (HR). Part of the conversation will be in "
                       "French and Spanish. (Scheduled in Recruitee.)" + TEAMS,
           **at("2027-05-06", "15:00", 30, *LON)),
     yes(["Médicos Frontera Sur", "Medicos Frontera Sur", "MFSur", "Mfsur"],
         ["recruitment@mfsur.org", "camille.ndiaye@mfsur.org"]), "en", SALUD),
    # saludeverywhere: the technical interview with a written test sent during the call
    (event("Technical interview + written test (90 min) – MFSur Health Programme Officer",
           organizer=org("camille.ndiaye@mfsur.org", "Camille Ndiaye"),
           guests=[guest("camille.ndiaye@mfsur.org", "Camille Ndiaye"),
                   guest("dr.tomas.herrera@mfsur.org", "Dr Tomás Herrera")],
           description="Dr Tomás Herrera (Medical Coordinator) will run the technical interview. The written test "
                       "is emailed at the start and returned within 60 minutes." + TEAMS,
           **at("2027-05-17", "13:00", 90, *LON)),
     yes(["Médicos Frontera Sur", "Medicos Frontera Sur", "MFSur", "Mfsur"],
         ["camille.ndiaye@mfsur.org", "dr.tomas.herrera@mfsur.org"]), "en", SALUD),
    # amywomersley: a casual coffee with a small charity's country director about volunteering (informational, no)
    (event("Coffee w/ country director – Lantern Schools UK (volunteer chat)", organizer=SELF,
           guests=[guest("fiona@lanternschools.org.uk", "Fiona Reid")],
           location="Lantern Schools office, Bermondsey", **at("2027-05-05", "11:00", 45, *LON)),
     None, "en", AMYW),
    # amywomersley: the formal interview for an internship at an international NGO (12.30 sharp)
    (event("Interview – Campaigns Intern – OpenWater International",
           organizer=org("jobs@openwaterintl.org", "OpenWater International Jobs"),
           guests=[guest("jobs@openwaterintl.org", "OpenWater International Jobs"),
                   guest("cheryl.mwangi@openwaterintl.org", "Cheryl Mwangi")],
           location="OpenWater International, 3rd floor, 61 Leonard St, London EC2A 4QS",
           **at("2027-05-12", "12:30", 45, *LON)),
     yes(["OpenWater International", "OpenWater", "Openwaterintl"],
         ["jobs@openwaterintl.org", "cheryl.mwangi@openwaterintl.org"]), "en", AMYW),
    # humanitarianinstitute: an online course session for emerging practitioners (training, no)
    (event("Emerging Practitioner course – live session 3: interviews & deployment",
           organizer=org("learning@humanitarian-academy.net", "Humanitarian Academy"),
           description="Live Q&A on Skype/phone interviews and what to expect when flown in for a final round." + ZOOM,
           **at("2027-05-10", "09:00", 90, *SYD)),
     None, "en", HUMINST),
    # humanitarianinstitute: a pre-deployment medical and vaccinations after an NGO offer (medical, no)
    (event("Pre-deployment medical + yellow fever jab", organizer=SELF, location="Travel Doctor, Collins St",
           **at("2027-05-26", "08:30", 60, *MEL)),
     None, "en", HUMINST),
    # ngojobsarena: a friend runs a mock NGO interview (practice, no)
    (event("Mock NGO interview w/ Amara ('why this NGO?', STAR stories)", organizer=SELF,
           guests=[guest("amara.osei@gmail.com", "Amara Osei")], **at("2027-05-15", "17:00", 60, *LON)),
     None, "en", NGOJOBS),
    # humanrightscareers: the owner, a programme lead, interviews a beneficiary for the annual report (media, no)
    (event("Interview beneficiary for annual report story (Ruth, Kisumu) – phone", organizer=SELF,
           **at("2027-05-19", "10:00", 40, *LON)),
     None, "en", HRCAREERS),
    # ngohiring: a reference call where the owner is the referee for a former colleague (no)
    (event("Reference call re: Samir Haddad (I'm his referee) – Relief Bridge HR",
           organizer=org("hr@reliefbridge.org", "Relief Bridge HR"),
           guests=[guest("hr@reliefbridge.org", "Relief Bridge HR")],
           **at("2027-05-21", "14:00", 20, *LON)),
     None, "en", NGOHIRING),
    # ============================================================ hotels
    # torontoshabab: a front office manager candidate meets the general manager at a Toronto hotel
    (event("Interview with GM – Front Office Manager – The Harbourfront Larkspur",
           organizer=org("talent@larkspurhotels.ca", "Larkspur Hotels Talent"),
           guests=[guest("talent@larkspurhotels.ca", "Larkspur Hotels Talent"),
                   guest("gm.harbourfront@larkspurhotels.ca", "Élise Tremblay")],
           description="Conversation with Élise Tremblay, General Manager, followed by a walk of the lobby and "
                       "front desk with the Rooms Division Manager.",
           location="The Harbourfront Larkspur, 15 Queens Quay W, Toronto ON", **at("2027-05-11", "10:00", 60, *TOR)),
     yes(["Larkspur Hotels", "The Harbourfront Larkspur", "Larkspur", "Larkspurhotels"],
         ["talent@larkspurhotels.ca", "gm.harbourfront@larkspurhotels.ca"]), "en", SHABAB),
    # torontoshabab: the owner, an assistant GM, interviews front desk candidates (hiring side)
    (event("Front desk agent interviews (3) – use new question guide", organizer=SELF,
           guests=[guest("hr@maplegrovesuites.ca", "Maple Grove Suites HR")],
           location="Maple Grove Suites, boardroom", **at("2027-05-13", "14:00", 120, *TOR)),
     None, "en", SHABAB),
    # hospitalitymanagement-jobs: a paid trial shift on the front desk after the interview (a hiring step)
    (event("Trial shift – Front Desk Supervisor – Kauri Bay Lodge",
           organizer=org("fom@kauribaylodge.co.nz", "Hemi Tait"),
           guests=[guest("fom@kauribaylodge.co.nz", "Hemi Tait")],
           description="Shadow the PM shift with our front office manager Hemi. Black trousers, white shirt. "
                       "Please complete the trial-shift form we sent from BambooHR beforehand.",
           location="Kauri Bay Lodge, 12 Marsden Rd, Paihia", **at("2027-05-15", "14:00", 300, *AKL)),
     yes(["Kauri Bay Lodge", "Kauribaylodge"], ["fom@kauribaylodge.co.nz"]), "en", HOSPMGMT),
    # resumeworded: an online practice quiz for front office manager questions (practice, no)
    (event("Practice quiz – Front Office Manager questions (10/10 before Tuesday)", organizer=SELF,
           **at("2027-05-09", "20:00", 30, *TOR)),
     None, "en", RESUMEWORDED),
    # resumeworded: a hotel stay booked for the interview trip (a plain event)
    (days(event("Stay: Kauri Bay Lodge (conf. KB-20931)", organizer=SELF, location="Paihia"),
          "2027-05-14", "2027-05-16"),
     None, "en", RESUMEWORDED),
    # hospitalitymanagement-jobs: the owner's current shift at a Singapore hotel (plain work)
    (event("Shift: Front Office (PM) – handover at 14:45", organizer=SELF,
           location="Marina Quay Hotel", **at("2027-05-20", "15:00", 480, *SIN)),
     None, "en", HOSPMGMT),
    # ============================================================ retail management
    # theinterviewguys: a store manager's interview with the district manager, including a store walk
    (event("Store Manager interview + store walk – Kindle & Crate (Chermside)",
           organizer=org("recruitment@kindleandcrate.com.au", "Kindle & Crate Recruitment"),
           guests=[guest("recruitment@kindleandcrate.com.au", "Kindle & Crate Recruitment"),
                   guest("dm.qld.north@kindleandcrate.com.au", "Brooke Danvers")],
           description="Meet Brooke Danvers (District Manager QLD North) at the store. We'll walk the floor "
                       "together and then sit down for 45 minutes. Scheduled via SmartRecruiters.",
           location="Kindle & Crate, Westfield Chermside, Brisbane", **at("2027-05-07", "09:00", 90,
                                                                          *("+10:00", "Australia/Brisbane"))),
     yes(["Kindle & Crate", "Kindle and Crate", "Kindleandcrate"],
         ["recruitment@kindleandcrate.com.au", "dm.qld.north@kindleandcrate.com.au"]), "en", INTERVIEWGUYS),
    # mockinterviewpro: a mock interview product's practice session for district managers (practice, no)
    (event("Mock interview: Retail District Manager (AI interviewer)",
           organizer=org("sessions@mockinterview-coach.com", "MockInterview Coach"),
           description="Your practice session link. 8 behavioural questions with feedback.",
           **at("2027-05-08", "19:30", 40, *CHI)),
     None, "en", MOCKPRO),
    # himalayas: the regional director's interview for an assistant district manager role (Workday invite)
    (event("Interview: Assistant District Manager (R-20417) – Harlow & Finch",
           organizer=org("harlowfinch@myworkday.com", "Harlow & Finch Talent Acquisition"),
           guests=[guest("jen.sorensen@harlowfinch.com", "Jen Sorensen"),
                   guest("talent.acquisition@harlowfinch.com", "H&F Talent Acquisition")],
           description="Interview with Jen Sorensen, Regional Director. Please review the conflict-resolution and "
                       "multi-store questions in your candidate home." + TEAMS,
           **at("2027-05-14", "11:00", 45, *CHI)),
     yes(["Harlow & Finch", "Harlow and Finch", "Harlowfinch"],
         ["jen.sorensen@harlowfinch.com", "talent.acquisition@harlowfinch.com"]), "en", HIMALAYAS),
    # cvblade: a recorded mock video interview with feedback from a paid service (practice, no)
    (event("cvblade-style mock video interview – District Manager (feedback in 48h)", organizer=SELF,
           **at("2027-05-06", "21:00", 30, *CHI)),
     None, "en", CVBLADE),
    # theinterviewguys: the candidate visits a competitor's store to prepare (a chore)
    (event("Visit Kindle & Crate Carindale – notes on layout/staffing before interview", organizer=SELF,
           location="Westfield Carindale", **at("2027-05-05", "16:00", 60, *("+10:00", "Australia/Brisbane"))),
     None, "en", INTERVIEWGUYS),
    # himalayas: the owner, a district manager, runs quarterly reviews with store managers (plain work)
    (event("Quarterly review – Store 114 manager (1:1)", organizer=SELF,
           guests=[guest("store114.mgr@harlowfinch.com", "Store 114 Manager")], **at("2027-05-25", "13:00", 60, *CHI)),
     None, "en", HIMALAYAS),
    # ============================================================ public sector
    # aurate: a civil service panel interview scored on behaviours and strengths (UK)
    (event("Interview – Senior Executive Officer, Policy (Ref 318842) – Department for Rural Affairs",
           organizer=org("dra.recruitment@civilservicejobs-mail.gov.uk", "Civil Service Jobs – DRA"),
           guestsCanSeeOtherGuests=False,
           description="You will be assessed against the behaviours Seeing the Big Picture, Delivering at Pace and "
                       "Communicating and Influencing, plus strength questions. Panel chair: Graham Ellery." + TEAMS,
           **at("2027-05-18", "10:15", 50, *LON)),
     # the organiser is the jobs platform's notification mailbox (a tool address, not thanked); the panel
     # chair is named without an address
     yes(["Department for Rural Affairs", "DRA"], ["Graham Ellery"]), "en", AURATE),
    # aurate: an AI practice session for civil service questions (practice, no)
    (event("Practice: civil service behaviour questions with AI interviewer", organizer=SELF,
           **at("2027-05-16", "18:00", 30, *LON)),
     None, "en", AURATE),
    # ============================================================ media
    # pixelscribbles: a copy editor's written test in a private room, no references (the employer's own test)
    (event("Copy desk test – Harbor City Ledger (90 min, no references)",
           organizer=org("newsroom.hiring@harborcityledger.com", "Ledger Newsroom Hiring"),
           guests=[guest("newsroom.hiring@harborcityledger.com", "Ledger Newsroom Hiring")],
           description="Grammar, usage, names in the news, current events, editing live copy and headlines.",
           location="Harbor City Ledger, 725 Broad St, Augusta GA", **at("2027-05-10", "14:00", 90, *NY)),
     yes(["Harbor City Ledger", "Harborcityledger"], ["newsroom.hiring@harborcityledger.com"]), "en", PIXELSCRIBBLES),
    # jobhuntersinheels: a second interview with an itinerary: HR, news meeting, tests, editors, dinner
    (event("2nd interview – Copy Editor – The Valley Courier (itinerary attached)",
           organizer=org("hr@valleycourier.com", "Valley Courier HR"),
           guests=[guest("hr@valleycourier.com", "Valley Courier HR"),
                   guest("exec.editor@valleycourier.com", "Ruth Abernathy"),
                   guest("production@valleycourier.com", "Sam Keel")],
           description="3:00 HR; 3:30 daily planning meeting; 3:45 editing & headline tests; 4:00 Executive Editor "
                       "Ruth Abernathy; 4:30 Assistant Production Editor; 5:30 hotel check-in, dinner with "
                       "Production Editor Sam Keel; 6:45 finish tests, possible live desk work.",
           location="The Valley Courier, 40 Main St, Roanoke VA", **at("2027-05-20", "15:00", 270, *NY)),
     yes(["The Valley Courier", "Valley Courier", "Valleycourier"],
         ["hr@valleycourier.com", "exec.editor@valleycourier.com", "production@valleycourier.com"]),
     "en", JOBHUNTERS),
    # westcoastmediajobs: a journalism careers panel at a press club (information, no)
    (event("Press Club panel: how newsroom hiring works (phone screen → edit test → offer)",
           organizer=org("events@pressclubsf.org", "Press Club Events"),
           location="Press Club, 2nd fl", **at("2027-05-12", "18:30", 90, *LA)),
     None, "en", WESTCOAST),
    # metafilter: a local radio station interviews the owner about her student paper (media, no)
    (event("Radio interview (me) – KVRS morning show re: student paper awards", organizer=SELF,
           guests=[guest("producer@kvrsradio.org", "KVRS Producer")],
           location="KVRS studio", **at("2027-05-13", "07:40", 15, *LA)),
     None, "en", METAFILTER),
    # oureverydaylife: assembling clips for the portfolio (a chore)
    (event("Portfolio: pick 6 clips + before/after edits", organizer=SELF, **at("2027-05-17", "20:00", 90, *NY)),
     None, "en", OUREVERYDAY),
    # ============================================================ sports clubs
    # extrasoccer: an academy coach's practical session with U11 players, then a presentation and interview
    (event("Academy Coach (U9-U12) – practical session + interview – Wexley Town FC",
           organizer=org("academy@wexleytownfc.co.uk", "Wexley Town FC Academy"),
           guests=[guest("academy@wexleytownfc.co.uk", "Wexley Town FC Academy"),
                   guest("d.fearon@wexleytownfc.co.uk", "Dean Fearon")],
           description="Deliver a 60-minute session (receiving & passing) to 12 U11 players incl. GK, then a "
                       "15-minute presentation and interview with Dean Fearon (Academy Manager).",
           location="Wexley College 3G pitch, Wexley", **at("2027-05-22", "10:00", 120, *LON)),
     yes(["Wexley Town FC", "Wexley Town", "Wexleytownfc"],
         ["academy@wexleytownfc.co.uk", "d.fearon@wexleytownfc.co.uk"]), "en", EXTRASOCCER),
    # jobs4football: a webinar on mastering academy interviews (information, no)
    (event("Webinar: Mastering football academy interviews",
           organizer=org("webinars@coachcareers-hub.com", "Coach Careers Hub"), description="Live + replay." + ZOOM,
           **at("2027-05-09", "19:00", 60, *LON)),
     None, "en", JOBS4FOOTBALL),
    # mygameday: the owner, on a junior club's committee, interviews volunteer coaches (hiring side)
    (event("Committee: U10 coach interviews (3 applicants)", organizer=SELF,
           guests=[guest("secretary@northsidejfc.com.au", "Northside JFC Secretary")],
           location="Northside JFC clubrooms", **at("2027-05-18", "18:30", 90, *SYD)),
     None, "en", MYGAMEDAY),
    # ============================================================ research institutes
    # acs: a research talk and a day of one-on-ones at an institute (a hiring step)
    (event("Site visit – Research Scientist II – Halden Institute for Materials Research",
           organizer=org("hiring.hsr@haldeninstitute.org", "Halden Institute Recruiting"),
           guests=[guest("hiring.hsr@haldeninstitute.org", "Halden Institute Recruiting"),
                   guest("m.oyelaran@haldeninstitute.org", "Dr. Mayowa Oyelaran"),
                   guest("s.gupta@haldeninstitute.org", "Dr. Sanjana Gupta"),
                   room("c_7a2f19c4@resource.calendar.google.com", "Bldg 2 Auditorium (120)")],
           description="10:00 research seminar (45 min + 15 min questions); 11:15-16:00 one-on-ones with group "
                       "leaders Dr. Oyelaran and Dr. Gupta and lunch with postdocs.\n\nInterview schedule coordinated "
                       "with ModernLoop. Questions? Reply to this invite.",
           location="Halden Institute, 500 Research Pkwy, Boulder CO", **at("2027-05-25", "09:30", 420, *DEN)),
     yes(["Halden Institute for Materials Research", "Halden Institute", "Haldeninstitute"],
         ["hiring.hsr@haldeninstitute.org", "m.oyelaran@haldeninstitute.org", "s.gupta@haldeninstitute.org"]),
     "en", ACS),
    # isipingo: the owner's own lab meeting in her current postdoc (plain work)
    (event("Lab meeting – my turn to present (Bangalore group)", organizer=SELF,
           location="NCBS, Lab 3 conference room", **at("2027-05-07", "16:00", 60, *KOL)),
     None, "en", ISIPINGO),
    # sciencepilgrim: the owner sits in on a meeting with a visiting seminar speaker (no)
    (event("Meet visiting speaker Prof. Alvarez (with Senior Adviser)", organizer=SELF,
           guests=[guest("r.alvarez@visiting-lab.edu", "Prof. Rafael Alvarez")],
           location="Room 4.12", **at("2027-05-12", "14:00", 30, *DEN)),
     None, "en", SCIPILGRIM),
]

_PLAIN: list[Case] = [
    # ============================================================ plain events of a job seeker's calendar
    (event("Dentist – check-up", organizer=SELF, **at("2027-05-04", "08:30", 45, *NY)), None, "en", OUREVERYDAY),
    (event("Rent + phone bill", organizer=SELF, **at("2027-05-01", "09:00", 15, *LON)), None, "en", BASW),
    (event("Cricket nets", organizer=SELF, location="Oval Maidan", **at("2027-05-09", "07:00", 90, *KOL)),
     None, "en", CONTRARIAN),
    (days(event("Long weekend – Rotorua", organizer=SELF), "2027-05-29", "2027-06-01"), None, "en", HOSPMGMT),
]

ENGLISH14: list[Case] = [*_TEACHING_LAW_SOCIAL, *_WAREHOUSE_PHARMA_BANK_TRADES, *_NGO_HOTEL_RETAIL_PUBLIC, *_PLAIN]

BLIND14: list[Case] = [*ENGLISH14, *INTL14]

_ids = [case[0]["id"] for case in BLIND14]
assert len(_ids) == len(set(_ids)), "two cases share an id"
