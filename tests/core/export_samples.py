"""Fake attempts (``core.evidence.Attempt``) and their tokens for the export tests: one of each
outcome, Thai text, formula starts, pipes and line breaks, and card numbers typed into notes
(which no export may carry)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.export.rows import EvidenceRow
from omise_token_gui.core.history import TokenRecord

AT = datetime(2026, 12, 2, 3, 15, 3, tzinfo=UTC)
EXPORTED_AT = datetime(2026, 12, 2, 4, 0, 0, tzinfo=UTC)
SANDBOX_URL = "http://127.0.0.1:8025"
# Numbers a tester might paste into a note: none may come out of any export.
PASTED = ("4242 4242 4242 4242", "4111-1111-1111-1111", "5555555555554444", "378282246310005")


def attempt_id(n: int) -> str:
    return f"atmp_{n:0>2}" + "ab" * 15


def _request(name: str = "Somchai Prasert") -> str:
    return json.dumps(
        {"name": name, "expiration_month": "12", "expiration_year": "2029", "city": "กรุงเทพฯ"},
        ensure_ascii=False,
    )


def _token(
    token_id: str, charge: str, code: str | None, expected: str, expected_code: str | None
) -> TokenRecord:
    return TokenRecord(
        token_id=token_id,
        created_at=AT,
        profile="Sandbox",
        vault_url=SANDBOX_URL,
        raw_json=json.dumps({"object": "token", "id": token_id, "used": True, "card": None}),
        used=True,
        charge_status=charge,
        failure_code=code,
        brand="Visa",
        last4="4242",
        scenario="successful" if expected_code is None else expected_code,
        expected_charge_status=expected,
        expected_failure_code=expected_code,
    )


def samples() -> list[EvidenceRow]:
    created = Attempt(
        attempt_id=attempt_id(1), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.CREATED, duration_ms=84, token_id="tokn_test_match",
        brand="Visa", last4="4242", scenario="successful", scenario_label="Successful",
        expected_charge_status="successful", request_json=_request(),
        answer_json=json.dumps(
            {"object": "token", "id": "tokn_test_match", "card": {"last_digits": "4242"}}
        ),
        test_key="QA-101", note="ชำระเงินสำเร็จ | ok\nsecond line",
    )  # fmt: skip
    mismatch = Attempt(
        attempt_id=attempt_id(2), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.CREATED, duration_ms=91, token_id="tokn_test_mismatch",
        brand="Visa", last4="0011", scenario="insufficient_fund",
        expected_charge_status="failed", expected_failure_code="insufficient_fund",
        request_json=_request("=HYPERLINK(\"http://x\")"), test_key="C42",
        note="=HYPERLINK(x) " + PASTED[0],
    )  # fmt: skip
    expected_error = Attempt(
        attempt_id=attempt_id(3), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.VAULT_ERROR, duration_ms=40, brand="Visa", last4="4241",
        error_code="invalid_card", error_message="number is invalid", send_anyway=True,
        request_json=_request(), test_key="C43", note="+cmd|' /C calc'!A0 " + PASTED[1],
    )  # fmt: skip
    refused = Attempt(
        attempt_id=attempt_id(4), at=AT, profile="Staging", vault_url="https://vault.omise.co",
        outcome=Outcome.REFUSED, duration_ms=0, brand="Mastercard", last4="4444",
        error_code="invalid_card", error_message="-Expiry month: must be 1-12\tsee form",
        request_json=_request(), test_key="QA-102", note="@SUM(A1) " + PASTED[2],
    )  # fmt: skip
    network = Attempt(
        attempt_id=attempt_id(5), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.NETWORK, duration_ms=10000, brand="Amex", last4="0005",
        error_code="timeout", error_message="The vault did not answer in 10 s.",
        test_key="", note="\tTab " + PASTED[3] + " {code} [link] a\\b",
    )  # fmt: skip
    cancelled = Attempt(
        attempt_id=attempt_id(6), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.CANCELLED, duration_ms=300, brand="Visa", last4="4242",
        scenario="successful", test_key="QA-103", note="ยกเลิก",
    )  # fmt: skip
    pending = Attempt(
        attempt_id=attempt_id(7), at=AT, profile="Sandbox", vault_url=SANDBOX_URL,
        outcome=Outcome.CREATED, duration_ms=70, token_id="tokn_test_pending",
        brand="Visa", last4="4242", scenario="successful",
        expected_charge_status="successful", test_key="C44",
    )  # fmt: skip
    return [
        EvidenceRow(created, _token("tokn_test_match", "successful", None, "successful", None)),
        EvidenceRow(
            mismatch,
            _token("tokn_test_mismatch", "successful", None, "failed", "insufficient_fund"),
        ),
        EvidenceRow(expected_error),
        EvidenceRow(refused),
        EvidenceRow(network),
        EvidenceRow(cancelled),
        EvidenceRow(pending, _token("tokn_test_pending", "unknown", None, "successful", None)),
    ]
