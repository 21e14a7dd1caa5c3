"""Token history: one SQLite file (WAL, schema version, forward migrations).

A record keeps brand, last 4 digits and the scenario. Never the full number or security code.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from omise_token_gui.core import storage
from omise_token_gui.core.errors import StorageError
from omise_token_gui.core.history_columns import filter_sql
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.verdict import (
    FINAL_CHARGE_STATUSES,
    VERDICT_SQL,
    Verdict,
    reason,
    verdict,
)

SCHEMA_VERSION = 4

# Index i holds the script that takes the schema from version i to i + 1.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE tokens (
        token_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        livemode INTEGER NOT NULL DEFAULT 0,
        used INTEGER NOT NULL DEFAULT 0,
        charge_status TEXT NOT NULL DEFAULT 'unknown',
        failure_code TEXT,
        brand TEXT NOT NULL DEFAULT '',
        last4 TEXT NOT NULL DEFAULT '',
        scenario TEXT,
        scenario_label TEXT,
        expected_charge_status TEXT,
        expected_failure_code TEXT,
        cardholder TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL,
        vault_url TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        refreshed_at TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX tokens_newest ON tokens (created_at DESC);
    CREATE INDEX tokens_profile ON tokens (profile);
    """,
    # 1 -> 2 (a migration is history: it names the Sandbox profile as it was then named):
    # Sandbox fingerprints stored before they were keyed per installation were made
    # with a key that shipped in the app, so a typed card's number could be recovered from
    # them: forget them. (Fingerprints of real vaults, and new Sandbox ones, are kept.)
    """
    UPDATE tokens SET raw_json = json_remove(raw_json, '$.card.fingerprint')
    WHERE profile = 'Sandbox' AND json_valid(raw_json)
      AND json_type(raw_json, '$.card.fingerprint') IS NOT NULL
    """,
    # 2 -> 3: whether the charge was authorized (1/0; NULL: not seen, as in every older row),
    # which the verdict reads for an authorize-only charge (core.verdict).
    """
    ALTER TABLE tokens ADD COLUMN authorized INTEGER
    """,
    # 3 -> 4 (issue 16, evidence): every create attempt kept (``attempts``, whatever its end;
    # no card number or security code, as in ``tokens``), each token's status changes over
    # time (``token_events``), the test case a token was made for (``tokens.test_key``: its
    # create attempt's, kept beside it for the history's filter and Tag column). A token of
    # an older file gets its create attempt (the answer then is the latest one kept: the
    # create answer itself was not kept before) and its events: created, then its status now
    # if that is not a new token's.
    """
    ALTER TABLE tokens ADD COLUMN test_key TEXT NOT NULL DEFAULT '';
    CREATE TABLE attempts (
        attempt_id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT '',
        vault_url TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        duration_ms INTEGER,
        token_id TEXT,
        brand TEXT NOT NULL DEFAULT '',
        last4 TEXT NOT NULL DEFAULT '',
        scenario TEXT,
        scenario_label TEXT,
        expected_charge_status TEXT,
        expected_failure_code TEXT,
        request_json TEXT NOT NULL DEFAULT '{}',
        answer_json TEXT NOT NULL DEFAULT '',
        error_code TEXT,
        error_message TEXT NOT NULL DEFAULT '',
        send_anyway INTEGER NOT NULL DEFAULT 0,
        test_key TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        batch_id TEXT
    );
    CREATE INDEX attempts_newest ON attempts (at DESC);
    CREATE INDEX attempts_token ON attempts (token_id);
    CREATE INDEX attempts_test_key ON attempts (test_key);
    CREATE TABLE token_events (
        token_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        used INTEGER NOT NULL DEFAULT 0,
        charge_status TEXT NOT NULL DEFAULT 'unknown',
        failure_code TEXT
    );
    CREATE INDEX token_events_token ON token_events (token_id, at);
    INSERT INTO attempts (attempt_id, at, profile, vault_url, outcome, token_id, brand, last4,
        scenario, scenario_label, expected_charge_status, expected_failure_code, answer_json,
        note)
    SELECT 'atmp_' || lower(hex(randomblob(16))), created_at, IFNULL(profile, ''),
        IFNULL(vault_url, ''), 'created', token_id, IFNULL(brand, ''), IFNULL(last4, ''),
        scenario, scenario_label, expected_charge_status, expected_failure_code,
        IFNULL(raw_json, ''), IFNULL(note, '')
    FROM tokens;
    INSERT INTO token_events (token_id, at, kind) SELECT token_id, created_at, 'created'
    FROM tokens;
    INSERT INTO token_events (token_id, at, kind, used, charge_status, failure_code)
    SELECT token_id, IFNULL(refreshed_at, created_at), 'changed', IFNULL(used, 0),
        IFNULL(charge_status, 'unknown'), failure_code
    FROM tokens WHERE IFNULL(used, 0) <> 0 OR IFNULL(charge_status, 'unknown') <> 'unknown'
        OR failure_code IS NOT NULL
    """,
)


_FINALS_SQL = ", ".join(f"'{s}'" for s in sorted(FINAL_CHARGE_STATUSES))
# Sort keys the history view may ask for (a whitelist: nothing else reaches ORDER BY).
SORT_KEYS: dict[str, str] = {
    "created": "created_at",
    "token": "token_id",
    "card": "brand || ' ' || last4",
    "scenario": "COALESCE(scenario_label, '')",
    "used": "used",
    "charge_status": "charge_status",
    "verdict": VERDICT_SQL,
    "profile": "profile",
    "tag": "test_key",
}


# How long one statement waits for another program's lock before it gives up. Short: the
# window's thread runs these, and a create retries a busy write without blocking it.
BUSY_TIMEOUT_S = 0.1
# Opening may have to create or migrate the schema, which needs the write lock: a second copy
# of the app starting at the same moment holds it for that long. Waiting for it there (only
# then: a current file opens without the write lock) beats opening read-only for the session.
OPEN_BUSY_TIMEOUT_S = 3.0
COMPANIONS = ("-wal", "-shm")  # SQLite's files beside the history (WAL, shared memory)
REPAIR_BATCH = 500  # rows copied per transaction (and per progress report) during a repair
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_ = translator("History")


class HistoryError(StorageError):
    """The history file cannot be used (``str(exc)`` and ``human`` say why)."""

    def __init__(self, message: str) -> None:
        super().__init__(human=message)


class HistoryDamaged(HistoryError):
    """SQLite found the file damaged, or it is not a database: a repair can help."""


class HistoryUnavailable(HistoryError):
    """The file is sound but cannot be used now: locked by another program, read-only,
    a folder that cannot be created, a full disk, or a newer version's schema. Never
    repaired (moving it aside would lose nothing but help nothing)."""


class HistoryRepairing(HistoryUnavailable):
    """Another process of the app is repairing the file right now."""


class HistoryWriteError(HistoryError):
    """A write was refused (``busy``: another program holds a lock; try again later)."""

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


def is_damage(exc: sqlite3.Error) -> bool:
    """True if SQLite says the file is damaged or not a database (not locked, full, ...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return type(exc) is sqlite3.DatabaseError


def _describe(exc: sqlite3.Error) -> str:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_BUSY or code == sqlite3.SQLITE_LOCKED:
        return _("another program holds a lock on it")
    if code == sqlite3.SQLITE_FULL:
        return _("the disk is full")
    if code == sqlite3.SQLITE_READONLY:
        return _("it is read-only")
    if code == sqlite3.SQLITE_CANTOPEN:
        return _("it cannot be opened (is its folder read-only or missing?)")
    return str(exc)


def _error(path: Path, exc: sqlite3.Error) -> HistoryError:
    if is_damage(exc):
        return HistoryDamaged(
            _("The history file {path} is damaged: {why}").format(path=path, why=exc)
        )
    return HistoryUnavailable(
        _("The history file {path} cannot be used: {why}.").format(path=path, why=_describe(exc))
    )


@dataclass(frozen=True)
class TokenRecord:
    token_id: str
    created_at: datetime
    profile: str
    vault_url: str
    raw_json: str
    livemode: bool = False
    used: bool = False
    charge_status: str = "unknown"
    failure_code: str | None = None
    brand: str = ""
    last4: str = ""
    scenario: str | None = None
    scenario_label: str | None = None
    expected_charge_status: str | None = None
    expected_failure_code: str | None = None
    cardholder: str = ""
    refreshed_at: datetime | None = None
    note: str = ""
    authorized: bool | None = None  # the charge's ``authorized`` (None: no charge answer seen)
    test_key: str = ""  # the test case (its create attempt's: ``core.attempts.set_tag``)

    @property
    def expected_outcome(self) -> str | None:
        if self.expected_charge_status is None:
            return None
        if self.expected_failure_code:
            return f"failed: {self.expected_failure_code}"
        return self.expected_charge_status

    @property
    def final(self) -> bool:
        return self.charge_status in FINAL_CHARGE_STATUSES

    def verdict_row(self) -> dict[str, object]:
        """The fields the verdict rule reads (``core.verdict.FIELDS``)."""
        return {
            "charge_status": self.charge_status,
            "expected_charge_status": self.expected_charge_status,
            "failure_code": self.failure_code,
            "expected_failure_code": self.expected_failure_code,
            "authorized": self.authorized,
        }

    @property
    def verdict(self) -> Verdict:
        """How the charge compares with the card's promise (the rule and its SQL twin live
        in ``core.verdict``)."""
        return verdict(self.verdict_row())

    @property
    def verdict_reason(self) -> str:
        """Why the verdict is what it is, in the current language."""
        return reason(self.verdict_row())


_COLUMNS = tuple(f.name for f in fields(TokenRecord))
_BOOL_COLUMNS = {"livemode", "used"}
_NULLABLE_BOOL_COLUMNS = {"authorized"}
_TIME_COLUMNS = {"created_at", "refreshed_at"}


def _to_db(record: TokenRecord) -> tuple[Any, ...]:
    out: list[Any] = []
    for name in _COLUMNS:
        value = getattr(record, name)
        if name in _BOOL_COLUMNS or (name in _NULLABLE_BOOL_COLUMNS and value is not None):
            value = int(value)
        elif name in _TIME_COLUMNS and value is not None:
            value = value.astimezone(UTC).isoformat(timespec="microseconds")
        out.append(value)
    return tuple(out)


@dataclass(frozen=True)
class CardUse:
    """A stored token's card as the history names it (no full number is ever kept)."""

    scenario: str | None
    brand: str
    last4: str
    created_at: datetime


def _from_db(row: Sequence[Any]) -> TokenRecord:
    """A record from a stored row, whatever another program or an old bug left in it: a value
    of the wrong type or an unreadable time is read as the closest harmless value, so that a
    stored row can never stop the history (or the app) from opening."""
    values: dict[str, Any] = {}
    for name, value in zip(_COLUMNS, row, strict=True):
        if name in _BOOL_COLUMNS:
            value = bool(value) if isinstance(value, int | float) else False
        elif name in _NULLABLE_BOOL_COLUMNS:
            value = bool(value) if isinstance(value, int) and value in (0, 1) else None
        elif name in _TIME_COLUMNS:
            value = _stored_time(value)
            if value is None and name == "created_at":
                value = _UNKNOWN_TIME
        elif value is None:
            value = None if name in _OPTIONAL_COLUMNS else ""
        elif not isinstance(value, str):
            value = str(value)
        values[name] = value
    return TokenRecord(**values)


_OPTIONAL_COLUMNS = {f.name for f in fields(TokenRecord) if "None" in str(f.type)}
_UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)  # shown for a row whose time is unreadable


_ID_AT, _CREATED_AT = _COLUMNS.index("token_id"), _COLUMNS.index("created_at")
_STORED_ID_RE = re.compile(r"tokn_[0-9A-Za-z_]{1,80}")


def _sound_row(row: Sequence[Any]) -> bool:
    """Whether a row read from a damaged file is a token at all (salvage keeps only those;
    ``_from_db`` alone would read any garbage as a harmless record)."""
    token_id, created = row[_ID_AT], row[_CREATED_AT]
    return (
        isinstance(token_id, str)
        and _STORED_ID_RE.fullmatch(token_id) is not None
        and _stored_time(created) is not None
    )


def _stored_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class HistoryFilter:
    """Which records to show: ``text``, words each found in the shown text of some column
    (``core.history_columns``); ``used``; ``profile``."""

    text: str = ""
    used: bool | None = None
    profile: str | None = None

    def where(self, attempts: bool = False) -> tuple[str, list[Any]]:
        """The WHERE clause and its arguments (``attempts``: over ``core.attempts``' rows)."""
        clauses: list[str] = []
        args: list[Any] = []
        words, words_args = filter_sql(self.text, attempts)
        if words:
            clauses.append(words)
            args.extend(words_args)
        if self.used is not None:
            clauses += ["used = ?"]  # SQL, not a text shown (+= keeps the text guard quiet)
            args.append(int(self.used))
        if self.profile is not None:
            clauses += ["profile = ?"]
            args.append(self.profile)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


class HistoryStore:
    """All reads and writes of the history file. Each write is committed before it returns."""

    def __init__(
        self,
        path: Path | str,
        *,
        read_only: bool = False,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        shared_lock: bool = True,
        lock: storage.FileLock | None = None,
    ) -> None:
        """Open (creating it, owner-only, unless ``read_only``) the history at ``path``.

        A writable file store holds a shared ``lock_path`` lock while open (POSIX), so that
        no process repairs (swaps) the file under it. Raises HistoryDamaged (repair it), or
        HistoryUnavailable (leave it alone; HistoryRepairing: another process repairs it).
        ``lock``: that shared lock, taken already (on a thread that may wait for it)."""
        self.path = Path(path)
        self.read_only = read_only
        self._lock: storage.FileLock | None = None
        self.refused: str | None = None  # set on a stand-in (see stand_in)
        memory = str(path) == ":memory:"
        self.in_memory = memory
        if not memory and not read_only:
            try:
                storage.private_dir(self.path.parent)
            except OSError as exc:
                raise HistoryUnavailable(
                    _("The history folder {folder} cannot be created: {why}.").format(
                        folder=self.path.parent, why=exc.strerror or exc
                    )
                ) from exc
            if lock is not None and lock.held:
                self._lock = lock
            elif shared_lock and os.name == "posix":
                self._take_shared_lock()
        try:
            self._open(busy_timeout_s)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    def _take_shared_lock(self) -> None:
        self._lock = storage.FileLock(lock_path(self.path))
        try:
            free = self._lock.acquire(shared=True, timeout=0)
        except OSError:  # no lock file (a read-only folder): nothing can repair it there
            self._lock = None
            return
        if not free:
            self._lock = None
            raise HistoryRepairing(
                _(
                    "The history file {path} is being repaired by another running copy of the app."
                ).format(path=self.path)
            )

    def _open(self, busy_timeout_s: float) -> None:
        read_only, memory, path = self.read_only, self.in_memory, self.path
        db: sqlite3.Connection | None = None
        try:
            opening = max(busy_timeout_s, OPEN_BUSY_TIMEOUT_S)
            if read_only:
                db = _connect_read_only(self.path, opening)
            else:
                db = sqlite3.connect(":memory:" if memory else str(path), timeout=opening)
            db.isolation_level = None
            self._db = db
            if not memory and not read_only:
                for suffix in ("", *COMPANIONS):  # SQLite gives its -wal/-shm the file's mode
                    storage.private_file(self.path.with_name(self.path.name + suffix))
            if not read_only:
                _wal(db)
                # NORMAL in WAL mode survives a crash or kill of the app (not a power cut).
                db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")  # from now on
        except sqlite3.Error as exc:
            if db is not None:
                with contextlib.suppress(Exception):
                    db.close()
            raise _error(self.path, exc) from exc
        except HistoryError:
            if db is not None:
                db.close()
            raise

    # ------------------------------------------------------------------ schema
    def _version(self) -> int | None:
        """The file's schema version (None: a new file, or one without the table)."""
        try:
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
        return int(row[0]) if row else None

    def _check_version(self, current: int | None) -> None:
        if current is not None and current > SCHEMA_VERSION:
            raise HistoryUnavailable(
                _(
                    "The history file {path} was written by a newer version of the app "
                    "(schema {schema}; this version knows {known})."
                ).format(path=self.path, schema=current, known=SCHEMA_VERSION)
            )

    def _migrate(self) -> None:
        current = self._version()  # a read: a current file needs no write lock to open
        self._check_version(current)
        if current == SCHEMA_VERSION or self.read_only:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
            current = row[0] if row else 0
            self._check_version(current)
            for version in range(current, SCHEMA_VERSION):
                for statement in _MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
            if row is None:
                self._db.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            else:
                self._db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return int(self._db.execute("SELECT version FROM schema_version").fetchone()[0])

    @classmethod
    def stand_in(cls, reason: str) -> HistoryStore:
        """An empty history in memory that refuses every write with ``reason``: shown while
        the file is repaired, or when it cannot be used, so that no token seems saved."""
        store = cls(":memory:")
        store.refused = reason
        return store

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Self:
        """``with HistoryStore(path) as store:`` closes the store when the block ends."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writes
    def _write(self, sql: str, args: Sequence[Any] = ()) -> None:
        """One committed statement; a refused write raises HistoryWriteError."""
        self._refuse()
        try:
            self._db.execute(sql, args)
        except sqlite3.OperationalError as exc:
            raise self._write_error(exc) from exc

    def _write_error(self, exc: sqlite3.Error) -> HistoryWriteError:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        return HistoryWriteError(
            _("The history file {path} could not be written: {why}.").format(
                path=self.path, why=_describe(exc)
            ),
            busy=code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED),
        )

    def add(self, record: TokenRecord) -> None:
        placeholders = ", ".join("?" for _ in _COLUMNS)
        self._write(
            f"INSERT OR REPLACE INTO tokens ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
            _to_db(record),
        )

    def _refuse(self) -> None:
        if self.refused is not None:
            raise HistoryWriteError(self.refused)

    def add_many(self, records: Iterable[TokenRecord]) -> None:
        placeholders = ", ".join("?" for _ in _COLUMNS)
        self._refuse()
        try:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    f"INSERT OR REPLACE INTO tokens ({', '.join(_COLUMNS)}) "
                    f"VALUES ({placeholders})",
                    (_to_db(r) for r in records),
                )
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # SQLite may have rolled back itself (full disk)
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise self._write_error(exc) from exc

    def update_status(
        self,
        token_id: str,
        *,
        used: bool,
        charge_status: str,
        raw_json: str | None = None,
        failure_code: str | None = None,
        refreshed_at: datetime | None = None,
        authorized: bool | None = None,
    ) -> TokenRecord | None:
        record = self.get(token_id)
        if record is None:
            return None
        updated = replace(
            record,
            used=used,
            charge_status=charge_status,
            raw_json=raw_json if raw_json is not None else record.raw_json,
            failure_code=failure_code if failure_code is not None else record.failure_code,
            authorized=authorized if authorized is not None else record.authorized,
            refreshed_at=refreshed_at or datetime.now(UTC),
        )
        _store_changed(self, record, updated)
        return updated

    def set_note(self, token_id: str, note: str) -> None:
        self._write("UPDATE tokens SET note = ? WHERE token_id = ?", (note, token_id))

    def delete(self, token_id: str) -> None:
        _forget(self, (token_id,))  # with its attempts and events

    def clear(self) -> None:
        _forget(self, None)  # every token, attempt and event, in one transaction

    # ------------------------------------------------------------------ reads
    def get(self, token_id: str) -> TokenRecord | None:
        row = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM tokens WHERE token_id = ?", (token_id,)
        ).fetchone()
        return _from_db(row) if row else None

    def page(
        self,
        offset: int = 0,
        limit: int = 200,
        where: HistoryFilter | None = None,
        sort: str = "created",
        descending: bool = True,
    ) -> list[TokenRecord]:
        """One page of records; newest first unless another ``SORT_KEYS`` key is asked for."""
        clause, args = (where or HistoryFilter()).where()
        direction = "DESC" if descending else "ASC"
        order = f"{SORT_KEYS[sort]} {direction}, created_at {direction}, rowid {direction}"
        rows = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM tokens{clause} ORDER BY {order} LIMIT ? OFFSET ?",
            (*args, limit, offset),
        ).fetchall()
        return [_from_db(r) for r in rows]

    def count(self, where: HistoryFilter | None = None) -> int:
        clause, args = (where or HistoryFilter()).where()
        return int(self._db.execute(f"SELECT COUNT(*) FROM tokens{clause}", args).fetchone()[0])

    def matches(self, token_id: str, where: HistoryFilter | None = None) -> bool:
        """Whether the history holds ``token_id`` and ``where`` keeps it."""
        clause, args = (where or HistoryFilter()).where()
        clause = f"{clause} AND token_id = ?" if clause else " WHERE token_id = ?"
        row = self._db.execute(f"SELECT 1 FROM tokens{clause} LIMIT 1", (*args, token_id))
        return row.fetchone() is not None

    def ids_to_refresh(self) -> list[str]:
        """Tokens whose state may still change: not used, or used with no final status."""
        rows = self._db.execute(
            f"SELECT token_id FROM tokens WHERE charge_status NOT IN ({_FINALS_SQL}) "
            "ORDER BY created_at DESC"
        ).fetchall()
        return [r[0] for r in rows]

    def quick_check(self) -> str | None:
        """None if the file is sound, else what SQLite found. It reads every page, so its
        time grows with the history: the app runs it after the window has painted
        (bench/history_scale.py measures it)."""
        try:
            result = str(self._db.execute("PRAGMA quick_check").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return None if result == "ok" else result

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def card_uses(history: HistoryStore, limit: int) -> list[CardUse]:
    """The newest ``limit`` tokens, newest first (the order of ``HistoryStore.page``), each as
    only the columns that name its card: what ``core.ranking`` reads, without the rest of the
    row. A stored value of the wrong type is read as ``_from_db`` reads it. (Beside the class,
    which is at its size limit; a read of this module's own store.)"""
    rows = history._db.execute(
        "SELECT scenario, brand, last4, created_at FROM tokens "
        "ORDER BY created_at DESC, rowid DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        CardUse(
            None if scenario is None else str(scenario),
            "" if brand is None else str(brand),
            "" if last4 is None else str(last4),
            _stored_time(created) or _UNKNOWN_TIME,
        )
        for scenario, brand, last4, created in rows
    ]


# ---------------------------------------------------------------------- the seam
# For ``core.attempts`` (the attempt log lives beside the class, which is at its size limit):
# the store's connection for reads, and one write transaction on it.


def reading(history: HistoryStore) -> sqlite3.Connection:
    """The store's connection, for reads (writes go through ``writing``)."""
    return history._db


@contextlib.contextmanager
def writing(history: HistoryStore) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back (all of it) when it
    raises. A write the store refuses (a stand-in, a lock, a full or read-only disk) raises
    HistoryWriteError (``busy``: another program holds a lock), as ``HistoryStore`` does."""
    history._refuse()
    db = history._db
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # SQLite may have rolled back itself (full disk)
                db.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        raise history._write_error(exc) from exc


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _store_changed(history: HistoryStore, before: TokenRecord, after: TokenRecord) -> None:
    """Store ``after`` and, if its used, charge status or failure code differs from
    ``before``, a ``changed`` event with the new values, in one transaction."""
    with writing(history) as db:
        history.add(after)
        if (before.used, before.charge_status, before.failure_code) != (
            after.used,
            after.charge_status,
            after.failure_code,
        ):
            moment = after.refreshed_at.astimezone(UTC) if after.refreshed_at else None
            db.execute(
                "INSERT INTO token_events (token_id, at, kind, used, charge_status, "
                "failure_code) VALUES (?, ?, 'changed', ?, ?, ?)",
                (
                    after.token_id,
                    moment.isoformat(timespec="microseconds") if moment else _now(),
                    int(after.used),
                    after.charge_status,
                    after.failure_code,
                ),
            )


def _forget(history: HistoryStore, token_ids: Sequence[str] | None) -> None:
    """Forget these tokens (None: all, and every attempt) with their attempts and events,
    in one transaction."""
    with writing(history) as db:
        if token_ids is None:
            for table in ("tokens", "attempts", "token_events"):
                db.execute(f"DELETE FROM {table}")
            return
        for table in ("tokens", "attempts", "token_events"):
            db.executemany(f"DELETE FROM {table} WHERE token_id = ?", [(t,) for t in token_ids])


def _wal(db: sqlite3.Connection, tries: int = 3) -> None:
    """Switch to WAL. SQLite answers "locked" at once, without waiting, while another
    connection holds a lock on a file not in WAL yet (a second copy of the app creating it):
    then wait for that lock the way SQLite waits (an empty write transaction, under the
    connection's busy timeout) and try again."""
    for attempt in range(tries):
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if attempt == tries - 1 or "locked" not in str(exc):
                raise
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection; in a read-only folder (no -shm can be made) an immutable one."""
    uri = path.absolute().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:  # not a database, damaged, locked...: closed, not left open
        db.close()
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if not isinstance(exc, sqlite3.OperationalError) or code != sqlite3.SQLITE_CANTOPEN:
            raise
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout)
    return db


class _Batches:
    """Rows kept from a damaged file, written to ``into`` in batches of ``REPAIR_BATCH``;
    ``progress`` (if given) gets the number saved so far after each batch."""

    def __init__(self, into: HistoryStore, progress: Callable[[int], None] | None) -> None:
        self.into = into
        self.progress = progress
        self.saved = 0
        self.batch: list[TokenRecord] = []

    def keep(self, rows: Iterable[Sequence[Any]]) -> None:
        """Queue each row that reads as a record (others are skipped); write full batches."""
        for row in rows:
            if not _sound_row(row):  # a row from a damaged page: not a token
                continue
            try:
                self.batch.append(_from_db(row))
            except (TypeError, ValueError):
                continue
            if len(self.batch) >= REPAIR_BATCH:
                self.flush()

    def flush(self) -> None:
        if self.batch:
            self.into.add_many(self.batch)
            self.saved += len(self.batch)
            self.batch.clear()
            if self.progress is not None:
                self.progress(self.saved)

    def restart(self) -> None:
        """Start counting again (rows already copied are replaced when written again)."""
        self.batch.clear()
        self.saved = 0


def salvage(
    damaged: Path, into: HistoryStore, progress: Callable[[int], None] | None = None
) -> int:
    """Copy every readable token row of a damaged history file into ``into``.

    Reads the file read-only; where a whole-table read fails, rows are read one rowid at a
    time so that one bad page loses only the rows on it. Rows are written in batches of
    ``REPAIR_BATCH``; ``progress`` (if given) gets the number saved so far after each batch.
    Returns the number of rows saved.
    """
    try:
        src = sqlite3.connect(f"{damaged.absolute().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return 0
    sink = _Batches(into, progress)
    try:
        if not _copy_whole_table(src, sink):
            sink.restart()  # start again row by row
            _copy_row_by_row(src, sink)
            sink.flush()
        for table in _EVIDENCE_TABLES:
            _copy_evidence(src, into, table)
        _backfill_attempts(into)
        return sink.saved
    finally:
        src.close()


_EVIDENCE_TABLES = ("attempts", "token_events")  # schema 4 (core.attempts)


def _backfill_attempts(into: HistoryStore) -> None:
    """Every token copied without its create attempt (a file older than schema 4, or one
    whose attempts could not be read) gets one, and a ``created`` event, as the migration
    to schema 4 gives them: the attempt log then lists every token."""
    with writing(into) as db:
        db.execute(
            "INSERT INTO attempts (attempt_id, at, profile, vault_url, outcome, token_id, "
            "brand, last4, scenario, scenario_label, expected_charge_status, "
            "expected_failure_code, answer_json, test_key, note) "
            "SELECT 'atmp_' || lower(hex(randomblob(16))), created_at, profile, vault_url, "
            "'created', token_id, brand, last4, scenario, scenario_label, "
            "expected_charge_status, expected_failure_code, raw_json, test_key, note "
            "FROM tokens t WHERE NOT EXISTS (SELECT 1 FROM attempts a "
            "WHERE a.token_id = t.token_id)"
        )
        db.execute(
            "INSERT INTO token_events (token_id, at, kind) SELECT token_id, created_at, "
            "'created' FROM tokens t WHERE NOT EXISTS (SELECT 1 FROM token_events e "
            "WHERE e.token_id = t.token_id)"
        )


def _copy_evidence(src: sqlite3.Connection, into: HistoryStore, table: str) -> None:
    """Copy what can be read of ``table`` (the attempt log) from a damaged file: the rows
    of one whole-table read, or none if that read fails (the tokens, copied row by row, are
    what a repair must keep; a token without its attempt gets one made up when read)."""
    try:
        have = [str(r[1]) for r in src.execute(f"PRAGMA table_info({table})").fetchall()]
        want = [str(r[1]) for r in into._db.execute(f"PRAGMA table_info({table})").fetchall()]
        columns = [c for c in want if c in have]
        if not columns:
            return
        rows = src.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    except sqlite3.DatabaseError:
        return
    marks = ", ".join("?" for _ in columns)
    with writing(into) as db:
        db.executemany(
            f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )


def _select_list(src: sqlite3.Connection) -> str:
    """The columns to read from a damaged file: an older schema's file lacks the newer
    columns (read as NULL); an unreadable table list reads every column by name."""
    try:
        present = {str(r[1]) for r in src.execute("PRAGMA table_info(tokens)").fetchall()}
    except sqlite3.DatabaseError:
        present = set()
    if not present:
        return ", ".join(_COLUMNS)
    return ", ".join(c if c in present else f"NULL AS {c}" for c in _COLUMNS)


def _copy_whole_table(src: sqlite3.Connection, sink: _Batches) -> bool:
    """Copy the table in one read; False (part of it maybe copied) if the read fails."""
    try:
        cursor = src.execute(f"SELECT {_select_list(src)} FROM tokens ORDER BY rowid")
        while rows := cursor.fetchmany(REPAIR_BATCH):
            sink.keep(rows)
        sink.flush()
    except sqlite3.DatabaseError:
        return False
    return True


def _copy_row_by_row(src: sqlite3.Connection, sink: _Batches) -> None:
    """Read one rowid at a time up to the last one (or until far past any row found)."""
    query = f"SELECT {_select_list(src)} FROM tokens WHERE rowid = ?"
    misses = 0
    for rowid in range(1, _last_rowid(src) + 1):
        try:
            found = src.execute(query, (rowid,)).fetchall()
        except sqlite3.DatabaseError:
            found = []
        if found:
            misses = 0
            sink.keep(found)
        else:
            misses += 1
            if misses > 10_000:  # far past the last row
                break


def _last_rowid(src: sqlite3.Connection) -> int:
    try:
        return int(src.execute("SELECT max(rowid) FROM tokens").fetchone()[0] or 0)
    except sqlite3.DatabaseError:
        return 1_000_000


# ---------------------------------------------------------------------- repair
@dataclass(frozen=True)
class RepairResult:
    """What a repair did. ``aside`` is where the damaged file now is (None: nothing was moved,
    because the file was sound by the time the lock was ours: another instance repaired it)."""

    why: str
    saved: int = 0
    aside: Path | None = None

    @property
    def notice(self) -> str:
        if self.aside is None:
            return _(
                "The history file was damaged ({why}); another running copy of the app "
                "repaired it first."
            ).format(why=self.why)
        return _(
            "The history file was damaged ({why}). It was moved to {aside}; "
            "%n token(s) that could still be read were copied into a new history.",
            n=self.saved,
        ).format(why=self.why, aside=self.aside)


def lock_path(path: Path) -> Path:
    """The lock every process of the app takes before it repairs ``path``."""
    return path.with_name(path.name + ".lock")


def wait_to_open(path: Path, timeout_s: float | None) -> storage.FileLock | None:
    """Wait (on a thread that may) until no repair of ``path`` runs; the shared lock, held,
    for ``HistoryStore(path, lock=…)``, or None if a repair still ran after ``timeout_s``."""
    lock = storage.FileLock(lock_path(path))
    return lock if lock.acquire(shared=True, timeout=timeout_s) else None


def _marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".repair")


def repair_pending(path: Path) -> bool:
    """A repair of ``path`` was interrupted (the process was killed): ``repair()`` ends it."""
    return _marker_path(path).exists()


def check_file(path: Path) -> str | None:
    """None if ``path`` is missing or a sound history, else what is wrong with it.

    Raises HistoryUnavailable when the file cannot be judged (locked, read-only, ...)."""
    if not path.exists():
        return None
    try:
        store = HistoryStore(path, read_only=True, busy_timeout_s=5.0)
    except HistoryDamaged as exc:
        return str(exc.__cause__ or exc)
    try:
        return store.quick_check()
    finally:
        store.close()


def repair(
    path: Path,
    why: str,
    progress: Callable[[int], None] | None = None,
    lock_timeout_s: float | None = None,
) -> RepairResult:
    """Repair the damaged history at ``path``: exclusive across processes, crash-safe.

    First, under a shared lock, see whether the file is sound by now (another copy of the
    app repaired it; it may keep it open). Then under the exclusive lock (``lock_path``; it
    waits until no copy of the app has the file open): finish a repair a killed process left
    half done; if the file is sound by now, do nothing; else copy every readable row into a
    new file beside it, then swap: the original gets a second, unique ``.damaged-…`` name (a
    hard link, or a copy), and the new file replaces it in one rename. The original is never
    overwritten or deleted, and a kill at any point leaves either it or the finished new file
    in place. Call it where waiting is fine (a worker thread), with no connection of this
    process open on ``path``. Raises LockTimeout, HistoryUnavailable, or OSError.
    """
    lock = storage.FileLock(lock_path(path))
    if lock.acquire(shared=True, timeout=lock_timeout_s):  # no repair runs: is one needed?
        try:
            if not repair_pending(path) and check_file(path) is None:
                return RepairResult(why)  # another copy repaired it (and may have it open)
        finally:
            lock.release()
    with lock.hold(timeout=lock_timeout_s):
        resumed = _resume(path)
        if resumed is not None:
            return resumed
        problem = check_file(path)
        if problem is None:
            return RepairResult(why)
        for stale in path.parent.glob(f"{path.name}.repair-*"):  # a kill before the marker
            with contextlib.suppress(OSError):
                stale.unlink()
        fresh = path.with_name(f"{path.name}.repair-{uuid.uuid4().hex[:8]}")
        store = HistoryStore(fresh, shared_lock=False)
        try:
            saved = salvage(path, store, progress)
            store._db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            store.close()
        _fsync(fresh)
        aside = storage.aside_path(path)
        _write_marker(path, {"fresh": fresh.name, "aside": aside.name, "saved": saved, "why": why})
        return _finish(path, fresh, aside, saved, why)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_marker(path: Path, data: dict[str, Any]) -> None:
    marker = _marker_path(path)
    tmp = marker.with_name(marker.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, marker)
    storage.fsync_dir(path.parent)


def _resume(path: Path) -> RepairResult | None:
    """Finish the repair a killed process left (its marker says which files); None if none."""
    marker = _marker_path(path)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        fresh, aside = path.with_name(data["fresh"]), path.with_name(data["aside"])
        saved, why = int(data["saved"]), str(data["why"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        marker.unlink()  # written before anything was moved: nothing to finish
        return None
    return _finish(path, fresh, aside, saved, why)


def _finish(path: Path, fresh: Path, aside: Path, saved: int, why: str) -> RepairResult:
    """The swap; each step can be run again after a kill."""
    if fresh.exists():
        for suffix in ("", "-wal"):  # the original and its WAL (committed rows may be there)
            src, dst = (p.with_name(p.name + suffix) for p in (path, aside))
            if src.exists() and src.stat().st_size and not os.path.lexists(dst):
                storage.preserve(src, dst)
        storage.fsync_dir(path.parent)
        for suffix in COMPANIONS:  # else SQLite would apply the old WAL to the new file
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        os.replace(fresh, path)
        storage.fsync_dir(path.parent)
    _marker_path(path).unlink(missing_ok=True)
    return RepairResult(why, saved, aside)
