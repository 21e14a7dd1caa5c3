"""The window's first and ready paints, this tree against another commit's, alternated.

Makes a temporary git worktree of COMMIT (default 2553e20: the end of the seams issue), then
starts both trees with the same venv's Python, ``--exit-after-first-paint``, on fresh
folders, alternating. Prints the medians and the ratios (this tree / that one).

Each start reads the modules' bytecode where the environment lets Python keep it; where
``PYTHONDONTWRITEBYTECODE`` is set, every start compiles every module of the package again
(tens of ms, more for the larger tree). ``--compiled`` gives both trees their bytecode first
(as an installed app, or a checkout that has run once, has it), in a folder of its own.

    .venv/bin/python bench/ready_against.py [COMMIT] [--runs 15] [--compiled]
"""

from __future__ import annotations

import argparse
import os
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


def compile_first(tmp: Path, trees: tuple[Path, ...]) -> None:
    """Bytecode for every module both trees' starts read, in a folder of its own (the trees'
    own ``__pycache__`` are left alone): one start of each, untimed, writes it."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for tree in trees:
        time_to_paints(command(tree, f"{tmp}/warm/{tree.name}/d", f"{tmp}/warm/{tree.name}/c"))


def own_resources(tree: Path) -> None:
    """Make ``omise_token_gui.resources`` in ``tree`` its own ``resources/`` folder. The venv's
    editable install maps that package to this tree's folder, so the other tree read this
    tree's catalog (another schema since issue 15) and failed at start."""
    link = tree / "omise_token_gui" / "resources"
    if not link.exists():
        link.symlink_to(Path("..") / "resources")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("commit", nargs="?", default="2553e20")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compiled", action="store_true", help="both trees' bytecode first")
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
        own_resources(other)
        try:
            if args.compiled:
                compile_first(Path(tmp), (ROOT, other))
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
            f"{this / that:.2f}  (n={args.runs}{', compiled' if args.compiled else ''})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
