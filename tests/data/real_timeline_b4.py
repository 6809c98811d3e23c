"""Blind batch 4 of the real-material timeline corpus (issue #15, round 4).

Built and labelled on 2026-12-05/06 before the timeline reader (or any other code) ran on any of
it, after rounds 1 to 3 (``TL_TUNE``/``TL_BLIND1`` in ``real_cases.py``, ``TL_BLIND2`` in
``real_cases_b2.py``, ``TL_BLIND3`` in ``real_timeline_b3.py``) had become tuning data. Each text
paraphrases wording documented on the public page cited in its source (found with the project's
search tool, pages corpus; no page or domain cited by an earlier round); names, companies and dates
are invented, the wording is not copied. 122 texts: English 30, German 16, French 16, Spanish 16,
Portuguese 10, Italian 10, Dutch 8, Czech 4, Polish, Swedish, Danish and Norwegian 3 each; 36
promise nothing. Scored once, for the figures in the README, then moved to tuning (round 5) like
the rounds before it.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
local date and time; ``expect`` is the (first, last) day accepted for the day the employer promised
to get back, or None when the text promises nothing from the employer. Labels follow the
conventions stated in ``real_timeline_b3.py`` (exact day for "within N days/weeks", counted from
the reference or the named anchor; a span's upper end; business days skip weekends and the
country's public holidays; "next week" Monday to Friday; "in a few days" 2 to 7 days; "early
<month>" the 1st to the 10th; "if you have not heard within N ..." is a promise; vague wording,
candidate-side deadlines, logistics, retention periods and rejections promise nothing). Conventions
decided here, where the earlier rounds are silent, are commented on their case; the general ones:
- a calendar-day deadline that falls on a public holiday (or a weekend, for "48 hours") also
  accepts the next working day;
- "the middle of next week" is Tuesday to Thursday; "mid-<month>" the 13th to the 17th; "the
  second half of <month>" the 16th to its last day;
- "after <holiday>" ("depois do Carnaval", "dopo il ponte del 2 giugno") is the rest of the week
  after the holiday, as round 2's "nach Ostern";
- a span anchored before a date ("two to three weeks before March 9") accepts both ends;
- two conditional promises in one text (if unsuccessful / if through) accept any day between them;
- "quinze jours" accepts 14 and 15 days.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages corpus); none is cited by an earlier round.
TPL_PAGES = "https://interview-email-templates.pages.dev/recruiter-follow-up-email-template/"
EXPERTS = "https://experts123.com/q/how-long-does-the-process-take-before-a-decision-has-been-made.html"
RWALTERS = ("https://www.robertwalters.co.za/ca-roadshow/career-advice/Finding-your-next-career/"
            "great-jobs-may-come-to-those-who-wait.html")
STANDREWS = ("https://cgi.st-andrews.ac.uk/hr/recruitment/academic-education-research-recruitment/"
             "timetables-interviewing")
FLOWCOEF = "https://flowcoef.wordpress.com/2016/02/29/the-tiresome-waiting-game/"
AIMEE = "http://randomaimee.blogspot.com/2008/04/waiting-waiting-waiting.html"
LYRIC = "http://lyricandariasmom.blogspot.com/2008/09/waiting-game.html"
DIAPER = ("http://thedirtydiaper.blogspot.com/2008/09/please-dont-call-i-dont-want-to-talk-to.html"
          "?showComment=1221945960000")
SBTRIBUNE = ("https://www.southbendtribune.com/story/business/2014/08/17/"
             "waiting-on-job-recruiter-is-painful-game/118424288/")
ALLNURSES = "https://allnurses.com/possible-job-t297049"
MEGBURTON = "https://megburtoncoach.co.uk/why-can-it-take-so-long-to-hear-back-after-a-job-interview/"
PROJPRACT = ("https://www.projectpractical.com/"
             "best-practices-for-successful-job-interviews-the-follow-up-email/")
CHICAGO = "http://chicagochronicles.blogspot.com/2009/11/deja-vu.html"
COMMBANK = "https://commercialbankingservices.com/careers/recruitment-process.php"
CANGOV = "https://canadiangovernmentjobs.ca/government-of-canada-interview-assessment"
VICGOV = "https://careers.vic.gov.au/how-to-apply/what-happens-after-you-apply"
APSC = "https://legacy.apsc.gov.au/7-interview-and-other-assessment-cracking-code"
PUSD = ("https://www.pusd.us/site/default.aspx?PageType=3&ModuleInstanceID=323&ViewID="
        "9fc4dc78-f943-4224-8465-6c780e58f4df&RenderLoc=0&FlexDataID=380&PageID=258")
ETIMES = "https://economictimes.indiatimes.com/jobs/workplace-queries/articleshow/6355106.cms"
PHUB = "https://www.theperspectivehub.com/post/the-wait-s-over-maa-i-am-placed"
SQLIQ = ("https://www.sqlinterviewsquestions.com/2021/07/when-will-infosys-give-offer-letter-for.html"
         "?showComment=1630994168450")
FISTCOCK = "https://fistcock.com/Understanding-the-Approval-from-Infosys-HR-and-the-Path-to-an-Offer-Letter"
PROFLIVE = "https://profession.live/graduate-jobs-timeline"
BIOMED = "https://www.biomed.pl/en/career/recruitment-process/"
ACADSEARCH = "https://academicsearch.se/en/this-is-how-the-process-works"
PTURM = "http://personalturm.de/blog/rueckmeldung-nach-vorstellungsgespraech"
PTURM_ABS = "https://www.personalturm.de/blog/2022/07/absage-nach-vorstellungsgespraech.php"
BSCHREIBER = "https://www.die-bewerbungsschreiber.ch/rueckmeldung-nach-vorstellungsgespraech"
VGORG = "http://www.vorstellungsgespraech.org/taktik/absage-vorstellungsgespraech/"
JOBBOERSE = "https://jobboerse.org/?p=469"
RPDA = "https://rp-darmstadt.hessen.de/ueber-uns/karriere/bewerbungs-und-auswahlverfahren"
STELLENBLATT = "https://www.stellenblatt.de/faq-arbeitnehmer-11"
ACADEMICS = "https://www.academics.de/ratgeber/bewerbung-oeffentlicher-dienst"
KARRIERE101 = "http://www.karriere101.de/bewerbungstipps-fuer-oesterreich/"
FHWIEN = "https://www.fh-wien.ac.at/studium/bewerben/fristen/"
HELLOWORK = "https://hellowork.com/fr-fr/medias/entretien-delai-reponse-stress.html"
RENCONTRES = ("https://www.rencontres-emploi.fr/"
              "delai-reponse-apres-entretien-dembauche-combien-doit-on-attendre/")
QUIREC = "https://www.qui-recrute.com/delais-de-reponse-apres-entretien-a-quoi-s-attendre"
QUIREC2 = "https://www.qui-recrute.com/temps-moyen-de-reponse-apres-un-entretien-d-embauche"
SWILE = "https://thedaily.swile.co/attente-reponse-job"
ENTRETIEN = "https://entretien-dembauche.fr/apres-un-entretien-dembauche-combien-de-temps-pour-une-reponse/"
EMPLOISSUP = "https://emplois-superieurs.gouv.qc.ca/Informations/ProcessusRecrutementSelection"
BOITERH = ("https://boiteoutilsrh.gouv.qc.ca/acquisition-de-talents-pour-votre-entreprise/"
           "selection-des-candidatures")
CIHR = "https://cihr-cri.gc.ca/f/53666.html"
IOM_FR = "https://iom.int/fr/e-recruitment"
CCSC = ("https://ccsc-cssge.ca/fr/centre-de-documentation-rh/inforh/la-dotation/"
        "processus-de-sélection-et-entrevues")
CARRIERES_QC = "http://www.carrieres.gouv.qc.ca/foire-aux-questions/processus-dembauche/"
SELOR = "https://www.selor.be/fr/emplois/job/AFG22164/Master-m-f-x-pour-le-SPF-Int-rieur-et-le-CGRA"
RTBF = ("https://www.rtbf.be/info/belgique/detail_deconfinement-en-belgique-le-selor-reprend-les-"
        "recrutements-vous-pouvez-deja-vous-inscrire?id=10507828")
LAGUIA = "https://laguiadelteletrabajo.com/no-llaman-despues-entrevista-de-trabajo"
QUECURSAR = "http://www.quecursar.com/noticias/y-despues-de-la-entrevista-que-1980.html"
CONSTRUYENDO = ("https://www.construyendomeritos.com/convocatorias-publicas-cnsc-y-simo-blog"
                "?6bfda753_page=85&bc8630d0_page=86")
PREPARATEMAS = "https://preparatemas.com/blog1/"
ESPECTADOR = ("https://www.elespectador.com/politica/carrera-diplomatica-gobierno-petro-publico-"
              "borrador-de-cancilleria-para-convocar-concurso-de-ingreso-noticias-hoy/")
MILENIO = ("https://amp.milenio.com/opinion/varios-autores/valija-diplomatica/"
           "ingreso-sem-interes-jovenes-politica-exterior")
DOF = "http://diariooficial.segob.gob.mx/vacantes/14989/012687.html"
PASAPORTE = ("https://pasaporte-mexicano.com/"
             "reclutamiento-y-seleccion-en-el-servicio-civil-en-mexico-guia-completa/")
EDUCATIVO = "https://educativo.top/que-es-proceso-de-combocatoria-significado-y-ejemplos"
EMPNEG = ("https://empregosenegocios.com/"
          "o-que-fazer-depois-da-entrevista-como-acompanhar-o-processo-seletivo-com-profissionalismo")
VAGAS = ("https://vagasnobairro.com.br/2025/04/02/"
         "o-que-fazer-quando-nao-recebe-resposta-apos-uma-entrevista")
MULTIPESSOAL = "http://www.multipessoalblog.pt/2018/06/quanto-tempo-de-espera-depois-da.html"
CVPRO = "https://cvpro.pt/blog/audicao-de-volta-apos-a-entrevista"
AUDITORIO = ("https://auditorioibirapuera.com.br/"
             "quanto-tempo-uma-empresa-demora-para-chamar-depois-do-processo-seletivo")
CURSA = ("https://cursa.app/pt/pagina/"
         "recrutamento-e-selecao-experiencia-do-candidato-e-comunicacao-em-todas-as-etapas")
PORTALPOS = "https://blog.portalpos.com.br/?p=17004"
JOBMEETING = ("https://www.jobmeeting.it/magazine/giovani-e-lavoro/cosa-succede-davvero-dopo-un-"
              "colloquio-il-dietro-le-quinte-che-quasi-nessuno-ti-racconta")
LALEGGE = ("https://www.laleggepertutti.it/"
           "196008_dopo-quanto-tempo-si-conosce-lesito-di-un-colloquio-lavorativo")
LEGALE = ("https://www.legaleconsulenza.it/pubblica-amministrazione-multe-e-ricorsi/1488-tempistiche-"
          "delle-prove-concorsuali-e-obblighi-di-pubblicazione-dell-esito-della-prova-orale-e-della-"
          "graduatoria-di-merito-e-finale.html")
COLLOQUIAMO = ("https://colloquiamo.it/articolo/"
               "il-periodo-dattesa-post-colloquio-quanto-tempo-aspettarsi-prima-di-una-risposta")
ECODIBG = ("https://www.ecodibergamo.it/stories/Cronaca/"
           "quel-lavoro-che-non-si-trova-e-le-risposte-che-non-arrivano-mai_1166394_11/")
OLHOS = "https://www.olhos.it/speakingofwine/WM2025_WIME006/49"
TP24 = ("https://video.tp24.it/2011/11/08/trapani-e-dintorni/"
        "trapani-pubblicata-la-graduatoria-provvisoria-per-istruttore-direttivo-contabile/53568")
TAALWINKEL = ("https://www.taalwinkel.nl/studievaardigheden/solliciteren/sollicitatiegesprek-voeren/"
              "na-afloop/het-sollicitatiegesprek-na-afloop.html")
WEBWB = "https://webwoordenboek.nl/kenniscentrum/wat-wordt-er-gevraagd-bij-een-tweede-sollicitatiegesprek"
HAYS_NL = "http://www.hays.nl/carriere-advies/tweede-sollicitatiegesprek/index.htm"
CAREERWISE = ("https://www.careerwise.nl/mijn-ontwikkeling/jouw-volgende-stap/"
              "doe-dit-na-je-sollicitatiegesprek-en-maak-meer-kans/")
RANDSTAD_NL = ("https://www.randstad.nl/werkgevers/werving-en-selectie/"
               "selectie-juiste-kandidaten-voor-uw-vacature")
LEERWIKI = ("https://www.leerwiki.nl/financieel/werk/loopbaan/solliciteren/9635/"
            "hoe-verloopt-een-sollicitatieprocedure/")
CVSTER = "https://cvster.nl/amp/blog/tweede-sollicitatiegesprek-voorbereiden"
JOBINVEST = "https://jobinvest.nl/kennisbank/definities/sollicitatieprocedure/"
DORACO = "http://www.doraco.pl/kariera/4-kroki-do-sukcesu/"
MPWIK = ("https://pracodawcy.pracuj.pl/"
         "miejskie-przedsiebiorstwo-wodociagow-i-kanalizacji-w-m-st-warszawie-s-a,19276/rekrutacja")
GOMEZ = "https://gomez.pl/pl/etapy_rekrutacji"
LINDESBERG = ("https://www.lindesberg.se/naringslivocharbete/jobbahososs/"
              "rekryteringsprocessen.4.70f625cd16d25bc20281d85d.html")
AMENDO = "https://www.amendo.se/aktuellt/sokt-jobb-via-oss-sa-har-gar-det-till/"
KARRIARK = "https://www.karriarkonsulten.se/post/vad-ska-man-tanka-pa-efter-anstallningsintervjun"
RMDK = "https://www.rm.dk/job/karriere-i-it/nar-du-soger-job-hos-os/"
BRONDERSLEV = ("http://ansatibronderslev.dk/PersonaleABC/PersonaleAbc-EmneOversigt/"
               "RekrutteringOgAnsaettelse/Samtaler/Ansaettelsessamtaler.aspx")
CAREERGURU = "https://thecareerguru.org/sadan-folger-du-op-pa-status-for-en-jobansogning/"
STUDENTTORGET = "https://studenttorget.no/index.php?show=4793&expand=4631,4793&artikkelid=9867"
REGJ_NO = "https://www.regjeringen.no/no/dep/kdd/jobbeikmd/ansettelsesprosessen/id650333/"
NMBU = "https://www.nmbu.no/student/livet-rundt/karriereveiledning/aktuelt/node/30656"
ETLABORA = "http://www.etlabora.cz/uspech-u-vyberoveho-rizeni-4/"
MVCR = ("https://www.mvcr.cz/sluzba/clanek/informace-pro-sluzebni-urady-vyberova-rizeni.aspx"
        "?q=Y2hudW09Mw%3D%3D")
CODEXIS = ("https://public.codexis.cz/zakon/377-2000-sb-narizeni-vlady-o-pravidlech-vyberoveho-rizeni-"
           "na-funkci-prednosty-okresniho-uradu-CR5473/paragraf-6-paragraf6")
BLESK = ("https://www.blesk.cz/clanek/zpravy-koronavirus/632545/koronavirus-online-odpurci-opatreni-"
         "pred-snemovnou-utocili-na-policii-a-ctvrta-vlna-se-blizi.html")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND4: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    ("Thanks again for interviewing for the Data Analyst role. The panel is still collecting feedback, "
     "which is taking a little longer than planned. We expect to have the next update for you by "
     "Thursday, October 15; if any questions come up before then, just reply here.",
     "2026-10-09T15:00:00-04:00", ("2026-10-15", "2026-10-15"), "US", "en", TPL_PAGES),
    ("Quick update on your interview process: the role is still active, but our final decision is "
     "taking longer than planned. I don't want to over-promise, so I'll simply reach out as soon as "
     "there is news.",
     "2026-10-09T15:00:00-04:00", None, "US", "en", TPL_PAGES),
    # Two conditional promises (48 hours if unsuccessful, a couple of weeks if through): decided
    # here as any day from the earlier to the later one.
    ("If you have been unsuccessful at interview, your recruiter will usually tell you by phone "
     "within 48 hours. If you are through, decisions on a preferred candidate are normally made "
     "within a couple of weeks of the interview.",
     "2026-03-16T09:30:00+00:00", ("2026-03-18", "2026-03-30"), "GB", "en", EXPERTS),
    # Freedom Day (Mon Apr 27) skipped: Apr 23, 24, 28, 29.
    ("We pride ourselves on quick feedback: every candidate we interview hears back from us within "
     "four working days.",
     "2026-04-22T10:00:00+02:00", ("2026-04-29", "2026-04-29"), "ZA", "en", RWALTERS),
    ("Interviews for this post are held today. HR will email every candidate with the outcome within "
     "five working days of the interviews, including those placed on the reserve list.",
     "2026-11-24T09:00:00+00:00", ("2026-12-01", "2026-12-01"), "GB", "en", STANDREWS),
    ("Please allow seven working days between receiving this invitation and your interview, so that "
     "you can arrange travel and childcare and prepare your ten-minute presentation.",
     "2026-11-10T14:00:00+00:00", None, "GB", "en", STANDREWS),
    ("If you haven't heard from us by the 24th, please contact the head of HR directly.",
     "2026-02-10T11:00:00-05:00", ("2026-02-24", "2026-02-24"), "US", "en", FLOWCOEF),
    ("We'll make a decision soon. We'll let you know by Friday either way.",
     "2026-04-15T13:00:00-04:00", ("2026-04-17", "2026-04-17"), "US", "en", AIMEE),
    # "the middle of next week": decided as Tuesday to Thursday of next week.
    ("Sorry for the silence. We've narrowed the field to three and you're one of them, but the hiring "
     "manager has to fly to our European headquarters this week. I'll let you know by the middle of "
     "next week.",
     "2026-04-28T10:00:00-04:00", ("2026-05-05", "2026-05-07"), "US", "en", AIMEE),
    ("We hope to know more on Thursday, and I'll give you a call then.",
     "2026-09-14T16:00:00-04:00", ("2026-09-17", "2026-09-17"), "US", "en", LYRIC),
    ("The vice president you spoke with will be in Ohio within the next several weeks and would like "
     "to meet you in person while he's here.",
     "2026-09-14T16:00:00-04:00", None, "US", "en", LYRIC),
    # The recruiter names the day to follow up, after a meeting the day before: both accepted,
    # like "after our hiring committee meets on Thursday" in round 2.
    ("I'm meeting with the hiring manager on Tuesday and will bring your resume to the discussion. "
     "Please call me Wednesday to follow up; we don't operate a don't-call-us-we'll-call-you "
     "system here.",
     "2026-09-17T15:00:00-04:00", ("2026-09-22", "2026-09-23"), "US", "en", DIAPER),
    ("Thanks for your interest in the role. Could you do a phone interview on Monday at 10 or Tuesday "
     "at 2? Please reply by tomorrow so I can lock in the slot.",
     "2026-08-17T09:00:00-04:00", None, "US", "en", SBTRIBUNE),
    ("I'm out of the office for the rest of the week, but please don't worry: you are still very much "
     "being considered, and I'll call you when I'm back on Monday.",
     "2026-07-08T12:00:00-05:00", ("2026-07-13", "2026-07-13"), "US", "en", ALLNURSES),
    ("Interviews run on 26 and 27 January, the panel meets on 2 February, and we expect to make an "
     "offer by Friday 6 February. Unsuccessful candidates will be told after the offer is accepted.",
     "2026-01-26T10:00:00+00:00", ("2026-02-06", "2026-02-06"), "GB", "en", MEGBURTON),
    # Christmas Eve is not a US public holiday: Dec 18, 21, 22, 23, 24 (as round 1's GB case).
    ("Thank you for meeting the team today. We'll respond to you within five business days.",
     "2026-12-17T11:00:00-05:00", ("2026-12-24", "2026-12-24"), "US", "en", PROJPRACT),
    ("The managing partner called to say you're still in the running; they just need to sort a few "
     "things out at the Lake Forest office first.",
     "2026-11-18T10:00:00-06:00", None, "US", "en", CHICAGO),
    ("Applications close on Friday 20 March. The hiring manager will let you know whether you are "
     "invited to interview within approximately one week of the closing date.",
     "2026-03-16T10:00:00+01:00", ("2026-03-27", "2026-03-27"), "DK", "en", COMMBANK),
    # A contract promised only once an offer is made is not a promise about the interview.
    ("Before we offer you employment we will ask for references from one or two former employers. If "
     "we offer you the job over the phone, you will receive your contract about five days later.",
     "2026-03-30T13:00:00+02:00", None, "DK", "en", COMMBANK),
    # A span before an anchor ("two to three weeks before March 9"): both ends accepted.
    ("Congratulations, you passed the written exam. Oral interviews are planned for March 9, and most "
     "candidates are invited two to three weeks before that date.",
     "2026-02-04T13:00:00-05:00", ("2026-02-16", "2026-02-23"), "CA", "en", CANGOV),
    ("When you receive a job offer, you usually have 24 hours to accept it in writing.",
     "2026-05-13T10:00:00+10:00", None, "AU", "en", VICGOV),
    ("A merit list may be established from this process and used to fill similar jobs for 12 months "
     "following the advertisement in the Public Service Gazette.",
     "2026-05-13T10:00:00+10:00", None, "AU", "en", APSC),
    # "a month or longer" is a lower bound, not a promise (decided here).
    ("Please be patient: sometimes it may be a month or longer between steps in the process, for "
     "example from your test to the final notice.",
     "2026-10-06T09:00:00-07:00", None, "US", "en", PUSD),
    ("I asked whether I could expect to know by next week, and the HR manager said they would call me "
     "by the end of next week either way.",
     "2026-10-15T15:00:00+05:30", ("2026-10-23", "2026-10-23"), "IN", "en", ETIMES),
    ("The results of the aptitude round will be declared tomorrow, and the interviews for those who "
     "clear it start the same afternoon.",
     "2026-08-12T14:00:00+05:30", ("2026-08-13", "2026-08-13"), "IN", "en", PHUB),
    ("After the HR round, the offer letter is usually released the same day, the next day or within a "
     "week.",
     "2026-11-02T16:00:00+05:30", ("2026-11-09", "2026-11-09"), "IN", "en", SQLIQ),
    ("You did well today. I'll get back to you once I have the approval from the business head.",
     "2026-11-02T16:00:00+05:30", None, "IN", "en", FISTCOCK),
    ("Thanks for completing your video interview before the 30 November deadline. You'll hear whether "
     "you've been invited to an assessment centre in early January.",
     "2026-11-24T12:00:00+00:00", ("2027-01-01", "2027-01-10"), "GB", "en", PROFLIVE),
    ("The last interview for this position is scheduled for Friday 13 November; decisions are made "
     "about two weeks after that, once the recruitment process is complete.",
     "2026-11-10T10:00:00+01:00", ("2026-11-27", "2026-11-27"), "PL", "en", BIOMED),
    ("Our consultants need up to about 2-3 weeks to go through all applications; those who are "
     "relevant are called for a personal interview after about three weeks.",
     "2026-06-01T10:00:00+02:00", ("2026-06-22", "2026-06-22"), "SE", "en", ACADSEARCH),
    # ------------------------------------------------------------------ German
    # "bis Mitte Oktober": decided as the 13th to the 17th (the middle of the month, two days either
    # side).
    ("Leider benötigen wir für die finale Auswahl noch etwas Zeit, da noch Gespräche mit weiteren "
     "Kandidatinnen ausstehen. Mit einer endgültigen Entscheidung rechnen wir bis Mitte Oktober.",
     "2026-10-01T10:00:00+02:00", ("2026-10-13", "2026-10-17"), "DE", "de", PTURM),
    ("Nach reiflicher Überlegung haben wir uns für einen anderen Bewerber entschieden. Ihre Daten "
     "löschen wir gemäß DSGVO spätestens sechs Monate nach Abschluss des Verfahrens.",
     "2026-10-01T10:00:00+02:00", None, "DE", "de", PTURM_ABS),
    ("Das letzte Gespräch findet am 12. Juni statt; wir werden uns innert zwei Wochen danach bei Ihnen "
     "melden.",
     "2026-06-09T14:00:00+02:00", ("2026-06-26", "2026-06-26"), "CH", "de", BSCHREIBER),
    ("Vielen Dank für das angenehme Gespräch. Wir setzen uns erneut mit Ihnen in Verbindung, sobald "
     "eine Entscheidung gefallen ist.",
     "2026-11-02T11:00:00+01:00", None, "DE", "de", VGORG),
    ("Eine Rückmeldung erhalten Sie voraussichtlich Ende kommender Woche.",
     "2026-04-29T15:00:00+02:00", ("2026-05-08", "2026-05-08"), "DE", "de", JOBBOERSE),
    # "in der Woche nach Pfingsten" with Whit Monday (May 25) a holiday: Tuesday to Friday, as
    # round 3's "nach Pfingsten".
    ("Da unsere Fachabteilung bis einschließlich Pfingstmontag nicht vollständig besetzt ist, melden "
     "wir uns in der Woche nach Pfingsten bei Ihnen.",
     "2026-05-19T10:00:00+02:00", ("2026-05-26", "2026-05-29"), "DE", "de", JOBBOERSE),
    # Interviews 4 to 6 weeks after Jul 31 (Aug 28 to Sep 11), invitations about two weeks before:
    # Aug 14 to Aug 28, both ends accepted.
    ("Zwischen dem Ende der Bewerbungsfrist am 31. Juli und den Vorstellungsgesprächen liegen in der "
     "Regel vier bis sechs Wochen; die Einladung erhalten Sie ungefähr zwei Wochen vor dem Gespräch "
     "über unser E-Recruiting-System.",
     "2026-07-22T09:00:00+02:00", ("2026-08-14", "2026-08-28"), "DE", "de", RPDA),
    ("Nachdem Sie im Vorstellungsgespräch waren, bekommen Sie zeitnah eine Mitteilung, ob wir Ihnen "
     "ein Einstellungsangebot machen können.",
     "2026-09-15T10:00:00+02:00", None, "DE", "de", RPDA),
    ("Im öffentlichen Dienst dauert die Auswahl etwas länger: Nach den Gesprächen am 3. und 4. März "
     "wird noch der Personalrat beteiligt. Rechnen Sie mit unserer Entscheidung innerhalb von drei "
     "Wochen nach dem letzten Gesprächstag.",
     "2026-03-03T09:00:00+01:00", ("2026-03-25", "2026-03-25"), "DE", "de", STELLENBLATT),
    ("Bitte senden Sie uns vorab beglaubigte Kopien Ihrer Zeugnisse per Post; sie müssen spätestens am "
     "20. Februar bei uns vorliegen.",
     "2026-02-11T10:00:00+01:00", None, "DE", "de", ACADEMICS),
    ("Bitte sehen Sie von telefonischen Nachfragen ab: Wir informieren alle Bewerberinnen und Bewerber "
     "schriftlich innerhalb von vier Wochen nach Ende der Bewerbungsfrist am 15. Jänner.",
     "2026-01-12T10:00:00+01:00", ("2026-02-12", "2026-02-12"), "AT", "de", KARRIERE101),
    ("Die zweite Auswahlrunde für das Traineeprogramm findet vom 22. bis 26. Juni statt; den "
     "Mailversand der Zu- bzw. Absagen planen wir für den 6. Juli.",
     "2026-06-17T13:00:00+02:00", ("2026-07-06", "2026-07-06"), "AT", "de", FHWIEN),
    ("Wir geben Ihnen bis Ende Monat Bescheid.",
     "2026-08-24T16:00:00+02:00", ("2026-08-31", "2026-08-31"), "CH", "de", BSCHREIBER),
    # Werktage Monday to Friday without Christmas and New Year's Day give Jan 4; offices that do not
    # work on Christmas Eve and New Year's Eve give Jan 6, or Jan 7 where Epiphany is a holiday
    # (BW, BY, ST): Jan 4 to Jan 7 accepted.
    ("Leider verzögert sich unsere Entscheidung, weil ein Mitglied des Auswahlgremiums erkrankt ist. "
     "Sie hören spätestens in zehn Arbeitstagen von uns.",
     "2026-12-17T11:00:00+01:00", ("2027-01-04", "2027-01-07"), "DE", "de", PTURM),
    ("Wir führen noch bis zum 6. November Gespräche und melden uns anschließend innerhalb einer Woche "
     "bei allen Bewerbern.",
     "2026-11-02T11:00:00+01:00", ("2026-11-13", "2026-11-13"), "DE", "de", VGORG),
    ("Das Verfahren kann je nach Behörde länger dauern; wir bitten um Verständnis, dass wir "
     "Bewerbungsunterlagen nach Abschluss des Verfahrens nicht zurücksenden.",
     "2026-03-03T09:00:00+01:00", None, "DE", "de", STELLENBLATT),
    # ------------------------------------------------------------------ French
    # "sous 48 heures" on a Friday: the calendar day (Sunday) or two working days (Tuesday), both
    # accepted (decided here).
    ("Merci pour cet échange ! Nous vous donnerons une réponse sous 48 heures.",
     "2026-02-06T11:00:00+01:00", ("2026-02-08", "2026-02-10"), "FR", "fr", HELLOWORK),
    # "quinze jours" is two weeks in French usage; round 2 counted "sous 15 jours" as 15 days: both.
    ("Vous aurez une réponse d'ici quinze jours, qu'elle soit positive ou négative.",
     "2026-05-05T14:00:00+02:00", ("2026-05-19", "2026-05-20"), "FR", "fr", RENCONTRES),
    ("Notre comité de validation se réunit le jeudi 10 décembre ; nous vous ferons un retour dans la "
     "foulée.",
     "2026-11-30T10:00:00+01:00", ("2026-12-10", "2026-12-11"), "FR", "fr", QUIREC),
    # Armistice (Wed Nov 11) skipped: Nov 5, 6, 9, 10, 12, 13, 16, 17, 18, 19.
    ("Dans une PME comme la nôtre, comptez cinq à dix jours ouvrés pour notre réponse.",
     "2026-11-04T10:00:00+01:00", ("2026-11-19", "2026-11-19"), "FR", "fr", QUIREC2),
    ("Je vous recontacte dès que j'ai le retour du manager.",
     "2026-11-04T10:00:00+01:00", None, "FR", "fr", SWILE),
    ("Premier entretien aujourd'hui ; à la fin, le recruteur m'a dit que j'aurais une réponse de sa "
     "part sous dix jours.",
     "2026-02-24T17:00:00+01:00", ("2026-03-06", "2026-03-06"), "FR", "fr", ENTRETIEN),
    ("La décision relative à votre admissibilité vous sera transmise par correspondance et déposée "
     "dans votre dossier en ligne.",
     "2026-10-13T10:00:00-04:00", None, "CA", "fr", EMPLOISSUP),
    ("Merci d'avoir pris le temps de faire l'entrevue téléphonique. Nous vous confirmerons par "
     "courriel d'ici mercredi la date, l'heure et l'adresse de l'entrevue en personne ; prévoyez vos "
     "diplômes.",
     "2026-10-05T10:00:00-04:00", ("2026-10-07", "2026-10-07"), "CA", "fr", BOITERH),
    ("Les personnes retenues pour l'examen écrit en seront informées dans les deux semaines suivant la "
     "date de clôture, le 18 septembre.",
     "2026-09-10T11:00:00-04:00", ("2026-10-02", "2026-10-02"), "CA", "fr", CIHR),
    ("Pour ce poste de courte durée, le recrutement prend de deux à quatre semaines après la clôture "
     "de l'annonce, le 9 avril.",
     "2026-04-02T10:00:00+02:00", ("2026-05-07", "2026-05-07"), "CH", "fr", IOM_FR),
    ("Après l'entrevue, nous procéderons à la vérification de vos références ; une offre "
     "conditionnelle pourrait ensuite vous être faite.",
     "2026-10-05T14:00:00-04:00", None, "CA", "fr", CCSC),
    ("Votre inscription dans la banque de personnes qualifiées demeure valide pour une durée de deux "
     "ans.",
     "2026-10-13T10:00:00-04:00", None, "CA", "fr", CARRIERES_QC),
    # National Day (Tue Jul 21) skipped: Monday to Friday gives Aug 3; "jours ouvrables" counting
    # Saturdays gives Jul 30 (round 3's Belgian reading): both accepted.
    ("Les résultats de l'épreuve informatisée vous seront communiqués dans un délai de dix jours "
     "ouvrables.",
     "2026-07-17T09:00:00+02:00", ("2026-07-30", "2026-08-03"), "BE", "fr", SELOR),
    ("En raison de l'interruption, nos entretiens reprendront le lundi 1er juin ; nous vous "
     "recontacterons pour fixer une nouvelle date dans la semaine de la reprise.",
     "2026-05-15T10:00:00+02:00", ("2026-06-01", "2026-06-05"), "BE", "fr", RTBF),
    # Upper end of the span: 30 working days, Christmas and New Year's Day skipped.
    ("Pour les postes cadres, nos délais de réponse sont de 15 à 30 jours ouvrés après le dernier "
     "entretien.",
     "2026-12-14T10:00:00+01:00", ("2027-01-27", "2027-01-27"), "FR", "fr", QUIREC),
    ("Attention, nos bureaux sont fermés du 24 décembre au 1er janvier inclus : notre réponse vous "
     "parviendra la première semaine de janvier.",
     "2026-12-18T15:00:00+01:00", ("2027-01-04", "2027-01-08"), "FR", "fr", HELLOWORK),
    # ------------------------------------------------------------------ Spanish
    ("Al terminar, el reclutador me dijo que se pondrían en contacto conmigo y que les había causado "
     "muy buena impresión.",
     "2026-06-01T12:00:00+02:00", None, "ES", "es", LAGUIA),
    ("Le llamaremos en un plazo de dos días a dos semanas, según cómo avancen el resto de entrevistas.",
     "2026-06-01T12:00:00+02:00", ("2026-06-15", "2026-06-15"), "ES", "es", QUECURSAR),
    ("El 31 de agosto se publicarán las respuestas a las reclamaciones sobre la prueba de valoración "
     "de antecedentes.",
     "2026-08-18T09:00:00-05:00", ("2026-08-31", "2026-08-31"), "CO", "es", CONSTRUYENDO),
    ("Si supera las pruebas, quedará en la lista de elegibles y las entidades podrán nombrarle según "
     "las vacantes que tengan.",
     "2026-08-18T09:00:00-05:00", None, "CO", "es", PREPARATEMAS),
    # The first word back is the result the next day; Jun 29 is a Colombian holiday (Saint Peter and
    # Saint Paul), so the next working day is accepted too.
    ("Las pruebas escritas se presentan hoy y sus resultados se conocerán al día siguiente; la lista de "
     "admitidos a la segunda fase solo se publicará el 31 de agosto.",
     "2026-06-28T08:00:00-05:00", ("2026-06-29", "2026-06-30"), "CO", "es", ESPECTADOR),
    ("La segunda etapa del concurso comenzará el martes 19 de mayo; los resultados de la primera etapa "
     "se publicarán en el portal de la Cancillería una semana antes.",
     "2026-04-27T10:00:00-06:00", ("2026-05-12", "2026-05-12"), "MX", "es", MILENIO),
    ("Las fechas de las etapas son indicativas y podrán modificarse; cualquier cambio se le comunicará "
     "a través del portal Trabajaen.",
     "2026-04-27T10:00:00-06:00", None, "MX", "es", DOF),
    # Revolution Day (Mon Nov 16) skipped: Nov 13, 17, 18, 19, 20, 23, 24, 25, 26, 27.
    ("Le comunicaremos el resultado de la evaluación en un plazo máximo de 10 días hábiles.",
     "2026-11-12T11:00:00-06:00", ("2026-11-27", "2026-11-27"), "MX", "es", PASAPORTE),
    # Fiesta Nacional (Mon Oct 12) skipped: Oct 13, 14, 15, 16, 19.
    ("Concluida la entrevista, el comité de selección dará a conocer el resultado dentro de los cinco "
     "días hábiles siguientes.",
     "2026-10-09T10:00:00+02:00", ("2026-10-19", "2026-10-19"), "ES", "es", EDUCATIVO),
    ("Gracias por venir. Te damos una respuesta por WhatsApp antes del viernes.",
     "2026-03-17T17:00:00+01:00", ("2026-03-19", "2026-03-20"), "ES", "es", LAGUIA),
    ("Cuando terminemos con todos los candidatos, el jueves, le diremos algo, sea que sí o que no.",
     "2026-02-09T12:00:00+01:00", ("2026-02-12", "2026-02-13"), "ES", "es", QUECURSAR),
    ("En septiembre se harán la prueba psicotécnica, la entrevista y la interacción grupal; el 9 de "
     "octubre los participantes sabrán si entran al curso de capacitación.",
     "2026-09-15T09:00:00-05:00", ("2026-10-09", "2026-10-09"), "CO", "es", ESPECTADOR),
    ("Le recordamos que el día de la evaluación debe presentar original y copia de su identificación "
     "oficial y llegar 30 minutos antes.",
     "2026-11-12T11:00:00-06:00", None, "MX", "es", PASAPORTE),
    # This week has the Independence Day holidays (Jul 9 and 10); next week is Jul 13 to 17.
    ("Con los feriados de esta semana no llegamos a decidir; le escribimos la semana que viene.",
     "2026-07-06T15:00:00-03:00", ("2026-07-13", "2026-07-17"), "AR", "es", LAGUIA),
    ("Por el fin de semana largo del 7 y 8 de diciembre, le confirmamos el resultado el miércoles 9.",
     "2026-12-03T16:00:00-03:00", ("2026-12-09", "2026-12-09"), "AR", "es", QUECURSAR),
    ("Lamentamos informarle que ha sido descartado para esta posición. Conservaremos su CV en nuestra "
     "base de datos durante un año.",
     "2026-12-03T16:00:00-03:00", None, "AR", "es", LAGUIA),
    # ------------------------------------------------------------------ Portuguese
    ("Obrigado pela conversa! Retornamos em 5 dias úteis pelo WhatsApp corporativo.",
     "2026-11-12T10:00:00-03:00", ("2026-11-19", "2026-11-19"), "BR", "pt", EMPNEG),
    ("A vaga foi congelada temporariamente por causa de uma reestruturação; assim que houver novidade, "
     "avisaremos.",
     "2026-11-12T10:00:00-03:00", None, "BR", "pt", VAGAS),
    # A calendar deadline on a public holiday (Jun 10, Dia de Portugal): the next working day is
    # accepted too (decided here).
    ("Estamos a decidir entre apenas dois candidatos, por isso terá uma resposta no prazo de 48 horas.",
     "2026-06-08T10:00:00+01:00", ("2026-06-10", "2026-06-11"), "PT", "pt", MULTIPESSOAL),
    # Same rule: Dec 8 (Imaculada Conceição) is a holiday.
    ("Contamos ter uma decisão dentro de duas semanas; se não tiver notícias até lá, esteja à vontade "
     "para nos contactar.",
     "2026-11-24T15:00:00+00:00", ("2026-12-08", "2026-12-09"), "PT", "pt", CVPRO),
    ("Normalmente levamos até duas semanas para chamar depois da entrevista.",
     "2026-09-02T14:00:00-03:00", ("2026-09-16", "2026-09-16"), "BR", "pt", AUDITORIO),
    ("Confirme sua presença até amanhã às 18h respondendo a este e-mail.",
     "2026-09-02T14:00:00-03:00", None, "BR", "pt", CURSA),
    ("A próxima etapa é a entrevista com o gestor, que ainda não tem agenda; o RH te retorna até "
     "sexta-feira com a data.",
     "2026-04-20T11:00:00-03:00", ("2026-04-24", "2026-04-24"), "BR", "pt", PORTALPOS),
    # "depois do Carnaval" read like "nach Ostern": Ash Wednesday to Friday after Carnival Tuesday.
    ("Com o Carnaval no meio, o resultado só sai depois do feriado.",
     "2026-02-12T16:00:00-03:00", ("2026-02-18", "2026-02-20"), "BR", "pt", EMPNEG),
    ("Temos ainda uma dúzia de entrevistas marcadas até ao dia 16; depois disso, precisamos de cerca "
     "de uma semana para avaliar todos os candidatos.",
     "2026-10-06T10:00:00+01:00", ("2026-10-23", "2026-10-23"), "PT", "pt", MULTIPESSOAL),
    ("Agradecemos o seu interesse. O seu CV ficará na nossa base de dados durante 12 meses para "
     "futuras oportunidades.",
     "2026-10-06T10:00:00+01:00", None, "PT", "pt", CVPRO),
    # ------------------------------------------------------------------ Italian
    ("Abbiamo ancora alcuni candidati da vedere questa settimana: le daremo un riscontro entro la fine "
     "della prossima settimana.",
     "2026-10-21T11:00:00+02:00", ("2026-10-30", "2026-10-30"), "IT", "it", JOBMEETING),
    ("Siamo una piccola azienda, quindi la chiameremo entro una settimana al massimo.",
     "2026-05-29T10:00:00+02:00", ("2026-06-05", "2026-06-05"), "IT", "it", LALEGGE),
    ("Il calendario della prova orale sarà pubblicato sul Portale almeno quindici giorni prima della "
     "data stabilita.",
     "2026-01-13T09:00:00+01:00", None, "IT", "it", LEGALE),
    ("Le prove scritte si concludono il 15 gennaio; l'intero concorso dovrà terminare entro 180 giorni "
     "da quella data, con la pubblicazione della graduatoria finale.",
     "2026-01-13T09:00:00+01:00", ("2026-07-14", "2026-07-14"), "IT", "it", LEGALE),
    # "dopo il ponte del 2 giugno" read like "nach Ostern": Wednesday to Friday after the holiday.
    ("Abbiamo altri tre colloqui nei prossimi giorni; contiamo di darle una risposta dopo il ponte del "
     "2 giugno.",
     "2026-05-27T15:00:00+02:00", ("2026-06-03", "2026-06-05"), "IT", "it", COLLOQUIAMO),
    ("Con questa mail siamo spiacenti di comunicarle che, a seguito del colloquio, non abbiamo ritenuto "
     "il suo profilo compatibile con quanto da noi ricercato.",
     "2026-05-27T15:00:00+02:00", None, "IT", "it", ECODIBG),
    ("Grazie per la disponibilità a questa breve intervista telefonica: se il profilo è in linea, la "
     "ricontatteremo entro 10 giorni per fissare il colloquio di persona.",
     "2026-12-14T12:00:00+01:00", ("2026-12-24", "2026-12-24"), "IT", "it", OLHOS),
    ("La graduatoria provvisoria resterà pubblicata fino al 30 novembre; entro tale termine potrà "
     "presentare osservazioni relative alla propria posizione.",
     "2026-11-10T10:00:00+01:00", None, "IT", "it", TP24),
    ("Il responsabile rientra dalle ferie lunedì 24 agosto: le daremo una risposta nella settimana del "
     "suo rientro.",
     "2026-08-06T10:00:00+02:00", ("2026-08-24", "2026-08-28"), "IT", "it", COLLOQUIAMO),
    ("Per una posizione di questo livello la selezione richiede più tempo: prevediamo di chiudere entro "
     "fine mese.",
     "2026-03-10T16:00:00+01:00", ("2026-03-31", "2026-03-31"), "IT", "it", LALEGGE),
    # ------------------------------------------------------------------ Dutch
    ("Heb je na een week nog niets van ons gehoord? Bel ons dan gerust even.",
     "2026-09-08T14:00:00+02:00", ("2026-09-15", "2026-09-15"), "NL", "nl", TAALWINKEL),
    ("Als de eerste indruk goed is, ontvang je binnen een week een bevestiging voor een tweede "
     "gesprek.",
     "2026-04-23T10:00:00+02:00", ("2026-04-30", "2026-04-30"), "NL", "nl", WEBWB),
    ("U bent uitgenodigd voor een tweede gesprek op donderdag 12 maart; neemt u uw diploma's en een "
     "geldig identiteitsbewijs mee.",
     "2026-03-05T11:00:00+01:00", None, "NL", "nl", HAYS_NL),
    ("Aan het einde van het gesprek spraken we af dat ik je uiterlijk vrijdag bel.",
     "2026-06-15T16:00:00+02:00", ("2026-06-19", "2026-06-19"), "NL", "nl", CAREERWISE),
    ("Bedankt voor uw sollicitatie. U ontvangt uiterlijk 2 oktober een reactie van ons.",
     "2026-09-18T09:00:00+02:00", ("2026-10-02", "2026-10-02"), "NL", "nl", RANDSTAD_NL),
    ("We lezen de brieven pas als de reactietermijn op 1 juni is verstreken; daarna nodigen we de "
     "kandidaten binnen tien werkdagen uit.",
     "2026-05-18T10:00:00+02:00", ("2026-06-15", "2026-06-15"), "NL", "nl", LEERWIKI),
    ("Voor het tweede gesprek vragen we je een korte presentatie voor te bereiden en die uiterlijk de "
     "dag ervoor te mailen.",
     "2026-05-18T10:00:00+02:00", None, "NL", "nl", CVSTER),
    ("Na het kennismakingsgesprek laten we je binnen de twee weken weten of je door bent naar het "
     "gesprek met de afdelingsmanager.",
     "2026-07-15T14:00:00+02:00", ("2026-07-29", "2026-07-29"), "BE", "nl", JOBINVEST),
    # ------------------------------------------------------------------ Polish
    ("Niezależnie od decyzji, w ciągu 14 dni od spotkania przekażemy Pani informację o wyniku "
     "rekrutacji telefonicznie lub mailowo.",
     "2026-04-28T10:00:00+02:00", ("2026-05-12", "2026-05-12"), "PL", "pl", DORACO),
    ("Wszyscy kandydaci, którzy wzięli udział w trzecim etapie rekrutacji, otrzymają informację zwrotną "
     "o jej wyniku.",
     "2026-04-28T10:00:00+02:00", None, "PL", "pl", MPWIK),
    # Independence Day (Wed Nov 11) skipped: Nov 9, 10, 12, 13, 16.
    ("Dziękujemy za rozmowę. Odezwiemy się do Pana w ciągu pięciu dni roboczych.",
     "2026-11-06T13:00:00+01:00", ("2026-11-16", "2026-11-16"), "PL", "pl", GOMEZ),
    # ------------------------------------------------------------------ Swedish
    ("Vi räknar med att kunna ge dig besked inom två veckor, oavsett hur det går.",
     "2026-06-02T10:00:00+02:00", ("2026-06-16", "2026-06-16"), "SE", "sv", LINDESBERG),
    ("Du får alltid återkoppling från oss, antingen via telefon eller mejl.",
     "2026-06-02T10:00:00+02:00", None, "SE", "sv", AMENDO),
    # "before midsummer": Midsummer Eve (Fri Jun 19) is a de facto holiday, so Thursday or Friday.
    ("Hör gärna av dig om du inte har hört något från oss före midsommar.",
     "2026-06-08T15:00:00+02:00", ("2026-06-18", "2026-06-19"), "SE", "sv", KARRIARK),
    # ------------------------------------------------------------------ Danish
    # The first word back is the invitation, 3-4 days after Sunday Mar 1 (upper end Mar 5).
    ("Ansøgningsfristen er søndag den 1. marts. Kandidater til samtale inviteres 3-4 dage efter "
     "fristen, og samtalerne holdes i uge 11.",
     "2026-02-23T10:00:00+01:00", ("2026-03-05", "2026-03-05"), "DK", "da", RMDK),
    ("Vi træffer den endelige beslutning i uge 49 og ringer derefter til alle kandidater.",
     "2026-11-26T14:00:00+01:00", ("2026-11-30", "2026-12-04"), "DK", "da", BRONDERSLEV),
    ("Du hører fra os senest den 15. januar; vent venligst med at kontakte os til efter den dato.",
     "2026-12-16T11:00:00+01:00", ("2027-01-15", "2027-01-15"), "DK", "da", CAREERGURU),
    # ------------------------------------------------------------------ Norwegian
    # Three days from Wednesday Apr 1 is Easter Saturday; by the holiday rule decided above, up to
    # the first working day after Easter Monday (Apr 7) is accepted.
    ("Vi kommer til å ta en beslutning i løpet av to eller tre dager.",
     "2026-04-01T10:00:00+02:00", ("2026-04-04", "2026-04-07"), "NO", "no", STUDENTTORGET),
    ("Du mottar et tilbudsbrev med opplysninger om lønn og vilkår; vi ber om svar innen én uke.",
     "2026-04-01T10:00:00+02:00", None, "NO", "no", REGJ_NO),
    ("Takk for samtalen. Vi gir deg beskjed innen fredag 20. november.",
     "2026-11-16T13:00:00+01:00", ("2026-11-20", "2026-11-20"), "NO", "no", NMBU),
    # ------------------------------------------------------------------ Czech
    ("Děkujeme za pohovor, ozveme se Vám do 14 dnů.",
     "2026-10-20T10:00:00+02:00", ("2026-11-03", "2026-11-03"), "CZ", "cs", ETLABORA),
    ("O výsledku výběrového řízení Vás služební orgán písemně vyrozumí bez zbytečného odkladu.",
     "2026-10-20T10:00:00+02:00", None, "CZ", "cs", MVCR),
    ("Výběrové řízení končí 16. prosince; jeho ukončení oznámíme uchazečům do 5 dnů od tohoto dne.",
     "2026-12-10T09:00:00+01:00", ("2026-12-21", "2026-12-21"), "CZ", "cs", CODEXIS),
    # "in the second half of <month>": decided as the 16th to the month's last day.
    ("O výsledku Vás budeme informovat ve druhé polovině července.",
     "2026-07-02T11:00:00+02:00", ("2026-07-16", "2026-07-31"), "CZ", "cs", BLESK),
]
