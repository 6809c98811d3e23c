"""Round 22's timeline check set for languages other than English (issue #15, helper "tl22i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``calendar``/``datetime`` and the
``holidays`` package (0.109; its tables for 2041 are computed rules, lunar feasts estimated), to
check weekdays and each country's public holidays for 2041 (Galicia as the region for Spain,
Wales for the United Kingdom, Tamil Nadu for India). Each text paraphrases a process, a
situation or a wording documented on the public page cited in its source (found with the
project's search tool, pages corpus; no page or host cited by an earlier data file: every host
was grepped in ``tests/data/*.py`` and ``real_timeline.jsonl``; the tistory and blogspot
platforms are shared with earlier hosts); names, companies and dates are invented, the wording
is not copied.

It is written around the *classes* of each language's grammar, not around round 21's misses:
"tomorrow", "today / this evening", "within N (working) days / weeks", "next week", "by the end
of the month", "on / by <weekday>", "this <weekday>", "on <day month>", "early / mid / late
<month>", a public holiday named in the text ("after <holiday>": the rest of that working week,
round 22's convention), and texts that promise nothing: logistics, the candidate's own
deadline asked by the employer, usual lengths. Languages: the nine the reader had no words for
(Welsh, Afrikaans, Galician, Maltese, Pashto, Amharic, Khmer, Mongolian, Turkmen) and the thin
ones of round 21's blind batch (Tamil, Hebrew, Urdu, Persian, Thai, Korean, Kazakh, Albanian,
Dutch).

Reference dates are in 2041, a year no earlier file uses as a reference (1 January is a
Tuesday; Western Easter 21 April, Good Friday 19 April; Chuseok 9-11 September; Nauryz 21-23
March with 25 March observed in Kazakhstan; Novruz 21-22 March in Turkmenistan; Khmer New Year
13-15 April; Songkran 13-16 April; Naadam 10-15 July; Sette Giugno on Friday 7 June; the
Galician national day on Thursday 25 July; Summer Day in Albania on Thursday 14 March).

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_t21i.py``,
with docs/timelines.md "Round 20: label conventions" and "Round 22: label conventions":
business days skip weekends and the country's public holidays; "within N days/weeks" the exact
day; "tomorrow" the next calendar day; "today / this evening" the day itself; "next week" its
Monday to Friday (in Israel Sunday to Thursday, in Iran Saturday to Wednesday, both also
accepting up to that Friday); "on / by <weekday>" that day; "before <weekday>" the day before and
the day; "by the end of the month" its last day; "mid <month>" the 11th-20th, "late <month>" the
21st to the end; "after <holiday>" the first working day after the holiday block to the last
working day of that week; the candidate's own deadlines, logistics and usual lengths promise
nothing.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier file.
# Welsh: a revision guide in Welsh on how an interviewer closes an interview and says what
# happens next ("the final report should be finished by December").
NEWM33 = "http://newm33arads.com/bitesize/guides/z8wr4j6/revision/7"
# Afrikaans: a labour union's page on public holidays and who works on them; a newsletter.
LWO = "https://lwo.co.za/artikels/page/12/?lang=af-za"
SOLDEER = "https://www.soldeer.co.za/nuusbriewe/soldeer/706/nuusbrief706-t.htm"
# Galician: a guide to the job interview (the selector decides whom to hire afterwards).
ONELIB = "https://1library.co/document/yr3p43j8-a-entrevista-de-traballo.html"
# Maltese: the government services FAQ (a case is opened and answered by the department); the
# employment-agency licence page (dates by which applications are processed).
SERVIZZ = "https://www.servizz.gov.mt/mt/Pages/Servizz/FAQs/default.aspx"
DIER = "https://dier.gov.mt/mt/Relazzjonijiet%20Industrijali/agenziji%20tal%20impieg/Pages/Informazzjoni.aspx"
# Pashto: news from Afghanistan (announcements with days and deadlines).
TOLAFGHAN = "https://tolafghan.com/news/23910"
# Amharic: a city administration's staff exam postponed to the following Saturday; a job fair
# running until the next day.
ETHIOFM = ("https://ethiofm107.com/2023/12/25/%E1%89%A0%E1%89%B0%E1%8B%AB%E1%8B%98%E1%88%88%E1%89%B5-"
           "%E1%89%80%E1%8A%95-%E1%8B%AB%E1%88%8D%E1%89%B0%E1%88%B0%E1%8C%A0%E1%8B%8D-%E1%8B%A8%E1%8A%A0"
           "%E1%8B%B2%E1%88%B5-%E1%8A%A0%E1%89%A0%E1%89%A3/")
AMNGOV = "https://www.amn.gov.et/?p=9511"
# Khmer: why candidates fail interviews (a panel member's questions); why to interview often;
# a blogger's interview tips (before, during and after the interview).
KHIMPHON = "https://www.khimphon.com/2017/10/blog-post_10.html"
BIZKHMER = "https://bizkhmer.com/articles/75031"
ROSRITHY = "http://rosrithysak.blogspot.com/p/general-knowledge.html"
# Mongolian: the civil service council's exam material; a provincial selection procedure; the
# police recruitment notice (documents to bring, stages).
CSCMN = "https://csc.gov.mn/uploads/Exam/beldehMaterial.htm"
BAYANHONGOR = "https://bayanhongor.bkh.gov.mn/139/single"
POLICEMN = "https://police.gov.mn/p/3773"
# Turkmen: radio reports on job seekers waiting for placement in Turkmenistan.
AZATHABAR = "https://www.azathabar.com/a/27275152.html"
# Tamil: news of a public service commission's interview dates and candidate lists.
SEITHISOLAI = ("https://www.seithisolai.com/%E0%AE%87%E0%AE%A9%E0%AF%8D%E0%AE%B1%E0%AF%81%E0%AE%9C%E0%AE%A9"
               "%E0%AE%B5%E0%AE%B0%E0%AE%BF-19-%E0%AE%87%E0%AE%A8%E0%AF%8D%E0%AE%A4-%E0%AE%AA%E0%AE%A4"
               "%E0%AE%B5%E0%AE%BF%E0%AE%95%E0%AE%B3%E0%AF%81/")
NEWS4TAMIL = "https://news4tamil.com/start-the-interview-list-published-by-tnpsc"
# Hebrew: a kibbutz's work rules (working hours, Friday and holiday-eve short days).
KIBBUTZ = "http://www.kibbutz.org.il/takanon/esderim/daliaavoda.htm"
# Urdu: signs that an interview went well and when the panel meets again; an encyclopaedia
# entry on the interview.
URSONGTRE = "https://ur.songtre.tv/10-signs-an-interview-went-well-signs-152346"
VOIDAI = "https://void.ai/wiki/%D8%A7%D9%86%D9%B9%D8%B1%D9%88%DB%8C%D9%88"
# Persian: a news agency's question to a university about how a post was filled.
KHOORNA = "https://www.khoorna.com/153584/"
# Thai: a university admissions announcement posted at a set hour, then interviews.
MTHAI = "https://news.mthai.com/general-news/237188.html"
# Korean: a job seeker on delayed interview results; an HR manager on reading the result date.
HUAM = "https://hu-am.tistory.com/24?category=1236658"
LINDAREX = "https://lindarex-career-insight.com/how-do-i-know-if-i-got-the-developer-interview"
# Kazakh: a civil servants' language contest in stages.
EGEMEN = "https://egemen.kz/article/200889-oralda-dgas-memlekettik-qyzmetshilerdinh-til-bayqauy-otti"
# Albanian: a Kosovo court's recruitment FAQ (only shortlisted candidates are contacted); a
# news site on a recruitment freeze.
SCPKS = "https://www.scp-ks.org/sq/punyosimi/pyetje-te-shpeshta-ptsh-punesimin"
ELBASANI = "https://elbasaniplus.com/author/renato/page/118"
# Dutch (Belgium): a temp agency's employer FAQ.
JOBS2WORK = "https://www.jobs2work.be/faq/werkgevers/"

TL_TUNE22_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------- Welsh
    ("Diolch am ddod. Byddwn yn cysylltu â chi yfory ynglŷn â'r canlyniad.",
     "2041-05-14T15:00:00+01:00", ("2041-05-15", "2041-05-15"), "GB", "cy", NEWM33),
    ("Cewch wybod ein penderfyniad o fewn pum diwrnod gwaith.",
     "2041-06-03T11:00:00+01:00", ("2041-06-10", "2041-06-10"), "GB", "cy", NEWM33),
    ("Byddwn yn rhoi gwybod i chi erbyn dydd Gwener.",
     "2041-03-12T10:00:00+00:00", ("2041-03-15", "2041-03-15"), "GB", "cy", NEWM33),
    ("Mae gennym un cyfweliad arall i'w gynnal; byddwn yn cysylltu â chi yr wythnos nesaf.",
     "2041-10-09T14:00:00+01:00", ("2041-10-14", "2041-10-18"), "GB", "cy", NEWM33),
    # After the Spring bank holiday (Monday 27 May): Tuesday to Friday.
    ("Byddwn yn rhoi gwybod i chi ar ôl gŵyl y banc.",
     "2041-05-22T16:00:00+01:00", ("2041-05-28", "2041-05-31"), "GB", "cy", NEWM33),
    ("Byddwn yn cysylltu â chi ar 12 Mehefin gyda'r canlyniad.",
     "2041-06-03T12:00:00+01:00", ("2041-06-12", "2041-06-12"), "GB", "cy", NEWM33),
    # Logistics.
    ("Bydd y cyfweliad yn para tua hanner awr yn ein swyddfa yng Nghaerfyrddin.",
     "2041-05-14T09:00:00+01:00", None, "GB", "cy", NEWM33),
    # The candidate's own deadline.
    ("Rhowch wybod i ni erbyn dydd Iau a ydych yn derbyn y cynnig.",
     "2041-05-14T09:00:00+01:00", None, "GB", "cy", NEWM33),
    # --------------------------------------------------------- Afrikaans
    ("Ons sal u binne twee weke laat weet of u suksesvol was.",
     "2041-03-06T10:00:00+02:00", ("2041-03-20", "2041-03-20"), "ZA", "af", LWO),
    ("Ons sal u môre skakel met die uitslag.",
     "2041-05-16T15:00:00+02:00", ("2041-05-17", "2041-05-17"), "ZA", "af", LWO),
    ("U sal teen die einde van die maand van ons hoor.",
     "2041-09-10T11:00:00+02:00", ("2041-09-30", "2041-09-30"), "ZA", "af", SOLDEER),
    ("Ons laat weet u Maandag.",
     "2041-05-22T16:00:00+02:00", ("2041-05-27", "2041-05-27"), "ZA", "af", SOLDEER),
    # After the Easter weekend (Good Friday 19 April, Family Day 22 April): Tuesday to Friday.
    ("Ons sal u ná die Paasnaweek laat weet.",
     "2041-04-16T10:00:00+02:00", ("2041-04-23", "2041-04-26"), "ZA", "af", LWO),
    ("Ons sal u middel Junie van die besluit in kennis stel.",
     "2041-05-20T10:00:00+02:00", ("2041-06-11", "2041-06-20"), "ZA", "af", SOLDEER),
    # Logistics.
    ("Die onderhoud duur omtrent 'n uur en vind by ons kantoor in Pretoria plaas.",
     "2041-05-14T09:00:00+02:00", None, "ZA", "af", SOLDEER),
    # The candidate's own deadline.
    ("Laat weet ons asseblief voor Vrydag of u die aanbod aanvaar.",
     "2041-05-14T09:00:00+02:00", None, "ZA", "af", LWO),
    # ---------------------------------------------------------- Galician
    ("Comunicarémosche a decisión mañá pola tarde.",
     "2041-10-01T12:00:00+02:00", ("2041-10-02", "2041-10-02"), "ES", "gl", ONELIB),
    ("Informarémoste do resultado nun prazo de dez días hábiles.",
     "2041-06-03T10:00:00+02:00", ("2041-06-17", "2041-06-17"), "ES", "gl", ONELIB),
    ("Chamarémoste a próxima semana para contarche como foi.",
     "2041-11-14T17:00:00+01:00", ("2041-11-18", "2041-11-22"), "ES", "gl", ONELIB),
    ("Recibirás unha resposta antes de final de mes.",
     "2041-02-12T10:00:00+01:00", ("2041-02-28", "2041-02-28"), "ES", "gl", ONELIB),
    ("Comunicarémosche o resultado o 20 de marzo.",
     "2041-03-05T10:00:00+01:00", ("2041-03-20", "2041-03-20"), "ES", "gl", ONELIB),
    # After the Galician national day (Thursday 25 July): the rest of that week, Friday.
    ("Darémosche unha resposta despois do Día da Patria Galega.",
     "2041-07-22T10:00:00+02:00", ("2041-07-26", "2041-07-26"), "ES", "gl", ONELIB),
    # Logistics.
    ("A entrevista terá lugar o martes ás dez na sede de Vigo.",
     "2041-05-14T09:00:00+02:00", None, "ES", "gl", ONELIB),
    # The candidate's own deadline.
    ("Pedímosche que nos confirmes a túa asistencia antes do venres.",
     "2041-05-14T09:00:00+02:00", None, "ES", "gl", ONELIB),
    # ----------------------------------------------------------- Maltese
    ("Se nikkuntattjawk għada bir-riżultat.",
     "2041-05-15T12:00:00+02:00", ("2041-05-16", "2041-05-16"), "MT", "mt", SERVIZZ),
    # Saint Joseph (Tuesday 19 March) comes after the tenth working day.
    ("Ir-riżultat jintbagħatlek fi żmien għaxart ijiem tax-xogħol.",
     "2041-03-04T10:00:00+01:00", ("2041-03-18", "2041-03-18"), "MT", "mt", SERVIZZ),
    ("Nagħtuk tweġiba sal-Ġimgħa.",
     "2041-10-08T10:00:00+02:00", ("2041-10-11", "2041-10-11"), "MT", "mt", DIER),
    ("Se nikkuntattjawk il-ġimgħa d-dieħla.",
     "2041-11-20T15:00:00+01:00", ("2041-11-25", "2041-11-29"), "MT", "mt", DIER),
    # After Sette Giugno (Friday 7 June): the next working week.
    ("Nagħtuk ir-riżultat wara s-Sette Giugno.",
     "2041-06-03T10:00:00+02:00", ("2041-06-10", "2041-06-14"), "MT", "mt", SERVIZZ),
    # Logistics.
    ("L-intervista se ssir fl-uffiċċju tagħna f'Ħal Far.",
     "2041-05-14T09:00:00+02:00", None, "MT", "mt", DIER),
    # The candidate's own deadline.
    ("Jekk jogħġbok ibgħat id-dokumenti sal-Erbgħa.",
     "2041-05-14T09:00:00+02:00", None, "MT", "mt", DIER),
    # ------------------------------------------------------------ Pashto
    ("موږ به سبا تاسو ته د مرکې پایله ووایو.",
     "2041-05-14T11:00:00+04:30", ("2041-05-15", "2041-05-15"), "AF", "ps", TOLAFGHAN),
    ("په دوو اونیو کې به تاسو سره اړیکه ونیسو.",
     "2041-06-04T11:00:00+04:30", ("2041-06-18", "2041-06-18"), "AF", "ps", TOLAFGHAN),
    # Next week: Saturday to Friday accepted (the Afghan week starts on Saturday).
    ("په راتلونکې اونۍ کې به تاسو ته ځواب درکړو.",
     "2041-10-09T11:00:00+04:30", ("2041-10-12", "2041-10-18"), "AF", "ps", TOLAFGHAN),
    ("د دې میاشتې تر پای پورې به پایلې اعلان شي.",
     "2041-11-05T11:00:00+04:30", ("2041-11-30", "2041-11-30"), "AF", "ps", TOLAFGHAN),
    # Logistics.
    ("مرکه به د سه شنبې په ورځ سهار لس بجې وي.",
     "2041-05-12T09:00:00+04:30", None, "AF", "ps", TOLAFGHAN),
    # The candidate's own deadline.
    ("مهرباني وکړئ خپل اسناد تر پنجشنبې پورې راواستوئ.",
     "2041-05-12T09:00:00+04:30", None, "AF", "ps", TOLAFGHAN),
    # ----------------------------------------------------------- Amharic
    ("ውጤቱን ነገ እናሳውቅዎታለን።",
     "2041-05-14T11:00:00+03:00", ("2041-05-15", "2041-05-15"), "ET", "am", AMNGOV),
    ("በሁለት ሳምንት ውስጥ እናገኝዎታለን።",
     "2041-06-04T11:00:00+03:00", ("2041-06-18", "2041-06-18"), "ET", "am", AMNGOV),
    ("እስከ ዓርብ ድረስ ምላሽ እንሰጥዎታለን።",
     "2041-10-08T11:00:00+03:00", ("2041-10-11", "2041-10-11"), "ET", "am", ETHIOFM),
    ("በሚቀጥለው ሳምንት እንደውልልዎታለን።",
     "2041-11-13T11:00:00+03:00", ("2041-11-18", "2041-11-22"), "ET", "am", ETHIOFM),
    # Logistics: the interview's place; an exam moved to next Saturday.
    ("ቃለ መጠይቁ በአዲስ አበባ ቢሮአችን ይካሄዳል።",
     "2041-05-14T09:00:00+03:00", None, "ET", "am", AMNGOV),
    ("የጽሑፍ ፈተናው በቀጣይ ቅዳሜ ይሰጣል።",
     "2041-05-14T09:00:00+03:00", None, "ET", "am", ETHIOFM),
    # ------------------------------------------------------------- Khmer
    ("យើងនឹងជូនដំណឹងលទ្ធផលដល់អ្នកនៅថ្ងៃស្អែក។",
     "2041-06-04T11:00:00+07:00", ("2041-06-05", "2041-06-05"), "KH", "km", KHIMPHON),
    ("យើងនឹងទាក់ទងអ្នកក្នុងរយៈពេល ២ សប្តាហ៍។",
     "2041-03-12T11:00:00+07:00", ("2041-03-26", "2041-03-26"), "KH", "km", BIZKHMER),
    # Before this Friday: Thursday or Friday.
    ("យើងនឹងឆ្លើយតបទៅអ្នកមុនថ្ងៃសុក្រនេះ។",
     "2041-10-08T11:00:00+07:00", ("2041-10-10", "2041-10-11"), "KH", "km", ROSRITHY),
    ("លទ្ធផលនឹងត្រូវប្រកាសនៅចុងខែនេះ។",
     "2041-11-12T11:00:00+07:00", ("2041-11-30", "2041-11-30"), "KH", "km", KHIMPHON),
    # After Khmer New Year (13-15 April): Tuesday 16 to Friday 19 April.
    ("យើងនឹងជូនដំណឹងអ្នកបន្ទាប់ពីបុណ្យចូលឆ្នាំខ្មែរ។",
     "2041-04-09T11:00:00+07:00", ("2041-04-16", "2041-04-19"), "KH", "km", BIZKHMER),
    # Logistics.
    ("ការសម្ភាសន៍នឹងធ្វើឡើងនៅការិយាល័យរបស់យើងនៅភ្នំពេញ។",
     "2041-05-14T09:00:00+07:00", None, "KH", "km", ROSRITHY),
    # The candidate's own deadline.
    ("សូមផ្ញើឯកសាររបស់អ្នកមុនថ្ងៃពុធ។",
     "2041-05-14T09:00:00+07:00", None, "KH", "km", ROSRITHY),
    # -------------------------------------------------------- Mongolian
    ("Ярилцлагын хариуг маргааш мэдэгдэнэ.",
     "2041-05-14T11:00:00+08:00", ("2041-05-15", "2041-05-15"), "MN", "mn", CSCMN),
    ("Сонгон шалгаруулалтын дүнг ажлын 5 өдрийн дотор мэдэгдэнэ.",
     "2041-06-03T11:00:00+08:00", ("2041-06-10", "2041-06-10"), "MN", "mn", BAYANHONGOR),
    ("Бид тантай ирэх долоо хоногт холбогдоно.",
     "2041-10-10T11:00:00+08:00", ("2041-10-14", "2041-10-18"), "MN", "mn", BAYANHONGOR),
    ("Хариуг Баасан гарагт өгнө.",
     "2041-03-12T11:00:00+08:00", ("2041-03-15", "2041-03-15"), "MN", "mn", CSCMN),
    ("Эцсийн дүнг 3 дугаар сарын дундуур мэдэгдэнэ.",
     "2041-02-20T11:00:00+08:00", ("2041-03-11", "2041-03-20"), "MN", "mn", CSCMN),
    # After Naadam (10-15 July): Tuesday 16 to Friday 19 July.
    ("Наадмын дараа хариу өгнө.",
     "2041-07-01T11:00:00+08:00", ("2041-07-16", "2041-07-19"), "MN", "mn", BAYANHONGOR),
    # Logistics.
    ("Ярилцлага 10 цагт эхэлнэ, иргэний үнэмлэхээ авчирна уу.",
     "2041-05-14T09:00:00+08:00", None, "MN", "mn", POLICEMN),
    # The candidate's own deadline.
    ("Материалаа Лхагва гараг гэхэд ирүүлнэ үү.",
     "2041-05-14T09:00:00+08:00", None, "MN", "mn", POLICEMN),
    # ----------------------------------------------------------- Turkmen
    ("Netijäni size ertir habar bereris.",
     "2041-05-14T11:00:00+05:00", ("2041-05-15", "2041-05-15"), "TM", "tk", AZATHABAR),
    ("Iki hepdäniň dowamynda siz bilen habarlaşarys.",
     "2041-06-04T11:00:00+05:00", ("2041-06-18", "2041-06-18"), "TM", "tk", AZATHABAR),
    ("Size indiki hepde jogap bereris.",
     "2041-10-09T11:00:00+05:00", ("2041-10-14", "2041-10-18"), "TM", "tk", AZATHABAR),
    ("Netijeler aýyň ahyryna çenli yglan ediler.",
     "2041-11-05T11:00:00+05:00", ("2041-11-30", "2041-11-30"), "TM", "tk", AZATHABAR),
    # After Nowruz (Thursday 21 and Friday 22 March): Monday 25 to Friday 29 March.
    ("Nowruz baýramyndan soň size jogap bereris.",
     "2041-03-18T11:00:00+05:00", ("2041-03-25", "2041-03-29"), "TM", "tk", AZATHABAR),
    # Logistics.
    ("Söhbetdeşlik duşenbe güni sagat onda geçiriler.",
     "2041-05-14T09:00:00+05:00", None, "TM", "tk", AZATHABAR),
    # The candidate's own deadline (anna = Friday).
    ("Resminamalaryňyzy anna gününe çenli getiriň.",
     "2041-05-14T09:00:00+05:00", None, "TM", "tk", AZATHABAR),
    # ------------------------------------------------------------- Tamil
    ("முடிவை நாளை உங்களுக்குத் தெரிவிப்போம்.",
     "2041-05-14T11:00:00+05:30", ("2041-05-15", "2041-05-15"), "IN", "ta", SEITHISOLAI),
    ("இந்த மாத இறுதிக்குள் உங்களைத் தொடர்பு கொள்வோம்.",
     "2041-09-10T11:00:00+05:30", ("2041-09-30", "2041-09-30"), "IN", "ta", SEITHISOLAI),
    ("அடுத்த திங்கட்கிழமை முடிவு அறிவிக்கப்படும்.",
     "2041-10-09T11:00:00+05:30", ("2041-10-14", "2041-10-14"), "IN", "ta", NEWS4TAMIL),
    ("ஐந்து வேலை நாட்களுக்குள் உங்களுக்கு பதில் அனுப்புவோம்.",
     "2041-06-03T11:00:00+05:30", ("2041-06-10", "2041-06-10"), "IN", "ta", NEWS4TAMIL),
    ("வெள்ளிக்கிழமைக்குள் உங்களுக்குத் தெரிவிப்போம்.",
     "2041-03-12T11:00:00+05:30", ("2041-03-15", "2041-03-15"), "IN", "ta", SEITHISOLAI),
    # Logistics.
    ("நேர்காணல் காலை 10 மணிக்கு சென்னை அலுவலகத்தில் நடைபெறும்.",
     "2041-05-14T09:00:00+05:30", None, "IN", "ta", NEWS4TAMIL),
    # The candidate's own deadline.
    ("உங்கள் சான்றிதழ்களை வியாழக்கிழமைக்குள் அனுப்பவும்.",
     "2041-05-14T09:00:00+05:30", None, "IN", "ta", NEWS4TAMIL),
    # ------------------------------------------------------------ Hebrew
    ("נחזור אליך עד יום חמישי.",
     "2041-03-10T11:00:00+02:00", ("2041-03-14", "2041-03-14"), "IL", "he", KIBBUTZ),
    ("ניצור איתך קשר מחר אחר הצהריים.",
     "2041-05-13T11:00:00+03:00", ("2041-05-14", "2041-05-14"), "IL", "he", KIBBUTZ),
    ("נעדכן אותך בשבוע הבא.",
     "2041-11-12T11:00:00+02:00", ("2041-11-17", "2041-11-22"), "IL", "he", KIBBUTZ),
    ("תשובה סופית תימסר תוך שבועיים.",
     "2041-06-04T11:00:00+03:00", ("2041-06-18", "2041-06-18"), "IL", "he", KIBBUTZ),
    ("נודיע לך על ההחלטה עד סוף החודש.",
     "2041-10-08T11:00:00+03:00", ("2041-10-31", "2041-10-31"), "IL", "he", KIBBUTZ),
    # Logistics.
    ("הראיון יתקיים במשרדינו בתל אביב בקומה השלישית.",
     "2041-05-14T09:00:00+03:00", None, "IL", "he", KIBBUTZ),
    # The candidate's own deadline.
    ("אנא הודע לנו עד יום ראשון אם אתה מקבל את ההצעה.",
     "2041-05-14T09:00:00+03:00", None, "IL", "he", KIBBUTZ),
    # -------------------------------------------------------------- Urdu
    ("ہم دو دن کے اندر آپ کو نتیجے سے آگاہ کریں گے۔",
     "2041-05-13T11:00:00+05:00", ("2041-05-15", "2041-05-15"), "PK", "ur", URSONGTRE),
    ("ہم کل آپ سے رابطہ کریں گے۔",
     "2041-10-08T11:00:00+05:00", ("2041-10-09", "2041-10-09"), "PK", "ur", URSONGTRE),
    ("ہم اگلے ہفتے آپ کو جواب دیں گے۔",
     "2041-11-13T11:00:00+05:00", ("2041-11-18", "2041-11-22"), "PK", "ur", VOIDAI),
    ("ہم جمعہ تک آپ کو مطلع کر دیں گے۔",
     "2041-03-12T11:00:00+05:00", ("2041-03-15", "2041-03-15"), "PK", "ur", VOIDAI),
    ("حتمی فیصلہ مہینے کے آخر تک کیا جائے گا اور آپ کو بتا دیا جائے گا۔",
     "2041-06-05T11:00:00+05:00", ("2041-06-30", "2041-06-30"), "PK", "ur", URSONGTRE),
    # Logistics.
    ("انٹرویو صبح دس بجے ہمارے لاہور دفتر میں ہوگا۔",
     "2041-05-14T09:00:00+05:00", None, "PK", "ur", VOIDAI),
    # The candidate's own deadline.
    ("براہ کرم جمعرات تک اپنے کاغذات جمع کروا دیں۔",
     "2041-05-14T09:00:00+05:00", None, "PK", "ur", VOIDAI),
    # ----------------------------------------------------------- Persian
    ("نتیجه مصاحبه را فردا به شما اطلاع می‌دهیم.",
     "2041-05-14T11:00:00+03:30", ("2041-05-15", "2041-05-15"), "IR", "fa", KHOORNA),
    ("چهارشنبه همین هفته با شما تماس می‌گیریم.",
     "2041-10-05T11:00:00+03:30", ("2041-10-09", "2041-10-09"), "IR", "fa", KHOORNA),
    ("ظرف یک هفته پاسخ ما را دریافت خواهید کرد.",
     "2041-06-04T11:00:00+03:30", ("2041-06-11", "2041-06-11"), "IR", "fa", KHOORNA),
    ("هفته آینده با شما تماس خواهیم گرفت.",
     "2041-11-11T11:00:00+03:30", ("2041-11-16", "2041-11-22"), "IR", "fa", KHOORNA),
    ("تا پنجشنبه نتیجه را اعلام می‌کنیم.",
     "2041-03-10T11:00:00+03:30", ("2041-03-14", "2041-03-14"), "IR", "fa", KHOORNA),
    # Logistics.
    ("مصاحبه ساعت ده صبح در دفتر مرکزی تهران برگزار می‌شود.",
     "2041-05-14T09:00:00+03:30", None, "IR", "fa", KHOORNA),
    # The candidate's own deadline.
    ("لطفاً مدارک خود را تا شنبه ارسال کنید.",
     "2041-05-14T09:00:00+03:30", None, "IR", "fa", KHOORNA),
    # -------------------------------------------------------------- Thai
    ("ทางเราจะแจ้งผลให้ทราบภายในวันศุกร์นี้",
     "2041-10-08T11:00:00+07:00", ("2041-10-11", "2041-10-11"), "TH", "th", MTHAI),
    ("เราจะติดต่อกลับพรุ่งนี้",
     "2041-05-14T11:00:00+07:00", ("2041-05-15", "2041-05-15"), "TH", "th", MTHAI),
    ("จะแจ้งผลการสัมภาษณ์ภายใน 7 วัน",
     "2041-06-04T11:00:00+07:00", ("2041-06-11", "2041-06-11"), "TH", "th", MTHAI),
    ("ฝ่ายบุคคลจะโทรแจ้งผลสัปดาห์หน้า",
     "2041-11-13T11:00:00+07:00", ("2041-11-18", "2041-11-22"), "TH", "th", MTHAI),
    ("จะประกาศผลภายในสิ้นเดือนนี้",
     "2041-09-10T11:00:00+07:00", ("2041-09-30", "2041-09-30"), "TH", "th", MTHAI),
    # After Songkran (13-16 April): Wednesday 17 to Friday 19 April.
    ("จะแจ้งผลหลังเทศกาลสงกรานต์",
     "2041-04-09T11:00:00+07:00", ("2041-04-17", "2041-04-19"), "TH", "th", MTHAI),
    # Logistics.
    ("การสัมภาษณ์จะเริ่มเวลา 9.00 น. ที่สำนักงานใหญ่",
     "2041-05-14T09:00:00+07:00", None, "TH", "th", MTHAI),
    # The candidate's own deadline.
    ("กรุณาส่งเอกสารเพิ่มเติมภายในวันพุธ",
     "2041-05-14T09:00:00+07:00", None, "TH", "th", MTHAI),
    # ------------------------------------------------------------ Korean
    ("오늘 저녁 6시 전까지 결과를 알려드리겠습니다.",
     "2041-05-14T10:00:00+09:00", ("2041-05-14", "2041-05-14"), "KR", "ko", HUAM),
    ("내일 합격 여부를 연락드리겠습니다.",
     "2041-10-08T16:00:00+09:00", ("2041-10-09", "2041-10-09"), "KR", "ko", LINDAREX),
    ("이번 주 금요일까지 연락드리겠습니다.",
     "2041-03-12T16:00:00+09:00", ("2041-03-15", "2041-03-15"), "KR", "ko", LINDAREX),
    ("다음 주 중에 결과를 안내해 드리겠습니다.",
     "2041-11-13T16:00:00+09:00", ("2041-11-18", "2041-11-22"), "KR", "ko", HUAM),
    # After the Chuseok holidays (Monday 9 to Wednesday 11 September): Thursday and Friday.
    ("추석 연휴가 끝난 후 결과를 알려드리겠습니다.",
     "2041-09-03T16:00:00+09:00", ("2041-09-12", "2041-09-13"), "KR", "ko", HUAM),
    ("최종 결과는 3월 하순에 발표할 예정입니다.",
     "2041-03-05T16:00:00+09:00", ("2041-03-21", "2041-03-31"), "KR", "ko", HUAM),
    # Logistics.
    ("면접은 본사 3층 회의실에서 진행됩니다.",
     "2041-05-14T09:00:00+09:00", None, "KR", "ko", LINDAREX),
    # The candidate's own deadline.
    ("금요일까지 입사 여부를 알려주시기 바랍니다.",
     "2041-05-14T09:00:00+09:00", None, "KR", "ko", LINDAREX),
    # ------------------------------------------------------------ Kazakh
    ("Нәтижесін ертең хабарлаймыз.",
     "2041-05-14T11:00:00+05:00", ("2041-05-15", "2041-05-15"), "KZ", "kk", EGEMEN),
    ("Келесі аптаның сәрсенбісіне дейін жауап береміз.",
     "2041-10-10T11:00:00+05:00", ("2041-10-16", "2041-10-16"), "KZ", "kk", EGEMEN),
    ("Бес жұмыс күні ішінде сізге хабарласамыз.",
     "2041-06-03T11:00:00+05:00", ("2041-06-10", "2041-06-10"), "KZ", "kk", EGEMEN),
    ("Сізбен келесі аптада байланысамыз.",
     "2041-11-13T11:00:00+05:00", ("2041-11-18", "2041-11-22"), "KZ", "kk", EGEMEN),
    # After Nauryz (21-23 March, 25 March observed): Tuesday 26 to Friday 29 March.
    ("Наурыз мерекесінен кейін нәтижені айтамыз.",
     "2041-03-19T11:00:00+05:00", ("2041-03-26", "2041-03-29"), "KZ", "kk", EGEMEN),
    # Logistics.
    ("Әңгімелесу сағат онда облыс әкімдігінде өтеді.",
     "2041-05-14T09:00:00+05:00", None, "KZ", "kk", EGEMEN),
    # The candidate's own deadline.
    ("Құжаттарыңызды жұмаға дейін тапсырыңыз.",
     "2041-05-14T09:00:00+05:00", None, "KZ", "kk", EGEMEN),
    # ---------------------------------------------------------- Albanian
    ("Do t'ju njoftojmë sot deri në orën 17:00.",
     "2041-05-14T10:00:00+02:00", ("2041-05-14", "2041-05-14"), "XK", "sq", SCPKS),
    ("Do t'ju kontaktojmë javën e ardhshme.",
     "2041-10-09T10:00:00+02:00", ("2041-10-14", "2041-10-18"), "AL", "sq", ELBASANI),
    # After Summer Day (Thursday 14 March): the rest of that week, Friday.
    ("Do t'ju njoftojmë pas Ditës së Verës.",
     "2041-03-11T10:00:00+01:00", ("2041-03-15", "2041-03-15"), "AL", "sq", ELBASANI),
    # The candidate's own deadline.
    ("Ju lutemi na konfirmoni deri të premten nëse e pranoni ofertën.",
     "2041-05-14T10:00:00+02:00", None, "XK", "sq", SCPKS),
    # ------------------------------------------------------------- Dutch
    ("We laten je maandag weten of je door bent.",
     "2041-05-22T16:00:00+02:00", ("2041-05-27", "2041-05-27"), "BE", "nl", JOBS2WORK),
    ("Je hoort uiterlijk vrijdag van ons.",
     "2041-03-12T16:00:00+01:00", ("2041-03-15", "2041-03-15"), "BE", "nl", JOBS2WORK),
    # A usual length.
    ("Zo'n procedure duurt meestal twee tot drie weken.",
     "2041-03-12T16:00:00+01:00", None, "BE", "nl", JOBS2WORK),
]
