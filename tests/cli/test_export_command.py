"""``omise-token export`` over a fake attempt log (the real one: tests/cli/test_export_log.py):
stdout or a file (0600, replaced atomically), the filters passed on, clear refusals."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

import pytest

from omise_token_gui.cli import export_command
from omise_token_gui.cli.app import main
from omise_token_gui.core.evidence import Outcome
from omise_token_gui.core.export.rows import EvidenceRow
from tests.cli.conftest import RunCli
from tests.core.export_samples import samples


class FakeLog:
    """``core.attempts.select`` over the samples."""

    def __init__(self) -> None:
        self.asked: list[dict[str, object]] = []

    def __call__(
        self,
        *,
        tag: str | None = None,
        since: datetime | None = None,
        ids: Iterable[str] | None = None,
        where: object = None,
        tokens_only: bool = False,
    ) -> Sequence[EvidenceRow]:
        self.asked.append({"tag": tag, "since": since, "tokens_only": tokens_only})
        return [
            r
            for r in samples()
            if (tag is None or r.attempt.test_key == tag)
            and (not tokens_only or r.attempt.outcome is Outcome.CREATED)
        ]


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> FakeLog:
    fake = FakeLog()
    monkeypatch.setattr(export_command, "attempt_source", lambda rt: fake)
    return fake


def test_csv_to_stdout_keeps_its_bytes(
    log: FakeLog, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--format", "csv"]) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith("\ufeff".encode())
    assert "ชำระเงินสำเร็จ".encode() in out
    assert out.count(b"\r\n") == 1 + len(samples())


def test_tag_since_and_tokens_only(log: FakeLog, capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "json", "--tag", "QA-101", "--since", "2026-12-01",
                 "--tokens-only"]) == 0  # fmt: skip
    document = json.loads(capfd.readouterr().out)
    assert [a["test_key"] for a in document["attempts"]] == ["QA-101"]
    since = log.asked[0]["since"]
    assert isinstance(since, datetime)
    assert since.tzinfo is not None
    assert (since.year, since.month, since.day, since.hour) == (2026, 12, 1, 0)
    assert main(["export", "--format", "json", "--tokens-only"]) == 0
    document = json.loads(capfd.readouterr().out)
    assert {a["outcome"] for a in document["attempts"]} == {"created"}


def test_left_out_attempts_are_named_on_stderr(
    log: FakeLog, capfd: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "testrail"]) == 0
    err = capfd.readouterr().err
    assert err.count("left out") == 5


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_output_file_is_owner_only_and_replaced(
    log: FakeLog, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "run.xml"
    target.write_text("old")
    os.chmod(target, 0o644)
    assert main(["export", "--format", "junit", "--output", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text("utf-8").startswith('<?xml version="1.0"')
    out, err = capfd.readouterr()
    assert out == ""
    assert "7 attempts written to" in err
    assert [p.name for p in tmp_path.iterdir()] == ["run.xml"]  # no temporary file left


def test_a_bad_date_is_a_usage_error(log: FakeLog, capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--since", "yesterday"]) == 2
    err = capfd.readouterr().err
    assert "not a date: 'yesterday'" in err
    assert "2026-12-02" in err
    assert main(["export", "--format", "csv", "--since", "2999-01-01"]) == 2
    assert "in the future" in capfd.readouterr().err
    assert log.asked == []


def test_an_unwritable_path_says_so(
    log: FakeLog, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "run.csv"
    assert main(["export", "--format", "csv", "--output", str(missing)]) == 6
    err = capfd.readouterr().err
    assert f"the export could not be written to {missing}" in err
    assert main(["export", "--format", "csv", "--output", str(tmp_path)]) == 2
    assert "is a folder" in capfd.readouterr().err


def test_an_unknown_format_is_refused_by_the_parser(
    log: FakeLog, capfd: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "docx"]) == 2
    assert "invalid choice" in capfd.readouterr().err


def test_export_reads_the_real_attempt_log(run_cli: RunCli) -> None:
    assert run_cli("create", "--scenario", "visa-insufficient-fund").code == 0
    assert run_cli("create", "--card", "4242424242424241", "--send-anyway").code == 4
    done = run_cli("export", "--format", "json")
    assert done.code == 0, done.err
    document = json.loads(done.out)
    assert [a["outcome"] for a in document["attempts"]] == ["created", "vault_error"]
    assert [a["result"] for a in document["attempts"]] == ["pending", "passed"]
    assert "4242424242424241" not in done.out
    assert "4111111111140011" not in done.out
    tokens = json.loads(run_cli("export", "--format", "json", "--tokens-only").out)
    assert [a["outcome"] for a in tokens["attempts"]] == ["created"]


def test_export_by_tag_through_the_command_line(run_cli: RunCli) -> None:
    assert run_cli("create", "--tag", "QA-9", "--note", "first").code == 0
    assert run_cli("create").code == 0
    done = run_cli("export", "--format", "xray", "--tag", "qa-9")
    assert done.code == 0, done.err
    tests = json.loads(done.out)["tests"]
    assert [t["testKey"] for t in tests] == ["QA-9"]
    assert "Note: first" in tests[0]["comment"]


@pytest.mark.parametrize("kind", ["fifo", "history"])
def test_an_export_never_replaces_a_device_a_pipe_or_the_apps_own_files(
    run_cli: RunCli, dirs: tuple[Path, Path], tmp_path: Path, kind: str
) -> None:
    """As root, ``os.replace`` turned /dev/full into a plain file and an export over
    history.sqlite3 destroyed the history: both are refused, and nothing is touched."""
    assert run_cli("create", "--scenario", "visa-successful").code == 0
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    else:
        target = dirs[0] / "history.sqlite3"
    before = os.lstat(target)
    done = run_cli("export", "--format", "csv", "--output", str(target))
    assert done.code == 2, done.err
    assert "ame a file" in done.err  # "…: name a file." or "Name a file in another folder."
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino, after.st_size) == (
        before.st_mode,
        before.st_ino,
        before.st_size,
    )
