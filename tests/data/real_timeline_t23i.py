"""Round 23's timeline check set for languages other than English (issue #15, helper "tl23i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package
(0.109; its 2045 tables are computed rules, lunar feasts estimated) to check weekdays and public
holidays for 2045 (Galicia and the Basque Country as regions for Spain, Tamil Nadu, Punjab,
Gujarat and Telangana for India). Each text paraphrases a process, a situation or a wording
documented on the public page cited in its source (found with the project's search tool, pages
corpus; no host cited by an earlier data file: every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl``); names, companies and dates are invented, the wording is not copied.

It is written around classes, not around earlier misses: the round-23 convention in other
languages (the employer's usual time for its own answer is a promise: "in der Regel",
"normalerweise", "habituellement", "en général", "normalmente", "por lo general", "di solito",
"di norma", "zazwyczaj", "обычно", "как правило", "通常", "보통", "biasanya", "parasti",
"normalean", "odatda", "zakonisht", "obično", "आम तौर पर"; with its exclusions: usual lengths
of other things, of employers in general), German "erst" ("not before": a promise of that
time), Mongolian working days (the word before the count), Japanese dispatch (発送) after a
notification sentence, Korean "the day after the Chuseok break ends", Portuguese "the day after
the 5 October holiday", Brazil "after the 15 November holiday", and the basic classes
(tomorrow, next week, within N days, working days, weekdays, end of the month) in languages the
reader is thin in (Mongolian, Malay, Latvian, Basque, Galician, Hausa, Uzbek, Tamil, Albanian,
Serbian, Hindi) and in four it had no words for (Yoruba, Punjabi, Gujarati, Telugu), each with
a text promising nothing (logistics, the candidate's own deadline).

Reference dates are in 2045, a year no earlier file uses as a reference (1 January is a Sunday;
Western Easter 9 April; Chuseok 24-26 September with the alternative holiday on Wednesday 27
September; Portugal's Republic Day on Thursday 5 October; Brazil's Republic Day on Wednesday 15
November; Naadam 10-15 July; Women's Day (Wednesday 8 March) a holiday in Russia and Mongolia).

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t22i.py``,
with docs/timelines.md "Round 20/22/23: label conventions": business days skip weekends and the
country's public holidays; "within N days/weeks" the exact day; a range of weeks its days
("two or three weeks": days 14-21); "tomorrow" the next calendar day; "next week" its Monday to
Friday; "by the end of the week" its Friday, "by the end of next week" the next Friday;
"on / by <weekday>" that day; "by the end of the month" its last day; "after <holiday>" the
first working day after the holiday block to the last working day of that week; "the day after
<holiday>" that day; the candidate's own deadlines, logistics, usual lengths of other things and
of employers in general promise nothing.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier file.
# German: a staffing firm's blog on silence after a good interview (decisions wait for people).
INTERIM = "https://blog.interim-group.de/super-vorstellungsgespraech-keine-reaktion/"
# French: a management centre's note on recruitment procedure for contract posts (delays).
CDG62 = ("https://cdg62.fr/toute-la-veille-juridique/318-projet-de-decret-procedure-de-recrutement-"
         "sur-les-postes-permanents-ouverts-aux-agents-contractuels")
# Spanish: a site listing public communication posts and how lists are published.
OPOSAV = "https://oposicionesaudiovisual.es/category/universidad/"
# Italian: a city's recruitment exam and when results arrive; when a commission's list is approved.
MESSAGGERO = "https://www.ilmessaggero.it/roma/news/concorsone_comune_di_roma_2021_risultati_quiz_mail-6063608.html"
POSTASINDACO = ("https://lapostadelsindaco.it/servizi-pubblica-amministrazione/43542/approvazione-degli-"
                "atti-della-commissione-esaminatrice-di-concorso-da-parte-del-responsabile")
# Portuguese (Brazil): what closes on a national holiday and reopens the next day.
CONTRACS = ("https://contracs.org.br/2023/11/14/proclamacao-da-republica-o-que-funciona-e-o-que-nao-"
            "funciona-no-feriado-desta-quarta-feira-15/")
IGABRE = "https://economia.ig.com.br/2024-11-15/abre-fecha-15-de-novembro.html"
# Polish: how long one waits for an answer after recruitment; asking a recruiter for the result.
TALENTH = "https://talenthunters.com.pl/rekrutacja/ile-sie-czeka-na-odpowiedz-po-rekrutacji"
OFFICEF = ("https://www.officefacility.pl/blog/jak-zapytac-o-wynik-rekrutacji-kompletny-przewodnik-"
           "po-komunikacji-z-rekruterem")
# Russian: whether to call the employer after an interview and how long they take.
CUTIEMAY = "https://cutiemay.ru/en/programmy/nuzhno-li-samomu-zvonit-rabotodatelyu-posle-sobesedovaniya-pochemu-ne/"
# Japanese: "we will contact you within a week" after an interview; when interview results come.
GEEKLY = "https://geeklyreview.com/column/rejection-contact"
CAREERPARK = "https://careerpark.jp/3742"
# Korean: exam candidates' plans around the Chuseok holidays.
EDUPD = "https://edupd.com/guide/guide_01/guide_01_view.htm?here=leve99&no=5887&page=469"
# Mongolian: a labour court decision; an agency's procedure for answering petitions; a ministry
# order on annual leave counted in working days.
SHUUKH = "https://shuukh.mn/single_case/39203?bb=1&court_cat=1&id=1"
NEMA = "http://go.nema.gov.mn/n/86418/"
EDUB = "http://www.edub.edu.mn/cat/erh-zui/said/page/2/"
# Malay: a district office's client charter (actions within N working days); a college's charter.
PDKGEMAS = "https://pdkgemas.ns.gov.my/profail-jabatan/piagam-pelanggan-unit-pdkg/piagam-unit-pentadbiran"
PHTEDU = "http://www.pht.edu.my/v4/index.php/ms/jabatan-unit/pentadbiran-kewangan/piagam-pelanggan"
# Latvian: a student essay on what to weigh when applying for a job.
LUMILA = "https://lumila.lv/sacerejums/vidusskola/418658/piesakoties-darb-svargkie-faktori-ko-izvrtt"
# Basque: a local paper on candidate lists; a town's public draw announced for a set date.
GOIENA = ("https://goiena.eus/debagoiena/1706536491034-eajren-eusko-legebiltzarrerako-hautagaien-"
          "artean-badira-debagoiendarrak-ere")
ORIOGUKA = ("https://orioguka.eus/orio/1590735364442-hauteskunde-mahaietako-kideak-aukeratzeko-"
            "zozketa-ekainaren-11n-egingo-dute-orion")
# Galician: a town's selection exam for two administrative posts (later exercises announced).
NHDIARIO = "https://nhdiario.es/128-aspirantes-para-cubrir-duas-prazas-de-auxiliar-administrativo-na-laracha/?lang=gl"
# Hausa: a tradesman's interview in a weekly paper; a paper's piece on work and livelihoods.
AMINIYA = "https://aminiya.ng/da-sanaar-walda-na-yi-aure-na-mallaki-gidan-kaina-kabiru-gurgu/"
LEADERSHIPHA = "https://hausa.leadership.ng/yadda-rashin-sanaa-ke-kawo-cikas-a-tafiyar-da-harkokin-gida/"
# Uzbek: a labour ministry's news on an applicant's appeal resolved; a ministry's work rules.
MEHNAT = "https://mehnat.uz/uz/news/ishtixonlik-talaba-qiz-murojaati-ijobiy-hal-boldi"
KOMMUNAL = "https://kommunal.uz/oz/activity/ichki-mehnat-tartibi"
# Tamil: exam results expected by the month's end; results expected within the week.
ATHAVAN = "https://athavannews.com/2023/1360508"
BATTI = "https://battinaatham.net/?p=25510"
# Albanian: the excellence-graduates job portal's FAQ; winners of a cadastre recruitment.
PUNETEMBARE = "https://punetembare.gov.al/pyetjet-me-te-shpeshta/"
VLORANEWS = ("https://vloranews.al/lajme/konkurruan-te-punesohen-prane-drejtorive-rajonale-te-kadastres-"
             "21-aplikante-fituan-garen/?share=google-plus-1")
# Serbian: a census commission's ranked list of candidates called to a test and an interview.
TEMPORADIO = ("https://temporadio.rs/objavljena-rang-lista-kandidata-za-instruktore-koji-se-pozivaji-"
              "na-testiranje-i-razgovor-u-zajecaru/")
# Hindi: a university's clerk test results to be declared next week.
AMARUJALA = "https://www.amarujala.com/city-and-states/Chandigarh-10097-54"
# Yoruba: a state's work-free days announced for staff; a factory's return after a holiday.
ALAROYE = "https://alaroye.org/nitori-ati-gba-kaadi-idibi-ijoba-eko-kede-isinmi-olojo-merin/"
BUSBARYO = "http://yo.busbarmach.com/news/return-to-work-after-the-festival-the-workshop-is-bustling"
# Punjabi: interviews for an institute's director over set days, names sent on afterwards; a
# state postponing the last date for applications.
TRANSLINK = "https://translinktimes.com/113087/"
WISHAV = "https://wishavwarta.in/?p=66147"
# Gujarati: a power company's apprentice interviews over three days; a university's interview
# panel and its sealed result.
PRATAP = ("https://pratapdarpan.in/mgvcl%E0%AA%AE%E0%AA%BE%E0%AA%82-%E0%AA%8F%E0%AA%AA%E0%AB%8D%E0%AA%B0"
          "%E0%AB%87%E0%AA%A8%E0%AB%8D%E0%AA%9F%E0%AA%BF%E0%AA%B8%E0%AA%A8%E0%AA%BE-%E0%AA%88%E0%AA%A8"
          "%E0%AB%8D%E0%AA%9F%E0%AA%B0%E0%AA%B5/")
NEWS369 = "https://369news.in/?p=51853"
# Telugu: what to do after an interview; a viral post on many interview rounds.
EENADU = "http://www.eenadupratibha.net/Pratibha/OnlineDesk/jobs/job145.html"
TV9TELUGU = ("https://tv9telugu.com/business/bengaluru-techie-claims-she-cleared-14-rounds-for-a-job-"
             "internet-isnt-buying-it-details-in-telugu-1559767.html/amp")

TL_TUNE23_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------ German
    # "erst in zwei Wochen": not before two weeks, a promise of that day.
    ("Die Entscheidung fällt erst in zwei Wochen; wir melden uns dann bei Ihnen.",
     "2045-03-14T15:00:00+01:00", ("2045-03-28", "2045-03-28"), "DE", "de", INTERIM),
    ("In der Regel melden wir uns innerhalb von zehn Arbeitstagen nach dem Gespräch bei Ihnen.",
     "2045-06-12T11:00:00+02:00", ("2045-06-26", "2045-06-26"), "DE", "de", INTERIM),
    ("Normalerweise erhalten Sie unsere Rückmeldung binnen einer Woche.",
     "2045-09-13T10:00:00+02:00", ("2045-09-20", "2045-09-20"), "DE", "de", INTERIM),
    # A usual length of something else.
    ("Die Einholung der Referenzen dauert normalerweise zwei Wochen.",
     "2045-09-13T10:00:00+02:00", None, "DE", "de", INTERIM),
    # Employers in general.
    ("Die meisten Unternehmen melden sich in der Regel innerhalb von drei Wochen.",
     "2045-09-13T10:00:00+02:00", None, "DE", "de", INTERIM),
    # ------------------------------------------------------------ French
    ("En général, le jury rend sa décision dans les trois semaines suivant l'entretien.",
     "2045-10-02T14:00:00+02:00", ("2045-10-23", "2045-10-23"), "FR", "fr", CDG62),
    ("Habituellement, nous vous répondons dans un délai de cinq jours ouvrés.",
     "2045-11-06T10:00:00+01:00", ("2045-11-13", "2045-11-13"), "FR", "fr", CDG62),
    ("Vous aurez notre réponse avant la fin de la semaine.",
     "2045-02-07T16:00:00+01:00", ("2045-02-10", "2045-02-10"), "FR", "fr", CDG62),
    # A usual length of something else.
    ("En général, la période d'essai dure trois mois.",
     "2045-02-07T16:00:00+01:00", None, "FR", "fr", CDG62),
    # ----------------------------------------------------------- Spanish
    ("Normalmente comunicamos el resultado en un plazo de diez días.",
     "2045-03-01T12:00:00+01:00", ("2045-03-11", "2045-03-11"), "ES", "es", OPOSAV),
    ("Por lo general, tardamos dos o tres semanas en tomar la decisión final.",
     "2045-04-17T12:00:00+02:00", ("2045-05-01", "2045-05-08"), "ES", "es", OPOSAV),
    # Employers in general.
    ("Un proceso de selección suele durar entre cuatro y seis semanas en la mayoría de empresas.",
     "2045-06-20T17:00:00+02:00", None, "ES", "es", OPOSAV),
    # ----------------------------------------------------------- Italian
    ("Di solito comunichiamo l'esito entro una settimana dal colloquio.",
     "2045-10-17T11:00:00+02:00", ("2045-10-24", "2045-10-24"), "IT", "it", MESSAGGERO),
    ("Normalmente l'esito viene comunicato entro dieci giorni lavorativi.",
     "2045-05-08T11:00:00+02:00", ("2045-05-22", "2045-05-22"), "IT", "it", POSTASINDACO),
    ("Le faremo sapere entro venerdì.",
     "2045-11-13T15:00:00+01:00", ("2045-11-17", "2045-11-17"), "IT", "it", MESSAGGERO),
    # Employers in general.
    ("Di solito le aziende rispondono dopo due o tre settimane.",
     "2045-11-13T15:00:00+01:00", None, "IT", "it", POSTASINDACO),
    # -------------------------------------------------------- Portuguese
    # The day after the 5 October holiday (Thursday): Friday.
    ("Damos-lhe uma resposta no dia a seguir ao feriado de 5 de outubro.",
     "2045-10-02T10:00:00+01:00", ("2045-10-06", "2045-10-06"), "PT", "pt", CONTRACS),
    ("Normalmente respondemos aos candidatos no prazo de duas semanas.",
     "2045-01-18T10:00:00+00:00", ("2045-02-01", "2045-02-01"), "PT", "pt", IGABRE),
    ("Habitualmente a decisão demora entre uma e duas semanas.",
     "2045-02-14T10:00:00+00:00", ("2045-02-21", "2045-02-28"), "PT", "pt", IGABRE),
    # A usual length of something else.
    ("O exame médico costuma demorar uma semana.",
     "2045-02-14T10:00:00+00:00", None, "PT", "pt", IGABRE),
    # After the 15 November holiday (Wednesday): Thursday and Friday.
    ("Entraremos em contato depois do feriado de 15 de novembro.",
     "2045-11-10T10:00:00-03:00", ("2045-11-16", "2045-11-17"), "BR", "pt", CONTRACS),
    # ------------------------------------------------------------ Polish
    ("Zazwyczaj informujemy kandydatów o wyniku w ciągu dwóch tygodni od rozmowy.",
     "2045-03-09T12:00:00+01:00", ("2045-03-23", "2045-03-23"), "PL", "pl", TALENTH),
    ("Odezwiemy się do Pana jutro.",
     "2045-06-14T12:00:00+02:00", ("2045-06-15", "2045-06-15"), "PL", "pl", OFFICEF),
    ("Decyzję przekażemy do końca miesiąca.",
     "2045-09-12T12:00:00+02:00", ("2045-09-30", "2045-09-30"), "PL", "pl", OFFICEF),
    # Employers in general.
    ("Zazwyczaj proces rekrutacyjny w firmach trwa od dwóch do czterech tygodni.",
     "2045-09-12T12:00:00+02:00", None, "PL", "pl", TALENTH),
    # ----------------------------------------------------------- Russian
    # Three working days; Wednesday 8 March is a holiday.
    ("Обычно мы сообщаем результат в течение трёх рабочих дней.",
     "2045-03-07T12:00:00+03:00", ("2045-03-13", "2045-03-13"), "RU", "ru", CUTIEMAY),
    ("Как правило, решение принимается в течение недели после собеседования.",
     "2045-10-16T12:00:00+03:00", ("2045-10-23", "2045-10-23"), "RU", "ru", CUTIEMAY),
    ("Мы позвоним вам в четверг.",
     "2045-05-22T12:00:00+03:00", ("2045-05-25", "2045-05-25"), "RU", "ru", CUTIEMAY),
    # A usual length of something else.
    ("Обычно проверка службы безопасности занимает две недели.",
     "2045-05-22T12:00:00+03:00", None, "RU", "ru", CUTIEMAY),
    # ---------------------------------------------------------- Japanese
    ("通常、面接から1週間以内に結果をご連絡しております。",
     "2045-06-07T15:00:00+09:00", ("2045-06-14", "2045-06-14"), "JP", "ja", GEEKLY),
    # Dispatch of the result letter after a notification sentence.
    ("選考結果は郵送にてお知らせします。発送は3月10日を予定しております。",
     "2045-02-27T15:00:00+09:00", ("2045-03-10", "2045-03-10"), "JP", "ja", CAREERPARK),
    ("結果の発送は来週中を予定しています。",
     "2045-07-06T15:00:00+09:00", ("2045-07-10", "2045-07-14"), "JP", "ja", CAREERPARK),
    ("明日中にご連絡いたします。",
     "2045-12-04T15:00:00+09:00", ("2045-12-05", "2045-12-05"), "JP", "ja", GEEKLY),
    # Employers in general.
    ("一般的に、企業の選考結果は1〜2週間で届きます。",
     "2045-12-04T15:00:00+09:00", None, "JP", "ja", CAREERPARK),
    # ------------------------------------------------------------ Korean
    # The day after the Chuseok break (24-27 September) ends: Thursday 28 September.
    ("추석 연휴가 끝난 다음날 결과를 알려드리겠습니다.",
     "2045-09-20T15:00:00+09:00", ("2045-09-28", "2045-09-28"), "KR", "ko", EDUPD),
    ("보통 면접 후 일주일 안에 결과를 안내해 드립니다.",
     "2045-04-11T15:00:00+09:00", ("2045-04-18", "2045-04-18"), "KR", "ko", EDUPD),
    ("이번 주 금요일까지 연락드리겠습니다.",
     "2045-11-13T15:00:00+09:00", ("2045-11-17", "2045-11-17"), "KR", "ko", EDUPD),
    # A usual length of something else.
    ("보통 신원 조회는 2주 정도 걸립니다.",
     "2045-11-13T15:00:00+09:00", None, "KR", "ko", EDUPD),
    # -------------------------------------------------------- Mongolian
    # Five working days; Wednesday 8 March is a holiday.
    ("Ярилцлагын хариуг ажлын 5 өдрийн дотор мэдэгдэнэ.",
     "2045-03-06T11:00:00+08:00", ("2045-03-14", "2045-03-14"), "MN", "mn", NEMA),
    # Ten working days across Naadam (10-15 July).
    ("Ажлын 10 өдрийн дотор хариу өгөх болно.",
     "2045-07-03T11:00:00+08:00", ("2045-07-24", "2045-07-24"), "MN", "mn", EDUB),
    ("Бид танд маргааш хариу өгнө.",
     "2045-05-16T11:00:00+08:00", ("2045-05-17", "2045-05-17"), "MN", "mn", SHUUKH),
    ("Шийдвэрийг ирэх долоо хоногт мэдэгдэнэ.",
     "2045-10-12T11:00:00+08:00", ("2045-10-16", "2045-10-20"), "MN", "mn", SHUUKH),
    # -------------------------------------------------------------- Malay
    ("Biasanya kami akan memaklumkan keputusan temuduga dalam tempoh tujuh hari bekerja.",
     "2045-03-13T10:00:00+08:00", ("2045-03-22", "2045-03-22"), "MY", "ms", PDKGEMAS),
    ("Kami akan menghubungi anda minggu depan.",
     "2045-06-21T10:00:00+08:00", ("2045-06-26", "2045-06-30"), "MY", "ms", PHTEDU),
    ("Keputusan akan dimaklumkan sebelum hujung bulan ini.",
     "2045-04-04T10:00:00+08:00", ("2045-04-30", "2045-04-30"), "MY", "ms", PHTEDU),
    # ----------------------------------------------------------- Latvian
    ("Parasti mēs sniedzam atbildi divu nedēļu laikā pēc intervijas.",
     "2045-09-06T10:00:00+03:00", ("2045-09-20", "2045-09-20"), "LV", "lv", LUMILA),
    ("Par rezultātu jūs informēsim līdz nākamās nedēļas beigām.",
     "2045-02-21T10:00:00+02:00", ("2045-03-03", "2045-03-03"), "LV", "lv", LUMILA),
    ("Mēs jums piezvanīsim rīt.",
     "2045-10-19T10:00:00+03:00", ("2045-10-20", "2045-10-20"), "LV", "lv", LUMILA),
    # ------------------------------------------------------------ Basque
    ("Datorren astean emango dizugu erantzuna.",
     "2045-05-10T10:00:00+02:00", ("2045-05-15", "2045-05-19"), "ES", "eu", GOIENA),
    ("Bihar deituko dizugu emaitzarekin.",
     "2045-11-21T10:00:00+01:00", ("2045-11-22", "2045-11-22"), "ES", "eu", ORIOGUKA),
    ("Normalean bi asteko epean jakinarazten dugu erabakia.",
     "2045-01-16T10:00:00+01:00", ("2045-01-30", "2045-01-30"), "ES", "eu", GOIENA),
    # ---------------------------------------------------------- Galician
    ("Normalmente comunicamos a decisión nun prazo de dez días.",
     "2045-02-06T10:00:00+01:00", ("2045-02-16", "2045-02-16"), "ES", "gl", NHDIARIO),
    ("Chamarémoste o xoves co resultado.",
     "2045-06-12T10:00:00+02:00", ("2045-06-15", "2045-06-15"), "ES", "gl", NHDIARIO),
    # ------------------------------------------------------------- Hausa
    ("Za mu sanar da kai sakamakon cikin kwanaki biyar.",
     "2045-03-07T10:00:00+01:00", ("2045-03-12", "2045-03-12"), "NG", "ha", AMINIYA),
    ("Za mu kira ka gobe.",
     "2045-09-13T10:00:00+01:00", ("2045-09-14", "2045-09-14"), "NG", "ha", LEADERSHIPHA),
    ("Za mu tuntube ka mako mai zuwa.",
     "2045-07-20T10:00:00+01:00", ("2045-07-24", "2045-07-28"), "NG", "ha", LEADERSHIPHA),
    # ------------------------------------------------------------ Uzbek
    ("Natijani ertaga xabar qilamiz.",
     "2045-04-18T10:00:00+05:00", ("2045-04-19", "2045-04-19"), "UZ", "uz", MEHNAT),
    ("Odatda biz nomzodlarga bir hafta ichida javob beramiz.",
     "2045-11-06T10:00:00+05:00", ("2045-11-13", "2045-11-13"), "UZ", "uz", KOMMUNAL),
    ("Javobni keyingi haftada beramiz.",
     "2045-05-24T10:00:00+05:00", ("2045-05-29", "2045-06-02"), "UZ", "uz", MEHNAT),
    # ------------------------------------------------------------- Tamil
    ("நேர்காணல் முடிவுகள் அடுத்த வாரம் அறிவிக்கப்படும்.",
     "2045-08-22T10:00:00+05:30", ("2045-08-28", "2045-09-01"), "IN", "ta", BATTI),
    ("இந்த மாத இறுதிக்குள் முடிவை அறிவிப்போம்.",
     "2045-06-06T10:00:00+05:30", ("2045-06-30", "2045-06-30"), "IN", "ta", ATHAVAN),
    ("நாளை உங்களைத் தொடர்பு கொள்வோம்.",
     "2045-03-16T10:00:00+05:30", ("2045-03-17", "2045-03-17"), "IN", "ta", BATTI),
    # ---------------------------------------------------------- Albanian
    ("Do t'ju njoftojmë rezultatin javën e ardhshme.",
     "2045-06-14T10:00:00+02:00", ("2045-06-19", "2045-06-23"), "AL", "sq", PUNETEMBARE),
    ("Zakonisht ju përgjigjemi brenda dy javëve.",
     "2045-10-10T10:00:00+02:00", ("2045-10-24", "2045-10-24"), "AL", "sq", VLORANEWS),
    ("Do t'ju telefonojmë të enjten.",
     "2045-02-06T10:00:00+01:00", ("2045-02-09", "2045-02-09"), "AL", "sq", PUNETEMBARE),
    # ----------------------------------------------------------- Serbian
    ("Rezultate ćemo objaviti do kraja nedelje.",
     "2045-05-23T10:00:00+02:00", ("2045-05-26", "2045-05-26"), "RS", "sr", TEMPORADIO),
    ("Obično kandidatima odgovaramo u roku od sedam dana.",
     "2045-10-09T10:00:00+02:00", ("2045-10-16", "2045-10-16"), "RS", "sr", TEMPORADIO),
    ("Javićemo vam se sutra.",
     "2045-03-22T10:00:00+01:00", ("2045-03-23", "2045-03-23"), "RS", "sr", TEMPORADIO),
    # ------------------------------------------------------------- Hindi
    ("परिणाम अगले सप्ताह घोषित कर दिया जाएगा।",
     "2045-07-13T10:00:00+05:30", ("2045-07-17", "2045-07-21"), "IN", "hi", AMARUJALA),
    ("आम तौर पर हम साक्षात्कार के एक सप्ताह के भीतर परिणाम बता देते हैं।",
     "2045-09-04T10:00:00+05:30", ("2045-09-11", "2045-09-11"), "IN", "hi", AMARUJALA),
    # ------------------------------------------------------------ Yoruba
    ("A máa kàn sí ọ lọ́la pẹ̀lú èsì ìfọ̀rọ̀wánilẹ́nuwò náà.",
     "2045-05-16T10:00:00+01:00", ("2045-05-17", "2045-05-17"), "NG", "yo", ALAROYE),
    ("A ó fi èsì ránṣẹ́ sí ọ ní ọ̀sẹ̀ tó ń bọ̀.",
     "2045-08-09T10:00:00+01:00", ("2045-08-14", "2045-08-18"), "NG", "yo", BUSBARYO),
    ("A ó fi èsì ránṣẹ́ sí ọ láàárín ọjọ́ márùn-ún.",
     "2045-03-20T10:00:00+01:00", ("2045-03-25", "2045-03-25"), "NG", "yo", ALAROYE),
    ("A máa pè ọ́ ní ọjọ́ Ẹtì.",
     "2045-11-06T10:00:00+01:00", ("2045-11-10", "2045-11-10"), "NG", "yo", ALAROYE),
    # Logistics.
    ("Ìfọ̀rọ̀wánilẹ́nuwò náà yóò gba wákàtí kan ní ọ́fíìsì wa.",
     "2045-11-06T10:00:00+01:00", None, "NG", "yo", BUSBARYO),
    # ----------------------------------------------------------- Punjabi
    ("ਅਸੀਂ ਤੁਹਾਨੂੰ ਕੱਲ੍ਹ ਨਤੀਜਾ ਦੱਸਾਂਗੇ।",
     "2045-06-13T10:00:00+05:30", ("2045-06-14", "2045-06-14"), "IN", "pa", TRANSLINK),
    ("ਨਤੀਜਾ ਅਗਲੇ ਹਫ਼ਤੇ ਐਲਾਨਿਆ ਜਾਵੇਗਾ।",
     "2045-08-24T10:00:00+05:30", ("2045-08-28", "2045-09-01"), "IN", "pa", TRANSLINK),
    ("ਅਸੀਂ ਪੰਜ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।",
     "2045-05-08T10:00:00+05:30", ("2045-05-13", "2045-05-13"), "IN", "pa", WISHAV),
    ("ਅਸੀਂ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਾਂਗੇ।",
     "2045-11-27T10:00:00+05:30", ("2045-12-01", "2045-12-01"), "IN", "pa", TRANSLINK),
    # The candidate's own deadline.
    ("ਕਿਰਪਾ ਕਰਕੇ ਸ਼ੁੱਕਰਵਾਰ ਤੱਕ ਆਪਣੇ ਦਸਤਾਵੇਜ਼ ਭੇਜੋ।",
     "2045-11-27T10:00:00+05:30", None, "IN", "pa", WISHAV),
    # ---------------------------------------------------------- Gujarati
    ("અમે તમને આવતીકાલે પરિણામ જણાવીશું.",
     "2045-02-15T10:00:00+05:30", ("2045-02-16", "2045-02-16"), "IN", "gu", NEWS369),
    ("પરિણામ આવતા અઠવાડિયે જાહેર કરવામાં આવશે.",
     "2045-06-20T10:00:00+05:30", ("2045-06-26", "2045-06-30"), "IN", "gu", NEWS369),
    ("અમે સાત દિવસમાં તમારો સંપર્ક કરીશું.",
     "2045-09-11T10:00:00+05:30", ("2045-09-18", "2045-09-18"), "IN", "gu", PRATAP),
    ("અમે શુક્રવારે તમને જાણ કરીશું.",
     "2045-10-10T10:00:00+05:30", ("2045-10-13", "2045-10-13"), "IN", "gu", PRATAP),
    # Logistics.
    ("ઇન્ટરવ્યૂ સોમવારે સવારે દસ વાગ્યે થશે.",
     "2045-10-10T10:00:00+05:30", None, "IN", "gu", PRATAP),
    # ------------------------------------------------------------ Telugu
    ("మేము రేపు మీకు ఫలితం తెలియజేస్తాము.",
     "2045-07-10T10:00:00+05:30", ("2045-07-11", "2045-07-11"), "IN", "te", EENADU),
    ("ఫలితాలు వచ్చే వారం ప్రకటిస్తాము.",
     "2045-04-19T10:00:00+05:30", ("2045-04-24", "2045-04-28"), "IN", "te", EENADU),
    ("పది రోజుల్లో మీకు సమాచారం ఇస్తాము.",
     "2045-08-01T10:00:00+05:30", ("2045-08-11", "2045-08-11"), "IN", "te", TV9TELUGU),
    ("మేము శుక్రవారం మీకు ఫోన్ చేస్తాము.",
     "2045-12-11T10:00:00+05:30", ("2045-12-15", "2045-12-15"), "IN", "te", TV9TELUGU),
    # The candidate's own deadline.
    ("దయచేసి శుక్రవారం లోపు మీ పత్రాలు పంపండి.",
     "2045-12-11T10:00:00+05:30", None, "IN", "te", EENADU),
]
