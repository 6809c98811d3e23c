"""A check set for title vetoes that fire on one word of a longer phrase (issue #15, round 16).

Written and labelled by hand in round 16, before the code ran on it and before the veto rules
changed; scored once on round 16's starting code (r16start), then after the change
(docs/detection.md, "The decision in round 16"). Tuning data from the start (round
"tune-16-check-v").

Aimed at a class, not at cases: a word the title vetoes used inside a longer phrase that names
something else. (1) Interviews the owner attends as the candidate whose title holds such a word
inside a job's name or a scheme's name ("Training Contract", "Prep Cook", "Press Officer",
"Calibration Technician", "Pipeline Welder", "Strategy Analyst", "Land Survey Technician"), or
whose event is named as the employer names it to itself ("Hiring Event", "Recruiting Day", "1:1
with ..."), with the description addressed to the candidate ("your interview", "please bring",
"you will meet"). (2) The same words on the other side: the owner on the panel (an ATS's
interviewer notice with the candidate's résumé and a scorecard, a pre-interview brief to the
interview team, a panel member's applicant pack), staff helping at their employer's hiring event,
interviewer trainings, and trainings or practice that are not hiring at all.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to (interviewers and the hiring side's recruiter or team mailbox with an address; no-reply
and tool mailboxes are not thanked). Decisions where earlier files were silent:
- a store's hiring event where the invitation books the owner an interview at a time is a hiring
  step (yes); the same event seen by a store employee asked to interview there is not;
- a law firm's "Training Contract" interview or assessment day is a hiring step (yes); a careers
  service's practice interview for training contracts is practice (no).
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

LON = ("+01:00", "Europe/London")
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
TOR = ("-04:00", "America/Toronto")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
LAWANSWERED = ("https://lawanswered.com/blogs/la-blog/"
               "what-are-training-contract-interviews-and-assessments-like")
MICHELMORES = "https://michelmores.com/trainee-insight/top-tips-preparing-for-an-assessment-day"
GATELEY = ("https://info.gateleyplc.com/talking-trainees/"
           "surviving-the-world-of-interviews-and-assessment-days")
RESUMEGENI = "https://resumegeni.com/interview-questions/prep-cook-interview-questions"
GUSTO = "https://gusto.com/resources/hiring/interview-questions/prep-cook"
MYPERFECT = ("https://www.myperfectresume.com/how-to/interview-tips/"
             "public-information-officer-interview-questions")
SPECIFIC = "https://www.specificresume.com/career-advice/job-interview-questions-for-press-secretaries"
INSTRTOOLS = "https://instrumentationtools.com/calibration-interview-questions-and-answers"
ROLECATCHER = ("https://rolecatcher.com/en/interviews/careers/technicians/science-and-engineering-"
               "professionals/physical-and-engineering-science-technicians/science-technicians/"
               "metrology-technician")
SOUTHERNARC = ("https://southernarc.org/post/"
               "top-10-mistakes-you-must-avoid-before-during-and-after-taking-a-welding-test")
WELDCLASS = ("http://weldingclassroom.com/welding-related-experiences/"
             "ingalls-50-00-an-hour-pipe-weld-test-my-experience/6")
MYTHIC = "https://mythicintel.com/blog/strategy-interview"
INTCHAT = "https://www.interviews.chat/questions/corporate-strategy-analyst"
CONSTRPLACE = "https://www.constructionplacements.com/quantity-surveying-interview-questions"
QSCENG = "https://qscengineer.com/?p=1631"
STAFFMGMT = "https://staffmanagement.com/?p=2070"
NACE = ("https://ebiztest.naceweb.org/talent-acquisition/best-practices/"
        "event-saves-employees-time-while-filling-positions")
ALPINE = "https://www.alpinesearch.net/2014/06/20/you-never-get-a-second-chance/"
HRMONLINE = ("https://www.hrmonline.ca/hr-news/recruitment/"
             "should-you-hold-a-major-hiring-event-225201.aspx")
MANAGERTOOLS = "https://manager-tools.com/forums/meet-greet"
PARAM = ("https://param-ai.freshdesk.com/support/solutions/articles/"
         "43000490371-interview-kit-interview-scorecard")
PLUMM = "https://www.heyplumm.com/knowledge-base/how-to-fill-interview-scorecard"
ENTELO = "https://blog.entelo.com/use-this-email-template-to-prep-interview-teams"
NTEU = "https://nteujmp.org/manual/admission-officer/interviews"
VIDCRUITER = "https://vidcruiter.com/interview/training/"
CPO = ("https://www.collegeplacementoffice.in/post/mastering-the-art-of-interviewer-training-"
       "enhancing-the-structured-interview-process-for-hiring-man")
BIZFIRST = "https://www.businessfirstonline.co.uk/advice/how-to-organise-a-hiring-party/"
INTGEMINI = "https://coreskills.interviewgemini.com/?p=113923"

TUNE16_CHECK_V: list[Case] = [
    # ============================================== interviews, a veto word inside a longer phrase
    (event("Training Contract 2029 – Telephone Interview (Harrowgate Lyle LLP)",
           organizer=org("graduaterecruitment@harrowgatelyle.co.uk", "Harrowgate Lyle Graduate Recruitment"),
           description="Dear Pat, thank you for your application for a training contract. We would like to "
                       "invite you to a 30-minute telephone interview with a member of our graduate "
                       "recruitment team. Please have a copy of your application form to hand; we will call "
                       "you on the number you gave us.",
           id="t16v-01", **at("2027-07-05", "11:00", 30, *LON)),
     yes(["Harrowgate Lyle LLP", "Harrowgate Lyle"], ["graduaterecruitment@harrowgatelyle.co.uk"]), "en",
     LAWANSWERED),
    (event("Training Contract Assessment Day – Fenwright Solicitors",
           organizer=org("trainees@fenwright.co.uk", "Fenwright Early Careers"),
           guests=[guest("h.okafor@fenwright.co.uk", "Helen Okafor")],
           description="Hi Pat, congratulations on reaching the final stage. Your assessment day includes a "
                       "group task, a written exercise (an email to a client) and an interview with two "
                       "partners. Please bring photo ID and arrive at reception by 8:45.",
           location="Fenwright Solicitors, 3 Castle Quay, Exeter",
           id="t16v-02", **at("2027-07-08", "09:00", 420, *LON)),
     yes(["Fenwright Solicitors", "Fenwright"], ["trainees@fenwright.co.uk", "h.okafor@fenwright.co.uk"]), "en",
     MICHELMORES),
    (event("Vacation Scheme / Training Contract – Final Interview",
           organizer=org("joanna.price@marlowbrook.com", "Joanna Price"),
           description="Dear Pat, following your vacation scheme we are pleased to invite you to a final "
                       "interview with our Training Principal. You will meet Joanna Price and one partner "
                       "from the real estate team. Be yourself; we want to hear why Marlowbrook is the right "
                       "firm for you.",
           location="Marlowbrook LLP, 1 Piccadilly Gardens, Manchester",
           id="t16v-03", **at("2027-07-12", "14:00", 60, *LON)),
     yes(["Marlowbrook LLP", "Marlowbrook"], ["joanna.price@marlowbrook.com"]), "en", GATELEY),
    (event("Prep Cook – Working Interview (Olive & Ember)",
           organizer=org("kitchen@oliveandember.com", "Olive & Ember Kitchen"),
           description="Hi Pat, thanks for applying for the prep cook position. For your working interview "
                       "you'll spend two hours on the prep line with Chef Ruiz: knife cuts, a prep list and "
                       "labelling. Please bring non-slip shoes and your food handler card.",
           location="Olive & Ember, 418 W Fulton St, Chicago",
           id="t16v-04", **at("2027-07-06", "14:00", 120, *CHI)),
     yes(["Olive & Ember", "Olive and Ember"], ["kitchen@oliveandember.com"]), "en", RESUMEGENI),
    (event("Interview: Prep Cook / Line Cook – Saltbox Diner",
           organizer=org("marco@saltboxdiner.com", "Marco Bellini"),
           description="Looking forward to meeting you Pat. We'll talk through your kitchen experience, food "
                       "safety and how you organise prep before service. Ask for Marco at the counter.",
           location="Saltbox Diner, 77 Main St, Burlington",
           id="t16v-05", **at("2027-07-07", "15:30", 45, *NY)),
     yes(["Saltbox Diner", "Saltbox"], ["marco@saltboxdiner.com"]), "en", GUSTO),
    (event("Press Officer – Panel Interview (Westmere Borough Council)",
           organizer=org("recruitment@westmere.gov.uk", "Westmere Council Recruitment"),
           guests=[guest("d.hale@westmere.gov.uk", "Diane Hale")],
           description="Dear Pat Lee, thank you for your application for the post of Press Officer "
                       "(ref. WBC-2231). You are invited to a panel interview with the Head of Communications "
                       "and a member of HR. You will be asked to draft a short press release in 30 minutes "
                       "before the interview.",
           location="Westmere Civic Centre, Room 2.14",
           id="t16v-06", **at("2027-07-09", "10:00", 90, *LON)),
     yes(["Westmere Borough Council", "Westmere Council", "Westmere"],
         ["recruitment@westmere.gov.uk", "d.hale@westmere.gov.uk"]), "en", MYPERFECT),
    (event("Press Secretary interview – Office of Councilmember Ortega",
           organizer=org("scheduling@ortegaforward.org", "Ortega Office Scheduling"),
           guests=[guest("l.marsh@ortegaforward.org", "Lena Marsh")],
           description="Pat, the chief of staff would like to meet you about the press secretary role. Expect "
                       "questions on preparing a principal for a press conference and handling hostile "
                       "questions. Your interview is at the district office, 2nd floor.",
           id="t16v-07", **at("2027-07-13", "16:00", 45, *NY)),
     yes(["Office of Councilmember Ortega", "Ortega Forward", "Ortega"],
         ["scheduling@ortegaforward.org", "l.marsh@ortegaforward.org"]), "en", SPECIFIC),
    (event("Calibration Technician – Technical Interview (Norvale Instruments)",
           organizer=org("talent@norvaleinstruments.com", "Norvale Talent Team"),
           guests=[guest("r.osei@norvaleinstruments.com", "Ruth Osei")],
           description="Hi Pat, your technical interview for the Calibration Technician opening is confirmed. "
                       "Ruth Osei, our metrology lab lead, will ask about traceability, as-found/as-left data "
                       "and pressure transmitter calibration. Teams link below.",
           location="Microsoft Teams",
           id="t16v-08", **at("2027-07-14", "10:00", 60, *CHI)),
     yes(["Norvale Instruments", "Norvale"], ["talent@norvaleinstruments.com", "r.osei@norvaleinstruments.com"]),
     "en", INSTRTOOLS),
    (event("Metrology & Calibration Lab – Second Interview",
           organizer=org("hr@pinecrestlabs.com", "Pinecrest Labs HR"),
           description="Dear Pat, thank you for your first interview. For the second stage you will meet the "
                       "quality manager and tour the calibration lab. Please bring a list of instruments you "
                       "have calibrated and your ISO 17025 experience.",
           location="Pinecrest Labs, 90 Industrial Pkwy, Aurora",
           id="t16v-09", **at("2027-07-15", "13:00", 90, *DEN)),
     yes(["Pinecrest Labs", "Pinecrest"], ["hr@pinecrestlabs.com"]), "en", ROLECATCHER),
    (event("Pipeline Welder – Weld Test + Interview (Crestline Energy Services)",
           organizer=org("fieldhiring@crestline-energy.com", "Crestline Field Hiring"),
           description="Pat, you're scheduled for the 6G pipe test followed by a short interview with the "
                       "welding foreman. Bring your hood, grinder with wheels and your cert cards. Set-up at "
                       "6:30, be there 30 minutes early.",
           location="Crestline Test Shop, 1200 Refinery Rd, Casper WY",
           id="t16v-10", **at("2027-07-16", "06:30", 300, *DEN)),
     yes(["Crestline Energy Services", "Crestline Energy", "Crestline"], ["fieldhiring@crestline-energy.com"]),
     "en", SOUTHERNARC),
    (event("Strategy Analyst – Case Interview (Corvane Group)",
           organizer=org("careers@corvanegroup.com", "Corvane Group Careers"),
           guests=[guest("n.iyer@corvanegroup.com", "Nikhil Iyer")],
           description="Hi Pat, thanks for your interest in the Strategy Analyst role. Your case interview "
                       "with Nikhil Iyer (Director, Corporate Strategy) will take 45 minutes: a market-sizing "
                       "case and a recommendation. Zoom details below.",
           location="https://zoom.us/j/5550192837",
           id="t16v-11", **at("2027-07-19", "11:00", 45, *NY)),
     yes(["Corvane Group", "Corvane"], ["careers@corvanegroup.com", "n.iyer@corvanegroup.com"]), "en", MYTHIC),
    (event("Corporate Strategy – Final Round with CFO",
           organizer=org("recruiting@halvorsenfoods.com", "Halvorsen Foods Recruiting"),
           guests=[guest("m.berg@halvorsenfoods.com", "Marit Berg")],
           description="Pat, we look forward to speaking with you. In your final round you will present your "
                       "take-home market analysis to Marit Berg, our CFO, and answer questions for 20 minutes.",
           id="t16v-12", **at("2027-07-20", "15:00", 60, *CHI)),
     yes(["Halvorsen Foods", "Halvorsen"], ["recruiting@halvorsenfoods.com", "m.berg@halvorsenfoods.com"]), "en",
     INTCHAT),
    (event("Land Survey Technician – interview & take-off test",
           organizer=org("jobs@brightwellconsult.com", "Brightwell Consulting Jobs"),
           description="Dear Pat, you are invited to interview for the Survey Technician post. After the "
                       "interview there is a 30-minute quantity take-off exercise. Please bring a calculator "
                       "and your CV.",
           location="Brightwell Consulting, 12 Station Rd, Reading",
           id="t16v-13", **at("2027-07-21", "10:00", 90, *LON)),
     yes(["Brightwell Consulting", "Brightwell"], ["jobs@brightwellconsult.com"]), "en", CONSTRPLACE),
    (event("Graduate QS interview – Survey & Estimating Team",
           organizer=org("a.khan@tamarcost.co.uk", "Amir Khan"),
           description="Hi Pat, thanks for your application. Your interview with me and our senior cost "
                       "manager will cover BOQs, cost plans and why you want to join Tamar Cost Consultants.",
           id="t16v-14", **at("2027-07-22", "14:00", 60, *LON)),
     yes(["Tamar Cost Consultants", "Tamar Cost", "Tamar"], ["a.khan@tamarcost.co.uk"]), "en", QSCENG),
    # ------------------------------------- interviews named as the employer names them to itself
    (event("Hiring Event – Warehouse Associate (drive-through interview)",
           organizer=org("recruit.in@parkvalestaffing.com", "Parkvale Staffing Indiana"),
           description="Hi Pat, you're booked for our drive-through hiring event. Your interview slot is "
                       "10:20; stay in your car and a recruiter will come to you. Please bring two forms of "
                       "ID. Positions: warehouse associate, 1st and 2nd shift.",
           location="Parkvale Staffing, 220 E Main St, Greenfield IN",
           id="t16v-15", **at("2027-07-10", "10:20", 30, *NY)),
     yes(["Parkvale Staffing", "Parkvale"], ["recruit.in@parkvalestaffing.com"]), "en", STAFFMGMT),
    (event("Recruiting Day – Associate Developer (on-site)",
           organizer=org("campus@ruralcode.io", "RuralCode Campus Recruiting"),
           description="Pat, congratulations on passing the on-campus screen. You are one of 20 graduates "
                       "invited to our Interview Day: technical interview, team exercise, a short "
                       "presentation and a coding assessment. Lunch with our developers is included.",
           location="RuralCode, 45 Broad St, Augusta GA",
           id="t16v-16", **at("2027-07-23", "09:00", 360, *NY)),
     yes(["RuralCode", "Rural Code"], ["campus@ruralcode.io"]), "en", NACE),
    (event("Onsite: 1:1 with VP Engineering – Pat Lee",
           organizer=org("coordinator@tessellate.bio", "Tessellate Recruiting Coordinator"),
           guests=[guest("k.moreau@tessellate.bio", "Karine Moreau")],
           description="Welcome, Pat! Here is your interview schedule for the day. 10:00 1:1 with Karine "
                       "Moreau (VP Engineering). Lunch with the team at 12:00. Parking validation at the front "
                       "desk.",
           id="t16v-17", **at("2027-07-26", "10:00", 60, *NY)),
     yes(["Tessellate", "Tessellate Bio"], ["coordinator@tessellate.bio", "k.moreau@tessellate.bio"]), "en",
     ALPINE),
    (event("In-store Hiring Event – Seasonal Associate (Maple Ridge Home)",
           organizer=org("hiring.store412@mapleridgehome.ca", "Maple Ridge Home Store 412"),
           description="Hello Pat, thanks for registering. When you arrive, check in at the registration "
                       "table; your interview with a department supervisor is at 1:40 pm. Please bring your "
                       "resume and your availability for the season.",
           location="Maple Ridge Home, 1900 Dundas St E, Mississauga",
           id="t16v-18", **at("2027-07-24", "13:40", 30, *TOR)),
     yes(["Maple Ridge Home", "Maple Ridge"], ["hiring.store412@mapleridgehome.ca"]), "en", HRMONLINE),
    # ================================================= the other side of the same words (no)
    (event("Hiring Event – Store 412 interview team",
           organizer=org("g.zaman@mapleridgehome.ca", "Gita Zaman"),
           guests=[guest("t.lowe@mapleridgehome.ca", "Tom Lowe")],
           description="Thanks for volunteering to interview at Saturday's hiring event. Candidates sign up "
                       "at the registration table; their questionnaire and resume will be passed to you. Use "
                       "the standard question sheet and submit your scorecard before you leave.",
           location="Maple Ridge Home, Store 412",
           id="t16v-19", **at("2027-07-24", "09:00", 480, *TOR)),
     None, "en", HRMONLINE),
    (event("Interview day – meet & greet candidates at security gate",
           organizer=org("fiona.w@kellbrookaero.com", "Fiona Walsh"),
           description="You'll meet each candidate at the gate, escort them to the interview room and take "
                       "their general information before the panel starts. Candidate list attached.",
           id="t16v-20", **at("2027-07-27", "08:30", 240, *LON)),
     None, "en", MANAGERTOOLS),
    (event("Interview: Calibration Technician – Jordan Avery",
           organizer=org("no-reply@hirepath.app", "HirePath"),
           description="You have been scheduled to interview Jordan Avery for Calibration Technician. "
                       "Review the Candidate: the interview kit has the candidate's resume, the job details "
                       "and your interview scorecard. Please submit your scorecard after the interview.",
           id="t16v-21", **at("2027-07-14", "14:00", 60, *CHI)),
     None, "en", PARAM),
    (event("Strategy Analyst interview – panel (R. Castillo)",
           organizer=org("talent@corvanegroup.com", "Corvane Talent"),
           guests=[guest("j.fenn@corvanegroup.com", "Jonah Fenn")],
           description="You are a designated panelist for this interview. Feedback can be submitted after the "
                       "interview ends: open this email and click Give Feedback to fill in the scorecard.",
           id="t16v-22", **at("2027-07-19", "15:00", 45, *NY)),
     None, "en", PLUMM),
    (event("Onsite – Prep Cook candidate (Dana Whitlow)",
           organizer=org("hr@oliveandember.com", "Olive & Ember HR"),
           description="Who you are interviewing: Dana Whitlow, line cook at a hotel kitchen for 3 years. "
                       "Link to the candidate's profile and resume below. Your focus: knife skills and "
                       "food safety. Please review before the interview.",
           id="t16v-23", **at("2027-07-28", "15:00", 60, *CHI)),
     None, "en", ENTELO),
    (event("Panel interview – Training Contract applicant #2231",
           organizer=org("admissions@fenwright.co.uk", "Fenwright Admissions"),
           description="As a panel member you receive the applicant's full profile and document download "
                       "links. Please read them before the interview and do not share them.",
           id="t16v-24", **at("2027-07-29", "10:00", 60, *LON)),
     None, "en", NTEU),
    (event("Interviewer training – structured interviews (hiring managers)",
           organizer=org("learning@norvaleinstruments.com", "Norvale Learning"),
           description="Mandatory for everyone who interviews candidates: topics to avoid, structured "
                       "questions, scoring against the rubric and reducing bias. Includes a role-play.",
           id="t16v-25", **at("2027-07-30", "13:00", 120, *CHI)),
     None, "en", VIDCRUITER),
    (event("Campus hiring: interviewer training workshop",
           organizer=org("hr@ruralcode.io", "RuralCode HR"),
           description="Before campus season, all interviewers complete this session on job requirements, "
                       "questioning technique and standard evaluation criteria.",
           id="t16v-26", **at("2027-08-02", "10:00", 90, *NY)),
     None, "en", CPO),
    (event("Hiring party planning – venue & music",
           organizer=SELF,
           description="Plan our hiring party: venue near the bus routes, decorations, welcome drinks, who "
                       "does the on-the-spot interviews.",
           id="t16v-27", **at("2027-08-03", "12:00", 60, *LON)),
     None, "en", BIZFIRST),
    (event("Calibration training – pressure transmitters (instrument techs)",
           organizer=org("training@pinecrestlabs.com", "Pinecrest Training"),
           description="Hands-on session for technicians: zero and span, as-found/as-left records, "
                       "traceability certificates. Bring your lab coat.",
           id="t16v-28", **at("2027-08-04", "09:00", 180, *DEN)),
     None, "en", INTGEMINI),
    (event("Pipe weld test practice – 6G open booth",
           organizer=org("booth@arcskillshub.org", "Arc Skills Hub"),
           description="Open booth hours to practise your 6G root and cap before a test. Bring your own PPE. "
                       "Not an employer test.",
           id="t16v-29", **at("2027-08-05", "17:00", 180, *CHI)),
     None, "en", WELDCLASS),
    (event("Training Contract practice interview – careers service",
           organizer=org("careers@uni-harrowgate.ac.uk", "University Careers Service"),
           description="A practice interview for students applying for training contracts: a 30-minute "
                       "mock with a careers adviser and feedback.",
           id="t16v-30", **at("2027-08-06", "11:00", 45, *LON)),
     None, "en", LAWANSWERED),
]
