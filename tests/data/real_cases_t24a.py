"""Check cases added in round 24 for silent hiring steps: sector selection steps not called interviews (an orchestra's audition for a section post, a locum or staffing agency's registration or compliance call, an agency's paid or sample test translation, a clinic's ride-along or shadow day for a post) and interviews, trial days and written tests in Estonian, Odia, Malayalam and Amharic (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL's host was grepped over tests/data/*.py first); each case cites
its page; names, companies, addresses and domains are invented and the wording paraphrased.
Labelled and committed before any code ran on them; scored once on r24start's code, then after
round 24's rules (docs/detection.md); tuning data from the start.

Aimed at round 23's silent classes as structures, not as its cases' words: (a) a selection step a
sector names by its own practice, tied to a post or a hiring agency by the event (an orchestra's
audition for a section or principal chair, a locum agency's registration, intro or compliance
call, an agency's paid or sample test translation, a veterinary practice's ride-along or shadow
day for a named post); (b) Estonian "proovipäev" / "proovitöö" (a trial day or trial work
before the contract), Odia "ସାକ୍ଷାତକାର" (the interview, a public service commission's and an
employer's), the Malayalam loan "ഇന്റർവ്യൂ" (in both the atomic-chillu and the older
virama spelling) and Amharic "የጽሑፍ ፈተና" (a written test) for a vacancy ("ክፍት የሥራ ቦታ").
Look-alikes with the same words and nobody hiring the owner: a youth orchestra's placement
audition, a concert, the owner sitting on an audition committee, a community band's placement
night, the owner (a practice manager) booking a locum, a locum shift already booked, a
translation workshop's homework, a family letter, an agency comparing vendors' tests, a pet's
vaccination, a child's school job-shadow project, a child's kindergarten trial day, a job
centre's counselling, mock interviews and a television interview, a child's national exam.
They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t24a-" and a number.
"""

from __future__ import annotations

from typing import Any

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for March 2029 (standard time everywhere listed, before the spring changes).
CHI = ("-06:00", "America/Chicago")
NYC = ("-05:00", "America/New_York")
LON = ("+00:00", "Europe/London")
BER = ("+01:00", "Europe/Berlin")
TLL = ("+02:00", "Europe/Tallinn")
IST = ("+05:30", "Asia/Kolkata")
ADD = ("+03:00", "Africa/Addis_Ababa")
AKL = ("+13:00", "Pacific/Auckland")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
SDSO = "https://sdsomusicians.org/wp/auditions"
FUNBRASS = "https://www.funbrass.com/brass-playing-tips-blog/auditioning-for-a-professional-orchestra"
VYMA = "http://www.vyma.org/audition-youth-orchestra"
TEAMLOCUM = "https://www.teamlocum.co.uk/2016/10/agency-registration-quickest-best/"
THINKLOCUM = "https://thinklocum.co.uk/a-guide-to-locum-compliance-a-doctors-guide-to-registration/"
MESSLY = "https://messly.com/blog/compliance-for-f3-locums"
RESOURCEFUL = "https://resourceful-l10n.blogspot.com/2020/07/on-test-translations.html"
TRANSNZ = "https://translationsnz.co.nz/blog/how-to-pass-test-translations-for-agencies/"
ANDOVAR = "https://www.andovar.com/are-translation-tests-a-good-idea/"
VPVET = ("https://vpveterinaryadvisors.com/externship-programs-in-the-veterinary-profession-can-be-"
         "instrumental-in-assisting-practice-owners-and-veterinary-students-in-finding-the-perfect-fit/")
TOOELU = "https://www.tooelu.ee/et/10/proovipaev"
RUP = "https://www.rup.ee/too-igus-ja-toosuhted/tooandjatel-ei-ole-igust-n-uda-tasuta-proovipaevasid"
TEEVIIT = "https://www.teeviit.ee/kas-tasuta-proovipaevad-on-olemas/"
KANAK = "https://kanaknews.com/ias-interview-carry-by-275-marks-2/"
DHARITRI = ("https://dharitri.com/cut-down-social-media-extensive-self-study-ojs-9th-rank-holder-"
            "rajashree-priyadarshini/amp")
ODISHABHASKAR = "https://odishabhaskar.com/ocs-prelim-in-may-first-week"
FLASHQUBE = "https://flashqube.com/blog/walk-in-interview-meaning-in"
ADDISADMASS = ("http://addisadmassnews.com/index.php?option=com_k2&view=item&id=17807:"
               "ለናሳ-8-የስራ-ቦታዎች-18-ሺህ-300-ሰዎች-አመለከቱ&Itemid=212")
ADDISSTANDARD = "https://addisstandard.com/Amharic/"


def _id(n: int) -> dict[str, str]:
    return {"id": f"t24a-{n:02d}"}


def _guest(email: str, name: str, status: str = "needsAction") -> dict[str, Any]:
    return {"email": email, "displayName": name, "responseStatus": status}


TUNE24_CHECK_A: list[Case] = [
    # ============================================================ (a) English sector steps
    # sdsomusicians: an orchestra's personnel manager books a candidate's audition for a vacancy
    (event("Audition – Section Viola, Bayfront Symphony (preliminary round)",
           organizer=org("auditions@bayfrontsymphony.org", "Bayfront Symphony – Personnel"),
           description="Thank you for applying for the section viola vacancy. Your preliminary round is "
                       "behind a screen; the excerpt list is attached. Warm-up room opens 40 minutes before. "
                       "Questions: Renata Soler, personnel manager.",
           location="Bayfront Hall, Stage Door B", **at("2029-03-05", "10:20", 20, *CHI), **_id(1)),
     yes(["Bayfront Symphony", "Bayfront Symphony Orchestra"], ["auditions@bayfrontsymphony.org"]),
     "en", SDSO),
    # funbrass: an own entry for a professional orchestra's first round for a brass chair
    (event("2nd trumpet audition – Baltic Coast Philharmonic (round 1, screened)", organizer=SELF,
           description="Solo: Haydn 1st mvt. Excerpts: Pictures, Mahler 5. Bring mutes. Results after each "
                       "round.",
           location="Baltic Coast Philharmonic rehearsal hall", **at("2029-03-06", "09:40", 15, *BER),
           **_id(2)),
     yes(["Baltic Coast Philharmonic"], []), "en", FUNBRASS),
    # funbrass: an own entry for a final round for a principal chair
    (event("Principal horn – final round (Riverside Philharmonic)", organizer=SELF,
           description="Final round unscreened; the music director and the brass section vote. Play "
                       "Strauss 1 + the posted excerpts.",
           location="Riverside Philharmonic Hall", **at("2029-03-07", "15:00", 30, *NYC), **_id(3)),
     yes(["Riverside Philharmonic"], []), "en", FUNBRASS),
    # sdsomusicians: an own entry for a tutti string post's audition
    (event("Audition – Tutti Cello, Lakeshore Symphony Orchestra", organizer=SELF,
           description="List: Don Juan, Brahms 2 mvt 2, Mendelssohn Midsummer Scherzo. Screen for rounds 1-2.",
           location="Lakeshore Symphony Center", **at("2029-03-08", "11:00", 20, *CHI), **_id(4)),
     yes(["Lakeshore Symphony Orchestra", "Lakeshore Symphony"], []), "en", SDSO),
    # vyma: a youth orchestra's placement audition for the owner's child (nobody hires)
    (event("Youth orchestra audition – Maya (violin II placement)", organizer=SELF,
           description="Two-octave scale, short solo, sight reading. Arrive 20 min early to warm up.",
           location="Music Academy, Room 4", **at("2029-03-09", "16:30", 15, *CHI), **_id(5)),
     None, "en", VYMA),
    # sdsomusicians: a concert by the same kind of orchestra (a listener)
    (event("Bayfront Symphony concert – Brahms 4 (row F, seats 11-12)", organizer=SELF,
           description="Pre-concert talk 6:45. Park on level 2.",
           location="Bayfront Hall", **at("2029-03-10", "19:30", 150, *CHI), **_id(6)),
     None, "en", SDSO),
    # sdsomusicians: the owner, a section player, sits on the audition committee
    (event("Audition committee – section viola (I'm on the panel)", organizer=SELF,
           description="Screened prelims all day; vote sheets from the personnel office. Lunch at 1.",
           location="Bayfront Hall", **at("2029-03-05", "09:00", 480, *CHI), **_id(7)),
     None, "en", SDSO),
    # vyma: a community band's placement night (members, nobody hires)
    (event("Community band audition night – seating for spring term", organizer=SELF,
           description="Bring the two scales and a short piece. Volunteers only, no fee.",
           location="Eastside Rec Center", **at("2029-03-11", "19:00", 90, *CHI), **_id(8)),
     None, "en", VYMA),
    # teamlocum: a locum agency's consultant books a registration call with a locum pharmacist
    (event("Registration call – Meridian Locums (locum pharmacist)",
           organizer=org("registrations@meridianlocums.co.uk", "Meridian Locums – Registrations"),
           description="A 20-minute call to go through your GPhC registration, right-to-work documents and "
                       "references before we put you forward to our pharmacy clients. Your consultant: "
                       "Hollie Grant.",
           **at("2029-03-05", "11:00", 20, *LON), **_id(9)),
     yes(["Meridian Locums"], ["registrations@meridianlocums.co.uk"]), "en", TEAMLOCUM),
    # thinklocum: an own entry for a medical staffing agency's compliance call
    (event("Compliance call w/ Priya @ Northstar Medical Staffing (locum GP shifts)", organizer=SELF,
           description="Have passport, DBS certificate number, GMC number and 2 referees ready.",
           **at("2029-03-06", "13:30", 30, *LON), **_id(10)),
     yes(["Northstar Medical Staffing", "Northstar"], []), "en", THINKLOCUM),
    # messly: an own entry for an agency's intro call before a locum post is offered
    (event("Intro call – Harbour Locums (locum radiographer, Leeds trust)", organizer=SELF,
           description="Tom from Harbour will check availability and HCPC status, then put me forward.",
           **at("2029-03-07", "09:00", 20, *LON), **_id(11)),
     yes(["Harbour Locums"], []), "en", MESSLY),
    # teamlocum: the owner, a practice manager, calls an agency to book cover (the buyer)
    (event("Call Meridian Locums – cover for Dr Patel's leave (3 Fridays)", organizer=SELF,
           description="Ask for rates and whether Hollie has a pharmacist for the Friday clinics.",
           **at("2029-03-08", "10:00", 15, *LON), **_id(12)),
     None, "en", TEAMLOCUM),
    # messly: a locum shift already booked through an agency (the work, after the hire)
    (event("Locum shift – Greenway Pharmacy (via Harbour Locums)", organizer=SELF,
           description="9-6. Parking at the back. Timesheet to Harbour by Monday.",
           location="Greenway Pharmacy", **at("2029-03-12", "09:00", 540, *LON), **_id(13)),
     None, "en", MESSLY),
    # resourceful-l10n: an own entry for an agency's paid test during its recruitment
    (event("Paid test – Lexico Translations (DE>EN legal, 300 words)", organizer=SELF,
           description="Vendor manager Anke sent it after the application form. Paid at half rate; due 17:00.",
           **at("2029-03-05", "09:00", 300, *BER), **_id(14)),
     yes(["Lexico Translations", "Lexico"], []), "en", RESOURCEFUL),
    # translationsnz: an agency's vendor manager sends a test translation for onboarding
    (event("Test translation for vendor onboarding – Kestrel Language Services (FR>EN)",
           organizer=org("vendors@kestrel-language.co.nz", "Kestrel Language Services – Vendor Management"),
           description="Thank you for applying to join our freelance team. Please translate the attached "
                       "400 words and return them within 48 hours; our reviewer will assess them against "
                       "our style guide.",
           **at("2029-03-06", "09:00", 480, *AKL), **_id(15)),
     yes(["Kestrel Language Services", "Kestrel"], ["vendors@kestrel-language.co.nz"]), "en", TRANSNZ),
    # translationsnz: an own entry for an agency's sample translation
    (event("Sample translation for Albion Localisation (ES>EN marketing, 250 w) – due 5pm",
           organizer=SELF,
           description="Their application step 2. Ask the PM about the target audience first.",
           **at("2029-03-07", "10:00", 240, *LON), **_id(16)),
     yes(["Albion Localisation", "Albion"], []), "en", TRANSNZ),
    # resourceful-l10n: a translation workshop's homework (a course, nobody hires)
    (event("Translation workshop homework – DE>EN legal (week 4)", organizer=SELF,
           description="Hand in on the course portal; tutor feedback next Tuesday.",
           **at("2029-03-08", "18:00", 120, *BER), **_id(17)),
     None, "en", RESOURCEFUL),
    # andovar: the owner, a buyer, compares agencies' test translations
    (event("Review vendor test translations – 4 agencies bidding for the manuals", organizer=SELF,
           description="Score style and terminology; shortlist two for the tender.",
           **at("2029-03-09", "14:00", 90, *LON), **_id(18)),
     None, "en", ANDOVAR),
    # resourceful-l10n: translating family letters (nobody hires)
    (event("Translate Oma's letters (DE>EN) for the family album", organizer=SELF,
           description="Scan first, then type up.",
           **at("2029-03-10", "10:00", 120, *BER), **_id(19)),
     None, "en", RESOURCEFUL),
    # vpveterinaryadvisors: an equine practice's ride-along day for an associate vet post
    (event("Ride-along day – Brookside Equine (associate veterinarian position)",
           organizer=org("careers@brooksideequine.com", "Brookside Equine – Careers"),
           description="You'll ride along on farm calls with Dr. Laura Finch and meet the team over lunch "
                       "before the sit-down with the practice owner.",
           location="Brookside Equine clinic", **at("2029-03-05", "07:00", 540, *NYC), **_id(20)),
     yes(["Brookside Equine"], ["careers@brooksideequine.com"]), "en", VPVET),
    # vpveterinaryadvisors: an own entry for a shadow day for a vet tech job
    (event("Shadow day @ Willow Creek Animal Hospital (vet tech job)", organizer=SELF,
           description="8am. Scrubs. Watch surgery prep, then chat with the practice manager about the role.",
           location="Willow Creek Animal Hospital", **at("2029-03-06", "08:00", 300, *CHI), **_id(21)),
     yes(["Willow Creek Animal Hospital", "Willow Creek"], []), "en", VPVET),
    # vpveterinaryadvisors: a pet's vaccination at the same hospital (a client)
    (event("Luna – vaccines @ Willow Creek Animal Hospital", organizer=SELF,
           description="Bring the stool sample.",
           location="Willow Creek Animal Hospital", **at("2029-03-07", "17:15", 30, *CHI), **_id(22)),
     None, "en", VPVET),
    # vpveterinaryadvisors: a child's school job-shadow project with a vet (nobody hires the owner)
    (event("Ride-along – Sam's school job-shadow project (Dr. Finch's farm calls)", organizer=SELF,
           description="Drop Sam at the clinic 7am; pick up at 3. Permission slip signed.",
           location="Brookside Equine clinic", **at("2029-03-08", "07:00", 480, *NYC), **_id(23)),
     None, "en", VPVET),
    # ============================================================ (b) Estonian
    # teeviit: an own entry for a café's trial day for a cook post
    (event("Proovipäev – Kohvik Lõuna (kokk)", organizer=SELF,
           description="Küsida enne, kas proovipäev on tasustatud. Kaasa põll ja tervisetõend.",
           location="Kohvik Lõuna, Tartu", **at("2029-03-05", "10:00", 240, *TLL), **_id(24)),
     yes(["Kohvik Lõuna"], []), "et", TEEVIIT),
    # tooelu: a shop's manager invites a cashier applicant to a trial day
    (event("Proovipäev – kassapidaja, Saare Kaubamaja",
           organizer=org("personal@saarekaubamaja.ee", "Saare Kaubamaja – personal"),
           description="Tere! Täname kandideerimast. Kutsume Teid kolmetunnisele proovipäevale; "
                       "proovipäeva juhendab poejuht Kadri Ilves.",
           location="Saare Kaubamaja, Kuressaare", **at("2029-03-06", "09:00", 180, *TLL), **_id(25)),
     yes(["Saare Kaubamaja"], ["personal@saarekaubamaja.ee"]), "et", TOOELU),
    # tooelu: an own entry for the job centre's one-day trial work at an employer
    (event("Proovitöö – laotöötaja, Lõuna Puit OÜ (Töötukassa kaudu)", organizer=SELF,
           description="Üks päev; tööandja otsustab pärast. Turvajalanõud kaasa.",
           location="Lõuna Puit OÜ ladu, Võru", **at("2029-03-07", "08:00", 480, *TLL), **_id(26)),
     yes(["Lõuna Puit OÜ", "Lõuna Puit"], []), "et", TOOELU),
    # rup: a child's settling-in trial day at a kindergarten (nobody hires)
    (event("Lasteaia proovipäev – Mia (kohanemine)", organizer=SELF,
           description="Kaasa vahetusriided ja kaisuloom. Järele kell 12.",
           location="Lasteaed Päikeseke", **at("2029-03-08", "09:00", 180, *TLL), **_id(27)),
     None, "et", RUP),
    # tooelu: a job centre's career counselling (nobody hires)
    (event("Töötukassa – karjäärinõustamine", organizer=SELF,
           description="CV kaasa; räägime koolitusvõimalustest.",
           location="Töötukassa, Tartu", **at("2029-03-09", "11:00", 60, *TLL), **_id(28)),
     None, "et", TOOELU),
    # ============================================================ (b) Odia
    # kanaknews: an own entry for a company's interview for an accountant post
    (event("ସାକ୍ଷାତକାର – କଳିଙ୍ଗ ଷ୍ଟିଲ୍ସ (ଆକାଉଣ୍ଟାଣ୍ଟ ପଦ)", organizer=SELF,
           description="ମୂଳ ପ୍ରମାଣପତ୍ର ଓ ବାୟୋଡାଟା ନେବା। ୧୦ ମିନିଟ ଆଗରୁ ପହଞ୍ଚିବା।",
           location="କଳିଙ୍ଗ ଷ୍ଟିଲ୍ସ, ଭୁବନେଶ୍ୱର", **at("2029-03-05", "10:30", 45, *IST), **_id(29)),
     yes(["କଳିଙ୍ଗ ଷ୍ଟିଲ୍ସ", "Kalinga Steels"], []), "or", KANAK),
    # odishabhaskar: an own entry for the state commission's civil service interview
    (event("OCS ସାକ୍ଷାତକାର – ଓଡ଼ିଶା ଲୋକସେବା ଆୟୋଗ, କଟକ", organizer=SELF,
           description="ସକାଳ ୮:୩୦ରେ ରିପୋର୍ଟିଂ। କଲ୍ ଲେଟର, ଫଟୋ ଓ ମୂଳ ପ୍ରମାଣପତ୍ର।",
           location="ଓପିଏସସି, କଟକ", **at("2029-03-06", "08:30", 240, *IST), **_id(30)),
     yes(["ଓଡ଼ିଶା ଲୋକସେବା ଆୟୋଗ", "OPSC", "Odisha Public Service Commission"], []), "or", ODISHABHASKAR),
    # kanaknews: a coaching centre's mock interview (practice, nobody hires)
    (event("ମକ୍ ସାକ୍ଷାତକାର – ଆପ୍ଟି କୋଚିଂ (OCS ପ୍ରସ୍ତୁତି)", organizer=SELF,
           description="ବାୟୋଡାଟା ଅନୁଶୀଳନ। ଭିଡିଓ ରେକର୍ଡିଂ ମିଳିବ।",
           location="କୋଚିଂ ସେଣ୍ଟର, ଭୁବନେଶ୍ୱର", **at("2029-03-07", "16:00", 60, *IST), **_id(31)),
     None, "or", KANAK),
    # dharitri: a newspaper's interview with the owner about her result (the press's)
    (event("ଖବରକାଗଜ ସାକ୍ଷାତକାର – ଧରିତ୍ରୀ (ମୋ OJS ଫଳାଫଳ ବିଷୟରେ)", organizer=SELF,
           description="ସାମ୍ବାଦିକ ଘରକୁ ଆସିବେ। ଫଟୋ ପାଇଁ ପ୍ରସ୍ତୁତ ରହିବା।",
           **at("2029-03-08", "11:00", 45, *IST), **_id(32)),
     None, "or", DHARITRI),
    # ============================================================ (b) Malayalam
    # flashqube: an own entry for a supermarket's interview (the loan, atomic chillu spelling)
    (event("ഇന്റർവ്യൂ – സ്റ്റോർ മാനേജർ, കൊച്ചിൻ ഹൈപ്പർമാർട്ട്", organizer=SELF,
           description="ബയോഡാറ്റയും സർട്ടിഫിക്കറ്റുകളും എടുക്കണം. HR: ശ്രീമതി ലത.",
           location="കൊച്ചിൻ ഹൈപ്പർമാർട്ട്, ഇടപ്പള്ളി", **at("2029-03-05", "11:00", 45, *IST), **_id(33)),
     yes(["കൊച്ചിൻ ഹൈപ്പർമാർട്ട്", "Cochin Hypermart"], []), "ml", FLASHQUBE),
    # flashqube: a hospital's walk-in interview for staff nurses
    (event("വാക്ക്-ഇൻ ഇന്റർവ്യൂ – സ്റ്റാഫ് നഴ്സ്, ലക്ഷ്മി ഹോസ്പിറ്റൽ, തൃശൂർ", organizer=SELF,
           description="രാവിലെ 9 മുതൽ. ഒറിജിനൽ സർട്ടിഫിക്കറ്റുകളും രജിസ്ട്രേഷനും.",
           location="ലക്ഷ്മി ഹോസ്പിറ്റൽ", **at("2029-03-06", "09:00", 180, *IST), **_id(34)),
     yes(["ലക്ഷ്മി ഹോസ്പിറ്റൽ", "Lakshmi Hospital"], []), "ml", FLASHQUBE),
    # flashqube: the older virama + ZWJ spelling of the same loan, a trading firm's interview
    (event("ഇന്റര്\u200dവ്യൂ – അക്കൗണ്ടന്റ്, മലബാര്\u200d ട്രേഡേഴ്സ്", organizer=SELF,
           description="ടാലി അറിയണം. മാനേജിംഗ് പാർട്ണർ ഇന്റർവ്യൂ ചെയ്യും.",
           location="മലബാർ ട്രേഡേഴ്സ്, കോഴിക്കോട്", **at("2029-03-07", "10:00", 45, *IST), **_id(35)),
     yes(["മലബാര്\u200d ട്രേഡേഴ്സ്", "മലബാർ ട്രേഡേഴ്സ്", "Malabar Traders"], []), "ml", FLASHQUBE),
    # flashqube: a college placement cell's mock interview (practice)
    (event("മോക്ക് ഇന്റർവ്യൂ – പ്ലേസ്മെന്റ് സെൽ (ഫൈനൽ ഇയർ)", organizer=SELF,
           description="ഫോർമൽ ഡ്രസ്. റെസ്യൂമെ കൊണ്ടുവരണം.",
           location="കോളേജ് സെമിനാർ ഹാൾ", **at("2029-03-08", "14:00", 120, *IST), **_id(36)),
     None, "ml", FLASHQUBE),
    # ============================================================ (b) Amharic
    # addisadmassnews: a savings institution's written test for an advertised vacancy
    (event("የጽሑፍ ፈተና – አዋሽ ብድርና ቁጠባ ተቋም (ክፍት የሥራ ቦታ፡ ገንዘብ ያዥ)",
           organizer=org("hr@awashsaccos.et", "አዋሽ ብድርና ቁጠባ – የሰው ሀብት"),
           description="ለክፍት የሥራ ቦታው ያመለከቱ አመልካቾች መታወቂያ ይዘው ይቅረቡ። ፈተናው 2 ሰዓት ይወስዳል።",
           location="አዋሽ ብድርና ቁጠባ፣ አዳማ", **at("2029-03-05", "09:00", 120, *ADD), **_id(37)),
     yes(["አዋሽ ብድርና ቁጠባ ተቋም", "አዋሽ ብድርና ቁጠባ", "Awash SACCO"], ["hr@awashsaccos.et"]), "am",
     ADDISADMASS),
    # addisstandard: an own entry for a city administration's written test for a job opening
    (event("የጽሑፍ ፈተና – ክፍት የሥራ ቦታ (የአዲስ አበባ ከተማ አስተዳደር፣ የሂሳብ ባለሙያ)", organizer=SELF,
           description="መታወቂያና የማመልከቻ ቁጥር መያዝ። ከጠዋቱ 2:00 ጀምሮ።",
           location="አዲስ አበባ ዩኒቨርሲቲ", **at("2029-03-06", "08:00", 120, *ADD), **_id(38)),
     yes(["የአዲስ አበባ ከተማ አስተዳደር", "Addis Ababa City Administration"], []), "am", ADDISSTANDARD),
    # addisstandard: a child's national school exam (nobody hires)
    (event("የ12ኛ ክፍል ብሔራዊ ፈተና – ልጄ ሳሮን", organizer=SELF,
           description="እርሳስና መታወቂያ። ከጠዋቱ 1:30 ማድረስ።",
           location="ትምህርት ቤት", **at("2029-03-07", "07:30", 240, *ADD), **_id(39)),
     None, "am", ADDISSTANDARD),
    # addisadmassnews: a radio interview with the owner about her book (the press's)
    (event("ቃለ መጠይቅ – ሸገር ሬዲዮ (ስለ መጽሐፌ)", organizer=SELF,
           description="ቀጥታ ሥርጭት። 15 ደቂቃ ቀድሞ መድረስ።",
           location="ሸገር ሬዲዮ ስቱዲዮ", **at("2029-03-08", "10:00", 30, *ADD), **_id(40)),
     None, "am", ADDISADMASS),
]
