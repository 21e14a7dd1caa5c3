"""The card form's defaults, one home for the window and the command line (Qt-free)."""

from __future__ import annotations

from datetime import date

from omise_token_gui.core.cards import CardInput, vault_today

AMEX = "American Express"


def security_code_for(brand: str | None) -> str:
    """A security code of the brand's length: ``1234`` for American Express, else ``123``."""
    return "1234" if brand == AMEX else "123"


def default_card(today: date | None = None) -> CardInput:
    """Visa 4242 (successful), an expiry three years ahead, Bangkok / 10320 / TH."""
    today = today or vault_today()
    return CardInput(
        name="Somchai Prasert",
        number="4242 4242 4242 4242",
        expiration_month=f"{today.month:02d}",
        expiration_year=str(today.year + 3),
        security_code=security_code_for("Visa"),
        city="Bangkok",
        postal_code="10320",
        country="TH",
    )
