"""Blind batch 25 of the real-material corpus, the cases in languages other than English.

Split out of ``real_cases_b25.py`` as round 24's file was; the module docstring there describes the
batch (built by two helpers in turn), its sources and its labelling conventions. This file also holds
``zat``, which places a slot in a named IANA zone and takes the UTC offset from ``zoneinfo`` (Haiti on
summer time, -04:00, in April and May 2029; Jakarta +07:00, Makassar and Manila +08:00, Tokyo and Seoul
+09:00, Kathmandu +05:45, Maputo +02:00, Riyadh +03:00, Europe on summer time), and the conference text
the Indonesian half uses.

Still blind: to be scored once, at the end of round 25.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from detect_cases import SELF, Case, event, guest, org, yes


def zat(day: str, hhmm: str, minutes: int, tz: str) -> dict[str, str]:
    """start/end/tz keyword arguments for event(), the offset taken from the zone on that day."""
    start = datetime.fromisoformat(f"{day}T{hhmm}:00").replace(tzinfo=ZoneInfo(tz))
    end = start + timedelta(minutes=minutes)
    return {"start": start.isoformat(), "end": end.isoformat(), "tz": tz}


# Zones (IANA names) of the cases in other languages.
PAP = "America/Port-au-Prince"
JKT = "Asia/Jakarta"
MKS = "Asia/Makassar"
TYO = "Asia/Tokyo"
MNL = "Asia/Manila"
SJJ = "Europe/Sarajevo"
MAD = "Europe/Madrid"
LUX = "Europe/Luxembourg"
KTM = "Asia/Kathmandu"
ZRH = "Europe/Zurich"
TGU = "America/Tegucigalpa"
HRE = "Africa/Harare"

# Conference text as Google Meet pastes it into a description.
MEET25 = "\n\nJoin with Google Meet: https://meet.google.com/pqt-vwre-kzd\nOr dial: (ID) +62 21 5098 3317 PIN: 402 118 937#"

# Sources (found with the project's search tool, pages corpus; none is cited by an earlier data
# file, checked with a grep over tests/data for the URL and the host before each was used).
ID_DWIK = "https://www.dwik.xyz/2025/06/perbedaan-interview-hrd-vs-user.html"
ID_JOBBALI = "https://jobbali.com/?p=170"
ID_IDNTIMES = ("https://jateng.idntimes.com/life/career/"
               "5-tips-jitu-lolos-wawancara-kerja-biar-kamu-gak-menyesal-kemudian-01-yqbd4-76pkl1/amp")
FR_LEARNSMARTLY = "https://learn-smartly.com/trouver-un-emploi-en-haiti-premiere-partie/"
FR_NOUVELLISTE = "https://lenouvelliste.com/article/232139/un-salon-de-lemploi-pour-propulser-les-jeunes-sur-le-marche-du-travail"
FR_BUSTEK = "https://bustekmedia.com/salon-de-lemploi-de-boussole-pari-gagne-pour-les-organisateurs-et-participants"
FR_LENATIONAL = "https://lenational.org/post_article.php?eco=41"
TL_DALOY = "https://www.daloykayumanggi.com/blog/hanapbuhay-hanap-patay-hanaptrabaho-guest-column"
TL_NAIGAN = "https://nathanielnaigan.blogspot.com/2017/10"
BS_ZIVINICE = "https://www.zivinice-carsija.com/konkursni-cirkus-ili-intimni-intervju-za-posao-u-bkc-zivinice/"
EU_GAZTEAUKERA = "https://www.gazteaukera.euskadi.eus/lana/nola-sartu-eta-hautaketa-prozesua/webgaz00-empleo2/eu/"
EU_BIZKAIA = "https://www.bizkaia.eus/eu/gaia-xehetasuna/-/edukia/dt/3853"
EU_BILBAO = "https://opebilbaoekintza.bilbao.eus/OPEM/idm1/InformacionGeneral/Introduccion.jsp"
IT_SWISSCOM = ("https://swisscom.ch/it/about/carriera/getit/worklife/"
               "your-application-drei-phasen-des-bewerbungsgespraechs.html")
IT_EMPLOY20 = ("https://www.employability20.it/colloquio-di-lavoro-in-svizzera-consigli-per-il-cv-e-le-domande/"
               "cheerfulsharkce2c3176/")
IT_LAVOROCH = "https://www.lavorosvizzera.com/index.php/2024/11/26/checklist-curriculum-lettera-di-presentazione/"
IT_MYSCIENCE = "https://www.myscience.ch/it/jobs/how_to_apply_in_switzerland"
ES_HONDUTRABAJOS = "https://hondutrabajos.com/blog/dominando-la-entrevista-de-trabajo-en-honduras-guia-definitiva-2026-My74s"
ES_TIEMPO = "https://tiempo.hn/honduras/2025/10/27/joven-aplica-a-trabajo-remoto-y-es-rechazada-por-vivir-en-honduras"
ES_PEOPLEBLUE = ("https://hn.peopleblue.us/blog/pruebas-psicometricas-23/"
                 "pruebas-psicometricas-evitar-error-contrataciones-138")
SN_TUDZAA = "https://tudzaa.co.zw/interview-yebasa-yandakaona-rima"
NE_SANCHARMANCH = "https://sancharmanch.com/2022/03/13/156060/"
DE_TAGEBLATT = ("http://www.tageblatt.lu/headlines/"
                "ueber-kaffee-und-kuchen-zum-traumjob-auf-der-differdinger-jobmesse-gilt-qualitaet-ueber-quantitaet/")

_INDONESIAN: list[Case] = [
    # dwik.xyz: the first interview is with HR (personality, motivation, culture fit), sent by the firm's
    # recruitment mailbox with the HR officer as guest (yes; both are thanked)
    (event("Undangan Interview HRD – Staf Admin Gudang (PT Segara Logistik Nusantara)",
           organizer=org("rekrutmen@segaralogistik.co.id", "Rekrutmen PT Segara Logistik"),
           guests=[guest("rekrutmen@segaralogistik.co.id", "Rekrutmen PT Segara Logistik"),
                   guest("dewi.anggraini@segaralogistik.co.id", "Dewi Anggraini")],
           description="Yth. Saudara/i, Anda kami undang mengikuti interview HRD secara online. Mohon siapkan "
                       "CV terbaru dan KTP." + MEET25, **zat("2029-04-12", "10:00", 45, JKT)),
     yes(["PT Segara Logistik Nusantara", "Segara Logistik"],
         ["rekrutmen@segaralogistik.co.id", "dewi.anggraini@segaralogistik.co.id"]), "id", ID_DWIK),
    # dwik.xyz: the "user" interview is with the hiring manager, on technical skills; the owner's own entry
    # names him (yes; a name without an address is listed as the text gives it)
    (event("Interview user Segara – Pak Hendra (kepala gudang)", organizer=SELF,
           description="Tes teknis stok opname + studi kasus. Bawa portofolio.",
           location="PT Segara Logistik Nusantara, Jl. Raya Cakung Cilincing 17, Jakarta Utara",
           **zat("2029-04-17", "13:30", 60, JKT)),
     yes(["PT Segara Logistik Nusantara", "Segara Logistik"], ["Hendra"]), "id", ID_DWIK),
    # jobbali: a Bali job board explains HR interviews at hotels; the owner noted a walk-in HR interview at a
    # Seminyak villa hotel (yes; nobody named)
    (event("Interview HRD Villa Kembang Seminyak – posisi FO", organizer=SELF,
           description="Pakai kemeja putih, bawa fotokopi ijazah + sertifikat bahasa Inggris",
           location="Villa Kembang Seminyak, Jl. Kayu Aya, Bali", **zat("2029-05-03", "09:00", 60, MKS)),
     yes(["Villa Kembang Seminyak", "Villa Kembang"], []), "id", ID_JOBBALI),
    # idntimes: tips to rehearse before a job interview; the owner practises with a friend (a mock interview,
    # no)
    (event("Latihan wawancara kerja bareng Rina", organizer=SELF,
           description="Simulasi tanya jawab: kelebihan/kekurangan, alasan resign",
           location="Kedai Kopi Lawang, Semarang", **zat("2029-04-10", "19:00", 90, JKT)),
     None, "id", ID_IDNTIMES),
]

_FRENCH_HAITI: list[Case] = [
    # learn-smartly: advice to Haitian job seekers on landing and preparing interviews; the owner noted an
    # interview for a loan officer post at an invented microfinance firm (yes; the branch manager is named)
    (event("Entretien d'embauche – agent de crédit, Kredi Lakay (avec Mme Joseph)", organizer=SELF,
           description="Apporter CV, copie du diplôme, matricule fiscal.",
           location="Kredi Lakay S.A., 22 rue Capois, Port-au-Prince", **zat("2029-04-26", "10:00", 60, PAP)),
     yes(["Kredi Lakay", "Kredi Lakay S.A."], ["Joseph"]), "fr", FR_LEARNSMARTLY),
    # lenouvelliste: the central bank says it recruits only by competitive exam; its written paper is the
    # employer's own test, a hiring step (yes; a public body keeps its name; nobody named)
    (event("Concours BRH – épreuve écrite (analyste junior)", organizer=SELF,
           description="Convocation + pièce d'identité. Arriver 7h30.",
           location="Banque de la République d'Haïti, Port-au-Prince", **zat("2029-05-05", "08:00", 180, PAP)),
     yes(["Banque de la République d'Haïti", "BRH"], []), "fr", FR_NOUVELLISTE),
    # bustekmedia / lenouvelliste: a UNDP-backed job fair at a hotel where young people meet employers'
    # HR staff (a fair, no)
    (event("Salon de l'emploi – Hôtel Belvédère (apporter 15 CV)", organizer=SELF,
           location="Hôtel Belvédère, Pétion-Ville", **zat("2029-05-12", "09:00", 300, PAP)),
     None, "fr", FR_BUSTEK),
    # lenational: a professor's workshop for final-year students on cover letters and interview tips (a course,
    # no), invited by the faculty
    (event("Atelier : lettres de motivation et astuces d'entretien d'embauche",
           organizer=org("fsa@universite-cap.edu.ht", "Faculté des sciences administratives"),
           guests=[guest("fsa@universite-cap.edu.ht", "Faculté des sciences administratives")],
           location="Salle 3, Faculté des sciences administratives, Cap-Haïtien",
           **zat("2029-04-10", "14:00", 120, PAP)),
     None, "fr", FR_LENATIONAL),
]

_TAGALOG: list[Case] = [
    # daloykayumanggi: a Filipino columnist in Japan says job hunting there or at home runs CV, then a written
    # exam that is often a psychological test, then the interview with the boss; the owner's entry for the
    # employer's written exam (an employer's own test, yes; nobody named)
    (event("Written exam + psych test – Hinode Foods (Nagoya office)", organizer=SELF,
           description="Dalhin: resume, zairyu card, lapis. 2 oras daw.",
           location="Hinode Foods K.K., Sakae 3-chome, Nagoya", **zat("2029-04-11", "10:00", 120, TYO)),
     yes(["Hinode Foods", "Hinode Foods K.K."], []), "tl", TL_DALOY),
    # daloykayumanggi: the last step is the "interview with the boss"; the owner's entry names him (yes; a
    # surname alone stays so, without the courtesy title)
    (event("Interview with the boss – Hinode Foods (kay Mr. Kobayashi)", organizer=SELF,
           description="Pagplantsahin ang suit. Alamin ang produkto nila at related work experience.",
           location="Hinode Foods K.K., Sakae 3-chome, Nagoya", **zat("2029-04-18", "14:00", 45, TYO)),
     yes(["Hinode Foods", "Hinode Foods K.K."], ["Kobayashi"]), "tl", TL_DALOY),
    # nathanielnaigan: a recruiter who talks with many applicants and afterwards advises the ones who did not
    # qualify for the vacancies; the owner is that recruiter, screening applicants for a client (the owner
    # interviewing, no)
    (event("Initial interview ng mga aplikante – warehouse staff (10 slots) + payo sa hindi pumasa", organizer=SELF,
           description="Tanong: tell something about yourself, strengths. Call center: English check.",
           location="Bayanihan Manpower, 2/F Rizal Ave., Sta. Cruz, Manila", **zat("2029-05-02", "08:30", 480, MNL)),
     None, "tl", TL_NAIGAN),
]

_BOSNIAN_BASQUE_GERMAN: list[Case] = [
    # zivinice-carsija: a municipal culture centre's vacancy; candidates learn by phone or an unsigned SMS that
    # the interview is on Monday at 15:00 in the theatre hall, where the commission calls them in one by one;
    # the owner's entry names the commission's chair (yes; a surname alone stays so)
    (event("Intervju – bibliotekar, JU Kulturni centar Kalesija (komisija, predsj. Hodžić)", organizer=SELF,
           description="Javili SMS-om. Ponijeti diplomu i uvjerenje o položenom stručnom ispitu.",
           location="Teatar sala, Kulturni centar Kalesija", **zat("2029-04-16", "15:00", 30, SJJ)),
     yes(["JU Kulturni centar Kalesija", "Kulturni centar Kalesija"], ["Hodžić"]), "bs", BS_ZIVINICE),
    # zivinice-carsija: the vacancy was published in a cantonal newspaper with a closing date (a deadline, no)
    (event("Rok za prijavu na konkurs – organizator kulturno-zabavne djelatnosti", organizer=SELF,
           **zat("2029-05-07", "12:00", 30, SJJ)),
     None, "bs", BS_ZIVINICE),
    # gazteaukera: entry to the Basque public administration is by "oposizioa", objective tests of knowledge
    # and skills; the owner's entry for a provincial council's written test (an employer's own test, yes; a
    # public body keeps its name; nobody named)
    (event("LEP azterketa – administrari laguntzailea (Bizkaiko Foru Aldundia)", organizer=SELF,
           description="NAN + deialdiaren orria. Bolaluma urdina. 8:30etan sarrera.",
           location="Bilboko Euskalduna Jauregia", **zat("2029-04-24", "09:00", 150, MAD)),
     yes(["Bizkaiko Foru Aldundia", "Diputación Foral de Bizkaia"], []), "eu", EU_GAZTEAUKERA),
    # bizkaia.eus: the provisional list of admitted and excluded applicants is published and may be claimed
    # against; the owner blocks time to check it (an errand around an application, no)
    (event("Onartuen behin-behineko zerrenda begiratu + erreklamazioa (10 egun)", organizer=SELF,
           **zat("2029-05-14", "18:00", 30, MAD)),
     None, "eu", EU_BIZKAIA),
    # opebilbaoekintza: a municipal employment offer's posts carry a Basque language profile (1 to 4); the
    # owner's accreditation exam for the profile is a certification exam, not the employer's selection test
    # (no, like earlier rounds' certification exams)
    (event("Euskara 3. hizkuntza-eskakizuna – idatzizko proba (IVAP)", organizer=SELF,
           location="IVAP, Bilbo", **zat("2029-05-14", "09:30", 180, MAD)),
     None, "eu", EU_BILBAO),
    # tageblatt: a municipal job centre's small job fair for the retail sector where CVs are checked at the door
    # before job seekers meet employers (a fair, no)
    (event("Café-Contact-Emploi – Verkauf (Lebenslauf + Motivationsschreiben mitnehmen)", organizer=SELF,
           location="Aalt Stadhaus, Differdingen", **zat("2029-04-17", "14:00", 180, LUX)),
     None, "de", DE_TAGEBLATT),
    # sancharmanch: candidates who passed the written exam stage a sit-in at the commission's central office
    # demanding that their stalled interviews be called (a protest, not the interview, no)
    (event("लोक सेवा केन्द्रीय कार्यालयमा धर्ना – नासु अन्तर्वार्ता माग", organizer=SELF,
           description="लिखित नतिजा आएको ६ महिना भयो, अन्तर्वार्ता अझै छैन। ब्यानर ल्याउने।",
           location="लोक सेवा आयोग, कमलपोखरी, काठमाडौं", **zat("2029-04-26", "11:00", 180, KTM)),
     None, "ne", NE_SANCHARMANCH),
]

_ITALIAN_TICINO: list[Case] = [
    # swisscom: a telecom's talent attraction staff on the three phases of the interview; an invented Ticino
    # firm's talent manager invites, the hiring manager is a guest (yes; both thanked)
    (event("Colloquio di lavoro – IT Support Specialist (Ceresio Telecom SA)",
           organizer=org("talent@ceresiotelecom.ch", "Ceresio Telecom – Talent Attraction"),
           guests=[guest("talent@ceresiotelecom.ch", "Ceresio Telecom – Talent Attraction"),
                   guest("marco.bernasconi@ceresiotelecom.ch", "Marco Bernasconi")],
           description="Gentile candidata, la invitiamo a un colloquio con il responsabile del team. Alcune domande "
                       "saranno in tedesco. Durata circa un'ora.",
           location="Ceresio Telecom SA, Via Cantonale 18, Manno", **zat("2029-04-19", "10:00", 60, ZRH)),
     yes(["Ceresio Telecom SA", "Ceresio Telecom"],
         ["talent@ceresiotelecom.ch", "marco.bernasconi@ceresiotelecom.ch"]), "it", IT_SWISSCOM),
    # employability20: Swiss interviews may include psychometric assessments; the owner blocks time for a
    # pharmaceutical firm's online test (an employer's one-way test, yes; nobody to thank)
    (event("Test psicometrico online – Vedeggio Pharma (link via e-mail, 45 min)", organizer=SELF,
           **zat("2029-04-27", "18:00", 45, ZRH)),
     yes(["Vedeggio Pharma", "Vedeggio Pharma SA"], []), "it", IT_EMPLOY20),
    # lavorosvizzera: a checklist to run through the evening before the interview (preparation, not the
    # interview, no)
    (event("Checklist sera prima del colloquio: foto CV, certificati di lavoro, percorso", organizer=SELF,
           **zat("2029-05-07", "20:30", 30, ZRH)),
     None, "it", IT_LAVOROCH),
    # myscience: reference letters from former employers can be asked for afterwards; the owner's errand (no)
    (event("Chiedere lettere di referenza a ex datori di lavoro", organizer=SELF,
           **zat("2029-05-08", "12:30", 30, ZRH)),
     None, "it", IT_MYSCIENCE),
]

_SPANISH_HONDURAS: list[Case] = [
    # hondutrabajos: interviews at banks in Tegucigalpa and San Pedro Sula, where recruiters look for cultural
    # fit; a bank's HR analyst invites, the branch manager is a guest (yes; both thanked)
    (event("Entrevista – Oficial de Atención Digital | Banco Cacique",
           organizer=org("seleccion@bancocacique.hn", "Selección de Personal – Banco Cacique"),
           guests=[guest("seleccion@bancocacique.hn", "Selección de Personal – Banco Cacique"),
                   guest("karla.zelaya@bancocacique.hn", "Karla Zelaya")],
           description="Estimado candidato: le confirmamos su entrevista con la gerente de agencia. Traer DNI y "
                       "hoja de vida impresa.",
           location="Banco Cacique, Agencia Circunvalación, San Pedro Sula", **zat("2029-04-18", "09:00", 45, TGU)),
     yes(["Banco Cacique"], ["seleccion@bancocacique.hn", "karla.zelaya@bancocacique.hn"]), "es", ES_HONDUTRABAJOS),
    # tiempo.hn: a young woman in San Pedro Sula has a phone interview in English with a recruiter from a call
    # centre in El Salvador for a remote back-office post; the owner's entry names him (yes; a first name alone)
    (event("Llamada entrevista back office (inglés) – Conecta BPO El Salvador, reclutador Jaime", organizer=SELF,
           description="Trabajo desde casa. Preguntar si aceptan residentes en Honduras.",
           **zat("2029-04-25", "15:00", 30, TGU)),
     yes(["Conecta BPO", "Conecta BPO El Salvador"], ["Jaime"]), "es", ES_TIEMPO),
    # peopleblue: a vendor of psychometric tests used by Honduran employers to screen hires; the owner's slot
    # for a maquila's online test (an employer's one-way test, yes; nobody to thank)
    (event("Pruebas psicométricas en línea – Textiles del Valle de Sula (enlace por correo)", organizer=SELF,
           **zat("2029-05-10", "08:00", 90, TGU)),
     yes(["Textiles del Valle de Sula"], []), "es", ES_PEOPLEBLUE),
]

_SHONA: list[Case] = [
    # tudzaa: a young man is phoned by a woman from a company's office inviting him to an interview the next
    # day at 10 in Ardbennie, borrows a suit and travels in from Ruwa; the owner's entry names the caller, the
    # company's coordinator (yes; a first name alone stays so)
    (event("Interview yebasa – Mazowe Plastics (Chipo akafona), 10am", organizer=SELF,
           description="Kombi kubva Ruwa 6:30, tax kuenda Ardbennie. Tora CV nemasatifiketi.",
           location="Mazowe Plastics, Ardbennie, Harare", **zat("2029-05-16", "10:00", 60, HRE)),
     yes(["Mazowe Plastics"], ["Chipo"]), "sn", SN_TUDZAA),
    # tudzaa: the evening before, he borrows a suit from a friend and washes it (an errand, no)
    (event("Kukumbira suit kuna Taku + kuwacha", organizer=SELF,
           location="Ruwa", **zat("2029-05-15", "13:00", 60, HRE)),
     None, "sn", SN_TUDZAA),
]

# ---------------------------------------------------------------- second helper's additions
MPM = "Africa/Maputo"
BRU = "Europe/Brussels"
STO = "Europe/Stockholm"
PRG = "Europe/Prague"
WAW = "Europe/Warsaw"
SEL = "Asia/Seoul"
RUH = "Asia/Riyadh"

PT_EMPREGAMZ = "https://www.empregamz.site/2026/01/como-consegui-emprego-em-mocambique-em.html"
PT_SAVACANCIES = ("https://savacancies.com/"
                  "atitudes-que-transformam-um-talvez-em-um-nunca-o-guia-da-auto-sabotagem-profissional")
PT_INFROVAGAS = "https://infrovagas.com/?p=49"
NL_ACERTA = "https://acertacareercenter.be/section/het-gesprek/"
NL_WERKZOEKEND = "http://werkzoekend.be/goudenregels.php"
JA_TENSHOKU = "https://tenshoku-manabu.com/schedule-adjustment-email"
JA_JSEN = "https://job.j-sen.jp/jobshil/16"
CS_POMEDINE = "https://www.pomedine.cz/jak-zvladnout-ustni-pohovor/"
KO_DENTAL = "https://m.dentalarirang.com/news/articleView.html?idxno=39114"
AR_SANAD = "https://wiki-hr.sanad.digital/wiki/%D8%A7%D9%84%D9%85%D9%82%D8%A7%D8%A8%D9%84%D8%A9"
PL_AGH = "https://targi.agh.edu.pl/regulamin_pl"
PL_PURPOSE = ("https://purpose.com.pl/numery_archiwalne/mag-nr_44/felieton/"
              "mag-targi__czy_tam_znajdziemy_prace.html")
PL_TARGIAKT = "https://targiaktywnosci.com.pl/en/last-edition/"
SV_SWEDBANK = "https://jobs.swedbank.com/pages/step-by-step-for-swedish-managers"

_PORTUGUESE_MOZAMBIQUE: list[Case] = [
    # empregamz: a graduate's guide to the Mozambican market says to prepare for interviews, one of the most
    # important steps; the owner's entry after a phone call from a logistics firm's HR (yes; a first name
    # alone stays so)
    (event("Entrevista – Assistente Administrativo, Moz Logística (ligou a Sra. Amélia)", organizer=SELF,
           description="Levar BI, certificado e CV impresso. Chegar 15 min antes.",
           location="Av. 24 de Julho 1420, Maputo", **zat("2029-04-11", "09:00", 60, MPM)),
     yes(["Moz Logística", "Moz Logistica"], ["Amélia"]), "pt", PT_EMPREGAMZ),
    # empregamz: apply only to verified vacancies and keep the CV short (an errand around applications, no)
    (event("Actualizar CV e candidatar a 3 vagas verificadas", organizer=SELF,
           **zat("2029-04-09", "19:00", 60, MPM)),
     None, "pt", PT_EMPREGAMZ),
    # savacancies: research the employer's sector before a telecom or consultancy interview; a telecom's
    # recruitment team invites with the sales manager as guest (yes)
    (event("Convite para entrevista – Técnico(a) Comercial | Índico Telecom",
           organizer=org("recrutamento@indicotelecom.co.mz", "Recrutamento Índico Telecom"),
           guests=[guest("recrutamento@indicotelecom.co.mz", "Recrutamento Índico Telecom"),
                   guest("helder.cossa@indicotelecom.co.mz", "Hélder Cossa")],
           description="Caro(a) candidato(a), na sequência da sua candidatura, convidamo-lo(a) para uma "
                       "entrevista presencial. Por favor confirme a sua presença respondendo a este convite.",
           location="Índico Telecom, Av. Julius Nyerere 3412, Maputo", **zat("2029-04-26", "10:30", 45, MPM)),
     yes(["Índico Telecom", "Indico Telecom"],
         ["recrutamento@indicotelecom.co.mz", "helder.cossa@indicotelecom.co.mz"]), "pt", PT_SAVACANCIES),
    # infrovagas: short courses and certificates (basic computing) make a difference in selection; the
    # owner's course (a course, no)
    (event("Curso de informática básica – aula 3 (Excel)", organizer=SELF,
           location="Centro de formação, Matola", **zat("2029-05-03", "14:00", 120, MPM)),
     None, "pt", PT_INFROVAGAS),
]

_DUTCH_FLANDERS: list[Case] = [
    # acerta: invited to a job interview, prepare questions on studies, motivation and languages; a payroll
    # firm's HR mailbox invites, the team lead as guest, part of the talk in French (yes)
    (event("Sollicitatiegesprek – Medewerker loonadministratie",
           organizer=org("jobs@payrollpartners-gent.be", "HR Payroll Partners"),
           guests=[guest("jobs@payrollpartners-gent.be", "HR Payroll Partners"),
                   guest("lies.vermeulen@payrollpartners-gent.be", "Lies Vermeulen")],
           description="Beste kandidaat, we nodigen je graag uit voor een gesprek met Lies Vermeulen "
                       "(teamleider). Een deel van het gesprek verloopt in het Frans. Breng een kopie van je cv mee.",
           location="Kortrijksesteenweg 1088, 9051 Gent", **zat("2029-04-19", "14:00", 60, BRU)),
     yes(["Payroll Partners"], ["jobs@payrollpartners-gent.be", "lies.vermeulen@payrollpartners-gent.be"]),
     "nl", NL_ACERTA),
    # acerta: a career centre's coaching session to rehearse interview questions (coaching, no)
    (event("Loopbaancoaching – oefenen sollicitatievragen",
           organizer=org("coach.an@loopbaanpuntoost.be", "An Claes"),
           guests=[guest("coach.an@loopbaanpuntoost.be", "An Claes")],
           location="Loopbaanpunt Oost, Antwerpen", **zat("2029-04-13", "10:00", 90, BRU)),
     None, "nl", NL_ACERTA),
    # werkzoekend: the golden rules (know the job, know the firm, be on time, keep the firm's number on you);
    # the owner's own entry (yes; nobody named)
    (event("Gesprek bakkerij Verstraete – vacature herlezen! tel. winkel in gsm", organizer=SELF,
           location="Bakkerij Verstraete, Markt 7, Roeselare", **zat("2029-05-15", "16:30", 45, BRU)),
     yes(["Bakkerij Verstraete", "Verstraete"], []), "nl", NL_WERKZOEKEND),
]

_JAPANESE: list[Case] = [
    # tenshoku-manabu: career changers settle interview dates by email with the employer; the employer's HR
    # sends the confirmed first interview as an invitation (yes)
    (event("【一次面接のご案内】株式会社みなと精機",
           organizer=org("saiyo@minato-seiki.co.jp", "みなと精機 人事部 採用担当"),
           guests=[guest("saiyo@minato-seiki.co.jp", "みなと精機 人事部 採用担当"),
                   guest("k.ishida@minato-seiki.co.jp", "石田 健")],
           description="この度はご応募いただきありがとうございます。一次面接は下記の通りです。"
                       "オンライン(Google Meet)にて実施いたします。\nhttps://meet.google.com/xqa-hzrp-ktw",
           **zat("2029-04-20", "11:00", 60, TYO)),
     yes(["株式会社みなと精機", "みなと精機", "Minato Seiki"],
         ["saiyo@minato-seiki.co.jp", "k.ishida@minato-seiki.co.jp"]), "ja", JA_TENSHOKU),
    # tenshoku-manabu: reply the same day with three possible dates (an errand, no)
    (event("みなと精機へ日程調整メール返信(候補日3つ)", organizer=SELF,
           **zat("2029-04-12", "12:15", 15, TYO)),
     None, "ja", JA_TENSHOKU),
    # j-sen: a job site's career adviser helps a first-time career changer; a meeting with the adviser is
    # career counselling, not an interview for a post (no)
    (event("キャリアアドバイザー面談(転職ナビ)",
           organizer=org("advisor@tenshoku-navi-support.jp", "転職ナビ キャリアアドバイザー"),
           guests=[guest("advisor@tenshoku-navi-support.jp", "転職ナビ キャリアアドバイザー")],
           description="ご登録ありがとうございます。希望条件と今後の進め方についてお話しします。",
           **zat("2029-04-10", "19:00", 45, TYO)),
     None, "ja", JA_JSEN),
    # j-sen: the owner's entry for the final interview the adviser arranged (yes; the company is the
    # employer, nobody named)
    (event("最終面接 東邦ロジテック(本社 7F)", organizer=SELF,
           location="東京都港区芝浦3丁目 東邦ロジテック本社", **zat("2029-05-11", "15:00", 60, TYO)),
     yes(["東邦ロジテック", "Toho Logitech"], []), "ja", JA_JSEN),
]

_SWEDISH: list[Case] = [
    # swedbank: a bank uses Teamtailor, candidates moved to "meeting with the manager" get a meeting booked
    # from the tool, the recruiter as organiser alias and the manager as team member (yes)
    (event("Möte med chef – Kundrådgivare privat, Norrköping",
           organizer=org("rekrytering@sparbanken-ostra.se", "Sara Lindqvist"),
           guests=[guest("rekrytering@sparbanken-ostra.se", "Sara Lindqvist"),
                   guest("johan.ek@sparbanken-ostra.se", "Johan Ek")],
           description="Hej! Tack för din ansökan. Vi vill gärna träffa dig för ett samtal med rekryterande "
                       "chef. Mötet sker via Teams.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Pq8x",
           **zat("2029-04-25", "13:00", 60, STO)),
     yes(["Sparbanken Östra", "Sparbanken Ostra"],
         ["rekrytering@sparbanken-ostra.se", "johan.ek@sparbanken-ostra.se"]), "sv", SV_SWEDBANK),
    # swedbank: the owner as a recruiting manager learning the tool (a course, no)
    (event("Teamtailor-genomgång för rekryterande chefer",
           organizer=org("hr.support@sparbanken-ostra.se", "HR Support"),
           guests=[guest("hr.support@sparbanken-ostra.se", "HR Support")],
           **zat("2029-04-16", "09:00", 60, STO)),
     None, "sv", SV_SWEDBANK),
    # swedbank: the manager's own meeting with an applicant (the owner interviewing, no)
    (event("Intervju med kandidat – Emma Holm (Kundrådgivare)", organizer=SELF,
           guests=[guest("emma.holm92@gmail.com", "Emma Holm")],
           location="Kontoret, Drottninggatan 12, Norrköping", **zat("2029-05-14", "10:00", 60, STO)),
     None, "sv", SV_SWEDBANK),
]

_CZECH: list[Case] = [
    # pomedine: young doctors face an oral interview or "konkurz" before a hospital commission, which may ask
    # for printed CV, motivation letter and references and test a language the CV lists; the hospital's HR
    # office invites, the head of department as guest (yes)
    (event("Ústní pohovor – lékař/lékařka interního oddělení",
           organizer=org("personalni@nemocnice-letnany.cz", "Lucie Dvořáková"),
           guests=[guest("personalni@nemocnice-letnany.cz", "Lucie Dvořáková"),
                   guest("primar.interna@nemocnice-letnany.cz", "Tomáš Kratochvíl")],
           description="Dobrý den, zveme Vás k ústnímu pohovoru před komisí. Přineste prosím životopis, "
                       "motivační dopis a reference v tištěné podobě. Hlaste se na vrátnici, budova B.",
           location="Nemocnice Praha-Letňany, budova B, 2. patro", **zat("2029-04-23", "13:00", 45, PRG)),
     yes(["Nemocnice Praha-Letňany", "Nemocnice Letňany"],
         ["personalni@nemocnice-letnany.cz", "primar.interna@nemocnice-letnany.cz"]), "cs", CS_POMEDINE),
    # pomedine: printing the documents the commission asks for (preparation, no)
    (event("Vytisknout CV, motivační dopis a reference na pohovor", organizer=SELF,
           **zat("2029-04-20", "18:00", 30, PRG)),
     None, "cs", CS_POMEDINE),
    # pomedine: the owner's own entry for another hospital's commission interview (yes; nobody named)
    (event("Konkurz – chirurgie, Oblastní nemocnice Kladno (komise, být tam 8:45)", organizer=SELF,
           location="Oblastní nemocnice Kladno, ředitelství", **zat("2029-05-16", "09:00", 45, PRG)),
     yes(["Oblastní nemocnice Kladno", "Nemocnice Kladno"], []), "cs", CS_POMEDINE),
]

_KOREAN_ARABIC: list[Case] = [
    # dentalarirang: a dental clinic's recruiter phones applicants who passed the paper screening, asks a few
    # short questions, then agrees an interview date and tells them to come to the 2nd floor; the owner's
    # entry names the recruiter (yes)
    (event("미소드림치과 면접 (2층, 채용담당 김은주 선생님)", organizer=SELF,
           description="서류 합격 전화 받음. 검은 옷 입은 분 찾기. 이력서 출력.",
           location="서울 송파구 미소드림치과 2층", **zat("2029-04-17", "14:00", 60, SEL)),
     yes(["미소드림치과", "Misodream Dental"], ["김은주"]), "ko", KO_DENTAL),
    # dentalarirang: the same kind of clinic sends the agreed date as an invitation (yes)
    (event("[면접 안내] 치과위생사 채용 – 하늘숲치과",
           organizer=org("recruit@haneulsoop-dental.kr", "하늘숲치과 채용담당"),
           guests=[guest("recruit@haneulsoop-dental.kr", "하늘숲치과 채용담당"),
                   guest("director.park@haneulsoop-dental.kr", "박지훈 원장")],
           description="서류전형 합격을 축하드립니다. 전화로 협의한 일정으로 면접을 진행합니다. "
                       "도착하시면 2층 데스크로 오세요.",
           location="경기 성남시 분당구 하늘숲치과", **zat("2029-05-09", "13:30", 40, SEL)),
     yes(["하늘숲치과", "Haneulsoop Dental"], ["recruit@haneulsoop-dental.kr", "director.park@haneulsoop-dental.kr"]),
     "ko", KO_DENTAL),
    # dentalarirang: the owner is the clinic's recruiter calling applicants to agree dates (hiring side, no)
    (event("서류 합격자 3명 전화 – 면접 날짜 협의", organizer=SELF, **zat("2029-04-12", "12:30", 30, SEL)),
     None, "ko", KO_DENTAL),
    # sanad wiki: an HR system records interviews by stage with date and time, the stage's interviewers give
    # feedback; the employer's HR sends the candidate the interview (yes)
    (event("مقابلة شخصية – وظيفة محاسب أول",
           organizer=org("hr@alnakheel-trading.sa", "الموارد البشرية – شركة النخيل التجارية"),
           guests=[guest("hr@alnakheel-trading.sa", "الموارد البشرية – شركة النخيل التجارية"),
                   guest("f.alqahtani@alnakheel-trading.sa", "فهد القحطاني")],
           description="نشكر اهتمامك بالانضمام إلى فريقنا. يسعدنا دعوتك لمقابلة المرحلة الأولى. "
                       "يرجى إحضار الهوية الوطنية ونسخة من المؤهلات.",
           location="شركة النخيل التجارية، طريق الملك فهد، الرياض", **zat("2029-04-30", "10:00", 45, RUH)),
     yes(["شركة النخيل التجارية", "النخيل التجارية", "Al Nakheel Trading"],
         ["hr@alnakheel-trading.sa", "f.alqahtani@alnakheel-trading.sa"]), "ar", AR_SANAD),
    # sanad wiki: the owner is an interviewer entering feedback after the second stage (hiring side, no)
    (event("إدخال التغذية الراجعة لمقابلات المرحلة الثانية", organizer=SELF,
           **zat("2029-05-03", "13:00", 30, RUH)),
     None, "ar", AR_SANAD),
]

_POLISH: list[Case] = [
    # targi.agh: the university career centre's job fair for employers recruiting students; the owner is an
    # exhibiting firm's HR person on stand duty, the organiser's confirmation (the hiring side at a fair, no)
    (event("Targi Pracy AGH – dyżur na stoisku (pakiet Wystawca)",
           organizer=org("targi@ck-agh.pl", "Centrum Karier AGH"),
           guests=[guest("targi@ck-agh.pl", "Centrum Karier AGH")],
           description="Potwierdzamy przyjęcie zgłoszenia. Montaż stoisk od 8:00, targi 10:00–16:00.",
           location="Klub Studio, ul. Budryka 4, Kraków", **zat("2029-04-11", "08:00", 480, WAW)),
     None, "pl", PL_AGH),
    # purpose: at student job fairs firms give presentations on the recruitment path; bring a CV and a
    # portfolio; the owner's own entry (a fair, no)
    (event("Targi pracy – zabrać CV + portfolio, prezentacja agencji reklamowej 12:00", organizer=SELF,
           location="Centrum biurowe, hol główny", **zat("2029-04-18", "11:00", 180, WAW)),
     None, "pl", PL_PURPOSE),
    # targiaktywnosci: the city's labour office runs a labour and entrepreneurship fair with a workshop
    # zone; a workshop registration confirmation (a workshop at a fair, no)
    (event("Warsztat: wystąpienia publiczne – strefa warsztatowa targów pracy",
           organizer=org("warsztaty@targi-majowka.pl", "Targi Pracy i Przedsiębiorczości"),
           guests=[guest("warsztaty@targi-majowka.pl", "Targi Pracy i Przedsiębiorczości")],
           location="TAURON Arena Kraków, sala B", **zat("2029-05-10", "13:00", 90, WAW)),
     None, "pl", PL_TARGIAKT),
]

INTL25: list[Case] = [*_POLISH, *_CZECH, *_KOREAN_ARABIC, *_PORTUGUESE_MOZAMBIQUE, *_DUTCH_FLANDERS, *_JAPANESE, *_SWEDISH, *_SHONA, *_INDONESIAN, *_FRENCH_HAITI, *_TAGALOG, *_BOSNIAN_BASQUE_GERMAN, *_ITALIAN_TICINO,
                      *_SPANISH_HONDURAS]
