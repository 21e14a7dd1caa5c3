"""Start the GUI: QApplication, the qasync loop, the window; a clean shutdown; --smoke-test."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.settings import Settings, SettingsStore
from omise_token_gui.ui.errors import ExceptionHook
from omise_token_gui.ui.main_window import MainWindow

if TYPE_CHECKING:
    from omise_token_gui.core.service import TokenService

SMOKE_TIMEOUT_S = 30.0


class ServicesLike(Protocol):
    settings_store: SettingsStore
    settings: Settings
    history: HistoryStore
    notices: list[str]

    def verify_history(self) -> bool: ...

    def start_network(self) -> TokenService: ...

    async def aclose(self) -> None: ...


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("omise_token_gui.resources").joinpath("icons")
    for size in (16, 32, 48, 64, 128, 256):
        png = folder.joinpath(f"omise-token-gui-{size}.png")
        if png.is_file():
            with resources.as_file(png) as path:
                icon.addFile(str(path))
    return icon


def bring_up(window: MainWindow, services: ServicesLike) -> None:
    """After the first paint: check the history file (repairing it if damaged), then start
    the network side (httpx, the Sandbox emulator) and hand the service to the window."""
    if services.verify_history():
        window.use_history(services.history, services.notices)
    window.attach(services.start_network())


def make_window(services: ServicesLike) -> MainWindow:
    window = MainWindow(
        services.settings,
        services.settings_store.save,
        services.history,
        services.notices,
    )
    window.setWindowIcon(app_icon())
    return window


class FirstPaint(QObject):
    """Reports the window's first paint once (for the startup benchmarks)."""

    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_paint = on_paint
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._on_paint)
        return False


def close_on_signals(window: MainWindow) -> QTimer:
    """SIGTERM (logout, kill) and SIGINT (Ctrl+C in a terminal) close the window properly:
    settings, geometry and the Sandbox's tokens are saved, the emulator stops.

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


def report_smoke(result: str, ok: bool, output: str | None) -> None:
    """Print the smoke test's token id (or failure), and write it to ``output`` if asked."""
    if sys.stdout is not None:  # None in a GUI build without a console (Windows)
        print(result if ok else "", flush=True)
    if not ok and sys.stderr is not None:
        print(f"smoke test {result}", file=sys.stderr, flush=True)
    if output:
        Path(output).write_text(result + "\n", encoding="utf-8")


def peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def run_gui(
    build: Callable[[], ServicesLike],
    smoke_test: bool = False,
    exit_after_first_paint: bool = False,
    smoke_output: str | None = None,
    create_loop: int = 0,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 - a QCoreApplication would be a bug
    app.setApplicationName("omise-token-gui")
    app.setApplicationDisplayName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("omise-token-gui")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = build()
    window = make_window(services)
    hook = ExceptionHook(lambda: window)
    hook.install()
    done: asyncio.Future[int] = loop.create_future()

    def finish(code: int) -> None:
        if not done.done():
            done.set_result(code)

    window.closed.connect(lambda: finish(0))
    signal_timer = close_on_signals(window)

    async def smoke() -> None:
        record = await create_once(window)
        result = record.token_id if record else f"FAILED: {window.panel.error.text()}"
        report_smoke(result, record is not None, smoke_output)
        finish(0 if record else 1)

    async def loop_creates() -> None:
        for _ in range(create_loop):
            record = await create_once(window)
            if record is None:
                finish(1)
                return
            if sys.stdout is not None:
                print(record.token_id, flush=True)  # only after it is stored
        finish(0)

    def first_paint() -> None:
        if exit_after_first_paint:
            print(f"first-paint rss_kb={peak_rss_kb()}", flush=True)
        bring_up(window, services)  # the window is on screen: now the slower parts
        if exit_after_first_paint:
            finish(0)

    painted = FirstPaint(first_paint)
    window.installEventFilter(painted)

    async def main() -> int:
        if smoke_test or create_loop:
            bring_up(window, services)
            window.tasks.start(smoke() if smoke_test else loop_creates(), "headless")
        else:
            window.show()
        code = await done
        window.hide()
        await window.tasks.cancel_all()
        await services.aclose()
        return code

    try:
        with loop:
            return int(loop.run_until_complete(main()))
    finally:
        signal_timer.stop()
        hook.uninstall()
