"""One harness for every test: isolated data/config dirs, one loopback vault emulator, and
no SQLite connection left open by any test."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from omise_token_gui.emulator import EmbeddedEmulator, Faults

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the internet; the real vault's key env var must not leak in from a shell.
os.environ.pop("OMISE_PUBLIC_KEY", None)
os.environ.pop("OMISE_VAULT_URL", None)
# The local channel's sockets (core.channel): a short owner-only folder of this run's, so that
# no test finds an app the developer is running, and socket paths stay under the 108-byte
# limit (tmp_path is too long for them).
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="otg-run-")

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
    # Any free port for each test's Sandbox: tests run apps side by side, and beside the
    # developer's own app (tests of the stable port set it themselves).
    monkeypatch.setenv("OMISE_SANDBOX_PORT", "0")
    # English unless a test chooses Thai (the Settings default follows the computer's locale).
    monkeypatch.setenv("LANGUAGE", "en")
    return tmp_path


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """The language is process-wide (core.i18n, Qt's translator): a test that switches it
    leaves English behind, whatever its end."""
    yield
    import sys

    from omise_token_gui.core import i18n

    if "omise_token_gui.ui.i18n" in sys.modules and "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None and i18n.current() != i18n.ENGLISH:
            from omise_token_gui.ui.i18n import apply_language

            apply_language(i18n.ENGLISH)
    i18n.set_language(i18n.ENGLISH)


def _is_open(connection: sqlite3.Connection) -> bool:
    try:
        connection.total_changes  # noqa: B018 - raises on a closed connection, on any thread
    except sqlite3.ProgrammingError:
        return False
    return True


@pytest.fixture(autouse=True)
def no_connection_left_open(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every SQLite connection opened during a test (by the test or the app) is closed by its
    end, fixtures' teardown included. Python 3.13 warns of each one left to the garbage
    collector, in whichever later test the collector runs; this fails the test that left it,
    on every Python, and says where it was opened."""
    real_connect = sqlite3.connect
    opened: list[tuple[sqlite3.Connection, list[traceback.FrameSummary]]] = []

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = real_connect(*args, **kwargs)
        opened.append((connection, traceback.extract_stack(limit=12)[:-1]))
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield
    left = [stack for connection, stack in opened if _is_open(connection)]
    for connection, _ in opened:
        with contextlib.suppress(sqlite3.Error):  # another thread's: the collector closes it
            connection.close()
    if left:
        where = "\n".join("".join(traceback.format_list(stack)) for stack in left)
        pytest.fail(f"{len(left)} SQLite connection(s) left open, opened at:\n{where}")


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
    emu.vault.clear_requests()
    emu.set_faults(Faults())
    emu.state.config.rate_limit_per_s = None
    emu.state.config.accepted_keys = None
    emu.state.config.country = "th"
    emu.state.config.three_d_secure = False
    yield emu
    emu.set_faults(Faults())
    emu.state.config.rate_limit_per_s = None
    emu.state.config.accepted_keys = None
    emu.state.config.country = "th"
    emu.state.config.three_d_secure = False


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures the promise tests measured (README "Reliability")."""
    from tests.promises.figures import FIGURES

    if FIGURES:
        write = terminalreporter.write_line
        write("")
        write("Promise figures (this run):")
        for name in sorted(FIGURES):
            write(f"  {name}: {FIGURES[name]:,}")
