"""One running app per folders: ``omise-token create`` is run by the running app (the token
in its history model at once, its clipboard set), ``status`` finds it, a second launch raises
it and exits, and the channel takes only this product's requests from this user."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.core import channel
from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.ui import forwarding
from tests.cli.conftest import cli_env
from tests.helpers import TEST_KEY, app_command, offscreen_env
from tests.ui.conftest import Harness

T = TypeVar("T")


@pytest.fixture
def served(app: Harness) -> Harness:
    """The app in this process, answering its folders' channel as the product does."""
    where = app.services.paths
    assert app.session.serve(channel.address(where.data_dir, where.config_dir))
    return app


def where_args(app: Harness) -> list[str]:
    where = app.services.paths
    return ["--data-dir", str(where.data_dir), "--config-dir", str(where.config_dir)]


def run_client(qtbot: QtBot, command: list[str], timeout_ms: int = 30_000) -> tuple[int, str, str]:
    """Run ``command`` while this process's Qt loop keeps running (the app answers it)."""
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout_ms)
    out, err = proc.communicate()
    return proc.returncode, out, err


def omise_token(app: Harness, *args: str) -> list[str]:
    return [sys.executable, "-m", "omise_token_gui.cli", *where_args(app), *args]


def model_ids(app: Harness) -> list[str]:
    model = app.window.history_model
    return [r.token_id for row in range(model.rowCount()) if (r := model.record_at(row))]


def test_a_forwarded_create_lands_in_the_apps_history_and_clipboard(
    served: Harness, qtbot: QtBot
) -> None:
    code, out, err = run_client(
        qtbot, omise_token(served, "create", "--scenario", "visa-insufficient-fund", "--copy")
    )
    assert (code, err) == (0, "")
    token_id = out.strip()
    assert token_id.startswith("tokn_test_")
    assert model_ids(served)[0] == token_id  # in the window's model at once, no refresh
    assert QApplication.clipboard().text() == token_id  # the app's clipboard
    record = served.services.history_store.get(token_id)
    assert record is not None
    assert record.last4 == "0011"
    assert "command line" in served.window.statusBar().currentMessage()


def test_forwarded_json_streams_one_record_per_token(served: Harness, qtbot: QtBot) -> None:
    code, out, _ = run_client(qtbot, omise_token(served, "create", "--count", "3", "--json"))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 3
    assert [line["id"] for line in lines] == model_ids(served)[:3][::-1]


def test_forwarded_usage_errors_keep_their_message_and_exit_code(
    served: Harness, qtbot: QtBot
) -> None:
    before = served.history_count()
    code, out, err = run_client(qtbot, omise_token(served, "create", "--scenario", "visa-nope"))
    assert code == 2
    assert out == ""
    assert "Unknown scenario 'visa-nope'" in err
    assert "Traceback" not in err
    code, _, err = run_client(qtbot, omise_token(served, "create", "--count", "0"))
    assert code == 2
    assert "must be between 1 and" in err
    code, _, err = run_client(qtbot, omise_token(served, "create", "--card", "4111111111111112"))
    assert code == 2
    assert "nothing was sent" in err
    assert "4111111111111112" not in err
    assert served.history_count() == before


def test_a_forwarded_vault_error_exits_4(served: Harness, qtbot: QtBot) -> None:
    code, _, err = run_client(
        qtbot, omise_token(served, "create", "--card", "4111111111111112", "--send-anyway")
    )
    assert code == 4, err
    assert "4111111111111112" not in err


def test_status_finds_the_running_app(served: Harness, qtbot: QtBot) -> None:
    code, out, _ = run_client(qtbot, omise_token(served, "status", "--json"))
    assert code == 0
    report = json.loads(out)
    assert report["running"] is True
    assert report["pid"] == os.getpid()
    assert report["active_profile"] == "Sandbox"
    assert report["sandbox_url"] == served.services.emulator.base_url  # type: ignore[union-attr]


def test_a_second_launch_raises_the_first_and_exits(
    served: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    raised: list[object] = []
    monkeypatch.setattr(forwarding, "bring_to_front", raised.append)
    served.window.showMinimized()
    where = served.services.paths
    proc = subprocess.Popen(
        app_command(where.data_dir, where.config_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=offscreen_env(),
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    _, err = proc.communicate()
    assert proc.returncode == 0
    assert "already running for these folders" in err
    assert raised == [served.window]


def test_bring_to_front_restores_a_minimised_window(app: Harness, qtbot: QtBot) -> None:
    app.window.showMinimized()
    forwarding.bring_to_front(app.window)
    qtbot.waitUntil(lambda: not app.window.isMinimized(), timeout=3000)
    assert app.window.isVisible()


def test_a_second_app_with_the_channel_taken_does_not_listen(served: Harness) -> None:
    where = served.services.paths
    assert not served.session.serve(channel.address(where.data_dir, where.config_dir))


def test_a_stale_socket_of_a_killed_app_is_replaced(app: Harness, qtbot: QtBot) -> None:
    where = app.services.paths
    name = channel.address(where.data_dir, where.config_dir)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)
    stale.close()  # the file is left behind, as after a kill -9
    assert app.session.serve(name)
    assert run_blocking(qtbot, lambda: channel.ask(name, channel.Request("status"))) is not None


# ---------------------------------------------------------------- hostile peers
def raw_exchange(name: str, data: bytes) -> list[dict[str, object]]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(5)
        conn.connect(name)
        conn.sendall(data)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return [json.loads(line) for line in received.splitlines()]


def name_of(app: Harness) -> str:
    where = app.services.paths
    return channel.address(where.data_dir, where.config_dir)


@pytest.mark.parametrize(
    "data",
    [
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        b'{"product": "other", "protocol": 1, "request": "create"}\n',
        b'{"product": "omise-token-gui", "protocol": 1, "request": "shell", "argv": ["rm"]}\n',
        b"\xff\xfe\n",
    ],
)
def test_foreign_requests_are_refused_and_the_app_goes_on(
    served: Harness, qtbot: QtBot, data: bytes
) -> None:
    before = served.history_count()
    answers = run_blocking(qtbot, lambda: raw_exchange(name_of(served), data + b"\n"))
    assert answers
    assert "error" in answers[0]
    assert "accepted" not in answers[0]
    assert served.history_count() == before
    status = channel.Request("status")
    assert run_blocking(qtbot, lambda: channel.ask(name_of(served), status)) is not None


def test_only_token_ids_can_be_put_on_the_apps_clipboard(served: Harness, qtbot: QtBot) -> None:
    QApplication.clipboard().setText("before")
    request = channel.Request("copy", text="4242424242424242")
    answer = run_blocking(qtbot, lambda: channel.ask(name_of(served), request))
    assert answer is not None
    assert answer["exit"] == 2
    assert QApplication.clipboard().text() == "before"
    request = channel.Request("copy", text="tokn_test_abc\ntokn_test_def")
    answer = run_blocking(qtbot, lambda: channel.ask(name_of(served), request))
    assert answer is not None
    assert answer["exit"] == 0
    assert QApplication.clipboard().text() == "tokn_test_abc\ntokn_test_def"


def test_a_peer_that_sends_nothing_does_not_stop_others(served: Harness, qtbot: QtBot) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.connect(name_of(served))
        code, out, _ = run_client(qtbot, omise_token(served, "create"))
        assert code == 0
        assert out.startswith("tokn_test_")


SYSTEM_PYTHON = "/usr/bin/python3"  # one that another user may run (not a venv under /root)


@pytest.mark.skipif(
    os.getuid() != 0 or not os.access(SYSTEM_PYTHON, os.X_OK),
    reason="needs root to act as another user, and a system Python",
)
def test_another_user_cannot_reach_the_channel(served: Harness, qtbot: QtBot) -> None:
    probe = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "try:\n    s.connect(sys.argv[1])\nexcept PermissionError:\n    sys.exit(13)\n"
        "sys.exit(0)\n"
    )
    proc = subprocess.Popen(
        [SYSTEM_PYTHON, "-c", probe, name_of(served)],
        user=65534,
        group=65534,
        env={"PATH": os.environ.get("PATH", "")},
        cwd="/",
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    assert proc.returncode == 13


def run_blocking(qtbot: QtBot, work: Callable[[], T]) -> T:
    """Run blocking client code on a thread while the Qt loop answers it."""
    import threading

    result: list[T] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    return result[0]


def test_the_gui_command_line_takes_new_instance(tmp_path: Path) -> None:
    from omise_token_gui.options import Options

    assert Options.parse([]).single_instance
    assert not Options.parse(["--new-instance"]).single_instance
    assert not Options.parse(["--smoke-test"]).single_instance
    assert not Options.parse(["--exit-after-first-paint"]).single_instance


# Runs omise-token's entry point in a fresh interpreter, then reports what it loaded.
FORWARD_DRIVER = """
import sys
from omise_token_gui.cli.fast import main
code = main(sys.argv[1:])
heavy = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("PySide6", "shiboken6", "qasync", "httpx", "asyncio", "sqlite3",
                           "argparse", "starlette", "uvicorn")
)
print("LOADED:" + ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def test_the_forwarded_path_imports_neither_qt_nor_httpx(served: Harness, qtbot: QtBot) -> None:
    code, out, err = run_client(
        qtbot, [sys.executable, "-c", FORWARD_DRIVER, *where_args(served), "create"]
    )
    assert code == 0
    assert out.startswith("tokn_test_")
    assert model_ids(served)[0] == out.strip()  # it was the app that made it
    assert err.strip().splitlines()[-1] == "LOADED:"


def test_a_create_run_here_still_copies_through_the_app(
    served: Harness, qtbot: QtBot, emulator: EmbeddedEmulator
) -> None:
    """With OMISE_PUBLIC_KEY in the shell the command runs on its own (that key is the
    shell's), and the running app, which owns the clipboard, is asked to copy the id."""
    env = cli_env({"OMISE_PUBLIC_KEY": TEST_KEY, "OMISE_VAULT_URL": emulator.base_url})
    proc = subprocess.Popen(
        [*omise_token(served, "create", "--copy")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    token_id = out.strip()
    assert emulator.state.token_json(token_id, "2019-05-29") is not None  # that vault made it
    assert QApplication.clipboard().text() == token_id


def test_a_profile_added_on_the_command_line_meanwhile_is_found(
    served: Harness, qtbot: QtBot, emulator: EmbeddedEmulator
) -> None:
    added = omise_token(served, "profiles", "add", "--name", "Emu", "--key", TEST_KEY)
    code, _, err = run_client(qtbot, [*added, "--url", emulator.base_url])
    assert code == 0, err
    code, out, err = run_client(qtbot, omise_token(served, "create", "--profile", "Emu"))
    assert code == 0, err
    assert model_ids(served)[0] == out.strip()  # the app made it, on that profile's vault
    assert emulator.state.token_json(out.strip(), "2019-05-29") is not None


def test_a_copy_setting_up_the_channel_at_the_same_moment_is_waited_for(app: Harness) -> None:
    from omise_token_gui.core.storage import FileLock
    from omise_token_gui.ui import instance_server

    name = name_of(app)
    other = FileLock(Path(name + ".lock"))
    assert other.acquire(timeout=0)
    try:
        instance_server.LOCK_WAIT_S = 0.05
        assert not app.session.serve(name)  # the other copy is setting it up: left to it
    finally:
        instance_server.LOCK_WAIT_S = 1.0
        other.release()
    assert app.session.serve(name)


class RecordingTray:
    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []

    def notify(self, title: str, text: str, warn: bool = False) -> None:
        self.told.append((title, text))


def test_a_forwarded_copy_is_told_by_the_trays_notification(
    served: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = RecordingTray()
    monkeypatch.setattr(served.session, "tray", tray)
    code, out, _ = run_client(
        qtbot, omise_token(served, "create", "--scenario", "visa-insufficient-fund", "--copy")
    )
    assert code == 0
    ((title, text),) = tray.told
    assert title == f"Copied {out.strip()}"
    assert "Insufficient funds · Sandbox" in text
    assert "4111111111140011" not in text.replace(" ", "")  # never the full number


def test_without_qtnetwork_the_app_runs_without_a_channel(
    app: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine missing a library of QtNetwork (libgssapi-krb5-2) still gets its window."""
    monkeypatch.setitem(sys.modules, "omise_token_gui.ui.instance_server", None)
    assert not app.session.serve(name_of(app))
    assert app.window.isVisible()
