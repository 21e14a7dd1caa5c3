from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.cards import (
    CardInput,
    detect_brand,
    full_year,
    luhn_ok,
    normalize_number,
    validate,
    vault_today,
)
from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.emulator.state import card_problems
from tests.helpers import card

TODAY = date(2026, 11, 28)


def problems(c: CardInput) -> dict[str, str]:
    return {p.field: p.message for p in validate(c, TODAY)}


def test_catalog_has_every_reference_card() -> None:
    catalog = load_catalog()
    assert len(catalog) == 49
    scenarios = catalog.scenarios()
    assert scenarios[0] == "successful"
    assert set(scenarios) == {
        "successful",
        "insufficient_fund",
        "stolen_or_lost_card",
        "failed_processing",
        "payment_rejected",
        "failed_fraud_check",
        "invalid_account_number",
        "invalid_security_code",
        "3ds_enrollment_failed",
        "3ds_validation_failed",
    }
    assert len(catalog.by_scenario("successful")) == 10
    assert len(catalog.by_scenario("failed_processing")) == 7
    assert {c.confidence for c in catalog} == {"high", "medium", "low", "doubtful"}
    assert len({c.number for c in catalog}) == 49


@pytest.mark.parametrize("entry", list(load_catalog()), ids=lambda c: c.number)
def test_every_catalog_card_passes_validation_with_its_brand(entry: CatalogCard) -> None:
    assert luhn_ok(entry.number)
    assert detect_brand(entry.number) == entry.brand
    code = "1234" if entry.brand == "American Express" else "123"
    assert validate(card(entry.number, security_code=code), TODAY) == []
    if entry.scenario == "successful":
        assert entry.expected_outcome == "successful"
    else:
        assert entry.expected_charge_status == "failed"
        assert entry.expected_outcome.startswith("failed: ")


def test_lookup_ignores_spaces_and_dashes() -> None:
    catalog = load_catalog()
    entry = catalog.lookup("4111-1111 1114 0011")
    assert entry is not None
    assert entry.scenario == "insufficient_fund"
    assert (entry.source, entry.confidence) == ("omise_docs", "high")
    assert catalog.lookup("4000000000000002") is None


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("2221000000000009", "MasterCard"),
        ("2720990000000007", "MasterCard"),
        ("2721000000000004", None),
        ("6011000990139424", "Discover"),
        ("6447032400000000001", "Discover"),
        ("36021042000004", "Diners Club"),
        ("30569309025904", "Diners Club"),
        ("3530111333300000", "JCB"),
        ("6250947000000006", "UnionPay"),
        ("378282246310005", "American Express"),
        ("9999999999999995", None),
        ("", None),
        ("abcd", None),
    ],
)
def test_brand_from_iin(number: str, brand: str | None) -> None:
    assert detect_brand(number) == brand


def test_valid_card_has_no_problems() -> None:
    assert problems(card()) == {}
    assert problems(card("4242 4242-4242 4242")) == {}


def test_each_problem_lands_on_its_field() -> None:
    assert "Luhn" in problems(card("4242424242424241"))["number"]
    assert "required" in problems(card(""))["number"]
    assert "Brand not supported" in problems(card("9999999999999995"))["number"]
    assert problems(card("424242424242424"))["number"] == (
        "A Visa number has 13, 16 or 19 digits, not 15."
    )
    assert "has 16 digits" in problems(card("555555555555444"))["number"]
    assert "only digits" in problems(card("4242x42424242424"))["number"]
    assert "required" in problems(card(name="  "))["name"]
    assert "between 1 and 12" in problems(card(expiration_month="13"))["expiration_month"]
    assert "between 1 and 12" in problems(card(expiration_month="0"))["expiration_month"]
    assert "required" in problems(card(expiration_month=""))["expiration_month"]
    assert "2 or 4 digits" in problems(card(expiration_year="202"))["expiration_year"]
    assert (
        "past" in problems(card(expiration_month="10", expiration_year="2026"))["expiration_year"]
    )
    assert "3 digits" in problems(card(security_code="12"))["security_code"]
    assert "4 digits" in problems(card("378282246310005", security_code="123"))["security_code"]
    assert "two-letter" in problems(card(country="THA"))["country"]
    assert "control" in problems(card(name="a\x00b"))["name"]
    assert "Too long" in problems(card(city="x" * 10_000))["city"]


def test_expiry_this_month_is_still_valid_and_two_digit_years_work() -> None:
    assert problems(card(expiration_month="11", expiration_year="2026")) == {}
    assert problems(card(expiration_month="11", expiration_year="26")) == {}
    assert "past" in problems(card(expiration_month="10", expiration_year="26"))["expiration_year"]
    assert full_year("27") == 2027
    assert full_year("2027") == 2027
    assert full_year("227") is None
    assert full_year("２７") is None


def test_form_fields_are_the_seed_curl_fields() -> None:
    form = card("4242 4242 4242 4242", street2="").form_fields()
    assert form["card[number]"] == "4242424242424242"
    assert form["card[name]"] == "Somchai Prasert"
    assert "card[street2]" not in form  # empty optional fields are left out
    assert set(form) <= {f"card[{f.name}]" for f in fields(CardInput)}
    assert normalize_number(" 4242-4242 ") == "42424242"


@given(st.builds(CardInput, **{f.name: st.text(max_size=300) for f in fields(CardInput)}))
def test_validate_never_raises(c: CardInput) -> None:
    result = validate(c)
    assert all(p.field in {f.name for f in fields(CardInput)} for p in result)
    assert all(p.message for p in result)


@given(st.text(alphabet="0123456789", min_size=12, max_size=19))
def test_luhn_matches_a_reference_implementation(digits: str) -> None:
    total = sum(
        sum(divmod(int(d) * (2 if i % 2 else 1), 10)) for i, d in enumerate(reversed(digits))
    )
    assert luhn_ok(digits) == (total % 10 == 0)


# ---------------------------------------------------------------- expiry by the vault's date
BANGKOK = ZoneInfo("Asia/Bangkok")  # UTC+7
HONOLULU = ZoneInfo("Pacific/Honolulu")  # UTC-10


def _expired_in_form(c: CardInput, now: datetime) -> bool:
    return any("past" in p.message for p in validate(c, vault_today(lambda: now)))


def _expired_in_vault(c: CardInput, now: datetime) -> bool:
    problems = card_problems(
        {f.name: getattr(c, f.name) for f in fields(c)}, now.astimezone(UTC).date()
    )
    return "expiration date cannot be in the past" in problems


def test_just_after_midnight_in_bangkok_last_months_card_is_still_good() -> None:
    # 1 Dec 03:00 in Bangkok is still 30 Nov in UTC: the vault accepts 11/2026.
    now = datetime(2026, 12, 1, 3, 0, tzinfo=BANGKOK)
    nov = card(expiration_month="11", expiration_year="2026")
    assert vault_today(lambda: now) == date(2026, 11, 30)
    assert not _expired_in_form(nov, now)
    assert not _expired_in_vault(nov, now)


def test_late_evening_in_utc_minus_10_last_months_card_is_already_expired() -> None:
    # 30 Nov 20:00 in Honolulu is already 1 Dec in UTC: the vault refuses 11/2026.
    now = datetime(2026, 11, 30, 20, 0, tzinfo=HONOLULU)
    nov = card(expiration_month="11", expiration_year="2026")
    assert vault_today(lambda: now) == date(2026, 12, 1)
    assert _expired_in_form(nov, now)
    assert _expired_in_vault(nov, now)


@given(
    st.sampled_from([BANGKOK, HONOLULU, ZoneInfo("UTC"), ZoneInfo("Pacific/Kiritimati")]),
    st.integers(2026, 2030),
    st.integers(1, 12),
    st.integers(-15 * 60, 15 * 60),
    st.integers(-1, 1),
)
def test_form_and_vault_agree_on_expiry_around_every_month_boundary(
    zone: ZoneInfo, year: int, month: int, minutes: int, months_back: int
) -> None:
    """Within 15 hours either side of a UTC month boundary, in zones from UTC-10 to UTC+14."""
    boundary = datetime(year, month, 1, tzinfo=UTC)
    now = (boundary + timedelta(minutes=minutes)).astimezone(zone)
    exp_month = (month - 1 + months_back - 1) % 12 + 1
    exp_year = year + (month - 1 + months_back - 1) // 12
    c = card(expiration_month=f"{exp_month:02d}", expiration_year=str(exp_year))
    assert _expired_in_form(c, now) == _expired_in_vault(c, now)


def test_a_picked_card_gets_a_security_code_its_brand_accepts() -> None:
    """One home for the security-code length: the code the form fills in for a picked test
    card is one that validate accepts for that card's brand."""
    from omise_token_gui.core.cards import sample_security_code, security_code_length

    assert security_code_length("American Express") == 4
    assert security_code_length("Visa") == 3
    assert security_code_length(None) is None
    for entry in load_catalog():
        c = card(number=entry.number, security_code=sample_security_code(entry.brand))
        assert "security_code" not in problems(c), entry
