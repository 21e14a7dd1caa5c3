"""The verdict rule has one home (core.verdict): the Python reading (the Verdict column, the
command line) and the SQL rendering (the history's sort key) agree on every combination of the
columns, and both say what docs/verdicts.md says (checked here against a plain restatement
of the rule, on every combination)."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import i18n
from omise_token_gui.core.history import SORT_KEYS, HistoryStore, TokenRecord
from omise_token_gui.core.verdict import (
    CHARGE_STATUSES,
    FIELDS,
    RANK,
    RULE,
    VERDICT_SQL,
    Row,
    Verdict,
    clause,
    reason,
    verdict,
)

STATUSES = (*CHARGE_STATUSES, "", "weird")
CODES = (None, "", "insufficient_fund", "payment_rejected", "stolen_or_lost_card")
AUTHORIZED = (None, True, False)


def said(row: Row) -> Verdict:
    """The rule as docs/verdicts.md states it, written out plainly (not from the table)."""
    status, expected = row["charge_status"], row["expected_charge_status"]
    code, expected_code, authorized = (
        row["failure_code"],
        row["expected_failure_code"],
        row["authorized"],
    )
    if expected is None:
        return Verdict.NONE
    if authorized is True and status == "pending":
        return Verdict.MATCH if expected == "successful" else Verdict.MISMATCH
    if status not in ("successful", "failed", "reversed", "expired"):
        return Verdict.PENDING
    if expected == "successful" and status in ("reversed", "expired"):
        return Verdict.MATCH if authorized is True else Verdict.STATUS_ONLY
    if status != expected:
        return Verdict.MISMATCH
    if status == "failed" and expected_code:
        if not code:
            return Verdict.STATUS_ONLY
        return Verdict.MATCH if code == expected_code else Verdict.MISMATCH
    return Verdict.MATCH


def sql_rank(conn: sqlite3.Connection, row: Row) -> int:
    conn.execute("DELETE FROM t")
    conn.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", tuple(row[f] for f in FIELDS))
    (rank,) = conn.execute(f"SELECT {VERDICT_SQL} FROM t").fetchone()
    return int(rank)


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    # Same column types as the history's tokens table (charge_status is NOT NULL there).
    db.execute(
        "CREATE TABLE t (charge_status TEXT NOT NULL, expected_charge_status TEXT, "
        "failure_code TEXT, expected_failure_code TEXT, authorized INTEGER)"
    )
    yield db
    db.close()  # Python 3.13 warns about an unclosed connection


def row_of(
    charge: str, expected: str | None, code: str | None, expected_code: str | None, auth: object
) -> dict[str, object]:
    return {
        "charge_status": charge,
        "expected_charge_status": expected,
        "failure_code": code,
        "expected_failure_code": expected_code,
        "authorized": auth,
    }


@given(
    charge=st.sampled_from(STATUSES),
    expected=st.one_of(st.none(), st.sampled_from(STATUSES)),
    code=st.sampled_from(CODES),
    expected_code=st.sampled_from(CODES),
    auth=st.sampled_from(AUTHORIZED),
)
def test_python_and_sql_agree_on_every_row(
    conn: sqlite3.Connection,
    charge: str,
    expected: str | None,
    code: str | None,
    expected_code: str | None,
    auth: bool | None,
) -> None:
    row = row_of(charge, expected, code, expected_code, auth)
    assert sql_rank(conn, row) == RANK[verdict(row)]
    assert verdict(row) is said(row)


def test_every_combination_exhaustively(conn: sqlite3.Connection) -> None:
    """Every combination: the table, its SQL and the rule as written agree; each of the five
    verdicts and every clause of the table is reached."""
    seen: set[Verdict] = set()
    clauses: set[int] = set()
    checked = 0
    for charge, expected, code, expected_code, auth in itertools.product(
        STATUSES, (None, *STATUSES), CODES, CODES, AUTHORIZED
    ):
        row = row_of(charge, expected, code, expected_code, auth)
        got = verdict(row)
        assert got is said(row), row
        assert sql_rank(conn, row) == RANK[got], row
        seen.add(got)
        clauses.add(id(clause(row)))
        checked += 1
    assert checked == 8 * 9 * 5 * 5 * 3
    assert seen == set(Verdict)
    assert {id(line) for line in RULE} <= clauses


@pytest.mark.parametrize(
    ("charge", "expected", "code", "expected_code", "auth", "want"),
    [
        # not a catalog card: nothing to compare, whatever the charge did
        ("failed", None, "payment_rejected", None, None, Verdict.NONE),
        # authorize only (capture=false) on a card that should succeed: Omise's plugins' rule
        ("pending", "successful", None, None, True, Verdict.MATCH),
        ("pending", "failed", None, "insufficient_fund", True, Verdict.MISMATCH),
        # 3-D Secure passes through pending (not authorized yet)
        ("pending", "successful", None, None, None, Verdict.PENDING),
        ("pending", "failed", None, "insufficient_fund", False, Verdict.PENDING),
        ("unknown", "successful", None, None, None, Verdict.PENDING),
        # a real checkout's token: the status is seen, the failure code is not
        ("failed", "failed", None, "insufficient_fund", None, Verdict.STATUS_ONLY),
        ("failed", "failed", "", "insufficient_fund", None, Verdict.STATUS_ONLY),
        ("failed", "failed", "insufficient_fund", "insufficient_fund", False, Verdict.MATCH),
        ("failed", "failed", "failed_fraud_check", "insufficient_fund", False, Verdict.MISMATCH),
        ("failed", "successful", "insufficient_fund", None, False, Verdict.MISMATCH),
        ("successful", "failed", None, "insufficient_fund", True, Verdict.MISMATCH),
        ("successful", "successful", None, None, True, Verdict.MATCH),
        # a failure code on a successful charge is not compared
        ("successful", "successful", "payment_rejected", "insufficient_fund", None, Verdict.MATCH),
        # reversed / expired (docs/verdicts.md): authorized first, then not captured
        ("reversed", "successful", None, None, True, Verdict.MATCH),
        ("expired", "successful", None, None, None, Verdict.STATUS_ONLY),
        ("reversed", "failed", None, "insufficient_fund", None, Verdict.MISMATCH),
    ],
)
def test_the_rule_table(
    conn: sqlite3.Connection,
    charge: str,
    expected: str | None,
    code: str | None,
    expected_code: str | None,
    auth: bool | None,
    want: Verdict,
) -> None:
    row = row_of(charge, expected, code, expected_code, auth)
    assert verdict(row) is want
    assert sql_rank(conn, row) == RANK[want]


def test_each_verdict_says_why_in_both_languages() -> None:
    status_only = row_of("failed", "failed", None, "insufficient_fund", None)
    assert "public key cannot read the charge's failure code" in reason(status_only)
    mismatch = row_of("failed", "failed", "failed_fraud_check", "insufficient_fund", None)
    assert "insufficient_fund" in reason(mismatch)
    assert "failed_fraud_check" in reason(mismatch)
    assert "3-D Secure" in reason(row_of("pending", "successful", None, None, None))
    assert "capture=false" in reason(row_of("pending", "successful", None, None, True))
    for line in RULE:
        assert line.reason.strip(), line
    with i18n.speaking(i18n.THAI):
        thai = reason(status_only)
    assert thai != reason(status_only)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in thai)


def test_the_history_sorts_by_the_verdict_it_shows() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    cases = [
        ("failed", "", "failed", "insufficient_fund", None),  # status_only
        ("pending", None, "successful", None, None),  # pending
        ("failed", "payment_rejected", "failed", "insufficient_fund", None),  # mismatch
        ("successful", "payment_rejected", "successful", "insufficient_fund", None),  # match
        ("pending", None, "successful", None, True),  # match (authorize only)
        ("successful", None, None, None, None),  # none
    ]
    store = HistoryStore(":memory:")
    try:
        store.add_many(
            TokenRecord(
                token_id=f"tokn_test_{i:011d}x",
                created_at=t0 + timedelta(seconds=i),
                profile="Sandbox",
                vault_url="http://127.0.0.1:1",
                raw_json="{}",
                charge_status=charge,
                failure_code=code,
                expected_charge_status=expected,
                expected_failure_code=expected_code,
                authorized=auth,
            )
            for i, (charge, code, expected, expected_code, auth) in enumerate(cases)
        )
        shown = [r.verdict for r in store.page(0, 10, sort="verdict", descending=False)]
    finally:
        store.close()
    assert "verdict" in SORT_KEYS
    assert shown == [
        Verdict.NONE,
        Verdict.PENDING,
        Verdict.MISMATCH,
        Verdict.STATUS_ONLY,
        Verdict.MATCH,
        Verdict.MATCH,
    ]
