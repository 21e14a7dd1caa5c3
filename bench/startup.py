"""Cold start to the main window's first paint vs a bare PySide6 QMainWindow process.

Alternated in one run (app, bare, app, bare, …), fresh empty data dirs for the app.
Prints the medians and their ratio. Bar (issue 4): <= 1.3.

    .venv/bin/python bench/startup.py [--runs 15] [--check]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile

from _paint import app_command, bare_command, time_to_first_paint

BAR = 1.3


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    app_times: list[float] = []
    bare_times: list[float] = []
    time_to_first_paint(bare_command())  # warm the page cache for both
    with tempfile.TemporaryDirectory() as tmp:
        time_to_first_paint(app_command(f"{tmp}/warm/d", f"{tmp}/warm/c"))
        for i in range(args.runs):
            app_times.append(time_to_first_paint(app_command(f"{tmp}/{i}/d", f"{tmp}/{i}/c"))[0])
            bare_times.append(time_to_first_paint(bare_command())[0])
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_med / bare_med
    print(f"bare QMainWindow  median {bare_med * 1000:.0f} ms  (n={len(bare_times)})")
    print(f"omise-token-gui   median {app_med * 1000:.0f} ms  (n={len(app_times)})")
    print(f"ratio app/bare    {ratio:.2f}   (bar <= {BAR}: {'PASS' if ratio <= BAR else 'FAIL'})")
    return 1 if args.check and ratio > BAR else 0


if __name__ == "__main__":
    sys.exit(main())
