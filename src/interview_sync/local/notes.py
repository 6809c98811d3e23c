"""Read the user's answers back out of an assessment note they have edited (or broken).

Owns: ``parse_note`` (Markdown text -> ``UserNotes``). Pure and total: it never raises, whatever
the text; what it cannot read goes into ``UserNotes.problems`` for ``status``.

How it reads (the rule is in docs/notes.md). The note is parsed with a CommonMark parser
(markdown-it-py), and only its *structure* is looked at: ``##`` headings choose the section, by
keywords in the heading ("## Next steps & timeline" and "## what I wish I'd said" still count);
a person is a ``###`` heading followed by ``Email:``, ``Topic:`` or ``Concern:`` lines, wherever
it sits (so a section the daemon appended later is read the same way); the Next steps section's
paragraphs are the timeline override (its quoted ``>`` line, the invite's own words, is not);
the list items of What I wish I had said, Material to send and Points to stress are read one
per item.

Why invite text can never become an instruction: the renderer writes everything that came from
an invite as one line of backslash-escaped literal text after a label the template wrote
(``- Where:``, ``### `` + a name, ``> From the invite:``), so in the parsed tree it is never a
heading, list item, link, HTML comment or field of its own; and the reader takes instructions
only from headings, list items and fields, never from that text. Prompts (``_(...)_``) and HTML
comments are dropped, so a prompt the user left in place is never an answer. A note written
before this format (no ``interview-sync note v2`` in its header) is read the same way; the
invite text in it was not escaped, so see docs/notes.md for what that means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote

from interview_sync.core.address import mail_address
from interview_sync.core.model import Person, PersonNotes, UserNotes
from interview_sync.core.text import clip

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["parse_note"]

_MAX_NOTE = 1_000_000  # characters; a note is a page or two
_FIELD = re.compile(r"^\s*(e-?mail|topic|concern|role|linkedin(?: note)?)\s*:\s*(.*)$",
                    re.IGNORECASE)
_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"]+@[^\s<>()\[\],;:\"]+")
_EMPTY_ANSWERS = frozenset({"", "-", "--", "—", "n/a", "na", "none", "tbd", "?", "...", "…"})
_READ_SECTIONS = ("timeline", "wish", "material", "points")
_PERSON_SECTIONS = frozenset({"people", "added"})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported on first use: the daemon starts without it

    # CommonMark only: no linkify, no tables, no typographer; HTML stays a token we drop.
    return MarkdownIt("commonmark")


@dataclass(slots=True)
class _Line:
    text: str
    hrefs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Block:
    heading: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    last: str | None = None


def _section_of(heading: str) -> str:
    h = heading.lower()
    if "files in your drafts" in h:
        return "ignore"  # the daemon's own report of what each draft carries
    if "added by" in h:
        return "added"
    if "carried" in h or "earlier" in h:
        return "ignore"
    if "wish" in h:
        return "wish"
    if "next step" in h or "timeline" in h:
        return "timeline"
    if "material" in h or "attach" in h:
        return "material"
    if "stress" in h:
        return "points"
    if "was this an interview" in h:
        return "question"
    if "people" in h or "interviewer" in h:
        return "people"
    return "other"


def _lines(inline: Token) -> list[_Line]:
    """The inline's text split at line breaks; prompts, raw HTML and images' markup dropped."""
    lines = [_Line("")]
    children = inline.children or []
    i = 0
    while i < len(children):
        child = children[i]
        kind = child.type
        if kind in ("em_open", "strong_open"):
            close = kind.replace("_open", "_close")
            j, inner = i + 1, []
            while j < len(children) and children[j].type != close:
                inner.append(children[j].content if children[j].type in ("text", "code_inline")
                             else "")
                j += 1
            words = "".join(inner).strip()
            # "(" ... ")" whatever is between: a prompt may quote invite text (the company)
            if kind == "em_open" and words.startswith("(") and words.endswith(")"):
                i = j + 1  # a prompt the template wrote (or one the user left in place)
                continue
        elif kind in ("text", "code_inline"):
            lines[-1].text += child.content
        elif kind in ("softbreak", "hardbreak"):
            lines.append(_Line(""))
        elif kind == "link_open":
            href = child.attrs.get("href")
            if isinstance(href, str):
                lines[-1].hrefs.append(unquote(href))
        elif kind == "image":
            lines[-1].text += child.content
        i += 1
    return lines


def _answer(text: str) -> str | None:
    """Text with prompts removed, or ``None`` when nothing the user wrote is left."""
    text = " ".join(text.split()).strip()
    return None if text.lower().strip(" .") in _EMPTY_ANSWERS else text


def _heading_text(inline: Token) -> str:
    return " ".join(line.text for line in _lines(inline)).strip()


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _person_email(block: _Block, people: Sequence[Person]) -> str | None:
    # The invite's spelling of each address, by its normal form (an IDN guest is in the model
    # as "kim@bücher.example" and may be written either way in the note).
    known = {mail_address(p.email) or p.email.lower(): p.email.lower() for p in people if p.email}
    for value in block.fields.get("email", []):
        for found in _ADDRESS.findall(value):
            address = mail_address(found.strip(".'`*_"))
            if address:
                return known.get(address, address)
    # A heading is only a name; an address in it counts only if it is someone on the invite.
    for found in _ADDRESS.findall(block.heading):
        address = mail_address(found)
        if address and address in known:
            return known[address]
    wanted = _name_key(block.heading)
    for person in people:
        if person.email and wanted and _name_key(person.name) == wanted:
            return person.email.lower()
    return None


@dataclass(slots=True)
class _Reader:
    sections: dict[str, list[tuple[str, _Line]]] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)
    section: str = "other"
    block: _Block | None = None

    def heading(self, level: int, title: str) -> None:
        if level <= 2:
            self.section = _section_of(title) if level == 2 else "other"
            self.sections.setdefault(self.section, [])
            self.block = None
        elif self.section != "ignore":
            self.block = _Block(heading=title)
            self.blocks.append(self.block)
        else:
            self.block = None

    def paragraph(self, lines: list[_Line], *, in_item: bool, quoted: list[bool]) -> None:
        kept = [line for line, q in zip(lines, quoted, strict=False) if not q]
        if self.block is not None:
            self._fields(kept, in_item=in_item)
        if self.section in _PERSON_SECTIONS:
            return
        bucket = self.sections.setdefault(self.section, [])
        if in_item and kept:
            joined = _Line(" ".join(x.text for x in kept), [h for x in kept for h in x.hrefs])
            bucket.append(("item", joined))
        else:
            bucket.extend(("line", line) for line in kept)

    def _fields(self, lines: list[_Line], *, in_item: bool) -> None:
        block = self.block
        assert block is not None
        if in_item and lines and not _FIELD.match(lines[0].text):
            # A list item of its own is a new thing, not more of the field above it: only lines
            # of the field's own paragraph (or a paragraph typed under it) continue it.
            block.last = None
        for line in lines:
            found = _FIELD.match(line.text)
            if found:
                name = found.group(1).lower().replace("-", "")
                name = "linkedin" if name.startswith("linkedin") else name
                block.fields.setdefault(name, []).append(found.group(2))
                block.last = name if name in ("topic", "concern") else None
            elif block.last and line.text.strip():
                block.fields[block.last][-1] += " " + line.text.strip()


def _walk(tokens: list[Token], source: list[str], reader: _Reader) -> None:
    item_depth = quote_depth = 0
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "list_item_open":
            item_depth += 1
        elif kind == "list_item_close":
            item_depth -= 1
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open" and index + 1 < len(tokens):
            reader.heading(int(token.tag[1:]), _heading_text(tokens[index + 1]))
        elif kind == "inline" and index and tokens[index - 1].type == "paragraph_open":
            lines = _lines(token)
            start = (token.map or [0, 0])[0]
            # In a quote, only the lines written with ">" are the quote; a line typed right
            # under it (a lazy continuation) is the user's.
            quoted = [quote_depth > 0 and source[start + n].lstrip().startswith(">")
                      if start + n < len(source) else quote_depth > 0
                      for n in range(len(lines))]
            reader.paragraph(lines, in_item=item_depth > 0, quoted=quoted)
        elif kind in ("fence", "code_block") and not quote_depth:
            reader.paragraph([_Line(x) for x in token.content.splitlines()],
                             in_item=False, quoted=[False] * len(token.content.splitlines()))


def _items(entries: Sequence[tuple[str, _Line]]) -> list[_Line]:
    return [line for _kind, line in entries if _answer(line.text)]


def _path(line: _Line) -> str:
    item = line.hrefs[0] if line.hrefs else line.text
    item = item.strip().strip("`'\"<>“”‘’ ").strip()
    return item.removeprefix("file://")


def _people(blocks: list[_Block], people: Sequence[Person],
            problems: list[str]) -> dict[str, PersonNotes]:
    found_people: dict[str, PersonNotes] = {}
    for b in blocks:
        if not any(k in b.fields for k in ("email", "topic", "concern")):
            continue
        topic = next((a for a in map(_answer, reversed(b.fields.get("topic", []))) if a), None)
        concern = next((a for a in map(_answer, reversed(b.fields.get("concern", []))) if a),
                       None)
        email = _person_email(b, people)
        if email is None:
            if topic or concern:
                problems.append(f"the section '{b.heading[:60]}' has answers but no Email: line "
                                "that matches someone on the invite")
            continue
        earlier = found_people.get(email)
        if earlier is not None:
            topic, concern = topic or earlier.topic, concern or earlier.concern
        found_people[email] = PersonNotes(email=email, topic=topic, concern=concern)
    return found_people


def _read(text: str, interview_key: str, people: Sequence[Person]) -> UserNotes:
    problems: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    if len(text) > _MAX_NOTE:
        problems.append(f"the note is over {_MAX_NOTE:,} characters; only the start was read")
        text = clip(text, _MAX_NOTE)
    if "\ufffd" in text:
        problems.append("the note has characters that could not be decoded (saved in another "
                        "encoding?); the rest was read")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    reader = _Reader()
    _walk(_parser().parse(text), text.split("\n"), reader)
    found_people = _people(reader.blocks, people, problems)

    sections = reader.sections
    missing = [s for s in _READ_SECTIONS if s not in sections]
    if text.strip() and len(missing) == len(_READ_SECTIONS) and not found_people:
        problems.append("no interview-sync sections were found (were the ## headings renamed?)")
    elif missing:
        problems.append("sections not found: " + ", ".join(missing))

    timeline = [a for a in (_answer(line.text) for _k, line in sections.get("timeline", [])) if a]
    attachments = list(dict.fromkeys(p for p in (_path(x) for x in _items(
        sections.get("material", []))) if p))
    return UserNotes(
        interview_key=interview_key,
        decision=_decision([line.text for line in _items(sections.get("question", []))],
                           problems),
        timeline_text="\n".join(timeline) or None,
        people=tuple(found_people.values()),
        wish_i_had_said=tuple(_clean_items(sections.get("wish", []))),
        attachments=tuple(attachments),
        points_to_stress=tuple(_clean_items(sections.get("points", []))),
        problems=tuple(problems),
    )


def _clean_items(entries: Sequence[tuple[str, _Line]]) -> list[str]:
    return [a for a in (_answer(line.text) for line in _items(entries)) if a]


_TICKED = re.compile(r"^\s*(?:[-*+]\s+)?\[[xX✓✔]\]\s*\**\s*(yes|no)\b", re.IGNORECASE)


def _decision(lines: list[str], problems: list[str]) -> str | None:
    """The "Was this an interview?" box the user ticked ("confirm"/"ignore"), if exactly one."""
    ticked = {m.group(1).lower() for m in map(_TICKED.match, lines) if m}
    if len(ticked) > 1:
        problems.append("both boxes under 'Was this an interview?' are ticked; tick one")
        return None
    return {"yes": "confirm", "no": "ignore"}.get(next(iter(ticked), ""))


def parse_note(text: str, *, interview_key: str, people: Sequence[Person] = ()) -> UserNotes:
    """What the user wrote in a note, as far as it can be read. Never raises."""
    try:
        return _read(text, interview_key, people)
    except Exception as exc:  # a bug here must cost one note's answers, not the daemon
        return UserNotes(interview_key=interview_key,
                         problems=(f"internal error reading the note: {type(exc).__name__}",))
