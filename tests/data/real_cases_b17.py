"""Blind batch 17 of the real-material corpus (issue #15, round 17): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff,
plus ``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets and dates). Same
conventions as ``real_cases.py`` and the b2 to b16 files: each case re-creates, as Google Calendar
would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, hidden guest lists, all-day events, location, conference text), a
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name; a
vendor's own domain only for the vendor's own mail or demo); the wording is paraphrased, not
copied. Public bodies that cannot be invented keep their real names where the process is theirs
(UK Border Force and the Home Office, the FAA's ATC skills battery, US naturalization, a
Romanian county ambulance service's competition); where a page named a real church, firm or town,
an invented one took its place. Every source is new to the corpus: no URL and no host name cited
by an earlier data file in tests/data (checked with a grep over tests/data/*.py for the URL and
the host before each was used; hosts already cited, such as next-interview, climbtheladder,
interviewpenguin, legalclarity, civilservicejobs, readkong, pastebin, servicenow, samfunnsviterne,
career.tuc.gr, hilan.co.il, giaiphapdonggoi, hurma.work or francebleu, were left out). Event ids
are prefixed "b17-" so they stay unique across the corpus.

What it holds: 161 events, 86 job interviews (or hiring steps) the owner attends as the candidate
and 75 non-interviews; 100 in English (50 interviews; the UK, the US, Australia, Canada, Ireland,
the Philippines, South Africa, Ghana and India) and 61 in 16 other languages (36 interviews):
German 5 (3, Germany and Switzerland), French 5 (3), Spanish 5 (3), Portuguese 5 (3, Brazil),
Italian 4 (2), Greek 4 (2), Arabic 4 (2, Saudi Arabia, Jordan and the United Arab Emirates),
Indonesian 4 (2), Ukrainian 4 (2), Norwegian 3 (2), Finnish 3 (2), Romanian 3 (2), Hungarian 3
(2, Hungary, Slovakia and Romania), Hebrew 3 (2), Vietnamese 3 (2), Thai 3 (2). 120 cited sources
on 116 hosts (71 on 68 for the English half, 49 on 48 for the other languages), none cited by an
earlier file. None of the languages is new to the corpus, but eleven (Norwegian, Finnish, Greek,
Romanian, Hungarian, Hebrew, Arabic, Indonesian, Vietnamese, Thai, Ukrainian) were absent from
round 16's batch; Ghana and Mato Grosso are new places, and Hungarian is written from Slovakia and
Romania. Dates fall between 2 and 29 October 2027 (no earlier batch's events use October 2027),
clear of each country's public holidays (checked with the ``holidays`` package, with the
province or state where holidays differ: Canadian Thanksgiving, Labour Day in New South Wales and
Queensland, Columbus Day, Ireland's October bank holiday, Sukkot and Yom Kippur, Thailand's
memorial days, Greece's Ohi Day); hiring steps fall on weekdays except a Saturday lifeguard hiring
session, a Saturday applicants' day for train drivers in Hannover, a Saturday written bank exam in
Ho Chi Minh City and a candidating weekend, and a few weekend events are practice, courses and
chores.

New to the corpus, by sector and process (none of round 16's sectors): railways (a train
operator's four-stage driver assessments from a no-reply sender, computer tests and a company
interview on one day, a sift phone interview, a forum poster's assessment day, a structured panel
by Teams, a German psychological aptitude test, a Hannover applicants' day, a Swiss interview, a
French bus network's outsourced pre-selection tests and driving test, a Paris collective
recruitment session), casinos (dealer auditions in black and whites, an HR group interview, a
walk-in audition, a screening call, an Italian municipal casino's oral exam, a cruise-casino
staffing interview), cruise lines (a Manila crewing agency's interview for a named client, the
line's own second interview, a final interview), air traffic control (an assessment day with
FEAST and a radar simulation, online cognitive tests, a phone interview, an Irish biographical
interview, a European selection panel, the FAA's skills battery), lifeguards (an interview and swim
test, a Saturday 7 a.m. group interview with in-water skills, a virtual interview, a Sydney
practical assessment, Spanish beach and pool selection tests), translation and localisation (a
vendor-pool translation test, an in-house screening call, a games LQA test), mining (an online
safety assessment, a phone interview, a fly-in site interview with an itinerary, a 17-hour site
visit, a two-day graduate assessment centre, a FIFO phone interview, a mining recruiter's client
interview, a search firm's screen for a confidential client, a Canadian panel, a Brazilian group
dynamic), pharmacy and optics (a community pharmacy interview with a clinical scenario, MMI
stations for a foundation trainee, an optician's practical, an optical assistant's trial), road
haulage (UK assessment drives, a South African yard, Dover and road test), churches (a search
committee's Zoom interview, a candidating weekend, a pulpit committee phone interview, a two-part
interview with the elders), UK Border Force (an online suitability assessment, an assessment and
interview day, a video interview with a named panel chair), and in other languages a Greek hotel
and a breakfast interview, Romanian hospital and ambulance competitions, a Hungarian trial day, an
Israeli testing institute's assessment day and a placement firm's screen, a Saudi two-person
interview, a Jordanian cabin crew day, Indonesian psychological tests and a "user" interview, a
Vietnamese bank's written round and panel, Thai state-enterprise and company written tests, a
Ukrainian recruiter screen and technical interview, Norwegian and Finnish consultancy rounds, a
Brazilian trainee consultancy interview and an apprentice committee.
Tools and organisers: Teams (English, Finnish, Ukrainian), Zoom, Google Meet (English, Portuguese,
Indonesian), Webex, phone calls, Hireflix one-way interviews, an Avature-generated confirmation,
no-reply and notification senders, resourcing teams, careers and talent mailboxes, recruiters,
hiring managers, committees and clerks, agencies (a crewing agency, a cruise-casino staffing firm,
a mining recruiter, a mining search firm, a Norwegian and a Finnish consultancy, a Brazilian
trainee consultancy, an Israeli placement firm, a French recruitment firm, a testing institute)
and the owner's own copies.
Look-alikes: the owner on the hiring side (a depot driver manager, a pit manager auditioning
dealers, an aquatics supervisor, a translation reviewer, a church search team member, a Finnish
team lead, a fleet manager), vendor demos (Hireflix), webinars, seminars and workshops about
interviews (aquatics hiring, mining, pastoral searches, bank interviews, psychological tests,
interview skills in Greek and Ukrainian, an HR workshop in Arabic), courses and practice (dealer
school, lifeguard certification, Driver CPC, a croupier course, CPR recycling, test practice, a
mock panel), admissions (a croupier course, a leadership scholarship panel), fairs and networking
(a rail careers fair, a transport jobs forum, a mining breakfast, a tourism careers day), licence
and periodic exams (a pharmacy registration mock, a driver's periodic psychotechnical test, an
internal promotion exam), medical checks (train driver, ATC class 3, mining, Indonesian
pre-employment), background and vetting (gaming registration, security vetting), citizenship
(a naturalization interview and biometrics), benefits (Universal Credit work coach interviews),
media and research (a podcast guest, a newspaper interview, the owner as reporter, a PhD research
interview), onboarding after a hire (joining a ship, a site induction, a first shift, ATC initial
training, an apprenticeship contract, a first day in Lviv), information events, chores and plain
events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
16's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply, notification and tool mailboxes (an ATS, a scheduling or one-way video tool), declined
guests and bots are out; people a schedule names as interviewers without an address are listed by
name, without courtesy or job titles (a person both named and invited is listed once, by
address); an agency's recruiter is thanked with the client's interviewers and the company is the
client; auditions, trial days, practical and physical tests, group exercises, assessment centres
and the employer's own tests are hiring steps; a one-way interview or test the owner blocked time
for is a hiring step with nobody to thank; medical checks, background checks, licence exams,
courses, admissions, fairs and media, research, citizenship and benefits interviews are not.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- a church's candidating weekend and a search or pulpit committee's interview are hiring steps
  (yes), the committee's chair named without an address is thanked by name;
- a translation company's test to join its freelance vendor pool is the company's own test (yes,
  nobody to thank);
- a search firm's screen for a client it does not name has the firm as the company; when the
  client is named, the client is the company (as for agencies);
- a test run by an outside testing institute or recruitment firm on the employer's behalf is the
  employer's test (the employer is the company; the firm's recruiting mailbox is thanked when it
  organises the step, not an invitations mailbox that only schedules, nor a no-reply sender);
- an internal promotion exam for current staff and a serving driver's periodic psychotechnical
  test are not hiring steps (no);
- a Universal Credit interview with a work coach and a naturalization interview are not job
  interviews (no), whatever their titles say.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b17_intl.py``, split out for length; ``BLIND17`` holds both.

Scored once, at the end of round 17, for docs/detection.md and the README; tuning data since round 18.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b17_intl import (
    ACC,
    BNE,
    CHI,
    DEN,
    DUB,
    INTL17,
    JNB,
    KOL,
    LA,
    LON,
    MEET,
    MNL,
    NY,
    PER,
    SELF,
    SYD,
    TEAMS,
    TOR,
    VAN,
    WEBEX,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages and docs corpora; none is cited by an earlier
# data file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
TDA = "https://thetraindriveracademy.com/assessment-and-interview/"
TDA_DRAFT = "https://thetraindriveracademy.com/assessment-and-interview-draft/"
ARRIVA_FAQ = "https://www.arrivaraillondon.co.uk/page/trainee-driver-faqs"
TTDI = "https://traineetraindriverinfo.com/prepare-train-driver-assessment-day/"
RAILFORUMS = "https://railforums.co.uk/threads/assessment-on-friday-wish-me-luck.50445/post-771199"
TDCAREER = "http://train-driver-career.com/psychometric_test.aspx"
PRACTICEAPT = "https://practiceaptitudetests.com/industry/train-driver"
CDN_AUDITION = "http://www.casinodealersnews.com/advice-for-casino-job-auditions/"
CDN_INTERVIEW = "http://www.casinodealersnews.com/how-to-ace-your-casino-job-interview/"
ARTOFCASINO = "https://theartofcasino.com/articles/casino-dealer-audition-tips"
VEGASACES = "https://www.vegas-aces.com/course/checklist-for-passing-a-casino-dealer-audition"
CASINOWORK = "http://casinoworkmagazine.com/ace-your-interview-casino-job"
CASINOPARTIES = "http://mycasinopartieshouston.com/how-to-survive-a-casino-audition"
EXBACK = ("https://exbacksystem.com/Interview-Process-for-Becoming-a-Card-Dealer-at-a-Casino--A-Comprehensive-"
          "Guide")
TRAVELBYSHIPS = "https://travelbyships.com/?p=4534"
CRUISECAREERPRO = "https://cruisecareerpro.com/blog/cruise-ship-interview-questions-and-answers/"
VOCAL = "https://vocal.media/journal/cruise-ship-diaries-part-1"
JACKMILLAN = "https://jackmillaninternationalltd.jackmillangh.com/career-advice"
HABBOBITES = "https://www.habbobites.com/article/my-air-traffic-control-assessment"
AIRSERVICES = "http://www.airservicesaustralia.com/careers/air-traffic-controller/applicant-assessment/"
IRISHTIMES = "https://irishtimes.com/news/education/just-one-in-10-applicants-progress-to-the-job-stage-1.260736"
GENAVIATION = "https://generalaviation.eu/career-eurocontrol"
SKYBRARY = "https://www.skybrary.aero/articles/selection-procedures-air-traffic-controllers"
FAA_ATSA = "https://webarchive.library.unt.edu/web/20201218091442/https://faa.custhelp.com/app/answers/detail/a_id/469"
VRANISH = "http://angelavranish.blogspot.com/2017/05/future-guard.html"
AQUADEV = "https://aquadev.mikeosswald.com/news/hire-great-train-great-evaluate-raising-bar-lifeguards/"
COUNSILMAN = "https://counsilmanhunsaker.com/job-placementrecruiting/"
WATERSAFETYGUY = "http://www.watersafetyguy.org/lifeguarding/getting-that-lifeguard-job/"
GUARDFORLIFE = "https://guardforlife.com/2022/03/professional-lifeguard-skills/"
AQUATICSINTL = "https://www.aquaticsintl.com/facilities/management-operators/how-to-hire-qualified-lifeguards_o"
CREWHR = "https://crewhr.com/interview-questions/lifeguards/"
TARGAMATIBIA = "https://www.targamatibia.com/post/translator-recruitment-matchmaking-in-the-translation-industry"
AWPRO = "https://awprotranslations.com/recourses-selection"
APLUS = "https://aplustranslations.com/translation-agency-recruits/"
MULTILINGUAL = "https://multilingual.com/how-top-translation-agencies-select-the-best-translators/"
VERBOLABS = "https://www.verbolabs.com/lets-get-to-know-how-a-translation-agency-recruits-translators/"
MMG = "http://www.mmg.com/en/Careers/Australian-Job-Opportunities/Our-recruitment-process.aspx"
XANDA = "https://xandagroup.com/blog/making-the-most-of-your-mine-site-visit"
GRADAUSTRALIA = "https://gradaustralia.com.au/on-the-job/recruitment-in-the-mining-industry-five-top-tips-from-graduates"
MININGNOEXP = "http://www.miningjobsnoexperience.net.au/mining-recruitment/process/"
MININGINTL = "https://www.mining-international.org/blog/top-tips-for-landing-a-position-in-a-graduate-programme"
CAREERMINER = "http://careerminer.infomine.com/interview-tips-for-mining-graduates/"
ACACIA = "https://acaciasearch.com/YMPInterviewPrep"
MYNR = "https://mynr.com.au/during-your-interview"
LIVEINTERVIEW = "https://liveinterviewhelp.com/blog/pharmacist-interview-questions.html"
PHARMAEXAMS = "https://pharmaexams.com/community-pharmacist-interview-questions-and-answers/"
OPTICIANPATH = "https://www.opticiancareerpath.com/resources/interview-cheatsheet"
VIVAHR = "https://vivahr.com/optometric-assistant-interview-questions/"
YOURCAREERSUPPORT = "https://yourcareersupport.com/optical-interview-questions-and-answers"
TRUCKNET = "https://www.trucknetuk.com/t/assessment/225544"
TRUCKNET_GILLHUBER = "https://www.trucknetuk.com/t/gillhuber-imperial-driving-assessment/120424"
AFINTAPART = "https://afintapart.co.za/guidelines-for-a-truck-driving-job-interview/"
EMPLOYABLE = "http://www.theemployable.com/index.php/2021/09/14/career-front-seat-commercial-driving/"
EFM = "https://blog.efm.co.za/four-tips-for-conducting-driver-interviews"
MCKEEVER = "https://joemckeever.com/wp/the-pastor-goes-before-a-search-committee/"
FIRSTU = "http://firstuministerialsearch.blogspot.com/2014/02/newsletter-feb.html"
SEARCHINGCALLED = "https://www.searchingforthecalled.org/blog/2018/5/30/the-church-as-candidate"
PURITANBOARD = "https://puritanboard.com/threads/question-regarding-upcoming-pulpit-search-committee-interview.84879/latest"
JOURNEYPASTORAL = "https://journeypastoralcoaching.com/interviewing-with-a-pastoral-search-committee"
CHRISTIANITYTODAY = "https://www.christianitytoday.com/2004/05/getting-real-story-guide-to-candidating/"
BF_SSCL = "https://homeofficejobs-sscl.co.uk/bf-application-process.html"
BF_TAL = ("https://homeofficejobs.tal.net/vx/mobile-0/appcentre-1/brand-13/candidate/so/pm/3/pl/9/opp/35-Border-Force-"
          "Officer-London-Heathrow-Airport/en-GB")
BF_VDOCS = "https://vdocuments.net/2017-recruitment-candidate-information-whats-included-in-this-pack-within.html"
MOCKQUESTIONS = "https://www.mockquestions.com/position/Border+Force/"
VISAPROLAW = "https://www.visaprolaw.com/american-citizenship/naturalization/faq2/?vp_faq_page=2"
SOVEREIGN = "https://sovereign.org.uk/advice-and-guides/support/universal-credit/interview-work-coach"
BENEFITSANDWORK = ("https://benefitsandwork.co.uk/news/grim-climate-of-fear-on-both-sides-revealed-by-citizens-advice-"
                   "work-coach-report?rCH=2")
JTID = "https://www.jtid.co.uk/streamfeeders/issue-7-things-to-tell-a-guest-before-a-podcast-interview/"
MAKE_HIREFLIX = "https://apps.make.com/hireflix.md"
MCPBUNDLES_HIREFLIX = "https://www.mcpbundles.com/skills/hireflix-mcp-7ce5eacc71"
KOMBO_AVATURE = "https://docs.kombo.dev/ats/connectors/avature.md"


_RAIL_CASINO_CRUISE: list[Case] = [
    # ============================================================ railways: trainee train drivers
    # arrivaraillondon: stage 1 of a train operator's four-stage driver recruitment (paper tests; fail and go home),
    # sent from a no-reply mailbox with the guest list hidden
    (event("Trainee Train Driver – Stage 1 Assessments (Group Bourdon, Fault Finding, TEA-Occ, SJT)",
           organizer=org("no-reply@wessexvalleyrail-careers.co.uk", "Wessex Valley Railway Careers"),
           guestsCanSeeOtherGuests=False,
           description="<p>Dear Candidate,</p><p>Thank you for your application. You are invited to Stage 1 of our "
                       "Trainee Driver assessment process. You must pass all four assessments to progress to Stage 2. "
                       "Practice material is attached. Please bring photographic ID and your glasses if you wear "
                       "them.</p><p><b>Please do not reply to this email.</b></p>",
           location="Assessment Suite, Wessex House, 3 Station Approach, Basingstoke RG21 7JU",
           **at("2027-10-05", "08:30", 300, *LON)),
     yes(["Wessex Valley Railway", "Wessex Valley", "Wessexvalleyrail"], []), "en", ARRIVA_FAQ),
    # thetraindriveracademy: stage 2 (computer tests) and the company interview with the depot manager on the same
    # day, from the driver recruitment team's mailbox
    (event("Stage 2: computerised assessments + company interview – Trainee Driver (Salisbury depot)",
           organizer=org("driverrecruitment@wessexvalleyrail.co.uk", "Driver Recruitment – WVR"),
           guests=[guest("driverrecruitment@wessexvalleyrail.co.uk", "Driver Recruitment – WVR")],
           description="AM: vigilance, reaction and hand co-ordination tests, behavioural questionnaire.\nPM: "
                       "face-to-face interview with Gareth Pryce (Depot Driver Manager) and Nadia Okafor (Resourcing "
                       "Partner) on values and behaviours.\nLunch provided.",
           location="Salisbury Traincrew Depot, Fisherton St, Salisbury", **at("2027-10-20", "09:00", 420, *LON)),
     yes(["Wessex Valley Railway", "Wessex Valley", "Wessexvalleyrail", "WVR"],
         ["driverrecruitment@wessexvalleyrail.co.uk", "Gareth Pryce", "Nadia Okafor"]), "en", TDA),
    # thetraindriveracademy (draft page): a telephone interview in the sift, before any assessment
    (event("Phone interview (sift) – Trainee Train Driver – Northmere Trains",
           organizer=org("kirsty.mcandrew@northmeretrains.co.uk", "Kirsty McAndrew"),
           guests=[guest("kirsty.mcandrew@northmeretrains.co.uk", "Kirsty McAndrew")],
           description="Hi Pat, as discussed I'll call you on the mobile number on your application. 20 minutes: "
                       "shift work, why driving, a couple of situational questions. Kirsty (Resourcing)",
           **at("2027-10-04", "17:30", 20, *LON)),
     yes(["Northmere Trains", "Northmere", "Northmeretrains"], ["kirsty.mcandrew@northmeretrains.co.uk"]),
     "en", TDA_DRAFT),
    # railforums: the candidate's own entry for an assessment day from a forum account (dots test first, failures
    # sent home before lunch)
    (event("Driver assessment day – Crossvale Trains @ Kingsbridge – dots test, rules & procedures, dials, fault "
           "finding, reaction test", organizer=SELF,
           description="Be there 8:15. 13 of us. Take water + ID. Pass both morning tests or sent home.",
           location="Crossvale Trains training centre, Kingsbridge", **at("2027-10-08", "08:30", 480, *LON)),
     yes(["Crossvale Trains", "Crossvale"], []), "en", RAILFORUMS),
    # train-driver-career: the structured interview that ends a second operator's selection, a panel by Teams
    (event("Structured interview – Trainee Driver – Northmere Trains (panel)",
           organizer=org("kirsty.mcandrew@northmeretrains.co.uk", "Kirsty McAndrew"),
           guests=[guest("kirsty.mcandrew@northmeretrains.co.uk", "Kirsty McAndrew"),
                   guest("d.hollis@northmeretrains.co.uk", "Dave Hollis"),
                   guest("driver.standards@northmeretrains.co.uk", "Driver Standards Manager", "declined")],
           description="Competency-based questions on safety, rules and working alone." + TEAMS,
           **at("2027-10-27", "10:00", 60, *LON)),
     yes(["Northmere Trains", "Northmere", "Northmeretrains"],
         ["kirsty.mcandrew@northmeretrains.co.uk", "d.hollis@northmeretrains.co.uk"]), "en", TDCAREER),
    # traineetraindriverinfo: the candidate prints the practice booklet and times the dot test (own chore, no)
    (event("Print practice booklet + timed Group Bourdon x3", organizer=SELF, **at("2027-10-02", "10:00", 90, *LON)),
     None, "en", TTDI),
    # practiceaptitudetests: a paid online practice pack for train driver tests (practice, no)
    (event("Practice: mechanical comprehension + trainability test (online pack)", organizer=SELF,
           **at("2027-10-03", "19:00", 60, *LON)),
     None, "en", PRACTICEAPT),
    # arrivaraillondon: the occupational medical (eyesight, hearing, drugs and alcohol) after the conditional offer
    (event("Train driver medical – occupational health (eyesight, hearing, D&A screen)",
           organizer=org("bookings@railhealth-oh.co.uk", "RailHealth OH Bookings"),
           location="RailHealth, 40 Gresham St, London", **at("2027-10-29", "09:15", 90, *LON)),
     None, "en", ARRIVA_FAQ),
    # thetraindriveracademy: the owner, a depot driver manager, interviews trainee-driver candidates (hiring side)
    (event("Trainee driver interviews – candidates 4-7 (score sheets in shared drive)",
           organizer=org("driverrecruitment@wessexvalleyrail.co.uk", "Driver Recruitment – WVR"),
           guests=[guest("n.okafor@wessexvalleyrail.co.uk", "Nadia Okafor"),
                   room("c_5a11b9e0@resource.calendar.google.com", "SAL-Depot-Meeting Room (8)")],
           location="Salisbury Traincrew Depot", **at("2027-10-21", "13:00", 240, *LON)),
     None, "en", TDA),
    # ============================================================ casinos
    # casinodealersnews: an audition at the tables in black and whites, from the table games hiring mailbox
    (event("Dealer audition – Blackjack & Roulette – Silver Mesa Casino",
           organizer=org("tablegames.hiring@silvermesacasino.com", "Silver Mesa Table Games Hiring"),
           guests=[guest("tablegames.hiring@silvermesacasino.com", "Silver Mesa Table Games Hiring"),
                   guest("rita.calloway@silvermesacasino.com", "Rita Calloway")],
           description="Please arrive in black & whites (long-sleeve white shirt, black pants, polished black shoes). "
                       "You'll deal two games for Rita Calloway (Table Games Shift Manager) and a floor supervisor "
                       "acting as players. Only list games you can deal.",
           location="Silver Mesa Casino – Pit 3, 2800 Paradise Rd, Las Vegas NV", **at("2027-10-06", "14:00", 45, *LA)),
     yes(["Silver Mesa Casino", "Silver Mesa", "Silvermesacasino"],
         ["tablegames.hiring@silvermesacasino.com", "rita.calloway@silvermesacasino.com"]), "en", CDN_AUDITION),
    # casinodealersnews: the HR interview that comes before or after the audition, a group interview in the HR office
    (event("HR group interview – Table Games Dealer – Harborlight Resort Casino",
           organizer=org("careers@harborlightresort.com", "Harborlight Careers"),
           description="The HR interview is held in our Human Resources office with other applicants. Business dress, "
                       "no headphones. Please do not gamble on property on the day of your interview.",
           location="Harborlight Resort HR Office, 1 Boardwalk, Atlantic City NJ", **at("2027-10-12", "10:00", 90, *NY)),
     yes(["Harborlight Resort Casino", "Harborlight Resort", "Harborlight", "Harborlightresort"],
         ["careers@harborlightresort.com"]), "en", CDN_INTERVIEW),
    # vegas-aces: the candidate's own entry for a walk-in audition arranged by phone, a first name only
    (event("Audition @ Golden Reef – BJ + baccarat – ask for Manny (pit boss)", organizer=SELF,
           description="Dress black & whites. Might tap into a live game.",
           location="Golden Reef Casino, Fremont St", **at("2027-10-13", "16:00", 60, *LA)),
     yes(["Golden Reef Casino", "Golden Reef"], ["Manny"]), "en", VEGASACES),
    # theartofcasino: a practice lab at the dealer school (training, no)
    (event("Dealer school lab – craps + chip cutting practice", organizer=org("frontdesk@strip-dealer-academy.com",
                                                                             "Strip Dealer Academy"),
           location="Strip Dealer Academy, Room B", **at("2027-10-04", "18:00", 180, *LA)),
     None, "en", ARTOFCASINO),
    # mycasinopartieshouston: fingerprints and the gaming registration for the state regulator (background check, no)
    (event("Gaming employee registration – fingerprints + background (Gaming Control)", organizer=SELF,
           description="Bring passport, SS card, $ for fee. Needed before start date.",
           location="Gaming Control Board, 555 E Washington Ave, Las Vegas", **at("2027-10-15", "09:00", 60, *LA)),
     None, "en", CASINOPARTIES),
    # casinoworkmagazine: the owner, a pit manager, auditions dealer candidates on a live game (hiring side)
    (event("Dealer auditions x5 – dead game BJ table 12 (I'm scoring)", organizer=SELF,
           guests=[guest("tablegames.hiring@silvermesacasino.com", "Silver Mesa Table Games Hiring")],
           location="Pit 3", **at("2027-10-14", "11:00", 150, *LA)),
     None, "en", CASINOWORK),
    # exbacksystem: the initial screening call by HR (availability, background) for a card dealer job
    (event("Initial screening call – Card Dealer – Riverbend Casino (HR)",
           organizer=org("lauren.pike@riverbendcasino.com", "Lauren Pike"),
           guests=[guest("lauren.pike@riverbendcasino.com", "Lauren Pike")],
           description="15 min phone screen: availability for swing and grave shifts, games dealt, background check "
                       "consent. I'll call you.", **at("2027-10-07", "11:30", 15, *CHI)),
     yes(["Riverbend Casino", "Riverbend", "Riverbendcasino"], ["lauren.pike@riverbendcasino.com"]), "en", EXBACK),
    # vegas-aces: buying the black-and-whites before auditions (own chore, no)
    (event("Buy black & whites (2 white LS shirts, black slacks) + shoe polish", organizer=SELF,
           **at("2027-10-02", "12:00", 60, *LA)),
     None, "en", VEGASACES),
    # ============================================================ cruise lines and their agencies
    # travelbyships: the agency's first video interview for a cruise job; the client is named, so it is the company
    # and the agency recruiter is thanked with it
    (event("Video interview – Stateroom Attendant (client: Meridian Cruise Line) – Blue Anchor Crew Agency",
           organizer=org("recruitment@blueanchorcrew.ph", "Blue Anchor Crew Recruitment"),
           guests=[guest("recruitment@blueanchorcrew.ph", "Blue Anchor Crew Recruitment"),
                   guest("joy.dizon@blueanchorcrew.ph", "Joy Dizon")],
           description="Hi! This is your initial interview with our agency (about 30 minutes) before endorsement to "
                       "Meridian Cruise Line. Prepare your passport, seaman's book and certificates." + ZOOM,
           **at("2027-10-05", "10:00", 30, *MNL)),
     yes(["Meridian Cruise Line", "Meridian Cruise", "Meridian"],
         ["recruitment@blueanchorcrew.ph", "joy.dizon@blueanchorcrew.ph"]), "en", TRAVELBYSHIPS),
    # travelbyships: the cruise line's own second interview with its HR, booked by the agency on the line's Teams
    (event("2nd interview – Meridian Cruise Line Housekeeping (Executive Housekeeper)",
           organizer=org("crewing.interviews@meridiancruiseline.com", "Meridian Crewing Interviews"),
           guests=[guest("crewing.interviews@meridiancruiseline.com", "Meridian Crewing Interviews"),
                   guest("tomasz.wrobel@meridiancruiseline.com", "Tomasz Wróbel")],
           description="Interview with Tomasz Wróbel, Executive Housekeeper. Scenario questions on guest complaints "
                       "and cabin turnaround times." + TEAMS,
           **at("2027-10-19", "21:00", 30, *MNL)),
     yes(["Meridian Cruise Line", "Meridian Cruise", "Meridian", "Meridiancruiseline"],
         ["crewing.interviews@meridiancruiseline.com", "tomasz.wrobel@meridiancruiseline.com"]), "en", TRAVELBYSHIPS),
    # cruisecareerpro: a cruise line's final interview for guest services from its Miami office
    (event("Final interview – Guest Services Associate – Aurora Seas Cruises",
           organizer=org("shipboardhiring@auroraseas.com", "Aurora Seas Shipboard Hiring"),
           guests=[guest("shipboardhiring@auroraseas.com", "Aurora Seas Shipboard Hiring"),
                   guest("m.delacruz@auroraseas.com", "Marisol de la Cruz")],
           description="Final round with our Guest Services Manager. Expect questions on life at sea, sharing a "
                       "cabin and long contracts." + WEBEX,
           **at("2027-10-13", "09:00", 45, *NY)),
     yes(["Aurora Seas Cruises", "Aurora Seas", "Auroraseas"],
         ["shipboardhiring@auroraseas.com", "m.delacruz@auroraseas.com"]), "en", CRUISECAREERPRO),
    # jackmillan: a manning agency's free seminar on preparing for cruise interviews (seminar, no)
    (event("Free seminar: Preparing for your cruise line interview (Jack & Mills Manning)",
           organizer=org("events@jackmillsmanning.com.gh", "Jack & Mills Manning"),
           location="Osu, Accra", **at("2027-10-09", "10:00", 120, *ACC)),
     None, "en", JACKMILLAN),
    # vocal.media: a chat with a former crew photographer about life on board (informational, no)
    (event("Call w/ Neil (ex-ship photographer) – what contracts are really like", organizer=SELF,
           guests=[guest("neil.greg.photo@gmail.com", "Neil Gregory")], **at("2027-10-06", "19:30", 45, *LON)),
     None, "en", VOCAL),
    # travelbyships: joining the ship after the offer (onboarding, all-day)
    (days(event("Sign on – MV Meridian Aurora (join ship, Barcelona)", organizer=SELF,
                description="Flight booked by agency. Safety familiarisation day 1."),
          "2027-10-28", "2027-10-29"),
     None, "en", TRAVELBYSHIPS),
]


_AIR_WATER_LANGUAGE: list[Case] = [
    # ============================================================ air traffic control
    # habbobites: an ATC assessment day (knowledge quiz on a booklet sent in advance, FEAST, then DART for those left)
    (event("ATC Trainee Assessment Day – Albion Air Navigation (booklet quiz, FEAST, DART)",
           organizer=org("noreply@albionairnav-careers.co.uk", "Albion Air Navigation Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Please study the enclosed 27-page information booklet; there is an 18-minute multiple-choice "
                       "test on it at the start of the day. Candidates who pass continue to FEAST (about 2 hours) and, "
                       "if successful, the DART radar simulation. The day can finish early.",
           location="Albion Air Navigation College, Whiteley, Fareham PO15", **at("2027-10-12", "08:30", 480, *LON)),
     yes(["Albion Air Navigation", "Albion Air Nav", "Albionairnav"], []), "en", HABBOBITES),
    # habbobites: studying the booklet the evening before (own chore, no)
    (event("Learn ATC booklet (27 pp) – phonetics, airspace classes", organizer=SELF,
           **at("2027-10-11", "19:00", 120, *LON)),
     None, "en", HABBOBITES),
    # airservicesaustralia: the online cognitive assessments (verbal, numerical, calculations, checking) the candidate
    # blocked time for
    (event("Complete online cognitive assessments – ATC trainee (Coralsea Air Navigation) – due Fri", organizer=SELF,
           description="Verbal, numerical, numerical calc, checking + situational questionnaire. Quiet room, ~90 min.",
           **at("2027-10-05", "18:00", 90, *BNE)),
     yes(["Coralsea Air Navigation", "Coralsea"], []), "en", AIRSERVICES),
    # airservicesaustralia: the brief telephone interview for those who pass the online tests
    (event("Telephone interview – ATC Trainee – Coralsea Air Navigation",
           organizer=org("atc.recruitment@coralsea-airnav.com.au", "ATC Recruitment"),
           guests=[guest("atc.recruitment@coralsea-airnav.com.au", "ATC Recruitment"),
                   guest("ben.whitcombe@coralsea-airnav.com.au", "Ben Whitcombe")],
           description="Ben Whitcombe from our ATC recruitment team will call you. Approximately 20 minutes.",
           **at("2027-10-14", "12:30", 20, *BNE)),
     yes(["Coralsea Air Navigation", "Coralsea", "Coralsea-airnav"],
         ["atc.recruitment@coralsea-airnav.com.au", "ben.whitcombe@coralsea-airnav.com.au"]), "en", AIRSERVICES),
    # irishtimes: a biographical interview with mental arithmetic for student controllers, after the aptitude test
    (event("Biographical interview – Student Air Traffic Controller – Éire Air Navigation Authority",
           organizer=org("studentcontrollers@eireairnav.ie", "Student Controller Programme"),
           guests=[guest("studentcontrollers@eireairnav.ie", "Student Controller Programme"),
                   guest("tom.deasy@eireairnav.ie", "Tom Deasy")],
           description="Your interview includes mental arithmetic and questions about your motivation and knowledge "
                       "of aviation. Panel led by Tom Deasy (Team Leader, Student Controller Programme).",
           location="Eire Air Navigation, Shannon Aviation Park, Co. Clare", **at("2027-10-21", "11:00", 60, *DUB)),
     yes(["Éire Air Navigation Authority", "Eire Air Navigation Authority", "Éire Air Navigation", "Eireairnav"],
         ["studentcontrollers@eireairnav.ie", "tom.deasy@eireairnav.ie"]), "en", IRISHTIMES),
    # generalaviation.eu: the final panel of active controllers, a psychologist, training and HR (phase two)
    (event("Selection panel – En-route Student Controller – Central European ATM Agency",
           organizer=org("selection@ceatm-agency.eu", "CEATM Selection"),
           guests=[guest("selection@ceatm-agency.eu", "CEATM Selection"),
                   guest("k.verhoeven@ceatm-agency.eu", "Karin Verhoeven"),
                   guest("j.duarte@ceatm-agency.eu", "João Duarte")],
           description="Phase 2 interview panel: active controllers, an occupational psychologist and HR. "
                       "Motivation, background and career expectations." + WEBEX,
           **at("2027-10-26", "14:00", 60, *LON)),
     yes(["Central European ATM Agency", "CEATM", "Ceatm-agency"],
         ["selection@ceatm-agency.eu", "k.verhoeven@ceatm-agency.eu", "j.duarte@ceatm-agency.eu"]), "en", GENAVIATION),
    # skybrary: the class 3 medical for controllers at an aeromedical centre (medical, no)
    (event("Class 3 ATCO medical – AeroMed Centre", organizer=org("appointments@aeromed-centre.co.uk",
                                                                 "AeroMed Appointments"),
           location="AeroMed Centre, Gatwick", **at("2027-10-28", "10:30", 120, *LON)),
     None, "en", SKYBRARY),
    # unt webarchive (FAA help page): the federal ATC skills battery at a testing centre, the employer's own test;
    # a public body keeps its real name where the process is its own
    (event("ATSA test – Air Traffic Control Specialist (FAA) – Pearson VUE centre", organizer=SELF,
           description="Pool 1. Bring 2 IDs. ~4 hrs incl. breaks.",
           location="Pearson VUE, 1430 W Peachtree St, Atlanta", **at("2027-10-18", "08:00", 240, *NY)),
     yes(["FAA", "Federal Aviation Administration"], []), "en", FAA_ATSA),
    # ============================================================ pools and beaches: lifeguards
    # angelavranish: an interview then a swim test at the city pool, set up by phone (the parent's calendar holds it)
    (event("Lifeguard interview + swim test (300m nonstop, brick, 2-min tread) – Maple Grove Aquatic Center",
           organizer=org("aquatics@maplegrovemn-rec.org", "Maple Grove Aquatics"),
           guests=[guest("aquatics@maplegrovemn-rec.org", "Maple Grove Aquatics")],
           description="Interview with our head guard first, then the pre-test in the competition pool. Bring a "
                       "swimsuit, towel and goggles.",
           location="Maple Grove Aquatic Center, 12951 Weaver Lake Rd", **at("2027-10-07", "16:00", 90, *CHI)),
     yes(["Maple Grove Aquatic Center", "Maple Grove Aquatics", "Maple Grove"], ["aquatics@maplegrovemn-rec.org"]),
     "en", VRANISH),
    # aquadev: a Saturday 7 a.m. group interview with in-water skills (scanning, rescues, CPR)
    (event("Lifeguard hiring session – group interview + in-water skills – Lakeshore Family Y",
           organizer=org("aquatics.director@lakeshorefamilyy.org", "Aquatics Director"),
           guests=[guest("aquatics.director@lakeshorefamilyy.org", "Aquatics Director")],
           description="Arrive suited up at 6:50. Scanning drill, two in-water rescues, CPR/AED scenario, then group "
                       "interview on deck.",
           location="Lakeshore Family Y, 2200 N Lake Dr, Milwaukee", **at("2027-10-16", "07:00", 150, *CHI)),
     yes(["Lakeshore Family Y", "Lakeshore Y", "Lakeshorefamilyy"], ["aquatics.director@lakeshorefamilyy.org"]),
     "en", AQUADEV),
    # counsilmanhunsaker: the owner, an aquatics supervisor, runs the pass/fail skills test for applicants (hiring side)
    (event("Run lifeguard skills test (pass/fail) – 14 applicants", organizer=SELF,
           guests=[guest("head.guard.ortiz@gmail.com", "Luis Ortiz")],
           location="Competition pool lanes 1-4", **at("2027-10-09", "08:00", 180, *CHI)),
     None, "en", COUNSILMAN),
    # watersafetyguy: day two of a lifeguard certification course (course, no)
    (event("Lifeguarding course – day 2 (spinal, CPR/AED)", organizer=org("registrar@redcross-courses.org",
                                                                        "Course Registrar"),
           location="Eastside Natatorium", **at("2027-10-03", "09:00", 480, *DEN)),
     None, "en", WATERSAFETYGUY),
    # guardforlife: a virtual first interview with a lifeguard staffing company, camera on
    (event("Virtual interview – Pool Lifeguard – Clearwater Guard Services",
           organizer=org("hiring@clearwaterguards.com", "Clearwater Guard Services Hiring"),
           guests=[guest("hiring@clearwaterguards.com", "Clearwater Guard Services Hiring"),
                   guest("ashley.fenn@clearwaterguards.com", "Ashley Fenn")],
           description="Please keep your camera on! We'll chat about your certifications and why you want to guard."
                       + ZOOM, **at("2027-10-13", "15:30", 20, *NY)),
     yes(["Clearwater Guard Services", "Clearwater Guards", "Clearwater", "Clearwaterguards"],
         ["hiring@clearwaterguards.com", "ashley.fenn@clearwaterguards.com"]), "en", GUARDFORLIFE),
    # crewhr: a council leisure centre's practical assessment and interview in Sydney (spring, daylight time)
    (event("Pool Lifeguard – practical assessment + interview – Harbourside Aquatic Centre",
           organizer=org("recruitment@harbourside-leisure.com.au", "Harbourside Leisure Recruitment"),
           guests=[guest("recruitment@harbourside-leisure.com.au", "Harbourside Leisure Recruitment"),
                   guest("priya.nair@harbourside-leisure.com.au", "Priya Nair")],
           description="Part 1: timed swim and rescue in the 50m pool. Part 2: interview with Priya Nair (Aquatic "
                       "Services Coordinator). Bring your Pool Lifeguard certificate and First Aid.",
           location="Harbourside Aquatic Centre, Pyrmont NSW", **at("2027-10-13", "13:00", 120, *SYD)),
     yes(["Harbourside Aquatic Centre", "Harbourside Leisure", "Harbourside", "Harbourside-leisure"],
         ["recruitment@harbourside-leisure.com.au", "priya.nair@harbourside-leisure.com.au"]), "en", CREWHR),
    # aquaticsintl: an industry webinar on hiring qualified lifeguards for the owner, a facility manager (webinar, no)
    (event("Webinar: How to hire qualified lifeguards (skills tests before background checks)",
           organizer=org("webinars@aquatics-pro-network.com", "Aquatics Pro Network"),
           description="CEUs available." + ZOOM, **at("2027-10-20", "13:00", 60, *NY)),
     None, "en", AQUATICSINTL),
    # angelavranish: the teenager's own swim training toward the 300 m requirement (own chore, no)
    (event("Swim training – 12 laps nonstop goal", organizer=SELF, location="Y pool",
           **at("2027-10-04", "06:30", 45, *CHI)),
     None, "en", VRANISH),
    # ============================================================ translation and localisation
    # targamatibia: a translation company's test to join its vendor pool after an NDA (a work sample for the company,
    # treated as its own test: yes, nobody to thank)
    (event("Lexway translation test DE>EN (450 words, medical) – return by 17:00", organizer=SELF,
           description="NDA signed. Reviewer feedback decides if I'm added to the pool.",
           **at("2027-10-06", "09:00", 240, *LON)),
     yes(["Lexway Language Services", "Lexway"], []), "en", TARGAMATIBIA),
    # multilingual: a screening call for an in-house translator post with the language vendor's recruiter
    (event("Screening call – In-house Spanish Translator – Polyglot Bridge",
           organizer=org("vendor.manager@polyglotbridge.com", "Vendor Management – Polyglot Bridge"),
           guests=[guest("vendor.manager@polyglotbridge.com", "Vendor Management – Polyglot Bridge"),
                   guest("elena.roura@polyglotbridge.com", "Elena Roura")],
           description="We'd like to hear about your specialisations, CAT tools and throughput (words per day)." + MEET,
           **at("2027-10-12", "15:00", 30, *NY)),
     yes(["Polyglot Bridge", "Polyglotbridge"], ["vendor.manager@polyglotbridge.com", "elena.roura@polyglotbridge.com"]),
     "en", MULTILINGUAL),
    # multilingual: a games localisation studio's LQA test and interview (play the build before translating)
    (event("LQA test (play build 0.9, log 20 issues) + interview – Localisation QA – Pixelforge Studios",
           organizer=org("loc.jobs@pixelforgestudios.ca", "Pixelforge Localisation Jobs"),
           guests=[guest("loc.jobs@pixelforgestudios.ca", "Pixelforge Localisation Jobs"),
                   guest("remi.gagnon@pixelforgestudios.ca", "Rémi Gagnon")],
           description="Test 2h on site, then 45 min with Rémi Gagnon (Localisation Lead).",
           location="Pixelforge Studios, 5445 av. de Gaspé, Montréal", **at("2027-10-19", "13:00", 165, *TOR)),
     yes(["Pixelforge Studios", "Pixelforge", "Pixelforgestudios"],
         ["loc.jobs@pixelforgestudios.ca", "remi.gagnon@pixelforgestudios.ca"]), "en", MULTILINGUAL),
    # awprotranslations: paperwork after passing a test (agreement and supplier forms; chore, no)
    (event("Sign Lexway supplier agreement + W-8BEN/tax form", organizer=SELF, **at("2027-10-18", "12:00", 30, *LON)),
     None, "en", AWPRO),
    # aplustranslations: the owner, an agency's vendor manager, reviews candidates' test translations (hiring side)
    (event("Review 6 translator test submissions (FR>EN legal)", organizer=SELF,
           guests=[guest("reviewer.pool@aplus-lingua.com", "Reviewer Pool")], **at("2027-10-15", "09:00", 180, *NY)),
     None, "en", APLUS),
    # verbolabs: an agency's online onboarding for newly approved freelancers (onboarding, no)
    (event("New linguist onboarding – portal + style guides (Verbalink)",
           organizer=org("onboarding@verbalink-lsp.com", "Verbalink Onboarding"),
           description="Welcome to the team!" + ZOOM, **at("2027-10-26", "10:00", 60, *KOL)),
     None, "en", VERBOLABS),
]


_MINING_HEALTH_ROAD: list[Case] = [
    # ============================================================ mining
    # mmg: the online Situational Safety Assessment some candidates are invited to (the employer's own test)
    (event("Situational Safety Assessment (online) – Ridgeline Minerals – complete by Fri", organizer=SELF,
           description="~40 min, seeing and predicting risks. Link in email from recruitment.",
           **at("2027-10-06", "19:00", 45, *PER)),
     yes(["Ridgeline Minerals", "Ridgeline"], []), "en", MMG),
    # mmg: a brief phone interview by the recruitment team (communication, motivation, availability)
    (event("Phone interview – Graduate Mining Engineer – Ridgeline Minerals",
           organizer=org("careers@ridgelineminerals.com.au", "Ridgeline Careers"),
           guests=[guest("careers@ridgelineminerals.com.au", "Ridgeline Careers"),
                   guest("hayley.trent@ridgelineminerals.com.au", "Hayley Trent")],
           description="A short call with Hayley Trent (Talent Acquisition) about your motivation, fit and "
                       "availability for a FIFO roster.", **at("2027-10-11", "09:30", 20, *PER)),
     yes(["Ridgeline Minerals", "Ridgeline", "Ridgelineminerals"],
         ["careers@ridgelineminerals.com.au", "hayley.trent@ridgelineminerals.com.au"]), "en", MMG),
    # mmg: the site interview (HR and the hiring manager, a site tour, meeting the team), travel paid by the company
    (event("Site interview + tour – Graduate Mining Engineer – Ridgeline Minerals (Kalgoorlie)",
           organizer=org("careers@ridgelineminerals.com.au", "Ridgeline Careers"),
           guests=[guest("careers@ridgelineminerals.com.au", "Ridgeline Careers"),
                   guest("hayley.trent@ridgelineminerals.com.au", "Hayley Trent"),
                   guest("mark.odonnell@ridgelineminerals.com.au", "Mark O'Donnell")],
           description="<b>Itinerary</b><br>06:10 flight PER–KGI (booked, e-ticket attached)<br>09:00 site induction "
                       "for visitors, PPE provided<br>09:45 formal interview with Hayley Trent (HR) and Mark O'Donnell "
                       "(Mine Manager)<br>11:00 site tour and meet the planning team<br>15:30 return flight",
           location="Ridgeline Minerals – Golden Ridge Operations, Kalgoorlie WA", **at("2027-10-20", "06:10", 600, *PER)),
     yes(["Ridgeline Minerals", "Ridgeline", "Ridgelineminerals"],
         ["careers@ridgelineminerals.com.au", "hayley.trent@ridgelineminerals.com.au",
          "mark.odonnell@ridgelineminerals.com.au"]), "en", MMG),
    # mmg: the pre-employment medical after the offer stage (medical, no)
    (event("Pre-employment medical + D&A screen (Ridgeline)", organizer=org("bookings@workfit-medical.com.au",
                                                                           "WorkFit Medical Bookings"),
           location="WorkFit Medical, 12 Hay St, Perth", **at("2027-10-27", "07:45", 150, *PER)),
     None, "en", MMG),
    # xandagroup: the candidate's own note of a long site visit with dinner with the team (still part of the interview)
    (event("Pilbara site visit (STILL part of interview) – Redbank Iron – 17 hr day, dinner w/ crew", organizer=SELF,
           description="Pack interview clothes + casual dinner clothes. Superintendent Craig Dunlevy hosting. Ask "
                       "about 8/6 vs 2/1 roster.",
           location="Redbank Iron – Marandoo Hub", **at("2027-10-14", "05:00", 1020, *PER)),
     yes(["Redbank Iron", "Redbank"], ["Craig Dunlevy"]), "en", XANDA),
    # gradaustralia: a two-day assessment centre for a graduate programme (interview and teamwork day one,
    # presentation to executives day two), copied in as all-day events
    (days(event("Downing Group graduate assessment centre – Day 1 interview + team tasks, Day 2 exec presentation",
                organizer=SELF, description="Newcastle. Hotel booked by them. Slides due Day 2 AM."),
          "2027-10-25", "2027-10-27"),
     yes(["Downing Group", "Downing"], []), "en", GRADAUSTRALIA),
    # miningjobsnoexperience: a phone interview for a FIFO haul truck operator role, from the recruitment officer
    (event("Phone interview – Haul Truck Operator trainee (FIFO) – Tanami Contract Mining",
           organizer=org("recruitment@tanamicm.com.au", "Tanami Contract Mining Recruitment"),
           guests=[guest("recruitment@tanamicm.com.au", "Tanami Contract Mining Recruitment")],
           description="Short-listed candidates will be called at the time below. Please have your licence and "
                       "tickets handy.", **at("2027-10-08", "10:00", 15, *BNE)),
     yes(["Tanami Contract Mining", "Tanami", "Tanamicm"], ["recruitment@tanamicm.com.au"]), "en", MININGNOEXP),
    # mynr: a specialist mining recruiter books the candidate's interview with its client (client is the company,
    # agency consultant thanked with the client's interviewer)
    (event("Interview – Senior Geologist – Kestrel Gold (client) via Pit & Portal Recruitment",
           organizer=org("sam.nguyen@pitandportal.com.au", "Sam Nguyen"),
           guests=[guest("sam.nguyen@pitandportal.com.au", "Sam Nguyen"),
                   guest("g.mcleod@kestrelgold.com.au", "Gordon McLeod")],
           description="Sam here – confirming your interview with Gordon McLeod (Chief Geologist) at Kestrel Gold. "
                       "Greet reception professionally, 15 min early. Call me after!",
           location="Kestrel Gold, Level 9, 140 St Georges Tce, Perth", **at("2027-10-13", "14:00", 60, *PER)),
     yes(["Kestrel Gold", "Kestrelgold"], ["sam.nguyen@pitandportal.com.au", "g.mcleod@kestrelgold.com.au"]),
     "en", MYNR),
    # acaciasearch: a mining executive search firm's video interview for a process operator (the firm's own screen,
    # the client not yet named: the firm is the company)
    (event("Video interview – Process Plant Operator – Acumen Mining Search",
           organizer=org("talent@acumenminingsearch.com", "Acumen Mining Search"),
           guests=[guest("talent@acumenminingsearch.com", "Acumen Mining Search"),
                   guest("r.pillay@acumenminingsearch.com", "Ravi Pillay")],
           description="Initial interview for a confidential client (gold, Goldfields). We'll discuss your plant "
                       "experience and the role brief." + TEAMS, **at("2027-10-05", "16:00", 45, *PER)),
     yes(["Acumen Mining Search", "Acumen", "Acumenminingsearch"],
         ["talent@acumenminingsearch.com", "r.pillay@acumenminingsearch.com"]), "en", ACACIA),
    # careerminer: a panel interview for a graduate metallurgist at a Canadian mine's office
    (event("Panel interview – Graduate Metallurgist – Boreal Nickel Corp.",
           organizer=org("hr@borealnickel.ca", "Boreal Nickel HR"),
           guests=[guest("hr@borealnickel.ca", "Boreal Nickel HR"),
                   guest("annie.tremblay@borealnickel.ca", "Annie Tremblay"),
                   guest("dev.sharma@borealnickel.ca", "Dev Sharma"),
                   room("c_0e44d7aa@resource.calendar.google.com", "SUD-2-Boardroom (12)")],
           location="Boreal Nickel, 1 Lorne St, Sudbury ON", **at("2027-10-22", "10:00", 75, *TOR)),
     yes(["Boreal Nickel Corp.", "Boreal Nickel", "Borealnickel"],
         ["hr@borealnickel.ca", "annie.tremblay@borealnickel.ca", "dev.sharma@borealnickel.ca"]), "en", CAREERMINER),
    # mining-international: a mock panel interview at the university careers centre (practice, no)
    (event("Mock panel interview – mining grad programmes (Careers Centre)", organizer=org("careers@wasm-student.edu.au",
                                                                                          "Careers Centre"),
           location="Careers Centre, Bentley", **at("2027-10-07", "11:00", 45, *PER)),
     None, "en", MININGINTL),
    # acaciasearch: the firm's webinar for young mining professionals on interviews (webinar, no)
    (event("YMP webinar: Mastering the job interview", organizer=org("events@acumenminingsearch.com",
                                                                     "Acumen Events"),
           description="Free for YMP members." + TEAMS, **at("2027-10-19", "17:30", 60, *PER)),
     None, "en", ACACIA),
    # xandagroup: a PhD researcher interviews the owner, a FIFO worker, about roster wellbeing (research, no)
    (event("Research interview – FIFO rosters & family life (PhD study, Curtin)", organizer=org(
               "j.whitaker@curtin-research.edu.au", "Jess Whitaker"),
           guests=[guest("j.whitaker@curtin-research.edu.au", "Jess Whitaker")],
           description="Thank you for agreeing to participate. The interview is recorded and anonymised. $40 voucher.",
           **at("2027-10-29", "18:00", 60, *PER)),
     None, "en", XANDA),
    # ============================================================ pharmacy and optics
    # liveinterviewhelp: a community pharmacy chain's interview with a clinical scenario and a near-miss question
    (event("Interview – Relief Pharmacist – Kestrel Pharmacy Group (area manager + clinical scenario)",
           organizer=org("recruitment@kestrelpharmacy.co.uk", "Kestrel Pharmacy Recruitment"),
           guests=[guest("recruitment@kestrelpharmacy.co.uk", "Kestrel Pharmacy Recruitment"),
                   guest("sunita.bhatt@kestrelpharmacy.co.uk", "Sunita Bhatt")],
           description="45 minutes with Sunita Bhatt (Area Manager), including a short clinical scenario and questions "
                       "on Pharmacy First services.",
           location="Kestrel Pharmacy, 22 High St, Leicester", **at("2027-10-06", "14:00", 45, *LON)),
     yes(["Kestrel Pharmacy Group", "Kestrel Pharmacy", "Kestrelpharmacy"],
         ["recruitment@kestrelpharmacy.co.uk", "sunita.bhatt@kestrelpharmacy.co.uk"]), "en", LIVEINTERVIEW),
    # liveinterviewhelp: a hospital's foundation trainee pharmacist interview (multiple mini interviews)
    (event("Foundation Trainee Pharmacist – MMI stations – Ashvale Teaching Hospitals",
           organizer=org("pharmacy.education@ashvale-hospitals.nhs.uk", "Pharmacy Education Team"),
           description="Four 8-minute stations: values, calculation, patient counselling role-play, reflection. "
                       "Candidates rotate; assessors vary by station.",
           location="Education Centre, Ashvale General Hospital", **at("2027-10-15", "12:30", 60, *LON)),
     yes(["Ashvale Teaching Hospitals", "Ashvale Hospitals", "Ashvale", "Ashvale-hospitals"],
         ["pharmacy.education@ashvale-hospitals.nhs.uk"]), "en", LIVEINTERVIEW),
    # pharmaexams: revision for the registration assessment (exam for a licence, no)
    (event("Registration assessment revision – calculations paper (mock)", organizer=SELF,
           **at("2027-10-10", "10:00", 150, *LON)),
     None, "en", PHARMAEXAMS),
    # opticiancareerpath: an optician's interview with a technical test (manual lensometry, frame alignment)
    (event("Interview + practical – Dispensing Optician – Clearsight Opticians",
           organizer=org("jobs@clearsightopticians.com", "Clearsight Jobs"),
           guests=[guest("jobs@clearsightopticians.com", "Clearsight Jobs"),
                   guest("owen.pryor@clearsightopticians.com", "Owen Pryor")],
           description="Please be ready to perform a manual lensometry reading and a 3-point frame alignment. Bring "
                       "copies of your ABO/NCLE certificates.",
           location="Clearsight Opticians, 918 Pearl St, Boulder CO", **at("2027-10-07", "10:00", 60, *DEN)),
     yes(["Clearsight Opticians", "Clearsight", "Clearsightopticians"],
         ["jobs@clearsightopticians.com", "owen.pryor@clearsightopticians.com"]), "en", OPTICIANPATH),
    # opticiancareerpath: the reminder to send thank-you emails within a day (chore after an interview, no)
    (event("Send thank-you emails – Clearsight (Owen + front desk)", organizer=SELF,
           **at("2027-10-07", "16:00", 15, *DEN)),
     None, "en", OPTICIANPATH),
    # yourcareersupport: a half-day working trial as an optical assistant after the interview
    (event("Optical assistant – half-day trial – Brightview Eyecare", organizer=SELF,
           description="Frame styling + pre-tests with Dr. Lina Moreau. Smart casual.",
           location="Brightview Eyecare, 410 Queen St W, Toronto", **at("2027-10-15", "09:00", 240, *TOR)),
     yes(["Brightview Eyecare", "Brightview"], ["Lina Moreau"]), "en", YOURCAREERSUPPORT),
    # vivahr: the owner's own annual eye exam (appointment, no)
    (event("Eye exam (annual) – Dr. Patel", organizer=org("appointments@citysightcare.ca", "CitySight Care"),
           location="CitySight Care", **at("2027-10-20", "08:15", 30, *VAN)),
     None, "en", VIVAHR),
    # ============================================================ road haulage
    # trucknetuk: an assessment drive in a tri-axle unit with a national haulier's assessor (practical test)
    (event("Class 1 assessment drive – Lydford Haulage (bring licence, CPC card, tacho card)",
           organizer=org("transport.recruitment@lydfordhaulage.co.uk", "Lydford Transport Recruitment"),
           guests=[guest("transport.recruitment@lydfordhaulage.co.uk", "Lydford Transport Recruitment")],
           description="Approx 1 hour on the road with our driver assessor, then a chat. Hi-vis provided. We will "
                       "photocopy your documents on arrival.",
           location="Lydford Haulage, Unit 4 Ashchurch Ind. Est., Tewkesbury", **at("2027-10-11", "08:00", 120, *LON)),
     yes(["Lydford Haulage", "Lydford", "Lydfordhaulage"], ["transport.recruitment@lydfordhaulage.co.uk"]),
     "en", TRUCKNET),
    # trucknetuk (gillhuber thread): an on-site assessor's run with a vehicle check and bay reversing, the candidate's note
    (event("Driving assessment w/ Stuart (assessor) – Cowley run + back onto bay – Meridale Logistics",
           organizer=SELF, description="Do full walkround. Handbrake on at every stop!",
           location="Meridale Logistics, Oxford", **at("2027-10-18", "06:00", 150, *LON)),
     yes(["Meridale Logistics", "Meridale"], ["Stuart"]), "en", TRUCKNET_GILLHUBER),
    # afintapart: a South African trucking interview in steps (documents, verbal interview, yard test, Dover test,
    # road test)
    (event("Truck driver interview – Karoo Freight Lines (docs, yard test, Dover test, road test)",
           organizer=org("hr@karoofreight.co.za", "Karoo Freight HR"),
           guests=[guest("hr@karoofreight.co.za", "Karoo Freight HR")],
           description="Bring: licence, PrDP, ID, medical certificate, police clearance, CV and references. Yard test "
                       "covers alley docking and blindside reversing.",
           location="Karoo Freight Lines, 12 Heidelberg Rd, Alrode", **at("2027-10-12", "07:30", 300, *JNB)),
     yes(["Karoo Freight Lines", "Karoo Freight", "Karoofreight"], ["hr@karoofreight.co.za"]), "en", AFINTAPART),
    # theemployable: periodic Driver CPC training (course, no)
    (event("Driver CPC periodic training – module 3 of 5", organizer=org("bookings@roadskills-training.co.uk",
                                                                       "RoadSkills Bookings"),
           location="RoadSkills, Coventry", **at("2027-10-23", "08:30", 420, *LON)),
     None, "en", EMPLOYABLE),
    # efm: the owner, a fleet manager, interviews driver applicants (hiring side)
    (event("Driver applicant interviews (3) – check PrDP + references first", organizer=SELF,
           guests=[guest("ops@karoofreight.co.za", "Karoo Ops")], **at("2027-10-14", "09:00", 180, *JNB)),
     None, "en", EFM),
]


_CHURCH_BORDER_TOOLS_OTHER: list[Case] = [
    # ============================================================ churches: pastoral searches
    # joemckeever: a pastor's first interview with a church's search committee, by video
    (event("Zoom interview – Pastor Search Committee – Sugar Creek Community Church (Dayton)",
           organizer=org("search.committee@sugarcreekcommunity.org", "Sugar Creek Pastor Search Committee"),
           guests=[guest("search.committee@sugarcreekcommunity.org", "Sugar Creek Pastor Search Committee"),
                   guest("doug.reiner@sugarcreekcommunity.org", "Doug Reiner")],
           description="Dear Pastor Lee,\nThe committee looks forward to our conversation. Doug Reiner (chair) will "
                       "open with prayer; we have planned about 75 minutes including your questions for us." + ZOOM,
           **at("2027-10-07", "19:00", 75, *NY)),
     yes(["Sugar Creek Community Church", "Sugar Creek", "Sugarcreekcommunity"],
         ["search.committee@sugarcreekcommunity.org", "doug.reiner@sugarcreekcommunity.org"]), "en", MCKEEVER),
    # firstuministerialsearch: a candidating weekend (Friday evening to Sunday: tour, Saturday interview, preaching),
    # copied in as all-day events; the search committee's chair is named without an address. A candidating weekend
    # is a hiring step like an assessment centre (yes).
    (days(event("Candidating weekend – First Parish of Quarry Hill (Fri eve → Sun service)", organizer=SELF,
                description="Fri dinner w/ committee. Sat tour + long Q&A with Ministerial Search Committee (chair "
                            "Linda Harrow). Sun: lead worship + sermon."),
          "2027-10-15", "2027-10-18"),
     yes(["First Parish of Quarry Hill", "First Parish", "Quarry Hill"], ["Linda Harrow"]), "en", FIRSTU),
    # searchingforthecalled: the owner serves on a church's search team interviewing a candidate (hiring side, no)
    (event("Search team – Skype conversation with candidate #2 (leave 15 min for their questions!)",
           organizer=org("searchteam@stmarksbythelake.org", "St Mark's Search Team"),
           guests=[guest("searchteam@stmarksbythelake.org", "St Mark's Search Team"),
                   guest("rev.a.okoye@gmail.com", "Rev. Adaeze Okoye")],
           **at("2027-10-12", "19:30", 60, *CHI)),
     None, "en", SEARCHINGCALLED),
    # puritanboard: a phone interview with a pulpit committee's vice chairman for an associate pastor call
    (event("Phone interview – pulpit search committee (Associate Pastor) – Cedar Shoals Presbyterian, Greenville",
           organizer=SELF, description="Whole committee on speaker. Vice chair Tom Ashby called to set it up.",
           **at("2027-10-05", "18:00", 60, *NY)),
     yes(["Cedar Shoals Presbyterian Church", "Cedar Shoals Presbyterian", "Cedar Shoals"], ["Tom Ashby"]), "en", PURITANBOARD),
    # journeypastoralcoaching: a two-part interview (the committee's questions, then the candidate's) with the elders
    (event("Interview with the Session (part 1: their Qs, part 2: mine) – Associate Pastor – Hope Valley Church",
           organizer=org("clerk@hopevalleychurch.org", "Clerk of Session"),
           guests=[guest("clerk@hopevalleychurch.org", "Clerk of Session"),
                   guest("elder.marcus.bell@hopevalleychurch.org", "Marcus Bell")],
           description="Please bring your questions on staffing, finances and the constitution and bylaws.",
           location="Hope Valley Church, Fellowship Hall", **at("2027-10-26", "18:30", 120, *CHI)),
     yes(["Hope Valley Church", "Hope Valley", "Hopevalleychurch"],
         ["clerk@hopevalleychurch.org", "elder.marcus.bell@hopevalleychurch.org"]), "en", JOURNEYPASTORAL),
    # christianitytoday: the owner's regular elders' meeting at the current church (plain event, no)
    (event("Elders meeting – budget + Advent planning", organizer=SELF, location="Church office",
           **at("2027-10-19", "19:00", 90, *NY)),
     None, "en", CHRISTIANITYTODAY),
    # ============================================================ UK Border Force (a public body keeps its name)
    # homeofficejobs-sscl: the online suitability assessment sent after the application (own block, nobody)
    (event("Border Force Suitability Assessment – do before deadline (personality + analytical Qs)", organizer=SELF,
           description="Link in invite email. Ask about reasonable adjustments BEFORE starting.",
           **at("2027-10-04", "20:00", 60, *LON)),
     yes(["Border Force", "Home Office"], []), "en", BF_SSCL),
    # homeofficejobs.tal.net: the assessment and interview day for a Border Force Officer post at an airport, from a
    # notification mailbox
    (event("Border Force Officer (Heathrow) – Assessment and Interview",
           organizer=org("noreply@homeofficejobs-notify.gov.uk", "Home Office Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="You are invited to attend an assessment and interview. Please bring your passport or other "
                       "photo ID and the documents listed in your candidate account. Allow 3 hours.",
           location="Border Force, Building 1180, Heathrow Airport", **at("2027-10-18", "09:00", 180, *LON)),
     yes(["Border Force", "Home Office"], []), "en", BF_TAL),
    # vdocuments (candidate pack): a video interview with a named panel chair after the tests
    (event("Border Force – video interview (Strengths & Behaviours)",
           organizer=org("bf.interviewpanel3@homeoffice-recruitment.gov.uk", "Border Force Interview Panel 3"),
           guests=[guest("bf.interviewpanel3@homeoffice-recruitment.gov.uk", "Border Force Interview Panel 3"),
                   guest("karen.oyelaran@borderforce-hq.gov.uk", "Karen Oyelaran")],
           description="Your panel chair will be Karen Oyelaran (HMI). Behaviours: Making Effective Decisions, "
                       "Working Together, Managing a Quality Service." + TEAMS,
           **at("2027-10-28", "11:00", 45, *LON)),
     yes(["Border Force", "Home Office"],
         ["bf.interviewpanel3@homeoffice-recruitment.gov.uk", "karen.oyelaran@borderforce-hq.gov.uk"]),
     "en", BF_VDOCS),
    # mockquestions: practising answers to mock questions alone (practice, no)
    (event("Practise Border Force mock Qs (adaptability, conflict) out loud", organizer=SELF,
           **at("2027-10-24", "15:00", 60, *LON)),
     None, "en", MOCKQUESTIONS),
    # homeofficejobs-sscl: the security vetting forms after the conditional offer (chore, no)
    (event("Complete security vetting (CTC) forms + upload ID", organizer=SELF, **at("2027-10-29", "12:30", 45, *LON)),
     None, "en", BF_SSCL),
    # ============================================================ scheduling and interviewing tools
    # mcpbundles (Hireflix): a one-way video interview link sent through the tool (yes, nobody to thank)
    (event("Hireflix one-way interview – Customer Success Associate – Tideline Software (5 questions)",
           organizer=org("no-reply@hireflix.com", "Hireflix"),
           description="Tideline Software has invited you to a one-way video interview. You can record your answers "
                       "at any time before the deadline; each question allows one retake. Open your interview: "
                       "https://app.hireflix.com/i/8f2kq0",
           **at("2027-10-08", "23:00", 30, *NY)),
     yes(["Tideline Software", "Tideline"], []), "en", MCPBUNDLES_HIREFLIX),
    # apps.make.com (Hireflix): the owner, a recruiter, sees a sales demo of the tool's automations (vendor demo, no)
    (event("Hireflix x Make demo – auto-invite candidates from ATS stage", organizer=org("demo@hireflix.com",
                                                                                      "Hireflix Demo"),
           guests=[guest("demo@hireflix.com", "Hireflix Demo"), guest("ana.r@hireflix.com", "Ana (Solutions)")],
           description=MEET.strip(), **at("2027-10-14", "10:00", 30, *NY)),
     None, "en", MAKE_HIREFLIX),
    # docs.kombo (Avature): an interview confirmation generated by an enterprise ATS on the employer's behalf
    (event("Interview confirmed: Customs Compliance Analyst – Halvorsen Logistics",
           organizer=org("noreply@halvorsen.avature.net", "Halvorsen Logistics Careers"),
           guests=[guest("noreply@halvorsen.avature.net", "Halvorsen Logistics Careers"),
                   guest("ingrid.moe@halvorsenlogistics.com", "Ingrid Moe"),
                   guest("p.kaur@halvorsenlogistics.com", "Preet Kaur")],
           description="Your interview for Customs Compliance Analyst (Req 40218) is confirmed. Interviewers: Ingrid "
                       "Moe (Trade Compliance Manager), Preet Kaur (Senior Analyst). To reschedule, use the link in "
                       "your candidate portal." + TEAMS,
           **at("2027-10-21", "13:00", 60, *CHI)),
     yes(["Halvorsen Logistics", "Halvorsen", "Halvorsenlogistics"],
         ["ingrid.moe@halvorsenlogistics.com", "p.kaur@halvorsenlogistics.com"]), "en", KOMBO_AVATURE),
    # ============================================================ look-alikes: public services, media
    # visaprolaw: a naturalization interview at the immigration office (citizenship, not a job interview)
    (event("USCIS naturalization interview – N-400 (bring notice, green card, passports)", organizer=SELF,
           description="English + civics test. Bring I-797C notice. Arrive 30 min early.",
           location="USCIS Field Office, 2150 Parklake Dr NE, Atlanta", **at("2027-10-19", "08:40", 120, *NY)),
     None, "en", VISAPROLAW),
    # visaprolaw: the fingerprinting appointment for the same application (biometrics, no)
    (event("Biometrics appointment – ASC (fingerprints)", organizer=SELF,
           location="Application Support Center, Atlanta", **at("2027-10-04", "13:00", 45, *NY)),
     None, "en", VISAPROLAW),
    # sovereign: the Universal Credit interview with a work coach at the Jobcentre (benefits, not a job interview)
    (event("Universal Credit interview – work coach (Jobcentre) – bring ID, address proof, bank statement",
           organizer=SELF, location="Jobcentre Plus, 1 Fountain St, Manchester", **at("2027-10-06", "10:20", 40, *LON)),
     None, "en", SOVEREIGN),
    # benefitsandwork: a ten-minute follow-up appointment with a work coach (benefits, no)
    (event("Work coach appointment (10 min) – update job search journal first", organizer=SELF,
           location="Jobcentre Plus", **at("2027-10-20", "14:10", 10, *LON)),
     None, "en", BENEFITSANDWORK),
    # jtid: the owner is the guest on a careers podcast (media, no)
    (event("Podcast interview – 'Second Shift' careers show (recording)",
           organizer=org("host@secondshiftpodcast.co.uk", "Second Shift Podcast"),
           guests=[guest("host@secondshiftpodcast.co.uk", "Second Shift Podcast")],
           description="Audience: people changing careers into transport. Use a headset, not laptop mic. Talking "
                       "points attached. Audio only.", **at("2027-10-13", "18:00", 60, *LON)),
     None, "en", JTID),
]

_EXTRA_NON_INTERVIEWS: list[Case] = [
    # ============================================================ more of what the same calendars hold
    # thetraindriveracademy: a rail careers fair (fair, no)
    (event("Rail Careers Fair – NEC Birmingham (driver + signaller stands)", organizer=SELF,
           location="NEC Hall 5, Birmingham", **at("2027-10-09", "10:00", 300, *LON)),
     None, "en", TDA),
    # vegas-aces: coffee with a former dealer about break-in jobs (informational, no)
    (event("Coffee w/ Rosa (ex-dealer @ Golden Reef) – break-in jobs?", organizer=SELF,
           guests=[guest("rosa.dealz@gmail.com", "Rosa Jimenez")], location="Peet's, Sahara Ave",
           **at("2027-10-05", "10:30", 45, *LA)),
     None, "en", VEGASACES),
    # mycasinopartieshouston: a haircut before auditions (chore, no)
    (event("Haircut – neat for audition", organizer=SELF, location="Barber on Maryland Pkwy",
           **at("2027-10-05", "16:00", 30, *LA)),
     None, "en", CASINOPARTIES),
    # xandagroup: packing for the site visit (chore, no)
    (event("Pack for site visit: interview clothes + casual dinner clothes, charge phone", organizer=SELF,
           **at("2027-10-13", "20:00", 30, *PER)),
     None, "en", XANDA),
    # mynr: asking a former manager to act as referee (chore, no)
    (event("Call Jenny Tait – ask to be referee for Kestrel Gold", organizer=SELF,
           guests=[guest("jenny.tait@outlook.com.au", "Jenny Tait")], **at("2027-10-12", "12:15", 15, *PER)),
     None, "en", MYNR),
    # mmg: site induction on the first day after the hire (onboarding, no)
    (event("Day 1 – Ridgeline site induction + PPE issue (Golden Ridge)",
           organizer=org("onboarding@ridgelineminerals.com.au", "Ridgeline Onboarding"),
           guests=[guest("onboarding@ridgelineminerals.com.au", "Ridgeline Onboarding")],
           location="Golden Ridge Operations", **at("2027-10-29", "06:00", 600, *PER)),
     None, "en", MMG),
    # mining-international: a women-in-mining networking breakfast (networking, no)
    (event("WiM networking breakfast – grads + mentors", organizer=org("events@wim-wa.org.au", "WiM WA Events"),
           location="Parmelia Hilton, Perth", **at("2027-10-15", "07:00", 90, *PER)),
     None, "en", MININGINTL),
    # liveinterviewhelp: the first shift after the hire (onboarding, no)
    (event("First day – Kestrel Pharmacy Leicester (shadow Sunita, SOPs)", organizer=SELF,
           location="Kestrel Pharmacy, 22 High St, Leicester", **at("2027-10-25", "08:45", 480, *LON)),
     None, "en", LIVEINTERVIEW),
    # skybrary: the start of initial ATC training at the college after selection (training, all-day, no)
    (days(event("ATC initial training – Block 1 (Aerodrome) starts", organizer=SELF,
                description="College accommodation from Sunday night."),
          "2027-10-25", "2027-10-30"),
     None, "en", SKYBRARY),
    # journeypastoralcoaching: a coaching webinar on interviewing with a search committee (webinar, no)
    (event("Webinar: Questions to ask a pastoral search committee", organizer=org("coach@journeypastoral-events.com",
                                                                                 "Journey Pastoral Coaching"),
           description=ZOOM.strip(), **at("2027-10-04", "12:00", 60, *CHI)),
     None, "en", JOURNEYPASTORAL),
    # counsilmanhunsaker: the owner, a local reporter, interviews an aquatics manager on the lifeguard shortage
    # (journalism, no)
    (event("Interview: Parks & Rec aquatics manager re lifeguard shortage (for Sunday feature)", organizer=SELF,
           guests=[guest("kdunn@eastsideparks.org", "Kelly Dunn")], location="Eastside Natatorium office",
           **at("2027-10-08", "11:00", 45, *DEN)),
     None, "en", COUNSILMAN),
]

ENGLISH17: list[Case] = [*_RAIL_CASINO_CRUISE, *_AIR_WATER_LANGUAGE, *_MINING_HEALTH_ROAD,
                         *_CHURCH_BORDER_TOOLS_OTHER, *_EXTRA_NON_INTERVIEWS]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b17-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b17-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND17: list[Case] = [_tagged(case) for case in (*ENGLISH17, *INTL17)]

_ids = [case[0]["id"] for case in BLIND17]
assert len(_ids) == len(set(_ids)), "two cases share an id"
