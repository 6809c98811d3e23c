"""The one error hierarchy. Each error says whose fault it is, what to do, and how to exit.

Owns: ``InterviewSyncError`` and its subclasses, and the exit codes (sysexits.h) the CLI and
systemd rely on. Adapters translate library exceptions (``HttpError``, ``RefreshError``,
``sqlite3.Error``, ``OSError``) into these at their boundary; nothing else leaks into
orchestration. ``cli.handle_error`` is the only place that turns them into text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "EX_CONFIG",
    "EX_DATAERR",
    "EX_SOFTWARE",
    "EX_TEMPFAIL",
    "EX_USAGE",
    "AuthError",
    "ConfigError",
    "InterviewSyncError",
    "Problem",
    "RemoteError",
    "StateError",
    "TemplateError",
    "UnsafePlan",
]

EX_USAGE = 2  # click's own code for bad arguments; we use it for bad input files too
EX_DATAERR = 65
EX_SOFTWARE = 70
EX_TEMPFAIL = 75  # try again later (e.g. another instance holds the lock)
EX_CONFIG = 78  # a human must act; systemd's RestartPreventExitStatus=78 stops the restart loop


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input: where, what, and how to fix it."""

    where: str  # "config.toml: [sync] poll_seconds", "templates/thank.j2:4", "event abc123"
    what: str
    fix: str = ""

    def __str__(self) -> str:
        text = f"{self.where}: {self.what}"
        return f"{text} (fix: {self.fix})" if self.fix else text


class InterviewSyncError(Exception):
    """Base of every error we raise on purpose. ``remedy`` is what the person should do."""

    exit_code: int = EX_SOFTWARE

    def __init__(
        self,
        message: str,
        *,
        remedy: str = "",
        problems: Sequence[Problem] = (),
        exit_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.remedy = remedy
        self.problems = tuple(problems)
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class ConfigError(InterviewSyncError):
    """The configuration (or another file the user supplied) is wrong: a human must fix it."""

    exit_code = EX_CONFIG


class TemplateError(ConfigError):
    """A user template does not parse or uses a variable that does not exist."""


class AuthError(InterviewSyncError):
    """The OAuth token is missing, unsafe, lacks scopes, or Google refused it (invalid_grant)."""

    exit_code = EX_CONFIG


class RemoteError(InterviewSyncError):
    """Google failed or refused a request. ``transient`` ones are retried on a later cycle."""

    exit_code = EX_TEMPFAIL

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        reason: str | None = None,
        transient: bool = True,
        retry_after: float | None = None,
        remedy: str = "",
    ) -> None:
        super().__init__(message, remedy=remedy)
        self.status = status
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after


class StateError(InterviewSyncError):
    """The state database is unreadable, corrupt, locked by another instance or too new."""

    exit_code = EX_SOFTWARE


class UnsafePlan(InterviewSyncError):
    """A safety valve: one cycle wants to create far more than a person's calendar explains."""

    exit_code = EX_DATAERR
