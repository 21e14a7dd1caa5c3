"""A running batch in the real window (docs/screenshots/batch-running.png): the app on fresh
folders, 60 ms latency on its Sandbox (the emulator's admin API), Create several with 200, a
screenshot of the whole screen two seconds in, then Cancel batch and quit. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c \
      'openbox & .venv/bin/python scripts/batch-screenshot.py docs/screenshots/batch-running.png'
"""

from __future__ import annotations

import sys
import tempfile
from typing import Any

import httpx
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from omise_token_gui.app import main
from omise_token_gui.emulator.app import ADMIN
from omise_token_gui.ui.batch_panel import BatchPanel
from omise_token_gui.ui.main_window import MainWindow

OUT = sys.argv[1] if len(sys.argv) > 1 else "batch-running.png"
_attach = MainWindow.attach


def _probe_attach(self: MainWindow, service: Any, port_note: str | None = None) -> None:
    _attach(self, service, port_note)
    panel = self.findChild(BatchPanel, "batchPanel")
    assert panel is not None

    def go() -> None:
        httpx.put(f"{service.sandbox_url}{ADMIN}/faults", json={"latency_ms": 60})
        self.settings.current_test_key = "QA-17"
        panel.count.setValue(200)
        panel.create_button.click()

    def shoot() -> None:
        screen = QApplication.primaryScreen()
        assert screen is not None
        screen.grabWindow(0).save(OUT)
        panel.cancel_button.click()
        QTimer.singleShot(800, self.close)

    QTimer.singleShot(300, go)
    QTimer.singleShot(2300, shoot)


if __name__ == "__main__":
    MainWindow.attach = _probe_attach  # type: ignore[method-assign]
    folder = tempfile.mkdtemp()
    main(["--data-dir", folder + "/d", "--config-dir", folder + "/c"])
