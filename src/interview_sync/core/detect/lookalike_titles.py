"""The phrases no job interview's title uses: the rows of ``lookalikes.NONJOB_TITLE``.

Owns ``TITLE_TABLE``: immigration and citizenship steps, school and parent meetings, admissions,
medical and therapy talks, disciplinary and dismissal meetings, exit interviews, performance and
annual reviews, interview coaching and tutoring, webinars, fairs and info sessions, media and
research interviews, housing, adoption, court and church interviews, a return to work, in
English, German, French, Spanish, Portuguese, Dutch and Italian where the words are cheap to
list. A row is (alternative, the lower-case literals one of which it cannot match without);
``lookalikes`` gates and searches the table as one ``FoldGated`` veto (compiled there, once),
and tests/core/test_detect_lookalikes.py checks each row against its literals. Split from
``lookalikes`` (round 21), which keeps the gate, the other vocabularies and the functions that
apply them. Pure data; no I/O.
"""

from __future__ import annotations

__all__ = ["TITLE_TABLE"]

# (alternative, the lower-case literals one of which it cannot match without, "|"-separated).
# Grouped by class.
TITLE_TABLE: tuple[tuple[str, str], ...] = (
    # immigration, citizenship, residence
    (r"\bnaturali[sz]ation", "naturali"),
    (r"\bcitizenship\s+(?:interview|test|ceremony|appointment)", "citizenship"),
    (r"\boath\s+ceremony", "oath"),
    (r"\bbiometrics?\s+appointment", "biometric"),
    (r"\bwork\s+permit\s+(?:interview|appointment)", "permit"),
    (r"\beinb[üu]rgerung", "einb"),
    (r"\bniederlassungserlaubnis", "niederlassung"),
    (r"\btitre\s+de\s+s[ée]jour", "titre"),
    (r"\bcitoyennet[ée]", "citoyennet"),
    (r"\bentrevista\s+de\s+(?:asilo|nacionalidad|extranjer[ií]a)", "asilo|nacionalidad|extranjer"),
    (r"\bnacionalidad\s+espa[ñn]ola", "nacionalidad"),
    (r"\bcidadania\b", "cidadania"),
    (r"\bcittadinanza\b", "cittadinanza"),
    (r"\bpermesso\s+di\s+soggiorno", "soggiorno"),
    (r"\binburgering", "inburgering"),
    (r"\bverblijfsvergunning", "verblijf"),
    # school, parents, admissions, daycare
    (r"\bparents?['’]?[\s-]+(?:teacher|evening|night|conference)", "parent"),
    (r"\bteacher[\s-]+parent", "teacher"),
    (r"\badmissions?\s+(?:interview|office|visit|meeting)", "admission"),
    (r"\b(?:mba|college|university|school|kita|daycare|nursery|preschool|kindergarten)"
     r"\s+admissions?\b", "admission"),
    (r"\belterngespr[äa]ch", "elterngespr"),
    (r"\belternabend", "elternabend"),
    (r"\belternsprechtag", "elternsprechtag"),
    (r"\baufnahmegespr[äa]ch", "aufnahmegespr"),
    (r"\beingew[öo]hnung", "eingew"),
    (r"\br[ée]union\s+parents", "parents"),
    (r"\bparents[\s-]+professeurs", "professeurs"),
    (r"\breuni[óo]n\s+de\s+padres", "padres"),
    (r"\breuni[ãa]o\s+de\s+pais", "pais"),
    (r"\bentrevista\s+con\s+(?:el\s+|la\s+)?(?:tutora?|profesora?|maestr[oa])\b",
     "tutor|profesor|maestr"),
    (r"\bentrevista\s+(?:con\s+(?:la\s+|las\s+|los\s+)?(?:familias?|padres)|familiar)\b",
     "familia|padres|familiar"),
    (r"\btutor[ií]a\s+(?:con\s+)?(?:(?:los\s+|las\s+)?padres|(?:la\s+|las\s+)?familias?)",
     "tutor"),
    # Japanese school meetings: three-way and guardian talks, the homeroom teacher
    (r"三者面談|保護者面談|二者面談|保護者会|家庭訪問",
     "三者面談|保護者面談|二者面談|保護者会|家庭訪問"),
    (r"個人面談[^\n]{0,30}(?:先生|担任)|(?:先生|担任)[^\n]{0,30}個人面談", "個人面談"),
    # admissions interviews with an alumnus, for a school or an MBA application
    (r"\balumn(?:i|us|a|ae)\s+interview", "alumn"),
    (r"\b(?:mba|college|university|school|grad(?:uate)?\s+school|ph\.?d\.?)\s+application\b",
     "application"),
    (r"\bentretien\s+avec\s+(?:la\s+|le\s+|l['’])?(?:ma[îi]tresse|ma[îi]tre|professeure?"
     r"|enseignante?|institut(?:rice|eur))\b", "maitre|maître|professeur|enseignant|institut"),
    (r"\boudergesprek", "oudergesprek"),
    (r"\bouderavond", "ouderavond"),
    (r"\btien[\s-]?minutengesprek", "minutengesprek"),
    (r"\bcolloqui?o?\s+(?:con\s+)?(?:i\s+|gli\s+)?(?:genitori|insegnant|docent)",
     "genitori|insegnant|docent"),
    # medical and therapy
    (r"\b(?:patient|intake)\s+interview", "patient|intake"),
    (r"\bcita\s+m[ée]dica", "cita"),
    (r"\barzttermin", "arzttermin"),
    (r"\banamnese", "anamnese"),
    (r"\bvisite\s+m[ée]dicale", "visite"),
    (r"\bconsulta\s+m[ée]dica", "consulta"),
    (r"\bentrevista\s+(?:psicol[óo]gica|terap[ée]utica|de\s+acogida)", "psicol|terap|acogida"),
    (r"\btherapy\s+(?:intake|session|consultation)", "therapy"),
    # disciplinary, grievance, dismissal
    (r"\bdisciplinar", "disciplinar"),
    (r"\bdisziplinar", "disziplinar"),
    (r"\bgrievance", "grievance"),
    (r"\bdismissal", "dismissal"),
    (r"\bcapability\s+(?:meeting|hearing)", "capability"),
    (r"\binvestigat(?:ion|ory)\s+(?:meeting|hearing|interview)", "investigat"),
    (r"\bentretien\s+pr[ée]alable", "alable"),
    (r"\blicenciement", "licenciement"),
    (r"\brupture\s+conventionnelle", "rupture"),
    (r"\banh[öo]rung", "anh"),
    (r"\bk[üu]ndigungsgespr[äa]ch", "ndigungsgespr"),
    (r"\babmahnung", "abmahnung"),
    (r"\baudiencia\s+(?:previa|disciplinaria)", "audiencia"),
    (r"\bdespido", "despido"),
    (r"\bontslaggesprek", "ontslag"),
    # exit interviews
    (r"\baustrittsgespr[äa]ch", "austrittsgespr"),
    (r"\bexit[\s-]?(?:gespr[äa]ch|gesprek|meeting|survey|conversation|chat)", "exit"),
    (r"\bvertrekgesprek", "vertrekgesprek"),
    (r"\bentretien\s+de\s+d[ée]part", "part"),
    (r"\bentrevista\s+de\s+desligamento", "desligamento"),
    (r"\bcolloquio\s+di\s+uscita", "uscita"),
    # performance and annual reviews
    (r"\b(?:annual|mid[\s-]?year|year[\s-]?end|salary)\s+(?:review|appraisal|evaluation)",
     "review|appraisal|evaluation"),
    (r"\bperformance\s+(?:evaluation|appraisal|conversation|check[\s-]?in|improvement)",
     "performance"),
    (r"\bappraisal\s+(?:meeting|review|discussion)", "appraisal"),
    (r"\bmitarbeitergespr[äa]ch", "mitarbeitergespr"),
    (r"\bjahresgespr[äa]ch", "jahresgespr"),
    (r"\bzielvereinbarung", "zielvereinbarung"),
    (r"\b(?:entwicklungs|beurteilungs|ziel|feedback|personalentwicklungs)gespr[äa]ch",
     "entwicklungsgespr|beurteilungsgespr|zielgespr|feedbackgespr"),
    (r"\bentretien\s+(?:annuel|professionnel|individuel\s+d'[ée]valuation|d'[ée]valuation)",
     "annuel|professionnel|valuation"),
    (r"\b[ée]valuation\s+annuelle", "valuation"),
    (r"\bevaluaci[óo]n\s+(?:de(?:l)?\s+desempe[ñn]o|anual)", "evaluaci"),
    (r"\brevisi[óo]n\s+anual", "revisi"),
    (r"\bavalia[çc][ãa]o\s+de\s+desempenho", "desempenho"),
    (r"\b(?:functionerings|beoordelings|jaar|voortgangs)gesprek",
     "functioneringsgesprek|beoordelingsgesprek|jaargesprek|voortgangsgesprek"),
    (r"\bcolloquio\s+(?:di\s+)?valutazione", "valutazione"),
    # interview coaching, tutoring and training, in other languages too
    (r"\b(?:interview|bewerbungs|job)[\s-]*coaching", "coaching"),
    (r"\b(?:with|w/|mit|avec|con)\s+(?:my\s+|meinem\s+|meiner\s+|mon\s+|ma\s+|mi\s+)?"
     r"(?:interview\s+|career\s+|job\s+|karriere\s+)?coach\b", "coach"),
    (r"\bcoaching\s+(?:session|call|interview)", "coaching"),
    (r"\btutoring\s+(?:session|lesson|class)", "tutoring"),
    (r"\bnachhilfe", "nachhilfe"),
    (r"\bmentor(?:ing|ship)?\s+(?:session|call|chat|meeting)", "mentor"),
    (r"\bbewerbungstraining", "bewerbungstraining"),
    (r"\binterview(?:er)?[\s-]*(?:schulung|training)", "schulung|training"),
    (r"\bentretien\s+(?:blanc|fictif|simul[ée])", "blanc|fictif|simul"),
    (r"\bsimulations?\s+d['’]entretien", "simulation"),
    (r"\bentrevista\s+(?:simulada|de\s+pr[áa]ctica|ficticia)", "simulada|ctica|ficticia"),
    (r"\bsollicitatietraining", "sollicitatietraining"),
    (r"\boefen(?:gesprek|interview)", "oefen"),
    (r"\bcolloquio\s+simulato", "simulato"),
    (r"\bsimulazione\s+(?:di\s+)?colloquio", "simulazione"),
    (r"\bvorbereitung\s+(?:auf\s+)?(?:das\s+|ein\s+)?(?:vorstellungs|bewerbungs)", "vorbereitung"),
    (r"\bpr[ée]paration\s+(?:[àa]\s+l['’]|de\s+l['’]|d['’])entretien", "paration"),
    (r"\bpreparaci[óo]n\s+(?:de\s+|para\s+)(?:la\s+)?entrevista", "preparaci"),
    # webinars, fairs, info sessions
    (r"\binfo(?:rmations)?(?:veranstaltung|abend)", "info"),
    (r"\b(?:karriere|job|firmenkontakt|recruiting)messe", "messe"),
    (r"\bsalon\s+(?:de\s+l['’]emploi|du\s+recrutement|des\s+m[ée]tiers)", "salon"),
    (r"\bforum\s+(?:emploi|entreprises|des\s+m[ée]tiers)", "forum"),
    (r"\br[ée]union\s+d['’]information", "information"),
    (r"\bferia\s+de\s+(?:empleo|trabajo)", "feria"),
    (r"\b(?:sesi[óo]n|charla)\s+informativa", "informativa"),
    (r"\bbanenmarkt", "banenmarkt"),
    (r"\bcarri[eè]rebeurs", "rebeurs"),
    (r"\bfiera\s+del\s+lavoro", "fiera"),
    (r"\bopen\s+(?:day|evening)\b", "open"),
    # media and marketing interviews of the user
    (r"\b(?:zeitungs|presse|radio|fernseh|tv)[\s-]*interview", "zeitung|presse|radio|fernseh|tv"),
    (r"\binterview\s+(?:im|beim|f[üu]r\s+(?:die|das|den))\s+(?:radio|fernsehen|podcast|zeitung"
     r"|magazin|blog)", "radio|fernsehen|podcast|zeitung|magazin|blog"),
    (r"\bentrevista\s+(?:en|para)\s+(?:la\s+|el\s+|un\s+|una\s+)?(?:radio|televisi[óo]n|tv"
     r"|prensa|peri[óo]dico|revista|podcast|blog|canal)",
     "radio|televisi|tv|prensa|peri|revista|podcast|blog|canal"),
    (r"\bentretien\s+(?:pour|avec)\s+(?:la\s+|le\s+|un\s+|une\s+)?(?:presse|journal|radio"
     r"|t[ée]l[ée]|magazine|podcast|blog)", "presse|journal|radio|tel|tél|magazine|podcast|blog"),
    (r"\bjournaliste|\bperiodista|\bgiornalista", "journalist|periodist|giornalist"),
    (r"\b(?:customer|client|video)\s+(?:testimonial|story)", "testimonial|story"),
    (r"\btestimonial\s+(?:video|interview|shoot)", "testimonial"),
    (r"\bvideo\s+shoot", "shoot"),
    # a newspaper's profile of the user, a podcast episode the user records
    (r"\b(?:profile|feature)\s+(?:piece|story|article|interview)\b",
     "piece|story|article|interview"),
    (r"\(?\bep(?:isode)?\.?\s*#?\d+\b|\brecording\s*:", "ep|recording"),
    # the hiring side's admin: "Approve interview availability – ... requisition"
    (r"\b(?:approve|submit|set|update|share|provide|add|enter)\s+(?:your\s+)?interview(?:er)?"
     r"\s+(?:availability|slots|times)\b", "availability|slots|times"),
    # housing, adoption, courts, church and academic exams: interviews of the user, no job
    (r"\bco-?op\s+board", "board"),
    (r"\b(?:apartment|rental|tenant|housing|roommate|flatmate)\s+(?:interview|viewing)",
     "apartment|rental|tenant|housing|roommate|flatmate"),
    (r"\bwg[\s-]casting", "casting"),
    (r"\b(?:adoption|home\s+study|foster\s+(?:care|parent))", "adoption|study|foster"),
    (r"\b(?:police|witness)\s+interview", "police|witness"),
    # round 8: an employee-relations case the user is a witness in ("ER Interview – Case
    # HRC0041277 (witness)"); a "Witness Care Officer" is a job and stays one
    (r"\((?:as\s+(?:a\s+)?)?witness\)|\bas\s+(?:a\s+)?witness\b|\bwitness\s+(?:statement|meeting)"
     r"|\b(?:er|employee[\s-]+relations)\s+interview\b", "witness|interview"),
    # a business school's admissions interview run by a student or an alumnus
    # ("Tuck-style applicant-initiated interview with a second-year")
    (r"\bapplicant[\s-]initiated\b|\bwith\s+an?\s+(?:first|second|third|current)[\s-]year\b"
     r"|\badcom\b|\b(?:alumni|alumnus|alumna|student)\s+interviewer",
     "initiated|year|adcom|interviewer"),
    # a step after the interview in Chinese, Japanese and Korean ("招聘体检（面试通过后）", a
    # medical check): the English "after the interview" is in ``title_negative.TITLE_NEGATIVE``
    (r"面试(?:通过)?(?:之)?后|面試(?:通過)?(?:之)?後|面接(?:の)?後|면접\s*(?:합격\s*)?후",
     "面试|面試|面接|면접"),
    # a paid research session with a study's researcher ("UserCrowd interview session with
    # researcher"), not a hiring step with one
    (r"\b(?:interview|research|study|feedback)\s+session\s+with\s+(?:a\s+|the\s+|our\s+)?"
     r"researchers?\b|\bpaid\s+(?:research|study|user)\b|\bresearch\s+participant",
     "researcher|paid|participant"),
    (r"\bdeposition\b", "deposition"),
    (r"\bjury\s+(?:duty|service|selection)", "jury"),
    (r"\bscholarship\s+interview", "scholarship"),
    (r"\btemple\s+recommend|\bbishop\s+interview", "recommend|bishop"),
    (r"\bthesis\s+defen[cs]e|\bsoutenance\b|\bdisputation\b", "defen|soutenance|disputation"),
    (r"\bdefensa\s+(?:del?\s+)?(?:tfg|tfm|tesis)", "defensa"),
    (r"\bentretien\s+d['’]inscription|\bentrevista\s+de\s+admisi[óo]n", "inscription|admisi"),
    # back at the current employer: return to work, probation, reintegration
    (r"\breturn[\s-]+to[\s-]+work\s+(?:interview|meeting)", "return"),
    (r"\br[üu]ckkehrgespr[äa]ch|\bbem[\s-]gespr[äa]ch|\bwiedereingliederung",
     "ckkehr|bem|wiedereingliederung"),
    (r"\b(?:entretien|visite)\s+de\s+reprise", "reprise"),
    (r"\bprobation(?:ary)?\s+(?:review|meeting)|\bprobezeit(?:gespr[äa]ch|ende)",
     "probation|probezeit"),
    # research participants and user studies, in other languages
    (r"\b(?:study|research)\s+participa", "participa"),
    (r"\bparticipant\s+(?:interview|session)", "participant"),
    (r"\bnutzer(?:interview|studie|befragung|forschung)", "nutzer"),
    (r"\bentretien\s+(?:utilisateur|usager)", "utilisateur|usager"),
    (r"\bentrevista\s+(?:de\s+)?(?:usuario|investigaci[óo]n)", "usuario|investigaci"),
    (r"\bgebruikers(?:onderzoek|interview)", "gebruikers"),
)
