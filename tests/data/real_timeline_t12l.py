"""Timeline check set of round 12's language helper (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``); each case cites the page whose
process or wording it paraphrases (Spanish, Chilean and Mexican career advice on holidays and
public-competition deadlines, a German school-leavers' guide and an Austrian town's hiring page,
Korean news on recruiting around Chuseok and Seollal and public-agency hiring notices, Brazilian
public-selection calendars and news, Polish school and local recruitment calendars, Dutch school
and university selection procedures, Greek public-hiring news and notices, Hungarian
public-service selection rules, Estonian recruiting articles, Slovenian public-competition news and
the civil-servants act, a Czech thesis on selection procedures, Danish and Norwegian careers
guides, Turkish news and articles on public and private hiring). Names, dates and office closures
are invented and the wording is not copied. Written around round 11's classes of miss that are a
language's own words: named long weekends and bridges (puente de San José, del Pilar, de la
Inmaculada, de mayo; Fiestas Patrias; majówka; prvomajski prazniki; Hemelvaart and its brugdag),
office closures over Christmas and the year's end (in Spanish, German, Korean), holidays named in
the text's language (Pfingsten, Fronleichnam, Mariä Himmelfahrt, 설, 추석, Carnaval, Wielkanoc,
Pinksteren, Πάσχα, Δεκαπενταύγουστος, jaanipäev, Velikonoce, Kurban Bayramı, efterårsferie,
fellesferie), each language's numbers and units of business days, a month's parts and weeks, the
two stages of a Brazilian result, and texts that promise nothing (averages, the candidate's own
deadlines and appeals, retention, merit-list validity, results to successful candidates only).

70 texts: Spanish 11, German 9, Korean 8, Portuguese 8, Polish 6, Dutch 4, Greek 4, Hungarian 4,
Estonian 3, Slovenian 3, Czech 3, Turkish 3, Danish 2, Norwegian 2; 23 promise nothing. Labelled
with only ``datetime`` and the ``holidays`` library to check weekdays and public holidays, before
the reader ran on them, with the conventions of ``real_timeline_b11.py`` (its docstring): "within
N (business) days" exactly, business days skipping weekends and the country's public holidays
(Spain's "días hábiles" and Korea's 영업일 skip Saturdays too); "after <holiday>" the rest of its
week when working days are left after it, or the whole following week when the holiday ends a
week; "after the puente" likewise; "the week after <holiday>" the Monday to Friday of the next
week, a holiday dropped; "before <holiday>" or "antes del puente" the last working day before
it; "mid-<month>" the 13th to the 17th; "the second half of <month>" the 16th to its last day;
"the first week of January" Monday to Friday of ISO week 1; an office closure the text states is
skipped like a holiday; provisional and final results both the employer's, any day from the
first to the last; the candidate's own deadlines, averages, appeal windows, retention and
validity periods promise nothing. Conventions decided here are commented on their case.

Scored once with round 11's code before any rule changed (tune-12-check-l), then tuned on.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Spanish
NOGUEIRA = "https://nogueirayvidal.es/cuanto-dura-un-proceso-de-concurso-de-meritos/"
MEJORARTUCV = "https://www.mejorartucv.com/vacaciones-viajes-indicarlos-en-la-entrevista-de-trabajo/"
RANDSTADCL = ("https://www.randstad.cl/mercado-laboral/contratacion/como-mencionar-estrategicamente-"
              "tus-vacaciones-programadas-en-una")
OKEYUNO = "https://okey.uno/entrevista/como-pedir-tiempo-libre/"
ESCAPADAH = ("http://admin.escapadah.com/tendencias/2025/4/19/semana-santa-cuando-es-el-ultimo-dia-"
             "para-disfrutar-tus-vacaciones-29905.html")
RESILIENTE = "https://resilientemagazine.com/para-quien-trabaja-en-semana-santa/"
# German
ABIDE = "https://abi.de/bewerbung/zusage-oder-absage"
LEONDING = "https://www.leonding.at/bewerben/?contrast=0&cHash=ffefdc3afb0c9cb3abcc41c098920592"
# Korean
JOONGANG = "https://www.joongang.co.kr/article/23575610"
MBN = "https://m.mbn.co.kr/news-amp/2567077"
WOWTV = "https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20190909146000003"
TERRADA = "https://terradarcobaleno.com/news/articleViewAmp.html?idxno=31388"
LEC = "http://www.lec.co.kr/news/articleView.html?idxno=726488"
# Portuguese
ANOTICIA = ("https://anoticiaalagoas.com.br/2024/11/19/brasil-mgi-divulga-resultados-dos-pedidos-de-"
            "revisao-das-notas-de-titulos-do-concurso-publico-nacional-unificado-nesta-terca-feira/amp")
AGENCIABR = ("https://agenciabrasil.ebc.com.br/geral/noticia/2025-02/convocacao-reserva-cursos-tire-"
             "principais-duvidas-sobre-cnu")
COMPERVE = "https://www.comperve.ufrn.br/conteudo/concursos/ufrn_2023130/calendario.php"
RORAIMA = "https://roraimaemfoco.com/acervo/tag/ifrr/page/4"
# Polish
GDYNIA = "http://wn.am.gdynia.pl/studia/kalendarz-2/"
LGDPONIDZIE = "https://lgdponidzie.pl/harmonogram-naborow-2"
ZS2 = "https://zs2.pl/nabor/"
# Dutch
BLICK = "http://www.blickoponderwijs.nl/Personeel/Werken-bij-BLICK/Selectie--en-sollicitatieprocedure"
DUBUU = "https://www.dub.uu.nl/nl/content/aantal-sollicitanten-bestuursfunctie-geheim"
# Greek
KATHIMERINI = "https://www.kathimerini.gr/society/172565/anavlithike-diagonismos/"
APPLY4EP = ("https://apply4ep.gestmax.eu/139/1/appel-a-manifestation-d-interet-proof-readears-"
            "editors/el_EL")
PAGENEWS = "https://www.pagenews.gr/tags/next-top-model-apoxorisi"
DIDEFTH = "https://dide-new.fth.sch.gr/sep/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F15463"
# Hungarian
SZMDSZ = ("https://szmdsz.blog.hu/2016/02/20/a_kinevezeshez_vezeto_ut_avagy_a_palyazat_szabalyai"
          "?token=660f2b4777ffb61c5b3faf75e8a7e711")
NJT = "https://njt.hu/jogszabaly/2019-70-20-22"
HIRKATALOGUS = ("https://hirkatalogus.oldal.info/h%C3%ADr/gazdas%C3%A1g/2021/02/28/15721626/"
                "R%C3%A1tett%20egy%20lap%C3%A1ttal%20a%20koronav%C3%ADrus%20az%20%C3%A1ll%C3%A1sra"
                "%20jelentkez%C5%91k%20hanyags%C3%A1g%C3%A1ra/y2021/m02/d28")
# Estonian
PALK = "https://www.palk.ee/articles/941-toeoeandjat-huvitavad-kandidaadi-hoiakud"
PEREJAKODU = ("https://perejakodu.delfi.ee/artikkel/120230768/sugiseks-toole-lihtsad-nouanded-nii-"
              "toole-kandideerijale-kui-ka-varbavale-ettevotte-juhile-kuidas-vaikeste-muudatustega-"
              "uksteist-paremini-moista")
# Slovenian
R24UR = "https://www.24ur.com/novice/slovenija/za-direktorja-sluzbe-dvk-prispelo-sedem-prijav.html"
PRIMORSKI = "https://www.primorski.eu/goriska/telovadnica-kot-ucilnica-AB388516"
ZRCSAZU = "http://bos.zrc-sazu.si/c/neva.exe?e=S_I_Z_ZJU+495&n=a_si_s"
# Czech
NINEPDF = ("https://9pdf.info/document/zwvw0or0-anal%C3%BDza-v%C3%BDb%C4%9Brov%C3%A9ho-%C5%99%C3%AD"
           "zen%C3%AD-ve-vybran%C3%A9-organizaci.html")
# Danish, Norwegian
DPDK = "https://www.dp.dk/radgivning/jobsogning/jobsamtalen/"
ODENSE = ("https://www.odense.dk/ico/for-accompanying-partners/job-search-guide/"
          "the-recruitment-process")
KARRIEREVEILEDNING = "https://karriereveiledning.no/nn/karriereval/4-tips-til-intervju"
# Turkish
SABAH = ("https://www.sabah.com.tr/yasam/saglik-bakanligi-personel-alimi-yerlestirme-sonuclari-"
         "bekleniyor-kpss-20255-tercih-sonuclari-erisime-acildi-mi-nereden-ve-nasil-sorgulanir-7441244")
YENISAFAK = ("https://www.yenisafak.com/foto-galeri/ozgun/msb-isci-alimi-kura-sonuclari-"
             "personelteminmsbgovtr-1113-personel-alimi-asil-ve-yedek-aday-listeleri-sayfasi-4790274")
EGITIMGUCU = "https://www.egitimgucusen.org.tr/yayinlar/mulakat-sinavinin-iptali/"

TL_TUNE12_CHECK_L: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Spanish
    # San José (Fri 19 March 2027, a regional holiday) makes the bridge; it ends a week, so the
    # whole following week (Good Friday, 26 March, a holiday in every region, kept in range).
    ("Después del puente de San José te llamamos para darte la respuesta.",
     "2027-03-16T12:00:00+01:00", ("2027-03-22", "2027-03-26"), "ES", "es", MEJORARTUCV),
    # El Pilar / Fiesta Nacional is Monday 12 October 2026: the last working day before it.
    ("Queremos cerrar el proceso antes del puente del Pilar, así que tendrás noticias nuestras "
     "antes.",
     "2026-10-05T10:00:00+02:00", ("2026-10-09", "2026-10-09"), "ES", "es", OKEYUNO),
    # Closed 24 Dec - 6 Jan; reopens Thu 7 Jan 2027. Three business days with or without the
    # reopening day: 11 or 12 January.
    ("Estaremos cerrados del 24 de diciembre al 6 de enero, ambos incluidos; te contestaremos en "
     "los tres días hábiles siguientes a la reapertura.",
     "2026-12-18T13:00:00+01:00", ("2027-01-11", "2027-01-12"), "ES", "es", MEJORARTUCV),
    # A usual length: no promise.
    ("Normalmente las empresas tardan una o dos semanas en dar una respuesta después de la "
     "entrevista.",
     "2026-06-02T10:00:00-04:00", None, "CL", "es", RANDSTADCL),
    # Fiestas Patrias: Fri 18 and Sat 19 September 2026; the whole following week.
    ("Te daremos la respuesta después de Fiestas Patrias.",
     "2026-09-14T11:00:00-03:00", ("2026-09-21", "2026-09-25"), "CL", "es", RANDSTADCL),
    ("Recursos humanos cierra durante Semana Santa; te confirmamos la decisión el lunes 6 de "
     "abril.",
     "2026-03-27T10:00:00-06:00", ("2026-04-06", "2026-04-06"), "MX", "es", ESCAPADAH),
    # The candidate's own deadline.
    ("Si te ofrecemos el puesto, dispondrás de cinco días hábiles para aceptarlo por escrito.",
     "2026-03-10T12:00:00+01:00", None, "ES", "es", OKEYUNO),
    ("Los aspirantes excluidos disponen de diez días hábiles desde la publicación de la lista "
     "provisional para subsanar la solicitud.",
     "2026-02-11T09:00:00+01:00", None, "ES", "es", NOGUEIRA),
    ("El tribunal publicará la relación definitiva de aprobados en el plazo máximo de un mes "
     "desde la entrevista.",
     "2026-05-12T09:00:00+02:00", ("2026-06-12", "2026-06-12"), "ES", "es", NOGUEIRA),
    # Inmaculada is Tue 8 December 2026 (Mon 7 a holiday in most regions): the bridge ends on a
    # Tuesday, so Wednesday to Friday.
    ("Después del puente de la Inmaculada os enviamos la decisión final.",
     "2026-12-02T16:00:00+01:00", ("2026-12-09", "2026-12-11"), "ES", "es", MEJORARTUCV),
    ("Con el puente de mayo por medio, la respuesta os llegará a mediados de mayo.",
     "2026-04-29T11:00:00+02:00", ("2026-05-13", "2026-05-17"), "ES", "es", RESILIENTE),
    # ------------------------------------------------------------------ German
    # Pfingstmontag 25 May 2026: the week it starts, less the holiday.
    ("Wegen der Feiertage melden wir uns erst in der Woche nach Pfingsten bei Ihnen.",
     "2026-05-19T14:00:00+02:00", ("2026-05-26", "2026-05-29"), "DE", "de", ABIDE),
    # Closed until 1 January (a Friday): ISO week 1 of 2027.
    ("Unser Büro ist vom 24. Dezember bis einschließlich 1. Januar geschlossen; Ihre Rückmeldung "
     "erhalten Sie in der ersten Januarwoche.",
     "2026-12-17T11:00:00+01:00", ("2027-01-04", "2027-01-08"), "DE", "de", ABIDE),
    # Fronleichnam Thu 4 June 2026: the Tuesday after.
    ("Nach Fronleichnam entscheidet der Ausschuss; Sie hören spätestens am darauffolgenden "
     "Dienstag von uns.",
     "2026-06-01T10:00:00+02:00", ("2026-06-09", "2026-06-09"), "AT", "de", LEONDING),
    # Mariä Himmelfahrt is Saturday 15 August 2026: "the week after" is 17-21 August.
    ("Die Entscheidung fällt nach Mariä Himmelfahrt; wir rufen Sie in der Woche darauf an.",
     "2026-08-10T09:00:00+02:00", ("2026-08-17", "2026-08-21"), "AT", "de", LEONDING),
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("In der Regel dauert es ein bis zwei Wochen, bis Sie eine Zu- oder Absage bekommen.",
     "2026-04-14T10:00:00+02:00", ("2026-04-21", "2026-04-28"), "DE", "de", ABIDE),
    ("Bitte schicken Sie uns den unterschriebenen Ausbildungsvertrag innerhalb von zehn Tagen "
     "zurück.",
     "2026-04-14T11:00:00+02:00", None, "DE", "de", ABIDE),
    ("Die Zu- oder Absage schicken wir Ihnen bis Ende der übernächsten Woche.",
     "2026-09-09T15:00:00+02:00", ("2026-09-25", "2026-09-25"), "DE", "de", ABIDE),
    # 1 January 2027 is a Friday: the first working day is Monday 4 January.
    ("Zwischen Weihnachten und Neujahr ist die Personalabteilung nicht besetzt; wir melden uns "
     "am ersten Arbeitstag im neuen Jahr.",
     "2026-12-21T16:00:00+01:00", ("2027-01-04", "2027-01-04"), "DE", "de", ABIDE),
    # Retention.
    ("Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens vernichtet.",
     "2026-03-03T10:00:00+01:00", None, "AT", "de", LEONDING),
    # ------------------------------------------------------------------ Korean
    # Seollal 6-8 February 2027 and the substitute Tuesday 9: Wednesday to Friday.
    ("설 연휴 이후에 최종 합격 여부를 개별 통보해 드리겠습니다.",
     "2027-02-01T10:00:00+09:00", ("2027-02-10", "2027-02-12"), "KR", "ko", JOONGANG),
    # Chuseok 24-26 September 2026: the last working day before, Wednesday 23.
    ("면접 결과는 추석 연휴 전까지 안내해 드리겠습니다.",
     "2026-09-15T14:00:00+09:00", ("2026-09-23", "2026-09-23"), "KR", "ko", MBN),
    ("최종 합격자 발표는 8월 26일(수) 오후 6시 채용 홈페이지에서 확인하실 수 있습니다.",
     "2026-08-10T10:00:00+09:00", ("2026-08-26", "2026-08-26"), "KR", "ko", LEC),
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("보통 면접 후 결과 통보까지 1~2주 정도 걸립니다.",
     "2026-08-11T10:00:00+09:00", ("2026-08-18", "2026-08-25"), "KR", "ko", WOWTV),
    # Mon 5 October 2026 is the substitute for National Foundation Day.
    ("면접 결과는 3영업일 이내에 문자로 안내드립니다.",
     "2026-10-01T15:00:00+09:00", ("2026-10-07", "2026-10-07"), "KR", "ko", TERRADA),
    ("합격자는 발표일로부터 5일 이내에 입사 서류를 제출해 주시기 바랍니다.",
     "2026-10-01T16:00:00+09:00", None, "KR", "ko", LEC),
    # A year-end closure to Friday 1 January 2027: the first week after it.
    ("연말 휴무(12월 29일~1월 1일) 이후 첫 주에 결과를 안내드리겠습니다.",
     "2026-12-22T11:00:00+09:00", ("2027-01-04", "2027-01-08"), "KR", "ko", TERRADA),
    # Results told to successful candidates only, no day: no promise.
    ("채용 결과는 합격자에 한하여 개별 통보합니다.",
     "2026-12-22T12:00:00+09:00", None, "KR", "ko", LEC),
    # ------------------------------------------------------------------ Portuguese
    # Carnaval Monday 8 and Tuesday 9 February 2027 (optional days off): Wednesday to Friday.
    ("Divulgaremos o resultado depois do Carnaval.",
     "2027-02-03T10:00:00-03:00", ("2027-02-10", "2027-02-12"), "BR", "pt", RORAIMA),
    # Two stages: any day from the first to the last.
    ("O resultado preliminar sai em 15 de outubro e o resultado final, depois do prazo de "
     "recursos, em 22 de outubro.",
     "2026-10-01T09:00:00-03:00", ("2026-10-15", "2026-10-22"), "BR", "pt", COMPERVE),
    # Consciência Negra (Fri 20 November) skipped.
    ("Entraremos em contato em até cinco dias úteis após a entrevista.",
     "2026-11-18T15:00:00-03:00", ("2026-11-26", "2026-11-26"), "BR", "pt", AGENCIABR),
    # Portugal: Tuesday 8 December 2026; the rest of that week.
    ("Depois do feriado de 8 de dezembro enviamos a decisão.",
     "2026-12-02T11:00:00+00:00", ("2026-12-09", "2026-12-11"), "PT", "pt", ANOTICIA),
    ("Os candidatos podem interpor recurso no prazo de dois dias úteis após a divulgação do "
     "resultado.",
     "2026-10-01T10:00:00-03:00", None, "BR", "pt", COMPERVE),
    ("Em média, o processo seletivo leva de três a quatro semanas.",
     "2026-09-01T10:00:00-03:00", None, "BR", "pt", AGENCIABR),
    ("A convocação dos aprovados está prevista para a segunda quinzena de janeiro.",
     "2026-12-10T10:00:00-03:00", ("2027-01-16", "2027-01-31"), "BR", "pt", AGENCIABR),
    # Validity of a waiting list.
    ("A lista de espera terá validade de um ano a partir da homologação.",
     "2026-12-10T11:00:00-03:00", None, "BR", "pt", ANOTICIA),
    # ------------------------------------------------------------------ Polish
    # Majówka 1-3 May 2026 (Fri-Sun): the following week.
    ("Po majówce skontaktujemy się z wybranymi kandydatami.",
     "2026-04-28T10:00:00+02:00", ("2026-05-04", "2026-05-08"), "PL", "pl", GDYNIA),
    ("Wyniki przekażemy w ciągu 14 dni od zakończenia rozmów, czyli do 20 listopada.",
     "2026-11-02T10:00:00+01:00", ("2026-11-20", "2026-11-20"), "PL", "pl", LGDPONIDZIE),
    ("Średnio cały proces rekrutacyjny trwa od dwóch do sześciu tygodni.",
     "2026-11-02T11:00:00+01:00", None, "PL", "pl", ZS2),
    # Wigilia (Thu 24 December) is a public holiday since 2025: Wednesday 23.
    ("Odpowiedź otrzyma Pan jeszcze przed świętami Bożego Narodzenia.",
     "2026-12-10T12:00:00+01:00", ("2026-12-23", "2026-12-23"), "PL", "pl", GDYNIA),
    # Easter Monday 29 March 2027: the Friday after the feast.
    ("Decyzję podejmiemy po Wielkanocy, najpóźniej w piątek po świętach.",
     "2027-03-22T10:00:00+01:00", ("2027-04-02", "2027-04-02"), "PL", "pl", GDYNIA),
    ("Kandydat ma trzy dni robocze na potwierdzenie woli przyjęcia oferty.",
     "2027-03-22T11:00:00+01:00", None, "PL", "pl", ZS2),
    # ------------------------------------------------------------------ Dutch
    # Christmas school holiday 19 December 2026 - 3 January 2027: the week after.
    ("Na de kerstvakantie laten wij u weten of u door bent naar de tweede ronde.",
     "2026-12-16T15:00:00+01:00", ("2027-01-04", "2027-01-08"), "NL", "nl", BLICK),
    ("Vanwege Hemelvaart en de brugdag zijn wij vrijdag gesloten; u hoort maandag van ons.",
     "2026-05-11T10:00:00+02:00", ("2026-05-18", "2026-05-18"), "NL", "nl", DUBUU),
    ("Volgens de sollicitatiecode reageren werkgevers meestal binnen enkele weken.",
     "2026-05-11T11:00:00+02:00", None, "NL", "nl", BLICK),
    # Pinkstermaandag 25 May 2026: the Wednesday after.
    ("Na Pinksteren hakt de commissie de knoop door; uiterlijk de woensdag daarna bellen we u.",
     "2026-05-20T14:00:00+02:00", ("2026-05-27", "2026-05-27"), "NL", "nl", DUBUU),
    # ------------------------------------------------------------------ Greek
    # Orthodox Easter 2 May 2027; Easter Monday 3 and Labour Day observed Tuesday 4 May.
    ("Θα σας ενημερώσουμε για το αποτέλεσμα μετά το Πάσχα.",
     "2027-04-22T10:00:00+03:00", ("2027-05-05", "2027-05-07"), "GR", "el", KATHIMERINI),
    # Ohi Day (Wed 28 October) skipped.
    ("Η απάντηση θα σας αποσταλεί εντός δέκα εργάσιμων ημερών από τη συνέντευξη.",
     "2026-10-20T12:00:00+03:00", ("2026-11-04", "2026-11-04"), "GR", "el", APPLY4EP),
    ("Οι υποψήφιοι μπορούν να υποβάλουν ένσταση εντός πέντε ημερών από την ανάρτηση των "
     "πινάκων.",
     "2026-10-20T13:00:00+03:00", None, "GR", "el", DIDEFTH),
    # The Dormition (15 August 2026) is a Saturday: the following week.
    ("Τα τελικά αποτελέσματα θα ανακοινωθούν μετά τον Δεκαπενταύγουστο.",
     "2026-08-05T10:00:00+03:00", ("2026-08-17", "2026-08-21"), "GR", "el", PAGENEWS),
    # ------------------------------------------------------------------ Hungarian
    ("A pályázat eredményéről január első hetében értesítjük, a karácsonyi ünnepek után.",
     "2026-12-15T10:00:00+01:00", ("2027-01-04", "2027-01-08"), "HU", "hu", SZMDSZ),
    # National Day (Fri 23 October) skipped.
    ("Döntésünkről öt munkanapon belül e-mailben tájékoztatjuk.",
     "2026-10-19T10:00:00+02:00", ("2026-10-27", "2026-10-27"), "HU", "hu", NJT),
    ("A pályázat benyújtásának határideje a közzétételtől számított tizenöt nap.",
     "2026-10-19T11:00:00+02:00", None, "HU", "hu", NJT),
    ("A második forduló eredményét szeptember közepén küldjük meg.",
     "2026-07-20T10:00:00+02:00", ("2026-09-13", "2026-09-17"), "HU", "hu", HIRKATALOGUS),
    # ------------------------------------------------------------------ Estonian
    # Võidupüha Tue 23 and jaanipäev Wed 24 June 2026: Thursday and Friday.
    ("Vastuse anname teile pärast jaanipäeva.",
     "2026-06-16T10:00:00+03:00", ("2026-06-25", "2026-06-26"), "EE", "et", PALK),
    # Independence Day (Tue 24 February) skipped.
    ("Konkursi tulemustest teavitame kõiki kandidaate kümne tööpäeva jooksul.",
     "2026-02-16T10:00:00+02:00", ("2026-03-03", "2026-03-03"), "EE", "et", PEREJAKODU),
    ("Tavaliselt kestab värbamisprotsess kolm kuni kuus nädalat.",
     "2026-02-16T11:00:00+02:00", None, "EE", "et", PALK),
    # ------------------------------------------------------------------ Slovenian
    # Labour Day 1-2 May 2026 (Fri-Sat): the following week.
    ("O izbiri vas bomo obvestili po prvomajskih praznikih.",
     "2026-04-27T10:00:00+02:00", ("2026-05-04", "2026-05-08"), "SI", "sl", R24UR),
    # The unselected candidate's appeal.
    ("Neizbrani kandidat lahko vloži pritožbo v osmih dneh od vročitve sklepa.",
     "2026-04-27T11:00:00+02:00", None, "SI", "sl", ZRCSAZU),
    ("Sklep o izbiri bomo izdali v desetih delovnih dneh po razgovoru.",
     "2026-10-26T10:00:00+01:00", ("2026-11-09", "2026-11-09"), "SI", "sl", PRIMORSKI),
    # ------------------------------------------------------------------ Czech
    # 28 October (Wednesday) skipped.
    ("O výsledku výběrového řízení vás budeme informovat do pěti pracovních dnů.",
     "2026-10-26T10:00:00+01:00", ("2026-11-03", "2026-11-03"), "CZ", "cs", NINEPDF),
    # Easter Monday 29 March 2027: Tuesday to Friday.
    ("Rozhodnutí vám sdělíme po Velikonocích.",
     "2027-03-22T10:00:00+01:00", ("2027-03-30", "2027-04-02"), "CZ", "cs", NINEPDF),
    ("Výběrové řízení trvá zpravidla čtyři až šest týdnů.",
     "2027-03-22T11:00:00+01:00", None, "CZ", "cs", NINEPDF),
    # ------------------------------------------------------------------ Danish, Norwegian
    # Efterårsferie in week 42 (12-16 October 2026): week 43.
    ("Vi giver dig besked efter efterårsferien.",
     "2026-10-07T10:00:00+02:00", ("2026-10-19", "2026-10-23"), "DK", "da", DPDK),
    ("I juli er arbejdsmarkedet stille, og mange virksomheder ansætter først efter "
     "sommerferien.",
     "2026-06-24T10:00:00+02:00", None, "DK", "da", ODENSE),
    # Friday of week 32 of 2026 is 7 August.
    ("Du får svar fra oss etter fellesferien, senest fredag i uke 32.",
     "2026-06-30T10:00:00+02:00", ("2026-08-07", "2026-08-07"), "NO", "no", KARRIEREVEILEDNING),
    ("Det kan av og til ta litt tid før vi gir tilbakemelding etter intervjuet.",
     "2026-06-30T11:00:00+02:00", None, "NO", "no", KARRIEREVEILEDNING),
    # ------------------------------------------------------------------ Turkish
    # Kurban Bayramı 27-30 May 2026 (Wed-Sat): the following week.
    ("Mülakat sonuçları Kurban Bayramı'ndan sonra açıklanacaktır.",
     "2026-05-18T10:00:00+03:00", ("2026-06-01", "2026-06-05"), "TR", "tr", YENISAFAK),
    ("Özel sektörde geri dönüş süresi ortalama iki ila dört hafta sürer.",
     "2026-05-18T11:00:00+03:00", None, "TR", "tr", EGITIMGUCU),
    # Before a date: the day before and the day (29 October, a Thursday holiday).
    ("Sonuçlar 29 Ekim'den önce e-posta ile bildirilecektir.",
     "2026-10-19T10:00:00+03:00", ("2026-10-28", "2026-10-29"), "TR", "tr", SABAH),
]
