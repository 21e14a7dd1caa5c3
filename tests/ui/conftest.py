"""UI harness: one qasync loop for the whole session, marked running per test only.

What held up under long soaks of this suite: a session-lived
``QEventLoop(qapp, already_running=True)`` never closed; each test marks it as the running
loop, and afterwards its leftover tasks are
cancelled (processing Qt events until they finish) and the marker is cleared.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from typing import Any, Protocol, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.services import Services
from omise_token_gui.ui.session import Session
from tests.helpers import start_session

_LOOP: Any = None
T = TypeVar("T")


@pytest.fixture
def qloop(qapp: QApplication, qtbot: QtBot) -> Iterator[asyncio.AbstractEventLoop]:
    global _LOOP
    if _LOOP is None:
        _LOOP = qasync.QEventLoop(qapp, already_running=True)
    loop = _LOOP
    asyncio.events._set_running_loop(loop)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=10_000)
        asyncio.events._set_running_loop(None)


def run_on_loop(qtbot: QtBot, coro: Awaitable[T], timeout: int = 10_000) -> T:
    """Run ``coro`` on the session's qasync loop, processing Qt events until it is done."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class Harness:
    """The app started in this process the way the product starts (``start_session``)."""

    def __init__(self, qtbot: QtBot, session: Session, running: asyncio.Task[int]) -> None:
        self.qtbot = qtbot
        self.session = session
        self.running = running  # Session.run(): done once the app has shut down
        self.services = session.services
        self.window = session.window

    @property
    def emulator(self) -> EmbeddedEmulator:
        assert self.services.emulator is not None
        return self.services.emulator

    def history_count(self) -> int:
        return self.services.history_store.count()

    def create_and_wait(self, timeout: int = 10_000) -> None:
        with self.qtbot.waitSignal(self.window.create_finished, timeout=timeout):
            self.window.panel.create_button.click()

    def close(self) -> None:
        """Close the window as a user does; the session shuts down as the product's does."""
        self.window.close()
        self.qtbot.waitUntil(self.running.done, timeout=30_000)
        assert self.running.result() == 0


class OpenApp(Protocol):
    """The ``open_app`` fixture: each call starts one more copy of the app (same dirs)."""

    def __call__(self) -> Harness: ...


@pytest.fixture
def open_app(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[OpenApp]:
    """Start the real app (settings, history, embedded Sandbox emulator, window)."""
    opened: list[Harness] = []

    def start() -> Harness:
        harness = Harness(qtbot, *start_session(qtbot, Services.build(environ={})))
        opened.append(harness)
        return harness

    yield start
    for harness in opened:
        if not harness.running.done():
            harness.close()
        harness.window.deleteLater()


@pytest.fixture
def app(open_app: OpenApp) -> Harness:
    return open_app()
