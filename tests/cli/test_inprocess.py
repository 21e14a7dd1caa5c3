"""What cannot be provoked from outside: Ctrl+C and a bug still end in one line, no traceback."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

import pytest

from omise_token_gui.cli import commands
from omise_token_gui.cli.app import main
from omise_token_gui.cli.runtime import Runtime


def test_ctrl_c_is_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def interrupted(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "scenarios", interrupted)
    assert main(["scenarios"]) == 130
    assert capsys.readouterr().err == "omise-token: Interrupted.\n"


def test_a_bug_is_exit_1_with_one_redacted_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def broken(args: argparse.Namespace, rt: Runtime, out: TextIO, err: TextIO) -> int:
        raise ValueError("card 4242424242424242 with pkey_test_5xs8breq3htbkj03d2x")

    monkeypatch.setattr(commands, "scenarios", broken)
    assert main(["scenarios"]) == 1
    err = capsys.readouterr().err
    assert err == "omise-token: internal error: ValueError: card ••••4242 with pkey_test_…3d2x\n"


def test_json_output_is_ascii_and_lossless(capsys: pytest.CaptureFixture[str]) -> None:
    name = "ทดสอบ…"  # a Thai profile name: not in a Windows console's code page
    assert main(["profiles", "add", "--name", name, "--key", "pkey_test_abc123"]) == 0
    capsys.readouterr()
    assert main(["profiles", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.isascii()
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["Sandbox", name]


def test_a_token_the_history_refuses_is_printed_and_exit_6(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from omise_token_gui.core.history import HistoryStore, HistoryWriteError

    def refuse(self: HistoryStore, record: object) -> None:
        raise HistoryWriteError("database or disk is full")

    monkeypatch.setattr(HistoryStore, "add", refuse)
    assert main(["create"]) == 6
    out, err = capsys.readouterr()
    (token_id,) = out.split()
    assert token_id.startswith("tokn_test_")  # it exists on the vault: the tester may use it
    assert err == (
        f"omise-token: Local storage problem: {token_id} was created but not saved in the "
        "history: database or disk is full\n"
    )
