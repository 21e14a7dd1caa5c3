"""Token history: one SQLite file (WAL, schema version, forward migrations).

A record keeps brand, last 4 digits and the scenario. Never the full number or security code.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from omise_token_gui.core.models import FINAL_CHARGE_STATUSES

SCHEMA_VERSION = 1

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
    "verdict": (
        f"CASE WHEN charge_status NOT IN ({_FINALS_SQL}) OR expected_charge_status IS NULL "
        "THEN 0 WHEN charge_status = expected_charge_status AND (failure_code IS NULL OR "
        "expected_failure_code IS NULL OR failure_code = expected_failure_code) THEN 2 ELSE 1 END"
    ),
    "profile": "profile",
}


class HistoryError(Exception):
    """The history file cannot be used (damaged, or written by a newer version)."""


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

    @property
    def verdict(self) -> bool | None:
        """True/False once the charge status is final and the card's outcome is known."""
        if not self.final or self.expected_charge_status is None:
            return None
        if self.charge_status != self.expected_charge_status:
            return False
        if self.charge_status == "failed" and self.failure_code and self.expected_failure_code:
            return self.failure_code == self.expected_failure_code
        return True


_COLUMNS = tuple(f.name for f in fields(TokenRecord))
_BOOL_COLUMNS = {"livemode", "used"}
_TIME_COLUMNS = {"created_at", "refreshed_at"}


def _to_db(record: TokenRecord) -> tuple[Any, ...]:
    out: list[Any] = []
    for name in _COLUMNS:
        value = getattr(record, name)
        if name in _BOOL_COLUMNS:
            value = int(value)
        elif name in _TIME_COLUMNS and value is not None:
            value = value.astimezone(UTC).isoformat(timespec="microseconds")
        out.append(value)
    return tuple(out)


def _from_db(row: Sequence[Any]) -> TokenRecord:
    values: dict[str, Any] = {}
    for name, value in zip(_COLUMNS, row, strict=True):
        if name in _BOOL_COLUMNS:
            value = bool(value)
        elif name in _TIME_COLUMNS and value is not None:
            value = datetime.fromisoformat(value)
        values[name] = value
    return TokenRecord(**values)


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    used: bool | None = None
    profile: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if self.text.strip():
            like = (
                "%"
                + self.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%"
            )
            searchable = (
                "token_id",
                "brand",
                "last4",
                "scenario_label",
                "scenario",
                "cardholder",
                "profile",
                "charge_status",
                "note",
            )
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in searchable) + ")")
            args.extend([like] * len(searchable))
        if self.used is not None:
            clauses.append("used = ?")
            args.append(int(self.used))
        if self.profile is not None:
            clauses.append("profile = ?")
            args.append(self.profile)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


class HistoryStore:
    """All reads and writes of the history file. Each write is committed before it returns."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode survives a crash or kill of the app (not a power cut).
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                self._db.close()
            raise HistoryError(f"The history file {self.path} cannot be used: {exc}") from exc

    # ------------------------------------------------------------------ schema
    def _migrate(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT version FROM schema_version").fetchone()
            current = row[0] if row else 0
            if current > SCHEMA_VERSION:
                raise HistoryError(
                    f"The history file {self.path} was written by a newer version of the app "
                    f"(schema {current}; this version knows {SCHEMA_VERSION})."
                )
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
            self._db.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return int(self._db.execute("SELECT version FROM schema_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ writes
    def add(self, record: TokenRecord) -> None:
        placeholders = ", ".join("?" for _ in _COLUMNS)
        self._db.execute(
            f"INSERT OR REPLACE INTO tokens ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
            _to_db(record),
        )

    def add_many(self, records: Iterable[TokenRecord]) -> None:
        placeholders = ", ".join("?" for _ in _COLUMNS)
        self._db.execute("BEGIN")
        try:
            self._db.executemany(
                f"INSERT OR REPLACE INTO tokens ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                (_to_db(r) for r in records),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def update_status(
        self,
        token_id: str,
        *,
        used: bool,
        charge_status: str,
        raw_json: str | None = None,
        failure_code: str | None = None,
        refreshed_at: datetime | None = None,
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
            refreshed_at=refreshed_at or datetime.now(UTC),
        )
        self.add(updated)
        return updated

    def set_note(self, token_id: str, note: str) -> None:
        self._db.execute("UPDATE tokens SET note = ? WHERE token_id = ?", (note, token_id))

    def delete(self, token_id: str) -> None:
        self._db.execute("DELETE FROM tokens WHERE token_id = ?", (token_id,))

    def clear(self) -> None:
        self._db.execute("DELETE FROM tokens")

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

    def ids_to_refresh(self) -> list[str]:
        """Tokens whose state may still change: not used, or used with no final status."""
        rows = self._db.execute(
            f"SELECT token_id FROM tokens WHERE charge_status NOT IN ({_FINALS_SQL}) "
            "ORDER BY created_at DESC"
        ).fetchall()
        return [r[0] for r in rows]

    def quick_check(self) -> str | None:
        """None if the file is sound, else what SQLite found (it reads every page: about
        60 ms for 100,000 tokens, so the app runs it after the window has painted)."""
        try:
            result = str(self._db.execute("PRAGMA quick_check").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return None if result == "ok" else result

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def salvage(damaged: Path, into: HistoryStore) -> int:
    """Copy every readable token row of a damaged history file into ``into``.

    Reads the file read-only; where a whole-table read fails, rows are read one rowid at a
    time so that one bad page loses only the rows on it. Returns the number of rows saved.
    """
    try:
        src = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return 0
    columns = ", ".join(_COLUMNS)
    saved = 0

    def keep(rows: Iterable[Sequence[Any]]) -> int:
        records = []
        for row in rows:
            try:
                records.append(_from_db(row))
            except (TypeError, ValueError):
                continue
        into.add_many(records)
        return len(records)

    try:
        try:
            return keep(src.execute(f"SELECT {columns} FROM tokens").fetchall())
        except sqlite3.DatabaseError:
            pass
        try:
            top = int(src.execute("SELECT max(rowid) FROM tokens").fetchone()[0] or 0)
        except sqlite3.DatabaseError:
            top = 1_000_000
        misses = 0
        for rowid in range(1, top + 1):
            try:
                row = src.execute(f"SELECT {columns} FROM tokens WHERE rowid = ?", (rowid,))
                found = row.fetchall()
            except sqlite3.DatabaseError:
                found = []
            if found:
                misses = 0
                saved += keep(found)
            else:
                misses += 1
                if misses > 10_000:  # far past the last row
                    break
        return saved
    finally:
        src.close()
