"""Promise 5 under crashes: kill the app with SIGKILL while it creates tokens, restart it,
and check that the history is intact and holds every token it had reported as created, and
that the Sandbox still knows each of them (so Refresh and Simulate charge keep working).
Two instances on one data dir create at once without errors or corruption."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from omise_token_gui.core.history import HistoryStore
from omise_token_gui.emulator.state import DEFAULT_VERSION, VaultState
from tests.helpers import app_process
from tests.promises import figures


def unknown_to_the_sandbox(data: Path, token_ids: list[str]) -> list[str]:
    """The tokens the app's Sandbox vault (its file in the data dir) does not know."""
    vault = VaultState(path=data / "sandbox-vault.sqlite3")
    try:
        return [t for t in token_ids if vault.token_json(t, DEFAULT_VERSION) is None]
    finally:
        vault.close()


def kill_while_creating(tmp: Path, kills: int, seed: int) -> tuple[int, int]:
    """Returns (tokens reported before the kills, tokens lost from the history or the
    Sandbox)."""
    rng = random.Random(seed)
    data, config = tmp / "data", tmp / "config"
    reported: list[str] = []
    for _ in range(kills):
        with app_process(data, config, "--create-loop", "1000000") as proc:
            assert proc.stdout is not None
            # Kill after a random number of stored tokens: the next create is in flight.
            for _ in range(rng.randint(1, 6)):
                line = proc.stdout.readline().strip()
                if not line:
                    break
                assert line.startswith("tokn_test_"), line
                reported.append(line)
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
    store = HistoryStore(data / "history.sqlite3")  # the restart: open, check, read
    try:
        assert store.integrity_ok()
        lost = [t for t in reported if store.get(t) is None]
        assert store.count() >= len(reported)
    finally:
        store.close()
    lost += [t for t in unknown_to_the_sandbox(data, reported) if t not in lost]
    # And the real app starts on that data dir and creates again.
    with app_process(data, config, "--create-loop", "1") as proc:
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert out.strip().startswith("tokn_test_")
    return len(reported), len(lost)


def record(kills: int, created: int, lost: int) -> None:
    figures.add("SIGKILLs", kills)
    figures.add("tokens reported created before a kill", created)
    figures.add("tokens lost across kills", lost)


def test_sigkill_loses_nothing(tmp_path: Path) -> None:
    kills = 20
    created, lost = kill_while_creating(tmp_path, kills, seed=20261128)
    record(kills, created, lost)
    assert created >= kills
    assert lost == 0


@pytest.mark.slow
def test_sigkill_loses_nothing_long(tmp_path: Path) -> None:
    kills = 200
    created, lost = kill_while_creating(tmp_path, kills, seed=7)
    record(kills, created, lost)
    assert lost == 0


def test_two_instances_on_one_data_dir(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    each = 25
    with (
        app_process(data, config, "--create-loop", str(each)) as a,
        app_process(data, config, "--create-loop", str(each)) as b,
    ):
        out_a, err_a = a.communicate(timeout=120)
        out_b, err_b = b.communicate(timeout=120)
    assert a.returncode == 0, err_a
    assert b.returncode == 0, err_b
    ids = out_a.split() + out_b.split()
    assert len(ids) == 2 * each
    assert "Traceback" not in err_a + err_b
    store = HistoryStore(data / "history.sqlite3")
    try:
        assert store.integrity_ok()
        assert store.count() == 2 * each
        assert all(store.get(t) is not None for t in ids)
    finally:
        store.close()
    assert unknown_to_the_sandbox(data, ids) == []  # each Sandbox saw the other's tokens
    figures.add("tokens created by two instances at once", 2 * each)


def test_a_running_window_sees_another_instance_after_refresh(
    open_app: object, tmp_path: Path, isolated_dirs: Path
) -> None:
    from omise_token_gui.core import paths

    app = open_app()  # type: ignore[operator]
    app.create_and_wait()
    with app_process(paths.data_dir(), tmp_path / "other-config", "--create-loop", "5") as other:
        _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert app.window.history_model.rowCount() == 1
    app.window.history_panel.refresh_all_button.click()  # what a tester presses
    assert app.window.history_model.rowCount() == 6
