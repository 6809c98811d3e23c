"""Blind batch 7 of the real-material corpus (issue #15, round 7): calendar events only.

Built and labelled on 2026-12-06 before any code ran on it, after round 6's blind batch
(``real_cases_b6.py``, ``real_cases_b6_intl.py``) had been scored and moved to tuning. The helper
who wrote it never read the detection code or its documentation and never ran the detector, the
detection bench or the weight fit on these cases. Same conventions as ``real_cases.py`` and the b2
to b6 files: each case re-creates, as Google Calendar would hold it (title, plain or HTML
description, organiser, guests with display names and response status, room resources, hidden
guest lists, private visibility, location, conference text), wording documented on the public page
cited in its source; names, companies and addresses are invented; the wording is paraphrased, not
copied. Every source is new to the corpus: no URL and no domain cited by an earlier data file in
tests/data (checked with a grep over tests/data/*.py before each was used).

What it holds: 152 events, 81 job interviews (or hiring steps) the owner attends as the candidate
and 71 non-interviews; 86 in English (39 interviews) and 66 in 23 other languages (42 interviews):
German 6, French 4, Chinese 4, Arabic 4, Spanish 3, Dutch 3, Italian 3, Japanese 3, Korean 3,
Turkish 3, Hungarian 3, Slovak 3, Catalan 3, Indonesian 3, Finnish 3, Portuguese 2, Polish 2,
Greek 2, Croatian 2, Serbian 2, Russian 2, Hebrew 2, Bosnian 1. 125 cited sources on 114 domains,
none cited by an earlier file.

New to the corpus: ATS, scheduling and interviewing tools the earlier batches lack (ServiceNow
Interview Management and its employee-relations interviews, Deel's ATS booking links, HireMike and
Hire Squire scheduling agents, JobMojito and CVing recorded interviews, Microsoft Bookings virtual
appointments in Teams, Spark Hire live interviews, Vincere and JobAdder agency meetings, Calendly
to JobAdder, YouCanBookMe, Coderbyte live coding from Recruit CRM, Breezy HR, Cronofy smart
invites, Paradox with Wedge, JobGet text reminders, blindhub, a staffing platform's client
interviews, a textile job portal, TOTVS and Ixly in Brazil and the Netherlands, Karat's interview
engineers), UK council and public-appointment panels, a French territorial civil-service oral, a
Chinese public-institution interview notice, Korean and Japanese final rounds, and, new or rare
as languages, Catalan, Bosnian, Serbian, Croatian, Slovak, Hungarian, Greek, Hebrew and Finnish.
Look-alikes: employee-relations investigation interviews, exit interviews, podcast guesting (the
user as guest and as host), user-research sessions (participant, observer, researcher), visa and
consular appointments including a work-visa interview naming the future employer, informational
coffees, new-patient and mental-health intake interviews, MBA and graduate admission interviews,
career-centre workshops, courses and mock interviews, the user as interviewer, panel member, jury
member or interview engineer, vendor demos and integration calls, recruiting chores (booking links,
templates, Zaps), the candidate's own chores (rescheduling, thank-you notes, expense claims), a
post-interview medical check, a conference invitation and a job fair.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's and 6's
docstrings): ``None`` unless the event is a job interview (or a hiring step) that the calendar's
owner attends as the candidate; otherwise the accepted company spellings and exactly the people a
thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or team mailbox
(organiser or guest) are in; the candidate's own address, rooms, group addresses, no-reply and
tool mailboxes, declined guests and bots are out; people a schedule names without an address are
listed by name; addresses that appear only in the description count; an agency's recruiter is
thanked with the client's interviewers and the company is the client (the agency when the client is
not named); informational chats, fairs, medical checks and admissions are not interviews.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- an interview run by an outsourced interviewing service (Karat's interview engineers) is an
  interview for the client (company = client); the service's engineer is not thanked, the client's
  recruiter is when the invitation names one;
- an unproctored online test the employer sent (capacity test, personality questionnaire) that the
  owner wrote into the calendar is a hiring step (yes, nobody to thank), as the one-way video
  interviews of earlier rounds;
- the oral interview of a civil-service competition (a French "concours") is a selection
  interview (yes; company = the organising body);
- a public appointment interview for a board seat is an interview (yes);
- a Microsoft Bookings business mailbox that organises a virtual appointment is a tool mailbox
  (out); the staff member assigned to it is in;
- an employee-relations investigation interview, a work-visa interview that names the future
  employer and a mental-health intake "interview" are not job interviews (no);
- the user booked as the interviewer by a scheduling agent (the candidate is the other guest) is
  the hiring side (no);
- a shared mailbox of staff who only run a technical check before a video interview and take no
  part in it is out, like a room.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b7_intl.py``, split out for length; ``BLIND7`` holds both.

Scored once, at the end of round 7, for docs/detection.md and the README; tuning data since round 8.
"""

from __future__ import annotations

from detect_cases import event, guest, org, yes
from real_cases_b7_intl import (
    AKL,
    CHI,
    DEN,
    DUB,
    INTL7,
    JNB,
    KOL,
    LA,
    LON,
    MEET,
    MNL,
    NY,
    SELF,
    SGP,
    SYD,
    TEAMS,
    TOR,
    ZOOM,
    Case,
    at,
    room,
)

# Sources (found with the project's search tool, pages and docs corpora; none is cited by an
# earlier data file).
SN_FORM = ("https://www.servicenow.com/docs/r/australia/employee-service-management/interview-management/"
           "schedule-interview-form.html")
SN_SCHED = ("https://www.servicenow.com/docs/r/australia/employee-service-management/interview-management/"
            "schedule-interview.html")
SN_ER = ("https://www.servicenow.com/docs/r/australia/employee-service-management/hr-service-delivery/"
         "hr-er-ws-calendar.html")
DEEL = ("https://developer.deel.com/api/reference/endpoints/ats/post-ats-applications-by-application-id-"
        "application-activities-by-application-activity-id-interview-booking-link-sends-v-2026-11-30")
HIREMIKE = "https://glama.ai/mcp/connectors/cc.hiremike/hiremike/tools/book_follow_up_interview"
HIRESQUIRE = "https://glama.ai/mcp/connectors/com.hiresquireai/hire-squire-agent-ecosystem/tools/create_interview"
JOBMOJITO = "https://glama.ai/mcp/connectors/com.jobmojito/jobmojito/tools/invite_candidates"
MS_VIRTUAL = ("https://learn.microsoft.com/en-us/azure/communication-services/tutorials/virtual-visits/"
              "extend-teams/schedule")
UNIFIED_GH = ("https://unified.to/blog/how_to_build_interview_scheduling_across_greenhouse_outlook_and_"
              "google_calendar_with_ats_and_calendar_apis")
UNIFIED_SPARKHIRE = "https://docs.unified.to/integrations/sparkhire"
UNIFIED_VINCERE = "https://docs.unified.to/integrations/vincere"
ZAPIER_JOBADDER = ("https://zapier.com/es/apps/calendly/integrations/jobadder/1647783/create-new-jobadder-"
                   "candidates-from-newly-created-calendly-invitees")
ZAPIER_YCBM = "https://zapier.com/templates/details/94897a3ff2621b7074234fbcafcb870e9300de487807d0879a1373fba7ebdd56"
ZAPIER_CODERBYTE = ("https://zapier.com/ja/apps/coderbyte/integrations/recruitcrm/988301/invite-candidates-in-"
                    "coderbyte-with-new-updates-to-hiring-stages-in-recruit-crm")
APIDECK_JOBADDER = "https://www.apideck.com/integrations/jobadder"
SKILLS_BREEZY = "https://www.skills.sh/membranedev/application-skills/breezy"
SKILLS_CRONOFY = "https://skills.sh/membranedev/application-skills/cronofy"
BITBUCKET_SCHED = "https://bitbucket.org/blgdpse/workspace/snippets/jMX8Ej"
GITLAB_OPENCRAFT = "https://gitlab.com/opencraft/documentation/public/-/merge_requests/381"
WORKABLE_API = "https://workable.readme.io/page/video-interview-providers"
KARAT_DETAILS = "https://karat.com/candidates/interview-details/"
KARAT_IE = "https://karat.com/candidates/interview-engineers/?hsLang=en"
AISSENCE_KARAT = "https://www.aissence.ai/blog/karat-interview-what-to-expect"
PARADOX_BLOG = ("https://www.paradox.ai/blog/what-i-learned-from-scheduling-25-million-interviews?utm_campaign="
                "5720358-025%20-%20Content&utm_source=blog%20home&utm_medium=blog%20home&utm_term=blog&utm_content="
                "Adam%20interview%20scheduling")
WEDGE = "https://help.wedgehr.com/article/67-setting-up-your-paradox-workflow"
JOBGET = "https://support.jobget.com/how-candidates-are-notified-and-reminded-about-scheduled-interviews"
BLINDHUB = "https://help.blindhub.net/article/26-scheduling-an-interview"
TTA = "https://helpcenter.ttaconnect.com/topics/interview-candidates/"
TEXTILE = "https://textilejobportal.com/candidate/how-candidates-join-interviews"
WDTK = ("http://www.whatdotheyknow.com/request/13425/response/34861/attach/html/3/"
        "A%20Info%20for%20shortlisted%20applicants%20version%201.0.doc.html")
DERBYSHIRE = "https://www.derbyshiredales.gov.uk/your-council/jobs/recruitment-process"
FALKIRK = "https://www.falkirk.gov.uk/employees/policies/how-to/shortlist-for-interiew.aspx"
DCMS = "http://old.culture.gov.uk/about_us/public_appointments/1030.aspx"
AAPLA = ("https://aapladawakhana.org/docs/recruitment-standard-operating-procedure/selection-of-candidates/"
         "shortlisting/")
FINDTRANSPORT = "https://findtransportjobs.com/second-interview-invitation-email/"
FORMALLETTER = "https://formalletter.net/2019/07/02/formal-invitation-to-a-second-interview-template/"
TALENTERIA = "https://talenteria.com/news/how-compose-second-interview-invitation-email-your-candidate"
SIGNNOW = ("https://www.signnow.com/info-forms/303455-what-is-an-exit-interview-meeting-invite-form-and-its-"
           "purpose")
SAMPLELETTERR = "https://www.sampleletterr.com/exit-interview-schedule-memo-letter-guide"
HRMLABS = "https://hrmlabs.com/hr-glossary/exit-interview/"
PODETIZE = "https://podetize.com/brandcasting-client-webinar-1027/"
LEARN2VIBE = ("https://www.learn2vibe.com/coding/productivity/how-to-build-smart-podcast-guest-scheduler-"
              "calendar-sync")
RECRUITINGDAILY = ("https://recruitingdaily.com/podcast-episode/podcast-paradox-unlocking-conversational-ai-and-"
                   "video-for-hiring-with-adam-godson/")
LYSSNA = "https://www.lyssna.com/blog/efficient-interview-scheduling-for-user-research/"
USERCROWD = "https://help.usercrowd.com/en/articles/9421525-participating-in-interviews-faq"
MEDIUM_UX = ("https://medium.com/@altamedia-agency/6-things-to-consider-when-choosing-participants-for-the-ux-"
             "research-interviews-8deef4d383ee?ref=userweekly.com")
PASALIA = "https://pasaliavisas.com/blog/a-step-by-step-guide-to-preparing-for-your-visa-appointment"
K1THAI = "https://k1visathailand.com/?p=373"
BDS_CN = "http://www.bds-cn.com/en/jyys/2015/jzcs_1222/140.html"
LEGALATTEST = "https://legalattestation.site/visaAppointment.html"
SFCBOOST = "https://sfcboost.com/blog/?id=1060"
TROJANS360 = "https://trojans360.com/trojans360posts/the-art-of-the-coffee-chatnbsp"
GOODTHERAPY = "https://www.goodtherapy.org/blog/informational-interviews-the-power-of-a-cup-of-coffee-0420154"
FRESHBOOKS = "https://www.freshbooks.com/blog/informational-interviews"
UTAH_LAW = "https://law.utah.edu/cold-weather-and-hot-beverages-go-together-like-pdo-and-networking/"
CARLETON = "https://www.carleton.edu/career/students/networking/process/"
PLATFORM_MAG = "https://platformmagazine.org/2019/04/19/coffee-perfecting-the-art-of-informational-interviews/"
BIO_NEWPT = "https://biologyinsights.com/what-to-expect-at-a-new-patient-appointment"
BIO_INTAKE = "https://biologyinsights.com/what-is-an-intake-appointment-and-what-should-you-expect"
DRORACLE = "https://www.droracle.ai/articles/199154/what-is-the-recommended-intake-process-for-a-new"
RIPSYTECH = "https://www.ripsytech.com/onboarding"
ISTART = "https://istartinternational.net/blog/programs/career-starter-series-interview-session"
COURSERA = ("https://ru.coursera.org/lecture/career-planning/overview-of-interviewing-best-practices-QdXbk?"
            "authMode=login")
BLABLA = "https://blablawriting.com/job-interview-skills-essay"
GWU = "https://business.gwu.edu/prospective-students/mba-admissions/mba-application-interviews"
BANCROFT = "https://bancroftadvising.com/2015/01/09/part-1-mba-admissions-interview/"
CLEARADMIT = "https://www.clearadmit.com/2017/10/mba-admissions-interview-part-1/3/"
GMATCLUB = "https://gmatclub.com/forum/stanford-gsb-calling-all-applicants-for-class-of-151291-100.html"
MBAMISSION = "https://www.mbamission.com/blog/2016/11/29/mission-admission-when-to-schedule-interviews-5/"

ENGLISH7: list[Case] = [
    # ============================================================ interviews, English
    # ServiceNow Interview Management: the phase fills type, duration, channel and the title
    (event("Managerial Interview – Pat Lee – Senior Business Analyst (REQ0019482)",
           organizer=org("ta.coordination@orionmutual.com", "Orion Mutual Recruitment Coordination"),
           guests=[guest("ta.coordination@orionmutual.com", "Orion Mutual Recruitment Coordination"),
                   guest("d.okafor@orionmutual.com", "Daniel Okafor"),
                   guest("s.lindgren@orionmutual.com", "Sofia Lindgren", "needsAction")],
           description="Interview phase: Hiring manager round\nInterview type: Managerial\nFormat: Virtual\n"
                       "Channel: Microsoft Teams\nInterviewers: Daniel Okafor (Director, Claims Analytics), "
                       "Sofia Lindgren (Lead Business Analyst)\nDuration: 60 minutes" + TEAMS,
           **at("2027-01-12", "13:00", 60, *CHI)),
     yes(["Orion Mutual", "Orionmutual"],
         ["ta.coordination@orionmutual.com", "d.okafor@orionmutual.com", "s.lindgren@orionmutual.com"]),
     "en", SN_FORM),
    (event("Executive Interview – Pat Lee",
           organizer=org("ta.coordination@orionmutual.com", "Orion Mutual Recruitment Coordination"),
           guests=[guest("m.achterberg@orionmutual.com", "Marleen Achterberg"),
                   room("c_4f1e88@resource.calendar.google.com", "ORM-HQ-12-Boardroom (14)")],
           description="Interview type: Executive\nFormat: In person\nJob requisition: Senior Business Analyst\n"
                       "Please check in at the 12th floor reception; the coordinator will bring you up.",
           location="Orion Mutual HQ, 12th floor boardroom, 233 S Wacker Dr, Chicago",
           **at("2027-01-22", "10:00", 45, *CHI)),
     yes(["Orion Mutual", "Orionmutual"], ["ta.coordination@orionmutual.com", "m.achterberg@orionmutual.com"]),
     "en", SN_FORM),
    # a screening round scheduled from the application record; the recruiter is the only interviewer
    (event("Screening – Site Reliability Engineer – Pat Lee",
           organizer=org("v.nair@halcyonstack.com", "Vidya Nair"),
           guests=[guest("v.nair@halcyonstack.com", "Vidya Nair")],
           description="Screening round for the SRE requisition. We'll cover your on-call experience, "
                       "Kubernetes, and what you're looking for. 30 minutes, video." + ZOOM,
           **at("2027-01-13", "09:30", 30, *LA)),
     yes(["Halcyon Stack", "Halcyonstack", "HalcyonStack"], ["v.nair@halcyonstack.com"]), "en", SN_SCHED),
    # Deel ATS: the candidate picked a time from the booking link; interviewers named in the text
    (event("Interview: Product Designer – Harbor & Finch (booked)",
           organizer=org("no-reply@deel-ats-mail.com", "Harbor & Finch via Deel"),
           guestsCanSeeOtherGuests=False,
           description="You booked your interview for Product Designer at Harbor & Finch. You'll meet Ines "
                       "Carvalho (Head of Design) and Tom Reyes (Senior Designer). Need another time? The link "
                       "in your booking e-mail still works." + MEET,
           **at("2027-01-14", "15:00", 60, *NY)),
     yes(["Harbor & Finch", "Harbor and Finch", "Harbor&Finch"], ["Ines Carvalho", "Tom Reyes"]), "en", DEEL),
    # HireMike: the member's follow-up interview; the calendar file lists the member's address
    (event("Follow-up interview with Greenlane Bakery (Shift Supervisor)",
           organizer=org("bookings@hiremike.cc", "HireMike"),
           description="Greenlane Bakery booked this follow-up interview with you. Format: in person at the "
                       "Elm St store. Your interviewer: Rosa Delgado (owner), rosa@greenlanebakery.com.",
           location="Greenlane Bakery, 412 Elm St, Dallas, TX",
           **at("2027-01-15", "14:00", 30, *CHI)),
     yes(["Greenlane Bakery", "Greenlane", "Greenlanebakery"], ["rosa@greenlanebakery.com"]), "en", HIREMIKE),
    # Hire Squire: the agent confirms the time, creates the event and notifies the candidate
    (event("Interview – Operations Coordinator – Tallowmere Candle Co.",
           organizer=org("scheduler@hiresquire-mail.ai", "Hire Squire Scheduler"),
           guests=[guest("jess@tallowmere.co", "Jess Whitcombe")],
           description="Your interview with Tallowmere Candle Co. is confirmed for 45 minutes. Interviewer: "
                       "Jess Whitcombe, Operations Lead. Reply to reschedule." + MEET,
           **at("2027-01-18", "11:00", 45, *DEN)),
     yes(["Tallowmere Candle Co.", "Tallowmere Candle", "Tallowmere"], ["jess@tallowmere.co"]), "en", HIRESQUIRE),
    # JobMojito: a recorded AI interview; the owner blocked time for it (yes, nobody to thank)
    (event("Record JobMojito video interview – Northgate Credit Union (Member Service Rep)", organizer=SELF,
           description="Invitation from Northgate Credit Union via JobMojito. Personal link in the e-mail; "
                       "reminders by SMS. Finish before Friday.",
           **at("2027-01-16", "19:00", 40, *TOR)),
     yes(["Northgate Credit Union", "Northgate"], []), "en", JOBMOJITO),
    # a Bookings virtual appointment: the business mailbox organises (tool mailbox, out); the
    # assigned staff member is the interviewer
    (event("Virtual appointment: Front Desk Agent interview",
           organizer=org("HarbourviewHiring@harbourviewhotels.onmicrosoft.com", "Harbourview Hotels Hiring"),
           guests=[guest("k.mensah@harbourviewhotels.com", "Kofi Mensah")],
           description="Your virtual appointment with Harbourview Hotels is confirmed. Service: Front Desk Agent "
                       "interview (30 min). Staff: Kofi Mensah, Front Office Manager. Join from the link below; "
                       "no download needed." + TEAMS,
           **at("2027-01-19", "10:00", 30, *AKL)),
     yes(["Harbourview Hotels", "Harbourview", "Harbourviewhotels"], ["k.mensah@harbourviewhotels.com"]),
     "en", MS_VIRTUAL),
    # an onsite loop created in Outlook from the ATS; HTML body, room, coordinator
    (event("Onsite Interview Loop – Pat Lee – Staff Data Engineer",
           organizer=org("recruiting.coord@quillmark.ai", "Quillmark Recruiting Coordination"),
           guests=[guest("recruiting.coord@quillmark.ai", "Quillmark Recruiting Coordination"),
                   guest("a.feld@quillmark.ai", "Aaron Feld"),
                   guest("b.osei@quillmark.ai", "Bea Osei"),
                   guest("c.tanaka@quillmark.ai", "Chie Tanaka"),
                   guest("d.rowe@quillmark.ai", "Dmitri Rowe", "declined"),
                   room("c_9a0d11@resource.calendar.google.com", "QM-SF-5-Tidepool (6)")],
           description="<p>Hi Pat,</p><p>Here is your onsite schedule:</p><ul><li>10:00 System design – "
                       "Aaron Feld</li><li>11:00 Data modeling – Bea Osei</li><li>12:00 Lunch</li><li>13:00 "
                       "Values – Chie Tanaka</li></ul><p>Dmitri is out; Chie covers his slot.</p>",
           location="Quillmark, 5th floor, 600 Townsend St, San Francisco",
           **at("2027-01-20", "10:00", 240, *LA)),
     yes(["Quillmark", "Quillmark AI"],
         ["recruiting.coord@quillmark.ai", "a.feld@quillmark.ai", "b.osei@quillmark.ai", "c.tanaka@quillmark.ai"]),
     "en", UNIFIED_GH),
    # Spark Hire live interview: the platform mails the invite, the interviewer's address is in the body
    (event("Live Interview: Pat Lee – Marketing Coordinator",
           organizer=org("notifications@sparkhire-mail.com", "Spark Hire"),
           description="Beacon Orchard Realty has scheduled a live video interview with you. Interviewer: "
                       "Morgan Tate (morgan.tate@beaconorchard.com). Test your camera before joining.",
           **at("2027-01-21", "16:00", 30, *NY)),
     yes(["Beacon Orchard Realty", "Beacon Orchard", "Beaconorchard"], ["morgan.tate@beaconorchard.com"]),
     "en", UNIFIED_SPARKHIRE),
    # an agency's CRM meeting: company = client
    (event("Client Interview – Meridian Freight – Pat Lee (Transport Planner)",
           organizer=org("olivia.grant@keelrecruitment.co.uk", "Olivia Grant"),
           guests=[guest("olivia.grant@keelrecruitment.co.uk", "Olivia Grant"),
                   guest("h.patel@meridianfreight.co.uk", "Harish Patel")],
           description="Candidate: Pat Lee. Client: Meridian Freight. Interviewer: Harish Patel, Head of "
                       "Planning. Stage: 1st interview. Call me straight after for feedback.",
           location="Meridian Freight, Unit 4, Trafford Park, Manchester",
           **at("2027-01-25", "11:00", 60, *LON)),
     yes(["Meridian Freight", "Meridian", "Meridianfreight"],
         ["olivia.grant@keelrecruitment.co.uk", "h.patel@meridianfreight.co.uk"]), "en", UNIFIED_VINCERE),
    # a Calendly booking with an agency recruiter about a specific role at an unnamed client
    (event("Pat Lee and Tom Ashby",
           organizer=org("tom.ashby@northwoodfinancesearch.com", "Tom Ashby"),
           guests=[guest("tom.ashby@northwoodfinancesearch.com", "Tom Ashby")],
           description="Event Name: Candidate screen – Senior Accountant (confidential client)\n\nPlease share "
                       "anything that will help prepare for our meeting: applied via the job board ad, "
                       "available in 4 weeks.\n\nPowered by Calendly.com",
           **at("2027-01-18", "12:30", 30, *TOR)),
     yes(["Northwood Finance Search", "Northwood", "Northwoodfinancesearch"], ["tom.ashby@northwoodfinancesearch.com"]),
     "en", ZAPIER_JOBADDER),
    # YouCanBookMe: the booking page creates the event; the manager is named in the confirmation
    (event("Booking confirmed: Interview slot – Warehouse Supervisor (Kestrel Parcel)",
           organizer=org("no-reply@youcanbook-mail.me", "Kestrel Parcel Bookings"),
           description="Thanks Pat, your interview is booked. You'll meet Gary Lund, Site Manager. Bring ID and "
                       "wear safety shoes for the floor walk. To cancel, use the link in your e-mail.",
           location="Kestrel Parcel Depot, Bay 3, 19 Colmore Rd, Auckland",
           **at("2027-01-26", "08:00", 45, *AKL)),
     yes(["Kestrel Parcel", "Kestrel"], ["Gary Lund"]), "en", ZAPIER_YCBM),
    # Coderbyte live coding, invited when the stage changed in Recruit CRM
    (event("Live coding interview (Coderbyte) – Backend Engineer – Skyline Ledger",
           organizer=org("hiring@skylineledger.io", "Skyline Ledger Hiring"),
           guests=[guest("hiring@skylineledger.io", "Skyline Ledger Hiring"),
                   guest("r.kaur@skylineledger.io", "Ravneet Kaur")],
           description="Next stage: a 60-minute live coding session in Coderbyte with Ravneet Kaur (Engineering "
                       "Manager). Language of your choice. The pad link arrives by e-mail 1 hour before.",
           **at("2027-01-27", "14:00", 60, *SGP)),
     yes(["Skyline Ledger", "Skylineledger"], ["hiring@skylineledger.io", "r.kaur@skylineledger.io"]),
     "en", ZAPIER_CODERBYTE),
    (event("Interview – Pat Lee – Payroll Officer",
           organizer=org("careers@wattlecare.org.au", "WattleCare Careers"),
           guests=[guest("careers@wattlecare.org.au", "WattleCare Careers"),
                   guest("n.obrien@wattlecare.org.au", "Niamh O'Brien")],
           description="Panel: Niamh O'Brien (Payroll Manager) and a member of the People team. Please bring "
                       "proof of your right to work in Australia.",
           location="WattleCare, Level 3, 88 Phillip St, Parramatta NSW",
           **at("2027-01-28", "10:30", 45, *SYD)),
     yes(["WattleCare", "Wattlecare", "Wattle Care"], ["careers@wattlecare.org.au", "n.obrien@wattlecare.org.au"]),
     "en", APIDECK_JOBADDER),
    # Breezy HR: the event title is "Phone Screen: <candidate> for <position>"
    (event("Phone Screen: Pat Lee for Customer Support Specialist",
           organizer=org("no-reply@breezy-mail.hr", "Pinecone Health via Breezy"),
           guests=[guest("m.holloway@pineconehealth.com", "Marcus Holloway")],
           description="Marcus Holloway will call you at the number on your application. 20 minutes.",
           **at("2027-01-29", "13:00", 20, *DEN)),
     yes(["Pinecone Health", "Pinecone", "Pineconehealth"], ["m.holloway@pineconehealth.com"]), "en", SKILLS_BREEZY),
    # a Cronofy smart invite: the sender is a tool address, the interviewer is named in the text
    (event("Interview with Northlake Family Clinic – Patient Services Representative",
           organizer=org("smart-invite@cronofy-mail.com", "Northlake Family Clinic"),
           description="Accept this invitation to add it to your calendar. Interviewer: Dr. Alana Brooks "
                       "(Practice Manager), abrooks@northlakeclinic.com. Park in the staff lot.",
           location="Northlake Family Clinic, 2200 Lake Rd, Minneapolis",
           **at("2027-02-01", "08:30", 30, *CHI)),
     yes(["Northlake Family Clinic", "Northlake Clinic", "Northlake", "Northlakeclinic"],
         ["abrooks@northlakeclinic.com"]), "en", SKILLS_CRONOFY),
    # an interview schedule sheet: interviewers by initials in the grid, names in the key
    (event("Interview schedule – Assistant Registrar – afternoon",
           organizer=org("hr.scheduling@westbrook.edu", "Westbrook College HR Scheduling"),
           description="1:00 p.m. Candidate reports to Room 199\n1:15 p.m. Meet with KP / MC, Room 193\n"
                       "2:15 p.m. Campus walk with student ambassador\nKey: KP = Karen Pollard (Registrar), "
                       "MC = Miguel Castro (Associate Registrar)",
           location="Westbrook College, Admin Building, Room 199",
           **at("2027-02-02", "13:00", 120, *NY)),
     yes(["Westbrook College", "Westbrook"], ["hr.scheduling@westbrook.edu", "Karen Pollard", "Miguel Castro"]),
     "en", BITBUCKET_SCHED),
    # a remote open-source firm's first personal contact: interview + a Python exercise
    (event("Interview with Larchwood (Python exercise included)",
           organizer=org("jobs@larchwood.tech", "Larchwood Jobs"),
           guests=[guest("jobs@larchwood.tech", "Larchwood Jobs"), guest("eli@larchwood.tech", "Eli Novak")],
           description="Hi Pat, I'm Eli, and I'll be your interviewer. We'll talk for 20 minutes, then work "
                       "through a short coding exercise together in Python (not JavaScript). No trick "
                       "questions." + MEET,
           **at("2027-02-03", "16:00", 60, *DUB)),
     yes(["Larchwood", "Larchwood Tech"], ["jobs@larchwood.tech", "eli@larchwood.tech"]), "en", GITLAB_OPENCRAFT),
    # a one-way video interview pushed from Workable by a video-interview provider
    (event("Video interview (Aptitude) – Bellhaven Dental Group",
           organizer=org("invites@vidmo-interviews.com", "Vidmo"),
           description="Bellhaven Dental Group invited you to a video interview for Dental Receptionist. Record "
                       "your answers before the link expires. Template: Aptitude – front office.",
           **at("2027-02-04", "18:00", 30, *NY)),
     yes(["Bellhaven Dental Group", "Bellhaven Dental", "Bellhaven"], []), "en", WORKABLE_API),
    # an outsourced technical interview: company = client; the interview engineer is not thanked,
    # the client's recruiter named in the text is
    (event("Karat Interview – Pat Lee – Software Engineer II (Quarry Systems)",
           organizer=org("scheduling@karat-mail.com", "Karat Scheduling"),
           description="Your technical interview for Quarry Systems is confirmed. A Karat Interview Engineer "
                       "will conduct it: 10-20 minutes of knowledge questions, then 45 minutes of programming. "
                       "Questions about the role? Contact your recruiter, Ana Ruiz (ana.ruiz@quarrysystems.com).",
           **at("2027-02-05", "12:00", 60, *LA)),
     yes(["Quarry Systems", "Quarry", "Quarrysystems"], ["ana.ruiz@quarrysystems.com"]), "en", KARAT_DETAILS),
    (event("Karat screen – Brightline Mobility (45 min, 2 problems, CoderPad)", organizer=SELF,
           description="First-round technical screen for Brightline. Talk through the approach; ask questions "
                       "at the end.",
           **at("2027-02-06", "10:00", 45, *NY)),
     yes(["Brightline Mobility", "Brightline"], []), "en", AISSENCE_KARAT),
    # Paradox scheduled a panel across time zones plus a warehouse tour; the assistant bot is out
    (event("Panel interview + warehouse tour – Operations Manager – Cobalt Cold Storage",
           organizer=org("olivia@cobaltcold-paradox.ai", "Olivia (Cobalt Cold Storage)"),
           guests=[guest("t.mwangi@cobaltcold.com", "Teresa Mwangi"),
                   guest("p.gallo@cobaltcold.com", "Paolo Gallo"),
                   guest("r.singh@cobaltcold.com", "Ravi Singh", "tentative")],
           description="Hi Pat! Olivia here. Your panel is set: Teresa Mwangi (GM), Paolo Gallo (Safety) and "
                       "Ravi Singh (joining from Toronto). After the panel, Paolo will walk you through the "
                       "warehouse. Reply HELP for a person.",
           location="Cobalt Cold Storage, 9 Terminal Way, Atlanta, GA",
           **at("2027-02-08", "09:00", 120, *NY)),
     yes(["Cobalt Cold Storage", "Cobalt Cold", "Cobaltcold"],
         ["t.mwangi@cobaltcold.com", "p.gallo@cobaltcold.com", "r.singh@cobaltcold.com"]), "en", PARADOX_BLOG),
    # after the recorded interview, the franchise owner invites to an in-person interview
    (event("In-person interview – Office Coordinator – Brightside Home Cleaning (Plano)",
           organizer=org("owner.plano@brightsidehome.com", "Dee Harrow"),
           guests=[guest("owner.plano@brightsidehome.com", "Dee Harrow")],
           description="Thanks for recording your video interview! I'd love to meet in person. 30 minutes at "
                       "the office.",
           location="Brightside Home Cleaning, 1801 Preston Rd Ste 120, Plano, TX",
           **at("2027-02-09", "11:00", 30, *CHI)),
     yes(["Brightside Home Cleaning", "Brightside", "Brightsidehome"], ["owner.plano@brightsidehome.com"]),
     "en", WEDGE),
    (event("Interview: Line Cook at Saltgrass Diner",
           organizer=org("no-reply@jobget-mail.com", "JobGet"),
           description="Interview booked! Location and time below. Ask for Manny Ortiz (Kitchen Manager). "
                       "You can reschedule or cancel up to 12 hours before.",
           location="Saltgrass Diner, 77 Harbor St, Quincy, MA",
           **at("2027-02-10", "15:30", 20, *NY)),
     yes(["Saltgrass Diner", "Saltgrass"], ["Manny Ortiz"]), "en", JOBGET),
    (event("Interview – Accessibility QA Tester – Larkspur Digital",
           organizer=org("h.quinn@larkspurdigital.com", "Hannah Quinn"),
           guests=[guest("h.quinn@larkspurdigital.com", "Hannah Quinn"),
                   guest("l.abara@larkspurdigital.com", "Lucas Abara")],
           description="Thanks for accepting our interview request. Screen-reader friendly agenda attached. "
                       "Hannah Quinn (QA Lead) and Lucas Abara (Product Owner). Captions on by default." + ZOOM,
           **at("2027-02-11", "14:00", 45, *NY)),
     yes(["Larkspur Digital", "Larkspur", "Larkspurdigital"], ["h.quinn@larkspurdigital.com", "l.abara@larkspurdigital.com"]),
     "en", BLINDHUB),
    # a staffing platform confirms the talent's availability and invites both sides; company = client
    (event("Interview: Pat Lee / Redwood Pediatric Therapy (Talent Connect)",
           organizer=org("coordinators@talentconnect-staff.com", "Talent Connect Coordinators"),
           guests=[guest("coordinators@talentconnect-staff.com", "Talent Connect Coordinators"),
                   guest("c.ng@redwoodpeds.com", "Cheryl Ng")],
           description="We've confirmed your availability. Client: Redwood Pediatric Therapy. Interviewer: "
                       "Cheryl Ng, Clinic Director. Position: Occupational Therapy Assistant (contract).",
           **at("2027-02-12", "12:00", 30, *LA)),
     yes(["Redwood Pediatric Therapy", "Redwood Pediatric", "Redwood", "Redwoodpeds"],
         ["coordinators@talentconnect-staff.com", "c.ng@redwoodpeds.com"]), "en", TTA),
    (event("Interview request: Merchandiser – Indus Weave Exports (Zoom)",
           organizer=org("no-reply@textilejobs-portal.com", "Textile Job Portal"),
           description="Company message: Please join on time with your portfolio of buying sheets. — Ravi Menon, "
                       "HR, Indus Weave Exports. Platform: Zoom.",
           **at("2027-02-15", "11:30", 30, *KOL)),
     yes(["Indus Weave Exports", "Indus Weave"], ["Ravi Menon"]), "en", TEXTILE),
    # a UK public body's shortlisting letter turned into an invite: panel named, ID and right to work
    (event("Interview – Information Governance Officer – North Fenwick District Council",
           organizer=org("recruitment@northfenwick.gov.uk", "North Fenwick DC Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Panel: Gemma Hart (Head of Legal) and Owen Pryce (Data Protection Officer). Bring proof "
                       "of identity, proof of your right to work in the UK, and your qualification certificates. "
                       "Interview expenses can be claimed on the enclosed form. Contact: 01234 567 210.",
           location="Council Offices, Market Square, Fenwick",
           **at("2027-02-16", "10:00", 60, *LON)),
     yes(["North Fenwick District Council", "North Fenwick DC", "North Fenwick", "Northfenwick"],
         ["recruitment@northfenwick.gov.uk", "Gemma Hart", "Owen Pryce"]), "en", WDTK),
    (event("Interview and presentation – Environmental Health Officer",
           organizer=org("hr@ashdalevale.gov.uk", "Ashdale Vale District Council HR"),
           guests=[guest("hr@ashdalevale.gov.uk", "Ashdale Vale District Council HR"),
                   guest("l.morton@ashdalevale.gov.uk", "Lydia Morton"),
                   guest("s.bibi@ashdalevale.gov.uk", "Samina Bibi")],
           description="Please prepare a 10-minute presentation: 'Improving food hygiene ratings in small "
                       "takeaways'. Two managers from Environmental Services will interview you with a standard set "
                       "of questions.",
           location="Town Hall, Bank Rd, Matlock",
           **at("2027-02-17", "13:30", 75, *LON)),
     yes(["Ashdale Vale District Council", "Ashdale Vale", "Ashdalevale"],
         ["hr@ashdalevale.gov.uk", "l.morton@ashdalevale.gov.uk", "s.bibi@ashdalevale.gov.uk"]), "en", DERBYSHIRE),
    # a Scottish council panel: chair plus panel member; a parent council rep observes, named only by role
    (event("Interview – Early Years Practitioner (Talentlink ref 27/0193)",
           organizer=org("k.robertson@carronvale.gov.uk", "Kirsty Robertson"),
           guests=[guest("k.robertson@carronvale.gov.uk", "Kirsty Robertson"),
                   guest("a.mcleod@carronvale.gov.uk", "Alan McLeod")],
           description="Panel chair: Kirsty Robertson (Head of Centre). Panel member: Alan McLeod. A Parent "
                       "Council representative will observe but takes no part in the decision.",
           location="Carronvale Early Learning Centre, Bainsford",
           **at("2027-02-18", "14:00", 45, *LON)),
     yes(["Carronvale Council", "Carronvale", "Carronvale Early Learning Centre"],
         ["k.robertson@carronvale.gov.uk", "a.mcleod@carronvale.gov.uk"]), "en", FALKIRK),
    # a public appointment: the panel interviews for a board seat (yes)
    (event("Interview: appointment as Trustee – National Waterways Heritage Board",
           organizer=org("public.appointments@heritage-dept.gov.uk", "Public Appointments Team"),
           guestsCanSeeOtherGuests=False,
           description="The panel: a senior official of the Department (chair), an Independent Public "
                       "Appointments Assessor and the Chair of the Board, Dame Helen Ashworth. You will be asked "
                       "about the skills and experience in the published criteria.",
           location="100 Parliament St, London",
           **at("2027-02-19", "11:00", 45, *LON)),
     yes(["National Waterways Heritage Board", "Department for Heritage", "Heritage-Dept"],
         ["public.appointments@heritage-dept.gov.uk", "Helen Ashworth"]), "en", DCMS),
    (event("Written test + interview – Programme Officer – Saathi Health Mission",
           organizer=org("hr@saathihealth.org", "Saathi Health Mission HR"),
           guests=[guest("hr@saathihealth.org", "Saathi Health Mission HR"),
                   guest("dr.kulkarni@saathihealth.org", "Dr. Meera Kulkarni")],
           description="Shortlisted candidates are informed at least 5 working days ahead. 45-minute written test, "
                       "then an interview with the panel chaired by Dr. Meera Kulkarni. Tell us about any "
                       "adjustments you need.",
           location="Saathi Health Mission, Plot 12, Baner Rd, Pune",
           **at("2027-02-22", "10:00", 150, *KOL)),
     yes(["Saathi Health Mission", "Saathi Health", "Saathi", "Saathihealth"],
         ["hr@saathihealth.org", "dr.kulkarni@saathihealth.org"]), "en", AAPLA),
    (event("Invitation to second interview at Crestline Haulage – Fleet Planner",
           organizer=org("people@crestlinehaulage.com", "Crestline Haulage People Team"),
           guests=[guest("people@crestlinehaulage.com", "Crestline Haulage People Team"),
                   guest("g.barros@crestlinehaulage.com", "Gustavo Barros")],
           description="Thank you for talking to us about the Fleet Planner position. We'd like to invite you "
                       "for a second interview at our office with Gustavo Barros, Transport Manager. About 60 "
                       "minutes; we'll review the planning exercise you sent. Bring your ID.",
           location="Crestline Haulage, 5 Dock Rd, Durban",
           **at("2027-02-23", "09:00", 60, *JNB)),
     yes(["Crestline Haulage", "Crestline", "Crestlinehaulage"],
         ["people@crestlinehaulage.com", "g.barros@crestlinehaulage.com"]), "en", FINDTRANSPORT),
    (event("Second interview – Pat Lee – Business Development Associate",
           organizer=org("hr@marinduqueshipping.com.ph", "Marinduque Shipping HR"),
           guestsCanSeeOtherGuests=False,
           description="Dear Pat, we are happy to inform you that you passed the first round of interviews. At "
                       "your arrival the receptionist will escort you to the meeting room. The interview should "
                       "last up to two hours.",
           location="Marinduque Shipping Corp., 21F Ayala Tower, Makati",
           **at("2027-02-24", "14:00", 120, *MNL)),
     yes(["Marinduque Shipping", "Marinduque Shipping Corp.", "Marinduque", "Marinduqueshipping"],
         ["hr@marinduqueshipping.com.ph"]), "en", FORMALLETTER),
    (event("2nd interview – Marketing Lead – Foxglove Labs",
           organizer=org("talent@foxglovelabs.com", "Foxglove Labs Talent"),
           guests=[guest("talent@foxglovelabs.com", "Foxglove Labs Talent"),
                   guest("n.adeyemi@foxglovelabs.com", "Ngozi Adeyemi")],
           description="We were impressed by your preparation in round one. You'll meet our CEO, Ngozi Adeyemi, "
                       "for 45 minutes. Suggest another time if this one doesn't suit." + ZOOM,
           **at("2027-02-25", "17:00", 45, *LON)),
     yes(["Foxglove Labs", "Foxglove", "Foxglovelabs"], ["talent@foxglovelabs.com", "n.adeyemi@foxglovelabs.com"]),
     "en", TALENTERIA),
    # a requisition-numbered title from an enterprise ATS; HTML with a mailto link to the interviewer
    (event("Interview Confirmation - REQ27-0412 - Clinical Data Coordinator",
           organizer=org("noreply-talent@stmarkshealth.org", "St. Mark's Health Talent Acquisition"),
           guestsCanSeeOtherGuests=False,
           description="<p>Dear Pat,</p><p>Your interview is confirmed.</p><p><b>Interviewer:</b> <a href=\""
                       "mailto:j.whitaker@stmarkshealth.org\">Janelle Whitaker</a>, Manager, Clinical Research</p>"
                       "<p><b>Type:</b> Virtual (Teams)</p>" + TEAMS,
           **at("2027-03-01", "09:00", 45, *NY)),
     yes(["St. Mark's Health", "St Marks Health", "St. Mark's", "Stmarkshealth"], ["j.whitaker@stmarkshealth.org"]),
     "en", SN_FORM),
    # the recruiter phoned the owner; the owner wrote the slot and the name down
    (event("Phone interview w/ Priya from Lumen Ridge Energy (she calls)", organizer=SELF,
           description="Priya Raman, Talent Partner, priya.raman@lumenridge.com. Analyst role, 25 min.",
           **at("2027-03-02", "12:00", 25, *DEN)),
     yes(["Lumen Ridge Energy", "Lumen Ridge", "Lumenridge"], ["priya.raman@lumenridge.com"]), "en", SN_SCHED),
    (event("Final round – VP Operations – Tallowmere Candle Co.",
           organizer=org("jess@tallowmere.co", "Jess Whitcombe"),
           guests=[guest("jess@tallowmere.co", "Jess Whitcombe"), guest("founder@tallowmere.co", "Amos Tallow")],
           description="Final conversation with our founder Amos and me. We'll talk about the first 90 days.",
           location="Tallowmere workshop, 14 Larimer St, Denver",
           **at("2027-03-03", "15:00", 60, *DEN)),
     yes(["Tallowmere Candle Co.", "Tallowmere Candle", "Tallowmere"], ["jess@tallowmere.co", "founder@tallowmere.co"]),
     "en", HIRESQUIRE),
    # ============================================================ look-alikes, English
    # an employee-relations investigation interview: not a job interview
    (event("ER Interview – Case HRC0041277 (witness)",
           organizer=org("er.specialist@orionmutual.com", "Employee Relations"),
           guests=[guest("er.specialist@orionmutual.com", "Employee Relations")],
           description="You have been asked to attend as a witness in an employee relations case. The "
                       "interview record will be kept with the case. Confidential.",
           **at("2027-01-14", "11:00", 45, *CHI)),
     None, "en", SN_ER),
    (event("Exit interview – Pat Lee (last week)",
           organizer=org("people@quillbooks.example.com", "People Team"),
           guests=[guest("people@quillbooks.example.com", "People Team")],
           description="Thanks for everything. We'd value your feedback on your role, management, culture and "
                       "benefits. Confidential; you may decline.",
           **at("2027-01-29", "15:00", 30, *NY)),
     None, "en", SIGNNOW),
    (event("Memo: exit interview schedule – departing staff (Ops)", organizer=SELF,
           description="Send memo to the two leavers with date, time, location, duration and a confidentiality "
                       "note. I run the interviews.",
           **at("2027-01-25", "09:00", 20, *NY)),
     None, "en", SAMPLELETTERR),
    (event("Exit survey + interview on my last day", organizer=SELF,
           description="HR will hand over the exit form; return laptop and badge after.",
           **at("2027-01-29", "16:00", 30, *NY)),
     None, "en", HRMLABS),
    (event("Podcast interview: Pat Lee on 'Ops After Hours' (guest)",
           organizer=org("booking@opsafterhours.fm", "Ops After Hours"),
           guests=[guest("host@opsafterhours.fm", "Lena Park")],
           description="Thanks for agreeing to be a guest! Please send your headshot and bio; we record remotely. "
                       "Info request form attached.",
           **at("2027-02-02", "13:00", 60, *NY)),
     None, "en", PODETIZE),
    # the owner hosts a podcast and interviews a guest
    (event("Interview Dana Ruiz for episode 42 (guest scheduler sync)", organizer=SELF,
           guests=[guest("dana.ruiz@gmail.com", "Dana Ruiz")],
           description="Topic: scaling a bakery. Reminder sent automatically; recording link in the invite.",
           **at("2027-02-04", "18:00", 60, *NY)),
     None, "en", LEARN2VIBE),
    (event("Recording: HR tech podcast – guest spot (conversational AI in hiring)",
           organizer=org("producer@hrtechtalk.fm", "HR Tech Talk"),
           description="You're our guest this week; 30 minutes, video optional. We'll ask about chatbots "
                       "scheduling interviews.",
           **at("2027-02-09", "12:00", 30, *NY)),
     None, "en", RECRUITINGDAILY),
    # user research: the owner observes a participant interview
    (event("Observe: participant interview #4 (checkout study)",
           organizer=org("research@quillbooks.example.com", "UX Research"),
           description="Observer invite only; participant details are in the study sheet. Stay muted, post "
                       "questions in the chat for the moderator.",
           **at("2027-01-20", "10:00", 60, *NY)),
     None, "en", LYSSNA),
    (event("UserCrowd interview session with researcher (finance app)",
           organizer=org("no-reply@usercrowd.example.com", "UserCrowd"),
           description="You qualified from the screener and booked this slot. Face-to-face video with the "
                       "researcher; credits paid after.",
           **at("2027-01-23", "17:00", 30, *NY)),
     None, "en", USERCROWD),
    (event("Recruit participants for UX research interviews (pre-screen survey)", organizer=SELF,
           description="2-3 screening questions; mix of loyal and unhappy customers.",
           **at("2027-01-13", "14:00", 45, *NY)),
     None, "en", MEDIUM_UX),
    (event("Visa appointment – passport, form, photos, bank statements", organizer=SELF,
           description="Personal interview with the consular officer. Arrive early; formal clothes.",
           location="Embassy visa section",
           **at("2027-02-26", "08:30", 120, *LON)),
     None, "en", PASALIA),
    (event("US visa interview – Bangkok (DS-160 page, fee receipt)", organizer=SELF,
           description="Biometrics first, then the interview window. Ties to home country documents.",
           location="U.S. Embassy, Wireless Rd, Bangkok",
           **at("2027-03-08", "07:30", 180, "+07:00", "Asia/Bangkok")),
     None, "en", K1THAI),
    (event("Consulate interview (no phones, no bags) – 3 steps: data entry, fingerprints, officer", organizer=SELF,
           **at("2027-03-09", "09:00", 120, "+08:00", "Asia/Shanghai")),
     None, "en", BDS_CN),
    # a work-visa interview names the future employer: still not a job interview
    (event("Work visa interview – embassy (offer from Crestline Haulage)", organizer=SELF,
           description="Bring the signed offer letter from Crestline Haulage, passport, photos, biometrics "
                       "receipt. The officer may ask about the role.",
           location="Embassy consular section",
           **at("2027-03-15", "09:00", 90, *JNB)),
     None, "en", LEGALATTEST),
    (event("Student visa appointment – documents check", organizer=SELF,
           description="Admission letter, financial statements, sponsorship letter.",
           **at("2027-03-16", "10:00", 60, *SGP)),
     None, "en", SFCBOOST),
    (event("Coffee chat – Jordan (Quarry Systems PM)", organizer=org("jordan.k@quarrysystems.com", "Jordan Kim"),
           guests=[guest("jordan.k@quarrysystems.com", "Jordan Kim")],
           description="Happy to chat about what PMs do here. Not a job interview, just questions!",
           **at("2027-01-19", "15:30", 30, *LA)),
     None, "en", TROJANS360),
    (event("Informational interview over coffee – Dr. Wells (clinical research)", organizer=SELF,
           description="Learn about her career path; do NOT ask for a job. 20-30 min.",
           location="Common Grounds Café, 5th Ave",
           **at("2027-01-24", "08:00", 30, *NY)),
     None, "en", GOODTHERAPY),
    (event("Coffee with Dominic Barrow (alum, consulting partner)", organizer=SELF,
           description="He offered to answer questions about consulting when he's in town.",
           location="Harbour Roasters, Waterfront",
           **at("2027-02-13", "09:30", 60, *TOR)),
     None, "en", FRESHBOOKS),
    (event("Coffee – informational interview w/ attorney (PDO)", organizer=SELF,
           description="Whoever invites pays. Confirm the night before; thank-you note after.",
           location="Café near her office, Main St",
           **at("2027-01-07", "16:00", 30, *DEN)),
     None, "en", UTAH_LAW),
    (event("Phone informational interview with Carleton alum (career info)", organizer=SELF,
           description="Questions list ready. Subject line: current student seeking career information.",
           **at("2027-02-20", "11:00", 30, *CHI)),
     None, "en", CARLETON),
    (event("\"Coffee?\" – PR agency account director (informational)", organizer=SELF,
           description="Ask about a typical day and favourite campaign. Max 30 minutes.",
           **at("2027-02-21", "10:00", 30, *CHI)),
     None, "en", PLATFORM_MAG),
    (event("New patient appointment – Dr. Osei (bring ID, insurance card, med list)", organizer=SELF,
           location="Riverside Family Medicine",
           **at("2027-01-11", "08:40", 60, *NY)),
     None, "en", BIO_NEWPT),
    # a mental-health intake "interview": clinical, not a job interview
    (event("Intake interview – counseling (60-90 min)", organizer=org("intake@clearwatercounseling.example",
                                                                      "Clearwater Counseling"),
           description="Your intake appointment with a licensed therapist. Consent forms first, then a "
                       "semi-structured interview about your history and goals.",
           **at("2027-01-27", "17:30", 90, *NY)),
     None, "en", BIO_INTAKE),
    (event("Family medicine intake – new patient (history, meds reconciliation)", organizer=SELF,
           **at("2027-02-03", "07:45", 45, *CHI)),
     None, "en", DRORACLE),
    (event("Assessment Spot – telehealth intake", organizer=org("noreply@ripsy-portal.example", "Clinic Portal"),
           description="Your appointment request was admitted. Complete registration before your assessment.",
           **at("2027-02-05", "13:00", 60, *NY)),
     None, "en", RIPSYTECH),
    (event("Career Starter Series – Session 2: Interview Readiness (Zoom)",
           organizer=org("events@istart.example.net", "iStart Career Starter Series"),
           description="Live teaching session on interview readiness, communication strategies and employer "
                       "expectations. Weekday morning, via Zoom." + ZOOM,
           **at("2027-01-12", "09:00", 90, *MNL)),
     None, "en", ISTART),
    (event("Coursera: Career planning – interviewing best practices (lecture + quiz)", organizer=SELF,
           **at("2027-01-10", "20:00", 45, *NY)),
     None, "en", COURSERA),
    (event("Scholars' seminar: job interview skills (mock interviews in pairs)",
           organizer=org("scholars@foundation.example.org", "Scholarship Office"),
           **at("2027-01-30", "13:00", 180, *MNL)),
     None, "en", BLABLA),
    (event("MBA admissions interview – Admission Committee (Skype)",
           organizer=org("mbaadmit@business.example.edu", "MBA Admissions"),
           description="Invitation-only interview, 30-40 minutes, with a member of the Admission Committee. "
                       "No advantage to interviewing in person.",
           **at("2027-02-08", "19:00", 40, *NY)),
     None, "en", GWU),
    (event("Email MBA admissions: travel dates for interview invite window", organizer=SELF,
           description="Tell them about the March trip; check spam folder for invites.",
           **at("2027-01-09", "10:00", 15, *NY)),
     None, "en", BANCROFT),
    (event("Tuck-style applicant-initiated interview with a second-year (admissions associate)", organizer=SELF,
           location="Admissions office, Hanover",
           **at("2027-02-12", "14:00", 45, *NY)),
     None, "en", CLEARADMIT),
    (event("GSB interview with alumni interviewer", organizer=org("a.mercer@alumni.example.edu", "Alex Mercer"),
           guests=[guest("a.mercer@alumni.example.edu", "Alex Mercer")],
           description="Behavioral questions about your application; report goes to the admissions office.",
           location="Hotel lobby café, Union Square",
           **at("2027-02-18", "18:00", 60, *LA)),
     None, "en", GMATCLUB),
    (event("Pick MBA interview slot (any date is fine – no advantage)", organizer=SELF,
           **at("2027-01-08", "12:00", 10, *NY)),
     None, "en", MBAMISSION),
    # the owner conducts interviews as an interview engineer: the hiring side
    (event("Shadow interviews with mentor – Interview Engineer onboarding (apprentice)",
           organizer=org("ie-programs@karat-mail.com", "Interview Engineer Programs"),
           description="You'll deliver your first interview question under your mentor's guidance, then get "
                       "feedback. Early-career candidates only this week.",
           **at("2027-01-16", "10:00", 120, *NY)),
     None, "en", KARAT_IE),
    (event("Cronofy demo – scheduling API for our ATS (sales call)",
           organizer=org("sales@cronofy-mail.com", "Cronofy Sales"),
           guests=[guest("sales@cronofy-mail.com", "Cronofy Sales"),
                   guest("cto@quillbooks.example.com", "Quillbooks CTO")],
           description="Smart invites, availability, real-time scheduling for interview panels. Pricing at the end.",
           **at("2027-01-21", "11:00", 45, *NY)),
     None, "en", SKILLS_CRONOFY),
    (event("JobAdder integration call – Apideck solutions engineer",
           organizer=org("se@apideck-mail.com", "Apideck"),
           description="Unified ATS API: jobs, candidates, applications (beta). Bring our sandbox keys.",
           **at("2027-01-22", "16:00", 30, *LON)),
     None, "en", APIDECK_JOBADDER),
    (event("Set up Zap: Calendly invitee → JobAdder candidate", organizer=SELF,
           description="Trigger on invitee created or rescheduled; map name and e-mail.",
           **at("2027-01-23", "09:00", 30, *LON)),
     None, "en", ZAPIER_JOBADDER),
    (event("Resend interview booking links (3 candidates, Deel ATS)", organizer=SELF,
           description="Use the hiring team's template; earlier links keep working.",
           **at("2027-01-26", "09:00", 15, *NY)),
     None, "en", DEEL),
    # a scheduling agent booked the owner as the interviewer; the candidate is the other guest
    (event("Follow-up interview: Jordan Pike – Shift Supervisor candidate",
           organizer=org("bookings@hiremike.cc", "HireMike"),
           guests=[guest("jordan.pike.jobs@gmail.com", "Jordan Pike")],
           description="HireMike booked this time from your availability and e-mailed the candidate the "
                       "details and a calendar file. Meeting type: in person at the Elm St store.",
           location="Greenlane Bakery, 412 Elm St, Dallas, TX",
           **at("2027-01-27", "10:00", 30, *CHI)),
     None, "en", HIREMIKE),
    (event("Interview: Sam Okafor – Delivery Driver (you are hiring manager)",
           organizer=org("scheduler@hiresquire-mail.ai", "Hire Squire Scheduler"),
           guests=[guest("sam.okafor.driver@gmail.com", "Sam Okafor")],
           description="Confirmed with the candidate. Scorecard link in your dashboard.",
           **at("2027-01-28", "15:00", 30, *DEN)),
     None, "en", HIRESQUIRE),
    (event("Panel duty: candidate Maria Lopez + warehouse tour (you walk the floor)",
           organizer=org("olivia@cobaltcold-paradox.ai", "Olivia (Cobalt Cold Storage)"),
           guests=[guest("t.mwangi@cobaltcold.com", "Teresa Mwangi")],
           description="You're on the panel for the Shift Lead candidate; safety walk after.",
           **at("2027-02-10", "13:00", 90, *NY)),
     None, "en", PARADOX_BLOG),
    (event("Shortlisting meeting – IG Officer applications (panel)",
           organizer=org("recruitment@northfenwick.gov.uk", "North Fenwick DC Recruitment"),
           description="Score applications against the person specification; decide who to invite.",
           **at("2027-02-05", "14:00", 90, *LON)),
     None, "en", WDTK),
    (event("Recruitment and Selection training – panel members (online module)", organizer=SELF,
           description="Required before sitting on an interview panel.",
           **at("2027-02-06", "09:00", 60, *LON)),
     None, "en", FALKIRK),
    (event("Claim interview expenses – North Fenwick (train + parking)", organizer=SELF,
           description="Fill in the enclosed expenses form and post it with receipts.",
           **at("2027-02-17", "19:00", 15, *LON)),
     None, "en", WDTK),
    (event("Thank-you email to Ngozi (Foxglove 2nd interview)", organizer=SELF,
           **at("2027-02-25", "19:00", 15, *LON)),
     None, "en", TALENTERIA),
    (event("Reschedule Saltgrass interview (must be >12h before)", organizer=SELF,
           description="Use the link in the text message.",
           **at("2027-02-09", "18:00", 10, *NY)),
     None, "en", JOBGET),
    (event("Weekly interview debrief – support hiring (scorecards)",
           organizer=org("m.grant@quillbooks.example.com", "Morgan Grant"),
           guests=[guest("m.grant@quillbooks.example.com", "Morgan Grant")],
           description="Collect feedback from interviewers; decide who moves to the panel round.",
           recurringEventId="support-debrief-2027",
           **at("2027-01-15", "16:00", 30, *LA)),
     None, "en", SN_SCHED),
]

BLIND7: list[Case] = [*ENGLISH7, *INTL7]

_ids = [case[0]["id"] for case in BLIND7]
assert len(_ids) == len(set(_ids)), "two cases share an id"
