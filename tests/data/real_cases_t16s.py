"""Check cases added in round 16 for whose side of an interview the user is on (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL and host was grepped over tests/data/*.py first); each case
cites its page; names, companies and addresses are invented and the wording paraphrased.
Labelled and committed before any code ran on them; scored once on r16start's code, then after
round 16's side rules (docs/detection.md, "The decision in round 16: the other side"); tuning
data from the start.

Aimed at round 15's drafts to non-interviews as classes, not as its words: (1) the user on the
hiring side, said by a role or a seat rather than by the words earlier rules read (a panel
facilitator's briefing, a community seat on a police hiring board, an interview-team kickoff,
a pre-interview stakeholder briefing, a hiring manager's debrief, a scorer's invitation);
(2) vendors' demos, walkthroughs and trials of interview, assessment and video-interview
tools (seven vendors, none named by an earlier rule); (3) talks, workshops, webinars and
courses ABOUT interviews, from unions, public libraries, university careers services, a
trainer for hiring managers and a customer-success community; (4) genuine candidate interviews
that share those words (a presentation round, a faculty campus visit with a research seminar, a
technical demo round, a police applicant's community interview, a union-represented panel, a
conference screening interview), so a rule's cost shows.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t16s-" and a number.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
PHX = ("-07:00", "America/Phoenix")
LA = ("-07:00", "America/Los_Angeles")
LON = ("+01:00", "Europe/London")
CDF = ("+01:00", "Europe/London")
KOL = ("+05:30", "Asia/Kolkata")
SYD = ("+10:00", "Australia/Sydney")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://zoom.us/j/6630021948\nMeeting ID: 663 002 1948"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/qvr-tmzk-fwa"

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
ENTELO = "https://blog.entelo.com/use-this-email-template-to-prep-interview-teams"
IRMI = ("https://www.irmi.com/articles/expert-commentary/"
        "panel-interviews-success-lies-in-the-preparation-and-strategy")
MOPERS = "https://pers.oa.mo.gov/state-team-members/resources/interviewing-tools/interview-team-selection"
LHH = "https://lhh.com/us/en/insights/interview-pre-brief-meeting"
MISSION = ("https://www.missiontalent.com/you-are-a-member-of-a-recruitment-panel-so-now-what-"
           "tips-on-how-to-be-a-great-panel-member/")
CHRB = ("https://phoenix.gov/administration/departments/police/community-engagement/volunteer/"
        "community-hiring-review-board.html")
WCIA = "https://www.wcia.com/news/champaign-police-filling-officer-hiring-panel-with-community-members/"
ROCHESTER = ("https://www.rochesterfirst.com/news/rpd/"
             "city-of-rochester-looking-to-fill-12-person-panel-to-interview-rpd-recruits/")
TALVIEW = ("https://blog.talview.com/en/what-is-a-structured-interview-and-why-it-improves-hiring"
           "?hs_amp=true")
RECRUIT41 = "https://docs.recruit41.com/recruiter/job-management/interview-design"
CONFETI = "https://confeti.co/how-to-interview-better"
YOUTESTME = "https://www.youtestme.com/kb/how-to-use-virtual-interviews-recommended-workflow/"
ONEWAY = "https://onewayinterview.com/support/candidate-experience"
GEEKTEST = "https://geektest.co/technical-skills-assessment"
KASP = "https://www.kasp.pro/glossary/structured-interview"
WEU = ("https://www.workersofengland.co.uk/improving-working-lives/"
       "how-to-be-more-successful-in-your-next-interview/")
UET = "https://www.uedtrust.org/Article/1707489c-0afd-4618-aee7-b3d0007dfd7a"
COMMUNITY_TU = "https://community-tu.org/mymembership/advice-centre/virtual-interviews/"
CARDIFF = "https://www.cardiff.ac.uk/careers-advice/compete-for-a-job/interviews"
READING = "https://blogs.reading.ac.uk/careers/prepare-for-a-job-interview/"
PIERCE = "https://southsoundbiz.com/pierce-county-library-offering-summer-of-job-tips/"
CHESAPEAKE = "https://www.pilotonline.com/news/article_f6cf6a8f-9daf-5a57-a352-1c48b47a5284.html"
SNOISLE = "https://www.heraldnet.com/business/job-hunters-free-classes-at-sno-isle-libraries/"
IEDGE = "https://www.interviewedge.com/articles/Developing-Interview-Training-for-Hiring-Managers.htm"
TRUEABILITY = "https://www.trueability.com/blog/manager-interview-training/"
SHAP = "https://www.shap.community/blog/presentation-interview-preparation"
OHSU = "https://www.ohsu.edu/postdoctoral-affairs/interview-faculty-positions"
INTERM = "https://interm.ai/solutions/technical-demo-interview-preparation"
SIRIUS = "http://siriuspersonnel.blogspot.com/2009/04/"
KJZZ = ("https://www.kjzz.org/2021-01-19/content-1651922-isnt-checked-box-us-phoenix-police-"
        "launch-new-hiring-tool")
ENGFIX = "https://engineerfix.com/common-union-interview-questions-and-how-to-prepare"
ILLINOIS = "https://grad.illinois.edu/careers/int-fac"


def _id(n: int) -> dict[str, str]:
    return {"id": f"t16s-{n:02d}"}


TUNE16_CHECK_S: list[Case] = [
    # ============================================================ the user on the hiring side
    # entelo: the recruiter's pre-onsite note to the whole interview team (the user interviews)
    (event("Onsite: Dana Whitfield (Sr. Data Engineer) – your slot 11:00 system design",
           organizer=org("recruiting@quarrylane.io", "Quarry Lane Recruiting"),
           guests=[guest("recruiting@quarrylane.io", "Quarry Lane Recruiting"),
                   guest("m.osei@quarrylane.io", "Marcus Osei")],
           description="Who you are interviewing: Dana Whitfield, currently at a logistics start-up. Came "
                       "through a referral. Your focus: system design only; Marcus covers coding. Resume and ATS "
                       "profile linked; please leave your scorecard within 24 hours." + ZOOM,
           **at("2027-07-06", "11:00", 45, *NY), **_id(1)),
     None, "en", ENTELO),
    # irmi: the user is the panel's facilitator, briefed 10 minutes before each candidate
    (event("Panel facilitator – Risk Analyst interviews (3 candidates)",
           organizer=org("talent@harbourmutual.com", "Harbour Mutual Talent"),
           guests=[guest("j.price@harbourmutual.com", "Jolene Price"), guest("k.nair@harbourmutual.com", "Kiran Nair")],
           description="You open each interview, introduce the panel and keep time. Meet 10 minutes before "
                       "each slot to review the resume and the question set.",
           location="Harbour Mutual, 4th floor boardroom", **at("2027-07-07", "09:00", 240, *CHI), **_id(2)),
     None, "en", IRMI),
    # mopers: a state agency hiring supervisor's invite to the interview panel members
    (event("Interview panel – Office Support Assistant (you're on the panel)",
           organizer=org("l.hendricks@dnr-state.org", "Lena Hendricks"),
           guests=[guest("r.baptiste@dnr-state.org", "Rene Baptiste")],
           description="Thanks for agreeing to sit on this panel. Same panel for every candidate, please. "
                       "Rating sheets and the question set are in the shared folder.",
           location="Lewis & Clark Bldg, Room 214", **at("2027-07-08", "13:00", 180, *CHI), **_id(3)),
     None, "en", MOPERS),
    # lhh: a pre-interview stakeholder briefing for the interviewers of a new role
    (event("Pre-brief: interviewers for Head of Partnerships", organizer=SELF,
           guests=[guest("ana.ruiz@tallisgroup.com", "Ana Ruiz"), guest("ben.cho@tallisgroup.com", "Ben Cho")],
           description="Align on focus areas per interviewer and the scoring rubric before the first "
                       "candidates next week. Job description attached.",
           **at("2027-07-09", "15:00", 30, *LON), **_id(4)),
     None, "en", LHH),
    # missiontalent: a search firm's role briefing call with the appointing panel (user on it)
    (event("Role briefing with search consultant – Country Director appointment panel",
           organizer=org("elena@northstar-search.org", "Elena Varga"),
           guests=[guest("elena@northstar-search.org", "Elena Varga"), guest("t.moyo@aidbridge.org", "Tendai Moyo")],
           description="40 minutes for the panel to agree the key requirements before longlisting. "
                       "All panel members please attend." + MEET,
           **at("2027-07-12", "14:00", 40, *LON), **_id(5)),
     None, "en", MISSION),
    # chrb: the user's seat on a police department's community hiring review board
    (event("Community Hiring Review Board – community member (recruit interviews)",
           organizer=org("hiringboard@mesaridgepd.gov", "Mesa Ridge PD Employment Services"),
           description="You are scheduled as one of two community members on today's panels, with the "
                       "bureau commander's delegate and two supervisors. Established questions only; "
                       "20 minutes per applicant.",
           location="Mesa Ridge PD Headquarters, 620 W Jackson", **at("2027-07-13", "08:00", 300, *PHX), **_id(6)),
     None, "en", CHRB),
    # wcia: community volunteers' interview training before joining officer hiring panels
    (event("Interview training – community hiring panel volunteers", organizer=org(
               "hr@cityofprairiefield.gov", "City of Prairiefield HR"),
           description="Required before you sit on officer candidate interviews. Covers the rating guide, "
                       "bias and confidentiality.",
           location="City Building, Council Chambers", **at("2027-07-14", "18:00", 120, *CHI), **_id(7)),
     None, "en", WCIA),
    # rochester: the resident panel's own sitting with recruits, then the debrief with command staff
    (event("Resident panel: recruit interviews + debrief with Chief's staff",
           organizer=org("community.panel@cityofgenessee.gov", "Genessee Community Panel"),
           description="Panelists: arrive 8:30. Four recruits this morning; share your notes with command "
                       "staff at the debrief.",
           location="Public Safety Building, 185 Exchange Blvd", **at("2027-07-15", "08:30", 240, *NY), **_id(8)),
     None, "en", ROCHESTER),
    # trueability: the user, a new manager, sits in as the hiring manager at a debrief after interviews
    (event("Hiring manager sync – Support Engineer pipeline", organizer=org("kaia@brightlane.ai", "Kaia (Recruiting)"),
           guests=[guest("kaia@brightlane.ai", "Kaia (Recruiting)")],
           description="Weekly: where each candidate stands, feedback still missing, offers to approve.",
           **at("2027-07-16", "10:00", 30, *LA), **_id(9)),
     None, "en", TRUEABILITY),
    # ============================================================ vendors' demos of interview tools
    # talview: an interview-platform vendor's demo to the user's TA team
    (event("Talview Interview Rooms – live demo for your TA team",
           organizer=org("sdr.mira@talview.com", "Mira (Talview)"),
           guests=[guest("sdr.mira@talview.com", "Mira (Talview)"), guest("ae.rohan@talview.com", "Rohan (Talview)")],
           description="Thanks for booking! We'll show the interview builder, competency templates and "
                       "collaborative scoring, then pricing for 40 recruiters." + ZOOM,
           **at("2027-07-06", "16:00", 45, *KOL), **_id(10)),
     None, "en", TALVIEW),
    # recruit41: an AI-interviewer vendor's onboarding call to set up the first interview plan
    (event("Recruit41 onboarding: design your first AI interview", organizer=org("success@recruit41.com",
                                                                                  "Recruit41 Customer Success"),
           description="We'll build an interview plan together: objectives, sections, scoring criteria and "
                       "monitoring, then preview the candidate experience." + MEET,
           **at("2027-07-07", "11:30", 60, *KOL), **_id(11)),
     None, "en", RECRUIT41),
    # confeti: an interview-intelligence tool's product walkthrough (transcripts, scorecards)
    (event("RecruitOS walkthrough – interview recording & evidence scorecards",
           organizer=org("demo@confeti.co", "Confeti Sales"),
           guests=[guest("demo@confeti.co", "Confeti Sales")],
           description="A 30-minute walkthrough for hiring teams: record, transcribe and score interviews "
                       "against competencies. Bring a role you are hiring for.",
           **at("2027-07-08", "17:00", 30, *LON), **_id(12)),
     None, "en", CONFETI),
    # youtestme: a testing vendor's virtual-interview module demo
    (event("Demo: Virtual Interview module (YouTestMe)", organizer=org("sales@youtestme.com", "YouTestMe Sales"),
           description="Create an interview, add questions and AI evaluation guidelines, activate it and share "
                       "the link with candidates. Q&A at the end.",
           **at("2027-07-09", "10:00", 45, *NY), **_id(13)),
     None, "en", YOUTESTME),
    # onewayinterview: a one-way video interview tool's free-trial kickoff
    (event("Your OneWay Interview trial – kickoff call", organizer=org("hello@onewayinterview.com",
                                                                        "OneWay Interview"),
           description="Welcome to your 14-day trial. We'll set up your branded landing page and first "
                       "one-way video interview, and review the candidate's experience.",
           **at("2027-07-12", "09:30", 30, *SYD), **_id(14)),
     None, "en", ONEWAY),
    # geektest: a coding-test vendor's demo booked by the user's engineering manager
    (event("GeekTest product demo – programming skills tests for hiring",
           organizer=org("d.novak@geektest.co", "David Novak"),
           guests=[guest("d.novak@geektest.co", "David Novak"), guest("s.patel@gridworks.dev", "Sonia Patel")],
           description="Overview of the test library (Java, Python, SQL), proctoring and candidate reports.",
           **at("2027-07-13", "15:00", 30, *LON), **_id(15)),
     None, "en", GEEKTEST),
    # kasp: a talent marketplace's sales call about structured interview scorecards
    (event("Intro call – KASP (structured interviews, scorecards)", organizer=org("partners@kasp.pro", "KASP"),
           description="Discovery call: your current interview process and how KASP's rubrics and talent "
                       "marketplace could fit. 14-day free access.",
           **at("2027-07-14", "12:00", 30, *NY), **_id(16)),
     None, "en", KASP),
    # ============================================================ talks, workshops and courses about interviews
    # weu: a union's members' session on interview skills
    (event("WEU members' session: 8 steps to interview success", organizer=org("events@weunion.org.uk",
                                                                                 "Workers' Union Events"),
           description="Returning to work or going for promotion? Preparing, presenting your experience and "
                       "practising common questions. Free for members; register via the members' area.",
           location="Online", **at("2027-07-06", "19:00", 60, *LON), **_id(17)),
     None, "en", WEU),
    # uet: a union-employer trust's learning event on planning for a job interview
    (event("UET workshop – Plan for success at your next job interview", organizer=org(
               "learning@uetrust-ohio.org", "UET Learning"),
           description="Bargaining unit members: research, planning and practice for in-person and Teams "
                       "interviews. Presenter: a chapter president who advises job seekers.",
           location="Chapter hall, 390 Worthington Rd", **at("2027-07-07", "17:30", 90, *NY), **_id(18)),
     None, "en", UET),
    # community-tu: a union's webinar for young members on virtual interviews
    (event("Webinar: Nailing your virtual interview (Community young members)",
           organizer=org("youngmembers@communityunion.org.uk", "Community Young Members"),
           description="Software, clothing, location, lighting and connection checks before an online "
                       "interview. Bring questions!" + ZOOM,
           **at("2027-07-08", "18:30", 45, *LON), **_id(19)),
     None, "en", COMMUNITY_TU),
    # cardiff: a university careers service's interview workshop the user booked
    (event("Careers workshop: interviews and assessment centres", organizer=org("careers@caerwyn.ac.uk",
                                                                                "Caerwyn Careers Service"),
           description="Interview formats, psychometric tests and group exercises. Booked via Careers Online; "
                       "mock interviews can be booked separately.",
           location="Careers Hub, 50 Park Place", **at("2027-07-09", "13:00", 90, *CDF), **_id(20)),
     None, "en", CARDIFF),
    # reading: a careers consultant's drop-in on preparing for an interview
    (event("Interview prep drop-in with a Careers Consultant", organizer=SELF,
           description="Bring the job ad. Topics: what to wear, how to prepare, bizarre questions.",
           location="Careers Centre, Carrington Bldg", **at("2027-07-12", "11:00", 30, *LON), **_id(21)),
     None, "en", READING),
    # pierce: a public library's "Get Hired" class on interview techniques
    (event("Get Hired: Preparing for Job Interviews (library class)", organizer=org(
               "programs@tidewaterlibraries.org", "Tidewater County Library"),
           description="Free two-hour class with WorkSource staff. No registration needed; seats first come.",
           location="Steilbrook Library meeting room", **at("2027-07-13", "14:00", 120, *LA), **_id(22)),
     None, "en", PIERCE),
    # chesapeake: a library's "Interviews That Wow!" workshop the user registered for
    (event("Interviews That Wow! – free workshop", organizer=org("events@chesbaylibrary.org", "Ches Bay Library"),
           description="Dressing for success, body language and the three questions every interviewer asks. "
                       "By video conference from the Central Library.",
           location="Central Library, Room B", **at("2027-07-14", "10:00", 90, *NY), **_id(23)),
     None, "en", CHESAPEAKE),
    # snoisle: a library class, titled the way a job interview never is
    (event("Interviews That Equal Job Offers", organizer=SELF,
           description="Library class, Lynnwood. Arrive 10 min early.",
           location="Lynnwood Library", **at("2027-07-15", "14:00", 90, *LA), **_id(24)),
     None, "en", SNOISLE),
    # interviewedge: the user's employer sends managers to behavioural interview training
    (event("Behavioral interviewing for hiring managers (cohort 3)", organizer=org("learning@keswickfoods.com",
                                                                                    "Keswick Foods L&D"),
           description="Competency-based interviewing: planning the interview, probing questions, rating "
                       "evidence. Required for all people managers who interview.",
           location="Training Room A", **at("2027-07-16", "09:00", 180, *CHI), **_id(25)),
     None, "en", IEDGE),
    # shap: a customer-success community's webinar on the presentation stage of interviews
    (event("Live: How to ace the presentation interview (CS community)", organizer=org("events@shap.community",
                                                                                        "SHAP Community"),
           description="A founder and a VP of CS on the #1 mistake candidates make in the presentation stage. "
                       "Recording sent to all registrants.",
           **at("2027-07-06", "12:00", 60, *NY), **_id(26)),
     None, "en", SHAP),
    # ============================================================ genuine interviews that share those words
    # sirius: a sales candidate's presentation round (the last stage), organised by the employer
    (event("Final stage: sales presentation interview – Territory Manager",
           organizer=org("talent@norvale-medical.com", "Norvale Medical Talent"),
           guests=[guest("g.ferris@norvale-medical.com", "Gwen Ferris")],
           description="Hi Pat, congratulations on reaching the final stage. Please present a 15-minute pitch "
                       "of one of our products to Gwen (VP Sales) and a regional director, then Q&A.",
           location="Norvale Medical, 22 Adelaide St W, Toronto", **at("2027-07-07", "14:00", 60, *NY), **_id(27)),
     yes(["Norvale Medical", "Norvale"], ["talent@norvale-medical.com", "g.ferris@norvale-medical.com"]), "en",
     SIRIUS),
    # ohsu: a faculty campus interview day with the candidate's research seminar
    (event("Campus interview – Asst. Professor, Biochemistry (seminar 3:30)",
           organizer=org("search.chair@cascadiahealth.edu", "Dr. Ines Okafor"),
           description="Dear Dr. Lee, your itinerary: one-on-one meetings with faculty, lunch with "
                       "postdocs, your research seminar at 3:30 (45 min + questions), dinner with the search "
                       "committee.",
           location="Cascadia Health University, Biomedical Research Bldg", **at("2027-07-08", "08:30", 600, *LA),
           **_id(28)),
     yes(["Cascadia Health University", "Cascadia Health", "Cascadiahealth"], ["search.chair@cascadiahealth.edu"]),
     "en", OHSU),
    # interm: a technical demo round for a product role, the candidate presenting a project
    (event("Technical demo round – Product Engineer (Fernwood)", organizer=org("recruiting@fernwood.dev",
                                                                                "Fernwood Recruiting"),
           guests=[guest("l.ahn@fernwood.dev", "Lucy Ahn"), guest("o.brandt@fernwood.dev", "Oskar Brandt")],
           description="You'll demo a project you built (20 min), then architecture questions from Lucy and "
                       "Oskar. Screen share on Meet." + MEET,
           **at("2027-07-09", "16:00", 60, *LA), **_id(29)),
     yes(["Fernwood"], ["recruiting@fernwood.dev", "l.ahn@fernwood.dev", "o.brandt@fernwood.dev"]), "en", INTERM),
    # kjzz: a police applicant's community interview (chairperson, two PD representatives, two residents)
    (event("Community interview – Police Recruit applicant (Mesa Ridge PD)",
           organizer=org("hiringboard@mesaridgepd.gov", "Mesa Ridge PD Employment Services"),
           description="Pat, you passed the written and physical tests and background. Your 20-minute "
                       "community interview is with a chairperson, two department representatives and two "
                       "community members. Arrive 15 minutes early with photo ID.",
           location="Mesa Ridge PD Headquarters, 620 W Jackson", **at("2027-07-20", "10:40", 20, *PHX), **_id(30)),
     yes(["Mesa Ridge PD", "Mesa Ridge Police Department", "Mesaridgepd", "Mesa Ridge"],
         ["hiringboard@mesaridgepd.gov"]), "en", KJZZ),
    # engfix: a union-shop panel interview with a supervisor and the shop steward
    (event("Panel interview – Maintenance Mechanic (supervisor + union steward)",
           organizer=org("hr@ridgeline-paper.com", "Ridgeline Paper HR"),
           description="Hi Pat, your interview is with the maintenance supervisor and a union representative, "
                       "as the collective agreement requires. Expect safety and situational questions.",
           location="Ridgeline Paper Mill, Gate 2", **at("2027-07-21", "09:00", 45, *CHI), **_id(31)),
     yes(["Ridgeline Paper", "Ridgeline"], ["hr@ridgeline-paper.com"]), "en", ENGFIX),
    # illinois: a screening interview at a conference with part of a search committee
    (event("Conference interview – search committee, Dept. of History (Lakemont College)",
           organizer=org("history.search@lakemont.edu", "Lakemont History Search"),
           description="Thank you for your application. The committee would like to meet you for 30 minutes "
                       "at the annual meeting, Hilton suite 1412.",
           location="Hilton Chicago, Suite 1412", **at("2027-07-22", "14:30", 30, *CHI), **_id(32)),
     yes(["Lakemont College", "Lakemont"], ["history.search@lakemont.edu"]), "en", ILLINOIS),
]
