"""The running app's end of the local channel (``core.channel``): a ``QLocalServer`` that
reads one request per connection and hands it to a handler, which answers as it goes.

Owner-only: the socket lives in the channel's owner-only folder (``core.channel``), is
created with ``UserAccessOption`` (on Windows: a pipe only this user may open), and on Linux
a peer that is not this user is refused from its credentials (``SO_PEERCRED``). A stale
socket (no app behind it: the last one was killed) is removed before listening; a live one
means another instance owns the channel, and this one does not listen.

Bounded against a hostile or broken peer: at most ``MAX_CONVERSATIONS`` at once, a request
within ``REQUEST_WAIT_MS`` of connecting, nothing kept of what is sent after the request (a
peer that goes on sending is cut off), and refusals logged without the peer's words and at
most ``LOG_REFUSALS`` times. If Qt stops listening (it does on a failed accept, such as when
the process is out of file handles), the server listens again.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from omise_token_gui.core import channel
from omise_token_gui.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

MAX_CONVERSATIONS = 32
REQUEST_WAIT_MS = 5000
RELISTEN_MS = 2000  # how often a server Qt closed is opened again
LOG_REFUSALS = 20  # refusals logged per app run (a flood must not rotate the logs away)
Send = Callable[[dict[str, Any]], None]
Handler = Callable[[channel.Request, Send], Awaitable[None]]


def peer_is_this_user(socket: QLocalSocket) -> bool:
    """On Linux, whether the peer's uid is ours (else True: the folder's mode decides).
    False when it cannot be told (out of file handles, say)."""
    if not sys.platform.startswith("linux"):
        return True
    import socket as pysocket
    import struct

    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        peer = pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM)  # a dup
    except OSError:
        return False
    try:
        raw = peer.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    finally:
        peer.close()
    _pid, uid, _gid = struct.unpack("3i", raw)
    return bool(uid == os.getuid())


class _Refusals:
    """Counts refusals; logs the first ``LOG_REFUSALS`` (the reason is ours, never the
    peer's text: that could hold anything, a card number included)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, reason: str) -> None:
        self.count += 1
        if self.count <= LOG_REFUSALS:
            log.warning("refused a request on the local channel: %s", reason)
        elif self.count == LOG_REFUSALS + 1:
            log.warning("more requests refused on the local channel; no longer logged")


class _Conversation:
    """One connection: read the request line, run the handler, close when it is done. The
    peer hanging up cancels the handler (a Ctrl+C in the terminal cancels the create)."""

    def __init__(
        self,
        socket: QLocalSocket,
        handler: Handler,
        tasks: TaskRunner,
        forget: Callable[[_Conversation], None],
        refused: _Refusals,
    ) -> None:
        self._socket = socket
        self._forget = forget
        self._handler = handler
        self._tasks = tasks
        self._refused = refused
        self._buffer = b""
        self._extra = 0  # bytes sent after the request: dropped, and bounded
        self._task: asyncio.Task[Any] | None = None
        self._gone_already = False  # the socket is being deleted: not to be touched
        self._deadline = QTimer(socket)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._too_slow)
        self._deadline.start(REQUEST_WAIT_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._gone)

    def _read(self) -> None:
        if self._gone_already:
            return
        data = bytes(self._socket.readAll().data())
        if self._task is not None:  # one request per connection: the rest is dropped
            self._extra += len(data)
            if self._extra > channel.MAX_MESSAGE:
                self._refused("a peer went on sending after its request")
                self._socket.abort()
            return
        self._buffer += data
        if b"\n" not in self._buffer:
            if len(self._buffer) > channel.MAX_MESSAGE:
                self._refuse("the request is too large")
            return
        line, rest = self._buffer.split(b"\n", 1)
        self._buffer, self._extra = b"", len(rest)
        self._deadline.stop()
        try:
            request = channel.parse_request(line)
        except channel.ChannelError as exc:
            self._refuse(str(exc))
            return
        self.send({"accepted": True})
        self._task = self._tasks.start(self._run(request), f"channel-{request.kind}")

    def _too_slow(self) -> None:
        if self._task is None:
            self._refuse("no request within 5 s of connecting")

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
        self._refused(reason)
        self.send({"error": reason})
        self._close()

    def _close(self) -> None:
        if self._connected():
            self._socket.disconnectFromServer()  # after what is written has been sent

    def _gone(self) -> None:
        if self._gone_already:
            return
        self._gone_already = True
        self._deadline.stop()
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
        self._server.setMaxPendingConnections(MAX_CONVERSATIONS)
        self._server.newConnection.connect(self._accept)
        self._conversations: set[_Conversation] = set()
        self.refused = _Refusals()
        self._closed = False
        self._watch = QTimer(self)
        self._watch.timeout.connect(self._keep_listening)

    def listen(self) -> bool:
        """Start listening; False when another instance answers on the channel, or it
        cannot be created (the reason is logged). The caller holds the channel's claim
        (``core.channel.Claim``), so no other copy is doing this at the same moment."""
        live = channel.connect(self.name)
        if live is not None:
            live.close()
            return False
        QLocalServer.removeServer(self.name)  # a stale socket from a killed app
        if not self._server.listen(self.name):
            reason = self._server.errorString()
            log.warning("the local channel %s is not served: %s", self.name, reason)
            return False
        self._watch.start(RELISTEN_MS)
        return True

    def _keep_listening(self) -> None:
        if self._closed or self._server.isListening():
            return
        log.warning("the local channel stopped listening (%s)", self._server.errorString())
        if self._server.listen(self.name):
            log.warning("the local channel %s listens again", self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._conversations) >= MAX_CONVERSATIONS:
                self.refused("too many connections at once")
                socket.abort()
                socket.deleteLater()
                continue
            if not peer_is_this_user(socket):
                self.refused("a connection from another user (or of unknown origin)")
                socket.abort()
                socket.deleteLater()
                continue
            talk = _Conversation(
                socket, self._handler, self._tasks, self._conversations.discard, self.refused
            )
            self._conversations.add(talk)

    def close(self) -> None:
        """Stop listening and remove the socket (other conversations end with the app)."""
        self._closed = True
        self._watch.stop()
        if self._server.isListening():
            self._server.close()
