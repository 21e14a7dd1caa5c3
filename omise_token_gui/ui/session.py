"""The app after the first paint: the qasync loop, the services, the full window, the
network side; a clean shutdown; --smoke-test and --create-loop.

Imported by ``ui.runner`` once the bare window has painted, so its imports may be heavy.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from omise_token_gui.core.history import HistoryStore, RepairResult, TokenRecord
from omise_token_gui.core.settings import Settings, SettingsStore
from omise_token_gui.ui.errors import ExceptionHook
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.runner import FirstPaint, peak_rss_kb

if TYPE_CHECKING:
    from omise_token_gui.core.service import TokenService

SMOKE_TIMEOUT_S = 30.0


class ServicesLike(Protocol):
    settings_store: SettingsStore
    settings: Settings
    history: HistoryStore
    notices: list[str]

    def verify_history(self) -> bool: ...

    def check_history(self) -> str | None: ...

    def repair_history(
        self, why: str, progress: Callable[[int], None] | None = None
    ) -> RepairResult | None: ...

    def finish_repair(self, result: RepairResult | None) -> HistoryStore: ...

    def start_network(self) -> TokenService: ...

    async def aclose(self) -> None: ...


def check_history(window: MainWindow, services: ServicesLike) -> None:
    """Check the history file; if it was damaged, repair it here and show the new one
    (headless runs and tests; the GUI repairs on a worker thread: ``repair_in_background``)."""
    if services.verify_history():
        window.use_history(services.history, services.notices)


async def repair_in_background(window: MainWindow, services: ServicesLike) -> None:
    """Check the history file (on the UI thread: its SQLite connection lives there); if it
    is damaged, repair it on a worker thread while the window keeps answering and shows the
    progress, then show the new one."""
    problem = services.check_history()
    if problem is None:
        return
    window.repair_started(services.history)
    loop = asyncio.get_running_loop()

    def progress(saved: int) -> None:  # on the worker thread
        loop.call_soon_threadsafe(window.repair_progress, saved)

    done: asyncio.Future[RepairResult | None] = loop.create_future()

    def settle(result: RepairResult | None, error: BaseException | None) -> None:
        if done.done():  # cancelled: the window closed meanwhile
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def work() -> None:
        try:
            result = services.repair_history(problem, progress)
        except BaseException as exc:  # handed to the awaiting coroutine
            loop.call_soon_threadsafe(settle, None, exc)
        else:
            loop.call_soon_threadsafe(settle, result, None)

    # A plain thread, not the loop's executor: it is not tied to the loop's life, and the
    # interpreter lets it finish a repair before the process exits.
    threading.Thread(target=work, name="history-repair").start()
    window.use_history(services.finish_repair(await done), services.notices)


def bring_up(window: MainWindow, services: ServicesLike) -> None:
    """Once the whole window has painted: check the history, then start the network side
    (httpx, the Sandbox emulator) and hand the service over. The GUI does the same with the
    network start on a worker thread (run_session's start_network)."""
    check_history(window, services)
    window.attach(services.start_network())


def populate(window: MainWindow, services: ServicesLike) -> MainWindow:
    window.populate(
        services.settings,
        services.settings_store.save,
        services.history,
        services.notices,
    )
    return window


def make_window(services: ServicesLike) -> MainWindow:
    """The whole window at once (tests, scripts/screenshots)."""
    return populate(MainWindow(), services)


def close_on_signals(window: MainWindow) -> QTimer:
    """SIGTERM (logout, kill) and SIGINT (Ctrl+C in a terminal) close the window properly:
    the geometry is saved, the HTTP client closed, the emulator stopped. (Settings, history and
    the Sandbox's tokens need nothing at close: they are written as they change.)

    Python runs signal handlers only between bytecodes, so a short idle timer gives it the
    chance while Qt's loop is waiting.
    """

    def handler(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


async def create_once(window: MainWindow) -> TokenRecord | None:
    """Press Create and wait for that attempt to end: the stored record, or None (refused,
    failed, or cancelled after SMOKE_TIMEOUT_S). Used by --smoke-test, --create-loop and
    scripts/screenshots."""
    finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    created: list[TokenRecord] = []

    def on_created(record: TokenRecord) -> None:
        created.append(record)

    def on_finished() -> None:
        if not finished.done():
            finished.set_result(None)

    window.token_created.connect(on_created)
    window.create_finished.connect(on_finished)
    try:
        window.create_token()
        if window.creating:
            try:
                await asyncio.wait_for(finished, SMOKE_TIMEOUT_S)
            except TimeoutError:
                window.cancel_create()
    finally:
        window.create_finished.disconnect(on_finished)
        window.token_created.disconnect(on_created)
    return created[0] if created else None


def report_smoke(result: str, ok: bool, output: str | None) -> bool:
    """Print the smoke test's token id (or failure), and write it to ``output`` if asked.

    Never raises: False when ``output`` cannot be written (a missing directory, a directory,
    no permission), with the reason on stderr, so that the smoke test fails instead of
    waiting forever for a task that died."""
    if sys.stdout is not None:  # None in a GUI build without a console (Windows)
        print(result if ok else "", flush=True)
    if not ok and sys.stderr is not None:
        print(f"smoke test {result}", file=sys.stderr, flush=True)
    if not output:
        return True
    try:
        Path(output).write_text(result + "\n", encoding="utf-8")
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        if sys.stderr is not None:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"smoke test: cannot write {output}: {why}", file=sys.stderr, flush=True)
        return False
    return True


def run_session(
    app: QApplication,
    window: MainWindow,
    build: Callable[[], ServicesLike],
    smoke_test: bool = False,
    smoke_output: str | None = None,
    create_loop: int = 0,
    exit_after_ready_paint: bool = False,
) -> int:
    """Run the app in ``window`` (already shown, unless headless) until it is closed."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = build()
    populate(window, services)
    hook = ExceptionHook(lambda: window)
    hook.install()
    done: asyncio.Future[int] = loop.create_future()

    def finish(code: int) -> None:
        if not done.done():
            done.set_result(code)

    window.closed.connect(lambda: finish(0))
    signal_timer = close_on_signals(window)

    async def smoke() -> None:
        if app.windowIcon().isNull():  # the installed app must find what it ships
            report_smoke("FAILED: the app's icon files were not found", False, smoke_output)
            finish(1)
            return
        record = await create_once(window)
        result = record.token_id if record else f"FAILED: {window.panel.error.text()}"
        written = report_smoke(result, record is not None, smoke_output)
        finish(0 if record and written else 1)

    async def loop_creates() -> None:
        for _ in range(create_loop):
            record = await create_once(window)
            if record is None:
                finish(1)
                return
            if sys.stdout is not None:
                print(record.token_id, flush=True)  # only after it is stored
        finish(0)

    starting: list[asyncio.Future[TokenService]] = []

    async def start_network() -> None:
        """Like bring_up(), with the network side started on a worker thread: importing
        httpx, uvicorn and starlette and starting the emulator take ~135 ms, and the window
        keeps answering meanwhile (Create stays disabled until attach()). A damaged history
        is repaired first, on a worker thread too."""
        await repair_in_background(window, services)
        started = loop.run_in_executor(None, services.start_network)
        starting.append(started)
        window.attach(await started)

    def ready_paint() -> None:
        """The whole window (history rows included) is on screen: now the slower parts."""
        if done.done():  # closed already (the paint's fallback timer fired while closing)
            return
        if exit_after_ready_paint:
            print(f"ready-paint rss_kb={peak_rss_kb()}", flush=True)
        task = window.tasks.start(start_network(), "start-network")
        if exit_after_ready_paint:
            task.add_done_callback(lambda _: finish(0))

    headless = smoke_test or create_loop > 0
    if not headless:  # before the loop runs, so that the paint cannot slip past
        FirstPaint(window.history_panel.table.viewport(), ready_paint)

    async def main() -> int:
        if headless:
            bring_up(window, services)
            window.tasks.start(smoke() if smoke_test else loop_creates(), "headless")
        code = await done
        window.hide()
        if starting:  # closed while the network side was starting: let it finish, then stop it
            await asyncio.wait(starting)
        await window.tasks.cancel_all()
        await services.aclose()
        return code

    try:
        with loop:
            return int(loop.run_until_complete(main()))
    finally:
        signal_timer.stop()
        hook.uninstall()
