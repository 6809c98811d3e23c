"""A loopback emulator of the Google APIs interview-sync uses: Calendar v3, Gmail v1 and OAuth.

The real google-api-python-client + google-auth + httplib2 stack runs unchanged against it (build
services with ``client_options={"api_endpoint": f"{emu.url}/calendar/v3/"}`` for Calendar and
``f"{emu.url}/"`` for Gmail, and ``Credentials(..., token_uri=emu.url + "/token")``). Tests, the
benchmarks and ``interview-sync demo`` use it; the core and the adapters never import it.

Layout: ``account`` (``Emulator``: one account, its lifecycle and controls), ``server`` (HTTP,
routing, auth, faults, request log), ``routes`` (paths and scopes read
from the bundled discovery documents), ``calendar`` + ``recurrence`` (events, paging, sync tokens,
RRULE expansion), ``gmail`` + ``gmail_mime`` (drafts, messages, history, search), ``oauth``
(token and consent endpoints), ``faults`` (the ``--faults`` SPEC, documented there), ``seed``.

Known differences from Google (deliberate or not yet done):

- Tokens, ids, etags and page tokens are opaque but not Google's formats; page tokens live in
  memory (64 most recent listings) and a forgotten one answers 400.
- One mailbox and one user (``me``); ``userId`` other than ``me`` answers 403.
- Calendar: ``timeZone`` on events.list does not convert times; ``eventTypes``, extended property
  filters, ``maxAttendees`` and ``showHiddenInvitations`` are accepted and ignored; ``q`` is a
  plain substring match. Series expansion stops at ``timeMax`` or two years from now, and after
  3000 instances per series. A series master is listed (singleEvents=false) when it starts before
  ``timeMax``, whatever ``timeMin`` says. Cancelled events in lists always carry only
  ``kind/etag/id/status`` (+ ``recurringEventId``/``originalStartTime``), the minimum Google
  guarantees; events.get returns them in full. A garbage syncToken answers 410 (Google may say
  400); ``updatedMin`` never answers 410 ``updatedMinTooLongAgo``. Exceptions of a series are
  not moved when the master's times change. events.instances,
  import, move, quickAdd and watch answer 501.
- Gmail: threading uses only ``threadId`` (Gmail also wants matching Subject/References);
  messages.list includes drafts' messages, like Gmail; search supports the operators listed in
  ``gmail_mime`` without OR/braces; labels other than system labels are not modelled;
  threads.*, labels.* and batch requests answer 501 or 404. What is modelled after Google's
  documented and reported behaviour (JSON size limit, uploads, search lag, Message-ID rewriting,
  throttling, hidden guest lists) is listed with its source in docs/emulator.md. Sending adds a
  Message-ID only when the draft had none and never delivers anywhere.
- OAuth: any client id registered via ``issue_token``/``client_secrets`` works; no id_token, no
  incremental auth (``include_granted_scopes``), ``prompt`` is ignored (a refresh token is issued
  on every consent).
- A 204 (drafts.delete, events.delete) has an empty body; googleapiclient then returns ``""``
  (those methods have no response schema), not ``{}``, exactly as against Google.
- Faults apply before authentication; the token endpoint's target name is ``token``
  (method id ``oauth2.token``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interview_sync.emulator.account import Emulator
    from interview_sync.emulator.faults import FaultSpec, FaultSpecError, parse_faults
    from interview_sync.emulator.seed import DEFAULT_ME, Seed, SeedError, load_seed, parse_seed
    from interview_sync.emulator.server import RequestRecord
    from interview_sync.emulator.wire import ApiError

__all__ = ["DEFAULT_ME", "ApiError", "Emulator", "FaultSpec", "FaultSpecError", "RequestRecord",
           "Seed", "SeedError", "load_seed", "parse_faults", "parse_seed"]

# Where each export lives, loaded on first access (PEP 562): importing the package, which any
# ``interview_sync.emulator.<module>`` import does first, then costs nothing. The proof harness
# imports ``installation`` into the very process whose memory ``bench/proof_soak.py`` reads, and
# the daemon never imports the emulator; loading the whole emulator there put ~2 MB that is not
# the daemon's into its figure.
_HOMES = {"Emulator": "account", "FaultSpec": "faults", "FaultSpecError": "faults",
          "parse_faults": "faults", "DEFAULT_ME": "seed", "Seed": "seed", "SeedError": "seed",
          "load_seed": "seed", "parse_seed": "seed", "RequestRecord": "server",
          "ApiError": "wire"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
