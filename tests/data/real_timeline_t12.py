"""Timeline check set of round 12 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``, the round 12 blind files left
alone); each case cites the page whose process or wording it paraphrases (NHS trust and county
council recruitment pages, US university search-committee and offer guides, an Oregon sample
letter, an overseas-recruitment agency's tips, a French prize's selection rules, French
administrative code articles and a town's recruitment page, a French regional guide for
laureates, German federal regulations, a German local paper's report of a selection, a council
group's question on a post's advertising and a council's minutes, Spanish career articles, a
Brazilian news site and a municipal selection notice, a Dutch municipality's hiring regulation,
an Italian career site, Polish civil-service notices and statute pages). Names, dates and
offices are invented and the wording is not copied. Written around round 11's classes of miss,
as classes across languages, not its wordings: texts that promise nothing (an invitation to a
next round, "no deadline yet", a budget or a start date, one more interview tomorrow, a
résumé kept on file, documents the candidate must bring within 48 hours, the candidate's own
answer windows, what others are told), promises counted from an event the text dates (a
panel's or jury's meeting, a selection day, a preselection), "within 48 hours" and "in one or
two days" near a weekend or a holiday, results published on a date or within weeks on a
notice board, two-stage results, "the second half of <month>".

67 texts from 26 pages: English 24, German 9, Spanish 7, French 7, Portuguese 6, Dutch 6,
Italian 4, Polish 4; 31 promise nothing. Labelled with only ``datetime`` and the
``holidays`` library to check weekdays and public holidays, before the reader ran on them,
with the conventions of ``real_timeline_b11.py`` (its docstring): "within N days/weeks"
exactly, counted from the reference or the anchor the text dates; business days skip weekends
and the country's public holidays; "the following week" / "in der Woche darauf" Monday to
Friday; "dans la semaine qui suit <date>" the seven days after it or the next Monday to
Friday; "the second half of <month>" / "zweite Junihälfte" / "segunda quincena" / "tweede
helft" the 16th to its last day; "bis Ende der KW n" that week's Friday; a calendar-day
deadline ("48 hours", "in one or two days": the upper end) on a weekend or a public holiday
also accepts the next working day; provisional and final results: any day from the first to
the last; "if you have not heard by <date>" is a promise; a promise counted from an event the
text does not date, the candidate's own deadlines, retention, start dates, invitations to a
next round, logistics and what others are told promise nothing.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# English
GSTT = "https://www.guysandstthomas.nhs.uk/careers/your-application/job-offer.aspx?ContensisTextOnly=true"
BUCKSCC = "https://youandwork.buckscc.gov.uk/how-we-recruit-people/new-starter-checks/"
UCMERCED = ("https://naturalsciences.ucmerced.edu/personnel/faculty-recruitment/"
            "selecting-final-candidate")
WCUPA = ("https://www.wcupa.edu/_admin/diversityEquityInclusion/recruitingDiverseWorkforce/"
         "makingOffer.aspx")
UARK = "https://oeoc.uark.edu/recruitment-information/recruitment-manual/recruitment-manual-offer.php"
UWASH = "http://ap.washington.edu/ahr/administrators/recruitment/making-an-offer/"
BERKELEY = ("http://ofew.berkeley.edu/recruitment/non-senate-searches/evaluating-applicants/"
            "selecting-final-candidate")
OREGON = "https://info.5y1.org/thank-you-letter-for-interview_1_15d262.html"
BESTINJOBS = "https://bestinjobs.com/important-tips-for-candidates/"
PRIXINIT = "https://www.prix-initiatives.com/en/participate/how-to-participate.htm"
# German
BANKDV = "https://www.gesetze-im-internet.de/hbankdvdv/__13.html"
NEUEPRESSE = ("https://www.neuepresse.de/Region/Wunstorf/Nachrichten/"
              "38-Frauen-bewerben-sich-als-Gleichstellungsbeauftragte-fuer-Wunstorf")
SIEGEN = ("https://www.gruene-siegen.de/stadtratsfraktion-siegen/antraege-anfragen/2006/"
          "300306-neubesetzung-gleichstellungsstelle")
RHEINE = "http://www.rheine-buergerinfo.de/to0050.asp?__ktonr=75526"
# Spanish
VOGUE = ("https://business.vogue.es/carrera/articulos/como-hacer-seguimiento-a-una-entrevista-de-"
         "trabajo-sin-parecer-obsesiva-ni-pasota/801")
KICKRESUME = ("https://kickresume.com/es/blog/como-responder-cuando-te-dicen-ya-nos-pondremos-en-"
              "contacto-contigo")
# French
CODESLOIS = "https://codes-et-lois.fr/code-du-service-national/article-r-44-1"
MAINVILLIERS = "https://ville-mainvilliers.fr/?p=409"
GENDERI = "http://genderi.org/microsoft-word-guide-du-laurat-doc.html"
# Portuguese
PORTALHOLANDA = ("https://www.portaldoholanda.com.br/brasil/cnu-resultados-da-discursiva-e-de-"
                 "titulos-ja-estao-disponiveis")
PRESDUTRA = ("https://document.onl/documents/edital-do-seletivo-2017-da-prefeitura-de-presidente-"
             "dutra-enfermeiro-.html")
# Dutch
STEENBERGEN = ("https://organisatie.gemeente-steenbergen.nl/overzicht_organisatie/"
               "gemeentelijke_regelgeving/regeling_werving_en_selectie/")
# Italian
LIVECAREER = ("https://www.livecareer.it/modelli/consigli/punte-di-carriera/"
              "come-comportarsi-in-attesa-di-una-risposta")
# Polish
KSAP = "https://ksap.gov.pl/ksap/aktualnosci/wyniki-postepowania-kwalifikacyjnego"
PRAWO = "https://www.prawo.pl/akty/dz-u-2020-1214,19007762.html"
LEXLEGE = "https://lexlege.pl/ustawa-o-narodowym-zasobie-archiwalnym-i-archiwach/art-18d"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE12_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    # Documents the candidate brings within 48 hours; the call has no time.
    ("If the panel decides to offer you the post, the recruiting manager will phone you with an "
     "informal offer. You must then bring your original ID documents in person within 48 hours "
     "of accepting.",
     "2026-03-10T11:00:00+00:00", None, "GB", "en", GSTT),
    # The panel meets on Thursday 19 March: two working days after it.
    ("Thanks for coming in today. The interview panel meets on Thursday 19 March to agree its "
     "decision, and I'll ring everyone within two working days of that meeting.",
     "2026-03-13T14:00:00+00:00", ("2026-03-23", "2026-03-23"), "GB", "en", GSTT),
    ("Please bring your passport and proof of your right to work to the interview. Once the "
     "manager confirms a verbal offer, Resourcing will send the conditional offer email.",
     "2026-05-05T10:00:00+01:00", None, "GB", "en", BUCKSCC),
    # A start date.
    ("We are aiming for a start date of Monday 1 June for whoever is appointed.",
     "2026-05-06T15:00:00+01:00", None, "GB", "en", BUCKSCC),
    # The week after the last campus visit (Friday 6 November); Veterans Day is a weekday
    # most universities work: the whole week.
    ("The search committee will rank the finalists after the last campus visit on Friday 6 "
     "November, and the chair will call the top candidate the following week.",
     "2026-10-28T13:00:00-07:00", ("2026-11-09", "2026-11-13"), "US", "en", UCMERCED),
    # One more interview tomorrow; no promise.
    ("The committee still has one more candidate to interview tomorrow, and then the Dean has "
     "to sign off on our memo.",
     "2026-10-21T16:00:00-07:00", None, "US", "en", UCMERCED),
    # What others are told, after an undated step.
    ("All interviewed applicants who were not selected will be notified in writing once the "
     "offer has been accepted.",
     "2026-04-14T10:00:00-04:00", None, "US", "en", WCUPA),
    ("We expect the hiring manager to make a final selection by the end of next week, and we "
     "will let you know either way that day.",
     "2027-02-09T11:00:00-05:00", ("2027-02-19", "2027-02-19"), "US", "en", WCUPA),
    ("There is no fixed deadline for the committee's recommendation; it depends on how quickly "
     "references come back.",
     "2026-08-18T09:30:00-05:00", None, "US", "en", UARK),
    # Summaries go in by Wednesday (3 June): 48 hours after that.
    ("Interview summaries go to the hiring official by Wednesday, and you will hear from us "
     "within 48 hours after that.",
     "2026-06-01T15:00:00-05:00", ("2026-06-05", "2026-06-05"), "US", "en", UARK),
    # The candidate's own window.
    ("If we extend an offer, you will have five business days to accept or decline it in "
     "writing.",
     "2026-03-04T10:00:00-08:00", None, "US", "en", UWASH),
    # "In one or two days" from a Friday: Sunday, so Monday too.
    ("We will send the written offer letter in one or two days.",
     "2026-07-10T14:00:00-07:00", ("2026-07-12", "2026-07-13"), "US", "en", UWASH),
    ("Finalists not chosen will be notified as soon as an offer has been accepted, and before "
     "any public announcement.",
     "2026-02-11T11:00:00-08:00", None, "US", "en", BERKELEY),
    # A budget set later; no promise.
    ("The department's budget for the position will only be confirmed in January, so we "
     "cannot give you a date yet.",
     "2026-11-18T10:00:00-08:00", None, "US", "en", BERKELEY),
    # Two-stage results: provisional on 2 October, offers by 16 October.
    ("Provisional results will be emailed on 2 October, and confirmed offers will be sent by "
     "16 October.",
     "2026-09-21T10:00:00-07:00", ("2026-10-02", "2026-10-16"), "US", "en", BERKELEY),
    ("Shortlisted applicants will be told between 14 and 29 January whether they go through to "
     "the selection stage.",
     "2026-12-16T10:00:00+01:00", ("2027-01-29", "2027-01-29"), "FR", "en", PRIXINIT),
    # "If you have not heard by" is a promise.
    ("The jury deliberates in May. If you have not received an answer by 15 June, please "
     "consider that your application was not accepted.",
     "2027-04-20T10:00:00+02:00", ("2027-06-15", "2027-06-15"), "FR", "en", PRIXINIT),
    ("Interviews run on 3 and 4 March; the panel makes its recommendation the week after, and "
     "every candidate will hear from HR by Friday 13 March.",
     "2026-02-24T09:00:00-08:00", ("2026-03-13", "2026-03-13"), "US", "en", OREGON),
    ("We expect to reach a decision in the second half of June and will write to you then.",
     "2026-06-02T10:00:00-07:00", ("2026-06-16", "2026-06-30"), "US", "en", OREGON),
    # An invitation to a second interview: an event, not an answer.
    ("A second interview has been scheduled for you on Tuesday 14 April at 10:00 with the "
     "director.",
     "2026-04-07T15:00:00-07:00", None, "US", "en", OREGON),
    # The candidate's own window.
    ("After the selection, the chosen candidate will be sent an employment contract and a "
     "references form to sign and return within 7 days.",
     "2026-05-12T11:00:00+01:00", None, "GB", "en", BESTINJOBS),
    # Three weeks from Thursday 17 September; also on the notice board.
    ("We'll tell you the outcome of today's interview by email within three weeks; the results "
     "also go up on the notice board in reception.",
     "2026-09-17T10:00:00+01:00", ("2026-10-08", "2026-10-08"), "GB", "en", BESTINJOBS),
    # 48 hours from a Friday: Sunday; Monday 31 August is the summer bank holiday.
    ("Thank you for your time today. You'll hear from us within 48 hours.",
     "2026-08-28T15:00:00+01:00", ("2026-08-30", "2026-09-01"), "GB", "en", BESTINJOBS),
    # The selection day is Saturday 12 September: five working days after it.
    ("The selection day is Saturday 12 September, and offers will go out within five working "
     "days of the selection day.",
     "2026-09-01T10:00:00-07:00", ("2026-09-18", "2026-09-18"), "US", "en", UCMERCED),
    # ------------------------------------------------------------------ German
    # Retention.
    ("Wer im Auswahlverfahren nicht berücksichtigt wird, erhält eine schriftliche Absage; die "
     "Unterlagen werden spätestens ein Jahr danach vernichtet.",
     "2026-09-14T10:00:00+02:00", None, "DE", "de", BANKDV),
    # KW 12 of 2027 ends on Friday 26 March.
    ("Die Rangfolge wird nach Abschluss aller Abschnitte gebildet; das Gesamtergebnis teilen "
     "wir Ihnen bis Ende der 12. Kalenderwoche mit.",
     "2027-02-23T10:00:00+01:00", ("2027-03-26", "2027-03-26"), "DE", "de", BANKDV),
    # Preselection on Monday 15 June: two days after it.
    ("Die Kommission trifft am Montag, 15. Juni, eine Vorauswahl; wer weiterkommt, erfährt es "
     "spätestens zwei Tage danach.",
     "2026-06-05T11:00:00+02:00", ("2026-06-17", "2026-06-17"), "DE", "de", NEUEPRESSE),
    # An event for the candidate, no answer.
    ("Die persönliche Vorstellung bei den Fraktionen findet am 22. Juni statt.",
     "2026-06-05T12:00:00+02:00", None, "DE", "de", NEUEPRESSE),
    # Documents the candidate hands in within 48 hours.
    ("Bitte bringen Sie Ihre Originalzeugnisse zum Gespräch mit; fehlende Unterlagen reichen Sie "
     "bitte innerhalb von 48 Stunden nach.",
     "2026-03-17T09:00:00+01:00", None, "DE", "de", SIEGEN),
    # Three weeks after the last interview day (4 May): Whit Monday, so Tuesday too.
    ("Die Ergebnisse hängen spätestens drei Wochen nach dem letzten Gesprächstag am 4. Mai am "
     "Schwarzen Brett im Foyer aus.",
     "2026-04-28T10:00:00+02:00", ("2026-05-25", "2026-05-26"), "DE", "de", SIEGEN),
    # A lower bound and a budget: no day.
    ("Eine Entscheidung fällt frühestens Ende Oktober, wenn das Budget für 2027 feststeht.",
     "2026-10-01T14:00:00+02:00", None, "DE", "de", RHEINE),
    ("Wir melden uns in der zweiten Junihälfte bei Ihnen.",
     "2026-06-03T16:00:00+02:00", ("2026-06-16", "2026-06-30"), "DE", "de", RHEINE),
    # 48 hours from Thursday 29 October: Saturday, so Monday too.
    ("Sie bekommen innerhalb von 48 Stunden Bescheid.",
     "2026-10-29T15:00:00+01:00", ("2026-10-31", "2026-11-02"), "DE", "de", SIEGEN),
    # ------------------------------------------------------------------ Spanish
    # A start date.
    ("Si superas la entrevista final, la incorporación sería el 1 de septiembre.",
     "2026-07-14T10:00:00+02:00", None, "ES", "es", VOGUE),
    ("El comité de selección se reúne el jueves 15 de octubre y te llamaremos al día siguiente "
     "con la decisión.",
     "2026-10-06T12:00:00+02:00", ("2026-10-16", "2026-10-16"), "ES", "es", VOGUE),
    # One or two days from a Friday: Sunday, so Monday too.
    ("Nos pondremos en contacto contigo en uno o dos días para darte una respuesta.",
     "2026-05-29T13:00:00+02:00", ("2026-05-31", "2026-06-01"), "ES", "es", KICKRESUME),
    # Retention.
    ("Guardaremos tu currículum en nuestra base de datos durante doce meses por si surge otra "
     "vacante.",
     "2026-05-29T14:00:00+02:00", None, "ES", "es", KICKRESUME),
    # Two-stage results.
    ("Los resultados provisionales se publicarán el 3 de marzo y los definitivos, tras el plazo "
     "de reclamaciones, el 17 de marzo.",
     "2027-02-22T10:00:00+01:00", ("2027-03-03", "2027-03-17"), "ES", "es", VOGUE),
    # The candidate's documents within 48 hours.
    ("Tendrás que presentar la documentación original en un plazo de 48 horas desde nuestra "
     "llamada.",
     "2026-11-10T10:00:00+01:00", None, "ES", "es", KICKRESUME),
    ("Te daremos una respuesta en la segunda quincena de julio.",
     "2026-07-01T11:00:00+02:00", ("2026-07-16", "2026-07-31"), "ES", "es", VOGUE),
    # ------------------------------------------------------------------ French
    # The candidate's appeal window.
    ("Vous disposerez de quinze jours à compter de la notification pour contester la "
     "proposition.",
     "2026-03-02T10:00:00+01:00", None, "FR", "fr", CODESLOIS),
    # The jury sits on Tuesday 9 June: the seven days after it or the next Monday to Friday.
    ("Le jury se réunit le mardi 9 juin ; vous serez informé de sa décision par courriel dans "
     "la semaine qui suit.",
     "2026-05-26T10:00:00+02:00", ("2026-06-16", "2026-06-19"), "FR", "fr", PRIXINIT),
    ("Les candidatures de fonctionnaires sont examinées en priorité ; nous ne pouvons pas vous "
     "donner de délai pour l'instant.",
     "2026-09-08T10:00:00+02:00", None, "FR", "fr", MAINVILLIERS),
    ("Nous vous ferons part de notre décision avant la fin du mois.",
     "2026-11-10T15:00:00+01:00", ("2026-11-30", "2026-11-30"), "FR", "fr", MAINVILLIERS),
    ("La liste d'aptitude sera publiée au plus tard le 20 novembre sur le site du centre de "
     "gestion.",
     "2026-11-05T10:00:00+01:00", ("2026-11-20", "2026-11-20"), "FR", "fr", GENDERI),
    # 48 hours from Friday 3 April: Easter Sunday, Easter Monday a holiday: Tuesday too.
    ("Vous recevrez une réponse sous 48 heures.",
     "2026-04-03T11:00:00+02:00", ("2026-04-05", "2026-04-07"), "FR", "fr", GENDERI),
    # An invitation to a second interview.
    ("Un second entretien avec la directrice est prévu le jeudi 12 mars à 14 h.",
     "2026-03-04T10:00:00+01:00", None, "FR", "fr", CODESLOIS),
    # ------------------------------------------------------------------ Portuguese
    ("A lista de classificação será publicada nesta sexta-feira, dia 19; a partir daí você terá "
     "até segunda-feira, dia 22, para confirmar o interesse.",
     "2027-02-15T10:00:00-03:00", ("2027-02-19", "2027-02-19"), "BR", "pt", PORTALHOLANDA),
    # Two-stage results.
    ("Os resultados preliminares saem no dia 5 de março e o resultado final, após os recursos, "
     "no dia 16 de março.",
     "2027-02-24T10:00:00-03:00", ("2027-03-05", "2027-03-16"), "BR", "pt", PORTALHOLANDA),
    # The candidate's documents within 48 hours.
    ("O candidato convocado deverá apresentar os documentos no prazo de 48 horas, sob pena de "
     "eliminação.",
     "2026-08-11T09:00:00-03:00", None, "BR", "pt", PRESDUTRA),
    # A start date.
    ("O contrato terá vigência a partir de 1º de agosto.",
     "2026-07-08T09:00:00-03:00", None, "BR", "pt", PRESDUTRA),
    # Five business days from Wednesday 15 April: Tiradentes (21 April) skipped.
    ("Daremos retorno sobre a entrevista em até cinco dias úteis.",
     "2026-04-15T14:00:00-03:00", ("2026-04-23", "2026-04-23"), "BR", "pt", PRESDUTRA),
    # Retention.
    ("Seu currículo ficará em nosso banco de talentos por seis meses.",
     "2026-04-15T15:00:00-03:00", None, "BR", "pt", PORTALHOLANDA),
    # ------------------------------------------------------------------ Dutch
    # Second interviews on Thursday 11 June: a week after them.
    ("De selectiecommissie voert de tweede gesprekken op donderdag 11 juni; binnen een week "
     "daarna hoor je of je bent aangenomen.",
     "2026-06-02T10:00:00+02:00", ("2026-06-18", "2026-06-18"), "NL", "nl", STEENBERGEN),
    # Retention with consent.
    ("Met je toestemming houden we je sollicitatie een jaar in portefeuille.",
     "2026-06-02T11:00:00+02:00", None, "NL", "nl", STEENBERGEN),
    # Two working days from Thursday 23 April: Koningsdag (Monday 27) skipped.
    ("Je hoort uiterlijk binnen twee werkdagen van ons.",
     "2026-04-23T15:00:00+02:00", ("2026-04-28", "2026-04-28"), "NL", "nl", STEENBERGEN),
    # Logistics.
    ("Neem voor het arbeidsvoorwaardengesprek je ID-bewijs en je originele diploma's mee.",
     "2026-09-22T10:00:00+02:00", None, "NL", "nl", STEENBERGEN),
    ("Er is nog geen termijn bekend; de gemeenteraad moet eerst de formatie goedkeuren.",
     "2026-09-22T11:00:00+02:00", None, "NL", "nl", STEENBERGEN),
    ("We nemen in de tweede helft van mei een besluit en bellen je dan.",
     "2026-05-06T14:00:00+02:00", ("2026-05-16", "2026-05-31"), "NL", "nl", STEENBERGEN),
    # ------------------------------------------------------------------ Italian
    ("Le comunicheremo l'esito del colloquio entro la fine della settimana prossima.",
     "2026-09-15T11:00:00+02:00", ("2026-09-25", "2026-09-25"), "IT", "it", LIVECAREER),
    # How long a list stays valid.
    ("La graduatoria resterà valida per tre anni dalla pubblicazione.",
     "2026-09-15T12:00:00+02:00", None, "IT", "it", LIVECAREER),
    # The commission meets on Wednesday 21 October: three working days after it.
    ("La commissione si riunirà il 21 ottobre; l'esito sarà comunicato entro tre giorni "
     "lavorativi dalla riunione.",
     "2026-10-08T10:00:00+02:00", ("2026-10-26", "2026-10-26"), "IT", "it", LIVECAREER),
    # The candidate's documents.
    ("I candidati idonei dovranno presentare i documenti entro dieci giorni dal ricevimento "
     "dell'avviso.",
     "2026-10-08T11:00:00+02:00", None, "IT", "it", LIVECAREER),
    # ------------------------------------------------------------------ Polish
    ("Wyniki rozmów opublikujemy w Biuletynie Informacji Publicznej najpóźniej do 30 czerwca.",
     "2026-06-10T10:00:00+02:00", ("2026-06-30", "2026-06-30"), "PL", "pl", KSAP),
    # How long a notice stays up.
    ("Ogłoszenie o wyniku naboru pozostaje dostępne przez 3 miesiące.",
     "2026-06-10T11:00:00+02:00", None, "PL", "pl", PRAWO),
    # Two working days from Thursday 30 April: 1 May a holiday, then Monday and Tuesday.
    ("Odpowiedź przekażemy telefonicznie w ciągu dwóch dni roboczych.",
     "2026-04-30T14:00:00+02:00", ("2026-05-05", "2026-05-05"), "PL", "pl", LEXLEGE),
    # The candidate's certificate within seven days.
    ("Wybrany kandydat będzie musiał dostarczyć zaświadczenie o niekaralności w ciągu 7 dni.",
     "2026-04-30T15:00:00+02:00", None, "PL", "pl", LEXLEGE),
]
