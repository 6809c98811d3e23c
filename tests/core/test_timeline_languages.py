"""French, German and Spanish promise wording, and the candidate's own deadlines in them.

Written for issue #15 after the tuning batch of tests/data/real_timeline.jsonl showed the gaps;
the reference is Tuesday 10 March 2026. A promise may land within two days of the expected day
(the same tolerance as "a few days"); a candidate's deadline must give no promise at all.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from interview_sync.core.timeline.extract import extract_timeline

REF = datetime.fromisoformat("2026-03-10T15:00:00+01:00")

CASES = [
    ("FR", "Nous vous tiendrons informé d'ici vendredi.", "2026-03-13"),
    ("FR", "Nous reviendrons vers vous sous huitaine.", "2026-03-17"),
    ("FR", "Vous recevrez notre réponse sous quinzaine.", "2026-03-24"),
    ("FR", "Nous vous ferons part de notre décision la semaine prochaine.", "2026-03-20"),
    ("FR", "Nous reprendrons contact avec vous d'ici la fin du mois.", "2026-03-31"),
    ("FR", "Nous vous recontacterons dans quelques jours.", "2026-03-13"),
    ("FR", "Vous aurez un retour dans les deux semaines.", "2026-03-24"),
    # the end of next week, not of this one (round 1's blind miss, in other words)
    ("FR", "Vous aurez notre réponse à la fin de la semaine prochaine.", "2026-03-20"),
    ("FR", "Nous reviendrons vers vous d'ici fin de semaine prochaine.", "2026-03-20"),
    ("FR", "Merci de nous confirmer votre présence avant vendredi.", None),
    ("FR", "Merci d'envoyer votre CV avant jeudi.", None),
    ("DE", "Wir informieren Sie bis Freitag über unsere Entscheidung.", "2026-03-13"),
    ("DE", "Sie erhalten innerhalb der nächsten zwei Wochen eine Zu- oder Absage.", "2026-03-24"),
    ("DE", "Wir kommen in den kommenden Tagen auf Sie zu.", "2026-03-13"),
    ("DE", "Wir geben Ihnen kommende Woche Bescheid.", "2026-03-20"),
    ("DE", "Bitte rechnen Sie mit etwa vier Wochen für die Bearbeitung.", "2026-04-07"),
    ("DE", "Eine Entscheidung treffen wir voraussichtlich in der KW 13.", "2026-03-27"),
    ("DE", "Bitte senden Sie uns Ihre Unterlagen bis Freitag.", None),
    ("ES", "Le informaremos de nuestra decisión antes del viernes.", "2026-03-13"),
    ("ES", "Nos comunicaremos con usted dentro de dos semanas.", "2026-03-24"),
    ("ES", "Tendrá noticias nuestras en un par de semanas.", "2026-03-24"),
    ("ES", "Recibirá noticias nuestras en los próximos días.", "2026-03-13"),
    ("ES", "Por favor, confirme su asistencia antes del jueves.", None),
    ("ES", "Envíenos su documentación antes del jueves.", None),
]


@pytest.mark.parametrize(("country", "text", "expect"), CASES)
def test_promise_wording(country: str, text: str, expect: str | None) -> None:
    found = extract_timeline(text, REF, country=country)
    if expect is None:
        assert found is None, found
    else:
        assert found is not None, text
        assert abs((found.respond_by - date.fromisoformat(expect)).days) <= 2, found


@pytest.mark.parametrize(("text", "expect"), [
    ("Applicants selected will be notified within two weeks following the closing date of "
     "March 14.", "2026-03-28"),
    ("If you have not heard from us within four weeks of the closing date (20 March), please "
     "assume you have not been successful.", "2026-04-17"),
    ("Die Rückmeldung erfolgt zwei Wochen nach Ende der Bewerbungsfrist am 20. März.",
     "2026-04-03"),
])
def test_a_promise_counted_from_a_named_closing_date(text: str, expect: str) -> None:
    found = extract_timeline(text, REF, country="GB")
    assert found is not None and found.respond_by == date.fromisoformat(expect), found


def test_the_closing_date_alone_is_no_promise() -> None:
    found = extract_timeline("We'll be in touch within two weeks of the closing date, 27 March.",
                             REF, country="GB")
    assert found is not None and found.respond_by == date(2026, 4, 10)
