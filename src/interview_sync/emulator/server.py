"""The emulator's HTTP front: parsing, routing, auth and scope checks, faults, the request log.

One ``ThreadingHTTPServer`` speaking HTTP/1.1 keep-alive with Content-Length on every response,
as httplib2 expects. Each request is parsed, routed (``routes.match``), put through the fault
plan, authenticated, scope-checked, and handed to the stores under the emulator's lock. Whatever
happens, the request is logged and the server keeps serving: a handler bug becomes a 500
``backendError``, never a dead thread or a half-written response.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import struct
import sys
import threading
import time
import traceback
import urllib.parse
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from interview_sync.emulator.faults import Fault, lock_end_after
from interview_sync.emulator.gmail import MAX_MESSAGE_BYTES
from interview_sync.emulator.oauth import OAuthError, consent_page
from interview_sync.emulator.routes import HANDLERS, Call, match, method_scopes
from interview_sync.emulator.wire import ApiError, error_body, rfc3339

if TYPE_CHECKING:
    from interview_sync.emulator import Emulator

__all__ = ["EmulatorServer", "RequestRecord"]

JsonObj = dict[str, Any]
JSON_TYPE = "application/json; charset=UTF-8"
# Media uploads carry the message itself (35 MB, discovery mediaUpload.maxSize) plus a little
# multipart framing; anything larger is refused before it is read.
MAX_UPLOAD_BODY = MAX_MESSAGE_BYTES + 65536
# JSON bodies (message.raw in base64url) are refused far sooner. Google does not document the
# limit; the reports are a ~6.5 MiB message refused with 413 (googleapis/google-api-go-client#374),
# two 4 MB attachments refused with 413 on drafts.update (FlowCrypt/flowcrypt-browser#1688) and
# an 8.5 MB body refused with an HTML 400 (googleapis/google-api-dotnet-client#804). 5 MiB is
# below every one of them; ``Emulator(json_limit=...)`` changes it.
DEFAULT_JSON_LIMIT = 5 * 1024 * 1024
# What Google's front end answers then: an HTML page, not a JSON error (same reports).
TOO_LARGE_PAGE = (b"<HTML>\n<HEAD>\n<TITLE>Request Entity Too Large</TITLE>\n</HEAD>\n"
                  b"<BODY BGCOLOR=\"#FFFFFF\" TEXT=\"#000000\">\n<H1>Request Entity Too Large"
                  b"</H1>\n<H2>Error 413</H2>\n</BODY>\n</HTML>\n")
HTML_TYPE = "text/html; charset=UTF-8"


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestRecord:
    """One logged request. ``status`` 0 means the connection was dropped with no response."""

    method: str
    path: str
    query: dict[str, list[str]]
    status: int
    method_id: str | None
    time: float
    duration_ms: float
    retry_after: str | None = None
    fault: str | None = None

    def to_json(self) -> JsonObj:
        return asdict(self)


class _Page(Exception):
    """Answer with an HTML page instead of a JSON error (Google's front end does that)."""

    def __init__(self, status: int, page: bytes) -> None:
        super().__init__(status)
        self.status = status
        self.page = page


class _Drop(Exception):
    """Abort the connection without a response (fault kinds reset/close/commit_drop)."""

    def __init__(self, kind: str, status: int = 0) -> None:
        super().__init__(kind)
        self.kind = kind
        self.status = status


class EmulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.emulator = emulator
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-request is routine (resets, timeouts); anything else is
        printed, and the server carries on either way."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """End keep-alive connections too, so a stopped emulator really stops answering."""
        with self._open_lock:
            for conn in list(self._open):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ESF"
    sys_version = ""
    timeout = 60
    disable_nagle_algorithm = True
    server: EmulatorServer

    def log_message(self, format: str, *args: Any) -> None:
        """The emulator keeps its own structured log; stderr stays quiet."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    # -- the one request path -------------------------------------------------------------
    def _serve(self) -> None:
        started = time.perf_counter()
        when = time.time()
        split = urllib.parse.urlsplit(self.path)
        path = split.path
        query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        record: dict[str, Any] = {"method_id": None, "retry_after": None, "fault": None}
        drop: _Drop | None = None
        try:
            status, headers, payload = self._respond(path, query, record)
        except _Drop as dropped:
            drop, record["fault"] = dropped, dropped.kind
            status, headers, payload = dropped.status, {}, b""
        except _Page as page:
            status, headers, payload = page.status, {"Content-Type": HTML_TYPE}, page.page
        except Exception:
            traceback.print_exc()
            status, headers = 500, {}
            payload = _json(error_body(500, "backendError", "Backend Error"))
        record["retry_after"] = headers.get("Retry-After")
        # Logged before the response leaves, so a client that has its answer sees it logged.
        self.server.emulator.log_request(RequestRecord(
            method=self.command, path=path, query=query, status=status, time=when,
            duration_ms=(time.perf_counter() - started) * 1000, **record))
        if drop is not None:
            self._abort(rst=drop.kind != "close")
        else:
            self._write(status, headers, payload)

    def _respond(self, path: str, query: dict[str, list[str]],
                 record: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        emu = self.server.emulator
        length_text = self.headers.get("Content-Length", "0") or "0"
        length = int(length_text) if length_text.isdigit() else -1
        if length < 0 or self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            return 411, {}, _json(error_body(411, "required", "Length Required"))
        session = (query.get("upload_id") or [""])[-1]
        found = match(self.command, path) if not session else None
        is_upload = session != "" or (not isinstance(found, list) and found is not None
                                      and found[0].upload)
        limit = MAX_UPLOAD_BODY if is_upload else emu.json_limit
        if length > limit:
            if length <= MAX_UPLOAD_BODY:
                # Read and discard it, so the client sees the answer rather than a broken
                # pipe half-way through sending (as it does from Google).
                left = length
                while left > 0:
                    left -= len(self.rfile.read(min(left, 1 << 20)) or b"\0" * left)
            self.close_connection = True
            if is_upload:
                return 413, {}, _json(error_body(413, "uploadTooLarge",
                                                 "Request payload size exceeds the limit"))
            return 413, {"Content-Type": HTML_TYPE}, TOO_LARGE_PAGE
        raw = self.rfile.read(length) if length else b""
        if session:
            return self._resumable(session, raw, record)
        if path == "/token":
            return self._token(raw, record)
        if path == "/o/oauth2/auth":
            return self._consent(query, raw)
        if path == "/revoke" and self.command == "POST":
            form = urllib.parse.parse_qs(raw.decode("utf-8", "replace")) or query
            # 200 on success, 400 invalid_token for a token Google does not know (the OAuth
            # guides' "Revoking a token"; the body is what Google's endpoint answers).
            if emu.revoke((form.get("token") or [""])[0] or "\0"):
                return 200, {}, b"{}"
            return 400, {}, _json({"error": "invalid_token",
                                   "error_description": "Token expired or revoked"})
        if path == "/_emulator/state" and self.command == "GET":
            return 200, {}, _json(emu.state())
        if found is None:
            found = match(self.command, path)
        if isinstance(found, list):
            if found:
                return 405, {"Allow": ", ".join(sorted(set(found)))}, _json(error_body(
                    405, "httpMethodNotAllowed", f"Method {self.command} is not allowed"))
            return 404, {}, _json(error_body(404, "notFound", f"Not Found: {path}"))
        route, raw_params = found
        record["method_id"] = route.method_id
        try:
            fault = self._fault(route.method_id, record)
            scopes = emu.oauth.check(self.headers.get("Authorization"))
            allowed = method_scopes(route.method_id)
            if allowed and not scopes & allowed:
                raise _insufficient(route.method_id)
            handler = HANDLERS.get(route.method_id)
            if handler is None:
                raise ApiError(501, "notImplemented",
                               f"{route.method_id} is not implemented by the emulator")
            call = Call(method_id=route.method_id, params=query,
                        path_params={k: urllib.parse.unquote(v) for k, v in raw_params.items()},
                        body=None, media=None)
            if route.upload and (query.get("uploadType") or [""])[-1] == "resumable":
                return self._open_session(call, raw, path)
            self._parse_body(call, raw, upload=route.upload)
            return self._run(handler, call, fault)
        except ApiError as exc:
            return exc.code, exc.headers, _json(exc.body)

    def _run(self, handler: Any, call: Call,
             fault: Fault | None) -> tuple[int, dict[str, str], bytes]:
        """Carry out one call (under the emulator's lock), honouring the hold/drop faults."""
        emu = self.server.emulator
        if fault is not None and fault.kind == "hold_before":
            emu.hold()
            raise _Drop("hold_before")
        with emu.lock:
            result = handler(emu.calendar, emu.mailbox, call)
        if fault is not None and fault.kind == "hold_after":
            emu.hold()
            raise _Drop("hold_after")
        if fault is not None and fault.kind == "commit_drop":
            raise _Drop("commit_drop", 204 if result is None else 200)
        if result is None:
            return 204, {}, b""
        return 200, {}, _json(result)

    # -- resumable uploads (developers.google.com/gmail/api/guides/uploads#resumable) -------
    def _open_session(self, call: Call, raw: bytes,
                      path: str) -> tuple[int, dict[str, str], bytes]:
        """The initiating request: metadata only; the answer's Location is the session URI."""
        emu = self.server.emulator
        call.body = _loads(raw) if raw.strip() else {}
        total = self.headers.get("X-Upload-Content-Length") or ""
        session = emu.open_upload(call, int(total) if total.isdigit() else None)
        query = urllib.parse.urlencode({"uploadType": "resumable", "upload_id": session})
        return 200, {"Location": f"{emu.url}{path}?{query}"}, b""

    def _resumable(self, session: str, raw: bytes,
                   record: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        """A PUT of bytes to a session URI: 308 with the Range kept, or the finished call."""
        emu = self.server.emulator
        upload = emu.uploads.get(session)
        if upload is None:
            return 404, {}, _json(error_body(404, "notFound", "No such upload session"))
        call, data, total = upload
        record["method_id"] = call.method_id
        span = (self.headers.get("Content-Range") or "").removeprefix("bytes ").strip()
        first, _, size = span.partition("/")
        if size.isdigit():
            total = int(size)
        if first != "*" and raw:
            start = int(first.split("-")[0]) if first.split("-")[0].isdigit() else len(data)
            del data[start:]
            data.extend(raw)
        if len(data) > MAX_MESSAGE_BYTES:
            emu.uploads.pop(session, None)
            return 413, {}, _json(error_body(413, "uploadTooLarge", "Message too large"))
        if total is None or len(data) < total:
            emu.uploads[session] = (call, data, total)
            headers = {"Range": f"bytes=0-{len(data) - 1}"} if data else {}
            return 308, headers, b""
        emu.uploads.pop(session, None)
        try:
            fault = self._fault(call.method_id, record)
            emu.oauth.check(self.headers.get("Authorization"))
            call.media = bytes(data)
            return self._run(HANDLERS[call.method_id], call, fault)
        except ApiError as exc:
            return exc.code, exc.headers, _json(exc.body)

    def _fault(self, method_id: str, record: dict[str, Any]) -> Fault | None:
        latency, fault = self.server.emulator.faults.decide(method_id)
        if latency:
            time.sleep(latency / 1000)
            record["fault"] = f"latency:{latency}"
        if fault is None or fault.kind == "commit_drop":
            return fault
        record["fault"] = fault.kind
        if fault.kind in {"reset", "close"}:
            raise _Drop(fault.kind)
        if fault.kind in {"hold_before", "hold_after"}:
            return fault
        if fault.kind == "400":
            raise ApiError(400, "badRequest", "Invalid attachment")  # Gmail's errors page
        if fault.kind == "413":
            raise _Page(413, TOO_LARGE_PAGE)
        if fault.kind == "lockout":
            until = self.server.emulator.faults.lock_end() or lock_end_after(fault.seconds)
            stamp = rfc3339(datetime.fromtimestamp(until, UTC))
            # Two spaces after the full stop, as Google writes it (taers232c/GAMADV-XTD3#337).
            raise ApiError(fault.code, "rateLimitExceeded",
                           f"User-rate limit exceeded.  Retry after {stamp}")
        if fault.kind == "exhausted":
            raise ApiError.plain(429, "Resource has been exhausted (e.g. check quota).")
        if fault.kind == "usage403":
            raise ApiError(403, "userRateLimitExceeded", "User Rate Limit Exceeded",
                           domain="usageLimits")
        retry = {"Retry-After": str(fault.retry_after)}
        if fault.kind == "429":
            raise ApiError(429, "rateLimitExceeded", "Rate Limit Exceeded", domain="usageLimits",
                           headers=retry)
        if fault.kind == "403":
            raise ApiError(403, "rateLimitExceeded", "Rate Limit Exceeded", domain="usageLimits",
                           headers=retry)
        if fault.kind == "403user":
            raise ApiError(403, "userRateLimitExceeded", "User Rate Limit Exceeded",
                           domain="usageLimits", headers=retry)
        code = int(fault.kind)
        raise ApiError(code, "backendError", "Backend Error")

    def _parse_body(self, call: Call, raw: bytes, *, upload: bool) -> None:
        ctype = (self.headers.get("Content-Type") or "").lower()
        if upload:
            kind = (call.params.get("uploadType") or ["media"])[-1]
            if kind == "multipart":
                meta, media = _multipart(raw, self.headers.get("Content-Type") or "")
                call.body = _loads(meta) if meta.strip() else {}
                call.media = media
            elif kind == "media":
                call.body, call.media = {}, raw
            else:
                raise ApiError(501, "notImplemented", f"uploadType={kind} is not implemented")
            return
        if raw.strip() and ("json" in ctype or not ctype):
            call.body = _loads(raw)
        elif self.command in {"POST", "PUT", "PATCH"}:
            call.body = {} if not raw.strip() else _loads(raw)

    def _token(self, raw: bytes, record: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        record["method_id"] = "oauth2.token"
        if self.command != "POST":
            return 405, {"Allow": "POST"}, _json({"error": "invalid_request",
                                                  "error_description": "POST required"})
        try:
            self._fault("oauth2.token", record)
        except ApiError as exc:
            return exc.code, exc.headers, _json(exc.body)
        form = urllib.parse.parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        basic = self.headers.get("Authorization") or ""
        if basic[:6].lower() == "basic ":
            # RFC 6749 2.3.1 client_secret_basic, which requests-oauthlib uses by default.
            try:
                pair = base64.b64decode(basic[6:].strip()).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                pair = ":"
            client_id, _, secret = pair.partition(":")
            form.setdefault("client_id", [urllib.parse.unquote_plus(client_id)])
            form.setdefault("client_secret", [urllib.parse.unquote_plus(secret)])
        try:
            return 200, {"Cache-Control": "no-store"}, _json(self.server.emulator.oauth.token(form))
        except OAuthError as exc:
            return exc.status, {}, _json(exc.body)

    def _consent(self, query: dict[str, list[str]],
                 raw: bytes) -> tuple[int, dict[str, str], bytes]:
        emu = self.server.emulator
        fields = query
        if self.command == "POST":
            fields = {**query, **urllib.parse.parse_qs(raw.decode("utf-8", "replace"))}
        params = {k: v[-1] for k, v in fields.items()}
        try:
            scopes = emu.oauth.validate_auth_request(params)
        except OAuthError as exc:
            page = f"<h1>Error 400: {exc.body['error']}</h1><p>{exc.body['error_description']}</p>"
            return exc.status, {"Content-Type": "text/html; charset=utf-8"}, page.encode()
        decision = params.get("decision") or params.get("_auto")
        if decision in {"allow", "deny"}:
            target = emu.oauth.approve(params, scopes) if decision == "allow" else \
                emu.oauth.deny(params)
            return 302, {"Location": target, "Content-Type": "text/html; charset=utf-8"}, b""
        page = consent_page(params, sorted(scopes), emu.me)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()

    # -- output ---------------------------------------------------------------------------
    def _write(self, status: int, headers: dict[str, str], payload: bytes) -> None:
        # Status line, headers and body leave in one write: two small writes meet the client's
        # delayed ACK and cost 40 ms per request.
        phrase = self.responses.get(status, ("",))[0]
        lines = [f"{self.protocol_version} {status} {phrase}",
                 f"Date: {self.date_time_string()}", "Server: ESF"]
        if status != 204:
            lines.append(f"Content-Type: {headers.pop('Content-Type', JSON_TYPE)}")
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines.append(f"Content-Length: {len(payload)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        self.wfile.write(head + payload)

    def _abort(self, *, rst: bool) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            if rst:
                # SO_LINGER 0 turns close() into a TCP RST: the client sees ECONNRESET.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
            self.connection.close()


def _json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "parseError", f"Invalid JSON payload received. {exc}") from None


def _insufficient(method_id: str) -> ApiError:
    service = "gmail.googleapis.com" if method_id.startswith("gmail.") else \
        "calendar-json.googleapis.com"
    return ApiError(403, "insufficientPermissions", "Request had insufficient authentication "
                    "scopes.", details=[{
                        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                        "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "domain": "googleapis.com",
                        "metadata": {"service": service, "method": method_id}}])


def _multipart(raw: bytes, content_type: str) -> tuple[bytes, bytes]:
    """Split a multipart/related upload into (JSON metadata, media bytes)."""
    boundary = ""
    for piece in content_type.split(";"):
        name, _, value = piece.strip().partition("=")
        if name.lower() == "boundary":
            boundary = value.strip('"')
    if not boundary:
        raise ApiError.bad("multipart upload without a boundary")
    parts = []
    for chunk in raw.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk.lstrip(b"\r\n")
        # The part's own head ends at its first blank line, CRLF or LF (googleapiclient's
        # generator writes LF); the message inside has blank lines of its own.
        ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n")
                if (i := chunk.find(sep)) >= 0]
        if not ends:
            raise ApiError.bad("multipart upload part without a header")
        at, width = min(ends)
        body = chunk[at + width:]
        if body.endswith(b"\r\n"):
            body = body[:-2]
        elif body.endswith(b"\n"):
            body = body[:-1]
        parts.append(body)
    if len(parts) != 2:
        raise ApiError.bad("multipart upload must have exactly two parts")
    return parts[0], parts[1]
