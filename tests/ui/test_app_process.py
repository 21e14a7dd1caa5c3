"""The app as a process: --smoke-test, and the exception hook."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import app_process, run_app
from tests.ui.conftest import Harness


def test_smoke_test_prints_a_token_and_exits_0(isolated_dirs: Path) -> None:
    result = run_app(
        isolated_dirs / "d",
        isolated_dirs / "c",
        "--smoke-test",
        "--smoke-output",
        str(isolated_dirs / "token.txt"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("tokn_test_")
    assert (isolated_dirs / "token.txt").read_text().strip() == result.stdout.strip()
    assert "Traceback" not in result.stderr
    assert (isolated_dirs / "d" / "history.sqlite3").exists()


def test_unexpected_error_is_logged_redacted_and_shown(
    app: Harness, qtbot: QtBot, app_log: Path
) -> None:
    from omise_token_gui.ui.exception_hook import ExceptionHook

    hook = ExceptionHook(lambda: app.window)
    hook.install()
    try:

        async def boom() -> None:
            raise RuntimeError("bug with card 4242424242424242 and key skey_test_abcdefgh")

        task = app.window.tasks.start(boom())
        qtbot.waitUntil(task.done, timeout=3000)
        qtbot.waitUntil(
            lambda: app.window.findChild(QMessageBox, "informBox") is not None, timeout=3000
        )
    finally:
        hook.uninstall()
    box = app.window.findChild(QMessageBox, "informBox")
    assert box is not None
    assert "Your token history is safe" in box.text()
    assert "4242424242424242" not in box.text() + box.detailedText()
    assert "••••4242" in box.text()
    log_text = app_log.read_text()
    assert "RuntimeError" in log_text
    assert "4242424242424242" not in log_text
    assert "skey_test_abcdefgh" not in log_text
    box.close()


def test_sigterm_closes_the_app_cleanly(isolated_dirs: Path) -> None:
    """A kill (SIGTERM) still saves settings and the Sandbox's tokens, and exits 0."""
    import signal as sig

    data, config = isolated_dirs / "d", isolated_dirs / "c"
    with app_process(data, config) as proc:
        log = data / "logs" / "app.log"
        # The emulator logs its URL once the network side is up (after the first paint).
        for _ in range(600):
            if log.exists() and "vault emulator on" in log.read_text():
                break
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(proc.stderr.read() if proc.stderr else "exited early")
        proc.send_signal(sig.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert proc.stderr is not None
        assert "Traceback" not in proc.stderr.read()
    assert (config / "window.ini").exists()  # the geometry is saved on close
    assert (data / "sandbox-vault.sqlite3").exists()
