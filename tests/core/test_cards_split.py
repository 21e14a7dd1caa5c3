"""cards.validate, split into one check per field, answers as the single function it replaced
did: its answers on 400 varied cards (all 12 fields, junk, control characters, over-long text,
every brand, expiry around ``today``) were recorded from that function before it was deleted
(tests/core/data/validate_expectations.json), and the split one must give them exactly,
messages and order included."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.cards import CardInput, validate
from omise_token_gui.core.errors import FieldProblem

RECORDED: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "validate_expectations.json").read_text(encoding="utf-8")
)
LONG = "<256 x>"  # stands for "x" * 256 in the recording


def _card(values: dict[str, str]) -> CardInput:
    return CardInput(**{k: ("x" * 256 if v == LONG else v) for k, v in values.items()})


@pytest.mark.parametrize("case", RECORDED["cases"], ids=lambda c: c["today"])
def test_validate_gives_the_recorded_answers(case: dict[str, Any]) -> None:
    expected = [FieldProblem(f, RECORDED["messages"][i]) for f, i in case["problems"]]
    assert validate(_card(case["card"]), date.fromisoformat(case["today"])) == expected


def test_the_recording_covers_every_message_and_field() -> None:
    seen_fields = {f for case in RECORDED["cases"] for f, _ in case["problems"]}
    assert len(RECORDED["cases"]) == 400
    assert len(RECORDED["messages"]) >= 19
    assert {"name", "number", "expiration_month", "expiration_year"} <= seen_fields
    assert {"security_code", "country"} <= seen_fields


TEXT = st.text(alphabet="0123456789 -xT\t\x00٣", max_size=20)


@given(st.builds(CardInput, **{f.name: TEXT for f in fields(CardInput)}), st.dates())
def test_validate_never_raises_and_names_real_fields(card: CardInput, today: date) -> None:
    names = {f.name for f in fields(CardInput)}
    problems = validate(card, today)
    assert {p.field for p in problems} <= names
    assert all(p.message.endswith(".") for p in problems)
