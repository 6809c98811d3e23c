"""Round 20's timeline check set for languages other than English (issue #15, helper "tl20i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``calendar`` and the ``holidays`` package
(0.109), to check weekdays and each country's public holidays for 2037 (with the region where the
text names one: Munich, Bavaria). Each text paraphrases a process, a situation or a wording
documented on the public page cited in its source (found with the project's search tool, pages
corpus; no page or host cited by an earlier data file: every host was grepped in
``tests/data/*.py`` and ``real_timeline.jsonl``); names, companies, dates and closures are
invented, the wording is not copied. It is written around *classes* of each language's grammar,
not around round 19's misses: Russian in full (working days with a holiday inside, "within a
week / N days / 48 hours", "by the end of the week / month", "next week", "tomorrow", a weekday
in the accusative, a date in the genitive, "no later than", counts from a dated step and from a
named holiday), working-day counts across named or unnamed holidays elsewhere (Eid al-Fitr in
Saudi Arabia and Malaysia, Tet, Joninės, Midsummer in Latvia, Sweden and Estonia, Corpus
Christi in Bavaria and Portugal, Asarnha Bucha, National Heroes Day, Saudi National Day, Good
Friday), the Thai Buddhist-era year, the Sunday-to-Thursday week of Saudi Arabia and the
Saturday-to-Wednesday week of Iran; and texts that promise nothing: usual lengths, contact only
for the successful, counts from an undated step, the candidate's own deadlines, logistics.

Reference dates are in 2037, a year no earlier file uses as a reference (Easter 5 April for both
calendars, Eid al-Fitr about 8-9 November, Tet 15 February, Corpus Christi 4 June, Midsummer Eve
19 June in Sweden, 23 June in Latvia).

78 texts in 20 languages: Russian 19, Arabic 5 (SA 3, EG 2), Hindi 4, Greek 4, Dutch 4, Malay 4,
Swedish 4, Persian 3, Tagalog 3, Lithuanian 3, Thai 3, Vietnamese 3, Bulgarian 3, Slovenian 3,
German 3, Ukrainian 2, Latvian 2, Portuguese 2, Estonian 2, Tamil 2 (Russian new to the timeline
corpus); 32 promise nothing.

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t19i.py``,
whose conventions it follows (business days skip weekends and the country's public holidays,
both readings accepted where a holiday is estimated; "within N days/weeks" the exact day, counted
from the reference or from the step the text dates; a calendar-day deadline on a weekend or a
public holiday also accepts the next working day; "next week" its working days; "by the end of
the week" its last working day; "by the end of the month" the month's last day; "tomorrow" the
next calendar day; "within N hours" N/24 days on; "before <holiday>" the last working day before
it; contact promised only to the successful, counts from an event the text does not date, usual
lengths, the candidate's own deadlines, logistics and invitations promise nothing).

Scored once before any rule changed, then again after (see docs/timelines.md, round 20).
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# Russian: an online school's articles on how long employers take to call back after an
# interview; a regional civil-service competition rule (results in writing within seven days of
# the competition's end); a republic's ministry competition method; a recruiting blog on why
# employers do not call back; a federal inspectorate's competition notice; a rural council's
# municipal-service page.
SKYPRO = ("https://sky.pro/wiki/profession/cherez-skolko-dnej-posle-sobesedovaniya-perezvanivayut-"
          "sroki-i-sovety")
CNTD = "https://docs.cntd.ru/document/460300123/titles/C3E5EQ"
KARELIA = "http://kodeks.karelia.ru/api/show/407086072"
SKINFOOD = ("https://skinfoodrussia.ru/trading/pochemu-ne-perezvanivayut-posle-uspeshnogo-sobesed"
            "ovaniya-stoit-li-zvonit.html")
GOSNADZOR = "http://sib-nrs.gosnadzor.ru/about/vacancy/2024/20062024.php"
KRUKOVO = "https://staroe-krukovo.ru/apparat/municipalnaya-sluzhba/"
# Arabic: a Saudi forum on office hours after Eid; Egyptian news on the Eid al-Fitr holiday and
# on labour-directorate interviews.
ARAPOST = "https://arapost.com/showthread.php?mode=threaded&p=219450&t=30765"
ALRAEES = "https://www.alraeesnews.com/301827"
ELBADIL = ("https://elbadil.com/tag/%d8%ad%d8%b3%d8%a7%d8%a8-%d8%a7%d9%84%d9%85%d9%88%d8%a7%d8%b7"
           "%d9%86-%d8%b4%d8%b1%d9%88%d8%b7-%d8%a7%d9%84%d8%a7%d8%b3%d8%aa%d8%ad%d9%82%d8%a7%d9%82")
# Hindi: Indian news on a commission's interviews and final results.
LOKSHAKTI = "http://lokshakti.in/115239/"
NEWSTRACK = "https://newstrack.com/amp/india/up-pcs-result-know-the-all-detail-about-result-619242.html"
FOURPM = ("https://4pm.co.in/%E0%A4%AF%E0%A5%82%E0%A4%AA%E0%A5%80-%E0%A4%AA%E0%A5%80%E0%A4%B8%E0%A5"
          "%80%E0%A4%8F%E0%A4%B8-2018-%E0%A4%95%E0%A5%87-%E0%A4%87%E0%A4%82%E0%A4%9F%E0%A4%B0%E0"
          "%A4%B5%E0%A5%8D%E0%A4%AF%E0%A5%82-%E0%A4%95/8675")
ETVBHARAT = ("https://etvbharat.com/hindi/jharkhand/state/ranchi/jpsc-released-2019-exam-interview-"
             "date/jh20190907093305272")
# Greek: a regional paper on provisional results and a five-day objection period.
XALKIDIKI = ("https://www.xalkidikipolitiki.com/2018/12/17/anartithikan-ta-apotelesmata-218-nees-"
             "adeies-stis-laikes-agores-tis-thessalonikis/")
# Persian: Iranian news on results announced "next week" after interviews; a paper on the lists
# called to the employment interview.
AFKAR = ("https://www.afkarnews.com/%D8%A8%D8%AE%D8%B4-%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C-3/1090-%D9%86"
         "%D8%AA%D8%A7%DB%8C%D8%AC-%D8%A2%D8%B2%D9%85%D9%88%D9%86-%D8%A7%D8%B3%D8%AA%D8%AE%D8%AF"
         "%D8%A7%D9%85%DB%8C-%D8%A2%D9%85%D9%88%D8%B2%D8%B4-%D9%BE%D8%B1%D9%88%D8%B1%D8%B4-%D8%AA"
         "%D9%87%D8%B1%D8%A7%D9%86-%D9%87%D9%81%D8%AA%D9%87-%D8%A2%DB%8C%D9%86%D8%AF%D9%87-%D8%A7"
         "%D8%B9%D9%84%D8%A7%D9%85-%D9%85%DB%8C-%D8%B4%D9%88%D8%AF")
DONYA = ("https://donya-e-eqtesad.com/%D8%A8%D8%AE%D8%B4-%D8%B3%D8%A7%DB%8C%D8%AA-%D8%AE%D9%88%D8"
         "%A7%D9%86-62/3440808")
# Tagalog: a Filipino blogger's interview tips for new graduates.
MARHGIL = "http://marhgil.blogspot.com/2006/04/interview.html"
# Lithuanian: a state department's order on assessing candidates remotely.
ETAR = "https://www.e-tar.lt/rs/actualedition/73665c40515c11e9975f9c35aedfe438/JopvUxpHcC/"
# Malay: Malaysian news on the extra Aidilfitri holidays.
KOSMO = "https://www.kosmo.com.my/?p=917020"
AWANI = "https://www.astroawani.com/berita-malaysia/pm-umum-cuti-tambahan-satu-hari-untuk-aidilfitri-415991"
# Dutch: a recruiter's knowledge base on the steps of recruitment and selection.
WIERENGA = "https://www.wierenga-degraaf.nl/kennisbank/welke-stappen-zitten-er-in-werving-en-selectie"
# Swedish: a teachers' union page on the employment interview.
LRSE = "https://www.lr.se/utvecklas-i-yrket/soka-jobb/anstallningsintervjun"
# Thai: a job board's article on applying and interviewing.
JOBDST = "https://jobdst.com/index.php?option=com_content&view=article&id=43&Itemid=135"
# Vietnamese: a newspaper on candidates waiting after an interview.
THANHNIEN = "https://thanhnien.vn/nha-tuyen-dung-im-lang-ung-vien-cung-lang-im-185240809155758639.htm"
# Bulgarian: a municipality's careers page, the state administration's jobs portal.
KULA = "https://kula.egov.bg/wps/portal/municipality-kula/actual/careers"
JOBSGOVBG = "https://jobs.government.bg/PJobs/adverJobs.jsf?sect=6"
# Slovenian: a consumer site's article on the interview.
CEKIN = "https://cekin.si/zaposlitev/brezposelnost/kandidat-na-razgovoru-naredi-usodno-napako-direktor-opozarja.html"
# German: a Bavarian radio station on a regional day off; a law school's selection FAQ.
RADIOBAMBERG = "https://radio-bamberg.de/amp/heute-haben-schueler-und-lehrer-auch-bei-uns-in-bamberg-und-forchheim-frei-312364"
LAWSCHOOL = "https://www.law-school.de/studium/jurastudium/interesse/faq/ausweichtermine"
# Ukrainian: a regional administration's page on civil-service competitions.
KMOAS = "https://kmoas.gov.ua/konkurs-na-zaynyattya-vakantnoyi-posadi-derzhavnoyi-sluzhbi"
# Latvian: a news site on a council's candidate search; the capital's nomination page.
TVNET = "https://www.tvnet.lv/6804006/neplp-amatu-kandidatus-mekles-ari-ar-personala-atlases-uznemuma-palidzibu"
RIGALV = "https://www.riga.lv/lv/valdes-un-padomes-loceklu-nominesana-kapitalsabiedribas"
# Portuguese: a European study-and-work guide on getting an answer after an interview.
ESTUDAR = "https://trabalho.estudarnaeuropa.eu/s/3831/76429-Obtencao-de-resposta-e-seguimento-da-candidatura.htm"
# Estonian: a Tallinn kindergarten's competition rules.
TALLINN = "https://www.tallinn.ee/et/loitsu-lasteaed/konkursi-labiviimise-kord"
# Tamil: Tamil news on the date results are released.
PATRIKAI = "https://www.patrikai.com/plus-2-results-will-be-released-on-april-19th-official-announcement/"
DINAMANI = "https://www.dinamani.com/tamilnadu/2024/Jul/03/by-election-exit-poll-prediction"

TL_TUNE20_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Russian
    # Five working days from Thursday 19 February skip Defender of the Fatherland Day (Monday
    # 23): 20, 24, 25, 26, 27 February.
    ("Результаты собеседования мы сообщим вам в течение пяти рабочих дней.",
     "2037-02-19T15:00:00+03:00", ("2037-02-27", "2037-02-27"), "RU", "ru", SKYPRO),
    # Counted from the end of a competition the text does not date.
    ("О результатах конкурса кандидаты уведомляются в письменной форме в 7-дневный срок со дня "
     "его завершения.",
     "2037-03-04T11:00:00+03:00", None, "RU", "ru", CNTD),
    # Seven days from the dated end of the competition, Tuesday 14 April: Tuesday 21 April.
    ("Конкурс завершится 14 апреля; сообщения о его результатах мы направим в 7-дневный срок "
     "со дня завершения.",
     "2037-04-01T10:00:00+03:00", ("2037-04-21", "2037-04-21"), "RU", "ru", KARELIA),
    # A usual length.
    ("Обычно работодатели перезванивают в течение 3–5 рабочих дней после собеседования.",
     "2037-05-06T12:00:00+03:00", None, "RU", "ru", SKYPRO),
    # By the end of the week from Tuesday 10 March: Friday 13 March.
    ("Спасибо за встречу! Мы свяжемся с вами до конца недели.",
     "2037-03-10T17:00:00+03:00", ("2037-03-13", "2037-03-13"), "RU", "ru", SKINFOOD),
    # A date in the genitive: Monday 25 May.
    ("Решение по вашей кандидатуре примем не позднее 25 мая.",
     "2037-05-11T10:00:00+03:00", ("2037-05-25", "2037-05-25"), "RU", "ru", GOSNADZOR),
    # Next week from Thursday 15 October: Monday 19 to Friday 23 October.
    ("Окончательный ответ дадим на следующей неделе.",
     "2037-10-15T16:00:00+03:00", ("2037-10-19", "2037-10-23"), "RU", "ru", SKINFOOD),
    # A weekday in the accusative from Tuesday 8 September: Friday 11 September.
    ("Позвоним вам в пятницу и сообщим, что решил руководитель.",
     "2037-09-08T14:00:00+03:00", ("2037-09-11", "2037-09-11"), "RU", "ru", SKYPRO),
    # By the end of the month from Wednesday 8 July: Friday 31 July.
    ("Итоги отбора будут подведены до конца месяца, о них мы напишем на почту.",
     "2037-07-08T11:00:00+03:00", ("2037-07-31", "2037-07-31"), "RU", "ru", GOSNADZOR),
    # Tomorrow from Wednesday 2 December: Thursday 3 December.
    ("Результат сообщим завтра по телефону.",
     "2037-12-02T18:00:00+03:00", ("2037-12-03", "2037-12-03"), "RU", "ru", SKINFOOD),
    # Contact only if the company is interested: two weeks from Wednesday 19 August.
    ("Если ваша кандидатура нас заинтересует, мы свяжемся с вами в течение двух недель.",
     # relabelled in round 20: a promise to the successful is one (docs/timelines.md)
     "2037-08-19T12:00:00+03:00", ("2037-09-02", "2037-09-02"), "RU", "ru", SKINFOOD),
    # The candidate's own deadline.
    ("Пожалуйста, пришлите копию диплома не позднее пятницы, 6 марта.",
     "2037-03-02T10:00:00+03:00", None, "RU", "ru", KRUKOVO),
    # Logistics of the interview itself.
    ("Собеседование состоится в среду, 18 ноября, в 10:00 по адресу: ул. Садовая, 12, каб. 4.",
     "2037-11-10T09:00:00+03:00", None, "RU", "ru", KRUKOVO),
    # Three working days after Russia Day (Friday 12 June): 15, 16, 17 June.
    ("Ответ по итогам собеседования направим в течение трёх рабочих дней после Дня России.",
     "2037-06-08T13:00:00+03:00", ("2037-06-17", "2037-06-17"), "RU", "ru", KARELIA),
    # A usual length.
    ("Срок рассмотрения документов обычно составляет от одного до двух месяцев.",
     "2037-01-21T10:00:00+03:00", None, "RU", "ru", GOSNADZOR),
    # Within 48 hours from Monday 10 August: Wednesday 12 August.
    ("Обратную связь дадим в течение 48 часов.",
     "2037-08-10T09:00:00+03:00", ("2037-08-12", "2037-08-12"), "RU", "ru", SKYPRO),
    # Where the results are published, not when.
    ("Информация о результатах конкурса размещается на официальном сайте администрации.",
     "2037-09-30T10:00:00+03:00", None, "RU", "ru", KRUKOVO),
    # Within a week from Thursday 22 January: Thursday 29 January.
    ("Решение сообщим в течение недели.",
     "2037-01-22T15:00:00+03:00", ("2037-01-29", "2037-01-29"), "RU", "ru", SKINFOOD),
    # No date can be named.
    ("Срок ответа зависит от количества кандидатов, поэтому точную дату мы назвать не можем.",
     "2037-04-14T12:00:00+03:00", None, "RU", "ru", SKYPRO),
    # ------------------------------------------------------------------ Arabic
    # Three working days after the Eid al-Fitr holiday (Sunday 8 to Wednesday 11 November, an
    # estimate): Thursday 12, Sunday 15, Monday 16 November; a day either side accepted.
    ("سنبلغك بنتيجة المقابلة خلال ثلاثة أيام عمل بعد انتهاء إجازة عيد الفطر.",
     "2037-11-02T11:00:00+03:00", ("2037-11-15", "2037-11-17"), "SA", "ar", ARAPOST),
    # Ten working days in a Sunday-to-Thursday week from Sunday 13 September skip the National
    # Day holiday (Wednesday 23): 14, 15, 16, 17, 20, 21, 22, 24, 27, 28 September.
    ("ستصلك نتيجة المقابلة خلال عشرة أيام عمل.",
     "2037-09-13T10:00:00+03:00", ("2037-09-28", "2037-09-28"), "SA", "ar", ARAPOST),
    # Tomorrow from Thursday 12 March: Friday 13 (the weekend), next working day Sunday 15.
    ("سنتواصل معك غداً لإبلاغك بقرار اللجنة.",
     "2037-03-12T13:00:00+03:00", ("2037-03-13", "2037-03-15"), "SA", "ar", ARAPOST),
    # A usual length.
    ("يتم الإعلان عن النتائج عادة خلال شهر من انتهاء المقابلات الشخصية.",
     "2037-02-10T12:00:00+02:00", None, "EG", "ar", ELBADIL),
    # Contact only for the accepted.
    ("سيتم التواصل مع المقبولين فقط عبر الهاتف.",
     "2037-02-11T12:00:00+02:00", None, "EG", "ar", ALRAEES),
    # ------------------------------------------------------------------ Hindi
    # By this Friday from Tuesday 9 June: Friday 12 June.
    ("साक्षात्कार का परिणाम इस शुक्रवार तक घोषित कर दिया जाएगा।",
     "2037-06-09T11:00:00+05:30", ("2037-06-12", "2037-06-12"), "IN", "hi", LOKSHAKTI),
    # A newspaper's hedge ("results likely within a week").
    ("अंतिम चयन परिणाम एक सप्ताह में जारी होने के आसार हैं।",
     "2037-04-09T18:00:00+05:30", None, "IN", "hi", LOKSHAKTI),
    # Ten days from the dated end of the interviews, Friday 7 August: Monday 17 August.
    ("इंटरव्यू 7 अगस्त को समाप्त होंगे; उसके बाद 10 दिनों के भीतर परिणाम जारी किया जाएगा।",
     "2037-07-20T10:00:00+05:30", ("2037-08-17", "2037-08-17"), "IN", "hi", NEWSTRACK),
    # Logistics.
    ("अभ्यर्थियों को सुबह 9 बजे तक रिपोर्ट करना होगा और अपने साथ मूल दस्तावेज़ लाने होंगे।",
     "2037-07-10T10:00:00+05:30", None, "IN", "hi", FOURPM),
    # ------------------------------------------------------------------ Greek
    # By the end of the week from Monday 18 May: Friday 22 May.
    ("Θα σας ενημερώσουμε για το αποτέλεσμα μέχρι το τέλος της εβδομάδας.",
     "2037-05-18T12:00:00+03:00", ("2037-05-22", "2037-05-22"), "GR", "el", XALKIDIKI),
    # A named date on Good Friday (3 April); the next working day after Easter Monday is 7 April.
    ("Τα προσωρινά αποτελέσματα θα αναρτηθούν την Παρασκευή 3 Απριλίου.",
     "2037-03-30T10:00:00+03:00", ("2037-04-03", "2037-04-07"), "GR", "el", XALKIDIKI),
    # The candidate's own deadline, counted from an undated posting.
    ("Οι ενστάσεις υποβάλλονται εντός πέντε ημερών από την ανάρτηση των πινάκων.",
     "2037-04-08T10:00:00+03:00", None, "GR", "el", XALKIDIKI),
    # Suspended until an undated event.
    ("Η διαδικασία πρόσληψης αναστέλλεται μέχρι την ορκωμοσία της νέας κυβέρνησης.",
     "2037-06-02T10:00:00+03:00", None, "GR", "el", XALKIDIKI),
    # ------------------------------------------------------------------ Persian
    # A usual length.
    ("نتایج قبولی معمولاً یک تا سه ماه پس از برگزاری آزمون اعلام می‌شود.",
     "2037-05-12T10:00:00+03:30", None, "IR", "fa", DONYA),
    # Next week from Tuesday 14 July in a Saturday-to-Wednesday week (Thursday half):
    # Saturday 18 to Thursday 23 July.
    ("نتایج مصاحبه را هفته آینده اعلام می‌کنیم.",
     "2037-07-14T11:00:00+03:30", ("2037-07-18", "2037-07-23"), "IR", "fa", AFKAR),
    # By the end of next week from Sunday 4 October: Wednesday 14 or Thursday 15 October.
    ("تا پایان هفته آینده با شما تماس می‌گیریم.",
     "2037-10-04T12:00:00+03:30", ("2037-10-14", "2037-10-15"), "IR", "fa", AFKAR),
    # ------------------------------------------------------------------ Tagalog
    # On Friday from Monday 24 August: Friday 28 August.
    ("Tatawagan ka namin sa Biyernes para sabihin ang resulta.",
     "2037-08-24T10:00:00+08:00", ("2037-08-28", "2037-08-28"), "PH", "tl", MARHGIL),
    # Three working days from Friday 28 August skip National Heroes Day (Monday 31): 1, 2, 3
    # September.
    ("Makakatanggap ka ng sagot sa loob ng tatlong araw ng trabaho.",
     "2037-08-28T15:00:00+08:00", ("2037-09-03", "2037-09-03"), "PH", "tl", MARHGIL),
    # Contact only if successful.
    ("Kung pumasa ka, tatawagan ka na lang ng HR.",
     "2037-09-07T11:00:00+08:00", None, "PH", "tl", MARHGIL),
    # ------------------------------------------------------------------ Lithuanian
    # By 21 December: Monday 21 December.
    ("Atrankos rezultatus paskelbsime iki gruodžio 21 d.",
     "2037-12-07T10:00:00+02:00", ("2037-12-21", "2037-12-21"), "LT", "lt", ETAR),
    # Three working days after Joninės (Wednesday 24 June): 25, 26, 29 June.
    ("Apie atrankos rezultatus pretendentus informuosime per 3 darbo dienas po Joninių.",
     "2037-06-22T11:00:00+03:00", ("2037-06-29", "2037-06-29"), "LT", "lt", ETAR),
    # Notice of the interview itself, not of a result.
    ("Apie pokalbio datą ir laiką pretendentai informuojami ne vėliau kaip prieš 5 darbo dienas.",
     "2037-10-05T10:00:00+03:00", None, "LT", "lt", ETAR),
    # ------------------------------------------------------------------ Malay
    # Seven working days after Hari Raya Aidilfitri (Monday 9 and Tuesday 10 November, an
    # estimate): 11, 12, 13, 16, 17, 18, 19 November; a day either side accepted.
    ("Keputusan temuduga akan dimaklumkan dalam tempoh tujuh hari bekerja selepas Hari Raya "
     "Aidilfitri.",
     "2037-11-03T10:00:00+08:00", ("2037-11-18", "2037-11-20"), "MY", "ms", KOSMO),
    # Contact only for the successful.
    ("Hanya calon yang berjaya sahaja akan dihubungi.",
     "2037-03-18T10:00:00+08:00", None, "MY", "ms", AWANI),
    # Tomorrow from Thursday 16 April: Friday 17 April.
    ("Kami akan menghubungi anda esok untuk memaklumkan keputusan.",
     "2037-04-16T16:00:00+08:00", ("2037-04-17", "2037-04-17"), "MY", "ms", AWANI),
    # Fourteen days from Monday 24 August: Monday 7 September.
    ("Keputusan akan dimaklumkan dalam tempoh 14 hari.",
     "2037-08-24T10:00:00+08:00", ("2037-09-07", "2037-09-07"), "MY", "ms", KOSMO),
    # ------------------------------------------------------------------ Dutch
    # Within the week from Tuesday 17 March: Tuesday 24 March.
    ("Je hoort binnen de week of je door bent naar de tweede ronde.",
     "2037-03-17T14:00:00+01:00", ("2037-03-24", "2037-03-24"), "NL", "nl", WIERENGA),
    # After an undated holiday period.
    ("Na de zomervakantie nemen we contact met je op over het vervolg.",
     "2037-07-02T10:00:00+02:00", None, "NL", "nl", WIERENGA),
    # By Friday 15 May: Friday 15 May.
    ("Uiterlijk vrijdag 15 mei laten we je weten wat de uitslag is.",
     "2037-05-11T11:00:00+02:00", ("2037-05-15", "2037-05-15"), "NL", "nl", WIERENGA),
    # Counted from an undated second interview.
    ("Binnen twee werkdagen na het tweede gesprek bellen we je.",
     "2037-09-21T10:00:00+02:00", None, "NL", "nl", WIERENGA),
    # ------------------------------------------------------------------ Swedish
    # Before Midsummer (Eve on Friday 19 June): Thursday 18 June, or the Eve itself.
    ("Vi återkommer med besked före midsommar.",
     "2037-06-08T13:00:00+02:00", ("2037-06-18", "2037-06-19"), "SE", "sv", LRSE),
    # After an undated step.
    ("Besked lämnas när referenserna har tagits.",
     "2037-04-21T10:00:00+02:00", None, "SE", "sv", LRSE),
    # Two weeks from Wednesday 2 September: Wednesday 16 September.
    ("Du får besked inom två veckor.",
     "2037-09-02T15:00:00+02:00", ("2037-09-16", "2037-09-16"), "SE", "sv", LRSE),
    # A usual length.
    ("Vanligtvis tar det några veckor innan beslut om anställning fattas.",
     "2037-10-13T10:00:00+02:00", None, "SE", "sv", LRSE),
    # ------------------------------------------------------------------ Thai
    # A Buddhist-era date: 15 July 2580 BE = Wednesday 15 July 2037.
    ("บริษัทจะแจ้งผลการสัมภาษณ์ภายในวันที่ 15 ก.ค. 2580",
     "2037-07-06T10:00:00+07:00", ("2037-07-15", "2037-07-15"), "TH", "th", JOBDST),
    # A usual length.
    ("โดยปกติฝ่ายบุคคลจะติดต่อกลับภายใน 1-2 สัปดาห์",
     "2037-02-03T10:00:00+07:00", None, "TH", "th", JOBDST),
    # Three working days from Friday 24 July skip Asarnha Bucha (27) and Buddhist Lent / the
    # King's birthday (28): 29, 30, 31 July.
    ("จะแจ้งผลให้ทราบภายใน 3 วันทำการ",
     "2037-07-24T14:00:00+07:00", ("2037-07-31", "2037-07-31"), "TH", "th", JOBDST),
    # ------------------------------------------------------------------ Vietnamese
    # Five working days after Tet (Friday 13 to Thursday 19 February): 20, 23, 24, 25, 26
    # February; the 27th accepted for a longer break.
    ("Chúng tôi sẽ thông báo kết quả phỏng vấn sau Tết Nguyên đán, trong vòng 5 ngày làm việc.",
     "2037-02-09T10:00:00+07:00", ("2037-02-26", "2037-02-27"), "VN", "vi", THANHNIEN),
    # Within a week from Monday 5 October: Monday 12 October.
    ("Chúng tôi sẽ phản hồi cho bạn trong vòng một tuần.",
     "2037-10-05T15:00:00+07:00", ("2037-10-12", "2037-10-12"), "VN", "vi", THANHNIEN),
    # Contact only if suitable.
    ("Nếu bạn phù hợp, chúng tôi sẽ liên hệ lại.",
     "2037-10-06T11:00:00+07:00", None, "VN", "vi", THANHNIEN),
    # ------------------------------------------------------------------ Bulgarian
    # Three working days from the dated interview, Tuesday 12 May: 13, 14, 15 May.
    ("Интервюто е на 12 май; класирането се обявява до три работни дни след него.",
     "2037-04-28T10:00:00+03:00", ("2037-05-15", "2037-05-15"), "BG", "bg", KULA),
    # By the end of the month from Monday 14 September: Wednesday 30 September.
    ("Резултатите ще бъдат обявени до края на месеца.",
     "2037-09-14T11:00:00+03:00", ("2037-09-30", "2037-09-30"), "BG", "bg", JOBSGOVBG),
    # Where notices are posted.
    ("Обявлението се поставя и на общодостъпното място в сградата на общината.",
     "2037-03-09T10:00:00+02:00", None, "BG", "bg", KULA),
    # ------------------------------------------------------------------ Slovenian
    # By the end of the month from Wednesday 15 April: Thursday 30 April.
    ("Odgovor boste prejeli do konca meseca.",
     "2037-04-15T12:00:00+02:00", ("2037-04-30", "2037-04-30"), "SI", "sl", CEKIN),
    # Contact only if chosen.
    ("Če bomo izbrali vas, vas bomo poklicali.",
     "2037-05-20T12:00:00+02:00", None, "SI", "sl", CEKIN),
    # Eight days from Monday 22 June: Tuesday 30 June.
    ("Odločitev vam sporočimo v osmih dneh.",
     "2037-06-22T10:00:00+02:00", ("2037-06-30", "2037-06-30"), "SI", "sl", CEKIN),
    # ------------------------------------------------------------------ German
    # Three working days from Wednesday 3 June in Munich skip Corpus Christi (Thursday 4,
    # Bavaria): 5, 8, 9 June.
    ("Unser Büro in München ist an Fronleichnam geschlossen; Sie hören innerhalb von drei "
     "Arbeitstagen von uns.",
     "2037-06-03T10:00:00+02:00", ("2037-06-09", "2037-06-09"), "DE", "de", RADIOBAMBERG),
    # A usual length.
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("Eine Rückmeldung erhalten Sie in der Regel zwei bis drei Wochen nach dem Gespräch.",
     "2037-02-17T10:00:00+01:00", ("2037-03-03", "2037-03-10"), "DE", "de", LAWSCHOOL),
    # By the end of next week from Tuesday 10 November: Friday 20 November.
    ("Wir geben Ihnen bis Ende nächster Woche Bescheid.",
     "2037-11-10T16:00:00+01:00", ("2037-11-20", "2037-11-20"), "DE", "de", LAWSCHOOL),
    # ------------------------------------------------------------------ Ukrainian
    # By Friday from Tuesday 3 February: Friday 6 February.
    ("Про результати співбесіди повідомимо до п'ятниці.",
     "2037-02-03T12:00:00+02:00", ("2037-02-06", "2037-02-06"), "UA", "uk", KMOAS),
    # How the competition is held.
    ("Конкурс проводиться шляхом тестування та проведення співбесіди.",
     "2037-02-04T12:00:00+02:00", None, "UA", "uk", KMOAS),
    # ------------------------------------------------------------------ Latvian
    # Five working days from Thursday 18 June skip Midsummer Eve and Day (23, 24): 19, 22, 25,
    # 26, 29 June.
    ("Rezultātus paziņosim piecu darba dienu laikā.",
     "2037-06-18T11:00:00+03:00", ("2037-06-29", "2037-06-29"), "LV", "lv", TVNET),
    # After an undated second round.
    ("Komisija pieņems lēmumu pēc konkursa otrās kārtas.",
     "2037-02-18T10:00:00+02:00", None, "LV", "lv", RIGALV),
    # ------------------------------------------------------------------ Portuguese
    # Tomorrow from Wednesday 3 June: Thursday 4 (Corpus Christi), or Friday 5.
    ("Damos-lhe uma resposta amanhã.",
     "2037-06-03T17:00:00+01:00", ("2037-06-04", "2037-06-05"), "PT", "pt", ESTUDAR),
    # Advice, not a promise.
    ("Se o empregador prometer uma resposta no prazo de uma semana, não lhe telefone antes.",
     "2037-06-10T10:00:00+01:00", None, "PT", "pt", ESTUDAR),
    # ------------------------------------------------------------------ Estonian
    # Counted from an undated committee meeting.
    ("Kandidaate teavitatakse tulemustest kolme tööpäeva jooksul pärast komisjoni koosolekut.",
     "2037-03-16T10:00:00+02:00", None, "EE", "et", TALLINN),
    # Before Jaanipäev (Wednesday 24 June, Victory Day on Tuesday 23): Monday 22 June.
    ("Anname teile vastuse enne jaanipäeva.",
     "2037-06-15T12:00:00+03:00", ("2037-06-22", "2037-06-23"), "EE", "et", TALLINN),
    # ------------------------------------------------------------------ Tamil
    # On 16 July: Thursday 16 July.
    ("தேர்வு முடிவுகள் ஜூலை 16 அன்று வெளியிடப்படும்.",
     "2037-07-06T10:00:00+05:30", ("2037-07-16", "2037-07-16"), "IN", "ta", PATRIKAI),
    # A date to be announced later.
    ("முடிவுகள் வெளியாகும் தேதி பின்னர் அறிவிக்கப்படும்.",
     "2037-07-07T10:00:00+05:30", None, "IN", "ta", DINAMANI),
]
