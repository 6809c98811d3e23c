"""Blind batch 12 of the real-material timeline corpus (issue #15, round 12).

Built and labelled by hand on 2026-12-06 by a corpus helper who has never read the timeline code
(``core/timeline/``, ``core/detect/``, ``docs/timelines.md``, ``docs/detection.md`` or ``bench/``),
before the timeline reader, any bench or any test ran on any of it; the only code used while
labelling was Python's ``datetime`` and the ``holidays`` package, to check weekdays, ISO weeks and
public holidays (regional ones included). Each text paraphrases wording or a process documented
on the public page cited in its source (found with the project's search tool, pages corpus; no
page or domain cited by an earlier data file: every host was grepped in ``tests/data/*.py``);
names, companies, dates and office closures are invented, the wording is not copied.

184 texts: English 81, German 14, Spanish 14, French 13, Portuguese 9, Italian 7, Dutch 7,
Japanese 6, Polish 6, Korean 5, Chinese 5, Finnish 4, Swedish 3, Danish 2, Norwegian 2, Czech 2,
Turkish 2, Greek 2; 75 promise nothing. 87 sources on 87 domains (council, university,
fire-service and public-service-commission recruitment pages, civil-service and service-regulation
texts, a centre de gestion's FAQ, public-selection notices and news of public exams, graduate and
placement blogs, recruiter and career-advice pages, letter-template pages, forums and blogs where
candidates quote what they were told) in 33 countries: US 22, GB 20 (England and Scotland),
AU 12 (New South Wales and Tasmania), DE 12, FR 11, BR 9, ES 7 (Madrid, Balearics), IT 7,
JP 6, PL 6, KR 5, CN 5, NZ 4, ZA 4, KE 4, NG 4, IN 4, NO 4, BE 4 (Brussels and Flanders), NL 4,
FI 4, MU 3, PE 3, SE 3, CA 2 (Ontario and Québec), CH 2, AR 2, MX 2, DK 2, CZ 2, TR 2, LU 2,
IE 1. New to the timeline corpus: Chinese texts (and the country
CN), and the country LU.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
(or the message's) local date and time; ``expect`` is the (first, last) day accepted for the day
the employer promised to get back, or None when the text promises nothing from the employer.
Labels follow the conventions of ``real_timeline_b3.py`` to ``real_timeline_b11.py`` (exact day
for "within N days/weeks", counted from the reference or the anchor the text dates; a span's
upper end; chains add up; business days skip weekends and the country's public holidays, both
readings accepted where a holiday is regional or one most employers work; "Arbeitstage" /
"Werktage" / "working days" / "días hábiles" / "dias úteis" / "営業日" / "영업일" / "工作日" skip
Saturdays; "next week" Monday to Friday, a holiday Monday dropped; "early next week" Monday to
Wednesday, a holiday Monday dropped; "in a few days" 2 to 7 days; "mid-<month>" the 13th to the
17th; "KW n" / "vecka n" / "viikolla n" ISO week n, holidays at its ends dropped, "Ende KW n" its
Friday; "by the end of the (next/that) week" its Friday; "by end of month" its last day; "after
<holiday>" the rest of the week after it; "después del puente" the rest of the week after the
bridge; "quinze jours" 14 and 15 days; "sous huitaine" 7 and 8 days; "before <date>" / "antes
del" / "vóór" / "之前" the day before and the day; a calendar-day deadline on a public holiday or
a weekend (a "48 hours" landing on a Saturday) also accepts the next working day; an office
closure the text states is skipped like a holiday; "if you have not heard by ..." is a promise; a
conditional promise of a named day or span is a promise; a promise counted from an event whose
date the text does not give promises no day; vague wording, averages, the candidate's own
deadlines, logistics, lower bounds, appeal windows, retention and validity periods, rejections
and things promised to others promise nothing). Conventions decided here, where the earlier
rounds are silent, are commented on their case; the general ones:
- "a primeira quinzena de <mês>": the 1st to the 15th (the counterpart of b11's "second half");
- "i slutningen af næste uge" (at, not by, the end of next week): its Thursday and Friday;
- "if you have not heard within two weeks, please ask us" (2週間経っても…お問い合わせください)
  reads as "if you have not heard by": a promise of that day;
- a day the text says goes ahead although it is a public holiday ("발표일이 공휴일이지만 예정대로"):
  that day only, without the next-working-day allowance;
- "by the end of the month" whose last day is a Sunday, and a span's upper end ("two to three
  days") that lands on a weekend: also the next working day, as a calendar-day deadline;
- "después del puente" when the bridge runs from Monday to Wednesday (6-8 December): Thursday
  and Friday, extending b11's Tuesday case;
- a holiday whose observance is unsure (ANZAC Day on a Sunday in New South Wales) inside a
  business-day count: both readings; a deadline inside China's National Day holiday, whose 2027
  official schedule the ``holidays`` package does not have: up to the Friday after it;
- a provisional list promised "within a month" followed by a window for objections: the list's
  day (the window is the candidates');
- a hope to decide ("vi hoppas kunna fatta ett beslut på måndag") and a day the candidate is told
  to call back ("give me a call in two and a half weeks") promise nothing.

Scored once, at the end of round 12, for docs/detection.md and the README; tuning data since round 13.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
# English-language pages
WFJ = "https://worldfinancejournal.com/interviewed-friday-no-update-after-24"
GAYLE = "https://gayle.com/careercup-blog/2010/05/ask-gayle-what-do-delays-mean"
SYSTEMS = ("http://www.systemspersonnel.com/2017/10/24/get-back-really-mean-buffalo-ny-executive-"
           "recruiters/")
AWINNING = "https://awinningexitstrategy.wordpress.com/2012/12/01/reckoning-day/"
HOWTO = ("https://howtodothat.co/2017/11/01/how-to-respond-to-a-company-that-hasnt-contacted-you-"
         "since-your-interview/")
DIVERSITY = ("https://diversityrecruitmentpartners.com/2017/04/phone-interview-tips-for-teacher-"
             "candidates/")
DOCPUB = "https://documents.pub/document/guide-to-applying-for-a-job-glasgow-city-council.html"
YORK = "https://www.york.ac.uk/admin/hr/recruitment/other-considerations/feedback/"
MOLEV = ("https://stagingmolly.molevalley.gov.uk/myhr/recruitment-induction/types-of-contracts-"
         "workers/fixed-term-contract/application-closing-date-and-shortlisting")
DAVIDH = "http://davidhatton1987.blogspot.com/2010/11/graduate-assessment-day.html"
HOZIR = "http://hozir.org/goodjobs-70215-indd-20032015-12-38.html?page=18"
KEYSUP = ("https://schoolleaders.thekeysupport.com/staff/recruitment-and-induction/interviewing-"
          "and-selection/holding-interview-your-step-by-step-guide/")
AIRSUP = "https://help.airsupply.org.uk/en/articles/745790-will-i-be-interviewed-by-the-school"
HUNTERS = "https://www.huntershill.nsw.gov.au/Council/Working-With-Us/Recruitment-Process"
KRG = "https://www.krg.nsw.gov.au/Council/Careers/Frequently-asked-employment-questions"
MAITLAND = ("https://www.maitland.nsw.gov.au/my-council/work-with-us/how-to-apply/our-recruitment-"
            "process")
FIRETAS = "https://recruitment.fire.tas.gov.au/apply-to-join/8-referee-reports/"
MELANIE = "https://melaniemagowan.com/2012/11/18/first-telephone-interview/"
PLACEZA = "https://www.placementsineducation.co.za/?p=379"
KENYA = "https://www.jobsnews.co.ke/2025/10/psc-shortlists-candidates-october-2025.html"
OPPKE = "https://opportunitiesforyoungkenyans.co.ke/?p=305047"
ANAEDO = "https://www.anaedoonline.ng/2019/11/30/4-reasons-you-havent-heard-back-after-an-interview/"
FORMSPAL = "https://formspal.com/pdf-forms/other/psc-form-7"
NISHKUM = "https://nishkum.github.io/posts/2018-12-15-blog-post-1/"
ZEENEWS = ("https://zeenews.india.com/companies/it-companies-not-onboarding-even-after-6-months-of-"
           "giving-offer-letters-youth-trolls-companies-on-social-media-2509479.html")
NORWAYAB = "https://www.norwayabroad.net/norway-follow-up-job-interview/"
# German-language pages
SOYHARP = ("https://soyharp.pages.dev/bildung--beruf/zwischenbescheid-bewerbung-engere-auswahl-"
           "muster.html")
DIEBRIEF = "https://diebriefprofis-blog.de/mustertext-zwischenbescheid-an-bewerber"
BILDUNGCH = "https://www.bildung-schweiz.ch/ratgeber/die-zwei-seiten-des-bewerbungsprozesses"
JOBSUCHE = "https://www.jobsuche-regional.com/muster-bewerbungsabsage/"
ZIMMERLING = ("https://www.zimmerling.de/files/zimmerling/publikationen/aufsaetze/"
              "personalratsbeteiligung-auswahlverfahren.htm")
BEAMTENR = ("http://beamtenrecht.online/beamtenrecht/konkurrentenschutz/auswahlgespraeche_bei_"
            "befoerderungsauswahl.htm")
SPDDEL = ("https://www.spd-delmenhorst.de/2011/09/12/unvoreingenommene-personalentscheidung-"
          "unmoeglich-gemacht/")
# French-language pages
BULLES = "http://bulles-a-la-gomme.over-blog.com/article-32876962.html"
CDG48 = ("https://www.cdg48.fr/ufaq/quelle-difference-y-a-t-il-entre-liste-dadmissibilite-et-"
         "liste-dadmission/")
LATRIBUNE = ("https://www.latribune.fr/carrieres/confirmer-relancer-prevenir-dans-les-temps-les-"
             "timings-a-respecter-quand-on-postule-490661.html")
LOUIS21 = "https://www.louis21.com/?p=67134"
SUNSHINE = "http://sunshine.over-blog.org/article-10413561.html"
TERRAFEM = ("http://terrafemina.com/emploi-a-carrieres/vie-travail/articles/22433-top-5-de-vos-"
            "pires-souvenirs-dentretiens-dembauche.html")
WIZBII = "https://laruche.wizbii.com/17875-vrai-entretien-embauche"
# Spanish-language pages
PSICOLOG = "https://psicolog.org/red-asistencial-arequipa.html"
AMYTS = "https://amyts.es/tag/digitalizacion/"
SANTJOSEP = ("https://santjosep.org/es/tablon-de-anuncios/bases-para-la-concesion-de-los-premios-"
             "del-deporte-sant-josep-de-sa-talaia-2013")
SOFIA = "http://sofiabuscatrabajo.blogspot.com/2013/02"
UNBLOG = "http://unblogpsicotico.blogspot.com/2009/02/el-celular-y-la-entrevista-laboral.html"
AFONDO = "https://periodicoafondo.com/que-hacer-si-no-me-llaman-despues-de-una-entrevista-de-trabajo/"
BUSCURRO = "http://www.buscandocurro.es/anecdotas/como-no-se-ofrece-trabajo/"
# Portuguese-language pages
OLIBERAL = ("https://www.oliberal.com/economia/justica-federal-abre-processo-de-selecao-para-"
            "estagiarios-em-belem-1.448470")
PGEMS = ("https://www.pge.ms.gov.br/noticias/pge-divulga-lista-de-pontuacao-dos-candidatos-do-3o-"
         "processo-seletivo-de-estagiarios/")
SEPOG = ("http://antigo.sepog.ro.gov.br/Noticia/Exibir/676?titulo=Resultado%20preliminar%20do%20"
         "exame%20de%20estagi%C3%A1rios%20divulgado%20pela%20Secretaria%20de%20Planejamento"
         "&nome=SEPOG")
MSHOJE = ("https://mshoje.com.br/oportunidades/concursos/pge-convoca-inscritos-no-programa-de-"
          "estagio-remunerado-para-entrevistas")
PORTALHOL = ("https://www.portaldoholanda.com.br/manaus/tjam-divulga-classificacao-preliminar-de-"
             "selecao-para-estagio-em-direito")
# Italian-language pages
CONSULENZA = "http://consulenzablog.blogspot.com/2012/06/colloquiae-aspetta-edoardo-loc.html"
SPAZZIO = ("https://it.spazziodecor.com/no-answer-from-interview-after-week-what-does-this-mean-"
           "24071")
CAMPUSMELFI = "http://www.campusmelfi.it/9-home/25-pubblicazione-graduatorie-definitive"
# Dutch-language pages
RUNL = "https://www.ru.nl/werken-bij/sollicitatieprocedure"
MEDDO = "https://meddo.nl/een-tweede-sollicitatiegesprek-hoe-pak-je-dit-aan/"
HOWEST = "https://www.howest.be/en/node/405"
PXL = "https://www.pxl.be/Pub/Jobs/Selectieprocedure.html"
# Japanese-language pages
CAREERPARK = "https://careerpark-agent.jp/column/76142"
JOKATSU = "https://jo-katsu.com/?p=9105"
CAREERXPERT = "https://career-xpert.com/interview-resultnotarrived-1week/"
# Korean-language pages
METROSEOUL = "https://www.metroseoul.co.kr/article/2017120700089"
LECNEWS = "http://lec.co.kr/news/articleView.html?idxno=740273"
SISAJOURNAL = "http://www.sisajournal-e.com/news/articleView.html?idxno=191831"
NAMDO = ("http://namdo.jeonnam.go.kr/bb/bbBoard.php?SEQ=36&action=view&boardID=E_INQUIRY"
         "&movePage=4&pageID=sihum0401000000")
# Chinese-language pages
GAOKAO51 = "http://m.gaokao51.com/news/358598.html"
QYSEO = "http://qyseo.net/fanwendaquan/217764.html"
DANGTU = "https://rc.dangtu.net.cn/article/5822.html"
PATH411 = "https://m.path411.com/jxuwd/202601/2266624.html"
TECHFM = "https://techfm.club/p/52682.html"
# Polish-language pages
LEXLEGE = "https://lexlege.pl/ustawa-o-narodowym-zasobie-archiwalnym-i-archiwach/art-18d"
DSCKPRM = ("https://dsc.kprm.gov.pl/aktualnosci/postepowanie-kwalifikacyjne-w-sluzbie-cywilnej-"
           "kiedy-poznamy-wyniki")
KSAP = "https://ksap.gov.pl/ksap/aktualnosci/wyniki-postepowania-kwalifikacyjnego"
# Swedish, Danish, Norwegian and Finnish pages
COCINA = "https://sv.cocina123.com/following-up-job-interview"
SHORTCUT = "https://shortcut.se/beratta-arligt-om-dina-svagheter-pa-intervjun"
FAQCARTX = "https://da.faqcartx.info/17133-sprg-om-status-for-din-procedure-efter-en.html"
HOWWHAT = ("https://da.how-what-advice.com/13075444-how-to-follow-up-a-job-interview-15-steps-"
           "with-pictures")
JOBBDIREKTE = "https://www.jobbdirekte.no/jobs/content/oppfolging.html"
UTDANNING = "https://min.utdanning.no/nn/utdanningsvalg_artikkel_jobbintervju_-_slik_far_du_jobben"
ESAIMAA = "https://esaimaa.fi/uutiset/lahella/1e508984-55a5-4ccd-9391-95beac88cfef"
KAUNIAINEN = ("https://www.kauniainen.fi/kaupunki-ja-paatoksenteko/yrittaminen-ja-elinkeino/"
              "avoimet-tyopaikat/")
KUNTALIITTO = ("https://www.kuntaliitto.fi/laki/kunnan-paatoksenteko/paatoksen-perusteleminen/"
               "henkilostovalinnan-perusteleminen")
SATAKUNNAN = "https://www.satakunnankansa.fi/lukijalta/art-2000008714409.html"
# Czech, Turkish and Greek pages
DOCPLAYERCZ = ("http://docplayer.cz/1672360-Sluzebni-predpis-reditele-statniho-oblastniho-archivu-"
               "v-praze-o-b-s-a-h-rocnik-2015-v-praze-dne-17-8-2015-castka-9-2015.html")
METU = "http://kpm.metu.edu.tr/ogrenci/mulakat"
GESTMAX = ("https://apply4ep.gestmax.eu/139/1/appel-a-manifestation-d-interet-proof-readears-"
           "editors/el_EL")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND12: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # United States
    ("Thanks for coming in this afternoon. The panel meets on Monday morning and we'll call you "
     "with an update that afternoon.",
     "2027-03-05T15:00:00-05:00", ("2027-03-08", "2027-03-08"), "US", "en", WFJ),
    ("It's Friday, so realistically nobody will go through the interview notes before next week; "
     "I can't give you a day yet.",
     "2027-03-05T15:10:00-05:00", None, "US", "en", WFJ),
    # A chain over Memorial Day: her return on Tuesday 1 June, then two business days.
    ("Our hiring manager is off for the long weekend; expect to hear from us within two business "
     "days of her return on Tuesday.",
     "2027-05-28T11:00:00-04:00", ("2027-06-03", "2027-06-03"), "US", "en", WFJ),
    ("We're still waiting on feedback from one interviewer who is travelling, but you'll have our "
     "decision no later than Thursday, October 14.",
     "2027-10-04T10:00:00-04:00", ("2027-10-14", "2027-10-14"), "US", "en", GAYLE),
    # A lower bound: nothing before the recruiter is back on the 20th, and no end.
    ("Your recruiter is on vacation until the 20th; the team will be in touch once she's back.",
     "2027-10-11T09:30:00-04:00", None, "US", "en", GAYLE),
    ("The team is being reorganized and the headcount isn't confirmed, so we can't commit to a "
     "timeline right now.",
     "2027-10-11T09:40:00-04:00", None, "US", "en", GAYLE),
    ("The client told me they'll have a decision for you by the end of next week.",
     "2027-02-10T16:00:00-05:00", ("2027-02-19", "2027-02-19"), "US", "en", SYSTEMS),
    ("We will get back to you.",
     "2027-02-10T16:10:00-05:00", None, "US", "en", SYSTEMS),
    # The candidate's own earliest follow-up day, not the employer's promise.
    ("Please don't follow up before the 12th; the manager is interviewing until then.",
     "2027-02-03T12:00:00-05:00", None, "US", "en", SYSTEMS),
    # The candidate is told to call; the employer promises no day of its own.
    ("Give me a call in two and a half weeks and I'll tell you whether you're moving on.",
     "2027-11-08T17:00:00-05:00", None, "US", "en", AWINNING),
    ("I'll call you Monday morning to let you know about the second round.",
     "2027-11-19T16:30:00-05:00", ("2027-11-22", "2027-11-22"), "US", "en", AWINNING),
    ("Everyone enjoyed meeting you; we'll be in touch next week with a decision.",
     "2027-10-29T15:00:00-04:00", ("2027-11-01", "2027-11-05"), "US", "en", HOWTO),
    ("If we move forward, Joan will walk you through the benefits package.",
     "2027-10-29T15:10:00-04:00", None, "US", "en", HOWTO),
    # Thanksgiving (Thu 25) skipped; the day after it both ways (b11): Mon 29 or Tue 30.
    ("We'll let you know the outcome within three business days.",
     "2027-11-23T14:00:00-05:00", ("2027-11-29", "2027-11-30"), "US", "en", HOWTO),
    # Independence Day observed on Monday 5 July.
    ("The panel will send its recommendation up today, and you'll hear from HR within three "
     "business days.",
     "2027-06-30T13:00:00-04:00", ("2027-07-06", "2027-07-06"), "US", "en", DIVERSITY),
    # Scheduling the phone screen itself: logistics.
    ("The principal will call you between 2 and 4 p.m. on Thursday for a twenty-minute phone "
     "screen.",
     "2027-04-12T10:00:00-04:00", None, "US", "en", DIVERSITY),
    # Conditional on the screen going well (b11: a conditional promise counts).
    ("If the phone screen goes well, the district will invite you to meet the hiring committee "
     "within a week.",
     "2027-04-15T15:00:00-04:00", ("2027-04-22", "2027-04-22"), "US", "en", DIVERSITY),
    # Canada (Ontario): the Civic Holiday (Mon 2 August) is no statutory holiday but many
    # offices close: both readings, Tue 3 or Wed 4.
    ("Thanks again for your time. We'll be back to you within three business days.",
     "2027-07-29T16:00:00-04:00", ("2027-08-03", "2027-08-04"), "CA", "en", SYSTEMS),
    # United Kingdom (England and Scotland)
    # Working days over Christmas in Scotland (Boxing Day and 2 January observed on Mondays).
    ("Following the interview, the panel will let all candidates know the outcome within ten "
     "working days.",
     "2026-12-16T10:00:00+00:00", ("2027-01-05", "2027-01-05"), "GB", "en", DOCPUB),
    ("If you are shortlisted, bring proof of your qualifications and two forms of identification "
     "to the interview.",
     "2026-12-16T10:10:00+00:00", None, "GB", "en", DOCPUB),
    # St Andrew's Day (Tue 30 November) is one most employers work: both readings.
    ("We'll confirm the result of today's interview within three working days.",
     "2027-11-25T14:00:00+00:00", ("2027-11-30", "2027-12-01"), "GB", "en", DOCPUB),
    ("HR will email you the outcome of today's interview by close of business on Friday.",
     "2027-05-25T11:00:00+01:00", ("2027-05-28", "2027-05-28"), "GB", "en", YORK),
    ("We don't routinely give detailed feedback, but you can ask the panel chair for some.",
     "2027-05-25T11:10:00+01:00", None, "GB", "en", YORK),
    # A closure the text states (24 December to 1 January) is skipped like a holiday.
    ("The University is closed from 24 December to 1 January; HR will email you the outcome "
     "within five working days.",
     "2026-12-21T14:00:00+00:00", ("2027-01-06", "2027-01-06"), "GB", "en", YORK),
    # The May Day bank holiday (Mon 3 May) skipped.
    ("You'll get the panel's decision by email within four working days.",
     "2027-04-29T15:00:00+01:00", ("2027-05-06", "2027-05-06"), "GB", "en", YORK),
    ("Shortlisting takes place in the week after the closing date of Friday 9 April, and we'll "
     "write to everyone by the end of that week.",
     "2027-03-31T09:00:00+01:00", ("2027-04-16", "2027-04-16"), "GB", "en", MOLEV),
    ("We keep a record of why each candidate was or wasn't shortlisted for six months.",
     "2027-03-31T09:10:00+01:00", None, "GB", "en", MOLEV),
    # The late summer bank holiday (Mon 30 August) skipped.
    ("The panel will decide tomorrow and we'll ring you within two working days.",
     "2027-08-26T16:00:00+01:00", ("2027-08-31", "2027-08-31"), "GB", "en", MOLEV),
    ("Assessment days run until the end of next week, and everyone will be told the outcome on "
     "the following Monday.",
     "2027-11-23T12:00:00+00:00", ("2027-12-06", "2027-12-06"), "GB", "en", DAVIDH),
    ("Please hand your written exercise to the graduate team before you leave today.",
     "2027-11-23T12:10:00+00:00", None, "GB", "en", DAVIDH),
    ("Five thousand people applied and only seven of you are here today, so congratulations on "
     "getting this far.",
     "2027-11-23T12:20:00+00:00", None, "GB", "en", DAVIDH),
    ("After the last interview the panel will decide, and we'll phone each candidate this "
     "evening.",
     "2027-03-11T09:00:00+00:00", ("2027-03-11", "2027-03-11"), "GB", "en", HOZIR),
    ("Candidates for senior posts may also be asked to complete an in-tray exercise.",
     "2027-03-11T09:10:00+00:00", None, "GB", "en", HOZIR),
    ("We can move your interview to fit around childcare; just tell us which afternoon works.",
     "2027-02-01T10:00:00+00:00", None, "GB", "en", KEYSUP),
    ("Once the panel has compared notes we'll let you know by phone, at the latest by the end "
     "of the week.",
     "2027-06-22T15:30:00+01:00", ("2027-06-25", "2027-06-25"), "GB", "en", KEYSUP),
    # A conditional promise of a named day (b11).
    ("The school will look at the interested teachers and message you by Wednesday if they'd "
     "like to interview you.",
     "2027-09-06T08:30:00+01:00", ("2027-09-08", "2027-09-08"), "GB", "en", AIRSUP),
    ("Any offer comes from the school directly, not from us.",
     "2027-09-06T08:40:00+01:00", None, "GB", "en", AIRSUP),
    # Ireland: the October bank holiday (Mon 25 October) skipped.
    ("The board will meet after the last candidate and you'll be notified within five working "
     "days.",
     "2027-10-21T12:00:00+01:00", ("2027-10-29", "2027-10-29"), "IE", "en", HOZIR),
    # Australia (New South Wales, Tasmania)
    ("Shortlisting will be completed within two weeks of the closing date on Friday 29 January, "
     "and every applicant will hear from us then.",
     "2027-01-20T10:00:00+11:00", ("2027-02-12", "2027-02-12"), "AU", "en", HUNTERS),
    ("If we receive more applications than expected, shortlisting may take longer.",
     "2027-01-20T10:10:00+11:00", None, "AU", "en", HUNTERS),
    ("Please bring your resume, qualifications and driver's licence to the interview.",
     "2027-02-15T09:00:00+11:00", None, "AU", "en", HUNTERS),
    # "If you have not heard by ..." is a promise (b10).
    ("If you haven't heard from us four weeks after the closing date of 3 September, please "
     "assume your application was not successful.",
     "2027-09-06T09:00:00+10:00", ("2027-10-01", "2027-10-01"), "AU", "en", KRG),
    # Counted from an event whose date the text does not give.
    ("Unsuccessful candidates are told once the position has been filled.",
     "2027-09-06T09:10:00+10:00", None, "AU", "en", KRG),
    # ANZAC Day falls on Sunday 25 April; whether NSW observes Monday 26 is unsure: both readings.
    ("We'll call you with the panel's decision within four business days.",
     "2027-04-21T13:00:00+10:00", ("2027-04-27", "2027-04-28"), "AU", "en", KRG),
    ("It may take a few weeks after the interview for the checks and paperwork to be signed off.",
     "2027-06-08T11:00:00+10:00", None, "AU", "en", MAITLAND),
    ("The panel recommends its preferred candidate at Thursday's meeting, and the coordinator "
     "will call you on Friday either way.",
     "2027-06-08T11:10:00+10:00", ("2027-06-11", "2027-06-11"), "AU", "en", MAITLAND),
    ("If you're unsuccessful, we'll email you once the preferred candidate has accepted.",
     "2027-06-08T11:20:00+10:00", None, "AU", "en", MAITLAND),
    ("Your referees will be contacted this week, and we expect to confirm final decisions on "
     "Friday 3 December.",
     "2027-11-29T10:00:00+11:00", ("2027-12-03", "2027-12-03"), "AU", "en", FIRETAS),
    ("At least one referee must be your current line manager or one from the last six months.",
     "2027-11-29T10:10:00+11:00", None, "AU", "en", FIRETAS),
    # Eight Hours Day (Mon 8 March) is Tasmania's own holiday: both readings.
    ("Thanks for attending. You'll be told the outcome within five business days.",
     "2027-03-04T15:00:00+11:00", ("2027-03-11", "2027-03-12"), "AU", "en", FIRETAS),
    # New Zealand
    ("We'll contact you in two days, once we've spoken to the other candidates.",
     "2027-11-15T09:30:00+13:00", ("2027-11-17", "2027-11-17"), "NZ", "en", MELANIE),
    ("The role would start in January, subject to your registration being transferred.",
     "2027-11-15T09:40:00+13:00", None, "NZ", "en", MELANIE),
    # Waitangi Day (Sat 6 February) observed on Monday 8.
    ("The board will confirm its decision within two working days.",
     "2027-02-04T16:00:00+13:00", ("2027-02-09", "2027-02-09"), "NZ", "en", MELANIE),
    # Labour Day (Mon 25 October) skipped.
    ("You'll have our answer within three working days.",
     "2027-10-21T10:00:00+13:00", ("2027-10-27", "2027-10-27"), "NZ", "en", MELANIE),
    # South Africa
    ("We're holding second interviews for the shortlisted teachers next week, and we'll let you "
     "know on Friday whether you're one of them.",
     "2027-11-08T14:00:00+02:00", ("2027-11-12", "2027-11-12"), "ZA", "en", PLACEZA),
    ("Bring your original certificates and your ID to the second interview, or it can't go ahead.",
     "2027-11-08T14:10:00+02:00", None, "ZA", "en", PLACEZA),
    # Heritage Day (Fri 24 September) skipped.
    ("The school governing body will send its recommendation within three working days.",
     "2027-09-21T12:00:00+02:00", ("2027-09-27", "2027-09-27"), "ZA", "en", PLACEZA),
    # The Day of Reconciliation (Thu 16 December) skipped.
    ("We'll let you know within five working days, before the schools close.",
     "2027-12-13T11:00:00+02:00", ("2027-12-21", "2027-12-21"), "ZA", "en", PLACEZA),
    # Kenya
    ("Interviews run from Tuesday 12 to Friday 15 October; log into your portal account to "
     "confirm your time and venue.",
     "2027-10-05T09:00:00+03:00", None, "KE", "en", KENYA),
    ("Failing to attend without telling us beforehand may lead to disqualification.",
     "2027-10-05T09:10:00+03:00", None, "KE", "en", KENYA),
    ("Results will be posted on the Commission's website within fourteen days of the last "
     "interview on Friday 15 October.",
     "2027-10-06T10:00:00+03:00", ("2027-10-29", "2027-10-29"), "KE", "en", OPPKE),
    # Ten days land on Jamhuri Day observed (Mon 13 December): also the next working day.
    ("The Commission will forward its list to the appointing authority and notify candidates in "
     "ten days.",
     "2027-12-03T15:00:00+03:00", ("2027-12-13", "2027-12-14"), "KE", "en", OPPKE),
    # Nigeria
    ("You'll hear from the hiring manager in two weeks.",
     "2027-04-22T13:00:00+01:00", ("2027-05-06", "2027-05-06"), "NG", "en", ANAEDO),
    ("Budget changes may hold things up; we'll update you when we can.",
     "2027-04-22T13:10:00+01:00", None, "NG", "en", ANAEDO),
    # National Day (Fri 1 October) skipped.
    ("The recruiter will get back to you within three working days.",
     "2027-09-28T10:00:00+01:00", ("2027-10-04", "2027-10-04"), "NG", "en", ANAEDO),
    # Mauritius
    ("Completed forms must reach the Commission by 3 p.m. on 14 June.",
     "2027-06-01T09:00:00+04:00", None, "MU", "en", FORMSPAL),
    ("The Commission will inform you in writing of its decision within four weeks of the "
     "interview.",
     "2027-06-28T10:00:00+04:00", ("2027-07-26", "2027-07-26"), "MU", "en", FORMSPAL),
    # Diwali (Fri 29 October) and 1-2 November are public holidays in Mauritius.
    ("Results of the oral test will be communicated within three working days.",
     "2027-10-28T14:00:00+04:00", ("2027-11-05", "2027-11-05"), "MU", "en", FORMSPAL),
    # India: Diwali (Fri 29 October) skipped.
    ("HR said the offer letters for selected students go out within four working days.",
     "2027-10-26T18:00:00+05:30", ("2027-11-02", "2027-11-02"), "IN", "en", NISHKUM),
    ("Results of the final round will be declared on the placement portal tonight.",
     "2027-12-01T14:00:00+05:30", ("2027-12-01", "2027-12-01"), "IN", "en", NISHKUM),
    ("Onboarding dates depend on project demand; we'll write when your batch is scheduled.",
     "2027-08-10T11:00:00+05:30", None, "IN", "en", ZEENEWS),
    ("We will honour all offer letters already sent, but joining may move to next year.",
     "2027-08-10T11:10:00+05:30", None, "IN", "en", ZEENEWS),
    # Norway (in English)
    ("Public-sector hiring can take a long time; we usually don't reject anyone until the post "
     "is filled.",
     "2027-05-04T10:00:00+02:00", None, "NO", "en", NORWAYAB),
    # Ascension Day (Thu 6 May) skipped.
    ("We'll phone you with our decision within three working days.",
     "2027-05-04T10:10:00+02:00", ("2027-05-10", "2027-05-10"), "NO", "en", NORWAYAB),
    # Added United States and United Kingdom cases (vague spans, named bounds)
    ("You should hear from us in a few days.",
     "2027-06-14T12:00:00-04:00", ("2027-06-16", "2027-06-21"), "US", "en", GAYLE),
    ("Offers for the summer intern class go out by the end of the month.",
     "2027-04-12T10:00:00-04:00", ("2027-04-30", "2027-04-30"), "US", "en", GAYLE),
    # "Early next week" with Martin Luther King Day (Mon 18 January) dropped.
    ("We'll have an answer for you early next week.",
     "2027-01-15T16:00:00-05:00", ("2027-01-19", "2027-01-20"), "US", "en", WFJ),
    ("We'll wrap up the search in mid-March and get back to every finalist then.",
     "2027-02-24T11:00:00-05:00", ("2027-03-13", "2027-03-17"), "US", "en", SYSTEMS),
    # "Before <date>": the day before and the day.
    ("We have to decide before our fiscal year closes on September 30, so you'll have an answer "
     "before then.",
     "2027-09-20T14:00:00-04:00", ("2027-09-29", "2027-09-30"), "US", "en", HOWTO),
    # Forty-eight hours land on a Saturday: also the next working day.
    ("We'll get back to you within 48 hours.",
     "2027-07-15T16:00:00+01:00", ("2027-07-17", "2027-07-19"), "GB", "en", YORK),
    ("Our managing director is travelling and will decide when he's back.",
     "2027-04-29T09:00:00+01:00", None, "NG", "en", ANAEDO),
    # ------------------------------------------------------------------ German
    ("Vielen Dank für Ihre Bewerbung. Wir melden uns innerhalb von vier Wochen bei Ihnen.",
     "2027-02-01T09:00:00+01:00", ("2027-03-01", "2027-03-01"), "DE", "de", SOYHARP),
    ("Von telefonischen Nachfragen bitten wir in der Zwischenzeit abzusehen.",
     "2027-02-01T09:10:00+01:00", None, "DE", "de", SOYHARP),
    ("Die Prüfung aller Unterlagen braucht Zeit; zu gegebener Zeit informieren wir Sie wieder.",
     "2027-09-27T10:00:00+02:00", None, "DE", "de", DIEBRIEF),
    ("Nach eingehender Prüfung melden wir uns unaufgefordert bei Ihnen, spätestens bis zum "
     "15. Oktober.",
     "2027-09-27T10:10:00+02:00", ("2027-10-15", "2027-10-15"), "DE", "de", DIEBRIEF),
    # Buß- und Bettag (Wed 17 November) is a holiday in Saxony only: both readings.
    ("Nach dem Gespräch heute erhalten Sie innerhalb von zwei Arbeitstagen eine Rückmeldung.",
     "2027-11-16T14:00:00+01:00", ("2027-11-18", "2027-11-19"), "DE", "de", DIEBRIEF),
    # Swiss "innert ... Arbeitstagen", Ascension Day (Thu 6 May) skipped; the Friday after it is
    # no holiday.
    ("Besten Dank für das Gespräch. Unseren Entscheid erhalten Sie innert fünf Arbeitstagen.",
     "2027-05-04T16:00:00+02:00", ("2027-05-12", "2027-05-12"), "CH", "de", BILDUNGCH),
    ("Zusagen machen wir telefonisch, Absagen kommen per E-Mail.",
     "2027-05-04T16:10:00+02:00", None, "CH", "de", BILDUNGCH),
    # Fronleichnam (Thu 27 May) is regional: both readings.
    ("Wir geben Ihnen innerhalb von drei Arbeitstagen Bescheid.",
     "2027-05-25T11:00:00+02:00", ("2027-05-28", "2027-05-31"), "DE", "de", JOBSUCHE),
    ("Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden "
     "haben.",
     "2027-06-08T09:00:00+02:00", None, "DE", "de", JOBSUCHE),
    # A step promised to the staff council, and a lower bound for the offer.
    ("Vor der Einstellung muss der Personalrat zustimmen; er hat dafür zwei Wochen Zeit, und erst "
     "danach können wir Ihnen zusagen.",
     "2027-03-10T13:00:00+01:00", None, "DE", "de", ZIMMERLING),
    ("Die Auswahlentscheidung teilen wir allen Bewerbern schriftlich mit; besetzt wird die Stelle "
     "frühestens zwei Wochen danach.",
     "2027-10-20T10:00:00+02:00", None, "DE", "de", BEAMTENR),
    ("Die Auswahlentscheidung wird Ihnen bis Ende KW 45 schriftlich mitgeteilt.",
     "2027-10-20T10:10:00+02:00", ("2027-11-12", "2027-11-12"), "DE", "de", BEAMTENR),
    ("Der Verwaltungsausschuss tagt am Mittwoch nicht öffentlich; das Ergebnis erfahren Sie am Tag "
     "darauf telefonisch.",
     "2027-09-13T15:00:00+02:00", ("2027-09-16", "2027-09-16"), "DE", "de", SPDDEL),
    ("Der Rat entscheidet in seiner Sitzung am 14. Dezember; binnen einer Woche danach "
     "informieren wir alle Bewerber.",
     "2027-11-30T11:00:00+01:00", ("2027-12-21", "2027-12-21"), "DE", "de", SPDDEL),
    # ------------------------------------------------------------------ French
    ("Vous aurez de nos nouvelles en début de semaine prochaine, sans faute.",
     "2027-04-30T17:30:00+02:00", ("2027-05-03", "2027-05-05"), "FR", "fr", BULLES),
    ("Si c'est moi qui vous appelle, c'est non ; si c'est un collègue, ce sera pour fixer un "
     "dernier entretien.",
     "2027-04-30T17:40:00+02:00", None, "FR", "fr", BULLES),
    ("À l'issue des épreuves d'admission, le jury arrête la liste des admis, qui sera affichée le "
     "24 juin.",
     "2027-06-10T09:00:00+02:00", ("2027-06-24", "2027-06-24"), "FR", "fr", CDG48),
    ("Le jury établit d'abord la liste des candidats admissibles, seuls autorisés à passer l'oral.",
     "2027-03-15T09:00:00+01:00", None, "FR", "fr", CDG48),
    ("Merci de confirmer votre venue par courriel dès réception de la convocation.",
     "2027-07-01T10:00:00+02:00", None, "FR", "fr", LATRIBUNE),
    # "Sous huitaine": 7 and 8 days; the 7th is the Fête nationale (Wed 14 July).
    ("Nous vous donnerons notre réponse sous huitaine.",
     "2027-07-07T15:00:00+02:00", ("2027-07-14", "2027-07-15"), "FR", "fr", LATRIBUNE),
    # "D'ici quinze jours": 14 and 15 days; the 14th is Armistice Day (Thu 11 November).
    ("Nous revenons vers vous d'ici quinze jours.",
     "2027-10-28T16:00:00+02:00", ("2027-11-11", "2027-11-12"), "FR", "fr", LOUIS21),
    ("Nous avons encore deux candidats à rencontrer ; vous aurez une réponse la semaine prochaine.",
     "2027-06-02T11:00:00+02:00", ("2027-06-07", "2027-06-11"), "FR", "fr", SUNSHINE),
    ("La personne retenue travaillera surtout avec des collègues de plus de cinquante ans.",
     "2027-06-02T11:10:00+02:00", None, "FR", "fr", SUNSHINE),
    # Forty-eight hours land on Christmas Day, a Saturday: also Monday 27 December.
    ("Vous aurez une réponse dans les 48 heures.",
     "2027-12-23T11:00:00+01:00", ("2027-12-25", "2027-12-27"), "FR", "fr", TERRAFEM),
    ("On vous rappelle d'ici vendredi pour vous dire si vous passez à l'étape suivante.",
     "2027-06-21T14:00:00-04:00", ("2027-06-25", "2027-06-25"), "CA", "fr", TERRAFEM),
    ("Arrivez cinq minutes avant l'heure, pas davantage : l'accueil ne peut pas vous recevoir plus "
     "tôt.",
     "2027-02-08T09:00:00+01:00", None, "FR", "fr", WIZBII),
    # Belgium: the Fête nationale (Wed 21 July) skipped.
    ("Vous recevrez notre décision dans les cinq jours ouvrables.",
     "2027-07-15T10:00:00+02:00", ("2027-07-23", "2027-07-23"), "BE", "fr", WIZBII),
    # ------------------------------------------------------------------ Spanish
    # Peru
    ("Los resultados de la entrevista personal se publicarán el 14 de julio en el portal "
     "institucional.",
     "2027-07-05T09:00:00-05:00", ("2027-07-14", "2027-07-14"), "PE", "es", PSICOLOG),
    ("El postulante que no se presente a la hora programada para la entrevista quedará "
     "descalificado.",
     "2027-07-05T09:10:00-05:00", None, "PE", "es", PSICOLOG),
    # Días hábiles over Fiestas Patrias (28 and 29 July).
    ("El resultado final se publicará dentro de los tres días hábiles siguientes a la entrevista.",
     "2027-07-26T10:00:00-05:00", ("2027-08-02", "2027-08-02"), "PE", "es", PSICOLOG),
    # Spain
    # The provisional list is the employer's promise; the window for objections that follows is
    # the candidates'.
    ("La lista provisional de aprobados se publicará en el plazo de un mes; después se abrirá un "
     "plazo de diez días hábiles para alegaciones.",
     "2027-03-15T12:00:00+01:00", ("2027-04-15", "2027-04-15"), "ES", "es", AMYTS),
    ("Llevamos años sin convocar plazas en algunas especialidades y no sabemos cuándo saldrá la "
     "próxima oferta.",
     "2027-03-15T12:10:00+01:00", None, "ES", "es", AMYTS),
    # Ten days land on the Día de les Illes Balears (Mon 1 March): also Tuesday 2.
    ("El tribunal publicará la puntuación de la entrevista en el tablón de anuncios en un plazo no "
     "superior a diez días desde su celebración.",
     "2027-02-19T10:00:00+01:00", ("2027-03-01", "2027-03-02"), "ES", "es", SANTJOSEP),
    # "Antes del viernes": the day before and the day.
    ("Te llamaremos antes del viernes para decirte si pasas a la segunda entrevista.",
     "2027-11-29T12:00:00+01:00", ("2027-12-02", "2027-12-03"), "ES", "es", SOFIA),
    ("Ya te llamaremos.",
     "2027-11-29T12:10:00+01:00", None, "ES", "es", SOFIA),
    # "Después del puente" when the bridge runs from Monday 6 to Wednesday 8 December: Thursday
    # and Friday, as b11 for a bridge ending on a Tuesday.
    ("Te llamamos la semana que viene, después del puente.",
     "2027-12-02T17:00:00+01:00", ("2027-12-09", "2027-12-10"), "ES", "es", BUSCURRO),
    ("Te mando un correo con la dirección y la hora de la entrevista del lunes.",
     "2027-04-08T13:00:00+02:00", None, "ES", "es", BUSCURRO),
    # Argentina
    ("Bueno, seguimos en contacto.",
     "2027-03-22T11:00:00-03:00", None, "AR", "es", UNBLOG),
    # Días hábiles over the Día de la Memoria and Holy Week; Jueves Santo (25 March) is a
    # non-working day each employer may choose: both readings.
    ("Te confirmamos por mail dentro de los próximos cinco días hábiles.",
     "2027-03-22T11:10:00-03:00", ("2027-03-31", "2027-04-01"), "AR", "es", UNBLOG),
    # Mexico
    ("El reclutador me dijo que en una semana me daban la respuesta.",
     "2027-09-13T16:00:00-06:00", ("2027-09-20", "2027-09-20"), "MX", "es", AFONDO),
    ("Mientras tanto, sigue buscando: no sabemos cuánto tardará la decisión.",
     "2027-09-13T16:10:00-06:00", None, "MX", "es", AFONDO),
    # ------------------------------------------------------------------ Portuguese
    # Dias úteis from the test on Sunday 31 October; Finados (Tue 2 November) skipped.
    ("O resultado preliminar será divulgado no site em até cinco dias úteis após a prova, marcada "
     "para 31 de outubro.",
     "2027-10-15T10:00:00-03:00", ("2027-11-08", "2027-11-08"), "BR", "pt", OLIBERAL),
    ("A aprovação gera apenas expectativa de convocação, conforme a disponibilidade orçamentária.",
     "2027-10-15T10:10:00-03:00", None, "BR", "pt", OLIBERAL),
    # "A primeira quinzena de <mês>": the 1st to the 15th (the counterpart of b11's second half).
    ("A convocação para a entrevista deve ser publicada ainda na primeira quinzena de setembro.",
     "2027-08-24T15:00:00-04:00", ("2027-09-01", "2027-09-15"), "BR", "pt", PGEMS),
    ("O processo seletivo terá validade de doze meses a contar da homologação do resultado final.",
     "2027-08-24T15:10:00-04:00", None, "BR", "pt", PGEMS),
    ("Os candidatos têm até a próxima segunda-feira para apresentar recurso.",
     "2027-08-12T09:00:00-04:00", None, "BR", "pt", SEPOG),
    ("O resultado do julgamento dos recursos e o resultado final serão divulgados no próximo "
     "dia 25.",
     "2027-08-12T09:10:00-04:00", ("2027-08-25", "2027-08-25"), "BR", "pt", SEPOG),
    ("A tolerância para atrasos será de cinco minutos; depois disso, o candidato será "
     "desclassificado.",
     "2027-04-20T08:00:00-04:00", None, "BR", "pt", MSHOJE),
    # Tiradentes (Wed 21 April) skipped.
    ("A lista dos aprovados na entrevista sai em três dias úteis.",
     "2027-04-20T08:10:00-04:00", ("2027-04-26", "2027-04-26"), "BR", "pt", MSHOJE),
    # The end of February is a Sunday: also the next working day (Mon 1 March).
    ("A classificação preliminar será publicada no Diário da Justiça até o fim do mês.",
     "2027-02-03T11:00:00-04:00", ("2027-02-28", "2027-03-01"), "BR", "pt", PORTALHOL),
    # ------------------------------------------------------------------ Italian
    ("Dall'agenzia avrà presto nostre notizie.",
     "2027-04-09T17:00:00+02:00", None, "IT", "it", CONSULENZA),
    ("Le cose andranno per le lunghe: il responsabile è molto impegnato e deve prima chiarire la "
     "posizione del collaboratore esterno.",
     "2027-04-09T17:10:00+02:00", None, "IT", "it", CONSULENZA),
    ("L'agenzia la ricontatterà entro dieci giorni per fissare il secondo incontro.",
     "2027-04-20T12:00:00+02:00", ("2027-04-30", "2027-04-30"), "IT", "it", CONSULENZA),
    ("Le faremo sapere entro una settimana.",
     "2027-08-11T11:00:00+02:00", ("2027-08-18", "2027-08-18"), "IT", "it", SPAZZIO),
    ("Le graduatorie definitive saranno pubblicate sul sito entro venerdì 17 dicembre.",
     "2027-12-06T10:00:00+01:00", ("2027-12-17", "2027-12-17"), "IT", "it", CAMPUSMELFI),
    ("A parità di punteggio è data la precedenza al candidato più giovane.",
     "2027-12-06T10:10:00+01:00", None, "IT", "it", CAMPUSMELFI),
    # "Dopo Pasquetta" (Mon 29 March): the rest of that week.
    ("Gli esiti dei colloqui saranno comunicati dopo Pasquetta.",
     "2027-03-22T15:00:00+01:00", ("2027-03-30", "2027-04-02"), "IT", "it", CAMPUSMELFI),
    # ------------------------------------------------------------------ Dutch
    ("Uiterlijk vier weken na de sluitingsdatum van 1 oktober krijg je een reactie.",
     "2027-09-20T10:00:00+02:00", ("2027-10-29", "2027-10-29"), "NL", "nl", RUNL),
    ("Als je op gesprek bent geweest, word je persoonlijk geïnformeerd over de uitkomst.",
     "2027-09-20T10:10:00+02:00", None, "NL", "nl", RUNL),
    ("Na het tweede gesprek laten we het je binnen een week weten.",
     "2027-04-22T14:00:00+02:00", ("2027-04-29", "2027-04-29"), "NL", "nl", MEDDO),
    ("Neem je ID-bewijs en je originele diploma's mee naar het arbeidsvoorwaardengesprek.",
     "2027-04-22T14:10:00+02:00", None, "NL", "nl", MEDDO),
    # Belgium (Flanders): Armistice Day (Thu 11 November) skipped; the King's Feast (Mon 15
    # November) closes some public bodies but most employers work: both readings.
    ("De selectiecommissie beslist na het laatste gesprek; alle kandidaten krijgen binnen tien "
     "werkdagen bericht.",
     "2027-11-04T16:00:00+01:00", ("2027-11-19", "2027-11-22"), "BE", "nl", HOWEST),
    ("Berichten worden pas verstuurd na afloop van de volledige selectieprocedure.",
     "2027-05-10T09:00:00+02:00", None, "BE", "nl", PXL),
    # "Vóór <date>": the day before and the day (b10).
    ("Je hoort vóór de kerstvakantie, die op vrijdag 24 december begint, of je de functie krijgt.",
     "2027-12-08T15:00:00+01:00", ("2027-12-23", "2027-12-24"), "BE", "nl", PXL),
    # ------------------------------------------------------------------ Japanese
    # A week lands on Greenery Day (Tue 4 May) in Golden Week: also the next working day (Thu 6).
    ("本日はありがとうございました。結果は1週間以内にメールでご連絡いたします。",
     "2027-04-27T15:00:00+09:00", ("2027-05-04", "2027-05-06"), "JP", "ja", CAREERPARK),
    # "If you have not heard within two weeks, please ask us": read as "if you have not heard by"
    # (b10), a promise.
    ("2週間経ってもご連絡がない場合は、お手数ですが人事部までお問い合わせください。",
     "2027-06-07T11:00:00+09:00", ("2027-06-21", "2027-06-21"), "JP", "ja", CAREERPARK),
    ("選考結果は、合格された方にのみご連絡いたします。",
     "2027-06-07T11:10:00+09:00", None, "JP", "ja", JOKATSU),
    # 営業日 over Respect for the Aged Day (Mon 20) and the equinox (Thu 23 September).
    ("最終面接の結果は、3営業日以内にお電話でお知らせします。",
     "2027-09-17T14:00:00+09:00", ("2027-09-24", "2027-09-24"), "JP", "ja", JOKATSU),
    # 来週中 whose Monday is Marine Day: Tuesday to Friday (b10).
    ("合否につきましては、来週中にご連絡いたします。",
     "2027-07-15T16:00:00+09:00", ("2027-07-20", "2027-07-23"), "JP", "ja", CAREERXPERT),
    ("応募書類はご返却いたしませんので、あらかじめご了承ください。",
     "2027-07-15T16:10:00+09:00", None, "JP", "ja", CAREERXPERT),
    # ------------------------------------------------------------------ Korean
    ("9급 면접시험은 5월 26일부터 6월 1일까지 진행되며, 최종합격자는 6월 15일에 발표합니다.",
     "2027-05-20T10:00:00+09:00", ("2027-06-15", "2027-06-15"), "KR", "ko", METROSEOUL),
    # The text says the announcement goes ahead on the holiday (Sun 3 October): that day only.
    ("발표일이 공휴일이지만 최종 합격자는 예정대로 10월 3일 18시에 발표하며, 합격자에게는 문자도 "
     "보냅니다.",
     "2027-09-28T10:00:00+09:00", ("2027-10-03", "2027-10-03"), "KR", "ko", LECNEWS),
    ("면접 장소와 시간은 시험 일주일 전까지 홈페이지에 공고합니다.",
     "2027-09-28T10:10:00+09:00", None, "KR", "ko", SISAJOURNAL),
    # 영업일 over Chuseok (14-16 September).
    ("면접 결과는 면접일로부터 5영업일 이내에 개별 통보해 드립니다.",
     "2027-09-09T15:00:00+09:00", ("2027-09-21", "2027-09-21"), "KR", "ko", SISAJOURNAL),
    ("면접위원이 불합격으로 평정하면 선발예정인원에 미달하더라도 불합격 처리됩니다.",
     "2027-06-02T09:00:00+09:00", None, "KR", "ko", NAMDO),
    # ------------------------------------------------------------------ Chinese
    # Two weeks land in the National Day holiday (observed Mon 4 October); the official 2027
    # schedule is not in the holidays package: up to Friday 8 October accepted.
    ("面试结果会在一到两周内以邮件形式通知您。",
     "2027-09-20T16:00:00+08:00", ("2027-10-04", "2027-10-08"), "CN", "zh", GAOKAO51),
    ("你先回去等通知吧。",
     "2027-09-20T16:10:00+08:00", None, "CN", "zh", QYSEO),
    ("我们会在三个工作日内给你答复。",
     "2027-03-16T11:00:00+08:00", ("2027-03-19", "2027-03-19"), "CN", "zh", DANGTU),
    # "下周五之前": before next Friday, the day before and the day.
    ("终面结果我们下周五之前给你。",
     "2027-11-10T17:00:00+08:00", ("2027-11-18", "2027-11-19"), "CN", "zh", PATH411),
    ("HR 说领导还要审批，让我再等等消息。",
     "2027-11-10T17:10:00+08:00", None, "CN", "zh", TECHFM),
    # ------------------------------------------------------------------ Polish
    ("Wynik naboru ogłosimy niezwłocznie w Biuletynie Informacji Publicznej urzędu.",
     "2027-03-03T12:00:00+01:00", None, "PL", "pl", LEXLEGE),
    ("Ogłoszenie o wyniku naboru pozostaje dostępne w Biuletynie przez trzy miesiące.",
     "2027-03-03T12:10:00+01:00", None, "PL", "pl", LEXLEGE),
    # "Po posiedzeniu Rady" with no span: a lower bound.
    ("Wyniki zostaną ogłoszone po posiedzeniu Rady Służby Publicznej zaplanowanym na 28 sierpnia.",
     "2027-08-06T10:00:00+02:00", None, "PL", "pl", DSCKPRM),
    # Dni robocze over the 3 May holiday.
    ("O wyniku rozmowy poinformujemy Panią w ciągu siedmiu dni roboczych.",
     "2027-04-27T13:00:00+02:00", ("2027-05-07", "2027-05-07"), "PL", "pl", DSCKPRM),
    ("Wyniki postępowania kwalifikacyjnego opublikujemy do końca września.",
     "2027-07-25T10:00:00+02:00", ("2027-09-30", "2027-09-30"), "PL", "pl", KSAP),
    # Two weeks land on Independence Day (Thu 11 November): also Friday 12.
    ("Decyzję przekażemy Panu w ciągu dwóch tygodni.",
     "2027-10-28T15:00:00+02:00", ("2027-11-11", "2027-11-12"), "PL", "pl", KSAP),
    # ------------------------------------------------------------------ Swedish
    ("Arbetsgivaren sa att han skulle återkomma om en vecka.",
     "2027-06-21T10:00:00+02:00", ("2027-06-28", "2027-06-28"), "SE", "sv", COCINA),
    # A hope to decide is not a promise to reply.
    # relabelled in round 22: "make a decision by <time>" is a promise of that time, and a hope
    # with a date is one (round 20): Monday 28 June, was no promise.
    ("Vi hoppas kunna fatta ett beslut på måndag.",
     "2027-06-21T10:10:00+02:00", ("2027-06-28", "2027-06-28"), "SE", "sv", COCINA),
    ("Vi återkommer till alla kandidater senast fredag vecka 44.",
     "2027-10-20T11:00:00+02:00", ("2027-11-05", "2027-11-05"), "SE", "sv", SHORTCUT),
    # ------------------------------------------------------------------ Danish
    # Ascension Day (Thu 6 May) skipped; the Friday after it is no holiday.
    ("Tak for i dag. Vi vender tilbage inden for fem arbejdsdage.",
     "2027-05-04T15:00:00+02:00", ("2027-05-12", "2027-05-12"), "DK", "da", FAQCARTX),
    # "I slutningen af næste uge" (at, not by, the end of next week): its Thursday and Friday.
    ("Du hører fra os i slutningen af næste uge.",
     "2027-09-01T14:00:00+02:00", ("2027-09-09", "2027-09-10"), "DK", "da", HOWWHAT),
    # ------------------------------------------------------------------ Norwegian
    # A span's upper end (three days) lands on a Sunday: also Monday 20 December.
    ("Vi gir deg svar i løpet av to til tre dager.",
     "2027-12-16T13:00:00+01:00", ("2027-12-19", "2027-12-20"), "NO", "no", JOBBDIREKTE),
    ("Ta med søknaden, CV-en og eventuelle arbeidsprøver til intervjuet.",
     "2027-12-10T09:00:00+01:00", None, "NO", "no", UTDANNING),
    # ------------------------------------------------------------------ Finnish
    ("Valintapäätökseen voi hakea oikaisua 14 päivän kuluessa tiedoksisaannista.",
     "2027-02-22T12:00:00+02:00", None, "FI", "fi", ESAIMAA),
    # "Viikolla 12": ISO week 12, Good Friday (26 March) at its end dropped (b9).
    ("Valintapäätös tehdään viikolla 12, ja ilmoitamme siitä kaikille haastatelluille saman "
     "viikon aikana.",
     "2027-03-05T10:00:00+02:00", ("2027-03-22", "2027-03-25"), "FI", "fi", KAUNIAINEN),
    # Työpäivät over Christmas Eve (Fri 24 December).
    ("Ilmoitamme päätöksestä kolmen työpäivän kuluessa.",
     "2027-12-21T14:00:00+02:00", ("2027-12-27", "2027-12-27"), "FI", "fi", KUNTALIITTO),
    ("Hakuaika päättyy 7. helmikuuta, ja hakemukset jätetään Kuntarekryn kautta.",
     "2027-01-11T09:00:00+02:00", None, "FI", "fi", SATAKUNNAN),
    # ------------------------------------------------------------------ Czech
    # Pracovní dny over the state holiday of 28 October.
    ("Výsledek výběrového řízení vám písemně oznámíme do deseti pracovních dnů.",
     "2027-10-26T10:00:00+02:00", ("2027-11-10", "2027-11-10"), "CZ", "cs", DOCPLAYERCZ),
    ("Na přijetí do služebního poměru není právní nárok.",
     "2027-10-26T10:10:00+02:00", None, "CZ", "cs", DOCPLAYERCZ),
    # ------------------------------------------------------------------ Turkish
    ("Mülakat sonuçları iki hafta içinde e-posta ile bildirilecektir.",
     "2027-10-18T11:00:00+03:00", ("2027-11-01", "2027-11-01"), "TR", "tr", METU),
    ("Mülakata gelirken kimlik kartınızı yanınızda getirmeyi unutmayın.",
     "2027-10-18T11:10:00+03:00", None, "TR", "tr", METU),
    # ------------------------------------------------------------------ Greek
    ("Τα αποτελέσματα της αξιολόγησης θα ανακοινωθούν έως τις 30 Ιουνίου.",
     "2027-06-01T10:00:00+02:00", ("2027-06-30", "2027-06-30"), "LU", "el", GESTMAX),
    ("Η βάση δεδομένων θα χρησιμοποιηθεί για πιθανές μελλοντικές προσλήψεις.",
     "2027-06-01T10:10:00+02:00", None, "LU", "el", GESTMAX),
]
