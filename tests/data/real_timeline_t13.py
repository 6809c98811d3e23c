"""Timeline check set of round 13 (issue #15, helper "tl13"): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``, the round 13 blind files left
alone): out-of-office template pages in English, German, Spanish, Portuguese, Polish and
Québec French (a staffing firm's tips, a language blog, a recruitment-software blog, an
email-signature vendor, a job board's hiring guide, German HR-software and magazine pages,
Austria's employment service, the Office québécois de la langue française, Spanish and Brazilian
software blogs, Polish language-school, investment-firm and job-board pages), post-interview
advice pages (a Canadian staffing firm, an Australian recruiter, a biotech job board, a Spanish
recruiter's blog, a Polish HR firm) and a Brazilian public-selection schedule. Names, dates and
offices are invented and the wording is not copied. Written around the *structural* classes of
round 12's blind misses, as classes across languages, not their wordings: a staff member's
absence as the anchor (a dated return a promise counts from, and a return with no promise after
it), chains from a dated or conditional step (a panel's meeting, a closing date, interviews that
run until a day, a dated condition), logistics read as a promise (a call at a given hour for a
phone screen), and business-day promises across the Christmas and Thanksgiving breaks.

55 texts from 22 pages: English 20, German 9, Spanish 7, French 7, Portuguese 6, Polish 6;
25 promise nothing. Labelled with only ``datetime`` and the ``holidays`` library to check
weekdays and public holidays, before the reader ran on them, with the conventions of
``real_timeline_b12.py`` (its docstring): "within N days" of a return exactly, counted from the
return day the text dates; "the week of my return" / "the following week" Monday to Friday;
business days skip weekends and the country's public holidays, both readings where a day is a
holiday for many but not all (the Friday after Thanksgiving, Brazil's 24 December); an office
closure the text states is skipped like a holiday; a return with "I'll reply when I'm back",
"don't chase before", a promise counted from an undated event, logistics, the candidate's own
deadlines, retention and usual lengths promise nothing.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# English
MANPOWER = "https://manpower.bg/en/knowledge-corner/vacation-mode-or-how-set-auto-reply"
LINGUAHOLIC = "https://linguaholic.com/linguablog/out-of-office-messages"
CHAMELEONI = "https://www.chameleoni.com/perfect-out-of-office-notification/"
EXCLAIMER = "https://exclaimer.com/email-signature-handbook/out-of-office-templates/"
INDEEDCA = "https://ca.indeed.com/hire/c/info/out-of-office-message"
FEDGROUP = "https://fed-group.ca/en/fed-group/job-search-tips/thank-you-after-job-interview"
RECRUITPOOL = "http://www.recruitmentpool.com.au/interview-feedback-where-is-it/"
BIOSPACE = "https://www.biospace.com/article/releases/etiquette-tricks-for-after-the-job-interview-/"
# German
PAPERSHIFT = "https://www.papershift.com/blog/abwesenheitsnotiz-schreiben"
HRWORKS = "https://www.hrworks.de/news/abwesenheitsnotiz-zweck-beispiele-und-vorlagen/"
ACQUISA = "https://www.acquisa.de/magazin/abwesenheitsnotiz-formulieren"
AMS = "https://www.ams.at/arbeitsuchende/topicliste/abwesenheitsnotiz"
# French
OQLF = "http://www.oqlf.gouv.qc.ca/actualites/capsules_hebdo/message_absence_vacances_20100623.html"
# Spanish
KENJO = "https://blog.kenjo.io/es/mensaje-fuera-de-la-oficina-ejemplo"
MAILFENCE = "https://blog.mailfence.com/es/como-redactar-un-mensaje-de-fuera-de-la-oficina"
LANGUAGETOOL = "https://languagetool.org/insights/es/?p=99633"
MELTGROUP = "https://meltgroup.com/a-que-hora-suelen-llamar-los-reclutadores"
# Portuguese
MOBILLS = "https://www.mobills.com.br/blog/dicas/como-configurar-resposta-automatica-de-e-mail"
SELECAO = "https://ps-adm-741.selecao.net.br/informacoes/26"
# Polish
PROLANG = "https://prolang.pl/blog/autoresponder-jak-poinformowac-o-nieobecnosci-w-pracy/"
ALLCON = "http://investment.allcon.pl/jak-poprawnie-ustawiac-autoresponder/"
OLX = "https://zawodowo.olx.pl/autoresponder-jak-go-ustawic-i-co-napisac-w-tresci/"
TENODHR = ("https://tenodhr.pl/blog/ile-trwa-rozmowa-o-prace-przewodnik-dla-kandydatow-na-"
           "rynku-pracy-3")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE13_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # Back on Monday 8 March: two days after the return.
    ("I'm out of the office until Friday 5 March and back on Monday 8 March; I'll get back to "
     "you with the panel's decision within two days of my return.",
     "2027-03-03T15:00:00+00:00", ("2027-03-10", "2027-03-10"), "GB", "en", MANPOWER),
    # A return with nothing promised after it.
    ("Thanks for your email. I'm on vacation until the 14th and will respond when I return.",
     "2027-06-07T10:00:00-04:00", None, "CA", "en", INDEEDCA),
    # Away until Thursday 13 May; the end of the week after it is Friday 21 May.
    ("The hiring manager is away at a conference until Thursday; we'll have an answer for you "
     "by the end of the following week.",
     "2027-05-10T11:00:00-04:00", ("2027-05-21", "2027-05-21"), "US", "en", CHAMELEONI),
    # The candidate's own earliest follow-up day.
    ("Please don't chase us before the 20th: the team lead is on leave until then.",
     "2027-10-06T14:00:00+01:00", None, "GB", "en", CHAMELEONI),
    # Labor Day weekend: back on Tuesday 7 September, the end of that week is Friday 10.
    ("Our hiring manager is out for the holiday weekend and back on Tuesday; you'll hear from us "
     "by the end of that week.",
     "2027-09-03T16:00:00-04:00", ("2027-09-10", "2027-09-10"), "US", "en", EXCLAIMER),
    ("I'm off until Monday 12 July and will call you that afternoon with the outcome.",
     "2027-07-02T12:00:00+01:00", ("2027-07-12", "2027-07-12"), "GB", "en", LINGUAHOLIC),
    # The panel meets on Tuesday 8 June: two working days after it.
    ("The panel meets on Tuesday to make its decision, and we'll ring you within two working "
     "days of the meeting.",
     "2027-06-03T10:30:00+01:00", ("2027-06-10", "2027-06-10"), "GB", "en", RECRUITPOOL),
    # The week after the closing date (Friday 14 May).
    ("Applications close on Friday 14 May; shortlisted candidates will hear from us the week "
     "after the closing date.",
     "2027-05-04T09:00:00+01:00", ("2027-05-17", "2027-05-21"), "GB", "en", RECRUITPOOL),
    # Interviews until Friday 17 September; the Monday after is 20 September.
    ("Interviews carry on until the end of next week, and everyone will be told the outcome on "
     "the Monday after.",
     "2027-09-08T13:00:00-04:00", ("2027-09-20", "2027-09-20"), "US", "en", BIOSPACE),
    # A dated condition: the week after Friday 15 October.
    ("If the reference checks are back by Friday 15 October, we'll make the offer the following "
     "week.",
     "2027-10-06T11:00:00-04:00", ("2027-10-18", "2027-10-22"), "US", "en", BIOSPACE),
    # Counted from an undated step.
    ("Once the hiring manager has met the last candidate, we'll let everyone know within a week.",
     "2027-04-20T15:00:00-04:00", None, "US", "en", FEDGROUP),
    # Logistics: the screen itself.
    ("The recruiter will ring you on Tuesday between 10 and 11 a.m. for a fifteen-minute "
     "screening call.",
     "2027-03-04T10:00:00-05:00", None, "CA", "en", FEDGROUP),
    ("Your video interview link will be emailed to you 24 hours before the session.",
     "2027-02-15T09:00:00-05:00", None, "US", "en", FEDGROUP),
    # Ten working days over Christmas in England: 27, 28 December and 3 January are bank
    # holidays.
    ("We'll let every candidate know the outcome within ten working days of today's interview.",
     "2027-12-17T11:00:00+00:00", ("2028-01-05", "2028-01-05"), "GB", "en", RECRUITPOOL),
    # Five business days over Thanksgiving; the Friday after it either way.
    ("You'll hear back from us within five business days.",
     "2027-11-24T14:00:00-05:00", ("2027-12-02", "2027-12-03"), "US", "en", EXCLAIMER),
    ("We usually take around two weeks to reach a decision, but it varies from role to role.",
     "2027-05-12T15:00:00-04:00", None, "US", "en", BIOSPACE),
    # The candidate's own deadline.
    ("If we don't receive your signed acceptance within five working days, the offer will "
     "lapse.",
     "2027-06-22T12:00:00+01:00", None, "GB", "en", MANPOWER),
    ("I'm out until the 14th with limited access to email; for anything urgent, please contact "
     "my colleague Dana Whitfield.",
     "2027-08-04T09:00:00+01:00", None, "GB", "en", LINGUAHOLIC),
    ("The director interviews the last two candidates next week, so we can't give you a "
     "decision date until after that.",
     "2027-02-24T16:00:00-05:00", None, "US", "en", RECRUITPOOL),
    ("Our offices are closed from 24 December and reopen on 4 January.",
     "2027-12-15T10:00:00-05:00", None, "US", "en", EXCLAIMER),
    # ------------------------------------------------------------------ German
    # Back on Monday 15 March: three working days after the return.
    ("Frau Berger ist ab Montag, 15. März, wieder im Haus; innerhalb von drei Arbeitstagen nach "
     "ihrer Rückkehr erhalten Sie unsere Entscheidung.",
     "2027-03-05T11:00:00+01:00", ("2027-03-18", "2027-03-18"), "DE", "de", AMS),
    # A lower bound set by an absence.
    ("Vor dem 10. Januar können wir Ihnen leider nichts sagen, da die Abteilungsleiterin bis "
     "dahin im Urlaub ist.",
     "2027-12-20T10:00:00+01:00", None, "DE", "de", PAPERSHIFT),
    # On leave to Friday 11 June: the Monday after is 14 June.
    ("Herr Yilmaz ist bis einschließlich Freitag im Urlaub. Am Montag danach rufen wir Sie an.",
     "2027-06-08T15:00:00+02:00", ("2027-06-14", "2027-06-14"), "DE", "de", HRWORKS),
    # The commission meets on Thursday 17 June: a week after it.
    ("Die Auswahlkommission tagt am Donnerstag, 17. Juni; das Ergebnis teilen wir Ihnen "
     "spätestens eine Woche danach mit.",
     "2027-06-08T10:00:00+02:00", ("2027-06-24", "2027-06-24"), "DE", "de", HRWORKS),
    # The assessment centre runs to Friday 22 October; the Monday after is 25 October.
    ("Das Assessment-Center läuft bis Ende nächster Woche, am Montag darauf informieren wir alle "
     "Teilnehmenden.",
     "2027-10-13T14:00:00+02:00", ("2027-10-25", "2027-10-25"), "DE", "de", ACQUISA),
    ("Der Fachbereichsleiter ruft Sie am Mittwoch zwischen 9 und 10 Uhr für ein kurzes "
     "Telefoninterview an.",
     "2027-04-09T12:00:00+02:00", None, "DE", "de", ACQUISA),
    # Ten working days with the office closed from 24 December to 1 January.
    ("Wir melden uns innerhalb von zehn Arbeitstagen bei Ihnen; unser Büro ist vom 24. Dezember "
     "bis 1. Januar geschlossen.",
     "2027-12-14T16:00:00+01:00", ("2028-01-05", "2028-01-05"), "DE", "de", PAPERSHIFT),
    ("Bitte senden Sie uns die unterschriebenen Unterlagen innerhalb einer Woche zurück.",
     "2027-05-19T10:00:00+02:00", None, "DE", "de", AMS),
    ("Ich bin bis zum 21. April nicht im Büro und beantworte Ihre Nachricht nach meiner "
     "Rückkehr.",
     "2027-04-12T08:00:00+02:00", None, "DE", "de", ACQUISA),
    # ------------------------------------------------------------------ French
    # Back on Monday 26 April: that week.
    ("Je suis en vacances jusqu'au vendredi 23 avril. Je vous donnerai des nouvelles au sujet de "
     "votre candidature dans la semaine de mon retour.",
     "2027-04-14T10:00:00+02:00", ("2027-04-26", "2027-04-30"), "FR", "fr", OQLF),
    ("Je suis absente jusqu'au 3 mai ; je traiterai votre message à mon retour.",
     "2027-04-22T09:00:00+02:00", None, "FR", "fr", OQLF),
    # The jury meets on Tuesday 16 November: two working days after it.
    ("Le jury se réunit le mardi 16 novembre ; nous vous appellerons dans les deux jours ouvrés "
     "qui suivent.",
     "2027-11-05T11:00:00+01:00", ("2027-11-18", "2027-11-18"), "FR", "fr", OQLF),
    ("Les candidatures sont closes le vendredi 4 juin ; les candidats retenus seront contactés "
     "la semaine suivante.",
     "2027-05-26T15:00:00+02:00", ("2027-06-07", "2027-06-11"), "FR", "fr", OQLF),
    ("La recruteuse vous appellera jeudi entre 14 h et 15 h pour l'entretien téléphonique.",
     "2027-09-13T10:00:00+02:00", None, "FR", "fr", OQLF),
    # Ten jours ouvrés from Wednesday 22 December, over Christmas and New Year (both weekends).
    ("Nous vous répondrons sous dix jours ouvrés.",
     "2027-12-22T14:00:00+01:00", ("2028-01-05", "2028-01-05"), "FR", "fr", OQLF),
    ("Les entretiens se poursuivent jusqu'à la fin du mois ; nous ne pouvons pas encore vous "
     "donner de date.",
     "2027-03-10T16:00:00+01:00", None, "FR", "fr", OQLF),
    # ------------------------------------------------------------------ Spanish
    # Back on Monday 12 July: five working days after it.
    ("La responsable de selección vuelve de vacaciones el lunes 12 de julio; a su vuelta te "
     "daremos una respuesta en un plazo de cinco días hábiles.",
     "2027-06-30T12:00:00+02:00", ("2027-07-19", "2027-07-19"), "ES", "es", KENJO),
    ("Estoy fuera de la oficina hasta el 2 de septiembre. Responderé a tu correo a mi regreso.",
     "2027-08-20T09:00:00+02:00", None, "ES", "es", MAILFENCE),
    # The committee decides on Friday 5 February: two working days after it.
    ("El comité decide mañana y te llamaremos en los dos días hábiles siguientes.",
     "2027-02-04T17:00:00+01:00", ("2027-02-09", "2027-02-09"), "ES", "es", LANGUAGETOOL),
    ("Las entrevistas terminan el viernes 12 de marzo y la semana siguiente comunicaremos la "
     "decisión a todas las personas candidatas.",
     "2027-03-03T11:00:00+01:00", ("2027-03-15", "2027-03-19"), "ES", "es", MELTGROUP),
    ("Te llamaremos el lunes a las 10:00 para hacer la entrevista telefónica con el director.",
     "2027-05-06T13:00:00+02:00", None, "ES", "es", MELTGROUP),
    # Ten días hábiles from Monday 20 December (Christmas and New Year's Day on Saturdays).
    ("Daremos respuesta a todas las personas candidatas en un plazo de diez días hábiles.",
     "2027-12-20T10:00:00+01:00", ("2028-01-03", "2028-01-03"), "ES", "es", KENJO),
    ("Tienes tres días para confirmar si aceptas la oferta.",
     "2027-09-28T12:00:00+02:00", None, "ES", "es", LANGUAGETOOL),
    # ------------------------------------------------------------------ Portuguese
    ("A gestora da vaga está de férias até o dia 15; assim que voltar, entraremos em contato.",
     "2027-07-06T10:00:00-03:00", None, "BR", "pt", MOBILLS),
    # The board meets on Monday 10 May: five dias úteis after it.
    ("A banca se reúne na segunda-feira, 10 de maio, e o resultado será comunicado em até cinco "
     "dias úteis depois da reunião.",
     "2027-04-28T15:00:00-03:00", ("2027-05-17", "2027-05-17"), "BR", "pt", SELECAO),
    # Interviews end on Friday 22 October: three dias úteis after it.
    ("O resultado das entrevistas será divulgado no site em até 3 dias úteis após o fim das "
     "entrevistas, previsto para 22 de outubro.",
     "2027-10-13T11:00:00-03:00", ("2027-10-27", "2027-10-27"), "BR", "pt", SELECAO),
    ("A recrutadora vai ligar na quinta-feira, entre 9h e 10h, para a entrevista por telefone.",
     "2027-08-16T14:00:00-03:00", None, "BR", "pt", MOBILLS),
    # Five dias úteis from Wednesday 22 December; 24 December is an optional day off.
    ("Retornaremos a todos os candidatos em até 5 dias úteis.",
     "2027-12-22T16:00:00-03:00", ("2027-12-29", "2027-12-30"), "BR", "pt", MOBILLS),
    ("Os candidatos aprovados deverão apresentar os documentos no prazo de 5 dias úteis após a "
     "convocação.",
     "2027-06-01T10:00:00-03:00", None, "BR", "pt", SELECAO),
    # ------------------------------------------------------------------ Polish
    # Back on Monday 23 August: a week after the return.
    ("Rekruterka wraca z urlopu w poniedziałek 23 sierpnia. Po jej powrocie odezwiemy się w "
     "ciągu tygodnia.",
     "2027-08-11T10:00:00+02:00", ("2027-08-30", "2027-08-30"), "PL", "pl", PROLANG),
    ("Jestem na urlopie do 16 lipca. Na wiadomości odpowiem po powrocie.",
     "2027-07-05T09:00:00+02:00", None, "PL", "pl", ALLCON),
    # The commission meets on 14 September: seven days after it.
    ("Komisja zbierze się 14 września, a o wynikach poinformujemy w ciągu 7 dni od posiedzenia.",
     "2027-09-03T12:00:00+02:00", ("2027-09-21", "2027-09-21"), "PL", "pl", TENODHR),
    ("Rozmowy potrwają do piątku 19 listopada; w następnym tygodniu zadzwonimy do wybranej "
     "osoby.",
     "2027-11-09T15:00:00+01:00", ("2027-11-22", "2027-11-26"), "PL", "pl", OLX),
    ("Rekruter zadzwoni w środę między 12:00 a 13:00, żeby przeprowadzić krótką rozmowę "
     "telefoniczną.",
     "2027-04-26T11:00:00+02:00", None, "PL", "pl", TENODHR),
    # Ten dni robocze from Monday 20 December; 24 December is a holiday in Poland.
    ("Decyzję przekażemy w ciągu 10 dni roboczych.",
     "2027-12-20T13:00:00+01:00", ("2028-01-04", "2028-01-04"), "PL", "pl", ALLCON),
]
