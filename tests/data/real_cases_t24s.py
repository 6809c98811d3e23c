"""A check set for look-alike words that are also the job, and the user's own hiring (issue #15, round 24).

Written and labelled by hand in round 24, before the code ran on it and before the detection rules
changed; scored once on round 24's starting code (r24start), then after the change
(docs/detection.md, "The decision in round 24: look-alike words that are also the job, and the
user's own hiring entries"). Tuning data from the start (round "tune-24-check-s").

Aimed at classes, not at cases, each with both sides: (a) words of a look-alike event that are
also a job's title or workplace: imaging, scan, X-ray and ultrasound (a medical appointment)
against a radiographer's, sonographer's or X-ray technician's interview; reporter and press (a
media interview) against a court reporter's, a news reporter's or a press officer's interview;
clinic (a visit) against a clinic nurse's interview; visa (the user's own visa interview) against a
visa officer's interview; study (a research study visit or a study group) against a research
assistant's or study coordinator's interview; (b) the user's own hiring entries, where an
applicant or candidate named beside a person's name or a role is the object of the interview,
against invitations the user receives as a candidate that carry the same words ("Candidate
Screening Call" from an employer, "Applicant interview" sent by the employer, the user's own note
"Candidate interview – Company (me)", an interview for an applicant pool programme).

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no host is cited by an earlier file in tests/data, checked
with a grep over tests/data/*.py for each host before use). Names, companies and addresses are
invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s docstring: ``None``
unless the event is a job interview or hiring step the calendar's owner attends as the
candidate; else the accepted company spellings and exactly the people a thank-you goes to.
After the first run on r24start, the organisers' domains lost an "-example" infix
("pinecrest-medical-example.com" became "pinecrest-medical.com"), which the company reader took
for part of the name (company 0.33 with it, 1.00 without, on r24start), and one domain that named
a real county was replaced by an invented one; no label changed.
Decisions where earlier files were silent:
- a job title that carries a look-alike's word (radiographer, X-ray technician, sonographer,
  court reporter, press officer, clinic nurse, visa officer, study coordinator) named as the post
  of an interview, or beside an employer's hiring step, is yes; the same word on the user's own
  scan, press interview, clinic visit, visa interview or study visit is no;
- "applicant" or "candidate" beside a person's name or a role as the one interviewed, on the
  user's own entry, is the user hiring, no; "candidate"/"applicant" naming the user's own seat
  in an invitation the user receives, or an applicant pool programme, is yes.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
LON = ("+00:00", "Europe/London")
SYD = ("+11:00", "Australia/Sydney")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
INTERVIEWACE = "https://getinterviewace.com/interview-questions/radiographer"
RADTECH = ("https://coverlettersandresume.com/healthcare/radiology-technician-interview-questions-and-"
           "answers/")
SONO_SALARY = "https://sonographersalary.com/interview-tips-for-aspiring-sonographers/"
NICHESSS = "https://nichesss.com/interviews/sonographer-interview-questions-qfV9k9sUI"
INTERVIEWGRID = "https://interviewgrid.com/interview_questions/court_reporter"
MOCKFOX = "https://mockfox.ai/questions-answers/court-reporter"
WORKABLE = "https://resources.workable.com/journalist-reporter-interview-questions"
HIREBEE = "https://hirebee.ai/hr-tool-and-template/questions-for-journalists-2/"
MYINTERVIEW = ("https://myinterviewpractice.com/industries-details/journalism/journalist-interview-"
               "preparation")
FIXEDCAREER = "https://fixedcareer.com/outpatient-nurse-interview-questions/"
INTELYCARE = ("https://www.intelycare.com/facilities/resources/7-essential-outpatient-nurse-interview-"
              "questions-to-ask/")
NORMALNURSE = "https://normalnurselife.com/outpatient-nurse-interview-questions/"
MACHINEHIRING = "https://machinehiring.com/glossary/consular-affairs"
HIIDEE = "https://hiideemedia.com/top-embassy-interview-questions-for-work-visa"
INATVISA = "https://inatvisa.com/info/preparing-for-a-interview"
STEMSTICKRS = ("https://stemstickrs.com/blogs/news/clinical-research-assistant-amp-coordinator-interview-"
               "questions-you-may-face")
OPHYAI = "https://ophyai.com/blog/interview-tips/clinical-research-interview-guide/"
NJM = "https://blog.njm.com/interview-prep-for-small-businesses"
OWNERS = "https://the-owners-playbook.com/guides/interview-and-selection"
ONPAY = "https://onpay.com/hr/basics/interview-candidates/"
PEOPLEKEEP = "https://www.peoplekeep.com/blog/small-business-interviewing-tips"
PRIMEPAY = "https://primepay.com/blog/effective-interview-tips-hire-quality-small-biz-workers"
IDENTIFYD = "https://identifyd.com/article/interview-prep-for-small-business-owners"
RECRUITHORIZON = "https://recruithorizon.ai/resources/job-dossiers/registered-nurse"

TUNE24_CHECK_S: list[Case] = [
    # ============================== (a) look-alike words that are also the job: the look-alike itself
    # interviewace: the patient side of imaging, a scan the user attends
    (event("CT scan – Radiology, St Brigid's Hospital",
           organizer=SELF,
           description="Nothing to eat 4 hours before. Bring the referral letter.",
           id="t24s-01", **at("2028-12-04", "08:30", 45, *LON)),
     None, "en", INTERVIEWACE),
    # radtech: an X-ray the user has, booked by the clinic
    (event("X-ray appointment – left wrist",
           organizer=org("bookings@northfield-imaging.com", "Northfield Imaging Bookings"),
           description="Please arrive 10 minutes early and remove jewellery.",
           id="t24s-02", **at("2028-12-04", "11:15", 30, *CHI)),
     None, "en", RADTECH),
    # sono salary: an ultrasound scan as a patient
    (event("Ultrasound scan (20 weeks)",
           organizer=SELF,
           description="Full bladder. Partner coming.",
           id="t24s-03", **at("2028-12-05", "09:40", 30, *SYD)),
     None, "en", SONO_SALARY),
    # nichesss: an imaging appointment as a patient
    (event("Imaging appointment – MRI right knee",
           organizer=org("noreply@clearview-imaging.com", "ClearView Imaging"),
           description="Your MRI is confirmed. Bring your referral and a list of medications.",
           id="t24s-04", **at("2028-12-05", "15:00", 45, *NY)),
     None, "en", NICHESSS),
    # myinterview: journalists conduct interviews; the user is the one interviewed by the press
    (event("Press interview – Harbor Gazette reporter about the bakery opening",
           organizer=SELF,
           description="Talking points: local flour, opening hours, hiring plans.",
           id="t24s-05", **at("2028-12-06", "10:00", 30, *NY)),
     None, "en", MYINTERVIEW),
    # workable: a reporter interviewing a source; the user is the source
    (event("Interview with reporter from the Valley Courier (water rates story)",
           organizer=org("dana.cole@valleycourier.com", "Dana Cole"),
           description="Phone interview for Thursday's story, about 20 minutes.",
           id="t24s-06", **at("2028-12-06", "13:00", 20, *DEN)),
     None, "en", WORKABLE),
    # interviewgrid: court reporters record depositions; the user books one as counsel
    (event("Court reporter booked – deposition of J. Marsh",
           organizer=SELF,
           description="Realtime feed requested. Conference room B.",
           id="t24s-07", **at("2028-12-07", "09:00", 180, *LA)),
     None, "en", INTERVIEWGRID),
    # fixedcareer: outpatient clinics see patients; a clinic visit
    (event("Clinic visit – Dr. Osei",
           organizer=SELF,
           description="Follow-up on blood tests.",
           id="t24s-08", **at("2028-12-07", "14:20", 20, *LON)),
     None, "en", FIXEDCAREER),
    # normalnurse: outpatient nurses monitor vital signs; a nurse clinic appointment
    (event("Nurse clinic – blood pressure check",
           organizer=org("appointments@riverbend-health.com", "Riverbend Health Centre"),
           description="Routine check with the practice nurse.",
           id="t24s-09", **at("2028-12-08", "08:50", 15, *LON)),
     None, "en", NORMALNURSE),
    # hiidee: the user's own work-visa interview at an embassy
    (event("Visa interview – embassy (work visa)",
           organizer=SELF,
           description="Bring passport, offer letter, contract, DS-160 confirmation.",
           id="t24s-10", **at("2028-12-08", "08:00", 60, *LON)),
     None, "en", HIIDEE),
    # inatvisa: the user's visa appointment with an officer
    (event("Visa appointment – interview with consular officer",
           organizer=org("noreply@visa-appointments.com", "Visa Appointment Service"),
           description="Applicant: please arrive 30 minutes before your slot with all originals.",
           id="t24s-11", **at("2028-12-09", "09:30", 30, *NY)),
     None, "en", INATVISA),
    # ophyai: clinical studies enrol participants; the user is a participant
    (event("Sleep study visit – participant check-in",
           organizer=org("research@lakeside-sleep.org", "Lakeside Sleep Research"),
           description="Overnight study. Bring pyjamas and your usual medication.",
           id="t24s-12", **at("2028-12-09", "19:00", 720, *CHI)),
     None, "en", OPHYAI),
    # stemstickrs: a study group before a certification exam
    (event("Study group – radiography registry exam revision",
           organizer=SELF,
           description="Chapters 4–6, positioning and exposure.",
           id="t24s-13", **at("2028-12-10", "18:00", 90, *CHI)),
     None, "en", STEMSTICKRS),
    # hirebee: the user as a guest on a podcast about their profession
    (event("Podcast interview – careers in sonography (guest)",
           organizer=org("host@scanlines-podcast.com", "Scanlines Podcast"),
           description="Recording for episode 42. We'll talk about your path into ultrasound.",
           id="t24s-14", **at("2028-12-10", "16:00", 45, *NY)),
     None, "en", HIREBEE),
    # ---- the same words as the job: interviews the user attends as a candidate
    # interviewace: a radiographer interview with an image interpretation part
    (event("Interview – Diagnostic Radiographer (Band 5), Imaging Department",
           organizer=org("recruitment@northvale-health.org", "Northvale Health Recruitment"),
           description="Dear applicant, your interview includes 10 minutes of image interpretation. "
                       "Panel: Imaging Services Manager and a senior radiographer.",
           id="t24s-15", **at("2028-12-04", "10:00", 45, *LON)),
     yes(["Northvale Health"], ["recruitment@northvale-health.org"]), "en", INTERVIEWACE),
    # radtech: an X-ray technician job interview
    (event("X-ray Technician position – interview",
           organizer=org("hr@pinecrest-medical.com", "Pinecrest Medical HR"),
           description="Thank you for applying. We'd like to meet you to discuss the role and your "
                       "experience with digital radiography.",
           id="t24s-16", **at("2028-12-05", "13:00", 45, *CHI)),
     yes(["Pinecrest Medical"], ["hr@pinecrest-medical.com"]), "en", RADTECH),
    # sono salary: lead sonographers test scanning technique at the interview
    (event("Sonographer interview + scanning assessment",
           organizer=org("careers@harbourside-imaging.com.au", "Harbourside Imaging Careers"),
           description="Part 1 interview with the lead sonographer; part 2 a short abdominal scan "
                       "on a volunteer model.",
           id="t24s-17", **at("2028-12-06", "11:00", 90, *SYD)),
     yes(["Harbourside Imaging"], ["careers@harbourside-imaging.com.au"]), "en", SONO_SALARY),
    # nichesss: an ultrasound team's interview for a sonographer post
    (event("Ultrasound Sonographer – first interview (MRI & Ultrasound Centre)",
           organizer=org("talent@brightpath-diagnostics.com", "BrightPath Diagnostics Talent"),
           description="Hi, this confirms your interview for the Sonographer opening. 30 minutes by "
                       "video.",
           id="t24s-18", **at("2028-12-07", "10:30", 30, *NY)),
     yes(["BrightPath Diagnostics", "BrightPath"], ["talent@brightpath-diagnostics.com"]), "en",
     NICHESSS),
    # interviewgrid: a court reporter job interview
    (event("Interview – Court Reporter (Official Reporter II)",
           organizer=org("hr@eastvalecourts.gov", "Superior Court HR"),
           description="Panel interview for the Official Court Reporter vacancy. Bring your CSR "
                       "licence.",
           id="t24s-19", **at("2028-12-08", "09:00", 45, *DEN)),
     yes(["Superior Court"], ["hr@eastvalecourts.gov"]), "en", INTERVIEWGRID),
    # mockfox: court reporter candidates write a speed test before the interview
    (event("Court reporter skills test & interview – 225 wpm",
           organizer=org("staffing@veritas-reporting.com", "Veritas Reporting Staffing"),
           description="Five-minute realtime take at 225 wpm, then an interview with the office "
                       "manager.",
           id="t24s-20", **at("2028-12-09", "13:30", 90, *LA)),
     yes(["Veritas Reporting"], ["staffing@veritas-reporting.com"]), "en", MOCKFOX),
    # workable: a newsroom interview for a reporter post
    (event("Interview – Reporter, Metro desk",
           organizer=org("editor@harborgazette.com", "Harbor Gazette Editor"),
           description="Please bring two clips. You'll meet the metro editor and the managing "
                       "editor.",
           id="t24s-21", **at("2028-12-10", "11:00", 60, *NY)),
     yes(["Harbor Gazette"], ["editor@harborgazette.com"]), "en", WORKABLE),
    # hirebee: a press officer's second interview at a council
    (event("Press Officer – second interview",
           organizer=org("recruitment@eastmoor-council.gov.uk", "Eastmoor Council Recruitment"),
           description="Second stage: a 10-minute press release exercise followed by the panel.",
           id="t24s-22", **at("2028-12-11", "14:00", 60, *LON)),
     yes(["Eastmoor Council"], ["recruitment@eastmoor-council.gov.uk"]), "en", HIREBEE),
    # myinterview: a reporter's interview at a broadcaster
    (event("Broadcast Reporter interview – News 7",
           organizer=org("newsjobs@news7.com", "News 7 Talent"),
           description="On-camera read and a conversation with the news director.",
           id="t24s-23", **at("2028-12-11", "10:00", 60, *CHI)),
     yes(["News 7"], ["newsjobs@news7.com"]), "en", MYINTERVIEW),
    # fixedcareer: a clinic nurse job interview
    (event("Clinic Nurse interview – Riverside Family Clinic",
           organizer=org("practice.manager@riverside-family.com", "Riverside Family Clinic"),
           description="Interview with the practice manager and the lead GP for the clinic nurse "
                       "vacancy.",
           id="t24s-24", **at("2028-12-12", "12:30", 45, *LON)),
     yes(["Riverside Family Clinic"], ["practice.manager@riverside-family.com"]), "en",
     FIXEDCAREER),
    # intelycare: outpatient nurse candidates are interviewed by the clinic's manager
    (event("Interview: Outpatient Clinic RN position",
           organizer=org("nurserecruit@summit-health.org", "Summit Health Nurse Recruitment"),
           description="Thank you for applying to the Outpatient Clinic RN opening.",
           id="t24s-25", **at("2028-12-12", "09:00", 45, *DEN)),
     yes(["Summit Health"], ["nurserecruit@summit-health.org"]), "en", INTELYCARE),
    # recruithorizon: a clinic's RN hiring assessment
    (event("Clinic RN – 30-minute assessment and interview",
           organizer=org("jobs@oakview-clinic.com", "Oakview Clinic Jobs"),
           description="Scenario questions and a short triage exercise.",
           id="t24s-26", **at("2028-12-13", "15:00", 60, *CHI)),
     yes(["Oakview Clinic"], ["jobs@oakview-clinic.com"]), "en", RECRUITHORIZON),
    # machinehiring: a visa officer's job interview in a consular section
    (event("Visa Officer – panel interview (Consular Section)",
           organizer=org("recruitment@foreign-service.gov", "Foreign Service Recruitment"),
           description="Competency panel for the Visa Officer post. Scenario on visa processing "
                       "under security standards.",
           id="t24s-27", **at("2028-12-13", "10:00", 60, *NY)),
     yes(["Foreign Service"], ["recruitment@foreign-service.gov"]), "en", MACHINEHIRING),
    # machinehiring: a visa processing assistant job interview at a visa centre operator
    (event("Interview – Visa Processing Assistant",
           organizer=org("hr@globaltrek-visas.com", "GlobalTrek Visas HR"),
           description="Interview for the Visa Processing Assistant role at our London centre.",
           id="t24s-28", **at("2028-12-14", "11:00", 45, *LON)),
     yes(["GlobalTrek Visas", "GlobalTrek"], ["hr@globaltrek-visas.com"]), "en", MACHINEHIRING),
    # stemstickrs: a clinical research assistant interview
    (event("Clinical Research Assistant interview – Phase II study team",
           organizer=org("recruiting@crestline-cro.com", "Crestline CRO Recruiting"),
           description="You'll meet the study manager and a senior CRA. Expect GCP questions.",
           id="t24s-29", **at("2028-12-14", "14:00", 60, *CHI)),
     yes(["Crestline CRO", "Crestline"], ["recruiting@crestline-cro.com"]), "en", STEMSTICKRS),
    # ophyai: a phone screen for a study coordinator
    (event("Research Study Coordinator – phone screen",
           organizer=org("talent@meridian-research.org", "Meridian Research Talent"),
           description="20-minute recruiter call about the coordinator role and your GCP "
                       "certificate.",
           id="t24s-30", **at("2028-12-15", "09:30", 20, *NY)),
     yes(["Meridian Research"], ["talent@meridian-research.org"]), "en", OPHYAI),
    # ============================== (b) the user's own hiring entries
    # njm: a small business owner interviews an applicant
    (event("Interview lifeguard applicant – Casey",
           organizer=SELF,
           description="Check certification card. Pool office.",
           id="t24s-31", **at("2028-12-04", "16:00", 30, *CHI)),
     None, "en", NJM),
    # owners: the owner interviews a candidate for a role
    (event("Interview w/ candidate Morgan for line cook",
           organizer=SELF,
           description="Same 5 questions as the others; score sheet.",
           id="t24s-32", **at("2028-12-05", "15:00", 30, *CHI)),
     None, "en", OWNERS),
    # onpay: a phone pre-screen of an applicant
    (event("Applicant interview: Reese (front desk)",
           organizer=SELF,
           description="Phone pre-screen, then in person if good.",
           id="t24s-33", **at("2028-12-06", "12:00", 20, *NY)),
     None, "en", ONPAY),
    # peoplekeep: a second interview with a candidate for a clinic role
    (event("2nd interview – veterinary nurse candidate Tariq",
           organizer=SELF,
           description="Hands-on part with the team, then references.",
           id="t24s-34", **at("2028-12-07", "11:00", 60, *LON)),
     None, "en", PEOPLEKEEP),
    # primepay: a talent acquisition manager screens an applicant
    (event("Phone screen – applicant Dana Whitfield (bookkeeper)",
           organizer=SELF,
           description="Ask about payroll software and availability.",
           id="t24s-35", **at("2028-12-08", "10:00", 20, *NY)),
     None, "en", PRIMEPAY),
    # identifyd: the owner's own interview of a candidate
    (event("Candidate interview: Alex P. – warehouse associate",
           organizer=SELF,
           description="Forklift cert? Night shifts?",
           id="t24s-36", **at("2028-12-09", "14:00", 30, *CHI)),
     None, "en", IDENTIFYD),
    # njm: interviewing several applicants back to back
    (event("Interviewing barista applicants (3 back-to-back)",
           organizer=SELF,
           description="Kim 2:00, Lou 2:30, Ari 3:00. Latte art test at the bar.",
           id="t24s-37", **at("2028-12-10", "14:00", 90, *LA)),
     None, "en", NJM),
    # owners: meeting a candidate for a weekend role
    (event("Meet candidate Priya for weekend cashier",
           organizer=SELF,
           description="At the shop, before close.",
           id="t24s-38", **at("2028-12-11", "17:00", 30, *LON)),
     None, "en", OWNERS),
    # onpay: an applicant for a kitchen role
    (event("Applicant Noor – dishwasher interview",
           organizer=SELF,
           description="Back office. Bring the application form.",
           id="t24s-39", **at("2028-12-12", "15:30", 20, *NY)),
     None, "en", ONPAY),
    # peoplekeep: a household hiring a nanny interviews a candidate
    (event("Interview nanny candidate – Elena",
           organizer=SELF,
           description="At home; kids meet her for the last 15 min.",
           id="t24s-40", **at("2028-12-13", "18:00", 60, *DEN)),
     None, "en", PEOPLEKEEP),
    # primepay: an interview the user holds with a candidate for an admin post, with a colleague
    (event("Interview: candidate Sam Okafor (Office Administrator)",
           organizer=SELF,
           guests=[{"email": "lena@tidewater-dental.com", "displayName": "Lena Park",
                    "responseStatus": "accepted"}],
           description="Lena joins. Use the structured questions.",
           id="t24s-41", **at("2028-12-14", "09:30", 45, *NY)),
     None, "en", PRIMEPAY),
    # ---- the same words on the candidate's side
    # onpay: an employer's pre-screen call, sent to the applicant (round 1's known miss's class)
    (event("Candidate Screening Call",
           organizer=org("recruiting@brightwell-foods.com", "Brightwell Foods Recruiting"),
           description="Hi Pat, thanks for applying for Shift Supervisor. This is a 20-minute call "
                       "with our recruiter.",
           id="t24s-42", **at("2028-12-04", "13:00", 20, *CHI)),
     yes(["Brightwell Foods"], ["recruiting@brightwell-foods.com"]), "en", ONPAY),
    # peoplekeep: an applicant interview the employer books
    (event("Applicant interview – Shift Lead (Greenleaf Coffee)",
           organizer=org("hiring@greenleaf-coffee.com", "Greenleaf Coffee Hiring"),
           description="Thanks for your application. We'll meet at the Elm St store.",
           id="t24s-43", **at("2028-12-05", "10:00", 30, *LA)),
     yes(["Greenleaf Coffee"], ["hiring@greenleaf-coffee.com"]), "en", PEOPLEKEEP),
    # identifyd: the user's own note of an interview they attend as the candidate
    (event("Candidate interview – Harlan Tools (me)",
           organizer=SELF,
           description="My interview for the buyer role. Bring portfolio.",
           id="t24s-44", **at("2028-12-06", "11:00", 45, *CHI)),
     yes(["Harlan Tools"], []), "en", IDENTIFYD),
    # owners: an interview for a graduate applicant pool programme
    (event("Interview for the applicant pool programme",
           organizer=org("earlycareers@stonebridge-bank.com", "Stonebridge Bank Early Careers"),
           description="Successful applicants join the pool and are matched to teams.",
           id="t24s-45", **at("2028-12-07", "14:00", 45, *LON)),
     yes(["Stonebridge Bank"], ["earlycareers@stonebridge-bank.com"]), "en", OWNERS),
    # primepay: a second interview for a dental nurse, sent to the candidate
    (event("2nd interview – Dental Nurse candidate",
           organizer=org("practice@tidewater-dental.com", "Tidewater Dental"),
           description="Dear candidate, we'd like to invite you back to meet the principal dentist.",
           id="t24s-46", **at("2028-12-08", "16:00", 45, *NY)),
     yes(["Tidewater Dental"], ["practice@tidewater-dental.com"]), "en", PRIMEPAY),
    # njm: the employer's own title for a candidate interview, sent to the candidate
    (event("Candidate Interview: Barista – Copperpot Café",
           organizer=org("jobs@copperpot-cafe.com", "Copperpot Café"),
           description="Hi Pat, see you at the café for a short chat and a bar trial.",
           id="t24s-47", **at("2028-12-09", "09:00", 40, *LA)),
     yes(["Copperpot Café", "Copperpot Cafe"], ["jobs@copperpot-cafe.com"]), "en", NJM),
]
