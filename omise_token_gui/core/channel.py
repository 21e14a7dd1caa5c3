"""The local channel between ``omise-token`` (or a second launch) and the running app.

One channel per user and per pair of data/config folders: on Linux and macOS a Unix socket
in an owner-only folder (``$XDG_RUNTIME_DIR/omise-token-gui``, else
``$TMPDIR/omise-token-gui-<uid>``), on Windows a named pipe whose name carries the user and
the folders (the server makes it owner-only). Only the running app listens on it; everything
else is a client of it.

The protocol is JSON Lines, one request then the answers:

- request: ``{"product": "omise-token-gui", "protocol": 1, "request": KIND, ...}`` where
  KIND is ``create`` (with ``argv``: the command line after the program name), ``status``,
  ``activate`` (show and raise the window) or ``copy`` (with ``text``: token ids, one a
  line); any request may name the ``language`` its messages are wanted in (one of
  ``core.i18n.LANGUAGES``: the client's, which wins over the window's). Anything else, or
  anything over ``MAX_MESSAGE`` bytes, is refused (``parse_request``).
- answers: ``{"accepted": true}`` first, then for ``create`` any number of ``{"out": TEXT}``
  and ``{"err": TEXT}``, and always last ``{"exit": CODE}``; ``status`` answers
  ``{"status": {...}}`` before its exit; ``{"decline": REASON}`` means "run it yourself".

Kept light on purpose (stdlib only, imported lazily): the command line's fast path imports
this module and ``core.paths`` and nothing else to forward a create (``cli/fast.py``); the
sentences a person reads are translated through ``core.i18n``, imported only when one is
formed (``translator``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence

TYPE_CHECKING = False  # not typing's: importing typing costs the fast path 2 ms
if TYPE_CHECKING:  # nor pathlib at run time
    from pathlib import Path
    from typing import IO, Any

APP_NAME = "omise-token-gui"  # core.paths.APP_NAME (a test holds them equal)
PRODUCT = APP_NAME
PROTOCOL = 1
KINDS = ("create", "status", "activate", "copy")
MAX_MESSAGE = 64 * 1024  # one request or one answer line, in bytes
MAX_ARGS, MAX_ARG = 64, 4096
# The first answer ("accepted") comes within this long, or the app is taken as hung and the
# command runs on its own. After it, a create may take as long as its vault lets it: each
# token's request has the profile's deadline (at most settings.MAX_TIMEOUT_S, 120 s), so the
# app answers at least once per token within IDLE_TIMEOUT_S.
ACK_TIMEOUT_S = 3.0
IDLE_TIMEOUT_S = 150.0
CONNECT_TIMEOUT_S = 1.0
CLAIM_WAIT_S = 15.0  # a launch waits this long for another one to finish starting
MAX_SOCKET_PATH = 100  # bytes; the kernel takes at most 107 (104 on macOS)


def translator(context: str) -> Callable[..., str]:
    """``core.i18n.translator``, imported only when a sentence is formed (the fast path
    forwards without loading the catalog's machinery)."""

    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        from omise_token_gui.core import i18n

        return i18n.translator(context)(source, disambiguation, n)

    return tr


_ = translator("Channel")


class ChannelError(Exception):
    """A request or answer that is not this product's (the sentence says what is wrong)."""


class AppGone(ChannelError):
    """The app accepted a command and then stopped answering: it may have done part of it.
    ``why``: ``closed`` (it hung up), ``silent`` (nothing within IDLE_TIMEOUT_S) or
    ``garbled`` (an answer that could not be read: ``detail`` says how)."""

    def __init__(self, message: str, why: str = "closed", detail: str = "") -> None:
        super().__init__(message)
        self.why = why
        self.detail = detail


class Request:
    """One request: its kind, the command line (``create``) or text (``copy``), and the
    language the client wants its messages in (None: the app's)."""

    __slots__ = ("argv", "kind", "language", "text")

    def __init__(
        self, kind: str, argv: Sequence[str] = (), text: str = "", language: str | None = None
    ) -> None:
        self.kind = kind
        self.argv = tuple(argv)
        self.text = text
        self.language = language

    def __repr__(self) -> str:
        return (
            f"Request({self.kind!r}, argv={self.argv!r}, text={self.text!r}, "
            f"language={self.language!r})"
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Request) and self._fields() == other._fields()

    def _fields(self) -> tuple[object, ...]:
        return (self.kind, self.argv, self.text, self.language)

    __hash__ = None  # type: ignore[assignment]

    def encode(self) -> bytes:
        body: dict[str, Any] = {"product": PRODUCT, "protocol": PROTOCOL, "request": self.kind}
        if self.kind == "create":
            body["argv"] = list(self.argv)
        if self.kind == "copy":
            body["text"] = self.text
        if self.language is not None:
            body["language"] = self.language
        return encode(body)


def encode(message: Mapping[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def parse_request(line: bytes) -> Request:
    """The request in ``line`` (without its newline), or ``ChannelError``: only this
    product's requests, of the known kinds, within the size limits."""
    if len(line) > MAX_MESSAGE:
        raise ChannelError("the request is too large")
    try:
        body = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[…
        raise ChannelError("the request is not JSON") from None
    if not isinstance(body, dict) or body.get("product") != PRODUCT:
        raise ChannelError("the request is not this product's")
    # The sentences never repeat what the peer sent: they are logged.
    if body.get("protocol") != PROTOCOL:
        raise ChannelError(f"not protocol {PROTOCOL}")
    kind = body.get("request")
    if kind not in KINDS:
        raise ChannelError("unknown request")
    argv = body.get("argv", [])
    if kind == "create" and not (
        isinstance(argv, list)
        and len(argv) <= MAX_ARGS
        and all(isinstance(a, str) and len(a) <= MAX_ARG and "\0" not in a for a in argv)
    ):
        raise ChannelError("the command line is not a list of at most 64 short strings")
    text = body.get("text", "")
    if kind == "copy" and not isinstance(text, str):
        raise ChannelError("the text to copy is not a string")
    from omise_token_gui.core.i18n import LANGUAGES  # the app's side: loaded already

    language = body.get("language")
    if language is not None and language not in LANGUAGES:
        raise ChannelError("unknown language")
    return Request(
        kind=str(kind),
        argv=tuple(argv) if kind == "create" else (),
        text=str(text),
        language=language,
    )


# ---------------------------------------------------------------- where the channel is
def _key(data_dir: str | Path, config_dir: str | Path) -> str:
    """16 hex digits naming the pair of folders (as absolute, resolved paths)."""
    import zlib  # not hashlib: that loads OpenSSL, a few ms on every forwarded command

    text = "\n".join(os.path.realpath(p) for p in (data_dir, config_dir)).encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


def _windows_user() -> str:
    import zlib

    user = os.environ.get("USERNAME", "") + "@" + os.environ.get("USERDOMAIN", "")
    return f"{zlib.crc32(user.encode()):08x}"


def runtime_dir(environ: Mapping[str, str] | None = None) -> str:
    """The owner-only folder of the sockets (POSIX). Created 0700 if missing; an existing one
    that is a symlink, not ours, or open to others is refused (``ChannelError``)."""
    env = os.environ if environ is None else environ
    xdg = env.get("XDG_RUNTIME_DIR")
    folder = (
        os.path.join(xdg, APP_NAME)
        if xdg and os.path.isabs(xdg)
        else os.path.join(env.get("TMPDIR") or "/tmp", f"{APP_NAME}-{os.getuid()}")  # noqa: S108 - checked below
    )
    try:
        if not os.path.lexists(folder):
            os.mkdir(folder, 0o700)
        info = os.lstat(folder)
    except FileExistsError:  # made meanwhile by another process: checked as any other
        info = os.lstat(folder)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ChannelError(
            _("cannot use {folder}: {reason}").format(folder=folder, reason=reason)
        ) from exc
    import stat

    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise ChannelError(_("{folder} is not a folder of this user").format(folder=folder))
    if info.st_mode & 0o077:
        raise ChannelError(_("{folder} is open to other users").format(folder=folder))
    return folder


def address(
    data_dir: str | Path, config_dir: str | Path, environ: Mapping[str, str] | None = None
) -> str:
    """The channel's name for these folders: a socket path, or a Windows pipe name (what
    ``QLocalServer.listen`` takes; the client opens ``\\\\.\\pipe\\<name>``)."""
    if sys.platform == "win32":
        return f"{APP_NAME}-{_windows_user()}-{_key(data_dir, config_dir)}"
    env = os.environ if environ is None else environ
    name = f"{_key(data_dir, config_dir)}.sock"
    path = os.path.join(runtime_dir(env), name)
    if len(path.encode()) > MAX_SOCKET_PATH:  # a deep $XDG_RUNTIME_DIR or $TMPDIR
        path = os.path.join(runtime_dir({"TMPDIR": "/tmp"}), name)  # noqa: S108 - checked
    return path


# ---------------------------------------------------------------- the client
class _Connection:
    """A blocking, line-based connection with deadlines."""

    def __init__(self, name: str) -> None:
        self._buffer = b""
        self._pipe: IO[bytes] | None = None
        if sys.platform == "win32":
            # A pipe has no timeouts; the server answers at once or the pipe is busy.
            self._pipe = open(rf"\\.\pipe\{name}", "r+b", buffering=0)  # noqa: SIM115
            self._sock = None
        else:
            # The C module under ``socket``: the same object and methods, without the
            # 3 ms that ``socket`` spends building its enums on every forwarded command.
            import _socket

            self._sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
            self._sock.settimeout(CONNECT_TIMEOUT_S)
            try:
                self._sock.connect(name)
            except OSError:
                self._sock.close()
                raise

    def send(self, data: bytes) -> None:
        if self._pipe is not None:
            self._pipe.write(data)
        elif self._sock is not None:
            self._sock.sendall(data)

    def receive(self, timeout: float) -> dict[str, Any] | None:
        """The next answer; None when the app closed the connection. ``TimeoutError`` when
        nothing came within ``timeout`` seconds; ``ChannelError`` for a foreign answer."""
        while b"\n" not in self._buffer:
            if len(self._buffer) > MAX_MESSAGE:
                raise ChannelError(_("the app's answer is too large"))
            if self._sock is not None:
                self._sock.settimeout(timeout)
                chunk = self._sock.recv(65536)
            else:
                assert self._pipe is not None  # noqa: S101
                chunk = self._pipe.read(65536) or b""
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            answer = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ChannelError(_("the app's answer is not JSON")) from None
        if not isinstance(answer, dict):
            raise ChannelError(_("the app's answer is not an object"))
        return answer

    def close(self) -> None:
        for part in (self._sock, self._pipe):
            if part is not None:
                part.close()


class Claim:
    """This launch's turn at the channel ``name``: held from the look for a running app
    until this one listens, so that two launches at the same moment cannot both miss each
    other (the second waits, then finds the first). A lock file beside the socket on POSIX;
    on Windows nothing is held (the pipe's first instance wins)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock: Any = None
        if sys.platform != "win32":
            from pathlib import Path

            from omise_token_gui.core.storage import FileLock

            self._lock = FileLock(Path(name + ".lock"))

    def acquire(self, timeout: float | None = None) -> bool:
        """False when another launch held it for longer than ``timeout`` seconds (default
        ``CLAIM_WAIT_S``)."""
        wait = CLAIM_WAIT_S if timeout is None else timeout
        return self._lock is None or bool(self._lock.acquire(timeout=wait))

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()


def connect(name: str) -> _Connection | None:
    """A connection to the app listening on ``name``, or None when none listens (no socket,
    a stale socket, a busy or missing pipe)."""
    try:
        return _Connection(name)
    except OSError:
        return None


def _accepted(conn: _Connection, request: Request) -> bool:
    conn.send(request.encode())
    first = conn.receive(ACK_TIMEOUT_S)
    return first is not None and first.get("accepted") is True


def ask(name: str, request: Request) -> dict[str, Any] | None:
    """A short request (``status``, ``activate``, ``copy``): the app's answers merged into
    one object, or None when no app answered."""
    conn = connect(name)
    if conn is None:
        return None
    try:
        if not _accepted(conn, request):
            return None
        merged: dict[str, Any] = {}
        while (answer := conn.receive(ACK_TIMEOUT_S)) is not None:
            merged.update(answer)
            if "exit" in answer:
                return merged
        return None
    except (OSError, ChannelError):
        return None
    finally:
        conn.close()


APP_GONE = (
    "The running app closed the connection before the command finished (it may have quit); "
    "its history shows what was created."
)


def forward(
    name: str, argv: Sequence[str], out: IO[str], err: IO[str], language: str | None = None
) -> int | None:
    """Run ``omise-token create ARGV`` in the app listening on ``name``: its output is
    written to ``out``/``err`` as it comes (in ``language``, when given), and its exit code
    returned. None when it was not
    forwarded (no app, no answer within ``ACK_TIMEOUT_S``, or the app declined): the caller
    runs the command itself. Nothing has been created in the app in those cases, except
    after a hung app that answers late (a duplicate token is harmless; a gap is not).
    ``AppGone`` when the app accepted the command and then went away."""
    conn = connect(name)
    if conn is None:
        return None
    try:
        try:
            if not _accepted(conn, Request("create", tuple(argv), language=language)):
                return None
        except (OSError, ChannelError):
            return None
        return _stream(conn, out, err)
    finally:
        conn.close()


def _stream(conn: _Connection, out: IO[str], err: IO[str]) -> int | None:
    while True:
        try:
            answer = conn.receive(IDLE_TIMEOUT_S)
        except TimeoutError as exc:
            raise AppGone(f"{APP_GONE} ({exc})", "silent") from exc
        except ChannelError as exc:
            raise AppGone(f"{APP_GONE} ({exc})", "garbled", str(exc)) from exc
        except OSError as exc:  # reset, broken: it went away
            raise AppGone(f"{APP_GONE} ({exc})") from exc
        if answer is None:
            raise AppGone(APP_GONE)
        if "decline" in answer:
            return None
        for key, stream in (("out", out), ("err", err)):
            text = answer.get(key)
            if isinstance(text, str):
                stream.write(text)
                stream.flush()
        code = answer.get("exit")
        if isinstance(code, int) and not isinstance(code, bool):
            return code
