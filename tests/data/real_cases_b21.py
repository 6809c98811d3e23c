"""Blind batch 21 of the real-material corpus (issue #15, round 21): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff,
plus ``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets and dates). Same
conventions as ``real_cases.py`` and the b2 to b20 files: each case re-creates, as Google Calendar
would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, hidden guest lists, all-day events, location, conference text), a
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name); the
wording is paraphrased, not copied. Public bodies that cannot be invented keep their real names
where the process is theirs (a South Carolina school district's transportation office, the Punjab
Public Service Commission, Pakistan Post, Tanzania's public service recruitment secretariat, the
Maharashtra Public Service Commission, Kiryat Gat's municipality, the Region of South Aegean and the
Cyclades' diagnostic and support centres); the elevator union's local and its apprenticeship
committee are given an invented number; where a page named a real firm, club, station, airline or
agency, an invented one took its place. Every source is new to the corpus: no URL and no host name
cited by an earlier data file in tests/data (checked with a grep over tests/data/*.py for the URL
and the host before each was used; hosts already cited, such as pixelcareer, skillsearch,
beyondextent, bizfluent, aircabincrew, airlinestaff, cabincrewwings, aviationjobsearch, talentegg,
careerie, oireachtas, sinergija, siol, poslovnisvet, forjobhunters, zaplata, career.tuc.gr,
randstad.gr, btalah, hilan, kolzchut, emosahebe, tenchat, samayam, leadersnet or nanseul, were left
out). Event ids are prefixed "b21-" so they stay unique across the corpus.

What it holds: 162 events, 96 job interviews (or hiring steps) the owner attends as the candidate
and 66 non-interviews; 100 in English (55 interviews; the US, Canada, the UK, Ireland, Australia,
New Zealand, South Africa, Kenya, Nigeria, India, Singapore, the Philippines, Malta and a French
marina) and 62 in 25 other languages (41 interviews): Welsh 4 (2), Afrikaans 4 (2), Galician 4 (2),
Bosnian 3 (2), Slovenian 3 (2), Bulgarian 3 (2), Armenian 3 (2), Mongolian 3 (3), Persian 3 (2),
Swahili 3 (2, Tanzania), Chinese 3 (2), Tamil 3 (1), Maltese 2 (2), Amharic 2 (1), Urdu 2 (2),
Tagalog 2 (2), Korean 2 (1), Russian 2 (1), Arabic 2 (1, Saudi Arabia), Greek 2 (2), Hebrew 2 (2),
Marathi 2 (1), Khmer 1 (0), Pashto 1 (1, Afghanistan) and Italian 1 (1). Scripts other than Latin:
Armenian, Cyrillic (Bulgarian, Mongolian, Russian), Ethiopic (Amharic), Khmer, Arabic script
(Arabic, Persian, Urdu, Pashto), Hebrew, Greek, Han (Chinese), Hangul, Tamil and Devanagari
(Marathi). Welsh, Afrikaans, Galician, Maltese, Armenian, Mongolian, Amharic, Khmer and Pashto are
new to the corpus; Bosnian, Slovenian, Bulgarian, Urdu, Swahili, Tagalog and Marathi were thin.
93 cited sources on 92 hosts (42 for the English half, 51 more for the other languages), none cited
by an earlier file. The owner's own typed entries are 57 of 162 (35 %): the rest are invitations
from employers' recruiting mailboxes (some with a no-reply scheduler or an assessment platform as
organiser), union and apprenticeship committees, clubs' HR and secretaries, programme controllers,
manning agencies for their principals, crew and nanny agencies for yachts and families, a Cape
Town and a Slovenian agency for their clients, colleges, co-operatives, commissions' and
municipalities' secretariats, DMV-like schedulers, clinics and podcast or radio producers.
Dates fall between 1 August and 15 September 2028 (no earlier batch's events use these weeks):
North America, Europe and Israel on summer time, Iran at +03:30, Kabul at +04:30, Australia on
standard time, New Zealand before its change on 24 September; all clear of each country's public
holidays (checked with the ``holidays`` package, with the state, province or region where
holidays differ: Ireland's August bank holiday, Pakistan's Independence Day, India's Janmashtami
and Independence Day, Liberation Day in Korea, the Assumption in Malta, Slovenia, Greece, Spain
and Italy, Singapore's National Day, South Africa's Women's Day, Ninoy Aquino Day and
National Heroes Day in the Philippines, the English and Welsh summer bank holiday, Labor Day in the
US and Canada, Bulgaria's Unification Day, Our Lady of Victories in Malta, the Ethiopian New Year);
working weeks are Sunday to Thursday in Israel and Saudi Arabia and Saturday to Wednesday in Iran
and Afghanistan. Every hiring step falls on a working day (a tattoo shop's two-week trial and a
nanny's working interview run as all-day events over several days); only look-alikes (practice,
chores, e-waste day, a tattoo session, a first aid and an instructor course, party nomination
work, a youth seminar) fall on weekends.

New to the corpus, by sector and process (none of rounds 18 to 20's sectors): elevator mechanics'
apprenticeships (the union local's aptitude test, its tool assessment and the joint apprenticeship
committee's two-interviewer interview, a contractor's helper interview, the owner scoring on the
panel, an information night, practice and the tier letter), golf course maintenance (a
superintendent before the club's selection committee, walking the course first, an assistant's
phone interview, an Irish links' trial morning, a Queensland and a Nairobi club, the owner on a
green committee, a webinar and a mock interview), radio presenters (a programme controller's
"chat" about a demo, the studio audition, on-air auditions in Lagos and Manila, a Mombasa news
presenter's voice test, the owner as controller or as a talk-show guest, recording and emailing
demos), waste and recycling (a recruiter's phone screen, a behavioural interview with the hiring
manager and a team member, the physical and drug screen, a Perth and a Nairobi operator), school
bus drivers (a contractor's interview, the transportation director's meeting, the permit tests,
the licence road test, fingerprints, the physical and behind-the-wheel training as look-alikes, a
Canterbury coach company), seafarers and Manila manning agencies (the agency's pre-interview
before proposing a candidate to its principal, the principal's superintendent by video, an
agency's own written and practical test, the medical, documents, the visa, the pre-departure
orientation, checking an agency's licence), esports (a college's varsity coach, a roster's vetting
call and tryout days, an analyst's take-home, a Singapore producer, the owner running school
tryouts, a podcast), agricultural co-operatives (agronomy interns, an operations trainee panel, a
Kenyan dairy co-operative, an Indian farmer producer company, a field day, an expo),
pharmaceutical sales (an area manager's first interview and the HR round in India, a Lagos panel
with role-play, the brag book, a rep's lunch at the owner's clinic), nannies (an agency's call with
a family, a paid working interview, trial days, a London second interview with the children, a
Dublin agency, the owner as the parent hosting a trial, settling-in after the hire, first aid),
outdoor instructors (a centre's selection days with a written test, team games and a practical, a
New Zealand kayak guide's video interview, the owner's own instructing, a climbing course),
actuarial graduates (a Johannesburg insurer's talent acquisition interview, a panel with a hidden
guest list and online assessments, a UK consultancy's phone round, the owner interviewing, a
professional exam), tattoo apprenticeships (a portfolio review with the shop owner, a two-week
trial, the apprenticeship's own exam, the owner critiquing a walk-in, a tattoo session), yacht
crew (daywork as a trial and the captain's interview, a crew agent's phone interview with a
captain, agency registration, STCW), and a deaf applicant's interview with a sign language
interpreter booked (with the owner as the interpreter, booking one, or rated in a proficiency
interview as look-alikes), plus a Maltese gaming firm's video interview. In other languages: a
Welsh children's hospice's competency interview and a language initiative's panel, shortlisting
and a careers workshop; a Cape Town agency's interview for a fruit company's bookkeeper, a farm manager, the owner
holding structured interviews, practice; a Galician cannery, a dairy's second interview after a
consultancy, an employment service workshop and a school's mock interviews; a Maltese shipping
firm's second interview with the director and a Gozo hotel; a Sarajevo institute's written check
and commission interview and the owner on that commission; a Slovenian agency's structured
interview, an energy firm's psychometric tests and its personnel questionnaire; a Bulgarian phone
interview, a panel with a case and the owner interviewing interns; an Armenian state commission and
a software firm's HR-plus-technical interview; Mongolian first-round and professional interviews
and a lawyers' council's staff selection; an Ethiopian bank; a Khmer scholarship interview; a
Kabul trading firm in Pashto; a Tehran software firm's technical and second interviews; the Punjab
commission's interview and Pakistan Post's re-test; Tanzania's recruitment secretariat and a
beverage firm; a Manila cruise manning agency's initial and final interviews in Taglish; a Shanghai
logistics firm's first and second rounds; a Korean factory's personality interview; a Moscow-area
warehouse's trial internship and its safety briefing; a Saudi airline's cabin crew tests; Tamil
party nomination interviews and a medical representative's interview; a Greek region's and an
education directorate's selection interviews; an Israeli municipality's examining committee and
an internal tender; a Turin pub's trial evening; the Maharashtra commission's interview.
Tools and organisers: Teams (English, Bulgarian), Zoom (English, Chinese), Google Meet (English,
Armenian, Persian), Webex (Greek, Maltese English), HTML descriptions (a union local, an outdoor
centre, a hospice), a hidden guest list, room resources, all-day events over several days,
declined and tentative guests, no-reply senders and an assessment platform as organiser, agencies
for their clients, and the owner's own copies, several naming the interviewer only in the title or
description.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
20's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply, notification, scheduling and tool mailboxes, declined guests and bots are out; people a
schedule names as interviewers without an address are listed by name, without courtesy or job
titles (a person both named and invited is listed once, by address); an agency's recruiter is
thanked with the client's interviewers and the company is the client; auditions, trial days,
practical and physical tests, group exercises, assessment centres and the employer's own tests
are hiring steps; a one-way test or take-home the owner blocked time for is a hiring step with
nobody to thank; medical checks, background checks, licence and certification exams, courses,
admissions, fairs and media, research, citizenship and immigration interviews are not; a
competitive exam that only places winners on a reserve list or roster is not, while a public
service commission's interview that fills posts is (round 18). Decisions this batch had to make
where the earlier files were silent carry a one-line comment on the case; in short:
- an elevator union local's apprenticeship committee (its aptitude test, tool assessment and
  interview) is the employer-side selection for the apprenticeship, like round 19's trades
  apprenticeships (yes, its area coordinator thanked);
- a school bus driver's permit tests and road test are licence exams (no); the district's
  transportation director's meeting with an applicant before training is a hiring step (yes);
- a manning agency's pre-interview for a named principal: the principal is the company and the
  agency's crewing mailbox thanked; where no principal is named, the agency is the only company;
- a crew agency's registration interview in Antibes, with no post in view, is not a job interview
  (no); a crew agent's phone interview with a named yacht's captain is (yes, the yacht the company);
- a nanny's trial day or paid working interview is a trial (yes; the family is the employer and
  "<name> family" the company); settling-in sessions after the start date are work (no);
- a roster's tryout days and vetting call in esports are selection for a paid roster (yes);
- a sign language interpreter booked for the owner's interview is not the hiring side and is not
  thanked;
- a tattoo apprenticeship's portfolio review and its two-week trial are hiring steps; the
  apprenticeship's own exam at the end of a year is not;
- a yacht's daywork the captain uses as a trial is a hiring step (the bosun who supervises the day
  is not thanked; the captain is);
- a party's interview of its would-be candidates is a nomination, not a job (no, as round 20's
  party nomination).

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b21_intl.py``, split out for length; ``BLIND21`` holds both.

Scored once, at the end of round 21, for docs/detection.md and the README; tuning data since round 22.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes
from real_cases_b21_intl import (
    AKL,
    BNE,
    CHC,
    CHI,
    DEN,
    DUB,
    INTL21,
    JNB,
    KOL,
    LA,
    LON,
    LOS,
    MEET,
    MEL,
    MLA,
    MNL,
    NBO,
    NCE,
    NY,
    PER,
    PHARMASALES,
    REG,
    SIN,
    SYD,
    TEAMS,
    TOR,
    VAN,
    WEBEX,
    WPG,
    ZOOM,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data file,
# checked with a grep over tests/data/*.py for the URL and the host before each was used).
ELEVATORWU = "https://www.elevatorworldunplugged.com/understanding-the-elevator-industry-aptitude-test/"
IPREP = "https://www.iprep.online/courses/elevator-industry-aptitude-test-eiat-free/"
GOLFCI = "https://www.golfcourseindustry.com/news/10-tips-for-a-successful-job-interview"
GCSAA = "http://www.gcsaa.org/jobs/resources/interviewing-tips"
MEDIAINFO = "http://origin.media.info/radio/how-to/how-to-make-a-great-demo-tape"
THOUGHTCO = "https://www.thoughtco.com/creating-an-audition-mp3-for-radio-2844092"
WMFAQ = "http://www.wm.com/careers/faqs/index.jsp"
LEXRICH5 = "https://www.lexrich5.org/Page/9062"
NACENTRAL = "https://www.northamericacentral.com/driver-screening-training/"
WALLERISD = "http://www.wallerisd.net/transportation/cdlsteps.htm"
MAHWAH = "https://www.mahwah.k12.nj.us/dept-programs/transportation/frequently-asked-questions"
KONSULTANMARITIM = "https://konsultanmaritim.com/our-services/ship-manning-agency/"
SEAEARTH = "https://seaearthcareer.com/procedure/"
BLUEMANILA = "http://bluemanila.com/quality_policy.html"
MARINECAFE = "https://marine-cafe.com/a-seafarers-short-guide-to-choosing-a-manning-agency/"
ESNGG = "https://esn.gg/?p=26532"
ZACKKARIN = "https://www.zackandkarin.com/post/your-title-what-s-your-blog-about-3"
HUMBERNEWS = "https://humbernews.ca/2023/10/humber-esports-staff-search-for-new-coaches/"
CHSINC = "https://www.chsinc.com/news/2023/01/05/future-ag-education"
SWINECAST = "http://www.swinecast.com/cooperatives-a-great-career-opportunity-in-agriculture"
TAMMYGOLD = "https://tammygold.com/nanny-jobs-nyc/successful-trial-get-nanny-position/"
ENANNY = "https://www.enannysource.com/blog/index.php/2012/09/08/working-interviews-and-trial-periods/"
NANNYJOBUK = "https://nannyjob.co.uk/blog/second-interviews-trials-and-settling-in-sessions"
TANDCR = "https://tandcr.com/hiring/working-interview/"
IRVINGSCOTT = "https://irvingscott.com/nanny-job-trial/"
POLARBEAR = "https://iamapolarbear.com/2018/12/03/its-an-emergency-we-need-some-salads-carrying"
BESTADVENTURE = "https://www.bestadventurejobs.co.uk/instructor_characteristics.php"
SEASONWORKERS = "https://www.seasonworkers.com/outdoorjobs/help-guide/entryleveljobs.aspx"
APRLLP = "https://aprllp.com/graduate-application-guide/"
JOBAPPMATCH = "https://za.jobapplicationmatch.org/viewjob2/actuarial-graduate-recruitment-2026-a1003226993"
ACTUARIALCAREERS = "https://www.actuarialcareers.co.uk/finding-the-right-job/interview-tips/"
ASKJAN = "https://askjan.org/articles/Finding-an-Interpreter-for-an-Interview.cfm"
WOU = "https://wou.edu/rrcd/rsla/tips-for-candidates/"
PARTNERSINCOMM = "http://partnersincommunicationllc.com/category/feedback/"
THESHOPSSITE = "https://theshopssite.com/apprenticeship-program/"
OCTOPUS = "https://octopusonaleash.wordpress.com/"
RAYSTATTOO = "https://raystattoo.com/rays-tattoo-asks-aprenticeship-what-should-i-know/"
JUSTTEEJAY = "https://justteejay.blog/2010/12/10/apprentice-interview/"
YOTHOP = "https://www.yothop.com/will-daywork-new-zealand-count-antibes/"
SEASONWORKERS_YACHT = "https://seasonworkers.com/news/working-on-superyachts-update-from-antibes"
KONNEKT = "https://www.konnekt.com/articles/95/preparing-for-a-job-interview"

_ELEVATOR_GOLF_RADIO: list[Case] = [
    # ============================================================ elevator apprenticeships (US, Canada)
    # elevatorworldunplugged: within 15 days of a complete application the union's local sends the date and time of
    # the Elevator Industry Aptitude Test; the local's joint apprenticeship committee selects apprentices (its own
    # test, a hiring step like round 19's apprenticeship selections; the area coordinator thanked)
    (event("Elevator Industry Aptitude Test (EIAT) – test date confirmation",
           organizer=org("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator"),
           guests=[guest("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator")],
           description="<p>Your application and transcript have been received and reviewed.</p><p>You are scheduled for "
                       "the <b>EIAT</b> (reading comprehension, mechanical comprehension, arithmetic). Arrive 30 minutes "
                       "early with photo ID. No calculators. A score of 70 is required to continue to the tool "
                       "assessment and interview.</p><p>Ray Dolan, Area Coordinator</p>",
           location="Local 212 Training Center, 4410 Industrial Pkwy, Columbus OH", **at("2028-08-08", "08:30", 150, *NY)),
     yes(["IUEC Local 212 JATC", "Local 212 JATC", "IUEC Local 212"], ["jatc@iuec-local212.org"]), "en", ELEVATORWU),
    # iprep: the tool assessment follows the test (identify hand tools, read a tape and a scale)
    (event("EIAT tool assessment – identify tools + read measurements (Local 212)", organizer=org("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator"),
           guests=[guest("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator")],
           description="Congratulations on passing the EIAT. The tool assessment: identify common hand tools and read a "
                       "tape and a caliper. Work boots required.",
           location="Local 212 Training Center", **at("2028-08-22", "09:00", 60, *NY)),
     yes(["IUEC Local 212 JATC", "Local 212 JATC", "IUEC Local 212"], ["jatc@iuec-local212.org"]), "en", IPREP),
    # iprep: the committee's interview, 15 to 20 minutes, each of two interviewers scoring; named in the invite
    (event("JAC interview – elevator constructor apprentice (15-20 min)",
           organizer=org("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator"),
           guests=[guest("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator")],
           description="Interviewers: Bill Kessler (labor) and Angela Moretti (management). Questions cover work history, "
                       "school record and safety. Your interview score is the average of the two.",
           location="Local 212 Training Center – Room B", **at("2028-08-31", "13:40", 20, *NY)),
     yes(["IUEC Local 212 JATC", "Local 212 JATC", "IUEC Local 212"],
         ["jatc@iuec-local212.org", "Bill Kessler", "Angela Moretti"]), "en", IPREP),
    # elevatorworldunplugged: practising the mechanical section at home (no)
    (event("EIAT practice – mechanical comprehension set 3 + arithmetic drills", organizer=SELF,
           **at("2028-08-05", "19:00", 90, *NY)),
     None, "en", ELEVATORWU),
    # elevatorworldunplugged: a Canadian contractor interviews for a helper who will enter the apprenticeship (yes)
    (event("Interview – Elevator Mechanic Helper, Northline Elevator (Mississauga)",
           organizer=org("careers@northline-elevator.ca", "Northline Elevator Careers"),
           guests=[guest("careers@northline-elevator.ca", "Northline Elevator Careers"),
                   guest("p.szabo@northline-elevator.ca", "Peter Szabo")],
           description="Meeting with Peter Szabo, Field Superintendent. Bring your EIAT result letter and safety tickets.",
           location="Northline Elevator, 2250 Dixie Rd, Mississauga ON", **at("2028-08-16", "10:00", 45, *TOR)),
     yes(["Northline Elevator", "Northline"], ["careers@northline-elevator.ca", "p.szabo@northline-elevator.ca"]), "en",
     ELEVATORWU),
    # iprep: the owner, a mechanic, sits on the committee's interview panel (hiring side, no)
    (event("JAC interview panel – 12 applicants (labor side scorer)",
           organizer=org("jatc@iuec-local212.org", "Local 212 JATC – Area Coordinator"),
           guests=[guest("a.moretti@ohio-elevator-contractors.org", "Angela Moretti")],
           location="Local 212 Training Center – Room B", **at("2028-09-07", "08:00", 480, *NY)),
     None, "en", IPREP),
    # elevatorworldunplugged: the local's information night on the apprenticeship (no)
    (event("Apprenticeship info night – how to apply (IUEC Local 212)", organizer=org("jatc@iuec-local212.org"),
           location="Union Hall", **at("2028-08-02", "18:30", 90, *NY)),
     None, "en", ELEVATORWU),
    # iprep: the tier letter arrives; waiting to be matched with an employer (a reminder, no)
    (days(event("Tier letter due – check mail / portal (ranking after interview)", organizer=SELF),
          "2028-09-14", "2028-09-15"),
     None, "en", IPREP),
    # ============================================================ golf courses (US, Ireland, Australia)
    # golfcourseindustry: a superintendent's interview before the club's selection committee (general manager,
    # director of golf, green committee); the club's HR invites and lists them
    (event("Golf Course Superintendent – interview with Selection Committee",
           organizer=org("hr@cedarhollowcc.com", "Cedar Hollow CC – Human Resources"),
           guests=[guest("hr@cedarhollowcc.com", "Cedar Hollow CC – Human Resources"),
                   guest("gm@cedarhollowcc.com", "Tom Albrecht"), guest("golf@cedarhollowcc.com", "Jenna Ruiz")],
           description="Committee: Tom Albrecht (General Manager), Jenna Ruiz (Director of Golf) and Green Committee chair "
                       "Dr. Alan Whitcomb. Please bring a one-page agronomic plan.",
           location="Cedar Hollow Country Club – Board Room", **at("2028-08-09", "15:00", 90, *CHI)),
     yes(["Cedar Hollow Country Club", "Cedar Hollow CC", "Cedar Hollow"],
         ["hr@cedarhollowcc.com", "gm@cedarhollowcc.com", "golf@cedarhollowcc.com", "Alan Whitcomb"]), "en", GOLFCI),
    # gcsaa: walking the course early before the interview (the owner's own block, no)
    (event("Walk Cedar Hollow course before interview – note greens, bunkers, irrigation", organizer=SELF,
           location="Cedar Hollow CC", **at("2028-08-09", "07:00", 150, *CHI)),
     None, "en", GCSAA),
    # gcsaa: an assistant superintendent's phone interview (yes)
    (event("Phone interview – Assistant Superintendent, Pine Barrens Golf Links",
           organizer=org("mharlan@pinebarrensgolf.com", "Mike Harlan"), guests=[guest("mharlan@pinebarrensgolf.com", "Mike Harlan")],
           description="I'll call the cell number on your resume. Have your spray records handy. – Mike", **at("2028-08-14", "11:30", 30, *NY)),
     yes(["Pine Barrens Golf Links", "Pine Barrens"], ["mharlan@pinebarrensgolf.com"]), "en", GCSAA),
    # gcsaa: a greenkeeper's trial morning on an Irish links (mowing greens with the course manager; yes)
    (event("Trial morning – greenkeeper, Ballyconneely Links (mowing greens with Seán, course manager)",
           organizer=org("seanmurphy@ballyconneelylinks.ie", "Seán Murphy"),
           guests=[guest("seanmurphy@ballyconneelylinks.ie", "Seán Murphy")],
           description="Start 6am at the maintenance shed. Steel toe boots. We'll finish with a chat over tea.",
           location="Ballyconneely Links maintenance shed, Co. Galway", **at("2028-08-17", "06:00", 300, *DUB)),
     yes(["Ballyconneely Links", "Ballyconneely"], ["seanmurphy@ballyconneelylinks.ie"]), "en", GCSAA),
    # golfcourseindustry: the owner chairs a green committee interviewing superintendents (hiring side, no)
    (event("Green Committee – superintendent candidate interviews (2 finalists)",
           organizer=org("clubsecretary@lakeviewgolf.com.au", "Club Secretary"),
           guests=[guest("president@lakeviewgolf.com.au", "Ross Kennedy")],
           location="Lakeview Golf Club – Committee Room", **at("2028-08-23", "16:00", 150, *SYD)),
     None, "en", GOLFCI),
    # golfcourseindustry: a turf association's webinar on interview tips (no)
    (event("Webinar: 10 tips for a successful superintendent interview",
           organizer=org("events@midwestturfassoc.org", "Midwest Turf Association"), description=ZOOM,
           **at("2028-08-03", "12:00", 60, *CHI)),
     None, "en", GOLFCI),
    # gcsaa: an assistant greenkeeper's interview in Queensland (yes)
    (event("Interview – Assistant Greenkeeper, Redlands Bay Golf Club (bring chem cert + licence)",
           organizer=org("coursemanager@redlandsbaygolf.com.au", "Craig Ellis"),
           guests=[guest("coursemanager@redlandsbaygolf.com.au", "Craig Ellis")],
           location="Redlands Bay Golf Club, maintenance compound", **at("2028-08-29", "13:00", 45, *BNE)),
     yes(["Redlands Bay Golf Club", "Redlands Bay"], ["coursemanager@redlandsbaygolf.com.au"]), "en", GCSAA),
    # golfcourseindustry: a mock interview with a mentor superintendent (practice, no)
    (event("Mock interview w/ Gary (retired super) – agronomic plan + budget questions", organizer=SELF,
           **at("2028-08-06", "16:00", 60, *CHI)),
     None, "en", GOLFCI),
    # golfcourseindustry: a Nairobi club's interview for a course manager before its greens committee (yes)
    (event("Interview – Course Manager, Ngong Hills Golf Club (Greens Committee)",
           organizer=org("secretary@ngonghillsgolf.co.ke", "Club Secretary"),
           guests=[guest("secretary@ngonghillsgolf.co.ke", "Club Secretary"),
                   guest("captain@ngonghillsgolf.co.ke", "Peter Kamau")],
           description="The Greens Committee chaired by the club captain, Peter Kamau, will meet you. Please bring a "
                       "short plan for the rainy season.",
           location="Ngong Hills Golf Club, Karen", **at("2028-08-18", "09:30", 60, *NBO)),
     yes(["Ngong Hills Golf Club", "Ngong Hills"], ["secretary@ngonghillsgolf.co.ke", "captain@ngonghillsgolf.co.ke"]),
     "en", GOLFCI),
    # ============================================================ radio presenters (UK, Nigeria, Kenya, NZ, Philippines)
    # media.info: the demo's purpose is to be invited in for "a chat" with the programme controller (yes)
    (event("Chat with Programme Controller – Coast 104 (re your demo)",
           organizer=org("pc@coast104.co.uk", "Nick Chalmers"), guests=[guest("pc@coast104.co.uk", "Nick Chalmers")],
           description="Hi – liked the first link on your demo. Come in for a chat about the weekend overnight slot.",
           location="Coast 104, Harbour Studios, Plymouth", **at("2028-08-10", "14:00", 45, *LON)),
     yes(["Coast 104"], ["pc@coast104.co.uk"]), "en", MEDIAINFO),
    # media.info: the PC then wants to hear more, an audition in the studio (yes)
    (event("Studio audition – Coast 104 (3 mock links + travel + a trail)",
           organizer=org("pc@coast104.co.uk", "Nick Chalmers"),
           guests=[guest("pc@coast104.co.uk", "Nick Chalmers"), guest("priya.shah@coast104.co.uk", "Priya Shah")],
           description="Good to meet you. Next step is a proper audition in Studio 2; Priya (head of music) will listen in. "
                       "Bring your own headphones.",
           location="Coast 104, Studio 2", **at("2028-08-24", "10:00", 90, *LON)),
     yes(["Coast 104"], ["pc@coast104.co.uk", "priya.shah@coast104.co.uk"]), "en", MEDIAINFO),
    # thoughtco: emailing a demo to a programme director, then calling in a week (chores, no)
    (event("Email demo MP3 + short letter to Hilltop FM PD; call back in a week", organizer=SELF,
           **at("2028-08-01", "09:00", 30, *LON)),
     None, "en", THOUGHTCO),
    # media.info: the owner, a programme controller, listens to demos (hiring side, no)
    (event("Listen to presenter demos (weekend breakfast shortlist)", organizer=SELF, location="PC office",
           **at("2028-08-18", "15:00", 120, *LON)),
     None, "en", MEDIAINFO),
    # media.info: a Lagos station's on-air audition for a breakfast co-host (yes)
    (event("On-air audition – Breakfast co-host, Lagoon 97.1 FM",
           organizer=org("talent@lagoonfm.ng", "Lagoon FM Talent Desk"),
           guests=[guest("talent@lagoonfm.ng", "Lagoon FM Talent Desk"), guest("tunde.b@lagoonfm.ng", "Tunde Bakare")],
           description="You'll co-host a 20-minute mock segment with Tunde Bakare (Head of Programmes). Please arrive 30 "
                       "minutes before your slot.",
           location="Lagoon FM, Admiralty Way, Lekki", **at("2028-08-15", "11:00", 60, *LOS)),
     yes(["Lagoon 97.1 FM", "Lagoon FM"], ["talent@lagoonfm.ng", "tunde.b@lagoonfm.ng"]), "en", MEDIAINFO),
    # media.info: a Mombasa station's interview for a Swahili news presenter (yes)
    (event("Interview + voice test: Swahili news presenter – Pwani Sauti FM",
           organizer=org("hr@pwanisauti.co.ke", "Pwani Sauti HR"),
           guests=[guest("hr@pwanisauti.co.ke", "Pwani Sauti HR"), guest("m.salim@pwanisauti.co.ke", "Mwanaisha Salim")],
           description="Interview with the station manager, Mwanaisha Salim, then a voice test: read two bulletins.", location="Pwani Sauti, Nyali",
           **at("2028-08-21", "10:30", 60, *NBO)),
     yes(["Pwani Sauti FM", "Pwani Sauti"], ["hr@pwanisauti.co.ke", "m.salim@pwanisauti.co.ke"]), "en", MEDIAINFO),
    # thoughtco: the owner is the guest on a morning talk show (media, no)
    (event("Radio interview – Morning Talk with Kiri (about the community garden book)",
           organizer=org("producer@harbourradio.co.nz", "Harbour Radio Producer"), location="Harbour Radio, Nelson",
           **at("2028-08-30", "08:15", 20, *AKL)),
     None, "en", THOUGHTCO),
    # thoughtco: recording the demo at home (no)
    (event("Record demo: weather + 30s ad + promo (Audacity)", organizer=SELF, **at("2028-08-05", "14:00", 120, *LON)),
     None, "en", THOUGHTCO),
    # media.info: a Manila FM station's DJ audition (yes)
    (event("DJ audition – Wave 97.9 (Jocks' room, 3rd flr)", organizer=org("programming@wave979.ph", "Wave 97.9 Programming"),
           guests=[guest("programming@wave979.ph", "Wave 97.9 Programming")],
           description="Hi! Please prepare a 2-min Taglish link. Audition panel: PD Carlo Reyes.",
           location="Wave 97.9, Ortigas Center, Pasig", **at("2028-08-31", "15:00", 45, *MNL)),
     yes(["Wave 97.9"], ["programming@wave979.ph", "Carlo Reyes"]), "en", MEDIAINFO),
]

_WASTE_BUS_SEA_ESPORTS: list[Case] = [
    # ============================================================ waste and recycling (US, Australia, Kenya)
    # wm.com: many first interviews are by phone with a recruiter, who checks suitability and availability (yes)
    (event("Phone interview – CDL Route Driver (Residential), GreenRoute Waste Services",
           organizer=org("talent@greenroutewaste.com", "GreenRoute Talent Acquisition"),
           guests=[guest("talent@greenroutewaste.com", "GreenRoute Talent Acquisition"),
                   guest("dshaw@greenroutewaste.com", "Dana Shaw")],
           description="Your recruiter Dana Shaw will call the number on your application. About 20 minutes. If you need "
                       "an accommodation for this or any later interview, reply to this invite.",
           **at("2028-08-07", "10:00", 20, *DEN)),
     yes(["GreenRoute Waste Services", "GreenRoute"], ["talent@greenroutewaste.com", "dshaw@greenroutewaste.com"]),
     "en", WMFAQ),
    # wm.com: a behavioural interview with the hiring manager and a team member, in person or by webcam (yes)
    (event("Behavioral interview – Route Driver (Hiring Mgr + Team Member)",
           organizer=org("talent@greenroutewaste.com", "GreenRoute Talent Acquisition"),
           guests=[guest("talent@greenroutewaste.com", "GreenRoute Talent Acquisition"),
                   guest("rlopez@greenroutewaste.com", "Rick Lopez"), guest("tkim@greenroutewaste.com", "Tasha Kim"),
                   guest("noreply@greenroutewaste.com", "GreenRoute Scheduling")],
           description="Please log in to your candidate profile to confirm. Rick Lopez (Route Manager) and Tasha Kim "
                       "(Lead Driver) will interview you." + TEAMS,
           **at("2028-08-15", "13:00", 45, *DEN)),
     yes(["GreenRoute Waste Services", "GreenRoute"],
         ["talent@greenroutewaste.com", "rlopez@greenroutewaste.com", "tkim@greenroutewaste.com"]), "en", WMFAQ),
    # wm.com: the pre-employment drug screen and physical after the offer (checks, no)
    (event("DOT physical + drug screen (GreenRoute conditional offer) – Concentra", organizer=SELF,
           location="Concentra, 1120 Santa Fe Dr, Denver", **at("2028-08-21", "08:00", 90, *DEN)),
     None, "en", WMFAQ),
    # wm.com: dropping e-waste at the transfer station (a chore, no)
    (event("Drop old TV + batteries at e-waste day (transfer station)", organizer=SELF,
           location="County Transfer Station", **at("2028-08-12", "09:00", 60, *DEN)),
     None, "en", WMFAQ),
    # wm.com: a Perth resource recovery firm's interview for a heavy rigid driver (yes)
    (event("Interview – HR Driver (side loader), Swan Valley Resource Recovery",
           organizer=org("leanne.moss@swanvalleyrr.com.au", "Leanne Moss"),
           guests=[guest("leanne.moss@swanvalleyrr.com.au", "Leanne Moss"), guest("fleet@swanvalleyrr.com.au", "Fleet Office")],
           description="Hi, confirming your interview. Ask for me at the weighbridge office and bring your HR licence.",
           location="Swan Valley Resource Recovery, Malaga WA", **at("2028-08-17", "10:00", 45, *PER)),
     yes(["Swan Valley Resource Recovery", "Swan Valley"], ["leanne.moss@swanvalleyrr.com.au", "fleet@swanvalleyrr.com.au"]), "en", WMFAQ),
    # wm.com: a Nairobi recycler's interview for a sorting-line supervisor (yes)
    (event("Interview – Sorting Line Supervisor, Taka Safi Recyclers (Industrial Area)",
           organizer=org("hr@takasafi.co.ke", "Taka Safi HR"),
           guests=[guest("hr@takasafi.co.ke", "Taka Safi HR"), guest("j.omondi@takasafi.co.ke", "Joseph Omondi")],
           location="Taka Safi Recyclers, Enterprise Rd, Nairobi", **at("2028-08-24", "09:30", 60, *NBO)),
     yes(["Taka Safi Recyclers", "Taka Safi"], ["hr@takasafi.co.ke", "j.omondi@takasafi.co.ke"]), "en", WMFAQ),
    # ============================================================ school bus drivers (US, Canada, NZ)
    # northamericacentral: the contractor's in-person interview comes first, then record checks (yes)
    (event("In-person interview – School Bus Driver, Prairie Student Transport",
           organizer=org("hiring@prairiestudenttransport.ca", "Prairie Student Transport Hiring"),
           guests=[guest("hiring@prairiestudenttransport.ca", "Prairie Student Transport Hiring"),
                   guest("lwiebe@prairiestudenttransport.ca", "Lorna Wiebe")],
           description="Meet Lorna Wiebe, Location Manager. Bring your driver's licence and abstract. Paid training is "
                       "provided to eligible applicants.",
           location="Prairie Student Transport yard, 890 Dugald Rd, Winnipeg", **at("2028-08-10", "09:00", 45, *WPG)),
     yes(["Prairie Student Transport"], ["hiring@prairiestudenttransport.ca", "lwiebe@prairiestudenttransport.ca"]),
     "en", NACENTRAL),
    # northamericacentral: the fingerprint and background search (a check, no)
    (event("Fingerprinting + background/sex offender search (bus driver file)",
           organizer=org("noreply@commissionaires-bookings.ca", "Commissionaires Booking"),
           location="Commissionaires, Winnipeg", **at("2028-08-14", "13:30", 30, *WPG)),
     None, "en", NACENTRAL),
    # lexrich5: the four written tests at the DMV for the commercial learner's permit (licence exams, no)
    (event("DMV – CDL permit written tests (General, Air Brake, Passenger, School Bus)", organizer=SELF,
           description="$2.50 each. Bring study manual notes.", location="SCDMV, Irmo", **at("2028-08-16", "08:30", 120, *NY)),
     None, "en", LEXRICH5),
    # lexrich5: after approval by the transportation director, meeting him at the district office (yes: a hiring step
    # with the district)
    (event("Bus driver applicant – meeting with Director of Transportation",
           organizer=org("transportation@lexrich5-schools.org", "District Five Transportation"),
           guests=[guest("transportation@lexrich5-schools.org", "District Five Transportation"),
                   guest("rharlow@lexrich5-schools.org", "Ron Harlow")],
           description="Please bring your Class B permit. After this meeting you will be assigned a driver/trainer.", location="Midway bus lot office",
           **at("2028-08-18", "10:00", 30, *NY)),
     yes(["Lexington-Richland School District Five", "District Five Transportation"],
         ["transportation@lexrich5-schools.org", "rharlow@lexrich5-schools.org"]), "en", LEXRICH5),
    # wallerisd: the state driving test for the CDL (a licence exam, no)
    (event("DPS CDL driving test (~40 min) – school bus", organizer=org("noreply@txdps-appointments.gov", "DPS Scheduler"),
           location="DPS, Hempstead TX",
           **at("2028-08-29", "09:00", 60, *CHI)),
     None, "en", WALLERISD),
    # mahwah: behind-the-wheel training after the promise of employment (training, no)
    (event("Behind-the-wheel training hrs 11-15 (w/ trainer Deb)", organizer=org("dkowalski@mahwah-transport.org", "Deb Kowalski"),
           location="District bus garage", **at("2028-09-06", "09:00", 300, *NY)),
     None, "en", MAHWAH),
    # wallerisd: the school bus driver physical (a check, no)
    (event("DPS school bus driver physical", organizer=SELF, location="Waller Family Clinic",
           **at("2028-08-31", "15:30", 45, *CHI)),
     None, "en", WALLERISD),
    # northamericacentral: a Canterbury coach company's interview for a school run driver (yes)
    (event("Interview – school bus driver (P endorsement), Tasman Coachlines",
           organizer=org("grant.mcleod@tasmancoachlines.co.nz", "Grant McLeod"),
           guests=[guest("grant.mcleod@tasmancoachlines.co.nz", "Grant McLeod")],
           description="Kia ora, see you at the depot. Bring your licence and a current medical certificate.", location="Tasman Coachlines depot, Rolleston",
           **at("2028-08-23", "11:00", 40, *CHC)),
     yes(["Tasman Coachlines", "Tasman"], ["grant.mcleod@tasmancoachlines.co.nz"]), "en", NACENTRAL),
    # ============================================================ seafarers and manning agencies (Philippines)
    # konsultanmaritim: the agency's pre-interview before it proposes candidates to its principal (yes; the principal
    # named is the company, the agency's recruiter thanked)
    (event("Pre-interview – Able Seaman (bulk carrier), principal: Nordhavn Bulk",
           organizer=org("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
           guests=[guest("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
                   guest("r.villanueva@pacificanchormanning.com.ph", "Ramon Villanueva")],
           description="Please bring your seaman's book, passport, STCW certificates and sea service records. If you "
                       "pass, your CV will be submitted to the principal.",
           location="Pacific Anchor Manning, Kalaw St, Ermita, Manila", **at("2028-08-08", "09:00", 60, *MNL)),
     yes(["Nordhavn Bulk", "Pacific Anchor Manning"],
         ["crewing@pacificanchormanning.com.ph", "r.villanueva@pacificanchormanning.com.ph"]), "en", KONSULTANMARITIM),
    # seaearthcareer: the shipping company's final interview, live or virtual (yes)
    (event("Final interview with principal (Nordhavn Bulk) – Capt. Lars Eriksen, Marine Superintendent",
           organizer=org("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
           guests=[guest("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
                   guest("lars.eriksen@nordhavnbulk.no", "Lars Eriksen")],
           description="Virtual interview with the principal's superintendent. Technical questions on mooring and "
                       "cargo watch." + ZOOM,
           **at("2028-08-17", "15:00", 40, *MNL)),
     yes(["Nordhavn Bulk", "Pacific Anchor Manning"],
         ["crewing@pacificanchormanning.com.ph", "lars.eriksen@nordhavnbulk.no"]), "en", SEAEARTH),
    # seaearthcareer: the pre-employment medical at an accredited clinic (a check, no)
    (event("PEME – accredited clinic (Nordhavn Bulk line-up)",
           organizer=org("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
           location="Seafarers' Medical Clinic, Paco, Manila", **at("2028-08-23", "07:00", 240, *MNL)),
     None, "en", SEAEARTH),
    # bluemanila: licensed mariners test and select seafarers at the agency (the agency's own test, yes)
    (event("Written + practical test (engine rating) – Bluewater Crew Agency, conducted by licensed engineers",
           organizer=org("recruitment@bluewatercrew.com.ph", "Bluewater Crew Agency"),
           guests=[guest("recruitment@bluewatercrew.com.ph", "Bluewater Crew Agency")],
           location="Bluewater Crew Agency training room, Intramuros", **at("2028-08-30", "08:00", 180, *MNL)),
     yes(["Bluewater Crew Agency", "Bluewater"], ["recruitment@bluewatercrew.com.ph"]), "en", BLUEMANILA),
    # seaearthcareer: submitting the document checklist at the agency (a chore, no)
    (event("Submit docs checklist to crewing (SIRB, COC, yellow card, NBI)", organizer=SELF,
           location="Pacific Anchor Manning", **at("2028-08-25", "10:00", 60, *MNL)),
     None, "en", SEAEARTH),
    # marine-cafe: the owner checks an agency's licence and asks seafarer friends before applying (no)
    (event("Check agency licence on DMW site + ask Jun about Pacific Anchor", organizer=SELF,
           **at("2028-08-02", "20:00", 30, *MNL)),
     None, "en", MARINECAFE),
    # konsultanmaritim: the pre-departure orientation before joining the vessel (onboarding, no)
    (event("PDOS (pre-departure orientation) – Nordhavn Bulk joiners",
           organizer=org("crewing@pacificanchormanning.com.ph", "Pacific Anchor Manning – Crewing"),
           location="Pacific Anchor Manning", **at("2028-09-13", "08:00", 240, *MNL)),
     None, "en", KONSULTANMARITIM),
    # seaearthcareer: the seafarer's transit visa appointment before joining (immigration, no)
    (event("Visa appointment – seafarer transit (C1/D) for Nordhavn joining", organizer=SELF,
           location="Embassy, Roxas Blvd, Manila", **at("2028-09-01", "08:30", 120, *MNL)),
     None, "en", SEAEARTH),
    # ============================================================ esports (Canada, Singapore, US)
    # humbernews: a college's esports staff look for varsity coaches; an interview with the senior administrator (yes)
    (event("Interview – Head Coach, Valorant (varsity), Lakeshore College Esports",
           organizer=org("esports@lakeshorecollege.ca", "Lakeshore Esports"),
           guests=[guest("esports@lakeshorecollege.ca", "Lakeshore Esports"),
                   guest("bernard.o@lakeshorecollege.ca", "Bernard Osei")],
           description="Chat with Bernard (Esports Senior Administrator) about coaching philosophy and leading players "
                       "in and out of the game." + MEET,
           **at("2028-08-11", "16:00", 45, *TOR)),
     yes(["Lakeshore College Esports", "Lakeshore College"], ["esports@lakeshorecollege.ca", "bernard.o@lakeshorecollege.ca"]),
     "en", HUMBERNEWS),
    # zackandkarin: a roster's vetting talk, camera on, before the tryout days (yes: a paid roster's selection)
    (event("Vetting call (cam on) – Tier 2 CS roster, Northern Lights Gaming",
           organizer=org("mei@northernlights.gg", "Mei Tanaka"),
           guests=[guest("mei@northernlights.gg", "Mei Tanaka"), guest("frost.igl@northernlights.gg", "frost")],
           description="Quick talk before tryouts, cams on: roles, commitment, how you handle a losing map.",
           **at("2028-08-14", "20:00", 45, *VAN)),
     yes(["Northern Lights Gaming", "NLG"], ["mei@northernlights.gg", "frost.igl@northernlights.gg"]), "en", ZACKKARIN),
    # zackandkarin: the tryout, playing together for two days (yes)
    (days(event("NLG tryout days – play together (10h), defaults + comms", organizer=org("mei@northernlights.gg", "Mei Tanaka"),
                guests=[guest("mei@northernlights.gg", "Mei Tanaka")],
                description="Discord: NLG-tryouts. We make cuts after day 2."),
          "2028-08-21", "2028-08-23"),
     yes(["Northern Lights Gaming", "NLG"], ["mei@northernlights.gg"]), "en", ZACKKARIN),
    # esn.gg: an analyst role's take-home, scouting an opponent from VODs (the owner's block; yes, nobody to thank)
    (event("Take-home for Lionfish Esports analyst role – scout opponent VODs, 2-page report", organizer=SELF,
           description="Due Friday 6pm SGT. Send to their GM.", **at("2028-08-22", "19:00", 180, *SIN)),
     yes(["Lionfish Esports", "Lionfish"], []), "en", ESNGG),
    # esn.gg: a Singapore org's interview for an esports producer (yes)
    (event("Interview – Esports Producer, Lionfish Esports (Ops Manager + GM)",
           organizer=org("careers@lionfish.gg", "Lionfish Esports"),
           guests=[guest("careers@lionfish.gg", "Lionfish Esports"), guest("daryl@lionfish.gg", "Daryl Tan")],
           location="Lionfish HQ, 2 Kallang Ave", **at("2028-08-29", "11:00", 60, *SIN)),
     yes(["Lionfish Esports", "Lionfish"], ["careers@lionfish.gg", "daryl@lionfish.gg"]), "en", ESNGG),
    # zackandkarin: the owner runs a high school's tryouts (the coach's side, no)
    (event("Run esports tryouts – Rocket League (freshmen)", organizer=SELF, location="Room 114",
           **at("2028-09-12", "15:30", 90, *CHI)),
     None, "en", ZACKKARIN),
    # esn.gg: a podcast recording where the owner is the guest coach (media, no)
    (event("Podcast guest – 'Coaching vs analysing' (The Draft Phase)", organizer=org("booking@thedraftphase.fm"),
           **at("2028-09-05", "18:00", 60, *TOR)),
     None, "en", ESNGG),
]

_AG_PHARMA_NANNY_OUTDOOR: list[Case] = [
    # ============================================================ agricultural co-operatives (Canada, US, Kenya, India)
    # chsinc: a co-op recruits agronomy students early for summer internships; the interview with the agronomy sales
    # manager (yes)
    (event("Interview – Agronomy Intern (summer 2029), Prairie Sun Co-op",
           organizer=org("careers@prairiesuncoop.ca", "Prairie Sun Co-op Careers"),
           guests=[guest("careers@prairiesuncoop.ca", "Prairie Sun Co-op Careers"),
                   guest("molafson@prairiesuncoop.ca", "Mark Olafson")],
           description="Mark Olafson, Agronomy Sales Manager, will meet you at the Yorkton location.",
           location="Prairie Sun Co-op Agro Centre, Yorkton SK", **at("2028-08-10", "14:00", 45, *REG)),
     yes(["Prairie Sun Co-op", "Prairie Sun"], ["careers@prairiesuncoop.ca", "molafson@prairiesuncoop.ca"]), "en",
     CHSINC),
    # swinecast: a co-op's agronomy operations manager-in-training interview (yes)
    (event("Agronomy Ops Manager Trainee – panel interview (GM + HR), Heartland Farmers Cooperative",
           organizer=org("kelsey.brandt@heartlandfarmerscoop.com", "Kelsey Brandt"),
           guests=[guest("kelsey.brandt@heartlandfarmerscoop.com", "Kelsey Brandt"),
                   guest("dreiner@heartlandfarmerscoop.com", "Doug Reiner")],
           description="Panel with our General Manager Doug Reiner and me. We'll also talk about relocation.",
           location="Heartland Farmers Co-op, Moundridge KS", **at("2028-08-16", "09:00", 60, *CHI)),
     yes(["Heartland Farmers Cooperative", "Heartland Co-op"],
         ["kelsey.brandt@heartlandfarmerscoop.com", "dreiner@heartlandfarmerscoop.com"]), "en", SWINECAST),
    # chsinc: a crop scouting field day held by the co-op for growers (no)
    (event("Crop scouting field day (canola disease ID) – Prairie Sun plots",
           organizer=org("agronomy@prairiesuncoop.ca", "Prairie Sun Agronomy"), location="Plot site, Hwy 10",
           **at("2028-08-03", "09:00", 180, *REG)),
     None, "en", CHSINC),
    # swinecast: an ag careers expo (a fair, no)
    (event("AgCareers Expo – bring 10 resumes", organizer=SELF, location="Kansas State, Union Ballroom",
           **at("2028-09-13", "10:00", 240, *CHI)),
     None, "en", SWINECAST),
    # swinecast: a Kenyan dairy co-operative's interview for a field extension officer (yes)
    (event("Interview – Field Extension Officer, Nyandarua Dairy Farmers' Co-operative", organizer=SELF,
           description="Chairman + manager Wanjiku. Bring KCSE and diploma originals.",
           location="Co-op offices, Ol Kalou", **at("2028-08-22", "10:00", 45, *NBO)),
     yes(["Nyandarua Dairy Farmers' Co-operative", "Nyandarua Dairy"], ["Wanjiku"]), "en", SWINECAST),
    # chsinc: an Indian farmer producer company's interview for a farm manager (yes)
    (event("Interview – Farm Operations Manager, Godavari Grape Growers FPC (CEO + agronomist)",
           organizer=org("hr@godavarigrapes.in", "Godavari Grape Growers FPC"),
           guests=[guest("hr@godavarigrapes.in", "Godavari Grape Growers FPC"), guest("ceo@godavarigrapes.in", "Sameer Kulkarni")],
           location="FPC office, Dindori, Nashik", **at("2028-08-24", "11:00", 60, *KOL)),
     yes(["Godavari Grape Growers FPC", "Godavari Grape Growers"], ["hr@godavarigrapes.in", "ceo@godavarigrapes.in"]),
     "en", CHSINC),
    # ============================================================ pharmaceutical sales (India, Nigeria, US)
    # pharmasalescareer: the district manager's interview, questions on the hardest part of the job (yes)
    (event("1st interview – Medical Representative, Veltris Pharma (Area Business Manager)",
           organizer=org("talent@veltrispharma.in", "Veltris Pharma Talent"),
           guests=[guest("talent@veltrispharma.in", "Veltris Pharma Talent"), guest("abm.pune@veltrispharma.in", "Nitin Joshi")],
           description="Interview with Nitin Joshi, Area Business Manager (Pune HQ). Carry your brag book.",
           location="Hotel Sayaji lobby, Wakad, Pune", **at("2028-08-09", "11:00", 45, *KOL)),
     yes(["Veltris Pharma", "Veltris"], ["talent@veltrispharma.in", "abm.pune@veltrispharma.in"]), "en", PHARMASALES),
    # pharmasalescareer: the HR round before the offer (yes)
    (event("HR round – Veltris Pharma (salary + HQ)", organizer=org("talent@veltrispharma.in", "Veltris Pharma Talent"),
           guests=[guest("talent@veltrispharma.in", "Veltris Pharma Talent")], description=MEET,
           **at("2028-08-18", "16:30", 30, *KOL)),
     yes(["Veltris Pharma", "Veltris"], ["talent@veltrispharma.in"]), "en", PHARMASALES),
    # pharmasalescareer: building the brag book (no)
    (event("Brag book – print rankings, awards, 2 doctor testimonials", organizer=SELF,
           **at("2028-08-06", "17:00", 90, *KOL)),
     None, "en", PHARMASALES),
    # pharmasalescareer: a Lagos firm's panel interview for medical representatives (yes)
    (event("Panel interview – Medical Sales Representative, Crestfield Pharmaceuticals Ltd",
           organizer=org("recruitment@crestfieldpharma.ng", "Crestfield HR"),
           guests=[guest("recruitment@crestfieldpharma.ng", "Crestfield HR"), guest("n.okafor@crestfieldpharma.ng", "Ngozi Okafor")],
           description="Panel chaired by Mrs. Ngozi Okafor (National Sales Manager). Expect a role-play detailing a product.",
           location="Crestfield House, Ikeja GRA", **at("2028-08-23", "10:00", 60, *LOS)),
     yes(["Crestfield Pharmaceuticals", "Crestfield Pharmaceuticals Ltd", "Crestfield"],
         ["recruitment@crestfieldpharma.ng", "n.okafor@crestfieldpharma.ng"]), "en", PHARMASALES),
    # pharmasalescareer: the owner, a doctor, receives a rep's lunch detail at the clinic (no)
    (event("Rep lunch – cardiology detail (Crestfield) – staff room", organizer=org("rep.ikeja@crestfieldpharma.ng"),
           location="Clinic staff room", **at("2028-09-07", "12:30", 30, *LOS)),
     None, "en", PHARMASALES),
    # ============================================================ nannies (US, UK, Ireland)
    # tandcr: a placement agency arranges a call with the family (yes; the family is the employer, the agency's
    # placement counsellor thanked with them)
    (event("Phone interview with the Whitmore family (via Town & Harbor Nannies)",
           organizer=org("placements@townharbornannies.com", "Town & Harbor Nannies"),
           guests=[guest("placements@townharbornannies.com", "Town & Harbor Nannies"),
                   guest("claire.whitmore@gmail.com", "Claire Whitmore")],
           description="Claire and Ben Whitmore (twins, 3) would like a 30-minute call. If it goes well we'll arrange a "
                       "paid working interview.",
           **at("2028-08-07", "19:00", 30, *NY)),
     yes(["Whitmore family", "Town & Harbor Nannies"],
         ["placements@townharbornannies.com", "claire.whitmore@gmail.com", "Ben Whitmore"]), "en", TANDCR),
    # enannysource: the paid working interview of one to three days (yes, all-day)
    (days(event("Working interview (paid) – Whitmore family, 8am-6pm", organizer=SELF,
                description="$30/hr. Follow their routine; park in the afternoon.", location="Whitmore home, Montclair NJ"),
          "2028-08-14", "2028-08-17"),
     yes(["Whitmore family"], []), "en", ENANNY),
    # tammygold: a family's two full-day trials, booked by the nanny (yes)
    (event("Trial day #1 – nanny (Alvarez family), 7:30-6:30", organizer=org("lucia.alvarez@gmail.com", "Lucía Alvarez"),
           guests=[guest("lucia.alvarez@gmail.com", "Lucía Alvarez"), guest("dan.alvarez@gmail.com", "Dan Alvarez", "needsAction")],
           description="Thanks for agreeing to two trial days! Paid at your rate. Kids are 4 and 18 months.", location="7th Ave, Brooklyn",
           **at("2028-08-22", "07:30", 660, *NY)),
     yes(["Alvarez family"], ["lucia.alvarez@gmail.com", "dan.alvarez@gmail.com"]), "en", TAMMYGOLD),
    # irvingscott: the owner, a parent, hosts a nanny candidate's trial day (hiring side, no)
    (event("Nanny trial – Hannah (candidate 2) – tour + pick-up routine", organizer=SELF,
           description="Pay her for the afternoon. Tea first.", location="Home", **at("2028-08-24", "13:00", 300, *LON)),
     None, "en", IRVINGSCOTT),
    # nannyjob: a London family's second interview, meeting the children and joining the evening routine (yes)
    (event("Second interview – the Ashworths (meet the children, bath + bedtime)", organizer=org("kate.ashworth@outlook.com", "Kate Ashworth"),
           guests=[guest("kate.ashworth@outlook.com", "Kate Ashworth")], location="Clapham, London",
           **at("2028-08-30", "17:00", 120, *LON)),
     yes(["Ashworth family"], ["kate.ashworth@outlook.com"]), "en", NANNYJOBUK),
    # nannyjob: settling-in sessions after the start date are paid work (after the hire, no)
    (event("Settling-in session (paid) – handover with Maria", organizer=org("kate.ashworth@outlook.com", "Kate Ashworth"),
           location="Clapham", **at("2028-09-11", "09:00", 240, *LON)),
     None, "en", NANNYJOBUK),
    # nannyjob: a paediatric first aid course (no)
    (event("Paediatric First Aid (12 hr) – day 1", organizer=org("bookings@firstaidforcarers.co.uk"),
           location="Community Centre, Dublin 8", **at("2028-08-12", "09:00", 420, *DUB)),
     None, "en", NANNYJOBUK),
    # tammygold: a Dublin agency's interview for a live-out nanny (yes)
    (event("Interview – live-out nanny, Ranelagh family (via Liffey Childcare Agency)",
           organizer=org("aoife@liffeychildcare.ie", "Aoife Brennan"),
           guests=[guest("aoife@liffeychildcare.ie", "Aoife Brennan"), guest("gkeogh@gmail.com", "Gráinne Keogh")],
           location="Ranelagh, Dublin 6", **at("2028-09-05", "18:30", 60, *DUB)),
     yes(["Keogh family", "Liffey Childcare Agency"], ["aoife@liffeychildcare.ie", "gkeogh@gmail.com"]), "en", TAMMYGOLD),
    # ============================================================ outdoor instructors (UK, NZ)
    # iamapolarbear: an outdoor centre's selection day: a written test, a site tour, team games (yes)
    (event("Selection day – Casual Outdoor Instructor, Hollowmere Outdoor Education Centre",
           organizer=org("recruitment@hollowmere.org.uk", "Hollowmere Recruitment"),
           guests=[guest("recruitment@hollowmere.org.uk", "Hollowmere Recruitment")],
           description="<p>The day includes a short written test, a site tour and team activities, followed by an interview "
                       "with the Head of Centre, Gareth Lowe. Bring outdoor clothing.</p>",
           location="Hollowmere OEC, Cumbria", **at("2028-08-17", "09:00", 420, *LON)),
     yes(["Hollowmere Outdoor Education Centre", "Hollowmere"], ["recruitment@hollowmere.org.uk", "Gareth Lowe"]), "en",
     POLARBEAR),
    # bestadventurejobs: the practical session where assessors watch you demonstrate a stroke (yes, second day)
    (event("Hollowmere selection – day 2: practical (canoe stroke demo + climbing tower)",
           organizer=org("recruitment@hollowmere.org.uk", "Hollowmere Recruitment"),
           guests=[guest("recruitment@hollowmere.org.uk", "Hollowmere Recruitment")],
           location="Hollowmere lake", **at("2028-08-18", "09:00", 240, *LON)),
     yes(["Hollowmere Outdoor Education Centre", "Hollowmere"], ["recruitment@hollowmere.org.uk"]), "en", BESTADVENTURE),
    # seasonworkers: the owner, an instructor, runs a school group's week (work, no)
    (event("Y8 group – high ropes + orienteering (3 instructors)", organizer=SELF, location="Campsite, West Sussex",
           **at("2028-09-13", "09:00", 420, *LON)),
     None, "en", SEASONWORKERS),
    # seasonworkers: a Queenstown adventure company's video interview for a kayak guide (yes)
    (event("Video interview – sea kayak guide, Fiordland Paddle Co.", organizer=org("ops@fiordlandpaddle.co.nz", "Jess Tane"),
           guests=[guest("ops@fiordlandpaddle.co.nz", "Jess Tane")], description=ZOOM,
           **at("2028-08-28", "16:00", 40, *AKL)),
     yes(["Fiordland Paddle Co.", "Fiordland Paddle"], ["ops@fiordlandpaddle.co.nz"]), "en", SEASONWORKERS),
    # bestadventurejobs: a governing body's instructor training course (no)
    (event("Rock Climbing Instructor training – day 1", organizer=org("courses@peakskillstraining.co.uk"),
           location="Stanage Edge", **at("2028-09-09", "08:30", 480, *LON)),
     None, "en", BESTADVENTURE),
]

_ACTUARIES_TATTOO_YACHTS: list[Case] = [
    # ============================================================ actuarial graduates (South Africa, UK)
    # jobapplicationmatch: a Johannesburg insurer's process: a talent acquisition interview, then a panel with senior
    # leaders, then technical and psychometric assessments (yes, each)
    (event("TA interview – Actuarial Graduate Programme, Highveld Mutual Insure",
           organizer=org("graduates@highveldmutual.co.za", "Highveld Mutual Graduate Recruitment"),
           guests=[guest("graduates@highveldmutual.co.za", "Highveld Mutual Graduate Recruitment"),
                   guest("thandi.mokoena@highveldmutual.co.za", "Thandi Mokoena")],
           description="A conversation with Thandi Mokoena, Senior Talent Acquisition Specialist, about our business, "
                       "culture and values." + TEAMS,
           **at("2028-08-08", "10:00", 30, *JNB)),
     yes(["Highveld Mutual Insure", "Highveld Mutual"],
         ["graduates@highveldmutual.co.za", "thandi.mokoena@highveldmutual.co.za"]), "en", JOBAPPMATCH),
    # jobapplicationmatch: the panel of senior actuaries; the guest list is hidden from candidates
    (event("Panel Interview – Actuarial Graduate Programme (Senior Leadership)",
           organizer=org("graduates@highveldmutual.co.za", "Highveld Mutual Graduate Recruitment"),
           guestsCanSeeOtherGuests=False,
           description="Panel: the Head of Pricing, Dr. Pieter Lombard, the Chief Actuary's office and Thandi Mokoena. "
                       "Allow 60 minutes.",
           location="Highveld Mutual, 12 Fricker Rd, Illovo", **at("2028-08-17", "14:00", 60, *JNB)),
     yes(["Highveld Mutual Insure", "Highveld Mutual"],
         ["graduates@highveldmutual.co.za", "Pieter Lombard", "Thandi Mokoena"]), "en", JOBAPPMATCH),
    # jobapplicationmatch: the technical and psychometric assessments, sent by a testing platform (the employer's
    # own tests; the platform's no-reply left out)
    (event("Highveld Mutual – Technical & Psychometric Assessments (online, proctored)",
           organizer=org("no-reply@assess-platform.co.za", "Assessment Platform"),
           description="Numerical reasoning, Excel case and personality questionnaire. Webcam required.",
           **at("2028-08-22", "09:00", 150, *JNB)),
     yes(["Highveld Mutual Insure", "Highveld Mutual"], []), "en", JOBAPPMATCH),
    # jobapplicationmatch: a professional body's exam sitting (an exam, no)
    (event("ASSA A211 Financial Mathematics exam (online sitting)", organizer=SELF, **at("2028-09-12", "09:00", 210, *JNB)),
     None, "en", JOBAPPMATCH),
    # aprllp: a UK actuarial consultancy's first-round telephone interview for graduates (yes)
    (event("Graduate Actuarial Analyst – first-round phone interview (Calder Actuarial LLP)",
           organizer=org("recruitment@calderactuarial.co.uk", "Calder Actuarial Recruitment"),
           guests=[guest("recruitment@calderactuarial.co.uk", "Calder Actuarial Recruitment"),
                   guest("g.marsh@calderactuarial.co.uk", "Gavin Marsh")],
           description="Gavin Marsh will call you. Questions cover your motivation for the profession and our short-term "
                       "resourcing model.",
           **at("2028-08-10", "11:00", 30, *LON)),
     yes(["Calder Actuarial LLP", "Calder Actuarial"], ["recruitment@calderactuarial.co.uk", "g.marsh@calderactuarial.co.uk"]),
     "en", APRLLP),
    # actuarialcareers: the owner, a qualified actuary, interviews graduates in a booked room (hiring side, no)
    (event("Graduate interviews – 3 candidates (scoring forms)", organizer=SELF,
           guests=[room("c_77a2e0f4@resource.calendar.google.com", "LDN-4-Thames (8)"),
                   guest("p.ngata@calderactuarial.co.uk", "Priya Ngata")],
           **at("2028-09-06", "09:30", 240, *LON)),
     None, "en", ACTUARIALCAREERS),
    # ============================================================ tattoo apprenticeships (Australia, US)
    # raystattoo: walking in with a portfolio and asking for a critique or an apprenticeship; the shop owner agreed
    # to a sit-down (yes)
    (event("Portfolio review w/ Rhys (owner) – apprenticeship, Black Saltire Tattoo", organizer=SELF,
           description="Bring the folder: linework, shading, colour, flash sheets. Resume too.",
           location="Black Saltire Tattoo, Fitzroy", **at("2028-08-15", "11:00", 45, *MEL)),
     yes(["Black Saltire Tattoo", "Black Saltire"], ["Rhys"]), "en", RAYSTATTOO),
    # octopusonaleash: a two-week trial in the shop before the apprenticeship is confirmed (yes, all-day, weekdays)
    (days(event("Black Saltire – 2 week trial (shop duties + drawing)", organizer=SELF,
                description="Rules: don't lie, don't steal, do what he says, don't be late."),
          "2028-08-28", "2028-09-09"),
     yes(["Black Saltire Tattoo", "Black Saltire"], []), "en", OCTOPUS),
    # theshopssite: the apprenticeship exam at the end of a year, for a junior artist's booth (inside the
    # apprenticeship, not a hiring step; no)
    (event("Apprenticeship exam – bloodborne pathogens + machine setup (The Anchor Room)", organizer=SELF,
           location="The Anchor Room Tattoo, Austin TX", **at("2028-09-14", "10:00", 180, *CHI)),
     None, "en", THESHOPSSITE),
    # justteejay: the owner, an artist, looks at a hopeful's portfolio and gives advice (no)
    (event("Portfolio critique for walk-in (Tim?) – 30 min before first client", organizer=SELF,
           location="Shop", **at("2028-08-11", "11:30", 30, *CHI)),
     None, "en", JUSTTEEJAY),
    # raystattoo: getting tattooed at the shop you want to work at (an appointment, no)
    (event("Tattoo session w/ Jonno @ Black Saltire (forearm, 3 hrs)", organizer=SELF,
           location="Black Saltire Tattoo, Fitzroy", **at("2028-08-05", "13:00", 180, *MEL)),
     None, "en", RAYSTATTOO),
    # ============================================================ yacht crew (Antibes, New Zealand)
    # yothop: registering with a crew agency in Antibes, CV and references checked (registration, no hiring decision;
    # no)
    (event("Crew agency registration – Riviera Crew Placement (bring CV, STCW, ENG1)",
           organizer=org("sophie@rivieracrewplacement.fr", "Sophie Garnier"),
           location="Riviera Crew Placement, Antibes", **at("2028-08-21", "10:00", 45, *NCE)),
     None, "en", YOTHOP),
    # seasonworkers: a day's work on a yacht that the captain uses as a trial for a deckhand's post (yes)
    (event("Daywork trial – M/Y Calypso Dawn (deckhand position), report to Bosun Kyle 0800",
           organizer=org("captain@mycalypsodawn.com", "Capt. Henrik Vos"),
           guests=[guest("captain@mycalypsodawn.com", "Capt. Henrik Vos")],
           description="Whites, soft-soled shoes. If the day goes well the captain will interview you on board.",
           location="Port Vauban, Quai des Milliardaires, berth 12", **at("2028-08-23", "08:00", 540, *NCE)),
     yes(["M/Y Calypso Dawn", "Calypso Dawn"], ["captain@mycalypsodawn.com"]), "en", SEASONWORKERS_YACHT),
    # seasonworkers: the captain's interview on board (yes)
    (event("Interview with Capt. Vos on board Calypso Dawn (deckhand)", organizer=org("captain@mycalypsodawn.com", "Capt. Henrik Vos"),
           guests=[guest("captain@mycalypsodawn.com", "Capt. Henrik Vos")],
           location="Port Vauban, berth 12", **at("2028-08-25", "17:00", 30, *NCE)),
     yes(["M/Y Calypso Dawn", "Calypso Dawn"], ["captain@mycalypsodawn.com"]), "en", SEASONWORKERS_YACHT),
    # yothop: the crew agent puts the owner forward to a captain for a stewardess post; the captain calls (yes: the
    # yacht is the employer, the agent thanked with the captain)
    (event("Phone interview – 2nd Stew, M/Y Aurelia (Capt. Rossi) via Riviera Crew Placement",
           organizer=org("sophie@rivieracrewplacement.fr", "Sophie Garnier"),
           guests=[guest("sophie@rivieracrewplacement.fr", "Sophie Garnier")],
           description="Captain Marco Rossi will call you at this time. Rotation 2:1, Med season then Caribbean.",
           **at("2028-08-29", "18:00", 20, *NCE)),
     yes(["M/Y Aurelia", "Aurelia", "Riviera Crew Placement"], ["sophie@rivieracrewplacement.fr", "Marco Rossi"]), "en",
     YOTHOP),
    # yothop: the STCW basic safety course (no)
    (event("STCW Basic Safety – fire fighting module", organizer=org("courses@maritimeskills-akl.co.nz"),
           location="Maritime Skills Centre, Auckland", **at("2028-08-02", "08:30", 480, *AKL)),
     None, "en", YOTHOP),
    # ============================================================ sign language (US)
    # askjan: the owner, a deaf applicant, has an interview where the employer booked a sign language interpreter;
    # the interpreter is not the hiring side and is not thanked (yes)
    (event("Interview – Data Analyst, Bayfront Health Plan (ASL interpreter booked)",
           organizer=org("recruiting@bayfronthealthplan.com", "Bayfront Recruiting"),
           guests=[guest("recruiting@bayfronthealthplan.com", "Bayfront Recruiting"),
                   guest("dmcnair@bayfronthealthplan.com", "Denise McNair"),
                   guest("scheduling@signbridge-interpreting.com", "SignBridge Interpreting – K. Lau")],
           description="Denise McNair (Analytics Manager) will interview you. An ASL interpreter from SignBridge has been "
                       "booked for the full hour; please let us know if you prefer VRI.",
           location="Bayfront Health Plan, 500 Harbor Blvd, Tampa – 6th floor", **at("2028-08-16", "14:00", 60, *NY)),
     yes(["Bayfront Health Plan", "Bayfront"], ["recruiting@bayfronthealthplan.com", "dmcnair@bayfronthealthplan.com"]),
     "en", ASKJAN),
    # partnersincommunication: the owner, an interpreter, is booked to interpret a job interview (work, no)
    (event("Assignment: interpret job interview (deaf applicant) – Riverbend Credit Union, arrive 15 min early",
           organizer=org("assignments@partnersincomm-terp.com", "Partners in Communication – Scheduling"),
           description="Consumer: Marcus T. Prep materials: job description + resume attached.",
           location="Riverbend Credit Union HQ, Dayton OH", **at("2028-08-29", "09:45", 90, *NY)),
     None, "en", PARTNERSINCOMM),
    # askjan: the owner, in HR, books an interpreter for a deaf candidate's interview (hiring side, no)
    (event("Book ASL interpreter (2 hrs) for Friday's candidate interview – confirm with SignBridge", organizer=SELF,
           **at("2028-08-14", "15:00", 20, *NY)),
     None, "en", ASKJAN),
    # wou: a sign language proficiency interview (a skills rating, no)
    (event("SLPI:ASL proficiency interview (rating)", organizer=org("slpi@wou-rrcd.org", "SLPI Coordinator"),
           description=ZOOM, **at("2028-09-08", "10:00", 30, *LA)),
     None, "en", WOU),
    # ============================================================ Malta (English)
    # konnekt: a Malta interview by video for a customer support role, the employer's talent team (yes)
    (event("Video interview – Customer Support Agent (German), Tidewater Gaming Ltd",
           organizer=org("talent@tidewatergaming.com.mt", "Tidewater Talent Team"),
           guests=[guest("talent@tidewatergaming.com.mt", "Tidewater Talent Team"),
                   guest("k.azzopardi@tidewatergaming.com.mt", "Karl Azzopardi")],
           description="Karl Azzopardi (Support Team Lead) will join. 30 minutes, partly in German." + WEBEX,
           **at("2028-08-31", "11:00", 30, *MLA)),
     yes(["Tidewater Gaming Ltd", "Tidewater Gaming", "Tidewater"],
         ["talent@tidewatergaming.com.mt", "k.azzopardi@tidewatergaming.com.mt"]), "en", KONNEKT),
]

ENGLISH21: list[Case] = [*_ELEVATOR_GOLF_RADIO, *_WASTE_BUS_SEA_ESPORTS, *_AG_PHARMA_NANNY_OUTDOOR,
                         *_ACTUARIES_TATTOO_YACHTS]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b21-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b21-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND21: list[Case] = [_tagged(case) for case in (*ENGLISH21, *INTL21)]

_ids = [case[0]["id"] for case in BLIND21]
assert len(_ids) == len(set(_ids)), "two cases share an id"
