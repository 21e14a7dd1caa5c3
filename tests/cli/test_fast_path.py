"""Which command lines ``omise-token`` hands to the running app (``cli.fast.forwardable``)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from omise_token_gui.cli import fast
from omise_token_gui.cli.fast import absolute_folders, client_language, forwardable
from omise_token_gui.core import channel, i18n
from omise_token_gui.core.paths import Paths

DIRS = ["--data-dir", "/d", "--config-dir", "/c"]


@pytest.mark.parametrize(
    "argv",
    [
        [*DIRS, "create"],
        [*DIRS, "create", "--scenario", "visa-insufficient-fund", "--copy"],
        ["create", *DIRS, "--json"],
        ["--data-dir=/d", "--config-dir=/c", "create"],
        ["create", "--data-dir", "/elsewhere", "--data-dir", "/d", "--config-dir", "/c"],
    ],
)
def test_a_create_goes_to_the_app_of_its_folders(argv: list[str]) -> None:
    assert forwardable(argv, {}) == ("/d", "/c")


@pytest.mark.parametrize(
    "argv",
    [
        [*DIRS, "scenarios"],
        [*DIRS, "status"],
        [*DIRS],
        [*DIRS, "create", "--help"],
        [*DIRS, "-h", "create"],
        ["--data", "/d", "--config-dir", "/c", "create"],  # argparse's abbreviation: not guessed
        ["--version", "create"],
        ["--data-dir", "", "create"],
        ["--data-dir"],
    ],
)
def test_everything_else_runs_here(argv: list[str]) -> None:
    assert forwardable(argv, {}) is None


@pytest.mark.parametrize("name", ["OMISE_PUBLIC_KEY", "OMISE_VAULT_URL"])
def test_a_key_of_this_shell_keeps_the_command_here(name: str) -> None:
    assert forwardable([*DIRS, "create"], {name: "pkey_test_x"}) is None


def test_folders_from_the_environment_then_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"OMISE_TOKEN_GUI_DATA_DIR": "/ed", "OMISE_TOKEN_GUI_CONFIG_DIR": "/ec"}
    assert forwardable(["create"], env) == ("/ed", "/ec")
    monkeypatch.delenv("OMISE_TOKEN_GUI_DATA_DIR")
    monkeypatch.delenv("OMISE_TOKEN_GUI_CONFIG_DIR")
    platform = Paths.resolve()
    assert forwardable(["create"], {}) == (str(platform.data_dir), str(platform.config_dir))


# ---------------------------------------------------------------- the client's language
@pytest.mark.parametrize(
    "argv",
    [
        ["--language", "th", *DIRS, "create"],
        [*DIRS, "--language=en", "create", "--copy"],
        [*DIRS, "create", "--language", "th"],
    ],
)
def test_a_create_with_a_language_is_forwarded(argv: list[str]) -> None:
    assert forwardable(argv, {}) == ("/d", "/c")


@pytest.mark.parametrize(
    "argv",
    [
        ["--language", "fr", *DIRS, "create"],  # the parser here says why
        [*DIRS, "create", "--language"],
        ["--lang", "th", *DIRS, "create"],  # argparse's abbreviation: not guessed
    ],
)
def test_a_language_the_fast_path_cannot_read_for_sure_runs_here(argv: list[str]) -> None:
    assert forwardable(argv, {}) is None


@pytest.mark.parametrize(
    ("argv", "environ", "saved", "language"),
    [
        (["create"], {"LANG": "th_TH.UTF-8"}, None, "th"),
        (["create"], {"LANG": "en_US.UTF-8"}, None, "en"),
        (["create"], {}, None, "en"),
        (["--language", "en", "create"], {"LANG": "th_TH.UTF-8"}, "th", "en"),
        (["--language", "th", "create"], {"LC_ALL": "C"}, None, "th"),
        (["--language=en", "create", "--language", "th"], {}, None, "th"),  # the last wins
        (["create"], {"LANGUAGE": "th:en", "LANG": "en_US.UTF-8"}, None, "th"),
        (["create"], {"LANG": "en_US.UTF-8"}, "th", "th"),  # Settings → Language
        (["create"], {"LANG": "th_TH.UTF-8"}, "system", "th"),
    ],
)
def test_the_client_decides_its_language_as_the_command_line_does(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    environ: dict[str, str],
    saved: str | None,
    language: str,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    if saved is not None:
        (tmp_path / "settings.json").write_text(json.dumps({"language": saved}), "utf-8")
    assert client_language(argv, str(tmp_path)) == language
    settings = tmp_path / "settings.json"
    assert language == i18n.chosen(fast.language_option(argv), settings)


def test_the_settings_file_is_the_one_the_app_reads(tmp_path: Path) -> None:
    assert Paths(tmp_path, tmp_path).settings_path == tmp_path / fast.SETTINGS_FILE


def test_the_language_travels_in_the_request_not_the_command_line() -> None:
    argv = ["--language", "th", "--data-dir", "d", "create", "--language=en", "--copy"]
    assert absolute_folders(argv) == [f"--data-dir={os.path.abspath('d')}", "create", "--copy"]


def test_the_fast_paths_own_sentences_in_thai() -> None:
    gone = channel.AppGone("gone")
    silent = channel.AppGone("gone", "silent")
    garbled = channel.AppGone("gone", "garbled", "not JSON")
    with i18n.speaking(i18n.THAI):
        assert "ปิดการเชื่อมต่อ" in fast.gone_text(gone)
        assert "150 วินาที" in fast.gone_text(silent)
        assert "(not JSON)" in fast.gone_text(garbled)
    assert fast.gone_text(gone) == channel.APP_GONE


# Runs omise-token's entry point in a fresh interpreter, then reports what it loaded.
DRIVER = """
import sys
from omise_token_gui.cli.fast import main
code = main(sys.argv[1:])
loaded = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("PySide6", "httpx", "asyncio", "argparse", "sqlite3", "xml")
)
print("LOADED:" + ",".join(loaded), file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize(
    ("args", "environ", "language", "said", "loaded"),
    [
        (["--language", "th"], {"LANG": "en_US.UTF-8"}, "th", "ปิดการเชื่อมต่อ", "xml"),
        ([], {"LANG": "th_TH.UTF-8"}, "th", "ปิดการเชื่อมต่อ", "xml"),
        (["--language", "en"], {"LANG": "th_TH.UTF-8"}, "en", "closed the connection", ""),
    ],
)
def test_an_app_gone_mid_command_is_said_in_the_clients_language(
    tmp_path: Path,
    args: list[str],
    environ: dict[str, str],
    language: str,
    said: str,
    loaded: str,
) -> None:
    """A stand-in app accepts the create and hangs up: the command says so in the shell's
    language, having sent it with the request (and without ``--language`` in the argv);
    the fast path loads no Qt, httpx, asyncio or argparse, and the catalog's XML only for
    a Thai sentence."""
    data, config = str(tmp_path / "d"), str(tmp_path / "c")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OMISE_", "LC_", "LANG")) and k != "XDG_RUNTIME_DIR"
    }
    env.update(environ, XDG_RUNTIME_DIR=str(tmp_path))
    name = channel.address(data, config, env)
    received: list[bytes] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(name)
        server.listen(1)

        def serve() -> None:
            conn = server.accept()[0]
            with conn:
                received.append(conn.recv(65536))
                conn.sendall(channel.encode({"accepted": True}))

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        argv = [*args, "--data-dir", data, "--config-dir", config, "create", "--count", "2"]
        proc = subprocess.run(
            [sys.executable, "-c", DRIVER, *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        thread.join(10)
    assert proc.returncode == 5, proc.stderr
    said_line, loaded_line = proc.stderr.strip().splitlines()[-2:]
    assert said_line.startswith("omise-token: ")
    assert said in said_line
    if loaded:  # the catalog, read to say it in Thai
        assert loaded_line.startswith("LOADED:xml"), loaded_line
    else:
        assert loaded_line == "LOADED:"
    request = channel.parse_request(received[0].rstrip(b"\n"))
    assert request.language == language
    assert request.argv == (
        f"--data-dir={data}",
        f"--config-dir={config}",
        "create",
        "--count",
        "2",
    )
