"""Round 21's timeline check set for languages other than English (issue #15, helper "tl21i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package
(0.109, whose tables for 2039 are computed rules), to check weekdays and each country's public
holidays for 2039 (with the region where the text implies one: Bavaria, Madrid, Catalonia, Kuala
Lumpur, Maharashtra). Each text paraphrases a process, a situation or a wording documented on the
public page cited in its source (found with the project's search tool, pages corpus; no page or
host cited by an earlier data file: every host was grepped in ``tests/data/*.py`` and
``real_timeline.jsonl``); names, companies and dates are invented, the wording is not copied.

It is written around the *classes* of each language's grammar, not around round 20's misses: for
the languages the reader had no words for (Nepali, Marathi, Georgian, Azerbaijani, Kazakh,
Albanian, Macedonian, Icelandic; and Uzbek and Armenian) "tomorrow", "within N (working) days",
"next week", "on <weekday>", "by the end of the month", "before <date>" and counts across the
country's holidays (Victory Day and Saint Andrew's Day in Georgia, Novruz in Azerbaijan, Nauryz
and Constitution Day in Kazakhstan, Summer Day in Albania, Saints Cyril and Methodius in North
Macedonia, Ascension in Iceland, Independence Day in Uzbekistan, Victory and Peace Day in
Armenia); named holidays elsewhere (the bridge day after Corpus Christi and Ascension in Bavaria,
Holy Week in Madrid, La Diada and Sant Joan in Catalonia, Unification Day in Bulgaria, Novruz
and Nauryz as "after" anchors, Iceland's 17 June); and texts that promise nothing: "a week or
two" (vague), the applicant's own counts, appeal and retake periods, usual lengths, logistics.

Reference dates are in 2039, a year no earlier file uses as a reference (1 January is a Saturday;
Western Easter 10 April, Orthodox Easter 17 April; Corpus Christi 9 June; Novruz 20-25 March in
Azerbaijan; Nauryz 21-23 March in Kazakhstan).

104 texts in 20 languages: Azerbaijani 9, Kazakh 9, Icelandic 9, Nepali 8, Marathi 8, Georgian
8, Albanian 8, Macedonian 8, Uzbek 5, Russian 5, Armenian 3, German 3, Spanish 3, Catalan 3,
Malay 3, Tagalog 3, Bengali 3, Hindi 2, Bulgarian 2, Tamil 2; 38 promise nothing.

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t20i.py``,
whose conventions it follows, with docs/timelines.md "Round 20: label conventions": business
days skip weekends and the country's public holidays; "within N days/weeks" the exact day (a
calendar-day deadline on a weekend or a public holiday also accepts the next working day);
"tomorrow" the next calendar day; "next week" its Monday to Friday; "on <weekday>" the next such
day; "by the end of the month" the month's last day; "before <day>" the day before and the day;
"after <holiday>" the first two working days after the holiday block; in Nepal Sunday is a working
day and in Bangladesh the week runs Sunday to Thursday; "a week or two", usual lengths, the
applicant's own deadlines and counts, appeal periods, logistics and interview schedules promise
nothing.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier file.
# Nepali: a court decision on a public service commission's selection; a columnist on interviews.
NKPGOV = "http://nkp.gov.np/full_detail/6549"
KANTIPUR = "https://www.kantipurdaily.com/koseli/2018/09/08/153637706133498473.html?author=1"
# Marathi: news on a commission's interview timetables and selection process.
GOVNOKRI = "https://govnokri.in/?p=129252"
THEPOINTNOW = "https://thepointnow.in/mpsc-2022-interview-selection-process-in-nashik"
# Georgian: a municipal fund's appeal rules; a careers page listing competition stages.
MDFGE = "http://mdf.org.ge/?site-lang=ka&site-path=public_info/staffing/&id=161"
GETOGE = "https://geto.ge/%E1%83%99%E1%83%90%E1%83%A0%E1%83%98%E1%83%94%E1%83%A0%E1%83%90/"
# Azerbaijani: news on the examination centre's civil-service interviews and appeals.
SONAZ = "http://son.az/az/news/353030/dim-xeberdarliq-etdi"
SIAAZ = "http://sia.az/az/news/education/674101.html"
OVQAT = ("https://ovqat.com/gundem/18087-dm-mlumat-yayd-dovlt-qulluu-ucun-musabiqnin-musahib-mrhls"
         "i-bard.html")
METBUAT = "https://metbuat.az/news/1473775/bu-qebul-imtahanlarinin-neticeleri.html"
# Kazakh: competition rules for administrative civil-service posts; a district news site.
ZAKONKZ = ("https://kaz.zakon.kz/quqiq/6073206-b-korpusyny-memlekettk-kmshlk-lauazymyna-ornalasua-k"
           "onkurs-zhaa-erezheler-abyldandy.html")
QARAJAL = "https://qarajalnews.kz/?p=1752"
TDK42 = "https://tdk42.kz/?p=23595"
# Albanian: news on a broadcaster's director selection by interview.
GAZCIVILE = ("https://gazetariacivile.com/dalin-rezultatet-finale-per-zgjedhjen-e-drejtorit-te-rtk-"
             "se-ky-kandidat-mori-me-se-shumti-vota/")
KLINA = "https://klina.info/shkumbin-ahmetxhekaj-zgjidhet-drejtor-i-rtk-se"
# Macedonian: a university career centre's job-interview guide.
UACS = ("http://old.uacs.edu.mk/documents/current-students/career-center/for-students/jobs-searching"
        "-strategies-career-fair-info-career-counseling_668.aspx")
# Icelandic: a trade union's and a pharmacy chain's interview advice; a youth job-search page.
FVSA = "https://www.fvsa.is/is/kaup-og-kjor/gagnlegar-upplysingar/radning/radningarvidtal"
LYFJA = "https://www.lyfja.is/um-lyfju/vinnustadurinn/storf-i-bodi/starfsvidtol/"
BARONINN = "http://asiung.baroninn.is/?page_id=128"
# Uzbek: news on a placement regulation (announcements of at least 5 working days); a legal
# column on probation at hiring.
SPUTNIKUZ = "https://sputniknews.uz/20260210/xorij-ish-bandlik-agentliklar-taqsimlash-55598783.html"
XABARDOR = "https://xabardor.uz/uz/post/kimlarga-ishga-qabul-qilinganda-dastlabki-sinov-belgilanmaydi"
# Armenian: an ombudsman office's rules for civil-service competitions.
ARTSAKHOMBUDS = "https://artsakhombuds.am/en/document/516"
# Russian: a job seeker's diary of a promised week of feedback; an employer review site.
DZEN = "https://dzen.ru/a/X_tP-K8ULwsX8yRP"
WORKINFO = "https://work-info.pro/reviews/946506"
SRATHBUN = "https://srathbun.com/career/3442-chto-delat-posle-sobesedovaniya.html"
# German: a guide to following up an interview.
NETZBEWERBER = "https://netzbewerber.net/vorstellung_nachbereitung.html"
# Spanish: a careers column on interview length and what follows.
ELFIXGON = "https://elfixgon.com/node/1137460"
BABELIA = "https://www.babelia-formacion.com/news/cuanto-suele-durar-una-entrevista-trabajo/"
# Catalan: a newspaper on a council's selection process.
DIARIGIRONA = ("https://www.diaridegirona.cat/girona/2026/03/02/quinze-preguntes-han-superar-aspira"
               "nts-127339867.html")
# Malay: a municipal council's customer charter (decisions notified within N days).
MPKLANG = "http://www.mpklang.gov.my/ms/mp-klang/pengurusan/jabatan-pusat-setempat-osc/page/0/2"
# Tagalog: Filipino job seekers' interview blogs.
MORRISE = "http://tuesdayswithmorrise.blogspot.com/2008/02/job-interviews-how-to-do-well.html"
PINOYREFRESHER = ("https://pinoyrefresher.com/simple-tips-on-how-to-achieve-a-successful-job-inter"
                  "view-and-get-the-position")
JOGIN = "https://jogintamayo.blogspot.com/2011/07/how-i-survived-my-job-interview.html"
# Bengali: Bangladeshi news on recruitment viva results and schedules.
STUDYONLINEBD = "https://studyonlinebd.com/user/jobs-exam-date-details/?id=22185"
MEDIOQ = "https://medioq.com/BD/Kurigaon/101589121931583/Lokman-Hossain"
UNBBD = "https://unb.com.bd/bangla/news/tag/56561"
# Hindi: news on interviews for government posts.
BHOPALSAMACHAR = "https://www.bhopalsamachar.com/2015/10/blog-post_644.html"
AMSTELGANGA = ("http://amstelganga.org/%e0%a4%b8%e0%a4%be%e0%a4%95%e0%a5%8d%e0%a4%b7%e0%a4%be%e0%a4"
               "%a4%e0%a5%8d%e0%a4%95%e0%a4%be%e0%a4%b0-2")
# Bulgarian: instructions for running an interview.
OPERANI = "https://operani.com/category/hr/"
# Tamil: Sri Lankan Tamil news on when results will be announced.
HIRUNEWS = "https://www.hirunews.lk/tamil/247216/"
UNIVERSALTAMIL = ("https://universaltamil.com/%E0%AE%89%E0%AE%B3%E0%AF%8D%E0%AE%B3%E0%AF%82%E0%AE%B0"
                  "%E0%AE%BE%E0%AE%9F%E0%AF%8D%E0%AE%9A%E0%AE%BF%E0%AE%A4%E0%AF%8D-%E0%AE%A4%E0%AF"
                  "%87%E0%AE%B0%E0%AF%8D%E0%AE%A4%E0%AE%B2%E0%AF%8D-%E0%AE%AE/")

TL_TUNE21_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ----------------------------------------------------------- Nepali
    ("अन्तर्वार्ताको नतिजा सात दिनभित्र आयोगको वेबसाइटमा प्रकाशित गरिनेछ।",
     "2039-02-14T11:00:00+05:45", ("2039-02-21", "2039-02-21"), "NP", "ne", NKPGOV),
    ("तपाईंलाई भोलि फोन गरेर नतिजाबारे जानकारी दिइनेछ।",
     "2039-05-10T14:00:00+05:45", ("2039-05-11", "2039-05-11"), "NP", "ne", KANTIPUR),
    ("छनोट भएका उम्मेदवारहरूको सूची अर्को हप्ता सार्वजनिक गरिनेछ।",
     "2039-07-13T10:00:00+05:45", ("2039-07-18", "2039-07-22"), "NP", "ne", NKPGOV),
    # Counted from the interview, which is the reference.
    ("अन्तर्वार्ता सकिएको पन्ध्र दिनभित्र योग्यताक्रमको सूची प्रकाशित गरिनेछ।",
     "2039-08-03T11:00:00+05:45", ("2039-08-18", "2039-08-18"), "NP", "ne", NKPGOV),
    # Logistics: the interview's own date, later.
    ("अन्तर्वार्ताको मिति र समय पछि सूचित गरिनेछ।",
     "2039-01-19T10:00:00+05:45", None, "NP", "ne", NKPGOV),
    # A usual length.
    ("सामान्यतया नतिजा आउन दुई तीन हप्ता लाग्छ।",
     "2039-10-05T15:00:00+05:45", None, "NP", "ne", KANTIPUR),
    ("नतिजा शुक्रबार प्रकाशित हुनेछ।",
     "2039-11-08T11:00:00+05:45", ("2039-11-11", "2039-11-11"), "NP", "ne", KANTIPUR),
    # The applicant's own count.
    ("प्रस्तावबारे म तीन दिनभित्र जवाफ दिनेछु।",
     "2039-04-06T16:00:00+05:45", None, "NP", "ne", KANTIPUR),
    # ---------------------------------------------------------- Marathi
    ("मुलाखतीचा निकाल सात दिवसांत संकेतस्थळावर जाहीर केला जाईल.",
     "2039-03-02T11:00:00+05:30", ("2039-03-09", "2039-03-09"), "IN", "mr", GOVNOKRI),
    ("निवड यादी पुढील आठवड्यात प्रसिद्ध करण्यात येईल.",
     "2039-06-15T12:00:00+05:30", ("2039-06-20", "2039-06-24"), "IN", "mr", THEPOINTNOW),
    ("आम्ही उद्या तुम्हाला फोन करून कळवू.",
     "2039-09-20T15:00:00+05:30", ("2039-09-21", "2039-09-21"), "IN", "mr", THEPOINTNOW),
    # Devanagari digits.
    ("अंतिम निकाल १५ मार्च रोजी जाहीर केला जाईल.",
     "2039-03-07T10:00:00+05:30", ("2039-03-15", "2039-03-15"), "IN", "mr", THEPOINTNOW),
    # Logistics: the interview timetable.
    ("मुलाखतीचा कार्यक्रम स्वतंत्रपणे जाहीर करण्यात येणार आहे.",
     "2039-05-24T10:00:00+05:30", None, "IN", "mr", GOVNOKRI),
    # Logistics.
    ("मुलाखतीला येताना मूळ प्रमाणपत्रे सोबत आणावीत.",
     "2039-11-16T10:00:00+05:30", None, "IN", "mr", GOVNOKRI),
    ("मुलाखतीचा निकाल येत्या शुक्रवारी कळवला जाईल.",
     "2039-08-23T16:00:00+05:30", ("2039-08-26", "2039-08-26"), "IN", "mr", THEPOINTNOW),
    # A usual length.
    ("निकाल साधारणपणे दोन ते तीन आठवड्यांत लागतो.",
     "2039-12-06T11:00:00+05:30", None, "IN", "mr", GOVNOKRI),
    # --------------------------------------------------------- Georgian
    # Victory Day (Monday 9 May) and Saint Andrew's Day (Thursday 12 May) skipped.
    ("გასაუბრების შედეგს სამი სამუშაო დღის ვადაში გაცნობებთ.",
     "2039-05-06T10:00:00+04:00", ("2039-05-13", "2039-05-13"), "GE", "ka", GETOGE),
    ("პასუხს ხვალ მიიღებთ.",
     "2039-02-08T15:00:00+04:00", ("2039-02-09", "2039-02-09"), "GE", "ka", GETOGE),
    ("კონკურსის შედეგები მომავალ კვირას გამოქვეყნდება.",
     "2039-10-19T11:00:00+04:00", ("2039-10-24", "2039-10-28"), "GE", "ka", MDFGE),
    ("ათი დღის განმავლობაში დაგიკავშირდებით.",
     "2039-06-06T12:00:00+04:00", ("2039-06-16", "2039-06-16"), "GE", "ka", GETOGE),
    # The candidate's appeal period.
    ("კონკურსის შედეგების გასაჩივრება შესაძლებელია ხუთი დღის ვადაში.",
     "2039-03-15T10:00:00+04:00", None, "GE", "ka", MDFGE),
    # Logistics.
    ("გასაუბრება ჩატარდება ონლაინ რეჟიმში.",
     "2039-07-20T10:00:00+04:00", None, "GE", "ka", GETOGE),
    ("შედეგებს პარასკევს გაცნობებთ.",
     "2039-11-29T14:00:00+04:00", ("2039-12-02", "2039-12-02"), "GE", "ka", GETOGE),
    # Vague: a week or two.
    ("პასუხს ალბათ ერთ-ორ კვირაში მიიღებთ.",
     "2039-08-24T16:00:00+04:00", None, "GE", "ka", GETOGE),
    # ------------------------------------------------------ Azerbaijani
    # Novruz (20-25 March) skipped.
    ("Müsahibənin nəticəsi barədə sizə beş iş günü ərzində məlumat veriləcək.",
     "2039-03-17T11:00:00+04:00", ("2039-03-31", "2039-03-31"), "AZ", "az", SONAZ),
    ("Sabah sizə zəng edəcəyik.",
     "2039-04-12T15:00:00+04:00", ("2039-04-13", "2039-04-13"), "AZ", "az", OVQAT),
    ("Nəticələr gələn həftə elan ediləcək.",
     "2039-09-14T12:00:00+04:00", ("2039-09-19", "2039-09-23"), "AZ", "az", METBUAT),
    ("Nəticələr 10 gün ərzində Mərkəzin saytında yerləşdiriləcək.",
     "2039-02-01T10:00:00+04:00", ("2039-02-11", "2039-02-11"), "AZ", "az", METBUAT),
    # The candidate's appeal registration.
    ("Apellyasiya üçün müraciət etmək istəyənlər 3 gün ərzində qeydiyyatdan keçə bilərlər.",
     "2039-07-13T10:00:00+04:00", None, "AZ", "az", METBUAT),
    # Logistics: the interviews' own end.
    ("Namizədlərlə müsahibələr mayın 15-dək davam edəcək.",
     "2039-04-27T10:00:00+04:00", None, "AZ", "az", SIAAZ),
    ("Cavabı cümə günü verəcəyik.",
     "2039-11-01T16:00:00+04:00", ("2039-11-04", "2039-11-04"), "AZ", "az", OVQAT),
    # After Novruz (20-25 March, then the weekend): the first two working days after it.
    # relabelled in round 22: a plain "after <holiday>" is the rest of that working week
    # (Monday 28 March to Friday 1 April), was 28-29.
    ("Nəticələr Novruz bayramından sonra açıqlanacaq.",
     "2039-03-16T11:00:00+04:00", ("2039-03-28", "2039-04-01"), "AZ", "az", SONAZ),
    # The applicant's own count.
    ("Təklifinizə üç gün ərzində cavab verəcəyəm.",
     "2039-06-01T17:00:00+04:00", None, "AZ", "az", OVQAT),
    # ----------------------------------------------------------- Kazakh
    # Constitution Day (Tuesday 15 March) skipped.
    ("Әңгімелесу нәтижелері туралы үш жұмыс күні ішінде хабарлаймыз.",
     "2039-03-14T10:00:00+05:00", ("2039-03-18", "2039-03-18"), "KZ", "kk", ZAKONKZ),
    ("Ертең сізге хабарласамыз.",
     "2039-06-21T15:00:00+05:00", ("2039-06-22", "2039-06-22"), "KZ", "kk", TDK42),
    ("Конкурс нәтижелері келесі аптада жарияланады.",
     "2039-10-12T11:00:00+05:00", ("2039-10-17", "2039-10-21"), "KZ", "kk", QARAJAL),
    # Saturday 20 August: the next working day also accepted.
    ("Конкурс нәтижелері он күн ішінде сайтта жарияланады.",
     "2039-08-10T10:00:00+05:00", ("2039-08-20", "2039-08-22"), "KZ", "kk", ZAKONKZ),
    # A retake period for the candidate.
    ("Тестілеуден өтпеген азаматтар он бес күннен соң қайта тапсыра алады.",
     "2039-04-20T10:00:00+05:00", None, "KZ", "kk", QARAJAL),
    # Logistics.
    ("Әңгімелесу мемлекеттік тілде жүргізіледі.",
     "2039-11-23T10:00:00+05:00", None, "KZ", "kk", ZAKONKZ),
    ("Жұма күні қоңырау шаламыз.",
     "2039-02-22T16:00:00+05:00", ("2039-02-25", "2039-02-25"), "KZ", "kk", TDK42),
    # After Nauryz (21-23 March): the first two working days after it.
    ("Нәтижелер Наурыз мерекесінен кейін жарияланады.",
     "2039-03-17T11:00:00+05:00", ("2039-03-24", "2039-03-25"), "KZ", "kk", QARAJAL),
    # Vague: a week or two.
    ("Жауапты бір-екі аптада береміз.",
     "2039-12-07T15:00:00+05:00", None, "KZ", "kk", TDK42),
    # --------------------------------------------------------- Albanian
    # Summer Day (Monday 14 March) skipped.
    ("Do t'ju njoftojmë për rezultatin brenda tre ditëve pune.",
     "2039-03-10T10:00:00+01:00", ("2039-03-16", "2039-03-16"), "AL", "sq", GAZCIVILE),
    ("Do t'ju telefonojmë nesër.",
     "2039-05-17T15:00:00+02:00", ("2039-05-18", "2039-05-18"), "AL", "sq", KLINA),
    ("Rezultatet do të publikohen javën e ardhshme.",
     "2039-09-28T11:00:00+02:00", ("2039-10-03", "2039-10-07"), "AL", "sq", GAZCIVILE),
    # Saturday 18 June: the next working day also accepted.
    ("Vendimi formal do t'ju dërgohet brenda 10 ditëve.",
     "2039-06-08T12:00:00+02:00", ("2039-06-18", "2039-06-20"), "AL", "sq", GAZCIVILE),
    # No number: "within the legal time limit".
    ("Vendimi formal do t'u dërgohet kandidatëve brenda afatit kohor ligjor.",
     "2039-10-18T10:00:00+02:00", None, "AL", "sq", GAZCIVILE),
    # Logistics.
    ("Intervista zgjat rreth 30 minuta.",
     "2039-01-25T10:00:00+01:00", None, "AL", "sq", KLINA),
    ("Do t'ju kontaktojmë të premten.",
     "2039-11-15T16:00:00+01:00", ("2039-11-18", "2039-11-18"), "AL", "sq", KLINA),
    # Vague: one or two weeks.
    ("Përgjigjen do ta merrni brenda një ose dy javësh.",
     "2039-04-05T14:00:00+02:00", None, "AL", "sq", KLINA),
    # ------------------------------------------------------- Macedonian
    # Saints Cyril and Methodius (Tuesday 24 May) skipped.
    ("Ќе ве известиме за резултатот во рок од пет работни дена.",
     "2039-05-18T10:00:00+02:00", ("2039-05-26", "2039-05-26"), "MK", "mk", UACS),
    ("Ќе ви се јавиме утре.",
     "2039-03-08T15:00:00+01:00", ("2039-03-09", "2039-03-09"), "MK", "mk", UACS),
    ("Резултатите ќе бидат објавени следната недела.",
     "2039-07-06T11:00:00+02:00", ("2039-07-11", "2039-07-15"), "MK", "mk", UACS),
    ("Одлуката ќе ја добиете до крајот на месецот.",
     "2039-02-09T12:00:00+01:00", ("2039-02-28", "2039-02-28"), "MK", "mk", UACS),
    # The candidate's appeal period.
    ("Кандидатите можат да поднесат жалба во рок од осум дена.",
     "2039-09-14T10:00:00+02:00", None, "MK", "mk", UACS),
    # Logistics.
    ("Интервјуто ќе се одржи во просториите на фирмата.",
     "2039-12-01T10:00:00+01:00", None, "MK", "mk", UACS),
    ("Ќе ви одговориме во петок.",
     "2039-10-04T16:00:00+02:00", ("2039-10-07", "2039-10-07"), "MK", "mk", UACS),
    # The applicant's own count.
    ("Ќе ви одговорам за понудата во рок од три дена.",
     "2039-06-28T17:00:00+02:00", None, "MK", "mk", UACS),
    # -------------------------------------------------------- Icelandic
    # Ascension (Thursday 19 May) skipped.
    ("Við munum hafa samband innan fimm virkra daga.",
     "2039-05-16T10:00:00+00:00", ("2039-05-24", "2039-05-24"), "IS", "is", FVSA),
    ("Þú færð svar á morgun.",
     "2039-02-15T15:00:00+00:00", ("2039-02-16", "2039-02-16"), "IS", "is", LYFJA),
    ("Niðurstaða liggur fyrir í næstu viku.",
     "2039-09-07T11:00:00+00:00", ("2039-09-12", "2039-09-16"), "IS", "is", FVSA),
    # "before 1 March": the day before and the day.
    ("Öllum umsækjendum verður svarað fyrir 1. mars.",
     "2039-02-16T12:00:00+00:00", ("2039-02-28", "2039-03-01"), "IS", "is", LYFJA),
    # Logistics.
    ("Viðtalið tekur um það bil klukkustund.",
     "2039-10-26T10:00:00+00:00", None, "IS", "is", BARONINN),
    # The candidate's own deadline.
    ("Umsóknarfrestur er til og með 20. janúar.",
     "2039-01-11T10:00:00+00:00", None, "IS", "is", BARONINN),
    ("Við hringjum í þig á föstudaginn.",
     "2039-11-22T16:00:00+00:00", ("2039-11-25", "2039-11-25"), "IS", "is", LYFJA),
    # National Day (Friday 17 June) by its date: the day before and the day.
    ("Þú færð svar fyrir 17. júní.",
     "2039-06-06T10:00:00+00:00", ("2039-06-16", "2039-06-17"), "IS", "is", FVSA),
    # Vague: a week or two.
    ("Þú færð líklega svar eftir viku til tvær.",
     "2039-03-29T14:00:00+00:00", None, "IS", "is", LYFJA),
    # ------------------------------------------------------------ Uzbek
    # Independence Day (Thursday 1 September) skipped.
    ("Suhbat natijalari haqida uch ish kuni ichida xabar beramiz.",
     "2039-08-30T10:00:00+05:00", ("2039-09-05", "2039-09-05"), "UZ", "uz", SPUTNIKUZ),
    ("Ertaga sizga qo'ng'iroq qilamiz.",
     "2039-04-05T15:00:00+05:00", ("2039-04-06", "2039-04-06"), "UZ", "uz", XABARDOR),
    # Logistics.
    ("Suhbat odatda 30 daqiqa davom etadi.",
     "2039-06-14T10:00:00+05:00", None, "UZ", "uz", XABARDOR),
    ("Natijalar keyingi haftada e'lon qilinadi.",
     "2039-11-09T11:00:00+05:00", ("2039-11-14", "2039-11-18"), "UZ", "uz", SPUTNIKUZ),
    # Vague: a week or two.
    ("Javobni bir-ikki hafta ichida olasiz.",
     "2039-02-16T14:00:00+05:00", None, "UZ", "uz", XABARDOR),
    # --------------------------------------------------------- Armenian
    # Victory and Peace Day (Monday 9 May) skipped.
    ("Հարցազրույցի արդյունքների մասին կտեղեկացնենք հինգ աշխատանքային օրվա ընթացքում։",
     "2039-05-04T10:00:00+04:00", ("2039-05-12", "2039-05-12"), "AM", "hy", ARTSAKHOMBUDS),
    ("Վաղը կզանգահարենք ձեզ։",
     "2039-10-11T15:00:00+04:00", ("2039-10-12", "2039-10-12"), "AM", "hy", ARTSAKHOMBUDS),
    # Logistics.
    ("Մրցույթին կարող են ներկա գտնվել լրատվամիջոցների ներկայացուցիչները։",
     "2039-03-23T10:00:00+04:00", None, "AM", "hy", ARTSAKHOMBUDS),
    # ---------------------------------------------------------- Russian
    ("Ответ дадим вам на следующей неделе.",
     "2039-04-13T12:00:00+03:00", ("2039-04-18", "2039-04-22"), "RU", "ru", WORKINFO),
    ("HR-директор обещала дать обратную связь через неделю.",
     "2039-08-16T18:00:00+03:00", ("2039-08-23", "2039-08-23"), "RU", "ru", DZEN),
    # A usual length.
    ("Обычно работодатели отвечают в течение одной-двух недель.",
     "2039-02-02T11:00:00+03:00", None, "RU", "ru", SRATHBUN),
    ("Сообщение о результатах конкурса будет направлено вам в 7-дневный срок.",
     "2039-06-08T10:00:00+03:00", ("2039-06-15", "2039-06-15"), "RU", "ru", SRATHBUN),
    # The applicant's own count.
    ("Я дам ответ по вашему предложению в течение трёх дней.",
     "2039-10-19T17:00:00+03:00", None, "RU", "ru", SRATHBUN),
    # ----------------------------------------------------------- German
    # After the bridge day after Corpus Christi (Thursday 9 June; Friday 10 June the bridge):
    # the first two working days after it.
    # relabelled in round 22: a plain "after <holiday>" is the rest of that working week
    # (Monday 13 to Friday 17 June), was 13-14.
    ("Wir melden uns nach dem Brückentag nach Fronleichnam bei Ihnen.",
     "2039-06-01T10:00:00+02:00", ("2039-06-13", "2039-06-17"), "DE", "de", NETZBEWERBER),
    # By Ascension (Thursday 19 May): the day before, the day and the next working day.
    ("Eine Rückmeldung erhalten Sie spätestens an Christi Himmelfahrt.",
     "2039-05-09T14:00:00+02:00", ("2039-05-18", "2039-05-20"), "DE", "de", NETZBEWERBER),
    # A usual length.
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("In der Regel dauert es ein bis zwei Wochen, bis Sie eine Rückmeldung bekommen.",
     "2039-03-22T11:00:00+01:00", ("2039-03-29", "2039-04-05"), "DE", "de", NETZBEWERBER),
    # ---------------------------------------------------------- Spanish
    # After Holy Week in Madrid (Thursday 7 and Friday 8 April, then the weekend).
    # relabelled in round 22: a plain "after <holiday>" is the rest of that working week
    # (Monday 11 to Friday 15 April), was 11-12.
    ("Te daremos una respuesta después de Semana Santa.",
     "2039-04-04T12:00:00+02:00", ("2039-04-11", "2039-04-15"), "ES", "es", ELFIXGON),
    ("Te llamaremos el lunes.",
     "2039-10-05T17:00:00+02:00", ("2039-10-10", "2039-10-10"), "ES", "es", BABELIA),
    # Logistics.
    ("La entrevista suele durar entre 30 y 60 minutos.",
     "2039-01-18T10:00:00+01:00", None, "ES", "es", ELFIXGON),
    # ---------------------------------------------------------- Catalan
    # Before La Diada (Sunday 11 September): Friday 9 to the next working day, Monday 12.
    ("Us comunicarem el resultat abans de la Diada.",
     "2039-09-01T10:00:00+02:00", ("2039-09-09", "2039-09-12"), "ES", "ca", DIARIGIRONA),
    # Sant Joan (Friday 24 June) skipped.
    ("Rebreu la resposta en el termini de deu dies hàbils.",
     "2039-06-17T12:00:00+02:00", ("2039-07-04", "2039-07-04"), "ES", "ca", DIARIGIRONA),
    # Logistics.
    ("La prova consta de vint preguntes i dura com a màxim seixanta minuts.",
     "2039-02-23T10:00:00+01:00", None, "ES", "ca", DIARIGIRONA),
    # ------------------------------------------------------------ Malay
    # National Day (Wednesday 31 August) skipped.
    ("Keputusan temuduga akan dimaklumkan dalam tempoh tiga (3) hari bekerja.",
     "2039-08-29T10:00:00+08:00", ("2039-09-02", "2039-09-02"), "MY", "ms", MPKLANG),
    # Vague: a week or two.
    ("Kami akan hubungi anda dalam seminggu dua.",
     "2039-03-16T15:00:00+08:00", None, "MY", "ms", MPKLANG),
    ("Keputusan akan dimaklumkan minggu hadapan.",
     "2039-07-20T11:00:00+08:00", ("2039-07-25", "2039-07-29"), "MY", "ms", MPKLANG),
    # ---------------------------------------------------------- Tagalog
    ("Tatawagan ka namin sa Lunes.",
     "2039-06-08T16:00:00+08:00", ("2039-06-13", "2039-06-13"), "PH", "tl", MORRISE),
    # No day.
    ("Tatawagan ka na lang namin.",
     "2039-02-09T11:00:00+08:00", None, "PH", "tl", JOGIN),
    # Saturday 10 September: the next working day also accepted.
    ("Ibibigay namin ang resulta sa loob ng limang araw.",
     "2039-09-05T10:00:00+08:00", ("2039-09-10", "2039-09-12"), "PH", "tl", PINOYREFRESHER),
    # ---------------------------------------------------------- Bengali
    # Sunday is a working day in Bangladesh.
    ("মৌখিক পরীক্ষার ফল সাত দিনের মধ্যে প্রকাশ করা হবে।",
     "2039-05-08T11:00:00+06:00", ("2039-05-15", "2039-05-15"), "BD", "bn", STUDYONLINEBD),
    ("আগামী রবিবার ফলাফল জানানো হবে।",
     "2039-11-02T12:00:00+06:00", ("2039-11-06", "2039-11-06"), "BD", "bn", UNBBD),
    # Logistics: the viva's own date.
    ("মৌখিক পরীক্ষার তারিখ ও সময় এসএমএসের মাধ্যমে জানানো হবে।",
     "2039-08-21T10:00:00+06:00", None, "BD", "bn", STUDYONLINEBD),
    # ------------------------------------------------------------ Hindi
    # The interviews' own end date first, then the result's.
    ("साक्षात्कार 18 मार्च तक चलेंगे और अंतिम परिणाम 25 मार्च को घोषित किया जाएगा।",
     "2039-03-14T11:00:00+05:30", ("2039-03-25", "2039-03-25"), "IN", "hi", BHOPALSAMACHAR),
    # Logistics: the schedule.
    ("इंटरव्यू का विस्तृत कार्यक्रम सोमवार को जारी किया जाएगा।",
     "2039-07-06T10:00:00+05:30", None, "IN", "hi", AMSTELGANGA),
    # -------------------------------------------------------- Bulgarian
    # After Unification Day (Tuesday 6 September): the first two working days after it.
    # relabelled in round 22: a plain "after <holiday>" is the rest of that working week
    # (Wednesday 7 to Friday 9 September), was 7-8.
    ("Ще ви съобщим решението след Деня на Съединението.",
     "2039-09-01T10:00:00+03:00", ("2039-09-07", "2039-09-09"), "BG", "bg", OPERANI),
    # Logistics.
    ("Интервюто ще се проведе в офиса ни в София.",
     "2039-04-27T10:00:00+03:00", None, "BG", "bg", OPERANI),
    # ------------------------------------------------------------ Tamil
    # Republic Day (Wednesday 26 January): the next working day also accepted.
    ("இரண்டு வாரங்களுக்குள் முடிவுகள் அறிவிக்கப்படும்.",
     "2039-01-12T11:00:00+05:30", ("2039-01-26", "2039-01-27"), "IN", "ta", HIRUNEWS),
    # Logistics.
    ("நேர்காணல் காலை 10 மணிக்கு தொடங்கும்.",
     "2039-05-11T10:00:00+05:30", None, "IN", "ta", UNIVERSALTAMIL),
]
