"""Blind batch 14 of the real-material timeline corpus (issue #15, round 14).

Built and labelled by hand on 2026-12-07 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` and the ``holidays`` package, to check weekdays, ISO weeks and
public holidays (regional ones included). Each text paraphrases wording or a process documented
on the public page cited in its source (found with the project's search tool, pages corpus; no
page or host cited by an earlier data file: every host was grepped in ``tests/data/*.py``; a few
share a parent domain with an earlier host: ox.ac.uk, fu-berlin.de, uaic.ro, and the blogspot and
wordpress platforms); names, companies, dates and office closures are invented, the wording is
not copied.

174 texts: English 74, Spanish 9, German 9, Portuguese 9, Japanese 6, French 5, Italian 5,
Polish 5, Korean 5, Swedish 5, Norwegian 5, Finnish 5, Dutch 4, Chinese 4, Danish 4, Czech 4,
Greek 4, Romanian 4, Turkish 4, Hungarian 4 (20 languages); 77 promise nothing (33 of the
English ones). 100 sources on 100 hosts (US school districts and teacher-hiring advice, city fire
departments and civil-service commissions, a firefighters' forum, orchestra auditions and trials,
UK training-contract and vacation-scheme guides and a law students' forum, university HR and PhD
studentship pages, engineering graduate schemes, the Irish health service and a Dublin hospital,
Ontario and Alberta school boards and teachers' blogs, Australian public-service graduate
programmes, New Zealand district and city councils, Indian campus-placement blogs, Singapore
public-service and university scholarships, South African bursaries, Spanish municipal job pools
and ski-season hiring in Spain and Argentina, German bank apprenticeships and graduate schools,
firefighter competitions in Mayotte and Seine-Maritime, Japanese new-graduate final interviews,
Portuguese doctoral and internship calendars, Brazilian apprentice programmes, Italian, Polish,
Dutch, Korean, Romanian, Turkish and Hungarian internships, Chinese management trainees,
Scandinavian and Finnish municipal summer jobs, Danish teacher hiring, Czech hospital summer work,
Greek seasonal and postgraduate selections) in 30 countries: US 22, GB 11 (England), DE 9 (Hesse,
Baden-Württemberg, Bavaria, Berlin), CA 7 (Ontario, Alberta), AU 7 (Australian Capital
Territory), ES 7 (Castile and León, Valencian Community, Aragon, Catalonia),
IE 6, NZ 6, JP 6, RO 6 (two in Hungarian), IN 5, SG 5, ZA 5, FR 5 (Mayotte, Normandy), BR 5,
IT 5, PL 5, KR 5, SE 5, NO 5, FI 5, PT 4, NL 4, CN 4, DK 4, CZ 4, GR 4, TR 4, AR 2, HU 2. New to the
timeline corpus: settings rather than countries (school districts and school boards, fire
departments, orchestra trials, training contracts, PhD studentships and graduate schools,
council jobs, campus placements, scholarships and bursaries, ski seasons, municipal summer jobs,
internships), and year ends and closures in the US (New Year's Day observed on 31 December),
Ireland, New Zealand and South Africa.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b13.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; a span's
upper end; chains add up; business days skip weekends and the country's public holidays, both
readings accepted where a holiday is regional or one most employers work; "Werktage" / "días
hábiles" / "giorni lavorativi" / "営業日" / "영업일" skip Saturdays; "next week" Monday to Friday;
"early next week" Monday to Wednesday; "by the end of the (next) week" its Friday; "by end of
month" its last day, also the next working day when it is a weekend day; "KW n" / "uge n" ISO
week n, "Ende KW n" its Friday; "after <holiday>" the day the text names or the rest of the week
after it; "sous huitaine" 7 and 8 days; "before <date>" the day before and the day; a
calendar-day deadline or a named day on a public holiday or a weekend also accepts the next
working day; a conditional promise of a named day or span is a promise; a promise counted from an
event whose date the text does not give promises no day; vague wording, usual lengths, aims,
hopes, expectations ("should"), the candidate's own deadlines and check-ins, logistics, lower
bounds, validity periods and things promised to others promise nothing). Conventions decided
here, where the earlier rounds are silent, are commented on their case; the general ones:
- "a few days afterwards" names no day (as b13's "within a few weeks"); "our aim is to ..." is no
  promise (as b13's "tavoitteena on");
- a request not to ask before a date ("Von Nachfragen vor dem 5. Oktober bitten wir abzusehen")
  promises nothing;
- "the first week we're back" after a closure: its Friday, and the Friday of the first full week;
  "the week we reopen" with a Monday reopening: that week's Friday;
- "vecka n" (Swedish): ISO week n, Monday to Friday, as "uge n"; "inden fredag" (Danish) as
  "before <date>";
- "i slutten av mai", "huhtikuun lopussa", "Mitte bis Ende April": the month's last day;
- working days in Ireland across a weekend Christmas: both with and without 27 and 28 December
  (the days most employers close in lieu); Korean business days across the Labour Day
  substitute (3 May): both readings;
- "after Thanksgiving, early that week" (Canada, Monday holiday): Tuesday to Wednesday.

Scored once, at the end of round 14, for docs/detection.md and the README; tuning data since round 15.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages: US school districts, fire departments, an orchestra
GENEVACSD = "https://www.genevacsd.org/Page/2825"
RSDMO = "https://www.rsdmo.org/departments/human-resources/apply-for-a-job/teachers"
SHENET = ("https://www.shenet.org/why-do-the-elementary-schools-not-follow-the-same-policy-as-the-"
          "middle-schools-regarding-notifying-someone-of-their-interview-status-the-middle-"
          "schools-notify-candidates-either-way-whether-they-have/")
EDUWORLD = "https://www.educationworld.com/blog/tips-educators-waiting-hiring-decision"
HOWSKILL = "https://howskill.com/how-long-after-a-teaching-interview-will-they-call"
COSTAMESA = ("https://www.costamesaca.gov/city-hall/city-departments/fire-rescue/recruitment-"
             "information/selection-process/interview-evaluation-eligibility-list")
PUEBLO = "http://pueblo.us/288/Selection-Process"
SLCFIRE = "https://fire.slc.gov/what-are-my-chances-of-getting-hired/"
FFJOBS = "https://www.firefighterjobs.io/community/threads/firefighter-oral-board-interview.201/"
NOBLEVIOLA = "https://nobleviola.com/wordpress/tag/myauditionscom/page/3"
# English-language pages: UK law firms, universities, engineering graduate schemes, orchestras
TCLA = "https://www.thecorporatelawacademy.com/forum/posts/220615"
ALLABOUTLAW = ("https://www.allaboutlaw.co.uk/law-careers/training-contract/how-long-does-it-take-"
               "a-law-firm-to-make-an-offer")
LAWCAREERS = ("https://www.lawcareers.net/Explore/LCNSays/LawCareersNets-10-tips-for-training-"
              "contract-interviews")
NDCN = ("https://www.ndcn.ox.ac.uk/about/professional-services/people/recruitment/"
        "interviewing")
UCLSTAR = "http://www.ucl.ac.uk/star/phd/interviewsandoffers/"
SNCLAVALIN = "http://www.snclavalin-railandtransit.com/en-int/graduates/recruitment-process"
WSP = "https://www.wsp.com/en-gb/insights/about-our-assessment-centres-and-interview"
CELLIST = "https://www.fromacellistsperspective.com/post/from-audition-to-job-part-2-the-trial"
# English-language pages: Ireland, Canada, Australia, New Zealand
HSE = "https://www.hse.ie/eng/staff/jobs/recruitment-process/screening-process.html"
MATER = "http://www.mater.ie/careers/selection-process/"
OCTPS = ("https://professionallyspeaking.oct.ca/march_2011/features/occasional/"
         "process_at_peel.aspx")
ETFOWROTL = "https://etfowrotl.com/2016/10/13/interview-offer-process-telephone-or-e-mail/"
URBANMOMS = "https://urbanmoms.ca/?p=387"
TVOTBLOG = "http://tvotblog.blogspot.com/2011/06/hiring-process.html"
AHPDF = "http://www.ahpdf.ca/en/faq/applicationprocess"
PMC = "https://pmc.gov.au/node/5185"
ENVIRONMENT = "http://environment.gov.au/topics/about-us/employment/graduate-program/recruitment"
COMMS = "https://www.communications.gov.au/who-we-are/careers/graduate-program/apply-now"
WAITAKI = "https://waitaki.govt.nz/Council/Work-with-us/Information-for-Job-Applicants"
KAPITI = ("https://kapiticoast.govt.nz/council/job-vacancies/working-at-kapiti-coast-district-"
          "council/recruitment-and-selection-process")
TAURANGA = "https://jobs.tauranga.govt.nz/tcc/content/Interviews/?locale=en_GB"
# English-language pages: India, Singapore, South Africa
KSTREET = "https://kstreetjournal.wordpress.com/2011/08/12/the-d-day-my-placement-experience/"
HAWKEYE = "http://hawkeyeview.blogspot.com/2005/07/campus-interviewing.html"
SHAHSUBODH = "http://shahsubodh.blogspot.com/2009/04/finally-getting-placed.html"
PSCSG = "https://www.psc.gov.sg/resources/interview-preparation-guide"
NUSSCHOL = "https://wanttostudyabroad.blogspot.com/2019/01/if-you-are-shortlisted-for-interview.html"
DISCOVERSG = ("https://www.discoveringpotential.com.sg/post/scholarship-interviews-seeking-the-"
              "best-of-the-best")
MGCOZA = "https://mg.co.za/article/2010-10-29-prepare-for-the-bursary-interview/"
QUANTIFY = ("https://quantifyyourfuture.co.za/employer-application-selection-and-assessment-"
            "processes-what-to-expect/")
# Spanish-language pages (municipal job pools, ski seasons in Spain and Argentina)
SALAMANCA = ("https://salamancartvaldia.es/not/243456/presentadas-198-solicitudes-para-participar-"
             "oposicion-para-ser/")
MEDITERRANEO = ("https://www.elperiodicomediterraneo.com/noticias/comarcas/almassora-culmina-"
                "seleccion-conserjes-avanzar-contratos_1239952.html")
HERALDO = ("https://www.heraldo.es/noticias/aragon/huesca/2020/01/19/el-gran-inicio-de-la-"
           "campana-de-esqui-deja-un-60-mas-de-contratos-a-pie-de-pistas-1354121.html")
ELPERIODICO = "https://www.elperiodico.com/es/apuntodenieve/20200220/trabajar-estacion-esqui-7855039"
HOYES = "https://www.hoy.es/sociedad/ofertas-empleo-dejan-20221127121329-ntrc.html"
MDZOL = ("https://www.mdzol.com/sociedad/2023/5/30/pasion-por-la-montana-la-nieve-el-motor-que-"
         "impulsa-trabajar-en-los-centros-de-esqui-341141.html")
# German-language pages (bank apprenticeships, graduate schools)
AGVBANKEN = ("http://agvbanken.de/AGVBanken/Berufsbildung/Ausbildung/BewerbungEinstellung.asp?"
             "highmain=5&highsub=1&highsubsub=4")
SPARKASSEPFCW = "https://blog.sparkasse-pfcw.de/blog/2011/02/14/bewerberauswahlverfahren/"
GSOSES = "http://www.gs-oses.de/reader-faq/items/wie-werden-die-bewerberinnen-ausgesucht.html"
GEASFU = "http://www.geas.fu-berlin.de/de/application/Admission/Evaluation/index.html"
MGCTUM = "https://mgc.mh.tum.de/es/node/2883"
# French-language pages (firefighters in Mayotte and Seine-Maritime)
JOURNALMAYOTTE = ("https://lejournaldemayotte.yt/2023/11/22/concours-de-sapeur-pompier-"
                  "professionnel-2023-top-depart-des-epreuves-de-pre-admission/")
MAYOTTEHEBDO = ("https://mayottehebdo.com/actualite/societe/chez-les-pompiers-cest-lheure-des-"
                "ecrits-pour-passer-caporal")
TENDANCEOUEST = ("https://www.tendanceouest.com/actualite-423747-secours-le-concours-de-caporal-"
                 "des-pompiers-lance-en-seine-maritime")
# Japanese-language pages (new graduates' final interviews)
THEPORT = "https://www.theport.jp/portcareer/qa/5481"
CAREETIVE = "https://careetive.com/article-1154/"
# Portuguese-language pages (Portugal: doctorates, internships; Brazil: apprentices)
UCPBRAGA = "https://ffcs.braga.ucp.pt/pt-pt/doutoramentos/aplicacoes"
EUVG = "https://euvg.pt/candidaturas/erasmus/fases-de-candidatura-2"
AULP = "https://mobilidade-aulp.org/candidaturas/prazos"
SUZANO = ("https://www.diariodesuzano.com.br/cidades/processo-de-recrutamento-para-vagas-de-"
          "jovem-aprendiz-reune-360/90558/")
AGSERTAO = ("https://agenciasertao.com/2016/02/12/correios-abrem-4-mil-vagas-para-jovem-aprendiz-em-"
            "todo-o-pais/amp")
IBE = "https://www.ibe.edu.br/especialista-da-dicas-para-ingressar-nos-programas-de-jovem-aprendiz/"
# Italian-language pages (internships)
REPSTAGISTI = "https://repubblicadeglistagisti.it/forum/thread/19869"
STAGE4EU = "https://stage4eu.it/focus/3699-il-colloquio-di-selezione-gioca-al-meglio-le-tue-carte"
POLITO = "https://didattica.polito.it/master/additive_manufacturing/2016/selection_process"
# Polish and Dutch pages (internships and placements)
SGGW = "http://projektregionalny.sggw.pl/harmonogram-rekrutacji/"
MAZOVIA = ("https://praktyki.mazovia.pl/pl/zasady-rekrutacji/proces-rekrutacji-krok-po-"
           "kroku.html")
STAGEETALAGE = ("https://www.stageetalage.nl/veel-gestelde-vragen/wat-gebeurt-er-nadat-ik-mijn-"
                "voorkeur-voor-een-stageplaats-heb-kenbaar-gemaakt/")
GOOISE = "https://gooisepraktijkschool.nl/nieuws/stageassessment/"
# Korean and Chinese pages (internships, management trainees)
JOONGDO = "https://joongdo.co.kr/web/view.php?key=20160704000026044"
KBMAEIL = "https://www.kbmaeil.com/article/201703200187609"
YCSDJ = "https://ycsdj.com/20744-415843546.shtml?id=634325.aspx"
# Swedish, Danish, Norwegian and Finnish pages (municipal summer jobs, teacher hiring)
SODERTALJE = ("https://www.sodertalje.se/omsorg-och-socialt-stod/arbete-och-forsorjning/"
              "feriepraktik/fragor-och-svar-sokande/")
HELSINGBORG = "https://helsingborg.se/arbete/for-dig-som-ung/sommarjobb-for-unga-2/?translate=true"
SKOVDE = "https://www.skovde.se/naringsliv-och-arbete/Jobba-hos-oss/sommarpraktik-2021/"
PAPPERS = "https://www.papperstidningen.se/2018/03/dags-att-soka-kommunens-sommarjobb/"
SVRADIO = "https://sverigesradio.se/sida/artikel.aspx?programid=96&artikel=808903"
FOLKESKOLEN = ("https://blog.folkeskolen.dk/blog-jan-frejlev-taenker-hojt-ledelse/den-svaere-"
               "jobsamtale/256962")
LAAVIS = ("https://www.l-a.no/nyheter/i/k6romv/over-140-ungdommer-har-soekt-paa-sommerjobb-i-"
          "kommunen")
SARPSBORG = "https://www.sarpsborg.com/aktuelt/mange-ungdommer-onsker-sommerjobb"
IHARSTAD = ("https://www.iharstad.no/bemanningsmangel-i-harstad-men-mange-som-soker-jobb-har-"
            "ventet-i-manedsvis-pa-svar/s/5-126-160453")
NRK = ("https://www.nrk.no/norge/koronaledighet-skaper-press-pa-sommerjobbene-_-sina-vant-"
       "kampen-mot-800-andre-1.15475506")
RIIHIMAKI = ("https://www.riihimaki.fi/en/tyoskentele-ja-yrita/tyollisyyspalvelut/tyonhakijan-"
             "palvelut/kesatyot/")
KALEVA = ("https://www.kaleva.fi/uutiset/oulu/kesatyohaku-on-monessa-paikassa-loppunut-mutta-"
          "ainakin-oulun-kaupunki-etsii-viela-tyontekijoita/816364/")
YLE = "https://yle.fi/uutiset/3-11837994?origin=rss"
JOBSCOLLECTOR = "https://jobscollector.com/Home/FindJobDetail/1214021"
# Czech, Greek, Romanian, Turkish and Hungarian pages
DENIKMS = ("https://moravskoslezsky.denik.cz/zpravy_region/mestska-nemocnice-ostrava-nabizi-"
           "brigady-studentum-20180613.html")
HOSPITALIN = ("https://www.hospitalin.cz/zpravodajstvi/mezi-finalisty-nej-sestricka-2021-je-i-"
              "jedna-z-fn-brno-4756.html")
UPATRAS = "https://www.matersci.upatras.gr/el/news-events"
VIMATHESS = ("https://www.vimathess-news.gr/%CE%B4%CE%B7%CE%BC-%CE%B2%CE%BF%CE%BB%CE%B2%CE%B7%CF"
             "%83-%CF%80%CF%81%CE%BF%CF%83%CE%BB%CE%AE%CF%88%CE%B5%CE%B9%CF%82-%CF%83%CF%84%CE%B7"
             "%CE%BD-%CE%B4%CE%B5%CF%85%CE%B1-%CE%B2%CF%8C%CE%BB%CE%B2%CE%B7/")
EDIMOSIO = "https://e-dimosio.gr/?p=49923"
UNDELUCRAM = ("https://undelucram.ro/en/cumlucram/programul-de-internship-al-guvernului-deschis-"
              "pentru-inscrieri-1032")
PHON = ("https://www.phon.ro/au-inceput-inscrierile-pentru-etapa-a-ii-a-a-programului-oficial-"
        "de-internship-al-guvernului/")
UAIC = "https://events.info.uaic.ro/stagii-de-practica/EditiiAnterioare/2021/en/stages.php"
AHABER = ("https://ahaber.com.tr/viral/liste/ulusal-staj-programi-sonuclari-aciklandi-mi-2025-"
          "usp-basvuru-sonuclari-nereden-nasil-ogrenilir-6109688")
DEVLETARSIV = ("http://www.devletarsivleri.gov.tr/Sayfalar/Sayfa/1038/306D8B3DDCD08F31376A9DC1D79"
               "92C0A2698C862AF5115C25B2070B743DDD252")
TECHNOPAT = ("https://www.technopat.net/sosyal/konu/ulusal-staj-programi-hakkinda-"
             "bilgilendirme.2320595/?amp=1")
WANHABER = "https://www.wanhaber.com/ulusal-staj-programina-bugune-kadar-252-bin-genc-basvurdu"
SZEK3 = "https://www.3szek.ro/load/cikk/142884/kevesebb-gyakornokot-fogadnanak"
ELTETATK = "http://tatk.elte.hu/palyazatok/gyakorlat?id=NW-2100"
KORMANY = ("https://2015-2019.kormany.hu/hu/miniszterelnokseg/hirek/masodszor-indul-el-a-"
           "teruleti-kozigazgatasi-osztondijprogram")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND14: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # United States: school districts
    ("Principal interviews finish on Friday, and HR will extend the offer to whoever she "
     "recommends by the following Wednesday.",
     "2027-06-09T16:00:00-04:00", ("2027-06-16", "2027-06-16"), "US", "en", GENEVACSD),
    # A letter promised with no day.
    ("Candidates we interview but don't select will get a regrets letter from the principal's "
     "office.",
     "2027-06-09T16:10:00-04:00", None, "US", "en", GENEVACSD),
    ("Your name goes to the Board of Education at its meeting on Thursday the 22nd, and HR will "
     "call you the morning after.",
     "2027-07-12T11:00:00-05:00", ("2027-07-23", "2027-07-23"), "US", "en", RSDMO),
    # A usual length.
    ("Board approval usually takes a couple of weeks after the principal recommends someone.",
     "2027-07-12T11:10:00-05:00", None, "US", "en", RSDMO),
    # Counted from an event whose date the text does not give.
    ("Because you may be considered for more than one opening, we'll contact you once the whole "
     "elementary process is complete.",
     "2027-03-03T15:00:00-05:00", None, "US", "en", SHENET),
    # Business days over Veterans Day (Thu 11 November), a holiday many employers work: both.
    ("The middle-school team notifies every candidate either way within five business days of "
     "the second round.",
     "2027-11-09T15:00:00-05:00", ("2027-11-16", "2027-11-17"), "US", "en", SHENET),
    # The candidate's own check-in.
    ("If you haven't heard in a week to ten days, feel free to check where we are in the "
     "process.",
     # relabelled in round 20: "if not heard by X, contact us" dates X
     "2027-08-11T13:00:00-04:00", ("2027-08-21", "2027-08-21"), "US", "en", EDUWORLD),
    ("Our first choice has until Friday to sign; either way, we'll let the rest of you know on "
     "Monday.",
     "2027-08-11T13:10:00-04:00", ("2027-08-16", "2027-08-16"), "US", "en", EDUWORLD),
    ("Every district is different, and ours needs several levels of sign-off, so I honestly "
     "can't say when.",
     "2027-04-26T16:00:00-04:00", None, "US", "en", HOWSKILL),
    # Thanksgiving: the Monday after (29 November), then that Wednesday.
    ("With the Thanksgiving break the committee won't meet until the Monday after; expect a call "
     "that Wednesday.",
     "2027-11-17T15:30:00-05:00", ("2027-12-01", "2027-12-01"), "US", "en", HOWSKILL),
    # After the long weekend (MLK Day, Mon 18 January).
    ("We interview finalists through Friday the 15th, and the principal will phone her pick on "
     "Tuesday, after the long weekend.",
     "2027-01-12T16:00:00-06:00", ("2027-01-19", "2027-01-19"), "US", "en", RSDMO),
    # United States: fire departments and a civil-service commission
    ("Panel results go out by email within two weeks of today's oral interview.",
     "2027-02-03T10:00:00-08:00", ("2027-02-17", "2027-02-17"), "US", "en", COSTAMESA),
    # A validity period.
    ("The eligibility list is good for one year and can be extended for one more.",
     "2027-02-03T10:10:00-08:00", None, "US", "en", COSTAMESA),
    # Business days over Independence Day (observed Mon 5 July), which a city closes for.
    ("You'll know whether you're invited to the Chief's interview within ten business days.",
     "2027-07-01T09:00:00-07:00", ("2027-07-16", "2027-07-16"), "US", "en", COSTAMESA),
    ("Top candidates on the eligible list are interviewed as vacancies open up.",
     "2027-12-20T10:00:00-07:00", None, "US", "en", PUEBLO),
    # A named day on New Year's Day (observed, Fri 31 December): also the next working day.
    ("The Civil Service Commission posts the written-exam scores on Friday, December 31.",
     "2027-12-20T10:10:00-07:00", ("2027-12-31", "2028-01-03"), "US", "en", PUEBLO),
    ("The hiring register stays active for a maximum of two years.",
     "2027-10-13T14:00:00-06:00", None, "US", "en", SLCFIRE),
    # The month's last day a Sunday: also the next working day.
    ("Final scores and your place on the register will be emailed by the end of the month.",
     "2027-10-13T14:10:00-06:00", ("2027-10-31", "2027-11-01"), "US", "en", SLCFIRE),
    ("Chief's interviews are this week; anyone who makes the cut gets a call by Thursday so they "
     "can give two weeks' notice before rookie school.",
     "2027-02-08T12:00:00-06:00", ("2027-02-11", "2027-02-11"), "US", "en", FFJOBS),
    # Logistics.
    ("Rookie school starts on March 1st, so plan your notice accordingly.",
     "2027-02-08T12:10:00-06:00", None, "US", "en", FFJOBS),
    # United States: an orchestra's trial weeks
    ("The committee will decide between the two finalists after their trial weeks; the second "
     "trial ends November 19 and we'll call you both the Monday after.",
     "2027-10-04T17:00:00-05:00", ("2027-11-22", "2027-11-22"), "US", "en", NOBLEVIOLA),
    ("Please don't post about the audition on the message boards while the trials are running.",
     "2027-10-04T17:10:00-05:00", None, "US", "en", NOBLEVIOLA),
    # United Kingdom: training contracts and vacation schemes
    ("The partners meet on Thursday to go through everyone from this week's assessment centres, "
     "and we'll ring you on Friday with the outcome.",
     "2027-01-26T15:00:00+00:00", ("2027-01-29", "2027-01-29"), "GB", "en", TCLA),
    ("We'll be in touch once all the assessment centres have run.",
     "2027-01-26T15:10:00+00:00", None, "GB", "en", TCLA),
    # Two weeks from the scheme's end (Fri 23 July).
    ("Offers from the summer vacation scheme are made within two weeks of the scheme ending on "
     "23 July.",
     "2027-07-05T10:00:00+01:00", ("2027-08-06", "2027-08-06"), "GB", "en", ALLABOUTLAW),
    ("Applications for next year's training contracts close at the end of July.",
     "2027-06-14T11:00:00+01:00", None, "GB", "en", LAWCAREERS),
    # United Kingdom: universities and PhD studentships
    ("The PI will give HR her decision this week, and HR will send the conditional offer by the "
     "end of next week.",
     "2027-05-25T14:00:00+01:00", ("2027-06-04", "2027-06-04"), "GB", "en", NDCN),
    # "A few days afterwards": no day (decided here, like b13's "within a few weeks").
    ("Interviews run on the 10th, 11th and 12th of March, and the first round of offers goes out "
     "a few days afterwards.",
     # relabelled in round 20: "a few days" (after a dated step) counts days 2-7
     "2027-02-22T12:00:00+00:00", ("2027-03-14", "2027-03-19"), "GB", "en", UCLSTAR),
    # The candidate's own deadlines.
    ("You don't have to accept before 31 March, but please decide within two weeks of any "
     "offer.",
     "2027-02-22T12:10:00+00:00", None, "GB", "en", UCLSTAR),
    # United Kingdom: engineering graduate schemes
    # An aim, as b13's "tavoitteena on": no promise.
    ("Our aim is to tell every candidate how their interview went within five working days.",
     "2027-12-07T16:00:00+00:00", None, "GB", "en", SNCLAVALIN),
    ("Civil graduates are interviewed in the third week of January, and you'll hear from the UK "
     "recruiter by 29 January either way.",
     "2027-01-05T09:00:00+00:00", ("2027-01-29", "2027-01-29"), "GB", "en", SNCLAVALIN),
    # "Before the 23rd": the day before and the day.
    ("Thanks for coming to Leeds today; the Early Careers team will email outcomes from this "
     "assessment centre before we break for Christmas on the 23rd.",
     "2027-12-08T16:30:00+00:00", ("2027-12-22", "2027-12-23"), "GB", "en", WSP),
    ("A trial can run anywhere from a few weeks to a few months, depending on when the "
     "triallists can come in.",
     "2027-09-20T18:00:00+01:00", None, "GB", "en", CELLIST),
    # Ireland: the HSE and a Dublin hospital
    # The October bank holiday is Monday 25 October.
    ("Results for this campaign will issue on the Tuesday after the October bank holiday.",
     "2027-10-13T12:00:00+01:00", ("2027-10-26", "2027-10-26"), "IE", "en", HSE),
    ("We'll give you at least a week's notice of any further interview.",
     "2027-10-13T12:10:00+01:00", None, "IE", "en", HSE),
    # Working days from Wed 15 December: 29 December, or 31 December for employers closed on
    # 27 and 28 December (Christmas and St Stephen's Day fall on the weekend).
    ("If you're placed on the panel, we'll email you within ten working days of the last "
     "interview day, which is 15 December.",
     "2027-12-06T11:00:00+00:00", ("2027-12-29", "2027-12-31"), "IE", "en", HSE),
    # Counted from an interview whose day in that week the text does not give.
    ("Interviews for the midwife posts are the week commencing 7 June, and results issue seven "
     "days after your interview.",
     "2027-05-20T10:00:00+01:00", None, "IE", "en", HSE),
    ("You'll be told in writing how the interview went.",
     "2027-03-08T15:00:00+00:00", None, "IE", "en", MATER),
    # St Patrick's Day is Wednesday 17 March.
    ("Garda vetting and references take a while, but we'll confirm the offer by the Friday after "
     "St Patrick's Day.",
     "2027-03-08T15:10:00+00:00", ("2027-03-19", "2027-03-19"), "IE", "en", MATER),
    # Canada (Ontario, Alberta)
    ("Principals finish the central interviews before the winter break, and the board will "
     "confirm who is added to the occasional list by December 17.",
     "2027-11-29T16:00:00-05:00", ("2027-12-17", "2027-12-17"), "CA", "en", OCTPS),
    # The candidate's own reply.
    ("Interview offers may come by email or phone; please reply within a reasonable time to "
     "accept or decline.",
     "2027-09-14T09:00:00-04:00", None, "CA", "en", ETFOWROTL),
    ("Being on the eligible-to-hire list doesn't mean you have a classroom yet.",
     "2027-04-14T16:00:00-06:00", None, "CA", "en", URBANMOMS),
    ("You'll get a letter about your eligibility a week after the interview.",
     "2027-04-14T16:10:00-06:00", ("2027-04-21", "2027-04-21"), "CA", "en", URBANMOMS),
    # When postings appear, not an answer to the candidate.
    ("Round 3 of the internal postings wraps up June 18, and external postings go up on Apply "
     "to Education the following Monday.",
     "2027-06-01T15:00:00-04:00", None, "CA", "en", TVOTBLOG),
    # The second Tuesday of May is the 11th.
    ("The review committee meets on the second Tuesday of May, and decisions are emailed the "
     "next day.",
     "2027-04-20T10:00:00-06:00", ("2027-05-12", "2027-05-12"), "CA", "en", AHPDF),
    # Thanksgiving is Monday 11 October; "early that week" Monday to Wednesday, less the holiday.
    ("We'll phone the successful LTO candidate after Thanksgiving, early that week.",
     "2027-10-07T16:00:00-04:00", ("2027-10-12", "2027-10-13"), "CA", "en", OCTPS),
    # Australia (the Australian Capital Territory)
    # The month's last day a Saturday: also the next working day.
    ("Offers for the graduate program will be made by the end of July.",
     "2027-06-16T10:00:00+10:00", ("2027-07-31", "2027-08-02"), "AU", "en", PMC),
    # An expectation ("should"), not a promise.
    ("Preliminary shortlisting should be completed by late April.",
     "2027-03-30T11:00:00+11:00", None, "AU", "en", ENVIRONMENT),
    ("Interviews are in Canberra on Thursday, and the panel chair will ring each candidate the "
     "following Monday.",
     "2027-07-13T09:00:00+10:00", ("2027-07-19", "2027-07-19"), "AU", "en", ENVIRONMENT),
    # Good Friday to Easter Monday (26-29 March): the Tuesday after Easter.
    ("Panel interviews wrap up on Thursday 25 March, and we'll ring successful candidates the "
     "Tuesday after Easter.",
     "2027-03-23T14:00:00+11:00", ("2027-03-30", "2027-03-30"), "AU", "en", ENVIRONMENT),
    ("Being unsuccessful for one role has no bearing on whether you're successful for another.",
     "2027-08-02T12:00:00+10:00", None, "AU", "en", COMMS),
    ("Departments may contact you right up until the end of the year.",
     "2027-08-02T12:10:00+10:00", None, "AU", "en", COMMS),
    ("We'll email you the outcome of the assessment centre within five business days.",
     "2027-06-09T15:00:00+10:00", ("2027-06-16", "2027-06-16"), "AU", "en", COMMS),
    # New Zealand: district and city councils
    ("Interviews are generally held within three weeks of applications closing.",
     "2027-09-27T10:00:00+13:00", None, "NZ", "en", WAITAKI),
    ("We'll check references this week and call you by Friday 15 October with our decision.",
     "2027-10-11T14:00:00+13:00", ("2027-10-15", "2027-10-15"), "NZ", "en", WAITAKI),
    # The council closes 24 December to 5 January: "the first week we're back" ends Friday 7
    # January, or Friday 14 January read as the first full week (decided here).
    ("We're closed from 24 December to 5 January, and you'll hear from us in the first week "
     "we're back.",
     "2027-12-21T11:00:00+13:00", ("2028-01-07", "2028-01-14"), "NZ", "en", WAITAKI),
    # Next week (25-29 October) starts with Labour Day; its Friday.
    ("We'll let you know by the end of next week; Labour Day makes it a short one.",
     "2027-10-20T10:10:00+13:00", ("2027-10-29", "2027-10-29"), "NZ", "en", KAPITI),
    ("You're welcome to bring whānau or a support person; just let us know beforehand.",
     "2027-02-01T09:00:00+13:00", None, "NZ", "en", TAURANGA),
    # Friday 5 February, then two working days past Waitangi Day (observed Mon 8 February).
    ("References should be back by Friday, and the hiring manager will phone you two working "
     "days after that.",
     "2027-02-01T09:10:00+13:00", ("2027-02-10", "2027-02-10"), "NZ", "en", TAURANGA),
    # India: campus placements
    ("The panel flies back to Mumbai tonight, so all results will be out by 8 p.m. today.",
     "2027-08-09T10:00:00+05:30", ("2027-08-09", "2027-08-09"), "IN", "en", KSTREET),
    ("Please carry two copies of your CV and your college ID card to the interview hall.",
     "2027-08-09T10:10:00+05:30", None, "IN", "en", KSTREET),
    # Diwali is Friday 29 October; the first week of November ends Friday 5 November.
    ("Offer letters from the October drive will be mailed after Diwali, in the first week of "
     "November.",
     "2027-10-20T15:00:00+05:30", ("2027-11-05", "2027-11-05"), "IN", "en", HAWKEYE),
    ("Joining dates depend on project allocation, which usually takes a few months.",
     "2027-10-20T15:10:00+05:30", None, "IN", "en", HAWKEYE),
    ("HR-round results are declared the same evening on the placement cell's notice board.",
     "2027-09-14T14:00:00+05:30", ("2027-09-14", "2027-09-14"), "IN", "en", SHAHSUBODH),
    # Singapore: public-service and university scholarships
    ("The panel interview lasts about 30 minutes, with up to eight interviewers.",
     "2027-03-15T09:00:00+08:00", None, "SG", "en", PSCSG),
    # Working days over Chinese New Year (observed Mon 8 February).
    ("We'll inform you of the panel's decision within five working days of your interview.",
     "2027-02-03T11:00:00+08:00", ("2027-02-11", "2027-02-11"), "SG", "en", PSCSG),
    ("Scholarship outcomes will be released by 4 June; admission outcomes come first.",
     "2027-03-15T14:00:00+08:00", ("2027-06-04", "2027-06-04"), "SG", "en", NUSSCHOL),
    ("You may be shortlisted for a second round of scholarship interviews.",
     "2027-03-15T14:10:00+08:00", None, "SG", "en", NUSSCHOL),
    # National Day is Monday 9 August.
    ("Group-interview results come out the following Tuesday; National Day is the Monday, so "
     "that's the 10th.",
     "2027-08-05T16:00:00+08:00", ("2027-08-10", "2027-08-10"), "SG", "en", DISCOVERSG),
    # South Africa: bursaries and graduate assessment days
    ("Please phone us to confirm the interview date or to ask for another slot.",
     "2027-06-07T10:00:00+02:00", None, "ZA", "en", MGCOZA),
    # "Before Youth Day" (Wed 16 June): the day before and the day.
    ("The panel will tell you before Youth Day whether you've been awarded the bursary.",
     "2027-06-07T10:10:00+02:00", ("2027-06-15", "2027-06-16"), "ZA", "en", MGCOZA),
    # Working days over Heritage Day (Fri 24 September).
    ("Bursary decisions are communicated within ten working days after the assessment day.",
     "2027-09-20T16:00:00+02:00", ("2027-10-05", "2027-10-05"), "ZA", "en", QUANTIFY),
    ("We get about 59 applications per vacancy, so don't be discouraged by a slow reply.",
     "2027-09-20T16:10:00+02:00", None, "ZA", "en", QUANTIFY),
    # Closed 17 December to 9 January: the week of Monday 10 January, its Friday.
    ("Our offices close on 17 December and reopen on 10 January; outcomes of this round will be "
     "emailed the week we reopen.",
     "2027-12-08T11:00:00+02:00", ("2028-01-14", "2028-01-14"), "ZA", "en", QUANTIFY),
    # ------------------------------------------------------------------ Spanish
    # Spain: municipal job pools (Castile and León, Valencian Community)
    ("En los próximos días publicaremos la lista de admitidos y excluidos.",
     "2027-10-28T12:00:00+02:00", None, "ES", "es", SALAMANCA),
    # The Saturday exam (13 November), then the Thursday after it.
    ("El examen es el sábado 13 de noviembre y las notas saldrán en el tablón el jueves "
     "siguiente.",
     "2027-10-28T12:10:00+02:00", ("2027-11-18", "2027-11-18"), "ES", "es", SALAMANCA),
    # Días hábiles skip Saturdays (Valencian Community).
    ("Las entrevistas terminan hoy; la lista definitiva de la bolsa de conserjes se publicará en "
     "un plazo de diez días hábiles.",
     "2027-08-26T13:00:00+02:00", ("2027-09-09", "2027-09-09"), "ES", "es", MEDITERRANEO),
    # An aim.
    ("Queremos tener la bolsa lista para septiembre y contratar enseguida a los primeros "
     "puntuados.",
     "2027-08-26T13:10:00+02:00", None, "ES", "es", MEDITERRANEO),
    # Spain: ski-season hiring (Aragon, Catalonia, a Baqueira hotel)
    # "Antes del viernes 3": the day before and the day.
    ("Te confirmamos el puesto de taquilla antes del viernes 3 de diciembre, que es cuando "
     "abrimos.",
     "2027-11-22T11:00:00+01:00", ("2027-12-02", "2027-12-03"), "ES", "es", HERALDO),
    ("El curso de prevención es la tercera semana de noviembre y tienes que hacerlo antes de "
     "empezar.",
     "2027-10-18T10:00:00+02:00", None, "ES", "es", ELPERIODICO),
    ("El jefe de recepción decide el viernes y te llamamos el lunes 29.",
     "2027-11-24T17:00:00+01:00", ("2027-11-29", "2027-11-29"), "ES", "es", HOYES),
    # Argentina (Mendoza): after the long weekend of 19-21 June.
    ("A los instructores les avisamos a todos después del fin de semana largo, el martes 22 de "
     "junio.",
     "2027-06-16T18:00:00-03:00", ("2027-06-22", "2027-06-22"), "AR", "es", MDZOL),
    ("Si no conseguís alojamiento avisanos, pero la temporada arranca igual el 3 de julio.",
     "2027-06-16T18:10:00-03:00", None, "AR", "es", MDZOL),
    # ------------------------------------------------------------------ German
    # Bank and savings-bank apprenticeships
    ("Einstellungstermin ist der 1. August; das Auswahlverfahren beginnt etwa ein Jahr vorher.",
     "2027-09-06T10:00:00+02:00", None, "DE", "de", AGVBANKEN),
    # Werktage skip Saturdays; a Frankfurt branch (Hesse has no All Saints' holiday).
    ("Nach dem Gespräch in unserer Frankfurter Filiale bekommen Sie innerhalb von zehn "
     "Werktagen Bescheid.",
     "2027-10-27T15:00:00+02:00", ("2027-11-10", "2027-11-10"), "DE", "de", AGVBANKEN),
    ("Gegen 13 Uhr sind wir fertig; bis Freitag rufen wir alle sechs an, ob es mit dem "
     "Ausbildungsplatz klappt.",
     "2027-02-15T09:00:00+01:00", ("2027-02-19", "2027-02-19"), "DE", "de", SPARKASSEPFCW),
    ("Die Ausbildung beginnt mit einer Probezeit von bis zu vier Monaten.",
     "2027-02-15T09:10:00+01:00", None, "DE", "de", SPARKASSEPFCW),
    # Graduate schools (Munich, Berlin)
    # A request to the candidates, not a promise.
    ("Von Nachfragen vor dem 5. Oktober bitten wir abzusehen.",
     "2027-09-15T11:00:00+02:00", None, "DE", "de", GSOSES),
    # Ende KW 40: its Friday (8 October).
    ("Die Auswahlgespräche sind am 29. September; die Aufnahmekommission teilt Ihnen ihre "
     "Entscheidung bis Ende KW 40 mit.",
     "2027-09-15T11:10:00+02:00", ("2027-10-08", "2027-10-08"), "DE", "de", GSOSES),
    # A span's upper end.
    ("Die erfolgreichen Bewerberinnen und Bewerber werden Mitte bis Ende April informiert.",
     "2027-03-10T14:00:00+01:00", ("2027-04-30", "2027-04-30"), "DE", "de", GEASFU),
    ("Abgelehnte Bewerberinnen und Bewerber werden ebenfalls benachrichtigt.",
     "2027-03-10T14:10:00+01:00", None, "DE", "de", GEASFU),
    ("Das Matching ist Ende Februar abgeschlossen; Ihr Ergebnis erhalten Sie am ersten Werktag "
     "im März.",
     "2027-02-16T10:00:00+01:00", ("2027-03-01", "2027-03-01"), "DE", "de", MGCTUM),
    # ------------------------------------------------------------------ French
    # Mayotte: the professional firefighters' competition
    ("Les épreuves physiques ont lieu dans un mois ; vous recevrez votre convocation par "
     "courrier.",
     "2027-11-23T15:00:00+03:00", None, "FR", "fr", JOURNALMAYOTTE),
    ("Les résultats des écrits seront affichés au SDIS et en ligne le vendredi 10 décembre.",
     "2027-11-23T15:10:00+03:00", ("2027-12-10", "2027-12-10"), "FR", "fr", JOURNALMAYOTTE),
    # Sous huitaine: 7 and 8 days.
    ("Après l'entretien avec le jury, la liste des admis est publiée sous huitaine.",
     "2027-04-13T10:00:00+03:00", ("2027-04-20", "2027-04-21"), "FR", "fr", MAYOTTEHEBDO),
    # Seine-Maritime: firefighters
    # Next week (8-12 November, Armistice Day on the Thursday): its Friday.
    ("Le SDIS vous dira d'ici la fin de la semaine prochaine si vous êtes retenu comme "
     "sapeur-pompier volontaire.",
     "2027-11-03T17:00:00+01:00", ("2027-11-12", "2027-11-12"), "FR", "fr", TENDANCEOUEST),
    # After the Ascension bridge (Thu 6 May).
    ("Le jury se réunit après le pont de l'Ascension et vous aurez la réponse le lundi 10 mai.",
     "2027-04-28T16:00:00+02:00", ("2027-05-10", "2027-05-10"), "FR", "fr", TENDANCEOUEST),
    # ------------------------------------------------------------------ Japanese
    ("最終面接の結果は、1週間以内にメールでご連絡いたします。",
     "2027-06-08T15:00:00+09:00", ("2027-06-15", "2027-06-15"), "JP", "ja", THEPORT),
    ("合否にかかわらず必ずご連絡しますので、お問い合わせはご遠慮ください。",
     "2027-06-08T15:10:00+09:00", None, "JP", "ja", THEPORT),
    # 営業日: Respect for the Aged Day (20 Sep) and the equinox (23 Sep) skipped.
    ("内定のご連絡は3営業日以内に差し上げます。",
     "2027-09-17T17:00:00+09:00", ("2027-09-24", "2027-09-24"), "JP", "ja", THEPORT),
    # Friday 30 April, then the next week's Wednesday: Children's Day (5 May), so also 6 May.
    ("全員の面接が終わるのが金曜日ですので、結果は翌週の水曜日までにお知らせします。",
     "2027-04-27T14:00:00+09:00", ("2027-05-05", "2027-05-06"), "JP", "ja", CAREETIVE),
    ("役員の決裁が必要なため、少しお時間をいただくかもしれません。",
     "2027-04-27T14:10:00+09:00", None, "JP", "ja", CAREETIVE),
    ("他社の選考状況も、次回の面談で教えてください。",
     "2027-04-27T14:20:00+09:00", None, "JP", "ja", CAREETIVE),
    # ------------------------------------------------------------------ Portuguese
    # Portugal: a doctoral programme, internships, a mobility programme
    ("O Conselho Científico reúne-se a 14 de julho e o resultado é comunicado por correio "
     "eletrónico no dia seguinte.",
     "2027-06-28T11:00:00+01:00", ("2027-07-15", "2027-07-15"), "PT", "pt", UCPBRAGA),
    ("Depois de admitido, tem de se inscrever no prazo indicado pelos Serviços.",
     "2027-06-28T11:10:00+01:00", None, "PT", "pt", UCPBRAGA),
    # A span's upper end.
    ("Os resultados da seleção para estágio são afixados entre 29 de março e 2 de abril.",
     "2027-03-19T10:00:00+00:00", ("2027-04-02", "2027-04-02"), "PT", "pt", EUVG),
    # A lower bound.
    ("Não espere resposta antes de terminarem os quinze dias úteis de análise das "
     "candidaturas.",
     "2027-05-03T10:00:00+01:00", None, "PT", "pt", AULP),
    # Brazil: apprentice programmes
    ("Os escolhidos serão avisados pelo PAT em até 20 dias.",
     "2027-02-10T15:00:00-03:00", ("2027-03-02", "2027-03-02"), "BR", "pt", SUZANO),
    ("A definição leva em conta as necessidades das empresas e onde você mora.",
     "2027-02-10T15:10:00-03:00", None, "BR", "pt", SUZANO),
    ("As inscrições vão até 13 de março, e a lista de classificados sai no dia 8 de abril.",
     "2027-02-25T12:00:00-03:00", ("2027-04-08", "2027-04-08"), "BR", "pt", AGSERTAO),
    ("O salário do aprendiz varia conforme a carga horária de cada empresa.",
     "2027-02-04T16:00:00-03:00", None, "BR", "pt", IBE),
    # After Carnival (8-9 February) and Ash Wednesday.
    ("Depois do Carnaval a gente volta a falar: te ligo na quinta-feira, dia 11.",
     "2027-02-04T16:10:00-03:00", ("2027-02-11", "2027-02-11"), "BR", "pt", IBE),
    # ------------------------------------------------------------------ Italian
    ("A breve ci interfacceremo con il centro per l'impiego per far partire le pratiche.",
     "2027-03-10T12:00:00+01:00", None, "IT", "it", REPSTAGISTI),
    ("Il tirocinio parte il 1° aprile; l'esito del colloquio glielo comunichiamo entro venerdì.",
     "2027-03-10T12:10:00+01:00", ("2027-03-12", "2027-03-12"), "IT", "it", REPSTAGISTI),
    # Giorni lavorativi skip Saturdays; 25 April and 1 May fall on the weekend.
    ("Il colloquio si terrà su Skype in inglese; le faremo sapere l'esito entro dieci giorni "
     "lavorativi.",
     "2027-04-20T16:00:00+02:00", ("2027-05-04", "2027-05-04"), "IT", "it", STAGE4EU),
    ("Le aziende partner si riservano di invitare ai colloqui solo i profili più adatti.",
     "2027-11-15T10:00:00+01:00", None, "IT", "it", POLITO),
    # After the Immacolata (Wed 8 December).
    ("Dopo il ponte dell'Immacolata vi comunichiamo chi è stato selezionato, giovedì 9 "
     "dicembre.",
     "2027-12-01T10:00:00+01:00", ("2027-12-09", "2027-12-09"), "IT", "it", POLITO),
    # ------------------------------------------------------------------ Polish
    ("Listy rankingowe opublikujemy w ciągu pięciu dni od zamknięcia drugiego etapu, 14 maja.",
     "2027-05-04T10:00:00+02:00", ("2027-05-19", "2027-05-19"), "PL", "pl", SGGW),
    ("Pracodawca sam określa, ilu stażystów może przyjąć.",
     "2027-05-04T10:10:00+02:00", None, "PL", "pl", SGGW),
    # After the May long weekend (1-3 May), by Friday 7 May.
    ("O wyniku rekrutacji poinformujemy Panią mailowo po majówce, do piątku 7 maja.",
     "2027-04-28T14:00:00+02:00", ("2027-05-07", "2027-05-07"), "PL", "pl", MAZOVIA),
    ("O terminie testu zostanie Pani poinformowana przez indywidualne konto.",
     "2027-04-28T14:10:00+02:00", None, "PL", "pl", MAZOVIA),
    ("Rozmowy kończymy w środę 23 czerwca, a decyzję przekażemy do końca czerwca.",
     "2027-06-21T09:00:00+02:00", ("2027-06-30", "2027-06-30"), "PL", "pl", MAZOVIA),
    # ------------------------------------------------------------------ Dutch
    ("Het stagebureau neemt binnen een week na de deadline van 1 juni contact met je op over de "
     "plaatsing.",
     "2027-05-18T11:00:00+02:00", ("2027-06-08", "2027-06-08"), "NL", "nl", STAGEETALAGE),
    ("Zijn er meer aanmeldingen voor dezelfde plek, dan telt onder meer de datum van "
     "aanmelding.",
     "2027-05-18T11:10:00+02:00", None, "NL", "nl", STAGEETALAGE),
    ("Na het gesprek met de opleider hoor je uiterlijk vrijdag 30 april of je geplaatst bent.",
     "2027-04-26T15:00:00+02:00", ("2027-04-30", "2027-04-30"), "NL", "nl", STAGEETALAGE),
    ("Voor de zomervakantie begin je met één dag per week stage.",
     "2027-03-15T13:00:00+01:00", None, "NL", "nl", GOOISE),
    # ------------------------------------------------------------------ Korean
    ("신청 마감은 7월 9일이고, 최종 선발 결과는 마감일로부터 1주일 이내에 문자로 알려 드립니다.",
     "2027-07-05T10:00:00+09:00", ("2027-07-16", "2027-07-16"), "KR", "ko", JOONGDO),
    # The candidate's own deadline.
    ("합격 통보를 받으면 1~2일 안에 이수지원서를 학과에 제출해야 합니다.",
     "2027-07-05T10:10:00+09:00", None, "KR", "ko", JOONGDO),
    # 영업일 over Children's Day (5 May); 3 May (the Labour Day substitute) both ways.
    ("최종 면접 결과는 5영업일 이내에 개별적으로 연락드리겠습니다.",
     "2027-04-30T16:00:00+09:00", ("2027-05-10", "2027-05-11"), "KR", "ko", JOONGDO),
    # The day after Chuseok (14-16 September).
    ("면접 결과는 추석 연휴가 끝난 다음 날인 9월 17일에 발표합니다.",
     "2027-09-08T14:00:00+09:00", ("2027-09-17", "2027-09-17"), "KR", "ko", KBMAEIL),
    ("합격자는 7~8월에 인턴으로 근무하게 됩니다.",
     "2027-09-08T14:10:00+09:00", None, "KR", "ko", KBMAEIL),
    # ------------------------------------------------------------------ Chinese
    ("面试通过的话,我们会在一周内发出管培生录用通知书。",
     "2027-03-11T16:00:00+08:00", ("2027-03-18", "2027-03-18"), "CN", "zh", YCSDJ),
    ("实习满三个月后才能签订就业协议。",
     "2027-03-11T16:10:00+08:00", None, "CN", "zh", YCSDJ),
    ("国庆假期后第一个工作日,也就是10月8日,HR会电话通知终面结果。",
     "2027-09-28T11:00:00+08:00", ("2027-10-08", "2027-10-08"), "CN", "zh", YCSDJ),
    ("编制名额有限,最后能留下几个人现在还说不准。",
     "2027-09-28T11:10:00+08:00", None, "CN", "zh", YCSDJ),
    # ------------------------------------------------------------------ Swedish
    ("I första hand prioriteras ungdomar som inte haft feriepraktik tidigare.",
     "2027-03-01T10:00:00+01:00", None, "SE", "sv", SODERTALJE),
    # The candidate's own deadline.
    ("Du måste tacka ja eller nej till din plats senast den 11 april.",
     "2027-03-29T10:00:00+02:00", None, "SE", "sv", HELSINGBORG),
    # Vecka 16: ISO week 16 (19-23 April), as b13's "uge n".
    ("Erbjudande om sommarpraktik skickas ut med brev vecka 16.",
     "2027-03-31T09:00:00+02:00", ("2027-04-19", "2027-04-23"), "SE", "sv", SKOVDE),
    ("Ansökan stänger den 31 mars, och alla sökande får besked senast fredag 30 april.",
     "2027-03-10T14:00:00+01:00", ("2027-04-30", "2027-04-30"), "SE", "sv", PAPPERS),
    # After Midsummer (Eve Fri 25, Day Sat 26 June).
    ("Intervjuerna är klara på torsdag, och efter midsommar, måndag 28 juni, ringer vi alla.",
     "2027-06-21T15:00:00+02:00", ("2027-06-28", "2027-06-28"), "SE", "sv", SVRADIO),
    # ------------------------------------------------------------------ Danish
    # "Inden fredag": the day before and the day.
    ("Vi holder samtaler tirsdag og onsdag og ringer til den, vi vælger, inden fredag.",
     "2027-06-14T12:00:00+02:00", ("2027-06-17", "2027-06-18"), "DK", "da", FOLKESKOLEN),
    ("Skoleåret slutter den 25. juni, så det kan trække ud til ind i sommerferien.",
     "2027-06-14T12:10:00+02:00", None, "DK", "da", FOLKESKOLEN),
    # Uge 33: ISO week 33 (16-20 August).
    ("Du får svar i uge 33, når vi er tilbage fra sommerferien.",
     "2027-06-30T14:00:00+02:00", ("2027-08-16", "2027-08-20"), "DK", "da", FOLKESKOLEN),
    ("Ansættelsesudvalget består af skolelederen, to lærere og en forælder.",
     "2027-06-30T14:10:00+02:00", None, "DK", "da", FOLKESKOLEN),
    # ------------------------------------------------------------------ Norwegian
    # "I slutten av mai": the month's last day (Monday 31 May).
    ("Alle får beskjed i slutten av mai om de har fått sommerjobb eller ikke.",
     "2027-04-14T10:00:00+02:00", ("2027-05-31", "2027-05-31"), "NO", "no", LAAVIS),
    ("Neste uke går en gruppe gjennom alle de 142 søknadene.",
     "2027-04-14T10:10:00+02:00", None, "NO", "no", LAAVIS),
    # Interviews the week of 31 May; the Friday of the week after.
    ("Intervjuene er neste uke, og dere får svar fredag uka etter.",
     "2027-05-26T13:00:00+02:00", ("2027-06-11", "2027-06-11"), "NO", "no", SARPSBORG),
    ("De som ikke har fått svar, skal få det ganske snart.",
     "2027-07-01T12:00:00+02:00", None, "NO", "no", IHARSTAD),
    ("Vi ringer kandidatene etter påske, tirsdag 30. mars.",
     "2027-03-22T15:00:00+01:00", ("2027-03-30", "2027-03-30"), "NO", "no", NRK),
    # ------------------------------------------------------------------ Finnish
    # Vappu (1 May) is a Saturday: the last working day of April, Friday 30 April.
    ("Tieto valinnoista lähetetään kaikille hakijoille sähköpostilla huhtikuun lopussa.",
     "2027-03-15T12:00:00+02:00", ("2027-04-30", "2027-04-30"), "FI", "fi", RIIHIMAKI),
    ("Varalle valittuja voidaan kutsua töihin koko kesän ajan.",
     "2027-03-15T12:10:00+02:00", None, "FI", "fi", RIIHIMAKI),
    ("Etusijalla ovat nuoret, jotka eivät ole aiemmin olleet kaupungilla kesätöissä.",
     "2027-02-22T10:00:00+02:00", None, "FI", "fi", KALEVA),
    # A named day on Good Friday: up to the next working day after Easter Monday.
    ("Haastattelut ovat viikolla 11, ja valituille soitetaan viimeistään 26. maaliskuuta.",
     "2027-03-08T10:00:00+02:00", ("2027-03-26", "2027-03-30"), "FI", "fi", YLE),
    ("Ilmoitamme valinnasta kahden viikon kuluessa haastattelusta.",
     "2027-04-21T14:00:00+03:00", ("2027-05-05", "2027-05-05"), "FI", "fi", JOBSCOLLECTOR),
    # ------------------------------------------------------------------ Czech
    ("Výsledek vám sdělíme do pátku; kdyby ne, ozvěte se nám.",
     "2027-06-07T11:00:00+02:00", ("2027-06-11", "2027-06-11"), "CZ", "cs", DENIKMS),
    ("Brigádníci se přijímají na dohodu o provedení práce.",
     "2027-06-07T11:10:00+02:00", None, "CZ", "cs", DENIKMS),
    # Pracovní dny after Wednesday 7 July (5 and 6 July are holidays before it).
    ("Pohovory končí ve středu 7. července a rozhodnutí oznámíme do tří pracovních dnů.",
     "2027-07-01T10:00:00+02:00", ("2027-07-12", "2027-07-12"), "CZ", "cs", DENIKMS),
    # Vague.
    ("O výsledku budete vyrozuměni bez zbytečného odkladu.",
     "2027-05-12T13:00:00+02:00", None, "CZ", "cs", HOSPITALIN),
    # ------------------------------------------------------------------ Greek
    ("Η επιτροπή θα εξετάσει τις αιτήσεις για τις είκοσι θέσεις αφού λήξει η προθεσμία.",
     "2027-07-05T12:00:00+03:00", None, "GR", "el", UPATRAS),
    ("Τα τελικά αποτελέσματα θα αναρτηθούν στην ιστοσελίδα την Παρασκευή 16 Ιουλίου.",
     "2027-07-05T12:10:00+03:00", ("2027-07-16", "2027-07-16"), "GR", "el", UPATRAS),
    # After Orthodox Easter (2 May), Easter Monday and the moved Labour Day (4 May).
    ("Ο πίνακας κατάταξης θα αναρτηθεί μετά το Πάσχα, την Τετάρτη 5 Μαΐου.",
     "2027-04-26T11:00:00+03:00", ("2027-05-05", "2027-05-05"), "GR", "el", VIMATHESS),
    # The candidates' own deadline.
    ("Οι ενδιαφερόμενοι καλούνται να υποβάλουν την αίτηση μέχρι την Παρασκευή.",
     "2027-04-26T11:10:00+03:00", None, "GR", "el", EDIMOSIO),
    # ------------------------------------------------------------------ Romanian
    ("Rezultatele interviurilor vor fi afișate pe 25 iunie.",
     "2027-06-01T12:00:00+03:00", ("2027-06-25", "2027-06-25"), "RO", "ro", UNDELUCRAM),
    ("Pentru cei din afara Bucureștiului nu se oferă cazare.",
     "2027-06-01T12:10:00+03:00", None, "RO", "ro", UNDELUCRAM),
    # After Whit Monday (21 June).
    ("Rezultatele interviului se anunță după Rusalii, marți, 22 iunie.",
     "2027-06-14T10:00:00+03:00", ("2027-06-22", "2027-06-22"), "RO", "ro", PHON),
    ("Companiile pot recruta pe măsură ce studenții aplică la stagii.",
     "2027-03-18T10:00:00+02:00", None, "RO", "ro", UAIC),
    # ------------------------------------------------------------------ Turkish
    ("Başvuruların değerlendirilmesi sürüyor; sonuçlar için duyuruları takip edin.",
     "2027-03-22T10:00:00+03:00", None, "TR", "tr", AHABER),
    ("Staja kabul edilenler 25 Mayıs'ta internet sitemizin duyurular bölümünde ilan edilecek.",
     "2027-05-10T14:00:00+03:00", ("2027-05-25", "2027-05-25"), "TR", "tr", DEVLETARSIV),
    # After Ramazan Bayramı (9-11 March).
    ("Mülakat sonucunu bayram tatilinden sonra, 15 Mart Pazartesi günü bildireceğiz.",
     "2027-03-05T16:00:00+03:00", ("2027-03-15", "2027-03-15"), "TR", "tr", TECHNOPAT),
    ("İşverenler yalnızca yeterlilik puanlarını görerek staj teklifi gönderecek.",
     "2027-02-17T11:00:00+03:00", None, "TR", "tr", WANHABER),
    # ------------------------------------------------------------------ Hungarian
    # Romania (Sfântu Gheorghe), in Hungarian.
    ("Július 21. és 23. között mindenkivel elbeszélgetünk, az eredményről pedig pénteken, "
     "július 23-án értesítünk mindenkit.",
     "2027-07-19T10:00:00+03:00", ("2027-07-23", "2027-07-23"), "RO", "hu", SZEK3),
    ("A gyakornoki időszak július 26-tól augusztus 26-ig tart.",
     "2027-07-19T10:10:00+03:00", None, "RO", "hu", SZEK3),
    # Hungary: parliament and government trainee programmes
    ("Az interjúk után a felvételről szeptember 15-ig értesítjük a pályázókat.",
     "2027-09-01T10:00:00+02:00", ("2027-09-15", "2027-09-15"), "HU", "hu", ELTETATK),
    ("A program eredményes teljesítése esetén állásajánlatot kaphat a közigazgatásban.",
     "2027-01-18T10:00:00+01:00", None, "HU", "hu", KORMANY),
]
