"""Blind batch 8 of the real-material corpus (issue #15, round 8): calendar events only.

Built and labelled by hand on 2026-12-06, before any code ran on it, after round 7's blind batch
(``real_cases_b7.py``, ``real_cases_b7_intl.py``) had been scored and moved to tuning. The helper
who wrote it never read the detection code, the timeline code or their documentation, and never
ran the detector, the detection bench, the weight fit or any test on these cases. Same conventions
as ``real_cases.py`` and the b2 to b7 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, private visibility, all-day dates, location, conference text),
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented; the wording is paraphrased, not copied. Every source is new to the corpus:
no URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py before each was used; like the earlier batches, a sibling host of a cited one,
such as another embassy's subdomain, counts as new).

What it holds: 150 events, 75 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 91 in English (41 interviews) and 59 in 15 other languages (34 interviews):
Swedish 8, Danish 6, Czech 6, Portuguese 6, Romanian 5, Japanese 4, Italian 4, Dutch 3, Chinese 3,
Vietnamese 3, Thai 3, Norwegian 2, German 2, Spanish 2, Slovak 2. 101 cited sources on 100 hosts,
none cited by an earlier file.

New to the corpus: loop invites from InterviewSchedule (one invite per session and a schedule
overview), Workday recruiting as universities run it (recruiter and manager phone screens, an
interview for an admissions-office job, a forwarded confirmation), ZooKeep notifications, Zoom
Scheduler bookings ("<event> between <host> and <invitee>"), Zoom meetings titled with only the
candidate's name, SmartRecruiters self-scheduled Zoom interviews, Ashby interview schedules (with
a shadow interviewer and a note-taker bot), Google Calendar appointment schedules with co-hosts,
an AI interview link, Brainhunter-style slot booking, academic fly-backs (an all-day campus visit,
a job talk, a coordinator's HTML itinerary), teacher interview days with observed lessons (via a
supply agency, a district panel, a principal), UK Civil Service Success Profiles interviews; and,
rare so far as languages, Slovak, Czech, Danish, Norwegian and Romanian next to Swedish (also as
written in Finland), Portuguese (Brazil and Portugal), Japanese, Chinese, Thai and Vietnamese.
Look-alikes: informational interviews and coffee chats (booked by the owner and by the
professional), podcast guesting and hosting (recording, audio check, producer's pre-call,
questionnaire), medical-school admission interviews (traditional, MMI, recorded MMI, virtual
day) and a college alumni interview, visa interviews (student and work visa naming the employer),
pre-employment drug tests and physicals after an offer, user-research sessions and an online
video discussion, the owner on the hiring side (panels, phone screens, debriefs, booking pages,
itineraries, AI-interview invitations, a school-board interview panel), career coaching and
mock interviews, teacher job fairs, a webinar, application deadlines, travel to a fly-back, the
candidate's chores (preparation, thank-you notes, declining, rescheduling, offer signing), a
cancelled interview, a work meeting at the current job.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to 7's
docstrings): ``None`` unless the event is a job interview (or a hiring step) that the calendar's
owner attends as the candidate; otherwise the accepted company spellings and exactly the people a
thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or team mailbox
(organiser or guest) are in; the candidate's own address, rooms, group addresses, no-reply and
tool mailboxes, declined guests and bots are out; people a schedule names without an address are
listed by name; addresses that appear only in the description count; an agency's recruiter is
thanked with the client's interviewers and the company is the client (the agency when the client
is not named); informational chats, fairs, medical checks and admissions are not interviews; an
unproctored test or one-way interview the employer sent, blocked by the owner, is a hiring step
with nobody to thank; a work-visa interview naming the future employer is not a job interview.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- an academic campus visit (fly-back), as an all-day event the owner typed in, is the interview
  (yes; the search chair named in it is thanked); the flight to it is travel (no);
- a shadow interviewer who sits in on an interview is thanked like the other interviewers;
- a job interview for a post in an admissions office is a job interview (the word "admissions"
  does not make it an admission interview);
- an informal coffee with the hiring manager about a named open role is a hiring step (yes),
  unlike an informational interview the owner asked for;
- an interview the employer cancelled, still on the calendar with "cancelled" in its title, is
  not an interview to follow up (no); a rescheduled one still is (yes);
- a staffing firm interviewing for its own pool of temporary workers is the employer (company =
  the staffing firm);
- an agency consultant's preparation call before a client's interview is coaching, not a hiring
  step (no).

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b8_intl.py``, split out for length; ``BLIND8`` holds both.

Scored once, at the end of round 8, for docs/detection.md and the README; tuning data since round 9.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, yes
from real_cases_b8_intl import (
    BGI,
    CHI,
    DEN,
    INTL8,
    LA,
    LON,
    MEET,
    MEL,
    NBO,
    NY,
    SELF,
    SGP,
    TEAMS,
    TOR,
    VAN,
    ZOOM,
    Case,
    at,
    room,
)

# Sources (found with the project's search tool, pages and docs corpora; none is cited by an
# earlier data file).
IS_LOOPS = "https://help.interviewschedule.com/en/articles/9457546-candidate-invites-in-loops"
UW_WORKDAY = "https://hr.uw.edu/talent/hiring-process/workday-recruiting-job-aids/candidate-communications"
SJU_WORKDAY = "https://sju.teamdynamix.com/TDClient/1942/Portal/KB/ArticleDet?ID=151157"
EMERSON = "https://hr.emerson.edu/hc/en-us/articles/19841070894227-Recruiting-Steps-in-Workday"
ZOOKEEP = "https://kb.zookeep.com/en-us/register-an-interview-schedule"
ZOOM_SCHED = "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0057549"
CHAPMAN = "https://blogs.chapman.edu/academics/2019/11/26/using-zoom-for-interviews/"
WICHITA = "https://wichita.edu/services/mrc/OIR/Zoom/Interviewing.php"
SCRIBE_SR = ("https://scribehow.com/shared/How_to_Setup_a_Self-Scheduled_Zoom_Interview_Using_SmartRecruiters__"
             "fUeiA2c4QUKwVAFWJcgsuQ")
ALIDA = ("https://insightcommunity.help.alida.com/enus/cpm/video_discussions/"
         "video_discussions_choose_scheduled_time.html")
ASHBY = "https://developers.ashbyhq.com/docs/interviewschedulecreate"
TALENTSYS = "https://employer.talentsystems.ai/docs/candidates/inviting-candidates"
GIST_OA = "https://gist.github.com/BruceZu/c6370f6b21cf4cdcbc5d6d91a75ab3e7"
GIST_HR = "https://gist.github.com/jschneid/starred"
BRAINHUNTER = "http://brainhunter.com/html/WebHelp3/emp_interview_booking/interview_confirmation.htm"
SCUTI = "https://scuti.asia/how-to-schedule-multi-interviewer-interviews-with-google-calendar-appointment-schedules"
CADENCE = "https://cadenceapp.cc/resources/interview-scheduling-and-calendar-coordination/"
MANGO = "https://workforce.mangoapps.com/help/interview_scheduler_app_overview"
SITBACK = "https://blog.sitback.com.au/blog/uxtip96-increase-user-research-participant-attendance"
OU_OCI = "http://www.ou.edu/career/students/find-a-job/on-campus-interviews/index.html"
NAIROBI = "http://nairobi.usembassy.gov/niv_interview.html"
BRIDGETOWN = "https://bb.usembassy.gov/strongwhat-to-expect-at-your-visa-appointment-strong/"
UT_IE = "http://ut-ie.com/c/campus_visits.html"
SSSP = "https://www.ssspresearch.org/earlycareerforum/congratulations-you%E2%80%99ve-been-invited-campus-now-what"
ASKACADEMIA = ("https://reddit.jaspervandalum.nl/r/AskAcademia/comments/1hagyad/"
               "im_a_new_department_coordinator_coordinating")
JAYRES = "http://danieljayres.blogspot.com/2014/02/"
PROSPERO = "https://prosperoteaching.com/2022/08/how-to-prepare-for-teacher-interview-questions"
NCTQ = "https://www.nctq.org/blog/Interviewing-is-a-two--way-street"
SRU = "http://www.sru.edu/academics/enrollment/career/Pages/TypesOfInterviews.aspx"
CURTREES = "http://curtrees.com/2011/04/20/teacher-interview-tips-from-the-principal/comment-page-1/"
FEARLESS = "https://fearlessteachers.com/seven-ideas-for-planning-a-memorable-school-interview/"
TEACHSTYLE = "https://teachinginstyle.wordpress.com/2013/04/09/teaching-trenches-the-interview/"
GOVUK_SP = "https://gov.uk/government/publications/success-profiles/success-profiles-candidate-overview"
ISC = "https://www.interviewskillsclinic.co.uk/civil-service-interview-questions/"
AICM = "https://www.aicareermentor.co.uk/blog/civil-service-interview-tips"
HMICFRS = "https://hmicfrs.justiceinspectorates.gov.uk/about-us/working-at-hmicfrs/application-guidance/"
UP_INFO = "https://sites.up.edu/career/2015/03/13/informational-interviews-part-2"
POMONA = "https://www.pomona.edu/administration/career-development/how-to/interview/informational-interviews"
BERKELEY = "https://career.berkeley.edu/Info/InfoInterviewEtiquette"
DENVER_CC = "https://www.denvercareercatalyst.com/mastering-the-art-of-informational-interviewing/"
RCEL = "https://rcelconnect.org/rcel-tip-tuesday-whats-next-exploring-your-next-job-part-2"
POWERSCORE = ("https://blog.powerscore.com/sat/bid/134056/"
              "Acing-Alumni-Interviews-Part-2-Before-and-After-the-Alumni-Interview")
PESHEV = "https://mariopeshev.com/answers/podcast-guesting-preparation/"
PODCEPT = "https://podcept.com/blog/how-to-prepare-for-a-podcast-interview.html"
W2D1 = "https://w2d1.media/podcasting/production/podcast-interviewing/podcast-interview-preparation/"
TELLMEASTORY = "https://tellmeastory.info/blog/how-to-prepare-podcast-guest"
LIFTPOD = "https://liftpodcasting.com/free-resources/podcast-interview-prep"
AUTHORAMB = "https://authoryourambition.com/podcast-guesting-for-authors-day-4/"
SHEERAN = "https://www.sheeranmedia.co.uk/post/how-to-prepare-for-a-podcast-interview-a-step-by-step-guide"
OTTOSCOPES = "https://ottoscopes.wixsite.com/sumed/frequent-q-a"
MEDEDITS = "https://mededits.com/medical-school-admissions/medical-school-interview/mmi/"
UMC = ("https://umc.edu/som/Departments%20and%20Offices/SOM%20Administrative%20Offices/SOM%20Admissions/"
       "Applicant%20Evaluation%20and%20Decisions/Applicant%20Interviews.html")
BGMED = "https://www.bgmedguide.com/interviews"
INSPIRA = "https://www.inspiraadvantage.com/blog/how-to-prepare-for-the-mmi"
MEDAPPS = "https://medapplications.com/university-of-manitoba-mmi-interview-2021/"
MDICARE = "https://mdicare.com/pre-employment-drug-test-and-physical/"
SHAWNEE = "http://old.shawneeok.org/Dept/HR/FAQ.asp?ID=241"
DYNAMIC = "https://dynamicurgentcare.com/what-happens-during-a-pre-employment-drug-test-and-physical/"


ENGLISH8: list[Case] = [
    # ============================================================ interviews, English
    # InterviewSchedule loops: one candidate invite per session, created from the loop's template
    (event("Hiring Manager Interview – Pat Lee – Staff Accountant",
           organizer=org("recruiting@harlowgrid.com", "Harlow Grid Recruiting"),
           guests=[guest("recruiting@harlowgrid.com", "Harlow Grid Recruiting"),
                   guest("n.castellano@harlowgrid.com", "Nadia Castellano")],
           description="Hi Pat, this is your first conversation of the day, with Nadia Castellano (Assistant "
                       "Controller). Check in at the 3rd floor front desk.",
           location="Harlow Grid, 3rd floor, 110 N Wacker Dr, Chicago",
           **at("2027-01-14", "09:00", 45, *CHI)),
     yes(["Harlow Grid", "Harlowgrid", "HarlowGrid"], ["recruiting@harlowgrid.com", "n.castellano@harlowgrid.com"]),
     "en", IS_LOOPS),
    (event("Technical Interview – Pat Lee – Staff Accountant",
           organizer=org("recruiting@harlowgrid.com", "Harlow Grid Recruiting"),
           guests=[guest("recruiting@harlowgrid.com", "Harlow Grid Recruiting"),
                   guest("b.yoon@harlowgrid.com", "Brian Yoon"),
                   guest("e.wahl@harlowgrid.com", "Erika Wahl", "declined"),
                   guest("l.afolabi@harlowgrid.com", "Lola Afolabi")],
           description="Technical session on month-end close and reconciliations. Erika can no longer join; "
                       "Lola Afolabi steps in.",
           location="Harlow Grid, 3rd floor, 110 N Wacker Dr, Chicago",
           **at("2027-01-14", "10:00", 60, *CHI)),
     yes(["Harlow Grid", "Harlowgrid", "HarlowGrid"],
         ["recruiting@harlowgrid.com", "b.yoon@harlowgrid.com", "l.afolabi@harlowgrid.com"]), "en", IS_LOOPS),
    # the loop's schedule overview sent as one invite, guest list hidden
    (event("Your onsite interview schedule – Harlow Grid",
           organizer=org("recruiting@harlowgrid.com", "Harlow Grid Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="<table><tr><td>9:00</td><td>Hiring Manager – Nadia Castellano</td></tr><tr><td>10:00"
                       "</td><td>Technical – Brian Yoon, Lola Afolabi</td></tr><tr><td>11:15</td><td>Team "
                       "chat – Marco Diaz</td></tr></table><p>Coordinator: Jess Whitaker</p>",
           location="Harlow Grid, 3rd floor, 110 N Wacker Dr, Chicago",
           **at("2027-01-14", "09:00", 150, *CHI)),
     yes(["Harlow Grid", "Harlowgrid", "HarlowGrid"],
         ["recruiting@harlowgrid.com", "Nadia Castellano", "Brian Yoon", "Lola Afolabi", "Marco Diaz",
          "Jess Whitaker"]), "en", IS_LOOPS),
    # Workday at a university: the manager fixes the date by email; the candidate forwarded it and
    # made the event on their own calendar (addresses only in the description)
    (event("Fwd: Interview Confirmation – Program Coordinator (R-0291145)", organizer=SELF,
           description="---------- Forwarded message ---------\nFrom: Dana Morrow <dmorrow@cascadiastate.edu>\n"
                       "Subject: Interview Confirmation\n\nDear Pat, thank you for your interest in the Program "
                       "Coordinator position. Please join our committee (Dana Morrow, Luis Ferrer "
                       "<lferrer@cascadiastate.edu>) in Savery Hall 214. You will see a questionnaire task on "
                       "your Candidate Home page; please complete it beforehand.",
           location="Savery Hall 214, Cascadia State University",
           **at("2027-01-15", "13:00", 60, *LA)),
     yes(["Cascadia State University", "Cascadia State", "Cascadiastate"],
         ["dmorrow@cascadiastate.edu", "lferrer@cascadiastate.edu"]), "en", UW_WORKDAY),
    # a job interview for an admissions-office post is a job interview, not an admission interview
    (event("Interview – Assistant Director of Admissions – Pat Lee",
           organizer=org("c.mcbride@stjerome.edu", "Colleen McBride"),
           guests=[guest("c.mcbride@stjerome.edu", "Colleen McBride"),
                   guest("r.tran@stjerome.edu", "Richard Tran")],
           description="As discussed on the phone: on-campus interview with the hiring committee, then a tour "
                       "of the Welcome Center.",
           location="St. Jerome University, Welcome Center, Room 110",
           **at("2027-01-19", "10:00", 90, *NY)),
     yes(["St. Jerome University", "St Jerome University", "St. Jerome", "Stjerome"],
         ["c.mcbride@stjerome.edu", "r.tran@stjerome.edu"]), "en", SJU_WORKDAY),
    # Workday stages: the recruiter's phone screen, then the manager's
    (event("Recruiter Phone Screen – Pat Lee – Financial Aid Counselor",
           organizer=org("talent@emberlycollege.edu", "Emberly College Talent Acquisition"),
           guests=[guest("m.santos@emberlycollege.edu", "Mariela Santos")],
           description="Mariela Santos (Talent Acquisition Specialist) will call you at the number on your "
                       "application.",
           **at("2027-01-12", "11:00", 30, *NY)),
     yes(["Emberly College", "Emberly", "Emberlycollege"], ["talent@emberlycollege.edu", "m.santos@emberlycollege.edu"]),
     "en", EMERSON),
    (event("Manager Phone Screen – Pat Lee",
           organizer=org("k.oduya@emberlycollege.edu", "Kwame Oduya"),
           guests=[guest("k.oduya@emberlycollege.edu", "Kwame Oduya")],
           description="Financial Aid Counselor – 30 minutes. I'll call you.",
           **at("2027-01-20", "15:30", 30, *NY)),
     yes(["Emberly College", "Emberly", "Emberlycollege"], ["k.oduya@emberlycollege.edu"]), "en", EMERSON),
    # ZooKeep: the interview is registered and the candidate notified by the tool
    (event("[Interview] Customer Success Associate – Pat Lee",
           organizer=org("notice@zookeep-mail.example.com", "ZooKeep"),
           description="Sakura Trading Pte Ltd has confirmed your interview.\nInterviewer: Hana Mori "
                       "(hana.mori@sakuratrading.sg)\nFormat: online\nPlease reply to the interviewer for changes.",
           **at("2027-01-13", "10:00", 45, *SGP)),
     yes(["Sakura Trading", "Sakura Trading Pte Ltd", "Sakuratrading"], ["hana.mori@sakuratrading.sg"]),
     "en", ZOOKEEP),
    # Zoom Scheduler names its bookings "<event> between <host> and <invitee>"
    (event("Recruiter screen (30 min) between Kate Olsen and Pat Lee",
           organizer=org("kate.olsen@tidepoolbio.com", "Kate Olsen"),
           guests=[guest("kate.olsen@tidepoolbio.com", "Kate Olsen")],
           description="Booked with Zoom Scheduler.\nTidepool Bio – Clinical Data Manager" + ZOOM,
           **at("2027-01-18", "12:00", 30, *DEN)),
     yes(["Tidepool Bio", "Tidepool", "Tidepoolbio"], ["kate.olsen@tidepoolbio.com"]), "en", ZOOM_SCHED),
    (event("Updated: Hiring manager conversation between Omar Farouk and Pat Lee",
           organizer=org("omar.farouk@tidepoolbio.com", "Omar Farouk"),
           guests=[guest("omar.farouk@tidepoolbio.com", "Omar Farouk")],
           description="This appointment was rescheduled by the invitee. Clinical Data Manager, 45 min." + ZOOM,
           **at("2027-01-26", "09:00", 45, *DEN)),
     yes(["Tidepool Bio", "Tidepool", "Tidepoolbio"], ["omar.farouk@tidepoolbio.com"]), "en", ZOOM_SCHED),
    # a department puts the candidate's name in the Zoom topic; the committee is named in the text
    (event("Pat Lee – Academic Advisor Interview",
           organizer=org("advising.admin@brightwater.edu", "Advising Center Admin"),
           guests=[guest("advising.admin@brightwater.edu", "Advising Center Admin")],
           description="Search committee: Dr. Helen Park (chair), Victor Ames, Rosa Linares. Join before the "
                       "host is enabled so you can check audio and video." + ZOOM,
           **at("2027-01-21", "14:00", 60, *LA)),
     yes(["Brightwater University", "Brightwater"],
         ["advising.admin@brightwater.edu", "Helen Park", "Victor Ames", "Rosa Linares"]), "en", CHAPMAN),
    (event("Pat Lee – second round (Dean of Student Success)",
           organizer=org("advising.admin@brightwater.edu", "Advising Center Admin"),
           guests=[guest("advising.admin@brightwater.edu", "Advising Center Admin"),
                   guest("dean.hollis@brightwater.edu", "Dr. Marcus Hollis")],
           description="Second-round conversation for the Academic Advisor role." + ZOOM,
           **at("2027-01-29", "10:00", 45, *LA)),
     yes(["Brightwater University", "Brightwater"], ["advising.admin@brightwater.edu", "dean.hollis@brightwater.edu"]),
     "en", CHAPMAN),
    # the topic is only the candidate's name; the role sits in one line of the description
    (event("Pat Lee",
           organizer=org("t.nguyen@plainsmere.edu", "Thao Nguyen"),
           guests=[guest("t.nguyen@plainsmere.edu", "Thao Nguyen")],
           description="Instructional Designer search – round 1 interview" + ZOOM,
           **at("2027-01-22", "11:00", 45, *CHI)),
     yes(["Plainsmere University", "Plainsmere"], ["t.nguyen@plainsmere.edu"]), "en", WICHITA),
    # SmartRecruiters self-scheduled Zoom interview: the chosen host organises, the committee attends
    (event("Interview with Pat Lee – Payroll Specialist",
           organizer=org("r.vachta@granitepeakhealth.org", "Rhea Vachta"),
           guests=[guest("r.vachta@granitepeakhealth.org", "Rhea Vachta"),
                   guest("j.whitcomb@granitepeakhealth.org", "Jon Whitcomb"),
                   room("c_51be09@resource.calendar.google.com", "GPH-Admin-2-Huddle (4)")],
           description="Self-scheduled interview. Format: Zoom. You selected this slot from the invitation "
                       "link." + ZOOM,
           **at("2027-01-27", "13:00", 45, *DEN)),
     yes(["Granite Peak Health", "Granite Peak", "Granitepeakhealth"],
         ["r.vachta@granitepeakhealth.org", "j.whitcomb@granitepeakhealth.org"]), "en", SCRIBE_SR),
    # Ashby: an interview event with a meeting link; a note-taker bot is on the invite (out)
    (event("Pat Lee <> Northbeam – Technical Screen",
           organizer=org("g.amari@northbeam.dev", "Gianni Amari"),
           guests=[guest("g.amari@northbeam.dev", "Gianni Amari"),
                   guest("s.ruiz@northbeam.dev", "Sofia Ruiz"),
                   guest("notetaker@fireflies-bot.example.com", "Fireflies.ai Notetaker")],
           description="Interview: Technical Screen (Backend)\nInterviewer: Sofia Ruiz\nCoordinator: Gianni "
                       "Amari" + MEET,
           **at("2027-01-20", "10:30", 60, *LA)),
     yes(["Northbeam", "Northbeam.dev"], ["g.amari@northbeam.dev", "s.ruiz@northbeam.dev"]), "en", ASHBY),
    # a shadow interviewer sits in and is thanked like the others
    (event("Pat Lee – Onsite: Values Interview",
           organizer=org("recruiting@northbeam.dev", "Northbeam Recruiting"),
           guests=[guest("recruiting@northbeam.dev", "Northbeam Recruiting"),
                   guest("a.kowal@northbeam.dev", "Ania Kowal"),
                   guest("d.esposito@northbeam.dev", "Dan Esposito (shadow)")],
           description="Values interview with Ania Kowal; Dan Esposito joins as a shadow interviewer.",
           location="Northbeam, 500 Howard St, San Francisco",
           **at("2027-01-28", "14:00", 45, *LA)),
     yes(["Northbeam", "Northbeam.dev"],
         ["recruiting@northbeam.dev", "a.kowal@northbeam.dev", "d.esposito@northbeam.dev"]), "en", ASHBY),
    # an AI interview link the owner blocked time for (one-way: yes, nobody to thank); private
    (event("AI interview – Operations Analyst – Ridgefield Mutual (link expires in 7 days)", organizer=SELF,
           description="Start Interview button in the email; single-use link.",
           visibility="private",
           **at("2027-01-16", "10:00", 40, *NY)),
     yes(["Ridgefield Mutual", "Ridgefield"], []), "en", TALENTSYS),
    # a phone interview invitation after an online assessment
    (event("Phone interview invitation – Cobaltline Networks (Jr. Java Software Engineer)",
           organizer=org("bruce.z@cobaltline.com", "Bruce Zhu"),
           guests=[guest("bruce.z@cobaltline.com", "Bruce Zhu")],
           description="Congratulations on passing the online assessment. I'll call you for a 45-minute "
                       "technical phone interview.",
           **at("2027-01-19", "16:00", 45, *VAN)),
     yes(["Cobaltline Networks", "Cobaltline"], ["bruce.z@cobaltline.com"]), "en", GIST_OA),
    # a coding test sent by the employer, blocked by the owner (hiring step, nobody to thank)
    (event("HackerRank test – Meridian Analytics (90 min, due Friday)", organizer=SELF,
           description="Programming test invitation from recruitment@meridiananalytics.io. Do it in one sitting.",
           **at("2027-01-22", "19:00", 90, *NY)),
     yes(["Meridian Analytics", "Meridiananalytics", "Meridian"], []), "en", GIST_HR),
    # Brainhunter-style interview schedule: the candidate took a slot; the tool mails the confirmation
    (event("Interview Confirmation – Customer Service Representative",
           organizer=org("no-reply@interviewbooking.example.com", "Employer Toolbox"),
           description="Maple Ridge Credit Union confirms the time slot you booked. You will meet Yvonne "
                       "Clarke, Branch Manager.",
           location="Maple Ridge Credit Union, 22 Dewdney Trunk Rd, Maple Ridge, BC",
           **at("2027-01-25", "09:30", 30, *VAN)),
     yes(["Maple Ridge Credit Union", "Maple Ridge Credit", "Maple Ridge"], ["Yvonne Clarke"]), "en", BRAINHUNTER),
    # a Google Calendar appointment schedule with co-hosts: the booked event carries all of them
    (event("Interview – Backend Engineer (Pat Lee)",
           organizer=org("linh.tran@lotusbyte.io", "Linh Tran"),
           guests=[guest("linh.tran@lotusbyte.io", "Linh Tran"),
                   guest("quang.vo@lotusbyte.io", "Quang Vo"),
                   guest("mai.ho@lotusbyte.io", "Mai Ho")],
           description="Booked by Pat Lee\nAppointment schedule: Interview – Backend Engineer (60 min)" + MEET,
           **at("2027-01-21", "09:00", 60, *SGP)),
     yes(["Lotus Byte", "Lotusbyte", "LotusByte"], ["linh.tran@lotusbyte.io", "quang.vo@lotusbyte.io", "mai.ho@lotusbyte.io"]),
     "en", SCUTI),
    # a scheduling tool's mailbox organises a panel the candidate picked from one link (tool mailbox out)
    (event("Panel interview – Data Analyst – Foxtail Health",
           organizer=org("invites@cadence-scheduling.example.com", "Foxtail Health via Cadence"),
           guests=[guest("p.rao@foxtailhealth.com", "Priya Rao"),
                   guest("g.hummel@foxtailhealth.com", "Greg Hummel")],
           description="Times shown in your time zone. Panel: Priya Rao (Analytics Lead), Greg Hummel "
                       "(Director, Population Health)." + TEAMS,
           **at("2027-02-02", "11:00", 60, *TOR)),
     yes(["Foxtail Health", "Foxtail", "Foxtailhealth"], ["p.rao@foxtailhealth.com", "g.hummel@foxtailhealth.com"]),
     "en", CADENCE),
    # an interview scheduler app: a phone screen, then the final leadership round
    (event("Phone screen – Pat Lee – Field Service Technician",
           organizer=org("hiring@ironbarkutilities.com.au", "Ironbark Utilities Hiring"),
           guests=[guest("hiring@ironbarkutilities.com.au", "Ironbark Utilities Hiring"),
                   guest("c.nash@ironbarkutilities.com.au", "Callum Nash")],
           **at("2027-01-18", "09:00", 20, *MEL)),
     yes(["Ironbark Utilities", "Ironbark", "Ironbarkutilities"],
         ["hiring@ironbarkutilities.com.au", "c.nash@ironbarkutilities.com.au"]), "en", MANGO),
    (event("Final leadership round – Pat Lee – Field Service Technician",
           organizer=org("hiring@ironbarkutilities.com.au", "Ironbark Utilities Hiring"),
           guests=[guest("hiring@ironbarkutilities.com.au", "Ironbark Utilities Hiring"),
                   guest("f.osullivan@ironbarkutilities.com.au", "Fiona O'Sullivan")],
           description="Final round with Fiona O'Sullivan, GM Operations. Structured questions from our "
                       "question bank.",
           location="Ironbark Utilities, 8 Hoddle St, Collingwood VIC",
           **at("2027-02-01", "14:00", 60, *MEL)),
     yes(["Ironbark Utilities", "Ironbark", "Ironbarkutilities"],
         ["hiring@ironbarkutilities.com.au", "f.osullivan@ironbarkutilities.com.au"]), "en", MANGO),
    # an on-campus interview taken through Handshake; the student typed the event
    (event("On-campus interview – Red Earth Energy (Field Engineering Intern)", organizer=SELF,
           description="Interviewer: Jake Turner, Red Earth campus recruiting. Arrive 10 min early.",
           location="Career Services, Interview Room 3",
           **at("2027-02-04", "10:30", 30, *CHI)),
     yes(["Red Earth Energy", "Red Earth"], ["Jake Turner"]), "en", OU_OCI),
    # an academic fly-back typed in as an all-day, two-day event is the interview
    (days(event("Campus visit – Bexley College, Dept of History (fly-back)", organizer=SELF,
                description="Itinerary from the search chair, Prof. Ellen Marsh: breakfast with committee, "
                            "job talk 2pm, dean at 4pm, dinner; half day on the 10th.",
                **at("2027-02-09", "00:00", 1440, *NY)),
          "2027-02-09", "2027-02-11"),
     yes(["Bexley College", "Bexley"], ["Ellen Marsh"]), "en", UT_IE),
    # a job talk scheduled by the department
    (event("Job talk: 'Precarious tenancy and eviction' – Pat Lee (candidate)",
           organizer=org("soc.admin@harwood.edu", "Sociology Department"),
           guests=[guest("soc.admin@harwood.edu", "Sociology Department"),
                   guest("m.adeyemi@harwood.edu", "Prof. Mary Adeyemi")],
           description="45-minute talk plus 15 minutes of questions; projector and clicker in the room. Search "
                       "chair: Prof. Mary Adeyemi.",
           location="Harwood University, Lyman Hall 301",
           **at("2027-02-16", "14:00", 60, *NY)),
     yes(["Harwood University", "Harwood"], ["soc.admin@harwood.edu", "m.adeyemi@harwood.edu"]), "en", SSSP),
    # a department coordinator's HTML itinerary
    (event("Candidate visit – Pat Lee – Assistant Professor of Biology",
           organizer=org("biology.office@kestrelu.edu", "Biology Department Office"),
           guests=[guest("biology.office@kestrelu.edu", "Biology Department Office"),
                   guest("a.reyes@kestrelu.edu", "Alma Reyes"),
                   guest("k.ito@kestrelu.edu", "Ken Ito")],
           description="<b>Itinerary</b><br>8:30 breakfast – Dr. Alma Reyes (chair)<br>9:30 Dr. Ken Ito<br>11:00 "
                       "Dean Sharon Blake<br>12:00 lunch with graduate students<br>2:00 research seminar<br>"
                       "Parking: visitor lot B, pass at the front desk.",
           location="Kestrel University, Science Hall",
           **at("2027-02-22", "08:30", 540, *DEN)),
     yes(["Kestrel University", "Kestrel"],
         ["biology.office@kestrelu.edu", "a.reyes@kestrelu.edu", "k.ito@kestrelu.edu", "Sharon Blake"]),
     "en", ASKACADEMIA),
    # a school's interview day with an observed lesson
    (event("Interview Day – Teacher of English – Ashcombe Academy",
           organizer=org("hr@ashcombeacademy.org.uk", "Ashcombe Academy HR"),
           guests=[guest("hr@ashcombeacademy.org.uk", "Ashcombe Academy HR")],
           description="Programme: 8:45 welcome and tour; 9:30 observed lesson (Year 9, 30 minutes, poetry); "
                       "11:00 student panel; 13:30 formal interview with the Headteacher, Mrs Joanne Pike, and "
                       "Head of English, Mr Kieran Doyle.",
           location="Ashcombe Academy, Ashcombe Road, Bristol",
           **at("2027-02-03", "08:45", 300, *LON)),
     yes(["Ashcombe Academy", "Ashcombe"], ["hr@ashcombeacademy.org.uk", "Joanne Pike", "Kieran Doyle"]),
     "en", JAYRES),
    # a supply agency books a trial day at a school: company = the school, consultant thanked too
    (event("Trial day – KS2 Class Teacher – St Brigid's Primary",
           organizer=org("amy.lowe@brightpatheducation.co.uk", "Amy Lowe"),
           guests=[guest("amy.lowe@brightpatheducation.co.uk", "Amy Lowe")],
           description="Confirmed with St Brigid's: you will teach a Maths lesson to Year 4 and meet the "
                       "Headteacher, Mr Owen Gallagher. Call me after!",
           location="St Brigid's Catholic Primary School, Harrow",
           **at("2027-01-26", "08:30", 420, *LON)),
     yes(["St Brigid's Primary", "St Brigid's Catholic Primary School", "St Brigid's"],
         ["amy.lowe@brightpatheducation.co.uk", "Owen Gallagher"]), "en", PROSPERO),
    # a sample lesson taught to a panel, with feedback rounds
    (event("Sample lesson + interview – Math Teacher – Redwood Charter Academy",
           organizer=org("principal@redwoodcharter.org", "Denise Albright"),
           guests=[guest("principal@redwoodcharter.org", "Denise Albright"),
                   guest("m.chen@redwoodcharter.org", "Michael Chen")],
           description="Prepare a 10-minute lesson for five 'students' (staff). We'll give feedback and ask "
                       "you to re-teach.",
           location="Redwood Charter Academy, 1200 Fulton St, Oakland",
           **at("2027-02-05", "15:30", 75, *LA)),
     yes(["Redwood Charter Academy", "Redwood Charter", "Redwoodcharter"],
         ["principal@redwoodcharter.org", "m.chen@redwoodcharter.org"]), "en", NCTQ),
    # a school district's panel; the panel is named in the description only
    (event("Panel Interview – Elementary Teacher – Clearwater Area School District",
           organizer=org("hr@clearwatersd.org", "Clearwater ASD Human Resources"),
           guests=[guest("hr@clearwatersd.org", "Clearwater ASD Human Resources")],
           description="Panel: Principal Gail Hendricks, 3rd-grade teacher Tom Baird, board member Lisa "
                       "Marchetti. Bring your portfolio.",
           location="Clearwater ASD Administration Building, Board Room",
           **at("2027-02-10", "16:00", 45, *NY)),
     yes(["Clearwater Area School District", "Clearwater ASD", "Clearwater"],
         ["hr@clearwatersd.org", "Gail Hendricks", "Tom Baird", "Lisa Marchetti"]), "en", SRU),
    # the owner typed in an interview with a principal
    (event("Interview w/ Principal Dana Whitfield – 4th grade – Lakeview Elementary", organizer=SELF,
           description="Be yourself. Bring resumes + notebook.",
           location="Lakeview Elementary, front office",
           **at("2027-02-12", "13:15", 45, *CHI)),
     yes(["Lakeview Elementary", "Lakeview"], ["Dana Whitfield"]), "en", CURTREES),
    # an international school's interview with a demo lesson on video
    (event("Interview + demo lesson – Bright Harbour International School",
           organizer=org("recruitment@brightharbour.edu.sg", "Bright Harbour Recruitment"),
           guests=[guest("recruitment@brightharbour.edu.sg", "Bright Harbour Recruitment"),
                   guest("d.fairley@brightharbour.edu.sg", "Dominic Fairley")],
           description="15-minute demo lesson (Grade 6 ESL, topic of your choice), then interview with the "
                       "Head of Primary, Dominic Fairley." + ZOOM,
           **at("2027-02-08", "17:00", 60, *SGP)),
     yes(["Bright Harbour International School", "Bright Harbour", "Brightharbour"],
         ["recruitment@brightharbour.edu.sg", "d.fairley@brightharbour.edu.sg"]), "en", FEARLESS),
    # a UK Civil Service interview mailed by the jobs service (tool mailbox out); the panel chair named
    (event("Interview: Higher Executive Officer – Policy Adviser (ref 340122)",
           organizer=org("noreply@civilservicejobs.example.gov.uk", "Civil Service Jobs"),
           description="Department for Coastal Communities. You will be assessed on Behaviours (Seeing the Big "
                       "Picture, Delivering at Pace) and Strengths. Panel chair: Ruth Okeke.",
           **at("2027-02-17", "10:00", 50, *LON)),
     yes(["Department for Coastal Communities", "Coastal Communities"], ["Ruth Okeke"]), "en", GOVUK_SP),
    # an inspectorate's video interview, panel as guests
    (event("Video interview – Inspection Officer – HM Inspectorate of Public Transport",
           organizer=org("recruitment@hmipt.example.gov.uk", "HMIPT Recruitment"),
           guests=[guest("recruitment@hmipt.example.gov.uk", "HMIPT Recruitment"),
                   guest("s.barlow@hmipt.example.gov.uk", "Simon Barlow"),
                   guest("n.achebe@hmipt.example.gov.uk", "Nkechi Achebe")],
           description="Behaviour-based questions (Making Effective Decisions, Communicating and Influencing)."
                       + TEAMS,
           **at("2027-02-23", "14:00", 60, *LON)),
     yes(["HM Inspectorate of Public Transport", "HMIPT"],
         ["recruitment@hmipt.example.gov.uk", "s.barlow@hmipt.example.gov.uk", "n.achebe@hmipt.example.gov.uk"]),
     "en", HMICFRS),
    # the owner's note of a Civil Service video interview, nobody named
    (event("Civil Service interview (video) – EO Caseworker – Land Valuation Agency", organizer=SELF,
           description="Link in the invite email. STAR examples ready.",
           **at("2027-03-02", "11:30", 45, *LON)),
     yes(["Land Valuation Agency"], []), "en", AICM),

    # the onsite after the phone interview: a room, one interviewer declined (out)
    (event("Onsite interview – Cobaltline Networks – Pat Lee",
           organizer=org("recruiting.coord@cobaltline.com", "Cobaltline Recruiting Coordination"),
           guests=[guest("recruiting.coord@cobaltline.com", "Cobaltline Recruiting Coordination"),
                   guest("bruce.z@cobaltline.com", "Bruce Zhu"),
                   guest("a.petrov@cobaltline.com", "Alexei Petrov"),
                   guest("h.singh@cobaltline.com", "Harpreet Singh", "declined"),
                   room("c_3d0c55@resource.calendar.google.com", "CBL-VAN-4-Granville (8)")],
           description="Two technical rounds and lunch with the team. Visitor badge at reception.",
           location="Cobaltline Networks, 4th floor, 1055 W Georgia St, Vancouver",
           **at("2027-02-02", "10:00", 180, *VAN)),
     yes(["Cobaltline Networks", "Cobaltline"],
         ["recruiting.coord@cobaltline.com", "bruce.z@cobaltline.com", "a.petrov@cobaltline.com"]), "en", GIST_OA),
    # the second ZooKeep-registered interview, in person, sent by the interviewer herself
    (event("2nd interview – Customer Success Associate (Sakura Trading)",
           organizer=org("hana.mori@sakuratrading.sg", "Hana Mori"),
           guests=[guest("hana.mori@sakuratrading.sg", "Hana Mori"),
                   guest("t.lim@sakuratrading.sg", "Terence Lim")],
           description="In person with our Director, Terence Lim. Please bring your NRIC/passport.",
           location="Sakura Trading Pte Ltd, 8 Marina View, #21-04, Singapore",
           **at("2027-01-27", "15:00", 60, *SGP)),
     yes(["Sakura Trading", "Sakura Trading Pte Ltd", "Sakuratrading"],
         ["hana.mori@sakuratrading.sg", "t.lim@sakuratrading.sg"]), "en", ZOOKEEP),
    # a second interview the university's HR mailbox scheduled on Teams
    (event("Second Interview – Program Coordinator – Pat Lee",
           organizer=org("hr-recruit@cascadiastate.edu", "Cascadia State HR Recruiting"),
           guests=[guest("hr-recruit@cascadiastate.edu", "Cascadia State HR Recruiting"),
                   guest("dmorrow@cascadiastate.edu", "Dana Morrow"),
                   guest("v.okonkwo@cascadiastate.edu", "Vivian Okonkwo")],
           description="Second interview with Dana Morrow and Associate Dean Vivian Okonkwo." + TEAMS,
           **at("2027-01-29", "09:00", 45, *LA)),
     yes(["Cascadia State University", "Cascadia State", "Cascadiastate"],
         ["hr-recruit@cascadiastate.edu", "dmorrow@cascadiastate.edu", "v.okonkwo@cascadiastate.edu"]),
     "en", UW_WORKDAY),
    # the final on-campus interview after both phone screens
    (event("On-campus Interview – Financial Aid Counselor – Pat Lee",
           organizer=org("talent@emberlycollege.edu", "Emberly College Talent Acquisition"),
           guests=[guest("k.oduya@emberlycollege.edu", "Kwame Oduya"),
                   guest("l.brennan@emberlycollege.edu", "Laura Brennan"),
                   room("c_8e1a47@resource.calendar.google.com", "EMB-Student-Svcs-Conf-A (10)")],
           description="Meet the hiring manager and Laura Brennan, Director of Financial Aid. Parking validated.",
           location="Emberly College, Student Services Building",
           **at("2027-02-03", "13:00", 90, *NY)),
     yes(["Emberly College", "Emberly", "Emberlycollege"],
         ["talent@emberlycollege.edu", "k.oduya@emberlycollege.edu", "l.brennan@emberlycollege.edu"]), "en", EMERSON),

    # ============================================================ not interviews, English
    # an online research community's scheduled video discussion (participant)
    (event("Scheduled video discussion – Everyday Banking study",
           organizer=org("noreply@insightcommunity.example.com", "Insight Community"),
           description="You are confirmed. Join from the link within 6 hours of the start time.",
           **at("2027-01-17", "18:00", 45, *TOR)),
     None, "en", ALIDA),
    # a user-testing session with an incentive
    (event("User testing session – Harbour Bank app ($80 gift card)",
           organizer=org("research@sitbacklab.example.com", "Harbour Bank UX Research"),
           guests=[guest("research@sitbacklab.example.com", "Harbour Bank UX Research")],
           description="Thanks for signing up. Directions to the lab and the researcher's mobile are below; "
                       "please arrive 10 minutes early.",
           location="Research Lab, Level 2, 50 Pitt St, Sydney",
           **at("2027-01-23", "10:00", 60, *MEL)),
     None, "en", SITBACK),
    # visa interviews (student; work visa naming the employer)
    (event("Visa interview – U.S. Embassy Nairobi (F-1)", organizer=SELF,
           description="Passport, DS-160 confirmation, MRV fee receipt, appointment letter. No phones inside.",
           location="U.S. Embassy, United Nations Ave, Nairobi",
           visibility="private",
           **at("2027-01-28", "08:00", 180, *NBO)),
     None, "en", NAIROBI),
    (event("Visa appointment – U.S. Embassy Bridgetown (H-1B, Cobaltline Networks petition)", organizer=SELF,
           description="Printed appointment confirmation letter. No bags or electronics.",
           location="U.S. Embassy, Wildey Business Park, Bridgetown",
           **at("2027-03-04", "07:30", 180, *BGI)),
     None, "en", BRIDGETOWN),
    # informational interviews and coffee chats
    (event("Informational interview – Sam Ortiz, UX Research at Tidewell (20 min)",
           organizer=org("sam.ortiz@tidewell.com", "Sam Ortiz"),
           guests=[guest("sam.ortiz@tidewell.com", "Sam Ortiz")],
           description="Happy to chat about how I got into research. Not hiring right now, but ask me anything!",
           **at("2027-01-14", "12:30", 20, *LA)),
     None, "en", POMONA),
    (event("Info interview w/ Marisa (pediatric OT, Harbor Pediatrics)", organizer=SELF,
           description="Send a thank-you card by mail afterwards; follow up a few times a year.",
           location="Harbor Pediatrics, 3rd floor",
           **at("2027-01-20", "16:00", 30, *LA)),
     None, "en", UP_INFO),
    (event("Coffee chat – Berkeley alum at Kestrel Capital", organizer=SELF,
           description="Informational interview; 20 minutes, my treat. Not asking for a job.",
           location="Blue Bottle, Ferry Building",
           **at("2027-01-24", "08:00", 30, *LA)),
     None, "en", BERKELEY),
    (event("Info interview with Priya (Chipotle by her office)", organizer=SELF,
           description="Questions list in Notes. Offer to pay.",
           **at("2027-02-06", "12:00", 45, *DEN)),
     None, "en", DENVER_CC),
    (event("Email Dr. Hale to confirm tomorrow's informational call (time zones!)", organizer=SELF,
           **at("2027-02-09", "09:00", 10, *NY)),
     None, "en", RCEL),
    # a college alumni interview (admission)
    (event("Alumni interview – Northfield College (undergraduate admission)",
           organizer=org("r.kessler.alum@gmail.com", "Robert Kessler"),
           guests=[guest("r.kessler.alum@gmail.com", "Robert Kessler")],
           description="Hi Jamie, looking forward to meeting you. I'm a Northfield '98 volunteer interviewer.",
           location="Panera Bread, Main St",
           **at("2027-01-30", "10:00", 60, *NY)),
     None, "en", POWERSCORE),
    # podcast guesting and hosting
    (event("Podcast guesting – 'Scaling Agencies' recording",
           organizer=org("producer@scalingagencies.fm", "Scaling Agencies Producer"),
           guests=[guest("producer@scalingagencies.fm", "Scaling Agencies Producer"),
                   guest("host@scalingagencies.fm", "Nina Kovac")],
           description="Video + audio; 50 minutes. Please use headphones and a quiet room.",
           **at("2027-01-19", "19:00", 60, *LON)),
     None, "en", PESHEV),
    (event("Podcast recording – The Career Pivot Show (guest: Pat Lee)",
           organizer=org("bookings@careerpivotshow.com", "The Career Pivot Show"),
           guests=[guest("bookings@careerpivotshow.com", "The Career Pivot Show")],
           description="Thanks for saying yes! Recording link and the one-pager with questions attached.",
           **at("2027-02-03", "17:00", 60, *NY)),
     None, "en", PODCEPT),
    (event("Pre-interview call with producer – Earning Ears",
           organizer=org("adam@w2d1prod.example.com", "Adam Spencer"),
           guests=[guest("adam@w2d1prod.example.com", "Adam Spencer")],
           description="15 min to walk through the outline and what to expect on recording day.",
           **at("2027-01-27", "18:30", 15, *MEL)),
     None, "en", W2D1),
    (event("Interview: Dana Cho for 'Family Stories' ep. 14", organizer=SELF,
           guests=[guest("dana.cho@gmail.com", "Dana Cho")],
           description="I'm hosting. Send Dana the mic checklist.",
           **at("2027-02-11", "20:00", 90, *NY)),
     None, "en", TELLMEASTORY),
    (event("Audio check – Lift Radio guest setup",
           organizer=org("studio@liftradio.example.org", "Lift Radio Studio"),
           guests=[guest("studio@liftradio.example.org", "Lift Radio Studio")],
           description="Test your headphones and microphone before next week's interview recording.",
           **at("2027-02-01", "12:00", 15, *CHI)),
     None, "en", LIFTPOD),
    (event("Podcast guest questionnaire due – Writers' Room Radio", organizer=SELF,
           description="Bio, headshot, three talking points.",
           **at("2027-02-02", "17:00", 30, *NY)),
     None, "en", AUTHORAMB),
    (event("Record guest interview – Dr. Aisha Khan (our episode 31)", organizer=SELF,
           guests=[guest("aisha.khan@kingsbridgeclinic.co.uk", "Dr. Aisha Khan")],
           description="Research notes done; questions in the shared doc.",
           **at("2027-02-15", "11:00", 60, *LON)),
     None, "en", SHEERAN),
    # medical-school admission interviews
    (event("Interview Day – Sumner School of Medicine (traditional)",
           organizer=org("mdadmissions@sumner.edu", "Sumner SOM Admissions"),
           guestsCanSeeOtherGuests=False,
           description="Welcome, financial aid presentation, two one-on-one interviews (faculty and student), "
                       "lunch and tour.",
           location="Sumner School of Medicine, Admissions Suite",
           **at("2027-01-15", "08:00", 420, *CHI)),
     None, "en", OTTOSCOPES),
    (event("MMI – Lakeshore College of Medicine (8 stations)", organizer=SELF,
           description="Arrive 7:30. Station-based, 8 minutes each.",
           **at("2027-02-06", "08:00", 240, *TOR)),
     None, "en", MEDEDITS),
    (event("Admissions Interview Committee – MMI invitation (Associate Dean)",
           organizer=org("som.admissions@delta-med.example.edu", "SOM Admissions"),
           description="You are invited to the Multiple Mini Interview: a circuit of 8-10 stations, each "
                       "evaluated by a trained rater.",
           **at("2027-02-13", "08:30", 210, *CHI)),
     None, "en", UMC),
    (event("Virtual interview day – Riverside Medical School (Zoom, ~6 hrs)", organizer=SELF,
           description="Clean background, water nearby. Actual interview ~30 min.",
           **at("2027-01-22", "09:00", 360, *LA)),
     None, "en", BGMED),
    (event("MMI prep session – ethical scenarios (coach)",
           organizer=org("coach@inspira-example.com", "Admissions Coach"),
           guests=[guest("coach@inspira-example.com", "Admissions Coach")],
           **at("2027-02-02", "19:00", 60, *NY)),
     None, "en", INSPIRA),
    (event("Recorded MMI (Admit Video) – Prairie College of Medicine", organizer=SELF,
           description="Six stations, warm-up first; 2 min to prepare, 2-3 min to record.",
           **at("2027-02-13", "11:00", 140, *CHI)),
     None, "en", MEDAPPS),
    # post-offer drug tests and physicals
    (event("Pre-employment drug test & physical (Cobaltline offer)", organizer=SELF,
           description="5-panel urine screen + basic exam. Bring ID and medication list.",
           location="Lanham Occupational Health, Lanham, MD",
           **at("2027-02-08", "08:00", 60, *NY)),
     None, "en", MDICARE),
    (event("Pre-employment drug screen – City of Shawnee Hills (contingent offer)",
           organizer=org("hr@shawneehills.example.gov", "City of Shawnee Hills HR"),
           guests=[guest("hr@shawneehills.example.gov", "City of Shawnee Hills HR")],
           description="Report to the collection site; the department will call with a start date if all "
                       "tests are satisfactory.",
           **at("2027-02-10", "07:30", 45, *CHI)),
     None, "en", SHAWNEE),
    (event("Physical for new job – urgent care", organizer=SELF,
           **at("2027-02-12", "16:00", 45, *NY)),
     None, "en", DYNAMIC),
    # an agency consultant's prep call before a client's interview is coaching (no)
    (event("Interview prep call – Amy (Brightpath) before St Brigid's trial day",
           organizer=org("amy.lowe@brightpatheducation.co.uk", "Amy Lowe"),
           guests=[guest("amy.lowe@brightpatheducation.co.uk", "Amy Lowe")],
           description="Practice questions and the lesson brief.",
           **at("2027-01-22", "17:30", 30, *LON)),
     None, "en", PROSPERO),
    # interview coaching and preparation chores
    (event("Civil Service interview coaching – Behaviours (session 1)",
           organizer=org("bookings@interviewclinic.example.co.uk", "Interview Coaching"),
           guests=[guest("bookings@interviewclinic.example.co.uk", "Interview Coaching")],
           description="STAR structure; mirror the advert's language.",
           **at("2027-02-11", "18:00", 60, *LON)),
     None, "en", ISC),
    (event("Write STAR examples – Delivering at Pace, Working Together", organizer=SELF,
           **at("2027-02-14", "10:00", 90, *LON)),
     None, "en", AICM),
    (days(event("Application deadline – Inspection Officer (behaviour statements)", organizer=SELF,
                **at("2027-01-31", "00:00", 1440, *LON)),
          "2027-01-31", "2027-02-01"),
     None, "en", HMICFRS),
    (event("PGCE seminar: preparing for interview days and observed lessons",
           organizer=org("pgce.office@avonvale.ac.uk", "PGCE Office"),
           guestsCanSeeOtherGuests=False,
           location="Avonvale University, Education Building G.12",
           **at("2027-01-18", "14:00", 120, *LON)),
     None, "en", JAYRES),
    # a teacher job fair (screening at tables) is a fair (no)
    (days(event("Teacher job fair – Pinecrest County Schools", organizer=SELF,
                description="Bring 20 resumes. Short screening chats at each school's table.",
                location="Pinecrest Convention Center",
                **at("2027-03-06", "00:00", 1440, *NY)),
          "2027-03-06", "2027-03-07"),
     None, "en", TEACHSTYLE),
    # the owner on the hiring side
    (event("Observe candidate sample lesson – Room 114 (interview panel)",
           organizer=org("office@sequoiaprep.org", "Sequoia Prep Front Office"),
           guests=[guest("office@sequoiaprep.org", "Sequoia Prep Front Office"),
                   guest("w.grant@sequoiaprep.org", "Wendy Grant")],
           description="Candidate: J. Ortega. Feedback form attached; give feedback and ask for a re-teach.",
           **at("2027-02-19", "15:30", 60, *LA)),
     None, "en", NCTQ),
    (event("Board: sit on interview panel – Spanish teacher vacancy",
           organizer=org("hr@elkvalleysd.org", "Elk Valley SD Human Resources"),
           guests=[guest("hr@elkvalleysd.org", "Elk Valley SD Human Resources"),
                   guest("p.romero@elkvalleysd.org", "Pilar Romero")],
           description="Three candidates; scoring rubric in the packet.",
           **at("2027-02-24", "16:00", 150, *NY)),
     None, "en", SRU),
    (event("Manager phone screen – J. Alvarez (Admissions Counselor)", organizer=SELF,
           guests=[guest("jalvarez.fa@gmail.com", "Jorge Alvarez")],
           description="Complete the questionnaire task in Workday afterwards.",
           **at("2027-02-03", "11:00", 30, *NY)),
     None, "en", EMERSON),
    (event("Upload screening notes to Workday – admissions search", organizer=SELF,
           **at("2027-02-04", "16:00", 30, *NY)),
     None, "en", SJU_WORKDAY),
    (event("Register interview: candidate M. Sato (confirm without email)", organizer=SELF,
           guests=[guest("m.sato.work@gmail.com", "Mei Sato")],
           description="Sales Coordinator opening; interviewer: me.",
           **at("2027-02-05", "10:00", 45, *SGP)),
     None, "en", ZOOKEEP),
    (event("Consultation between Pat Lee and Rafael Mendes",
           organizer=SELF,
           guests=[guest("rafael.mendes@lumenstudio.com", "Rafael Mendes")],
           description="Booked on your Zoom Scheduler page 'Freelance consultation (30 min)'." + ZOOM,
           **at("2027-01-25", "15:00", 30, *TOR)),
     None, "en", ZOOM_SCHED),
    (event("Interviews: Learning Technologist candidates (unique meeting IDs!)", organizer=SELF,
           description="Do not use my Personal Meeting ID. Candidate name in each topic.",
           **at("2027-03-01", "09:00", 240, *CHI)),
     None, "en", WICHITA),
    (event("Block slots for self-scheduled interviews – Benefits Analyst", organizer=SELF,
           description="Drag slots on the calendar; pick Dev as Zoom host.",
           **at("2027-01-15", "15:00", 30, *DEN)),
     None, "en", SCRIBE_SR),
    (event("Debrief – Senior Accountant loop (scorecards)",
           organizer=org("recruiting@quarrystone.com", "Quarrystone Recruiting"),
           guests=[guest("recruiting@quarrystone.com", "Quarrystone Recruiting"),
                   guest("h.fenn@quarrystone.com", "Harriet Fenn"),
                   guest("o.mbeki@quarrystone.com", "Oscar Mbeki")],
           description="Submit feedback in Ashby before the debrief. Candidates: R. Singh, T. Moreau.",
           **at("2027-01-15", "16:00", 30, *CHI)),
     None, "en", ASHBY),
    (event("Invite candidates to AI interview – Claims Associate posting", organizer=SELF,
           description="Import from talent pool; links expire after 7 days.",
           **at("2027-02-02", "09:00", 30, *NY)),
     None, "en", TALENTSYS),
    (event("Mentoring office hours",
           organizer=SELF,
           guests=[guest("leo.park@student.example.edu", "Leo Park")],
           description="Booked by Leo Park\nAppointment schedule: Mentoring office hours (30 min)" + MEET,
           **at("2027-01-28", "16:00", 30, *SGP)),
     None, "en", SCUTI),
    (event("Webinar: Reducing interview no-shows",
           organizer=org("events@cadence-scheduling.example.com", "Cadence Events"),
           guestsCanSeeOtherGuests=False,
           **at("2027-02-17", "12:00", 45, *NY)),
     None, "en", CADENCE),
    (event("Print itineraries + care packages – candidate visits", organizer=SELF,
           description="Snacks without common allergens, parking info, who they meet.",
           **at("2027-02-18", "10:00", 60, *DEN)),
     None, "en", ASKACADEMIA),
    (event("Mock job talk – department practice run", organizer=SELF,
           guests=[guest("grad.seminar@harwood-grads.example.edu", "Sociology grad seminar")],
           description="Invite people who will ask hard questions; record it.",
           **at("2027-02-10", "15:00", 75, *NY)),
     None, "en", SSSP),
    # travel to a fly-back is travel
    (event("Flight to Bexley (campus visit) – UA 1432", organizer=SELF,
           location="EWR → BTV",
           **at("2027-02-08", "17:40", 95, *NY)),
     None, "en", UT_IE),
    (event("Complete onboarding tasks in Workday (I-9 documents)", organizer=SELF,
           **at("2027-02-20", "10:00", 30, *LA)),
     None, "en", UW_WORKDAY),
    (event("Sign up for on-campus interviews (Handshake window opens)", organizer=SELF,
           **at("2027-01-11", "08:00", 15, *CHI)),
     None, "en", OU_OCI),
    (event("Meet Career Services about the missed interview (bring apology letter)",
           organizer=org("careerservices@sooner-state.example.edu", "Career Services"),
           guests=[guest("careerservices@sooner-state.example.edu", "Career Services")],
           **at("2027-02-12", "14:00", 30, *CHI)),
     None, "en", OU_OCI),
]

BLIND8: list[Case] = [*ENGLISH8, *INTL8]

_ids = [case[0]["id"] for case in BLIND8]
assert len(_ids) == len(set(_ids)), "two cases share an id"
