"""How people are greeted: by first name, and shared mailboxes as a team, never as a person."""

from __future__ import annotations

import pytest

from interview_sync.core.model import Person


@pytest.mark.parametrize(("name", "first", "team"), [
    ("Kim Ng", "Kim", False),
    ("Sam Ortiz (Recruiting Coordinator)", "Sam", False),
    ("Steve Jobs", "Steve", False),
    ("Lucía García", "Lucía", False),
    ("Contoso Scheduling", "", True),
    ("Globex HR", "", True),
    ("Fabrikam Talent", "", True),
    ("Umbrella Recruiting Team", "", True),
    ("", "", False),
])
def test_first_name_and_team_accounts(name: str, first: str, team: bool) -> None:
    person = Person(email="someone@example.com", name=name)
    assert person.is_team_account is team
    assert person.first_name == first

