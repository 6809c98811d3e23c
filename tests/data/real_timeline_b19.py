"""Blind batch 19 of the real-material timeline corpus (issue #15, round 19).

Built and labelled by hand on 2026-12-07 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` (and ``zoneinfo`` for the offsets) and the ``holidays`` package
(0.109), to check weekdays, ISO weeks and public holidays (with the region where they differ:
England, Ontario, Victoria, Baden-Württemberg, Kuala Lumpur, Catalonia). Each text paraphrases
wording, a process or a situation documented on the public page cited in its source (found with
the project's search tool, pages corpus; no page or host cited by an earlier data file: every host
was grepped in ``tests/data/*.py``; a few share a platform with earlier hosts: the blogspot,
wordpress.com, livejournal and blogg.se platforms); names, companies, dates and office closures
are invented, the wording is not copied. Reference dates are in 2035, a year no earlier data file
uses as a reference, so that holidays fall on new weekdays: 1 January is a Monday, Western Easter
is 25 March and Orthodox Easter 29 April, Chinese New Year and Tet fall on 8 February, Eid al-Adha
about 18-19 February and Eid al-Fitr about 1-2 December, Songkran on 13-16 April (Monday in lieu),
Diwali on 30 October, Midsummer Eve on Friday 22 June and Sant Joan on a Sunday.

176 texts: English 58, Arabic 9, Bulgarian 8, Thai 6, Portuguese 6, Spanish 6, Indonesian 5,
Hindi 5, German 5, Malay 4, Greek 4, Vietnamese 4, Finnish 4, Slovenian 4, Swedish 4, French 4,
Italian 3, Urdu 3, Persian 3, Tamil 3, Bengali 3, Swahili 3, Tagalog 3, Latvian 3, Ukrainian 3,
Catalan 3, Dutch 2, Polish 2, Lithuanian 2, Estonian 2, Slovak 2 (31 languages; Urdu, Persian,
Tamil, Bengali, Swahili, Tagalog and Latvian new to the timeline corpus); 79 promise nothing (22 of
the English ones). 119 sources on 119 hosts (US, British, Australian, Irish, Canadian, South
African, Nigerian and Filipino job-seekers' blogs, a city's and a council's selection rules, a
training-recruitment booking page, recruiters' and careers columns, a health-management column on
"we will let you know by the weekend", an aid agency's selection FAQ, a Belgian expatriates' guide;
Bulgarian regional news, municipal competitions and notices; a Saudi teachers' forum and Okaz news,
Jordanian news, a Levantine-Arabic learners' story and young Arabs'
interview stories; a Thai university timetable, an exam
centre's notice and HR columns; Malaysian interview blogs and a public agency's service charter;
Indonesian news and HR columns; Hindi news on public-service commissions; Greek local-government
hiring news; Vietnamese HR columns; Brazilian and Portuguese job-seekers' blogs; a Swabian
newspaper on a council's election of a deputy mayor; Argentine and Uruguayan job-seekers' blogs;
Finnish, Swedish, Slovenian, French, Italian, Dutch, Flemish and Polish blogs and news; Pakistani,
Iranian, Tamil Nadu, Bangladeshi and Tanzanian public-service recruitment news and careers pages;
Filipino career pages and stories; Latvian, Lithuanian, Estonian, Slovak, Ukrainian and Catalan
public-sector recruitment rules and news) in 42 countries: US 18, GB 11, BG 8, IN 8 (Hindi,
Tamil), PH 6, SE 6 (two in English), MY 6 (two in English), TH 6, AU 5, SA 5, ID 5, AR 5 (one in
Portuguese), DE 5, IE 4, CA 4, BD 4 (one in English), JO 3, EG 1, GR 4, VN 4, FI 4, SI 4, FR 4, ZA 3,
NG 3, BR 3, IT 3, PK 3, IR 3, TZ 3, LV 3, UA 3, ES 3 (Catalonia), BE 2 (one in English), PT 2,
UY 2, PL 2, LT 2, EE 2, SK 2, DK 1 (English), NL 1. New to the timeline corpus: Iran, Bangladesh,
Tanzania, Uruguay, Latvia and Egypt; Juneteenth, Labor Day, Thanksgiving and
Martin Luther King Jr. Day inside or beside US counts; Good Friday and Easter Monday inside an
English count from a closing date; Anzac Day in Victoria; Saint Brigid's Day and the October bank
holiday in Ireland; Victoria Day and Thanksgiving in Ontario; Heritage Day in South Africa;
Independence Day and National Heroes Day in the Philippines; Orthodox Easter with 1 May and St
George's Day observed in Bulgaria; Saudi National Day inside a Sunday-to-Thursday count and an
estimated Eid al-Fitr; Jordan's Friday-Saturday weekend after 48 hours; Songkran and the King's
Birthday in lieu; Malaysia Day observed inside a 30-working-day count and an estimated Hari Raya;
Ascension and a possible joint-leave Friday in Indonesia; Dussehra, Good Friday and Holi in India;
Orthodox Easter and 1 May in Greece; Tet and Vietnam's National Day; Black Awareness Day in
Brazil; Freedom Day in Portugal; Corpus Christi and its bridge Friday in Baden-Württemberg;
Argentina's Holy Week and Belgrano Day; Uruguay's Constitution Day; the 1-2 May holidays in
Slovenia; Liberation Day and the restored Saint Francis holiday in Italy; Pakistan Day; the
Iranian working week; Ashura and Independence Day in Bangladesh; Latvia's Proclamation Day
observed; Estonia's Victory Day and Midsummer Day; Slovakia's National Uprising anniversary; La
Diada in Catalonia; ISO weeks in German, Finnish and Swedish; a start date, closing dates, an
office closure and a Buddhist-era date.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b18.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; business
days skip weekends and the country's public holidays, both readings accepted where a holiday is
estimated, new, or a bridge day many employers take; "next week" Monday to Friday; "by the end of
the (next) week" its Friday; "by end of month" its last day; ISO week n Monday to Friday; "before
<day>" the day before and the day; a calendar-day deadline or a named day on a public holiday or a
weekend also accepts the next working day; a week-long span whose Monday is a public holiday
starts on the Tuesday; "48 hours" ending on a weekend day also accepts the next working day; "the
beginning of next week" is its Monday and Tuesday; in Saudi Arabia, Jordan and Bangladesh the
working week is Sunday to Thursday; a promise counted from an event whose date the text does not
give promises no day; vague wording, usual lengths, aims and hopes, conditional contact, the
candidate's own deadlines, logistics, interview invitations, rejections and things promised to
others promise nothing). Conventions decided here, where the earlier rounds are silent, are
commented on their case; the general ones:
- "by the weekend" is the Friday; "after the weekend" is read as the beginning of next week;
- a day counted back from a dated start ("two weeks before the start date") is that day;
- "in our first week back" after a dated office closure runs from the reopening day to that
  week's Friday;
- in Iran the working week is Saturday to Wednesday: "the end of next week" is its Wednesday,
  the Thursday accepted;
- "before Tet" runs from the last working day before the Tet holiday to Tet itself;
- "right after the Eid holiday" (estimated) is the first working day after it, or the next Sunday;
- "before <day>" where both the day and its eve fall on a weekend runs from the Friday before to
  the Monday after.

Scored once, at the end of round 19, for docs/detection.md and the README; tuning data since round 20.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
SABRINA = "http://sabrinasmoneymadness.blogspot.com/2007/03/interview-over.html"
BGFTW = "http://bgforthewin.blogspot.com/2009/05/back-in-town.html"
ALGEH = "https://algeh.livejournal.com/197128.html"
LIMADASTAR = "https://limadastar.blogspot.com/2011/10/huh.html"
YOUTHADAPT = "http://www.youthadaptnc.com/after-the-interview.html"
JOBCASE = "https://www.jobcase.com/conversations/ff0beac8-9791-57f0-b84d-4de904d4ccef"
GETHIRED = "http://gethiredandbeyond.com/1/archives/12-2014/1.html"
WILLITS = "https://www.cityofwillits.org/FAQ.aspx?QID=65"
SUPERQUAL = "http://superqualified.blogspot.com/2009/08/fingers-crossed.html"
HYWL = "http://www.hywl-ash.com/post/57642.html"
HSJ = ("https://www.hsj.co.uk/the-people-manager/we-will-let-you-know-by-the-weekend-/5024775.arti"
       "cle")
KHUB = ("https://khub.net/public-blogs?p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet&p_p_state"
        "=maximized&_com_liferay_blogs_web_portlet_BlogsPortlet_mvcRenderCommandName=%2Fblogs%2Fvi"
        "ew_entry&_com_liferay_blogs_web_portlet_BlogsPortlet_entryId=53889225")
NMILLER = "https://www.nmiller.co.uk/2003/06/05/the-big-day/"
PHILLSACRE = "https://phillsacre.me.uk/2004/06/the-interview/"
CT1 = "http://www.ct1recruitment.org.uk/recruitment-process/interview/invitation-and-booking"
JOBHUNTERHQ = "https://jobhunterhq.uk/s/en/Waiting+After+Interviews/38926"
KAVANF1 = "https://kavanf1.wordpress.com/2007/04/17/so-how-did-it-go/"
DEWHITTON = "https://dewhitton.livejournal.com/58342.html"
IDLEMIND = "http://theobservationsofanidlemind.blogspot.com/2011/10/todays-trip-to-melbourne.html"
EASTOFREALITY = "http://eastofreality.blogspot.com/2005/09/she-works-hard-for-money.html"
ITSTHETHINGS = ("http://itsthethingsthatmakeyougommmm.blogspot.com/2009/04/project-365-fri-apr-24-"
                "09.html")
MISSDIR = "http://www.missdirections.com/2011/03/interview.html"
JANEJOHN = "http://theallnewadventuresofjaneandjohn.blogspot.com/2010/06/"
NOMNOM = "https://nomnomsushi.blogspot.com/2008/06/positive-correlation-discovered-between.html"
ANDTHENSHE = "http://andthenshedisappeared.blogspot.com/2016/01/the-interview.html"
NUNAVUT = "http://nunavutbusiness.blogspot.com/2011/01/"
BLOGENLUST = "https://blogenlust.typepad.com/"
TWUB = "http://twub.blogspot.com/2014/03/a-couple-of-first-steps.html"
JACKIS = "https://jackisjournal.blogspot.com/2009/09/job-hunt-continues.html"
SATEACUP = "http://sateacup.blogspot.com/2011/08/watch-this-space.html"
AQUILOGY = "https://aquilogy.com/2010/03/26/jobless-in-johannesburg-ii-the-interview/"
MUJORA = "https://mujora.wordpress.com/2015/11/26/interview-na-wa/"
HOVABUZZ = ("http://hovabuzz.com/frontline/1424-the-annoying-bad-process-a-company-put-me-through-"
            "just-to-give-me-their-job")
H3ADRUSH = "http://h3adrush3d.blogspot.com/2005/06"
JDCGZM = "https://jdcgzm.wordpress.com/2014/02/14/interview-ii/"
KOSPLA = "http://www.kospla.com/2018/06/evaluation-of-interview.html"
ANGRYSCOT = "http://the-angry-scot.blogspot.com/2012/03/interview.html"
AYUNI = "https://www.ayuniayatillah.com/2006/07/i-am-joining-perodua.html"
LYSSAVI = "http://lyssavi.blogspot.com/2013/01/interview-madness.html"
ALLIN1 = "https://all-in-one4her.eu/job_interview.php"
DRC = "https://www.drc.ngo/about-us/careers/faq-for-job-seekers/selection-process/"
PROTHOMALO = "https://en.prothomalo.com/opinion/editorial/ndsxubpxa1"
ACTUALNO = ("https://wwww.actualno.com/education/zapochvat-intervutata-s-kandidatite-za-direktori-"
            "news_551865.html")
VARNA24 = ("https://www.varna24.bg/novini/varna/Ne-e-yasen-sustavut-na-komisiyata-za-izbor-na-glav"
           "en-arhitekt-146715")
RUSE24 = ("https://www.ruse24.bg/novini/ruse/Samo-edin-kandidat-se-yavi-za-glaven-arhitekt-na-Ruse"
          "-2790760")
CRC = ("https://crc.bg/bg/statii/2066/spisyk-na-dopusnatite-i-nedopusnatite-kandidati-do-uchastie-"
       "v-konkursa-za-dlyzhnostta-mladshi-ekspert-1-sht-br-v-otdel-vryzki-s-obshtestvenostta-i-pro"
       "tokol-direkciq-finansovi-i-administrativni-dejnosti")
MLADOST = ("https://mladost.bg/%D1%81%D1%8A%D0%BE%D0%B1%D1%89%D0%B5%D0%BD%D0%B8%D0%B5%D0%B7%D0%B0-"
           "%D0%B4%D0%BE%D0%BF%D1%83%D1%81%D0%BD%D0%B0%D1%82%D0%B8%D1%82%D0%B5-%D0%B7%D0%B0-%D1%83"
           "%D1%87%D0%B0%D1%81%D1%82%D0%B8%D0%B5-%D0%B2-2/")
BTALAH = "https://btalah.com/5606971-post714.html"
SAURESS = "https://sauress.com/okaz/376551"
AHDATH24 = "https://ahdath24.com/article/284885/1"
LEARNPAL = "https://learnpalestinian.com/stories/emma'sinterview"
VIDEOS2016 = "http://videos2016.net/?p=20888"
CHULA = "http://bsd.acc.chula.ac.th/?page_id=52"
FINDYOURJOB = ("https://findyourjob.live/%E0%B9%80%E0%B8%94%E0%B8%B5%E0%B9%8B%E0%B8%A2%E0%B8%A7%E0"
               "%B9%80%E0%B8%A3%E0%B8%B2-%E0%B8%95%E0%B8%B4%E0%B8%94%E0%B8%95%E0%B9%88%E0%B8%AD%E0"
               "%B8%81%E0%B8%A5%E0%B8%B1%E0%B8%9A/")
WESUPPLY = ("https://wesupplytalent.com/%e0%b8%aa%e0%b8%b1%e0%b8%8d%e0%b8%8d%e0%b8%b2%e0%b8%93-%e0"
            "%b9%84%e0%b8%94%e0%b9%89%e0%b8%87%e0%b8%b2%e0%b8%99")
CMATHAI = "https://cmathai.org/news/detail/747"
STATESTIMES = "http://thestatestimes.com/post/2024032206"
SUKASUKA = ("http://sukasukamembelog.blogspot.com/2014/09/part-2-temuduga-pegawai-eksekutif-gred.h"
            "tml")
LAVIA = "http://laviaherself.blogspot.com/2010/10/facade.html"
AKUEQT = "http://akueqt.blogspot.com"
LADA = "https://lada.gov.my/faq-items/berapakan-lama-aduan-akan-diselesaikan/"
KOMPASMEGA = ("https://megapolitan.kompas.com/read/2024/02/22/17423811/keluhan-para-pencari-kerja-"
              "kalau-ditolak-hrd-kabari-saja-enggak-apa-apa")
KITAKERJA = ("https://blog.kitakerja.co.id/hr-sering-bilang-kami-akan-menghubungi-ini-arti-sebenar"
             "nya")
SHALIKA = "http://shalikanarantaya.blogspot.com/2012/03/"
LAJUPU = "https://lajupu.blogspot.com/2015/03/hrd-pemberi-harapan-palsu.html"
MOMSMONEY = ("https://momsmoney.kontan.co.id/news/ini-tahapan-interview-kerja-di-perusahaan-yang-w"
             "ajib-diketahui-fresh-graduate")
INEXTLIVE = ("https://www.inextlive.com/lite/uttar-pradesh/allahabad/uppsc-will-release-detailed-s"
             "chedule-of-interview-today-241370")
PRIMARYKAMASTER = "https://primarykamaster.net/2020/07/blog-post_24.html"
PRAGTINEWS = "https://www.pragtinews.in/2025/10/blog-post_18.html"
KEDE = "https://kede.gr/proslipseis-626-symvasiouchon-8minis-diarkeias-se-18-dimous"
BESTTV = "https://best-tv.gr/mazikes-proslipseis-se-ota-309-nees-theseis-ergasias/"
NHANLUC = ("https://nhanlucnganhluat.vn/tin-tuc/nhung-dau-hieu-cua-mot-buoi-phong-van-khong-thanh-"
           "cong.html")
IPVN = ("http://103.75.182.177/orientation/view/bat-mi-6-ly-do-vi-sao-nha-tuyen-dung-khong-hoi-am-"
        "sau-phong-van")
CONFESSOSIM = "http://confessosim.blogspot.com/2011/01/"
ARTMELA = "https://artmela.blogspot.com/2008/05/tchurum-parte-ii.html"
DEVANEIOS = "http://devaneioseassercoes.blogspot.com/2011/06/"
SCHWAEBISCHE = ("https://www.schwaebische.de/sueden/baden-wuerttemberg_artikel,-karlsruher-waehlen"
                "-neuen-oberbuergermeister-_arid,11302485.html")
TANTEANDO = "https://tanteandoterreno.blogspot.com/2012/06/le-wild-interview-parte-1.html"
AMARILLA = "http://amarillaestrella.blogspot.com/2010/11/un-final-y-una-entrevista.html"
GISSE = "http://gissecopyright.blogspot.com/2007/03/"
WORDMAN = "http://www.wordman.fi/2012/06/haastattelukutsu-ja-hakusanat.html"
PINJA = "http://pinjanaskelin.blogspot.com/2013/02/liian-vaikeeta-pysya-poissa.html"
KAHVITAUKO = "http://kahvitauko.blogspot.com/2003/06/olotilan-muutos-hassua-miten-ihmisen.html"
TUUKKAO = "https://tuukkao.net/tags/arki"
DELO = ("https://www.delo.si/novice/slovenija/volitve-2022/zaposlovanje-zupanovih-kadrov-preden-se"
        "-poslovi/")
BLIVANDE = "https://blivandejapan.blogg.se/2010/april/vantan.html"
VADSAGER = ("https://vadsagersandra.blogg.se/2011/may/stockholm-i-mitt-hjarta-de-gick-bra-med-inte"
            ".html")
DASHA = "https://dasha.metromode.se/2015/06/01/var-praktikant-och-att-lura-jobbet"
JDMAIRES = ("https://www.journaldesmaires.com/fr/gestion-locale-management/emplois-saisonniers-evi"
            "ter-les-pratiques-discriminatoires_-b.html")
MENERVAL = "https://menerval.blogspot.com"
RIRU = "https://riruinglasgow.wordpress.com/2013/01/09/il-colloquio-d-lavoro/"
AARDLING = "https://aardling.com/interview-in-dublin/"
LOENATIK = "http://loenatik.blogspot.com/2007/08/tegengas.html"
ANNIEWARHOL = "http://annie-warhol.blogspot.com/2018/05/ciagle-dziwne-sytuacje.html"
SIEMIANICE = "https://siemianice.com.pl/bloganki/praca"
JAVEDCH = "https://javedch.com/pakistan/2020/06/04/686708"
IACOMPK = "https://www.ia.com.pk/interviews-fpr-principalship-after-eid"
CITY42 = "https://www.city42.tv/15-Mar-2020/43279"
EMOSAHEBE = "https://emosahebe.ir/farayand-mosahebe"
SHAVERNO = "https://www.shaverno.com/why-i-was-not-hired"
JOBOTALK = "https://jobotalk.ir/blogs/have_good_interview"
TNPSCSHOUT = "https://www.tnpscshouters.com/2015/06/blog-post_13.html"
PADAVELAI = "https://www.padavelai.com/2023/02/tnpsc-group-4.html"
TAMILIE = ("https://tamil.indianexpress.com/education-jobs/tnpsc-group-2-2a-and-group-4-exams-resu"
           "lts-date-latest-updates-538122")
SS24BD = ("http://www.ss24bd.com/2020/02/11/%E0%A6%B2%E0%A6%BF%E0%A6%96%E0%A6%BF%E0%A6%A4-%E0%A6%A"
          "A%E0%A6%B0%E0%A7%80%E0%A6%95%E0%A7%8D%E0%A6%B7%E0%A6%BE%E0%A6%B0-%E0%A6%B0%E0%A7%87%E0%"
          "A6%9C%E0%A6%BE%E0%A6%B2%E0%A7%8D%E0%A6%9F-%E0%A6%A6/")
EKUSHEY = "https://ekushey-tv.com/৩৯তম-বিসিএসের-মৌখিক-পরীক্ষা-শুরু-১০-অক্টোবর/51687"
BONGOEXCL = "https://news.bongoexclusivetv.com/2021/11/tangazo-la-kuitwa-kwenye-usaili.html"
MWANAHARAKATI = ("http://mwanaharakatikwanza.blogspot.com/2014/06/sabini70-kunufaika-na-ajira-idar"
                 "a-ya.html")
RASHID = ("http://rashidbumarwa.blogspot.com/search?max-results=10&reverse-paginate=true&updated-m"
          "ax=2014-04-16T11%3A01%3A00%2B03%3A00")
SERVICIO = ("https://www2.serviciofilipino.com/2019/08/28/tatlong-mahahalagang-realidad-tungkol-sa"
            "-mga-job-interviews")
KWENTONG = ("https://kwentongbuhay.com/babae-niligwak-sa-interview-ng-hr-manager-pero-gulat-sila-s"
            "iya-pala-ang-may-ari-at-ceo-ng-kompanya")
ZIEMEL = "https://www.ziemellatvija.lv/novados/valkas-novada-dome-riko-konkursa-otro-kartu-153603"
RSU = ("https://science.rsu.lv/en/clippings/k%C4%81di-krit%C4%93riji-tiek-v%C4%93rt%C4%93ti-atlase"
       "s-proces%C4%81")
VTD = ("https://portalas.vtd.lt/lt/text/tekstai/visuomenei/valstybes-tarnautoju-atranka/centralizu"
       "ota-2019/centralizuotai-vykdomas-konkursas-ar-atranka-ir-pretendentu-vertinimas-komisijoje"
       "--909.html")
RIIGITEATAJA = "https://www.riigiteataja.ee/akt/417052022003"
IAGOVSK = ("https://www.ia.gov.sk/2020/05/28/moznost-realizovat-vyberove-konania-podla-standardneh"
           "o-postupu/index.html")
UTEKA = ("https://budget.uteka.ua/ua/publication/budget-news-45-buxgalterskij-obzor-budget-220-otn"
         "ositelno-konkursov-na-dolzhnost-gossluzhby-nachatyx-k-vvedeniyu-v-ukraine-voennogo-poloz"
         "heniya")
RBCUA = ("https://rbc.ua/rus/news/komissiya-planiruet-provesti-sobesedovaniya-eshche-s-40-pretende"
         "ntami-26022015201400")
LASENIA = ("https://lasenia.cat/html/index.php/regidories/personal/187-valoracio-final-borsa-de-tr"
           "eball-personal-de-brigada?tmpl=component&print=1")

TL_BLIND19: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ----------------------------------------------------------- English
    # A hope, not a promise.
    ("Thanks for coming in today. We still have two people to see tomorrow afternoon and we hope "
     "to make a decision by Friday at the latest.",
     # relabelled in round 20: a hope with a date is a promise
     "2035-03-13T15:30:00-04:00", ("2035-03-16", "2035-03-16"), "US", "en", SABRINA),
    ("Great talking with you this morning. We'll get back to you within a week, either way.",
     "2035-05-09T10:00:00-05:00", ("2035-05-16", "2035-05-16"), "US", "en", BGFTW),
    # The Friday of the same week.
    ("We should have a decision by Friday, and we'll send letters out the same day.",
     "2035-04-18T11:00:00-07:00", ("2035-04-20", "2035-04-20"), "US", "en", ALGEH),
    ("Just so you know, over a hundred people applied for this role, so you should be pleased "
     "you got an interview. We'll be in touch.",
     "2035-10-16T14:00:00-05:00", None, "US", "en", LIMADASTAR),
    # A usual length.
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("We normally take two to three weeks after the last interview to reach a final decision.",
     "2035-02-07T13:00:00-05:00", ("2035-02-21", "2035-02-28"), "US", "en", YOUTHADAPT),
    # A lower bound.
    ("Heads up: most of our hiring managers are out from Thanksgiving through New Year's, so you "
     "may not hear anything on your application until the second week of January.",
     "2035-11-27T09:15:00-06:00", None, "US", "en", JOBCASE),
    # 1 January 2036 is a Tuesday: the first full week runs Monday 7 to Friday 11.
    ("We know it's the holidays, so thanks for making the time. We'll circle back with every "
     "finalist during the first full week of January.",
     "2035-12-20T16:00:00-05:00", ("2036-01-07", "2036-01-11"), "US", "en", GETHIRED),
    # A usual length and conditional contact.
    ("Each step of the selection process can take up to two weeks. If you are selected to "
     "continue, Human Resources will contact you directly.",
     "2035-08-14T10:30:00-07:00", None, "US", "en", WILLITS),
    # Counted back from the start date.
    ("Thank you for meeting with our CFO and COO today. We'd like the new hire to start on "
     "Monday 1 October, and we'll confirm who it is two weeks before the start date.",
     "2035-08-30T15:00:00-05:00", ("2035-09-17", "2035-09-17"), "US", "en", SUPERQUAL),
    ("Our recruiter will call you before 6 pm today with the outcome of this morning's interview.",
     "2035-09-06T09:30:00-04:00", ("2035-09-06", "2035-09-06"), "US", "en", HYWL),
    # Juneteenth (Tuesday 19 June) skipped or not: Thursday 21 or Friday 22.
    ("We'll have an answer for you within five business days.",
     "2035-06-14T14:00:00-04:00", ("2035-06-21", "2035-06-22"), "US", "en", GETHIRED),
    # Labor Day is Monday 3 September.
    ("Offer letters for the fall cohort go out on the Friday after Labor Day.",
     "2035-08-22T12:00:00-05:00", ("2035-09-07", "2035-09-07"), "US", "en", WILLITS),
    ("We'll let you know by the end of next week.",
     "2035-10-03T16:30:00-04:00", ("2035-10-12", "2035-10-12"), "US", "en", BGFTW),
    # The candidate's follow-up, not a promise.
    ("If you haven't heard from us within two weeks, feel free to follow up with me directly.",
     # relabelled in round 20: "if not heard by X, contact us" dates X
     "2035-03-21T11:00:00-05:00", ("2035-04-04", "2035-04-04"), "US", "en", YOUTHADAPT),
    # The candidate's own deadline.
    ("Please send us the names of two references by Monday so we can wrap things up.",
     "2035-01-18T10:00:00-08:00", None, "US", "en", ALGEH),
    # Thanksgiving is Thursday 22 November.
    ("The committee meets the day before Thanksgiving; we'll call you the Tuesday after the "
     "holiday.",
     "2035-11-15T13:00:00-05:00", ("2035-11-27", "2035-11-27"), "US", "en", JOBCASE),
    # Monday 15 January is Martin Luther King Jr. Day: also the Tuesday.
    ("Thanks, have a good weekend. We'll circle back on Monday.",
     "2035-01-12T16:45:00-05:00", ("2035-01-15", "2035-01-16"), "US", "en", SABRINA),
    # The first Tuesday of August is the 7th.
    ("Our board meets on the first Tuesday of next month, and you'll hear from us the following "
     "day.",
     "2035-07-18T10:00:00-07:00", ("2035-08-08", "2035-08-08"), "US", "en", WILLITS),
    # 'By the weekend': the Friday.
    ("We'll let you know by the weekend.",
     "2035-02-14T15:00:00+00:00", ("2035-02-16", "2035-02-16"), "GB", "en", HSJ),
    # Read as the beginning of next week.
    ("We're seeing the last two candidates this afternoon, so we'll let you know after the "
     "weekend.",
     "2035-06-29T12:00:00+01:00", ("2035-07-02", "2035-07-03"), "GB", "en", KHUB),
    ("We're going to make a decision next week, so you should hear the week after.",
     "2035-06-07T11:00:00+01:00", ("2035-06-18", "2035-06-22"), "GB", "en", NMILLER),
    # A hope, not a promise.
    ("It's a two-stage process. We hope to get back to everyone about the second stage around "
     "the start of next week.",
     # relabelled in round 20: a hope with a date is a promise
     "2035-10-10T10:30:00+01:00", ("2035-10-15", "2035-10-17"), "GB", "en", PHILLSACRE),
    # Counted from the closing date; Good Friday and Easter Monday skipped (England).
    ("Applications close on Friday 9 March. Every applicant, shortlisted or not, will hear from "
     "us within ten working days of the closing date.",
     "2035-02-20T09:00:00+00:00", ("2035-03-27", "2035-03-27"), "GB", "en", CT1),
    # General information.
    ("Most candidates hear back somewhere between one and four weeks after a final round.",
     "2035-04-04T14:00:00+01:00", None, "GB", "en", JOBHUNTERHQ),
    # Good Friday and Easter Monday skipped (England).
    ("You'll hear from us within 3 working days.",
     "2035-03-22T16:00:00+00:00", ("2035-03-29", "2035-03-29"), "GB", "en", HSJ),
    ("The panel meets again on Tuesday 29 May, after the bank holiday, and we'll ring you that "
     "afternoon.",
     "2035-05-24T15:30:00+01:00", ("2035-05-29", "2035-05-29"), "GB", "en", KHUB),
    # 30 September is a Sunday: also Monday 1 October.
    ("All interviewees are told the outcome by the end of the month.",
     "2035-09-12T11:00:00+01:00", ("2035-09-30", "2035-10-01"), "GB", "en", PHILLSACRE),
    # Said on a Monday: the Monday a week on.
    ("You should find out by next Monday at the latest.",
     "2035-04-16T13:00:00+01:00", ("2035-04-23", "2035-04-23"), "GB", "en", KAVANF1),
    ("You'll hear from us in the week beginning 10 December.",
     "2035-11-29T10:00:00+00:00", ("2035-12-10", "2035-12-14"), "GB", "en", CT1),
    ("Thanks for your time. You'll know by Friday.",
     "2035-04-18T11:00:00+10:00", ("2035-04-20", "2035-04-20"), "AU", "en", DEWHITTON),
    ("We'll let you know by the end of the day whether you've been successful.",
     "2035-10-10T11:00:00+11:00", ("2035-10-10", "2035-10-10"), "AU", "en", IDLEMIND),
    # Counted from the last interview day the text dates.
    ("Interviews for the promotion finish on Friday 14 September; everyone will be told the "
     "outcome within a fortnight of the last interview day.",
     "2035-09-11T15:00:00+10:00", ("2035-09-28", "2035-09-28"), "AU", "en", EASTOFREALITY),
    ("We'll get back to you as soon as possible.",
     "2035-04-24T10:00:00+10:00", None, "AU", "en", ITSTHETHINGS),
    # Anzac Day (Wednesday 25 April) skipped.
    ("We'll be in touch within two working days.",
     "2035-04-24T14:00:00+10:00", ("2035-04-27", "2035-04-27"), "AU", "en", MISSDIR),
    # The office closure ends on Wednesday 2 January 2036: that week's Wednesday to Friday.
    ("Our office closes for the Christmas break on 21 December and reopens on 2 January; we'll "
     "be in touch with all finalists in our first week back.",
     "2035-12-14T12:00:00+00:00", ("2036-01-02", "2036-01-04"), "IE", "en", JANEJOHN),
    # Conditional contact.
    ("We only contact successful candidates.",
     "2035-06-20T16:00:00+01:00", None, "IE", "en", NOMNOM),
    # Monday 5 February is Saint Brigid's Day: also the Tuesday.
    ("We've two more candidates to see tomorrow, and we'll phone everyone on Monday either way.",
     "2035-02-01T15:30:00+00:00", ("2035-02-05", "2035-02-06"), "IE", "en", ANDTHENSHE),
    # The bank holiday is Monday 29 October.
    ("We'll come back to you after the October bank holiday weekend, on the Tuesday.",
     "2035-10-25T11:00:00+01:00", ("2035-10-30", "2035-10-30"), "IE", "en", JANEJOHN),
    ("Thank you both for making the trip to Ottawa. You'll be hearing from us.",
     "2035-01-22T14:00:00-05:00", None, "CA", "en", NUNAVUT),
    # Victoria Day is Monday 21 May: the beginning of the week moves to Tuesday and Wednesday.
    ("We're seeing candidates through Thursday and will call every one of you early next week to "
     "say whether you're through to round two.",
     "2035-05-15T10:00:00-04:00", ("2035-05-22", "2035-05-23"), "CA", "en", BLOGENLUST),
    # Conditional.
    ("If you interview successfully with any of our clients, we'll make you an offer.",
     "2035-03-15T11:00:00-04:00", None, "CA", "en", TWUB),
    # Thanksgiving (Monday 8 October) skipped.
    ("We'll get back to you within 10 business days.",
     "2035-09-27T15:00:00-04:00", ("2035-10-12", "2035-10-12"), "CA", "en", JACKIS),
    ("Thanks for coming through. We'll call you on Friday.",
     "2035-08-07T12:00:00+02:00", ("2035-08-10", "2035-08-10"), "ZA", "en", SATEACUP),
    # Logistics.
    ("Morning, quick reminder of your interview at 14:30 at our Centurion offices. If you're "
     "running late please call.",
     "2035-03-07T07:10:00+02:00", None, "ZA", "en", AQUILOGY),
    # Heritage Day (Monday 24 September) skipped.
    ("Feedback will be given within 7 working days.",
     "2035-09-19T10:00:00+02:00", ("2035-10-01", "2035-10-01"), "ZA", "en", SATEACUP),
    # Conditional contact.
    ("Only shortlisted candidates will be contacted; anyone who has not heard from us should "
     "consider the application unsuccessful.",
     "2035-07-11T09:00:00+01:00", None, "NG", "en", MUJORA),
    ("That is all for today. Go home and wait for our response.",
     "2035-10-24T15:00:00+01:00", None, "NG", "en", HOVABUZZ),
    ("We will communicate the outcome to you within two weeks of today's interview.",
     "2035-05-30T11:00:00+01:00", ("2035-06-13", "2035-06-13"), "NG", "en", HOVABUZZ),
    # Conditional contact.
    ("We'll give you a call on or before Friday if you made it.",
     # relabelled in round 20: a promise to the successful is one
     "2035-06-05T16:00:00+08:00", ("2035-06-08", "2035-06-08"), "PH", "en", H3ADRUSH),
    ("Please wait for a call from Human Resources about the next interview.",
     "2035-02-14T11:00:00+08:00", None, "PH", "en", JDCGZM),
    # Independence Day (Tuesday 12 June) skipped.
    ("HR will text you the result within 3 to 5 working days.",
     "2035-06-06T14:00:00+08:00", ("2035-06-11", "2035-06-14"), "PH", "en", JDCGZM),
    # Logistics.
    ("Does 13:00 on Wednesday suit you? Let me know by email if you'd rather move it.",
     "2035-06-20T08:30:00+02:00", None, "SE", "en", KOSPLA),
    # 'Before midsummer': Midsummer Eve (Friday 22 June) and the day before.
    ("We'll decide before midsummer and ring you.",
     "2035-06-12T14:00:00+02:00", ("2035-06-21", "2035-06-22"), "SE", "en", ANGRYSCOT),
    ("We'll SMS you tonight about whether you've made it to the session with our Managing "
     "Director tomorrow.",
     "2035-07-10T15:00:00+08:00", ("2035-07-10", "2035-07-10"), "MY", "en", AYUNI),
    # 31 August is National Day, a Friday: also Monday 3 September.
    ("We're interviewing until the 20th and will inform all candidates by the end of the month.",
     "2035-08-14T11:00:00+08:00", ("2035-08-31", "2035-09-03"), "MY", "en", LYSSAVI),
    # General information.
    ("On average you are notified within one or two weeks after the interview whether or not you "
     "are retained.",
     "2035-03-06T10:00:00+01:00", None, "BE", "en", ALLIN1),
    # Counted from an event whose date is not given.
    ("Unsuccessful candidates will receive an email once the position has been filled.",
     "2035-11-07T13:00:00+01:00", None, "DK", "en", DRC),
    ("The viva results have gone to the ministry; we cannot say when they will be published.",
     "2035-04-10T12:00:00+06:00", None, "BD", "en", PROTHOMALO),
    # --------------------------------------------------------- Bulgarian
    # Logistics.
    ("Интервютата ще продължат до края на юли, а графикът ще бъде публикуван на сайта на "
     "регионалния инспекторат.",
     "2035-07-18T10:00:00+03:00", None, "BG", "bg", ACTUALNO),
    # Orthodox Good Friday, Easter Monday and 1 May skipped.
    ("Резултатите от интервюто ще ви бъдат съобщени в срок от три работни дни.",
     "2035-04-26T14:00:00+03:00", ("2035-05-04", "2035-05-04"), "BG", "bg", VARNA24),
    ("Окончателните резултати се обявяват до 7 дни след интервюто.",
     "2035-05-02T11:00:00+03:00", ("2035-05-09", "2035-05-09"), "BG", "bg", RUSE24),
    # Conditional contact.
    ("Допуснатите до следващия етап кандидати ще бъдат поканени с писмо.",
     "2035-03-14T10:00:00+02:00", None, "BG", "bg", CRC),
    ("Минималният резултат, при който се смята, че кандидатът е издържал интервюто, е оценка 4.",
     "2035-02-20T12:00:00+02:00", None, "BG", "bg", MLADOST),
    # St George's Day is Sunday 6 May, observed on Monday 7.
    ("Ще ви се обадим след празниците, във вторник, 8 май.",
     "2035-05-03T16:00:00+03:00", ("2035-05-08", "2035-05-08"), "BG", "bg", RUSE24),
    ("Ще получите отговор до края на следващата седмица.",
     "2035-09-19T15:00:00+03:00", ("2035-09-28", "2035-09-28"), "BG", "bg", ACTUALNO),
    ("Кандидатурата ви, подадена през октомври, ще бъде разгледана между 1 и 10 ноември, а до "
     "края на ноември ще ви уведомим по имейл.",
     "2035-10-15T09:30:00+03:00", ("2035-11-30", "2035-11-30"), "BG", "bg", CRC),
    # ------------------------------------------------------------ Arabic
    ("يتم اختيار المرشحات للمقابلة الشخصية حسب المعدل، ومن لا تجتاز المقابلة تُستبعد ويُنتقل إلى "
     "التي تليها.",
     "2035-01-14T10:00:00+03:00", None, "SA", "ar", BTALAH),
    # Sunday to Thursday; National Day (Sunday 23 September) skipped.
    ("ستُعلن نتائج المقابلات الشخصية على موقع التوظيف الإلكتروني خلال عشرة أيام عمل.",
     "2035-09-16T11:00:00+03:00", ("2035-10-01", "2035-10-01"), "SA", "ar", SAURESS),
    # The Saudi week ends on Thursday.
    ("سنبلغك بالنتيجة قبل نهاية الأسبوع.",
     "2035-03-05T12:00:00+03:00", ("2035-03-08", "2035-03-08"), "SA", "ar", BTALAH),
    # Estimated Eid holiday to Wednesday 5 December: the Thursday after, or the Sunday.
    ("سنتواصل معك مباشرة بعد إجازة عيد الفطر.",
     "2035-11-27T10:00:00+03:00", ("2035-12-06", "2035-12-09"), "SA", "ar", SAURESS),
    # Logistics.
    ("يرجى إحضار أصل الشهادة والسجل الأكاديمي وصورة الهوية يوم المقابلة.",
     "2035-04-02T09:00:00+03:00", None, "SA", "ar", SAURESS),
    # An interview announcement.
    ("ستُجرى المقابلات الشخصية النهائية بعد عطلة عيد الأضحى، وستُنشر الأسماء في الصحف اليومية.",
     "2035-02-12T13:00:00+03:00", None, "JO", "ar", AHDATH24),
    # Sunday is a working day in Jordan.
    ("شكراً إلك، رح نحكيلك النتيجة يوم الأحد الجاي.",
     "2035-10-17T11:00:00+03:00", ("2035-10-21", "2035-10-21"), "JO", "ar", LEARNPAL),
    # 48 hours end on Saturday, a weekend day: also Sunday.
    ("سنرسل لك بريداً إلكترونياً بالنتيجة خلال ٤٨ ساعة.",
     "2035-05-24T14:00:00+03:00", ("2035-05-26", "2035-05-27"), "JO", "ar", AHDATH24),
    # Conditional contact.
    ("لا نتواصل إلا مع المرشحين الذين يتم قبولهم.",
     "2035-08-08T12:00:00+03:00", None, "EG", "ar", VIDEOS2016),
    # -------------------------------------------------------------- Thai
    # Vague.
    ("ประกาศรายชื่อผู้มีสิทธิ์สอบสัมภาษณ์ช่วงปลายเดือนมีนาคม",
     "2035-02-20T10:00:00+07:00", None, "TH", "th", CHULA),
    ("ขอบคุณที่มาสัมภาษณ์นะคะ เดี๋ยวทางเราจะติดต่อกลับไปค่ะ",
     "2035-05-22T15:00:00+07:00", None, "TH", "th", FINDYOURJOB),
    # Songkran (Friday 13 to Monday 16 April in lieu) skipped.
    ("ทางบริษัทจะแจ้งผลการสัมภาษณ์ภายใน 7 วันทำการ",
     "2035-04-10T11:00:00+07:00", ("2035-04-23", "2035-04-23"), "TH", "th", WESUPPLY),
    # Buddhist year 2578 is 2035.
    ("จะประกาศผลการคัดเลือกภายในวันที่ 15 ก.พ. 2578",
     "2035-01-30T14:00:00+07:00", ("2035-02-15", "2035-02-15"), "TH", "th", CMATHAI),
    # Conditional contact.
    ("ถ้าผ่านรอบนี้ ฝ่าย HR จะโทรไปนัดสัมภาษณ์รอบสองค่ะ",
     "2035-03-08T10:00:00+07:00", None, "TH", "th", STATESTIMES),
    # Monday 30 July is the King's Birthday in lieu: Tuesday to Friday.
    ("ผลสัมภาษณ์จะแจ้งทางอีเมลภายในสัปดาห์หน้า",
     "2035-07-25T16:00:00+07:00", ("2035-07-31", "2035-08-03"), "TH", "th", FINDYOURJOB),
    # ------------------------------------------------------------- Malay
    # Malaysia Day observed on Monday 17 September skipped (Kuala Lumpur).
    ("Keputusan temu duga akan dimaklumkan melalui surat dalam tempoh 30 hari bekerja.",
     "2035-09-10T10:00:00+08:00", ("2035-10-23", "2035-10-23"), "MY", "ms", SUKASUKA),
    # Conditional contact.
    ("Kalau tak dapat panggilan dalam masa dua minggu, anggaplah permohonan tidak berjaya.",
     # relabelled in round 20: a promise to the successful is one
     "2035-03-19T14:00:00+08:00", ("2035-04-02", "2035-04-02"), "MY", "ms", LAVIA),
    # Logistics.
    ("Semua calon dikehendaki hadir setengah jam lebih awal dan membawa salinan sijil yang "
     "disahkan.",
     "2035-06-05T09:00:00+08:00", None, "MY", "ms", AKUEQT),
    # Hari Raya is estimated on Saturday 1 December: the day before and the day.
    ("Kami akan memaklumkan keputusan sebelum cuti Hari Raya Aidilfitri.",
     "2035-11-20T11:00:00+08:00", ("2035-11-30", "2035-12-01"), "MY", "ms", LADA),
    # -------------------------------------------------------- Indonesian
    # Ascension Day (Thursday 3 May) skipped; also the Wednesday if the Friday is a joint leave
    # day.
    ("Hasil tes dan interview akan kami kabari paling lambat tiga hari kerja.",
     "2035-05-02T13:00:00+07:00", ("2035-05-08", "2035-05-09"), "ID", "id", KOMPASMEGA),
    ("Terima kasih, nanti kami akan menghubungi Anda.",
     "2035-01-24T15:00:00+07:00", None, "ID", "id", KITAKERJA),
    # An interview to come.
    ("Ibu manajer sudah setuju; tunggu telepon dari HRD untuk interview tahap akhir dengan "
     "manajer HRD.",
     "2035-03-26T12:00:00+07:00", None, "ID", "id", SHALIKA),
    # An interview invitation.
    ("Minggu ini juga Anda akan kami panggil untuk interview di kantor cabang Pekanbaru.",
     "2035-03-12T10:00:00+07:00", None, "ID", "id", LAJUPU),
    ("Pengumuman hasil wawancara user akan kami kirim lewat email pada hari Senin, 20 Agustus.",
     "2035-08-15T14:00:00+07:00", ("2035-08-20", "2035-08-20"), "ID", "id", MOMSMONEY),
    # ------------------------------------------------------------- Hindi
    # Counted from the end of the interviews, whose date is not given.
    ("इंटरव्यू खत्म होने के 15 दिनों के अंदर अंतिम परिणाम जारी कर दिया जाएगा।",
     "2035-07-13T11:00:00+05:30", None, "IN", "hi", INEXTLIVE),
    # A schedule, not the result.
    ("साक्षात्कार का विस्तृत कार्यक्रम सोमवार को आयोग की वेबसाइट पर जारी किया जाएगा।",
     "2035-07-05T10:00:00+05:30", None, "IN", "hi", PRIMARYKAMASTER),
    # A lower bound.
    ("परिणाम दीवाली के बाद ही घोषित किया जाएगा।",
     "2035-10-17T12:00:00+05:30", None, "IN", "hi", PRAGTINEWS),
    # Dussehra (Thursday 11 October) skipped or not.
    ("आपको परिणाम की सूचना सात कार्य दिवसों के भीतर ईमेल से दी जाएगी।",
     "2035-10-09T15:00:00+05:30", ("2035-10-18", "2035-10-19"), "IN", "hi", INEXTLIVE),
    # Friday 23 March is Good Friday and Saturday is Holi: also Monday 26.
    ("हम आपको इस शुक्रवार तक बता देंगे।",
     "2035-03-19T14:00:00+05:30", ("2035-03-23", "2035-03-26"), "IN", "hi", PRAGTINEWS),
    # ------------------------------------------------------------- Greek
    # Orthodox Good Friday, Easter Monday and 1 May skipped.
    ("Θα σας ενημερώσουμε για το αποτέλεσμα μέσα σε πέντε εργάσιμες ημέρες.",
     "2035-04-25T12:00:00+03:00", ("2035-05-07", "2035-05-07"), "GR", "el", KEDE),
    # No date.
    ("Οι πίνακες κατάταξης θα αναρτηθούν στο δημαρχείο και στην ιστοσελίδα του δήμου.",
     "2035-09-20T10:00:00+03:00", None, "GR", "el", BESTTV),
    # A lower bound.
    ("Θα σας πάρουμε τηλέφωνο μετά τον Δεκαπενταύγουστο.",
     "2035-08-02T13:00:00+03:00", None, "GR", "el", KEDE),
    ("Θα έχετε νέα μας μέχρι το τέλος της εβδομάδας.",
     "2035-10-23T11:00:00+03:00", ("2035-10-26", "2035-10-26"), "GR", "el", BESTTV),
    # -------------------------------------------------------- Vietnamese
    # A usual length.
    ("Thông thường ứng viên sẽ biết kết quả sau khoảng 3–5 ngày, chậm nhất là 7–10 ngày.",
     "2035-06-12T10:00:00+07:00", None, "VN", "vi", NHANLUC),
    ("Quá trình tuyển dụng vẫn chưa kết thúc, chúng tôi sẽ phản hồi sau khi phỏng vấn hết các "
     "ứng viên.",
     "2035-04-03T14:00:00+07:00", None, "VN", "vi", IPVN),
    # Tet is Thursday 8 February and its holiday starts on Tuesday 6: the last working day
    # before, to the day itself.
    ("Phòng nhân sự sẽ gửi kết quả cho bạn trước Tết.",
     "2035-01-24T15:00:00+07:00", ("2035-02-05", "2035-02-08"), "VN", "vi", IPVN),
    # National Day (2 to 4 September) skipped.
    ("Chúng tôi sẽ báo kết quả qua email trong vòng 5 ngày làm việc.",
     "2035-08-30T10:00:00+07:00", ("2035-09-10", "2035-09-10"), "VN", "vi", NHANLUC),
    # -------------------------------------------------------- Portuguese
    # A rejection.
    ("Agradecemos a participação, mas já selecionamos outra pessoa para a vaga.",
     "2035-01-15T11:00:00-03:00", None, "BR", "pt", CONFESSOSIM),
    # A Brazilian hired in Buenos Aires.
    ("Amanhã sai o veredito e, se for positivo, você começa no dia 22.",
     "2035-05-08T18:00:00-03:00", ("2035-05-09", "2035-05-09"), "AR", "pt", ARTMELA),
    # Saturday 24 November: also Monday 26.
    ("O resultado sai em até 15 dias.",
     "2035-11-09T14:00:00-03:00", ("2035-11-24", "2035-11-26"), "BR", "pt", CONFESSOSIM),
    ("Retornamos na próxima semana, depois do feriado.",
     "2035-11-16T16:00:00-03:00", ("2035-11-19", "2035-11-23"), "BR", "pt", CONFESSOSIM),
    ("Agora há que aguardar pelo feedback da empresa-cliente.",
     "2035-06-01T12:00:00+01:00", None, "PT", "pt", DEVANEIOS),
    ("Comunicaremos a decisão até ao final da próxima semana.",
     "2035-04-18T11:00:00+01:00", ("2035-04-27", "2035-04-27"), "PT", "pt", DEVANEIOS),
    # ------------------------------------------------------------ German
    # Logistics.
    ("Drei Bewerber stellen sich am 19. Dezember dem Gemeinderat vor; gewählt wird direkt im "
     "Anschluss.",
     "2035-12-07T10:00:00+01:00", None, "DE", "de", SCHWAEBISCHE),
    ("Sie erhalten unsere Rückmeldung bis spätestens Freitag, den 25. Mai.",
     "2035-05-15T14:00:00+02:00", ("2035-05-25", "2035-05-25"), "DE", "de", SCHWAEBISCHE),
    # Corpus Christi (Thursday 24 May, Baden-Württemberg) skipped; also the bridge Friday.
    ("Wir melden uns innerhalb von fünf Arbeitstagen bei Ihnen.",
     "2035-05-21T11:00:00+02:00", ("2035-05-29", "2035-05-30"), "DE", "de", SCHWAEBISCHE),
    # Counted from the closing date.
    ("Die Bewerbungsfrist endet am 31. August; Sie erhalten spätestens drei Wochen nach "
     "Fristende Bescheid.",
     "2035-08-20T16:00:00+02:00", ("2035-09-21", "2035-09-21"), "DE", "de", SCHWAEBISCHE),
    ("Sie hören in KW 42 von uns.",
     "2035-10-02T10:00:00+02:00", ("2035-10-15", "2035-10-19"), "DE", "de", SCHWAEBISCHE),
    # ----------------------------------------------------------- Spanish
    ("Le gustaste al cliente; la semana que viene te avisamos si pasás a la entrevista con ellos.",
     "2035-06-14T16:00:00-03:00", ("2035-06-18", "2035-06-22"), "AR", "es", TANTEANDO),
    # Logistics.
    ("No hay problema, vení igual que te esperamos.",
     "2035-11-26T12:40:00-03:00", None, "AR", "es", AMARILLA),
    # Logistics.
    ("La entrevista grupal es el jueves a las 14:30; es esa la hora y no se puede cambiar.",
     "2035-02-26T10:00:00-03:00", None, "UY", "es", GISSE),
    # Good Friday and the weekend skipped: two working days.
    ("Te confirmamos en 48 horas hábiles.",
     "2035-03-22T11:00:00-03:00", ("2035-03-27", "2035-03-27"), "AR", "es", TANTEANDO),
    ("Te llamamos antes del viernes.",
     "2035-07-16T15:00:00-03:00", ("2035-07-19", "2035-07-20"), "UY", "es", GISSE),
    ("Cualquier novedad te escribimos.",
     "2035-09-05T17:00:00-03:00", None, "AR", "es", AMARILLA),
    # ----------------------------------------------------------- Finnish
    # An interview invitation.
    ("Haastattelu on ensi viikon tiistaina kello 10.",
     "2035-06-06T11:00:00+03:00", None, "FI", "fi", WORDMAN),
    # Midsummer Eve is Friday 22 June.
    ("Ilmoitamme valinnasta kaikille haastatelluille viimeistään juhannusaattoa edeltävänä "
     "torstaina.",
     "2035-06-11T13:00:00+03:00", ("2035-06-21", "2035-06-21"), "FI", "fi", PINJA),
    ("Päätös tehdään vasta, kun kaikki hakijat on haastateltu.",
     "2035-06-09T10:00:00+03:00", None, "FI", "fi", KAHVITAUKO),
    ("Kerromme päätöksestä viikolla 19.",
     "2035-04-20T14:00:00+03:00", ("2035-05-07", "2035-05-11"), "FI", "fi", TUUKKAO),
    # --------------------------------------------------------- Slovenian
    # Counted from the end of the procedure, whose date is not given.
    ("O izbiri boste obveščeni v osmih dneh po zaključenem postopku.",
     "2035-01-17T10:00:00+01:00", None, "SI", "sl", DELO),
    ("Odločitev vam sporočimo po prvomajskih praznikih, v četrtek, 3. maja.",
     "2035-04-26T14:00:00+02:00", ("2035-05-03", "2035-05-03"), "SI", "sl", DELO),
    # Saturday 30 June: also Monday 2 July.
    ("Rezultate razgovorov bomo objavili do konca meseca.",
     "2035-06-12T11:00:00+02:00", ("2035-06-30", "2035-07-02"), "SI", "sl", DELO),
    ("Rok za prijavo je do petka; kandidate, ki izpolnjujejo pogoje, bomo povabili na razgovor.",
     "2035-12-04T09:00:00+01:00", None, "SI", "sl", DELO),
    # ----------------------------------------------------------- Swedish
    ("Vi ger besked på fredag, ni är sju som intervjuas för tre platser.",
     "2035-04-10T11:00:00+02:00", ("2035-04-13", "2035-04-13"), "SE", "sv", BLIVANDE),
    # Counted from an event whose date is not given.
    ("Du får svar från värdfamiljen inom två veckor efter att din profil har skickats till dem.",
     "2035-05-23T15:00:00+02:00", None, "SE", "sv", VADSAGER),
    # A rejection.
    ("Tack för din ansökan, men vi har valt en annan praktikant den här gången.",
     "2035-06-01T09:00:00+02:00", None, "SE", "sv", DASHA),
    ("Besked lämnas vecka 24.",
     "2035-05-29T14:00:00+02:00", ("2035-06-11", "2035-06-15"), "SE", "sv", BLIVANDE),
    # ------------------------------------------------------------ French
    ("Les réponses aux candidatures pour les emplois saisonniers seront envoyées avant le 15 mai.",
     "2035-04-19T10:00:00+02:00", ("2035-05-14", "2035-05-15"), "FR", "fr", JDMAIRES),
    # Not addressed to the candidate.
    ("Le conseil municipal se réunira jeudi 22 novembre à 20 h 30 pour délibérer sur la création "
     "du poste.",
     "2035-11-12T09:00:00+01:00", None, "FR", "fr", MENERVAL),
    ("Nous vous recontacterons après le pont de l'Ascension, le lundi 7 mai.",
     "2035-04-24T15:00:00+02:00", ("2035-05-07", "2035-05-07"), "FR", "fr", JDMAIRES),
    ("Si votre candidature n'est pas retenue, vous ne recevrez pas de réponse.",
     "2035-03-02T11:00:00+01:00", None, "FR", "fr", MENERVAL),
    # ----------------------------------------------------------- Italian
    ("Le faremo sapere entro la fine della settimana prossima.",
     "2035-04-18T12:00:00+02:00", ("2035-04-27", "2035-04-27"), "IT", "it", RIRU),
    # Logistics.
    ("Ci saranno due colloqui, uno a un'ora di distanza dall'altro.",
     "2035-01-09T18:00:00+01:00", None, "IT", "it", RIRU),
    # Saint Francis (Thursday 4 October), a holiday again since 2026, skipped or not.
    ("La chiameremo entro tre giorni lavorativi.",
     "2035-10-03T11:00:00+02:00", ("2035-10-08", "2035-10-09"), "IT", "it", RIRU),
    # ------------------------------------------------------------- Dutch
    # 'Binnen de week': within a week.
    ("Ik neem binnen de week opnieuw contact met je op met het resultaat van de gesprekken.",
     "2035-11-12T15:30:00+01:00", ("2035-11-19", "2035-11-19"), "BE", "nl", AARDLING),
    # A lower bound.
    ("Je hoort na de zomervakantie van ons.",
     "2035-07-04T10:00:00+02:00", None, "NL", "nl", LOENATIK),
    # ------------------------------------------------------------ Polish
    # An interview invitation.
    ("Zapraszamy na rozmowę w czwartek o 11; potwierdzenie wyślemy SMS-em.",
     "2035-05-28T17:10:00+02:00", None, "PL", "pl", ANNIEWARHOL),
    ("Odezwiemy się do pani do końca przyszłego tygodnia.",
     "2035-04-30T13:00:00+02:00", ("2035-05-11", "2035-05-11"), "PL", "pl", SIEMIANICE),
    # -------------------------------------------------------------- Urdu
    # Logistics.
    ("انٹرویوز 8 جون سے بحال ہوں گے؛ امیدوار صبح 10 بجے پیش ہوں۔",
     "2035-06-04T12:00:00+05:00", None, "PK", "ur", JAVEDCH),
    ("پرنسپل کی آسامیوں کے انٹرویوز عید الاضحی کے بعد شروع ہوں گے۔",
     "2035-02-08T11:00:00+05:00", None, "PK", "ur", IACOMPK),
    # Pakistan Day (Friday 23 March) skipped.
    ("انٹرویو کا نتیجہ تین ورکنگ ڈیز میں آپ کو ای میل کر دیا جائے گا۔",
     "2035-03-22T15:00:00+05:00", ("2035-03-28", "2035-03-28"), "PK", "ur", CITY42),
    # ----------------------------------------------------------- Persian
    # A usual length.
    ("نتایج قبولی معمولاً یک تا سه ماه پس از برگزاری آزمون اعلام می‌شود.",
     "2035-05-12T10:00:00+03:30", None, "IR", "fa", EMOSAHEBE),
    # Conditional contact.
    ("در صورت عدم پذیرش، با شما تماس گرفته نخواهد شد.",
     "2035-07-08T11:00:00+03:30", None, "IR", "fa", SHAVERNO),
    # The Iranian working week runs Saturday to Wednesday: Wednesday 24, Thursday accepted.
    ("نتیجه مصاحبه را تا پایان هفته آینده به شما اطلاع می‌دهیم.",
     "2035-10-14T12:00:00+03:30", ("2035-10-24", "2035-10-25"), "IR", "fa", JOBOTALK),
    # ------------------------------------------------------------- Tamil
    ("நேர்காணலுக்கு தேர்வு செய்யப்பட்டவர்களின் தற்காலிகப் பட்டியல் இணையதளத்தில் "
     "வெளியிடப்பட்டுள்ளது.",
     "2035-06-13T10:00:00+05:30", None, "IN", "ta", TNPSCSHOUT),
    # Vague.
    ("முடிவுகள் விரைவில் வெளியாகும்.",
     "2035-02-03T11:00:00+05:30", None, "IN", "ta", PADAVELAI),
    ("நேர்காணல் முடிவுகள் ஜூலை 16 அன்று வெளியிடப்படும்.",
     "2035-07-02T12:00:00+05:30", ("2035-07-16", "2035-07-16"), "IN", "ta", TAMILIE),
    # ----------------------------------------------------------- Bengali
    ("মৌখিক পরীক্ষার তারিখ পরবর্তীতে ই-মেইল, এসএমএস ও ওয়েবসাইটের মাধ্যমে জানানো হবে।",
     "2035-06-16T10:00:00+06:00", None, "BD", "bn", SS24BD),
    # Interview dates.
    ("মৌখিক পরীক্ষা ১০ অক্টোবর শুরু হয়ে ২৬ নভেম্বর শেষ হবে।",
     "2035-10-02T13:00:00+06:00", None, "BD", "bn", EKUSHEY),
    # Sunday to Thursday; Independence Day (Monday 26) and the estimated Ashura (Wednesday 21)
    # skipped or not.
    ("চূড়ান্ত ফলাফল সাত কার্যদিবসের মধ্যে প্রকাশ করা হবে।",
     "2035-03-18T11:00:00+06:00", ("2035-03-28", "2035-03-29"), "BD", "bn", EKUSHEY),
    # ----------------------------------------------------------- Swahili
    # Logistics.
    ("Usaili utafanyika tarehe 13 hadi 18 Novemba; kila msailiwa ajigharamie chakula, usafiri na "
     "malazi.",
     "2035-11-02T10:00:00+03:00", None, "TZ", "sw", BONGOEXCL),
    ("Matokeo ya usaili wa awamu ya pili yatatangazwa kwenye tovuti ya wizara Jumatatu ijayo.",
     "2035-06-27T14:00:00+03:00", ("2035-07-02", "2035-07-02"), "TZ", "sw", MWANAHARAKATI),
    ("Waombaji wawe wavumilivu; uchambuzi ukikamilika wahusika watajulishwa.",
     "2035-01-16T11:00:00+03:00", None, "TZ", "sw", RASHID),
    # ----------------------------------------------------------- Tagalog
    ("Hihintayin muna naming ma-interview ang lahat ng aplikante bago kami magpasya.",
     "2035-02-21T10:00:00+08:00", None, "PH", "tl", SERVICIO),
    ("Tatawagan ka namin sa Biyernes para sa resulta.",
     "2035-08-20T15:00:00+08:00", ("2035-08-24", "2035-08-24"), "PH", "tl", KWENTONG),
    # National Heroes Day (Monday 27 August) skipped.
    ("Babalitaan ka namin sa loob ng tatlong araw ng trabaho.",
     "2035-08-23T11:00:00+08:00", ("2035-08-29", "2035-08-29"), "PH", "tl", SERVICIO),
    # ----------------------------------------------------------- Latvian
    ("Ja pēc darba intervijām lēmumu pieņemt nevarēsim, rīkosim konkursa otro kārtu.",
     "2035-02-08T13:00:00+02:00", None, "LV", "lv", ZIEMEL),
    # Monday 19 November is a holiday (Proclamation Day observed): also the Tuesday.
    ("Konkursa rezultātus paziņosim līdz pirmdienai.",
     "2035-11-14T12:00:00+02:00", ("2035-11-19", "2035-11-20"), "LV", "lv", ZIEMEL),
    ("Par rezultātiem informēsim piecu darba dienu laikā.",
     "2035-06-19T10:00:00+03:00", ("2035-06-26", "2035-06-26"), "LV", "lv", RSU),
    # -------------------------------------------------------- Lithuanian
    # Logistics.
    ("Apie vertinimo komisijoje datą ir laiką pranešime ne vėliau kaip prieš 3 darbo dienas.",
     "2035-03-06T10:00:00+02:00", None, "LT", "lt", VTD),
    ("Atrankos rezultatus jums pranešime iki gruodžio 21 d.",
     "2035-12-10T11:00:00+02:00", ("2035-12-21", "2035-12-21"), "LT", "lt", VTD),
    # ---------------------------------------------------------- Estonian
    # Counted from the decision, whose date is not given.
    ("Konkursi tulemustest teavitame kõiki kandidaate kolme tööpäeva jooksul pärast otsuse "
     "tegemist.",
     "2035-09-04T10:00:00+03:00", None, "EE", "et", RIIGITEATAJA),
    # Midsummer Day is Sunday 24 June: also Monday 25.
    ("Anname teile vastuse hiljemalt jaanipäevaks.",
     "2035-06-12T14:00:00+03:00", ("2035-06-24", "2035-06-25"), "EE", "et", RIIGITEATAJA),
    # ------------------------------------------------------------ Slovak
    # The Slovak National Uprising anniversary (Wednesday 29 August) skipped.
    ("Výsledok výberového konania vám oznámime do piatich pracovných dní.",
     "2035-08-23T13:00:00+02:00", ("2035-08-31", "2035-08-31"), "SK", "sk", IAGOVSK),
    # Logistics.
    ("Na pohovor pozývame uchádzačov v rôznych termínoch s dostatočným časovým odstupom.",
     "2035-05-28T09:00:00+02:00", None, "SK", "sk", IAGOVSK),
    # --------------------------------------------------------- Ukrainian
    ("Якщо конкурс не буде завершено протягом 45 календарних днів від оголошення, процедура "
     "завершується автоматично.",
     "2035-04-12T10:00:00+03:00", None, "UA", "uk", UTEKA),
    # Vague, and an interview.
    ("Другий тур співбесід, можливо, почнемо з вівторка.",
     "2035-02-28T17:00:00+02:00", None, "UA", "uk", RBCUA),
    ("Результати співбесіди повідомимо вам електронною поштою протягом трьох робочих днів.",
     "2035-09-13T12:00:00+03:00", ("2035-09-18", "2035-09-18"), "UA", "uk", UTEKA),
    # ----------------------------------------------------------- Catalan
    ("Un cop finalitzades les entrevistes, publicarem la puntuació final al web de l'Ajuntament.",
     "2035-03-20T10:00:00+01:00", None, "ES", "ca", LASENIA),
    # Sant Joan is Sunday 24 June and its eve a Saturday: the Friday before to the Monday after.
    ("Us comunicarem el resultat abans de Sant Joan.",
     "2035-06-05T12:00:00+02:00", ("2035-06-22", "2035-06-25"), "ES", "ca", LASENIA),
    # Tuesday 11 September is the Diada (Catalonia): also the Wednesday.
    ("Us trucarem dimarts vinent.",
     "2035-09-06T13:00:00+02:00", ("2035-09-11", "2035-09-12"), "ES", "ca", LASENIA),
]
