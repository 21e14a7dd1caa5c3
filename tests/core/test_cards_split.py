"""cards.validate, split into one check per field, is the same function it was: held to the
old single function on random input (this file keeps it while the split is checked)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from omise_token_gui.core.cards import (
    _CONTROL_RE,
    MAX_FIELD_LENGTH,
    CardInput,
    _brand_rule,
    _parse_int,
    full_year,
    luhn_ok,
    normalize_number,
    validate,
    vault_today,
)
from omise_token_gui.core.errors import FieldProblem


def validate_before_split(card: CardInput, today: date | None = None) -> list[FieldProblem]:
    """Field-level problems, in form order. An empty list means the card looks sendable.

    Expiry is judged against ``today`` (default: :func:`vault_today`, the UTC date), the same
    rule the vault applies, so the form never calls a card expired that the vault accepts."""
    today = today or vault_today()
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    for f in fields(card):
        value: str = getattr(card, f.name)
        if len(value) > MAX_FIELD_LENGTH:
            problem(f.name, f"Too long: at most {MAX_FIELD_LENGTH} characters.")
        elif _CONTROL_RE.search(value):
            problem(f.name, "Contains control characters (tabs, line breaks or NUL).")
    bad_fields = {p.field for p in problems}

    if "name" not in bad_fields and not card.name.strip():
        problem("name", "Name is required.")

    digits = normalize_number(card.number)
    rule = _brand_rule(digits)
    if "number" in bad_fields:
        pass
    elif not digits:
        problem("number", "Card number is required.")
    elif not digits.isascii() or not digits.isdigit():
        problem("number", "Card number may hold only digits, spaces and dashes.")
    elif rule is None:
        problem("number", "Brand not supported: no known card brand starts with these digits.")
    elif len(digits) not in rule.lengths:
        sizes = [str(n) for n in rule.lengths]
        allowed = ", ".join(sizes[:-1]) + " or " + sizes[-1] if len(sizes) > 1 else sizes[0]
        problem("number", f"A {rule.brand} number has {allowed} digits, not {len(digits)}.")
    elif not luhn_ok(digits):
        problem("number", "Card number fails the Luhn check (a digit is probably mistyped).")

    month = _parse_int(card.expiration_month)
    year = full_year(card.expiration_year)
    if "expiration_month" not in bad_fields:
        if not card.expiration_month.strip():
            problem("expiration_month", "Expiry month is required.")
        elif month is None or not 1 <= month <= 12:
            problem("expiration_month", "Expiry month must be between 1 and 12.")
    if "expiration_year" not in bad_fields:
        if not card.expiration_year.strip():
            problem("expiration_year", "Expiry year is required.")
        elif year is None:
            problem("expiration_year", "Expiry year must be 2 or 4 digits (27 or 2027).")
    if month is not None and 1 <= month <= 12 and year is not None:
        if (year, month) < (today.year, today.month):
            problem("expiration_year", "Expiry date is in the past.")
        elif year > today.year + 50:
            problem("expiration_year", "Expiry year is too far in the future.")

    code = card.security_code.strip()
    if code and "security_code" not in bad_fields:
        if not code.isascii() or not code.isdigit():
            problem("security_code", "Security code may hold only digits.")
        elif rule is not None and len(code) != rule.cvv_length:
            problem("security_code", f"A {rule.brand} security code has {rule.cvv_length} digits.")
        elif rule is None and len(code) not in (3, 4):
            problem("security_code", "Security code has 3 or 4 digits.")

    country = card.country.strip()
    if (
        country
        and "country" not in bad_fields
        and not (len(country) == 2 and country.isascii() and country.isalpha())
    ):
        problem("country", "Country must be a two-letter ISO 3166 code, like TH or US.")
    return problems


PIECES = st.sampled_from(
    [
        "",
        " ",
        "4242",
        "4242 4242 4242 4242",
        "378282246310005",
        "3530111333300000",
        "12",
        "1",
        "13",
        "0",
        "27",
        "2027",
        "1999",
        "2099",
        "2200",
        "123",
        "1234",
        "12a",
        "TH",
        "T1",
        "\x00",
        "\t",
        "-",
        "x" * 256,
        "٣",
        "Somchai",
        "abc",
    ]
)
FIELD = st.lists(PIECES, max_size=4).map("".join)
CARDS = st.builds(CardInput, **{f.name: FIELD for f in fields(CardInput)})
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=3000)
@given(CARDS, DAYS)
def test_the_split_validate_equals_the_old_one(card: CardInput, today: date) -> None:
    assert validate(card, today) == validate_before_split(card, today)
