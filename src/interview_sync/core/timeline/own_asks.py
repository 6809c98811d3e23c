"""The candidate's own deadlines and appeal windows in the languages past English, German,
French and Spanish: words that make a date in the same clause something the candidate must do
(send documents, confirm, reply, lodge an appeal), not a promise to respond.

Owns ``ask_re()`` and ``ASK_STEMS`` (its literals, the cheap test ``clauses`` makes first).
Split from ``cues`` in round 17 (that module was past the size guideline); the patterns are as
they were. Pure; no I/O.
"""

from __future__ import annotations

import functools
import re

__all__ = ["ASK_STEMS", "FOLLOW_UP_AFTER_RE", "ask_re"]

# The candidate's own deadlines in Portuguese, Italian, Dutch, Polish, Czech and the Nordic
# languages ("envie os documentos", "la preghiamo di confermare", "wil je ... laten weten",
# "prosimy o przesłanie", "potvrďte nám", "skicka in", "giv os venligst besked", "husk å sende"),
# like ``prefix_any_re()``; searched only when one of ``ASK_STEMS`` is in the clause (each pattern
# here holds one), so English text pays a few substring tests, not a longer alternation.
_ASK = (
    r"\b(?:envie|confirme\b|la\s+preghiamo|(?:ci\s+)?(?:invii|confermi|comunichi)\b"
    r"|wil(?:t)?\s+(?:je|u)\b|stuur\s+(?:ons|je|uw)|bevestig\s+(?:je|uw)|prosimy|prosz(?:ę|e)\s+o"
    r"|prze(?:ś|s)lij|potwierd(?:ź|z)|pros(?:í|i)me|potvr(?:ď|d)te|za(?:š|s)lete|po(?:š|s)lete\s+n(?:á|a)m"
    r"|skicka\s+in|v(?:ä|a)nligen"
    r"|venligst|vennligst|giv\s+os|gi\s+oss|send\s+(?:os|oss|inn)|husk\s+(?:å|a)"
    # waiting for the candidate's answer: "aguardamos sua resposta", "graag ontvangen wij uw
    # reactie", "attendiamo una sua risposta", "czekamy na Pani odpowiedź", "očekáváme vaši
    # odpověď", "vi ser fram emot ditt svar", "nos dê um retorno"
    # (not "sua resposta" or "ditt svar" alone: "você receberá sua resposta até sexta" is ours)
    r"|nos\s+d(?:ê|e)|aguardamos|graag\s+ontvangen|(?:uw|je|jouw)\s+reactie|attendiamo"
    r"|kun(?:t|nen)?\s+(?:je|u|jij)\b|czekamy\s+na|o(?:č|c)ek(?:á|a)v(?:á|a)me|va(?:š|s)i\s+odpov|ser\s+fr(?:am|em)\s+(?:emot|til)"
    # round 7: Hungarian ("kérjük, küldje meg"), Turkish ("lütfen ... gönderin"), Croatian (an
    # appeal, "prigovor", "žalba"; "molimo dostavite"), Catalan ("teniu ... per presentar
    # al·legacions", "envieu")
    r"|k(?:é|e)rj(?:ü|u)k|k(?:é|e)rem|k(?:ü|u)ldje|l(?:ü|u)tfen|g(?:ö|o)nderin|prigovor|(?:ž|z)alb"
    r"|molimo|dostavite|po(?:š|s)aljite|teniu|presenteu|al(?:·|\.)?legacions|envieu|us\s+preguem"
    # round 8: the candidate's appeal window ("candidates may appeal in writing within five
    # working days", "contestațiile se pot depune în termen de o zi lucrătoare")
    r"|\b(?:may|can|could|wish\s+to|right\s+to)\s+appeal\b|\bappeals?\s+(?:must|may|can|should)\s+be"
    r"\s+(?:lodged|made|submitted|sent|filed)|contesta(?:ț|t|ţ)i(?:ile|i)?\s+se\s+(?:pot\s+)?depun"
    r"|depune(?:rea)?\s+contesta"
    # round 9: the candidate's own request or appeal in more words and languages ("may request
    # feedback within ten working days", "podrán presentar recursos", "ricorso", "recours",
    # "Widerspruch", "bezwaar", "odwołanie")
    r"|\b(?:may|can)\s+(?:request|ask\s+for|seek)\s+(?:feedback|a\s+review|reconsideration)\b"
    r"|podr(?:á|a)n\s+presentar"
    # round 17 ("tl17i"): "los reclamos se recibirán durante dos días hábiles", "reclami"
    r"|\breclam(?:os|aciones|i|a(?:ç|c)(?:õ|o)es)\b|\balegaciones\b|\bimpugnaci(?:ó|o)n(?:es)?\b"
    r"|presentar\s+(?:un\s+)?recurso|interponer\s+(?:un\s+)?recurso|ricors[oi]\b|\brecours\b"
    r"|widerspruch|einspruch|bezwaar\s+(?:maken|indienen)|odwo(?:ł|l)ani"
    # round 10: the appeal in Greek ("ένσταση"), Slovenian ("pritožbo"), Slovak and Czech
    # ("odvolanie", "přezkum"), Lithuanian ("skundą"), Estonian ("vaide")
    r"|(?:έ|ε)νστασ|prito(?:ž|z)b|odvolan|p(?:ř|r)ezkum|skund|vaide"
    # round 12: "you may contest the decision", "petitions go to the Commission within ten
    # working days", "o prazo para recurso", "el plazo de reclamaciones"
    r"|\b(?:may|can)\s+(?:contest|challenge|dispute)\b|\bpetitions?\b(?:\s+[\w']+){0,4}?\s+(?:go|must|may|should|can)\b"
    r"|prazo\s+(?:para|de)\s+recurso|plazo\s+(?:para\s+|de\s+)?(?:presentar\s+)?(?:recursos?|reclamaci)"
    # round 12: the appeal lodged or filed ("may lodge an appeal within 14 days", "file an
    # objection"), "interpor recurso", "in beroep gaan", "beroep instellen"
    r"|\b(?:lodge|file|submit|make|bring|raise)\s+(?:an?\s+|the\s+|your\s+|their\s+)?(?:formal\s+|written\s+)?"
    r"(?:appeal|objection)|interp(?:or|ondo|osi(?:ç|c)(?:ã|a)o\s+de)\s+(?:(?:o|um)\s+)?recurso"
    r"|in\s+beroep\s+(?:gaan|te\s+gaan)|beroep\s+(?:in\s*te\s*stellen|instellen|aantekenen)"
    # round 13 ("tlz"): the Finnish appeal ("hakea oikaisua 14 päivän kuluessa",
    # "oikaisuvaatimus", "muutoksenhaku")
    r"|oikaisu|muutoksenhak"
    # round 18 ("tl18i"): the Nordic appeal ("beslutet kan överklagas inom tre veckor", "klagen
    # skal være modtaget", "klage må sendes"), the Arabic and Hebrew objection ("تظلم",
    # "اعتراض", "ערעור", "השגה")
    r"|(?:ö|o)verklag|\bklage(?:n)?\s+(?:skal|kan|m(?:å|a))\b|تظلم|التظلم|اعتراض|الاعتراض"
    r"|ערעור|השגה|השגות"
    # round 21 ("tl21i"): the appeal and the retake in Georgian ("გასაჩივრება"), Azerbaijani
    # ("apellyasiya"), Macedonian and Bulgarian ("жалба"), Kazakh ("қайта тапсыра алады": may
    # sit it again), Albanian ("ankesë"); the applicant's own answer in Russian ("я дам ответ",
    # "я сообщу": I will give my answer)
    r"|გასაჩივრ|apell?yasiya|жалб|қайта\s+тапсыр|ankes|\bя\s+(?:дам|сообщу|отвечу|напишу)\b"
    # round 22 ("tl22i"): the candidate asked to send, confirm or tell in Welsh ("rhowch wybod i
    # ni": let us know), Afrikaans ("laat weet ons", "asseblief"), Galician ("que nos
    # confirmes"), Maltese ("jekk jogħġbok": please), Pashto ("راواستوئ": send), Amharic
    # ("እባክዎ": please), Khmer ("សូមផ្ញើ": please send), Mongolian ("ирүүлнэ үү"), Turkmen
    # ("getiriň", "iberiň"), Tamil ("அனுப்பவும்"), Hebrew ("הודע לנו", "שלחו לנו"), Urdu ("جمع
    # کروا"), Persian ("ارسال کنید"), Thai ("กรุณาส่ง"), Kazakh ("тапсырыңыз"), Albanian ("ju
    # lutemi", "na konfirmoni")
    r"|rhowch\s+wybod\s+i\s+ni|laat\s+weet\s+ons|asseblief|nos\s+confirmes|jekk\s+jogħġbok"
    r"|راواستوئ|راولېږئ|እባክዎ|សូមផ្ញើ|ирүүлнэ\s+үү|getiriň|iberiň|அனுப்பவும்"
    r"|הודע(?:ו)?\s+לנו|שלח(?:ו)?\s+לנו|جمع\s+کروا|ارسال\s+کنید|กรุณาส่ง|тапсырыңыз"
    r"|ju\s+lutemi|na\s+konfirmoni"
    # ... and Russian's imperative to the candidate ("сообщите нам своё решение", "дайте знать",
    # "пришлите", "подтвердите"): not "сообщим" (we will tell)
    r"|сообщите|дайте\s+(?:нам\s+)?знать|пришлите|подтвердите|сво(?:ё|е)\s+решение)")
ASK_STEMS = ("envie", "confirme", "preghiamo", "invii", "confermi", "comunichi", "wil", "stuur",
             "bevestig", "prosimy", "prosz", "prześlij", "przeslij", "potwierd", "prosím",
             "prosim", "potvr", "zašlete", "zaslete", "pošlete", "poslete", "skicka", "vänligen",
             "vanligen", "venligst", "vennligst", "giv os", "gi oss", "send", "husk", "nos d",
             "aguardamos", "kun", "graag", "reactie", "attendiamo", "czekamy", "očekáv", "ocekav",
             "odpov", "ser fr", "kérjük", "kerjuk", "kérem", "kerem", "küldje", "kuldje", "lütfen",
             "lutfen", "gönderin", "gonderin", "prigovor", "žalb", "zalb", "molimo", "dostavite",
             "pošaljite", "posaljite", "teniu", "presenteu", "legacions", "envieu", "us preguem",
             "appeal", "contesta", "may request", "can request", "may ask for", "can ask for",
             "may seek", "can seek",
             "podrán", "podran", "recurso", "ricors", "recours", "widerspruch", "einspruch",
             "bezwaar", "odwołani", "odwolani", "ένστασ", "ενστασ", "pritožb", "pritozb",
             "odvolan", "přezkum", "prezkum", "skund", "vaide", "may contest", "can contest",
             "may challenge", "can challenge", "may dispute", "can dispute", "petition",
             "prazo", "plazo", "objection", "beroep", "oikaisu", "muutoksenhak", "reclam",
             "alegaciones", "impugnaci",
             # round 18 ("tl18i")
             "överklag", "overklag", "klage", "تظلم", "اعتراض", "ערעור", "השג",
             # round 21 ("tl21i")
             "გასაჩივრ", "apelyasiya", "apellyasiya", "жалб", "қайта", "ankes", "я дам",
             "я сообщу", "я отвечу", "я напишу",
             # round 22 ("tl22i")
             "rhowch wybod", "laat weet ons", "asseblief", "nos confirmes", "jekk jogħġbok",
             "راواستوئ", "راولېږئ", "እባክዎ", "សូមផ្ញើ", "ирүүлнэ", "getiriň", "iberiň",
             "அனுப்பவும்", "לנו", "جمع", "ارسال کنید", "กรุณาส่ง", "тапсырыңыз", "lutemi",
             "konfirmoni", "сообщите", "дайте", "пришлите", "подтвердите", "своё решение",
             "свое решение")


@functools.cache
def ask_re() -> re.Pattern[str]:
    """The candidate's own deadlines in Portuguese, Italian, Dutch, Polish, Czech, Nordic."""
    return re.compile(_ASK)


# round 18 ("tl18i"): the candidate's own wait told after the length, before following up
# ("espera cinco días hábiles antes de escribirnos", "attendez une semaine avant de nous
# relancer", "aspetta una settimana prima di contattarci", "aguarde uma semana antes de nos
# contatar", "warten Sie eine Woche, bevor Sie nachfragen"): no promise of ours
FOLLOW_UP_AFTER_RE = re.compile(
    r"[\s,]+(?:antes\s+de\s+(?:escribirnos|contactarnos|llamarnos|volver\s+a\s+(?:escribir|llamar)"
    r"|nos\s+(?:contatar|escrever|ligar)|(?:entrar\s+em\s+)?contat(?:ar|o))"
    r"|avant\s+de\s+(?:nous\s+)?(?:relancer|recontacter|contacter|(?:é|e)crire|rappeler)"
    r"|prima\s+di\s+(?:contattarci|scriverci|ricontattarci|sollecitare|richiamare)"
    r"|bevor\s+sie\s+(?:nachfragen|sich\s+(?:melden|erkundigen)|anrufen))\b")

