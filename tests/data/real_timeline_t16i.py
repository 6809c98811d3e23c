"""Round 16's timeline check set for languages other than English (issue #15, helper "tl16i").

Written and labelled by hand on 2026-12-07, before any timeline code, bench or test ran on any
of it; the only code used while labelling was Python's ``datetime`` and the ``holidays`` package
(weekdays, ISO weeks, business-day counts over each country's public holidays). Each text
paraphrases a process or a wording documented on the public page cited in its source (found with
the project's search tool, pages corpus; no host cited by an earlier data file: every host was
grepped in ``tests/data/*.py``; two share a parent domain with an earlier host: postimees.ee and
denik.cz); names, companies, dates and closures are invented, the wording is not copied. It is
written around *classes* of each language's grammar, not around round 15's misses: a count with a
numeral or a number word and the language's "within" (case ending, postposition or particle),
business-day words, a named weekday or date with "by", "next week's Friday", ISO weeks, end of
month, a holiday named as the anchor of a dated day, the first working day after a holiday, a
kanji-only Japanese line, and texts that promise nothing (usual lengths, the candidate's own
deadlines, a lower bound, a count from an undated step, logistics, a document-return window).

Reference dates are in 2029, a year no earlier file uses, so holidays fall on new weekdays.

64 texts: Turkish 6, Finnish 6, Greek 5, Danish 5, Swedish 5, Italian 5, Portuguese 5 (BR 3,
PT 2), Japanese 5, Korean 5, Chinese 5, Estonian 3, Czech 3, Hungarian 2, Romanian 2, Polish 2;
24 promise nothing.

Each case is (text, reference, expect, country, lang, source), as in ``real_timeline_b15.py``,
whose conventions it follows (business days skip weekends and the country's public holidays;
"within N days/weeks" the exact day; "by <day>" that day; "next week's Friday" its Friday; ISO
week n Monday to Friday; "end of the month" its last day, also the next working day when that is
a weekend day; "after <holiday>, <dated day>" the dated day; "after <holiday>" alone the rest of
the week after it; "the first working day after <holiday>" that day only; "before <day>" the day
before and the day; a conditional promise of a named day is a promise; a count from a step the
text does not date promises no day). Conventions decided here are commented on their case.
"""

from __future__ import annotations

# Sources (pages corpus); none is cited by an earlier round.
# Turkish: Erasmus+ traineeship pre-selection notices, the national internship programme.
KTU = ("https://www.ktu.edu.tr/ofinaf/duyuru/2021-projesi-erasmus-ogrenci-staj-hareketliligi-4-"
       "basvuru-donemi-on-secim-sonuclari")
ISTINYE = ("https://erasmus.istinye.edu.tr/tr/announcement/erasmus-staj-hareketliligi-yerlestirme-"
           "sonuclari-aciklandi-erasmus-student-mobility")
HABERLER = ("https://www.haberler.com/haber/ulusal-staj-programi-basvuru-ekrani-ulusal-staj-"
            "19435704-haberi/")
# Finnish: summer-job recruiters in Savonlinna.
LANSISAVO = "https://lansi-savo.fi/uutiset/lahella/772741a1-a85c-44aa-9f8f-ea550c652ef7"
# Greek: university internship offices (Macedonia, Ioannina).
UOM = "https://dasta.uom.gr/Internship/Articles/5678.html"
UOI = ("http://gpa.uoi.gr/index.php?view=article&catid=44%3Astudents&id=84%3A2011-12-19-08-13-44"
       "&tmpl=component&print=1&layout=default&page=&option=com_content&Itemid=196")
# Danish: study-practice coordination, a union's internship advice, Copenhagen's job guide.
EAAA = "https://koordinering-af-studiepraktik.eaaa.dk/forside/vigtige-datoer/"
DM = ("https://dm.dk/studerende/raad-og-svar/studiejob-og-praktik/praktik-under-studiet/"
      "gode-raad-til-dit-praktikophold/")
KKGUIDE = "https://akademikerguiden.kk.dk/alt-om-praktik/hvad-skal-en-praktik-give-dig"
# Swedish: municipal summer jobs (Sundbyberg, Upplands-Bro, Partille, Sundsvall).
SUNDBYBERG = ("https://www.sundbyberg.se/naringsliv-arbete/jobba-i-sundbybergs-stad/lediga-jobb/"
              "sommarjobb-for-unga-2022.html")
UPPLANDSBRO = "https://www.upplands-bro.se/arbete-och-lediga-jobb/sommarjobb.html"
PARTILLE = ("https://pako02mstr7fa1xprod.dxcloud.episerver.net/arbete--foretagande/jobba-hos-oss/"
            "sommarjobb-i-partille-kommun/")
SUNDSVALL = ("https://sundsvall.se/naringsliv-och-arbete/arbetsmarknad/lediga-jobb/"
             "sommarjobb-och-feriejobb/sommarjobb-for-ungdomar-i-gymnasiet/"
             "sommarjobb-for-ungdomar-i-gymnasiet/")
# Italian: an employers' association's internship kit, a university's internship portal help.
ASSOLOMBARDA = ("http://kitstage.assolombarda.it/il-percorso/prepararsi-al-tirocinio/"
                "la-selezione-del-tirocinante/")
UNIFI = "https://sol.unifi.it/stage/help/fm_attivazione_tirocinio.html"
# Portuguese: a Brazilian job-interview guide; Portuguese municipal competitions.
EMPREGONEGOCIO = "https://empregoenegocio.com.br/quanto-tempo-dura-uma-entrevista-de-emprego"
ARGANIL = ("https://1library.org/document/z3jer07y-atendendo-artoo-portaria-verificacao-"
           "inexistencia-candidatos-reserva-constituida.html")
MADALENA = "http://agroemprego.blogspot.com/2011/07/eng-florestal_13.html"
# Japanese: part-time job result calls.
HIBARAITO = "https://hibaraito.jp/contents/column/hr125"
CHIEHANA = "http://chie-hana.link/252"
# Korean: an HR forms site's hiring steps, a foundation's recruiting FAQ.
BIZFORMS = "http://bizforms.co.kr/bizservice/human/sub01_3.asp"
OKF = "http://okf.recruiton.or.kr/recruit/faq/"
# Chinese: hiring-procedure and offer-notice explainers.
LWSTW = "http://lwstw.com/xinxihuazixun/ukyftwxozn.html"
JIANGSHITAI = "https://jiangshitai.com/f/139446.html"
BASHIWENAN = "http://www.bashiwenan.com/qinqingwenan/143244.html"
# Estonian: recruiters on job interviews.
ATALENT = "https://atalent.ee/teenused/case-studies/mida-meeles-pidada-intervjuud-labi-viies/"
TARBIJA = ("https://tarbija24.postimees.ee/6685585/fantoomkuulutused-ja-lunklik-suhtlus-mured-"
           "millega-toole-kandideerija-rinda-pistab")
# Hungarian: municipal summer student work.
DEVAVANYA = "https://devavanya.hu/tajekoztatas-nyari-diakmunkarol/"
FEOL = "https://www.feol.hu/helyi-kozelet/2023/06/a-tordasi-onkormanyzat-mar-varja-a-jelentkezoket"
# Czech: regional papers on summer jobs.
SVITAVY = ("https://svitavsky.denik.cz/zpravy_region/brigad-je-dost-studenti-si-privydelaji-ruzne-"
           "20190626.html")
TREBIC = "https://trebicsky.denik.cz/z-regionu/vysocina-leto-brigada.html"
# Romanian: interview preparation advice.
JUSTSTART = "https://juststart.ro/interviul-de-angajare-strategii-de-succes/"
# Polish: seasonal work pieces.
WPFINANSE = "https://finanse.wp.pl/praca-sezonowa-w-polsce-mozna-dostac-nawet-20-zl-za-godzine-6261536965150337a"
DZIENNIK = ("http://www.dziennikwschodni.pl/lublin/praca-sezonowa-w-lublinie-ofert-duzo-chetnych-"
            "mniej-ile-mozna-zarobic,n,1000201697.html")

TL_TUNE16_CHECK_I: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Turkish
    # Three business days from Thursday 8 March: Friday 9, Monday 12, Tuesday 13.
    ("Başvurunuzu değerlendirip üç iş günü içinde size e-postayla dönüş yapacağız.",
     "2029-03-08T11:00:00+03:00", ("2029-03-13", "2029-03-13"), "TR", "tr", KTU),
    # A holiday names the wait; the dated day is the promise.
    ("Ön seçim sonuçları Kurban Bayramı'ndan sonra, 30 Nisan Pazartesi günü ilan edilecek.",
     "2029-04-18T15:00:00+03:00", ("2029-04-30", "2029-04-30"), "TR", "tr", KTU),
    ("Mülakata katılan adaylara on gün içinde yazılı olarak bilgi verilecektir.",
     "2029-10-15T10:00:00+03:00", ("2029-10-25", "2029-10-25"), "TR", "tr", HABERLER),
    # A usual length.
    ("Başvurular genellikle iki ila üç hafta içinde değerlendirilir; bu süre kuruma göre "
     "değişebilir.",
     "2029-06-05T10:00:00+03:00", None, "TR", "tr", HABERLER),
    # The candidate's own deadline.
    ("Kabul mektubunuzu en geç 17 Mayıs Perşembe gününe kadar koordinatörlüğe teslim etmeniz "
     "gerekiyor.",
     "2029-05-02T14:00:00+03:00", None, "TR", "tr", ISTINYE),
    # "önümüzdeki haftanın cuma günü": next week's Friday.
    ("Sonucu en geç önümüzdeki haftanın cuma günü size telefonla bildireceğiz.",
     "2029-11-07T16:00:00+03:00", ("2029-11-16", "2029-11-16"), "TR", "tr", ISTINYE),
    # ------------------------------------------------------------------ Finnish
    ("Ilmoitamme valinnoista kaikille hakijoille sähköpostitse kahden viikon kuluessa "
     "haastattelusta.",
     "2029-03-14T13:00:00+02:00", ("2029-03-28", "2029-03-28"), "FI", "fi", LANSISAVO),
    ("Soitamme valituille viimeistään perjantaina 4. toukokuuta.",
     "2029-04-24T10:00:00+03:00", ("2029-05-04", "2029-05-04"), "FI", "fi", LANSISAVO),
    # Five working days from Maundy Thursday skip Good Friday and Easter Monday.
    ("Kerromme ratkaisusta viiden työpäivän kuluessa.",
     "2029-03-29T14:00:00+03:00", ("2029-04-09", "2029-04-09"), "FI", "fi", LANSISAVO),
    # A usual length.
    ("Hakemuksia tulee vuosittain noin 2 500, joten käsittely kestää yleensä useita viikkoja.",
     "2029-02-20T09:00:00+02:00", None, "FI", "fi", LANSISAVO),
    # Midsummer Day is Saturday 23 June; the Monday after it is the 25th.
    ("Juhannuksen jälkeisenä maanantaina saat tiedon siitä, pääsitkö jatkoon.",
     "2029-06-18T12:00:00+03:00", ("2029-06-25", "2029-06-25"), "FI", "fi", LANSISAVO),
    # "kuun lopussa" is when the salary is paid: logistics.
    ("Työsuhde kestää kuukauden, ja palkka maksetaan kuun lopussa.",
     "2029-05-15T10:00:00+03:00", None, "FI", "fi", LANSISAVO),
    # ------------------------------------------------------------------ Greek
    # Ten working days from Monday 21 May; Whit Monday (28 May) is a public-sector holiday most
    # private employers work: 4 and 5 June both accepted.
    ("Τα αποτελέσματα της επιλογής θα ανακοινωθούν μέσα σε δέκα εργάσιμες ημέρες από τη "
     "συνέντευξη.",
     "2029-05-21T11:00:00+03:00", ("2029-06-04", "2029-06-05"), "GR", "el", UOM),
    ("Θα σας ενημερώσουμε τηλεφωνικά έως την Παρασκευή 16 Μαρτίου.",
     "2029-03-07T12:00:00+02:00", ("2029-03-16", "2029-03-16"), "GR", "el", UOM),
    ("Μετά το Πάσχα, την Τετάρτη 11 Απριλίου, θα σας πούμε αν επιλεγήκατε.",
     "2029-04-03T10:00:00+03:00", ("2029-04-11", "2029-04-11"), "GR", "el", UOI),
    # A usual length.
    ("Η διαδικασία επιλογής διαρκεί συνήθως δύο με τρεις εβδομάδες.",
     "2029-10-09T10:00:00+03:00", None, "GR", "el", UOI),
    # The candidate's own deadline.
    ("Πρέπει να υποβάλετε τα δικαιολογητικά σας μέσα σε πέντε ημέρες από την ανακοίνωση.",
     "2029-10-09T10:30:00+03:00", None, "GR", "el", UOI),
    # ------------------------------------------------------------------ Danish
    # Friday of ISO week 14 (Easter week): 6 April.
    ("Du får svar senest fredag i uge 14.",
     "2029-03-26T09:00:00+02:00", ("2029-04-06", "2029-04-06"), "DK", "da", EAAA),
    # Five working days from Wednesday 9 May skip Ascension Day (10 May).
    ("Vi giver alle ansøgere besked inden for fem arbejdsdage efter samtalen.",
     "2029-05-09T13:00:00+02:00", ("2029-05-17", "2029-05-17"), "DK", "da", DM),
    # "After Easter" alone: the rest of the week after Easter Monday.
    ("Vi vender tilbage til dig efter påske.",
     "2029-03-21T15:00:00+01:00", ("2029-04-03", "2029-04-06"), "DK", "da", DM),
    ("Praktikforløbet starter typisk i februar eller september efter aftale.",
     "2029-01-10T10:00:00+01:00", None, "DK", "da", KKGUIDE),
    # The candidate's own deadline.
    ("Husk at sende os din straffeattest senest to uger før start.",
     "2029-01-10T10:10:00+01:00", None, "DK", "da", KKGUIDE),
    # ------------------------------------------------------------------ Swedish
    ("Besked om sommarjobb skickas till din e-post senast den 8 maj.",
     "2029-03-25T10:00:00+02:00", ("2029-05-08", "2029-05-08"), "SE", "sv", SUNDBYBERG),
    # A lower bound.
    ("Du som sökt får besked tidigast vecka 18.",
     "2029-04-02T10:00:00+02:00", None, "SE", "sv", PARTILLE),
    # ISO week 17: 23 to 27 April.
    ("Vi meddelar alla sökande under vecka 17 vilka som erbjuds plats.",
     "2029-03-20T10:00:00+01:00", ("2029-04-23", "2029-04-27"), "SE", "sv", SUNDSVALL),
    # Ten working days from Monday 4 June skip National Day (Wednesday 6 June).
    ("Efter intervjun hör vi av oss inom tio arbetsdagar.",
     "2029-06-04T14:00:00+02:00", ("2029-06-19", "2029-06-19"), "SE", "sv", UPPLANDSBRO),
    ("Ansökningsperioden är 16 februari–3 mars, och jobben fördelas genom lottning.",
     "2029-02-12T10:00:00+01:00", None, "SE", "sv", UPPLANDSBRO),
    # ------------------------------------------------------------------ Italian
    # Ten working days from Thursday 19 April skip 25 April and 1 May.
    ("Ti faremo sapere l'esito entro dieci giorni lavorativi dal colloquio.",
     "2029-04-19T11:00:00+02:00", ("2029-05-07", "2029-05-07"), "IT", "it", ASSOLOMBARDA),
    ("Ti richiamiamo dopo Ferragosto, lunedì 20 agosto.",
     "2029-08-08T12:00:00+02:00", ("2029-08-20", "2029-08-20"), "IT", "it", ASSOLOMBARDA),
    # The end of September is a Sunday: also Monday 1 October.
    ("L'azienda comunicherà la decisione entro la fine del mese.",
     "2029-09-12T16:00:00+02:00", ("2029-09-30", "2029-10-01"), "IT", "it", UNIFI),
    # A usual length.
    ("In genere servono da una a due settimane per ricevere un riscontro.",
     "2029-09-12T16:10:00+02:00", None, "IT", "it", UNIFI),
    ("Il tirocinio partirà solo dopo la firma del progetto formativo da parte dell'università.",
     "2029-09-12T16:20:00+02:00", None, "IT", "it", UNIFI),
    # ------------------------------------------------------------------ Portuguese
    # Five business days from Tuesday 13 November (Brazil) skip the 15th and the 20th.
    ("O resultado sai em até cinco dias úteis após a entrevista.",
     "2029-11-13T10:00:00-03:00", ("2029-11-22", "2029-11-22"), "BR", "pt", EMPREGONEGOCIO),
    # Ten working days from Monday 28 May skip Corpus Christi (31 May).
    ("A lista de ordenação final será notificada aos candidatos no prazo de 10 dias úteis após "
     "a entrevista profissional de seleção.",
     "2029-05-28T15:00:00+01:00", ("2029-06-12", "2029-06-12"), "PT", "pt", ARGANIL),
    ("Vamos te dar um retorno até a próxima sexta-feira, dia 9.",
     "2029-03-06T17:00:00-03:00", ("2029-03-09", "2029-03-09"), "BR", "pt", EMPREGONEGOCIO),
    # A usual length.
    ("Normalmente o retorno leva entre uma e duas semanas, dependendo da vaga.",
     "2029-03-06T17:10:00-03:00", None, "BR", "pt", EMPREGONEGOCIO),
    # The candidate's application window.
    ("O prazo para apresentar candidatura é de 10 dias úteis a contar da publicação do aviso.",
     "2029-07-10T10:00:00+01:00", None, "PT", "pt", MADALENA),
    # ------------------------------------------------------------------ Japanese
    # Three business days from Friday 27 April skip 30 April and 3-5 May: Monday 7 May.
    ("面接の結果は三営業日以内にお電話でご連絡いたします。",
     "2029-04-27T15:00:00+09:00", ("2029-05-07", "2029-05-07"), "JP", "ja", HIBARAITO),
    # Kanji only (no kana): a Japanese line all the same.
    ("合否連絡：面接後一週間以内（電話）",
     "2029-09-12T14:00:00+09:00", ("2029-09-19", "2029-09-19"), "JP", "ja", HIBARAITO),
    # A conditional promise of a named day is a promise.
    ("採用の場合のみ、来週の水曜日までにご連絡します。",
     "2029-10-04T18:00:00+09:00", ("2029-10-10", "2029-10-10"), "JP", "ja", CHIEHANA),
    ("ゴールデンウィーク明けの5月7日（月）に合否をお伝えします。",
     "2029-04-25T12:00:00+09:00", ("2029-05-07", "2029-05-07"), "JP", "ja", CHIEHANA),
    # A usual length.
    ("一般的に、アルバイトの合否連絡には一週間程度かかります。",
     "2029-04-25T12:10:00+09:00", None, "JP", "ja", CHIEHANA),
    # ------------------------------------------------------------------ Korean
    # Five business days from Thursday 20 September skip Chuseok (21-24 September).
    ("최종 합격자는 면접 후 5영업일 이내에 개별 통보합니다.",
     "2029-09-20T10:00:00+09:00", ("2029-10-01", "2029-10-01"), "KR", "ko", BIZFORMS),
    ("합격 여부는 다음 주 금요일까지 이메일로 알려 드리겠습니다.",
     "2029-07-09T17:00:00+09:00", ("2029-07-20", "2029-07-20"), "KR", "ko", BIZFORMS),
    # No day.
    ("서류전형 합격자에 한하여 개별 통보합니다.",
     "2029-07-09T17:10:00+09:00", None, "KR", "ko", OKF),
    # The Chuseok holidays end on Monday 24 September (substitute day): Tuesday the 25th.
    ("추석 연휴가 끝난 뒤 첫 영업일에 결과를 안내해 드립니다.",
     "2029-09-17T10:00:00+09:00", ("2029-09-25", "2029-09-25"), "KR", "ko", OKF),
    # The candidate's document-return window.
    ("채용서류 반환 청구는 최종합격자 발표 후 180일 이내에 하실 수 있습니다.",
     "2029-09-17T10:10:00+09:00", None, "KR", "ko", OKF),
    # ------------------------------------------------------------------ Chinese
    ("面试结果将在三个工作日内以短信方式通知。",
     "2029-03-14T16:00:00+08:00", ("2029-03-19", "2029-03-19"), "CN", "zh", JIANGSHITAI),
    # Counted from the end of a publicity period the text does not date: no day.
    ("公示期满后,我们会在两周内发出录用通知。",
     "2029-03-14T16:10:00+08:00", None, "CN", "zh", LWSTW),
    # "下周五前": before next week's Friday (15 June): the 14th and the 15th.
    ("我们下周五前给你答复。",
     "2029-06-05T18:00:00+08:00", ("2029-06-14", "2029-06-15"), "CN", "zh", JIANGSHITAI),
    # The statutory National Day holidays end on 3 October (Thursday 4th the first working day);
    # the usual government schedule runs to the 7th (Monday 8th): both accepted.
    ("国庆节后第一个工作日通知面试结果。",
     "2029-09-26T11:00:00+08:00", ("2029-10-04", "2029-10-08"), "CN", "zh", BASHIWENAN),
    # A usual length.
    ("一般面试后一到两周出结果,具体以招聘方通知为准。",
     "2029-09-26T11:10:00+08:00", None, "CN", "zh", BASHIWENAN),
    # ------------------------------------------------------------------ Estonian
    ("Anname otsusest teada hiljemalt kahe nädala jooksul pärast vestlust.",
     "2029-08-15T10:00:00+03:00", ("2029-08-29", "2029-08-29"), "EE", "et", ATALENT),
    ("Pärast jaanipäeva, esmaspäeval 25. juunil, võtame kõigi kandidaatidega ühendust.",
     "2029-06-18T10:00:00+03:00", ("2029-06-25", "2029-06-25"), "EE", "et", TARBIJA),
    ("Vestlusele kutsume ainult sobivaid kandidaate.",
     "2029-06-18T10:10:00+03:00", None, "EE", "et", ATALENT),
    # ------------------------------------------------------------------ Czech
    # Three working days from Wednesday 4 July skip the 5th and the 6th.
    ("O výsledku vás budeme informovat do tří pracovních dnů.",
     "2029-07-04T13:00:00+02:00", ("2029-07-11", "2029-07-11"), "CZ", "cs", SVITAVY),
    ("Ozveme se vám do konce příštího týdne.",
     "2029-10-02T15:00:00+02:00", ("2029-10-12", "2029-10-12"), "CZ", "cs", TREBIC),
    # The job's dates: logistics.
    ("Brigáda začíná 1. července a trvá do konce srpna.",
     "2029-05-02T15:00:00+02:00", None, "CZ", "cs", TREBIC),
    # ------------------------------------------------------------------ Hungarian
    # Five working days from Thursday 8 March skip the 15th; Friday 16 March may become a bridge
    # rest day: the 16th and the 19th both accepted.
    ("Az elbírálás eredményéről öt munkanapon belül e-mailben értesítjük.",
     "2029-03-08T10:00:00+01:00", ("2029-03-16", "2029-03-19"), "HU", "hu", DEVAVANYA),
    ("A programban való részvétel előfeltétele a járási hivatalnál történő regisztráció.",
     "2029-06-12T10:00:00+02:00", None, "HU", "hu", FEOL),
    # ------------------------------------------------------------------ Romanian
    # Two working days from Thursday 29 November skip St Andrew (30th) and 1 December.
    ("Rezultatul interviului vi-l comunicăm în termen de două zile lucrătoare.",
     "2029-11-29T12:00:00+02:00", ("2029-12-04", "2029-12-04"), "RO", "ro", JUSTSTART),
    # The candidate's logistics.
    ("Confirmați data și ora interviului cu cel puțin 24 de ore înainte.",
     "2029-11-29T12:10:00+02:00", None, "RO", "ro", JUSTSTART),
    # ------------------------------------------------------------------ Polish
    ("Odpowiedź prześlemy mailowo w ciągu tygodnia od rozmowy.",
     "2029-06-11T10:00:00+02:00", ("2029-06-18", "2029-06-18"), "PL", "pl", WPFINANSE),
    ("Stawki zaczynają się od 20 zł za godzinę; umowę podpisujemy przed pierwszym dniem pracy.",
     "2029-06-11T10:10:00+02:00", None, "PL", "pl", DZIENNIK),
]
