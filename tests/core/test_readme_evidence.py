"""The README's "Evidence for your test run" shows what the exporter writes: each example is
the export of two fixed attempts, checked here. After a change to a format, print the new
examples with ``python -m tests.core.test_readme_evidence`` and paste them in."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.export.formats import FORMATS, render
from omise_token_gui.core.export.rows import EvidenceRow
from omise_token_gui.core.history import TokenRecord

README = Path(__file__).resolve().parents[2] / "README.md"
AT = datetime(2026, 12, 2, 3, 15, 3, tzinfo=UTC)
SHOWN = ("csv", "json", "markdown", "jira", "junit", "xray", "testrail")  # xray-server: xray's


def example_rows() -> list[EvidenceRow]:
    created = Attempt(
        attempt_id="atmp_0f1e2d3c4b5a69788796a5b4c3d2e1f0", at=AT, profile="Sandbox",
        vault_url="http://127.0.0.1:8025", outcome=Outcome.CREATED, duration_ms=84,
        token_id="tokn_test_5zy2ctk6sbhkz3qcebo", brand="Visa", last4="0011",
        scenario="insufficient_fund", scenario_label="Insufficient funds",
        expected_charge_status="failed", expected_failure_code="insufficient_fund",
        request_json=json.dumps({"name": "Somchai Prasert", "expiration_month": "12",
                                 "expiration_year": "2029"}),
        answer_json=json.dumps({"object": "token", "id": "tokn_test_5zy2ctk6sbhkz3qcebo"}),
        test_key="QA-123", note="declined as expected",
    )  # fmt: skip
    token = TokenRecord(
        token_id="tokn_test_5zy2ctk6sbhkz3qcebo", created_at=AT, profile="Sandbox",
        vault_url="http://127.0.0.1:8025", raw_json=created.answer_json, used=True,
        charge_status="failed", failure_code="insufficient_fund", brand="Visa", last4="0011",
        scenario="insufficient_fund", expected_charge_status="failed",
        expected_failure_code="insufficient_fund",
    )  # fmt: skip
    refused = Attempt(
        attempt_id="atmp_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", at=AT, profile="Sandbox",
        vault_url="http://127.0.0.1:8025", outcome=Outcome.VAULT_ERROR, duration_ms=41,
        brand="Visa", last4="4241", error_code="invalid_card",
        error_message="number is invalid", send_anyway=True, test_key="C456",
    )  # fmt: skip
    return [EvidenceRow(created, token), EvidenceRow(refused)]


def example(fmt: str) -> str:
    text = render(fmt, example_rows(), exported_at=AT, app_version="0.1.0").text
    return text.removeprefix("\ufeff").replace("\r\n", "\n").rstrip("\n")


def fence(fmt: str) -> str:
    lang = {"csv": "csv", "markdown": "markdown", "junit": "xml", "jira": "text"}.get(fmt, "json")
    return f"<!-- evidence-example: {fmt} -->\n```{lang}\n{example(fmt)}\n```"


def shown_examples() -> dict[str, str]:
    text = README.read_text("utf-8")
    found = re.findall(r"<!-- evidence-example: ([\w-]+) -->\n```\w*\n(.*?)\n```", text, re.S)
    return dict(found)


@pytest.mark.parametrize("fmt", SHOWN)
def test_the_readme_shows_what_the_exporter_writes(fmt: str) -> None:
    assert shown_examples().get(fmt) == example(fmt), f"README out of date for {fmt}"


def test_the_readme_has_an_example_of_every_format() -> None:
    assert set(shown_examples()) == set(SHOWN)
    assert set(FORMATS) - set(SHOWN) == {"xray-server"}


if __name__ == "__main__":
    for fmt in SHOWN:
        print(fence(fmt) + "\n")
