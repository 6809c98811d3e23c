"""Timeline tuning texts added in round 4 (issue #15).

Paraphrased from public pages (each case cites its source), labelled before the reader ran on it,
with the conventions of ``real_timeline_b3.py``; tuning data from the start (never blind).
Pages found with the project's search tool (pages corpus) and used by nobody else on the project:
recruiters' process pages and advice columns in Portuguese (Brazil and Portugal), Italian, Dutch,
Polish, Swedish, Danish, Norwegian and Czech, and English recruiter templates. Names, companies
and dates are invented; the wording is not copied.

Conventions decided here, where the earlier rounds are silent:
- "after <holiday>" is the working week after it (as "nach Ostern" in round 2), "after the turn of
  the year" as "early in the new year" (the 4th to the 15th of January).
- "no later than D/M" reads the numbers in the case's country's order (6/5 is 6 May in GB, June 5
  in the US).
- "mid <month>" is the 11th to the 20th; "late <month>" the 21st to its last day.
- "within a day / N working days of <a day the text names>" counts from that day.
- "without undue delay" ("bez zbytečného odkladu"), "as soon as possible" promise nothing.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool).
QUEROBOLSA = "https://querobolsa.com.br/revista/resposta-entrevista-de-emprego"
LUIZA = "https://luizabrito67.blogspot.com/2013/01/os-sinais-de-que-entrevista-de-emprego.html"
MULTIPESSOAL = "http://www.multipessoalblog.pt/2018/06/quanto-tempo-de-espera-depois-da.html"
EMPREGOS = ("https://empregosenegocios.com/o-que-fazer-depois-da-entrevista-como-acompanhar-o-"
            "processo-seletivo-com-profissionalismo")
MANPOWER_BR = "https://blog.manpowergroup.com.br/o-que-fazer-quando-nao-ha-o-retorno-da-entrevista"
IFMT = "https://ro.scribd.com/document/440572678/Edital-IFMT-2019-110-Professor-Formador-UAB-1"
VAGAS = ("https://vagasnobairro.com.br/2025/03/22/"
         "o-que-fazer-quando-nao-recebe-retorno-apos-uma-entrevista-de-emprego")
GOV_DOCS = ("https://lnginnorthernbc.ca/2026/04/01/"
            "government-calls-candidates-and-sets-a-two-day-deadline-for-sending-documents/")
LEGGE = ("https://www.laleggepertutti.it/196008_dopo-quanto-tempo-si-conosce-lesito-di-un-"
         "colloquio-lavorativo")
TREVISO = "http://www.trevisotoday.it/speciale/lavoro/orientamento/colloquio-cosa-fare-non-fare-dopo.html"
POSTIVACANTI = "https://postivacanti.it/blog/2629-come-comportarsi-dopo-un-colloquio-di-lavoro"
MONEYIT = "https://money.it/conviene-contattare-azienda-dopo-colloquio-di-lavoro"
JOBMEETING = ("https://www.jobmeeting.it/magazine/giovani-e-lavoro/cosa-succede-davvero-dopo-un-"
              "colloquio-il-dietro-le-quinte-che-quasi-nessuno-ti-racconta")
CAVENAGO = "https://chiaracavenago.it/il-colloquio-parte-4/"
OLHOS = "https://www.olhos.it/speakingofwine/WM2025_WIME006/49"
ANNA = "https://www.werkenophetanna.nl/over-het-bedrijf/sollicitatieprocedure"
ARTSMG = "https://solliciteren.artsmg.nl/faq"
MCL = "https://www.mcl.nl/werken/werken-in-het-mcl/vacatures/sollicitatie-procedure"
JOBINVEST = "https://jobinvest.nl/kennisbank/definities/sollicitatieprocedure/"
LEERWIKI = ("https://www.leerwiki.nl/financieel/werk/loopbaan/solliciteren/9635/"
            "hoe-verloopt-een-sollicitatieprocedure/")
DORACO = "http://www.doraco.pl/kariera/4-kroki-do-sukcesu/"
BIOMED = "https://www.biomed.pl/en/career/recruitment-process/"
POLSWIM = "https://www.akademiapolswim.pl/post/rozmowa-rekrutacyjna-czego-się-spodziewać"
SYTEC = "https://sytec.pl/en/career/career-recruitment-procedure"
VIG = "http://vigekspert.pl/recruitment_process.html"
AMENDO = "https://www.amendo.se/aktuellt/sokt-jobb-via-oss-sa-har-gar-det-till/"
ACADEMIC = "https://academicsearch.se/en/this-is-how-the-process-works"
KARRIAR = "https://www.karriarkonsulten.se/post/vad-ska-man-tanka-pa-efter-anstallningsintervjun"
LERNIA = ("https://www.lernia.se/for-foretag/rekrytering/insikter-och-guider/"
          "rekryteringsguiden-efter-genomford-intervju-nasta-steg/")
PEOPLELINK = "https://www.peoplelink.dk/for-kandidater/kandidat-hos-peoplelink/"
CAREERGURU = "https://thecareerguru.org/sadan-folger-du-op-pa-status-for-en-jobansogning/"
STUDENTTORGET = "https://studenttorget.no/index.php?show=4793&expand=4631,4793&artikkelid=9867"
NMBU = "https://www.nmbu.no/student/livet-rundt/karriereveiledning/aktuelt/node/30656"
POLITI = "https://www.politihogskolen.no/en/about-us/careers/"
STARTUPJOBS = ("https://firmy.startupjobs.cz/cs/articles/"
               "10384207-kdyz-se-neozveme-nebereme-vas-jak-lepe-davat-zpetnou-vazbu")
CFOTRENDS = ("https://www.cfotrends.cz/clanky/rychlost-rozhoduje-uchazeci-o-praci-chteji-reakci-"
             "zamestnavatele-idealne-do-tydne/")
MVCR = "https://www.mvcr.cz/sluzba/clanek/informace-pro-sluzebni-urady-vyberova-rizeni.aspx"
HRNEWS = "https://www.hrnews.cz/lidske-zdroje/rizeni-id-2698710/nabor-a-zpetna-vazba-id-166586"
AMBY = "https://www.amby.com/blog/email-templates"
IETEMPLATES = "https://interview-email-templates.pages.dev/recruiter-follow-up-email-template/"
TAPTALENT = "https://taptalent.ai/hr-email-templates/status-of-application"
TAPTALENT2 = "https://taptalent.ai/hr-email-templates/keeping-candidates-engaged"
STW = "https://www.stwcharity.co.uk/about/faqs/"
WISC = ("https://neurology.wisc.edu/education-and-training/advanced-practice-provider-fellowship/"
        "program-structure/application-and-interview-process/")
TSU = ("http://www.tsu.edu/academics/colleges__schools/College_of_Pharmacy_and_Health_Sciences/"
       "Admissions_Overview/interviewprocess.php")
EXPERTS = "https://experts123.com/q/what-is-the-timeframe-for-reviewing-applications.html"
LINKEDIN = ("https://business.linkedin.com/talent-solutions/blog/recruiting-tips/2018/"
            "4-email-templates-for-every-recruiter")
FULCRUM = ("https://wearefulcrum.com/effective-communication-email-templates-for-every-stage-of-"
           "the-candidate-journey")
CBS = "https://commercialbankingservices.com/careers/recruitment-process.php"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE4: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------ Portuguese (Brazil, Portugal)
    ("Obrigado pela entrevista! A resposta do processo sai em até 10 dias úteis.",
     "2026-03-10T15:00:00-03:00", ("2026-03-24", "2026-03-24"), "BR", "pt", QUEROBOLSA),
    ("Foi um prazer conversar com você. Entre uma semana e 15 dias você receberá o contato da "
     "empresa.", "2026-05-05T10:00:00-03:00", ("2026-05-20", "2026-05-20"), "BR", "pt", LUIZA),
    ("A escolha é apenas entre dois candidatos, por isso terá uma resposta no prazo de 48 horas.",
     "2026-06-02T10:00:00+01:00", ("2026-06-04", "2026-06-04"), "PT", "pt", MULTIPESSOAL),
    ("Retornamos em 5 dias com a resposta sobre a próxima etapa.",
     "2026-04-02T14:00:00-03:00", ("2026-04-07", "2026-04-07"), "BR", "pt", EMPREGOS),
    ("Agradecemos a sua participação. Daremos um retorno na próxima semana.",
     "2026-08-12T16:00:00-03:00", ("2026-08-17", "2026-08-21"), "BR", "pt", MANPOWER_BR),
    ("O resultado final será publicado no sítio do instituto até o dia 20 de março de 2026.",
     "2026-03-02T09:00:00-04:00", ("2026-03-20", "2026-03-20"), "BR", "pt", IFMT),
    ("Depois da entrevista, entraremos em contacto consigo até ao final da próxima semana.",
     "2026-10-06T11:00:00+01:00", ("2026-10-16", "2026-10-16"), "PT", "pt", MULTIPESSOAL),
    ("O processo seletivo está na fase final e a decisão deve sair até o fim do mês.",
     "2026-09-15T10:00:00-03:00", ("2026-09-30", "2026-09-30"), "BR", "pt", VAGAS),
    # the candidate's own deadline
    ("Parabéns! Envie a documentação solicitada em até dois dias úteis, sob pena de perder a vaga.",
     "2026-03-31T10:00:00-03:00", None, "BR", "pt", GOV_DOCS),
    # ------------------------------------------------------------------------------ Italian
    ("Grazie per il colloquio: le daremo una risposta al massimo entro una settimana.",
     "2026-02-04T11:00:00+01:00", ("2026-02-11", "2026-02-11"), "IT", "it", LEGGE),
    ("Le faremo avere una risposta tra qualche giorno e un paio di settimane.",
     "2026-06-15T10:00:00+02:00", ("2026-06-29", "2026-06-29"), "IT", "it", TREVISO),
    ("Se non avrà nostre notizie entro una settimana, può ricontattarci.",
     "2026-09-17T15:00:00+02:00", ("2026-09-24", "2026-09-24"), "IT", "it", POSTIVACANTI),
    ("Le comunicheremo l'esito del colloquio entro la fine della prossima settimana.",
     "2026-04-14T10:00:00+02:00", ("2026-04-24", "2026-04-24"), "IT", "it", MONEYIT),
    # 25 April is a Saturday, 1 May a Friday: ten working days end on 30 April
    ("La decisione non è immediata: confrontiamo i profili e la ricontatteremo entro 10 giorni "
     "lavorativi.", "2026-04-16T17:00:00+02:00", ("2026-04-30", "2026-04-30"), "IT", "it",
     JOBMEETING),
    ("Grazie per il suo tempo, le faremo sapere al più presto.",
     "2026-05-06T12:00:00+02:00", None, "IT", "it", CAVENAGO),
    ("Il colloquio si terrà il 12 maggio alle 10:00 presso la nostra sede; porti con sé un "
     "documento d'identità.", "2026-05-04T09:00:00+02:00", None, "IT", "it", OLHOS),
    ("Per la chiusura estiva degli uffici le daremo un riscontro dopo Ferragosto.",
     "2026-08-04T11:00:00+02:00", ("2026-08-17", "2026-08-21"), "IT", "it", TREVISO),
    ("La preghiamo di confermare la sua presenza entro venerdì.",
     "2026-05-05T10:00:00+02:00", None, "IT", "it", JOBMEETING),
    # -------------------------------------------------------------------------------- Dutch
    ("De sluitingsdatum is vrijdag 6 maart. Binnen twee werkweken na de sluitingsdatum ontvang je "
     "een uitnodiging of afwijzing.", "2026-03-02T10:00:00+01:00", ("2026-03-20", "2026-03-20"),
     "NL", "nl", ANNA),
    ("De laatste gesprekken zijn op donderdag 12 maart; binnen een dag na het laatste gesprek "
     "ontvang je telefonisch bericht over de uitslag.", "2026-03-10T14:00:00+01:00",
     ("2026-03-13", "2026-03-13"), "NL", "nl", ANNA),
    ("Uiterlijk drie weken na sluiting van de aanmeldingsperiode op 15 april ontvang je bericht "
     "over dit besluit.", "2026-04-10T10:00:00+02:00", ("2026-05-06", "2026-05-06"), "NL", "nl",
     ARTSMG),
    ("Wij laten je volgende week weten of je door bent naar de tweede ronde.",
     "2026-11-18T16:00:00+01:00", ("2026-11-23", "2026-11-27"), "NL", "nl", MCL),
    ("Bedankt voor het gesprek, je hoort binnen enkele dagen van ons.",
     "2026-02-09T11:00:00+01:00", ("2026-02-11", "2026-02-16"), "NL", "nl", JOBINVEST),
    ("Wil je uiterlijk vrijdag laten weten of je beschikbaar bent voor het tweede gesprek?",
     "2026-11-17T10:00:00+01:00", None, "NL", "nl", MCL),
    ("Sollicitatiebrieven worden bewaard tot vier weken na afloop van de procedure.",
     "2026-06-01T10:00:00+02:00", None, "NL", "nl", LEERWIKI),
    ("In verband met de kerstvakantie hoor je pas na de jaarwisseling van ons.",
     "2026-12-17T11:00:00+01:00", ("2027-01-04", "2027-01-15"), "NL", "nl", ANNA),
    # Belgium: Ascension Day (14 May) is no working day
    ("U ontvangt binnen vijf werkdagen na het gesprek een antwoord.",
     "2026-05-07T10:00:00+02:00", ("2026-05-15", "2026-05-15"), "BE", "nl", ANNA),
    # ------------------------------------------------------------------------------- Polish
    ("Niezależnie od decyzji, w ciągu 14 dni od spotkania przekażemy informację o wyniku "
     "rekrutacji.", "2026-03-10T12:00:00+01:00", ("2026-03-24", "2026-03-24"), "PL", "pl", DORACO),
    ("Dziękujemy za rozmowę. Decyzja zapadnie w ciągu około dwóch tygodni.",
     "2026-06-10T13:00:00+02:00", ("2026-06-24", "2026-06-24"), "PL", "pl", BIOMED),
    ("Skontaktujemy się z Panią w przyszłym tygodniu.",
     "2026-10-15T10:00:00+02:00", ("2026-10-19", "2026-10-23"), "PL", "pl", POLSWIM),
    ("Odpowiedź przekażemy do piątku.",
     "2026-09-08T10:00:00+02:00", ("2026-09-11", "2026-09-11"), "PL", "pl", VIG),
    ("Odezwiemy się w ciągu kilku dni.",
     "2026-11-02T15:00:00+01:00", ("2026-11-04", "2026-11-09"), "PL", "pl", POLSWIM),
    # 1 May is a holiday in Poland (3 May a Sunday)
    ("Wyniki rekrutacji prześlemy w ciągu 5 dni roboczych.",
     "2026-04-28T10:00:00+02:00", ("2026-05-06", "2026-05-06"), "PL", "pl", DORACO),
    ("Prosimy o przesłanie dokumentów w ciągu 3 dni.",
     "2026-06-10T13:00:00+02:00", None, "PL", "pl", SYTEC),
    ("Dokumenty aplikacyjne przechowujemy przez 6 miesięcy od zakończenia rekrutacji.",
     "2026-06-10T13:00:00+02:00", None, "PL", "pl", SYTEC),
    # ------------------------------------------------------------------------------ Swedish
    ("Du får alltid återkoppling från oss, och vi hör av oss inom två veckor.",
     "2026-05-12T10:00:00+02:00", ("2026-05-26", "2026-05-26"), "SE", "sv", AMENDO),
    ("Vi återkommer med besked inom 2–3 veckor.",
     "2026-02-16T10:00:00+01:00", ("2026-03-09", "2026-03-09"), "SE", "sv", ACADEMIC),
    ("Tack för intervjun! Vi ger dig besked nästa vecka.",
     "2026-10-01T14:00:00+02:00", ("2026-10-05", "2026-10-09"), "SE", "sv", KARRIAR),
    ("Du får svar senast på fredag.",
     "2026-06-02T10:00:00+02:00", ("2026-06-05", "2026-06-05"), "SE", "sv", LERNIA),
    ("Vi hör av oss om några dagar.",
     "2026-09-14T10:00:00+02:00", ("2026-09-16", "2026-09-21"), "SE", "sv", KARRIAR),
    ("Skicka in dina betyg inom en vecka.",
     "2026-09-14T10:00:00+02:00", None, "SE", "sv", LERNIA),
    # ------------------------------------------------------------------------------- Danish
    ("Tak for samtalen. Du hører fra os i løbet af 1-3 uger.",
     "2026-08-18T10:00:00+02:00", ("2026-09-08", "2026-09-08"), "DK", "da", PEOPLELINK),
    ("Vi vender tilbage inden for en uge.",
     "2026-04-21T10:00:00+02:00", ("2026-04-28", "2026-04-28"), "DK", "da", CAREERGURU),
    ("Du får svar i næste uge.",
     "2026-01-14T10:00:00+01:00", ("2026-01-19", "2026-01-23"), "DK", "da", PEOPLELINK),
    # Ascension Day (14 May) is a holiday in Denmark
    ("Du hører fra os inden for 5 arbejdsdage.",
     "2026-05-12T10:00:00+02:00", ("2026-05-20", "2026-05-20"), "DK", "da", PEOPLELINK),
    ("Giv os venligst besked inden fredag, om du kan deltage i samtalen.",
     "2026-05-12T10:00:00+02:00", None, "DK", "da", CAREERGURU),
    # ---------------------------------------------------------------------------- Norwegian
    ("Vi kommer til å ta en beslutning i løpet av to eller tre dager.",
     "2026-10-20T10:00:00+02:00", ("2026-10-23", "2026-10-23"), "NO", "no", STUDENTTORGET),
    ("Du vil få tilbakemelding i neste uke.",
     "2026-02-12T10:00:00+01:00", ("2026-02-16", "2026-02-20"), "NO", "no", NMBU),
    ("Takk for intervjuet, vi gir deg svar innen to uker.",
     "2026-09-01T10:00:00+02:00", ("2026-09-15", "2026-09-15"), "NO", "no", STUDENTTORGET),
    ("Husk å sende inn politiattest innen 14 dager.",
     "2026-09-01T10:00:00+02:00", None, "NO", "no", POLITI),
    # -------------------------------------------------------------------------------- Czech
    ("Aktuálně vyhodnocujeme i další kandidáty a nejpozději na začátku příštího týdne vám dáme "
     "vědět, jak bude výběrové řízení pokračovat.", "2026-03-12T10:00:00+01:00",
     ("2026-03-16", "2026-03-18"), "CZ", "cs", STARTUPJOBS),
    ("Děkujeme za pohovor, ozveme se vám do týdne.",
     "2026-05-20T10:00:00+02:00", ("2026-05-27", "2026-05-27"), "CZ", "cs", CFOTRENDS),
    ("O výsledku výběrového řízení vás bez zbytečného odkladu písemně vyrozumíme.",
     "2026-09-08T10:00:00+02:00", None, "CZ", "cs", MVCR),
    ("Zpětnou vazbu vám pošleme příští týden.",
     "2026-11-10T10:00:00+01:00", ("2026-11-16", "2026-11-20"), "CZ", "cs", HRNEWS),
    ("Prosíme, potvrďte nám svou účast do pátku.",
     "2026-11-10T10:00:00+01:00", None, "CZ", "cs", STARTUPJOBS),
    # ------------------------------------------------------------------------------ English
    ("We have received your application and will aim to get back to you with an update in 2-4 "
     "weeks.", "2026-01-13T10:00:00+00:00", ("2026-02-10", "2026-02-10"), "GB", "en", AMBY),
    ("The team is still reviewing feedback; we should hopefully have the next update by the end "
     "of next week.", "2026-07-08T16:00:00-04:00", ("2026-07-17", "2026-07-17"), "US", "en",
     IETEMPLATES),
    ("Your application is under review. We expect to begin scheduling interviews starting from "
     "March 2. If selected for an interview, we will reach out to you by February 25.",
     "2026-02-16T10:00:00-05:00", ("2026-02-25", "2026-02-25"), "US", "en", TAPTALENT),
    ("The decision is taking a bit longer than we anticipated; we expect to reach a decision no "
     "later than 6/5.", "2026-04-28T10:00:00+01:00", ("2026-05-06", "2026-05-06"), "GB", "en",
     TAPTALENT2),
    ("The decision is taking a bit longer than we anticipated; we expect to reach a decision no "
     "later than 5/6.", "2026-04-28T10:00:00-04:00", ("2026-05-06", "2026-05-06"), "US", "en",
     TAPTALENT2),
    ("Applications will be discussed at the next board meeting on 14 October, with applicants "
     "notified shortly after.", "2026-10-02T10:00:00+01:00", ("2026-10-15", "2026-10-19"), "GB",
     "en", STW),
    ("Interviews run through Friday, January 23. Applicants are notified approximately 4 weeks "
     "following interviews.", "2026-01-20T10:00:00-06:00", ("2026-02-20", "2026-02-20"), "US",
     "en", WISC),
    ("Acceptance letters will be sent the end of March to late April.",
     "2026-03-02T10:00:00-06:00", ("2026-04-21", "2026-04-30"), "US", "en", TSU),
    ("All candidates should have received either a letter of rejection or an invitation for an "
     "interview by the end of February.", "2026-01-27T10:00:00+00:00",
     ("2026-02-28", "2026-02-28"), "GB", "en", EXPERTS),
    ("We are aiming to have all interviews wrapped up and make a decision in mid-April.",
     "2026-03-24T10:00:00-04:00", ("2026-04-11", "2026-04-20"), "US", "en", LINKEDIN),
    ("Final interviews finish Thursday; I'll call you the following Monday either way.",
     "2026-06-09T15:00:00-04:00", ("2026-06-15", "2026-06-15"), "US", "en", LINKEDIN),
    ("Thanks again for your time today. We'll be in touch over the next couple of weeks.",
     "2026-06-09T15:00:00+01:00", ("2026-06-23", "2026-06-23"), "GB", "en", FULCRUM),
    # 25 May is the spring bank holiday in England
    ("Please confirm your availability by Thursday. We will let you know the outcome within 10 "
     "working days of the final interview on 20 May.", "2026-05-12T10:00:00+01:00",
     ("2026-06-04", "2026-06-04"), "GB", "en", STW),
    ("The hiring manager will inform you if you have been invited to interview within "
     "approximately one week of the closing date for applications. The closing date is 30 "
     "September.", "2026-09-25T10:00:00+01:00", ("2026-10-07", "2026-10-07"), "GB", "en", CBS),
    ("It generally takes around 3-4 weeks from the closing date for applications until the job is "
     "filled.", "2026-09-25T10:00:00+01:00", None, "GB", "en", CBS),
    ("You will receive your contract of employment approximately five days after you have been "
     "offered the job over the phone.", "2026-09-25T10:00:00+01:00", None, "GB", "en", CBS),
]
