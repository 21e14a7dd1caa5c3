"""Run the real entry point with ``Services.start_network`` wrapped: it records the thread it
runs on and, with ``close-meanwhile``, sends this process SIGTERM and waits until the window
has closed before it starts anything (a tester closing the window during the start). Prints
what was started and whether it was stopped.

    python -m tests.probes.network_start DATA_DIR CONFIG_DIR run|close-meanwhile|smoke

``smoke`` runs ``--smoke-test`` (headless) instead of the window.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

from omise_token_gui.app import main
from omise_token_gui.services import Services
from omise_token_gui.ui.main_window import MainWindow

if TYPE_CHECKING:  # httpx and the rest are imported on the worker thread, as in the app
    from omise_token_gui.core.service import TokenService

seen: dict[str, str] = {}
started: list[Services] = []
closed = threading.Event()
original_start, original_close = Services.start_network, MainWindow.closeEvent


def start_network(self: Services) -> TokenService:
    seen["thread"] = threading.current_thread().name
    started.append(self)
    if sys.argv[3] == "close-meanwhile":
        os.kill(os.getpid(), signal.SIGTERM)
        if not closed.wait(10):
            raise RuntimeError("the window did not close")
    return original_start(self)


def close_event(self: MainWindow, event: QCloseEvent) -> None:
    original_close(self, event)
    closed.set()


def probe() -> None:
    Services.start_network = start_network  # type: ignore[method-assign]
    MainWindow.closeEvent = close_event  # type: ignore[method-assign]
    mode = {"run": ["--exit-after-first-paint"], "smoke": ["--smoke-test"]}
    code = main(
        ["--data-dir", sys.argv[1], "--config-dir", sys.argv[2], *mode.get(sys.argv[3], [])]
    )
    services = started[0]
    emulator, http = services.emulator, services.http
    report = {
        "code": code,
        "thread": seen["thread"],
        "main": threading.main_thread().name,
        "emulator_stopped": emulator is not None and not emulator.running,
        "http_closed": http is not None and http.is_closed,
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    probe()
