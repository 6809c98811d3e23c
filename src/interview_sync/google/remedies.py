"""What a person does about each failure Google can answer: the "What to do" of our errors.

Owns the remedy text for every answer ``google.client`` maps (an API's HTTP status and reason, a
refused token refresh, an unreachable network) and for the adapters' own "Google answered
something we cannot use" errors. ``client`` decides *whether* to retry; this module says what the
person reading ``status``, the journal or the terminal should do, so no error the client raises
ends in an empty "What to do:" (tests/google/test_remedies.py walks every status and reason).
Sources for the reasons: developers.google.com/gmail/api/guides/handle-errors and
developers.google.com/calendar/api/guides/errors.
"""

from __future__ import annotations

__all__ = ["AUTH_COMMAND", "INVALID_GRANT_REMEDY", "NETWORK_REMEDY", "REPORT_IF_REPEATS",
           "RETRIED_BY_ITSELF", "http_remedy", "refresh_remedy"]

AUTH_COMMAND = "interview-sync auth"
INVALID_GRANT_REMEDY = (
    f"run `{AUTH_COMMAND}`. If this happens every 7 days, your OAuth app is in \"Testing\": "
    "in the Google Cloud console (Google Auth Platform → Audience) press \"Publish app\" so it "
    "is \"In production\" (Testing-mode refresh tokens expire after 7 days), then run "
    f"`{AUTH_COMMAND}` once more.")
RETRIED_BY_ITSELF = ("interview-sync tries again by itself (the service at its next poll, or "
                     "run `interview-sync sync --once` later); notes and reminders carry on")
REPORT_IF_REPEATS = (f"nothing to fix on your side: {RETRIED_BY_ITSELF}. If it repeats, run "
                     "`interview-sync -v sync --once` and report its output as a bug")
NETWORK_REMEDY = ("check this machine's internet connection (and HTTPS_PROXY, if you use a "
                  "proxy; and `[google] endpoint`, if set); " + RETRIED_BY_ITSELF)

RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "RESOURCE_EXHAUSTED"})
QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded"})
SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
DISABLED_REASONS = frozenset({"accessNotConfigured", "SERVICE_DISABLED"})


def http_remedy(status: int, reason: str, api: str, permission: str) -> str:
    """What to do about ``api`` ("Gmail", "Calendar", "Google") answering ``status``/``reason``;
    ``permission`` names the consent-screen box(es) that API needs. Never empty."""
    if status == 401:
        return f"run `{AUTH_COMMAND}`"
    if status == 403 and reason in SCOPE_REASONS:
        return (f"run `{AUTH_COMMAND}` to grant {permission}, and tick every box on Google's "
                "consent screen")
    if status == 403 and reason in DISABLED_REASONS:
        return (f"enable the {api} API in the Google Cloud console (APIs & Services → "
                "Library), wait a minute, and try again")
    if status == 429 or reason in RATE_REASONS:
        return (f"nothing to fix on your side: {api} is throttling this account and "
                f"{RETRIED_BY_ITSELF}. If it lasts more than a day, look at the {api} API's "
                "quota page in the Google Cloud console (APIs & Services → Quotas)")
    if reason in QUOTA_REASONS:
        return (f"your Cloud project's daily {api} API quota is used up; it resets at midnight "
                f"Pacific time and {RETRIED_BY_ITSELF}. To raise it, open the {api} API's "
                "quota page in the Google Cloud console (APIs & Services → Quotas)")
    if status >= 500 or reason == "backendError":
        return (f"nothing to fix on your side: {api} failed for a moment and "
                f"{RETRIED_BY_ITSELF}. If it lasts hours, see https://www.google.com/appsstatus")
    if status == 403:
        return (f"{api} refuses this account: check that `{AUTH_COMMAND}` was done with the "
                f"Google account you meant and, for a Workspace account, that its administrator "
                f"allows third-party apps to use the {api} API")
    return _client_side(status, api)


def _client_side(status: int, api: str) -> str:
    if status == 400:
        return ("if the message names an attachment, fix or remove that file in `[paths] "
                "material_dir` (the draft is tried again when it changes); otherwise run "
                "`interview-sync -v sync --once` and report its output as a bug")
    if status == 404 and api == "Calendar":
        return ("check that every id in `[sync] calendars` is a calendar this Google account "
                "can see (`primary` is your own)")
    if status == 410:
        return f"nothing to fix: the next cycle starts a full sync; {RETRIED_BY_ITSELF}"
    if status == 413:
        return ("the draft is larger than Gmail accepts: make the work-sample files in "
                "`[paths] material_dir` fewer or smaller")
    return (f"{api} refused a request interview-sync made ({status}): run `interview-sync -v "
            "sync --once` and report its output as a bug")


def refresh_remedy(code: str, *, transient: bool) -> str:
    """What to do when Google's token endpoint refused a refresh with ``code``. Never empty."""
    if code == "invalid_grant":
        return INVALID_GRANT_REMEDY
    if transient:
        return NETWORK_REMEDY
    if code in ("invalid_client", "unauthorized_client", "deleted_client"):
        return (f"download a fresh Desktop-app client JSON from the Google Cloud console, then "
                f"run `{AUTH_COMMAND}`")
    return f"run `{AUTH_COMMAND}`"
