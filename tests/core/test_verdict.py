"""The verdict rule has one home (core.verdict): the Python reading (the Verdict column) and
the SQL rendering (the history's sort key) agree on every combination of the columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.history import SORT_KEYS, HistoryStore, TokenRecord
from omise_token_gui.core.verdict import (
    CHARGE_STATUSES,
    FIELDS,
    RANK,
    VERDICT_SQL,
    Row,
    verdict,
)

STATUSES = st.sampled_from((*CHARGE_STATUSES, "", "weird"))
CODES = st.sampled_from((None, "", "insufficient_fund", "payment_rejected", "stolen_or_lost_card"))


def sql_rank(conn: sqlite3.Connection, row: Row) -> int:
    conn.execute("DELETE FROM t")
    conn.execute("INSERT INTO t VALUES (?, ?, ?, ?)", tuple(row[f] for f in FIELDS))
    (rank,) = conn.execute(f"SELECT {VERDICT_SQL} FROM t").fetchone()
    return int(rank)


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    # Same column types as the history's tokens table (charge_status is NOT NULL there).
    db.execute(
        "CREATE TABLE t (charge_status TEXT NOT NULL, expected_charge_status TEXT, "
        "failure_code TEXT, expected_failure_code TEXT)"
    )
    yield db
    db.close()  # Python 3.13 warns about an unclosed connection


@given(
    charge=STATUSES,
    expected=st.one_of(st.none(), STATUSES),
    code=CODES,
    expected_code=CODES,
)
def test_python_and_sql_agree_on_every_combination(
    conn: sqlite3.Connection,
    charge: str,
    expected: str | None,
    code: str | None,
    expected_code: str | None,
) -> None:
    row = {
        "charge_status": charge,
        "expected_charge_status": expected,
        "failure_code": code,
        "expected_failure_code": expected_code,
    }
    assert sql_rank(conn, row) == RANK[verdict(row)]


def test_every_combination_exhaustively(conn: sqlite3.Connection) -> None:
    statuses = (*CHARGE_STATUSES, "")
    codes = (None, "", "insufficient_fund", "payment_rejected")
    checked = 0
    for charge in statuses:
        for expected in (None, *statuses):
            for code in codes:
                for expected_code in codes:
                    row = {
                        "charge_status": charge,
                        "expected_charge_status": expected,
                        "failure_code": code,
                        "expected_failure_code": expected_code,
                    }
                    assert sql_rank(conn, row) == RANK[verdict(row)], row
                    checked += 1
    assert checked == 7 * 8 * 4 * 4


@pytest.mark.parametrize(
    ("charge", "code", "expected_code", "want"),
    [
        # The corners where the two old copies disagreed: an empty failure code is no code,
        # and a failure code on a successful charge is not compared.
        ("failed", "", "insufficient_fund", True),
        ("successful", "payment_rejected", "insufficient_fund", True),
        ("failed", "payment_rejected", "insufficient_fund", False),
        ("failed", None, "insufficient_fund", True),
    ],
)
def test_the_corners_where_the_old_copies_differed(
    conn: sqlite3.Connection, charge: str, code: str, expected_code: str, want: bool
) -> None:
    row = {
        "charge_status": charge,
        "expected_charge_status": charge,
        "failure_code": code,
        "expected_failure_code": expected_code,
    }
    assert verdict(row) is want
    assert sql_rank(conn, row) == RANK[want]


def test_the_history_sorts_by_the_verdict_it_shows() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    cases = [
        ("failed", "", "failed", "insufficient_fund"),  # True
        ("pending", None, "successful", None),  # None
        ("failed", "payment_rejected", "failed", "insufficient_fund"),  # False
        ("successful", "payment_rejected", "successful", "insufficient_fund"),  # True
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
            )
            for i, (charge, code, expected, expected_code) in enumerate(cases)
        )
        shown = [r.verdict for r in store.page(0, 10, sort="verdict", descending=False)]
    finally:
        store.close()
    assert "verdict" in SORT_KEYS
    assert [RANK[v] for v in shown] == sorted(RANK[v] for v in shown)
    assert shown == [None, False, True, True]
