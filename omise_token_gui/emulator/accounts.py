"""What the emulated Omise account is: its country (amount limits, currency, how long an
authorization holds) and whether it asks for 3-D Secure.

Sources (see ``shared/reference/omise-charges.md``): the limits per country are Omise's
docs (docs.omise.co/currency-and-amount); the ``invalid_charge`` wording "amount must be
greater than or equal to 2000 (thb subunits)", "currency is currently not supported" and
"amount is not a number", joined with " and ", is recorded (omise-php's exception tests,
omise-elixir's recorded charges). Marked ``NO PRIMARY SOURCE`` below: what the emulator
had to choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from omise_token_gui.emulator.words import join_problems


@dataclass(frozen=True)
class Country:
    code: str  # th, jp, sg, my
    currency: str  # upper case, as 2019-05-29 answers it
    minimum: int  # in the currency's smallest unit
    maximum: int
    zero_decimal: bool = False  # JPY: the amount is in yen, not in subunits
    hold_days: int = 7  # an authorization expires after this many days uncaptured


COUNTRIES = {
    "th": Country("th", "THB", 2_000, 15_000_000),
    # Japan: yen, zero-decimal; authorizations hold 30 days (docs: api-errors, expired_charge).
    "jp": Country("jp", "JPY", 100, 6_000_000, zero_decimal=True, hold_days=30),
    "sg": Country("sg", "SGD", 100, 2_000_000),
    "my": Country("my", "MYR", 100, 10_000_000),
}
DEFAULT_COUNTRY = "th"


def country(code: str) -> Country:
    """The account country ``code``; ``ValueError`` names the known ones."""
    found = COUNTRIES.get(code.strip().lower())
    if found is None:
        raise ValueError(f"unknown country {code!r}; known: {', '.join(COUNTRIES)}")
    return found


def parse_amount(value: Any) -> int | None:
    """An amount as sent (a JSON integer, or the digits of a form field); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def amount_problems(account: Country, amount: Any, currency: Any) -> list[str]:
    """What Omise's ``invalid_charge`` lists for this amount and currency, in its order
    (currency first: "currency is currently not supported and amount is not a number").

    Only the account's own currency is supported: the emulator is an account without
    multi-currency (NO PRIMARY SOURCE for which currencies a multi-currency account takes).
    """
    out: list[str] = []
    supported = isinstance(currency, str) and currency.strip().upper() == account.currency
    if not supported:
        out.append("currency is currently not supported")
    number = parse_amount(amount)
    if number is None:
        out.append("amount is not a number")
    elif supported:
        unit = account.currency.lower() + ("" if account.zero_decimal else " subunits")
        if number < account.minimum:
            out.append(f"amount must be greater than or equal to {account.minimum} ({unit})")
        elif number > account.maximum:
            # NO PRIMARY SOURCE: the maximum's wording mirrors the recorded minimum's; the
            # zero-decimal "(jpy)" likewise.
            out.append(f"amount must be less than or equal to {account.maximum} ({unit})")
    return out


def invalid_charge_message(account: Country, amount: Any, currency: Any) -> str | None:
    problems = amount_problems(account, amount, currency)
    return join_problems(problems) if problems else None
