"""How long the window stops answering while the network side starts.

Runs the real app (offscreen, fresh dirs) several times. A 5 ms Qt timer ticks from the moment
the whole window is built until the first tick after the token service is attached (httpx
imported, the Sandbox emulator started). Prints the median of the longest gap between ticks,
and its ratio to the tick interval: near 1 means the loop kept going.

    .venv/bin/python bench/startup_stall.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

TICK_MS = 5

PROBE = """
import sys, time, tempfile
from PySide6.QtCore import QTimer
import omise_token_gui.ui.main_window as mw
from omise_token_gui.app import main

gaps, state = [], {"last": None}
populate, attach = mw.MainWindow.populate, mw.MainWindow.attach

def probe_populate(self, *args, **kwargs):
    populate(self, *args, **kwargs)
    timer = QTimer(self)

    def tick():
        now = time.perf_counter()
        if state["last"] is not None and not state.get("done"):
            gaps.append(now - state["last"])
            state["done"] = "attached" in state
        state["last"] = now

    timer.timeout.connect(tick)
    timer.start(TICK_MS)

def probe_attach(self, service):
    attach(self, service)
    state["attached"] = True
    QTimer.singleShot(100, self.close)

mw.MainWindow.populate, mw.MainWindow.attach = probe_populate, probe_attach
folder = tempfile.mkdtemp()
main(["--data-dir", folder + "/d", "--config-dir", folder + "/c"])
print(f"stall_ms={max(gaps) * 1000:.1f} ticks={len(gaps)}")
""".replace("TICK_MS", str(TICK_MS))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    stalls: list[float] = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("stall_ms="))
        stalls.append(float(line.split()[0].split("=")[1]))
    stall = statistics.median(stalls)
    print(f"longest loop gap while the network side starts: median {stall:.0f} ms (n={args.runs})")
    print(f"ratio to the {TICK_MS} ms tick            {stall / TICK_MS:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
