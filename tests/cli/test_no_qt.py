"""The command line never imports Qt: not for scenarios, history, nor create on an emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from omise_token_gui.emulator import EmbeddedEmulator
from tests.cli.conftest import cli_env
from tests.helpers import TEST_KEY

# Runs the command in-process in a fresh interpreter, then reports which Qt modules it loaded.
DRIVER = """
import sys
from omise_token_gui.cli.app import main
code = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))
print("QT-MODULES:" + ",".join(qt), file=sys.stderr)
sys.exit(code)
"""


def run_counting_qt(tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    where = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, *where, *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("QT-MODULES:"), done.stderr
    loaded = [m for m in last.removeprefix("QT-MODULES:").split(",") if m]
    return done.returncode, loaded


def test_scenarios_and_history_import_no_qt(tmp_path: Path) -> None:
    assert run_counting_qt(tmp_path, "scenarios") == (0, [])
    assert run_counting_qt(tmp_path, "history", "--json") == (0, [])


def test_create_on_an_emulator_profile_imports_no_qt(
    tmp_path: Path, emulator: EmbeddedEmulator
) -> None:
    added = run_counting_qt(
        tmp_path,
        "profiles",
        "add",
        "--name",
        "Emu",
        "--key",
        TEST_KEY,
        "--url",
        emulator.base_url,
        "--use",
    )
    assert added == (0, [])
    assert run_counting_qt(tmp_path, "create", "--count", "2") == (0, [])
    assert len(emulator.requests()) == 2
    # The Sandbox path (embedded emulator) too.
    assert run_counting_qt(tmp_path, "create", "--profile", "Sandbox") == (0, [])


def test_the_driver_would_see_qt(tmp_path: Path) -> None:
    """The check above can fail: the same driver reports Qt once something imports it."""
    done = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore\n" + DRIVER, "scenarios"],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert "PySide6.QtCore" in done.stderr.splitlines()[-1]


def test_the_cli_package_imports_neither_the_window_nor_qt() -> None:
    from tests.test_architecture import PKG, imports_of

    for path in sorted((PKG / "cli").rglob("*.py")):
        bad = {
            n
            for n in imports_of(path)
            if n.split(".")[0] in {"PySide6", "qasync", "shiboken6"}
            or n.startswith(("omise_token_gui.ui", "omise_token_gui.app"))
        }
        assert bad == set(), path.name
