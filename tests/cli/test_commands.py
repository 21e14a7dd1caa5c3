"""``omise-token`` end to end: every subcommand as a subprocess, on the Sandbox and on a
standalone emulator profile, with every exit code."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.endpoint import check_base_url
from omise_token_gui.core.errors import UrlRejected
from omise_token_gui.core.key_check import KEY_REFUSED, KEY_WORKS
from omise_token_gui.core.keys import classify
from omise_token_gui.emulator import EmbeddedEmulator, Faults
from tests.cli.conftest import Run, RunCli
from tests.helpers import TEST_KEY, backend_charge
from tests.promises import figures

RECORD_FIELDS = {
    "id",
    "created_at",
    "profile",
    "brand",
    "last4",
    "scenario",
    "scenario_id",
    "scenario_label",
    "expected_outcome",
    "used",
    "charge_status",
    "failure_code",
    "authorized",
    "verdict",
    "verdict_reason",
    "refreshed_at",
    "explanation",
    "tag",
    "note",
}


def one_error_line(run: Run) -> str:
    """Errors are one line on stderr, never a traceback."""
    assert "Traceback" not in run.err
    lines = [line for line in run.err.splitlines() if not line.startswith("omise-token: note:")]
    assert len(lines) == 1, run.err
    return lines[0]


def jsonl(run: Run) -> list[dict[str, object]]:
    return [json.loads(line) for line in run.lines]


def add_emulator_profile(run_cli: RunCli, url: str, name: str = "Emu", key: str = TEST_KEY) -> None:
    done = run_cli("profiles", "add", "--name", name, "--key", key, "--url", url, "--use")
    assert done.code == 0, done.err
    assert done.out == f"Saved “{name}”. It is now the active profile.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------------------- the Sandbox
def test_create_on_the_sandbox_shares_the_apps_sandbox_state(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    done = run_cli("create", "--scenario", "visa-insufficient-fund", "--json")
    assert done.code == 0, done.err
    (record,) = jsonl(done)
    assert set(record) == RECORD_FIELDS
    assert record["profile"] == "Sandbox"
    assert (record["brand"], record["last4"]) == ("Visa", "0011")
    assert record["scenario"] == "insufficient_fund"
    assert record["scenario_id"] == "visa-insufficient-fund"
    assert record["expected_outcome"] == "failed: insufficient_fund"
    assert (record["used"], record["charge_status"], record["verdict"]) == (
        False,
        "unknown",
        "pending",
    )
    assert str(record["verdict_reason"]).startswith("Not charged yet")
    token_id = str(record["id"])
    assert token_id.startswith("tokn_test_")
    # The app's Sandbox (the same state file) knows the token: they are one Sandbox.
    data = dirs[0]
    with EmbeddedEmulator(state_file=data / "sandbox-vault.sqlite3") as app_sandbox:
        assert app_sandbox.state.token_json(token_id, "2019-05-29") is not None

    listed = run_cli("history", "--json")
    assert listed.code == 0, listed.err
    assert [r["id"] for r in jsonl(listed)] == [token_id]

    refreshed = run_cli("refresh", token_id, "--json")
    assert refreshed.code == 0, refreshed.err
    (again,) = jsonl(refreshed)
    assert again["id"] == token_id
    assert again["refreshed_at"] is not None


def test_history_shows_a_backends_charge_as_status_only(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    """A token charged the way a backend charges it (its secret key, on the Sandbox the app
    shares with the command line), read back with the public key: the status matches but the
    failure code cannot be seen, in ``--json`` (``verdict``, ``verdict_reason``) and in the
    text table (the window's symbols), in English and Thai."""
    created = run_cli("create", "--scenario", "visa-insufficient-fund")
    assert created.code == 0, created.err
    token_id = created.out.strip()
    with EmbeddedEmulator(state_file=dirs[0] / "sandbox-vault.sqlite3") as sandbox:
        charge = backend_charge(sandbox.base_url, token_id)
    assert charge["failure_code"] == "insufficient_fund"
    assert run_cli("refresh", token_id).code == 0
    (record,) = jsonl(run_cli("history", "--json"))
    assert (record["charge_status"], record["failure_code"]) == ("failed", None)
    assert record["verdict"] == "status_only"
    assert record["authorized"] is None
    assert "public key cannot read the charge's failure code" in str(record["verdict_reason"])
    table = run_cli("history")
    assert table.lines[1].endswith("◐ status matches"), table.out
    thai = run_cli("--language", "th", "history", "--json")
    assert "คีย์สาธารณะ" in str(jsonl(thai)[0]["verdict_reason"])
    assert jsonl(thai)[0]["verdict"] == "status_only"  # the value is data, not translated
    assert run_cli("--language", "th", "history").lines[1].endswith("◐ สถานะตรง")


def test_create_prints_only_the_token_id_and_count_makes_that_many(run_cli: RunCli) -> None:
    done = run_cli("create", "--count", "3")
    assert done.code == 0, done.err
    assert len(done.lines) == 3
    assert all(line.startswith("tokn_test_") for line in done.lines)
    assert len(set(done.lines)) == 3
    table = run_cli("history", "--limit", "2")
    assert table.code == 0
    assert table.lines[0].split()[:2] == ["CREATED", "TOKEN"]
    assert len(table.lines) == 3  # header + 2
    assert "Visa ****4242" in table.out


def test_check_key_and_refresh_all_on_the_sandbox(run_cli: RunCli) -> None:
    checked = run_cli("check-key")
    assert checked.code == 0, checked.err
    assert checked.out == f"Sandbox: {KEY_WORKS}\n"
    assert run_cli("create", "--scenario", "mastercard-successful").code == 0
    refreshed = run_cli("refresh", "--all")
    assert refreshed.code == 0, refreshed.err
    assert len(refreshed.lines) == 1


def test_scenarios_lists_the_catalog_with_ids_sources_and_confidence(run_cli: RunCli) -> None:
    catalog = load_catalog()
    done = run_cli("scenarios", "--json")
    assert done.code == 0, done.err
    rows = jsonl(done)
    assert [r["id"] for r in rows] == [c.id for c in catalog]
    first = rows[0]
    assert set(first) >= {"id", "brand", "number", "expected_outcome", "source", "confidence"}
    assert (first["source_id"], first["confidence"]) == ("omise_docs", "high")
    assert first["source"] == "Omise docs"
    assert first["docs_url"] == "https://docs.omise.co/api-testing"
    assert {r["catalog_version"] for r in rows} == {catalog.version}
    found = run_cli("scenarios", "--search", "3-d secure")
    assert found.code == 0
    assert all("3ds" in line for line in found.lines[1:])
    assert len(found.lines) == 1 + sum(1 for c in catalog if c.scenario.startswith("3ds"))
    by_number = run_cli("scenarios", "--search", "4111 1111 1114 0011", "--json")
    assert [r["id"] for r in jsonl(by_number)] == ["visa-insufficient-fund"]


def test_scenarios_lists_pinned_and_frequent_first_and_marks_them_in_json(
    run_cli: RunCli,
) -> None:
    catalog = load_catalog()
    for _ in range(2):
        assert run_cli("create", "--scenario", "jcb-successful").code == 0
    pinned = run_cli("scenarios", "--pin", "amex-successful", "--pin", "jcb-successful")
    assert pinned.code == 0, pinned.err
    titles = [line for line in pinned.lines if line.endswith(":")]
    assert titles == ["Pinned:", "All scenarios:"]  # jcb is pinned: not frequent too
    assert pinned.lines[1] == "Pinned:"
    assert pinned.lines[2].startswith("amex-successful ")
    assert pinned.lines[3].startswith("jcb-successful ")
    assert len(pinned.lines) == 1 + 2 + 2 + len(catalog)  # headers, titles, pinned, all

    unpinned = run_cli("scenarios", "--unpin", "jcb-successful", "--json")
    rows = {r["id"]: r for r in jsonl(unpinned)}
    assert [r["id"] for r in jsonl(unpinned)] == [c.id for c in catalog]
    assert rows["amex-successful"]["pinned"] is True
    assert rows["amex-successful"]["frequent"] is False
    assert rows["jcb-successful"]["pinned"] is False
    assert rows["jcb-successful"]["frequent"] is True  # used twice
    assert sum(1 for r in rows.values() if r["pinned"] or r["frequent"]) == 2
    again = run_cli("scenarios", "--unpin", "jcb-successful")  # not pinned now: said, not an error
    assert again.code == 0
    assert "jcb-successful was not pinned." in again.err

    text = run_cli("scenarios", "--search", "jcb")
    assert [line for line in text.lines if line.endswith(":")] == ["Frequent:", "All scenarios:"]
    reset = run_cli("scenarios", "--reset-ranking", "--json")
    assert "ranking reset" in reset.err
    assert not any(r["frequent"] for r in jsonl(reset))
    assert len(jsonl(run_cli("history", "--json"))) == 2  # the history is kept
    unknown = run_cli("scenarios", "--pin", "no-such-card")
    assert unknown.code == 2
    assert "Unknown scenario no-such-card" in one_error_line(unknown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amex", {"amex-successful", "amex-failed-processing", "amex-3ds-validation-failed"}),
        ("mc insufficient", {"mastercard-insufficient-fund"}),
        ("cup fraud", {"unionpay-failed-fraud-check"}),
        ("วีซ่าเงินไม่พอ", {"visa-insufficient-fund"}),
        ("1114-0011", {"visa-insufficient-fund"}),
    ],
)
def test_scenarios_search_is_the_windows_search(
    run_cli: RunCli, text: str, expected: set[str]
) -> None:
    done = run_cli("scenarios", "--search", text, "--json")
    assert done.code == 0, done.err
    assert {r["id"] for r in jsonl(done)} == expected


def test_status_reports_honestly_that_no_app_was_found(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    done = run_cli("status", "--json")
    assert done.code == 0, done.err
    (report,) = jsonl(done)
    assert report["running"] is False
    assert report["active_profile"] == "Sandbox"
    assert report["sandbox_url"] is None
    assert report["data_dir"] == str(dirs[0])
    text = run_cli("status")
    assert text.lines[0].startswith("App: not running")


def test_global_options_work_after_the_command_too(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    data, config = dirs
    done = run_cli(
        "status", "--json", "--data-dir", str(data), "--config-dir", str(config), global_dirs=False
    )
    assert done.code == 0, done.err
    assert jsonl(done)[0]["config_dir"] == str(config)


# ---------------------------------------------------------------------------- emulator profile
def test_every_command_against_a_standalone_emulator_profile(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    listed = run_cli("profiles", "list", "--json")
    assert [(p["name"], p["active"]) for p in jsonl(listed)] == [("Sandbox", False), ("Emu", True)]
    assert TEST_KEY not in listed.out  # keys are shown masked

    made = run_cli("create", "--scenario", "jcb-stolen-or-lost-card", "--count", "2", "--json")
    assert made.code == 0, made.err
    records = jsonl(made)
    assert [r["profile"] for r in records] == ["Emu", "Emu"]
    posts = [r for r in emulator.requests() if r["method"] == "POST"]
    assert len(posts) == 2

    assert run_cli("check-key").out == f"Emu: {KEY_WORKS}\n"
    refreshed = run_cli("refresh", "--all", "--json")
    assert refreshed.code == 0, refreshed.err
    assert {r["id"] for r in jsonl(refreshed)} == {r["id"] for r in records}
    filtered = run_cli("history", "--filter", "stolen", "--json")
    assert len(jsonl(filtered)) == 2
    assert run_cli("history", "--filter", "no-such-thing", "--json").out == ""

    used = run_cli("profiles", "use", "Sandbox")
    assert (used.code, used.out) == (0, "Active profile: Sandbox.\n")
    removed = run_cli("profiles", "remove", "Emu")
    assert removed.code == 0, removed.err
    assert [p["name"] for p in jsonl(run_cli("profiles", "list", "--json"))] == ["Sandbox"]


def test_profiles_add_reads_the_key_from_stdin(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    done = run_cli(
        "profiles",
        "add",
        "--name",
        "Piped",
        "--key",
        "-",
        "--url",
        emulator.base_url,
        stdin=TEST_KEY + "\n",
    )
    assert done.code == 0, done.err
    assert run_cli("check-key", "--profile", "Piped").code == 0


def test_environment_key_makes_an_environment_profile(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    env = {"OMISE_PUBLIC_KEY": TEST_KEY, "OMISE_VAULT_URL": emulator.base_url}
    done = run_cli("create", "--json", env=env)
    assert done.code == 0, done.err
    assert jsonl(done)[0]["profile"] == "Environment"
    assert len(emulator.requests()) == 1


# ---------------------------------------------------------------------------- exit 2
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["frobnicate"], "invalid choice"),
        ([], "required"),
        (["create", "--scenario", "visa-insuficient-fund"], "Did you mean visa-insufficient-fund"),
        (["create", "--count", "0"], "between 1 and 1000"),
        (["create", "--scenario", "visa-successful", "--card", "4242424242424242"], "not allowed"),
        (["create", "--profile", "Nope"], "No profile named 'Nope'"),
        (["refresh"], "token ids to refresh, or --all"),
        (["refresh", "tokn_test_notinthehistory"], "Not in the history"),
        (["profiles", "use", "Nope"], "No profile named 'Nope'"),
        (["profiles", "remove", "Sandbox"], "built in and cannot be deleted"),
        (["profiles", "add", "--name", "Sandbox", "--key", TEST_KEY], "exists already"),
        (["history", "--limit", "x"], "not a whole number"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run_cli: RunCli, args: list[str], says: str) -> None:
    done = run_cli(*args)
    assert done.code == 2
    assert says in one_error_line(done)
    assert done.out == ""


def test_a_card_that_fails_validation_is_not_sent(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    emulator.vault.clear_requests()
    done = run_cli("create", "--card", "4242424242424241")
    assert done.code == 2
    line = one_error_line(done)
    assert "nothing was sent" in line
    assert "Luhn" in line
    assert "--send-anyway" in line
    assert emulator.requests() == []
    # With --send-anyway the vault is asked, and its refusal is exit 4.
    sent = run_cli("create", "--card", "4242424242424241", "--send-anyway")
    assert sent.code == 4
    assert "refused the card" in one_error_line(sent)
    assert len(emulator.requests()) == 1


# ---------------------------------------------------------------------------- exit 3
LIVE_AND_SECRET = [
    "pkey_live_5xs8breq3htbkj03d2x",
    "skey_live_5xs8breq3htbkj03d2x",
    "skey_test_5xs8breq3htbkj03d2x",
    "pkey_tesT_5xs8breq3htbkj03d2x",
    "ckey_5xs8breq3htbkj03d2x",
]


@pytest.mark.parametrize("key", LIVE_AND_SECRET)
def test_profiles_add_refuses_live_and_secret_keys_with_the_panes_sentence(
    run_cli: RunCli, dirs: tuple[Path, Path], key: str
) -> None:
    done = run_cli("profiles", "add", "--name", "Bad", "--key", key, "--url", "https://x.test")
    assert done.code == 3
    assert one_error_line(done) == f"omise-token: {classify(key).message}"
    assert key not in done.out + done.err
    settings = dirs[1] / "settings.json"
    assert not settings.exists() or key not in settings.read_text(encoding="utf-8")
    figures.add("CLI: live, secret and chain keys given to profiles add, refused (exit 3)")


@pytest.mark.parametrize("key", LIVE_AND_SECRET)
def test_a_refused_environment_key_stops_every_sending_command(
    run_cli: RunCli, emulator: EmbeddedEmulator, key: str
) -> None:
    # The URL is a real (loopback) vault: were the key accepted, this is where it would go.
    env = {"OMISE_PUBLIC_KEY": key, "OMISE_VAULT_URL": emulator.base_url}
    for command in (["create"], ["check-key"]):
        done = run_cli(*command, env=env)
        assert done.code == 3, done.err
        line = one_error_line(done)
        assert line == f"omise-token: OMISE_PUBLIC_KEY was refused: {classify(key).message}"
        assert key not in done.out + done.err
        figures.add("CLI: live, secret and chain keys in OMISE_PUBLIC_KEY, refused (exit 3)")
    assert emulator.requests() == []


@pytest.mark.parametrize(
    "url", ["http://example.com", "ftp://127.0.0.1", "https://127.0.0.1/?q=1", "not a url"]
)
def test_profiles_add_refuses_urls_with_the_panes_sentence(run_cli: RunCli, url: str) -> None:
    done = run_cli("profiles", "add", "--name", "Far", "--key", TEST_KEY, "--url", url)
    assert done.code == 3
    with pytest.raises(UrlRejected) as refused:
        check_base_url(url)
    assert one_error_line(done) == f"omise-token: {refused.value.human}"


# ---------------------------------------------------------------------------- exit 4
def test_the_vault_refusing_the_key_is_exit_4(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    emulator.state.config.accepted_keys = frozenset({"pkey_test_someoneelse"})
    checked = run_cli("check-key")
    assert checked.code == 4
    assert one_error_line(checked) == f"omise-token: Emu: {KEY_REFUSED}"
    made = run_cli("create")
    assert made.code == 4
    assert "authentication failed" in one_error_line(made)


def test_rate_limiting_is_exit_4(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(force_429=True, retry_after_s=7))
    done = run_cli("create")
    assert done.code == 4
    assert "Try again in 7 seconds" in one_error_line(done)


def test_a_live_token_answer_is_refused_and_exit_4(
    run_cli: RunCli, emulator: EmbeddedEmulator, dirs: tuple[Path, Path]
) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(livemode=True))
    done = run_cli("create", "--json")
    assert done.code == 4
    assert "LIVE token" in one_error_line(done)
    assert done.out == ""
    assert run_cli("history", "--json").out == ""


# ---------------------------------------------------------------------------- exit 5
def test_no_vault_listening_is_exit_5(run_cli: RunCli) -> None:
    add_emulator_profile(run_cli, f"http://127.0.0.1:{free_port()}", name="Closed")
    for command in (["create"], ["check-key"]):
        done = run_cli(*command)
        assert done.code == 5
        assert "Could not connect" in one_error_line(done)


def test_a_dropped_connection_is_exit_5(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    add_emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(drop=True))
    done = run_cli("create")
    assert done.code == 5
    assert "dropped" in one_error_line(done)


def test_a_vault_slower_than_the_timeout_is_exit_5(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    done = run_cli(
        "profiles",
        "add",
        "--name",
        "Slow",
        "--key",
        TEST_KEY,
        "--url",
        emulator.base_url,
        "--timeout",
        "1",
        "--use",
    )
    assert done.code == 0, done.err
    emulator.set_faults(Faults(latency_ms=3000))
    slow = run_cli("create")
    assert slow.code == 5
    assert "did not answer within 1 seconds" in one_error_line(slow)


# ---------------------------------------------------------------------------- exit 6
def test_a_data_dir_that_is_a_file_is_exit_6(run_cli: RunCli, dirs: tuple[Path, Path]) -> None:
    data = dirs[0]
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("not a directory")
    for command in (["history"], ["create"]):
        done = run_cli(*command)
        assert done.code == 6, done.err
        assert "Local storage problem" in one_error_line(done)


def test_a_config_dir_that_is_a_file_is_exit_6(run_cli: RunCli, dirs: tuple[Path, Path]) -> None:
    config = dirs[1]
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("not a directory")
    done = run_cli("profiles", "add", "--name", "X", "--key", TEST_KEY)
    assert done.code == 6
    assert "Local storage problem" in one_error_line(done)


def test_history_prints_times_the_filter_matches(run_cli: RunCli) -> None:
    """The table's created time is the window's (local, with its offset), so a time copied
    from it finds the token again."""
    made = run_cli("create")
    assert made.code == 0
    listed = run_cli("history", env={"TZ": "Asia/Bangkok"})
    row = listed.lines[1]
    assert "+07:00" in row
    stamp = row.split("  ")[0].strip()
    again = run_cli("history", "--filter", stamp, env={"TZ": "Asia/Bangkok"})
    assert made.out.strip() in again.out


def test_a_closed_pipe_is_not_a_storage_problem(run_cli: RunCli, dirs: tuple[Path, Path]) -> None:
    """`omise-token history | head -1`: the reader went away; exit 0, no message."""
    import subprocess
    import sys

    from tests.cli.conftest import cli_env

    for _ in range(3):
        assert run_cli("create").code == 0
    data, config = dirs
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "omise_token_gui.cli",
            "--data-dir",
            str(data),
            "--config-dir",
            str(config),
            "history",
            "--limit",
            "1000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the table is written
    _, err = proc.communicate(timeout=60)
    assert b"storage" not in err
    assert proc.returncode in (0, -13)  # done, or SIGPIPE


def test_status_says_why_the_channel_cannot_be_used(run_cli: RunCli, tmp_path: Path) -> None:
    planted = tmp_path / "run" / "omise-token-gui"
    planted.mkdir(parents=True)
    planted.chmod(0o755)  # another user could reach a socket in it
    done = run_cli("status", env={"XDG_RUNTIME_DIR": str(tmp_path / "run")})
    assert done.code == 0
    assert "App: unknown (the local channel cannot be used:" in done.out
    assert "open to other users" in done.out
