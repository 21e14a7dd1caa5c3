from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from omise_token_gui.core import history as history_module
from omise_token_gui.core import storage
from omise_token_gui.core.history import (
    SCHEMA_VERSION,
    HistoryDamaged,
    HistoryError,
    HistoryFilter,
    HistoryRepairing,
    HistoryStore,
    HistoryUnavailable,
    HistoryWriteError,
    TokenRecord,
    card_uses,
    check_file,
    lock_path,
    repair,
    salvage,
)
from omise_token_gui.core.verdict import Verdict

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def rec(i: int, **kw: Any) -> TokenRecord:
    values: dict[str, Any] = dict(
        token_id=f"tokn_test_{i:011d}x",
        created_at=T0 + timedelta(seconds=i),
        profile="Sandbox",
        vault_url="http://127.0.0.1:1",
        raw_json="{}",
        brand="Visa",
        last4="4242",
        scenario="successful",
        scenario_label="Successful charge",
        expected_charge_status="successful",
        cardholder="Somchai",
    )
    values.update(kw)
    return TokenRecord(**values)


def test_card_uses_name_the_cards_of_the_newest_tokens_as_page_reads_them() -> None:
    """``card_uses`` (what the ranking reads) gives the same card columns, in the same order,
    as ``page`` does for the same rows, a typed-in card and a row another program wrote with
    the wrong types included."""
    with HistoryStore(":memory:") as store:
        store.add_many(
            [
                rec(0),
                rec(1, scenario=None, scenario_label=None, expected_charge_status=None),
                rec(2, brand="JCB", last4="0011", scenario="insufficient_fund"),
                rec(3, created_at=T0),  # the same time as rec(0): the later row first
            ]
        )
        store._db.execute(
            "UPDATE tokens SET last4 = 42, scenario = 7, created_at = 'soon' WHERE token_id = ?",
            (rec(1).token_id,),
        )

        def named(records: list[TokenRecord]) -> list[tuple[object, ...]]:
            return [(r.scenario, r.brand, r.last4, r.created_at) for r in records]

        uses = card_uses(store, 3)
        assert [(u.scenario, u.brand, u.last4, u.created_at) for u in uses] == named(
            store.page(0, 3)
        )
        assert len(card_uses(store, 10)) == 4


def test_round_trip_and_newest_first(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        for i in range(5):
            store.add(rec(i))
        assert store.count() == 5
        page = store.page(0, 3)
        assert [r.token_id for r in page] == [rec(i).token_id for i in (4, 3, 2)]
        assert store.page(3, 3)[-1] == rec(0)
        assert store.get(rec(2).token_id) == rec(2)
        assert store.get("tokn_test_nope") is None


def test_a_store_is_a_context_manager_that_closes(tmp_path: Path) -> None:
    """``with HistoryStore(...)`` closes the connection and releases the shared lock, also
    when the block raises: a closed store refuses use, and a repair can take the lock."""
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        store.add(rec(1))
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        store.count()
    with pytest.raises(RuntimeError, match="boom"), HistoryStore(path) as store:
        raise RuntimeError("boom")
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        store.count()
    with storage.FileLock(lock_path(path)).hold(timeout=0):  # no shared lock left behind
        pass


def test_wal_and_schema_version(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        assert store.schema_version() == SCHEMA_VERSION
        with closing(sqlite3.connect(tmp_path / "h.sqlite3")) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.integrity_ok()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(HistoryError, match="newer version"):
        HistoryStore(path)


def test_garbage_file_is_a_history_error(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryError):
        HistoryStore(path)


def test_filters(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        check_filters(store)


def check_filters(store: HistoryStore) -> None:
    store.add(rec(1, brand="JCB", last4="0011", scenario_label="Insufficient funds"))
    store.add(rec(2, used=True, charge_status="successful", profile="Staging"))
    store.add(rec(3, scenario_label="100%_match"))
    assert store.count(HistoryFilter(text="insufficient")) == 1
    assert store.count(HistoryFilter(text="0011")) == 1
    assert store.count(HistoryFilter(used=True)) == 1
    assert store.count(HistoryFilter(used=False)) == 2
    assert store.count(HistoryFilter(profile="Staging")) == 1
    assert store.count(HistoryFilter(text="100%_")) == 1  # LIKE wildcards are literal
    assert store.count(HistoryFilter(text="%")) == 1


def test_update_delete_clear(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        check_update_delete_clear(store)


def check_update_delete_clear(store: HistoryStore) -> None:
    store.add(rec(1))
    store.add(rec(2))
    assert store.ids_to_refresh() == [rec(2).token_id, rec(1).token_id]
    updated = store.update_status(
        rec(1).token_id,
        used=True,
        charge_status="failed",
        failure_code="insufficient_fund",
        raw_json='{"x":1}',
    )
    assert updated is not None
    assert updated.used
    assert updated.refreshed_at is not None
    assert store.get(rec(1).token_id) == updated
    assert store.ids_to_refresh() == [rec(2).token_id]
    assert store.update_status("tokn_test_missing", used=True, charge_status="x") is None
    store.set_note(rec(2).token_id, "checkout #42")
    noted = store.get(rec(2).token_id)
    assert noted is not None
    assert noted.note == "checkout #42"
    store.delete(rec(2).token_id)
    assert store.count() == 1
    store.clear()
    assert store.count() == 0


def test_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as first:
        first.add_many(rec(i) for i in range(100))
        # Still open: as after a kill, the other connection must see every committed row.
        with HistoryStore(path) as second:
            assert second.count() == 100


def test_verdict() -> None:
    assert rec(1).verdict is Verdict.PENDING  # not charged yet
    assert rec(1, charge_status="successful", used=True).verdict is Verdict.MATCH
    assert rec(1, charge_status="failed").verdict is Verdict.MISMATCH
    fail = dict(expected_charge_status="failed", expected_failure_code="insufficient_fund")
    assert rec(1, charge_status="failed", **fail).verdict is Verdict.STATUS_ONLY
    matched = rec(1, charge_status="failed", failure_code="insufficient_fund", **fail)
    assert matched.verdict is Verdict.MATCH
    wrong = rec(1, charge_status="failed", failure_code="payment_rejected", **fail)
    assert wrong.verdict is Verdict.MISMATCH
    assert "insufficient_fund" in wrong.verdict_reason
    typed = rec(1, charge_status="successful", expected_charge_status=None)
    assert typed.verdict is Verdict.NONE
    assert rec(1, **fail).expected_outcome == "failed: insufficient_fund"


def test_forward_migration_keeps_every_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file written by schema 1 opens under a newer schema: migrated once, rows kept."""
    from omise_token_gui.core import history

    path = tmp_path / "h.sqlite3"
    old = HistoryStore(path)
    old.add_many(rec(i) for i in range(50))
    old.close()
    monkeypatch.setattr(history, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(
        history, "_MIGRATIONS", (*history._MIGRATIONS, "ALTER TABLE tokens ADD COLUMN tag TEXT")
    )
    with HistoryStore(path) as migrated:
        assert migrated.schema_version() == SCHEMA_VERSION + 1
        assert migrated.count() == 50
        assert migrated.get(rec(7).token_id) == rec(7)
    with closing(sqlite3.connect(path)) as db:  # the file, as any other program reads it
        columns = [r[1] for r in db.execute("PRAGMA table_info(tokens)")]
    assert "tag" in columns
    with HistoryStore(path) as again:
        assert again.schema_version() == SCHEMA_VERSION + 1  # not migrated twice


# ---------------------------------------------------------------- damaged, or only unusable?
def test_garbage_is_damage_a_newer_schema_is_not(tmp_path: Path) -> None:
    garbage = tmp_path / "g.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(HistoryDamaged):
        HistoryStore(garbage)
    newer = tmp_path / "n.sqlite3"
    HistoryStore(newer).close()
    db = sqlite3.connect(newer)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(HistoryUnavailable):  # never repaired (moved aside)
        HistoryStore(newer)


def test_judging_a_garbage_file_leaves_no_connection_open(tmp_path: Path) -> None:
    """A read-only open of a file that is not a database (the repair's first look) closes
    its connection: it was left to the garbage collector (tests/conftest.py checks)."""
    garbage = tmp_path / "g.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    assert check_file(garbage) == "file is not a database"
    with pytest.raises(HistoryDamaged):
        HistoryStore(garbage, read_only=True)


def test_a_locked_history_opens_and_refuses_writes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program (the sqlite3 CLI) holds the lock
    try:
        with HistoryStore(path) as store:  # it used to wait 10 s, then fail as "damaged"
            assert store.count() == 0
            with pytest.raises(HistoryWriteError) as refused:
                store.add(rec(1))
            assert refused.value.busy
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_disk_full_is_a_write_error_not_a_traceback(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        # A full disk, as SQLite sees it: this connection may not grow the file.
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(HistoryWriteError, match="the disk is full") as full:
            store.add_many([rec(i, raw_json="x" * 2000) for i in range(50)])
        assert not full.value.busy
        assert store.count() == 0


def test_a_repair_in_progress_elsewhere_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    with storage.FileLock(lock_path(path)).hold(timeout=0), pytest.raises(HistoryRepairing):
        HistoryStore(path)
    HistoryStore(path).close()


def test_repair_of_a_sound_file_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        store.add(rec(1))
    result = repair(path, "it looked damaged")
    assert result.aside is None
    assert not list(tmp_path.glob("*damaged*"))


def test_repair_keeps_the_original_under_a_unique_name(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    names = []
    for _ in range(3):  # three repairs within one second
        path.write_bytes(b"not a database" * 300)
        result = repair(path, "garbage")
        assert result.aside is not None
        names.append(result.aside.name)
        assert result.aside.read_bytes() == b"not a database" * 300
        HistoryStore(path).close()
    assert len(set(names)) == 3


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "f"
    kept = []
    for i in range(5):
        path.write_text(str(i))
        (tmp_path / "f-wal").write_text(f"wal {i}")
        kept.append(storage.move_aside(path, ("-wal",)))
    assert [p.read_text() for p in kept] == [str(i) for i in range(5)]
    assert [Path(f"{p}-wal").read_text() for p in kept] == [f"wal {i}" for i in range(5)]
    assert not path.exists()


def test_a_row_garbled_by_another_program_still_reads(tmp_path: Path) -> None:
    """Wrong types and unreadable times in a stored row never stop the history opening."""
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        store.add_many([rec(1), rec(2)])
        with closing(sqlite3.connect(path, isolation_level=None)) as db:
            db.execute(
                "UPDATE tokens SET created_at = '+99999-13-45', refreshed_at = 12, "
                "used = 'yes', brand = 42, scenario = 7, raw_json = x'00ff' WHERE token_id = ?",
                (rec(1).token_id,),
            )
        check_garbled_rows(store)


def check_garbled_rows(store: HistoryStore) -> None:
    rows = store.page(0, 10)
    assert {r.token_id for r in rows} == {rec(1).token_id, rec(2).token_id}
    garbled = store.get(rec(1).token_id)
    assert garbled is not None
    assert garbled.created_at.year == 1970
    assert garbled.refreshed_at is None
    assert garbled.brand == "42"
    assert garbled.scenario == "7"
    assert store.get(rec(2).token_id) == rec(2)


SCHEMA_2_COLUMNS = tuple(c for c in history_module._COLUMNS if c not in ("authorized", "test_key"))


def write_old_rows(path: Path, records: list[TokenRecord]) -> None:
    """Rows as schema 1 and 2 stored them (no ``authorized`` column yet)."""
    db = sqlite3.connect(path, isolation_level=None)
    placeholders = ", ".join("?" for _ in SCHEMA_2_COLUMNS)
    db.executemany(
        f"INSERT INTO tokens ({', '.join(SCHEMA_2_COLUMNS)}) VALUES ({placeholders})",
        [
            tuple(
                v
                for c, v in zip(history_module._COLUMNS, history_module._to_db(r), strict=True)
                if c in SCHEMA_2_COLUMNS
            )
            for r in records
        ],
    )
    db.close()


def schema_2_file(path: Path, records: list[TokenRecord]) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for script in history_module._MIGRATIONS[:2]:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (2)")
    db.close()
    write_old_rows(path, records)


def test_a_schema_2_history_gains_authorized_and_keeps_its_verdicts(tmp_path: Path) -> None:
    """A history written before ``authorized`` existed opens (migrated once): every row is
    kept, ``authorized`` reads as not seen, and the verdicts and their sort still work; an
    authorize-only charge recorded after the upgrade is stored and read back."""
    path = tmp_path / "h.sqlite3"
    fail = dict(expected_charge_status="failed", expected_failure_code="insufficient_fund")
    old = [
        rec(1, charge_status="failed", used=True, **fail),  # a backend's charge: no code seen
        rec(2, charge_status="failed", failure_code="insufficient_fund", used=True, **fail),
        rec(3),
    ]
    assert old[0].authorized is None
    schema_2_file(path, old)
    with HistoryStore(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 4
        assert [store.get(r.token_id) for r in old] == old
        assert [store.get(r.token_id).verdict for r in old] == [  # type: ignore[union-attr]
            Verdict.STATUS_ONLY,
            Verdict.MATCH,
            Verdict.PENDING,
        ]
        by_verdict = [r.token_id for r in store.page(0, 10, sort="verdict", descending=False)]
        assert by_verdict == [rec(3).token_id, rec(1).token_id, rec(2).token_id]
        store.update_status(rec(3).token_id, used=True, charge_status="pending", authorized=True)
    with HistoryStore(path) as again:
        held = again.get(rec(3).token_id)
        assert held is not None
        assert held.authorized is True
        assert held.verdict is Verdict.MATCH


def test_salvage_reads_a_damaged_schema_2_file(tmp_path: Path) -> None:
    """A damaged file from before ``authorized`` still gives up its rows (read as not seen)."""
    damaged = tmp_path / "old.sqlite3"
    schema_2_file(damaged, [rec(1), rec(2, charge_status="successful")])
    with HistoryStore(":memory:") as into:
        assert history_module.salvage(damaged, into) == 2
        assert into.get(rec(2).token_id) == rec(2, charge_status="successful")


def test_old_sandbox_fingerprints_are_forgotten_on_upgrade(tmp_path: Path) -> None:
    """Sandbox fingerprints written by schema 1 were keyed with a key shipped in the app
    (a typed number could be recovered from them): the upgrade drops them, and only them."""
    path = tmp_path / "h.sqlite3"
    card = '{"object":"token","card":{"last_digits":"4242","fingerprint":"OLDKEYED"}}'
    db = sqlite3.connect(path, isolation_level=None)
    for statement in history_module._MIGRATIONS[0].split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.close()
    old = [rec(1, raw_json=card), rec(2, raw_json=card, profile="Staging")]
    write_old_rows(path, old)
    with HistoryStore(path) as store:
        sandbox, staging = store.get(rec(1).token_id), store.get(rec(2).token_id)
    assert sandbox is not None
    assert staging is not None
    assert "OLDKEYED" not in sandbox.raw_json
    assert '"last_digits":"4242"' in sandbox.raw_json
    assert "OLDKEYED" in staging.raw_json  # a real vault's fingerprint is not the app's


def test_salvage_keeps_tokens_not_garbage(tmp_path: Path) -> None:
    """A row a damaged page turned to garbage is not a token: salvage does not keep it,
    even though reading any stored row never fails."""
    damaged = tmp_path / "damaged.sqlite3"
    with HistoryStore(damaged) as store:
        store.add_many([rec(1), rec(2)])
    db = sqlite3.connect(damaged, isolation_level=None)
    db.execute(
        "INSERT INTO tokens (token_id, created_at, profile, vault_url, raw_json) "
        "VALUES (x'deadbeef', 'not a time', 'x', 'y', '{}'), ('tokn_test_ok', 'garbage', 'x', "
        "'y', '{}')"
    )
    db.close()
    with HistoryStore(":memory:") as into:
        salvage(damaged, into)
        assert sorted(r.token_id for r in into.page(0, 10)) == [rec(1).token_id, rec(2).token_id]


def test_a_history_another_copy_is_creating_opens_writable(tmp_path: Path) -> None:
    """Two copies of the app starting together on a new data dir: while one creates the
    schema (holding the write lock), the other waits for it instead of opening read-only for
    the whole session (which lost every token it made: CI caught it on a loaded machine)."""
    path = tmp_path / "h.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # as the other copy's first open does

    def other_finishes() -> None:
        other.execute("ROLLBACK")
        other.close()

    done = threading.Timer(0.3, other_finishes)
    done.start()
    try:
        with HistoryStore(path) as store:
            assert not store.read_only
            store.add(rec(1))
            assert store.count() == 1
    finally:
        done.join()
