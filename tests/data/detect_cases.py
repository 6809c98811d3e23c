"""Labelled calendar events for interview detection, in the public examples' format.

Written from how recruiters, ATSs (Greenhouse, Lever, Ashby, GoodTime), Calendly and people
really title and describe events. ``build()`` returns ``{"me", "events", "labels"}``; a label is
None (not an interview the user attends as a candidate) or ``{"company": [accepted spellings],
"recipients": [addresses, or names for people the schedule lists without one]}``.
Run this file to refresh ``detect_cases.json`` next to it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ME = "pat.lee@gmail.com"
ME_ATTENDEE = {"email": ME, "self": True, "responseStatus": "accepted"}
SELF_ORGANISER = {"email": ME, "self": True}


def guest(email: str, name: str | None = None, status: str = "accepted", **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"email": email, "responseStatus": status}
    if name:
        out["displayName"] = name
    out.update(extra)
    return out


def org(email: str, name: str | None = None) -> dict[str, Any]:
    return {"email": email, "displayName": name} if name else {"email": email}


ROOM = guest("c_1884abc@resource.calendar.google.com", "HQ-3-Boardroom (10)", resource=True)


def event(summary: str | None, *, guests: list[dict[str, Any]] | None = None,
          organizer: dict[str, Any] | None = None, description: str | None = None,
          start: str = "2026-06-10T10:00:00-05:00", end: str = "2026-06-10T11:00:00-05:00",
          tz: str = "America/Chicago", **extra: Any) -> dict[str, Any]:
    eid = hashlib.sha1(f"{summary}{start}{description}".encode()).hexdigest()[:26]
    e: dict[str, Any] = {
        "kind": "calendar#event", "id": eid, "status": "confirmed", "summary": summary,
        "start": {"dateTime": start, "timeZone": tz}, "end": {"dateTime": end, "timeZone": tz},
        "organizer": organizer or SELF_ORGANISER,
        "attendees": [ME_ATTENDEE, *(guests or [])],
        "iCalUID": eid + "@google.com", "sequence": 0, "updated": "2026-06-01T12:00:00.000Z",
        "eventType": "default",
    }
    if description is not None:
        e["description"] = description
    e.update(extra)
    return e


def yes(company: list[str], recipients: list[str]) -> dict[str, Any]:
    return {"company": company, "recipients": recipients}


CASES: list[tuple[dict[str, Any], dict[str, Any] | None]] = [
    # ---------------------------------------------------------------- interviews, ATS styles
    (event("Interview: Pat Lee <> Northwind",
           organizer=org("recruiting@northwind.com", "Northwind Recruiting"),
           guests=[guest("recruiting@northwind.com", "Northwind Recruiting"),
                   guest("kim.ng@northwind.com")]),
     yes(["Northwind"], ["recruiting@northwind.com", "kim.ng@northwind.com"])),
    (event("[Acme] Technical Interview with Pat",
           organizer=org("jess.w@acmerobotics.com", "Jess Wong"),
           guests=[guest("jess.w@acmerobotics.com", "Jess Wong"),
                   guest("dev.patel@acmerobotics.com", "Dev Patel", "needsAction"), ROOM]),
     yes(["Acme", "Acme Robotics"], ["jess.w@acmerobotics.com", "dev.patel@acmerobotics.com"])),
    (event("Pat Lee - Hiring Manager Interview - Senior Backend Engineer",
           organizer=org("talent@globex.com", "Globex Talent"),
           guests=[guest("m.chen@globex.com", "Maria Chen")],
           description="<p>Hi Pat,</p><p>You'll meet <b>Maria Chen</b> (Hiring Manager) for "
                       "the Senior Backend Engineer role.</p><p>Globex Talent Acquisition</p>"),
     yes(["Globex"], ["talent@globex.com", "m.chen@globex.com"])),
    (event("Phone screen with Initech",
           guests=[guest("bill.lumbergh@initech.com", "Bill Lumbergh")]),
     yes(["Initech"], ["bill.lumbergh@initech.com"])),
    (event("Intro call with Umbrella recruiter",
           organizer=org("sam.rivera@umbrella-health.com", "Sam Rivera"),
           guests=[guest("sam.rivera@umbrella-health.com", "Sam Rivera")],
           description="Event type: Intro call\nPowered by Calendly.com"),
     yes(["Umbrella", "Umbrella Health"], ["sam.rivera@umbrella-health.com"])),
    (event("Hooli | Final round",
           organizer=org("recruiting-coordinator@hooli.xyz"),
           guests=[guest("gavin@hooli.xyz", "Gavin Belson", "declined"),
                   guest("richard.h@hooli.xyz", "Richard Hendricks"),
                   guest("bighead@hooli.xyz", status="needsAction"),
                   guest("recruiting-coordinator@hooli.xyz")]),
     yes(["Hooli"], ["recruiting-coordinator@hooli.xyz", "richard.h@hooli.xyz",
                     "bighead@hooli.xyz"])),
    (event("System Design Interview - Staff Engineer",
           organizer=org("no-reply@ashbyhq.com", "Ashby"),
           guests=[guest("tom.baker@brightwave.ai", "Tom Baker"),
                   guest("interviews@brightwave.ai", "Brightwave Interviews")],
           description="This interview was scheduled via Ashby on behalf of Brightwave. "
                       "Join: https://meet.google.com/abc-defg-hij"),
     yes(["Brightwave"], ["tom.baker@brightwave.ai", "interviews@brightwave.ai"])),
    (event("Pat Lee / Coding Interview / Waystar",
           organizer=org("scheduling@waystar.com", "Waystar Scheduling"),
           guests=[guest("j.doe@waystar.com", "John Doe"),
                   guest("goodtime-bot@goodtime.io", "GoodTime"),
                   guest("scheduling@waystar.com", "Waystar Scheduling")]),
     yes(["Waystar"], ["scheduling@waystar.com", "j.doe@waystar.com"])),
    (event("Chat with the hiring team",
           organizer=org("maya@pinecone-labs.com", "Maya Cohen"),
           guests=[guest("maya@pinecone-labs.com", "Maya Cohen"),
                   guest("leo@pinecone-labs.com", "Leo Rossi")]),
     yes(["Pinecone Labs", "Pinecone"], ["maya@pinecone-labs.com", "leo@pinecone-labs.com"])),
    (event("Recruiter call - Pat / Zeta Bank",
           organizer=org("olivia.brown@zetabank.com", "Olivia Brown (Talent Acquisition)"),
           guests=[guest("olivia.brown@zetabank.com", "Olivia Brown (Talent Acquisition)")]),
     yes(["Zeta Bank", "Zetabank"], ["olivia.brown@zetabank.com"])),
    (event("Informational interview with Dana (Orbit Labs)",
           guests=[guest("dana.kim@orbitlabs.io", "Dana Kim")]),
     yes(["Orbit Labs", "Orbitlabs"], ["dana.kim@orbitlabs.io"])),
    (event("Take-home review: Pat Lee x Quantum Freight",
           organizer=org("sofia.r@quantumfreight.com", "Sofia Ramirez"),
           guests=[guest("sofia.r@quantumfreight.com", "Sofia Ramirez"),
                   guest("ben.k@quantumfreight.com")]),
     yes(["Quantum Freight", "Quantumfreight"], ["sofia.r@quantumfreight.com",
                                                 "ben.k@quantumfreight.com"])),
    (event("Behavioral Interview (45 min) — Lattice & Co",
           organizer=org("people@latticeco.com", "Lattice People Team"),
           guests=[guest("people@latticeco.com", "Lattice People Team"),
                   guest("nina.s@latticeco.com", "Nina Sato")]),
     yes(["Lattice & Co", "Lattice", "Latticeco"], ["people@latticeco.com",
                                                    "nina.s@latticeco.com"])),
    (event("Panel Interview - Product Manager - Meridian Health",
           organizer=org("recruiting@meridianhealth.org", "Meridian Health Recruiting"),
           guests=[guest("a.owens@meridianhealth.org", "Alicia Owens"),
                   guest("b.tran@meridianhealth.org", "Bao Tran"),
                   guest("c.ibe@meridianhealth.org", "Chidi Ibe", "tentative"),
                   guest("product-team@meridianhealth.org", "Product Team"),
                   guest("panel-room-3@resource.calendar.google.com", "Panel Room 3"),
                   guest("recruiting@meridianhealth.org", "Meridian Health Recruiting")]),
     yes(["Meridian Health"], ["recruiting@meridianhealth.org", "a.owens@meridianhealth.org",
                               "b.tran@meridianhealth.org", "c.ibe@meridianhealth.org"])),
    (event("HM Screen | Pat Lee | Analytics Engineer",
           organizer=org("kevin.o@tidewater.com", "Kevin O'Brien"),
           guests=[guest("kevin.o@tidewater.com", "Kevin O'Brien")]),
     yes(["Tidewater"], ["kevin.o@tidewater.com"])),
    (event("Superday - Goldleaf Partners",
           organizer=org("recruiting@goldleafpartners.com"),
           guests=[guest("h.adams@goldleafpartners.com", "Henry Adams"),
                   guest("l.moreau@goldleafpartners.com", "Louise Moreau")]),
     yes(["Goldleaf Partners", "Goldleafpartners"], ["recruiting@goldleafpartners.com",
                                                     "h.adams@goldleafpartners.com",
                                                     "l.moreau@goldleafpartners.com"])),
    (event("Final Round: Pat Lee",
           organizer=org("hannah.m@oakridge-ai.com", "Hannah M. (Recruiting Coordinator)"),
           guests=[guest("hannah.m@oakridge-ai.com", "Hannah M. (Recruiting Coordinator)"),
                   guest("victor@oakridge-ai.com", "Victor Chen"),
                   guest("sara.l@oakridge-ai.com", "Sara Lopez", "declined")]),
     yes(["Oakridge AI", "Oakridge Ai", "Oakridge"], ["hannah.m@oakridge-ai.com",
                                                      "victor@oakridge-ai.com"])),
    (event("Interview with Tessellate",
           organizer=org("KIM.PARK@Tessellate.com"),
           guests=[guest("Kim.Park@tessellate.com", "Kim Park"),
                   guest("kim.park@tessellate.com")]),
     yes(["Tessellate"], ["kim.park@tessellate.com"])),
    (event("Phone Screen – Product Analyst",
           organizer=org("lisa.ray@grainger-foods.com", "Lisa Ray"),
           guests=[guest("tom.h@grainger-foods.com", "Tom Hall")]),
     yes(["Grainger Foods"], ["lisa.ray@grainger-foods.com", "tom.h@grainger-foods.com"])),
    (event("Technical screen w/ Copperline",
           organizer=org("dan@copperline.io", "Dan Fisher"),
           guests=[guest("dan@copperline.io", "Dan Fisher")]),
     yes(["Copperline"], ["dan@copperline.io"])),
    (event("TECHNICAL INTERVIEW - CONTOSO",
           organizer=org("amy@contoso.com", "Amy Diaz"),
           guests=[guest("amy@contoso.com", "Amy Diaz")]),
     yes(["Contoso"], ["amy@contoso.com"])),
    (event("Second round interview - Helix Bio",
           organizer=org("careers@helixbio.com", "Helix Bio Careers"),
           guests=[guest("dr.amy.liu@helixbio.com", "Amy Liu, PhD")]),
     yes(["Helix Bio", "Helixbio"], ["careers@helixbio.com", "dr.amy.liu@helixbio.com"])),
    (event("Coding interview (CoderPad)",
           organizer=org("noreply@coderpad.io", "CoderPad"),
           guests=[guest("ethan.w@brightline.dev", "Ethan Wu")]),
     yes(["Brightline"], ["ethan.w@brightline.dev"])),
    (event("Interview with Pat Lee for Site Reliability Engineer",
           organizer=org("talent@nimbus.cloud", "Nimbus Talent"),
           guests=[guest("talent@nimbus.cloud", "Nimbus Talent"),
                   guest("omar.f@nimbus.cloud", "Omar Farouk")]),
     yes(["Nimbus"], ["talent@nimbus.cloud", "omar.f@nimbus.cloud"])),
    (event("Interview - Front-end Developer",
           organizer=org("jane.pixel@gmail.com", "Jane Okafor"),
           guests=[guest("jane.pixel@gmail.com", "Jane Okafor")],
           description="Thanks for your interest in Pixelcraft Studio! We'll talk through "
                       "your portfolio."),
     yes(["Pixelcraft Studio", "Pixelcraft"], ["jane.pixel@gmail.com"])),
    # ---------------------------------------------------------------------- non-English
    (event("Entrevista - Desarrollador Backend - Pat Lee",
           organizer=org("rrhh@telefonix.es", "RRHH Telefonix"),
           guests=[guest("lucia.garcia@telefonix.es", "Lucía García")]),
     yes(["Telefonix"], ["rrhh@telefonix.es", "lucia.garcia@telefonix.es"])),
    (event("Vorstellungsgespräch bei Kraftwerk GmbH",
           organizer=org("anna.schmidt@kraftwerk-gmbh.de", "Anna Schmidt"),
           guests=[guest("anna.schmidt@kraftwerk-gmbh.de", "Anna Schmidt")], tz="Europe/Berlin",
           start="2026-06-10T10:00:00+02:00", end="2026-06-10T11:00:00+02:00"),
     yes(["Kraftwerk GmbH", "Kraftwerk", "Kraftwerk Gmbh"], ["anna.schmidt@kraftwerk-gmbh.de"])),
    (event("Entretien - Ingénieur logiciel",
           organizer=org("claire.dubois@lumiere.fr", "Claire Dubois"), tz="Europe/Paris",
           start="2026-06-10T14:00:00+02:00", end="2026-06-10T15:00:00+02:00"),
     yes(["Lumiere", "Lumière"], ["claire.dubois@lumiere.fr"])),
    (event("面接 (一次) - Sakura Systems",
           organizer=org("tanaka@sakura-sys.co.jp", "田中 健"), tz="Asia/Tokyo",
           guests=[guest("tanaka@sakura-sys.co.jp", "田中 健")],
           start="2026-06-10T10:00:00+09:00", end="2026-06-10T11:00:00+09:00"),
     yes(["Sakura Systems", "Sakura Sys"], ["tanaka@sakura-sys.co.jp"])),
    (event("Sollicitatiegesprek bij Dijkstra Logistiek",
           organizer=org("hr@dijkstralogistiek.nl", "HR Dijkstra"),
           guests=[guest("hr@dijkstralogistiek.nl", "HR Dijkstra"),
                   guest("pieter.devries@dijkstralogistiek.nl", "Pieter de Vries")]),
     yes(["Dijkstra Logistiek", "Dijkstralogistiek"], ["hr@dijkstralogistiek.nl",
                                                       "pieter.devries@dijkstralogistiek.nl"])),
    (event("Colloquio conoscitivo - Pat Lee",
           organizer=org("giulia.bianchi@ferrovia-digitale.it", "Giulia Bianchi"),
           guests=[guest("giulia.bianchi@ferrovia-digitale.it", "Giulia Bianchi")]),
     yes(["Ferrovia Digitale"], ["giulia.bianchi@ferrovia-digitale.it"])),
    (event("Entrevista técnica – Verde Pagamentos",
           organizer=org("talentos@verdepagamentos.com.br", "Talentos Verde"),
           guests=[guest("rafael.souza@verdepagamentos.com.br", "Rafael Souza")]),
     yes(["Verde Pagamentos", "Verdepagamentos"], ["talentos@verdepagamentos.com.br",
                                                   "rafael.souza@verdepagamentos.com.br"])),
    (event("[Hanbit Soft] 1차 면접",
           organizer=org("recruit@hanbitsoft.co.kr", "Hanbit Soft 채용팀"), tz="Asia/Seoul",
           guests=[guest("minji.kim@hanbitsoft.co.kr", "김민지")]),
     yes(["Hanbit Soft", "Hanbitsoft"], ["recruit@hanbitsoft.co.kr", "minji.kim@hanbitsoft.co.kr"])),
    (event("Rozmowa kwalifikacyjna - Pat Lee",
           organizer=org("rekrutacja@wisla-tech.pl", "Wisła Tech Rekrutacja"),
           guests=[guest("rekrutacja@wisla-tech.pl"), guest("marek.nowak@wisla-tech.pl")]),
     yes(["Wisla Tech", "Wisła Tech"], ["rekrutacja@wisla-tech.pl", "marek.nowak@wisla-tech.pl"])),
    # ------------------------------------------------------------ descriptions and schedules
    (event("Interview",
           description="Hi Pat, looking forward to our conversation about the Product Designer "
                       "role at Fabrikam.\nJoin Zoom: https://zoom.us/j/98765432101"),
     yes(["Fabrikam"], [])),
    (event("Onsite Interview - Pat Lee",
           organizer=org("coordinator@vandelay.com", "Vandelay Industries Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="<p>Your onsite schedule:</p><ul>"
                       "<li>10:00 - 10:45 Kim Ng, Staff Engineer (kim@vandelay.com)</li>"
                       "<li>10:45 - 11:30 Raj Iyer, Engineering Manager (raj.iyer@vandelay.com)</li>"
                       "<li>11:30 - 12:00 Lunch</li>"
                       "<li>12:00 - 12:45 Lena Park (Hiring Manager) (lena.park@vandelay.com)</li>"
                       "</ul><p>Vandelay Industries Recruiting</p>"),
     yes(["Vandelay Industries", "Vandelay"], ["coordinator@vandelay.com", "kim@vandelay.com",
                                               "raj.iyer@vandelay.com", "lena.park@vandelay.com"])),
    (event("Virtual Onsite - Data Scientist",
           organizer=org("recruiting@stark-analytics.com", "Stark Analytics Recruiting"),
           guests=[guest("recruiting@stark-analytics.com", "Stark Analytics Recruiting")],
           description="Agenda\n1:00pm - 1:45pm PT Alex Morgan, Senior Data Scientist\n"
                       "1:45pm - 2:30pm PT Priya Shah - Head of Analytics\n"),
     yes(["Stark Analytics"], ["recruiting@stark-analytics.com", "Alex Morgan", "Priya Shah"])),
    (event("Pat Lee and Sam Rivera",
           organizer=org("sam.rivera@evergreencap.com", "Sam Rivera"),
           guests=[guest("sam.rivera@evergreencap.com", "Sam Rivera")],
           description="Event Name: Recruiter screen\n\nThank you for your interest in "
                       "Evergreen Capital. This call is a 30-minute introduction."),
     yes(["Evergreen Capital", "Evergreencap"], ["sam.rivera@evergreencap.com"])),
    (event("Onsite interview at Bluebird Energy", location="Bluebird Energy HQ, 100 Main St",
           start="2026-06-15", end="2026-06-16"),
     yes(["Bluebird Energy"], [])),
    (event("Final interview — Cobalt Robotics",
           organizer=org("hr@cobaltrobotics.com", "Cobalt HR"),
           guests=[guest("ana@cobaltrobotics.com", "Ana Lima")],
           recurringEventId="cobalt123", originalStartTime={"dateTime": "2026-06-10T10:00:00-05:00"}),
     yes(["Cobalt Robotics", "Cobalt"], ["hr@cobaltrobotics.com", "ana@cobaltrobotics.com"])),
    (event("Pat Lee - Phone Screen - Data Engineer",
           organizer=org("no-reply@greenhouse.io"),
           description="<div>Scheduled by the Harbor &amp; Pine recruiting team.<br>"
                       "Interviewer: Noah Park (noah.park@harborpine.com)</div>"),
     yes(["Harbor & Pine", "Harborpine", "Harbor and Pine"], ["noah.park@harborpine.com"])),
    # ---------------------------------------------------------- the user on the hiring side
    (event("Interview debrief - Jamie Fox", organizer=org("talent@mycurrentjob.com"),
           guests=[guest("lee.w@mycurrentjob.com", "Lee Wong")]), None),
    (event("Candidate: Jordan Smith - Backend Engineer",
           organizer=org("recruiting@mycurrentjob.com")), None),
    (event("Onsite: Jamie Fox - SRE", organizer=org("talent@mycurrentjob.com"),
           guests=[guest("jamie.fox@gmail.com", "Jamie Fox")]), None),
    (event("Interview: Jordan Smith", organizer=org("talent@mycurrentjob.com"),
           guests=[guest("jordan.smith@outlook.com", "Jordan Smith"),
                   guest("lee.w@mycurrentjob.com", "Lee Wong")]), None),
    (event("Technical Interview",
           organizer=org("talent@mycurrentjob.com"),
           description="Please submit your scorecard in Greenhouse within 24 hours."), None),
    (event("Hiring committee review", organizer=org("talent@mycurrentjob.com")), None),
    (event("Interviewer training", organizer=org("learning@mycurrentjob.com")), None),
    (event("Scorecard due: Jamie Fox"), None),
    # ------------------------------------------------------ practice, press, research, events
    (event("Interview prep"), None),
    (event("Prep for Acme interview"), None),
    (event("Reminder: interview tomorrow"), None),
    (event("Mock interview - Pramp", guests=[guest("peer@pramp.com")]), None),
    (event("Interview practice with Sam", guests=[guest("sam.k@gmail.com", "Sam Kay")]), None),
    (event("Podcast interview with Tech Talk Weekly", organizer=org("host.ttw@gmail.com"),
           guests=[guest("host.ttw@gmail.com", "TTW Host")]), None),
    (event("Interview with journalist from The Ledger", organizer=org("press@ledger.com"),
           guests=[guest("press@ledger.com")]), None),
    (event("User research interview - checkout flow", organizer=org("ux@shopwise.com"),
           description="Thanks for joining our study! You'll receive a $50 gift card."), None),
    (event("Customer interview: Acme Corp"), None),
    (event("Exit interview", organizer=org("hr@oldjob.com"),
           guests=[guest("hr@oldjob.com")]), None),
    (event("Resume workshop", organizer=org("career-center@university.edu")), None),
    (event("Tech career fair"), None),
    (event("Webinar: Acing the system design interview",
           organizer=org("events@interviewcake.com")), None),
    (event("Info session: Northwind New Grad Program", organizer=org("campus@northwind.com")),
     None),
    (event("Office hours: interview tips", organizer=org("careers@university.edu")), None),
    (event("Flight to SFO for onsite"), None),
    (event("Send thank-you notes to Northwind"), None),
    # ----------------------------------------------------------- cancelled, declined, types
    (event("CANCELLED: Phone Screen - Pat Lee", organizer=org("kim@northwind.com"),
           guests=[guest("kim@northwind.com", "Kim Ng")]), None),
    (event("Canceled: Interview with Contoso", organizer=org("amy@contoso.com")), None),
    (event("Phone Screen - Initech", organizer=org("bill@initech.com"), status="cancelled"), None),
    (event("Phone Screen - Pat Lee - Data Engineer", organizer=org("kim@northwind.com"),
           attendees=[{"email": ME, "self": True, "responseStatus": "declined"},
                      guest("kim@northwind.com", "Kim Ng")]), None),
    (event("Out of office - interviews", eventType="outOfOffice"), None),
    (event("Focus time", eventType="focusTime"), None),
    # ------------------------------------------------------------------- ordinary meetings
    (event("Team standup", organizer=org("eng@mycurrentjob.com")), None),
    (event("1:1 with Manager", organizer=org("boss@mycurrentjob.com"),
           guests=[guest("boss@mycurrentjob.com", "The Boss")]), None),
    (event("Dentist"), None),
    (event("Lunch with Kim", guests=[guest("kim.ng@gmail.com", "Kim Ng")]), None),
    (event("Coffee chat with Alex", organizer=org("alex.p@gmail.com"),
           guests=[guest("alex.p@gmail.com", "Alex P")]), None),
    (event("Health screening appointment"), None),
    (event("Screening: The Matrix (movie night)"), None),
    (event(None), None),
]


def build() -> dict[str, Any]:
    return {"me": ME, "events": [e for e, _ in CASES], "labels": {e["id"]: x for e, x in CASES}}


if __name__ == "__main__":
    path = Path(__file__).with_name("detect_cases.json")
    path.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(CASES), "events written to", path)
