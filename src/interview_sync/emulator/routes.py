"""The API surface, read from the discovery documents googleapiclient bundles.

Owns the route table (HTTP method + path template → discovery method id), the scopes each
method accepts (a token may call a method when it holds any scope the discovery document lists
for it, which is how Google enforces them), and the dispatch from method id to the Calendar and
Gmail stores. Reading paths and scopes from the very documents the client uses keeps the emulator
and the client from drifting apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from interview_sync.emulator.calendar import CalendarStore
from interview_sync.emulator.gmail import Mailbox
from interview_sync.emulator.wire import ApiError

__all__ = ["HANDLERS", "SCOPE_PREFIX", "Call", "Route", "discovery", "full_scope", "match",
           "method_scopes"]

JsonObj = dict[str, Any]
SCOPE_PREFIX = "https://www.googleapis.com/auth/"


def full_scope(scope: str) -> str:
    """``gmail.compose`` → ``https://www.googleapis.com/auth/gmail.compose`` (URLs unchanged)."""
    if "://" in scope:
        return scope
    if scope in {"mail.google.com", "mail"}:
        return "https://mail.google.com/"
    return SCOPE_PREFIX + scope


@cache
def discovery(name: str) -> JsonObj:
    """A bundled discovery document: ``calendar.v3`` or ``gmail.v1``."""
    doc = resources.files("googleapiclient").joinpath(
        f"discovery_cache/documents/{name}.json").read_text(encoding="utf-8")
    loaded: JsonObj = json.loads(doc)
    return loaded


@dataclass(frozen=True, slots=True)
class Route:
    method_id: str
    http_method: str
    pattern: re.Pattern[str]
    literals: int
    upload: bool


@dataclass(slots=True)
class Call:
    """One parsed API request as a handler sees it."""

    method_id: str
    params: dict[str, list[str]]
    path_params: dict[str, str]
    body: Any
    media: bytes | None


def _compile(template: str) -> tuple[re.Pattern[str], int]:
    out, literals = [], 0
    for piece in re.split(r"(\{\+?\w+\})", template):
        if piece.startswith("{+"):
            out.append(f"(?P<{piece[2:-1]}>.+)")
        elif piece.startswith("{"):
            out.append(f"(?P<{piece[1:-1]}>[^/]+)")
        else:
            out.append(re.escape(piece))
            literals += piece.count("/") + len(piece)
    return re.compile("".join(out) + "$"), literals


def _walk(resource: JsonObj) -> list[JsonObj]:
    found = list(resource.get("methods", {}).values())
    for sub in resource.get("resources", {}).values():
        found += _walk(sub)
    return found


@cache
def _table() -> tuple[tuple[Route, ...], dict[str, frozenset[str]]]:
    routes: list[Route] = []
    scopes: dict[str, frozenset[str]] = {}
    for name, base in (("calendar.v3", "/calendar/v3/"), ("gmail.v1", "/")):
        for method in _walk(discovery(name)):
            scopes[method["id"]] = frozenset(method.get("scopes", []))
            pattern, literals = _compile(base + method["path"])
            routes.append(Route(method["id"], method["httpMethod"], pattern, literals, False))
            upload = method.get("mediaUpload", {}).get("protocols", {}).get("simple", {})
            if upload.get("path"):
                pattern, literals = _compile(upload["path"])
                routes.append(Route(method["id"], method["httpMethod"], pattern, literals, True))
    routes.sort(key=lambda r: -r.literals)
    return tuple(routes), scopes


def method_scopes(method_id: str) -> frozenset[str]:
    return _table()[1].get(method_id, frozenset())


def match(http_method: str, path: str) -> tuple[Route, dict[str, str]] | list[str]:
    """The route and its (still percent-encoded) path params, or the methods the path allows."""
    allowed: list[str] = []
    for route in _table()[0]:
        found = route.pattern.match(path)
        if found is None:
            continue
        if route.http_method == http_method:
            return route, found.groupdict()
        allowed.append(route.http_method)
    return allowed


Handler = Callable[[CalendarStore, Mailbox, Call], Any]


def _cal(call: Call) -> str:
    return call.path_params["calendarId"]


def _user(call: Call) -> None:
    if call.path_params.get("userId") not in {"me"}:
        raise ApiError(403, "forbidden", "Delegation denied for the requested user")


def _gm(fn: Callable[[Mailbox, Call], Any]) -> Handler:
    def run(_cal_store: CalendarStore, box: Mailbox, call: Call) -> Any:
        _user(call)
        return fn(box, call)
    return run


def _body(call: Call) -> JsonObj:
    if not isinstance(call.body, dict):
        raise ApiError.bad("Invalid JSON payload: an object is required", reason="parseError")
    return call.body


HANDLERS: dict[str, Handler] = {
    "calendar.events.list": lambda c, _m, call: c.list_events(_cal(call), call.params),
    "calendar.events.instances": lambda c, _m, call: c.list_events(
        _cal(call), call.params, only=call.path_params["eventId"]),
    "calendar.events.get": lambda c, _m, call: c.get(_cal(call), call.path_params["eventId"]),
    "calendar.events.insert": lambda c, _m, call: c.insert(_cal(call), _body(call)),
    "calendar.events.patch": lambda c, _m, call: c.change(
        _cal(call), call.path_params["eventId"], _body(call), replace=False),
    "calendar.events.update": lambda c, _m, call: c.change(
        _cal(call), call.path_params["eventId"], _body(call), replace=True),
    "calendar.events.delete": lambda c, _m, call: c.delete(_cal(call),
                                                           call.path_params["eventId"]),
    "gmail.users.getProfile": _gm(lambda box, call: box.profile()),
    "gmail.users.drafts.create": _gm(lambda box, call: box.draft_create(call.body, call.media)),
    "gmail.users.drafts.update": _gm(lambda box, call: box.draft_update(
        call.path_params["id"], call.body, call.media)),
    "gmail.users.drafts.get": _gm(lambda box, call: box.draft_get(call.path_params["id"],
                                                                  call.params)),
    "gmail.users.drafts.list": _gm(lambda box, call: box.draft_list(call.params)),
    "gmail.users.drafts.delete": _gm(lambda box, call: box.draft_delete(call.path_params["id"])),
    "gmail.users.drafts.send": _gm(lambda box, call: box.draft_send(call.body, call.media,
                                                                    via="drafts.send")),
    "gmail.users.messages.send": _gm(lambda box, call: box.message_send(call.body, call.media)),
    "gmail.users.messages.list": _gm(lambda box, call: box.message_list(call.params)),
    "gmail.users.messages.get": _gm(lambda box, call: box.message_get(call.path_params["id"],
                                                                      call.params)),
    "gmail.users.history.list": _gm(lambda box, call: box.history_list(call.params)),
}
