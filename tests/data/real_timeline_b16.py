"""Blind batch 16 of the real-material timeline corpus (issue #15, round 16).

Built and labelled by hand on 2026-12-07 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` and the ``holidays`` package (0.109), to check weekdays, ISO
weeks and public holidays (regional ones included). Each text paraphrases wording or a process
documented on the public page cited in its source (found with the project's search tool, pages
corpus; no page or host cited by an earlier data file: every host was grepped in
``tests/data/*.py``; a few share a parent domain or platform with an earlier host: doczz.net
(pl.doczz.net here), denik.cz (another regional edition), glassdoor (.co.in in b15), nsw.gov.au
(other councils), kommune.no (other towns), and the blogspot, wordpress and tistory platforms);
names, companies, dates and office closures are invented, the wording is not copied. Reference
dates are in 2029, a year no earlier file uses, so that holidays fall on new weekdays (Easter is 1
April, Orthodox Easter 8 April).

176 texts: English 75, Spanish 9, German 8, French 8, Portuguese 5, Italian 5, Dutch 5, Japanese
5, Korean 5, Chinese 5, Swedish 5, Norwegian 5, Czech 5, Turkish 5, Romanian 5, Hungarian 5,
Polish 4, Danish 4, Finnish 4, Greek 4 (20 languages); 82 promise nothing (37 of the English
ones). 133 sources on 133 hosts (US job-seekers' blogs, a Minnesota fire department's
recruitment calendar, a Kansas fire department's selection steps, teacher hiring timelines,
interview-update and follow-up templates; UK job-seekers' blogs, follow-up advice, a graduate
engineer's assessment centres and video-interview guidance; Irish county council recruitment
pages and a public-sector forum thread; New South Wales council selection processes and a
Canberra public-service story; New Zealand student internship schemes and a university careers
service; Kenyan engineering and youth internship programmes; a Nigerian interview review and
internship advice; Indian campus placement blogs; Singapore graduate and recruiter advice; Hong
Kong fellowships, bank graduate programmes and Cantonese office-life columns; a Canadian
working-holiday job FAQ; a Spanish anxiety forum, Colombian public internship calls and a Mexican
university internship office; German apprenticeship guides and regional apprenticeship news;
French work-study and internship blogs; Brazilian internship stories; Italian job-seekers' blogs;
a Dutch municipal recruitment protocol and student columns; Japanese interview-result guides;
Korean part-time job stories; Taiwanese recruitment columns and blogs; Polish municipal recruitment
rules and summer-work pages; Swedish, Norwegian and Finnish municipal summer jobs and local news;
Danish state, university and local-news pages; Czech job columns and student-job news; Greek
municipal hiring notices and career columns; Turkish interview stories; Romanian government
internship calendars; Hungarian student summer work in villages) in 32 countries: US 15, GB 13
(England), AU 9 (New South Wales, Australian Capital Territory), DE 8 (Bavaria, North
Rhine-Westphalia, Hesse, Baden-Württemberg), FR 8, IE 7, NZ 7, KE 6, SG 6, CO 6, HK 5 (three in
English, two in Cantonese), BR 5, IT 5, NL 5, JP 5, KR 5, SE 5, NO 5, CZ 5, TR 5, RO 5, HU 5, NG
4, PL 4, DK 4, FI 4, GR 4, IN 3, TW 3, CA 2 (British Columbia), ES 2 (Madrid), MX 1. New to the
timeline corpus: the year 2029; Hong Kong and Cantonese; Juneteenth and Diwali inside
business-day counts; Colombia's Saint Joseph and Holy Week in one count; Madrid Day; Kenya's
Mazingira Day; Golden Week on a one-week deadline; Korean Constitution Day on a Tuesday; Czech
Saints Cyril and Methodius and Jan Hus days closing a week; Whit Monday inside working-day counts
in Greece and Romania; Norway's Constitution Day as a deadline.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b15.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; business
days skip weekends and the country's public holidays, both readings accepted where a holiday is
regional or one most employers work; "Werktage" / "días hábiles" / "giorni lavorativi" /
"営業日" skip Saturdays; "next week" Monday to Friday; "by the end of the (next) week" its
Friday; "by end of month" its last day, also the next working day when it is a weekend day; "KW
n" / "uge n" / "week n" ISO week n; "before <date>" the day before and the day; "before <long
weekend>" the Friday before it; a calendar-day deadline or a named day on a public holiday or a
weekend also accepts the next working day; a week-long span whose Monday is a public holiday
starts on the Tuesday; "the first working day after <holiday>" that day only; a promise counted
from an event whose date the text does not give promises no day; vague wording, usual lengths,
aims, lower bounds, the candidate's own deadlines, objection windows, logistics, interview
invitations and things promised to others promise nothing). Conventions decided here, where the
earlier rounds are silent, are commented on their case; the general ones:
- an office closure the text itself announces is a second reading of a working-day count: both
  the count without it and with it are accepted;
- "48 hours" is the day two days on; "48 heures ouvrées" two working days;
- "la semana después del puente" and "a pünkösd utáni hét": the week the holiday Monday opens,
  Tuesday to Friday;
- "v pondělí po Velikonocích": Easter Monday itself (a holiday, so also the next working day);
- Norwegian "virkedager" counted Monday to Friday;
- school holidays ("Pfingstferien") are not dated by the text, so a promise counted from them
  promises no day.

Scored once, at the end of round 16, for docs/detection.md and the README; tuning data since round 17.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages: United States (a job-seeker's blog, a suburban fire department's
# recruitment calendar, a Kansas fire department's selection steps, teacher hiring timelines,
# interview-update and follow-up templates, an open internship call)
MARGARITAS = "http://decisionsonmargaritas.blogspot.com/2009/10/interview.html"
BROOKLYNCTR = "http://www.cityofbrooklyncenter.org/index.aspx?NID=1231"
LAWRENCEKS = "https://lawrenceks.org/fire-medical/selection_process"
MAGVECTOR = "https://magazinevector.com/?p=2553"
ELLENZEIGER = ("https://ellenzeiger.com/2025/01/09/effective-interview-update-email-crafting-the-per"
               "fect-follow-up-to-secure-your-next-opportunity")
JOBSEARCHADV = "https://jobsearchadvice.io/interview-follow-up-email"
HUGGINGFACE = "https://huggingface.co/spaces/internships/internships-2023/discussions/22"
# English-language pages: United Kingdom (a job-seeker's blog, follow-up advice, a graduate
# engineer's assessment centres, video-interview guidance, interview-result templates)
UNWORKING = "http://unworkinggirl.blogspot.com/2009/07/waiting-by-phone.html"
CAREERGOALS = "https://careergoals.search.co.uk/following-up-after-an-interview"
GRADENGINEER = "https://thegraduateengineer.com/how-to-pass-an-assessment-centre/"
GRADGREENHOUSE = "https://gradgreenhouse.com/articles/interview-guidance-for-applicants/"
SELLYOURMOBILE = "https://sellyourmobile.info/thu-thong-bao-ket-qua-phong-van-bang-tieng-anh"
BUYINGESSAYS = ("https://buyingessaysonline.com/crafting-the-perfect-interview-status-update-email-"
                "tips-and-best-practices")
# English-language pages: Ireland (county council recruitment), Australia (New South Wales
# councils, Canberra public service), New Zealand (student internship schemes)
ASKABOUTMONEY = "https://askaboutmoney.com/threads/the-public-sector-why-is-it-so-bad.75033/page-7"
LOUTHCOCO = "https://careers.louthcoco.ie/CMS/CMSPage/7"
JOBIJOBA = "https://www.jobijoba.ie/job/16/e5f5367d52dc8170f2e84d49017c62e0"
FINANCEDOCBOX = ("https://financedocbox.com/amp/91881291-Retirement_Planning/Senior-enterprise-dev"
                 "elopment-officer-local-enterprise-office-grade-vii-permanent-post-qualification"
                 "s.html")
RYDE = "https://www.ryde.nsw.gov.au/Council/Careers/Guide-for-Job-Applicants/Job-Interview"
WYONG = "https://www.wyong.nsw.gov.au/about-council/human-resources-and-careers/selection-process"
CENTRALCOAST = ("https://www.centralcoast.nsw.gov.au/council/about-council/careers-and-volunteerin"
                "g/selection-process")
GOSFORD = "http://www.gosford.nsw.gov.au/about-council/working-at-council/selection-process"
BRISBANETIMES = ("https://www.brisbanetimes.com.au/national/public-service-jobs-advertised-during-c"
                 "hristmas-shutdown-spark-complaints-20160105-glzo5u.html")
TEPUNAHA = "https://www.tepunahamatatini.ac.nz/about-us/student-internships/information-for-students/"
SUMMEROFTECH = "https://summeroftech.co.nz/students/faq"
SUMMEROFBIZ = "https://summerofbiz.co.nz/students/faq/"
UCCAREERHUB = "https://careerhub.canterbury.ac.nz/Employers/Guidelines_and_Policy.chpx"
VENDUCO = "https://www.venduco.net/post/world-competitive-nz-internships-direct-value-to-business"
# English-language pages: Kenya, Nigeria, India, Singapore, Hong Kong, Canada
ENERGYZED = "https://energyzedworld.com/advisory/interview-communication-a-dilemma-for-engineers/"
YOUTHCAFE = "https://theyouthcafe.com/intern-host-company-matching"
RATIOMAG = ("http://www.ratio-magazine.com/index2.php?option=com_content&task=view&id=3820&pop=1&pag"
            "e=98&Itemid=111")
SHORTLISTKE = "https://shortlist.net/futures/category/job-search-tips/"
GLASSDOORUK = "https://www.glassdoor.co.uk/Interview/Arit-Interview-E2127864-RVW31889501.htm"
OPPASIAN = "https://www.opportunityforasian.com/2018/02/how-to-apply-for-and-secure-internship.html"
MYSELFSPEAKING = "http://myselfspeaking.blogspot.com/2006/02/job-interview-backdrop.html"
PIVOTALSG = "https://pivotalsg.com/career-guide/interview-preparation/"
SBRSG = ("https://sbr.com.sg/hr-education/commentary/what-singapore-fresh-grads-need-know-about-job"
         "-interviews")
HEYSUCCESS = "https://www.heysuccess.com/countries/singapore-country-guide/interview"
ISELETTER = "https://insights.ise.org.uk/policy/a-letter-from-singapore/"
BNPAPAC = "https://careers.apac.bnpparibas/student-graduates-how-to-apply"
ASIAGLOBAL = "https://www.asiaglobalfellows.hku.hk/FrequentlyAskedQuestions.aspx"
WORKNZ = "https://www.worknewzealand.co.nz/faq-work-canada-summer-jobs/"
# Spanish-language pages (a Spanish job-seeker forum, Colombian public internship calls and
# programmes, a Mexican university's internship office)
FOBIASOCIAL = "https://fobiasocial.net/he-tenido-una-entrevista-de-trabajo-33702"
ANTIOQUIA = ("https://antioquia.gov.co/index.php/antioquiacuenta/la-gobernacion-de-antioquia-abre-"
             "convocatoria-a-practicantes-de-excelencia-para-el-primer-semestre-del-ano-2026")
PASCUALBRAVO = "https://pascualbravo.edu.co/quieres-realizar-tus-practicas-en-el-sector-publico/"
PORTAFOLIO = ("https://www.portafolio.co/economia/empleo/banco-de-la-republica-abre-convocatoria-"
              "para-practicas-profesionales-pagas-599766")
ESAP = "https://www.esap.edu.co/convocatoria-12-2026-1-ministerio-de-relaciones-exteriores"
NOTICIASMED = "https://noticiasmedellin.co/?p=237"
CINVESTAV = ("https://rimac.cinvestav.mx/Entrevistas/Expertos-en-Internacionalizaci\u00f3n/Pr\u00e1"
             "cticas-en-la-Profesi\u00f3n-e-internacionalizaci\u00f3n-en-la-Universidad-de-las-Am"
             "\u00e9ricas-Puebla")
# German-language pages (apprenticeship interviews and regional apprenticeship news in Germany)
MEINEZUKUNFT = "https://meine-zukunft-beginnt-hier.de/node/1994"
TABLEBENSLAUF = ("https://www.tabellarischer-lebenslauf.net/bewerbungsgespraech/vorstellungsgespra"
                 "ech-ausbildung/")
SCHWARZBOTE = ("https://www.schwarzwaelder-bote.de/inhalt.bad-wildbad-planspiel-macht-fit-fuer-das-"
               "berufsleben.df0aaee9-283e-4dfb-a115-f5733d4cec31.html")
BERCHTESGADEN = ("https://www.berchtesgadener-anzeiger.de/region-und-lokal/lokales-berchtesgadener-"
                 "land_artikel,-endspurt-fuer-den-einstieg-_arid,5660.html")
MORGENWEB = ("https://www.morgenweb.de/suedhessen-morgen_artikel,-lampertheim-es-gibt-noch-freie-st"
             "ellen-in-fast-allen-bereichen-_arid,1472635.html")
LIFEPR = ("https://www.lifepr.de/pressemitteilung/kreisausschuss-des-vogelsbergkreises/Tag-der-Ausb"
          "ildung-am-25-September-Betriebsluft-schnuppern-fuer-Schuelerinnen/boxid/814798")
# French-language pages (work-study and internships in France)
DIPLOMEO = "https://diplomeo.com/actualite-alternance_lache_derniere_minute_rebondir"
MARTINIERE = "https://bts-ndrc.martiniere-duchere.fr/une-recherche-de-stage-peut-en-cacher-une-autre"
GLASSDOORFR = "https://www.glassdoor.fr/blog/guide/entretien-stage/"
NAKYCT = "https://nakyct.wordpress.com/2019/03/30/au-secours-je-ne-trouve-pas-dalternance/"
MADLANE = "https://mademoisellelane.com/2011/09/le-complexe-du-stagiaire-2/?replytocom=3177"
FRANCEBIENV = ("https://francebienvenue1.fr/2019/12/13/lalternance-la-solution-ideale-pour-faire-se"
               "s-etudes/")
LADYBLOGUE = ("http://www.ladyblogue.com/ladyblogue/2017/01/collegiens-lyceens-parents-voici-stage-"
              "entreprise-nuls-made-in-moi.html")
# Portuguese-language pages (Brazilian internship interviews told on blogs and a student paper)
CAPTARE = "https://captare777.wordpress.com/2004/06/10/entrevista-de-estagio/"
EMCRISE = "http://www.emcrise.com.br/a-crise-da-entrevista-de-estagio/"
SONHOCAL = "http://sonhodecalifornia.blogspot.com/2013/10/bom-depois-de-quase-um-mes-sem-postar.html"
CREMEDOCREME = "https://cremedocreme.blogspot.com/2008/09/working-title.html"
JORNALMP = "http://www.jornalmateriaprima.com.br/2012/09/os-primeiros-passos-para-uma-vida-adulta/"
# Italian-language pages (job-seekers' blogs on interviews and internships)
LIBEROBLOG = "https://blog.libero.it/lamianicchia/amp/12457175.html"
LACUCCIA = "https://www.lacuccia.org/2004/07/12/toccando-il-fondo-si-dovra-risalire/"
LEXPENSATORE = "https://lexpensatorelaowai.wordpress.com/2015/03/23/colloquio-di-lavoro/"
XLTHLX = "https://xlthlx.com/2014/05/203-sognare-forse/"
PARTICOLARE = "http://www.ilparticolarenascosto.it/category/viaggi/"
# Dutch-language pages (a municipal recruitment protocol, student columns and internship news)
VLISSINGEN = ("https://www.vlissingen.nl/bestuur/officiele-bekendmakingen/detail/gv-publicatie/1237"
              "-protocol-werving-en-selectie-rud-zeeland.html")
PUNTAVANS = "https://punt.avans.nl/2020/02/column-mission-impossible/"
EDNL = ("https://www.ed.nl/werk/moordende-concurrentie-voor-stageplekken-zo-val-je-op-bij-bedrijven"
        "~aff76c8c/")
GELDERLANDER = ("https://www.gelderlander.nl/utrecht/lukt-het-niet-om-een-stage-te-vinden-vanwege-je"
                "-achternaam-deze-app-moet-dat-gaan-veranderen~a420ac06/")
BAANUP = ("https://www.baanup.nl/blog/hoe-bereid-je-jezelf-voor-op-sollicitatiegesprek-stappenplan-"
          "naar-succes")
# Japanese, Korean and Chinese pages (interview-result waits in Japan, part-time job interviews
# in Korea, job-offer waits in Taiwan and Hong Kong)
WEXPATS = "https://we-xpats.com/ja/guide/as/jp/detail/6499"
HUGAN = "https://hugan.jp/column/1197"
HOPJOB = "http://www.hop-job.com/post-119865/"
ALBAKR = "http://052.alba.co.kr/story/albastory/Detail.asp?bidx=213359&btypecd=101"
SANTATELL = ("https://santatell.me/%EC%8A%88%ED%8D%BC%EC%9D%BC%EC%9B%90-%EC%88%98%EC%84%9C%EC%97%AD"
             "-%EC%88%98%EC%84%9C%EC%97%AD-%EC%9D%B8%EA%B7%BC-%EC%95%8C%EB%B0%94-%EB%A9%B4%EC%A0%91"
             "-%ED%9B%84-%EC%9D%BC%EC%A0%95-%EB%B3%80%EA%B2%BD")
SKYWITHME = "https://skywithme.tistory.com/60?category=831041"
TODAYHUMOR = "http://todayhumor.co.kr/m/view.php?no=9988410&page=1&table=total"
AROOO = ("https://www.arooo.co.kr/circle/post/%EA%B0%91%EC%9E%90%EA%B8%B0-%EC%98%88%EC%A0%84%EC%97"
         "%90-%EC%95%8C%EB%B0%94%EC%9E%90%EB%A6%AC-%EA%B5%AC%ED%95%A0-%EB%95%8C-%EC%A6%89%EC%84%9D"
         "-8083f39f")
SOLILOQUY = "https://soliloquy1105.blogspot.com/2009/06/blog-post_20.html"
BUSINESSWEEKLYTW = "https://wealth.businessweekly.com.tw/m/GArticle.aspx?id=ARTL003008900"
BG3TW = ("https://tw.bg3.co/a/shou-mian-shi-tong-zhi-ta-yi-kan-shi-jian-sha-liao-guo-lai-ren-jie-nei"
         "-mu-yao-you-xin-li-zhun-bei.html")
HKOFFICEDAILY = "https://hkofficedaily.com/見工用6個鐘-以為跑馬拉松"
JOBMARKETHK = ("https://jobmarket.com.hk/Bastille/%E9%99%A4%E5%A4%95%E5%80%92%E6%95%B8%E4%B9%8B%E9%9A"
               "%9B%E6%94%B6%E9%9B%BB%E8%A9%B1%E9%82%80%E8%A6%8B%E5%B7%A5%20%E7%B6%B2%E6%B0%91%E6%8E"
               "%A8%E5%8D%BB%EF%BC%9Afeel%E5%88%B0%E5%A3%93%E5%8A%9B%E5%A4%A7")
# Polish, Swedish, Danish, Norwegian and Finnish pages (municipal recruitment rules, summer jobs
# for young people in Swedish, Norwegian and Finnish towns, Danish state and university pages)
DOCZZPL = ("https://pl.doczz.net/doc/826311/nab%C3%B3r-na-stanowiska-urz%C4%99dnicze-w-samorz%C4%85d"
           "zie-terytorialny...")
ATERIMA = "https://www.aterima-work.pl/aktualnosci,768,wakacyjna-praca-jak-przedstawic-ja-w-cv.html"
GPDSGH = "https://gpd-sgh.pl"
CECHDT = ("http://cechdt.pl/tags/praktyki-zawodowe-umowa-o-prace-pracownik-mlodociany-uczen-praktycz"
          "na-nauka-zwodu")
SUNDBYBERG = ("https://www.sundbyberg.se/naringsliv-arbete/jobba-i-sundbybergs-stad/lediga-jobb/somm"
              "arjobb-for-unga-2022.html")
HALMSTAD = ("https://www.halmstad.se/jobbahososs/sommarjobbaikommunen/sommarkraftsommarjobbfordigiar"
            "skurs1pagymnasiet.13929.html")
SUNDSVALL = ("https://sundsvall.se/naringsliv-och-arbete/arbetsmarknad/lediga-jobb/sommarjobb-och-f"
             "eriejobb/sommarjobb-for-ungdomar-i-gymnasiet/sommarjobb-for-ungdomar-i-gymnasiet/")
UPPLANDSBRO = "https://www.upplands-bro.se/arbete-och-lediga-jobb/sommarjobb.html"
BJUV = ("https://bjuv.lokaltidningen.se/nyheter/2019-01-24/-Torka-svetten-%E2%80%93-h%C3%A4r-%C3%A4r-"
        "sommarjobben-4007892.html")
UFMDK = "https://ufm.dk/uddannelse/institutioner-og-drift/personaleforhold/ansaettelse/stillingsopslag"
SDUNET = ("https://sdunet.dk/da/servicesider/hr/rekruttering-og-onboarding/tap/annoncering-og-kandid"
          "atsoegning")
STUDERENDEAU = "https://studerende.au.dk/studier/fagportaler/arts/artskarriere/soeg-jobbet/jobsamtalen"
NORDJYSKE = ("https://nordjyske.dk/nyheder/nordjylland/dagbog-fra-dagpengeland-jeppe-jagter-sit-foers"
             "te-job/23263acb-2e3d-4828-9a1d-1e394790a091")
ALTA = "https://www.alta.kommune.no/sommerjobb-ungdom.6079988.html"
EIDSBERG = ("https://henvendelse.eidsberg.kommune.no/support/solutions/articles/6000166135-kan-jeg-le"
            "vere-papirs%C3%B8knad-")
STJORDALSNYTT = "https://www.s-n.no/nyheter/i/q160qz/217-har-soekt-paa-sommerjobb"
FLEKKEFJORD = ("https://www.flekkefjord.kommune.no/ekstra-sommerjobber-til-ungdom-i-flekkefjord.6529"
               "675-504127.html")
BTNO = "https://www.bt.no/btmeninger/debatt/i/BjLzE9/jeg-blir-ghostet-i-jobbjakten"
LANSISAVO = "https://lansi-savo.fi/uutiset/lahella/772741a1-a85c-44aa-9f8f-ea550c652ef7"
NOKIANUUTISET = "https://www.nokianuutiset.fi/elamanmeno/art-2000009231140.html"
ESEDU = "https://esedu.fi/opiskelijalle/valmistuva-opiskelija/tyonhaku/miten-toita-haetaan/"
# Czech, Greek, Turkish, Romanian and Hungarian pages (student jobs and interview columns,
# municipal hiring notices, interview stories, government internship calendars, student summer
# work in Hungarian villages)
JUNIORGURU = "https://junior.guru/handbook/interview/"
LIDOVKY = "https://www.lidovky.cz/nazory/posledni-slovo-jiriho-vanyska-pohovor.A200825_190902_ln_nazory_vag"
PRAZSKYDENIK = ("https://prazsky.denik.cz/zpravy_region/studenti-dobrou-brigadu-dnes-sezenete-jedine"
                "-pres-zname-20180104.html")
LLPCZ = "https://llp.cz/blog/author/danpetrucha/page/113"
NAOUSSA = "https://www.naoussa.gr/news/announcements/anakoinosi-proslipsis-ptychiouchon-fysikis-agogis-5639"
EBDOMI = "https://www.ebdomi.com/prokirikseis-isologismoi/791---14----.html"
JENNYGR = ("https://jenny.gr/woman-power/working-girl/455671/i-apantisi-poy-den-prepei-na-doseis-pote"
           "-se-synenteyxi-gia-doyleia")
DNEWS = ("https://www.dnews.gr/eidhseis/life/572749/etaireia-anakalese-tin-prosfora-tis-se-ypopsifio"
         "-ypallilo-pou-rotise-gia-adeia-to-aitima-sas-ethese-anisyxies-sxetika-me-tis-prosdokies-mas")
HAVAPERSONEL = "https://havapersonel.com/konular/online-yetkinlik-degerlendirmesi.5968/post-147192"
MYNET = ("https://mynet.com/is-gorusmesinde-yasadigi-ilginc-olayi-anlatti-siz-uyanik-olun-kendinizi-"
         "kullandirtmayin-diyerek-uyardi-sosyal-medya-onu-konusuyor-190101287325")
FFORKLIFT = "https://fforkliftt.blogspot.com/2016/10/her-mulakat-bir-deneyim.html"
CAPITELLA = "http://capitella.blogspot.com/2014/01/cesit-cesit-mulakat-part-1.html"
BATMANCAGDAS = "http://www.batmancagdas.com/gundem/yuzlerce-issiz-mulakatta-h52851.html"
CVLPRESS = "https://cvlpress.ro/?p=332265"
CUGETLIBER = ("https://cugetliber.ro/stiri-actual-programul-de-internship-al-guvernului-romaniei-150"
              "-de-locuri-disponibile-pentru-editia-2024-conditii-si-calendar-502248")
TELEGRAF = "http://www.telegrafonline.ro/internship-platit-la-guvern-care-sunt-conditiile"
ZIARECOM = ("http://www.ziare.com/vasilica-viorica-dancila/guvern/guvernul-dancila-vrea-sa-convinga-"
            "200-de-tineri-sa-faca-internship-la-palatul-victoria-1512191")
DCNEWS = ("https://www.dcnews.ro/a-inceput-programul-de-internship-la-guvern--florin-citu--m-am-impl"
          "icat-personal-in-procesul-de-selectie_811794.html")
TEOL = "https://www.teol.hu/kozelet/helyi-kozelet/jovo-heten-indul-a-nyari-diakmunka-2525780/"
FEOL = "https://www.feol.hu/helyi-kozelet/2023/06/a-tordasi-onkormanyzat-mar-varja-a-jelentkezoket"
DELMAGYAR = ("https://www.delmagyar.hu/vezeto-hirek/2022/06/az-onkormanyzatok-iden-is-varjak-a-diako"
             "kat")
AMDALA = "https://amdala.hu/allaskereses-valaszra-sem-meltatjak-a-jelentkezoket"
BOON = "https://www.boon.hu/helyi-kozelet/2022/07/konnyu-nyari-munka-elfogadhato-fizetessel"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND16: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # United States: Thanksgiving is Thursday 22 November; the Monday after it is the 26th.
    ("We're interviewing right through Thanksgiving week and will have a decision for you the "
     "Monday after the holiday.",
     "2029-11-14T10:00:00-05:00", ("2029-11-26", "2029-11-26"), "US", "en", MARGARITAS),
    ("This was only the first conversation; the team is meeting several more people over the "
     "coming month.",
     "2029-11-14T10:10:00-05:00", None, "US", "en", MARGARITAS),
    ("He said they'd pick between the three finalists by the end of next week.",
     "2029-10-03T17:00:00-04:00", ("2029-10-12", "2029-10-12"), "US", "en", MARGARITAS),
    # "The week of October 8": its Monday is Columbus Day, a holiday most employers work, so
    # both readings (Monday or Tuesday to Friday).
    ("Interviews run September 26 to 29, and conditional offers go out the week of October 8.",
     "2029-09-12T18:00:00-05:00", ("2029-10-08", "2029-10-12"), "US", "en", BROOKLYNCTR),
    ("Please treat every date in this timetable as provisional.",
     "2029-09-12T18:10:00-05:00", None, "US", "en", BROOKLYNCTR),
    # Five business days from Thursday 14 June over Juneteenth (Tue 19 June), which many
    # city employers work: both readings.
    ("The interview board meets Thursday; candidates moving on to background checks will be "
     "called within five business days of that meeting.",
     "2029-06-12T09:00:00-05:00", ("2029-06-21", "2029-06-22"), "US", "en", LAWRENCEKS),
    ("Chief's interviews are by appointment only, so please don't drop by the station.",
     "2029-06-12T09:10:00-05:00", None, "US", "en", LAWRENCEKS),
    # Two weeks after 18 May.
    ("Principals send their recommendations to HR by May 18, and offers are extended within two "
     "weeks after that.",
     "2029-05-02T15:00:00-04:00", ("2029-06-01", "2029-06-01"), "US", "en", MAGVECTOR),
    # What districts usually do: no promise.
    ("Districts that start early usually have their hiring wrapped up by April.",
     "2029-05-02T15:10:00-04:00", None, "US", "en", MAGVECTOR),
    ("Thanks for your patience. The panel needs a few more days, and you'll have an update from "
     "me no later than Wednesday, March 7.",
     "2029-02-28T11:00:00-05:00", ("2029-03-07", "2029-03-07"), "US", "en", ELLENZEIGER),
    ("Sorry this update has taken longer than we hoped.",
     "2029-02-28T11:10:00-05:00", None, "US", "en", ELLENZEIGER),
    # The final round moved a week: the new Friday is 13 July.
    ("We've had to push the final interviews back a week, so expect our decision on Friday the "
     "13th rather than the 6th.",
     "2029-06-29T14:00:00-04:00", ("2029-07-13", "2029-07-13"), "US", "en", ELLENZEIGER),
    # The candidate's own follow-up.
    ("If you haven't heard back by the date we gave you, feel free to send a short follow-up.",
     "2029-11-19T09:00:00-05:00", None, "US", "en", JOBSEARCHADV),
    # Thursday is Thanksgiving (22 November): also the next working day.
    ("The recruiter says the client will give feedback by close of business Thursday.",
     "2029-11-19T09:10:00-05:00", ("2029-11-22", "2029-11-23"), "US", "en", JOBSEARCHADV),
    ("Given the volume, the intro-call invitations and regrets might not reach you until the new "
     "year.",
     "2029-11-27T12:00:00-05:00", None, "US", "en", HUGGINGFACE),
    # United Kingdom (England)
    ("We need someone to start on Monday, so we'll ring you either way by tomorrow lunchtime.",
     "2029-07-12T16:00:00+01:00", ("2029-07-13", "2029-07-13"), "GB", "en", UNWORKING),
    ("The job is a brand-new position, so the brief may change as it beds in.",
     "2029-07-12T16:10:00+01:00", None, "GB", "en", UNWORKING),
    ("We'll be in touch.",
     "2029-07-12T16:20:00+01:00", None, "GB", "en", UNWORKING),
    # The Spring bank holiday is Monday 28 May; the Tuesday is the 29th.
    ("Thanks for coming in. We're seeing two more people and will let you know after the bank "
     "holiday weekend, on the Tuesday.",
     "2029-05-23T15:00:00+01:00", ("2029-05-29", "2029-05-29"), "GB", "en", CAREERGOALS),
    ("Feel free to email if you think of anything you didn't get to ask.",
     "2029-05-23T15:10:00+01:00", None, "GB", "en", CAREERGOALS),
    # The end of September is a Sunday: also Monday 1 October.
    ("The panel meets on the 27th and we'll let you know by the end of the month.",
     "2029-09-12T10:00:00+01:00", ("2029-09-30", "2029-10-01"), "GB", "en", CAREERGOALS),
    # Ten working days from Friday 14 December over Christmas and New Year's Day: 2 January;
    # with the office closure the text names (27, 28 and 31 December) as well: 7 January.
    ("Assessment centre results come out within ten working days. Please note our office is "
     "closed between Christmas and New Year.",
     "2029-12-14T13:00:00+00:00", ("2030-01-02", "2030-01-07"), "GB", "en", GRADENGINEER),
    ("Your travel expenses, train ticket included, will be reimbursed.",
     "2029-12-14T13:10:00+00:00", None, "GB", "en", GRADENGINEER),
    # "The week after Easter" (1 April): Easter Monday is a bank holiday, so Tuesday to Friday.
    ("We'll confirm whether you're through to the final round the week after Easter.",
     "2029-03-21T12:00:00+00:00", ("2029-04-03", "2029-04-06"), "GB", "en", GRADENGINEER),
    # The candidate's own deadline.
    ("Please record and submit your video interview within five days of receiving this link.",
     "2029-03-12T09:00:00+00:00", None, "GB", "en", GRADGREENHOUSE),
    # Counted from a submission the text does not date.
    ("Once you submit, the employer reviews recordings within 14 days and you'll be notified by "
     "email.",
     "2029-03-12T09:10:00+00:00", None, "GB", "en", GRADGREENHOUSE),
    ("Your application is still with the hiring team; second-round invitations are being "
     "arranged and we'll update you when we can.",
     "2029-04-13T10:00:00+01:00", None, "GB", "en", BUYINGESSAYS),
    ("Thank you for interviewing with us. You'll hear about next steps by Friday 20 April at the "
     "latest.",
     "2029-04-13T10:10:00+01:00", ("2029-04-20", "2029-04-20"), "GB", "en", SELLYOURMOBILE),
    # Ireland: ten working days from Tuesday 30 October (the October bank holiday, Monday 29,
    # falls before it).
    ("You'll be advised of the result by letter within ten working days of the interview on 30 "
     "October.",
     "2029-10-24T11:00:00+01:00", ("2029-11-13", "2029-11-13"), "IE", "en", LOUTHCOCO),
    ("Interview invitations usually go out about a week ahead.",
     "2029-10-24T11:10:00+01:00", None, "IE", "en", LOUTHCOCO),
    # An acceptance window for the candidate.
    ("If you're offered the post, you'll need to tell us within a week whether you'll take it.",
     "2029-10-24T11:20:00+01:00", None, "IE", "en", LOUTHCOCO),
    # St Patrick's Day is Saturday 17 March: "before <weekend>" is Friday 16 March.
    ("Shortlisted candidates will hear from us before the St Patrick's Day weekend.",
     "2029-03-06T10:00:00+00:00", ("2029-03-16", "2029-03-16"), "IE", "en", JOBIJOBA),
    ("Canvassing any member of the council will disqualify you.",
     "2029-03-06T10:10:00+00:00", None, "IE", "en", JOBIJOBA),
    # The June bank holiday is Monday 4 June; the Tuesday after it is the 5th.
    ("The board ranks everyone by the end of the month, and we'll post out the results on the "
     "Tuesday after the June bank holiday.",
     "2029-05-15T14:00:00+01:00", ("2029-06-05", "2029-06-05"), "IE", "en", ASKABOUTMONEY),
    ("A panel may be formed, from which future vacancies will be filled for up to two years.",
     "2029-05-15T14:10:00+01:00", None, "IE", "en", FINANCEDOCBOX),
    # Australia (New South Wales): King's Birthday is Monday 11 June.
    ("Interviews finish on Friday 8 June; the panel will ring the preferred applicant after the "
     "King's Birthday long weekend, on Tuesday 12 June.",
     "2029-06-01T10:00:00+10:00", ("2029-06-12", "2029-06-12"), "AU", "en", RYDE),
    ("Applicants who don't make the shortlist normally get an email about a fortnight after "
     "applications close.",
     "2029-06-01T10:10:00+10:00", None, "AU", "en", RYDE),
    # Four weeks from the closing date, 19 January.
    ("Expect a phone call to set up an interview no later than four weeks after the 19 January "
     "closing date.",
     "2029-01-10T09:00:00+11:00", ("2029-02-16", "2029-02-16"), "AU", "en", WYONG),
    ("On the day, please have your licences (originals and copies) and right-to-work papers with you.",
     "2029-01-10T09:10:00+11:00", None, "AU", "en", WYONG),
    # Good Friday to Easter Monday (30 March to 2 April); the offices reopen on the 3rd.
    ("Council offices close from Good Friday and reopen on Tuesday 3 April; we'll call every "
     "interviewee that morning.",
     "2029-03-27T15:00:00+11:00", ("2029-04-03", "2029-04-03"), "AU", "en", CENTRALCOAST),
    ("Expect a panel of three, one of them from our People and Culture team.",
     "2029-03-27T15:10:00+11:00", None, "AU", "en", CENTRALCOAST),
    # Five working days over ANZAC Day (Wed 25 April).
    ("You'll be told the outcome within five working days of your interview.",
     "2029-04-23T10:00:00+10:00", ("2029-05-01", "2029-05-01"), "AU", "en", GOSFORD),
    ("Reference checks are only done once the panel has chosen a preferred candidate.",
     "2029-04-23T10:10:00+10:00", None, "AU", "en", GOSFORD),
    # Australian Capital Territory: the second week of January, Monday 8 to Friday 12.
    ("Applications close on 4 January; the office is shut over the break, and shortlisted "
     "applicants will be contacted in the second week of January.",
     "2029-01-02T10:00:00+11:00", ("2029-01-08", "2029-01-12"), "AU", "en", BRISBANETIMES),
    # New Zealand: Labour Day is Monday 22 October; also the next working day.
    ("Interviews are this week, and we'll tell you which placement you've got by Labour Day.",
     "2029-10-09T13:00:00+13:00", ("2029-10-22", "2029-10-23"), "NZ", "en", TEPUNAHA),
    ("Training is on 19 and 20 November and the placement itself begins on the 26th, so keep "
     "those days free.",
     "2029-10-09T13:10:00+13:00", None, "NZ", "en", TEPUNAHA),
    ("The employer has five working days after your interview to make you an offer or release "
     "you.",
     "2029-09-28T16:00:00+12:00", ("2029-10-05", "2029-10-05"), "NZ", "en", SUMMEROFTECH),
    ("Employers can make offers any time from September; once you accept one you're off the "
     "market.",
     "2029-09-28T16:10:00+12:00", None, "NZ", "en", SUMMEROFTECH),
    ("Expect to hear within 48 hours whether you've been matched.",
     "2029-08-15T14:00:00+12:00", ("2029-08-17", "2029-08-17"), "NZ", "en", SUMMEROFBIZ),
    ("The careers centre is closed over the Christmas and New Year period.",
     "2029-12-11T10:00:00+13:00", None, "NZ", "en", UCCAREERHUB),
    # Waitangi Day is Tuesday 6 February; Thursday the 8th is named.
    ("We'll make the hiring call after Waitangi Day, on Thursday the 8th.",
     "2029-01-31T11:00:00+13:00", ("2029-02-08", "2029-02-08"), "NZ", "en", VENDUCO),
    # Kenya: seven days after Friday 23 March is Good Friday; the next working day is Tuesday
    # 3 April (Easter Monday is a holiday too).
    ("The panel finishes the technical interviews on Friday and will notify the successful "
     "intern within seven days of that.",
     "2029-03-20T10:00:00+03:00", ("2029-03-30", "2029-04-03"), "KE", "en", ENERGYZED),
    ("We had more than 200 applications for one internship, so only shortlisted candidates will "
     "be contacted.",
     "2029-03-20T10:10:00+03:00", None, "KE", "en", ENERGYZED),
    # The committee meets Thursday 11 October (the day after Mazingira Day); the end of that
    # week is Friday the 12th.
    ("Matching results go to you and the host company after the Screening Committee meets on 11 "
     "October, by the end of that week.",
     "2029-10-01T09:00:00+03:00", ("2029-10-12", "2029-10-12"), "KE", "en", YOUTHCAFE),
    ("After both sides agree to a match, neither can pull out just because it suits them.",
     "2029-10-01T09:10:00+03:00", None, "KE", "en", YOUTHCAFE),
    ("Internships usually begin after the July graduations.",
     "2029-05-08T12:00:00+03:00", None, "KE", "en", RATIOMAG),
    # Three working days over Madaraka Day (Fri 1 June).
    ("You'll get feedback on the screening call within three working days.",
     "2029-05-30T15:00:00+03:00", ("2029-06-05", "2029-06-05"), "KE", "en", SHORTLISTKE),
    # Nigeria: Democracy Day is Tuesday 12 June; the following Monday is the 18th.
    ("Because of the Democracy Day holiday the oral session moves to Wednesday the 13th, and "
     "results come out the following Monday.",
     "2029-06-07T10:00:00+01:00", ("2029-06-18", "2029-06-18"), "NG", "en", GLASSDOORUK),
    ("Only candidates who pass the written test go on to the oral session.",
     "2029-06-07T10:10:00+01:00", None, "NG", "en", GLASSDOORUK),
    ("International organisations open their internship windows at different times of the year.",
     "2029-04-24T11:00:00+01:00", None, "NG", "en", OPPASIAN),
    # Two weeks after Workers' Day (Tue 1 May).
    ("Offer letters go out two weeks after the Workers' Day holiday.",
     "2029-04-24T11:10:00+01:00", ("2029-05-15", "2029-05-15"), "NG", "en", OPPASIAN),
    # India
    ("The interviewer asked us not to discuss the questions with the students still waiting.",
     "2029-08-14T11:00:00+05:30", None, "IN", "en", MYSELFSPEAKING),
    ("The company will hand the final list of selects to the placement cell by 8 pm today.",
     "2029-08-14T11:10:00+05:30", ("2029-08-14", "2029-08-14"), "IN", "en", MYSELFSPEAKING),
    # Three working days over Diwali (Mon 5 November), which some employers work: both readings.
    ("Offer letters will be emailed within three working days.",
     "2029-11-01T16:00:00+05:30", ("2029-11-06", "2029-11-07"), "IN", "en", MYSELFSPEAKING),
    # Singapore: two working days after National Day (Thu 9 August).
    ("Our consultant will send your feedback within two working days after the National Day "
     "holiday.",
     "2029-08-07T10:00:00+08:00", ("2029-08-13", "2029-08-13"), "SG", "en", PIVOTALSG),
    # The candidate's own reply.
    ("If you're offered the job on the spot and need time, tell them when you'll reply.",
     "2029-08-07T10:10:00+08:00", None, "SG", "en", PIVOTALSG),
    # Five working days from Friday 2 November over Deepavali (Mon 5 November).
    ("The assessment centre is on Friday 2 November, and you'll get the outcome within five "
     "working days of it.",
     "2029-10-29T09:00:00+08:00", ("2029-11-12", "2029-11-12"), "SG", "en", SBRSG),
    # A lower bound.
    ("Internship offers for next summer go out in batches from October.",
     "2029-10-29T09:10:00+08:00", None, "SG", "en", SBRSG),
    ("Please arrive ten minutes early and bring printed copies of your CV.",
     "2029-07-03T14:00:00+08:00", None, "SG", "en", HEYSUCCESS),
    # 2 June is a Saturday: also Monday 4 June.
    ("Given the restrictions, we'll confirm whether the internship goes ahead by 2 June.",
     "2029-05-21T10:00:00+08:00", ("2029-06-02", "2029-06-04"), "SG", "en", ISELETTER),
    # Hong Kong: five business days over the Lunar New Year (13 to 15 February).
    ("That was the final round; we'll revert within five business days.",
     "2029-02-09T17:00:00+08:00", ("2029-02-21", "2029-02-21"), "HK", "en", BNPAPAC),
    # relabelled in round 24: the employer's usual time for its own answer is a promise (round
    # 23's convention), and "by mid-<month>" spans the 13th to the 17th as round 14's labels
    # ("will hear by mid-February", real_timeline_t14.py) take it: 13 to 17 April.
    ("We normally let shortlisted people know by mid-April, once decisions are in.",
     "2029-02-20T10:00:00+08:00", ("2029-04-13", "2029-04-17"), "HK", "en", ASIAGLOBAL),
    ("Please don't write in for progress reports on your application; we can't give them.",
     "2029-02-20T10:10:00+08:00", None, "HK", "en", ASIAGLOBAL),
    # Canada (British Columbia)
    ("Thanks for today's video interview; you'll get our offer, or a no, within a week of it.",
     "2029-02-14T16:00:00-08:00", ("2029-02-21", "2029-02-21"), "CA", "en", WORKNZ),
    ("Most resorts want staff who can stay the whole season, roughly spring to autumn.",
     "2029-02-14T16:10:00-08:00", None, "CA", "en", WORKNZ),
    # ------------------------------------------------------------------ Spanish
    # Spain (Madrid): five "días hábiles" from Friday 27 April over May Day and the Madrid Day
    # (Wed 2 May, regional): 7 May without the regional holiday, 8 May with it.
    ("Gracias por venir. Les daremos una respuesta en un plazo de cinco días hábiles.",
     "2029-04-27T12:00:00+02:00", ("2029-05-07", "2029-05-08"), "ES", "es", FOBIASOCIAL),
    ("La entrevista será en grupo, con otros tres candidatos.",
     "2029-04-23T09:00:00+02:00", None, "ES", "es", FOBIASOCIAL),
    # Colombia: the applicants' own closing date.
    ("Puedes inscribirte en la plataforma hasta el 5 de octubre.",
     "2029-10-01T10:00:00-05:00", None, "CO", "es", ANTIOQUIA),
    # The Independence of Cartagena is observed on Monday 12 November; the Tuesday after is 13.
    ("La lista de practicantes seleccionados se publicará el martes siguiente al festivo del 12 "
     "de noviembre.",
     "2029-10-31T10:00:00-05:00", ("2029-11-13", "2029-11-13"), "CO", "es", ANTIOQUIA),
    ("Los resultados se publican el viernes 21 de diciembre.",
     "2029-12-10T09:00:00-05:00", ("2029-12-21", "2029-12-21"), "CO", "es", PASCUALBRAVO),
    # Ten "días hábiles" from Wednesday 14 March over Saint Joseph (Mon 19) and Holy Thursday
    # and Good Friday (29 and 30 March).
    ("Tras la entrevista en línea, te avisaremos del resultado en diez días hábiles.",
     "2029-03-14T15:00:00-05:00", ("2029-04-02", "2029-04-02"), "CO", "es", PORTAFOLIO),
    # The Assumption is observed on Monday 20 August; the week after the long weekend is Tuesday
    # 21 to Friday 24.
    ("Si quedas seleccionado, la entidad te escribe la semana después del puente de la Asunción.",
     "2029-08-08T11:00:00-05:00", ("2029-08-21", "2029-08-24"), "CO", "es", ESAP),
    ("Según el área, la práctica puede hacerse desde casa o en la oficina.",
     "2029-08-08T11:10:00-05:00", None, "CO", "es", NOTICIASMED),
    # Mexico
    ("Solo pueden postularse estudiantes que ya hayan cursado la mitad de la carrera.",
     "2029-06-05T12:00:00-06:00", None, "MX", "es", CINVESTAV),
    # ------------------------------------------------------------------ German
    # Bavaria: Corpus Christi is Thursday 31 May; Monday 4 June is named.
    ("Wir melden uns nach Fronleichnam, spätestens am Montag, den 4. Juni.",
     "2029-05-24T14:00:00+02:00", ("2029-06-04", "2029-06-04"), "DE", "de", BERCHTESGADEN),
    ("Bitte bringen Sie Ihr letztes Zeugnis und einen Lebenslauf mit.",
     "2029-05-24T14:10:00+02:00", None, "DE", "de", BERCHTESGADEN),
    # North Rhine-Westphalia: ten "Werktage" over May Day and Ascension (Thu 10 May).
    ("Den Ausbildungsvertrag schicken wir Ihnen innerhalb von zehn Werktagen zu.",
     "2029-04-25T10:00:00+02:00", ("2029-05-11", "2029-05-11"), "DE", "de", MEINEZUKUNFT),
    ("Bitte haben Sie etwas Geduld und sehen Sie von täglichen Nachfragen ab.",
     "2029-04-25T10:10:00+02:00", None, "DE", "de", MEINEZUKUNFT),
    # Hesse: ISO week 27, Monday 2 to Friday 6 July.
    ("Die Rückmeldung bekommen Sie in KW 27.",
     "2029-06-20T11:00:00+02:00", ("2029-07-02", "2029-07-06"), "DE", "de", MORGENWEB),
    ("Einen weiteren Schnuppertag bieten wir voraussichtlich Ende November an.",
     "2029-09-19T09:00:00+02:00", None, "DE", "de", LIFEPR),
    # Counted from school holidays the text does not date ("Pfingstferien" are not public
    # holidays and differ by state).
    ("Wir entscheiden nach den Pfingstferien und rufen Sie bis Ende der darauffolgenden Woche an.",
     "2029-05-15T16:00:00+02:00", None, "DE", "de", TABLEBENSLAUF),
    # Baden-Württemberg
    ("Sie hören bis Freitag von uns, ob Sie den Ausbildungsplatz bekommen.",
     "2029-06-25T15:00:00+02:00", ("2029-06-29", "2029-06-29"), "DE", "de", SCHWARZBOTE),
    # ------------------------------------------------------------------ French
    # "Avant le 15 août" as "before <date>": 14 and 15 August; the 15th is a public holiday, so
    # also Thursday 16.
    ("Nous vous confirmerons votre contrat d'alternance avant le 15 août.",
     "2029-07-30T10:00:00+02:00", ("2029-08-14", "2029-08-16"), "FR", "fr", DIPLOMEO),
    ("Le contrat commence à la rentrée, début septembre.",
     "2029-07-30T10:10:00+02:00", None, "FR", "fr", DIPLOMEO),
    ("Les entretiens ont lieu en novembre, pour un stage qui débute trois semaines avant les "
     "vacances d'hiver.",
     "2029-10-15T09:00:00+02:00", None, "FR", "fr", MARTINIERE),
    # "48 heures ouvrées": two working days; Ascension (Thu 10 May) is a public holiday.
    ("Vous aurez notre réponse sous 48 heures ouvrées.",
     "2029-05-09T15:00:00+02:00", ("2029-05-14", "2029-05-14"), "FR", "fr", GLASSDOORFR),
    ("Nous avons retenu un autre profil pour ce poste en alternance ; nous gardons votre CV.",
     "2029-03-20T09:00:00+01:00", None, "FR", "fr", NAKYCT),
    ("Je reviens vers vous d'ici la fin de la semaine prochaine pour vous dire si on vous garde "
     "pour le deuxième entretien.",
     "2029-10-25T17:00:00+02:00", ("2029-11-02", "2029-11-02"), "FR", "fr", MADLANE),
    # The National Day is Saturday 14 July; Tuesday 17 is named.
    ("On vous rappelle après le 14 juillet, le mardi 17.",
     "2029-07-09T11:00:00+02:00", ("2029-07-17", "2029-07-17"), "FR", "fr", FRANCEBIENV),
    # Advice to the applicants.
    ("Envoyez vos demandes de stage au moins deux mois à l'avance.",
     "2029-01-16T10:00:00+01:00", None, "FR", "fr", LADYBLOGUE),
    # ------------------------------------------------------------------ Portuguese
    # Brazil: the Republic Day is Thursday 15 November; Friday 16 is named.
    ("A gente te liga até sexta-feira, dia 16, com a resposta.",
     "2029-11-12T16:00:00-03:00", ("2029-11-16", "2029-11-16"), "BR", "pt", CAPTARE),
    ("Procuramos estagiários que já tenham experiência prévia.",
     "2029-11-12T16:10:00-03:00", None, "BR", "pt", EMCRISE),
    # Five "dias úteis" over the Independence Day (Fri 7 September).
    ("O resultado sai em até cinco dias úteis depois da entrevista por vídeo.",
     "2029-09-04T13:00:00-03:00", ("2029-09-12", "2029-09-12"), "BR", "pt", SONHOCAL),
    ("O estágio é na própria faculdade, então você não precisa se deslocar.",
     "2029-09-04T13:10:00-03:00", None, "BR", "pt", CREMEDOCREME),
    # Carnival is 12 and 13 February; Thursday 15 is named.
    ("Depois do Carnaval a gente fecha a vaga; te aviso na quinta-feira, dia 15.",
     "2029-02-07T18:00:00-03:00", ("2029-02-15", "2029-02-15"), "BR", "pt", JORNALMP),
    # ------------------------------------------------------------------ Italian
    # The end of the week is Friday 27 April (the Liberation Day, Wed 25, falls inside it).
    ("Ti faremo sapere entro la fine della settimana.",
     "2029-04-23T12:00:00+02:00", ("2029-04-27", "2029-04-27"), "IT", "it", LIBEROBLOG),
    ("Il secondo colloquio sarà a settembre, dopo la pausa estiva.",
     "2029-07-10T10:00:00+02:00", None, "IT", "it", LACUCCIA),
    ("Lo stage prevede soltanto un rimborso spese mensile.",
     "2029-07-10T10:10:00+02:00", None, "IT", "it", LEXPENSATORE),
    ("Ci risentiamo dopo il ponte del 25 aprile: ti scriviamo lunedì 30.",
     "2029-04-19T17:00:00+02:00", ("2029-04-30", "2029-04-30"), "IT", "it", XLTHLX),
    # Ten "giorni lavorativi" over All Saints (Thu 1 November).
    ("Entro dieci giorni lavorativi dal colloquio di oggi riceverà l'esito via e-mail.",
     "2029-10-30T11:00:00+01:00", ("2029-11-14", "2029-11-14"), "IT", "it", PARTICOLARE),
    # ------------------------------------------------------------------ Dutch
    ("Binnen twee weken na het eerste gesprek hoor je of je door bent naar de tweede ronde.",
     "2029-04-18T14:00:00+02:00", ("2029-05-02", "2029-05-02"), "NL", "nl", VLISSINGEN),
    ("Je hoeft geen motivatiebrief te sturen; een korte videoboodschap is genoeg.",
     "2029-02-06T10:00:00+01:00", None, "NL", "nl", GELDERLANDER),
    ("Wie vroeg solliciteert, maakt de meeste kans op een populaire stageplek.",
     "2029-02-06T10:10:00+01:00", None, "NL", "nl", EDNL),
    # Ascension is Thursday 10 May; Tuesday 15 May is named.
    ("We laten je na Hemelvaart weten hoe het verder gaat, uiterlijk dinsdag 15 mei.",
     "2029-05-07T16:00:00+02:00", ("2029-05-15", "2029-05-15"), "NL", "nl", BAANUP),
    # ISO week 24: Monday 11 to Friday 15 June.
    ("Je krijgt in week 24 bericht over je stageplek.",
     "2029-05-28T12:00:00+02:00", ("2029-06-11", "2029-06-15"), "NL", "nl", PUNTAVANS),
    # ------------------------------------------------------------------ Japanese
    # A week is Constitution Day (Thu 3 May) in Golden Week; the next working day is Monday 7.
    ("面接の結果は、1週間以内にメールでご連絡いたします。",
     "2029-04-26T15:00:00+09:00", ("2029-05-03", "2029-05-07"), "JP", "ja", WEXPATS),
    ("結果は後日、選考が終わり次第お知らせします。",
     "2029-04-26T15:10:00+09:00", None, "JP", "ja", HUGAN),
    # The candidate's own reply.
    ("面接日程につきましては、24時間以内にご返信ください。",
     "2029-06-11T10:00:00+09:00", None, "JP", "ja", HOPJOB),
    # Three 営業日 over the substitute holiday (Mon 24 September).
    ("3営業日以内に、採用担当より合否のお電話を差し上げます。",
     "2029-09-20T17:00:00+09:00", ("2029-09-26", "2029-09-26"), "JP", "ja", HUGAN),
    ("お盆休み明けの8月20日(月)までにご連絡します。",
     "2029-08-08T11:00:00+09:00", ("2029-08-20", "2029-08-20"), "JP", "ja", WEXPATS),
    # ------------------------------------------------------------------ Korean
    # Tomorrow is Constitution Day (Tue 17 July, a holiday): also the next working day.
    ("내일 오후쯤 점장님이 직접 전화로 결과 알려 주실 거예요.",
     "2029-07-16T18:00:00+09:00", ("2029-07-17", "2029-07-18"), "KR", "ko", ALBAKR),
    # Next week: Monday 12 to Friday 16 March.
    ("교육 일정은 다음 주에 다시 연락드려서 잡을게요.",
     "2029-03-08T15:00:00+09:00", ("2029-03-12", "2029-03-16"), "KR", "ko", SANTATELL),
    ("면접 오실 때 사진 붙인 이력서 한 부 챙겨 주세요.",
     "2029-03-08T15:10:00+09:00", None, "KR", "ko", SKYWITHME),
    # Conditional on other candidates, no day.
    ("다른 분들 면접이 끝나고 자리가 나면 그때 연락드릴게요.",
     "2029-01-22T17:00:00+09:00", None, "KR", "ko", TODAYHUMOR),
    # Seollal is Monday 12 to Wednesday 14 February; the day after is Thursday 15.
    ("면접 결과는 설 연휴가 지나고 바로 다음 날 알려 드려요.",
     "2029-02-07T14:00:00+09:00", ("2029-02-15", "2029-02-15"), "KR", "ko", AROOO),
    # ------------------------------------------------------------------ Chinese
    # Taiwan: "最晚7月3日前" as "before <date>": Monday 2 and Tuesday 3 July.
    ("我們還有幾位應徵者要面試,最晚7月3日(週二)前會通知您是否錄取。",
     "2029-06-22T16:00:00+08:00", ("2029-07-02", "2029-07-03"), "TW", "zh", SOLILOQUY),
    ("每家公司的招募流程都不太一樣,請耐心等候。",
     "2029-06-22T16:10:00+08:00", None, "TW", "zh", BUSINESSWEEKLYTW),
    # The Mid-Autumn holiday (observed Fri 21, Sat 22 September): the first working day after
    # it is Monday 24.
    ("中秋連假結束後的第一個上班日,我們會通知您面試結果。",
     "2029-09-14T11:00:00+08:00", ("2029-09-24", "2029-09-24"), "TW", "zh", BG3TW),
    # Hong Kong (Cantonese): three working days over the day after Mid-Autumn (Mon 24
    # September).
    ("三個工作天之內HR會打畀你講結果。",
     "2029-09-21T15:00:00+08:00", ("2029-09-27", "2029-09-27"), "HK", "zh", HKOFFICEDAILY),
    # An invitation to an interview, not a decision.
    ("公司急住請人,想請你下個禮拜一上嚟面試。",
     "2029-12-31T23:40:00+08:00", None, "HK", "zh", JOBMARKETHK),
    # ------------------------------------------------------------------ Polish
    # Counted from the hiring of the chosen candidate, a day the text does not give.
    ("Informacja o wyniku naboru zostanie opublikowana w ciągu 14 dni od zatrudnienia wybranego "
     "kandydata.",
     "2029-03-14T10:00:00+01:00", None, "PL", "pl", DOCZZPL),
    ("Odezwiemy się po majówce, najpóźniej w poniedziałek 7 maja.",
     "2029-04-26T15:00:00+02:00", ("2029-05-07", "2029-05-07"), "PL", "pl", ATERIMA),
    ("Rekrutacja trwa u nas zwykle około miesiąca.",
     "2029-04-26T15:10:00+02:00", None, "PL", "pl", GPDSGH),
    # Three working days over Corpus Christi (Thu 31 May).
    ("Decyzję przekażemy w ciągu trzech dni roboczych.",
     "2029-05-30T12:00:00+02:00", ("2029-06-05", "2029-06-05"), "PL", "pl", CECHDT),
    # ------------------------------------------------------------------ Swedish
    ("Besked om sommarjobben mejlas ut till alla sökande senast den 15 maj.",
     "2029-03-28T10:00:00+02:00", ("2029-05-15", "2029-05-15"), "SE", "sv", SUNDBYBERG),
    # 10 June is a Sunday: also Monday 11 June.
    ("Vi meddelar alla sökande senast den 10 juni om de har fått en sommarplats.",
     "2029-05-14T09:00:00+02:00", ("2029-06-10", "2029-06-11"), "SE", "sv", HALMSTAD),
    ("Hör du inte av oss betyder det tyvärr att platserna redan är fördelade.",
     "2029-05-14T09:10:00+02:00", None, "SE", "sv", SUNDSVALL),
    ("Den första arbetsperioden omfattar veckorna 26 till 28.",
     "2029-02-16T10:00:00+01:00", None, "SE", "sv", UPPLANDSBRO),
    # Ascension is Thursday 10 May; "the Monday" after it is the 14th.
    ("Vi hör av oss efter Kristi himmelfärd, på måndagen.",
     "2029-05-04T14:00:00+02:00", ("2029-05-14", "2029-05-14"), "SE", "sv", BJUV),
    # ------------------------------------------------------------------ Danish
    # "Fredag i uge 11": Friday 16 March.
    ("Samtalerne holdes i uge 10, og vi giver besked senest fredag i uge 11.",
     "2029-02-21T13:00:00+01:00", ("2029-03-16", "2029-03-16"), "DK", "da", UFMDK),
    ("Stillingen slås op offentligt, medmindre der er tale om et vikariat på under et år.",
     "2029-02-21T13:10:00+01:00", None, "DK", "da", SDUNET),
    # Easter Monday is 2 April; Wednesday 4 April is named.
    ("Du får svar efter påske, senest onsdag den 4. april.",
     "2029-03-23T11:00:00+01:00", ("2029-04-04", "2029-04-04"), "DK", "da", STUDERENDEAU),
    ("Vi ringer, hvis du går videre til anden samtalerunde.",
     "2029-03-23T11:10:00+01:00", None, "DK", "da", NORDJYSKE),
    # ------------------------------------------------------------------ Norwegian
    # 17 May is Constitution Day (Thursday): also Friday 18 May.
    ("Har du fått sommerjobb hos oss, sender vi deg brev senest 17. mai.",
     "2029-04-24T10:00:00+02:00", ("2029-05-17", "2029-05-18"), "NO", "no", ALTA),
    ("Attester og vitnemål trenger vi først hvis du blir kalt inn til intervju.",
     "2029-04-24T10:10:00+02:00", None, "NO", "no", EIDSBERG),
    # ISO week 22: Monday 28 May to Friday 1 June.
    ("Vi går gjennom søknadene etter 17. mai og gir svar i løpet av uke 22.",
     "2029-05-09T12:00:00+02:00", ("2029-05-28", "2029-06-01"), "NO", "no", STJORDALSNYTT),
    ("Søk innen 12. mai.",
     "2029-05-09T12:10:00+02:00", None, "NO", "no", FLEKKEFJORD),
    # Five "virkedager" over Easter (29 March to 2 April); counted Monday to Friday.
    ("Vi kontakter deg innen fem virkedager etter intervjuet.",
     "2029-03-27T14:00:00+02:00", ("2029-04-06", "2029-04-06"), "NO", "no", BTNO),
    # ------------------------------------------------------------------ Finnish
    # Vappu (Tue 1 May) is a public holiday: also Wednesday 2 May.
    ("Kaikille hakijoille ilmoitetaan valinnoista viimeistään vappuna.",
     "2029-04-11T10:00:00+03:00", ("2029-05-01", "2029-05-02"), "FI", "fi", LANSISAVO),
    ("Soitamme sinulle kahden viikon sisällä haastattelusta.",
     "2029-06-13T14:00:00+03:00", ("2029-06-27", "2029-06-27"), "FI", "fi", LANSISAVO),
    ("Kesätyöpaikkoja haetaan yleensä jo tammikuussa.",
     "2029-01-09T09:00:00+02:00", None, "FI", "fi", NOKIANUUTISET),
    ("Muista ottaa todistuksistasi kopiot mukaan haastatteluun.",
     "2029-01-09T09:10:00+02:00", None, "FI", "fi", ESEDU),
    # ------------------------------------------------------------------ Czech
    ("Na domácí úkol vám nedáváme žádný pevný termín.",
     "2029-02-13T10:00:00+01:00", None, "CZ", "cs", JUNIORGURU),
    # "Pondělí po Velikonocích" is Easter Monday (2 April), a public holiday: also Tuesday 3.
    ("Pohovory se protáhly; výsledky vám pošleme v pondělí po Velikonocích.",
     "2029-03-28T18:00:00+02:00", ("2029-04-02", "2029-04-03"), "CZ", "cs", LIDOVKY),
    # The end of the week is Friday 6 July, Jan Hus Day (a holiday, as is Thursday 5): also
    # Monday 9 July.
    ("Ozveme se vám do konce týdne.",
     "2029-07-04T13:00:00+02:00", ("2029-07-06", "2029-07-09"), "CZ", "cs", PRAZSKYDENIK),
    ("Na brigády bereme hlavně lidi na doporučení.",
     "2029-07-04T13:10:00+02:00", None, "CZ", "cs", PRAZSKYDENIK),
    # Ten working days (Statehood Day falls on Sunday 28 October).
    ("Do deseti pracovních dnů vám dáme vědět, jak výběrové řízení dopadlo.",
     "2029-10-22T09:00:00+02:00", ("2029-11-05", "2029-11-05"), "CZ", "cs", LLPCZ),
    # ------------------------------------------------------------------ Greek
    # Orthodox Easter is 8 April in 2029; Thursday 12 April is named.
    ("Οι πίνακες κατάταξης θα αναρτηθούν στο δημαρχείο μετά το Πάσχα, την Πέμπτη 12 Απριλίου.",
     "2029-04-02T10:00:00+03:00", ("2029-04-12", "2029-04-12"), "GR", "el", NAOUSSA),
    # The candidates' own objection window.
    ("Οι ενστάσεις υποβάλλονται μέσα σε δέκα ημέρες από την ανάρτηση των πινάκων.",
     "2029-04-02T10:10:00+03:00", None, "GR", "el", EBDOMI),
    # Three working days over Whit Monday (28 May), which many private employers work: both
    # readings.
    ("Θα έχετε την απάντησή μας μέσα σε τρεις εργάσιμες.",
     "2029-05-25T12:00:00+03:00", ("2029-05-30", "2029-05-31"), "GR", "el", JENNYGR),
    ("Η διαδικασία περιλαμβάνει δύο συνεντεύξεις και ένα τεστ.",
     "2029-05-25T12:10:00+03:00", None, "GR", "el", DNEWS),
    # ------------------------------------------------------------------ Turkish
    # Ramazan Bayramı is 14 to 16 February; Monday 19 February is named.
    ("Ramazan Bayramı tatilinden sonra, 19 Şubat Pazartesi günü size dönüş yapacağız.",
     "2029-02-08T16:00:00+03:00", ("2029-02-19", "2029-02-19"), "TR", "tr", BATMANCAGDAS),
    ("Belge yüklemenin ardından mülakat davetinin gelmesi bir buçuk ayı bulabiliyor.",
     "2029-02-08T16:10:00+03:00", None, "TR", "tr", HAVAPERSONEL),
    # Conditional on an opening, no day.
    ("CV'ni bırak, uygun bir pozisyon açılırsa seni ararız.",
     "2029-06-06T15:00:00+03:00", None, "TR", "tr", MYNET),
    # Two working days over Republic Day (Mon 29 October).
    ("İki iş günü içinde İK'dan size e-posta gelecek.",
     "2029-10-26T11:00:00+03:00", ("2029-10-31", "2029-10-31"), "TR", "tr", CAPITELLA),
    ("Görüşmede kendinizi İngilizce tanıtmanız beklenecek.",
     "2029-10-26T11:10:00+03:00", None, "TR", "tr", FFORKLIFT),
    # ------------------------------------------------------------------ Romanian
    ("Vă anunțăm pe e-mail, luni 21 mai, dacă ați fost selectat pentru etapa a doua.",
     "2029-05-02T10:00:00+03:00", ("2029-05-21", "2029-05-21"), "RO", "ro", CVLPRESS),
    ("Interviurile online au loc până la jumătatea lui iunie; lista finală a internilor apare pe "
     "site luni, 25 iunie.",
     "2029-04-12T10:00:00+03:00", ("2029-06-25", "2029-06-25"), "RO", "ro", CUGETLIBER),
    ("Stagiul durează două luni și începe în a doua jumătate a lui iulie.",
     "2029-04-12T10:10:00+03:00", None, "RO", "ro", TELEGRAF),
    # Three working days over Whit Monday (28 May).
    ("Vă comunicăm rezultatul interviului în termen de trei zile lucrătoare.",
     "2029-05-25T14:00:00+03:00", ("2029-05-31", "2029-05-31"), "RO", "ro", ZIARECOM),
    ("Stagiarii selectați își încep activitatea în aprilie.",
     "2029-02-20T10:00:00+02:00", None, "RO", "ro", DCNEWS),
    # ------------------------------------------------------------------ Hungarian
    ("A nyári diákmunkára június 18-tól lehet jelentkezni a polgármesteri hivatalban.",
     "2029-06-18T10:00:00+02:00", None, "HU", "hu", TEOL),
    # "A pünkösd utáni héten": Whit Monday (21 May) is a holiday, so Tuesday 22 to Friday 25.
    ("A jelentkezőket a pünkösd utáni héten értesítjük.",
     "2029-05-09T11:00:00+02:00", ("2029-05-22", "2029-05-25"), "HU", "hu", FEOL),
    ("Az interjú eredményéről legkésőbb november 5-ig, hétfőig értesítjük.",
     "2029-10-24T10:00:00+02:00", ("2029-11-05", "2029-11-05"), "HU", "hu", DELMAGYAR),
    ("Ha nem Önt választjuk, arról is küldünk visszajelzést.",
     "2029-10-24T10:10:00+02:00", None, "HU", "hu", AMDALA),
    ("Öt munkanapon belül visszajelzünk.",
     "2029-09-10T14:00:00+02:00", ("2029-09-17", "2029-09-17"), "HU", "hu", BOON),
]
