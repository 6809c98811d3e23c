"""The single-instance lock: one interview-sync per state directory.

Owns ``instance_lock`` (``flock`` on ``state_dir/lock``, non-blocking, the holder's pid written in
it) and ``LOCK_NAME``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from interview_sync.errors import EX_CONFIG, EX_TEMPFAIL, StateError

__all__ = ["LOCK_NAME", "instance_lock"]

LOCK_NAME = "lock"


@contextlib.contextmanager
def instance_lock(state_dir: Path) -> Iterator[None]:
    """Hold ``state_dir/lock`` (``flock``, non-blocking) for the duration of the block.

    A second holder gets ``StateError`` with exit code 75 naming the running pid. The lock file
    is never deleted (deleting it would let two processes lock two different inodes).
    """
    state_dir = Path(state_dir).expanduser()
    lock_path = state_dir / LOCK_NAME
    try:
        state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StateError(f"cannot create the lock file {lock_path}: {exc.strerror or exc}",
                         remedy=f"make {state_dir} a directory you can write",
                         exit_code=EX_CONFIG) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StateError(f"cannot lock {lock_path}: {exc.strerror or exc}",
                                 remedy=f"check that {state_dir} is on a local file system",
                                 exit_code=EX_CONFIG) from exc
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise StateError(
                f"another interview-sync is running (pid {holder})",
                remedy=(f"stop it first (e.g. `systemctl --user stop interview-sync`), or wait "
                        f"for it to finish; the lock is {lock_path}"),
                exit_code=EX_TEMPFAIL,
            ) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
