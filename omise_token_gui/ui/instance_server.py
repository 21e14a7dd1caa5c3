"""The running app's end of the local channel (``core.channel``): a ``QLocalServer`` that
reads one request per connection and hands it to a handler, which answers as it goes.

Owner-only: the socket lives in the channel's owner-only folder (``core.channel``), is
created with ``UserAccessOption`` (on Windows: a pipe only this user may open), and on Linux
a peer that is not this user is refused from its credentials (``SO_PEERCRED``). A stale
socket (no app behind it: the last one was killed) is removed before listening; a live one
means another instance owns the channel, and this one does not listen.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from omise_token_gui.core import channel
from omise_token_gui.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

LOCK_WAIT_S = 1.0  # a copy starting at the same moment holds the channel's lock this long
Send = Callable[[dict[str, Any]], None]
Handler = Callable[[channel.Request, Send], Awaitable[None]]


def peer_is_this_user(socket: QLocalSocket) -> bool:
    """On Linux, whether the peer's uid is ours (else True: the folder's mode decides)."""
    if not sys.platform.startswith("linux"):
        return True
    import socket as pysocket
    import struct

    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    peer = pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM)  # a dup
    try:
        raw = peer.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    finally:
        peer.close()
    _pid, uid, _gid = struct.unpack("3i", raw)
    return bool(uid == os.getuid())


class _Conversation:
    """One connection: read the request line, run the handler, close when it is done. The
    peer hanging up cancels the handler (a Ctrl+C in the terminal cancels the create)."""

    def __init__(
        self,
        socket: QLocalSocket,
        handler: Handler,
        tasks: TaskRunner,
        forget: Callable[[_Conversation], None],
    ) -> None:
        self._socket = socket
        self._forget = forget
        self._handler = handler
        self._tasks = tasks
        self._buffer = b""
        self._task: asyncio.Task[Any] | None = None
        self._gone_already = False  # the socket is being deleted: not to be touched
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._gone)

    def _read(self) -> None:
        if self._task is not None or self._gone_already:
            return  # one request per connection: the rest is ignored
        self._buffer += bytes(self._socket.readAll().data())
        if b"\n" not in self._buffer:
            if len(self._buffer) > channel.MAX_MESSAGE:
                self._refuse("the request is too large")
            return
        line = self._buffer.split(b"\n", 1)[0]
        try:
            request = channel.parse_request(line)
        except channel.ChannelError as exc:
            self._refuse(str(exc))
            return
        self.send({"accepted": True})
        self._task = self._tasks.start(self._run(request), f"channel-{request.kind}")

    async def _run(self, request: channel.Request) -> None:
        try:
            await self._handler(request, self.send)
        finally:
            self._close()

    def _connected(self) -> bool:
        return (
            not self._gone_already
            and self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState
        )

    def send(self, message: dict[str, Any]) -> None:
        if self._connected():
            self._socket.write(channel.encode(message))
            self._socket.flush()

    def _refuse(self, reason: str) -> None:
        log.warning("refused a request on the local channel: %s", reason)
        self.send({"error": reason})
        self._close()

    def _close(self) -> None:
        if self._connected():
            self._socket.disconnectFromServer()  # after what is written has been sent

    def _gone(self) -> None:
        if self._gone_already:
            return
        self._gone_already = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._socket.deleteLater()
        self._forget(self)


class InstanceServer(QObject):
    """Listens on ``name`` (``core.channel.address``) and runs ``handler`` per request."""

    def __init__(self, name: str, handler: Handler, tasks: TaskRunner) -> None:
        super().__init__()
        self.name = name
        self._handler = handler
        self._tasks = tasks
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(16)
        self._server.newConnection.connect(self._accept)
        self._conversations: set[_Conversation] = set()

    def listen(self) -> bool:
        """Start listening; False when another instance answers on the channel, or it
        cannot be created (the reason is logged). On POSIX, two copies starting at once take
        turns (a lock beside the socket), so that neither removes the other's socket as
        stale."""
        if sys.platform == "win32":
            return self._listen()
        from pathlib import Path

        from omise_token_gui.core.storage import FileLock

        lock = FileLock(Path(self.name + ".lock"))
        if not lock.acquire(timeout=LOCK_WAIT_S):
            log.warning("the local channel %s is being set up by another copy", self.name)
            return False
        try:
            return self._listen()
        finally:
            lock.release()

    def _listen(self) -> bool:
        live = channel.connect(self.name)
        if live is not None:
            live.close()
            return False
        QLocalServer.removeServer(self.name)  # a stale socket from a killed app
        if not self._server.listen(self.name):
            log.warning(
                "the local channel %s is not served: %s", self.name, self._server.errorString()
            )
            return False
        return True

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not peer_is_this_user(socket):
                log.warning("refused a connection on the local channel from another user")
                socket.abort()
                socket.deleteLater()
                continue
            talk = _Conversation(socket, self._handler, self._tasks, self._conversations.discard)
            self._conversations.add(talk)

    def close(self) -> None:
        """Stop listening and remove the socket (other conversations end with the app)."""
        if self._server.isListening():
            self._server.close()
