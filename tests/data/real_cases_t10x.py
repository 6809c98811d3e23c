"""A check set for company and people extraction, written in round 10 (issue #15).

Written *before* round 10's extraction rules changed and labelled by hand before the detector
ran on them, aimed at the kinds of miss round 9's blind batch found (docs/detection.md, "Round
9's misses") in wording of its own: interviewers named only in the body or the title, in
Greek, Devanagari, Arabic, Hebrew, Cyrillic, Chinese and Thai scripts; an ordinary word of
the title ("Board", "Oral") or a sentence's pronoun ("I'd") in a company's place; possessives
("Ruth Okafor's team"); legal forms (S.A., Sp. z o.o., ООО, จำกัด) and company words (شركة,
חברת, บริษัท) around a name; an agency and its client; check-in tools', room and no-reply
mailboxes. Each case cites the public page its wording was paraphrased from (found with the
project's search tool; no page is cited by an earlier file). Labels follow
``real_cases_t9x.py`` and docs/detection.md ("Who to thank"): interviewers and the hiring
side's recruiter, coordinator, contact person or team mailbox are thanked; people the text
names without an address are listed by name, without courtesy or job titles; someone both
named and invited by address is listed once, by address; no-reply, tool and room mailboxes
are not thanked. Names, companies and addresses are invented.
"""

from __future__ import annotations

from detect_cases import ME, SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool).
EN_ORALBOARD = "https://lawinsider.com/clause/oral-board"
EN_FTTHOMAS = "https://codelibrary.amlegal.com/codes/fthomas/latest/fthomas_ky/0-0-0-9956"
EN_NYCDCAS = "https://nyc.gov/site/dcas/employment/apply-for-a-city-job-what-happens-next.page"
EN_ENVOY = "https://envoy.help/en/articles/3444499-about-visitor-emails"
EN_ENVOY_EU = "https://eu.envoy.help/en/articles/9898431-how-to-invite-external-guests-to-the-workplace"
EN_UTILE_INVITE = "https://lowell.utiledesign.com/email-invitation-to-interview"
EN_UTILE_CONFIRM = "https://lowell.utiledesign.com/confirmation-email-for-interview-sample"
EN_UTILE_CONFIRMING = "https://lowell.utiledesign.com/email-for-confirming-interview"
EN_RAMSEY = "https://weblink.cityoframsey.com/WebLink/0/doc/15714/Page267.aspx"
EL_UOM = ("http://mba.uom.gr/el/programmata/stelexhepixeirhsewn/epiloghupopshfiwn.html"
          "?tmpl=component&print=1&page=")
EL_MOU = "https://www.mou.gr/en/Pages/recruitmentsystem.aspx"
HI_MSTC = "https://mstcindia.co.in/MSTC_Careers/2023_1/MT_Interview.aspx"
HI_JANSATTA = ("https://www.jansatta.com/education/upsc-cse-interview-2025-e-summon-letter-"
               "released-at-upsc-gov-in-know-interview-dates-and-important-instructions/4301806")
AR_MINA7 = "https://mina7portal.com/ar/article/how-to-write-a-letter-of-invitation"
AR_ALARABIYA = "https://alarabiya.ma/wiki/"
HE_ORI = "https://orirelocation.com/he/"
HE_DIALOG = "https://www.dialog.co.il/new-world/work-search/blogs/hr-interview-part-3"
HE_HRUS = "https://hrus.co.il/"
RU_ECONOMY = "https://economy-ru.info/info/188131"
RU_BURENCHEV = "https://burenchev.ru/metody-sobesedovania.html"
ZH_GONGKAO = "https://gongkaohub.com/detail/293788"
ZH_FUDAOKE = "https://www.fudaoke.com/exam/2545554.html"
TH_SMILE = "https://smilenanalovetan.blogspot.com/2014/01/blog-post_8125.html"
TH_DIGITALMORE = "https://digitalmore.co/letter-writing/"
PL_ASISTWORK = "https://asistwork.pl/jak-napisac-podziekowanie-za-udzial-w-rekrutacji"
ES_DECOREXPRO = "https://ifashion-es.decorexpro.com/sobesedovanie/kak-napravit-priglashenie"

NEW_YORK = ("-05:00", "America/New_York")
CHICAGO = ("-06:00", "America/Chicago")
LONDON = ("+00:00", "Europe/London")
BERLIN = ("+01:00", "Europe/Berlin")
ATHENS = ("+02:00", "Europe/Athens")
KOLKATA = ("+05:30", "Asia/Kolkata")
DUBAI = ("+04:00", "Asia/Dubai")
CASABLANCA = ("+01:00", "Africa/Casablanca")
JERUSALEM = ("+02:00", "Asia/Jerusalem")
MOSCOW = ("+03:00", "Europe/Moscow")
SHANGHAI = ("+08:00", "Asia/Shanghai")
BANGKOK = ("+07:00", "Asia/Bangkok")
WARSAW = ("+01:00", "Europe/Warsaw")
MADRID = ("+01:00", "Europe/Madrid")
ME_GUEST = guest(ME, "Pat Lee", self=True)

TUNE10_CHECK_X: list[Case] = [
    # English: an oral board named in the title; its members only in the body.
    (event("Oral Board Interview – Police Sergeant (Promotional)",
           organizer=org("hr@cityofmarlowe.gov", "City of Marlowe Human Resources"),
           guests=[ME_GUEST],
           description="The oral board will consist of Captain Dana Whitfield, Lieutenant Marcus "
                       "Bell and HR Analyst Priya Nair. Please report to the City Hall lobby "
                       "15 minutes early.",
           **at("2027-02-02", "09:00", 45, *CHICAGO)),
     yes(["City of Marlowe", "Marlowe", "Cityofmarlowe"],
         ["hr@cityofmarlowe.gov", "Dana Whitfield", "Marcus Bell", "Priya Nair"]), "en",
     EN_ORALBOARD),
    # English: an oral interview committee of a city, each member with a title before the name.
    (event("Oral Interview – Firefighter/EMT",
           organizer=org("civilservice@forthalden.org", "Fort Halden Civil Service"),
           guests=[ME_GUEST],
           description="Dear Candidate,\nYou are invited to the oral interview. The committee: "
                       "Mayor Ellen Brandt, Chief Ron Galloway and Councilmember Tasha Reed.\n"
                       "Bring this letter and photo ID.",
           **at("2027-02-03", "13:30", 30, *NEW_YORK)),
     yes(["City of Fort Halden", "Fort Halden", "Forthalden"],
         ["civilservice@forthalden.org", "Ellen Brandt", "Ron Galloway", "Tasha Reed"]), "en",
     EN_FTTHOMAS),
    # English: a call letter with a room mailbox and an ATS no-reply on the invite.
    (event("Interview: Assistant Civil Engineer (Exam 3019) – Department of Water Works",
           organizer=org("dww-hr@riverbend.gov", "DWW Human Resources"),
           guests=[ME_GUEST, room("rb-cityhall-rm402@riverbend.gov", "City Hall Rm 402 (12)"),
                   guest("noreply@neogov.com", "NEOGOV")],
           description="This is your call letter. Panel: Carla Jimenez; Howard Stein.\n"
                       "Report to Room 402 ten minutes before your slot.",
           **at("2027-02-04", "10:00", 60, *NEW_YORK)),
     yes(["Department of Water Works", "Riverbend", "City of Riverbend"],
         ["dww-hr@riverbend.gov", "Carla Jimenez", "Howard Stein"]), "en", EN_NYCDCAS),
    # English: a visitor check-in tool's mailbox beside the host.
    (event("Onsite Interview – Data Analyst at Fernhill Foods",
           organizer=org("maya.ross@fernhillfoods.com", "Maya Ross"),
           guests=[ME_GUEST, guest("frontdesk-checkin@fernhillfoods.com",
                                   "Fernhill Foods Visitor Check-in")],
           description="When you arrive, our check-in kiosk will text you a link. Your host is "
                       "Maya Ross.",
           **at("2027-02-05", "11:00", 60, *CHICAGO)),
     yes(["Fernhill Foods", "Fernhill"], ["maya.ross@fernhillfoods.com"]), "en", EN_ENVOY),
    # English: a check-in service's own domain on the invite.
    (event("On-site interview – Office Coordinator",
           organizer=org("l.meyer@brightlane.de", "Laura Meyer"),
           guests=[ME_GUEST, guest("visits@envoy.com", "Brightlane via Envoy")],
           description="Please register your visit ahead of time with the link Envoy sends you. "
                       "You will meet Laura Meyer and Jonas Weber.",
           **at("2027-02-08", "10:00", 60, *BERLIN)),
     yes(["Brightlane"], ["l.meyer@brightlane.de", "Jonas Weber"]), "en", EN_ENVOY_EU),
    # English: the recruiter's prose is full of "I'd"; the company only in the sentence.
    (event("Chat about the Support Engineer role",
           organizer=org("hannah@quillstone.dev", "Hannah Brooks"),
           guests=[ME_GUEST],
           description="Hi Pat, I'd love to talk about the Support Engineer role at Quillstone. "
                       "I'd also like you to meet our CTO, Femi Adeyemi, for the last 15 minutes.",
           **at("2027-02-09", "15:00", 45, *LONDON)),
     yes(["Quillstone"], ["hannah@quillstone.dev", "Femi Adeyemi"]), "en", EN_UTILE_INVITE),
    # English: an agency arranges the client's interview.
    (event("Interview with Corvane Logistics – Warehouse Supervisor (arranged by TalentBridge)",
           organizer=org("jess.moran@talentbridge-staffing.com", "Jess Moran"),
           guests=[ME_GUEST],
           description="Hi Pat, confirming your interview with Corvane Logistics. You'll meet "
                       "Aaron Pike, Operations Manager, at their Dock Road site.\nJess Moran\n"
                       "Recruitment Consultant, TalentBridge Staffing",
           **at("2027-02-10", "09:30", 45, *LONDON)),
     yes(["Corvane Logistics", "Corvane"],
         ["jess.moran@talentbridge-staffing.com", "Aaron Pike"]), "en", EN_UTILE_CONFIRM),
    # English: a possessive in the title; the panel is a labelled list.
    (event("Interview with Ruth Okafor's team – Data Engineer",
           organizer=org("recruiting@lumenfold.io", "Lumenfold Recruiting"),
           guests=[ME_GUEST],
           description="Interviewers: Ruth Okafor, Sven Larsson\nFormat: video, 60 minutes.",
           **at("2027-02-11", "16:00", 60, *NEW_YORK)),
     yes(["Lumenfold"], ["recruiting@lumenfold.io", "Ruth Okafor", "Sven Larsson"]), "en",
     EN_UTILE_CONFIRMING),
    # English: the user's own entry, the interviewer named only in the title.
    (event("Phone screen with Dana Kim (Harbor & Pine Architects)", organizer=SELF,
           **at("2027-02-12", "12:00", 30, *CHICAGO)),
     yes(["Harbor & Pine Architects", "Harbor & Pine"], ["Dana Kim"]), "en",
     EN_UTILE_CONFIRMING),
    # English: an evaluation panel of a public body, listed in the body.
    (event("Interview – Administrative Services Manager",
           organizer=org("hr@ramseyvale.gov", "Ramseyvale HR"),
           guests=[ME_GUEST, guest("careers-noreply@governmentjobs.com", "GovernmentJobs")],
           description="Evaluation panel:\nGreta Lindqvist, Assistant City Administrator\n"
                       "Paul Osei, Finance Director",
           **at("2027-02-15", "14:00", 60, *CHICAGO)),
     yes(["Ramseyvale", "City of Ramseyvale"],
         ["hr@ramseyvale.gov", "Greta Lindqvist", "Paul Osei"]), "en", EN_RAMSEY),
    # Polish: a legal form after the company in the title.
    (event("Rozmowa kwalifikacyjna – Specjalista ds. zakupów – Grawex Sp. z o.o.",
           organizer=org("rekrutacja@grawex.pl", "Rekrutacja Grawex"),
           guests=[ME_GUEST],
           description="Rozmowę przeprowadzi Pani Agnieszka Wróbel, kierownik działu zakupów.",
           **at("2027-02-16", "10:00", 60, *WARSAW)),
     yes(["Grawex"], ["rekrutacja@grawex.pl", "Agnieszka Wróbel"]), "pl", PL_ASISTWORK),
    # Spanish: "S.A." after the name; the interviewer in the body.
    (event("Entrevista – Analista contable – Vialtra S.A.",
           organizer=org("seleccion@vialtra.es", "Selección Vialtra"),
           guests=[ME_GUEST],
           description="Te entrevistará Marta Quiroga, responsable de Contabilidad.",
           **at("2027-02-17", "11:00", 45, *MADRID)),
     yes(["Vialtra"], ["seleccion@vialtra.es", "Marta Quiroga"]), "es", ES_DECOREXPRO),
    # Greek: the company in Greek with its legal form; interviewers named in a sentence.
    (event("Συνέντευξη εργασίας – Βοηθός Λογιστή – Καλαμάκι Τρόφιμα Α.Ε.",
           organizer=org("hr@kalamaki-foods.gr", "Τμήμα Ανθρώπινου Δυναμικού"),
           guests=[ME_GUEST],
           description="Τη συνέντευξη θα πραγματοποιήσουν η κα Ελένη Γεωργίου, Οικονομική "
                       "Διευθύντρια, και ο κ. Νίκος Δημητρίου.",
           **at("2027-02-18", "10:00", 45, *ATHENS)),
     yes(["Καλαμάκι Τρόφιμα", "Kalamaki Foods", "Kalamaki"],
         ["hr@kalamaki-foods.gr", "Ελένη Γεωργίου", "Νίκος Δημητρίου"]), "el", EL_UOM),
    # Greek: a selection committee listed after a label.
    (event("Συνέντευξη – Στέλεχος Διαχειριστικής Αρχής",
           organizer=org("proslipseis@eydap-ypostirixi.gr", "Επιτροπή Επιλογής"),
           guests=[ME_GUEST],
           description="Επιτροπή: Γιώργος Αντωνίου, Μαρία Κωνσταντίνου\nΠαρακαλούμε να φέρετε "
                       "την αστυνομική σας ταυτότητα.",
           **at("2027-02-19", "12:00", 30, *ATHENS)),
     yes(["Eydap Ypostirixi", "Eydap-ypostirixi", "Eydap"],
         ["proslipseis@eydap-ypostirixi.gr", "Γιώργος Αντωνίου", "Μαρία Κωνσταντίνου"]), "el",
     EL_MOU),
    # Hindi: company in Devanagari with "लिमिटेड"; interviewers in a sentence.
    (event("साक्षात्कार – प्रबंधन प्रशिक्षु (वित्त) – गंगा स्टील्स लिमिटेड",
           organizer=org("recruitment@gangasteels.in", "Ganga Steels Recruitment"),
           guests=[ME_GUEST],
           description="आपका साक्षात्कार श्री राजेश वर्मा (महाप्रबंधक, वित्त) और सुश्री अनीता शर्मा "
                       "लेंगे। कृपया मूल प्रमाणपत्र साथ लाएँ।",
           **at("2027-02-22", "10:30", 45, *KOLKATA)),
     yes(["गंगा स्टील्स", "Ganga Steels", "Gangasteels"],
         ["recruitment@gangasteels.in", "राजेश वर्मा", "अनीता शर्मा"]), "hi", HI_MSTC),
    # Hindi: a recruiter's invite; a second panellist named only in the body.
    (event("इंटरव्यू: सॉफ्टवेयर डेवलपर – नवतारा टेक्नोलॉजीज़",
           organizer=org("priya.menon@navtaratech.com", "Priya Menon"),
           guests=[ME_GUEST],
           description="नमस्ते पैट, पैनल में विकास गुप्ता (टेक लीड) भी होंगे। वीडियो लिंक नीचे है।",
           **at("2027-02-23", "15:00", 60, *KOLKATA)),
     yes(["नवतारा टेक्नोलॉजीज़", "Navtara Technologies", "Navtaratech", "Navtara"],
         ["priya.menon@navtaratech.com", "विकास गुप्ता"]), "hi", HI_JANSATTA),
    # Arabic: "شركة" (company) before the name in the title; the interviewer in a sentence.
    (event("مقابلة عمل – محاسب – شركة الوفاق للتجارة",
           organizer=org("hr@alwifaq-trading.com", "الموارد البشرية"),
           guests=[ME_GUEST],
           description="سيجري المقابلة الأستاذ خالد المنصوري، مدير المالية. يرجى إحضار السيرة الذاتية.",
           **at("2027-02-24", "10:00", 45, *DUBAI)),
     yes(["الوفاق للتجارة", "الوفاق", "Alwifaq Trading", "Alwifaq"],
         ["hr@alwifaq-trading.com", "خالد المنصوري"]), "ar", AR_MINA7),
    # Arabic: a committee after a label.
    (event("دعوة لمقابلة – مهندس مدني",
           organizer=org("careers@binaa-group.ma", "مجموعة بناء"),
           guests=[ME_GUEST],
           description="أعضاء اللجنة: سلمى بنعلي، يوسف الإدريسي\nالمكان: المقر الرئيسي، الدار البيضاء",
           **at("2027-02-25", "11:00", 60, *CASABLANCA)),
     yes(["مجموعة بناء", "بناء", "Binaa Group", "Binaa"],
         ["careers@binaa-group.ma", "سلمى بنعلي", "يوسف الإدريسي"]), "ar", AR_ALARABIYA),
    # Hebrew: two interviewers in a sentence.
    (event("ראיון עבודה – מפתח/ת Backend – אורביט מערכות",
           organizer=org("jobs@orbit-systems.co.il", "גיוס אורביט"),
           guests=[ME_GUEST],
           description="הראיון ייערך עם נועה כהן, מנהלת הפיתוח, ועם אבי לוי מצוות הגיוס.",
           **at("2027-02-28", "10:00", 60, *JERUSALEM)),
     yes(["אורביט מערכות", "Orbit Systems", "Orbit"],
         ["jobs@orbit-systems.co.il", "נועה כהן", "אבי לוי"]), "he", HE_ORI),
    # Hebrew: "חברת" (company) before the name; the recruiter invited by address.
    (event("ראיון משאבי אנוש – חברת נתיב לוגיסטיקה", organizer=SELF,
           guests=[guest("shira.bendavid@nativ-log.co.il", "Shira Ben David")],
           **at("2027-03-01", "09:00", 45, *JERUSALEM)),
     yes(["נתיב לוגיסטיקה", "Nativ Logistics", "Nativ-log", "Nativ"],
         ["shira.bendavid@nativ-log.co.il"]), "he", HE_DIALOG),
    # Hebrew: an interviewer by label.
    (event("ראיון טלפוני – נציג/ת שירות",
           organizer=org("hr@tamar-insurance.co.il", "משאבי אנוש תמר"),
           guests=[ME_GUEST],
           description="מראיינת: דנה אברהם\nמשך: כ-20 דקות",
           **at("2027-03-02", "14:00", 20, *JERUSALEM)),
     yes(["Tamar Insurance", "Tamar-insurance", "Tamar", "תמר"],
         ["hr@tamar-insurance.co.il", "דנה אברהם"]), "he", HE_HRUS),
    # Russian: "ООО «…»" in the title; interviewers in a sentence.
    (event("Собеседование – Менеджер по продажам – ООО «Северный Ветер»",
           organizer=org("hr@severveter.ru", "Отдел персонала"),
           guests=[ME_GUEST],
           description="Собеседование проведут Ирина Соколова (руководитель отдела продаж) и "
                       "Дмитрий Волков.",
           **at("2027-03-03", "11:00", 60, *MOSCOW)),
     yes(["Северный Ветер", "Severveter"],
         ["hr@severveter.ru", "Ирина Соколова", "Дмитрий Волков"]), "ru", RU_ECONOMY),
    # Russian: the recruiter invites; the chief accountant named only in the body.
    (event("Собеседование: бухгалтер",
           organizer=org("anna.petrova@uralmed.ru", "Анна Петрова"),
           guests=[ME_GUEST],
           description="С вами также встретится главный бухгалтер Ольга Смирнова.",
           **at("2027-03-04", "15:00", 45, *MOSCOW)),
     yes(["Uralmed", "Уралмед"], ["anna.petrova@uralmed.ru", "Ольга Смирнова"]), "ru",
     RU_BURENCHEV),
    # Chinese: interviewers and a contact person after labels; the company with 有限公司.
    (event("面试邀请 – 产品经理 – 星河科技有限公司",
           organizer=org("hr@xinghe-tech.cn", "星河科技 人力资源部"),
           guests=[ME_GUEST],
           description="面试官：王磊（产品总监）、李娜\n联系人：赵敏",
           **at("2027-03-05", "14:00", 60, *SHANGHAI)),
     yes(["星河科技", "Xinghe Tech", "Xinghe-tech", "Xinghe"],
         ["hr@xinghe-tech.cn", "王磊", "李娜", "赵敏"]), "zh", ZH_GONGKAO),
    # Chinese: the user's own entry naming the company and the interviewer.
    (event("面试 – 华峰物流 – 面试官张伟", organizer=SELF,
           **at("2027-03-08", "10:00", 45, *SHANGHAI)),
     yes(["华峰物流"], ["张伟"]), "zh", ZH_FUDAOKE),
    # Thai: "บริษัท … จำกัด" around the company; the interviewer after a label.
    (event("สัมภาษณ์งาน – เจ้าหน้าที่บัญชี – บริษัท สยามรุ่งเรือง จำกัด",
           organizer=org("hr@siamrungruang.co.th", "ฝ่ายบุคคล"),
           guests=[ME_GUEST],
           description="ผู้สัมภาษณ์: คุณสมชาย ใจดี ผู้จัดการฝ่ายบัญชี",
           **at("2027-03-09", "10:00", 45, *BANGKOK)),
     yes(["สยามรุ่งเรือง", "Siamrungruang", "Siam Rungruang"],
         ["hr@siamrungruang.co.th", "สมชาย ใจดี"]), "th", TH_SMILE),
    # Thai: the recruiter invites by address; the manager named only in the body.
    (event("นัดสัมภาษณ์ – นักการตลาดดิจิทัล",
           organizer=org("nattaya@baanmai-digital.co.th", "Nattaya Srisuk"),
           guests=[ME_GUEST],
           description="คุณจะได้พบกับคุณวีระ ทองดี หัวหน้าทีมการตลาด",
           **at("2027-03-10", "13:00", 60, *BANGKOK)),
     yes(["Baanmai Digital", "Baanmai-digital", "Baanmai"],
         ["nattaya@baanmai-digital.co.th", "วีระ ทองดี"]), "th", TH_DIGITALMORE),
]
