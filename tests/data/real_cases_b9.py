"""Blind batch 9 of the real-material corpus (issue #15, round 9): calendar events only.

Built and labelled by hand on 2026-12-06, before any code ran on it, after round 8's blind batch
(``real_cases_b8.py``, ``real_cases_b8_intl.py``) had been scored and moved to tuning. The helper
who wrote it never read the detection code, the timeline code or their documentation, and never
ran the detector, the detection bench, the weight fit or any test on these cases. Same conventions
as ``real_cases.py`` and the b2 to b8 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, private visibility, all-day dates, location, conference text),
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented; the wording is paraphrased, not copied. Every source is new to the corpus:
no URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py before each was used; as in earlier batches, a sibling host of a cited one counts
as new).

What it holds: 150 events, 75 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 92 in English (38 interviews) and 58 in 19 other languages (37 interviews):
Finnish 4, Polish 4, and 3 each of Hungarian, Turkish, Greek, Korean, Indonesian, Malay, Hindi,
Arabic, Hebrew, Ukrainian, Catalan, Croatian, Estonian, Latvian, Lithuanian and Japanese, plus
French 2. 104 cited sources on 103 hosts, none cited by an earlier file.

New to the corpus: iCIMS interview scheduling (multi-meeting self-scheduled loops, text-style
notices from a tool mailbox, career-fair time slots, the compose-email invitation, an invite whose
time zone shifted), HireVue on-demand interviews set up through a talent suite, a mortgage
lender's published three-step process (digital interview, hiring managers, virtual team), a
software company's staffing-team phone screen, functional interview and final loop, CodeSignal
pre-screens, a small-business hiring kit's SMS-plus-calendar confirmations and panel
intersections, dental working interviews (paid, half day, full day as an all-day event),
police interview boards and oral board examinations, electrical apprenticeship (JATC) committee
interviews, seasonal in-store hiring events with group interviews and digital check-in, retail
district-manager interviews, staffing agencies (a screening call for the agency's own desk, a
client interview, a retained search firm), teacher demonstration lessons and their debrief, a
Calendly-booked recruiter screen; in other languages, public-service commission interviews in
Malaysia, a Catalan town hall's selection board, an Estonian staffing firm hiring for its own
pool, a Korean executive round with a hidden guest list, Japanese company-side rescheduling.
Look-alikes: the owner interviewed by the press (reporter, taped radio, TV, a call-back for
comment, a PIO's media prep), the owner as a journalist interviewing an official, a PR person
interviewing a reporter, MBA admission and alumni interviews, naturalization interviews and civics
practice, exit interviews (as the leaver and as HR), residency interview days seen from the
faculty and resident side, program directors' meetings, mock interviews and career counselling,
an agency's preparation call, the owner on the hiring side (iCIMS interviewer invite, availability
approvals, sending coding tests, promotion boards, teacher panels, police oral panels, hiring a
shop assistant, an intern, a warehouse worker, a bookkeeper, a designer), hiring-event staffing,
webinars, vendor demos of interview-scheduling software, a dental cleaning at the office of a
working interview, pre-registration drug screens and apprentice orientation, cancelled
interviews, internal recruiting meetings, chores (pay questions, registration renewal, suits,
background packets, lesson planning, replies to schedulers), an annual review.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to 8's
docstrings): ``None`` unless the event is a job interview (or a hiring step) that the calendar's
owner attends as the candidate; otherwise the accepted company spellings and exactly the people a
thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or team mailbox
(organiser or guest) are in; the candidate's own address, rooms, group addresses, no-reply and
tool mailboxes, declined guests and bots are out; people a schedule names without an address are
listed by name; addresses that appear only in the description count; an agency's recruiter is
thanked with the client's interviewers and the company is the client (the agency when the client
is not named); informational chats, fairs, medical checks and admissions are not interviews; an
unproctored test or one-way interview the employer sent, blocked by the owner, is a hiring step
with nobody to thank; an interview the employer cancelled, still on the calendar, is not one to
follow up, a rescheduled one still is; an agency consultant's preparation call is coaching.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- a dental working interview (a paid trial day seeing the office's patients) is a hiring step
  (yes; the dentist and office manager named are thanked);
- a police interview board or oral board examination is a job interview; a human-resources
  monitor named as sitting in is thanked like the assessors;
- a JATC committee interview for an apprenticeship is a job interview (the committee selects
  and ranks apprentices for employment); the drug screen and orientation after selection are not;
- a group-interview slot at an in-store hiring event, booked or checked in for, is an interview;
  browsing a job fair's tables is not;
- a teacher's demonstration lesson, and the debrief the principal holds on it, are hiring steps;
- a public-service commission's interview (Malaysia's SPA and SPP) names the commission as the
  company and, with no panel named, nobody to thank;
- a staffing firm's screening call for a role at an unnamed client names the staffing firm.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b9_intl.py``, split out for length; ``BLIND9`` holds both.

Scored once, at the end of round 9, for docs/detection.md and the README; tuning data since round 10.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, yes
from real_cases_b9_intl import (
    CHI,
    DEN,
    HAL,
    INTL9,
    LA,
    LON,
    MEET,
    NY,
    SELF,
    SYD,
    TEAMS,
    TOR,
    ZOOM,
    Case,
    at,
    room,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py before each was used).
ICIMS = ("https://community.icims.com/articles/Knowledge/Scheduling-Interviews-with-Talent-Cloud-Interview-"
         "Scheduling?r=194&ui-knowledge-components-aura-actions.KnowledgeArticleVersionCreateDraftFromOnline"
         "Action.createDraftFromOnlineArticle=1")
ICIMS_SELF = "https://icimshub.force.com/customer/articles/How_To/Using-the-Self-Scheduling-Feature"
INTEGRAL = "https://integralrecruiting.com/interview-scheduling-201/"
FLOWFAM = "https://flowfam.co/icims-interview-scheduling-setup/"
CSOD = ("https://help.csod.com/help/csod_0/Content/Manager/Recruiting/Create_Job_Req_-_App_Rev_Tab/"
        "On_Demand_Video_Interview_-_Job_Req.htm")
AMFIN = "https://www.americanfinancing.net/how-we-hire"
MSCAREERS = "http://www.microsoft-careers.com/content/bing/application-process/"
CODESIGNAL = "http://docs.codesignal.com/en/articles/1217916-sending-coding-tests-to-candidates"
HIRESNAP = "https://hiring-snapshot-ghl.pages.dev/features/interview-scheduling"
TODAYSRDH = "https://www.todaysrdh.com/a-look-at-working-interviews-and-why-you-should-always-be-paid/"
DENTALPOST = "https://www.dentalpost.net/dental-jobs/content/has-this-happened-to-you-my-employer-duped-me/"
ODHA = "https://odha.on.ca/students/working-interviews/"
REMIN = "https://reminmedia.com/working-interviews-gone-wrong/"
CORINTH = "https://www.cityofcorinth.com/576/Interview-Board"
NOBLESVILLE = "https://www.cityofnoblesville.org/egov/apps/document/center.egov?view=item&id=1449"
CHAMPAIGN = "https://champaignil.gov/2012/05/03/police-officer-eligibility-list/"
SUCSS = "http://www.sucss.illinois.gov/ProcMan/manuals_results.aspx?ID=157&kw=&osm=c40"
HONOLULU = "https://www.honolulupd.org/policy/policy-appointment-promotion-interviews/"
JOBFORUMS911 = "https://www.911jobforums.com/showthread.php?t=66758&s=951270f39e1ca9cd40e20a353d97639b"
BETHEONE = "https://betheonecpd.com/interview"
PENNY = "https://www.thepennyhoarder.com/make-money/career/hiring-event/"
FOUNDIRE = "https://foundire.com/blog/how-to-organize-effective-walk-in-interviews"
JOBSSECTION = "https://jobssection.com/what-is-an-open-job-interview-student-job-guide"
WORKSTREAM = "https://www.workstream.us/hire/retail-retail-store-manager.html"
MONROECC = "https://www.monroecc.edu/depts/careercenter/interview-preparation-and-mock-interviews/"
EATSIP = "https://eatsip365.com/mock-interview-practice-at-the-career-center"
COLLEGERAPTOR = ("https://www.collegeraptor.com/explore-careers/articles/careers-internships/"
                 "mock-interview-college-career-center/")
MOTHERMILK = "https://mothermilkmedia.com/futurabazaar/category/future-of-journalism"
BUOYANCY = "https://www.buoyancypr.com/working-with-journalists-some-thoughts-on-time-and-scheduling/"
MEDIATRAIN = "https://www.mediatrainingassociates.co.uk/media-tip-make-speedy-journalist-response-a-priority/"
NASW = "https://www.nasw.org/node/246210"
JWU = "https://jwu.pressbooks.pub/infostrategies/chapter/9-18-journalist-contributors"
UHFMR = "http://www.uhfmr.org/index.php/application-process/interview-process?tmpl=component&print=1&page="
UVA_IM = "https://med.virginia.edu/internal-medicine-residency/why-uva/application/interview-day/"
APDCRS = "http://www.apdcrs.org/wp/member-resources/virtual-interview-resources/"
USI = "https://handbook.usi.edu/exit-interview"
PLAYBOOK = "https://playbookwriter.com/examples/exit-interview/review/"
OBOLOO = "https://oboloo.com/glossary/exit-interview-procedure"
SLCO = "https://www.slco.org/united-for-citizenship/become-a-u.s.-citizen/interview-and-test/"
CIVICSQ = "https://civicsquestions.com/citizenship-interview/"
LAWINFO = "https://www.lawinfo.com/resources/immigration/united-states-citizenship-interview.html"
ADAMMARKUS = "https://www.adammarkus.com/advice-on-scheduling-mba-interviews/"
NWEJATC = "https://www.nwejatc.org/?zone=/unionactive/view_article.cfm&HomeID=827936&page=Applicant"
SEJATC = "https://sejatc.org/application/once-qualified/"
RALDUR = "https://raldurjatc.org/the-application-process/test/"
JATC309 = "http://309jatc.org/apprenticeship_interview.htm"
MIDWESTSTAFF = "https://midwestprofessionalstaffing.com/2016/10/what-recruiters-do"
ISGF = "https://academy.isgf.com/topic/set-proper-expectations/?ld-lesson-page=2"
INSIDERCAREER = "https://www.insidercareerstrategies.com/blog/category/agencies"
ERE = "https://staging.ere.net/the-recruiters-obligation-preparing-your-candidate-for-the-interview/"
INTERVIEWINGCOM = "https://www.interviewing.com/staffing-firms-can-best-prep-candidates-interviews/"
WINENFOOD = "https://winenfood.com/the-career-start-staffing-process-explained"
EDWEEK = ("https://www.edweek.org/teaching-learning/opinion-teacher-interview-demo-lesson-deal-breaker-or-"
          "deal-maker/2013/05")
SCHOOLLEAD = "https://schoolleadership20.com/forum/topics/teacher-interview-demo-lesson-deal-breaker-or-deal-maker"
MRSD = "https://www.mrsdscorner.com/teaching-a-successful-demo-lesson-in-an-interview/"
NYCTC = ("https://support.nycteachingcollaborative.org/hc/en-us/articles/360021906891-How-should-I-prepare-if-"
         "asked-to-teach-a-demo-lesson")
JYDB = "http://jydb.info/interview-scheduling-tips.html"


ENGLISH9: list[Case] = [
    # ============================================================ interviews, English
    # iCIMS multi-meeting interview the candidate self-scheduled: recruiter organises, two interviewers
    (event("Interview: Customer Success Manager – Pat Lee",
           organizer=org("k.ibarra@quillmark.com", "Kristen Ibarra"),
           guests=[guest("k.ibarra@quillmark.com", "Kristen Ibarra"),
                   guest("d.nwosu@quillmark.com", "Daniel Nwosu"),
                   guest("r.feld@quillmark.com", "Rachel Feld")],
           description="Thank you for selecting a time. Part 1 with Daniel Nwosu (Director, Customer Success); "
                       "part 2 with Rachel Feld (Senior CSM)." + TEAMS,
           **at("2027-01-19", "13:00", 90, *NY)),
     yes(["Quillmark"], ["k.ibarra@quillmark.com", "d.nwosu@quillmark.com", "r.feld@quillmark.com"]), "en", ICIMS),
    # a text-style notice from the tool's mailbox; the caller is only named
    (event("Phone Screen – Front Desk Agent (Req 4471)",
           organizer=org("notifications@icims-mailer.example.com", "Harbor & Vine Hotels via iCIMS"),
           description="Harbor & Vine Hotels: your phone screen is confirmed. Greta Lindholm, Talent "
                       "Acquisition, will call you at the number on file. Reply C to confirm, R to reschedule.",
           **at("2027-01-14", "10:15", 20, *CHI)),
     yes(["Harbor & Vine Hotels", "Harbor & Vine", "Harbor and Vine"], ["Greta Lindholm"]), "en", ICIMS),
    # onsite multi-person interview with rooms booked through the scheduler
    (event("Onsite Interview – Warehouse Supervisor – Pat Lee",
           organizer=org("talent@harborvinehotels.com", "Harbor & Vine Talent"),
           guests=[guest("talent@harborvinehotels.com", "Harbor & Vine Talent"),
                   guest("b.okafor@harborvinehotels.com", "Bola Okafor"),
                   guest("s.mayhew@harborvinehotels.com", "Sam Mayhew"),
                   room("c_1188fe@resource.calendar.google.com", "HVH-Ops-1-Boardroom (10)")],
           description="Meeting 1: Bola Okafor (Ops Manager). Meeting 2: Sam Mayhew (GM). Ask for us at the "
                       "loading-dock office.",
           location="Harbor & Vine Distribution Center, 400 Terminal Rd, Mobile, AL",
           **at("2027-01-28", "09:00", 120, *CHI)),
     yes(["Harbor & Vine Hotels", "Harbor & Vine", "Harbor and Vine", "Harborvinehotels"],
         ["talent@harborvinehotels.com", "b.okafor@harborvinehotels.com", "s.mayhew@harborvinehotels.com"]),
     "en", ICIMS),
    # a self-scheduled slot during an employer's open house
    (event("Engineering Open House – Interview Slot (2:30 PM)",
           organizer=org("campus@redwaterutilities.com", "Redwater Utilities Campus Recruiting"),
           guests=[guest("dale.ortiz@redwaterutilities.com", "Dale Ortiz")],
           description="You signed up for this time slot; it is now closed to other candidates. Interviewer: "
                       "Dale Ortiz, Distribution Engineering.",
           location="Redwater Utilities, Training Center Room B",
           **at("2027-02-04", "14:30", 30, *DEN)),
     yes(["Redwater Utilities", "Redwater", "Redwaterutilities"],
         ["campus@redwaterutilities.com", "dale.ortiz@redwaterutilities.com"]), "en", ICIMS_SELF),
    # an invitation composed from the workflow status; guest list hidden, people named in the text
    (event("Interview – Maintenance Technician – Ridgeline Packaging",
           organizer=org("hr@ridgelinepkg.com", "Ridgeline Packaging HR"),
           guestsCanSeeOtherGuests=False,
           description="Dear Pat,\nWe'd like to invite you to interview. You will meet Carla Mendes (Plant "
                       "Manager) and Joe Pruitt (Maintenance Lead), followed by a short plant tour. Safety "
                       "shoes recommended.",
           location="Ridgeline Packaging, 77 Industrial Pkwy, Dayton, OH",
           **at("2027-01-21", "08:00", 90, *NY)),
     yes(["Ridgeline Packaging", "Ridgeline", "Ridgelinepkg"], ["hr@ridgelinepkg.com", "Carla Mendes", "Joe Pruitt"]),
     "en", INTEGRAL),
    # the invite arrives in the organiser's zone; the text warns about the shift
    (event("Hiring Manager Interview – Payroll Analyst – Pat Lee",
           organizer=org("m.greer@tallgrassmfg.com", "Marcy Greer"),
           guests=[guest("m.greer@tallgrassmfg.com", "Marcy Greer")],
           description="Note: times in our system are Central; your calendar should show Mountain. Zoom link "
                       "below." + ZOOM,
           **at("2027-01-25", "10:00", 45, *DEN)),
     yes(["Tallgrass Manufacturing", "Tallgrass", "Tallgrassmfg"], ["m.greer@tallgrassmfg.com"]), "en", FLOWFAM),
    # a one-way video interview set up through the talent suite, blocked by the owner; private
    (event("HireVue on-demand interview – Claims Adjuster – Bluestem Mutual (due Fri)", organizer=SELF,
           description="Record answers to 6 questions; 30 s to prepare, 3 min to answer each. Test webcam first.",
           visibility="private",
           **at("2027-01-20", "19:00", 45, *CHI)),
     yes(["Bluestem Mutual", "Bluestem"], []), "en", CSOD),
    # a lender's three steps: digital interview (blocked by the owner), hiring managers, virtual team
    (event("Initial digital interview – Loan Processor – Keystone Hearth Lending", organizer=SELF,
           description="From the careers email: experience, expectations, salary, availability. Check spam "
                       "for the link.",
           **at("2027-01-13", "18:30", 30, *LA)),
     yes(["Keystone Hearth Lending", "Keystone Hearth"], []), "en", AMFIN),
    (event("Second interview – Loan Processor – Keystone Hearth Lending",
           organizer=org("j.park@keystonehearth.com", "Jenna Park"),
           guests=[guest("j.park@keystonehearth.com", "Jenna Park"),
                   guest("t.ruiz@keystonehearth.com", "Tomas Ruiz")],
           description="Live virtual interview with the hiring managers, Jenna Park and Tomas Ruiz." + MEET,
           **at("2027-01-22", "11:00", 45, *LA)),
     yes(["Keystone Hearth Lending", "Keystone Hearth", "Keystonehearth"],
         ["j.park@keystonehearth.com", "t.ruiz@keystonehearth.com"]), "en", AMFIN),
    (event("Virtual team interview – Loan Processor",
           organizer=org("recruiting@keystonehearth.com", "Keystone Hearth Recruiting"),
           guests=[guest("recruiting@keystonehearth.com", "Keystone Hearth Recruiting"),
                   guest("a.lund@keystonehearth.com", "Anya Lund"),
                   guest("c.boateng@keystonehearth.com", "Chris Boateng"),
                   guest("e.sato@keystonehearth.com", "Emi Sato", "declined")],
           description="Meet your future teammates. Emi is out this week." + MEET,
           **at("2027-01-29", "13:00", 45, *LA)),
     yes(["Keystone Hearth Lending", "Keystone Hearth", "Keystonehearth"],
         ["recruiting@keystonehearth.com", "a.lund@keystonehearth.com", "c.boateng@keystonehearth.com"]),
     "en", AMFIN),
    # a software company's staffing team screen, the hiring manager's functional interview, the final loop
    (event("Phone screen – Pat Lee / Marlow Systems Staffing",
           organizer=org("v.anand@marlowsystems.com", "Vikram Anand"),
           guests=[guest("v.anand@marlowsystems.com", "Vikram Anand")],
           description="Get better acquainted; a few questions on the Data Engineer role requirements.",
           **at("2027-01-15", "09:30", 30, *LA)),
     yes(["Marlow Systems", "Marlow", "Marlowsystems"], ["v.anand@marlowsystems.com"]), "en", MSCAREERS),
    (event("Functional interview (technical phone) – Data Engineer",
           organizer=org("h.costa@marlowsystems.com", "Helena Costa"),
           guests=[guest("h.costa@marlowsystems.com", "Helena Costa"),
                   guest("g.whitaker@marlowsystems.com", "Grant Whitaker")],
           description="Hiring manager Helena Costa with Grant Whitaker from the team. SQL and pipeline design.",
           **at("2027-01-26", "10:00", 60, *LA)),
     yes(["Marlow Systems", "Marlow", "Marlowsystems"], ["h.costa@marlowsystems.com", "g.whitaker@marlowsystems.com"]),
     "en", MSCAREERS),
    (event("Final interviews – Marlow Systems (on site)",
           organizer=org("interviews@marlowsystems.com", "Marlow Interview Coordination"),
           guestsCanSeeOtherGuests=False,
           description="<p>Schedule</p><ul><li>9:00 Helena Costa</li><li>10:00 Priya Venkat</li><li>11:00 "
                       "Lunch with Grant Whitaker</li><li>12:30 Owen Blackwood (Director)</li></ul>"
                       "<p>Your coordinator: Lisa Tran</p>",
           location="Marlow Systems, Building 4, 1 Marlow Way, Redmond, WA",
           **at("2027-02-09", "09:00", 270, *LA)),
     yes(["Marlow Systems", "Marlow", "Marlowsystems"],
         ["interviews@marlowsystems.com", "Helena Costa", "Priya Venkat", "Grant Whitaker", "Owen Blackwood",
          "Lisa Tran"]), "en", MSCAREERS),
    # an employer's coding test, blocked by the owner: a hiring step with nobody to thank
    (event("CodeSignal test – Arbor Analytics (expires Feb 3)", organizer=SELF,
           description="Invite link from the recruiter's email. 70 minutes, one sitting.",
           **at("2027-01-31", "20:00", 70, *NY)),
     yes(["Arbor Analytics", "Arbor"], []), "en", CODESIGNAL),
    # a small-business hiring kit books from real availability; the tool mailbox is out
    (event("Interview confirmed: Operations Coordinator – Sunbelt Home Services",
           organizer=org("bookings@hiresnap-notify.example.com", "Sunbelt Home Services Hiring"),
           guests=[guest("l.watts@sunbelthomeservices.com", "Lena Watts")],
           description="You're booked! Reminders will be sent 24h, 1h and 5 min before your call with Lena "
                       "Watts. Times shown in your time zone.",
           **at("2027-01-18", "15:00", 30, *CHI)),
     yes(["Sunbelt Home Services", "Sunbelt", "Sunbelthomeservices"], ["l.watts@sunbelthomeservices.com"]),
     "en", HIRESNAP),
    (event("Panel interview – Account Executive – Sunbelt Home Services",
           organizer=org("bookings@hiresnap-notify.example.com", "Sunbelt Home Services Hiring"),
           guests=[guest("l.watts@sunbelthomeservices.com", "Lena Watts"),
                   guest("r.delgado@sunbelthomeservices.com", "Ramon Delgado"),
                   guest("k.frye@sunbelthomeservices.com", "Kim Frye")],
           description="Slot found across all required panelists." + ZOOM,
           **at("2027-02-02", "13:00", 60, *CHI)),
     yes(["Sunbelt Home Services", "Sunbelt", "Sunbelthomeservices"],
         ["l.watts@sunbelthomeservices.com", "r.delgado@sunbelthomeservices.com", "k.frye@sunbelthomeservices.com"]),
     "en", HIRESNAP),
    # a dental working interview is a hiring step; typed as an all-day event
    (days(event("Working interview – Bright Meadow Dental (hygiene)", organizer=SELF,
                description="Full schedule of patients. Dr. Farah Amin and office manager Kelly Doucet will sit "
                            "down with me at the end of the day. Paid, W-4 on arrival.",
                location="Bright Meadow Dental, 230 Elm St, Springfield, MO",
                **at("2027-02-05", "00:00", 1440, *CHI)),
          "2027-02-05", "2027-02-06"),
     yes(["Bright Meadow Dental", "Bright Meadow"], ["Farah Amin", "Kelly Doucet"]), "en", TODAYSRDH),
    (event("Working interview 8–5 (paid, $48/hr) – Cedar Grove Dental",
           organizer=org("office@cedargrovedental.com", "Tracy Holm (Office Manager)"),
           guests=[guest("office@cedargrovedental.com", "Tracy Holm (Office Manager)"),
                   guest("dr.lin@cedargrovedental.com", "Dr. Victor Lin")],
           description="Arrive 7:45. Lunch 12–1 unpaid. You'll be paid for the full day by check on Friday.",
           location="Cedar Grove Dental, 14 Cedar Grove Rd, Nashville",
           **at("2027-01-27", "08:00", 540, *CHI)),
     yes(["Cedar Grove Dental", "Cedar Grove", "Cedargrovedental"],
         ["office@cedargrovedental.com", "dr.lin@cedargrovedental.com"]), "en", DENTALPOST),
    (event("Working interview – Lakeshore Family Dentistry (half day)",
           organizer=org("dr.morrison@lakeshorefamilydentistry.ca", "Dr. Elaine Morrison"),
           guests=[guest("dr.morrison@lakeshorefamilydentistry.ca", "Dr. Elaine Morrison")],
           description="Bring your registration number. We'll observe clinical skills and client interaction.",
           location="Lakeshore Family Dentistry, 88 Lakeshore Rd E, Mississauga, ON",
           **at("2027-02-11", "08:30", 240, *TOR)),
     yes(["Lakeshore Family Dentistry", "Lakeshore Family", "Lakeshorefamilydentistry"],
         ["dr.morrison@lakeshorefamilydentistry.ca"]), "en", ODHA),
    (event("Working interview (dental assistant) – Pinecrest Smiles", organizer=SELF,
           description="Dr. Omar Haddad's office; his office manager Bree Collins confirmed the pay in "
                       "writing. 9–2, assisting chairside.",
           location="Pinecrest Smiles, Boise",
           **at("2027-02-15", "09:00", 300, *DEN)),
     yes(["Pinecrest Smiles"], ["Omar Haddad", "Bree Collins"]), "en", REMIN),
    # police interview boards and oral board examinations are job interviews
    (event("Interview Board – Police Officer Applicant (Pat Lee)",
           organizer=org("hr@cityofbrennan.gov", "City of Brennan Human Resources"),
           description="Board: Lt. Marcus Webb, Sgt. Dana Cole, Investigator Ray Ochoa. Situational reasoning "
                       "scenarios included. Business attire.",
           location="Brennan Police Department, 100 Main St, Brennan, TX",
           **at("2027-02-01", "13:00", 45, *CHI)),
     yes(["City of Brennan", "Brennan Police Department", "Brennan PD", "Cityofbrennan"],
         ["hr@cityofbrennan.gov", "Marcus Webb", "Dana Cole", "Ray Ochoa"]), "en", CORINTH),
    (event("Oral Interview Board – Hollisford PD", organizer=SELF,
           description="4 to 8 board members, 30–45 minutes. Arrive on time, dress accordingly. Ranking after.",
           location="Hollisford Police Department, Training Room",
           **at("2027-02-08", "09:30", 45, *NY)),
     yes(["Hollisford Police Department", "Hollisford PD", "Hollisford"], []), "en", NOBLESVILLE),
    # an HR monitor named as sitting in is thanked like the assessors
    (event("Oral Board Examination – Police Officer – Prairie State University",
           organizer=org("exams@prairiestate.edu", "Prairie State University HR – Examinations"),
           guests=[guest("exams@prairiestate.edu", "Prairie State University HR – Examinations")],
           description="Panel of three assessors; HR monitor: Janet Colby. Questions may be repeated once on "
                       "request but not paraphrased.",
           location="Prairie State University, Public Safety Building",
           **at("2027-02-10", "10:00", 40, *CHI)),
     yes(["Prairie State University", "Prairie State", "Prairiestate"], ["exams@prairiestate.edu", "Janet Colby"]),
     "en", SUCSS),
    (event("Police Officer oral interview – Board of Fire & Police Commissioners",
           organizer=org("hr@lindenvilleil.gov", "Lindenville Human Resources"),
           guests=[guest("hr@lindenvilleil.gov", "Lindenville Human Resources"),
                   guest("commissioner.ames@lindenvilleil.gov", "Robert Ames")],
           description="Interview scores are combined with the written exam for the eligibility list.",
           location="Lindenville City Building, Council Chambers",
           **at("2027-02-17", "14:15", 30, *CHI)),
     yes(["City of Lindenville", "Lindenville", "Lindenvilleil"],
         ["hr@lindenvilleil.gov", "commissioner.ames@lindenvilleil.gov"]), "en", CHAMPAIGN),
    # a group-interview slot at an in-store hiring event is an interview
    (event("Seasonal hiring event – group interview 10:30 – Harborline Apparel", organizer=SELF,
           description="Check in at the table by the registers. Groups of 5–10, about 30 minutes.",
           location="Harborline Apparel, Westfield Mall",
           **at("2027-01-16", "10:30", 30, *NY)),
     yes(["Harborline Apparel", "Harborline"], []), "en", PENNY),
    (event("Check-in confirmed: interview 10:40 with Sarah Quinn – FreshLook Retail",
           organizer=org("checkin@freshlook-events.example.com", "FreshLook Retail Hiring Event"),
           description="Show this confirmation at the door. Your interviewer: Sarah Quinn, Store Manager.",
           location="FreshLook Retail, 2100 Market Plaza",
           **at("2027-01-23", "10:40", 20, *CHI)),
     yes(["FreshLook Retail", "FreshLook", "Freshlook"], ["Sarah Quinn"]), "en", FOUNDIRE),
    (event("Second interview – Harbor Books (after Saturday's open interviews)",
           organizer=org("lena@harborbooks.com", "Lena Fischer"),
           guests=[guest("lena@harborbooks.com", "Lena Fischer")],
           description="Thanks for coming by on Saturday! Let's talk availability and the bookseller role.",
           location="Harbor Books, 12 Dock St",
           **at("2027-01-20", "16:00", 30, *NY)),
     yes(["Harbor Books", "Harborbooks"], ["lena@harborbooks.com"]), "en", JOBSSECTION),
    (event("Store Manager interview – District Manager – Pinecone Outfitters",
           organizer=org("dm.southeast@pineconeoutfitters.com", "Gail Morrow"),
           guests=[guest("dm.southeast@pineconeoutfitters.com", "Gail Morrow")],
           description="Come ready to walk the floor with me: inventory, scheduling, team motivation.",
           location="Pinecone Outfitters #214, Charlotte",
           **at("2027-02-03", "08:00", 60, *NY)),
     yes(["Pinecone Outfitters", "Pinecone", "Pineconeoutfitters"], ["dm.southeast@pineconeoutfitters.com"]),
     "en", WORKSTREAM),
    # apprenticeship committee interviews (JATC) are job interviews
    (event("JATC Interview – Inside Wireman Applicant",
           organizer=org("office@cascadeejatc.org", "Cascade Electrical JATC"),
           guests=[guest("office@cascadeejatc.org", "Cascade Electrical JATC")],
           description="Standard questions from the Committee; each member scores you and the scores are "
                       "averaged for the holding list.",
           location="Cascade Electrical JATC Training Center, Tacoma",
           **at("2027-02-12", "15:20", 20, *LA)),
     yes(["Cascade Electrical JATC", "Cascade JATC", "Cascadeejatc"], ["office@cascadeejatc.org"]), "en", NWEJATC),
    (event("Oral interview – Ridgeview JATC (6 committee members, ~20 min)", organizer=SELF,
           description="Make a list of jobs, school projects, hobbies. Know how the JATC works.",
           location="Ridgeview JATC, 55 Union Way",
           **at("2027-02-19", "09:40", 20, *NY)),
     yes(["Ridgeview JATC", "Ridgeview"], []), "en", RALDUR),
    # staffing: the agency's own screen (client unnamed), a client interview, a retained search firm
    (event("Screening call – Accounts Payable Specialist (client role) – Lakeside Professional Staffing",
           organizer=org("n.gray@lakesidestaffing.com", "Nora Gray"),
           guests=[guest("n.gray@lakesidestaffing.com", "Nora Gray")],
           description="Before I present you to my client I'd like to review your resume and experience.",
           **at("2027-01-12", "12:00", 30, *CHI)),
     yes(["Lakeside Professional Staffing", "Lakeside Staffing", "Lakesidestaffing"], ["n.gray@lakesidestaffing.com"]),
     "en", MIDWESTSTAFF),
    (event("Client interview – Harlan Foods (via Apex Talent)",
           organizer=org("m.dunn@apextalent.com", "Marcus Dunn"),
           guests=[guest("m.dunn@apextalent.com", "Marcus Dunn"),
                   guest("j.kerr@harlanfoods.com", "Judith Kerr")],
           description="Judith Kerr (Controller) will interview you; call me right after so I can get "
                       "feedback to you.",
           location="Harlan Foods HQ, 9 Granary Rd, Omaha",
           **at("2027-01-26", "14:00", 60, *CHI)),
     yes(["Harlan Foods", "Harlan", "Harlanfoods"], ["m.dunn@apextalent.com", "j.kerr@harlanfoods.com"]), "en", ISGF),
    (event("Interview – VP Finance search (client confidential) – Whitcombe Partners",
           organizer=org("a.hale@whitcombepartners.com", "Adrian Hale"),
           guests=[guest("a.hale@whitcombepartners.com", "Adrian Hale")],
           description="Retained search. We'll present a slate of three to five to the client.",
           location="Whitcombe Partners, 200 Park Ave, New York",
           **at("2027-02-04", "08:30", 60, *NY)),
     yes(["Whitcombe Partners", "Whitcombe", "Whitcombepartners"], ["a.hale@whitcombepartners.com"]),
     "en", INSIDERCAREER),
    # teachers: a demonstration lesson, a demo typed by the candidate, a panel with demo, the debrief
    (event("Demo lesson – 7th grade math – Lincoln Ridge Middle School",
           organizer=org("principal@lincolnridgems.org", "Dr. Angela Brooks"),
           guests=[guest("principal@lincolnridgems.org", "Dr. Angela Brooks"),
                   guest("t.hayes@lincolnridgems.org", "Tom Hayes")],
           description="20–30 minutes with Mr. Hayes's class, then a debrief with me.",
           location="Lincoln Ridge Middle School, Room 112",
           **at("2027-02-09", "10:00", 60, *CHI)),
     yes(["Lincoln Ridge Middle School", "Lincoln Ridge", "Lincolnridgems"],
         ["principal@lincolnridgems.org", "t.hayes@lincolnridgems.org"]), "en", EDWEEK),
    (event("Demonstration lesson – PS 214 (Principal Maria Ortega)", organizer=SELF,
           description="Grade 4, 25 students, 30 min. Objective: equivalent fractions. No SmartBoard assumed.",
           location="PS 214, Bronx",
           **at("2027-02-16", "11:00", 45, *NY)),
     yes(["PS 214"], ["Maria Ortega"]), "en", NYCTC),
    (event("Panel interview + demo lesson – Sunnyvale Elementary",
           organizer=org("hr@sunnyvaleusd.org", "Sunnyvale USD Human Resources"),
           guests=[guest("hr@sunnyvaleusd.org", "Sunnyvale USD Human Resources"),
                   guest("k.nguyen@sunnyvaleusd.org", "Kim Nguyen"),
                   guest("d.parsons@sunnyvaleusd.org", "Doug Parsons")],
           description="Step 2 of 4: panel with Principal Kim Nguyen and grade-level lead Doug Parsons, then a "
                       "15-minute demo in a 2nd-grade room.",
           location="Sunnyvale Elementary, 600 Carroll St",
           **at("2027-02-18", "13:00", 90, *LA)),
     yes(["Sunnyvale Elementary", "Sunnyvale USD", "Sunnyvaleusd"],
         ["hr@sunnyvaleusd.org", "k.nguyen@sunnyvaleusd.org", "d.parsons@sunnyvaleusd.org"]), "en", MRSD),
    # the principal's debrief of the candidate's demo lesson is part of the hiring process
    (event("Post-demo debrief – Pat Lee",
           organizer=org("principal@lincolnridgems.org", "Dr. Angela Brooks"),
           guests=[guest("principal@lincolnridgems.org", "Dr. Angela Brooks")],
           description="Reflect on your lesson; we'll talk about what you'd change.",
           location="Lincoln Ridge Middle School, Main Office",
           **at("2027-02-11", "15:30", 30, *CHI)),
     yes(["Lincoln Ridge Middle School", "Lincoln Ridge", "Lincolnridgems"], ["principal@lincolnridgems.org"]),
     "en", SCHOOLLEAD),
    # a Calendly-booked screen
    (event("Recruiter phone screen between Morgan Reyes and Pat Lee",
           organizer=org("morgan.reyes@brightlane.io", "Morgan Reyes"),
           guests=[guest("morgan.reyes@brightlane.io", "Morgan Reyes")],
           description="Event Name: Recruiter phone screen (25 min)\nBrightlane – Product Designer\n"
                       "Need to make changes? Cancel or reschedule via Calendly.",
           **at("2027-01-13", "11:00", 25, *DEN)),
     yes(["Brightlane", "Brightlane.io"], ["morgan.reyes@brightlane.io"]), "en", JYDB),

    # ============================================================ non-interviews, English
    # the press interviews the owner
    (event("Interview with Dana Whitfield (Courier-Ledger) – county budget",
           organizer=org("dwhitfield@courierledger.com", "Dana Whitfield"),
           guests=[guest("dwhitfield@courierledger.com", "Dana Whitfield")],
           description="Phone interview for Thursday's story on the budget vote; about 15 minutes, on the "
                       "record.",
           **at("2027-01-19", "15:00", 20, *NY)),
     None, "en", MOTHERMILK),
    (event("Radio interview – 'Morning Pages' author segment (taped)",
           organizer=org("producer@wkrs-radio.example.org", "WKRS Producer"),
           guests=[guest("producer@wkrs-radio.example.org", "WKRS Producer")],
           description="Taped, 12 minutes, airs Sunday. Find a quiet room; a parked car works.",
           **at("2027-01-27", "09:00", 30, *CHI)),
     None, "en", BUOYANCY),
    (event("Call back reporter for comment on rate rise (deadline 3pm)", organizer=SELF,
           description="Prep three key points before ringing back. Live on air possible.",
           **at("2027-02-03", "13:30", 15, *LON)),
     None, "en", MEDIATRAIN),
    (event("Media interview prep with PIO – new sleep study release",
           organizer=org("pio@northfieldresearch.org", "Office of Communications"),
           guests=[guest("pio@northfieldresearch.org", "Office of Communications")],
           description="Practise the two-sentence summary before reporters call this week.",
           **at("2027-02-01", "10:00", 45, *NY)),
     None, "en", NASW),
    # the owner as a journalist interviews an official
    (event("Interview: Deputy Mayor Ruiz – housing story (recorded)", organizer=SELF,
           guests=[guest("press@cityofaltamont.gov", "Altamont Press Office")],
           description="Confirmed through the press office. Pre-recorded, 20 minutes. Bring recorder.",
           location="Altamont City Hall, Room 301",
           **at("2027-02-05", "11:00", 30, *DEN)),
     None, "en", MOTHERMILK),
    # a PR person interviews a reporter about pitches
    (event("Chat with Tribune health reporter – what stories she wants pitched", organizer=SELF,
           guests=[guest("r.castillo@metrotribune.example.com", "Renee Castillo")],
           **at("2027-02-10", "12:30", 30, *CHI)),
     None, "en", JWU),
    # admissions and naturalization
    (event("MBA admissions interview (Zoom) – Halvorsen School of Business",
           organizer=org("mbaadmissions@halvorsen.edu", "Halvorsen MBA Admissions"),
           description="30 minutes with an Admissions Board member. Written reflection due within 24 hours."
                       + ZOOM,
           **at("2027-01-21", "09:00", 30, *NY)),
     None, "en", ADAMMARKUS),
    (event("Alumni interview – Kellwood MBA (coffee with Jason Pratt)", organizer=SELF,
           description="Alumni haven't read the application; bring a resume.",
           location="Blue Door Coffee, 5th Ave",
           **at("2027-01-30", "10:00", 60, *CHI)),
     None, "en", ADAMMARKUS),
    (event("USCIS naturalization interview + civics test", organizer=SELF,
           description="Bring appointment notice, green card, all passports, marriage certificate.",
           location="USCIS Field Office, 660 S 200 E, Salt Lake City",
           **at("2027-02-22", "08:45", 90, *DEN)),
     None, "en", SLCO),
    (event("Practice civics questions (100) with Ana", organizer=SELF,
           **at("2027-02-14", "19:00", 60, *DEN)),
     None, "en", CIVICSQ),
    (event("Citizenship interview – prep meeting with attorney",
           organizer=org("paralegal@mirandaimmigrationlaw.com", "Miranda Immigration Law"),
           guests=[guest("paralegal@mirandaimmigrationlaw.com", "Miranda Immigration Law")],
           description="Review your N-400 answers and the documents to bring to the interview.",
           **at("2027-02-16", "16:00", 60, *DEN)),
     None, "en", LAWINFO),
    # exit interviews: as the leaver and as HR
    (event("Exit Interview – Pat Lee (last day)",
           organizer=org("hr@evanstonridge.edu", "Human Resources"),
           guests=[guest("hr@evanstonridge.edu", "Human Resources")],
           description="Discuss benefits after separation; return keys, ID card and laptop.",
           location="HR Office, Wright Hall",
           **at("2027-01-29", "14:00", 45, *CHI)),
     None, "en", USI),
    (event("Exit interview – J. Morales (Customer Support)", organizer=SELF,
           guests=[guest("jmorales@brackenfield.com", "Jorge Morales")],
           description="Use the standard question set from the share drive; take notes; logistics at the end.",
           location="Conference Room 3B",
           **at("2027-02-02", "11:00", 45, *TOR)),
     None, "en", PLAYBOOK),
    (event("Exit interview survey due (HR portal)", organizer=SELF,
           **at("2027-02-05", "09:00", 15, *TOR)),
     None, "en", OBOLOO),
    # residency interviews from the faculty and resident side; program directors
    (event("Residency interviews – faculty interviewer (2 applicants)",
           organizer=org("fmresidency@unityhealthfm.org", "Family Medicine Residency Coordinator"),
           guests=[guest("fmresidency@unityhealthfm.org", "Family Medicine Residency Coordinator")],
           description="Thank you for interviewing. Applicants: Dr. S. Patel (9:00), Dr. K. Owens (9:40).",
           **at("2027-01-14", "09:00", 80, *NY)),
     None, "en", UHFMR),
    (days(event("Interview day – IM residency applicants (residents' hangout the night before)",
                organizer=org("imchiefs@valleyim.org", "IM Chief Residents"),
                guests=[guest("imchiefs@valleyim.org", "IM Chief Residents")],
                description="Residents: please join the Zoom hangout and one teaching conference.",
                **at("2027-01-22", "00:00", 1440, *NY)),
          "2027-01-22", "2027-01-23"),
     None, "en", UVA_IM),
    (event("Program directors meeting – virtual interview workgroup",
           organizer=org("admin@apd-colorectal.example.org", "APD Office"),
           guests=[guest("admin@apd-colorectal.example.org", "APD Office")],
           description="Recommendations for a uniform virtual interview format this season." + ZOOM,
           **at("2027-01-15", "12:00", 60, *CHI)),
     None, "en", APDCRS),
    # mock interviews and coaching
    (event("Mock interview – Career Services (30 min + feedback)",
           organizer=org("careercenter@monroeville-cc.edu", "Career Center"),
           guests=[guest("careercenter@monroeville-cc.edu", "Career Center")],
           description="Bring your resume and the job posting. A counselor will give feedback after.",
           location="Career Center, Building 3",
           **at("2027-01-18", "13:00", 50, *NY)),
     None, "en", MONROECC),
    (event("Mock interview prep: print JD + 3 resumes, STAR stories", organizer=SELF,
           **at("2027-01-17", "18:00", 45, *NY)),
     None, "en", EATSIP),
    (event("Videotaped practice interview with counselor", organizer=SELF,
           location="College Career Center",
           **at("2027-01-24", "15:00", 60, *CHI)),
     None, "en", COLLEGERAPTOR),
    # an agency consultant's preparation call before a client interview is coaching
    (event("Interview prep call – Harlan Foods interview tomorrow",
           organizer=org("m.dunn@apextalent.com", "Marcus Dunn"),
           guests=[guest("m.dunn@apextalent.com", "Marcus Dunn")],
           description="Enthusiasm, how to open, strengths and weaknesses, salary, how to close.",
           **at("2027-01-25", "17:00", 30, *CHI)),
     None, "en", ERE),
    (event("Interview skills session – staffing firm (nonverbal, tough questions)",
           organizer=org("coach@clearpathstaffing.com", "Clearpath Staffing"),
           guests=[guest("coach@clearpathstaffing.com", "Clearpath Staffing")],
           **at("2027-01-20", "10:00", 60, *NY)),
     None, "en", INTERVIEWINGCOM),
    # the owner on the hiring side
    (event("Interview: Jordan Blake – Customer Success Manager",
           organizer=org("t.alvarez@brackenfield.com", "Teresa Alvarez"),
           guests=[guest("t.alvarez@brackenfield.com", "Teresa Alvarez"),
                   guest("jordan.blake@outlook.com", "Jordan Blake")],
           description="You're an interviewer for this candidate. Scorecard link in iCIMS.",
           **at("2027-02-08", "10:00", 45, *NY)),
     None, "en", ICIMS),
    (event("Approve interview availability (Tue/Thu 1–5)", organizer=SELF,
           description="Screening bot pinged me: select times for the 6 candidates moved to Stage 2.",
           **at("2027-01-12", "09:00", 15, *CHI)),
     None, "en", HIRESNAP),
    (event("Send CodeSignal invites – 6 backend applicants", organizer=SELF,
           description="Use Invite (not the shareable link) so pending tests are tracked. Expiry 7 days.",
           **at("2027-01-13", "14:00", 30, *NY)),
     None, "en", CODESIGNAL),
    (event("Promotion Selection Board – Sergeant candidates", organizer=SELF,
           description="Board member. Interviews during normal office hours; recommendations to the Chief.",
           location="HPD Headquarters, Room 405",
           **at("2027-02-23", "08:00", 480, *HAL)),
     None, "en", HONOLULU),
    (event("Interview panel – 3rd grade teacher candidates (3)",
           organizer=org("office@maplewoodelem.org", "Maplewood Elementary Office"),
           guests=[guest("office@maplewoodelem.org", "Maplewood Elementary Office"),
                   guest("principal@maplewoodelem.org", "Ruth Calder")],
           description="You're on the panel with Principal Calder. Demo lessons in Room 8 after lunch.",
           **at("2027-02-12", "12:30", 180, *NY)),
     None, "en", SCHOOLLEAD),
    (event("Police officer oral interviews – panel day 2 of 3",
           organizer=org("hr@lindenvilleil.gov", "Lindenville Human Resources"),
           guests=[guest("hr@lindenvilleil.gov", "Lindenville Human Resources")],
           description="Panelists: Neighborhood Services staff and commissioners. 32 candidates today.",
           **at("2027-02-16", "08:00", 540, *CHI)),
     None, "en", CHAMPAIGN),
    (event("Present shortlist to client hiring manager – Ridgeback Tools", organizer=SELF,
           guests=[guest("p.sands@ridgebacktools.com", "Paula Sands")],
           description="Three candidates for the machinist role; resumes attached.",
           **at("2027-01-28", "11:00", 30, *CHI)),
     None, "en", MIDWESTSTAFF),
    # hiring events seen from the staff side; fairs
    (event("Hiring event – greeter shift at front door", organizer=SELF,
           description="Greet candidates and point them to check-in tables.",
           location="Harborline Apparel, Westfield Mall",
           **at("2027-01-16", "08:30", 240, *NY)),
     None, "en", PENNY),
    (event("Campus job fair – walk the tables", organizer=SELF,
           description="Open interviews at some tables; bring resumes just in case.",
           location="Student Union Ballroom",
           **at("2027-02-06", "11:00", 120, *CHI)),
     None, "en", JOBSSECTION),
    # webinars and vendor demos
    (event("Webinar: How to organize effective walk-in interviews",
           organizer=org("webinars@foundire-events.example.com", "Webinar Team"),
           **at("2027-01-21", "12:00", 45, *CHI)),
     None, "en", FOUNDIRE),
    (event("Workstream webinar – product roadmap sneak peek",
           organizer=org("events@workstream-webinars.example.com", "Workstream Events"),
           **at("2027-02-04", "13:00", 45, *LA)),
     None, "en", WORKSTREAM),
    (event("Demo: iCIMS Interview Scheduling for our HR team",
           organizer=org("ae@talentsuite-vendor.example.com", "Account Executive"),
           guests=[guest("ae@talentsuite-vendor.example.com", "Account Executive"),
                   guest("hrteam@brackenfield.com", "HR Team")],
           description="Self-scheduling, Teams/Zoom/Meet links, multilingual text notifications.",
           **at("2027-01-27", "14:00", 60, *TOR)),
     None, "en", ICIMS),
    (event("iCIMS setup consult – calendar sync and self-scheduling links",
           organizer=org("consult@flowfam-partners.example.com", "Implementation Consultant"),
           guests=[guest("consult@flowfam-partners.example.com", "Implementation Consultant")],
           **at("2027-02-09", "11:00", 60, *TOR)),
     None, "en", FLOWFAM),
    (event("Interview scheduling tool demo (round-robin, reminders)",
           organizer=org("sales@jydb-scheduling.example.com", "Sales Team"),
           guests=[guest("sales@jydb-scheduling.example.com", "Sales Team")],
           **at("2027-02-11", "10:00", 30, *DEN)),
     None, "en", JYDB),
    # a dental cleaning at the office of a working interview: a patient's appointment
    (event("6-month cleaning – Cedar Grove Dental",
           organizer=org("office@cedargrovedental.com", "Cedar Grove Dental"),
           location="Cedar Grove Dental, 14 Cedar Grove Rd, Nashville",
           **at("2027-02-22", "08:00", 60, *CHI)),
     None, "en", DENTALPOST),
    # after selection: the drug screen and orientation are not interviews
    (event("Drug and alcohol screen (paid by JATC) – before registration", organizer=SELF,
           location="Occupational Health Clinic, Tacoma",
           **at("2027-03-01", "07:30", 30, *LA)),
     None, "en", NWEJATC),
    (event("Apprentice orientation / bootcamp",
           organizer=org("office@southeastjatc.example.org", "JATC Office"),
           guests=[guest("office@southeastjatc.example.org", "JATC Office")],
           **at("2027-03-03", "07:00", 480, *NY)),
     None, "en", SEJATC),
    (event("Check mail for JATC ranking letter", organizer=SELF,
           **at("2027-02-26", "17:00", 10, *NY)),
     None, "en", JATC309),
    # cancelled interviews
    (event("Canceled: Hiring Manager Interview – Payroll Analyst – Pat Lee",
           organizer=org("m.greer@tallgrassmfg.com", "Marcy Greer"),
           guests=[guest("m.greer@tallgrassmfg.com", "Marcy Greer")],
           description="The position has been put on hold. We apologize for the inconvenience.",
           **at("2027-02-01", "10:00", 45, *DEN)),
     None, "en", FLOWFAM),
    (event("Cancelled – Virtual team interview (req closed)",
           organizer=org("recruiting@keystonehearth.com", "Keystone Hearth Recruiting"),
           guests=[guest("recruiting@keystonehearth.com", "Keystone Hearth Recruiting")],
           **at("2027-02-05", "13:00", 45, *LA)),
     None, "en", AMFIN),
    # internal meetings with hiring words
    (event("Recruiting workflow bins & statuses cleanup", organizer=SELF,
           guests=[guest("ops@brackenfield.com", "HR Ops")],
           description="Which statuses auto-launch Compose Email vs Schedule Appointment?",
           **at("2027-01-26", "15:00", 60, *TOR)),
     None, "en", INTEGRAL),
    (event("Hiring committee sync – Q1 headcount",
           organizer=org("vp.eng@brackenfield.com", "Dev Raman"),
           guests=[guest("vp.eng@brackenfield.com", "Dev Raman"),
                   guest("talent@brackenfield.com", "Talent Team")],
           **at("2027-01-14", "16:00", 30, *TOR)),
     None, "en", MSCAREERS),
    # chores around a candidate's search
    (event("Email Bright Meadow: is the working interview paid? lunch?", organizer=SELF,
           **at("2027-02-01", "08:00", 15, *CHI)),
     None, "en", TODAYSRDH),
    (event("Renew registration before any working interviews", organizer=SELF,
           **at("2027-02-01", "09:00", 30, *TOR)),
     None, "en", ODHA),
    (event("Buy suit + polish shoes for oral board", organizer=SELF,
           **at("2027-02-06", "11:00", 120, *NY)),
     None, "en", JOBFORUMS911),
    (event("Mail Personal History Background packet to recruiting unit", organizer=SELF,
           **at("2027-01-22", "12:00", 30, *LA)),
     None, "en", BETHEONE),
    (event("Plan demo lesson – fractions (for Lincoln Ridge)", organizer=SELF,
           **at("2027-02-07", "14:00", 120, *CHI)),
     None, "en", EDWEEK),
    (event("Call PS 214 office: grade level, class size, tech in room?", organizer=SELF,
           **at("2027-02-10", "08:15", 15, *NY)),
     None, "en", NYCTC),
    (event("Follow up with agency recruiter after submission", organizer=SELF,
           **at("2027-01-29", "09:00", 15, *CHI)),
     None, "en", WINENFOOD),
    # more look-alikes with hiring words in the owner's other roles
    (event("Interview for the newsletter: new hire Ama Osei (welcome profile)", organizer=SELF,
           guests=[guest("ama.osei@brackenfield.com", "Ama Osei")],
           description="Five questions for the staff newsletter's 'Meet the new team' column.",
           **at("2027-02-17", "15:00", 20, *TOR)),
     None, "en", JWU),
    (event("Retained search kickoff – CFO (we are the client)",
           organizer=org("a.hale@whitcombepartners.com", "Adrian Hale"),
           guests=[guest("a.hale@whitcombepartners.com", "Adrian Hale"),
                   guest("ceo@brackenfield.com", "Nina Cho")],
           **at("2027-02-24", "10:00", 60, *NY)),
     None, "en", INSIDERCAREER),
    (event("Guest spot: 'Hiring Hacks' podcast – talking walk-in interviews",
           organizer=org("host@hiringhacks-pod.example.com", "Hiring Hacks Podcast"),
           guests=[guest("host@hiringhacks-pod.example.com", "Hiring Hacks Podcast")],
           description="Remote recording; we'll send questions in advance.",
           **at("2027-02-25", "14:00", 60, *SYD)),
     None, "en", FOUNDIRE),
]

BLIND9: list[Case] = [*ENGLISH9, *INTL9]

_ids = [case[0]["id"] for case in BLIND9]
assert len(_ids) == len(set(_ids)), "two cases share an id"
