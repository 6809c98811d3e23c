"""Files in the output directories (notes, reminders): written whole or not at all.

Owns: path containment, atomic writes, create-once, replace-only-if-unchanged, appends, lenient
reads, and the translation of ``OSError`` into our errors.

Why each primitive exists:

* ``write_atomic`` writes a hidden temp file (``.<name>.<random>.tmp``, so khal/vdir readers and
  note indexers skip it) in the *same* directory, fsyncs it, ``os.replace``-s it over the target
  and fsyncs the directory. A reader sees the old file or the new one, never half of either, even
  if the process is killed mid-write.
* ``create_exclusive`` publishes the fsynced temp file with ``os.link``, which fails if the name
  exists: a note the user has started is never overwritten, and a crash never leaves a partial one.
* ``replace_if_unchanged`` compares the current file with the hash we recorded when we wrote it;
  a different hash means the user edited it, and the user's words win.
* ``append_text`` uses ``O_APPEND`` so that what is already there is never rewritten, and
  ``O_NOFOLLOW`` plus an ``fstat`` so that a link or a device planted at the note's path is
  refused instead of written through.
* Everything is as private as the data in it: files are created ``0600`` in folders created
  ``0700`` (the parents we create too), or stricter when the umask is (``private_mode``); an
  existing file or folder is never loosened.
* Reads of files the daemon wrote (``read_text_lenient``, ``read_bytes_bounded``, ``sha256_of``)
  open with ``O_NOFOLLOW | O_NONBLOCK``, check the opened file is a regular file and read at
  most a limit, so a FIFO, ``/dev/zero`` or a link swapped in for a note costs nothing.

A SIGKILL between creating the temp file and renaming it leaves a hidden ``*.tmp`` behind;
``remove_stale_temps`` sweeps those (call it at start-up, when no writer is running).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import secrets
import stat
from pathlib import Path

from interview_sync.errors import EX_DATAERR, EX_TEMPFAIL, ConfigError, InterviewSyncError

__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "IRREGULAR",
    "FileError",
    "UnsafePath",
    "append_text",
    "create_exclusive",
    "current_umask",
    "ensure_dir",
    "joined",
    "path_identity",
    "path_of",
    "private_mode",
    "read_bytes_bounded",
    "read_text_lenient",
    "remove_stale_temps",
    "replace_if_unchanged",
    "safe_path",
    "sha256_of",
    "write_atomic",
]

_TEMP_SUFFIX = ".tmp"
_CHUNK = 1 << 16
FILE_MODE = 0o600  # notes, reminders, the feed: they name the people the user met
DIR_MODE = 0o700
MAX_READ = 8 * 1024 * 1024  # a note or reminder is a few kB; anything larger is not ours
_READ_FLAGS = os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK

# Paths a poll builds again every time (each note and reminder the ledger names, each .ics file
# it reads back) are kept, the same object for the same text, so a poll builds none anew. Why:
# pathlib interns every part of a path (``sys.intern``), and an interned string is dropped from
# the interpreter's table when its last path dies, leaving a deleted slot; a poll that rebuilt
# ~60 paths each time filled the table's free slots in ~60 polls, and its resize doubled it
# (0.96 -> 1.9 MB, the soak's RSS +1.8 MB at cycle ~63; docs/architecture.md, round 21). Bounded:
# a daemon's files are a few hundred; past the bound the oldest are built again when met.
_KEPT_PATHS = 4096


@functools.lru_cache(maxsize=_KEPT_PATHS)
def path_of(text: str) -> Path:
    """``Path(text)``, the same object every time for the same ``text`` (bounded)."""
    return Path(text)


@functools.lru_cache(maxsize=_KEPT_PATHS)
def joined(parent: Path, name: str) -> Path:
    """``parent / name``, the same object every time for the same pair (bounded)."""
    return parent / name


def current_umask() -> int:
    """The process umask, read without changing it where Linux allows (``/proc``, 4.7+)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o077)  # the portable way is set-and-restore
    os.umask(old)
    return old


def private_mode(mode: int) -> int:
    """``mode`` filtered by the umask: the umask may make it stricter, never looser."""
    return mode & ~current_umask() & 0o7777


class UnsafePath(InterviewSyncError, ValueError):
    """A file name that would leave its directory (``..``, an absolute path, a symlink out)."""

    exit_code = EX_DATAERR


class FileError(InterviewSyncError):
    """A file could not be written or read for a reason that may pass (disk full, I/O error)."""

    exit_code = EX_TEMPFAIL


# errnos a person has to fix (permissions, read-only mount, a file where a directory should be)
_HUMAN_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EISDIR,
                           errno.ENOENT, errno.ELOOP, errno.ENAMETOOLONG})


def _translate(exc: OSError, path: Path, doing: str,
               directory: Path | None = None) -> InterviewSyncError:
    reason = exc.strerror or str(exc)
    if exc.errno in _HUMAN_ERRNOS:
        return ConfigError(
            f"cannot {doing} {path}: {reason}",
            remedy=(f"make {directory or path.parent} an existing directory you can write, or "
                    "change "
                    "[paths] notes_dir / reminders_dir in the configuration"),
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FileError(f"cannot {doing} {path}: {reason}",
                         remedy=f"free some space on the file system holding {path.parent}")
    return FileError(f"cannot {doing} {path}: {reason}", remedy="check the disk and try again")


def safe_path(directory: Path, filename: str) -> Path:
    """``directory/filename`` resolved, refusing anything that would end up outside it."""
    if not filename or "\x00" in filename or filename in {".", ".."}:
        raise UnsafePath(f"refusing the file name {filename!r} in {directory}")
    base = Path(directory).expanduser().resolve()
    candidate = (base / filename).resolve()
    if candidate == base or not candidate.is_relative_to(base):
        raise UnsafePath(f"refusing {filename!r}: it would leave {base}",
                         remedy="this is a bug in the name sanitiser; please report it")
    return candidate


def ensure_dir(path: Path, mode: int = DIR_MODE) -> None:
    """Create ``path`` and any missing parents ``0700`` (or the umask, if stricter).

    Only folders created here get the mode; an existing one is left as it is (``doctor``
    reports one others can read). ``ConfigError`` if it cannot be used.
    """
    path = Path(path).expanduser()
    try:
        missing = []
        probe = path
        while not probe.is_dir():
            missing.append(probe)
            if probe.parent == probe:
                break
            probe = probe.parent
        for folder in reversed(missing):
            # pathlib's parents=True would give every parent 0777 & ~umask (0755 from a shell)
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=mode)
                os.chmod(folder, private_mode(mode))  # mkdir's mode is filtered by the umask
    except OSError as exc:
        raise _translate(exc, path, "create the directory", path) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise ConfigError(f"the directory {path} is not writable",
                          remedy=f"fix its permissions (chmod u+rwx {path}) or choose another "
                                 "directory in the configuration")


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(directory: Path) -> None:
    # makes the rename itself durable; some file systems refuse fsync on a directory
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_temp(path: Path, data: bytes, mode: int) -> Path:
    """Write ``data`` to a new hidden temp file beside ``path``, fsynced, with ``mode``."""
    # the name is shortened so that a target near NAME_MAX (255 bytes) still gets a temp file
    stem = path.name.encode("utf-8")[:120].decode("utf-8", "ignore")
    temp = path.with_name(f".{stem}.{secrets.token_hex(6)}{_TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fchmod(fd, private_mode(mode))
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    os.close(fd)
    return temp


def write_atomic(path: Path, data: bytes, *, mode: int = FILE_MODE) -> str:
    """Replace ``path`` with ``data`` atomically; returns the SHA-256 (hex) of ``data``."""
    path = Path(path)
    try:
        temp = _write_temp(path, data, mode)
        try:
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise _translate(exc, path, "write") from exc
    _fsync_dir(path.parent)
    return _hash(data)


def create_exclusive(path: Path, data: bytes, *, mode: int = FILE_MODE) -> tuple[bool, str]:
    """Create ``path`` with ``data`` only if it does not exist (never partial, never over).

    Returns ``(created, sha256 of what is there now)``.
    """
    path = Path(path)
    try:
        temp = _write_temp(path, data, mode)
        try:
            created = _publish_if_absent(temp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    except OSError as exc:
        raise _translate(exc, path, "create") from exc
    if created:
        _fsync_dir(path.parent)
        return True, _hash(data)
    current = sha256_of(path)
    return False, current if current is not None else ""


def _publish_if_absent(temp: Path, path: Path) -> bool:
    try:
        os.link(temp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        # a file system without hard links (vfat, some FUSE mounts): check, then rename. The
        # window between the two only matters if someone creates this exact name meanwhile.
        if path.exists():
            return False
        os.rename(temp, path)
    return True


def replace_if_unchanged(path: Path, data: bytes, expected_sha256: str | None) -> bool:
    """Write ``data`` unless the file exists and no longer has the hash we recorded.

    ``False`` means the file was left untouched because someone (the user) changed it. A file
    that already holds exactly ``data`` counts as written. The file keeps its permissions.
    """
    path = Path(path)
    current = sha256_of(path)
    if current is not None and current != expected_sha256:
        return current == _hash(data)
    if current is not None and current == _hash(data):
        return True
    mode = FILE_MODE
    with contextlib.suppress(OSError):
        mode = os.lstat(path).st_mode & 0o7777  # the user's choice (doctor flags a loose one)
    # a small window remains between the hash check and the rename; an editor saving in that
    # millisecond loses to us, which is why the caller records the new hash right away
    write_atomic(path, data, mode=mode)
    return True


def append_text(path: Path, text: str) -> None:
    """Append ``text`` (UTF-8) to an existing regular file, starting on a new line.

    ``O_NOFOLLOW``: a symbolic link planted at ``path`` is refused (``UnsafePath``), never
    followed; a FIFO or device there is refused too.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafePath(f"refusing to append to {path}: it is a symbolic link",
                             remedy=f"replace the link with the note itself (or remove {path})"
                             ) from exc
        raise _translate(exc, path, "append to") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafePath(f"refusing to append to {path}: not a regular file",
                             remedy=f"remove {path}; interview-sync writes only its own notes")
        size = info.st_size
        prefix = b""
        if size and os.pread(fd, 1, size - 1) != b"\n":
            prefix = b"\n"
        view = memoryview(prefix + text.encode("utf-8"))
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError as exc:
        raise _translate(exc, path, "append to") from exc
    finally:
        os.close(fd)


def _open_regular(path: Path) -> int:
    """An fd of ``path`` opened without following a final link; ``OSError`` if not regular."""
    fd = os.open(path, _READ_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes_bounded(path: Path, limit: int = MAX_READ) -> bytes:
    """The bytes of a regular file (a link is refused), at most ``limit`` of them.

    ``FileNotFoundError`` passes through; any other failure (a link, a FIFO, a device, too big)
    is an ``OSError`` with a readable ``strerror``.
    """
    fd = _open_regular(Path(path))
    try:
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise OSError(errno.EFBIG, f"larger than {limit:,} bytes")
    return b"".join(chunks)


IRREGULAR = "!not-a-regular-file"  # what sha256_of gives for a link, FIFO or device


def path_identity(path: Path) -> str:
    """What sits at ``path`` itself (never following a link): device, inode, type and change
    time, or ``"absent"``. Replacing, retargeting (``ln -sf``) or removing it changes it."""
    try:
        info = os.lstat(path)
    except OSError:
        return "absent"
    return (f"{info.st_dev}:{info.st_ino}:{stat.S_IFMT(info.st_mode):o}:"
            f"{info.st_ctime_ns}")


def sha256_of(path: Path) -> str | None:
    """SHA-256 (hex) of the file's bytes, ``None`` if it does not exist, ``IRREGULAR`` if it is
    a link, FIFO or device (which then never matches a hash we recorded: it is left alone)."""
    digest = hashlib.sha256()
    try:
        fd = _open_regular(Path(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EINVAL, errno.ENXIO):
            return IRREGULAR
        raise _translate(exc, Path(path), "read") from exc
    try:
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
    except OSError as exc:
        raise _translate(exc, Path(path), "read") from exc
    finally:
        os.close(fd)
    return digest.hexdigest()


def read_text_lenient(path: Path) -> tuple[str, list[str]]:
    """The file as text, as far as it can be read, plus a list of what went wrong.

    Invalid UTF-8 is replaced with U+FFFD (and reported with the first bad byte offset); a BOM is
    dropped; an unreadable or missing file, a link, a FIFO, a device or a file over ``MAX_READ``
    gives ``""`` and a problem. Never raises ``OSError``.
    """
    path = Path(path)
    try:
        data = read_bytes_bounded(path)
    except FileNotFoundError:
        return "", [f"{path}: the file does not exist"]
    except OSError as exc:
        reason = "a symbolic link" if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
        return "", [f"{path}: cannot be read ({reason}); interview-sync reads only a regular "
                    "file it wrote: put the note itself back at that path"]
    problems: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        problems.append(f"{path}: not valid UTF-8 (first bad byte at offset {exc.start}); "
                        "unreadable characters were replaced with \ufffd")
    if "\x00" in text:
        problems.append(f"{path}: contains NUL bytes; is it a text file?")
    return text, problems


def remove_stale_temps(directory: Path) -> list[Path]:
    """Delete hidden ``.*.tmp`` files our writers left behind when killed; returns them."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in Path(directory).iterdir():
            if entry.name.startswith(".") and entry.name.endswith(_TEMP_SUFFIX) and \
                    entry.is_file() and not entry.is_symlink():
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed
