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
from pathlib import Path

TICK_MS = 5

PROBE = str(Path(__file__).with_name("probes.py"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    stalls: list[float] = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, PROBE, "stall", str(TICK_MS)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("stall_ms="))
        stalls.append(float(line.split()[0].split("=")[1]))
    stall = statistics.median(stalls)
    print(f"longest loop gap while the network side starts: median {stall:.0f} ms (n={args.runs})")
    print(f"ratio to the {TICK_MS} ms tick            {stall / TICK_MS:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
