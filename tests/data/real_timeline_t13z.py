"""Timeline check set of round 13's language helper "tlz" (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``); each case cites the page whose
process or wording it paraphrases: Chinese career-advice and Q&A pages on how long employers take
to answer after an interview, mainland public-institution hiring notices (results published
within N working days, a publicity period), a Taiwanese career-counsellor thread on offers
promised "within three days" and held up by holidays; Finnish pages on the timetable of
decisions and appeals (oikaisuvaatimus within 14 days is the candidate's); the Polish civil
service's page on recruitment and a regional office's recruitment rules; Portugal's public
employment exchange and a university's published timetable, and a Brazilian selection portal's
timetable. Names, dates and employers are invented and the wording is not copied. Written around
round 12's blind misses that are a language's own words: Chinese promise wording (工作日 and
Chinese numerals, 一到两周内, 下周五之前, 春节假期后, 国庆节后, 面试结果将于…公布), Traditional
Chinese (Taiwan, Hong Kong), Finnish business days and ISO weeks ("viikolla 12"), Polish business
days and month ends, Portuguese "dias úteis", "no próximo dia", a month's fortnights; and texts
that promise nothing (averages, the candidate's own deadlines and appeals, publicity and validity
periods, probation, logistics, a step the text never dates), plus Japanese and Korean look-alikes
(kanji with kana; Hangul) that must stay with their own reader.

59 texts: Chinese 26 (Simplified 23 with one English-Chinese mix; Traditional 3: Taiwan 2,
Hong Kong 1), Finnish 11, Portuguese 10 (Portugal 5, Brazil 5), Polish 9, Japanese 2, Korean 1;
19 promise nothing. Labelled with only ``datetime`` and the ``holidays`` library (0.109:
CN, TW, HK, FI, PL, PT, BR) to check weekdays and public holidays, before the reader ran on them,
with the conventions of ``real_timeline_b11.py`` and ``real_timeline_t12l.py`` (their
docstrings): "within N (business) days" exactly, business days skipping weekends and the
country's public holidays; **China's make-up working days** (调休: a Saturday or Sunday the
State Council makes a working day, in the library's ``weekend_workdays``) are working days, as
they are for the employer; 2027's Chinese schedule is the library's estimate (the official one
is not published yet); "after <holiday>" the rest of the week its break ends in when working
days are left, else the whole following week; "before <weekday>" that day or the one before;
"this week" its Friday; "by the end of the month" its last day or last working day; ranges the
upper end; an ISO week number its Monday to Friday, "by the end of week N" its Friday; the
candidate's own deadlines, averages, appeal windows, retention, publicity and validity periods,
and durations from a step the text never dates promise nothing. Conventions decided here are
commented on their case.

Scored once with round 13's starting code before any rule changed (tune-13-check-z), then tuned on.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Chinese
NCTORO = "https://wiki.nctoro.com/tag_shenzhoukejimianshiduojiudafu"
ARSLANBAR = "https://zh.arslanbar.net/wap/post.php?t=35346&variant=zh-tw"
ZHETIAOHE = ("https://www.zhetiaohe.com/ss/19c1aee5be1617d50adeeb1ffca2c22e90eda4f5db5a2ba2b249d73"
             "33c61c41dac5cb7d83c3add7bef4b0f8c72754de0663c1113042f8e99.html")
HUATU = "https://m.gd.huatu.com/ask/2024/0513/7453585.html"
M686 = "http://www.m686.cn/wenda/339042.html"
ZHONGSHAN = "http://pureblissliving.com/pQ2XmYOE6S/kszx/gonggao/190160.html?page=2"
HL20 = "http://20hl.cn/n1423308c1624.aspx"
# Finnish
UNELMANAOIKIS = "https://unelmanaoikis.fi/2020/08/43-oikaisuvaatimuspaatoksesta-valittaminen-hallinto-oikeuteen/"
LAKIMIES = "https://lakimies-fi.com/?p=5752"
NIKOPURANEN = "https://www.nikopuranen.fi/nain-laadit-oikaisuvaatimuksen-oikeustieteelliseen/"
# Polish
SLUZBACYWILNA = "https://gov.pl/web/sluzbacywilna/praca"
WITD = "https://witd.rzeszow.pl/praca/zasady-naboru-kandydatow-w-sluzbie-cywilnej/"
# Portuguese
BEP = "https://www.bep.gov.pt/pages/oferta/oferta_detalhes.aspx?CodOferta=117536&d=noCookie"
ULISBOA = ("http://nda.tecnico.ulisboa.pt/estudantes/bolsas-de-estudo/curso-de-ingles-do-british-"
           "council-2022-2023/prazos/")
SELECAO = "https://ps-adm-741.selecao.net.br/informacoes/26"

TL_TUNE13_CHECK_Z: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Chinese (Simplified)
    # Five working days from Thu 24 Sep 2026: Fri 25 is Mid-Autumn, 1-7 October National Day;
    # 28, 29, 30 Sep, 8, 9 Oct.
    ("面试结果我们会在五个工作日内电话通知您。",
     "2026-09-24T16:00:00+08:00", ("2026-10-09", "2026-10-09"), "CN", "zh", NCTORO),
    ("复试结束后，HR会在一周内以短信形式告知结果。",
     "2026-11-11T15:00:00+08:00", ("2026-11-18", "2026-11-18"), "CN", "zh", NCTORO),
    # "下周三之前": before next Wednesday, the day before or the day.
    ("无论结果如何，我们下周三之前都会给你回复。",
     "2026-11-12T11:00:00+08:00", ("2026-11-17", "2026-11-18"), "CN", "zh", ARSLANBAR),
    # Spring Festival 2026: 15-23 February off (Sun to Mon); the rest of that week, with the
    # make-up working Saturday 28 February.
    ("春节假期后我们会统一通知面试结果。",
     "2026-02-10T10:00:00+08:00", ("2026-02-24", "2026-02-28"), "CN", "zh", ARSLANBAR),
    # National Day 2026: 1-7 October off; the first working day after is Thu 8 October.
    ("国庆节后第一个工作日，我们会把录用结果发到你的邮箱。",
     "2026-09-28T14:00:00+08:00", ("2026-10-08", "2026-10-08"), "CN", "zh", ZHETIAOHE),
    # National Day 2027 (the library's estimate: 1-5 October); the rest of that week.
    ("国庆节后给你答复。",
     "2027-09-27T17:00:00+08:00", ("2027-10-06", "2027-10-08"), "CN", "zh", ZHETIAOHE),
    # A usual length: no promise.
    ("一般来说，企业会在面试后一到两周内通知结果。",
     "2026-11-03T10:00:00+08:00", None, "CN", "zh", ZHETIAOHE),
    # The candidate's own deadline.
    ("请在收到录用通知后三个工作日内回复是否接受。",
     "2026-11-03T10:10:00+08:00", None, "CN", "zh", ARSLANBAR),
    # Logistics.
    ("面试地点在公司三楼会议室，请提前十分钟到达，带好身份证。",
     "2026-11-03T10:20:00+08:00", None, "CN", "zh", M686),
    ("面试成绩将于面试结束后两个工作日内在人事考试网公布。",
     "2026-12-04T09:00:00+08:00", ("2026-12-08", "2026-12-08"), "CN", "zh", HUATU),
    # A publicity period: no promise.
    ("拟聘用人员名单公示期为7个工作日。",
     "2026-12-04T09:10:00+08:00", None, "CN", "zh", ZHONGSHAN),
    # Counted from the dated written exam (Sat 16 May 2026): ten working days, 29 May.
    ("笔试定于5月16日（周六）举行，面试名单在笔试结束后10个工作日内公布。",
     "2026-05-11T10:00:00+08:00", ("2026-05-29", "2026-05-29"), "CN", "zh", ZHONGSHAN),
    ("下周五之前会有结果，到时候HR会联系你。",
     "2026-12-09T16:00:00+08:00", ("2026-12-17", "2026-12-18"), "CN", "zh", NCTORO),
    # "本周内": by this week's Friday.
    ("本周内给您答复。",
     "2026-12-08T15:00:00+08:00", ("2026-12-11", "2026-12-11"), "CN", "zh", NCTORO),
    ("月底前出结果，我们会邮件通知。",
     "2026-11-10T15:00:00+08:00", ("2026-11-27", "2026-11-30"), "CN", "zh", ZHETIAOHE),
    ("面试结果将于12月18日（星期五）在官网公布。",
     "2026-12-10T10:00:00+08:00", ("2026-12-18", "2026-12-18"), "CN", "zh", HL20),
    # An average: no promise.
    ("平均而言，我们的招聘流程大约需要三周。",
     "2026-12-10T10:10:00+08:00", None, "CN", "zh", NCTORO),
    # Probation: no promise.
    ("试用期为三个月，试用期满后转正。",
     "2026-12-10T10:20:00+08:00", None, "CN", "zh", ARSLANBAR),
    # Counted from a medical check the text never dates: no promise.
    ("录用通知书会在体检合格后一周内寄出。",
     "2026-12-10T10:30:00+08:00", None, "CN", "zh", HUATU),
    # Ten working days from Mon 21 Sep 2026, with Mid-Autumn (25 Sep), National Day (1-7 Oct)
    # and the make-up working Saturday 10 October: 22, 23, 24, 28, 29, 30 Sep, 8, 9, 10, 12 Oct.
    ("我们将在十个工作日内完成背景调查并通知你结果。",
     "2026-09-21T11:00:00+08:00", ("2026-10-12", "2026-10-12"), "CN", "zh", NCTORO),
    # Mixed English and Chinese.
    ("Thanks for coming in today! 我们会在两个工作日内给你反馈。",
     "2026-12-10T17:00:00+08:00", ("2026-12-14", "2026-12-14"), "CN", "zh", NCTORO),
    # A range: its upper end.
    ("一到两周内会以邮件形式通知您最终结果。",
     "2026-11-16T11:00:00+08:00", ("2026-11-30", "2026-11-30"), "CN", "zh", ZHETIAOHE),
    # No day given.
    ("我们会尽快通知你，请保持电话畅通。",
     "2026-11-16T11:10:00+08:00", None, "CN", "zh", ZHETIAOHE),
    # ------------------------------------------------------------------ Chinese (Traditional)
    # Three working days from Thu 25 Feb 2027 in Taiwan: Mon 1 March is Peace Memorial Day
    # (observed).
    ("我們會在三個工作天內以電子郵件通知面試結果。",
     "2027-02-25T14:00:00+08:00", ("2027-03-03", "2027-03-03"), "TW", "zh", ARSLANBAR),
    # Chinese New Year 2027 in Taiwan: 4-10 February off; the rest of that week.
    ("春節後我們再通知您是否錄取。",
     "2027-01-28T14:00:00+08:00", ("2027-02-11", "2027-02-12"), "TW", "zh", ARSLANBAR),
    # Two weeks land on Tomb-Sweeping Day (Mon 5 April 2027) in Hong Kong: that day or the next.
    ("面試結果將於兩星期內以電郵通知。",
     "2027-03-22T10:00:00+08:00", ("2027-04-05", "2027-04-06"), "HK", "zh", M686),
    # ------------------------------------------------------------------ Japanese / Korean look-alikes
    ("選考結果は3営業日以内にメールでご連絡いたします。",
     "2026-12-09T15:00:00+09:00", ("2026-12-14", "2026-12-14"), "JP", "ja", NCTORO),
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("通常、結果通知まで2週間程度かかります。",
     "2026-12-09T15:10:00+09:00", ("2026-12-23", "2026-12-23"), "JP", "ja", NCTORO),
    ("결과는 3영업일 이내에 안내드리겠습니다.",
     "2026-12-09T15:00:00+09:00", ("2026-12-14", "2026-12-14"), "KR", "ko", NCTORO),
    # ------------------------------------------------------------------ Finnish
    # Three working days from Wed 28 April 2027: May Day is a Saturday; 29, 30 April, 3 May.
    ("Ilmoitamme valinnasta kaikille haastatelluille kolmen työpäivän kuluessa.",
     "2027-04-28T13:00:00+03:00", ("2027-05-03", "2027-05-03"), "FI", "fi", LAKIMIES),
    # ISO week 12 of 2027: 22-26 March.
    ("Valintapäätöksestä ilmoitetaan hakijoille viikolla 12.",
     "2027-03-02T10:00:00+02:00", ("2027-03-22", "2027-03-26"), "FI", "fi", UNELMANAOIKIS),
    # The candidate's appeal window.
    ("Päätökseen tyytymätön voi hakea siihen oikaisua 14 päivän kuluessa tiedoksisaannista.",
     "2027-03-02T10:10:00+02:00", None, "FI", "fi", NIKOPURANEN),
    # The end of ISO week 39 of 2027: Friday 1 October.
    ("Haastattelut pidetään viikolla 38, ja valinnasta ilmoitetaan viikon 39 loppuun mennessä.",
     "2027-09-06T09:00:00+03:00", ("2027-10-01", "2027-10-01"), "FI", "fi", UNELMANAOIKIS),
    ("Otamme yhteyttä kaikkiin hakijoihin kahden viikon kuluessa haastatteluista.",
     "2027-05-19T15:00:00+03:00", ("2027-06-02", "2027-06-02"), "FI", "fi", LAKIMIES),
    # Retention.
    ("Hakemukset säilytetään kuusi kuukautta, minkä jälkeen ne hävitetään.",
     "2027-05-19T15:10:00+03:00", None, "FI", "fi", LAKIMIES),
    # Midsummer Eve and Day (Fri 25, Sat 26 June 2027) end a week: the whole following week.
    ("Ilmoitamme tuloksista juhannuksen jälkeen.",
     "2027-06-14T11:00:00+03:00", ("2027-06-28", "2027-07-02"), "FI", "fi", LAKIMIES),
    # "pyritään": an aim, still the employer's day; 31 May is a Monday.
    ("Valinta pyritään tekemään ja siitä ilmoittamaan toukokuun loppuun mennessä.",
     "2027-04-20T12:00:00+03:00", ("2027-05-28", "2027-05-31"), "FI", "fi", UNELMANAOIKIS),
    # Probation.
    ("Tehtävässä noudatetaan neljän kuukauden koeaikaa.",
     "2027-04-20T12:10:00+03:00", None, "FI", "fi", LAKIMIES),
    # Five working days from Thu 2 Dec 2027: Independence Day Mon 6 December.
    ("Vastaamme kaikille hakijoille viiden työpäivän kuluessa.",
     "2027-12-02T14:00:00+02:00", ("2027-12-10", "2027-12-10"), "FI", "fi", LAKIMIES),
    # The candidate's own step.
    ("Tehtävään valitun on toimitettava terveystodistus kahden viikon kuluessa.",
     "2027-12-02T14:10:00+02:00", None, "FI", "fi", NIKOPURANEN),
    # ------------------------------------------------------------------ Polish
    # Seven working days from Mon 8 Nov 2027 (the interviews end that day): 11 November is a
    # holiday; 9, 10, 12, 15, 16, 17, 18.
    ("O wyniku naboru poinformujemy w ciągu siedmiu dni roboczych od zakończenia rozmów.",
     "2027-11-08T16:00:00+01:00", ("2027-11-18", "2027-11-18"), "PL", "pl", SLUZBACYWILNA),
    # 31 October 2027 is a Sunday: the last working day or the day.
    ("Informację o wyniku otrzymają Państwo do końca października.",
     "2027-10-04T10:00:00+02:00", ("2027-10-29", "2027-10-31"), "PL", "pl", WITD),
    # Counted from the dated meeting (Mon 14 June 2027): three working days.
    ("Komisja zbierze się 14 czerwca, a wyniki opublikujemy w ciągu trzech dni roboczych od "
     "posiedzenia.",
     "2027-06-07T10:00:00+02:00", ("2027-06-17", "2027-06-17"), "PL", "pl", WITD),
    # The candidate's own time.
    ("Kandydat ma 3 dni na przyjęcie propozycji zatrudnienia.",
     "2027-06-07T10:10:00+02:00", None, "PL", "pl", SLUZBACYWILNA),
    # Retention.
    ("Oferty kandydatów, którzy nie zostali zatrudnieni, będą przechowywane przez 3 miesiące.",
     "2027-06-07T10:20:00+02:00", None, "PL", "pl", WITD),
    ("Wyniki drugiego etapu zostaną opublikowane w przyszłym tygodniu.",
     "2027-03-10T12:00:00+01:00", ("2027-03-15", "2027-03-19"), "PL", "pl", SLUZBACYWILNA),
    # One week after the dated meeting (Tue 2 Feb 2027).
    ("Po rozmowie z dyrektorem, zaplanowanej na 2 lutego, odezwiemy się w ciągu tygodnia.",
     "2027-01-26T12:00:00+01:00", ("2027-02-09", "2027-02-09"), "PL", "pl", SLUZBACYWILNA),
    # An average.
    ("Średnio proces rekrutacji w urzędzie trwa od czterech do sześciu tygodni.",
     "2027-01-26T12:10:00+01:00", None, "PL", "pl", SLUZBACYWILNA),
    ("Wszystkich kandydatów poinformujemy o wyniku naboru do 15 stycznia.",
     "2026-12-16T12:00:00+01:00", ("2027-01-15", "2027-01-15"), "PL", "pl", WITD),
    # ------------------------------------------------------------------ Portuguese
    # Three working days from Thu 22 April 2027 in Portugal (25 April is a Sunday).
    ("Daremos uma resposta em três dias úteis.",
     "2027-04-22T15:00:00+01:00", ("2027-04-27", "2027-04-27"), "PT", "pt", BEP),
    ("O resultado será divulgado no próximo dia 15.",
     "2027-06-02T15:00:00+01:00", ("2027-06-15", "2027-06-15"), "PT", "pt", ULISBOA),
    ("A lista dos aprovados será publicada na primeira quinzena de setembro.",
     "2027-08-10T10:00:00-03:00", ("2027-09-01", "2027-09-15"), "BR", "pt", SELECAO),
    # Validity: no promise.
    ("O processo seletivo terá validade de dois anos, prorrogável por igual período.",
     "2027-08-10T10:10:00-03:00", None, "BR", "pt", SELECAO),
    # The candidate's appeal.
    ("O candidato poderá interpor recurso no prazo de dois dias úteis após a divulgação do "
     "resultado preliminar.",
     "2027-08-10T10:20:00-03:00", None, "BR", "pt", SELECAO),
    # Ten working days from the dated interview (Tue 9 March 2027): 23 March.
    ("A lista unitária de ordenação final será notificada aos candidatos no prazo de dez dias "
     "úteis após a entrevista profissional de seleção, que decorre a 9 de março.",
     "2027-03-03T11:00:00+00:00", ("2027-03-23", "2027-03-23"), "PT", "pt", BEP),
    ("Entraremos em contato até sexta-feira.",
     "2027-05-11T16:00:00-03:00", ("2027-05-14", "2027-05-14"), "BR", "pt", SELECAO),
    # Logistics.
    ("A entrevista será presencial; chegue com 15 minutos de antecedência e traga documento com "
     "foto.",
     "2027-05-11T16:10:00-03:00", None, "BR", "pt", SELECAO),
    ("Os resultados serão comunicados por e-mail na segunda quinzena de outubro.",
     "2027-09-20T10:00:00+01:00", ("2027-10-16", "2027-10-31"), "PT", "pt", ULISBOA),
    # Five working days from Fri 12 Nov 2027 in Brazil: Mon 15 November is a holiday.
    ("Você receberá nossa resposta em até cinco dias úteis.",
     "2027-11-12T16:00:00-03:00", ("2027-11-22", "2027-11-22"), "BR", "pt", SELECAO),
]
