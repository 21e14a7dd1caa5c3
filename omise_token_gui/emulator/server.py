"""Run the emulator: embedded on 127.0.0.1 in a thread of its own, or standalone (CLI).

Why a thread and not a task on the app's qasync loop: the emulator must keep answering while
the window's loop is busy or blocked in a nested Qt loop (pytest-qt's waitUntil, a modal
dialog), and a held request (a latency fault) must never slow the window. Its own asyncio loop
in a daemon thread gives both, and the app talks to it over loopback exactly as to the real
vault. ``start()`` returns once the server listens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import threading
from pathlib import Path

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from omise_token_gui.emulator.app import Emulator, create_app
from omise_token_gui.emulator.faults import Faults
from omise_token_gui.emulator.guard import Guard
from omise_token_gui.emulator.state import EmulatorConfig, VaultState

log = logging.getLogger(__name__)


def guarded_protocol(config: EmulatorConfig) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 protocol with the bounds uvicorn leaves open, so that no client (a
    program on the tester's machine, a page opening connections) can hold the emulator, or
    the app's file descriptors, for as long as it likes: a request head must arrive within
    ``config.head_timeout_s`` of connecting or of the previous answer (slowloris, idle
    sockets), and past ``config.max_connections`` open connections new ones are closed at
    once. (The body's deadline is ``Emulator.read_body``'s.)"""

    class GuardedH11(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > config.max_connections:
                transport.close()
                return
            _no_delay(transport)
            self._await_head()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._await_head()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_waiting()
            super().connection_lost(exc)

        def _await_head(self) -> None:
            self._stop_waiting()
            if not self.transport.is_closing():
                self._head_timer = self.loop.call_later(config.head_timeout_s, self._head_late)

        def _stop_waiting(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_late(self) -> None:
            self._head_timer = None
            waiting = self.cycle is None or self.cycle.response_complete
            if waiting and not self.transport.is_closing():
                self.timeout_keep_alive_handler()  # uvicorn's own close of an idle connection

    return GuardedH11


def _no_delay(transport: asyncio.BaseTransport) -> None:
    """Answers go out at once (TCP_NODELAY). asyncio sets it only on sockets whose ``proto``
    says TCP, and a socket bound here (``socket.socket(family, SOCK_STREAM)``: proto 0) and
    handed to uvicorn passes that on to every accepted one: uvicorn writes an answer's head
    and body apart, Nagle held the body until the client's delayed ACK, and every request on
    a kept-alive connection took 40 ms more (measured: 44 ms a create, 2 ms after this)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (not listening yet; uvicorn listens on it).
    Bound here rather than by uvicorn, whose bind error exits its thread: a taken port is an
    OSError the caller can answer (``start_or_any_port``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":  # a restart reuses the port at once (TIME_WAIT); not Windows's meaning
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    return sock


class EmbeddedEmulator:
    """``with EmbeddedEmulator() as emu: httpx.get(emu.base_url + ...)``."""

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | None = None,
        state_file: Path | None = None,
    ) -> None:
        # With a state file (the app's Sandbox), tokens and charges live in that SQLite file,
        # and card fingerprints are keyed with the secret file beside it.
        guard = Guard(bound_host=host)
        self.vault = Emulator(
            VaultState(config, state_file), faults, seed, guard
        )  # the routes' shared parts
        self.state_file = state_file
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self._error: BaseException | None = None

    # Convenience for tests and the app.
    @property
    def state(self) -> VaultState:
        return self.vault.state

    def set_faults(self, faults: Faults) -> None:
        self.vault.faults.set(faults)

    def requests(self) -> list[dict[str, object]]:
        return self.vault.requests()

    @property
    def running(self) -> bool:
        """Serving (between ``start()`` and ``stop()``)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        """The port it listens on once started (the one asked for, before)."""
        return int(self.base_url.rsplit(":", 1)[1]) if self.base_url else self._port

    def start(self, timeout: float = 10.0, *, port: int | None = None) -> str:
        """Serve on its host and ``port`` (None: the one given at construction; 0: any free
        one), on a thread of its own; the base URL once it answers. OSError when the port
        cannot be bound (taken), before anything starts."""
        if port is not None:
            self._port = port
        config = uvicorn.Config(
            create_app(self.vault),
            http=guarded_protocol(self.vault.config),
            host=self._host,
            port=self._port,
            lifespan="off",
            ws="none",  # no WebSocket routes: none of its handshakes reach the app
            log_config=None,
            log_level="critical",
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        server = self._server = uvicorn.Server(config)
        listening = bind(self._host, self._port)  # OSError here: the port is taken
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            try:
                serve = loop.create_task(server.serve(sockets=[listening]))

                async def announce() -> None:
                    # uvicorn exposes readiness only as a flag, so poll it briefly.
                    while not server.started and not serve.done():  # noqa: ASYNC110
                        await asyncio.sleep(0.002)
                    ready.set()

                loop.run_until_complete(asyncio.gather(serve, announce()))
            except BaseException as exc:  # reported to start()
                self._error = exc
            finally:
                ready.set()
                loop.close()
                listening.close()

        self._thread = threading.Thread(target=run, name="vault-emulator", daemon=True)
        self._thread.start()
        if not ready.wait(timeout) or not server.started:
            self._halt(timeout)  # its records stay open: start() may be tried again
            raise RuntimeError(f"the vault emulator did not start: {self._error!r}")
        sockets = server.servers[0].sockets
        host, port = sockets[0].getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown}:{port}"
        log.info("vault emulator on %s", self.base_url)
        return self.base_url

    def start_or_any_port(self, port: int, timeout: float = 10.0) -> tuple[str, bool]:
        """Serve on ``port``, or on any free port when that one cannot be bound (taken by
        another program): the base URL, and whether it is on ``port`` (always, for 0)."""
        if port:
            try:
                return self.start(timeout, port=port), True
            except OSError as exc:
                log.warning("port %d could not be used (%s); any free port instead", port, exc)
        return self.start(timeout, port=0), port == 0

    def stop(self, timeout: float = 5.0) -> None:
        self._halt(timeout)
        if self.state_file is not None:
            self.vault.state.close()  # once stopped, an emulator with a file stays stopped

    def _halt(self, timeout: float) -> None:
        """Stop serving (the thread ends); the records stay open."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(timeout)
        self._thread = None

    def __enter__(self) -> EmbeddedEmulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.stop()
