from __future__ import annotations

import contextlib
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from omise_token_gui.emulator.__main__ import build_parser, main
from tests.promises import figures


def test_refuses_a_non_loopback_address_without_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--host", "0.0.0.0"]) == 2  # noqa: S104
    assert "--allow-remote" in capsys.readouterr().err


def test_rejects_bad_fault_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--error-rate", "3"]) == 2
    assert "error_rate" in capsys.readouterr().err


def test_help_lists_the_faults() -> None:
    text = build_parser().format_help()
    for flag in (
        "--latency-ms",
        "--error-rate",
        "--force-429",
        "--non-json",
        "--wrong-shape",
        "--livemode",
        "--drop",
        "--trickle-ms",
        "--rate-limit",
        "--accept-key",
    ):
        assert flag in text


def test_the_command_serves_the_seed_curl() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "omise_token_gui.emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            banner = proc.stdout.readline()  # printed once the socket listens
            match = re.search(r"http://127\.0\.0\.1:(\d+)", banner)
            assert match, banner
            url = f"http://127.0.0.1:{match.group(1)}"
            result = subprocess.run(
                [
                    "curl",
                    "-s",
                    f"{url}/tokens",
                    "-u",
                    "pkey_test_x:",
                    "-d",
                    "card[name]=Somchai Prasert",
                    "-d",
                    "card[number]=4242424242424242",
                    "-d",
                    "card[expiration_month]=10",
                    "-d",
                    "card[expiration_year]=2099",
                    "-d",
                    "card[city]=Bangkok",
                    "-d",
                    "card[postal_code]=10320",
                    "-d",
                    "card[security_code]=123",
                ],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            )
            assert '"object":"token"' in result.stdout
            assert '"id":"tokn_test_' in result.stdout
            assert httpx.get(url + "/__emulator__/requests").json()[0]["status"] == 200
        finally:
            proc.terminate()
            proc.wait(timeout=10)


BAD_COMMAND_LINES = [
    ["--port", "99999"],
    ["--port", "-1"],
    ["--port", "abc"],
    ["--port", ""],
    ["--port", "1e3"],
    ["--host", ""],
    ["--host", "[::1"],
    ["--host", "0.0.0.0"],  # noqa: S104 - refused: not loopback
    ["--max-tokens", "0"],
    ["--max-tokens", "-5"],
    ["--max-tokens", "many"],
    ["--rate-limit", "nan"],
    ["--rate-limit", "inf"],
    ["--rate-limit", "-1"],
    ["--rate-limit", "0"],
    ["--latency-ms", "nan"],
    ["--latency-ms", "inf"],
    ["--latency-ms", "-1"],
    ["--latency-ms", "1e400"],
    ["--jitter-ms", "inf"],
    ["--trickle-ms", "nan"],
    ["--error-rate", "nan"],
    ["--error-rate", "3"],
    ["--retry-after", "-1"],
    ["--retry-after", "1000000000"],
    ["--error-status", "200"],
    ["--accept-key", "pkey_live_abc"],
    ["--accept-key", "skey_5xs8breq3htbkj03d2x"],
    ["--allow-origin", "evil.example"],
    ["--allow-origin", "http://localhost:3000/checkout"],
    ["--seed", "abc"],
    ["--fingerprint-secret-file", "."],  # a directory
    ["--no-such-option"],
]


@pytest.mark.parametrize("argv", BAD_COMMAND_LINES, ids=" ".join)
def test_a_bad_command_line_gets_one_clear_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code: int | str | None
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("omise-vault-emulator: ")
    assert "Traceback" not in err
    figures.add("bad emulator command lines (one line, exit 2)")


def test_a_bad_port_in_a_real_process_gives_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "omise_token_gui.emulator", "--port", "70000"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "70000" in result.stderr


@contextlib.contextmanager
def running(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The emulator command on a free port: (process, base URL); stopped afterwards."""
    with subprocess.Popen(
        [sys.executable, "-m", "omise_token_gui.emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            banner = proc.stdout.readline()
            match = re.search(r"http://[^:]+:(\d+)", banner)
            assert match, banner
            yield proc, f"http://127.0.0.1:{match.group(1)}"
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


def test_sigterm_stops_it_while_a_request_is_held() -> None:
    """A latency fault holds a request; SIGTERM still ends the process (graceful shutdown
    is bounded). Before, a held request kept it alive, and NaN/Infinity held one forever."""
    held: list[BaseException] = []

    def call(url: str) -> None:
        try:
            httpx.post(url + "/tokens", auth=("pkey_test_x", ""), data={}, timeout=120)
        except httpx.HTTPError as exc:
            held.append(exc)

    with running("--latency-ms", "600000") as (proc, url):
        caller = threading.Thread(target=lambda: call(url), daemon=True)
        caller.start()
        deadline = time.monotonic() + 30
        while not httpx.get(url + "/__emulator__/requests").json():
            assert time.monotonic() < deadline, "the request never arrived"
        proc.terminate()
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)  # ended, not held
        caller.join(timeout=30)
    assert held  # the held request ended (connection closed), not answered late


def test_a_fingerprint_secret_file_keeps_fingerprints_across_runs(tmp_path: Path) -> None:
    secret = tmp_path / "fp.key"

    def one_fingerprint(*args: str) -> str:
        with running(*args) as (_, url):
            answer = httpx.post(
                url + "/tokens",
                auth=("pkey_test_x", ""),
                data={
                    "card[name]": "Somchai Prasert",
                    "card[number]": "4242424242424242",
                    "card[expiration_month]": "12",
                    "card[expiration_year]": "2099",
                },
            )
            return str(answer.json()["card"]["fingerprint"])

    with_file = [one_fingerprint("--fingerprint-secret-file", str(secret)) for _ in range(2)]
    assert with_file[0] == with_file[1]
    assert oct(secret.stat().st_mode & 0o777) == "0o600"
    assert one_fingerprint() != with_file[0]  # no file: a key of its own


def test_the_host_check_follows_the_command_line() -> None:
    """--host and --allow-host name what the emulator answers to; --allow-origin adds a
    checkout page's origin. Anything else is refused as DNS rebinding would be."""
    with running(
        "--host",
        "localhost",
        "--allow-host",
        "host.docker.internal",
        "--allow-origin",
        "http://shop.test:3000",
    ) as (_, url):
        port = url.rsplit(":", 1)[1]

        def health(host: str) -> int:
            answer = httpx.get(url + "/__emulator__/health", headers={"Host": host})
            return answer.status_code

        assert health(f"localhost:{port}") == 200
        assert health(f"127.0.0.1:{port}") == 200
        assert health(f"host.docker.internal:{port}") == 200
        assert health(f"shop.test:{port}") == 403
        assert health(f"evil.example:{port}") == 403
        preflight = httpx.options(
            url + "/tokens",
            headers={"Origin": "http://shop.test:3000", "Access-Control-Request-Method": "POST"},
        )
        assert preflight.headers["access-control-allow-origin"] == "http://shop.test:3000"
        other = httpx.options(
            url + "/tokens",
            headers={"Origin": "http://shop.test:4000", "Access-Control-Request-Method": "POST"},
        )
        assert other.status_code == 403
