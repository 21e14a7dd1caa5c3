"""The console entry point, --help, and --copy through a clipboard tool (no Qt)."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from omise_token_gui.cli.clipboard import NO_TOOL
from omise_token_gui.cli.exits import EXIT_BY_KIND, Exit
from tests.cli.conftest import RunCli, cli_env


def test_omise_token_is_a_console_script_beside_the_gui_script() -> None:
    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert scripts["omise-token"] == "omise_token_gui.cli.fast:main"
    gui = {e.name for e in entry_points(group="gui_scripts")}
    assert "omise-token-gui" in gui
    launcher = Path(sys.executable).with_name("omise-token")
    done = subprocess.run(
        [str(launcher), "--version"], capture_output=True, text=True, env=cli_env(), check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("omise-token ")


def test_help_documents_exit_codes_and_json_lines(run_cli: RunCli) -> None:
    done = run_cli("--help")
    assert done.code == 0
    for code in {int(c) for c in EXIT_BY_KIND.values()} | {int(Exit.STORAGE)}:
        assert f"\n  {code}  " in done.out
    assert "JSON Lines" in done.out
    assert "visa-insufficient-fund" in run_cli("create", "--help").out


def fake_tool(folder: Path, name: str, sink: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tool = folder / name
    cat = shutil.which("cat")
    assert cat is not None
    tool.write_text(f"#!/bin/sh\nexec '{cat}' > '{sink}'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)


@pytest.mark.skipif(sys.platform == "win32", reason="the fake xclip is a shell script")
def test_copy_puts_the_ids_on_the_clipboard_through_xclip(run_cli: RunCli, tmp_path: Path) -> None:
    sink = tmp_path / "clipboard.txt"
    fake_tool(tmp_path / "bin", "xclip", sink)
    env = {"PATH": str(tmp_path / "bin"), "DISPLAY": ":99"}
    done = run_cli("create", "--count", "2", "--copy", env=env)
    assert done.code == 0, done.err
    assert sink.read_text() == "\n".join(done.lines)
    assert done.err == ""


def test_copy_without_an_app_or_a_tool_says_so(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = run_cli("create", "--copy", env={"PATH": str(tmp_path / "empty")})
    assert done.code == 0
    assert done.lines[0].startswith("tokn_test_")
    assert done.err == f"omise-token: note: {NO_TOOL}\n"
