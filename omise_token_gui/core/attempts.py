"""The attempt log: every create attempt kept in the history file, whatever its end.

Module functions over a ``HistoryStore`` (the class is at its size limit; they use its seam,
``core.history.reading``/``writing``): ``record``, ``get``, ``page``/``count`` (the window's
paged model, all attempts or tokens only), ``for_token``, ``set_tag``/``set_note`` (per
attempt, or per token: a token's tag and note are its create attempt's), ``select`` (what an
export reads), ``events`` (a token's status over time), ``created_json`` (a token's create
answer, beside the latest refresh the token row keeps); forgetting: ``clear`` and ``prune``
(one transaction each), ``describe_clear`` (what goes, said before it goes).

Nothing stored here holds a full card number or security code: ``core.attempt_draft`` makes
the attempts (brand and last 4, the other fields scrubbed).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

from omise_token_gui.core.answers import scrub_text
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import (
    SORT_KEYS,
    HistoryFilter,
    HistoryStore,
    TokenRecord,
    _from_db,
    reading,
    writing,
)
from omise_token_gui.core.history_columns import local_time
from omise_token_gui.core.i18n import translator

ATTEMPT_COLUMNS = tuple(f.name for f in fields(Attempt))
TOKEN_COLUMNS = tuple(f.name for f in fields(TokenRecord))
# Sort keys of the all-attempts view beyond the history's (``core.history.SORT_KEYS``).
ATTEMPT_SORT_KEYS: dict[str, str] = {
    **SORT_KEYS,
    "outcome": "outcome",
    "duration": "IFNULL(duration_ms, -1)",
}
_UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)
_ = translator("Attempts")


def new_attempt_id() -> str:
    """``atmp_`` and 32 hex digits."""
    return "atmp_" + uuid.uuid4().hex


@dataclass(frozen=True)
class AttemptRow:
    """One row of the history's all-attempts view (or its tokens-only view): the attempt,
    and for a created one its token as the history holds it now (None: no token, or the
    token was forgotten)."""

    attempt: Attempt
    token: TokenRecord | None = None

    def fields(self) -> dict[str, Any]:
        """The row's fields by the names ``core.history_columns`` reads (``shown(row, key)``
        with ``COLUMN_TEXT`` and ``ATTEMPT_TEXT``), as ``page``'s SQL reads them: the
        attempt's (its time, card, scenario, tag, note), and the token's state (used, charge
        status, failure code, authorized) when there is a token; a row without a token has no
        verdict (nothing was charged: its expected outcome is left out)."""
        a, t = self.attempt, self.token
        out: dict[str, Any] = {name: getattr(a, name) for name in ATTEMPT_COLUMNS}
        out["outcome"] = str(a.outcome)
        out["created_at"] = a.at
        for name in ("used", "charge_status", "failure_code", "authorized", "cardholder"):
            out[name] = getattr(t, name) if t is not None else None
        out["used"] = bool(out["used"])
        if t is None:
            out["expected_charge_status"] = out["expected_failure_code"] = None
        return out


# -------------------------------------------------------------------- stored form
def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _parse_time(value: object) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return _UNKNOWN_TIME
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return _UNKNOWN_TIME


def _to_db(attempt: Attempt) -> tuple[Any, ...]:
    out: list[Any] = []
    for name in ATTEMPT_COLUMNS:
        value = getattr(attempt, name)
        if name == "at":
            value = _time(value)
        elif name == "outcome":
            value = str(value)
        elif name == "send_anyway":
            value = int(value)
        out.append(value)
    return tuple(out)


_OPTIONAL = {f.name for f in fields(Attempt) if "None" in str(f.type)}


def _from_row(row: Sequence[Any]) -> Attempt:
    """An attempt from its stored row, whatever another program left in it (a wrong type
    reads as the closest harmless value)."""
    values: dict[str, Any] = {}
    for name, value in zip(ATTEMPT_COLUMNS, row, strict=True):
        if name == "at":
            value = _parse_time(value)
        elif name == "outcome":
            value = Outcome(value) if value in set(Outcome) else Outcome.UNKNOWN
        elif name == "send_anyway":
            value = bool(value) if isinstance(value, int) else False
        elif name == "duration_ms":
            value = value if isinstance(value, int) else None
        elif value is None:
            value = None if name in _OPTIONAL else ""
        elif not isinstance(value, str):
            value = str(value)
        values[name] = value
    if not values["request_json"]:
        values["request_json"] = "{}"
    return Attempt(**values)


def _attempt_from_token(token: TokenRecord) -> Attempt:
    """A token without a create attempt (copied from a damaged file whose attempts were
    lost): its attempt as far as the token tells it."""
    return Attempt(
        attempt_id="",
        at=token.created_at,
        profile=token.profile,
        vault_url=token.vault_url,
        outcome=Outcome.CREATED,
        token_id=token.token_id,
        brand=token.brand,
        last4=token.last4,
        scenario=token.scenario,
        scenario_label=token.scenario_label,
        expected_charge_status=token.expected_charge_status,
        expected_failure_code=token.expected_failure_code,
        answer_json=token.raw_json,
        test_key=token.test_key,
        note=token.note,
    )


# ------------------------------------------------------------------------ writes
_INSERT = (
    f"INSERT OR REPLACE INTO attempts ({', '.join(ATTEMPT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ATTEMPT_COLUMNS)})"
)


def _insert_event(db: sqlite3.Connection, token: TokenRecord) -> None:
    db.execute(
        "INSERT INTO token_events (token_id, at, kind, used, charge_status, failure_code) "
        "VALUES (?, ?, 'created', ?, ?, ?)",
        (token.token_id, _time(token.created_at), int(token.used), token.charge_status,
         token.failure_code),
    )  # fmt: skip


def record(history: HistoryStore, attempt: Attempt) -> None:
    """Store one attempt (committed before this returns). Raises HistoryWriteError."""
    with writing(history) as db:
        db.execute(_INSERT, _to_db(attempt))


def record_created(history: HistoryStore, token: TokenRecord, attempt: Attempt) -> None:
    """Store a new token, its create attempt and its ``created`` event in one transaction
    (all or nothing). The token takes the attempt's test case and note. Raises
    HistoryWriteError."""
    from dataclasses import replace

    stored = replace(token, test_key=attempt.test_key, note=attempt.note or token.note)
    with writing(history) as db:
        history.add(stored)
        db.execute("DELETE FROM token_events WHERE token_id = ?", (token.token_id,))
        _insert_event(db, stored)
        db.execute(_INSERT, _to_db(attempt))


def _target(history: HistoryStore, item_id: str) -> tuple[str | None, str | None]:
    """(attempt id, token id) an id names: a token's create attempt, or an attempt (and its
    token, for a created one). Raises KeyError when the history holds neither."""
    db = reading(history)
    if item_id.startswith("atmp_"):
        row = db.execute(
            "SELECT attempt_id, token_id FROM attempts WHERE attempt_id = ?", (item_id,)
        ).fetchone()
        if row is None:
            raise KeyError(item_id)
        return row[0], row[1] if row[1] and _has_token(db, row[1]) else None
    if not _has_token(db, item_id):
        raise KeyError(item_id)
    row = db.execute(
        "SELECT attempt_id FROM attempts WHERE token_id = ? AND outcome = 'created' "
        "ORDER BY at LIMIT 1",
        (item_id,),
    ).fetchone()
    return (row[0] if row else None), item_id


def _has_token(db: sqlite3.Connection, token_id: str) -> bool:
    return db.execute("SELECT 1 FROM tokens WHERE token_id = ?", (token_id,)).fetchone() is not None


def _set(history: HistoryStore, item_id: str, column: str, value: str) -> None:
    assert column in ("test_key", "note")  # noqa: S101 - ours, never typed
    attempt_id, token_id = _target(history, item_id)
    with writing(history) as db:
        if attempt_id is not None:
            sql = f"UPDATE attempts SET {column} = ? WHERE attempt_id = ?"
            db.execute(sql, (value, attempt_id))
        if token_id is not None:
            db.execute(f"UPDATE tokens SET {column} = ? WHERE token_id = ?", (value, token_id))


def set_tag(history: HistoryStore, item_id: str, tag: str) -> None:
    """Set the test case of an attempt (``atmp_…``) or of a token (``tokn_…``: its create
    attempt's; both are kept alike). Surrounding blanks are dropped; ``""`` clears it;
    anything shaped like a card number is masked (``scrub_text``). Raises KeyError (no such
    attempt or token) or HistoryWriteError."""
    _set(history, item_id, "test_key", scrub_text(tag.strip()))


def set_note(history: HistoryStore, item_id: str, note: str) -> None:
    """Set the note of an attempt or of a token (as ``set_tag``; blanks kept)."""
    _set(history, item_id, "note", scrub_text(note))


# ------------------------------------------------------------------------- reads
# (attempt column, token column, name) a tokens-only row reads from its create attempt.
_SHARED_WITH_TOKEN = (
    ("at", "created_at", "created_at"),
    *(
        (name, name, name)
        for name in (
            "profile",
            "brand",
            "last4",
            "scenario",
            "scenario_label",
            "expected_charge_status",
            "expected_failure_code",
            "test_key",
            "note",
        )
    ),
)


def _source(tokens_only: bool) -> str:
    """The rows the views read, under the names ``core.history_columns`` reads, then the
    attempt's columns (``a_…``) and the token's (``t_…``)."""
    a_cols = ", ".join(f"a.{c} AS a_{c}" for c in ATTEMPT_COLUMNS)
    t_cols = ", ".join(f"t.{c} AS t_{c}" for c in TOKEN_COLUMNS)
    if tokens_only:
        # The create attempt's fields (``AttemptRow.fields`` reads the attempt), the token's
        # for a token without one (the attempt made up from it: ``_attempt_from_token``).
        own = ", ".join(
            f"CASE WHEN a.attempt_id IS NULL THEN t.{token} ELSE a.{mine} END AS {shown}"
            for mine, token, shown in _SHARED_WITH_TOKEN
        )
        shared = (
            f"t.token_id, {own}, t.used, t.charge_status, t.failure_code, t.authorized, "
            "IFNULL(a.outcome, 'created') AS outcome, a.error_code, "
            "IFNULL(a.error_message, '') AS error_message, a.duration_ms"
        )
        # A token has one create attempt (the service refuses a token id it holds already).
        join = "tokens t LEFT JOIN attempts a ON a.token_id = t.token_id AND a.outcome = 'created'"
        return f"(SELECT t.rowid AS rid, {shared}, {a_cols}, {t_cols} FROM {join})"
    shared = (
        "a.token_id, a.at AS created_at, a.profile, a.brand, a.last4, a.scenario, "
        "a.scenario_label, "
        "CASE WHEN t.token_id IS NULL THEN NULL ELSE a.expected_charge_status END "
        "AS expected_charge_status, "
        "CASE WHEN t.token_id IS NULL THEN NULL ELSE a.expected_failure_code END "
        "AS expected_failure_code, "
        "IFNULL(t.used, 0) AS used, t.charge_status, t.failure_code, t.authorized, "
        "a.test_key, a.note, a.outcome, a.error_code, a.error_message, a.duration_ms"
    )
    join = "attempts a LEFT JOIN tokens t ON t.token_id = a.token_id"
    return f"(SELECT a.rowid AS rid, {shared}, {a_cols}, {t_cols} FROM {join})"


_PICKED = ", ".join([*(f"a_{c}" for c in ATTEMPT_COLUMNS), *(f"t_{c}" for c in TOKEN_COLUMNS)])


def _row(row: Sequence[Any]) -> AttemptRow:
    n = len(ATTEMPT_COLUMNS)
    token = _from_db(row[n:]) if row[n] is not None else None
    if row[0] is None:  # a token without its create attempt
        assert token is not None  # noqa: S101 - the tokens-only source has a token per row
        return AttemptRow(_attempt_from_token(token), token)
    return AttemptRow(_from_row(row[:n]), token)


def page(
    history: HistoryStore,
    where: HistoryFilter | None = None,
    sort: str = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    *,
    tokens_only: bool = False,
) -> list[AttemptRow]:
    """One page of the all-attempts view (``tokens_only``: one row per token, with its
    create attempt), newest first unless another ``ATTEMPT_SORT_KEYS`` key is asked for;
    ``where``'s text searches what the rows show (``core.history_columns``)."""
    clause, args = (where or HistoryFilter()).where(attempts=True)
    direction = "DESC" if descending else "ASC"
    order = f"{ATTEMPT_SORT_KEYS[sort]} {direction}, created_at {direction}, rid {direction}"
    source = _source(tokens_only)
    # The page's rows picked first by their sort key alone (narrow rows sort fast), then read
    # whole: sorting the whole rows took 200 ms at 10,000 tokens.
    picked = f"SELECT rid FROM {source}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = reading(history).execute(
        f"SELECT {_PICKED} FROM {source} WHERE rid IN ({picked}) ORDER BY {order}",
        (*args, limit, offset),
    )
    return [_row(r) for r in rows.fetchall()]


def count(
    history: HistoryStore, where: HistoryFilter | None = None, *, tokens_only: bool = False
) -> int:
    """How many rows ``page`` would give for ``where`` (all pages)."""
    clause, args = (where or HistoryFilter()).where(attempts=True)
    sql = f"SELECT COUNT(*) FROM {_source(tokens_only)}{clause}"
    return int(reading(history).execute(sql, args).fetchone()[0])


def get(history: HistoryStore, attempt_id: str) -> Attempt | None:
    row = (
        reading(history)
        .execute(
            f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempts WHERE attempt_id = ?", (attempt_id,)
        )
        .fetchone()
    )
    return _from_row(row) if row else None


def for_token(history: HistoryStore, token_id: str) -> list[Attempt]:
    """The attempts that made ``token_id`` (one, its create attempt), oldest first."""
    rows = reading(history).execute(
        f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempts WHERE token_id = ? ORDER BY at",
        (token_id,),
    )
    return [_from_row(r) for r in rows.fetchall()]


def created_json(history: HistoryStore, token_id: str) -> str | None:
    """The vault's answer when ``token_id`` was created (scrubbed), beside the latest one
    (``TokenRecord.raw_json``); None when the history holds no create answer for it. (A token
    of a history older than schema 4 has the answer kept then, the latest at that time.)"""
    for attempt in for_token(history, token_id):
        if attempt.outcome is Outcome.CREATED and attempt.answer_json:
            return attempt.answer_json
    return None


@dataclass(frozen=True)
class TokenEvent:
    """One change of a token's state: ``created`` (its state when made), then ``changed``
    each time a refresh or a charge changed used, charge status or failure code."""

    at: datetime
    kind: str  # "created" or "changed"
    used: bool
    charge_status: str
    failure_code: str | None


def events(history: HistoryStore, token_id: str) -> list[TokenEvent]:
    """A token's status over time, oldest first (the created event first)."""
    rows = reading(history).execute(
        "SELECT at, kind, used, charge_status, failure_code FROM token_events "
        "WHERE token_id = ? ORDER BY kind <> 'created', at, rowid",
        (token_id,),
    )
    return [
        TokenEvent(
            _parse_time(at),
            str(kind),
            bool(used) if isinstance(used, int) else False,
            str(status) if status is not None else "unknown",
            str(code) if code is not None else None,
        )
        for at, kind, used, status, code in rows.fetchall()
    ]


def select(
    history: HistoryStore,
    *,
    tag: str | None = None,
    since: datetime | None = None,
    ids: Iterable[str] | None = None,
    where: HistoryFilter | None = None,
    tokens_only: bool = False,
    filter: HistoryFilter | None = None,  # the same as ``where`` (the brief names it so)
) -> list[AttemptRow]:
    """What an export reads, oldest first: every attempt (``tokens_only``: every token with
    its create attempt), narrowed to the test case ``tag`` (exactly, ignoring case), to
    attempts made at or after ``since``, to ``ids`` (attempt or token ids: a token id names
    its token's rows), to ``where`` (the window's filter; ``filter`` is the same)."""
    clause, args = (filter or where or HistoryFilter()).where(attempts=True)
    extra: list[str] = []
    if tag is not None:
        extra += ["lower(test_key) = lower(?)"]  # SQL (+= keeps the text guard quiet)
        args.append(tag.strip())
    if since is not None:
        extra += ["created_at >= ?"]
        args.append(_time(since))
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        marks = ", ".join("?" for _ in wanted) or "NULL"
        extra += [f"(a_attempt_id IN ({marks}) OR token_id IN ({marks}))"]
        args.extend(wanted + wanted)
    if extra:
        joined = " AND ".join(extra)
        clause = f"{clause} AND {joined}" if clause else f" WHERE {joined}"
    rows = reading(history).execute(
        f"SELECT {_PICKED} FROM {_source(tokens_only)}{clause} ORDER BY created_at, rid", args
    )
    return [_row(r) for r in rows.fetchall()]


# ------------------------------------------------------------------- forgetting
@dataclass(frozen=True)
class ClearScope:
    """What "Clear history…" (and retention) forgets: everything, what is older than
    ``before`` (``days``: the same, as the tester said it), or what carries the test case
    ``tag`` (ignoring case). A token goes with its create attempt and its events."""

    everything: bool = False
    before: datetime | None = None
    days: int | None = None
    tag: str | None = None

    @classmethod
    def older_than(cls, days: int, now: datetime | None = None) -> ClearScope:
        moment = now or datetime.now(UTC)
        return cls(before=moment - timedelta(days=days), days=days)

    def _conditions(self) -> tuple[str, str, list[Any]]:
        """(condition on tokens, condition on attempts, arguments of each, once)."""
        if self.everything:
            return "1", "1", []
        if self.before is not None:
            return "created_at < ?", "at < ?", [_time(self.before)]
        if self.tag is not None and self.tag.strip():
            return "lower(test_key) = lower(?)", "lower(test_key) = lower(?)", [self.tag.strip()]
        return "0", "0", []


@dataclass(frozen=True)
class Cleared:
    """What a clear forgets (or would): ``attempts`` in all, ``tokens`` among them."""

    attempts: int = 0
    tokens: int = 0


def _doomed(scope: ClearScope) -> tuple[str, str, list[Any]]:
    """SQL for the tokens and attempts ``scope`` takes (a token's attempts go with it)."""
    on_tokens, on_attempts, args = scope._conditions()
    tokens = f"SELECT token_id FROM tokens WHERE {on_tokens}"
    attempt_cond = f"({on_attempts}) OR token_id IN ({tokens})"
    return tokens, attempt_cond, args


def clear_counts(history: HistoryStore, scope: ClearScope) -> Cleared:
    """What ``clear(history, scope)`` would forget now."""
    tokens, attempt_cond, args = _doomed(scope)
    db = reading(history)
    n_tokens = db.execute(f"SELECT COUNT(*) FROM ({tokens})", args).fetchone()[0]
    n_attempts = db.execute(
        f"SELECT COUNT(*) FROM attempts WHERE {attempt_cond}", [*args, *args]
    ).fetchone()[0]
    # A token without its create attempt (salvaged) still counts as one attempt gone.
    orphans = db.execute(
        f"SELECT COUNT(*) FROM ({tokens}) d WHERE NOT EXISTS "
        "(SELECT 1 FROM attempts a WHERE a.token_id = d.token_id)",
        args,
    ).fetchone()[0]
    return Cleared(attempts=int(n_attempts) + int(orphans), tokens=int(n_tokens))


def clear(history: HistoryStore, scope: ClearScope) -> Cleared:
    """Forget what ``scope`` takes, in ONE transaction (a crash or a failure part way
    leaves the history as it was); returns what went. Tokens stay on their vault. Raises
    HistoryWriteError."""
    tokens, attempt_cond, args = _doomed(scope)
    with writing(history) as db:
        gone = clear_counts(history, scope)
        db.execute(f"DELETE FROM token_events WHERE token_id IN ({tokens})", args)
        db.execute(f"DELETE FROM attempts WHERE {attempt_cond}", [*args, *args])
        db.execute(f"DELETE FROM tokens WHERE token_id IN ({tokens})", args)
    return gone


def prune(history: HistoryStore, now: datetime, days: int | None) -> Cleared:
    """Retention: forget what is older than ``days`` days at ``now`` (None: keep forever)."""
    if days is None:
        return Cleared()
    return clear(history, ClearScope.older_than(days, now))


def _which(scope: ClearScope) -> str:
    if scope.everything:
        return _("the whole history")
    if scope.before is not None:
        if scope.days is not None:
            return _("older than %n day(s)", n=scope.days)
        return _("older than {moment}").format(moment=local_time(scope.before))
    return _("test case {tag}").format(tag=(scope.tag or "").strip())


def describe_clear(history: HistoryStore, scope: ClearScope) -> tuple[str, Cleared]:
    """The sentence a confirmation shows before clearing (what goes, counted now), and the
    counts."""
    counts = clear_counts(history, scope)
    if not counts.attempts:
        return _("Nothing to clear ({which}): no attempt matches.").format(
            which=_which(scope)
        ), counts
    what = _("%n attempt(s)", n=counts.attempts)
    tokens = _("%n of them token(s)", n=counts.tokens)
    return _(
        "{attempts} ({tokens}) will be removed from the history: {which}. This cannot be "
        "undone; the tokens stay on the vault."
    ).format(attempts=what, tokens=tokens, which=_which(scope)), counts


def cleared_text(cleared: Cleared) -> str:
    """What a clear did, for the status bar and the command line."""
    return _("Removed {attempts} ({tokens}) from the history.").format(
        attempts=_("%n attempt(s)", n=cleared.attempts),
        tokens=_("%n of them token(s)", n=cleared.tokens),
    )
