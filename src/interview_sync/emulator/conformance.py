"""Helpers for driving the emulator through the real Google client stack, and checking bodies.

``services(emu, scopes)`` builds Calendar and Gmail clients exactly as production code does
(static discovery, ``api_endpoint`` overrides, ``Credentials`` whose token URI is the emulator's),
and ``schema_errors(api, schema, body)`` validates a response body against a schema of the
discovery document googleapiclient bundles: JSON types, formats of int64 strings, known
properties only, ``$ref``, ``additionalProperties``. Used by the conformance tests and bench.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interview_sync.emulator.routes import discovery

if TYPE_CHECKING:
    from interview_sync.emulator import Emulator

__all__ = ["Services", "credentials", "schema_errors", "services"]

DEFAULT_SCOPES = ("calendar.events.readonly", "gmail.compose")


@dataclass(frozen=True, slots=True)
class Services:
    calendar: Any
    gmail: Any
    credentials: Any


def credentials(emu: Emulator, scopes: Sequence[str] = DEFAULT_SCOPES) -> Any:
    from google.oauth2.credentials import Credentials

    info = emu.issue_token(scopes)
    return Credentials(  # type: ignore[no-untyped-call]
        token=None, refresh_token=info["refresh_token"], token_uri=info["token_uri"],
        client_id=info["client_id"], client_secret=info["client_secret"], scopes=info["scopes"])


def services(emu: Emulator, scopes: Sequence[str] = DEFAULT_SCOPES) -> Services:
    """Clients as production builds them; media uploads reach the emulator over plain http
    through ``google.client.transport`` (the one place that maps the upload URL back)."""
    from google_auth_httplib2 import AuthorizedHttp
    from googleapiclient.discovery import build

    from interview_sync.google.client import transport

    creds = credentials(emu, scopes)

    def http() -> Any:
        return AuthorizedHttp(creds, http=transport(emu.url, 30.0))

    calendar = build("calendar", "v3", http=http(), static_discovery=True,
                     cache_discovery=False,
                     client_options={"api_endpoint": f"{emu.url}/calendar/v3/"})
    gmail = build("gmail", "v1", http=http(), static_discovery=True,
                  cache_discovery=False, client_options={"api_endpoint": f"{emu.url}/"})
    return Services(calendar=calendar, gmail=gmail, credentials=creds)


_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "boolean": (bool,),
                                       "integer": (int,), "number": (int, float),
                                       "object": (dict,), "array": (list,)}


def _is(value: Any, types: tuple[type, ...]) -> bool:
    """isinstance without narrowing ``value`` for the type checker."""
    return isinstance(value, types)


def schema_errors(api: str, schema: str, body: Any) -> list[str]:
    """Every way ``body`` departs from ``schema`` of discovery doc ``api`` ("gmail.v1", ...)."""
    schemas = discovery(api)["schemas"]
    errors: list[str] = []
    _check(schemas, schemas[schema], body, schema, errors)
    return errors


def _check(schemas: dict[str, Any], spec: dict[str, Any], value: Any, where: str,
           errors: list[str]) -> None:
    found: Any = value
    if "$ref" in spec:
        spec = schemas[spec["$ref"]]
    kind = spec.get("type", "any")
    if kind == "any":
        return
    allowed = _TYPES[kind]
    if not _is(value, allowed) or (kind in {"integer", "number"} and _is(value, (bool,))):
        errors.append(f"{where}: expected {kind}, got {type(value).__name__}")
        return
    if kind == "string" and spec.get("format") in {"int64", "uint64"} and not found.isdigit():
        errors.append(f"{where}: expected a decimal {spec['format']} string, got {found!r}")
    if kind == "string" and "enum" in spec and found not in spec["enum"]:
        errors.append(f"{where}: {found!r} is not one of {spec['enum']}")
    if kind == "array":
        for i, item in enumerate(found):
            _check(schemas, spec.get("items", {}), item, f"{where}[{i}]", errors)
    elif kind == "object":
        props = spec.get("properties", {})
        extra = spec.get("additionalProperties")
        for key, item in found.items():
            if key in props:
                _check(schemas, props[key], item, f"{where}.{key}", errors)
            elif extra is not None:
                _check(schemas, extra, item, f"{where}[{key!r}]", errors)
            else:
                errors.append(f"{where}: unknown property {key!r}")
