"""Templates: defaults are clean; a broken override is reported precisely and falls back."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_factories import make_draft, make_settings

from interview_sync.errors import TemplateError
from interview_sync.local.templates import (
    default_template_sources,
    load_template_sources,
    load_templates,
)
from interview_sync.render.email import render_draft
from interview_sync.render.templates import TEMPLATE_NAMES, Templates

GOOD_THANKS = "Subject: Thanks {{ first_name }}\n\nHi {{ first_name }}, thanks!\n{{ signature }}\n"


def test_the_package_defaults_compile_without_a_single_problem() -> None:
    defaults = default_template_sources()
    assert set(defaults) == set(TEMPLATE_NAMES)
    built = Templates.from_sources(defaults)
    assert built.problems == ()
    assert built.names == frozenset(TEMPLATE_NAMES)


@pytest.mark.parametrize(("source", "line", "what"), [
    ("Subject: x\n\nHi {{ first_name }\n", 3, "syntax error"),
    ("Subject: x\n\n{% if topic %}\nHi\n", 4, "syntax error"),
    ("Subject: x\n\nHi {{ first_name }},\nabout {{ intervewer_name }}\n", 4,
     "unknown variable 'intervewer_name'"),
    ("Subject: x\n\nHi\n{{ first_name.nope }}\n", 4, "UndefinedError"),
    ("Subject: x\n\nHi\n\n{{ interviewers[7] }}\n", 5, "UndefinedError"),
    ("Hi {{ first_name }}, no subject line\n", 1, "Subject"),
])
def test_a_broken_override_is_reported_with_file_line_and_variables(
        source: str, line: int, what: str) -> None:
    origin = "/home/u/.config/interview-sync/templates/thank_interviewer.j2"
    built = Templates.from_sources({"thank_interviewer": (source, origin)},
                                   defaults=default_template_sources())
    first = built.problems[0]
    assert first.where == f"{origin}:{line}", built.problems
    assert what in first.what
    if what != "Subject":
        assert "variables available:" in first.fix and "first_name" in first.fix
    assert any("using the default" in p.what for p in built.problems)
    # the default took over, and every other template still works
    draft = render_draft(make_draft(), make_settings(), built)
    assert draft.subject == "Thank you — Data Engineer interview"
    assert built.names == frozenset(TEMPLATE_NAMES)


def test_a_working_override_is_used() -> None:
    built = Templates.from_sources({"thank_interviewer": (GOOD_THANKS, "mine.j2")},
                                   defaults=default_template_sources())
    assert built.problems == ()
    draft = render_draft(make_draft(), make_settings(), built)
    assert draft.subject == "Thanks Kim" and draft.body_text.startswith("Hi Kim, thanks!")


def test_without_a_fallback_a_broken_template_is_unavailable_and_others_work() -> None:
    sources = dict(default_template_sources())
    sources["checkin"] = ("Subject: x\n\n{{ nope }}", "checkin.j2")
    built = Templates.from_sources(sources)
    assert "checkin" not in built.names and len(built.names) == len(TEMPLATE_NAMES) - 1
    with pytest.raises(TemplateError) as caught:
        built.render("checkin", {})
    assert caught.value.problems and caught.value.problems[0].where == "checkin.j2:3"
    render_draft(make_draft(), make_settings(), built)


def test_an_over_long_linkedin_template_and_a_long_thank_you_are_reported() -> None:
    sources = dict(default_template_sources())
    sources["linkedin_note"] = ("Hi {{ first_name }} " + "x" * 400, "li.j2")
    sources["thank_support"] = ("Subject: s\n\n" + "word " * 200 + "{{ signature }}", "ts.j2")
    built = Templates.from_sources(sources)
    whats = {p.where.split(":")[0]: p.what for p in built.problems}
    assert "300" in whats["li.j2"] and "linkedin_note" not in built.names
    assert "150" in whats["ts.j2"] and "thank_support" in built.names  # reported, still used


def test_an_unknown_template_name_is_reported() -> None:
    built = Templates.from_sources({"thanks": (GOOD_THANKS, "thanks.j2")},
                                   defaults=default_template_sources())
    assert built.problems[0].where == "thanks.j2" and "known names" in built.problems[0].fix


def test_template_files_read_user_overrides_and_report_unreadable_ones(tmp_path: Path) -> None:
    (tmp_path / "thank_interviewer.j2").write_text(GOOD_THANKS, encoding="utf-8")
    (tmp_path / "checkin.j2").write_bytes(b"Subject: \xff\xfe\n\nbody")
    merged = load_template_sources(tmp_path)
    assert merged["thank_interviewer"] == (GOOD_THANKS, str(tmp_path / "thank_interviewer.j2"))
    built = load_templates(tmp_path)
    assert any("UTF-8" in p.what and p.where.endswith("checkin.j2") for p in built.problems)
    assert built.origin("thank_interviewer").endswith("thank_interviewer.j2")
    assert built.origin("checkin").startswith("(default)")
    assert load_templates(tmp_path / "missing").problems == ()


def test_rendering_is_sandboxed() -> None:
    source = "Subject: x\n\n{{ first_name.__class__.__mro__ }}\n"
    built = Templates.from_sources({"checkin": (source, "evil.j2")},
                                   defaults=default_template_sources())
    assert built.problems and built.problems[0].where.startswith("evil.j2")
