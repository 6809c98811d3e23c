"""Blind batch 22 of the real-material corpus (issue #15, round 22): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff,
plus ``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets and dates). Same
conventions as ``real_cases.py`` and the b2 to b21 files: each case re-creates, as Google Calendar
would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, all-day events, location, conference text), a wording or a
process documented on the public page cited in its source; names, companies and addresses are
invented (company domains look like real ones; none under a reserved name); the wording is
paraphrased, not copied. Public bodies that cannot be invented keep their real names where the
process is theirs (the City of San Diego's aquatics tryouts, Pima County's parks department, HM
Prison and Probation Service and its veterans' assessment centre, Ontario's Ministry of the
Solicitor General, the pre-registration pharmacists' national recruitment under Health Education
England, the Tamil Nadu Public Service Commission, the Ephorate of Antiquities of Grevena, Frontier
Hospital in Komani); where a page named a real firm, church, union, agency or hospital, an invented
one took its place. Every source is new to the corpus: no URL and no host name cited by an earlier
data file in tests/data (checked with a grep over tests/data/*.py for the URL and the host before
each was used, and again over the whole list at the end; hosts already cited, such as railforums,
thetraindriveracademy, gradaustralia, watersafetyguy, aquaticsintl, casinodealersnews, learntodeal,
vegas-aces, skybrary, docsbay, how2become, practice4me, cvblade, climbtheladder, joemckeever,
puritanboard, workbred, collegeofparamedics, hilan, leadersnet, pilat, emosahebe, busulla,
kastori, lvportals, posao.hr, gyanpark, kursiv, maslahat.media, samband.is, vinnumalastofnun,
ice.ge, fti.or.th, workability.gr, jobinterview.gr, almuheet, hbrarabic, doda or rikunabi, were
left out; glassdoor.es is used once, other Glassdoor country hosts being cited). Event ids are
prefixed "b22-" so they stay unique across the corpus.

What it holds: 159 events, 83 job interviews (or hiring steps) the owner attends as the candidate
and 76 non-interviews; 98 in English (50 interviews; the US, Canada, the UK, Ireland, Australia,
New Zealand, South Africa, Ghana, Zimbabwe, Nigeria, Kenya, Uganda, India, Pakistan, Singapore,
Malaysia and the Philippines) and 61 in 20 other languages (33 interviews): Russian 5 (2,
Kyrgyzstan and Russia), Japanese 5 (3), Arabic 5 (4, Saudi Arabia, Yemen, Algeria), Albanian 4 (3,
Albania and Kosovo), Thai 4 (2), Persian 4 (2), Kazakh 3 (2), Uzbek 3 (2, Cyrillic and Latin),
Georgian 3 (2), Latvian 3 (2), Serbian 3 (2, Cyrillic), Icelandic 3 (2), Greek 3 (1), Tamil 3 (1),
Zulu 3 (1), Lao 2 (1), Xhosa 2 (1), Basque 1 (0), Hausa 1 (0) and Somali 1 (0). Scripts other
than Latin: Cyrillic (Russian, Kazakh, Uzbek, Serbian), Georgian, Greek, Thai, Lao, Tamil, Han and
kana (Japanese) and Arabic script (Arabic, Persian). Lao, Hausa, Somali, Xhosa and Zulu are new
to the corpus; Kazakh, Uzbek, Georgian, Albanian, Latvian, Serbian, Icelandic and Basque were thin
(Hausa, Somali and Basque are look-alikes only: a radio guest, a television interview, a podcast
recording). 75 cited sources on 74 hosts (36 for the English half, 39 more for the other
languages), none cited by an earlier file. The owner's own typed entries are 63 of 159 (40 %):
the rest are invitations from employers' recruiting mailboxes and HR teams (some with a no-reply
assessment or booking platform as organiser), graduate teams, practice managers, shop owners, a
search committee, a union's hiring committee, agencies' vendor managers, a Tokyo agent for its
client, booking systems, clinics, vendors, journalists, coaches and event organisers.
Dates fall between 20 September and 31 October 2028 (no earlier batch's events use these weeks).
Offsets come from ``zoneinfo`` through ``zat`` (in ``real_cases_b22_intl.py``): New Zealand on
+13:00 from 24 September, New South Wales on +11:00 from 1 October, Queensland and Western
Australia on standard time, Europe back on winter time on 29 October, North America on summer
time, Iran at +03:30, Kazakhstan at +05:00, Kyrgyzstan at +06:00. Every event is clear of its
country's public holidays as the ``holidays`` package lists them (with the state or province
where holidays differ: Western Australia's King's Birthday on 25 September, Queensland's King's
Birthday and New South Wales' Labour Day on 2 October, New Zealand's Labour Day, Ontario's
Thanksgiving, Heritage Day, Ghana's Founder's Day, Nigeria's National Day, Kenya's Mazingira and
Mashujaa Days, Uganda's Independence Day, India's Dussehra, Gandhi Jayanti and Diwali, Saudi
National Day, Yemen's Revolution and Liberation Days, Uzbekistan's Teachers' Day, Georgia's
Svetitskhovloba, Kazakhstan's Republic Day, Thailand's two memorial days, Japan's Autumnal Equinox
and Sports Day, Greece's Ohi Day, Iran's Martyrdom of Fatima, Ireland's October bank holiday);
working weeks are Sunday to Thursday in Saudi Arabia, Yemen and Algeria and Saturday to Wednesday
in Iran. Every hiring step falls on a working day; only look-alikes (an exam, practice, a
lifeguarding course's pre-test, a charity night, a church service, a skills test the owner runs)
fall on weekends.

New to the corpus, by sector and process (none of rounds 18 to 21's sectors): mining graduate
programmes (a platform's psychometric pre-screen before the assessment centre, a Perth assessment
centre with group and practical exercises and an interview, the owner as assessor, a Ghanaian gold
miner's phone interview, a Harare platinum miner's panel, an Indian coal company's HR round, the
medical, a fly-in-fly-out swing, a fair and a webinar), dental nursing (a practice manager's and
principal's interview, a Dublin working interview, video interviews in New Zealand and Singapore, a
Sandton practice, researching the practice, the owner interviewing, a mock interview, the owner's
check-up, a probation review), veterinary nursing admissions (an interview day and an online
assessment as look-alikes), lifeguards (a city's tryout, an ocean tryout's timed swim, a county's
screening class and its interview after training, a Langkawi resort, a course's prerequisites, the
owner running the test), casino dealers (auditions graded by a pit supervisor in Manila and Lagos,
a Singapore resort's first interview, a dealing school's final audition, orientation, work permit
biometrics, a charity night, a podcast), air traffic control (an English proficiency call, the
aptitude centre, the competency interview, practice, coaching, the class 3 medical), prison
officers (a veterans' one-day assessment centre, an online assessment centre, an Ontario phone
screen, practice tests, a sift panel, security vetting), solar and electrical trades (a chat with a
solar installer's owner, apprentice interviews in Brisbane and Burnaby, a Nairobi technician's
wiring test, the owner interviewing an apprentice, a software demo, a careers-site profile and a
newspaper interview of the owner, a home install), pharmacy (a hospital's preregistration
interview with calculations, the national recruitment's selection centre, interviews in Kuala
Lumpur, Lagos, Kampala and Bulawayo, ranking hospitals, revision, a user-research interview),
churches (a pulpit search committee's phone interview and the elders' dinner interview, a Nairobi
youth pastor's panel, the owner on a search committee, a council meeting, a Sunday service), trade
unions (a staff representative's panel, a communications officer's three-hour assignment after the
first interview, the owner briefing a panel, an AGM, an information session), translation agencies
(a paid test translation, a qualification test, in-house interviews in Pasig, Lahore and Accra,
the owner reviewing a test, sending CVs, a webinar), ambulance services (an interview arranged by
the job centre, a Johannesburg emergency care assistant, a Wellington trainee paramedic, the C1
theory test, the blue light course after the hire) and florists (a design trial, a bouquet test
on a budget, a Galway seasonal post, following up, the owner on a panel). In other languages: a
Bishkek fuel company's phone interview and depot head's interview, the owner's case interview and
a webinar for employers; a Kazakh construction firm and a logistics firm's second stage; an Uzbek
textile firm's trial interview, a trading firm's second stage and a nurse on the radio; a Georgian
trading firm's interview and case with the director; a Tirana logistics firm's second interview and
practical test and a Pristina pharmacy; a Riga logistics firm and the owner's selection interviews;
a Serbian water utility's commission, a Novi Sad software firm and a course for interviewers;
Icelandic first and second interviews; a Greek ephorate's fixed-term hiring, an ASEP proclamation
and a radio interview; a Bangkok hospital's phone and video interviews and orientation; the Tamil
Nadu commission's Group II interview and main exam; a Japanese machine maker's first and final
interviews, an agent's second interview for its client and an information session; Saudi, Yemeni
and Algerian interviews, tests and a talk; Tehran interviews scheduled through a recruitment app
and its sales demo; a Vientiane trading firm and a street cleaner's interview by a reporter; a
Komani hospital's nurse interviews and a Durban driver's interview, with fake-job warnings.
Tools and organisers: Teams, Zoom, Google Meet and Webex texts, HTML descriptions (an assessment
platform, a graduate team's agenda), room resources, two all-day events over several days,
tentative and unanswered guests, group mailboxes (a church's elders), no-reply platforms, an agency
for its client, and the owner's own copies, several naming the interviewers only in the title or
description.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
21's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
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
- a mining graduate programme's psychometric pre-screen from an assessment platform is the
  employer's own test (yes, nobody to thank); the owner as assessor at the centre is not;
- a city's or county's lifeguard tryout or screening class run by the employer before its training
  and interview is a hiring step (yes); a lifeguarding course's swimming prerequisites are a
  course (no);
- a casino's dealing audition is a hiring step; a dealing school's final audition is training (no);
- the pre-registration pharmacists' national recruitment selection centre, which ranks applicants
  for trainee posts, is treated like a commission that fills posts (yes, no one to thank);
- a paid test translation or an agency's qualification test for a freelance translator is a
  hiring step (yes, the agency's vendor mailbox thanked); the owner reviewing someone's test is not;
- a union's assignment set straight after the first interview is a hiring step (yes, the HR mailbox);
- a church's elders' mailbox is a group address and is not thanked; a search committee's chair's
  mailbox is;
- a veterinary nursing course's interview day is an admission (no).

The English cases are here; the cases in other languages (and the zones, ``zat`` and the conference
texts both halves use) are in ``real_cases_b22_intl.py``, split out for length; ``BLIND22`` holds
both.

Scored once, at the end of round 22, for docs/detection.md and the README; tuning data since round 23.
"""

from __future__ import annotations

from detect_cases import SELF, Case, days, event, guest, org, room, yes
from real_cases_b22_intl import INTL22, JNB, KOL, LOS, MEET22, TEAMS22, WEBEX22, ZOOM22, zat

# Zones (IANA names) of the English half.
PER = "Australia/Perth"
BNE = "Australia/Brisbane"
SYD = "Australia/Sydney"
AKL = "Pacific/Auckland"
LON = "Europe/London"
DUB = "Europe/Dublin"
LAX = "America/Los_Angeles"
PHX = "America/Phoenix"
CHI = "America/Chicago"
NYC = "America/New_York"
TOR = "America/Toronto"
VAN = "America/Vancouver"
ACC = "Africa/Accra"
HRE = "Africa/Harare"
NBO = "Africa/Nairobi"
KLA = "Africa/Kampala"
KHI = "Asia/Karachi"
SIN = "Asia/Singapore"
KUL = "Asia/Kuala_Lumpur"
MNL = "Asia/Manila"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data file,
# checked with a grep over tests/data/*.py for the URL and the host before each was used).
PEOPLESOL = "https://people-solutions.com.au/case-study/graduate-assessment-centres-mining"
MECMINING = ("https://www.mecmining.com.au/five-top-tips-for-choosing-the-right-role-career-opportunities-for-"
             "graduate-mining-engineers/")
MEDMATCH = "https://medmatch.co.uk/how-to-shine-during-your-dental-nurse-interview"
MDX = ("https://www.mdx.ac.uk/study-with-us/undergraduate/interviews-portfolios-and-auditions/veterinary-nursing-"
       "application-and-interviews")
CBS8 = "http://www.cbs8.com/story/40159016/city-of-san-diego-to-hold-tryouts-for-summer-pool-lifeguard-jobs"
WATERMEN = "https://originalwatermen.com/blog/want-lifeguard-job-expect-lifeguard-tryouts/"
PIMA = "https://tucsonazseniorliving.com/put-to-the-test-aspiring-pima-county-lifeguards-take-first-steps-to-training/"
JOBMONKEY = "https://www.jobmonkey.com/casino/audition/"
CAREERATC = "http://www.careeratc.com/air-traffic-controllers-interview/"
AIJ = "https://advance-into-justice.service.justice.gov.uk/assessment-centre-tips"
PRISONBLOG = "https://prisonjobs.blog.gov.uk/2023/09/01/spotlight-the-prison-officer-online-assessment-centre"
JOBTESTPREP = "https://www.jobtestprep.co.uk/prison-officer-assessment-day"
ACHQ = "https://www.assessmentcentrehq.com/prison-officer-assessment-day/"
PRISONOFFICERS = "https://www.prisonofficers.org.uk/viewtopic.php?f=25&t=17"
ISEEK = "http://www.iseek.org/industry/energy/careers/solar-panel-installer-interview.html"
SOLARGAI = "https://solargai.com/want-advice-on-how-to-land-a-job-in-solar/"
AROFLO = "https://aroflo.com/blog/electrician-apprenticeship-interview-questions"
PJ_PREREG = "https://jobs.pharmaceutical-journal.com/article/the-preregistration-interview/"
PJ_CALC = "https://pharmaceutical-journal.com/article/feature/how-to-ace-pharmacy-calculations"
LASE = "https://www.lasepharmacy.hee.nhs.uk/national-recruitment/methods-of-assessment/"
NOTTS = "https://blogs.nottingham.ac.uk/pharmacy/2016/12/15/want-hospital-pharmacy-pre-reg/"
JERRIEBARBER = "http://www.jerriebarber.com/?s=The+Search&submit=Search"
NEWSHEPHERDS = "https://www.newshepherdsorientation.com/trying-out"
BIBLETEACHER = "http://www.bibleteacher.org/PastorSearchCommittee.htm"
HARVEYEARLS = "https://harveyearls.wordpress.com/2011/08/26/my-thoughts-about-a-pastoral-search-committee/"
LABOURLEAD = "http://labourleadership.com/Interview_Skills.html"
AMAPCEO = "https://www.glassdoor.es/Entrevista/AMAPCEO-Entrevista-E1143727-RVW78827976.htm"
PERSONNELTODAY = "http://www.personneltoday.com/hr/making-a-difference-attracts-top-talent/"
TRANSJOURNAL = "https://translatorsjournal.com/should-i-accept-translation-tests-to-get-hired-as-a-freelance-translator"
CWT = "https://copywritingandtranslation.com/freelance-translator-recruitment/"
RITAMAIA = "https://ritamaia.com/blog/translation-tests-tantrums"
RIXTRANS = "http://blog.rixtrans.com/2013/04/"
TECHNOLEX = ("https://technolex.com/articles/kriterii-vybora-frilenserov-dlya-vypolneniya-proektov-v-byuro-"
             "perevodov.html")
CLIVEMULLIS = "http://clivemullis.com/2013/08/15/interview-time-2/"
FLORALDESIGN = ("https://reddit.craftcat.dev/r/FloralDesign/comments/1lkqzsq/have_a_design_trialinterview_tomorrow_"
                "please_give")
FLORISTS = "https://redlib.astronima.party/r/florists/comments/1qpfq2g/looking_for_friendly_advice"

_MINING_DENTAL_VET_LIFEGUARDS: list[Case] = [
    # ============================================================ mining graduates (Australia, Ghana, Zimbabwe, South Africa)
    # people-solutions: a concise personality and cognitive assessment pre-screens graduate applicants before the
    # assessment centre (a one-way test from the assessment platform: a hiring step with nobody to thank)
    (event("Online assessment – Halloran Resources 2029 Graduate Program (personality + cognitive)",
           organizer=org("no-reply@cognify-assess.com.au", "Cognify Assessments"),
           description="<p>On behalf of <b>Halloran Resources</b>, please complete your online assessment by "
                       "<b>Friday 22 September, 5pm AWST</b>.</p><p>Allow 40 minutes in a quiet place. Results are "
                       "mapped against Halloran's values.</p><p>This mailbox is not monitored.</p>",
           **zat("2028-09-21", "18:00", 40, PER)),
     yes(["Halloran Resources", "Halloran"], []), "en", PEOPLESOL),
    # people-solutions: the in-person assessment centre (group and practical activities, interviews, Q&A with
    # assessors); the graduate team invites, two assessors named and invited
    (event("Halloran Resources Graduate Assessment Centre – Perth",
           organizer=org("graduates@halloranresources.com.au", "Halloran Graduate Team"),
           guests=[guest("graduates@halloranresources.com.au", "Halloran Graduate Team"),
                   guest("m.kovac@halloranresources.com.au", "Marta Kovac"),
                   guest("j.whitehead@halloranresources.com.au", "James Whitehead", "needsAction"),
                   room("c_188halloran@resource.calendar.google.com", "Perth-L12-Training Room (40)")],
           description="<p><b>Agenda</b></p><ul><li>8:30 Welcome &amp; safety brief</li><li>9:00 Group problem-solving "
                       "activity</li><li>10:30 Practical exercise</li><li>12:00 Lunch with current graduates</li>"
                       "<li>13:00 Interview (Marta Kovac, James Whitehead)</li><li>14:30 Q&amp;A</li></ul>",
           location="Halloran Resources, Level 12, 200 St Georges Tce, Perth WA", **zat("2028-10-11", "08:30", 420, PER)),
     yes(["Halloran Resources", "Halloran"],
         ["graduates@halloranresources.com.au", "m.kovac@halloranresources.com.au", "j.whitehead@halloranresources.com.au"]),
     "en", PEOPLESOL),
    # people-solutions: the owner, a mining engineer, is an assessor at the same centre (hiring side, no)
    (event("Assessor – Graduate AC group activity (stream B, 6 candidates)",
           organizer=org("graduates@halloranresources.com.au", "Halloran Graduate Team"),
           guests=[guest("m.kovac@halloranresources.com.au", "Marta Kovac")],
           description="Score against the values rubric. Traffic-light summary due by 5pm.",
           location="Perth-L12-Training Room", **zat("2028-10-12", "08:30", 240, PER)),
     None, "en", PEOPLESOL),
    # mecmining: flights and camp for the first fly-in-fly-out roster after the offer (work, no)
    (days(event("FIFO swing 1 – Karlawinda Hub (8/6 roster), flights QF1990", organizer=SELF), "2028-10-30",
          "2028-11-07"),
     None, "en", MECMINING),
    # mecmining: a gold miner's graduate phone interview in Ghana (yes)
    (event("Phone interview – Graduate Mining Engineer, Birim Ridge Gold Ltd",
           organizer=org("recruitment@birimridgegold.com.gh", "Birim Ridge Gold – Recruitment"),
           guests=[guest("recruitment@birimridgegold.com.gh", "Birim Ridge Gold – Recruitment"),
                   guest("k.owusu@birimridgegold.com.gh", "Kwame Owusu")],
           description="Kwame Owusu (Mine Technical Services Superintendent) will call you. 30 minutes.",
           **zat("2028-09-27", "10:00", 30, "Africa/Accra")),
     yes(["Birim Ridge Gold", "Birim Ridge Gold Ltd"], ["recruitment@birimridgegold.com.gh", "k.owusu@birimridgegold.com.gh"]),
     "en", MECMINING),
    # people-solutions: a panel interview at a platinum miner in Harare, the owner's own copy naming the panel (yes)
    (event("Interview – Mine Surveyor, Mhondoro Platinum (panel: HR, chief surveyor Tendai Moyo, mine manager)",
           organizer=SELF, description="Bring certified copies + survey logbook. Panel: Rutendo Chikwanha (HR), "
                                       "Tendai Moyo, Farai Ncube.",
           location="Mhondoro Platinum, 14 Samora Machel Ave, Harare", **zat("2028-10-04", "09:00", 60, HRE)),
     yes(["Mhondoro Platinum"], ["Rutendo Chikwanha", "Tendai Moyo", "Farai Ncube"]), "en", PEOPLESOL),
    # mecmining: a careers webinar on graduate programmes in mining (no)
    (event("Webinar: choosing a mining graduate program – rosters, rotations, FIFO (SA Mining Careers Network)",
           organizer=org("events@saminingcareers.org.za", "SA Mining Careers Network"),
           description="Register link inside. Recording shared afterwards." + ZOOM22, **zat("2028-09-28", "17:00", 60, JNB)),
     None, "en", MECMINING),
    # people-solutions: the pre-employment medical after the offer (a medical check, no)
    (event("Pre-employment medical – Halloran (audiometry, spirometry, D&A)",
           organizer=org("bookings@minemed-wa.com.au", "MineMed WA Bookings"),
           location="MineMed, 44 Adelaide Tce, East Perth", **zat("2028-10-19", "07:30", 120, PER)),
     None, "en", PEOPLESOL),
    # ============================================================ dental nurses (UK, Ireland, New Zealand, Singapore)
    # medmatch: an interview at the practice with the practice manager and the principal dentist (yes)
    (event("Interview – Trainee Dental Nurse, Riverside Smiles Dental (Leeds)",
           organizer=org("manager@riversidesmiles.co.uk", "Helen Ashworth"),
           guests=[guest("manager@riversidesmiles.co.uk", "Helen Ashworth"),
                   guest("dr.patel@riversidesmiles.co.uk", "Ravi Patel")],
           description="Hi, thanks for applying. You'll meet Helen (Practice Manager) and Dr Ravi Patel (Principal). "
                       "We'll show you round the surgeries afterwards.",
           location="Riverside Smiles Dental, 9 Kirkstall Rd, Leeds", **zat("2028-09-26", "12:30", 45, LON)),
     yes(["Riverside Smiles Dental", "Riverside Smiles"], ["manager@riversidesmiles.co.uk", "dr.patel@riversidesmiles.co.uk"]),
     "en", MEDMATCH),
    # medmatch: a half-day working interview at a Dublin practice, the owner's copy (a trial, yes)
    (event("Working interview (half day) – Dental Nurse, Mellowfield Dental – shadow Aoife Byrne, Dr Niall Kavanagh",
           organizer=SELF, description="Scrubs + flat shoes. Bring NMBI/DCI stuff.",
           location="Mellowfield Dental, Ranelagh, Dublin 6", **zat("2028-10-05", "08:30", 240, DUB)),
     yes(["Mellowfield Dental", "Mellowfield"], ["Aoife Byrne", "Niall Kavanagh"]), "en", MEDMATCH),
    # medmatch: researching the practice (reviews, treatments, inspection report) before the interview (a chore, no)
    (event("Research Mellowfield Dental – Google reviews, treatments, inspection report, socials", organizer=SELF,
           **zat("2028-10-03", "20:00", 45, DUB)),
     None, "en", MEDMATCH),
    # medmatch: the owner, a practice manager, interviews an applicant (hiring side, no)
    (event("Interview: Chloe Dunn – dental nurse applicant", organizer=SELF,
           guests=[guest("chloe.dunn94@gmail.com", "Chloe Dunn")],
           location="Surgery 2", **zat("2028-10-17", "13:00", 45, LON)),
     None, "en", MEDMATCH),
    # medmatch: a video interview for a dental assistant in New Zealand (yes)
    (event("Video interview – Dental Assistant, Kōwhai Dental Group (Hamilton)",
           organizer=org("recruitment@kowhaidental.co.nz", "Kōwhai Dental Recruitment"),
           guests=[guest("recruitment@kowhaidental.co.nz", "Kōwhai Dental Recruitment"),
                   guest("mere.walker@kowhaidental.co.nz", "Mere Walker")],
           description="Dress as you would in person. Mere Walker (Clinical Lead) will interview you." + ZOOM22,
           **zat("2028-09-28", "11:00", 30, AKL)),
     yes(["Kōwhai Dental Group", "Kowhai Dental Group", "Kōwhai Dental"],
         ["recruitment@kowhaidental.co.nz", "mere.walker@kowhaidental.co.nz"]), "en", MEDMATCH),
    # medmatch: practising answers out loud with a friend (practice, no)
    (event("Mock interview w/ Sam – dental nurse Qs (decontamination, sharps injury, anxious patient)",
           organizer=SELF, **zat("2028-10-01", "18:00", 60, DUB)),
     None, "en", MEDMATCH),
    # medmatch: the owner's own dental check-up (ordinary life, no)
    (event("Dentist – check-up + scale & polish", organizer=org("appointments@smilestudio.ie", "Smile Studio"),
           location="Smile Studio, Camden St",
           **zat("2028-10-24", "08:15", 30, DUB)),
     None, "en", MEDMATCH),
    # medmatch: a video interview for a dental assistant at an Orchard Road clinic (yes)
    (event("Interview (video) – Dental Surgery Assistant, Orchard Smile Centre",
           organizer=org("hr@orchardsmile.com.sg", "Orchard Smile Centre HR"),
           guests=[guest("hr@orchardsmile.com.sg", "Orchard Smile Centre HR"), guest("dr.lim@orchardsmile.com.sg", "Lim Wei Jie")],
           description="Interviewer: Dr Lim Wei Jie. 20-30 min." + MEET22, **zat("2028-10-10", "15:00", 30, SIN)),
     yes(["Orchard Smile Centre", "Orchard Smile"], ["hr@orchardsmile.com.sg", "dr.lim@orchardsmile.com.sg"]), "en",
     MEDMATCH),
    # ============================================================ veterinary nursing (UK): course admission (no)
    # mdx: a university's veterinary nursing course interview day (admission, no)
    (event("Vet Nursing BSc – applicant interview day (3-4 hrs), bring ID + practice reference", organizer=SELF,
           location="Northgate University, Hendon campus", **zat("2028-10-18", "10:00", 240, LON)),
     None, "en", MDX),
    # mdx: the course's online English and maths initial assessment (admission, no)
    (event("Online initial assessment – English + maths (vet nursing course)",
           organizer=org("admissions@northgate-uni.ac.uk", "Northgate Admissions"),
           **zat("2028-10-04", "17:00", 60, LON)),
     None, "en", MDX),
    # ============================================================ lifeguards (US, New Zealand, Malaysia)
    # cbs8: a city's tryout of swimming proficiency for pool lifeguard jobs, the owner's copy (a hiring step, yes)
    (event("Pool Lifeguard tryout – City of San Diego Aquatics (Tierrasanta Pool)", organizer=SELF,
           description="Create rec account first. Bring suit, goggles, ID. Pass = invite to LG training week.",
           location="Tierrasanta Pool, 11238 Clairemont Mesa Blvd", **zat("2028-09-26", "17:00", 120, LAX)),
     yes(["City of San Diego", "City of San Diego Aquatics", "San Diego Aquatics"], []), "en", CBS8),
    # watermen: the swimming prerequisites before a lifeguarding course (a course pre-test, no)
    (event("Lifeguarding course prerequisites – 300 yd swim + 2 min tread (Red Cross course)", organizer=SELF,
           location="Balboa Park Activity Center", **zat("2028-10-07", "09:00", 60, LAX)),
     None, "en", WATERMEN),
    # watermen: an ocean lifeguard tryout (1,000 yd open-water swim, run-swim-run) set by the county's lieutenant (yes)
    (event("Ocean Lifeguard Tryout – 1000 yd swim (20 min limit) + run-swim-run",
           organizer=org("lifeguard.recruit@seaviewcounty.org", "Seaview County Ocean Lifeguards"),
           guests=[guest("lifeguard.recruit@seaviewcounty.org", "Seaview County Ocean Lifeguards"),
                   guest("d.reyes@seaviewcounty.org", "Lt. Daniel Reyes")],
           description="Check-in at Tower 0. Stay to the outside of the line at the start. Top finishers advance to "
                       "oral interviews.",
           location="Tower 0, Main Beach", **zat("2028-09-28", "07:00", 180, LAX)),
     yes(["Seaview County Ocean Lifeguards", "Seaview County"], ["lifeguard.recruit@seaviewcounty.org", "d.reyes@seaviewcounty.org"]),
     "en", WATERMEN),
    # pima: the county's screening class (300 yd and a 2-minute tread) before training and the interview (yes)
    (event("Lifeguard screening class – Pima County Aquatics (12 laps + tread)",
           organizer=org("aquatics.hiring@pimacountyparks.org", "Pima County Aquatics Hiring"),
           guests=[guest("aquatics.hiring@pimacountyparks.org", "Pima County Aquatics Hiring")],
           location="Northwest Aquatic Center, Tucson", **zat("2028-10-03", "16:00", 90, PHX)),
     yes(["Pima County Natural Resources, Parks and Recreation", "Pima County Aquatics", "Pima County"],
         ["aquatics.hiring@pimacountyparks.org"]), "en", PIMA),
    # pima: the interview after the lifeguard training class (yes)
    (event("Lifeguard interview – Pima County Aquatics (after LG training)",
           organizer=org("aquatics.hiring@pimacountyparks.org", "Pima County Aquatics Hiring"),
           guests=[guest("aquatics.hiring@pimacountyparks.org", "Pima County Aquatics Hiring"),
                   guest("e.sharp@pimacountyparks.org", "Ellie Sharp")],
           location="Northwest Aquatic Center, Tucson", **zat("2028-10-24", "15:30", 30, PHX)),
     yes(["Pima County Natural Resources, Parks and Recreation", "Pima County Aquatics", "Pima County"],
         ["aquatics.hiring@pimacountyparks.org", "e.sharp@pimacountyparks.org"]), "en", PIMA),
    # pima: the owner, a pool manager in Auckland, runs the skills test for applicants (hiring side, no)
    (event("Run lifeguard skills test – 14 applicants (stopwatches, brick, pass/fail sheet)",
           organizer=org("aquatics@parnellbaths.co.nz", "Parnell Baths Aquatics"),
           location="Parnell Baths", **zat("2028-10-14", "08:00", 180, AKL)),
     None, "en", PIMA),
    # watermen: an interview for a resort lifeguard on Langkawi (yes)
    (event("Interview – Resort Lifeguard, Pantai Cenang Bay Resort (Langkawi)",
           organizer=org("talent@cenangbayresort.com.my", "Cenang Bay Resort Talent"),
           guests=[guest("talent@cenangbayresort.com.my", "Cenang Bay Resort Talent"),
                   guest("aqil.rahman@cenangbayresort.com.my", "Aqil Rahman")],
           description="Interview with Aqil Rahman (Recreation Manager), then a short pool skills check.",
           location="Pantai Cenang Bay Resort, Langkawi", **zat("2028-10-12", "10:00", 90, KUL)),
     yes(["Pantai Cenang Bay Resort", "Cenang Bay Resort"], ["talent@cenangbayresort.com.my", "aqil.rahman@cenangbayresort.com.my"]),
     "en", WATERMEN),
]

_CASINO_ATC_PRISONS_SOLAR: list[Case] = [
    # ============================================================ casino dealers (Philippines, Singapore, Nigeria)
    # jobmonkey: the audition after the interview, graded by a pit supervisor (yes)
    (event("Dealer audition – Blackjack & Roulette (come in black & whites)",
           organizer=org("talent@bayfrontresorts.com.ph", "Bayfront Resorts & Casino Talent Acquisition"),
           guests=[guest("talent@bayfrontresorts.com.ph", "Bayfront Resorts & Casino Talent Acquisition"),
                   guest("r.dizon@bayfrontresorts.com.ph", "Ramon Dizon")],
           description="Your audition will be graded by Pit Supervisor Ramon Dizon. You may be asked to tap into a "
                       "live game.",
           location="Bayfront Resorts & Casino, Entertainment City, Parañaque", **zat("2028-10-04", "14:00", 45, MNL)),
     yes(["Bayfront Resorts & Casino", "Bayfront Resorts", "Bayfront"],
         ["talent@bayfrontresorts.com.ph", "r.dizon@bayfrontresorts.com.ph"]), "en", JOBMONKEY),
    # jobmonkey: the initial interview before the audition (yes)
    (event("Initial interview – Table Games Dealer, Marina Crest Resort",
           organizer=org("careers@marinacrest.com.sg", "Marina Crest Careers"),
           guests=[guest("careers@marinacrest.com.sg", "Marina Crest Careers")],
           description="If successful you will be scheduled for a dealing audition.",
           location="Marina Crest Resort, HR Centre, Level B1", **zat("2028-09-26", "11:00", 30, SIN)),
     yes(["Marina Crest Resort", "Marina Crest"], ["careers@marinacrest.com.sg"]), "en", JOBMONKEY),
    # jobmonkey: a dealing school's final audition with the instructor (training, no)
    (event("Dealing school final audition – pai gow + baccarat (instructor Nick)", organizer=SELF,
           location="Manila Gaming Academy", **zat("2028-09-21", "18:00", 60, MNL)),
     None, "en", JOBMONKEY),
    # jobmonkey: an audition for a dealer's post in Lagos (yes)
    (event("Casino Dealer audition + interview – Eko Royale Casino (Victoria Island)", organizer=SELF,
           description="Ask for Mrs Adaeze Okafor (Table Games Manager). Black trousers, white long sleeve.",
           location="Eko Royale Casino, Adeola Odeku St, VI, Lagos", **zat("2028-10-17", "13:00", 60, LOS)),
     yes(["Eko Royale Casino", "Eko Royale"], ["Adaeze Okafor"]), "en", JOBMONKEY),
    # jobmonkey: the new dealer's orientation and uniform fitting after the hire (onboarding, no)
    (event("New hire orientation – Marina Crest (uniform fitting, licence photo)",
           organizer=org("careers@marinacrest.com.sg", "Marina Crest Careers"),
           location="HR Centre, Level B1", **zat("2028-10-31", "09:00", 240, SIN)),
     None, "en", JOBMONKEY),
    # ============================================================ air traffic control (UK)
    # careeratc: an English proficiency interview at the initial selection stage (yes)
    (event("Trainee Air Traffic Controller – English language proficiency interview (phone)",
           organizer=org("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment"),
           guests=[guest("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment")],
           description="A 20-minute call from our recruitment team as part of initial selection.",
           **zat("2028-09-21", "10:00", 20, LON)),
     yes(["Northsky ANS", "Northsky Air Navigation Services", "Northsky"], ["atco.recruitment@northsky-ans.co.uk"]), "en",
     CAREERATC),
    # careeratc: situational awareness and psychometric tests at the assessment centre (yes)
    (event("Trainee ATCO – situational awareness & psychometric tests (assessment centre)",
           organizer=org("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment"),
           guests=[guest("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment")],
           location="Northsky ANS College, Whiteley, Fareham", **zat("2028-10-10", "09:00", 300, LON)),
     yes(["Northsky ANS", "Northsky Air Navigation Services", "Northsky"], ["atco.recruitment@northsky-ans.co.uk"]), "en",
     CAREERATC),
    # careeratc: the competency-based interview, two interviewers named (yes)
    (event("Competency-based interview – Trainee Air Traffic Controller",
           organizer=org("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment"),
           guests=[guest("atco.recruitment@northsky-ans.co.uk", "Northsky ANS Recruitment"),
                   guest("p.marsh@northsky-ans.co.uk", "Philippa Marsh"), guest("o.adeyemi@northsky-ans.co.uk", "Olu Adeyemi")],
           description="Have examples ready: a stressful situation, a time you communicated something complex." + TEAMS22,
           **zat("2028-10-26", "14:00", 60, LON)),
     yes(["Northsky ANS", "Northsky Air Navigation Services", "Northsky"],
         ["atco.recruitment@northsky-ans.co.uk", "p.marsh@northsky-ans.co.uk", "o.adeyemi@northsky-ans.co.uk"]), "en",
     CAREERATC),
    # careeratc: practising the aptitude tests on an app (practice, no)
    (event("ATC aptitude practice – trace + scan + mental maths (app, 3 rounds)", organizer=SELF,
           **zat("2028-10-08", "19:30", 60, LON)),
     None, "en", CAREERATC),
    # careeratc: coaching on competency answers (coaching, no)
    (event("Interview coaching – ATC competency answers with Priya (STAR)",
           organizer=org("priya@skywardcoaching.co.uk", "Priya Nair"),
           guests=[guest("priya@skywardcoaching.co.uk", "Priya Nair")], description=MEET22.strip(),
           **zat("2028-10-19", "18:00", 60, LON)),
     None, "en", CAREERATC),
    # ============================================================ prison officers (UK, Canada)
    # advance-into-justice: the veterans' fast-track assessment centre (role plays, interview, written and numeracy
    # tests, medical/fitness test; an offer on the day); the owner's copy of the booking (yes)
    (event("Prison Officer Assessment Centre (Advance into Justice) – role plays, interview, written, fitness",
           organizer=SELF, description="Bring: Armed Forces disclosure form, service number, 5-yr address/work history, "
                                       "pension info, countersignatory details. Trainers for bleep test.",
           location="HMPPS Recruitment Centre, Birmingham", **zat("2028-10-05", "08:30", 420, LON)),
     yes(["HM Prison and Probation Service", "HMPPS"], []), "en", AIJ),
    # prisonjobs.blog: the online assessment centre booked through the recruitment system (about 2.5 hours; yes)
    (event("Prison Officer Online Assessment Centre (OAC) – webcam required",
           organizer=org("noreply@hmpps-oac-booking.co.uk", "OAC Booking"),
           description="Your session is confirmed. Introductory briefing, interview, role play, written test. "
                       "About two and a half hours. Join link sent 24h before.",
           **zat("2028-10-18", "13:00", 150, LON)),
     yes(["HM Prison and Probation Service", "HMPPS"], []), "en", PRISONBLOG),
    # jobtestprep: practising the selection test's numeracy paper (practice, no)
    (event("POST practice – numeracy (40 min timed) + language test", organizer=SELF, **zat("2028-10-01", "10:00", 90, LON)),
     None, "en", JOBTESTPREP),
    # prisonofficers.org.uk: the owner sits on the sift panel for applications (hiring side, no)
    (event("Sift panel – prison officer applications (2 panel members, structured sift)",
           organizer=org("recruitment.hmpnorthmoor@prisonrecruit.org.uk", "HMP Northmoor Recruitment"),
           guests=[guest("g.harrow@prisonrecruit.org.uk", "Gail Harrow")], **zat("2028-10-24", "09:30", 240, LON)),
     None, "en", PRISONOFFICERS),
    # assessmentcentrehq: bleep test practice for the fitness element (practice, no)
    (event("Bleep test practice – target level 5.4", organizer=SELF, location="Leisure centre sports hall",
           **zat("2028-09-30", "08:00", 45, LON)),
     None, "en", ACHQ),
    # prisonofficers.org.uk: a provincial correctional service's phone screen in Ontario (yes)
    (event("Phone screen – Correctional Officer recruitment (Ontario)",
           organizer=org("co.recruitment@ontario-corrections-careers.ca", "Correctional Officer Recruitment"),
           guests=[guest("co.recruitment@ontario-corrections-careers.ca", "Correctional Officer Recruitment")],
           description="Ministry of the Solicitor General – Correctional Services. A recruiter will call you.",
           **zat("2028-10-11", "10:30", 20, TOR)),
     yes(["Ministry of the Solicitor General", "Ontario Correctional Services", "Correctional Services"],
         ["co.recruitment@ontario-corrections-careers.ca"]), "en", PRISONOFFICERS),
    # ============================================================ solar and electrical (US, Australia, Kenya)
    # iseek: the owner, a solar installer, is interviewed for a careers site (media, no)
    (event("Career profile interview – 'a day as a solar installer' (CareerPath MN writer)",
           organizer=org("writer@careerpathmn.org", "Dana Voss"), guests=[guest("writer@careerpathmn.org", "Dana Voss")],
           description="Questions: typical day, hours, training, how you got started.", **zat("2028-10-03", "12:00", 30, CHI)),
     None, "en", ISEEK),
    # solargai: a chat with the owner of a solar installer about a crew opening, the owner's own entry (yes)
    (event("Chat w/ Greg (owner) – Sunward Solar install crew opening – bring resume, talk value not paycheck",
           organizer=SELF, location="Sunward Solar shop, 18 Mill St, Amherst MA", **zat("2028-09-27", "07:30", 30, NYC)),
     yes(["Sunward Solar", "Sunward"], ["Greg"]), "en", SOLARGAI),
    # aroflo: an electrical apprentice's interview with a Brisbane contractor (yes)
    (event("Apprentice Electrician interview – Bright Spark Electrical",
           organizer=org("office@brightsparkelectrical.com.au", "Bright Spark Electrical"),
           guests=[guest("office@brightsparkelectrical.com.au", "Bright Spark Electrical"),
                   guest("wayne@brightsparkelectrical.com.au", "Wayne Cutler")],
           description="Meet Wayne (supervisor). We'll ask about school subjects, hands-on projects, getting to site.",
           location="Unit 4/22 Enterprise St, Geebung QLD", **zat("2028-09-26", "15:30", 45, BNE)),
     yes(["Bright Spark Electrical", "Bright Spark"], ["office@brightsparkelectrical.com.au", "wayne@brightsparkelectrical.com.au"]),
     "en", AROFLO),
    # aroflo: the owner, an electrical contractor, interviews an apprentice (hiring side, no)
    (event("Interview apprentice – Jayden T. (1st yr), ask about maths + reliability", organizer=SELF,
           guests=[guest("jaydent2010@gmail.com", "Jayden Tran")], location="Office", **zat("2028-10-05", "16:00", 30, SYD)),
     None, "en", AROFLO),
    # aroflo: a job-management software vendor's demo for the owner's business (sales demo, no)
    (event("Demo: job management software for trades (quotes, scheduling, apprentices' timesheets)",
           organizer=org("sales@tradeflowsoftware.com.au", "Ben Hollis"),
           guests=[guest("sales@tradeflowsoftware.com.au", "Ben Hollis")], description=TEAMS22,
           **zat("2028-10-12", "10:00", 45, SYD)),
     None, "en", AROFLO),
    # iseek: a solar technician's interview with a practical wiring test in Nairobi (yes)
    (event("Interview + practical wiring test – Solar PV Technician, Jua Bora Energy",
           organizer=org("hr@juabora.co.ke", "Jua Bora Energy HR"),
           guests=[guest("hr@juabora.co.ke", "Jua Bora Energy HR"), guest("p.otieno@juabora.co.ke", "Peter Otieno")],
           description="Interview with Peter Otieno (Installations Lead), then a 30-minute wiring exercise.",
           location="Jua Bora Energy, Mombasa Rd, Nairobi", **zat("2028-10-04", "09:30", 90, NBO)),
     yes(["Jua Bora Energy", "Jua Bora"], ["hr@juabora.co.ke", "p.otieno@juabora.co.ke"]), "en", ISEEK),
    # solargai: a solar install at the owner's home (a chore, no)
    (event("Solar install – crew arriving 8am (please keep driveway clear)",
           organizer=org("scheduling@sunwardsolar.com", "Sunward Solar Scheduling"),
           **zat("2028-10-20", "08:00", 480, NYC)),
     None, "en", SOLARGAI),
]

_PHARMACY_CHURCH_UNION_TRANSLATION: list[Case] = [
    # ============================================================ pharmacy (UK, Malaysia, Nigeria, Uganda, Zimbabwe)
    # pharmaceutical-journal: a hospital's preregistration interview, with clinical questions and calculations (yes)
    (event("Preregistration Pharmacist interview – St Aldhelm's Hospital Pharmacy",
           organizer=org("pharmacy.recruitment@staldhelms.nhs.uk", "St Aldhelm's Pharmacy Recruitment"),
           guests=[guest("pharmacy.recruitment@staldhelms.nhs.uk", "St Aldhelm's Pharmacy Recruitment"),
                   guest("gill.shelby@staldhelms.nhs.uk", "Gill Shelby")],
           description="Short clinical scenario and a calculations exercise, then interview with Gill Shelby "
                       "(Education & Training Lead).",
           location="Pharmacy Dept, Level 2, St Aldhelm's Hospital, Salisbury", **zat("2028-10-11", "10:00", 60, LON)),
     yes(["St Aldhelm's Hospital", "St Aldhelm's Hospital Pharmacy", "St Aldhelm's"],
         ["pharmacy.recruitment@staldhelms.nhs.uk", "gill.shelby@staldhelms.nhs.uk"]), "en", PJ_PREREG),
    # lasepharmacy: the national recruitment's selection centre (situational judgement, numeracy, multiple mini-
    # interview) that ranks applicants for trainee posts; a scheme that fills posts, like a commission (yes)
    (event("Pre-registration Pharmacist National Recruitment – selection centre (SJT 104 min, numeracy 15, MMI 40)",
           organizer=SELF, description="No notes in the 3-min prep before each MMI room. Photo ID.",
           location="Regional selection centre, Stratford, London", **zat("2028-10-17", "08:45", 240, LON)),
     yes(["Pre-registration Pharmacist National Recruitment", "Health Education England", "HEE"], []), "en", LASE),
    # nottingham: ranking the hospitals before the interviews (a chore, no)
    (event("Rank pre-reg hospitals (top 4) – accommodation? band 6 retention? commute?", organizer=SELF,
           **zat("2028-09-24", "16:00", 60, LON)),
     None, "en", NOTTS),
    # pharmaceutical-journal: a provisionally registered pharmacist's interview with a Kuala Lumpur chain (yes)
    (event("Interview – Provisionally Registered Pharmacist (PRP), Seri Kenanga Pharmacy",
           organizer=org("hr@serikenanga.com.my", "Seri Kenanga HR"),
           guests=[guest("hr@serikenanga.com.my", "Seri Kenanga HR"), guest("nurul.aina@serikenanga.com.my", "Nurul Aina")],
           location="Seri Kenanga Pharmacy HQ, Jalan Ipoh, Kuala Lumpur", **zat("2028-10-05", "10:30", 45, KUL)),
     yes(["Seri Kenanga Pharmacy", "Seri Kenanga"], ["hr@serikenanga.com.my", "nurul.aina@serikenanga.com.my"]), "en",
     PJ_PREREG),
    # pharmaceutical-journal: an intern pharmacist's calculation test and interview in Lagos (yes)
    (event("Calculation test + interview – Intern Pharmacist, Ikoyi Heights Hospital",
           organizer=org("careers@ikoyiheights.com.ng", "Ikoyi Heights Hospital Careers"),
           guests=[guest("careers@ikoyiheights.com.ng", "Ikoyi Heights Hospital Careers")],
           description="Test: 20 questions, 40 minutes. Interview panel: Chief Pharmacist and HR.",
           location="Ikoyi Heights Hospital, Awolowo Rd, Lagos", **zat("2028-09-27", "09:00", 120, LOS)),
     yes(["Ikoyi Heights Hospital", "Ikoyi Heights"], ["careers@ikoyiheights.com.ng"]), "en", PJ_PREREG),
    # pharmaceutical-journal: revising for the registration assessment's calculation paper (an exam, no)
    (event("Registration assessment revision – calculations (40 Q / 120 min), renal function + infusions",
           organizer=SELF, **zat("2028-10-07", "10:00", 180, LON)),
     None, "en", PJ_CALC),
    # pharmaceutical-journal: a pharmacy technician's interview at a Kampala hospital (yes)
    (event("Interview – Pharmacy Technician, Kololo Medical Centre",
           organizer=org("recruitment@kololomedical.co.ug", "Kololo Medical Centre Recruitment"),
           guests=[guest("recruitment@kololomedical.co.ug", "Kololo Medical Centre Recruitment"),
                   guest("s.namugga@kololomedical.co.ug", "Sarah Namugga")],
           location="Kololo Medical Centre, Kampala", **zat("2028-10-12", "10:00", 45, KLA)),
     yes(["Kololo Medical Centre", "Kololo Medical"], ["recruitment@kololomedical.co.ug", "s.namugga@kololomedical.co.ug"]),
     "en", PJ_PREREG),
    # pharmaceutical-journal: a pharmacist's interview in Bulawayo, the owner's copy (yes)
    (event("Interview – Pharmacist, Matopos Pharmacies (Bulawayo) – with Mr Sibanda (superintendent)",
           organizer=SELF, location="Matopos Pharmacies, Fife St, Bulawayo", **zat("2028-10-19", "11:00", 45, HRE)),
     yes(["Matopos Pharmacies", "Matopos"], ["Sibanda"]), "en", PJ_PREREG),
    # ============================================================ churches (US, Kenya, Uganda)
    # jerriebarber: the search committee's phone interview with a preacher they are considering (yes)
    (event("Phone interview – Pulpit Search Committee, Pleasant Ridge Church of Christ",
           organizer=org("search@pleasantridgecoc.org", "Bill Kirkland (Search Committee)"),
           guests=[guest("search@pleasantridgecoc.org", "Bill Kirkland (Search Committee)"),
                   guest("kjones@pleasantridgecoc.org", "Ken Jones")],
           description="We'd like to ask some questions to see if we are compatible. About 45 minutes.",
           **zat("2028-09-26", "19:00", 45, CHI)),
     yes(["Pleasant Ridge Church of Christ", "Pleasant Ridge Church", "Pleasant Ridge"],
         ["search@pleasantridgecoc.org", "kjones@pleasantridgecoc.org"]), "en", JERRIEBARBER),
    # newshepherds: the interview with the elders and the committee, over dinner (yes)
    (event("Interview with elders + interview committee (dinner) – Pleasant Ridge",
           organizer=org("search@pleasantridgecoc.org", "Bill Kirkland (Search Committee)"),
           guests=[guest("search@pleasantridgecoc.org", "Bill Kirkland (Search Committee)"),
                   guest("elders@pleasantridgecoc.org", "Elders")],
           description="Bring your questions for us too: Bible study habits, training, how you work together.",
           location="Fellowship Hall, Pleasant Ridge Church of Christ, Arlington TX", **zat("2028-10-13", "18:00", 150, CHI)),
     yes(["Pleasant Ridge Church of Christ", "Pleasant Ridge Church", "Pleasant Ridge"], ["search@pleasantridgecoc.org"]),
     "en", NEWSHEPHERDS),
    # bibleteacher: the owner serves on a pastor search committee, listening to sermons (hiring side, no)
    (event("Pastor Search Committee – listen to sermon recordings (4 candidates), score sheets", organizer=SELF,
           **zat("2028-10-10", "19:00", 120, NYC)),
     None, "en", BIBLETEACHER),
    # jerriebarber: a youth pastor's interview before the elders of a Nairobi church (yes)
    (event("Interview – Youth Pastor, Karen Community Church (panel of elders)",
           organizer=org("office@karencommunitychurch.or.ke", "Karen Community Church Office"),
           guests=[guest("office@karencommunitychurch.or.ke", "Karen Community Church Office"),
                   guest("j.mwangi@karencommunitychurch.or.ke", "James Mwangi")],
           location="Karen Community Church, Nairobi", **zat("2028-10-05", "10:00", 60, NBO)),
     yes(["Karen Community Church"], ["office@karencommunitychurch.or.ke", "j.mwangi@karencommunitychurch.or.ke"]), "en",
     JERRIEBARBER),
    # harveyearls: a church council meeting in Kampala (ordinary life, no)
    (event("Church council meeting – budget + ushering roster", organizer=SELF, location="St Andrew's, Bukoto",
           **zat("2028-10-18", "17:30", 90, KLA)),
     None, "en", HARVEYEARLS),
    # harveyearls: a guest preacher on Sunday (ordinary life, no)
    (event("Sunday service – guest preacher Rev. Okello", organizer=org("office@standrewsbukoto.org", "St Andrew's Office"), **zat("2028-10-22", "10:00", 120, KLA)),
     None, "en", HARVEYEARLS),
    # ============================================================ trade unions (Canada, UK)
    # labourleadership: a panel interview for a union staff representative (yes)
    (event("Interview – Staff Representative (Labour Relations), Ontario Public Sector Workers' Alliance",
           organizer=org("hiring@opswa.ca", "OPSWA Hiring Committee"),
           guests=[guest("hiring@opswa.ca", "OPSWA Hiring Committee"), guest("t.lavoie@opswa.ca", "Therese Lavoie"),
                   guest("d.singh@opswa.ca", "Dev Singh")],
           description="Panel of three. Be prepared to elaborate on examples from your resume.",
           location="OPSWA, 90 Eglinton Ave E, Toronto", **zat("2028-10-03", "13:30", 60, TOR)),
     yes(["Ontario Public Sector Workers' Alliance", "OPSWA"], ["hiring@opswa.ca", "t.lavoie@opswa.ca", "d.singh@opswa.ca"]),
     "en", LABOURLEAD),
    # amapceo: a three-hour assignment straight after the first interview, for a union's communications job (yes)
    (event("Written assignment (3 hrs) – Communications Officer, Civil Service Professionals' Association",
           organizer=org("hr@cspa-union.ca", "CSPA Human Resources"),
           guests=[guest("hr@cspa-union.ca", "CSPA Human Resources")],
           description="Following today's interview, please complete the attached assignment and return it by 4:30pm.",
           **zat("2028-10-18", "13:00", 180, TOR)),
     yes(["Civil Service Professionals' Association", "CSPA"], ["hr@cspa-union.ca"]), "en", AMAPCEO),
    # personneltoday: the owner, a union manager, briefs the interview panel for research officers (hiring side, no)
    (event("Brief interview panel – research officer shortlist (6), gender/ethnicity balance check",
           organizer=org("hr@unitedcrafts-union.org.uk", "United Crafts Union HR"),
           guests=[guest("k.moran@unitedcrafts-union.org.uk", "Kath Moran")], **zat("2028-10-04", "09:00", 60, LON)),
     None, "en", PERSONNELTODAY),
    # labourleadership: a union branch's annual meeting (no)
    (event("Branch AGM – vote on bargaining priorities", organizer=org("branch14@opswa.ca", "Branch 14"),
           location="Union hall", **zat("2028-10-25", "18:30", 120, TOR)),
     None, "en", LABOURLEAD),
    # ============================================================ translation agencies (India, Philippines, Pakistan, Ghana)
    # translatorsjournal: a paid test translation for an agency's vendor manager (a hiring step, yes)
    (event("Paid test translation – 400 words EN>HI (legal), due 5pm IST",
           organizer=org("vendors@lingoveda.in", "Lingoveda Vendor Management"),
           guests=[guest("vendors@lingoveda.in", "Lingoveda Vendor Management")],
           description="Paid at 50% of your rate. Please sign the NDA first. Reviewer feedback within a week.",
           **zat("2028-09-26", "10:00", 420, KOL)),
     yes(["Lingoveda Translations", "Lingoveda"], ["vendors@lingoveda.in"]), "en", TRANSJOURNAL),
    # ritamaia: the owner reviews a colleague's test translation for an agency (reviewer side, no)
    (event("Review test translation – candidate #117 (EN>FIL), LQA form", organizer=org("vendors@lingoveda.in"),
           **zat("2028-10-04", "14:00", 90, MNL)),
     None, "en", RITAMAIA),
    # technolex: an agency's qualification test for a technical translator (yes)
    (event("Qualification test – technical RU>EN (oil & gas), Volga Lex Translation Bureau",
           organizer=org("hr@volgalex.com", "Volga Lex HR"), guests=[guest("hr@volgalex.com", "Volga Lex HR")],
           description="Return within 24 hours. A reviewer will assess against our standards.",
           **zat("2028-10-10", "09:00", 240, KHI)),
     yes(["Volga Lex Translation Bureau", "Volga Lex"], ["hr@volgalex.com"]), "en", TECHNOLEX),
    # copywritingandtranslation: sending a CV and rates to agencies (a chore, no)
    (event("Send CV + rates to 5 agencies (native lang, pairs, 2 specialisms only)", organizer=SELF,
           **zat("2028-09-21", "09:00", 90, MNL)),
     None, "en", CWT),
    # rixtrans: an in-house translator's interview with the QA lead in Pasig (yes)
    (event("Interview – In-house Tagalog Translator, LinguaBridge Manila (with QA lead)",
           organizer=org("recruitment@linguabridge.ph", "LinguaBridge Recruitment"),
           guests=[guest("recruitment@linguabridge.ph", "LinguaBridge Recruitment"),
                   guest("c.villanueva@linguabridge.ph", "Carla Villanueva")],
           location="LinguaBridge, Ortigas Center, Pasig", **zat("2028-10-18", "14:00", 60, MNL)),
     yes(["LinguaBridge Manila", "LinguaBridge"], ["recruitment@linguabridge.ph", "c.villanueva@linguabridge.ph"]), "en",
     RIXTRANS),
    # translatorsjournal: a webinar on passing agency tests (no)
    (event("Webinar: how to pass agency translation tests (ATA chapter)", organizer=org("events@atachapter.org"),
           description=ZOOM22.strip(), **zat("2028-10-12", "19:00", 60, NYC)),
     None, "en", TRANSJOURNAL),
    # translatorsjournal: a junior translator's interview at a Lahore agency (yes)
    (event("Interview – Junior Translator (Urdu/English), Ravi Language Services",
           organizer=org("jobs@ravilanguage.pk", "Ravi Language Services"),
           guests=[guest("jobs@ravilanguage.pk", "Ravi Language Services"), guest("a.qureshi@ravilanguage.pk", "Ayesha Qureshi")],
           location="Gulberg III, Lahore", **zat("2028-10-24", "11:00", 45, KHI)),
     yes(["Ravi Language Services", "Ravi Language"], ["jobs@ravilanguage.pk", "a.qureshi@ravilanguage.pk"]), "en",
     TRANSJOURNAL),
    # rixtrans: a French/English translator's interview at an Accra agency, the owner's copy (yes)
    (event("Interview – French/English Translator, Volta Linguistics (ask for Efua Mensah)", organizer=SELF,
           location="Volta Linguistics, Osu, Accra", **zat("2028-10-26", "10:00", 45, ACC)),
     yes(["Volta Linguistics", "Volta"], ["Efua Mensah"]), "en", RIXTRANS),
]

_AMBULANCE_FLORISTS_LIFE: list[Case] = [
    # ============================================================ ambulance services (UK, South Africa, New Zealand)
    # clivemullis: an interview with the ambulance service, set up through the job centre (the owner's entry; yes)
    (event("Interview – Ambulance Care Assistant, Wessex Vale Ambulance Service (Tuesday)", organizer=SELF,
           description="Job centre set it up. No O levels – mention driving record + first aid.",
           location="Wessex Vale Ambulance HQ, Bournemouth", **zat("2028-10-03", "10:30", 45, LON)),
     yes(["Wessex Vale Ambulance Service", "Wessex Vale Ambulance"], []), "en", CLIVEMULLIS),
    # clivemullis: an emergency care assistant's interview at a private ambulance firm in Johannesburg (yes)
    (event("Interview – Emergency Care Assistant, MediRescue Gauteng",
           organizer=org("recruitment@medirescue.co.za", "MediRescue Recruitment"),
           guests=[guest("recruitment@medirescue.co.za", "MediRescue Recruitment"), guest("t.dlamini@medirescue.co.za", "Thabo Dlamini")],
           location="MediRescue Base 3, Midrand", **zat("2028-10-05", "09:00", 60, JNB)),
     yes(["MediRescue Gauteng", "MediRescue"], ["recruitment@medirescue.co.za", "t.dlamini@medirescue.co.za"]), "en",
     CLIVEMULLIS),
    # clivemullis: the C1 licence theory test (a licence exam, no)
    (event("C1 licence theory test", organizer=org("no-reply@theorytest-booking.co.uk", "Theory Test Booking"),
           location="Test centre, Poole", **zat("2028-10-13", "08:40", 60, LON)),
     None, "en", CLIVEMULLIS),
    # clivemullis: the emergency driving course after the hire (training, no)
    (days(event("Blue light driving course (week 1) – Wessex Vale", organizer=SELF), "2028-10-23", "2028-10-28"),
     None, "en", CLIVEMULLIS),
    # clivemullis: a trainee paramedic's interview in Wellington (yes)
    (event("Interview – Trainee Paramedic, Capital Coast Ambulance",
           organizer=org("careers@capitalcoastambulance.org.nz", "Capital Coast Ambulance Careers"),
           guests=[guest("careers@capitalcoastambulance.org.nz", "Capital Coast Ambulance Careers")],
           location="Capital Coast Ambulance, Thorndon, Wellington", **zat("2028-10-19", "13:00", 60, AKL)),
     yes(["Capital Coast Ambulance"], ["careers@capitalcoastambulance.org.nz"]), "en", CLIVEMULLIS),
    # ============================================================ florists (US, Ireland)
    # floraldesign: a design trial and interview for a floral manager, the shop owner organising (yes)
    (event("Design trial + interview – Floral Manager, Petal & Stem (Portland)",
           organizer=org("hello@petalandstem.com", "Maren Holt"), guests=[guest("hello@petalandstem.com", "Maren Holt")],
           description="We'll ask you to make one straightforward arrangement from what's in the cooler, then chat.",
           location="Petal & Stem, 2210 NE Alberta St, Portland OR", **zat("2028-09-27", "10:00", 90, LAX)),
     yes(["Petal & Stem", "Petal and Stem"], ["hello@petalandstem.com"]), "en", FLORALDESIGN),
    # florists: an interview where each candidate makes a bouquet order ($70, spring colours), the owner's copy (yes)
    (event("Florist interview + bouquet test ($70 budget, spring colours) – Bloom Theory, w/ Jess", organizer=SELF,
           location="Bloom Theory Florist, Lexington KY", **zat("2028-10-06", "11:00", 60, NYC)),
     yes(["Bloom Theory Florist", "Bloom Theory"], ["Jess"]), "en", FLORISTS),
    # florists: calling the shop to follow up after two weeks of silence (a chore, no)
    (event("Call Bloom Theory – follow up on interview (nothing in 2 wks)", organizer=SELF,
           **zat("2028-10-20", "12:00", 10, NYC)),
     None, "en", FLORISTS),
    # florists: ordering flowers for a birthday (ordinary life, no)
    (event("Order flowers for Mum's 60th – Bloom Theory, spring colours", organizer=SELF,
           **zat("2028-10-25", "09:00", 15, NYC)),
     None, "en", FLORISTS),
    # floraldesign: a Christmas-season florist's interview in Galway (yes)
    (event("Interview – Seasonal Florist (Christmas), Corrib Blooms",
           organizer=org("siobhan@corribblooms.ie", "Siobhán Keane"), guests=[guest("siobhan@corribblooms.ie", "Siobhán Keane")],
           description="Bring a few photos of your work. We may ask you to wrap a hand-tied.",
           location="Corrib Blooms, Shop St, Galway", **zat("2028-10-17", "14:30", 45, DUB)),
     yes(["Corrib Blooms"], ["siobhan@corribblooms.ie"]), "en", FLORALDESIGN),
    # floraldesign: the owner, a shop owner, sits in on the final interview for an assistant manager (hiring side, no)
    (event("Final interview – Assistant Manager candidates (I'm on the panel with Maren)",
           organizer=org("hello@petalandstem.com", "Maren Holt"), **zat("2028-10-24", "15:00", 90, LAX)),
     None, "en", FLORALDESIGN),
    # ============================================================ more look-alikes across the sectors
    # jobmonkey: the owner, a floor manager, records a podcast episode on dealing (media, no)
    (event("Record podcast – 'Inside the pit' ep. 12 (guest: Ramon, pit supervisor)", organizer=SELF,
           **zat("2028-10-11", "20:00", 60, MNL)),
     None, "en", JOBMONKEY),
    # lasepharmacy: a paid user-research interview about a pharmacy app (research, no)
    (event("User research interview – pharmacy app (£40 voucher)", organizer=org("research@medsapp-ux.co.uk", "Medsapp UX"),
           guests=[guest("research@medsapp-ux.co.uk", "Medsapp UX")], description=ZOOM22.strip(),
           **zat("2028-10-09", "12:30", 45, LON)),
     None, "en", LASE),
    # people-solutions: a mining careers fair (no)
    (event("Mining & Resources Careers Fair – Perth Convention Centre",
           organizer=org("events@miningcareersfair.com.au", "Mining Careers Fair"),
           **zat("2028-10-07", "10:00", 300, PER)),
     None, "en", PEOPLESOL),
    # medmatch: the three-month probation review after the hire (work, no)
    (event("Probation review (3 months) – Riverside Smiles", organizer=org("manager@riversidesmiles.co.uk", "Helen Ashworth"),
           guests=[guest("manager@riversidesmiles.co.uk", "Helen Ashworth")], **zat("2028-10-31", "17:00", 30, LON)),
     None, "en", MEDMATCH),
    # prisonofficers.org.uk: the security vetting appointment after the conditional offer (a background check, no)
    (event("Security vetting – ID documents check (conditional offer)", organizer=org("vetting@prisonrecruit.org.uk"),
           location="HMP Northmoor gate lodge", **zat("2028-10-25", "10:00", 45, LON)),
     None, "en", PRISONOFFICERS),
    # jobmonkey: the work permit's biometrics for the casino job abroad (immigration, no)
    (event("Work permit biometrics – casino job (bring contract + passport)", organizer=SELF,
           location="Immigration office", **zat("2028-10-26", "09:00", 60, MNL)),
     None, "en", JOBMONKEY),
    # people-solutions: an Indian coal company's HR round for graduate engineer trainees (yes)
    (event("HR round – Graduate Engineer Trainee (Mining), Damodar Coalfields Ltd",
           organizer=org("get.recruitment@damodarcoal.in", "Damodar Coalfields – GET Recruitment"),
           guests=[guest("get.recruitment@damodarcoal.in", "Damodar Coalfields – GET Recruitment")],
           description="Document verification followed by HR interview. Carry GATE scorecard and originals.",
           location="Damodar Coalfields HQ, Dhanbad", **zat("2028-10-25", "10:00", 60, KOL)),
     yes(["Damodar Coalfields Ltd", "Damodar Coalfields"], ["get.recruitment@damodarcoal.in"]), "en", PEOPLESOL),
    # medmatch: a dental assistant's interview at a Sandton practice (yes)
    (event("Interview – Dental Assistant, Sandton Smile Studio",
           organizer=org("practice@sandtonsmile.co.za", "Sandton Smile Studio"),
           guests=[guest("practice@sandtonsmile.co.za", "Sandton Smile Studio"), guest("dr.naidoo@sandtonsmile.co.za", "Kiran Naidoo")],
           location="Sandton Smile Studio, Rivonia Rd", **zat("2028-10-26", "14:00", 45, JNB)),
     yes(["Sandton Smile Studio", "Sandton Smile"], ["practice@sandtonsmile.co.za", "dr.naidoo@sandtonsmile.co.za"]), "en",
     MEDMATCH),
    # careeratc: an aviation medical for the controller's licence after selection (a medical check, no)
    (event("Class 3 medical – ATC licence (AME)", organizer=SELF, location="Aviation Medical Centre, Gatwick",
           **zat("2028-10-31", "09:30", 120, LON)),
     None, "en", CAREERATC),
    # iseek: a local paper interviews the owner about her solar business (press, no)
    (event("Interview with Herald reporter – my solar install business (for Sunday feature)",
           organizer=org("newsdesk@amherstherald.com", "Amherst Herald"), **zat("2028-10-16", "11:00", 30, NYC)),
     None, "en", ISEEK),
    # jobmonkey: a volunteer dealer's shift at a charity casino night (ordinary life, no)
    (event("Charity casino night – volunteer blackjack dealer", organizer=org("events@rotary-makati.org"),
           location="Makati Sports Club", **zat("2028-10-21", "18:00", 240, MNL)),
     None, "en", JOBMONKEY),
    # webex pasted into a union's information session on organiser jobs (an information session, no)
    (event("Info session: careers as a union organiser", organizer=org("careers@opswa.ca", "OPSWA Careers"),
           description=WEBEX22.strip(), **zat("2028-10-12", "12:00", 60, TOR)),
     None, "en", LABOURLEAD),
    # aroflo: a Vancouver electrical contractor's apprentice interview (yes)
    (event("Interview – 1st year electrical apprentice, Coastline Electric (Burnaby)",
           organizer=org("jobs@coastline-electric.ca", "Coastline Electric"),
           guests=[guest("jobs@coastline-electric.ca", "Coastline Electric"), guest("m.fraser@coastline-electric.ca", "Mike Fraser")],
           location="Coastline Electric, 4400 Still Creek Dr, Burnaby BC", **zat("2028-10-19", "07:30", 45, VAN)),
     yes(["Coastline Electric"], ["jobs@coastline-electric.ca", "m.fraser@coastline-electric.ca"]), "en", AROFLO),
]

ENGLISH22: list[Case] = [*_MINING_DENTAL_VET_LIFEGUARDS, *_CASINO_ATC_PRISONS_SOLAR, *_PHARMACY_CHURCH_UNION_TRANSLATION,
                         *_AMBULANCE_FLORISTS_LIFE]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b22-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b22-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND22: list[Case] = [_tagged(case) for case in (*ENGLISH22, *INTL22)]

_ids = [case[0]["id"] for case in BLIND22]
assert len(_ids) == len(set(_ids)), "two cases share an id"
