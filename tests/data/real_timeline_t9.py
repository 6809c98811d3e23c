"""Timeline check set of round 9 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file; each case cites the page whose process it paraphrases (a board that
meets, reconvenes and votes on dated days, a works council with a fixed window, a committee
that publishes a ranking after its last interview, recruiter advice on one-to-two-week waits,
a Polish statute on publishing a hiring result). Names, dates and office closures are invented
and the wording is not copied. Written around round 8's classes of miss: promises counted
from an event the text dates (closing date, last interview, a meeting, a vote, a return from
leave, a holiday, a named week), chains ("a week to score, then five business days"), spans,
holidays less than a week apart, "end of day Friday", and texts that promise nothing.

54 texts: English 24, German 6, French 5, Spanish 5, Italian 4, Dutch 3, Portuguese 3, Polish 2,
Danish 2; 18 promise nothing. Labelled with only ``datetime`` and the ``holidays`` library to
check days, before the reader ran on them, with the conventions of ``real_timeline_b8.py`` (its
docstring): "within N days/weeks" exactly, counted from the reference or the anchor the text
dates; a span's upper end; chains add up; business days skip weekends and the country's public
holidays; "the week after <date>" the Monday to Friday of the following week, less holidays;
"after <holiday>" the whole next week when the holiday ends a week; "the day after <event>"
the next day; a calendar-day deadline on a weekend also accepts the next working day; the
candidate's own deadlines, logistics, retention, appeal and third-party windows, and promises
counted from an undated event promise nothing.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
CITIZENPORTAL = ("https://www.citizenportal.ai/articles/1468477/California/"
                 "School-Board-Plans-Urgent-Search-for-New-Superintendent")
SUMMIT = "https://www.summitdaily.com/news/local/summit-school-board-outlines-superintendent-search-timeline/"
COVINGTON = "https://covingtonreporter.com/news/kent-school-district-seeks-candidates-for-vacant-board-position"
SILVERTHORN = "https://meghannsilverthorn.blogspot.com/2013/03"
DOTHAN = ("https://dothaneagle.com/community/enterprise-ledger/news/enterprise-superintendent-finalists-"
          "named/article_4a99720e-ba80-11eb-b173-a308ff50c5bf.html")
TEALHQ = "https://www.tealhq.com/post/how-long-after-an-interview-is-a-job-offer-made"
PHONGNHA = ("https://phongnhaexplorer.com/qna/tips-and-tricks/"
            "how-long-does-it-take-to-get-accepted-after-an-interview.html")
APPLYLOAN = "https://apply-loan.de/s/en/Interview+Waiting+Time+Tips/38773"
STPSB = "http://www.stpsb.org/sbpolicies/pages/hiring_of_supervisors.php"
RUSKCOUNTY = "https://ruskcounty.org/interviewing"
SEKADA = "http://www.sekada.de/korrespondenz/briefe-und-e-mails/artikel/zwischenbescheide-bei-bewerbungen/"
ERFOLGREICHER = "https://www.erfolgreicher-bewerben.de/bewerbung-auswahlverfahren.html?start=1"
WEKA = "https://weka.de/betriebsrat-personalrat/page/19"
KAPINTDC = "http://fr.blog.kapintdc.com/lentretien-dembauche-et-apres"
OSE = "https://docplayer.es/amp/109181900-Bases-de-llamado-a-concurso-interno-no-0011-18.html"
QROO = "https://qroo.gob.mx/index.php/conalep/bases-para-la-seleccion-de-personal-docente-de-nuevo-ingreso"
BURER = "https://bur.regione.emilia-romagna.it/dettaglio-inserzione?i=8bceed1a34384753960c5977c2c48be4"
DOK_IT = "https://123dok.org/article/restituzione-dei-documenti-e-dei-titoli-presentati.yng9nkjl"
BARNEVELD = "https://pgbarneveld.nl/nieuws/van-de-sollicitatiecommissie/"
HASHTAG = "https://hashtagempregos.com.br/post-5.html"
STANDARDY = "https://standardyprawa.pl/akt/251/art/30919"
JVDK = "https://www.jv.dk/regionalt/Rift-om-jobbet-som-Sydjyllands-nye-erhvervsboss/artikel/2677593"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE9_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English: dated anchors
    ("Applications close on Friday, November 5. The board holds its regular meeting on Thursday, "
     "November 11, and we will call the selected candidate the day after the vote.",
     "2027-10-28T16:00:00-07:00", ("2027-11-12", "2027-11-12"), "US", "en", CITIZENPORTAL),
    ("Public interviews with the finalists are on Monday, June 14; the board expects to name its "
     "choice within three days of the interviews.",
     "2027-06-02T18:00:00-06:00", ("2027-06-17", "2027-06-17"), "US", "en", SUMMIT),
    ("The board reviews applications on Tuesday, June 22 and interviews on Wednesday, June 23, "
     "then reconvenes to announce the appointment the following day.",
     "2027-06-10T19:00:00-07:00", ("2027-06-24", "2027-06-24"), "US", "en", COVINGTON),
    ("First-round interviews are today. The board meets again on Thursday the 11th to nominate "
     "finalists, and we'll let everyone know who made the list within a week of that meeting.",
     "2027-03-01T16:30:00-07:00", ("2027-03-18", "2027-03-18"), "US", "en", SILVERTHORN),
    # the week after May 26's week is May 31 (Memorial Day) to June 4: the holiday is dropped
    ("The board will rank the applicants on Wednesday, May 26, and finalists will hear from the "
     "board attorney the week after.",
     "2027-05-14T10:00:00-05:00", ("2027-06-01", "2027-06-04"), "US", "en", DOTHAN),
    ("We're hoping to wrap up final interviews by Thursday the 18th, and an offer should go out "
     "one to two weeks after that.",
     "2027-02-10T11:00:00-05:00", ("2027-03-04", "2027-03-04"), "US", "en", TEALHQ),
    ("The Superintendent will narrow the list by Friday, January 15, final interviews with the "
     "Board follow the next week, and the appointment will be announced to the candidates at the "
     "Board meeting on January 28.",
     "2027-01-06T09:00:00-06:00", ("2027-01-28", "2027-01-28"), "US", "en", STPSB),
    ("The committee scores everyone today and tomorrow, and the department head will call you "
     "with the selection within five working days of the committee's last interview tomorrow.",
     "2027-08-11T14:00:00-05:00", ("2027-08-19", "2027-08-19"), "US", "en", RUSKCOUNTY),
    ("Our hiring manager is on leave until Monday, August 2; she'll make her decision and get "
     "back to you within a week of getting back.",
     "2027-07-21T10:00:00-04:00", ("2027-08-09", "2027-08-09"), "US", "en", TEALHQ),
    ("Interviews are being held the week of 14 June, and everyone will hear the outcome by the "
     "end of the following week.",
     "2027-06-04T12:00:00+01:00", ("2027-06-25", "2027-06-25"), "GB", "en", APPLYLOAN),
    # 30 April + ten working days, skipping the Early May bank holiday (3 May)
    ("We aim to let shortlisted applicants know within ten working days of the closing date, "
     "Friday 30 April.",
     "2027-04-20T09:00:00+01:00", ("2027-05-17", "2027-05-17"), "GB", "en", APPLYLOAN),
    # Chinese New Year 2028 is 26-27 January: five working days after its last day
    ("Our office closes for Chinese New Year, so we will update you within five working days "
     "after the Chinese New Year holiday.",
     "2028-01-18T15:00:00+08:00", ("2028-02-03", "2028-02-03"), "SG", "en", PHONGNHA),
    # ------------------------------------------------------------------ English: spans and chains
    ("The hiring manager needs about a week to review everyone's scores, then HR needs another "
     "five business days to prepare the offer.",
     "2027-09-08T13:00:00-04:00", ("2027-09-22", "2027-09-22"), "US", "en", APPLYLOAN),
    ("Marking takes three weeks from the test date, and moderation another week; results go "
     "out straight after that.",
     "2027-10-05T10:00:00+01:00", ("2027-11-02", "2027-11-02"), "GB", "en", APPLYLOAN),
    ("Some candidates hear back the same day, but for this role expect two to three weeks, since "
     "we're also checking references.",
     "2027-04-07T15:00:00-04:00", ("2027-04-28", "2027-04-28"), "US", "en", PHONGNHA),
    ("Interviews finish Wednesday, and I'll call whoever we pick by end of day Friday.",
     "2027-03-08T11:00:00-05:00", ("2027-03-12", "2027-03-12"), "US", "en", TEALHQ),
    # ------------------------------------------------------------------ English: holidays close together
    # Workers' Day (1 May 2027) is a Saturday: "after" it is the whole next week
    ("Half the panel is away between Freedom Day and Workers' Day, so we'll give you feedback "
     "after Workers' Day.",
     "2027-04-22T10:00:00+02:00", ("2027-05-03", "2027-05-07"), "ZA", "en", PHONGNHA),
    # New Year's Day 2027 is a Friday: "after" it is the week of 4 January
    ("The office is closed for Christmas and again on New Year's Day; you'll hear from us after "
     "New Year's.",
     "2026-12-18T16:00:00-05:00", ("2027-01-04", "2027-01-08"), "US", "en", TEALHQ),
    # ------------------------------------------------------------------ English: no promise
    ("Offers usually come one to two weeks after the final round, but I really can't commit to a "
     "date for you yet.",
     "2027-05-12T14:00:00-04:00", None, "US", "en", TEALHQ),
    ("The ad hoc committee meets as needed, and the department head makes the final selection "
     "from its list.",
     "2027-03-15T10:00:00-05:00", None, "US", "en", RUSKCOUNTY),
    ("Please confirm your availability for the second round by Friday.",
     "2027-02-02T09:30:00-05:00", None, "US", "en", TEALHQ),
    ("If you're not selected, we keep your application on file for twelve months.",
     "2027-06-21T10:00:00+01:00", None, "GB", "en", APPLYLOAN),
    ("Unsuccessful candidates may request feedback within ten working days of the outcome "
     "letter.",
     "2027-09-14T11:00:00+01:00", None, "GB", "en", APPLYLOAN),
    ("We'll be in touch once the panel has met; I don't have a date for that meeting yet.",
     "2027-10-19T15:00:00-04:00", None, "US", "en", SUMMIT),
    # ------------------------------------------------------------------ German
    ("Die Auswahlgespräche enden am Freitag, den 12. März. Wir melden uns spätestens zwei Wochen "
     "danach bei Ihnen.",
     "2027-03-03T10:00:00+01:00", ("2027-03-26", "2027-03-26"), "DE", "de", ERFOLGREICHER),
    # ten Arbeitstage after 22 April skip 1 May (a Saturday) and Ascension (6 May)
    ("Der Personalrat tagt am Donnerstag, 22. April; innerhalb von zehn Arbeitstagen nach der "
     "Sitzung erhalten Sie unsere Entscheidung.",
     "2027-04-14T11:00:00+02:00", ("2027-05-07", "2027-05-07"), "DE", "de", WEKA),
    ("Wir rechnen mit einer Rückmeldung in zwei bis drei Wochen.",
     "2027-05-19T15:00:00+02:00", ("2027-06-09", "2027-06-09"), "DE", "de", SEKADA),
    ("Nach dem letzten Vorstellungsgespräch am 8. Juni entscheiden wir innerhalb einer Woche.",
     "2027-06-02T09:00:00+02:00", ("2027-06-15", "2027-06-15"), "DE", "de", ERFOLGREICHER),
    ("Die Auswertung der Bewerbungen wird noch etwas Zeit in Anspruch nehmen; bitte haben Sie "
     "noch etwas Geduld.",
     "2027-02-22T14:00:00+01:00", None, "DE", "de", SEKADA),
    # the works council's own window is no promise to the candidate
    ("Vor der Einstellung muss der Betriebsrat zustimmen; er hat dafür eine Woche Zeit.",
     "2027-07-06T10:00:00+02:00", None, "DE", "de", WEKA),
    # ------------------------------------------------------------------ French
    ("Les entretiens se terminent le vendredi 15 octobre ; nous reviendrons vers vous dans les "
     "dix jours qui suivent.",
     "2027-10-06T10:00:00+02:00", ("2027-10-25", "2027-10-25"), "FR", "fr", KAPINTDC),
    ("Le comité se réunit le mercredi 3 février et vous aurez notre réponse le lendemain.",
     "2027-01-27T15:00:00+01:00", ("2027-02-04", "2027-02-04"), "FR", "fr", KAPINTDC),
    ("Comptez deux à trois semaines pour avoir une réponse de notre part.",
     "2027-02-10T11:00:00+01:00", ("2027-03-03", "2027-03-03"), "FR", "fr", KAPINTDC),
    ("Merci de nous confirmer votre présence avant le 12 mars.",
     "2027-03-02T09:00:00+01:00", None, "FR", "fr", KAPINTDC),
    ("Si vous n'êtes pas retenu, votre dossier sera conservé deux ans dans notre vivier.",
     "2027-05-04T16:00:00+02:00", None, "FR", "fr", KAPINTDC),
    # ------------------------------------------------------------------ Spanish
    ("La entrevista final se realizará el lunes 12 de abril y el resultado se publicará dentro "
     "de los cinco días hábiles siguientes.",
     "2027-04-05T10:00:00-06:00", ("2027-04-19", "2027-04-19"), "MX", "es", QROO),
    ("Los resultados se publicarán al día siguiente de la última entrevista, prevista para el "
     "jueves 20 de mayo.",
     "2027-05-10T12:00:00-03:00", ("2027-05-21", "2027-05-21"), "UY", "es", OSE),
    ("Te daremos una respuesta en un plazo de entre una y dos semanas.",
     "2027-09-01T17:00:00+02:00", ("2027-09-15", "2027-09-15"), "ES", "es", OSE),
    ("Los aspirantes podrán presentar recursos dentro de los dos días hábiles siguientes a la "
     "publicación de resultados.",
     "2027-06-15T10:00:00-03:00", None, "UY", "es", OSE),
    ("Recuerda traer tu identificación oficial y llegar quince minutos antes de tu entrevista.",
     "2027-08-23T09:00:00-06:00", None, "MX", "es", QROO),
    # ------------------------------------------------------------------ Italian
    # 21 January + ten days is Sunday 31 January: Monday is accepted too
    ("I colloqui si concluderanno il 21 gennaio; la graduatoria sarà pubblicata entro dieci "
     "giorni dalla conclusione dei colloqui.",
     "2027-01-12T10:00:00+01:00", ("2027-01-31", "2027-02-01"), "IT", "it", BURER),
    ("La commissione si riunirà martedì 9 novembre e comunicherà l'esito entro tre giorni "
     "lavorativi dalla riunione.",
     "2027-11-02T11:00:00+01:00", ("2027-11-12", "2027-11-12"), "IT", "it", BURER),
    ("Le faremo sapere entro la fine della prossima settimana.",
     "2027-04-14T16:00:00+02:00", ("2027-04-23", "2027-04-23"), "IT", "it", DOK_IT),
    ("La documentazione potrà essere ritirata solo dopo 120 giorni dal conferimento "
     "dell'incarico.",
     "2027-03-18T10:00:00+01:00", None, "IT", "it", DOK_IT),
    # ------------------------------------------------------------------ Dutch
    ("De gesprekken zijn op 14 en 15 december; uiterlijk een week na het laatste gesprek hoort u "
     "van ons.",
     "2027-12-03T10:00:00+01:00", ("2027-12-22", "2027-12-22"), "NL", "nl", BARNEVELD),
    ("U hoort binnen twee tot drie weken of u door bent naar de tweede ronde.",
     "2027-06-09T14:00:00+02:00", ("2027-06-30", "2027-06-30"), "NL", "nl", BARNEVELD),
    ("Het vervolg vraagt meer tijd dan we hadden ingeschat; we hopen u spoedig meer te kunnen "
     "berichten.",
     "2027-01-19T11:00:00+01:00", None, "NL", "nl", BARNEVELD),
    # ------------------------------------------------------------------ Portuguese
    ("O retorno da entrevista sai em uma semana.",
     "2027-08-04T15:00:00-03:00", ("2027-08-11", "2027-08-11"), "BR", "pt", HASHTAG),
    ("As entrevistas terminam na sexta-feira, 10 de setembro, e daremos retorno a todos em até "
     "cinco dias úteis depois disso.",
     "2027-09-01T10:00:00-03:00", ("2027-09-17", "2027-09-17"), "BR", "pt", HASHTAG),
    ("Caso não tenha retorno, sinta-se à vontade para nos procurar.",
     "2027-04-20T16:00:00-03:00", None, "BR", "pt", HASHTAG),
    # ------------------------------------------------------------------ Polish
    ("Rozmowy kwalifikacyjne zakończą się 19 lutego; informację o wyniku naboru opublikujemy w "
     "BIP w ciągu 7 dni od ich zakończenia.",
     "2027-02-10T10:00:00+01:00", ("2027-02-26", "2027-02-26"), "PL", "pl", STANDARDY),
    ("Ogłoszenie o wyniku naboru pozostaje dostępne w BIP przez 3 miesiące.",
     "2027-05-11T12:00:00+02:00", None, "PL", "pl", STANDARDY),
    # ------------------------------------------------------------------ Danish
    ("Samtalerne holdes i næste uge, og vi forventer at give svar senest fredag i ugen efter.",
     "2027-01-13T10:00:00+01:00", ("2027-01-29", "2027-01-29"), "DK", "da", JVDK),
    ("Den nye direktør forventes at tiltræde 1. marts.",
     "2027-01-20T14:00:00+01:00", None, "DK", "da", JVDK),
]
