"""Picking a catalog card always leaves a sendable card: typed fields that pass are kept,
empty or invalid ones get the defaults."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.card_defaults import default_card, picked_card, scenario_card
from omise_token_gui.core.cards import CardInput, validate
from omise_token_gui.core.catalog import CatalogCard, load_catalog

CATALOG = list(load_catalog())
TODAY = date(2026, 6, 15)
field_text = st.text(max_size=30) | st.sampled_from(["", " ", "13", "2019", "99", "12", "2030"])


@given(
    entry=st.sampled_from(CATALOG),
    values=st.fixed_dictionaries(
        {name: field_text for name in CardInput.__dataclass_fields__ if name != "number"}
    ),
)
def test_a_picked_card_is_always_sendable(entry: CatalogCard, values: dict[str, str]) -> None:
    current = CardInput(number="", **values)
    card = picked_card(current, entry, TODAY)
    assert validate(card, TODAY) == []
    assert card.number == entry.display_number


def test_stale_fields_are_replaced_and_good_ones_kept() -> None:
    entry = next(c for c in CATALOG if c.brand == "Visa")
    stale = CardInput(
        name="",
        number="4111 1111 1111 1111",
        expiration_month="01",
        expiration_year="2020",  # expired
        security_code="12",
        city="Chiang Mai",
        country="TH",
    )
    card = picked_card(stale, entry, TODAY)
    defaults = default_card(TODAY)
    assert card.name == defaults.name
    assert (card.expiration_month, card.expiration_year) == (
        defaults.expiration_month,
        defaults.expiration_year,
    )
    assert card.security_code == "123"
    assert card.city == "Chiang Mai"  # typed and fine: kept


def test_scenario_card_is_the_defaults_with_the_picked_card() -> None:
    entry = load_catalog().by_id("amex-successful")
    assert entry is not None
    card = scenario_card(entry)
    assert card.number == entry.display_number
    assert len(card.security_code) == 4  # American Express
    assert validate(card) == []
    assert (card.city, card.postal_code, card.country) == ("Bangkok", "10320", "TH")
