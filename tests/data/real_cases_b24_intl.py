"""Blind batch 24 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b24.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: ``zat``,
which places a slot in a named IANA zone and takes the UTC offset from ``zoneinfo`` (so the
offsets of 5 February to 23 March 2029 are right: Europe and North America on winter time until
the United States and Canada move their clocks on 11 March 2029, the southern hemisphere on summer
time, Samoa at +13:00, India at +05:30, Myanmar at +06:30, Suriname and Paraguay at -03:00,
Bolivia at -04:00), the zone names and the conference texts pasted into descriptions.

Scored once, at the end of round 24, for docs/detection.md and the README; tuning data since round 25.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from detect_cases import SELF, Case, event, guest, org, room, yes


def zat(day: str, hhmm: str, minutes: int, tz: str) -> dict[str, str]:
    """start/end/tz keyword arguments for event(), the offset taken from the zone on that day."""
    start = datetime.fromisoformat(f"{day}T{hhmm}:00").replace(tzinfo=ZoneInfo(tz))
    end = start + timedelta(minutes=minutes)
    return {"start": start.isoformat(), "end": end.isoformat(), "tz": tz}


# Zones (IANA names) of the cases in other languages.
LON = "Europe/London"
LOS = "Africa/Lagos"
DAR = "Africa/Dar_es_Salaam"
KLA = "Africa/Kampala"
MGQ = "Africa/Mogadishu"
ADD = "Africa/Addis_Ababa"
JNB = "Africa/Johannesburg"
KOL = "Asia/Kolkata"
TLL = "Europe/Tallinn"
MLA = "Europe/Malta"
ASU = "America/Asuncion"
DXB = "Asia/Dubai"
DKR = "Africa/Dakar"
MPM = "Africa/Maputo"
OSL = "Europe/Oslo"
KGL = "Africa/Kigali"
RGN = "Asia/Yangon"
PNH = "Asia/Phnom_Penh"
EBL = "Asia/Baghdad"
BKK = "Asia/Bangkok"
PBM = "America/Paramaribo"
LPB = "America/La_Paz"
ROM = "Europe/Rome"

# Conference texts as the tools paste them into a description.
TEAMS24 = ("\n________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Hq7Vn4\nMeeting ID: 391 552 047 18\n"
           "Passcode: t8Rw3M\n________________________________________________________________________________")
ZOOM24 = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84127730512?pwd=Qm3x\nMeeting ID: 841 2773 0512\nPasscode: 630917"
MEET24 = "\n\nJoin with Google Meet: https://meet.google.com/xkw-tbrq-mfa\nOr dial: (GB) +44 20 3956 0142 PIN: 518 903 224#"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data for the URL and the host before each was used).
CY_POWYS = ("http://www.powys.gov.uk/cy/gwasanaethau-cyflogi/chwilio-am-swyddi-ac-ymgeisio-amdanynt/"
            "broses-o-wneud-cais-am-swydd/")
CY_CEREDIGION = "https://careers.ceredigion.gov.uk/cy/important-info-faqs/"
CY_SSIW = "https://en.forum.saysomethingin.com/t/cyfweliad-am-swydd-job-interview/3864"
HA_DAILYNIGERIAN = "https://hausa.dailynigerian.com/kanun-labarai/hukumar-tattara-kudin-haraji-ta-kasa-na-daukar-maaikata-cikin-sirri/"
HA_IDONMIKIYA = ("https://www.idonmikiyanews.com/2022/11/11/"
                 "hukumar-kidaya-za-ta-dauki-maaikatan-wucin-gadi-fiye-da-dubu-100-a-kano/")
IG_NEWSCASTARS = ("https://newscastars.com/man-narrates-his-experience-at-a-job-interview-wearing-traditional-"
                  "attire-and-speaking-igbo/")
IG_NAIJAONPOINT = "https://naijaonpoint.com/man-narrates-how-he-got-a-job-after-rocking-igbo-attire-to-the-interview/"
SW_CHANZO = ("https://thechanzo.com/2022/01/14/"
             "sekretarieti-ya-ajira-ifanye-haya-kuepusha-usumbufu-kwa-waombaji-kazi-za-serikali")
SW_FURAHA = "http://venancefuraha.blogspot.com/2014/07/ule-usahili-wa-uhamiaji-uliovunja.html"
NYN_RADIOWEST = "https://www.radiowest.co.ug/amakuru/abakozi-abataine-mirimo-bari-haihi-kwehandiikisa"
SO_KULMIYE = ("https://radiokulmiye.net/wasaaradda-qorsheynta-soomaaliya-oo-shaqaaleysiineyso-ku-dhawaad-2000-oo-"
              "dhalinyaro-ah/")
TI_WOYEN = "http://www.woyengazeta.org/index.php/en/governance/39-service/2305-2018-01-29-13-07-39"
XH_THOUSAND = "https://thousandcurrents.org/farmers/nosdima/?lang=xh"
MR_MAHAUPDATE = "https://www.mahaupdate.in/2020/01/blog-post_793.html"
MR_PUDHARI = "https://pudhari.news/dos-and-donts-of-job-interview"
MR_KRUSHIRANG = "https://krushirang.com/interview-tips-these-useful-tips-always-keep-in-mind/"
MR_LOKMAT = ("https://lokmat.news18.com/career/important-tips-to-know-things-while-giving-interview-mham-"
             "569809.html")
OR_FOCUS = ("https://www.thefocusplus.com/odia/%e0%ac%b0%e0%ac%be%e0%ac%ae-%e0%ac%ae%e0%ac%a8%e0%ad%8d%e0%ac%a6"
            "%e0%ac%bf%e0%ac%b0%e0%ac%b0%e0%ad%87-%e0%ac%aa%e0%ad%81%e0%ac%b0%e0%ad%8b%e0%ac%b9%e0%ac%bf%e0%ac%a4-"
            "%e0%ac%a8%e0%ac%bf%e0%ac%af")
OR_KANAK = "http://kanaknews.com/job-interview-trick/"
OR_ODIANEWS = "https://odianews24.info/pacharagala-eapri-jinishapuara/"
KN_DUNIA = "https://kannadadunia.com/live-news/those-who-are-looking-for-a-job-should-not-make-these-mistakes"
TE_ANDHRA = "https://andhrajyothy.com/telugunews/minimum-facilities-scarciry-for-interviews-202012051232359"
AS_ANA = "https://assamnewsagency.in/32000-government-job-advertisements-republished"
HI_NAIDUNIA = "https://www.naidunia.com/chhattisgarh/raipur-cg-news-cgpsc-interview-2024-iq-question-dead-body-book-puzzle-8413519"
ET_BUDUAAR = "https://buduaar.tv3.ee/peresuhted/toointervjuu-meelespea/"
MT_RECRUIT = "https://recruitment.gov.mt/mt/job/d922c3710282(5(e324-499b-83(107(499b-83d0-3e53a31(65"
ES_HOY = "https://www.hoy.com.py/nacionales/buscadores-del-primer-empleo-envian-hasta-100-cv-para-lograr-una-entrevista-laboral"
ES_PODER = "https://poderagropecuario.com/2024/09/05"
ML_MADHYAMAM = "https://www.madhyamam.com/gulf-news/uae/candidate-flow-the-interview-cancelled-1068705"
ML_SAMAYAM = ("https://malayalam.samayam.com/latest-news/world-news/united-arab-emirates-uae/interview-cancelled-to-uae-"
              "because-of-the-candidate-overflow/articleshow/93879123.cms")
FR_THIES = "https://thiesinfo.com/Cloture-des-entretiens-pour-250-emplois-agricoles-en-Espagne_a6666.amp.html"
PT_NJOBS = "https://njobs.co.mz/?p=23048"
PT_JOBCOMZ = "https://job.co.mz/vagas-para-120-agentes-de-limpeza-e-tractoristas"
PT_FONTE = "https://www.fonteanonima.online/2025/11/instituicao-nacional-abre-concurso-para.html"
PT_FOLLHA = "https://www.follhaverde.com/2021/05/vagas-para-13-auxiliares-servente.html"
NO_UDI = "https://www.udi.no/informasjon-ukraina-russland/krisen-i-ukraina/vare-i-norge/informasjonsmote-om-individuell-beskyttelse/intervjuer/"
AM_NEBE = "https://nebe.org.et/am/node/807"
RW_NEC = ("http://nec.gov.rw/index.php?id=35&tx_news_pi1%5Bnews%5D=151&tx_news_pi1%5Bday%5D=22&tx_news_pi1%5Bmonth%5D=8"
          "&tx_news_pi1%5Byear%5D=2013&cHash=3c750268b59b69af16e82913aa6210de")
MY_MOEMAKA = "https://moemaka.net/wpmmk/archives/23885"
KM_HRDAILY = ("https://www.thehrdaily.com/hr/page=123/%E1%9E%8F%E1%9E%BE%E1%9E%80%E1%9E%B6%E1%9E%9A%E1%9E%9C%E1%9E%B7"
              "%E1%9E%97%E1%9E%B6%E1%9E%82%E1%9E%80%E1%9E%B6%E1%9E%9A%E1%9E%84%E1%9E%B6%E1%9E%9A%E1%9E%82%E1%9E%BA%E1%9E%87"
              "%E1%9E%B6%E1%9E%A2%E1%9F%92/")
CKB_KRD = "http://archive.gov.krd/mop/www.mop.gov.krd/index2f9e.html"
TH_KPPMU = "https://www.kppmu.go.th/content/368"
PT_MECULA = "https://www.fonteanonima.online/2025/12/governo-do-distrito-de-mecula-abre.html"
MR_JAY = "https://jaymaharashtranews.in/job-interview-best-tips/"
NL_SUNIEUWS = ("https://sunieuws.com/sunieuws/grote-belangstelling-voor-functie-van-colporteur-bij-verkiezingen/"
              "?lcp_page0=35")
NL_DEWEST = "https://dagbladdewest.com/2019/11/10/hoe-staat-het-met-de-selectie-van-de-douane/"
NL_GFC = "https://gfcnieuws.com/werving-en-selectieproces-jeugdambassadeursverkiezingen-achter-de-rug/"
ES_AMUN = ("https://amun.bo/166-postulantes-a-la-guardia-municipal-de-la-paz-superan-primera-fase-y-rinden-examen-de-"
           "conocimientos/")
ES_MICRO = "https://www.microcreditounapasion.com/2024/01/reclutamiento.html"
ES_BCB = "https://expydoc.com/doc/211506/convocatoria---banco-central-de-bolivia"
DE_SUEDTIROL = "https://www.suedtirolnews.it/wirtschaft/wettbewerb-landesverwaltung-alle-stellen-besetzt-viele-interessierte"
DE_SUEDTIROL2 = "https://www.suedtirolnews.it/wirtschaft/landesverwaltung-digitaler-wettbewerb-mit-463-interessierten"
DE_PROVINZ = "https://www.provinz.bz.it/de/dienstleistungen-a-z.asp?utm_medium=red-arrow&bnsv_svid=1004420"
IT_SCUOLALINK = "https://scuolalink.it/assunzioni-rai-per-programmisti-multimediali-tutte-le-informazioni/?amp=1"
ES_ULTIMAHORA = "https://www.ultimahora.com/118-candidatos-llenar-21-vacancias-n2920736.html"

_AFRICA: list[Case] = [
    # ============================================================ Hausa (Nigeria, Kano)
    # dailynigerian: the federal revenue service screens applicants it called by text message, in a hotel hall in
    # Kano, questioning them in groups before it hires (a hiring step of a public body, yes; nobody named to thank)
    (event("Tantancewa don daukar aiki – FIRS (Grand Central Hotel, Fatima Hall)", organizer=SELF,
           description="Sun aiko min da sakon tes. A zo da takardun shaidar karatu da katin shaida. Karfe 9 na safe.",
           location="Grand Central Hotel, Kano", **zat("2029-02-27", "09:00", 180, LOS)),
     yes(["FIRS", "Federal Inland Revenue Service", "Hukumar Tattara Kudaden Haraji ta Kasa"], []), "ha",
     HA_DAILYNIGERIAN),
    # idonmikiyanews: the census commission recruits temporary enumerators through an online portal; the owner
    # blocks time to fill in the form (an application, not a hiring step: no)
    (event("Cike fom din neman aikin kidaya na wucin gadi (shafin hukumar kidaya)", organizer=SELF,
           description="A bude shafin kafin karshen wata. Hoto, NIN da takardar makaranta.",
           **zat("2029-03-05", "20:00", 60, LOS)),
     None, "ha", HA_IDONMIKIYA),
    # ============================================================ Igbo (Nigeria, south-east)
    # newscastars: shortlisted applicants show their emailed invitation at the gate, sit a written exam, then face an
    # oral interview with about five people including the chief executive (yes; nobody named)
    (event("Ajụjụ ọnụ ọrụ – Ụlọ ọrụ Ebube Agro (ule ederede tupu ajụjụ ọnụ)", organizer=SELF,
           description="Bute akwụkwọ ịkpọ oku e-mail ha zitere. Ule ederede mbụ, emesia ajụjụ ọnụ ya na ndị isi na CEO.",
           location="Ebube Agro Processing, Awka", **zat("2029-03-07", "09:00", 240, LOS)),
     yes(["Ebube Agro Processing", "Ebube Agro"], []), "ig", IG_NEWSCASTARS),
    # naijaonpoint: the owner plans what to wear to that interview (traditional attire and beads) the evening
    # before (preparation, no)
    (event("Dozie isiagụ na akwụkwọ m maka echi", organizer=SELF,
           **zat("2029-03-06", "19:00", 45, LOS)),
     None, "ig", IG_NAIJAONPOINT),
    # ============================================================ Swahili (Tanzania)
    # thechanzo: the public service recruitment secretariat calls applicants to a screening interview in a
    # university auditorium in Dodoma; originals of certificates and an ID are required (a public recruiting
    # body's interview that fills posts, like round 18's commission: yes; nobody named; a Saturday, as on the page)
    (event("Usaili wa mchujo – Sekretarieti ya Ajira (Afisa Uvuvi II), UDOM Auditorium", organizer=SELF,
           description="Beba vyeti halisi vya kitaaluma, cheti cha kuzaliwa na kitambulisho cha NIDA. Fika saa 1 asubuhi.",
           location="Chuo Kikuu cha Dodoma – CIVE Auditorium", **zat("2029-03-10", "07:00", 240, DAR)),
     yes(["Sekretarieti ya Ajira katika Utumishi wa Umma", "Sekretarieti ya Ajira", "PSRS"], []), "sw", SW_CHANZO),
    # thechanzo: the bus from Kigoma to Dodoma the day before (travel, no)
    (event("Basi Kigoma → Dodoma (usaili kesho)", organizer=SELF, location="Stendi ya mabasi Kigoma",
           **zat("2029-03-09", "05:30", 720, DAR)),
     None, "sw", SW_CHANZO),
    # furaha: the immigration department publishes its interview results in the papers; the owner reminds
    # themself to check the list (a result, no)
    (event("Kuangalia matokeo ya usaili – Idara ya Uhamiaji (magazeti ya leo)", organizer=SELF,
           **zat("2029-03-20", "08:00", 30, DAR)),
     None, "sw", SW_FURAHA),
    # ============================================================ Runyankore-Rukiga (Uganda)
    # radiowest: the ministry registers workers outside the unions at sub-counties before an electoral college
    # picks workers' representatives (civic registration, not a hiring step: no)
    (event("Kwehandiikisa nk'omukozi atari omu kiina – egomborora ya Kakoba", organizer=SELF,
           description="Twara endanga muntu y'eihanga n'ebaruha erikuruga owa mukuru w'ekyanga.",
           location="Kakoba sub-county, Mbarara", **zat("2029-02-22", "10:00", 60, KLA)),
     None, "nyn", NYN_RADIOWEST),
    # ============================================================ Somali (Somalia)
    # radiokulmiye: the planning ministry announces it will hire some 2,000 graduates; the owner goes to the
    # ministry's information session for the scheme (an information session, no)
    (event("Kulan wargelin – barnaamijka shaqaalaysiinta dhallinyarada (Wasaaradda Qorsheynta)", organizer=SELF,
           location="Wasaaradda Qorsheynta, Muqdisho", **zat("2029-03-13", "10:00", 90, MGQ)),
     None, "so", SO_KULMIYE),
    # radiokulmiye: the same scheme's interview for a graduate placed in a district office (yes; the ministry's
    # HR officer invites and is thanked)
    (event("Wareysi shaqo – Sarkaal Qorsheyn (barnaamijka 2,000 dhallinyaro)",
           organizer=org("shaqaalaha@wasaaradda-qorsheynta.so", "Xafiiska Shaqaalaha – Wasaaradda Qorsheynta"),
           guests=[guest("hodan.warsame@wasaaradda-qorsheynta.so", "Hodan Warsame")],
           description="Fadlan keen shahaadooyinkaaga asalka ah iyo kaarka aqoonsiga.",
           location="Wasaaradda Qorsheynta, Muqdisho", **zat("2029-03-20", "09:30", 30, MGQ)),
     yes(["Wasaaradda Qorsheynta", "Wasaaradda Qorsheynta iyo Maalgashiga"],
         ["shaqaalaha@wasaaradda-qorsheynta.so", "hodan.warsame@wasaaradda-qorsheynta.so"]), "so", SO_KULMIYE),
    # ============================================================ Tigrinya (Ethiopia, Tigray)
    # woyengazeta: a newspaper's interview with a party chairman; the owner is the journalist (media, no)
    (event("ቃለ-መሕትት ምስ ኣቦ መንበር – ንጋዜጣ ወይን", organizer=SELF, location="መቐለ",
           **zat("2029-02-21", "15:00", 60, ADD)),
     None, "ti", TI_WOYEN),
    # ============================================================ Xhosa (South Africa, Eastern Cape)
    # thousandcurrents: a researcher's interview with a farmer at her home, with an interpreter (research, no)
    (event("Udliwanondlebe noNosdima – ifama eKeiskammahoek (kunye netoliki)", organizer=SELF,
           location="Keiskammahoek", **zat("2029-03-14", "10:00", 90, JNB)),
     None, "xh", XH_THOUSAND),
]

_SOUTH_ASIA: list[Case] = [
    # ============================================================ Marathi (Maharashtra)
    # mahaupdate: advice for a face-to-face interview; the owner's own entry for a Pune firm's interview (yes)
    (event("मुलाखत – अकाउंट्स असिस्टंट, सह्याद्री फूड्स (बाणेर ऑफिस)", organizer=SELF,
           description="रिझ्युमेच्या २ प्रती, फोटो, मूळ प्रमाणपत्रे. HR – श्रीमती कुलकर्णी.",
           location="सह्याद्री फूड्स, बाणेर, पुणे", **zat("2029-02-07", "11:00", 60, KOL)),
     yes(["सह्याद्री फूड्स", "Sahyadri Foods"], ["कुलकर्णी"]), "mr", MR_MAHAUPDATE),
    # krushirang: firms hold a written exam and then the interview; the written exam of a Nashik bank (the
    # employer's own test: yes, nobody to thank)
    (event("लेखी परीक्षा – गोदावरी सहकारी बँक, लिपिक पद (मुलाखतीपूर्वी)", organizer=SELF,
           description="प्रवेशपत्र आणि ओळखपत्र. परीक्षा केंद्र: के.टी.एच.एम. कॉलेज.",
           location="नाशिक", **zat("2029-02-22", "10:00", 120, KOL)),
     yes(["गोदावरी सहकारी बँक", "Godavari Sahakari Bank"], []), "mr", MR_KRUSHIRANG),
    # pudhari: what to carry to an interview in another city; the owner's packing reminder (no)
    (event("मुलाखतीसाठी बॅग भरणे – पत्ता, ओळखपत्र, पेन, डायरी", organizer=SELF,
           **zat("2029-03-05", "21:00", 20, KOL)),
     None, "mr", MR_PUDHARI),
    # lokmat: firms restarting hiring after the pandemic hold video interviews; an HR invitation with a Meet link
    # (yes; HR executive and hiring manager thanked)
    (event("व्हिडिओ मुलाखत – ज्युनियर डिझायनर, कोकण टेक्सटाईल्स",
           organizer=org("hr@kokantextiles.in", "कोकण टेक्सटाईल्स HR"),
           guests=[guest("snehal.patil@kokantextiles.in", "स्नेहल पाटील"),
                   guest("amit.joshi@kokantextiles.in", "अमित जोशी", "tentative")],
           description="नमस्कार, तुमची मुलाखत खालील लिंकवर होईल. कृपया ५ मिनिटे आधी जॉईन करा." + MEET24,
           **zat("2029-03-08", "15:30", 45, KOL)),
     yes(["कोकण टेक्सटाईल्स", "Kokan Textiles"],
         ["hr@kokantextiles.in", "snehal.patil@kokantextiles.in", "amit.joshi@kokantextiles.in"]), "mr", MR_LOKMAT),
    # ============================================================ Odia (Odisha, and the Ayodhya temple)
    # thefocusplus: the temple trust interviews 225 applicants on a merit list for its priest training scheme; the
    # selected are trained for months and then appointed as needed (the trust selects whom it will appoint:
    # yes, a hiring step; nobody named; a Saturday, as the page's interviews began on one)
    (event("ସାକ୍ଷାତକାର – ପୁରୋହିତ ତାଲିମ ଯୋଜନା (ମେରିଟ୍ ତାଲିକା), ଅଯୋଧ୍ୟା", organizer=SELF,
           description="ମୂଳ ପ୍ରମାଣପତ୍ର ଓ ଫଟୋ ନେଇଯିବା।", location="କାରସେବକପୁରମ୍, ଅଯୋଧ୍ୟା",
           **zat("2029-02-17", "10:00", 60, KOL)),
     yes(["Shri Ram Janmabhoomi Teerth Kshetra", "ଶ୍ରୀ ରାମ ଜନ୍ମଭୂମି ତୀର୍ଥ କ୍ଷେତ୍ର"], []), "or", OR_FOCUS),
    # kanaknews: arrive early, phone off; a Bhubaneswar firm's interview the owner noted with the manager's name (yes)
    (event("ଜବ୍ ଇଣ୍ଟରଭ୍ୟୁ – ସେଲ୍ସ ଏକ୍ଜିକ୍ୟୁଟିଭ୍, ମହାନଦୀ ମୋଟର୍ସ (ମ୍ୟାନେଜର ଶ୍ରୀ ମହାପାତ୍ର)", organizer=SELF,
           description="୧୫ ମିନିଟ୍ ଆଗରୁ ପହଞ୍ଚିବା। ମୋବାଇଲ୍ ବନ୍ଦ।", location="ମହାନଦୀ ମୋଟର୍ସ, ଭୁବନେଶ୍ୱର",
           **zat("2029-03-13", "11:30", 45, KOL)),
     yes(["ମହାନଦୀ ମୋଟର୍ସ", "Mahanadi Motors"], ["ମହାପାତ୍ର"]), "or", OR_KANAK),
    # odianews24: odd questions asked at interviews; a coaching centre's mock interview (practice, no)
    (event("ମକ୍ ଇଣ୍ଟରଭ୍ୟୁ – କୋଚିଂ ସେଣ୍ଟର (IQ ପ୍ରଶ୍ନ ଅଭ୍ୟାସ)", organizer=SELF, location="କଟକ",
           **zat("2029-02-20", "16:00", 60, KOL)),
     None, "or", OR_ODIANEWS),
    # ============================================================ Kannada (Karnataka)
    # kannadadunia: mistakes to avoid at an interview; an HR round for a Mysuru firm sent by its HR (yes)
    (event("ಸಂದರ್ಶನ – HR ಸುತ್ತು, ಕಾವೇರಿ ಸಿಲ್ಕ್ಸ್ (ಮೈಸೂರು)",
           organizer=org("careers@cauverysilks.in", "ಕಾವೇರಿ ಸಿಲ್ಕ್ಸ್ ನೇಮಕಾತಿ"),
           guests=[guest("careers@cauverysilks.in", "ಕಾವೇರಿ ಸಿಲ್ಕ್ಸ್ ನೇಮಕಾತಿ"),
                   guest("lakshmi.rao@cauverysilks.in", "ಲಕ್ಷ್ಮಿ ರಾವ್")],
           description="ದಯವಿಟ್ಟು ಮೂಲ ದಾಖಲೆಗಳೊಂದಿಗೆ ಬನ್ನಿ.", location="ಕಾವೇರಿ ಸಿಲ್ಕ್ಸ್, ಸಯ್ಯಾಜಿ ರಾವ್ ರಸ್ತೆ, ಮೈಸೂರು",
           **zat("2029-03-06", "10:30", 45, KOL)),
     yes(["ಕಾವೇರಿ ಸಿಲ್ಕ್ಸ್", "Cauvery Silks"], ["careers@cauverysilks.in", "lakshmi.rao@cauverysilks.in"]), "kn",
     KN_DUNIA),
    # ============================================================ Telugu (Andhra Pradesh)
    # andhrajyothy: "interviews" held at an office for a mini-truck scheme that gives vehicles to unemployed youth
    # (a welfare scheme's selection, not a job: no)
    (event("మినీ ట్రక్కుల పథకం ఇంటర్వ్యూ – తుమ్మపాల కార్యాలయం", organizer=SELF,
           description="రేషన్ కార్డు, ఆధార్, డ్రైవింగ్ లైసెన్స్ తీసుకెళ్లాలి.", location="తుమ్మపాల, అనకాపల్లి",
           **zat("2029-02-28", "10:00", 120, KOL)),
     None, "te", TE_ANDHRA),
    # ============================================================ Assamese (Assam)
    # assamnewsagency: the state re-advertises thousands of government posts; the owner notes the application
    # deadline (a deadline, no)
    (event("চৰকাৰী চাকৰিৰ আবেদনৰ শেষ তাৰিখ – তৃতীয় বৰ্গ", organizer=SELF,
           **zat("2029-03-09", "17:00", 30, KOL)),
     None, "as", AS_ANA),
    # ============================================================ Hindi (Chhattisgarh)
    # naidunia: the state commission interviews candidates in two shifts after its mains exam (a public service
    # commission's interview that fills posts, round 18: yes; nobody named)
    (event("CGPSC साक्षात्कार – राज्य सेवा परीक्षा (दूसरी पाली)", organizer=SELF,
           description="मूल दस्तावेज़, साक्षात्कार पत्र। रिपोर्टिंग 1:30 बजे।", location="लोक सेवा आयोग कार्यालय, नवा रायपुर",
           **zat("2029-03-15", "14:00", 60, KOL)),
     yes(["छत्तीसगढ़ लोक सेवा आयोग", "CGPSC", "Chhattisgarh Public Service Commission"], []), "hi", HI_NAIDUNIA),
]

_EUROPE_AMERICAS: list[Case] = [
    # ============================================================ Welsh (Wales)
    # powys: the council's recruitment team invites shortlisted applicants; an interview invitation in Welsh (yes;
    # the team mailbox and the recruiting manager)
    (event("Cyfweliad – Swyddog Cefnogi Teuluoedd (Cyngor Sir Powys)",
           organizer=org("recriwtio@powyscc.gov.uk", "Tîm Recriwtio"),
           guests=[guest("recriwtio@powyscc.gov.uk", "Tîm Recriwtio"),
                   guest("gwenllian.pugh@powyscc.gov.uk", "Gwenllian Pugh"),
                   room("c_22powys@resource.calendar.google.com", "Neuadd y Sir – Ystafell 3 (8)")],
           description="Bydd y cyfweliad yn cynnwys cwestiynau yn seiliedig ar y swydd ddisgrifiad a'r fanyleb person. "
                       "Dewch â'ch pasbort a'ch tystysgrifau gwreiddiol.",
           location="Neuadd y Sir, Llandrindod", **zat("2029-02-13", "10:00", 60, LON)),
     yes(["Cyngor Sir Powys", "Powys County Council", "Powys"],
         ["recriwtio@powyscc.gov.uk", "gwenllian.pugh@powyscc.gov.uk"]), "cy", CY_POWYS),
    # powys: the council's recruitment team offers to sit with applicants and write their answers on the form;
    # the team's appointment (help with an application, no)
    (event("Apwyntiad – help i lenwi'r ffurflen gais (Tîm Recriwtio)",
           organizer=org("recriwtio@powyscc.gov.uk", "Tîm Recriwtio"),
           description="Byddwn yn eistedd gyda chi ac yn ysgrifennu eich atebion ar y ffurflen. Yn gyfrinachol.",
           location="Neuadd y Sir, Llandrindod", **zat("2029-02-06", "14:00", 60, LON)),
     None, "cy", CY_POWYS),
    # ceredigion: an application can be saved and finished before the closing date; the owner's reminder (no)
    (event("Gorffen y cais ar-lein – Cyngor Ceredigion (dyddiad cau)", organizer=SELF,
           **zat("2029-02-08", "19:00", 90, LON)),
     None, "cy", CY_CEREDIGION),
    # saysomethingin: a learner phones Personnel in Welsh to confirm attendance at an education-sector interview
    # (a phone call to confirm, not the interview: no)
    (event("Ffonio Personél i gadarnhau'r cyfweliad (yn Gymraeg!)", organizer=SELF,
           **zat("2029-03-01", "09:15", 15, LON)),
     None, "cy", CY_SSIW),
    # saysomethingin: the interview itself, for a post needing fluent spoken Welsh (yes; nobody named)
    (event("Cyfweliad am swydd – Darlithydd, Coleg Glannau Dyfi", organizer=SELF,
           description="Cyfweliad yn Gymraeg. Cyflwyniad 10 munud.", location="Coleg Glannau Dyfi, Machynlleth",
           **zat("2029-03-07", "13:30", 75, LON)),
     yes(["Coleg Glannau Dyfi"], []), "cy", CY_SSIW),
    # ============================================================ Estonian (Estonia)
    # buduaar: a job interview is a negotiation between partners; an HR manager's invitation (yes)
    (event("Tööintervjuu – laojuhataja, Põhjala Logistika OÜ",
           organizer=org("personal@pohjalalogistika.ee", "Põhjala Logistika personal"),
           guests=[guest("kadri.tamm@pohjalalogistika.ee", "Kadri Tamm")],
           description="Tere! Ootame Teid vestlusele. Vestlust viivad läbi personalijuht Kadri Tamm ja tegevjuht Urmas Kask.",
           location="Betooni 12, Tallinn", **zat("2029-03-12", "14:00", 60, TLL)),
     yes(["Põhjala Logistika OÜ", "Põhjala Logistika"],
         ["personal@pohjalalogistika.ee", "kadri.tamm@pohjalalogistika.ee", "Urmas Kask"]), "et", ET_BUDUAAR),
    # ============================================================ Maltese (Malta)
    # recruitment.gov.mt: the education ministry seconds teachers of Maltese to the European Schools; a selection
    # board's interview (a public service selection board's interview: yes; the board's secretary invites)
    (event("Intervista – Bord tal-Għażla, Għalliem tal-Malti (Skejjel Ewropej)",
           organizer=org("selection.meyr@gov.mt", "Segretarju tal-Bord tal-Għażla"),
           description="Jekk jogħġbok ġib il-karta tal-identità u l-oriġinali taċ-ċertifikati.",
           location="Great Siege Road, Il-Furjana", **zat("2029-02-21", "09:30", 40, MLA)),
     yes(["Ministeru għall-Edukazzjoni", "MEYR", "Ministry for Education"], ["selection.meyr@gov.mt"]), "mt", MT_RECRUIT),
    # ============================================================ Spanish (Paraguay)
    # hoy.com.py: first-job seekers send up to a hundred CVs to land one interview; an owner's entry for a first
    # interview at a supermarket chain (yes)
    (event("Entrevista laboral – cajera, Supermercados La Costanera (primer empleo)", organizer=SELF,
           description="Llevar cédula y CV impreso. Preguntar por la Lic. Benítez.",
           location="Av. Mariscal López, Asunción", **zat("2029-02-14", "08:30", 30, ASU)),
     yes(["Supermercados La Costanera", "La Costanera"], ["Benítez"]), "es", ES_HOY),
    # poderagropecuario: the labour ministry hosts a firm's first interviews of bilingual people it will train and
    # certify as remote interpreters (the firm's selection for its vacancies: yes; the firm's recruiter thanked)
    (event("Primera entrevista – intérpretes bilingües (Dirección General de Empleo, MTESS)",
           organizer=org("seleccion@puentelingua.com.py", "Puente Lingua – Selección"),
           guests=[guest("ana.zabala@puentelingua.com.py", "Ana Zabala")],
           description="Evaluación oral en inglés y español. Traer cédula.",
           location="MTESS, Asunción", **zat("2029-03-06", "09:00", 45, ASU)),
     yes(["Puente Lingua"], ["seleccion@puentelingua.com.py", "ana.zabala@puentelingua.com.py"]), "es", ES_PODER),
    # ultimahora: a party's job fair where four firms interview graduates on the spot (a fair, no)
    (event("Feria de empleo – agronomía y veterinaria (llevar 10 CV)", organizer=SELF,
           location="Asunción", **zat("2029-03-16", "08:00", 240, ASU)),
     None, "es", ES_ULTIMAHORA),
    # job.co.mz: seasonal agents chosen by documents and then an interview (the interview: yes; nobody named)
    (event("Entrevista – Agente Sazonal (Tractorista), Distrito Municipal KaMubukwana", organizer=SELF,
           description="Levar carta de condução profissional e o BI original.",
           location="Administração do Distrito Municipal KaMubukwana", **zat("2029-03-06", "09:00", 30, MPM)),
     yes(["Conselho Municipal de Maputo", "Distrito Municipal KaMubukwana"], []), "pt", PT_JOBCOMZ),
    # fonteanonima: a district government fills two posts by documents and a professional interview; the list of
    # admitted candidates is posted at the district secretariat (checking the list, no)
    (event("Ver lista de admitidos – concurso do Governo do Distrito de Mecula (vitrina)", organizer=SELF,
           location="Secretaria Distrital de Mecula", **zat("2029-02-15", "08:00", 30, MPM)),
     None, "pt", PT_MECULA),
    # madhyamam: after the crowd, the firm asks everyone to email a CV instead (sending a CV, no)
    (event("അൽ വാഹ ഫ്രഷിലേക്ക് സി.വി ഇ-മെയിൽ അയക്കുക", organizer=SELF,
           **zat("2029-02-27", "21:00", 20, DXB)),
     None, "ml", ML_MADHYAMAM),
    # thechanzo: one applicant was turned away for lacking the national ID; the owner gets it first (an errand, no)
    (event("NIDA – kuchukua kitambulisho (kabla ya usaili)", organizer=SELF, location="Ofisi ya NIDA, Kigoma",
           **zat("2029-03-05", "08:00", 120, DAR)),
     None, "sw", SW_CHANZO),
    # jaymaharashtra: prepare and practise to clear the interview; a practice session with a friend (no)
    (event("मुलाखतीचा सराव – मित्रासोबत (प्रश्नोत्तरे)", organizer=SELF,
           **zat("2029-03-07", "18:30", 60, KOL)),
     None, "mr", MR_JAY),
]

_MORE: list[Case] = [
    # ============================================================ Malayalam (Keralites in the UAE)
    # madhyamam: a food and dairy firm's two-day walk-in interview at a Dubai hotel, for which hundreds queued with
    # their CVs (a walk-in interview: yes; nobody named)
    (event("വാക്ക് ഇൻ ഇന്റർവ്യൂ – അൽ വാഹ ഫ്രഷ് (സെയിൽസ്മാൻ / ഡ്രൈവർ), ഹോട്ടൽ", organizer=SELF,
           description="സി.വി 3 കോപ്പി, പാസ്പോർട്ട് കോപ്പി, വിസ പേജ്. രാവിലെ 9 മുതൽ.",
           location="Al Qusais, Dubai", **zat("2029-02-26", "09:00", 240, DXB)),
     yes(["അൽ വാഹ ഫ്രഷ്", "Al Waha Fresh"], []), "ml", ML_MADHYAMAM),
    # samayam: after the crowd the firm asks for CVs by email and invites those it selects; the HR invitation
    # (yes; the HR officer)
    (event("ഇന്റർവ്യൂ – സെയിൽസ്മാൻ, അൽ വാഹ ഫ്രഷ് (ഇ-മെയിൽ വഴി തിരഞ്ഞെടുത്തവർ)",
           organizer=org("hr@alwahafresh.ae", "Al Waha Fresh HR"),
           guests=[guest("shibu.varghese@alwahafresh.ae", "ഷിബു വർഗീസ്")],
           description="താങ്കളെ ഇന്റർവ്യൂവിന് തിരഞ്ഞെടുത്തിരിക്കുന്നു. ഒറിജിനൽ പാസ്പോർട്ടും ഡ്രൈവിംഗ് ലൈസൻസും കൊണ്ടുവരിക.",
           location="Al Waha Fresh, Al Quoz Industrial 3, Dubai", **zat("2029-03-12", "10:00", 30, DXB)),
     yes(["അൽ വാഹ ഫ്രഷ്", "Al Waha Fresh"], ["hr@alwahafresh.ae", "shibu.varghese@alwahafresh.ae"]), "ml",
     ML_SAMAYAM),
    # ============================================================ Estonian
    # buduaar: employers complain that candidates who agreed a time neither come nor call; the owner's reminder to
    # call and cancel an interview (a task, no)
    (event("Helista Kalevi Ehitusele – ütle intervjuu ära", organizer=SELF,
           **zat("2029-02-19", "09:00", 10, TLL)),
     None, "et", ET_BUDUAAR),
    # ============================================================ Welsh
    # ceredigion: the panel decides from the application alone whom to invite; the HR mailbox's invitation (yes;
    # the HR mailbox and the library manager)
    (event("Gwahoddiad i gyfweliad – Cynorthwyydd Llyfrgell (Cyngor Sir Ceredigion)",
           organizer=org("adnoddaudynol@ceredigioncc.gov.uk", "Adnoddau Dynol Ceredigion"),
           guests=[guest("adnoddaudynol@ceredigioncc.gov.uk", "Adnoddau Dynol Ceredigion"),
                   guest("elin.rowlands@ceredigioncc.gov.uk", "Elin Rowlands")],
           description="Mae'r panel wedi eich gwahodd i gyfweliad. Cyfweliad yn Gymraeg neu Saesneg, fel y dymunwch.",
           location="Llyfrgell Aberystwyth, Canolfan Alun R. Edwards", **zat("2029-03-20", "14:00", 45, LON)),
     yes(["Cyngor Sir Ceredigion", "Ceredigion County Council", "Ceredigion"],
         ["adnoddaudynol@ceredigioncc.gov.uk", "elin.rowlands@ceredigioncc.gov.uk"]), "cy", CY_CEREDIGION),
    # ============================================================ Hausa
    # dailynigerian: the revenue service's text message calling a shortlisted applicant, copied by the owner into
    # a second-stage entry with the officer who signed it (yes)
    (event("Mataki na biyu – tambayoyi a FIRS Kano (Malam Sani Bello ya kira)", organizer=SELF,
           description="A zo da asalin takardu. Ofishin FIRS, titin Zaria.", location="FIRS, Zaria Road, Kano",
           **zat("2029-03-14", "10:00", 60, LOS)),
     yes(["FIRS", "Federal Inland Revenue Service", "Hukumar Tattara Kudaden Haraji ta Kasa"], ["Sani Bello"]), "ha",
     HA_DAILYNIGERIAN),
]

_FRENCH_PORTUGUESE_NORWEGIAN: list[Case] = [
    # ============================================================ French (Senegal)
    # thiesinfo: under a circular migration agreement, Spanish officials interview 250 candidates a day by video
    # for seasonal farm work, asking about motivation and looking at their hands (the employer side's selection
    # for jobs: yes; nobody named)
    (event("Entretien – 250 emplois agricoles en Espagne (visioconférence, CICES)", organizer=SELF,
           description="Passeport en main. Pavillon dédié, arriver tôt, longue file.",
           location="CICES, Dakar", **zat("2029-03-07", "08:00", 120, DKR)),
     yes(["autorités espagnoles", "Gouvernement espagnol", "Espagne"], []), "fr", FR_THIES),
    # ============================================================ Portuguese (Mozambique)
    # njobs: a municipal infrastructure company's selection: documents, a written or practical test, then a
    # professional interview; only pre-selected candidates are contacted (the practical test for an excavator
    # operator: yes; the HR department invites)
    (event("Prova prática – Operador de Escavadora (Concurso Público nº 01)",
           organizer=org("recrutamento@emim-maputo.co.mz", "Departamento de Recursos Humanos"),
           description="Trazer Bilhete de Identidade e carta de condução válida para a categoria.",
           location="Estaleiro da EMIM, Av. de Moçambique, Maputo", **zat("2029-03-13", "08:00", 120, MPM)),
     yes(["Empresa Municipal de Infra-estruturas de Maputo", "EMIM"], ["recrutamento@emim-maputo.co.mz"]), "pt",
     PT_NJOBS),
    # njobs: the professional interview after the test (yes; the panel's secretary invites)
    (event("Entrevista profissional – Técnico de Recursos Humanos (EMIM)",
           organizer=org("recrutamento@emim-maputo.co.mz", "Departamento de Recursos Humanos"),
           guests=[guest("celia.mabunda@emim-maputo.co.mz", "Célia Mabunda")],
           location="Sede da EMIM, Maputo", **zat("2029-03-21", "10:00", 30, MPM)),
     yes(["Empresa Municipal de Infra-estruturas de Maputo", "EMIM"],
         ["recrutamento@emim-maputo.co.mz", "celia.mabunda@emim-maputo.co.mz"]), "pt", PT_NJOBS),
    # job.co.mz: the municipal district's seasonal agents are chosen by documents and an interview; the owner
    # hands in the papers first (a submission, no)
    (event("Entregar requerimento + documentos – agentes sazonais (KaMubukwana)", organizer=SELF,
           description="BI autenticado, NUIT, certificado 7ª classe, CV assinado, declaração de honra.",
           location="Administração do Distrito Municipal KaMubukwana", **zat("2029-02-12", "08:00", 60, MPM)),
     None, "pt", PT_JOBCOMZ),
    # fonteanonima: weighbridge operators are interviewed in the provincial capitals (yes; nobody named)
    (event("Entrevista – Operador de Balança (Inchope), capital provincial Beira", organizer=SELF,
           location="Beira, Sofala", **zat("2029-02-22", "09:00", 45, MPM)),
     yes(["Agência Nacional de Controlo de Carga", "ANCC"], []), "pt", PT_FONTE),
    # follhaverde: a district's entry competition weighs the CV at 90 % and a written test at 10 % (the written
    # test: yes, nobody to thank)
    (event("Prova escrita – Auxiliar (Servente), SDEJT Mandlakazi", organizer=SELF,
           location="Serviço Distrital de Educação, Mandlakazi", **zat("2029-03-16", "08:00", 90, MPM)),
     yes(["Serviço Distrital de Educação, Juventude e Tecnologia de Mandlakazi", "SDEJT Mandlakazi"], []), "pt",
     PT_FOLLHA),
    # ============================================================ Norwegian (Norway)
    # udi.no: the immigration directorate calls some applicants for protection to an asylum interview in Oslo
    # (immigration, no)
    (event("Asylintervju hos UDI (tolk ukrainsk) – ta med pass", organizer=SELF,
           location="UDI, Hausmanns gate 21, Oslo", **zat("2029-02-27", "09:00", 240, OSL)),
     None, "no", NO_UDI),
]

_LOOKALIKES_MORE: list[Case] = [
    # ============================================================ Amharic (Ethiopia)
    # nebe: the election board asks people willing to serve as polling officials to apply through a link before a
    # deadline (an application deadline, no)
    (event("የምርጫ አስፈጻሚነት ማመልከቻ – የመጨረሻ ቀን (ምርጫ ቦርድ ሊንክ)", organizer=SELF,
           **zat("2029-02-23", "17:00", 30, ADD)),
     None, "am", AM_NEBE),
    # ============================================================ Kinyarwanda (Rwanda)
    # nec.gov.rw: the electoral commission meets parliamentary candidates on campaign rules (a candidates'
    # briefing, not a hiring step: no)
    (event("Inama ya Komisiyo y'Igihugu y'Amatora n'abakandida depite",
           organizer=org("amatora@nec-rwanda.rw", "Komisiyo y'Igihugu y'Amatora"),
           description="Amabwiriza agenga kwiyamamaza. Buri mukandida ahabwa iminota itanu.",
           location="Kigali", **zat("2029-03-08", "10:00", 120, KGL)),
     None, "rw", RW_NEC),
    # ============================================================ Burmese (Myanmar)
    # moemaka: garment workers and owners negotiate at the labour office (a dispute meeting, no)
    (event("အလုပ်သမားရုံး – အထည်ချုပ်စက်ရုံ လုပ်ခ ညှိနှိုင်းပွဲ", organizer=SELF,
           location="လှိုင်သာယာ အလုပ်သမားရုံး", **zat("2029-02-28", "13:00", 120, RGN)),
     None, "my", MY_MOEMAKA),
    # ============================================================ Khmer (Cambodia)
    # thehrdaily: job analysis yields a job description and a job specification; the owner, in HR, drafts one
    # (work, no)
    (event("សរសេរ Job Description – បុគ្គលិកគណនេយ្យ (ការវិភាគការងារ)", organizer=SELF,
           **zat("2029-03-06", "09:00", 90, PNH)),
     None, "km", KM_HRDAILY),
    # ============================================================ Central Kurdish (Kurdistan Region, Iraq)
    # mop.gov.krd: the planning ministry publishes the civil servants nominated for its capacity-building programme
    # and opens a window for complaints (a training programme's list and a complaint, no)
    (event("ناردنی سکاڵا – ناوی کاندیدکراوانی پڕۆژەی تواناسازی", organizer=SELF,
           **zat("2029-03-12", "10:00", 30, EBL)),
     None, "ckb", CKB_KRD),
    # ============================================================ Thai (Thailand)
    # kppmu: a municipality's rules for evaluating its contract staff's performance; the owner's own evaluation
    # meeting (a performance review, no)
    (event("ประเมินผลการปฏิบัติงานพนักงานจ้าง รอบที่ 1",
           organizer=org("personnel@kamphaengcity.go.th", "งานการเจ้าหน้าที่"),
           location="ห้องประชุมเทศบาล", **zat("2029-03-19", "13:30", 60, BKK)),
     None, "th", TH_KPPMU),
]

_SURINAME_BOLIVIA_SOUTH_TYROL: list[Case] = [
    # ============================================================ Dutch (Suriname)
    # sunieuws: applicants for election canvasser jobs sign up at the district commissariat, take a number and fill
    # in forms with help (an application, no)
    (event("Aanmelden als colporteur verkiezingen – districtscommissariaat (ID + diploma mee)", organizer=SELF,
           location="Districtscommissariaat Paramaribo-Noordoost", **zat("2029-02-20", "08:00", 90, PBM)),
     None, "nl", NL_SUNIEUWS),
    # dewest: hundreds of applicants sit the customs service's entrance exam on the university campus (the
    # employer's own test: yes, nobody to thank)
    (event("Douane-examen (sollicitatie douaneambtenaar) – AdeKUS-complex", organizer=SELF,
           description="Oproepingsbrief + ID meenemen. Zaal 3.", location="Anton de Kom Universiteit, Leysweg",
           **zat("2029-03-05", "08:00", 180, PBM)),
     yes(["Douane Suriname", "Douane"], []), "nl", NL_DEWEST),
    # gfcnieuws: a ministries' working group screens and interviews young people for youth ambassador posts that the
    # youth parliament then elects (a representative role chosen by election, not a job: no)
    (event("Sollicitatiegesprek – CARICOM jeugdambassadeur (werkgroep BuZa/Sport- en Jeugdzaken)", organizer=SELF,
           location="Ministerie van Sport- en Jeugdzaken, Paramaribo", **zat("2029-02-26", "10:00", 30, PBM)),
     None, "nl", NL_GFC),
    # ============================================================ Spanish (Bolivia)
    # amun: municipal guard applicants pass psychometric and medical tests, then a knowledge exam in a municipal
    # cinema (the employer's own test: yes)
    (event("Examen de conocimientos – Guardia Municipal (Cine Teatro 6 de Agosto)", organizer=SELF,
           description="Reglamento de infracciones y Ley de Transporte. 14:00.",
           location="Cine Teatro Municipal 6 de Agosto, La Paz", **zat("2029-02-21", "14:00", 120, LPB)),
     yes(["Gobierno Autónomo Municipal de La Paz", "Guardia Municipal de La Paz"], []), "es", ES_AMUN),
    # amun: the physical aptitude exam the next day, run by the municipality's instructors (a physical test of the
    # employer's: yes)
    (event("Examen de aptitud física – Guardia Municipal", organizer=SELF, location="Estadio Bolívar, La Paz",
           **zat("2029-02-22", "08:00", 180, LPB)),
     yes(["Gobierno Autónomo Municipal de La Paz", "Guardia Municipal de La Paz"], []), "es", ES_AMUN),
    # amun: the medical exam among the first filters (a medical check, no)
    (event("Examen médico – postulantes Guardia Municipal", organizer=SELF, location="Centro de salud municipal",
           **zat("2029-02-15", "07:30", 60, LPB)),
     None, "es", ES_AMUN),
    # microcredito: a psychotechnical test, then an interview with the regional manager and the national HR
    # manager (the interview: yes; both named)
    (event("Entrevista – Asesor de Crédito, Fondo Illimani (Gerente Regional Sr. Mamani + RR.HH. Sra. Rojas)",
           organizer=SELF, location="Fondo Illimani, Av. 6 de Marzo, El Alto", **zat("2029-03-08", "15:00", 60, LPB)),
     yes(["Fondo Illimani"], ["Mamani", "Rojas"]), "es", ES_MICRO),
    # expydoc: a central bank's external call lists the documents and a closing date (a deadline, no)
    (event("Presentar postulación – convocatoria externa BCB (operador comercio exterior)", organizer=SELF,
           **zat("2029-03-12", "16:00", 30, LPB)),
     None, "es", ES_BCB),
    # ============================================================ German (South Tyrol, Italy)
    # suedtirolnews: the provincial administration fills 58 posts by an oral exam only (a public body's
    # competition: yes; nobody named)
    (event("Mündliche Prüfung – Wettbewerb VIII. Funktionsebene (Landesverwaltung)", organizer=SELF,
           description="Ausweis mitnehmen. Prüfung in der Sprache der Sprachgruppe.",
           location="Landhaus 1, Bozen", **zat("2029-02-13", "09:30", 45, ROM)),
     yes(["Südtiroler Landesverwaltung", "Autonome Provinz Bozen", "Land Südtirol"], []), "de", DE_SUEDTIROL),
    # suedtirolnews: winners meet the heads of department in a "speed dating" before the posts are assigned (the
    # hiring side meeting the candidates to place them: yes; the HR office invites)
    (event("Speed Dating Stellenzuweisung – Führungskräfte (Wettbewerbsgewinner)",
           organizer=org("personalaufnahme@landesverwaltung-bz.it", "Amt für Personalaufnahme"),
           description="Sie lernen die Führungskräfte kennen und teilen Ihre Präferenzen mit. Zuweisung am selben Tag.",
           location="Palais Widmann, Bozen", **zat("2029-03-09", "09:00", 240, ROM)),
     yes(["Südtiroler Landesverwaltung", "Autonome Provinz Bozen", "Land Südtirol"],
         ["personalaufnahme@landesverwaltung-bz.it"]), "de", DE_SUEDTIROL),
    # suedtirolnews: a written multiple-choice test on tablets unlocked by a personal QR code (yes)
    (event("Schriftliche Prüfung (Multiple Choice, Tablet) – VI. Funktionsebene", organizer=SELF,
           description="QR-Code beim Check-in. Ergebnis noch am selben Tag online.", location="Messe Bozen",
           **zat("2029-02-07", "08:30", 120, ROM)),
     yes(["Südtiroler Landesverwaltung", "Autonome Provinz Bozen", "Land Südtirol"], []), "de", DE_SUEDTIROL2),
    # provinz.bz.it: people on a ranking list can be taken on temporarily after a selection talk (yes; the office's
    # officer named)
    (event("Auswahlgespräch befristete Aufnahme – Amt für Landschaftsplanung (Fr. Pichler)", organizer=SELF,
           location="Landhaus 11, Bozen", **zat("2029-03-19", "10:00", 30, ROM)),
     yes(["Südtiroler Landesverwaltung", "Amt für Landschaftsplanung"], ["Pichler"]), "de", DE_PROVINZ),
    # ============================================================ Italian (South Tyrol)
    # scuolalink: a regional broadcaster's selection ends in Bolzano with a professional test and a technical and
    # motivational interview in German (yes; the HR office invites)
    (event("Prova professionale + colloquio tecnico-motivazionale – programmista multimediale",
           organizer=org("selezione@emittentedolomiti.it", "Emittente Dolomiti – Selezione"),
           description="Sede di Bolzano. Colloquio interamente in lingua tedesca. Portare documento d'identità.",
           location="Piazza Mazzini, Bolzano", **zat("2029-03-14", "14:00", 120, ROM)),
     yes(["Emittente Dolomiti"], ["selezione@emittentedolomiti.it"]), "it", IT_SCUOLALINK),
]

INTL24: list[Case] = [*_AFRICA, *_SOUTH_ASIA, *_EUROPE_AMERICAS, *_MORE,
                      *_FRENCH_PORTUGUESE_NORWEGIAN, *_LOOKALIKES_MORE,
                      *_SURINAME_BOLIVIA_SOUTH_TYROL]
