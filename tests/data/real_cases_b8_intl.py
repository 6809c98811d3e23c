"""Blind batch 8 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b8.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (winter offsets, the batch's dates fall in January to March 2027) and the conference
texts pasted into descriptions.

Scored once, at the end of round 8; tuning data since round 9.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py before each was used).
SV_JEFFERSON = ("https://www.jeffersonwells.se/sv/insikter/inlagg/2021/02/02/"
                "har-du-blivit-kallad-pa-anstallningsintervju-grattis")
SV_MEDREK = "https://www.webmail.medrek.se/karriarguide/anstallningsintervju.htm"
SV_AGIL = "https://agilrekrytering.se/vanliga-intervjufragor-sa-forbereder-du-dig-och-ger-basta-intryck"
SV_NEXT = "https://nextbemanning.se/?p=190"
SV_SEKO = "https://sekotidningen.se/safunkardet/sa-lyckas-du-med-anstallningsintervjun/"
SV_VARDF = "https://www.vardforbundet.se/sidor-for/student/redo-for-framtiden/tips-infor-anstallningsintervjun/"
SV_FALCK = "https://app.falcksverige.se/karriar/karriarutveckling/jobbintervju/"
SV_EKONOMIT = "https://www.ekonomit.fi/intervju"
DA_WOLTER = "https://www.wolterjohannsen.dk/11-gode-raad-til-jobsamtalen"
DA_TEMPTEAM = "https://temp-team.dk/virksomheder/guides-og-nyheder/arbejdsgiveres-forberedelse-til-jobsamtalen"
DA_STEPSTONE = "https://www.stepstone.dk/om-jobsoegning/karrierecenter/jobguide/jobsamtale/inden-jobsamtalen"
DA_DETGODEJOB = "https://detgodejob.dk/?p=73"
DA_TALENTECH = "https://blog.talentech.com/da/gode-raad-til-jobsamtalen"
DA_BUPL = ("https://bupl.dk/bupl/content.nsf/q-bupl2dk/loen__og__vilkaar/ansaettelse/viden_og_vaerktoejer/"
           "guide_forbered_dig_til_jobsamtalen?OpenDocument")
NO_NORED = ("https://www.nored.no/NR-dokumentasjon/Rapporter-og-veiledere/Redaktoerhaandboken/Slik-gjoer-du-det/"
            "Kapittel-26.-gjennomfoerer-et-jobbintervju")
CS_PRACETIP = ("https://www.prace-tip.cz:443/jak-se-pripravit-na-pracovni-pohovor-vse-co-potrebujete-vedet-od-"
               "pruzkumu-firmy-po-otazky-pro-personalistu")
CS_APROFES = "https://www.aprofes.cz/priprava-na-pohovor/"
CS_ALP = "http://www.alpconsulting.cz/formulare/jak-se-pripravit-na-pohovor/"
CS_FLEXINIT = "https://flexinit.cz/?p=7330"
CS_ZACATEK = "http://www.zacatek.cz/pracovni-pohovor"
CS_EUROPASS = "http://www.europass.cz/jak-se-pripravit-na-pohovor/"
RO_RRV = "http://consilieresipractica.rrv.ro/student_interviu_de_selectie.php"
RO_BANI = "https://www.baniinostri.ro/cum-se-face-un-interviu"
RO_MINGLE = "https://blog.mingle.ro/2021/07/ghid-de-interviu.html"
RO_AFACERI = "https://afaceri.net/intrebari-interviu-de-angajare"
PT_TRAVELCASH = "https://port.travelcashinc.com/how-to-handle-an-informal-interview"
PT_GERANDO = "https://gerandovidas.com.br/glossario/o-que-e-uma-entrevista-de-emprego/"
PT_BNE = "https://www.bne.com.br/blog/wp-json/wp/v2/posts/9708"
PT_ESTADAO = ("https://economia.estadao.com.br/blogs/radar-do-emprego/voce-sabe-o-que-responder-numa-"
              "entrevista-de-emprego-especialistas-ensinam/")
PT_BEYOU = "https://beyoueducation.com.br/2024/04/14/entrevista-de-emprego-dicas"
DE_INFRA = "https://www.infra-struktur.de/einladung-zum-vorstellungsgespraech/"
ES_WIPO = "https://www.wipo.int/es/web/working-at-wipo/competency-based-interviews"
ES_GUIA = "http://docplayer.es/13600-Guia-para-aspirantes-a-puestos-en-organizaciones-internacionales.html"
JA_MYNAVI = "https://mynavi-job20s.jp/howto/schedule_adjustment"
IT_MODELLOCV = ("https://modellocv.com/ricerca-di-lavoro/come-riprogrammare-un-colloquio-di-lavoro-senza-"
                "compromettere-la-tua-candidatura")
IT_SPARK = "https://sparkmailapp.com/it/decline-an-interview-email-template"
NL_CVZEN = "https://cvzen.nl/blog/hoe-sollicitatiegesprek-afwijzen"
NL_VOORBEELD = "https://voorbeeldtekst.nl/afwijzing-sollicitatie/"
ZH_WWKOBO = "https://www.wwkobo.com/html/ksb/zigekaoshi/2015/0204/56559.html"
VI_TOPICA = "https://topicanative.edu.vn/email-tu-choi-phong-van-tieng-anh"
VI_TERRA = "https://terra-plat.vn/vi/tin-tuc/thu-moi-nhan-viec"
TH_CHIANGMAI = "http://mail.chiangmai.ac.th/~cnxcmces/CIC/20001.htm"
TH_MUSLIMTHAI = "https://info.muslimthaipost.com/article/6771"
SK_REFERATY = "https://referaty.centrum.sk/odborne-humanitne/pravo/42928/?print=1"

# Winter offsets: the batch's dates fall in January to March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
TOR = ("-05:00", "America/Toronto")
VAN = ("-08:00", "America/Vancouver")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
MEL = ("+11:00", "Australia/Melbourne")
AKL = ("+13:00", "Pacific/Auckland")
SGP = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
NBO = ("+03:00", "Africa/Nairobi")
BGI = ("-04:00", "America/Barbados")
STO = ("+01:00", "Europe/Stockholm")
HEL = ("+02:00", "Europe/Helsinki")
CPH = ("+01:00", "Europe/Copenhagen")
OSL = ("+01:00", "Europe/Oslo")
PRG = ("+01:00", "Europe/Prague")
BUC = ("+02:00", "Europe/Bucharest")
SAO = ("-03:00", "America/Sao_Paulo")
LIS = ("+00:00", "Europe/Lisbon")
BER = ("+01:00", "Europe/Berlin")
MAD = ("+01:00", "Europe/Madrid")
TYO = ("+09:00", "Asia/Tokyo")
ROM = ("+01:00", "Europe/Rome")
AMS = ("+01:00", "Europe/Amsterdam")
SHA = ("+08:00", "Asia/Shanghai")
HCM = ("+07:00", "Asia/Ho_Chi_Minh")
BKK = ("+07:00", "Asia/Bangkok")
BTS = ("+01:00", "Europe/Bratislava")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 318 552 907 14\nPasscode: Vq4nT8\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83307219954?pwd=Rk2v\nMeeting ID: 833 0721 9954"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/wxe-pqrd-kzm"
TEAMS_SV = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-möte\nAnslut på datorn, i mobilappen eller på rumsenheten\n"
            "Möte-ID: 362 118 450 77\nLösenord: Hs3xQ9\n"
            "________________________________________________________________________________")
TEAMS_DA = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-møde\nDeltag via computer, mobilapp eller rumenhed\n"
            "Møde-id: 341 220 987 65\nAdgangskode: Fd7kW2\n"
            "________________________________________________________________________________")
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/ytn-bcza-qwe"
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us05web.zoom.us/j/81123409877?pwd=Jp5x\nミーティングID: 811 2340 9877"

INTL8: list[Case] = [
    # ============================================================ Swedish
    # a recruitment firm books the interview with its client; company = client, consultant thanked too
    (event("Anställningsintervju – Controller – Bergvik Logistik AB",
           organizer=org("sara.holm@norrskenrekrytering.se", "Sara Holm"),
           guests=[guest("sara.holm@norrskenrekrytering.se", "Sara Holm"),
                   guest("p.ekdahl@bergviklogistik.se", "Per Ekdahl")],
           description="Hej Pat! Grattis, du är kallad på intervju hos vår kund Bergvik Logistik. Du träffar "
                       "ekonomichef Per Ekdahl och mig. Läs på om bolaget och förbered några egna frågor. "
                       "Räkna med ca 75 minuter.",
           location="Bergvik Logistik AB, Hamnvägen 12, Norrköping",
           **at("2027-01-19", "09:30", 75, *STO)),
     yes(["Bergvik Logistik", "Bergvik Logistik AB", "Bergvik", "Bergviklogistik"],
         ["sara.holm@norrskenrekrytering.se", "p.ekdahl@bergviklogistik.se"]), "sv", SV_JEFFERSON),
    # an agency's first interview, client not named: company = agency
    (event("Första intervju – Projektledare IT (uppdrag hos kund)",
           organizer=org("jonas@lindqvistrekrytering.se", "Jonas Lindqvist"),
           guests=[guest("jonas@lindqvistrekrytering.se", "Jonas Lindqvist")],
           description="Vi börjar med 'berätta lite om dig själv' – tänk nutid, dåtid, framtid. Kunden "
                       "presenteras om vi går vidare." + TEAMS_SV,
           **at("2027-01-21", "13:00", 45, *STO)),
     yes(["Lindqvist Rekrytering", "Lindqvistrekrytering", "Lindqvist"], ["jonas@lindqvistrekrytering.se"]),
     "sv", SV_AGIL),
    # a staffing company interviews for its own consultant pool (it employs the consultants)
    (event("Jobbintervju Nästa Bemanning – Lagerkonsult, Jönköping",
           organizer=org("intervju@nastabemanning.se", "Nästa Bemanning Rekrytering"),
           guests=[guest("intervju@nastabemanning.se", "Nästa Bemanning Rekrytering"),
                   guest("elin.k@nastabemanning.se", "Elin Karlsson")],
           description="Intervjun är ett samtal åt båda hållen. Ta med ID och truckkort. Din kontaktperson: "
                       "Elin Karlsson, konsultchef.",
           location="Nästa Bemanning, Västra Storgatan 8, Jönköping",
           **at("2027-01-25", "10:00", 40, *STO)),
     yes(["Nästa Bemanning", "Nasta Bemanning", "Nastabemanning"],
         ["intervju@nastabemanning.se", "elin.k@nastabemanning.se"]), "sv", SV_NEXT),
    # a prison-service style public employer: HR unit head plus the unit manager
    (event("Intervju – Kriminalvårdare, Anstalten Tallbacka",
           organizer=org("hr.tallbacka@anstaltsverket.se", "HR-enheten Tallbacka"),
           guests=[guest("m.klaar@anstaltsverket.se", "Mikael Klaar"),
                   guest("a.strand@anstaltsverket.se", "Anna Strand"),
                   room("c_77ab01@resource.calendar.google.com", "TAL-Admin-Konferens 2")],
           description="Välkommen på intervju. Medverkande: Mikael Klaar (enhetschef HR) och Anna Strand "
                       "(kriminalvårdsinspektör). Ta med legitimation; besök anmäls i grindvakten.",
           location="Anstalten Tallbacka, Grindvägen 1, Tallbacka",
           **at("2027-02-02", "14:00", 60, *STO)),
     yes(["Anstaltsverket", "Anstalten Tallbacka"],
         ["hr.tallbacka@anstaltsverket.se", "m.klaar@anstaltsverket.se", "a.strand@anstaltsverket.se"]),
     "sv", SV_SEKO),
    # a mock interview with a relative before the real one
    (event("Provintervju med morbror Lars (inför Vättern Energi)", organizer=SELF,
           description="Låt Lars ställa de vanliga frågorna: styrkor, svagheter, varför just vi.",
           **at("2027-02-06", "18:00", 60, *STO)),
     None, "sv", SV_MEDREK),
    # calling the union representative about salary before an interview
    (event("Ring förtroendevald om ingångslön – Region Söderslätt", organizer=SELF,
           description="Inför intervjun på avd 14 nästa vecka. Vad ligger nyutexaminerade sjuksköterskor på?",
           **at("2027-02-08", "12:15", 15, *STO)),
     None, "sv", SV_VARDF),
    # a Swedish-speaking employer in Finland: interview plus a work sample, partly in Finnish
    (event("Intervju och arbetsprov – Ekonomiassistent, Vasa Hamn Ab",
           organizer=org("rekrytering@vasahamn.fi", "Vasa Hamn rekrytering"),
           guests=[guest("rekrytering@vasahamn.fi", "Vasa Hamn rekrytering"),
                   guest("kristina.back@vasahamn.fi", "Kristina Bäck")],
           description="Intervjun hålls på svenska; en del frågor ställs på finska och engelska. Efter samtalet "
                       "gör du ett kort arbetsprov i Excel (30 min). Intervjuare: Kristina Bäck, ekonomichef.",
           location="Vasa Hamn Ab, Hamngatan 3, Vasa",
           **at("2027-02-10", "09:00", 120, *HEL)),
     yes(["Vasa Hamn", "Vasa Hamn Ab", "Vasahamn"], ["rekrytering@vasahamn.fi", "kristina.back@vasahamn.fi"]),
     "sv", SV_EKONOMIT),
    # career coaching from an outplacement provider
    (event("Karriärcoachning: förbered jobbintervju (session 2 av 4)",
           organizer=org("coach.malin@karriarstod.se", "Malin Ek"),
           guests=[guest("coach.malin@karriarstod.se", "Malin Ek")],
           description="Vi går igenom före, under och efter intervjun och övar din presentation.",
           **at("2027-01-28", "15:00", 60, *STO)),
     None, "sv", SV_FALCK),

    # ============================================================ Danish
    # a recruitment firm's interview at the client's site; the client's manager named in the text only
    (event("Jobsamtale – Produktionsleder – Skovgaard Maskinfabrik (via Hvidbjerg Rekruttering)",
           organizer=org("lk@hvidbjerg-rekruttering.dk", "Lars Kjær"),
           guests=[guest("lk@hvidbjerg-rekruttering.dk", "Lars Kjær")],
           description="Kære Pat\n\nTillykke – du er kaldt til samtale. Fra Skovgaard deltager produktionschef "
                       "Mette Lund. Lav gerne research på virksomheden (hjemmeside, LinkedIn) inden.",
           location="Skovgaard Maskinfabrik A/S, Industrivej 40, Herning",
           **at("2027-01-20", "10:00", 60, *CPH)),
     yes(["Skovgaard Maskinfabrik", "Skovgaard Maskinfabrik A/S", "Skovgaard"],
         ["lk@hvidbjerg-rekruttering.dk", "Mette Lund"]), "da", DA_WOLTER),
    # a kindergarten's interview panel: leader, shop steward and a parent board member
    (event("Ansættelsessamtale – pædagog, Børnehuset Mælkebøtten",
           organizer=org("leder.maelkeboetten@solbakke.dk", "Hanne Brix"),
           guests=[guest("leder.maelkeboetten@solbakke.dk", "Hanne Brix"),
                   guest("tr.maelkeboetten@solbakke.dk", "Søren Vad (TR)")],
           description="Til samtalen deltager: leder Hanne Brix, tillidsrepræsentant Søren Vad og Camilla Friis "
                       "fra forældrebestyrelsen. Samtalen varer ca. 45 minutter.",
           location="Børnehuset Mælkebøtten, Engvej 7, Solbakke",
           **at("2027-01-27", "15:30", 45, *CPH)),
     yes(["Børnehuset Mælkebøtten", "Mælkebøtten", "Solbakke Kommune"],
         ["leder.maelkeboetten@solbakke.dk", "tr.maelkeboetten@solbakke.dk", "Camilla Friis"]),
     "da", DA_BUPL),
    # a second interview with a case presentation
    (event("2. samtale – Key Account Manager – Nordlys Foods",
           organizer=org("jeppe.r@nordlysfoods.dk", "Jeppe Rask"),
           guests=[guest("jeppe.r@nordlysfoods.dk", "Jeppe Rask"),
                   guest("hr@nordlysfoods.dk", "Nordlys Foods HR"),
                   guest("ditte.m@nordlysfoods.dk", "Ditte Mørk", "tentative")],
           description="Anden samtale: du præsenterer din case (15 min), derefter spørgsmål fra salgsdirektør "
                       "Ditte Mørk og mig." + TEAMS_DA,
           **at("2027-02-03", "13:00", 60, *CPH)),
     yes(["Nordlys Foods", "Nordlys", "Nordlysfoods"],
         ["jeppe.r@nordlysfoods.dk", "hr@nordlysfoods.dk", "ditte.m@nordlysfoods.dk"]), "da", DA_TALENTECH),
    # preparing a self-presentation at home
    (event("Øv præsentation af mig selv (3 min) – jobsamtale fredag", organizer=SELF,
           description="Højt foran spejlet. Tre vigtigste ting arbejdsgiveren skal vide.",
           **at("2027-02-04", "19:30", 30, *CPH)),
     None, "da", DA_STEPSTONE),
    # a temp agency's intake interview for its own pool, no client named: company = agency
    (event("Jobsamtale hos Vikarkompagniet – lagerassistent (vikariat)",
           organizer=org("aarhus@vikarkompagniet.dk", "Vikarkompagniet Aarhus"),
           guests=[guest("aarhus@vikarkompagniet.dk", "Vikarkompagniet Aarhus")],
           description="Du møder konsulent Rikke Holt. Medbring pas/sygesikringskort og evt. truckcertifikat.",
           location="Vikarkompagniet, Søren Frichs Vej 2, Aarhus",
           **at("2027-01-22", "08:30", 30, *CPH)),
     yes(["Vikarkompagniet", "Vikarkompagniet Aarhus"], ["aarhus@vikarkompagniet.dk", "Rikke Holt"]),
     "da", DA_TEMPTEAM),
    # a follow-up chore after an interview
    (event("Send tak-mail efter samtalen hos Grøndal Solenergi", organizer=SELF,
           **at("2027-02-05", "08:00", 15, *CPH)),
     None, "da", DA_DETGODEJOB),

    # ============================================================ Norwegian
    # a newspaper's interview: the editor and HR
    (event("Jobbintervju – journalist, Fjordposten",
           organizer=org("hr@fjordposten.no", "Fjordposten HR"),
           guests=[guest("hr@fjordposten.no", "Fjordposten HR"),
                   guest("ingrid.haug@fjordposten.no", "Ingrid Haug")],
           description="Intervju med ansvarlig redaktør Ingrid Haug og HR. Vi går gjennom kompetanse, "
                       "motivasjon og hvordan du jobber. Du får en liten skriveøvelse til slutt.",
           location="Fjordposten, Strandgata 15, Ålesund",
           **at("2027-02-09", "11:00", 75, *OSL)),
     yes(["Fjordposten"], ["hr@fjordposten.no", "ingrid.haug@fjordposten.no"]), "no", NO_NORED),
    # the user, now an editor, interviewing a candidate (hiring side)
    (event("Intervju: kandidat 2 – vaktsjef nett (kravspesifikasjon vedlagt)", organizer=SELF,
           guests=[guest("t.solberg@kystavisa.no", "Tone Solberg"),
                   guest("kandidat.berg@gmail.com", "Andreas Berg")],
           description="Intervjuskjema: kan – vil – passer. Tone tar notater.",
           **at("2027-02-11", "10:00", 60, *OSL)),
     None, "no", NO_NORED),

    # ============================================================ Czech
    # first round with HR, second with the future boss (two events)
    (event("1. kolo pohovoru – Stavbyvedoucí – Vltavín Stavby a.s.",
           organizer=org("personalni@vltavinstavby.cz", "Vltavín Stavby – personální oddělení"),
           guests=[guest("personalni@vltavinstavby.cz", "Vltavín Stavby – personální oddělení"),
                   guest("k.novotna@vltavinstavby.cz", "Klára Novotná")],
           description="První kolo vede personalistka Klára Novotná. Zaměříme se na vaši osobnost a motivaci.",
           location="Vltavín Stavby a.s., Na Florenci 9, Praha 1",
           **at("2027-01-18", "09:00", 45, *PRG)),
     yes(["Vltavín Stavby", "Vltavin Stavby", "Vltavinstavby"],
         ["personalni@vltavinstavby.cz", "k.novotna@vltavinstavby.cz"]), "cs", CS_FLEXINIT),
    (event("2. kolo – pohovor s ředitelem výroby (Vltavín Stavby)",
           organizer=org("k.novotna@vltavinstavby.cz", "Klára Novotná"),
           guests=[guest("m.dvorak@vltavinstavby.cz", "Martin Dvořák")],
           description="Druhé kolo s budoucím nadřízeným, Ing. Martinem Dvořákem. Odborná část ~30 minut.",
           location="Vltavín Stavby a.s., Na Florenci 9, Praha 1",
           **at("2027-01-26", "13:30", 60, *PRG)),
     yes(["Vltavín Stavby", "Vltavin Stavby", "Vltavinstavby"],
         ["k.novotna@vltavinstavby.cz", "m.dvorak@vltavinstavby.cz"]), "cs", CS_FLEXINIT),
    # a personnel agency's interview, consultant only, client not named
    (event("Pohovor – Kariéra Plus (pozice: účetní, klient v Brně)",
           organizer=org("konzultant@karieraplus.cz", "Petra Malá – Kariéra Plus"),
           guests=[guest("konzultant@karieraplus.cz", "Petra Malá – Kariéra Plus")],
           description="Pohovor vede konzultantka agentury. Přijďte 5 minut předem, počítejte asi s hodinou; "
                       "součástí může být krátký test.",
           location="Kariéra Plus s.r.o., Jakubské nám. 4, Brno",
           **at("2027-02-01", "10:00", 60, *PRG)),
     yes(["Kariéra Plus", "Kariera Plus", "Karieraplus"], ["konzultant@karieraplus.cz"]), "cs", CS_APROFES),
    # HTML description, part of the interview in English
    (event("Pohovor (část v angličtině) – Asistent/ka ředitele – Brněnská Optika a.s.",
           organizer=org("hr@brnenskaoptika.cz", "HR Brněnská Optika"),
           guests=[guest("hr@brnenskaoptika.cz", "HR Brněnská Optika"),
                   guest("j.kral@brnenskaoptika.cz", "Jan Král")],
           description="<p>Dobrý den,</p><p>potvrzujeme pohovor na pozici <b>Asistent/ka ředitele</b>.</p>"
                       "<ul><li>Část pohovoru proběhne v angličtině</li><li>Vezměte si životopis a doklady o "
                       "vzdělání</li><li>Účastní se: Jan Král, generální ředitel</li></ul>",
           location="Brněnská Optika a.s., Purkyňova 99, Brno",
           **at("2027-02-04", "14:00", 60, *PRG)),
     yes(["Brněnská Optika", "Brnenska Optika", "Brnenskaoptika"], ["hr@brnenskaoptika.cz", "j.kral@brnenskaoptika.cz"]),
     "cs", CS_EUROPASS),
    # practising answers aloud
    (event("Nacvičit odpovědi STAR nahlas (3–5 příkladů)", organizer=SELF,
           description="Před zrcadlem nebo natočit na telefon.",
           **at("2027-01-31", "17:00", 45, *PRG)),
     None, "cs", CS_ZACATEK),
    # researching the firm and questions for the recruiter
    (event("Průzkum firmy + otázky pro personalistu (Vltavín)", organizer=SELF,
           description="Web, tiskové zprávy, recenze zaměstnanců, konkurence.",
           **at("2027-01-17", "20:00", 60, *PRG)),
     None, "cs", CS_PRACETIP),

    # ============================================================ Romanian
    # a selection interview: HR specialist plus the direct manager
    (event("Interviu de selecție – Inginer calitate – Carpatica Componente SRL",
           organizer=org("recrutare@carpaticacomponente.ro", "Carpatica Componente – Recrutare"),
           guests=[guest("recrutare@carpaticacomponente.ro", "Carpatica Componente – Recrutare"),
                   guest("ioana.pop@carpaticacomponente.ro", "Ioana Pop"),
                   guest("radu.ene@carpaticacomponente.ro", "Radu Ene")],
           description="Vă rugăm să vă prezentați cu 5-10 minute înainte. La interviu participă specialistul HR "
                       "Ioana Pop și șeful direct, Radu Ene (manager calitate).",
           location="Carpatica Componente SRL, Str. Fabricii 21, Brașov",
           **at("2027-01-20", "11:00", 60, *BUC)),
     yes(["Carpatica Componente", "Carpatica Componente SRL", "Carpatica", "Carpaticacomponente"],
         ["recrutare@carpaticacomponente.ro", "ioana.pop@carpaticacomponente.ro", "radu.ene@carpaticacomponente.ro"]),
     "ro", RO_RRV),
    # a rescheduled interview keeps being an interview
    (event("Reprogramat: Interviu – Contabil junior – Olt Agro",
           organizer=org("hr@oltagro.ro", "Olt Agro HR"),
           guests=[guest("hr@oltagro.ro", "Olt Agro HR")],
           description="Conform discuției telefonice, interviul a fost mutat pe această dată. Intervievator: "
                       "Daniela Stan, contabil-șef.",
           location="Olt Agro, Bd. Independenței 5, Slatina",
           **at("2027-02-02", "10:00", 45, *BUC)),
     yes(["Olt Agro", "Oltagro"], ["hr@oltagro.ro", "Daniela Stan"]), "ro", RO_RRV),
    # a video interview
    (event("Interviu video – Specialist marketing – Dunărea Media",
           organizer=org("cristina.dobre@dunareamedia.ro", "Cristina Dobre"),
           guests=[guest("cristina.dobre@dunareamedia.ro", "Cristina Dobre")],
           description="Bună, Pat! Ne vedem pe Meet pentru primul interviu. Pregătește 2-3 exemple de "
                       "campanii." + MEET,
           **at("2027-01-28", "16:00", 40, *BUC)),
     yes(["Dunărea Media", "Dunarea Media", "Dunareamedia"], ["cristina.dobre@dunareamedia.ro"]),
     "ro", RO_AFACERI),
    # the user, a recruiter, interviewing a candidate
    (event("Interviu candidat: Andrei Popa – Dezvoltator Java", organizer=SELF,
           guests=[guest("andrei.popa92@yahoo.com", "Andrei Popa")],
           description="Ghid de interviu: întrebări comportamentale + situaționale; completează baremul după.",
           **at("2027-01-26", "12:00", 45, *BUC)),
     None, "ro", RO_MINGLE),
    # the user preparing an interview panel at their employer
    (event("Pregătire panel intervievatori – bareme de notare (post analist)",
           organizer=org("hr.intern@fermitas.ro", "HR Fermitas"),
           guests=[guest("hr.intern@fermitas.ro", "HR Fermitas"), guest("echipa.date@fermitas.ro", "Echipa Date")],
           description="Dry-run, ancore comportamentale 1–5, obligații GDPR.",
           **at("2027-02-01", "09:30", 60, *BUC)),
     None, "ro", RO_BANI),

    # ============================================================ Portuguese
    # an informal coffee with the hiring manager about an open role is a hiring step (yes)
    (event("Café com Rodrigo (Gerente de TI) – conversa sobre a vaga de Analista",
           organizer=org("rodrigo.lemos@mantiqueira.com.br", "Rodrigo Lemos"),
           guests=[guest("rodrigo.lemos@mantiqueira.com.br", "Rodrigo Lemos")],
           description="Oi Pat, vamos tomar um café e conversar de forma informal sobre a vaga de Analista de "
                       "Sistemas aqui na Mantiqueira Seguros. Nada formal!",
           location="Café Girondino, Rua Boa Vista 365, São Paulo",
           **at("2027-01-21", "08:30", 45, *SAO)),
     yes(["Mantiqueira Seguros", "Mantiqueira"], ["rodrigo.lemos@mantiqueira.com.br"]), "pt", PT_TRAVELCASH),
    # a group interview for a trainee programme, hidden guest list
    (event("Entrevista em grupo – Programa Trainee 2027 – Grupo Serra Azul",
           organizer=org("talentos@gruposerraazul.com.br", "Talentos Serra Azul"),
           guestsCanSeeOtherGuests=False,
           description="Dinâmica em grupo seguida de conversa individual. Facilitadora: Luana Prado (RH). "
                       "Leve documento com foto.",
           location="Grupo Serra Azul, Av. Afonso Pena 1500, Belo Horizonte",
           **at("2027-02-03", "09:00", 180, *SAO)),
     yes(["Grupo Serra Azul", "Serra Azul", "Gruposerraazul"], ["talentos@gruposerraazul.com.br", "Luana Prado"]),
     "pt", PT_GERANDO),
    # a phone screen
    (event("Triagem por telefone – Analista Fiscal – Contábil Ipê",
           organizer=org("selecao@contabilipe.com.br", "Seleção Contábil Ipê"),
           guests=[guest("selecao@contabilipe.com.br", "Seleção Contábil Ipê")],
           description="A recrutadora Bianca Reis vai ligar no seu celular. Duração aproximada: 20 minutos.",
           **at("2027-01-25", "14:00", 20, *SAO)),
     yes(["Contábil Ipê", "Contabil Ipe", "Contabilipe"], ["selecao@contabilipe.com.br", "Bianca Reis"]),
     "pt", PT_GERANDO),
    # the user, now a recruiter, running interviews with a script
    (event("Entrevistas – vaga Auxiliar Administrativo (roteiro estruturado)", organizer=SELF,
           description="3 candidatos, 30 min cada. Perguntas fixas na mesma ordem.",
           **at("2027-02-08", "09:00", 120, *SAO)),
     None, "pt", PT_BNE),
    # mentoring about interview answers
    (event("Mentoria com Juliana – como responder 'por que quer trabalhar aqui?'",
           organizer=org("juliana.n@mentoriacarreira.com.br", "Juliana Nascimento"),
           guests=[guest("juliana.n@mentoriacarreira.com.br", "Juliana Nascimento")],
           description="Sessão de preparação para entrevistas." + MEET_PT,
           **at("2027-01-19", "19:00", 60, *SAO)),
     None, "pt", PT_ESTADAO),
    # a Lisbon company's structured interview
    (event("Entrevista estruturada – Técnico de Recursos Humanos – Tejo Logística",
           organizer=org("recrutamento@tejologistica.pt", "Recrutamento Tejo Logística"),
           guests=[guest("recrutamento@tejologistica.pt", "Recrutamento Tejo Logística"),
                   guest("s.matos@tejologistica.pt", "Sofia Matos")],
           description="Entrevista estruturada sobre atribuições do cargo, formato de trabalho e perspetivas de "
                       "carreira. Entrevistadora: Sofia Matos.",
           location="Tejo Logística, Rua do Açúcar 88, Lisboa",
           **at("2027-02-12", "10:30", 50, *LIS)),
     yes(["Tejo Logística", "Tejo Logistica", "Tejologistica"],
         ["recrutamento@tejologistica.pt", "s.matos@tejologistica.pt"]), "pt", PT_BEYOU),

    # ============================================================ German
    # an email invitation with a fixed slot after several proposals
    (event("Vorstellungsgespräch – Werkstudent*in IT-Support – Lindenhof Systemhaus",
           organizer=org("bewerbung@lindenhof-systemhaus.de", "Lindenhof Systemhaus Bewerbermanagement"),
           guests=[guest("bewerbung@lindenhof-systemhaus.de", "Lindenhof Systemhaus Bewerbermanagement"),
                   guest("t.berger@lindenhof-systemhaus.de", "Tobias Berger")],
           description="Vielen Dank für die Bestätigung des zweiten Terminvorschlags. Gesprächspartner: Tobias "
                       "Berger (Teamleitung Support). Dauer ca. 45 Minuten.",
           location="Lindenhof Systemhaus GmbH, Lindenallee 3, Kassel",
           **at("2027-01-22", "14:00", 45, *BER)),
     yes(["Lindenhof Systemhaus", "Lindenhof Systemhaus GmbH", "Lindenhof", "Lindenhof-Systemhaus"],
         ["bewerbung@lindenhof-systemhaus.de", "t.berger@lindenhof-systemhaus.de"]), "de", DE_INFRA),
    # an invitation that came via a social network message; the owner typed the event
    (event("Telefoninterview Brauerei Kesselring (Nachricht über Xing)", organizer=SELF,
           description="Frau Anja Kesselring ruft an. Stelle: Vertriebsinnendienst. Unterlagen bereitlegen.",
           **at("2027-01-29", "10:00", 30, *BER)),
     yes(["Brauerei Kesselring", "Kesselring"], ["Anja Kesselring"]), "de", DE_INFRA),

    # ============================================================ Spanish
    # an international organisation's panel, held in the call's two languages
    (event("Entrevista – Oficial de Programas (P-3) – Organización Iberoamericana de Cooperación Técnica",
           organizer=org("seleccion@oict-int.org", "OICT Selección de Personal"),
           guests=[guest("seleccion@oict-int.org", "OICT Selección de Personal"),
                   guest("m.ibarra@oict-int.org", "Marta Ibarra"),
                   guest("j.cole@oict-int.org", "Jonathan Cole")],
           description="Entrevista basada en competencias ante el panel (Marta Ibarra, Jonathan Cole): tres o "
                       "cuatro preguntas sobre experiencias pasadas, 45 a 60 minutos, en español e inglés." + TEAMS,
           **at("2027-02-15", "15:00", 60, *MAD)),
     yes(["Organización Iberoamericana de Cooperación Técnica", "OICT"],
         ["seleccion@oict-int.org", "m.ibarra@oict-int.org", "j.cole@oict-int.org"]), "es", ES_WIPO),
    # an information session about jobs in international organisations
    (event("Sesión informativa: oportunidades en organismos internacionales",
           organizer=org("oportunidades@ministerio-exteriores.example.es", "Unidad de Funcionarios Internacionales"),
           guestsCanSeeOtherGuests=False,
           description="Presentación de la guía para aspirantes: vías de acceso, competencias demandadas, "
                       "cómo preparar el CV y la carta de motivación.",
           **at("2027-01-27", "17:00", 90, *MAD)),
     None, "es", ES_GUIA),

    # ============================================================ Japanese
    # a first interview at a date the candidate picked from the proposed ones
    (event("【一次面接】株式会社青葉ロジテック 営業職",
           organizer=org("saiyo@aoba-logitech.co.jp", "青葉ロジテック 採用担当"),
           guests=[guest("saiyo@aoba-logitech.co.jp", "青葉ロジテック 採用担当")],
           description="ご希望いただいた日時で一次面接を確定しました。面接官:人事部 佐藤、営業部 田中。"
                       "当日は受付で「採用面接」とお伝えください。",
           location="株式会社青葉ロジテック 本社 7階 (東京都港区芝5-1-1)",
           **at("2027-01-19", "14:00", 60, *TYO)),
     yes(["青葉ロジテック", "株式会社青葉ロジテック", "Aoba Logitech", "Aoba-Logitech"],
         ["saiyo@aoba-logitech.co.jp", "佐藤", "田中"]), "ja", JA_MYNAVI),
    # replying to the scheduling mail is a chore
    (event("面接日程の返信メールを送る(青葉ロジテック)", organizer=SELF,
           description="件名は変えず「Re:」のまま。候補日1を選ぶ。",
           **at("2027-01-12", "21:00", 15, *TYO)),
     None, "ja", JA_MYNAVI),
    # a final interview moved at the candidate's request, on video
    (event("最終面接(日程変更後)株式会社ミナト食品",
           organizer=org("jinji@minato-foods.co.jp", "ミナト食品 人事部"),
           guests=[guest("jinji@minato-foods.co.jp", "ミナト食品 人事部"),
                   guest("k.ishikawa@minato-foods.co.jp", "石川 健一")],
           description="日程変更のご連絡ありがとうございました。最終面接は代表取締役 石川が担当します。" + ZOOM_JA,
           **at("2027-02-05", "10:00", 45, *TYO)),
     yes(["ミナト食品", "株式会社ミナト食品", "Minato Foods", "Minato-Foods"],
         ["jinji@minato-foods.co.jp", "k.ishikawa@minato-foods.co.jp"]), "ja", JA_MYNAVI),
    # declining an interview is a chore
    (event("面接辞退の連絡 – 株式会社北斗不動産", organizer=SELF,
           description="他社内定のため。お詫びとお礼を添える。",
           **at("2027-02-01", "09:00", 15, *TYO)),
     None, "ja", JA_MYNAVI),

    # ============================================================ Italian
    # an interview moved to a new date stays an interview
    (event("Colloquio riprogrammato – Addetta paghe – Studio Ferri & Associati",
           organizer=org("selezione@studioferri.it", "Studio Ferri – Selezione"),
           guests=[guest("selezione@studioferri.it", "Studio Ferri – Selezione"),
                   guest("g.ferri@studioferri.it", "Giulia Ferri")],
           description="Come concordato, il colloquio è spostato a questa data. Incontrerà la dott.ssa Giulia "
                       "Ferri.",
           location="Studio Ferri & Associati, Via Mazzini 12, Bologna",
           **at("2027-01-26", "11:00", 45, *ROM)),
     yes(["Studio Ferri & Associati", "Studio Ferri", "Studioferri"],
         ["selezione@studioferri.it", "g.ferri@studioferri.it"]), "it", IT_MODELLOCV),
    # writing the reschedule request is a chore
    (event("Scrivere email per spostare il colloquio (Studio Ferri)", organizer=SELF,
           description="Scuse, motivo breve, 2-3 date alternative, ribadire interesse.",
           **at("2027-01-20", "08:30", 15, *ROM)),
     None, "it", IT_MODELLOCV),
    # the employer cancelled; the title says so and the description explains (no interview to follow up)
    (event("ANNULLATO: Colloquio – Grafico junior – Officine Lumière",
           organizer=org("hr@officinelumiere.it", "Officine Lumière HR"),
           guests=[guest("hr@officinelumiere.it", "Officine Lumière HR")],
           description="Ci scusiamo: la posizione è stata coperta internamente e il colloquio è annullato.",
           location="Officine Lumière, Via Tortona 31, Milano",
           **at("2027-02-03", "15:00", 45, *ROM)),
     None, "it", IT_SPARK),
    # a first get-to-know interview on video
    (event("Colloquio conoscitivo – Sviluppatore Python – Dolomiti Software",
           organizer=org("talent@dolomitisoftware.it", "Dolomiti Software Talent"),
           guests=[guest("talent@dolomitisoftware.it", "Dolomiti Software Talent"),
                   guest("l.moser@dolomitisoftware.it", "Lukas Moser")],
           description="Primo colloquio conoscitivo con Lukas Moser (Tech Lead)." + MEET,
           **at("2027-02-09", "17:00", 45, *ROM)),
     yes(["Dolomiti Software", "Dolomiti", "Dolomitisoftware"],
         ["talent@dolomitisoftware.it", "l.moser@dolomitisoftware.it"]), "it", IT_SPARK),

    # ============================================================ Dutch
    # a municipality's selection committee
    (event("Sollicitatiegesprek – Beleidsmedewerker Wonen – Gemeente Waterlanden",
           organizer=org("werving@waterlanden.nl", "Werving & Selectie Waterlanden"),
           guests=[guest("werving@waterlanden.nl", "Werving & Selectie Waterlanden"),
                   guest("f.dekker@waterlanden.nl", "Fleur Dekker"),
                   guest("r.bos@waterlanden.nl", "Ruud Bos"),
                   room("c_90af22@resource.calendar.google.com", "Stadhuis-Kamer 2.14")],
           description="De selectiecommissie bestaat uit Fleur Dekker (teamleider) en Ruud Bos (senior "
                       "beleidsmedewerker). Meld u bij de receptie van het stadhuis.",
           location="Stadhuis Waterlanden, Markt 1, Purmerend",
           **at("2027-01-28", "13:00", 60, *AMS)),
     yes(["Gemeente Waterlanden", "Waterlanden"],
         ["werving@waterlanden.nl", "f.dekker@waterlanden.nl", "r.bos@waterlanden.nl"]), "nl", NL_CVZEN),
    # asking for feedback after a rejection
    (event("Afwijzing Bakkerij Vos – bellen voor feedback", organizer=SELF,
           **at("2027-02-02", "10:00", 15, *AMS)),
     None, "nl", NL_VOORBEELD),
    # declining an interview after accepting another offer
    (event("Mail: gesprek bij Hoogland Techniek afzeggen (ander aanbod aangenomen)", organizer=SELF,
           **at("2027-02-04", "08:45", 15, *AMS)),
     None, "nl", NL_CVZEN),

    # ============================================================ Chinese
    # a civil-service interview: the organising bureau is the company
    (event("面试:江淮市税务局 综合管理岗(公务员招录)",
           organizer=org("zhaolu@jhtax-rsc.gov.example.cn", "江淮市税务局人事处"),
           guestsCanSeeOtherGuests=False,
           description="请于面试当日8:00前凭准考证、身份证到指定考场候考。面试形式:结构化面试。"
                       "联系人:人事处 王老师。",
           location="江淮市税务局培训中心 3楼考场",
           **at("2027-02-18", "08:30", 240, *SHA)),
     yes(["江淮市税务局", "江淮市税务局人事处"], ["zhaolu@jhtax-rsc.gov.example.cn", "王老师"]), "zh", ZH_WWKOBO),
    # confirming attendance by mail before a deadline is a chore
    (event("回复面试确认邮件(姓名+准考证号+职位名称)截止", organizer=SELF,
           description="附件:报名登记表、照片底版。",
           **at("2027-02-10", "17:00", 15, *SHA)),
     None, "zh", ZH_WWKOBO),
    # the bureau's confirmation phone call is not the interview
    (event("等人事处电话确认是否参加面试", organizer=SELF,
           description="保持手机畅通。",
           **at("2027-02-09", "09:00", 60, *SHA)),
     None, "zh", ZH_WWKOBO),

    # ============================================================ Vietnamese
    # a second-round interview
    (event("Phỏng vấn vòng 2 – Chuyên viên Marketing – Công ty CP Sao Mai",
           organizer=org("tuyendung@saomai.com.vn", "Phòng Nhân sự Sao Mai"),
           guests=[guest("tuyendung@saomai.com.vn", "Phòng Nhân sự Sao Mai"),
                   guest("hoang.lan@saomai.com.vn", "Hoàng Lan")],
           description="Vòng 2 với Trưởng phòng Marketing, chị Hoàng Lan. Vui lòng mang theo portfolio.",
           location="Công ty CP Sao Mai, 12 Nguyễn Huệ, Quận 1, TP.HCM",
           **at("2027-01-21", "09:30", 60, *HCM)),
     yes(["Sao Mai", "Công ty CP Sao Mai", "Saomai"], ["tuyendung@saomai.com.vn", "hoang.lan@saomai.com.vn"]),
     "vi", VI_TOPICA),
    # writing a decline email
    (event("Gửi email từ chối phỏng vấn – Công ty Hải Đăng", organizer=SELF,
           description="Tiêu đề: Declining Interview Invitation – vị trí Kế toán – tên đầy đủ.",
           **at("2027-01-23", "08:00", 15, *HCM)),
     None, "vi", VI_TOPICA),
    # signing an offer letter after the process
    (event("Ký thư mời nhận việc (offer) – Công ty Sao Mai", organizer=SELF,
           description="Xác nhận lương, ngày bắt đầu, người quản lý trực tiếp.",
           **at("2027-02-08", "10:00", 30, *HCM)),
     None, "vi", VI_TERRA),

    # ============================================================ Thai
    # a provincial employment office workshop
    (event("อบรมการเขียนจดหมายสมัครงานและประวัติย่อ – สำนักงานจัดหางานจังหวัด",
           organizer=org("cic.cnx@doe-example.go.th", "ศูนย์ข้อมูลอาชีพ"),
           guestsCanSeeOtherGuests=False,
           **at("2027-01-20", "09:00", 180, *BKK)),
     None, "th", TH_CHIANGMAI),
    # an interview after an application letter
    (event("สัมภาษณ์งาน ตำแหน่งเจ้าหน้าที่บัญชี – บริษัท ล้านนาฟู้ดส์ จำกัด",
           organizer=org("hr@lannafoods.co.th", "ฝ่ายบุคคล ล้านนาฟู้ดส์"),
           guests=[guest("hr@lannafoods.co.th", "ฝ่ายบุคคล ล้านนาฟู้ดส์")],
           description="ผู้สัมภาษณ์: คุณสมศรี แก้วมณี ผู้จัดการฝ่ายบัญชี กรุณานำสำเนาบัตรประชาชนและวุฒิการศึกษามาด้วย",
           location="บริษัท ล้านนาฟู้ดส์ จำกัด ถนนห้วยแก้ว เชียงใหม่",
           **at("2027-01-27", "10:00", 45, *BKK)),
     yes(["ล้านนาฟู้ดส์", "บริษัท ล้านนาฟู้ดส์ จำกัด", "Lanna Foods", "Lannafoods"],
         ["hr@lannafoods.co.th", "สมศรี แก้วมณี"]), "th", TH_CHIANGMAI),
    # an interview the owner typed in after a phone call
    (event("นัดสัมภาษณ์ ผู้ช่วยผู้จัดการร้าน – ร้านสยามเบเกอรี่ สาขาบางนา", organizer=SELF,
           description="คุณวิชัยโทรมานัด ให้ไปพบผู้จัดการเขต",
           location="สยามเบเกอรี่ สาขาบางนา",
           **at("2027-02-03", "13:30", 30, *BKK)),
     yes(["สยามเบเกอรี่", "Siam Bakery"], ["วิชัย"]), "th", TH_MUSLIMTHAI),

    # ============================================================ Slovak
    # an official-letter style invitation to a selection interview at a town office
    (event("Pozvánka na výberový pohovor – referent/ka pre životné prostredie",
           organizer=org("personalne@zvolenskalehota.sk", "Mestský úrad Zvolenská Lehota"),
           guests=[guest("personalne@zvolenskalehota.sk", "Mestský úrad Zvolenská Lehota")],
           description="Miesto konania: zasadačka, 1. poschodie\nČas: 9:00\nProgram: 1. predstavenie "
                       "uchádzača, 2. odborné otázky, 3. otázky komisie\nPredpokladané ukončenie: 10:00\n"
                       "Predseda komisie: Ing. Pavol Hrubý, prednosta úradu",
           location="Mestský úrad, Námestie SNP 2, Zvolenská Lehota",
           **at("2027-02-16", "09:00", 60, *BTS)),
     yes(["Mestský úrad Zvolenská Lehota", "Zvolenská Lehota", "Zvolenska Lehota"],
         ["personalne@zvolenskalehota.sk", "Pavol Hrubý"]), "sk", SK_REFERATY),
    # a work meeting at the current job
    (event("Pozvánka na poradu – oddelenie logistiky (plán Q1)",
           organizer=org("veduci.logistika@tatrasklad.sk", "Ján Beňo"),
           guests=[guest("veduci.logistika@tatrasklad.sk", "Ján Beňo"),
                   guest("logistika@tatrasklad.sk", "Oddelenie logistiky")],
           description="Program: 1. výsledky Q4, 2. plán Q1, 3. rôzne. Predpokladaný záver 11:30.",
           **at("2027-01-14", "10:00", 90, *BTS)),
     None, "sk", SK_REFERATY),
]
