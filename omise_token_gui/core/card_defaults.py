"""The card form's defaults, one home for the window and the command line (Qt-free)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from omise_token_gui.core.cards import CardInput, CatalogCard, sample_security_code, vault_today


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


def scenario_card(entry: CatalogCard, today: date | None = None) -> CardInput:
    """The form's defaults with a catalog card's number (and a security code of its brand's
    length): what one click on a scenario sends."""
    return replace(
        default_card(today), number=entry.number, security_code=sample_security_code(entry.brand)
    )
