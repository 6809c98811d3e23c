"""Blind batch 7, second half: the cases in languages other than English (see ``real_cases_b7.py``).

Split out of ``real_cases_b7.py`` for length only; same conventions, same labelling rules, same
round (built and labelled on 2026-12-06 before the detector ran on any of it, by a helper who never
read the detection code). It also holds the time zones and conference texts both halves use, so the
English half imports them from here and this module imports nothing from it. Bosnian, Croatian and
Serbian are kept apart (``"bs"``, ``"hr"``, ``"sr"``) as their sources are; Catalan is ``"ca"``.

Scored once, at the end of round 7; tuning data since round 8.
"""

from __future__ import annotations

from detect_cases import SELF, Case, at, event, guest, org, room, yes

# Sources (found with the project's search tool, pages corpus; no URL or domain here is cited by an
# earlier data file).
DE_FZI = ("https://www.fzi.de/de/bei-uns-arbeiten/karrierefzi/digitaler-bewerbungsprozess/"
          "vorstellungsgespraech/")
DE_TJX = "http://www.earlycareers.tjxeurope.com/de/how-to-apply/online-tests/"
DE_AKTUELLE = "https://www.aktuelle-jobs.de/karriere-ratgeber/bewerbung-telefoninterviews.php"
DE_KDS = "https://kds-personalberatung.de/3363-2"
DE_RPONLINE = ("https://rp-online.de/nrw/hochschulen/online-bewerbung-so-gelingt-die-vorstellung-per-video_"
               "aid-53506819")
DE_TAGESSPIEGEL = ("https://www.tagesspiegel.de/wirtschaft/das-vorstellungsgespraech-bewerbung-aus-dem-"
                   "wohnzimmer/26641864.html")
FR_DIGISCHOOL = "https://www.digischool.fr/cours/presentation-l-entretien-avec-le-jury"
FR_GAZETTE = "https://www.lagazettedescommunes.com/645208/les-concours-evoluent-les-jurys-aussi/"
ES_GOBMX = "https://gobmx.org/convocatoria/convocatorias-de-trabajo/"
ES_DESCRIPCION = "https://www.descripciondepuestos.org/guia-de-entrevista-laboral-claves-para-aplicarla-con-exito"
PT_TOTVS = "https://tdninterno.totvs.com/plugins/viewsource/viewpagesrc.action?pageId=676574182"
NL_IXLY = ("https://cms.ixlyassessment.nl/nl/homepage/assessment-platform/handleiding-assessment-platform/"
           "kandidaten-beheren/kandidaten-later-uitnodigen")
NL_DEZAAK = "https://www.dezaak.nl/personeel/werving-selectie/tweede-sollicitatiegesprek/"
IT_SPIEGATO = "https://spiegato.com/che-cose-una-seconda-intervista"
IT_CVING = "https://media.cving.com/news/2021/06/superare-con-successo-il-secondo-colloquio-di-lavoro"
IT_ITALIANOTIZIE = "https://www.italianotizie.net/2021/06/lavoro-il-primo-colloquio-non-basta.html"
PL_DOCPLAYER = ("https://docplayer.pl/amp/10484579-Informacja-o-sposobach-i-metodach-rekrutacji-oraz-"
                "prowadzenia-rozmow-kwalifikacyjnych.html")
PL_POMORSKA = ("https://pomorska.pl/te-zachowania-pograza-cie-na-rozmowie-kwalifikacyjnej-bedziecie-"
               "zalowali-jesli-mnie-nie-zatrudnicie-4042023-r/ar/c10-17410183")
JA_BOXIL = "https://boxil.jp/mag/a8155/?via=as-recArticleLink-mainBottom"
JA_TIMEWARP = "https://timewarp.jp/?p=42135"
JA_BAITORU = "https://www.baitoru.com/solution/column/recruitment-interview-schedule-email"
ZH_P719 = "http://www.p719.cn/23652335.html"
ZH_LX5188 = "http://wap.lx5188.com/n1553116c1840.aspx"
ZH_NOWCODER = "https://m.nowcoder.com/discuss/comment/8241525"
ZH_13FEN = "https://www.13fen.com/doc/huiyiyaoqinghandegeshishizenyangde/"
KO_BEHUNI = ("https://behuni.com/entry/%EB%A9%B4%EC%A0%91%EC%8B%9C%EA%B0%84%EC%9D%84-%EC%84%A0%EC%A0%95%ED%95%98"
             "%EB%8A%94-%EB%B0%A9%EB%B2%95?category=1243880")
KO_CHIPPO = "http://www.chippostudy.com/Community/ArticleView/4828"
KO_JISIKLOG = "https://jisiklog.com/qa/22478687"
AR_JISR = "https://blog.jisr.net/ar/conduct-an-effective-job-interview"
AR_WUZZYFA = ("https://wuzzyfa.com/ar/%D9%85%D9%82%D8%A7%D8%A8%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%B9%D9%85%D9%84-"
              "%D9%85%D8%A7%D8%B0%D8%A7-%D8%AA%D8%AA%D9%88%D9%82%D8%B9-%D9%88%D9%83%D9%8A%D9%81-%D8%AA%D8%B3"
              "%D8%AA%D8%B9%D8%AF%D8%9F/")
AR_MAKKAH = "https://makkahnewspaper.com/article/1574248/الرأي/إتيكيت-التوظيف-والمقابلات"
AR_UPEDU = "https://alumni.up.edu.ps/viewsbj-236"
TR_TARSUS = "https://kmo.tarsus.edu.tr/tr/page/mulakat-sureci/10382"
TR_MULAKAT = "http://www.mulakatsorulari.net/tag/is-basvurusu/"
TR_NEDEMEK = "https://nedemek.page/kavramlar/mulakat"
HU_HVG = "https://hvg.hu/karrier/200606262nd/nyomtatas"
HU_PENZUGY = ("https://penzugysziget.hu/index.php?option=com_content&view=article&id=2912:10a79&catid=311&"
              "Itemid=436")
EL_JOBSTODAY = "https://jobstoday.gr/synentefxi-ergasias-giati-pos-na-tin-akyroseis-sosta"
SK_PROTEMP = "https://www.protemp.sk/?menu=124_130_137"
SK_EPERSONAL = ("https://www.epersonal.sk/kariera-a-zaujimave-informacie/"
                "13-ako-sa-pripravi%EF%BF%BD%EF%BF%BD-na-pohovor.html")
SK_UPJS = "https://www.upjs.sk/pracoviska/unipoc/poradenstvo/pohovor/"
HR_POSAO = "https://posao.hr/clanci/karijera/na-radnom-mjestu/6-savjeta-kako-voditi-intervju-za-posao/4224"
SR_LINK2JOB = "https://sajam.link2job.eu/2017/03/24/intervju-za-posao/"
SR_UNS = ("http://www.razvojkarijere.uns.ac.rs/e-savetnik/18-e-savetnik/intervju-za-posao/"
          "304-priprema-za-intervju.html")
BS_SINERGIJA = "http://careers.sinergija.edu.ba/intervju/"
CA_BCNJOVE = "https://barcelonesjove.net/6-l%E2%80%99entrevista-de-feina-i-les-proves-de-selecci%C3%B3"
CA_AJBCN = "https://ajuntament.barcelona.cat/joves/ca/content/entrevista-de-feina-i-proves-de-selecci%C3%B3"
CA_UAB = "https://www.uab.cat/web/orientacio-br/-professional/com-preparar-l-entrevista-de-feina-1345721952956.html"
RU_VKSPY = ("https://vk-spy.ru/en/the-world-around-us/priglasitelnye-na-rabotu-kak-oformit-priglashenie-dlya-"
            "rabotnika-na")
ID_JOBSEEKER = "https://jobseeker.software/blog/cara-menjadwalkan-wawancara-dengan-kandidat"
ID_SOULANTERN = "https://soulantern.com/psikotes-tips-pertanyaan-seputar-konfirmasi-undangan-tes-dan-interview/"
ID_TALENTGROWTH = "https://blog.talentgrowth.id/?p=135"
HE_PROTOCOL = "https://protocol.co.il/job-progress-candidate-notification/"
HE_KOLZCHUT = ("https://www.kolzchut.org.il/he/%D7%94%D7%95%D7%93%D7%A2%D7%94_%D7%9C%D7%9E%D7%95%D7%A2%D7%9E%D7%93_"
               "%D7%9C%D7%A2%D7%91%D7%95%D7%93%D7%94_%D7%A2%D7%9C_%D7%AA%D7%95%D7%A6%D7%90%D7%95%D7%AA_%D7%94%D7%9C"
               "%D7%99%D7%9A_%D7%94%D7%9E%D7%99%D7%95%D7%9F_%D7%9C%D7%A2%D7%91%D7%95%D7%93%D7%94")
FI_DUUNIMENTORI = "http://www.duunimentori.fi/duunimentoriopas/nuoren-palkkaaminen/tyohaastattelu"
FI_TEK = "https://www.tek.fi/fi/palvelut/urapalvelut/tyonhakuvalmennus/tyohaastattelu"

# Winter offsets: the batch's dates fall in January to March 2027.
NY = ("-05:00", "America/New_York")
CHI = ("-06:00", "America/Chicago")
DEN = ("-07:00", "America/Denver")
LA = ("-08:00", "America/Los_Angeles")
TOR = ("-05:00", "America/Toronto")
LON = ("+00:00", "Europe/London")
DUB = ("+00:00", "Europe/Dublin")
SYD = ("+11:00", "Australia/Sydney")
AKL = ("+13:00", "Pacific/Auckland")
SGP = ("+08:00", "Asia/Singapore")
KOL = ("+05:30", "Asia/Kolkata")
MNL = ("+08:00", "Asia/Manila")
JNB = ("+02:00", "Africa/Johannesburg")
BER = ("+01:00", "Europe/Berlin")
VIE = ("+01:00", "Europe/Vienna")
PAR = ("+01:00", "Europe/Paris")
MAD = ("+01:00", "Europe/Madrid")
MEX = ("-06:00", "America/Mexico_City")
SAO = ("-03:00", "America/Sao_Paulo")
AMS = ("+01:00", "Europe/Amsterdam")
BRU = ("+01:00", "Europe/Brussels")
ROM = ("+01:00", "Europe/Rome")
WAW = ("+01:00", "Europe/Warsaw")
TYO = ("+09:00", "Asia/Tokyo")
SHA = ("+08:00", "Asia/Shanghai")
SEO = ("+09:00", "Asia/Seoul")
RUH = ("+03:00", "Asia/Riyadh")
AMM = ("+03:00", "Asia/Amman")
CAI = ("+02:00", "Africa/Cairo")
IST = ("+03:00", "Europe/Istanbul")
BUD = ("+01:00", "Europe/Budapest")
ATH = ("+02:00", "Europe/Athens")
BTS = ("+01:00", "Europe/Bratislava")
ZAG = ("+01:00", "Europe/Zagreb")
BEG = ("+01:00", "Europe/Belgrade")
SJJ = ("+01:00", "Europe/Sarajevo")
MOW = ("+03:00", "Europe/Moscow")
JKT = ("+07:00", "Asia/Jakarta")
TLV = ("+02:00", "Asia/Jerusalem")
HEL = ("+02:00", "Europe/Helsinki")

TEAMS = ("\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting\nMeeting ID: 291 604 833 57\nPasscode: Ke7wR2\n"
         "________________________________________________________________________________")
ZOOM = "\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84120966354?pwd=Qa31\nMeeting ID: 841 2096 6354"
MEET = "\n\nJoin with Google Meet: https://meet.google.com/ksd-tqwa-pmh"
TEAMS_DE = ("\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\n"
            "Besprechungs-ID: 377 210 458 61\nKennung: Pz8mD3\n"
            "________________________________________________________________________________")
MEET_ES = "\n\nUnirse con Google Meet: https://meet.google.com/hqe-zmvb-tra"
TEAMS_FR = ("\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre la réunion maintenant\nID de la réunion : 352 771 096 24\n"
            "Code secret : Rt5qL9\n________________________________________________________________________________")
ZOOM_JA = "\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/87741205596?pwd=Lm8c\nミーティングID: 877 4120 5596"

INTL7: list[Case] = [
    # ============================================================ German
    # a research institute's digital process: date fixed first, then the virtual room is sent
    (event("Digitales Vorstellungsgespräch – Wissenschaftliche*r Mitarbeiter*in Robotik",
           organizer=org("bewerbung@ifas-karlsruhe.de", "IFAS Bewerbungsmanagement"),
           guests=[guest("bewerbung@ifas-karlsruhe.de", "IFAS Bewerbungsmanagement"),
                   guest("h.wendler@ifas-karlsruhe.de", "Dr. Hanna Wendler"),
                   guest("j.kuehn@ifas-karlsruhe.de", "Jonas Kühn")],
           description="Liebe*r Pat Lee,\n\nwie telefonisch vereinbart erhalten Sie hier den Zugang zu unserem "
                       "digitalen Besprechungsraum. Dauer ca. 45 Minuten. Gesprächspartner: Dr. Hanna Wendler "
                       "(Abteilungsleitung) und Jonas Kühn (Gruppenleitung). Bitte testen Sie Kamera und Mikrofon "
                       "vorab." + TEAMS_DE,
           **at("2027-01-14", "10:00", 45, *BER)),
     yes(["IFAS", "IFAS Karlsruhe", "Ifas-Karlsruhe"],
         ["bewerbung@ifas-karlsruhe.de", "h.wendler@ifas-karlsruhe.de", "j.kuehn@ifas-karlsruhe.de"]),
     "de", DE_FZI),
    # a retailer's graduate scheme: the assessment centre is the last selection stage (yes)
    (event("Assessment Center – Traineeprogramm Einkauf 2027",
           organizer=org("earlycareers@kaufwerk-gruppe.de", "Kaufwerk Early Careers"),
           guestsCanSeeOtherGuests=False,
           description="Herzlichen Glückwunsch, Sie haben die Online-Tests und das Video-Interview bestanden! "
                       "Ablauf: Begrüßung, Gruppenübung, Fallstudie, Einzelinterview mit der Einkaufsleitung. "
                       "Ansprechpartnerin vor Ort: Mira Seidel (Early Careers).",
           location="Kaufwerk Gruppe, Zentrale, Am Hafen 4, 20457 Hamburg",
           **at("2027-02-09", "09:00", 420, *BER)),
     yes(["Kaufwerk Gruppe", "Kaufwerk", "Kaufwerk-Gruppe"], ["earlycareers@kaufwerk-gruppe.de", "Mira Seidel"]),
     "de", DE_TJX),
    # a personnel consultancy fixes the video interview with its client; company = client
    (event("Videointerview mit der Geschäftsführung der Rautenberg Metallbau GmbH (über KDS)",
           organizer=org("s.kaiser@kds-personal.de", "Sabine Kaiser"),
           guests=[guest("s.kaiser@kds-personal.de", "Sabine Kaiser"),
                   guest("gf@rautenberg-metallbau.de", "Uwe Rautenberg")],
           description="Hallo Pat, wie besprochen das Gespräch mit Herrn Rautenberg (Geschäftsführer) zur "
                       "Position Leitung Arbeitsvorbereitung. Ich bin die ersten fünf Minuten dabei. Bitte "
                       "neutralen Hintergrund wählen." + TEAMS_DE,
           **at("2027-02-16", "16:00", 60, *BER)),
     yes(["Rautenberg Metallbau", "Rautenberg Metallbau GmbH", "Rautenberg"],
         ["s.kaiser@kds-personal.de", "gf@rautenberg-metallbau.de"]), "de", DE_KDS),
    # an invitation to a phone interview: the recruiter calls, named with her number in the text
    (event("Telefoninterview – Sachbearbeiter*in Einkauf – Holtkamp Antriebstechnik",
           organizer=org("karriere@holtkamp-antriebe.de", "Holtkamp Antriebstechnik Karriere"),
           guests=[guest("karriere@holtkamp-antriebe.de", "Holtkamp Antriebstechnik Karriere")],
           description="Guten Tag, Ihre Bewerbung hat uns neugierig gemacht. Frau Svenja Rohde (Personal) ruft "
                       "Sie zum vereinbarten Termin unter der angegebenen Nummer an. Dauer etwa 20 Minuten; "
                       "danach entscheiden wir über ein persönliches Gespräch.",
           **at("2027-01-19", "11:30", 20, *BER)),
     yes(["Holtkamp Antriebstechnik", "Holtkamp", "Holtkamp-Antriebe"],
         ["karriere@holtkamp-antriebe.de", "Svenja Rohde"]), "de", DE_AKTUELLE),
    # a university's video interview with a warm-up by someone from HR who takes no part in it
    (event("Vorstellungsgespräch per Video – Sachbearbeitung Drittmittel (Hochschule Spreetal)",
           organizer=org("personal@hs-spreetal.de", "Personalabteilung Hochschule Spreetal"),
           guests=[guest("personal@hs-spreetal.de", "Personalabteilung Hochschule Spreetal"),
                   guest("b.kurz@hs-spreetal.de", "Bettina Kurz"),
                   guest("warmup@hs-spreetal.de", "Technik-Check Personalstelle")],
           description="Bitte betreten Sie den virtuellen Raum 15 Minuten vorher: eine Kollegin der "
                       "Personalstelle prüft mit Ihnen Ton und Kamera und nimmt am Gespräch nicht teil. "
                       "Auswahlkommission unter Vorsitz von Bettina Kurz (Leitung Forschungsservice)." + TEAMS_DE,
           **at("2027-02-04", "09:45", 75, *BER)),
     yes(["Hochschule Spreetal", "Spreetal", "Hs-Spreetal"], ["personal@hs-spreetal.de", "b.kurz@hs-spreetal.de"]),
     "de", DE_TAGESSPIEGEL),
    # the university career service's workshop about video interviews: not an interview
    (event("Workshop: Gut vorbereitet ins virtuelle Vorstellungsgespräch (Career Service)",
           organizer=org("careerservice@hhu-example.de", "Career Service"),
           description="Übungen zur Selbstpräsentation vor der Kamera, Technik-Check mit Teams und Zoom. "
                       "Anmeldung über das Portal.",
           location="Gebäude 16.11, Raum 01.48",
           **at("2027-01-26", "14:00", 120, *BER)),
     None, "de", DE_RPONLINE),
    # ============================================================ French
    # a territorial civil-service competition: the oral interview with the jury is a selection
    # interview (yes); the organising management centre is the company
    (event("Convocation – épreuve orale d'entretien avec le jury – Adjoint administratif territorial",
           organizer=org("concours@cdg-valdeloire.fr", "CDG Val de Loire – Service concours"),
           guestsCanSeeOtherGuests=False,
           description="Vous êtes déclaré(e) admissible. Vous êtes convoqué(e) à l'épreuve d'entretien avec le "
                       "jury (15 minutes). Présentez-vous 30 minutes avant muni(e) de votre convocation et d'une "
                       "pièce d'identité.",
           location="Centre de gestion, 12 rue des Tanneurs, 41000 Blois",
           **at("2027-03-04", "10:45", 15, *PAR)),
     yes(["CDG Val de Loire", "Centre de gestion Val de Loire", "Cdg-Valdeloire"], ["concours@cdg-valdeloire.fr"]),
     "fr", FR_DIGISCHOOL),
    (event("Entretien de recrutement – Chargé(e) de mission mobilités – Communauté de communes du Val d'Arve",
           organizer=org("rh@cc-valdarve.fr", "Service RH CC Val d'Arve"),
           guests=[guest("rh@cc-valdarve.fr", "Service RH CC Val d'Arve"),
                   guest("dgs@cc-valdarve.fr", "Claire Besson (DGS)"),
                   guest("m.favre@cc-valdarve.fr", "Marc Favre")],
           description="Madame, Monsieur, suite à l'examen de votre candidature, nous avons le plaisir de vous "
                       "convier à un entretien devant un jury composé de la DGS, du responsable du service "
                       "mobilités et de l'élu délégué. Mise en situation de 10 minutes en début d'entretien.",
           location="Siège de la communauté de communes, salle du conseil, Bonneville",
           **at("2027-02-11", "14:30", 45, *PAR)),
     yes(["Communauté de communes du Val d'Arve", "CC Val d'Arve", "Val d'Arve", "Cc-Valdarve"],
         ["rh@cc-valdarve.fr", "dgs@cc-valdarve.fr", "m.favre@cc-valdarve.fr"]), "fr", FR_GAZETTE),
    # the owner sits on a recruitment jury: the hiring side, not a candidate
    (event("Jury de recrutement – poste d'agent d'accueil (je siège pour la DRH)",
           organizer=org("drh@mairie-saint-aubin.fr", "DRH Mairie de Saint-Aubin"),
           guests=[guest("drh@mairie-saint-aubin.fr", "DRH Mairie de Saint-Aubin"),
                   guest("adjoint.rh@mairie-saint-aubin.fr", "Adjoint au personnel")],
           description="4 candidats shortlistés, 30 minutes chacun. Grille d'évaluation commune jointe ; "
                       "délibération à 17h30." + TEAMS_FR,
           **at("2027-02-18", "14:00", 210, *PAR)),
     None, "fr", FR_GAZETTE),
    (event("Préparation à l'oral du concours – séance 3 (simulation d'entretien avec jury)",
           organizer=org("formation@prepa-territoriale.fr", "Prépa Territoriale"),
           description="Simulation chronométrée de 15 minutes puis débriefing collectif. Apportez votre fiche "
                       "de présentation.",
           **at("2027-02-20", "09:30", 180, *PAR)),
     None, "fr", FR_DIGISCHOOL),
    # ============================================================ Spanish
    (event("Entrevista – Analista de Datos Jr. – Grupo Tlalli",
           organizer=org("talento@grupotlalli.com.mx", "Talento Grupo Tlalli"),
           guests=[guest("talento@grupotlalli.com.mx", "Talento Grupo Tlalli"),
                   guest("r.mondragon@grupotlalli.com.mx", "Rocío Mondragón")],
           description="Hola Pat: tu perfil cumple con los requisitos de la convocatoria. Te entrevistará Rocío "
                       "Mondragón, gerente de inteligencia de negocio. Duración: 40 minutos." + MEET_ES,
           **at("2027-01-18", "11:00", 40, *MEX)),
     yes(["Grupo Tlalli", "Tlalli", "Grupotlalli"], ["talento@grupotlalli.com.mx", "r.mondragon@grupotlalli.com.mx"]),
     "es", ES_GOBMX),
    (event("2ª entrevista (panel) – Coordinador/a de Compras – Frigoríficos del Ebro",
           organizer=org("seleccion@frigorificosebro.es", "Selección Frigoríficos del Ebro"),
           guestsCanSeeOtherGuests=False,
           description="Enhorabuena por pasar a la segunda fase. En esta entrevista estarán la directora de "
                       "operaciones, Nuria Alcañiz, y el responsable de compras, Íñigo Sarasa. Trae tu DNI.",
           location="Frigoríficos del Ebro, Polígono El Portazgo, nave 7, Zaragoza",
           **at("2027-02-03", "10:00", 60, *MAD)),
     yes(["Frigoríficos del Ebro", "Frigorificos del Ebro", "Frigorificosebro"],
         ["seleccion@frigorificosebro.es", "Nuria Alcañiz", "Íñigo Sarasa"]), "es", ES_GOBMX),
    # the owner interviews candidates with the structured guide: not the candidate
    (event("Entrevistas estructuradas – vacante de soporte (yo entrevisto, usar la guía)", organizer=SELF,
           description="3 candidatos. Misma batería de preguntas y escala de 1 a 5 para todos; anotar evidencias.",
           **at("2027-01-27", "15:00", 120, *MAD)),
     None, "es", ES_DESCRIPCION),
    # ============================================================ Portuguese
    (event("Entrevista com a gestora – Analista de Suprimentos Pleno",
           organizer=org("recrutamento@vetorlog.com.br", "Recrutamento Vetor Log"),
           guests=[guest("recrutamento@vetorlog.com.br", "Recrutamento Vetor Log"),
                   guest("p.azevedo@vetorlog.com.br", "Paula Azevedo")],
           description="Olá Pat, conforme combinado por e-mail, segue o convite para a etapa de entrevista com "
                       "a gestora Paula Azevedo. Em caso de dúvida, responda esta mensagem.",
           location="Vetor Log – Av. das Nações Unidas, 12.901, São Paulo",
           **at("2027-01-20", "14:00", 60, *SAO)),
     yes(["Vetor Log", "VetorLog", "Vetorlog"], ["recrutamento@vetorlog.com.br", "p.azevedo@vetorlog.com.br"]),
     "pt", PT_TOTVS),
    (event("Responder candidatos da vaga de estágio (aba Mensagens)", organizer=SELF,
           description="Reenviar as perguntas adicionais para quem não respondeu; marcar entrevistas da semana.",
           **at("2027-01-22", "09:00", 30, *SAO)),
     None, "pt", PT_TOTVS),
    # ============================================================ Dutch
    (event("Tweede gesprek – Teamleider Klantenservice",
           organizer=org("werving@woonstichting-de-linge.nl", "Werving Woonstichting De Linge"),
           guests=[guest("werving@woonstichting-de-linge.nl", "Werving Woonstichting De Linge"),
                   guest("e.vandam@woonstichting-de-linge.nl", "Eva van Dam"),
                   guest("r.bakker@woonstichting-de-linge.nl", "Ruud Bakker")],
           description="Beste Pat, in dit vervolggesprek spreek je met Eva van Dam (manager Wonen), die je nog "
                       "niet eerder sprak, en met Ruud Bakker uit het eerste gesprek. We gaan dieper in op je "
                       "ervaring met leidinggeven.",
           location="Woonstichting De Linge, Stationsweg 20, Geldermalsen",
           **at("2027-01-28", "13:30", 75, *AMS)),
     yes(["Woonstichting De Linge", "De Linge", "Woonstichting-De-Linge"],
         ["werving@woonstichting-de-linge.nl", "e.vandam@woonstichting-de-linge.nl",
          "r.bakker@woonstichting-de-linge.nl"]), "nl", NL_DEZAAK),
    # an online assessment put in the calendar: a hiring step with nobody to thank (as the one-way
    # video interviews of earlier rounds)
    (event("Online assessment Ixly – capaciteitentest + persoonlijkheidsvragenlijst (Hoogland Accountants)",
           organizer=SELF,
           description="Uitnodiging via e-mail ontvangen van Hoogland Accountants; inloggen met het "
                       "account uit de uitnodiging, ca. 90 minuten, rustige plek. Daarna volgt het tweede gesprek.",
           **at("2027-02-01", "19:00", 90, *AMS)),
     yes(["Hoogland Accountants", "Hoogland"], []), "nl", NL_IXLY),
    (event("Sollicitatiegesprekken vacature magazijn – ik zit in de commissie", organizer=SELF,
           description="Rustige kamer regelen, notities eerste ronde herlezen, minstens één collega die niet "
                       "bij het eerste gesprek was.",
           **at("2027-02-04", "10:00", 180, *BRU)),
     None, "nl", NL_DEZAAK),
    # ============================================================ Italian
    (event("Secondo colloquio – Responsabile amministrativo – Conceria Valdarno",
           organizer=org("hr@conceriavaldarno.it", "Ufficio Personale Conceria Valdarno"),
           guests=[guest("hr@conceriavaldarno.it", "Ufficio Personale Conceria Valdarno"),
                   guest("a.bellandi@conceriavaldarno.it", "Alessio Bellandi")],
           description="Gentile Pat, a seguito del primo incontro la invitiamo a un secondo colloquio con il "
                       "direttore generale, Alessio Bellandi. Durata prevista: un'ora.",
           location="Conceria Valdarno S.p.A., Via dell'Industria 8, Santa Croce sull'Arno (PI)",
           **at("2027-02-05", "11:00", 60, *ROM)),
     yes(["Conceria Valdarno", "Conceria Valdarno S.p.A.", "Conceriavaldarno"],
         ["hr@conceriavaldarno.it", "a.bellandi@conceriavaldarno.it"]), "it", IT_SPIEGATO),
    # a head-hunter's second round for a client that is named: company = client
    (event("Colloquio di approfondimento – cliente Ferretti Arredo (Adami Search)",
           organizer=org("c.galli@adamisearch.it", "Chiara Galli"),
           guests=[guest("c.galli@adamisearch.it", "Chiara Galli")],
           description="Ciao Pat, come anticipato al telefono: secondo round per la posizione di Export Manager "
                       "presso il nostro cliente Ferretti Arredo. Sarò presente io e, in collegamento, il "
                       "direttore commerciale Luca Ferretti." + TEAMS,
           **at("2027-02-10", "17:00", 60, *ROM)),
     yes(["Ferretti Arredo", "Ferretti"], ["c.galli@adamisearch.it", "Luca Ferretti"]), "it", IT_ITALIANOTIZIE),
    # a recorded video interview ("colloquio in differita"): a hiring step, nobody to thank
    (event("Colloquio in differita CVing – Assistente clienti (Banca Rurale Alto Adda)",
           organizer=org("noreply@cving.com", "CVing"),
           description="Registra le tue risposte video entro la scadenza. 5 domande, 2 minuti ciascuna.",
           **at("2027-01-24", "21:00", 30, *ROM)),
     yes(["Banca Rurale Alto Adda", "Banca Rurale"], []), "it", IT_CVING),
    # ============================================================ Polish
    (event("Rozmowa kwalifikacyjna – II etap – Specjalista ds. płac",
           organizer=org("rekrutacja@zpc-wislanka.pl", "Dział Kadr ZPC Wiślanka"),
           guests=[guest("rekrutacja@zpc-wislanka.pl", "Dział Kadr ZPC Wiślanka"),
                   guest("b.nowicka@zpc-wislanka.pl", "Beata Nowicka")],
           description="Dzień dobry, zapraszamy na drugi etap: rozmowę z kierownikiem działu kadr i płac, "
                       "Panią Beatą Nowicką. Prosimy zabrać dokument tożsamości. Test z Excela na miejscu.",
           location="ZPC Wiślanka, ul. Fabryczna 3, Skawina",
           **at("2027-02-02", "09:00", 60, *WAW)),
     yes(["ZPC Wiślanka", "Wiślanka", "Zpc-Wislanka"], ["rekrutacja@zpc-wislanka.pl", "b.nowicka@zpc-wislanka.pl"]),
     "pl", PL_DOCPLAYER),
    (event("Prezentacja dla studentów: jak nie zawalić rozmowy kwalifikacyjnej (biuro karier)",
           organizer=org("kariera@uczelnia-pomorze.pl", "Biuro Karier"),
           description="Najczęstsze błędy na rozmowie, pytania rekruterów, symulacje w parach.",
           **at("2027-01-19", "12:00", 90, *WAW)),
     None, "pl", PL_POMORSKA),
    # ============================================================ Japanese
    (event("【株式会社ミナトテック】二次面接のご案内", organizer=org("saiyo@minatotech.co.jp", "ミナトテック 採用担当"),
           guests=[guest("saiyo@minatotech.co.jp", "ミナトテック 採用担当"),
                   guest("t.ishikawa@minatotech.co.jp", "石川 智也")],
           description="Pat Lee 様\n\n一次面接にご参加いただきありがとうございました。選考の結果、二次面接にお進み"
                       "いただきたくご案内いたします。面接官：開発部 部長 石川智也\n所要時間：約60分" + ZOOM_JA,
           **at("2027-01-21", "15:00", 60, *TYO)),
     yes(["ミナトテック", "株式会社ミナトテック", "Minatotech", "Minato Tech"],
         ["saiyo@minatotech.co.jp", "t.ishikawa@minatotech.co.jp"]), "ja", JA_BOXIL),
    (event("最終面接（役員面接）– 株式会社北斗フーズ", organizer=org("jinji@hokuto-foods.jp", "北斗フーズ 人事部"),
           guestsCanSeeOtherGuests=False,
           description="当日は本社受付にて「最終面接」とお伝えください。面接官は代表取締役 北村様、人事部長 森様です。"
                       "持ち物：筆記用具、履歴書の写し。",
           location="株式会社北斗フーズ 本社 5階 会議室A（札幌市中央区北3条西4丁目）",
           **at("2027-02-08", "10:30", 45, *TYO)),
     yes(["北斗フーズ", "株式会社北斗フーズ", "Hokuto Foods", "Hokuto-Foods"],
         ["jinji@hokuto-foods.jp", "北村", "森"]), "ja", JA_TIMEWARP),
    # the owner, on the hiring side, sends the schedule e-mails: not an interview
    (event("応募者へ面接日程メール送付（アルバイト3名・件名に社名）", organizer=SELF,
           description="候補日を3つ提示、前日にリマインド。",
           **at("2027-01-15", "09:30", 30, *TYO)),
     None, "ja", JA_BAITORU),
    # ============================================================ Chinese
    (event("面试通知：临川市疾控中心 公开招聘 检验岗 面试", organizer=SELF,
           description="凭面试通知书和本人有效身份证按时到考场候考，未按时到场视为放弃。面试由考官小组进行。",
           location="市人力资源服务中心 3楼 候考室",
           **at("2027-03-06", "08:00", 240, *SHA)),
     yes(["临川市疾控中心", "临川市疾病预防控制中心", "疾控中心"], []), "zh", ZH_P719),
    (event("招聘体检（面试通过后）– 人力资源管理服务中心统一组织", organizer=SELF,
           description="空腹，带身份证；体检费用自理。",
           **at("2027-03-20", "07:30", 180, *SHA)),
     None, "zh", ZH_LX5188),
    # a recruiter's video interview with an English-speaking part; names from the message
    (event("星辰数据 视频面试（含英语口语）– 数据分析实习", organizer=org("hr@xingchen-data.cn", "星辰数据 HR"),
           guests=[guest("hr@xingchen-data.cn", "星辰数据 HR"), guest("lin.yue@xingchen-data.cn", "林悦")],
           description="面试官：林悦（数据部主管）。形式：视频面试，约30分钟，其中包含英语口语问答。请提前5分钟进入会议。",
           **at("2027-01-25", "14:00", 30, *SHA)),
     yes(["星辰数据", "Xingchen Data", "Xingchen-Data"], ["hr@xingchen-data.cn", "lin.yue@xingchen-data.cn"]),
     "zh", ZH_NOWCODER),
    (event("年度供应商大会 邀请函 – 会议签到与分组讨论", organizer=org("events@hengyuan-group.cn", "恒远集团 会务组"),
           description="会议时间、地点、议程见附件；请回执确认参会人数。",
           location="恒远集团 国际会议中心",
           **at("2027-03-11", "09:00", 480, *SHA)),
     None, "zh", ZH_13FEN),
    # ============================================================ Korean
    (event("[한빛소재] 1차 실무면접 안내 (화요일 오전 9시)", organizer=org("recruit@hanbitmaterials.co.kr", "한빛소재 인사팀"),
           guests=[guest("recruit@hanbitmaterials.co.kr", "한빛소재 인사팀"),
                   guest("jh.oh@hanbitmaterials.co.kr", "오지훈")],
           description="지원해 주셔서 감사합니다. 가장 이른 시간대로 확정되었습니다. 면접관: 오지훈 팀장(품질관리팀). "
                       "신분증을 지참해 주세요.",
           location="한빛소재 본사 2층 회의실, 경기도 화성시",
           **at("2027-01-26", "09:00", 40, *SEO)),
     yes(["한빛소재", "Hanbit Materials", "Hanbitmaterials"],
         ["recruit@hanbitmaterials.co.kr", "jh.oh@hanbitmaterials.co.kr"]), "ko", KO_BEHUNI),
    (event("한결산업기계 최종면접 (임원면접, 조별 진행)", organizer=SELF,
           description="오후 4시 30분 조. 대기 시간이 길 수 있음. 면접비 지급. 30초 자기소개 준비.",
           location="한결산업기계 서울사무소",
           **at("2027-02-15", "16:30", 60, *SEO)),
     yes(["한결산업기계", "한결"], []), "ko", KO_CHIPPO),
    # a university admission interview: an admission, not a job (no)
    (event("대학원 입시 면접 (1차 합격자 대상)", organizer=SELF,
           description="입시 홈페이지에서 1차 합격 확인 후 면접. 수험표와 신분증 지참.",
           location="본관 4층 면접대기실",
           **at("2027-01-30", "13:00", 60, *SEO)),
     None, "ko", KO_JISIKLOG),
    # ============================================================ Arabic
    (event("مقابلة عمل – أخصائي رواتب – شركة الواحة للتجزئة",
           organizer=org("careers@alwaha-retail.sa", "التوظيف – شركة الواحة للتجزئة"),
           guests=[guest("careers@alwaha-retail.sa", "التوظيف – شركة الواحة للتجزئة"),
                   guest("f.alqahtani@alwaha-retail.sa", "فهد القحطاني")],
           description="نشكرك على اهتمامك بالوظيفة. يسرنا دعوتك لمقابلة شخصية مع الأستاذ فهد القحطاني، مدير "
                       "الموارد البشرية. المدة حوالي ٤٥ دقيقة. يرجى إحضار نسخة من السيرة الذاتية.",
           location="المقر الرئيسي، طريق الملك فهد، الرياض",
           **at("2027-01-31", "10:00", 45, *RUH)),
     yes(["الواحة للتجزئة", "شركة الواحة للتجزئة", "Alwaha Retail", "Alwaha-Retail"],
         ["careers@alwaha-retail.sa", "f.alqahtani@alwaha-retail.sa"]), "ar", AR_MAKKAH),
    (event("مقابلة فيديو أولية – مهندس شبكات", organizer=org("talent@nabd-telecom.jo", "نبض للاتصالات – الموارد البشرية"),
           guests=[guest("talent@nabd-telecom.jo", "نبض للاتصالات – الموارد البشرية")],
           description="مقابلة فيديو أولية لمدة ٢٠ دقيقة مع فريق التوظيف، تليها مقابلة فنية مع مدير الشبكات في "
                       "حال التأهل." + MEET,
           **at("2027-02-07", "12:00", 20, *AMM)),
     yes(["نبض للاتصالات", "Nabd Telecom", "Nabd-Telecom"], ["talent@nabd-telecom.jo"]), "ar", AR_WUZZYFA),
    # the owner is the recruiter preparing interviews: not the candidate
    (event("تحضير أسئلة المقابلات – وظيفة محاسب (أنا من يجري المقابلة)", organizer=SELF,
           description="مراجعة السير الذاتية، أسئلة موحدة لكل المرشحين، نموذج تقييم.",
           **at("2027-02-01", "09:00", 60, *RUH)),
     None, "ar", AR_JISR),
    (event("ورشة مركز التوظيف: الاستعداد للمقابلة الشخصية", organizer=org("careers@up.example.ps", "مركز التوظيف والخريجين"),
           description="أنواع المقابلات، التدرب على الأسئلة، لجنة المقابلة.",
           **at("2027-02-14", "11:00", 90, *AMM)),
     None, "ar", AR_UPEDU),
    # ============================================================ Turkish
    (event("İş görüşmesi – Satın Alma Uzmanı – Akdeniz Ambalaj A.Ş.",
           organizer=org("ik@akdenizambalaj.com.tr", "Akdeniz Ambalaj İnsan Kaynakları"),
           guests=[guest("ik@akdenizambalaj.com.tr", "Akdeniz Ambalaj İnsan Kaynakları"),
                   guest("s.yildiz@akdenizambalaj.com.tr", "Selin Yıldız")],
           description="Sayın Pat Lee, başvurunuz değerlendirilmiş olup yüz yüze mülakata davet edilmektesiniz. "
                       "Görüşmeyi Satın Alma Müdürü Selin Yıldız yapacaktır.",
           location="Akdeniz Ambalaj, Organize Sanayi Bölgesi 2. Cadde No:14, Mersin",
           **at("2027-02-04", "14:00", 60, *IST)),
     yes(["Akdeniz Ambalaj", "Akdeniz Ambalaj A.Ş.", "Akdenizambalaj"],
         ["ik@akdenizambalaj.com.tr", "s.yildiz@akdenizambalaj.com.tr"]), "tr", TR_MULAKAT),
    (event("Mülakat – Kargo Operasyon Sorumlusu (2. görüşme, bölge müdürü ile)",
           organizer=org("kariyer@hizliyol-lojistik.com", "Hızlıyol Lojistik Kariyer"),
           guestsCanSeeOtherGuests=False,
           description="İkinci görüşmeniz bölge müdürümüz Emre Kaya ile gerçekleşecektir. Online yetkinlik testi "
                       "sonuçlarınız da değerlendirilecektir." + TEAMS,
           **at("2027-02-17", "11:00", 45, *IST)),
     yes(["Hızlıyol Lojistik", "Hizliyol Lojistik", "Hızlıyol", "Hizliyol-Lojistik"],
         ["kariyer@hizliyol-lojistik.com", "Emre Kaya"]), "tr", TR_NEDEMEK),
    (event("Kariyer Merkezi: Mülakat süreci semineri", organizer=org("kmo@universite.example.edu.tr", "Kariyer Merkezi"),
           description="Mülakat türleri, hazırlık, işverenin aradığı cevaplar.",
           **at("2027-01-20", "13:30", 90, *IST)),
     None, "tr", TR_TARSUS),
    # ============================================================ Hungarian
    (event("Állásinterjú – második kör – Logisztikai koordinátor",
           organizer=org("hr@dunaparti-logisztika.hu", "Dunaparti Logisztika HR"),
           guests=[guest("hr@dunaparti-logisztika.hu", "Dunaparti Logisztika HR"),
                   guest("k.szabo@dunaparti-logisztika.hu", "Szabó Krisztina"),
                   guest("t.nagy@dunaparti-logisztika.hu", "Nagy Tamás")],
           description="Kedves Pat! Örömmel értesítjük, hogy továbbjutott a második körbe. A beszélgetésen a "
                       "leendő vezetője, Szabó Krisztina és egy leendő kolléga, Nagy Tamás vesz részt. Kb. 90 perc.",
           location="Dunaparti Logisztika Kft., Budapest, Soroksári út 48.",
           **at("2027-02-09", "13:00", 90, *BUD)),
     yes(["Dunaparti Logisztika", "Dunaparti Logisztika Kft.", "Dunaparti-Logisztika"],
         ["hr@dunaparti-logisztika.hu", "k.szabo@dunaparti-logisztika.hu", "t.nagy@dunaparti-logisztika.hu"]),
     "hu", HU_HVG),
    (event("Felvételi beszélgetés – pénzügyi asszisztens (Tisza Vagyonkezelő)", organizer=SELF,
           description="Telefonon hívtak be, a személyes beszélgetést Kovács Péter pénzügyi vezető tartja. "
                       "Önéletrajz, bizonyítványok.",
           location="Tisza Vagyonkezelő Zrt., Szeged, Kárász u. 6.",
           **at("2027-01-29", "10:00", 60, *BUD)),
     yes(["Tisza Vagyonkezelő", "Tisza Vagyonkezelő Zrt.", "Tisza Vagyonkezelo"], ["Kovács Péter"]),
     "hu", HU_PENZUGY),
    (event("Munkaköri leírás és hirdetés – új pénzügyes kolléga felvétele (én toborzok)", organizer=SELF,
           description="Szűkített lista összeállítása, interjúkérdések.",
           **at("2027-01-12", "14:00", 60, *BUD)),
     None, "hu", HU_PENZUGY),
    # ============================================================ Greek
    (event("Συνέντευξη εργασίας – Υπάλληλος Λογιστηρίου – Αιγαίον Τρόφιμα",
           organizer=org("hr@aigaion-trofima.gr", "Τμήμα Προσωπικού Αιγαίον Τρόφιμα"),
           guests=[guest("hr@aigaion-trofima.gr", "Τμήμα Προσωπικού Αιγαίον Τρόφιμα"),
                   guest("g.papadaki@aigaion-trofima.gr", "Γεωργία Παπαδάκη")],
           description="Σας ευχαριστούμε για την αίτησή σας. Η συνέντευξη θα γίνει με την κα Γεωργία Παπαδάκη, "
                       "Προϊσταμένη Λογιστηρίου. Αν χρειαστεί αλλαγή ώρας, ενημερώστε μας έγκαιρα.",
           location="Αιγαίον Τρόφιμα Α.Ε., Λεωφ. Κηφισού 112, Αθήνα",
           **at("2027-02-12", "11:00", 45, *ATH)),
     yes(["Αιγαίον Τρόφιμα", "Aigaion Trofima", "Aigaion-Trofima"],
         ["hr@aigaion-trofima.gr", "g.papadaki@aigaion-trofima.gr"]), "el", EL_JOBSTODAY),
    (event("Τηλεφώνημα: αναβολή συνέντευξης Αιγαίον (ζητάω άλλη μέρα)", organizer=SELF,
           description="Τουλάχιστον 24 ώρες πριν· προτείνω δύο εναλλακτικές ώρες.",
           **at("2027-02-10", "09:15", 10, *ATH)),
     None, "el", EL_JOBSTODAY),
    # ============================================================ Slovak
    # a staffing agency's own interview before presenting the candidate to a client that is not named:
    # company = the agency (round 5's rule when the client is not named)
    (event("Prijímací pohovor – ProTemp Personal (pozícia: skladník, klient z automotive)",
           organizer=org("nabor@protemp-personal.sk", "ProTemp Personal – nábor"),
           guests=[guest("nabor@protemp-personal.sk", "ProTemp Personal – nábor"),
                   guest("l.hruskova@protemp-personal.sk", "Lucia Hrušková")],
           description="Pohovor s našou konzultantkou Luciou Hruškovou. Ak budete úspešný, predstavíme vás "
                       "klientovi. Prineste občiansky preukaz a životopis.",
           location="ProTemp Personal, Hlavná 21, Trnava",
           **at("2027-01-25", "09:30", 30, *BTS)),
     yes(["ProTemp Personal", "ProTemp", "Protemp-Personal"],
         ["nabor@protemp-personal.sk", "l.hruskova@protemp-personal.sk"]), "sk", SK_PROTEMP),
    (event("Telefonický pohovor – Tatranská mliekareň (personalistka Jana Vargová)", organizer=SELF,
           description="Predbežný výber: overenie údajov zo životopisu, nástup, plat. Mať pri sebe životopis.",
           **at("2027-02-01", "13:00", 20, *BTS)),
     yes(["Tatranská mliekareň", "Tatranska mliekaren"], ["Jana Vargová"]), "sk", SK_EPERSONAL),
    (event("Poradenstvo UNIPOC – nácvik pohovoru", organizer=org("poradna@unipoc.example.sk", "UNIPOC poradňa"),
           description="Modelový pohovor s kariérnou poradkyňou, spätná väzba.",
           **at("2027-01-21", "10:00", 60, *BTS)),
     None, "sk", SK_UPJS),
    # ============================================================ Croatian, Serbian, Bosnian
    (event("Razgovor za posao – Voditelj/ica nabave – Jadran Brodogradnja d.o.o.",
           organizer=org("zaposljavanje@jadran-brodogradnja.hr", "Zapošljavanje Jadran Brodogradnja"),
           guests=[guest("zaposljavanje@jadran-brodogradnja.hr", "Zapošljavanje Jadran Brodogradnja"),
                   guest("i.maric@jadran-brodogradnja.hr", "Ivana Marić")],
           description="Poštovani, pozivamo Vas na razgovor s direktoricom nabave Ivanom Marić. Objasnit ćemo "
                       "Vam tijek selekcijskog postupka i zaduženja radnog mjesta.",
           location="Jadran Brodogradnja, Obala 4, Split",
           **at("2027-02-15", "09:00", 60, *ZAG)),
     yes(["Jadran Brodogradnja", "Jadran Brodogradnja d.o.o.", "Jadran-Brodogradnja"],
         ["zaposljavanje@jadran-brodogradnja.hr", "i.maric@jadran-brodogradnja.hr"]), "hr", HR_POSAO),
    (event("Intervju (ja intervjuiram) – kandidati za prodaju, strukturirani razgovor", organizer=SELF,
           description="Ista pitanja svim kandidatima, bodovanje, zahvala na kraju.",
           **at("2027-02-16", "13:00", 120, *ZAG)),
     None, "hr", HR_POSAO),
    (event("Sajam zapošljavanja Link2Job – obilazak štandova", organizer=SELF,
           description="Poneti CV u više primeraka; kratki razgovori sa poslodavcima na štandovima.",
           location="Sajam, Hala 2, Novi Sad",
           **at("2027-03-10", "10:00", 240, *BEG)),
     None, "sr", SR_LINK2JOB),
    (event("Intervju – Mlađi inženjer procesa – Vojvodina Agrar (sa problemskim zadatkom)",
           organizer=org("posao@vojvodina-agrar.rs", "Vojvodina Agrar – ljudski resursi"),
           guests=[guest("posao@vojvodina-agrar.rs", "Vojvodina Agrar – ljudski resursi"),
                   guest("d.jovanovic@vojvodina-agrar.rs", "Dragan Jovanović")],
           description="Intervju vodi rukovodilac proizvodnje Dragan Jovanović; očekujte jedan problemski zadatak "
                       "iz prakse.",
           location="Vojvodina Agrar, Industrijska zona bb, Zrenjanin",
           **at("2027-02-22", "10:00", 60, *BEG)),
     yes(["Vojvodina Agrar", "Vojvodina-Agrar"], ["posao@vojvodina-agrar.rs", "d.jovanovic@vojvodina-agrar.rs"]),
     "sr", SR_UNS),
    (event("Intervju za posao – Mostar Telekom, odjel podrške (Amra Hodžić)", organizer=SELF,
           description="Doći ranije, isključiti mobitel. Razgovor s voditeljicom podrške Amrom Hodžić, "
                       "amra.hodzic@mostartelekom.ba.",
           location="Mostar Telekom, Kneza Domagoja 12, Mostar",
           **at("2027-02-24", "11:00", 45, *SJJ)),
     yes(["Mostar Telekom", "Mostartelekom"], ["amra.hodzic@mostartelekom.ba"]), "bs", BS_SINERGIJA),
    # ============================================================ Catalan
    (event("Entrevista de feina – Tècnic/a de comunicació – Cooperativa Som Terra",
           organizer=org("seleccio@somterra.coop", "Selecció Som Terra"),
           guests=[guest("seleccio@somterra.coop", "Selecció Som Terra"),
                   guest("n.puig@somterra.coop", "Núria Puig")],
           description="Hola Pat, t'esperem per a l'entrevista personal amb la Núria Puig, coordinadora de "
                       "comunicació. Hi haurà una petita prova pràctica de redacció.",
           location="Som Terra SCCL, carrer de la Indústria 77, Manresa",
           **at("2027-02-03", "10:00", 60, *MAD)),
     yes(["Som Terra", "Cooperativa Som Terra", "Somterra"], ["seleccio@somterra.coop", "n.puig@somterra.coop"]),
     "ca", CA_BCNJOVE),
    (event("Entrevista col·lectiva + dinàmica de grup – Supermercats Vallès (dependent/a)",
           organizer=org("rrhh@supermercatsvalles.cat", "RRHH Supermercats Vallès"),
           guestsCanSeeOtherGuests=False,
           description="Sessió col·lectiva amb sis persones candidates i dues entrevistadores de recursos humans. "
                       "Després, entrevista breu individual.",
           location="Supermercats Vallès, oficines centrals, Sabadell",
           **at("2027-02-19", "09:00", 120, *MAD)),
     yes(["Supermercats Vallès", "Supermercats Valles", "Supermercatsvalles"], ["rrhh@supermercatsvalles.cat"]),
     "ca", CA_AJBCN),
    (event("Orientació professional UAB: com preparar l'entrevista de feina", organizer=SELF,
           description="Sessió amb l'orientadora; portar el CV i l'oferta a la qual vull optar.",
           location="Plaça Cívica, edifici de serveis, UAB",
           **at("2027-01-28", "12:00", 45, *MAD)),
     None, "ca", CA_UAB),
    # ============================================================ Russian
    (event("Собеседование: менеджер по закупкам – ООО «Северная звезда»",
           organizer=org("hr@sev-zvezda.ru", "Отдел персонала ООО «Северная звезда»"),
           guests=[guest("hr@sev-zvezda.ru", "Отдел персонала ООО «Северная звезда»"),
                   guest("a.orlova@sev-zvezda.ru", "Анна Орлова")],
           description="Уважаемый Пат! Приглашаем вас на собеседование. Адрес: офис 405, при себе иметь паспорт и "
                       "резюме. Собеседование проведёт руководитель отдела закупок Анна Орлова.",
           location="Москва, ул. Новослободская, 23, офис 405",
           **at("2027-02-05", "11:00", 60, *MOW)),
     yes(["Северная звезда", "ООО «Северная звезда»", "Sev-Zvezda"], ["hr@sev-zvezda.ru", "a.orlova@sev-zvezda.ru"]),
     "ru", RU_VKSPY),
    (event("Разослать приглашения кандидатам на вакансию водителя (шаблон письма)", organizer=SELF,
           description="Название компании, адрес, что взять с собой, дата и время, контакты рекрутера.",
           **at("2027-01-18", "10:00", 30, *MOW)),
     None, "ru", RU_VKSPY),
    # ============================================================ Indonesian
    (event("Undangan Interview User – Staff Finance – PT Sinar Nusantara Logistik",
           organizer=org("rekrutmen@sinarnusantara.co.id", "Rekrutmen PT Sinar Nusantara"),
           guests=[guest("rekrutmen@sinarnusantara.co.id", "Rekrutmen PT Sinar Nusantara"),
                   guest("d.pratama@sinarnusantara.co.id", "Dimas Pratama")],
           description="Selamat, Anda lolos tahap HR interview. Tahap berikutnya adalah interview user dengan "
                       "Bapak Dimas Pratama (Finance Manager). Mohon konfirmasi kehadiran paling lambat besok."
                       + MEET,
           **at("2027-02-02", "10:00", 45, *JKT)),
     yes(["PT Sinar Nusantara Logistik", "Sinar Nusantara", "Sinarnusantara"],
         ["rekrutmen@sinarnusantara.co.id", "d.pratama@sinarnusantara.co.id"]), "id", ID_JOBSEEKER),
    # a psychological test day, then the HR interview the same morning (yes)
    (event("Psikotes dan interview HRD – PT Mitra Karya Sejahtera", organizer=SELF,
           description="Dikonfirmasi via telepon oleh Ibu Rina (HRD). Bawa alat tulis dan KTP. Psikotes jam 8, "
                       "interview setelahnya.",
           location="PT Mitra Karya Sejahtera, Jl. Gatot Subroto Kav. 9, Jakarta",
           **at("2027-02-11", "08:00", 240, *JKT)),
     yes(["PT Mitra Karya Sejahtera", "Mitra Karya Sejahtera", "Mitra Karya"], ["Rina"]), "id", ID_SOULANTERN),
    (event("Balas email HRD: minta reschedule interview (bentrok jadwal kerja)", organizer=SELF,
           description="Terima kasih, minta maaf, alasan singkat, tawarkan dua jadwal alternatif.",
           **at("2027-02-08", "07:30", 15, *JKT)),
     None, "id", ID_TALENTGROWTH),
    # ============================================================ Hebrew
    (event("ראיון עבודה – מנהל/ת משרד – גלבוע הנדסה", organizer=org("jobs@gilboa-eng.co.il", "גלבוע הנדסה – גיוס"),
           guests=[guest("jobs@gilboa-eng.co.il", "גלבוע הנדסה – גיוס"), guest("y.cohen@gilboa-eng.co.il", "יעל כהן")],
           description="שלום פט, בהמשך להליך המיון למשרה, נשמח לפגוש אותך לראיון עם יעל כהן, סמנכ\"לית תפעול. "
                       "הודעה בכתב על התקדמות ההליך תישלח אליך בהמשך.",
           location="גלבוע הנדסה, רחוב הברזל 30, תל אביב",
           **at("2027-02-14", "10:00", 45, *TLV)),
     yes(["גלבוע הנדסה", "Gilboa Engineering", "Gilboa-Eng"], ["jobs@gilboa-eng.co.il", "y.cohen@gilboa-eng.co.il"]),
     "he", HE_PROTOCOL),
    (event("לבדוק אם קיבלתי הודעה בכתב על תוצאות הליך המיון (חברת ביטוח)", organizer=SELF,
           description="מעל 25 עובדים – חובה למסור הודעה. לשלוח מייל אם לא התקבלה.",
           **at("2027-03-01", "09:00", 15, *TLV)),
     None, "he", HE_KOLZCHUT),
    # ============================================================ Finnish
    (event("Työhaastattelu (2. kierros) – Myyntineuvottelija – Pohjolan Kodinkone Oy",
           organizer=org("rekry@pohjolankodinkone.fi", "Pohjolan Kodinkone rekrytointi"),
           guests=[guest("rekry@pohjolankodinkone.fi", "Pohjolan Kodinkone rekrytointi"),
                   guest("m.virtanen@pohjolankodinkone.fi", "Mikko Virtanen"),
                   guest("s.laine@pohjolankodinkone.fi", "Sari Laine")],
           description="Hei Pat, kiitos ensimmäisestä haastattelusta! Toisella kierroksella haastattelijoina "
                       "myyntijohtaja Mikko Virtanen ja tiimiesihenkilö Sari Laine. Varaa aikaa noin tunti.",
           location="Pohjolan Kodinkone Oy, Hatanpään valtatie 30, Tampere",
           **at("2027-02-23", "14:00", 60, *HEL)),
     yes(["Pohjolan Kodinkone", "Pohjolan Kodinkone Oy", "Pohjolankodinkone"],
         ["rekry@pohjolankodinkone.fi", "m.virtanen@pohjolankodinkone.fi", "s.laine@pohjolankodinkone.fi"]),
     "fi", FI_DUUNIMENTORI),
    (event("TEK urapalvelut: haastatteluvalmennus (Haastis-harjoitus)", organizer=org("urapalvelut@tek.example.fi",
                                                                                 "TEK urapalvelut"),
           description="Harjoitellaan vastauksia yleisimpiin kysymyksiin; valmentaja antaa palautetta.",
           **at("2027-02-17", "17:00", 60, *HEL)),
     None, "fi", FI_TEK),
    # room mailbox on a Finnish public-sector panel: the room is not a person
    (event("Haastattelu: suunnittelija, ympäristöpalvelut – Hämeenkosken kaupunki",
           organizer=org("rekrytointi@hameenkoski.fi", "Hämeenkosken kaupunki – rekrytointi"),
           guests=[guest("rekrytointi@hameenkoski.fi", "Hämeenkosken kaupunki – rekrytointi"),
                   guest("h.makinen@hameenkoski.fi", "Heidi Mäkinen"),
                   room("kh-neuvotteluhuone-3@resource.calendar.google.com", "Kaupungintalo – Neuvotteluhuone 3")],
           description="Haastatteluryhmä: ympäristöjohtaja Heidi Mäkinen ja henkilöstöasiantuntija. Ota mukaan "
                       "tutkintotodistus.",
           location="Kaupungintalo, 2. krs",
           **at("2027-03-02", "09:00", 60, *HEL)),
     yes(["Hämeenkosken kaupunki", "Hämeenkoski", "Hameenkoski"],
         ["rekrytointi@hameenkoski.fi", "h.makinen@hameenkoski.fi"]), "fi", FI_DUUNIMENTORI),
]

_ids = [case[0]["id"] for case in INTL7]
assert len(_ids) == len(set(_ids)), "two cases share an id"
