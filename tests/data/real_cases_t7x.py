"""A check set for company and people extraction, written in round 7 (issue #15).

Written *before* round 7's extraction rules changed and labelled before the detector ran on
them, aimed at the kinds of miss round 6's blind batch found (docs/detection.md, "Round 6's
misses"): interviewers named only in the body in many languages and scripts (German, Danish,
Swedish, Norwegian, Dutch, Japanese, Chinese, Thai, Hindi, Korean, English), a note-taking bot
or a works council's mailbox on the guest list, an executive assistant who arranged the
meeting, an agency's consultant inviting to its client's interview, a company name glued to a
mode or round word, a mailbox whose first word is no company (campus@, graduates@), names in
non-Latin scripts with their legal forms. Each case cites the public page its wording was
paraphrased from (found with the project's search tool; none is cited by an earlier file).
Labels follow ``real_cases_t6x.py`` and docs/detection.md ("Who to thank"): interviewers and the
hiring side's recruiter, coordinator, assistant, contact person or team mailbox are thanked;
people the text names without an address are listed by name, without courtesy titles or job
titles, in the nominative, as the text writes it otherwise; no-reply, tool, bot and room
senders, and bodies that do not take part for the employer (a works council, a career service),
are not. Names, companies and addresses are invented.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, yes

# Sources (found with the project's search tool).
DE_HILBERT = "https://hilbert-schule.de/an-kunden-schreiben/die-abteilung-personal-schreibt/"
DA_INDKOM = "https://indkom.dk/vaerktoejskassen/viden/9-gode-raad-til-at-afholde-jobsamtale/"
SV_ARBETSTERAPEUT = "https://www.arbetsterapeuterna.se/loen-karriaer/anstaellning/anstaellningsintervjun/"
SV_MONSTER = ("https://www.monster.se/rekrytering/hr-artiklar/rekryteringsstrategi/granska-kandidater/"
              "vad-ska-en-anstallningsintervju-besta-av/")
JA_SAIYOSALON = "https://saiyo-salon.jp/knowhow/interview-schedule-mail"
ZH_JOBXZC = "https://www.jobxzc.com/mianshi/1220832.html"
TH_YOUMUSTREAD = ("http://you-must-read.com/%E0%B8%AA%E0%B8%B1%E0%B8%87%E0%B8%84%E0%B8%A1-%E0%B9%80%E0%B8%A8%E0%B8%A3"
                  "%E0%B8%A9%E0%B8%90%E0%B8%81%E0%B8%B4%E0%B8%88/")  # an article on interview panels
HI_BIGBAAT = "https://bigbaat.com/?p=111793"
KO_ROUNDHR = "https://guide.roundhr.com/interview/template/interview"
EN_FIREFLIES = "https://guide.fireflies.ai/en/articles/4078868-fireflies-joined-a-meeting-i-didn-t-invite-it-to"
EN_OTTER = "https://help.otter.ai/hc/en-us/articles/13675989227543-Manage-your-Otter-Notetaker-settings"
EN_AURORA = "https://auroraassistants.com/blog/recruiting-scheduling"
EN_PRESCREEN = "https://prescreen.io/en/templates/email-templates-confirming-interview/"
EN_TAPTALENT = "https://taptalent.ai/hr-email-templates/interview-confirmation"
EN_ECOLIGHT = "https://ecolighting.uk.com/interview-email-confirmation-template"
DE_HEYJOBS = "https://www.heyjobs.co/recruiting/blog/interviewleitfaden"
FR_HIRING = "https://www.hiring-experience.com/blog/how-to-write-an-effective-interview-confirmation-email-template"
NL_HUNZE = "https://www.hunzeenaas.nl/werkenbij/Paginas/Procedure.aspx"
NL_BALANS = "https://www.balans.nu/nl/werknemer/sollicitatie-informatie/sollicitatiegesprek/"
RU_UNISTO = ("https://unisto-petrostal.ru/en/pismo-soiskatelyu-s-priglasheniem-na-sobesedovanie-"
             "priglashenie-na-rabotu.html")

BERLIN = ("+02:00", "Europe/Berlin")
COPENHAGEN = ("+02:00", "Europe/Copenhagen")
STOCKHOLM = ("+02:00", "Europe/Stockholm")
OSLO = ("+02:00", "Europe/Oslo")
AMSTERDAM = ("+02:00", "Europe/Amsterdam")
PARIS = ("+02:00", "Europe/Paris")
TOKYO = ("+09:00", "Asia/Tokyo")
SHANGHAI = ("+08:00", "Asia/Shanghai")
BANGKOK = ("+07:00", "Asia/Bangkok")
KOLKATA = ("+05:30", "Asia/Kolkata")
SEOUL = ("+09:00", "Asia/Seoul")
LONDON = ("+01:00", "Europe/London")
NEW_YORK = ("-04:00", "America/New_York")
HIDDEN = {"guestsCanSeeOtherGuests": False}

TUNE7_CHECK: list[Case] = [
    # German: the people the candidate will meet named in prose beside the HR mailbox.
    (event("Einladung zum Vorstellungsgespräch – Industriekaufmann/-frau (m/w/d)",
           organizer=org("personal@kroeger-armaturen.de", "Personalabteilung Kröger Armaturen"),
           description="Sehr geehrter Herr Lee, vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich "
                       "zu einem persönlichen Gespräch ein. Ihre Gesprächspartner sind Herr Thomas "
                       "Wendler (Leiter Einkauf) und Frau Sabine Roth (Personalreferentin). Bitte "
                       "melden Sie sich am Empfang. Kröger Armaturen GmbH, Hafenstraße 12, Bremen.",
           **at("2026-06-17", "10:00", 60, *BERLIN), **HIDDEN),
     yes(["Kröger Armaturen", "Kröger Armaturen GmbH", "Kroeger Armaturen", "Kroeger-Armaturen"],
         ["personal@kroeger-armaturen.de", "Thomas Wendler", "Sabine Roth"]), "de", DE_HILBERT),
    # Danish: who takes part is told in the body; the invite comes from the HR mailbox.
    (event("Jobsamtale – Økonomimedarbejder",
           organizer=org("job@fjordhavn-kommune.dk", "Fjordhavn Kommune – Rekruttering"),
           description="Kære Pat. Tak for din ansøgning. Du inviteres hermed til samtale. Fra "
                       "ansættelsesudvalget deltager økonomichef Lars Bøgh og teamleder Anne Friis. "
                       "Samtalen varer ca. 45 minutter. Mød op i receptionen, Rådhustorvet 1.",
           **at("2026-06-18", "13:00", 45, *COPENHAGEN), **HIDDEN),
     yes(["Fjordhavn Kommune", "Fjordhavn"], ["job@fjordhavn-kommune.dk", "Lars Bøgh", "Anne Friis"]),
     "da", DA_INDKOM),
    # Swedish: "Intervjun hålls av ..." beside a recruitment mailbox.
    (event("Anställningsintervju – Undersköterska, Avdelning 4",
           organizer=org("rekrytering@vallby-vard.se", "Vallby Vård Rekrytering"),
           description="Hej Pat! Välkommen på intervju. Intervjun hålls av enhetschef Karin Lundqvist "
                       "tillsammans med Erik Sjöberg, HR-partner. Ta med legitimation. "
                       "Vallby Vård AB, Storgatan 8.",
           **at("2026-06-19", "09:30", 60, *STOCKHOLM), **HIDDEN),
     yes(["Vallby Vård", "Vallby Vård AB", "Vallby Vard", "Vallby-Vard"],
         ["rekrytering@vallby-vard.se", "Karin Lundqvist", "Erik Sjöberg"]), "sv", SV_ARBETSTERAPEUT),
    # Norwegian: "Du skal møte ..." beside the employer's mailbox.
    (event("Jobbintervju – Lagermedarbeider | Nordkyst Logistikk",
           organizer=org("jobb@nordkyst-logistikk.no", "Nordkyst Logistikk"),
           description="Hei Pat, takk for søknaden. Vi vil gjerne invitere deg til intervju. Du skal "
                       "møte driftsleder Ola Haugen og Ingrid Berg fra HR. Adresse: Havnevegen 3.",
           **at("2026-06-22", "11:00", 45, *OSLO), **HIDDEN),
     yes(["Nordkyst Logistikk", "Nordkyst", "Nordkyst-Logistikk"],
         ["jobb@nordkyst-logistikk.no", "Ola Haugen", "Ingrid Berg"]), "no", SV_MONSTER),
    # Dutch: the works council's mailbox is on the list as an observer; it is not the employer's
    # hiring side and is not thanked.
    (event("Sollicitatiegesprek – Beleidsmedewerker Wonen",
           organizer=org("m.jansen@gemeente-veldhoven-west.nl", "Marieke Jansen"),
           guests=[guest("m.jansen@gemeente-veldhoven-west.nl", "Marieke Jansen"),
                   guest("p.devries@gemeente-veldhoven-west.nl", "Pieter de Vries"),
                   guest("or@gemeente-veldhoven-west.nl", "Ondernemingsraad", "tentative")],
           description="Het gesprek wordt gevoerd door Marieke Jansen (teamleider) en Pieter de Vries. "
                       "Een lid van de ondernemingsraad kan als toehoorder aanwezig zijn.",
           **at("2026-06-23", "14:00", 60, *AMSTERDAM)),
     yes(["Gemeente Veldhoven-West", "Veldhoven-West", "Gemeente Veldhoven West", "Veldhoven West"],
         ["m.jansen@gemeente-veldhoven-west.nl", "p.devries@gemeente-veldhoven-west.nl"]),
     "nl", NL_HUNZE),
    # Japanese: the interviewers are told in the body (surnames, with their departments).
    (event("【一次面接のご案内】株式会社ミナト物流",
           organizer=org("saiyo@minato-butsuryu.co.jp", "ミナト物流 採用担当"),
           description="パット・リー様 この度はご応募いただき誠にありがとうございます。一次面接を下記の通り"
                       "ご案内いたします。当日は物流部 部長の中島と人事部の藤井が面接を担当いたします。"
                       "持ち物：履歴書、職務経歴書。",
           **at("2026-06-24", "15:00", 60, *TOKYO), **HIDDEN),
     yes(["株式会社ミナト物流", "ミナト物流", "Minato Butsuryu", "Minato-Butsuryu"],
         ["saiyo@minato-butsuryu.co.jp", "中島", "藤井"]), "ja", JA_SAIYOSALON),
    # Chinese: the interviewers are labelled 面试官, a company with its legal form in the title.
    (event("面试通知：数据分析师（二面）— 杭州云帆科技有限公司",
           organizer=org("hr@yunfan-tech.cn", "云帆科技 人力资源部"),
           description="李先生您好！感谢您投递我公司数据分析师岗位。现邀请您参加第二轮面试。"
                       "面试官：技术总监 王磊、数据部经理 赵敏。面试形式：线上视频。",
           **at("2026-06-25", "14:30", 60, *SHANGHAI), **HIDDEN),
     yes(["杭州云帆科技有限公司", "云帆科技", "Yunfan Tech", "Yunfan-Tech"],
         ["hr@yunfan-tech.cn", "王磊", "赵敏"]), "zh", ZH_JOBXZC),
    # Thai: the interview committee named in the body with คุณ.
    (event("สัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่การตลาด – บริษัท ชัยมงคล เทรดดิ้ง จำกัด",
           organizer=org("recruit@chaimongkol-trading.co.th", "ฝ่ายบุคคล ชัยมงคล เทรดดิ้ง"),
           description="เรียนคุณแพท ขอเชิญเข้ารับการสัมภาษณ์งาน คณะกรรมการสัมภาษณ์: คุณสมชาย ใจดี "
                       "ผู้จัดการฝ่ายการตลาด และคุณนภา รุ่งเรือง ฝ่ายบุคคล กรุณานำบัตรประชาชนมาด้วย",
           **at("2026-06-26", "10:00", 60, *BANGKOK), **HIDDEN),
     yes(["ชัยมงคล เทรดดิ้ง", "บริษัท ชัยมงคล เทรดดิ้ง จำกัด", "Chaimongkol Trading", "Chaimongkol-Trading"],
         ["recruit@chaimongkol-trading.co.th", "สมชาย ใจดี", "นภา รุ่งเรือง"]), "th", TH_YOUMUSTREAD),
    # Hindi: the interviewer named with an honorific in prose.
    (event("साक्षात्कार – लेखा सहायक | सूर्या फार्मा प्रा. लि.",
           organizer=org("careers@suryapharma.in", "सूर्या फार्मा – मानव संसाधन"),
           description="प्रिय पैट, आपको लेखा सहायक पद के लिए साक्षात्कार हेतु आमंत्रित किया जाता है। "
                       "आपका साक्षात्कार श्रीमती सुनीता शर्मा, वित्त प्रबंधक, लेंगी। कृपया अपने मूल "
                       "प्रमाणपत्र साथ लाएँ।",
           **at("2026-06-29", "11:00", 45, *KOLKATA), **HIDDEN),
     yes(["सूर्या फार्मा", "सूर्या फार्मा प्रा. लि.", "Surya Pharma", "Suryapharma"],
         ["careers@suryapharma.in", "सुनीता शर्मा"]), "hi", HI_BIGBAAT),
    # Korean: (주) before the name; the interviewers named in the body with their titles after.
    (event("(주)한결소프트 1차 면접 안내",
           organizer=org("recruit@hangyeolsoft.co.kr", "한결소프트 채용팀"),
           description="안녕하세요 팻 리 님, (주)한결소프트 채용팀입니다. 1차 면접 일정을 안내드립니다. "
                       "면접관: 박지훈 팀장, 이서연 책임. 면접 방식: 화상 면접.",
           **at("2026-06-30", "16:00", 60, *SEOUL), **HIDDEN),
     yes(["한결소프트", "(주)한결소프트", "Hangyeol Soft", "Hangyeolsoft"],
         ["recruit@hangyeolsoft.co.kr", "박지훈", "이서연"]), "ko", KO_ROUNDHR),
    # English: a note-taking bot invited by the interviewer; it is a tool, not a person to thank.
    (event("Pat Lee / Brackwater Analytics – Hiring Manager Interview",
           organizer=org("d.okafor@brackwater.io", "Daniel Okafor"),
           guests=[guest("d.okafor@brackwater.io", "Daniel Okafor"),
                   guest("fred@fireflies.ai", "Fireflies.ai Notetaker", "accepted")],
           description="Looking forward to our chat about the Senior Data Analyst role." ,
           **at("2026-07-01", "13:00", 45, *NEW_YORK)),
     yes(["Brackwater Analytics", "Brackwater"], ["d.okafor@brackwater.io"]), "en", EN_FIREFLIES),
    # English: the employer's own recording bot mailbox on the list beside two interviewers.
    (event("Technical Interview – Backend Engineer (Lindqvist Systems)",
           organizer=org("talent@lindqvistsystems.com", "Lindqvist Systems Talent"),
           guests=[guest("a.moreau@lindqvistsystems.com", "Anaïs Moreau"),
                   guest("k.brennan@lindqvistsystems.com", "Kieran Brennan"),
                   guest("notetaker-bot@lindqvistsystems.com", "Interview Notetaker (AI)")],
           description="This interview is recorded and transcribed by our AI note-taker so the "
                       "interviewers can focus on the conversation.",
           **at("2026-07-02", "10:00", 60, *LONDON)),
     yes(["Lindqvist Systems", "Lindqvist", "Lindqvistsystems"],
         ["talent@lindqvistsystems.com", "a.moreau@lindqvistsystems.com", "k.brennan@lindqvistsystems.com"]),
     "en", EN_OTTER),
    # English: the CEO's executive assistant arranged the meeting and is on the list.
    (event("Final Interview – Head of Operations – Pat Lee",
           organizer=org("office.ceo@marrowfield.com", "Office of the CEO"),
           guests=[guest("office.ceo@marrowfield.com", "Office of the CEO"),
                   guest("j.hartley@marrowfield.com", "Joanna Hartley")],
           description="Hi Pat, I'm Nadia, Joanna's executive assistant. Joanna Hartley (CEO) will meet "
                       "you at our Leeds office. Please ask for me at reception. Nadia Price, "
                       "Executive Assistant to the CEO, Marrowfield Ltd.",
           **at("2026-07-03", "15:00", 60, *LONDON)),
     yes(["Marrowfield", "Marrowfield Ltd"], ["office.ceo@marrowfield.com", "j.hartley@marrowfield.com"]),
     "en", EN_AURORA),
    # German: the managing director's assistant (Assistenz der Geschäftsführung) invites.
    (event("Vorstellungsgespräch mit der Geschäftsführung – Vertriebsleitung",
           organizer=org("assistenz.gf@hollmann-maschinenbau.de", "Assistenz der Geschäftsführung"),
           guests=[guest("assistenz.gf@hollmann-maschinenbau.de", "Assistenz der Geschäftsführung"),
                   guest("r.hollmann@hollmann-maschinenbau.de", "Rainer Hollmann")],
           description="Das Gespräch führt unser Geschäftsführer Rainer Hollmann. Hollmann "
                       "Maschinenbau GmbH, Werkstraße 4, Ulm.",
           **at("2026-07-06", "09:00", 60, *BERLIN)),
     yes(["Hollmann Maschinenbau", "Hollmann Maschinenbau GmbH", "Hollmann-Maschinenbau"],
         ["assistenz.gf@hollmann-maschinenbau.de", "r.hollmann@hollmann-maschinenbau.de"]), "de", DE_HEYJOBS),
    # English: an agency consultant invites to the client's interview; the client is the company.
    (event("Client Interview: Finance Manager at Harrowgate Foods (via Pemberton Search)",
           organizer=org("l.ashworth@pembertonsearch.co.uk", "Lucy Ashworth | Pemberton Search"),
           guests=[guest("l.ashworth@pembertonsearch.co.uk", "Lucy Ashworth | Pemberton Search")],
           description="Hi Pat, as discussed, Harrowgate Foods would like to meet you. You'll be "
                       "interviewed by their CFO, Martin Greaves. I'll call you afterwards for feedback.",
           **at("2026-07-07", "11:00", 60, *LONDON)),
     yes(["Harrowgate Foods", "Harrowgate"], ["l.ashworth@pembertonsearch.co.uk", "Martin Greaves"]),
     "en", EN_TAPTALENT),
    # French: an agency's invite to an interview at its client.
    (event("Entretien chez notre client Laiterie des Combes – Responsable qualité",
           organizer=org("c.giraud@alpes-interim.fr", "Camille Giraud – Alpes Intérim"),
           guests=[guest("c.giraud@alpes-interim.fr", "Camille Giraud – Alpes Intérim")],
           description="Bonjour Pat, je vous confirme votre entretien avec Mme Hélène Vidal, directrice "
                       "industrielle de la Laiterie des Combes, sur leur site de Pontarlier.",
           **at("2026-07-08", "10:30", 60, *PARIS)),
     yes(["Laiterie des Combes", "Laiterie Des Combes"], ["c.giraud@alpes-interim.fr", "Hélène Vidal"]),
     "fr", FR_HIRING),
    # German: a mode word glued to the name in a title the user typed.
    (event("Videointerview Seeberger Holzbau – Frau Keller", organizer=SELF,
           description="Teams-Link kommt per Mail. Ansprechpartnerin: Frau Julia Keller.",
           **at("2026-07-09", "14:00", 45, *BERLIN)),
     yes(["Seeberger Holzbau", "Seeberger"], ["Julia Keller"]), "de", DE_HILBERT),
    # English: a round word glued to the name in a title the user typed.
    (event("Second round Fenwick & Rowe – call with Priya Nair", organizer=SELF,
           description="Priya Nair, Engineering Manager. Dial-in in the email from the recruiter.",
           **at("2026-07-10", "12:00", 45, *NEW_YORK)),
     yes(["Fenwick & Rowe", "Fenwick and Rowe", "Fenwick Rowe"], ["Priya Nair"]), "en", EN_ECOLIGHT),
    # Dutch: a round word before the name in the user's own entry.
    (event("Tweede gesprek Van Dalen Installatietechniek", organizer=SELF,
           description="Met Joost van Dalen (directeur). Adres: Industrieweg 22, Zwolle.",
           **at("2026-07-13", "10:00", 60, *AMSTERDAM)),
     yes(["Van Dalen Installatietechniek", "Van Dalen"], ["Joost van Dalen"]), "nl", NL_BALANS),
    # English: a graduate-programme mailbox whose first word is not the company.
    (event("Assessment Centre – Graduate Scheme 2027",
           organizer=org("graduates@ashcombegroup.co.uk", "Graduate Recruitment Team"),
           description="Dear Pat, congratulations on reaching the final stage of the Ashcombe Group "
                       "graduate scheme. Your interview panel: Rachel Dunn (Programme Lead) and "
                       "Owen Pryce (Finance Director).",
           **at("2026-07-14", "09:00", 240, *LONDON), **HIDDEN),
     yes(["Ashcombe Group", "Ashcombe", "Ashcombegroup"],
         ["graduates@ashcombegroup.co.uk", "Rachel Dunn", "Owen Pryce"]), "en", EN_PRESCREEN),
    # English: a campus-recruiting mailbox; the description names the employer.
    (event("Campus Interview – Summer Analyst",
           organizer=org("campus@thornbury-partners.com", "Campus Recruiting"),
           guests=[guest("campus@thornbury-partners.com", "Campus Recruiting"),
                   guest("s.kaur@thornbury-partners.com", "Simran Kaur")],
           description="Thornbury Partners looks forward to meeting you. Your interviewer is "
                       "Simran Kaur, Vice President.",
           **at("2026-07-15", "16:00", 30, *NEW_YORK)),
     yes(["Thornbury Partners", "Thornbury", "Thornbury-Partners"],
         ["campus@thornbury-partners.com", "s.kaur@thornbury-partners.com"]), "en", EN_PRESCREEN),
    # Russian: a company with its legal form in quotes; the interviewer named in the body.
    (event("Собеседование – инженер-сметчик – АО «Уралстройпроект»",
           organizer=org("kadry@uralstroyproekt.ru", "Отдел персонала АО «Уралстройпроект»"),
           description="Добрый день, Пат! Приглашаем вас на собеседование. С вами встретится главный "
                       "инженер Сергей Волков. Адрес: Екатеринбург, ул. Малышева 51.",
           **at("2026-07-16", "10:00", 60, "+05:00", "Asia/Yekaterinburg"), **HIDDEN),
     yes(["Уралстройпроект", "АО «Уралстройпроект»", "Uralstroyproekt"],
         ["kadry@uralstroyproekt.ru", "Сергей Волков"]), "ru", RU_UNISTO),
]
