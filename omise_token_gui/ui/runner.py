"""Start the GUI: QApplication, the qasync loop, the window; a clean shutdown; --smoke-test."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from importlib import resources
from typing import Protocol

import qasync
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, SettingsStore
from omise_token_gui.ui.errors import ExceptionHook
from omise_token_gui.ui.main_window import MainWindow

SMOKE_TIMEOUT_S = 30.0


class ServicesLike(Protocol):
    settings_store: SettingsStore
    settings: Settings
    service: TokenService
    notices: list[str]

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


def make_window(services: ServicesLike) -> MainWindow:
    window = MainWindow(
        services.settings,
        services.settings_store.save,
        services.service,
        services.notices,
    )
    window.setWindowIcon(app_icon())
    return window


def run_gui(build: Callable[[], ServicesLike], smoke_test: bool = False) -> int:
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

    async def smoke() -> None:
        created: list[TokenRecord] = []
        finished: asyncio.Future[None] = loop.create_future()
        window.token_created.connect(created.append)

        def on_finished() -> None:
            if not finished.done():
                finished.set_result(None)

        window.create_finished.connect(on_finished)
        window.create_token()
        try:
            await asyncio.wait_for(finished, SMOKE_TIMEOUT_S)
        except TimeoutError:
            window.cancel_create()
        if created:
            print(created[0].token_id, flush=True)
            finish(0)
        else:
            print(f"smoke test failed: {window.panel.error.text()}", file=sys.stderr, flush=True)
            finish(1)

    async def main() -> int:
        if smoke_test:
            window.tasks.start(smoke(), "smoke-test")
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
        hook.uninstall()
