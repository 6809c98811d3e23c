"""Reply matching: which mail means the employer got back to the candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_sync.core.model import InboundMessage, Interview, Person
from interview_sync.core.replies import employer_domains, heard_back, normalise_address

END = datetime(2026, 6, 10, 15, tzinfo=UTC)
ME = "alex@gmail.com"


def make_interview(**overrides: object) -> Interview:
    fields: dict[str, object] = {
        "key": "iv1", "event_id": "e1", "title": "Interview", "company": "Acme", "role": None,
        "stage": None, "start": END - timedelta(hours=1), "end": END,
        "organizer_email": "no-reply@greenhouse.io",
        "people": (Person(email="kim@acme.example", name="Kim"),
                   Person(email="pat.personal@gmail.com", name="Pat"),
                   Person(email="jo@talent.acme.example", name="Jo", role="support")),
    }
    fields.update(overrides)
    return Interview(**fields)  # type: ignore[arg-type]


def msg(sender: str, *, after: timedelta = timedelta(days=1), labels: tuple[str, ...] = ("INBOX",),
        mid: str = "m1") -> InboundMessage:
    return InboundMessage(message_id=mid, sender=sender, received=END + after,
                          labels=frozenset(labels))


@pytest.mark.parametrize(("message", "counts"), [
    (msg("kim@acme.example"), True),  # a known interviewer
    (msg("KIM@ACME.EXAMPLE"), True),  # addresses compare case-insensitively
    (msg("Kim Lee <kim@acme.example>"), True),  # a display name around it
    (msg("offers@acme.example"), True),  # anyone at the employer's domain
    (msg("hr@mail.acme.example"), True),  # ... or a subdomain of it
    (msg("pat.personal@gmail.com"), True),  # a known person on free mail, by exact address
    (msg("stranger@gmail.com"), False),  # free mail is never "the employer's domain"
    (msg("no-reply@greenhouse.io"), True),  # the invite's organiser / scheduling sender
    (msg("other@greenhouse.io"), False),  # a scheduling tool's domain is not the employer's
    (msg("kim@acme.example.evil.com"), False),  # a lookalike domain
    (msg("kim@acme.example", after=timedelta(0)), False),  # at the end is not after it
    (msg("kim@acme.example", after=-timedelta(hours=2)), False),  # scheduling mail before
    (msg("kim@acme.example", labels=("SENT",)), False),  # the user's own mail
    (msg("kim@acme.example", labels=("DRAFT",)), False),
    (msg(ME), False),  # the user writing from their own address
    (msg("not an address"), False),
])
def test_what_counts_as_hearing_back(message: InboundMessage, counts: bool) -> None:
    assert (heard_back(make_interview(), [message], me=ME) is not None) is counts


@pytest.mark.parametrize("sender", ["kim@xn--bcher-kva.example", "Kim <kim@bücher.example>"])
def test_an_internationalised_domain_matches_in_either_form(sender: str) -> None:
    """The inbox adapter stores senders in A-label form (core.address); a person written with
    the Unicode domain is still recognised, and vice versa."""
    iv = make_interview(people=(Person(email="kim@bücher.example", name="Kim"),))
    assert heard_back(iv, [msg(sender)], me=ME) is not None
    assert normalise_address("kim@bücher.example") == "kim@xn--bcher-kva.example"


def test_the_users_own_domain_is_not_the_employer() -> None:
    iv = make_interview(people=(Person(email="kim@bigco.example", name="Kim"),),
                        organizer_email=None)
    assert employer_domains(iv, me="alex@bigco.example") == frozenset()
    assert heard_back(iv, [msg("boss@bigco.example")], me="alex@bigco.example") is None
    assert heard_back(iv, [msg("kim@bigco.example")], me="alex@bigco.example") is not None


def test_the_earliest_reply_wins_whatever_the_order() -> None:
    a = msg("kim@acme.example", after=timedelta(days=2), mid="b")
    b = msg("jo@talent.acme.example", after=timedelta(days=1), mid="a")
    c = msg("offers@acme.example", after=timedelta(days=1), mid="c")
    assert heard_back(make_interview(), [a, b, c], me=ME) is b
    assert heard_back(make_interview(), [c, a, b], me=ME) is b


def test_normalise_address() -> None:
    assert normalise_address(" Kim <Kim@Acme.Example> ") == "kim@acme.example"
    assert normalise_address("") == ""


@given(st.lists(st.builds(
    InboundMessage, message_id=st.text(max_size=5),
    sender=st.text(max_size=30) | st.sampled_from(["kim@acme.example", ME, "x@acme.example"]),
    received=st.datetimes(timezones=st.just(UTC)),
    labels=st.frozensets(st.sampled_from(["INBOX", "SENT", "DRAFT"])))))
def test_never_raises_and_never_counts_own_mail(inbox: list[InboundMessage]) -> None:
    found = heard_back(make_interview(), inbox, me=ME)
    if found is not None:
        assert not found.labels & {"SENT", "DRAFT"}
        assert found.received > END
        assert normalise_address(found.sender) != ME
