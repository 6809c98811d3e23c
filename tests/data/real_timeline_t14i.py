"""Round 14's timeline check set for languages other than English (issue #15, helper "tl14i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package
(weekdays, ISO weeks, public holidays, Greek and Turkish moving feasts). Each text paraphrases a
process or a wording documented on the public page cited in its source (found with the project's
search tool, pages corpus; no host cited by an earlier data file: every host was grepped in
``tests/data/*.py``); names, companies, dates and closures are invented, the wording is not
copied. It is written around *classes* of phrasing, not around round 13's misses: business vs
calendar days, spans and their upper end, "no later than" / "by the end of", month parts and
ISO weeks, the week after a dated step, a count from a dated step (an exam, a closing date, a
works-council meeting), holidays named as anchors, and the candidate's own deadlines, logistics,
validity periods, appeal windows and usual lengths that promise nothing.

63 texts: Spanish 13, German 13, Portuguese 12 (PT 5, BR 7), Italian 10, Greek 3, Romanian 3,
Turkish 3, Swedish 3, Hungarian 3; 22 promise nothing.

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_b13.py``,
whose conventions it follows (business days skip weekends and the country's public holidays;
"días hábiles" / "dias úteis" / "Werktage" skip Saturdays; a span's upper end; "the week after
<day>" the Monday to Friday of the next week; "by the end of next week" its Friday; "Ende KW n" /
"fredag vecka n" the Friday of ISO week n; a calendar-day count or an hour count that lands on a
weekend also accepts the next working day; "if you have not heard within ..." is a promise).
Conventions decided here are commented on their case.
"""

from __future__ import annotations

# Sources (pages corpus); none is cited by an earlier round.
CEREM = "https://www.cerem.es/blog?tag=Herramientas+RRHH"
ENLACE = "https://enlacelaboral.com/becarios-fuente-de-reclutamiento"
ACUEDUCTO = ("https://www.acueducto2.com/la-diputacion-convoca-quince-becas-de-practicas-"
             "formativas/179893")
UGR = "http://grados.ugr.es/deporte/docencia/plan-estudios/practicas-externas/guia-docente"
OEFFDIENST = "https://xn--ffentlicherdienst-yzb.de/index.php/bewerbung/termine"
VOGTLAND = "https://www.vogtlandkreis.de/index.php?ModID=7&FID=2752.4364.1&object=tx%7C2752.4364.1"
ANAUNDANDA = "https://blog.anaundanda.de/archives/2020/08/C32.html"
BACKDIR = "https://www.back-dir-deine-zukunft.de/steckbrief-frederike-knehans-baeckerin"
VOLKSSTIMME = "https://www.volksstimme.de/baeckerpruefung-suesse-torten-und-deftige-haeppchen"
SIGIS = "https://sigis-backstube.at/ausbildung-handwerk/vorbereitung-und-lehrabschlusspruefungen"
AVOZ = ("https://www.avozdoalgarve.pt/d/como-concorrer-a-um-emprego-do-estado-ha-mil-vagas-ate-"
        "30-de-julho/38076")
ECOSAPO = ("https://eco.sapo.pt/descodificador/governo-quer-contratar-mil-tecnicos-com-salarios-"
           "de-1-200-euros-isto-e-o-que-precisa-de-saber-para-concorrer/")
FEEDZ = "https://feedz.com.br/blog/?p=81784"
IBE = "https://www.ibe.edu.br/especialista-da-dicas-para-ingressar-nos-programas-de-jovem-aprendiz/"
ESTADAO = "http://educacao.estadao.com.br/noticias/geral,por-que-nao-passei,761434"
TRABFEITOS = "https://trabalhosfeitos.com/ensaios/Dinamica-De-Trabalho/381336.html"
STAGISTI = "https://repubblicadeglistagisti.it/category/storie-di-stage/?page=34"
SKUOLA = "https://www.skuola.net/lavoro/stage-tirocinio.html"
APLNET = "https://www.apl-network.it/news/stage-e-tirocini-quando-valgono-la-pena-e-quando-no"
LADYK = "http://ladykantanas.blogspot.com/2011/03"
UPATRAS = "https://www.matersci.upatras.gr/el/news-events"
PROJURISTA = ("https://projurista.ro/hg-nr-855-din-2013-norme-aplicare-legea-uceniciei/hg-nr-855-"
              "din-2013-norme-aplicare-legea-privind-ucenicia-la-locul-de-munca/")
HIZLIADAM = "https://www.hizliadam.com/basvuruma-neden-geri-donus-yapmazlar.html"
MESLEK = ("https://mesleknedir.com/blog/is-gorusmesinde-basari-rehberi-2025te-dikkat-edilmesi-"
          "gerekenler")
KOLLEGA = "https://www.kollega.se/sa-rekryterar-du-med-respekt"
KARRIARGUIDEN = ("https://karriarguiden.se/guide/varfor-en-transparent-och-konstruktiv-"
                 "feedbackkultur-lyfter-ert-employer-brand")
REACHMEE = "https://blog.reachmee.com/att-skriva-feedback-och-sammanfatta-anteckningar-fran-intervjun"
DAJKA = "https://dajka-gabor.hu/furcsa-allas-interjukerdesek"

TL_TUNE14_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Spanish
    ("Gracias por venir a la entrevista. Te daremos una respuesta en un plazo máximo de diez "
     "días hábiles.",
     "2027-03-03T12:00:00+01:00", ("2027-03-17", "2027-03-17"), "ES", "es", CEREM),
    # "dentro de la semana siguiente" after a dated meeting: that next week, Monday to Friday.
    ("La comisión se reúne el jueves 15 de abril y comunicaremos la decisión a todos los "
     "candidatos dentro de la semana siguiente.",
     "2027-04-08T10:00:00+02:00", ("2027-04-19", "2027-04-23"), "ES", "es", CEREM),
    # The candidate's own deadline.
    ("Recuerda que tienes hasta el viernes 12 de marzo para enviarnos el certificado de "
     "antecedentes penales.",
     "2027-03-03T12:10:00+01:00", None, "ES", "es", CEREM),
    ("Entre el 20 y el 25 de junio te escribiremos para decirte si pasas a la fase final.",
     "2027-06-10T17:00:00+02:00", ("2027-06-25", "2027-06-25"), "ES", "es", ENLACE),
    # "la primera quincena de septiembre": its upper end, the 15th.
    ("Como agosto es inhábil para nosotros, la resolución de las becas se publicará en la "
     "primera quincena de septiembre.",
     "2027-07-20T11:00:00+02:00", ("2027-09-15", "2027-09-15"), "ES", "es", ACUEDUCTO),
    # A usual length.
    ("Normalmente el proceso completo dura entre tres y cuatro semanas, según el número de "
     "candidaturas.",
     "2027-07-20T11:10:00+02:00", None, "ES", "es", CEREM),
    ("Te confirmaremos la oferta a más tardar el 30 de noviembre.",
     "2027-11-18T16:00:00+01:00", ("2027-11-30", "2027-11-30"), "ES", "es", ENLACE),
    # 72 hours after tomorrow's test (Wednesday 10 February) is Saturday 13: also Monday.
    ("Después del examen psicométrico de mañana, recursos humanos te llamará en un máximo de 72 "
     "horas.",
     "2027-02-09T10:00:00-06:00", ("2027-02-13", "2027-02-15"), "MX", "es", ENLACE),
    # "la segunda semana de enero" (2028): ISO week 2, 10 to 14 January.
    ("Pasadas las fiestas, en la segunda semana de enero, les avisamos a los seleccionados.",
     "2027-12-20T12:00:00-03:00", ("2028-01-10", "2028-01-14"), "AR", "es", ENLACE),
    # A contract's length.
    ("El contrato de prácticas tiene una duración de seis meses, prorrogable por otros seis.",
     "2027-12-20T12:10:00-03:00", None, "AR", "es", UGR),
    # Logistics.
    ("La entrevista con la directora será el martes a las 9:30; llega diez minutos antes y trae "
     "tu DNI.",
     "2027-05-05T09:00:00+02:00", None, "ES", "es", UGR),
    # "If you have not heard within fifteen calendar days": a promise (14 and 15, as quince días).
    ("Si en quince días naturales no has recibido noticias nuestras, entiende que tu candidatura "
     "no ha sido seleccionada.",
     "2027-05-05T09:10:00+02:00", ("2027-05-19", "2027-05-20"), "ES", "es", CEREM),
    # Ten business days counted from the dated close of applications (9 December).
    ("Una vez cerrado el plazo de inscripción el 9 de diciembre, la comisión valorará las "
     "solicitudes y publicará la lista provisional en un plazo de diez días hábiles.",
     "2027-11-22T10:00:00+01:00", ("2027-12-23", "2027-12-23"), "ES", "es", ACUEDUCTO),
    # ------------------------------------------------------------------ German
    # Werktage skip Saturdays and Ascension (6 May) and Whit Monday (17 May).
    ("Wir melden uns innerhalb von zehn Werktagen nach dem Gespräch bei Ihnen.",
     "2027-05-04T14:00:00+02:00", ("2027-05-20", "2027-05-20"), "DE", "de", OEFFDIENST),
    # "Mitte April": 14 to 16 April (as b13's "mid-March").
    ("Die Entscheidung fällt nach den Osterferien; wir rufen Sie spätestens Mitte April an.",
     "2027-03-22T10:00:00+01:00", ("2027-04-14", "2027-04-16"), "DE", "de", OEFFDIENST),
    ("Eine Rückmeldung erhalten Sie bis Ende der Kalenderwoche 23.",
     "2027-05-26T11:00:00+02:00", ("2027-06-11", "2027-06-11"), "DE", "de", VOGTLAND),
    # The candidate's deadline.
    ("Bitte schicken Sie uns die unterschriebene Einverständniserklärung spätestens 14 Tage nach "
     "dem Gespräch zurück.",
     "2027-05-26T11:10:00+02:00", None, "DE", "de", VOGTLAND),
    # A usual length ("erfahrungsgemäß etwa").
    ("Nach Bewerbungsschluss am 31. Januar dauert es erfahrungsgemäß etwa drei Wochen, bis wir "
     "einladen.",
     "2027-01-12T09:00:00+01:00", None, "DE", "de", OEFFDIENST),
    # A week after the dated trial day (Friday 9 July).
    ("Sie hören innerhalb einer Woche nach dem Probearbeiten am Freitag, dem 9. Juli, von uns.",
     "2027-07-02T15:00:00+02:00", ("2027-07-16", "2027-07-16"), "DE", "de", BACKDIR),
    ("Wir entscheiden gemeinsam mit dem Betriebsrat; der tagt am 3. März, und am Tag danach "
     "bekommen Sie Bescheid.",
     "2027-02-24T13:00:00+01:00", ("2027-03-04", "2027-03-04"), "DE", "de", ANAUNDANDA),
    ("Die Probezeit beträgt sechs Monate.",
     "2027-02-24T13:10:00+01:00", None, "DE", "de", ANAUNDANDA),
    ("Nach dem Hearing erhalten Sie binnen 14 Tagen eine schriftliche Verständigung.",
     "2027-10-20T10:00:00+02:00", ("2027-11-03", "2027-11-03"), "AT", "de", SIGIS),
    ("Wir geben Ihnen bis spätestens Ende nächster Woche Bescheid.",
     "2027-09-08T16:00:00+02:00", ("2027-09-17", "2027-09-17"), "CH", "de", SIGIS),
    # A schedule, no promise.
    ("Die Ausbildung beginnt am 1. August; Vorstellungsgespräche finden ab Mitte Februar statt.",
     "2027-01-12T09:10:00+01:00", None, "DE", "de", VOLKSSTIMME),
    # The candidate's deadline and the employer's promise in one sentence.
    ("Bitte reichen Sie Ihre Zeugnisse bis zum 15. März nach; unsere Entscheidung teilen wir "
     "Ihnen bis zum 31. März mit.",
     "2027-03-03T10:00:00+01:00", ("2027-03-31", "2027-03-31"), "DE", "de", VOLKSSTIMME),
    # "noch vor Weihnachten": Heiligabend is worked by few; 23 or 24 December.
    ("Wir melden uns noch vor Weihnachten bei Ihnen.",
     "2027-12-08T11:00:00+01:00", ("2027-12-23", "2027-12-24"), "DE", "de", BACKDIR),
    # ------------------------------------------------------------------ Portuguese
    # Portugal: dias úteis skip 10 June (Dia de Portugal).
    ("Os resultados da entrevista de seleção serão comunicados no prazo de 10 dias úteis.",
     "2027-06-01T10:00:00+01:00", ("2027-06-16", "2027-06-16"), "PT", "pt", AVOZ),
    # The candidate's window (audiência prévia).
    ("Após a notificação, dispõe de 10 dias úteis para se pronunciar em sede de audiência "
     "prévia.",
     "2027-06-01T10:10:00+01:00", None, "PT", "pt", AVOZ),
    ("Fechamos o processo até ao final do mês e nessa altura avisamos todos os candidatos.",
     "2027-09-14T15:00:00+01:00", ("2027-09-30", "2027-09-30"), "PT", "pt", ECOSAPO),
    # "na semana de 18 de outubro": that week, Monday to Friday.
    ("Daremos uma resposta na semana de 18 de outubro.",
     "2027-10-06T12:00:00+01:00", ("2027-10-18", "2027-10-22"), "PT", "pt", ECOSAPO),
    # A list's validity.
    ("A lista de ordenação final tem validade de 18 meses.",
     "2027-10-06T12:10:00+01:00", None, "PT", "pt", AVOZ),
    # Brazil: five dias úteis after Friday's group dynamic (16 April), skipping Tiradentes.
    ("O RH vai entrar em contato em até cinco dias úteis após a dinâmica de grupo de sexta.",
     "2027-04-13T09:00:00-03:00", ("2027-04-26", "2027-04-26"), "BR", "pt", TRABFEITOS),
    # After Carnival (8-9 February), "até a sexta-feira seguinte": Friday 12 February.
    ("O resultado da dinâmica sai depois do Carnaval, até a sexta-feira seguinte.",
     "2027-02-03T16:00:00-03:00", ("2027-02-12", "2027-02-12"), "BR", "pt", ESTADAO),
    ("Lembre-se de levar a carteira de trabalho e o comprovante de residência no dia da "
     "admissão.",
     "2027-02-03T16:10:00-03:00", None, "BR", "pt", FEEDZ),
    # 48 hours from Thursday afternoon is Saturday: also Monday.
    ("Você receberá o feedback por e-mail em até 48 horas.",
     "2027-08-19T14:00:00-03:00", ("2027-08-21", "2027-08-23"), "BR", "pt", ESTADAO),
    ("Em média, nosso processo para jovem aprendiz leva de 15 a 30 dias.",
     "2027-08-19T14:10:00-03:00", None, "BR", "pt", IBE),
    # The candidate's deadline, then the employer's Friday (7 September is a holiday, not Friday).
    ("Envie os documentos até quarta-feira; a gente retorna com a proposta até sexta.",
     "2027-09-06T10:00:00-03:00", ("2027-09-10", "2027-09-10"), "BR", "pt", FEEDZ),
    # Registration window of the candidate.
    ("As inscrições para a próxima turma de aprendizes ficam abertas por 20 dias a partir de "
     "segunda-feira.",
     "2027-09-06T10:10:00-03:00", None, "BR", "pt", IBE),
    # ------------------------------------------------------------------ Italian
    ("L'esito del colloquio le sarà comunicato entro cinque giorni lavorativi.",
     "2027-04-21T11:00:00+02:00", ("2027-04-28", "2027-04-28"), "IT", "it", SKUOLA),
    ("Vi faremo sapere dopo Ferragosto, entro la fine di agosto.",
     "2027-07-28T15:00:00+02:00", ("2027-08-31", "2027-08-31"), "IT", "it", STAGISTI),
    ("Il tirocinio dura sei mesi con un rimborso spese mensile.",
     "2027-07-28T15:10:00+02:00", None, "IT", "it", SKUOLA),
    # Thirty days from the dated interview (9 November).
    ("La graduatoria finale sarà pubblicata sul sito entro 30 giorni dalla data del colloquio, "
     "fissato per il 9 novembre.",
     "2027-10-25T10:00:00+01:00", ("2027-12-09", "2027-12-09"), "IT", "it", LADYK),
    # The candidate's appeal window.
    ("Eventuali ricorsi vanno presentati entro 60 giorni dalla pubblicazione.",
     "2027-10-25T10:10:00+01:00", None, "IT", "it", LADYK),
    # "nella prima settimana di marzo" (2027: Monday 1 to Friday 5 March).
    ("Ci risentiamo nella prima settimana di marzo per il secondo colloquio.",
     "2027-02-17T12:00:00+01:00", ("2027-03-01", "2027-03-05"), "IT", "it", APLNET),
    ("Entro venerdì 11 giugno riceverà la nostra proposta.",
     "2027-06-08T16:00:00+02:00", ("2027-06-11", "2027-06-11"), "IT", "it", APLNET),
    ("Si presenti al colloquio con dieci minuti di anticipo, munito di documento di identità.",
     "2027-06-08T16:10:00+02:00", None, "IT", "it", SKUOLA),
    # The week after Thursday's practical test (13 May): 17 to 21 May.
    ("Dopo la prova pratica di giovedì, la commissione si riunirà e comunicherà gli ammessi entro "
     "la settimana successiva.",
     "2027-05-10T09:00:00+02:00", ("2027-05-17", "2027-05-21"), "IT", "it", LADYK),
    ("I tempi medi di risposta sono di due o tre settimane.",
     "2027-05-10T09:10:00+02:00", None, "IT", "it", STAGISTI),
    # ------------------------------------------------------------------ Greek
    # Ten working days over Orthodox Easter (30 April, 3 May) and Labour Day moved to 4 May
    # (the package's date; 12 May without the move).
    ("Θα σας ενημερώσουμε για το αποτέλεσμα της συνέντευξης μέσα σε δέκα εργάσιμες ημέρες.",
     "2027-04-26T12:00:00+03:00", ("2027-05-12", "2027-05-13"), "GR", "el", UPATRAS),
    ("Οι ενστάσεις υποβάλλονται εντός πέντε ημερών από την ανάρτηση.",
     "2027-04-26T12:10:00+03:00", None, "GR", "el", UPATRAS),
    ("Τα αποτελέσματα θα αναρτηθούν στην ιστοσελίδα μας έως τις 30 Ιουνίου.",
     "2027-06-10T10:00:00+03:00", ("2027-06-30", "2027-06-30"), "GR", "el", UPATRAS),
    # ------------------------------------------------------------------ Romanian
    ("Rezultatul interviului se afișează în termen de două zile lucrătoare de la susținerea "
     "probei.",
     "2027-03-18T10:00:00+02:00", ("2027-03-22", "2027-03-22"), "RO", "ro", PROJURISTA),
    ("Contestațiile se depun în termen de o zi lucrătoare de la afișarea rezultatelor.",
     "2027-03-18T10:10:00+02:00", None, "RO", "ro", PROJURISTA),
    ("Vă vom contacta telefonic până la sfârșitul săptămânii viitoare.",
     "2027-10-13T15:00:00+03:00", ("2027-10-22", "2027-10-22"), "RO", "ro", PROJURISTA),
    # ------------------------------------------------------------------ Turkish
    # Ten iş günü over Kurban Bayramı (16-19 May) and 19 May.
    ("Mülakat sonuçlarını en geç 10 iş günü içinde e-posta ile bildireceğiz.",
     "2027-05-12T11:00:00+03:00", ("2027-05-31", "2027-05-31"), "TR", "tr", HIZLIADAM),
    ("Mülakata gelirken nüfus cüzdanınızı ve diplomanızın aslını getirmeyi unutmayın.",
     "2027-05-12T11:10:00+03:00", None, "TR", "tr", MESLEK),
    ("Önümüzdeki hafta içinde size dönüş yapacağız.",
     "2027-11-03T14:00:00+03:00", ("2027-11-08", "2027-11-12"), "TR", "tr", HIZLIADAM),
    # ------------------------------------------------------------------ Swedish
    ("Vi återkommer med besked senast fredag vecka 14.",
     "2027-03-25T10:00:00+01:00", ("2027-04-09", "2027-04-09"), "SE", "sv", KOLLEGA),
    # Two weeks after the dated last interview (4 May).
    ("Du får besked inom två veckor efter sista intervjun, som hålls den 4 maj.",
     "2027-04-20T13:00:00+02:00", ("2027-05-18", "2027-05-18"), "SE", "sv", KARRIARGUIDEN),
    ("Rekryteringsprocessen tar normalt sex till åtta veckor.",
     "2027-04-20T13:10:00+02:00", None, "SE", "sv", REACHMEE),
    # ------------------------------------------------------------------ Hungarian
    ("Az interjú eredményéről öt munkanapon belül e-mailben értesítjük.",
     "2027-10-20T10:00:00+02:00", ("2027-10-27", "2027-10-27"), "HU", "hu", DAJKA),
    ("A jövő hét végéig visszajelzünk.",
     "2027-02-10T15:00:00+01:00", ("2027-02-19", "2027-02-19"), "HU", "hu", DAJKA),
    ("A próbaidő három hónap.",
     "2027-02-10T15:10:00+01:00", None, "HU", "hu", DAJKA),
]
