"""Blind batch 22 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b22.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: ``zat``,
which places a slot in a named IANA zone and takes the UTC offset from ``zoneinfo`` (so the
offsets of 20 September to 31 October 2028 are right on either side of each change: New Zealand
on +13:00 from 24 September, New South Wales and Victoria on +11:00 from 1 October, Europe and
Israel back to winter time on 29 October, North America still on summer time; Kazakhstan on a
single +05:00, Iran at +03:30 without summer time), the zone names, and the conference texts pasted
into descriptions.

Scored once, at the end of round 22, for docs/detection.md and the README; tuning data since round 23.
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


# Zones (IANA names) both halves use.
BSK = "Asia/Bishkek"
MOW = "Europe/Moscow"
ALA = "Asia/Almaty"
TAS = "Asia/Tashkent"
TBS = "Asia/Tbilisi"
TIA = "Europe/Tirane"
PRN = "Europe/Belgrade"  # Pristina keeps Belgrade's rules
RIX = "Europe/Riga"
BEG = "Europe/Belgrade"
REK = "Atlantic/Reykjavik"
MAD = "Europe/Madrid"
ATH = "Europe/Athens"
BKK = "Asia/Bangkok"
KOL = "Asia/Kolkata"
TYO = "Asia/Tokyo"
RUH = "Asia/Riyadh"
ADE = "Asia/Aden"
ALG = "Africa/Algiers"
THR = "Asia/Tehran"
VTE = "Asia/Vientiane"
LOS = "Africa/Lagos"
MGQ = "Africa/Mogadishu"
JNB = "Africa/Johannesburg"

# Conference texts as the tools paste them into a description.
TEAMS22 = ("\n________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zk2Yw\nMeeting ID: 318 664 902 17\n"
           "Passcode: Hq7tV3\n________________________________________________________________________________")
ZOOM22 = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84412093317?pwd=bX9q\nMeeting ID: 844 1209 3317\nPasscode: 271804"
MEET22 = "\n\nJoin with Google Meet: https://meet.google.com/kwe-nprd-hzs\nOr dial: (GB) +44 20 3873 0111 PIN: 611 402 583#"
WEBEX22 = "\n\nJoin Webex meeting: https://meetings.webex.com/join/panel-4471\nMeeting number: 2630 118 0954"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
RU_ALATOO = "https://russia-neft.kg/ru/vacancies"
RU_SBER = "https://developers.sber.ru/help/hr/how-to-interview"
RU_NGLUX = "https://remont.nglux.ru/soiskateli-ne-prihodyat-na-sobesedovanie-chto-delat"
KK_IVANRBK = "https://ivanrbk.ru/kk/novosti/bCS93nI.html"
KK_THESTRIP = ("https://thestrip.ru/kk/lipstick/kak-vesti-sobesedovanie-pri-pri-me-na-rabotu-kak-provodit-"
               "sobesedovanie-pri/")
KK_BESTINVESTOR = ("https://bestinvestor.ru/kk/earn-money-online/primer-dialoga-informativnogo-sobesedovanie-s-"
                   "prinyatiem-reshenii-sobesedovanie-pri-prieme-na-rabotu/")
UZ_NORMA = "https://gazeta.norma.uz/publish/doc/text105395_siz_bir_endan_biz_bir_endan?paper=nm"
UZ_DROPT = ("https://dropt.ru/uz/basic-tools/sobesedovanie-s-rabotodatelem-kak-uspeshno-proiti-sobesedovanie-na-"
            "rabotu/")
UZ_OZODLIK = "https://ozodlik.mobi/a/28502349.html"
KA_GEOECONOMICS = "https://geoeconomics.ge/?p=13449"
SQ_SUPERPUNA = "https://superpuna.al/2025/04/09/si-te-zgjedhesh-punonjesin-e-duhur"
SQ_KOSOVAJOB = "https://akademia.kosovajob.com/article?id=383"
SQ_PAPERFM = "https://paper.fm/updates/steve-jobs-te-merr-ne-pune-pi-birre-me-ty-a-ne-kosove/"
LV_IBIZNESS = "https://ibizness.lv/raksti/personals/personals/veiksmigas-darba-intervijas-sturakmeni/17762"
SR_SUK = "https://kutak.suk.gov.rs/blog/razgovor-za-posao-proces-procene-i-kandidata-i-organizacije"
IS_BIFROST = "https://hollvinir.bifrost.is/atvinnutorg/atvinnuvidtal"
EU_LANIN = "https://oiartzunlanin.eus/?p=68"
EL_GREVENA = ("https://grevenamedia.gr/prokiryxi-proslipsis-epistimonikoy-prosopikoy-kai-loipon-eidikotiton-me-"
              "symvasi-ergasias-idiotikoy-dikaioy-orismenoy-chronoy-gia-tis-anagkes-toy-ypoergoy-lt-lt-"
              "archaiologiki-epopteia-ekskafon-eforeia/")
EL_FDOCUMENT = "https://fdocument.org/document/261-oea-262-oea-t.html"
TH_WEARENURSE = "https://job.wearenurse.com/article/174"
TA_TNGURU = "http://www.tnguru.com/2014/11/tnpsc-group-ii-mains-rani-tet-park.html"
TA_CUDDALORE = "http://cuddalore-news.blogspot.com/2010_08_25_archive.html"
JA_CAREALITY = "https://careality.jp/work-interview-schedule/"
JA_SHIGOTOKAN = "https://shigotokan.com/2024/02/01/interview-2"
JA_INSPIRES = "http://mensetsu.inspires.biz/nittutei.html"
AR_AJEL = "https://ajel.sa/jobs/1qrs0gk4h7"
AR_YEMENJOB = "https://www.yemen-job.com/ar/blog"
AR_ESSAHRA = ("https://news.essahra.net/article/276129/%d9%85%d8%a7-%d8%a7%d9%84%d9%85%d9%82%d8%b5%d9%88%d8%af-"
              "%d8%a8%d8%a7%d9%84%d9%85%d9%82%d8%a7%d8%a8%d9%84%d8%a9-%d8%a7%d9%84%d8%b4%d8%ae%d8%b5%d9%8a%d8%a9/")
FA_ODOOFARSI = "https://odoofarsi.com/knowledge/article/276"
FA_TASHILGOSTAR = ("https://www.tashilgostar.com/documentation/18.0/applications/hr/recruitment/"
                   "schedule_interviews.html")
LO_INSIDELAOS = "https://www.insidelaos.com/2022/05/04/40718/"
LO_VIETNAMVN = "https://www.vietnam.vn/lo/bo-tu-phap-tuyen-dung-sinh-vien-xuat-sac-can-bo-khoa-hoc-tre"
HA_VOAHAUSA = "https://voahausa.com/a/akwai-babban-kalubale-ga-mata-masu-aiki-a-gidajen-mai/4251698.html"
SO_CAASIMADA = ("https://www.caasimada.net/daawo-sh-cali-wajiis-oo-shaaciyey-sababtii-ay-farmaajo-uga-diideen-in-"
                "qabuuraha-fago-oo-xasan-ay-uga-ogolaadeen/")
XH_FRONTIER = "https://www.isolezwelesixhosa.co.za/iindaba/kuqesha-oodadobawo-efrontier/"
XH_ISILUMKISO = "https://www.isolezwelesixhosa.co.za/iindaba/isilumkiso-esivela-kwisebe-lemisebenzi-yoluntu/"
ZU_FUNDZA = "https://live.fundza.mobi/home/unfiltered/essays/siyahlonishwa-isandla-esikuphakelayo/?recommend=1"
ZU_GAGASI = "https://gagasiworld.co.za/kuxwayiswa-ngomkhonyovu-wemisebenzi-mbumbulu-kahulumeni/"
ZU_ILANGA = "https://ilanganews.co.za/kuhlongozwa-umthetho-wokujezisa-abaqashi-abafonela-izisebenzi-ezisekhefini/"

_CYRILLIC_CAUCASUS: list[Case] = [
    # ============================================================ Russian (Kyrgyzstan, Russia)
    # russia-neft.kg: after the CV is screened, a recruiter calls for a short telephone interview (yes; the HR mailbox)
    (event("Телефонное интервью – оператор АЗС, ОсОО «Ала-Тоо Ойл» (Бишкек)",
           organizer=org("hr@alatoo-oil.kg", "Ала-Тоо Ойл – отдел кадров"),
           guests=[guest("hr@alatoo-oil.kg", "Ала-Тоо Ойл – отдел кадров"),
                   guest("a.sydykova@alatoo-oil.kg", "Айгуль Сыдыкова")],
           description="Здравствуйте! Ваше резюме прошло первичный отбор. Айгуль Сыдыкова, специалист по подбору, "
                       "позвонит вам по указанному номеру. Разговор займёт 15–20 минут.",
           **zat("2028-09-26", "11:00", 20, BSK)),
     yes(["Ала-Тоо Ойл", "ОсОО «Ала-Тоо Ойл»", "Ala-Too Oil"], ["hr@alatoo-oil.kg", "a.sydykova@alatoo-oil.kg"]),
     "ru", RU_ALATOO),
    # russia-neft.kg: the next stage, a meeting with the depot's head after the phone interview (yes)
    (event("Собеседование с руководителем нефтебазы – инженер-механик",
           organizer=org("hr@alatoo-oil.kg", "Ала-Тоо Ойл – отдел кадров"),
           guests=[guest("hr@alatoo-oil.kg", "Ала-Тоо Ойл – отдел кадров"),
                   guest("t.asanov@alatoo-oil.kg", "Талант Асанов", "needsAction")],
           description="Встреча с начальником нефтебазы Талантом Асановым. Возьмите паспорт и диплом.",
           location="Нефтебаза, ул. Ибраимова 115, Бишкек", **zat("2028-10-04", "14:00", 60, BSK)),
     yes(["Ала-Тоо Ойл", "ОсОО «Ала-Тоо Ойл»", "Ala-Too Oil"], ["hr@alatoo-oil.kg", "t.asanov@alatoo-oil.kg"]),
     "ru", RU_ALATOO),
    # sber: the owner, a manager, runs a case interview with an applicant (hiring side, no)
    (event("Собеседование: кандидат на бухгалтера – кейс-интервью (я веду)", organizer=SELF,
           guests=[guest("olga.v.petrenko@mail.ru", "Ольга Петренко")],
           description="Кейс: в день сдачи отчёта выясняется, что задание понято неверно. Что будете делать?",
           **zat("2028-10-10", "10:30", 45, MOW)),
     None, "ru", RU_SBER),
    # sber: a webinar for employers on how to hold interviews (no)
    (event("Вебинар: как проводить собеседования при приёме на работу",
           organizer=org("events@sb-business-club.ru", "Бизнес-клуб"), description="Ссылка на трансляцию придёт за час.",
           **zat("2028-10-03", "12:00", 60, MOW)),
     None, "ru", RU_SBER),
    # nglux: a recruiter's own block to rewrite a vacancy because applicants don't turn up (a chore, no)
    (event("Переписать текст вакансии – кандидаты не приходят на собеседования", organizer=SELF,
           **zat("2028-10-12", "16:00", 60, MOW)),
     None, "ru", RU_NGLUX),
    # ============================================================ Kazakh
    # ivanrbk (kk): an interview with the HR department of a construction firm (yes)
    (event("Жұмысқа сұхбат – бухгалтер, «Алатау Құрылыс» ЖШС",
           organizer=org("kadr@alatau-qurylys.kz", "Алатау Құрылыс – кадр бөлімі"),
           guests=[guest("kadr@alatau-qurylys.kz", "Алатау Құрылыс – кадр бөлімі")],
           description="Құрметті үміткер! Сізді сұхбатқа шақырамыз. Жеке куәлік пен дипломыңызды алып келіңіз.",
           location="Абай даңғылы 48, 3-қабат, Алматы", **zat("2028-09-27", "10:00", 45, ALA)),
     yes(["Алатау Құрылыс", "«Алатау Құрылыс» ЖШС", "Alatau Qurylys"], ["kadr@alatau-qurylys.kz"]), "kk",
     KK_IVANRBK),
    # thestrip (kk): a second stage with the department head, the owner's copy naming her (yes)
    (event("Екінші кезең: бөлім басшысымен сұхбат – логист",
           organizer=org("hr@zhibekzholy-log.kz", "Жібек Жолы Логистикс – HR"),
           guests=[guest("hr@zhibekzholy-log.kz", "Жібек Жолы Логистикс – HR"),
                   guest("g.serikkyzy@zhibekzholy-log.kz", "Гүлнар Серікқызы")],
           description="«Жібек Жолы Логистикс». Бөлім басшысы Гүлнар Серікқызымен кездесу. Іс бойынша сұхбат "
                       "болуы мүмкін: клиентпен әңгіме.",
           location="Сейфуллин к-сі 531, Алматы", **zat("2028-10-18", "15:00", 60, ALA)),
     yes(["Жібек Жолы Логистикс", "Zhibek Zholy Logistics"], ["hr@zhibekzholy-log.kz", "g.serikkyzy@zhibekzholy-log.kz"]),
     "kk", KK_THESTRIP),
    # bestinvestor (kk): preparing questions to ask the employer (a chore, no)
    (event("Сұхбатқа дайындық: жұмыс берушіге қоятын сұрақтар тізімі", organizer=SELF,
           **zat("2028-09-26", "20:00", 45, ALA)),
     None, "kk", KK_BESTINVESTOR),
    # ============================================================ Uzbek (Cyrillic and Latin)
    # norma.uz: a trial interview (синов суҳбати) with the personnel department (yes)
    (event("Синов суҳбати – кадрлар бўлими, «Зарафшон Текстиль» МЧЖ",
           organizer=org("kadrlar@zarafshon-tekstil.uz", "Зарафшон Текстиль – кадрлар бўлими"),
           guests=[guest("kadrlar@zarafshon-tekstil.uz", "Зарафшон Текстиль – кадрлар бўлими"),
                   guest("d.yusupova@zarafshon-tekstil.uz", "Дилноза Юсупова")],
           description="Резюмеингиз кўриб чиқилди. Суҳбатни кадрлар бўлими бошлиғи Дилноза Юсупова олиб боради.",
           location="Навоий шаҳри, Ғалаба кўчаси 12", **zat("2028-10-03", "10:00", 40, TAS)),
     yes(["Зарафшон Текстиль", "«Зарафшон Текстиль» МЧЖ", "Zarafshon Tekstil"],
         ["kadrlar@zarafshon-tekstil.uz", "d.yusupova@zarafshon-tekstil.uz"]), "uz", UZ_NORMA),
    # dropt (uz): the second stage of a multi-stage interview, with the manager (yes)
    (event("Ish suhbati (2-bosqich) – rahbar bilan, savdo menejeri, Samarqand Savdo MChJ",
           organizer=org("hr@samsavdo.uz", "Samarqand Savdo HR"),
           guests=[guest("hr@samsavdo.uz", "Samarqand Savdo HR"), guest("b.karimov@samsavdo.uz", "Bobur Karimov")],
           description="Telefon suhbatidan o'tdingiz. Endi bo'lim rahbari Bobur Karimov bilan uchrashuv.",
           **zat("2028-10-11", "14:30", 60, TAS)),
     yes(["Samarqand Savdo", "Samarqand Savdo MChJ"], ["hr@samsavdo.uz", "b.karimov@samsavdo.uz"]), "uz", UZ_DROPT),
    # ozodlik: the owner, a nurse, speaks to a radio programme about being turned away for her age (media, no)
    (event("Озодлик радиосига интервью – ёшим туфайли ишга олишмаётгани ҳақида", organizer=SELF,
           **zat("2028-10-17", "12:00", 30, TAS)),
     None, "uz", UZ_OZODLIK),
    # ============================================================ Georgian
    # geoeconomics: selection by interview at a trading firm (yes)
    (event("გასაუბრება – გაყიდვების მენეჯერი, შპს „ალაზანი ტრეიდი“",
           organizer=org("hr@alazani-trade.ge", "ალაზანი ტრეიდი – HR"),
           guests=[guest("hr@alazani-trade.ge", "ალაზანი ტრეიდი – HR"), guest("n.beridze@alazani-trade.ge", "ნინო ბერიძე")],
           description="გასაუბრებას ჩაატარებს ნინო ბერიძე, HR მენეჯერი. ხანგრძლივობა: 30-40 წუთი." + ZOOM22,
           **zat("2028-09-28", "12:00", 40, TBS)),
     yes(["ალაზანი ტრეიდი", "შპს „ალაზანი ტრეიდი“", "Alazani Trade"], ["hr@alazani-trade.ge", "n.beridze@alazani-trade.ge"]),
     "ka", KA_GEOECONOMICS),
    # geoeconomics: a case exercise and interview with the director at the second stage (the owner's copy; yes)
    (event("მეორე ეტაპი: ქეისი + გასაუბრება დირექტორთან (ალაზანი ტრეიდი, გიორგი კაპანაძე)", organizer=SELF,
           location="ჭავჭავაძის გამზ. 37, თბილისი", **zat("2028-10-05", "11:00", 90, TBS)),
     yes(["ალაზანი ტრეიდი", "შპს „ალაზანი ტრეიდი“", "Alazani Trade"], ["გიორგი კაპანაძე"]), "ka", KA_GEOECONOMICS),
    # geoeconomics: a student seminar on personnel selection methods (no)
    (event("სემინარი: კადრების შერჩევის მეთოდები (თსუ, ეკონომიკის ფაკულტეტი)", organizer=SELF,
           **zat("2028-10-19", "15:00", 90, TBS)),
     None, "ka", KA_GEOECONOMICS),
]

_BALKANS_NORTH: list[Case] = [
    # ============================================================ Albanian (Albania, Kosovo)
    # superpuna: a second interview when two candidates are close (yes)
    (event("Intervista e dytë – Menaxher Shitjesh, Adriatik Logistics sh.p.k.",
           organizer=org("burime.njerezore@adriatik-logistics.al", "Adriatik Logistics – Burime Njerëzore"),
           guests=[guest("burime.njerezore@adriatik-logistics.al", "Adriatik Logistics – Burime Njerëzore"),
                   guest("e.hoxha@adriatik-logistics.al", "Erion Hoxha")],
           description="Ju ftojmë në intervistën e dytë me drejtorin ekzekutiv, z. Erion Hoxha.",
           location="Rruga e Kavajës 112, Tiranë", **zat("2028-10-03", "11:00", 60, TIA)),
     yes(["Adriatik Logistics", "Adriatik Logistics sh.p.k."],
         ["burime.njerezore@adriatik-logistics.al", "e.hoxha@adriatik-logistics.al"]), "sq", SQ_SUPERPUNA),
    # superpuna: a small practical test for a post needing concrete skills (the employer's own test, yes)
    (event("Test praktik (Excel) – kontabilist/e, Adriatik Logistics",
           organizer=org("burime.njerezore@adriatik-logistics.al", "Adriatik Logistics – Burime Njerëzore"),
           guests=[guest("burime.njerezore@adriatik-logistics.al", "Adriatik Logistics – Burime Njerëzore")],
           description="Testi zgjat 45 minuta në zyrë, me laptopin tonë. Pyetni për Anisën në recepsion.",
           location="Rruga e Kavajës 112, Tiranë", **zat("2028-10-10", "09:30", 45, TIA)),
     yes(["Adriatik Logistics", "Adriatik Logistics sh.p.k."], ["burime.njerezore@adriatik-logistics.al"]), "sq",
     SQ_SUPERPUNA),
    # kosovajob: an interview for an administrative assistant in Pristina (yes)
    (event("Intervistë pune – asistente administrative, Dardania Pharm",
           organizer=org("hr@dardaniapharm.com", "Dardania Pharm HR"),
           guests=[guest("hr@dardaniapharm.com", "Dardania Pharm HR"), guest("v.krasniqi@dardaniapharm.com", "Valbona Krasniqi")],
           location="Rr. Agim Ramadani 23, Prishtinë", **zat("2028-09-27", "13:00", 45, PRN)),
     yes(["Dardania Pharm"], ["hr@dardaniapharm.com", "v.krasniqi@dardaniapharm.com"]), "sq", SQ_KOSOVAJOB),
    # paper.fm: the owner, a manager in Pristina, interviews applicants over coffee (hiring side, no)
    (event("Intervistoj kandidatët për asistent/e – 3 persona, në kafe (jo si seancë dëgjimi)", organizer=SELF,
           location="Prishtinë", **zat("2028-10-18", "10:00", 120, PRN)),
     None, "sq", SQ_PAPERFM),
    # ============================================================ Latvian
    # ibizness: an interview for an HR specialist (yes)
    (event("Darba intervija – personāla speciālists, SIA Daugavas Loģistika",
           organizer=org("atlase@daugavaslogistika.lv", "Daugavas Loģistika – personāla atlase"),
           guests=[guest("atlase@daugavaslogistika.lv", "Daugavas Loģistika – personāla atlase"),
                   guest("ilze.ozola@daugavaslogistika.lv", "Ilze Ozola")],
           description="Intervija notiks klātienē, aptuveni 45 minūtes. Lūdzam ņemt līdzi izglītības dokumentu.",
           location="Krasta iela 68, Rīga", **zat("2028-09-28", "10:00", 45, RIX)),
     yes(["Daugavas Loģistika", "SIA Daugavas Loģistika"], ["atlase@daugavaslogistika.lv", "ilze.ozola@daugavaslogistika.lv"]),
     "lv", LV_IBIZNESS),
    # ibizness: a second interview with a board member, the owner's copy (yes)
    (event("Otrā intervija – valdes loceklis Mārtiņš Kalniņš (Daugavas Loģistika)", organizer=SELF,
           **zat("2028-10-11", "14:00", 60, RIX)),
     yes(["Daugavas Loģistika", "SIA Daugavas Loģistika"], ["Mārtiņš Kalniņš"]), "lv", LV_IBIZNESS),
    # ibizness: the owner holds selection interviews for customer service (hiring side, no)
    (event("Vadu atlases intervijas – klientu apkalpošanas speciālists (3 kandidāti)", organizer=SELF,
           guests=[guest("janis.berzins@daugavaslogistika.lv", "Jānis Bērziņš")],
           **zat("2028-10-24", "09:00", 180, RIX)),
     None, "lv", LV_IBIZNESS),
    # ============================================================ Serbian (Cyrillic)
    # suk.gov.rs: an interview after the earlier checks and tests, at a water utility (yes)
    (event("Разговор за посао – референт набавке, Моравски водовод д.о.о.",
           organizer=org("kadrovi@moravskivodovod.rs", "Моравски водовод – кадровска служба"),
           guests=[guest("kadrovi@moravskivodovod.rs", "Моравски водовод – кадровска служба"),
                   guest("m.petrovic@moravskivodovod.rs", "Милан Петровић")],
           description="Након писмене провере, позивамо Вас на разговор са комисијом.",
           location="Кнеза Милоша 14, Крушевац", **zat("2028-10-04", "10:00", 45, BEG)),
     yes(["Моравски водовод", "Моравски водовод д.о.о.", "Moravski vodovod"],
         ["kadrovi@moravskivodovod.rs", "m.petrovic@moravskivodovod.rs"]), "sr", SR_SUK),
    # suk.gov.rs: a structured interview by Teams for an HR generalist (yes)
    (event("Интервју – HR генералиста, Дунав Софт (Нови Сад)",
           organizer=org("posao@dunavsoft.rs", "Дунав Софт"),
           guests=[guest("posao@dunavsoft.rs", "Дунав Софт"), guest("j.nikolic@dunavsoft.rs", "Јелена Николић")],
           description="Структурисани интервју, око 40 минута." + TEAMS22,
           **zat("2028-10-19", "13:00", 40, BEG)),
     yes(["Дунав Софт", "Dunav Soft"], ["posao@dunavsoft.rs", "j.nikolic@dunavsoft.rs"]), "sr", SR_SUK),
    # suk.gov.rs: a training course for interviewers (no)
    (event("Обука: вођење интервјуа за посао – Служба за управљање кадровима", organizer=SELF,
           location="Немањина 22-26, Београд", **zat("2028-10-25", "09:00", 240, BEG)),
     None, "sr", SR_SUK),
    # ============================================================ Icelandic
    # bifrost: a job interview for a bookkeeper (yes)
    (event("Atvinnuviðtal – bókari, Hraunfell ehf.",
           organizer=org("starf@hraunfell.is", "Hraunfell ehf."),
           guests=[guest("starf@hraunfell.is", "Hraunfell ehf."), guest("sigrun@hraunfell.is", "Sigrún Magnúsdóttir")],
           description="Viðtalið tekur um 30-45 mínútur. Vinsamlegast hafið meðferðis afrit af prófskírteinum.",
           location="Bæjarhraun 8, Hafnarfirði", **zat("2028-09-26", "10:00", 45, REK)),
     yes(["Hraunfell", "Hraunfell ehf."], ["starf@hraunfell.is", "sigrun@hraunfell.is"]), "is", IS_BIFROST),
    # bifrost: a second interview with the managing director, the owner's copy (yes)
    (event("Annað viðtal – verkefnastjóri, Hraunfell ehf.", organizer=org("starf@hraunfell.is", "Hraunfell ehf."),
           guests=[guest("starf@hraunfell.is", "Hraunfell ehf."), guest("gunnar@hraunfell.is", "Gunnar Þórsson")],
           description="Seinna viðtalið er með framkvæmdastjóra, Gunnari Þórssyni.",
           location="Bæjarhraun 8, Hafnarfirði", **zat("2028-10-10", "13:00", 60, REK)),
     yes(["Hraunfell", "Hraunfell ehf."], ["starf@hraunfell.is", "gunnar@hraunfell.is"]), "is", IS_BIFROST),
    # bifrost: getting the CV, letter and certificates ready before an interview (a chore, no)
    (event("Undirbúa atvinnuviðtal: ferilskrá, kynningarbréf, afrit af prófskírteinum", organizer=SELF,
           **zat("2028-09-25", "20:00", 60, REK)),
     None, "is", IS_BIFROST),
    # ============================================================ Basque
    # oiartzunlanin: the owner records an interview with a company director for a podcast (media, no)
    (event("Lanin podcasta – Merka Oiartzuneko zuzendariari elkarrizketa grabatu", organizer=SELF,
           location="Errenteria", **zat("2028-10-05", "11:00", 60, MAD)),
     None, "eu", EU_LANIN),
    # ============================================================ Greek
    # grevenamedia: the ephorate's fixed-term hiring for excavation supervision; an interview the owner copied (yes)
    (event("Συνέντευξη – Αρχαιολόγος ΙΔΟΧ, Εφορεία Αρχαιοτήτων Γρεβενών", organizer=SELF,
           description="Φέρνω: πτυχίο, βεβαίωση προϋπηρεσίας ανασκαφών, ταυτότητα.",
           location="Εφορεία Αρχαιοτήτων Γρεβενών", **zat("2028-10-04", "11:30", 30, ATH)),
     yes(["Εφορεία Αρχαιοτήτων Γρεβενών", "Ephorate of Antiquities of Grevena"], []), "el", EL_GREVENA),
    # fdocument: an ASEP proclamation; sending the supporting documents before the deadline (a chore, no)
    (event("ΑΣΕΠ 4Κ – αποστολή δικαιολογητικών (προθεσμία)", organizer=SELF,
           **zat("2028-09-27", "09:00", 60, ATH)),
     None, "el", EL_FDOCUMENT),
    # grevenamedia: the owner, an archaeologist, gives a live radio interview about the dig (media, no)
    (event("Ράδιο Γρεβενά 101.5 – συνέντευξη στον αέρα για την ανασκαφή", organizer=SELF,
           **zat("2028-10-19", "10:15", 20, ATH)),
     None, "el", EL_GREVENA),
]

_ASIA: list[Case] = [
    # ============================================================ Thai
    # wearenurse: a telephone interview with a private hospital's HR for a registered nurse (yes)
    (event("สัมภาษณ์งานทางโทรศัพท์ – พยาบาลวิชาชีพ รพ.ศรีนครินทร์เวช (ฝ่ายบุคคล)",
           organizer=org("hr@srinakarinvech.co.th", "ฝ่ายทรัพยากรบุคคล รพ.ศรีนครินทร์เวช"),
           guests=[guest("hr@srinakarinvech.co.th", "ฝ่ายทรัพยากรบุคคล รพ.ศรีนครินทร์เวช")],
           description="เจ้าหน้าที่ฝ่ายบุคคลจะโทรหาท่านตามเวลานัด ประมาณ 20 นาที กรุณาอยู่ในที่เงียบ",
           **zat("2028-09-27", "10:00", 20, BKK)),
     yes(["โรงพยาบาลศรีนครินทร์เวช", "รพ.ศรีนครินทร์เวช", "Srinakarinvech Hospital"], ["hr@srinakarinvech.co.th"]),
     "th", TH_WEARENURSE),
    # wearenurse: the second interview by video call with the ICU head nurse (yes)
    (event("สัมภาษณ์ผ่าน VDO Call – พยาบาล ICU กับหัวหน้าหอ คุณวราภรณ์",
           organizer=org("hr@srinakarinvech.co.th", "ฝ่ายทรัพยากรบุคคล รพ.ศรีนครินทร์เวช"),
           guests=[guest("hr@srinakarinvech.co.th", "ฝ่ายทรัพยากรบุคคล รพ.ศรีนครินทร์เวช"),
                   guest("waraporn.s@srinakarinvech.co.th", "วราภรณ์ สุขเจริญ")],
           description="ลิงก์ประชุมออนไลน์" + ZOOM22, **zat("2028-10-04", "14:00", 45, BKK)),
     yes(["โรงพยาบาลศรีนครินทร์เวช", "รพ.ศรีนครินทร์เวช", "Srinakarinvech Hospital"],
         ["hr@srinakarinvech.co.th", "waraporn.s@srinakarinvech.co.th"]), "th", TH_WEARENURSE),
    # wearenurse: the new nurses' orientation after the hire (onboarding, no)
    (event("ปฐมนิเทศพนักงานใหม่ – รพ.ศรีนครินทร์เวช", organizer=org("hr@srinakarinvech.co.th", "ฝ่ายทรัพยากรบุคคล รพ.ศรีนครินทร์เวช"),
           location="ห้องประชุม 5", **zat("2028-10-30", "08:30", 480, BKK)),
     None, "th", TH_WEARENURSE),
    # wearenurse: rehearsing the usual questions with a friend (practice, no)
    (event("ซ้อมตอบคำถามสัมภาษณ์งานพยาบาล กับพี่แนน (ทำไมลาออกจาก รพ.เก่า)", organizer=SELF,
           **zat("2028-10-01", "19:00", 60, BKK)),
     None, "th", TH_WEARENURSE),
    # ============================================================ Tamil (India)
    # tnguru: the commission's Group II main written examination (an exam, no)
    (event("TNPSC குரூப் 2 முதன்மைத் தேர்வு – கட்டுரை தாள் (கணிப்பொறி வழி)", organizer=SELF,
           location="தேர்வு மையம், சென்னை", **zat("2028-09-23", "09:30", 180, KOL)),
     None, "ta", TA_TNGURU),
    # tnguru: the commission's interview for Group II (interview posts) that fills posts (yes, as round 18's commissions)
    (event("TNPSC குரூப் 2 நேர்முகத் தேர்வு – அசல் சான்றிதழ்களுடன்", organizer=SELF,
           description="காலை 8.30க்கு வருகை. அழைப்புக் கடிதம் அச்சிட்டு எடுத்துச் செல்லவும்.",
           location="டி.என்.பி.எஸ்.சி அலுவலகம், பிரேசர் பாலச் சாலை, சென்னை", **zat("2028-10-26", "09:30", 30, KOL)),
     yes(["தமிழ்நாடு அரசுப் பணியாளர் தேர்வாணையம்", "TNPSC", "Tamil Nadu Public Service Commission"], []), "ta",
     TA_TNGURU),
    # cuddalore-news: downloading the hall ticket for the postal assistants' exam (a chore, no)
    (event("அஞ்சல் உதவியாளர் தேர்வு – நுழைவுச் சீட்டு பதிவிறக்கம்", organizer=SELF,
           **zat("2028-10-09", "18:00", 15, KOL)),
     None, "ta", TA_CUDDALORE),
    # ============================================================ Japanese
    # careality: the confirmed first interview online after the document screening (yes)
    (event("【面接確定】一次面接（オンライン）株式会社みなと精機 人事部",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
                   guest("k.tanaka@minato-seiki.co.jp", "田中 健一")],
           description="書類選考通過のご連絡と一次面接のご案内です。面接官：人事部 田中" + ZOOM22,
           **zat("2028-09-26", "15:00", 45, TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki"], ["saiyo@minato-seiki.co.jp", "k.tanaka@minato-seiki.co.jp"]),
     "ja", JA_CAREALITY),
    # shigotokan: the final interview with executives, the date the firm proposed (yes)
    (event("最終面接（役員面接）– 株式会社みなと精機 本社",
           organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
                   guest("h.morita@minato-seiki.co.jp", "森田 博"), room("c_77minato@resource.calendar.google.com", "本社 3F 応接室")],
           location="横浜市中区海岸通1-2", **zat("2028-10-12", "10:00", 60, TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki"], ["saiyo@minato-seiki.co.jp", "h.morita@minato-seiki.co.jp"]),
     "ja", JA_SHIGOTOKAN),
    # inspires: an agency arranges the client's second interview (the client is the company; both thanked)
    (event("【日程確定】株式会社ひばり物流 二次面接（エージェント経由）",
           organizer=org("yamada@careerbridge-agent.jp", "山田 真理（キャリアブリッジ）"),
           guests=[guest("yamada@careerbridge-agent.jp", "山田 真理（キャリアブリッジ）"),
                   guest("s.ito@hibari-butsuryu.co.jp", "伊藤 誠")],
           description="ひばり物流様との二次面接が確定しました。面接官：物流部長 伊藤様",
           location="東京都江東区新木場2-4", **zat("2028-10-17", "14:00", 60, TYO)),
     yes(["株式会社ひばり物流", "ひばり物流", "Hibari Butsuryu"], ["yamada@careerbridge-agent.jp", "s.ito@hibari-butsuryu.co.jp"]),
     "ja", JA_INSPIRES),
    # careality: a company's online information session for applicants (no)
    (event("会社説明会（オンライン）– 株式会社みなと精機", organizer=org("saiyo@minato-seiki.co.jp", "株式会社みなと精機 採用担当"),
           description="選考とは関係ありません。質疑応答あり。" + ZOOM22, **zat("2028-09-21", "18:00", 60, TYO)),
     None, "ja", JA_CAREALITY),
    # careality: replying with three candidate dates for an interview (a chore, no)
    (event("ひばり物流：面接候補日を3つ返信する", organizer=SELF, **zat("2028-10-05", "12:15", 15, TYO)),
     None, "ja", JA_CAREALITY),
    # ============================================================ Arabic (Saudi Arabia, Yemen, Algeria)
    # ajel: skills tests before the interview; an HR specialist interview in Riyadh (yes)
    (event("مقابلة شخصية – أخصائي موارد بشرية، شركة الواحة للتقنية",
           organizer=org("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف"),
           guests=[guest("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف"),
                   guest("f.alqahtani@alwaha-tech.sa", "فهد القحطاني")],
           description="يسعدنا دعوتك لإجراء المقابلة الشخصية مع أ. فهد القحطاني. المدة 45 دقيقة.",
           location="طريق الملك فهد، الرياض", **zat("2028-10-03", "10:00", 45, RUH)),
     yes(["شركة الواحة للتقنية", "الواحة للتقنية", "Alwaha Tech"], ["careers@alwaha-tech.sa", "f.alqahtani@alwaha-tech.sa"]),
     "ar", AR_AJEL),
    # ajel: a technical skills test before the interview (the employer's own test; yes)
    (event("اختبار مهارات فنية ثم مقابلة – مهندس شبكات، الواحة للتقنية",
           organizer=org("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف"),
           guests=[guest("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف")],
           description="يبدأ اليوم باختبار قياسي للمهارات الفنية والسلوكية، ثم المقابلة.",
           location="الرياض", **zat("2028-10-16", "09:00", 120, RUH)),
     yes(["شركة الواحة للتقنية", "الواحة للتقنية", "Alwaha Tech"], ["careers@alwaha-tech.sa"]), "ar", AR_AJEL),
    # ajel: the first phone interview for the same post, before the tests (yes)
    (event("مقابلة هاتفية أولية – مهندس شبكات، الواحة للتقنية",
           organizer=org("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف"),
           guests=[guest("careers@alwaha-tech.sa", "شركة الواحة للتقنية – التوظيف"),
                   guest("r.alharbi@alwaha-tech.sa", "ريم الحربي")],
           **zat("2028-10-05", "11:00", 20, RUH)),
     yes(["شركة الواحة للتقنية", "الواحة للتقنية", "Alwaha Tech"], ["careers@alwaha-tech.sa", "r.alharbi@alwaha-tech.sa"]),
     "ar", AR_AJEL),
    # yemen-job: an accountant's interview in Sana'a (yes)
    (event("مقابلة عمل – محاسب، مؤسسة سبأ التجارية",
           organizer=org("hr@saba-trading.com.ye", "مؤسسة سبأ التجارية"),
           guests=[guest("hr@saba-trading.com.ye", "مؤسسة سبأ التجارية")],
           location="شارع الزبيري، صنعاء", **zat("2028-10-09", "10:00", 45, ADE)),
     yes(["مؤسسة سبأ التجارية", "سبأ التجارية", "Saba Trading"], ["hr@saba-trading.com.ye"]), "ar", AR_YEMENJOB),
    # essahra: a talk on what the personal interview means, at a careers club (no)
    (event("محاضرة: ما المقصود بالمقابلة الشخصية – نادي التوظيف بالجامعة", organizer=SELF,
           **zat("2028-10-24", "14:00", 90, ALG)),
     None, "ar", AR_ESSAHRA),
    # ============================================================ Persian
    # odoofarsi: an ATS-scheduled on-site interview with the hiring team (yes)
    (event("مصاحبه حضوری – کارشناس پشتیبانی نرم‌افزار، شرکت آرین‌داده",
           organizer=org("estekhdam@ariandadeh.ir", "آرین‌داده – استخدام"),
           guests=[guest("estekhdam@ariandadeh.ir", "آرین‌داده – استخدام"), guest("m.rahimi@ariandadeh.ir", "مریم رحیمی"),
                   guest("a.karimi@ariandadeh.ir", "علی کریمی", "tentative")],
           description="مرحله: مصاحبه اول. مصاحبه‌کنندگان: مریم رحیمی، علی کریمی.",
           location="خیابان ولیعصر، تهران", **zat("2028-10-01", "10:00", 60, THR)),
     yes(["آرین‌داده", "شرکت آرین‌داده", "Ariandadeh"],
         ["estekhdam@ariandadeh.ir", "m.rahimi@ariandadeh.ir", "a.karimi@ariandadeh.ir"]), "fa", FA_ODOOFARSI),
    # tashilgostar: a phone interview scheduled through the recruitment app (yes)
    (event("مصاحبه تلفنی – حسابدار ارشد، نوآوران پارس",
           organizer=org("hr@noavaranpars.ir", "نوآوران پارس – منابع انسانی"),
           guests=[guest("hr@noavaranpars.ir", "نوآوران پارس – منابع انسانی")],
           **zat("2028-10-15", "11:00", 30, THR)),
     yes(["نوآوران پارس", "Noavaran Pars"], ["hr@noavaranpars.ir"]), "fa", FA_TASHILGOSTAR),
    # odoofarsi: a vendor's demo of the recruitment app's interview scheduling (a sales demo, no)
    (event("دموی نرم‌افزار استخدام – زمان‌بندی مصاحبه‌ها", organizer=org("sales@odoo-iran-partner.ir", "فروش"),
           guests=[guest("sales@odoo-iran-partner.ir", "فروش")], **zat("2028-10-08", "14:00", 45, THR)),
     None, "fa", FA_ODOOFARSI),
    # tashilgostar: the owner, a recruiter, schedules interviews for sales applicants (hiring side, no)
    (event("زمان‌بندی مصاحبه‌ها برای متقاضیان موقعیت فروش", organizer=SELF,
           **zat("2028-10-18", "09:00", 60, THR)),
     None, "fa", FA_TASHILGOSTAR),
    # ============================================================ Lao
    # vietnam.vn (lo): a recruitment notice's wording; an accountant's interview in Vientiane, the owner's copy (yes)
    (event("ສໍາພາດວຽກ – ພະນັກງານບັນຊີ, ບໍລິສັດ ນ້ຳງື່ມ ເທຣດດິ້ງ", organizer=SELF,
           description="ເອົາໃບປະກາດ ແລະ ບັດປະຈຳຕົວໄປນຳ.", location="ວຽງຈັນ", **zat("2028-10-05", "09:00", 45, VTE)),
     yes(["ນ້ຳງື່ມ ເທຣດດິ້ງ", "Nam Ngum Trading"], []), "lo", LO_VIETNAMVN),
    # insidelaos: the owner, a reporter, interviews a street cleaner (media, no)
    (event("ສໍາພາດ ແມ່ສົມຈັນ ພະນັກງານອະນາໄມ – ທີມຂ່າວ", organizer=SELF,
           location="ດົງໂດກ", **zat("2028-10-10", "05:00", 60, VTE)),
     None, "lo", LO_INSIDELAOS),
]

_AFRICA: list[Case] = [
    # ============================================================ Hausa (Nigeria)
    # voahausa: the owner, a fuel attendant, is a guest on a radio programme (media, no)
    (event("Hira da Dandalin VOA – kalubalen mata masu aiki a gidan mai", organizer=SELF,
           location="Kano", **zat("2028-10-11", "16:00", 30, LOS)),
     None, "ha", HA_VOAHAUSA),
    # ============================================================ Somali
    # caasimada: the owner gives a television interview (wareysi) about a public matter (media, no)
    (event("Wareysi TV-ga Universal – arrinta dhulka iyo qabuuraha", organizer=SELF,
           location="Muqdisho", **zat("2028-10-17", "18:00", 45, MGQ)),
     None, "so", SO_CAASIMADA),
    # ============================================================ Xhosa (South Africa)
    # isolezwelesixhosa: nurses are called to an interview at a public hospital (a public employer; yes)
    (event("Udliwanondlebe – umongikazi, iSibhedlele saseFrontier (Komani)", organizer=SELF,
           description="Ndiphathe izatifikethi nesazisi. Ndifike ngo-8.",
           location="Frontier Hospital, Komani", **zat("2028-10-11", "09:00", 45, JNB)),
     yes(["Frontier Hospital", "iSibhedlele saseFrontier"], []), "xh", XH_FRONTIER),
    # isolezwelesixhosa: a warning about fake job offers sent through social media (a reminder, no)
    (event("Isilumkiso: imisebenzi engekhoyo – ungabiniki iinkcukacha zakho", organizer=SELF,
           **zat("2028-10-02", "08:00", 15, JNB)),
     None, "xh", XH_ISILUMKISO),
    # ============================================================ Zulu (South Africa)
    # fundza: called to an interview (inhlolokhono) for a driver's post (yes)
    (event("Inhlolokhono – umshayeli, Thekwini Logistics",
           organizer=org("abasebenzi@thekwinilogistics.co.za", "Thekwini Logistics HR"),
           guests=[guest("abasebenzi@thekwinilogistics.co.za", "Thekwini Logistics HR"),
                   guest("s.mkhize@thekwinilogistics.co.za", "Sipho Mkhize")],
           description="Sicela ulethe incwadi yokushayela ne-ID. Inhlolokhono izothatha imizuzu engama-30.",
           location="Umgeni Road, eThekwini", **zat("2028-10-18", "10:00", 30, JNB)),
     yes(["Thekwini Logistics"], ["abasebenzi@thekwinilogistics.co.za", "s.mkhize@thekwinilogistics.co.za"]), "zu",
     ZU_FUNDZA),
    # gagasiworld: the department warns of fake job letters asking for R250 (a reminder, no)
    (event("UMnyango wezeMpilo uxwayisa ngomkhonyovu – ungakhokhi R250 ngomsebenzi", organizer=SELF,
           **zat("2028-09-26", "07:30", 15, JNB)),
     None, "zu", ZU_GAGASI),
    # ilanganews: a meeting with the manager about calls during leave (work life, no)
    (event("Umhlangano nomphathi – ukufonelwa ngesikhathi sekhefu", organizer=SELF,
           **zat("2028-10-25", "15:00", 30, JNB)),
     None, "zu", ZU_ILANGA),
]

INTL22: list[Case] = [*_CYRILLIC_CAUCASUS, *_BALKANS_NORTH, *_ASIA, *_AFRICA]
