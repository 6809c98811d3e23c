"""One emulated Google account on a loopback port: the ``Emulator`` the package exports.

Owns the account's lifecycle (seeding, the serving thread) and the controls tests and benches
use (OAuth grants, sync-token invalidation, hold points, the request log). It lives here, not in
the package's ``__init__``, so that importing a light sibling (``installation``, which the proof
harness and ``demo`` use to write a config) does not load the whole emulator (see ``__init__``).
"""

from __future__ import annotations

import email
import email.policy
import itertools
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from interview_sync.emulator.calendar import CalendarStore
from interview_sync.emulator.faults import FaultPlan, FaultSpec
from interview_sync.emulator.gmail import Mailbox
from interview_sync.emulator.oauth import OAuth
from interview_sync.emulator.routes import full_scope
from interview_sync.emulator.seed import Seed, SeedError, load_seed, parse_seed
from interview_sync.emulator.server import DEFAULT_JSON_LIMIT, EmulatorServer, RequestRecord
from interview_sync.emulator.wire import ApiError, b64url_encode

__all__ = ["Emulator"]

JsonObj = dict[str, Any]


class Emulator:
    """One emulated Google account on a loopback port. ``with Emulator(seed) as emu: ...``"""

    def __init__(self, seed: Mapping[str, Any] | Seed | str | Path | None = None, *,
                 host: str = "127.0.0.1", port: int = 0,
                 faults: str | FaultSpec | None = None,
                 access_token_lifetime: int = 3599,
                 json_limit: int = DEFAULT_JSON_LIMIT,
                 search_lag: float = 0.0,
                 rewrite_message_id: bool = False) -> None:
        if isinstance(seed, str | Path):
            parsed = load_seed(seed)
        elif isinstance(seed, Seed):
            parsed = seed
        else:
            parsed = parse_seed(seed or {}, source="seed")
        self.lock = threading.RLock()
        self.host, self.port = host, port
        self.calendar = CalendarStore(me=parsed.me, tz_name=parsed.time_zone)
        self.mailbox = Mailbox(me=parsed.me, search_lag=search_lag,
                               rewrite_message_id=rewrite_message_id)
        self.json_limit = json_limit
        self.uploads: dict[str, tuple[Any, bytearray, int | None]] = {}
        self._upload_ids = itertools.count(1)
        self._held = threading.Semaphore(0)
        self._release = threading.Event()
        self.oauth = OAuth(access_lifetime=access_token_lifetime)
        self.faults = FaultPlan.of(faults)
        self._requests: list[RequestRecord] = []
        self._server: EmulatorServer | None = None
        self._thread: threading.Thread | None = None
        self._load(parsed)

    def _load(self, seed: Seed) -> None:
        for i, event in enumerate(seed.events):
            cal_id = str(event.get("calendarId") or "primary")
            try:
                self.calendar.insert(cal_id, event, organiser_side=True, create=True)
            except ApiError as exc:
                raise SeedError(f"seed: events[{i}]: {exc}") from None
        threads: dict[str, str] = {}
        for message in seed.messages:
            date = datetime.fromisoformat(message["date"]) if message.get("date") else None
            key = message.get("threadId")
            got = self.mailbox.deliver(
                sender=message["from"], to=message.get("to"), subject=message["subject"],
                body=str(message.get("body", "")), date=date,
                thread_id=threads.get(key) if isinstance(key, str) else None,
                message_id=message.get("messageId"))
            if isinstance(key, str):
                threads.setdefault(key, got["threadId"])

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> Emulator:
        if self._server is None:
            self._server = EmulatorServer((self.host, self.port), self)
            self.port = self._server.server_address[1]
            self._thread = threading.Thread(target=self._server.serve_forever,
                                            kwargs={"poll_interval": 0.05},
                                            name=f"emulator:{self.port}", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def me(self) -> str:
        return self.calendar.me

    # -- OAuth controls -------------------------------------------------------------------
    def issue_token(self, scopes: Sequence[str], *, client_id: str = "emulator-client",
                    client_secret: str = "emulator-secret") -> JsonObj:
        """An authorized-user info dict, what ``--token-out`` writes."""
        full = [full_scope(s) for s in scopes]
        refresh = self.oauth.issue(full, client_id, client_secret)
        return {"client_id": client_id, "client_secret": client_secret,
                "refresh_token": refresh, "token_uri": self.url + "/token", "scopes": full,
                "type": "authorized_user"}

    def client_secrets(self, *, client_id: str = "emulator-client",
                       client_secret: str = "emulator-secret") -> JsonObj:
        self.oauth.clients.setdefault(client_id, client_secret)
        return {"installed": {
            "client_id": client_id, "client_secret": client_secret, "project_id": "emulator",
            "auth_uri": self.url + "/o/oauth2/auth", "token_uri": self.url + "/token",
            "auth_provider_x509_cert_url": self.url + "/oauth2/v1/certs",
            "redirect_uris": ["http://localhost"]}}

    def revoke(self, token: str | None = None) -> bool:
        """Revoke a grant by its refresh or access token (None: every grant); as at Google, the
        grant's refresh token and all its access tokens die together (docs/emulator.md)."""
        return self.oauth.revoke(token)

    def expire_refresh_tokens_after(self, seconds: float | None) -> None:
        """Refresh tokens older than ``seconds`` answer invalid_grant (None lifts the limit)."""
        self.oauth.refresh_max_age = seconds

    def expire_access_tokens(self) -> None:
        """Every access token handed out so far now answers 401 (clients refresh and retry)."""
        self.oauth.expire_access_tokens()

    def grant_only(self, scopes: Sequence[str] | None) -> None:
        """Future consents grant only these of the requested scopes (the user unticked some)."""
        self.oauth.granted_override = None if scopes is None else frozenset(
            full_scope(s) for s in scopes)

    # -- Calendar controls ----------------------------------------------------------------
    def invalidate_sync_tokens(self) -> None:
        with self.lock:
            self.calendar.invalidate_sync_tokens()

    def insert_event(self, event: Mapping[str, Any], calendar_id: str = "primary") -> JsonObj:
        with self.lock:
            return self.calendar.insert(calendar_id, dict(event), organiser_side=True,
                                        create=True)

    def patch_event(self, event_id: str, changes: Mapping[str, Any],
                    calendar_id: str = "primary") -> JsonObj:
        with self.lock:
            return self.calendar.change(calendar_id, event_id, dict(changes), replace=False)

    def delete_event(self, event_id: str, calendar_id: str = "primary") -> None:
        with self.lock:
            self.calendar.delete(calendar_id, event_id)

    def events(self, calendar_id: str = "primary") -> list[JsonObj]:
        """Every stored event (cancelled ones included), full resources."""
        with self.lock:
            cal = self.calendar.calendar(calendar_id, create=True)
            return [dict(s.resource) for s in cal.events.values()]

    # -- Gmail controls -------------------------------------------------------------------
    def deliver_message(self, *, sender: str, to: str | None = None, subject: str,
                        body: str = "", date: datetime | None = None,
                        thread_id: str | None = None, message_id: str | None = None,
                        headers: Mapping[str, str] | None = None) -> JsonObj:
        with self.lock:
            return self.mailbox.deliver(sender=sender, to=to, subject=subject, body=body,
                                        date=date, thread_id=thread_id, message_id=message_id,
                                        headers=dict(headers or {}))

    def send_draft_as_user(self, draft_id: str) -> JsonObj:
        with self.lock:
            return self.mailbox.draft_send({"id": draft_id}, None, via="user")

    def edit_draft_as_user(self, draft_id: str, *, body: str | None = None,
                           subject: str | None = None,
                           drop_attachments: bool = False) -> JsonObj:
        """What the user does in Gmail's editor: same draft id, a new message id. A new
        ``body`` replaces the text and keeps the attached files (as the editor does);
        ``drop_attachments`` removes the files (the user clicked their "x")."""
        with self.lock:
            msg = self.mailbox.messages[self.mailbox.drafts[draft_id]] \
                if draft_id in self.mailbox.drafts else None
            if msg is None:
                raise ApiError.not_found("Requested entity was not found.")
            parsed = email.message_from_bytes(msg.view.raw, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            if subject is not None:
                del parsed["Subject"]
                parsed["Subject"] = subject
            text = parsed.get_body(preferencelist=("plain",))
            if drop_attachments:
                kept = body if body is not None else (
                    text.get_content() if isinstance(text, EmailMessage) else "")
                parsed.clear_content()
                parsed.set_content(kept)
            elif body is not None:
                (text if isinstance(text, EmailMessage) else parsed).set_content(body)
            raw = parsed.as_bytes()
            return self.mailbox.draft_update(draft_id, {"message": {
                "raw": b64url_encode(raw), "threadId": msg.thread_id}})

    def delete_draft_as_user(self, draft_id: str) -> None:
        """The user discards the draft in Gmail."""
        with self.lock:
            self.mailbox.draft_delete(draft_id)

    def truncate_history(self) -> None:
        with self.lock:
            self.mailbox.truncate_history()

    # -- realism switches -----------------------------------------------------------------
    def set_search_lag(self, seconds: float) -> None:
        """Drafts and messages match a search ``q`` only this long after they were written."""
        with self.lock:
            self.mailbox.search_lag = seconds

    def set_rewrite_message_id(self, on: bool) -> None:
        """Gmail replaces the caller's Message-ID on drafts (FlowCrypt/flowcrypt-browser#4273)."""
        with self.lock:
            self.mailbox.rewrite_message_id = on

    def open_upload(self, call: Any, total: int | None) -> str:
        """A resumable upload session for ``call``; its id goes into the session URI."""
        with self.lock:
            session = f"ADPycd{next(self._upload_ids):08d}"
            self.uploads[session] = (call, bytearray(), total)
            return session

    # -- crash points (fault kinds hold_before / hold_after) ------------------------------
    def hold(self, timeout: float = 60.0) -> None:
        """Called by the server thread of a held request: announce it, wait to be released."""
        self._held.release()
        self._release.wait(timeout)

    def wait_held(self, timeout: float) -> bool:
        """True once a request is being held (the client is waiting for its answer)."""
        return self._held.acquire(timeout=timeout)

    def release_held(self) -> None:
        """Let every held request go (they end with a dropped connection)."""
        self._release.set()

    # -- faults and inspection ------------------------------------------------------------
    def set_faults(self, spec: str | FaultSpec | None) -> None:
        self.faults = FaultPlan.of(spec)
        self._release = threading.Event()
        self._held = threading.Semaphore(0)

    def log_request(self, record: RequestRecord) -> None:
        with self.lock:
            self._requests.append(record)

    @property
    def requests(self) -> list[RequestRecord]:
        with self.lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self.lock:
            self._requests.clear()

    @property
    def drafts(self) -> list[JsonObj]:
        with self.lock:
            return self.mailbox.draft_views()

    @property
    def sent(self) -> list[JsonObj]:
        with self.lock:
            return [dict(s) for s in self.mailbox.sent]

    def state(self) -> JsonObj:
        with self.lock:
            return {"me": self.me, "url": self.url,
                    "now": datetime.now(UTC).isoformat(),
                    "requests": [r.to_json() for r in self._requests],
                    "drafts": self.mailbox.draft_views(),
                    "sent": [dict(s) for s in self.mailbox.sent],
                    "events": self.calendar.event_count(),
                    "messages": len(self.mailbox.messages),
                    "historyId": str(self.mailbox.history_id),
                    "faults": self.faults.spec.text}
