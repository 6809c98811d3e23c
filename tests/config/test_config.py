"""The configuration adapter: lookup order, defaults, every-problem-at-once validation, and the
generated example file and reference staying in sync with the spec."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import FrozenInstanceError, replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_sync.config import loader as config
from interview_sync.config import spec as config_spec
from interview_sync.config.spec import SPEC
from interview_sync.errors import EX_CONFIG, ConfigError

ROOT = Path(__file__).resolve().parents[2]


def make_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """A clean environment whose home is a temp directory (no XDG vars unless given)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {"HOME": str(home), "TZ": "UTC", **overrides}


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, env: dict[str, str]) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        config.load_settings(path, environ=env)
    return [str(p) for p in caught.value.problems]


# --------------------------------------------------------------------------- lookup and defaults


def test_no_file_at_the_default_location_gives_xdg_defaults(tmp_path: Path) -> None:
    env = make_env(tmp_path)
    home = Path(env["HOME"])
    s = config.load_settings(environ=env)
    assert s.source is None
    assert s.paths.state_dir == home / ".local/state/interview-sync"
    assert s.paths.notes_dir == home / ".local/share/interview-sync/notes"
    assert s.paths.reminders_dir == home / ".local/share/interview-sync/reminders"
    assert s.google.token_file == home / ".config/interview-sync/token.json"
    assert s.google.client_secrets == home / ".config/interview-sync/client_secret.json"
    assert s.google.endpoint is None
    assert s.sync.calendars == ("primary",)
    assert s.sync.poll_seconds == 300
    assert s.sync.reply_detection is False
    assert s.user.timezone == "UTC"


def test_xdg_variables_move_the_defaults(tmp_path: Path) -> None:
    env = make_env(tmp_path, XDG_STATE_HOME=str(tmp_path / "st"), XDG_DATA_HOME=str(tmp_path / "da"),
                   XDG_CONFIG_HOME=str(tmp_path / "cf"))
    s = config.load_settings(environ=env)
    assert s.paths.state_dir == tmp_path / "st/interview-sync"
    assert s.paths.notes_dir == tmp_path / "da/interview-sync/notes"
    assert s.google.token_file == tmp_path / "cf/interview-sync/token.json"


@pytest.mark.parametrize("who", ["explicit", "env", "xdg"])
def test_lookup_order(tmp_path: Path, who: str) -> None:
    explicit = write(tmp_path, '[user]\nname = "Explicit"\n', "a.toml")
    from_env = write(tmp_path, '[user]\nname = "Env"\n', "b.toml")
    xdg = tmp_path / "cf" / "interview-sync" / "config.toml"
    xdg.parent.mkdir(parents=True)
    xdg.write_text('[user]\nname = "Xdg"\n', encoding="utf-8")
    env = make_env(tmp_path, XDG_CONFIG_HOME=str(tmp_path / "cf"))
    if who != "xdg":
        env["INTERVIEW_SYNC_CONFIG"] = str(from_env)
    s = config.load_settings(explicit if who == "explicit" else None, environ=env)
    assert s.user.name == {"explicit": "Explicit", "env": "Env", "xdg": "Xdg"}[who]


@pytest.mark.parametrize("via", ["explicit", "env"])
def test_a_named_file_that_does_not_exist_is_an_error(tmp_path: Path, via: str) -> None:
    env = make_env(tmp_path)
    missing = tmp_path / "nope.toml"
    if via == "env":
        env["INTERVIEW_SYNC_CONFIG"] = str(missing)
    with pytest.raises(ConfigError, match="does not exist") as caught:
        config.load_settings(missing if via == "explicit" else None, environ=env)
    assert caught.value.exit_code == EX_CONFIG


def test_paths_expand_tilde_and_resolve_relative_to_the_config_dir(tmp_path: Path) -> None:
    env = make_env(tmp_path)
    sub = tmp_path / "etc"
    sub.mkdir()
    path = write(sub, '[paths]\nstate_dir = "~/st"\nnotes_dir = "notes"\nreminders_dir = "/abs/r"\n'
                      '[google]\ntoken_file = "../tok.json"\n')
    s = config.load_settings(path, environ=env)
    assert s.paths.state_dir == Path(env["HOME"]) / "st"
    assert s.paths.notes_dir == sub / "notes"
    assert s.paths.reminders_dir == Path("/abs/r")
    assert s.google.token_file == sub / "../tok.json"


def test_a_full_file_loads_into_typed_frozen_settings(tmp_path: Path) -> None:
    path = write(tmp_path, """
[google]
endpoint = "http://127.0.0.1:8765/"
[sync]
poll_seconds = 2
backfill_days = 3
calendars = ["primary", "work@example.com"]
reply_detection = true
http_timeout_seconds = 5
[user]
name = "  Ada Lovelace "
email = "Ada@Example.COM"
timezone = "Europe/Berlin"
[timeline]
holiday_country = "de"
holiday_subdivision = "by"
default_business_days = 5
[reminders]
evening_hour = 19
checkin_hour = 8
[detect]
my_domains = ["@CurrentJob.example"]
[[references]]
name = "Dana Reyes"
email = "Dana@Example.org"
relationship = "former manager"
""")
    s = config.load_settings(path, environ=make_env(tmp_path))
    assert s.google.endpoint == "http://127.0.0.1:8765"  # trailing slash dropped
    assert s.sync.calendars == ("primary", "work@example.com")
    assert s.sync.http_timeout_seconds == 5.0
    assert s.user.name == "Ada Lovelace"
    assert s.user.email == "ada@example.com"
    assert s.timeline.holiday_country == "DE"
    assert s.timeline.holiday_subdivision == "BY"
    assert s.detect.my_domains == ("currentjob.example",)
    assert s.references[0].email == "dana@example.org"
    with pytest.raises(FrozenInstanceError):
        s.user = s.user  # type: ignore[misc]
    plan = s.plan_settings("ADA@example.com")
    assert plan.user_email == "ada@example.com"
    assert plan.signature == "Ada Lovelace"  # empty signature falls back to the name
    assert plan.backfill == timedelta(days=3)
    assert plan.holiday_country == "DE"
    assert (plan.evening_hour, plan.checkin_hour) == (19, 8)
    assert plan.reply_detection is True
    assert plan.timezone == "Europe/Berlin"
    assert plan.default_response_business_days == 5
    assert plan.references == s.references


# --------------------------------------------------------------------------- validation


BAD_CASES = [
    ('[sync]\npoll_seconds = "300"\n', "[sync] poll_seconds", "must be a whole number"),
    ("[sync]\npoll_seconds = 3\n", "[sync] poll_seconds", "out of range"),
    ("[sync]\npoll_seconds = 100000\n", "[sync] poll_seconds", "out of range"),
    ("[sync]\nbackfill_days = -1\n", "[sync] backfill_days", "out of range"),
    ("[sync]\nreply_detection = \"yes\"\n", "[sync] reply_detection", "true or false"),
    ("[sync]\ncalendars = []\n", "[sync] calendars", "empty"),
    ("[sync]\ncalendars = \"primary\"\n", "[sync] calendars", "list of strings"),
    ("[sync]\npol_seconds = 30\n", "[sync] pol_seconds", "did you mean 'poll_seconds'"),
    ("[synk]\npoll_seconds = 30\n", "[synk]", "did you mean 'sync'"),
    ('[user]\nemail = "not-an-address"\n', "[user] email", "not an email address"),
    ('[user]\ntimezone = "Europe/Berln"\n', "[user] timezone", "Europe/Berlin"),
    ('[timeline]\nholiday_country = "XX"\n', "[timeline] holiday_country", "holidays library"),
    ('[google]\nendpoint = "127.0.0.1:8765"\n', "[google] endpoint", "not an http(s) URL"),
    ("[reminders]\nevening_hour = 24\n", "[reminders] evening_hour", "out of range"),
    ('[detect]\nmy_domains = ["not a domain"]\n', "[detect] my_domains", "not a domain"),
    ('[paths]\nstate_dir = ""\n', "[paths] state_dir", "empty"),
    ("[[references]]\nname = \"Dana\"\n", "[[references]] #1 email", "missing"),
    ('[[references]]\nname = "D"\nemail = "d@x.org"\nrole = "boss"\n', "[[references]] #1 role",
     "unknown key"),
    ("user = 3\n", "[user]", "must be a table"),
    ('[templates]\ndir = "no/such/dir"\n', "[templates] dir", "not a directory"),
    ('[timeline]\nholiday_country = "US"\nholiday_subdivision = "ZZ"\n',
     "[timeline] holiday_subdivision", "not a subdivision of US"),
    ('[timeline]\nholiday_subdivision = "CA"\n', "[timeline] holiday_subdivision",
     "holiday_country is not"),
]


@pytest.mark.parametrize(("text", "where", "what"), BAD_CASES, ids=[c[1] for c in BAD_CASES])
def test_each_bad_value_is_named_with_file_key_and_fix(tmp_path: Path, text: str, where: str,
                                                       what: str) -> None:
    path = write(tmp_path, text)
    found = problems_of(path, make_env(tmp_path))
    matching = [p for p in found if f"{path}: {where}" in p]
    assert matching, found
    assert what in matching[0]
    assert "(fix: " in matching[0]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, '[sync]\npoll_seconds = "300"\nbackfill_days = -1\n'
                           '[user]\nemail = "nope"\ntimezone = "Mars/Base"\n'
                           '[timeline]\nholiday_country = "XX"\n[wat]\n')
    with pytest.raises(ConfigError) as caught:
        config.load_settings(path, environ=make_env(tmp_path))
    wheres = sorted(p.where.split(": ", 1)[1] for p in caught.value.problems)
    assert wheres == ["[sync] backfill_days", "[sync] poll_seconds", "[timeline] holiday_country",
                      "[user] email", "[user] timezone", "[wat]"]
    assert "6 problems" in caught.value.message


def test_malformed_toml_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '[user]\nname = "Ada\n')
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        config.load_settings(path, environ=make_env(tmp_path))
    (problem,) = caught.value.problems
    assert re.fullmatch(re.escape(str(path)) + r":2:\d+", problem.where)
    assert "Illegal character" in problem.what


def test_small_poll_is_allowed_only_with_an_endpoint(tmp_path: Path) -> None:
    path = write(tmp_path, '[google]\nendpoint = "http://127.0.0.1:1"\n[sync]\npoll_seconds = 1\n')
    assert config.load_settings(path, environ=make_env(tmp_path)).sync.poll_seconds == 1


def test_require_complete_needs_a_user_name(tmp_path: Path) -> None:
    s = config.load_settings(environ=make_env(tmp_path))
    with pytest.raises(ConfigError) as caught:
        s.require_complete()
    assert "[user] name" in caught.value.problems[0].where
    named = config.load_settings(write(tmp_path, '[user]\nname = "Ada"\n'),
                                 environ=make_env(tmp_path))
    named.require_complete()


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from([o.key for o in SPEC if o.section == "sync"] + ["bogus"]),
                       st.one_of(st.integers(-10**6, 10**6), st.booleans(), st.text(max_size=8),
                                 st.floats(allow_nan=False), st.lists(st.text(max_size=5),
                                                                      max_size=3)),
                       max_size=6))
def test_any_sync_table_either_loads_or_raises_config_error(values: dict[str, object]) -> None:
    import tomllib

    lines = ["[sync]"] + [f"{key} = {config_spec.toml_literal(value)}" for key, value in values.items()]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # our literal writer must produce valid TOML
    try:
        s = config.loads_settings(text, path=Path("/x/config.toml"), environ={"HOME": "/h"})
    except ConfigError as error:
        assert error.problems and all(p.where.startswith("/x/config.toml: [sync]")
                                      for p in error.problems)
    else:
        assert 10 <= s.sync.poll_seconds <= 86_400


# --------------------------------------------------------------------------- generated files


def test_example_file_is_the_rendered_spec() -> None:
    on_disk = (ROOT / "config" / "interview-sync.toml").read_text(encoding="utf-8")
    assert on_disk == config.render_example(), "run: python -m interview_sync.config ."


def test_reference_doc_is_the_rendered_spec() -> None:
    on_disk = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert on_disk == config.render_reference_markdown(), "run: python -m interview_sync.config ."


def test_every_option_appears_in_both_documents() -> None:
    example, reference = config.render_example(), config.render_reference_markdown()
    for option in SPEC:
        assert f"# {option.key} = " in example
        assert f"| `{option.key}` |" in reference


def test_the_untouched_example_equals_no_file(tmp_path: Path) -> None:
    env = make_env(tmp_path)
    path = write(tmp_path, config.render_example())
    assert config.load_settings(path, environ=env) == replace(config.load_settings(environ=env),
                                                              source=path)


def test_uncommenting_every_example_line_is_a_valid_config(tmp_path: Path) -> None:
    text = re.sub(r"^# (\[\[references\]\]|\w+ = .*)$", r"\1", config.render_example(),
                  flags=re.MULTILINE)
    env = make_env(tmp_path)
    (Path(env["HOME"]) / ".config/interview-sync/templates").mkdir(parents=True)
    s = config.load_settings(write(tmp_path, text), environ=env)
    assert s.user.name == "Ada Lovelace"
    assert s.references[0].name == "Dana Reyes"
    assert s.timeline.holiday_country == "US"


def test_config_does_not_import_google_libraries() -> None:
    code = ("import sys, interview_sync.config.loader as c; c.load_settings(environ={'HOME': '/nonexistent'});"
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('googleapiclient', 'google', 'httplib2', 'google_auth_oauthlib', 'holidays')];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_good_config_does_not_load_difflib() -> None:
    # difflib serves only "did you mean" for a mistyped key (imported there): a daemon whose
    # config is fine never holds it (the soak's memory line, bench/proof_soak.py).
    code = ("import sys, interview_sync.config.loader as c; "
            "c.load_settings(environ={'HOME': '/nonexistent'}); "
            "sys.exit(1 if 'difflib' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_carries_the_generated_reference() -> None:
    from interview_sync.config.spec import readme_reference

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- config-reference:start -->\n", 1)[1].split(
        "<!-- config-reference:end -->", 1)[0]
    assert block == readme_reference(), "run: python -m interview_sync.config ."
    assert "### `[sync]`" in block and "`poll_seconds`" in block


@pytest.mark.parametrize("endpoint", ["http://203.0.113.9:8765", "https://tokens.attacker.example",
                                      "http://oauth2.googleapis.com"])
def test_an_endpoint_that_would_leak_the_token_is_refused_with_why(tmp_path: Path,
                                                                   endpoint: str) -> None:
    path = write(tmp_path, f'[google]\nendpoint = "{endpoint}"\n')
    (problem,) = problems_of(path, make_env(tmp_path))
    assert "[google] endpoint" in problem and "would receive your Google tokens" in problem
    assert "127.0.0.1" in problem  # says how to fix it


def test_material_dir_defaults_beside_the_notes_and_can_be_set(tmp_path: Path) -> None:
    s = config.load_settings(write(tmp_path, '[paths]\nnotes_dir = "n/notes"\n'),
                             environ=make_env(tmp_path))
    assert s.paths.material_dir == tmp_path / "n" / "material"
    s = config.load_settings(write(tmp_path, '[paths]\nmaterial_dir = "~/samples"\n'),
                             environ=make_env(tmp_path))
    assert s.paths.material_dir == tmp_path / "home" / "samples"


def test_a_trailing_dot_address_is_refused_in_the_config(tmp_path: Path) -> None:
    path = write(tmp_path, '[user]\nemail = "ann@acme.example."\n')
    (problem,) = problems_of(path, make_env(tmp_path))
    assert "[user] email" in problem and "not an email address" in problem
