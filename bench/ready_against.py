"""The window's first and ready paints, this tree against another commit's, alternated.

Makes a temporary git worktree of COMMIT (default 2553e20: the end of the seams issue), then
starts both trees with the same venv's Python, ``--exit-after-first-paint``, on fresh
folders, alternating. Prints the medians and the ratios (this tree / that one).

    .venv/bin/python bench/ready_against.py [COMMIT] [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _paint import FIRST, READY, time_to_paints

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git") or "git"
START = "import sys; sys.path.insert(0, sys.argv.pop(1)); from omise_token_gui.app import main; "
START += "sys.exit(main(sys.argv[1:]))"


def command(tree: Path, data: str, config: str) -> list[str]:
    return [sys.executable, "-c", START, str(tree), "--data-dir", data, "--config-dir", config,
            "--exit-after-first-paint"]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("commit", nargs="?", default="2553e20")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, dict[str, list[float]]] = {
        "this": {FIRST: [], READY: []},
        "that": {FIRST: [], READY: []},
    }
    with tempfile.TemporaryDirectory(prefix="otg-ready-") as tmp:
        other = Path(tmp) / "tree"
        subprocess.run(
            [GIT, "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(other), args.commit],
            check=True,
        )
        try:
            for i in range(args.runs):
                for name, tree in (("this", ROOT), ("that", other)):
                    paints = time_to_paints(
                        command(tree, f"{tmp}/{name}{i}/d", f"{tmp}/{name}{i}/c")
                    )
                    for step in (FIRST, READY):
                        times[name][step].append(paints[step][0])
        finally:
            subprocess.run(
                [GIT, "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False
            )
    for step in (FIRST, READY):
        this, that = (statistics.median(times[n][step]) for n in ("this", "that"))
        print(
            f"{step:<12} this tree {this * 1000:.0f} ms, {args.commit} {that * 1000:.0f} ms: "
            f"{this / that:.2f}  (n={args.runs})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
