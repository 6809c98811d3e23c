"""The material folder: the only place a file attached to a draft may come from.

Owns ``MaterialFolder`` (``load`` one listed name -> an ``Attachment`` or a ``Refusal``). The
note's *Material to send* section is the user's instruction, but the note sits beside text a
stranger wrote, and a path is a powerful instruction: one wrong line attaches ``~/.ssh/id_rsa``
to a draft addressed to the invite's guest. So a listed file is attached only when all of these
hold, else it is refused with one line saying what and how to fix it (the draft is still made):

* it names a file inside ``[paths] material_dir`` (relative names are taken from there; an
  absolute or ``~`` path must resolve inside it; ``..`` and links that lead out are refused);
* no part of its path under the folder starts with a dot (``.ssh``, ``.env``, ``.git``);
* it is not one of, or under, the config, state or token locations (in case the folder was set
  to ``~``); a location that itself holds the material folder forbids only its own files;
* opened with ``O_NOFOLLOW`` on every component below the folder (so nothing can be swapped for
  a link between the check and the open) and ``O_NONBLOCK`` (a FIFO cannot block us), the
  opened file is a regular file (``fstat``; ``/dev/zero`` and FIFOs are not) no larger than the
  limit, and at most the limit is read (a file that grows meanwhile is refused).
"""

from __future__ import annotations

import errno
import mimetypes
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from interview_sync.local.files import DIR_MODE, ensure_dir

if TYPE_CHECKING:  # the renderer (Jinja2, icalendar) stays off the status/doctor import path
    from interview_sync.render.email import Attachment

__all__ = ["MAX_ATTACHMENT_BYTES", "MaterialFolder", "Refusal", "files_detail", "human_size"]

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # Gmail's attachment limit
_CHUNK = 1 << 16
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


@dataclass(frozen=True, slots=True)
class Refusal:
    """A listed file that was not attached: ``listed`` as the user wrote it, and why."""

    listed: str
    reason: str

    def __str__(self) -> str:
        return f"{self.listed}: {self.reason}"


class MaterialFolder:
    """Files the user put in ``root`` for their drafts; nothing else is ever read."""

    def __init__(self, root: Path, *, forbidden: Sequence[Path] = (),
                 limit: int = MAX_ATTACHMENT_BYTES) -> None:
        self.root = Path(root).expanduser()
        self.forbidden = tuple(Path(p).expanduser() for p in forbidden)
        self.limit = limit

    def create(self) -> None:
        """Make the folder (0700, or the umask if stricter) so the user knows where to put files."""
        ensure_dir(self.root, DIR_MODE)

    def load(self, listed: str) -> Attachment | Refusal:
        where = self._locate(listed)
        if isinstance(where, str):
            return Refusal(listed, where)
        try:
            data = self._read(where)
        except OSError as error:
            return Refusal(listed, _reason(error, self.limit))
        from interview_sync.render.email import Attachment

        name = where[-1]
        guessed, _ = mimetypes.guess_type(name)
        return Attachment(filename=name, content_type=guessed or "application/octet-stream",
                          data=data)

    def _locate(self, listed: str) -> tuple[str, ...] | str:
        """The parts of ``listed`` below the folder, or why it is refused."""
        fix = f"put the file in {self.root} and list its name"
        text = listed.strip()
        if not text or "\x00" in text:
            return "not a file name"
        scheme = text.partition(":")[0].lower()
        if ":" in text and scheme.isalpha() and len(scheme) > 1:
            return f"a {scheme}: link is not a file in your material folder; {fix}"
        path = Path(text).expanduser()
        try:
            root = self.root.resolve(strict=True)
        except OSError:
            return f"the material folder {self.root} does not exist; create it, then {fix}"
        full = (path if path.is_absolute() else root / path).resolve()
        if not full.is_relative_to(root) or full == root:
            return f"outside your material folder {self.root} (or a link leading out); {fix}"
        parts = full.relative_to(root).parts
        if any(part.startswith(".") for part in parts):
            return f"hidden files and folders are never attached; {fix}"
        for place in self.forbidden:
            try:
                place = place.resolve()
                if root.is_relative_to(place):
                    continue  # the user put the material folder in there: its files only count
                if full.is_relative_to(place):
                    return f"under {place}, which holds interview-sync's configuration, state " \
                           "or token; never attached"
            except OSError:
                continue
        return parts

    def stamp(self, listed: str) -> str:
        """A cheap token that changes when the file ``listed`` does (added, replaced, written):
        size, mtime and inode from an ``fstat`` of the same confined open ``load`` uses, or
        the reason it is refused. Nothing is read."""
        where = self._locate(listed)
        if isinstance(where, str):
            return f"refused:{where}"
        try:
            file_fd = self._open(where)
        except OSError as error:
            return f"refused:{error.errno}"
        try:
            info = os.fstat(file_fd)
        except OSError as error:
            return f"refused:{error.errno}"
        finally:
            os.close(file_fd)
        return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}"

    def _open(self, parts: tuple[str, ...]) -> int:
        fd = os.open(self.root.resolve(), _DIR_FLAGS)
        try:
            for part in parts[:-1]:
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
                os.close(fd)
                fd = child
            return os.open(parts[-1], _FILE_FLAGS, dir_fd=fd)
        finally:
            os.close(fd)

    def _read(self, parts: tuple[str, ...]) -> bytes:
        file_fd = self._open(parts)
        try:
            info = os.fstat(file_fd)
            if not stat.S_ISREG(info.st_mode):
                raise OSError(errno.EINVAL, "not a regular file")
            if info.st_size > self.limit:
                raise OSError(errno.EFBIG, "too big")
            chunks, total = [], 0
            while total <= self.limit:
                chunk = os.read(file_fd, min(_CHUNK, self.limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
            if total > self.limit:
                raise OSError(errno.EFBIG, "too big")
            return b"".join(chunks)
        finally:
            os.close(file_fd)


def human_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


def files_detail(attached: Sequence[Attachment], refused: Sequence[Refusal]) -> str:
    """For ``status``: exactly which files a draft carries, and which were refused and why."""
    carried = ", ".join(f"{a.filename} ({human_size(len(a.data))})" for a in attached)
    parts = [f"carries {carried}" if carried else "carries no files"]
    parts += [f"refused {r}" for r in refused]
    return "; ".join(parts)


def _reason(error: OSError, limit: int) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link; list the file itself"
    if error.errno == errno.EINVAL:
        return "not a regular file (a device, FIFO or folder); never attached"
    if error.errno == errno.EFBIG:
        return f"over the {limit / 1e6:.0f} MB attachment limit"
    if error.errno == errno.ENOENT:
        return "no such file in your material folder"
    return f"cannot be read ({error.strerror or error})"
