"""``omise-token create`` as a batch (``--count N``, ``--scenario all`` or a list), as a
subprocess against the embedded emulator and its faults: one record per job, failures as
records, the map, 429 and unknown, Ctrl+C; nothing lost, nothing counted twice."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from omise_token_gui.core import attempts
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.evidence import Outcome
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.emulator import EmbeddedEmulator, Faults
from tests.cli.conftest import CLI, RunCli, cli_env
from tests.cli.test_commands import jsonl
from tests.helpers import TEST_KEY


def _emulator_profile(run_cli: RunCli, url: str, rate: str = "none") -> None:
    done = run_cli(
        "profiles", "add", "--name", "Emu", "--key", TEST_KEY, "--url", url,
        "--rate-limit", rate, "--use",
    )  # fmt: skip
    assert done.code == 0, done.err


def test_one_per_scenario_with_json_and_the_map(run_cli: RunCli, tmp_path: Path) -> None:
    catalog = list(load_catalog())
    mapping = tmp_path / "map.json"
    made = run_cli("create", "--scenario", "all", "--json", "--map", str(mapping), "--tag", "QA-9")
    assert made.code == 0, made.err
    assert made.err == ""
    records = jsonl(made)
    assert len(records) == len(catalog)
    assert {r["outcome"] for r in records} == {"created"}
    assert sorted(r["job"] for r in records) == list(range(len(catalog)))  # type: ignore[type-var]
    written = json.loads(mapping.read_text())
    assert set(written) == {c.id for c in catalog}
    assert {r["scenario_id"]: r["id"] for r in records} == written
    assert {r["tag"] for r in records} == {"QA-9"}


def test_a_comma_list_and_count(run_cli: RunCli, tmp_path: Path) -> None:
    mapping = tmp_path / "map.json"
    ids = "visa-successful,jcb-insufficient-fund"
    made = run_cli("create", "--scenario", ids, "--count", "3", "--map", str(mapping))
    assert made.code == 0, made.err
    assert len(made.lines) == 6
    assert len(set(made.lines)) == 6
    written = json.loads(mapping.read_text())
    assert sorted(written) == sorted(ids.split(","))
    assert all(len(v) == 3 for v in written.values())
    assert sorted(i for ids in written.values() for i in ids) == sorted(made.lines)


def test_an_unknown_id_in_the_list_sends_nothing(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    _emulator_profile(run_cli, emulator.base_url)
    done = run_cli("create", "--scenario", "visa-successful,visa-sucessful")
    assert done.code == 2
    assert "Did you mean visa-successful?" in done.err
    assert emulator.state.token_count() == 0


def test_429s_are_retried_and_never_shown(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    _emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(force_429=True, retry_after_s=0, times=3))
    made = run_cli("create", "--count", "8", "--json")
    assert made.code == 0, made.err
    assert made.err == ""  # 0 errors shown
    records = jsonl(made)
    assert [r["outcome"] for r in records] == ["created"] * 8
    assert sum(int(r["tries"]) for r in records) == 8 + 3  # type: ignore[call-overload]
    assert emulator.state.token_count() == 8


def test_failures_are_records_and_set_the_exit_code(
    run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    _emulator_profile(run_cli, emulator.base_url)
    made = run_cli("create", "--card", "1234", "--send-anyway", "--count", "3", "--json")
    assert made.code == 4, made.err  # the vault refused the card
    records = jsonl(made)
    assert [r["outcome"] for r in records] == ["failed"] * 3
    assert {r["error_code"] for r in records} == {"invalid_card"}
    assert "1234" not in made.out
    assert "3 failed" in made.err


def test_a_create_without_an_answer_is_unknown(run_cli: RunCli, emulator: EmbeddedEmulator) -> None:
    _emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(drop=True, times=1))
    made = run_cli("create", "--count", "4", "--json", "--concurrency", "1")
    assert made.code == 5, made.err
    ends = [str(r["outcome"]) for r in jsonl(made)]
    assert sorted(ends) == ["created", "created", "created", "unknown"]
    assert "1 unknown" in made.err
    assert emulator.state.token_count() == 4  # the vault made it; the batch did not re-send
    posts = [r for r in emulator.requests() if r["method"] == "POST"]
    assert len(posts) == 4


def test_ctrl_c_keeps_what_was_created(
    dirs: tuple[Path, Path], run_cli: RunCli, emulator: EmbeddedEmulator
) -> None:
    data, config = dirs
    _emulator_profile(run_cli, emulator.base_url)
    emulator.set_faults(Faults(latency_ms=40))
    where = ["--data-dir", str(data), "--config-dir", str(config)]
    with subprocess.Popen(
        [*CLI, *where, "create", "--count", "200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("tokn_test_")
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    printed = [first.strip(), *rest.split()]
    assert len(printed) < 200
    assert "cancelled" in err
    with HistoryStore(data / "history.sqlite3") as store:
        logged = [r.attempt for r in attempts.select(store)]
    created = [a.token_id or "" for a in logged if a.outcome is Outcome.CREATED]
    assert sorted(created) == sorted(printed)  # nothing lost, nothing twice
    assert len({a.batch_id for a in logged}) == 1
