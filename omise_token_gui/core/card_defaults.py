"""The card form's defaults, one home for the window and the command line (Qt-free)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from omise_token_gui.core.cards import CardInput, sample_security_code, validate, vault_today
from omise_token_gui.core.catalog import CatalogCard


def default_card(today: date | None = None) -> CardInput:
    """Visa 4242 (successful), an expiry three years ahead, Bangkok / 10320 / TH."""
    today = today or vault_today()
    return CardInput(
        name="Somchai Prasert",
        number="4242 4242 4242 4242",
        expiration_month=f"{today.month:02d}",
        expiration_year=str(today.year + 3),
        security_code=sample_security_code("Visa"),
        city="Bangkok",
        postal_code="10320",
        country="TH",
    )


_EXPIRY = ("expiration_month", "expiration_year")


def picked_card(current: CardInput, entry: CatalogCard, today: date | None = None) -> CardInput:
    """The form after a catalog card is picked: the card's number and a security code of its
    brand, the fields already typed where they pass, and the defaults (``default_card``) in
    place of every field that is empty or has a problem. The result is always sendable."""
    today = today or vault_today()
    defaults = default_card(today)
    code = current.security_code
    if len(code) != len(sample_security_code(entry.brand)) or not code.isdigit():
        code = sample_security_code(entry.brand)
    card = replace(current, number=entry.display_number, security_code=code)
    for _ in range(2):  # a default can reveal another problem (a month valid, its year not)
        bad = {p.field for p in validate(card, today)}
        if bad & set(_EXPIRY):
            bad |= set(_EXPIRY)  # the expiry is one date: month and year together
        if not bad:
            return card
        card = replace(card, **{name: getattr(defaults, name) for name in bad - {"number"}})
    return replace(defaults, number=entry.display_number, security_code=code)


def scenario_card(entry: CatalogCard, today: date | None = None) -> CardInput:
    """The form's defaults with a catalog card picked (``picked_card``): what one click on a
    scenario in the tray sends."""
    today = today or vault_today()
    return picked_card(default_card(today), entry, today)
