"""Blind batch 13 of the real-material timeline corpus (issue #15, round 13).

Built and labelled by hand on 2026-12-06 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` and the ``holidays`` package, to check weekdays, ISO weeks and
public holidays (regional ones included). Each text paraphrases wording or a process documented
on the public page cited in its source (found with the project's search tool, pages corpus; no
page or domain cited by an earlier data file: every host was grepped in ``tests/data/*.py``);
names, companies, dates and office closures are invented, the wording is not copied.

174 texts: English 77, Spanish 16, German 11, French 9, Japanese 9, Portuguese 8, Italian 7,
Polish 6, Dutch 5, Korean 5, Norwegian 4, Chinese 4, Czech 3, Danish 2, Finnish 2, Romanian 2,
Turkish 2, Greek 2; 75 promise nothing. 91 sources on 91 domains (hospital, health-board and
graduate-nurse pages, nursing forums and magazines, hotel and hospitality career pages and
candidates' hotel-interview accounts, electrical-apprenticeship (JATC) and trade-apprentice
pages, faculty-search and military-academy pages, officer-selection and Bundeswehr recruitment
pages, airline-assessment and cabin-crew selection-day reports, investment-banking and start-up
interview accounts, public-service-commission and municipal selection rules, police and public
exam notices, news of hospital and apprentice selections) in 28 countries: US 41, ES 12
(Galicia, Andalusia, Valencia, Balearics, Catalonia, Madrid), DE 11 (Berlin, Rhineland-Palatinate, North
Rhine-Westphalia), FR 9, JP 9, BR 8, GB 7 (England), AU 7 (New South Wales), NZ 7, IT 7, PL 6,
CA 5 (Newfoundland and Labrador, Prince Edward Island), NL 5, KR 5, NO 4, CN 4, IE 3, IN 3, CZ 3,
SG 2, GH 2, CL 2, AR 2, DK 2, FI 2, RO 2, TR 2, GR 2. New to the timeline corpus: settings rather
than countries (hospitals and graduate nursing, hotels, trade apprenticeships, faculty searches,
military selection boards and the Bundeswehr, airline and cabin-crew selection days, banking
Super Days and start-up loops), and year ends in England, New Zealand and Japan.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b12.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; a span's
upper end; chains add up; business days skip weekends and the country's public holidays, both
readings accepted where a holiday is regional or one most employers work; "Arbeitstage" /
"Werktage" / "días hábiles" / "dias úteis" / "営業日" / "영업일" / "工作日" skip Saturdays; "next
week" Monday to Friday; "early next week" / "Anfang der Woche" Monday to Wednesday; "the week
after <date>" / "the following week" the Monday to Friday of the next week; "by the end of the
(next/that) week" its Friday; "by end of month" its last day, also the next working day when it
is a Sunday; "KW n" / "uge n" ISO week n, "Ende KW n" its Friday; "after <holiday>" the rest of
the week after it; "quinze jours" 14 and 15 days; "sous huitaine" 7 and 8 days; "before <date>"
/ "antes del" the day before and the day; a calendar-day deadline or a named day on a public
holiday or a weekend also accepts the next working day; "if you have not heard by ..." is a
promise; a conditional promise of a named day or span is a promise; a promise counted from an
event whose date the text does not give promises no day; a provisional list's day is the
employer's, the objection window the candidates'; vague wording, averages, usual lengths, hopes,
the candidate's own deadlines, logistics, lower bounds, appeal windows, validity periods and
things promised to others promise nothing). Conventions decided here, where the earlier rounds
are silent, are commented on their case; the general ones:
- "quindici giorni" (Italian): 14 and 15 days, as "quinze jours" / "quince días";
- two named days offered as alternatives ("Monday or Tuesday", "Friday or Monday"): the later
  one, as a span's upper end, with the next working day when it is a public holiday (MLK Day);
- "before then" pointing back to a named day ("we leave on Thursday, so we'll decide before
  then"): the day before and the day, as "before <date>";
- "the Friday of week n" ("fredag i uge 11"): that Friday only;
- a calendar-day count that lands on 31 December in Japan, inside the year-end closure most
  employers keep (年末年始): up to the first working day after it (4 January), as b7 did for
  Heiligabend; a named day on Chuseok (Korea) or on Whit Monday (France): up to the next working
  day after the holiday (or the holiday run);
- results promised for the same day ("tonight", "this afternoon", "before two o'clock",
  "after 17.00 the same day"): that day;
- "within a few weeks" and "it can take up to two weeks" (a page's general description) name no
  day the employer is bound to: no promise; an aim ("tavoitteena on, että ...") is no promise,
  as b12's hope.

Scored once, at the end of round 13, for docs/detection.md and the README; tuning data since round 14.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages
CLIPBOARD = "https://clipboardhealth.com/nursing-interviews-decoded-part-8-after-the-interview"
HOTELSMAG = "https://hotelsmag.com/blog/why-dont-you-call-seeking-advice-from-hospitality-recruiters/"
HORIZON = ("https://www.horizonhospitality.com/2021/08/17/waiting-to-hear-back-from-an-interview-"
           "here-are-some-dos-and-donts/")
TRICITY = "https://www.tricityjatc.org/page/interview-15.html"
LEJATC = ("http://lejatc.org/index.php?option=com_content&view=article&id=47:faqs&catid=1:pages"
          "&Itemid=29")
DMELEJATC = ("https://www.dmelejatc.org/?zone=/unionactive/view_article.cfm&HomeID=919242"
             "&page=Applicant20Information")
WDH = "https://www.wdh.co.uk/Apprenticeships/Timeline/default.aspx"
JULIEDODD = ("https://juliedodd.net/2011/02/26/faculty-job-positions-delay-between-the-campus-"
             "visit-and-a-job-offer/")
USMA = "http://www.usma.edu/eecs/SitePages/Prospective%20Faculty%20News.aspx"
BOREDOF = "https://boredofstudies.org/threads/free-trains.50793"
SIMTECH = "https://simtech.ie/insights/airline-assessment-preparation/"
CHRONICLE = "https://www.chronicle.com/blogs/onhiring/the-maddening-wait"
RETAILGIGS = ("https://www.retailgigs.com/articles/After-the-Interview-What-is-Taking-So-Long-16302-"
              "article.html")
CODESNATCH = "https://codesnatch.io/community/interview-experiences/the-24-hour-yc-startup-loop"
GOVLOOP = ("http://insights.govloop.com/hr/company-offered-me-a-job-but-wants-an-answer-the-same-"
           "day/")
RACHAEL = "http://rachaelnorman.com/posts/stringing-you-along"
HIRINGNL = "https://www.hiring.gov.nl.ca/Content/CompetitionProcess.aspx"
GPEI = "https://qatauth.gpei.ca/en/information/public-service-commission/hiring-process"
SCCOM = "https://www.sc.com/en/careers/graduates/faq/"
NSWHEALTH = "https://health.nsw.gov.au:443/nursing/employment/gradstart/Pages/interview.aspx"
SOUTHERNDHB = "http://www.southerndhb.govt.nz/index.php?page=4202"
SOUTHERNNZ = "https://www.southernhealth.nz/work-us/how-apply-southern-dhb-jobs-available-now"
APMNZ = "https://apm-nz.co.nz/join-our-team/faqs"
WDHBNZ = "https://managersguide.wdhbcareers.co.nz/interviews/"
WSWANNABE = ("https://wallstreetwannabe.dakodasherman.com/investment-banking-interviews/after-the-"
             "interview/")
WSO = "https://www.wallstreetoasis.com/forums/what-exactly-happens-after-a-superday"
EXOTICKE = "http://exoticke.com/p/jobs/comments/1jc5cu1/should_i_not_be_excited_yet/mhzk5mc"
WHARTON = ("https://undergrad.wharton.upenn.edu/story/undergrad-reflects-recruiting-part-2-"
           "elevator-pitch/")
JULYDREAM = "http://julydream.blogspot.com/2009/01/silence.html"
WESTMERCIA = "https://www.westmercia.police.uk/article/14543/Stage-5---Recruitment-checks"
GRAPHICGH = ("https://www.graphic.com.gh/news/general-news/police-recruitment-successful-applicants-"
             "to-write-tests-on-sunday.html")
NDTV = ("https://www.ndtv.com/jobs/assam-police-constable-recruitment-written-test-deferred-as-"
        "ratio-of-qualifying-candidates-goes-down-2726719")
FREEPRESS = ("https://www.freepressjournal.in/bhopal/bhopal-written-exam-results-awaited-physical-"
             "test-pending-candidates-anxious-over-delay")
# German-language pages
KRANKENS = ("https://krankenschwester.de/forum/themen/erfahrungen-beim-gespraech-einstellungstest."
            "217/page-89")
PFLEGENON = "https://www.pflegen-online.de/knigge-fuer-bewerbungsverfahren"
BORNPFLEGE = "https://born-pflege.de/blog/wie-gehts-weiter-nach-dem-job-interview-beim-pflegedienst"
# German-language pages (the Bundeswehr)
BWKARRIERE = "https://www.bundeswehrkarriere.de/bewerbung"
AUSBPARK = "https://ausbildungspark.com/erfahrungsberichte/bundeswehr/offizier-im-sanitaetsdienst-3"
BWTEST = "https://bundeswehrtest.de/einstellungstest-bundeswehr-offizier-schritt-fuer-schritt/"
LANDESZ = ("https://www.landeszeitung.de/nachrichten/politik/652758-ich-will-meine-geliebten-"
           "verteidigen-wenn-wir-angegriffen-werden/")
BWDE = ("https://bundeswehr.de/de/organisation/personal/organisation-/bundesamt-fuer-das-"
        "personalmanagement-der-bundeswehr-/karrierecenter-der-bundeswehr-/-karrierecenter-der-"
        "bundeswehr-berlin/-assessment")
# French-language pages
ESCRIV = "http://escrivaillon.fr/?p=351"
HOTELTOQUE = "http://www.hotel-et-toque-job.fr/actualites/recrutement_entretien/"
# Spanish-language pages
MM85 = "https://85mm.es/fundaciones/y-a-la-tercera-la-vencida"
JOBSAGFM = "https://www.jobsagencyfm.com/es/consejos-para-candidatos/consejos-entrevistas-telefono/"
# Italian-language pages
OLEANDRI = "https://andreaoleandri.wordpress.com/2011/04/20/colloquiando/"
UNIVLAV = "http://www.universitaelavoro.it/category/lavoro"
# Spanish-language pages (airline cabin-crew selection days in Spain)
FARO = ("https://www.farodevigo.es/gran-vigo/2018/04/17/nervios-paridad-seleccion-tripulantes-air/"
        "1874180.html")
DIARIOSUR = ("http://www.diariosur.es/malaga-capital/201703/02/vueling-nostrum-celebran-jornada-"
             "20170302231035.html")
LEVANTE = ("https://www.levante-emv.com/economia/2015/01/30/jovenes-preparados-despegar-"
           "12641095.html")
MENORCA = "https://menorca.info/menorca/local/2014/07/10/1475964/busca-futuro-laboral-aire.html"
CRONICA = ("https://cronicaglobal.elespanol.com/vida/20170224/ser-azafata-de-vuelo-ya-que-era/"
           "196230414_0.amp.html")
MALAGAHOY = "https://www.malagahoy.es/malaga/busca-pasaporte-directo-cabina_0_887311805.html"
# Italian-language pages (hospital selections)
CORRCOMO = "http://www.corrieredicomo.it/infermieri-promossi-363-posti-due/"
ANSA = ("http://www.ansa.it/sito/notizie/cronaca/2020/03/02/coronavirus-procedura-lampo-"
        "infermieri_1938d75b-5005-4205-a80a-be3fa7020fed.html")
# Polish-language pages (the armed forces)
WOJSKOPL = ("http://www.wojsko-polskie.pl/pl/z-zycia-wojska/3541,terminy-przyjec-do-szkol-"
            "wojskowych.html")
POLSKAZB = ("http://polska-zbrojna.pl/home/articleshow/37806?title=Jak-zostac-zolnierzem-"
            "zawodowym")
# Korean-language pages (hotels)
DAUMCAFE = "https://cafe.daum.net/_c21_/bbs_read?datanum=240&fldid=3Y1f&grpid=Rgmd"
GALLAXY19 = "https://gallaxy19.tistory.com/40?category=795441"
# Japanese-language pages (hotels, airlines)
OMOTENASHI = "https://omotenashi.work/column/jobchange/30121"
AMEBLO = "https://ameblo.jp/lr-academy/entry-11846068265.html"
NINAVI = "https://ninavi.com/ha3"
# French-language pages (nursing)
ESPACEINF = ("http://www.espaceinfirmier.fr/presse/l-infirmiere-magazine/article/n-373/entretien-"
             "d-embauche-une-etape-cruciale-IM37306601.html")
PAPERBLOG = "https://paperblog.fr/4502592/mon-oral-a-l-ifcs-de-lille"
STAFFSANTE = "https://www.staffsante.fr/contenu/ce-quun-recruteur-attend-dun-candidat/"
JOLIMETIER = ("https://vousfaitesunsijolimetier.blogspot.com/2013/02/psychotypologie-des-"
              "recruteurs.html")
# Spanish-language pages (Chile, Argentina)
MUNICOMB = "https://municombarbala.cl/?p=1975"
ANGOSTURA = ("https://angosturanoticias.com/2022/03/03/continua-el-proceso-de-seleccion-del-defensor-"
             "del-pueblo-de-villa-la-angostura/")
# Portuguese-language pages
EMCOM = ("https://www.em.com.br/app/noticia/emprego/2021/08/20/interna_emprego,1297845/unimed-bh-"
         "abre-processo-seletivo-para-novos-cooperados.shtml")
DIARIOMEARIM = "https://diariodomearim.blogspot.com/2015/11/prefeitura-de-bacabal-faz-seletivo-com.html"
RADIOBARB = ("https://radiobarbacena.com.br/noticia/23954/jovem-aprendiz-correios-divulga-"
             "resultado-de-selecao")
JORNALDOC = ("https://www.jornaldocomercio.com/_conteudo/economia/2022/01/828818-correios-"
             "convocam-aprovados-no-programa-jovem-aprendiz.html")
# Dutch-language pages
RIJNSTATE = ("https://solliciteren.werkenbijrijnstate.nl/werken-bij-rijnstate/sollicitatiebeleid-"
             "rijnstate")
NOORDERBR = "https://www.werkenbijnoorderbreedte.nl/sollicitatieprocedure/"
ZORGGROEP = "https://www.werkenbijdezorggroep.nl/default.aspx?pid=8&itemid=8019471&mid=6011491"
# Danish, Norwegian and Finnish pages
LAEGEUDD = ("https://www.laegeuddannelsen.dk/speciallaegeuddannelsen/ansaettelse-i-"
            "uddannelsesforloeb/ansaettelsessamtaler.aspx")
FORSVARET = "https://forsvaret.no/karriere/ledige-stillinger/informasjon-til-jobbsokere"
FORSVBYGG = "https://forsvarsbygg.no/no/Jobb-i-forsvarsbygg/hvordan-soke-jobb-hos-oss/"
STTINFO = ("https://www.sttinfo.fi/tiedote/71530497/maakuntajohtajan-virkaan-haastatellaan-viisi-"
           "hakijaa?lang=fi")
# Czech-language pages
NEJSESTR = "http://nejsestricka.cz/2021/03/17/jaka-jsou-pravidla-souteze/"
# Romanian, Turkish and Greek pages
SPITMEDIAS = ("https://spitalulmedias.ro/anunturi/concurs-economisti-registratori-medicali-si-"
              "magazioner/")
GENCGAZETE = ("https://www.gencgazete.net/canli-saglik-bakanligi-isci-alimi-kura-cekimi-2025-saglik-"
              "bakanligi-2-bin-764-surekli-isci-alimi-kura-sonuclari")
CUKUROVA = ("https://cukurovagazetesi.com/saglik-bakanligindan-mersine-77-temizlik-gorevlisi-icin-"
            "daimi-isci-alimi")
ASEP = ("https://info.asep.gr/glossary?f%5B0%5D=periehomeno%3Ap&search_glossary_fulltext="
        "%CE%A0%CE%AF%CE%BD%CE%B1%CE%BA%CE%B5%CF%82+%CE%B1%CF%80%CE%BF%CF%81%CF%81%CE%B9%CF%80%CF"
        "%84%CE%AD%CF%89%CE%BD")
# Japanese-language pages
RENEWCARE = "https://renew-care.com/articles/column/staff%2Dcolumn/149"
NURSERE = "https://nurse-re.com/media/pass-fail"
TENSYOKU = "https://tensyokuinfo.work/kangosi-saiyou-tuuchi-osoi"
# Korean-language pages
SEOYEONG = ("https://ce.seoyeong.ac.kr/nursing/na/ntt/selectNttInfo.do?bbsId=124&mi=2536"
            "&nttSn=10386")
# Polish-language pages
GLUCHOLAZY = ("https://szpitalmsw-glucholazy.bip.gov.pl/zasady-rekrutacji/zasady-rekrutacji."
              "html")
RADIOPLONSK = "https://radioplonsk.pl/artykul/3495,szpital-po-pierwszych-rozmowach-z-kandydatami"
# Chinese-language pages
REELOGIC = "https://reelogic.com/n1364694c1315.aspx"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND13: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # United States
    ("The nurse manager finishes interviewing on Thursday, and HR will call whoever she picks by "
     "the following Tuesday.",
     "2027-01-12T16:00:00-05:00", ("2027-01-19", "2027-01-19"), "US", "en", CLIPBOARD),
    # The candidate's own step, not the employer's.
    ("Send your thank-you note to both interviewers within a day; the unit director reads them "
     "before the debrief.",
     "2027-01-12T16:10:00-05:00", None, "US", "en", CLIPBOARD),
    ("Decisions on the management-in-training program will be made within two weeks of today's "
     "second round.",
     "2027-04-07T11:00:00-04:00", ("2027-04-21", "2027-04-21"), "US", "en", HOTELSMAG),
    ("Either way, you'll get an email from our talent team on Monday.",
     "2027-04-08T15:00:00-04:00", ("2027-04-12", "2027-04-12"), "US", "en", HOTELSMAG),
    ("Our next management class starts in June; we'll see how the spring recruiting season goes "
     "before we fill it.",
     "2027-04-08T15:10:00-04:00", None, "US", "en", HOTELSMAG),
    # The candidate's own check-in, and vague ("a week or two").
    ("A quick check-in from you after a week or two is fine; the GM is juggling the reopening.",
     "2027-11-15T10:00:00-05:00", None, "US", "en", HORIZON),
    ("The GM wants the front-desk lead in place before the holiday rush, so we'll make the call "
     "by Friday the 19th.",
     "2027-11-15T10:10:00-05:00", ("2027-11-19", "2027-11-19"), "US", "en", HORIZON),
    ("Within a week of your interview you will receive a letter with your overall ranking on the "
     "two-year list.",
     "2027-03-10T09:00:00-05:00", ("2027-03-17", "2027-03-17"), "US", "en", TRICITY),
    # Selection off the list as openings arise: no day.
    ("Apprentices are called from the ranked list as openings come up over the next two years.",
     "2027-03-10T09:10:00-05:00", None, "US", "en", TRICITY),
    ("Interview scores and rankings are never given out over the phone.",
     "2027-03-10T09:20:00-05:00", None, "US", "en", TRICITY),
    # "Within a few weeks": too wide to name a span (decided here, like "a while").
    ("You'll receive a letter with your interview score within a few weeks.",
     "2027-06-02T13:00:00-05:00", None, "US", "en", LEJATC),
    # A lower bound on the candidate's own re-interview.
    ("If you want to re-interview to improve your score, you can do so after 90 days.",
     "2027-06-02T13:10:00-05:00", None, "US", "en", LEJATC),
    ("Plan on ten to fifteen minutes in front of a panel of four to eight committee members.",
     "2027-02-22T08:00:00-06:00", None, "US", "en", DMELEJATC),
    # The month's last day a Sunday: also the next working day (b12).
    ("Two more candidates visit over the next two weeks; after that the committee sends its "
     "recommendation to the dean, and you should hear from the dean's office by the end of the "
     "month.",
     "2027-02-09T17:00:00-05:00", ("2027-02-28", "2027-03-01"), "US", "en", JULIEDODD),
    ("Funding for the line still needs the provost's sign-off, so I can't give you a timeline.",
     "2027-02-09T17:10:00-05:00", None, "US", "en", JULIEDODD),
    ("The board meets in January; selectees will be notified by 8 February and must accept by the "
     "14th.",
     "2027-01-05T10:00:00-05:00", ("2027-02-08", "2027-02-08"), "US", "en", USMA),
    ("Packets for this selection board are due no later than 30 November.",
     "2026-11-02T10:00:00-05:00", None, "US", "en", USMA),
    ("With spring break next week the committee won't meet until the 22nd; we'll call our top "
     "candidate the day after that meeting.",
     "2027-03-10T12:00:00-05:00", ("2027-03-23", "2027-03-23"), "US", "en", CHRONICLE),
    ("Our second finalist visits on a Tuesday-Thursday sequence so both get the same teaching "
     "slots.",
     "2027-03-10T12:10:00-05:00", None, "US", "en", CHRONICLE),
    ("The district manager is travelling, so it could be several weeks before anyone calls you "
     "back.",
     "2027-08-26T14:00:00-04:00", None, "US", "en", RETAILGIGS),
    # A chain: the sign-off on Monday 30 August, then two days.
    ("Once the district manager signs off on Monday, you'll hear from the store within two days.",
     "2027-08-26T14:10:00-04:00", ("2027-09-01", "2027-09-01"), "US", "en", RETAILGIGS),
    # United Kingdom
    ("The advert closes on 5 March and we'll let everyone know whether they've been shortlisted "
     "by 6 April.",
     "2027-02-20T10:00:00+00:00", ("2027-04-06", "2027-04-06"), "GB", "en", WDH),
    ("Induction week for the new apprentices starts on 9 August.",
     "2027-02-20T10:10:00+00:00", None, "GB", "en", WDH),
    # An invitation promised on passing shortlisting, with no date for it.
    ("Assessment days for electrical apprentices are provisionally 10 and 13 May; you'll get an "
     "invitation if you pass shortlisting.",
     "2027-02-20T10:20:00+00:00", None, "GB", "en", WDH),
    # Australia (New South Wales): the King's Birthday (Mon 14 June) skipped.
    ("The board will post your result within ten working days of today's selection board.",
     "2027-06-10T16:00:00+10:00", ("2027-06-25", "2027-06-25"), "AU", "en", BOREDOF),
    ("Half of the board is the teamwork exercises; the other half is a face-to-face interview.",
     "2027-06-10T16:10:00+10:00", None, "AU", "en", BOREDOF),
    # Ireland: St Patrick's Day (Wed 17 March) skipped; a conditional promise (b11).
    ("Each phase is pass or fail; if you pass today's interview we'll email you a simulator slot "
     "within five working days.",
     "2027-03-16T15:00:00+00:00", ("2027-03-24", "2027-03-24"), "IE", "en", SIMTECH),
    ("Bring your logbook and licence to the simulator assessment.",
     "2027-03-16T15:10:00+00:00", None, "IE", "en", SIMTECH),
    # A start-up loop: the rest tomorrow (Thu 24 June), then a decision within 24 hours.
    ("If we both want to keep going after the technical round, we'll run the rest of the loop "
     "tomorrow and decide within 24 hours of your last interview.",
     "2027-06-23T16:00:00-04:00", ("2027-06-25", "2027-06-25"), "US", "en", CODESNATCH),
    ("The loop is three rounds over nine days, and the founder round comes last.",
     "2027-06-23T16:10:00-04:00", None, "US", "en", CODESNATCH),
    ("We'll get back to you by the end of the day with revised numbers so you can give notice "
     "right away.",
     "2027-09-14T12:30:00-04:00", ("2027-09-14", "2027-09-14"), "US", "en", GOVLOOP),
    # The candidate's own deadline.
    ("We'd need your answer today, since we want someone to start as soon as possible.",
     "2027-09-14T12:40:00-04:00", None, "US", "en", GOVLOOP),
    ("Honestly, we're still working out what this role should look like, so hang tight.",
     "2027-05-03T15:00:00-07:00", None, "US", "en", RACHAEL),
    # Canada (Newfoundland and Labrador, Prince Edward Island)
    ("All candidates are notified in writing of their placement once the competition is "
     "complete.",
     "2027-10-04T10:00:00-02:30", None, "CA", "en", HIRINGNL),
    ("Reference checks on the top-ranked candidates run this week, and every candidate will get "
     "a letter with their placement by Friday, 8 October.",
     "2027-10-04T10:10:00-02:30", ("2027-10-08", "2027-10-08"), "CA", "en", HIRINGNL),
    ("The Commission will contact short-listed applicants for interviews within two weeks of the "
     "closing date of 22 January.",
     "2027-01-18T09:00:00-04:00", ("2027-02-05", "2027-02-05"), "CA", "en", GPEI),
    ("Reference checks are carried out on the top candidates after the interviews.",
     "2027-01-18T09:10:00-04:00", None, "CA", "en", GPEI),
    # Singapore: the Chinese New Year holiday (Mon 8 February) skipped.
    ("Once you've completed the strengths assessment, we'll tell you within ten working days "
     "whether you're invited to the video interview.",
     "2027-01-28T11:00:00+08:00", ("2027-02-12", "2027-02-12"), "SG", "en", SCCOM),
    ("Interns must be in their penultimate year of study when they apply.",
     "2027-01-28T11:10:00+08:00", None, "SG", "en", SCCOM),
    # Australia and New Zealand (health services)
    ("If you're eligible for a graduate position, you'll get an email on Tuesday 20 July inviting "
     "you to an interview in August.",
     "2027-06-30T10:00:00+10:00", ("2027-07-20", "2027-07-20"), "AU", "en", NSWHEALTH),
    ("You must reply to accept or decline the interview invitation by Tuesday 27 July.",
     "2027-06-30T10:10:00+10:00", None, "AU", "en", NSWHEALTH),
    ("All graduate applicants are interviewed between Monday 2 August and Friday 27 August.",
     "2027-06-30T10:20:00+10:00", None, "AU", "en", NSWHEALTH),
    ("Applications close on Friday 14 May; shortlisted graduates will be phoned within three weeks "
     "of the closing date.",
     "2027-05-03T09:00:00+12:00", ("2027-06-04", "2027-06-04"), "NZ", "en", SOUTHERNDHB),
    # The last interview on Thursday 21 October, then the following Wednesday.
    ("The panel sees the last candidate on Thursday, and the recruitment advisor will phone "
     "everyone by the following Wednesday.",
     "2027-10-19T11:00:00+13:00", ("2027-10-27", "2027-10-27"), "NZ", "en", SOUTHERNNZ),
    ("If you're overseas or outside the region, we can interview you by video.",
     "2027-10-19T11:10:00+13:00", None, "NZ", "en", SOUTHERNNZ),
    # "It can take up to two weeks": a usual length, not the employer's promise.
    ("Given the volume of applications, it can take up to two weeks to get an update.",
     "2027-08-16T09:00:00+12:00", None, "NZ", "en", APMNZ),
    ("Unsuccessful applicants are informed by email or phone.",
     "2027-08-16T09:10:00+12:00", None, "NZ", "en", APMNZ),
    # A named day that is a public holiday (King's Birthday): also the next working day (b11).
    ("References should be back by Friday, and the hiring manager will ring you with an offer or "
     "a decline on Monday 7 June.",
     "2027-06-01T15:00:00+12:00", ("2027-06-07", "2027-06-08"), "NZ", "en", WDHBNZ),
    # Finance, academia, trades and hospitality again (more wording from the same pages)
    ("You should hear from us within a week of your final round.",
     "2027-09-24T17:00:00-04:00", ("2027-10-01", "2027-10-01"), "US", "en", WSWANNABE),
    ("The bankers rank everyone at the round table this afternoon, and HR will call the people "
     "who made the cut tonight.",
     "2027-03-12T12:00:00-05:00", ("2027-03-12", "2027-03-12"), "US", "en", WSO),
    # "Monday or Tuesday": a span's upper end (Tuesday 23 March).
    ("It's late Friday, so I can't promise anything, but expect an offer Monday or Tuesday.",
     "2027-03-19T17:30:00-04:00", ("2027-03-23", "2027-03-23"), "US", "en", EXOTICKE),
    ("We'll call everyone from today's Super Day by Wednesday, offer or not.",
     "2027-09-17T18:00:00-04:00", ("2027-09-22", "2027-09-22"), "US", "en", WHARTON),
    # "Friday or Monday": the upper end, Monday 18 January, is MLK Day: also Tuesday.
    ("We'll let you know about second rounds on Friday or Monday.",
     "2027-01-12T16:00:00-05:00", ("2027-01-18", "2027-01-19"), "US", "en", JULYDREAM),
    ("The dean's office will call our first choice within two business days of the last campus "
     "visit on Friday the 12th.",
     "2027-03-08T10:00:00-05:00", ("2027-03-16", "2027-03-16"), "US", "en", JULIEDODD),
    # "The week after <date>": Monday to Friday of the following week (b11).
    ("The vice president still has to sign off; you'll have an answer the week after spring "
     "break, which ends on the 19th.",
     "2027-03-11T14:00:00-05:00", ("2027-03-22", "2027-03-26"), "US", "en", CHRONICLE),
    # "Before then" (Thursday 24 June): the day before and the day.
    ("The founders leave for a conference on Thursday, so we'll make the call before then.",
     "2027-06-21T11:00:00-04:00", ("2027-06-23", "2027-06-24"), "US", "en", CODESNATCH),
    ("Decisions on the second round come out in one to two weeks.",
     "2027-02-17T16:00:00-05:00", ("2027-03-03", "2027-03-03"), "US", "en", HOTELSMAG),
    ("Packets are reviewed in December, and you'll get feedback before the board, by 17 December "
     "at the latest.",
     "2027-11-29T09:00:00-05:00", ("2027-12-17", "2027-12-17"), "US", "en", USMA),
    # Business days over Thanksgiving: the day after it both ways (b11).
    ("Aptitude test scores go out by mail within ten business days.",
     "2027-11-19T12:00:00-05:00", ("2027-12-06", "2027-12-07"), "US", "en", TRICITY),
    # Independence Day observed (Mon 5 July) skipped.
    ("Your score letter is mailed within five business days after interview week ends on "
     "Friday.",
     "2027-07-01T10:00:00-05:00", ("2027-07-12", "2027-07-12"), "US", "en", DMELEJATC),
    ("The GM is off until Monday; she'll call you with a decision by Wednesday.",
     "2027-09-02T15:00:00-04:00", ("2027-09-08", "2027-09-08"), "US", "en", HORIZON),
    # 48 hours from the tour on Friday 13 August land on a Sunday: also Monday.
    ("HR will have a decision within 48 hours of your unit tour tomorrow.",
     "2027-08-12T14:00:00-04:00", ("2027-08-15", "2027-08-16"), "US", "en", CLIPBOARD),
    ("Head office is setting up the next round, which can take anywhere from a few days to a few "
     "weeks.",
     "2027-08-30T11:00:00-04:00", None, "US", "en", RETAILGIGS),
    # Canada (Prince Edward Island): "the following week".
    ("Interviews finish on Friday, 12 March; the Commission will call the successful candidate "
     "the following week.",
     "2027-03-08T09:00:00-04:00", ("2027-03-15", "2027-03-19"), "CA", "en", GPEI),
    # United Kingdom, Ireland, Ghana, India
    ("Plumbing assessment days are on 21 and 22 June, and we'll write to everyone by the end of "
     "that month.",
     "2027-06-01T09:00:00+01:00", ("2027-06-30", "2027-06-30"), "GB", "en", WDH),
    ("If you pass the assessment centre in London, you'll hear from us before 24 December.",
     "2027-12-09T16:00:00+00:00", ("2027-12-23", "2027-12-24"), "GB", "en", SCCOM),
    ("The whole process should take no longer than three to four months.",
     "2027-12-15T10:00:00+00:00", None, "GB", "en", WESTMERCIA),
    # Working days over Christmas in England (27 and 28 December substitute bank holidays).
    ("After the assessment centre, the recruitment team will give you an update within ten "
     "working days.",
     "2027-12-15T10:10:00+00:00", ("2027-12-31", "2027-12-31"), "GB", "en", WESTMERCIA),
    # The first working day after the May bank holiday (Mon 3 May).
    ("Simulator results are pass or fail, and we'll confirm yours by email the next working day.",
     "2027-04-30T16:00:00+01:00", ("2027-05-04", "2027-05-04"), "IE", "en", SIMTECH),
    ("Screening results will be on your portal by Thursday, and successful applicants write the "
     "test on Sunday.",
     "2027-11-08T09:00:00+00:00", ("2027-11-11", "2027-11-11"), "GH", "en", GRAPHICGH),
    ("Report to your centre by 8 a.m. with your exam chit, pens and a passport photo.",
     "2027-11-08T09:10:00+00:00", None, "GH", "en", GRAPHICGH),
    ("A new merit list will be declared shortly.",
     "2027-01-25T12:00:00+05:30", None, "IN", "en", NDTV),
    ("The revised merit list for the written test will be published on our website on 4 "
     "February.",
     "2027-01-25T12:10:00+05:30", ("2027-02-04", "2027-02-04"), "IN", "en", NDTV),
    ("Once the written results are out, the physical test will follow.",
     "2027-01-25T12:20:00+05:30", None, "IN", "en", FREEPRESS),
    # Australia and New Zealand
    ("The Air Force board is tougher; its results are posted four weeks after your board date of "
     "3 August.",
     "2027-07-20T10:00:00+10:00", ("2027-08-31", "2027-08-31"), "AU", "en", BOREDOF),
    ("Offers for the graduate program are emailed on Tuesday 5 October.",
     "2027-08-20T10:00:00+10:00", ("2027-10-05", "2027-10-05"), "AU", "en", NSWHEALTH),
    # Working days over New Year in New Zealand (3 and 4 January observed).
    ("If you're shortlisted, we'll phone you within five working days after the advert closes on "
     "Friday 31 December.",
     "2027-12-20T09:00:00+13:00", ("2028-01-11", "2028-01-11"), "NZ", "en", SOUTHERNNZ),
    # ------------------------------------------------------------------ German
    # Ende KW 14: its Friday (9 April).
    ("Wir melden uns bis Ende KW 14 bei Ihnen, ob Sie einen Ausbildungsplatz bei uns bekommen.",
     "2027-03-23T14:00:00+01:00", ("2027-04-09", "2027-04-09"), "DE", "de", KRANKENS),
    ("Bitte schreiben Sie vor Ort eine Seite zu einem Fallbeispiel, möglichst fehlerfrei.",
     "2027-03-23T14:10:00+01:00", None, "DE", "de", KRANKENS),
    ("Vielen Dank für Ihre Bewerbung; spätestens am Freitag, dem 7. Mai, melden wir uns mit "
     "einem Termin für ein Gespräch.",
     "2027-04-29T09:00:00+02:00", ("2027-05-07", "2027-05-07"), "DE", "de", PFLEGENON),
    # Werktage skip Saturdays; Pfingstmontag (17 May) skipped.
    ("Sie erhalten innerhalb von drei Werktagen Bescheid, ob es mit der Stelle auf der Station "
     "klappt.",
     "2027-05-12T15:00:00+02:00", ("2027-05-18", "2027-05-18"), "DE", "de", PFLEGENON),
    ("Etwa die Hälfte unserer Bewerbungsgespräche endet in einer Anstellung.",
     "2027-09-28T10:00:00+02:00", None, "DE", "de", BORNPFLEGE),
    # Early in the week after the trial shift (Thu 30 September): Monday to Wednesday.
    ("Nach dem Probearbeiten am Donnerstag sagen wir Ihnen Anfang der darauffolgenden Woche "
     "Bescheid.",
     "2027-09-28T10:10:00+02:00", ("2027-10-04", "2027-10-06"), "DE", "de", BORNPFLEGE),
    ("Sobald Ihre Unterlagen vollständig sind, erhalten Sie innerhalb von drei Wochen eine "
     "Einladung zum Auswahlverfahren.",
     "2027-01-11T10:00:00+01:00", ("2027-02-01", "2027-02-01"), "DE", "de", BWKARRIERE),
    # Arrival on Monday 16 August; the result on the second day.
    ("Das Ergebnis bekommen Sie am Ende des zweiten Tages im Einplanungsgespräch.",
     "2027-08-16T14:30:00+02:00", ("2027-08-17", "2027-08-17"), "DE", "de", AUSBPARK),
    ("Der Einstellungstest für die Offizierslaufbahn dauert zwei Tage.",
     "2027-08-02T10:00:00+02:00", None, "DE", "de", BWTEST),
    ("Ist Ihre Eignung festgestellt, macht Ihnen der Einplaner noch heute Nachmittag ein "
     "Angebot.",
     "2027-10-12T09:00:00+02:00", ("2027-10-12", "2027-10-12"), "DE", "de", LANDESZ),
    # Arbeitstage in Berlin.
    ("Den schriftlichen Bescheid erhalten Sie innerhalb von zehn Arbeitstagen nach dem "
     "Assessment.",
     "2027-11-11T16:00:00+01:00", ("2027-11-25", "2027-11-25"), "DE", "de", BWDE),
    # ------------------------------------------------------------------ French
    ("La DRH vous appellera d'ici la fin de la semaine prochaine.",
     "2027-04-28T15:00:00+02:00", ("2027-05-07", "2027-05-07"), "FR", "fr", ESPACEINF),
    ("Les résultats de l'oral seront affichés à l'institut le 2 juillet.",
     "2027-06-11T12:00:00+02:00", ("2027-07-02", "2027-07-02"), "FR", "fr", PAPERBLOG),
    ("Renseignez-vous bien sur la structure avant l'entretien.",
     "2027-06-11T12:10:00+02:00", None, "FR", "fr", STAFFSANTE),
    # "Lundi" is Whit Monday (17 May), a holiday many employers work: also Tuesday (b11).
    ("Je vous recontacte lundi pour vous dire si on vous garde.",
     "2027-05-13T17:00:00+02:00", ("2027-05-17", "2027-05-18"), "FR", "fr", JOLIMETIER),
    ("Le salaire affiché comprend les primes de week-end et de jours fériés.",
     "2027-05-13T17:10:00+02:00", None, "FR", "fr", JOLIMETIER),
    # The candidate's own deadline.
    ("Renvoyez-nous le dossier complété avant vendredi si vous souhaitez poursuivre.",
     "2027-06-08T11:00:00+02:00", None, "FR", "fr", ESCRIV),
    ("La directrice de l'hébergement vous rappellera d'ici mercredi prochain pour un second "
     "entretien.",
     "2027-06-10T16:00:00+02:00", ("2027-06-16", "2027-06-16"), "FR", "fr", ESCRIV),
    # Sous huitaine: 7 and 8 days.
    ("Nous rencontrons encore trois candidats cette semaine ; vous aurez notre réponse sous "
     "huitaine.",
     "2027-07-13T10:00:00+02:00", ("2027-07-20", "2027-07-21"), "FR", "fr", HOTELTOQUE),
    ("Le poste de chef de rang est à pourvoir pour la saison, de mai à septembre.",
     "2027-03-02T10:00:00+01:00", None, "FR", "fr", HOTELTOQUE),
    # ------------------------------------------------------------------ Spanish
    ("Te apuntamos en la bolsa de trabajo y te llamaremos cuando haya una vacante.",
     "2027-01-05T12:00:00+01:00", None, "ES", "es", MM85),
    ("La supervisora de oncología decide esta semana y te llamamos el lunes 11 con la respuesta.",
     "2027-01-05T12:10:00+01:00", ("2027-01-11", "2027-01-11"), "ES", "es", MM85),
    # Días hábiles: the Fiesta Nacional (Tue 12 October) skipped.
    ("Después de la entrevista telefónica con el hospital, la agencia te dará una respuesta en un "
     "plazo de cinco días hábiles.",
     "2027-10-05T17:00:00+02:00", ("2027-10-13", "2027-10-13"), "ES", "es", JOBSAGFM),
    ("Ten tu currículum delante durante la llamada y un vaso de agua cerca.",
     "2027-10-05T17:10:00+02:00", None, "ES", "es", JOBSAGFM),
    # Chile: días hábiles, the Fiestas Patrias holiday (Fri 17 September) skipped.
    ("La Comisión entrevistará a los postulantes y el Alcalde resolverá el concurso dentro de los "
     "cinco días hábiles siguientes.",
     "2027-09-15T10:00:00-03:00", ("2027-09-23", "2027-09-23"), "CL", "es", MUNICOMB),
    ("Los antecedentes curriculares, la experiencia y las dos entrevistas tendrán cada uno su "
     "puntaje.",
     "2027-09-15T10:10:00-03:00", None, "CL", "es", MUNICOMB),
    # Argentina: counted from an event whose date the text does not give.
    ("Cuando los bloques terminen de analizar los planes de trabajo, convocaremos a los "
     "postulantes a la entrevista personal.",
     "2027-08-10T12:00:00-03:00", None, "AR", "es", ANGOSTURA),
    ("El Concejo dará a conocer la terna el lunes 23 de agosto.",
     "2027-08-10T12:10:00-03:00", ("2027-08-23", "2027-08-23"), "AR", "es", ANGOSTURA),
    # "Antes del viernes 23": the day before and the day.
    ("Los que superen la entrevista recibirán un correo antes del viernes 23 con la fecha del "
     "curso.",
     "2027-04-19T13:00:00+02:00", ("2027-04-22", "2027-04-23"), "ES", "es", FARO),
    ("A los seleccionados les espera mes y medio de formación antes de volar.",
     "2027-04-19T13:10:00+02:00", None, "ES", "es", FARO),
    ("Después del test os diremos esta misma tarde quién pasa a la entrevista personal.",
     "2027-03-02T10:00:00+01:00", ("2027-03-02", "2027-03-02"), "ES", "es", DIARIOSUR),
    ("Pedimos bachillerato o un ciclo superior, permiso de trabajo en la UE y saber nadar.",
     "2027-03-02T10:10:00+01:00", None, "ES", "es", DIARIOSUR),
    ("Revisamos los test psicotécnicos y antes de las dos os decimos quién pasa a las entrevistas.",
     "2027-01-29T11:00:00+01:00", ("2027-01-29", "2027-01-29"), "ES", "es", LEVANTE),
    ("Las entrevistas personales terminan hoy; los admitidos al curso lo sabrán en un plazo de "
     "diez días hábiles.",
     "2027-07-07T18:00:00+02:00", ("2027-07-21", "2027-07-21"), "ES", "es", MENORCA),
    ("Quedaréis a la espera de confirmación durante las próximas semanas, porque aún tenemos "
     "selecciones en Oviedo, Madrid y Málaga.",
     "2027-02-24T14:00:00+01:00", None, "ES", "es", CRONICA),
    ("Los seleccionados para la segunda fase recibirán una llamada antes del martes 9 de febrero.",
     "2027-02-03T19:00:00+01:00", ("2027-02-08", "2027-02-09"), "ES", "es", MALAGAHOY),
    # ------------------------------------------------------------------ Italian
    # "Quindici giorni": 14 and 15 days, as "quinze jours" / "quince días".
    ("Entro quindici giorni ti faremo sapere, che la risposta sia positiva o negativa.",
     "2027-04-19T15:00:00+02:00", ("2027-05-03", "2027-05-04"), "IT", "it", OLEANDRI),
    ("Continuiamo i colloqui la settimana prossima e vi richiamiamo entro venerdì 14.",
     "2027-05-08T10:00:00+02:00", ("2027-05-14", "2027-05-14"), "IT", "it", UNIVLAV),
    ("Il sabato da noi è giorno di pulizie, scusi il disordine.",
     "2027-05-08T10:10:00+02:00", None, "IT", "it", UNIVLAV),
    ("Nei prossimi giorni sarà stilata la graduatoria, che resterà valida tre anni.",
     "2027-11-08T17:00:00+01:00", None, "IT", "it", CORRCOMO),
    ("Le prove orali si chiudono oggi; la graduatoria sarà pubblicata sul sito aziendale entro "
     "dieci giorni.",
     "2027-11-08T17:10:00+01:00", ("2027-11-18", "2027-11-18"), "IT", "it", CORRCOMO),
    ("La graduatoria sarà pronta in due giorni lavorativi dalla prova di oggi.",
     "2027-02-26T15:00:00+01:00", ("2027-03-02", "2027-03-02"), "IT", "it", ANSA),
    ("Gli idonei non assunti subito saranno chiamati man mano che si liberano i posti.",
     "2027-02-26T15:10:00+01:00", None, "IT", "it", ANSA),
    # ------------------------------------------------------------------ Portuguese
    ("A prova será no dia 31 de outubro e o resultado do processo seletivo sai em 16 de dezembro.",
     "2027-08-20T10:00:00-03:00", ("2027-12-16", "2027-12-16"), "BR", "pt", EMCOM),
    ("A cerimônia de posse dos novos cooperados será em 12 de janeiro.",
     "2027-08-20T10:10:00-03:00", None, "BR", "pt", EMCOM),
    # The day after the exam of Sunday 12 December.
    ("A prova objetiva será no domingo, 12 de dezembro, e o gabarito sai no dia seguinte.",
     "2027-11-03T09:00:00-03:00", ("2027-12-13", "2027-12-13"), "BR", "pt", DIARIOMEARIM),
    ("A validade do processo seletivo é de dois anos, prorrogável uma vez.",
     "2027-11-03T09:10:00-03:00", None, "BR", "pt", DIARIOMEARIM),
    ("As inscrições são feitas somente em dias úteis, das 8h às 12h.",
     "2027-11-03T09:20:00-03:00", None, "BR", "pt", DIARIOMEARIM),
    ("O resultado da seleção do Jovem Aprendiz será divulgado na quinta-feira, 8 de abril.",
     "2027-03-30T10:00:00-03:00", ("2027-04-08", "2027-04-08"), "BR", "pt", RADIOBARB),
    ("Os aprovados dentro das vagas serão convocados por telegrama à medida que as turmas forem "
     "abertas.",
     "2027-03-30T10:10:00-03:00", None, "BR", "pt", RADIOBARB),
    # Dias úteis skip Saturdays.
    ("Depois do envio dos documentos, você será encaminhado ao exame médico em até dez dias "
     "úteis.",
     "2027-01-20T11:00:00-03:00", ("2027-02-03", "2027-02-03"), "BR", "pt", JORNALDOC),
    # ------------------------------------------------------------------ Dutch
    # Werkdagen from Fri 23 April: Koningsdag and Hemelvaart skipped, Bevrijdingsdag both ways.
    ("De vacature sluit op vrijdag 23 april; binnen tien werkdagen daarna hoor je of je wordt "
     "uitgenodigd voor een eerste gesprek.",
     "2027-04-12T10:00:00+02:00", ("2027-05-11", "2027-05-12"), "NL", "nl", RIJNSTATE),
    ("Reiskosten voor je sollicitatie vergoeden wij niet.",
     "2027-04-12T10:10:00+02:00", None, "NL", "nl", RIJNSTATE),
    ("Je ontvangt uiterlijk twee weken na de uiterste reactiedatum van 14 juni nader bericht.",
     "2027-06-01T09:00:00+02:00", ("2027-06-28", "2027-06-28"), "NL", "nl", NOORDERBR),
    ("Tijdens het gesprek hoor je wanneer je bericht krijgt over de uitkomst.",
     "2027-06-01T09:10:00+02:00", None, "NL", "nl", NOORDERBR),
    ("Bij gelijke geschiktheid krijgen interne kandidaten voorrang.",
     "2027-06-01T09:20:00+02:00", None, "NL", "nl", ZORGGROEP),
    # ------------------------------------------------------------------ Danish
    # "Fredag i uge 11": the Friday of ISO week 11.
    ("Ansættelsesudvalget holder mini-interviews den 9. marts, og alle ansøgere får svar senest "
     "fredag i uge 11.",
     "2027-03-01T09:00:00+01:00", ("2027-03-19", "2027-03-19"), "DK", "da", LAEGEUDD),
    ("Hver samtale varer fem til syv minutter med grupper på to til tre personer.",
     "2027-03-01T09:10:00+01:00", None, "DK", "da", LAEGEUDD),
    # ------------------------------------------------------------------ Norwegian
    ("Sikkerhetsklareringen kan ta flere måneder, så det kan ta lang tid før stillingen blir "
     "besatt.",
     "2027-08-24T13:00:00+02:00", None, "NO", "no", FORSVARET),
    ("Tilsettingsrådet møtes torsdag 2. september, og du får beskjed dagen etter.",
     "2027-08-24T13:10:00+02:00", ("2027-09-03", "2027-09-03"), "NO", "no", FORSVARET),
    ("Etter andre intervjurunde skriver vi innstillingen; ansettelsesrådet behandler den innen "
     "tre uker, og da får du et tilbud eller et avslag.",
     "2027-11-10T14:00:00+01:00", ("2027-12-01", "2027-12-01"), "NO", "no", FORSVBYGG),
    ("Alle søkere blir oppført på offentlig søkerliste.",
     "2027-11-10T14:10:00+01:00", None, "NO", "no", FORSVBYGG),
    # ------------------------------------------------------------------ Finnish
    # An aim ("tavoitteena on"), like b12's hope: no promise.
    ("Haastattelujen jälkeen ovat soveltuvuusarvioinnit, ja tavoitteena on, että valtuusto "
     "valitsee johtajan 1.12.",
     "2027-10-20T12:00:00+03:00", None, "FI", "fi", STTINFO),
    ("Soveltuvuusarvioinnit tehdään viikolla 44, ja kaikille haastatelluille ilmoitetaan "
     "jatkosta viimeistään perjantaina 12.11.",
     "2027-10-20T12:10:00+03:00", ("2027-11-12", "2027-11-12"), "FI", "fi", STTINFO),
    # ------------------------------------------------------------------ Czech
    ("Dvanáct finalistek zveřejníme 14. května.",
     "2027-04-20T10:00:00+02:00", ("2027-05-14", "2027-05-14"), "CZ", "cs", NEJSESTR),
    ("Přihlášky je potřeba odeslat do 30. dubna.",
     "2027-04-20T10:10:00+02:00", None, "CZ", "cs", NEJSESTR),
    # Pracovní dny: Saturday 8 May (a holiday) changes nothing.
    ("Výsledky prvního kola vám pošleme e-mailem do pěti pracovních dnů.",
     "2027-05-05T15:00:00+02:00", ("2027-05-12", "2027-05-12"), "CZ", "cs", NEJSESTR),
    # ------------------------------------------------------------------ Romanian
    ("Proba practică și interviul au loc pe 24 martie, iar rezultatele se afișează a doua zi, la "
     "ora 15.",
     "2027-03-18T09:00:00+02:00", ("2027-03-25", "2027-03-25"), "RO", "ro", SPITMEDIAS),
    ("Candidații trebuie să aibă o adeverință medicală de la medicul de familie.",
     "2027-03-18T09:10:00+02:00", None, "RO", "ro", SPITMEDIAS),
    # ------------------------------------------------------------------ Turkish
    ("Kura sonuçlarını aynı gün saat 17.00'den sonra internet sitesinden öğrenebilirsiniz.",
     "2027-11-12T09:00:00+03:00", ("2027-11-12", "2027-11-12"), "TR", "tr", GENCGAZETE),
    # The applicants' window.
    ("Başvurular 8 Ekim'de başlayıp 13 Ekim'de sona erecek.",
     "2027-10-01T10:00:00+03:00", None, "TR", "tr", CUKUROVA),
    # ------------------------------------------------------------------ Greek
    ("Οι πίνακες απορριπτέων γίνονται οριστικοί μετά την εκδίκαση των ενστάσεων.",
     "2027-05-20T10:00:00+03:00", None, "GR", "el", ASEP),
    # The provisional list's day (b12: the objection window is the candidates').
    ("Οι προσωρινοί πίνακες θα αναρτηθούν στις 15 Ιουνίου και οι ενστάσεις υποβάλλονται μέσα σε "
     "δέκα ημέρες.",
     "2027-05-20T10:10:00+03:00", ("2027-06-15", "2027-06-15"), "GR", "el", ASEP),
    # ------------------------------------------------------------------ Japanese
    # Seven days land on Greenery Day (4 May): up to the next working day, 6 May.
    ("面接の結果は、一週間以内にお電話でご連絡いたします。",
     "2027-04-27T14:00:00+09:00", ("2027-05-04", "2027-05-06"), "JP", "ja", RENEWCARE),
    ("一般的には、面接後3日から1週間ほどで連絡が来ることが多いです。",
     "2027-04-27T14:10:00+09:00", None, "JP", "ja", RENEWCARE),
    # 営業日: Respect for the Aged Day (20 Sep) and the equinox (23 Sep) skipped.
    ("合否は5営業日以内にメールでお知らせします。",
     "2027-09-16T11:00:00+09:00", ("2027-09-27", "2027-09-27"), "JP", "ja", NURSERE),
    ("不採用の場合はご連絡いたしませんので、あらかじめご了承ください。",
     "2027-09-16T11:10:00+09:00", None, "JP", "ja", TENSYOKU),
    # Seven days land on Friday 31 December, inside the year-end closure most employers keep
    # (年末年始): also up to the first working day, 4 January, as for Heiligabend (b7).
    ("最終面接の結果は、1週間以内にお電話でお知らせします。",
     "2027-12-24T15:00:00+09:00", ("2027-12-31", "2028-01-04"), "JP", "ja", OMOTENASHI),
    ("いつから働けるか、おおよその入社可能日を教えてください。",
     "2027-12-24T15:10:00+09:00", None, "JP", "ja", OMOTENASHI),
    # After Golden Week (ends Wed 5 May): the rest of that week.
    ("ゴールデンウィーク明けに、最終面接の結果をお送りします。",
     "2027-04-28T13:00:00+09:00", ("2027-05-06", "2027-05-07"), "JP", "ja", AMEBLO),
    ("最終面接の結果は2週間以内にメールでご連絡します。",
     "2027-11-10T16:00:00+09:00", ("2027-11-24", "2027-11-24"), "JP", "ja", NINAVI),
    ("最終面接には履歴書を2通ご持参ください。",
     "2027-11-01T10:00:00+09:00", None, "JP", "ja", NINAVI),
    # ------------------------------------------------------------------ Korean
    ("2차 필기시험 합격자 발표는 7월 2일(금)입니다.",
     "2027-06-21T10:00:00+09:00", ("2027-07-02", "2027-07-02"), "KR", "ko", SEOYEONG),
    ("원서 접수는 6월 11일(금) 18시까지입니다.",
     "2027-06-01T10:00:00+09:00", None, "KR", "ko", SEOYEONG),
    # Next Wednesday is Chuseok (15 September): up to the next working day, Friday 17 (b11).
    ("1차 면접 합격자에게는 다음 주 수요일까지 개별 문자로 안내해 드립니다.",
     "2027-09-09T15:00:00+09:00", ("2027-09-15", "2027-09-17"), "KR", "ko", DAUMCAFE),
    ("모든 면접은 영어로 진행됩니다.",
     "2027-09-09T15:10:00+09:00", None, "KR", "ko", DAUMCAFE),
    ("F&B 서비스 면접 결과는 3영업일 이내에 이메일로 알려 드립니다.",
     "2027-05-06T14:00:00+09:00", ("2027-05-11", "2027-05-11"), "KR", "ko", GALLAXY19),
    # ------------------------------------------------------------------ Polish
    # The applicants' window.
    ("Termin składania dokumentów nie może być krótszy niż 10 dni.",
     "2027-02-01T09:00:00+01:00", None, "PL", "pl", GLUCHOLAZY),
    ("Proces rekrutacji lekarzy może potrwać nawet do czterech miesięcy.",
     "2027-02-01T09:10:00+01:00", None, "PL", "pl", RADIOPLONSK),
    ("Wnioski o przyjęcie do studium oficerskiego składa się do 15 marca.",
     "2027-03-01T09:00:00+01:00", None, "PL", "pl", WOJSKOPL),
    ("Komisja rozpatrzy wnioski w kwietniu, a o wyniku kandydaci zostaną powiadomieni do 30 "
     "kwietnia.",
     "2027-03-10T09:00:00+01:00", ("2027-04-30", "2027-04-30"), "PL", "pl", WOJSKOPL),
    ("Po rozmowie kwalifikacyjnej wojskowe centrum rekrutacji poinformuje pana o decyzji w ciągu "
     "14 dni.",
     "2027-04-28T12:00:00+02:00", ("2027-05-12", "2027-05-12"), "PL", "pl", POLSKAZB),
    ("Wniosek można złożyć najwcześniej trzy miesiące przed osiągnięciem wymaganego stażu.",
     "2027-04-28T12:10:00+02:00", None, "PL", "pl", POLSKAZB),
    # ------------------------------------------------------------------ Chinese
    # 工作日 after the skills test (Tue 23 March).
    ("总成绩在技能考试结束五个工作日后在医院网站公布。",
     "2027-03-23T08:30:00+08:00", ("2027-03-30", "2027-03-30"), "CN", "zh", REELOGIC),
    ("面试时请持身份证原件排队登记,十人一组进入考场。",
     "2027-11-16T08:30:00+08:00", None, "CN", "zh", REELOGIC),
    ("技能考试结束后五个工作日内,医院将在网站上公布总成绩。",
     "2027-11-16T08:40:00+08:00", ("2027-11-23", "2027-11-23"), "CN", "zh", REELOGIC),
    # The list's day; the seven-day public notice period is the public's window.
    ("总成绩已于今天公布,拟录用名单将于次日在医院网站公示,公示期为七天。",
     "2027-11-23T17:00:00+08:00", ("2027-11-24", "2027-11-24"), "CN", "zh", REELOGIC),
]
