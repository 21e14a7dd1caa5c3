"""UI harness: one qasync loop for the whole session, marked running per test only.

What held up in known-traps.md: a session-lived ``QEventLoop(qapp, already_running=True)``
never closed; each test marks it as the running loop, and afterwards its leftover tasks are
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

from omise_token_gui.services import Services
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.session import bring_up, make_window

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
    def __init__(self, qtbot: QtBot, services: Services, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.services = services
        self.window = window

    @property
    def emulator(self) -> Any:
        return self.services.emulator

    def history_count(self) -> int:
        return self.services.history.count()

    def create_and_wait(self, timeout: int = 10_000) -> None:
        with self.qtbot.waitSignal(self.window.create_finished, timeout=timeout):
            self.window.panel.create_button.click()

    def close(self) -> None:
        self.window.close()
        run_on_loop(self.qtbot, self.window.tasks.cancel_all())
        run_on_loop(self.qtbot, self.services.aclose())


class OpenApp(Protocol):
    """The ``open_app`` fixture: each call starts one more copy of the app (same dirs)."""

    def __call__(self) -> Harness: ...


@pytest.fixture
def open_app(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[OpenApp]:
    """Start the real app (settings, history, embedded Sandbox emulator, window)."""
    opened: list[Harness] = []

    def start() -> Harness:
        services = Services.build(environ={})
        window = make_window(services)
        bring_up(window, services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        harness = Harness(qtbot, services, window)
        opened.append(harness)
        return harness

    yield start
    for harness in opened:
        if harness.window.isVisible() or not harness.services.http.is_closed:
            harness.close()


@pytest.fixture
def app(open_app: OpenApp) -> Harness:
    return open_app()
