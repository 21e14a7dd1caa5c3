"""The local channel's rules (``core.channel``): what a request may be, where the socket
lives and who may use its folder, and how the client treats an app that misbehaves."""

from __future__ import annotations

import io
import json
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import channel, paths, settings
from omise_token_gui.core.channel import ChannelError, Request, parse_request


def body(**fields: object) -> bytes:
    base: dict[str, object] = {"product": "omise-token-gui", "protocol": 1, "request": "create"}
    base.update(fields)
    return json.dumps(base).encode()


def test_a_request_round_trips() -> None:
    for request in (
        Request("create", ("--scenario", "visa-insufficient-fund", "--copy")),
        Request("status"),
        Request("activate"),
        Request("copy", text="tokn_test_abc\ntokn_test_def"),
        Request("create", ("--count", "2"), language="th"),
        Request("copy", text="tokn_test_abc", language="en"),
    ):
        assert parse_request(request.encode().rstrip(b"\n")) == request


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not this product's"),
        (body(product="other-app"), "not this product's"),
        (body(protocol=2), "protocol"),
        (body(request="shell"), "unknown request"),
        (body(argv="create --copy"), "list"),
        (body(argv=["x"] * 65), "list"),
        (body(argv=["x" * 5000]), "list"),
        (body(argv=["a\0b"]), "list"),
        (body(argv=[1, 2]), "list"),
        (body(request="copy", text=["tokn_test_a"]), "not a string"),
        (body(language="fr"), "unknown language"),
        (body(language=["th"]), "unknown language"),
        (body(language=""), "unknown language"),
        (b" " * (channel.MAX_MESSAGE + 1), "too large"),
    ],
)
def test_anything_else_is_refused_with_a_reason(line: bytes, why: str) -> None:
    with pytest.raises(ChannelError, match=why):
        parse_request(line)


@given(st.binary(max_size=300))
def test_no_bytes_make_the_parser_raise_anything_else(line: bytes) -> None:
    try:
        request = parse_request(line)
    except ChannelError:
        return
    assert request.kind in channel.KINDS


def test_the_channel_and_the_paths_name_the_app_alike() -> None:
    assert channel.APP_NAME == paths.APP_NAME


def test_the_idle_deadline_outlasts_the_longest_vault_deadline() -> None:
    assert channel.IDLE_TIMEOUT_S > settings.MAX_TIMEOUT_S


# ---------------------------------------------------------------- where it is
def test_the_folder_is_made_owner_only(tmp_path: Path) -> None:
    folder = channel.runtime_dir({"XDG_RUNTIME_DIR": str(tmp_path)})
    assert folder == str(tmp_path / "omise-token-gui")
    assert os.stat(folder).st_mode & 0o777 == 0o700


def test_without_xdg_runtime_dir_a_per_user_folder_in_tmpdir(tmp_path: Path) -> None:
    folder = channel.runtime_dir({"TMPDIR": str(tmp_path)})
    assert folder == str(tmp_path / f"omise-token-gui-{os.getuid()}")


def test_a_folder_open_to_others_is_refused(tmp_path: Path) -> None:
    (tmp_path / "omise-token-gui").mkdir(mode=0o755)
    os.chmod(tmp_path / "omise-token-gui", 0o755)  # noqa: S103 - the attack under test
    with pytest.raises(ChannelError, match="open to other users"):
        channel.runtime_dir({"XDG_RUNTIME_DIR": str(tmp_path)})


def test_a_symlink_planted_in_tmp_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir(mode=0o700)
    (tmp_path / f"omise-token-gui-{os.getuid()}").symlink_to(elsewhere)
    with pytest.raises(ChannelError, match="not a folder of this user"):
        channel.runtime_dir({"TMPDIR": str(tmp_path)})


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to hand a folder to another user")
def test_a_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    planted = tmp_path / f"omise-token-gui-{os.getuid()}"
    planted.mkdir(mode=0o700)
    os.chown(planted, 65534, 65534)
    with pytest.raises(ChannelError, match="not a folder of this user"):
        channel.runtime_dir({"TMPDIR": str(tmp_path)})


def test_one_address_per_pair_of_folders_however_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path)}
    monkeypatch.chdir(tmp_path)
    a = channel.address(tmp_path / "d", tmp_path / "c", env)
    assert channel.address("d", "c/", env) == a
    assert channel.address(f"{tmp_path}/x/../d", str(tmp_path / "c"), env) == a
    assert channel.address(tmp_path / "d", tmp_path / "other", env) != a
    assert channel.address(tmp_path / "other", tmp_path / "c", env) != a


def test_a_socket_path_too_long_for_the_kernel_falls_back_to_tmp(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 90)
    deep.mkdir()
    name = channel.address(tmp_path / "d", tmp_path / "c", {"XDG_RUNTIME_DIR": str(deep)})
    assert name.startswith(f"/tmp/omise-token-gui-{os.getuid()}/")  # noqa: S108
    assert len(name.encode()) <= channel.MAX_SOCKET_PATH


# ---------------------------------------------------------------- the client
Serve = Callable[[socket.socket], None]


@pytest.fixture
def fake_app(tmp_path: Path) -> Iterator[Callable[[Serve], str]]:
    """A stand-in app on a socket that answers with ``serve(connection)``."""
    servers: list[socket.socket] = []

    def start(serve: Serve) -> str:
        name = str(tmp_path / "app.sock")
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(name)
        server.listen(1)
        servers.append(server)

        def run() -> None:
            with server.accept()[0] as conn:
                serve(conn)

        threading.Thread(target=run, daemon=True).start()
        return name

    yield start
    for server in servers:
        server.close()


def answers(*messages: dict[str, object]) -> Serve:
    def serve(conn: socket.socket) -> None:
        conn.recv(65536)
        for message in messages:
            conn.sendall(channel.encode(message))

    return serve


def test_output_is_streamed_and_the_exit_code_returned(fake_app: Callable[[Serve], str]) -> None:
    name = fake_app(
        answers({"accepted": True}, {"out": "tokn_test_a\n"}, {"err": "note\n"}, {"exit": 4})
    )
    out, err = io.StringIO(), io.StringIO()
    assert channel.forward(name, ["create"], out, err) == 4
    assert (out.getvalue(), err.getvalue()) == ("tokn_test_a\n", "note\n")


def test_no_app_means_not_forwarded(tmp_path: Path) -> None:
    stale = tmp_path / "stale.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(stale))
    server.close()  # the file stays, nobody listens: a killed app's socket
    assert channel.forward(str(stale), ["create"], io.StringIO(), io.StringIO()) is None
    assert channel.forward(str(tmp_path / "none"), ["create"], io.StringIO(), io.StringIO()) is None


def test_an_app_that_declines_leaves_the_command_to_run_here(
    fake_app: Callable[[Serve], str],
) -> None:
    name = fake_app(answers({"accepted": True}, {"decline": "other folders"}))
    assert channel.forward(name, ["create"], io.StringIO(), io.StringIO()) is None


def test_an_app_that_never_accepts_is_given_up_on(
    fake_app: Callable[[Serve], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(channel, "ACK_TIMEOUT_S", 0.2)
    done = threading.Event()

    def hang(conn: socket.socket) -> None:
        done.wait(5)

    name = fake_app(hang)
    try:
        assert channel.forward(name, ["create"], io.StringIO(), io.StringIO()) is None
    finally:
        done.set()


def test_a_foreign_answer_is_not_taken_for_an_app(fake_app: Callable[[Serve], str]) -> None:
    def serve(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\n\r\n")

    name = fake_app(serve)
    assert channel.forward(name, ["create"], io.StringIO(), io.StringIO()) is None


def test_an_app_that_goes_away_mid_command_is_said(fake_app: Callable[[Serve], str]) -> None:
    name = fake_app(answers({"accepted": True}, {"out": "tokn_test_a\n"}))
    out = io.StringIO()
    with pytest.raises(channel.AppGone, match="history shows what was created"):
        channel.forward(name, ["create", "--count", "2"], out, io.StringIO())
    assert out.getvalue() == "tokn_test_a\n"  # what came before is printed


def test_an_endless_answer_is_cut_off(fake_app: Callable[[Serve], str]) -> None:
    def serve(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(channel.encode({"accepted": True}))
        chunk = b"x" * 65536
        for _ in range(4):
            try:
                conn.sendall(chunk)
            except OSError:
                return

    name = fake_app(serve)
    with pytest.raises(channel.AppGone, match="too large"):
        channel.forward(name, ["create"], io.StringIO(), io.StringIO())


def test_the_language_travels_with_a_create_and_is_left_out_when_not_chosen(
    fake_app: Callable[[Serve], str],
) -> None:
    sent: list[bytes] = []

    def serve(conn: socket.socket) -> None:
        sent.append(conn.recv(65536))
        conn.sendall(channel.encode({"accepted": True}) + channel.encode({"exit": 0}))

    name = fake_app(serve)
    assert channel.forward(name, ["create"], io.StringIO(), io.StringIO(), "th") == 0
    assert parse_request(sent[0].rstrip(b"\n")) == Request("create", ("create",), language="th")
    assert b"language" not in Request("create", ("create",)).encode()


def test_a_channel_folders_problem_is_said_in_the_current_language(tmp_path: Path) -> None:
    from omise_token_gui.core import i18n

    folder = tmp_path / "omise-token-gui"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with i18n.speaking(i18n.THAI), pytest.raises(ChannelError, match="เปิดให้ผู้ใช้อื่น"):
        channel.runtime_dir({"XDG_RUNTIME_DIR": str(tmp_path)})
