"""Blind batch 15 of the real-material corpus (issue #15, round 15): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, after round 14's blind batch
(``real_cases_b14.py``, ``real_cases_b14_intl.py``) had become tuning data. The helper who wrote it
never read the detection code, the timeline code or their documentation, and never ran the
detector, the detection bench, the weight fit or any test on these cases. Same conventions as
``real_cases.py`` and the b2 to b14 files: each case re-creates, as Google Calendar would hold it
(title, plain or HTML description, organiser, guests with display names and response status, room
resources, hidden guest lists, all-day events, location, conference text), wording or a process
documented on the public page cited in its source; names, companies and addresses are invented
(company domains look like real ones; none under a reserved name; a vendor's own domain only for
the vendor's demo); the wording is paraphrased, not copied. Every source is new to the corpus: no
URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py for the URL and the host before each was used; hosts already cited, such as
glassdoor, careeraddict, interviewpenguin, paperzz, docest, mockinterviewpro.com, westernsydney,
otago.ac.nz, gla.ac.uk, usembassy.gov, durchstarter.de, hays.nl, boxil.jp, asistwork.pl,
careermarket.cz or jobplacement.unibo.it, were left out).

What it holds: 150 events, 75 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 100 in English (46 interviews; US, UK, Ireland, Canada, Australia, New
Zealand, India, Singapore, South Africa, the Philippines) and 50 in 15 other languages (29
interviews): German 6 (4, Germany and Austria), Spanish 6 (4; Spain 4, Mexico 1, Colombia 1),
French 5 (3; Québec 2, France 2, Belgium 1), Dutch 3 (2, Belgium and the Netherlands), Japanese 3
(1), Portuguese 3 (2, Portugal), Italian 3 (2), Korean 3 (2), Chinese 3 (2, mainland and a Hong
Kong audit firm), Czech 3 (2), Turkish 3 (2), Norwegian 3 (1), Polish 2 (1), Greek 2 (1),
Hungarian 2 (1). 107 cited sources on 107 hosts (73 on 73 for the English half, 34 on 34 for the other
languages), none cited by an earlier file. Czech, Turkish, Norwegian, Greek and Hungarian are new next to
the languages of round 14; Mexico, Colombia, Québec, Belgium and Austria are new places. Dates
fall between 1 and 30 June 2027.

New to the corpus, by sector and process (the sectors b2 to b14 covered least): tech start-ups
(a pairing interview on the candidate's own code, a take-home the candidate blocked an evening for,
the on-site that reviews it, a founder's intro call, an agency-booked pair-coding round, a
40-minute pairing assessment on a dummy repo sent through Ashby), games (a five-day work sample as
an all-day event, a studio screening call, a timed on-site art test, the final with art director
and producer, a games agency's registration interview), accounting and audit (an assessment
centre with group case and partner interview, a mid-tier first interview, two back-to-back
interviews booked by a recruiter, a South African one-way video interview, a Hong Kong partner
interview, a Japanese insurer's second interview), insurance (a claims adjuster's phone screen and
field exercise, a health insurer's test and interview, a Mexican insurer's video interview, an
Italian insurer's group interview), police, sheriff and corrections (written exam and oral
board, scored agility tests, a detention officer interview, an essay exam, an oral interview),
public transport (a bus operator hiring event, screening calls, a depot interview), energy and
utilities (a climbing interview, a three-day climbing test, a JATC committee interview, a
Portuguese energy internship, a Norwegian grid company's case presentation, a Turkish water
utility's oral exam), manufacturing and engineering (Austrian, Italian, Czech, Colombian and Belgian
interviews, a Korean semiconductor maker's two rounds, an Ankara panel), libraries (a panel, an
Australian group interview with a shelving practical, a county interview), veterinary (a vet nurse
interview and trial shift), dentistry (a paid working interview, an associate interview, a dental
assistant's working interview), call centres and BPOs (phone screens, a Manila walk-in final, a
Pune walk-in with reading and extempore rounds, a Welsh role-play interview), real estate (a new
agent's interview with a managing broker), a university's presentation and panel, an ad agency's
take-home creative test and a Paris agency's case study, franchise-like retail and cafés (a
Lisbon group dynamic, a Kraków trial day, a Dutch bike shop), a Québec qualification call and a
Hong Kong, Greek and Hungarian interview. Tools named in invitations: Ashby, NEOGOV, Teams (English,
German, French), Zoom (English, Japanese), Google Meet, phone calls; recruiting agencies (a Spanish
agency, a Québec HR consultancy, a tech agency, a games agency, an accounting agency). Look-alikes: the owner on the hiring side
(a start-up founder, an engineering lead running the pairing assessment, an audit senior, a claims
manager, a community panellist on an oral board, a library branch manager, a practice-owner
dentist, a call-centre recruitment block, an employing broker and two recruiting meetings, a
university panel chair and a department tour, an agency's assessment, a Sparkasse apprentice
fetching applicants, a Brussels jury, a Turkish founder, a Hungarian HR generalist), mock
interviews and practice (AI, a study group, a club, a careers office, a friend), workshops,
webinars, info sessions, an open evening, a careers evening, a job fair, a congress, a course
live session, a CE webinar, exams (ACCA, adjuster licence, CDL permit, DRE), medical and other
checks (polygraph and psych evaluation, a physical assessment, a DOT medical, a drug screen and
background check, a Chinese post-interview medical), visas (a consular interview, biometrics, a
Spanish NIE appointment), media (a podcast guest interview, a booker's pre-interview, an audio
check, the owner hosting a podcast), an agency recruiter's prep call, a vendor demo, an
informational coffee, the candidate's chores, and plain events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
14's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply and tool mailboxes (an ATS, a jobs platform, a scheduling assistant), declined guests and
bots are out; people a schedule names without an address are listed by name; an agency's
recruiter is thanked with the client's interviewers and the company is the client (the agency
when no client is named); informational chats, fairs, open days, medical checks, background checks,
exams for a licence and admissions are not interviews; trial days and shifts, working interviews,
work samples, take-homes, agility and climbing tests, group exercises, assessment centres and the
employer's own tests are hiring steps; a one-way interview or test the owner blocked time for is a
hiring step with nobody to thank; media, user-research and visa interviews are not job interviews.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- a games agency's registration interview with no client named is a hiring step with the agency
  as the company (yes);
- a new real estate agent's interview with a brokerage's managing broker is a hiring step (yes);
- a police physical agility test and a utility's climbing test are the employer's own tests (yes);
  a physical assessment of medical history and lifting ability is a medical check (no);
- a post-offer polygraph and psychological evaluation are checks (no);
- a work sample sent as an all-day event over several days is a hiring step (yes), thanked to the
  team mailbox when it sent the event, to nobody when a no-reply address did;
- a podcast booker's pre-interview is media (no).

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b15_intl.py``, split out for length; ``BLIND15`` holds both.

Scored once, at the end of round 15, for docs/detection.md and the README; tuning data since round 16.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b15_intl import (
    AKL,
    BNE,
    CHI,
    DEN,
    DUB,
    HAL,
    INTL15,
    JNB,
    KOL,
    LA,
    LON,
    MEET,
    MNL,
    NY,
    PER,
    SELF,
    SIN,
    SYD,
    TOR,
    VAN,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
RECURSE = "https://www.recurse.com/code_samples/new?token=7b478d0b3d264c65"
INTERCOM = "https://www.intercom.com/blog/engineer-interview-assignments/"
HATCHWAYS = "https://www.hatchways.io/blog/what-interview-process-works-for-a-startup"
KOFI = "https://www.kofi-group.com/take-home-assignments-vs-pair-coding/"
TECHECHO = "https://techecho.bigdataflowing.com/zh/item/43721423"
WHITECARROT = "https://whitecarrot.io/structured-interview/game-developer"
PIXELCAREER = "https://www.pixelcareer.com/how-to-ace-game-studio-job-interview/"
CUBEBRUSH = "https://cubebrush.co/blog/game-art-tests:-what-to-expect"
BEYONDEXTENT = "https://beyondextent-c47715.webflow.io/articles/how-do-interviews-normally-go"
SKILLSEARCH = "https://www.skillsearch.com/news/item/should-the-best-be-expected-to-test-"
FUTURELEARN = ("https://www.futurelearn.com/courses/how-to-start-your-career-in-games-development/0/steps/57164"
               "?main-nav-submenu=main-nav-courses")
GRADMONKEY = "https://www.graduatemonkey.com/graduate-recruitment-and-selection-at-big-four-audit-consulting-firms/"
SHAHIDALII = "https://shahidalii.com/how-i-got-a-job-at-a-big-four-firm"
WIKIJOB = ("https://forum.wikijob.co.uk/t/the-graduate-journey-for-light-at-the-end-of-the-tunnel-the-peaks-and-"
           "troughs-of-my-search-for-an-offer/21572")
MYLS = "https://myls.ai/blog/big-4-audit-associate-job-readiness-for-fresh-graduates"
ACCA = "https://yourfuture.accaglobal.com/global/en/blog/how-to-impress-the-big-four.html"
BONDWILLIAMS = "https://bondwilliams.co.uk/accounting-finance-prepare-big-four-interview/"
SONANT = "https://www.sonant.ai/blog/insurance-claims-adjuster-interview-questions"
JOBCOPY = "https://www.jobcopy.ai/resources/interview-questions/claims-adjuster-interview-questions"
AIRESUME = "https://airesume.pro/interview-questions/claims-adjuster"
HELLOCECIL = "https://hellocecil.com/resources/claims-adjuster-interview-questions/"
RESUMIZE = ("https://resumize.ai/interview-questions/top-25-claims-adjuster-interview-questions-answers-to-ace-your-"
            "next-interview")
SPRINGFIELD = "https://www.springfieldmo.gov/922/Testing-Selection-Procedure"
NIXA = "http://www.nixa.com/PoliceDept/select_process.htm"
WMATA = "https://www.wmata.com/about/transit-police/Physical-Agility-Test.cfm"
OKC = "https://www.okc.gov/departments/police/recruiting/fitness-standards"
FORSYTH = "http://www.forsyth.cc/Sheriff/hiring_process.aspx?StoryID=18750"
MADISON = "http://www.cityofmadison.com/police/joinTeam/prepare.cfm"
FRISCO = "https://www.friscotexas.gov/Faq.aspx?QID=191"
SFPD = "https://joinsfpd.com/oral-interview"
TRANSITWF = "https://www.transitworkforce.org/streamlining-operator-hiring-practices/assessing-candidates/"
NAP = "https://nap.nationalacademies.org/read/26842/chapter/7"
RESUMECAT = "https://resumecat.com/career/transit-bus-driver/interview-questions"
SNOPUD = "https://www.snopud.com/new-line-apprentices/"
IBEW1245 = ("https://ibew1245.com/2016/07/22/stiff-competition-aspiring-lineworkers-vie-for-a-slot-in-smuds-"
            "apprenticeship-program")
MOVALLEY = "https://movalleyjatc.org/lineman-program/apprentice-process/"
KXAN = ("https://www.kxan.com/news/local/austin/70-foot-high-graduation-apprentice-lineworkers-finish-austin-energy-"
        "climbing-school/")
NEAT = "https://neat1968.org/apprenticeship/minimum-requirements"
INTERVIEWBABA = "https://interviewbaba.com/library-assistant-interview-questions/"
REDLIB = "https://redlib.cakez.net/r/librarians/comments/1m2fha9/getting_ready_for_an_interview"
REDLIB_AU = "http://49.12.195.9:8081/r/Libraries/comments/1ovujgc/library_assistant_interview/nop5kt3/?context=3"
REDLIB_PANEL = ("https://red.firedestroyer.twilightparadox.com/r/Libraries/comments/1h1k4bn/just_got_an_interview_"
                "for_a_library_assistant")
VETNURSE = "https://vetnurse.com.au/2019/05/02/job-interviews/"
NTU = ("https://www.ntu.ac.uk/study-and-courses/academic-schools/animal-rural-and-environmental-sciences/veterinary-"
       "nursing-interview-guide")
WORKBRED = "https://workbred.co.uk/career/veterinary-nurse?page=interview"
BVNA = "https://bvna.org.uk/description-of-the-veterinary-nurse-role/"
CDA = "https://www.cda.org/news-events/how-to-prepare-for-a-dental-working-interview"
ADA = ("https://www.ada.org/resources/careers/career-transitions/articles/ace-your-interview-tips-for-hiring-dentists-"
       "and-candidates")
DENTALCARE = ("https://www.dentalcare-aus.com.au/en-au/professional-dentist-education/ce-courses/ce515/tips-on-"
              "effective-interviewing")
DANB = "https://www.danb.org/news-blog/detail/blog/interview-green-flags"
ONELOOSE = "https://oneloosetooth.com/retrospect-part-4-interview/"
CALLNINJA = "https://callcenterninja.com/call-center-interview-questions-application/"
PISOPINOY = "https://pisopinoy.com/how-to-pass-a-call-center-phone-interview/"
JAMMAG = "http://jammag.com/cracking-call-centre-interviews/"
POWERRES = "https://powerresourcing.co.uk/be-prepared-for-the-unexpected/"
ADHI = "https://lunatics.adhischools.com/blog/interview-brokerage-new-agent-california"
FIRSTTUESDAY = "https://journal.firsttuesday.us/calpaces-for-recruiting-interviewing-prospective-hires/81301/"
CHAMPIONS = "https://www.championsschool.com/resources/sponsor-interview/"
GALLERYNJ = ("https://www.thegallerynj.com/post/what-i-learned-from-5000-cups-of-coffee-and-real-estate-recruiting-"
             "interviews")
AMGENIUS = "https://theamericangenius.com/would-you-hire-you-part-one/amp"
QUB = ("http://www.qub.ac.uk/directorates/HumanResources/MoreDetails/Recruitment/RecruitmentandSelection/"
       "ShortlistingandAssessment/")
SWANSEA = "http://www.swansea.ac.uk/personnel/attraction/formanagers/interviewarrangements/"
OXFORD = "https://www.admin.ox.ac.uk/personnel/daproject/darecruit/select/"
INTERVIEWBEE = "https://interviewbee.ai/resources/interview-questions/wpp/creative-designer-and-art-director"
NOUSPARK = "https://www.nouspark.io/resources/assessments/campaign-brief-creative-critique"
ADGRADS = "http://adgrads.blogspot.com/2010/11/more-on-interviews.html"
MARSAGENCY = "https://www.themarsagency.com/intern-learn-gaining-valuable-experience/"
SLIDESHARE = "http://www.slideshare.net/brendanwatson/the-advertising-interview-5786029"
VISUALFOODIE = "https://visualfoodie.com/preparing-for-your-cita-consular-appointment"
SOUNDCARTEL = "https://soundcartel.com.au/blog/how-to-prepare-for-a-podcast-interview/"
PODCASTCONSULT = "https://www.podcastconsultant.net/2010/03/17/booking-guests-for-your-podcast/"
VIRTUALLYYOU = "https://virtuallyyouva.com/post/podcast-interviews-101-the-best-3-tips-for-your-guest-interviews"
GEEKEMBASSY = "http://www.thegeekembassy.com/2015/08/04/talk-to-us-the-how-tos-of-podcast-interviews-part-3-of-3/"


_TECH_GAMES_AUDIT: list[Case] = [
    # ============================================================ tech start-ups: take-homes and pairing
    # recurse: a pairing interview on code the candidate wrote beforehand, booked after submitting it
    (event("Pairing interview: Pat Lee x Tidewell (bring your own code)",
           organizer=org("eng-hiring@tidewell.dev", "Tidewell Engineering Hiring"),
           guests=[guest("eng-hiring@tidewell.dev", "Tidewell Engineering Hiring"),
                   guest("noor@tidewell.dev", "Noor Haddad")],
           description="You'll share your screen and pair with Noor on the program you submitted. We care about how "
                       "you debug, test and take suggestions, not about finishing. Have it running before we start."
                       + MEET,
           **at("2027-06-08", "13:00", 60, *NY)),
     yes(["Tidewell", "Tidewell.dev"], ["eng-hiring@tidewell.dev", "noor@tidewell.dev"]), "en", RECURSE),
    # recurse: the candidate's own reminder to get the submitted code running first (own chore, no)
    (event("Get gist running + screen share test before Tidewell pairing", organizer=SELF,
           **at("2027-06-08", "12:15", 30, *NY)),
     None, "en", RECURSE),
    # intercom: a take-home test the candidate blocked an evening for (a hiring step with nobody to thank)
    (event("Take-home test – Pelican Labs (backend, ~3h, due Fri)", organizer=SELF,
           description="Email screener from recruiting. Keep it focused; README with trade-offs.",
           **at("2027-06-09", "18:30", 180, *DUB)),
     yes(["Pelican Labs", "Pelicanlabs"], []), "en", INTERCOM),
    # intercom: the on-site after the take-home, an engineer and a product manager (Dublin)
    (event("Pelican Labs – onsite: take-home review + product conversation",
           organizer=org("talent@pelicanlabs.io", "Pelican Labs Talent"),
           guests=[guest("talent@pelicanlabs.io", "Pelican Labs Talent"),
                   guest("ciaran.doyle@pelicanlabs.io", "Ciarán Doyle"),
                   guest("maeve.okeeffe@pelicanlabs.io", "Maeve O'Keeffe"),
                   room("c_88f1ab20@resource.calendar.google.com", "DUB-2-Liffey (6)")],
           description="Part 1: walk Ciarán (Product Engineer) through your take-home. Part 2: product conversation "
                       "with Maeve (PM). Lunch with the team after.",
           location="Pelican Labs, 2 Grand Canal Square, Dublin 2", **at("2027-06-16", "10:00", 150, *DUB)),
     yes(["Pelican Labs", "Pelicanlabs"],
         ["talent@pelicanlabs.io", "ciaran.doyle@pelicanlabs.io", "maeve.okeeffe@pelicanlabs.io"]), "en", INTERCOM),
    # hatchways: the 30-minute intro call with an early-stage founder (half filter, half sell)
    (event("Intro call – Founding Engineer – Quillstack",
           organizer=org("sam@quillstack.com", "Sam Whitford"),
           guests=[guest("sam@quillstack.com", "Sam Whitford")],
           description="Quick 30 min: your goals, what working at a 6-person startup is like, and what we're building."
                       + ZOOM,
           **at("2027-06-02", "16:00", 30, *LA)),
     yes(["Quillstack"], ["sam@quillstack.com"]), "en", HATCHWAYS),
    # hatchways: the owner is a founder holding an intro call with an engineer she is hiring (hiring side)
    (event("Intro call w/ candidate – Dev Patel (backend)", organizer=SELF,
           guests=[guest("dev.patel.codes@gmail.com", "Dev Patel")],
           description="Filter: near-term goals, startup readiness. Sell: problem + team." + ZOOM,
           **at("2027-06-04", "11:00", 30, *LA)),
     None, "en", HATCHWAYS),
    # kofi-group: a tech recruiting firm books a pair-coding round with its client
    (event("Pair coding interview – Halyard Health Data (via Kestrel Talent)",
           organizer=org("jordan@kestreltalent.com", "Jordan Reyes (Kestrel Talent)"),
           guests=[guest("jordan@kestreltalent.com", "Jordan Reyes (Kestrel Talent)"),
                   guest("li.wen@halyardhd.com", "Li Wen"),
                   guest("recruiting@halyardhd.com", "Halyard Recruiting", "needsAction")],
           description="60-minute real-time pair coding with Li Wen (Staff Engineer). Python or Go. Think out loud.",
           **at("2027-06-10", "14:00", 60, *CHI)),
     yes(["Halyard Health Data", "Halyard", "Halyardhd"],
         ["jordan@kestreltalent.com", "li.wen@halyardhd.com", "recruiting@halyardhd.com"]), "en", KOFI),
    # kofi-group: the agency recruiter's prep call before the client's pairing round (agency prep, no)
    (event("Prep call w/ Jordan before Halyard pairing",
           organizer=org("jordan@kestreltalent.com", "Jordan Reyes (Kestrel Talent)"),
           description="15 min to go over format and what Li tends to ask.", **at("2027-06-09", "09:30", 15, *CHI)),
     None, "en", KOFI),
    # techecho: a 40-minute pair programming assessment on a dummy copy of production code
    (event("Technical pairing assessment (40 min) – Brightmoor Payments",
           organizer=org("no-reply@ashbyhq.com", "Brightmoor Payments via Ashby"),
           guests=[guest("hiring@brightmoorpay.com", "Brightmoor Hiring"),
                   guest("oscar.lind@brightmoorpay.com", "Oscar Lind")],
           description="We'll send read-only access to a small repo one hour before. Please look around but don't "
                       "implement anything. In the session you'll fix failing tests with Oscar." + MEET,
           **at("2027-06-15", "15:00", 40, *LON)),
     yes(["Brightmoor Payments", "Brightmoor", "Brightmoorpay"], ["hiring@brightmoorpay.com", "oscar.lind@brightmoorpay.com"]),
     "en", TECHECHO),
    # techecho: the owner, an engineering lead, runs the same assessment for her team's candidate (hiring side)
    (event("Pairing assessment – candidate #14 (I drive the repo)", organizer=org("hiring@brightmoorpay.com",
                                                                                    "Brightmoor Hiring"),
           guests=[guest("hiring@brightmoorpay.com", "Brightmoor Hiring"),
                   guest("amira.k.dev@outlook.com", "Amira Khalil")],
           description="Interviewer: you. Rubric link in Ashby. Send repo access at 14:00." + MEET,
           **at("2027-06-22", "15:00", 40, *LON)),
     None, "en", TECHECHO),
    # whitecarrot: a game developer work sample with a five-day window, sent as an all-day event by the ATS
    (days(event("Work sample: build a simple platformer (Unity or Unreal) – Lanternfish Games",
                organizer=org("no-reply@lanternfishgames.com", "Lanternfish Games Recruiting"),
                description="Deliver a 2-level platformer with coins and scoring within 5 days. The follow-up "
                            "interview will ask how you handled jumping, gravity and collisions."),
          "2027-06-07", "2027-06-12"),
     yes(["Lanternfish Games", "Lanternfish", "Lanternfishgames"], []), "en", WHITECARROT),
    # pixelcareer: the studio's screening call after the portfolio review
    (event("Screening call – Environment Artist – Copperline Studios",
           organizer=org("talent@copperlinestudios.com", "Copperline Talent"),
           guests=[guest("talent@copperlinestudios.com", "Copperline Talent"),
                   guest("rosa.mbeki@copperlinestudios.com", "Rosa Mbeki")],
           description="30-45 minutes on your background and interest in the role. Art test details to follow.",
           **at("2027-06-03", "09:00", 45, *VAN)),
     yes(["Copperline Studios", "Copperline", "Copperlinestudios"],
         ["talent@copperlinestudios.com", "rosa.mbeki@copperlinestudios.com"]), "en", PIXELCAREER),
    # cubebrush: a timed on-site art test at a Montréal studio's Vancouver office
    (event("Art test (timed, on site) – Copperline Studios – prop modelling", organizer=SELF,
           description="4 hours, their machine, Maya + Substance. Brief handed out on arrival.",
           location="Copperline Studios, 1055 W Hastings St, Vancouver", **at("2027-06-11", "10:00", 240, *VAN)),
     yes(["Copperline Studios", "Copperline", "Copperlinestudios"], []), "en", CUBEBRUSH),
    # beyondextent: the final interview with the art director and a producer
    (event("Final interview – Art Director + Producer – Copperline Studios",
           organizer=org("talent@copperlinestudios.com", "Copperline Talent"),
           guests=[guest("talent@copperlinestudios.com", "Copperline Talent"),
                   guest("yannick.roy@copperlinestudios.com", "Yannick Roy"),
                   guest("bea.santos@copperlinestudios.com", "Bea Santos", "tentative")],
           description="Budget, timeline and location will also be discussed." + ZOOM,
           **at("2027-06-24", "11:00", 60, *VAN)),
     yes(["Copperline Studios", "Copperline", "Copperlinestudios"],
         ["talent@copperlinestudios.com", "yannick.roy@copperlinestudios.com", "bea.santos@copperlinestudios.com"]),
     "en", BEYONDEXTENT),
    # skillsearch: a games recruitment agency's registration interview, no client named yet
    (event("Registration interview – Pixelpath Recruitment (games art roles)",
           organizer=org("hannah@pixelpathrecruitment.co.uk", "Hannah Cole"),
           guests=[guest("hannah@pixelpathrecruitment.co.uk", "Hannah Cole")],
           description="Let's talk about your portfolio, rates and which studios you'd consider. Art tests: we'll "
                       "discuss how we handle them with clients.",
           **at("2027-06-02", "12:30", 30, *LON)),
     yes(["Pixelpath Recruitment", "Pixelpath"], ["hannah@pixelpathrecruitment.co.uk"]), "en", SKILLSEARCH),
    # futurelearn: a live session of an online course on practical interview tasks in games (learning, no)
    (event("Live Q&A – Start your career in games: practical interview tasks", organizer=SELF,
           description="Course step 3.4 live session with the educators.", **at("2027-06-05", "17:00", 60, *LON)),
     None, "en", FUTURELEARN),
    # ============================================================ accounting and audit
    # graduatemonkey: an audit firm's assessment centre: group case, networking, then partner interview
    (event("Assessment Centre – Audit Graduate Programme – Harrow Whitlock LLP",
           organizer=org("graduates@harrowwhitlock.co.uk", "Harrow Whitlock Graduate Recruitment"),
           guests=[guest("graduates@harrowwhitlock.co.uk", "Harrow Whitlock Graduate Recruitment")],
           guestsCanSeeOtherGuests=False,
           description="Your day: group case study on a client problem, informal networking lunch with trainees, then a "
                       "formal interview with a partner and a senior manager.",
           location="Harrow Whitlock LLP, 1 Temple Row, Birmingham B2 5LG", **at("2027-06-09", "09:00", 360, *LON)),
     yes(["Harrow Whitlock LLP", "Harrow Whitlock", "Harrowwhitlock"], ["graduates@harrowwhitlock.co.uk"]),
     "en", GRADMONKEY),
    # shahidalii: a Big Four-style firm's campus careers event (information, no)
    (event("Careers evening: Audit & Tax at Harrow Whitlock (Uni of Strathclyde)",
           organizer=org("careers@strath-careers.ac.uk", "Careers Service"),
           location="Technology & Innovation Centre, Glasgow", **at("2027-06-03", "18:00", 120, *LON)),
     None, "en", SHAHIDALII),
    # wikijob forum: a mid-tier firm's first interview for an audit trainee role, noted by the candidate
    (event("BDW Partners first interview (audit trainee) – Manager: Kelly Ashworth", organizer=SELF,
           description="Competency questions + why audit. Bring ID and transcripts.",
           location="BDW Partners, 55 Baker St, London W1U", **at("2027-06-14", "11:00", 60, *LON)),
     yes(["BDW Partners", "BDW"], ["Kelly Ashworth"]), "en", WIKIJOB),
    # myls: an AI mock interview calibrated to audit associate roles (practice, no)
    (event("AI mock interview – Big 4 audit associate", organizer=SELF,
           description="Practice session on the mock interview platform; review transcript afterwards.",
           **at("2027-06-07", "20:00", 30, *SIN)),
     None, "en", MYLS),
    # accaglobal: the owner's ACCA exam (an exam, not a hiring step)
    (event("ACCA AA exam – Audit and Assurance", organizer=SELF, location="Pearson VUE centre, Tanjong Pagar",
           **at("2027-06-08", "09:00", 195, *SIN)),
     None, "en", ACCA),
    # bondwilliams: a recruiter books two back-to-back half-hour interviews at the client firm
    (event("Interviews x2 (30 min each) – Semi-senior Accountant – Langley Moss (via Tor Bay Recruitment)",
           organizer=org("claire@torbayrecruitment.co.uk", "Claire (Tor Bay Recruitment)"),
           guests=[guest("claire@torbayrecruitment.co.uk", "Claire (Tor Bay Recruitment)"),
                   guest("r.hughes@langleymoss.co.uk", "Rhys Hughes"),
                   guest("p.anand@langleymoss.co.uk", "Priya Anand")],
           description="Back-to-back: first with Rhys Hughes (partner, behavioural), then Priya Anand (manager, "
                       "technical). Leave 5 minutes for your own questions in each.",
           location="Langley Moss, 7 Southernhay East, Exeter", **at("2027-06-17", "10:00", 60, *LON)),
     yes(["Langley Moss", "Langleymoss"],
         ["claire@torbayrecruitment.co.uk", "r.hughes@langleymoss.co.uk", "p.anand@langleymoss.co.uk"]),
     "en", BONDWILLIAMS),
    # bondwilliams: the owner, an audit senior, interviews two trainee candidates (hiring side)
    (event("Trainee interviews – I'm second interviewer (technical)", organizer=org("hr@langleymoss.co.uk",
                                                                                     "Langley Moss HR"),
           guests=[guest("hr@langleymoss.co.uk", "Langley Moss HR"), guest("r.hughes@langleymoss.co.uk", "Rhys Hughes")],
           location="Meeting room 2", **at("2027-06-24", "14:00", 90, *LON)),
     None, "en", BONDWILLIAMS),
    # graduatemonkey: a one-way video interview the candidate blocked time for (Johannesburg)
    (event("Record one-way video interview – Mokoena Nkosi Inc. graduate programme (deadline 17:00)", organizer=SELF,
           description="4 questions, 2 min each, one retake. Link in the email from their recruitment platform.",
           **at("2027-06-10", "10:00", 45, *JNB)),
     yes(["Mokoena Nkosi Inc.", "Mokoena Nkosi"], []), "en", GRADMONKEY),
]


_INSURANCE_PUBLIC_TRANSIT_ENERGY: list[Case] = [
    # ============================================================ insurance
    # sonant: a carrier's phone screen for a property claims adjuster
    (event("Phone screen – Property Claims Adjuster – Granite Shore Mutual",
           organizer=org("recruiting@graniteshore.com", "Granite Shore Recruiting"),
           guests=[guest("recruiting@graniteshore.com", "Granite Shore Recruiting"),
                   guest("dana.whitlow@graniteshore.com", "Dana Whitlow")],
           description="Dana will call you at the number on file. ~25 minutes: licensing status, caseload, "
                       "Xactimate experience.",
           **at("2027-06-04", "10:30", 25, *CHI)),
     yes(["Granite Shore Mutual", "Granite Shore", "Graniteshore"],
         ["recruiting@graniteshore.com", "dana.whitlow@graniteshore.com"]), "en", SONANT),
    # sonant: the field exercise before the final conversation with senior leadership
    (event("Field exercise + final conversation – Granite Shore Mutual (Claims)",
           organizer=org("recruiting@graniteshore.com", "Granite Shore Recruiting"),
           guests=[guest("recruiting@graniteshore.com", "Granite Shore Recruiting"),
                   guest("marcus.bell@graniteshore.com", "Marcus Bell"),
                   guest("dana.whitlow@graniteshore.com", "Dana Whitlow", "declined")],
           description="Mock water-loss inspection at our training house (estimate + photos), then 45 minutes with "
                       "Marcus Bell, VP Claims.",
           location="Granite Shore Training Center, 4100 Research Blvd, Austin TX", **at("2027-06-15", "08:30", 240, *CHI)),
     yes(["Granite Shore Mutual", "Granite Shore", "Graniteshore"],
         ["recruiting@graniteshore.com", "marcus.bell@graniteshore.com"]), "en", SONANT),
    # jobcopy: the candidate's own prep block for claim stories (own chore, no)
    (event("Prep 3 claim stories (STAR) + redacted timeline for Granite Shore", organizer=SELF,
           **at("2027-06-14", "19:00", 90, *CHI)),
     None, "en", JOBCOPY),
    # airesume: an estimating-software training course (training, no)
    (event("Xactimate Level 1 – online class (day 2)", organizer=org("training@claimsacademy.net", "Claims Academy"),
           description="Sketch, macros, price lists. Certificate on completion.", **at("2027-06-07", "09:00", 420, *CHI)),
     None, "en", AIRESUME),
    # hellocecil: the owner, a claims manager, interviews adjuster candidates (hiring side)
    (event("Interview: adjuster candidate – T. Okonjo (I lead, use stress questions)", organizer=SELF,
           guests=[guest("t.okonjo@gmail.com", "Tunde Okonjo"), guest("hr@lakesideinsure.com", "Lakeside HR")],
           location="Lakeside Insurance, conf room B", **at("2027-06-18", "13:00", 45, *NY)),
     None, "en", HELLOCECIL),
    # resumize: the state adjuster licensing exam (an exam, no)
    (event("TX All-Lines Adjuster license exam", organizer=SELF, location="PSI Test Center, Houston",
           **at("2027-06-02", "08:00", 150, *CHI)),
     None, "en", RESUMIZE),
    # ============================================================ police, sheriff, corrections
    # springfieldmo: the written exam and the oral interview of a city police department's selection
    (event("Police Officer Selection – Written Exam & Oral Interview",
           organizer=org("policerecruiting@oakridgemo.gov", "Oakridge PD Recruiting"),
           guests=[guest("policerecruiting@oakridgemo.gov", "Oakridge PD Recruiting")],
           guestsCanSeeOtherGuests=False,
           description="Written exam 8:00. Those passing proceed to the oral interview board the same afternoon. "
                       "Physical agility test and background investigation follow.",
           location="Oakridge Police Training Center, 2200 W Chestnut Expy", **at("2027-06-05", "08:00", 480, *CHI)),
     yes(["Oakridge Police Department", "Oakridge PD", "City of Oakridge"], ["policerecruiting@oakridgemo.gov"]),
     "en", SPRINGFIELD),
    # springfieldmo: the polygraph and psychological evaluation after the conditional offer (checks, no)
    (event("Post-offer: polygraph + psych evaluation (Oakridge PD)",
           organizer=org("policerecruiting@oakridgemo.gov", "Oakridge PD Recruiting"),
           description="Conditional offer testing. Bring photo ID. Drug screen the same day.",
           location="Behavioral Health Associates, 1500 E Battlefield", **at("2027-06-28", "08:00", 300, *CHI)),
     None, "en", SPRINGFIELD),
    # nixa: the scored physical agility test that opens a small town's selection process
    (event("Physical Agility Test – Police Officer applicants", organizer=org("noreply@governmentjobs.com",
                                                                              "NEOGOV"),
           description="Push-ups, sit-ups, vertical jump, 300 m and 1.5 mile run. Composite of 40 points needed to "
                       "move on to the written exam.",
           location="Nixon Valley High School track", **at("2027-06-12", "07:00", 180, *CHI)),
     yes(["Nixon Valley Police Department", "Nixon Valley PD", "Nixon Valley"], []), "en", NIXA),
    # wmata: a transit police department's physical agility test
    (event("Transit Police Recruit – Physical Agility Test", organizer=SELF,
           description="1.5 mi in 17:54, 300 m in 81 s, 12 push-ups, 23 sit-ups. Pass each to move on.",
           location="Metro Transit Police Training Academy, Landover MD", **at("2027-06-19", "07:30", 120, *NY)),
     yes(["Metro Transit Police", "Metro Transit Police Department"], []), "en", WMATA),
    # okc: the candidate's own training run toward the fitness standard (own chore, no)
    (event("PAT practice: 1.5 mi run + pushups", organizer=SELF, location="River Trail", **at("2027-06-10", "06:00", 45, *CHI)),
     None, "en", OKC),
    # forsyth: a sheriff's office detention officer interview, the waiver signed beforehand
    (event("Detention Officer – interview with Jail Administration",
           organizer=org("hiring@pinecountysheriff.org", "Pine County Sheriff's Office HR"),
           guests=[guest("hiring@pinecountysheriff.org", "Pine County Sheriff's Office HR"),
                   guest("capt.mcintyre@pinecountysheriff.org", "Capt. Ray McIntyre")],
           description="Interview with Capt. McIntyre and a sergeant. Bring signed waiver and release.",
           location="Pine County Detention Center, 201 N Church St", **at("2027-06-09", "13:30", 45, *NY)),
     yes(["Pine County Sheriff's Office", "Pine County Sheriff", "Pinecountysheriff"],
         ["hiring@pinecountysheriff.org", "capt.mcintyre@pinecountysheriff.org"]), "en", FORSYTH),
    # cityofmadison: the written exam with an essay, by invitation after application review
    (event("Written exam + essay – Police Officer – City of Lakeshore",
           organizer=org("pfc@cityoflakeshore.gov", "Lakeshore Police & Fire Commission"),
           description="Reading comprehension and vocabulary; a comprehensive essay is also given. Arrive 30 min early.",
           location="Lakeshore Public Safety Building, Rm 108", **at("2027-06-06", "09:00", 180, *CHI)),
     yes(["City of Lakeshore", "Lakeshore Police Department", "Lakeshore Police & Fire Commission"],
         ["pfc@cityoflakeshore.gov"]), "en", MADISON),
    # friscotexas: a physical assessment with medical history and lifting ability (a medical check, no)
    (event("Physical assessment test (medical history, musculoskeletal, lifting)",
           organizer=org("pd-recruiting@prairiecitytx.gov", "Prairie City PD Recruiting"),
           description="Not a fitness test: no push-ups or runs. Baseline data by the occupational health clinic.",
           location="Prairie City Occupational Health, 9100 Main", **at("2027-06-21", "08:00", 120, *CHI)),
     None, "en", FRISCO),
    # joinsfpd: the oral interview phase after the written exam and physical abilities test
    (event("Oral Interview – Police Officer (Q-2) – Bayview PD",
           organizer=org("recruitment@joinbayviewpd.org", "Bayview PD Recruitment"),
           description="Report on time with photo ID. Five minutes to review questions before meeting the panel. "
                       "Workout clothes are fine.",
           location="Bayview Police Academy, 350 Amber Dr", **at("2027-06-23", "10:20", 40, *LA)),
     yes(["Bayview Police Department", "Bayview PD", "Joinbayviewpd"], ["recruitment@joinbayviewpd.org"]),
     "en", SFPD),
    # joinsfpd: the owner sits on the oral board as a community panellist (hiring side)
    (event("Oral board panelist – community member seat (Bayview PD)",
           organizer=org("recruitment@joinbayviewpd.org", "Bayview PD Recruitment"),
           description="Thank you for volunteering. Panel briefing 7:30, candidates from 8:00.",
           location="Bayview Police Academy, 350 Amber Dr", **at("2027-06-24", "07:30", 480, *LA)),
     None, "en", SFPD),
    # ============================================================ public transport
    # transitworkforce: a bus operator hiring event with same-day interviews
    (event("Bus Operator Hiring Event – interviews on the spot – Capital Area Transit",
           organizer=org("careers@catbus.org", "Capital Area Transit Careers"),
           guests=[guest("careers@catbus.org", "Capital Area Transit Careers")],
           description="Your interview slot: 10:40. Structured questions about a difficult rider and a conflict with a "
                       "coworker. Bring driver's license and 10-year driving history.",
           location="CAT Operations Center, 1100 Transit Way", **at("2027-06-12", "10:40", 45, *NY)),
     yes(["Capital Area Transit", "CAT", "Catbus"], ["careers@catbus.org"]), "en", TRANSITWF),
    # transitworkforce: the DOT medical exam with a sleep apnea screen (medical, no)
    (event("DOT medical exam (CDL) – sleep apnea screen", organizer=SELF, location="Concentra, 44 Elm St",
           **at("2027-06-17", "08:15", 60, *NY)),
     None, "en", TRANSITWF),
    # transitworkforce: the agency's short screening phone call about the realities of the job
    (event("Screening call – Bus Operator – RiverLink Transit", organizer=org("hr@riverlinktransit.org", "RiverLink HR"),
           guests=[guest("hr@riverlinktransit.org", "RiverLink HR"), guest("janelle.ortiz@riverlinktransit.org",
                                                                             "Janelle Ortiz")],
           description="10-15 min: split shifts, weekends, passenger interactions.", **at("2027-06-03", "15:00", 15, *CHI)),
     yes(["RiverLink Transit", "RiverLink", "Riverlinktransit"],
         ["hr@riverlinktransit.org", "janelle.ortiz@riverlinktransit.org"]), "en", TRANSITWF),
    # nationalacademies: the CDL permit knowledge test at the licensing office (licensing, no)
    (event("CDL permit knowledge test (passenger + air brakes)", organizer=SELF, location="DMV, 3rd Ave office",
           **at("2027-06-05", "09:00", 90, *CHI)),
     None, "en", NAP),
    # resumecat: a face-to-face bus driver interview with the operations superintendent (Canada)
    (event("Interview – Transit Operator – Harbourline Transit (Ops Superintendent)", organizer=SELF,
           guests=[guest("k.macdonald@harbourline.ca", "Kevin MacDonald")],
           location="Harbourline Transit, Ragged Lake depot, Halifax NS", **at("2027-06-08", "09:00", 45, *HAL)),
     yes(["Harbourline Transit", "Harbourline"], ["k.macdonald@harbourline.ca"]), "en", RESUMECAT),
    # ============================================================ energy and utilities
    # snopud: a public utility's climbing interview for line apprentices, after the formal interview
    (event("Climbing interview – Line Apprentice – Cascade PUD",
           organizer=org("apprenticeships@cascadepud.org", "Cascade PUD Apprenticeships"),
           guestsCanSeeOtherGuests=False,
           description="Congratulations on advancing. The climbing interview looks at how you take direction and "
                       "communicate, not speed. Bring boots; climbing gear provided.",
           location="Cascade PUD Operations Yard, 2320 California St, Everett WA", **at("2027-06-14", "07:00", 240, *LA)),
     yes(["Cascade PUD", "Cascadepud"], ["apprenticeships@cascadepud.org"]), "en", SNOPUD),
    # ibew1245: a municipal utility's three-day physical and climbing test block (employer's test, yes)
    (days(event("Lineworker apprentice – physical & climbing tests (3 days) – Sacramento Valley MUD",
                organizer=org("apprentice@svmud.org", "SVMUD Apprenticeship"),
                description="Report 6:30 each day. Interviews for those who pass."),
          "2027-06-21", "2027-06-24"),
     yes(["Sacramento Valley MUD", "SVMUD"], ["apprentice@svmud.org"]), "en", IBEW1245),
    # movalleyjatc: the committee interview day after the aptitude test, scored 0-100 by each member
    (event("Interview Day – Outside Lineman Apprenticeship (JATC committee)",
           organizer=org("office@heartlandlinejatc.org", "Heartland Line JATC"),
           description="Committee of line contractors and union members. Your average score places you on the "
                       "ranking list.",
           location="Heartland Line JATC, 8000 NE Industrial Dr, Kansas City", **at("2027-06-16", "13:20", 30, *CHI)),
     yes(["Heartland Line JATC", "Heartland Line", "Heartlandlinejatc"], ["office@heartlandlinejatc.org"]),
     "en", MOVALLEY),
    # kxan: a city utility's climbing school graduation the owner is invited to as a relative (no)
    (event("Marcus' climbing school graduation (70 ft pole!)", organizer=SELF,
           location="Lakeway Power training yard", **at("2027-06-25", "10:00", 90, *CHI)),
     None, "en", KXAN),
]


_LIBRARY_VET_DENTAL_CALLS: list[Case] = [
    # ============================================================ libraries
    # interviewbaba: a public library assistant's panel interview
    (event("Interview – Library Assistant (Branch Services) – Maplewood Public Library",
           organizer=org("hr@maplewoodlibrary.org", "Maplewood Library HR"),
           guests=[guest("hr@maplewoodlibrary.org", "Maplewood Library HR"),
                   guest("gwen.arnold@maplewoodlibrary.org", "Gwen Arnold"),
                   guest("tomas.reyes@maplewoodlibrary.org", "Tomas Reyes"),
                   room("c_19ac4e02@resource.calendar.google.com", "Central-2-Board Room (12)")],
           description="Panel: Gwen Arnold (Branch Manager) and Tomas Reyes (Circulation Supervisor). About 45 minutes; "
                       "questions on customer service, shelving accuracy and handling a book challenge.",
           location="Maplewood Public Library, 51 Baker St, Maplewood NJ", **at("2027-06-07", "10:00", 45, *NY)),
     yes(["Maplewood Public Library", "Maplewood Library", "Maplewoodlibrary"],
         ["hr@maplewoodlibrary.org", "gwen.arnold@maplewoodlibrary.org", "tomas.reyes@maplewoodlibrary.org"]),
     "en", INTERVIEWBABA),
    # redlib: an Australian council library's group interview with a shelving practical
    (event("Group interview + shelving activity – Library Officer – City of Moreton Libraries",
           organizer=org("recruitment@moretoncity.qld.gov.au", "City of Moreton Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Group session: customer service scenarios, prioritising tasks and a short shelving practical. "
                       "Shortlisted applicants will then be invited to a panel interview addressing the selection "
                       "criteria.",
           location="Strathpine Library, 1 Station Rd", **at("2027-06-09", "13:00", 120, *BNE)),
     yes(["City of Moreton Libraries", "City of Moreton", "Moretoncity"], ["recruitment@moretoncity.qld.gov.au"]),
     "en", REDLIB_AU),
    # redlib: the owner, a branch manager, on the interview panel for library assistants (hiring side)
    (event("Panel: Library Assistant interviews (4 candidates)", organizer=SELF,
           guests=[guest("hr@maplewoodlibrary.org", "Maplewood Library HR"),
                   guest("tomas.reyes@maplewoodlibrary.org", "Tomas Reyes")],
           description="Questions: future of libraries, conflict with a patron, keeping up with tech.",
           location="Board Room", **at("2027-06-21", "09:00", 240, *NY)),
     None, "en", REDLIB_PANEL),
    # redlib: a county library's interview for an adult services assistant, noted by the candidate
    (event("County library interview – Adult Librarian Assistant (Harlan County Public Library)", organizer=SELF,
           description="Panel of 3. Read the collection development + challenge policy. Print portfolio.",
           location="Harlan County Public Library, Admin Office", **at("2027-06-11", "14:00", 60, *NY)),
     yes(["Harlan County Public Library", "Harlan County"], []), "en", REDLIB),
    # redlib: an all-staff training day at the owner's current library job (work, no)
    (days(event("Staff development day – library closed", organizer=org("admin@harlanlibrary.org", "Library Admin")),
          "2027-06-18", "2027-06-19"),
     None, "en", REDLIB),
    # ============================================================ veterinary
    # vetnurse.com.au: a vet nurse interview at a clinic, with certificates and assignments to show
    (event("Interview – Veterinary Nurse (Cert IV) – Swan River Vet Hospital",
           organizer=org("practicemanager@swanrivervet.com.au", "Kylie Morton"),
           guests=[guest("practicemanager@swanrivervet.com.au", "Kylie Morton"),
                   guest("dr.hale@swanrivervet.com.au", "Dr Aaron Hale")],
           description="With Kylie (Practice Manager) and Dr Hale. Bring your certificates and a copy of your CV.",
           location="Swan River Veterinary Hospital, 210 Guildford Rd, Maylands WA", **at("2027-06-08", "12:30", 45, *PER)),
     yes(["Swan River Vet Hospital", "Swan River Veterinary Hospital", "Swanrivervet"],
         ["practicemanager@swanrivervet.com.au", "dr.hale@swanrivervet.com.au"]), "en", VETNURSE),
    # vetnurse.com.au: the paid trial shift the clinic offered after the interview
    (event("Trial shift – Swan River Vet (consults + surgery prep)", organizer=SELF,
           description="Wear scrubs, closed shoes. Report to Kylie at 7:45.",
           location="Swan River Veterinary Hospital, Maylands", **at("2027-06-14", "07:45", 480, *PER)),
     yes(["Swan River Vet Hospital", "Swan River Veterinary Hospital", "Swanrivervet"], ["Kylie"]),
     "en", VETNURSE),
    # ntu: a university's veterinary nursing course interview (admission, no)
    (event("Veterinary Nursing BSc – applicant interview day", organizer=org("admissions@trentvale.ac.uk",
                                                                              "Trentvale University Admissions"),
           description="Talk to the veterinary nursing team, then your individual interview. Submit your practice "
                       "reference beforehand.",
           location="Brackenhurst campus", **at("2027-06-10", "10:00", 240, *LON)),
     None, "en", NTU),
    # workbred: an online mock interview for vet nurses (practice, no)
    (event("Vet nurse mock interview (online, 10 min)", organizer=SELF, **at("2027-06-06", "21:00", 15, *LON)),
     None, "en", WORKBRED),
    # bvna: the veterinary nurses' congress (conference, no)
    (days(event("BVNA Congress", organizer=SELF, location="Telford International Centre"), "2027-06-25", "2027-06-27"),
     None, "en", BVNA),
    # ============================================================ dentistry
    # cda: a paid working interview for a new dentist, arranged in writing with the owner
    (event("Working interview – Associate Dentist – Sunridge Family Dental (Dr. Okafor)",
           organizer=org("office@sunridgedental.com", "Sunridge Family Dental"),
           guests=[guest("office@sunridgedental.com", "Sunridge Family Dental"),
                   guest("dr.okafor@sunridgedental.com", "Dr. Chidi Okafor")],
           description="Per our written agreement: you'll treat scheduled hygiene-check patients in Op 3 from 8 to 4; "
                       "PPE provided; paid at the end of the day. Please confirm your liability binder.",
           location="Sunridge Family Dental, 880 Sunridge Pkwy, Sacramento CA", **at("2027-06-11", "08:00", 480, *LA)),
     yes(["Sunridge Family Dental", "Sunridge Dental", "Sunridgedental"],
         ["office@sunridgedental.com", "dr.okafor@sunridgedental.com"]), "en", CDA),
    # cda: the candidate's call to the liability carrier for a binder (own chore, no)
    (event("Call liability carrier – binder for Sunridge working interview", organizer=SELF,
           **at("2027-06-07", "09:00", 20, *LA)),
     None, "en", CDA),
    # cda: a sit-down associate interview with a practice owner planning a transition
    (event("Associate interview – Dr. Marlowe (Riverbend Dental Group)", organizer=SELF,
           guests=[guest("emarlowe@riverbenddentalgroup.com", "Dr. Elaine Marlowe")],
           description="Bring portfolio (de-identified case photos), CV, references. Ask about transition plans.",
           location="Riverbend Dental Group, 12 River Rd, Fresno", **at("2027-06-04", "17:30", 60, *LA)),
     yes(["Riverbend Dental Group", "Riverbend Dental", "Riverbenddentalgroup"], ["emarlowe@riverbenddentalgroup.com"]),
     "en", CDA),
    # ada: the owner, a practice owner, meets a new graduate for her associate opening (hiring side)
    (event("Meet associate candidate – Dr. Sina Alavi (new grad)", organizer=SELF,
           guests=[guest("sina.alavi.dds@gmail.com", "Dr. Sina Alavi")],
           description="Questions: why now, operatories available, hygiene support.",
           location="My office", **at("2027-06-15", "12:15", 60, *DEN)),
     None, "en", ADA),
    # dentalcare: a continuing-education course on associateship agreements (CE, no)
    (event("CE webinar: Understanding and Evaluating Associateship Opportunities", organizer=SELF,
           description="2 CE credits.", **at("2027-06-03", "19:00", 120, *SYD)),
     None, "en", DENTALCARE),
    # danb: a dental assistant's working interview, doing chairside tasks under observation
    (event("Working interview – Dental Assistant – Bright Smiles Ortho (chairside + sterilization)",
           organizer=org("manager@brightsmilesortho.com", "Bright Smiles Ortho"),
           guests=[guest("manager@brightsmilesortho.com", "Bright Smiles Ortho")],
           description="Half day. You'll shadow the lead assistant, then seat patients under observation.",
           location="Bright Smiles Orthodontics, 400 Commerce Dr, Plano TX", **at("2027-06-10", "08:00", 240, *CHI)),
     yes(["Bright Smiles Ortho", "Bright Smiles Orthodontics", "Brightsmilesortho"], ["manager@brightsmilesortho.com"]),
     "en", DANB),
    # oneloosetooth: a dentist's interview in Orange County booked by the office manager, named on the invite
    (event("Interview w/ Dr. Patel (Harbor Coast Dental) – associate, 3 days/wk", organizer=SELF,
           description="Office manager Luz set it up by phone. Expect: graduation year, what dentistry I like, commute.",
           location="Harbor Coast Dental, 2200 Harbor Blvd, Costa Mesa", **at("2027-06-18", "12:00", 45, *LA)),
     yes(["Harbor Coast Dental", "Harbor Coast"], ["Dr. Patel", "Luz"]), "en", ONELOOSE),
    # ============================================================ call centres and BPOs
    # callcenterninja: the initial phone interview after an online application
    (event("Initial phone interview – Customer Care Associate – Northbeam Connect",
           organizer=org("recruitment@northbeamconnect.com", "Northbeam Recruitment"),
           guests=[guest("recruitment@northbeamconnect.com", "Northbeam Recruitment")],
           description="A recruiter will call you. 10-15 minutes. Please be somewhere quiet.",
           **at("2027-06-02", "11:00", 15, *MNL)),
     yes(["Northbeam Connect", "Northbeam", "Northbeamconnect"], ["recruitment@northbeamconnect.com"]),
     "en", CALLNINJA),
    # pisopinoy: the walk-in final interview at the BPO's recruiting hub after the phone screen
    (event("Final interview (walk-in, with slot) – Northbeam Connect Ortigas", organizer=SELF,
           guests=[guest("recruitment@northbeamconnect.com", "Northbeam Recruitment")],
           description="Bring 2 IDs, resume, NBI clearance receipt. Ask for Ms. Lorraine at the 9th floor hub.",
           location="Northbeam Connect, Tektite Tower 2, Ortigas Center, Pasig", **at("2027-06-07", "09:00", 180, *MNL)),
     yes(["Northbeam Connect", "Northbeam", "Northbeamconnect"], ["recruitment@northbeamconnect.com", "Ms. Lorraine"]),
     "en", PISOPINOY),
    # pisopinoy: a provincial applicant's phone interview for a BPO site in the city
    (event("Provincial phone interview – Kaliwa BPO (Davao applicant pool)",
           organizer=org("hiring@kaliwabpo.ph", "Kaliwa BPO Hiring"),
           guests=[guest("hiring@kaliwabpo.ph", "Kaliwa BPO Hiring")],
           description="Phone interview for provincial applicants; if you pass, we'll schedule your onsite final.",
           **at("2027-06-04", "14:00", 30, *MNL)),
     yes(["Kaliwa BPO", "Kaliwabpo"], ["hiring@kaliwabpo.ph"]), "en", PISOPINOY),
    # jammag: a Pune call centre's rounds: reading, extempore and group discussion
    (event("Walk-in rounds: reading + extempore + GD – Vistara Voice Services", organizer=SELF,
           description="Reading round, 5-min extempore, group discussion, then HR and ops rounds if cleared.",
           location="Vistara Voice Services, EON IT Park, Kharadi, Pune", **at("2027-06-05", "10:00", 300, *KOL)),
     yes(["Vistara Voice Services", "Vistara Voice"], []), "en", JAMMAG),
    # powerresourcing: a van rental firm's customer service interview with a surprise role-play call
    (event("Interview – Customer Service Adviser – Low Road Vans",
           organizer=org("jobs@lowroadvans.co.uk", "Low Road Vans Jobs"),
           guests=[guest("jobs@lowroadvans.co.uk", "Low Road Vans Jobs"),
                   guest("sian.price@lowroadvans.co.uk", "Siân Price")],
           description="Interview with Siân Price, Contact Centre Manager.",
           location="Low Road Vans, Unit 5 Celtic Springs, Newport NP10", **at("2027-06-09", "15:00", 45, *LON)),
     yes(["Low Road Vans", "Lowroadvans"], ["jobs@lowroadvans.co.uk", "sian.price@lowroadvans.co.uk"]),
     "en", POWERRES),
    # callcenterninja: the owner does a week of recruitment calls for her employer (hiring side)
    (event("Recruitment calling block – inbound applicant screens", organizer=org("wfm@northbeamconnect.com",
                                                                                  "Northbeam WFM"),
           description="You're on the recruitment team this week: call applicants on list B, log results.",
           **at("2027-06-16", "09:00", 240, *MNL)),
     None, "en", CALLNINJA),
    # callcenterninja: the owner's own call to her bank's contact centre (errand, no)
    (event("Call bank re: card replacement (hotline)", organizer=SELF, **at("2027-06-03", "12:30", 20, *MNL)),
     None, "en", CALLNINJA),
]


_PROPERTY_CAMPUS_AGENCY_MEDIA: list[Case] = [
    # ============================================================ real estate
    # adhischools: a newly licensed agent's interview with a brokerage's managing broker
    (event("Interview w/ managing broker – Coastline Realty Group (new agent)", organizer=SELF,
           guests=[guest("grace.lin@coastlinerealtygroup.com", "Grace Lin")],
           description="Bring scorecard, goals sheet, deal timeline. Ask: who answers at 8 pm? training? split?",
           location="Coastline Realty Group, 3200 Pacific Coast Hwy, Torrance", **at("2027-06-03", "10:00", 60, *LA)),
     yes(["Coastline Realty Group", "Coastline Realty", "Coastlinerealtygroup"], ["grace.lin@coastlinerealtygroup.com"]),
     "en", ADHI),
    # adhischools: the state licensing exam the candidate passed before (an exam, no)
    (event("CA DRE salesperson exam", organizer=SELF, location="DRE exam center, Fullerton",
           **at("2027-06-01", "08:30", 210, *LA)),
     None, "en", ADHI),
    # firsttuesday: the owner, an employing broker, reviews an agent interview sheet and meets the prospect (hiring side)
    (event("Prospect agent – review interview sheet, then meet (J. Ruiz)", organizer=SELF,
           guests=[guest("jruiz.homes@gmail.com", "Javier Ruiz")],
           location="Broker office", **at("2027-06-09", "15:00", 60, *LA)),
     None, "en", FIRSTTUESDAY),
    # championsschool: the licensee's own prep list before meeting sponsoring brokers (own chore, no)
    (event("Write sponsor-broker questions (training? split? desk fees?)", organizer=SELF,
           **at("2027-06-02", "20:00", 30, *CHI)),
     None, "en", CHAMPIONS),
    # thegallerynj: the owner, a managing broker, has a recruiting coffee with an agent (hiring side)
    (event("Coffee – recruiting chat w/ Dana (Harbor office agent)", organizer=SELF,
           guests=[guest("dana.pruitt.realtor@gmail.com", "Dana Pruitt")],
           location="Main Street Café", **at("2027-06-10", "08:00", 45, *NY)),
     None, "en", GALLERYNJ),
    # theamericangenius: a brokerage's agent-recruiting open house the owner runs (hiring side)
    (event("Career night for new licensees – we host (3 speakers)", organizer=SELF,
           guests=[guest("recruiting@summitlinehomes.com", "Summitline Recruiting")],
           location="Summitline Homes, conference room", **at("2027-06-17", "18:00", 120, *DEN)),
     None, "en", AMGENIUS),
    # ============================================================ university staff posts
    # qub: a university administrative post: presentation to the panel, then the interview
    (event("Interview & presentation – Research Support Officer – Lagan University",
           organizer=org("recruitment@laganuniversity.ac.uk", "Lagan University HR"),
           guests=[guest("recruitment@laganuniversity.ac.uk", "Lagan University HR"),
                   guest("s.mcauley@laganuniversity.ac.uk", "Dr Siobhan McAuley")],
           description="10-minute presentation: 'Improving pre-award support for early-career researchers', followed "
                       "by a panel interview (chair: Dr Siobhan McAuley). No complex slides please.",
           location="Lanyon Building, Room 0G.114, Belfast", **at("2027-06-15", "11:30", 60, *LON)),
     yes(["Lagan University", "Laganuniversity"], ["recruitment@laganuniversity.ac.uk", "s.mcauley@laganuniversity.ac.uk"]),
     "en", QUB),
    # swansea: the owner chairs an appointing panel for a support post (hiring side)
    (event("Chair: interview panel – Finance Assistant (grade 4)", organizer=org("hr@laganuniversity.ac.uk",
                                                                                   "Lagan University HR"),
           guests=[guest("hr@laganuniversity.ac.uk", "Lagan University HR"),
                   guest("d.kerr@laganuniversity.ac.uk", "Declan Kerr")],
           description="Complete individual forms and the Panel Summary. Declaration of interest before the first "
                       "candidate.",
           location="Admin Building, Room 2.03", **at("2027-06-22", "09:30", 300, *LON)),
     None, "en", SWANSEA),
    # admin.ox: the owner gives shortlisted candidates a tour of the department (hiring side)
    (event("Dept tour for shortlisted candidates (in-tray test after)", organizer=SELF,
           guests=[guest("hr@laganuniversity.ac.uk", "Lagan University HR")],
           location="Meet at reception", **at("2027-06-23", "09:00", 45, *LON)),
     None, "en", OXFORD),
    # ============================================================ marketing and advertising agencies
    # interviewbee: a network agency's take-home creative test for an art director, 3-5 days
    (days(event("Creative test – campaign concept for a live client brand – Orbitale Creative (present Fri)",
                organizer=org("talent@orbitalecreative.com", "Orbitale Creative Talent"),
                description="Develop the idea across channels; present to the creative team on Friday."),
          "2027-06-07", "2027-06-11"),
     yes(["Orbitale Creative", "Orbitale", "Orbitalecreative"], ["talent@orbitalecreative.com"]), "en", INTERVIEWBEE),
    # nouspark: the owner, a marketing lead, runs a campaign-brief assessment for candidates (hiring side)
    (event("Run 'Campaign brief + creative critique' assessment (candidate A)", organizer=SELF,
           guests=[guest("talent@orbitalecreative.com", "Orbitale Creative Talent")],
           description="Part 1 brief (45), part 2 critique (45), debrief.", **at("2027-06-25", "10:00", 90, *NY)),
     None, "en", NOUSPARK),
    # adgrads: an ad agency's graduate scheme information evening (information, no)
    (event("Grad scheme open evening – Harlow & Finch (account handling + planning)",
           organizer=org("grads@harlowfinch.co.uk", "Harlow & Finch Grads"),
           description="Hear from last year's grads. Applications open next month.",
           location="Harlow & Finch, 40 Clerkenwell Rd, London", **at("2027-06-08", "18:30", 120, *LON)),
     None, "en", ADGRADS),
    # themarsagency: the owner, a summer intern, presents research to a client (work, no)
    (event("Intern team – first client presentation (brand positioning deck)", organizer=org("interns@kestonagency.com",
                                                                                              "Keston Interns"),
           guests=[guest("interns@kestonagency.com", "Keston Interns"),
                   guest("gary.peale@kestonagency.com", "Gary Peale")],
           location="Keston Agency, 3rd floor", **at("2027-06-11", "14:00", 60, *CHI)),
     None, "en", MARSAGENCY),
    # slideshare: an ad club talk by creative directors on agency interviews (information, no)
    (event("Ad Club talk: 'The advertising interview' (creative directors panel)", organizer=SELF,
           location="Ad Club Toronto, 99 Spadina", **at("2027-06-16", "18:00", 90, *TOR)),
     None, "en", SLIDESHARE),
    # ============================================================ visas, checks, media
    # visualfoodie: a consular visa interview appointment (visa, no)
    (event("US Consulate – visa interview (DS-160 + fee receipt + passport)", organizer=SELF,
           description="Arrive 15 min early. No bags or phones.", location="US Consulate General, Mumbai",
           **at("2027-06-14", "08:45", 120, *KOL)),
     None, "en", VISUALFOODIE),
    # visualfoodie: the biometrics appointment at the application support centre (visa, no)
    (event("OFC biometrics appointment", organizer=SELF, location="Visa Application Centre (OFC), Bandra Kurla Complex",
           **at("2027-06-11", "10:30", 60, *KOL)),
     None, "en", VISUALFOODIE),
    # soundcartel: the owner is interviewed on a business podcast about her start-up (media, no)
    (event("Podcast interview – Business Daily (guest: Pat Lee)", organizer=org("producer@businessdailyaudio.com.au",
                                                                                 "Business Daily Producer"),
           guests=[guest("producer@businessdailyaudio.com.au", "Business Daily Producer"),
                   guest("host@businessdailyaudio.com.au", "Leigh Carver")],
           description="Interview recorded for Thursday's episode. Topic: hiring your first ten staff.",
           location="Studio 2, 120 Sussex St, Sydney", **at("2027-06-09", "11:00", 45, *SYD)),
     None, "en", SOUNDCARTEL),
    # podcastconsultant: a podcast booker's pre-interview to check a guest can speak on the topic (media, no)
    (event("Pre-interview with booker – Lead Gen Weekly", organizer=org("bookings@leadgenweekly.fm", "Lead Gen Weekly"),
           guests=[guest("bookings@leadgenweekly.fm", "Lead Gen Weekly")],
           description="15-minute call to see if the topic fits before we schedule your recording.",
           **at("2027-06-04", "16:00", 15, *NY)),
     None, "en", PODCASTCONSULT),
    # virtuallyyouva: the audio check before a recorded podcast interview (media, no)
    (event("Audio check – headphones + quiet room (podcast recording Thu)", organizer=org("va@virtualstudioassist.com",
                                                                                           "Studio Assistant"),
           **at("2027-06-08", "17:00", 15, *NY)),
     None, "en", VIRTUALLYYOU),
    # thegeekembassy: the owner hosts her own podcast and interviews an author (media, no)
    (event("Record ep. 42 – interview with author M. Osei", organizer=SELF,
           guests=[guest("mosei.writes@gmail.com", "Maya Osei")],
           description="Confirm pronunciation; intro approved by guest." + ZOOM, **at("2027-06-13", "19:00", 60, *AKL)),
     None, "en", GEEKEMBASSY),
    # neat1968: the drug test and background check before a line apprenticeship starts (checks, no)
    (event("Drug screen + background check consent (line apprenticeship)", organizer=org("office@northeastlinejatc.org",
                                                                                           "Northeast Line JATC"),
           location="Clearpath Diagnostics, 12 Route 9", **at("2027-06-29", "07:30", 45, *NY)),
     None, "en", NEAT),
    # neat1968: the apprenticeship's information session on minimum requirements (information, no)
    (event("Info session: Outside Lineman apprenticeship – minimum requirements",
           organizer=org("office@northeastlinejatc.org", "Northeast Line JATC"),
           description="CDL, aptitude test, interviewing committee, willingness to travel.",
           location="Northeast Line JATC, Hall B", **at("2027-06-01", "18:00", 90, *NY)),
     None, "en", NEAT),
    # snopud: the owner, already a lineworker, attends the welcome lunch for new apprentices (work, no)
    (event("Welcome lunch – new line apprentices", organizer=org("ops@cascadepud.org", "Cascade PUD Operations"),
           location="Operations yard break room", **at("2027-06-30", "12:00", 60, *LA)),
     None, "en", SNOPUD),
    # whitecarrot: an ATS vendor's demo of structured interviews and work samples for the owner's team (vendor demo, no)
    (event("Whitecarrot demo – structured interviews + work samples", organizer=org("demo@whitecarrot.io",
                                                                                      "Whitecarrot Sales"),
           guests=[guest("demo@whitecarrot.io", "Whitecarrot Sales"), guest("ae.priya@whitecarrot.io", "Priya (AE)")],
           description="Walkthrough of interview kits and home assignments for your hiring team." + MEET,
           **at("2027-06-18", "10:00", 30, *KOL)),
     None, "en", WHITECARROT),
    # beyondextent: an informational coffee with a studio artist during the discovery stage (networking, no)
    (event("Coffee w/ Yannick (Copperline env. lead) – informational", organizer=SELF,
           guests=[guest("yannick.roy@copperlinestudios.com", "Yannick Roy")],
           description="Not an interview – just learning about the team and the project.",
           location="Revolver Coffee, Cambie St", **at("2027-06-01", "08:30", 45, *VAN)),
     None, "en", BEYONDEXTENT),
    # ============================================================ plain events of a job seeker's calendar
    (event("Kids' swim lessons", organizer=SELF, location="Aquatic Centre", **at("2027-06-05", "09:00", 45, *AKL)),
     None, "en", SOUNDCARTEL),
    (event("Car service", organizer=SELF, location="Southside Auto", **at("2027-06-02", "08:00", 60, *JNB)),
     None, "en", GRADMONKEY),
]

ENGLISH15: list[Case] = [*_TECH_GAMES_AUDIT, *_INSURANCE_PUBLIC_TRANSIT_ENERGY, *_LIBRARY_VET_DENTAL_CALLS,
                         *_PROPERTY_CAMPUS_AGENCY_MEDIA]

BLIND15: list[Case] = [*ENGLISH15, *INTL15]

_ids = [case[0]["id"] for case in BLIND15]
assert len(_ids) == len(set(_ids)), "two cases share an id"
