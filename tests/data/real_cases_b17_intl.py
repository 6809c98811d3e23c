"""Blind batch 17 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b17.py`` for length; the module docstring there describes the batch, its
sources and its labelling conventions. This file also holds the pieces both halves share: the
time zones (offsets for October 2027: European summer time still on until the 31st; the United
States and Canada on daylight time; New South Wales on daylight time since 3 October; Queensland,
Western Australia, Brazil, Jordan and the tropics without summer time) and the conference texts
pasted into descriptions.

Scored once, at the end of round 17, for docs/detection.md and the README; tuning data since round 18.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, days, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data/*.py for the URL and the host before each was used).
DE_BAHNEN_NRW = "https://www.bahnen.nrw/blog/das-erwartet-dich-beim-eignungstest.html"
DE_ALLGAEUER = "https://www.allgaeuer-zeitung.de/lokfuehrer-werden-nie-arbeitslos_arid-198698"
DE_HAZ = "https://www.haz.de/Hannover/Aus-der-Stadt/Casting-fuer-Lokfuehrer-Transdev-sucht-Bewerber-fuer-die-S-Bahn-Hannover"
DE_LOKIFAHRER = "https://www.lokifahrer.ch/Lukmanier/Personal/Lokfuehrer/Auswahlverfahren.htm"
FR_BUSSISME = "http://bussisme.blogspot.com/2010/10/demarches-aupres-du-reseau-de-transport.html"
FR_BUSSISME_TEST = "http://bussisme.blogspot.com/2010/10/recrutement-par-le-reseau-de-transport_24.html"
FR_AAAEP = "https://www.aaaep.fr/aaaep/test-psychotechnique-professionnel-conducteur-train-ratp-sncf.html"
FR_LCI = "http://www.lci.fr/emploi/emploi-la-sncf-recherche-1000-conducteurs-de-trains-2045545.html"
FR_THREADREADER = "https://threadreaderapp.com/thread/1543334655100964864.html"
ES_LNE = "http://www.lne.es/oriente/2017/06/03/socorristas-acuaticos-reivindican-papel-durante/2114956.html"
ES_INFORMACION = "http://www.diarioinformacion.com/elche/2012/05/17/elche-duro-esfuerzo-lograr-empleo/1254509.html"
ES_FERROL = "https://www.diariodeferrol.com/articulo/ferrol/total-64-candidatos-participan-manana-prueba-socorristas-4340964"
ES_IBIZA = "https://periodicodeibiza.es/pitiusas/ibiza/2005/05/29/599759/socorristas-nivel.html"
IT_RIVIERA24 = "https://riviera24.it/2023/08/concorso-al-casino-di-sanremo-in-43-superano-le-prove-pratiche-828818"
IT_GAZZETTINO = ("https://www.ilgazzettino.it/nordest/venezia/casino_venezia_croupier_assunzioni_candidature_"
                 "formazione_21_luglio_2023-7531420.html")
IT_LANOTIZIA = "https://www.lanotiziaweb.it/2022/quanto-guadagna-in-media-un-croupier-stipendi-e-informazioni/"
PT_CEFETMG = "http://www.divinopolis.cefetmg.br/alunos/estagio/dicas-uteis/"
PT_ESTAGIOONLINE = "https://estagioonline.com/carreira/quais-sao-as-etapas-de-selecao-de-programas-de-estagio-e-trainee/amp"
PT_FALAMEUPOVO = ("https://falameupovomt.com.br/2019/09/18/mti-divulga-inscricoes-deferidas-e-locais-de-provas-do-"
                  "processo-seletivo")
PT_ESTUDAR = ("https://duvidas.estudar.org.br/support/solutions/articles/17000048688-quais-s%C3%A3o-as-etapas-de-"
              "selec%C3%A3o-do-l%C3%ADderes-estudar-")
NO_TALENTMEDIA = "https://talentmedia.no/skal-du-pa-andregangsintervju-dette-kan-du-vente-deg/"
FI_WORKPOWER = "https://www.workpower.fi/yrityksille/opas-haastattelijan-muistilista/"
FI_PROFOS = "https://profos.fi/miten-toteutan-tuloksekkaan-rekrytointihaastattelun/"
EL_INSETE = "https://insetetoolkit.gr/synenteyxi-epilogis-prosopikoy/"
EL_ZEUSIUS = "https://www.zeusius.gr/cv-tips-1"
EL_FLASH = "https://www.flash.gr/viografiko-telos-ti-einai-to-test-toy-proinoy-stis-synenteyxeis-1027481"
RO_GAZETANV = "https://www.gazetanord-vest.ro/2015/04/inghesuiala-pe-locurile-vacante-de-la-spitalul-judetean/"
RO_AMBULANTABIHOR = ("https://ambulantabihor.ro/anunt-organizare-concurs-pentru-ocuparea-posturilor-vacante-de-medic-"
                     "in-perioada-27-05-2024-25-06-2024/")
RO_SCJUC = "https://www.scjuc.ro/examen-de-promovare-11-10-2023/"
HU_SZON = ("https://www.szon.hu/pr/2024/06/vendeglatos-allas-utan-neznel-ozdon-vagy-kornyeken-ezekbol-a-lehetosegekbol-"
           "valogathatsz")
HU_UJNO = "https://www.ujno.sk/hogyan-nyugozzuk-le-jovobeli-fonokunket-az-allasinterjun"
HU_HIRMONDO = "https://hirmondo.ro/kovaszna-megye/pincerkepzes-kulfoldon"
HE_PILAT = ("https://www.pilat.co.il/%D7%A0%D7%91%D7%97%D7%A0%D7%99%D7%9D-%D7%90%D7%A6%D7%9C%D7%A0%D7%95/"
            "%D7%AA%D7%94%D7%9C%D7%99%D7%9A-%D7%94%D7%90%D7%91%D7%97%D7%95%D7%9F/")
HE_JOINT = "http://joint.co.il/joint/jointinfocenter/job_interview/job-interview02.php"
AR_TALENTO = "https://talento-hr.com/ar/blog/recruitment-process-guide"
AR_FFAMAG = ("https://ffamag.com/2018/02/18/%D8%AA%D9%82%D8%A7%D9%86%D8%A7%D8%AA-%D9%84%D8%BA%D9%88%D9%8A%D8%A9-"
             "%D8%A7%D9%84%D8%A5%D9%86%D8%AC%D9%84%D9%8A%D8%B2%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%B6%D9%8A%D8%A7%D9%81%D8%A9-"
             "%D8%A7%D9%84%D8%AC/")
AR_ELBALAD = "http://www.elbalad.news/3444406"
ID_PARAPUAN = ("https://www.parapuan.co/read/533904330/psikotest-dalam-proses-rekrutmen-bisa-di-awal-atau-akhir-"
               "seleksi-ternyata-ini-alasannya?page=2")
ID_MELAMAR = "http://melamarkerjaonline.blogspot.com/2013/09/ini-adalah-tentang-tes-seleksi-kerja.html"
ID_TESPSIKOMETRI = "https://tespsikometri.com/tag/asesmen-psikologis"
VI_NGOLONGND = "https://ngolongnd.net/2021/11/tong-hop-de-thi-phong-van-bidv-va-cach-tra-loi.html"
VI_UBCOM = "http://ub.com.vn/threads/kinh-nghiem-phong-van-vao-bidv-va-nhung-luu-y-quan-trong.238007"
VI_BANKERLINK = ("https://bankerlink.vn/post/bi-quyet-de-vuot-qua-vong-phong-van-tuyen-dung-cua-cac-ngan-hang-"
                 "pid166")
TH_PANTIP = "https://ppantip.com/topic/40563193"
TH_MINI7 = "http://www.mini7.net/project2/siam_job.php"
TH_BLOGGANG = "https://www.bloggang.com/viewblog.php?id=ongchun&date=12-05-2006&group=2&gblog=13"
UK_HOORYA = ("https://hoorya.eu/courses/%D0%BF%D1%96%D0%B4%D0%B3%D0%BE%D1%82%D0%BE%D0%B2%D0%BA%D0%B0-%D0%B4%D0%BE-"
             "%D1%81%D0%BF%D1%96%D0%B2%D0%B1%D0%B5%D1%81%D1%96%D0%B4%D0%B8-%D0%B2-it/")
UK_WEM = "https://wem.ua/yak-vidpovidaty-na-spivbesidi-vycherpnyj-posibnyk-do-uspihu"
UK_STUDSVIT = ("https://studsvit.com/a/1185-yak-pidgotuvatysya-do-spivbesidy-osnovni-navychky-dlya-uspishnogo-"
               "prohodzhennya")

# Offsets for October 2027 (the batch's dates fall between 1 and 29 October 2027).
NY = ("-04:00", "America/New_York")
CHI = ("-05:00", "America/Chicago")
DEN = ("-06:00", "America/Denver")
LA = ("-07:00", "America/Los_Angeles")
TOR = ("-04:00", "America/Toronto")
VAN = ("-07:00", "America/Vancouver")
LON = ("+01:00", "Europe/London")
DUB = ("+01:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
BNE = ("+10:00", "Australia/Brisbane")
PER = ("+08:00", "Australia/Perth")
MNL = ("+08:00", "Asia/Manila")
KOL = ("+05:30", "Asia/Kolkata")
JNB = ("+02:00", "Africa/Johannesburg")
ACC = ("+00:00", "Africa/Accra")
DXB = ("+04:00", "Asia/Dubai")
BER = ("+02:00", "Europe/Berlin")
ZRH = ("+02:00", "Europe/Zurich")
PAR = ("+02:00", "Europe/Paris")
MAD = ("+02:00", "Europe/Madrid")
ROM = ("+02:00", "Europe/Rome")
LIS = ("+01:00", "Europe/Lisbon")
SAO = ("-03:00", "America/Sao_Paulo")
CGB = ("-04:00", "America/Cuiaba")
OSL = ("+02:00", "Europe/Oslo")
HEL = ("+03:00", "Europe/Helsinki")
ATH = ("+03:00", "Europe/Athens")
BUH = ("+03:00", "Europe/Bucharest")
BUD = ("+02:00", "Europe/Budapest")
BTS = ("+02:00", "Europe/Bratislava")
JLM = ("+03:00", "Asia/Jerusalem")
RUH = ("+03:00", "Asia/Riyadh")
AMM = ("+03:00", "Asia/Amman")
JKT = ("+07:00", "Asia/Jakarta")
SGN = ("+07:00", "Asia/Ho_Chi_Minh")
BKK = ("+07:00", "Asia/Bangkok")
KYV = ("+03:00", "Europe/Kyiv")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 284 119 630 57\nPasscode: Kq7vRt\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/86120447915?pwd=Hy3q\nMeeting ID: 861 2044 7915\nPasscode: 530912"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/pxe-otwn-kha\nOr dial: (US) +1 347-560-1184 PIN: 227 901 354#"
WEBEX = "\n\nJoin Webex meeting: https://meetings.webex.com/join/selection-panel-4\nMeeting number: 2517 906 3348"
TEAMS_FI = ("\n________________________________________________________________________________\n"
            "Microsoft Teams -kokous\nLiity tietokoneella, mobiilisovelluksella tai huonelaitteella\n"
            "Liity kokoukseen napsauttamalla tätä\nKokouksen tunnus: 337 602 118 94\nTunnuskoodi: Mb5zQe\n"
            "________________________________________________________________________________")
TEAMS_UK = ("\n________________________________________________________________________________\n"
            "Нарада Microsoft Teams\nПриєднатися з комп'ютера, мобільного застосунку або пристрою в приміщенні\n"
            "Натисніть тут, щоб приєднатися до наради\nІдентифікатор наради: 318 774 205 61\nКод доступу: Rf4tLw\n"
            "________________________________________________________________________________")
MEET_ID = "\n\nGabung dengan Google Meet: https://meet.google.com/ysq-bdfn-rwe"
MEET_PT = "\n\nParticipar com o Google Meet: https://meet.google.com/gkv-xuzp-pob"
ZOOM_VI = "\n\nTham gia cuộc họp Zoom\nhttps://us06web.zoom.us/j/81933025547?pwd=Vn2k\nID cuộc họp: 819 3302 5547\nMật mã: 448120"


INTL17: list[Case] = [
    # ============================================================ German (Germany, Switzerland)
    # bahnen.nrw: the computer-based psychological aptitude test a rail operator sends train-driver applicants to
    # (the employer's own test, run by a testing body on its behalf; the operator's recruiting mailbox organises it)
    (event("Psychologische Eignungsuntersuchung Triebfahrzeugführer/in – Rheinland Regio",
           organizer=org("bewerbung@rheinland-regio.de", "Rheinland Regio Recruiting"),
           guestsCanSeeOtherGuests=False,
           description="Guten Tag,\nim Rahmen Ihrer Bewerbung als Quereinsteiger/in laden wir Sie zur psychologischen "
                       "Untersuchung ein. Die Aufgaben am PC prüfen Konzentration, Reaktion und logisches Denken; Dauer "
                       "ca. 3 Stunden. Die medizinische Untersuchung erfolgt separat. Bitte Personalausweis und Brille "
                       "(falls nötig) mitbringen.\nIhr Recruiting-Team",
           location="Prüfzentrum Verkehrspsychologie, Harkortstraße 12, 45145 Essen",
           **at("2027-10-06", "08:30", 180, *BER)),
     yes(["Rheinland Regio", "Rheinland-regio"], ["bewerbung@rheinland-regio.de"]), "de", DE_BAHNEN_NRW),
    # allgaeuer-zeitung: an information event for career changers at the employment agency (information, no)
    (event("Infoveranstaltung Quereinstieg Lokführer – Agentur für Arbeit Memmingen",
           organizer=SELF,
           description="Vortrag der Personalreferentin, Ausbildung 11 Monate. Danach freiwilliger Einstellungstest "
                       "möglich – mal schauen.",
           location="Agentur für Arbeit, Bodenseestraße 1, Memmingen", **at("2027-10-12", "10:00", 90, *BER)),
     None, "de", DE_ALLGAEUER),
    # haz: a Saturday applicants' day in a hotel: aptitude test on the spot and a first interview with HR
    (event("Bewerbertag Triebwagenführer (Test + Gespräch) – Leinetal S-Bahn", organizer=SELF,
           description="Unterlagen mitbringen! Vor Ort Eignungstest, danach Gespräch mit Personalleiterin Dana "
                       "Kühl. Zusage möglich vorbehaltlich Arzt.",
           location="Hotel Loccumer Hof, Kurt-Schumacher-Str. 16, Hannover", **at("2027-10-16", "10:00", 240, *BER)),
     yes(["Leinetal S-Bahn", "Leinetal"], ["Dana Kühl"]), "de", DE_HAZ),
    # lokifahrer: an interview for the train-driver training at a Swiss regional railway, after the aptitude tests
    (event("Vorstellungsgespräch – Ausbildung Lokführer/in Kat. B – Gotthard Regionalbahn",
           organizer=org("personal@gotthard-regionalbahn.ch", "Personaldienst GRB"),
           guests=[guest("personal@gotthard-regionalbahn.ch", "Personaldienst GRB"),
                   guest("urs.baumann@gotthard-regionalbahn.ch", "Urs Baumann"),
                   room("c_77fe0a12@resource.calendar.google.com", "BEL-Sitzungszimmer 2 (6)")],
           description="Sehr geehrte Frau Lee\nNach bestandenem Tauglichkeitstest freuen wir uns, Sie zum Gespräch "
                       "mit Herrn Baumann (Leiter Lokpersonal) einzuladen. Dauer ca. 60 Minuten.",
           location="Bahnhofplatz 3, 6500 Bellinzona", **at("2027-10-19", "14:00", 60, *ZRH)),
     yes(["Gotthard Regionalbahn", "GRB", "Gotthard-regionalbahn"],
         ["personal@gotthard-regionalbahn.ch", "urs.baumann@gotthard-regionalbahn.ch"]), "de", DE_LOKIFAHRER),
    # ============================================================ French (France)
    # bussisme: the bus network's pre-selection tests run by an outside recruitment firm for the network
    (event("Convocation – tests de présélection conducteur-receveur (Réseau Ondine)",
           organizer=org("recrutement@cabinet-arpege-rh.fr", "Cabinet Arpège RH"),
           description="Madame, Monsieur,\nSuite à votre candidature au poste de conducteur-receveur du réseau "
                       "Ondine, vous êtes convoqué(e) à une après-midi de tests (logique, attention, personnalité) "
                       "animée par notre psychologue. Merci de vous munir d'une pièce d'identité.",
           location="Cabinet Arpège RH, 8 rue Paul-Bert, Tours", **at("2027-10-07", "13:30", 210, *PAR)),
     yes(["Réseau Ondine", "Ondine"], ["recrutement@cabinet-arpege-rh.fr"]), "fr", FR_BUSSISME),
    # bussisme: the last step, an interview then a driving test with the operations manager
    (event("Entretien + test de conduite (Master) – Réseau Ondine", organizer=SELF,
           description="Entretien avec la RH puis test de conduite ~30 min avec Luc Gervais (responsable "
                       "d'exploitation). Couloirs de bus, 20 km/h hypercentre. Permis + carte vitale.",
           location="Dépôt Ondine, 45 av. Maginot, Tours", **at("2027-10-21", "09:00", 120, *PAR)),
     yes(["Réseau Ondine", "Ondine"], ["Luc Gervais"]), "fr", FR_BUSSISME_TEST),
    # aaaep: the periodic psychotechnical test a serving train driver takes to renew a licence (not hiring, no)
    (event("Test psychotechnique – renouvellement licence conducteur (centre agréé)", organizer=SELF,
           description="Obligatoire tous les 10 ans. Apporter la convocation de l'employeur.",
           location="Centre agréé, 14 rue de la Gare, Lyon", **at("2027-10-14", "08:00", 150, *PAR)),
     None, "fr", FR_AAAEP),
    # threadreaderapp: a collective recruitment session for train drivers (presentation, tests, then names read out)
    (event("Convocation tests de recrutement – conducteur de train – Ligne Nord Voyageurs",
           organizer=org("ne-pas-repondre@lignenord-recrutement.fr", "Ligne Nord Voyageurs – Recrutement"),
           guestsCanSeeOtherGuests=False,
           description="<p>Vous êtes convoqué(e) à la session collective de recrutement :</p><ul><li>présentation du "
                       "métier (horaires décalés, week-ends, jours fériés)</li><li>tests : calcul, français, "
                       "psychotechniques (2h)</li><li>entretiens individuels pour les candidats retenus</li></ul>"
                       "<p>Présentez-vous 15 minutes avant avec cette convocation.</p>",
           location="18 rue de Dunkerque, 75010 Paris", **at("2027-10-05", "08:30", 360, *PAR)),
     yes(["Ligne Nord Voyageurs", "Ligne Nord", "Lignenord"], []), "fr", FR_THREADREADER),
    # ============================================================ Spanish (Spain)
    # lne: a beach lifeguard selection day (physical test, practical sea scenario, CPR) run by the contractor
    (event("Pruebas de selección socorristas – Playa de Santa Marina (Gesmar Salvamento)",
           organizer=org("seleccion@gesmarsalvamento.es", "Gesmar Salvamento – Selección"),
           description="Tres pruebas: física, supuesto práctico en el mar y parada cardiorrespiratoria. Traer "
                       "titulación de socorrista y neopreno. Coordinador: Javier Rubiera.",
           location="Playa de Santa Marina, Ribadesella", **at("2027-10-08", "10:00", 240, *MAD)),
     yes(["Gesmar Salvamento", "Gesmar", "Gesmarsalvamento"], ["seleccion@gesmarsalvamento.es"]), "es", ES_LNE),
    # diarioinformacion: a physical test in the sea followed by an individual interview (the candidate's own note)
    (event("Socorrista Arenales: 400m corriendo + 400m nadando, luego entrevista – Vigía Salvamento Elche",
           organizer=SELF,
           description="Somos ~300 para 40 puestos. Entrevista individual después de la prueba (coordinador "
                       "Antonio Terol).",
           location="Playa de Arenales del Sol, Elche", **at("2027-10-13", "09:00", 300, *MAD)),
     yes(["Vigía Salvamento Elche", "Vigía Salvamento", "Vigía"], ["Antonio Terol"]), "es", ES_INFORMACION),
    # diariodeferrol: a municipal competition's pool test, sent by the town hall's staff office (the tribunal is
    # not named, so only the office's mailbox is thanked)
    (event("Oposición socorristas – prueba de piscina 200 m con aletas (Concello de Valdemouro)",
           organizer=org("persoal@concellodevaldemouro.gal", "Concello de Valdemouro – Persoal"),
           guestsCanSeeOtherGuests=False,
           description="Fase de oposición: 100 m libre, apnea 10 m con recogida de objeto, 90 m de remolque. "
                       "Presentarse con DNI. La puntuación se suma a la fase de concurso.",
           location="Piscina municipal, Valdemouro", **at("2027-10-15", "11:30", 120, *MAD)),
     yes(["Concello de Valdemouro", "Valdemouro"], ["persoal@concellodevaldemouro.gal"]), "es", ES_FERROL),
    # periodicodeibiza: a recycling course in CPR for lifeguards (course, no)
    (event("Curso reciclaje RCP/DEA socorristas – Cruz Azul del Mar", organizer=SELF,
           location="Base náutica, Figueretes, Eivissa", **at("2027-10-23", "09:30", 240, *MAD)),
     None, "es", ES_IBIZA),
    # ============================================================ Italian
    # riviera24: the oral exam of a municipal casino's competition for gaming staff, after the table test
    (event("Prova orale – concorso impiegati di gioco (croupier) – Casinò Municipale di Valdora",
           organizer=org("concorsi@casinovaldora.it", "Casinò di Valdora – Ufficio Concorsi"),
           guestsCanSeeOtherGuests=False,
           description="Gentile candidato,\nsuperata la prova pratica al tavolo, è convocato alla prova orale davanti "
                       "alla commissione presieduta dal direttore dei giochi, dott. Franco Berardi. Abbigliamento "
                       "consono. Portare documento di identità.",
           location="Casinò Municipale, Corso degli Inglesi 18, Valdora (IM)", **at("2027-10-20", "10:00", 60, *ROM)),
     yes(["Casinò Municipale di Valdora", "Casinò di Valdora", "Valdora", "Casinovaldora"],
         ["concorsi@casinovaldora.it", "Franco Berardi"]), "it", IT_RIVIERA24),
    # ilgazzettino: an admission interview for a paid croupier course (admission to a course, no)
    (event("Colloquio di ammissione – corso Fair Roulette / Black Jack (170 ore)",
           organizer=org("formazione@casinolaguna-academy.it", "Laguna Gaming Academy"),
           location="Ca' Noghera, Venezia", **at("2027-10-05", "15:00", 30, *ROM)),
     None, "it", IT_GAZZETTINO),
    # lanotiziaweb: an interview with a staffing firm placing croupiers on cruise ships, client named
    (event("Colloquio Teams – croupier per navi da crociera (cliente: Aurora Seas Casinos) – Mareblu Staffing",
           organizer=org("giulia.ferri@mareblustaffing.it", "Giulia Ferri"),
           guests=[guest("giulia.ferri@mareblustaffing.it", "Giulia Ferri")],
           description="Colloquio conoscitivo in inglese e italiano, poi prova di roulette in video con il casino "
                       "manager del cliente." + TEAMS,
           **at("2027-10-11", "11:00", 45, *ROM)),
     yes(["Aurora Seas Casinos", "Aurora Seas"], ["giulia.ferri@mareblustaffing.it"]), "it", IT_LANOTIZIA),
    # ============================================================ Portuguese (Brazil)
    # cefetmg: a group dynamic for a mining company's internship, run by HR
    (event("Dinâmica de grupo – Estágio Engenharia de Minas – Mineração Serra Azul",
           organizer=org("talentos@mineracaoserraazul.com.br", "Talentos Serra Azul"),
           guests=[guest("talentos@mineracaoserraazul.com.br", "Talentos Serra Azul")],
           description="Olá! Você foi aprovado(a) na análise de currículo. A próxima etapa é uma dinâmica de grupo "
                       "presencial (2h). Roupa discreta e confortável. Chegue 15 min antes.",
           location="Av. do Contorno 4700, Belo Horizonte", **at("2027-10-06", "09:00", 120, *SAO)),
     yes(["Mineração Serra Azul", "Serra Azul", "Mineracaoserraazul"], ["talentos@mineracaoserraazul.com.br"]),
     "pt", PT_CEFETMG),
    # estagioonline: an online profile interview with the consultancy running a trainee programme for a client
    (event("Entrevista por competências (online) – Programa Trainee Vetor Logística – Cia Talentum",
           organizer=org("carla.menezes@ciatalentum.com.br", "Carla Menezes"),
           guests=[guest("carla.menezes@ciatalentum.com.br", "Carla Menezes")],
           description="Entrevista com a consultoria que conduz o processo do Programa Trainee Vetor Logística." + MEET_PT,
           **at("2027-10-14", "16:00", 45, *SAO)),
     yes(["Vetor Logística", "Vetor"], ["carla.menezes@ciatalentum.com.br"]), "pt", PT_ESTAGIOONLINE),
    # falameupovomt: a public technology company's apprentice selection, second phase an interview with the committee
    (event("2ª fase – entrevista com a comissão – Jovem Aprendiz – Empresa Cuiabana de Dados",
           organizer=SELF,
           description="Levar boletim escolar e frequência. Entrevista individual, sede da empresa.",
           location="ECD, Av. Historiador Rubens de Mendonça 1200, Cuiabá", **at("2027-10-27", "14:00", 30, *CGB)),
     yes(["Empresa Cuiabana de Dados", "ECD"], []), "pt", PT_FALAMEUPOVO),
    # estudar: the panel with former scholars of a leadership scholarship programme (admission to a programme, no)
    (event("Painel com ex-bolsistas – Programa Líderes (etapa 5)",
           organizer=org("selecao@fundacaoalicerce.org.br", "Fundação Alicerce – Seleção"),
           location="São Paulo", **at("2027-10-22", "10:00", 180, *SAO)),
     None, "pt", PT_ESTUDAR),
    # ============================================================ Norwegian
    # talentmedia: a second interview through a recruitment consultancy, with a case to present and a test
    (event("Andregangsintervju – Innkjøpsleder – Fjellhavn Entreprenør (via Hammerstad & Berg)",
           organizer=org("mette.holm@hammerstadberg.no", "Mette Holm"),
           guests=[guest("mette.holm@hammerstadberg.no", "Mette Holm"),
                   guest("sindre.aas@fjellhavn.no", "Sindre Aas")],
           description="Hei!\nTakk for sist. I andre runde ber vi deg presentere casen du fikk tilsendt (15 min), "
                       "deretter samtale med Sindre Aas (daglig leder). Ferdighetstesten tas på forhånd via lenke.",
           location="Hammerstad & Berg, Karl Johans gate 12, Oslo", **at("2027-10-13", "13:00", 90, *OSL)),
     yes(["Fjellhavn Entreprenør", "Fjellhavn"],
         ["mette.holm@hammerstadberg.no", "sindre.aas@fjellhavn.no"]), "no", NO_TALENTMEDIA),
    # talentmedia: the online skills test sent with the second-round invitation (own block, nobody to thank)
    (event("Ta ferdighetstest (numerisk + verbal) før andregangsintervju", organizer=SELF,
           description="Lenke i e-post fra rekrutterer. Ca. 40 min.", **at("2027-10-11", "19:30", 45, *OSL)),
     yes(["Fjellhavn Entreprenør", "Fjellhavn"], []), "no", NO_TALENTMEDIA),
    # talentmedia: a career guidance session at the union (guidance, no)
    (event("Karriereveiledning – forberede andregangsintervju (medlemstilbud)",
           organizer=org("karriere@tekna-medlem.no", "Karriereveiledning"),
           **at("2027-10-08", "12:00", 45, *OSL)),
     None, "no", NO_TALENTMEDIA),
]

INTL17 += [
    # ============================================================ Finnish
    # workpower: a recruitment firm's interview for a sales role at its client, the firm's consultant and the client's
    # sales director on the panel
    (event("Työhaastattelu: Myyntipäällikkö – Kotimaan Lämpö Oy (Rekrytointi Nordvahti)",
           organizer=org("anna.virtanen@nordvahti.fi", "Anna Virtanen"),
           guests=[guest("anna.virtanen@nordvahti.fi", "Anna Virtanen"),
                   guest("jukka.salminen@kotimaanlampo.fi", "Jukka Salminen")],
           description="Hei Pat,\nkiitos hakemuksestasi! Haastattelussa mukana asiakkaamme myyntijohtaja Jukka "
                       "Salminen. Varaathan aikaa noin tunnin." + TEAMS_FI,
           **at("2027-10-05", "10:00", 60, *HEL)),
     yes(["Kotimaan Lämpö Oy", "Kotimaan Lämpö", "Kotimaanlampo"],
         ["anna.virtanen@nordvahti.fi", "jukka.salminen@kotimaanlampo.fi"]), "fi", FI_WORKPOWER),
    # workpower: a second, on-site round at the client (the candidate's own note)
    (event("2. haastattelu Kotimaan Lämmöllä – tapaa tiimi + toimitusjohtaja", organizer=SELF,
           description="Tuo myyntiesitys (10 min). Kysy tavoitteista ja provisiosta.",
           location="Kotimaan Lämpö, Hatanpään valtatie 24, Tampere", **at("2027-10-19", "13:00", 90, *HEL)),
     yes(["Kotimaan Lämpö Oy", "Kotimaan Lämpö"], []), "fi", FI_WORKPOWER),
    # profos: the owner, a team lead, interviews applicants with a prepared question set (hiring side, no)
    (event("Rekrytointihaastattelut (3 hakijaa) – asiakaspalvelun tiiminvetäjä", organizer=SELF,
           guests=[guest("hr@kaleva-palvelut.fi", "HR Kaleva")],
           description="Kysymysrunko + arviointilomake. Jätä 15 min väliin jokaisen jälkeen.",
           location="Neuvotteluhuone Saimaa", **at("2027-10-07", "09:00", 240, *HEL)),
     None, "fi", FI_PROFOS),
    # ============================================================ Greek
    # insetetoolkit: a hotel's selection interview for a receptionist, with the front office manager
    (event("Συνέντευξη επιλογής – Υπάλληλος Υποδοχής – Aegean Breeze Resort",
           organizer=org("hr@aegeanbreeze.gr", "Aegean Breeze HR"),
           guests=[guest("hr@aegeanbreeze.gr", "Aegean Breeze HR"),
                   guest("m.karali@aegeanbreeze.gr", "Μαρία Καραλή")],
           description="Καλησπέρα σας,\nσας προσκαλούμε σε συνέντευξη με την κα Καραλή (Front Office Manager). "
                       "Θα ακολουθήσει σύντομο τεστ αγγλικών. Παρακαλούμε φέρτε βιογραφικό.",
           location="Aegean Breeze Resort, Χερσόνησος, Ηράκλειο", **at("2027-10-06", "11:00", 60, *ATH)),
     yes(["Aegean Breeze Resort", "Aegean Breeze", "Aegeanbreeze"], ["hr@aegeanbreeze.gr", "m.karali@aegeanbreeze.gr"]),
     "el", EL_INSETE),
    # flash.gr: a "breakfast interview" with the owner of a firm (the candidate's own entry)
    (event("Πρωινό-συνέντευξη με τον ιδιοκτήτη – Ελαιώνας Τροφίμων (θέση πωλήσεων)", organizer=SELF,
           description="Με τον κ. Στέλιο Δρακόπουλο. Προσοχή στους τρόπους με το προσωπικό!",
           location="Καφέ Ζονάρς, Πανεπιστημίου 9, Αθήνα", **at("2027-10-12", "09:00", 75, *ATH)),
     yes(["Ελαιώνας Τροφίμων", "Elaionas"], ["Στέλιος Δρακόπουλος"]), "el", EL_FLASH),
    # zeusius: a careers office's CV workshop (workshop, no)
    (event("Εργαστήριο βιογραφικού & συνέντευξης – Γραφείο Διασύνδεσης", organizer=SELF,
           location="Αμφιθέατρο Β, Πανεπιστημιούπολη", **at("2027-10-20", "17:00", 120, *ATH)),
     None, "el", EL_ZEUSIUS),
    # ============================================================ Romanian
    # gazetanord-vest: a county hospital's written exam for nurse posts (the employer's own exam in a competition)
    (event("Concurs asistent medical – proba scrisă (Spitalul Județean de Urgență Râușor)",
           organizer=SELF,
           description="Sala mare a Consiliului Județean. Buletin + pix albastru. Interviul după rezultate.",
           location="Consiliul Județean, Piața Libertății 1, Râușor", **at("2027-10-07", "10:00", 180, *BUH)),
     yes(["Spitalul Județean de Urgență Râușor", "Spitalul Județean Râușor", "Spitalul Județean"], []),
     "ro", RO_GAZETANV),
    # ambulantabihor: the interview stage of a county ambulance service's competition for doctors, from HR
    (event("Interviu – concurs post medic urgențe prespitalicești – Serviciul de Ambulanță Județean Vâlcea",
           organizer=org("resurseumane@ambulantavalcea.ro", "SAJ Vâlcea – Resurse Umane"),
           guests=[guest("resurseumane@ambulantavalcea.ro", "SAJ Vâlcea – Resurse Umane")],
           description="Vă comunicăm programarea la proba de interviu, în fața comisiei de concurs. Rezultatele se "
                       "afișează la sediu și pe site.",
           location="Str. Regina Maria 19, Râmnicu Vâlcea", **at("2027-10-26", "10:00", 30, *BUH)),
     yes(["Serviciul de Ambulanță Județean Vâlcea", "SAJ Vâlcea", "Ambulanta Valcea"],
         ["resurseumane@ambulantavalcea.ro"]), "ro", RO_AMBULANTABIHOR),
    # scjuc: an internal promotion exam to a higher professional grade for current staff (not a hiring step, no)
    (event("Examen de promovare – fizician principal (intern)", organizer=SELF,
           location="Laborator Radioterapie, et. 1", **at("2027-10-14", "09:00", 120, *BUH)),
     None, "ro", RO_SCJUC),
    # ============================================================ Hungarian (Hungary, Slovakia, Romania)
    # szon: a paid trial day as a waiter at a hotel restaurant after a phone call (the candidate's own note)
    (event("Próbanap felszolgáló – Hotel Sajóvölgy étterem", organizer=SELF,
           description="Fekete nadrág, fehér ing. Jelentkezni Kovács Enikő étteremvezetőnél 11-kor.",
           location="Hotel Sajóvölgy, Ózd", **at("2027-10-08", "11:00", 300, *BUD)),
     yes(["Hotel Sajóvölgy", "Sajóvölgy"], ["Kovács Enikő"]), "hu", HU_SZON),
    # ujno: a job interview with the HR specialist of a Slovak water company, written in Hungarian
    (event("Állásinterjú – ügyfélszolgálati munkatárs – Duna-Víz Rt.",
           organizer=org("varga.alexandra@dunaviz.sk", "Varga Alexandra"),
           guests=[guest("varga.alexandra@dunaviz.sk", "Varga Alexandra")],
           description="Kedves Pat!\nKöszönjük jelentkezését. Személyes találkozóra hívjuk, esetleg a részlegvezető "
                       "is csatlakozik. Kérjük, hozza magával bizonyítványait.",
           location="Duna-Víz Rt., Komárom (Komárno), Nádor u. 5", **at("2027-10-12", "09:30", 60, *BTS)),
     yes(["Duna-Víz Rt.", "Duna-Víz", "Dunaviz"], ["varga.alexandra@dunaviz.sk"]), "hu", HU_UJNO),
    # hirmondo: an information meeting about a waiter training programme abroad (information, no)
    (event("Tájékoztató – pincérképzés és ciprusi gyakorlat (SÉF szakgimnázium)", organizer=SELF,
           location="Sepsiszentgyörgy, Kultúrközpont", **at("2027-10-21", "17:00", 60, *BUH)),
     None, "hu", HU_HIRMONDO),
    # ============================================================ Hebrew
    # pilat: a full assessment day at a testing institute on behalf of the employer (the employer's test); the
    # institute's invitations mailbox is a scheduling sender, like a tool's, so nobody is thanked
    (event("יום אבחון – מכון מבחן (מועמדות: רכז/ת לוגיסטיקה, נתיבי הגליל)",
           organizer=org("zimun@machon-mivchan.co.il", "מכון מבחן – זימונים"),
           description="שלום,\nהנך מוזמן/ת ליום אבחון (7-9 שעות): מבחני כישורים ממוחשבים, סימולציה, שאלון "
                       "אישיות וראיון. יש להביא תעודה מזהה ומשקפיים במידת הצורך.",
           location="מכון מבחן, דרך מנחם בגין 132, תל אביב", **at("2027-10-06", "08:30", 480, *JLM)),
     yes(["נתיבי הגליל", "Netivei HaGalil"], []), "he", HE_PILAT),
    # joint: a screening phone call from a placement company, interview with the client to follow (agency step)
    (event("שיחת סינון טלפונית – חברת השמה (משרת אנליסט, לקוח: בית השקעות אופק)",
           organizer=org("noa@hasama-plus.co.il", "נועה לוי"),
           guests=[guest("noa@hasama-plus.co.il", "נועה לוי")],
           description="שיחה קצרה לפני הפניה ללקוח. לברר: תפקיד חדש או מאויש? מבנה שכר?",
           **at("2027-10-13", "11:00", 20, *JLM)),
     yes(["בית השקעות אופק", "אופק"], ["noa@hasama-plus.co.il"]), "he", HE_JOINT),
    # joint: preparation material for personality tests downloaded by the candidate (own chore, no)
    (event("לתרגל מבחני אישיות – חוברת הכנה", organizer=SELF, **at("2027-10-05", "20:00", 60, *JLM)),
     None, "he", HE_JOINT),
    # ============================================================ Arabic (Saudi Arabia, Jordan, UAE)
    # talento-hr: an in-person interview at the company with HR and the direct manager (second stage)
    (event("مقابلة شخصية – أخصائي مشتريات – شركة الواحة للتجارة",
           organizer=org("recruitment@alwaha-trading.com.sa", "الموارد البشرية – الواحة"),
           guests=[guest("recruitment@alwaha-trading.com.sa", "الموارد البشرية – الواحة"),
                   guest("f.alqahtani@alwaha-trading.com.sa", "فهد القحطاني")],
           description="السلام عليكم،\nيسعدنا دعوتكم لمقابلة شخصية بحضور ممثل الموارد البشرية والمدير المباشر "
                       "الأستاذ فهد القحطاني. يرجى إحضار الهوية والسيرة الذاتية.",
           location="طريق الملك فهد، الرياض", **at("2027-10-04", "10:00", 60, *RUH)),
     yes(["شركة الواحة للتجارة", "الواحة", "Alwaha Trading", "Alwaha-trading"],
         ["recruitment@alwaha-trading.com.sa", "f.alqahtani@alwaha-trading.com.sa"]), "ar", AR_TALENTO),
    # ffamag: an airline's cabin-crew assessment with an English test (the candidate's copy, all-day)
    (days(event("يوم التقييم – مضيفة طيران – طيران الشرق الملكي (اختبار لغة إنجليزية + مقابلة)", organizer=SELF,
                description="اختبار القواعد والترجمة، ثم المقابلة. الحضور 8 صباحاً.", location="فندق لو رويال، عمّان"),
          "2027-10-18", "2027-10-19"),
     yes(["طيران الشرق الملكي", "الشرق الملكي"], []), "ar", AR_FFAMAG),
    # elbalad: the owner, a flight attendant, interviewed by a newspaper about her career (media, no)
    (event("مقابلة صحفية مع جريدة الخليج اليوم – قصتي كمضيفة", organizer=org("reporter.sara@khaleejtoday-news.ae",
                                                                             "سارة المنصوري"),
           guests=[guest("reporter.sara@khaleejtoday-news.ae", "سارة المنصوري")],
           location="مقهى، دبي مارينا", **at("2027-10-21", "16:00", 60, *DXB)),
     None, "ar", AR_ELBALAD),
    # ============================================================ Indonesian
    # parapuan: an online psychological test after the HR interview, before the user interview (employer's test)
    (event("Psikotes Online – Management Trainee PT Samudra Niaga", organizer=SELF,
           description="Link dikirim HRD via email. Kamera wajib aktif. 2 jam.", **at("2027-10-05", "09:00", 120, *JKT)),
     yes(["PT Samudra Niaga", "Samudra Niaga"], []), "id", ID_PARAPUAN),
    # melamarkerjaonline: an interview with the hiring manager ("user") by video, sent by HRD
    (event("Undangan Interview User – Staff Keuangan – PT Cahaya Pangan Nusantara",
           organizer=org("hrd@cahayapangan.co.id", "HRD Cahaya Pangan"),
           guests=[guest("hrd@cahayapangan.co.id", "HRD Cahaya Pangan"),
                   guest("budi.santoso@cahayapangan.co.id", "Budi Santoso")],
           description="Selamat siang,\nBerdasarkan hasil psikotes, Saudara/i kami undang interview dengan user "
                       "(Bapak Budi Santoso, Finance Manager). Mohon hadir 10 menit sebelumnya." + MEET_ID,
           **at("2027-10-12", "13:30", 45, *JKT)),
     yes(["PT Cahaya Pangan Nusantara", "Cahaya Pangan Nusantara", "Cahaya Pangan", "Cahayapangan"],
         ["hrd@cahayapangan.co.id", "budi.santoso@cahayapangan.co.id"]), "id", ID_MELAMAR),
    # tespsikometri: a psychology bureau's seminar on facing online psychological tests (seminar, no)
    (event("Seminar: Cara Jitu Menghadapi Psikotes & Wawancara Online",
           organizer=org("event@biropsikologi-mitra.id", "Biro Psikologi Mitra"),
           **at("2027-10-09", "09:00", 120, *JKT)),
     None, "id", ID_TESPSIKOMETRI),
    # ============================================================ Vietnamese
    # ngolongnd: the third-round interview of a bank's central recruitment, before a 7-member panel, 15 minutes
    (event("Phỏng vấn vòng 3 – Chuyên viên Quan hệ khách hàng – Ngân hàng Phương Nam Hưng (CN Hàm Nghi)",
           organizer=org("tuyendung@phuongnamhungbank.vn", "Tuyển dụng PNH Bank"),
           guestsCanSeeOtherGuests=False,
           description="Kính gửi Anh/Chị,\nAnh/Chị đã vượt qua vòng thi viết. Mời Anh/Chị tham dự phỏng vấn trước hội "
                       "đồng tuyển dụng (khoảng 15 phút, bốc thăm 4 câu hỏi). Trang phục công sở.",
           location="Chi nhánh Hàm Nghi, 117 Hàm Nghi, Q.1, TP.HCM", **at("2027-10-07", "08:00", 30, *SGN)),
     yes(["Ngân hàng Phương Nam Hưng", "Phương Nam Hưng", "PNH Bank", "Phuongnamhungbank"],
         ["tuyendung@phuongnamhungbank.vn"]), "vi", VI_NGOLONGND),
    # ub.com.vn: the written exam round (professional knowledge, English, IQ) blocked by the candidate
    (event("Thi viết vòng 2 – nghiệp vụ + tiếng Anh + IQ (Ngân hàng Phương Nam Hưng)", organizer=SELF,
           location="Trường ĐH Kinh tế, 59C Nguyễn Đình Chiểu", **at("2027-10-02", "07:30", 180, *SGN)),
     yes(["Ngân hàng Phương Nam Hưng", "Phương Nam Hưng", "PNH Bank"], []), "vi", VI_UBCOM),
    # bankerlink: a webinar sharing interview experience for bank recruitment (webinar, no)
    (event("Webinar: Bí quyết vượt qua vòng phỏng vấn ngân hàng", organizer=SELF,
           description="Đăng ký qua nhóm Zalo cựu sinh viên." + ZOOM_VI, **at("2027-10-04", "20:00", 90, *SGN)),
     None, "vi", VI_BANKERLINK),
    # ============================================================ Thai
    # pantip: a state enterprise calls the candidate for the interview stage after written and practical exams
    (event("สอบสัมภาษณ์ – ตำแหน่งวิศวกรไฟฟ้า – การไฟฟ้าชนบทภาคเหนือ", organizer=SELF,
           description="โทรมานัดสัมภาษณ์ กรรมการ 3 ท่าน เตรียมบัตรประชาชน + ทรานสคริปต์",
           location="สำนักงานใหญ่ ถ.ห้วยแก้ว เชียงใหม่", **at("2027-10-19", "09:00", 60, *BKK)),
     yes(["การไฟฟ้าชนบทภาคเหนือ"], []), "th", TH_PANTIP),
    # mini7: a written test of a company's hiring process, from HR, before the interview
    (event("สอบข้อเขียน – เจ้าหน้าที่บัญชี – บริษัท สยามรุ่งเรือง ซัพพลาย จำกัด",
           organizer=org("hr@siamrungruang.co.th", "ฝ่ายบุคคล สยามรุ่งเรือง"),
           guests=[guest("hr@siamrungruang.co.th", "ฝ่ายบุคคล สยามรุ่งเรือง")],
           description="ขอเชิญผู้สมัครเข้าสอบข้อเขียน (บัญชี + ภาษาอังกฤษ) ผู้ผ่านจะได้รับการนัดสัมภาษณ์ภายหลัง",
           location="อาคารสยามรุ่งเรือง ชั้น 8 ถ.พระราม 9 กรุงเทพฯ", **at("2027-10-07", "09:30", 120, *BKK)),
     yes(["บริษัท สยามรุ่งเรือง ซัพพลาย จำกัด", "สยามรุ่งเรือง ซัพพลาย", "สยามรุ่งเรือง", "Siamrungruang"],
         ["hr@siamrungruang.co.th"]), "th", TH_MINI7),
    # bloggang: the owner reads up on interview techniques at the library (own chore, no)
    (event("อ่านเทคนิคการสอบสัมภาษณ์ + ซ้อมตอบคำถาม", organizer=SELF, **at("2027-10-17", "14:00", 120, *BKK)),
     None, "th", TH_BLOGGANG),
    # ============================================================ Ukrainian
    # hoorya: a screening call with an IT company's recruiter (first stage)
    (event("Співбесіда з рекрутером – QA Engineer – Карпатсофт",
           organizer=org("oksana.melnyk@karpatsoft.ua", "Оксана Мельник"),
           guests=[guest("oksana.melnyk@karpatsoft.ua", "Оксана Мельник")],
           description="Добрий день! Пропоную коротку розмову (30 хв) про ваш досвід і очікування." + TEAMS_UK,
           **at("2027-10-06", "11:00", 30, *KYV)),
     yes(["Карпатсофт", "Karpatsoft"], ["oksana.melnyk@karpatsoft.ua"]), "uk", UK_HOORYA),
    # wem: the technical interview with the team lead after the take-home task
    (event("Технічна співбесіда + розбір тестового завдання – Карпатсофт",
           organizer=org("oksana.melnyk@karpatsoft.ua", "Оксана Мельник"),
           guests=[guest("oksana.melnyk@karpatsoft.ua", "Оксана Мельник"),
                   guest("taras.bondar@karpatsoft.ua", "Тарас Бондар")],
           description="Технічна частина з тімлідом Тарасом Бондарем (60 хв)." + TEAMS_UK,
           **at("2027-10-14", "15:00", 60, *KYV)),
     yes(["Карпатсофт", "Karpatsoft"], ["oksana.melnyk@karpatsoft.ua", "taras.bondar@karpatsoft.ua"]), "uk", UK_WEM),
    # studsvit: a student portal's workshop on interview skills (workshop, no)
    (event("Воркшоп: як підготуватися до співбесіди", organizer=SELF,
           location="Коворкінг бібліотеки, Львів", **at("2027-10-20", "18:00", 90, *KYV)),
     None, "uk", UK_STUDSVIT),
]

INTL17 += [
    # ============================================================ more non-interviews in the same languages
    # bahnen.nrw: the train ride to the test centre (own chore, no)
    (event("Zug nach Essen 07:02 (RE1) – Eignungsuntersuchung", organizer=SELF, **at("2027-10-06", "07:02", 75, *BER)),
     None, "de", DE_BAHNEN_NRW),
    # lci: a transport jobs fair where a rail operator presents its driver vacancies (fair, no)
    (event("Forum emploi – métiers du transport (stand conducteurs de train)", organizer=SELF,
           location="Parc des expositions, Rennes", **at("2027-10-09", "10:00", 180, *PAR)),
     None, "fr", FR_LCI),
    # diarioinformacion: the candidate's sea swim training before the test (own chore, no)
    (event("Entreno: 400 m carrera + 400 m nado en el mar", organizer=SELF, location="Playa de Arenales",
           **at("2027-10-10", "08:30", 60, *MAD)),
     None, "es", ES_INFORMACION),
    # lanotiziaweb: a lesson of a croupier course (course, no)
    (event("Corso croupier – lezione 3: roulette francese e calcolo rapido", organizer=org(
               "segreteria@centroformazionecroupier.it", "Centro Formazione Croupier"),
           location="Via Padova 42, Milano", **at("2027-10-07", "19:00", 180, *ROM)),
     None, "it", IT_LANOTIZIA),
    # falameupovomt: signing the apprenticeship contract after the result (onboarding, no)
    (event("Assinatura do contrato de aprendizagem – ECD (levar RG, CPF, comprovante)", organizer=SELF,
           location="ECD, Cuiabá", **at("2027-10-29", "09:00", 60, *CGB)),
     None, "pt", PT_FALAMEUPOVO),
    # insetetoolkit: a tourism careers day (networking, no)
    (event("Ημέρα καριέρας τουρισμού – ξενοδοχειακές μονάδες Κρήτης", organizer=SELF,
           location="Επιμελητήριο Ηρακλείου", **at("2027-10-15", "10:00", 240, *ATH)),
     None, "el", EL_INSETE),
    # talento-hr: an HR association workshop on the recruitment process for the owner, an HR officer (workshop, no)
    (event("ورشة عمل: مراحل عملية التوظيف وأفضل الممارسات", organizer=org("events@hr-community-ksa.org",
                                                                          "مجتمع الموارد البشرية"),
           location="فندق، جدة", **at("2027-10-12", "17:00", 120, *RUH)),
     None, "ar", AR_TALENTO),
    # tespsikometri: the pre-employment medical check after the offer (medical, no)
    (event("Medical Check Up pra-kerja – PT Samudra Niaga (puasa 10 jam)", organizer=SELF,
           location="Klinik Prodia, Jl. Kramat Raya, Jakarta", **at("2027-10-26", "07:30", 120, *JKT)),
     None, "id", ID_TESPSIKOMETRI),
    # hoorya: the first working day after the offer (onboarding, no)
    (event("Перший робочий день – онбординг у Карпатсофт", organizer=org("onboarding@karpatsoft.ua",
                                                                        "Karpatsoft Onboarding"),
           guests=[guest("onboarding@karpatsoft.ua", "Karpatsoft Onboarding")],
           location="Карпатсофт, вул. Городоцька 25, Львів", **at("2027-10-25", "10:00", 240, *KYV)),
     None, "uk", UK_HOORYA),
]
