"""Blind batch 12 of the real-material corpus (issue #15, round 12): calendar events only.

Built and labelled by hand on 2026-12-06, before any code ran on it, after round 11's blind batch
(``real_cases_b11.py``, ``real_cases_b11_intl.py``) had become tuning data. The helper who wrote it
never read the detection code, the timeline code or their documentation, and never ran the
detector, the detection bench, the weight fit or any test on these cases. Same conventions as
``real_cases.py`` and the b2 to b11 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, private visibility, all-day events, location, conference text),
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name); the
wording is paraphrased, not copied. Every source is new to the corpus: no URL and no host name
cited by an earlier data file in tests/data (checked with a grep over tests/data/*.py for the URL
and the host before each was used; hosts already cited, such as calendly.com, karrierebibel.de,
help.greetinghr.com, guide.roundhr.com, intercom.help or kancelariarbr.pl, were left out).

What it holds: 150 events, 76 job interviews (or hiring steps) the owner attends as the candidate
and 74 non-interviews; 100 in English (50 interviews; US, UK, Canada, India, Malaysia, China) and
50 in 12 other languages (26 interviews): German 9 (4, Germany, Switzerland and Austria), Spanish
6 (4, Spain and Mexico), French 6 (3), Portuguese 5 (2, Brazil), Dutch 5 (3, Netherlands and
Belgium), Japanese 5 (3), Italian 4 (3), Swedish 3 (1), Korean 2 (1), Danish 2 (1), Chinese 2
(1), Turkish 1 (0). 78 cited sources on 78 hosts (37 for the English half, 41 for the other
languages), none cited by an earlier file. Korean is back: donga.com and lawguide.kr were new.

New to the corpus: ATS and scheduling tools no earlier batch used: Breezy HR (phone screens and
onsite loops from the candidate profile, hiring-team roles, scorecards), Arcoro's Scheduling
Assistant (the "Phone Interview" type whose location reads "I will call you at ...", face-to-face
at the company address, "Virtual Meeting", candidate comments, the first interviewer as default
organiser), PyjamaHR (the ATS's notification mailbox organising, self-scheduled rounds), Dayee
(an interview re-sent with a new time or a new interviewer), CareerForum.Net's online-interview
rooms, Findin's store interview settings (venue, stage, type), Interview Maker's reschedule
requests, Mynavi Entry Pocket's online interview slots, a deferred video interview platform
(Italian "colloquio in differita"); processes: county oral boards scored as an oral test and the
department's hiring interview after the eligibility register, county panel interviews with an
interview orientation and job shadowing, police hiring (standardized written test, physical
ability test, panel, background interview and polygraph, psychological evaluation, physical,
chief's interview) and a chief-of-police finalist interview with a city council, hospital nurse
residency interviews (one per care area, program director and preceptor), law-school on-campus
interviews (twenty-minute screeners booked by the school's career office, in the library or a
hotel) and firm callbacks (attorney schedules, the associates' lunch), dental working interviews
over two all-day events, a German two-day assessment centre and an apprenticeship interview, a
French civil-service competition oral, a Brazilian group dynamic, a Belgian agency video call with
the client watching, a Swedish interview with a union representative, Malaysian 5W1H invitations
(bring three months' payslips), Indian invitations. Look-alikes: PR deskside briefings and press or
TV interviews where the owner is the spokesperson, a media-interview prep session, user-research
and usability sessions with incentives, USCIS biometrics and a naturalization interview,
informational coffees and calls, vendor demos of an ATS, residency open houses, info sessions and
networking receptions, mock panels, coaching and training, webinars, police pre-employment checks,
the owner on the hiring side in the same tools and processes (scorecards, panels, interviewer
notices, self-schedule slots, observer training, a public buyer interviewing consultants), a
product review of a video-interview system, a cancelled phone screen, the candidate's chores, and
plain events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
11's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own address, rooms, group addresses,
no-reply and tool mailboxes, declined guests and bots are out; people a schedule names without an
address are listed by name; an agency's recruiter is thanked with the client's interviewers and
the company is the client; informational chats, fairs, medical checks and admissions are not
interviews; an interview the employer cancelled is not one to follow up, a rescheduled one still
is; trial days, working interviews, group exercises, assessment centres, lunches inside a hiring
process and the employer's own tests are hiring steps; media, user-research and visa interviews are
not job interviews. Decisions this batch had to make where the earlier files were silent carry a
one-line comment on the case; in short:
- a law-school on-campus interview (OCI screener) is a job interview with the firm (yes); the
  school's career office that books the room and organises the event is not the employer's side,
  so only the firm's interviewing attorney is thanked (by name when no address is given);
- a police department's physical ability test, like its standardized written test, is a selection
  test the employer runs (yes; the testing mailbox and the coordinator named are thanked);
- a police background interview with polygraph, a psychological evaluation (written test and a
  psychologist's interview), a pre-employment physical and fingerprinting are checks, like medical
  and drug screens (no);
- job shadowing scheduled as a step of the selection process is a hiring step, like a trial shift
  (yes; the supervisor shadowed is thanked);
- a hospital nurse residency interview is a job interview (yes), one per care area;
- a chief-of-police finalist interview with a city council is a job interview (yes; the clerk who
  organises, the mayor and the city manager are thanked);
- a union representative sitting in on an interview panel (Swedish practice) is thanked like the
  other panel members;
- a naturalization interview and its biometrics appointment are immigration steps, like b11's visa
  interview (no);
- a PR deskside briefing or a TV or press interview where the owner is the company's spokesperson
  is the media rule (no); a product review of a video-interview system the owner builds is work (no);
- a working interview the owner wrote into the calendar, naming the dentist and office manager,
  thanks both by name.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b12_intl.py``, split out for length; ``BLIND12`` holds both.

Scored once, at the end of round 12, for docs/detection.md and the README; tuning data since round 13.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, yes
from real_cases_b12_intl import (
    CHI,
    DEN,
    INTL12,
    KOL,
    KUL,
    LA,
    LON,
    MEET,
    NY,
    SELF,
    SHA,
    TEAMS,
    WEBEX,
    ZOOM,
    Case,
    at,
    room,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
BREEZY = "https://help.breezy.hr/en/articles/5578273"
ARCORO = "https://arcoro.zendesk.com/hc/en-us/articles/4402099112859-How-to-Use-the-Scheduling-Assistant-for-Interviews"
CLACKAMAS = "https://www.clackamas.us/des/oralboard.html"
GUILFORD = "https://www.guilfordcountync.gov/our-county/human-resources/hiring-process"
HAMPTON = "http://hampton.gov/808/Steps-5-9"
SURFSIDE = "https://www.surfsidebeach.org/FAQ.aspx?QID=69"
HCA_NRP = "https://hcatristarnurseresidency.com/apply/application-process.dot"
DU_LAW = "https://lawcareerblog.law.du.edu/blog/2017/08/06/the-phases-of-oci-phase-3-callbacks/"
LIVEABOUT = "https://www.liveabout.com/how-to-get-a-biglaw-job-call-back-interviews-2164670"
MOCKINGBIRD = "https://www.goodmockingbird.com/what-to-expect-callback-interview-entails/"
FRENCHIE = "https://lawyerwithafrenchie.com/post/what-is-an-on-campus-interview"
TOPLAW = "http://top-law-schools.com/forums/viewtopic.php?f=23&t=161018"
CHAMBERS = "https://www.chambers-associate.com/where-to-start/commercial-awareness/essential-oci-advice/"
BRAZEN = "https://www.brazenandbrunette.com/2019/08/"
GIRLSGUIDE = "https://thegirlsguidetolawschool.com/category/jobs/oci/page/2/"
ASSISTDENTIST = "https://assistdentist.com/the-working-interview/"
DENTISTRYIQ = ("https://www.dentistryiq.com/front-office/career-enhancement/article/16367979/are-working-"
               "interviews-right-for-your-dental-practice")
NOVADENTAL = "http://www.novadentalcareers.com/latest-publications/the-working-interview/"
MINTOPS = "https://mintops.ca/2025/09/26/how-to-conduct-working-interviews-that-actually-predict-success"
FLOWRITE = "https://www.flowrite.com/blog/interview-invitation-email"
QANDLE = "https://qandle.com/email-playbook/interview-invitation"
SEEKERS = "https://seekers.my/blog/schedule-interviews-properly-the-templates-methods-for-free/"
PYJAMAHR = "https://blog.pyjamahr.com/the-basics-of-an-interview-schedule-email/"
DAYEE = "https://dayee.dochelp.cn/english/en/d/1738019149684236289.html"
SCATTERED = "https://scatteredthought.com/2024/07/01/the-interview"
GROGAN = "http://billyjgrogan.com/12-step-plan-to-ace-your-interview-for-police-chief/"
POLICELINK = "http://policelink.monster.com/training/articles/144477-preparing-for-the-chiefs-interview"
PUBLICIST = "https://www.publicistforhire.com/reporters-dont-want-speak-ceo/"
FLIPSIDE = "https://www.theflipsidecommunications.com/pr-4-reasons-reporters-may-never-call-again/"
SKOGRAND = "http://skograndpr.blogspot.com/2011/11/what-to-do-when-reporter-calls.html"
IGAMING = "https://www.igamingnews.com/article/pr-in-action-the-media-interview-request-187076/"
INNERVIEW = "https://innerview.co/glossaries/user-research/incentive"
DZINERHUB = "https://dzinerhub.com/glossary/participant-incentives"
BIXAL = "https://bixal.github.io/methods/fundamentals/incentives/"
IMMIGRATIONEZ = "https://immigrationformsez.com/default/us-citizenship-application-and-process"
SCORE = "https://nemassachusetts.score.org/resource/informational-interviews-power-cup-coffee"
BILLFOLD = "http://thebillfold.awlnetwork.com/2012/08/informational-interviews-are-great-addendum/"


ENGLISH12: list[Case] = [
    # ============================================================ interviews, English
    # Breezy: the hiring manager schedules a phone screen from the candidate's profile
    (event("Phone Screen: Pat Lee – Operations Coordinator",
           organizer=org("dana.whitlock@tallgrassfreight.com", "Dana Whitlock"),
           guests=[guest("dana.whitlock@tallgrassfreight.com", "Dana Whitlock")],
           description="Scheduled via Breezy HR. Dana will call you at the number on your application.",
           **at("2027-02-16", "09:30", 30, *CHI)),
     yes(["Tallgrass Freight", "Tallgrass", "Tallgrassfreight"], ["dana.whitlock@tallgrassfreight.com"]), "en", BREEZY),
    # Breezy: the pipeline's interview stage with the hiring manager and a team member still to answer
    (event("Interview – Pat Lee for Customer Success Manager",
           organizer=org("recruiting@fernbrook.io", "Fernbrook Recruiting"),
           guests=[guest("recruiting@fernbrook.io", "Fernbrook Recruiting"),
                   guest("omar@fernbrook.io", "Omar Haddad"),
                   guest("lucy@fernbrook.io", "Lucy Brandt", "needsAction")],
           description="<b>Stage:</b> Interview<br><b>Interviewers:</b> Omar Haddad (VP Customer), Lucy Brandt "
                       "(CS Team Lead)" + MEET,
           **at("2027-02-18", "13:00", 60, *NY)),
     yes(["Fernbrook"], ["recruiting@fernbrook.io", "omar@fernbrook.io", "lucy@fernbrook.io"]), "en", BREEZY),
    # Breezy: a final interview; the invite hides the guest list, the CEO is named
    (event("Final Interview – Customer Success Manager (Fernbrook)",
           organizer=org("recruiting@fernbrook.io", "Fernbrook Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="Your final conversation is with our CEO, Amara Okonkwo. 45 minutes, on site.",
           location="Fernbrook, 401 Park Ave S, 9th floor, New York, NY",
           **at("2027-03-02", "16:00", 45, *NY)),
     yes(["Fernbrook"], ["recruiting@fernbrook.io", "Amara Okonkwo"]), "en", BREEZY),
    # Arcoro's Scheduling Assistant: a phone interview whose location is "I will call you at ..."
    (event("Phone Interview – Estimator",
           organizer=org("rkline@redcedarbuilders.com", "Rob Kline"),
           guests=[guest("rkline@redcedarbuilders.com", "Rob Kline")],
           location="I will call you at (614) 555-0148",
           **at("2027-02-17", "11:00", 30, "-05:00", "America/New_York")),
     yes(["Red Cedar Builders", "Red Cedar", "Redcedarbuilders"], ["rkline@redcedarbuilders.com"]), "en", ARCORO),
    # Arcoro: a face-to-face interview at the company's address, with candidate comments
    (event("Face-to-Face Interview – Project Engineer",
           organizer=org("rkline@redcedarbuilders.com", "Rob Kline"),
           guests=[guest("rkline@redcedarbuilders.com", "Rob Kline"),
                   guest("tmorales@redcedarbuilders.com", "Tina Morales"),
                   room("c_rcb_conf1@resource.calendar.google.com", "RCB-HQ-Conference 1 (8)")],
           description="Candidate comments: please bring two references and a list of projects you managed. "
                       "Park in visitor spaces by the yard gate.",
           location="Red Cedar Builders, 2280 Westbelt Dr, Columbus, OH 43228",
           **at("2027-02-25", "09:00", 60, "-05:00", "America/New_York")),
     yes(["Red Cedar Builders", "Red Cedar", "Redcedarbuilders"],
         ["rkline@redcedarbuilders.com", "tmorales@redcedarbuilders.com"]), "en", ARCORO),
    # Arcoro: the "Virtual Meeting" location type with the link in the candidate comments
    (event("Virtual Meeting – Safety Manager Interview",
           organizer=org("hr@prairiesteelworks.com", "Prairie Steelworks HR"),
           guests=[guest("hr@prairiesteelworks.com", "Prairie Steelworks HR"),
                   guest("jgrant@prairiesteelworks.com", "Jerome Grant")],
           location="Virtual Meeting",
           description="Candidate comments: the meeting link is below. Interviewer: Jerome Grant, Plant Manager."
                       + ZOOM,
           **at("2027-02-19", "14:00", 45, *CHI)),
     yes(["Prairie Steelworks", "Prairie", "Prairiesteelworks"],
         ["hr@prairiesteelworks.com", "jgrant@prairiesteelworks.com"]), "en", ARCORO),
    # Clackamas: an oral board of three raters and an interview facilitator, graded (b9: yes)
    (event("Oral Board Interview – Office Specialist 2",
           organizer=org("hrtesting@clearwatercounty-or.gov", "Clearwater County HR – Testing"),
           description="You will meet an oral board panel of three raters. Your answers are scored as an oral "
                       "test. Interview facilitator: Jenna Ruiz (HR Analyst). Please check in 10 minutes early.",
           location="Clearwater County Public Services Bldg, 150 Beavercreek Rd, Room 220, Oregon City, OR",
           **at("2027-02-23", "10:15", 40, *LA)),
     yes(["Clearwater County", "Clearwater", "Clearwatercounty-or"],
         ["hrtesting@clearwatercounty-or.gov", "Jenna Ruiz"]), "en", CLACKAMAS),
    # Clackamas: after the register, the hiring department interviews the referred candidates
    (event("Hiring Interview – Office Specialist 2 (Water Environment Services)",
           organizer=org("mhale@clearwatercounty-or.gov", "Marcus Hale"),
           guests=[guest("mhale@clearwatercounty-or.gov", "Marcus Hale"),
                   guest("sbui@clearwatercounty-or.gov", "Sophie Bui")],
           description="You were referred from the eligibility register. Interview with the hiring manager and "
                       "a team lead.",
           location="Water Environment Services, 15941 S Agnes Ave, Oregon City, OR",
           **at("2027-03-09", "13:30", 45, *LA)),
     yes(["Clearwater County", "Clearwater", "Clearwatercounty-or"],
         ["mhale@clearwatercounty-or.gov", "sbui@clearwatercounty-or.gov"]), "en", CLACKAMAS),
    # Clackamas: an oral board run remotely on Webex
    (event("Oral Board (virtual) – Engineering Technician 1",
           organizer=org("hrtesting@clearwatercounty-or.gov", "Clearwater County HR – Testing"),
           guests=[guest("hrtesting@clearwatercounty-or.gov", "Clearwater County HR – Testing")],
           description="Panel: Greg Tolliver (Transportation), Ana Sauceda (Surveying), HR facilitator." + WEBEX,
           **at("2027-03-04", "08:30", 40, *LA)),
     yes(["Clearwater County", "Clearwater", "Clearwatercounty-or"],
         ["hrtesting@clearwatercounty-or.gov", "Greg Tolliver", "Ana Sauceda"]), "en", CLACKAMAS),
    # Guilford: a panel interview of hiring managers and key personnel
    (event("Panel Interview – Social Worker II – Department of Social Services",
           organizer=org("hr.recruiting@pinehurstcountync.gov", "Pinehurst County HR Recruiting"),
           guests=[guest("hr.recruiting@pinehurstcountync.gov", "Pinehurst County HR Recruiting"),
                   guest("kdavenport@pinehurstcountync.gov", "Keisha Davenport"),
                   guest("lwhitaker@pinehurstcountync.gov", "Lyle Whitaker"),
                   guest("mchen@pinehurstcountync.gov", "May Chen", "declined")],
           description="Please review the Interview Orientation attached. Arrive on time; the panel is excited to "
                       "meet you.",
           location="Pinehurst County DSS, 1203 Maple St, Greensboro, NC",
           **at("2027-02-22", "10:00", 60, *NY)),
     yes(["Pinehurst County", "Pinehurst", "Pinehurstcountync"],
         ["hr.recruiting@pinehurstcountync.gov", "kdavenport@pinehurstcountync.gov",
          "lwhitaker@pinehurstcountync.gov"]), "en", GUILFORD),
    # Guilford: job shadowing inside the selection process (a hiring step, like a trial shift)
    (event("Job shadow (selection step) – Emergency Services Telecommunicator",
           organizer=org("hr.recruiting@pinehurstcountync.gov", "Pinehurst County HR Recruiting"),
           guests=[guest("tbarnes@pinehurstcountync.gov", "Tori Barnes")],
           description="Sit with Supervisor Tori Barnes on the dispatch floor for two hours to see the day-to-day "
                       "work. Closed-toe shoes; no phones on the floor.",
           location="Pinehurst County Emergency Communications Center",
           **at("2027-03-03", "18:00", 120, *NY)),
     yes(["Pinehurst County", "Pinehurst", "Pinehurstcountync"],
         ["hr.recruiting@pinehurstcountync.gov", "tbarnes@pinehurstcountync.gov"]), "en", GUILFORD),
    # Hampton: the chief of police's interview, the last step of the process
    (event("Chief of Police Interview – Police Officer Recruit",
           organizer=org("recruiting@baysidepd.org", "Bayside Police Recruiting Unit"),
           guests=[guest("recruiting@baysidepd.org", "Bayside Police Recruiting Unit"),
                   guest("chief.ames@baysidepd.org", "Chief Lorraine Ames")],
           description="Final selection interview with the Chief of Police. Class A or business attire.",
           location="Bayside Police Headquarters, 40 Lincoln St, 3rd floor",
           **at("2027-03-10", "14:00", 30, *NY)),
     yes(["Bayside Police Department", "Bayside Police", "Bayside", "Baysidepd"],
         ["recruiting@baysidepd.org", "chief.ames@baysidepd.org"]), "en", HAMPTON),
    # Surfside: a panel interview after the screening committee's rounds
    (event("Panel Interview – Police Officer (lateral)",
           organizer=org("cpt.reyes@townofdunecrest.org", "Capt. Victor Reyes"),
           guests=[guest("cpt.reyes@townofdunecrest.org", "Capt. Victor Reyes"),
                   guest("lt.moss@townofdunecrest.org", "Lt. Hannah Moss"),
                   guest("sgt.pryor@townofdunecrest.org", "Sgt. Owen Pryor")],
           location="Dunecrest Police Dept, 115 Ocean Blvd, Training Room",
           **at("2027-02-26", "09:00", 45, *NY)),
     yes(["Town of Dunecrest", "Dunecrest", "Dunecrest Police", "Townofdunecrest"],
         ["cpt.reyes@townofdunecrest.org", "lt.moss@townofdunecrest.org", "sgt.pryor@townofdunecrest.org"]),
     "en", SURFSIDE),
    # Surfside: the physical ability test the department administers (new decision: a selection test, yes)
    (event("Physical Ability Test – Police Officer applicants",
           organizer=org("training@townofdunecrest.org", "Dunecrest PD Training"),
           description="Obstacle course, 500-yard run, dummy drag. Wear athletic clothes; bring water and ID. "
                       "Coordinator: Officer Gina Paoli.",
           location="Dunecrest High School track",
           **at("2027-02-20", "07:30", 180, *NY)),
     # the physical ability test is a graded selection test the employer runs, like a written test
     yes(["Town of Dunecrest", "Dunecrest", "Dunecrest Police", "Townofdunecrest"],
         ["training@townofdunecrest.org", "Gina Paoli"]), "en", SURFSIDE),
    # HCA nurse residency: interviews by program directors and preceptors, one per care area
    (event("Nurse Residency Interview – Critical Care (August cohort)",
           organizer=org("residency.recruiter@riverbendmedical.org", "Riverbend Medical Residency Recruiter"),
           guests=[guest("residency.recruiter@riverbendmedical.org", "Riverbend Medical Residency Recruiter"),
                   guest("k.lambert@riverbendmedical.org", "Kayla Lambert, MSN"),
                   guest("j.osei@riverbendmedical.org", "Joseph Osei, RN")],
           description="Interviewers: Kayla Lambert (Program Director, Critical Care) and Joseph Osei (ICU "
                       "preceptor).",
           location="Riverbend Medical Center, Education Building, Room 3B, Nashville, TN",
           **at("2027-02-24", "13:00", 45, *CHI)),
     yes(["Riverbend Medical Center", "Riverbend Medical", "Riverbend", "Riverbendmedical"],
         ["residency.recruiter@riverbendmedical.org", "k.lambert@riverbendmedical.org",
          "j.osei@riverbendmedical.org"]), "en", HCA_NRP),
    # HCA: a separate interview for the second care area the applicant chose
    (event("Nurse Residency Interview – Women's Services",
           organizer=org("residency.recruiter@riverbendmedical.org", "Riverbend Medical Residency Recruiter"),
           guests=[guest("residency.recruiter@riverbendmedical.org", "Riverbend Medical Residency Recruiter"),
                   guest("m.duarte@riverbendmedical.org", "Maribel Duarte")],
           description="Separate interview for your second care area. Program Director: Maribel Duarte.",
           **at("2027-02-24", "14:30", 45, *CHI)),
     yes(["Riverbend Medical Center", "Riverbend Medical", "Riverbend", "Riverbendmedical"],
         ["residency.recruiter@riverbendmedical.org", "m.duarte@riverbendmedical.org"]), "en", HCA_NRP),
    # DU law: a callback of three to four hours; the attorneys are listed without addresses
    (event("Callback Interview – Whitfield Marsh LLP (Denver)",
           organizer=org("recruiting@whitfieldmarsh.com", "Whitfield Marsh Legal Recruiting"),
           description="Schedule: 9:30 Ellen Park (Partner, Litigation); 10:00 David Kranz (Partner, Real "
                       "Estate); 10:30 Maya Thorne (Associate); 11:00 Ben Adler (Hiring Partner).",
           location="Whitfield Marsh LLP, 1700 Lincoln St, Suite 3800, Denver, CO",
           **at("2027-02-19", "09:15", 180, *DEN)),
     yes(["Whitfield Marsh LLP", "Whitfield Marsh", "Whitfieldmarsh"],
         ["recruiting@whitfieldmarsh.com", "Ellen Park", "David Kranz", "Maya Thorne", "Ben Adler"]),
     "en", DU_LAW),
    # LiveAbout: a callback day starting with the recruiting coordinator; the schedule in HTML
    (event("Callback – Hargrove & Lind (NYC) – schedule attached",
           organizer=org("c.ferraro@hargrovelind.com", "Carla Ferraro"),
           guests=[guest("c.ferraro@hargrovelind.com", "Carla Ferraro"),
                   guest("s.whitman@hargrovelind.com", "Sarah Whitman"),
                   guest("r.iqbal@hargrovelind.com", "Rafi Iqbal")],
           description="<ul><li>10:00 Welcome – Carla Ferraro, Legal Recruiting</li><li>10:15 Sarah Whitman "
                       "(Partner)</li><li>10:45 Rafi Iqbal (Counsel)</li><li>11:15 lunch (separate invite)</li></ul>",
           location="Hargrove & Lind LLP, 600 Lexington Ave, 31st floor, New York, NY",
           **at("2027-02-22", "10:00", 75, *NY)),
     yes(["Hargrove & Lind", "Hargrove & Lind LLP", "Hargrove and Lind", "Hargrovelind"],
         ["c.ferraro@hargrovelind.com", "s.whitman@hargrovelind.com", "r.iqbal@hargrovelind.com"]),
     "en", LIVEABOUT),
    # goodmockingbird: the callback lunch with junior associates who fill in the same evaluation form
    (event("Lunch with associates – Hargrove & Lind callback",
           organizer=org("c.ferraro@hargrovelind.com", "Carla Ferraro"),
           guests=[guest("j.tan@hargrovelind.com", "Jessica Tan"),
                   guest("m.oduya@hargrovelind.com", "Michael Oduya")],
           location="Marlow Grill, 125 E 54th St, New York, NY",
           **at("2027-02-22", "11:15", 75, *NY)),
     # the callback lunch is part of the interview (b5: a lunch inside the hiring process is a step)
     yes(["Hargrove & Lind", "Hargrove & Lind LLP", "Hargrove and Lind", "Hargrovelind"],
         ["c.ferraro@hargrovelind.com", "j.tan@hargrovelind.com", "m.oduya@hargrovelind.com"]), "en", MOCKINGBIRD),
    # Frenchie: a twenty-minute OCI screener in the law library, booked by the school (new decision)
    (event("OCI Screener – Calloway Brandt LLP (Law Library, Room 2)",
           organizer=org("oci@lakemontlaw.edu", "Lakemont Law Career Services – OCI"),
           guests=[guest("jwebb@callowaybrandt.com", "James Webb")],
           description="20-minute screening interview. Bring your resume, transcript and writing sample.",
           location="Lakemont Law Library, Interview Room 2",
           **at("2027-02-16", "10:40", 20, *CHI)),
     # the school's career office books the room; it is not the employer's side: only the attorney is thanked
     yes(["Calloway Brandt LLP", "Calloway Brandt", "Callowaybrandt"], ["jwebb@callowaybrandt.com"]), "en", FRENCHIE),
    # Frenchie: an OCI screener in a hotel suite; the interviewing partner is named only
    (event("OCI – Pemberton Rusk LLP – Hilton suite 1412",
           organizer=org("oci@lakemontlaw.edu", "Lakemont Law Career Services – OCI"),
           description="Interviewer: Laura Kessinger (Partner, Chicago). Check in at the 14th-floor hospitality "
                       "suite 10 minutes early.",
           location="Hilton Lakemont, 14th floor",
           **at("2027-02-17", "14:20", 20, *CHI)),
     yes(["Pemberton Rusk LLP", "Pemberton Rusk"], ["Laura Kessinger"]), "en", FRENCHIE),
    # AssistDentist: a working interview of one to three days at a base rate (b9: yes), as all-day events
    (days(event("Working interview day 1 – Lakeview Family Dental (assistant)",
                organizer=org("office@lakeviewfamilydental.com", "Lakeview Family Dental"),
                guests=[guest("office@lakeviewfamilydental.com", "Lakeview Family Dental")],
                description="Base pay for the working interview. Office manager Rhonda Tate will meet you at 7:45."),
          "2027-02-25", "2027-02-26"),
     yes(["Lakeview Family Dental", "Lakeview", "Lakeviewfamilydental"],
         ["office@lakeviewfamilydental.com", "Rhonda Tate"]), "en", ASSISTDENTIST),
    (days(event("Working interview day 2 – Lakeview Family Dental",
                organizer=org("office@lakeviewfamilydental.com", "Lakeview Family Dental"),
                description="Second day: chairside with Dr. Paul Ng."),
          "2027-02-26", "2027-02-27"),
     yes(["Lakeview Family Dental", "Lakeview", "Lakeviewfamilydental"],
         ["office@lakeviewfamilydental.com", "Paul Ng"]), "en", ASSISTDENTIST),
    # DentistryIQ: a paid working interview; the candidate is an employee for its duration
    (event("Working Interview (paid) – Dental Assistant – Sunridge Dental",
           organizer=org("drmaya@sunridgedental.com", "Dr. Maya Castillo"),
           guests=[guest("drmaya@sunridgedental.com", "Dr. Maya Castillo"),
                   guest("frontdesk@sunridgedental.com", "Sunridge Front Desk")],
           description="You'll be on payroll for the day: bring ID for the W-4 and I-9. Scrubs provided.",
           location="Sunridge Dental, 7710 E Broadway Blvd, Tucson, AZ",
           **at("2027-03-01", "08:00", 480, "-07:00", "America/Phoenix")),
     yes(["Sunridge Dental", "Sunridge", "Sunridgedental"], ["drmaya@sunridgedental.com", "frontdesk@sunridgedental.com"]),
     "en", DENTISTRYIQ),
    # Nova Dental: a half-day working interview with lunch with the staff
    (event("Half-day working interview + team lunch – Copperfield Smiles",
           organizer=org("jen@copperfieldsmiles.com", "Jen Alvarado"),
           guests=[guest("jen@copperfieldsmiles.com", "Jen Alvarado"),
                   guest("drwu@copperfieldsmiles.com", "Dr. Henry Wu")],
           description="Hygiene column 8–12, then lunch with the team. This is not a job offer; we'll talk after.",
           location="Copperfield Smiles, 3340 Copperfield Dr, Houston, TX",
           **at("2027-02-23", "08:00", 300, *CHI)),
     yes(["Copperfield Smiles", "Copperfield", "Copperfieldsmiles"], ["jen@copperfieldsmiles.com", "drwu@copperfieldsmiles.com"]),
     "en", NOVADENTAL),
    # Mint Ops: a structured working interview; expectations and who the candidate works with
    (event("Working interview – Treatment Coordinator – Maple Ridge Dental Studio",
           organizer=org("hr@mapleridgedentalstudio.ca", "Maple Ridge Dental Studio"),
           guests=[guest("hr@mapleridgedentalstudio.ca", "Maple Ridge Dental Studio"),
                   guest("priya@mapleridgedentalstudio.ca", "Priya Sandhu")],
           description="You'll shadow Priya Sandhu in the morning and lead two case presentations after lunch. "
                       "We'll debrief at 3:30.",
           location="Maple Ridge Dental Studio, 22475 Dewdney Trunk Rd, Maple Ridge, BC",
           **at("2027-03-02", "09:00", 420, *LA)),
     yes(["Maple Ridge Dental Studio", "Maple Ridge Dental", "Maple Ridge", "Mapleridgedentalstudio"],
         ["hr@mapleridgedentalstudio.ca", "priya@mapleridgedentalstudio.ca"]), "en", MINTOPS),
    # Flowrite: an invitation stating the format, the task to prepare and the dress code
    (event("Interview invitation: Content Marketing Lead – Northmere",
           organizer=org("talent@northmere.co", "Northmere Talent"),
           guests=[guest("talent@northmere.co", "Northmere Talent"),
                   guest("isla@northmere.co", "Isla Grant")],
           description="In person, about 75 minutes. Please prepare a 10-minute walk-through of a campaign you "
                       "led. Dress code: smart casual. You'll meet Isla Grant, Head of Brand.",
           location="Northmere, 12 Hanover Sq, London W1S 1JD",
           **at("2027-02-24", "11:00", 75, *LON)),
     yes(["Northmere"], ["talent@northmere.co", "isla@northmere.co"]), "en", FLOWRITE),
    # Flowrite: a video interview invitation
    (event("Video interview – Data Analyst – Kestrel Lane Insurance",
           organizer=org("careers@kestrellane.co.uk", "Kestrel Lane Careers"),
           guests=[guest("careers@kestrellane.co.uk", "Kestrel Lane Careers"),
                   guest("r.obi@kestrellane.co.uk", "Rachel Obi")],
           description="A 45-minute video interview with Rachel Obi (Analytics Manager)." + TEAMS,
           **at("2027-02-18", "15:30", 45, *LON)),
     yes(["Kestrel Lane Insurance", "Kestrel Lane", "Kestrellane"], ["careers@kestrellane.co.uk", "r.obi@kestrellane.co.uk"]),
     "en", FLOWRITE),
    # Qandle: an invitation after the application was reviewed (India)
    (event("Interview – HR Executive – Pat Lee",
           organizer=org("hr@sarvamtextiles.in", "Sarvam Textiles HR"),
           guests=[guest("hr@sarvamtextiles.in", "Sarvam Textiles HR"),
                   guest("anil.mehta@sarvamtextiles.in", "Anil Mehta")],
           description="Dear Pat, following a review of your application we are pleased to invite you for an "
                       "interview with Anil Mehta (GM – HR). Please carry a copy of your CV and a photo ID.",
           location="Sarvam Textiles, Plot 14, MIDC Andheri East, Mumbai",
           **at("2027-02-19", "11:30", 45, *KOL)),
     yes(["Sarvam Textiles", "Sarvam", "Sarvamtextiles"], ["hr@sarvamtextiles.in", "anil.mehta@sarvamtextiles.in"]),
     "en", QANDLE),
    # Seekers: the 5W1H invitation with what to bring (CV, certificates, three months' payslips)
    (event("Interview: Account Executive – Mewah Trading Sdn Bhd",
           organizer=org("hr@mewahtrading.com.my", "Mewah Trading HR"),
           guests=[guest("hr@mewahtrading.com.my", "Mewah Trading HR")],
           description="What: interview for Account Executive. Who: Ms Tan Siew Ling (Finance Manager). Bring: "
                       "CV, certificates and payslips for the recent 3 months.",
           location="Mewah Trading Sdn Bhd, Level 8, Menara Bangsar, Jalan Bangsar, Kuala Lumpur",
           **at("2027-02-17", "10:00", 45, *KUL)),
     yes(["Mewah Trading Sdn Bhd", "Mewah Trading", "Mewah", "Mewahtrading"],
         ["hr@mewahtrading.com.my", "Tan Siew Ling"]), "en", SEEKERS),
    # Seekers: a Zoom interview whose person in charge is named
    (event("Zoom interview – Finance Manager – Seri Kenanga Properties",
           organizer=org("farah.aziz@serikenanga.com.my", "Farah Aziz"),
           guests=[guest("farah.aziz@serikenanga.com.my", "Farah Aziz"),
                   guest("cfo@serikenanga.com.my", "Raymond Lim")],
           description="PIC: Farah Aziz (HR). Interviewer: Raymond Lim (CFO)." + ZOOM,
           **at("2027-02-26", "15:00", 60, *KUL)),
     yes(["Seri Kenanga Properties", "Seri Kenanga", "Serikenanga"],
         ["farah.aziz@serikenanga.com.my", "cfo@serikenanga.com.my"]), "en", SEEKERS),
    # PyjamaHR: the ATS's notification mailbox organises; the interviewer is the only person
    (event("Interview Scheduled: Product Designer | Round 2",
           organizer=org("notifications@ats-mailer.pyjamahr.com", "PyjamaHR"),
           guests=[guest("kavya@loomcraft.in", "Kavya Reddy")],
           description="Company: Loomcraft Studio. Round 2 – portfolio review with Kavya Reddy (Design Lead)." + MEET,
           **at("2027-02-22", "16:00", 60, *KOL)),
     yes(["Loomcraft Studio", "Loomcraft"], ["kavya@loomcraft.in"]), "en", PYJAMAHR),
    # PyjamaHR: a self-scheduled technical round
    (event("Technical Round – Backend Developer – Pat Lee",
           organizer=org("hiring@tiffinbox.tech", "TiffinBox Hiring"),
           guests=[guest("hiring@tiffinbox.tech", "TiffinBox Hiring"),
                   guest("arvind@tiffinbox.tech", "Arvind Iyer"),
                   guest("neha@tiffinbox.tech", "Neha Kulkarni")],
           description="You picked this slot from the scheduling link. Live coding in Python, then system design.",
           **at("2027-03-03", "11:00", 90, *KOL)),
     yes(["TiffinBox", "Tiffinbox"], ["hiring@tiffinbox.tech", "arvind@tiffinbox.tech", "neha@tiffinbox.tech"]),
     "en", PYJAMAHR),
    # Dayee: "reschedule an interview" sends a new notice with a new time: still an interview
    (event("Rescheduled: Interview – Supply Chain Analyst (new time)",
           organizer=org("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment"),
           guests=[guest("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment"),
                   guest("zhou.min@huaxin-logistics.cn", "Zhou Min")],
           description="The interview time has been adjusted. Interviewer: Zhou Min (Supply Chain Director).",
           location="Huaxin Logistics, Tower B 16F, 88 Century Ave, Shanghai",
           **at("2027-03-04", "10:00", 45, *SHA)),
     yes(["Huaxin Logistics", "Huaxin", "Huaxin-logistics"], ["campus@huaxin-logistics.cn", "zhou.min@huaxin-logistics.cn"]),
     "en", DAYEE),
    # scatteredthought: a deputy's oral interview; arrive early, a handwritten essay first
    (event("Oral interview – Deputy Sheriff – Pat Lee",
           organizer=org("hiring@lockwoodcountysheriff.org", "Lockwood County Sheriff – Hiring"),
           description="Arrive 30 minutes early: you will handwrite a short essay on why you want to serve before "
                       "the panel interview. Suit recommended.",
           location="Lockwood County Sheriff's Office, 300 Court St, Training Room B",
           **at("2027-03-08", "08:00", 90, *CHI)),
     yes(["Lockwood County Sheriff's Office", "Lockwood County Sheriff", "Lockwood County", "Lockwoodcountysheriff"],
         ["hiring@lockwoodcountysheriff.org"]), "en", SCATTERED),
    # PoliceLink: the owner is a finalist for chief; a council panel interviews (not police assessors)
    (event("Chief of Police – finalist interview with City Council",
           organizer=org("cityclerk@cityofalderbrook.gov", "Alderbrook City Clerk"),
           guests=[guest("cityclerk@cityofalderbrook.gov", "Alderbrook City Clerk"),
                   guest("mayor@cityofalderbrook.gov", "Mayor Teresa Quinn"),
                   guest("citymanager@cityofalderbrook.gov", "Glen Hartley")],
           description="Closed session. Each finalist meets the Council and the City Manager for 60 minutes.",
           location="Alderbrook City Hall, Council Chambers",
           **at("2027-03-11", "17:30", 60, *DEN)),
     yes(["City of Alderbrook", "Alderbrook", "Cityofalderbrook"],
         ["cityclerk@cityofalderbrook.gov", "mayor@cityofalderbrook.gov", "citymanager@cityofalderbrook.gov"]),
     "en", POLICELINK),
    # Qandle: a second round with the general manager, a private event
    (event("Interview round 2 – HR Executive (GM)",
           organizer=org("anil.mehta@sarvamtextiles.in", "Anil Mehta"),
           guests=[guest("anil.mehta@sarvamtextiles.in", "Anil Mehta"),
                   guest("gm@sarvamtextiles.in", "Deepa Nair")],
           visibility="private",
           **at("2027-03-03", "15:00", 45, *KOL)),
     yes(["Sarvam Textiles", "Sarvam", "Sarvamtextiles"], ["anil.mehta@sarvamtextiles.in", "gm@sarvamtextiles.in"]),
     "en", QANDLE),
    # Breezy: a hiring manager (Member role) invited by the admin who scheduled the interview
    (event("Interview – Harborview Credit Union – Branch Manager",
           organizer=org("megan.doyle@harborviewcu.org", "Megan Doyle"),
           guests=[guest("megan.doyle@harborviewcu.org", "Megan Doyle"),
                   guest("rvasquez@harborviewcu.org", "Rosa Vasquez")],
           description="Rosa Vasquez (SVP Retail) will interview you; Megan (Talent) joins for the last 10 "
                       "minutes to go over next steps.",
           location="Harborview Credit Union, 900 Harbor Blvd, Oxnard, CA",
           **at("2027-02-25", "10:30", 60, *LA)),
     yes(["Harborview Credit Union", "Harborview", "Harborviewcu"],
         ["megan.doyle@harborviewcu.org", "rvasquez@harborviewcu.org"]), "en", BREEZY),
    # DU law: a second callback in another office of the same firm
    (event("Callback – Whitfield Marsh LLP (Boulder office)",
           organizer=org("recruiting@whitfieldmarsh.com", "Whitfield Marsh Legal Recruiting"),
           guests=[guest("recruiting@whitfieldmarsh.com", "Whitfield Marsh Legal Recruiting"),
                   guest("nwatts@whitfieldmarsh.com", "Nora Watts")],
           description="Half day: Nora Watts (Office Managing Partner) and two associates (names to follow).",
           location="Whitfield Marsh LLP, 1401 Pearl St, Boulder, CO",
           **at("2027-03-05", "13:00", 150, *DEN)),
     yes(["Whitfield Marsh LLP", "Whitfield Marsh", "Whitfieldmarsh"],
         ["recruiting@whitfieldmarsh.com", "nwatts@whitfieldmarsh.com"]), "en", DU_LAW),
    # HCA: a phone interview for a third care area, the director calls
    (event("Phone interview – Nurse Residency (Med-Surg) – Dr. Ellis will call",
           organizer=org("residency.recruiter@riverbendmedical.org", "Riverbend Medical Residency Recruiter"),
           guests=[guest("t.ellis@riverbendmedical.org", "Dr. Terrence Ellis")],
           **at("2027-02-26", "08:00", 30, *CHI)),
     yes(["Riverbend Medical Center", "Riverbend Medical", "Riverbend", "Riverbendmedical"],
         ["residency.recruiter@riverbendmedical.org", "t.ellis@riverbendmedical.org"]), "en", HCA_NRP),
    # Arcoro: the first interviewer added is the organiser by default; a second interviewer joins
    (event("Interview: Pat Lee – Field Superintendent",
           organizer=org("bpatel@redcedarbuilders.com", "Bhavin Patel"),
           guests=[guest("bpatel@redcedarbuilders.com", "Bhavin Patel"),
                   guest("rkline@redcedarbuilders.com", "Rob Kline", "tentative")],
           description="Virtual Meeting – Teams link below. Candidate comments: have your OSHA 30 card handy." + TEAMS,
           **at("2027-03-08", "10:00", 45, "-05:00", "America/New_York")),
     yes(["Red Cedar Builders", "Red Cedar", "Redcedarbuilders"], ["bpatel@redcedarbuilders.com", "rkline@redcedarbuilders.com"]),
     "en", ARCORO),
    # Flowrite: an in-person final with a short task
    (event("Final round – Northmere – case presentation",
           organizer=org("isla@northmere.co", "Isla Grant"),
           guests=[guest("isla@northmere.co", "Isla Grant"),
                   guest("tom@northmere.co", "Tom Achebe"),
                   room("c_nm_boardroom@resource.calendar.google.com", "Northmere-2F-Boardroom (12)")],
           description="Present your campaign plan (15 min), then Q&A with Isla and Tom (COO).",
           location="Northmere, 12 Hanover Sq, London",
           **at("2027-03-09", "14:00", 60, *LON)),
     yes(["Northmere"], ["isla@northmere.co", "tom@northmere.co"]), "en", FLOWRITE),
    # Seekers: an in-person interview confirmed by the candidate's reply, from the HR executive
    (event("Interview confirmation – Admin Executive (Tuesday 2.30pm)",
           organizer=org("nurul@bintangmedik.com.my", "Nurul Huda"),
           guests=[guest("nurul@bintangmedik.com.my", "Nurul Huda")],
           description="Thank you for confirming your attendance. Please bring your IC and original certificates.",
           location="Bintang Medik Supplies, No. 22 Jalan PJU 7/3, Petaling Jaya",
           **at("2027-02-23", "14:30", 45, *KUL)),
     yes(["Bintang Medik Supplies", "Bintang Medik", "Bintangmedik"], ["nurul@bintangmedik.com.my"]), "en", SEEKERS),
    # Dayee: an interview whose interviewer was changed; the notice was re-sent
    (event("Interview notice (updated interviewer) – Procurement Specialist",
           organizer=org("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment"),
           guests=[guest("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment"),
                   guest("liu.yang@huaxin-logistics.cn", "Liu Yang"),
                   guest("wang.fei@huaxin-logistics.cn", "Wang Fei", "declined")],
           description="Please note your interviewer is now Liu Yang (Procurement Manager).",
           **at("2027-03-10", "15:00", 40, *SHA)),
     yes(["Huaxin Logistics", "Huaxin", "Huaxin-logistics"], ["campus@huaxin-logistics.cn", "liu.yang@huaxin-logistics.cn"]),
     "en", DAYEE),
    # Guilford: a second-round panel for a different county position, organised by the department director
    (event("2nd interview – Budget Analyst – Finance Department",
           organizer=org("acollins@pinehurstcountync.gov", "Angela Collins"),
           guests=[guest("acollins@pinehurstcountync.gov", "Angela Collins")],
           description="Second interview with Angela Collins (Finance Director) and the Deputy County Manager, "
                       "Ray Simmons.",
           location="Pinehurst County Government Center, 301 W Market St, 4th floor",
           **at("2027-03-05", "09:30", 60, *NY)),
     yes(["Pinehurst County", "Pinehurst", "Pinehurstcountync"], ["acollins@pinehurstcountync.gov", "Ray Simmons"]),
     "en", GUILFORD),
    # PyjamaHR: the final HR round, mailed by the tool; the HR partner is a guest
    (event("Interview Scheduled: HR Round – Product Designer",
           organizer=org("notifications@ats-mailer.pyjamahr.com", "PyjamaHR"),
           guests=[guest("people@loomcraft.in", "Loomcraft People Team"),
                   guest("sana@loomcraft.in", "Sana Qureshi")],
           description="Company: Loomcraft Studio. HR discussion with Sana Qureshi.",
           **at("2027-03-01", "17:00", 30, *KOL)),
     yes(["Loomcraft Studio", "Loomcraft"], ["people@loomcraft.in", "sana@loomcraft.in"]), "en", PYJAMAHR),
    # Mint Ops: a working interview written into the candidate's own calendar (organiser is the owner)
    (event("Working interview @ Cedar Point Dental – hygiene (Dr. Lau + Marisol)", organizer=SELF,
           description="8–1, paid. Dr. Kevin Lau and office manager Marisol Vega will debrief at 1.",
           location="Cedar Point Dental, 515 Cedar Point Rd",
           **at("2027-03-05", "08:00", 300, *CHI)),
     yes(["Cedar Point Dental", "Cedar Point"], ["Kevin Lau", "Marisol Vega"]), "en", MINTOPS),

    # Breezy: an onsite loop; the agenda in HTML, three interviewers invited
    (event("Onsite Interview Loop – Pat Lee – Operations Coordinator",
           organizer=org("dana.whitlock@tallgrassfreight.com", "Dana Whitlock"),
           guests=[guest("dana.whitlock@tallgrassfreight.com", "Dana Whitlock"),
                   guest("ken.osei@tallgrassfreight.com", "Ken Osei"),
                   guest("rita.fox@tallgrassfreight.com", "Rita Fox"),
                   room("c_tgf_dock@resource.calendar.google.com", "TGF-Omaha-Dock Office (6)")],
           description="<table><tr><td>1:00</td><td>Dana Whitlock – Hiring Manager</td></tr><tr><td>1:45</td>"
                       "<td>Ken Osei – Dispatch Lead</td></tr><tr><td>2:30</td><td>Rita Fox – Warehouse "
                       "Supervisor (yard tour)</td></tr></table>",
           location="Tallgrass Freight, 4400 S 108th St, Omaha, NE",
           **at("2027-03-03", "13:00", 150, *CHI)),
     yes(["Tallgrass Freight", "Tallgrass", "Tallgrassfreight"],
         ["dana.whitlock@tallgrassfreight.com", "ken.osei@tallgrassfreight.com", "rita.fox@tallgrassfreight.com"]),
     "en", BREEZY),
    # Surfside: the standardized written test the department gives before the panel (b7: an employer's test is a hiring step)
    (event("Standardized written test – Police Officer applicants (Dunecrest PD)",
           organizer=org("training@townofdunecrest.org", "Dunecrest PD Training"),
           description="Reading comprehension and report writing, 2 hours. Bring a photo ID and two pencils.",
           location="Dunecrest Town Hall, Council Chambers",
           **at("2027-02-16", "08:00", 120, *NY)),
     yes(["Town of Dunecrest", "Dunecrest", "Dunecrest Police", "Townofdunecrest"], ["training@townofdunecrest.org"]),
     "en", SURFSIDE),
    # Flowrite: a short phone interview set from the invitation's proposed slots
    (event("Phone interview – Junior Copywriter (slot 2 of 3)",
           organizer=org("hello@quillandoak.co.uk", "Quill & Oak"),
           guests=[guest("hello@quillandoak.co.uk", "Quill & Oak"),
                   guest("ben@quillandoak.co.uk", "Ben Hartley")],
           description="Thanks for choosing a slot. Ben (Creative Director) will ring you; about 20 minutes.",
           **at("2027-02-17", "10:30", 20, *LON)),
     yes(["Quill & Oak", "Quill and Oak", "Quillandoak"], ["hello@quillandoak.co.uk", "ben@quillandoak.co.uk"]),
     "en", FLOWRITE),

    # ============================================================ not interviews, English
    # Breezy: the owner as a hiring-team member who must fill in a scorecard (hiring side)
    (event("Scorecard due: candidate Jules Moreau (Breezy)", organizer=SELF,
           **at("2027-02-19", "17:00", 15, *NY)),
     None, "en", BREEZY),
    # Breezy: an interview the employer cancelled, still on the calendar
    (event("Canceled: Phone Screen – Logistics Analyst (position on hold)",
           organizer=org("dana.whitlock@tallgrassfreight.com", "Dana Whitlock"),
           description="Breezy HR: this interview was canceled by the hiring team.",
           **at("2027-02-24", "09:30", 30, *CHI)),
     None, "en", BREEZY),
    # Breezy: a vendor demo of the ATS the owner's company is evaluating
    (event("Breezy HR demo – pipeline + interview scheduling (vendor call)",
           organizer=org("chris.marsh@breezy.hr", "Chris Marsh (Breezy HR)"),
           guests=[guest("chris.marsh@breezy.hr", "Chris Marsh (Breezy HR)")],
           description="Agenda: candidate pipeline, scorecards, calendar sync, pricing.",
           **at("2027-03-02", "11:00", 45, *NY)),
     None, "en", BREEZY),
    # Arcoro: the owner chosen as interviewer in the Scheduling Assistant (hiring side)
    (event("Interview: candidate Marcus Bell – Estimator (you are an interviewer)",
           organizer=org("rkline@redcedarbuilders.com", "Rob Kline"),
           guests=[guest("rkline@redcedarbuilders.com", "Rob Kline"),
                   guest("marcus.bell.est@gmail.com", "Marcus Bell")],
           description="Interviewer comments: resume attached; please use the structured questions.",
           **at("2027-03-04", "15:00", 45, "-05:00", "America/New_York")),
     None, "en", ARCORO),
    # Clackamas: the candidate's own reminder that the oral board results arrive in 5-10 days
    (days(event("Oral board results due (5–10 days) – check email", organizer=SELF), "2027-03-05", "2027-03-06"),
     None, "en", CLACKAMAS),
    # Clackamas: the candidate's prep chore
    (event("Prep: link my admin duties to Office Specialist KSAs (oral board)", organizer=SELF,
           **at("2027-02-21", "19:00", 60, *LA)),
     None, "en", CLACKAMAS),
    # Guilford: the candidate reads the interview orientation (chore)
    (event("Read Pinehurst County Interview Orientation PDF", organizer=SELF,
           **at("2027-02-20", "20:00", 20, *NY)),
     None, "en", GUILFORD),
    # Guilford: the owner sits on a county panel (hiring side)
    (event("Sit on panel – Social Worker I interviews (3 candidates)",
           organizer=org("hr.recruiting@pinehurstcountync.gov", "Pinehurst County HR Recruiting"),
           guests=[guest("hr.recruiting@pinehurstcountync.gov", "Pinehurst County HR Recruiting")],
           description="Panel members: please bring the rating sheets. Candidates at 9, 10 and 11.",
           location="DSS Conference Room A",
           **at("2027-03-09", "09:00", 180, *NY)),
     None, "en", GUILFORD),
    # Hampton: the background interview and polygraph (new decision: a screening check, no)
    (event("Background interview + polygraph – Police Officer Recruit",
           organizer=org("professionalstandards@baysidepd.org", "Bayside PD Professional Standards"),
           description="Bring your completed Background Questionnaire. Photographs and fingerprints will be "
                       "taken. A conditional offer must be signed before the polygraph.",
           location="Bayside Police Headquarters, Professional Standards, 2nd floor",
           **at("2027-03-01", "08:00", 180, *NY)),
     # a polygraph and background interview is a pre-employment check, like a medical or drug screen
     None, "en", HAMPTON),
    # Hampton: the psychological testing (written test and interview with a psychologist): a check, no
    (event("Psychological evaluation (written test + interview) – pre-employment",
           organizer=org("scheduling@tidewaterpsychservices.com", "Tidewater Psych Services"),
           location="Tidewater Psych Services, 2100 Executive Dr, Suite 300",
           **at("2027-03-03", "08:30", 240, *NY)),
     None, "en", HAMPTON),
    # Hampton: the physical examination by the city's contracted physician (medical, no)
    (event("Pre-employment physical – City contract clinic",
           organizer=org("appointments@harborpointoccmed.com", "Harbor Point Occupational Medicine"),
           location="Harbor Point Occupational Medicine, 55 Settlers Landing Rd",
           **at("2027-03-05", "07:45", 90, *NY)),
     None, "en", HAMPTON),
    # Surfside: fingerprinting for the background investigation (a check, no)
    (event("Fingerprinting – background investigation (Dunecrest PD)", organizer=SELF,
           location="Dunecrest Police Dept, front desk",
           **at("2027-02-27", "10:00", 20, *NY)),
     None, "en", SURFSIDE),
    # HCA: the candidate's chore about the two reference letters
    (event("Remind Prof. Okoye + charge nurse about reference letters (residency)", organizer=SELF,
           **at("2027-02-16", "08:00", 10, *CHI)),
     None, "en", HCA_NRP),
    # HCA: a residency program's virtual open house for applicants (an information session, no)
    (event("Nurse Residency Virtual Open House",
           organizer=org("events@riverbendmedical.org", "Riverbend Medical Events"),
           description="Meet the program directors and current residents. Q&A about care areas and cohorts." + ZOOM,
           **at("2027-02-17", "18:00", 60, *CHI)),
     None, "en", HCA_NRP),
    # DU law: reply to a callback invitation within 24 hours (chore)
    (event("Reply to Whitfield Marsh callback invite (within 24h!) + ask for attorney list", organizer=SELF,
           **at("2027-02-12", "08:00", 10, *DEN)),
     None, "en", DU_LAW),
    # LiveAbout: travel booked by the firm for the callback
    (event("Flight DEN → LGA (Hargrove & Lind callback)", organizer=SELF,
           location="Denver International Airport",
           **at("2027-02-21", "12:05", 235, *DEN)),
     None, "en", LIVEABOUT),
    # goodmockingbird: the owner as an associate evaluating callback candidates (hiring side)
    (event("Recruiting committee: evaluate 2L callbacks (forms due)",
           organizer=org("legalrecruiting@vantagelegal.com", "Vantage Legal Recruiting"),
           guests=[guest("legalrecruiting@vantagelegal.com", "Vantage Legal Recruiting")],
           location="28th floor conference room",
           **at("2027-02-26", "12:00", 60, *NY)),
     None, "en", MOCKINGBIRD),
    # top-law-schools: the candidate's OCI chores
    (event("Submit OCI bid list (Symplicity) – 50 firms", organizer=SELF,
           **at("2027-02-15", "23:00", 30, *CHI)),
     None, "en", TOPLAW),
    (event("Print 15 resumes + transcripts + writing sample for OCI week", organizer=SELF,
           **at("2027-02-14", "17:00", 30, *CHI)),
     None, "en", TOPLAW),
    # Chambers: a 1L networking reception with firms (networking, no)
    (event("1L Diversity Networking Reception – Chicago firms",
           organizer=org("careers@lakemontlaw.edu", "Lakemont Law Career Services"),
           location="Lakemont Law, Atrium",
           **at("2027-02-18", "17:30", 120, *CHI)),
     None, "en", CHAMBERS),
    # Brazen: thank-you notes after callbacks (chore)
    (event("Thank-you emails: Hargrove & Lind callback (Whitman, Iqbal, Ferraro)", organizer=SELF,
           **at("2027-02-22", "19:00", 30, *NY)),
     None, "en", BRAZEN),
    # The Girl's Guide: a firm's summer associate program information session (no)
    (event("Pemberton Rusk – Summer Associate Program info session (virtual)",
           organizer=org("recruiting@pembertonrusk.com", "Pemberton Rusk Legal Recruiting"),
           description="Learn about our summer program, pro bono work and mentoring." + TEAMS,
           **at("2027-02-16", "12:15", 45, *CHI)),
     None, "en", GIRLSGUIDE),
    # AssistDentist: the owner, an office manager, schedules a candidate's working interview (hiring side)
    (event("Working interview: candidate Bree Tan (hygiene) – set up op 3", organizer=SELF,
           guests=[guest("bree.tan.rdh@gmail.com", "Bree Tan")],
           **at("2027-03-04", "07:30", 480, *CHI)),
     None, "en", ASSISTDENTIST),
    # DentistryIQ: the candidate's own dental cleaning at a practice (a patient appointment)
    (event("Dental cleaning – Sunridge Dental (patient)",
           organizer=org("frontdesk@sunridgedental.com", "Sunridge Front Desk"),
           location="Sunridge Dental, 7710 E Broadway Blvd, Tucson, AZ",
           **at("2027-03-11", "16:00", 60, "-07:00", "America/Phoenix")),
     None, "en", DENTISTRYIQ),
    # Nova Dental: the candidate's chore (asking about pay for a working interview)
    (event("Email Copperfield: working interview paid? what time does lunch start?", organizer=SELF,
           **at("2027-02-19", "08:00", 10, *CHI)),
     None, "en", NOVADENTAL),
    # Flowrite: the candidate's chore (the task for the interview)
    (event("Build 10-min campaign walk-through deck (Northmere)", organizer=SELF,
           **at("2027-02-21", "10:00", 120, *LON)),
     None, "en", FLOWRITE),
    # Qandle: the owner (HR) sending interview invitations to shortlisted applicants (hiring side)
    (event("Send interview invites – shortlisted HR Executive applicants (6)", organizer=SELF,
           **at("2027-02-16", "10:00", 30, *KOL)),
     None, "en", QANDLE),
    # Seekers: the candidate's chore (three months of payslips)
    (event("Print last 3 months' payslips + certs for Mewah interview", organizer=SELF,
           **at("2027-02-16", "21:00", 15, *KUL)),
     None, "en", SEEKERS),
    # PyjamaHR: the owner's team using the ATS's self-scheduling (hiring side)
    (event("Open self-schedule slots for Designer Round 1 (PyjamaHR)", organizer=SELF,
           **at("2027-02-17", "09:30", 20, *KOL)),
     None, "en", PYJAMAHR),
    # Dayee: the owner as an interviewer notified by the ATS (hiring side)
    (event("Interviewer notice: candidate Li Wen – Supply Chain Analyst (submit evaluation)",
           organizer=org("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment"),
           guests=[guest("campus@huaxin-logistics.cn", "Huaxin Logistics Recruitment")],
           description="You are scheduled as an interviewer. Reply to the evaluation email after the interview.",
           **at("2027-03-04", "14:00", 45, *SHA)),
     None, "en", DAYEE),
    # Grogan: the candidate's research notebook for a chief's interview (chore)
    (event("Research binder: Alderbrook PD (budget, crime stats, council minutes)", organizer=SELF,
           **at("2027-03-01", "19:00", 120, *DEN)),
     None, "en", GROGAN),
    # PoliceLink: a mock panel before the chief's interview (coaching, no)
    (event("Mock council panel with retired Chief Dan Ochoa",
           organizer=org("dochoa.consulting@gmail.com", "Dan Ochoa"),
           guests=[guest("dochoa.consulting@gmail.com", "Dan Ochoa")],
           **at("2027-03-08", "18:00", 90, *DEN)),
     None, "en", POLICELINK),
    # publicistforhire: the owner as CEO in a deskside briefing with a reporter (media)
    (event("Deskside briefing – Maya Cole (TechLedger) – Q1 product news",
           organizer=org("pr@brightfoldpr.com", "Brightfold PR"),
           guests=[guest("pr@brightfoldpr.com", "Brightfold PR"),
                   guest("maya.cole@techledger.news", "Maya Cole")],
           description="Talking points attached. Lead with the customer trend, not the product.",
           location="TechLedger office, 85 Broad St, New York",
           **at("2027-02-23", "10:00", 45, *NY)),
     None, "en", PUBLICIST),
    (event("Interview with Dana Whitt (Business Journal) – trends piece",
           organizer=org("dwhitt@metrobizjournal.com", "Dana Whitt"),
           guests=[guest("dwhitt@metrobizjournal.com", "Dana Whitt")],
           description="Phone interview for a story on hiring trends in logistics. 20 minutes, on the record.",
           **at("2027-02-25", "14:00", 20, *NY)),
     None, "en", PUBLICIST),
    # theflipside: an on-camera TV interview moved by the reporter by an hour
    (event("UPDATED: On-camera interview – Channel 5 (near the stadium) – now 2pm",
           organizer=org("k.alvarez@ch5news.com", "Kim Alvarez"),
           guests=[guest("k.alvarez@ch5news.com", "Kim Alvarez")],
           description="Moved from 1pm. Meet at the north plaza; the stadium will be in the background.",
           location="State Farm Stadium north plaza, Glendale, AZ",
           **at("2027-02-18", "14:00", 30, "-07:00", "America/Phoenix")),
     None, "en", FLIPSIDE),
    # skograndpr: calling a reporter back before the deadline (media, no)
    (event("Call back KXTV reporter before 3pm deadline (angle: plant layoffs)", organizer=SELF,
           **at("2027-02-17", "13:30", 15, *LA)),
     None, "en", SKOGRAND),
    # igamingnews: a media-interview prep session with the comms team
    (event("Media interview prep with comms – regulatory story (Reuters request)",
           organizer=org("comms@palisadegaming.com", "Palisade Gaming Communications"),
           guests=[guest("comms@palisadegaming.com", "Palisade Gaming Communications")],
           **at("2027-03-03", "16:00", 45, *LA)),
     None, "en", IGAMING),
    # innerview: a user interview with a gift-card incentive (user research, no)
    (event("User interview – Ledgerly app (60 min, $50 gift card)",
           organizer=org("research@ledgerly.app", "Ledgerly Research"),
           guests=[guest("research@ledgerly.app", "Ledgerly Research")],
           description="Thanks for signing up! We'll talk about how you track shared expenses. Your $50 gift card "
                       "is sent after the session." + ZOOM,
           **at("2027-02-20", "11:00", 60, *NY)),
     None, "en", INNERVIEW),
    # dzinerhub: a research session with a participant incentive
    (event("Research session – checkout redesign (participant, $75 incentive)",
           organizer=org("uxr@cartwheelshop.com", "Cartwheel UX Research"),
           guests=[guest("uxr@cartwheelshop.com", "Cartwheel UX Research")],
           description="Moderator: Ines. Observers may join silently." + MEET,
           **at("2027-03-02", "13:00", 45, *CHI)),
     None, "en", DZINERHUB),
    # bixal: a usability test of a state benefits portal (user research, no)
    (event("Usability test – State benefits portal (participant session)",
           organizer=org("research@digitalservices.statebenefits-co.gov", "State Digital Services"),
           description="You'll try a few tasks on the new portal while we watch. Incentive mailed after.",
           location="Remote – link by email",
           **at("2027-02-24", "10:00", 60, *DEN)),
     None, "en", BIXAL),
    # immigrationformsez: biometrics and the naturalization interview (new decision: not a job interview)
    (event("USCIS biometrics appointment (fingerprints)", organizer=SELF,
           location="USCIS Application Support Center, 8701 E Hampden Ave, Denver",
           **at("2027-02-19", "09:00", 45, *DEN)),
     None, "en", IMMIGRATIONEZ),
    (event("Naturalization interview (N-400) + civics test", organizer=SELF,
           description="Bring appointment notice, green card, passports, tax transcripts.",
           location="USCIS Denver Field Office, 12484 E Weaver Pl, Centennial, CO",
           **at("2027-03-10", "08:20", 120, *DEN)),
     # a naturalization interview is an immigration step, like a visa interview (b11): not a job interview
     None, "en", IMMIGRATIONEZ),
    # SCORE: an informational interview over coffee (informational chats are not interviews)
    (event("Coffee with Priya Raman (informational interview) – Brightline Analytics",
           organizer=SELF, guests=[guest("priya.raman@brightline-analytics.com", "Priya Raman")],
           description="20–30 min. Questions: her path into analytics, team culture. NOT asking for a job.",
           location="Blue Bottle, 450 W 15th St",
           **at("2027-02-17", "08:15", 30, *NY)),
     None, "en", SCORE),
    # the Billfold: an informational phone call with a stranger after a fan email
    (event("Informational call – Ed Park (ex-Vantage editor)", organizer=SELF,
           guests=[guest("edpark.writes@gmail.com", "Ed Park")],
           **at("2027-02-22", "12:30", 20, *NY)),
     None, "en", BILLFOLD),
    # plain events of a job seeker's calendar
    (event("Gym – legs", organizer=SELF, **at("2027-02-16", "06:30", 60, *CHI)), None, "en", TOPLAW),
    (event("Pick up dry cleaning (interview suit)", organizer=SELF,
           **at("2027-02-20", "12:00", 15, *NY)), None, "en", LIVEABOUT),
    (event("Rent due", organizer=SELF, **at("2027-03-01", "09:00", 15, *NY)), None, "en", BREEZY),
    (event("Mom's birthday dinner", organizer=SELF, location="Luigi's, 14 Elm St",
           **at("2027-02-27", "19:00", 120, *CHI)), None, "en", SCORE),
    (event("Dentist – Dr. Hollis (crown)", organizer=SELF,
           **at("2027-03-04", "15:30", 60, *LA)), None, "en", NOVADENTAL),
    (event("Unemployment benefits weekly certification", organizer=SELF,
           **at("2027-02-21", "10:00", 15, *LA)), None, "en", CLACKAMAS),
]

BLIND12: list[Case] = [*ENGLISH12, *INTL12]

_ids = [case[0]["id"] for case in BLIND12]
assert len(_ids) == len(set(_ids)), "two cases share an id"
