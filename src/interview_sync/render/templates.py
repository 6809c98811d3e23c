"""Compiled, validated Jinja2 templates: every mistake found at load time, never a blank in a mail.

Owns: ``Templates`` (built from template *sources*, so this module reads no files; the adapter
``interview_sync.local.templates`` supplies them), the template names interview-sync uses, and the
rules a template must meet.

Theory of operation: each template is parsed, its free variables are checked against the
variables its kind of context provides (``jinja2.meta``), and it is rendered against two sample
contexts (everything known / nothing known) with ``StrictUndefined``, which catches a misspelt
attribute too. Mail templates must begin with a ``Subject:`` line; the LinkedIn note must fit in
300 characters; a thank-you longer than 150 words is reported (but kept). A user override that
fails falls back to the package default and the failure is reported with file, line and the
variables available; the other templates are unaffected. Rendering is sandboxed and never
autoescapes (this is plain-text mail and Markdown).
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from interview_sync.errors import Problem, TemplateError
from interview_sync.render.context import CONTEXT_KINDS, Context, sample_contexts
from interview_sync.render.words import clause, count_words, join_names

if TYPE_CHECKING:
    # Jinja2 is imported when the first template is compiled (``_env``), not with this module:
    # the engine imports the renderers, and a daemon whose cycles have nothing to write never
    # renders (round 19: ~2.3 MB of a daemon's memory, and its import time at every start).
    from jinja2 import nodes
    from jinja2.environment import Template
    from jinja2.sandbox import SandboxedEnvironment

__all__ = [
    "LINKEDIN_LIMIT",
    "MAIL_TEMPLATES",
    "TEMPLATE_NAMES",
    "THANK_YOU_TEMPLATES",
    "THANK_YOU_WORD_LIMIT",
    "Templates",
    "split_subject",
]

TEMPLATE_NAMES: tuple[str, ...] = tuple(CONTEXT_KINDS)
MAIL_TEMPLATES = frozenset({"thank_interviewer", "thank_hiring_manager", "thank_support",
                            "reference_brief", "checkin"})
THANK_YOU_TEMPLATES = frozenset({"thank_interviewer", "thank_hiring_manager", "thank_support"})
THANK_YOU_WORD_LIMIT = 150
LINKEDIN_LIMIT = 300  # LinkedIn's limit for a connection-request note


def split_subject(text: str) -> tuple[str, str]:
    """``("Thank you", body)`` from a rendered mail template (``Subject:`` line, blank, body)."""
    head, _, body = text.lstrip("\n").partition("\n")
    if not head.lower().startswith("subject:"):
        return "", text.strip("\n")
    return head.split(":", 1)[1].strip(), body.strip("\n")


@functools.cache
def _env() -> SandboxedEnvironment:
    """The one sandboxed environment every template is compiled in (built on first use)."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=False)
    env.filters["names"] = join_names
    env.filters["clause"] = clause
    return env


@functools.cache
def _builtin_globals() -> frozenset[str]:
    return frozenset(_env().globals)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Compiled:
    template: Template
    origin: str


def _line_of(exc: BaseException, origin: str) -> int | None:
    """The template line a render error happened on (Jinja rewrites tracebacks to point there)."""
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == origin]
    return lines[-1] if lines else None


def _name_line(ast: nodes.Template, name: str) -> int:
    from jinja2 import nodes

    for node in ast.find_all(nodes.Name):
        if node.name == name and node.ctx == "load":
            return node.lineno
    return 1


def _available(kind: str) -> str:
    return "variables available: " + ", ".join(sorted(sample_contexts(kind)[0]))


def _check_output(name: str, text: str, origin: str) -> tuple[list[Problem], list[Problem]]:
    """(fatal, warnings) about what a template produced from a sample context."""
    fatal: list[Problem] = []
    warnings: list[Problem] = []
    if name in MAIL_TEMPLATES:
        subject, body = split_subject(text)
        if not subject:
            fatal.append(Problem(f"{origin}:1", "a mail template must start with a "
                                 "'Subject: ...' line", "put the subject on the first line"))
        elif not body.strip():
            fatal.append(Problem(origin, "the mail body is empty"))
        if name in THANK_YOU_TEMPLATES and count_words(body) > THANK_YOU_WORD_LIMIT:
            warnings.append(Problem(origin, f"the thank-you body is {count_words(body)} words "
                                    f"(keep it under {THANK_YOU_WORD_LIMIT})"))
    if name == "linkedin_note" and len(text.strip()) > LINKEDIN_LIMIT:
        fatal.append(Problem(origin, f"the LinkedIn note is {len(text.strip())} characters; "
                             f"LinkedIn allows {LINKEDIN_LIMIT}"))
    if name in ("note", "note_section") and not text.strip():
        fatal.append(Problem(origin, "the note template renders nothing"))
    return fatal, warnings


def _compile(name: str, source: str, origin: str) -> tuple[_Compiled | None, list[Problem],
                                                           list[Problem]]:
    """Compile and validate one template: (compiled or None, fatal problems, warnings)."""
    from jinja2 import TemplateSyntaxError, meta

    kind = CONTEXT_KINDS[name]
    samples = sample_contexts(kind)
    env = _env()
    try:
        ast = env.parse(source, name=name, filename=origin)
    except TemplateSyntaxError as exc:
        return None, [Problem(f"{origin}:{exc.lineno}", f"syntax error: {exc.message}",
                              _available(kind))], []
    unknown = meta.find_undeclared_variables(ast) - set(samples[0]) - _builtin_globals()
    if unknown:
        return None, [Problem(f"{origin}:{_name_line(ast, var)}", f"unknown variable '{var}'",
                              _available(kind)) for var in sorted(unknown)], []
    try:
        code = env.compile(source, name=name, filename=origin)
        template = env.template_class.from_code(env, code, env.make_globals(None))
    except TemplateSyntaxError as exc:
        return None, [Problem(f"{origin}:{exc.lineno}", f"syntax error: {exc.message}",
                              _available(kind))], []
    fatal: list[Problem] = []
    warnings: list[Problem] = []
    for sample in samples:
        try:
            text = template.render(sample)
        except Exception as exc:  # a sandbox/undefined/type error: any of them makes it unusable
            line = _line_of(exc, origin)
            where = f"{origin}:{line}" if line else origin
            return None, [Problem(where, f"{type(exc).__name__}: {exc}", _available(kind))], []
        more_fatal, more_warnings = _check_output(name, text, origin)
        fatal += more_fatal
        warnings += [w for w in more_warnings if w not in warnings]
    if fatal:
        return None, fatal, []
    return _Compiled(template=template, origin=origin), [], warnings


class Templates:
    """The templates interview-sync renders, each one already proven to render."""

    __slots__ = ("_compiled", "problems")

    def __init__(self, compiled: Mapping[str, _Compiled], problems: tuple[Problem, ...]) -> None:
        self._compiled = dict(compiled)
        self.problems = problems

    @classmethod
    def from_sources(cls, sources: Mapping[str, tuple[str, str]], *,
                     defaults: Mapping[str, tuple[str, str]] | None = None) -> Templates:
        """Compile ``sources`` (name -> (text, origin path)); fall back to ``defaults`` per name.

        Names in ``sources`` that interview-sync does not use are reported, not compiled.
        """
        compiled: dict[str, _Compiled] = {}
        problems: list[Problem] = []
        for name in sorted(set(sources) - set(TEMPLATE_NAMES)):
            problems.append(Problem(sources[name][1], f"'{name}' is not a template "
                                    "interview-sync uses (ignored)",
                                    "known names: " + ", ".join(TEMPLATE_NAMES)))
        for name in TEMPLATE_NAMES:
            candidates = [c for c in ((sources or {}).get(name), (defaults or {}).get(name)) if c]
            for i, (text, origin) in enumerate(candidates):
                done, fatal, warnings = _compile(name, text, origin)
                problems += fatal + warnings
                if done is not None:
                    if i > 0:
                        problems.append(Problem(origin, f"using the default '{name}' template "
                                                "because the override above failed"))
                    compiled[name] = done
                    break
            else:
                if not candidates:
                    problems.append(Problem(f"{name}.j2", "no template with this name"))
        return cls(compiled, tuple(problems))

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._compiled)

    def origin(self, name: str) -> str:
        return self._get(name).origin

    def _get(self, name: str) -> _Compiled:
        found = self._compiled.get(name)
        if found is None:
            raise TemplateError(f"template '{name}' is not available",
                                remedy="fix the problems `interview-sync doctor` lists",
                                problems=self.problems)
        return found

    def render(self, name: str, context: Context | Mapping[str, Any]) -> str:
        """Render one template; a failure the samples did not reach raises ``TemplateError``."""
        compiled = self._get(name)
        try:
            return compiled.template.render(dict(context))
        except Exception as exc:
            line = _line_of(exc, compiled.origin)
            where = f"{compiled.origin}:{line}" if line else compiled.origin
            raise TemplateError(f"template {where} failed: {exc}",
                                problems=[Problem(where, str(exc))]) from exc
