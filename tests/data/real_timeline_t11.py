"""Timeline check set of round 11 (issue #15): written and labelled before any rule changed.

Paraphrased from public pages found with the project's search tool (pages corpus), none cited by
an earlier data file (every host grepped in ``tests/data/*.py``); each case cites the page whose
process or wording it paraphrases (Japanese and Korean job-hunting guides, recruiter advice and
public-sector recruitment FAQs; a Swiss apprenticeship guide; Austrian and German council
hiring reports; Irish school-board appointment guides; a party's sifting-committee post; US
office-closure notices; hiring-time articles; Peruvian selection-commission reports; Dutch
selection-committee notices; a Quebec column). Names, dates and office closures are invented and
the wording is not copied. Written around round 10's classes of miss: Japanese and Korean (not
read at all), German, promises counted from a dated event (a board's or council's meeting, the
last interview), holidays and long weekends named in the text (Auffahrt, Ostern, Pfingsten,
Presidents' Day, Labour Day long weekend, Thanksgiving, Juneteenth, the August bank holiday,
la Saint-Jean, el puente de mayo, Hemelvaartsdag, Koningsdag, Golden Week, Chuseok), "before
<date>", and texts that promise nothing (averages, the candidate's own deadlines, offer letters
after an undated decision, reference checks, retention).

70 texts: English 18, Japanese 15, German 14, Korean 12, Spanish 4, Dutch 4, French 3; 17
promise nothing. Labelled with only ``datetime`` and the ``holidays`` library to check weekdays
and public holidays, before the reader ran on them, with the conventions of
``real_timeline_b10.py`` (its docstring): "within N days/weeks" (以内に, 이내에, 안에, binnen)
exactly, counted from the reference or the anchor the text dates; business days (営業日, 영업일,
Arbeitstage, días hábiles) skip weekends and the country's public holidays; 翌営業日 the next
business day; "next week" (来週中, 차주) Monday to Friday less its holidays; "early next week"
Monday to Wednesday; "mid-<month>" (中旬, Mitte) the 13th to the 17th; "by the end of the month"
(이달 말) its last day; "by <date or weekday>" (までに, 까지) that day; "before <date or
holiday>" the day before and the day, or the last working day before a holiday that makes a
long weekend; "after <holiday>" the rest of its week when days are left after it (both readings
where a Thursday holiday leaves a Friday); "after the <holiday> long weekend" Tuesday to
Friday; "the week after <date>" Monday to Friday of the following week; "dans la semaine qui
suit" the seven days after or the next Monday to Friday; a calendar-day deadline on a weekend
also accepts the next working day; chains add up; the candidate's own deadlines, averages,
retention, appeal windows and steps counted from an undated event promise nothing.
"""

from __future__ import annotations

# Sources (pages corpus of the project's search tool); none is cited by an earlier file.
# Japanese
DIRECTSCOUT = "https://directscout.recruit.co.jp/contents/article/5344"
DIGMEE = "https://digmee.jp/article/311350"
ACLAB = "https://www.ac-lab.jp/media/14055/"
XMINI = "https://x-minijyoho.com/?p=516"
IJIMU = "https://ijimu.work/contents/column/?p=16607"
FUKUCHIYAMA = "https://www.city.fukuchiyama.lg.jp/site/syokuinsaiyou/15237.html"
MAITAKE = "https://maitake-blog.hatenablog.com/entry/schedule-koumuinn-goukakugo"
# Korean
WANTED = "https://social.wanted.co.kr/community/post/7359"
NEWANDBRIGHT = "https://newandbright.tistory.com/4?category=918354"
ICTR = "https://ictr.brms.kr/faq"
DONGASOCIO = "https://talent.dongasocio.com/kr/board/faq/list"
SEJONG = "https://sejong.recruiton.kr/recruit/faq/"
# German
BEWERBUNGSABLAUF = ("https://www.bewerbungsablauf.ch/de/zeitabfolge-bewerbungsablauf/"
                    "lehrstelle-lernendenauswahl/21-lehrstellenangebot/")
WIR4DW = "https://wir4dw.at/archiv/12951"
ABENDBLATT = ("https://www.abendblatt.de/region/norderstedt/article226721619/"
              "Buergermeisterwahl-koennte-am-1-Maerz-2020-stattfinden.html")
SUEDKURIER = ("https://www.suedkurier.de/region/bodenseekreis/salem/"
              "buergermeisterwahl-in-salem-findet-am-27-september-statt;art372491,10526604")
STUTTGART = "https://www.stuttgart.de/item/show/273273/1/9/665572"
# English
CPSMA = "https://learning.cpsma.ie/teacher/interviews/prepare-report/ranking"
ACCS = "https://accs.ie/ms/guidelines-for-interview-boards"
PRINCIPALMANUAL = "https://ar.principalmanual.com/appointing"
VOTINGANDBOATING = "http://votingandboating.blogspot.com/2013/10/todays-day.html"
CALYX = "https://calyxcorner.wordpress.com/2012/02/16/presidents-day-closing/"
PCDCVA = ("https://www.pcdcva.org/apps/pages/index.jsp?uREC_ID=4418817&type=d"
          "&pREC_ID=2686393")
NKU = ("https://inside.nku.edu/president/communication/campus-communications/2019/"
       "holiday-schedule1.html")
HIRINGNEWS = "https://www.hiringnewsio.com/how-long-does-it-take-for-companies-to-hire"
DIGITALWHALE = "https://www.thedigitalwhale.com/post-how-long-does-it-take-to-receive-an-offer-letter/"
HIPEOPLE = "https://hipeople.io/blog/how-long-after-reference-check-job-offer"
DOUGHNUT = "https://doughnutlounge.com/how-long-does-it-take-hr-to-finalize-a-job-offer"
# French, Spanish, Dutch
LAPRESSE = "https://www.lapresse.ca/actualites/chroniques/2022-06-04/entrevues-d-embauche.php"
ELCOMERCIO = ("https://elcomercio.pe/politica/congreso/tc-tribunal-constitucional-comision-especial-"
              "publicara-cuadro-final-de-meritos-de-26-postulantes-este-lunes-11-de-abril-rmmn-"
              "noticia/")
GESTION = ("https://gestion.pe/peru/politica/congreso-de-la-republica-comision-especial-del-tc-"
           "culmino-con-entrevistas-personales-a-los-17-postulantes-tribunal-constitucional-nndc-"
           "noticia/")
HETKONTAKT = ("https://www.hetkontakt.nl/regio/alblasserwaard/algemeen/204116/"
              "23-kandidaten-voor-vacature-burgemeester-vijfheerenlanden")
DRENTHE = ("https://www.provincie.drenthe.nl/actueel/nieuwsberichten/2023/december/"
           "functie-burgemeester-westerveld-27/")

# text, reference, expect (first, last accepted day) or None, country, lang, source
TL_TUNE11_CHECK: list[tuple[str, str, tuple[str, str] | None, str, str, str]] = [
    # ------------------------------------------------------------------ Japanese
    # 営業日: Marine Day (Mon 20 Jul) skipped.
    ("本日の面接の結果は、5営業日以内にメールにてご連絡いたします。",
     "2026-07-14T14:00:00+09:00", ("2026-07-22", "2026-07-22"), "JP", "ja", DIRECTSCOUT),
    # Full-width digit.
    ("選考結果につきましては、１週間以内にご連絡差し上げます。",
     "2026-10-02T11:00:00+09:00", ("2026-10-09", "2026-10-09"), "JP", "ja", DIGMEE),
    # The tenth day is a Saturday: the next working day accepted too.
    ("合否の結果は10日以内にお知らせいたします。",
     "2026-06-03T10:00:00+09:00", ("2026-06-13", "2026-06-15"), "JP", "ja", ACLAB),
    # Kanji numeral.
    ("結果は二週間以内に書面にてお知らせします。",
     "2027-01-20T15:00:00+09:00", ("2027-02-03", "2027-02-03"), "JP", "ja", IJIMU),
    ("最終面接の結果は、3月10日までにご連絡いたします。",
     "2027-02-26T13:00:00+09:00", ("2027-03-10", "2027-03-10"), "JP", "ja", ACLAB),
    # 来週中 in Golden Week: 4-6 May 2026 are holidays (6 May the substitute for Sunday 3 May);
    # Thursday and Friday are left.
    ("来週中に結果をご連絡いたします。",
     "2026-04-28T16:00:00+09:00", ("2026-05-07", "2026-05-08"), "JP", "ja", XMINI),
    ("面接の結果は、今週金曜日までにお電話でお知らせします。",
     "2026-09-08T10:00:00+09:00", ("2026-09-11", "2026-09-11"), "JP", "ja", MAITAKE),
    # An average: no promise.
    ("面接から結果のご連絡までは、一般的に1〜2週間ほどかかります。",
     "2026-09-08T11:00:00+09:00", None, "JP", "ja", DIRECTSCOUT),
    # The candidate's own deadline.
    ("内定をお受けいただける場合は、通知から1週間以内にご回答をお願いいたします。",
     "2026-10-02T14:00:00+09:00", None, "JP", "ja", XMINI),
    ("合格された方には、面接日から3日以内にお電話でご連絡します。ご連絡がない場合は、"
     "残念ながら不採用とお考えください。",
     "2026-12-01T10:00:00+09:00", ("2026-12-04", "2026-12-04"), "JP", "ja", IJIMU),
    # Counted from the final interview the text dates (Tue 18 May).
    ("最終面接は5月18日（火）に実施し、その後1週間以内に結果をお知らせします。",
     "2027-05-07T09:00:00+09:00", ("2027-05-25", "2027-05-25"), "JP", "ja", FUKUCHIYAMA),
    ("最終合格者の発表は8月中旬頃を予定しております。",
     "2026-07-30T10:00:00+09:00", ("2026-08-13", "2026-08-17"), "JP", "ja", FUKUCHIYAMA),
    # Retention: no promise.
    ("ご提出いただいた応募書類は、選考終了後1ヶ月以内に責任をもって破棄いたします。",
     "2026-07-30T11:00:00+09:00", None, "JP", "ja", MAITAKE),
    # 翌営業日 on a Friday before Sports Day (Mon 12 Oct): Tuesday.
    ("面接の結果は翌営業日中にご連絡します。",
     "2026-10-09T15:00:00+09:00", ("2026-10-13", "2026-10-13"), "JP", "ja", DIGMEE),
    ("最終的な合否は、1か月以内に郵送でお知らせいたします。",
     "2026-09-15T10:00:00+09:00", ("2026-10-15", "2026-10-15"), "JP", "ja", IJIMU),
    # ------------------------------------------------------------------ Korean
    # 영업일: Chuseok (Thu 24 - Sat 26 Sep 2026) skipped.
    ("면접 결과는 3영업일 이내에 이메일로 안내드리겠습니다.",
     "2026-09-23T14:00:00+09:00", ("2026-09-30", "2026-09-30"), "KR", "ko", DONGASOCIO),
    ("최종 결과는 일주일 이내에 연락드리겠습니다.",
     "2026-11-10T11:00:00+09:00", ("2026-11-17", "2026-11-17"), "KR", "ko", WANTED),
    # 차주 내로 = within next week.
    ("오늘 면접 감사합니다. 차주 내로 연락드리겠습니다.",
     "2026-12-07T16:00:00+09:00", ("2026-12-14", "2026-12-18"), "KR", "ko", WANTED),
    ("합격 여부는 10월 16일(금)까지 개별 통보해 드립니다.",
     "2026-10-06T10:00:00+09:00", ("2026-10-16", "2026-10-16"), "KR", "ko", SEJONG),
    ("면접 결과는 2주 안에 알려 드리겠습니다.",
     "2027-03-03T15:00:00+09:00", ("2027-03-17", "2027-03-17"), "KR", "ko", NEWANDBRIGHT),
    # An average: no promise.
    # relabelled in round 24 (round-23 convention): the employer's usual time for its own answer
    ("보통 면접 후 결과 통보까지는 1~2주 정도 걸립니다.",
     "2027-03-03T16:00:00+09:00", ("2027-03-10", "2027-03-17"), "KR", "ko", NEWANDBRIGHT),
    # The candidate's own deadline.
    ("최종 합격자는 면접일로부터 5일 이내에 입사 서류를 제출해 주시기 바랍니다.",
     "2026-06-11T10:00:00+09:00", None, "KR", "ko", ICTR),
    ("전형 결과는 다음 주 수요일에 채용 홈페이지를 통해 발표됩니다.",
     "2026-06-11T11:00:00+09:00", ("2026-06-17", "2026-06-17"), "KR", "ko", ICTR),
    ("면접 결과는 이달 말까지 안내해 드리겠습니다.",
     "2027-04-14T14:00:00+09:00", ("2027-04-30", "2027-04-30"), "KR", "ko", DONGASOCIO),
    # Counted from the executive interview the text dates (Wed 2 Dec).
    ("임원 면접은 12월 2일에 진행되며, 최종 결과는 면접 후 5일 이내에 안내드립니다.",
     "2026-11-25T10:00:00+09:00", ("2026-12-07", "2026-12-07"), "KR", "ko", DONGASOCIO),
    # The tenth day is a Saturday: the next working day accepted too.
    ("면접 결과는 열흘 이내에 문자로 안내드립니다.",
     "2026-05-20T15:00:00+09:00", ("2026-05-30", "2026-06-01"), "KR", "ko", SEJONG),
    ("면접 결과는 합격자에 한하여 개별적으로 연락드립니다.",
     "2026-05-20T16:00:00+09:00", None, "KR", "ko", SEJONG),
    # ------------------------------------------------------------------ German
    # Arbeitstage: Ascension (14 May) skipped, Whit Monday (25 May) too.
    ("Vielen Dank für das Gespräch. Wir melden uns innerhalb von zehn Arbeitstagen bei Ihnen.",
     "2026-05-12T10:00:00+02:00", ("2026-05-28", "2026-05-28"), "DE", "de", SUEDKURIER),
    # Auffahrt 2027 is Thursday 6 May.
    ("Den Entscheid teilen wir dir am Freitag nach Auffahrt telefonisch mit.",
     "2027-04-28T14:00:00+02:00", ("2027-05-07", "2027-05-07"), "CH", "de", BEWERBUNGSABLAUF),
    ("Eine Rückmeldung bekommen Sie bis spätestens Mitte Juni.",
     "2026-05-28T11:00:00+02:00", ("2026-06-13", "2026-06-17"), "DE", "de", STUTTGART),
    # The council meets on Tuesday 23 June: the week after it.
    ("Über die Besetzung entscheidet der Gemeinderat in seiner Sitzung am 23. Juni; Sie "
     "erhalten in der Woche danach Bescheid.",
     "2026-06-10T09:00:00+02:00", ("2026-06-29", "2026-07-03"), "AT", "de", WIR4DW),
    ("Der Hauptausschuss tagt am Dienstag, 13. Oktober. Die Bewerberinnen und Bewerber werden "
     "spätestens zwei Tage nach der Sitzung informiert.",
     "2026-10-01T15:00:00+02:00", ("2026-10-15", "2026-10-15"), "DE", "de", ABENDBLATT),
    # Easter Monday 29 March 2027: the rest of its week.
    ("Nach Ostern melden wir uns bei Ihnen.",
     "2027-03-17T10:00:00+01:00", ("2027-03-30", "2027-04-02"), "DE", "de", STUTTGART),
    ("Sie hören spätestens in drei Wochen von uns.",
     "2026-11-19T13:00:00+01:00", ("2026-12-10", "2026-12-10"), "DE", "de", BEWERBUNGSABLAUF),
    # The candidate's own deadline.
    ("Bitte teilen Sie uns innerhalb einer Woche mit, ob Sie das Angebot annehmen.",
     "2026-11-19T14:00:00+01:00", None, "DE", "de", BEWERBUNGSABLAUF),
    # Experience, not a promise.
    ("Erfahrungsgemäß dauert es zwei bis drei Wochen, bis alle Gespräche ausgewertet sind.",
     "2026-11-19T15:00:00+01:00", None, "DE", "de", BEWERBUNGSABLAUF),
    ("Wir melden uns Anfang der kommenden Woche.",
     "2026-10-01T16:00:00+02:00", ("2026-10-05", "2026-10-07"), "DE", "de", SUEDKURIER),
    # Whit Monday 17 May 2027: the rest of its week.
    ("Wegen der Feiertage fällt die Entscheidung erst nach Pfingsten; wir rufen Sie dann an.",
     "2027-05-11T10:00:00+02:00", ("2027-05-18", "2027-05-21"), "DE", "de", STUTTGART),
    ("Sie bekommen binnen 14 Tagen eine schriftliche Rückmeldung.",
     "2026-12-15T11:00:00+01:00", ("2026-12-29", "2026-12-29"), "AT", "de", WIR4DW),
    # German Unity Day is Tuesday 3 October 2028.
    ("Wir geben Ihnen noch vor dem Tag der Deutschen Einheit Bescheid.",
     "2028-09-25T10:00:00+02:00", ("2028-10-02", "2028-10-03"), "DE", "de", ABENDBLATT),
    # Logistics and the candidate's own step.
    ("Die Schnupperlehre dauert drei Tage; danach hast du eine Woche Zeit, dich zu bewerben.",
     "2027-04-28T15:00:00+02:00", None, "CH", "de", BEWERBUNGSABLAUF),
    # ------------------------------------------------------------------ English
    # Counted from the board's meeting the text dates (Tue 9 March).
    ("The panel will put its recommendation to the Board of Management at its meeting on "
     "Tuesday 9 March, and candidates will be told the outcome within two working days of "
     "that meeting.", "2027-02-24T10:00:00+00:00", ("2027-03-11", "2027-03-11"), "IE", "en",
     CPSMA),
    # Counted from an undated acceptance: no day.
    ("Once the successful candidate has accepted verbally, contracts are issued within two "
     "working days.", "2027-02-24T11:00:00+00:00", None, "IE", "en", PRINCIPALMANUAL),
    ("We're closed on Monday for Presidents' Day, so expect our call on Tuesday.",
     "2027-02-11T15:00:00-05:00", ("2027-02-16", "2027-02-16"), "US", "en", CALYX),
    # Victoria's Labour Day is Monday 8 March 2027.
    ("We'll be in touch after the Labour Day long weekend.",
     "2027-03-03T14:00:00+11:00", ("2027-03-09", "2027-03-12"), "AU", "en", CALYX),
    ("We expect to have a decision for you before Thanksgiving.",
     "2026-11-16T11:00:00-05:00", ("2026-11-25", "2026-11-26"), "US", "en", PCDCVA),
    ("The office is closed Friday for Juneteenth, so the hiring manager will call you on "
     "Monday or Tuesday of the following week.",
     "2026-06-16T10:00:00-04:00", ("2026-06-22", "2026-06-23"), "US", "en", PCDCVA),
    ("Our offices close on Friday 3 July for Independence Day; we expect to make offers the "
     "week after.", "2026-06-29T13:00:00-04:00", ("2026-07-06", "2026-07-10"), "US", "en", NKU),
    # An average: no promise.
    ("On average, candidates at firms like ours hear back about 24 days after the interview.",
     "2026-06-29T14:00:00-04:00", None, "US", "en", HIRINGNEWS),
    # After an undated decision: no day.
    ("If you're selected, the offer letter usually follows within a week of the final "
     "decision.", "2026-06-29T15:00:00-04:00", None, "US", "en", DIGITALWHALE),
    # Reference checks: the candidate's referees, no answer promised.
    ("Reference checks are usually completed within five business days, so please make sure "
     "your referees are available.", "2026-06-29T16:00:00-04:00", None, "US", "en", HIPEOPLE),
    # A span: its upper end (MLK Day, 18 Jan, skipped).
    ("Expect our answer within 10 to 14 business days after your final interview.",
     "2027-01-12T10:00:00-05:00", ("2027-02-02", "2027-02-02"), "US", "en", DOUGHNUT),
    ("The shortlisting panel meets on Thursday 14 January; everyone will hear from us by the "
     "end of the following week.",
     "2027-01-05T10:00:00+00:00", ("2027-01-22", "2027-01-22"), "GB", "en", VOTINGANDBOATING),
    ("Every applicant will hear from us by phone or email by 8pm this evening, whether or not "
     "they have been shortlisted.",
     "2026-10-07T10:00:00+01:00", ("2026-10-07", "2026-10-07"), "GB", "en", VOTINGANDBOATING),
    # A step's usual length before anyone is told: no promise.
    ("The delegate has to approve the committee's report before we can tell anyone the "
     "outcome, and approval normally takes about a fortnight.",
     "2027-01-05T11:00:00+00:00", None, "IE", "en", ACCS),
    ("Decisions will be communicated to all candidates before Friday 14 May.",
     "2027-04-28T12:00:00+01:00", ("2027-05-13", "2027-05-14"), "IE", "en", CPSMA),
    # The late summer bank holiday is Monday 31 August 2026.
    ("We'll be back to you after the August bank holiday.",
     "2026-08-26T15:00:00+01:00", ("2026-09-01", "2026-09-04"), "GB", "en", CALYX),
    # Counted from the last interview the text dates (Wed 10 Feb).
    ("Interviews finish on Wednesday 10 February; we will make a decision within a week of the "
     "last interview and phone the successful candidate that day.",
     "2027-02-03T10:00:00+00:00", ("2027-02-17", "2027-02-17"), "IE", "en", ACCS),
    # Thanksgiving Monday (12 Oct) inside next week: its Friday stays the end.
    ("With Thanksgiving Monday coming up, we'll get back to you by the end of next week.",
     "2026-10-07T11:00:00-04:00", ("2026-10-16", "2026-10-16"), "CA", "en", CALYX),
    # ------------------------------------------------------------------ French (Quebec)
    # La Saint-Jean (Wed 24 June): the rest of its week.
    ("Merci d'être venue. Nous vous rappellerons après la Saint-Jean.",
     "2026-06-18T10:00:00-04:00", ("2026-06-25", "2026-06-26"), "CA", "fr", LAPRESSE),
    ("Ne nous appelez pas : on vous appellera, s'il y a lieu.",
     "2026-06-18T11:00:00-04:00", None, "CA", "fr", LAPRESSE),
    ("Vous aurez une réponse d'ici la fin de la semaine prochaine.",
     "2026-05-12T14:00:00-04:00", ("2026-05-22", "2026-05-22"), "CA", "fr", LAPRESSE),
    # ------------------------------------------------------------------ Spanish
    ("Concluidas las entrevistas, el cuadro final de méritos se publicará el lunes 12 de abril.",
     "2027-04-01T10:00:00-05:00", ("2027-04-12", "2027-04-12"), "PE", "es", ELCOMERCIO),
    # Días hábiles: Maundy Thursday and Good Friday (25-26 March 2027) skipped.
    ("Le comunicaremos el resultado en un plazo de diez días hábiles.",
     "2027-03-17T12:00:00-05:00", ("2027-04-02", "2027-04-02"), "PE", "es", GESTION),
    # The candidate's own appeal window.
    ("Los postulantes podrán presentar reclamos dentro de los dos días hábiles siguientes a la "
     "publicación de los puntajes.", "2027-03-17T13:00:00-05:00", None, "PE", "es", GESTION),
    # The puente de mayo (Fri 1 - Sun 3 May 2026): the last working day before it.
    ("Le daremos una respuesta antes del puente de mayo.",
     "2026-04-22T10:00:00+02:00", ("2026-04-30", "2026-04-30"), "ES", "es", GESTION),
    # ------------------------------------------------------------------ Dutch
    # Hemelvaartsdag (Thu 6 May 2027): the Friday, or the week after.
    ("Na Hemelvaartsdag hoort u van ons.",
     "2027-04-30T10:00:00+02:00", ("2027-05-07", "2027-05-14"), "NL", "nl", HETKONTAKT),
    ("De commissie voert de gesprekken op 2 en 3 maart; uiterlijk een week na het laatste "
     "gesprek krijgt u bericht.",
     "2027-02-22T10:00:00+01:00", ("2027-03-10", "2027-03-10"), "NL", "nl", DRENTHE),
    ("De benoeming kan naar verwachting in november plaatsvinden.",
     "2027-02-22T11:00:00+01:00", None, "NL", "nl", HETKONTAKT),
    # Koningsdag (Mon 27 April 2026) makes a long weekend: Friday 24 or the day itself.
    ("Vóór Koningsdag laten wij u weten of u door bent naar de tweede ronde.",
     "2026-04-20T14:00:00+02:00", ("2026-04-24", "2026-04-27"), "NL", "nl", DRENTHE),
]
