"""Has the employer written back since the interview? Pure matching of mailbox metadata.

Owns: ``heard_back`` (an interview + the inbox's message metadata → the first reply or None),
``employer_domains`` and the free-mail / scheduling-tool domain lists it needs.

A message counts as the employer's reply when it was received strictly after the interview's end
and its sender is one of:

* a person on the interview (interviewer or support) by exact address, whatever the domain;
* the invite's organiser (often the recruiter or the scheduling tool's sender);
* anyone at the employer's domain (or a subdomain of it: ``talent.acme.com`` for ``acme.com``).
  The employer's domains are the domains of the people's addresses, minus free-mail providers
  (a personal gmail.com interviewer must not make every Gmail user "the employer"), minus the
  shared domains of scheduling tools (greenhouse.io sends for thousands of companies) and
  minus the user's own domain (an internal candidate's colleagues are not the employer).

Never a reply: anything labelled ``SENT`` or ``DRAFT`` (the user's own mail) and anything whose
sender is the user. Only metadata is read; bodies never reach this module.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from email.utils import parseaddr

from interview_sync.core.address import mail_address
from interview_sync.core.model import InboundMessage, Interview

__all__ = ["FREE_MAIL_DOMAINS", "SCHEDULING_DOMAINS", "employer_domains", "heard_back",
           "normalise_address"]

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
    "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me",
    "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "mail.com", "yandex.ru",
    "yandex.com", "mail.ru", "qq.com", "163.com", "126.com", "zoho.com", "fastmail.com",
    "hey.com", "tutanota.com", "orange.fr", "free.fr", "laposte.net", "libero.it",
    "rediffmail.com", "naver.com", "seznam.cz", "wp.pl", "o2.pl", "outlook.de", "hotmail.de",
})

# Domains that send on behalf of many employers: a match on them says nothing about *this* one.
SCHEDULING_DOMAINS = frozenset({
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "ashbyhq.com",
    "goodtime.io", "calendly.com", "myworkday.com", "smartrecruiters.com",
    "icims.com", "jobvite.com", "bamboohr.com", "workable.com", "recruitee.com",
    "teamtailor.com", "personio.de", "gem.com", "paradox.ai", "modernloop.io", "prelude.co",
    "resource.calendar.google.com", "group.calendar.google.com",
})

_OWN_MAIL_LABELS = frozenset({"SENT", "DRAFT"})


@functools.lru_cache(maxsize=8192)
def normalise_address(value: str) -> str:
    """``"Kim <Kim@Acme.com>"`` or ``" kim@acme.com "`` → ``"kim@acme.com"``; junk → ``""``."""
    plain = (value or "").strip()
    if plain.isascii() and plain.count("@") == 1 and not any(c in plain for c in ' <>"(),;:\\[]'):
        return plain.lower()  # the common case, without the (slow) RFC 5322 parser
    _, address = parseaddr(plain)
    address = address.strip().lower()
    if not address.isascii():
        # an internationalised domain in its A-label form, as the inbox adapter stores senders
        return mail_address(address) or ""
    return address if "@" in address else ""


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def _within(domain: str, parents: Iterable[str]) -> bool:
    return any(domain == p or domain.endswith("." + p) for p in parents)


def employer_domains(interview: Interview, *, me: str) -> frozenset[str]:
    """The employer's own mail domains, as far as the people's addresses show them."""
    mine = _domain(normalise_address(me))
    found: set[str] = set()
    for address in (p.email for p in interview.people):
        domain = _domain(normalise_address(address))
        if (not domain or domain == mine or domain in FREE_MAIL_DOMAINS
                or _within(domain, SCHEDULING_DOMAINS)):
            continue
        found.add(domain)
    return frozenset(found)


def heard_back(interview: Interview, inbox: Sequence[InboundMessage], *,
               me: str) -> InboundMessage | None:
    """The earliest message from the employer received after ``interview`` ended, else None.

    Ties on the receipt time are broken by message id, so the answer does not depend on the
    order of ``inbox``.
    """
    me_address = normalise_address(me)
    known = {normalise_address(p.email) for p in interview.people} - {"", me_address}
    organiser = normalise_address(interview.organizer_email or "")
    if organiser and organiser != me_address:
        known.add(organiser)
    domains = employer_domains(interview, me=me)
    best: InboundMessage | None = None
    for message in inbox:
        if message.received <= interview.end or message.labels & _OWN_MAIL_LABELS:
            continue
        if best is not None and (message.received, message.message_id) >= (best.received,
                                                                          best.message_id):
            continue  # cheap first: a time-sorted inbox stops matching after the first reply
        sender = normalise_address(message.sender)
        if not sender or sender == me_address:
            continue
        if sender in known or _within(_domain(sender), domains):
            best = message
    return best
