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


def run_client(
    qtbot: QtBot, command: list[str], timeout_ms: int = 30_000, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Run ``command`` while this process's Qt loop keeps running (the app answers it)."""
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or cli_env(),
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


def test_a_forwarded_create_keeps_its_tag_and_note_and_its_failures(
    served: Harness, qtbot: QtBot
) -> None:
    """Issue 16: --tag and --note reach the app with the command line; a refused attempt
    is recorded by the app too (no card data), and without --tag the app's current test
    case (Settings) is used."""
    from omise_token_gui.core import attempts

    code, out, err = run_client(
        qtbot, omise_token(served, "create", "--tag", "QA-77", "--note", "from the shell")
    )
    assert (code, err) == (0, "")
    history = served.services.history_store
    record = history.get(out.strip())
    assert record is not None
    assert (record.test_key, record.note) == ("QA-77", "from the shell")
    code, _, _ = run_client(qtbot, omise_token(served, "create", "--card", "4111111111111112"))
    assert code == 2
    newest = attempts.page(history, limit=1)[0].attempt
    assert (newest.outcome, newest.error_code) == ("refused", "invalid_card")
    assert "4111111111111112" not in newest.request_json + newest.error_message
    settings = served.services.settings
    settings.current_test_key = "QA-78"
    served.services.settings_store.save(settings)
    code, out, err = run_client(qtbot, omise_token(served, "create"))
    assert (code, err) == (0, "")
    tagged = history.get(out.strip())
    assert tagged is not None
    assert tagged.test_key == "QA-78"


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


def test_two_launches_at_the_same_moment_give_one_window(tmp_path: Path, qtbot: QtBot) -> None:
    """Both look for a running app at once: the claim makes the second wait for the first
    to listen, then find it, raise it and exit."""
    data, config = tmp_path / "d", tmp_path / "c"
    launches = [
        subprocess.Popen(
            app_command(data, config),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=offscreen_env(),
        )
        for _ in range(2)
    ]
    try:
        qtbot.waitUntil(lambda: any(p.poll() is not None for p in launches), timeout=30_000)
        ended = next(p for p in launches if p.poll() is not None)
        _, err = ended.communicate()
        assert ended.returncode == 0
        assert "already running for these folders" in err
        survivor = next(p for p in launches if p is not ended)
        assert survivor.poll() is None
        name = channel.address(data, config)
        status = channel.Request("status")
        answer = run_blocking(qtbot, lambda: channel.ask(name, status))
        assert answer is not None
        assert answer["status"]["pid"] == survivor.pid
    finally:
        for launch in launches:
            if launch.poll() is None:
                launch.terminate()
                launch.communicate(timeout=30)


def test_a_launch_stuck_holding_the_claim_is_not_waited_for_forever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from omise_token_gui.app import running_elsewhere
    from omise_token_gui.core.paths import Paths

    where = Paths(tmp_path / "d", tmp_path / "c")
    stuck = channel.Claim(channel.address(where.data_dir, where.config_dir))
    assert stuck.acquire(timeout=0)
    monkeypatch.setattr(channel, "CLAIM_WAIT_S", 0.05)
    try:
        assert running_elsewhere(where) is None  # runs as a window of its own, said so
    finally:
        stuck.release()
    assert "another launch is stuck starting up" in capsys.readouterr().err
    claim = running_elsewhere(where)
    assert isinstance(claim, channel.Claim)  # free again: this launch's turn
    claim.release()


def test_without_qtnetwork_the_app_runs_without_a_channel(
    app: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine missing a library of QtNetwork (libgssapi-krb5-2) still gets its window."""
    monkeypatch.setitem(sys.modules, "omise_token_gui.ui.instance_server", None)
    assert not app.session.serve(name_of(app))
    assert app.window.isVisible()


# ---------------------------------------------------------------- what an attack found
def test_deeply_nested_json_is_refused_not_a_traceback(served: Harness, qtbot: QtBot) -> None:
    answers = run_blocking(qtbot, lambda: raw_exchange(name_of(served), b"[" * 5000 + b"\n"))
    assert answers == [{"error": "the request is not JSON"}]


def test_connections_beyond_the_limit_are_cut_and_the_channel_keeps_serving(
    served: Harness, qtbot: QtBot
) -> None:
    from omise_token_gui.ui import instance_server

    idle = []
    try:
        for _ in range(instance_server.MAX_CONVERSATIONS + 10):
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            conn.connect(name_of(served))
            idle.append(conn)
        server = served.session.server
        assert server is not None
        qtbot.waitUntil(lambda: server.refused.count >= 10, timeout=10_000)
        for conn in idle:
            conn.close()
        idle.clear()
        code, out, _ = run_client(qtbot, omise_token(served, "create"))
        assert code == 0
        assert out.startswith("tokn_test_")
    finally:
        for conn in idle:
            conn.close()


def test_a_peer_that_never_sends_its_request_is_cut_off(
    served: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from omise_token_gui.ui import instance_server

    monkeypatch.setattr(instance_server, "REQUEST_WAIT_MS", 100)
    answers = run_blocking(qtbot, lambda: raw_exchange(name_of(served), b'{"product": '))
    assert answers == [{"error": "no request within 5 s of connecting"}]


def test_what_a_peer_sends_after_its_request_is_not_kept(served: Harness, qtbot: QtBot) -> None:
    """A create, then a flood: the app cuts the peer off (cancelling that create) instead of
    buffering the flood."""

    def flood() -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(10)
            conn.connect(name_of(served))
            conn.sendall(channel.Request("create", ("--count", "1000")).encode())
            try:
                for _ in range(64):
                    conn.sendall(b"x" * 65536)
                while conn.recv(65536):
                    pass
            except OSError:  # reset by the app: cut off
                return True
            return True

    assert run_blocking(qtbot, flood)
    qtbot.waitUntil(lambda: not served.window.tasks._tasks, timeout=10_000)
    assert served.history_count() < 1000


def test_a_server_qt_stopped_listens_again(served: Harness, qtbot: QtBot) -> None:
    server = served.session.server
    assert server is not None
    server._server.close()  # as Qt does itself on a failed accept (out of file handles)
    qtbot.waitUntil(lambda: server.listening, timeout=10_000)
    status = channel.Request("status")
    assert run_blocking(qtbot, lambda: channel.ask(name_of(served), status)) is not None


def test_refusals_are_logged_without_the_peers_words(
    served: Harness, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    line = json.dumps(
        {
            "product": "omise-token-gui",
            "protocol": 1,
            "request": "4111\u00a01111\u00a01111\u00a01111",
        }
    ).encode()
    run_blocking(qtbot, lambda: raw_exchange(name_of(served), line + b"\n"))
    assert "unknown request" in caplog.text
    assert "4111" not in caplog.text


def test_relative_folders_are_forwarded_as_the_app_reads_them(
    served: Harness, qtbot: QtBot
) -> None:
    where = served.services.paths
    base = where.data_dir.parent
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "omise_token_gui.cli",
            "--data-dir",
            os.path.relpath(where.data_dir, base),
            "--config-dir",
            os.path.relpath(where.config_dir, base),
            "create",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        cwd=base,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert model_ids(served)[0] == out.strip()  # the app made it: it was forwarded


def test_a_refused_profile_is_explained_when_forwarded_too(served: Harness, qtbot: QtBot) -> None:
    settings_file = served.services.paths.settings_path
    data = json.loads(settings_file.read_text())
    data["profiles"].append(
        {
            "name": "Live",
            "public_key": "pkey_live_5xs8breq3htbkj03d2x",
            "vault_url": "https://vault.omise.co",
        }
    )
    settings_file.write_text(json.dumps(data))
    code, _, err = run_client(qtbot, omise_token(served, "create", "--profile", "Live"))
    assert code == 2
    assert "LIVE" in err
    assert "pkey_live_5xs8breq3htbkj03d2x" not in err


LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.mark.parametrize(
    ("window", "client", "locale", "spoken"),
    [
        ("en", ["--language", "th"], "en_US.UTF-8", "th"),
        ("en", [], "th_TH.UTF-8", "th"),
        ("th", ["--language", "en"], "th_TH.UTF-8", "en"),
        ("th", [], "en_US.UTF-8", "en"),
    ],
)
def test_a_forwarded_create_speaks_the_clients_language_not_the_windows(
    served: Harness,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    window: str,
    client: list[str],
    locale: str,
    spoken: str,
) -> None:
    """A tester's ``omise-token --language th create`` (or LANG=th_TH.UTF-8) gets Thai from an
    English window, and English from a Thai one: the command runs speaking the client's
    language (its core/cli sentences from the catalog), while the window, its status bar
    and the language it speaks stay its own."""
    from omise_token_gui.cli import app as cli_app
    from omise_token_gui.core import i18n
    from omise_token_gui.ui.i18n import apply_language

    real_run = cli_app.run
    heard: list[tuple[str, str, object]] = []

    async def run(args: object, rt: object, out: object, err: object) -> int:
        sample = i18n.translate("Channel", "the app's answer is too large")
        heard.append((i18n.current(), sample, getattr(args, "language", None)))
        return await real_run(args, rt, out, err)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_app, "run", run)
    apply_language(window)
    env = cli_env({"LANG": locale}, drop=LOCALE[:3])
    command = [sys.executable, "-m", "omise_token_gui.cli", *client, *where_args(served)]
    code, out, err = run_client(qtbot, [*command, "create"], env=env)
    assert (code, err) == (0, "")
    assert out.startswith("tokn_test_")
    said = {"th": "คำตอบของแอปมีขนาดใหญ่เกินไป", "en": "the app's answer is too large"}
    assert heard == [(spoken, said[spoken], spoken)]
    assert i18n.current() == window  # the window's language is untouched
    status = served.window.statusBar().currentMessage()
    assert ("จากบรรทัดคำสั่ง" in status) is (window == "th"), status


def test_a_refused_copy_is_said_in_the_clients_language(served: Harness, qtbot: QtBot) -> None:
    request = channel.Request("copy", text="x", language="th")
    answer = run_blocking(qtbot, lambda: channel.ask(name_of(served), request))
    assert answer is not None
    assert answer["exit"] == 2
    assert answer["err"] == "คัดลอกได้เฉพาะรหัสโทเค็น (token id) เท่านั้น\n"
