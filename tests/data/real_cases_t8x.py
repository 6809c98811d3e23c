"""A check set for company and people extraction, written in round 8 (issue #15).

Written *before* round 8's extraction rules changed and labelled by hand before the detector
ran on them, aimed at the kinds of miss round 7's blind batch found (docs/detection.md,
"Round 7's misses") but in wording of its own: scheduling, booking and AI-assistant mailboxes
on the guest list (a Cronofy relay, Microsoft Bookings business mailboxes on onmicrosoft.com,
a named chatbot, an AI recruiting agent at the employer's own domain, an assessment vendor's
scheduling mailbox, an AV-check mailbox), the same person named in the text and invited by
address, an agency's consultant and its client, a government panel's department domain, a
long company name that must not be cut, legal forms (Kft., Nyrt., A.Ş., PT, 有限公司), and
interviewers named only in the body (English, Hungarian, Turkish, Indonesian, Chinese).
Each case cites the public page its wording was paraphrased from (found with the project's
search tool; no page or domain is cited by an earlier file). Labels follow
``real_cases_t7x.py`` and docs/detection.md ("Who to thank"): interviewers and the hiring
side's recruiter, coordinator, contact person or team mailbox are thanked; people the text
names without an address are listed by name, without courtesy or job titles; someone both
named and invited by address is listed once, by address; no-reply, tool, bot, booking and
AV-check mailboxes are not thanked. Names, companies and addresses are invented.
"""

from __future__ import annotations

from detect_cases import ME, SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool).
EN_CRONOFY_SR = "https://docs.cronofy.com/integrations/smart-recruiters/automated-interview-scheduling/"
EN_CRONOFY_POOL = "https://cronofy.com/guides/user-onboarding/schedule-interviews"
EN_PRINCETON_BOOKINGS = "https://bookings.princeton.edu/step-step"
EN_COURSEIVA_BOOKINGS = "https://courseiva.com/learn/ms-900/microsoft-bookings"
EN_CHOSEN_AI = "https://help.chosenhq.com/guides/scheduling/ai-scheduler-overview"
EN_CARLY_AGENT = "https://www.usecarly.com/blog/how-to-build-ai-recruiter"
EN_JEFF_ARNOLD = ("https://jeff-arnold.com/intelligent-interview-scheduling-how-chatbots-balance-"
                  "efficiency-human-connection/")
EN_HR_ANALYTICS = ("https://www.hr-analytics-trends.com/blog/how-to-write-an-effective-interview-"
                   "confirmation-email-template")
EN_LUCYBRISTOW = ("https://lucybristow.com/blog/dealing-with-a-recruitment-consultancy-how-does-it-"
                  "work-best-for-you/")
EN_ENIGMA = "https://enigmapeople.com/how-to-maintain-healthy-candidate-recruiter-client-relationships/"
EN_ASCENDANT = "https://www.ascendantrecruitment.co.uk/the-interview-and-beyond-your-questions-answered"
EN_PUBLIC_APPT = "https://apply-for-public-appointment.service.gov.uk/roles/6177"
EN_CAREERONE = ("https://careerone.com.au/career-advice/career/following-up-after-a-first-interview-"
                "with-a-recruitment-consultant-3042")
EN_TREEGARDEN = "https://treegarden.io/blog/ai-recruiter-assistant-ats"
EN_NAUKRI = "https://companies.naukri.com/v2boverseas-careers/pre-interview/"
HU_PALLAS = "https://pallas70.hu/karrier/hirek/telefonos-interju"
HU_CEGVEZETES = "https://cegvezetes.hu/2007/06/allasinterju/"
TR_10LAYN = "https://10layn.com/isi-kapmak-icin-is-gorusmesi-nasil-yapilir/"
TR_FORUMDENIZI = "https://www.forumdenizi.com/meslek-tanitimlari/390-gorusmelerinde-dikkat-edilmesi-gereken-hususlar.html"
ID_LIPUTAN6 = ("https://opera.liputan6.com/feeds/read/5789836/cara-menjawab-undangan-interview-yang-"
               "efektif-dan-profesional")
ZH_XRTYSC = "https://xrtysc.com/8b4470e17f22cb1d/ad479d3c0cd8a890.html"
ZH_QITUOWANG = "https://www.qituowang.com/portal/20618.html"

LONDON = ("+01:00", "Europe/London")
NEW_YORK = ("-04:00", "America/New_York")
CHICAGO = ("-05:00", "America/Chicago")
SYDNEY = ("+10:00", "Australia/Sydney")
BUDAPEST = ("+02:00", "Europe/Budapest")
ISTANBUL = ("+03:00", "Europe/Istanbul")
JAKARTA = ("+07:00", "Asia/Jakarta")
SHANGHAI = ("+08:00", "Asia/Shanghai")
ME_GUEST = guest(ME, "Pat Lee", self=True)

TUNE8_CHECK_X: list[Case] = [
    # English: a Cronofy relay sends the invite; the company is in the title, the interviewer a guest.
    (event("Video Interview – Claims Handler – Harwell Insurance",
           organizer=org("smart-invite@cronofy.com", "Harwell Insurance via Cronofy"),
           guests=[ME_GUEST, guest("m.osei@harwellinsurance.co.uk", "Martha Osei")],
           description="Hi Pat, your video interview for Claims Handler with Harwell Insurance is "
                       "confirmed. Interviewer: Martha Osei, Claims Team Lead. Need to change the time? "
                       "Use the reschedule link below.",
           **at("2026-08-04", "10:00", 45, *LONDON)),
     yes(["Harwell Insurance", "Harwell", "Harwellinsurance"], ["m.osei@harwellinsurance.co.uk"]),
     "en", EN_CRONOFY_SR),
    # English: the interviewer is named in the text and invited by address: one person.
    (event("Redmoor Analytics – First Interview (Data Analyst)",
           organizer=org("t.fenwick@redmooranalytics.com", "Tom Fenwick"),
           guests=[ME_GUEST, guest("priya.n@redmooranalytics.com", "Priya Natarajan"),
                   guest("t.fenwick@redmooranalytics.com", "Tom Fenwick")],
           description="Your interviewer for this session is Priya Natarajan (Senior Analyst), chosen "
                       "from our interview team. Tom Fenwick coordinates your process and is your "
                       "contact for any questions.",
           **at("2026-08-05", "14:00", 60, *NEW_YORK)),
     yes(["Redmoor Analytics", "Redmoor", "Redmooranalytics"],
         ["priya.n@redmooranalytics.com", "t.fenwick@redmooranalytics.com"]), "en", EN_CRONOFY_POOL),
    # English: a Microsoft Bookings business mailbox organises; the staff member is the interviewer.
    (event("Interview: Library Assistant",
           organizer=org("LibraryHiring@ashcombecollege.onmicrosoft.com", "Ashcombe College Library Hiring"),
           guests=[ME_GUEST, guest("LibraryHiring@ashcombecollege.onmicrosoft.com",
                                   "Ashcombe College Library Hiring"),
                   guest("d.okafor@ashcombe.ac.uk", "Daniel Okafor")],
           description="Your appointment is booked. Service: Library Assistant interview. Staff: "
                       "Daniel Okafor. Ashcombe College, Learning Resource Centre, ground floor.",
           **at("2026-08-06", "11:30", 30, *LONDON)),
     yes(["Ashcombe College", "Ashcombe"], ["d.okafor@ashcombe.ac.uk"]), "en", EN_PRINCETON_BOOKINGS),
    # English: a Bookings mailbox on onmicrosoft.com under another domain than the staff member's.
    (event("Phone screen – Retail Pharmacy Technician",
           organizer=org("careers@pinecrestpharmacy.onmicrosoft.com", "Pinecrest Pharmacy Careers"),
           guests=[ME_GUEST, guest("careers@pinecrestpharmacy.onmicrosoft.com", "Pinecrest Pharmacy Careers"),
                   guest("g.whitlow@pinecrestrx.com", "Grace Whitlow")],
           description="Pinecrest Pharmacy – booking confirmation. Staff member: Grace Whitlow "
                       "(Pharmacy Manager). We will call the number you gave when booking.",
           **at("2026-08-07", "09:15", 20, *CHICAGO)),
     yes(["Pinecrest Pharmacy", "Pinecrest", "Pinecrestrx"], ["g.whitlow@pinecrestrx.com"]),
     "en", EN_COURSEIVA_BOOKINGS),
    # English: an AI scheduling assistant with a person's first name sends the invite.
    (event("Second interview – Product Designer – Loomfield",
           organizer=org("ava@loomfield.ai-scheduling.com", "Ava (AI scheduling assistant)"),
           guests=[ME_GUEST, guest("ava@loomfield.ai-scheduling.com", "Ava (AI scheduling assistant)"),
                   guest("j.ibsen@loomfield.com", "Jonas Ibsen"), guest("r.cho@loomfield.com", "Rachel Cho")],
           description="Hi Pat, I'm Ava, the scheduling assistant for Loomfield. I've booked your "
                       "second interview with Jonas Ibsen and Rachel Cho. Reply to me to move it.",
           **at("2026-08-10", "15:00", 60, *NEW_YORK)),
     yes(["Loomfield"], ["j.ibsen@loomfield.com", "r.cho@loomfield.com"]), "en", EN_CHOSEN_AI),
    # English: an AI recruiting agent's mailbox at the employer's own domain.
    (event("Interview – Customer Success Manager (Tidewell)",
           organizer=org("recruiting-agent@tidewell.io", "Tidewell Recruiting Agent"),
           guests=[ME_GUEST, guest("recruiting-agent@tidewell.io", "Tidewell Recruiting Agent"),
                   guest("n.arroyo@tidewell.io", "Nina Arroyo")],
           description="This invite was sent by Tidewell's AI recruiting agent on behalf of Nina "
                       "Arroyo, Head of Customer Success. Reply to this email to reschedule.",
           **at("2026-08-11", "13:00", 45, *NEW_YORK)),
     yes(["Tidewell"], ["n.arroyo@tidewell.io"]), "en", EN_CARLY_AGENT),
    # English: a named hiring chatbot books the meeting with a district manager.
    (event("Store Manager interview – Brookhollow Market",
           organizer=org("aria@brookhollowmarket-hiring.ai", "Aria | Brookhollow Market Hiring Assistant"),
           guests=[ME_GUEST, guest("luis.serrano@brookhollowmarket.com", "Luis Serrano")],
           description="Hi Pat, it's Aria, Brookhollow Market's virtual hiring assistant! You're "
                       "booked to meet Luis Serrano, District Manager, at the Elm Street store.",
           **at("2026-08-12", "10:00", 30, *CHICAGO)),
     yes(["Brookhollow Market", "Brookhollow", "Brookhollowmarket"], ["luis.serrano@brookhollowmarket.com"]),
     "en", EN_JEFF_ARNOLD),
    # English: an AV-check mailbox on the guest list; a panel member named only in the body.
    (event("Video interview – Grants Officer – Fairhaven Trust",
           organizer=org("recruitment@fairhaventrust.org.uk", "Fairhaven Trust Recruitment"),
           guests=[ME_GUEST, guest("recruitment@fairhaventrust.org.uk", "Fairhaven Trust Recruitment"),
                   guest("av-check@fairhaventrust.org.uk", "AV Check"),
                   guest("h.brennan@fairhaventrust.org.uk", "Helen Brennan")],
           description="Please join 10 minutes early: our AV check mailbox will test your sound and "
                       "camera. Your panel: Helen Brennan (Grants Manager) and Owen Price (Trustee).",
           **at("2026-08-13", "10:00", 60, *LONDON)),
     yes(["Fairhaven Trust", "Fairhaven", "Fairhaventrust"],
         ["recruitment@fairhaventrust.org.uk", "h.brennan@fairhaventrust.org.uk", "Owen Price"]),
     "en", EN_HR_ANALYTICS),
    # English: the agency's consultant invites to its client's interview; the client is named.
    (event("Interview arranged – Finance Assistant – client: Caldwell & Reed Solicitors",
           organizer=org("sophie@harbourlinerecruitment.co.uk", "Sophie Lane | Harbourline Recruitment"),
           guests=[ME_GUEST],
           description="Hi Pat, as discussed I've arranged your interview with my client Caldwell & "
                       "Reed Solicitors. You'll meet their Practice Manager, Karen Doyle. Call me after.",
           **at("2026-08-14", "11:00", 60, *LONDON)),
     yes(["Caldwell & Reed Solicitors", "Caldwell & Reed", "Caldwell and Reed"],
         ["sophie@harbourlinerecruitment.co.uk", "Karen Doyle"]), "en", EN_LUCYBRISTOW),
    # English: "via" the staffing agency in the title; the client's manager is a guest.
    (event("Warehouse Team Leader – Marlow Foods (via Keystone Staffing)",
           organizer=org("dan.pryce@keystonestaffing.com", "Dan Pryce"),
           guests=[ME_GUEST, guest("a.begum@marlowfoods.co.uk", "Aisha Begum")],
           description="Interview with Aisha Begum, Site Operations Manager at Marlow Foods. Dan from "
                       "Keystone will brief you by phone the day before.",
           **at("2026-08-17", "08:30", 45, *LONDON)),
     yes(["Marlow Foods", "Marlow", "Marlowfoods"], ["dan.pryce@keystonestaffing.com", "a.begum@marlowfoods.co.uk"]),
     "en", EN_ENIGMA),
    # English: a first-stage interview held at the consultancy's office, for its client.
    (event("First-stage interview with Thornbury Estates (at Pinnacle Recruitment, Leeds)",
           organizer=org("m.hughes@pinnaclerecruitment.co.uk", "Megan Hughes"),
           guests=[ME_GUEST],
           description="Thornbury Estates hold their first interviews at our office. Their Lettings "
                       "Director, Gareth Owen, will interview you; I'll sit in.",
           **at("2026-08-18", "14:00", 60, *LONDON)),
     yes(["Thornbury Estates", "Thornbury"], ["m.hughes@pinnaclerecruitment.co.uk", "Gareth Owen"]),
     "en", EN_ASCENDANT),
    # English: a public appointment; the mailbox is the department's, the panel named in the body.
    (event("Interview: Member – Rural Payments Advisory Panel",
           organizer=org("publicappointments@envirodept.gov.uk", "Public Appointments Team"),
           guests=[ME_GUEST],
           description="The interview will be conducted jointly by the Panel's co-Chairs, Margaret "
                       "Hale and Anil Kapoor, for the Department for Environment and Rural Affairs.",
           **at("2026-08-19", "10:30", 45, *LONDON)),
     yes(["Rural Payments Advisory Panel", "Department for Environment and Rural Affairs", "Envirodept"],
         ["publicappointments@envirodept.gov.uk", "Margaret Hale", "Anil Kapoor"]), "en", EN_PUBLIC_APPT),
    # English: a long company name the user typed; two people named in the body.
    (event("Interview – Junior Account Executive – Silverbank Home Loans Australia", organizer=SELF,
           description="Meeting with Chloe Tran (HR business partner) and the sales director, Mark "
                       "Ellison. Bring portfolio. Level 9, 120 Pitt St.",
           **at("2026-08-20", "09:30", 60, *SYDNEY)),
     yes(["Silverbank Home Loans Australia", "Silverbank Home Loans", "Silverbank"],
         ["Chloe Tran", "Mark Ellison"]), "en", EN_CAREERONE),
    # English: "Confirmation" after "Interview"; a department named next to the interviewers.
    (event("Interview Confirmation – Payroll Specialist",
           organizer=org("talent@northgatelogistics.com", "Talent Acquisition – Northgate Logistics"),
           guests=[ME_GUEST, guest("talent@northgatelogistics.com", "Talent Acquisition – Northgate Logistics")],
           description="Dear Pat, this confirms your interview for Payroll Specialist at Northgate "
                       "Logistics. You will meet Payroll Operations: interviewers Linda Marsh and Kofi Mensah.",
           **at("2026-08-21", "13:30", 60, *CHICAGO)),
     yes(["Northgate Logistics", "Northgate", "Northgatelogistics"],
         ["talent@northgatelogistics.com", "Linda Marsh", "Kofi Mensah"]), "en", EN_HR_ANALYTICS),
    # English: an assessment vendor's scheduling mailbox and its name before the job title.
    (event("Byteboard Interview – Backend Engineer – Ferris Labs",
           organizer=org("scheduling@byteboard-mail.dev", "Byteboard Scheduling"),
           guests=[ME_GUEST, guest("scheduling@byteboard-mail.dev", "Byteboard Scheduling"),
                   guest("e.kowalski@ferrislabs.com", "Ewa Kowalski")],
           description="Your technical interview for Ferris Labs is scheduled. Your interviewer from "
                       "Ferris Labs, Ewa Kowalski, will join for the last 15 minutes.",
           **at("2026-08-24", "11:00", 90, *NEW_YORK)),
     yes(["Ferris Labs", "Ferris", "Ferrislabs"], ["e.kowalski@ferrislabs.com"]), "en", EN_TREEGARDEN),
    # English: an overseas placement agency's pre-interview; the client's interviewer named.
    (event("Client interview – Staff Nurse – Al Noor Specialist Hospital (arranged by V2 Overseas)",
           organizer=org("placements@v2overseas-careers.in", "V2 Overseas Placements"),
           guests=[ME_GUEST, guest("placements@v2overseas-careers.in", "V2 Overseas Placements")],
           description="Your interview with our client Al Noor Specialist Hospital is confirmed. The "
                       "Director of Nursing, Dr. Samira Haddad, will interview you over Zoom.",
           **at("2026-08-25", "12:00", 45, "+05:30", "Asia/Kolkata")),
     yes(["Al Noor Specialist Hospital", "Al Noor Hospital", "Al Noor"],
         ["placements@v2overseas-careers.in", "Samira Haddad"]), "en", EN_NAUKRI),
    # Hungarian: a telephone interview word before the name; the Kft. legal form.
    (event("Telefonos interjú – HR asszisztens – Alföldi Gabona Kft.",
           organizer=org("hr@alfoldigabona.hu", "Alföldi Gabona Kft. HR"),
           guests=[ME_GUEST, guest("hr@alfoldigabona.hu", "Alföldi Gabona Kft. HR")],
           description="Kedves Pat! A telefonos interjút Szűcs Anna HR-munkatárs fogja lebonyolítani. "
                       "Kb. 20 perc.",
           **at("2026-08-26", "10:00", 20, *BUDAPEST)),
     yes(["Alföldi Gabona", "Alföldi Gabona Kft.", "Alfoldi Gabona", "Alfoldigabona"],
         ["hr@alfoldigabona.hu", "Szűcs Anna"]), "hu", HU_PALLAS),
    # Hungarian: the user's own entry, an Nyrt.; interviewers named in the body.
    (event("Állásinterjú – Dunamenti Ipari Szerelő Nyrt. – karbantartó mérnök", organizer=SELF,
           description="Az interjút Tóth Gábor műszaki igazgató és Kiss Éva HR-vezető tartja. "
                       "Személyi igazolvány, diploma.",
           **at("2026-08-27", "13:00", 60, *BUDAPEST)),
     yes(["Dunamenti Ipari Szerelő", "Dunamenti Ipari Szerelő Nyrt.", "Dunamenti Ipari Szerelo"],
         ["Tóth Gábor", "Kiss Éva"]), "hu", HU_CEGVEZETES),
    # Turkish: the HR mailbox invites; the interviewer is named only in the body.
    (event("İş görüşmesi – Muhasebe Uzmanı – Yıldız Tekstil A.Ş.",
           organizer=org("ik@yildiztekstil.com.tr", "Yıldız Tekstil İK"),
           guests=[ME_GUEST, guest("ik@yildiztekstil.com.tr", "Yıldız Tekstil İK")],
           description="Sayın Pat Lee, görüşmeniz Finans Müdürü Selin Aksoy ile yapılacaktır. Lütfen "
                       "15 dakika önce resepsiyonda olunuz.",
           **at("2026-08-28", "10:30", 60, *ISTANBUL)),
     yes(["Yıldız Tekstil", "Yıldız Tekstil A.Ş.", "Yildiz Tekstil", "Yildiztekstil"],
         ["ik@yildiztekstil.com.tr", "Selin Aksoy"]), "tr", TR_10LAYN),
    # Turkish: the user's own entry; "ile" after the interviewer's name and title.
    (event("Mülakat – Satış Temsilcisi – Ege Beyaz Eşya", organizer=SELF,
           description="Bölge satış müdürü Murat Demir ile yüz yüze görüşme. Özgeçmiş çıktısı götür.",
           **at("2026-08-31", "14:00", 45, *ISTANBUL)),
     yes(["Ege Beyaz Eşya", "Ege Beyaz Esya"], ["Murat Demir"]), "tr", TR_FORUMDENIZI),
    # Indonesian: the interviewer and the contact person named only in the body.
    (event("Undangan Interview – Staff Admin – PT Sinar Baru Logistik",
           organizer=org("rekrutmen@sinarbaru-logistik.co.id", "Rekrutmen PT Sinar Baru Logistik"),
           guests=[ME_GUEST, guest("rekrutmen@sinarbaru-logistik.co.id", "Rekrutmen PT Sinar Baru Logistik")],
           description="Interview akan dilakukan oleh Bapak Hendra Wijaya (Manajer Operasional). "
                       "Mohon membawa CV dan KTP.",
           **at("2026-09-01", "09:00", 60, *JAKARTA)),
     yes(["Sinar Baru Logistik", "PT Sinar Baru Logistik", "Sinarbaru Logistik", "Sinarbaru-Logistik"],
         ["rekrutmen@sinarbaru-logistik.co.id", "Hendra Wijaya"]), "id", ID_LIPUTAN6),
    # Chinese: the company named only in the body and the organiser's name; interviewer in the body.
    (event("面试邀请：前端开发工程师",
           organizer=org("hr@hanxing-tech.cn", "杭州瀚星科技有限公司 人力资源部"),
           guests=[ME_GUEST, guest("hr@hanxing-tech.cn", "杭州瀚星科技有限公司 人力资源部")],
           description="您好！诚邀您参加杭州瀚星科技有限公司前端开发工程师职位的面试。面试官：技术总监周明。"
                       "请携带简历。",
           **at("2026-09-02", "14:00", 60, *SHANGHAI)),
     yes(["杭州瀚星科技有限公司", "瀚星科技", "杭州瀚星科技", "Hanxing-Tech", "Hanxing Tech"],
         ["hr@hanxing-tech.cn", "周明"]), "zh", ZH_XRTYSC),
    # Chinese: the company in the title of the user's own entry; the interviewer in the body.
    (event("【面试通知】行政专员 – 深圳市鹏达物流有限公司", organizer=SELF,
           description="复试时间为周四上午10点，复试官为行政经理王芳，地点：南山区科技园。",
           **at("2026-09-03", "10:00", 60, *SHANGHAI)),
     yes(["深圳市鹏达物流有限公司", "鹏达物流", "深圳市鹏达物流"], ["王芳"]), "zh", ZH_QITUOWANG),
]
