"""Where a token may be sent: Google over https, or this machine (the emulator).

Owns ``token_destination_problem`` (a URL -> ``None`` when a refresh token or client secret may
be sent there, else why not). Pure and total.

The refresh token is the user's mailbox and calendar for as long as it lives, and it is POSTed
to the token endpoint on every refresh; the API base receives the access token on every call.
So ``[google] endpoint``, the token file's ``token_uri`` and the client JSON's ``token_uri``
must each be one of:

* ``https://`` to Google: ``googleapis.com`` or a subdomain (``oauth2.googleapis.com``,
  ``www.googleapis.com``, ``gmail.googleapis.com``), or ``accounts.google.com`` (the token URI
  older client JSON files carry);
* ``http://`` or ``https://`` to a loopback address (``127.0.0.0/8``, ``::1``, ``localhost``):
  the built-in emulator, which never leaves the machine.

Anything else (plain http to any other host, https to a host that is not Google's, user
information in the URL) is refused, with the reason.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

__all__ = ["GOOGLE_HOSTS", "is_loopback_host", "token_destination_problem"]

GOOGLE_HOSTS = ("googleapis.com", "accounts.google.com")


def is_loopback_host(host: str) -> bool:
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _google(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in GOOGLE_HOSTS)


def token_destination_problem(url: object) -> str | None:
    """``None`` if tokens may go to ``url``; else one sentence saying why not."""
    if not isinstance(url, str) or not url.strip():
        return "it is empty"
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as error:
        return f"it is not a valid URL ({error})"
    if parts.scheme not in ("http", "https") or not host:
        return "it is not an http(s) URL with a host"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or password"
    if is_loopback_host(host):
        return None
    if parts.scheme != "https":
        return (f"it is plain http to {host}, so the token would cross the network unencrypted "
                "(plain http is allowed only to 127.0.0.1, ::1 or localhost, for the emulator)")
    if not _google(host):
        return (f"{host} is not Google's (tokens go only to googleapis.com, accounts.google.com "
                "or a loopback address)")
    return None
