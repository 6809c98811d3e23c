"""OAuth 2.0 for the emulator: clients, refresh/access tokens, the token and consent endpoints.

Theory of operation: ``issue`` (or the consent page + authorization_code grant) creates a refresh
token bound to a client and a set of granted scopes. The token endpoint trades a refresh token for
a short-lived bearer access token (``expires_in`` = the emulator's lifetime, 3599 s by default, so
google-auth's 3 min 45 s early-expiry window never forces a refresh per call). ``check`` turns an
``Authorization`` header into the token's scopes or raises Google's 401 ``authError``. Refresh
tokens die by ``revoke`` or by a controllable age limit (Google's 7-day Testing-mode expiry), and
then the token endpoint answers 400 ``invalid_grant`` exactly as Google does.

Every access token remembers the grant (refresh token) it was minted from, because revocation
works on the grant: revoking a refresh token also kills the access tokens issued from it, and
revoking an access token revokes its refresh token too ("If the token is an access token and it
has a corresponding refresh token, the refresh token will also be revoked", Google's OAuth guides,
developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke and …/native-app
"Revoking a token"). An unknown token answers the revoke endpoint's documented 400.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from interview_sync.emulator.wire import ApiError

__all__ = ["OAuth", "OAuthError", "consent_page", "is_loopback_redirect"]

JsonObj = dict[str, Any]
CODE_LIFETIME = 600.0
INVALID_GRANT = "Token has been expired or revoked."


class OAuthError(Exception):
    """A token-endpoint failure: (status, {"error", "error_description"})."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(f"{error}: {description}")
        self.status = status
        self.body = {"error": error, "error_description": description}


@dataclass(slots=True, kw_only=True)
class _Refresh:
    client_id: str
    scopes: frozenset[str]
    issued: float
    revoked: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Access:
    scopes: frozenset[str]
    expires: float
    grant: str | None = None  # the refresh token it was minted from, if any


@dataclass(frozen=True, slots=True, kw_only=True)
class _Code:
    client_id: str
    redirect_uri: str
    scopes: frozenset[str]
    challenge: str | None
    method: str
    expires: float


@dataclass(slots=True)
class OAuth:
    """All OAuth state of one emulator. Thread-safe; the clock is ``time.time``."""

    access_lifetime: int = 3599
    clients: dict[str, str] = field(default_factory=lambda: {"emulator-client": "emulator-secret"})
    refresh_max_age: float | None = None
    granted_override: frozenset[str] | None = None
    _refresh: dict[str, _Refresh] = field(default_factory=dict)
    _access: dict[str, _Access] = field(default_factory=dict)
    _codes: dict[str, _Code] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- issuing --------------------------------------------------------------------------
    def issue(self, scopes: Iterable[str], client_id: str, client_secret: str) -> str:
        with self._lock:
            self.clients.setdefault(client_id, client_secret)
            token = "1//emu-" + secrets.token_urlsafe(24)
            self._refresh[token] = _Refresh(client_id=client_id, scopes=frozenset(scopes),
                                            issued=time.time())
            return token

    def mint_access(self, scopes: frozenset[str], grant: str | None = None) -> str:
        with self._lock:
            return self._mint(scopes, grant)

    def _mint(self, scopes: frozenset[str], grant: str | None) -> str:
        """Caller holds the lock (so a concurrent revoke cannot miss the new token)."""
        token = "ya29.emu-" + secrets.token_urlsafe(24)
        self._access[token] = _Access(scopes=scopes, grant=grant,
                                      expires=time.time() + self.access_lifetime)
        return token

    def revoke(self, token: str | None = None) -> bool:
        """Revoke one grant, named by its refresh token or any of its access tokens (None: all).

        Google revokes the whole grant either way (module docstring cites the OAuth guides): the
        refresh token stops refreshing and every access token minted from it stops working at
        once, not at its expiry. False when the token is unknown (the endpoint's 400)."""
        with self._lock:
            if token is None:
                for record in self._refresh.values():
                    record.revoked = True
                self._access.clear()
                return True
            access = self._access.pop(token, None)
            grant = access.grant if access is not None else token
            refresh = self._refresh.get(grant) if grant is not None else None
            if refresh is None:
                return access is not None
            refresh.revoked = True
            for name in [n for n, a in self._access.items() if a.grant == grant]:
                del self._access[name]
            return True

    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access.clear()

    # -- checking -------------------------------------------------------------------------
    def check(self, authorization: str | None) -> frozenset[str]:
        """Scopes of a ``Bearer`` header, or Google's 401 authError."""
        token = ""
        if authorization and authorization[:7].lower() == "bearer ":
            token = authorization[7:].strip()
        record = self._access.get(token)
        if record is None or record.expires <= time.time():
            raise ApiError(401, "authError", "Invalid Credentials", location="Authorization",
                           location_type="header",
                           headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
        return record.scopes

    # -- token endpoint -------------------------------------------------------------------
    def token(self, form: dict[str, list[str]]) -> JsonObj:
        def one(name: str) -> str:
            values = form.get(name) or [""]
            return values[0]

        grant = one("grant_type")
        client_id, secret = one("client_id"), one("client_secret")
        if not grant:
            raise OAuthError(400, "unsupported_grant_type", "Invalid grant_type: ")
        if self.clients.get(client_id) is None or self.clients[client_id] != secret:
            raise OAuthError(401, "invalid_client", "The OAuth client was not found."
                             if client_id not in self.clients else "Unauthorized")
        if grant == "refresh_token":
            return self._refresh_grant(client_id, one("refresh_token"), one("scope"))
        if grant == "authorization_code":
            return self._code_grant(client_id, one("code"), one("redirect_uri"),
                                    one("code_verifier"))
        raise OAuthError(400, "unsupported_grant_type", f"Invalid grant_type: {grant}")

    def _refresh_grant(self, client_id: str, token: str, scope: str) -> JsonObj:
        with self._lock:
            record = self._refresh.get(token)
            if record is None or record.revoked or self._too_old(record):
                raise OAuthError(400, "invalid_grant", INVALID_GRANT if record else "Bad Request")
            if record.client_id != client_id:
                raise OAuthError(401, "unauthorized_client", "Unauthorized")
            wanted = frozenset(scope.split()) if scope else record.scopes
            if not wanted <= record.scopes:
                raise OAuthError(400, "invalid_scope",
                                 "Some requested scopes were invalid. {invalid=["
                                 + ", ".join(sorted(wanted - record.scopes)) + "]}")
            issued = record.issued
            access = self._mint(wanted, token)
        body: JsonObj = {"access_token": access,
                         "expires_in": self.access_lifetime,
                         "scope": " ".join(sorted(wanted)), "token_type": "Bearer"}
        if self.refresh_max_age is not None:
            body["refresh_token_expires_in"] = max(
                0, int(issued + self.refresh_max_age - time.time()))
        return body

    def _too_old(self, record: _Refresh) -> bool:
        return (self.refresh_max_age is not None
                and time.time() - record.issued >= self.refresh_max_age)

    def _code_grant(self, client_id: str, code: str, redirect_uri: str,
                    verifier: str) -> JsonObj:
        with self._lock:
            record = self._codes.pop(code, None)
        if record is None or record.expires <= time.time():
            raise OAuthError(400, "invalid_grant", "Malformed auth code.")
        if record.client_id != client_id:
            raise OAuthError(400, "invalid_grant", "Unauthorized")
        if record.redirect_uri != redirect_uri:
            raise OAuthError(400, "redirect_uri_mismatch", "Bad Request")
        if record.challenge is not None:
            if not verifier:
                raise OAuthError(400, "invalid_grant", "Missing code verifier.")
            if record.method == "S256":
                digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
                computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
            else:
                computed = verifier
            if not secrets.compare_digest(computed, record.challenge):
                raise OAuthError(400, "invalid_grant", "Invalid code verifier.")
        refresh = self.issue(record.scopes, client_id, self.clients[client_id])
        return {"access_token": self.mint_access(record.scopes, grant=refresh),
                "expires_in": self.access_lifetime,
                "refresh_token": refresh, "scope": " ".join(sorted(record.scopes)),
                "token_type": "Bearer"}

    # -- authorization endpoint -----------------------------------------------------------
    def validate_auth_request(self, params: dict[str, str]) -> frozenset[str]:
        """Requested scopes, or OAuthError for what Google shows as 'Error 400'."""
        if params.get("client_id", "") not in self.clients:
            raise OAuthError(401, "invalid_client", "The OAuth client was not found.")
        if params.get("response_type") != "code":
            raise OAuthError(400, "unsupported_response_type", "response_type must be code")
        if not is_loopback_redirect(params.get("redirect_uri", "")):
            raise OAuthError(400, "invalid_request", "redirect_uri must be a loopback http URI")
        method = params.get("code_challenge_method", "plain")
        if params.get("code_challenge") and method not in {"S256", "plain"}:
            raise OAuthError(400, "invalid_request", "Invalid code_challenge_method")
        scopes = frozenset(params.get("scope", "").split())
        if not scopes:
            raise OAuthError(400, "invalid_request", "Missing required parameter: scope")
        return scopes

    def approve(self, params: dict[str, str], scopes: frozenset[str]) -> str:
        """Grant (the possibly narrowed) scopes; return the redirect URL with code and state."""
        granted = scopes & self.granted_override if self.granted_override is not None else scopes
        code = "4/emu-" + secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = _Code(
                client_id=params["client_id"], redirect_uri=params["redirect_uri"],
                scopes=granted, challenge=params.get("code_challenge") or None,
                method=params.get("code_challenge_method", "plain"),
                expires=time.time() + CODE_LIFETIME)
        query = {"code": code, "scope": " ".join(sorted(granted))}
        if "state" in params:
            query = {"state": params["state"], **query}
        return _with_query(params["redirect_uri"], query)

    @staticmethod
    def deny(params: dict[str, str]) -> str:
        query = {"error": "access_denied"}
        if "state" in params:
            query["state"] = params["state"]
        return _with_query(params["redirect_uri"], query)


def _with_query(uri: str, query: dict[str, str]) -> str:
    sep = "&" if urllib.parse.urlsplit(uri).query else "?"
    return uri + sep + urllib.parse.urlencode(query)


def is_loopback_redirect(uri: str) -> bool:
    parts = urllib.parse.urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost", "::1"}


def consent_page(params: dict[str, str], scopes: Sequence[str], me: str) -> str:
    """A small HTML consent screen; its Allow button POSTs the request back with decision=allow."""
    hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                     for k, v in params.items() if not k.startswith("_"))
    items = "".join(f"<li>{html.escape(s)}</li>" for s in scopes)
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign in - Google Accounts"
            "(emulator)</title></head><body><h1>interview-sync emulator wants access</h1>"
            f"<p>Signed in as {html.escape(me)}. This app would like to:</p><ul>{items}</ul>"
            f'<form method="post" action="/o/oauth2/auth">{hidden}'
            '<button name="decision" value="allow" id="allow">Allow</button> '
            '<button name="decision" value="deny" id="deny">Cancel</button></form></body></html>')
