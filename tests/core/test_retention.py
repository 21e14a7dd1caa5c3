"""Keeping and forgetting (issue 16): clear all / older than / by tag in one transaction
(a failure or a kill part way leaves the history whole), what goes said before, retention."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from omise_token_gui.core import attempts
from omise_token_gui.core.attempts import Cleared, ClearScope
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryStore, HistoryWriteError, TokenRecord
from omise_token_gui.core.settings import Settings, SettingsStore, settings_from_json

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def token(i: int, at: datetime, tag: str = "") -> tuple[TokenRecord, Attempt]:
    record = TokenRecord(
        token_id=f"tokn_test_{i:04d}",
        created_at=at,
        profile="Sandbox",
        vault_url="http://127.0.0.1:1",
        raw_json="{}",
    )
    attempt = Attempt(
        attempt_id=f"atmp_{i:032x}",
        at=at,
        profile="Sandbox",
        vault_url="http://127.0.0.1:1",
        outcome=Outcome.CREATED,
        token_id=record.token_id,
        test_key=tag,
    )
    return record, attempt


def failed(i: int, at: datetime, tag: str = "") -> Attempt:
    return Attempt(
        attempt_id=f"atmp_{i:032x}",
        at=at,
        profile="Sandbox",
        vault_url="http://127.0.0.1:1",
        outcome=Outcome.VAULT_ERROR,
        error_code="invalid_card",
        test_key=tag,
    )


def fill(store: HistoryStore) -> None:
    """Old (40 days): a token of QA-1, a failure of QA-1; new (1 day): a token of QA-2, a
    failure without a tag; each token with a refresh event."""
    old, new = NOW - timedelta(days=40), NOW - timedelta(days=1)
    for i, at, tag in ((1, old, "QA-1"), (3, new, "QA-2")):
        record, attempt = token(i, at, tag)
        attempts.record_created(store, record, attempt)
        store.update_status(record.token_id, used=True, charge_status="successful")
    attempts.record(store, failed(2, old, "qa-1"))
    attempts.record(store, failed(4, new))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        fill(store)
        yield store


def tables(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {
            t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("tokens", "attempts", "token_events")
        }
    finally:
        db.close()


WHOLE = {"tokens": 2, "attempts": 4, "token_events": 4}


@pytest.mark.parametrize(
    ("scope", "gone", "left_tags"),
    [
        (ClearScope(everything=True), Cleared(4, 2), []),
        (ClearScope.older_than(30, NOW), Cleared(2, 1), ["QA-2", ""]),
        (ClearScope(tag="QA-1"), Cleared(2, 1), ["QA-2", ""]),
        (ClearScope(tag="QA-2"), Cleared(1, 1), ["QA-1", "qa-1", ""]),
        (ClearScope.older_than(100, NOW), Cleared(0, 0), ["QA-1", "qa-1", "QA-2", ""]),
    ],
)
def test_clear_forgets_what_its_scope_says_and_counts_it(
    store: HistoryStore, scope: ClearScope, gone: Cleared, left_tags: list[str]
) -> None:
    sentence, counts = attempts.describe_clear(store, scope)
    assert counts == gone
    if gone.attempts:
        assert f"{gone.attempts} attempt" in sentence
    else:
        assert sentence.startswith("Nothing to clear")
    assert attempts.clear(store, scope) == gone
    assert sorted(r.attempt.test_key for r in attempts.select(store)) == sorted(left_tags)
    assert attempts.clear_counts(store, scope) == Cleared(0, 0)
    for row in attempts.select(store, tokens_only=True):  # a kept token keeps its events
        assert len(attempts.events(store, row.attempt.token_id or "")) == 2


def test_a_failure_part_way_leaves_the_history_whole(store: HistoryStore) -> None:
    """The last of the three deletes fails (an SQLite trigger): the first two are undone."""
    db = sqlite3.connect(store.path, isolation_level=None)
    db.execute("CREATE TRIGGER boom BEFORE DELETE ON tokens BEGIN SELECT RAISE(ABORT, 'boom'); END")
    db.close()
    with pytest.raises(sqlite3.IntegrityError):
        attempts.clear(store, ClearScope(everything=True))
    assert tables(store.path) == WHOLE
    assert len(attempts.select(store)) == 4


KILL_MIDWAY = """
import os, sys
from omise_token_gui.core import attempts, history
from omise_token_gui.core.attempts import ClearScope
store = history.HistoryStore(sys.argv[1])
db = history.reading(store)
db.create_function("die", 0, lambda: os._exit(9))
db.execute("CREATE TEMP TRIGGER die BEFORE DELETE ON main.tokens BEGIN SELECT die(); END")
attempts.clear(store, ClearScope(everything=True))
print("not killed")
"""


def test_a_kill_part_way_leaves_the_history_whole(tmp_path: Path) -> None:
    """The process dies (exit 9) after the events and attempts were deleted, before the
    tokens: on reopening, nothing is gone."""
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        fill(store)
    done = subprocess.run(
        [sys.executable, "-c", KILL_MIDWAY, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    assert "not killed" not in done.stdout
    with HistoryStore(path) as store:
        assert store.integrity_ok()
        assert len(attempts.select(store)) == 4
    assert tables(path) == WHOLE


def test_a_refused_write_clears_nothing() -> None:
    stand_in = HistoryStore.stand_in("repairing")
    try:
        with pytest.raises(HistoryWriteError):
            attempts.clear(stand_in, ClearScope(everything=True))
    finally:
        stand_in.close()


def test_prune_keeps_forever_or_forgets_what_is_older(store: HistoryStore) -> None:
    assert attempts.prune(store, NOW, None) == Cleared()
    assert len(attempts.select(store)) == 4
    assert attempts.prune(store, NOW, 30) == Cleared(2, 1)
    assert attempts.prune(store, NOW, 30) == Cleared()
    assert [r.attempt.test_key for r in attempts.select(store)] == ["QA-2", ""]


def test_store_clear_and_delete_take_attempts_and_events(store: HistoryStore) -> None:
    store.delete("tokn_test_0001")
    assert attempts.for_token(store, "tokn_test_0001") == []
    assert attempts.events(store, "tokn_test_0001") == []
    store.clear()
    assert tables(store.path) == {"tokens": 0, "attempts": 0, "token_events": 0}


def test_retention_and_current_test_key_are_saved_and_checked(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load().settings
    assert (settings.retention_days, settings.current_test_key) == (None, "")
    settings.retention_days, settings.current_test_key = 30, "QA-5"
    store.save(settings)
    again = SettingsStore(tmp_path / "settings.json").load().settings
    assert (again.retention_days, again.current_test_key) == (30, "QA-5")
    data = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    for bad in (0, -1, 100_000, "30", True, 2.5):
        data["retention_days"] = bad
        assert settings_from_json(data)[0].retention_days is None, bad


def test_two_copies_keep_each_others_retention_and_test_case(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    one, two = SettingsStore(path), SettingsStore(path)
    a, b = one.load().settings, two.load().settings
    a.retention_days = 7
    one.save(a)
    b.current_test_key = "QA-9"
    two.save(b)
    merged: Settings = SettingsStore(path).load().settings
    assert (merged.retention_days, merged.current_test_key) == (7, "QA-9")
