"""The app after the first paint (steps 5 on of ``app.main``): the qasync loop, the whole
window, the history check, the network side on a worker thread, the headless runs
(--smoke-test, --create-loop), and a clean shutdown.

``Session`` is the one start path: the product runs it under ``run_until_closed()``, the
tests run the same ``Session.run()`` on their own loop. Imported by ``app`` once the bare
window has painted, so its imports may be heavy.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from omise_token_gui.core.history import TokenRecord
from omise_token_gui.options import Options
from omise_token_gui.services import Services
from omise_token_gui.ui.exception_hook import ExceptionHook
from omise_token_gui.ui.main_window import MainWindow
from omise_token_gui.ui.retention import keep_pruning
from omise_token_gui.ui.runner import FirstPaint, report_paint

if TYPE_CHECKING:
    from omise_token_gui.core.service import TokenService
    from omise_token_gui.ui.instance_server import InstanceServer
    from omise_token_gui.ui.tray import Tray

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_S = 30.0
T = TypeVar("T")


def event_loop(app: QApplication) -> qasync.QEventLoop:
    """The qasync loop the whole app runs on, set as asyncio's current loop."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def on_worker_thread(work: Callable[[], T], name: str) -> asyncio.Future[T]:
    """Run ``work`` on a new thread; its result (or exception) in the future returned, on
    the running loop. A plain thread, not the loop's executor: it is not tied to the loop's
    life (the interpreter lets it finish before the process exits) and leaves nothing to shut
    down. Cancelling the future does not stop ``work``."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def succeed(result: T) -> None:
        if not done.done():  # else cancelled: the window closed meanwhile
            done.set_result(result)

    def fail(error: BaseException) -> None:
        if not done.done():
            done.set_exception(error)

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to the awaiting coroutine
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits
                loop.call_soon_threadsafe(fail, exc)
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(succeed, result)

    threading.Thread(target=run, name=name).start()
    return done


async def repair_in_background(window: MainWindow, services: Services) -> None:
    """Check the history file (on the UI thread: its SQLite connection lives there); if it
    is damaged, repair it on a worker thread while the window keeps answering and shows the
    progress, then show the new one."""
    problem = services.check_history()
    if problem is None:
        return
    window.repair_started(services.history_store)
    loop = asyncio.get_running_loop()

    def progress(saved: int) -> None:  # on the worker thread
        loop.call_soon_threadsafe(window.repair_progress, saved)

    repaired = on_worker_thread(
        lambda: services.repair_history(problem, progress), "history-repair"
    )
    window.use_history(services.finish_repair(await repaired), services.notices)


def populate(window: MainWindow, services: Services) -> MainWindow:
    """The window filled; the picker's Pinned and Frequent wired to its settings and
    history (``ui.picker_ranking``, kept by the picker); the copy actions and brand marks
    (``ui.card_copy``)."""
    from omise_token_gui.ui import batch_panel, card_copy, evidence_link, export_link
    from omise_token_gui.ui.picker_ranking import PickerRanking  # with the window's parts
    from omise_token_gui.ui.simulate_dialog import charge_dialog_for

    window.populate(
        services.settings,
        services.settings_store.save,
        services.history_store,
        services.notices,
        catalog=services.catalog,
    )
    PickerRanking(window)
    card_copy.attach(window)  # copy actions, brand marks, the history's test card number
    export_link.attach(window)  # Export…, File → Export history…, Copy as cURL (create)
    evidence_link.attach(window)  # the details pane, the test case, clearing (issue 16)
    batch_panel.attach(window)  # Create several, One token per scenario (after the copy actions)
    window.history_actions.charge_dialog = charge_dialog_for(window)  # Simulate charge's
    return window


def make_window(services: Services) -> MainWindow:
    """The whole window at once, not started (tests of the window alone)."""
    return populate(MainWindow(), services)


class Session:
    """One run of the app in ``window`` with ``services``, from the populated window to the
    shutdown. The same for the product, the headless runs and the tests:

    1. ``__init__``: the window is populated; unless headless, it watches for the whole
       window's first paint (before any loop runs, so that the paint cannot slip past);
    2. ``run()``: once that paint is done (headless: at once), ``start()`` checks the
       history (a damaged one is repaired on a worker thread) and starts the network side
       on a worker thread, then hands the service to the window; a headless run then
       creates its token(s); then it waits until the window closes (or the run ends);
    3. ``shut_down()``: a network side still starting is let finish, then everything is
       stopped and closed.
    """

    def __init__(
        self, window: MainWindow, services: Services, options: Options | None = None
    ) -> None:
        self.window = window
        self.services = services
        self.options = options or Options()
        populate(window, services)
        loop = asyncio.get_event_loop()
        self._done: asyncio.Future[int] = loop.create_future()
        self._painted: asyncio.Future[None] = loop.create_future()
        self._starting: asyncio.Future[TokenService] | None = None
        self._attached: asyncio.Future[TokenService] = loop.create_future()
        self.server: InstanceServer | None = None
        self.tray: Tray | None = None  # once started, where the desktop shows tray icons
        self.retention: QTimer | None = None  # the daily prune, once the history is checked
        window.closed.connect(lambda: self.finish(0))
        if self.options.headless:
            self._painted.set_result(None)
        else:
            FirstPaint(window.history_panel.table.viewport(), self._whole_window_painted)

    def finish(self, code: int) -> None:
        """End the run with exit code ``code`` (the first call counts)."""
        if not self._done.done():
            self._done.set_result(code)

    @property
    def finished(self) -> bool:
        return self._done.done()

    def _whole_window_painted(self) -> None:
        if not self._painted.done():
            self._painted.set_result(None)

    async def run(self) -> int:
        """The run, to its exit code: started after the whole window's paint, shut down
        once the window is closed or a headless run has ended."""
        self.window.tasks.start(self._start_then_act(), "start")
        code = await self._done
        await self.shut_down()
        return code

    async def _start_then_act(self) -> None:
        await self._painted
        if self.options.exit_after_first_paint and not self.options.headless:
            report_paint("ready-paint")
        try:
            await self.start()
        except Exception:
            if self.options.headless or self.options.exit_after_first_paint:
                self.finish(1)  # a run that ends by itself must not wait for a close
            raise  # to the exception hook
        if self.finished:  # closed while it started
            return
        if self.options.smoke_test:
            self.finish(await self.smoke())
        elif self.options.create_loop > 0:
            self.finish(await self.create_loop(self.options.create_loop))
        elif self.options.exit_after_first_paint:
            self.finish(0)

    async def start(self) -> None:
        """Check (and repair) the history, then start the network side on a worker thread:
        importing httpx, uvicorn and starlette and starting the emulator take a while, and
        the window keeps answering meanwhile (Create stays disabled until ``attach()``)."""
        await repair_in_background(self.window, self.services)
        self.retention = keep_pruning(  # retention (issue 16): now, then daily
            self.window,
            lambda: self.services.history_store,
            lambda: self.services.settings.retention_days,
            lambda gone: self.window.history_model.reload(),
        )
        self._starting = on_worker_thread(self.services.start_network, "network-start")
        service = await self._starting
        from omise_token_gui.ui.tray_link import attach_tray  # after the ready paint

        self.window.attach(service, self.services.sandbox_note)
        if not self._attached.done():
            self._attached.set_result(service)
        self.tray = None if self.finished else attach_tray(self.window, self.options)

    async def attached(self) -> TokenService:
        """The token service, once the window has it (at once after start-up)."""
        return await asyncio.shield(self._attached)

    def _notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, text)

    def _attached_now(self) -> TokenService | None:
        return self._attached.result() if self._attached.done() else None

    def serve(self, name: str) -> bool:
        """Answer the local channel ``name`` (``core.channel``): forwarded ``omise-token
        create`` commands, ``status``, a second launch's ``activate``. False when another
        instance serves it already, or it cannot be served (logged)."""
        from omise_token_gui.ui.forwarding import AppChannel

        try:
            from omise_token_gui.ui.instance_server import InstanceServer
        except ImportError as exc:  # QtNetwork cannot load (a library of it is missing)
            log.warning("no local channel: QtNetwork could not be loaded (%s)", exc)
            return False

        handler = AppChannel(
            self.window, self.services, self.attached, self._attached_now, self._notify
        )
        server = InstanceServer(name, handler.handle, self.window.tasks)
        if not server.listen():
            return False
        self.server = server
        return True

    async def shut_down(self) -> None:
        """Hide the window; if the network side is still starting let it finish; then cancel
        what runs and close the services (HTTP client, emulator, history)."""
        self.window.hide()
        if self.server is not None:  # no new commands; those running are cancelled below
            self.server.close()
        if self._starting is not None:
            await asyncio.wait([self._starting])
        await self.window.tasks.cancel_all()
        await self.services.aclose()

    async def smoke(self) -> int:
        """--smoke-test: one token, its id printed (and written to --smoke-output)."""
        output = self.options.smoke_output
        if QApplication.windowIcon().isNull():  # the installed app must find what it ships
            report_smoke("FAILED: the app's icon files were not found", False, output)
            return 1
        record = await create_once(self.window)
        result = record.token_id if record else f"FAILED: {self.window.panel.error.text()}"
        written = report_smoke(result, record is not None, output)
        return 0 if record and written else 1

    async def create_loop(self, count: int) -> int:
        """--create-loop N: N tokens one after another, each id printed once it is stored."""
        for _ in range(count):
            record = await create_once(self.window)
            if record is None:
                if sys.stderr is not None:  # why, for whoever ran it (a test, a script)
                    print(f"create failed: {self.window.panel.error.text()}", file=sys.stderr)
                return 1
            if sys.stdout is not None:
                print(record.token_id, flush=True)  # only after it is stored
        return 0

    def run_until_closed(self, loop: qasync.QEventLoop) -> int:
        """The product's way to ``run()``: on ``loop``, with the exception hook installed and
        SIGTERM/SIGINT closing the window."""
        hook = ExceptionHook(lambda: self.window, self.services.paths.log_file)
        hook.install()
        signal_timer = close_on_signals(self.window)
        try:
            with loop:
                return int(loop.run_until_complete(self.run()))
        finally:
            signal_timer.stop()
            hook.uninstall()


def close_on_signals(window: MainWindow) -> QTimer:
    """SIGTERM (logout, kill) and SIGINT (Ctrl+C in a terminal) close the window properly:
    the geometry is saved, the HTTP client closed, the emulator stopped. (Settings, history and
    the Sandbox's tokens need nothing at close: they are written as they change.)

    Python runs signal handlers only between bytecodes, so a short idle timer gives it the
    chance while Qt's loop is waiting.
    """

    def handler(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.quit)  # a real quit, even with close-to-tray on

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
