"""The words that say the user is on the other side of the questions (a title or a description).

Owns ``PANEL_TABLE``, the hiring side's words ``sides.PANEL_MEMBER`` reads in the title and the
head of the description (the user on a selection panel, a committee or a tribunal in any
language, the panel's papers, since round 10 a rater on an oral board, the hosts of a
residency's applicants, a recruiter presenting the shortlist, a journalist's source), and
``OTHER_SIDE_TITLE``, what only a title says: other people's applications in the plural
("IM residency applicants", "Interview panel – charge nurse candidates"; a candidate attends
their own interview), a shortlist presented or reviewed, a candidate review. Split from
``sides`` (round 10), which keeps the logic that reads them. Pure data; no I/O.

Why round 10 wrote these as classes: round 9's blind batch drafted for eleven non-interviews,
most of them the user *not* being the candidate (a journalist, a panel member, the resident
side of an interview day, a recruiter with a client); each was a new wording of a kind the
panel rows already knew in the first person.
"""

from __future__ import annotations

import re

from interview_sync.core.detect.gate import LiteralGated

__all__ = ["OTHER_SIDE_TITLE", "PANEL_TABLE"]

# Round 6: the user as a member of the selection panel, committee or tribunal, in any language
# ("you sit on the panel", "du sidder i udvalget", "Sie sind Mitglied der Auswahlkommission",
# "como vocal del tribunal", "أنت عضو في لجنة المقابلة"), and the panel's papers (the
# candidates' applications, a scoring or evaluation sheet). Read in the title and the
# description; (alternative, the literals it cannot match without), as in ``lookalikes``.
PANEL_TABLE: tuple[tuple[str, str], ...] = (
    (r"\byou(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be)?\s+(?:sitting|sit|serving|serve)\s+on\s+the"
     r"\s+(?:\w+\s+){0,2}(?:panel|committee|board|jury)", "panel|committee|board|jury"),
    (r"\byou(?:'re|’re|\s+are|'ll\s+be|\s+will\s+be)\s+on\s+the\s+(?:interview|selection|hiring"
     r"|search|recruitment|shortlisting)\s+(?:panel|committee|board)", "panel|committee|board"),
    (r"\bas\s+(?:an?\s+)?(?:interview\s+)?panel(?:l)?ist\b|\bas\s+(?:an?\s+)?(?:interview\s+)?panel"
     r"\s+member\b|\bas\s+(?:a\s+)?member\s+of\s+the"
     r"\s+(?:interview|selection|hiring|search|recruitment)\s+(?:panel|committee|board)",
     "panel|committee|board"),
    # round 17: the user named a panelist or an interviewer outright ("You are a designated
    # panelist for this interview"; a title's veto word had hidden it in round 16's data)
    (r"\byou(?:'re|’re|\s+are|\s+have\s+been)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:interview\s+)?"
     r"(?:panel(?:l)?ist|panel\s+member|interviewer)s?\b", "panel|interviewer"),
    (r"\b(?:shortlisted\s+)?candidates['’]\s+(?:applications|cvs|r[ée]sum[ée]s|files|packs)"
     r"|\bscoring\s+(?:matrix|sheet|grid)", "candidates|scoring"),
    # round 8: shortlisting is the panel's work ("Shortlisting meeting – IG Officer
    # applications"; the candidate is shortlisted, never shortlisting) and so is scoring the
    # applications or deciding whom to invite
    (r"\bshort[\s-]?listing\b(?!\s+(?:interview|call|test|round))"
     r"|\bscor(?:e|ing)\s+(?:the\s+)?(?:\d+\s+)?applications\b"
     r"|\bdecide\s+(?:who|whom)\s+to\s+(?:invite|interview|shortlist)",
     "listing|applications|decide"),
    (r"\bsie\s+sind\s+(?:\w+\s+){0,2}mitglied\s+(?:der|des|im)\b"
     r"|\bals\s+mitglied\s+der\s+\w*kommission"
     r"|\bbewerbungsunterlagen\s+der\s+(?:\w+\s+)?(?:bewerber|kandidat)",
     "mitglied|bewerbungsunterlagen"),
    (r"\bvous\s+(?:faites\s+partie|[êe]tes\s+membre)\s+d[ue]\s+(?:la\s+)?(?:jury|comit[ée]|commission"
     r"|panel)|\bgrille\s+d['’][ée]valuation|\bles\s+cv\s+des\s+candidats",
     "jury|comit|commission|panel|grille|candidats"),
    (r"\bcomo\s+(?:vocal|miembro|presidente|presidenta|secretari[oa])\s+del?\s+(?:tribunal|comit[ée]"
     r"|comisi[óo]n|panel|[óo]rgano)|\bforma(?:s|n)?\s+parte\s+del?\s+(?:tribunal|comit|comisi|panel)"
     r"|\bhoja\s+de\s+(?:valoraci[óo]n|evaluaci[óo]n)|\bentrevistas\s+a\s+(?:los|las)\s+(?:aspirantes"
     r"|candidat)", "tribunal|comit|comisi|panel|rgano|hoja|entrevistas"),
    (r"\b(?:voc[êe]|o\s+senhor|a\s+senhora)\s+(?:faz\s+parte|[ée]\s+membro)\s+da\s+(?:banca|comiss)"
     r"|\bficha\s+de\s+avalia[çc][ãa]o|\bfa(?:i|r[àa])?\s+parte\s+della\s+commissione"
     r"|\b(?:scheda|griglia)\s+di\s+valutazione", "banca|comiss|commiss|ficha|scheda|griglia"),
    # round 11: the same in the first person, in the user's own note ("Selectiegesprekken
    # nieuwe collega (ik zit in de commissie)", drafted in round 10)
    (r"\bi(?:'m|’m|\s+am)\s+on\s+the\s+(?:\w+\s+){0,2}(?:panel|committee|board|jury)\b"
     r"|\bi\s+(?:sit|serve)\s+on\s+the\s+(?:\w+\s+){0,2}(?:panel|committee|board|jury)\b"
     r"|\bik\s+(?:zit|neem\s+zitting)\s+in\s+de\s+\w*commissie|\bik\s+ben\s+lid\s+van\s+de\s+\w*commissie"
     r"|\bich\s+(?:sitze|bin)\s+in\s+der\s+\w*kommission|\bje\s+(?:fais\s+partie|si[èe]ge)\s+(?:du|au)\s+jury"
     r"|\b(?:formo\s+parte|estoy)\s+(?:del|en\s+el)\s+tribunal|\bfaccio\s+parte\s+della\s+commissione"
     r"|\bfa[çc]o\s+parte\s+da\s+banca|\b(?:jag|jeg)\s+(?:sitter|sidder)\s+i\s+\w*(?:panel|grupp|n[äa]mnd"
     r"|udvalg|utvalg|komit)",
     "panel|committee|board|jury|commissie|kommission|tribunal|commissione|banca|grupp|nämnd|namnd"
     "|udvalg|utvalg|komit"),
    (r"\b(?:je|u)\s+(?:zit|neemt\s+zitting)\s+in\s+de\s+\w*commissie|\bje\s+bent\s+(?:lid|onderdeel)"
     r"\s+van\s+de\s+\w*commissie", "commissie"),
    (r"\bdu\s+(?:sidder|sitter|er\s+med|ingår|ing[åa]r)\s+i\s+\w*(?:udvalg|utvalg|panel|komit|grupp"
     r"|n[äa]mnd)|\bkandidaternes\s+ans[øo]gninger|\bs[øo]kernes\s+s[øo]knader",
     "udvalg|utvalg|panel|komit|grupp|nämnd|namnd|kandidaternes|søkernes|sokernes"),
    (r"\b(?:jeste[śs]|jest\s+pan(?:i)?)\s+cz[łl]onki?(?:em|iem)\s+komisji|\barkusz\w*\s+oceny"
     r"|\b(?:jste|ste)\s+(?:[čc]lenem|[čc]lenkou|[čc]lenom)\s+(?:\w+\s+)?komis"
     r"|\bhodnot[íi]c[íi]\s+(?:formul[áa][řr]|arch)", "komisji|oceny|komis|hodnot"),
    (r"(?:вы|вие|ви)\s+(?:\S+\s+){0,2}член\w*\s+(?:на\s+)?(?:\S+\s+)?комис"
     r"|(?:вы|ви)\s+входите\s+в\s+(?:состав|склад)|оценочн\w*\s+(?:лист|форм)|анкет\w*\s+оценки",
     "комис|состав|склад|оценочн|анкет"),
    (r"(?:أنت|انت|بصفتك)\s+عضو|نموذج\s+(?:ال)?تقييم|السير\s+الذاتية\s+(?:للمرشحين|قبل)",
     "عضو|نموذج|السير"),
    (r"\b(?:m[üu]lakat|se[çc]im|s[ıi]nav)\s+komisyon\w*\s+(?:[üu]yesi|yer)|\bkomisyon\s+[üu]yesi"
     r"|\bde[ğg]erlendirme\s+formu|\bolet\s+(?:\w+\s+){0,2}(?:raadissa|paneelissa|toimikunnassa)"
     r"|\barviointilomake", "komisyon|erlendirme|raadissa|paneelissa|toimikunnassa"
     "|arviointilomake"),
    (r"\banda\s+(?:adalah\s+|sebagai\s+|merupakan\s+)?(?:anggota\s+)?(?:panel|tim)\s+pewawancara"
     r"|\bformulir\s+penilaian|\bb[ạa]n\s+l[àa]\s+(?:th[àa]nh\s+vi[êe]n\s+)?h[ộo]i\s+[đd][ồo]ng"
     r"|\bphi[ếe]u\s+[đd][áa]nh\s+gi[áa]", "pewawancara|formulir|đồng|đong|dồng|dong|phiếu|phieu"),
    (r"\bface[țt]i\s+parte\s+din\s+comisi|\bsunte[țt]i\s+membru\s+al\s+comisiei"
     r"|\bfi[șs]a\s+de\s+evaluare|\bεί?στε\s+μέλος\s+(?:της\s+)?επιτροπ",
     "comisi|evaluare|μέλος"),
    # Round 10: the user on the other side of the questions, whatever the panel is called: a
    # rater or assessor on an oral board ("Thank you for serving as a rater", the score sheets
    # and benchmark answers), the residents and faculty who host a residency's applicants and
    # are asked for their impressions, a recruiter walking the client through the shortlisted
    # candidates, and the user as a journalist interviewing a source for a story.
    (r"\bserv(?:e|es|ed|ing)\s+as\s+(?:an?\s+)?(?:rater|assessor|examiner|interviewer"
     r"|panel(?:l)?ist|board\s+member|panel\s+member)\b|\bscor(?:e|ing)\s+sheets?\b"
     r"|\bbenchmark\s+(?:answers|responses)\b", "serv|score|scoring|benchmark"),
    (r"\b(?:impressions|feedback|evaluations?|ratings?)\s+(?:of|on)\s+(?:the\s+)?(?:applicants"
     r"|candidates|interviewees)\b|\bhost(?:s|ed|ing)?\s+(?:tonight['’]s\s+|the\s+|our\s+)?"
     r"(?:applicants|candidates|interviewees)\b|\bjoin\s+the\s+(?:applicants|candidates)\b"
     r"|\bfeedback\s+form\s+for\s+the\s+(?:program(?:me)?\s+director|hiring\s+manager"
     r"|committee|panel)", "impressions|feedback|evaluation|rating|host|join"),
    (r"\b(?:the|our|\d+|two|three|four|five|six)\s+shortlisted\s+candidates\b"
     r"|\bpreliminary\s+candidate\s+group\b|\bpicks?\s+the\s+shortlist\b",
     "shortlisted|preliminary|shortlist"),
    # Round 14: an assessment centre's or audition's papers and meetings for the assessors:
    # their briefing, their observation and rating forms, the "wash-up" where they decide
    # ("Assessors: arrive 8:00 for the briefing ... evaluation forms before the wash-up"), and
    # the same in German, French, Spanish, Dutch ("Beobachterkonferenz", "Bewertungsbögen")
    (r"\b(?:assessors?|observers?|raters?|examiners?|jury)['’]?\s+(?:briefing|training|guide|pack"
     r"|notes|calibration|meeting)\b|\bwash[\s-]?up\b|\b(?:evaluation|observation|rating|assessor)"
     r"\s+(?:forms?|sheets?|grids?)\b|\bbeobachter(?:konferenz|briefing|schulung)|\bbewertungsb[öo]gen"
     r"|\bbriefing\s+des\s+(?:[ée]valuateurs|observateurs|assesseurs)|\bfiches?\s+d['’]observation"
     r"|\breuni[óo]n\s+de\s+evaluadores|\bbeoordelingsformulieren",
     "assessor|observer|rater|examiner|jury|wash|evaluation|observation|rating|beobachter"
     "|bewertungsb|briefing|fiche|reuni|beoordelingsformulieren"),
    (r"\bfor\s+my\s+(?:piece|story|article|column|feature|report|newsletter)\b|\bmy\s+editor\b"
     r"|\bbefore\s+filing\b|\b(?:on|off)\s+the\s+record\b"
     r"|\bquestions\s+for\s+the\s+(?:article|story|piece|feature)\b",
     "piece|story|article|column|feature|report|newsletter|editor|filing|record|questions"),
)

# Titles only (the plural of another side's people is common in an invitation's text: "other
# candidates", "shortlisted candidates are informed"). Round 10, from the tuning data: of the
# 27 labelled titles holding "applicants" or "candidates" in the plural, none is an interview.
OTHER_SIDE_TITLE = LiteralGated(re.compile(  # only the alternatives whose literals a title holds
    r"\b(?:applicants|candidates|interviewees|kandidaten|sollicitanten|candidats|candidati"
    r"|kandydaci|kandydat[óo]w|kandidater|hakijat|bewerber(?:\*|:|_)?innen)\b"
    r"|\bshort[\s-]?list\b(?!\s*(?:interview|call|test|round|assessment))"
    r"|\bpresent(?:s|ing)?\s+(?:the\s+)?(?:short[\s-]?list|candidates)\b"
    r"|\bcandidate\s+(?:review|debrief|presentation|slate)\b|\bPCG\b"
    # a journalist's own entries: a source interviewed for a story ("Interview: Deputy Mayor
    # Ruiz – housing story (recorded)", "Phone interview: Dr. Singh (source) – ...")
    r"|\bstory\s*(?:\([^)]*\))?\s*$|\(source\)"
    # round 14: the assessors and observers of an assessment centre or audition, in the plural
    # (a candidate is observed by them; the event that names them is theirs: "Assessors –
    # Graduate Assessment Centre + wash-up"), in the languages of the check sets
    r"|\b(?:assessors|observers|evaluators|raters|examiners|beobachter(?:innen)?|bewerter(?:innen)?"
    r"|assesseurs|[ée]valuateurs|observateurs|evaluadores|observadores|valutatori|osservatori"
    r"|assessoren|beoordelaars|observatoren|bed[öo]mare|observat[öo]rer|hodnotitel[ée]"
    r"|asesorzy|oceniaj[ąa]cy|arvioijat|havainnoijat)\b"
    # meetings about interviewing itself: a working group on the format, a skills session
    r"|\bwork(?:ing)?[\s-]?group\b|\btask\s+force\b|\binterview(?:ing)?\s+skills\b"
    # round 14: the user's own hiring, which a vendor's demo or a meeting is for ("Willo demo –
    # one-way interviews for our support hiring", drafted in round 13): a candidate never calls
    # the employer's hiring "ours"
    r"|\bfor\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}(?:hiring|recruit(?:ing|ment)|hires|vacanc(?:y|ies)"
    r"|openings?|open\s+roles?)\b|\bf[üu]r\s+unser(?:e|en)?\s+(?:[\w-]+\s+){0,2}(?:recruiting"
    r"|personalauswahl|stellenbesetzung|bewerberauswahl)\b|\bpour\s+(?:notre|nos)\s+recrutements?\b"
    r"|\bpara\s+(?:nuestr[oa]s?)\s+(?:proceso\s+de\s+)?(?:selecci[óo]n|reclutamiento|contrataci[óo]n)"
    r"|\bvoor\s+onze\s+(?:werving|vacatures?)\b|\bper\s+(?:le\s+)?nostr[ei]\s+(?:selezion[ei]|assunzioni)",
    re.IGNORECASE,
))
