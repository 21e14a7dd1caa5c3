"""The promises on the command line: keys refused before anything is sent, card numbers never
printed back or written, errors one redacted line (``omise-token``)."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from omise_token_gui.cli.app import main
from omise_token_gui.cli.runtime import Runtime
from omise_token_gui.core.cards import luhn_ok
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.keys import classify
from omise_token_gui.emulator import EmbeddedEmulator
from tests.cli.conftest import CLI, cli_env
from tests.helpers import TEST_KEY
from tests.promises import figures
from tests.promises.keygen import keys


def run(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    where = ["--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")]
    return subprocess.run(
        [*CLI, *where, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_env(env),
        timeout=60,
        check=False,
    )


def every_file_written(tmp_path: Path) -> bytes:
    """The bytes of every file the command left (history, its WAL, settings, the Sandbox)."""
    return b"".join(p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file())


def luhn_numbers(rng: random.Random, count: int) -> list[str]:
    """Valid-looking numbers of several brands that are not catalog cards."""
    catalog = load_catalog()
    out: list[str] = []
    while len(out) < count:
        prefix, length = rng.choice([("4", 16), ("51", 16), ("37", 15), ("3530", 16), ("6011", 16)])
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        number = next(body + d for d in "0123456789" if luhn_ok(body + d))
        if catalog.lookup(number) is None:
            out.append(number)
    return out


def test_card_numbers_are_never_printed_back_or_written(
    tmp_path: Path, emulator: EmbeddedEmulator
) -> None:
    assert (
        run(
            tmp_path,
            "profiles",
            "add",
            "--name",
            "Emu",
            "--key",
            TEST_KEY,
            "--url",
            emulator.base_url,
        ).returncode
        == 0
    )
    numbers = luhn_numbers(random.Random(12), 6)
    bad = ["4242424242424241", "4242 4242 4242 4243", "1234567890123456"]
    tried = 0
    for profile in ("Sandbox", "Emu"):
        for number in numbers:
            done = run(tmp_path, "create", "--card", number, "--profile", profile, "--json")
            assert done.returncode == 0, done.stderr
            assert number not in done.stdout + done.stderr
            assert number[-4:] in done.stdout  # last 4 only
            tried += 1
        for number in bad:
            digits = number.replace(" ", "")
            for extra in ([], ["--send-anyway"]):
                done = run(tmp_path, "create", "--card", number, "--profile", profile, *extra)
                assert done.returncode in (2, 4), done.stderr
                assert digits not in done.stdout + done.stderr
                tried += 1
    # A number put where the parser does not expect it is echoed redacted.
    stray = run(tmp_path, "create", numbers[0])
    assert stray.returncode == 2
    assert numbers[0] not in stray.stderr
    assert "••••" + numbers[0][-4:] in stray.stderr
    tried += 1
    written = every_file_written(tmp_path)
    for number in numbers + bad:
        assert number.replace(" ", "").encode() not in written
    figures.add("CLI: card numbers given to create, never printed back or written", tried)


@pytest.mark.parametrize("seed", [1, 2])
def test_profiles_add_applies_the_key_policy_to_any_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    settings = tmp_path / "config" / "settings.json"
    refused = 0
    for i, key in enumerate(keys(120, seed)):
        monkeypatch.setattr(sys, "stdin", io.StringIO(key))
        code = main(["profiles", "add", "--name", f"K{i}", "--key", "-"])
        out, err = capsys.readouterr()
        verdict = classify(key)
        if verdict.accepted:
            assert code == 0, err
            continue
        refused += 1
        assert code == 3, (key, err)
        assert err == f"omise-token: {verdict.message}\n"
        assert out == ""
    saved = json.loads(settings.read_text(encoding="utf-8"))["profiles"]
    assert all(classify(p["public_key"]).accepted for p in saved)  # only test keys were written
    figures.add("CLI: near-miss keys given to profiles add (stdin), refused, not stored", refused)


def test_a_refused_environment_key_sends_nothing(
    emulator: EmbeddedEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = 0
    for key in keys(80, 3):
        verdict = classify(key)
        env = {"OMISE_PUBLIC_KEY": key, "OMISE_VAULT_URL": emulator.base_url}
        emulator.vault.clear_requests()
        code = main(["check-key"], runtime=Runtime(environ=env))
        _, err = capsys.readouterr()
        if verdict.accepted:
            assert code == 0, err
            continue
        refused += 1
        assert code == 3, (key, err)
        assert emulator.requests() == []
        assert err == f"omise-token: OMISE_PUBLIC_KEY was refused: {verdict.message}\n"
    figures.add("CLI: near-miss keys in OMISE_PUBLIC_KEY, refused with nothing sent", refused)
