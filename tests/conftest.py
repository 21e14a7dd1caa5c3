"""One harness for every test: isolated data/config dirs, one loopback vault emulator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from omise_token_gui.emulator import EmbeddedEmulator, Faults

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the internet; the real vault's key env var must not leak in from a shell.
os.environ.pop("OMISE_PUBLIC_KEY", None)
os.environ.pop("OMISE_VAULT_URL", None)

settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config dirs; nothing touches the real home."""
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("OMISE_TOKEN_GUI_DATA_DIR", str(data))
    monkeypatch.setenv("OMISE_TOKEN_GUI_CONFIG_DIR", str(config))
    monkeypatch.delenv("OMISE_PUBLIC_KEY", raising=False)
    return tmp_path


@pytest.fixture
def app_log(isolated_dirs: Path) -> Iterator[Path]:
    """The app's own logging (redacting file handler) for one test; removed afterwards."""
    import logging

    from omise_token_gui.core import paths
    from omise_token_gui.services import configure_logging

    configure_logging()
    try:
        yield paths.log_dir() / "app.log"
    finally:
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logging.FileHandler):
                handler.close()
                logging.getLogger().removeHandler(handler)


@pytest.fixture(scope="session")
def _session_emulator() -> Iterator[EmbeddedEmulator]:
    with EmbeddedEmulator(seed=1) as emu:
        yield emu


@pytest.fixture
def emulator(_session_emulator: EmbeddedEmulator) -> Iterator[EmbeddedEmulator]:
    """The loopback vault, reset to a clean state (no tokens, no faults, empty log)."""
    emu = _session_emulator
    emu.state.reset()
    emu.emulator.clear_requests()
    emu.set_faults(Faults())
    emu.state.config.rate_limit_per_s = None
    emu.state.config.accepted_keys = None
    yield emu
    emu.set_faults(Faults())
    emu.state.config.rate_limit_per_s = None
    emu.state.config.accepted_keys = None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures the promise tests measured (README "Reliability")."""
    from tests.promises.figures import FIGURES

    if FIGURES:
        write = terminalreporter.write_line
        write("")
        write("Promise figures (this run):")
        for name in sorted(FIGURES):
            write(f"  {name}: {FIGURES[name]:,}")
