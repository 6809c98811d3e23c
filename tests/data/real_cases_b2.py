"""Blind batch 2 of the real-material corpus (issue #15, round 2).

Built and labelled on 2026-12-05 before the detector or the timeline reader ran on any of it,
after round 1's blind batch had been scored and moved to tuning. Same conventions as
``real_cases.py``: each case re-creates, as a calendar would hold it, wording documented on the
public page cited in its source; names, companies and addresses are invented; the wording is
paraphrased, not copied. Scored once, at the end of round 2, for docs/detection.md and the README.
"""

from __future__ import annotations

from typing import Any

from detect_cases import ME, event, guest, org, yes

# Sources (found with the project's search tool, pages and docs corpora).
LEVER = "https://help.lever.co/hc/en-us/articles/20087331039773-Viewing-responses-to-scheduled-interview-invitations"
GH_CONF = "https://support.greenhouse.io/hc/en-us/articles/360015975112-Send-an-interview-confirmation-email"
HV_INV = "https://hirevuehelpcenter.zendesk.com/hc/en-us/articles/45490737100180-Invitation-Email"
GOVASSESS = "https://www.govassess.com/adminportal-interview-communications.html"
CAL_BLOG = "https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview"
SNOW = ("https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/"
        "employee-service-management/interview-management/schedule-interview-form.md")
DE_HEYJOBS = "https://www.heyjobs.co/recruiting/blog/einladung-zum-vorstellungsgespraech"
DE_VG = "https://vorstellungsgespraech.de/einladung-zum-vorstellungsgespraech.html"
DE_MAG = "https://www.umantis.com/zielvereinbarung/einladung-zum-mitarbeitergesprach"
DE_JAHR = "https://randstad.de/karriere/karriereratgeber/jahresgespraech"
DE_FOCUS = "https://praxistipps.focus.de/bewerbung-absage-muster-fuer-arbeitgeber_145205"
FR_HW = "https://www.helloworkplace.fr/mail-reponse-candidats-conseils-exemples"
FR_NEXT = ("https://blog-recruteur.com/5-exemples-de-mails-pour-informer-un-candidat-de-la-prochaine-"
           "etape-du-processus-de-recrutement")
FR_STATUS = "https://blog-recruteur.com/5-exemples-de-mails-pour-informer-un-candidat-du-statut-de-sa-candidature"
FR_LETTRE = "https://www.lettre-recommandee.com/guides/emploi/candidature-reponse-positive-negative.html"
FR_PREALABLE = "https://www.maitredata.com/modele-convocation-entretien-prealable-licenciement/"
FR_CANCEL = "https://manatal.com/fr/hr-email-template/interview-cancellation-email-template"
ES_NOSHOW = "https://manatal.com/es/hr-email-template/candidates-not-showing-up-for-interview-email-template"
ES_REQ = "https://www.appointlet.com/es/blog/interview-request/"
ES_CONFIRM = "https://votrecommercialdigital.fr/?p=2995"
PT_BR = "https://www.jpefconsultoria.com.br/artigos/10-modelos-de-email-para-marcar-entrevista-de-emprego"
EXIT = "https://hrtemplates.co.uk/template.cfm/item/205/exit-interview-meeting-invitation-letter-template"
TN = "https://hrsupport.tn.gov/hc/en-us/articles/4405891111315-What-happens-next-after-completing-the-application"
WASHOE = "https://washoecounty.gov/humanresources/faq/interviewandselection/wheninterview.php"
FIFE = "http://www.cityoffife.org/?p=city_departments&a=civil_service&b=how_applications_are_processed"
LOOKALIKE = "https://www.workmate.com/blog/scheduling-etiquette-playbook-for-assistants-best-practices"
MEDICAL = "https://ioneks.com/patient-appointment-reminder-message"

SELF = {"email": ME, "self": True}
Case = tuple[dict[str, Any], dict[str, Any] | None, str, str]  # event, label, lang, source

BLIND2: list[Case] = [
    # ------------------------------------------------------------------ interviews
    (event("Phone Screen: Pat Lee / Saltmarsh Games - Senior Product Designer",
           organizer=org("dee.okafor@saltmarshgames.com", "Dee Okafor"),
           guests=[guest("dee.okafor@saltmarshgames.com", "Dee Okafor")],
           description="Scheduled via Lever. Dee will call you on the number on your application."),
     yes(["Saltmarsh Games", "Saltmarsh"], ["dee.okafor@saltmarshgames.com"]), "en", LEVER),
    (event("Panel Interview – Environmental Specialist II",
           organizer=org("hr@marlowcounty.gov", "Marlow County Human Resources"),
           guests=[guest("b.hale@marlowcounty.gov", "Bianca Hale"), guest("t.reyes@marlowcounty.gov", "Tomas Reyes"),
                   guest("Annex-Room3@marlowcounty.gov", "Annex Building Room 3")],
           description="Dear Pat Lee, you are invited to a panel interview for the position of Environmental "
                       "Specialist II with Marlow County. Panel chair: Bianca Hale. Duration: 45 minutes."),
     yes(["Marlow County", "Marlowcounty"], ["hr@marlowcounty.gov", "b.hale@marlowcounty.gov",
                                            "t.reyes@marlowcounty.gov"]), "en", GOVASSESS),
    (event("On-demand video interview – Graduate Programme – Ardent Insurance",
           organizer=org("noreply@hirevue.com", "HireVue"),
           description="Ardent Insurance has invited you to complete an on-demand interview. Use the link "
                       "below to start; it takes about 30 minutes. https://app.hirevue.com/i/7Q2"),
     yes(["Ardent Insurance", "Ardent"], []), "en", HV_INV),
    (event("Pat Lee and Maya Collins",
           organizer=org("maya@quarrylane.com", "Maya Collins"),
           guests=[guest("maya@quarrylane.com", "Maya Collins")],
           description="Event Name: Recruiter Phone Screen (20 min)\n\nLink to your resume or LinkedIn: "
                       "linkedin.com/in/patlee\n\nPowered by Calendly.com"),
     yes(["Quarry Lane", "Quarrylane"], ["maya@quarrylane.com"]), "en", CAL_BLOG),
    (event("Interview Confirmation: Pat Lee – Data Engineer",
           organizer=org("scheduling@brackenhealth.com", "Bracken Health Scheduling"),
           guests=[guest("a.ivanova@brackenhealth.com", "Anya Ivanova"), guest("j.cole@brackenhealth.com", "Jon Cole")],
           description="<p>Hi Pat,</p><p>Thanks for taking the time to interview with Bracken Health. Your "
                       "schedule:</p><table><tr><td>11:00</td><td>Anya Ivanova, Data Platform Lead</td></tr>"
                       "<tr><td>11:45</td><td>Jon Cole, Analytics Engineer</td></tr></table>"),
     yes(["Bracken Health", "Bracken"], ["a.ivanova@brackenhealth.com", "j.cole@brackenhealth.com"]), "en", GH_CONF),
    (event("Technical interview – Pat Lee – Cloud Engineer",
           organizer=org("talent@northwindlogistics.com", "Northwind Logistics Talent"),
           guests=[guest("r.mensah@northwindlogistics.com", "Rita Mensah")],
           description="Interview type: Technical\nFormat: Video\nInterviewers: Rita Mensah"),
     yes(["Northwind Logistics", "Northwind"], ["talent@northwindlogistics.com", "r.mensah@northwindlogistics.com"]),
     "en", SNOW),
    (event("Interview arranged via Hays: Pat Lee with Keller Insurance",
           organizer=org("olivia.grant@hays.com", "Olivia Grant"),
           guests=[guest("olivia.grant@hays.com", "Olivia Grant"), guest("m.keller@kellerinsurance.com", "Mark Keller")]),
     yes(["Keller Insurance", "Keller"], ["m.keller@kellerinsurance.com", "olivia.grant@hays.com"]), "en", GH_CONF),
    (event("Final round: Pat Lee x Helix Bio (CEO conversation)",
           organizer=org("people@helixbio.com", "Helix Bio People Team"),
           guests=[guest("s.varga@helixbio.com", "Sofia Varga")]),
     yes(["Helix Bio", "Helixbio"], ["people@helixbio.com", "s.varga@helixbio.com"]), "en", GH_CONF),
    (event("Phone interview - Redwood Credit Union", organizer=SELF,
           description="They call me. Role: member services rep. Recruiter said ~30 min."),
     yes(["Redwood Credit Union", "Redwood"], []), "en", WASHOE),
    (event("Einladung zum Kennenlerngespräch – Sachbearbeiter Einkauf (m/w/d)",
           organizer=org("personal@brunnerwerke.de", "Brunner Werke Personal"),
           guests=[guest("k.schulz@brunnerwerke.de", "Katrin Schulz")],
           description="Sehr geehrte Frau Lee, vielen Dank für Ihre Bewerbung. Wir möchten Sie gern in einem "
                       "Gespräch über Microsoft Teams kennenlernen. Ihre Ansprechpartnerin: Katrin Schulz."),
     yes(["Brunner Werke", "Brunnerwerke"], ["personal@brunnerwerke.de", "k.schulz@brunnerwerke.de"]), "de", DE_HEYJOBS),
    (event("Auswahltag Traineeprogramm 2027 – Hanse Logistik",
           organizer=org("trainee@hanse-logistik.de", "Hanse Logistik Recruiting"),
           description="Wir laden Sie zu unserem Auswahltag mit Einzelgespräch und Fallstudie ein. Bitte "
                       "bestätigen Sie Ihre Teilnahme."),
     yes(["Hanse Logistik"], ["trainee@hanse-logistik.de"]), "de", DE_VG),
    (event("Entretien téléphonique – Chargé(e) de clientèle",
           organizer=org("anael.b@optimea.fr", "Anaël Bernard"),
           guests=[guest("anael.b@optimea.fr", "Anaël Bernard")],
           description="Bonjour Pat, comme convenu, un court entretien téléphonique pour discuter de votre "
                       "parcours et du poste. Anaël, chargée de recrutement chez Optimea."),
     yes(["Optimea"], ["anael.b@optimea.fr"]), "fr", FR_HW),
    (event("Convocation à un entretien d'embauche – Technicien SAV – Groupe Marchal",
           organizer=org("recrutement@groupe-marchal.fr", "Recrutement Groupe Marchal"),
           guests=[guest("s.leroy@groupe-marchal.fr", "Sophie Leroy")]),
     yes(["Groupe Marchal", "Marchal"], ["recrutement@groupe-marchal.fr", "s.leroy@groupe-marchal.fr"]),
     "fr", FR_NEXT),
    (event("Entrevista reprogramada – Ingeniero/a de Datos – Nexo Digital",
           organizer=org("talento@nexodigital.es", "Talento Nexo Digital"),
           guests=[guest("p.vidal@nexodigital.es", "Pablo Vidal")],
           description="Hola Pat: como hablamos, hemos reprogramado su entrevista para el puesto de "
                       "Ingeniero/a de Datos en Nexo Digital."),
     yes(["Nexo Digital"], ["talento@nexodigital.es", "p.vidal@nexodigital.es"]), "es", ES_NOSHOW),
    (event("Segunda entrevista – Analista Financiero",
           organizer=org("seleccion@costaazulinversiones.com", "Selección Costa Azul Inversiones"),
           guests=[guest("m.navarro@costaazulinversiones.com", "Marta Navarro")]),
     yes(["Costa Azul Inversiones", "Costaazulinversiones"],
         ["seleccion@costaazulinversiones.com", "m.navarro@costaazulinversiones.com"]), "es", ES_REQ),
    (event("Entrevista online – Assistente Administrativo – Construtora Horizonte",
           organizer=org("rh@construtorahorizonte.com.br", "RH Construtora Horizonte"),
           guests=[guest("j.lima@construtorahorizonte.com.br", "Juliana Lima")]),
     yes(["Construtora Horizonte", "Horizonte"],
         ["rh@construtorahorizonte.com.br", "j.lima@construtorahorizonte.com.br"]), "pt", PT_BR),
    (event("Pat Lee / Orbis Data – 2nd round",
           organizer=org("recruiting@orbisdata.io", "Orbis Data Recruiting"), guestsCanSeeOtherGuests=False),
     yes(["Orbis Data", "Orbisdata"], ["recruiting@orbisdata.io"]), "en", GH_CONF),
    # ------------------------------------------------------------------ look-alikes and ordinary events
    (event("Exit Interview – Pat Lee",
           organizer=org("hr@copperfieldmedia.com", "Copperfield Media HR"),
           guests=[guest("hr@copperfieldmedia.com", "Copperfield Media HR")],
           description="Thank you for your years with us. This confidential exit interview is a chance to share "
                       "feedback about your experience before your last day."),
     None, "en", EXIT),
    (event("Jahresgespräch 2026 – Pat Lee",
           organizer=org("j.brandt@ostseetech.de", "Jonas Brandt"),
           guests=[guest("j.brandt@ostseetech.de", "Jonas Brandt")],
           description="Hiermit lade ich Dich zum Mitarbeitergespräch ein: Rückblick, Ziele für die nächsten 6 "
                       "Monate, Entwicklungsziele."),
     None, "de", DE_MAG),
    (event("Convocation – entretien préalable",
           organizer=org("drh@atelierscorbin.fr", "DRH Ateliers Corbin"),
           guests=[guest("drh@atelierscorbin.fr", "DRH Ateliers Corbin")],
           description="Entretien préalable à une éventuelle mesure de licenciement. Vous pouvez vous faire "
                       "assister par une personne de votre choix appartenant au personnel."),
     None, "fr", FR_PREALABLE),
    (event("Entretien annuel d'évaluation", organizer=org("c.moreau@atelierscorbin.fr", "Camille Moreau"),
           guests=[guest("c.moreau@atelierscorbin.fr", "Camille Moreau")]),
     None, "fr", DE_JAHR),
    (event("Aufnahmegespräch Kita Sonnenblume", organizer=SELF, location="Kita Sonnenblume, Lindenstr. 4",
           description="Mit Mia. Impfpass und U-Heft mitbringen."),
     None, "de", MEDICAL),
    (event("Parent-teacher interview – Grade 3 (Ms. Barnes)",
           organizer=org("office@maplegroveps.ca", "Maple Grove Public School"),
           description="Your 10-minute interview with your child's teacher. Please arrive a few minutes early."),
     None, "en", LOOKALIKE),
    (event("Naturalization interview – USCIS", organizer=SELF, location="USCIS Field Office, 1 Federal Plaza",
           description="Bring green card, passport, interview notice. Civics test."),
     None, "en", LOOKALIKE),
    (event("Fingerprinting appointment – background check", organizer=SELF,
           location="IdentoGO, 500 Main St", description="Bring two forms of ID. Service code from the offer letter."),
     None, "en", LOOKALIKE),
    (event("Entrevista en Radio Local – programa de la mañana",
           organizer=org("produccion@radiolocal.es", "Producción Radio Local"),
           guests=[guest("produccion@radiolocal.es", "Producción Radio Local")],
           description="Entrevista en directo de 10 minutos sobre tu libro. Llama 5 minutos antes."),
     None, "es", LOOKALIKE),
    (event("Cita médica – revisión anual", organizer=org("citas@centromedicoalba.es", "Centro Médico Alba"),
           description="Le recordamos su cita. Acuda en ayunas."),
     None, "es", MEDICAL),
    (event("Sesión de mentoría – preparación de entrevistas",
           organizer=org("laura@mentorasdigitales.org", "Laura Gil"),
           guests=[guest("laura@mentorasdigitales.org", "Laura Gil")],
           description="Practicaremos preguntas típicas de entrevistas de trabajo y tu presentación."),
     None, "es", LOOKALIKE),
    (event("Interviewer training: structured interviews",
           organizer=org("talent-enablement@greyhawk.io", "Greyhawk Talent Enablement"),
           guests=[guest("talent-enablement@greyhawk.io", "Greyhawk Talent Enablement")],
           description="Required for all new interviewers: scorecards, bias, how to write feedback."),
     None, "en", GH_CONF),
    (event("Spring Engineering Career Expo", organizer=SELF, location="Convention Center Hall B",
           description="Bring 20 resumes. Booths: 140 employers."),
     None, "en", LOOKALIKE),
    (event("Lunch w/ Marco", organizer=SELF, location="Nopa, Divisadero St",
           guests=[guest("marco@tidalwave.vc", "Marco Bellini")]),
     None, "en", LOOKALIKE),
    (event("Apartment viewing – 12 Elm St #4", organizer=org("leasing@elmstreetliving.com", "Elm Street Living"),
           description="Meet the leasing agent in the lobby. Bring proof of income."),
     None, "en", LOOKALIKE),
    (event("Weekly 1:1", organizer=SELF), None, "en", LOOKALIKE),
    (event("Haircut", organizer=SELF), None, "en", LOOKALIKE),
]

EU = "2026-03-10T15:00:00+01:00"   # a Tuesday
US = "2026-06-10T14:00:00-04:00"   # a Wednesday
XMAS = "2026-12-17T11:00:00+00:00"  # a Thursday before Christmas
# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_BLIND2: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    ("If you have not been contacted within 30 days, you can assume you were not selected.", US,
     ("2026-07-10", "2026-07-10"), "US", "en", TN),
    ("We'll get back to you by the end of the month.", US, ("2026-06-30", "2026-06-30"), "US", "en", GH_CONF),
    ("Expect to hear from us early in the new year.", XMAS, ("2027-01-04", "2027-01-15"), "GB", "en", EXIT),
    ("Please complete the assessment within 48 hours of receiving this email.", US, None, "US", "en", HV_INV),
    ("Our team will be in touch within 3 business days to schedule next steps.", US,
     ("2026-06-15", "2026-06-15"), "US", "en", GH_CONF),
    ("I'll have an update for you after our hiring committee meets on Thursday.", US,
     ("2026-06-11", "2026-06-12"), "US", "en", WASHOE),
    ("Thank you for coming in today; it was great to meet you.", US, None, "US", "en", FIFE),
    ("Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von maximal 10 Tagen.", EU,
     ("2026-03-20", "2026-03-20"), "DE", "de", DE_FOCUS),
    ("Bitte bestätigen Sie uns den Termin bis Freitag.", EU, None, "DE", "de", DE_HEYJOBS),
    ("Unsere Entscheidung erhalten Sie Anfang April.", EU, ("2026-04-01", "2026-04-10"), "DE", "de", DE_FOCUS),
    ("Wir melden uns nach Ostern bei Ihnen.", EU, ("2026-04-07", "2026-04-10"), "DE", "de", DE_HEYJOBS),
    ("Für die Auswahl benötigen wir etwa drei Wochen.", EU, ("2026-03-31", "2026-03-31"), "DE", "de", DE_FOCUS),
    ("Nous reviendrons vers vous sous 15 jours.", EU, ("2026-03-25", "2026-03-25"), "FR", "fr", FR_LETTRE),
    ("Votre profil sera examiné avec attention et nous reviendrons vers vous sous deux semaines.", EU,
     ("2026-03-24", "2026-03-24"), "FR", "fr", FR_STATUS),
    ("Merci de nous faire parvenir vos disponibilités avant jeudi.", EU, None, "FR", "fr", FR_CANCEL),
    ("Nous vous tiendrons informé(e) de la suite début avril.", EU, ("2026-04-01", "2026-04-10"), "FR", "fr",
     FR_STATUS),
    ("Une réponse vous sera apportée au plus tard le 27 mars.", EU, ("2026-03-27", "2026-03-27"), "FR", "fr",
     FR_LETTRE),
    ("Le informaremos del resultado en el plazo de un mes.", EU, ("2026-04-10", "2026-04-10"), "ES", "es", ES_REQ),
    ("Nos pondremos en contacto con usted a lo largo de la semana que viene.", EU, ("2026-03-16", "2026-03-20"),
     "ES", "es", ES_NOSHOW),
    ("Por favor, traiga una copia impresa de su currículum.", EU, None, "ES", "es", ES_CONFIRM),
    ("Recibirá una respuesta antes de que acabe el mes.", EU, ("2026-03-30", "2026-03-31"), "ES", "es", ES_REQ),
    ("Esperamos tener noticias para usted dentro de 15 días.", EU, ("2026-03-25", "2026-03-25"), "ES", "es",
     ES_NOSHOW),
]
