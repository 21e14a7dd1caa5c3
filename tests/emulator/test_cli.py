from __future__ import annotations

import re
import subprocess
import sys

import httpx
import pytest

from omise_token_gui.emulator.__main__ import build_parser, main


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
