"""Blind batch 22 of the real-material timeline corpus (issue #15, round 22).

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
BUSINESS_STANDARD = ("https://business-standard.com/amp/article/jobs/aggressive-hiring-in-fy22-glob"
                     "al-uncertainty-leads-to-deferred-hiring-122100500759_1.html")
HINDUSTANTIMES = ("https://www.hindustantimes.com/trending/indian-college-advises-students-to-not-be"
                  "-choosy-during-placements-in-tough-job-market-101723625258429.html")
DNAINDIA = ("https://www.dnaindia.com/business/report-after-it-firms-delay-onboarding-6-months-afte"
            "r-offer-letters-youth-slams-companies-on-social-media-2984983")
GLOBALHUNT = "http://www.globalhunt.in/newsDetails.php?id=440"
LOADED360 = "https://360loaded.com/a-step-by-step-guide-to-getting-a-job-in-the-nigerian-banking-sector"
NAIJAHOTJOBS = "https://www.naijahotjobs.com/f44/sample-aptitude-test-format-nigerian-banks-1765/"
TALKOFTHEMOMENT = ("http://talkofthemomentnews.blogspot.com/2015/11/how-to-get-banking-job-in-nigeri"
                   "a.html")
MAYORTECHS = ("https://mayortechs.com/access-bank-entry-level-training-program-for-young-nigerian-g"
              "raduates-in-2023/")
READYAPPLES = "https://readyapples.com/how-long-should-it-take-to-receive-feedback-from-a-job-offer/"
GHANAWEB = ("https://www.ghanaweb.com/GhanaHomePage/features/Injustice-At-An-Interview-At-Care-Inte"
            "rnational-239628")
TOOKNOWN = "http://tooknownghanaiangirl.com/2017/05/03/job-search/"
MEANDMYGOD = "https://meandmygodtoday.wordpress.com/2018/03/03/gratitude-3/"
HIREDCONSULT = ("https://mjblog.hiredconsult.com/index.php/2019/01/07/the-day-i-met-my-wife-intervi"
                "ew-date/")
ALLAFRICA_KE = "https://allafrica.com/stories/202210070060.html"
ALLAFRICA_UG = "http://allafrica.com/stories/201705050158.html"
MONITOR_UG = ("https://www.monitor.co.ug/uganda/news/national/over-80-000-people-scramble-for-280-g"
              "ovt-jobs-5190040")
RSALEARNERSHIP = "https://rsalearnership.co.za/latest-municipality-vacancies-internships/amp"
CAREERJOB = "https://careerjob.co.za/category/other-job/"
EDXZ = "http://edxz.blogspot.com/2009/04/some-updates-on-my-job-search-which-may.html"
UNCANNY = "http://uncannyphilosophy.com/30-days-to-go-part-ii/"
NAZKOLTUK = ("https://nazkoltuk.com/index.php/2025/08/16/is-a-two-week-wait-after-an-interview-a-st"
             "andard-practice")
BATTIK = "http://battik.blogspot.com/2008/08/not-bad-for-first.html"
TINAMATS = "https://www.tinamats.com/old/tag/interviews/"
THENEWS_PK = "https://www.thenews.com.pk/print/353053-no-interview"
TALESFROMAUS = "http://talesfromaustralia.blogspot.com/2011/02/latest-buzz.html"
INVESTGUIDING = "https://investguiding.com/article/how-long-after-an-interview-is-a-job-offer-made/1781"
BIBLOTEKA = "https://bibloteka.com/how-long-does-it-take-to-get-a-written-job-offer/"
MINOVA = "https://www.minova.ai/blog/how-long-after-interview-job-offer"
VOLARE = "https://volarelearningtofly.wordpress.com/2013/11/01/how-to-not-be-patient/"
HAWTHORNE = "https://hawthornehealthnursing.com/after-the-interview/"
PORIRUA = ("https://poriruacity.govt.nz/your-council/our-staff/working-porirua-city-council/our-re"
           "cruitment-process/")
STUDYLIB = "https://studylib.net/doc/7815526/nrs1104-additional-campaign-information--"
WORKFAITH = "https://workfaithbhm.org/when-should-i-follow-up-after-a-job-interview/"
LINCOLNRI = "https://www.lincolnri.gov/faq.aspx"
ECODE360 = "https://ecode360.com/30549682"
SUFFOLK = "http://suffolkcounty-ny.elaws.us/code/coor_apps-2_ch1200_sec1200-7"
WHATTOBECOME = "https://whattobecome.com/blog/how-long-after-an-interview-is-a-job-offer-made/"
DTRMCR = "http://dtrmcr.blogspot.com/2010/07/impatience-rising.html"
BRISTOL = "http://www.bristol.ac.uk/hr/resourcing/erecruit/interview.html"
PEMBROKESHIRE = "http://www.pembrokeshirecoast.wales/default.asp?pid=270&LangID=2"
JOBAM = "https://job.am/en/blog/792/inchpes-patrastvel-harcazruycin"
CSCNKR = "http://www.csc-nkr.net/about.html"
AZATHABAR = "https://www.azathabar.com/a/27275152.html"
ADSFBIH = "https://www.adsfbih.gov.ba/Content/Read/dokumentacija-konkursa?lang=bs"
ADSFBIH_SR = "https://www.adsfbih.gov.ba/Content/Read/dokumentacija-konkursa?lang=sr"
VSTS = "https://vsts.pravosudje.ba/vstv/faces/vijesti.jsp?id=51805"
FAKTOR = ("https://www.faktor.ba/vijest/nezavisni-odbor-otvara-prijave-stiglo-12-koverata-za-rukovo"
          "dece-pozicije-u-granicnoj-policiji-i-dkpt/195621")
UZSMG = "http://uzsmg.uz/uz/ishga-zhojlash-tartibi/"
LALV = ("https://www.la.lv/normali-sieviete-dusmiga-par-piedzivoto-darba-intervija-lidzcilveki-pau"
        "z-ka-sada-attieksme-nav-pienemama")
IBIZNESS = "https://ibizness.lv/raksti/personals/personals/veiksmigas-darba-intervijas-sturakmeni/17762"
JAUNSLV = ("https://jauns.lv/raksts/zinas/109239-karina-par-darba-interviju-tik-mulsinosus-jautaju"
           "mus-nebiju-piedzivojusi")
VOIDAI = "https://void.ai/wiki/%D8%A7%D9%86%D9%B9%D8%B1%D9%88%DB%8C%D9%88"
URCAREERIE = "https://ur.careerie.com/62792-critique-interview-7423.html"
NEWPRESS = "https://newpress.ge/news_id/4662"
JOBSCOMGE = "https://www.jobs.com.ge/about"
MATSNE = "https://matsne.gov.ge/ka/document/view/3607924"
JNEWSGE = "https://jnews.ge/68826"
IMKONSALTING = "https://www.im-konsalting.ru/blog/kak-napomnit-o-sebe-rabotodatelyu"
KADROVIK = ("https://www.kadrovik.ua/content/mozhlivosti-realizaciyi-gromadyanami-svogo-prava-na-p"
            "racevlashtuvannya-v-ukrayini")
DELCEVO = "https://www.delcevo.gov.mk/soopstenija/23525"
FRIORGMK = "https://fri.org.mk/20-mije-veta-konkurrojne-per-1600-punesime"
ADYAZ = "https://ady.az/en/career/page/4/69"
LOKMAT = "https://www.lokmat.com/jalgaon/direct-interview-within-five-days-after-result-a688"
JAMIIAPP = "https://xf23.jamii.app/tags/sekretarieti/page-2?amp=1"
UJUZIJAMII = "https://ujuzijamii.com/?p=428"
CAPACENTIS = "https://capacent.is/radningar/ertu-ad-leita-ad-starfi/ferilskra-og-kynningarbref/"
ENGLAGRAUTUR = "http://englagrautur.blogspot.com/2005/03/atvinnuvitl.html"
VRIS = "https://www.vr.is/kjaramal/upplysingar-vegna-covid-19-veirunnar/"
TENGRINEWS = ("https://kaz.tengrinews.kz/zakon/kazakstan_respublikasyinyin_ukmet_kazakstan_respubli"
              "kasyinyin_premer_ministr/enbek/id-P070000849_/")
ULYORDA = "http://ulyorda.kz/posts/10733"
PSCSUDUR = "http://psc.sudurpashchim.gov.np/welcome/news_notice/191"
KUCHCHAVELI = ("https://kuchchaveli.com/%E0%AE%87%E0%AE%B3%E0%AE%AE%E0%AF%8D-%E0%AE%A4%E0%AF%8A%E0"
               "%AE%B4%E0%AE%BF%E0%AE%B2%E0%AF%8D-%E0%AE%AE%E0%AF%81%E0%AE%A9%E0%AF%88%E0%AE%B5%E0"
               "%AF%8B%E0%AE%B0%E0%AF%81%E0%AE%95%E0%AF%8D%E0%AE%95%E0%AE%BE")
DAILYTHANTHI = "https://www.dailythanthi.com/News/State/2nd-day-interviews-focused-on-men-and-women-858983"
KALVISURIYAN = "https://kalvisuriyan.com/2022_10_24_archive.html"
AMADERSHOMOY = ("https://www.amadershomoy.com/education/article/84333/%E0%A6%AC%E0%A6%BF%E0%A6%B8%E0"
                "%A6%BF%E0%A6%8F%E0%A6%B8-%E0%A6%A8%E0%A6%A8-%E0%A6%95%E0%A7%8D%E0%A6%AF%E0%A6%BE%E0"
                "%A6%A1%E0%A6%BE%E0%A6%B0-%E0%A7%A7%E0%A7%A7%E0%A7%A6%E0%A7%A6%E0%A7%A6-%E0%A6%AA")
THEDAILYCAMPUS = "https://thedailycampus.com/news/printarticle/223485"
PROTIDINERBANI = "https://www.dailyprotidinerbani.com/?p=5228"
KHOORNA = ("https://www.khoorna.com/153584/%D8%B1%D8%A6%DB%8C%D8%B3-%D8%AF%D8%A7%D9%86%D8%B4%DA%AF"
           "%D8%A7%D9%87-%D8%B9%D9%84%D9%85%DB%8C-%DA%A9%D8%A7%D8%B1%D8%A8%D8%B1%D8%AF%DB%8C-%D9%87"
           "%D9%81%D8%AA%DA%A9%D9%84-%D9%BE%D8%A7%D8%B3%D8%AE-%D8%AF/")
TARJOMANSOBH = ("https://tarjomansobh.ir/news/154128/%D8%A2%D8%BA%D8%A7%D8%B2-%D8%AA%D9%88%D8%B2%DB"
                "%8C%D8%B9-%DA%A9%D8%A7%D8%B1%D8%AA-%D8%A2%D8%B2%D9%85%D9%88%D9%86-%D8%A7%D8%B3%D8%AA"
                "%D8%AE%D8%AF%D8%A7%D9%85%DB%8C-%D8%A2%D8%B2%D9%85%D9%88%D9%86-%D8%AC/")
RESISEYMILIM = ("https://resiseymilim.wordpress.com/tag/%D7%A8%D7%95%D7%A9%D7%9D-%D7%A8%D7%90%D7%A9"
                "%D7%95%D7%A0%D7%99/")
ROTTER = "https://rotter.name/nor/bogrim/21219.shtml"
MUHR = "https://muhr.mahidol.ac.th/E-Recruitment/user/job/view.php?id=12426"
HUAM = "https://hu-am.tistory.com/24?category=1236658"
STARBIRD = "https://star-bird.tistory.com/19"
ALISTO = "https://alis.to/biyori/articles/375eOrzbVVXG"
THREEUMI = "https://3umi.com/?p=29219"
JCAST = "https://j-cast.com/kaisha/2020/08/23392521.html"
XIEXIEBANG = "https://xiexiebang.com/a3/201905127/b20f57c645b2e447.html"
SPDAUGSBURG = ("https://spd-fraktion-augsburg.de/verfahren-bei-stellenbesetzungen-mit-externen-bewe"
               "rberinnen/")
KIWIFINCH = "https://kiwifinch.com/die-langsamen-kiwi-muhlen/"
ARKANSAS = "http://arkansas.canalblog.com/archives/2007/03/03/4196677.html"
TOMALINE = "http://tomaline.canalblog.com/archives/2006/09/25/2759928.html"
RRHHBLOG = "https://rrhhblog.com/2008/11/05/entrevistas-de-trabajo"
PSICOLOGIA = "https://www.psicologiaparatodos.net/category/destacados/page/5"
BRIGANTEGGIANDO = "https://www.briganteggiando.it/2022/11/11/chiamate-inaspettate/"
ASLISTAS = "https://aslistasdeellen.blogspot.com/2016/10/lista-o-que-nao-fazer-numa-entrevista.html"
ZEMST = "https://www.zemst.be/waaraan-mag-je-je-verwachten-tijdens-een-selectieprocedure"
ARCELOR = "https://belgium.arcelormittal.com/carriere/aanwervingsprocedure-voor-kaderleden/"
SYMULACJA = "https://symulacja.ai/jak-przygotowac-sie-na-rozmowe-kwalifikacyjna"
LALLANTOP = ("https://m.thelallantop.com/article/news/govt-asks-ministries-to-stop-conducting-inter"
             "views-for-junior-posts/625cffd0be9fc6112a9e3182")
HPBL = ("https://www.hpbl.co.in/now-5-times-the-candidates-will-be-called-in-the-interview-jpsc-has"
        "-changed-the-rule-of-interviewinstead-of-3-times-now-5-times-the-candidates-will-be-called-"
        "for-interview/")
PANDAYAN = "https://pandayan.com.ph/samalikha-view?view=Interview"
EDISIHIBURAN = "https://edisi-hiburan.blogspot.com/2010/06/jawatan-kosong-terkini-di-malaysia_21.html"
NDANEMU = "https://ndanemu.blogspot.com/2013/10/pengalaman-dan-soalan-temuduga-penolong.html"
APOBRA = "https://apobra.gal/proceso-selectivo-bolsa-emprego-persoal-animador-turistico/"
MOECHE = ("https://moeche.gal/presentaronse-32-solicitudes-para-a-bolsa-de-emprego-do-centro-de-int"
          "erpretacion/")
ANPEEUSKADI = ("https://anpeeuskadi.es/notices/177491/Egonkortze-prozesua.-Argitaratu-dira-behin-be"
               "tiko-merituak-eta-hautatutako-pertsonen-behin-behineko-zerrendak.")
EIBAR = ("https://www.eibar.eus/eu/udala/sailak/antolamendu-eta-pertsonal-saila/hautaketa-prozesuen"
         "-zerbitzuen-karta/erabiltzaileen-betebeharrak")
MNUN = ("https://mnun.edu.mn/%D1%81%D0%BE%D0%BD%D0%B3%D0%BE%D0%BD-%D1%88%D0%B0%D0%BB%D0%B3%D0%B0%D1"
        "%80%D1%83%D1%83%D0%BB%D0%B0%D0%BB%D1%82/")
TAZZA = "http://tazza.mn/view.php?page_value=ZW5jb2RldXNlcmlkMjI="
SAWABAFM = ("https://www.sawabafm.com/gwamnatin-tarayya-ta-yi-garga%C9%97i-ga-yan-%C6%99asa-akan-ma"
            "su-damfara-da-ke-ya%C9%97a-labaran-bogi-na-daukar-aiki/")
PREMIUMTIMES_HA = ("https://hausa.premiumtimesng.com/2020/07/gwamnatin-tarayya-ta-fara-daukar-kanana"
                   "n-maaikata-774000/")
ALYNANA = "https://alynana.com/1661913823"

TL_BLIND22: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ----------------------------------------------------------- English
    # India. Today, from the morning of the HR round.
    ("The final list of selected candidates will be put up on the placement portal by 6 pm today.",
     "2040-02-08T10:00:00+05:30", ("2040-02-08", "2040-02-08"), "IN", "en", HINDUSTANTIMES),
    # Undated: the joining date waits on projects the text does not date.
    ("Joining dates for this batch will be communicated once client projects are confirmed.",
     "2040-03-05T15:00:00+05:30", None, "IN", "en", DNAINDIA),
    # Seven working days from Tuesday 10 July: Thursday 19 July (no public holiday in the way).
    ("You will receive the offer letter within 7 working days of this HR round.",
     "2040-07-10T14:00:00+05:30", ("2040-07-19", "2040-07-19"), "IN", "en", GLOBALHUNT),
    # A usual length, said as general information.
    ("Offer letters usually go out a week or two after the final round, depending on approvals.",
     "2040-01-24T11:30:00+05:30", None, "IN", "en", BUSINESS_STANDARD),
    # "Before <day>": the day before and the day (Independence Day is Wednesday 15 August); a
    # promise made only to the shortlisted is a promise.
    ("Shortlisted candidates will be informed by email before Independence Day.",
     "2040-08-06T12:00:00+05:30", ("2040-08-14", "2040-08-15"), "IN", "en", HINDUSTANTIMES),
    # Logistics.
    ("Please carry two passport-size photographs and your Aadhaar card for document verification "
     "on Monday.",
     "2040-11-14T10:00:00+05:30", None, "IN", "en", DNAINDIA),
    # "In the coming days": days 2-7 from Wednesday 12 September.
    ("We will revert in the coming days, once the technical panel has submitted its scores.",
     "2040-09-12T16:00:00+05:30", ("2040-09-14", "2040-09-19"), "IN", "en", GLOBALHUNT),
    # Nigeria. Promise to the successful: silence after two weeks is the answer (Thursday 31 May).
    ("Successful candidates will be contacted within two weeks of the assessment; if you hear "
     "nothing by then, please take it that you were not selected.",
     "2040-05-17T10:00:00+01:00", ("2040-05-31", "2040-05-31"), "NG", "en", LOADED360),
    # A usual length.
    ("Assessment centre results take between one and three weeks, depending on the number of "
     "applicants.",
     "2040-04-11T09:00:00+01:00", None, "NG", "en", NAIJAHOTJOBS),
    # A plain "after <holiday>": Democracy Day is Tuesday 12 June, so Wednesday 13 to Friday 15.
    ("We will get back to you after the Democracy Day holiday.",
     "2040-06-08T11:00:00+01:00", ("2040-06-13", "2040-06-15"), "NG", "en", TALKOFTHEMOMENT),
    # The candidate's own deadline.
    ("Kindly send us your NYSC discharge certificate before Friday so that your file is complete.",
     "2040-02-14T13:00:00+01:00", None, "NG", "en", MAYORTECHS),
    # 72 hours from Monday 11:00: Thursday.
    ("You should hear from our HR team within 72 hours.",
     "2040-10-15T11:00:00+01:00", ("2040-10-18", "2040-10-18"), "NG", "en", READYAPPLES),
    # Conditional contact with no time.
    ("The bank will contact you if you are needed for the next stage.",
     "2040-07-25T10:00:00+01:00", None, "NG", "en", LOADED360),
    # Ghana. "If you have not heard by X, get in touch" dates X.
    ("If you have not heard from us by Friday, give us a call.",
     "2040-03-13T10:00:00+00:00", ("2040-03-16", "2040-03-16"), "GH", "en", GHANAWEB),
    # Undated next step.
    ("We will communicate the date of the second interview to you.",
     "2040-05-09T14:00:00+00:00", None, "GH", "en", TOOKNOWN),
    # "Make a decision by <time>": Saturday 30 June; Sunday 1 July is Republic Day, so Monday 2 July
    # is also accepted.
    ("Management will make a decision by the end of the month and write to all the candidates.",
     "2040-06-12T11:00:00+00:00", ("2040-06-30", "2040-07-02"), "GH", "en", MEANDMYGOD),
    # Logistics about an office closure, no promise.
    ("Please note that our offices will be closed on Friday for Farmers' Day.",
     "2040-12-04T15:00:00+00:00", None, "GH", "en", HIREDCONSULT),
    # Kenya. 21 calendar days from Wednesday 23 May (Madaraka Day inside the count changes nothing).
    ("All interviewed candidates will be notified of the outcome within 21 days.",
     "2040-05-23T09:00:00+03:00", ("2040-06-13", "2040-06-13"), "KE", "en", ALLAFRICA_KE),
    # Something asked of the public, not a promise to the candidate.
    ("Members of the public may send information on the shortlisted candidates before the "
     "interviews begin.",
     "2040-09-05T10:00:00+03:00", None, "KE", "en", ALLAFRICA_KE),
    # "The week after <holiday>": Mashujaa Day is Saturday 20 October, so 22-26 October.
    ("We shall get back to you the week after Mashujaa Day.",
     "2040-10-16T14:00:00+03:00", ("2040-10-22", "2040-10-26"), "KE", "en", ALLAFRICA_KE),
    # Uganda. A dated promise made only to the successful.
    ("Candidates who pass the oral interviews will be notified through the Commission's website by "
     "30 November.",
     "2040-11-14T10:00:00+03:00", ("2040-11-30", "2040-11-30"), "UG", "en", MONITOR_UG),
    # The candidate's own deadline.
    ("Applicants who were not shortlisted may appeal within two weeks.",
     "2040-09-19T12:00:00+03:00", None, "UG", "en", MONITOR_UG),
    # A usual length, not a promise.
    ("Aptitude test results are normally released within a week of the test.",
     "2040-09-04T09:00:00+03:00", None, "UG", "en", ALLAFRICA_UG),
    # South Africa. Silence after 30 days is the answer: Saturday 17 March, Monday 19 also accepted.
    ("If you do not hear from the municipality within 30 days of the interview, please regard your "
     "application as unsuccessful.",
     "2040-02-16T10:00:00+02:00", ("2040-03-17", "2040-03-19"), "ZA", "en", RSALEARNERSHIP),
    # "Right after <holiday>": Freedom Day is Friday 27 April; Tuesday 1 May is Workers' Day, so
    # the first two working days after are 30 April and 2 May.
    ("We'll let you know right after the Freedom Day long weekend.",
     "2040-04-24T15:00:00+02:00", ("2040-04-30", "2040-05-02"), "ZA", "en", CAREERJOB),
    # A usual length.
    ("Shortlisting normally takes two to four weeks after the closing date.",
     "2040-08-21T11:00:00+02:00", None, "ZA", "en", CAREERJOB),
    # Singapore. "In two or three weeks" is days 14-21, here said only to the selected.
    ("If you are selected you should receive our call in two to three weeks, as we are still "
     "seeing other candidates.",
     "2040-04-23T14:00:00+08:00", ("2040-05-07", "2040-05-14"), "SG", "en", EDXZ),
    # A plain "after <holiday>": Chinese New Year is 12-14 February (the 14th observed), so
    # Wednesday 15 to Friday 17.
    ("We'll update you on the outcome after Chinese New Year.",
     "2040-02-07T10:00:00+08:00", ("2040-02-15", "2040-02-17"), "SG", "en", UNCANNY),
    # No promise.
    ("We will keep your CV in our talent pool for future openings.",
     "2040-06-27T16:00:00+08:00", None, "SG", "en", EDXZ),
    # Malaysia. A usual length.
    ("A wait of about two weeks is normal while we check your references.",
     "2040-03-07T11:00:00+08:00", None, "MY", "en", NAZKOLTUK),
    # "Before <day>": Merdeka Day is Friday 31 August.
    ("You will hear from us before Merdeka Day.",
     "2040-08-21T10:00:00+08:00", ("2040-08-30", "2040-08-31"), "MY", "en", NAZKOLTUK),
    # Philippines. "By the end of the week": Friday 20 July.
    ("HR will text you by the end of the week about the final interview.",
     "2040-07-17T09:30:00+08:00", ("2040-07-20", "2040-07-20"), "PH", "en", BATTIK),
    # Conditional, no time.
    ("I'll check with another department and see whether they might need someone like you.",
     "2040-08-01T15:00:00+08:00", None, "PH", "en", BATTIK),
    # A plain "after <holiday>": Holy Week ends on Black Saturday 31 March; the rest of the next
    # working week is Monday 2 to Friday 6 April.
    ("We'll call you after Holy Week.",
     "2040-03-27T10:00:00+08:00", ("2040-04-02", "2040-04-06"), "PH", "en", TINAMATS),
    # Pakistan. A lower bound is no promise.
    ("The merit list will not be put up before next Monday.",
     "2040-02-13T11:00:00+05:00", None, "PK", "en", THENEWS_PK),
    # A rule about the recruitment, counted from an undated advertisement.
    ("The department has to finalise the recruitment within 60 days of the advertisement.",
     "2040-05-15T10:00:00+05:00", None, "PK", "en", THENEWS_PK),
    # Canada. Two weeks from Wednesday 18 January.
    ("Formal offers will be presented in two more weeks.",
     "2040-01-18T13:00:00-05:00", ("2040-02-01", "2040-02-01"), "CA", "en", TALESFROMAUS),
    # A usual length.
    ("It usually takes ten to fourteen days to hear back after a final interview.",
     "2040-04-04T10:00:00-04:00", None, "CA", "en", INVESTGUIDING),
    # A plain "after <holiday>": Thanksgiving is Monday 8 October (Ontario), so 9-12 October.
    ("We'll be in touch after Thanksgiving.",
     "2040-10-04T14:00:00-04:00", ("2040-10-09", "2040-10-12"), "CA", "en", BIBLOTEKA),
    # The candidate's own deadline.
    ("Please complete the online background check form by Wednesday.",
     "2040-06-18T11:00:00-04:00", None, "CA", "en", MINOVA),
    # Australia. A usual length.
    ("Final decisions generally take four to six weeks after the final interview.",
     "2040-07-11T10:00:00+10:00", None, "AU", "en", VOLARE),
    # A status change tied to an undated sign-off.
    ("Your portal status will change to 'Approval in Progress' once the panel has signed off.",
     "2040-06-20T15:00:00+10:00", None, "AU", "en", VOLARE),
    # Tomorrow.
    ("Your consultant will call you tomorrow with the client's feedback.",
     "2040-09-10T16:00:00+10:00", ("2040-09-11", "2040-09-11"), "AU", "en", HAWTHORNE),
    # Pre-employment paperwork, no promise.
    ("In the meantime, please get your police checks and vaccination records ready.",
     "2040-05-22T11:00:00+10:00", None, "AU", "en", HAWTHORNE),
    # Week 46 (ISO): Monday 12 to Friday 16 November.
    ("Outcomes will be emailed to all candidates in week 46.",
     "2040-10-31T10:00:00+11:00", ("2040-11-12", "2040-11-16"), "AU", "en", HAWTHORNE),
    # New Zealand. Counted from a dated closing date: Friday 3 August + 14 = Friday 17 August.
    ("The vacancy closed on 3 August; we'll email everyone who hasn't been shortlisted within two "
     "weeks of the closing date.",
     "2040-08-08T10:00:00+12:00", ("2040-08-17", "2040-08-17"), "NZ", "en", PORIRUA),
    # A day named with a holiday: Waitangi Day is Monday 6 February, the Tuesday after is the 7th.
    ("We'll be in touch on the Tuesday after Waitangi Day.",
     "2040-02-01T14:00:00+13:00", ("2040-02-07", "2040-02-07"), "NZ", "en", PORIRUA),
    # Logistics.
    ("Please bring photo ID and your work visa to the interview.",
     "2040-03-20T09:00:00+13:00", None, "NZ", "en", PORIRUA),
    # Ireland. Vague.
    ("Candidates will be notified of the result of their interview at the earliest opportunity.",
     "2040-02-22T11:00:00+00:00", None, "IE", "en", STUDYLIB),
    # Ten working days from Wednesday 10 October: Wednesday 24 October.
    ("Interview results will issue by email within ten working days of the board sitting.",
     "2040-10-10T10:00:00+01:00", ("2040-10-24", "2040-10-24"), "IE", "en", STUDYLIB),
    # No promise about this vacancy.
    ("You may be placed on a panel from which future vacancies will be filled.",
     "2040-06-13T14:00:00+01:00", None, "IE", "en", STUDYLIB),
    # United States. A promise to another person is no promise to the candidate.
    ("We've told the staffing agency we'll give them a shortlist by Friday.",
     "2040-01-19T10:00:00-05:00", None, "US", "en", WORKFAITH),
    # Undated.
    ("All other applicants will be notified by a regret letter once the position is filled.",
     "2040-03-21T13:00:00-04:00", None, "US", "en", LINCOLNRI),
    # "Make a decision by <time>": Friday 16 November.
    ("The hiring committee will make a decision by Friday, November 16.",
     "2040-11-07T11:00:00-05:00", ("2040-11-16", "2040-11-16"), "US", "en", LINCOLNRI),
    # "Right after <holiday>": Thanksgiving is Thursday 22 November; the first two working days
    # after it are Friday 23 and Monday 26.
    ("We'll let you know right after Thanksgiving.",
     "2040-11-19T15:00:00-05:00", ("2040-11-23", "2040-11-26"), "US", "en", WHATTOBECOME),
    # Logistics about an interview notice.
    ("Notices for the oral interview are mailed at least five days before the interview date.",
     "2040-08-14T10:00:00-04:00", None, "US", "en", ECODE360),
    # 30 calendar days from Monday 16 April: Wednesday 16 May.
    ("Candidates will be notified of their scores and rank by mail within 30 days.",
     "2040-04-16T09:00:00-04:00", ("2040-05-16", "2040-05-16"), "US", "en", SUFFOLK),
    # United Kingdom. A named day: Thursday.
    ("We'll let you know on Thursday.",
     "2040-07-09T10:00:00+01:00", ("2040-07-12", "2040-07-12"), "GB", "en", DTRMCR),
    # Feedback on request, no promise.
    ("Feedback for unsuccessful candidates is available on request from the panel chair.",
     "2040-02-28T16:00:00+00:00", None, "GB", "en", BRISTOL),
    # The next morning (after the spring bank holiday on Monday 28 May).
    ("The panel will record its decision tonight and HR will email every candidate tomorrow "
     "morning.",
     "2040-05-29T15:00:00+01:00", ("2040-05-30", "2040-05-30"), "GB", "en", BRISTOL),
    # ------------------------------------------------------------- Welsh
    # A fortnight from Tuesday 5 June.
    ("Byddwn yn rhoi gwybod i chi am y canlyniad o fewn pythefnos i'r cyfweliad.",
     "2040-06-05T11:00:00+01:00", ("2040-06-19", "2040-06-19"), "GB", "cy", PEMBROKESHIRE),
    # An aim, and about invitations, not the outcome.
    ("Rydyn ni'n anelu at wahodd ymgeiswyr am gyfweliad o fewn pythefnos i'r dyddiad cau.",
     "2040-09-11T10:00:00+01:00", None, "GB", "cy", PEMBROKESHIRE),
]
