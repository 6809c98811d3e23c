"""Blind batch 20 of the real-material corpus (issue #15, round 20): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff,
plus ``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets and dates). Same
conventions as ``real_cases.py`` and the b2 to b19 files: each case re-creates, as Google Calendar
would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, hidden guest lists, all-day events, location, conference text), a
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name); the
wording is paraphrased, not copied. Public bodies that cannot be invented keep their real names
where the process is theirs (the US Coast Guard and its processing stations, HM Coastguard, Kenya's
Public Service Commission, the Public Service Commissions of Nepal, Maharashtra and Bangladesh, Sri
Lanka's prisons department, Kazakhstan's anti-corruption agency, Azerbaijan's customs committee,
Albania's interior ministry, Georgia's education ministry, a Tanzanian district council); where a
page named a real firm, bank, hotel, winery or school, an invented one took its place. Every source
is new to the corpus: no URL and no host name cited by an earlier data file in tests/data (checked
with a grep over tests/data/*.py for the URL and the host before each was used; hosts already
cited, such as aircabincrew, thecabincrewforum, thecorporatelawacademy, legalcheek, lawcareers,
hackingthecaseinterview, allnurses, careers.accor, yourpilla, competenz, saiyo-salon, boxil,
greetinghr, roundhr, hilan, kolzchut, serviciofilipino, emosahebe or careers.gov.sg, were left out).
Event ids are prefixed "b20-" so they stay unique across the corpus.

What it holds: 164 events, 92 job interviews (or hiring steps) the owner attends as the candidate
and 72 non-interviews; 100 in English (56 interviews; the US, the UK, Ireland, Canada, Australia,
New Zealand, South Africa, Kenya, Nigeria, India, Singapore and the Philippines) and 64 in 26 other
languages (36 interviews): Russian 4 (2), Georgian 4 (3), Icelandic 4 (2), Albanian 4 (3, Kosovo,
Albania and North Macedonia), Nepali 3 (1), Hindi 3 (2), Azerbaijani 3 (2), Swahili 3 (2), Sinhala 3
(1), Arabic 3 (2, Saudi Arabia and Egypt), Bengali 3 (1), Japanese 3 (2), Marathi 2 (1), Kazakh 2 (2),
Serbian 2 (1, Serbia and North Macedonia), Estonian 2 (1), Lithuanian 2 (1), Tamil 2 (0, Sri Lanka),
Greek 2 (1), Malay 2 (1), Persian 2 (1, Iran and a newcomers' centre in Canada), Macedonian 2 (1),
Croatian 1 (1), Hebrew 1 (1), Tagalog 1 (1, Taglish) and Latvian 1 (0). Scripts other than Latin:
Cyrillic (Russian, Kazakh, Macedonian), Georgian, Devanagari (Nepali, Hindi, Marathi), Sinhala,
Tamil, Bengali, Arabic, Persian, Hebrew, Greek and Japanese. Nepali, Marathi, Georgian, Icelandic,
Albanian, Azerbaijani, Kazakh and Sinhala are new to the corpus; Macedonian, Latvian, Swahili,
Serbian, Croatian, Estonian, Lithuanian, Malay, Tagalog, Persian, Tamil and Bengali were thin. 117
cited sources on 115 hosts (56 for the English half, 59 more for the other languages), none cited by
an earlier file. The owner's own typed entries are 64 of 164 (39 %): the rest are invitations
from ATS-like mailboxes (Greenhouse no-reply senders, an Acuity booking), recruiters, agencies for
their clients (a Dublin recruitment firm for a data centre, a UK telecoms agency, an Icelandic
agency for a utility, an Israeli placement company, a Japanese staffing firm), police forces, care
homes, wineries, chambers, law firms, consultancies' campus teams, banks, assessment firms,
statutory boards, public bodies, referees' associations, consulates, clinics and podcast hosts.
Dates fall between 1 June and 14 July 2028 (no earlier batch's events use these weeks): North
America, Europe, Israel and Egypt on summer time, Australia and New Zealand on standard time
(Adelaide at +09:30), Kazakhstan at +05:00, Nepal at +05:45, Iran at +03:30; all clear of each
country's public holidays (checked with the ``holidays`` package, with the province or state where
holidays differ: Madaraka Day, Whit Monday, the King's Birthday in Australia and New Zealand, Russia
Day, Nigeria's Democracy Day and the Philippines' Independence Day on the 12th, Youth Day in South
Africa, Juneteenth, Canada Day, the Fourth of July, Līgo and Midsummer, Lithuania's Statehood Day,
Saba Saba, Matariki); working weeks are Sunday to Thursday in Israel, Saudi Arabia, Egypt and
Bangladesh, Saturday to Wednesday in Iran and Sunday to Friday in Nepal. Every hiring step falls on
a working day; only look-alikes (referees' fitness tests and an assessed match, a job fair, practice
sessions, a careers talk, an online course) fall on weekends.

New to the corpus, by sector and process (none of rounds 17 to 19's sectors): police constable
recruitment in England and Wales (the College of Policing online assessment centre with its video
interview, written and briefing exercises the candidate schedules within a week, a force's final
interview with the fitness test, vetting and the medical, a workshop, the owner as assessor, Police
Now's digital assessment centre on Zoom and its recorded information session), nursing homes and
home care (a CNA's interview, the nurse managers, a shadow shift, an agency's interview with
documents, a pre-qualification call and a hands-on skills lab, the state CNA exam, an orientation,
the owner as the lab's evaluator), wineries and vineyards (a tasting room interview, a harvest
intern's call with the cellarmaster, vintage cellar hands in the Barossa, the Okanagan and
Stellenbosch, netting shifts, the owner interviewing staff), coast guard enlistment (the
recruiter's interview and screening, the ASVAB, the processing station's physical, the security
questionnaire, a reserve information night, HM Coastguard's phone screen), football referees as
look-alikes (fitness tests, an upgrade Cooper test, an assessed match), data centres (a recruiter
screen, hardware and networking interviews, an onsite final with a facility walk, an Irish
agency's interview for a site, a UK agency's pre-screen and client interview, a structured
interview loop with a hidden guest list, the owner interviewing, a mock interview, a certification
exam), bakeries and a food plant (a 4 a.m. bake test, a counter interview, a paid pastry trial, a
Japanese factory interview with a plant tour, a food safety course), judicial clerkships
(interviews in chambers with the judge and the clerks, a video interview with a justice, a call
with a former clerk, a careers session, the owner as a clerk sitting in), law firms' vacation
schemes (an assessment day with a strengths-based and a case interview, the firm's online test, the
two-week scheme, the training contract interview, a law society evening), consultancies' case
interviews on an Indian campus (two back-to-back cases, a partner round, an HR round, practice),
Nigerian banks' graduate programmes (an assessment firm's psychometric session, aptitude tests at a
bank's training college and test centres, the panel interview, practice, a portal chore), Singapore
statutory boards and ministries (an interview with a written test, a case study exercise, a video
interview, a scholarship interview as a look-alike), Philippine BPO hiring (an initial phone
interview, the call simulation, the final interview in Taglish, a job fair, the owner sitting in),
Kenyan public appointments (the commission's interview of principal secretary candidates with their
clearances, a regulator's selection panel, public participation), hotels' front office (a Dublin
second interview, a Cape Town panel, a Wellington phone interview, Rhodes reception by Zoom, the
owner as a general manager interviewing), and immigration and media look-alikes (spouse and fiancée
visa interviews at consulates, the lawyer's prep call, the panel physician, courier registration, a
podcast booking and a recording the owner hosts). In other languages: a St Petersburg stevedoring
firm's interview and test task, onboarding after the hiring order, a careers webinar; Nepal's and
Maharashtra's commission interviews, a preparation class, an interview committee, a mock
interview; a university's assistant professor interviews and a cooperative bank's walk-in
recruitment in Hindi; Georgian municipal competitions, school directors' interviews and an NGO
observer; an Icelandic agency's two interviews for a utility and two counselling appointments; a
Kosovo broadcaster's director, an Albanian ministry's interviews and a water utility's written test,
a reporter at North Macedonia's parliament; Azerbaijan's exam-centre interviews for customs and a
culture ministry; Kazakh state-service tests and interviews; Tanzanian recruitment interviews and a
written screening; a Croatian aircraft maintenance firm and a Serbian NGO's panel; an Estonian port
and a civics lesson; a Lithuanian insurer; Sri Lanka's prisons recruitment, the EPS-TOPIK and a
party nomination; a Saudi water company and an Egyptian insurer; an Israeli placement company for a
port; Bangladesh's civil service viva; a Malaysian port's selection test; a Japanese staffing
firm's workplace visit; an Iranian biotech lab's ATS invitation; a Macedonian ministry's interview;
a police competition's first selection phase in Serbian.
Tools and organisers: Teams (Russian, Icelandic, Lithuanian, a Singapore board), Zoom (English,
Greek), Google Meet (English, Hebrew), HTML descriptions (a police force, a law firm), a hidden guest
list (twice), room resources, all-day events over several days, Greenhouse-style no-reply senders
with the interviewer as guest, an Acuity booking, agencies for their clients, chambers' mailboxes,
campus recruiting teams, commissions' secretariats, and the owner's own copies, several naming the
interviewer only in the title or description.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
19's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
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
- the College of Policing's online assessment stages the candidate schedules within a window are
  the force's own steps (yes, nobody to thank), like a one-way test;
- the armed services' ASVAB, taken at a processing station the recruiter books, is the service's
  own qualifying test (yes, the recruiter who organised it thanked); the station's physical and
  the security questionnaire are not;
- a law firm's two-week vacation scheme, once offered, is a placement (no, like a first day); the
  training contract interview at its end and the assessment day before it are hiring steps;
- a Japanese staffing firm's workplace visit (shokuba kengaku) with the client's supervisor is in
  practice a selection step: yes, the client is the company and the agency's coordinator thanked;
- an assessment firm that runs psychometric tests for an unnamed client is the only company known
  (yes, its no-reply left out);
- an exam centre that runs interviews for state bodies (Azerbaijan's) is not the employer and is
  not thanked; the state body is the company;
- a scholarship interview, a party's nomination interview and a referee's fitness test or assessed
  match for promotion are not job interviews (no).

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b20_intl.py``, split out for length; ``BLIND20`` holds both.

Scored once, at the end of round 20, for docs/detection.md and the README; tuning data since round 21.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes
from real_cases_b20_intl import (
    AKL,
    CHI,
    DUB,
    INTL20,
    JNB,
    KOL,
    LA,
    LON,
    LOS,
    MEET,
    MNL,
    NBO,
    NY,
    SIN,
    SYD,
    TEAMS,
    TL_SEVENH8REDS,
    TOR,
    VAN,
    ZOOM,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data file,
# checked with a grep over tests/data/*.py for the URL and the host before each was used).
SOUTHYORKS = ("https://southyorks.police.uk/sign-up/join-team-syp/police-officer-roles/police-constable/recruitment-"
              "process-and-timescales/online-assessment-centre/")
CAREERSINBLUE = "https://careersinblue.co.uk/online-police-assessment-centre/"
JOININGPOLICE = "https://joiningthepolice.co.uk/application-process/what-does-the-online-assessment-process-involve"
NORTHWALES = ("https://www.northwales.police.uk/police-forces/north-wales-police/areas/careers/careers/online-"
              "assessment-centre/")
POLICENOW = "https://www.policenow.org.uk/national-detective-programme/digital-assessment-centre-hints-and-tips/"
LILDOSE = "http://lildoseofcrazy.blogspot.com/2011/05/i-have-job-interview.html"
SWIFTSHIFT = "https://swiftshift.com/blog/homecare-interview-prep-101/"
GIRLING = "https://girlingny.com/our-hiring-process/"
BAYADA = "https://blog.bayada.com/work-life/preparation-is-key-for-acing-that-interview?hs_amp=true"
WINEBERSERKERS = ("https://www.wineberserkers.com/t/im-interviewing-for-a-part-time-tasting-room-job-advice-"
                  "suggestions-tips/26710")
WINEBERSERKERS2 = ("https://www.wineberserkers.com/t/getting-into-the-business-finding-good-harvest-internships/149693"
                   "?page=2")
TORCHORA = "https://torchora.com/job-specification/harvest-cellar-hand"
JOEYSHANNON = "https://joeyshannon.blogspot.com/2009/04"
GOCOASTGUARD = "https://www.gocoastguard.com/get-started"
MILITARIESWW = "https://militariesworldwide.com/coast-guard-enlistment-process"
WISEGEEK = "https://wisegeek.net/how-do-i-become-a-coast-guard-reservist.htm"
MILITARYSPHERE = "https://militarysphere.com/?p=26818"
KHATER = "https://www.khaterfitness.online/fitness-test/referee-fifa-test"
CDSRA = "http://www.cdsra.org/fitnesstest"
LARBITRE = "https://larbitre.wordpress.com/2013/04/16/fitness-test-1-2013/"
REFWRITES = "https://refwrites.blogspot.com/2016/04/assessments-pray-for-boring-match.html"
NORAHQ = "https://interview.norahq.com/interview-guides/data-center-technician-interview-questions-guide-2026"
GEMPOOL = "https://www.gempool.ie/insights/inside-data-centre-manager-interviews-key-technician-hiring-criteria"
FREEWORK = ("https://www.free-work.com/en-gb/tech-it/blog/it-news/what-data-centre-job-candidates-can-expect-at-"
            "technical-interview")
BRITTBOT = "https://brittbot.com/tag/data-center-technician"
OFFEREASY = "https://offereasy.ai/en/blog/data-center-technician-interview-questions-mock-interviews-v5k2"
FABLEVOYAGE = "https://fablevoyage.com/tips-for-bakery-interview-a-complete-guide"
LAWWISC = "http://law.wisc.edu/career/clerkshipinterviews.html"
LAWWISC2 = "http://law.wisc.edu/career/ConductofInterview.htm"
ABOVETHELAW = "https://abovethelaw.com/career-files/ten-tips-to-the-judicial-clerkship-intervie"
STATEUNIV = "https://careers.stateuniversity.com/pages/100000510/Clerkship-Interviews-Possible-Topics-Questions.html"
CLIFFORDCHANCE = "http://www.cliffordchancegraduates.com/apply/assessment-day/"
URBANLAWYERS = "https://urbanlawyers.wordpress.com/2016/04/"
RUTHU = "https://ruthussanketh.medium.com/consulting-101-part-4-26e904b87916"
JOBLISTNG = "https://joblistnigeria.com/graduate-development-programme-assessment-workforce-management-centre.html"
TESTSTREAMS = "https://teststreams.com/general-tips-for-access-bank-graduate-job-aptitude-tests/"
JOBLINKAGE = "http://joblinkage.blogspot.com/2008/05/appitude-testinterview-formats-of-most.html"
EXAMPULSE = "https://exampulse.com/how-to-pass-nigerian-banks-job-aptitude-test/"
GTRECRUIT = "https://gtrecruit.hcp-jobs.com/info/faqs?rdnx=277856203"
LATESTJOBS = "http://latestjobsvacancies.blogspot.com/p/aptitude-test-interview-tips.html"
TODAYONLINE = "http://www.todayonline.com/voices/public-sector-recruitment-based-overall-job-fit"
SGEDUCATOR = "https://sg-educator.blogspot.com/2009/07/want-psc-scholarship-be-yourself.html"
BRIDGEAUS = "http://bridgeaus.com.au/acing-your-first-job-interview-in-the-new-normal/"
PITON = "https://www.piton-global.com/blog/how-do-i-apply-for-a-call-center-job-in-the-philippines"
EBCALL = "https://ebcallcenter.com/agent-retention/call-center-career-understanding-job-interview"
KAHAWATUNGU = "https://kahawatungu.com/psc-releases-interview-schedule-for-109-ps-candidates/"
LOOKUPTV = "https://lookuptv.co.ke/story/dennis-itumbi-millicent-omanga-cleophas-malala-mac"
CAPITALFM = ("https://www.capitalfm.co.ke/news/2021/11/psc-vice-chair-among-12-candidates-shortlisted-for-vacant-"
             "chairperson-slot/")
ESKILL = "https://www.eskillfinder.com/2025/jsteps.asp?ID=82"
SHFBALI = "https://shfbali.com/how-to-prepare-hotel-manager-interview-questions.html"
GREENCARD = "http://www.greencardholder.net/spouse-visa-interview/"
FIANCEVISA = "https://fiancespousevisalawyer.com/fiance-spouse-take-visa-interview-ultimate-job-interview/"
VISACOACH = "https://www.visacoach.com/es-embassy-procedures/"
IMMIGRATIONCOUPLES = "https://immigrationforcouples.com/step-three-spouse-visa-process"
SAMESEXIMM = "http://same-sex-immigration-story.blogspot.com/2014/10/the-visa-interview.html"
SCHEETZ = "https://scheetzlaw.com/prepare-spouse-visa-interview/"
MAKINTHEBACON = "https://makinthebacon.com/blog/how-to-be-a-great-podcast-host/"

_POLICE_CARE_WINE: list[Case] = [
    # ============================================================ police constable recruitment (UK)
    # southyorks: after the application review, a link to book a slot at the College of Policing online assessment
    # centre (video interview, written and briefing exercises); the force's recruitment team sends it
    (event("Online Assessment Centre – Police Constable (PCDA) – slot confirmed",
           organizer=org("recruitment@northmoor.police.uk", "Northmoor Police Recruitment"),
           guests=[guest("recruitment@northmoor.police.uk", "Northmoor Police Recruitment")],
           description="<p>Dear candidate,</p><p>Your application has been reviewed and you are invited to the College "
                       "of Policing <b>online assessment centre</b>. It consists of:</p><ul><li>Competency-based video "
                       "interview, 5 questions (35 minutes)</li><li>Written exercise (45 minutes)</li><li>Briefing "
                       "exercise (45 minutes)</li></ul><p>You can take it at any location. Results follow in about four "
                       "to five weeks.</p><p>Northmoor Police – Recruitment Team</p>",
           **at("2028-06-06", "09:00", 135, *LON)),
     yes(["Northmoor Police", "Northmoor Police Recruitment"], ["recruitment@northmoor.police.uk"]), "en", SOUTHYORKS),
    # careersinblue: the three stages can be split over a week; the owner blocked the video interview for the end
    # of the week (the force's own stage, nobody to thank)
    (event("Police OAC – stage 1: 5 interview questions (1 min prep / 5 min each) – do LAST", organizer=SELF,
           description="Competencies + values. Quiet room, camera on. Deadline is day 7 of the window.",
           **at("2028-06-09", "18:00", 45, *LON)),
     yes(["Northmoor Police"], []), "en", CAREERSINBLUE),
    # careersinblue: the written exercise, a report on a neighbourhood problem
    (event("OAC stage 2 – written exercise (neighbourhood ASB report)", organizer=SELF,
           **at("2028-06-07", "19:00", 45, *LON)),
     yes(["Northmoor Police"], []), "en", CAREERSINBLUE),
    # joiningthepolice: the briefing exercise, 12 questions on an issue, about an hour
    (event("Briefing exercise – joining the police online assessment (12 qs, ~60 min)", organizer=SELF,
           description="Download the Outmatch app first if doing it on the tablet.", **at("2028-06-08", "19:30", 60, *LON)),
     yes(["Northmoor Police"], []), "en", JOININGPOLICE),
    # northwales: a force's final interview and fitness test day after the online assessment (yes, the panel named
    # in the invite)
    (event("Final interview + job-related fitness test – Police Constable Degree Apprenticeship",
           organizer=org("recruitment@glyndwr.police.uk", "Glyndŵr Police Recruitment"),
           guests=[guest("recruitment@glyndwr.police.uk", "Glyndŵr Police Recruitment")],
           description="Congratulations on passing the online assessment. Panel: Inspector Rhian Pugh and Sergeant "
                       "Owain Lloyd. The fitness test (15m shuttle run to level 5.4) follows the interview. Bring "
                       "sportswear and two forms of ID.",
           location="Force Headquarters, Colwyn Bay – Training Suite", **at("2028-07-12", "09:30", 180, *LON)),
     yes(["Glyndŵr Police", "Glyndwr Police"], ["recruitment@glyndwr.police.uk", "Rhian Pugh", "Owain Lloyd"]), "en",
     NORTHWALES),
    # northwales: the biometric vetting and medical after a conditional offer (checks, no)
    (event("Vetting appointment + medical (conditional offer) – bring passport, utility bill",
           organizer=org("vetting@glyndwr.police.uk", "Force Vetting Unit"),
           location="Force HQ, Colwyn Bay – Occupational Health", **at("2028-07-13", "13:00", 90, *LON)),
     None, "en", NORTHWALES),
    # policenow: the trainee detective programme's digital assessment centre on Zoom, a hidden guest list (yes; the
    # programme's team mailbox is the hiring side)
    (event("Police Now – National Detective Programme: Digital Assessment Centre",
           organizer=org("assessment@policenow-careers.org.uk", "Police Now Assessment Team"),
           guestsCanSeeOtherGuests=False,
           description="Exercises are run over Zoom; you will need a laptop to read materials and type responses. "
                       "Be yourself and enjoy the session." + ZOOM, **at("2028-06-21", "08:45", 300, *LON)),
     yes(["Police Now", "Police Now Assessment Team"], ["assessment@policenow-careers.org.uk"]), "en", POLICENOW),
    # policenow: the recorded information session in the candidate portal (no)
    (event("Watch Police Now info session recording (portal) before DAC", organizer=SELF,
           **at("2028-06-18", "20:00", 40, *LON)),
     None, "en", POLICENOW),
    # careersinblue: a paid workshop on the structured interview stage (coaching, no)
    (event("Careers in Blue – Police Online Structured Interview workshop (module 2)",
           organizer=org("bookings@careersinblue-training.co.uk", "Careers in Blue"), description="Zoom link to follow.",
           **at("2028-06-03", "10:00", 120, *LON)),
     None, "en", CAREERSINBLUE),
    # southyorks: the owner, a serving sergeant, assesses candidates' final interviews (hiring side, no)
    (event("Assessor – PC final interviews, 6 candidates (scoring sheets in the shared drive)",
           organizer=org("recruitment@northmoor.police.uk", "Northmoor Police Recruitment"),
           guests=[guest("t.wade@northmoor.police.uk", "Tom Wade")], location="HQ Training Room 3",
           **at("2028-06-27", "09:00", 420, *LON)),
     None, "en", SOUTHYORKS),
    # ============================================================ nursing homes and home care (US)
    # lildoseofcrazy: after an on-the-spot phone interview, an in-person interview with the nursing home's recruiter
    (event("Interview – CNA, Maple Crest Nursing & Rehabilitation (with Denise, HR)", organizer=SELF,
           description="She called about my app from weeks ago. If it goes well: nurse managers, then a shadow day.",
           location="Maple Crest Nursing & Rehab, 220 Orchard Ln, Dayton OH", **at("2028-06-09", "10:00", 45, *NY)),
     yes(["Maple Crest Nursing & Rehabilitation", "Maple Crest Nursing", "Maple Crest"], ["Denise"]), "en", LILDOSE),
    # lildoseofcrazy: the second step, the nurse managers
    (event("Maple Crest – interview w/ nurse managers (DON Karen Lutz + unit manager)",
           organizer=org("hr@maplecrestrehab.com", "Maple Crest HR"),
           guests=[guest("hr@maplecrestrehab.com", "Maple Crest HR"), guest("klutz@maplecrestrehab.com", "Karen Lutz")],
           location="Maple Crest Nursing & Rehab – 2nd floor conference room", **at("2028-06-14", "14:00", 60, *NY)),
     yes(["Maple Crest Nursing & Rehabilitation", "Maple Crest Nursing", "Maple Crest", "Maplecrestrehab"],
         ["hr@maplecrestrehab.com", "klutz@maplecrestrehab.com"]), "en", LILDOSE),
    # lildoseofcrazy: the shadow shift following another CNA, so both sides can decide (a hiring step)
    (event("Shadow shift – follow a CNA on 3 West (Maple Crest)", organizer=org("hr@maplecrestrehab.com", "Maple Crest HR"),
           description="Scrubs and closed-toe shoes. Report to the 3 West nurses' station.",
           location="Maple Crest Nursing & Rehab", **at("2028-06-16", "07:00", 240, *NY)),
     yes(["Maple Crest Nursing & Rehabilitation", "Maple Crest Nursing", "Maple Crest", "Maplecrestrehab"],
         ["hr@maplecrestrehab.com"]), "en", LILDOSE),
    # swiftshift: a home-care agency's interview; bring ID, proof of residency and certifications
    (event("Home care agency interview – HHA, Riverbend Home Care (bring ID + proof of residency + HHA cert)",
           organizer=org("recruiting@riverbendhomecare.com", "Riverbend Home Care Recruiting"),
           guests=[guest("recruiting@riverbendhomecare.com", "Riverbend Home Care Recruiting"),
                   guest("msantos@riverbendhomecare.com", "Marisol Santos")],
           description="Please arrive 15 minutes early. Photos of documents are fine if originals are not at hand.",
           location="Riverbend Home Care, 88 Court St, Brooklyn NY", **at("2028-06-12", "11:00", 45, *NY)),
     yes(["Riverbend Home Care", "Riverbend"], ["recruiting@riverbendhomecare.com", "msantos@riverbendhomecare.com"]),
     "en", SWIFTSHIFT),
    # girlingny: the hands-on skills lab after the in-depth interview, a nurse testing each candidate (yes)
    (event("Skills lab – hands-on (ambulation, body mechanics, personal care) + nurse interview",
           organizer=org("hiring@evergreenelderhomecare.com", "Evergreen Elder Home Care"),
           guests=[guest("hiring@evergreenelderhomecare.com", "Evergreen Elder Home Care"),
                   guest("jnovak.rn@evergreenelderhomecare.com", "Joan Novak, RN")],
           location="Evergreen Elder Home Care – training lab, Buffalo NY", **at("2028-06-20", "09:00", 90, *NY)),
     yes(["Evergreen Elder Home Care", "Evergreen Elder", "Evergreenelderhomecare"],
         ["hiring@evergreenelderhomecare.com", "jnovak.rn@evergreenelderhomecare.com"]), "en", GIRLING),
    # girlingny: the pre-qualification screening call (yes)
    (event("Evergreen Elder Home Care – pre-qualification call (experience, licence)",
           organizer=org("hiring@evergreenelderhomecare.com", "Evergreen Elder Home Care"),
           guests=[guest("hiring@evergreenelderhomecare.com", "Evergreen Elder Home Care")],
           description="We will call the number on your application.", **at("2028-06-05", "15:30", 20, *NY)),
     yes(["Evergreen Elder Home Care", "Evergreen Elder", "Evergreenelderhomecare"],
         ["hiring@evergreenelderhomecare.com"]), "en", GIRLING),
    # bayada: a home health company's orientation after the hire (onboarding, no)
    (days(event("New hire orientation – home health aides (2 days)",
                organizer=org("orientation@brightwellhomehealth.com", "Brightwell Home Health"),
                location="Brightwell Home Health office, Camden NJ"), "2028-06-26", "2028-06-28"),
     None, "en", BAYADA),
    # bayada: the candidate's own prep session with the STAR technique (no)
    (event("Prep for Brightwell interview – STAR stories, reread resume", organizer=SELF,
           **at("2028-06-13", "19:00", 60, *NY)),
     None, "en", BAYADA),
    # bayada: the interview itself, a home health company's clinical manager
    (event("Interview: Home Health Aide – Brightwell Home Health",
           organizer=org("talent@brightwellhomehealth.com", "Brightwell Talent Team"),
           guests=[guest("talent@brightwellhomehealth.com", "Brightwell Talent Team"),
                   guest("lgrant@brightwellhomehealth.com", "Laura Grant")],
           description="Hi Pat, thanks for applying! You'll meet Laura Grant, Clinical Manager.",
           location="Brightwell Home Health office, Camden NJ", **at("2028-06-15", "10:30", 45, *NY)),
     yes(["Brightwell Home Health", "Brightwell"], ["talent@brightwellhomehealth.com", "lgrant@brightwellhomehealth.com"]),
     "en", BAYADA),
    # ============================================================ wineries and vineyards
    # wineberserkers: a part-time tasting room job at a winery and distillery in the Hudson Valley
    (event("Interview – tasting room associate, Stone Orchard Winery & Distillery (ask re: festival weekends)",
           organizer=SELF, description="Manager: Becca Hollis. Ask about schedule, turnover, festival season.",
           location="Stone Orchard Winery, 41 Orchard Rd, Warwick NY", **at("2028-06-07", "11:00", 45, *NY)),
     yes(["Stone Orchard Winery & Distillery", "Stone Orchard Winery", "Stone Orchard"], ["Becca Hollis"]), "en",
     WINEBERSERKERS),
    # wineberserkers (harvest internships): the call is with the cellarmaster, not the winemaker
    (event("Harvest intern call – cellarmaster (Hollow Creek Cellars)",
           organizer=org("cellar@hollowcreekcellars.com", "Eli Marquez"),
           guests=[guest("cellar@hollowcreekcellars.com", "Eli Marquez")],
           description="Thanks for the application. 20 minutes on the phone about your outdoor work and the 6am starts.",
           **at("2028-06-13", "16:00", 20, *LA)),
     yes(["Hollow Creek Cellars", "Hollow Creek"], ["cellar@hollowcreekcellars.com"]), "en", WINEBERSERKERS2),
    # torchora: a harvest cellar hand interview at a Barossa winery, before vintage staffing
    (event("Cellar hand (vintage) interview – Kalimna Ridge Wines, with the cellar manager", organizer=SELF,
           description="Forklift ticket? Ask about shift work Feb-Apr. Bring steel caps in case they show me the crush pad.",
           location="Kalimna Ridge Wines, Nuriootpa SA", **at("2028-06-21", "10:00", 60, "+09:30", "Australia/Adelaide")),
     yes(["Kalimna Ridge Wines", "Kalimna Ridge"], []), "en", TORCHORA),
    # joeyshannon: the owner's own vineyard shifts, netting (work, no)
    (event("Vineyard – nets off, block 7 (12-day stretch, day 4)", organizer=SELF,
           **at("2028-06-22", "07:00", 600, "+12:00", "Pacific/Auckland")),
     None, "en", JOEYSHANNON),
    # wineberserkers: the owner, a tasting room manager, interviews part-timers (hiring side, no)
    (event("Interviews – part-time tasting room staff (3) – I'm interviewing", organizer=SELF,
           description="Ask availability: Fridays, Thanksgiving weekend. Enthusiasm > wine knowledge.",
           location="Tasting room office", **at("2028-07-06", "13:00", 120, *NY)),
     None, "en", WINEBERSERKERS),
    # torchora: a Stellenbosch harvest internship's video interview with the winemaker's assistant
    (event("Harvest internship 2029 – video interview, Bosveld Heights Estate",
           organizer=org("vintage@bosveldheights.co.za", "Bosveld Heights Estate"),
           guests=[guest("vintage@bosveldheights.co.za", "Bosveld Heights Estate"),
                   guest("annelie@bosveldheights.co.za", "Annelie du Toit")],
           description="Interview for the cellar intern position (sorting, punch-downs, barrel work)." + MEET,
           **at("2028-07-10", "15:00", 30, *JNB)),
     yes(["Bosveld Heights Estate", "Bosveld Heights"], ["vintage@bosveldheights.co.za", "annelie@bosveldheights.co.za"]),
     "en", TORCHORA),
]


_COAST_REFS_DATA_BAKE: list[Case] = [
    # ============================================================ coast guard enlistment (US)
    # gocoastguard: the first step, an interview and screening with a recruiter (the service's own step; the recruiter
    # is thanked)
    (event("Coast Guard recruiter – interview & screening (goals, eligibility)",
           organizer=org("drhodes@cgrecruitingtampa.com", "BM1 Dana Rhodes"),
           guests=[guest("drhodes@cgrecruitingtampa.com", "BM1 Dana Rhodes")],
           description="Bring your ID, SSN card, diploma and any medical records. We'll talk about ratings that fit you.",
           location="Coast Guard Recruiting Office, 3812 W Kennedy Blvd, Tampa FL", **at("2028-06-06", "10:00", 60, *NY)),
     yes(["US Coast Guard", "U.S. Coast Guard", "United States Coast Guard", "Coast Guard"],
         ["drhodes@cgrecruitingtampa.com"]), "en", GOCOASTGUARD),
    # gocoastguard: the ASVAB at the processing station; the armed services' own qualifying test (a hiring step, as
    # the employer's own test; nobody to thank at the processing station)
    (event("ASVAB – MEPS Jacksonville (transport from recruiting office 0500)",
           organizer=org("drhodes@cgrecruitingtampa.com", "BM1 Dana Rhodes"),
           description="Minimum AFQT for the Coast Guard is 36. Hotel the night before is booked under your name.",
           location="MEPS Jacksonville FL", **at("2028-06-22", "06:00", 240, *NY)),
     yes(["US Coast Guard", "U.S. Coast Guard", "United States Coast Guard", "Coast Guard"],
         ["drhodes@cgrecruitingtampa.com"]), "en", GOCOASTGUARD),
    # gocoastguard: the MEPS physical and drug test (medical, no)
    (event("MEPS physical + drug test", organizer=org("drhodes@cgrecruitingtampa.com", "BM1 Dana Rhodes"),
           description="Your medical history packet has been reviewed. Wear comfortable clothes.",
           location="MEPS Jacksonville FL", **at("2028-07-11", "06:00", 360, *NY)),
     None, "en", GOCOASTGUARD),
    # militariesworldwide: the background and security check paperwork (no)
    (event("Fill out SF-86 for security background check (recruiter deadline Fri)", organizer=SELF,
           **at("2028-07-12", "19:00", 120, *NY)),
     None, "en", MILITARIESWW),
    # wisegeek: a reserve unit's information night for would-be reservists (no)
    (event("Coast Guard Reserve – info night (Sector St. Pete)",
           organizer=org("reserve.info@cgreserve-stpete.org", "Sector St. Pete Reserve"),
           location="Sector St. Petersburg, 600 8th Ave SE", **at("2028-06-15", "18:30", 90, *NY)),
     None, "en", WISEGEEK),
    # militarysphere: a coast guard's recruitment office call to book the selection steps after eligibility checks
    # (a screening interview by phone, yes)
    (event("Phone screen – Coastguard recruitment (eligibility + next steps)",
           organizer=org("recruitment@mcga-careers.co.uk", "HM Coastguard Recruitment"),
           guests=[guest("recruitment@mcga-careers.co.uk", "HM Coastguard Recruitment"),
                   guest("s.ahmed@mcga-careers.co.uk", "Sana Ahmed")],
           description="A short telephone interview about your application for Maritime Operations Officer.",
           **at("2028-06-29", "11:00", 30, *LON)),
     yes(["HM Coastguard", "Maritime and Coastguard Agency", "MCA", "Mcga-careers"],
         ["recruitment@mcga-careers.co.uk", "s.ahmed@mcga-careers.co.uk"]), "en", MILITARYSPHERE),
    # ============================================================ football referees (look-alikes)
    # khaterfitness: the annual fitness test referees must pass (repeated sprints, interval test) (no)
    (event("Referee fitness test – RSA 6x40m + interval test (track)",
           organizer=org("referees@gautengfa-officials.co.za", "Gauteng Referees Committee"),
           description="Spikes not allowed. Ambulance on site.", location="Germiston Athletics Stadium",
           **at("2028-06-10", "08:00", 180, *JNB)),
     None, "en", KHATER),
    # cdsra: the district's version of the FIFA test or the beep test by referee category (no)
    (event("CDSRA fitness test – beep test (district referees)", organizer=org("fitness@cdsra-refs.org", "CDSRA Fitness"), location="Foothills Fieldhouse, Calgary",
           **at("2028-06-03", "09:00", 120, "-06:00", "America/Edmonton")),
     None, "en", CDSRA),
    # larbitre: the Cooper test for an upgrade (no)
    (event("Upgrade: Cooper test @ YU track centre – check-in by 8:45",
           organizer=org("upgrades@ontariorefs-assign.ca", "Referee Development – Upgrades"),
           **at("2028-06-04", "09:00", 150, *TOR)),
     None, "en", LARBITRE),
    # refwrites: an assessor watching the owner referee a match for promotion (no)
    (event("Level 5 assessment – Sunday league, assessor attending",
           organizer=org("referees@kentcountyfa-officials.org.uk", "County Referee Development Officer"),
           location="Ashford Rd pitches, Kent", **at("2028-06-11", "10:30", 120, *LON)),
     None, "en", REFWRITES),
    # ============================================================ data centres
    # norahq: the recruiter screen, the first of 3 to 5 stages for a data center technician
    (event("Recruiter screen – Data Center Technician II (Lumina Cloud)",
           organizer=org("no-reply@luminacloud.greenhouse.io", "Lumina Cloud Recruiting"),
           guests=[guest("kyra.benson@luminacloud.com", "Kyra Benson")],
           description="Hi Pat, Kyra Benson from Lumina Cloud will call you at the number on your application.\n\n"
                       "Interview: Recruiter Screen (30 min)\nInterviewer: Kyra Benson\n\nNeed to reschedule? Reply to "
                       "this email.", **at("2028-06-05", "13:00", 30, *CHI)),
     yes(["Lumina Cloud", "Luminacloud"], ["kyra.benson@luminacloud.com"]), "en", NORAHQ),
    # norahq: the hardware and operating systems interview
    (event("Lumina Cloud – Technical interview: hardware & Linux (DCT II)",
           organizer=org("no-reply@luminacloud.greenhouse.io", "Lumina Cloud Recruiting"),
           guests=[guest("kyra.benson@luminacloud.com", "Kyra Benson", "needsAction"),
                   guest("r.okafor@luminacloud.com", "Ray Okafor"), guest("t.nguyen@luminacloud.com", "Tam Nguyen")],
           description="Ray Okafor (DC Ops Lead) and Tam Nguyen (Senior DCT) will cover server hardware, RAID, and "
                       "structured troubleshooting." + MEET, **at("2028-06-13", "10:00", 60, *CHI)),
     yes(["Lumina Cloud", "Luminacloud"], ["kyra.benson@luminacloud.com", "r.okafor@luminacloud.com",
                                           "t.nguyen@luminacloud.com"]), "en", NORAHQ),
    # norahq: the final conversation with the manager, onsite with a facility walk
    (event("Onsite final – DC Manager + facility walk (Lumina Cloud DFW2)",
           organizer=org("kyra.benson@luminacloud.com", "Kyra Benson"),
           guests=[guest("m.delgado@luminacloud.com", "Marco Delgado"),
                   room("c_dfw2-lobby@resource.calendar.google.com", "DFW2-Lobby-Conf (6)")],
           description="Bring government ID for the security desk; no photos on the floor. Closed-toe shoes.",
           location="Lumina Cloud DFW2, 1500 Data Center Dr, Allen TX", **at("2028-06-22", "09:00", 120, *CHI)),
     yes(["Lumina Cloud", "Luminacloud"], ["kyra.benson@luminacloud.com", "m.delgado@luminacloud.com"]), "en", NORAHQ),
    # gempool: an Irish data centre manager's interview, certifications and past incidents (agency-placed; the
    # agency consultant and the client's manager are thanked)
    (event("Interview – Critical Facilities Technician, Northgate Data Centres (Clonee) via Gem Recruitment",
           organizer=org("aoife@gemrecruit.ie", "Aoife Brennan"),
           guests=[guest("aoife@gemrecruit.ie", "Aoife Brennan"), guest("d.walsh@northgatedc.ie", "Declan Walsh")],
           description="Declan is the site manager. Expect questions on UPS, generators and a problem you fixed under "
                       "pressure. Bring your cert copies.", location="Northgate Data Centres, Clonee, Co. Meath",
           **at("2028-06-08", "14:00", 60, *DUB)),
     yes(["Northgate Data Centres", "Northgate DC", "Northgatedc"], ["aoife@gemrecruit.ie", "d.walsh@northgatedc.ie"]),
     "en", GEMPOOL),
    # free-work: a telecoms and data-centre recruitment agency's technical pre-screen for a client (agency: the client
    # is named, the consultant is thanked)
    (event("Technical pre-screen – DC Technician for client (Tier III colo, Slough) – Firstline Talent",
           organizer=org("j.hart@firstlinetalent.co.uk", "James Hart"),
           guests=[guest("j.hart@firstlinetalent.co.uk", "James Hart")],
           description="Client: Meridian Colo. We'll run through cabling, patching discipline, PPE and break/fix "
                       "scenarios before I put you forward.", **at("2028-06-12", "12:30", 30, *LON)),
     yes(["Meridian Colo"], ["j.hart@firstlinetalent.co.uk"]), "en", FREEWORK),
    # brittbot: several interviews back to back, each scored on a rubric; a hidden guest list, interviewers named in
    # the description
    (event("Interview loop – Data Center Technician (3 x 45 min, structured)",
           organizer=org("dc-staffing@helixgrid.com", "HelixGrid DC Staffing"),
           guestsCanSeeOtherGuests=False,
           description="Interviewers: Priya Raman (DC Operations), Owen Blake (Hardware Ops) and a third interviewer "
                       "your recruiter will confirm. Each interview is scored on the same rubric; questions are "
                       "open-ended.",
           **at("2028-06-28", "09:00", 150, *CHI)),
     yes(["HelixGrid", "Helixgrid"], ["dc-staffing@helixgrid.com", "Priya Raman", "Owen Blake"]), "en", BRITTBOT),
    # brittbot: the owner, a DCT III, interviews a candidate (hiring side, no)
    (event("Interview: candidate for DCT I – I'm interviewer #2 (troubleshooting)",
           organizer=org("dc-staffing@helixgrid.com", "HelixGrid DC Staffing"),
           guests=[guest("owen.blake@helixgrid.com", "Owen Blake")], **at("2028-07-06", "11:00", 45, *CHI)),
     None, "en", BRITTBOT),
    # offereasy: a mock interview with an AI tool (practice, no)
    (event("Mock interview – data center tech questions (AI practice)", organizer=SELF,
           **at("2028-06-11", "16:00", 30, *CHI)),
     None, "en", OFFEREASY),
    # ============================================================ bakeries
    # fablevoyage: a bakery's interview followed by a practical bake in the early shift
    (event("Bakery interview + bake test 4am (bring apron, hair tie) – Rise & Crumb", organizer=SELF,
           description="Head baker Tomasz wants to see shaping + a batch of rolls. Counter manager too.",
           location="Rise & Crumb Bakery, 14 Ponsonby Rd, Auckland", **at("2028-06-20", "04:00", 180, *AKL)),
     yes(["Rise & Crumb Bakery", "Rise & Crumb", "Rise and Crumb"], ["Tomasz"]), "en", FABLEVOYAGE),
    # fablevoyage: a counter assistant interview at a café bakery chain (yes)
    (event("Interview – counter team member, Hearthstone Bakehouse (Harbour St)",
           organizer=org("jobs@hearthstonebakehouse.com.au", "Hearthstone Bakehouse"),
           guests=[guest("jobs@hearthstonebakehouse.com.au", "Hearthstone Bakehouse"),
                   guest("nina.v@hearthstonebakehouse.com.au", "Nina Vlahos")],
           location="Hearthstone Bakehouse, 22 Harbour St, Sydney", **at("2028-06-14", "14:30", 30, *SYD)),
     yes(["Hearthstone Bakehouse", "Hearthstone"], ["jobs@hearthstonebakehouse.com.au", "nina.v@hearthstonebakehouse.com.au"]),
     "en", FABLEVOYAGE),
    # fablevoyage: a food safety course (certification, no)
    (event("Food safety supervisor course (online) – module 3", organizer=org("noreply@foodsafetytraining.com.au"),
           **at("2028-06-17", "09:00", 180, *SYD)),
     None, "en", FABLEVOYAGE),
]


_LAW_CASES_BANKS: list[Case] = [
    # ============================================================ judicial clerkships
    # law.wisc: the interview in chambers, with the judge and separately with the current clerks
    (event("Clerkship interview – Judge Harriet Okonjo (chambers) + meet current clerks",
           organizer=org("okonjo_chambers@wied.uscourts-mail.org", "Chambers of Judge Okonjo"),
           guests=[guest("okonjo_chambers@wied.uscourts-mail.org", "Chambers of Judge Okonjo")],
           description="Judge Okonjo will see you at 10:00, followed by time with her law clerks. Please bring an "
                       "extra copy of your writing sample.", location="U.S. Courthouse, 517 E Wisconsin Ave, Milwaukee, Room 364",
           **at("2028-06-13", "10:00", 90, *CHI)),
     yes(["Chambers of Judge Okonjo", "Judge Harriet Okonjo", "U.S. District Court, Eastern District of Wisconsin"],
         ["okonjo_chambers@wied.uscourts-mail.org", "Harriet Okonjo"]), "en", LAWWISC),
    # abovethelaw: interviews scheduled strategically; a second judge in another city, the owner's own entry
    (event("Clerkship interview – Judge Feld, 7th floor (fly MKE→ORD 7am)", organizer=SELF,
           description="Be nice to the judicial assistant. Ask about docket + clerk duties.",
           location="Dirksen Courthouse, Chicago", **at("2028-06-15", "14:00", 60, *CHI)),
     yes(["Chambers of Judge Feld", "Judge Feld"], ["Feld"]), "en", ABOVETHELAW),
    # law.wisc (conduct of the interview): a call with a former clerk to learn the judge's interviewing style
    # (networking, no)
    (event("Call w/ Sam Ortiz (clerked for Okonjo '26) – what's her interview like?", organizer=SELF,
           **at("2028-06-08", "12:15", 30, *CHI)),
     None, "en", LAWWISC2),
    # stateuniversity: the law school's clerkship programme session on likely interview topics (no)
    (event("Clerkship interview prep – Career Services (judicial activism question etc.)",
           organizer=org("careers@law.lakeshore.edu", "Law Career Services"), location="Law Building 2260",
           **at("2028-06-06", "12:00", 60, *CHI)),
     None, "en", STATEUNIV),
    # law.wisc: the owner, a current clerk, sits in on the judge's interviews of applicants (hiring side, no)
    (event("Clerk applicant interviews – sit in (Judge wants my read on each)", organizer=SELF,
           location="Chambers", **at("2028-07-11", "09:00", 240, *CHI)),
     None, "en", LAWWISC2),
    # ============================================================ law firms: vacation schemes and training contracts
    # cliffordchancegraduates: the assessment day, a strengths-based interview and a case study interview with
    # partners and associates who have not seen the application
    (event("Vacation Scheme Assessment Day – Harcourt Lyle LLP",
           organizer=org("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment"),
           guests=[guest("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment"),
                   guest("eleanor.price@harcourtlyle.com", "Eleanor Price"),
                   guest("daniel.osei@harcourtlyle.com", "Daniel Osei")],
           description="<div>Programme</div><div>09:30 Welcome</div><div>10:00 Strengths-based interview (Eleanor Price, "
                       "Partner)</div><div>11:30 Case study: 15 minutes' preparation, then present to Daniel Osei "
                       "(Associate)</div><div>13:00 Lunch with trainees</div>",
           location="Harcourt Lyle LLP, 10 Upper Bank St, London E14", **at("2028-06-16", "09:30", 300, *LON)),
     yes(["Harcourt Lyle LLP", "Harcourt Lyle"], ["graduaterecruitment@harcourtlyle.com", "eleanor.price@harcourtlyle.com",
                                                  "daniel.osei@harcourtlyle.com"]), "en", CLIFFORDCHANCE),
    # urbanlawyers: the two-week vacation scheme itself, already offered (a paid placement, like a first day; no; the
    # training contract interview at its end is its own event)
    (days(event("Vac scheme – Harcourt Lyle (2 weeks, Banking seat)", organizer=SELF,
                description="It's a two-week interview – be on it at drinks too."), "2028-07-03", "2028-07-15"),
     None, "en", URBANLAWYERS),
    # urbanlawyers: the training contract interview on the last Friday of the scheme (yes)
    (event("Training contract interview – end of vac scheme (HR + partner)",
           organizer=org("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment"),
           guests=[guest("graduaterecruitment@harcourtlyle.com", "Harcourt Lyle Graduate Recruitment"),
                   guest("mark.fenwick@harcourtlyle.com", "Mark Fenwick")],
           location="Harcourt Lyle LLP – Meeting Room 12.04", **at("2028-07-14", "15:00", 45, *LON)),
     yes(["Harcourt Lyle LLP", "Harcourt Lyle"], ["graduaterecruitment@harcourtlyle.com", "mark.fenwick@harcourtlyle.com"]),
     "en", URBANLAWYERS),
    # cliffordchancegraduates: a university law society's open evening with firms (a fair, no)
    (event("Law Society – firms' open evening (vac schemes Q&A)", organizer=org("lawsoc@strandsu.org.uk", "Law Society"),
           location="Bush House, Strand", **at("2028-06-01", "18:00", 120, *LON)),
     None, "en", CLIFFORDCHANCE),
    # ============================================================ consultancies: case interviews
    # ruthussanketh: the first round, a 20-30 minute case with a consultant after a short intro, on campus in Bengaluru
    (event("Case interview – Round 1 (2 x 30 min) – Vantage Strategy Partners",
           organizer=org("campus.india@vantagestrategy.com", "Vantage Strategy Partners – Campus Recruiting"),
           guests=[guest("campus.india@vantagestrategy.com", "Vantage Strategy Partners – Campus Recruiting"),
                   guest("arjun.mehta@vantagestrategy.com", "Arjun Mehta"), guest("sneha.rao@vantagestrategy.com", "Sneha Rao")],
           description="Each interview: 5 min intro, ~20 min case (guesstimate or profitability), 5 min for your "
                       "questions.", location="Placement Cell, Block C, Room 104", **at("2028-06-26", "10:00", 70, *KOL)),
     yes(["Vantage Strategy Partners", "Vantage Strategy", "Vantagestrategy"],
         ["campus.india@vantagestrategy.com", "arjun.mehta@vantagestrategy.com", "sneha.rao@vantagestrategy.com"]),
     "en", RUTHU),
    # ruthussanketh: the final round with a partner (the owner's own entry)
    (event("Vantage final round – Partner case (Rohit Khanna) – market entry likely", organizer=SELF,
           description="Frameworks recap. HR questions at the end.", location="Vantage office, Embassy Golf Links, Bengaluru",
           **at("2028-06-29", "15:00", 45, *KOL)),
     yes(["Vantage Strategy Partners", "Vantage Strategy"], ["Rohit Khanna"]), "en", RUTHU),
    # ruthussanketh: case practice with a friend (no)
    (event("Case practice w/ Karthik – petrol pumps in Bangalore guesstimate", organizer=SELF,
           **at("2028-06-24", "17:00", 60, *KOL)),
     None, "en", RUTHU),
    # ============================================================ Nigerian banks and assessment firms
    # joblistnigeria: an assessment firm invites applicants to a graduate programme's psychometric tests, in batches
    # at a university hall (agency for an unnamed client: the firm is the only company known; its no-reply is out)
    (event("Invitation to the 2028 Graduate Development Programme Assessment Exercise (batch 10:30am)",
           organizer=org("noreply@workforceassess.com.ng", "Workforce Assessment Centre"),
           description="Thank you for your application. You are invited to the next stage of the assessment process: "
                       "psychometric instruments completed in a controlled environment. Bring a valid ID and this "
                       "invitation.", location="University of Lagos, Social Science Auditorium",
           **at("2028-06-15", "10:30", 120, *LOS)),
     yes(["Workforce Assessment Centre"], []), "en", JOBLISTNG),
    # teststreams: a bank's graduate trainee aptitude test at its training college (the employer's own test)
    (event("Aptitude test – Graduate Trainee Programme, Crestline Bank (training college, Lekki)",
           organizer=org("graduatetrainee@crestlinebankng.com", "Crestline Bank Talent Acquisition"),
           guests=[guest("graduatetrainee@crestlinebankng.com", "Crestline Bank Talent Acquisition")],
           description="Sections: quantitative reasoning, verbal reasoning, general bank awareness and current affairs. "
                       "60 minutes. No calculators.", location="Crestline Bank Training College, Admiralty Way, Lekki",
           **at("2028-06-14", "09:00", 90, *LOS)),
     yes(["Crestline Bank", "Crestline Bank Nigeria", "Crestlinebankng"], ["graduatetrainee@crestlinebankng.com"]), "en",
     TESTSTREAMS),
    # joblinkage: the interview right after the test ("listen to the interview tips") (yes)
    (event("Crestline Bank – panel interview (after test results)",
           organizer=org("graduatetrainee@crestlinebankng.com", "Crestline Bank Talent Acquisition"),
           guests=[guest("graduatetrainee@crestlinebankng.com", "Crestline Bank Talent Acquisition"),
                   guest("f.adeyemi@crestlinebankng.com", "Funmi Adeyemi"), guest("c.eze@crestlinebankng.com", "Chidi Eze")],
           description="Corporate dress. Bring original certificates and NYSC discharge certificate.",
           location="Crestline Bank Head Office, 12 Adeola Odeku St, Victoria Island", **at("2028-06-28", "11:00", 45, *LOS)),
     yes(["Crestline Bank", "Crestline Bank Nigeria", "Crestlinebankng"],
         ["graduatetrainee@crestlinebankng.com", "f.adeyemi@crestlinebankng.com", "c.eze@crestlinebankng.com"]), "en",
     JOBLINKAGE),
    # exampulse: GMAT-style practice before the bank tests (practice, no)
    (event("Practice: SHL numerical + GMAT verbal (timed)", organizer=SELF, **at("2028-06-10", "16:00", 90, *LOS)),
     None, "en", EXAMPULSE),
    # gtrecruit: activating the management trainee portal account with the one-time code (a chore, no)
    (event("Activate MT portal account – one-time code expires tonight!", organizer=SELF,
           **at("2028-06-05", "20:30", 15, *LOS)),
     None, "en", GTRECRUIT),
    # latestjobsvacancies: a bank's written test in Abuja (the employer's own test, yes)
    (event("Written test – Meridian Trust Bank graduate recruitment (Abuja centre)",
           organizer=org("recruitment@meridiantrustbank.ng", "Meridian Trust Bank Recruitment"),
           description="70 questions in 60 minutes: mathematics, comprehension, grammar, current affairs and business.",
           location="Meridian Trust Bank Regional Office, Wuse II, Abuja", **at("2028-07-06", "09:00", 90, *LOS)),
     yes(["Meridian Trust Bank", "Meridian Trust"], ["recruitment@meridiantrustbank.ng"]), "en", LATESTJOBS),
    # ============================================================ Singapore public service
    # todayonline: shortlisted applicants are interviewed and some agencies add a written test (yes, a statutory board)
    (event("Interview + written test – Executive (Water Quality), Straits Water Authority",
           organizer=org("hr_recruit@swa-sg.com.sg", "SWA HR Recruitment"),
           guests=[guest("hr_recruit@swa-sg.com.sg", "SWA HR Recruitment"), guest("lim_wei_ling@swa-sg.com.sg", "Lim Wei Ling"),
                   room("c_swa-mr3@resource.calendar.google.com", "SWA HQ MR 3-02")],
           description="Please report 15 minutes early. The 45-minute written test precedes the interview. Bring NRIC "
                       "and original certificates.", location="SWA HQ, 40 Scotts Rd, Singapore",
           **at("2028-06-09", "09:30", 120, *SIN)),
     yes(["Straits Water Authority", "SWA"], ["hr_recruit@swa-sg.com.sg", "lim_wei_ling@swa-sg.com.sg"]), "en",
     TODAYONLINE),
    # sg-educator: a scholarship interview with a commission's panel (a scholarship, like admissions, no)
    (event("Scholarship interview – PSC panel (be yourself!)", organizer=SELF,
           description="Integrity, commitment. Don't second-guess the panel.", **at("2028-06-30", "14:00", 30, *SIN)),
     None, "en", SGEDUCATOR),
    # todayonline: a ministry's case study exercise for a mid-career applicant (the employer's own test, yes)
    (event("Case study exercise – Ministry of Trade mid-career policy role (2 hrs, written)",
           organizer=org("careers_mti@mti-careers.gov.sg", "MTI Careers"),
           guests=[guest("careers_mti@mti-careers.gov.sg", "MTI Careers")],
           description="You will be given a case pack on arrival. Laptops will be provided.",
           location="The Treasury, 100 High St, Singapore", **at("2028-07-04", "09:00", 120, *SIN)),
     yes(["Ministry of Trade and Industry", "MTI"], ["careers_mti@mti-careers.gov.sg"]), "en", TODAYONLINE),
    # ============================================================ Philippine BPOs
    # sevenh8reds: the initial phone interview, under five minutes, to hear the applicant's English
    (event("Initial phone interview – Customer Service Rep (Tala Contact Solutions)",
           organizer=org("recruitment@talacontact.ph", "Tala Contact Recruitment"),
           guests=[guest("recruitment@talacontact.ph", "Tala Contact Recruitment")],
           description="A recruiter will call you. Be ready to introduce yourself and answer in English.",
           **at("2028-06-06", "10:00", 15, *MNL)),
     yes(["Tala Contact Solutions", "Tala Contact", "Talacontact"], ["recruitment@talacontact.ph"]), "en", TL_SEVENH8REDS),
    # sevenh8reds: the testing and call simulation step (yes, nobody named)
    (event("Tala Contact – assessment + call simulation (30-50 min)", organizer=SELF,
           location="Tala Contact, Ayala Ave, Makati", **at("2028-06-08", "13:00", 60, *MNL)),
     yes(["Tala Contact Solutions", "Tala Contact"], []), "en", TL_SEVENH8REDS),
    # bridgeaus: a university's pre-employment career talk (no)
    (event("Career talk: acing your first job interview (graduating batch)",
           organizer=org("placement@manilacentraluniv.edu.ph", "Office of Career Services"), location="Henry Sy Hall, 5F",
           **at("2028-06-02", "13:00", 120, *MNL)),
     None, "en", BRIDGEAUS),
]


_KENYA_HOTELS_VISAS: list[Case] = [
    # ============================================================ Kenyan public appointments
    # kahawatungu: the commission's interview schedule for principal secretary candidates; originals and clearance
    # certificates (the commission recommends the appointment: yes; its secretariat's mailbox is thanked)
    (event("Interview – Principal Secretary (shortlisted candidate)",
           organizer=org("ps2028interviews@pscommission-ke.org", "Public Service Commission Secretariat"),
           description="Arrive at least 15 minutes before your interview. Bring originals of your national ID, academic "
                       "and professional certificates and testimonials, and clearances from KRA, HELB, CRB and EACC.",
           location="Commission House, Harambee Avenue, Nairobi", **at("2028-06-28", "11:30", 60, *NBO)),
     yes(["Public Service Commission", "PSC Kenya", "Public Service Commission of Kenya"],
         ["ps2028interviews@pscommission-ke.org"]), "en", KAHAWATUNGU),
    # kahawatungu: collecting the clearance certificates (errands, no)
    (event("Pick up HELB + CRB clearance; EACC self-declaration stamp", organizer=SELF,
           location="Anniversary Towers / Integrity Centre", **at("2028-06-20", "09:00", 180, *NBO)),
     None, "en", KAHAWATUNGU),
    # lookuptv: the owner sends sworn information on a shortlisted candidate (public participation, no)
    (event("Submit affidavit re: CAS shortlist (public participation deadline)", organizer=SELF,
           **at("2028-06-23", "16:00", 30, *NBO)),
     None, "en", LOOKUPTV),
    # capitalfm: a selection panel's interview of shortlisted candidates for a commission chair, gazetted (yes)
    (event("Selection panel interview – Chairperson, Water Services Regulatory Board (shortlisted 12)",
           organizer=org("selectionpanel@wasreb-recruit.go.ke", "Selection Panel Secretariat"),
           guests=[guest("selectionpanel@wasreb-recruit.go.ke", "Selection Panel Secretariat")],
           description="You have been shortlisted. Interviews at KICC, 4th Floor Boardroom, on the date and time below.",
           location="KICC, 4th Floor Boardroom, Nairobi", **at("2028-07-12", "10:00", 60, *NBO)),
     yes(["Water Services Regulatory Board", "WASREB"], ["selectionpanel@wasreb-recruit.go.ke"]), "en", CAPITALFM),
    # ============================================================ hotels' front office
    # eskillfinder: HR's initial interview, then the hiring authority's second interview (a Dublin hotel)
    (event("2nd interview – Front Office Supervisor – The Liffey Quay Hotel (with the Front Office Manager)",
           organizer=org("careers@liffeyquayhotel.ie", "Liffey Quay Hotel – People & Culture"),
           guests=[guest("careers@liffeyquayhotel.ie", "Liffey Quay Hotel – People & Culture"),
                   guest("c.byrne@liffeyquayhotel.ie", "Ciara Byrne")],
           description="Thank you for meeting our HR team last week. Ciara Byrne, Front Office Manager, would like to "
                       "meet you. There may be a short role-play at reception.", location="The Liffey Quay Hotel, Dublin 1",
           **at("2028-06-07", "15:00", 45, *DUB)),
     yes(["The Liffey Quay Hotel", "Liffey Quay Hotel", "Liffeyquayhotel"], ["careers@liffeyquayhotel.ie",
                                                                              "c.byrne@liffeyquayhotel.ie"]),
     "en", ESKILL),
    # shfbali: the owner, a hotel general manager, interviews front office manager candidates (hiring side, no)
    (event("FOM candidate interviews (3) – open / current role / scenarios", organizer=SELF,
           description="Go first: hotel history + values. Then their current role. Reception walk-through.",
           location="GM office", **at("2028-06-13", "10:00", 180, "+02:00", "Africa/Johannesburg")),
     None, "en", SHFBALI),
    # eskillfinder: a Cape Town hotel's panel interview for a night auditor (yes)
    (event("Panel interview – Night Auditor, Signal Hill Boutique Hotel",
           organizer=org("hr@signalhillboutique.co.za", "Signal Hill Boutique Hotel HR"),
           guests=[guest("hr@signalhillboutique.co.za", "Signal Hill Boutique Hotel HR"),
                   guest("thabo.m@signalhillboutique.co.za", "Thabo Mokoena"),
                   guest("l.jacobs@signalhillboutique.co.za", "Lauren Jacobs")],
           description="Panel: Thabo Mokoena (Rooms Division Manager) and Lauren Jacobs (Financial Controller).",
           location="Signal Hill Boutique Hotel, Kloof Nek Rd, Cape Town", **at("2028-06-15", "11:00", 45, *JNB)),
     yes(["Signal Hill Boutique Hotel", "Signal Hill Boutique", "Signalhillboutique"],
         ["hr@signalhillboutique.co.za", "thabo.m@signalhillboutique.co.za", "l.jacobs@signalhillboutique.co.za"]), "en",
     ESKILL),
    # eskillfinder: a phone interview with a hotel group's HR (yes)
    (event("Phone interview – Guest Services Agent, Harbourlight Hotels (Wellington)",
           organizer=org("talent@harbourlighthotels.co.nz", "Harbourlight Hotels Talent"),
           guests=[guest("talent@harbourlighthotels.co.nz", "Harbourlight Hotels Talent"),
                   guest("aroha.t@harbourlighthotels.co.nz", "Aroha Tane")], **at("2028-06-27", "09:30", 20, *AKL)),
     yes(["Harbourlight Hotels", "Harbourlight"], ["talent@harbourlighthotels.co.nz", "aroha.t@harbourlighthotels.co.nz"]),
     "en", ESKILL),
    # ============================================================ visa and immigration interviews (look-alikes)
    # greencardholder: the spouse visa interview at a US consulate (immigration, no)
    (event("Immigrant visa interview – appointment confirmation",
           organizer=org("no-reply@visa-appointment-service.com", "Visa Appointment Service"),
           description="Bring your appointment letter, passport, medical exam results and evidence of your relationship.",
           location="US Consulate General, 1134 Rue Sainte-Catherine O, Montréal", **at("2028-06-08", "08:15", 180, *TOR)),
     None, "en", GREENCARD),
    # fiancespousevisalawyer: "the ultimate job interview", the lawyer's prep call (no)
    (event("Prep call with immigration lawyer – visa interview ('ultimate job interview')",
           organizer=org("intake@bayshoreimmigrationlaw.com", "Bayshore Immigration Law"),
           description="Originals + two copies of everything. Old passports too." + ZOOM,
           **at("2028-06-05", "17:00", 45, *TOR)),
     None, "en", FIANCEVISA),
    # visacoach: the designated clinic's medical before the fiancée visa interview (medical, no)
    (event("Visa medical – panel physician (K-1)", organizer=org("appointments@manilapanelclinic.ph", "Panel Clinic"),
           location="Panel clinic, Manila",
           **at("2028-06-13", "07:30", 180, *MNL)),
     None, "en", VISACOACH),
    # immigrationforcouples: registering the interview and choosing the courier before the appointment (a chore, no)
    (event("Register visa interview + pick courier delivery option", organizer=SELF, **at("2028-06-19", "20:00", 20, *MNL)),
     None, "en", IMMIGRATIONCOUPLES),
    # same-sex-immigration-story: the visa interview at the embassy in London, queue at 7:15 (no)
    (event("Embassy – visa interview 8:30 (queue early, no phones inside)",
           organizer=org("noreply@uk-visaservices-booking.com", "Visa Services"),
           location="US Embassy, 33 Nine Elms Ln, London", **at("2028-06-26", "08:30", 180, *LON)),
     None, "en", SAMESEXIMM),
    # scheetzlaw: the K-3 interview at the consulate (no)
    (event("K-3 interview at the consulate – Jo's petition", organizer=SELF, location="US Consulate, Lagos",
           **at("2028-07-05", "09:00", 120, *LOS)),
     None, "en", SCHEETZ),
    # ============================================================ podcasts and research (look-alikes)
    # makinthebacon: a podcast host books a guest recording through a scheduling link (press, no)
    (event("Podcast recording: Pat Lee on The Side Hustle Hour",
           organizer=org("calendar-notification@acuityscheduling.com", "Acuity Scheduling"),
           guests=[guest("host@sidehustlehour.ca", "Mina Park")],
           description="Thanks for booking! Please fill in the guest form (bio, topics you'd like to be asked, anything "
                       "to promote). Riverside link to follow.", **at("2028-06-14", "19:00", 60, *TOR)),
     None, "en", MAKINTHEBACON),
    # makinthebacon: a guest interview the owner hosts (no)
    (event("Record ep. 41 – interview w/ guest (Dev Shah) – send one-pager first", organizer=SELF,
           **at("2028-06-21", "19:30", 75, *TOR)),
     None, "en", MAKINTHEBACON),
    # ============================================================ more hiring steps
    # free-work: the agency's client interview after the pre-screen (agency for a client)
    (event("Client interview – Meridian Colo (Slough) – DC Technician (onsite, bring ID for security)",
           organizer=org("j.hart@firstlinetalent.co.uk", "James Hart"),
           guests=[guest("j.hart@firstlinetalent.co.uk", "James Hart"), guest("k.idowu@meridiancolo.co.uk", "Kemi Idowu")],
           description="Kemi runs the shift team. Expect a walk of the cold aisles and a break/fix scenario.",
           location="Meridian Colo SL3, Edinburgh Ave, Slough", **at("2028-06-20", "10:00", 90, *LON)),
     yes(["Meridian Colo"], ["j.hart@firstlinetalent.co.uk", "k.idowu@meridiancolo.co.uk"]), "en", FREEWORK),
    # torchora: an Okanagan winery's cellar interview, the owner's own note
    (event("Cellar interview – Sagebrush Bench Winery (Oliver) – ask about crush shifts", organizer=SELF,
           location="Sagebrush Bench Winery, Oliver BC", **at("2028-06-19", "13:00", 45, *VAN)),
     yes(["Sagebrush Bench Winery", "Sagebrush Bench"], []), "en", TORCHORA),
    # fablevoyage: a Melbourne bakery's trial shift for a pastry cook (a hiring step)
    (event("Trial shift – pastry (laminating, croissants) – Flinders Lane Boulangerie",
           organizer=org("chef@flinderslaneboulangerie.com.au", "Hugo Marchetti"),
           guests=[guest("chef@flinderslaneboulangerie.com.au", "Hugo Marchetti")],
           description="Paid trial, 5am start. Knives and whites.", location="Flinders Lane Boulangerie, Melbourne",
           **at("2028-06-29", "05:00", 240, "+10:00", "Australia/Melbourne")),
     yes(["Flinders Lane Boulangerie", "Flinders Lane"], ["chef@flinderslaneboulangerie.com.au"]), "en", FABLEVOYAGE),
    # girlingny: the owner, a nurse, tests a candidate's skills in the lab (hiring side, no)
    (event("Skills lab – evaluate 2 aide candidates (I'm the RN evaluator)",
           organizer=org("hiring@evergreenelderhomecare.com", "Evergreen Elder Home Care"),
           location="Training lab", **at("2028-07-07", "09:00", 120, *NY)),
     None, "en", GIRLING),
    # lildoseofcrazy: the CNA state exam after training (licence, no)
    (event("CNA state competency exam – skills + written", organizer=org("no-reply@nurseaidetesting.org"),
           location="Sinclair College testing centre",
           **at("2028-06-02", "08:00", 240, *NY)),
     None, "en", LILDOSE),
    # norahq: the networking interview, a separate technical round (yes)
    (event("Lumina Cloud – Networking interview (fiber/copper, switching basics)",
           organizer=org("no-reply@luminacloud.greenhouse.io", "Lumina Cloud Recruiting"),
           guests=[guest("s.iqbal@luminacloud.com", "Sara Iqbal")],
           description="Interviewer: Sara Iqbal, Network Engineer." + MEET, **at("2028-06-15", "15:00", 45, *CHI)),
     yes(["Lumina Cloud", "Luminacloud"], ["s.iqbal@luminacloud.com"]), "en", NORAHQ),
    # gempool: a CompTIA exam (certification, no)
    (event("CompTIA Network+ exam", organizer=org("confirmations@testcentre-bookings.ie"), location="Test centre, Dublin 2",
           **at("2028-07-03", "09:30", 120, *DUB)),
     None, "en", GEMPOOL),
    # cliffordchancegraduates: the firm's online strengths questionnaire, blocked by the owner (the firm's own test)
    (event("Harcourt Lyle – online situational strengths test (deadline tomorrow)", organizer=SELF,
           **at("2028-06-02", "20:00", 40, *LON)),
     yes(["Harcourt Lyle LLP", "Harcourt Lyle"], []), "en", CLIFFORDCHANCE),
    # ruthussanketh: a second consultancy's HR round after the case (yes)
    (event("HR interview – Northstar Advisory (after case round) – Ms. Pooja Nair",
           organizer=org("campus@northstaradvisory.in", "Northstar Advisory Campus Team"),
           guests=[guest("campus@northstaradvisory.in", "Northstar Advisory Campus Team"),
                   guest("pooja.nair@northstaradvisory.in", "Pooja Nair")],
           location="Placement Cell, Block C, Room 108", **at("2028-06-27", "14:30", 20, *KOL)),
     yes(["Northstar Advisory", "Northstaradvisory"], ["campus@northstaradvisory.in", "pooja.nair@northstaradvisory.in"]),
     "en", RUTHU),
    # todayonline: a statutory board's interview by video for a technical officer (yes)
    (event("Interview – Technical Officer (Port Operations), Maritime Services Board",
           organizer=org("recruit@msb-sg.com.sg", "MSB Recruitment"),
           guests=[guest("recruit@msb-sg.com.sg", "MSB Recruitment"), guest("tan_kh@msb-sg.com.sg", "Tan Kok Hwa")],
           description="Shortlisted candidates are interviewed to ascertain overall job fit." + TEAMS,
           **at("2028-06-21", "15:00", 45, *SIN)),
     yes(["Maritime Services Board", "MSB"], ["recruit@msb-sg.com.sg", "tan_kh@msb-sg.com.sg"]), "en", TODAYONLINE),
    # piton-global: a BPO job fair (a fair, no)
    (event("BPO job fair – SM North EDSA (bring 10 resumes)", organizer=org("events@jobfairph.com", "JobFair PH"),
           location="SM North EDSA Skydome",
           **at("2028-06-24", "10:00", 360, *MNL)),
     None, "en", PITON),
    # ebcallcenter: the owner, a team leader, sits in on applicants' final interviews (hiring side, no)
    (event("Sit in: final interviews for my team's new agents", organizer=org("recruitment@talacontact.ph"),
           location="Tala Contact, Makati – Interview Room 3", **at("2028-07-04", "14:00", 120, *MNL)),
     None, "en", EBCALL),
    # exampulse: another bank's aptitude test at its own test centre (yes)
    (event("Harbourgate Bank aptitude test – Yaba centre, 9am batch",
           organizer=org("careers@harbourgatebank.ng", "Harbourgate Bank Careers"),
           location="Harbourgate Bank test centre, Herbert Macaulay Way, Yaba", **at("2028-06-21", "09:00", 90, *LOS)),
     yes(["Harbourgate Bank", "Harbourgate"], ["careers@harbourgatebank.ng"]), "en", EXAMPULSE),
    # law.wisc: a state supreme court justice's clerkship interview by video (yes)
    (event("Clerkship interview (video) – Justice Marisol Vega, Court of Appeals",
           organizer=org("vega.chambers@ctapp-mn.org", "Chambers of Justice Vega"),
           guests=[guest("vega.chambers@ctapp-mn.org", "Chambers of Justice Vega"),
                   guest("lawclerk1.vega@ctapp-mn.org", "Ben Turner")],
           description="The Justice and her clerk Ben Turner will join." + ZOOM, **at("2028-07-06", "13:00", 45, *CHI)),
     yes(["Chambers of Justice Vega", "Justice Marisol Vega", "Minnesota Court of Appeals"],
         ["vega.chambers@ctapp-mn.org", "lawclerk1.vega@ctapp-mn.org", "Marisol Vega"]), "en", LAWWISC),
]

ENGLISH20: list[Case] = [*_POLICE_CARE_WINE, *_COAST_REFS_DATA_BAKE, *_LAW_CASES_BANKS, *_KENYA_HOTELS_VISAS]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b20-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b20-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND20: list[Case] = [_tagged(case) for case in (*ENGLISH20, *INTL20)]

_ids = [case[0]["id"] for case in BLIND20]
assert len(_ids) == len(set(_ids)), "two cases share an id"
