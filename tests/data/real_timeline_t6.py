"""Timeline tuning texts added in round 6 (issue #15), mostly in the languages thin in the corpus.

Paraphrased from public pages (each case cites its source), labelled before the reader ran on
them, with the conventions of ``real_timeline_b3.py`` and ``real_timeline_t4.py``; tuning data
from the start (never blind). Pages found with the project's search tool (pages corpus) that no
earlier file cites: Romanian public-sector competition notices, Finnish, Swedish, Norwegian,
Danish, Czech and Polish recruitment-process pages of employers and public bodies, Portuguese and
Italian selection notices, Dutch application procedures, and English process pages. Names, dates
and details are invented; the wording is not copied. They test the round's rules beyond the cases
that motivated them: dates counted from an event dated in the text (a committee meeting, the
closing date, the last interview, a publication), week numbers with and without a weekday, next
month and its parts, each language's numbers and "within N days", lower bounds and the
candidate's own deadlines (no promise). A few carry a page's structure into another language
(a Norwegian committee page's "the board meets on ...; the offer follows" told in German and
French); the source is the page paraphrased.

Conventions decided here, where the earlier rounds are silent:
- "the week after <event>" is the working week after the event's day.
- "in the first week back" after a closure is the first working week after it.
- "mid next month" is the 11th to the 20th (as "mid <month>"), "subito dopo" up to two days more.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool).
DGAS = ("https://www.dgas.ro/centralizator-cu-rezultatele-probei-interviului-11-12-2018-la-"
        "concursul-organizat-in-data-de-06-12-2018-la-dgasmb/")
TURDA = ("https://scdaturda.ro/calendar-de-desfasurare-a-concursului-din-data-de-28-10-2020-"
         "afisare-rezultate-si-termene-de-depunere-a-contestatiilor/")
MUHAZ = "http://muhaz.org/apro-b-preedintele-comisiei-de-concurs-anun.html?page=3"
ECOAQUA = "https://ecoaqua.ro/arhive/14012"
GORJ = "https://gorjonline.ro/post-de-consilier-vacant-la-un-spital-din-judet"
HEL = ("https://www.hel.fi/uutiset/fi/kaupunginkanslia/"
       "helsingin-rekrytointeihin-viivetta-poikkeustilanteen-takia")
REKRYPALAUTE = "https://rekrypalaute.fi/tyonhakijalle/"
UTU = "https://sites.utu.fi/rekry/tyohaastattelu/"
LINDESBERG = ("https://www.lindesberg.se/naringslivocharbete/jobbahososs/"
              "rekryteringsprocessen.4.70f625cd16d25bc20281d85d.html")
LARCENTER = "https://www.larcenter.nu/jobba-i-falkopings-kommun/rekryteringsprocessen"
SVENSKA = "https://www.svenskabostader.se/karriar/var-rekryteringsprocess/"
USN = ("https://www.usn.no/om-usn/ledige-stillinger/soknadsprosessen/"
       "vurdering-av-soknader-til-teknisk-administrative-stillinger")
KD = ("https://www.regjeringen.no/no/dep/kd/jobb-i-kunnskapsdepartementet/jobb-og-utvikling/"
      "id2076126/")
ASD = "https://www.regjeringen.no/no/dep/asd/stillinger/jobbiasd/ansettelsesprosessen/id579317/"
RM = "https://www.rm.dk/job/karriere-i-it/nar-du-soger-job-hos-os/"
LEDERWEB = "https://www.lederweb.dk/artikler/tjekliste-hvem-goer-hvad-under-ansoegningsprocessen/"
DTU = ("https://www.inside.dtu.dk/en/human-resources/recruitment-and-onboarding/"
       "teknisk-administrativt-personale-tap/afslut-rekrutteringsproces")
NOVYJICIN = "https://prace.novyjicin.cz/vyberova-rizeni/informace-pro-uchazece/"
AGROTEAM = ("https://www.agroteam.cz/aktuality/"
            "vhodny-cas-na-vyberove-rizeni-pro-cekatele-ze-3-kola-323.html")
ZAKONY = "http://zakony-online.cz/?s23&q23=19"
ASISTWORK = "https://praca.asistwork.pl/blog/rozmowa-kwalifikacyjna/jak-zapytac-o-wynik-rekrutacji"
POLKI = "https://polki.pl/po-godzinach/ile-trwa-rekrutacja/"
ETMSL = "https://etmsl.com.br/processoseletivo/views/hotsite.php"
ACRE = "https://acreagora.com/2023/02/08/48324/"
GAZZETTA = ("https://www.gazzettaufficiale.it/atto/concorsi/caricaArticolo?art.versione=1&"
            "art.idGruppo=0&art.codiceRedazionale=000E3903&art.idArticolo=8&art.idSottoArticolo=1&"
            "art.dataPubblicazioneGazzetta=2000-04-21&art.progressivo=0")
APL = ("https://123dok.org/document/q5mngg5w-procedura-operativa-selezione-assunzione-revisione-"
       "internal-approvazione-pubblicazione.html")
HUNZE = "https://www.hunzeenaas.nl/werkenbij/Paginas/Procedure.aspx"
UTRECHT = "https://www.werkenbijutrecht.nl/sollicitatieprocedure"
CBS_PROCESS = "https://commercialbankingservices.com/careers/recruitment-process.php"
UPC = ("https://www.upc.edu/sdp/ca/concursos-i-oposicions-del-pas/informacio-general/"
       "fases-dels-processos-selectius/admissio-o-exclusio-de-les-persones-candidates")
KLD = ("https://www.regjeringen.no/no/dep/kld/stillinger/Jobbe-i-Klima--og-miljodepartementet/"
       "innsiktsartikler-jobbe-i-kld/tilsettingsprosessen/id2005909/")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE6: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ----------------------------------------------------------------------------- Romanian
    ("Rezultatele finale vor fi afișate în data de 12.03.2027, ora 14:00, la sediul instituției.",
     "2027-03-08T10:00:00+02:00", ("2027-03-12", "2027-03-12"), "RO", "ro", DGAS),
    ("Rezultatele probei interviu se afișează în termen de cel mult o zi lucrătoare de la "
     "susținerea acesteia.", "2026-06-09T12:00:00+03:00", ("2026-06-10", "2026-06-10"), "RO",
     "ro", DGAS),
    ("Contestațiile se pot depune în termen de 24 de ore de la afișarea rezultatelor.",
     "2026-06-10T16:00:00+03:00", None, "RO", "ro", MUHAZ),
    ("Afișarea rezultatelor obținute la fiecare probă se va face până la data de 02.11.2026 "
     "(inclusiv), la sediu și pe site-ul unității.", "2026-10-27T11:00:00+02:00",
     ("2026-11-02", "2026-11-02"), "RO", "ro", TURDA),
    ("Declarația de intenție se depune în termen de 15 zile calendaristice de la primirea "
     "înștiințării.", "2026-05-05T10:00:00+03:00", None, "RO", "ro", ECOAQUA),
    ("Vă vom anunța rezultatul interviului în cel mult 3 zile lucrătoare.",
     "2026-04-16T15:00:00+03:00", ("2026-04-21", "2026-04-21"), "RO", "ro", TURDA),
    ("Interviul are loc pe 20 mai 2026, ora 10:00; vă rugăm să vă prezentați cu actul de "
     "identitate.", "2026-05-12T09:00:00+03:00", None, "RO", "ro", GORJ),
    # ------------------------------------------------------------------------------ Finnish
    ("Ilmoitamme valinnasta kaikille haastatelluille viimeistään 15. toukokuuta.",
     "2026-05-04T13:00:00+03:00", ("2026-05-15", "2026-05-15"), "FI", "fi", REKRYPALAUTE),
    ("Valintapäätös tehdään kahden viikon kuluessa haastatteluista.",
     "2026-09-09T14:00:00+03:00", ("2026-09-23", "2026-09-23"), "FI", "fi", HEL),
    ("Haastattelut pidetään viikolla 12, ja valinnasta ilmoitetaan viikolla 13.",
     "2026-03-10T10:00:00+02:00", ("2026-03-23", "2026-03-27"), "FI", "fi", UTU),
    ("Otamme yhteyttä kaikkiin hakijoihin, kun rekrytointi on päättynyt.",
     "2026-08-18T10:00:00+03:00", None, "FI", "fi", REKRYPALAUTE),
    ("Lähetämme tiedon jatkoon pääsystä sähköpostitse 3 arkipäivän kuluessa.",
     "2026-11-02T15:00:00+02:00", ("2026-11-05", "2026-11-05"), "FI", "fi", UTU),
    # ------------------------------------------------------------------------------ Swedish
    ("Vi återkommer med besked till alla som intervjuats senast fredag vecka 24.",
     "2026-06-02T11:00:00+02:00", ("2026-06-12", "2026-06-12"), "SE", "sv", LINDESBERG),
    ("Intervjuerna hålls under vecka 40 och besked lämnas veckan efter.",
     "2026-09-22T10:00:00+02:00", ("2026-10-05", "2026-10-09"), "SE", "sv", LARCENTER),
    ("Du får återkoppling inom två veckor efter intervjun.",
     "2026-04-14T15:00:00+02:00", ("2026-04-28", "2026-04-28"), "SE", "sv", LINDESBERG),
    ("Sista ansökningsdag är den 30 april. Vi räknar med att kalla till intervju inom en vecka "
     "efter sista ansökningsdag.", "2026-04-20T09:00:00+02:00", ("2026-05-07", "2026-05-07"),
     "SE", "sv", LARCENTER),
    ("Vänligen skicka in dina betyg senast måndag.",
     "2026-03-11T10:00:00+01:00", None, "SE", "sv", SVENSKA),
    ("Vi håller dig underrättad om hur processen går.",
     "2026-03-11T10:00:00+01:00", None, "SE", "sv", SVENSKA),
    # ---------------------------------------------------------------------------- Norwegian
    ("Tilsettingsutvalget har faste møter en gang i måneden; neste møte er 18. november. "
     "Tilbudsbrevet sendes ut uken etter møtet.", "2026-11-05T13:00:00+01:00",
     ("2026-11-23", "2026-11-27"), "NO", "no", USN),
    ("Vi vil vanligvis be om svar innen én uke.",
     "2026-05-06T10:00:00+02:00", None, "NO", "no", KD),
    ("Du vil høre fra oss innen utgangen av neste uke.",
     "2026-02-11T14:00:00+01:00", ("2026-02-19", "2026-02-20"), "NO", "no", ASD),
    ("Vi kallar inn til andre intervju i veke 37.",
     "2026-08-25T10:00:00+02:00", ("2026-09-07", "2026-09-11"), "NO", "no", KLD),
    # ------------------------------------------------------------------------------- Danish
    ("Samtalerne afholdes i uge 15, og du kan forvente svar i slutningen af uge 16.",
     "2026-03-31T10:00:00+02:00", ("2026-04-15", "2026-04-17"), "DK", "da", RM),
    ("Du får besked senest 12 dage efter ansøgningsfristen, som er den 1. juni.",
     "2026-05-25T10:00:00+02:00", ("2026-06-13", "2026-06-13"), "DK", "da", DTU),
    ("Vi ringer til dig i næste uge, uanset udfaldet.",
     "2026-10-01T15:00:00+02:00", ("2026-10-05", "2026-10-09"), "DK", "da", LEDERWEB),
    ("Husk at sende dine eksamenspapirer inden fredag.",
     "2026-10-01T15:00:00+02:00", None, "DK", "da", LEDERWEB),
    # -------------------------------------------------------------------------------- Czech
    ("Výsledek výběrového řízení vám sdělíme do 10 pracovních dnů od pohovoru.",
     "2026-06-01T10:00:00+02:00", ("2026-06-15", "2026-06-15"), "CZ", "cs", NOVYJICIN),
    ("Přílohy musíte odevzdat do 70 dnů od ukončení příjmu žádostí.",
     "2026-04-24T10:00:00+02:00", None, "CZ", "cs", AGROTEAM),
    ("Úspěšného uchazeče budeme kontaktovat telefonicky koncem příštího týdne.",
     "2026-05-12T14:00:00+02:00", ("2026-05-21", "2026-05-22"), "CZ", "cs", NOVYJICIN),
    ("Výběrová komise zasedá 14. září; o výsledku vás vyrozumíme do tří dnů po jejím zasedání.",
     "2026-09-03T10:00:00+02:00", ("2026-09-17", "2026-09-17"), "CZ", "cs", ZAKONY),
    ("Výběrové řízení trvá zpravidla 4 až 6 týdnů od zveřejnění oznámení.",
     "2026-09-03T10:00:00+02:00", None, "CZ", "cs", NOVYJICIN),
    # ------------------------------------------------------------------------------- Polish
    ("Niezależnie od wyniku odezwiemy się do Pana w ciągu tygodnia od rozmowy.",
     "2026-03-04T12:00:00+01:00", ("2026-03-11", "2026-03-11"), "PL", "pl", ASISTWORK),
    ("Ostateczna decyzja zapadnie po posiedzeniu zarządu 20 maja; poinformujemy Panią w ciągu "
     "3 dni roboczych od tego posiedzenia.", "2026-05-11T10:00:00+02:00",
     ("2026-05-25", "2026-05-25"), "PL", "pl", POLKI),
    ("Prosimy o przesłanie referencji do piątku.",
     "2026-05-11T10:00:00+02:00", None, "PL", "pl", ASISTWORK),
    ("Wyniki rekrutacji ogłosimy w przyszłym tygodniu.",
     "2026-07-08T11:00:00+02:00", ("2026-07-13", "2026-07-17"), "PL", "pl", POLKI),
    # --------------------------------------------------------------------------- Portuguese
    ("O resultado final e a lista de classificação serão divulgados a partir das 15h do dia 18 "
     "de dezembro.", "2026-12-10T10:00:00-03:00", ("2026-12-18", "2026-12-18"), "BR", "pt",
     ETMSL),
    ("Os candidatos aprovados na entrevista serão convocados em até cinco dias úteis após a "
     "divulgação do resultado, prevista para 9 de outubro.", "2026-10-01T10:00:00-03:00",
     ("2026-10-19", "2026-10-19"), "BR", "pt", ACRE),
    ("Prazo para envio de recursos: 4 e 5 de dezembro.",
     "2026-11-30T10:00:00-03:00", None, "BR", "pt", ETMSL),
    ("Vamos dar um retorno no final do mês que vem.",
     "2026-04-15T16:00:00-03:00", ("2026-05-25", "2026-05-31"), "BR", "pt", ACRE),
    # ------------------------------------------------------------------------------ Italian
    ("I candidati ammessi al colloquio saranno avvisati almeno venti giorni prima della data "
     "fissata.", "2026-03-02T10:00:00+01:00", None, "IT", "it", GAZZETTA),
    ("Le comunicheremo l'esito entro dieci giorni dalla conclusione dei colloqui, prevista per "
     "il 6 marzo.", "2026-02-26T11:00:00+01:00", ("2026-03-16", "2026-03-16"), "IT", "it", APL),
    ("Contiamo di chiudere la selezione a metà del mese prossimo e la richiameremo subito dopo.",
     "2026-09-22T15:00:00+02:00", ("2026-10-11", "2026-10-22"), "IT", "it", APL),
    # -------------------------------------------------------------------------------- Dutch
    ("De briefselectie duurt tot circa twee weken na de sluitingsdatum van 3 april.",
     "2026-03-30T10:00:00+02:00", ("2026-04-17", "2026-04-17"), "NL", "nl", HUNZE),
    ("De tweede gesprekken zijn op dinsdag 9 juni; de uitslag hoor je uiterlijk de vrijdag "
     "daarna.", "2026-06-02T14:00:00+02:00", ("2026-06-12", "2026-06-12"), "NL", "nl", HUNZE),
    ("Na de sluitingsdatum hoor je zo snel mogelijk of je wordt uitgenodigd.",
     "2026-06-02T14:00:00+02:00", None, "NL", "nl", UTRECHT),
    ("We bellen je half volgende week.",
     "2026-10-08T16:00:00+02:00", ("2026-10-13", "2026-10-15"), "NL", "nl", UTRECHT),
    # ------------------------------------------------------------------------------ English
    ("The selection panel meets on 14 October to agree the shortlist; shortlisted candidates "
     "will be contacted in the week following the panel.", "2026-10-05T10:00:00+01:00",
     ("2026-10-19", "2026-10-23"), "GB", "en", CBS_PROCESS),
    ("Applications close at midnight on Sunday 8 March. We aim to let applicants know whether "
     "they have been shortlisted within ten working days of the closing date.",
     "2026-03-02T10:00:00+00:00", ("2026-03-20", "2026-03-20"), "GB", "en", CBS_PROCESS),
    ("Our offices close for the holidays on 23 December and reopen on 4 January; we'll be in "
     "touch in the first week back.", "2026-12-15T12:00:00+00:00",
     ("2027-01-04", "2027-01-08"), "GB", "en", DTU),
    ("Interviews will be held on 2 and 3 February, and we expect to make a decision within a "
     "week of the final interview.", "2026-01-26T10:00:00+00:00", ("2026-02-10", "2026-02-10"),
     "GB", "en", CBS_PROCESS),
    ("I can't give you a timeline yet, as it depends on the other candidates' availability.",
     "2026-05-12T16:00:00+01:00", None, "GB", "en", DTU),
    ("If you haven't heard from us by the end of the month, please assume you have not been "
     "successful.", "2026-06-10T15:00:00+01:00", ("2026-06-24", "2026-06-30"), "GB", "en", DTU),
    ("The hiring committee meets every other Thursday; the next meeting is on 12 November, and "
     "offers go out the day after.", "2026-11-03T11:00:00-05:00", ("2026-11-13", "2026-11-13"),
     "US", "en", CBS_PROCESS),
    ("Please allow at least ten days before chasing us for an update.",
     "2026-11-03T11:00:00-05:00", None, "US", "en", CBS_PROCESS),
    ("Sometimes the panel decides on the day, but usually it takes two or three days.",
     "2026-03-17T15:00:00+00:00", ("2026-03-19", "2026-03-20"), "GB", "en", CBS_PROCESS),
    # ------------------------------------------------------------ German, French, Spanish
    ("Die Auswahlkommission tagt am 24. Juni; danach erhalten Sie innerhalb von zwei Wochen "
     "Bescheid.", "2026-06-15T10:00:00+02:00", ("2026-07-08", "2026-07-08"), "DE", "de", KLD),
    ("Le comité se réunit le mardi 3 mars ; nous vous appellerons dans les deux jours qui "
     "suivent.", "2026-02-23T10:00:00+01:00", ("2026-03-05", "2026-03-05"), "FR", "fr", USN),
    ("El plazo de presentación termina el 12 de abril; publicaremos la lista de admitidos en los "
     "diez días hábiles siguientes.", "2026-04-06T10:00:00+02:00", ("2026-04-24", "2026-04-24"),
     "ES", "es", UPC),
    ("Tiene usted diez días naturales para aportar la documentación.",
     "2026-04-06T10:00:00+02:00", None, "ES", "es", UPC),
]
