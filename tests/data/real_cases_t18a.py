"""Check cases added in round 18 for selection steps with little more than a step and a post (issue #15).

Built from public pages found with the project's search tool (pages corpus), none of which any
earlier data file cites (each URL's host was grepped over tests/data/*.py first); each case cites
its page; names, companies, addresses and domains are invented and the wording paraphrased (public
bodies whose process it is keep their real names: ABRSM, CompTIA, Greece's ASEP). Labelled and
committed before any code ran on them; scored once on r18start's code, then after round 18's rule
(docs/detection.md); tuning data from the start.

Aimed at round 17's silent class as a structure, not as its sectors' words: a dated selection step
(a test, an exam, an audition, a trial shift, a written round of a public competition) that an
outside organisation puts the user through for a named post, written as the employer's short
notice or the user's own terse copy, often with neither an interview word nor the logistics the
round-17 shape reads. (1) Hiring steps in sectors and languages the corpus holds little of: an
orchestra's screened preliminary round and a German "Probespiel", a contact centre's typing test,
a chef's trial shift, a Vietnamese and a Greek civil-service written exam, Hebrew aptitude tests
for a port and a charity and an online suitability test for a town hall, Turkish written exams
for night watchmen and a postal counter clerk, a Romanian institute's written test, a Czech
regional office's written exam, Ukrainian civil-service ability tests, a Thai vocational
college's teacher competition, a housebuilder's assessment centre. (2) Look-alikes with the same
step words and logistics and nobody hired, or the user on the assessing side: music grade exams,
a youth orchestra's audition, the UK citizenship test, an IT certification at a test centre, a
child's football academy trial, a teacher's tenure exam, a school-leaving exam, a medical school's
admission stations, a Saudi school achievement test, the user as an assessment centre's assessor,
on an audition panel, invigilating or marking a civil-service exam, and running a typing test or a
trial shift for applicants. They may be asked about, never drafted.

Labels follow real_cases_b15.py's conventions: ``None`` unless the event is a job interview or a
hiring step the calendar's owner attends as the candidate; otherwise the accepted company
spellings and exactly the people a thank-you should go to (interviewers and the hiring side's
recruiter or team mailbox with an address). Ids are "t18a-" and a number.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, org, yes

# Offsets for November 2027 (after the end of summer time in Europe and North America).
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
CHI = ("-06:00", "America/Chicago")
TOR = ("-05:00", "America/Toronto")
BER = ("+01:00", "Europe/Berlin")
PRG = ("+01:00", "Europe/Prague")
BUC = ("+02:00", "Europe/Bucharest")
ATH = ("+02:00", "Europe/Athens")
KYV = ("+02:00", "Europe/Kyiv")
JLM = ("+02:00", "Asia/Jerusalem")
IST = ("+03:00", "Europe/Istanbul")
RUH = ("+03:00", "Asia/Riyadh")
SGN = ("+07:00", "Asia/Ho_Chi_Minh")
BKK = ("+07:00", "Asia/Bangkok")

# Sources (pages corpus; none cited by an earlier data file, URL and host grepped first).
DOYLE = "https://alexdoyleclarinet.com/blog/what-happens-at-a-professional-orchestra-audition"
PROBESPIEL = "https://de.zxc.wiki/wiki/Probespiel"
CALLCENTRE = "https://www.callcentrejob.ca/tools-and-resources/call-centers-some-tests-recruiters-will-have-you-take/"
CHEFTRIAL = "https://elbowsoffthetable.ie/2016/01/26/how-to-get-through-a-chef-trial/"
EXCELREC = "https://www.excelrecruitment.ie/chef-trials-the-dos-and-donts/"
VNNET = "https://vietnamnet.vn/nguoi-thi-cong-chuc-khong-duoc-ghi-chuc-danh-ky-hieu-rieng-len-bai-lam-2454805.html"
ASHDOD = ("https://www.ashdodport.co.il/about/careers/diagnosis-institute/pages/"
          "qualifications-and-performance-tests.aspx")
MITAM = "https://www.mitam-hr.org/%D7%9E%D7%91%D7%97%D7%A0%D7%99_%D7%9E%D7%99%D7%95%D7%9F_%D7%95%D7%A7%D7%91%D7%9C%D7%94"
TEMA = "https://temaquest.com/more-info/"
CIGLI = ("http://cigli.gov.tr/cigli-kaymakamliginca-carsi-ve-mahalle-bekciligi-yazili-sinavina-katilacak-"
         "adaylara-ilanen-duyurulur")
KPSSCAFE = "http://www.kpsscafe.com.tr/gundem/ptt-5-bin-personel-alimiyla-ilgili-flas-gelisme-h86918.html"
IER = "http://ier.gov.ro/actualitate/concurs-de-recrutare-ier-informatii-privind-sustinerea-probei-scrise/"
CSU = "https://csu.gov.cz/jak-se-prihlasit-do-vyberoveho-rizeni-sluzebni-pomer"
CAREER_UA = "https://career.gov.ua/site/view-article?id=71"
GURU = "https://guruacademy.in.th/tablog/what-teacher-vec"
ASEP = "http://docplayer.gr/1677816-H-prokiryxi-gia-tin-proslipsi-260-fylakon-se-katastiuata-kratisis.html"
PSYCHOMETRIC = "https://psychometric-success.com/faq/faq-assessment-centre-assessors"
HAMPSTEAD = "https://hampsteadmusiclessons.com/exam-preparation"
ABRSM = "https://gh.abrsm.org/pt/exam-support/on-the-exam-day/"
AYPO = "https://aypo.org/excerpts"
LATITUDE = "https://latitudegb.com/post/life-in-the-uk-the-test"
COMPTIA = "https://www.comptia.org/testing/testing-policies-procedures/test-policies/candidate-id-policy"
ACADEMYDAD = "https://www.theacademydad.com/post/trial"
ASSESSORS = "https://itsbapp01.azurewebsites.net/Teams/Skills/Assesscentre"
DEFINITIVAT = "https://mh.edu.ro/index.php/departamente/dezvoltarea-resurselor-umane/definitivat?start=12"
BAGRUT = "https://meyda.education.gov.il/tsiyuney_bagrut/links.asp"
MOR = "https://pinocchio250.com/מבחני-האישיות"
TAHSILI = ("https://sunnewsnow.com/tag/%d8%a7%d9%84%d8%a7%d8%ae%d8%aa%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%aa%d8%ad"
           "%d8%b5%d9%8a%d9%84%d9%8a")


def _id(n: int) -> dict[str, str]:
    return {"id": f"t18a-{n:02d}"}


TUNE18_CHECK_A: list[Case] = [
    # ============================================================ selection steps for a post
    # alexdoyleclarinet: an orchestra's screened preliminary round, the user's own terse copy
    (event("Prelim round – section viola – Lakeshore Symphony (screened)", organizer=SELF,
           description="Excerpts: Don Juan opening, Mozart 39 mvt 4. Check in with personnel manager 9:40.",
           location="Lakeshore Symphony Hall, stage door", **at("2027-11-16", "10:00", 30, *CHI), **_id(1)),
     yes(["Lakeshore Symphony"], []), "en", DOYLE),
    # zxc.wiki Probespiel: a German orchestra's audition for a vacant tutti post, from its office
    (event("Probespiel 2. Violine (Tutti) – Philharmonie Weserland",
           organizer=org("orchesterbuero@philharmonie-weserland.de", "Orchesterbüro Philharmonie Weserland"),
           description="Vielen Dank für Ihr Interesse. Die erste Runde findet hinter dem Vorhang statt; "
                       "Einspielzimmer ab 9 Uhr. Reisekosten werden leider nicht erstattet.",
           location="Konzerthaus Weserland, Probensaal", **at("2027-11-22", "10:00", 240, *BER), **_id(2)),
     yes(["Philharmonie Weserland"], ["orchesterbuero@philharmonie-weserland.de"]), "de", PROBESPIEL),
    # callcentrejob: a contact centre's computer tests before the interview, the user's own copy
    (event("Typing + listening test @ Northbay Contact Centre (bilingual agent)", organizer=SELF,
           location="Northbay Contact Centre, 400 Rue Principale, Gatineau", **at("2027-11-17", "13:00", 60, *TOR),
           **_id(3)),
     yes(["Northbay Contact Centre", "Northbay"], []), "en", CALLCENTRE),
    # elbowsoffthetable: a chef's trial shift at a restaurant, the user's own note
    (event("Chef de partie trial – The Gannet, Cobh", organizer=SELF,
           description="Bring own knives + clean whites. Ask where the walk-in is. Service from 5.",
           location="The Gannet, Westbourne Place, Cobh", **at("2027-11-19", "14:00", 360, *DUB), **_id(4)),
     yes(["The Gannet"], []), "en", CHEFTRIAL),
    # vietnamnet: round 2 of a provincial department's civil-service exam, the user's own copy
    (event("Thi tuyển công chức vòng 2 (thi viết) – Sở Tài chính tỉnh Bình Lâm", organizer=SELF,
           description="Mang CCCD, có mặt trước 30 phút. Chỉ bút xanh/đen.",
           location="Trường Chính trị tỉnh Bình Lâm", **at("2027-11-20", "07:30", 180, *SGN), **_id(5)),
     yes(["Sở Tài chính tỉnh Bình Lâm", "Sở Tài chính Bình Lâm"], []), "vi", VNNET),
    # ashdodport: a port's diagnosis institute tests applicants for a crane operator's post
    (event("מבחני כישורים – מיון למשרת מפעיל/ת מנוף",
           organizer=org("miun@namal-kinneret.co.il", "משאבי אנוש – נמל כנרת"),
           description="המבחנים ממוחשבים ונמשכים כשלוש שעות. יש להגיע עם תעודת זהות.",
           location="נמל כנרת, בניין ההנהלה, קומה 2", **at("2027-11-15", "08:30", 180, *JLM), **_id(6)),
     yes(["נמל כנרת"], ["miun@namal-kinneret.co.il"]), "he", ASHDOD),
    # mitam-hr: a charity's screening tests for a volunteers' coordinator post, the user's own copy
    (event("מבחני מיון – עמותת גשר לקהילה (רכזת מתנדבים)", organizer=SELF,
           **at("2027-11-17", "16:00", 120, *JLM), **_id(7)),
     yes(["עמותת גשר לקהילה", "גשר לקהילה"], []), "he", MITAM),
    # temaquest: an online suitability test a town hall has a testing institute run, own copy
    (event("מבדק התאמה מקוון – מועמדות לעיריית רמת הדר", organizer=SELF,
           description="כניסה עם מספר ת.ז. מהמחשב בלבד, כ-3 שעות.",
           **at("2027-11-23", "09:00", 180, *JLM), **_id(8)),
     yes(["עיריית רמת הדר", "רמת הדר"], []), "he", TEMA),
    # cigli.gov.tr: a district police directorate's written exam for night watchmen, own copy
    (event("Bekçilik yazılı sınavı – Karaburun İlçe Emniyet Müdürlüğü", organizer=SELF,
           description="Sınav giriş belgesi + nüfus cüzdanı aslı. 2 kurşun kalem, silgi.",
           location="Atatürk İlkokulu, Karaburun", **at("2027-11-21", "10:00", 60, *IST), **_id(9)),
     yes(["Karaburun İlçe Emniyet Müdürlüğü", "Karaburun Emniyet"], []), "tr", CIGLI),
    # kpsscafe: a postal company's written exam for counter clerks, from its HR mailbox
    (event("Gişe ve Büro Görevlisi yazılı sınavı (150 dk)",
           organizer=org("ik@ulasposta.com.tr", "Ulaş Posta A.Ş. İnsan Kaynakları"),
           description="Sınav giriş belgenizi ve kimliğinizi yanınızda bulundurunuz. Sınav 10:00'da başlar.",
           location="Gazi Lisesi, Ankara", **at("2027-11-21", "10:00", 150, *IST), **_id(10)),
     yes(["Ulaş Posta"], ["ik@ulasposta.com.tr"]), "tr", KPSSCAFE),
    # ier.gov.ro: a Romanian institute's written test for an expert post, to the admitted candidates
    (event("Concurs expert afaceri europene – proba scrisă",
           organizer=org("concurs@icsd.ro", "Institutul Carpatic pentru Studii Danubiene"),
           description="La proba scrisă se prezintă doar candidații admiși la selecția dosarelor. Identitatea se "
                       "verifică pe baza cărții de identitate. Telefoanele se predau la intrare.",
           location="Bd. Unirii 14, etaj 4, sala 408, București", **at("2027-11-18", "10:00", 180, *BUC),
           **_id(11)),
     yes(["Institutul Carpatic pentru Studii Danubiene"], ["concurs@icsd.ro"]), "ro", IER),
    # csu.gov.cz: a regional office's written exam in a service selection procedure, own copy
    (event("Písemná zkouška – referent/ka odboru dopravy, Krajský úřad Vysokého Pomoraví", organizer=SELF,
           **at("2027-11-24", "09:00", 90, *PRG), **_id(12)),
     yes(["Krajský úřad Vysokého Pomoraví"], []), "cs", CSU),
    # career.gov.ua: a civil-service agency's ability tests for a chief specialist post
    (event("Тестування на абстрактне та числове мислення – посада головного спеціаліста",
           organizer=org("kadry@adr-poltava.gov.ua", "Агенція цифрового розвитку Полтавщини – кадри"),
           description="Тестування проходить у Центрі оцінювання кандидатів. Візьміть паспорт; результати "
                       "надійдуть в особистий кабінет.",
           location="Центр оцінювання кандидатів, Київ", **at("2027-11-25", "11:00", 90, *KYV), **_id(13)),
     yes(["Агенція цифрового розвитку Полтавщини"], ["kadry@adr-poltava.gov.ua"]), "uk", CAREER_UA),
    # guruacademy: a vocational college's competition for assistant teachers (part B), own copy
    (event("สอบแข่งขันครูผู้ช่วย ภาค ข – วิทยาลัยเทคนิคเชียงดาว", organizer=SELF,
           description="บัตรประจำตัวประชาชน + บัตรประจำตัวสอบ ดินสอ 2B",
           location="วิทยาลัยเทคนิคเชียงดาว อาคาร 3", **at("2027-11-20", "09:00", 180, *BKK), **_id(14)),
     yes(["วิทยาลัยเทคนิคเชียงดาว"], []), "th", GURU),
    # docplayer.gr: ASEP's written exam for prison guard posts, the user's own copy
    (event("Γραπτός διαγωνισμός ΑΣΕΠ – θέσεις φυλάκων Καταστημάτων Κράτησης", organizer=SELF,
           description="Ταυτότητα + βεβαίωση συμμετοχής. Προσέλευση 08:00.",
           location="3ο Γυμνάσιο Λάρισας", **at("2027-11-21", "09:00", 180, *ATH), **_id(15)),
     yes(["ΑΣΕΠ", "Υπουργείο Δικαιοσύνης"], []), "el", ASEP),
    # psychometric-success: a housebuilder's graduate assessment centre, the user's own copy
    (event("Keltbridge Homes – graduate surveyor assessment centre (in-tray + group exercise)", organizer=SELF,
           location="Keltbridge Homes, Unit 4 Riverside Park, Leeds", **at("2027-11-18", "09:00", 420, *LON),
           **_id(16)),
     yes(["Keltbridge Homes", "Keltbridge"], []), "en", PSYCHOMETRIC),
    # ============================================================ look-alikes: nobody hired, or the user assesses
    # hampsteadmusiclessons: a music grade exam, the user's own copy
    (event("Grade 6 violin exam – ABRSM, St Cuthbert's Hall", organizer=SELF,
           description="Arrive 15 min early, bring photo ID + list of pieces for the examiner.",
           location="St Cuthbert's Hall, Kensington", **at("2027-11-16", "11:20", 25, *LON), **_id(17)),
     None, "en", HAMPSTEAD),
    # abrsm: a child's piano exam at a public venue, from the parent's calendar
    (event("Maya – ABRSM Grade 3 piano (public venue)", organizer=SELF,
           description="Steward checks in; warm-up room. ~15 min.", location="Blackheath Conservatoire",
           **at("2027-11-20", "10:40", 20, *LON), **_id(18)),
     None, "en", ABRSM),
    # aypo: a youth orchestra's audition video for a junior ensemble (the parent's reminder)
    (event("Lily – youth orchestra audition video due (Concert Orchestra excerpts)", organizer=SELF,
           description="Solo ≤3 min + excerpts for violin. Upload to the application portal.",
           **at("2027-11-19", "19:00", 60, *CHI), **_id(19)),
     None, "en", AYPO),
    # latitudegb: the UK citizenship test at a test centre
    (event("Life in the UK test – Croydon test centre", organizer=SELF,
           description="Bring BRP (same ID used to book) + proof of address dated within 3 months. 45 min.",
           location="Croydon Test Centre, Wellesley Road", **at("2027-11-17", "14:00", 60, *LON), **_id(20)),
     None, "en", LATITUDE),
    # comptia: an IT certification exam at a test centre
    (event("CompTIA Security+ exam – Pearson VUE, Leeds", organizer=SELF,
           description="Two forms of ID (names must match). Arrive 15 min early. ~90 min.",
           location="Pearson VUE test centre, Park Row, Leeds", **at("2027-11-22", "09:30", 90, *LON), **_id(21)),
     None, "en", COMPTIA),
    # theacademydad: a child's football academy trial session
    (event("Oscar – U11 academy trial session, Brackwell Town FC", organizer=SELF,
           description="Boots, shin pads, water. Trial runs 6 weeks, 2 sessions a week + Sunday game if picked.",
           location="Brackwell Town FC training ground", **at("2027-11-23", "18:00", 90, *LON), **_id(22)),
     None, "en", ACADEMYDAD),
    # itsbapp01: the user is an assessor at the employer's own assessment centre
    (event("Assessor – graduate assessment centre (group exercise + interviews)",
           organizer=org("earlycareers@halloran-civils.co.uk", "Halloran Civils Early Careers"),
           description="Thank you for volunteering as an assessor. Collect your assessor pack and rating forms at "
                       "8:15; you will observe candidates 3 and 5 and join the wash-up at 16:00.",
           location="Halloran Civils, Training Suite", **at("2027-11-24", "08:15", 480, *LON), **_id(23)),
     None, "en", ASSESSORS),
    # alexdoyleclarinet: the user sits on an orchestra's audition committee behind the screen
    (event("Audition committee – section viola prelims (12 candidates, screened)", organizer=SELF,
           description="Scoring sheets from the personnel manager. Vote after each block of four.",
           location="Lakeshore Symphony Hall", **at("2027-11-26", "09:30", 300, *CHI), **_id(24)),
     None, "en", DOYLE),
    # callcentrejob: the user, a team lead, runs the typing tests for applicants
    (event("Run typing + listening tests for 4 applicants (bilingual agent roles)", organizer=SELF,
           description="Book training room 2. Print score sheets.", **at("2027-11-18", "10:00", 90, *TOR),
           **_id(25)),
     None, "en", CALLCENTRE),
    # excelrecruitment: the user, a head chef, has a candidate in for a trial shift
    (event("Trial shift – new commis candidate (Sean) – put him on garnish", organizer=SELF,
           description="Spare whites in the office. Decide by Sunday.", **at("2027-11-25", "15:00", 300, *DUB),
           **_id(26)),
     None, "en", EXCELREC),
    # definitivat: a teacher's tenure exam (a professional exam for one already employed)
    (event("Definitivat – proba scrisă (Liceul Teoretic nr. 2)", organizer=SELF,
           description="Acces în sală 8:00–8:30 cu buletinul. Fără telefon.",
           location="Liceul Teoretic nr. 2, Constanța", **at("2027-11-17", "09:00", 240, *BUC), **_id(27)),
     None, "ro", DEFINITIVAT),
    # ier.gov.ro: the user sits on the exam commission marking the written test
    (event("Comisie concurs – corectare lucrări proba scrisă (expert afaceri europene)", organizer=SELF,
           **at("2027-11-18", "14:00", 180, *BUC), **_id(28)),
     None, "ro", IER),
    # meyda: a school-leaving exam, from a parent's calendar
    (event('בגרות במתמטיקה 5 יח"ל – נועם', organizer=SELF, description="להגיע 08:30 עם תעודת זהות.",
           **at("2027-11-24", "09:00", 210, *JLM), **_id(29)),
     None, "he", BAGRUT),
    # pinocchio250: a medical school's admission stations day
    (event('יום תחנות – מו"ר (מיון לרפואה)', organizer=SELF, description="להביא ת.ז. לבוש מכובד.",
           location="הפקולטה לרפואה, בניין 3", **at("2027-11-19", "08:00", 420, *JLM), **_id(30)),
     None, "he", MOR),
    # sunnewsnow: a Saudi school achievement test (for university entrance)
    (event("الاختبار التحصيلي – الفترة الثانية", organizer=SELF, description="إحضار الهوية الوطنية. الحضور 7:00.",
           location="مركز الاختبارات، حي النرجس", **at("2027-11-16", "07:30", 180, *RUH), **_id(31)),
     None, "ar", TAHSILI),
    # vietnamnet: the user invigilates a civil-service exam room
    (event("Coi thi tuyển công chức – phòng thi số 12", organizer=SELF,
           description="Có mặt 6:45 họp hội đồng thi, nhận đề và giấy thi.", **at("2027-11-20", "06:45", 240, *SGN),
           **_id(32)),
     None, "vi", VNNET),
    # cigli.gov.tr: the user sits on the district exam commission for the watchmen's written exam
    (event("Sınav komisyonu toplantısı – bekçilik yazılı sınavı", organizer=SELF,
           description="Salon listeleri ve tutanaklar.", **at("2027-11-19", "14:00", 90, *IST), **_id(33)),
     None, "tr", CIGLI),
]
