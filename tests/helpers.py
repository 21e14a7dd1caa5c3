"""Small helpers shared by tests."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.history import TokenRecord

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from omise_token_gui.services import Services
    from omise_token_gui.ui.session import Session

ROOT = Path(__file__).resolve().parents[1]

T = TypeVar("T")
# Latin words a Thai text may keep: names, Omise's statuses as it sends them, key names, units
# (the window's sweep, tests/ui/test_thai_everywhere.py, and the command line's, which adds
# its command names).
KEPT_LATIN = """
    Omise Visa MasterCard Mastercard JCB Amex American Express Diners Club UnionPay Discover
    Maestro JSON curl Sandbox SANDBOX vault Vault API PCI DSS omise-token omise-token-gui
    Ctrl Shift Alt Meta Enter Return Esc Tab Del Space Backspace PgUp PgDown Ins Home End
    F1 F2 F3 F4 F5 Cmd URL HTTP HTTPS UTC iOS Android SDK CVV Secure ID XDG TMPDIR
    Generator QA Jira Xray TestRail Windows macOS Linux Debian Ubuntu KiB ms
    CSV Markdown JUnit XML Excel LibreOffice
    successful failed pending reversed expired unknown Thai English
"""
THAI_SCRIPT = re.compile(r"[\u0e00-\u0e7f]")
TEST_KEY = "pkey_test_5xs8breq3htbkj03d2x"

TOKEN_2019 = json.loads(
    '{"object":"token","id":"tokn_test_63440m1z407jm6hgxtu","livemode":false,'
    '"location":"https://vault.staging-omise.co/tokens/tokn_test_63440m1z407jm6hgxtu",'
    '"used":false,"charge_status":"unknown",'
    '"card":{"object":"card","id":"card_test_63440m1wwjc3ipgm9w4","livemode":false,'
    '"location":null,"deleted":false,"street1":null,"street2":null,"city":"Bangkok",'
    '"state":null,"phone_number":null,"postal_code":"10320","country":"","financing":"",'
    '"bank":"","brand":"Visa","fingerprint":"6Dg5ncsSseId+2Pkar1y8MNjk+1MPEYQaBAWxr64McE=",'
    '"first_digits":null,"last_digits":"4242","name":"Zin Kyaw Kyaw","expiration_month":11,'
    '"expiration_year":2027,"security_code_check":true,"tokenization_method":null,'
    '"created_at":"2025-03-20T09:12:01Z"},"created_at":"2025-03-20T09:12:01Z"}'
)
TOKEN_USED = {
    "object": "token",
    "id": "tokn_test_63440m1z407jm6hgxtu",
    "livemode": False,
    "location": "/tokens/tokn_test_63440m1z407jm6hgxtu",
    "used": True,
    "charge_status": "unknown",
    "card": None,
    "created_at": "2025-03-20T09:12:01Z",
}


AUTH_FAILURE = {
    "object": "error",
    "code": "authentication_failure",
    "message": "authentication failed",
}


def app_command(data: Path, config: Path, *args: str) -> list[str]:
    """The real app's command line, on its own data and config dirs."""
    return [
        sys.executable,
        "-m",
        "omise_token_gui.app",
        "--data-dir",
        str(data),
        "--config-dir",
        str(config),
        *args,
    ]


def offscreen_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def app_process(data: Path, config: Path, *args: str) -> subprocess.Popen[str]:
    """The real app as a process (offscreen), on its own data and config dirs."""
    return subprocess.Popen(
        app_command(data, config, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=offscreen_env(),
    )


def run_offscreen(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a command (offscreen Qt) to its end, capturing its output."""
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, env=offscreen_env(), check=False
    )


def run_app(data: Path, config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real app (offscreen) to its end: for the modes that exit by themselves."""
    return run_offscreen(app_command(data, config, *args))


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter (offscreen Qt): ``sys.argv[1:]`` are ``args``."""
    return run_offscreen([sys.executable, "-c", code, *args])


def run_module(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m module args`` in a fresh interpreter (offscreen Qt), from the repository's
    root (so that ``tests.probes.*`` import): for the probes in ``tests/probes``."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=offscreen_env(),
        cwd=ROOT,
        check=False,
    )


def start_session(qtbot: QtBot, services: Services) -> tuple[Session, asyncio.Task[int]]:
    """Start the app in this process on the test's running loop, by the product's own start
    path (``ui.session.Session.run``): the window populated and shown, then, once it has
    painted whole, the history checked and the network side started on a worker thread and
    attached. Returns once the window is ready, with the running ``Session.run()`` (done once
    the window has been closed and everything shut down).

    The caller closes the window, and deletes it once that is done: it is not handed to
    ``qtbot.addWidget``, whose teardown deletes widgets before the fixtures' teardown, while
    the session's shutdown is still cancelling tasks that touch them."""
    from omise_token_gui.ui.main_window import MainWindow
    from omise_token_gui.ui.session import Session

    window = MainWindow()
    session = Session(window, services)
    running = asyncio.ensure_future(session.run())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ready or running.done(), timeout=10_000)
    if running.done():
        running.result()  # a failed start raises here
        raise AssertionError("the session ended before the window was ready")
    return session, running


def records(count: int, raw_json: str = "{}") -> list[TokenRecord]:
    """``count`` history records, one second apart, newest last."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        TokenRecord(
            token_id=f"tokn_test_{i:011d}x",
            created_at=start + timedelta(seconds=i),
            profile="Sandbox",
            vault_url="http://127.0.0.1:1",
            raw_json=raw_json,
            brand="Visa",
            last4=f"{i % 10_000:04d}",
        )
        for i in range(count)
    ]


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def future_year() -> str:
    return str(date.today().year + 3)


def card(number: str = "4242424242424242", **overrides: str) -> CardInput:
    values = {
        "name": "Somchai Prasert",
        "number": number,
        "expiration_month": "10",
        "expiration_year": future_year(),
        "security_code": "123",
        "city": "Bangkok",
        "postal_code": "10320",
        "country": "TH",
    }
    values.update(overrides)
    return CardInput(**values)


class Recorder:
    """An ``httpx.MockTransport`` that records every request that reaches the transport."""

    def __init__(
        self,
        answer: Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]] | None = None,
    ) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer or (lambda r: httpx.Response(200, json=TOKEN_2019))

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        result = self._answer(request)
        if isinstance(result, httpx.Response):
            return result
        return await result

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))


class HostileVault:
    """A fake vault on 127.0.0.1 (stdlib ``http.server`` in a thread) that answers every
    request with ``answer(method, path) -> (status, headers, body chunks)`` and records each
    request's method, path and headers. ``sent_all`` tells whether the last body was sent
    to its end (False when the client stopped reading)."""

    def __init__(
        self,
        answer: Callable[[str, str], tuple[int, dict[str, str], Iterable[bytes]]] | None = None,
    ) -> None:
        import http.server
        import threading

        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.sent_all: bool | None = None
        self.answer = answer or (lambda m, p: (200, {}, [json.dumps(TOKEN_2019).encode()]))
        vault = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                vault.requests.append((self.command, self.path, dict(self.headers.items())))
                status, headers, chunks = vault.answer(self.command, self.path)
                vault.sent_all = False
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    for chunk in chunks:
                        self.wfile.write(chunk)
                    self.wfile.flush()
                    vault.sent_all = True
                except OSError:
                    pass  # the client stopped reading
                self.close_connection = True

            do_GET = do_POST = _serve

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def __enter__(self) -> HostileVault:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class RecordingProxy:
    """A stand-in HTTP proxy on 127.0.0.1: records the first line of every request it gets
    (``CONNECT vault.omise.co:443 HTTP/1.1``) and answers 502 without forwarding anything,
    so that no test reaches the internet."""

    def __init__(self) -> None:
        import socket
        import threading

        self.lines: list[str] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with conn:
                head = b""
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    try:
                        data = conn.recv(4096)
                    except OSError:
                        break
                    if not data:
                        break
                    head += data
                self.lines.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
                with contextlib.suppress(OSError):
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        import socket

        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._sock.close()
        self._thread.join(5)


BACKEND_KEY = "skey_test_backend"  # any secret test key: what a shop's backend charges with


def backend_charge(base_url: str, token_id: str, amount: int = 2000) -> dict[str, Any]:
    """Charge a token on the emulator at ``base_url`` as a shop's backend does (its secret test
    key, ``POST /charges``), outside the app; the charge as the emulator answered it."""
    answer = httpx.post(
        base_url + "/charges",
        auth=(BACKEND_KEY, ""),
        data={"amount": str(amount), "currency": "thb", "card": token_id},
    )
    assert answer.status_code == 200, answer.text
    charge: dict[str, Any] = answer.json()
    return charge
