"""Round 25: people named by a courtesy title and a surname alone (``people_ranks.courtesy_surnames``)."""

from __future__ import annotations

import pytest

from interview_sync.core.detect.people_ranks import courtesy_surnames


@pytest.mark.parametrize(("text", "want"), [
    ("Interview – Line Cook (ask for Mr Aquilina at the pass)", ["Aquilina"]),
    ("Entrevista con la Sra. Villalba y el Dr. Sosa, Recursos Humanos", ["Villalba", "Sosa"]),
    ("komisja: Pan Nowicki i Pani Zając", ["Nowicki", "Zając"]),
    ("Vorstellungsgespräch (Frau Obermeier)", ["Obermeier"]),
    # stacked titles: the surname after the last one, never a title ("Fr. Dr" read "Dr")
    ("Gespräch bei Seeland Pumpen (Hr. Dr. Wendlinger, Fr. Lutz)", ["Wendlinger", "Lutz"]),
])
def test_a_lone_surname_after_a_courtesy_title_is_a_person(text: str, want: list[str]) -> None:
    assert [d.name for d in courtesy_surnames(text, title=True)] == want


@pytest.mark.parametrize("text", [
    "Dear Ms Lindqvist, thank you for applying",        # the candidate greeted
    "Estimada Sra. Paredes: le confirmamos la cita",     # the candidate greeted
    "Interview – Sr. Developer – Quillon Systems",       # a senior job
    "Mr Tobias Renner will meet you at reception",       # a full name: other readers'
    "Interview – Backend Engineer",                      # no title at all
    "Rückfragen an Fr. Dr",                              # a title is never the surname
])
def test_no_surname_read(text: str) -> None:
    assert courtesy_surnames(text) == []
