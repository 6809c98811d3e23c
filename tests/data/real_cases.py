"""Labelled events and timeline cases rebuilt from real public material (issue #15).

Each case re-creates, as the real tool would put it on a Google Calendar (title, description,
organiser, guests, room mailboxes, hidden guest lists), wording documented on the public page
cited in its ``source``; names, companies and addresses are invented. Every case was labelled
before the detector or the timeline reader was run on it. ``batch`` is "tune" (used to fit the
weights and to find the general rules) or "blind" (never looked at while tuning; scored once
for the figures in the README); ``round`` says which blind round a tuning case first came from.
Round 1's blind batch (``BLIND1``, ``TL_BLIND1``) was scored once and is tuning data since
round 2; round 2's (``real_cases_b2.py``) likewise since round 3, and round 3's
(``real_cases_b3.py``, ``real_timeline_b3.py``) since round 4, and round 4's (``real_cases_b4.py``,
``real_timeline_b4.py``) since round 5, and round 5's (``real_cases_b5.py``,
``real_cases_b5_intl.py``, ``real_timeline_b5.py``) since round 6, and round 6's (``real_cases_b6.py``,
``real_cases_b6_intl.py``, ``real_timeline_b6.py``) since round 7, and round 7's (``real_cases_b7.py``,
``real_cases_b7_intl.py``, ``real_timeline_b7.py``) since round 8, and round 8's (``real_cases_b8.py``,
``real_cases_b8_intl.py``, ``real_timeline_b8.py``) since round 9, and round 9's (``real_cases_b9.py``,
``real_cases_b9_intl.py``, ``real_timeline_b9.py``) since round 10, and round 10's (``real_cases_b10.py``,
``real_cases_b10_intl.py``, ``real_timeline_b10.py``) since round 11, and round 11's (``real_cases_b11.py``,
``real_cases_b11_intl.py``, ``real_timeline_b11.py``) since round 12, and round 12's (``real_cases_b12.py``,
``real_cases_b12_intl.py``, ``real_timeline_b12.py``) since round 13, and round 13's (``real_cases_b13.py``,
``real_cases_b13_intl.py``, ``real_timeline_b13.py``) since round 14, and round 14's (``real_cases_b14.py``,
``real_cases_b14_intl.py``, ``real_timeline_b14.py``) since round 15, and round 15's (``real_cases_b15.py``,
``real_cases_b15_intl.py``, ``real_timeline_b15.py``) since round 16, and round 16's (``real_cases_b16.py``,
``real_cases_b16_intl.py``, ``real_timeline_b16.py``) since round 17, and round 17's (``real_cases_b17.py``,
``real_cases_b17_intl.py``, ``real_timeline_b17.py``) since round 18, and round 18's (``real_cases_b18.py``,
``real_cases_b18_intl.py``, ``real_timeline_b18.py``) since round 19, and round 19's (``real_cases_b19.py``,
``real_cases_b19_intl.py``, ``real_timeline_b19.py``) since round 20, and round 20's (``real_cases_b20.py``,
``real_cases_b20_intl.py``, ``real_timeline_b20.py``) since round 21, and round 21's (``real_cases_b21.py``,
``real_cases_b21_intl.py``, ``real_timeline_b21.py``) since round 22, and round 22's (``real_cases_b22.py``,
``real_cases_b22_intl.py``, ``real_timeline_b22.py``) since round 23, and round 23's (``real_cases_b23.py``,
``real_cases_b23_intl.py``, ``real_timeline_b23.py``) since round 24, and round 24's (``real_cases_b24.py``,
``real_cases_b24_intl.py``, ``real_timeline_b24.py``) since round 25; the current blind batch is
round 25's, in ``real_cases_b25.py`` (events) and ``real_timeline_b25.py`` (timeline texts). Run this file
to refresh ``real_detect.json`` and ``real_timeline.jsonl`` next to it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from detect_cases import ME, event, guest, org, yes
from real_cases_b2 import BLIND2, TL_BLIND2
from real_cases_b3 import BLIND3
from real_cases_b4 import BLIND4
from real_cases_b5 import BLIND5
from real_cases_b6 import BLIND6
from real_cases_b7 import BLIND7
from real_cases_b8 import BLIND8
from real_cases_b9 import BLIND9
from real_cases_b10 import BLIND10
from real_cases_b11 import BLIND11
from real_cases_b12 import BLIND12
from real_cases_b13 import BLIND13
from real_cases_b14 import BLIND14
from real_cases_b15 import BLIND15
from real_cases_b16 import BLIND16
from real_cases_b17 import BLIND17
from real_cases_b18 import BLIND18
from real_cases_b19 import BLIND19
from real_cases_b20 import BLIND20
from real_cases_b21 import BLIND21
from real_cases_b22 import BLIND22
from real_cases_b23 import BLIND23
from real_cases_b24 import BLIND24
from real_cases_b25 import BLIND25
from real_cases_t4d import TUNE4_DECIDE
from real_cases_t4x import TUNE4_EXTRACT
from real_cases_t5d import TUNE5_DECIDE
from real_cases_t5x import TUNE5_EXTRACT
from real_cases_t6d import TUNE6_DECIDE
from real_cases_t6x import TUNE6_CHECK, TUNE6_EXTRACT
from real_cases_t7d import TUNE7_CHECK_D
from real_cases_t7x import TUNE7_CHECK
from real_cases_t8d import TUNE8_CHECK_D
from real_cases_t8x import TUNE8_CHECK_X
from real_cases_t9d import TUNE9_CHECK_D
from real_cases_t9x import TUNE9_CHECK_X
from real_cases_t10d import TUNE10_CHECK_D
from real_cases_t10x import TUNE10_CHECK_X
from real_cases_t11d import TUNE11_CHECK_D
from real_cases_t11m import TUNE11_CHECK_ML
from real_cases_t11x import TUNE11_CHECK_X
from real_cases_t12d import TUNE12_CHECK_D
from real_cases_t12x import TUNE12_CHECK_X
from real_cases_t13d import TUNE13_CHECK_D
from real_cases_t13x import TUNE13_CHECK_X
from real_cases_t14d import TUNE14_CHECK_D
from real_cases_t14x import TUNE14_CHECK_X
from real_cases_t16p import TUNE16_CHECK_P
from real_cases_t16s import TUNE16_CHECK_S
from real_cases_t16v import TUNE16_CHECK_V
from real_cases_t16x import TUNE16_CHECK_X
from real_cases_t17a import TUNE17_CHECK_A
from real_cases_t17v import TUNE17_CHECK_V
from real_cases_t17x import TUNE17_CHECK_X
from real_cases_t18a import TUNE18_CHECK_A
from real_cases_t18v import TUNE18_CHECK_V
from real_cases_t18x import TUNE18_CHECK_X
from real_cases_t19a import TUNE19_CHECK_A
from real_cases_t19s import TUNE19_CHECK_S
from real_cases_t19x import TUNE19_CHECK_X
from real_cases_t20a import TUNE20_CHECK_A
from real_cases_t20s import TUNE20_CHECK_S
from real_cases_t20x import TUNE20_CHECK_X
from real_cases_t21a import TUNE21_CHECK_A
from real_cases_t21s import TUNE21_CHECK_S
from real_cases_t21x import TUNE21_CHECK_X
from real_cases_t22a import TUNE22_CHECK_A
from real_cases_t22s import TUNE22_CHECK_S
from real_cases_t22x import TUNE22_CHECK_X
from real_cases_t23a import TUNE23_CHECK_A
from real_cases_t23s import TUNE23_CHECK_S
from real_cases_t23x import TUNE23_CHECK_X
from real_cases_t24a import TUNE24_CHECK_A
from real_cases_t24s import TUNE24_CHECK_S
from real_cases_t24x import TUNE24_CHECK_X
from real_cases_t25a import TUNE25_CHECK_A
from real_cases_t25x import TUNE25_CHECK_X
from real_timeline_b3 import TL_BLIND3
from real_timeline_b4 import TL_BLIND4
from real_timeline_b5 import TL_BLIND5
from real_timeline_b6 import TL_BLIND6
from real_timeline_b7 import TL_BLIND7
from real_timeline_b8 import TL_BLIND8
from real_timeline_b9 import TL_BLIND9
from real_timeline_b10 import TL_BLIND10
from real_timeline_b11 import TL_BLIND11
from real_timeline_b12 import TL_BLIND12
from real_timeline_b13 import TL_BLIND13
from real_timeline_b14 import TL_BLIND14
from real_timeline_b15 import TL_BLIND15
from real_timeline_b16 import TL_BLIND16
from real_timeline_b17 import TL_BLIND17
from real_timeline_b18 import TL_BLIND18
from real_timeline_b19 import TL_BLIND19
from real_timeline_b20 import TL_BLIND20
from real_timeline_b21 import TL_BLIND21
from real_timeline_b22 import TL_BLIND22
from real_timeline_b23 import TL_BLIND23
from real_timeline_b24 import TL_BLIND24
from real_timeline_b25 import TL_BLIND25
from real_timeline_t4 import TL_TUNE4
from real_timeline_t6 import TL_TUNE6
from real_timeline_t7 import TL_TUNE7_CHECK
from real_timeline_t8 import TL_TUNE8_CHECK
from real_timeline_t9 import TL_TUNE9_CHECK
from real_timeline_t10 import TL_TUNE10_CHECK
from real_timeline_t11 import TL_TUNE11_CHECK
from real_timeline_t12 import TL_TUNE12_CHECK
from real_timeline_t12c import TL_TUNE12_CHECK_C
from real_timeline_t12l import TL_TUNE12_CHECK_L
from real_timeline_t13 import TL_TUNE13_CHECK
from real_timeline_t13z import TL_TUNE13_CHECK_Z
from real_timeline_t14 import TL_TUNE14_CHECK
from real_timeline_t14i import TL_TUNE14_CHECK_I
from real_timeline_t16e import TL_TUNE16_CHECK_E
from real_timeline_t16i import TL_TUNE16_CHECK_I
from real_timeline_t17e import TL_TUNE17_CHECK_E
from real_timeline_t17i import TL_TUNE17_CHECK_I
from real_timeline_t18e import TL_TUNE18_CHECK_E
from real_timeline_t18i import TL_TUNE18_CHECK_I
from real_timeline_t19e import TL_TUNE19_CHECK_E
from real_timeline_t19i import TL_TUNE19_CHECK_I
from real_timeline_t20e import TL_TUNE20_CHECK_E
from real_timeline_t20i import TL_TUNE20_CHECK_I
from real_timeline_t21e import TL_TUNE21_CHECK_E
from real_timeline_t21i import TL_TUNE21_CHECK_I
from real_timeline_t22e import TL_TUNE22_CHECK_E
from real_timeline_t22i import TL_TUNE22_CHECK_I
from real_timeline_t23e import TL_TUNE23_CHECK_E
from real_timeline_t23i import TL_TUNE23_CHECK_I
from real_timeline_t24e import TL_TUNE24_CHECK_E
from real_timeline_t24i import TL_TUNE24_CHECK_I
from real_timeline_t25e import TL_TUNE25_CHECK_E
from real_timeline_t25i import TL_TUNE25_CHECK_I

# Sources (pages found with the project's search tool; the wording is paraphrased, not copied).
GH = "https://support.greenhouse.io/hc/en-us/articles/360022120932-Send-Interview-Confirmation-Email-Google-Calendar-"
GH_KIT = "https://support.greenhouse.io/hc/en-us/articles/201913110-Scheduling-overview"
GT = "https://support.goodtime.io/hc/en-us/articles/1500008656502-GoodTime-Calendar-Overview"
GT_TPL = "https://support.goodtime.io/articles/5841628800-9-creating-templates-including-email-base-and-interview-templates"
CAL = "https://help.calendly.com/hc/en-us/articles/14078580813335-Calendly-invitee-notifications"
GAPPT = "https://support.google.com/calendar/answer/10729749?hl=en"
YCBM = "https://youcanbook.me/feature/googleevent/"
HV = "https://hvclassichelp.zendesk.com/hc/en-us/articles/43169182830228-Managing-Live-Video-Interviews"
HV_SELF = "https://hirevuesupport.zendesk.com/hc/en-us/articles/360049561652-Scheduling-Your-Interview"
DE_INV = "https://karrierebibel.de/einladung-zum-vorstellungsgespraech"
DE_INV2 = "https://www.personio.ch/hr-lexikon/einladung-zum-vorstellungsgespraech/"
DE_2ND = "https://karrierebibel.de/einladungsschreiben"
FR_INV = "https://payfit.com/fr/fiches-pratiques/convocation-entretien-embauche"
FR_CONF = "https://blog-recruteur.com/5-exemples-de-mails-pour-confirmer-une-date-dentretien-avec-un-candidat"
FR_PHONE = "https://www.helloworkplace.fr/message-convocation-entretien-embauche"
ES_INV = "https://manatal.com/es/hr-email-template/interview-cancellation-email-template"
ES_TPL = "https://support.personio.de/hc/es/articles/360000983217-C%C3%B3mo-crear-plantillas-de-correo-electr%C3%B3nico"
NL_INV = "https://www.jobbird.com/nl/nieuws/2069442/reageren-op-een-sollicitatiebrief-de-tips"
PT_INV = "https://escoladeconducaorainhasanta.pt/como-redigir-uma-mensagem-eficaz-para-convocar-para-entrevista-de-emprego"
PT_BR = "https://www.jpefconsultoria.com.br/artigos/10-modelos-de-email-para-marcar-entrevista-de-emprego"
VISA_UK = "https://uk.usembassy.gov/visas/employment/the-interview-3/"
VISA_AE = "https://ae.usembassy.gov/visas/nonimmigrant-visas/day-of-the-interview/"
PUBLIC = "http://www.cityoffife.org/?p=city_departments&a=civil_service&b=how_applications_are_processed"
NHS = "https://www.oxfordhealth.nhs.uk/careers/recruitment/shortlisting/"
MOCK = "https://www.therecruiterspot.com/post/ace-your-next-interview-with-mock-sessions"
PODCAST = "https://www.workmate.com/blog/scheduling-etiquette-playbook-for-assistants-best-practices"
MEDICAL = "https://ioneks.com/patient-appointment-reminder-message"
SALES = "https://brandscout.net/blog/calendar-invite-brand-qa-before-launch"
WEBINAR = "https://skillplanet.com/es/%C2%BFpor-que-skillplanet-/plantillas-de-correo-electronico-con-las-mejores-practicas-para-invitar-a-candidatos"
EVENTCAD = "https://support.eventcadence.com/en/articles/1404107-appointments-email-communications-overview"
AMBY = "https://www.amby.com/blog/email-templates"

SELF = {"email": ME, "self": True}
Case = tuple[dict[str, Any], dict[str, Any] | None, str, str]  # event, label, lang, source

TUNE: list[Case] = [
    (event("Interview with Northbeam - Data Analyst",
           organizer=org("maria.lopez@northbeam.io", "Maria Lopez"),
           guests=[guest("maria.lopez@northbeam.io", "Maria Lopez")],
           description="<p>Hi Pat,</p><p>Thank you for your interest in Northbeam! This confirms your "
                       "interview for the <b>Data Analyst</b> position.</p><p>10:00 AM - 10:45 AM "
                       "&nbsp;Maria Lopez, Analytics Manager</p><p>Join Zoom: https://zoom.us/j/93011</p>"),
     yes(["Northbeam"], ["maria.lopez@northbeam.io"]), "en", GH),
    (event("Tessellate Interview: Pat Lee - Virtual Onsite",
           organizer=org("c_7fa2e19@group.calendar.google.com", "Tessellate Candidate Calendar"),
           description="Hi Pat, here is your itinerary.\n\n1:00 PM - 1:45 PM  Coding - Arjun Mehta "
                       "(Senior Engineer)\n1:45 PM - 2:30 PM  System Design - Lena Fischer (Staff "
                       "Engineer)\n\nQuestions? Contact Rosa Diaz at "
                       "<a href=\"mailto:rosa.diaz@tessellate.com\">rosa.diaz@tessellate.com</a>"),
     yes(["Tessellate"], ["Arjun Mehta", "Lena Fischer", "rosa.diaz@tessellate.com"]), "en", GT),
    (event("Intro Call between Pat Lee and Jordan Blake",
           organizer=org("jordan@fernhollow.com", "Jordan Blake"),
           guests=[guest("jordan@fernhollow.com", "Jordan Blake")],
           description="Event Name: Intro Call\n\nPlease share anything that will help prepare for our "
                       "meeting.: I applied for the Product Designer role on the Fernhollow careers "
                       "page.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
                       "cancellations/AB12\n\nPowered by Calendly.com"),
     yes(["Fernhollow"], ["jordan@fernhollow.com"]), "en", CAL),
    (event("Intro Call between Pat Lee and Chris Park",
           organizer=org("chris.park@ledgerly.com", "Chris Park"),
           guests=[guest("chris.park@ledgerly.com", "Chris Park")],
           description="Event Name: Intro Call\n\nWhat would you like to discuss?: Pricing for a team of "
                       "12 and the QuickBooks integration\n\nPowered by Calendly.com"),
     None, "en", CAL),
    (event("Live Interview: Operations Associate - Brightline Logistics",
           organizer=org("noreply@hirevue.com", "HireVue"),
           guests=[guest("k.osei@brightlinelogistics.com", "Kwame Osei")],
           description="You have been invited to a live video interview with Brightline Logistics. "
                       "Join from this link at the scheduled time: https://app.hirevue.com/l/xyz"),
     yes(["Brightline Logistics", "Brightline"], ["k.osei@brightlinelogistics.com"]), "en", HV),
    (event("Interview - Financial Analyst (R-10482)",
           organizer=org("talent.acquisition@halvorsen.com", "Halvorsen Talent Acquisition"),
           guests=[guest("talent.acquisition@halvorsen.com", "Halvorsen Talent Acquisition"),
                   guest("e.novak@halvorsen.com", "Eva Novak")]),
     yes(["Halvorsen"], ["talent.acquisition@halvorsen.com", "e.novak@halvorsen.com"]), "en", GH),
    (event("Candidate Screening Call",
           organizer=org("RecruitingBookings@cobaltenergy.com", "Cobalt Energy Careers"),
           guests=[guest("a.wright@cobaltenergy.com", "Amelia Wright")],
           description="Your booking with Cobalt Energy Careers is confirmed.\nService: Candidate "
                       "Screening Call\nStaff: Amelia Wright\nJoin Microsoft Teams meeting"),
     yes(["Cobalt Energy", "Cobalt"], ["a.wright@cobaltenergy.com"]), "en", EVENTCAD),
    (event("Vorstellungsgespräch – Werkstudent Controlling (m/w/d)",
           organizer=org("bewerbung@lindqvist-gmbh.de", "Lindqvist GmbH Personalabteilung"),
           guests=[guest("j.hoffmann@lindqvist-gmbh.de", "Jana Hoffmann")],
           description="Sehr geehrte Frau Lee,\n\nwir bedanken uns für Ihre Bewerbung und laden Sie "
                       "herzlich zu einem persönlichen Gespräch ein. Ihre Gesprächspartnerin: Jana "
                       "Hoffmann (Leitung Controlling). Bitte bestätigen Sie den Termin."),
     yes(["Lindqvist", "Lindqvist GmbH"], ["bewerbung@lindqvist-gmbh.de", "j.hoffmann@lindqvist-gmbh.de"]),
     "de", DE_INV),
    (event("Zweitgespräch Pat Lee / Fahrwerk AG",
           organizer=org("m.becker@fahrwerk.de", "Martin Becker"),
           guests=[guest("m.becker@fahrwerk.de", "Martin Becker"), guest("s.yilmaz@fahrwerk.de", "Selin Yilmaz")]),
     yes(["Fahrwerk", "Fahrwerk AG"], ["m.becker@fahrwerk.de", "s.yilmaz@fahrwerk.de"]), "de", DE_2ND),
    (event("Tweede gesprek - functie Data Engineer",
           organizer=org("recruitment@vandijkbouw.nl", "Van Dijk Bouw Recruitment"),
           guests=[guest("p.dejong@vandijkbouw.nl", "Pieter de Jong")]),
     yes(["Van Dijk Bouw", "Vandijkbouw"], ["recruitment@vandijkbouw.nl", "p.dejong@vandijkbouw.nl"]),
     "nl", NL_INV),
    (event("Entretien d'embauche – Chargé de projet digital",
           organizer=org("recrutement@maisonlefevre.fr", "Maison Lefèvre Recrutement"),
           guests=[guest("c.martin@maisonlefevre.fr", "Claire Martin")],
           description="Bonjour,\n\nSuite à votre candidature au poste de Chargé de projet digital, nous "
                       "avons le plaisir de vous convier à un entretien avec Claire Martin, "
                       "responsable marketing. Merci de confirmer votre présence."),
     yes(["Maison Lefèvre", "Maison Lefevre", "Maisonlefevre"],
         ["recrutement@maisonlefevre.fr", "c.martin@maisonlefevre.fr"]), "fr", FR_INV),
    (event("Entrevista - Analista de Datos - Grupo Altamar",
           organizer=org("seleccion@grupoaltamar.es", "Selección Grupo Altamar"),
           guests=[guest("l.garcia@grupoaltamar.es", "Lucía García")]),
     yes(["Grupo Altamar"], ["seleccion@grupoaltamar.es", "l.garcia@grupoaltamar.es"]), "es", ES_TPL),
    (event("Entrevista de emprego – Analista Financeiro",
           organizer=org("rh@solaris-energia.com.br", "RH Solaris Energia"),
           guests=[guest("f.souza@solaris-energia.com.br", "Fernanda Souza")],
           description="Prezado(a) Pat,\n\nAgradecemos pelo seu interesse na vaga de Analista "
                       "Financeiro na Solaris Energia. Temos o prazer de convidá-lo(a) para uma "
                       "entrevista."),
     yes(["Solaris Energia", "Solaris"], ["rh@solaris-energia.com.br", "f.souza@solaris-energia.com.br"]),
     "pt", PT_INV),
    (event("Entrevista clínica - primera visita Dra. Ruiz",
           organizer=org("citas@clinicasanrafael.es", "Clínica San Rafael"),
           description="Le recordamos su cita con la Dra. Ruiz. Traiga su tarjeta sanitaria y la lista "
                       "de medicamentos que toma. Si no puede acudir, avísenos con 24 horas."),
     None, "es", MEDICAL),
    (event("Visa Interview - U.S. Embassy London", organizer=SELF,
           location="U.S. Embassy, 33 Nine Elms Lane, London",
           description="Bring passport, DS-160 confirmation page and the appointment confirmation letter."
                       " Not admitted more than 15 minutes before the appointment time."),
     None, "en", VISA_UK),
    (event("Webinar: How to Ace Your Technical Interview",
           organizer=org("events@careerlaunchpad.com", "CareerLaunchpad Events"),
           description="Thanks for registering! Join our live stream where two recruiters share what "
                       "they look for in interviews. Add to calendar, then join at https://youtube.com/live/x"),
     None, "en", WEBINAR),
    (event("Mock interview practice with Coach Dana",
           organizer=org("dana@brightpathcoaching.co", "Dana Wells"),
           guests=[guest("dana@brightpathcoaching.co", "Dana Wells")],
           description="Event Name: Mock Interview Session (60 min)\n\nWhat role are you preparing for?: "
                       "Product Manager interviews at fintechs\n\nPowered by Calendly.com"),
     None, "en", MOCK),
    (event("Podcast interview: Pat Lee on The Data Stack Hour",
           organizer=org("producer@datastackhour.fm", "Data Stack Hour Producer"),
           guests=[guest("host@datastackhour.fm", "Eric Dodds")],
           description="Recording session. Please use headphones; we record on Riverside."),
     None, "en", PODCAST),
    (event("Jamie Fox - Onsite - SRE",
           organizer=org("recruiting@wavefront-systems.io", "Wavefront Recruiting"),
           guests=[guest("jamie.fox.dev@gmail.com", "Jamie Fox"), guest("ops-lead@wavefront-systems.io")],
           description="Interview kit: https://app.greenhouse.io/guides/123/people/456 Please submit "
                       "your scorecard within 24 hours."),
     None, "en", GH_KIT),
    (event("Coffee with Sam", location="Blue Bottle Coffee, 66 Mint St, San Francisco",
           organizer=org("sam.ortiz@fieldlabs.io", "Sam Ortiz"),
           guests=[guest("sam.ortiz@fieldlabs.io", "Sam Ortiz")]),
     None, "en", SALES),
    (event("Acme CRM demo for Pat",
           organizer=org("ae@acmecrm.com", "Riley Chen, Account Executive"),
           guests=[guest("ae@acmecrm.com", "Riley Chen, Account Executive"),
                   guest("se@acmecrm.com", "Solutions Engineer")],
           description="Thanks for booking a product demo! We'll walk through pipeline reports."),
     None, "en", SALES),
    (event("Technical interview with Karat for Ridgeway Software",
           organizer=org("no-reply@karat.com", "Karat"),
           description="Your technical interview for Ridgeway Software is confirmed. Your Interview "
                       "Engineer will meet you at the link below."),
     yes(["Ridgeway Software", "Ridgeway"], []), "en", HV_SELF),
    (event("On-Campus Interview: Brightwell Consulting - Summer Analyst",
           organizer=org("no-reply@joinhandshake.com", "Handshake"),
           description="Your interview with Brightwell Consulting has been scheduled.\nLocation: Career "
                       "Center, Room 204\nInterviewer: Megan Cho"),
     yes(["Brightwell Consulting", "Brightwell"], ["Megan Cho"]), "en", HV_SELF),
    (event("Panel Interview – Planner II – City of Riverton",
           organizer=org("hr@rivertonwa.gov", "City of Riverton Human Resources"),
           guests=[guest("CityHall-ConfRmB@rivertonwa.gov", "City Hall Conference Room B"),
                   guest("d.price@rivertonwa.gov", "Dana Price")]),
     yes(["City of Riverton", "Riverton"], ["hr@rivertonwa.gov", "d.price@rivertonwa.gov"]), "en", NHS),
    (event("Interview - Senior Accountant [Pat Lee - Hartwell Recruitment]",
           organizer=org("g.ross@pemberton-foods.co.uk", "Gemma Ross"),
           guests=[guest("g.ross@pemberton-foods.co.uk", "Gemma Ross"),
                   guest("tom@hartwellrecruitment.co.uk", "Tom Hartwell")]),
     yes(["Pemberton Foods", "Pemberton"], ["g.ross@pemberton-foods.co.uk", "tom@hartwellrecruitment.co.uk"]),
     "en", GH),
    (event("Confidential search – initial conversation",
           organizer=org("rachel@northgate-exec.com", "Rachel Adams | Northgate Executive Search"),
           guests=[guest("rachel@northgate-exec.com", "Rachel Adams | Northgate Executive Search")],
           description="Looking forward to telling you more about the VP Finance role with our client."),
     yes(["Northgate Executive Search", "Northgate"], ["rachel@northgate-exec.com"]), "en", GT_TPL),
    (event("Pat Lee <> Finchley Labs — Hiring Manager Screen",
           organizer=org("recruiting@finchleylabs.com", "Finchley Labs Recruiting"),
           guests=[guest("omar@finchleylabs.com", "Omar Haddad")],
           description="Scheduled with Ashby. Join: https://meet.google.com/abc-defg-hij"),
     yes(["Finchley Labs", "Finchley"], ["recruiting@finchleylabs.com", "omar@finchleylabs.com"]), "en", GT_TPL),
    (event("Technical Interview (CoderPad) - Pat Lee",
           organizer=org("hiring@quillmetrics.com", "Quill Metrics Hiring"),
           guests=[guest("yuki.tanaka@quillmetrics.com", "Yuki Tanaka")],
           description="CoderPad link: https://app.coderpad.io/ABC123"),
     yes(["Quill Metrics", "Quillmetrics"], ["hiring@quillmetrics.com", "yuki.tanaka@quillmetrics.com"]),
     "en", GH),
    (event("Interview Invitation: Registered Nurse - ICU (Req 2024-1187)",
           organizer=org("careers@stlukesmedical.org", "St. Luke's Medical Center"),
           guests=[guest("nurse.recruiting@stlukesmedical.org", "Nurse Recruiting")]),
     yes(["St. Luke's Medical Center", "St. Luke's", "Stlukesmedical"],
         ["careers@stlukesmedical.org", "nurse.recruiting@stlukesmedical.org"]), "en", NHS),
    (event("Video Interview | Customer Success Manager | Tidewater",
           organizer=org("noreply@smartrecruiters.com", "SmartRecruiters"),
           guests=[guest("h.lund@tidewater.io", "Henrik Lund")]),
     yes(["Tidewater"], ["h.lund@tidewater.io"]), "en", HV),
    (event("Recruiter chat (Pat Lee)",
           organizer=org("ines.carvalho@marlowdigital.com", "Inês Carvalho"),
           guests=[guest("ines.carvalho@marlowdigital.com", "Inês Carvalho")],
           description="Booked by\nPat Lee\npat.lee@gmail.com\n\nRole you're applying for\nBackend Engineer"),
     yes(["Marlow Digital", "Marlow"], ["ines.carvalho@marlowdigital.com"]), "en", GAPPT),
    (event("Tutoring session (Pat Lee)",
           organizer=org("mike@quanttutors.net", "Mike Alvarez"),
           guests=[guest("mike@quanttutors.net", "Mike Alvarez")],
           description="Booked by\nPat Lee\npat.lee@gmail.com\n\nWhat do you want to work on?\n"
                       "Interview preparation for quant trading roles"),
     None, "en", GAPPT),
    (event("Video interview with Pat for our Women in Data series",
           organizer=org("content@brightmedia.co", "Bright Media Content Team"),
           guests=[guest("content@brightmedia.co", "Bright Media Content Team")],
           description="We'll film a 20-minute conversation about your career for our blog and LinkedIn."),
     None, "en", PODCAST),
    (event("Intake interview – Dr. Alvarez",
           organizer=org("appointments@riversidehealthclinic.com", "Riverside Health Clinic"),
           description="Please arrive 15 minutes early and bring your insurance card and a list of "
                       "medications."),
     None, "en", MEDICAL),
    (event("Live Q&A: Inside our hiring process",
           organizer=org("talent-brand@corvidtech.com", "Corvid Talent Brand"),
           description="Join our recruiters live on YouTube to learn how interviews work at Corvid. "
                       "Submit questions in the chat."),
     None, "en", WEBINAR),
    (event("Team standup", organizer=SELF), None, "en", SALES),
    (event("Dentist appointment", organizer=SELF, location="Smile Dental, 4th Ave"), None, "en", MEDICAL),
    (event("Yoga class", organizer=SELF), None, "en", SALES),
    (event("Dinner with Jo", organizer=SELF), None, "en", SALES),
    (event("Entretien téléphonique - Assistant(e) RH",
           organizer=org("talents@groupe-verdier.fr", "Groupe Verdier Talents"),
           guests=[guest("m.dupont@groupe-verdier.fr", "Marc Dupont")],
           description="Échange téléphonique de 30 minutes pour faire connaissance et parler du poste."),
     yes(["Groupe Verdier", "Verdier"], ["talents@groupe-verdier.fr", "m.dupont@groupe-verdier.fr"]),
     "fr", FR_PHONE),
    (event("Entrevista por videollamada – Ejecutivo/a de Cuentas",
           organizer=org("talento@bancoribera.es", "Talento Banco Ribera"),
           guests=[guest("j.ortega@bancoribera.es", "Javier Ortega")],
           description="Estimado/a Pat: Gracias por su solicitud para el puesto de Ejecutivo/a de "
                       "Cuentas. Le confirmamos su entrevista por videollamada."),
     yes(["Banco Ribera"], ["talento@bancoribera.es", "j.ortega@bancoribera.es"]), "es", ES_INV),
    (event("Kennenlerngespräch Pat Lee – Junior Data Scientist",
           organizer=org("recruiting@kornfeld-analytics.de", "Kornfeld Analytics Recruiting"),
           guests=[guest("l.krause@kornfeld-analytics.de", "Lukas Krause")]),
     yes(["Kornfeld Analytics", "Kornfeld"], ["recruiting@kornfeld-analytics.de", "l.krause@kornfeld-analytics.de"]),
     "de", DE_INV2),
    (event("Vorsprache Ausländerbehörde – Gespräch zur Aufenthaltserlaubnis", organizer=SELF,
           location="Ausländerbehörde, Raum 2.14",
           description="Mitbringen: Reisepass, Arbeitsvertrag, Mietvertrag, biometrisches Foto."),
     None, "de", VISA_AE),
]

# Round 1's blind batch: scored once (docs/detection.md), tuning data since round 2.
BLIND1: list[Case] = [
    (event("Onsite Interview - Pat Lee - Product Analyst",
           organizer=org("coordinator@juniperhealth.com", "Juniper Health Recruiting"),
           guests=[guest("r.singh@juniperhealth.com", "Ravi Singh"), guest("m.olsen@juniperhealth.com", "Mette Olsen"),
                   guest("Conf-5A@juniperhealth.com", "Conference Room 5A (8)")]),
     yes(["Juniper Health", "Juniper"], ["coordinator@juniperhealth.com", "r.singh@juniperhealth.com",
                                         "m.olsen@juniperhealth.com"]), "en", GH),
    (event("Pat Lee and Hannah Moss",
           organizer=org("hannah@oakridgepartners.com", "Hannah Moss"),
           guests=[guest("hannah@oakridgepartners.com", "Hannah Moss")],
           description="Event Name: 30 Minute Meeting\n\nWhich position are you interested in?: Associate, "
                       "Corporate Finance\n\nPowered by Calendly.com"),
     yes(["Oakridge Partners", "Oakridge"], ["hannah@oakridgepartners.com"]), "en", CAL),
    (event("Pat Lee and Hannah Moss",
           organizer=org("hannah@mossinteriors.com", "Hannah Moss"),
           guests=[guest("hannah@mossinteriors.com", "Hannah Moss")],
           description="Event Name: 30 Minute Meeting\n\nWhat would you like to discuss?: The quote for our "
                       "kitchen renovation\n\nPowered by Calendly.com"),
     None, "en", CAL),
    (event("Einladung zum Vorstellungsgespräch: Projektingenieur (m/w/d)",
           organizer=org("karriere@stahlwerk-nord.de", "Stahlwerk Nord Karriere"),
           guests=[guest("t.wagner@stahlwerk-nord.de", "Thomas Wagner")]),
     yes(["Stahlwerk Nord"], ["karriere@stahlwerk-nord.de", "t.wagner@stahlwerk-nord.de"]), "de", DE_INV),
    (event("2e entretien – Responsable logistique – Transports Girard",
           organizer=org("rh@transports-girard.fr", "RH Transports Girard"),
           guests=[guest("p.girard@transports-girard.fr", "Paul Girard")]),
     yes(["Transports Girard"], ["rh@transports-girard.fr", "p.girard@transports-girard.fr"]), "fr", FR_CONF),
    (event("Entretien téléphonique avec Léa (Dumont Conseil)",
           organizer=org("lea.roux@dumont-conseil.fr", "Léa Roux"),
           guests=[guest("lea.roux@dumont-conseil.fr", "Léa Roux")],
           description="Échange téléphonique de préqualification pour le poste d'assistant(e) comptable "
                       "chez notre client."),
     yes(["Dumont Conseil"], ["lea.roux@dumont-conseil.fr"]), "fr", FR_PHONE),
    (event("Entrevista de trabajo - Técnico de Mantenimiento",
           organizer=org("rrhh@metalurgicasur.es", "RRHH Metalúrgica Sur"),
           guests=[guest("a.moreno@metalurgicasur.es", "Andrés Moreno")]),
     yes(["Metalúrgica Sur", "Metalurgica Sur", "Metalurgicasur"],
         ["rrhh@metalurgicasur.es", "a.moreno@metalurgicasur.es"]), "es", ES_INV),
    (event("Entrevista consular - visado de estudiante", organizer=SELF,
           location="Consulado General de España, Boston",
           description="Llevar pasaporte, carta de admisión y justificante de medios económicos."),
     None, "es", VISA_AE),
    (event("Sollicitatiegesprek Pat Lee - Accountmanager",
           organizer=org("hr@groenveld.nl", "Groenveld HR"),
           guests=[guest("e.bakker@groenveld.nl", "Eva Bakker")]),
     yes(["Groenveld"], ["hr@groenveld.nl", "e.bakker@groenveld.nl"]), "nl", NL_INV),
    (event("Entrevista - Desenvolvedor Backend - Tropa Tech",
           organizer=org("talentos@tropatech.com.br", "Talentos Tropa Tech"),
           guests=[guest("talentos@tropatech.com.br", "Talentos Tropa Tech")]),
     yes(["Tropa Tech", "Tropatech"], ["talentos@tropatech.com.br"]), "pt", PT_BR),
    (event("Candidate Screening - Career Fair follow-up",
           organizer=org("TalentBookings@harborbank.com", "Harbor Bank Talent Bookings"),
           guests=[guest("l.nguyen@harborbank.com", "Linh Nguyen")],
           description="Your booking is confirmed. Service: Candidate Screening. Staff: Linh Nguyen"),
     yes(["Harbor Bank", "Harborbank"], ["l.nguyen@harborbank.com"]), "en", EVENTCAD),
    (event("Interview: Library Assistant (Job #24-118) – County of Alder",
           organizer=org("jobs@alder.gov", "County of Alder Human Resources"),
           guests=[guest("k.ito@alder.gov", "Kenji Ito"),
                   guest("LibraryAdmin-Room@alder.gov", "Library Admin Conference Room")]),
     yes(["County of Alder", "Alder County", "Alder"], ["jobs@alder.gov", "k.ito@alder.gov"]), "en", PUBLIC),
    (event("Webinar: Interviewing at Big Tech – tips from recruiters",
           organizer=org("webinars@levelupcareers.com", "LevelUp Careers"),
           description="You're registered! The session will be streamed live; a replay follows."),
     None, "en", WEBINAR),
    (event("Interview with Pat Lee – Founders Unfiltered podcast recording",
           organizer=org("booking@foundersunfiltered.com", "Founders Unfiltered"),
           description="Thanks for agreeing to be a guest. We record video and audio; about 45 minutes."),
     None, "en", PODCAST),
    (event("Mock Technical Interview – peer practice session",
           organizer=org("no-reply@practiceloop.io", "PracticeLoop"),
           description="You've been matched with a peer for a practice interview. You'll each take a turn "
                       "as interviewer."),
     None, "en", MOCK),
    (event("Interview with Alex Chen (candidate) – Data Scientist", organizer=SELF,
           guests=[guest("alex.chen.ds@gmail.com", "Alex Chen")]),
     None, "en", GH_KIT),
    (event("Product demo: Fieldwise for Pat",
           organizer=org("sam@fieldwise.io", "Sam Ortiz, Account Executive"),
           guests=[guest("sam@fieldwise.io", "Sam Ortiz, Account Executive")]),
     None, "en", SALES),
    (event("Coffee ☕ Pat + Noor", location="Ritual Coffee Roasters, Valencia St",
           organizer=SELF, guests=[guest("noor@lumenai.com", "Noor Aziz")]),
     None, "en", SALES),
    (event("Pat Lee - 1st Interview - Office Manager (via Brook Street Talent)",
           organizer=org("hiring@calderlaw.co.uk", "Calder Law Hiring"),
           guests=[guest("a.khan@calderlaw.co.uk", "Aisha Khan"), guest("jess@brookstreettalent.co.uk", "Jess Moore")]),
     yes(["Calder Law", "Calderlaw"], ["hiring@calderlaw.co.uk", "a.khan@calderlaw.co.uk",
                                       "jess@brookstreettalent.co.uk"]), "en", GH),
    (event("Interview for Supply Chain Planner - JR-5521",
           organizer=org("workday@northlakefoods.com", "Northlake Foods Workday"),
           guests=[guest("p.evans@northlakefoods.com", "Priya Evans")],
           description="<p>Dear Pat,</p><p>We are pleased to invite you to interview for the "
                       "<b>Supply Chain Planner</b> position at Northlake Foods.</p>"),
     yes(["Northlake Foods", "Northlake"], ["p.evans@northlakefoods.com"]), "en", GH),
    (event("Candidate Screening Call - Pat Lee",
           organizer=org("ana@vireo.health", "Ana Ruiz"),
           guests=[guest("ana@vireo.health", "Ana Ruiz")]),
     yes(["Vireo Health", "Vireo"], ["ana@vireo.health"]), "en", GT_TPL),
    (event("Follow-up appointment – physiotherapy", organizer=org("frontdesk@corephysio.com", "Core Physio"),
           description="Reminder: your appointment with Jamie at Core Physio. Reply C to confirm."),
     None, "en", MEDICAL),
    (event("Gym", organizer=SELF), None, "en", SALES),
    (event("Weekly planning", organizer=SELF), None, "en", SALES),
    (event("Tweede gesprek Pat Lee – Marketing Coördinator",
           organizer=org("werving@havenstad.nl", "Werving Havenstad"),
           guests=[guest("r.visser@havenstad.nl", "Ruben Visser")]),
     yes(["Havenstad"], ["werving@havenstad.nl", "r.visser@havenstad.nl"]), "nl", NL_INV),
    (event("Entrevista final – Gerente de Operaciones",
           organizer=org("seleccion@logisticaandina.com", "Selección Logística Andina"),
           guests=[guest("c.rojas@logisticaandina.com", "Carolina Rojas")],
           description="Nos pondremos en contacto con usted para confirmar los detalles."),
     yes(["Logística Andina", "Logistica Andina", "Logisticaandina"],
         ["seleccion@logisticaandina.com", "c.rojas@logisticaandina.com"]), "es", ES_TPL),
]

# ------------------------------------------------------------------------------ timelines
TL_FOLLOW = "https://climbtheladder.com/should-i-reach-out-to-a-recruiter-after-an-interview"
TL_FR = ("https://fr.indeed.com/conseils-carrieres/entretiens/"
         "apres-un-entretien-dembauche-combien-de-temps-pour-une-reponse-positive")
TL_DE = "https://bewerbung.net/rueckmeldung-nach-vorstellungsgespraech"
TL_DE2 = "https://www.jobware.de/Ratgeber/Was-passiert-nach-dem-Vorstellungsgespraech.html"
TL_ES = "https://www.ionos.es/startupguide/productividad/seguimiento-despues-de-una-entrevista-de-trabajo/"
TL_UNI = "https://universitysurvival.com/student-topics/knowing-what-to-do-when-you-dont-hear-from-a-company"
# Round 3 (issue #15): hedges, process durations, a stage pointed back at, the rentrée, closing dates
TL_CIGNA = "https://jobs.cigna.com/us/en/faqs"
TL_ES_PROC = "https://internouchile.trabajando.cl/news/detail/1548873257"
TL_FR_VAGUE = ("https://www.cadremploi.fr/editorial/conseils/conseils-candidature/detail/article/"
               "quand-reprendre-contact-apres-un-entretien-dembauche.html")
TL_FR_DIZAINE = ("https://www.letudiant.fr/jobsstages/nos-conseils/"
                 "combien-de-temps-avant-de-recevoir-une-reponse-a-une-candidature.html")
TL_FR_RENTREE = "http://groupe-entrepreneurs.com/post/candidature-estivale"
TL_DE_SPAETESTENS = "https://www.sz-jobs.de/themen/arbeitgeber-tipps/absagen-nach-vorstellungsgespraech/"
TL_DE_SCHLUSS = "http://www.freie-journalistenschule.de/teilnahme/zulassung/"

EU = "2026-03-10T15:00:00+01:00"   # a Tuesday
US = "2026-06-10T14:00:00-04:00"   # a Wednesday
THX = "2026-11-24T16:00:00-05:00"  # the Tuesday before Thanksgiving
XMAS = "2026-12-17T11:00:00+00:00"  # a Thursday before Christmas
SUMMER = "2026-07-15T11:00:00+02:00"  # a Wednesday in July
# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    ("We have received your application and will aim to get back to you with an update in 2-4 weeks.",
     US, ("2026-07-08", "2026-07-08"), "US", "en", AMBY),
    ("Applicants selected for interview will normally be notified within two weeks following the "
     "closing date of March 14.", EU, ("2026-03-28", "2026-03-28"), "US", "en", PUBLIC),
    ("If you have not heard from us within four weeks of the closing date (20 March), please assume "
     "that you have not been successful on this occasion.", EU, ("2026-04-17", "2026-04-17"), "GB", "en", PUBLIC),
    ("Thanks again for your time today. We'll be in touch the week after Thanksgiving.",
     THX, ("2026-11-30", "2026-12-04"), "US", "en", TL_FOLLOW),
    ("Our offices are closed until January 5 for the holidays; we'll be in touch the week we're back.",
     XMAS, ("2027-01-05", "2027-01-08"), "GB", "en", TL_FOLLOW),
    ("The hiring manager said she'd be making up her mind by Monday.", US,
     ("2026-06-15", "2026-06-15"), "US", "en", TL_UNI),
    ("We're still meeting candidates, so it may take another couple of weeks or so.", US,
     ("2026-06-24", "2026-06-26"), "US", "en", TL_UNI),
    ("Offers may go out in January once budgets are signed off.", XMAS,
     ("2027-01-01", "2027-01-31"), "GB", "en", TL_FOLLOW),
    ("Please confirm your slot by tomorrow using the link below.", US, None, "US", "en", GH),
    ("Please send the names of two references by Friday.", US, None, "US", "en", GH),
    ("Parking is available in the visitor lot; please arrive 10 minutes early.", US, None, "US", "en", GH),
    ("The hiring manager will review all interview feedback and we'll let you know by the end of next "
     "week.", US, ("2026-06-19", "2026-06-19"), "US", "en", TL_FOLLOW),
    ("You should hear back from us within 5 business days.", THX,
     ("2026-12-02", "2026-12-03"), "US", "en", AMBY),
    ("We will make our decision the week of the 22nd.", US, ("2026-06-22", "2026-06-26"), "US", "en",
     TL_FOLLOW),
    ("We have a few more candidates to meet before we move forward.", US, None, "US", "en", TL_UNI),
    ("Nous reviendrons vers vous sous une semaine.", EU, ("2026-03-17", "2026-03-17"), "FR", "fr", TL_FR),
    ("Je vous donne une réponse demain sans faute.", EU, ("2026-03-11", "2026-03-11"), "FR", "fr", TL_FR),
    ("Nous vous recontacterons dans quelques jours.", EU, ("2026-03-12", "2026-03-17"), "FR", "fr", TL_FR),
    ("Vous recevrez une réponse d'ici deux à trois semaines.", EU, ("2026-03-31", "2026-03-31"), "FR", "fr",
     TL_FR),
    ("Merci de nous confirmer votre présence avant vendredi.", EU, None, "FR", "fr", FR_CONF),
    ("Wir melden uns innerhalb von zwei Wochen bei Ihnen.", EU, ("2026-03-24", "2026-03-24"), "DE", "de", TL_DE),
    ("Bitte rechnen Sie mit etwa vier Wochen für die Bearbeitung.", EU, ("2026-04-07", "2026-04-07"), "DE",
     "de", TL_DE2),
    ("Sie erhalten bis Ende nächster Woche eine Rückmeldung von uns.", EU, ("2026-03-20", "2026-03-20"),
     "DE", "de", TL_DE),
    ("Bitte bringen Sie Ihre Zeugnisse und einen Lichtbildausweis mit.", EU, None, "DE", "de", DE_INV),
    ("Eine Entscheidung treffen wir voraussichtlich in der KW 13.", EU, ("2026-03-23", "2026-03-27"), "DE",
     "de", TL_DE2),
    ("Nos pondremos en contacto con usted en un plazo de diez días hábiles.", EU,
     ("2026-03-24", "2026-03-25"), "ES", "es", TL_ES),
    ("Le daremos una respuesta la próxima semana.", EU, ("2026-03-16", "2026-03-20"), "ES", "es", TL_ES),
    ("Tendrá noticias nuestras en un par de semanas.", EU, ("2026-03-24", "2026-03-24"), "ES", "es", TL_ES),
    ("Por favor, confirme su asistencia antes del jueves.", EU, None, "ES", "es", ES_INV),
    # round 3: the wording of the pages cited, labelled before the reader saw it
    ("Please allow our recruiters 1-3 weeks to follow up regarding the status of your application.",
     US, ("2026-07-01", "2026-07-01"), "US", "en", TL_CIGNA),
    ("Our hiring team has received your application and is reviewing your materials. This stage can "
     "take anywhere from 1-3 weeks.", US, ("2026-07-01", "2026-07-01"), "US", "en", TL_CIGNA),
    ("Los procesos de selección tienen una duración promedio de 45 días, durante los cuales le "
     "informaremos de su estado de avance.", EU, ("2026-04-24", "2026-04-24"), "ES", "es", TL_ES_PROC),
    ("Nous reviendrons vers vous dans les meilleurs délais.", EU, None, "FR", "fr", TL_FR_VAGUE),
    ("Nous vous recontacterons d'ici une dizaine de jours.", EU, ("2026-03-20", "2026-03-20"), "FR", "fr",
     TL_FR_DIZAINE),
    ("Compte tenu des congés d'été, nous reviendrons vers vous à la rentrée.", SUMMER,
     ("2026-09-01", "2026-09-15"), "FR", "fr", TL_FR_RENTREE),
    ("La prise de poste se fera à la rentrée en septembre.", SUMMER, None, "FR", "fr", TL_FR_RENTREE),
    ("Sie erhalten unsere Rückmeldung spätestens innerhalb von zwei Wochen.", EU,
     ("2026-03-24", "2026-03-24"), "DE", "de", TL_DE_SPAETESTENS),
    ("Alle Bewerber erhalten etwa eine Woche nach dem Bewerbungsschluss am 13. März einen Bescheid über "
     "den Ausgang des Auswahlverfahrens.", EU, ("2026-03-20", "2026-03-20"), "DE", "de", TL_DE_SCHLUSS),
    ("Bitte bestätigen Sie uns den Termin kurz per E-Mail bis zum 12. März.", EU, None, "DE", "de",
     DE_INV2),
]
# Round 1's blind timelines: scored once, tuning data since round 2.
TL_BLIND1: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    ("Shortlisted candidates will be notified within 10 working days of the closing date, 27 February.",
     EU, ("2026-03-13", "2026-03-13"), "GB", "en", PUBLIC),
    ("We hope to have a decision before Christmas.", XMAS, ("2026-12-23", "2026-12-25"), "GB", "en", TL_FOLLOW),
    ("Thanks for your patience - I'll circle back early next week.", US, ("2026-06-15", "2026-06-17"), "US",
     "en", TL_UNI),
    ("Please upload your ID documents by Thursday so we can book your onsite.", US, None, "US", "en", GH),
    ("Feedback usually takes 3-5 working days after the final interview.", XMAS,
     ("2026-12-24", "2026-12-24"), "GB", "en", AMBY),
    ("Nous vous ferons un retour d'ici la fin de la semaine prochaine.", EU, ("2026-03-20", "2026-03-20"),
     "FR", "fr", TL_FR),
    ("Vous aurez de nos nouvelles dans les dix jours.", EU, ("2026-03-20", "2026-03-20"), "FR", "fr", TL_FR),
    ("Le processus se poursuit ; merci d'envoyer vos disponibilités d'ici demain.", EU, None, "FR", "fr",
     FR_CONF),
    ("Sie hören spätestens Freitag von uns.", EU, ("2026-03-13", "2026-03-13"), "DE", "de", TL_DE),
    ("Wir geben Ihnen in den nächsten Tagen Bescheid.", EU, ("2026-03-12", "2026-03-17"), "DE", "de", TL_DE2),
    ("Die Rückmeldung erfolgt zwei Wochen nach Ende der Bewerbungsfrist am 20. März.", EU,
     ("2026-04-03", "2026-04-03"), "DE", "de", TL_DE2),
    ("Le contactaremos antes del viernes 20 de marzo.", EU, ("2026-03-19", "2026-03-20"), "ES", "es", TL_ES),
    ("Esperamos tomar una decisión dentro de las próximas dos semanas.", EU, ("2026-03-24", "2026-03-24"),
     "ES", "es", TL_ES),
    ("Recuerde traer su DNI y llegar 10 minutos antes.", EU, None, "ES", "es", ES_INV),
    ("We'll be closed from December 24 to January 1 and will reach out in the first week of January.",
     XMAS, ("2027-01-04", "2027-01-08"), "GB", "en", TL_FOLLOW),
    ("We'll let you know within two weeks after the application window closes on June 30.", US,
     ("2026-07-14", "2026-07-14"), "US", "en", PUBLIC),
]


def timeline_lines() -> list[str]:
    out = []
    for batch, rnd, cases in (("tune", "tune", TL_TUNE), ("tune", "blind-1", TL_BLIND1),
                              ("tune", "blind-2", TL_BLIND2),
                              ("tune", "blind-3", TL_BLIND3), ("tune", "tune-4", TL_TUNE4),
                              ("tune", "blind-4", TL_BLIND4), ("tune", "blind-5", TL_BLIND5),
                              ("tune", "tune-6", TL_TUNE6), ("tune", "blind-6", TL_BLIND6),
                              ("tune", "tune-7-check", TL_TUNE7_CHECK),
                              ("tune", "blind-7", TL_BLIND7),
                              ("tune", "tune-8-check", TL_TUNE8_CHECK),
                              ("tune", "blind-8", TL_BLIND8),
                              ("tune", "tune-9-check", TL_TUNE9_CHECK),
                              ("tune", "blind-9", TL_BLIND9),
                              ("tune", "tune-10-check", TL_TUNE10_CHECK),
                              ("tune", "blind-10", TL_BLIND10),
                              ("tune", "tune-11-check", TL_TUNE11_CHECK),
                              ("tune", "blind-11", TL_BLIND11),
                              ("tune", "tune-12-check", TL_TUNE12_CHECK),
                              ("tune", "tune-12-check-l", TL_TUNE12_CHECK_L),
                              ("tune", "tune-12-check-c", TL_TUNE12_CHECK_C),
                              ("tune", "blind-12", TL_BLIND12),
                              ("tune", "tune-13-check", TL_TUNE13_CHECK),
                              ("tune", "tune-13-check-z", TL_TUNE13_CHECK_Z),
                              ("tune", "blind-13", TL_BLIND13),
                              ("tune", "tune-14-check", TL_TUNE14_CHECK),
                              # round 14's non-English check set, labelled before its rules
                              ("tune", "tune-14-check-i", TL_TUNE14_CHECK_I),
                              ("tune", "blind-14", TL_BLIND14),
                              ("tune", "blind-15", TL_BLIND15),
                              # round 16's English check set, labelled before its rules
                              ("tune", "tune-16-check-e", TL_TUNE16_CHECK_E),
                              # round 16's non-English check set, labelled before its rules
                              ("tune", "tune-16-check-i", TL_TUNE16_CHECK_I),
                              ("tune", "blind-16", TL_BLIND16),
                              # round 17's English check set, labelled before its rules
                              ("tune", "tune-17-check-e", TL_TUNE17_CHECK_E),
                              # round 17's non-English check set, labelled before its rules
                              ("tune", "tune-17-check-i", TL_TUNE17_CHECK_I),
                              ("tune", "blind-17", TL_BLIND17),
                              # round 18's non-English check set, labelled before its rules
                              ("tune", "tune-18-check-i", TL_TUNE18_CHECK_I),
                              # round 18's English check set, labelled before its rules
                              ("tune", "tune-18-check-e", TL_TUNE18_CHECK_E),
                              ("tune", "blind-18", TL_BLIND18),
                              # round 19's English check set, labelled before its rules
                              ("tune", "tune-19-check-e", TL_TUNE19_CHECK_E),
                              # round 19's non-English check set, labelled before its rules
                              ("tune", "tune-19-check-i", TL_TUNE19_CHECK_I),
                              ("tune", "blind-19", TL_BLIND19),
                              # round 20's English check set, labelled before its rules
                              ("tune", "tune-20-check-e", TL_TUNE20_CHECK_E),
                              # round 20's non-English check set, labelled before its rules
                              ("tune", "tune-20-check-i", TL_TUNE20_CHECK_I),
                              ("tune", "blind-20", TL_BLIND20),
                              # round 21's English check set, labelled before its rules
                              ("tune", "tune-21-check-e", TL_TUNE21_CHECK_E),
                              # round 21's non-English check set, labelled before its rules
                              ("tune", "tune-21-check-i", TL_TUNE21_CHECK_I),
                              ("tune", "blind-21", TL_BLIND21),
                              # round 22's English check set, labelled before its rules
                              ("tune", "tune-22-check-e", TL_TUNE22_CHECK_E),
                              # round 22's non-English check set, labelled before its rules
                              ("tune", "tune-22-check-i", TL_TUNE22_CHECK_I),
                              # round 23's English check set, labelled before its rules
                              ("tune", "tune-23-check-e", TL_TUNE23_CHECK_E),
                              # round 23's non-English check set, labelled before its rules
                              ("tune", "tune-23-check-i", TL_TUNE23_CHECK_I),
                              # round 24's English check set, labelled before its rules
                              ("tune", "tune-24-check-e", TL_TUNE24_CHECK_E),
                              # round 24's non-English check set, labelled before its rules
                              ("tune", "tune-24-check-i", TL_TUNE24_CHECK_I),
                              # round 25's English check set, labelled before its rules
                              ("tune", "tune-25-check-e", TL_TUNE25_CHECK_E),
                              # round 25's non-English check set, labelled before its rules
                              ("tune", "tune-25-check-i", TL_TUNE25_CHECK_I),
                              ("tune", "blind-22", TL_BLIND22),
                              ("tune", "blind-23", TL_BLIND23),
                              ("tune", "blind-24", TL_BLIND24),
                              ("blind", "blind-25", TL_BLIND25)):
        for text, ref, expect, country, lang, source in cases:
            out.append(json.dumps({"reference": ref, "text": text, "expect": list(expect) if expect else None,
                                   "country": country, "lang": lang, "batch": batch, "round": rnd,
                                   "source": source}, ensure_ascii=False))
    return out


def build() -> dict[str, Any]:
    cases = ([(c, "tune", "tune") for c in TUNE] + [(c, "tune", "blind-1") for c in BLIND1]
             + [(c, "tune", "blind-2") for c in BLIND2] + [(c, "tune", "blind-3") for c in BLIND3]
             + [(c, "tune", "tune-4") for c in TUNE4_EXTRACT + TUNE4_DECIDE]
             + [(c, "tune", "blind-4") for c in BLIND4]
             + [(c, "tune", "tune-5") for c in TUNE5_EXTRACT + TUNE5_DECIDE]
             + [(c, "tune", "blind-5") for c in BLIND5]
             + [(c, "tune", "tune-6") for c in TUNE6_EXTRACT + TUNE6_DECIDE]
             + [(c, "tune", "tune-6-check") for c in TUNE6_CHECK]
             + [(c, "tune", "blind-6") for c in BLIND6]
             + [(c, "tune", "tune-7-check") for c in TUNE7_CHECK_D]
             # the extraction check set (company and people), kept apart from the decision's
             + [(c, "tune", "tune-7-check-x") for c in TUNE7_CHECK]
             + [(c, "tune", "blind-7") for c in BLIND7]
             + [(c, "tune", "tune-8-check") for c in TUNE8_CHECK_D]
             # round 8's extraction check set, written and labelled before round 8's rules
             + [(c, "tune", "tune-8-check-x") for c in TUNE8_CHECK_X]
             # round 9's decision check set, written and labelled before round 9's rules
             + [(c, "tune", "tune-9-check") for c in TUNE9_CHECK_D]
             + [(c, "tune", "blind-8") for c in BLIND8]
             # round 9's extraction check set, written and labelled before round 9's rules
             + [(c, "tune", "tune-9-check-x") for c in TUNE9_CHECK_X]
             + [(c, "tune", "blind-9") for c in BLIND9]
             # round 10's decision check set, written and labelled before round 10's rules
             + [(c, "tune", "tune-10-check") for c in TUNE10_CHECK_D]
             # round 10's extraction check set, written and labelled before round 10's rules
             + [(c, "tune", "tune-10-check-x") for c in TUNE10_CHECK_X]
             + [(c, "tune", "blind-10") for c in BLIND10]
             # round 11's extraction check set, written and labelled before round 11's rules
             + [(c, "tune", "tune-11-check-x") for c in TUNE11_CHECK_X]
             # round 11's check set for the confidence tiers (ml), labelled before any run
             + [(c, "tune", "tune-11-check-ml") for c in TUNE11_CHECK_ML]
             # round 11's decision check set, written and labelled before round 11's rules
             + [(c, "tune", "tune-11-check") for c in TUNE11_CHECK_D]
             + [(c, "tune", "blind-11") for c in BLIND11]
             # round 12's extraction check set, written and labelled before round 12's rules
             + [(c, "tune", "tune-12-check-x") for c in TUNE12_CHECK_X]
             # round 12's decision check set, written and labelled before round 12's rules
             + [(c, "tune", "tune-12-check") for c in TUNE12_CHECK_D]
             + [(c, "tune", "blind-12") for c in BLIND12]
             # round 13's decision check set, written and labelled before round 13's rules
             + [(c, "tune", "tune-13-check") for c in TUNE13_CHECK_D]
             # round 13's extraction check set, written and labelled before round 13's rules
             + [(c, "tune", "tune-13-check-x") for c in TUNE13_CHECK_X]
             + [(c, "tune", "blind-13") for c in BLIND13]
             # round 14's decision check set, written and labelled before round 14's rules
             + [(c, "tune", "tune-14-check") for c in TUNE14_CHECK_D]
             # round 14's extraction check set, written and labelled before round 14's rules
             + [(c, "tune", "tune-14-check-x") for c in TUNE14_CHECK_X]
             # round 16's check set for hiring steps not called interviews, labelled before any run
             + [(c, "tune", "tune-16-check-p") for c in TUNE16_CHECK_P]
             # round 16's extraction check set (public employers' names), labelled before any run
             + [(c, "tune", "tune-16-check-x") for c in TUNE16_CHECK_X]
             + [(c, "tune", "blind-14") for c in BLIND14]
             + [(c, "tune", "blind-15") for c in BLIND15]
             # round 16's check set for whose side the user is on, labelled before any run
             + [(c, "tune", "tune-16-check-s") for c in TUNE16_CHECK_S]
             # round 16's check set for title vetoes on one word of a longer phrase, labelled
             # before any run
             + [(c, "tune", "tune-16-check-v") for c in TUNE16_CHECK_V]
             + [(c, "tune", "blind-16") for c in BLIND16]
             # round 17's extraction check set (employers behind senders, people in descriptions),
             # labelled before any run
             + [(c, "tune", "tune-17-check-x") for c in TUNE17_CHECK_X]
             # round 17's check set for a title veto's reach and its dispute, labelled before any run
             + [(c, "tune", "tune-17-check-v") for c in TUNE17_CHECK_V]
             # round 17's check set for selection steps asked about by their structure, labelled
             # before any run
             + [(c, "tune", "tune-17-check-a") for c in TUNE17_CHECK_A]
             + [(c, "tune", "blind-17") for c in BLIND17]
             # round 18's extraction check set (employers in their own script, venues and agencies
             # against the employer, people named by role phrases), labelled before any run
             + [(c, "tune", "tune-18-check-x") for c in TUNE18_CHECK_X]
             # round 18's check set for selection steps with little more than a step and a post,
             # labelled before any run
             + [(c, "tune", "tune-18-check-a") for c in TUNE18_CHECK_A]
             # round 18's check set for interviews read as something else (arrival instructions,
             # documents to bring, a job in the title), labelled before any run
             + [(c, "tune", "tune-18-check-v") for c in TUNE18_CHECK_V]
             + [(c, "tune", "blind-18") for c in BLIND18]
             # round 19's check set for the user inside someone else's process and steps that hire
             # nobody, labelled before any run
             + [(c, "tune", "tune-19-check-s") for c in TUNE19_CHECK_S]
             # round 19's check set for hiring steps named by their format, compound titles and
             # thin languages, labelled before any run
             + [(c, "tune", "tune-19-check-a") for c in TUNE19_CHECK_A]
             # round 19's extraction check set (organisation names through their head word,
             # venues and parents against the employer, embassies, employers in their own script,
             # people after arrival phrases, ranks and honorifics), labelled before any run
             + [(c, "tune", "tune-19-check-x") for c in TUNE19_CHECK_X]
             + [(c, "tune", "blind-19") for c in BLIND19]
             # round 20's check set for the user's seat in many scripts and steps that hire nobody,
             # labelled before any run
             + [(c, "tune", "tune-20-check-s") for c in TUNE20_CHECK_S]
             # round 21's check set for seats said as "as <role>", rehearsals and talks in every
             # language with an interview word, going along, letter chores; labelled before any run
             + [(c, "tune", "tune-21-check-s") for c in TUNE21_CHECK_S]
             # round 20's check set for silent hiring steps named by their format (physical tests,
             # callbacks, campus visits, group interviews, walk-ins) and thin languages, labelled
             # before any run
             + [(c, "tune", "tune-20-check-a") for c in TUNE20_CHECK_A]
             # round 20's extraction check set (clients over agencies, households, faculties with their
             # university, employers and people in non-Latin titles and prose), labelled before any run
             + [(c, "tune", "tune-20-check-x") for c in TUNE20_CHECK_X]
             # round 21's extraction check set (judges and ministries for their court or ministry, spelled
             # names over abbreviated mailboxes, venues, kind words, step words and employers in many
             # scripts, people after honorifics and in brackets), labelled before any run
             + [(c, "tune", "tune-21-check-x") for c in TUNE21_CHECK_X]
             + [(c, "tune", "blind-20") for c in BLIND20]
             # round 21's check set for silent hiring steps (interviews and selection steps in thin
             # languages, English steps beside a veto word), labelled before any run
             + [(c, "tune", "tune-21-check-a") for c in TUNE21_CHECK_A]
             + [(c, "tune", "blind-21") for c in BLIND21]
             # round 22's check set for silent hiring steps (sector steps named by their format,
             # interviews, tests and committees in thin languages), labelled before any run
             + [(c, "tune", "tune-22-check-a") for c in TUNE22_CHECK_A]
             # round 23's check set for silent hiring steps (sector tests and trials named by their
             # trade and their look-alikes, interviews and tests in Russian, Uzbek, Albanian,
             # Yoruba and Kyrgyz), labelled before any run
             + [(c, "tune", "tune-23-check-a") for c in TUNE23_CHECK_A]
             # round 24's check set for silent hiring steps (an orchestra's audition for a chair,
             # a locum agency's registration call, an agency's paid or sample translation, a
             # ride-along or shadow day for a post, and their look-alikes; interviews, trial days
             # and written tests in Estonian, Odia, Malayalam and Amharic), labelled before any run
             + [(c, "tune", "tune-24-check-a") for c in TUNE24_CHECK_A]
             # round 25's check set for silent hiring steps (physical and practical selection
             # tests, online assessments, civil-service written and oral exams in Italian, Spanish,
             # Portuguese, German and French, Hausa's recruitment exam, and their look-alikes),
             # labelled before any run
             + [(c, "tune", "tune-25-check-a") for c in TUNE25_CHECK_A]
             # round 22's check set for interviews that are not the user's own hiring step (ratings of
             # the user's own skill, interpreting or supporting at someone else's interview,
             # candidacies for office, workshops in the newest languages), labelled before any run
             + [(c, "tune", "tune-22-check-s") for c in TUNE22_CHECK_S]
             # round 22's extraction check set (organisation kind words in many languages, spelled names
             # over domains, households hiring a nanny, job titles and departments beside the employer,
             # employers in Armenian, Amharic, Mongolian, Georgian and Khmer, people after honorifics in
             # many scripts), labelled before any run
             + [(c, "tune", "tune-22-check-x") for c in TUNE22_CHECK_X]
             # round 23's check set for events that are not the user's own hiring step (the user
             # leading the interview, recruitment-software demos, proficiency interviews for a post,
             # rooms called workshop), both sides of each class, labelled before any run
             + [(c, "tune", "tune-23-check-s") for c in TUNE23_CHECK_S]
             # round 23's extraction check set (romanised domains beside names spelled in Cyrillic or
             # Greek, Arabic, Thai, Persian and Hebrew kind words, Hungarian name order, patronymics,
             # panels in brackets, interviewers who are not guests), labelled before any run
             + [(c, "tune", "tune-23-check-x") for c in TUNE23_CHECK_X]
             # round 24's extraction check set (own-script names in Devanagari, Tamil, Thai, Chinese,
             # Japanese, Korean, Arabic and Armenian beside romanised or glued domains; a city, an
             # address, a tower, a hotel, a hired room or a café beside the employer), labelled
             # before any run
             + [(c, "tune", "tune-24-check-x") for c in TUNE24_CHECK_X]
             # round 25's extraction check set (employers whose mailbox glues their name, initials or a
             # council's letters; places beside the employer; commissions and ministries kept whole;
             # people named by a courtesy title and surname), labelled before any run
             + [(c, "tune", "tune-25-check-x") for c in TUNE25_CHECK_X]
             # round 24's check set for look-alike words that are also the job (radiographer,
             # court reporter, clinic nurse, visa officer, study coordinator) and the user's own
             # hiring entries (an applicant or candidate named), both sides of each class,
             # labelled before any run
             + [(c, "tune", "tune-24-check-s") for c in TUNE24_CHECK_S]
             + [(c, "tune", "blind-22") for c in BLIND22]
             + [(c, "tune", "blind-23") for c in BLIND23]
             + [(c, "tune", "blind-24") for c in BLIND24]
             + [(c, "blind", "blind-25") for c in BLIND25])
    events = [c[0] for c, _, _ in cases]
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids)), "two cases share an id"
    return {
        "me": ME,
        "events": events,
        "labels": {c[0]["id"]: c[1] for c, _, _ in cases},
        "meta": {c[0]["id"]: {"batch": batch, "round": rnd, "lang": c[2], "source": c[3]}
                 for c, batch, rnd in cases},
    }


if __name__ == "__main__":
    here = Path(__file__).parent
    data = build()
    (here / "real_detect.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    lines = timeline_lines()
    (here / "real_timeline.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(data["events"]), "events and", len(lines), "timeline cases written")
