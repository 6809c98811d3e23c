"""Build a ready ``Engine`` from ``Settings``: the one place adapters are put together.

Owns: ``open_engine`` (token → Google services → calendar sources, Gmail drafts and inbox; state
store; templates; output directories) and ``load_templates``. Keeping the assembly here lets
``sync``, ``run``, ``status`` and ``demo`` share it, and keeps the Google libraries out of the
import path of commands that do not need them.
"""

from __future__ import annotations

import linecache
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interview_sync.config.loader import Settings
from interview_sync.core.address import mail_address
from interview_sync.core.readers_ready import prepare as prepare_readers
from interview_sync.errors import ConfigError, RemoteError
from interview_sync.local import files
from interview_sync.local.material import MaterialFolder
from interview_sync.local.state import DB_NAME, StateStore

if TYPE_CHECKING:  # the engine pulls in the renderer (Jinja2, icalendar): only `sync`/`run` need it
    from interview_sync.engine.cycle import Engine
    from interview_sync.render.templates import Templates

__all__ = ["feed_path_for", "load_templates", "material_folder", "open_engine", "open_store"]

log = logging.getLogger(__name__)


def load_templates(settings: Settings) -> Templates:
    """Package templates, with the user's overrides; broken overrides are reported, not fatal."""
    from interview_sync.local.templates import load_templates as load_from_files

    templates = load_from_files(settings.templates.dir)
    for problem in templates.problems:
        log.warning("template problem: %s", problem)
    return templates


def feed_path_for(reminders_dir: Path) -> Path:
    """The combined feed sits beside the vdir, never inside it (a vdir holds one item a file)."""
    return reminders_dir.with_name(reminders_dir.name + ".ics")


def material_folder(settings: Settings) -> MaterialFolder:
    """``[paths] material_dir``, with the places that hold secrets or state never attached."""
    forbidden = [settings.paths.state_dir, settings.google.token_file,
                 settings.google.token_file.parent, settings.google.client_secrets,
                 settings.google.client_secrets.parent]
    if settings.source is not None:
        forbidden += [settings.source, settings.source.parent]
    return MaterialFolder(settings.paths.material_dir, forbidden=forbidden)


def open_store(settings: Settings) -> StateStore:
    return StateStore.open(settings.paths.state_dir / DB_NAME)


@contextmanager
def open_engine(settings: Settings, *, store: StateStore | None = None,
                pause: Callable[[float], object] | None = None) -> Iterator[Engine]:
    """An engine wired to Google (or the endpoint the config names), closed afterwards.

    ``pause`` is the wait between retries of one call (default ``time.sleep``): the daemon
    passes one that feeds systemd's watchdog and stops on SIGTERM."""
    settings.require_complete()
    # Detection's and the timeline's tables first, before the Google client's discovery
    # documents and the first sync make their garbage: built amid it they pin its pages
    # (core/readers_ready.py; the soak's RSS is about 3 MB lower this way). Before the engine
    # and the client stack are even imported, whose imports leave garbage too (round 21:
    # 78.6-78.7 -> 76.6 MB; tests/engine/test_engine_readers_ready.py).
    prepare_readers(datetime.now(UTC))
    from interview_sync.engine.cycle import Engine
    from interview_sync.google import calendar as gcal
    from interview_sync.google import client as google_client
    from interview_sync.google import gmail
    from interview_sync.google.token_file import load_credentials

    endpoints = google_client.endpoints(settings.google.endpoint)
    creds = load_credentials(
        settings.google.token_file, token_uri=endpoints.token_uri,
        required_scopes=google_client.required_scopes(settings.sync.reply_detection))
    services = google_client.build_services(
        creds, endpoint=settings.google.endpoint, timeout=settings.sync.http_timeout_seconds)
    own_store = store is None
    state = store or open_store(settings)
    # Callers hold the instance lock, so no writer of ours is running: a hidden temp file left
    # in the output folders now is the remains of a crash, never a write in progress.
    for folder in (settings.paths.notes_dir, settings.paths.reminders_dir,
                   settings.paths.tasks_dir):
        if folder is not None and folder.is_dir():
            files.remove_stale_temps(folder)
    try:
        wait = pause or time.sleep
        drafts = gmail.GmailDrafts(services.gmail, sleep=wait)
        # Both through the one validator: the config's form is already checked, a remembered
        # profile address may predate the check (then Gmail is asked again).
        me = mail_address(settings.user.email) or mail_address(state.get_meta("me"))
        if not me:
            try:
                me = drafts.profile_email()
            except RemoteError as error:
                if error.transient:
                    raise
                # Gmail answered, with no usable address: retrying cannot help, a person must
                # set [user] email (ConfigError: exit 78, no restart loop).
                raise ConfigError(error.message, remedy=error.remedy) from None
            state.set_meta("me", me)
        if not me:
            raise ConfigError("could not tell your Gmail address",
                              remedy="set [user] email in the configuration")
        inbox = gmail.GmailInbox(services.gmail, sleep=wait) if settings.sync.reply_detection \
            else None
        sources = [gcal.CalendarSource(services.calendar, calendar_id=calendar_id, sleep=wait)
                   for calendar_id in settings.sync.calendars]
        engine = Engine(
            store=state, sources=sources, drafts=drafts, inbox=inbox,
            templates=lambda: load_templates(settings), settings=settings.plan_settings(me),
            notes_dir=settings.paths.notes_dir, reminders_dir=settings.paths.reminders_dir,
            feed_path=feed_path_for(settings.paths.reminders_dir),
            my_domains=settings.detect.my_domains, material=material_folder(settings),
            tasks_dir=settings.paths.tasks_dir)
        # pyparsing (imported by httplib2, under the Google client) reads its own 6,000-line
        # source into ``linecache`` when it is imported (``traceback.extract_stack`` in its
        # ``_trim_arity``), and the lines stay for the life of the process: 0.6 MB of a
        # long-running daemon's memory for a cache nothing of ours reads. A traceback that
        # is logged later fills it again with what it needs.
        linecache.clearcache()
        yield engine
    finally:
        if own_store:
            state.close()
