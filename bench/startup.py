"""Cold start to the main window's first paint vs a bare PySide6 QMainWindow process.

Alternated in one run (app, bare, app, bare, …), fresh empty data dirs for the app.
Prints the medians and their ratio. Bar: <= 1.3.

The window opens in two steps (ui/runner.py): first paint is the window itself on screen
(title, remembered geometry, "Starting…"); then the rest is imported and built, and the
whole window paints ("ready"). Both are printed, each against the same bare window; the bar
is on the first, the second is reported so that it cannot quietly grow.

    .venv/bin/python bench/startup.py [--runs 15] [--check]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile

from _paint import FIRST, READY, app_command, bare_command, time_to_first_paint, time_to_paints

BAR = 1.3


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    app_times: list[float] = []
    ready_times: list[float] = []
    bare_times: list[float] = []
    time_to_first_paint(bare_command())  # warm the page cache for both
    with tempfile.TemporaryDirectory() as tmp:
        time_to_first_paint(app_command(f"{tmp}/warm/d", f"{tmp}/warm/c"))
        for i in range(args.runs):
            paints = time_to_paints(app_command(f"{tmp}/{i}/d", f"{tmp}/{i}/c"))
            app_times.append(paints[FIRST][0])
            ready_times.append(paints[READY][0])
            bare_times.append(time_to_first_paint(bare_command())[0])
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    ready_med = statistics.median(ready_times)
    ratio = app_med / bare_med
    print(f"bare QMainWindow          median {bare_med * 1000:.0f} ms  (n={len(bare_times)})")
    print(f"omise-token-gui first     median {app_med * 1000:.0f} ms  (n={len(app_times)})")
    print(f"omise-token-gui ready     median {ready_med * 1000:.0f} ms  (whole window painted)")
    verdict = "PASS" if ratio <= BAR else "FAIL"
    print(f"ratio first/bare          {ratio:.2f}   (bar <= {BAR}: {verdict})")
    print(f"ratio ready/bare          {ready_med / bare_med:.2f}   (reported, no bar)")
    return 1 if args.check and ratio > BAR else 0


if __name__ == "__main__":
    sys.exit(main())
