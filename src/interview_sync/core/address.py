"""The one mail-address validator: every address that enters the program passes through here.

Owns ``mail_address`` (text -> a usable ``local@domain`` in ASCII, lower-cased, or ``None``),
``is_mail_address`` and ``header_address`` (a ``From:``-style header value -> its one address, or
``None``). Pure and total: any ``str`` in, never raises.

What counts as usable (RFC 5321 §4.1.2 and §4.5.3.1, RFC 5322 §3.2.3 and §3.4.1, RFC 5890-5891):

* the local part is a dot-atom of RFC 5322 ``atext``: ASCII letters, digits and
  ``!#$%&'*+/=?^_`{|}~-``, dots only between atoms, 1-64 octets. Quoted local parts
  (``"a b"@x``) and non-ASCII local parts (which need SMTPUTF8, RFC 6531, which a draft cannot
  promise) are refused: a person's real address never needs them, a hostile invite might;
* the domain is a host name of at least two labels, each 1-63 octets of letters, digits and
  inner hyphens, 253 octets in all, with a TLD that is not all digits; an internationalised
  domain is converted to its A-labels (``bücher.example`` -> ``xn--bcher-kva.example``) with
  IDNA 2008 + UTS #46 (the ``idna`` package, imported only when a non-ASCII domain appears);
  address literals (``[192.0.2.1]``) and a trailing dot (``ann@acme.example.``: a root label
  mail software handles inconsistently) are refused;
* the whole address is at most 254 octets (RFC 5321's path limit less the angle brackets).

Anything else gives ``None``: the caller drops that guest (one logged line), never a traceback.

A header value (``Kim Ng <kim@acme.example>``) names exactly one address or none: a control
character (a CR/LF smuggled into the value), a second address (``kim@acme.example,
eve@evil.example`` or ``kim@acme.example <eve@evil.example>``, which ``parseaddr`` would quietly
read as Kim) or a malformed one gives ``None``. A display name that looks like an address
(``"kim@acme.example" <eve@evil.example>``) is only a name: the address is Eve's.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import getaddresses
from functools import lru_cache

__all__ = ["MAX_ADDRESS", "header_address", "is_mail_address", "mail_address"]

MAX_ADDRESS = 254
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_LABEL_TEXT = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# Every label in one match (cheaper than a match per label): two or more, dot-separated.
_DOMAIN = re.compile(rf"(?:{_LABEL_TEXT}\.)+{_LABEL_TEXT}")


def _ascii_domain(domain: str) -> str | None:
    if domain.isascii():
        return domain.lower()
    try:
        import idna  # only for internationalised domains: keeps the daemon's import path light

        return idna.encode(domain, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError, ValueError):
        return None


def _domain_ok(domain: str) -> bool:
    if not domain or len(domain) > 253:
        return False
    if domain.rpartition(".")[2].isdigit():
        return False
    return _DOMAIN.fullmatch(domain) is not None


def mail_address(text: object) -> str | None:
    """``text`` as a usable ASCII address, lower-cased, or ``None`` when it is not one."""
    if not isinstance(text, str) or len(text) > 4 * MAX_ADDRESS:
        return None
    return _checked(text)


@lru_cache(maxsize=4096)  # the same people recur across a calendar (and in every event's checks)
def _checked(text: str) -> str | None:
    text = unicodedata.normalize("NFC", text.strip())
    local, at, domain = text.rpartition("@")
    if not at or not local or len(local) > 64 or not local.isascii():
        return None
    if _LOCAL.fullmatch(local) is None:
        return None
    ascii_domain = _ascii_domain(domain)
    if ascii_domain is None or not _domain_ok(ascii_domain):
        return None
    address = f"{local}@{ascii_domain}".lower()
    return address if len(address) <= MAX_ADDRESS else None


def is_mail_address(text: object) -> bool:
    return mail_address(text) is not None


def header_address(value: object) -> str | None:
    """The one address a ``From:``-style header value names, through ``mail_address``, or
    ``None`` when it names none, several, or carries control characters."""
    if not isinstance(value, str) or len(value) > 8 * MAX_ADDRESS:
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return None
    found = [address for _name, address in getaddresses([value]) if address or _name]
    if len(found) != 1:
        return None
    return mail_address(found[0])
