"""The programs the benchmarks run in a fresh interpreter: the real entry point with one seam
wrapped.

    python bench/probes.py stall TICK_MS    (bench/startup_stall.py)

``stall``: a Qt timer ticks every TICK_MS from the moment the whole window is built until the
first tick after the token service is attached (httpx imported, the Sandbox emulator
started); the window is then closed. Prints ``stall_ms=<longest gap> ticks=<n>``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from omise_token_gui.app import main
from omise_token_gui.ui.main_window import MainWindow

if TYPE_CHECKING:  # imported on the network side's worker thread, as in the app
    from omise_token_gui.core.service import TokenService


def stall(tick_ms: int) -> None:
    gaps: list[float] = []
    last: list[float] = []
    attached: list[bool] = []
    populate, attach = MainWindow.populate, MainWindow.attach

    def tick() -> None:
        now = time.perf_counter()
        if last and len(attached) < 2:
            gaps.append(now - last[-1])
            if attached:
                attached.append(True)  # the first tick after attach(): the last one counted
        last.append(now)

    def probe_populate(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        populate(self, *args, **kwargs)
        timer = QTimer(self)
        timer.timeout.connect(tick)
        timer.start(tick_ms)

    def probe_attach(self: MainWindow, service: TokenService, port_note: str | None = None) -> None:
        attach(self, service, port_note)
        attached.append(True)
        QTimer.singleShot(100, self.close)

    MainWindow.populate = probe_populate  # type: ignore[method-assign]
    MainWindow.attach = probe_attach  # type: ignore[method-assign]
    folder = tempfile.mkdtemp()
    main(["--data-dir", folder + "/d", "--config-dir", folder + "/c"])
    print(f"stall_ms={max(gaps) * 1000:.1f} ticks={len(gaps)}")


if __name__ == "__main__":
    if sys.argv[1:2] != ["stall"]:
        sys.exit("usage: python bench/probes.py stall TICK_MS")
    stall(int(sys.argv[2]))
