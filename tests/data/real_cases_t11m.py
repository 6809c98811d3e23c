"""Check cases added in round 11 for the confidence tiers (issue #15), labelled before any run.

Written by the ``ml`` helper from public pages found with the project's search tool (pages
corpus), none of which any earlier data file cites; each case cites its page; names, companies
and addresses are invented, the wording paraphrased. Labelled and committed before the code
ran on them, scored once on round 10's code (main at the start of round 11) and once on the
``ml`` branch (docs: the round 11 report). Aimed at the two classes the tier rules of round 11
are about, not at round 10's cases: the user's own to-dos about an interview, typed alone into
their calendar from a preparation checklist (a sound and camera check, a speed test, printing
résumés, restarting the laptop, confirming the time zone), beside interviews the user typed
alone; and slots booked through a scheduling page (YouCanBookMe, Calendly-style templates, an
ATS's slot booking) beside a sales team's booking pages (Chili Piper) that are no interview.
"""

from __future__ import annotations

from typing import Any

from detect_cases import event, guest, org, yes
from real_cases_b3 import at

Case = tuple[dict[str, Any], dict[str, Any] | None, str, str]  # event, label, lang, source

SELF = org("pat.lee@gmail.com", "Pat Lee")
CHI = ("-06:00", "America/Chicago")
LON = ("+00:00", "Europe/London")

DROPBOX = "https://experience.dropbox.com/en-gb/remote-work-success-guide/online-interview-tips"
WORKMAZING = "https://workmazing.com/the-job-interview-checklist"
OOLIGO = "https://www.ooligo.com/article/1"
PTECH = "https://www.ptechpartners.com/2020/10/27/10-tips-for-cracking-the-interview-in-2021-and-beyond/"
FEARLESS = "https://fearlesssalarynegotiation.com./what-to-bring-to-a-job-interview"
TEDF = "https://tedfdahlstrom.com/how-to-prepare-for-an-interview"
CHEETAH = "https://resumecheetah.com/tag/interview/"
YCBM = "https://youcanbook.me/blog/how-to-schedule-interviews"
JOBTRAIN = ("https://clientsupport.jobtrain.co.uk/support/solutions/articles/77000594755-manage-interview-"
            "bookings-in-calendar-event-manager/")
CHILI = "https://help.chilipiper.com/hc/en-us/articles/360053798913-Chili-Piper-Data-flow"
CHILI_GLOSSARY = "https://help.chilipiper.com/hc/en-us/articles/360053799213-Chili-Vocab-Glossary"

TUNE11_CHECK_ML: list[Case] = [
    # ============================================================ the user's own to-dos
    (event("Speed test + mic levels (video interview tomorrow)", organizer=SELF,
           **at("2027-03-01", "18:00", 20, *CHI)), None, "en", DROPBOX),
    (event("Install the interview app, test it, tidy the background", organizer=SELF,
           **at("2027-03-02", "08:30", 30, *CHI)), None, "en", WORKMAZING),
    (event("Confirm time zone for Cobalt Reach interview (recruiter is in Denver)",
           organizer=SELF, **at("2027-03-02", "09:00", 15, *CHI)), None, "en", OOLIGO),
    (event("Restart laptop an hour before the interview", organizer=SELF,
           **at("2027-03-03", "13:00", 10, *CHI)), None, "en", PTECH),
    (event("Print 3 résumé copies + notebook for Thursday's interview", organizer=SELF,
           description="Library printer closes at 6.",
           **at("2027-03-03", "16:00", 30, *CHI)), None, "en", FEARLESS),
    (event("Harwick Mills interview – read the job listing line by line", organizer=SELF,
           description="Underline the key terms, write prep notes.",
           **at("2027-03-04", "19:00", 60, *CHI)), None, "en", TEDF),
    (event("Speakerphone check with my sister before phone interview", organizer=SELF,
           **at("2027-03-05", "17:30", 15, *CHI)), None, "en", CHEETAH),
    # ============================================================ interviews the user typed alone
    (event("Phone interview – Cobalt Reach Logistics (recruiter calls me)", organizer=SELF,
           description="No invite sent; they said 2pm Mountain.",
           **at("2027-03-08", "15:00", 30, *CHI)),
     yes(["Cobalt Reach Logistics"], []), "en", OOLIGO),
    (event("Video interview – Harwick Mills, operations coordinator", organizer=SELF,
           description="Teams link is in the recruiter's email.",
           **at("2027-03-09", "10:00", 45, *CHI)),
     yes(["Harwick Mills"], []), "en", TEDF),
    # ============================================================ booked through a page
    (event("Intro call – Pat Lee", organizer=org("talent@larkspanhealth.com", "Larkspan Talent"),
           guests=[guest("talent@larkspanhealth.com", "Larkspan Talent")],
           description="Thanks for applying! This slot was booked via https://larkspan.youcanbook.me "
                       "– to change it use the link in your confirmation email.",
           **at("2027-03-10", "11:00", 20, *CHI)),
     yes(["Larkspan Health", "Larkspan"], ["talent@larkspanhealth.com"]), "en", YCBM),
    (event("15 Minute Meeting between Pat Lee and Oren Vale",
           organizer=org("oren.vale@quarrytech.com", "Oren Vale"),
           guests=[guest("oren.vale@quarrytech.com", "Oren Vale")],
           description="Powered by Calendly.com",
           **at("2027-03-11", "14:30", 15, *CHI)),
     yes(["Quarrytech", "Quarry Tech"], ["oren.vale@quarrytech.com"]), "en", YCBM),
    (event("Interview slot – Care Assistant (Meadowbank House)",
           organizer=org("recruitment@meadowbankcare.co.uk", "Meadowbank Recruitment"),
           guests=[guest("recruitment@meadowbankcare.co.uk", "Meadowbank Recruitment")],
           description="You have booked an interview slot. Join on Microsoft Teams: "
                       "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
           **at("2027-03-12", "10:00", 30, *LON)),
     yes(["Meadowbank House", "Meadowbank Care", "Meadowbank"], ["recruitment@meadowbankcare.co.uk"]),
     "en", JOBTRAIN),
    (event("Pat Lee <> Quillstone | Product demo",
           organizer=org("mara.ives@quillstone.io", "Mara Ives"),
           guests=[guest("mara.ives@quillstone.io", "Mara Ives")],
           description="Booked with Chili Piper. Form answers: team size 11-50; interested in "
                       "pricing for the analytics plan.",
           **at("2027-03-15", "09:00", 30, *CHI)), None, "en", CHILI),
    (event("Intro call between Pat Lee and Dev Anand",
           organizer=org("dev.anand@ferrantanalytics.com", "Dev Anand"),
           guests=[guest("dev.anand@ferrantanalytics.com", "Dev Anand")],
           description="Scheduled via Chili Piper for the prospect. Topic: renewal of your "
                       "subscription and seat count.",
           **at("2027-03-16", "13:00", 30, *CHI)), None, "en", CHILI_GLOSSARY),
]
