"""Timeline check set C of round 12 (issue #15): office closures and usual lengths, written and
labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``); each case cites the page whose
process or wording it paraphrases (holiday office-closure templates and notices, a Dutch trade
site on the Christmas shutdown, Latin American public-sector recess notices, hiring-time
articles in English, Portuguese and Polish, a German lawyer's page on appealing a rejection).
Names, dates and closures are invented and the wording is not copied. Written around two
classes round 11 and the first round 12 rules left: an office closure the text states (a date
range or a weekday) inside a business-day count or followed by "after the closure / when we're
back", and usual lengths, averages and the candidate's own appeal windows, which promise
nothing unless the text makes a promise of its own.

32 texts: English 10, German 5, French 4, Spanish 4, Portuguese 3, Italian 2, Dutch 2, Polish
2; 18 promise nothing. Labelled with only ``datetime`` and the ``holidays`` library, before the
reader ran on them, with the conventions of ``real_timeline_b11.py`` and ``real_timeline_t11.py``
(their docstrings): business days skip weekends, the country's public holidays and the days the
text says the office is closed (both ends included); "after the closure / when we're back" is
the first working day after it, and "nach den Betriebsferien melden wir uns" the rest of that
week; a usual length ("normally", "usually", "in der Regel", "en général", "normalmente", "di
solito", "meestal", "zazwyczaj"), an average ("de media", "em média") and an appeal window
promise nothing; a text with a usual length and a promise of its own is read by the promise.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
TEMPLATE_NET = "https://template.net/edit-online/313265/holiday-office-closure-notice"
WORDEXCEL = "https://wordexceltemplates.com/closing-hours-for-holiday-notice"
WORDEXCEL_XMAS = "https://www.wordexceltemplates.com/christmas-closure-notification-samples/"
WEARESCOUT = ("https://wearescout.notion.site/"
              "Christmas-Working-Hours-26def320973d4520967902ee854afd7b")
TECHNISCHWERKEN = ("https://www.technischwerken.nl/nieuws/"
                   "meeste-technische-bedrijven-gesloten-in-kerstperiode-2022/")
NACION = ("https://www.nacion.com/el-pais/esta-sera-la-fecha-de-inicio-de-las-vacaciones-de/"
          "XHUH7ZTVQJBJHAKLEG2QQIAE54/story/")
LACALLE = "https://lacalle.com.ar/entre-el-24-y-el-31-habra-asueto-en-la-provincia/"
IBP = "https://ibp-kanzlei.de/begriff/betriebsferien/"
REFINERY29 = ("https://www.refinery29.com/en-us/2017/08/167325/"
              "interview-hiring-wait-time-glassdoor")
GETTINGHIRED = ("https://blog.gettinghired.com/2015/11/"
                "why-does-it-take-so-long-to-hear-back-after-an-interview")
SOUNDINTERVIEW = "https://www.soundinterview.com/inside-the-hiring-process"
RHICONSULTORIA = "https://rhiconsultoria.com.br/quanto-tempo-dura-um-processo-seletivo"
KENOBY = "https://www.kenoby.com/blog/quanto-tempo-dura-um-processo-seletivo"
MERLIN = "https://merlingroup.pl/ile-czeka-sie-na-rozpatrzenie-cv"
PORADNIKPRACA = ("https://poradnikpraca.pl/praca,ac268/"
                 "jak-dlugo-powinna-trwac-rekrutacja-w-firmie,19343")
KOSLOWSKI = "https://recht-koslowski.de/konkurrentenabwehr"
CRONISTA = ("https://www.cronista.com/espana/actualidad-es/"
            "confirmado-todas-las-oficinas-del-gobierno-cierran-tres-dias-y-este-es-el-motivo/")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE12_CHECK_C: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # Closed 24 December to 1 January: Mon 21, Tue 22, Wed 23, then Mon 4 and Tue 5 January.
    ("Please note our offices are closed from 24 December to 1 January. We will reply to every "
     "candidate within five working days.",
     "2026-12-18T10:00:00-05:00", ("2027-01-05", "2027-01-05"), "US", "en", TEMPLATE_NET),
    # Closed next Monday (19 October): Thu 15, Fri 16, Tue 20.
    ("Heads up that we're closed next Monday for a staff training day, but you'll hear from us "
     "within three business days either way.",
     "2026-10-14T15:00:00-04:00", ("2026-10-20", "2026-10-20"), "US", "en", WORDEXCEL),
    # Away Monday 6 to Friday 10 July; "when we're back" is Monday 13 July.
    ("The whole recruiting team is out of the office from Monday 6 July to Friday 10 July for "
     "our summer break. We'll get back to you with feedback when we're back.",
     "2026-07-01T11:00:00-04:00", ("2026-07-13", "2026-07-13"), "US", "en", WEARESCOUT),
    # A usual length: no promise.
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("Normally the process takes about three weeks from the final interview to an offer.",
     "2026-09-15T14:00:00-04:00", ("2026-10-06", "2026-10-06"), "US", "en", GETTINGHIRED),
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("It usually takes us two to three weeks to make a decision after the last interviews.",
     "2026-05-12T16:00:00-04:00", ("2026-05-26", "2026-06-02"), "US", "en", SOUNDINTERVIEW),
    # relabelled in round 23: the employer's usual time for its own answer is a promise (docs/timelines.md).
    ("On average, our hiring team gets back to candidates within 10 days of the interview.",
     "2026-03-03T10:00:00-05:00", ("2026-03-13", "2026-03-13"), "US", "en", REFINERY29),
    # A usual length, then a promise of its own.
    ("It usually takes around two weeks, but this time we will let you know our decision by "
     "Friday 23 October either way.",
     "2026-10-09T13:00:00-04:00", ("2026-10-23", "2026-10-23"), "US", "en", GETTINGHIRED),
    ("Typically the panel takes a week or so to deliberate; this round we'll contact you within "
     "five working days.",
     "2026-11-16T12:00:00-05:00", ("2026-11-23", "2026-11-23"), "US", "en", SOUNDINTERVIEW),
    # The candidate's own appeal window.
    ("Candidates who disagree with the outcome may lodge an appeal within 14 days of the "
     "notification.",
     "2026-06-08T09:00:00-04:00", None, "US", "en", KOSLOWSKI),
    ("In most cases, hiring managers make a decision within one to two weeks.",
     "2026-04-20T10:00:00-04:00", None, "US", "en", REFINERY29),
    # ------------------------------------------------------------------ German
    # Closed 24.12. to 6.1.: Tue 22, Wed 23, then Thu 7, Fri 8, Mon 11 January.
    ("Unser Büro ist vom 24.12. bis 6.1. wegen Betriebsferien geschlossen. Sie erhalten "
     "innerhalb von fünf Arbeitstagen eine Rückmeldung.",
     "2026-12-21T10:00:00+01:00", ("2027-01-11", "2027-01-11"), "DE", "de", IBP),
    # After a closure ending Friday 21 August: the week of Monday 24 August.
    ("Betriebsferien haben wir vom 3. bis 21. August; nach den Betriebsferien melden wir uns "
     "bei Ihnen.",
     "2026-07-29T11:00:00+02:00", ("2026-08-24", "2026-08-28"), "DE", "de", IBP),
    ("Das Auswahlverfahren dauert in der Regel vier bis sechs Wochen.",
     "2026-02-10T14:00:00+01:00", None, "DE", "de", KOSLOWSKI),
    # relabelled in round 25 (round-23 convention): the employer's usual time until its own
    # answer to its applicants ("as experience shows, about two weeks"): Tuesday 19 May.
    ("Erfahrungsgemäß dauert es etwa zwei Wochen, bis wir uns bei den Bewerbern melden.",
     "2026-05-05T09:30:00+02:00", ("2026-05-19", "2026-05-19"), "DE", "de", IBP),
    ("Gegen die Absage können Sie innerhalb eines Monats Widerspruch einlegen.",
     "2026-09-21T10:00:00+02:00", None, "DE", "de", KOSLOWSKI),
    # ------------------------------------------------------------------ French
    # Closed 1 to 15 August: Thu 30, Fri 31 July, then Mon 17 to Wed 19 August.
    ("Nos bureaux seront fermés du 1er au 15 août. Nous vous répondrons dans un délai de cinq "
     "jours ouvrés.",
     "2026-07-29T10:00:00+02:00", ("2026-08-19", "2026-08-19"), "FR", "fr", WORDEXCEL_XMAS),
    ("En général, le processus de recrutement prend trois à quatre semaines.",
     "2026-03-17T15:00:00+01:00", None, "FR", "fr", REFINERY29),
    ("Vous pouvez former un recours dans un délai de deux mois à compter de la notification de "
     "cette décision.",
     "2026-10-05T09:00:00+02:00", None, "FR", "fr", KOSLOWSKI),
    ("En général il faut compter deux semaines, mais pour ce poste nous vous donnerons une "
     "réponse d'ici le vendredi 13 novembre.",
     "2026-11-03T11:00:00+01:00", ("2026-11-13", "2026-11-13"), "FR", "fr", GETTINGHIRED),
    # ------------------------------------------------------------------ Spanish
    # Closed 24 December to 6 January (Andalusia): Wed 23, then Thu 7 to Tue 12 January.
    ("Nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero. Te "
     "responderemos en un plazo de 5 días hábiles.",
     "2026-12-22T10:00:00+01:00", ("2027-01-12", "2027-01-12"), "ES", "es", NACION),
    ("Normalmente el proceso de selección tarda entre dos y tres semanas.",
     "2026-04-14T12:00:00+02:00", None, "ES", "es", LACALLE),
    ("De media, las empresas tardan unos 15 días en dar una respuesta tras la entrevista.",
     "2026-06-16T17:00:00+02:00", None, "ES", "es", CRONISTA),
    ("Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.",
     "2026-10-20T09:00:00+02:00", None, "ES", "es", CRONISTA),
    # ------------------------------------------------------------------ Italian
    # Closed 10 to 21 August: Fri 7, then Mon 24 to Thu 27 August.
    ("Gli uffici resteranno chiusi dal 10 al 21 agosto per ferie. Riceverà una risposta entro "
     "cinque giorni lavorativi.",
     "2026-08-06T10:00:00+02:00", ("2026-08-27", "2026-08-27"), "IT", "it", WORDEXCEL_XMAS),
    ("Di solito la selezione richiede circa un mese.",
     "2026-02-24T11:00:00+01:00", None, "IT", "it", REFINERY29),
    # ------------------------------------------------------------------ Portuguese
    # Closed 24 December to 1 January: Tue 22, Wed 23, then Mon 4 to Wed 6 January.
    ("O escritório estará fechado de 24 de dezembro a 1 de janeiro. Daremos retorno em até 5 "
     "dias úteis.",
     "2026-12-21T10:00:00-03:00", ("2027-01-06", "2027-01-06"), "BR", "pt", KENOBY),
    ("Em média, o processo seletivo demora de duas a quatro semanas.",
     "2026-08-11T14:00:00-03:00", None, "BR", "pt", RHICONSULTORIA),
    ("O candidato poderá interpor recurso no prazo de 2 dias úteis após a divulgação do "
     "resultado.",
     "2026-05-18T09:00:00-03:00", None, "BR", "pt", KENOBY),
    # ------------------------------------------------------------------ Dutch
    # Closed 24 December to 1 January: Wed 23, then Mon 4 to Thu 7 January.
    ("Ons kantoor is gesloten van 24 december tot en met 1 januari. U hoort binnen vijf "
     "werkdagen van ons.",
     "2026-12-22T10:00:00+01:00", ("2027-01-07", "2027-01-07"), "NL", "nl", TECHNISCHWERKEN),
    ("Meestal duurt de procedure zo'n drie weken.",
     "2026-03-09T13:00:00+01:00", None, "NL", "nl", TECHNISCHWERKEN),
    # ------------------------------------------------------------------ Polish
    # Closed 24 December to 1 January: Tue 22, Wed 23, Mon 4, Tue 5, (Wed 6 Epiphany) Thu 7.
    ("Biuro będzie zamknięte od 24 grudnia do 1 stycznia. Odpowiemy w ciągu 5 dni roboczych.",
     "2026-12-21T10:00:00+01:00", ("2027-01-07", "2027-01-07"), "PL", "pl", MERLIN),
    ("Zazwyczaj rekrutacja trwa od dwóch do czterech tygodni.",
     "2026-09-08T12:00:00+02:00", None, "PL", "pl", PORADNIKPRACA),
]
