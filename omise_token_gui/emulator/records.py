"""Where the emulator keeps its tokens and charges: in memory, or in a SQLite file.

The file is for the app's Sandbox. Every change is committed when it is made, so the Sandbox
behaves like a real vault across restarts, a crash or a kill, and two app instances on one
data dir see each other's tokens (both read and write the one file; WAL lets them).

Records are the vault's JSON objects. Nothing in them is a full card number or a security
code: the last four digits, a keyed fingerprint and the expected outcome only.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import logging
import os
import secrets
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, Self

from omise_token_gui.core import storage

log = logging.getLogger(__name__)
Kind = Literal["token", "charge", "customer"]
Record = dict[str, Any]


class Records(Protocol):
    """Bounded storage of records by id, oldest evicted past ``limit()`` per kind.

    Callers hold their own lock against other threads; ``exclusive()`` also keeps other
    processes out during a read-modify-write (a charge marking its token used).
    """

    def get(self, kind: Kind, record_id: str) -> Record | None: ...

    def put(self, kind: Kind, record: Record) -> None: ...

    def count(self, kind: Kind) -> int: ...

    def all(self, kind: Kind) -> list[Record]:
        """Every record of ``kind``, oldest first."""
        ...

    def clear(self) -> None: ...

    def exclusive(self) -> contextlib.AbstractContextManager[None]: ...

    def close(self) -> None: ...


class MemoryRecords:
    def __init__(self, limit: Callable[[], int]) -> None:
        self._limit = limit
        self._data: dict[Kind, OrderedDict[str, Record]] = {
            "token": OrderedDict(),
            "charge": OrderedDict(),
            "customer": OrderedDict(),
        }

    def get(self, kind: Kind, record_id: str) -> Record | None:
        record = self._data[kind].get(record_id)
        return copy.deepcopy(record)  # a copy, like a record read back from the file

    def put(self, kind: Kind, record: Record) -> None:
        records = self._data[kind]
        records[record["id"]] = record
        while len(records) > self._limit():
            records.popitem(last=False)

    def count(self, kind: Kind) -> int:
        return len(self._data[kind])

    def all(self, kind: Kind) -> list[Record]:
        return copy.deepcopy(list(self._data[kind].values()))

    def clear(self) -> None:
        for records in self._data.values():
            records.clear()

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def close(self) -> None:
        pass


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_kind_seq ON records (kind, seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Files written before fingerprints were keyed per installation hold fingerprints made with a
# key that shipped in the app (a card's number could be recovered from them). Opened the
# first time since, those are replaced by random values of the same shape.
_FINGERPRINTS_KEYED = ("fingerprints", "per-installation")


class SqliteRecords:
    """Records in a SQLite file shared by every emulator that opens it. Closed, it opens
    again on next use (an embedded emulator that is stopped and started again)."""

    def __init__(self, path: Path, limit: Callable[[], int]) -> None:
        self.path = path
        self._limit = limit
        self._conn: sqlite3.Connection | None = None
        self._connect()  # now: a damaged file is dealt with at start, not at the first token

    @property
    def _db(self) -> sqlite3.Connection:
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        """The open connection, opened (again) if need be."""
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                self._conn = self._open(self.path)
            except sqlite3.DatabaseError as exc:  # not a database, or damaged: keep it aside
                if isinstance(exc, sqlite3.OperationalError):  # locked, read-only, full: sound
                    raise
                self._move_aside(exc)
                self._conn = self._open(self.path)
        return self._conn

    def _move_aside(self, why: Exception) -> None:
        # The database, its WAL and its shared memory, to a new unique name (never over an
        # earlier damaged copy). Another instance may have moved them first.
        with contextlib.suppress(OSError):
            aside = storage.move_aside(self.path, ("-wal", "-shm"))
            log.warning("the Sandbox vault file was unreadable (%s); moved to %s", why, aside)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        # Autocommit (isolation_level=None): each put is committed at once; exclusive()
        # opens an explicit transaction. The caller's lock serialises threads.
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
        try:
            # Owner-only; SQLite gives the -wal and -shm files the database file's mode.
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.chmod(path.with_name(path.name + suffix), 0o600)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM records").fetchone()
            _rekey_old_fingerprints(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, kind: Kind, record_id: str) -> Record | None:
        row = self._db.execute(
            "SELECT body FROM records WHERE kind = ? AND id = ?", (kind, record_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, kind: Kind, record: Record) -> None:
        body = json.dumps(record, separators=(",", ":"))
        with self._transaction():
            self._db.execute(
                "INSERT INTO records (kind, id, body) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                (kind, record["id"], body),
            )
            self._db.execute(
                "DELETE FROM records WHERE kind = ? AND seq <= ("
                "SELECT seq FROM records WHERE kind = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)",
                (kind, kind, self._limit()),
            )

    def count(self, kind: Kind) -> int:
        row = self._db.execute("SELECT count(*) FROM records WHERE kind = ?", (kind,)).fetchone()
        return int(row[0])

    def all(self, kind: Kind) -> list[Record]:
        rows = self._db.execute(
            "SELECT body FROM records WHERE kind = ? ORDER BY seq", (kind,)
        ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def clear(self) -> None:
        self._db.execute("DELETE FROM records")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._db.in_transaction:  # inside exclusive(): part of that one
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        return self._transaction()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        """``with SqliteRecords(...) as records:`` closes the file when the block ends."""
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _rekey_old_fingerprints(db: sqlite3.Connection) -> None:
    """Once per file: replace fingerprints made with the old shipped key by random ones."""
    db.execute("BEGIN IMMEDIATE")
    try:
        done = db.execute("SELECT 1 FROM meta WHERE key = ?", _FINGERPRINTS_KEYED[:1]).fetchone()
        if done is None:
            rows = db.execute(
                "SELECT id, body FROM records WHERE json_valid(body) AND "
                "json_type(body, '$.card.fingerprint') = 'text'"
            ).fetchall()
            for record_id, body in rows:
                record = json.loads(body)
                record["card"]["fingerprint"] = base64.b64encode(secrets.token_bytes(32)).decode()
                db.execute(
                    "UPDATE records SET body = ? WHERE id = ?",
                    (json.dumps(record, separators=(",", ":")), record_id),
                )
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", _FINGERPRINTS_KEYED)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
