"""Blind batch 19 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b19.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for 18 April to 26 May 2028: North America, Europe, Israel on summer time;
Australia back on standard time since 2 April and New Zealand too; Morocco on +01:00 again, Ramadan
being over in February; Iran, India, the Gulf, East and South-East Asia, Brazil and South Africa
without summer time) and the conference texts pasted into descriptions.

Scored once, at the end of round 19, for docs/detection.md and the README; tuning data since round 20.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
EL_BARISTA = "https://blog.barista.gr/synenteyxi-gia-doyleia-os-barista-pos-tha-proetoimasteis"
EL_NAUTILIA = "https://e-nautilia.gr/ziteitai-ploigos-ston-ploigiko-stathmo-rodou/"
EL_EURLEX = "https://eur-lex.europa.eu/legal-content/EL/TXT/HTML/?uri=OJ:C:2014:074A:FULL&from=SK"
HE_INTERNET_ISRAEL = "https://internet-israel.com/?p=9994"
HE_HAVERMI = ("https://havermi.co.il/articles/%D7%90%D7%99%D7%9A-%D7%9C%D7%94%D7%AA%D7%9B%D7%95%D7%A0%D7%9F-"
              "%D7%9C%D7%A8%D7%90%D7%99%D7%95%D7%A0%D7%95%D7%AA-%D7%98%D7%9B%D7%A0%D7%99%D7%99%D7%9D/")
HE_NISHA = ("https://www.nisha.co.il/%D7%90%D7%99%D7%9A-%D7%A0%D7%A8%D7%90%D7%94-%D7%A8%D7%90%D7%99%D7%95%D7%9F-"
            "%D7%A2%D7%91%D7%95%D7%93%D7%94-%D7%9E%D7%AA%D7%9B%D7%A0%D7%AA/")
HE_BIU = "https://hr-minhali.biu.ac.il/node/1636"
AR_JOBMAROC = "https://www.jobmaroc24.com/2025/11/blog-post.html"
AR_DZEXAMS = "https://dzexams.pro/blog/الأسئلة-الشفوية-لمسابقة-الأساتذة"
AR_DALIL = "https://dalil-saudia.com/news448137.html"
FA_EMOSAHEBE = "https://emosahebe.ir/farayand-mosahebe"
FA_ATU = "https://hgu.atu.ac.ir/fa/page/5511/%D9%85%D8%B5%D8%A7%D8%AD%D8%A8%D9%87"
FA_JOBOTALK = "https://jobotalk.ir/blogs/have_good_interview"
TA_ABPLIVE = ("https://tamil.abplive.com/jobs/post-office-direct-agents-and-field-officers-interview-thanjavur-post-"
              "offices-tnn-213805/amp")
TA_NAALUVARI = ("https://www.naaluvariseithigal.com/2021/08/%E0%AE%A4%E0%AE%AA%E0%AE%BE%E0%AE%B2%E0%AF%8D%E0%AE%A4"
                "%E0%AF%81%E0%AE%B1%E0%AF%88-%E0%AE%AE%E0%AF%81%E0%AE%95%E0%AE%B5%E0%AE%B0%E0%AF%8D-%E0%AE%A8%E0%AF"
                "%87%E0%AE%B0%E0%AF%8D%E0%AE%95%E0%AE%BE%E0%AE%A3/")
TA_ASIANET = ("https://tamil.asianetnews.com/amp/gallery/career/job-vacancy-in-union-bank-of-india-2024-1500-local-"
              "bank-officer-posts-tvk-slv0fj")
HI_HAMARAHIMACHAL = ("https://hamarahimachal.com/interview-for-batch-wise-recruitment-of-shastri-teachers-from-22-"
                     "february-to-25-february")
HI_MBNS = "https://mbnsnews.co.in/interview-for-recruitment-of-teachers-in-english-schools-1225-called-for-236-posts"
HI_DEVENDRAVANI = "https://devendravani.com/?p=29485"
BN_EDITORJI = ("https://editorji.com/amp/bengali/local/primary-education-council-announces-the-date-of-second-"
               "phase-interview-of-tet-1672282055669")
BN_BISWABANGLA = "https://biswabanglasangbad.com/2022/12/22/primary-teachers-interview-date-declared/"
BG_FORJOBHUNTERS = ("https://forjobhunters.com/%D0%B8%D0%BD%D1%82%D0%B5%D1%80%D0%B2%D1%8E-%D0%B7%D0%B0-%D1%80%D0%B0"
                    "%D0%B1%D0%BE%D1%82%D0%B0-%D0%B2%D0%B8%D0%B4%D0%BE%D0%B2%D0%B5/")
BG_ZAPLATA = "https://www.zaplata.bg/blog/kak-da-se-darzhim-na-intervyu-za"
BG_RABOTILNIK = "https://e-learning.rabotilnik.com/mod/book/view.php?id=137"
PL_COOKIT = "http://cookit.pl/przepis/314742/Jak+poszukiwalam+kucharza+i+osiwialam"
PL_MEMUARY = "http://memuaryprowansalskie.blogspot.com/2010/09/rozmowa-kwalifikacyjna-z-prawdziwego.html"
RO_THEBREAK = "https://thebreak.ro/ce-trebuie-sa-stii-ca-sa-iei-10-la-interviul-de-angajare"
VI_VIECLAM123 = "https://vieclam123.vn/thu-tu-choi-phong-van-b1146-amp.html"
MS_REGISTERSDN = "https://registersdnbhd.com/5-proses-memanggil-temu-duga-pekerja/"
ID_MEMOINDONESIA = "https://memoindonesia.com/berita/lowongan-pekerjaan-di-jember-ini-disesaki-pencari-kerja/"
CA_DOGC = ("http://dogc.gencat.cat/ca/pdogc_canals_interns/pdogc_resultats_fitxa/?action=fitxa&documentId=717384&"
           "language=ca_ES")
CA_OPOBUSCA = "https://www.opobusca.com/pruebas-oposiciones-bomberos-de-cataluna-610"
HU_HRPORTAL = "https://www.hrportal.hu/hr/a-cukraszoktol-nem-kernek-szakiranyu-vegzettseget-20130708.html"
CS_VZDELAVANI = "http://vzdelavaniaprace.cz/zkouska/monter-elektrickych-instalaci-frydek-mistek/578"
CS_SSSTP = "https://www.ssstp.cz/2021/01/19/autoelektrikar-2/"
DA_MESTERTIDENDE = "https://www.mestertidende.dk/article/view/627249/sadan_ansaetter_du_den_rigtige_laerling_mester"
DA_TRAENERGUIDE = "http://traenerguide.dk/1-ans%C3%A6ttelse/1b-ans%C3%A6ttelsessamtalen.aspx"
DA_POLITIKEN = ("https://politiken.dk/indland/art6606958/Nye-l%C3%A6rlinge-aner-ikke-hvad-de-skal-n%C3%A5r-de-"
                "begynder")
FI_JYU = "https://opiskelu.jyu.fi/fi/tyoelamapalvelut/palvelut-laitoksille/tyoelamanakokulma/tyonantajahaastattelu"
JA_ESTAFF = "https://e-staff.jp/reading/9882/amp"
JA_KYOIN = "https://kyoin.co.jp/seminar_report/771"
JA_GOO = "https://blog.goo.ne.jp./hsato215/d/20160425"
ZH_SHOU = "https://xxxy.shou.edu.cn/2010/0421/c6612a179749/page.htm"
KO_JINSU = "https://jinsustory.tistory.com/419"
KO_JOBONG = "https://jobong-nyonnyong.tistory.com/58"
UK_BOOKNET = "https://booknet.ua/reader/ti-moya-nadya-b429290?c=4645332"
PT_BARBARIDADES = "http://www.barbaridades.net/2014/07/a-ultima-entrevista.html"

# Offsets for 18 April to 26 May 2028.
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
PHX = ("-07:00", "America/Phoenix")
SEA = ("-07:00", "America/Los_Angeles")
ANC = ("-08:00", "America/Anchorage")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
MEL = ("+10:00", "Australia/Melbourne")
AKL = ("+12:00", "Pacific/Auckland")
JNB = ("+02:00", "Africa/Johannesburg")
NBO = ("+03:00", "Africa/Nairobi")
KOL = ("+05:30", "Asia/Kolkata")
ATH = ("+03:00", "Europe/Athens")
TLV = ("+03:00", "Asia/Jerusalem")
CAS = ("+01:00", "Africa/Casablanca")
ALG = ("+01:00", "Africa/Algiers")
RUH = ("+03:00", "Asia/Riyadh")
THR = ("+03:30", "Asia/Tehran")
SOF = ("+03:00", "Europe/Sofia")
WAW = ("+02:00", "Europe/Warsaw")
BUC = ("+03:00", "Europe/Bucharest")
SGN = ("+07:00", "Asia/Ho_Chi_Minh")
KUL = ("+08:00", "Asia/Kuala_Lumpur")
JKT = ("+07:00", "Asia/Jakarta")
MAD = ("+02:00", "Europe/Madrid")
BUD = ("+02:00", "Europe/Budapest")
PRG = ("+02:00", "Europe/Prague")
CPH = ("+02:00", "Europe/Copenhagen")
HEL = ("+03:00", "Europe/Helsinki")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEL = ("+09:00", "Asia/Seoul")
KYIV = ("+03:00", "Europe/Kyiv")
BRU = ("+02:00", "Europe/Brussels")
PAR = ("+02:00", "Europe/Paris")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 287 551 903 64\nPasscode: Rt8Kx3\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/85122047719?pwd=Wq3v\nMeeting ID: 851 2204 7719\nPasscode: 560318"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/hvq-pmsd-zka\nOr dial: (US) +1 347-555-0148 PIN: 291 044 617#"
WEBEX = "\n\nJoin Webex meeting: https://meetings.webex.com/join/interview-room-14\nMeeting number: 2519 806 4472"
ZOOM_HE = "\n\nהצטרפות לפגישת Zoom\nhttps://us06web.zoom.us/j/87730154412?pwd=Hm2c\nמזהה פגישה: 877 3015 4412"
ZOOM_KO = ("\n\nZoom 회의 참가\nhttps://us06web.zoom.us/j/81294460315?pwd=Kd7s\n회의 ID: 812 9446 0315\n"
           "암호: 774120")
MEET_VI = "\n\nTham gia bằng Google Meet: https://meet.google.com/tqa-xbne-wpd"
TEAMS_DA = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-møde\nDeltag på din computer, mobilapp eller lokaleenhed\n"
            "Klik her for at deltage i mødet\nMøde-id: 361 902 448 17\nAdgangskode: Qz5Hw9\n"
            "________________________________________________________________________________")
TEAMS_BG = ("\n________________________________________________________________________________\n"
            "Събрание в Microsoft Teams\nПрисъединете се от компютъра, мобилното приложение или устройството в залата\n"
            "Щракнете тук, за да се присъедините към събранието\nИД на събранието: 318 770 245 91\nПарола: Bv4Ls8\n"
            "________________________________________________________________________________")


INTL19: list[Case] = [
    # ============================================================ Greek (Greece)
    # barista.gr: a café chain's interview for a barista, with a short trial behind the bar, sent by its HR mailbox
    (event("Συνέντευξη – Barista – Aeras Coffee Roasters (και δοκιμαστική βάρδια 2 ωρών)",
           organizer=org("hr@aerascoffee.gr", "Aeras Coffee – Ανθρώπινο Δυναμικό"),
           guests=[guest("hr@aerascoffee.gr", "Aeras Coffee – Ανθρώπινο Δυναμικό"),
                   guest("n.papadaki@aerascoffee.gr", "Νεφέλη Παπαδάκη")],
           description="Καλησπέρα σας, σας περιμένουμε για συνέντευξη με την υπεύθυνη καταστήματος κα Παπαδάκη. "
                       "Μετά τη συζήτηση θα σας ζητηθεί να ετοιμάσετε έναν espresso και ένα cappuccino. "
                       "Παρακαλούμε φέρτε το βιογραφικό σας.",
           location="Aeras Coffee, Ερμού 112, Αθήνα", **at("2028-05-10", "11:00", 120, *ATH)),
     yes(["Aeras Coffee Roasters", "Aeras Coffee", "Aeras", "Aerascoffee"],
         ["hr@aerascoffee.gr", "n.papadaki@aerascoffee.gr"]), "el", EL_BARISTA),
    # barista.gr: a latte-art workshop the owner books to strengthen the CV (course, no)
    (event("Σεμινάριο latte art – πρακτικό εργαστήρι (για το βιογραφικό)",
           organizer=org("seminaria@baristaschool-athens.gr", "Barista School Athens"),
           description="Πρακτικό εργαστήρι 4 ωρών. Βεβαίωση παρακολούθησης στο τέλος.",
           location="Barista School Athens, Πειραιώς 45", **at("2028-05-16", "17:00", 240, *ATH)),
     None, "el", EL_BARISTA),
    # e-nautilia: a pilot station fills a temporary post by points after documents are filed at the harbour master's
    # office; the owner's entry for taking the papers in (a chore, no interview: no)
    (event("Κατάθεση δικαιολογητικών – θέση πλοηγού, Κεντρικό Λιμεναρχείο Ρόδου (γραφείο Ναυτολογίας)",
           organizer=SELF, description="Δίπλωμα Πλοιάρχου Α΄, ταυτότητα, υπεύθυνη δήλωση. Ώρες 09:00-14:00.",
           location="Κεντρικό Λιμεναρχείο Ρόδου", **at("2028-04-19", "10:00", 60, *ATH)),
     None, "el", EL_NAUTILIA),
    # eur-lex (el): an EPSO open competition's assessment centre that builds a reserve list (no post: no, as a
    # competitive exam that only places winners on a list)
    (event("Κέντρο αξιολόγησης EPSO – Διοικητικοί υπάλληλοι AD5 (μελέτη περίπτωσης, ομαδική άσκηση, συνέντευξη)",
           organizer=SELF, description="Επιτυχόντες → εφεδρικός πίνακας. Διαβατήριο + πρόσκληση από τον λογαριασμό EPSO.",
           location="EPSO Assessment Centre, Βρυξέλλες", **at("2028-05-18", "09:00", 420, *BRU)),
     None, "el", EL_EURLEX),
    # ============================================================ Hebrew (Israel)
    # internet-israel: an invitation to a technical interview, which is in effect a test, from a company recruiter
    (event("ראיון טכני – מפתח/ת Full Stack – נגה מערכות",
           organizer=org("talent@noga-systems.co.il", "גיוס נגה מערכות"),
           guests=[guest("talent@noga-systems.co.il", "גיוס נגה מערכות"),
                   guest("amit.levi@noga-systems.co.il", "עמית לוי")],
           description="שלום, שמחים להזמין אותך לראיון טכני עם ראש הצוות עמית לוי. הראיון יכלול שאלות קוד "
                       "ושיחה על פרויקט שעשית. משך: כשעה." + ZOOM_HE,
           **at("2028-04-24", "14:00", 60, *TLV)),
     yes(["נגה מערכות", "Noga Systems", "Noga-systems", "נגה"],
         ["talent@noga-systems.co.il", "amit.levi@noga-systems.co.il"]), "he", HE_INTERNET_ISRAEL),
    # havermi: the candidate's own entry for a second technical interview, the interviewer named in the title
    (event("ראיון שני בקודלייט – עם יואב ברק – להביא דיאגרמה של הפרויקט", organizer=SELF,
           description="הצגה עצמית 2-3 דק׳, פרויקט גמר, design, טכנולוגיות ולמה.",
           location="קודלייט, דרך מנחם בגין 132, תל אביב", **at("2028-05-11", "10:30", 90, *TLV)),
     yes(["קודלייט", "Codelight"], ["יואב ברק"]), "he", HE_HAVERMI),
    # nisha: a backend developer's first interview over Zoom with the start-up's CTO, who organises it
    (event("ראיון Backend – שיחת פתיחה עם ה-CTO (Zoom)",
           organizer=org("dana@sprintly.co.il", "דנה אלון"),
           guests=[guest("dana@sprintly.co.il", "דנה אלון")],
           description="נדבר על מערכות Production, rollback ועל הניסיון שלך. ספרינטלי – משרת מפתח/ת Backend."
                       + ZOOM_HE, **at("2028-05-15", "16:00", 45, *TLV)),
     yes(["ספרינטלי", "Sprintly"], ["dana@sprintly.co.il"]), "he", HE_NISHA),
    # hr-minhali.biu: the owner, a department manager, sits on the candidates' interview panel (hiring side, no)
    (event("ראיונות מועמדים למשרת רכז/ת מנהלי/ת – ועדה (אני + משאבי אנוש)",
           organizer=org("gius@univ-hr.ac.il", "אגף משאבי אנוש"),
           description="תזכורת: אין לשאול על מצב משפחתי, שירות מילואים או גיל. 4 מועמדים, 30 דק׳ לכל אחד.",
           location="בניין 206, חדר 12", **at("2028-04-25", "09:00", 150, *TLV)),
     None, "he", HE_BIU),
    # ============================================================ Arabic (Morocco, Algeria, Saudi Arabia)
    # jobmaroc24: a private school group's interview for a maths teacher with a trial lesson, from its HR mailbox
    (event("مقابلة عمل – أستاذ(ة) الرياضيات – مجموعة مدارس الأفق الخاصة (حصة تجريبية 20 دقيقة)",
           organizer=org("rh@ecoles-alofoq.ma", "مدارس الأفق – الموارد البشرية"),
           guests=[guest("rh@ecoles-alofoq.ma", "مدارس الأفق – الموارد البشرية"),
                   guest("s.bennani@ecoles-alofoq.ma", "سعاد بناني")],
           description="السلام عليكم، يسعدنا استدعاؤكم لمقابلة مع المديرة التربوية السيدة سعاد بناني، تليها حصة "
                       "تجريبية أمام تلاميذ السنة الثانية إعدادي. المرجو إحضار نسخة من الشهادات.",
           location="مدارس الأفق، حي المعاريف، الدار البيضاء", **at("2028-04-20", "10:00", 90, *CAS)),
     yes(["مجموعة مدارس الأفق الخاصة", "مدارس الأفق", "Ecoles Al Ofoq", "Ecoles-alofoq"],
         ["rh@ecoles-alofoq.ma", "s.bennani@ecoles-alofoq.ma"]), "ar", AR_JOBMAROC),
    # dzexams: the oral interview of the national teachers' recruitment competition, held for actual posts
    # Decision: unlike a competitive exam that only builds an aptitude list, this competition fills posts; its oral is
    # the education directorate's hiring step (yes), with nobody to thank
    (event("المقابلة الشفوية – مسابقة توظيف الأساتذة – مديرية التربية لولاية البليدة", organizer=SELF,
           description="إحضار الاستدعاء وبطاقة التعريف الوطنية. سحب ورقة السؤال ثم التحضير والإجابة أمام اللجنة.",
           location="ثانوية الإخوة عمراني، البليدة", **at("2028-05-21", "08:30", 60, *ALG)),
     yes(["مديرية التربية لولاية البليدة", "مديرية التربية", "وزارة التربية الوطنية"], []), "ar", AR_DZEXAMS),
    # dzexams: revising the oral questions with a study group (practice, no)
    (event("مراجعة الأسئلة الشفوية مع مجموعة الدراسة (التشريع المدرسي + علم النفس التربوي)", organizer=SELF,
           guests=[guest("amina.kh1994@gmail.com", "أمينة")], **at("2028-05-17", "18:00", 120, *ALG)),
     None, "ar", AR_DZEXAMS),
    # dalil-saudia: the personal interview of the second stage for an education post at a private school in Riyadh
    (event("المقابلة الشخصية – المرحلة الثانية – وظيفة معلمة لغة إنجليزية – مدارس رواد المعرفة الأهلية",
           organizer=org("tawdheef@rowad-almarifa.edu.sa", "مدارس رواد المعرفة – التوظيف"),
           guests=[guest("tawdheef@rowad-almarifa.edu.sa", "مدارس رواد المعرفة – التوظيف")],
           description="نأمل حضوركم للمقابلة الشخصية. ستتناول الأسئلة الفلسفة التربوية وإدارة الصف. "
                       "يرجى إحضار الهوية الوطنية وأصل المؤهل.",
           location="مدارس رواد المعرفة الأهلية، حي الياسمين، الرياض", **at("2028-04-26", "09:30", 45, *RUH)),
     yes(["مدارس رواد المعرفة الأهلية", "مدارس رواد المعرفة", "Rowad Almarifa Schools", "Rowad-almarifa"],
         ["tawdheef@rowad-almarifa.edu.sa"]), "ar", AR_DALIL),
    # ============================================================ Persian (Iran)
    # emosahebe: the specialist interview after passing a bank's written recruitment exam, from its HR office
    (event("مصاحبه تخصصی – کارشناس اعتبارات – بانک توسعه آرمان (پذیرفته‌شدگان آزمون کتبی)",
           organizer=org("estekhdam@armanbank.ir", "بانک توسعه آرمان – امور استخدام"),
           description="داوطلب گرامی، مصاحبه تخصصی شما در ساختمان مرکزی برگزار می‌شود. همراه داشتن اصل مدارک "
                       "تحصیلی و کارت ملی الزامی است. امتیاز نهایی از مجموع آزمون و مصاحبه محاسبه می‌شود.",
           location="ساختمان مرکزی بانک توسعه آرمان، خیابان ولیعصر، تهران", **at("2028-04-23", "09:00", 45, *THR)),
     yes(["بانک توسعه آرمان", "Arman Development Bank", "Armanbank"], ["estekhdam@armanbank.ir"]), "fa",
     FA_EMOSAHEBE),
    # hgu.atu: a selection office's vetting interview on beliefs and conduct, held apart from the employer's own
    # interview
    # Decision: like the vetting interviews of earlier rounds, a gozinesh interview checks eligibility, not fit for
    # the post (no)
    (event("مصاحبه گزینش – هسته گزینش دانشگاه", organizer=SELF,
           description="ساعت ۹:۳۰ – کارت ملی و معرفی‌نامه.", location="ساختمان اداری، طبقه دوم",
           **at("2028-05-15", "09:30", 45, *THR)),
     None, "fa", FA_ATU),
    # jobotalk: an online workshop on shining in job interviews (webinar, no)
    (event("وبینار: چطور در مصاحبه شغلی بدرخشیم؟ (آمادگی، پاسخ ساختارمند، زبان بدن)",
           organizer=org("events@jobotalk-academy.ir", "آکادمی جاب‌تاک"),
           description="لینک ورود یک ساعت قبل از شروع ارسال می‌شود.", **at("2028-04-26", "18:00", 90, *THR)),
     None, "fa", FA_JOBOTALK),
    # ============================================================ Tamil (Tamil Nadu)
    # abplive (ta): the post office's interview for direct agents of its life insurance, the owner's own entry
    (event("நேரடி முகவர் நேர்காணல் – தஞ்சாவூர் முதுநிலை தபால் கோட்ட கண்காணிப்பாளர் அலுவலகம்", organizer=SELF,
           description="10ம் வகுப்பு சான்றிதழ், வயது சான்று, புகைப்படம் 2. காலை 11.30.",
           location="தஞ்சாவூர் தலைமை தபால் நிலையம்", **at("2028-04-20", "11:30", 90, *KOL)),
     yes(["இந்திய அஞ்சல் துறை", "India Post", "அஞ்சல் ஆயுள் காப்பீடு", "Postal Life Insurance"], []), "ta",
     TA_ABPLIVE),
    # naaluvariseithigal: the same kind of interview for field officers at another postal division (own entry)
    (event("கள அலுவலர் நேர்காணல் – திருப்பூர் தபால் கோட்டம் (பேச்சுத்திறன் சோதனை)", organizer=SELF,
           description="ரயில்வே ஸ்டேஷன் அருகே தலைமை தபால் அலுவலகம். ஓய்வூதியர் சான்று நகல்.",
           location="திருப்பூர் தலைமை தபால் அலுவலகம்", **at("2028-05-12", "10:00", 120, *KOL)),
     yes(["இந்திய அஞ்சல் துறை", "India Post", "திருப்பூர் தபால் கோட்டம்"], []), "ta", TA_NAALUVARI),
    # asianetnews (ta): a bank's interview for local officers after its written test, from its recruitment mailbox
    (event("நேர்முகத் தேர்வு – உள்ளூர் வங்கி அதிகாரி – தென்னக கூட்டுறவு வங்கி",
           organizer=org("recruitment@thennagabank.in", "தென்னக கூட்டுறவு வங்கி – ஆட்சேர்ப்பு"),
           description="எழுத்துத் தேர்வில் தேர்ச்சி பெற்றமைக்கு வாழ்த்துகள். நேர்முகத் தேர்வுக்கு அசல் "
                       "சான்றிதழ்களுடன் வரவும்.",
           location="தென்னக கூட்டுறவு வங்கி மண்டல அலுவலகம், மதுரை", **at("2028-05-19", "10:00", 40, *KOL)),
     yes(["தென்னக கூட்டுறவு வங்கி", "Thennaga Cooperative Bank", "Thennagabank"],
         ["recruitment@thennagabank.in"]), "ta", TA_ASIANET),
    # ============================================================ Hindi (India)
    # hamarahimachal: batch-wise recruitment of Shastri teachers on contract, interviews at the deputy director's office
    (event("शास्त्री अध्यापक बैच-वाइज भर्ती – साक्षात्कार (उप निदेशक प्रारंभिक शिक्षा कार्यालय, बिलासपुर)",
           organizer=SELF, description="शास्त्री प्रमाणपत्र, TET, हिमाचली प्रमाणपत्र मूल सहित।",
           location="उप निदेशक प्रारंभिक शिक्षा कार्यालय, बिलासपुर", **at("2028-04-24", "10:00", 120, *KOL)),
     yes(["प्रारंभिक शिक्षा विभाग हिमाचल प्रदेश", "उप निदेशक प्रारंभिक शिक्षा बिलासपुर",
          "Directorate of Elementary Education Himachal Pradesh"], []), "hi", HI_HAMARAHIMACHAL),
    # mbnsnews: contract teachers' interviews for government English-medium schools after a written test
    (event("साक्षात्कार – संविदा शिक्षक (अंग्रेजी माध्यम स्कूल) – रोल नंबर अनुसार समय 2:30",
           organizer=org("rojgar.shiksha.raipur@gmail.com", "जिला शिक्षा कार्यालय रायपुर"),
           description="स्थान: शासकीय महिला पॉलीटेक्निक कॉलेज, कौशल्या भवन। मास्क और पहचान पत्र साथ लाएं।",
           location="कौशल्या भवन, बैरनबाजार, रायपुर", **at("2028-05-16", "14:30", 30, *KOL)),
     yes(["जिला शिक्षा कार्यालय रायपुर", "स्कूल शिक्षा विभाग छत्तीसगढ़", "District Education Office Raipur"],
         ["rojgar.shiksha.raipur@gmail.com"]), "hi", HI_MBNS),
    # devendravani: the owner, a district education officer, sits on online interview boards (hiring side, no)
    (event("ऑनलाइन साक्षात्कार बोर्ड – अंग्रेजी माध्यम विद्यालय रिक्त पद (मैं पैनल में), 10 मिनट/अभ्यर्थी",
           organizer=org("deo.secondary.bkn@rajshiksha.in", "DEO माध्यमिक बीकानेर"),
           description="45 में से न्यूनतम 17 अंक। अंक-पत्रक शाम तक भेजें।" + MEET,
           **at("2028-04-27", "10:00", 240, *KOL)),
     None, "hi", HI_DEVENDRAVANI),
    # ============================================================ Bengali (West Bengal)
    # editorji: the primary education board's second phase of teacher interviews; call letters come from its portal
    (event("প্রাথমিক শিক্ষক নিয়োগ – দ্বিতীয় দফার ইন্টারভিউ (কল লেটার পোর্টাল থেকে)", organizer=SELF,
           description="টেট অ্যাডমিট কার্ড, টেট পাসের নথি, মাধ্যমিকের শংসাপত্র। ভিডিয়োগ্রাফি হবে।",
           location="আচার্য প্রফুল্লচন্দ্র ভবন, সল্টলেক, কলকাতা", **at("2028-05-10", "11:00", 60, *KOL)),
     yes(["পশ্চিমবঙ্গ প্রাথমিক শিক্ষা পর্ষদ", "প্রাথমিক শিক্ষা পর্ষদ", "West Bengal Board of Primary Education"],
         []), "bn", BN_EDITORJI),
    # biswabanglasangbad: scanning the documents the interview needs (chore, no)
    (event("ইন্টারভিউয়ের নথি স্ক্যান করা – টেট, মাধ্যমিক, উচ্চমাধ্যমিক", organizer=SELF,
           **at("2028-05-09", "20:00", 60, *KOL)),
     None, "bn", BN_BISWABANGLA),
    # ============================================================ Bulgarian (Bulgaria)
    # forjobhunters: a panel interview with a case to present, from a finance company's recruiter, on Teams
    (event("Панелно интервю – Анализатор „Кредитен риск“ – Витоша Финанс (казус + презентация 10 мин)",
           organizer=org("kariera@vitoshafinance.bg", "Витоша Финанс – Подбор"),
           guests=[guest("kariera@vitoshafinance.bg", "Витоша Финанс – Подбор"),
                   guest("g.dimitrova@vitoshafinance.bg", "Галина Димитрова"),
                   guest("p.stoyanov@vitoshafinance.bg", "Петър Стоянов")],
           description="Здравейте, казусът ще Ви бъде изпратен 24 часа преди интервюто. Панелът: ръководител "
                       "„Риск“ и HR бизнес партньор." + TEAMS_BG,
           **at("2028-05-19", "11:00", 60, *SOF)),
     yes(["Витоша Финанс", "Vitosha Finance", "Vitoshafinance"],
         ["kariera@vitoshafinance.bg", "g.dimitrova@vitoshafinance.bg", "p.stoyanov@vitoshafinance.bg"]), "bg",
     BG_FORJOBHUNTERS),
    # zaplata.bg: the owner's preparation (research the company, clothes) before the interview (no)
    (event("Подготовка за интервюто – проучване на Витоша Финанс, дрехи, въпроси към тях", organizer=SELF,
           **at("2028-05-18", "19:30", 90, *SOF)),
     None, "bg", BG_ZAPLATA),
    # e-learning.rabotilnik: an online course module on the job interview (course, no)
    (event("Онлайн курс „Работилник“ – Модул 4: Моето интервю за работа",
           organizer=org("kurs@rabotilnik-learning.bg", "Работилник"),
           description="Какво да правим и какво не; упражнение с видео.", **at("2028-04-20", "18:00", 60, *SOF)),
     None, "bg", BG_RABOTILNIK),
    # ============================================================ Polish (Poland)
    # cookit: the owner of a new bistro books interviews with the cooks she shortlisted (hiring side, no)
    (event("Rozmowy z kucharzami – 6 kandydatów (bistro), po 30 min", organizer=SELF,
           description="Pytać o doświadczenie, dania, dyspozycyjność. Zdjęcia potraw z CV!",
           location="Bistro Pod Lipami, ul. Długa 8, Kraków", **at("2028-04-26", "12:00", 180, *WAW)),
     None, "pl", PL_COOKIT),
    # cookit: a cook's interview with trial cooking at a bistro, the owner named
    (event("Rozmowa + gotowanie próbne – Bistro Pod Lipami (kucharz) – u p. Anny Górskiej",
           organizer=org("anna@bistropodlipami.pl", "Anna Górska"),
           guests=[guest("anna@bistropodlipami.pl", "Anna Górska")],
           description="Dzień dobry, zapraszam na rozmowę i krótkie gotowanie: jedno danie z karty wg Pana wyboru. "
                       "Fartuch i noże we własnym zakresie.",
           location="Bistro Pod Lipami, ul. Długa 8, Kraków", **at("2028-05-09", "10:00", 150, *WAW)),
     yes(["Bistro Pod Lipami", "Pod Lipami", "Bistropodlipami"], ["anna@bistropodlipami.pl"]), "pl", PL_COOKIT),
    # memuaryprowansalskie: a Polish candidate's own note for an interview, in French, at a bilingual school in Provence
    (event("Rozmowa kwalifikacyjna – École Bilingue du Pays d'Aix (po francusku!) – Luynes", organizer=SELF,
           description="Przygotować prezentację siebie po francusku. Zalety/wady.",
           location="École Bilingue du Pays d'Aix, Luynes", **at("2028-04-28", "14:00", 60, *PAR)),
     yes(["École Bilingue du Pays d'Aix", "Ecole Bilingue du Pays d'Aix"], []), "pl", PL_MEMUARY),
    # ============================================================ Romanian (Romania)
    # thebreak: the second stage of interviews for an assistant manager, from a logistics firm's recruiting mailbox
    (event("Interviu etapa a II-a – Asistent manager – Carpatica Logistic",
           organizer=org("recrutare@carpaticalogistic.ro", "Carpatica Logistic – Recrutare"),
           guests=[guest("recrutare@carpaticalogistic.ro", "Carpatica Logistic – Recrutare"),
                   guest("mihai.popescu@carpaticalogistic.ro", "Mihai Popescu")],
           description="Vă mulțumim pentru prima discuție. În etapa a doua veți discuta cu directorul de operațiuni, "
                       "dl Mihai Popescu, despre un caz practic din depozit.",
           location="Carpatica Logistic, Str. Fabricii 21, Cluj-Napoca", **at("2028-05-23", "10:00", 60, *BUC)),
     yes(["Carpatica Logistic", "Carpatica", "Carpaticalogistic"],
         ["recrutare@carpaticalogistic.ro", "mihai.popescu@carpaticalogistic.ro"]), "ro", RO_THEBREAK),
    # thebreak: a mock interview with a friend to practise the hard questions (practice, no)
    (event("Simulare interviu cu Ioana (întrebări grele + ținută)", organizer=SELF,
           guests=[guest("ioana.marinescu88@gmail.com", "Ioana Marinescu")], **at("2028-05-20", "11:00", 60, *BUC)),
     None, "ro", RO_THEBREAK),
    # ============================================================ Vietnamese (Vietnam)
    # vieclam123: a second-round interview invitation from a company's recruiting mailbox, on Google Meet
    (event("Phỏng vấn vòng 2 – Chuyên viên kinh doanh – Công ty TNHH Sao Việt",
           organizer=org("tuyendung@saoviet.com.vn", "Sao Việt – Tuyển dụng"),
           guests=[guest("tuyendung@saoviet.com.vn", "Sao Việt – Tuyển dụng"),
                   guest("hoang.lan@saoviet.com.vn", "Hoàng Thị Lan")],
           description="Chúc mừng bạn đã vượt qua vòng hồ sơ và vòng 1. Buổi phỏng vấn vòng 2 với Trưởng phòng "
                       "Kinh doanh, chị Hoàng Thị Lan." + MEET_VI,
           **at("2028-05-11", "09:00", 45, *SGN)),
     yes(["Công ty TNHH Sao Việt", "Sao Việt", "Saoviet"], ["tuyendung@saoviet.com.vn", "hoang.lan@saoviet.com.vn"]),
     "vi", VI_VIECLAM123),
    # vieclam123: writing a polite letter declining another company's interview (chore, no)
    (event("Gửi thư từ chối phỏng vấn – Minh Phát (lịch sự, cảm ơn)", organizer=SELF,
           **at("2028-05-10", "20:30", 20, *SGN)),
     None, "vi", VI_VIECLAM123),
    # ============================================================ Malay (Malaysia), Indonesian (Indonesia)
    # registersdnbhd: a company calls a shortlisted candidate to a face-to-face interview with its panel
    (event("Temu duga – Eksekutif Akaun – Cahaya Timur Sdn Bhd",
           organizer=org("hr@cahayatimur.com.my", "Cahaya Timur – Sumber Manusia"),
           guests=[guest("hr@cahayatimur.com.my", "Cahaya Timur – Sumber Manusia"),
                   guest("farah.aziz@cahayatimur.com.my", "Farah Aziz")],
           description="Tahniah, anda telah disenarai pendek. Sila bawa resume, salinan sijil dan kad pengenalan. "
                       "Panel penemu duga: Pengurus Kewangan dan wakil Sumber Manusia.",
           location="Cahaya Timur Sdn Bhd, Jalan Tun Razak, Kuala Lumpur", **at("2028-04-19", "10:00", 45, *KUL)),
     yes(["Cahaya Timur Sdn Bhd", "Cahaya Timur", "Cahayatimur"], ["hr@cahayatimur.com.my",
                                                                   "farah.aziz@cahayatimur.com.my"]), "ms",
     MS_REGISTERSDN),
    # registersdnbhd: the owner, a manager, sits on the panel interviewing admin assistant candidates (no)
    (event("Sesi temu duga calon pembantu tadbir (panel: saya + En. Hafiz)", organizer=SELF,
           guests=[guest("hafiz@cahayatimur.com.my", "Hafiz Rahman")], location="Bilik Mesyuarat 2",
           **at("2028-05-17", "14:30", 120, *KUL)),
     None, "ms", MS_REGISTERSDN),
    # memoindonesia: a store chain's recruitment day with written tests on the spot, the owner's own note
    # Decision: the tests are set by the hiring store chain itself, not by a fair: a hiring step (yes), nobody to
    # thank
    (event("Rekrutmen Toserba Mentari – tes tertulis langsung di Gedung Serba Guna (bawa KTP & kartu kuning)",
           organizer=SELF, location="Gedung Serba Guna, komplek GOR Kaliwates, Jember",
           **at("2028-04-21", "08:00", 240, *JKT)),
     yes(["Toserba Mentari", "Mentari"], []), "id", ID_MEMOINDONESIA),
    # ============================================================ Catalan (Catalonia)
    # dogc: the fire service's selection process for basic-grade firefighters: aptitude and knowledge test
    (event("Bombers de la Generalitat – 1a prova: aptitud i qüestionari (convocatòria 81)", organizer=SELF,
           description="DNI + bolígraf. Psicotècnics (apte/no apte) i qüestionari de 95 preguntes.",
           location="Institut de Seguretat Pública de Catalunya, Mollet del Vallès",
           **at("2028-04-18", "08:30", 180, *MAD)),
     yes(["Bombers de la Generalitat", "Bombers de la Generalitat de Catalunya", "Generalitat de Catalunya"], []),
     "ca", CA_DOGC),
    # opobusca: the physical test of the same process, with shuttle run, agility circuit and rope climb
    (event("Prova física Bombers – cursa llançadora, circuit d'agilitat, exercici aquàtic, corda", organizer=SELF,
           description="Certificat mèdic obligatori. Poden fer control antidopatge.",
           location="Pistes d'atletisme, Mollet del Vallès", **at("2028-05-17", "09:00", 240, *MAD)),
     yes(["Bombers de la Generalitat", "Bombers de la Generalitat de Catalunya"], []), "ca", CA_OPOBUSCA),
    # opobusca: the medical examination of the same process (medical, no)
    (event("Reconeixement mèdic – procés selectiu Bombers (dejú)", organizer=SELF,
           location="Centre mèdic, Barcelona", **at("2028-05-24", "08:00", 120, *MAD)),
     None, "ca", CA_OPOBUSCA),
    # ============================================================ Hungarian (Hungary)
    # hrportal.hu: a pastry workshop's "casting" where shortlisted applicants bake before a jury
    (event("Cukrász gyakornok casting – Habcsók Cukrászműhely (próbasütés a zsűri előtt)",
           organizer=org("allas@habcsokmuhely.hu", "Habcsók Cukrászműhely"),
           guests=[guest("allas@habcsokmuhely.hu", "Habcsók Cukrászműhely"),
                   guest("salamon.fanni@habcsokmuhely.hu", "Salamon Fanni")],
           description="Kedves Jelentkező! A pályamunkád alapján behívunk a castingra: egy desszertet kell "
                       "elkészítened két óra alatt. Szakirányú végzettség nem feltétel.",
           location="Habcsók Cukrászműhely, Ráday utca 17, Budapest", **at("2028-05-12", "09:00", 180, *BUD)),
     yes(["Habcsók Cukrászműhely", "Habcsók", "Habcsokmuhely"],
         ["allas@habcsokmuhely.hu", "salamon.fanni@habcsokmuhely.hu"]), "hu", HU_HRPORTAL),
    # hrportal.hu: the owner bakes the tart to be submitted as the application piece
    # Decision: the submitted piece is the workshop's own first test, done at home (yes, nobody to thank), like a
    # recorded prescreen
    (event("Pályamunka sütése a Habcsók castingra – citromos tart + fotók", organizer=SELF,
           **at("2028-04-22", "09:00", 240, *BUD)),
     yes(["Habcsók Cukrászműhely", "Habcsók"], []), "hu", HU_HRPORTAL),
    # ============================================================ Czech (Czechia)
    # vzdelavaniaprace: a national professional qualification exam for electrical installers (certification, no)
    (event("Zkouška profesní kvalifikace – Montér elektrických instalací (26-017-H), Frýdek-Místek",
           organizer=org("zkousky@elektro-autorizace.cz", "Autorizovaná osoba – zkoušky"),
           description="Písemné ověření a ústní zdůvodnění nad schématy, praktická část.",
           location="Frýdek-Místek, školicí středisko", **at("2028-05-22", "07:30", 480, *PRG)),
     None, "cs", CS_VZDELAVANI),
    # ssstp: a vocational school's final exam, practical part (exam, no)
    (event("Závěrečná zkouška – praktická část (autoelektrikář), 2. den", organizer=SELF,
           location="SŠ technická, dílny", **at("2028-05-23", "07:00", 420, *PRG)),
     None, "cs", CS_SSSTP),
    # ============================================================ Danish (Denmark)
    # mestertidende: a carpenter's apprenticeship interview with the master, who organises it
    (event("Samtale om læreplads – tømrerlærling – Holm & Søn Tømrer",
           organizer=org("kim@holmogsoen.dk", "Kim Holm"),
           guests=[guest("kim@holmogsoen.dk", "Kim Holm")],
           description="Hej, tak for din henvendelse. Kom forbi til en snak om pladsen, skolen og hvad du laver i "
                       "fritiden. Tag arbejdstøj med, så viser jeg dig værkstedet.",
           location="Holm & Søn Tømrer, Industrivej 9, Næstved", **at("2028-04-19", "15:00", 60, *CPH)),
     yes(["Holm & Søn Tømrer", "Holm & Søn", "Holmogsoen"], ["kim@holmogsoen.dk"]), "da", DA_MESTERTIDENDE),
    # traenerguide: an apprentice's interview with the training manager and the daily trainer, on Teams
    (event("Ansættelsessamtale – elev, Strøm, styring og it – Nordpumpe A/S",
           organizer=org("elever@nordpumpe.dk", "Nordpumpe Elevrekruttering"),
           guests=[guest("elever@nordpumpe.dk", "Nordpumpe Elevrekruttering"),
                   guest("lone.vestergaard@nordpumpe.dk", "Lone Vestergaard"),
                   guest("rasmus.bech@nordpumpe.dk", "Rasmus Bech")],
           description="Deltagere: uddannelsesansvarlig Lone Vestergaard og din daglige oplærer Rasmus Bech. Vi "
                       "taler om skole, interesser og forventninger til lærepladsen." + TEAMS_DA,
           **at("2028-05-09", "13:00", 45, *CPH)),
     yes(["Nordpumpe A/S", "Nordpumpe"], ["elever@nordpumpe.dk", "lone.vestergaard@nordpumpe.dk",
                                          "rasmus.bech@nordpumpe.dk"]), "da", DA_TRAENERGUIDE),
    # politiken: the owner, an electrical contractor, sees an apprentice applicant (hiring side, no)
    (event("Samtale med lærlingeansøger (Mads) – kontoret", organizer=SELF,
           description="Ligeglad med ansøgningen – karakter og fremmøde.", location="Fyns Elteknik, kontoret",
           **at("2028-04-27", "07:30", 30, *CPH)),
     None, "da", DA_POLITIKEN),
    # ============================================================ Finnish (Finland)
    # opiskelu.jyu: an informational interview with an alumna for a course assignment, explicitly not a job interview
    (event("Informaatiohaastattelu: alumni Liisa Korpela (työelämäkurssin tehtävä)", organizer=SELF,
           guests=[guest("liisa.korpela@kuntaliitto-esim.fi", "Liisa Korpela")],
           description="Kysymykset: työtehtävät, osaamisvaatimukset, ura. Kooste kurssille.",
           **at("2028-04-20", "13:00", 45, *HEL)),
     None, "fi", FI_JYU),
    # ============================================================ Japanese (Japan, Canada)
    # e-staff: a private school's second stage with a subject test and a mock lesson on a theme given on the day
    (event("【二次選考】教科試験・模擬授業のご案内(翠嶺学園中学高等学校)",
           organizer=org("saiyo@suirei-gakuen.ed.jp", "翠嶺学園 採用担当"),
           description="<p>応募者各位</p><p>二次選考として教科試験(60分)および模擬授業を実施します。模擬授業のテーマは"
                       "当日提示し、1時間の準備の後、教員の前で15分間行っていただきます。</p>"
                       "<p>翠嶺学園 事務局 採用担当</p>",
           location="翠嶺学園中学高等学校 本館3階", **at("2028-05-22", "13:00", 180, *TYO)),
     yes(["翠嶺学園中学高等学校", "翠嶺学園", "Suirei Gakuen", "Suirei-gakuen"], ["saiyo@suirei-gakuen.ed.jp"]),
     "ja", JA_ESTAFF),
    # e-staff: the final interview with the principal and the board chair, the owner's own entry
    (event("最終面接(田村康介校長・理事長)翠嶺学園 10分前到着", organizer=SELF,
           description="建学の精神、教科指導、部活動について。", location="翠嶺学園 応接室",
           **at("2028-05-26", "10:00", 45, *TYO)),
     yes(["翠嶺学園中学高等学校", "翠嶺学園"], ["田村康介"]), "ja", JA_ESTAFF),
    # kyoin: a seminar where private schools' hiring heads explain interviews and mock lessons (seminar, no)
    (event("私学教員採用セミナー「採用責任者に聴く ②面接・模擬授業編」",
           organizer=org("seminar@kyoin-career.jp", "教員キャリアセンター"),
           location="教員キャリアセンター 会議室A", **at("2028-04-22", "14:00", 120, *TYO)),
     None, "ja", JA_KYOIN),
    # blog.goo: a Japanese caregiver's group interview at a home-care staffing agency in Canada, in her own words
    (event("人材派遣会社グループインタビュー(ケアギバー)Maple Home Care Staffing 12時", organizer=SELF,
           description="会社のビデオ→質問。履歴書2部。ユースホステルは12時〜3時抜ける。",
           location="Maple Home Care Staffing, 1190 Melville St, Vancouver", **at("2028-04-25", "12:00", 120, *VAN)),
     yes(["Maple Home Care Staffing", "Maple Home Care"], []), "ja", JA_GOO),
    # ============================================================ Chinese (mainland China)
    # shou.edu.cn: a university school's collective interview with a self-introduction, a short lecture and questions
    (event("教师岗位集中面试(自我介绍+课程讲述+提问互动,20分钟)– 东海海洋大学信息学院",
           organizer=org("rsc@dhou.edu.cn", "东海海洋大学人事处"),
           description="请携带身份证、学位证书原件。评委由学院领导、系主任和骨干教师组成。",
           location="东海海洋大学 专家接待中心", **at("2028-04-20", "08:30", 30, *SHA)),
     yes(["东海海洋大学", "东海海洋大学信息学院", "Donghai Ocean University", "Dhou"], ["rsc@dhou.edu.cn"]), "zh",
     ZH_SHOU),
    # shou.edu.cn: the second round, two weeks of teaching real students (an all-day event over two weeks)
    (days(event("复试:面向学生课堂试讲(约两周)– 信息学院", organizer=SELF,
                description="联系人:教务秘书王老师。按课表上课。"), "2028-05-08", "2028-05-20"),
     yes(["东海海洋大学", "东海海洋大学信息学院"], []), "zh", ZH_SHOU),
    # ============================================================ Korean (Korea)
    # jinsustory: a private university's open-lecture interview by video (research talk and a course lecture)
    (event("공개강의 면접 안내 (연구소개 15분 + 교과목 강의 15분, 영어) – 한빛대학교",
           organizer=org("faculty@hanbit.ac.kr", "한빛대학교 교무처 교원인사팀"),
           description="해외 지원자는 화상으로 참여 가능합니다. 발표 자료는 면접 3일 전까지 제출해 주십시오." + ZOOM_KO,
           **at("2028-05-23", "10:00", 60, *SEL)),
     yes(["한빛대학교", "Hanbit University", "Hanbit"], ["faculty@hanbit.ac.kr"]), "ko", KO_JINSU),
    # jobong-nyonnyong: the president's interview, the last step, the owner's own entry
    (event("총장면접 – 해오름대학교 (연구·과제 계획 질문 예상)", organizer=SELF,
           description="하늘색 셔츠. 영어 질문 가능성.", location="해오름대학교 본관 4층 총장실",
           **at("2028-05-16", "15:00", 30, *SEL)),
     yes(["해오름대학교", "Haeoreum University"], []), "ko", KO_JOBONG),
    # jinsustory: rehearsing the talk while walking in a park (practice, no)
    (event("공개강의 발표 리허설 – 공원 걸으며 슬라이드별 연습", organizer=SELF,
           **at("2028-05-21", "07:00", 60, *SEL)),
     None, "ko", KO_JINSU),
    # ============================================================ Ukrainian (Ukraine)
    # booknet.ua: a barista's interview at a café with its manager, the owner's own entry
    (event("Співбесіда в кав'ярні «Зерно» – бариста (з Дарією Коваль)", organizer=SELF,
           description="Взяти резюме. Питати про графік і стажування.", location="Кав'ярня «Зерно», вул. Січових "
                                                                                "Стрільців 12, Київ",
           **at("2028-04-24", "11:00", 40, *KYIV)),
     yes(["Кав'ярня «Зерно»", "Зерно"], ["Дарія Коваль"]), "uk", UK_BOOKNET),
    # booknet.ua: three days of paid trial shifts with a mentor before the job is confirmed (all-day event)
    (days(event("Стажування в «Зерно» – 3 дні (наставниця Дарія Коваль)", organizer=SELF,
                description="Техкарта напоїв вивчити! Прийти о 8:00."), "2028-04-26", "2028-04-29"),
     yes(["Кав'ярня «Зерно»", "Зерно"], ["Дарія Коваль"]), "uk", UK_BOOKNET),
    # ============================================================ Portuguese (a Brazilian in Ireland)
    # barbaridades: a family's interview for a childminder, both parents present
    # Decision: a household hiring a childminder is the employer; the parents named in the entry are thanked and the
    # family name is the company
    (event("Entrevista – childminder (família O'Brien, Goatstown) – Siobhan e Declan", organizer=SELF,
           description="Meninos de 4 e 6 anos. Perguntar horário part-time em setembro.",
           location="Goatstown, Dublin 14", **at("2028-05-14", "15:00", 60, *DUB)),
     yes(["O'Brien", "família O'Brien"], ["Siobhan O'Brien", "Declan O'Brien"]), "pt", PT_BARBARIDADES),
    # barbaridades: the paid trial afternoon with the children and the current nanny, booked by the mother
    (event("Tarde de teste com os meninos + a babá atual (paga)",
           organizer=org("siobhan.obrien.home@gmail.com", "Siobhan O'Brien"),
           guests=[guest("siobhan.obrien.home@gmail.com", "Siobhan O'Brien")],
           description="Hi! As discussed, come meet the boys with Aoife on Tuesday afternoon. We'll pay for the hours.",
           location="Goatstown, Dublin 14", **at("2028-05-16", "13:30", 240, *DUB)),
     yes(["O'Brien", "família O'Brien"], ["siobhan.obrien.home@gmail.com"]), "pt", PT_BARBARIDADES),
]
