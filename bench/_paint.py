"""Shared by the startup benchmarks: spawn a process, time spawn → first paint line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence

BARE_WINDOW = """
import sys, resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 900)
class F(QObject):
    seen = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint rss_kb={rss}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def app_command(data_dir: str, config_dir: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "omise_token_gui.app",
        "--exit-after-first-paint",
        "--data-dir",
        data_dir,
        "--config-dir",
        config_dir,
    ]


FIRST, READY = "first-paint", "ready-paint"


def time_to_paints(command: Sequence[str]) -> dict[str, tuple[float, int]]:
    """Seconds from spawn to each paint line the child prints, and its peak RSS then (KiB).

    The app prints two: ``first-paint`` when its window is first on screen (title, geometry,
    "Starting…"), and ``ready-paint`` when the whole window, history rows included, has
    painted. The bare window prints only the first.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    seen: dict[str, tuple[float, int]] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            name = line.split(" ", 1)[0]
            if name in (FIRST, READY):
                elapsed = time.perf_counter() - start
                match = re.search(r"rss_kb=(\d+)", line)
                if match is None:
                    raise RuntimeError(f"a paint line without rss_kb: {line!r}")
                seen[name] = (elapsed, int(match.group(1)))
        proc.wait(timeout=30)
        if FIRST not in seen:
            assert proc.stderr is not None
            raise RuntimeError(f"no first paint from {command[:3]}: {proc.stderr.read()[-2000:]}")
    return seen


def time_to_first_paint(command: Sequence[str]) -> tuple[float, int]:
    return time_to_paints(command)[FIRST]


def time_to_ready_paint(command: Sequence[str]) -> tuple[float, int]:
    return time_to_paints(command)[READY]
