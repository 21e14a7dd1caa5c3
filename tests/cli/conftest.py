"""Run ``omise-token`` as a subprocess on the test's own data and config dirs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "omise_token_gui.cli"]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


RunCli = Callable[..., Run]


def cli_env(extra: Mapping[str, str] | None = None, drop: tuple[str, ...] = ()) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMISE_")}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", *drop):
        env.pop(name, None)
    env.update(extra or {})
    return env


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data", tmp_path / "config"


@pytest.fixture
def run_cli(dirs: tuple[Path, Path]) -> RunCli:
    """``run_cli("create", "--json", env={...}, stdin="...")``: the real command, its own dirs."""
    data, config = dirs

    def run(
        *args: str,
        env: Mapping[str, str] | None = None,
        stdin: str | None = None,
        global_dirs: bool = True,
    ) -> Run:
        where = ["--data-dir", str(data), "--config-dir", str(config)] if global_dirs else []
        done = subprocess.run(
            [*CLI, *where, *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_env(env),
            timeout=60,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run
