"""Concept × language tables of hiring steps and their state, for the interview decision.

Owns, per language of ``lexicon.LANGS`` (the same cell rules as ``lexicon``: lower-case stems
matched at a word start, anywhere in scripts without spaces; an empty cell explained in
``lexicon.GAPS``; tests/core/test_detect_lexicon.py checks each cell against its rule), three
concepts round 8's blind batch missed in one language each and round 9 wrote for all: the
words of a cancelled event (a veto, ``lookalikes.title_is_lookalike``), a phone screen and a
trial day at the prospective employer (explicit titles, ``rules.strong_title``). Pure data.
"""

from __future__ import annotations

__all__ = ["CANCELLED", "PHONE_SCREEN", "TRIAL"]

Cells = dict[str, tuple[str, ...]]

# Round 9: a title that says the employer (or anyone) cancelled the event ("ANNULLATO:
# Colloquio – ...", "Abgesagt: Vorstellungsgespräch", "CANCELADA: Entrevista"): no interview
# will take place, so nothing is drafted for it (an event Google marks cancelled leaves earlier,
# ``classify``). A veto whatever else the title says (``lookalikes.title_is_lookalike``).
CANCELLED: Cells = {
    "en": ("cancelled", "canceled", "called off"),
    "de": ("abgesagt", "storniert", "entfällt"),
    "fr": ("annulé", "annulée", "annulation"),
    "es": ("cancelada", "cancelado", "anulada", "anulado", "suspendida"),
    "it": ("annullato", "annullata", "cancellato", "cancellata", "disdetto"),
    "pt": ("cancelada", "cancelado", "desmarcada", "desmarcado"),
    "nl": ("geannuleerd", "afgezegd", "vervallen"),
    "pl": ("odwołane", "odwołana", "odwołany", "anulowane"),
    "cs": ("zrušeno", "zrušený", "zrušená"),
    "sk": ("zrušené", "zrušený", "zrušená"),
    "ro": ("anulat", "anulată"),
    "hu": ("elmarad", "lemondva", "törölve"),
    "fi": ("peruttu", "peruutettu", "peruuntunut"),
    "sv": ("inställd", "inställt", "avbokad", "avbokat"),
    "no": ("avlyst", "kansellert"),
    "da": ("aflyst", "annulleret"),
    "tr": ("iptal edildi", "iptal"),
    "el": ("ακυρώθηκε", "ακυρώνεται", "ακύρωση"),
    "ru": ("отменено", "отменена", "отменён", "отменен"),
    "uk": ("скасовано", "скасована", "скасований"),
    "he": ("בוטל", "בוטלה"),
    "ar": ("ملغاة", "ملغى", "تم الإلغاء"),
    "hi": ("रद्द",),
    "th": ("ยกเลิก",),
    "vi": ("đã hủy", "hủy bỏ"),
    "id": ("dibatalkan", "batal "),
    "ms": ("dibatalkan", "batal "),
    "ja": ("キャンセル", "中止"),
    "zh": ("已取消", "取消"),
    "ko": ("취소",),
    "fa": ("لغو شد", "لغو"),
    "hr": ("otkazano", "otkazan", "otkazana"),
    "sr": ("otkazano", "otkazan", "отказано"),
    "bg": ("отменено", "отменена", "отменен"),
    # round 10
    "lt": ("atšaukta", "atšauktas"),
    "lv": ("atcelts", "atcelta"),
    "et": ("tühistatud", "jääb ära"),
    "sl": ("odpovedano", "preklicano", "odpovedan"),
    "ca": ("cancel·lada", "cancel·lat", "anul·lada"),
}

# Round 9: a phone screen named without the interview word, or with it, in each language
# (Portuguese "Triagem por telefone" was silent in round 8's blind batch). Explicit titles,
# like ``INTERVIEW``. Sources for the wording, one a language where the interview word alone
# does not carry it: pt, cursosonline55.com "A entrevista telefónica (triagem)" and
# indeed.com.br "entrevista por telefone ... triagem prévia"; es, curriculumytrabajo.com and
# the "preselección telefónica" of Spanish recruiters' guides; fr, "entretien téléphonique",
# "préqualification téléphonique"; it, "colloquio telefonico"; nl, "telefonische screening".
PHONE_SCREEN: Cells = {
    "en": ("phone screen", "phone interview", "telephone interview", "phone screening"),
    "de": ("telefoninterview", "telefonisches interview", "telefonisches vorstellungsgespräch"),
    "fr": ("entretien téléphonique", "préqualification téléphonique", "entretien par téléphone"),
    "es": ("entrevista telefónica", "entrevista por teléfono", "preselección telefónica",
           "cribado telefónico"),
    "it": ("colloquio telefonico", "screening telefonico", "intervista telefonica"),
    "pt": ("entrevista por telefone", "entrevista telefónica", "entrevista telefônica",
           "triagem por telefone", "triagem telefónica", "triagem telefônica", "pré-triagem"),
    "nl": ("telefonisch interview", "telefonische screening", "telefonisch sollicitatiegesprek"),
    "pl": ("telefoniczna rozmowa kwalifikacyjna", "rozmowa kwalifikacyjna przez telefon",
           "wstępna rozmowa telefoniczna"),
    "cs": ("telefonický pohovor", "telefonní pohovor"),
    "sk": ("telefonický pohovor",),
    "ro": ("interviu telefonic",),
    "hu": ("telefonos interjú",),
    "fi": ("puhelinhaastattelu",),
    "sv": ("telefonintervju",),
    "no": ("telefonintervju",),
    "da": ("telefoninterview", "telefonsamtale om stillingen"),
    "tr": ("telefon mülakatı", "telefonla mülakat"),
    "el": ("τηλεφωνική συνέντευξη",),
    "ru": ("телефонное интервью", "телефонное собеседование"),
    "uk": ("телефонне інтерв'ю", "телефонна співбесіда"),
    "he": ("ראיון טלפוני",),
    "ar": ("مقابلة هاتفية",),
    "hi": ("टेलीफोनिक इंटरव्यू", "फोन इंटरव्यू"),
    "th": ("สัมภาษณ์ทางโทรศัพท์",),
    "vi": ("phỏng vấn qua điện thoại",),
    "id": ("wawancara telepon", "wawancara via telepon"),
    "ms": ("temu duga telefon",),
    "ja": ("電話面接",),
    "zh": ("电话面试", "電話面試"),
    "ko": ("전화 면접", "전화면접"),
    "fa": ("مصاحبه تلفنی",),
    "hr": ("telefonski intervju",),
    "sr": ("telefonski intervju", "телефонски интервју"),
    "bg": ("телефонно интервю",),
    # round 10
    "lt": ("telefoninis darbo pokalbis", "atrankos pokalbis telefonu"),
    "lv": ("telefonintervija", "intervija pa tālruni"),
    "et": ("telefoniintervjuu",),
    "sl": ("telefonski intervju", "telefonski razgovor za službo"),
    "ca": ("entrevista telefònica",),
}

# Round 9: a trial day or shift at the prospective employer, as the hiring step it is (round 8:
# a teacher's trial day was silent). Sources: de, planet-beruf.de
# ("Probearbeit"), blog.silverpc.hu ("Probetag"); nl, trouw.nl ("proefdag", "proefdraaien");
# fr, centrecapital.be ("journée d'essai"); pt, diarioliberdade.org ("dia de experiência").
# Hints, not explicit (a child's trial day at a daycare, a gym's trial session): an outside
# organisation's invitation seconds them (``rules.invited_to_trial``). "Probearbeit" is explicit
# already (``words.SELECTION_DAY``), as is a "working interview" (the interview word).
TRIAL: Cells = {
    "en": ("trial shift", "trial session"),
    "de": ("probetag", "probeschicht"),
    "fr": ("journée d'essai", "journée d’essai", "essai professionnel"),
    "es": ("día de prueba", "jornada de prueba"),
    "it": ("giornata di prova", "prova di lavoro"),
    "pt": ("dia de experiência", "dia de teste"),
    "nl": ("proefdag", "proefdraaien", "proefwerkdag"),
    "pl": ("dzień próbny",),
    "cs": ("zkušební den",),
    "sk": ("skúšobný deň",),
    "ro": ("zi de probă",),
    "hu": ("próbanap",),
    "fi": ("koepäivä", "koetyöpäivä"),
    "sv": ("provdag", "provjobb", "provpass"),
    "no": ("prøvedag", "prøvevakt"),
    "da": ("prøvedag", "prøvevagt"),
    "tr": ("deneme günü",),
    "el": ("δοκιμαστική ημέρα",),
    "ru": ("пробный день", "пробная смена"),
    "uk": ("пробний день", "пробна зміна"),
    "he": ("יום ניסיון",),
    "ar": (),
    "hi": (),
    "th": (),
    "vi": (),
    "id": (),
    "ms": (),
    "ja": (),
    "zh": ("试工",),
    "ko": (),
    "fa": (),
    "hr": ("probni dan",),
    "sr": ("probni dan",),
    "bg": ("пробен ден",),
    # round 10
    "lt": ("bandomoji diena", "bandomoji darbo diena"),
    "lv": (),
    "et": ("proovipäev", "proovitöö"),
    "sl": (),
    "ca": ("dia de prova",),
}
