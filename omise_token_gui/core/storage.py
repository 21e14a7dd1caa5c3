"""How the app writes its files: owner-only modes, a lock other processes respect, and one
way of keeping a damaged file aside.

Every file and folder the app writes is readable by its user only (0600 files, 0700 folders
where the platform has POSIX modes). ``private_umask()`` makes that the default for the whole
process; ``secure_app_files()`` fixes what an older version left behind, touching nothing but
the app's own files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from omise_token_gui.core.i18n import translator

_ = translator("Storage")
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077
_LOCK_POLL_S = 0.02


def private_umask() -> None:
    """New files and folders of this process are owner-only (no effect on Windows)."""
    os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) owner-only. An existing folder keeps its mode: it
    may be one the tester chose and shares (``secure_app_files`` fixes the app's own).

    Raises OSError when the folder cannot be created."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return path


def private_file(path: Path) -> None:
    """Make an existing file owner-only; a missing one is left missing."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` owner-only (0600), replacing an existing file atomically: a
    reader sees the old file or the new one, never half of it. Raises OSError (the folder is
    missing or not writable, the path is a folder...)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.chmod(tmp, PRIVATE_FILE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def secure_app_files(folder: Path, patterns: tuple[str, ...], *, own_folder: bool) -> None:
    """Make the app's own entries in ``folder`` owner-only: the files and folders matching
    ``patterns`` (and, inside such a folder, what it holds); ``folder`` itself too when it is
    the app's own (``own_folder``: the platform's default place). Nothing else is touched: a
    folder the tester chose (``--data-dir ~/qa``, even ``/tmp``) keeps its mode and the other
    files in it, their exec bits or sticky bit included. Symlinks are never followed."""
    if not folder.is_dir() or folder.is_symlink():
        return
    if own_folder:
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)
    for pattern in patterns:
        for entry in folder.glob(pattern):
            _secure_entry(entry)


def _secure_entry(entry: Path) -> None:
    if entry.is_symlink():
        return
    if entry.is_dir():
        with contextlib.suppress(OSError):
            os.chmod(entry, PRIVATE_DIR)
        for child in entry.iterdir():
            _secure_entry(child)
    elif entry.is_file():
        private_file(entry)


def remove_stale(folder: Path, pattern: str, older_than_s: float) -> None:
    """Delete files matching ``pattern`` not changed for ``older_than_s`` (temporary files a
    kill left behind; a younger one may belong to another running copy)."""
    now = time.time()
    for entry in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if (
                entry.is_file()
                and not entry.is_symlink()
                and now - entry.stat().st_mtime > older_than_s
            ):
                entry.unlink()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---------------------------------------------------------------------- damaged files
def aside_path(path: Path) -> Path:
    """A name beside ``path`` that no file has: ``<name>.damaged-<time>-<random>``."""
    while True:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{uuid.uuid4().hex[:8]}")
        if not os.path.lexists(aside):
            return aside


def preserve(src: Path, dst: Path) -> None:
    """Give ``src``'s content a second name ``dst`` and leave ``src`` in place: a hard link
    where the file system has them, else a copy. Never overwrites ``dst``."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(dst):
            raise FileExistsError(dst) from None
        shutil.copy2(src, dst)
    private_file(dst)


def move_aside(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """Move a damaged file (and ``path + suffix`` for each of ``companions``) to a new, unique
    name and return it. Nothing is overwritten or deleted: the content only changes name."""
    aside = aside_path(path)
    for suffix in ("", *companions):
        src = path.with_name(path.name + suffix)
        if os.path.lexists(src):
            preserve(src, aside.with_name(aside.name + suffix))
            os.unlink(src)
    return aside


# ---------------------------------------------------------------------- locks
class LockTimeout(Exception):
    """Another process held the lock for longer than the caller would wait."""


class FileLock:
    """An advisory lock on ``path`` that other processes of the app respect (``flock`` on
    POSIX, ``msvcrt.locking`` on Windows, where a shared lock is an exclusive one).

    Each instance is one holder: two instances in one process exclude each other too.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, shared: bool = False, timeout: float | None = None) -> bool:
        """Take the lock; wait at most ``timeout`` seconds (None: as long as it takes; 0: only
        if it is free now). Returns False when it was not free in time."""
        if self._fd is not None:
            return True
        private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if _try_lock(fd, shared):
                self._fd = fd
                return True
            if deadline is not None and time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(_LOCK_POLL_S)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    @contextlib.contextmanager
    def hold(self, *, shared: bool = False, timeout: float | None = None) -> Iterator[None]:
        """``with lock.hold(timeout=…):`` — raises LockTimeout if it is not free in time."""
        if not self.acquire(shared=shared, timeout=timeout):
            raise LockTimeout(_("{path} is held by another process").format(path=self.path))
        try:
            yield
        finally:
            self.release()

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
