"""Blind batch 18 of the real-material corpus (issue #15, round 18): calendar events only.

Built and labelled by hand on 2026-12-07, before any code ran on it, by a corpus helper who never
read the detection code, the timeline code or their documentation, and never ran the detector,
the detection bench, the weight fit or any test on these cases (only an import check and ruff,
plus ``datetime``/``zoneinfo`` and the ``holidays`` package to check offsets and dates). Same
conventions as ``real_cases.py`` and the b2 to b17 files: each case re-creates, as Google Calendar
would hold it (title, plain or HTML description, organiser, guests with display names and
response status, room resources, hidden guest lists, all-day events, location, conference text), a
wording or a process documented on the public page cited in its source; names, companies and
addresses are invented (company domains look like real ones; none under a reserved name; a
vendor's own domain only for the vendor's own mail or demo); the wording is paraphrased, not
copied. Public bodies that cannot be invented keep their real names where the process is theirs
(a French departmental fire service, India's Union and Bihar public service commissions, an
Australian embassy's locally engaged staff); where a page named a real orchestra, firm or town, an
invented one took its place. Every source is new to the corpus: no URL and no host name cited by an
earlier data file in tests/data (checked with a grep over tests/data/*.py for the URL and the host
before each was used; hosts already cited, such as usembassy.gov, iom.int, careeraddict, vetnurse,
interviewbaba, resumegeni, criteriacorp, southernarc, mig-welding, sekotidningen, hays.nl,
mdr-orchesterfreunde, francetvinfo, wuzzyfa or smehow, were left out). Event ids are prefixed
"b18-" so they stay unique across the corpus.

What it holds: 164 events, 86 job interviews (or hiring steps) the owner attends as the candidate
and 78 non-interviews; 104 in English (50 interviews; the US, the UK, Canada, Australia, New
Zealand, South Africa, the Philippines, Kenya, India and Sweden) and 60 in 17 other languages (36
interviews): German 6 (3, Germany and Austria), Spanish 5 (3, Spain and Mexico), Italian 5 (4),
French 4 (2), Japanese 4 (3), Korean 4 (2), Chinese 4 (2, simplified from mainland China and
traditional from Taiwan), Russian 4 (3), Thai 4 (3), Portuguese 3 (2, Brazil), Swedish 3 (2),
Hindi 3 (2), Arabic 3 (1, Saudi Arabia and Jordan), Norwegian 2 (1), Dutch 2 (1), Turkish 2 (1),
Bengali 2 (1, West Bengal). Scripts other than Latin: Japanese, Korean, simplified and traditional
Chinese, Cyrillic, Thai, Devanagari, Bengali and Arabic. 107 cited sources on 104 hosts (62 on 60
for the English half, 45 on 45 for the other languages), none cited by an earlier file. None of the
languages is new to the corpus, but nine (Japanese, Korean, Chinese, Russian, Hindi, Bengali,
Turkish, Swedish, Dutch) were absent from round 17's batch. Dates fall between 28 February and
25 March 2028 (no earlier batch's events use these weeks; only two timeline texts mention dates in
them): North American cases only from 13 March, after daylight time starts on the 12th, and
European ones before summer time starts on the 26th; all clear of each country's public holidays
(checked with the ``holidays`` package, with the province or state where holidays differ: Eid
al-Fitr at the end of February in Saudi Arabia, Jordan and Türkiye, Holi on 11 March, Labour Day
in Western Australia and Victoria, Human Rights Day in South Africa, Benito Juárez's birthday in
Mexico, Korea's Independence Movement Day, the Japanese equinox and Russia's 8 March); hiring
steps fall on weekdays except a Saturday volunteer-firefighter selection in Montauban, a Sunday
(a working day) interview in Riyadh and a Sunday public-institution interview in China; a few
weekend events are practice, courses and leisure.

New to the corpus, by sector and process (none of round 17's sectors): orchestras (a personnel
manager's screened preliminary round with a hidden guest list, a prescreen recording the candidate
booked a hall for, a same-day semi-final and final, an unscreened final with the music director,
a trial week as an all-day event, a substitute-list audition, a cruise line's orchestra audition
booked by an entertainment agency, a German Probespiel behind the curtain and a candidate's own
entry for one, an Austrian conductor's Vordirigat, Spanish screened and unscreened rounds, a
Mexican live audition after a video pre-selection), welders (an interview that turns into a weld
test with the supervisor, a shipyard's qualification test with a bend test), wind technicians (a
site manager and safety panel, a climb-readiness and rescue check, an OEM recruiter's call),
security guards (a mobile-patrol interview and a site walk, an event-security information session
with interviews, a contract firm's client meet-and-greet, a Swedish firm's interview after online
tests written in English, Swedish online tests and interview, a Norwegian first interview, a
Brazilian group dynamic, a Russian head-of-security interview), breweries (a brew-day shadow, a
paid cellar working interview), funeral homes (an assistant's interview, an apprenticeship
interview with a tour), zoos and veterinary clinics (a keeper's panel with a practical, a paid
working interview, an unpaid shadow interview, a Dutch assistant traineeship with a shadowing
morning), early years (an interview with an observed activity, a room leader's panel, a supply
agency's interview for a nursery), hair and beauty trade tests (models, a bob and a colour, a
final chat with the owner, a spa's facial test), forklift and crane operators (an online test
sent through an assessment platform, a crane interview and its practical lift, a warehouse's
pre-hire evaluation), embassies' local staff (a selection-criteria panel, a driver's written test
and interview), contact centres (an assessment day, a bilingual phone interview and a group
interview, a Manila BPO's exam and final with a mock call, a Cape Town spoken-English test),
museums and libraries (an object-handling practical, a curator's exhibition pitch, a district
librarian's interview with a call letter), couriers (a group interview and the next day's road
test), and in other languages French volunteer firefighters' tests and interview, a Chianti
estate's job day, an Italian harvest agency, a bank and a trattoria, Japanese construction and
plumbing firms, a Korean public corporation's two rounds, a Chinese public institution's
structured interview with drawn lots, a Taipei restaurant, a Moscow restaurant's trial shift and
HR interview, Indian public service commission interviews in Hindi and Bengali, a Riyadh panel,
Thai hotel, warehouse and software-firm interviews, a Turkish logistics firm and a Brazilian
plant's technical interview.
Tools and organisers: Teams (English, German, Swedish), Zoom (English, Japanese), Google Meet
(English, Portuguese, Thai), Webex, an assessment platform's no-reply invitation, no-reply and
notification senders, personnel offices, HR, talent, careers and recruiting mailboxes, hiring
managers, head brewers, practice managers and salon owners, agencies (a cruise entertainment
agency, an early-years supply agency, an Italian harvest agency, a contract security firm) and
the owner's own copies, several with the interviewer named only in the title.
Look-alikes: the owner on the hiring side (an audition jury member, a student orchestra's panel,
a shop foreman, a wind site lead, a security supervisor, a brewmaster, a funeral director, a
practice manager, a nursery manager, a warehouse supervisor, a contact-centre role-play customer,
a dispatch manager, an HR officer in Brazil and Saudi Arabia), practice, coaching and mock
interviews (a mock blind audition, mental training, practice plates, a mock interview sheet, an
interview study group, rehearsing aloud, a career coach, typing practice), courses and
certification (GWO safety training, a forklift course, a guard card refresher, first aid, CPD,
an orchestral excerpts course), licence and certification exams (NOCTI, AWS, the funeral board
exam, a Korean professional engineer's oral, a Russian guard's periodic exam, a French national
competitive exam), admissions (a youth orchestra), medical checks (night work, volunteer
firefighters, pre-employment in Japan and China, a drug screen), vetting (a Swedish security
vetting interview, a police certificate), visas, media and research (a podcast guest, a newspaper
feature, a reporter interviewing an official, a PhD research interview), vendor demos (an
assessment platform), webinars, onboarding after a hire (joining a ship, a uniform fitting, a
driver orientation), chores, leisure and family events.

Labels say what a careful user would want, following the earlier rounds' rules (round 5's to
17's docstrings): ``None`` unless the event is a job interview (or a hiring step) that the
calendar's owner attends as the candidate; otherwise the accepted company spellings and exactly
the people a thank-you should go to. Interviewers and the hiring side's recruiter, coordinator or
team mailbox (organiser or guest) are in; the candidate's own addresses, rooms, group addresses,
no-reply, notification, scheduling and tool mailboxes, declined guests and bots are out; people a
schedule names as interviewers without an address are listed by name, without courtesy or job
titles (a person both named and invited is listed once, by address); an agency's recruiter is
thanked with the client's interviewers and the company is the client; auditions, trial days and
weeks, practical and physical tests, group exercises, assessment centres and the employer's own
tests are hiring steps; a one-way interview or test the owner blocked time for is a hiring step
with nobody to thank; medical checks, background checks, licence exams, courses, admissions, fairs
and media, research, citizenship and benefits interviews are not. Decisions this batch had to make
where the earlier files were silent carry a one-line comment on the case; in short:
- a prescreen recording the candidate blocked time to make is the orchestra's own round (yes,
  nobody to thank); a trial week, a substitute-list audition and a conductor's Vordirigat are
  hiring steps; a youth orchestra's entrance audition is an admission (no);
- volunteer firefighters' selection tests and interview are the fire service's hiring steps
  (yes); the oral of a national competitive exam that only puts winners on an aptitude list,
  without a post, is not (no);
- a contract security firm employs the guard, so at a client's meet-and-greet the firm is the
  company (the client's name is accepted too) and the firm's account manager and the client's
  property manager are both thanked; the firm's scheduling mailbox is not;
- a clinic's interview and shadowing morning for a veterinary assistant traineeship is a hiring
  step (yes);
- a public service commission's interview and a public institution's structured interview run
  by an examination centre are hiring steps with nobody to thank (the institution, not the centre,
  is the company);
- an orchestra board's group mailbox on a conductor's audition is left out, as group addresses
  are; interviewers known by surname and title in Japanese or Chinese are listed by full name
  without the title.

The English cases are here; the cases in other languages (and the time zones and conference texts
both halves use) are in ``real_cases_b18_intl.py``, split out for length; ``BLIND18`` holds both.

Scored once, at the end of round 18, for docs/detection.md and the README; tuning data since round 19.
"""

from __future__ import annotations

from detect_cases import days, event, guest, org, room, yes
from real_cases_b18_intl import (
    AKL,
    BNE,
    CHI,
    CHI_ST,
    DEN,
    INTL18,
    JNB,
    KOL,
    LA,
    LON,
    MEET,
    MEL,
    MNL,
    NBO,
    NY,
    SELF,
    STO,
    SYD,
    TEAMS,
    TOR,
    VAN,
    WEBEX,
    ZOOM,
    Case,
    at,
)

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data file,
# checked with a grep over tests/data/*.py for the URL and the host before each was used).
ALEXDOYLE = "https://alexdoyleclarinet.com/blog/what-happens-at-a-professional-orchestra-audition"
BSOMUSICIANS = "https://baltimoresymphonymusicians.org/blog/2016/05/16/so-you-want-to-audition-for-a-professional-orchestra/"
PROSHIP = "http://proship.com/en/entertainers/proship-entertainment/faq/51-what-is-the-orchestra-musician-audition.html"
ORCHESTRABOUND = "https://www.orchestrabound.jjalvarez.com/faqs"
KEVSH = "https://hub.kev.sh/blog/running-an-orchestral-audition-process"
NUMB = "http://not-so-comfortably-numb.blogspot.com/2006/08/job-interview-today.html"
WELDTALK = "https://weldtalk.hobartwelders.com/forum/weld-talk-topic-archive/welding-processes/444-welding-test"
BESTWELDING = ("https://bestweldingschool.org/resources/interviewing-welding-school-graduates-questions-to-ask-schools-"
               "and-training")
WINDY = "https://windyproductions.com/how-to-get-started-in-wind/"
STARTUPKIT = "https://startupkit.app/blog/how-to-hire-wind-turbine-technician"
NOCTI = "https://www.noctibusiness.com/assessments/wind-turbine-maintenance-technician/"
TIPOFSPEAR = "https://tipofspearsecuritytraining.ca/post/security-guard-job-interviews-13-tips-to-get-the-job"
BLUETIER = "https://www.bluetiersecurity.com/nailing-the-interview"
WORLDWATCH = "https://worldwatchsecurity.ca/interview-preparation-tips"
INFOBARREL = "http://www.infobarrel.com/Security_Guard_Interviews"
SGCC = "https://securityguardcareercenter.com/8-security-guard-interview-questions/"
OUTSIDEBADGE = "https://outsidethebadge.com/security-guard-job-interview-sample-questions/"
SECURITAS_EN = "https://www.securitas.se/en/join-us/get-to-know-Securitas-as-an-employer/recruitment-process/"
FUELEDBYHOPS = "https://www.fueledbyhops.com/2020/08/08/ask-a-brewer-new-hires/"
PROBREWER = "https://www.probrewer.com/library/archives/hiring-the-best-brewers/"
DIRTYHALLION = "https://thedirtyhallion.wordpress.com/2017/08/24/how-not-to-get-a-job-in-the-brewing-industry/"
TASTEYOURFUTURE = "http://tasteyourfuture.ca/job-profiles/brewmaster/"
FUNERALJOBSHQ = "https://funeraljobshq.com/how-to-prepare-for-a-funeral-home-interview"
WIFS = "http://womeninfuneralservice.com/2015/09/29/help-i-need-an-apprenticeship/"
OFDA = "http://www.ofda.org/_mgxroot/page_10804.php"
GLOBALGUIDELINE = "https://www.globalguideline.com/interview/questions/Funeral_Director"
INTERVIEWACE_ZOO = "https://interviewace.org/zookeeper-interview-questions"
INTERVIEWACE_MUSEUM = "https://interviewace.org/museum-curator-interview-questions"
TVB = "https://todaysveterinarybusiness.com/working-shadow-job-candidate/"
VETPETJOBS = "https://www.vetpetjobs.com.au/blog/interviewers-guide-vet-clinic-team-members/"
IMMERSE = "https://www.immerse-education.co.uk/blog/prepare-ace-your-nursery-practitioner-interview-169"
BLOSSOM = "https://blossomeducational.com/?p=8977"
INTERVIEWTRAINING = ("https://www.interview-training.co.uk/nursery-practitioner-nursery-nurse-interview-questions-"
                     "and-answers/")
ELEVATE = "https://elevatesupply.co.uk/blog/common-early-years-practitioner-interview-questions-explained"
SIRENFILMS = "https://www.sirenfilms.co.uk/library/play-and-learning-observation-clip-2/"
HAIRBEAUTY = "https://www.hairandbeautyjobs.com/article/how-to-stand-out-in-your-hair-interview-and-trade-test/"
HAIRBEAUTY_TRADE = "https://www.hairandbeautyjobs.com/article/a-guide-to-beauty-trade-tests-at-your-interview/?s=3"
HJI = "https://www.hji.co.uk/future-talent/14-things-you-might-be-asked-at-a-hairdressing-trade-test/"
CHEEERZ = "http://cheeerz.com/2015/09/18/how-to-prepare-for-your-first-hair-salon-interview/"
HAIRFINDER = "https://www.hairfinder.com/hair7/hair-job-interview2.htm"
BHA = "https://britishhairdressingassoc.co.uk/how-to-handle-practical-tests-during-a-hairdressing-interview"
SALONSDIRECT = "https://www.salonsdirect.com/blog/preparing-for-your-first-hairdressing-interview/"
TESTLIFY = "https://testlify.com/test-library/forklift-operator/"
FORKLIFTGUIDE = "http://forkliftlicenseguide.com/blog/115-test-hired-forklift-operator"
CAREERSTREET = "https://careerstreet.co.za/?p=472"
TALENTLYFT = "https://www.talentlyft.com/template/forklift-operator-interview-questions"
TIMPL = "https://blog.timpl.com/what-questions-should-you-be-asking-a-forklift-operator-candidate-in-their-interview"
AUSEMBASSY = "https://usa.embassy.gov.au/how-apply"
SWAZIEMBASSY = "http://swazilandembassyqatar.org/how-to-get-job-in-a-foreign-embassy/"
GRIPROOM = "https://www.griproom.com/fun/how-to-get-a-job-at-an-embassy-step-by-step"
CACTUS = "http://cactussearch.co.uk/search/latest-blog/cactus-blog/an-effective-assessment-day/"
CALLCENTREJOB = "https://www.callcentrejob.ca/tools-and-resources/call-centers-some-tests-recruiters-will-have-you-take/"
CALLCENTREHELPER = "https://www.callcentrehelper.com/call-centre-recruitment-process-51384.htm"
AWARDSPACE = ("http://callcenters.awardspace.com/philippine-call-center-information/common-call-center-recruitment-"
              "and-training-process/")
MISORJOBS = "https://misorjobs.com/q-how-do-call-centers-pick-their-employees"
SHIFTMATE = "https://shiftmate.co.za/resources/blog/how-to-pass-a-call-centre-assessment-practice-questions"
LABOURHUB = "https://labourhub.com.au/post/customer-service-assessments-hiring-guide"
MINISTRYCURIOSITY = "http://theministryofcuriosity.blogspot.com/2015/10/your-museuminterview-questions.html"
MGNREGA_LIB = "https://mgnregaalipurduar.org/librarian/interview/"
BROWNCAFE = "https://www.browncafe.com/community/threads/first-road-test.379516/"
NEUROWORX = "https://neuroworx.io/magazine/how-to-hire-a-delivery-driver"
SMOOTH = "https://smooth-transports.ca/become-a-driver/"


_MUSIC_WELD_WIND: list[Case] = [
    # ============================================================ orchestras
    # alexdoyleclarinet: the personnel manager's confirmation of a preliminary round after the resume review; the
    # committee sits behind a screen and the guest list is hidden
    (event("Audition Confirmation – Section Clarinet – Preliminary Round (screened)",
           organizer=org("personnel@lakeshoresymphony.org", "Lakeshore Symphony – Orchestra Personnel"),
           guestsCanSeeOtherGuests=False,
           description="<p>Dear Candidate,</p><p>This confirms your preliminary round slot. Please check in with the "
                       "personnel manager at the stage door 45 minutes before your time; warm-up rooms are assigned "
                       "on arrival. The round is behind a screen: please do not speak in the audition room. Excerpts "
                       "will be posted at check-in.</p><p>Dana Whitfield<br>Orchestra Personnel Manager</p>",
           location="Marcus Hall, 929 N Water St, Milwaukee WI", **at("2028-03-13", "09:40", 20, *CHI)),
     yes(["Lakeshore Symphony Orchestra", "Lakeshore Symphony", "Lakeshoresymphony"],
         ["personnel@lakeshoresymphony.org"]), "en", ALEXDOYLE),
    # alexdoyleclarinet: the candidate books a hall to record the prescreening round the orchestra asked for
    # Decision: a recorded prescreen the owner blocked time for is the orchestra's own round (yes, nobody to thank)
    (event("Record prescreen for Lakeshore (Mozart exposition + 4 excerpts) – hall booked", organizer=SELF,
           description="Unedited takes only, one camera, state name & excerpt before each. Upload by Friday.",
           location="University recital hall", **at("2028-03-07", "19:00", 120, *CHI_ST)),
     yes(["Lakeshore Symphony Orchestra", "Lakeshore Symphony"], []), "en", ALEXDOYLE),
    # baltimoresymphonymusicians: the candidate's own entry for an audition with semi-finals and finals the same day
    (event("AUDITION – Principal Oboe – Harbor City Symphony (prelims 10am, semis/finals same day)", organizer=SELF,
           description="Concerto: Mozart 1st mvt. 13 excerpts. Reed box x2. Eat lunch!!",
           location="Harbor City Symphony Hall, Baltimore", **at("2028-03-22", "10:00", 480, *NY)),
     yes(["Harbor City Symphony", "Harbor City Symphony Orchestra"], []), "en", BSOMUSICIANS),
    # baltimoresymphonymusicians: the final round is unscreened and the music director joins the committee
    (event("Final round (unscreened) – Principal Oboe – Harbor City Symphony",
           organizer=org("personnel@harborcitysymphony.org", "HCS Orchestra Personnel"),
           guests=[guest("personnel@harborcitysymphony.org", "HCS Orchestra Personnel"),
                   guest("evasquez@harborcitysymphony.org", "Elena Vasquez")],
           description="Congratulations on advancing. The final round is not screened; Maestra Elena Vasquez will "
                       "join the audition committee and may ask you to play an excerpt with the section.",
           location="Harbor City Symphony Hall, Stage", **at("2028-03-22", "16:30", 30, *NY)),
     yes(["Harbor City Symphony", "Harbor City Symphony Orchestra", "Harborcitysymphony"],
         ["personnel@harborcitysymphony.org", "evasquez@harborcitysymphony.org"]), "en", BSOMUSICIANS),
    # proship: a cruise-line entertainment agency's 30-minute audition for a ship's orchestra (sight-reading,
    # improvisation, standards from memory); the agency's booker is thanked and the line is the company
    (event("Orchestra Musician Audition (30 min) – Azure Horizon Cruises – via Seaborne Entertainment",
           organizer=org("auditions@seaborne-ent.co.uk", "Seaborne Entertainment Auditions"),
           guests=[guest("auditions@seaborne-ent.co.uk", "Seaborne Entertainment Auditions"),
                   guest("gemma.lowe@seaborne-ent.co.uk", "Gemma Lowe"),
                   guest("md.fleet@azurehorizoncruises.com", "Fleet Musical Director")],
           description="You will be asked to sight-read, improvise over changes and play standard repertoire from "
                       "memory. Bring your own instrument; amps and a drum kit are provided.",
           location="Seaborne Studios, 14 Tanner St, London SE1", **at("2028-03-02", "13:30", 30, *LON)),
     yes(["Azure Horizon Cruises", "Azure Horizon", "Azurehorizoncruises"],
         ["auditions@seaborne-ent.co.uk", "gemma.lowe@seaborne-ent.co.uk", "md.fleet@azurehorizoncruises.com"]),
     "en", PROSHIP),
    # orchestrabound: a mock blind audition where participants rotate as auditionee and panelist (practice, no)
    (event("OrchestraBound mock audition session (rotate: auditionee / panel / intermediary)",
           organizer=org("sessions@orchestrabound-practice.org", "OrchestraBound"),
           description="Mock $200 fee refunded on arrival. Score sheets provided.", location="Community Music Center",
           **at("2028-03-18", "13:00", 180, *CHI)),
     None, "en", ORCHESTRABOUND),
    # kev.sh: the owner, a university orchestra's committee member, runs the society's yearly seating auditions
    # (student society, hiring side, no)
    (event("UniSymph auditions – strings (panel: me, Priya, conductor)", organizer=SELF,
           guests=[guest("priya.n@unisymph-soc.org.uk", "Priya Nair"), guest("conductor@unisymph-soc.org.uk")],
           location="Music Dept Room G.04", **at("2028-03-01", "18:00", 180, *LON)),
     None, "en", KEVSH),
    # alexdoyleclarinet: the winner's trial week playing with the orchestra before tenure (hiring step, an all-day
    # event over five days; the personnel manager named in the note)
    (days(event("Trial week – Lakeshore Symphony (section clarinet) – check in w/ Dana Whitfield", organizer=SELF,
                description="Rehearsals daily 10-1, concert Sat. Trial = part of the audition process."),
          "2028-03-20", "2028-03-25"),
     yes(["Lakeshore Symphony Orchestra", "Lakeshore Symphony"], ["Dana Whitfield"]), "en", ALEXDOYLE),
    # baltimoresymphonymusicians: an audition for the substitute list (paid extra players), from the personnel office
    (event("Substitute List Audition – Section Viola – Harbor City Symphony",
           organizer=org("personnel@harborcitysymphony.org", "HCS Orchestra Personnel"),
           description="Audition for our substitute/extra list. One movement of a solo work plus 4 excerpts. Not "
                       "screened.",
           location="Harbor City Symphony Hall, Room B", **at("2028-03-16", "14:20", 15, *NY)),
     yes(["Harbor City Symphony", "Harbor City Symphony Orchestra", "Harborcitysymphony"],
         ["personnel@harborcitysymphony.org"]), "en", BSOMUSICIANS),
    # proship: signing on to the ship after the contract (onboarding after the hire, no)
    (days(event("Join ship – Azure Horizon – sign-on Southampton (Seaborne contract)", organizer=SELF),
          "2028-03-24", "2028-03-25"),
     None, "en", PROSHIP),
    # ============================================================ welders
    # not-so-comfortably-numb: an interview where the welding supervisor takes the candidate to the shop for a weld test
    (event("Interview + weld test – Ridgeline Crane & Hoist (ask for Earl Whitcomb, welding sup.)", organizer=SELF,
           description="Bring hood + gloves. Probably T-joint on 3/4 plate, no undercut!",
           location="Ridgeline Crane & Hoist, 1200 Industrial Blvd, Georgetown TX", **at("2028-03-15", "13:00", 90, *CHI)),
     yes(["Ridgeline Crane & Hoist", "Ridgeline"], ["Earl Whitcomb"]), "en", NUMB),
    # weldtalk: a shipyard's welder qualification test (7018 groove plates in vertical and overhead, bend test) from
    # the yard's welder hiring office
    (event("Welder Qualification Test – Structural SMAW (3G/4G) – Baymouth Shipbuilding",
           organizer=org("welder.hiring@baymouthship.com", "Baymouth Shipbuilding – Welder Hiring"),
           description="Bring your own hood, leathers, chipping hammer and slag picks. Rod and plate provided. Welds "
                       "must pass a 90° bend test. Grinder use at inspector's discretion. Photo ID required at gate 3.",
           location="Baymouth Shipbuilding Test Shop, Gate 3, Pascagoula MS", **at("2028-03-17", "06:30", 300, *CHI)),
     yes(["Baymouth Shipbuilding", "Baymouth", "Baymouthship"], ["welder.hiring@baymouthship.com"]), "en", WELDTALK),
    # weldtalk: practice plates on a friend's machine before the test (practice, no)
    (event("Practice 7018 vert/overhead plates at Dale's garage (bring scrap)", organizer=SELF,
           guests=[guest("dale.r.mccoy@gmail.com", "Dale McCoy")], **at("2028-03-14", "17:30", 150, *CHI)),
     None, "en", WELDTALK),
    # bestweldingschool: the owner, a shop foreman, interviews welding school graduates (hiring side, no)
    (event("Interviews – 2 welding school grads (ask re: SMAW/GMAW, positions, bend tests)", organizer=SELF,
           guests=[guest("hr@kesslerfab.com", "Kessler Fab HR")], location="Kessler Fab shop office",
           **at("2028-03-21", "10:00", 120, *DEN)),
     None, "en", BESTWELDING),
    # weldtalk: a certification test the owner pays for at a college testing lab (certification, no)
    (event("AWS D1.1 cert test – community college testing lab (self-pay)", organizer=SELF,
           location="Gulf Coast CC Welding Lab", **at("2028-03-24", "08:00", 240, *CHI)),
     None, "en", WELDTALK),
    # ============================================================ wind technicians
    # windyproductions: a wind technician's interview with the site manager and the safety lead, by Teams
    (event("Wind Turbine Technician – interview with Site Manager & HSE Lead – Northwind Services",
           organizer=org("careers@northwindservices.co.uk", "Northwind Services Careers"),
           guests=[guest("careers@northwindservices.co.uk", "Northwind Services Careers"),
                   guest("callum.reid@northwindservices.co.uk", "Callum Reid"),
                   guest("aileen.mackay@northwindservices.co.uk", "Aileen MacKay")],
           description="Expect fault-finding questions (how would you chase a pitch fault?) and a chat about your "
                       "mechanical background. Working-at-height certs are provided once you start." + TEAMS,
           **at("2028-03-06", "11:00", 60, *LON)),
     yes(["Northwind Services", "Northwind", "Northwindservices"],
         ["careers@northwindservices.co.uk", "callum.reid@northwindservices.co.uk",
          "aileen.mackay@northwindservices.co.uk"]), "en", WINDY),
    # startupkit: a climb-readiness and tower-rescue check before the technical loop, from the employer's talent team
    (event("Climb readiness assessment – Wind Tech II – Prairie Gust Energy (training tower)",
           organizer=org("talent@prairiegust.com", "Prairie Gust Talent"),
           guests=[guest("talent@prairiegust.com", "Prairie Gust Talent"),
                   guest("jose.alvarado@prairiegust.com", "Jose Alvarado")],
           description="Bring GWO BST certificate and WINDA ID. You will climb the 80 ft training tower with harness "
                       "and demonstrate a basic rescue descent. Closed-toe boots.",
           location="Prairie Gust Training Center, Sweetwater TX", **at("2028-03-20", "08:00", 180, *CHI)),
     yes(["Prairie Gust Energy", "Prairie Gust", "Prairiegust"], ["talent@prairiegust.com",
                                                                  "jose.alvarado@prairiegust.com"]), "en", STARTUPKIT),
    # noctibusiness: the industry's entry-level wind maintenance technician assessment at a college (exam, no)
    (event("NOCTI Wind Turbine Maintenance Technician assessment (written + performance)", organizer=SELF,
           location="Lakes Region Technical College", **at("2028-03-13", "08:30", 300, *CHI)),
     None, "en", NOCTI),
    # windyproductions: five days of Global Wind Organisation basic safety training (course, no)
    (days(event("GWO BST course (working at heights, first aid, fire, manual handling)", organizer=SELF,
                location="Offshore Training Centre, Hull"), "2028-02-28", "2028-03-03"),
     None, "en", WINDY),
    # startupkit: the owner, a site lead, interviews technician candidates (hiring side, no)
    (event("Wind tech candidate loop – troubleshooting panel (me + Jose)", organizer=org("talent@prairiegust.com",
                                                                                    "Prairie Gust Talent"),
           guests=[guest("jose.alvarado@prairiegust.com", "Jose Alvarado")], **at("2028-03-23", "13:00", 90, *CHI)),
     None, "en", STARTUPKIT),
    # windyproductions: an OEM recruiter's short call about service technician roles
    (event("Quick chat – Service Technician roles (Vestra Wind UK)",
           organizer=org("hannah.cole@vestrawind.co.uk", "Hannah Cole"),
           guests=[guest("hannah.cole@vestrawind.co.uk", "Hannah Cole")],
           description="Hi Pat, looking forward to our call. I'll ring the mobile on your CV. 20 mins.",
           **at("2028-03-01", "12:30", 20, *LON)),
     yes(["Vestra Wind", "Vestra Wind UK", "Vestrawind"], ["hannah.cole@vestrawind.co.uk"]), "en", WINDY),
]

_GUARDS_BREW_FUNERAL_ANIMALS: list[Case] = [
    # ============================================================ security guards
    # worldwatchsecurity: a security company's interview with its hiring manager for a mobile patrol post
    (event("Interview – Security Guard (Mobile Patrol) – Northgate Protective Services",
           organizer=org("hiring@northgateprotective.ca", "Northgate Protective Services – Hiring"),
           guests=[guest("hiring@northgateprotective.ca", "Northgate Protective Services – Hiring"),
                   guest("m.rahimi@northgateprotective.ca", "Mehdi Rahimi")],
           description="Please bring your security guard licence, first aid certificate and a government photo ID. "
                       "Dress: clean and professional. We will discuss scenarios on de-escalation and report writing.",
           location="Northgate Protective Services, 2200 Yonge St, Suite 410, Toronto ON",
           **at("2028-03-14", "10:00", 45, *TOR)),
     yes(["Northgate Protective Services", "Northgate Protective", "Northgate", "Northgateprotective"],
         ["hiring@northgateprotective.ca", "m.rahimi@northgateprotective.ca"]), "en", WORLDWATCH),
    # worldwatchsecurity: the second step, a site walk with the patrol supervisor (hiring step)
    (event("Site walk + 2nd interview – Mobile Patrol – Northgate (meet Tanya at dispatch)",
           organizer=org("hiring@northgateprotective.ca", "Northgate Protective Services – Hiring"),
           guests=[guest("t.okonkwo@northgateprotective.ca", "Tanya Okonkwo")],
           description="Ride-along of two sites with the patrol supervisor, then a short follow-up interview.",
           location="Northgate dispatch, 88 Bermondsey Rd, Toronto", **at("2028-03-21", "18:00", 120, *TOR)),
     yes(["Northgate Protective Services", "Northgate Protective", "Northgate"],
         ["hiring@northgateprotective.ca", "t.okonkwo@northgateprotective.ca"]), "en", WORLDWATCH),
    # tipofspeartraining: an event-security company's information session followed by short interviews
    (event("Info session + interviews – Event Security Staff (spring season) – Summit Crowd Management",
           organizer=org("recruiting@summitcrowd.ca", "Summit Crowd Management Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="Session covers shifts, venues and training; one-on-one interviews follow (10 min each). Bring "
                       "your BC security worker licence.",
           location="Summit Crowd Management, 1055 W Georgia St, Vancouver BC", **at("2028-03-16", "17:30", 150, *VAN)),
     yes(["Summit Crowd Management", "Summit Crowd", "Summitcrowd"], ["recruiting@summitcrowd.ca"]), "en",
     TIPOFSPEAR),
    # bluetiersecurity: a mock interview workshop with a downloadable sheet (practice, no)
    (event("BlueTier-style mock interview practice (print PDF, answer 3 questions)", organizer=SELF,
           **at("2028-03-15", "19:00", 45, *LA)),
     None, "en", BLUETIER),
    # infobarrel: driving the route to the interview the day before at the same time (chore, no)
    (event("Test drive route to Sentinel Guard Co. (same time as interview, check parking)", organizer=SELF,
           **at("2028-03-14", "09:30", 45, *CHI)),
     None, "en", INFOBARREL),
    # infobarrel: the interview itself, the candidate's own entry with the interviewer's name
    (event("Security Officer interview – Sentinel Guard Co. – w/ Ray Dobbs (arrive 9:45)", organizer=SELF,
           description="Suit. Questions to ask at end re: sites + training.",
           location="Sentinel Guard Co., 500 W Madison St, Chicago", **at("2028-03-15", "10:00", 45, *CHI)),
     yes(["Sentinel Guard Co.", "Sentinel Guard", "Sentinel"], ["Ray Dobbs"]), "en", INFOBARREL),
    # securityguardcareercenter: a state guard card refresher class (training, no)
    (event("Guard card refresher – 8 hr (BSIS) – skills training", organizer=SELF,
           location="Golden State Security Academy, Van Nuys", **at("2028-03-18", "08:00", 480, *LA)),
     None, "en", SGCC),
    # outsidethebadge: a contract security firm arranges for its candidate to meet the client's property manager at
    # the post before placement
    # Decision: a contract guard is employed by the security firm, not the client; the firm is the company (the
    # client is accepted too) and both the firm's account manager and the client's manager are thanked
    (event("Client meet & greet – Lobby Officer post (Meridian Tower) – Apex Guard Services",
           organizer=org("scheduling@apexguardservices.com", "Apex Guard Scheduling"),
           guests=[guest("k.brennan@apexguardservices.com", "Kevin Brennan"),
                   guest("lwong@meridiantowerproperties.com", "Linda Wong")],
           description="Kevin (Account Manager) will meet you in the lobby and introduce you to the property manager. "
                       "Wear your interview suit, not uniform.",
           location="Meridian Tower, 1 Meridian Plaza, Denver CO", **at("2028-03-17", "14:00", 30, *DEN)),
     yes(["Apex Guard Services", "Apex Guard", "Apexguardservices", "Meridian Tower"],
         ["k.brennan@apexguardservices.com", "lwong@meridiantowerproperties.com"]), "en", OUTSIDEBADGE),
    # securitas (en): a Swedish security company's interview after passed online tests, written in English
    (event("Interview – Security Officer (night) – Nordvakt Security AB",
           organizer=org("recruitment@nordvakt.se", "Nordvakt Recruitment"),
           guests=[guest("recruitment@nordvakt.se", "Nordvakt Recruitment"),
                   guest("erik.sandberg@nordvakt.se", "Erik Sandberg")],
           description="Your test results match the requirements for the position. After the interview we will "
                       "check at least two references and run a credit check.",
           location="Nordvakt, Sveavägen 44, Stockholm", **at("2028-03-08", "13:00", 60, *STO)),
     yes(["Nordvakt Security AB", "Nordvakt Security", "Nordvakt"],
         ["recruitment@nordvakt.se", "erik.sandberg@nordvakt.se"]), "en", SECURITAS_EN),
    # securitas (en): the medical examination for night work required before hiring (medical, no)
    (event("Medical examination for night work (pre-employment) – Nordvakt", organizer=SELF,
           location="Företagshälsan, Stockholm", **at("2028-03-15", "08:30", 45, *STO)),
     None, "en", SECURITAS_EN),
    # outsidethebadge: the owner, a security supervisor, interviews guard applicants (hiring side, no)
    (event("Guard applicant interviews x3 (honesty/trust question sheet)", organizer=SELF,
           guests=[guest("ops@apexguardservices.com", "Apex Ops")], location="Apex office, Denver",
           **at("2028-03-22", "09:00", 150, *DEN)),
     None, "en", OUTSIDEBADGE),
    # ============================================================ breweries
    # fueledbyhops: an assistant brewer's interview with a brew-day shadow (the head brewer organises)
    (event("Assistant Brewer – interview + brew day shadow (wear boots you don't mind soaking)",
           organizer=org("headbrewer@fernbankbrewing.com", "Marcus Tate"),
           guests=[guest("headbrewer@fernbankbrewing.com", "Marcus Tate")],
           description="We'll mash in at 7. You'll help with the mash-out and dig out the tun, then we'll sit down "
                       "and talk. Homebrew logs welcome.",
           location="Fernbank Brewing Co., 2211 SE 9th Ave, Portland OR", **at("2028-03-16", "07:00", 360, *LA)),
     yes(["Fernbank Brewing Co.", "Fernbank Brewing", "Fernbank", "Fernbankbrewing"],
         ["headbrewer@fernbankbrewing.com"]), "en", FUELEDBYHOPS),
    # fueledbyhops: a cellar operator's working interview at a production brewery, from the operations manager
    (event("Working interview – Cellar Operator – Stonecask Brewing",
           organizer=org("jobs@stonecask.beer", "Stonecask Brewing Jobs"),
           guests=[guest("jobs@stonecask.beer", "Stonecask Brewing Jobs"),
                   guest("renee.ford@stonecask.beer", "Renee Ford")],
           description="Paid 4-hour working interview: CIP, dry hopping, tank transfers. Renee (Ops Manager) will "
                       "run it. Steel toes required.",
           location="Stonecask Brewing, 401 Industrial Way, Bend OR", **at("2028-03-20", "08:00", 240, *LA)),
     yes(["Stonecask Brewing", "Stonecask"], ["jobs@stonecask.beer", "renee.ford@stonecask.beer"]), "en",
     FUELEDBYHOPS),
    # probrewer: the owner, a brewmaster, holds first interviews for a brewer (hiring side, no)
    (event("Brewer candidate – 1st interview (resume + cover letter review)", organizer=SELF,
           guests=[guest("gm@fernbankbrewing.com", "Fernbank GM")], location="Fernbank taproom office",
           **at("2028-03-23", "15:00", 60, *LA)),
     None, "en", PROBREWER),
    # thedirtyhallion: finishing the two application questions for a Belfast brewery (chore, no)
    (event("Finish brewery application – 'top 5 beers & why' essay", organizer=SELF,
           **at("2028-03-04", "20:00", 90, *LON)),
     None, "en", DIRTYHALLION),
    # tasteyourfuture: a brewery tour and tasting with friends (leisure, no)
    (event("Brewery tour + tasting flight (Sam's birthday)", organizer=SELF,
           guests=[guest("sam.obrien@gmail.com", "Sam O'Brien")], location="Granville Island Brewing",
           **at("2028-03-18", "15:00", 120, *VAN)),
     None, "en", TASTEYOURFUTURE),
    # ============================================================ funeral homes
    # funeraljobshq: a funeral home's interview for a funeral service assistant, from the managing director
    (event("Interview – Funeral Service Assistant – Hollis & Grant Funeral Home",
           organizer=org("j.hollis@hollisgrantfuneral.com", "James Hollis"),
           guests=[guest("j.hollis@hollisgrantfuneral.com", "James Hollis"),
                   guest("office@hollisgrantfuneral.com", "Hollis & Grant Office")],
           description="Thank you for your interest. We'll talk about working with grieving families, on-call "
                       "hours and removals. Please dress as you would for a service.",
           location="Hollis & Grant Funeral Home, 45 Elm St, Albany NY", **at("2028-03-14", "11:00", 60, *NY)),
     yes(["Hollis & Grant Funeral Home", "Hollis & Grant", "Hollisgrantfuneral"],
         ["j.hollis@hollisgrantfuneral.com", "office@hollisgrantfuneral.com"]), "en", FUNERALJOBSHQ),
    # womeninfuneralservice: a mortuary student's apprenticeship interview with a licensed director and a tour
    (event("Apprenticeship interview + facility tour – Whitlock Family Funeral Chapels", organizer=SELF,
           description="Meet Denise Whitlock (licensed FD/embalmer). Ask: case volume, paid apprenticeship?, "
                       "embalming hours, arrangement conferences.",
           location="Whitlock Family Funeral Chapels, 3100 S Halsted, Chicago", **at("2028-03-21", "14:00", 90, *CHI)),
     yes(["Whitlock Family Funeral Chapels", "Whitlock Family Funeral", "Whitlock"], ["Denise Whitlock"]),
     "en", WIFS),
    # ofda: the owner, a funeral director, interviews an apprentice candidate (hiring side, no)
    (event("Apprentice candidate interview (explain philosophy, dress code, case volume)", organizer=SELF,
           guests=[guest("apprentice.candidate@gmail.com", "Tyler Brooks")], location="Arrangement room 1",
           **at("2028-03-15", "16:00", 60, *LA)),
     None, "en", OFDA),
    # globalguideline: the national board exam for funeral service (licence exam, no)
    (event("National Board Exam – Funeral Service Sciences (Pearson VUE)", organizer=SELF,
           location="Pearson VUE test center", **at("2028-03-23", "09:00", 180, *CHI)),
     None, "en", GLOBALGUIDELINE),
    # funeraljobshq: attending a relative's memorial service (plain event, no)
    (event("Aunt Carol's memorial service", organizer=SELF, location="St. Mark's, Albany",
           **at("2028-03-18", "11:00", 120, *NY)),
     None, "en", FUNERALJOBSHQ),
    # ============================================================ zoos and veterinary clinics
    # interviewace (zookeeper): a keeper's interview with a practical (diet prep, enclosure check) at a wildlife park
    (event("Zookeeper (Carnivores) – panel interview + practical task",
           organizer=org("people@eastcoastwildlifepark.com.au", "East Coast Wildlife Park – People & Culture"),
           guests=[guest("people@eastcoastwildlifepark.com.au", "East Coast Wildlife Park – People & Culture"),
                   guest("b.kerr@eastcoastwildlifepark.com.au", "Bronwyn Kerr"),
                   guest("t.nguyen@eastcoastwildlifepark.com.au", "Tuan Nguyen")],
           description="The practical (30 min) involves preparing a diet sheet and talking through an enclosure safety "
                       "check. Closed-in shoes. Panel: Bronwyn Kerr (Curator, Carnivores) and Tuan Nguyen (Senior "
                       "Keeper).",
           location="East Coast Wildlife Park, Staff entrance, Gosford NSW", **at("2028-03-09", "09:00", 120, *SYD)),
     yes(["East Coast Wildlife Park", "Eastcoastwildlifepark"],
         ["people@eastcoastwildlifepark.com.au", "b.kerr@eastcoastwildlifepark.com.au",
          "t.nguyen@eastcoastwildlifepark.com.au"]), "en", INTERVIEWACE_ZOO),
    # interviewace (zookeeper): a keeper talk at the zoo with the kids (leisure, no)
    (event("Keeper talk – penguins 11:30 (w/ kids)", organizer=SELF, location="Taronga Zoo",
           **at("2028-03-11", "11:30", 30, *SYD)),
     None, "en", INTERVIEWACE_ZOO),
    # todaysveterinarybusiness: a paid working interview at an animal hospital, from the practice manager
    (event("Working interview (paid) – Veterinary Technician – Cedar Hollow Animal Hospital",
           organizer=org("pm@cedarhollowvet.com", "Cedar Hollow Practice Manager"),
           guests=[guest("pm@cedarhollowvet.com", "Cedar Hollow Practice Manager"),
                   guest("dr.patel@cedarhollowvet.com", "Anika Patel")],
           description="You'll work alongside our techs in treatment (restraint, blood draws, anesthesia monitoring). "
                       "Paid at the posted rate; W-4 and I-9 required. Scrubs provided.",
           location="Cedar Hollow Animal Hospital, 7 Orchard Rd, Lexington KY", **at("2028-03-16", "08:00", 300, *NY)),
     yes(["Cedar Hollow Animal Hospital", "Cedar Hollow", "Cedarhollowvet"],
         ["pm@cedarhollowvet.com", "dr.patel@cedarhollowvet.com"]), "en", TVB),
    # todaysveterinarybusiness: an unpaid shadow interview limited to observation, for a client service role
    (event("Shadow interview (observe only) – Client Service Rep – Cedar Hollow", organizer=SELF,
           description="2 hrs at front desk with Brianna. Observation only, no hands-on.",
           location="Cedar Hollow Animal Hospital", **at("2028-03-13", "13:00", 120, *NY)),
     yes(["Cedar Hollow Animal Hospital", "Cedar Hollow"], ["Brianna"]), "en", TVB),
    # vetpetjobs: the owner, a practice manager, interviews veterinary nurses (hiring side, no)
    (event("Vet nurse interviews – 3 candidates (big picture + culture fit)", organizer=SELF,
           guests=[guest("dr.hughes@riversidevets.com.au", "Dr Sarah Hughes")], location="Riverside Vets meeting room",
           **at("2028-03-08", "13:00", 180, *BNE)),
     None, "en", VETPETJOBS),
    # vetpetjobs: the owner's dog at the vet (errand, no)
    (event("Biscuit – vet check + vaccinations", organizer=SELF, location="Riverside Vets",
           **at("2028-03-02", "17:30", 30, *BNE)),
     None, "en", VETPETJOBS),
]

_NURSERY_HAIR_WAREHOUSE_EMBASSY: list[Case] = [
    # ============================================================ nurseries and early years
    # immerse-education: a nursery practitioner's interview with an observed activity with the children
    (event("Interview – Nursery Practitioner (Level 3) – Little Acorns Day Nursery",
           organizer=org("manager@littleacornsnursery.co.uk", "Hayley Burns"),
           guests=[guest("manager@littleacornsnursery.co.uk", "Hayley Burns"),
                   guest("deputy@littleacornsnursery.co.uk", "Ruth Adeyemi")],
           description="Hi Pat,\nThank you for applying. The interview has two parts: a 20-minute activity with our "
                       "pre-school room (please plan something practical, EYFS-linked) while Ruth observes, then a "
                       "conversation with me covering safeguarding and observation and planning. DBS paperwork to "
                       "follow.\nHayley",
           location="Little Acorns Day Nursery, 12 Chapel Lane, Leeds LS6", **at("2028-03-07", "09:30", 90, *LON)),
     yes(["Little Acorns Day Nursery", "Little Acorns", "Littleacornsnursery"],
         ["manager@littleacornsnursery.co.uk", "deputy@littleacornsnursery.co.uk"]), "en", IMMERSE),
    # interview-training: a room leader's interview at a nursery group, panel by Teams
    (event("Room Leader (Toddlers) – panel interview – Bright Beginnings Nurseries",
           organizer=org("recruitment@brightbeginningsgroup.co.uk", "Bright Beginnings Recruitment"),
           guests=[guest("recruitment@brightbeginningsgroup.co.uk", "Bright Beginnings Recruitment"),
                   guest("s.doyle@brightbeginningsgroup.co.uk", "Siobhan Doyle"),
                   guest("area.manager@brightbeginningsgroup.co.uk", "Area Manager North", "declined")],
           description="Questions on leading a room, supporting SEND, partnership with parents." + TEAMS,
           **at("2028-03-10", "14:00", 45, *LON)),
     yes(["Bright Beginnings Nurseries", "Bright Beginnings", "Brightbeginningsgroup"],
         ["recruitment@brightbeginningsgroup.co.uk", "s.doyle@brightbeginningsgroup.co.uk"]), "en",
     INTERVIEWTRAINING),
    # elevatesupply: an early-years supply agency sends its candidate to a nursery's interview (the nursery is the
    # company; the agency consultant is thanked with the nursery's manager)
    (event("Interview at Sunflower House Nursery (via Elevate Early Years) – Early Years Educator",
           organizer=org("amelia.ross@elevate-earlyyears.co.uk", "Amelia Ross"),
           guests=[guest("amelia.ross@elevate-earlyyears.co.uk", "Amelia Ross"),
                   guest("manager@sunflowerhousenursery.co.uk", "Joanne Pike")],
           description="Hi Pat, great news: Sunflower House would like to meet you. Joanne (Manager) will interview "
                       "you and may ask you to join the morning circle time.",
           location="Sunflower House Nursery, 3 Mill Rd, Bristol BS3", **at("2028-03-15", "10:00", 60, *LON)),
     yes(["Sunflower House Nursery", "Sunflower House", "Sunflowerhousenursery"],
         ["amelia.ross@elevate-earlyyears.co.uk", "manager@sunflowerhousenursery.co.uk"]), "en", ELEVATE),
    # blossomeducational: the owner, a nursery manager, interviews practitioners (hiring side, no)
    (event("Practitioner interviews (use the 4 opener questions)", organizer=SELF,
           guests=[guest("deputy@littleacornsnursery.co.uk", "Ruth Adeyemi")], location="Staff room",
           **at("2028-03-22", "13:30", 150, *LON)),
     None, "en", BLOSSOM),
    # sirenfilms: a staff training session on observation clips (training, no)
    (event("CPD: observation clips – key person & toddler play (staff meeting)", organizer=SELF,
           location="Little Acorns, Room 2", **at("2028-03-09", "18:00", 60, *LON)),
     None, "en", SIRENFILMS),
    # blossomeducational: the owner's child's settling-in session at a nursery (family, no)
    (event("Mia – nursery settling-in session #2", organizer=SELF, location="Little Acorns Day Nursery",
           **at("2028-03-03", "09:00", 60, *LON)),
     None, "en", BLOSSOM),
    # ============================================================ hair and beauty
    # hji: a salon's trade test with a model (a graduated bob and a colour) after the interview
    (event("Trade test – Stylist – Maison Vell Hair (bring 2 models: bob + colour)",
           organizer=org("hello@maisonvell.co.uk", "Maison Vell Hair"),
           guests=[guest("hello@maisonvell.co.uk", "Maison Vell Hair"),
                   guest("georgia@maisonvell.co.uk", "Georgia Vell")],
           description="Georgia will watch your consultation, a graduated bob and a colour application. Bring your own "
                       "scissors and combs. Approx 3 hours.",
           location="Maison Vell Hair, 9 King St, Manchester M2", **at("2028-03-13", "10:00", 180, *LON)),
     yes(["Maison Vell Hair", "Maison Vell", "Maisonvell"], ["hello@maisonvell.co.uk", "georgia@maisonvell.co.uk"]),
     "en", HJI),
    # hairandbeautyjobs: an interview and trade test at a salon group, from its education manager
    (event("Interview & trade test – Senior Stylist – Arlo & Finch Salons",
           organizer=org("education@arloandfinch.com", "Arlo & Finch Education"),
           guests=[guest("education@arloandfinch.com", "Arlo & Finch Education"),
                   guest("nina.marsh@arloandfinch.com", "Nina Marsh")],
           description="Part 1: chat about our colour brands and price list. Part 2: blow-dry and men's scissor-over-"
                       "comb on our models.",
           location="Arlo & Finch, 22 Rose St, Edinburgh EH2", **at("2028-03-08", "11:00", 150, *LON)),
     yes(["Arlo & Finch Salons", "Arlo & Finch", "Arloandfinch"], ["education@arloandfinch.com",
                                                                   "nina.marsh@arloandfinch.com"]), "en", HAIRBEAUTY),
    # hairandbeautyjobs: the final conversation with the salon group's owner after the trade test
    (event("Final chat with salon owner – Arlo & Finch (Graham Arlo)", organizer=SELF,
           description="Last stage after the trade test: interview with the owner. Bring portfolio photos.", location="Arlo & Finch, Edinburgh",
           **at("2028-03-20", "17:00", 30, *LON)),
     yes(["Arlo & Finch Salons", "Arlo & Finch"], ["Graham Arlo"]), "en", HAIRBEAUTY),
    # cheeerz: a US salon's interview with a live haircut on a model the candidate brings
    (event("Salon interview + live haircut – Blush Studio Salon (ask for Monica) – bring Jess as model",
           organizer=SELF, description="Shears, combs, cape, blow dryer, flat iron, products.",
           location="Blush Studio Salon, 118 Main St, Boise ID", **at("2028-03-14", "10:00", 120, *DEN)),
     yes(["Blush Studio Salon", "Blush Studio", "Blush"], ["Monica"]), "en", CHEEERZ),
    # hairandbeautyjobs (beauty trade tests): a beauty therapist's trade test at a spa (facial and brow shape)
    (event("Beauty Therapist trade test – facial + brow shape – The Linden Spa",
           organizer=org("spa.manager@lindenhotel.co.uk", "Linden Spa Manager"),
           guests=[guest("spa.manager@lindenhotel.co.uk", "Linden Spa Manager")],
           description="Please wear black tunic; products provided. We'll assess your consultation and hygiene.",
           location="The Linden Hotel & Spa, Harrogate", **at("2028-03-02", "14:00", 90, *LON)),
     yes(["The Linden Spa", "Linden Spa", "The Linden Hotel", "Lindenhotel"], ["spa.manager@lindenhotel.co.uk"]),
     "en", HAIRBEAUTY_TRADE),
    # hairfinder: the owner's own haircut (appointment, no)
    (event("Haircut – Blush Studio (Monica)", organizer=SELF, location="Blush Studio Salon, Boise",
           **at("2028-03-23", "18:00", 45, *DEN)),
     None, "en", HAIRFINDER),
    # salonsdirect: a college hair show (education, no)
    (event("College hair show – level 3 showcase (front row)", organizer=SELF, location="City College atrium",
           **at("2028-03-09", "18:30", 120, *LON)),
     None, "en", SALONSDIRECT),
    # britishhairdressingassoc: texting the model to confirm the trade test (chore, no)
    (event("Text Jess re: trade test Thurs – wash hair night before, no product", organizer=SELF,
           **at("2028-03-11", "12:00", 10, *LON)),
     None, "en", BHA),
    # ============================================================ forklift and crane operators
    # testlify: an online forklift operator test sent through an assessment platform for a cold-chain employer
    # (the employer's own test, the tool's sender is not thanked)
    (event("Forklift Operator (Senior) assessment – Kestrel Cold Chain – 30 min online",
           organizer=org("no-reply@testlify.com", "Testlify on behalf of Kestrel Cold Chain"),
           description="You have been invited by Kestrel Cold Chain to complete the Forklift Operator test (40 "
                       "questions, 30 minutes). Scenario-based. Link valid for 72 hours.",
           **at("2028-03-13", "18:00", 30, *CHI)),
     yes(["Kestrel Cold Chain", "Kestrel"], []), "en", TESTLIFY),
    # careerstreet: a crane operator's interview at a construction firm in Johannesburg
    (event("Interview – Tower Crane Operator – Mahlangu Construction",
           organizer=org("hr@mahlanguconstruction.co.za", "Mahlangu Construction HR"),
           guests=[guest("hr@mahlanguconstruction.co.za", "Mahlangu Construction HR"),
                   guest("p.dlamini@mahlanguconstruction.co.za", "Pieter Dlamini")],
           description="Please bring your operator certificate, medical and ID. Questions on pre-operational checks and "
                       "lifting plans.",
           location="Mahlangu Construction site office, Waterfall City, Midrand", **at("2028-03-08", "08:00", 60, *JNB)),
     yes(["Mahlangu Construction", "Mahlangu", "Mahlanguconstruction"],
         ["hr@mahlanguconstruction.co.za", "p.dlamini@mahlanguconstruction.co.za"]), "en", CAREERSTREET),
    # careerstreet: the practical lift on site a week later with the lifting supervisor
    (event("Practical crane assessment – Mahlangu (site 4, with lifting supervisor Sipho)", organizer=SELF,
           description="PPE. Pre-op checklist. Blind lift with signaller.", location="Waterfall City site 4",
           **at("2028-03-15", "07:00", 120, *JNB)),
     yes(["Mahlangu Construction", "Mahlangu"], ["Sipho"]), "en", CAREERSTREET),
    # forkliftlicenseguide: a warehouse's pre-hire evaluation (aptitude test, practical drive), from its HR team
    (event("Pre-hire forklift evaluation – aptitude + practical drive – Tri-County Distribution",
           organizer=org("warehousejobs@tricountydist.com", "Tri-County Distribution HR"),
           guests=[guest("warehousejobs@tricountydist.com", "Tri-County Distribution HR")],
           description="Aptitude and proficiency tests, then a practical on a sit-down counterbalance truck with our "
                       "trainer. Bring your certification card.",
           location="Tri-County Distribution, 450 Logistics Pkwy, Columbus OH", **at("2028-03-21", "07:30", 180, *NY)),
     yes(["Tri-County Distribution", "Tri-County", "Tricountydist"], ["warehousejobs@tricountydist.com"]), "en",
     FORKLIFTGUIDE),
    # talentlyft: the owner, a warehouse supervisor, interviews forklift operators (hiring side, no)
    (event("Forklift operator interviews – use scenario questions sheet", organizer=SELF,
           guests=[guest("warehousejobs@tricountydist.com", "Tri-County Distribution HR")],
           location="Dock office", **at("2028-03-22", "13:00", 120, *NY)),
     None, "en", TALENTLYFT),
    # timpl: a forklift certification course (training, no)
    (event("Forklift certification course (OSHA) – classroom + practical", organizer=SELF,
           location="Midwest Safety Training, Columbus", **at("2028-03-18", "08:00", 480, *NY)),
     None, "en", TIMPL),
    # ============================================================ embassies' locally employed staff
    # usa.embassy.gov.au: an embassy's interview panel for a locally engaged position, from its HR section
    (event("Interview – Locally Engaged Staff – Administrative Officer (Corporate) – Embassy",
           organizer=org("les.recruitment@embassyaustralia-us.org", "Embassy HR – LES Recruitment"),
           guests=[guest("les.recruitment@embassyaustralia-us.org", "Embassy HR – LES Recruitment"),
                   guest("m.fitzgerald@embassyaustralia-us.org", "Megan Fitzgerald")],
           description="Thank you for addressing the selection criteria. The panel will ask questions based on the "
                       "criteria; a short written exercise follows. Please bring photo ID for security screening.",
           location="1601 Massachusetts Ave NW, Washington DC", **at("2028-03-15", "10:00", 60, *NY)),
     yes(["Australian Embassy", "Embassy of Australia", "Embassyaustralia-us"],
         ["les.recruitment@embassyaustralia-us.org", "m.fitzgerald@embassyaustralia-us.org"]), "en", AUSEMBASSY),
    # usa.embassy.gov.au: re-reading the responses to the selection criteria before the panel (chore, no)
    (event("Re-read my selection criteria responses (1-2 paras each) before embassy panel", organizer=SELF,
           **at("2028-03-13", "19:00", 120, *NY)),
     None, "en", AUSEMBASSY),
    # griproom: a visa appointment at a consulate (visa, no)
    (event("Visa appointment – consulate (biometrics + interview)", organizer=SELF, location="Consulate General",
           **at("2028-03-07", "08:15", 60, *NBO)),
     None, "en", GRIPROOM),
    # griproom: an embassy's written driving test and interview for a local driver post
    (event("Embassy driver post – written test + interview (local staff)",
           organizer=org("hr.nairobi@nordlandembassy-ke.org", "Embassy HR Nairobi"),
           guests=[guest("hr.nairobi@nordlandembassy-ke.org", "Embassy HR Nairobi"),
                   guest("transport.supervisor@nordlandembassy-ke.org", "Joseph Mwangi")],
           description="Bring your driving licence and national ID. Written test on road rules, then a panel "
                       "interview with the transport supervisor and HR.",
           location="Embassy of Nordland, Limuru Rd, Gigiri, Nairobi", **at("2028-03-14", "09:00", 150, *NBO)),
     yes(["Embassy of Nordland", "Nordland Embassy", "Nordlandembassy-ke"],
         ["hr.nairobi@nordlandembassy-ke.org", "transport.supervisor@nordlandembassy-ke.org"]), "en", GRIPROOM),
    # swazilandembassyqatar: a national day reception at an embassy (social, no)
    (event("National Day reception – Embassy (invitation card at door)", organizer=SELF, location="Embassy residence",
           **at("2028-03-10", "18:30", 120, *NBO)),
     None, "en", SWAZIEMBASSY),
]

_CALLS_MUSEUMS_COURIERS_OTHER: list[Case] = [
    # ============================================================ call and contact centres
    # cactussearch: a contact centre's assessment day (typing, numeracy, a phone role-play, listening test, interview)
    (event("Assessment Day – Customer Service Advisor – Halewood Energy Contact Centre",
           organizer=org("resourcing@halewoodenergy.co.uk", "Halewood Energy Resourcing"),
           guestsCanSeeOtherGuests=False,
           description="<p>Hi Pat,</p><p>Your assessment day includes a data-input exercise, a short numeracy test, "
                       "a telephone role-play (you'll have 10 minutes to read the customer's account first) and a "
                       "competency interview with two team managers. Lunch and refreshments provided.</p>",
           location="Halewood Energy, Venture Point, Speke Blvd, Liverpool L24", **at("2028-03-06", "09:00", 360, *LON)),
     yes(["Halewood Energy", "Halewood Energy Contact Centre", "Halewood", "Halewoodenergy"],
         ["resourcing@halewoodenergy.co.uk"]), "en", CACTUS),
    # callcentrejob: a roadside-assistance club's telephone interview to hear delivery and bilingualism
    (event("Phone interview – Bilingual Agent (FR/EN) – Canadian Roadside Club",
           organizer=org("a.battiston@roadsideclub.ca", "Anne Battiston"),
           guests=[guest("a.battiston@roadsideclub.ca", "Anne Battiston")],
           description="I'll call you at the number on your CV. Part of the call will be in French.",
           **at("2028-03-20", "15:00", 25, *TOR)),
     yes(["Canadian Roadside Club", "Roadside Club", "Roadsideclub"], ["a.battiston@roadsideclub.ca"]), "en",
     CALLCENTREJOB),
    # callcentrejob: the club's written questionnaires and group interview after the phone step
    (event("Written questionnaires + group interview – Canadian Roadside Club contact centre",
           organizer=org("recrutement@roadsideclub.ca", "Recruitment – Roadside Club"),
           description="Multiple-choice and typing test (45 min), then a group interview with other candidates.",
           location="444 Bouvier St, Quebec City QC", **at("2028-03-24", "09:00", 180, *TOR)),
     yes(["Canadian Roadside Club", "Roadside Club", "Roadsideclub"], ["recrutement@roadsideclub.ca"]), "en",
     CALLCENTREJOB),
    # awardspace: a BPO's initial interview and examination (aptitude, simulated calls) in Manila
    (event("Initial Interview + Exam (aptitude, call simulation, EQ test) – LuzonConnect BPO",
           organizer=org("talentacquisition@luzonconnect.ph", "LuzonConnect Talent Acquisition"),
           description="Walk-in slot confirmed. Bring 2 valid IDs and your resume. Dress: business casual.",
           location="LuzonConnect, 6/F Ayala North Exchange, Makati City", **at("2028-03-07", "10:00", 240, *MNL)),
     yes(["LuzonConnect BPO", "LuzonConnect", "Luzonconnect"], ["talentacquisition@luzonconnect.ph"]), "en",
     AWARDSPACE),
    # misorjobs: the final interview with a practical call from a staff member posing as a client
    (event("Final interview + mock call – LuzonConnect (Operations Manager Ma. Teresa Santos)", organizer=SELF,
           description="Mock call w/ 'client'. Practice diction.", location="LuzonConnect Makati",
           **at("2028-03-14", "14:00", 90, *MNL)),
     yes(["LuzonConnect BPO", "LuzonConnect"], ["Ma. Teresa Santos"]), "en", MISORJOBS),
    # shiftmate: a spoken-English test taken online for a Cape Town BPO (the employer's own test, nobody to thank)
    (event("Versant English test (online, quiet room) – Cape Contact Solutions application", organizer=SELF,
           description="Headset. 25 min. Typing test after (aim 35 WPM).", **at("2028-03-09", "18:00", 60, *JNB)),
     yes(["Cape Contact Solutions", "Cape Contact"], []), "en", SHIFTMATE),
    # callcentrehelper: the owner, a team leader, plays the customer in assessment-centre role-plays (hiring side, no)
    (event("Assessment centre – I'm role-play customer (sales + unhappy customer scripts)",
           organizer=org("resourcing@halewoodenergy.co.uk", "Halewood Energy Resourcing"),
           guests=[guest("k.ashworth@halewoodenergy.co.uk", "Kate Ashworth")], **at("2028-03-13", "09:00", 300, *LON)),
     None, "en", CALLCENTREHELPER),
    # labourhub: a webinar on role-play assessments for customer service hiring (webinar, no)
    (event("Webinar: Handling the Heat – role-play assessments for customer service hires",
           organizer=org("events@labourhub-webinars.com.au", "Labour Hub Events"), description="Registered." + ZOOM,
           **at("2028-03-09", "12:00", 60, *MEL)),
     None, "en", LABOURHUB),
    # ============================================================ museums and libraries
    # theministryofcuriosity: a collections assistant's interview with an object-handling practical (SPECTRUM)
    (event("Interview – Collections Assistant – Tyneside Maritime Museum (incl. object handling)",
           organizer=org("recruitment@tynesidemaritime.org.uk", "Tyneside Maritime Museum Recruitment"),
           guests=[guest("recruitment@tynesidemaritime.org.uk", "Tyneside Maritime Museum Recruitment"),
                   guest("f.armstrong@tynesidemaritime.org.uk", "Fiona Armstrong"),
                   room("c_a81f3c20@resource.calendar.google.com", "Learning Room 1 (8)")],
           description="Panel interview (45 min) followed by a practical: you'll be given an unfamiliar object to "
                       "describe, document and pack. Questions on SPECTRUM procedures.",
           location="Tyneside Maritime Museum, Quayside, Newcastle", **at("2028-03-09", "13:30", 90, *LON)),
     yes(["Tyneside Maritime Museum", "Tynesidemaritime"], ["recruitment@tynesidemaritime.org.uk",
                                                            "f.armstrong@tynesidemaritime.org.uk"]), "en",
     MINISTRYCURIOSITY),
    # interviewace (museum curator): a curator's interview with a presentation on an exhibition concept, on Zoom
    (event("Assistant Curator (Natural History) – interview + 10-min exhibition pitch",
           organizer=org("hr@waikatoheritagemuseum.org.nz", "Waikato Heritage Museum HR"),
           guests=[guest("hr@waikatoheritagemuseum.org.nz", "Waikato Heritage Museum HR"),
                   guest("rangi.thompson@waikatoheritagemuseum.org.nz", "Rangi Thompson")],
           description="Please prepare a 10-minute pitch for a small exhibition drawing on our collection." + ZOOM,
           **at("2028-03-08", "10:00", 75, *AKL)),
     yes(["Waikato Heritage Museum", "Waikatoheritagemuseum"], ["hr@waikatoheritagemuseum.org.nz",
                                                                 "rangi.thompson@waikatoheritagemuseum.org.nz"]),
     "en", INTERVIEWACE_MUSEUM),
    # theministryofcuriosity: a museum late with friends (leisure, no)
    (event("Museum Late – 'Ships & Shanties' (tickets in email)", organizer=SELF, location="Tyneside Maritime Museum",
           **at("2028-03-17", "19:00", 180, *LON)),
     None, "en", MINISTRYCURIOSITY),
    # mgnregaalipurduar: a district library's interview for librarians, reporting at 10:30 with the call letter and
    # originals of certificates (a public body's recruitment, nobody to thank)
    (event("Interview – Librarian (Rural Library) – District Library Authority, Jalpaiguri – report 10:30", organizer=SELF,
           description="Call letter + valid ID. Originals: Madhyamik certificate, degree, B.Lib. 2 attested copies.",
           location="District Library Office, Jalpaiguri", **at("2028-03-14", "10:30", 180, *KOL)),
     yes(["District Library Authority, Jalpaiguri", "District Library Authority", "Jalpaiguri District Library"], []),
     "en", MGNREGA_LIB),
    # ============================================================ couriers and delivery
    # browncafe: a group interview for seasonal delivery drivers (the candidate's own entry)
    (event("Group interview – seasonal delivery driver – ParcelPoint (8 of us)", organizer=SELF,
           description="Got 'space & visibility' + commentary checklist to study.", location="ParcelPoint hub, Gate B",
           **at("2028-03-15", "09:00", 120, *CHI)),
     yes(["ParcelPoint"], []), "en", BROWNCAFE),
    # browncafe: the road test the next day with a driver trainer
    (event("ParcelPoint road test – 15 min street drive (manual?) – trainer: Gus", organizer=SELF,
           description="Full stops, e-brake at reds, check mirrors. Don't jump curbs.", location="ParcelPoint hub",
           **at("2028-03-16", "07:30", 60, *CHI)),
     yes(["ParcelPoint"], ["Gus"]), "en", BROWNCAFE),
    # neuroworx: the owner, a dispatch manager, runs skills assessments for driver applicants (hiring side, no)
    (event("Driver applicant screenings + route-planning exercise (4 applicants)", organizer=SELF,
           guests=[guest("ops@quickhaulcouriers.com", "QuickHaul Ops")], **at("2028-03-21", "13:00", 180, *CHI)),
     None, "en", NEUROWORX),
    # smooth-transports: the drug screen and medical after the conditional offer (medical, no)
    (event("Pre-employment drug test + medical – Smooth Transports", organizer=SELF, location="LifeLabs, Mississauga",
           **at("2028-03-17", "08:00", 45, *TOR)),
     None, "en", SMOOTH),
    # smooth-transports: the first day's orientation after the hire (onboarding, no)
    (event("Driver orientation day 1 – Smooth Transports (bring licence, void cheque)", organizer=SELF,
           location="Smooth Transports depot", **at("2028-03-23", "07:00", 480, *TOR)),
     None, "en", SMOOTH),
    # ============================================================ media, research, vendors and ordinary life
    # alexdoyleclarinet: the owner is a guest on a musicians' podcast about auditions (media, no)
    (event("Podcast recording – 'Behind the Screen' ep. on audition prep (guest)",
           organizer=org("host@behindthescreenpod.com", "Behind the Screen Podcast"), description=ZOOM.strip(),
           **at("2028-03-21", "19:00", 60, *CHI)),
     None, "en", ALEXDOYLE),
    # windyproductions: a local paper interviews the owner, a wind technician, for a feature (media, no)
    (event("Interview with Press & Journal reporter re: life as a wind tech", organizer=SELF,
           guests=[guest("e.gordon@pressjournal-news.co.uk", "Ewan Gordon")], location="Cafe, Inverness",
           **at("2028-03-08", "12:30", 45, *LON)),
     None, "en", WINDY),
    # immerse-education: an inspection day at the nursery where the owner works (work, no)
    (days(event("Ofsted inspection – all hands (deep clean Tues)", organizer=SELF), "2028-03-16", "2028-03-17"),
     None, "en", IMMERSE),
    # testlify: a vendor's demo of its skills-test library for the owner's HR team (sales demo, no)
    (event("Testlify demo – role-specific skills tests for warehouse hiring",
           organizer=org("sales@testlify.com", "Testlify Sales"),
           guests=[guest("warehousejobs@tricountydist.com", "Tri-County Distribution HR")], description=MEET.strip(),
           **at("2028-03-20", "11:00", 30, *NY)),
     None, "en", TESTLIFY),
    # callcentrehelper: the owner's monthly one-to-one with a team leader (internal, no)
    (event("1:1 with Kate – monthly performance review", organizer=org("k.ashworth@halewoodenergy.co.uk",
                                                                      "Kate Ashworth"),
           **at("2028-03-02", "15:00", 30, *LON)),
     None, "en", CALLCENTREHELPER),
    # ofda: a state funeral directors' association spring conference (conference, no)
    (days(event("OFDA spring convention – Portland (CE credits)", organizer=SELF), "2028-03-13", "2028-03-15"),
     None, "en", OFDA),
    # todaysveterinarybusiness: a PhD researcher interviews the owner, a practice manager, about working interviews
    # (research interview, no)
    (event("Research interview – vet workforce study (University of Kentucky PhD)", organizer=org(
        "l.moreno@uky-vetresearch.org", "Lucia Moreno"), description="Consent form attached. Recorded." + WEBEX,
           **at("2028-03-22", "12:00", 45, *NY)),
     None, "en", TVB),
    # misorjobs: a mock interview with a career coach before a BPO final round (coaching, no)
    (event("Mock interview w/ career coach (BPO final prep)", organizer=org("coach@careerlift.ph", "CareerLift PH"),
           **at("2028-03-11", "15:00", 60, *MNL)),
     None, "en", MISORJOBS),
    # hji: the owner's colour appointment at a salon (appointment, no)
    (event("Colour + toner – Maison Vell (Georgia)", organizer=SELF, location="Maison Vell Hair, Manchester",
           **at("2028-03-04", "10:00", 150, *LON)),
     None, "en", HJI),
    # worldwatchsecurity: first aid recertification (course, no)
    (event("Standard First Aid + CPR C recertification", organizer=SELF, location="St. John Ambulance, Toronto",
           **at("2028-03-25", "09:00", 420, *TOR)),
     None, "en", WORLDWATCH),
    # proship: a ship's show-band rehearsal after joining (work after hire, no)
    (event("Show band rehearsal – Broadway revue charts", organizer=SELF, location="Azure Horizon, Main Theatre",
           **at("2028-03-25", "14:00", 180, *LON)),
     None, "en", PROSHIP),
    # vetpetjobs: a CPD evening on anaesthesia monitoring (training, no)
    (event("CPD – anaesthesia monitoring for vet nurses (webinar)", organizer=org("cpd@vetnursecpd.com.au",
                                                                                  "VN CPD"),
           description=ZOOM.strip(), **at("2028-03-15", "19:00", 60, *BNE)),
     None, "en", VETPETJOBS),
    # shiftmate: a typing practice session before the assessment (practice, no)
    (event("Typing practice – 3 x 5 min tests (goal 35 WPM)", organizer=SELF, **at("2028-03-08", "20:00", 30, *JNB)),
     None, "en", SHIFTMATE),
    # sgcc: researching a security company before an interview (chore, no)
    (event("Research Sentinel Guard Co. (CEO name, sites, values) before interview", organizer=SELF,
           **at("2028-03-13", "20:00", 45, *CHI)),
     None, "en", SGCC),
]

ENGLISH18: list[Case] = [*_MUSIC_WELD_WIND, *_GUARDS_BREW_FUNERAL_ANIMALS, *_NURSERY_HAIR_WAREHOUSE_EMBASSY,
                         *_CALLS_MUSEUMS_COURIERS_OTHER]


def _tagged(case: Case) -> Case:
    """The case with its event id (and iCalUID) prefixed "b18-", so ids stay unique across the corpus."""
    e = case[0]
    e["id"] = "b18-" + e["id"][:22]
    e["iCalUID"] = e["id"] + "@google.com"
    return case


BLIND18: list[Case] = [_tagged(case) for case in (*ENGLISH18, *INTL18)]

_ids = [case[0]["id"] for case in BLIND18]
assert len(_ids) == len(set(_ids)), "two cases share an id"
