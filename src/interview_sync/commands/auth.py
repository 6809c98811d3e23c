"""``interview-sync auth``: authorize access to Google Calendar and Gmail drafts, once.

Owns: the command's options and what it tells the person (the URL, the ssh tunnel for a
headless machine, the result). The flow itself is ``google.oauth.authorize``.
"""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

import click

from interview_sync.cli import Context

__all__ = ["auth_cmd"]


@click.command("auth")
@click.option("--no-browser", is_flag=True,
              help="Do not open a browser: print the URL (and the ssh tunnel to use when this "
                   "machine is remote).")
@click.option("--port", type=click.IntRange(1024, 65535), default=None,
              help="Loopback port for Google's redirect (default 8765; fixed so a tunnel works).")
@click.option("--paste", is_flag=True,
              help="Fallback: print the URL, then paste the address the browser was sent to.")
@click.option("--client-secrets", "client_secrets",
              type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Desktop-app OAuth client JSON (default: [google] client_secrets).")
@click.option("--token-file", "token_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Where to save the token (default: [google] token_file).")
@click.pass_context
def auth_cmd(ctx: click.Context, *, no_browser: bool, port: int | None, paste: bool,
             client_secrets: Path | None, token_file: Path | None) -> None:
    """Authorize interview-sync to read your calendar and write Gmail drafts (never send)."""
    from interview_sync.config.loader import load_settings
    from interview_sync.google import client as google_client
    from interview_sync.google import oauth as oauth_flow

    obj = ctx.find_object(Context)
    settings = load_settings(obj.config_path if obj else None)
    port = port or oauth_flow.DEFAULT_PORT
    scopes = google_client.required_scopes(settings.sync.reply_detection)
    open_browser = not (no_browser or paste)
    if open_browser:
        try:
            webbrowser.get()
        except webbrowser.Error:
            click.echo("No browser found on this machine: printing the URL instead.")
            open_browser = False
    if not open_browser:
        click.echo("If this machine is remote, first run this on the computer with the browser "
                   f"(it forwards port {port} here):\n\n    "
                   f"{oauth_flow.ssh_tunnel_hint(port)}\n")
    click.echo("interview-sync asks for:\n" + "".join(
        f"  - {google_client.scope_label(scope)}\n" for scope in scopes))
    result = oauth_flow.authorize(
        client_secrets=client_secrets or settings.google.client_secrets,
        token_file=token_file or settings.google.token_file, scopes=scopes,
        endpoint=settings.google.endpoint, port=port, open_browser=open_browser, paste=paste,
        out=sys.stdout, read_line=sys.stdin.readline)
    click.echo(f"\nAuthorized. The token is saved in {result.token_file} (readable only by you).")
    click.echo("Next: `interview-sync sync --once --dry-run` shows what the first cycle would do.")
