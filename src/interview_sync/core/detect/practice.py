"""Events about getting a job that are not a job interview, in the languages round 5 brought.

Owns two tables ``lookalikes`` gates and searches with its own: ``TITLE_TABLE_6``, kinds no job
interview's title is (interview practice and simulations, career counselling, job fairs with
on-the-spot interviews, thesis defences, a TV interview taped, benefits-office reports), and
``SETTING_TABLE_6``, places and purposes that employ people too (a school a child is admitted
to, a master's programme's selection): a veto unless the title names a job or a hiring step
("Entrevista – Orientador/a laboral" stays an interview). Rows are (alternative, the lower-case
literals it cannot match without), as in ``lookalikes``; tests/core/test_detect_lookalikes.py
checks each row against its literals. Pure data; no I/O.

Why by kind and not by template: round 5's blind batch brought a Dutch "Oefensessie
videosollicitatie met sollicitatietrainer", a Polish "Warsztat: rozmowa kwalifikacyjna", a
Czech "Kariérní poradenství", a Chinese online job fair's interview session, a Portuguese
"Arguição – Mestrado", a Japanese 親子面接 for a primary school; each names an interview
outright. What they are (practice, counselling, a fair, a defence, an admission) is written in
a handful of words per language.
"""

from __future__ import annotations

from interview_sync.core.detect.rehearsals import TITLE_TABLE_21

__all__ = ["SETTING_TABLE_6", "TITLE_TABLE_6"]

TITLE_TABLE_6: tuple[tuple[str, str], ...] = (
    # practice and simulations of an interview, and the trainer who runs them
    (r"\boefen\w*|\b[üu]bungs?(?:gespr[äa]ch|interview)|\bbewerbungsgespr[äa]ch(?:e)?\s+[üu]ben"
     r"|\bsimuliert\w*\s+(?:vorstellungs|bewerbungs)|\bplanspiel\b", "oefen|bung|ben|simuliert"
     "|planspiel"),
    (r"\b(?:sollicitatie|bewerbungs|interview|job)[\s-]?trainer\w*|\bsymulacj\w*\s+rozmow"
     r"|\bsimulace\s+pohovor|\bsimulaci[óo]n\s+de\s+entrevista|\bsimula[çc][ãa]o\s+de\s+entrevista"
     r"|\bдемо[\s-]собеседовани|\bрепетици\w*\s+собеседовани|\bпробн\w*\s+собеседовани"
     r"|\bdeneme\s+m[üu]lakat|\bph[ỏo]ng\s+v[ấa]n\s+th[ửu]|\bluy[ệe]n\s+ph[ỏo]ng\s+v[ấa]n"
     r"|\blatihan\s+(?:wawancara|interview)|\bsimulasi\s+(?:wawancara|interview)"
     r"|محاكاة\s+(?:ال)?مقابلة|\bπρόβα\s+συνέντευξης",
     "trainer|symulacj|simulace|simulaci|simula|демо|репетици|пробн|deneme|thử|thu|luyện|luyen"
     "|latihan|simulasi|محاكاة|πρόβα"),
    # workshops and courses about applying, in more languages (the English ones are in
    # ``title_negative.TITLE_NEGATIVE``, the French, German and East Asian ones in ``lookalikes``)
    (r"\bwarsztat\w*|\bdílna\b|\batölye\w*|\bмастер[\s-]класс|\bтренинг\w*|\bсеминар\w*"
     r"|\blokakarya\b|\bpelatihan\b|\bh[ộo]i\s+th[ảa]o\b|\bورشة\b|ワークショップ",
     "warsztat|dílna|atölye|atolye|мастер|тренинг|семинар|lokakarya|pelatihan|hội|hoi|ورشة"
     "|ワークショップ"),
    # job fairs, where interviews happen on the spot (the English "career fair" is in
    # ``title_negative.TITLE_NEGATIVE``, with its "follow-up" exception)
    (r"\btarg(?:i|ach|ów|ow)\s+pracy|\bveletrh\w*\s+(?:pracovn|pr[áa]ce)|\brekrytointimessu\w*"
     r"|\b(?:kariyer|i[şs])\s+fuar\w*|\bярмар\w*\s+(?:ваканси|труда)|\bbursa\s+kerja"
     r"|\bpameran\s+kerja|\bng[àa]y\s+h[ộo]i\s+vi[ệe]c\s+l[àa]m|\bh[ộo]i\s+ch[ợo]\s+vi[ệe]c"
     r"|معرض\s+(?:ال)?توظيف|\bjobbm[äa]ss\w*|\bjobmesse\w*|\bfeira\s+de\s+(?:emprego|carreiras)"
     r"|招聘会|双选会|就職フェア|合同説明会|合同企業説明会"
     r"|就活イベント|박람회",
     "targ|veletrh|rekrytointimessu|fuar|ярмар|bursa|pameran|ngày|ngay|hội|hoi|معرض|jobbm"
     "|jobmesse|feira|招聘会|双选会|就職フェア|合同|就活|박람회"),
    # thesis and dissertation defences
    (r"\bargui[çc][ãa]o|\bdefesa\s+d[eao]\s+(?:disserta|tese|mestrado|doutorado|tcc)"
     r"|\bobron\w*\s+(?:pracy|doktor|rozprawy)|\bobhajob\w*|\bзащит\w*\s+(?:диссертац|диплом"
     r"|магистерск)|\btez\s+savunma\w*|\bsidang\s+(?:skripsi|tesis|disertasi)"
     r"|\bb[ảa]o\s+v[ệe]\s+(?:lu[ậa]n|[đd][ồo]\s+[áa]n)|\bpromotiezitting|答辩|論文審査|口頭試問"
     r"|논문\s*심사",
     "argui|defesa|obron|obhajob|защит|savunma|sidang|bảo|bao|promotiezitting|答辩|論文審査"
     "|口頭試問|논문"),
    # a TV or radio interview of the user, taped
    (r"\btaped\b|\bpre-?recorded\b|\bon[\s-]camera\s+interview", "taped|recorded|camera"),
    # the unemployment office's reports and benefits, in Korean, Japanese and Chinese
    (r"실업급여|고용센터|구직활동|失業保険|失業給付|雇用保険|失业金|失业保险",
     "실업급여|고용센터|구직활동|失業保険|失業給付|雇用保険|失业金|失业保险"),
    # a child's school entrance with a parent (Japanese); a school's admission in Chinese, Korean
    (r"親子面接|お受験|小学校受験|中学受験|幼稚園受験|幼儿园面试|小升初|유치원\s*면접|입학\s*설명회",
     "親子面接|お受験|小学校受験|中学受験|幼稚園受験|幼儿园面试|小升初|유치원|입학"),
    # round 19: coaching before a step ("Mentaltraining vor dem Probespiel", "Coaching – préparer
    # l'entretien avec le jury", "Coaching: Vorbereitung Assessment Center"); not a coach's job
    # ("Interview – Career Coach"), which names no preparation
    (r"\b(?:coaching|mentaltraining|mental\s+training)\b\s*(?:[:–—-]\s*)?(?:\w+\s+){0,3}?"
     r"(?:vor\s+(?:dem|der|den)|before|ahead\s+of|avant|pour\s+pr[ée]parer|pr[ée]parer|prepare"
     r"|prep|vorbereitung|preparar|preparaci[óo]n|preparare|preparazione|voorbereiding"
     r"|f[öo]rberedelse|prepara[çc][ãa]o)\b", "coaching|mentaltraining|mental"),
    # round 21: rehearsals, talks, going along in every language (``rehearsals``)
    *TITLE_TABLE_21,
)

SETTING_TABLE_6: tuple[tuple[str, str], ...] = (
    # career counselling and guidance (a counsellor's job named in the title stays a job)
    (r"\bcareer\s+(?:counsel+ing|advice|guidance|coaching)\b|\b(?:berufs|karriere|bewerbungs)"
     r"beratung|\bma\s+conseill[eè]re|\bmon\s+conseiller|\borientation\s+professionnelle"
     r"|\borientaci[óo]n\s+(?:laboral|profesional|vocacional)|\borienta[çc][ãa]o\s+(?:profissional"
     r"|de\s+carreira)|\bloopbaan(?:begeleiding|advies|coach\w*|gesprek|praktijk)"
     r"|\bkarriereveiledning|\bstudievejledning|\bkarri[äa]rv[äa]gledning|\buraohjau\w*"
     r"|\bdorad\w*\s+zawodow\w*|\bkari[ée]rn[íi]\s+poradenstv\w*|\bporadenstv[íi]"
     r"|\bkariyer\s+dan[ıi][şs]man\w*|\bпрофориентац\w*|\bкарьерн\w*\s+консульт\w*"
     r"|\bkonseling\s+karir|\bt[ưu]\s+v[ấa]n\s+(?:ngh[ềe]|vi[ệe]c\s+l[àa]m)"
     r"|الإرشاد\s+المهني|キャリア相談|キャリアカウンセリング|职业咨询|职业规划|진로\s*상담|취업\s*(?:컨설팅|상담)",
     "career|beratung|conseill|conseiller|orientation|orientaci|orienta|loopbaan|veiledning"
     "|vejledning|vägledning|vagledning|uraohjau|dorad|poradenstv|kariyer|профориентац|карьерн"
     "|konseling|tư|tu|الإرشاد|キャリア|职业|진로|취업"),
    # a master's or doctoral programme's selection ("Processo Seletivo – Mestrado")
    (r"\bmestrado\b|\bdoutorado\b|\bmaestr[íi]a\b|\bdoctorado\b|\bmaster['’]?s\s+(?:programme"
     r"|program|admission)|\bph\.?d\.?\s+(?:programme|program|admission)|\bmagisterium\b",
     "mestrado|doutorado|maestr|doctorado|master|ph|magisterium"),
    # schools and kindergartens in Japanese, Chinese and Korean (their teachers are hired too)
    (r"小学校|中学校|幼稚園|保育園|幼儿园|小学|初中|유치원|초등학교|중학교",
     "小学校|中学校|幼稚園|保育園|幼儿园|小学|初中|유치원|초등학교|중학교"),
)
