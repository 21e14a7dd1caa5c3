"""A forwarded ``omise-token create`` (handled by the running app) vs ``python -c pass``.

Starts the real app (offscreen, fresh folders, on its Sandbox), waits until it answers its
local channel, then alternates in one run: the same venv's bare ``python -c pass``, and
``omise-token create`` (the console script, as a tester's hotkey runs it), which the app
runs and stores. Prints the medians and their ratio, and where the time of a forwarded
create goes: starting Python and the fast path's imports, then the app's own work (the
channel's round trip measured from a warm client). Aim: <= 1.5.

    .venv/bin/python bench/forwarded_create.py [--runs 30] [--check]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AIM = 1.5
VENV_BIN = Path(sys.executable).parent


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} exited {done.returncode}")
    return elapsed


def wait_for_app(name: str, proc: subprocess.Popen[bytes]) -> None:
    from omise_token_gui.core import channel

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the app exited before it answered its channel")
        answer = channel.ask(name, channel.Request("status"))
        if answer and answer["status"].get("sandbox_url"):
            return
        forwarded = channel.forward(name, ["create"], io.StringIO(), io.StringIO())
        if forwarded == 0:  # the network side is up: the first create went through
            return
        time.sleep(0.1)
    raise SystemExit("the app did not answer its channel within 60 s")


def warm_round_trip_ms(name: str, runs: int) -> float:
    """A forwarded create from a client that has already started: the app's own share."""
    from omise_token_gui.core import channel

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        code = channel.forward(name, ["create"], io.StringIO(), io.StringIO())
        times.append(time.perf_counter() - start)
        if code != 0:
            raise SystemExit(f"a warm forwarded create exited {code}")
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    from omise_token_gui.core import channel

    with tempfile.TemporaryDirectory(prefix="otg-bench-") as tmp:
        data, config, run = f"{tmp}/d", f"{tmp}/c", f"{tmp}/run"
        os.mkdir(run, 0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith("OMISE_")}
        env.update(XDG_RUNTIME_DIR=run, QT_QPA_PLATFORM="offscreen")
        os.environ["XDG_RUNTIME_DIR"] = run
        app = subprocess.Popen(
            [str(VENV_BIN / "omise-token-gui"), "--data-dir", data, "--config-dir", config],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            name = channel.address(data, config)
            wait_for_app(name, app)
            bare = [sys.executable, "-c", "pass"]
            create = [str(VENV_BIN / "omise-token"), "--data-dir", data, "--config-dir", config]
            create.append("create")
            timed(bare, env)
            timed(create, env)
            bare_times, create_times = [], []
            for _ in range(args.runs):
                bare_times.append(timed(bare, env))
                create_times.append(timed(create, env))
            warm = warm_round_trip_ms(name, args.runs)
        finally:
            app.terminate()
            app.wait(30)
    bare_med, create_med = statistics.median(bare_times), statistics.median(create_times)
    ratio = create_med / bare_med
    print(f"python -c pass               median {bare_med * 1000:.1f} ms  (n={args.runs})")
    print(f"omise-token create (fwd)     median {create_med * 1000:.1f} ms  (n={args.runs})")
    print(f"  of which the app's work    median {warm:.1f} ms  (a warm client's round trip)")
    verdict = "met" if ratio <= AIM else "NOT met"
    print(f"ratio forwarded/bare         {ratio:.2f}   (aim <= {AIM}: {verdict})")
    return 1 if args.check and ratio > AIM else 0


if __name__ == "__main__":
    sys.exit(main())
