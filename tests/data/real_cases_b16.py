"""Blind batch 16 of the real-material corpus (issue #15, round 16): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff).
Same conventions as ``real_cases.py`` and the b2 to b15 files: each case re-creates, as Google
Calendar would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, hidden guest lists, all-day events, location, conference text), a
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name; a
vendor's own domain only for the vendor's demo); the wording is paraphrased, not copied. Public
bodies that cannot be invented keep their real names where the process is theirs (the British
Army's officer selection board; visa application services). Every source is new to the corpus: no
URL and no host name cited by an earlier data file in tests/data (checked with a grep over
tests/data/*.py for the URL and the host before each was used; hosts already cited, such as
glassdoor, flightattendantcentral, thecorporatelawacademy, lawcareers.net, allaboutlaw,
civil-service-careers.gov.uk, targetjobs, jobs4football, monster.se, tyoelamaan.fi, meetpro.pl or
kolektifhouse.co, were left out). Event ids are prefixed "b16-" so they stay unique across the
corpus.

What it holds: 150 events, 76 job interviews (or hiring steps) the owner attends as the candidate
and 74 non-interviews; 100 in English (49 interviews; UK, US, Ireland, Australia, South Africa,
the Philippines, the United Arab Emirates, India, Canada) and 50 in 15 other languages (27
interviews): German 6 (3, Germany and Austria), Spanish 5 (2), French 4 (2, France and
Switzerland), Dutch 3 (2, Belgium and the Netherlands), Italian 3 (2), Portuguese 3 (2, Brazil
and Portugal), Polish 3 (2), Swedish 3 (1), Danish 3 (1), Japanese 3 (2), Korean 3 (2), Chinese 3
(1), Turkish 3 (2), Czech 3 (1), Slovak 2 (2). 127 cited sources on 125 hosts (84 on 82 for the
English half, 43 on 43 for the other languages), none cited by an earlier file. Swedish, Danish
and Slovak are new next to the languages of round 15; Switzerland, Brazil and the United Arab
Emirates are new places. Dates fall between 1 and 27 September 2027, clear of each country's
public holidays (checked with the ``holidays`` package); hiring steps fall on weekdays except a
Saturday open-call day in Dubai and Saturday on-call firefighter tests, and a few weekend events
are practice, volunteering and chores.

New to the corpus, by sector and process (none of round 15's sectors): hotels and hospitality (a
paid working interview at a front desk, a two-part hotel interview with a simulated check-in, a
bell attendant's practical trial, a management company's panel with same-day decisions, a German
trial shift, a Munich hotel casting with a recall, a lakeside hotel interview, a Rio group dynamic,
a Lisbon and a Tatra receptionist interview, a Tokyo hotel's group discussion and an online first
interview), airlines (assessment days, an open-call day with a reach test, a final interview with a
role-play, Spanish castings and psychotechnical tests, Korean practical and executive interviews,
Turkish English and board interviews), law firms (a vacation scheme assessment day, a client
scenario selection event sent through Lever, a partner interview), a civil service fast track (a
one-way video interview, an assessment centre from a notification mailbox), the armed forces (an
officer selection briefing as an all-day event and its interview), fire and rescue (physical
assessment days, role-related tests in PPE, on-call tests, interviews with questions handed over
beforehand), ambulance services (a driving assessment, a critical care selection day, suitability
testing), warehousing and logistics (a job preview test, a same-day hiring event, a staffing
agency's interview, a Dutch agency interview, a Polish agency interview and a paid trial day),
retail store management (an assessment centre, a recorded video interview, an on-job evaluation in
a store, a fast-track first interview), charities and NGOs (panels, a presentation with questions
sent the day before, a service-user panel member named without an address, a Cape Town agency
panel), pharma and biotech (a hiring manager's phone screen, an on-site day with a scientific
presentation scheduled through GoodTime, an Irish QC panel, a Shanghai third round), museums (an
exhibition outline, an object handling task, a Danish museum's committee), shipping (a deck cadet's
crewing interview in Manila, a manning agent's Zoom interview, a tug engineer), oil, gas and subsea
(a practical test and written exam, a video interview from the rig), newsrooms (a copy desk test, a
paid edit test), architecture (a Part 1 interview, an HR phone stage, a Paris and a Geneva
interview), social work (a written exercise and panel), construction (a site interview booked by an
agency, an Italian site foreman and a tile setter's practical, Swedish and Czech selection steps).
Tools and organisers: Teams (English, German, French, Dutch), Zoom (English, Japanese), Google Meet
(Spanish, Portuguese), Webex, phone calls, a Calendly booking, Lever, GoodTime, Workday and
Teamtailor mailboxes, no-reply and notification senders, recruiters, hiring managers, team
mailboxes, agencies (staffing, construction, maritime manning, life sciences search, Belgian and
Dutch selection and temp agencies, a Polish consultancy, a Geneva firm, a South African charity
search) and the owner's own copies.
Look-alikes: the owner on the hiring side (a front office manager, a trainee assessing a group
exercise, a careers consultant observing, a warehouse supervisor, a trustee shortlisting, a lab
head's tour, a mock-interview host, an admissions interviewer, a French agency architect, a Belgian
staff psychologist, a Swedish sales manager, a Danish NGO committee member, a Chinese R&D head),
vendor demos (a hospitality hiring platform, a job preview vendor), webinars and workshops about
interviews, courses and mock interviews, information evenings and open days, job fairs and careers
evenings, licence and course exams (CITB, UDT forklift, STCW, BOSIET, an NVQ observation),
medical checks (fire service, offshore, seafarer, paramedic vaccine, pre-employment, cabin crew
certificate), visas (biometrics in the UK, a visa application centre in Mumbai), onboarding after
an offer (first days, a preboarding call, a right-to-work check, a site induction, a Czech safety
induction), media (the owner interviewed by a correspondent, the owner as a reporter interviewing a
source), an agency's prep call, reference chores, travel chores and plain events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
15's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply, notification and tool mailboxes (an ATS, a scheduling tool), declined guests and bots are
out; people a schedule names as interviewers without an address are listed by name, without
courtesy or job titles (a person both named and invited is listed once, by address); people the
text merely mentions (a receptionist to ask for, an unnamed general manager) are not counted; an
agency's recruiter is thanked with the client's interviewers and the company is the client;
informational chats, fairs, open days, medical checks, background checks, exams for a licence,
courses and admissions are not interviews; trial days and shifts, working interviews, castings,
work samples, edit tests, physical and practical tests, group exercises, assessment centres and the
employer's own tests are hiring steps; a one-way interview or test the owner blocked time for is a
hiring step with nobody to thank; media, user-research and visa interviews are not job interviews.
Decisions this batch had to make where the earlier files were silent carry a one-line comment on
the case; in short:
- an airline's "open day" that is an open-call assessment (reach test, English test, interviews)
  and a hotel's or airline's casting with a recall are hiring steps (yes), unlike an information
  open day (no);
- an employer's online job preview test sent before any interview is the employer's own test
  (yes, nobody to thank);
- a no-obligation half day "getting to know the position" after a passed interview is a hiring
  step like a trial day (yes), thanked to the HR contact it names;
- the interview inside the officer selection briefing is a separate hiring step from the
  all-day briefing itself (both yes);
- a service user on a hiring panel, named without an address, is an interviewer (listed by name).

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b16_intl.py``, split out for length; ``BLIND16`` holds both.

Scored once, at the end of round 16, for docs/detection.md and the README; tuning data since round 17.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b16_intl import (
    CHI,
    DUB,
    DXB,
    INTL16,
    JNB,
    KOL,
    LON,
    MNL,
    NY,
    SELF,
    SYD,
    TEAMS,
    VAN,
    WEBEX,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
HEYHIRE = "https://heyhire.com/blog/working-interview-assess-candidates-real-service"
PILLA = "https://yourpilla.com/blog/hotel-receptionist-interviews"
PILLA_BELL = "https://yourpilla.com/answers/practical-trial-bellhop-job-interview"
ACCOR = "https://careers.accor.com/Pages/Header/GuideLines/Preparing_My_Interview.aspx"
MAGGIE = "http://maggieosullivan.blogspot.com/2012/08"
IHEARTCC = "https://www.iheartcabincrew.com/cabin-crew-assessment-day-group-exercise/"
CCWINGS = "https://www.cabincrewwings.com/recruitment/group-exercise/"
JAKSE = "https://jaksestatletuskou.com/cabin-crew-assessment-day-guide"
LEKTSIA = "https://lektsia.com/13x2ce6.html"
LEGALCHEEK = "https://www.legalcheek.com/2014/03/how-not-to-screw-up-your-vac-scheme-assessment-day/"
WFW = "http://uktrainee.wfw.com/how-to-apply/assessment-days/"
LAWYERPORTAL = "https://www.thelawyerportal.com/blog/vacation-scheme-interview-top-tips/"
JOBTESTSUCCESS = "https://www.jobtestsuccess.com/civil-service-fast-stream-assessment-centre/"
UCHESTER = ("https://universityofchestercareers.wordpress.com/2015/03/27/the-civil-service-fast-stream-assessment-"
            "hints-and-tips-for-success-julie-career-consultant/")
HOW2BECOME = "https://www.how2become.com/blog/civil-service-fast-stream-assessment-centre/"
READKONG = "http://www.readkong.com/page/fast-stream-assessment-centre-fsac-guide-2018-2019-8021355"
LANCSFIRE = "https://lancsfirerescue.org.uk/become-a-firefighter"
RBFRS = "https://www.rbfrs.co.uk/careers/on-call-firefighter/on-call-firefighting/step-3-physical-tests/"
WARWICKS = "https://www.warwickshire.gov.uk/work-fire-rescue/takes-firefighter/2"
CLEVELANDFIRE = "https://www.clevelandfire.gov.uk/recruitment/wholetime-firefighters/physical-assessments/"
WMFS = "https://www.wmfs.net/careers/firefighter/firefighter-selection-process/"
NYFIRE = "https://www.northyorksfire.gov.uk/careers/our-roles/physical-fitness-selection-tests/"
KELLETT = "http://www.briankellett.net/2004/07/252/"
CARETEAM = "https://wmcareteam.com/wmct/recruitment-and-selection/"
PARAMEDICS = "https://www.collegeofparamedics.co.uk/how_to_become_a_paramedic/preparing-for-your-university-interview"
SPOTIDOC = ("http://spotidoc.com/doc/163439/trainee-paramedic-application-information-booklet-excelle...")
THRIVEMAP = "https://thrivemap.io/how-to-hire-warehouse-operatives-recruitment-best-practice-process/"
WAREHOUSEPOD = "https://podcast.app/a-short-break-from-ops-e56487181"
WAREHOUSEBCAST = "https://broadcasts.com/podcasts/warehouse-and-operations-as-a-career/behavior-first-impressions"
RENTRY = "https://rentry.co/38770-the-ultimate-guide-to-structured-hiring-for-warehouse-roles"
MASTERYMIND = ("https://masterymind.co.uk/subjects/warehousing-and-logistics/aim-qualifications/vocational/"
               "interview-techniques")
GRADJOBS = "https://www.graduate-jobs.com/interviews/company/morrisons"
GRADJOBS_RETAIL = "https://www.graduate-jobs.com/interviews/sector/retail?order=most-helpful"
TARGETCAREERS = ("https://targetcareers.co.uk/career-sectors/retail-buying-and-fashion/376-the-retail-apprenticeship-"
                 "interview-process-store-visits-and-on-job-evaluations")
ONWARD = "http://onward-and-hopefully-upward.blogspot.com/2006/03/tesco.html"
NGOJOBS = "http://ngojobs.co.uk/careers-advice/4/the_interview.html"
THIRDSECTOR = "https://www.3rdsectormissioncontrol.co.uk/charity-job-interview-tips/"
NCVO = ("https://www.ncvo.org.uk/help-and-guidance/running-a-charity/employing-managing-staff/recruiting-inducting-"
        "staff/shortlisting-interviewing/")
TOWERHAMLETS = "https://www.towerhamlets.gov.uk/FAQs/VCS-Resources/Managing-people/Interviews.aspx"
HASHTAGNP = ("http://www.hashtagnonprofit.org/features-and-resources/human-resources/charity-careers-africas-top-ten-"
             "tips-for-excellent-interviews")
CAPTIS = "https://captis.com/top-interviewing-tips-for-the-bio-pharma-industry-from-leading-recruiting-expert/"
PHARMACROSSING = "https://www.pharmaceuticalcrossing.com/article/720035/Interviewing-in-the-Bio-Pharma-Industry/"
TALENTMARK = "http://blog.talentmark.com/2016/09/the-72-hour-countdown-to-your-life-science-interview/"
SCIENTIFICJOBS = "https://scientificjobs.ie/interview-strategy"
PEOPLECHEM = ("https://www.peoplewithchemistry.com/media-hub/blog/looking-for-your-next-career-move--here-s-the-"
              "ultimate-guide-to-preparing-for-a-life-sciences-job-interview/")
AOSB_WIX = "https://armyofficerselection.wixsite.com/aosb/aosb-briefing"
POKX = "https://pokx.co.uk/po-pipeline/aosb/briefing"
AOSB_CO = "http://armyofficerselection.co.uk/briefing.html"
STUDENTOFFICER = "http://the-student-officer.blogspot.com/2013"
SEADIGITALIS = "https://www.seadigitalis.com/en/?p=5898"
THENEST = "https://woman.thenest.com/interview-questions-curator-19522.html"
NGTINTERN = "https://www.ngt-internship.com/curatorial-specialist-interview-questions-and-answers-77455"
SEAMANMEM = "https://www.seamanmemories.com/deck-cadet-interview-questions-and-answer-tips/"
MARTIDE = "https://martide.com/en/blog/seaman-interview-questions-answers-cadets"
TUGBOAT = "https://tugboatjobs.net/interviewing.html"
JOBSONSEA = "https://jobsonsea.com/deck-cadet-questions/"
SAILORSUCCESS = "https://sailorsuccess.online/blog/merchant-navy-interview-questions-by-rank-2026"
ROVWORLD = "https://rovworld.com/forums/topic/global-marine-systems/page/2"
OFFSHORECENTER = "http://offshorecenterjobsfinance.blogspot.com/2009/03/bosiet-offshore-survival-courses.html"
OILGASADVICE = "http://www.oilandgasjobsadvice.com/what-to-do-before-interviewing-for-an-oil-rig-job/"
OILRIGWORK = "https://oilrigwork.wixsite.com/information/basic-qualfications"
COSLEIA = "http://cosleia.blogspot.com/2005/05/well-i-was-pretty-unprepared-for-that.html"
SALSALABS = "https://default.salsalabs.org/Ta5945501-351c-434d-8762-ef9f381d60b6/f9925cdf-de6d-449b-8e1e-99e47b6a1123"
OPENNOTEBOOK = "https://www.theopennotebook.com/2023/07/11/journalist-becomes-source-what-to-do-when-the-press-comes-calling/"
ZAMITH = "https://ajh.rodrigozamith.com/sourcing-and-verifying-information/contacting-sources-and-arranging-interviews/"
RESUMLY = "https://www.resumly.ai/practice-interview-for/reporter-interview-questions-answers"
CADSTORE = "http://cadstore.net/what-to-expect-from-a-part-1-architectural-assistant-job-interview.html"
ARCHCAMPUS = "https://archcampus.com/article---interview"
ANDYMATTHEWS = "https://andy-matthews.co.uk/blog/2020/05/09/interviewing-for-an-architecture-job"
ARCHSOCIAL = "https://architecturesocial.com/podcast/first-architecture-job-interview-tips/"
MENTORDINO = "https://mentordino.com/ready-for-your-next-full-time-job"
SOCIALSERVICEWORK = "http://www.socialservicework.com/tag/help/"
CPLPORTFOLIO = "https://portfolio.cpl.co.uk/Social-Work-Matters/201501/opinion-rose-devereux"
SWTOOLKIT = ("https://www.socialworktoolkit.com/communication_skills/effective_professional_communication/"
             "interviewing_service_user")
SCIE = "https://www.scie.org.uk/publications/guides/guide04/mf/11-2.asp"
ITSCONSTRUCTION = "https://itsconstruction.co.uk/career-advice/"
CSCS = "https://www.cscs.uk.com/frequently-asked-questions/who-should-check-cscs-cards/"
HATCONSTRUCTION = "https://hatconstructionsolutions.com/?p=1020"
MONDAQ = "https://www.mondaq.com:443/uk/work-visas/1111100/biometric-appointments-what-you-need-to-know"
MIGREAT = "https://www.migreat.com/en/appointment-uk-visa/"
MHRGLOBAL = "https://mhrglobal.com/uk/en/knowledge-hub/hr/day-one-most-important-successful-onboarding"
GAMFI = "https://gamfi.com/blog/new-employee-onboarding-schedule-what-and-when"
BASICSKILLS = "https://www.basicskillstest.co.uk/the-first-week/"
SHRM = ("https://www.shrm.org/topics-tools/news/talent-acquisition/automation-removes-pain-candidate-interview-"
        "scheduling")


_HOTELS_AIRLINES: list[Case] = [
    # ============================================================ hotels and hospitality
    # heyhire: a paid working interview at the front desk during the busy check-in window
    (event("Working interview (paid, 3 hrs) – Front Desk Agent – The Larkspur Hotel",
           organizer=org("frontoffice@larkspurhotel.com", "Larkspur Front Office"),
           guests=[guest("frontoffice@larkspurhotel.com", "Larkspur Front Office"),
                   guest("d.akintola@larkspurhotel.com", "Dayo Akintola")],
           description="Hi! As discussed, please come in for a short paid shift 3-6pm (our check-in rush). Dayo, our "
                       "Front Office Manager, will pair you with one of our agents. Black trousers, white shirt. "
                       "You'll be paid for the hours.",
           location="The Larkspur Hotel, 212 W Kinzie St, Chicago IL", **at("2027-09-09", "15:00", 180, *CHI)),
     yes(["The Larkspur Hotel", "Larkspur Hotel", "Larkspur", "Larkspurhotel"],
         ["frontoffice@larkspurhotel.com", "d.akintola@larkspurhotel.com"]), "en", HEYHIRE),
    # heyhire: the hiring platform's sales demo for a hotel group the owner runs HR for (vendor demo, no)
    (event("HeyHire demo – working interviews & shift scheduling for 3 properties",
           organizer=org("sales@heyhire.com", "HeyHire Sales"),
           guests=[guest("sales@heyhire.com", "HeyHire Sales"), guest("jordan.p@heyhire.com", "Jordan (Account Exec)")],
           description="30-min walkthrough: posting jobs, booking paid trial shifts, candidate texting." + ZOOM,
           **at("2027-09-14", "11:00", 30, *CHI)),
     None, "en", HEYHIRE),
    # careers.accor: a hotel interview in two parts (the recruiter, then the department head) and a role-play test
    (event("Interview – Guest Relations Agent – Hotel Mirabeau Sydney",
           organizer=org("talent.sydney@hotelmirabeau.com.au", "Hotel Mirabeau Talent"),
           guests=[guest("talent.sydney@hotelmirabeau.com.au", "Hotel Mirabeau Talent"),
                   guest("chloe.vidal@hotelmirabeau.com.au", "Chloé Vidal"),
                   guest("sam.oconnell@hotelmirabeau.com.au", "Sam O'Connell", "needsAction")],
           description="<p>Dear candidate,</p><p>Part 1 with Chloé Vidal (Talent Acquisition). Part 2 with Sam "
                       "O'Connell (Front Office Manager), including a short simulated check-in in English and "
                       "French.</p><p>Please bring a printed CV.</p>",
           location="Hotel Mirabeau, 88 George St, The Rocks NSW", **at("2027-09-08", "10:00", 75, *SYD)),
     yes(["Hotel Mirabeau Sydney", "Hotel Mirabeau", "Mirabeau", "Hotelmirabeau"],
         ["talent.sydney@hotelmirabeau.com.au", "chloe.vidal@hotelmirabeau.com.au", "sam.oconnell@hotelmirabeau.com.au"]),
     "en", ACCOR),
    # yourpilla: a 30-minute practical trial for a bell attendant, noted by the candidate from a phone call
    (event("Bell attendant trial (30 min) + chat w/ head concierge Mateo Ruiz – The Aldwych Grand", organizer=SELF,
           description="They'll have me handle luggage + give directions to 'guests'. Ask for Mateo at the desk. "
                       "Wear smart shoes.",
           location="The Aldwych Grand, 17 Aldwych, London WC2", **at("2027-09-10", "14:30", 60, *LON)),
     yes(["The Aldwych Grand", "Aldwych Grand"], ["Mateo Ruiz"]), "en", PILLA_BELL),
    # yourpilla: the owner, a front office manager, interviews receptionist candidates with a scoring template
    (event("Receptionist interviews x3 – score in Pilla template", organizer=SELF,
           guests=[guest("amira.benn91@gmail.com", "Amira Benn"), guest("k.lowry.work@outlook.com", "Kieran Lowry")],
           description="Q1-Q5 + practical: billing query role-play. Weighting: guest service 35%, communication 25%.",
           location="Back office", **at("2027-09-15", "09:30", 150, *LON)),
     None, "en", PILLA),
    # maggieosullivan: a hotel management company's panel interview with possible follow-up interviews the same day
    (event("Panel interview – Guest Services Representative – Northgate Hospitality Group",
           organizer=org("jana.kowal@northgatehospitality.com", "Jana Kowal"),
           guests=[guest("jana.kowal@northgatehospitality.com", "Jana Kowal")],
           description="Panel: Rhonda Fisk (Sales & Marketing), Tom Averill (HR) and the General Manager of the "
                       "property. After the panel you may meet individually with any of them. Decisions are made on "
                       "the day. Plan for up to 3 hours.",
           location="Northgate Riverside Hotel, 400 Water St, Pittsburgh PA", **at("2027-09-13", "09:00", 180, *NY)),
     yes(["Northgate Hospitality Group", "Northgate Hospitality", "Northgate", "Northgatehospitality"],
         ["jana.kowal@northgatehospitality.com", "Rhonda Fisk", "Tom Averill"]), "en", MAGGIE),
    # maggieosullivan: the candidate's own drive time blocked before the panel (own chore, no)
    (event("Drive to Pittsburgh (2 hrs) – leave by 6:45", organizer=SELF, **at("2027-09-13", "06:45", 120, *NY)),
     None, "en", MAGGIE),
    # ============================================================ airlines
    # iheartcabincrew: the airline's assessment day (group exercise, then the final interview), from a no-reply sender
    (event("Cabin Crew Assessment Day – Meridian Air – Manchester",
           organizer=org("no-reply@meridianair-careers.com", "Meridian Air Careers"),
           guestsCanSeeOtherGuests=False,
           description="Congratulations on reaching the Assessment Day. Schedule: welcome and company presentation, "
                       "group exercise in teams of 8-12, individual final interviews for shortlisted candidates. "
                       "Bring passport, two photos and your certificates. Business attire.",
           location="Airport Hotel Manchester, Outwood Lane, M90 4WP", **at("2027-09-16", "08:30", 480, *LON)),
     yes(["Meridian Air", "Meridianair"], []), "en", IHEARTCC),
    # iheartcabincrew: a paid online workshop on the group exercise run by a former recruiter (training, no)
    (event("Online workshop: Cabin crew group exercise – what recruiters really want",
           organizer=org("events@crewready-academy.com", "CrewReady Academy"),
           description="Live session with a former airline recruiter. Lego task demo, do's and don'ts." + ZOOM,
           **at("2027-09-07", "19:00", 90, *LON)),
     None, "en", IHEARTCC),
    # cabincrewwings: the final interview with a one-to-one role-play scenario after the group stage
    (event("Final interview & role-play – Cabin Crew – Skylark Regional",
           organizer=org("crewrecruitment@skylarkregional.ie", "Skylark Regional Crew Recruitment"),
           guests=[guest("crewrecruitment@skylarkregional.ie", "Skylark Regional Crew Recruitment"),
                   guest("orla.breen@skylarkregional.ie", "Orla Breen"),
                   guest("declan.moy@skylarkregional.ie", "Declan Moy")],
           description="You will take the role of a crew member; our assessors will play passengers. Then a "
                       "20-minute competency interview with Orla Breen (Base Manager) and Declan Moy (Senior Cabin "
                       "Crew).",
           location="Skylark Regional Crew Centre, Dublin Airport", **at("2027-09-21", "11:15", 60, *DUB)),
     yes(["Skylark Regional", "Skylark", "Skylarkregional"],
         ["crewrecruitment@skylarkregional.ie", "orla.breen@skylarkregional.ie", "declan.moy@skylarkregional.ie"]),
     "en", CCWINGS),
    # jaksestatletuskou: an open assessment day with a reach test at 212 cm and an English test (the candidate's copy)
    (event("Sable Airways cabin crew open day – reach test 212cm, English test, final interview if shortlisted",
           organizer=SELF,
           description="Arrive 8:15. 80-100 people expected, ~15-20 picked. Bring CV + passport photo. No heels for "
                       "reach test.",
           location="Conrad Hotel, Sheikh Zayed Rd, Dubai", **at("2027-09-18", "09:00", 540, *DXB)),
     yes(["Sable Airways", "Sable"], []), "en", JAKSE),
    # lektsia: a paid mock assessment day run by a crew training school (practice, no)
    (event("Mock assessment day – Wings Up Academy (group task + mock final)",
           organizer=org("bookings@wingsupacademy.co.uk", "Wings Up Academy"),
           location="Wings Up Academy, 14 Deansgate, Manchester", **at("2027-09-11", "10:00", 300, *LON)),
     None, "en", LEKTSIA),
    # lektsia: a flight attendant the owner knows gives tips over coffee (informational, no)
    (event("Coffee w/ Priya (Skylark crew) – assessment day tips", organizer=SELF,
           guests=[guest("priya.flies@gmail.com", "Priya Raman")],
           location="Bewley's, Grafton St", **at("2027-09-14", "16:00", 45, *DUB)),
     None, "en", LEKTSIA),
]


_LAW_PUBLIC_FORCES: list[Case] = [
    # ============================================================ law firms: vacation schemes
    # legalcheek: a vacation scheme assessment day (firm presentation, chat with trainees, tests, group exercise,
    # partner interview), sent by the graduate recruitment team
    (event("Vacation Scheme Assessment Day – Halloran Pryce LLP",
           organizer=org("graduaterecruitment@halloranpryce.com", "Halloran Pryce Graduate Recruitment"),
           guests=[guest("graduaterecruitment@halloranpryce.com", "Halloran Pryce Graduate Recruitment")],
           guestsCanSeeOtherGuests=False,
           description="9:00 welcome and presentation on the firm\n9:45 coffee with current trainees\n10:30 "
                       "psychometric tests\n12:30 lunch\n13:30 group exercise\n15:00 partner interview (30 min)\n"
                       "16:00 close",
           location="Halloran Pryce LLP, 30 Gresham St, London EC2V", **at("2027-09-15", "09:00", 420, *LON)),
     yes(["Halloran Pryce LLP", "Halloran Pryce", "Halloranpryce"], ["graduaterecruitment@halloranpryce.com"]),
     "en", LEGALCHEEK),
    # legalcheek: the owner, a second-year trainee, assesses a group exercise at the same firm (hiring side)
    (event("Assessor – vac scheme group exercise (Table 3)",
           organizer=org("graduaterecruitment@halloranpryce.com", "Halloran Pryce Graduate Recruitment"),
           description="Observe and score candidates 11-16 on the marking grid. Do not intervene.",
           location="Room 4.02", **at("2027-09-22", "13:30", 90, *LON)),
     None, "en", LEGALCHEEK),
    # uktrainee.wfw: a one-day client-scenario event for the vacation scheme, via Lever
    (event("Vacation scheme selection event – client scenario day (Ashcombe Reid)",
           organizer=org("no-reply@hire.lever.co", "Ashcombe Reid via Lever"),
           guests=[guest("trainee.recruitment@ashcombereid.com", "Ashcombe Reid Trainee Recruitment")],
           description="The day is built around a client scenario: analysis, a written task and a discussion with "
                       "two lawyers. You will also tour the office and meet current trainees.",
           location="Ashcombe Reid, 15 Appold St, London EC2A", **at("2027-09-20", "09:30", 390, *LON)),
     yes(["Ashcombe Reid", "Ashcombereid"], ["trainee.recruitment@ashcombereid.com"]), "en", WFW),
    # thelawyerportal: a vacation scheme interview with a partner and the graduate recruitment manager
    (event("Vac scheme interview – Mercer Lyall (Partner + Graduate Recruitment)",
           organizer=org("hannah.obi@mercerlyall.co.uk", "Hannah Obi"),
           guests=[guest("hannah.obi@mercerlyall.co.uk", "Hannah Obi"),
                   guest("r.thackeray@mercerlyall.co.uk", "Robert Thackeray"),
                   room("c_3f91de02@resource.calendar.google.com", "LDS-6-Kirkgate (4)")],
           description="Motivation, commercial awareness and your application form. 45 minutes.",
           location="Mercer Lyall, 1 Park Row, Leeds", **at("2027-09-09", "14:00", 45, *LON)),
     yes(["Mercer Lyall", "Mercerlyall"], ["hannah.obi@mercerlyall.co.uk", "r.thackeray@mercerlyall.co.uk"]),
     "en", LAWYERPORTAL),
    # thelawyerportal: a practice interview booked with the university careers service (practice, no)
    (event("Practice vac scheme interview – Careers Service (Law)",
           organizer=org("careers-appointments@leedsbeckett-careers.ac.uk", "Careers Appointments"),
           location="Careers Hub, Rose Bowl", **at("2027-09-06", "11:00", 30, *LON)),
     None, "en", LAWYERPORTAL),
    # ============================================================ civil service fast track
    # jobtestsuccess: a one-way video interview the candidate blocked time for before the deadline
    (event("Record Fast Track video interview – Dept for Regional Growth (deadline 23:59)", organizer=SELF,
           description="6 questions, strengths + behaviours. Quiet room, charge laptop.",
           **at("2027-09-02", "19:00", 60, *LON)),
     yes(["Department for Regional Growth", "Dept for Regional Growth", "Regional Growth"], []), "en", JOBTESTSUCCESS),
    # how2become: the assessment centre (written exercise, group exercise, presentation) from a notification mailbox
    (event("Fast Track Assessment Centre (FSAC) – written, group and leadership exercises",
           organizer=org("notifications@publicservice-fasttrack.gov.uk", "Public Service Fast Track"),
           description="Register at the desk on arrival; you'll receive your timetable for the day. Exercises: "
                       "written analysis, group exercise, leadership exercise. Photo ID required.",
           location="FSAC, 1 Horse Guards Rd, London", **at("2027-09-23", "08:00", 510, *LON)),
     yes(["Public Service Fast Track", "Fast Track", "Publicservice-fasttrack"], []), "en", HOW2BECOME),
    # universityofchester: the owner, a careers consultant, observes an assessment centre (visit, no)
    (event("Observe Fast Track assessment centre (careers staff visit)", organizer=SELF,
           description="Observer only – write up tips for students afterwards.",
           location="FSAC, London", **at("2027-09-17", "08:00", 480, *LON)),
     None, "en", UCHESTER),
    # readkong: the candidate's train booking and expenses chore for the assessment centre (own chore, no)
    (event("Book trains to Newcastle for FSAC + save receipts for expenses claim", organizer=SELF,
           **at("2027-09-03", "12:30", 20, *LON)),
     None, "en", READKONG),
    # ============================================================ armed forces
    # armyofficerselection: the officer selection briefing over a day and a half, copied in as all-day events
    (days(event("AOSB Briefing – Westbury (1.5 days)", organizer=SELF,
                description="Group discussion, mental aptitude tests, planning exercise tutorial, interview, bleep "
                            "test + obstacle course, command task. Bring the kit list."),
          "2027-09-13", "2027-09-15"),
     yes(["British Army", "Army", "Army Officer Selection Board", "AOSB"], []), "en", AOSB_WIX),
    # pokx: the briefing interview on motivation, slotted by the syndicate leader (a step inside the briefing)
    (event("Briefing interview – motivation + understanding of an officer's role",
           organizer=org("aosb.syndicate3@armyselection-mod.uk", "Syndicate 3 Leader"),
           guests=[guest("aosb.syndicate3@armyselection-mod.uk", "Syndicate 3 Leader")],
           location="Building 12, Westbury", **at("2027-09-13", "16:20", 20, *LON)),
     yes(["British Army", "Army", "Army Officer Selection Board", "AOSB"], ["aosb.syndicate3@armyselection-mod.uk"]),
     "en", POKX),
    # armyofficerselection.co.uk: the candidate's own training for the shuttle run (own chore, no)
    (event("Bleep test practice – aim 10.2", organizer=SELF, location="Uni sports centre",
           **at("2027-09-07", "07:00", 45, *LON)),
     None, "en", AOSB_CO),
    # the-student-officer: the local careers office's information evening about officer entry (information, no)
    (event("Army careers office – officer entry information evening",
           organizer=org("officer.outreach@armycareers-bristol.uk", "Army Careers Bristol"),
           location="Army Careers Centre, Colston Ave, Bristol", **at("2027-09-02", "18:00", 90, *LON)),
     None, "en", STUDENTOFFICER),
]


_EMERGENCY_LOGISTICS_RETAIL: list[Case] = [
    # ============================================================ fire and rescue
    # lancsfirerescue: the physical assessment day with timed written verbal and numerical tests
    (event("Physical Assessment Day + written tests – Wholetime Firefighter – Calder Fire & Rescue",
           organizer=org("ffrecruitment@calderfire.gov.uk", "Calder Fire Recruitment"),
           description="Ladder lift, casualty evacuation, ladder extension, hose skills, equipment carry, ladder "
                       "climb and enclosed space, then timed paper tests (verbal and numerical). Bring sports kit and "
                       "a pencil.",
           location="Calder Fire & Rescue Training Centre, Euxton Lane", **at("2027-09-08", "08:00", 360, *LON)),
     yes(["Calder Fire & Rescue", "Calder Fire and Rescue Service", "Calder Fire", "Calderfire"],
         ["ffrecruitment@calderfire.gov.uk"]),
     "en", LANCSFIRE),
    # lancsfirerescue: the face-to-face interview, questions handed over ten minutes before
    (event("Firefighter interview (stage 5) – Calder Fire & Rescue",
           organizer=org("ffrecruitment@calderfire.gov.uk", "Calder Fire Recruitment"),
           guests=[guest("ffrecruitment@calderfire.gov.uk", "Calder Fire Recruitment"),
                   guest("gm.hartley@calderfire.gov.uk", "Group Manager Neil Hartley")],
           description="You will receive the questions 10 minutes before. Use the STAR method; examples against the "
                       "employee specification.",
           location="Service HQ, Garstang Rd, Fulwood", **at("2027-09-22", "10:40", 45, *LON)),
     yes(["Calder Fire & Rescue", "Calder Fire and Rescue Service", "Calder Fire", "Calderfire"],
         ["ffrecruitment@calderfire.gov.uk", "gm.hartley@calderfire.gov.uk"]), "en", LANCSFIRE),
    # lancsfirerescue: the medical assessment after the interview (medical check, no)
    (event("Medical assessment – Fire Service Doctor (bring GP consent form)", organizer=SELF,
           location="Occupational Health, Service HQ", **at("2027-09-24", "09:00", 60, *LON)),
     None, "en", LANCSFIRE),
    # rbfrs: the five on-call physical tests at a station, noted by the candidate
    (event("On-call firefighter physical tests – Marlow station (Thames Vale FRS)", organizer=SELF,
           description="Ladder climb w/ harness, enclosed space, equipment assembly, drill ground, ladder lift 15kg.",
           location="Marlow Fire Station, Dean St", **at("2027-09-11", "09:00", 180, *LON)),
     yes(["Thames Vale Fire & Rescue", "Thames Vale FRS", "Thames Vale"], []), "en", RBFRS),
    # warwickshire: the optional awareness day at a fire station before the written tests (information, no)
    (event("On-call awareness day (optional) – Avonford Fire Station",
           organizer=org("oncallrecruitment@avonfordfire.gov.uk", "On-Call Recruitment"),
           description="Find out about the process and try the role-related tests informally.",
           location="Avonford Fire Station, Priory Rd", **at("2027-09-04", "10:00", 180, *LON)),
     None, "en", WARWICKS),
    # wmfs: the behavioural interview stage, held online
    (event("Behavioural interview – Trainee Firefighter – Mercia Fire Service",
           organizer=org("careers@merciafire.org.uk", "Mercia Fire Careers"),
           guests=[guest("careers@merciafire.org.uk", "Mercia Fire Careers"),
                   guest("s.chaudhry@merciafire.org.uk", "Station Commander Sana Chaudhry")],
           description="Exercises mapped to the leadership framework. 50 minutes." + TEAMS,
           **at("2027-09-16", "13:00", 50, *LON)),
     yes(["Mercia Fire Service", "Mercia Fire", "Merciafire"], ["careers@merciafire.org.uk", "s.chaudhry@merciafire.org.uk"]),
     "en", WMFS),
    # clevelandfire: the role-related physical assessment in full PPE (the employer's own test)
    (event("Role Related Assessment (in PPE) – Teesmouth Fire Brigade",
           organizer=org("recruitment@teesmouthfire.gov.uk", "Teesmouth Fire Recruitment"),
           description="Drink 1.5-2 litres the day before. PPE provided. Ladder climb, casualty evacuation (55kg), "
                       "ladder lift, enclosed space in BA set.",
           location="Training Ground, Queens Meadow", **at("2027-09-06", "08:30", 240, *LON)),
     yes(["Teesmouth Fire Brigade", "Teesmouth Fire", "Teesmouthfire"], ["recruitment@teesmouthfire.gov.uk"]), "en", CLEVELANDFIRE),
    # northyorksfire: a leisure-centre bleep test the owner books to check her level before applying (own training)
    (event("Self-test: MSFT 20m (need 8.7) before applying", organizer=SELF, location="Leisure centre sports hall",
           **at("2027-09-01", "18:00", 40, *LON)),
     None, "en", NYFIRE),
    # ============================================================ ambulance services
    # briankellett: a driving assessment in an old minibus as part of an ambulance service's selection
    (event("Driving assessment – Emergency Ambulance Crew – Capital Ambulance Service", organizer=SELF,
           description="Assessor checks: no crossed hands, signalling, gears, not over- or under-confident. Retake "
                       "in 3 months if failed.",
           location="CAS Training Centre, Earls Court", **at("2027-09-07", "10:00", 90, *LON)),
     yes(["Capital Ambulance Service", "Capital Ambulance", "CAS"], []), "en", KELLETT),
    # wmcareteam: a team selection day (documents, interview, clinical skills) for a critical care team
    (event("Selection day – Critical Care Paramedic – Severn CARE Team",
           organizer=org("selection@severncareteam.org", "Severn CARE Team Selection"),
           guests=[guest("selection@severncareteam.org", "Severn CARE Team Selection"),
                   guest("dr.h.mensah@severncareteam.org", "Dr Helen Mensah"),
                   guest("r.gale@severncareteam.org", "Rob Gale", "declined")],
           description="Documentation review, face-to-face interview and a clinical skills assessment. Bring "
                       "originals of all certificates.",
           location="Severn CARE Team base, Strensham", **at("2027-09-20", "08:30", 420, *LON)),
     yes(["Severn CARE Team", "Severn CARE", "Severncareteam"],
         ["selection@severncareteam.org", "dr.h.mensah@severncareteam.org"]), "en", CARETEAM),
    # collegeofparamedics: a university admissions interview for a paramedic degree (admissions, no)
    (event("BSc Paramedic Science – admissions interview (MMI)",
           organizer=org("admissions@westmercia-uni.ac.uk", "Admissions Office"),
           location="Health Sciences Building", **at("2027-09-10", "09:00", 120, *LON)),
     None, "en", PARAMEDICS),
    # spotidoc: the occupational suitability testing stage of a trainee paramedic intake
    (event("Occupational suitability testing – Trainee Paramedic – Coastal Ambulance Service",
           organizer=org("recruitment@coastalambulance.nsw.gov.au", "Coastal Ambulance Recruitment"),
           description="Online aptitude and personality testing under supervision. Candidates who pass will be "
                       "invited to interview.",
           location="Coastal Ambulance, 6 Ferry Rd, Newcastle NSW", **at("2027-09-03", "09:00", 180, *SYD)),
     yes(["Coastal Ambulance Service", "Coastal Ambulance", "Coastalambulance"],
         ["recruitment@coastalambulance.nsw.gov.au"]), "en", SPOTIDOC),
    # spotidoc: a second hepatitis B dose the application needs (medical, no)
    (event("Hep B dose 2 (needed for paramedic application)", organizer=SELF, location="GP clinic",
           **at("2027-09-01", "08:15", 15, *SYD)),
     None, "en", SPOTIDOC),
    # ============================================================ warehousing and logistics
    # thrivemap: a realistic job preview the employer sends before any interview (the employer's own test)
    (event("Kestrel Fulfilment – online job preview for Warehouse Operative (15 min)", organizer=SELF,
           description="Link from their careers site. Scenarios about picking targets, safety, shifts.",
           **at("2027-09-02", "20:00", 20, *LON)),
     yes(["Kestrel Fulfilment", "Kestrel"], []), "en", THRIVEMAP),
    # thrivemap: the assessment vendor's demo for the owner, an operations manager hiring pickers (vendor demo, no)
    (event("ThriveMap intro – job previews for peak hiring", organizer=org("hello@thrivemap.io", "ThriveMap"),
           guests=[guest("hello@thrivemap.io", "ThriveMap")],
           description="Demo of realistic job previews and the job analysis tool." + TEAMS,
           **at("2027-09-09", "10:00", 30, *LON)),
     None, "en", THRIVEMAP),
    # warehouse podcast: a large hiring event where applicants are interviewed on site the same day
    (event("Hiring Event – same-day interviews – Warehouse Associates – Redline Logistics (Atlanta DC)",
           organizer=org("hiringevents@redlinelogistics.com", "Redline Logistics Hiring Events"),
           description="Walk-ins welcome, but your RSVP puts you in the 10:00 group. Bring ID and two references. "
                       "Recruiters interview on site; offers may be made the same day.",
           location="Redline Logistics, 4400 Fulton Industrial Blvd, Atlanta GA", **at("2027-09-14", "10:00", 180, *NY)),
     yes(["Redline Logistics", "Redline", "Redlinelogistics"], ["hiringevents@redlinelogistics.com"]),
     "en", WAREHOUSEPOD),
    # warehouse podcast (behaviour and first impressions): a staffing agency's in-person interview for temp work
    (event("Interview – Forklift Operator (temp-to-hire) – Bluepoint Staffing", organizer=SELF,
           description="Interview with recruiter Marisol Vega. Park in back (free). Bring forklift cert + ID.",
           location="Bluepoint Staffing, 1180 N Loop W, Houston TX", **at("2027-09-08", "09:30", 45, *CHI)),
     yes(["Bluepoint Staffing", "Bluepoint"], ["Marisol Vega"]), "en", WAREHOUSEBCAST),
    # rentry: the owner, a warehouse supervisor, sits on structured interviews for picker/packer roles (hiring side)
    (event("Structured interviews – picker/packer (I score Q4-Q6)",
           organizer=org("hr.dc2@redlinelogistics.com", "DC2 HR"),
           guests=[guest("hr.dc2@redlinelogistics.com", "DC2 HR")],
           description="Same questions, same order, 1-5 scale. Compare scores with HR after the last one.",
           location="DC2 training room", **at("2027-09-17", "13:00", 180, *NY)),
     None, "en", RENTRY),
    # masterymind: a vocational course lesson on interview techniques for warehousing (learning, no)
    (event("AIM Warehousing L1 – Interview techniques (STAR, stock accuracy examples)",
           organizer=org("tutor.brown@eastcoastcollege-learn.ac.uk", "Mr Brown"),
           location="Room C14", **at("2027-09-06", "13:00", 120, *LON)),
     None, "en", MASTERYMIND),
    # ============================================================ retail store management
    # graduate-jobs (Morrisons review): the assessment centre with presentation and a one-to-one with senior management
    (event("Assessment Centre – Store Management Graduate Scheme – Fairway Foods",
           organizer=org("fairwayfoods@myworkday.com", "Fairway Foods via Workday"),
           guests=[guest("graduates@fairwayfoods.co.uk", "Fairway Foods Graduate Resourcing")],
           description="Icebreaker, presentation preparation, individual presentations to two assessors, then a "
                       "one-to-one interview with a member of the senior management team.",
           location="Fairway Foods Head Office, Gain Lane, Bradford", **at("2027-09-21", "09:00", 420, *LON)),
     yes(["Fairway Foods", "Fairwayfoods"], ["graduates@fairwayfoods.co.uk"]), "en", GRADJOBS),
    # graduate-jobs (retail reviews): a one-week window for a recorded video interview, blocked by the candidate
    (event("Fairway Foods video interview – motivation + competency (window closes Fri)", organizer=SELF,
           description="Can re-record. Tie answers to their values.", **at("2027-09-06", "18:00", 60, *LON)),
     yes(["Fairway Foods", "Fairwayfoods"], []), "en", GRADJOBS_RETAIL),
    # targetcareers: an on-job evaluation in a working store for a trainee manager role
    (event("On-job evaluation – Trainee Store Manager – Bramble & Co (Kingston store)",
           organizer=org("storerecruitment@brambleandco.com", "Bramble & Co Store Recruitment"),
           guests=[guest("storerecruitment@brambleandco.com", "Bramble & Co Store Recruitment"),
                   guest("kingston.manager@brambleandco.com", "Kingston Store Manager")],
           description="You'll supervise part of a shift: shop floor, tills and a short team huddle. Comfortable "
                       "shoes.",
           location="Bramble & Co, 22 Clarence St, Kingston upon Thames", **at("2027-09-10", "08:00", 300, *LON)),
     yes(["Bramble & Co", "Bramble and Co", "Bramble", "Brambleandco"],
         ["storerecruitment@brambleandco.com", "kingston.manager@brambleandco.com"]), "en", TARGETCAREERS),
    # onward-and-hopefully-upward: a 9am first interview for a fast-track store manager scheme, before a lecture
    (event("Hartwell's Fasttrack Store Manager – first interview (then 10am lecture!)", organizer=SELF,
           description="Suit. Re-read application. Interviewer: Graham Pike, regional people manager.",
           location="Hartwell's, 2 Portobello Rd, London W11", **at("2027-09-03", "09:00", 45, *LON)),
     yes(["Hartwell's", "Hartwells"], ["Graham Pike"]), "en", ONWARD),
    # onward-and-hopefully-upward: the hotel night before the assessment day (own travel chore, no)
    (event("Hotel check-in – Notting Hill (night before Hartwell's assessment day)", organizer=SELF,
           location="Ashburn Lodge, Pembridge Gardens", **at("2027-09-16", "18:00", 30, *LON)),
     None, "en", ONWARD),
]


_CHARITY_PHARMA_MUSEUMS_SEA: list[Case] = [
    # ============================================================ charities and NGOs
    # ngojobs: a competency-based interview for an international charity's programme role, with a panel
    (event("Interview – Programme Officer (East Africa) – Lifeline Water Trust",
           organizer=org("recruitment@lifelinewater.org.uk", "Lifeline Water Recruitment"),
           guests=[guest("recruitment@lifelinewater.org.uk", "Lifeline Water Recruitment"),
                   guest("g.mwangi@lifelinewater.org.uk", "Grace Mwangi"),
                   guest("p.holt@lifelinewater.org.uk", "Peter Holt")],
           description="Competency-based interview against the person specification; please bring specific "
                       "examples. Panel: Grace Mwangi (Head of Programmes), Peter Holt (Trustee)." + TEAMS,
           **at("2027-09-09", "11:00", 60, *LON)),
     yes(["Lifeline Water Trust", "Lifeline Water", "Lifelinewater"],
         ["recruitment@lifelinewater.org.uk", "g.mwangi@lifelinewater.org.uk", "p.holt@lifelinewater.org.uk"]),
     "en", NGOJOBS),
    # towerhamlets: questions sent 24 hours ahead and a short presentation for a youth work post
    (event("Interview + 10-min presentation – Youth Worker – Brick Lane Youth Collective",
           organizer=org("jobs@bricklaneyouth.org", "BLYC Jobs"),
           guests=[guest("jobs@bricklaneyouth.org", "BLYC Jobs"), guest("femi@bricklaneyouth.org", "Femi Adeyemi")],
           description="We'll email you the interview questions 24 hours before. Presentation topic: engaging young "
                       "people who have dropped out of youth provision. Let us know if you need any adjustments.",
           location="Brick Lane Youth Collective, 95 Hanbury St, London E1", **at("2027-09-15", "16:00", 60, *LON)),
     yes(["Brick Lane Youth Collective", "Brick Lane Youth", "BLYC", "Bricklaneyouth"],
         ["jobs@bricklaneyouth.org", "femi@bricklaneyouth.org"]), "en", TOWERHAMLETS),
    # ncvo: a hospice's panel that includes a person who uses its services, named without an address
    (event("Interview – Volunteer Coordinator – Harbour Hospice",
           organizer=org("people@harbourhospice.org.uk", "Harbour Hospice People Team"),
           guests=[guest("people@harbourhospice.org.uk", "Harbour Hospice People Team"),
                   guest("l.penrose@harbourhospice.org.uk", "Lucy Penrose")],
           description="Your panel: Lucy Penrose (Head of Volunteering), Brian Oduya (a volunteer and service user "
                       "representative) and a member of the People Team.",
           location="Harbour Hospice, Quay Rd, Poole", **at("2027-09-17", "10:30", 60, *LON)),
     yes(["Harbour Hospice", "Harbourhospice"],
         ["people@harbourhospice.org.uk", "l.penrose@harbourhospice.org.uk", "Brian Oduya"]), "en", NCVO),
    # ncvo: the owner, a trustee, shortlists applicants with the panel (hiring side)
    (event("Shortlisting – Head of Fundraising (panel, score vs person spec)", organizer=SELF,
           guests=[guest("chair@harbourhospice.org.uk", "Board Chair"), guest("people@harbourhospice.org.uk",
                                                                             "Harbour Hospice People Team")],
           **at("2027-09-06", "17:30", 90, *LON)),
     None, "en", NCVO),
    # 3rdsectormissioncontrol: a charity recruiter's free webinar on interview tips (webinar, no)
    (event("Webinar: Acing your charity job interview (CAR technique)",
           organizer=org("events@lanternpartnership.org.uk", "Lantern Partnership Events"),
           description="Collated feedback from charity employers + Q&A." + ZOOM, **at("2027-09-08", "12:30", 60, *LON)),
     None, "en", THIRDSECTOR),
    # hashtagnonprofit: an agency-run panel interview at a South African NPO, with the agency associate
    (event("Panel interview – Finance Manager – Ubuntu Literacy Trust (via Charity Talent Africa)",
           organizer=org("jennifer@charitytalentafrica.co.za", "Jennifer Rautenbach"),
           guests=[guest("jennifer@charitytalentafrica.co.za", "Jennifer Rautenbach"),
                   guest("ceo@ubuntuliteracy.org.za", "Thandi Khumalo"),
                   guest("finance.chair@ubuntuliteracy.org.za", "Pieter de Wet")],
           description="Introductions, technical questions, behavioural questions, fit, then your questions.",
           location="Ubuntu Literacy Trust, 12 Bree St, Cape Town", **at("2027-09-14", "10:00", 75, *JNB)),
     yes(["Ubuntu Literacy Trust", "Ubuntu Literacy", "Ubuntuliteracy"],
         ["jennifer@charitytalentafrica.co.za", "ceo@ubuntuliteracy.org.za", "finance.chair@ubuntuliteracy.org.za"]),
     "en", HASHTAGNP),
    # ngojobs: a Saturday volunteering shift at a food bank (volunteering, no)
    (event("Food bank volunteer shift", organizer=org("rota@eastsidefoodbank.org.uk", "Eastside Food Bank Rota"),
           location="St Anne's Hall", **at("2027-09-04", "09:00", 240, *LON)),
     None, "en", NGOJOBS),
    # ============================================================ pharma and biotech labs
    # captis: the hiring manager's phone screen (technical fit, group fit, communication)
    (event("Phone interview w/ hiring manager – Scientist I, Analytical Development – Veridian Therapeutics",
           organizer=org("talent@veridiantx.com", "Veridian Talent"),
           guests=[guest("talent@veridiantx.com", "Veridian Talent"), guest("m.kessler@veridiantx.com", "Mara Kessler")],
           description="Mara Kessler will call you at +1 617 555 0143. ~30 minutes.",
           **at("2027-09-02", "14:00", 30, *NY)),
     yes(["Veridian Therapeutics", "Veridian", "Veridiantx"], ["talent@veridiantx.com", "m.kessler@veridiantx.com"]),
     "en", CAPTIS),
    # pharmaceuticalcrossing: the on-site day around a 45-minute scientific presentation, scheduled through GoodTime
    (event("On-site interview: Scientific presentation + 1:1s – Veridian Therapeutics",
           organizer=org("scheduling@goodtime-mail.io", "Veridian Therapeutics (via GoodTime)"),
           guests=[guest("m.kessler@veridiantx.com", "Mara Kessler"), guest("a.rao@veridiantx.com", "Anand Rao"),
                   guest("j.whitcombe@veridiantx.com", "Julia Whitcombe"),
                   room("c_77ab3102@resource.calendar.google.com", "CAM-3-Seminar (40)")],
           description="9:00 Seminar: your 45-min research presentation + questions\n10:15 Anand Rao (Principal "
                       "Scientist)\n11:00 Julia Whitcombe (Director, AD)\n12:00 Lunch with the team",
           location="Veridian Therapeutics, 300 Binney St, Cambridge MA", **at("2027-09-16", "09:00", 240, *NY)),
     yes(["Veridian Therapeutics", "Veridian", "Veridiantx"],
         ["m.kessler@veridiantx.com", "a.rao@veridiantx.com", "j.whitcombe@veridiantx.com"]), "en", PHARMACROSSING),
    # talentmark: the search consultant's countdown call before the on-site (agency prep, no)
    (event("Prep call – Helix Search (re Veridian on-site)", organizer=org("ben@helixsearch.com", "Ben Carraway"),
           guests=[guest("ben@helixsearch.com", "Ben Carraway")],
           description="Double-check logistics, interviewer names, what they're really after.",
           **at("2027-09-13", "17:00", 20, *NY)),
     None, "en", TALENTMARK),
    # scientificjobs: a QC analyst panel interview at an Irish biologics plant
    (event("Interview – QC Analyst (Micro) – Corrib Biologics",
           organizer=org("hr@corribbio.ie", "Corrib Biologics HR"),
           guests=[guest("hr@corribbio.ie", "Corrib Biologics HR"), guest("aoife.ryan@corribbio.ie", "Aoife Ryan")],
           description="Panel with the QC Micro Lead and HR. Expect questions on our product pipeline and GMP.",
           location="Corrib Biologics, Ballybrit Business Park, Galway", **at("2027-09-22", "10:00", 60, *DUB)),
     yes(["Corrib Biologics", "Corrib", "Corribbio"], ["hr@corribbio.ie", "aoife.ryan@corribbio.ie"]),
     "en", SCIENTIFICJOBS),
    # peoplewithchemistry: a life sciences recruitment agency's open evening (networking, no)
    (event("Life sciences careers evening – meet recruiters", organizer=SELF, location="BioHub, Alderley Park",
           **at("2027-09-09", "18:00", 120, *LON)),
     None, "en", PEOPLECHEM),
    # pharmaceuticalcrossing: the owner, a lab head, hosts a candidate's lab tour during an interview day (hiring side)
    (event("Lab tour for Scientist II candidate (Dr Okafor) – 15 min", organizer=org("talent@veridiantx.com",
                                                                                     "Veridian Talent"),
           guests=[guest("talent@veridiantx.com", "Veridian Talent")],
           location="Lab 3.14", **at("2027-09-23", "11:45", 15, *NY)),
     None, "en", PHARMACROSSING),
    # ============================================================ museums
    # seadigitalis: an assistant curator interview with an exhibition proposal to present
    (event("Interview – Assistant Curator (Maritime Collections) – Harbourside Museum",
           organizer=org("no-reply@teamtailor-mail.com", "Harbourside Museum (Teamtailor)"),
           guests=[guest("recruitment@harboursidemuseum.org", "Harbourside Museum Recruitment"),
                   guest("e.lindqvist@harboursidemuseum.org", "Eva Lindqvist")],
           description="Please prepare a 10-minute outline for a small exhibition drawn from our collection, then a "
                       "45-minute interview with the Head of Collections and an HR partner.",
           location="Harbourside Museum, Canons Way, Bristol", **at("2027-09-20", "14:00", 60, *LON)),
     yes(["Harbourside Museum", "Harbourside", "Harboursidemuseum"],
         ["recruitment@harboursidemuseum.org", "e.lindqvist@harboursidemuseum.org"]), "en", SEADIGITALIS),
    # thenest: a second interview with an object handling task for a collections officer
    (event("2nd interview + object handling task – Collections Officer – Ravensworth Museums Trust",
           organizer=org("hr@ravensworthmuseums.org.uk", "Ravensworth Museums HR"),
           guests=[guest("hr@ravensworthmuseums.org.uk", "Ravensworth Museums HR"),
                   guest("t.marsh@ravensworthmuseums.org.uk", "Tobias Marsh")],
           description="Handle, condition-check and catalogue three objects (gloves provided), then discuss "
                       "acquisition and care with Tobias Marsh (Collections Manager).",
           location="Ravensworth Museum Stores, Unit 4, Gateshead", **at("2027-09-23", "10:00", 90, *LON)),
     yes(["Ravensworth Museums Trust", "Ravensworth Museums", "Ravensworth", "Ravensworthmuseums"],
         ["hr@ravensworthmuseums.org.uk", "t.marsh@ravensworthmuseums.org.uk"]), "en", THENEST),
    # ngt-internship: a museum late event with a panel talk on careers in curating (talk, no)
    (event("Museum Late: 'So you want to be a curator?' panel talk", organizer=SELF,
           location="Harbourside Museum", **at("2027-09-03", "19:00", 90, *LON)),
     None, "en", NGTINTERN),
    # ============================================================ shipping and maritime
    # seamanmemories: a deck cadet's company interview with the crewing manager in Manila
    (event("Deck Cadet interview – Crewing Manager – Pacific Tern Shipping",
           organizer=org("crewing.manila@pacifictern.com.ph", "Pacific Tern Crewing"),
           guests=[guest("crewing.manila@pacifictern.com.ph", "Pacific Tern Crewing"),
                   guest("capt.reyes@pacifictern.com.ph", "Capt. Alfredo Reyes")],
           description="Bring seaman's book, training record book and COCs. Safety questions (MARPOL, fire "
                       "triangle) are common.",
           location="Pacific Tern Shipping, 4/F Marsman Bldg, Port Area, Manila", **at("2027-09-07", "09:00", 60, *MNL)),
     yes(["Pacific Tern Shipping", "Pacific Tern", "Pacifictern"],
         ["crewing.manila@pacifictern.com.ph", "capt.reyes@pacifictern.com.ph"]), "en", SEAMANMEM),
    # martide: a Zoom interview with a tanker operator for a third officer, booked by the manning agent
    (event("Zoom interview – 3rd Officer – Nordhavn Tankers (via Bayside Manning)",
           organizer=org("ops@baysidemanning.ph", "Bayside Manning Ops"),
           guests=[guest("ops@baysidemanning.ph", "Bayside Manning Ops"),
                   guest("fleet.personnel@nordhavntankers.dk", "Nordhavn Fleet Personnel")],
           description="Interviewer: Marine Superintendent Lars Holm. Stable internet, camera on, uniform shirt."
                       + ZOOM,
           **at("2027-09-13", "16:00", 45, *MNL)),
     yes(["Nordhavn Tankers", "Nordhavn", "Nordhavntankers"],
         ["ops@baysidemanning.ph", "fleet.personnel@nordhavntankers.dk", "Lars Holm"]), "en", MARTIDE),
    # tugboatjobs: a towing company's interview for a tug engineer
    (event("Interview – Tug Engineer – Bayline Towing", organizer=SELF,
           description="Port captain Ray Dupuis + HR. Know their fleet (12 tugs, harbor + coastwise).",
           location="Bayline Towing, 2100 Tchoupitoulas St, New Orleans", **at("2027-09-09", "08:30", 60, *CHI)),
     yes(["Bayline Towing", "Bayline"], ["Ray Dupuis"]), "en", TUGBOAT),
    # jobsonsea: a refresher course module (training, no)
    (event("STCW refresher – advanced fire fighting (day 1)", organizer=org("bookings@maritimetraining-ph.com",
                                                                             "Maritime Training Bookings"),
           location="Training Centre, Intramuros", **at("2027-09-02", "08:00", 480, *MNL)),
     None, "en", JOBSONSEA),
    # sailorsuccess: the pre-employment medical before joining a vessel (medical, no)
    (event("PEME – pre-employment medical exam (bring seaman's book)", organizer=SELF,
           location="Ermita Medical Clinic", **at("2027-09-20", "07:30", 180, *MNL)),
     None, "en", SAILORSUCCESS),
]


_ENERGY_MEDIA_DESIGN_CARE_BUILD: list[Case] = [
    # ============================================================ oil, gas and subsea
    # rovworld: a subsea company's practical test, written exam and talk with personnel staff for a trainee ROV tech
    (event("Trainee ROV Pilot Tech – practical test, written exam + interview – Abyssal Subsea",
           organizer=org("personnel@abyssalsubsea.co.uk", "Abyssal Subsea Personnel"),
           guests=[guest("personnel@abyssalsubsea.co.uk", "Abyssal Subsea Personnel")],
           description="Practical (hand skills), written test (basic maths, engineering, physics), then a formal talk "
                       "with Personnel about life on board. Allow 4 hours.",
           location="Abyssal Subsea, Altens Industrial Estate, Aberdeen", **at("2027-09-08", "09:00", 240, *LON)),
     yes(["Abyssal Subsea", "Abyssal", "Abyssalsubsea"], ["personnel@abyssalsubsea.co.uk"]), "en", ROVWORLD),
    # oilandgasjobsadvice: a video interview with the supervisor on the rig, set up from the onshore office
    (event("Video interview w/ rig supervisor – Roustabout – Gulfstar Drilling",
           organizer=org("recruiting@gulfstardrilling.com", "Gulfstar Recruiting"),
           guests=[guest("recruiting@gulfstardrilling.com", "Gulfstar Recruiting"),
                   guest("toolpusher.gs7@gulfstardrilling.com", "Wade Lemoine")],
           description="Wade Lemoine (Toolpusher, Gulfstar 7) will join from the rig; the connection may drop – we'll "
                       "call you back on your phone if it does." + WEBEX,
           **at("2027-09-15", "07:00", 40, *CHI)),
     yes(["Gulfstar Drilling", "Gulfstar", "Gulfstardrilling"],
         ["recruiting@gulfstardrilling.com", "toolpusher.gs7@gulfstardrilling.com"]), "en", OILGASADVICE),
    # offshorecenter: an offshore survival course the job needs, three days (training, no)
    (days(event("BOSIET – offshore survival course (3 days)", organizer=SELF,
                location="Survival Training Centre, Montrose"),
          "2027-09-20", "2027-09-23"),
     None, "en", OFFSHORECENTER),
    # oilrigwork: the physical exam with spinal X-ray and drug screen (medical check, no)
    (event("Offshore medical + spinal X-ray + drug screen (Gulfstar)", organizer=SELF,
           location="Gulf Occupational Health, Houma LA", **at("2027-09-21", "08:00", 150, *CHI)),
     None, "en", OILRIGWORK),
    # ============================================================ newsrooms
    # cosleia: the "interview" that is a 90-minute editing test in a conference room, no references
    (event("Copy editor test (90 min, no references) – The Tidewater Courier",
           organizer=org("newsroom.hiring@tidewatercourier.com", "Tidewater Courier Newsroom"),
           guests=[guest("newsroom.hiring@tidewatercourier.com", "Tidewater Courier Newsroom")],
           description="Grammar and usage, commonly confused words, spelling, names in the news, current events, then "
                       "edit two real stories and write headlines. Ask for Carla at reception.",
           location="The Tidewater Courier, 725 Broad St, Augusta GA", **at("2027-09-10", "13:00", 90, *NY)),
     yes(["The Tidewater Courier", "Tidewater Courier", "Tidewatercourier"], ["newsroom.hiring@tidewatercourier.com"]),
     "en", COSLEIA),
    # salsalabs: a paid edit test at the job's hourly rate, done at home in the evening (a hiring step, nobody to thank)
    (event("Keel Street Media – paid edit test (est. 2-3 h): 3 pitches + headline rewrites", organizer=SELF,
           description="They pay the hourly rate of the role. Submit by Thu 9am.",
           **at("2027-09-07", "19:00", 180, *NY)),
     yes(["Keel Street Media", "Keel Street"], []), "en", SALSALABS),
    # theopennotebook: a broadcaster's correspondent interviews the owner about her data analysis (media, no)
    (event("Interview with Radio Wessex correspondent re: my diversity analysis", organizer=SELF,
           description="Jot down 3 key points. Phone call, ~15 min.", **at("2027-09-03", "11:00", 20, *LON)),
     None, "en", OPENNOTEBOOK),
    # ajh.rodrigozamith: the owner, a reporter, interviews a source for a story (journalism, no)
    (event("Interview: city planner re zoning change (for Sunday piece)", organizer=SELF,
           guests=[guest("l.ferreira@springvale-planning.gov", "Luis Ferreira")],
           description="Agreed 20 min, on record. Record with consent.", **at("2027-09-08", "15:30", 20, *NY)),
     None, "en", ZAMITH),
    # resumly: a timed AI practice pack for reporter interviews (practice, no)
    (event("Practice: reporter interview questions (timed pack)", organizer=SELF, **at("2027-09-05", "10:00", 45, *NY)),
     None, "en", RESUMLY),
    # ============================================================ architecture practices
    # cadstore: a Part 1 architectural assistant interview around the portfolio
    (event("Part 1 Architectural Assistant interview – Whitlow Barnes Architects",
           organizer=org("studio@whitlowbarnes.co.uk", "Whitlow Barnes Studio"),
           guests=[guest("studio@whitlowbarnes.co.uk", "Whitlow Barnes Studio"),
                   guest("nina.whitlow@whitlowbarnes.co.uk", "Nina Whitlow")],
           description="Bring your portfolio (print or iPad). We'll talk about your degree projects and how you "
                       "approached your design thesis, then you can ask us anything.",
           location="Whitlow Barnes Architects, 41 Old St, London EC1V", **at("2027-09-14", "17:00", 60, *LON)),
     yes(["Whitlow Barnes Architects", "Whitlow Barnes", "Whitlowbarnes"],
         ["studio@whitlowbarnes.co.uk", "nina.whitlow@whitlowbarnes.co.uk"]), "en", CADSTORE),
    # archcampus: stage one of a three-stage process, a phone call with HR about the CV, booked through Calendly
    (event("Stage 1 HR call (Orme & Saltire Architects) between Mira Chen and Pat Lee",
           organizer=org("mira.chen@ormesaltire.com", "Mira Chen"),
           guests=[guest("mira.chen@ormesaltire.com", "Mira Chen")],
           description="Event Name: Stage 1 HR call (Orme & Saltire Architects)\n\nLocation: This is a phone call. "
                       "Mira Chen will call the invitee at +44 7700 900412.\n\nPlease share anything that will help "
                       "prepare for our meeting: CV attached; Part 2 in 2028.\n\nNeed to make changes to this "
                       "event?\nCancel: https://calendly.com/cancellations/5b1e\nReschedule: "
                       "https://calendly.com/reschedulings/5b1e\n\nPowered by Calendly.com",
           **at("2027-09-06", "12:00", 20, *LON)),
     yes(["Orme & Saltire Architects", "Orme & Saltire", "Orme and Saltire", "Ormesaltire"],
         ["mira.chen@ormesaltire.com"]), "en", ARCHCAMPUS),
    # andy-matthews: the owner, a practising architect, runs mock interviews with third-year students (teaching, no)
    (event("Mock interviews – 3rd year students (portfolio walkthroughs)", organizer=SELF,
           guests=[guest("y3-studio@port-arch-school.ac.uk", "Year 3 Studio")],
           description="20 mins each, feedback on presentation and pacing." + TEAMS,
           **at("2027-09-16", "14:00", 120, *LON)),
     None, "en", ANDYMATTHEWS),
    # architecturesocial: a live podcast episode on online interview tips (talk, no)
    (event("Architecture Social live – first architecture job interview tips", organizer=SELF,
           **at("2027-09-02", "19:00", 60, *LON)),
     None, "en", ARCHSOCIAL),
    # mentordino: a portfolio review with a mentor before applying for a second job (mentoring, no)
    (event("Portfolio review w/ mentor (Tasha) – second-job applications", organizer=SELF,
           guests=[guest("tasha.kim.arch@gmail.com", "Tasha Kim")], **at("2027-09-04", "10:00", 60, *VAN)),
     None, "en", MENTORDINO),
    # ============================================================ social work
    # socialservicework: a council's social worker interview with a written exercise and a panel
    (event("Interview: written exercise + panel – Social Worker (Children's Services) – Calderbrook Council",
           organizer=org("recruitment@calderbrook.gov.uk", "Calderbrook Council Recruitment"),
           guests=[guest("recruitment@calderbrook.gov.uk", "Calderbrook Council Recruitment"),
                   guest("amanda.shaw@calderbrook.gov.uk", "Amanda Shaw")],
           description="45-minute written case exercise, then a panel interview with the Team Manager (Amanda "
                       "Shaw) and our Young Advisers panel. DBS documents needed on the day.",
           location="Calderbrook Civic Centre, Room 2.11", **at("2027-09-21", "09:30", 120, *LON)),
     yes(["Calderbrook Council", "Calderbrook"],
         ["recruitment@calderbrook.gov.uk", "amanda.shaw@calderbrook.gov.uk"]),
     "en", SOCIALSERVICEWORK),
    # cpl portfolio: the owner sits as an expert interviewer for social work degree admissions (admissions, no)
    (event("Expert interviewer – BA Social Work applicant interviews", organizer=org("admissions@hopeuni-sw.ac.uk",
                                                                                      "Social Work Admissions"),
           location="Hope Park, Eden Building", **at("2027-09-15", "09:30", 240, *LON)),
     None, "en", CPLPORTFOLIO),
    # socialworktoolkit: a skills lab role-playing a first meeting with a reluctant service user (learning, no)
    (event("Skills lab: interviewing a service user (role play, parts 1-4)", organizer=SELF,
           location="Room B12", **at("2027-09-09", "14:00", 120, *LON)),
     None, "en", SWTOOLKIT),
    # scie: a university's training session for service users joining selection panels (training, no)
    (event("Training for service user & carer panel members – student selection",
           organizer=org("involvement@hopeuni-sw.ac.uk", "Service User Involvement"),
           location="Eden Building", **at("2027-09-08", "13:00", 120, *LON)),
     None, "en", SCIE),
    # ============================================================ construction sites
    # itsconstruction: a site visit and interview with a contracts manager, booked by an agency, PPE required
    (event("Site visit + interview – Site Manager – Harrowgate Build (via Keystone Recruitment)",
           organizer=org("dom@keystoneconrec.co.uk", "Dom Pellow"),
           guests=[guest("dom@keystoneconrec.co.uk", "Dom Pellow"),
                   guest("contracts.manager@harrowgatebuild.co.uk", "Steve Garside")],
           description="Meet Steve Garside (Contracts Manager) at the site cabin. Bring hard hat, boots, hi-vis and "
                       "your black CSCS card.",
           location="Harrowgate Build, Kirkstall Forge site, Leeds LS5", **at("2027-09-10", "07:30", 90, *LON)),
     yes(["Harrowgate Build", "Harrowgate", "Harrowgatebuild"],
         ["dom@keystoneconrec.co.uk", "contracts.manager@harrowgatebuild.co.uk"]), "en", ITSCONSTRUCTION),
    # itsconstruction: the touch screen health, safety and environment test for a card (licence exam, no)
    (event("CITB HS&E test – Managers & Professionals (touch screen)", organizer=SELF,
           location="Pearson test centre, Leeds", **at("2027-09-03", "11:00", 90, *LON)),
     None, "en", ITSCONSTRUCTION),
    # hatconstructionsolutions: an on-site observation for a site management qualification (qualification, no)
    (event("NVQ L6 site management – assessor observation on site", organizer=org("assessor@hatcs-training.co.uk",
                                                                                 "NVQ Assessor"),
           location="Current site – Holbeck", **at("2027-09-17", "08:00", 180, *LON)),
     None, "en", HATCONSTRUCTION),
    # cscs: the first day's card check and induction at the new site after the job offer (onboarding, no)
    (event("Day 1 – site induction + CSCS card check at gate", organizer=SELF,
           location="Harrowgate Build, Kirkstall Forge site", **at("2027-09-27", "07:00", 120, *LON)),
     None, "en", CSCS),
    # ============================================================ visas, onboarding and webinars
    # mondaq: the biometrics enrolment appointment for a skilled worker visa (visa, no)
    (event("UKVCAS biometrics appointment – Skilled Worker visa", organizer=SELF,
           description="Bring passport + appointment confirmation. Docs already uploaded.",
           location="UKVCAS Service Point, Croydon", **at("2027-09-06", "09:20", 30, *LON)),
     None, "en", MONDAQ),
    # migreat: a visa application centre appointment abroad with original documents (visa, no)
    (event("VFS visa application centre – submit docs + biometrics", organizer=SELF,
           location="VFS Global, Nariman Point, Mumbai", **at("2027-09-02", "10:30", 60, *KOL)),
     None, "en", MIGREAT),
    # mhrglobal: the new starter's first day after accepting an offer (onboarding, no)
    (event("First day @ Veridian – badge, laptop, H&S induction", organizer=org("onboarding@veridiantx.com",
                                                                               "Veridian Onboarding"),
           guests=[guest("onboarding@veridiantx.com", "Veridian Onboarding"), guest("m.kessler@veridiantx.com",
                                                                                  "Mara Kessler")],
           location="300 Binney St, reception", **at("2027-09-27", "08:30", 240, *NY)),
     None, "en", MHRGLOBAL),
    # gamfi: a preboarding call with the HR buddy between offer and start (onboarding, no)
    (event("Preboarding call w/ HR buddy – paperwork + first week plan", organizer=org("people@ormesaltire.com",
                                                                                      "Orme & Saltire People"),
           guests=[guest("people@ormesaltire.com", "Orme & Saltire People")], **at("2027-09-22", "12:30", 30, *LON)),
     None, "en", GAMFI),
    # basicskillstest: the pre-employment medical made a condition of the offer (medical, no)
    (event("Pre-employment medical (condition of offer) – Moorgate health centre", organizer=SELF,
           location="Health centre, Moorgate", **at("2027-09-14", "08:00", 45, *LON)),
     None, "en", BASICSKILLS),
    # shrm: an HR association webinar on automating interview scheduling (webinar, no)
    (event("Webinar: Automation removes the pain from interview scheduling",
           organizer=org("webinars@hr-community-events.org", "HR Community Webinars"),
           description="Panel with talent ops leads; CPD credit available." + ZOOM, **at("2027-09-01", "13:00", 60, *NY)),
     None, "en", SHRM),
    # mhrglobal: the right-to-work check with HR before the start date (onboarding, no)
    (event("Right to work check – share code + passport (HR)", organizer=org("hr@harrowgatebuild.co.uk",
                                                                            "Harrowgate HR"),
           guests=[guest("hr@harrowgatebuild.co.uk", "Harrowgate HR")], **at("2027-09-20", "16:00", 15, *LON)),
     None, "en", MHRGLOBAL),
]

ENGLISH16: list[Case] = [*_HOTELS_AIRLINES, *_LAW_PUBLIC_FORCES, *_EMERGENCY_LOGISTICS_RETAIL,
                         *_CHARITY_PHARMA_MUSEUMS_SEA, *_ENERGY_MEDIA_DESIGN_CARE_BUILD]



def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b16-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b16-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND16: list[Case] = [_tagged(case) for case in (*ENGLISH16, *INTL16)]

_ids = [case[0]["id"] for case in BLIND16]
assert len(_ids) == len(set(_ids)), "two cases share an id"
