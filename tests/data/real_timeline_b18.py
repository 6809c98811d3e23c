"""Blind batch 18 of the real-material timeline corpus (issue #15, round 18).

Built and labelled by hand on 2026-12-07 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` (and ``zoneinfo`` for the offsets) and the ``holidays`` package
(0.109), to check weekdays, ISO weeks and public holidays (with the region where they differ:
England, Ontario, New South Wales, Baden-Württemberg, Kuala Lumpur). Each text paraphrases wording,
a process or a situation documented on the public page cited in its source (found with the
project's search tool, pages corpus; no page or host cited by an earlier data file: every host was
grepped in ``tests/data/*.py``; a few share a platform with earlier hosts: the blogspot,
wordpress.com and blogs.sapo.pt platforms, denik.cz, whose other regional subdomains earlier files
cite, and the MISA company, whose amis.misa.vn site round 17 cites); names, companies, dates and
office closures are invented, the wording is not copied. Reference dates are in 2031, a year no
earlier blind batch uses as a reference (round 17's check sets ``real_timeline_t17e.py`` and
``real_timeline_t17i.py`` do), so that holidays fall on new weekdays: Western and Orthodox Easter
coincide on 13 April, Chinese New Year and Tet fall on 23 January, Eid al-Fitr about 24 January,
Eid al-Adha about 2 April, Songkran on 13-16 April, Golden Week on 3-6 May and Chuseok on 30
September to 2 October.

176 texts: English 54, Arabic 6, Finnish 6, French 6, Swedish 5, German 5, Spanish 5, Hebrew 4,
Dutch 4, Danish 4, Norwegian 4, Italian 4, Portuguese 4, Serbian 4, Bulgarian 4, Romanian 4,
Hungarian 4, Greek 4, Turkish 4, Thai 4, Vietnamese 4, Chinese 4, Japanese 4, Korean 4, Polish 3,
Czech 3, Slovenian 3, Croatian 3, Hindi 3, Malay 3, Indonesian 3 (31 languages; Bulgarian, Thai,
Hindi and Malay new to the timeline corpus); 79 promise nothing (23 of the English ones). 139
sources on 139 hosts (US hiring-timeline and holiday-slowdown posts, summer-camp staffing pages,
fire and civil-service eligibility rules, a law school's and a university's campus-interview pages,
job-seekers' blogs; an English district council's shortlisting page, UK doctoral-training and
veterinary-school interview rules, British job-seekers' and camp applicants' blogs; Ontario and
Canadian newcomers' and camp directors' blogs; Kenyan county public service boards and county news;
a working-holiday blog, a Wellington job lead, an Indian careers blog; Saudi, Algerian, Moroccan and
Tunisian recruitment news, forums and law; Israeli careers columns; Dutch, Swedish, Danish,
Norwegian and Finnish summer-job pages, news and blogs; German council and local pages, a Swiss job
coach; French village minutes and municipal summer jobs, a Quebec-born job-seeker's blog; Italian,
Spanish, Peruvian, Mexican, Portuguese and Brazilian job-seekers' blogs and columns; Polish, Czech,
Slovenian, Croatian, Serbian, Bosnian, Bulgarian, Romanian, Hungarian and Greek public notices,
local news and blogs; Turkish municipal adverts; Thai local-government and university pages; Hindi
news; Malaysian public-service pages; Indonesian and Vietnamese HR columns; Chinese web novels;
Japanese part-time interview guides; Korean hiring posts) in 44 countries: US 17, GB 15 (England),
CA 9 (Ontario, one British Columbia, one in French), KE 7, FI 6, IN 5, NO 5 (one in English), SE 5,
FR 5, IL 4, NL 4, DK 4, DE 4 (Baden-Württemberg, Saarland), IT 4, BG 4, RO 4, HU 4, GR 4, TR 4,
TH 4, VN 4, CN 4, JP 4, KR 4, PL 3, CZ 3, SI 3, HR 3, BA 3, MY 3, ID 3, AU 2, NZ 2, SA 2, DZ 2,
PE 2, MX 2, PT 2, BR 2, MA 1, TN 1, CH 1, ES 1, RS 1. New to the timeline corpus: Bulgaria,
Thailand, Bosnia and Herzegovina, Morocco and Tunisia; Juneteenth and Thanksgiving inside US
counts; the week after Victoria Day; Mashujaa Day and an estimated Eid al-Fitr in Kenya; Anzac Day
inside a New South Wales count; a week that Matariki ends; Christmas Eve as a working day in England and a holiday in Finland;
New Year's Day 2032 ending a Moroccan count; the Friday after Ascension in the Netherlands and
Denmark and Midsummer Eve in Sweden as bridge days; Corpus Christi in Baden-Württemberg; Whit
Monday as France's journée de solidarité and as a Hungarian anchor; Liberation Day and 1 May in
Italy; Peru's Fiestas Patrias; Mexico's Revolution Day; Black Awareness Day; Victory Day in Czechia;
1-2 May in Slovenia and Serbia; Croatian Statehood Day; St George's Day in Bulgaria; coinciding
Easter in Romania and Greece; Kurban Bayramı's first working day; Songkran, the King's Birthday and
Asarnha Bucha in Thailand; Malaysia Day and National Day inside a 30-working-day count; Tet and
Vietnam's National Day; Golden Week; Chuseok with National Foundation Day.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b17.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; business
days skip weekends and the country's public holidays, both readings accepted where a holiday is
estimated or a bridge day many employers take; "días hábiles" / "giorni lavorativi" / "営業日" skip
Saturdays; "next week" Monday to Friday; "by the end of the (next) week" its Friday; "by end of
month" its last day; ISO week n Monday to Friday; "before <day>" the day before and the day; a
calendar-day deadline or a named day on a public holiday or a weekend also accepts the next
working day; a week-long span whose Monday is a public holiday starts on the Tuesday and one whose
Friday is a public holiday ends on the Thursday; "48 hours" ending on a Saturday also accepts the
Monday; a promise counted from an event whose date the text does not give promises no day; vague
wording, usual lengths, aims, conditional contact, the candidate's own deadlines, logistics,
interview invitations, cancellations and things promised to others promise nothing). Conventions
decided here, where the earlier rounds are silent, are commented on their case; the general ones:
- "the beginning of next week" is its Monday and Tuesday;
- in Israel "by the end of the week" is the Thursday, the Friday accepted too; in Saudi Arabia and
  Algeria the working week is Sunday to Thursday;
- "within a month" is the same date a month on (a weekend date also accepts the next working day);
- Vietnamese "cuối tuần này" is the end of this week, its Friday to Sunday;
- Finnish "loppuviikosta tai viimeistään ensi viikolla" runs from this week's Thursday to next
  week's Friday;
- "early April" ("huhtikuun alussa") is vague and promises nothing.

Scored once, at the end of round 18, for docs/detection.md and the README; tuning data since round 19.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages: United States (a hiring-timeline explainer, summer-camp staffing
# articles, a city's fire and police eligibility list, the Ohio civil-service rules, a
# civil-service FAQ, a law school's on-campus interview FAQ, a university career centre's campus
# interviews page, job-seekers' blogs, recruiters' posts on the holiday slowdown)
FAIRCOMP = "https://faircomp.io/resources/how-long-does-it-take-to-hear-back-after-an-interview"
ACACAMPS = ("https://www.acacamps.org/article/camping-magazine/hover-over-send-button-nurturing-t"
            "eenagers-through-their-first-job-application-process")
GREATCAMPJOBS = ("https://greatcampjobs.com/blog/2021/3/how-to-prepare-for-a-camp-counselor-job-"
                 "interview")
ROCKFORD = "https://rockfordil.gov/428/Eligibility-List"
OHIOCODE = "http://codes.ohio.gov/orc/124.46v1"
ROPL = "https://ropl.org/FAQ.aspx?QID=91"
DUKELAW = "https://law.duke.edu/career/2l/professionaldevelopment/interviewing/oci/"
CBU = "http://www.cbu.edu/careercenter/interviews.html"
AMYLYNN = "http://amylynn1313.blogspot.com/2007/11/this-blows.html"
ZIBIB = "http://zibib.blogspot.com/2011/02/gimme.html"
SPECTRUM = ("https://spectrumrecruitingsolutions.com/about-us/news/2024/09/26/the-holiday-hiring-f"
            "reeze/")
AXELON = "https://www.axelon.com/2014/12/09/debunking-holiday-hiring-freeze-myth/"
# English-language pages: United Kingdom (a district council's shortlisting page, a social
# worker's and job-seekers' blogs, a camp applicant's blog, a doctoral training partnership's
# selection process, a games-research centre's blog, a veterinary school's interview rules, a
# PhD interview guide)
TAUNTON = "http://www.tauntondeane.gov.uk/jobs/job-shortlisting/"
SWSHEN = "https://socialworkshenanigans.wordpress.com/2013/07/22/getting-closer/"
MUFFIN = "https://confessionsofanenglishmuffin.blogspot.com/2012/04/application-interview-1.html"
RAMBLING = "http://www.blog.theramblingperson.co.uk/2015/10/it-looks-like-i-dont-have-job.html"
JACN = "https://jacn.co.uk/2016/02/11/wait/"
SWBIO = "https://www.swbio.ac.uk/programme/draft-selection-process/"
YHL = "http://www.youhaventlived.com/qblog/2016/QBlog190216A.html"
VETCAM = "https://www.vet.cam.ac.uk/grad/graduatesupervisors/admissions/interviews"
VOOMER = ("https://blog.tryvoomer.com/understanding-interview-process-deep-dive-phd-studentship-"
          "interviews/")
# English-language pages: Canada, Kenya, Australia, New Zealand, India and Norway (Ontario
# job-seekers' and newcomers' blogs, a camp director's blog, Kenyan county public service boards
# and county news, a working-holiday blog, an expatriate's blog about Wellington, an Indian
# careers blog, a Canadian driver's blog about Norway)
HAPPIER = "https://happierwhenitrains.com/2016/03/07/the-interview/"
GRATED = "https://gratedexpectations.com/gotta-get-down-on-friday/"
BLACKMIGRANT = "https://blackmigrantgirl.com/the-week-of-marathon-interviews/"
CAMPNERD = "https://thecampnerd.wordpress.com/2017/02/11/camp-counsellor-hiring-season/"
KILIFI = "https://kilificpsb.go.ke/index.php/recruitment-selection-committee"
LAIKIPIA = "https://www.laikipia.go.ke/hiring-and-managing-employees/"
STANDARDKE = ("https://standardmedia.co.ke/counties/article/2000101771/wait-a-little-longer-for-"
              "jobs-candidates-told")
KITUI = ("https://www.kituionline.com/2016/07/01/shocking-shame-as-kitui-county-public-service-b"
         "oard-fools-the-public-with-fake-job-short-list/11/")
NATIONKE = ("https://nation.africa/kenya/counties/elgeyo-marakwet/governor-cancels-interviews-for"
            "-ceo-directors-of-referral-hospital-3958098")
LOGPOSE = "https://thelogpose.wordpress.com/2017/04/09/7th-april-working-holiday-club-interview/"
MBARRICK = "https://www.mbarrick.com/blog/060207/nothing-yet"
CAREESMA = "https://blog.careesma.in/the-interview-follow-up-call"
MARA = "https://thelifeofmara.blogspot.com/2012/09/progress.html"
# Arabic and Hebrew pages (seasonal hiring at a Saudi mosque, Saudi teaching-post nominations,
# Algerian competition news and a municipal protest, a Moroccan recruitment forum, the Tunisian
# local-authorities code; an Israeli careers column in wartime, a satirical Israeli blog, an
# Israeli careers magazine)
SLAATI = "https://slaati.com/2017/03/23/p734892.html"
NABD = "https://nabd.ws/h/153438214-176ccf/?hf=2"
ECHOROUK = ("https://www.echoroukonline.com/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AF%D8"
            "%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%AA%D9%81%D8%AA%D8%AD-%D8%A8%D8%A7%D8%A8-%D8%A7%D9%84"
            "%D8%AA%D9%88%D8%B8%D9%8A%D9%81-%D9%81%D9%8A-%D9%87%D8%B0%D9%87")
ELKHABAR = ("https://elkhabar.com/press/article/70463/%D8%A8%D8%B7%D8%A7%D9%84%D9%88%D9%86-%D9%8A"
            "%D8%AD%D8%AA%D8%AC%D9%88%D9%86-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D9%84%D9%81%D8%A9")
ALWADIFA = "http://alwadifa-maroc.com/vb/showthread.php?4274"
NINEANOUN = ("https://9anoun.tn/kb/codes/code-collectivites-locales/code-collectivites-locales-art"
             "icle-274")
WALLA = "https://career.walla.co.il/item/3760260"
THEMARKER = "http://cafe.themarker.com/post/1743947/module/blog_post/?plasma=true"
WORKFINDER = ("https://www.workfinder.co.il/magazine/229996/שאלות-נפוצות-בראיון-עבודה-ואיך-לענות-"
              "עליהן")
# Dutch, Swedish, Danish, Norwegian and Finnish pages (a Dutch job-seeker's blog, a Dutch
# parliamentary letter on youth unemployment; Swedish municipal summer-job pages and local news;
# Danish job-seekers' blogs, a rejection guide and an interview guide; Norwegian news on summer
# jobs for the young; Finnish municipal summer-job adverts and job-seekers' blogs)
VLOEIBAARD = "https://www.vloeibaard.nl/blog/"
OFFBEK = "https://zoek.officielebekendmakingen.nl/dossier/kst-29544-245.html"
OCKERO = "https://www.ockero.se/jobba-med-oss-i-ockero-kommun/feriejobb-for-ungdomar"
LINKOPING = ("https://www.linkoping.se/naringsliv-och-arbete/jobba-hos-oss/studerande--har-ar-di"
             "na-mojligheter/studentinformation/feriearbete/")
LERUM = "https://www.lerum.se/Kommun-och-politik/Nyhetsarkiv/vad-hander-med-arets-feriearbeten/"
KKURIREN = "https://www.kkuriren.se/nyheter/feriejobb-for-yngre-aven-i-sommar-sm4529513.aspx"
DOTTIE = ("https://dottiebrown.bloggersdelight.dk/wp-content/themes/desktop_2015/print.php?id=1"
          "1349")
SUPERTANKR = "http://supertankr.dk/?m=20080704"
TEKSTMASKINEN = "https://tekstmaskinen.net/artikler/afslag_hvad_saa.php"
ANSOGNING = ("https://ansogningshjaelpen.dk/samtalerunde-guide-saadan-forbereder-du-dig-til-jobsa"
             "mtalen/")
TV2NO = "https://www.tv2.no/nyheter/innenriks/ser-ny-trend-blant-unge-jobbsokere/15791935/"
ANNO = ("https://www.an.no/hor-alle-landets-kommuner-og-bedrifter-gi-ungdommen-sommerjobb/o/5-4-"
        "1568258")
ANDALSNES = "https://www.andalsnes-avis.no/nyheter/i/B3loGe/ungdom-ordner-seg-selv"
AVISAST = ("https://www.avisa-st.no/nyheter/2020/07/20/Det-e-aldri-g%C3%A6li-med-litt-ekstra-p%C3"
           "%A6ng-22299453.ece")
JOBLY = "https://www.jobly.fi/tyopaikka/kesatyo-2026-2586033"
BUSINESSOULU = "https://www.businessoulu.com/fi/tyollisyyspalvelut/kesatyo.html"
KMALINEN = "https://kmalinen.vuodatus.net/lue/2006/12/janna-viikko-tulossa-tai-menossa"
LILY = "https://www.lily.fi/blogit/lokikirja/jinx"
SATKA = "https://satka.vuodatus.net/lue/2011/09/jannittaa-jannittaa"
# German, French, Italian, Spanish and Portuguese pages (a party's page on council personnel
# decisions in Baden-Württemberg, Saarland local news, a Swiss job coach's blog; a Quebec-born
# job-seeker's bilingual blog, a Doubs village's council minutes, local news on municipal summer
# jobs in Aude, Ardèche and Saône-et-Loire, a French news column; Italian job-seekers' blogs, a
# newspaper forum and a magazine column; a Spanish, a Peruvian and a Mexican job-seeker's blog;
# Portuguese and Brazilian job-seekers' blogs)
BURLADINGEN = "https://www.cdu-burladingen.de/index.php?ka=6&ska=21&idclm=19"
SAARBRUECKER = ("https://www.saarbruecker-zeitung.de/saarland/saarlouis/rehlingen-siersburg/geme"
                "inderat-rehlingen-siersburg-thematisiert-hochwasser-und-wohnraumsituation_aid-"
                "113967287")
BEWIRBDICH = "https://bewirbdich.blogspot.com/2021/06/das-warten-danach.html"
INTOWN = "http://intownforaweek.blogspot.com/2007/03/"
FRASNE = "http://frasne25.blogspot.fr/2011_09_01_archive.html"
LINDEPENDANT = ("https://www.lindependant.fr/2021/06/21/conilhac-corbieres-les-etudiants-en-renf"
                "ort-des-services-techniques-9621899.php")
VALS = ("https://vals-les-bains.fr/une-trentaine-de-jeunes-saisonniers-recrutes-a-la-piscine-mun"
        "icipale")
INFOCHALON = ("https://www.info-chalon.com/articles/2022/07/16/71569/cinq-jeunes-fontenois-en-emp"
              "loi-saisonnier-a-la-mairie-au-service-de-la-commune-pendant-la-periode-estivale/")
HUFFPOSTFR = ("https://www.huffingtonpost.fr/vie-de-bureau/article/apres-un-entretien-d-embauche-"
              "voici-les-raisons-a-l-absence-de-reponse_154081.html")
IOPOLIEDRICO = "https://iopoliedrico.blogspot.com/2019/05/colloquio-sorpresa.html"
CORRIEREFORUM = "http://forum.corriere.it/cosi_e_la_vita/14-10-2004/a_riccardo-313093.html"
DONNAMODERNA = ("https://www.donnamoderna.com/life-style/colloquio-di-lavoro-cosa-fare-se-lazien"
                "da-non-si-fa-sentire")
MARQUESA = "http://eldiariodelamarquesa.blogspot.com/2013/03/cruzando-dedos.html"
KARONNTE = "http://karonnte.blogspot.com/2009/10/la-entrevista.html"
TEREESCALANTE = "https://tereescalante.wordpress.com/2015/07/30/entrevista-de-trabajo/"
MENTIRAS = "https://mentirasquetevoucontando.blogs.sapo.pt/2015/01/02/"
ALVES = "https://oblogdoalves.wordpress.com/2009/07/23/entrevista-de-emprego/"
CRONISTA = "http://cronistasemabrigo.com/index.php/2017/11/21/uma-entrevista-de-emprego-fofinha/"
CAGUEIREGRA = "http://cagueiregra.blogspot.com/"
# Polish, Czech, Slovenian, Croatian, Serbian, Bulgarian, Romanian, Hungarian and Greek pages (a
# town's recruitment rules and a municipal company's rules in the Polish public-information
# bulletin, an interview course; a mayor's blog on hiring an assistant, regional news on village
# offices, a municipal advice site; the Slovenian official gazette, a Dolenjska newspaper and a
# municipal notice; a Croatian county's testing instructions; a Vojvodina municipality's
# competition, Republika Srpska job adverts and city competitions; Bulgarian air-traffic
# recruitment, Blagoevgrad news and a municipal careers page; Romanian local news, a recruiter's-
# eye short story and a thesis on a city hall's recruitment; Hungarian summer student work, a
# student's and a job-seeker's blog, a consultant's anecdote; Greek interview columns, a Greek
# poker-job story and a Thessaloniki blog)
DOBRZANY = "http://bip.dobrzany.pl/dokumenty/690"
BLASZKI = ("https://yumpu.com/en/document/view/53271872/regulamin-naboru-na-wolne-stanowisko-urz"
           "ednicze")
VIDEOKURS = ("https://videokurs.pl/rozmowa-kwalifikacyjna/przygotowanie/jak-przygotowac-sie-do-r"
             "ozmowy-kwalifikacyjnej-krok-po-kroku")
AKTUALNE = "https://blog.aktualne.cz/blogy/martin-machacek.php?archive=2012-04&blogid=442"
KARVINSKY = ("https://karvinsky.denik.cz/zpravy_region/urednici-v-obcich-jako-ferda-mravenec-201"
             "71031.html")
PORADNA = ("https://www.poradnaproobce.cz/komunalni-volby-2022/zastupitel/organy-obce-pravomoci")
URADNILIST = ("https://uradni-list.si/glasilo-uradni-list-rs/vsebina/2007006500010/razpis--za-me"
              "sto-odgovornega-urednika-odgovorne-urednice-javnega-glasila-obcine-postojna-postoj"
              "na-1909--st--030-52007-2-ob-2103307")
DOLENJSKI = ("http://www.dolenjskilist.si/2017/08/22/180702/novice/dolenjska/Za_direktorja_Zavod"
             "a_Novo_mesto_se_poteguje_pet_kandidatov/")
CERKNO = "https://www.cerkno.si/2024/05/page/2/"
BBZ = ("https://bbz.hr/javni-pozivi-natjecaji/testiranje-i-upute-kandidatima-povodom-javnog-natj"
       "ečaja-za-prijam-u-službu-čistačice-u-upravni-odjel-za-opću-upravu-i-pravne-poslove-bjelov"
       "arsko-bilogorske-županije")
BACKATOPOLA = "https://mojabackatopola.rs/lokalna-zajednica/konkurs-za-posao-u-opstini/"
GLASSRPSKE = ("https://www.glassrpske.com/lat/drustvo/konkursi_zzzrs/ju-zzz-rs-filijala-trebinje-"
              "oglasava-slobodna-radna-mjesta-na-dan-23092020-godine/333491")
DERVENTA = ("https://derventskilist.net/%D0%BA%D0%BE%D0%BD%D0%BA%D1%83%D1%80%D1%81-%D0%B7%D0%B0-%D"
            "0%BF%D0%BE%D0%BF%D1%83%D1%9A%D0%B0%D0%B2%D0%B0%D1%9A%D0%B5-%D1%83%D0%BF%D1%80%D0%B0%D"
            "0%B6%D1%9A%D0%B5%D0%BD%D0%B8%D1%85-%D1%80%D0%B0%D0%B4/")
BLPORTAL = ("https://www.bl-portal.com/banjaluka/konkurs-za-popunu-upraznjenih-radnih-mjesta-u-gr"
            "adskoj-upravi-grada-banjaluka/")
BULATSA = ("https://www.bulatsa.com/stani-rakovoditel-poleti/aktualno/informatsiya-otnosno-protse"
           "sa-na-podbor")
STRUMA = ("https://struma.bg/67-%D0%BA%D0%B0%D0%BD%D0%B4%D0%B8%D0%B4%D0%B0%D1%82%D0%B8%D1%82%D0%B5"
          "-%D0%B7%D0%B0-3-%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%BD%D0%B8-%D0%BC%D0%B5%D1%81%D1%82%D0"
          "%B0-%D0%B2-%D0%BE%D0%B1%D1%89%D0%B8%D0%BD/")
ZLATITSA = "https://zlatitsa.egov.bg/wps/portal/municipality-zlatitsa/actual/careers"
PANDURUL = ("https://www.pandurul.ro/articol/postul-de-secretar-de-la-turceni-vacant-in-continu_1"
            "8549.html")
GABIENE = "http://gabiene.blogspot.com/2010/02/poveste-de-sarbatori.html"
LICENTIADA = ("https://licentiada.org/de-stiinte-agronomice-si-medicina-veterinara-din-bucuresti-"
              "facultatea-management-inginerie-economica-in-agricultura-si-dezvoltare-rurala-6087"
              "61-ab81fbce")
GYULA = "https://gyula.hu/tajekoztato-a-nyari-diakmunka-2024-munkaeropiaci-program-inditasarol/"
ANIKO = "http://anikotarczy.blogspot.com/2011/05/hallo-hi-vagy-csooo.html"
OKOSKA = "http://okoska.eblog.hu/allasinterjum-igaz-tortenete-9322"
MARKERT = "https://markert.hu/wordpress/?p=3047"
ONEMAN = ("https://oneman.gr/life/pws-einai-na-pernas-apo-synenteyksh-se-mia-ap-tis-megaluteres-"
          "etaireies-diadiktyakou-poker-ston-planhth")
QUEENGR = ("https://www.queen.gr/life/kariera/story/208623/to-simadi-oti-i-synenteyxi-ergasias-de"
           "n-pige-opos-tha-itheles")
SALONIKA = "https://greece-salonika.blogspot.com/2013/09/370.html"
INEWSGR = "https://www.inewsgr.com/240/synentefxi-gia-douleia-me-ton-kollito.htm"
# Turkish, Thai, Hindi, Malay, Indonesian, Vietnamese, Chinese, Japanese and Korean pages (a
# municipal civil-servant advert, a feedback column, a municipal jobs roundup, a civil-servant
# promotion news site; a Thai sub-district office, a university job centre, an industry body's
# interview page, a ministry's recruitment rules; Hindi news on municipal selection and answer
# keys; Malaysian public-service FAQs and adverts; Indonesian interview-wait columns; Vietnamese
# recruiters' posts and news; Chinese web novels with hiring scenes; Japanese guides to part-time
# interview results; Korean part-time and public-sector hiring posts)
MEMURLARILAN = "https://ilan.memurlar.net/ilan/81992/"
INCISIRIN = "https://www.incisirin.com/blog/geribildirimin-onemi"
BELYARDIM = ("https://www.belediyeyardimlari.com/belediyelerden-yeni-istihdam-seferberligi-kpssli-"
             "ve-kpsssiz-personel-alimlari-basladi")
MEMURUNYERI = ("https://memurunyeri.com/memur/gorevde-yukselme-haberleri/9667-gorevde-yukselmede-"
               "todaie-personelinin-kafasi-karisacak.html")
DONGKRA = "http://www.dongkratongyam.go.th/main.php?page=newsdetail&news_id=43"
RMUTT = "https://www.job.rmutt.ac.th/?p=87"
FTI = ("https://www.fti.or.th/%E0%B8%95%E0%B8%B1%E0%B8%A7%E0%B8%AD%E0%B8%A2%E0%B9%88%E0%B8%B2%E0%"
       "B8%87%E0%B9%81%E0%B8%9A%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B9%80%E0%B8%A1%E0%B8%B4%E0"
       "%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA/")
PHCN = "http://phcn.hss.moph.go.th/show_topic.php?id=357"
HTSYND = ("https://www.htsyndication.com/hindustan-delhi/article/-%E0%A4%B8%E0%A5%8D%E0%A4%B5%E0%"
          "A4%9A%E0%A5%8D%E0%A4%9B%E0%A4%A4%E0%A4%BE-%E0%A4%B8%E0%A4%BE%E0%A4%A5%E0%A5%80-%E0%A4%9"
          "5%E0%A5%87-%E0%A4%9A%E0%A4%AF%E0%A4%A8-%E0%A4%95%E0%A5%87-%E0%A4%B2%E0%A4%BF%E0%A4%8F-%"
          "E0%A4%AA%E0%A5%8D%E0%A4%B0%E0%A4%95%E0%A5%8D%E0%A4%B0%E0%A4%BF%E0%A4%AF%E0%A4%BE-%E0%A4"
          "%AA%E0%A5%82%E0%A4%B0%E0%A5%80/88831791")
JANTA = "https://www.jantakiawaz.org/amp/category/state/utterpradesh/news-47134"
DARIYA = ("https://www.5dariyanews.com/hindi/amp/89957-%e0%a4%b8%e0%a5%8d%e0%a4%a5%e0%a4%be%e0%a4"
          "%a8%e0%a5%80%e0%a4%af-%e0%a4%a8%e0%a4%bf%e0%a4%95%e0%a4%be%e0%a4%af-%e0%a4%b5%e0%a4%bf"
          "%e0%a4%ad%e0%a4%be%e0%a4%97-%e0%a4%95%e0%a5%80-%e0%a4%b0%e0%a4%bf%e0%a4%95%e0%a5%8d%e0"
          "%a4%a4%e0%a4%bf%e0%a4%af%e0%a5%8b%e0%a4%82-%e0%a4%95%e0%a5%87-%e0%a4%b2%e0%a4%bf%e0%a4"
          "%8f-%e0%a4%89%e0%a4%ae%e0%a5%8d%e0%a4%ae%e0%a5%80%e0%a4%a6%e0%a4%b5%e0%a4%be%e0%a4%b0"
          "-%e0%a4%97%e0%a5%81%e0%a4%ae%e0%a4%b0%e0%a4%be%e0%a4%b9-%e0%a4%a8%e0%a4%be-%e0%a4%b9%e0"
          "%a5%8b%e0%a4%82-%e0%a4%85%e0%a4%a8%e0%a4%bf%e0%a4%b2-%e0%a4%9c%e0%a5%8b%e0%a4%b6%e0%a5"
          "%80")
INFOPELAJAR = "https://infopelajar.com.my/semakan-spa/"
KETENGAH = "https://ejawatan.ketengah.gov.my/general_information"
MPSPK = ("http://www.mpspk.gov.my/ms/mpspk/pusat-media/pengumuman/iklan-jawatan-kosong-bermula-1"
         "2-november-2017-19-november-2017/page/0/9")
CHICMANAGERS = "https://chicmanagers.com/tips-bebas-galau-menunggu-hasil-wawancara-kerja"
KOMPASIANA = ("https://kompasiana.com/setowicaksono/5e256f3ed541df0efb3e8ee2/mengungkap-maksud-uc"
              "apan-tunggu-informasi-selanjutnya-dari-staf-hrd-pada-sesi-wawancara-kerja?page=2")
PANTAU = ("https://www.pantau.com/ekonomi/26972/jangan-kepedean-ini-ucapan-hrd-jika-kamu-sebenar"
          "nya-tak-lolos-interview")
VBI = ("https://vietnambusinessinsider.vn/giu-su-tu-te-ke-ca-khi-loi-tu-choi-duoc-gui-di-a45603."
       "html")
BBCVN = "https://www.bbc.com/vietnamese/vert-cap-61324802"
MISAISO = "https://iso.misa.com.vn/39109/co-nen-lien-lac-voi-nha-tuyen-dung-sau-buoi-phong-van"
XBQGXS = "http://xbqgxs.vip/74_74269/1522437.html"
XSW12 = "https://xsw12.com/read/148061/2897169_2.html"
TXTSHU = "http://wap.txtshu365.org/ubook/36863/23723596.html"
USANOTE = "https://usa-note.com/mensetu-gouhi-itu"
WIDERESEARCH = "https://wide-research.com/interview-results-weekend/"
SALESCHANGE = "https://saleschange.work/contents/column/?p=30971"
INSTIZ = "https://instiz.net/name/59971990"
SEGYE = "http://m.segye.com/view/20151223004519"
JKSCO = "http://postmaster.jksco.com/sub04_02.php"
OKMOM = "https://okmom.co.kr/842"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND18: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # --------------------------------------------------------------- English
    # A usual length, stated as general information.
    ("Most employers come back to candidates about three weeks after the interview, and public-"
     "sector roles tend to take longer than that.",
     "2031-02-10T10:00:00-05:00", None, "US", "en", FAIRCOMP),
    ("We still have two candidates to meet this week, so you'll have our decision by Friday, "
     "February 21.",
     "2031-02-12T15:00:00-05:00", ("2031-02-21", "2031-02-21"), "US", "en", FAIRCOMP),
    # A week after the dated staff meeting (Thursday 6 March).
    ("Junior counselor offers are decided at our staff meeting on March 6, and you'll get an email "
     "within a week of that meeting.",
     "2031-02-26T18:00:00-05:00", ("2031-03-13", "2031-03-13"), "US", "en", ACACAMPS),
    ("Former campers who apply for staff jobs aren't guaranteed a position, or a cabin with their "
     "friends.",
     "2031-02-26T18:10:00-05:00", None, "US", "en", ACACAMPS),
    # A usual length.
    ("After the video call we check references, which normally takes about a week.",
     "2031-01-22T19:00:00-05:00", None, "US", "en", GREATCAMPJOBS),
    # The Friday of next week.
    ("Either way, our staffing director, Dana Whitcomb, will call you by the end of next week.",
     "2031-01-22T19:10:00-05:00", ("2031-01-31", "2031-01-31"), "US", "en", GREATCAMPJOBS),
    ("The Board of Fire and Police Commissioners will post the final eligibility list on Monday, "
     "April 21.",
     "2031-04-02T10:00:00-05:00", ("2031-04-21", "2031-04-21"), "US", "en", ROCKFORD),
    ("Passing every phase of testing doesn't guarantee a place on the final list; how long it is "
     "depends on the openings the department expects.",
     "2031-04-02T10:10:00-05:00", None, "US", "en", ROCKFORD),
    # Ten days from the dated vacancy (Monday 30 June): Thursday 10 July.
    ("You are first on the eligible list: Captain Ruiz retires on Monday, June 30, and you will "
     "be offered the post within ten days of that date.",
     "2031-06-16T10:00:00-04:00", ("2031-07-10", "2031-07-10"), "US", "en", OHIOCODE),
    # Over Thanksgiving (Thursday 27 November): Tuesday 9 December.
    ("Ranking notices are mailed within ten business days of the oral exam, which is today.",
     "2031-11-24T10:00:00-05:00", ("2031-12-09", "2031-12-09"), "US", "en", ROPL),
    # A usual length.
    ("Most firms make their callback decisions within two weeks of the campus interview.",
     "2031-08-12T10:50:00-04:00", None, "US", "en", DUKELAW),
    ("Thanks for meeting with us on campus today. We'll let you know about a callback by Friday, "
     "August 22.",
     "2031-08-12T11:00:00-04:00", ("2031-08-22", "2031-08-22"), "US", "en", DUKELAW),
    # Over Juneteenth (Thursday 19 June): Friday 27 June.
    ("The employer has told us it will let every candidate know within ten business days of "
     "today's campus interviews.",
     "2031-06-12T10:00:00-05:00", ("2031-06-27", "2031-06-27"), "US", "en", CBU),
    ("The manager who signs offers is out today, so she'll call you tomorrow, Friday.",
     "2031-11-13T16:00:00-05:00", ("2031-11-14", "2031-11-14"), "US", "en", AMYLYNN),
    # "The beginning of next week": its Monday and Tuesday (decided here).
    ("You should hear from me at the beginning of next week.",
     "2031-02-05T14:00:00-06:00", ("2031-02-10", "2031-02-11"), "US", "en", ZIBIB),
    ("From Thanksgiving to the end of January our clients slow their hiring right down, so please "
     "be patient with us.",
     "2031-11-17T11:00:00-05:00", None, "US", "en", SPECTRUM),
    # "Before <date>": the day before and the day.
    ("Her budget has to be spent this year, so the hiring manager will make her offer before "
     "Friday, December 19.",
     "2031-12-08T10:00:00-05:00", ("2031-12-18", "2031-12-19"), "US", "en", AXELON),
    ("If you haven't heard from us within three to four weeks of the closing date, please assume "
     "that your application hasn't been successful this time.",
     "2031-03-03T09:00:00+00:00", None, "GB", "en", TAUNTON),
    ("The post closes on Friday 14 March, and every applicant will know by Friday 21 March whether "
     "they have been shortlisted.",
     "2031-03-03T09:10:00+00:00", ("2031-03-21", "2031-03-21"), "GB", "en", TAUNTON),
    # Counted from an approval the text does not date.
    ("We're waiting for management to approve your visa sponsorship; HR will write as soon as it's "
     "signed off.",
     "2031-07-21T12:00:00+01:00", None, "GB", "en", SWSHEN),
    ("The panel finishes interviewing on Wednesday 16 July, and successful candidates will be rung "
     "the following Monday.",
     "2031-07-14T15:00:00+01:00", ("2031-07-21", "2031-07-21"), "GB", "en", SWSHEN),
    ("The directors go through this batch of applicants tomorrow, and you'll hear by the end of "
     "the week.",
     "2031-04-01T20:00:00+01:00", ("2031-04-04", "2031-04-04"), "GB", "en", MUFFIN),
    ("We're nearly full for the summer, so you may want to write to other camps directly as well.",
     "2031-04-01T20:10:00+01:00", None, "GB", "en", MUFFIN),
    # Conditional contact.
    ("If you've got the job, you'll hear from us by Wednesday.",
     # relabelled in round 20: a promise to the successful is one
     "2031-10-20T17:00:00+01:00", ("2031-10-22", "2031-10-22"), "GB", "en", RAMBLING),
    ("Thanks for coming in. We'll let you know by Wednesday next week.",
     "2031-02-06T16:00:00+00:00", ("2031-02-12", "2031-02-12"), "GB", "en", JACN),
    # A week before the dated interview day (Thursday 10 July).
    ("Nominated applicants will be told whether they are shortlisted a week before the interview "
     "day on Thursday 10 July.",
     "2031-06-16T10:00:00+01:00", ("2031-07-03", "2031-07-03"), "GB", "en", SWBIO),
    ("Being nominated by a project supervisor doesn't guarantee you a studentship.",
     "2031-06-16T10:10:00+01:00", None, "GB", "en", SWBIO),
    ("Shortlisting happens today, and every applicant will get an email on Monday saying whether "
     "they're invited to the panel interviews.",
     "2031-02-21T17:00:00+00:00", ("2031-02-24", "2031-02-24"), "GB", "en", YHL),
    ("No offer can be made at the end of the interview; the panel has to talk to the Graduate "
     "Office first.",
     "2031-12-17T10:50:00+00:00", None, "GB", "en", VETCAM),
    # Five working days from Wednesday 17 December: Christmas Eve, a working day in England.
    ("The Graduate Office confirms every decision within five working days of the interview.",
     "2031-12-17T11:00:00+00:00", ("2031-12-24", "2031-12-24"), "GB", "en", VETCAM),
    # Over the spring bank holiday (Monday 26 May): Wednesday 28 May.
    ("You'll have the panel's decision within five working days.",
     "2031-05-20T14:00:00+01:00", ("2031-05-28", "2031-05-28"), "GB", "en", VOOMER),
    ("Please bring a ten-minute presentation of your research proposal for a non-specialist "
     "audience.",
     "2031-05-06T09:00:00+01:00", None, "GB", "en", VOOMER),
    # Conditional contact.
    ("I'll let you know if you're one of the candidates the manager wants to meet in person.",
     "2031-03-05T14:00:00-05:00", None, "CA", "en", HAPPIER),
    ("Thanks for making the trip to Pickering. We'll call you with our decision within two "
     "business days.",
     "2031-03-10T11:00:00-04:00", ("2031-03-12", "2031-03-12"), "CA", "en", HAPPIER),
    # Ontario: Victoria Day (Monday 19 May) opens that week, so Tuesday to Friday.
    ("We'll let you know the week after the Victoria Day long weekend.",
     "2031-05-14T16:00:00-04:00", ("2031-05-20", "2031-05-23"), "CA", "en", GRATED),
    # Offers to some candidates, no day for this one: vague.
    ("Offers start going out this week.",
     "2031-05-26T09:00:00-04:00", None, "CA", "en", GRATED),
    ("Thanks for coming out to Guelph today. I'll call you tomorrow morning either way.",
     "2031-06-10T15:00:00-04:00", ("2031-06-11", "2031-06-11"), "CA", "en", BLACKMIGRANT),
    ("The role is based in Fort St James, so relocation support would be part of any offer.",
     "2031-06-09T10:00:00-07:00", None, "CA", "en", BLACKMIGRANT),
    ("Most of our counsellor hiring happens between January and May.",
     "2031-02-11T13:00:00-05:00", None, "CA", "en", CAMPNERD),
    ("Staff interviews wrap up on Saturday 22 February, and offers go out the following Monday.",
     "2031-02-11T13:10:00-05:00", ("2031-02-24", "2031-02-24"), "CA", "en", CAMPNERD),
    # Counted from a sitting the text does not date.
    ("The Board approves the interview report and appoints the successful candidates at its next "
     "sitting.",
     "2031-10-08T10:00:00+03:00", None, "KE", "en", KILIFI),
    # Mashujaa Day is Monday 20 October.
    ("Interview results will be communicated after Mashujaa Day, on Tuesday 21 October.",
     "2031-10-08T10:10:00+03:00", ("2031-10-21", "2031-10-21"), "KE", "en", KILIFI),
    ("Once the posting closes, HR screens every application against the minimum requirements "
     "before a shortlist is drawn up.",
     "2031-03-04T09:00:00+03:00", None, "KE", "en", LAIKIPIA),
    # Eid al-Fitr is estimated for Friday 24 January (Kenya): Tuesday 28 January, or Monday 27 if
    # Eid falls on the Saturday.
    ("Shortlisted applicants will hear from the county within five working days.",
     "2031-01-20T10:00:00+03:00", ("2031-01-27", "2031-01-28"), "KE", "en", LAIKIPIA),
    ("The interviews set for 3 December are postponed until the staff audit is done; candidates "
     "will be told the new dates.",
     "2031-12-01T09:00:00+03:00", None, "KE", "en", STANDARDKE),
    ("The shortlist for village administrators will be published on Monday, 30 June.",
     "2031-06-24T10:00:00+03:00", ("2031-06-30", "2031-06-30"), "KE", "en", KITUI),
    # Seven days after the dated interviews (Tuesday 23 September).
    ("Interviews run on Tuesday 23 September, and the Board will publish the names of successful "
     "candidates within seven days.",
     "2031-09-10T11:00:00+03:00", ("2031-09-30", "2031-09-30"), "KE", "en", NATIONKE),
    ("You'll find out which of the two positions you've got by the end of the month.",
     "2031-04-12T15:00:00+10:00", ("2031-04-30", "2031-04-30"), "AU", "en", LOGPOSE),
    # New South Wales: over Anzac Day (Friday 25 April): Tuesday 29 April.
    ("Our placement team confirms every offer within seven working days.",
     "2031-04-17T10:00:00+10:00", ("2031-04-29", "2031-04-29"), "AU", "en", LOGPOSE),
    # An interview invitation, and the day is not given.
    ("HR will be in touch after the long weekend to set up a telephone interview.",
     "2031-01-17T16:00:00+13:00", None, "NZ", "en", MBARRICK),
    # Next week ends with Matariki (Friday 11 July): Monday to Thursday.
    ("We'll come back to you some time next week.",
     "2031-07-01T10:00:00+12:00", ("2031-07-07", "2031-07-10"), "NZ", "en", MBARRICK),
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("The call usually comes within a day or two, unless we're still interviewing other people.",
     "2031-10-06T11:50:00+05:30", ("2031-10-07", "2031-10-08"), "IN", "en", CAREESMA),
    ("We're interviewing until Wednesday; expect our call on Thursday.",
     "2031-10-06T12:00:00+05:30", ("2031-10-09", "2031-10-09"), "IN", "en", CAREESMA),
    # Vague.
    ("I've sent your papers on to the Haugesund office; they'll contact you in the next few days.",
     # relabelled in round 20: "in the coming days" promises days 2-7
     "2031-09-03T14:00:00+02:00", ("2031-09-05", "2031-09-10"), "NO", "en", MARA),
    # ---------------------------------------------------------------- Arabic
    # Saudi Arabia: the working week is Sunday to Thursday; the same day.
    ("ستظهر نتيجة المقابلة في نظام التوظيف الإلكتروني في اليوم نفسه، فور انتهاء اللجنة من تقييمك.",
     "2031-11-30T10:00:00+03:00", ("2031-11-30", "2031-11-30"), "SA", "ar", SLAATI),
    # Counted from steps the text does not date.
    ("يُعلن الترشيح النهائي بعد انتهاء إجراءات المطابقة والمقابلة الشخصية.",
     "2031-03-09T09:00:00+03:00", None, "SA", "ar", NABD),
    # The candidates' own deadline.
    ("تُفتح التسجيلات لمدة خمسة عشر يوم عمل ابتداءً من يوم الأحد 28 سبتمبر.",
     "2031-09-25T10:00:00+01:00", None, "DZ", "ar", ECHOROUK),
    # Algeria: Sunday is a working day.
    ("ستُعلَّق قائمة الناجحين في المقابلة الشفهية بمقر البلدية يوم الأحد 16 مارس.",
     "2031-03-05T10:00:00+01:00", ("2031-03-16", "2031-03-16"), "DZ", "ar", ELKHABAR),
    # Ten days from Monday 22 December is New Year's Day, a holiday in Morocco: also Friday 2
    # January.
    ("تُنشر نتائج الانتقاء في أجل أقصاه عشرة أيام من تاريخ إغلاق باب الترشيحات يوم 22 دجنبر.",
     "2031-12-10T11:00:00+01:00", ("2032-01-01", "2032-01-02"), "MA", "ar", ALWADIFA),
    ("تفتح البلدية مناظرة للانتداب في حدود الشغورات، وسيُعلن عن رزنامة الاختبارات لاحقاً.",
     "2031-05-12T10:00:00+01:00", None, "TN", "ar", NINEANOUN),
    # ---------------------------------------------------------------- Hebrew
    ("בגלל סבב המילואים של רכזת הגיוס, התהליך מוקפא עד להודעה חדשה.",
     "2031-06-23T10:00:00+03:00", None, "IL", "he", WALLA),
    ("נחזור אלייך עם תשובה סופית ביום רביעי, 7 במאי.",
     "2031-04-30T10:00:00+03:00", ("2031-05-07", "2031-05-07"), "IL", "he", WALLA),
    # The Israeli working week ends on Thursday; Friday accepted too (decided here).
    ("נודיע לך עד סוף השבוע.",
     "2031-11-16T11:00:00+02:00", ("2031-11-20", "2031-11-21"), "IL", "he", THEMARKER),
    # Conditional contact.
    ("אם תעבור לשלב הבא, נזמין אותך לראיון מקצועי מול ראש הצוות.",
     "2031-01-14T12:00:00+02:00", None, "IL", "he", WORKFINDER),
    # ----------------------------------------------------------------- Dutch
    # Over Ascension (Thursday 22 May): Tuesday 27 May, or Wednesday 28 where the Friday after is
    # taken as a bridge day.
    ("Binnen drie werkdagen laten we je weten of je door bent naar de tweede ronde.",
     "2031-05-21T11:00:00+02:00", ("2031-05-27", "2031-05-28"), "NL", "nl", VLOEIBAARD),
    ("Leuk dat je er was. We bellen je nog over het vervolg.",
     "2031-05-21T11:10:00+02:00", None, "NL", "nl", VLOEIBAARD),
    # ISO week 19; Liberation Day (Monday 5 May) is a day off only in lustrum years.
    ("De uitslag van de loting voor de vakantiebanen krijg je in week 19 per brief.",
     "2031-04-15T10:00:00+02:00", ("2031-05-05", "2031-05-09"), "NL", "nl", OFFBEK),
    ("Het jongerenloket helpt je verder, maar een vaste termijn voor een reactie is er niet.",
     "2031-04-15T10:10:00+02:00", None, "NL", "nl", OFFBEK),
    # --------------------------------------------------------------- Swedish
    ("Besked om anställning lämnas till dig senast den 30 april.",
     "2031-04-08T10:00:00+02:00", ("2031-04-30", "2031-04-30"), "SE", "sv", OCKERO),
    # The candidate's own deadline.
    ("Du behöver tacka ja till platsen inom tre arbetsdagar.",
     "2031-04-08T10:10:00+02:00", None, "SE", "sv", OCKERO),
    # ISO week 12.
    ("Alla sökande får besked via mejl under vecka 12.",
     "2031-03-04T09:00:00+01:00", ("2031-03-17", "2031-03-21"), "SE", "sv", LINKOPING),
    # Counted from a start the text does not date.
    ("Du som erbjuds feriearbete får besked per post senast två veckor före start.",
     "2031-05-19T10:00:00+02:00", None, "SE", "sv", LERUM),
    # Midsummer Eve (Friday 20 June) is a day off though not a statutory holiday: Monday 23 or
    # Tuesday 24 June.
    ("Du får besked inom fem arbetsdagar efter intervjun.",
     "2031-06-16T13:00:00+02:00", ("2031-06-23", "2031-06-24"), "SE", "sv", KKURIREN),
    # ---------------------------------------------------------------- Danish
    # An interview invitation.
    ("Jeg sender dig en mail med et tidspunkt til en samtale i næste uge.",
     "2031-11-25T11:45:00+01:00", None, "DK", "da", DOTTIE),
    ("Du får svar på fredag, når vi har talt med alle kandidaterne.",
     "2031-07-02T14:00:00+02:00", ("2031-07-04", "2031-07-04"), "DK", "da", SUPERTANKR),
    ("Stillingen er desværre besat til anden side.",
     "2031-03-11T09:00:00+01:00", None, "DK", "da", TEKSTMASKINEN),
    # Over Ascension (Thursday 22 May): Tuesday 27 May, or Wednesday 28 where the Friday after is
    # a closing day.
    ("Du hører fra os inden for fem hverdage.",
     "2031-05-19T10:00:00+02:00", ("2031-05-27", "2031-05-28"), "DK", "da", ANSOGNING),
    # ------------------------------------------------------------- Norwegian
    ("Noen av sommerjobbene har fått over 200 søkere, så det kan ta litt tid før du hører fra oss.",
     "2031-04-22T10:00:00+02:00", None, "NO", "no", TV2NO),
    ("Søknadsfristen er 14. mars, og alle søkere får svar innen fredag 28. mars.",
     "2031-03-12T10:00:00+01:00", ("2031-03-28", "2031-03-28"), "NO", "no", ANNO),
    # Conditional contact.
    ("Registrer deg som arbeidssøker, så kan bedriftene selv ta kontakt med deg.",
     "2031-05-05T10:00:00+02:00", None, "NO", "no", ANDALSNES),
    # ISO week 20; Constitution Day (17 May) is a Saturday.
    ("Du hører fra oss i uke 20.",
     "2031-04-28T10:00:00+02:00", ("2031-05-12", "2031-05-16"), "NO", "no", AVISAST),
    # --------------------------------------------------------------- Finnish
    # "Early April": vague.
    ("Kaikille hakijoille ilmoitetaan huhtikuun alussa, onko kesätyöarvonnassa onnistanut.",
     "2031-02-20T10:00:00+02:00", None, "FI", "fi", JOBLY),
    ("Arvonnan tulokset lähetetään kaikille hakijoille sähköpostilla perjantaina 4. huhtikuuta.",
     "2031-03-10T10:00:00+02:00", ("2031-04-04", "2031-04-04"), "FI", "fi", JOBLY),
    # The candidates' own deadline.
    ("Hakuaika kesätyöharjoitteluun on 15.5.–14.6.",
     "2031-05-12T10:00:00+03:00", None, "FI", "fi", BUSINESSOULU),
    # "Loppuviikosta" (Thursday or Friday) "tai viimeistään ensi viikolla" (to its Friday).
    ("Kerromme tuloksen loppuviikosta tai viimeistään ensi viikolla.",
     "2031-12-09T14:00:00+02:00", ("2031-12-11", "2031-12-19"), "FI", "fi", KMALINEN),
    # An interview invitation.
    ("Haastattelu on torstaina kello 13 toimistollamme.",
     "2031-09-09T10:00:00+03:00", None, "FI", "fi", LILY),
    # Over Christmas Eve, Christmas Day and St Stephen's Day: Tuesday 30 December.
    ("Ilmoitamme valinnasta viiden työpäivän kuluessa haastattelusta.",
     "2031-12-18T13:00:00+02:00", ("2031-12-30", "2031-12-30"), "FI", "fi", SATKA),
    # ---------------------------------------------------------------- German
    # Baden-Württemberg: the day after the dated council meeting.
    ("Über Ihre Einstellung entscheidet der Gemeinderat in seiner Sitzung am Donnerstag, 24. Juli; "
     "am Tag danach rufen wir Sie an.",
     "2031-07-10T11:00:00+02:00", ("2031-07-25", "2031-07-25"), "DE", "de", BURLADINGEN),
    # Baden-Württemberg: over Corpus Christi (Thursday 12 June).
    ("Sie hören innerhalb von fünf Arbeitstagen von uns.",
     "2031-06-05T15:00:00+02:00", ("2031-06-13", "2031-06-13"), "DE", "de", BURLADINGEN),
    ("Bis der neue Gemeinderat zusammentritt, vergibt eine Kommission die Stellen; einen Termin "
     "können wir Ihnen noch nicht nennen.",
     "2031-06-10T10:00:00+02:00", None, "DE", "de", SAARBRUECKER),
    # Saarland: ISO week 37.
    ("Eine Rückmeldung erhalten Sie in KW 37.",
     "2031-08-20T10:00:00+02:00", ("2031-09-08", "2031-09-12"), "DE", "de", SAARBRUECKER),
    ("Wir melden uns bis Mittwoch nächster Woche bei Ihnen.",
     "2031-05-15T14:00:00+02:00", ("2031-05-21", "2031-05-21"), "CH", "de", BEWIRBDICH),
    # ---------------------------------------------------------------- French
    # Quebec-born writer, employer in Ontario: "before <day>": the day before and the day.
    ("Nous vous donnerons une réponse avant jeudi de la semaine prochaine.",
     "2031-03-20T10:00:00-04:00", ("2031-03-26", "2031-03-27"), "CA", "fr", INTOWN),
    # ISO week 15.
    ("Les réponses, positives ou négatives, parviendront aux candidats en semaine 15.",
     "2031-03-20T18:00:00+01:00", ("2031-04-07", "2031-04-11"), "FR", "fr", FRASNE),
    ("Les jeunes que le tirage au sort n'a pas retenus cette année seront recrutés d'office l'été "
     "prochain.",
     "2031-06-12T18:00:00+02:00", None, "FR", "fr", LINDEPENDANT),
    ("Nous vous dirons d'ici vendredi 13 juin si votre candidature est retenue pour la piscine.",
     "2031-06-03T10:00:00+02:00", ("2031-06-13", "2031-06-13"), "FR", "fr", VALS),
    # Whit Monday (2 June) is the "journée de solidarité" many employers work: Thursday 5 or
    # Friday 6 June.
    ("Réponse sous cinq jours ouvrés.",
     "2031-05-29T11:00:00+02:00", ("2031-06-05", "2031-06-06"), "FR", "fr", INFOCHALON),
    ("Nous n'avons pas encore pris de décision : nous recevons encore d'autres candidats.",
     "2031-10-07T16:00:00+02:00", None, "FR", "fr", HUFFPOSTFR),
    # --------------------------------------------------------------- Italian
    ("Abbiamo ancora diversi candidati da sentire: le faremo sapere entro la fine della prossima "
     "settimana.",
     "2031-05-15T15:15:00+02:00", ("2031-05-23", "2031-05-23"), "IT", "it", IOPOLIEDRICO),
    # Over Liberation Day (Friday 25 April) and 1 May: Tuesday 6 May.
    ("L'esito le sarà comunicato entro dieci giorni lavorativi.",
     "2031-04-18T11:00:00+02:00", ("2031-05-06", "2031-05-06"), "IT", "it", IOPOLIEDRICO),
    # Counted from interviews the text does not date.
    ("Le comunicheremo l'esito dopo aver sentito tutti i candidati.",
     "2031-10-14T10:00:00+02:00", None, "IT", "it", CORRIEREFORUM),
    ("Grazie per essere venuta, le faremo sapere.",
     "2031-03-25T12:00:00+01:00", None, "IT", "it", DONNAMODERNA),
    # --------------------------------------------------------------- Spanish
    ("Te damos la respuesta mañana.",
     "2031-03-06T12:00:00+01:00", ("2031-03-07", "2031-03-07"), "ES", "es", MARQUESA),
    ("En los próximos días estaré en contacto con usted.",
     # relabelled in round 20: "in the coming days" promises days 2-7
     "2031-07-22T11:00:00-05:00", ("2031-07-24", "2031-07-29"), "PE", "es", KARONNTE),
    # Monday 28 and Tuesday 29 July are Peru's Fiestas Patrias: also Wednesday 30 July.
    ("El proceso para el personal de limpieza empieza la próxima semana; le confirmamos el lunes.",
     "2031-07-22T16:00:00-05:00", ("2031-07-28", "2031-07-30"), "PE", "es", KARONNTE),
    ("Las primeras cinco semanas ganas 1,250 pesos más comisiones.",
     "2031-08-04T16:00:00-06:00", None, "MX", "es", TEREESCALANTE),
    # Over Revolution Day (Monday 17 November): Monday 24 November.
    ("Le damos una respuesta en diez días hábiles.",
     "2031-11-07T12:00:00-06:00", ("2031-11-24", "2031-11-24"), "MX", "es", TEREESCALANTE),
    # ------------------------------------------------------------ Portuguese
    ("Ainda hoje, durante a tarde, ligamos a dizer se passou à última fase.",
     "2031-01-02T10:00:00+00:00", ("2031-01-02", "2031-01-02"), "PT", "pt", MENTIRAS),
    # Conditional and undated.
    ("Vou analisar com cuidado as suas habilidades e ligo quando aparecer uma vaga no seu horário.",
     "2031-07-22T15:00:00-03:00", None, "BR", "pt", ALVES),
    ("Mais tarde haverá outras etapas no processo de seleção.",
     "2031-11-21T17:00:00+00:00", None, "PT", "pt", CRONISTA),
    # Over Black Awareness Day (Thursday 20 November): Friday 21 November.
    ("O resultado sai em até cinco dias úteis.",
     "2031-11-13T10:00:00-03:00", ("2031-11-21", "2031-11-21"), "BR", "pt", CAGUEIREGRA),
    # ---------------------------------------------------------------- Polish
    # Counted from a hiring the text does not date.
    ("Informacja o wyniku naboru zostanie opublikowana w BIP po zatrudnieniu wybranego kandydata.",
     "2031-02-11T10:00:00+01:00", None, "PL", "pl", DOBRZANY),
    # Calendar days: Wednesday 12 November (11 November inside does not count).
    ("Komisja poinformuje kandydatów o wyniku w ciągu siedmiu dni od rozmowy kwalifikacyjnej.",
     "2031-11-05T10:00:00+01:00", ("2031-11-12", "2031-11-12"), "PL", "pl", BLASZKI),
    ("Dziękujemy za rozmowę, odezwiemy się.",
     "2031-04-03T14:00:00+02:00", None, "PL", "pl", VIDEOKURS),
    # ----------------------------------------------------------------- Czech
    ("Výsledek výběrového řízení vám oznámím do pátku 17. října.",
     "2031-10-06T16:00:00+02:00", ("2031-10-17", "2031-10-17"), "CZ", "cs", AKTUALNE),
    # Over Victory Day (Thursday 8 May): Monday 12 May.
    ("Ozveme se vám do tří pracovních dnů.",
     "2031-05-06T10:00:00+02:00", ("2031-05-12", "2031-05-12"), "CZ", "cs", KARVINSKY),
    # Counted from a meeting the text does not date.
    ("O přijetí rozhoduje rada obce; termín jejího zasedání zatím neznáme.",
     "2031-01-28T10:00:00+01:00", None, "CZ", "cs", PORADNA),
    # ------------------------------------------------------------- Slovenian
    ("Kandidati bodo o izbiri obveščeni v osmih dneh po sprejeti odločitvi.",
     "2031-07-15T10:00:00+02:00", None, "SI", "sl", URADNILIST),
    # Eight days after the dated council session (Wednesday 17 September).
    ("O izbiri bo odločal občinski svet na seji 17. septembra, kandidate pa bomo obvestili v osmih "
     "dneh po seji.",
     "2031-08-26T10:00:00+02:00", ("2031-09-25", "2031-09-25"), "SI", "sl", DOLENJSKI),
    # Over Labour Day (1 and 2 May): Thursday 8 May.
    ("O izbiri vas bomo obvestili v desetih delovnih dneh po razgovoru.",
     "2031-04-22T10:00:00+02:00", ("2031-05-08", "2031-05-08"), "SI", "sl", CERKNO),
    # -------------------------------------------------------------- Croatian
    # Logistics.
    ("Testiranje će se održati u ponedjeljak u 8 sati u velikoj vijećnici Županije.",
     "2031-02-04T10:00:00+01:00", None, "HR", "hr", BBZ),
    # Over Statehood Day (Friday 30 May): Wednesday 4 June.
    ("Rezultati testiranja bit će objavljeni na mrežnoj stranici Županije u roku od tri radna dana.",
     "2031-05-29T12:00:00+02:00", ("2031-06-04", "2031-06-04"), "HR", "hr", BBZ),
    ("Obavijest o izboru kandidata dostavit ćemo najkasnije do 20. lipnja.",
     "2031-06-09T10:00:00+02:00", ("2031-06-20", "2031-06-20"), "HR", "hr", BBZ),
    # --------------------------------------------------------------- Serbian
    # Eight days from Thursday 24 April is Friday 2 May, a Labour Day holiday: also Monday 5 May.
    ("Кандидати ће бити обавештени о резултатима у року од осам дана од интервјуа.",
     "2031-04-24T10:00:00+02:00", ("2031-05-02", "2031-05-05"), "RS", "sr", BACKATOPOLA),
    ("Dio konkursa je poništen; novi konkurs biće objavljen naknadno.",
     "2031-09-23T10:00:00+02:00", None, "BA", "sr", GLASSRPSKE),
    ("Листа успјешних кандидата биће објављена на огласној табли Градске управе у петак, 14. "
     "новембра.",
     "2031-11-03T10:00:00+01:00", ("2031-11-14", "2031-11-14"), "BA", "sr", DERVENTA),
    ("O terminu intervjua kandidati će biti obaviješteni telefonom.",
     "2031-03-17T10:00:00+01:00", None, "BA", "sr", BLPORTAL),
    # ------------------------------------------------------------- Bulgarian
    ("Документите, подадени през март, се разглеждат от 1 до 10 април, а до края на април всеки "
     "кандидат получава имейл с резултата.",
     "2031-03-18T10:00:00+02:00", ("2031-04-30", "2031-04-30"), "BG", "bg", BULATSA),
    # Counted from a test the text does not date.
    ("Одобрените кандидати се уведомяват поне 15 работни дни преди датата на теста.",
     "2031-03-18T10:10:00+02:00", None, "BG", "bg", BULATSA),
    ("Събеседването е на 28 и 29 октомври, а класирането ще бъде обявено на сайта на общината до "
     "5 ноември.",
     "2031-10-20T10:00:00+03:00", ("2031-11-05", "2031-11-05"), "BG", "bg", STRUMA),
    # Over Labour Day (1 May) and St George's Day (Tuesday 6 May): Wednesday 7 May.
    ("Ще ви уведомим за резултата в срок от пет работни дни.",
     "2031-04-28T10:00:00+03:00", ("2031-05-07", "2031-05-07"), "BG", "bg", ZLATITSA),
    # ------------------------------------------------------------- Romanian
    ("Postul va fi scos din nou la concurs, la o dată care vă va fi comunicată.",
     "2031-06-16T10:00:00+03:00", None, "RO", "ro", PANDURUL),
    ("Formularul dumneavoastră rămâne în baza noastră de date pentru selecțiile viitoare.",
     "2031-02-13T10:00:00+02:00", None, "RO", "ro", GABIENE),
    # Over Good Friday and Easter Monday (Orthodox and Western Easter coincide on 13 April).
    ("Rezultatul interviului se afișează în termen de o zi lucrătoare de la susținerea probei.",
     "2031-04-10T10:00:00+03:00", ("2031-04-15", "2031-04-15"), "RO", "ro", LICENTIADA),
    ("Rezultatele finale se afișează vineri, 28 noiembrie, la ora 14.",
     "2031-11-20T10:00:00+02:00", ("2031-11-28", "2031-11-28"), "RO", "ro", LICENTIADA),
    # ------------------------------------------------------------- Hungarian
    ("A foglalkoztatás július 1. és augusztus 31. között, legfeljebb egy hónapig tart.",
     "2031-06-10T10:00:00+02:00", None, "HU", "hu", GYULA),
    # An interview invitation.
    ("Május 16-án, pénteken 11:30-kor a csapat vezetője felhívja önt a telefonos interjúra.",
     "2031-05-06T10:00:00+02:00", None, "HU", "hu", ANIKO),
    ("A döntésről jövő szerdáig értesítjük.",
     "2031-02-13T11:00:00+01:00", ("2031-02-19", "2031-02-19"), "HU", "hu", OKOSKA),
    # Whit Monday is 2 June: the Tuesday after is 3 June.
    ("Az eredményről a pünkösd utáni kedden értesítjük.",
     "2031-05-22T15:00:00+02:00", ("2031-06-03", "2031-06-03"), "HU", "hu", MARKERT),
    # ----------------------------------------------------------------- Greek
    # An interview invitation.
    ("Σας κλείσαμε τηλεφωνική συνέντευξη στις 4 Δεκεμβρίου στις 18:00.",
     "2031-11-06T12:00:00+02:00", None, "GR", "el", ONEMAN),
    ("Χάρηκα για τη γνωριμία.",
     "2031-03-12T13:00:00+02:00", None, "GR", "el", QUEENGR),
    ("Θα σας πάρουμε τηλέφωνο μέχρι την Παρασκευή 19 Σεπτεμβρίου.",
     "2031-09-09T11:00:00+03:00", ("2031-09-19", "2031-09-19"), "GR", "el", SALONIKA),
    # Over Good Friday and Easter Monday (11 and 14 April): Thursday 17 April.
    ("Θα έχετε απάντηση μέσα σε πέντε εργάσιμες ημέρες.",
     "2031-04-08T12:00:00+03:00", ("2031-04-17", "2031-04-17"), "GR", "el", INEWSGR),
    # --------------------------------------------------------------- Turkish
    ("Sözlü sınav sonuçları 20 Ekim Pazartesi günü belediyenin internet sitesinde ilan "
     "edilecektir.",
     "2031-10-06T10:00:00+03:00", ("2031-10-20", "2031-10-20"), "TR", "tr", MEMURLARILAN),
    ("Olumlu ya da olumsuz, başvurunuza mutlaka dönüş yapacağız.",
     "2031-03-04T10:00:00+03:00", None, "TR", "tr", INCISIRIN),
    # The candidates' own deadline.
    ("Başvurular 17 Haziran'a kadar belediyenin internet sitesinden alınacak.",
     "2031-06-02T10:00:00+03:00", None, "TR", "tr", BELYARDIM),
    # Kurban Bayramı runs Wednesday 2 to Saturday 5 April: the first working day after is Monday
    # 7 April.
    ("Mülakat sonuçları Kurban Bayramı'ndan sonraki ilk iş günü açıklanacak.",
     "2031-03-25T10:00:00+03:00", ("2031-04-07", "2031-04-07"), "TR", "tr", MEMURUNYERI),
    # ------------------------------------------------------------------ Thai
    ("องค์การบริหารส่วนตำบลจะประกาศรายชื่อผู้ผ่านการคัดเลือกหลังวันหยุดสงกรานต์ ในวันพฤหัสบดีที่ 17 "
     "เมษายน",
     "2031-04-03T10:00:00+07:00", ("2031-04-17", "2031-04-17"), "TH", "th", DONGKRA),
    # Logistics.
    ("กรุณานำใบแสดงผลการเรียนฉบับล่าสุดและรูปถ่ายมาในวันสัมภาษณ์",
     "2031-02-18T10:00:00+07:00", None, "TH", "th", RMUTT),
    ("ฝ่ายบุคคลจะประเมินคะแนนผู้สมัครทุกคนตามเกณฑ์ก่อนตัดสินใจ",
     "2031-09-15T10:00:00+07:00", None, "TH", "th", FTI),
    # Over the King's Birthday (Monday 28 July) and Asarnha Bucha (in lieu, Monday 4 August).
    ("แจ้งผลการคัดเลือกภายใน 7 วันทำการนับจากวันสัมภาษณ์",
     "2031-07-24T10:00:00+07:00", ("2031-08-06", "2031-08-06"), "TH", "th", PHCN),
    # ----------------------------------------------------------------- Hindi
    # The candidates' own step.
    ("चयनित अभ्यर्थी आगे की प्रक्रिया के लिए नगर परिषद कार्यालय से संपर्क करें।",
     "2031-03-19T11:00:00+05:30", None, "IN", "hi", HTSYND),
    # About when interviews start, not when anyone hears back.
    ("सफाई कर्मी के पद के लिए साक्षात्कार इस महीने के अंत तक शुरू हो सकेंगे।",
     "2031-07-08T11:00:00+05:30", None, "IN", "hi", JANTA),
    # 48 hours from Thursday is Saturday 22 November: also Monday.
    ("साक्षात्कार का परिणाम 48 घंटों के भीतर वेबसाइट पर डाल दिया जाएगा।",
     "2031-11-20T11:00:00+05:30", ("2031-11-22", "2031-11-24"), "IN", "hi", DARIYA),
    # ----------------------------------------------------------------- Malay
    # Kuala Lumpur: over National Day (observed Monday 1 September) and Malaysia Day (Tuesday 16
    # September), 30 working days from Friday 15 August is Tuesday 30 September.
    ("Keputusan temu duga akan dimaklumkan dalam tempoh 30 hari bekerja dari tarikh akhir temu "
     "duga, iaitu 15 Ogos.",
     "2031-08-05T10:00:00+08:00", ("2031-09-30", "2031-09-30"), "MY", "ms", INFOPELAJAR),
    ("Pemohon yang tidak menerima sebarang jawapan selepas tiga bulan dari tarikh iklan ditutup "
     "hendaklah menganggap permohonan mereka tidak berjaya.",
     "2031-05-20T10:00:00+08:00", None, "MY", "ms", KETENGAH),
    ("Hanya calon yang layak selepas tapisan sahaja akan dipanggil untuk temu duga.",
     "2031-11-25T10:00:00+08:00", None, "MY", "ms", MPSPK),
    # ------------------------------------------------------------ Indonesian
    ("Kami akan memberi kabar paling lambat dua minggu setelah wawancara hari ini.",
     "2031-05-13T10:00:00+07:00", ("2031-05-27", "2031-05-27"), "ID", "id", CHICMANAGERS),
    ("Silakan tunggu informasi selanjutnya dari kami.",
     "2031-08-26T14:00:00+07:00", None, "ID", "id", KOMPASIANA),
    ("Anda kandidat yang tepat, tetapi kami masih harus menyelesaikan proses wawancara.",
     "2031-10-02T14:00:00+07:00", None, "ID", "id", PANTAU),
    # ------------------------------------------------------------ Vietnamese
    # "Cuối tuần này": the end of this week, its Friday, or the weekend after it.
    ("Team cần xem xét nội bộ; cuối tuần này bên mình sẽ gửi kết quả cho bạn.",
     "2031-08-18T10:00:00+07:00", ("2031-08-22", "2031-08-24"), "VN", "vi", VBI),
    # Over Tet (Tuesday 21 to Monday 27 January): Monday 3 February.
    ("Bên mình sẽ phản hồi trong vòng 7 ngày làm việc.",
     "2031-01-16T10:00:00+07:00", ("2031-02-03", "2031-02-03"), "VN", "vi", VBI),
    ("Công ty tạm hoãn tuyển dụng sau vòng phỏng vấn cuối vì tình hình kinh doanh.",
     "2031-06-12T10:00:00+07:00", None, "VN", "vi", BBCVN),
    # National Day holidays are Monday 1 and Tuesday 2 September.
    ("Chúng tôi sẽ báo kết quả sau kỳ nghỉ lễ Quốc khánh, vào thứ Tư ngày 3/9.",
     "2031-08-27T10:00:00+07:00", ("2031-09-03", "2031-09-03"), "VN", "vi", MISAISO),
    # --------------------------------------------------------------- Chinese
    # An interview invitation.
    ("我们对你的表现很满意,请你明天下午两点过来参加第二轮面试。",
     "2031-06-09T15:00:00+08:00", None, "CN", "zh", XBQGXS),
    # "Before Friday": the day before and the day.
    ("我们会在这周五之前通知你面试结果。",
     "2031-06-10T15:00:00+08:00", ("2031-06-12", "2031-06-13"), "CN", "zh", XSW12),
    ("面试结果我们会综合考虑之后再通知你。",
     "2031-06-10T15:10:00+08:00", None, "CN", "zh", XSW12),
    ("笔试结果下周公布,通过的人再参加面试。",
     "2031-10-15T16:00:00+08:00", ("2031-10-20", "2031-10-24"), "CN", "zh", TXTSHU),
    # -------------------------------------------------------------- Japanese
    # "Within a week": the day a week on.
    ("一週間以内にご連絡します。",
     "2031-06-09T14:00:00+09:00", ("2031-06-16", "2031-06-16"), "JP", "ja", USANOTE),
    # A usual length.
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("結果のご連絡までは、通常一週間ほどお時間をいただいております。",
     "2031-06-09T14:10:00+09:00", ("2031-06-16", "2031-06-16"), "JP", "ja", USANOTE),
    # Over Golden Week (Saturday 3 to Tuesday 6 May): Friday 9 May.
    ("選考結果は5営業日以内にご連絡いたします。",
     "2031-04-30T14:00:00+09:00", ("2031-05-09", "2031-05-09"), "JP", "ja", WIDERESEARCH),
    # Conditional contact.
    ("採用の場合のみ、お電話でご連絡いたします。",
     "2031-02-26T17:00:00+09:00", None, "JP", "ja", SALESCHANGE),
    # ---------------------------------------------------------------- Korean
    # "Within a month": the same date a month on, here Saturday 12 April: also Monday 14 April.
    ("합격 여부는 한 달 안에 알려 드릴게요.",
     "2031-03-12T15:00:00+09:00", ("2031-04-12", "2031-04-14"), "KR", "ko", INSTIZ),
    ("죄송하지만 내일 면접은 취소하겠습니다.",
     "2031-12-22T20:00:00+09:00", None, "KR", "ko", SEGYE),
    # Conditional contact.
    ("최종 합격자에게만 개별적으로 공지합니다.",
     "2031-03-20T10:00:00+09:00", None, "KR", "ko", JKSCO),
    # Next Wednesday is Chuseok (1 October); Chuseok runs to Thursday and Friday is National
    # Foundation Day: also Monday 6 October.
    ("서류 합격자는 다음 주 수요일에 개별 통보합니다.",
     "2031-09-25T10:00:00+09:00", ("2031-10-01", "2031-10-06"), "KR", "ko", OKMOM),
]

