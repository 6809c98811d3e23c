"""Check cases added in round 19 for hiring steps named by their format, compound titles and thin languages (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL's host was grepped over tests/data/*.py first); each case cites
its page; names, companies, addresses and domains are invented and the wording paraphrased (public
bodies whose process it is keep their real names: Malaysia's Public Service Commission). Labelled
and committed before any code ran on them; scored once on r19start's code, then after round 19's
rule (docs/detection.md); tuning data from the start.

Aimed at round 18's silent classes as structures, not as its cases' words: (a) a hiring step named
by its format, with no interview word: a trial shift or trial day (English, German "Probetag",
Dutch "proefdag", Polish "dzień próbny", Chinese "試做"), an employer's road test for a driving
post, a walk-in hiring day, an Italian recruiting day and "giornata di selezione", a guard
company's fitness and written tests; (b) an interview in a compound title whose other part looks
like something else: an info session, a mock call, a shadowing day ("meeloopdag"), a site tour;
(c) interviews in languages the corpus is thin in: Tamil, Bengali, Persian, Urdu, Swahili, Malay,
Tagalog and traditional Chinese (a restaurant's "find the manager"). Look-alikes with the same
format words and nobody hired: driving-licence road tests, university open days and campus tours,
students' job-shadowing days, a personal trainer's first assessment, gym trial classes, a shop's
product info session, youth football trials, a Bengali school-leaving exam and a Swahili national
exam. They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t19a-" and a number.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for April 2028 (summer time in Europe and North America, standard time in Australia).
LON = ("+01:00", "Europe/London")
CHI = ("-05:00", "America/Chicago")
NYC = ("-04:00", "America/New_York")
LAX = ("-07:00", "America/Los_Angeles")
MEL = ("+10:00", "Australia/Melbourne")
BER = ("+02:00", "Europe/Berlin")
AMS = ("+02:00", "Europe/Amsterdam")
ROM = ("+02:00", "Europe/Rome")
WAW = ("+02:00", "Europe/Warsaw")
KOL = ("+05:30", "Asia/Kolkata")
DHA = ("+06:00", "Asia/Dhaka")
THR = ("+03:30", "Asia/Tehran")
KHI = ("+05:00", "Asia/Karachi")
DAR = ("+03:00", "Africa/Dar_es_Salaam")
KUL = ("+08:00", "Asia/Kuala_Lumpur")
TPE = ("+08:00", "Asia/Taipei")
MNL = ("+08:00", "Asia/Manila")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
DETAIL2 = "https://detail2recruitment.com/blog/the-trial-shift-top-tips-for-success/"
WORKTRUCK = "https://www.worktruckonline.com/157533/confirming-a-drivers-abilities-through-a-road-test"
GEORGIA = "https://georgiainjurylawyersblog.net/amp/commercial-motor-vehicle-drivers-the-road-test"
HACKEREARTH = "https://hackerearth.com/recruit/glossary/walk-in-interview"
CVFORMAT = "https://cvformat.io/blog/what-walkin-interviews-complete-guide"
IZIDOO = "https://izidoo.it/un-doppio-binario-per-i-recruiting-day"
RISORSE = "https://www.risorseumane-hr.it/recruiting-day-opportunita/"
CAMPUSJAEGER = "https://www.campusjaeger.de/karriereguide/berufswelt/probearbeit?rId=d3GaCIa7kTuB"
ADVIESJAGERS = "https://www.adviesjagers.nl/proefwerk/"
CIEKAWECV = "https://ciekawecv.pl/?srsltid=AfmBOoqlNPacvWNckaviyhijWFSZ8w2mxZy5AIoQuwkvFvmeMC1souKT"
DINAMALAR = "https://www.dinamalar.com/district_detail.asp?id=2898575&Print=1"
TAMILMIX = "https://tamilmixereducation.com/interview-for-48-jobs-in-animal-husbandry-nagercoil"
ECAB = ("http://blog.e-cab.net/%E0%A6%9A%E0%A6%BE%E0%A6%95%E0%A7%81%E0%A6%B0%E0%A7%80%E0%A6%B0-"
        "%E0%A6%B8%E0%A6%BE%E0%A6%95%E0%A7%8D%E0%A6%B7%E0%A6%BE%E0%A7%8E%E0%A6%95%E0%A6%BE%E0%A6%B0/")
EMOSAHEBE = "https://emosahebe.ir/farayand-mosahebe"
JAHAN = "https://jahan-e-urdu.com/?p=3884"
FURSA = "https://fursazaajira.com/walioitwa-kwenye-usaili-ajira-portal-na-utumishi"
RULAZIZ = "https://rulaziz.blogspot.com/2021/07/online-interview.html"
MAYOHR = "https://www.mayohr.com/tw/blog/detail/restaurant-recruit"
TW1111 = "https://www.1111.com.tw/1000w/fanshome/discussTopic.asp?cat=FANS&id=207976"
SERVICIO = "https://www2.serviciofilipino.com/2019/08/28/tatlong-mahahalagang-realidad-tungkol-sa-mga-job-interviews"
GAWLIA = "https://gawlia.com/how-to-pass-the-final-interview-for-a-call-center-position/"
JOBINVEST = "https://jobinvest.nl/kennisbank/definities/sollicitatieprocedure/"
STALWART = "https://www.stalwartgroup.com/what-is-the-major-difference-of-how-a-security-guard-is-hired/"
GUARDHUNTER = "https://www.guardhunter.com/security-guard-fitness-requirements"
PRACTICEGEEKS = "https://practicetestgeeks.com/dmv/what-to-bring-to-dmv-driving-test/amp"
DAYJOB = "https://www.dayjob.com/university-open-days-821/"
STUDYOVERSEAS = "https://studyoverseas.net/open-day-at-a-university/"
SUNOUTREACH = "https://www.sunoutreach.org/resources/open-days-students/"
CHELMSFORD = ("https://chs.chelmsfordschools.org/about-chelmsford-high-school/career-center/school-to-careers/"
              "junior-job-shadow/")
GCCISD = "https://schools.gccisd.net/page/cte.SWC"
PHCA = "https://www.phca.org/for-members/workforce-resources/engaging-students/job-shadowing/"
APEX = "https://apexpersonalfitness.com/?p=19438"
FITNESS24 = ("https://www.24hourfitness.com/24life/focus/2017/what-to-expect-from-your-first-personal-"
             "training-session")
RIPTRAINING = "https://riptraininghuntervalley.com/why-we-dont-do-free-trials/"
NETWORKGARDEN = "https://thenetworkgarden.blogs.com/weblog/2024/07/some-thoughts-on-the-product-demo.html"
DISTRICTFOOTBALL = "https://districtfootball.co.uk/trials/"
METROSTARS = "https://metrostars.com.au/single-post/2019/08/30/details-for-2020-junior-trials-announced"
SSCQUESTION = "https://sscquestion.com/ssc-exam-2025-important-guidelines/"
MWANAHALISI = "https://mwanahalisionline.com/566840-kidato-cha-iv-kuanza-mitihani-ya-taifa-kesho/"


def _id(n: int) -> dict[str, str]:
    return {"id": f"t19a-{n:02d}"}


TUNE19_CHECK_A: list[Case] = [
    # ============================================================ (a) a step named by its format
    # detail2recruitment: a restaurant's supervised trial shift after the interview, own copy
    (event("Trial shift – head waiter, The Brass Lantern", organizer=SELF,
           description="Black shirt, black trousers, own wine key. GM + team give feedback after service.",
           location="The Brass Lantern, 14 Castle Street, Chester", **at("2028-04-12", "17:00", 240, *LON),
           **_id(1)),
     yes(["The Brass Lantern"], []), "en", DETAIL2),
    # worktruckonline: a motor carrier's road test for a driving post, from its safety office
    (event("Road test – Class A tractor-trailer (regional)",
           organizer=org("safety@millbrookfreight.com", "Millbrook Freight – Driver Safety"),
           description="Please bring your CDL and DOT medical card. Pre-trip inspection and coupling first, "
                       "then about 45 minutes on our set route. The certificate of road test is issued on "
                       "completion.",
           location="Millbrook Freight terminal, 2300 Kiln Road, Joliet", **at("2028-04-13", "08:00", 120, *CHI),
           **_id(2)),
     yes(["Millbrook Freight"], ["safety@millbrookfreight.com"]), "en", WORKTRUCK),
    # georgiainjurylawyersblog: a tank carrier's road test before a new driver may run its trucks
    (event("Harlan Tank Lines – driver road test + skills check", organizer=SELF,
           description="Tanker endorsement copy. Backing + parking, braking.",
           location="Harlan Tank Lines, 8800 Industrial Blvd, Macon", **at("2028-04-18", "09:30", 90, *NYC),
           **_id(3)),
     yes(["Harlan Tank Lines"], []), "en", GEORGIA),
    # hackerearth: a walk-in hiring day, first come first served, the user's own copy
    (event("Walk-in hiring day – Brightline Logistics (warehouse associates)", organizer=SELF,
           description="No appointment needed. 2 copies of resume, ID. Forms on site, then a short chat with "
                       "a shift manager.",
           location="Brightline Logistics DC, 5100 Airport Rd, Ontario CA", **at("2028-04-15", "09:00", 180, *LAX),
           **_id(4)),
     yes(["Brightline Logistics", "Brightline"], []), "en", HACKEREARTH),
    # izidoo: a hotel group's recruiting day with get-to-know talks at desks, own copy
    (event("Recruiting Day Hotel Lago Tessera – reception e sala", organizer=SELF,
           description="Portare CV stampato. Colloqui conoscitivi ai desk, arrivare presto.",
           location="Hotel Lago Tessera, Lungolago 3, Salò", **at("2028-04-19", "10:00", 240, *ROM), **_id(5)),
     yes(["Hotel Lago Tessera"], []), "it", IZIDOO),
    # risorseumane-hr: a wine estate's selection day for harvest and cellar staff, from its HR mailbox
    (event("Giornata di selezione – addetti vendemmia e cantina",
           organizer=org("selezione@poggioalto-vini.it", "Cantina Poggio Alto – Selezione"),
           description="Presentarsi con documento d'identità e curriculum. Nel pomeriggio prova pratica in "
                       "vigna; esito comunicato entro una settimana.",
           location="Cantina Poggio Alto, Strada del Vino 22, Montalcino", **at("2028-04-20", "09:30", 420, *ROM),
           **_id(6)),
     yes(["Cantina Poggio Alto", "Poggio Alto"], ["selezione@poggioalto-vini.it"]), "it", RISORSE),
    # campusjaeger: a dental practice's trial day for a dental assistant, own copy
    (event("Probetag ZFA – Zahnarztpraxis Dr. Lindner", organizer=SELF,
           description="Weiße Hose + Praxisschuhe mitbringen. 8–13 Uhr mitlaufen, danach kurzes Gespräch.",
           location="Zahnarztpraxis Dr. Lindner, Bahnhofstraße 8, Fulda", **at("2028-04-11", "08:00", 300, *BER),
           **_id(7)),
     yes(["Zahnarztpraxis Dr. Lindner"], []), "de", CAMPUSJAEGER),
    # adviesjagers: an installer's unpaid trial day for a service fitter, from the owner
    (event("Proefdag servicemonteur",
           organizer=org("p.dort@vandort-installatie.nl", "Peter van Dort"),
           description="Je loopt een dag mee met een van onze monteurs. Werkschoenen aan, wij zorgen voor de "
                       "rest. Om 16:00 even nabespreken.",
           location="Installatiebedrijf Van Dort, Industrieweg 17, Zwolle", **at("2028-04-14", "07:30", 510, *AMS),
           **_id(8)),
     yes(["Installatiebedrijf Van Dort", "Van Dort"], ["p.dort@vandort-installatie.nl"]), "nl", ADVIESJAGERS),
    # ciekawecv: a restaurant's trial day for a waiter before any contract, own copy
    (event("Dzień próbny – kelner, Restauracja Pod Lipą", organizer=SELF,
           description="Czarne spodnie, biała koszula. Zapytać o umowę na dzień próbny.",
           location="Restauracja Pod Lipą, ul. Długa 12, Gdańsk", **at("2028-04-15", "12:00", 360, *WAW),
           **_id(9)),
     yes(["Restauracja Pod Lipą", "Pod Lipą"], []), "pl", CIEKAWECV),
    # mayohr: a restaurant's kitchen trial for a cook, the user's own copy
    (event("內場試做 – 晴川鐵板燒（找主廚）", organizer=SELF,
           description="14:00 到店，帶履歷和刀具。",
           location="晴川鐵板燒 台中市西區公益路 88 號", **at("2028-04-17", "14:00", 120, *TPE), **_id(10)),
     yes(["晴川鐵板燒"], []), "zh", MAYOHR),
    # stalwartgroup: a guarding company's fitness and written tests for an officer post, own copy
    (event("Security officer selection – fitness test + written test, Ironside Guarding", organizer=SELF,
           description="Bring ID proof + certificates file. Sportswear for the fitness part.",
           location="Ironside Guarding, Unit 9 Dockside Park, Hull", **at("2028-04-18", "10:00", 180, *LON),
           **_id(11)),
     yes(["Ironside Guarding"], []), "en", STALWART),
    # ============================================================ (b) an interview in a compound title
    # cvformat: a cruise line's info session followed by walk-in interviews, from its recruiters
    (event("Info session & on-the-spot interviews – deck and hospitality crew",
           organizer=org("recruiting@harbourlinecruises.com", "Harbourline Cruises Recruiting"),
           description="We start with a 30-minute presentation about life on board, then interview candidates "
                       "one by one. Bring your resume and seafarer documents if you have them.",
           location="Harbourline Cruises, Pier 4 Terminal, Baltimore", **at("2028-04-20", "10:00", 240, *NYC),
           **_id(12)),
     yes(["Harbourline Cruises"], ["recruiting@harbourlinecruises.com"]), "en", CVFORMAT),
    # gawlia: a contact centre's final interview with a simulated customer call, from its talent team
    (event("Final interview + mock customer call – Customer Care Advisor",
           organizer=org("talent@northgate-energy.co.uk", "Northgate Energy Talent Team"),
           description="Part 1: competency questions with the team manager. Part 2: a role-played call with an "
                       "unhappy customer. About an hour in total.",
           location="Northgate Energy, 1 Quayside, Newcastle upon Tyne", **at("2028-04-19", "14:00", 60, *LON),
           **_id(13)),
     yes(["Northgate Energy"], ["talent@northgate-energy.co.uk"]), "en", GAWLIA),
    # jobinvest: a dental practice's interview followed by a shadowing day, from the practice manager
    (event("Sollicitatiegesprek + meeloopdag tandartsassistent",
           organizer=org("praktijk@tandartsdelinde.nl", "Tandartspraktijk De Linde"),
           description="Eerst het gesprek met de praktijkmanager, daarna loop je de rest van de ochtend mee op "
                       "de behandelkamer.",
           location="Tandartspraktijk De Linde, Lindelaan 5, Amersfoort", **at("2028-04-13", "09:00", 180, *AMS),
           **_id(14)),
     yes(["Tandartspraktijk De Linde"], ["praktijk@tandartsdelinde.nl"]), "nl", JOBINVEST),
    # guardhunter: a patrol firm's interview with a tour of the control room, from its HR mailbox
    (event("Interview & site tour – mobile patrol officer",
           organizer=org("hr@nightwatchpatrols.com.au", "Nightwatch Patrols HR"),
           description="Interview with the operations manager, then a walk through the control room and vehicle "
                       "bay. Wear comfortable shoes.",
           location="Nightwatch Patrols, 31 Ferntree Rd, Dandenong", **at("2028-04-12", "11:00", 75, *MEL),
           **_id(15)),
     yes(["Nightwatch Patrols"], ["hr@nightwatchpatrols.com.au"]), "en", GUARDHUNTER),
    # ============================================================ (c) languages the corpus is thin in
    # dinamalar: a district rural scheme's interview for an enterprise development officer post
    (event("நேர்காணல் – தொழில் முனைவு மேம்பாட்டு அலுவலர் பணியிடம், வேலூர் மாவட்ட ஊரக புத்தாக்க திட்டம்",
           organizer=SELF, description="அசல் சான்றிதழ்கள் மற்றும் ஆதார் அட்டை கொண்டு வரவும்.",
           location="மாவட்ட ஆட்சியர் அலுவலக வளாகம், வேலூர்", **at("2028-04-12", "10:00", 60, *KOL), **_id(16)),
     yes(["வேலூர் மாவட்ட ஊரக புத்தாக்க திட்டம்", "மாவட்ட ஊரக புத்தாக்க திட்டம்"], []), "ta", DINAMALAR),
    # tamilmixereducation: an animal husbandry department's oral test for assistant posts, own copy
    (event("கால்நடை பராமரிப்பு உதவியாளர் நேர்முகத் தேர்வு – கடலூர்", organizer=SELF,
           description="அழைப்புக் கடிதம் + 10ம் வகுப்பு சான்றிதழ். காலை 9 மணிக்குள் வரவும்.",
           location="அண்ணா விளையாட்டு அரங்கம், கடலூர்", **at("2028-04-19", "09:00", 120, *KOL), **_id(17)),
     yes(["கால்நடை பராமரிப்புத் துறை", "கால்நடை பராமரிப்பு துறை"], []), "ta", TAMILMIX),
    # e-cab: a knitwear maker's interview for a merchandiser post, the user's own copy
    (event("সাক্ষাৎকার – মেঘনা নিটওয়্যার লিমিটেড (মার্চেন্ডাইজার পদ)", organizer=SELF,
           description="সিভির দুই কপি আর সনদের ফটোকপি সঙ্গে নিতে হবে।",
           location="মেঘনা নিটওয়্যার লিমিটেড, টঙ্গী শিল্প এলাকা, গাজীপুর", **at("2028-04-16", "11:00", 60, *DHA),
           **_id(18)),
     yes(["মেঘনা নিটওয়্যার লিমিটেড", "মেঘনা নিটওয়্যার"], []), "bn", ECAB),
    # emosahebe: a provincial water company's specialist interview after its hiring exam, own copy
    (event("مصاحبه تخصصی استخدام – شرکت آب و فاضلاب دماوند (کارشناس حسابداری)", organizer=SELF,
           description="اصل مدارک تحصیلی و کارت ملی همراه باشد.",
           location="دماوند، خیابان امام، ساختمان مرکزی شرکت", **at("2028-04-17", "09:00", 60, *THR), **_id(19)),
     yes(["شرکت آب و فاضلاب دماوند"], []), "fa", EMOSAHEBE),
    # jahan-e-urdu: a textile mill's interview for an accounts officer post, the user's own copy
    (event("انٹرویو – اکاؤنٹس آفیسر کی آسامی، ساحل ٹیکسٹائل ملز", organizer=SELF,
           description="اصل اسناد اور شناختی کارڈ ساتھ لائیں۔",
           location="ساحل ٹیکسٹائل ملز، سائٹ ایریا، کراچی", **at("2028-04-18", "10:30", 60, *KHI), **_id(20)),
     yes(["ساحل ٹیکسٹائل ملز"], []), "ur", JAHAN),
    # fursazaajira: a district council's interview for a supplies officer, the user's own copy
    (event("Usaili – Afisa Ugavi Daraja la II, Halmashauri ya Wilaya ya Mlimani", organizer=SELF,
           description="Kitambulisho cha NIDA na vyeti halisi. Kujigharamia usafiri na malazi.",
           location="Ukumbi wa Halmashauri, Mlimani", **at("2028-04-13", "08:00", 240, *DAR), **_id(21)),
     yes(["Halmashauri ya Wilaya ya Mlimani"], []), "sw", FURSA),
    # rulaziz: a state department's online interview for an information officer, own copy
    (event("Temu duga atas talian – Pegawai Penerangan, Jabatan Hubungan Komuniti Negeri", organizer=SELF,
           description="Pautan Zoom dalam e-mel. Sediakan IC dan salinan sijil.",
           **at("2028-04-14", "09:00", 60, *KUL), **_id(22)),
     yes(["Jabatan Hubungan Komuniti Negeri"], []), "ms", RULAZIZ),
    # 1111.com.tw: a restaurant's front-of-house interview, "find the manager", own copy
    (event("禾豐小館 外場 找林店長", organizer=SELF, description="帶履歷表，問排班時段。",
           location="禾豐小館 台北市大安區復興南路一段 120 號", **at("2028-04-11", "15:00", 30, *TPE), **_id(23)),
     yes(["禾豐小館"], []), "zh", TW1111),
    # serviciofilipino: a contact centre's job interview in Tagalog, the user's own copy
    (event("Panayam sa trabaho – CSR, Bayanihan Contact Solutions", organizer=SELF,
           description="Magdala ng resume at 2 valid ID. Dumating 15 minuto bago ang oras.",
           location="Bayanihan Contact Solutions, Ayala Ave, Makati", **at("2028-04-12", "13:00", 60, *MNL),
           **_id(24)),
     yes(["Bayanihan Contact Solutions"], []), "tl", SERVICIO),
    # ============================================================ look-alikes: nobody hired
    # practicetestgeeks: a driving-licence road test at a DMV office, own copy
    (event("DMV road test – Van Nuys", organizer=SELF,
           description="Bring permit, registration + proof of insurance. Check brake lights the night before.",
           location="DMV Van Nuys, 14920 Vanowen St", **at("2028-04-14", "10:15", 45, *LAX), **_id(25)),
     None, "en", PRACTICEGEEKS),
    # practicetestgeeks: a teenager's behind-the-wheel test, the parent's calendar
    (event("Mia – behind-the-wheel driving test", organizer=SELF,
           description="She drives, I sit in the waiting area. Permit + insurance card in the glovebox.",
           location="DMV El Monte", **at("2028-04-21", "08:40", 60, *LAX), **_id(26)),
     None, "en", PRACTICEGEEKS),
    # dayjob: a university open day with a course talk, own copy
    (event("University open day – Eastmoor (Computer Science talk 11:00)", organizer=SELF,
           description="Registered online; programme + campus map in confirmation email.",
           location="University of Eastmoor, Main Campus", **at("2028-04-15", "10:00", 300, *LON), **_id(27)),
     None, "en", DAYJOB),
    # studyoverseas: a campus tour for prospective applicants
    (event("Campus tour + open day – Brackenfield University", organizer=SELF,
           description="Student-led tour at 12:30, accommodation visit after.",
           location="Brackenfield University, Visitor Centre", **at("2028-04-22", "12:00", 180, *LON), **_id(28)),
     None, "en", STUDYOVERSEAS),
    # sunoutreach: a daughter's university open day, the parent's calendar
    (event("Ella – Wrexford Uni open day (accommodation tour 2pm)", organizer=SELF,
           description="Print talks timetable; parking limited.", **at("2028-04-22", "09:30", 420, *LON),
           **_id(29)),
     None, "en", SUNOUTREACH),
    # chelmsfordschools: a high-school junior's job shadow day at a firm, own copy
    (event("Junior job shadow – Ridgeview Architects", organizer=SELF,
           description="Site mentor: Dana Ortiz. Business casual. Reflection sheet due Friday to Career Center.",
           location="Ridgeview Architects, 40 Mill St, Lowell", **at("2028-04-12", "09:00", 360, *NYC), **_id(30)),
     None, "en", CHELMSFORD),
    # gccisd: a CTE student's job shadow at a vet clinic
    (event("Job shadow @ Lakeside Animal Hospital (CTE)", organizer=SELF,
           description="Follow Dr. Patel's morning appointments; written assignment afterwards.",
           location="Lakeside Animal Hospital, Baytown", **at("2028-04-13", "08:00", 240, *CHI), **_id(31)),
     None, "en", GCCISD),
    # phca: nursing students shadowing staff at a care centre
    (event("Shadow day – Birchwood Care Centre (nursing program)", organizer=SELF,
           description="Students shadow CNAs on the day shift. Evaluation form to instructor.",
           location="Birchwood Care Centre, Harrisburg", **at("2028-04-18", "07:00", 480, *NYC), **_id(32)),
     None, "en", PHCA),
    # apexpersonalfitness: a first personal-training session with a movement assessment
    (event("First PT session – movement assessment + light workout", organizer=SELF,
           description="Water bottle, trainers. Goals chat first.", location="Apex Fitness, Leeds",
           **at("2028-04-11", "18:00", 60, *LON), **_id(33)),
     None, "en", APEX),
    # 24hourfitness: a free trial class at a gym
    (event("Free trial class – HIIT @ Pulse Studio", organizer=SELF,
           description="Arrive 10 min early to sign the waiver.", location="Pulse Studio, Division St, Chicago",
           **at("2028-04-13", "06:30", 45, *CHI), **_id(34)),
     None, "en", FITNESS24),
    # riptraininghuntervalley: a gym's trial session before signing up
    (event("Trial session – strength coaching, Forge Athletics", organizer=SELF,
           description="Intro + technique check, then decide on membership.",
           location="Forge Athletics, Maitland", **at("2028-04-19", "17:30", 60, *MEL), **_id(35)),
     None, "en", RIPTRAINING),
    # thenetworkgarden: a shop's product info session and demo for customers
    (event("Info session – new e-bike range + product demo @ Velo Depot", organizer=SELF,
           description="Test rides after the demo. Free coffee.", location="Velo Depot, Camden",
           **at("2028-04-15", "11:00", 90, *LON), **_id(36)),
     None, "en", NETWORKGARDEN),
    # districtfootball: a district schools' football trial for under-12s
    (event("U12 district football trials – Wellmoor College", organizer=SELF,
           description="Boots + shin pads, water. Selectors announce A squad by email.",
           location="Wellmoor College playing fields", **at("2028-04-16", "09:00", 180, *LON), **_id(37)),
     None, "en", DISTRICTFOOTBALL),
    # metrostars: a junior soccer club's pre-season trial night
    (event("Junior trials U15 – night 1 (register at clubrooms)", organizer=SELF,
           description="Shin pads and boots or no trial. Drink bottle.", location="Eastside Reserve, Melbourne",
           **at("2028-04-18", "17:30", 90, *MEL), **_id(38)),
     None, "en", METROSTARS),
    # sscquestion: a Bengali school-leaving exam paper, the student's own copy
    (event("এসএসসি পরীক্ষা – বাংলা ১ম পত্র", organizer=SELF,
           description="প্রবেশপত্র ও রেজিস্ট্রেশন কার্ড নিতে হবে। ৩০ মিনিট আগে আসনে বসতে হবে।",
           location="সরকারি বালক উচ্চ বিদ্যালয় কেন্দ্র, খুলনা", **at("2028-04-20", "10:00", 180, *DHA),
           **_id(39)),
     None, "bn", SSCQUESTION),
    # mwanahalisionline: a Swahili national secondary exam paper, the student's own copy
    (event("Mtihani wa Taifa kidato cha nne – Hisabati", organizer=SELF,
           description="Namba ya mtihani kwenye kila karatasi. Kalamu ya wino wa bluu au mweusi.",
           location="Shule ya Sekondari Mlimani", **at("2028-04-21", "08:00", 180, *DAR), **_id(40)),
     None, "sw", MWANAHALISI),
]
