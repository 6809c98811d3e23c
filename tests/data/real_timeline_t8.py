"""Timeline check set of round 8 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file; each case cites the page whose process it paraphrases. Names, dates and
office closures are invented and the wording is not copied; where a page gives only the shape
of a process (a panel that reconvenes, reference checks, a board or works council that meets, a
notice board) the sentence carries that shape into a promise with invented dates. Written
mostly in English from the countries round 7's blind batch missed (New Zealand, Australia,
India, South Africa, Ireland, Canada, Singapore, with the US and UK), around each country's own
holidays, promises counted from an event the text names and dates, loosely written spans and
texts that promise nothing; then German, Swedish and Spanish.

Labelled with only ``datetime`` and the ``holidays`` library to check days, before the reader ran
on them, with the conventions of ``real_timeline_b7.py`` (its docstring): "after <holiday>" is
the rest of that week, or the whole next week when the holiday ends a week (a Friday or weekend
holiday), less holidays; "after the <holiday> long weekend" Tuesday to Friday; business days skip
weekends and the country's public holidays; a span's upper end; "up to N" as "within N"; a
calendar-day deadline on a weekend also accepts the next working day; "mid-<month>" the 13th to
the 17th; appeals, lower bounds and promises counted from an undated event promise nothing.
Scored once with round 7's code before any fix (docs/timelines.md, round 8).
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
RUAPEHU = "https://ruapehudc.govt.nz/our-council/employment/recruitment-process"
NZME = "https://careers.nzme.co.nz/"
CORRECTIONS = ("https://www.corrections.govt.nz/about_us/working_with_us/careers/recruitment_process/"
               "what_happens_after_ive_applied.html")
WHANGANUI = "https://www.whanganui.govt.nz/Your-Council/Working-for-us/Our-recruitment-process"
WACHILD = "https://childprotectioncareers.wa.gov.au/jobs/psychologist/apply"
COMCARE = "https://comcare.gov.au/about/careers/interview-and-selection-process"
NMU = "https://nmu.ac.in/placement-cell/en-us/Placement/Placement-Procedure-and-Policy"
SBJIT = "http://www.sbjit.edu.in/placement-procedure/"
EKURHULENI = "https://www.ekurhuleni.gov.za/jobs/help-with-applying-for-a-vacancy"
BERGRIVIER = "https://za.simplyhired.com/job/4im3-nYiZm6DyJtqVel5fa71OzYdqQspN4T769MIQ-TIGt6a2ciFVg"
PUBLICJOBS = "https://publicjobs.ie/en/foi/services-provided-or-to-be-provided-to-the-public"
KILDARE = "https://www.kildarestreet.com/wrans/?id=2005-05-17.1044.0&s=section%3Awrans+speaker%3A74"
KILDARE_PAS = "https://www.kildarestreet.com/debate/?id=2016-05-31a.458"
FEDJOB = "https://staging.fedjobready.com/guides/how-long-does-federal-hiring-take"
BESTBRAINZ = "https://bestbrainz.com/can-foreigners-apply-for-singapore-government-jobs/"
CAREERS_SG = "https://careers.gov.sg/join-us/faqs/recruitment"
FINTERN = "https://finternship.com/blog/after-job-interview-singapore"
SGFOCUS = "https://singaporefocusguide.com/blog/how-long-after-interview-job-offer-singapore/amp"
UNIKASSEL = "https://wiki.uni-kassel.de/display/VERWPersonal/Einstellungsvorschlag"
OEFFDIENST = "https://forum.oeffentlicher-dienst.info/index.php/topic,125592.0/wap2.html"
GELDANLEGEN = ("https://geldanlegen24.eu/fragen-zum-prozedere-und-konditionen-ablauf-eines-"
               "vorstellungsgespraeches/")
KARLSTAD = ("https://karlstad.se/jobba-hos-oss/lediga-jobb/rekryteringsprocessen?sv.target="
            "12.7a093a09185d2f4b3c7df84&sv.12.7a093a09185d2f4b3c7df84.route=%2Fsettings")
JUNTA = "https://cdn.juntadeandalucia.es/boja/2024/114/57"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE8_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------------ New Zealand
    ("Thanks for coming in to Taumarunui today. We'll be checking references over the next few "
     "days and expect to let all interviewees know the outcome within two weeks of today.",
     "2026-03-11T10:00:00+13:00", ("2026-03-25", "2026-03-25"), "NZ", "en", RUAPEHU),
    ("Great to chat this morning. I'm off for Waitangi Day, so I'll give you a ring after the "
     "long weekend to let you know if you're through to the next round.",
     "2026-02-04T09:30:00+13:00", ("2026-02-09", "2026-02-13"), "NZ", "en", NZME),
    # Anzac Day is a Saturday; its observed Monday is skipped.
    ("Thank you for attending the panel interview. Reference checks take about a week, and we'll "
     "advise you of the outcome after Anzac Day.",
     "2026-04-21T14:00:00+12:00", ("2026-04-28", "2026-05-01"), "NZ", "en", CORRECTIONS),
    ("Interviews wrap up on Friday 6 November. The panel will make its recommendation the "
     "following week and we will contact every candidate by Friday 13 November.",
     "2026-11-02T11:00:00+13:00", ("2026-11-13", "2026-11-13"), "NZ", "en", WHANGANUI),
    ("Kia ora, thanks for your time today. We'll be in touch after Matariki.",
     "2026-07-06T13:00:00+12:00", ("2026-07-13", "2026-07-17"), "NZ", "en", RUAPEHU),
    # -------------------------------------------------------------------------- Australia
    ("Thanks for completing the assessments. You should be notified of the outcome within "
     "2 weeks.", "2026-06-03T10:00:00+08:00", ("2026-06-17", "2026-06-17"), "AU", "en", WACHILD),
    ("Thank you for interviewing with us today. Referee reports will be sought next week, and we "
     "aim to let you know the panel's decision after the King's Birthday long weekend.",
     "2026-05-28T15:00:00+10:00", ("2026-06-09", "2026-06-12"), "AU", "en", COMCARE),
    ("We're closed for Melbourne Cup Day on Tuesday; the selection committee meets on Wednesday "
     "4 November and you'll hear from me within two business days of that meeting.",
     "2026-10-29T11:00:00+11:00", ("2026-11-06", "2026-11-06"), "AU", "en", COMCARE),
    ("Please note it can take up to 6 weeks to let applicants know if they have been "
     "shortlisted.", "2026-01-12T09:00:00+08:00", ("2026-02-23", "2026-02-23"), "AU", "en",
     WACHILD),
    ("Thanks for your time. Most of the panel is away until after Australia Day, so expect to "
     "hear from us in the first week of February.",
     "2026-01-20T10:00:00+11:00", ("2026-02-02", "2026-02-06"), "AU", "en", COMCARE),
    # ------------------------------------------------------------------------------ India
    ("The company will announce the results of the campus interviews on the same day if "
     "possible; otherwise the final list will be sent to the placement cell within a week.",
     "2026-02-10T10:00:00+05:30", ("2026-02-17", "2026-02-17"), "IN", "en", NMU),
    ("Thank you for appearing for the drive today. The selected students' list will be shared "
     "with the T&P office after the Holi holiday, by Friday at the latest.",
     "2026-03-02T16:00:00+05:30", ("2026-03-05", "2026-03-06"), "IN", "en", SBJIT),
    ("Offer letters will be handed over after Diwali, in the week of 16 November.",
     "2026-11-02T11:00:00+05:30", ("2026-11-16", "2026-11-20"), "IN", "en", SBJIT),
    ("Results of the interview will be declared after Independence Day.",
     "2026-08-11T12:00:00+05:30", ("2026-08-17", "2026-08-21"), "IN", "en", NMU),
    # Gandhi Jayanti (2 October) is skipped.
    ("All of you will be informed about the final selection within 10 working days.",
     "2026-09-28T15:00:00+05:30", ("2026-10-13", "2026-10-13"), "IN", "en", NMU),
    # ----------------------------------------------------------------------- South Africa
    ("If you do not hear from us within six weeks after the closing date, please regard your "
     "application as unsuccessful.", "2026-03-04T10:00:00+02:00", None, "ZA", "en", EKURHULENI),
    ("Applicants can regard their applications as unsuccessful if no feedback has been received "
     "within six weeks from the closing date of 30 January.",
     "2026-01-22T10:00:00+02:00", ("2026-03-13", "2026-03-13"), "ZA", "en", BERGRIVIER),
    ("Thanks for attending the interview. Because of Youth Day on Tuesday, the panel reconvenes "
     "on Wednesday and we will phone the successful candidate by Friday.",
     "2026-06-12T11:00:00+02:00", ("2026-06-19", "2026-06-19"), "ZA", "en", EKURHULENI),
    ("We'll be in touch after the Day of Reconciliation.",
     "2026-12-14T10:00:00+02:00", ("2026-12-17", "2026-12-18"), "ZA", "en", BERGRIVIER),
    # ---------------------------------------------------------------------------- Ireland
    ("Thank you for attending interview. Results will issue within 5 working days; the St "
     "Patrick's Day bank holiday falls in that period.",
     "2026-03-13T11:00:00+00:00", ("2026-03-23", "2026-03-23"), "IE", "en", PUBLICJOBS),
    ("Candidates may appeal in writing within five working days of receiving the notification "
     "of the decision.", "2026-04-14T10:00:00+01:00", None, "IE", "en", KILDARE),
    ("We'll let you know after the October bank holiday weekend.",
     "2026-10-21T15:00:00+01:00", ("2026-10-27", "2026-10-30"), "IE", "en", PUBLICJOBS),
    ("The board will meet again after St Brigid's Day and you should hear from us that week.",
     "2026-01-28T10:00:00+00:00", ("2026-02-03", "2026-02-06"), "IE", "en", KILDARE_PAS),
    ("The interview board sits until 29 May; offers from the panel are expected to issue in "
     "mid-June.", "2026-05-20T12:00:00+01:00", ("2026-06-13", "2026-06-17"), "IE", "en",
     KILDARE_PAS),
    # ----------------------------------------------------------------------------- Canada
    ("Thanks for your time today. The board is finishing interviews this week; with "
     "Thanksgiving Monday, expect an email from me by the end of next week.",
     "2026-10-07T14:00:00-04:00", ("2026-10-16", "2026-10-16"), "CA", "en", FEDJOB),
    ("We'll follow up after Victoria Day.",
     "2026-05-13T10:00:00-04:00", ("2026-05-19", "2026-05-22"), "CA", "en", FEDJOB),
    ("Our office is closed for the Civic Holiday on August 3; we'll get back to you within "
     "three business days after that.",
     "2026-07-30T11:00:00-04:00", ("2026-08-06", "2026-08-06"), "CA", "en", FEDJOB),
    # -------------------------------------------------------------------------- Singapore
    ("All applicants will generally be notified within 4-6 weeks of the closing date of the "
     "job posting.", "2026-05-05T10:00:00+08:00", None, "SG", "en", BESTBRAINZ),
    ("Thank you for attending the interview. As our office is closed for Chinese New Year, we "
     "will update you on your application status after the holidays, in the week of 23 "
     "February.", "2026-02-12T10:00:00+08:00", ("2026-02-23", "2026-02-27"), "SG", "en",
     CAREERS_SG),
    # Hari Raya Puasa falls on Saturday 21 March: the whole next week.
    ("Thanks for coming in today! We'll get back to you after Hari Raya Puasa.",
     "2026-03-17T15:00:00+08:00", ("2026-03-23", "2026-03-27"), "SG", "en", FINTERN),
    ("It might be two or three weeks, maybe a bit more, before we're in a position to make "
     "offers.", "2026-04-08T16:00:00+08:00", ("2026-04-29", "2026-04-29"), "SG", "en", SGFOCUS),
    # ------------------------------------------------------------------------- US and UK
    ("We'll make a decision after Juneteenth.",
     "2026-06-15T10:00:00-04:00", ("2026-06-22", "2026-06-26"), "US", "en", FEDJOB),
    ("We are unable to give feedback to unsuccessful candidates.",
     "2026-03-03T10:00:00+00:00", None, "GB", "en", KILDARE),
    ("Our hiring manager is away until Monday 14 September, so please don't expect to hear "
     "anything before then.", "2026-09-07T10:00:00-04:00", None, "US", "en", SGFOCUS),
    ("We will contact the successful candidate within ten working days of the final interview "
     "on 2 December.", "2026-11-26T10:00:00+00:00", ("2026-12-16", "2026-12-16"), "GB", "en",
     WHANGANUI),
    ("It'll probably be a fortnight or so, three weeks at the outside.",
     "2026-05-05T11:00:00+01:00", ("2026-05-26", "2026-05-26"), "GB", "en", SGFOCUS),
    # One month after 12 August is a Saturday: the Monday too.
    ("Decisions can take up to a month after the final interview on 12 August.",
     "2026-08-04T10:00:00-04:00", ("2026-09-12", "2026-09-14"), "US", "en", FEDJOB),
    ("We're writing to the candidates who weren't shortlisted this week; you're still in the "
     "running.", "2026-05-12T10:00:00+01:00", None, "GB", "en", RUAPEHU),
    ("The hiring committee meets on the first Tuesday of next month, and we'll let you know the "
     "outcome the day after.", "2026-09-10T10:00:00-04:00", ("2026-10-07", "2026-10-07"), "US",
     "en", WHANGANUI),
    ("Shortlisted candidates will be contacted within ten days of the closing date, 18 "
     "September.", "2026-09-08T10:00:00+12:00", ("2026-09-28", "2026-09-28"), "NZ", "en",
     RUAPEHU),
    # ----------------------------------------------------------------------------- German
    ("Der Personalrat tagt am Donnerstag, 11. Juni; danach erhalten Sie innerhalb einer Woche "
     "unsere Zu- oder Absage.", "2026-06-03T10:00:00+02:00", ("2026-06-18", "2026-06-18"), "DE",
     "de", UNIKASSEL),
    ("Wir führen noch weitere Gespräche und melden uns bei Ihnen, das kann allerdings bis zu "
     "zwei Wochen dauern.", "2026-09-15T11:00:00+02:00", ("2026-09-29", "2026-09-29"), "DE", "de",
     OEFFDIENST),
    ("Wir haben heute und morgen noch weitere Bewerber zu Gast. Wir denken, dass Sie in etwa "
     "14 Tagen von uns hören.", "2026-02-10T14:00:00+01:00", ("2026-02-24", "2026-02-24"), "DE",
     "de", GELDANLEGEN),
    # As round 7's "po Bożym Ciele": the bridge Friday and the next week.
    ("Nach Fronleichnam melden wir uns bei Ihnen.",
     "2026-05-29T10:00:00+02:00", ("2026-06-05", "2026-06-12"), "DE", "de", UNIKASSEL),
    # ---------------------------------------------------------------------------- Swedish
    ("Tack för intervjun i dag. Vi tar referenser nästa vecka och ger besked senast fredagen "
     "veckan efter.", "2026-05-06T10:00:00+02:00", ("2026-05-22", "2026-05-22"), "SE", "sv",
     KARLSTAD),
    ("Du får besked efter midsommar.",
     "2026-06-15T10:00:00+02:00", ("2026-06-22", "2026-06-26"), "SE", "sv", KARLSTAD),
    ("Vi återkommer inom två veckor.",
     "2026-10-05T13:00:00+02:00", ("2026-10-19", "2026-10-19"), "SE", "sv", KARLSTAD),
    # ---------------------------------------------------------------------------- Spanish
    ("Las calificaciones de la entrevista se publicarán en el tablón de anuncios de la sede "
     "electrónica en el plazo máximo de cinco días hábiles.",
     "2026-04-20T10:00:00+02:00", ("2026-04-27", "2026-04-27"), "ES", "es", JUNTA),
    ("Los aspirantes dispondrán de un plazo de tres días hábiles para presentar reclamaciones.",
     "2026-04-20T10:00:00+02:00", None, "ES", "es", JUNTA),
    ("Te llamaremos después de Semana Santa.",
     "2026-03-27T12:00:00+01:00", ("2026-04-06", "2026-04-10"), "ES", "es", JUNTA),
]
