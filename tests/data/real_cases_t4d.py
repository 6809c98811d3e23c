"""Tuning cases added in round 4 for the interview decision across languages and templates (issue #15).

Built from public material (each case cites its page), labelled before the code ran on it, like
``real_cases_b3.py``; tuning data from the start (never blind). Conventions as in
``real_cases.py`` and ``real_cases_b3.py``: names, companies and addresses are invented, the
wording is paraphrased from the page cited. Half are interviews in Polish, Danish, Norwegian,
Finnish, Czech, Turkish, Japanese, Chinese, Korean, Portuguese and English (a media job's title);
half are what else a job seeker's calendar holds that uses hiring words in those languages:
school and parents' meetings, performance and development talks, visa interviews, mock
interviews, an admissions interview, a press interview, the unemployment office, a Global Entry
interview, a drug screen after an offer.
"""

from __future__ import annotations

from typing import Any

from detect_cases import event, guest, org, yes
from real_cases_b3 import MEET, NY, TEAMS, ZOOM, at

Case = tuple[dict[str, Any], dict[str, Any] | None, str, str]  # event, label, lang, source

WAW = ("+02:00", "Europe/Warsaw")
CPH = ("+02:00", "Europe/Copenhagen")
OSL = ("+02:00", "Europe/Oslo")
HEL = ("+03:00", "Europe/Helsinki")
PRG = ("+02:00", "Europe/Prague")
IST = ("+03:00", "Europe/Istanbul")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEL = ("+09:00", "Asia/Seoul")
STO = ("+02:00", "Europe/Stockholm")
SAO = ("-03:00", "America/Sao_Paulo")
ROM = ("+02:00", "Europe/Rome")
LA = ("-07:00", "America/Los_Angeles")

# Sources (found with the project's search tool, pages corpus; none used by earlier batches).
PL_ASIST = ("https://praca.asistwork.pl/blog/cv-i-list-motywacyjny/"
            "oficjalny-e-mail-wzor-zasady-i-przyklady-poprawnej-korespondencji")
PL_KG = ("https://kglegal.pl/ile-wazy-kon-trojanski-czyli-jak-przygotowac-sie-do-"
         "rozmowy-kwalifikacyjnej/")
PL_ZEBRANIE = "http://zsradomysl.pl/2019/10/01/spotkanie-z-rodzicami-4/"
PL_PRZEDSZKOLE = "http://przedszkolenr18.waw.pl/rekrutacja/"
DA_OFIR = "https://www.ofir.dk/arbejdsgiver/jobartikler/indkalde-til-jobsamtale.aspx"
DA_INDKOM = "https://indkom.dk/vaerktoejskassen/viden/9-gode-raad-til-at-afholde-jobsamtale/"
DA_MUS = "https://www.cfl.dk/artikler/er-du-klar-til-din-mus"
NO_NDLA = "https://ndla.no/nb/node/101614?fag=102781"
NO_UTVIKLING = "https://foreldreutvalgene.no/fug/sporsmal/ma-utviklingssamtaler-forega-pa-dagtid/"
SV_SKOLVERKET = "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/utvecklingssamtal"
FI_TYOELAMAAN = "https://tyoelamaan.fi/tyon-aloitus/tyohaastattelu/"
FI_ARVIOINTI = "https://docplayer.fi/amp/15410009-Henkiloarviointimenetelmia-rekrytoinnissa.html"
FI_KEHITYS = "https://toimivaravintola.fi/kehityskeskustelut/"
FI_MEDIA = "https://blogs.helsinki.fi/tiedeviestinta/media/haastattelu/"
CS_RECRUITIS = "https://help.recruitis.io/komponenty/napoveda/clanek/planovani-pohovoru/"
CS_CAREER = "https://www.careermarket.cz/poradenstvi/pohovor"
CS_SKOLA = "https://www.zsbojanov.cz/vstup-do-tridy/a9-trida/informace-o-prijimacim-rizeni-/"
CS_SCHUZKA = "https://mszbuzany.cz/?p=4930"
TR_MULAKAT = "https://yandex.com.tr/yacevap/c/diger/q/hacda-gorev-almak-icin-mulakata-kimler-girebilir-3790451070"
TR_VIZE = "https://www.dsvize.com.tr/Vize-Ulkeleri/Amerika-Vizesi"
JA_BIZ = "https://bizushiki.com/?p=5180"
JA_TALENT = ("https://www.talent-clip.jp/media/"
             "interview-schedule-how-to-write-an-email-and-example-sentences")
JA_MOGI = "http://www.meiji.ac.jp/koho/meidaikouhou/201703/p04_03.html"
ZH_NOTICE = "https://www.happy-gou.cn/resourses/52797.html"
ZH_VISA = "http://www.r-5.net/c-29-481581-0.html"
KO_ROUND = "https://guide.roundhr.com/interview/template/interview"
KO_SANGDAM = "http://www.boryeongnews.com/news/articleView.html?idxno=28816"
KO_VISA = "https://tentiro.com/?p=7235"
IT_ORIENT = "https://orientamento.it/una-descrizione-dei-piu-comuni-servizi-di-orientamento/"
EDD = "http://www.edd.ca.gov/Unemployment/After_you_Filed.htm"
GLOBAL_ENTRY = "https://legalclarity.org/how-to-schedule-your-cbp-appointment-for-global-entry"
QUEST = "https://questdiagnostics.com/home/companies/employer/drug-screening/what-to-expect.html"
MIGHTY = ("https://www.mightyrecruiter.com/recruiter-templates/sample-letters-to-candidates/"
          "interview-invitation-email/")

TUNE4_DECIDE: list[Case] = [
    # ============================================================ interviews
    (event("Rozmowa kwalifikacyjna – Specjalista ds. księgowości",
           organizer=org("rekrutacja@grafitex.pl", "Dział HR Grafitex"),
           guests=[guest("rekrutacja@grafitex.pl", "Dział HR Grafitex"),
                   guest("a.nowak@grafitex.pl", "Anna Nowak")],
           description="Dzień dobry, dziękujemy za przesłanie aplikacji na stanowisko Specjalista ds. "
                       "księgowości. Zapraszamy na rozmowę w naszym biurze przy ul. Składowej 4. "
                       "Prosimy o potwierdzenie obecności.",
           location="Grafitex Sp. z o.o., ul. Składowa 4, Poznań",
           **at("2026-06-16", "10:00", 45, *WAW)),
     yes(["Grafitex"], ["rekrutacja@grafitex.pl", "a.nowak@grafitex.pl"]), "pl", PL_ASIST),
    # the second stage of a Polish recruitment named without the word "rozmowa"
    (event("II etap rekrutacji – spotkanie z kierownikiem działu",
           organizer=org("k.wisniewska@lumenbud.pl", "Katarzyna Wiśniewska"),
           guests=[guest("k.wisniewska@lumenbud.pl", "Katarzyna Wiśniewska"),
                   guest("p.zielinski@lumenbud.pl", "Piotr Zieliński")],
           description="Szanowny Panie, w nawiązaniu do Pana aplikacji na stanowisko Młodszy Analityk "
                       "zapraszamy na drugi etap procesu rekrutacji." + TEAMS,
           **at("2026-06-18", "13:00", 60, *WAW)),
     yes(["Lumenbud"], ["k.wisniewska@lumenbud.pl", "p.zielinski@lumenbud.pl"]), "pl", PL_KG),
    (event("Jobsamtale – Projektleder, Nordlys Energi",
           organizer=org("rekruttering@nordlysenergi.dk", "Nordlys Energi Rekruttering"),
           guests=[guest("mette.holm@nordlysenergi.dk", "Mette Holm"),
                   guest("jens.krog@nordlysenergi.dk", "Jens Krog")],
           description="Kære Pat\n\nTak for din ansøgning. Vi vil gerne invitere dig til samtale om "
                       "stillingen som projektleder. Fra os deltager Mette Holm (afdelingsleder) og "
                       "Jens Krog. Ring til Mette ved forsinkelse.",
           location="Nordlys Energi, Havnegade 12, Aarhus",
           **at("2026-06-09", "14:00", 60, *CPH)),
     yes(["Nordlys Energi", "Nordlys", "Nordlysenergi"],
         ["rekruttering@nordlysenergi.dk", "mette.holm@nordlysenergi.dk", "jens.krog@nordlysenergi.dk"]),
     "da", DA_OFIR),
    # Danish "ansættelsessamtale" (hiring talk) and a second round, "2. samtale"
    (event("2. samtale – Pædagog, Børnehuset Solsikken",
           organizer=org("leder@solsikken-boernehus.dk", "Birgit Lund"),
           guests=[guest("leder@solsikken-boernehus.dk", "Birgit Lund")],
           description="Hej Pat, tak for en god første samtale. Vi vil gerne se dig til en 2. "
                       "ansættelsessamtale med ansættelsesudvalget.",
           **at("2026-06-22", "09:30", 45, *CPH)),
     yes(["Børnehuset Solsikken", "Solsikken", "Solsikken Boernehus", "Solsikken-boernehus"],
         ["leder@solsikken-boernehus.dk"]), "da", DA_INDKOM),
    (event("Jobbintervju – rådgiver, Fjordvik kommune",
           organizer=org("postmottak@fjordvik.kommune.no", "Fjordvik kommune"),
           guests=[guest("ingrid.berg@fjordvik.kommune.no", "Ingrid Berg"),
                   guest("ola.dahl@fjordvik.kommune.no", "Ola Dahl")],
           description="Du er innkalt til intervju for stillingen som rådgiver. To personer fra "
                       "kommunen er til stede.",
           location="Rådhuset, møterom 3",
           **at("2026-06-10", "11:00", 60, *OSL)),
     yes(["Fjordvik kommune", "Fjordvik"],
         ["postmottak@fjordvik.kommune.no", "ingrid.berg@fjordvik.kommune.no", "ola.dahl@fjordvik.kommune.no"]),
     "no", NO_NDLA),
    (event("Työhaastattelu: Myyntipäällikkö / Kaamos Oy",
           organizer=org("rekry@kaamos.fi", "Kaamos Oy rekrytointi"),
           guests=[guest("rekry@kaamos.fi", "Kaamos Oy rekrytointi"),
                   guest("liisa.virtanen@kaamos.fi", "Liisa Virtanen")],
           description="Hei Pat, kiitos hakemuksestasi. Kutsumme sinut työhaastatteluun. Ota mukaan "
                       "työ- ja tutkintotodistukset." + TEAMS,
           **at("2026-06-11", "10:00", 60, *HEL)),
     yes(["Kaamos Oy", "Kaamos"], ["rekry@kaamos.fi", "liisa.virtanen@kaamos.fi"]), "fi", FI_TYOELAMAAN),
    # a Finnish aptitude assessment ("soveltuvuusarviointi") run by a psychologists' firm for the employer
    (event("Soveltuvuusarviointi – Talouspäällikkö (Revontuli Group)",
           organizer=org("arvioinnit@mielipsykologit.fi", "Mieli Psykologit"),
           guests=[guest("arvioinnit@mielipsykologit.fi", "Mieli Psykologit"),
                   guest("sanna.koski@mielipsykologit.fi", "Sanna Koski")],
           description="Revontuli Group on pyytänyt meitä tekemään sinulle soveltuvuusarvioinnin osana "
                       "talouspäällikön rekrytointia. Arviointi sisältää haastattelun ja testejä.",
           location="Mieli Psykologit, Annankatu 8, Helsinki",
           **at("2026-06-15", "09:00", 180, *HEL)),
     yes(["Revontuli Group", "Revontuli"], ["arvioinnit@mielipsykologit.fi", "sanna.koski@mielipsykologit.fi"]),
     "fi", FI_ARVIOINTI),
    (event("Pohovor – Účetní (Vltava Logistics)",
           organizer=org("nabor@vltavalogistics.cz", "Vltava Logistics nábor"),
           guests=[guest("jana.novakova@vltavalogistics.cz", "Jana Nováková")],
           description="Dobrý den, děkujeme za Váš zájem o pozici Účetní. Zveme Vás na pohovor. "
                       "Pohovor proběhne online, odkaz najdete níže." + MEET,
           **at("2026-06-12", "13:00", 45, *PRG)),
     yes(["Vltava Logistics", "Vltava", "Vltavalogistics"],
         ["nabor@vltavalogistics.cz", "jana.novakova@vltavalogistics.cz"]), "cs", CS_RECRUITIS),
    # Czech "výběrové řízení" (selection procedure), second round, no "pohovor" in the title
    (event("Výběrové řízení – 2. kolo, Referent/ka odboru dopravy",
           organizer=org("personalni@mesto-lipnice.cz", "Personální oddělení"),
           guests=[guest("personalni@mesto-lipnice.cz", "Personální oddělení"),
                   guest("tomas.kral@mesto-lipnice.cz", "Tomáš Král")],
           description="Vážená paní, postoupila jste do druhého kola výběrového řízení na pozici "
                       "referent/ka odboru dopravy.",
           location="Městský úřad Lipnice, zasedací místnost 2",
           **at("2026-06-19", "10:00", 60, *PRG)),
     yes(["Město Lipnice", "Mesto Lipnice", "Lipnice"],
         ["personalni@mesto-lipnice.cz", "tomas.kral@mesto-lipnice.cz"]), "cs", CS_CAREER),
    (event("İş Görüşmesi – Satış Temsilcisi / Boğaziçi Gıda",
           organizer=org("ik@bogazicigida.com.tr", "Boğaziçi Gıda İK"),
           guests=[guest("ik@bogazicigida.com.tr", "Boğaziçi Gıda İK"),
                   guest("emre.yilmaz@bogazicigida.com.tr", "Emre Yılmaz")],
           description="Sayın Pat Lee, Satış Temsilcisi pozisyonu için yaptığınız başvuru "
                       "değerlendirilmiştir. Mülakat için ofisimize bekliyoruz. Özgeçmişinizi yanınızda "
                       "getiriniz.",
           location="Boğaziçi Gıda, Levent, İstanbul",
           **at("2026-06-17", "11:00", 45, *IST)),
     yes(["Boğaziçi Gıda", "Bogazici Gida", "Bogazicigida"],
         ["ik@bogazicigida.com.tr", "emre.yilmaz@bogazicigida.com.tr"]), "tr", TR_MULAKAT),
    (event("【株式会社ミナト精機】最終面接のご案内",
           organizer=org("saiyo@minato-seiki.co.jp", "ミナト精機 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "ミナト精機 採用担当")],
           description="パット・リー様\n\nこの度は当社採用選考にご応募いただき、誠にありがとうございます。"
                       "最終面接を下記の日程で行います。当日は履歴書をご持参ください。",
           location="株式会社ミナト精機 本社 5階 会議室",
           **at("2026-06-24", "14:00", 60, *TYO)),
     yes(["株式会社ミナト精機", "ミナト精機", "Minato Seiki", "Minato-seiki"], ["saiyo@minato-seiki.co.jp"]),
     "ja", JA_BIZ),
    (event("二次面接（オンライン）– Webエンジニア職",
           organizer=org("recruit@hoshizora-tech.jp", "ほしぞらテック 人事部"),
           guests=[guest("recruit@hoshizora-tech.jp", "ほしぞらテック 人事部"),
                   guest("k.sato@hoshizora-tech.jp", "佐藤 健")],
           description="一次面接にお越しいただきありがとうございました。二次面接のご案内です。面接官：佐藤（開発部長）"
                       + ZOOM,
           **at("2026-06-25", "16:00", 45, *TYO)),
     yes(["ほしぞらテック", "Hoshizora Tech", "Hoshizora-tech"], ["recruit@hoshizora-tech.jp", "k.sato@hoshizora-tech.jp"]),
     "ja", JA_TALENT),
    (event("面试通知：产品经理 – 二面",
           organizer=org("hr@yunfan-tech.cn", "云帆科技 人力资源部"),
           guests=[guest("hr@yunfan-tech.cn", "云帆科技 人力资源部"),
                   guest("li.wei@yunfan-tech.cn", "李伟")],
           description="尊敬的Pat Lee，您好！经审核，您已通过初试，现邀请您参加第二轮面试。请携带身份证、学历证书。",
           location="云帆科技 A座 12楼 1203室",
           **at("2026-06-16", "09:30", 60, *SHA)),
     yes(["云帆科技", "Yunfan Tech", "Yunfan-tech"], ["hr@yunfan-tech.cn", "li.wei@yunfan-tech.cn"]), "zh", ZH_NOTICE),
    (event("[한빛소프트웨어] 1차 면접 안내 – 백엔드 개발자",
           organizer=org("recruit@hanbitsw.co.kr", "한빛소프트웨어 채용팀"),
           guests=[guest("recruit@hanbitsw.co.kr", "한빛소프트웨어 채용팀"),
                   guest("minjun.kim@hanbitsw.co.kr", "김민준")],
           description="안녕하세요, Pat Lee님. 한빛소프트웨어 백엔드 개발자 포지션 1차 면접 일정을 안내드립니다. "
                       "면접 방법: Google Meet" + MEET,
           **at("2026-06-18", "15:00", 60, *SEL)),
     yes(["한빛소프트웨어", "Hanbit Software", "Hanbitsw"], ["recruit@hanbitsw.co.kr", "minjun.kim@hanbitsw.co.kr"]),
     "ko", KO_ROUND),
    # a Portuguese group dynamic ("dinâmica de grupo"), the first step of many Brazilian selections
    (event("Dinâmica de grupo – Programa de Trainee Cerrado Agro",
           organizer=org("talentos@cerradoagro.com.br", "Talentos Cerrado Agro"),
           guests=[guest("talentos@cerradoagro.com.br", "Talentos Cerrado Agro")],
           description="Olá Pat! Você foi aprovado na etapa de testes online do nosso processo seletivo e "
                       "está convidado para a dinâmica de grupo.",
           location="Cerrado Agro, Av. Paulista 1000, São Paulo",
           **at("2026-06-23", "09:00", 180, *SAO)),
     yes(["Cerrado Agro", "Cerradoagro"], ["talentos@cerradoagro.com.br"]), "pt", MIGHTY),
    # a media job in the title: the job is a podcast producer's, the interview is the user's
    (event("Interview – Podcast Producer – Tidewater Audio",
           organizer=org("jobs@tidewateraudio.com", "Tidewater Audio Hiring"),
           guests=[guest("jobs@tidewateraudio.com", "Tidewater Audio Hiring"),
                   guest("rosa.vance@tidewateraudio.com", "Rosa Vance")],
           description="Thank you for your application for the Podcast Producer position. We would like "
                       "to meet you for an interview with Rosa Vance, Head of Audio." + ZOOM,
           **at("2026-06-12", "10:00", 45, *NY)),
     yes(["Tidewater Audio", "Tidewater", "Tidewateraudio"], ["jobs@tidewateraudio.com", "rosa.vance@tidewateraudio.com"]),
     "en", MIGHTY),
    (event("Interview: Radio News Reporter (Bay Public Radio)",
           organizer=org("careers@baypublicradio.org", "Bay Public Radio Careers"),
           guests=[guest("careers@baypublicradio.org", "Bay Public Radio Careers"),
                   guest("dana.ng@baypublicradio.org", "Dana Ng")],
           description="Thank you for applying for the News Reporter position. Dana Ng, News Director, "
                       "will interview you.",
           location="Bay Public Radio, 50 Mission St, San Francisco",
           **at("2026-06-15", "11:00", 60, *LA)),
     yes(["Bay Public Radio"], ["careers@baypublicradio.org", "dana.ng@baypublicradio.org"]), "en", MIGHTY),

    # ============================================================ not interviews
    (event("Wywiadówka – klasa 3b",
           organizer=org("sekretariat@sp12-radomysl.edu.pl", "Szkoła Podstawowa nr 12"),
           description="Zapraszamy rodziców na zebranie z wychowawcą klasy. Tematy: oceny, wycieczka.",
           location="SP 12, sala 14", **at("2026-06-10", "17:00", 60, *WAW)),
     None, "pl", PL_ZEBRANIE),
    # a Polish preschool's "rekrutacja" is its admissions, not hiring
    (event("Rekrutacja do przedszkola – rozmowa z dyrektorem",
           organizer=org("dyrektor@przedszkole18.waw.pl", "Przedszkole nr 18"),
           description="Potwierdzenie woli kontynuowania edukacji przedszkolnej i rozmowa z rodzicami "
                       "dziecka przyjętego na rok szkolny.",
           **at("2026-06-11", "15:30", 30, *WAW)),
     None, "pl", PL_PRZEDSZKOLE),
    (event("MUS-samtale med Henrik",
           organizer=org("henrik.bach@havnefront.dk", "Henrik Bach"),
           guests=[guest("henrik.bach@havnefront.dk", "Henrik Bach")],
           description="Medarbejderudviklingssamtale: trivsel, udviklingsmål og kompetencer. Medbring "
                       "dit udfyldte MUS-skema.",
           **at("2026-06-12", "13:00", 60, *CPH)),
     None, "da", DA_MUS),
    (event("Utviklingssamtale – Jonas 5B",
           organizer=org("kontaktlarer@nordby.skole.no", "Kari Nilsen"),
           description="Utviklingssamtale med kontaktlærer. Foreldre og elev møter sammen.",
           **at("2026-06-15", "15:00", 20, *OSL)),
     None, "no", NO_UTVIKLING),
    (event("Utvecklingssamtal – Elsa, klass 4",
           organizer=org("mentor@ekbackaskolan.se", "Lena Ström"),
           description="Välkommen till utvecklingssamtal. Elev, vårdnadshavare och mentor går igenom "
                       "kunskapsutvecklingen.",
           **at("2026-06-16", "08:20", 30, *STO)),
     None, "sv", SV_SKOLVERKET),
    (event("Kehityskeskustelu – Pat / Mikko",
           organizer=org("mikko.lahti@ravintolahelmi.fi", "Mikko Lahti"),
           guests=[guest("mikko.lahti@ravintolahelmi.fi", "Mikko Lahti")],
           description="Vuosittainen kehityskeskustelu: menneen vuoden tavoitteet, palaute ja "
                       "koulutustarpeet.",
           **at("2026-06-17", "10:00", 60, *HEL)),
     None, "fi", FI_KEHITYS),
    # a newspaper interviewing the user: "lehtihaastattelu"
    (event("Lehtihaastattelu – Kaleva, tutkimushankkeesta",
           organizer=org("toimitus@kalevanlehti.fi", "Aino Mäki"),
           description="Hei, sovitaan puolen tunnin haastatteluaika juttua varten. Haastateltavalla on "
                       "oikeus tarkistaa lainaukset.",
           **at("2026-06-18", "12:00", 30, *HEL)),
     None, "fi", FI_MEDIA),
    # an admissions interview at a secondary school ("přijímací pohovor" to a gymnázium)
    (event("Přijímací pohovor – gymnázium, obor 8leté",
           organizer=org("studijni@gymnazium-lipnice.cz", "Studijní oddělení"),
           description="Pozvánka k přijímacímu řízení ke střednímu vzdělávání. Uchazeč přijde se "
                       "zákonným zástupcem.",
           **at("2026-06-12", "08:00", 30, *PRG)),
     None, "cs", CS_SKOLA),
    (event("Třídní schůzka – MŠ Zbuzany",
           organizer=org("reditelka@mszbuzany.cz", "Učitelský tým"),
           description="Milí rodiče, zveme Vás na mimořádnou třídní schůzku. Přijďte prosím bez dětí.",
           **at("2026-06-15", "16:00", 60, *PRG)),
     None, "cs", CS_SCHUZKA),
    (event("ABD vize mülakatı – İstanbul Başkonsolosluğu",
           location="ABD Başkonsolosluğu, İstinye",
           description="Randevu onayı. Pasaport, DS-160 onay sayfası ve fotoğrafı getiriniz.",
           **at("2026-06-19", "08:30", 60, *IST)),
     None, "tr", TR_VIZE),
    (event("模擬面接会（キャリアセンター）",
           organizer=org("career@meiwa-u.ac.jp", "就職キャリア支援センター"),
           description="企業の人事担当者による模擬面接会です。エントリーシートを持参してください。",
           location="グローバルフロント 1階",
           **at("2026-06-10", "13:00", 50, *TYO)),
     None, "ja", JA_MOGI),
    (event("美国签证面谈 – 上海领事馆",
           location="上海市 美国领事馆",
           description="请携带护照、DS-160确认页、照片和预约确认页，提前15分钟到达。",
           **at("2026-06-22", "08:30", 60, *SHA)),
     None, "zh", ZH_VISA),
    (event("학부모 상담 – 담임 선생님 (4학년 2반)",
           organizer=org("teacher.park@cheongbo.es.kr", "박선영"),
           description="학부모 상담주간 대면상담입니다. 학습 습관과 학교생활 적응에 대해 이야기합니다.",
           **at("2026-06-17", "15:00", 20, *SEL)),
     None, "ko", KO_SANGDAM),
    (event("미국 비자 인터뷰 – 주한미국대사관",
           location="주한미국대사관, 서울 종로구",
           description="인터뷰 예약 확인서, DS-160 확인 페이지, 여권을 지참하세요.",
           **at("2026-06-23", "08:30", 60, *SEL)),
     None, "ko", KO_VISA),
    (event("Colloquio di orientamento – Centro per l'Impiego",
           location="Centro per l'Impiego, Via Annio Floriano, Terni",
           description="Primo colloquio di orientamento e firma del patto di servizio personalizzato.",
           **at("2026-06-16", "09:00", 45, *ROM)),
     None, "it", IT_ORIENT),
    (event("EDD phone interview – UI claim eligibility",
           description="The Department interviewer will call you at the scheduled time about the reason "
                       "your last job ended. Be available for two hours after the time scheduled.",
           **at("2026-06-11", "10:00", 30, *LA)),
     None, "en", EDD),
    (event("Global Entry interview – SFO Enrollment Center",
           location="San Francisco International Airport, Terminal A, Enrollment Center",
           description="Conditionally approved. Bring your passport and proof of residency to your "
                       "interview with a CBP officer.",
           **at("2026-06-13", "09:15", 30, *LA)),
     None, "en", GLOBAL_ENTRY),
    # a lab's drug test after a conditional offer: a hiring step, but nobody there to thank
    (event("Pre-employment drug screen – Quest Diagnostics (Harborline Logistics)",
           location="Quest Diagnostics Patient Service Center, 1200 Oak St",
           description="Appointment confirmation. Your employer, Harborline Logistics, has requested a "
                       "drug test as part of your offer of employment. Show this email at check-in.",
           **at("2026-06-14", "14:00", 30, *LA)),
     None, "en", QUEST),
]
