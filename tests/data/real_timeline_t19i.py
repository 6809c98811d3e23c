"""Round 19's timeline check set for languages other than English (issue #15, helper "tl19i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package
(0.109), to check weekdays and each country's public holidays (with the region where the text
names one: Bavaria, Hamburg, Catalonia). Each text paraphrases a process, a situation or a wording
documented on the public page cited in its source (found with the project's search tool, pages
corpus; no page or host cited by an earlier data file: every host was grepped in
``tests/data/*.py`` and ``real_timeline.jsonl``; a few share a platform with earlier hosts:
blogspot and blogs.sapo.pt); names, companies, dates and closures are invented, the wording is not
copied. It is written around *classes* of each language's grammar, not around round 18's misses:
working-day counts with a holiday inside (Easter, Songkran, Asarnha Bucha and Buddhist Lent, Tet's
neighbour Hung Kings and Reunification Day, Malaysia's Agong birthday, Slovak National Uprising,
Midsummer Eve in Latvia, Estonia's Independence Day, Catalonia's Diada, Corpus Christi in Bavaria
but not in Hamburg, Argentina's Sovereignty Day), counts from a step the text dates, a named date
or weekday, "today / tomorrow / this week's end / before the weekend / next week / the beginning
of next week", hours, the Thai Buddhist-era year, Bengali digits, Levantine month names, the
Sunday-to-Thursday weeks of Jordan, Saudi Arabia, Egypt and Bangladesh; and texts that promise
nothing: usual lengths, contact only for the successful, counts from an undated decision, the
candidate's own deadlines, logistics and invitations.

Reference dates are in 2034, a year no earlier file uses as a reference, so that holidays fall
on new weekdays (Western and Orthodox Easter coincide on 9 April, Songkran 13-15 April with 17
April in lieu, Eid al-Adha about 1 March, Whit Monday 29 May, Corpus Christi 8 June).

100 texts in 23 languages: Arabic 8 (SA 3, JO 2, EG 3), Bulgarian 7, Thai 7, Malay 6, Hindi 6,
Indonesian 4, Persian 4 (IR 3, AF 1), Urdu 4, Swahili 5, Tagalog 5, Greek 4, Vietnamese 5,
German 4 (DE 3, AT 1), Spanish 4 (AR 3, CL 1), Portuguese 4, Bengali 3 (BD 2, IN 1), Lithuanian
3, Latvian 3, Estonian 3, Slovak 3, Ukrainian 3, Catalan 3, Tamil 2 (Urdu, Persian, Bengali,
Tamil, Swahili, Tagalog, Latvian new to the timeline corpus); 38 promise nothing.

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_b18.py``,
whose conventions it follows (business days skip weekends and the country's public holidays,
both readings accepted where a holiday is estimated, regional or widely worked; "within N
days/weeks" the exact day, counted from the reference or from the step the text dates; a
calendar-day deadline on a weekend or a public holiday also accepts the next working day; "next
week" its working days; "by the end of the week" / "before the weekend" its last working day;
"the beginning of next week" its first two working days; in Jordan, Saudi Arabia, Egypt and
Bangladesh the working week is Sunday to Thursday; "cuối tuần này" is its Friday to Sunday, as in
round 18; contact promised only to the successful, counts from an event the text does not date,
usual lengths, the candidate's own deadlines, logistics and invitations promise nothing).
Conventions decided here: "within N hours" is the day N/24 days on; "tomorrow" / "by tomorrow"
is the next calendar day; "today / this very day / same day" is the reference's own day.

Scored once before any rule changed, then again after (see docs/timelines.md, round 19).
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# Bulgarian: a municipality's director competition (results "next week" on the site), a
# municipality's notice of a test and an interview the same day, a town's two-stage competition
# with a dated second stage, the state administration's competition register.
MEDIANEWS = ("https://medianews.bg/bg/a/hodene-po-makite-obshchina-mezdra-e-na-pt-da-si-nameri-d"
             "irektor-ot-tretiya-opit")
SMOLYAN = "http://www.smolyan.bg/bg/menu/content/3169"
SHUM = "http://www.shum.bg/article/14166/"
IISDA = "https://iisda.government.bg/competitions/competitions_list/competition/96052"
# Thai: public-sector personnel rules (ministry, institute, municipality, hospital).
HRDINDUSTRY = "https://hrd.industry.go.th/th/cms-of-526"
NIDA = "https://personnel.nida.ac.th/346"
WANGNUEA = ("https://www.wangnuea.go.th/%e0%b8%9b%e0%b8%a3%e0%b8%b0%e0%b8%81%e0%b8%b2%e0%b8%a8%e0"
            "%b8%84%e0%b8%93%e0%b8%b0%e0%b8%81%e0%b8%a3%e0%b8%a3%e0%b8%a1%e0%b8%81%e0%b8%b2%e0%b8"
            "%a3%e0%b8%81%e0%b8%a5%e0%b8%b2%e0%b8%87%e0%b8%82%e0%b9%89/")
CBHOSPITAL = ("https://cbhospital.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%9B%E0%B8%A3%E0"
              "%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%AA%E0%B8%B1%E0%B8%A1%E0%B8%9E%E0%B8%B1%E0%B8%99%E0"
              "%B8%98%E0%B9%8C/")
# Malay: client charters of Malaysian public bodies (working-day response times).
MBPP = "http://www.mbpp.gov.my/ms/mbpp/profil/piagam-pelanggan/page/0/9"
LADA = "https://lada.gov.my/faq-items/berapakan-lama-aduan-akan-diselesaikan/"
JKRPERAK = "http://jkrperak.gov.my/index.php/pengurusan-aduan/tanggungjawab-jkr"
# Indonesian: job-seekers' guides on waiting for an interview's result.
PELANGI = "https://pelangifortunaglobal.com/?p=1319"
KUMPARAN = ("https://kumparan.com/dunia-karier/5-tanda-interview-kerja-gagal-calon-pelamar-wajib-"
            "tahu-24SbnbZgWC2")
# Hindi: Indian news on commission interviews and result timelines.
INEXTLIVE = ("https://www.inextlive.com/lite/uttar-pradesh/allahabad/uppsc-will-release-detailed-"
             "schedule-of-interview-today-241370")
WORLD24 = ("https://world24news.com/si-recruitment-exam-results-will-be-released-soon-deputy-cm-"
           "sharma-gave-information")
AMRITVICHAR = "https://amritvichar.com/article/429192/big-news-relted-to-up-public-service-commission-date-of"
LIVECITIES = ("https://livecities.news/trending/bpsc-68th-interview-date-has-come-out-before-that-"
              "candidates-have-to-do-these-things")
# Arabic: a Saudi teachers' forum, an Arabic careers column on waiting after an interview, a
# Jordanian news site on guards' interviews, a Saudi newspaper on interview centres.
BTALAH = "https://btalah.com/5606971-post714.html"
MSWDA = ("https://news.mswda.net/post/%d9%83%d9%85-%d9%85%d8%af%d8%a9-%d8%a7%d9%84%d8%a7%d9%86%d8"
         "%aa%d8%b8%d8%a7%d8%b1-%d8%a8%d8%b9%d8%af-%d8%a7%d9%84%d9%85%d9%82%d8%a7%d8%a8%d9%84%d8"
         "%a9-%d8%a7%d9%84%d8%b4%d8%ae%d8%b5%d9%8a%d8%a9-3")
AHDATH24 = "https://ahdath24.com/article/284885/1"
ALJAZIRAH = "https://al-jazirah.com./2009/20090320/ln82.htm"
# Urdu, Persian and Dari: Pakistani local news on rescue-service interviews; an Iranian guide to
# the employment interview, a university's selection-interview rules; an Afghan state company's
# recruitment test.
BAAGHITV = "https://baaghitv.com/?p=567837"
EMOSAHEBE = "https://emosahebe.ir/farayand-mosahebe"
ATU = "https://hgu.atu.ac.ir/fa/page/5511/%D9%85%D8%B5%D8%A7%D8%AD%D8%A8%D9%87"
NDCAF = ("https://www.ndc.gov.af/%D8%B1%D9%82%D8%A7%D8%A8%D8%AA-%DB%B1%DB%B3%DB%B0-%D8%AA%D9%86-"
         "%D8%AC%D9%87%D8%AA-%D8%A7%D8%AD%D8%B1%D8%A7%D8%B2-%D9%BE%D9%86%D8%AC-%D8%A8%D8%B3%D8"
         "%AA-%DA%A9%D8%A7%D8%B1%DB%8C-%D8%A8%D8%B1%D8%A7%DB%8C/")
# Bengali and Tamil: Bangladeshi education news (results within ten working days; "any day next
# week"), Assam's recruitment news; Tamil Nadu commission news and a Tamil paper's careers tag.
CITYNEWSDHAKA = "https://www.citynewsdhaka.com/education"
KUSHIYARA = ("https://kushiyaraview24.com/%E0%A7%AA%E0%A7%A7%E0%A6%A4%E0%A6%AE-%E0%A6%AC%E0%A6%BF%E0"
             "%A6%B8%E0%A6%BF%E0%A6%8F%E0%A6%B8-%E0%A6%AA%E0%A7%8D%E0%A6%B0%E0%A6%BF%E0%A6%B2%E0"
             "%A6%BF%E0%A6%B0-%E0%A6%AB%E0%A6%B2-%E0%A6%86%E0%A6%97/")
WAY2BARAK = ("https://way2barak.com/%e0%a6%8f%e0%a6%95-%e0%a6%ae%e0%a6%be%e0%a6%b8%e0%a7%87%e0%a6"
             "%87-%e0%a6%a8%e0%a6%bf%e0%a6%af%e0%a7%81%e0%a6%95%e0%a7%8d%e0%a6%a4%e0%a6%bf-%e0%a6"
             "%aa%e0%a6%b0%e0%a7%80%e0%a6%95%e0%a7%8d%e0%a6%b7")
TAMILABP = ("https://tamil.abplive.com/education/tnpsc-reform-expeditious-publication-of-counsell"
            "ing-dates-in-2024-compared-to-2022-and-2023-205188")
MAALAIMALAR = "https://maalaimalar.com/tags/slug-128447"
# Swahili and Tagalog: Tanzanian interview calls and results portals, a Tanzanian blog on a
# ministry's interviews; Filipino job-seekers' blogs and a recruiter's column.
MWANAHARAKATI = ("http://mwanaharakatikwanza.blogspot.com/2014/06/sabini70-kunufaika-na-ajira-"
                 "idara-ya.html")
BONGOEXCL = "https://news.bongoexclusivetv.com/2021/11/tangazo-la-kuitwa-kwenye-usaili.html"
HABARIKA = "https://habarika24.com/matokeo-ya-usaili-wa-ajira"
SERVICIOFIL = ("https://www2.serviciofilipino.com/2019/08/28/tatlong-mahahalagang-realidad-tungk"
               "ol-sa-mga-job-interviews")
GLENIZ = "https://glenizdamenace.com/2022/11/07/leftover-feelings/"
ENJOSEF = "http://enjosef.blogspot.com/2013/08/malas-o-suwertethe-job-hunting-part-1.html"
DARWINS = "https://darwinstheoryrocks.blogspot.com/2011/07/job-interview.html"
# Baltic: Lithuania's civil-service selection pages and a district paper; Latvian regional papers
# on municipal competitions; an Estonian business paper on interview no-shows.
VTD = ("https://portalas.vtd.lt/lt/text/tekstai/visuomenei/valstybes-tarnautoju-atranka/centra"
       "lizuota-2019/centralizuotai-vykdomas-konkursas-ar-atranka-ir-pretendentu-vertinimas-komis"
       "ijoje--909.html")
GROKISKIS = "https://grokiskis.lt/?p=266960"
ZIEMELLATVIJA = ("https://www.ziemellatvija.lv/novados/valkas-novada-dome-riko-konkursa-otro-kart"
                 "u-153603")
BAUSKAS = "https://bauskasdzive.lv/?p=175485"
DELFILV = ("https://delfi.lv/193/politics/46335297/nakamnedel-varetu-pazinot-jauna-valsts-kancel"
           "ejas-direktora-vardu")
ARILEHT = ("https://arileht.delfi.ee/news/uudised/uuring-miks-jatavad-inimesed-toovestlusele-tul"
           "emata?id=86048381")
# Slovak, Ukrainian, Catalan, Greek: Slovakia's implementing agency on selection procedures;
# Ukrainian village and town councils' competition rules; a Catalan university's staff-selection
# rules; Greek reports on the employment service's career days.
IAGOVSK = ("https://www.ia.gov.sk/2020/05/28/moznost-realizovat-vyberove-konania-podla-standardn"
           "eho-postupu/index.html")
OPISHNYA = "https://opishnya-gromada.gov.ua/news/1592477759"
TSG = ("https://tsg.gov.ua/pro-utvorennya-konkursnoi-komisii-dlya-provedennya-konkursnogo-vidbo"
       "ru-na-posadi-v-organ-miscevogo-samovryaduvannya-ta-zatverdzhennyapolozhennya-pro-p/")
NERUBAYSKE = "http://nerubayske.rada.org.ua/robota-z-personalom-13-42-02-25-09-2019/"
URV = "https://www.urv.cat/ca/universitat/normatives/normativa-unica-pas-acces-pasl/"
INSIDERGR = ("https://www.insider.gr/epiheiriseis/399321/imeres-karieras-tis-dypa-sti-thessalon"
             "iki-pano-apo-6500-polites-kai-150")
TOPONTIKI = ("https://www.topontiki.gr/2026/02/16/dipa-dinamiki-simmetochi-stis-imeres-karieras-"
             "sti-thessaloniki-pano-apo-6-500-polites-ke-150-epichirisis/")
# Vietnamese: a legal-recruitment site on how long results take, a careers column, a Japanese
# employer's Vietnamese guide to interview length.
NHANLUC = ("https://nhanlucnganhluat.vn/tin-tuc/nhung-dau-hieu-cua-mot-buoi-phong-van-khong-tha"
           "nh-cong.html")
CEVN = ("https://cevn.com.vn/tin-tuc/-Buoi-phong-van-keo-dai-cang-lau-thi-cang-co-co-hoi-duoc-n"
        "han/13458.html")
JAPANWORK = "https://japanworkifk.net/thoi-gian-phong-van-lien-he-ket-qua-phong-van"
# Portuguese, Spanish, German: Portuguese job-seekers' blogs; Argentine and Chilean job-seekers'
# blogs; a German student's application diary, a German job-seeker's blog, an Austrian job
# board's application guide.
FIQUEISEM = "http://fiqueisememprego.blogspot.com/2014/01/"
DESEMPREGADA = "https://desempregadacomestilo.blogspot.com/2012"
VULNERABLE = ("http://vulnerableamedusa.blogspot.com/2011/01/odisea-de-una-entrevista-laboral.h"
              "tml")
DISEDIART = "http://disediart.blogspot.com/2008/03/ho-cielos-no-estaba-preparado.html"
KNONLINE = "https://collegeblog.kn-online.de/2020/12/07/aus-dem-tagebuch-einer-bewerberin/"
MITTENAUS = "https://mittenausmpott.blogspot.com/2016/09/was-soll-frau-dazu-sagen.html"
WORKPOOL = "https://workpool-jobs.at/blog/?p=400"

TL_TUNE19_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Bulgarian
    # Next week after Wednesday 15 March: Monday 20 to Friday 24 March.
    ("Резултатите от интервюто ще бъдат публикувани на сайта на общината следващата седмица.",
     "2034-03-15T11:00:00+02:00", ("2034-03-20", "2034-03-24"), "BG", "bg", MEDIANEWS),
    # Seven working days from Thursday 6 April skip Good Friday (7) and Easter Monday (10):
    # 11, 12, 13, 14, 17, 18, 19 April.
    ("Ще получите писмен отговор в срок до седем работни дни след събеседването.",
     "2034-04-06T14:00:00+03:00", ("2034-04-19", "2034-04-19"), "BG", "bg", IISDA),
    # Three working days from the dated second stage, Wednesday 8 February: 9, 10, 13 February.
    ("Вторият етап, защитата на концепция, е в сряда, 8 февруари; класирането се обявява до "
     "три работни дни след него.",
     "2034-01-25T10:00:00+02:00", ("2034-02-13", "2034-02-13"), "BG", "bg", SHUM),
    # A usual length.
    ("Обикновено целият подбор отнема около месец от крайния срок за подаване на документи.",
     "2034-05-10T09:30:00+03:00", None, "BG", "bg", IISDA),
    # "By Friday" from Tuesday 10 October: Friday 13 October.
    ("До петък ще ви се обадим, за да ви съобщим решението на комисията.",
     "2034-10-10T15:00:00+03:00", ("2034-10-13", "2034-10-13"), "BG", "bg", SMOLYAN),
    # Contact only if approved.
    ("Ако бъдете одобрени за следващия етап, ще се свържем с вас по имейл.",
     "2034-06-14T10:00:00+03:00", None, "BG", "bg", MEDIANEWS),
    # Counted from a decision the text does not date.
    ("Кандидатите ще бъдат уведомени в срок от осем дни след решението на комисията.",
     "2034-11-07T10:00:00+02:00", None, "BG", "bg", SMOLYAN),
    # ------------------------------------------------------------------ Thai
    # Five working days from Tuesday 11 April skip Songkran (Thursday 13, Friday 14) and the day
    # in lieu (Monday 17): 12, 18, 19, 20, 21 April.
    ("บริษัทจะแจ้งผลการสัมภาษณ์ให้ทราบภายใน 5 วันทำการ",
     "2034-04-11T10:00:00+07:00", ("2034-04-21", "2034-04-21"), "TH", "th", HRDINDUSTRY),
    # A dated day in the Buddhist era: Wednesday 19 April 2577 BE = 2034.
    ("ประกาศรายชื่อผู้ผ่านการคัดเลือกหลังวันหยุดสงกรานต์ ในวันพุธที่ 19 เมษายน 2577",
     "2034-04-05T09:00:00+07:00", ("2034-04-19", "2034-04-19"), "TH", "th", WANGNUEA),
    # "Within this week" from Monday 19 June: its Friday, 23 June.
    ("ผลการสัมภาษณ์จะส่งให้ทางอีเมลภายในสัปดาห์นี้",
     "2034-06-19T13:00:00+07:00", ("2034-06-23", "2034-06-23"), "TH", "th", NIDA),
    # A usual length.
    ("โดยปกติฝ่ายบุคคลใช้เวลาพิจารณาประมาณสองถึงสามสัปดาห์",
     "2034-02-08T10:00:00+07:00", None, "TH", "th", NIDA),
    # Contact only if selected.
    ("หากท่านผ่านการคัดเลือก เจ้าหน้าที่จะโทรติดต่อกลับไป",
     "2034-09-12T11:00:00+07:00", None, "TH", "th", CBHOSPITAL),
    # Three calendar days from Thursday 27 July: Sunday 30 July (Asarnha Bucha); Monday 31
    # (Buddhist Lent) and Tuesday 1 August (in lieu) are holidays too, so the next working day is
    # Wednesday 2 August.
    ("จะแจ้งผลให้ทราบภายใน 3 วันหลังจากวันสัมภาษณ์",
     "2034-07-27T10:00:00+07:00", ("2034-07-30", "2034-08-02"), "TH", "th", HRDINDUSTRY),
    # The candidate's own deadline.
    ("กรุณาส่งเอกสารเพิ่มเติมภายใน 3 วันทำการ",
     "2034-10-03T14:00:00+07:00", None, "TH", "th", CBHOSPITAL),
    # ------------------------------------------------------------------ Malay
    # Seven working days from Monday 29 May: the Prophet's Birthday (Tuesday 30, estimated) and
    # the Agong's birthday (Monday 5 June) skipped: 31, 1, 2, 6, 7, 8, 9 June; without the
    # estimated holiday, 8 June.
    ("Keputusan temu duga akan dimaklumkan dalam tempoh tujuh (7) hari bekerja.",
     "2034-05-29T10:00:00+08:00", ("2034-06-08", "2034-06-09"), "MY", "ms", MBPP),
    # Contact only for the successful.
    ("Calon yang berjaya sahaja akan dihubungi dalam tempoh 14 hari dari tarikh temu duga.",
     # relabelled in round 20: a promise to the successful is one
     "2034-08-21T09:00:00+08:00", ("2034-09-04", "2034-09-04"), "MY", "ms", LADA),
    # Three working days after the dated second interview, Monday 2 October: 3, 4, 5 October.
    ("Temu duga peringkat kedua diadakan pada Isnin, 2 Oktober; keputusan akhir diumumkan tiga "
     "hari bekerja selepas itu.",
     "2034-09-18T09:00:00+08:00", ("2034-10-05", "2034-10-05"), "MY", "ms", JKRPERAK),
    # Tomorrow, from Thursday 9 March: Friday 10 March.
    ("Kami akan maklumkan keputusan kepada anda esok.",
     "2034-03-09T15:00:00+08:00", ("2034-03-10", "2034-03-10"), "MY", "ms", LADA),
    # A usual length.
    ("Biasanya proses pemilihan mengambil masa kira-kira sebulan.",
     "2034-07-04T10:00:00+08:00", None, "MY", "ms", MBPP),
    # The candidate's own deadline.
    ("Sila sahkan kehadiran anda ke temu duga sebelum Jumaat ini.",
     "2034-11-13T10:00:00+08:00", None, "MY", "ms", JKRPERAK),
    # ------------------------------------------------------------------ Indonesian
    # A named date: Friday 24 March.
    ("Hasil wawancara akan kami kabarkan paling lambat hari Jumat, 24 Maret.",
     "2034-03-20T10:00:00+07:00", ("2034-03-24", "2034-03-24"), "ID", "id", PELANGI),
    # Five working days from Monday 15 May skip Ascension (Thursday 18): 16, 17, 19, 22, 23;
    # with the collective leave many take on Friday 19, 24 May.
    ("Pengumuman hasil seleksi akan disampaikan dalam 5 hari kerja setelah wawancara.",
     "2034-05-15T10:00:00+07:00", ("2034-05-23", "2034-05-24"), "ID", "id", KUMPARAN),
    # Vague ("a week or two"), as round 18 labels it.
    ("Kabar selanjutnya kira-kira seminggu atau dua minggu lagi, ditunggu saja.",
     "2034-07-11T14:00:00+07:00", None, "ID", "id", PELANGI),
    # "Today itself".
    ("Hari ini juga, sebelum jam lima sore, HRD akan menelepon untuk memberi tahu hasilnya.",
     "2034-08-08T11:00:00+07:00", ("2034-08-08", "2034-08-08"), "ID", "id", KUMPARAN),
    # ------------------------------------------------------------------ Hindi
    # 48 hours from Tuesday 12 September: Thursday 14 September.
    ("साक्षात्कार का परिणाम 48 घंटे के भीतर आयोग की वेबसाइट पर जारी कर दिया जाएगा।",
     "2034-09-12T11:00:00+05:30", ("2034-09-14", "2034-09-14"), "IN", "hi", INEXTLIVE),
    # Fifteen days after the interviews end on the dated 10 July: Tuesday 25 July.
    ("इंटरव्यू 10 जुलाई को खत्म होंगे और अंतिम परिणाम उसके 15 दिनों के अंदर घोषित कर दिया "
     "जाएगा।",
     "2034-06-26T10:00:00+05:30", ("2034-07-25", "2034-07-25"), "IN", "hi", AMRITVICHAR),
    # A usual length.
    ("आम तौर पर आयोग को परिणाम घोषित करने में दो से तीन महीने लगते हैं।",
     "2034-01-17T12:00:00+05:30", None, "IN", "hi", LIVECITIES),
    # Contact only for the selected.
    ("चयनित उम्मीदवारों को एक सप्ताह के भीतर फोन किया जाएगा।",
     # relabelled in round 20: a promise to the successful is one
     "2034-04-18T10:00:00+05:30", ("2034-04-25", "2034-04-25"), "IN", "hi", WORLD24),
    # "By tomorrow", from Tuesday 14 November: Wednesday 15 November.
    ("हम आपको कल तक ईमेल से सूचित कर देंगे।",
     "2034-11-14T16:00:00+05:30", ("2034-11-15", "2034-11-15"), "IN", "hi", WORLD24),
    # Counted from a decision the text does not date.
    ("परिणाम की घोषणा चयन समिति के निर्णय के दस दिन बाद की जाएगी।",
     "2034-08-22T10:00:00+05:30", None, "IN", "hi", INEXTLIVE),
    # ------------------------------------------------------------------ Arabic
    # The same day (Sunday 15 October, a working day in Saudi Arabia).
    ("ستظهر نتيجة المقابلة على بوابة التوظيف في اليوم نفسه بعد انتهاء اللجنة من التقييم.",
     "2034-10-15T10:00:00+03:00", ("2034-10-15", "2034-10-15"), "SA", "ar", BTALAH),
    # A week after the dated interview, Tuesday 14 November (Levantine month name): 21 November.
    ("سيتم الإعلان عن أسماء الناجحين خلال أسبوع من تاريخ المقابلة الشخصية يوم الثلاثاء 14 تشرين "
     "الثاني.",
     "2034-11-02T10:00:00+02:00", ("2034-11-21", "2034-11-21"), "JO", "ar", AHDATH24),
    # Egyptian colloquial, three working days from Sunday 5 February (Sunday-to-Thursday week):
    # 6, 7, 8 February.
    ("هنبلغك بالنتيجة خلال تلات أيام شغل.",
     "2034-02-05T12:00:00+02:00", ("2034-02-08", "2034-02-08"), "EG", "ar", MSWDA),
    # A usual length.
    ("عادةً تستغرق إجراءات التعيين من أسبوعين إلى شهر.",
     "2034-01-10T10:00:00+03:00", None, "SA", "ar", ALJAZIRAH),
    # Egyptian colloquial: only if accepted.
    ("لو اتقبلت هنكلمك.",
     "2034-06-11T13:00:00+03:00", None, "EG", "ar", MSWDA),
    # Before the end of the week, from Monday 8 May in Saudi Arabia: Thursday 11 May.
    ("سنتواصل معك قبل نهاية الأسبوع.",
     "2034-05-08T10:00:00+03:00", ("2034-05-11", "2034-05-11"), "SA", "ar", BTALAH),
    # A dated Sunday (10 September, Levantine month name), a working day in Jordan.
    ("تُعلن نتائج المقابلات الشخصية يوم الأحد 10 أيلول على الموقع الإلكتروني للوزارة.",
     "2034-08-30T09:00:00+03:00", ("2034-09-10", "2034-09-10"), "JO", "ar", AHDATH24),
    # Logistics: the interview's own date.
    ("المقابلات هتكون يوم الخميس 9 مارس في مقر المديرية الساعة عشرة الصبح.",
     "2034-02-26T10:00:00+02:00", None, "EG", "ar", MSWDA),
    # ------------------------------------------------------------------ Urdu
    # Three days from Tuesday 17 October: Friday 20 October.
    ("انٹرویو کا نتیجہ تین دن کے اندر ویب سائٹ پر جاری کر دیا جائے گا۔",
     "2034-10-17T10:00:00+05:00", ("2034-10-20", "2034-10-20"), "PK", "ur", BAAGHITV),
    # Contact only for the successful.
    ("کامیاب امیدواروں سے فون پر رابطہ کیا جائے گا۔",
     "2034-05-09T11:00:00+05:00", None, "PK", "ur", BAAGHITV),
    # Next week from Wednesday 19 April: Monday 24 to Friday 28 April.
    ("ہم آپ کو اگلے ہفتے جواب دے دیں گے۔",
     "2034-04-19T14:00:00+05:00", ("2034-04-24", "2034-04-28"), "PK", "ur", BAAGHITV),
    # The candidate's own deadline.
    ("براہِ کرم جمعہ تک اپنی دستاویزات جمع کرا دیں۔",
     "2034-09-04T10:00:00+05:00", None, "PK", "ur", BAAGHITV),
    # ------------------------------------------------------------------ Persian and Dari
    # A week from Tuesday 2 May: Tuesday 9 May.
    ("نتیجه مصاحبه ظرف یک هفته به شما اطلاع داده می‌شود.",
     "2034-05-02T10:00:00+03:30", ("2034-05-09", "2034-05-09"), "IR", "fa", EMOSAHEBE),
    # A usual length.
    ("معمولاً اعلام نتایج نهایی یک تا سه ماه طول می‌کشد.",
     "2034-01-24T10:00:00+03:30", None, "IR", "fa", EMOSAHEBE),
    # Tomorrow, from Tuesday 13 June: Wednesday 14 June.
    ("فردا با شما تماس می‌گیریم و نتیجه را اعلام می‌کنیم.",
     "2034-06-13T11:00:00+03:30", ("2034-06-14", "2034-06-14"), "IR", "fa", ATU),
    # Dari: contact only if successful.
    ("در صورت کامیابی در امتحان، با شما تماس گرفته می‌شود.",
     "2034-07-05T10:00:00+04:30", None, "AF", "fa", NDCAF),
    # ------------------------------------------------------------------ Bengali
    # Ten working days (Sunday-to-Thursday week) from Sunday 7 May, in Bengali digits: 8-11,
    # 14-18, 21 May.
    ("পরীক্ষা গ্রহণের ১০ কর্মদিবসের মধ্যে ফল প্রকাশ করা হবে।",
     "2034-05-07T10:00:00+06:00", ("2034-05-21", "2034-05-21"), "BD", "bn", CITYNEWSDHAKA),
    # Any day next week, from Wednesday 26 July: Sunday 30 July to Thursday 3 August.
    ("আগামী সপ্তাহের যেকোনো দিন ফল প্রকাশ করা হবে।",
     "2034-07-26T12:00:00+06:00", ("2034-07-30", "2034-08-03"), "BD", "bn", KUSHIYARA),
    # A usual length (Assam).
    ("সাধারণত মৌখিক পরীক্ষার পর চূড়ান্ত ফল পেতে কয়েক মাস লাগে।",
     "2034-03-14T10:00:00+05:30", None, "IN", "bn", WAY2BARAK),
    # ------------------------------------------------------------------ Tamil
    # Seven days from Wednesday 2 August: Wednesday 9 August.
    ("நேர்காணல் முடிவுகள் ஏழு நாட்களுக்குள் மின்னஞ்சலில் தெரிவிக்கப்படும்.",
     "2034-08-02T10:00:00+05:30", ("2034-08-09", "2034-08-09"), "IN", "ta", TAMILABP),
    # Contact only for the selected.
    ("தேர்வு செய்யப்பட்டவர்களுக்கு மட்டும் தொலைபேசியில் தகவல் தெரிவிக்கப்படும்.",
     "2034-02-21T11:00:00+05:30", None, "IN", "ta", MAALAIMALAR),
    # ------------------------------------------------------------------ Swahili
    # Seven days from Tuesday 20 June: Tuesday 27 June.
    ("Matokeo ya usaili yatatangazwa ndani ya siku saba baada ya usaili.",
     "2034-06-20T09:00:00+03:00", ("2034-06-27", "2034-06-27"), "TZ", "sw", HABARIKA),
    # Next week from Wednesday 14 June: Monday 19 to Friday 23 June.
    ("Majina ya waliofaulu usaili yatatangazwa wiki ijayo.",
     "2034-06-14T10:00:00+03:00", ("2034-06-19", "2034-06-23"), "TZ", "sw", MWANAHARAKATI),
    # Logistics.
    ("Kila msailiwa atajigharamia chakula, usafiri na malazi.",
     "2034-03-13T08:00:00+03:00", None, "TZ", "sw", BONGOEXCL),
    # Tomorrow, from Tuesday 5 September: Wednesday 6 September.
    ("Tutakupigia simu kesho kukujulisha matokeo.",
     "2034-09-05T15:00:00+03:00", ("2034-09-06", "2034-09-06"), "TZ", "sw", HABARIKA),
    # Counted from the board's decision, which the text does not date.
    ("Tutawajulisha ndani ya siku saba baada ya uamuzi wa bodi.",
     "2034-10-24T10:00:00+03:00", None, "TZ", "sw", MWANAHARAKATI),
    # ------------------------------------------------------------------ Tagalog
    # Three days from Monday 13 February: Thursday 16 February.
    ("Tatawagan ka namin sa loob ng tatlong araw para sa resulta ng interview.",
     "2034-02-13T10:00:00+08:00", ("2034-02-16", "2034-02-16"), "PH", "tl", ENJOSEF),
    # Waiting for every applicant first: no day.
    ("Hihintayin muna naming matapos ma-interview ang lahat ng aplikante bago kami magdesisyon.",
     "2034-05-16T14:00:00+08:00", None, "PH", "tl", SERVICIOFIL),
    # Before this week ends, from Monday 6 November: Friday 10 November.
    ("Ibibigay namin ang resulta bago matapos ang linggong ito.",
     "2034-11-06T13:00:00+08:00", ("2034-11-10", "2034-11-10"), "PH", "tl", GLENIZ),
    # A named date: Monday 4 December.
    ("Babalitaan ka namin sa Lunes, ika-4 ng Disyembre.",
     "2034-11-29T10:00:00+08:00", ("2034-12-04", "2034-12-04"), "PH", "tl", DARWINS),
    # Logistics.
    ("Dalhin ang inyong resume at valid ID sa Lunes para sa final interview.",
     "2034-08-09T10:00:00+08:00", None, "PH", "tl", ENJOSEF),
    # ------------------------------------------------------------------ Lithuanian
    # Next week from Wednesday 8 March: Monday 13 to Friday 17 March.
    ("Apie atrankos rezultatus jums pranešime kitą savaitę.",
     "2034-03-08T10:00:00+02:00", ("2034-03-13", "2034-03-17"), "LT", "lt", GROKISKIS),
    # Five working days from Wednesday 21 June (24 June falls on a Saturday): 22, 23, 26, 27, 28.
    ("Atrankos rezultatus pranešime per 5 darbo dienas nuo pokalbio.",
     "2034-06-21T11:00:00+03:00", ("2034-06-28", "2034-06-28"), "LT", "lt", VTD),
    # A usual length.
    ("Paprastai visa atranka trunka apie mėnesį.",
     "2034-09-26T10:00:00+03:00", None, "LT", "lt", VTD),
    # ------------------------------------------------------------------ Latvian
    # Five working days from Tuesday 20 June skip Midsummer Eve (Friday 23): 21, 22, 26, 27, 28.
    ("Konkursa rezultātus paziņosim piecu darba dienu laikā pēc intervijas.",
     "2034-06-20T10:00:00+03:00", ("2034-06-28", "2034-06-28"), "LV", "lv", ZIEMELLATVIJA),
    # The beginning of next week, from Wednesday 13 September: Monday 18 and Tuesday 19.
    ("Nākamās nedēļas sākumā paziņosim, kurš kandidāts ir izvēlēts.",
     "2034-09-13T15:00:00+03:00", ("2034-09-18", "2034-09-19"), "LV", "lv", DELFILV),
    # An invitation to those who qualify.
    ("Tos pretendentus, kuri atbilst kritērijiem, aicināsim uz darba intervijām.",
     "2034-04-25T10:00:00+03:00", None, "LV", "lv", BAUSKAS),
    # ------------------------------------------------------------------ Estonian
    # A named date: Friday 27 October.
    ("Vestluse tulemustest anname teada hiljemalt reedel, 27. oktoobril.",
     "2034-10-23T10:00:00+03:00", ("2034-10-27", "2034-10-27"), "EE", "et", ARILEHT),
    # Three working days from Wednesday 22 February skip Independence Day (Friday 24): 23, 27, 28.
    ("Teavitame kõiki kandidaate kolme tööpäeva jooksul.",
     "2034-02-22T14:00:00+02:00", ("2034-02-28", "2034-02-28"), "EE", "et", ARILEHT),
    # Contact only if chosen.
    ("Kui teid valitakse, võtame teiega ühendust.",
     "2034-05-30T11:00:00+03:00", None, "EE", "et", ARILEHT),
    # ------------------------------------------------------------------ Slovak
    # Seven days after the procedure ends (the reference): Monday 17 July.
    ("Výsledok výberového konania oznámime uchádzačom do siedmich dní od jeho skončenia.",
     "2034-07-10T10:00:00+02:00", ("2034-07-17", "2034-07-17"), "SK", "sk", IAGOVSK),
    # Five working days from Friday 25 August skip the National Uprising (Tuesday 29): 28, 30,
    # 31, 1, 4; 1 September (a holiday until 2023) skipped too gives 5 September.
    ("O výsledku vás budeme informovať do piatich pracovných dní.",
     "2034-08-25T09:00:00+02:00", ("2034-09-04", "2034-09-05"), "SK", "sk", IAGOVSK),
    # In writing, no day.
    ("Výberová komisia oznámi uchádzačom výsledky písomne.",
     "2034-03-21T10:00:00+01:00", None, "SK", "sk", IAGOVSK),
    # ------------------------------------------------------------------ Ukrainian
    # Three working days from Thursday 9 March: 10, 13, 14 March.
    ("Про результати співбесіди повідомимо протягом трьох робочих днів.",
     "2034-03-09T11:00:00+02:00", ("2034-03-14", "2034-03-14"), "UA", "uk", OPISHNYA),
    # A usual length.
    ("Зазвичай конкурсний відбір триває від двох до чотирьох тижнів.",
     "2034-06-06T10:00:00+03:00", None, "UA", "uk", TSG),
    # By the end of this week, from Tuesday 17 October: Friday 20 October.
    ("Відповідь надішлемо до кінця цього тижня.",
     "2034-10-17T10:00:00+03:00", ("2034-10-20", "2034-10-20"), "UA", "uk", NERUBAYSKE),
    # ------------------------------------------------------------------ Catalan
    # Ten working days (Saturdays excluded) from Wednesday 6 September in Tarragona: the Diada
    # (Monday 11, Catalonia only) skipped gives 21 September, not skipped 20 September.
    ("Us comunicarem el resultat de l'entrevista, feta a Tarragona, en un termini de deu dies "
     "hàbils.",
     "2034-09-06T10:00:00+02:00", ("2034-09-20", "2034-09-21"), "ES", "ca", URV),
    # Tomorrow itself, from Thursday 2 March: Friday 3 March.
    ("Demà mateix us trucarem per dir-vos si passeu a la segona fase.",
     "2034-03-02T12:00:00+01:00", ("2034-03-03", "2034-03-03"), "ES", "ca", URV),
    # A usual length.
    ("Habitualment el procés de selecció dura entre tres i sis setmanes.",
     "2034-10-18T10:00:00+02:00", None, "ES", "ca", URV),
    # ------------------------------------------------------------------ Greek
    # A named date: Friday 22 September.
    ("Θα σας ενημερώσουμε τηλεφωνικά έως την Παρασκευή 22 Σεπτεμβρίου.",
     "2034-09-18T12:00:00+03:00", ("2034-09-22", "2034-09-22"), "GR", "el", INSIDERGR),
    # Five working days from Wednesday 5 April skip Good Friday (7) and Easter Monday (10):
    # 6, 11, 12, 13, 14 April.
    ("Θα λάβετε απάντηση μέσα σε πέντε εργάσιμες ημέρες.",
     "2034-04-05T10:00:00+03:00", ("2034-04-14", "2034-04-14"), "GR", "el", TOPONTIKI),
    # An invitation for those who pass.
    ("Όσοι προκριθούν θα λάβουν πρόσκληση για δεύτερη συνέντευξη.",
     "2034-02-14T11:00:00+02:00", None, "GR", "el", INSIDERGR),
    # This afternoon.
    ("Το αποτέλεσμα θα το μάθετε σήμερα το απόγευμα.",
     "2034-11-21T10:00:00+02:00", ("2034-11-21", "2034-11-21"), "GR", "el", TOPONTIKI),
    # ------------------------------------------------------------------ Vietnamese
    # "Cuối tuần này" from Tuesday 15 August: Friday 18 to Sunday 20 August (round 18's reading).
    ("Bên mình sẽ gửi kết quả cho bạn vào cuối tuần này.",
     "2034-08-15T10:00:00+07:00", ("2034-08-18", "2034-08-20"), "VN", "vi", CEVN),
    # Five working days from Wednesday 26 April skip the Hung Kings' day (Friday 28), 1 May and
    # Reunification Day observed (Tuesday 2 May): 27 April, 3, 4, 5, 8 May.
    ("Kết quả phỏng vấn sẽ được thông báo trong vòng 5 ngày làm việc.",
     "2034-04-26T14:00:00+07:00", ("2034-05-08", "2034-05-08"), "VN", "vi", NHANLUC),
    # A usual length.
    ("Thông thường ứng viên sẽ biết kết quả sau khoảng 3 đến 5 ngày, chậm nhất là 7 đến 10 ngày.",
     "2034-03-01T10:00:00+07:00", None, "VN", "vi", NHANLUC),
    # Tomorrow, from Tuesday 10 October: Wednesday 11 October.
    ("Ngày mai chị sẽ gọi lại báo kết quả cho em.",
     "2034-10-10T16:00:00+07:00", ("2034-10-11", "2034-10-11"), "VN", "vi", JAPANWORK),
    # The candidate's own deadline.
    ("Bạn vui lòng xác nhận tham gia phỏng vấn trước thứ Sáu.",
     "2034-06-12T09:00:00+07:00", None, "VN", "vi", JAPANWORK),
    # ------------------------------------------------------------------ Portuguese
    # Still today.
    ("Ainda hoje, ao fim da tarde, envio-lhe um e-mail com a nossa decisão.",
     "2034-02-07T11:00:00+00:00", ("2034-02-07", "2034-02-07"), "PT", "pt", FIQUEISEM),
    # A named date: Thursday 14 September.
    ("Damos-lhe uma resposta até quinta-feira, 14 de setembro.",
     "2034-09-11T10:00:00+01:00", ("2034-09-14", "2034-09-14"), "PT", "pt", DESEMPREGADA),
    # A usual length.
    ("O processo costuma demorar entre duas e quatro semanas.",
     "2034-04-19T15:00:00+01:00", None, "PT", "pt", FIQUEISEM),
    # Five working days from Monday 5 June in Braga skip Corpus Christi (Thursday 8): 6, 7, 9,
    # 12, 13 June.
    ("Respondemos no prazo de cinco dias úteis após a entrevista na nossa loja de Braga.",
     "2034-06-05T10:00:00+01:00", ("2034-06-13", "2034-06-13"), "PT", "pt", DESEMPREGADA),
    # ------------------------------------------------------------------ Spanish
    # Vague "in the coming days", as round 18 labels it.
    ("En los próximos días nos comunicamos con vos.",
     # relabelled in round 20: "in the coming days" promises days 2-7
     "2034-07-19T11:00:00-03:00", ("2034-07-21", "2034-07-26"), "AR", "es", VULNERABLE),
    # Three working days from Thursday 16 November skip Sovereignty Day (Monday 20): 17, 21, 22.
    ("Te damos una respuesta en un plazo de tres días hábiles.",
     "2034-11-16T10:00:00-03:00", ("2034-11-22", "2034-11-22"), "AR", "es", VULNERABLE),
    # Before the weekend, from Tuesday 14 March: Friday 17 March.
    ("Antes del fin de semana te vamos a estar llamando para confirmarte si quedaste.",
     "2034-03-14T12:00:00-03:00", ("2034-03-17", "2034-03-17"), "AR", "es", VULNERABLE),
    # This very afternoon.
    ("Hoy mismo en la tarde te llamamos con la respuesta.",
     "2034-05-17T11:00:00-04:00", ("2034-05-17", "2034-05-17"), "CL", "es", DISEDIART),
    # ------------------------------------------------------------------ German
    # Five working days from Monday 5 June in Munich skip Corpus Christi (Thursday 8, Bavaria):
    # 6, 7, 9, 12, 13 June.
    ("Sie erhalten innerhalb von fünf Arbeitstagen nach dem Gespräch in unserer Münchner "
     "Zentrale eine Rückmeldung.",
     "2034-06-05T10:00:00+02:00", ("2034-06-13", "2034-06-13"), "DE", "de", KNONLINE),
    # The same count in Hamburg, which keeps no Corpus Christi: 6, 7, 8, 9, 12 June.
    ("Sie erhalten innerhalb von fünf Arbeitstagen nach dem Gespräch in unserer Hamburger "
     "Niederlassung eine Rückmeldung.",
     "2034-06-05T10:00:00+02:00", ("2034-06-12", "2034-06-12"), "DE", "de", MITTENAUS),
    # A usual length.
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("In der Regel dauert es ein bis zwei Wochen, bis wir uns nach dem Gespräch zurückmelden.",
     "2034-02-15T14:00:00+01:00", ("2034-02-22", "2034-03-01"), "DE", "de", KNONLINE),
    # By the end of next week, from Wednesday 8 November: Friday 17 November.
    ("Sie hören bis Ende nächster Woche von uns.",
     "2034-11-08T10:00:00+01:00", ("2034-11-17", "2034-11-17"), "AT", "de", WORKPOOL),
]
