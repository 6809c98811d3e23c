"""Check cases added in round 18 for the employer and the people of hiring steps (issue #15), labelled before any run.

Built on 2026-12-07 from public pages found with the project's search tool (pages corpus), none of
which any earlier data file cites (each URL and host was grepped over tests/data/*.py first, the
blind files left out); each case cites its page; names, employers, domains and addresses are
invented and the wording paraphrased. Labelled and committed before the code ran on them; scored
once on r18start's code, then after round 18's company and people rules (docs/detection.md,
"Company and people in round 18"); tuning data from the start.

Aimed at what round 17's blind batch got wrong: employers written in their own script (Greek,
Arabic, Hebrew, Thai, Cyrillic, Japanese, Chinese, Korean, Devanagari) with the script's legal
forms (Α.Ε., شركة, בע"מ, บริษัท ... จำกัด, ООО «...», 株式会社, 有限公司, 주식회사, प्रा. लि.);
the place where a step happens (a hotel, a rented meeting room, a testing institute, a town in the
title) against the employer; agencies, testing institutes and consultancies writing for a client
in English, French, Portuguese, German, Russian, Chinese, Hindi and Arabic; a step's own words at
the start of a title ("Auswahltag", "Assessment Center Tag 1", "Online Assessment"); a trailing
full stop after a legal form; churches named only in the description, with a committee's mailbox
and chair; interviewers named in the description by role phrases in these languages ("面接官：",
"面试官：", "면접관:", "ผู้สัมภาษณ์:", "साक्षात्कार लेंगे:", "Интервью проведёт", "مع ... الأستاذ",
"Vous rencontrerez M.").

Labels follow real_cases_b17.py's conventions: every case here is a hiring step the calendar's
owner attends as the candidate; the accepted company spellings (in the script the event uses; a
domain's letters only where the domain is the employer's own) and exactly the people a thank-you
should go to (the hiring side's people or team mailbox with an address; people named in the
description without an address by their name in the nominative, without titles or honorifics;
no-reply senders, testing tools and a testing institute's scheduling mailbox are not thanked; an
agency's consultant is).
"""

from __future__ import annotations

from detect_cases import Case, at, event, guest, org, yes

ATH = ("+02:00", "Europe/Athens")
RUH = ("+03:00", "Asia/Riyadh")
JLM = ("+02:00", "Asia/Jerusalem")
BKK = ("+07:00", "Asia/Bangkok")
MSK = ("+03:00", "Europe/Moscow")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEL = ("+09:00", "Asia/Seoul")
KOL = ("+05:30", "Asia/Kolkata")
LON = ("+00:00", "Europe/London")
SYD = ("+11:00", "Australia/Sydney")
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
PAR = ("+01:00", "Europe/Paris")
SAO = ("-03:00", "America/Sao_Paulo")

EL_WORKATHLON = "https://www.workathlon.com/post/don-t-put-on-hold-the-interviews-finalise-your-teams-now"
EL_PELOP = "https://pelop.gr/ischyri-zitisi-ston-tourismo-4-200-synentefxeis-stin-patra/"
AR_SABBAR = "https://sabbar.com/blog/interview-importance-for-employer"
AR_KSA2DAY = "https://ksa.ksa2day.com/Home/NewsDetails?NewsID=1098333"
AR_DECORATK = "https://decoratk.com/?p=116607"
HE_MAKOR = "https://makorrishon.co.il/nrg/online/16/ART1/433/205.html"
HE_NIRIT = ("https://www.nirit4job.co.il/%d7%9e%d7%91%d7%97%d7%a0%d7%99-%d7%9e%d7%99%d7%95%d7%9f-%d7%91%d7%9e%d7%9b"
            "%d7%95%d7%9f-%d7%90%d7%91%d7%97%d7%95%d7%9f/")
TH_FTI = ("https://www.fti.or.th/%E0%B8%95%E0%B8%B1%E0%B8%A7%E0%B8%AD%E0%B8%A2%E0%B9%88%E0%B8%B2%E0%B8%87%E0%B9%81"
          "%E0%B8%9A%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8"
          "%A3%E0%B8%AA/")
TH_APACODE = "https://th.apacode.com/post/interview-with-a-computer-scientist"
RU_HUNTLEE = "https://www.huntlee.ru/blog/Kak-provesti-sobesedovaniye-polnoye-rukovodstvo-dlya-rabotodateley"
JA_CAREERDESIGN = "https://career-design1.com/interview-flow"
JA_NAMEDE = "https://name-de.com/mensetsu"
ZH_AIHUAU = "http://aihuau.com/a/5578971/45023424.html"
KO_63REALTY = "https://blog.63realty.co.kr/81"
KO_SNET = "https://snet-disti-recruit.co.kr/guide"
HI_WORKINGREDE = "https://hi.workingrede.com/10713822-how-to-invite-for-an-interview"
HI_ATENA = ("https://atena.sk/blog/hi/%e0%a4%87%e0%a4%82%e0%a4%9f%e0%a4%b0%e0%a4%b5%e0%a5%8d%e0%a4%af%e0%a5%82-%e0%a4"
            "%95%e0%a5%87-%e0%a4%b2%e0%a4%bf%e0%a4%8f-%e0%a4%b8%e0%a4%ac%e0%a4%b8%e0%a5%87-%e0%a4%85%e0%a4%9a%e0%a5"
            "%8d%e0%a4%9b/")
EN_HUBPAGES = "https://hubpages.com/business/Why-do-employers-use-Assessment-Centres-for-recruitment-selection"
EN_HIK2 = "http://www.hik2.com/anu/students/careers-opportunities/careers-0/applications-interviews/assessment-centres/"
EN_ATTRIBUTE = "https://www.attributegroup.com.au/invite-a-candidate-for-interview/"
EN_HRADDICT = "https://www.hraddict.com/invite-candidate-interview"
EN_VANCO = "https://www.vancopayments.com/egiving/blog/pastor-search-committee-sample-letters"
EN_FAITHWARD = "https://www.faithward.org/lead-pastoral-search-during-pandemic/"
EN_SWMNELCA = "https://swmnelca.org/call-process/considering-candidates/"
EN_NWMN = "https://nwmnsynod.org/pages/call-process--30"
DE_POTENTIAL = "https://potential-consulting.de/willkommen/"
DE_GASTROJOBS = "https://www.gastrojobs.de/bewerbungs-abc/auswahltag"
AT_ROLLINGPIN = "https://www.rollingpin.at/magazin/ausgaben/61/die-qual-der-wahl-assesment-center-organisieren/"
FR_PALMER = "http://palmer-international.com/index.php/bienvenue/notre-charte-qualite"
PT_RHCEO = "https://rhceo.com.br/entrevista-em-grupo-o-guia-definitivo-para-recrutadores-e-candidatos-se-destacarem"

MEET = "\n\nJoin with Google Meet: https://meet.google.com/kqd-wmzr-tua"
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84420193377?pwd=Qa7v\nMeeting ID: 844 2019 3377"

TUNE18_CHECK_X: list[Case] = [
    # ------------------------------------------------------------------ Greek
    # workathlon: a hospitality recruiter interviews for a hotel group, with the hotel's chef named in the text
    (event("Συνέντευξη – Σεφ ντε Παρτί – Ξενοδοχεία Ορίζων Κρήτης", id="t18x-01",
           organizer=org("d.papadaki@hotelworks-hr.gr", "Δέσποινα Παπαδάκη"),
           guests=[guest("d.papadaki@hotelworks-hr.gr", "Δέσποινα Παπαδάκη")],
           description="Καλημέρα σας,\nεκ μέρους του πελάτη μας, Ξενοδοχεία Ορίζων Κρήτης, σας προσκαλούμε σε "
                       "βιντεοσυνέντευξη. Θα συμμετέχει ο Executive Chef κ. Νίκος Σταυρόπουλος.\n\nΔέσποινα "
                       "Παπαδάκη, HotelWorks HR" + MEET,
           **at("2027-11-09", "12:00", 45, *ATH)),
     yes(["Ξενοδοχεία Ορίζων Κρήτης", "Ορίζων Κρήτης", "Ξενοδοχεία Ορίζων"],
         ["d.papadaki@hotelworks-hr.gr", "Νίκος Σταυρόπουλος"]), "el", EL_WORKATHLON),
    # pelop: an interview booked at a tourism careers day held in a hotel (the hotel is the venue, not the employer)
    (event("Συνέντευξη – Σερβιτόρος – Ακτή Ρίου Ξενοδοχειακή Α.Ε.", id="t18x-02", organizer=None,
           description="Ημέρα Καριέρας Τουρισμού, τραπέζι 14. Να ζητήσω την κα Ελένη Κωστοπούλου (HR).",
           location="Ξενοδοχείο Αστήρ Πατρών, Αίθουσα Εκδηλώσεων, Πάτρα",
           **at("2027-11-10", "11:30", 30, *ATH)),
     yes(["Ακτή Ρίου Ξενοδοχειακή Α.Ε.", "Ακτή Ρίου Ξενοδοχειακή", "Ακτή Ρίου"], ["Ελένη Κωστοπούλου"]), "el", EL_PELOP),
    # ------------------------------------------------------------------ Arabic
    # sabbar: an interview at the company with HR and the finance manager (invited as a guest)
    (event("مقابلة عمل – محاسب أول – شركة النخبة للمقاولات", id="t18x-03",
           organizer=org("hr@nukhba-contracting.com.sa", "إدارة الموارد البشرية"),
           guests=[guest("hr@nukhba-contracting.com.sa", "إدارة الموارد البشرية"),
                   guest("s.alotaibi@nukhba-contracting.com.sa", "سلمان العتيبي")],
           description="السلام عليكم ورحمة الله،\nيسعدنا دعوتكم لإجراء مقابلة شخصية مع مدير الإدارة المالية الأستاذ "
                       "سلمان العتيبي. نرجو إحضار الهوية الوطنية ونسخة من المؤهلات.",
           location="شركة النخبة للمقاولات، طريق الملك عبدالعزيز، الرياض", **at("2027-11-08", "10:00", 60, *RUH)),
     yes(["شركة النخبة للمقاولات", "النخبة للمقاولات", "Nukhba Contracting", "Nukhba-contracting"],
         ["hr@nukhba-contracting.com.sa", "s.alotaibi@nukhba-contracting.com.sa"]), "ar", AR_SABBAR),
    # ksa2day: a hospital's open interview day held in a hotel hall (the hotel is the venue)
    (event("يوم المقابلات المفتوح – تمريض – مستشفى الشفاء التخصصي", id="t18x-04",
           organizer=org("talent@alshifa-hospital.com.sa", "استقطاب المواهب – مستشفى الشفاء"),
           guests=[guest("talent@alshifa-hospital.com.sa", "استقطاب المواهب – مستشفى الشفاء")],
           description="تُجرى المقابلات في فندق قصر الرياض (قاعة الياسمين). يرجى الحضور قبل الموعد بربع ساعة مع "
                       "السيرة الذاتية وترخيص الهيئة.",
           location="فندق قصر الرياض، قاعة الياسمين، الرياض", **at("2027-11-15", "09:00", 180, *RUH)),
     yes(["مستشفى الشفاء التخصصي", "مستشفى الشفاء", "Alshifa Hospital", "Alshifa-hospital"],
         ["talent@alshifa-hospital.com.sa"]), "ar", AR_KSA2DAY),
    # decoratk: a recruitment firm's consultant sets up an interview with its client
    (event("مقابلة شخصية – مهندس صيانة – لصالح شركة الرمال للصناعات", id="t18x-05",
           organizer=org("m.haddad@tawzeef-plus.com", "منى حداد"),
           guests=[guest("m.haddad@tawzeef-plus.com", "منى حداد")],
           description="مرحباً،\nبالنيابة عن عميلنا شركة الرمال للصناعات، نؤكد موعد مقابلتك في مقر الشركة بالمنطقة "
                       "الصناعية الثانية. مع تحيات منى حداد، توظيف بلس.",
           location="المنطقة الصناعية الثانية، الدمام", **at("2027-11-16", "11:00", 60, *RUH)),
     yes(["شركة الرمال للصناعات", "الرمال للصناعات"], ["m.haddad@tawzeef-plus.com"]), "ar", AR_DECORATK),
    # ------------------------------------------------------------------ Hebrew
    # makorrishon: a testing institute's selection day for the employer; the institute's scheduling mailbox only
    # schedules (not thanked)
    (event("זימון ליום מבחני מיון – מכון גליל הערכה | עבור: תעשיות כנרת בע\"מ", id="t18x-06",
           organizer=org("tiful@galil-haaracha.co.il", "מכון גליל הערכה – תיאום מועדים"),
           description="שלום רב,\nהוזמנת ליום מבחנים מטעם תעשיות כנרת: מבחני כישורים ממוחשבים, דינמיקה קבוצתית "
                       "ושיחה עם פסיכולוג. משך משוער: 7 שעות.",
           location="מכון גליל הערכה, רחוב העצמאות 40, חיפה", **at("2027-11-09", "08:30", 420, *JLM)),
     yes(["תעשיות כנרת בע\"מ", "תעשיות כנרת"], []), "he", HE_MAKOR),
    # nirit4job: the employer's own HR invites to tests held at an assessment institute, then an interview with the
    # department manager named in the text
    (event("מבחני מיון וראיון – מהנדס/ת תהליך – אלקטרו-ים בע\"מ", id="t18x-07",
           organizer=org("gius@electroyam.co.il", "גיוס אלקטרו-ים"),
           guests=[guest("gius@electroyam.co.il", "גיוס אלקטרו-ים")],
           description="המבחנים יתקיימו במכון האבחון מבט ברמת גן, ולאחריהם ראיון עם מנהלת המחלקה, דנה כהן.",
           location="מכון מבט, רחוב ז'בוטינסקי 7, רמת גן", **at("2027-11-17", "09:00", 360, *JLM)),
     yes(["אלקטרו-ים בע\"מ", "אלקטרו-ים", "Electroyam"], ["gius@electroyam.co.il", "דנה כהן"]), "he", HE_NIRIT),
    # ------------------------------------------------------------------ Thai
    # fti: an interview with HR and the marketing manager named as interviewer
    (event("นัดสัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่การตลาด – บริษัท ไทยรุ่งโรจน์ฟู้ดส์ จำกัด", id="t18x-08",
           organizer=org("hr@thairungrojfoods.co.th", "ฝ่ายทรัพยากรบุคคล ไทยรุ่งโรจน์ฟู้ดส์"),
           guests=[guest("hr@thairungrojfoods.co.th", "ฝ่ายทรัพยากรบุคคล ไทยรุ่งโรจน์ฟู้ดส์")],
           description="เรียน ผู้สมัคร\nขอเชิญเข้ารับการสัมภาษณ์งาน\nผู้สัมภาษณ์: คุณสมชาย ใจดี (ผู้จัดการฝ่ายการตลาด)\n"
                       "กรุณานำบัตรประชาชนและสำเนาวุฒิการศึกษามาด้วย",
           location="อาคารไทยรุ่งโรจน์ ชั้น 5 ถ.บางนา-ตราด กรุงเทพฯ", **at("2027-11-10", "13:30", 60, *BKK)),
     yes(["บริษัท ไทยรุ่งโรจน์ฟู้ดส์ จำกัด", "ไทยรุ่งโรจน์ฟู้ดส์", "Thairungrojfoods"],
         ["hr@thairungrojfoods.co.th", "สมชาย ใจดี"]), "th", TH_FTI),
    # apacode: a government department's interview stage held at a provincial hall (the town is the venue)
    (event("สอบสัมภาษณ์ นักวิชาการคอมพิวเตอร์ – กรมส่งเสริมการค้าชายแดน", id="t18x-09", organizer=None,
           description="กรรมการสัมภาษณ์ 3 ท่าน เตรียมบัตรประชาชน + ทรานสคริปต์ แต่งกายชุดสุภาพ",
           location="ศาลากลางจังหวัดเชียงราย ห้องประชุม 2 เชียงราย", **at("2027-11-18", "09:00", 60, *BKK)),
     yes(["กรมส่งเสริมการค้าชายแดน"], []), "th", TH_APACODE),
    # ------------------------------------------------------------------ Russian
    # huntlee: an interview with the hiring manager, arranged by the company's recruiter
    (event("Собеседование с нанимающим менеджером – Аналитик данных – ООО «Северный Ветер»", id="t18x-10",
           organizer=org("a.smirnova@severveter.ru", "Анна Смирнова"),
           guests=[guest("a.smirnova@severveter.ru", "Анна Смирнова")],
           description="Добрый день!\nИнтервью проведёт руководитель отдела аналитики Игорь Петров, я тоже буду на "
                       "встрече. Длительность около часа.",
           location="ООО «Северный Ветер», ул. Лесная 5, Москва", **at("2027-11-11", "15:00", 60, *MSK)),
     yes(["ООО «Северный Ветер»", "Северный Ветер", "Severveter"], ["a.smirnova@severveter.ru", "Игорь Петров"]),
     "ru", RU_HUNTLEE),
    # huntlee: a recruitment agency's screening call for a named client
    (event("Скрининг-звонок – кадровое агентство «Кадры Плюс» – вакансия в АО «Камский Литейный Завод»",
           id="t18x-11", organizer=org("hr@kadryplus.ru", "Мария Волкова"),
           guests=[guest("hr@kadryplus.ru", "Мария Волкова")],
           description="Здравствуйте! Звоню по поручению нашего клиента, АО «Камский Литейный Завод». Разговор "
                       "займёт 20 минут.",
           **at("2027-11-12", "10:30", 20, *MSK)),
     yes(["АО «Камский Литейный Завод»", "Камский Литейный Завод"], ["hr@kadryplus.ru"]), "ru", RU_HUNTLEE),
    # ------------------------------------------------------------------ Japanese
    # career-design1: a second interview at the company's reception, with the interviewers named
    (event("【株式会社みなと精機】二次面接のご案内", id="t18x-12",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 人事部 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "株式会社みなと精機 人事部 採用担当")],
           description="パット・リー様\n\n二次面接の日程が確定しましたのでご案内いたします。\n面接官：製造部 部長 山田 太郎、"
                       "人事部 佐藤 花子\n当日は1階受付にて「二次面接に来社した」旨をお伝えください。",
           location="株式会社みなと精機 本社 横浜市港北区新横浜2-4-1", **at("2027-11-16", "14:00", 60, *TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato-seiki"], ["saiyo@minato-seiki.co.jp", "山田 太郎", "佐藤 花子"]),
     "ja", JA_CAREERDESIGN),
    # name-de: a final interview with the president, in a rented meeting room (the building is the venue)
    (event("最終面接（社長面接）– 青葉ソリューションズ株式会社", id="t18x-13", organizer=None,
           description="代表取締役 鈴木 一郎 様。会場は貸会議室なので受付なし、5階に直接。",
           location="新宿グランドビル 5F 貸会議室A", **at("2027-11-19", "10:00", 60, *TYO)),
     yes(["青葉ソリューションズ株式会社", "青葉ソリューションズ"], ["鈴木 一郎"]), "ja", JA_NAMEDE),
    # ------------------------------------------------------------------ Chinese
    # aihuau: a company's HR invites to an on-site interview with the product director
    (event("面试邀请 – 产品经理 – 深圳星河数码科技有限公司", id="t18x-14",
           organizer=org("hr@xinghe-digital.cn", "星河数码 人力资源部"),
           guests=[guest("hr@xinghe-digital.cn", "星河数码 人力资源部")],
           description="您好！感谢您对我公司的关注。\n面试官：产品总监 李明\n地点：南山区科技园南区8栋12楼\n请携带身份证及简历。",
           location="深圳市南山区科技园南区8栋12楼", **at("2027-11-09", "14:30", 60, *SHA)),
     yes(["深圳星河数码科技有限公司", "星河数码科技有限公司", "星河数码", "Xinghe-digital"],
         ["hr@xinghe-digital.cn", "李明"]), "zh", ZH_AIHUAU),
    # aihuau: a headhunter sets up an interview with its client, naming the client's vice-president
    (event("猎头推荐 – 客户面试 – 华远物流集团 – 运营经理", id="t18x-15",
           organizer=org("linda.wang@jiayuan-search.com", "王琳"),
           guests=[guest("linda.wang@jiayuan-search.com", "王琳")],
           description="您好，我们的客户华远物流集团希望与您面谈，面试官为其运营副总裁张伟。面试在客户总部进行。",
           location="上海市闵行区虹桥商务区申长路988号", **at("2027-11-18", "10:00", 60, *SHA)),
     yes(["华远物流集团", "华远物流"], ["linda.wang@jiayuan-search.com", "张伟"]), "zh", ZH_AIHUAU),
    # ------------------------------------------------------------------ Korean
    # 63realty: a first interview with team leads (HR team lead and the department's team lead named)
    (event("[주식회사 한빛에너지] 1차 실무진 면접 안내", id="t18x-16",
           organizer=org("recruit@hanbitenergy.co.kr", "한빛에너지 인사팀"),
           guests=[guest("recruit@hanbitenergy.co.kr", "한빛에너지 인사팀")],
           description="안녕하세요, 한빛에너지 인사팀입니다.\n1차 실무진 면접 일정을 안내드립니다.\n면접관: 인사팀장 김민수, "
                       "기술지원팀장 이서연\n신분증을 지참해 주세요.",
           location="서울 영등포구 여의대로 24, 한빛에너지 12층", **at("2027-11-10", "10:00", 60, *SEL)),
     yes(["주식회사 한빛에너지", "한빛에너지", "Hanbitenergy"], ["recruit@hanbitenergy.co.kr", "김민수", "이서연"]),
     "ko", KO_63REALTY),
    # snet-disti: a personality test then the interview stage on site (the candidate's own entry)
    (event("인성검사 및 면접전형 – 누리정보통신(주)", id="t18x-17", organizer=None,
           description="인성검사 30분 후 1차 면접. 정장.",
           location="누리정보통신 본사 7층 대회의실, 성남시 분당구", **at("2027-11-17", "13:00", 120, *SEL)),
     yes(["누리정보통신(주)", "누리정보통신"], []), "ko", KO_SNET),
    # ------------------------------------------------------------------ Hindi
    # workingrede: a company's HR invites to an interview, naming the regional manager as interviewer
    (event("साक्षात्कार – बिक्री अधिकारी – शिवम एग्रो इंडस्ट्रीज़ प्रा. लि.", id="t18x-18",
           organizer=org("hr@shivamagro.in", "मानव संसाधन विभाग"),
           guests=[guest("hr@shivamagro.in", "मानव संसाधन विभाग")],
           description="नमस्ते,\nआपको साक्षात्कार के लिए आमंत्रित किया जाता है। साक्षात्कार लेंगे: श्री राजेश वर्मा "
                       "(क्षेत्रीय प्रबंधक)। कृपया अपना बायोडाटा और पहचान पत्र साथ लाएँ।",
           location="शिवम एग्रो इंडस्ट्रीज़, सेक्टर 18, नोएडा", **at("2027-11-15", "11:00", 45, *KOL)),
     yes(["शिवम एग्रो इंडस्ट्रीज़ प्रा. लि.", "शिवम एग्रो इंडस्ट्रीज़", "शिवम एग्रो", "Shivamagro"],
         ["hr@shivamagro.in", "राजेश वर्मा"]), "hi", HI_WORKINGREDE),
    # atena: a placement agency arranges an interview with its client company
    (event("इंटरव्यू – ग्राहक कंपनी: नवभारत टेक्सटाइल्स – गुणवत्ता निरीक्षक", id="t18x-19",
           organizer=org("priya@sahyogplacements.in", "प्रिया शर्मा"),
           guests=[guest("priya@sahyogplacements.in", "प्रिया शर्मा")],
           description="हमारे ग्राहक नवभारत टेक्सटाइल्स के साथ आपका इंटरव्यू तय हुआ है। पता: औद्योगिक क्षेत्र, लुधियाना।",
           location="औद्योगिक क्षेत्र फेज़ 2, लुधियाना", **at("2027-11-23", "10:30", 45, *KOL)),
     yes(["नवभारत टेक्सटाइल्स"], ["priya@sahyogplacements.in"]), "hi", HI_ATENA),
    # ------------------------------------------------------------------ English: venues, agencies, step words
    # hubpages: an assessment day at a hotel in another town (the town in the title is the venue)
    (event("Assessment Day (Harrogate) – Graduate Surveyor – Brackley Holmes LLP", id="t18x-20",
           organizer=org("graduates@brackleyholmes.co.uk", "Brackley Holmes Graduate Recruitment"),
           guests=[guest("graduates@brackleyholmes.co.uk", "Brackley Holmes Graduate Recruitment")],
           description="The day runs at the Old Swan Hotel: a written exercise, a group task and a partner interview. "
                       "Lunch is provided.",
           location="Old Swan Hotel, Swan Road, Harrogate", **at("2027-11-09", "09:00", 420, *LON)),
     yes(["Brackley Holmes LLP", "Brackley Holmes", "Brackleyholmes"], ["graduates@brackleyholmes.co.uk"]), "en",
     EN_HUBPAGES),
    # hik2: an assessment centre outsourced to a recruitment firm, run for the employer
    (event("Graduate Program Assessment Centre – Meridian Water Authority", id="t18x-21",
           organizer=org("sam.nguyen@talentbridge.com.au", "Sam Nguyen"),
           guests=[guest("sam.nguyen@talentbridge.com.au", "Sam Nguyen")],
           description="Hi Pat,\nTalentBridge is running this assessment centre on behalf of Meridian Water. Expect "
                       "psychometric tests, a group exercise and a short interview; there is a networking lunch.\n\n"
                       "Sam Nguyen | Senior Consultant | TalentBridge",
           location="TalentBridge, Level 9, 60 Margaret St, Sydney", **at("2027-11-10", "09:00", 360, *SYD)),
     yes(["Meridian Water Authority", "Meridian Water"], ["sam.nguyen@talentbridge.com.au"]), "en", EN_HIK2),
    # attributegroup: "Interview with <company> for the position of ...", the director named in the text
    (event("Interview with Carrow Group for the position of Client Services Manager", id="t18x-22",
           organizer=org("talent@carrowgroup.com.au", "Carrow Group Talent"),
           guests=[guest("talent@carrowgroup.com.au", "Carrow Group Talent")],
           description="Thank you for your application via LinkedIn. We would like to invite you to an interview with "
                       "Carrow Group's Director, Andrew Pell. The interview will be held in our head office, Level 1, "
                       "343 Kent Street.",
           location="Carrow Group, Level 1, 343 Kent Street, Sydney", **at("2027-11-12", "16:30", 60, *SYD)),
     yes(["Carrow Group", "Carrowgroup"], ["talent@carrowgroup.com.au", "Andrew Pell"]), "en", EN_ATTRIBUTE),
    # hubpages: an online test whose title starts with the step's words, sent by a testing tool's no-reply sender
    (event("Online Assessment – Numerical & Verbal Reasoning – Hartwell Bank", id="t18x-23",
           organizer=org("no-reply@testhub-assess.com", "TestHub"),
           description="Your assessment link is below. It takes about 40 minutes; complete it in one sitting.\n"
                       "https://app.testhub-assess.com/c/8Tq2",
           **at("2027-11-15", "18:00", 45, *LON)),
     yes(["Hartwell Bank", "Hartwell"], []), "en", EN_HUBPAGES),
    # hraddict: a phone screen whose title does not name the employer; the description spells it, the domain joins it
    (event("Phone screen – Store Manager", id="t18x-24",
           organizer=org("careers@northgateoutfitters.com", "Careers"),
           guests=[guest("careers@northgateoutfitters.com", "Careers")],
           description="Hi Pat, thanks for applying to Northgate Outfitters! This 20-minute call is a first "
                       "conversation with our recruiting team. We will call the number on your application.",
           **at("2027-11-16", "11:00", 20, *CHI)),
     yes(["Northgate Outfitters", "Northgateoutfitters"], ["careers@northgateoutfitters.com"]), "en", EN_HRADDICT),
    # ------------------------------------------------------------------ English: churches
    # vancopayments: the search committee's chair writes from a personal address; the church only in the text
    (event("Pastoral candidate interview", id="t18x-25",
           organizer=org("tom.hadley@gmail.com", "Tom Hadley"),
           guests=[guest("tom.hadley@gmail.com", "Tom Hadley")],
           description="Dear Pastor Lee,\nOn behalf of the Pastor Search Committee of Grace Fellowship Church, thank "
                       "you for continuing in our process. We will meet in the fellowship hall.\nTom Hadley, Chair",
           location="Fellowship Hall, 212 Elm Street, Millbrook", **at("2027-11-09", "18:30", 90, *NY)),
     yes(["Grace Fellowship Church", "Grace Fellowship"], ["tom.hadley@gmail.com"]), "en", EN_VANCO),
    # faithward: a search team's Zoom conversation from its mailbox; the chairperson named in the text
    (event("Zoom – Pastoral Search Team conversation", id="t18x-26",
           organizer=org("searchteam@bethanyreformed.org", "Bethany Search Team"),
           guests=[guest("searchteam@bethanyreformed.org", "Bethany Search Team")],
           description="Greetings from the Pastoral Search Team of Bethany Reformed Church. Our chairperson, Karen "
                       "Vos, will host; plan on about an hour." + ZOOM,
           **at("2027-11-11", "19:00", 60, *NY)),
     yes(["Bethany Reformed Church", "Bethany Reformed", "Bethanyreformed"],
         ["searchteam@bethanyreformed.org", "Karen Vos"]), "en", EN_FAITHWARD),
    # swmnelca: the candidate's own entry for a call committee interview; the town in the title is not the employer
    (event("Call Committee interview – Trinity Lutheran, Worthington", id="t18x-27", organizer=None,
           description="Committee chair: Gary Lindqvist. Same questions for every candidate; leave time for mine.",
           location="Trinity Lutheran Church, Worthington", **at("2027-11-18", "19:00", 90, *CHI)),
     yes(["Trinity Lutheran Church", "Trinity Lutheran"], ["Gary Lindqvist"]), "en", EN_SWMNELCA),
    # nwmnsynod: a call committee's first conversation from its mailbox (the town only in the domain)
    (event("First conversation with the Call Committee", id="t18x-28",
           organizer=org("callcommittee@peacelutheranbemidji.org", "Peace Lutheran Call Committee"),
           guests=[guest("callcommittee@peacelutheranbemidji.org", "Peace Lutheran Call Committee")],
           description="Thank you for allowing Peace Lutheran Church to consider you. Our chair, Ruth Halvorson, will "
                       "host this first conversation." + ZOOM,
           **at("2027-11-22", "18:00", 60, *CHI)),
     yes(["Peace Lutheran Church", "Peace Lutheran"], ["callcommittee@peacelutheranbemidji.org", "Ruth Halvorson"]),
     "en", EN_NWMN),
    # ------------------------------------------------------------------ German
    # potential-consulting: day one of an assessment centre in a hotel's conference area
    (event("Assessment Center Tag 1 – Traineeprogramm – Lindholm Versicherung AG", id="t18x-29",
           organizer=org("ac@lindholm-versicherung.de", "Lindholm Versicherung – Recruiting"),
           guests=[guest("ac@lindholm-versicherung.de", "Lindholm Versicherung – Recruiting")],
           description="Liebe Teilnehmende, das AC findet im Konferenzbereich des Hotels Seeblick statt. Anreise am "
                       "Vorabend empfohlen; die Übernachtung übernehmen wir.",
           location="Hotel Seeblick, Konferenzbereich, Seestraße 3, Starnberg", **at("2027-11-16", "08:30", 540, *BER)),
     yes(["Lindholm Versicherung AG", "Lindholm Versicherung", "Lindholm"], ["ac@lindholm-versicherung.de"]), "de",
     DE_POTENTIAL),
    # gastrojobs: the candidate's own note of a selection day, the title ending in a full stop after the legal form
    (event("Auswahltag Servicekraft – Gasthof Zur Linde GmbH.", id="t18x-30", organizer=None,
           description="Ansprechpartnerin: Frau Petra Hahn (Restaurantleitung). Schwarze Hose, weißes Hemd.",
           location="Gasthof Zur Linde, Marktplatz 2, Rothenburg", **at("2027-11-12", "10:00", 300, *BER)),
     yes(["Gasthof Zur Linde GmbH", "Gasthof Zur Linde"], ["Petra Hahn"]), "de", DE_GASTROJOBS),
    # rollingpin: a consultancy runs a hotel's selection day for its front office
    (event("Auswahltag Rezeption – Alpenhof Resort Kitzbühel", id="t18x-31",
           organizer=org("m.berger@karrierepunkt.at", "Markus Berger"),
           guests=[guest("m.berger@karrierepunkt.at", "Markus Berger")],
           description="Grüß Gott! Im Auftrag des Alpenhof Resort führen wir den Auswahltag durch: Vorstellungsrunde, "
                       "Rollenspiel am Empfang, Einzelgespräch.\nMarkus Berger, Karriere Punkt Beratung",
           location="Alpenhof Resort, Seminarraum 2, Kitzbühel", **at("2027-11-23", "09:00", 420, *VIE)),
     yes(["Alpenhof Resort Kitzbühel", "Alpenhof Resort", "Alpenhof"], ["m.berger@karrierepunkt.at"]), "de",
     AT_ROLLINGPIN),
    # ------------------------------------------------------------------ French and Portuguese agencies
    # palmer-international: a recruitment firm's consultant sets up the meeting at the client's
    (event("Entretien chez le client – Responsable Logistique – Transports Mirabeau", id="t18x-32",
           organizer=org("c.fabre@oriel-rh.fr", "Claire Fabre"),
           guests=[guest("c.fabre@oriel-rh.fr", "Claire Fabre")],
           description="Bonjour,\nComme convenu, vous rencontrerez M. Julien Marchand, directeur des opérations de "
                       "Transports Mirabeau, à leur siège. Je reste votre interlocutrice.\nClaire Fabre, Cabinet Oriel RH",
           location="Transports Mirabeau, ZI Les Estroublans, Vitrolles", **at("2027-11-10", "14:00", 60, *PAR)),
     yes(["Transports Mirabeau", "Mirabeau"], ["c.fabre@oriel-rh.fr", "Julien Marchand"]), "fr", FR_PALMER),
    # rhceo: a consultancy's group interview for a pharmacy chain, held at the consultancy's office
    (event("Entrevista em grupo – Atendente de Farmácia – Rede Farmavida", id="t18x-33",
           organizer=org("recrutamento@selectarh.com.br", "Selecta RH – Recrutamento"),
           guests=[guest("recrutamento@selectarh.com.br", "Selecta RH – Recrutamento")],
           description="Olá! A Selecta RH conduz este processo seletivo para a Rede Farmavida. A entrevista em grupo "
                       "acontece em nosso escritório; traga documento com foto.",
           location="Selecta RH, Av. Paulista 900, 6º andar, São Paulo", **at("2027-11-17", "09:30", 120, *SAO)),
     yes(["Rede Farmavida", "Farmavida"], ["recrutamento@selectarh.com.br"]), "pt", PT_RHCEO),
]
