"""Kinds of non-job interview in the languages rounds 4 and 5 brought: two look-alike tables.

Owns ``TITLE_TABLE_4`` (development and pay talks, exit talks, school and parents, the press,
mock interviews, visas, the unemployment office, benefits and trusted-traveller interviews,
drug tests, conferences, in the Nordic languages, Polish, Czech, Turkish and East Asian
scripts) and ``TITLE_TABLE_5`` (webinars, seminars and workshops, the hiring side's
interview guides, a family member's interview, Korean and Chinese school entrance), which
``lookalikes`` searches behind one gate as a title veto. Rows are (alternative, the
lower-case literals it cannot match without), checked by tests/core/test_detect_lookalikes.py.
Split from ``lookalikes`` in round 7, when that module reached the size guideline: these
rows are data, and ``lookalikes`` keeps the rules that use them. Pure data; no I/O.
"""

from __future__ import annotations

__all__ = ["TITLE_TABLE_4", "TITLE_TABLE_5"]

# Round 4: the Nordic, Polish, Czech, Turkish and East Asian words for the same classes, and
# benefits, trusted-traveller and drug-test appointments. A table of its own, with its own gate:
# most titles that get this far say "interview", a stem of the table above, and need not also
# pay for these alternatives.
TITLE_TABLE_4: tuple[tuple[str, str], ...] = (
    # Development and pay talks at the user's employer, and school talks with parents
    (r"\bmus[\s-]?samtal|\bmedarbe(?:jderudviklings|ider)samtale|\bmedarbetarsamtal", "samtal"),
    (r"\butvecklingssamtal|\butviklingssamtale|\bl[øöo]n(?:n?s?|e)samtal", "samtal"),
    (r"\bskole[\s-]hjem[\s-]samtale|\bfor(?:æ|e)ldre(?:samtale|m[øo][dt]e)|\bf[öo]r[äa]ldram[öo]te",
     "hjem|ldre|ldram"),
    (r"\b(?:fratr[æa]delses|slutt|avg[åa]ngs|exit)samtal", "samtal"),
    (r"\b(?:kehitys|palkka|tavoite|arviointi)keskustelu|\bvanhempain(?:ilta|vartti)",
     "keskustelu|vanhempain"),
    (r"\b(?:lehti|radio|tv-?|televisio|media|tutkimus|l[äa]ht[öo]|lehdist[öo])haastattelu",
     "haastattelu"),
    (r"\bwywiad[óo]wk|\bzebrani\w*\s+z\s+rodzicami|\bwywiad\w*\s+(?:dla|do)\s",
     "wywiad|zebrani"),
    (r"\brozmow\w*\s+(?:ocen|okresow|roczn|dyscyplin|wyj[śs]ciow|po[żz]egnaln|wizow)",
     "rozmow"),
    (r"\brekrutacj\w*\s+(?:do|na\s+rok)\s+(?:przedszkol|szk|[żz][łl]ob|liceum|technikum|klas|szkolny)",
     "rekrutacj"),
    (r"\bt[řr][íi]dn[íi]\s+sch[ůu]zk|\brodi[čc]ovsk[ée]\s+sch[ůu]z", "schůz|schuz"),
    (r"\bhodnot[íi]c[íi]\s+pohovor|\bv[ýy]stupn[íi]\s+pohovor", "pohovor"),
    (r"\bp[řr][íi]jímac[íi]\s+(?:pohovor|zkou[šs]k|[řr][íi]zen)\w*[^\n]{0,40}"
     r"(?:gymn[áa]zi|[šs]kol|obor|maturit)", "jímac"),
    (r"\bvize\s+(?:m[üu]lakat|g[öo]r[üu][şs]me|randevu)|\bveli\s+(?:toplant|g[öo]r[üu][şs]me)"
     r"|\b[çc][ıi]k[ıi][şs]\s+m[üu]lakat|\bperformans\s+(?:g[öo]r[üu][şs]me|de[ğg]erlendirme)"
     r"|\br[öo]portaj", "vize|veli|lakat|performans|portaj"),
    (r"模擬面接|面接練習|面接対策|評価面談|人事評価|査定面談|退職面談|進路面談|入試|入学試験|ビザ|査証",
     "模擬面接|面接練習|面接対策|評価面談|人事評価|査定面談|退職面談|進路面談|入試|入学試験|ビザ|査証"),
    (r"签证|簽證|模拟面试|模擬面試|绩效|離職面談|离职面谈|家长会|家長會|入学面试|考研",
     "签证|簽證|模拟面试|模擬面試|绩效|離職面談|离职面谈|家长会|家長會|入学面试|考研"),
    (r"비자|모의\s*면접|학부모|입학\s*면접|입시|인사\s*평가|성과\s*면담|퇴사\s*면담|언론\s*인터뷰",
     "비자|모의|학부모|입학|입시|인사|성과|퇴사|언론"),
    (r"\bcolloqui?o?\s+(?:di\s+)?orientamento", "orientamento"),
    # interview practice and coaching in Chinese and Korean; a Japanese consultation about
    # insurance, a loan or a house ("住宅ローン面談")
    (r"面试(?:辅导|培训|技巧|练习)|面試(?:輔導|培訓)|면접\s*(?:스터디|준비|컨설팅|코칭)",
     "辅导|培训|技巧|练习|輔導|培訓|스터디|준비|컨설팅|코칭"),
    (r"(?:保険|ローン|住宅|不動産|銀行|税理士|弁護士)[^\n]{0,10}面談",
     "保険|ローン|住宅|不動産|銀行|税理士|弁護士"),
    # courts and tribunals hear cases, not candidates
    (r"\b(?:court|custody|immigration|parole|bail|eviction|traffic|appeals?|tribunal|asylum)\s+"
     r"hearing", "hearing"),
    # benefits and the unemployment claim's interviews; trusted-traveller and passport interviews;
    # drug tests and screening visits (a step after an offer, but nobody there to thank)
    (r"\b(?:ui|unemployment|benefits?|eligibility|snap|medicaid|calfresh|tanf|wic|disability"
     r"|ssi|ssdi|fact[\s-]?finding|recertification|reemployment)\s+(?:phone\s+|telephone\s+)?"
     r"(?:interview|appointment|hearing|claim)\b", "ui|unemployment|benefit|eligibility|snap"
     "|medicaid|calfresh|tanf|wic|disability|ssi|ssdi|fact|recertification|reemployment"),
    (r"\bglobal\s+entry|\btrusted\s+traveler|\btsa\s+pre-?check"
     r"|\b(?:nexus|sentri)\s+(?:interview|appointment|enrollment)",
     "global|trusted|tsa|nexus|sentri"),
    (r"\bpassport\s+(?:interview|appointment|renewal)", "passport"),
    (r"\b(?:drug|urine|alcohol|hair\s+follicle)\s+(?:screen|test)|\bpre-?employment\s+(?:physical"
     r"|medical|drug)|\bfingerprint(?:ing)?\s+appointment",
     "drug|urine|alcohol|follicle|employment|fingerprint"),
    (r"\bscreening\s+visit\b", "visit"),
    (r"\b(?:sorority|fraternity|panhellenic)\s+(?:recruitment|rush|interview)|\brush\s+week",
     "sorority|fraternity|panhellenic|rush"),
)

# Round 5: kinds the blind batches keep bringing, by what they are rather than by template:
# a talk, course or webinar *about* interviews (in any language), the tools of the hiring side
# (interview guides, question lists), and a family member's interview (the user's child at a
# university admission). Searched with round 4's table, behind the same gate.
TITLE_TABLE_5: tuple[tuple[str, str], ...] = (
    (r"\bwebin[aá]r\w*|\bwebinaa?ri\w*|\bwebinaire|\bwebinarium|\bwebcast",
     "webin|webcast"),
    # (round 23: "workshop" naming a room is a place, not the event's kind: "Workshop Room B",
    # "Workshop 3", "Board Room Workshop", "@ Workshop"; a workshop about interviews is kept)
    (r"\bs[ée]minaire\b|\bseminario\b|\bschulung\b|(?<!room\s)(?<!@\s)(?<!@)\bworkshop\w*"
     r"(?!\s+(?:technician|manager|supervisor|assistant|coordinator|engineer|mechanic|lead|foreman"
     r"|instructor|room|space|hall|studio|suite|area|floor|lab|building|centre|center)s?\b)"
     r"(?!\s*(?:\d|(?-i:[A-Z])\b))|\bkoulutus\b|\bszkoleni\w*"
     r"|\bcursus\b|\bformation\s+(?:managers?|rh|recruteurs?|interne)",
     "minaire|seminario|schulung|workshop|koulutus|szkoleni|cursus|formation"),
    (r"\batelier\s+(?:managers|rh|recruteurs?|recrutement|collaborateurs|de\s+formation)"
     r"|\batelier\s*:", "atelier"),
    (r"セミナー|ウェビナー|説明会|研修|讲座|培训|说明会|宣讲会|세미나|웨비나|설명회|워크숍|교육\s*과정",
     "セミナー|ウェビナー|説明会|研修|讲座|培训|说明会|宣讲会|세미나|웨비나|설명회|워크숍|교육"),
    # the hiring side's tools: interview guides, question lists, the way interviews are run
    (r"\b(?:trames?|grilles?|guides?|mod[eè]les?)\s+d['’]entretien|\binterview\s*(?:leitfaden"
     r"|guides?|questions|templates?|practices|process\s+training)\b|\binterviewleitfaden"
     r"|\bgu[ií]a\s+de\s+entrevista|\bhaastattelu(?:k[äa]yt[äa]n|opas|runko|kysymy)"
     r"|\bvragenlijst|\bintervjuguide|\b(?:interview|intervju|sollicitatie|haastattelu)"
     r"(?:training|trening|träning|coaching|valmennus|harjoitus|oefening)",
     "entretien|interview|gu|haastattelu|vragenlijst|intervju|sollicitatie"),
    # the user's child or another family member is the one interviewed
    (r"\b(?:my\s+)?(?:son|daughter|kid|child)['’]s\b|\b(?:mijn\s+)?(?:dochter|zoon)\b"
     r"|\bmeine[rs]?\s+(?:tochter|sohn)|\b(?:ma\s+fille|mon\s+fils)\b|\bmi\s+hij[oa]\b"
     r"|\bmia\s+figlia|\bmio\s+figlio|(?:^|\s)(?:딸|아들)(?:의|\s)|娘の|息子の|女儿|儿子|孩子",
     "son|daughter|kid|child|dochter|zoon|tochter|sohn|fille|fils|hij|figli"
     "|딸|아들|娘の|息子の|女儿|儿子|孩子"),
    # university and school entrance in Korean and Chinese (Japanese 入試 is above)
    (r"대입|수시\s*면접|입학사정관|高考|升学面试|自主招生|入学考试",
     "대입|수시|입학사정관|高考|升学|自主招生|入学考试"),
)
