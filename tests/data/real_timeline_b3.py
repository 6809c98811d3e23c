"""Blind batch 3 of the real-material timeline corpus (issue #15, round 3).

Built and labelled on 2026-12-05 before the timeline reader (or any other code) ran on any of it,
after rounds 1 and 2 (``TL_TUNE``/``TL_BLIND1`` in ``real_cases.py``, ``TL_BLIND2`` in
``real_cases_b2.py``) had become tuning data. Each text paraphrases wording documented on the
public page cited in its source (found with the project's search tool, pages and docs corpora);
names, companies and dates are invented, the wording is not copied. Scored once, for the figures
in the README, then moved to tuning like the rounds before it.

Each case is (text, reference, expect, country, lang, source): the reference is the interview's
local date and time; ``expect`` is the (first, last) day accepted for the day the employer promised
to get back, or None when the text promises nothing from the employer. Labels follow the
conventions of the earlier rounds:
- "within N days/weeks" (also "in N weeks", "sous N jours", "innerhalb von N Wochen") is the exact
  day, counted from the reference or from the named anchor (closing date, end of interviews,
  committee meeting); a span ("2-4 weeks", "1 to 2 weeks", "15-30 days") takes its upper end.
- Business days skip weekends and the public holidays of the case's country; where a holiday is
  only regional the range covers both readings (commented on the case).
- "next week" / "the week of ..." / "the week we're back" is that week's Monday to Friday;
  "early next week" Monday to Wednesday; "in a few days" 2 to 7 days; "by end of month" its last
  day; "early <month>" the 1st to the 10th; "in <month>" the whole month.
- "If you have not heard from us within N ..., assume ..." is a promise of that day (as
  ``TL_TUNE`` treats "if you have not heard within four weeks of the closing date").
- No promise (None): vague "soon"/"as soon as"/"prochainement"/"le faremo sapere", the
  candidate's own deadlines, exam dates and logistics, retention periods, rejections, and
  "within a reasonable period" with no period.
Conventions decided here, where the earlier rounds are silent, are commented on their case.
"""

from __future__ import annotations

# Sources (found with the project's search tool, pages and docs corpora).
OPM = ("https://opm.gov/frequently-asked-questions/usajobs-faq/general/why-have-i-not-heard-"
       "anything-back-after-applying-how-long-does-it-take-to-hear-from-an-agency-after-i-have-applied")
USQ = "http://www.usq.edu.au/jobs/how-to-apply/outcomes"
NEWCASTLE = "http://newcastle.edu.au/job-vacancies/frequently-asked-questions.html"
WEBFX = "https://pastebin.com/h9Wgv4Ln"
MSHEIREB = "https://pastebin.com/kjzm8Zf9"
CAROO = "https://www.caroo.co.uk/blog/5-interview-follow-up-email-templates-you-can-use"
TALANTRIX = "https://talantrix.com/resources/templates/emails/candidate-status-update/"
MAILGENLY = "https://mailgenly.com/templates/hiring/interview-follow-up"
MANATAL = "https://manatal.com/hr-email-template/keeping-candidates-engaged-email-template"
MERRITT = "https://www.merrittstaffing.com/tag/calling-after-an-interview/"
AAM = ("https://business.classifieds4w.com/article/5410/"
       "i-had-a-great-interview-why-haven-t-i-heard-anything-back")
AAM2 = "http://mdit.in/i-had-a-great-interview-why-havent-i-heard-anything-back-ask-a-manager/"
TNATION = "https://forums.t-nation.com/t/interview-follow-up-need-advice/61216"
REISNER = "https://hiramreisner.com/2014/11/06/well-get-back-to-you-next-week/"
LIVERPOOL = "https://www.liverpool.ac.uk/working/jobvacancies/howtoapply/whathappensnext/"
NOTTS = "https://recruitment.nottshc.nhs.uk/recruitment-next-steps"
CAREERMATE = "https://careermate.uk/guides/after-you-apply-nhs-timeline"
GDS = "https://gds.gatenbysanderson.com/selection-process"
BCL = "https://www.bcllegal.com/knowledge-base/from-the-team/theres-no-time-like-the-christmas-present"
PERFECTLOOP = "https://www.perfectloop.org/career-coach-blog/2017/11/8/happy-holidays"
GATWICK = "http://takeoff.gatwickdiamondjobs.com/all-about-interviews/follow-up/"
PENGUIN = "https://interviewpenguin.com/1-week-after-interview-and-no-response/"
HIRENET = "https://hirenetworks.com/holiday-hirin-slowdown-myth/"
UNIKENT = "https://unikentemploy.wordpress.com/2015/05/29/lets-go-round-again/"
SEETOO = "https://jamesseetoo.wordpress.com/tag/holidays/"
BURNS = "https://www.burnssheehan.co.uk/blog/tis-the-season-for-a-new-job/bp1669/"
BKG = ("https://www.bkg.bund.de/SharedDocs/FAQs/BKG/DE/FAQ-Bewerbungen/Bewerbungsverfahren.html;"
       "jsessionid=523B5B3C8A26CDB816AB2F4EBF0367E3.live12")
FJS = "http://www.freie-journalistenschule.de/teilnahme/zulassung/"
BLICK = ("https://blick.ch/wirtschaft/karriere-ratgeber-kuert-die-top-10-der-schweiz-dieses-"
         "unternehmen-bietet-den-besten-bewerbungsprozess-id19672629.html")
SWISSINFO = "http://www.swissinfo.ch/ger/bewerbungen/29088322"
KRONE = "https://www.krone.at/4034925"
MUSTER = "https://www.muster-formular.de/absage-auf-bewerbung/"
SOMMER = "https://professionellbewerben.de/bewerbung-im-sommer/"
TIMING_DE = ("https://mysticcosmicde.com/zeitfenster-erkennen-wann-sie-in-deutschland-besser-"
             "keine-bewerbung-abschicken-sollten")
STELLEN = ("https://stellenanzeigen.de/arbeitgeber/wecruit/"
           "von-veroeffentlichung-der-anzeige-bis-besetzung-der-stelle")
IJOB = ("https://www.i-job.ch/so-uberstehen-sie-ein-3-stufiges-assessment-center-bei-einem-"
        "schweizer-grosskonzern-ohne-nervenzusammenbruch")
JUSTIZ_AT = ("https://www.justiz.gv.at/karriere-in-der-justiz/haeufig-gestellte-fragen-(faq)."
             "f6f.de.html;jsessionid=CCA3EB84D93053FF2DA33E6786243A97.s2")
NME = "https://www.nosmeilleursentretiens.com/ent-1546967442.html"
VLC = "http://vivelechomage.canalblog.com/archives/2013/02/12/26398720.html"
VINGT = "https://www.vingtenaires.com/2008/02/14/on-vous-rappellera/"
FARRUGIA = ("http://jessfarrugia.blog.free.fr/index.php?post/2007/10/23/"
            "QUAND-UNE-ENTREPRISE-REPOND-A-NOTRE-CANDIDATURE")
LOBSTER = ("https://fr.workplace.asklobster.com/posts/12383/"
           "que-dois-je-dire-a-un-candidat-a-la-fin-dun-entretien-telephonique")
FORMALETTRE = "http://www.formalettre.ca/blogue---allez-hop-au-travail/nous-vous-reviendrons-prochainement"
UNIGE = "https://jobs.unige.ch/intranet/wd_portal.show_page?p_web_site_id=1&p_text_id=7"
CDG85 = ("http://www.maisondescommunes85.fr/centre-de-gestion-de-la-fonction-publique-territoriale/"
         "concours-emploi/concours-examens/faq/deroulement-d-un-concours/")
CADREMPLOI = ("https://www.cadremploi.fr/editorial/actualites/edito/detail/article/"
              "faut-il-sans-rire-chercher-du-boulot-cet-ete.html")
GUIDE_FR = "https://pdfslide.fr/documents/guide-pdagogique-destination-des-recruteurs.html"
TRAVAILLER = "https://travaillerpour.be/fr/jobs/bfg25110-greffiers-pour-le-tpi-du-luxembourg-mfx"
EMETRO = "https://e-metropolitain.fr/2017/12/25/offres-demploi-faut-postuler-vacances-stock-noel-ne-publier/"
METEOJOB = "https://meteojob.com/blog-emploi/recherche-demploi/quel-delai-pour-repondre-une-offre-demploi"
HOWTODO = "https://thehowtodo.com/?p=52420"
COFORMACION = "https://coformacion.com/cuanto-tarda-una-empresa-en-responder-tras-una-entrevista"
OFICINA = "https://www.oficinaempleo.com/blog/cuanto-tardan-en-responder-las-empresas-tras-una-entrevista"
VACANTES = ("https://vacantesremotas.com/blog/"
            "esperando-la-respuesta-despus-de-una-entrevista-esto-es-lo-que-debes-hacer")
JOBOMAS = ("http://mx.jobomas.com/news/tips/"
           "nosotros_te_llamamos_por_cuanto_tiempo_esperar_noticias_de_una_empresa_iid_381")
CURSOS2CN = "https://cursos2cn.com/cuanto-se-tarda-en-llamar-despues-de-una-entrevista"
EJCV = ("https://ejemplos-curriculum.com/busqueda-de-empleo/"
        "cuanto-tiempo-esperar-despues-de-una-entrevista-para-seguimiento")
JUSTICIA_ES = "https://justiciaoposicionesblog.blogspot.com/2019/10/gestion-procesal-oep-2017-2018.html"
UPC = ("https://www.upc.edu/sdp/ca/concursos-i-oposicions-del-pas/informacio-general/"
       "fases-dels-processos-selectius/admissio-o-exclusio-de-les-persones-candidates")
PROFEX = ("https://texas-spain.helpscoutdocs.com/article/"
          "518-en-caso-de-que-me-hayan-citado-para-hacer-la-prueba-de-seleccion-como-lo-sabre")
CRONOGRAMA = "http://aldiaconmatices.blogspot.com/2008/11/anexo-01-cronograma-de-la-convocatoria.html"
EDUCAMES = "https://educames.es/cuanto-tardan-en-llamarte-despues-de-una-entrevista"
STAJ = "http://stajbaleares.blogspot.com"
IONOS_MX = "https://ionos.mx/startupguide/productividad/carta-de-agradecimiento-por-una-entrevista-de-trabajo"
HUNZE = "https://www.hunzeenaas.nl/werkenbij/Paginas/Procedure.aspx"
TIJGER = "https://www.carrieretijger.nl/carriere/solliciteren/sollicitatiebrief-en-cv/nabellen"
PMI = "https://www.pmi.it/professioni/lavoro-e-carriera/185384/aspettando-la-risposta.html"
ITALIACHIAMA = "https://www.italiachiamaitalia.it/colloquio-di-lavoro-cosa-fare-dopo-il-le-faremo-sapere/"
BUSINESSONLINE = ("https://www.businessonline.it/news/colloquio-di-lavoro-dopo-quanto-tempo-mediamente-"
                  "si-riceve-una-risposta-positiva-o-negativa-dallazienda_n78432.html")
FERA = ("https://fera-al.com.br/noticias/"
        "certo-x-errado-como-entrar-em-contato-com-a-empresa-apos-a-entrevista-de-emprego/900")
BIOTRONIK = "https://www.biotronik.com/pt-pt/processo-de-candidatura-e-sugestoes"
PRACARREIRAS = "https://pracarreiras.com.br/resposta-de-entrevista-de-emprego/"
SUDENE = "https://acreagora.com/2023/02/08/48324/"

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND3: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ English
    ("Thank you for applying. This announcement closes on July 6; although each agency is different, "
     "you will generally hear from the hiring agency 15-30 days after it closes.",
     "2026-07-01T11:00:00-04:00", ("2026-08-05", "2026-08-05"), "US", "en", OPM),
    ("If you have not been successful after the interview, you will be advised by email. This process "
     "can take up to two weeks from the date of the interview.",
     "2026-06-12T10:00:00+10:00", ("2026-06-26", "2026-06-26"), "AU", "en", USQ),
    ("Applications close on 11 March. After the position closes, the selection committee agrees a "
     "shortlist and applicants are contacted for interview; the time varies but is usually around "
     "3-4 weeks.",
     "2026-02-27T09:00:00+11:00", ("2026-04-08", "2026-04-08"), "AU", "en", NEWCASTLE),
    # "~2 weeks": decided here as the 14th day with two days' slack, like "a couple of weeks or so".
    ("Thanks so much for chatting today! We'll be in touch in the next ~2 weeks with an update for you.",
     "2026-08-31T10:00:00-04:00", ("2026-09-14", "2026-09-16"), "US", "en", WEBFX),
    ("We are currently screening CVs and shortlisting. If you have been shortlisted, our HR department "
     "will contact you within three (3) weeks; applicants who are not contacted in that period should "
     "consider their application unsuccessful.",
     "2026-04-30T15:00:00+01:00", ("2026-05-21", "2026-05-21"), "GB", "en", MSHEIREB),
    ("We are currently reviewing all the candidates and making our final decision. We will contact you "
     "regarding the status of your application by Friday 8 January.",
     "2026-12-18T12:00:00+00:00", ("2027-01-08", "2027-01-08"), "GB", "en", CAROO),
    ("We've completed all onsite interviews and the hiring team is in the deliberation stage. We "
     "anticipate having a decision by October 2; if anything changes, I'll reach out again.",
     "2026-09-24T16:00:00-04:00", ("2026-10-02", "2026-10-02"), "US", "en", TALANTRIX),
    # Friday before Memorial Day (Mon May 25): business days 26, 27, 28, 29, Jun 1, 2, 3.
    ("Thank you for your time today. You can expect to hear back from us within 5 to 7 business days.",
     "2026-05-22T14:00:00-04:00", ("2026-06-03", "2026-06-03"), "US", "en", MAILGENLY),
    ("The review is taking a little longer than we anticipated. Please be assured that you are still an "
     "active candidate, and we will provide you with an update as soon as we have one.",
     "2026-10-14T11:00:00-04:00", None, "US", "en", MANATAL),
    ("As she walked me to the door, the interviewer said I would receive a final answer within the next "
     "few days.",
     "2026-09-08T15:00:00-04:00", ("2026-09-10", "2026-09-15"), "US", "en", MERRITT),
    ("The interviewer told me they'd get back to me either way next week.",
     "2026-10-29T14:00:00-04:00", ("2026-11-02", "2026-11-06"), "US", "en", AAM),
    ("He told me I should expect to hear back two to three days after the interview.",
     "2026-04-13T13:00:00-04:00", ("2026-04-16", "2026-04-16"), "US", "en", AAM2),
    ("She told me I was one of their top candidates and that she would like to come to a final decision "
     "within the next few days.",
     "2026-03-04T11:00:00-05:00", ("2026-03-06", "2026-03-11"), "US", "en", TNATION),
    ("Before we can put you on the short list, we'd like you to do a short writing exercise at home; "
     "please send it back by Monday.",
     "2026-11-05T10:00:00-05:00", None, "US", "en", REISNER),
    ("Vacancies often attract large numbers of candidates. If you have not heard from the department "
     "within a reasonable period after the closing date, please take it that your application has not "
     "been successful.",
     "2026-01-29T10:00:00+00:00", None, "GB", "en", LIVERPOOL),
    ("The closing date is 6 February. If you are being invited to interview, you will hear from the "
     "department by 13 February.",
     "2026-01-29T10:00:00+00:00", ("2026-02-13", "2026-02-13"), "GB", "en", LIVERPOOL),
    ("This vacancy closes on 30 August. The day after it closes, your application form will be viewable "
     "to the shortlisting panel, who will score it against the person specification. If you are "
     "successful, you will receive an email and a text message inviting you to interview.",
     "2026-08-27T10:00:00+01:00", None, "GB", "en", NOTTS),
    ("Shortlisting starts after the advert closes on 14 September and usually takes one to three weeks; "
     "you'll hear by email through your NHS Jobs account.",
     "2026-09-03T10:00:00+01:00", ("2026-10-05", "2026-10-05"), "GB", "en", CAREERMATE),
    ("A reserve list will be held for 12 months, from which further appointments can be made; candidates "
     "on it will be considered for similar posts.",
     "2026-03-16T11:00:00+00:00", None, "GB", "en", GDS),
    # "in the New Year": decided as the first two working weeks (Jan 4-15), like "early in the new year".
    ("Thank you for coming in this week. With Christmas almost here, we'll make a decision in the New "
     "Year.",
     "2026-12-18T12:00:00+00:00", ("2027-01-04", "2027-01-15"), "GB", "en", BCL),
    ("Between Thanksgiving and New Year most of our hiring managers are out, so realistically we won't "
     "have a decision for you until the first week of January.",
     "2026-11-23T15:00:00-05:00", ("2027-01-04", "2027-01-08"), "US", "en", PERFECTLOOP),
    ("You should hear about the outcome of your interview within the timescale agreed at the interview.",
     "2026-06-17T14:00:00+01:00", None, "GB", "en", GATWICK),
    ("If we offer you the job and you are unsure about accepting, you may ask for some time to consider "
     "it, but please give us your answer within 24 hours.",
     "2026-06-19T16:00:00+01:00", None, "GB", "en", GATWICK),
    ("For this role we usually tell people directly at the interview, and it rarely takes us more than "
     "48 hours.",
     "2026-07-14T11:00:00-04:00", ("2026-07-16", "2026-07-16"), "US", "en", PENGUIN),
    ("We're hoping the new hire can start in December or by the beginning of January at the latest.",
     "2026-11-17T10:00:00-05:00", None, "US", "en", HIRENET),
    # "in March or April": decided as the whole of both months (as "in January" is the whole month).
    ("Assessment centres take place in early spring, and you will find out the outcome in March or "
     "April.",
     "2026-02-06T10:00:00+00:00", ("2026-03-01", "2026-04-30"), "GB", "en", UNIKENT),
    ("We're aligning schedules for a final debrief meeting on Tuesday, May 5, and I'll reach out with "
     "our decision right after that.",
     "2026-04-30T12:00:00-04:00", ("2026-05-05", "2026-05-07"), "US", "en", TALANTRIX),
    # The closure is stated in the text; business days Tue 24, Wed 25, Mon 30.
    ("Our office is closed Thursday and Friday for Thanksgiving, but you'll hear from us within three "
     "business days.",
     "2026-11-23T15:00:00-05:00", ("2026-11-30", "2026-11-30"), "US", "en", SEETOO),
    ("We'd like to get this hire wrapped up by the end of the quarter, so expect our decision by then.",
     "2026-10-13T10:00:00+01:00", ("2026-12-31", "2026-12-31"), "GB", "en", BURNS),
    # ------------------------------------------------------------------ German
    ("Nach dem Auswahltag vergeht ca. eine Woche, bis Sie von uns erfahren, ob Sie ausgewählt wurden.",
     "2026-05-20T14:00:00+02:00", ("2026-05-27", "2026-05-27"), "DE", "de", BKG),
    ("Nach Ablauf der Bewerbungsfrist am 15. Mai prüfen wir die Unterlagen; dieser Entscheidungsprozess "
     "kann ca. 2 Wochen dauern. Danach erhalten Sie eine Einladung zum Auswahlgespräch. "
     "Zwischennachrichten versenden wir nicht.",
     "2026-05-06T10:00:00+02:00", ("2026-05-29", "2026-05-29"), "DE", "de", BKG),
    ("Zwischen Einladung und Auswahltag liegen in der Regel ein bis zwei Wochen, damit Sie genügend Zeit "
     "zur Vorbereitung haben.",
     "2026-06-02T09:00:00+02:00", None, "DE", "de", BKG),
    ("Alle Bewerberinnen und Bewerber erhalten etwa eine Woche nach dem Bewerbungsschluss am 30. Oktober "
     "einen Bescheid über den Ausgang des Auswahlverfahrens.",
     "2026-10-21T11:00:00+02:00", ("2026-11-06", "2026-11-06"), "DE", "de", FJS),
    ("Wer zugelassen wurde, muss das Anmeldeformular binnen 20 Tagen zurücksenden, um den Platz "
     "anzunehmen.",
     "2026-11-09T10:00:00+01:00", None, "DE", "de", FJS),
    # Swiss "Werktage" counted Monday to Friday, as the German cases of earlier rounds.
    ("Wir melden uns innert zehn Werktagen bei Ihnen.",
     "2026-09-29T15:00:00+02:00", ("2026-10-13", "2026-10-13"), "CH", "de", BLICK),
    ("Bitte reichen Sie vor dem Gespräch Ihr vollständiges Bewerbungsdossier mit Kopien der "
     "Arbeitszeugnisse und zwei Referenzadressen ein; es muss bis am 2. Oktober bei uns sein.",
     "2026-09-29T15:00:00+02:00", None, "CH", "de", SWISSINFO),
    ("Nach den strukturierten Interviews folgen gesonderte Hearings mit einem engeren Kreis; die "
     "Entscheidung soll im März fallen.",
     "2026-02-03T11:00:00+01:00", ("2026-03-01", "2026-03-31"), "AT", "de", KRONE),
    ("Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere "
     "Bewerberin entschieden haben. Ihre Unterlagen behalten wir mit Ihrem Einverständnis sechs Monate "
     "in unserem Talentpool.",
     "2026-03-31T10:00:00+02:00", None, "DE", "de", MUSTER),
    # "the week she is back" (decided as the Monday to Friday of her first week back).
    ("Unsere Personalleiterin ist bis einschließlich 14. August im Urlaub. Wir melden uns in der Woche, "
     "in der sie zurück ist.",
     "2026-07-30T16:00:00+02:00", ("2026-08-17", "2026-08-21"), "DE", "de", SOMMER),
    # "nach Pfingsten" read like round 2's "nach Ostern": Tuesday to Friday after Whit Monday (May 25).
    ("Wegen der Feiertage können wir erst nach Pfingsten entscheiden; Sie hören dann von uns.",
     "2026-05-20T16:00:00+02:00", ("2026-05-26", "2026-05-29"), "DE", "de", TIMING_DE),
    # Karfreitag (Apr 3) and Ostermontag (Apr 6) skipped: Apr 1, 2, 7, 8, 9, 10, 13.
    ("Sie erhalten innerhalb von sieben Werktagen eine Rückmeldung von uns.",
     "2026-03-31T10:00:00+02:00", ("2026-04-13", "2026-04-13"), "DE", "de", IJOB),
    ("Das Hearing mit der Kommission findet am 9. Dezember statt; über das Ergebnis informieren wir Sie "
     "in der Woche darauf.",
     "2026-12-03T14:00:00+01:00", ("2026-12-14", "2026-12-18"), "AT", "de", KRONE),
    ("Die Dauer des Bewerbungsverfahrens hängt von der Zahl der Stellen und der Bewerbungen ab; wir "
     "informieren Sie umgehend, sobald es Neuigkeiten gibt.",
     "2026-12-03T14:00:00+01:00", None, "AT", "de", JUSTIZ_AT),
    ("In jedem Fall erhalten Sie von uns nach Abschluss des Verfahrens eine Nachricht.",
     "2026-06-02T09:30:00+02:00", None, "DE", "de", BKG),
    ("Wir schließen das Verfahren spätestens vier Wochen nach dem Vorstellungsgespräch ab und melden uns "
     "dann bei Ihnen.",
     "2026-11-23T10:00:00+01:00", ("2026-12-21", "2026-12-21"), "DE", "de", STELLEN),
    # ------------------------------------------------------------------ French
    # "en fin de semaine" (France): decided as Thursday or Friday of the current week.
    ("À la fin de l'entretien, la responsable m'a dit qu'elle reviendrait vers moi en fin de semaine "
     "pour me donner sa réponse.",
     "2026-10-20T11:00:00+02:00", ("2026-10-22", "2026-10-23"), "FR", "fr", NME),
    ("Elle s'excuse du retard et m'assure qu'elle me donnera une réponse définitive en début de semaine "
     "prochaine.",
     "2026-11-12T15:00:00+01:00", ("2026-11-16", "2026-11-18"), "FR", "fr", NME),
    ("Je suis actuellement en congés ; je vous appellerai à mon retour, d'ici une semaine, pour fixer un "
     "entretien. D'ici là, pourriez-vous m'indiquer vos disponibilités et vos prétentions salariales ?",
     "2026-07-10T12:00:00+02:00", ("2026-07-17", "2026-07-17"), "FR", "fr", VLC),
    ("Vous aurez notre réponse dans quelques jours, le temps que tous les candidats soient reçus.",
     "2026-02-11T10:00:00+01:00", ("2026-02-13", "2026-02-18"), "FR", "fr", VINGT),
    ("Sans réponse de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a "
     "pas été retenue.",
     "2026-06-01T09:00:00+02:00", ("2026-06-22", "2026-06-22"), "FR", "fr", FARRUGIA),
    ("Merci pour votre intérêt : je vous contacterai dans les trois jours si vous êtes sélectionné pour "
     "le prochain tour d'entretiens.",
     "2026-10-19T10:00:00+02:00", ("2026-10-22", "2026-10-22"), "FR", "fr", LOBSTER),
    ("Merci d'être venu. Nous vous reviendrons prochainement.",
     "2026-09-15T14:00:00-04:00", None, "CA", "fr", FORMALETTRE),
    ("Les candidatures sont examinées à l'issue du délai d'inscription, le 22 mai. Vous recevrez une "
     "réponse dès que les personnes en charge du recrutement pourront se prononcer.",
     "2026-05-13T10:00:00+02:00", None, "CH", "fr", UNIGE),
    # "une quinzaine de jours avant X": decided as 14 or 15 days before X (a convocation is the
    # employer getting back to the candidate).
    ("Votre convocation aux épreuves écrites vous sera envoyée une quinzaine de jours avant la première "
     "épreuve, fixée au 3 février.",
     "2026-01-07T10:00:00+01:00", ("2026-01-19", "2026-01-20"), "FR", "fr", CDG85),
    ("Faute de décisionnaires en août, la sélection se fera à la rentrée : nous reviendrons vers vous "
     "début septembre.",
     "2026-07-23T11:00:00+02:00", ("2026-09-01", "2026-09-10"), "FR", "fr", CADREMPLOI),
    ("Les entretiens se terminent le vendredi 13 novembre ; les résultats vous seront communiqués une à "
     "deux semaines plus tard.",
     "2026-11-06T11:00:00+01:00", ("2026-11-27", "2026-11-27"), "FR", "fr", GUIDE_FR),
    ("L'épreuve particulière sera organisée dans le courant du mois de novembre, sous réserve de "
     "modifications.",
     "2026-11-06T11:00:00+01:00", None, "BE", "fr", TRAVAILLER),
    # Armistice (Wed Nov 11) is a Belgian public holiday: Monday to Friday gives Nov 9, 10, 12; "jours
    # ouvrables" in the legal sense also count Saturday (Nov 7, 9, 10), so both readings are accepted.
    ("Je vous contacterai dans les trois jours ouvrables suivants si vous êtes retenu pour le deuxième "
     "tour.",
     "2026-11-06T16:00:00+01:00", ("2026-11-10", "2026-11-12"), "BE", "fr", LOBSTER),
    ("Le cabinet est fermé du 24 décembre au 3 janvier ; nous reviendrons vers vous dans la semaine de "
     "notre retour.",
     "2026-12-17T11:00:00+01:00", ("2027-01-04", "2027-01-08"), "FR", "fr", EMETRO),
    # 14 juillet (Tuesday) skipped: Jul 10, 13, 15, 16, 17.
    ("Nous vous donnerons notre réponse sous cinq jours ouvrés.",
     "2026-07-09T16:00:00+02:00", ("2026-07-17", "2026-07-17"), "FR", "fr", METEOJOB),
    ("Comptez deux à quatre semaines après votre dernier entretien pour recevoir notre réponse.",
     "2026-10-22T10:00:00+02:00", ("2026-11-19", "2026-11-19"), "FR", "fr", HOWTODO),
    # ------------------------------------------------------------------ Spanish
    ("Lo normal es que le respondamos entre una y dos semanas después de la entrevista.",
     "2026-03-27T12:00:00+01:00", ("2026-04-10", "2026-04-10"), "ES", "es", COFORMACION),
    ("Aún nos quedan entrevistas hasta el jueves 7 de mayo; esperaremos a terminarlas todas y le daremos "
     "una respuesta entre una y dos semanas después.",
     "2026-04-29T10:00:00+02:00", ("2026-05-21", "2026-05-21"), "ES", "es", OFICINA),
    # Independence Day (Wed Sep 16) skipped: Sep 14, 15, 17, 18, 21, 22, 23.
    ("Le enviaremos una primera respuesta en un plazo de 3 a 7 días laborables.",
     "2026-09-11T13:00:00-06:00", ("2026-09-23", "2026-09-23"), "MX", "es", VACANTES),
    ("Gracias por venir. Nosotros le llamamos.",
     "2026-09-11T13:00:00-06:00", None, "MX", "es", JOBOMAS),
    ("Necesitamos cubrir la vacante de inmediato, así que tendrá una respuesta en uno o dos días.",
     "2026-11-30T17:00:00+01:00", ("2026-12-02", "2026-12-02"), "ES", "es", CURSOS2CN),
    # Conditional period, as "If you haven't heard from us by Wednesday, feel free to reach out". Dec 1-4
    # and Mon Dec 7 give the 7th; regions that move the Constitution holiday (Sun Dec 6) to Mon Dec 7
    # skip it and Tue Dec 8 (national), giving the 9th.
    ("Si en cinco días hábiles no ha recibido noticias nuestras, no dude en escribirnos.",
     "2026-11-30T17:00:00+01:00", ("2026-12-07", "2026-12-09"), "ES", "es", EJCV),
    ("Los aspirantes excluidos disponen de un plazo de diez días hábiles, contados desde el día siguiente "
     "a la publicación en el BOE, para subsanar el defecto que motivó su exclusión.",
     "2026-10-06T10:00:00+02:00", None, "ES", "es", JUSTICIA_ES),
    ("El primer ejercicio se celebrará el 21 de noviembre, en el horario y lugares que indique la orden "
     "que apruebe las listas definitivas.",
     "2026-10-06T10:00:00+02:00", None, "ES", "es", JUSTICIA_ES),
    # A public selection's published list is the employer getting back (decided here).
    ("Una vez finalizado el plazo de presentación de solicitudes, el 16 de marzo, se publicará la lista "
     "provisional de personas admitidas y excluidas en el plazo máximo de un mes.",
     "2026-03-04T10:00:00+01:00", ("2026-04-16", "2026-04-16"), "ES", "es", UPC),
    ("Una vez publicados los listados de admitidos y excluidos, se hará pública en la web la relación de "
     "candidatos convocados, con la fecha y el lugar de las pruebas.",
     "2026-02-17T10:00:00+01:00", None, "ES", "es", PROFEX),
    ("Entrevista personal: 29 de diciembre. Publicación de resultados de la entrevista: 30 de diciembre. "
     "Declaración de ganador del concurso: 31 de diciembre.",
     "2026-12-29T10:00:00-05:00", ("2026-12-30", "2026-12-31"), "PE", "es", CRONOGRAMA),
    # Next week starts with a holiday (Mon May 25, Revolución de Mayo): the whole week is accepted.
    ("Con el feriado del lunes la decisión se va a demorar un poco; le escribimos en el transcurso de la "
     "semana que viene.",
     "2026-05-22T10:00:00-03:00", ("2026-05-25", "2026-05-29"), "AR", "es", EDUCAMES),
    ("Con los festivos de Semana Santa no tendremos una decisión hasta después de Pascua; le escribiremos "
     "la semana del 6 de abril.",
     "2026-03-27T12:00:00+01:00", ("2026-04-06", "2026-04-10"), "ES", "es", EDUCAMES),
    ("Según la previsión del Ministerio, el proceso de estabilización de su cuerpo estará terminado en "
     "marzo.",
     "2026-01-20T10:00:00+01:00", ("2026-03-01", "2026-03-31"), "ES", "es", STAJ),
    ("Le agradezco la entrevista de hoy y el tiempo que me dedicó; quedo atento a sus noticias.",
     "2026-09-11T18:00:00-06:00", None, "MX", "es", IONOS_MX),
    ("Le vamos a dar una respuesta dentro de una o dos semanas.",
     "2026-05-22T10:00:00-03:00", ("2026-06-05", "2026-06-05"), "AR", "es", COFORMACION),
    # ------------------------------------------------------------------ Dutch, Italian, Portuguese
    ("De briefselectie duurt tot circa twee weken na de sluitingsdatum van 1 mei. Duurt het langer dan "
     "verwacht, dan informeren we u per e-mail.",
     "2026-04-24T10:00:00+02:00", ("2026-05-15", "2026-05-15"), "NL", "nl", HUNZE),
    ("De organisatie bericht u zo spoedig mogelijk na de sluitingsdatum of u wordt uitgenodigd.",
     "2026-04-24T10:00:00+02:00", None, "NL", "nl", TIJGER),
    ("Le faremo sapere tra 7 giorni.",
     "2026-04-22T10:00:00+02:00", ("2026-04-29", "2026-04-29"), "IT", "it", PMI),
    ("Grazie per il colloquio, le faremo sapere.",
     "2026-04-22T10:00:00+02:00", None, "IT", "it", ITALIACHIAMA),
    ("Di solito comunichiamo l'esito tra una e due settimane dopo il colloquio.",
     "2026-04-22T16:00:00+02:00", ("2026-05-06", "2026-05-06"), "IT", "it", BUSINESSONLINE),
    ("Daremos o retorno sobre o processo em sete dias.",
     "2026-11-12T10:00:00-03:00", ("2026-11-19", "2026-11-19"), "BR", "pt", FERA),
    # "pode demorar alguns dias" read like "dans quelques jours": 2 to 7 days.
    ("A nossa equipa de recrutamento analisa cuidadosamente a sua candidatura; este processo pode "
     "demorar alguns dias.",
     "2026-06-09T10:00:00+01:00", ("2026-06-11", "2026-06-16"), "PT", "pt", BIOTRONIK),
    ("A resposta do processo sai em 15 dias.",
     "2026-11-04T15:00:00-03:00", ("2026-11-19", "2026-11-19"), "BR", "pt", PRACARREIRAS),
    ("Os comunicados importantes deste processo seletivo serão divulgados no site da Sudene, seguindo o "
     "cronograma do Anexo I.",
     "2026-02-10T10:00:00-03:00", None, "BR", "pt", SUDENE),
]
