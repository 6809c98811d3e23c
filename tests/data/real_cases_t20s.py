"""A check set for the user's seat in many scripts and for steps that hire nobody (issue #15, round 20).

Written and labelled by hand in round 20, before the code ran on it and before the side rules
changed; scored once on round 20's starting code (r20start), then after the change
(docs/detection.md, "Round 20: the user's seat in many scripts"). Tuning data from the start
(round "tune-20-check-s").

Aimed at classes, not at cases: (a) the user's own seat in someone else's selection written in
the thin and non-Latin languages round 19 met (Hindi and Nepali in Devanagari, Malay,
Indonesian, Korean, Chinese, Russian, Vietnamese, Thai, Hebrew, Arabic, Turkish, Persian,
Bengali) and in English (a hiring manager's own entry naming the candidate, a shadow
interviewer): first person plus an interviewing verb, a role noun attached to "I"/"me", a
candidate named as the entry's subject; (b) steps that hire nobody: an international
organisation's examination or assessment centre that only fills a roster or a reserve list, a
security vetting interview of a person already employed, an informational interview or coffee
chat the user asked for, a webinar or workshop about interviews, a document chore. On the other
side, true hiring steps carrying the same words: the candidate's own panel interview in the
same languages, a laureate's recruitment interview after the reserve list, a competency-based
interview for one vacancy, a job interview for a post that needs a clearance, an assessment
centre run by the employer for its own places, a candidate's "interviewing with X" entry.

Each case cites the public page its wording or process was paraphrased from (found with the
project's search tool, pages corpus; no URL or host is cited by an earlier file in tests/data,
checked with a grep over tests/data/*.py for each host before use). Names, companies and
addresses are invented; the wording is paraphrased. Labels follow ``real_cases_b15.py``'s
docstring: ``None`` unless the event is a job interview or hiring step the calendar's owner
attends as the candidate; else the accepted company spellings and exactly the people a thank-you
goes to. Decisions where earlier files were silent:
- the UN Young Professionals examination's oral (a competency-based interview by the
  examination board) places the successful on a roster from which offices then recruit: no,
  like its written part in ``real_cases_b19.py``; a competency-based interview for one job
  opening is yes;
- an EU institution's interview of a laureate already on EPSO's reserve list is the hiring
  step: yes; the EPSO assessment centre itself is no;
- an entry the user owns naming a candidate as its subject ("candidate: X", "interviewing X")
  is the user's seat: no.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
LON = ("+00:00", "Europe/London")
BRU = ("+01:00", "Europe/Brussels")
ZAG = ("+01:00", "Europe/Zagreb")
GVA = ("+01:00", "Europe/Zurich")
IST = ("+03:00", "Europe/Istanbul")
MOW = ("+03:00", "Europe/Moscow")
THR = ("+03:30", "Asia/Tehran")
RUH = ("+03:00", "Asia/Riyadh")
JER = ("+02:00", "Asia/Jerusalem")
DEL = ("+05:30", "Asia/Kolkata")
KTM = ("+05:45", "Asia/Kathmandu")
DAC = ("+06:00", "Asia/Dhaka")
BKK = ("+07:00", "Asia/Bangkok")
HCM = ("+07:00", "Asia/Ho_Chi_Minh")
JKT = ("+07:00", "Asia/Jakarta")
KUL = ("+08:00", "Asia/Kuala_Lumpur")
SHA = ("+08:00", "Asia/Shanghai")
SEO = ("+09:00", "Asia/Seoul")

# Sources (found with the project's search tool, pages corpus; no host cited by an earlier file).
LIVEHINDUSTAN = ("https://lh-react-staging.livehindustan.com/career/story-know-how-upsc-selects-board-panel-"
                 "for-interview-personality-test-who-are-involved-7223012.html")
KAANUN = "https://kaanun.app/en-t/section/%E0%A4%85%E0%A4%A8%E0%A5%8D%E0%A4%A4%E0%A4%B0%E0%A5%8D%E0%A4%B5"
EDUBESTARI = "https://edubestari.com/?p=40574"
IENALINAROSE = "https://ienalinarose.blogspot.com/2014/07/panduan-temuduga-penolong-pegawai.html"
MSTAR = "https://mstar.com.my/lain-lain/rencana/2013/10/07/20-petua-untuk-temuduga"
BUNDANAMEERA = "https://bundanameera.com/2016/03/interview-kandidat-calon-karyawan.html"
NOTHINGSOUP = "https://nothingsoup.blogspot.com/2025/06/mengenal-siapa-interviewer-perannya.html"
TIPSHRD = "https://www.tipshrd.com/2025/09/bagaimana-hrd-melakukan-wawancara-kerja.html"
GOSIWEEK = "https://m.gosiweek.com/article/1065580313058677"
THEWIKI = "http://thewiki.kr/w/%EB%A9%B4%EC%A0%91%EA%B4%80"
HRCN = "https://www.hr-soft.cn/info/2025121837267.html"
CHOICEIT = "https://choiceit.me/anatomia_podbora_3"
RABOTAEM = "https://rabotaem.app/post/296-kak-provesti-sobesedovanie-gayd-dlya-rekruterov-i-rukovoditeley"
LINKPOWER = "https://linkpower.vn/nhan-su-tong-hop/ky-nang-phong-van"
ITNAVI = "https://itnavi.com.vn/blog/ky-nang-phong-van"
PHARMCONN = "https://pharmconnection.blogspot.com/2019/01"
EZYHR = "https://www.ezy-hr.com/blog/"
HEWIKI = "https://he.m.wikipedia.org/wiki/%D7%A8%D7%90%D7%99%D7%95%D7%9F_%D7%A2%D7%91%D7%95%D7%93%D7%94"
MWADE3 = "https://mwade3.com/دليل-المقابلة-الشخصية-الناجحة"
CUMHURIYET = ("https://www.cumhuriyet.com.tr/yazarlar/olaylar-ve-gorusler/kamuda-mulakat-uygulamasi-fulya-"
              "kantarcioglu-2077335")
YENIEGITIM = "https://yeniegitimdergisi.com/mulakat-mulakat-olali-boyle-muamele-gormedi/"
RAHTO = "https://rahto.ir/%D9%85%D8%B5%D8%A7%D8%AD%D8%A8%D9%87-%DA%A9%D8%A7%D8%B1%DB%8C/"
LADIN = "https://ladin.ir/other/اصول-مصاحبه-استخدامي"
WORLDTIMETECH = "https://worldtimetech.com/single?id=interview-board-er-prosno"
OKOCRM = "https://okocrm.com/blog/kak-provesti-sobesedovanie-polnoe-rukovodstvo-dlya-rabotodatelej"
UNCAREERS = "https://careers.un.org/lbw/home.aspx?viewtype=NCES"
GLOJOBS = "https://glojobs.org/guides/un-ypp-young-professionals-programme"
PROJECTUS = "https://projectus-grupa.hr/?p=479"
EPSOTRAINING = "https://epsotraining.eu/wordpress/glossary/reserve-list/"
ABRUZZO = "http://www.abruzzoregione.com/comuni/en/how-to-apply-to-epso/9"
OUTOFMEMORY = "http://outofmemorynotes.blogspot.com/2013/09/preparing-for-security-clearance.html"
USMILITARY = "http://usmilitary.about.com/cs/generalinfo/a/security_4.htm"
UNG = "https://ung.edu/career-services/video-transcripts/ace-the-interview-video-transcript.php"
DAILYEASTERN = "https://www.dailyeasternnews.com/2018/03/30/interview-tips-to-be-given-by-career-services/"
GRADRECRUIT = "https://thegraduaterecruitment.co.uk/graduate-assessment-centres"

TUNE20_CHECK_S: list[Case] = [
    # ====================================== (a) the user's own seat, in many scripts
    # livehindustan: a board panel that takes the interviews; the user sits on it
    (event("इंटरव्यू पैनल – कनिष्ठ सहायक भर्ती (मैं बोर्ड सदस्य हूँ)",
           organizer=org("bharti@jalnigam-udaharan.in", "भर्ती प्रकोष्ठ"),
           description="कुल 14 अभ्यर्थी। अंक पत्रक साक्षात्कार के बाद जमा करें। सुबह 9:30 तक पहुँचें।",
           location="मुख्यालय, सभा कक्ष 2, लखनऊ", id="t20s-01", **at("2028-04-03", "10:00", 360, *DEL)),
     None, "hi", LIVEHINDUSTAN),
    # kaanun: an interview committee (chair and members) formed for a post; the user is a member
    (event("अन्तर्वार्ता समिति – सहायक लेखापाल पद (म सदस्य)", organizer=SELF,
           description="उम्मेदवारहरूको विवरण अघिल्लो दिन हेर्ने। अंक ७०% भन्दा बढी दिए कारण लेख्नुपर्ने।",
           location="प्रदेश लोक सेवा आयोग, बैठक कक्ष", id="t20s-02", **at("2028-04-04", "10:30", 300, *KTM)),
     None, "ne", KAANUN),
    # edubestari: the interview panel prepares its questions for the post; the user is on the panel
    (event("Sesi temuduga Pembantu Tadbir N19 – saya ahli panel penemuduga",
           organizer=org("urusetia.temuduga@majlis-contoh.gov.my", "Urus Setia Temuduga"),
           description="8 calon. Sila bawa borang penilaian calon dan senarai soalan panel.",
           location="Bilik Mesyuarat Utama, Wisma Majlis, Kuantan", id="t20s-03", **at("2028-04-05", "09:00", 240, *KUL)),
     None, "ms", EDUBESTARI),
    # bundanameera: an HR recruiter interviews candidates after the psychological test
    (event("Interview kandidat Staff Akuntansi – Rina Putri (saya interviewer)", organizer=SELF,
           description="Baca CV dulu. Tanyakan pengalaman magang dan alasan pindah.",
           id="t20s-04", **at("2028-04-06", "13:00", 60, *JKT)),
     None, "id", BUNDANAMEERA),
    # nothingsoup: the user (a line manager) is the interviewer, not the applicant
    (event("Wawancara user – calon Sales Supervisor (saya sebagai pewawancara)",
           organizer=org("rekrutmen@sinarabadi-contoh.co.id", "Tim Rekrutmen Sinar Abadi"),
           description="Mohon isi form penilaian setelah wawancara. Kandidat: Dimas Prakoso.",
           id="t20s-05", **at("2028-04-07", "10:00", 60, *JKT)),
     None, "id", NOTHINGSOUP),
    # gosiweek: an outside member appointed to a civil-service interview board
    (event("면접위원 위촉 – 지방공무원 9급 면접시험 (외부 면접위원)",
           organizer=org("insa@gun-yesi.go.kr", "인사팀"),
           description="면접위원 전체회의 08:30, 배정된 면접실에서 수험생 15명 평가. 평정표 제출.",
           location="군청 별관 3층", id="t20s-06", **at("2028-04-10", "08:30", 480, *SEO)),
     None, "ko", GOSIWEEK),
    # hr-soft.cn: a team member interviews a candidate for the company (second round)
    (event("二面（我面试）：Java后端候选人 王磊", organizer=SELF,
           description="提前看简历，重点问分布式项目；面试后在系统里填写评分表。",
           id="t20s-07", **at("2028-04-11", "15:00", 60, *SHA)),
     None, "zh", HRCN),
    # choiceit: a hiring manager who has never interviewed runs a structured interview
    (event("Провожу собеседование: кандидат Анна Смирнова (аналитик)", organizer=SELF,
           description="Вопросы по кейсу, STAR. После встречи – оценка в таблице для HR.",
           id="t20s-08", **at("2028-04-12", "11:00", 60, *MOW)),
     None, "ru", CHOICEIT),
    # linkpower: a department manager interviews candidates with HR
    (event("Phỏng vấn ứng viên Nguyễn Văn Bình – tôi phỏng vấn vòng 2 (chuyên môn)",
           organizer=org("tuyendung@minhphat-vidu.vn", "Phòng Tuyển dụng"),
           description="Anh/chị vui lòng đọc CV đính kèm và chấm điểm theo phiếu đánh giá.",
           id="t20s-09", **at("2028-04-13", "14:00", 60, *HCM)),
     None, "vi", LINKPOWER),
    # pharmconnection: a head of section sits as an interview committee member with HR
    (event("กรรมการสัมภาษณ์ – ตำแหน่งเภสัชกร (ดิฉันเป็นกรรมการ)",
           organizer=org("hr@srinakorn-hospital-example.co.th", "ฝ่ายทรัพยากรบุคคล"),
           description="ผู้สมัคร 5 ท่าน กรุณากรอกแบบประเมินหลังสัมภาษณ์แต่ละท่าน",
           id="t20s-10", **at("2028-04-14", "09:30", 240, *BKK)),
     None, "th", PHARMCONN),
    # he.wikipedia: the direct manager is often the interviewer; the user interviews a candidate
    (event("אני מראיינת מועמד – מפתח Backend (יונתן כהן)", organizer=SELF,
           description="לעבור על קורות החיים, שאלות על מערכות מבוזרות, לשלוח חוות דעת למשאבי אנוש.",
           id="t20s-11", **at("2028-04-16", "11:00", 60, *JER)),
     None, "he", HEWIKI),
    # mwade3: a committee interviews the applicant; the user is a member of the committee
    (event("لجنة المقابلات – وظيفة محاسب (أنا عضو في اللجنة)",
           organizer=org("hr@alnakheel-example.sa", "إدارة الموارد البشرية"),
           description="ستة مرشحين. نموذج التقييم مرفق، يرجى تسليمه بعد آخر مقابلة.",
           id="t20s-12", **at("2028-04-17", "09:00", 300, *RUH)),
     None, "ar", MWADE3),
    # cumhuriyet: an interview commission scores applicants for a public body; the user is a member
    (event("Mülakat komisyonu – sözleşmeli personel alımı (komisyon üyesiyim)",
           organizer=org("personel@belediye-ornek.bel.tr", "İnsan Kaynakları Müdürlüğü"),
           description="22 aday. Puanlama formları ve ses kaydı düzeni için 08:45'te toplantı.",
           location="Belediye Meclis Salonu", id="t20s-13", **at("2028-04-18", "09:00", 420, *IST)),
     None, "tr", CUMHURIYET),
    # rahto: a group of people run the interviews with applicants; the user is one of them
    (event("مصاحبه با داوطلب کارشناس مالی – من مصاحبه‌کننده هستم", organizer=SELF,
           description="رزومه را قبل از جلسه بخوانم؛ فرم ارزیابی را برای منابع انسانی بفرستم.",
           id="t20s-14", **at("2028-04-19", "10:00", 60, *THR)),
     None, "fa", RAHTO),
    # worldtimetech: an interview board (head of department, HR, expert) assesses candidates
    (event("ইন্টারভিউ বোর্ড – সহকারী শিক্ষক নিয়োগ (আমি বোর্ডের সদস্য)",
           organizer=org("niyog@school-udahoron.edu.bd", "নিয়োগ কমিটি"),
           description="১২ জন প্রার্থী। নম্বরপত্র সাক্ষাৎকারের পর জমা দিতে হবে।",
           id="t20s-15", **at("2028-04-20", "10:00", 300, *DAC)),
     None, "bn", WORLDTIMETECH),
    # okocrm: an owner without HR interviews an applicant himself; his own entry names the candidate
    (event("Hiring manager interview – candidate: Alex Moreno (Ops Lead)", organizer=SELF,
           description="My questions: scaling the warehouse team, KPIs. Scorecard due in Greenhouse by EOD.",
           id="t20s-16", **at("2028-04-21", "14:00", 45, *CHI)),
     None, "en", OKOCRM),
    # okocrm: a new interviewer observes before running interviews alone
    (event("Shadowing: PM onsite loop (I observe Priya's interview with the candidate)",
           organizer=org("recruiting@brightline-example.com", "Brightline Recruiting"),
           guests=[guest("priya.n@brightline-example.com", "Priya Nair")],
           description="Shadow interviewer: take notes, do not ask questions. Debrief at 16:00.",
           id="t20s-17", **at("2028-04-24", "13:00", 60, *NY)),
     None, "en", OKOCRM),
    # ===================================================== (b) steps that hire nobody
    # careers.un.org: the YPP oral is a competency-based interview by the board; the successful go on a roster
    (event("YPP oral examination – competency-based interview (Economic Affairs)",
           organizer=org("ypp-exam@un-example.org", "UN Young Professionals Programme"),
           description="You passed the written examination. The Specialized Board will conduct the oral by "
                       "video. Successful candidates are placed on the YPP roster for placement.",
           id="t20s-18", **at("2028-04-25", "09:00", 45, *NY)),
     None, "en", UNCAREERS),
    # projectus: EPSO's assessment centre; successful candidates go on the reserve list
    (event("EPSO centar za procjenu – natječaj AD5 (strukturirani intervju, studija slučaja)",
           organizer=org("no-reply@epso-example.eu", "EPSO"),
           description="Uspješni kandidati bit će uvršteni na popis uspješnih kandidata (reserve list) iz "
                       "kojeg institucije zapošljavaju.",
           id="t20s-19", **at("2028-04-26", "09:00", 360, *ZAG)),
     None, "hr", PROJECTUS),
    # epsotraining: the same step in French
    (event("Centre d'évaluation EPSO – concours AST 3 (entretien structuré, exercice de groupe)",
           organizer=org("no-reply@epso-example.eu", "EPSO"),
           description="Les lauréats seront inscrits sur la liste de réserve publiée au Journal officiel.",
           location="Bruxelles, centre d'évaluation", id="t20s-20", **at("2028-04-27", "08:30", 420, *BRU)),
     None, "fr", EPSOTRAINING),
    # outofmemorynotes: the personal subject interview of a clearance holder's renewal
    (event("Personal subject interview – TS reinvestigation (investigator)", organizer=SELF,
           description="Bring SF-86 copy, passport. Investigator will go through foreign travel and finances.",
           location="Badge office, Bldg 3", id="t20s-21", **at("2028-04-28", "10:00", 120, *NY)),
     None, "en", OUTOFMEMORY),
    # usmilitary: the background investigation's subject interview
    (event("Background investigation – subject interview w/ OPM investigator",
           organizer=org("scheduling@investigations-example.gov", "Investigations Scheduling"),
           description="Your subject interview for your periodic reinvestigation. Bring photo ID.",
           id="t20s-22", **at("2028-05-01", "13:00", 90, *CHI)),
     None, "en", USMILITARY),
    # ung: an "Ace the Interview" workshop by career services
    (event("Ace the Interview – virtual workshop (Career Services)",
           organizer=org("careers@northridge-example.edu", "Career Services"),
           description="Learn the three phases of an interview: prep, information exchange, follow-up. "
                       "Register on Handshake.",
           id="t20s-23", **at("2028-05-02", "12:00", 60, *NY)),
     None, "en", UNG),
    # dailyeasternnews: a workshop on building interview confidence
    (event("Building Interview Confidence workshop", organizer=SELF,
           location="Human Services Center, Career Services", id="t20s-24", **at("2028-05-03", "16:00", 60, *CHI)),
     None, "en", DAILYEASTERN),
    # tipshrd: an online session on passing the HR interview
    (event("Webinar: Tips Lolos Interview HRD untuk Fresh Graduate",
           organizer=org("event@karierhub-contoh.id", "KarierHub"),
           description="Link Zoom dikirim H-1. Gratis, e-sertifikat untuk peserta.",
           id="t20s-25", **at("2028-05-04", "19:00", 90, *JKT)),
     None, "id", TIPSHRD),
    # glojobs: an informational chat with a staff member about the YPP (the user asked for it)
    (event("Coffee chat w/ Lena Brandt (UNDP) – informational interview about YPP", organizer=SELF,
           description="My questions: exam prep, what P-2 work looks like. 20 min, not asking for a job.",
           location="Café Remor, Geneva", id="t20s-26", **at("2028-05-05", "08:30", 30, *GVA)),
     None, "en", GLOJOBS),
    # mstar: a document chore before an interview (CV with colour photo, certificates)
    (event("Cetak CV berwarna + susun sijil asal untuk temuduga SPA", organizer=SELF,
           id="t20s-27", **at("2028-05-06", "20:00", 60, *KUL)),
     None, "ms", MSTAR),
    # ===================================================== true hiring steps with the same words
    # ienalinarose: the candidate's own interview before a panel of the public service commission
    (event("Temuduga SPA – Penolong Pegawai Tadbir N29", organizer=SELF,
           description="Panel 4 orang. Daftar 8.00 pagi, bawa sijil asal ikut susunan.",
           location="Wisma Darul Aman, Alor Setar", id="t20s-28", **at("2028-05-08", "08:00", 240, *KUL)),
     yes(["Suruhanjaya Perkhidmatan Awam", "SPA", "Suruhanjaya Perkhidmatan Awam Negeri Kedah"], []),
     "ms", IENALINAROSE),
    # livehindustan: the candidate faces an interview panel for a bank post
    (event("साक्षात्कार – सहायक प्रबंधक पद, ग्रामीण विकास बैंक (पैनल इंटरव्यू)",
           organizer=org("recruitment@gvbank-udaharan.in", "ग्रामीण विकास बैंक भर्ती"),
           description="प्रिय अभ्यर्थी, आपको पैनल के समक्ष साक्षात्कार हेतु बुलाया जाता है। मूल प्रमाणपत्र लाएँ।",
           location="क्षेत्रीय कार्यालय, पटना", id="t20s-29", **at("2028-05-09", "10:30", 30, *DEL)),
     yes(["ग्रामीण विकास बैंक"], ["recruitment@gvbank-udaharan.in"]), "hi", LIVEHINDUSTAN),
    # abruzzoregione: the institutions recruit from the reserve list with their own interview
    (event("Recruitment interview – DG Environment (AD5 reserve list laureate)",
           organizer=org("env-recruitment@ec-example.eu", "DG ENV Recruitment"),
           guests=[guest("m.jansen@ec-example.eu", "Marieke Jansen")],
           description="Following your inclusion on the reserve list, we invite you to an interview for the "
                       "post of policy officer in Unit B.3 with the Head of Unit.",
           location="Avenue de Beaulieu 5, Brussels", id="t20s-30", **at("2028-05-10", "14:00", 45, *BRU)),
     yes(["DG Environment", "DG ENV", "European Commission"], ["env-recruitment@ec-example.eu", "Marieke Jansen"]),
     "en", ABRUZZO),
    # glojobs: a competency-based interview for one job opening (a hiring step)
    (event("Competency-based interview – Programme Officer (P-3), Job Opening 24-PGM-UNEP-5521",
           organizer=org("hr-recruitment@unep-example.org", "UNEP Human Resources"),
           description="The assessment panel will ask competency-based questions on planning and teamwork. "
                       "Microsoft Teams link below.",
           id="t20s-31", **at("2028-05-11", "15:00", 60, *GVA)),
     yes(["UNEP"], ["hr-recruitment@unep-example.org"]), "en", GLOJOBS),
    # usmilitary: a job interview for a post that needs a clearance later
    (event("Interview – Systems Engineer (TS/SCI required) – Corvane Defense",
           organizer=org("talent@corvane-example.com", "Corvane Defense Talent"),
           guests=[guest("j.whitaker@corvane-example.com", "Jordan Whitaker")],
           description="Panel interview with the program lead. Clearance processing starts after an offer.",
           id="t20s-32", **at("2028-05-12", "10:00", 60, *NY)),
     yes(["Corvane Defense", "Corvane"], ["talent@corvane-example.com", "Jordan Whitaker"]), "en", USMILITARY),
    # gradrecruit: an employer's own assessment centre for its graduate places
    (event("Graduate assessment centre – Harrow & Finch (group exercise, panel interview)",
           organizer=org("graduates@harrowfinch-example.co.uk", "Harrow & Finch Graduates"),
           description="Welcome talk, two exercises, lunch with current graduates, then your interview. "
                       "Offers for the September intake follow within a week.",
           location="Harrow & Finch, 1 Lime Street, London", id="t20s-33", **at("2028-05-15", "09:00", 420, *LON)),
     yes(["Harrow & Finch", "Harrow and Finch"], ["graduates@harrowfinch-example.co.uk"]), "en", GRADRECRUIT),
    # ung: the candidate's own entry for an onsite loop
    (event("Interviewing with Lumen Labs – onsite (4 rounds)", organizer=SELF,
           description="I am interviewing for Senior Data Engineer. Bring portfolio; ask about team size.",
           location="Lumen Labs, 88 Fulton St", id="t20s-34", **at("2028-05-16", "10:00", 240, *NY)),
     yes(["Lumen Labs"], []), "en", UNG),
    # rabotaem: the candidate's interview with the hiring manager
    (event("Собеседование с руководителем отдела – ООО «Северный ветер»",
           organizer=org("hr@severveter-primer.ru", "HR Северный ветер"),
           guests=[guest("o.petrova@severveter-primer.ru", "Ольга Петрова")],
           description="Анна, приглашаем вас на собеседование на позицию аналитика. Встреча займёт около часа.",
           id="t20s-35", **at("2028-05-17", "11:00", 60, *MOW)),
     yes(["Северный ветер", "ООО «Северный ветер»"], ["hr@severveter-primer.ru", "Ольга Петрова"]), "ru", RABOTAEM),
    # itnavi: the candidate's second-round interview with the department head
    (event("Phỏng vấn vòng 2 với trưởng phòng – Công ty Minh An (vị trí Kế toán)",
           organizer=org("hr@minhan-vidu.vn", "Minh An HR"),
           description="Chào bạn, mời bạn tham dự phỏng vấn vòng 2. Vui lòng mang theo bản sao bằng cấp.",
           location="Tầng 5, 12 Nguyễn Huệ, Q.1", id="t20s-36", **at("2028-05-18", "09:00", 60, *HCM)),
     yes(["Minh An", "Công ty Minh An"], ["hr@minhan-vidu.vn"]), "vi", ITNAVI),
    # ezy-hr: the candidate's interview with a committee at a hospital
    (event("สัมภาษณ์งาน ตำแหน่งเภสัชกร – โรงพยาบาลศรีนคร (กรรมการสัมภาษณ์ 3 ท่าน)",
           organizer=org("hr@srinakorn-hospital-example.co.th", "ฝ่ายทรัพยากรบุคคล โรงพยาบาลศรีนคร"),
           description="เรียนคุณแพท ขอเชิญเข้าสัมภาษณ์งาน กรุณามาก่อนเวลา 15 นาที",
           id="t20s-37", **at("2028-05-19", "10:00", 45, *BKK)),
     yes(["โรงพยาบาลศรีนคร", "Srinakorn Hospital"], ["hr@srinakorn-hospital-example.co.th"]), "th", EZYHR),
    # yeniegitim: a private company's job interview (iş görüşmesi / mülakat)
    (event("Mülakat – Proje Mühendisi, Demirsoy Enerji",
           organizer=org("ik@demirsoy-ornek.com.tr", "Demirsoy Enerji İK"),
           description="Sayın Pat Lee, mülakatınız teknik müdürümüz ve İK ile yapılacaktır.",
           location="Demirsoy Enerji, Maslak, İstanbul", id="t20s-38", **at("2028-05-22", "14:00", 60, *IST)),
     yes(["Demirsoy Enerji", "Demirsoy"], ["ik@demirsoy-ornek.com.tr"]), "tr", YENIEGITIM),
    # mwade3: the candidate's interview before a hiring committee
    (event("مقابلة شخصية أمام لجنة التوظيف – وظيفة محاسب، شركة النخيل",
           organizer=org("hr@alnakheel-example.sa", "الموارد البشرية – شركة النخيل"),
           description="نرجو حضوركم قبل الموعد بربع ساعة مع نسخة من السيرة الذاتية.",
           id="t20s-39", **at("2028-05-23", "10:00", 45, *RUH)),
     yes(["شركة النخيل", "النخيل"], ["hr@alnakheel-example.sa"]), "ar", MWADE3),
    # hewiki: the candidate's job interview with the direct manager
    (event("ראיון עבודה – מפתחת Backend, נובה מערכות",
           organizer=org("jobs@nova-example.co.il", "גיוס נובה מערכות"),
           guests=[guest("d.levi@nova-example.co.il", "דנה לוי")],
           description="שלום פט, נשמח לפגוש אותך לראיון עם דנה, ראש הצוות.",
           id="t20s-40", **at("2028-05-24", "11:00", 60, *JER)),
     yes(["נובה מערכות", "נובה"], ["jobs@nova-example.co.il", "דנה לוי"]), "he", HEWIKI),
    # ladin: the candidate's hiring interview in Persian
    (event("مصاحبه استخدامی – کارشناس مالی، شرکت آریا پخش",
           organizer=org("hr@aryapakhsh-example.ir", "منابع انسانی آریا پخش"),
           description="لطفاً ۱۵ دقیقه زودتر با اصل مدارک حضور داشته باشید.",
           id="t20s-41", **at("2028-05-25", "09:30", 45, *THR)),
     yes(["آریا پخش", "شرکت آریا پخش"], ["hr@aryapakhsh-example.ir"]), "fa", LADIN),
    # thewiki: the candidate's executive interview at a company
    (event("임원면접 – 한결물산 (면접관 3명)",
           organizer=org("recruit@hangyeol-example.co.kr", "한결물산 채용팀"),
           description="최종 면접입니다. 신분증 지참, 10분 전 도착 바랍니다.",
           id="t20s-42", **at("2028-05-26", "14:00", 40, *SEO)),
     yes(["한결물산"], ["recruit@hangyeol-example.co.kr"]), "ko", THEWIKI),
]
