"""What each scenario, failure code, charge status and vault error code means for a tester:
what the charge (or the request) should do, and what to check in the checkout under test. In
English and Thai (the texts are marked for translation; ``core.i18n`` gives them in the
current language).

One home for these explanations: the catalog (beside the card), the history's row details,
the create panel (beside the vault's own words) and ``omise-token scenarios --json`` all
read them here.

- ``scenario(id)``: a catalog scenario (``resources/test_cards.json`` "scenarios").
- ``failure_code(code)``: a charge's ``failure_code``. The codes are the ones Omise documents
  for test cards, plus ``payment_cancelled`` and ``timeout`` (omise-go's list of charge
  failure codes). 3-D Secure has no failure code of its own in any source found: its test
  cards end ``payment_rejected`` (per a 2017 copy of Omise's docs), so that code's text and
  the two ``3ds_…`` scenarios' texts say so; those two also say that the outcome depends on
  the account's 3-D Secure setting and passes through ``pending`` with an ``authorize_uri``.
- ``charge_status(status)``: a token's ``charge_status`` (``core.verdict.CHARGE_STATUSES``).
- ``error_code(code)``: the ``code`` of an error object the vault answered with
  (``authentication_failure``, ``invalid_card``…); ``for_error(error)``: the one for an
  ``AppError`` (its Omise code; None when this app named the failure itself, whose ``human``
  already explains it).

Every lookup of an unknown code (or None) gives None, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass

from omise_token_gui.core.errors import AppError
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Explanation:
    """``should``: what the charge (or request) should do; ``check``: what to check in the
    checkout under test. Both in the language current when it was asked for."""

    code: str
    should: str
    check: str


# (code) → (should, check), in English, marked; translated when asked for.
_SCENARIOS: dict[str, tuple[str, str]] = {
    "successful": (
        QT_TRANSLATE_NOOP("Explanation", "The charge succeeds (status successful)."),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows the order as paid and sends its confirmation.",
        ),
    ),
    "insufficient_fund": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with insufficient_fund: the card has no funds left or has "
            "reached its credit limit.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout says the payment was declined, keeps the order unpaid and lets the "
            "buyer try another card.",
        ),
    ),
    "stolen_or_lost_card": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with stolen_or_lost_card: the issuer reports the card stolen "
            "or lost.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows a plain decline (not the reason), keeps the order unpaid and "
            "does not retry the card by itself.",
        ),
    ),
    "failed_processing": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with failed_processing: a general processing failure at the "
            "issuer or the card network.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout offers to try again, keeps the order unpaid, and a new attempt "
            "uses a new token (a token is used once).",
        ),
    ),
    "payment_rejected": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with payment_rejected: the issuer or the acquirer rejected "
            "the payment.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout says the payment was declined and offers another card or payment "
            "method; the order stays unpaid.",
        ),
    ),
    "failed_fraud_check": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with failed_fraud_check: the fraud check flagged the payment.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout declines without saying why (nothing that helps a fraudster); the "
            "order stays unpaid, flagged for review if the shop does that.",
        ),
    ),
    "invalid_account_number": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with invalid_account_number: the issuer does not know the "
            "card's account.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout asks the buyer to check the card number or use another card; the "
            "order stays unpaid.",
        ),
    ),
    "invalid_security_code": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge fails with invalid_security_code: the security code (CVV) is wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout asks for the security code again (a new token), keeps the other "
            "fields filled, and the order stays unpaid.",
        ),
    ),
    "3ds_enrollment_failed": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "With 3-D Secure, the card cannot be enrolled: the charge ends failed "
            "(payment_rejected per a 2017 copy of Omise's docs; Omise does not confirm it). "
            "The outcome depends on the account's 3-D Secure setting: with it on, the charge "
            "first passes through pending with an authorize_uri (the verdict waits); with it "
            "off, the card may be charged like any other.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout sends the buyer to authorize_uri, reads the charge again on "
            "return and shows a decline; it never marks the order paid on the redirect alone.",
        ),
    ),
    "3ds_validation_failed": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "With 3-D Secure, the card fails the bank's validation: the charge ends failed "
            "(payment_rejected per a 2017 copy of Omise's docs; Omise does not confirm it). "
            "The outcome depends on the account's 3-D Secure setting: with it on, the charge "
            "first passes through pending with an authorize_uri (the verdict waits); with it "
            "off, the card may be charged like any other.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "After the return from authorize_uri the checkout reads the charge "
            "again from the API, shows a decline and lets the buyer try another card.",
        ),
    ),
}

_FAILURE_CODES: dict[str, tuple[str, str]] = {
    "insufficient_fund": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge failed: the card has insufficient funds or has reached its credit limit.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows a clear decline, asks for another card and keeps the order unpaid.",
        ),
    ),
    "stolen_or_lost_card": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The charge failed: the issuer reports the card stolen or lost."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows a plain decline, keeps the order unpaid and does not retry "
            "the card.",
        ),
    ),
    "failed_processing": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge failed: a general processing error at the issuer or the card network.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout offers to try again with a new token and keeps the order unpaid.",
        ),
    ),
    "payment_rejected": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge failed: the payment was rejected. The 3-D Secure test cards end this "
            "way too (per a 2017 copy of Omise's docs).",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows a decline and offers another card or payment method; the "
            "order stays unpaid.",
        ),
    ),
    "failed_fraud_check": (
        QT_TRANSLATE_NOOP("Explanation", "The charge failed: the fraud check flagged it."),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout declines without giving the reason, and the order stays unpaid.",
        ),
    ),
    "invalid_account_number": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The charge failed: the issuer does not know the card's account."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout asks the buyer to check the card number or use another card.",
        ),
    ),
    "invalid_security_code": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The charge failed: the security code (CVV) does not match."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout asks for the security code again and keeps the order unpaid.",
        ),
    ),
    "payment_cancelled": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The charge failed: the payment was cancelled before it completed."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout treats the order as unpaid and lets the buyer pay again.",
        ),
    ),
    "timeout": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The charge failed: the issuer or the network did not answer in time."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout offers to try again and never charges twice: it reads the charge "
            "before creating another.",
        ),
    ),
}

_CHARGE_STATUSES: dict[str, tuple[str, str]] = {
    "pending": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The charge is not final yet: authorized and waiting for capture, or waiting for "
            "the buyer's 3-D Secure step.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout does not mark the order paid yet: it waits for the webhook or reads "
            "the charge again.",
        ),
    ),
    "successful": (
        QT_TRANSLATE_NOOP("Explanation", "The charge is complete: the amount was captured."),
        QT_TRANSLATE_NOOP(
            "Explanation", "The checkout marks the order paid, once, and shows its confirmation."
        ),
    ),
    "failed": (
        QT_TRANSLATE_NOOP("Explanation", "The charge failed; its failure code says why."),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The order stays unpaid, and the checkout shows a decline and a way to try again.",
        ),
    ),
    "reversed": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The authorized charge was reversed before capture: the held amount is released.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The order shows as cancelled or unpaid, and nothing tries to capture it later.",
        ),
    ),
    "expired": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The authorized charge was not captured in time (7 days; 30 in Japan) and expired.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The order is not treated as paid; the shop asks for the payment again.",
        ),
    ),
    "unknown": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The token has not been used in a charge yet, as far as the vault says."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "Charge the token from the backend under test (or Simulate charge on the "
            "Sandbox), then refresh it.",
        ),
    ),
}

_ERROR_CODES: dict[str, tuple[str, str]] = {
    "authentication_failure": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The vault refused the key: missing, wrong, or not a public key of this account.",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation", "Check the profile's public test key (pkey_test_…) in Settings."
        ),
    ),
    "invalid_card": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The vault refused the card data; its message names the fields."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The checkout shows each problem beside its field and creates no token until "
            "they are fixed.",
        ),
    ),
    "used_token": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The token was already used in a charge: a token is used once."
        ),
        QT_TRANSLATE_NOOP("Explanation", "The checkout creates a new token for every attempt."),
    ),
    "not_found": (
        QT_TRANSLATE_NOOP(
            "Explanation",
            "The vault does not know this token (another vault or account, or a typo).",
        ),
        QT_TRANSLATE_NOOP(
            "Explanation", "Check the profile and the vault URL the token was created with."
        ),
    ),
    "bad_request": (
        QT_TRANSLATE_NOOP("Explanation", "The vault could not read the request."),
        QT_TRANSLATE_NOOP("Explanation", "Check the request's fields and the API version."),
    ),
    "failed_fraud_check": (
        QT_TRANSLATE_NOOP(
            "Explanation", "The vault refused to create a token: the card failed the fraud check."
        ),
        QT_TRANSLATE_NOOP(
            "Explanation", "The checkout shows a plain refusal and does not give the reason."
        ),
    ),
}


def _explain(table: dict[str, tuple[str, str]], code: str | None) -> Explanation | None:
    if not isinstance(code, str) or code not in table:
        return None
    should, check = table[code]
    return Explanation(code, translate("Explanation", should), translate("Explanation", check))


def scenario(scenario_id: str | None) -> Explanation | None:
    """A catalog scenario's (``insufficient_fund``, ``3ds_validation_failed``…)."""
    return _explain(_SCENARIOS, scenario_id)


def failure_code(code: str | None) -> Explanation | None:
    """A charge failure code's (``insufficient_fund``, ``payment_rejected``…)."""
    return _explain(_FAILURE_CODES, code)


def charge_status(status: str | None) -> Explanation | None:
    """A charge status's (``pending``, ``successful``, ``failed``, ``reversed``,
    ``expired``, ``unknown``)."""
    return _explain(_CHARGE_STATUSES, status)


def error_code(code: str | None) -> Explanation | None:
    """The code of an error object a vault answered with (``invalid_card``, ``used_token``…)."""
    return _explain(_ERROR_CODES, code)


def for_error(error: AppError) -> Explanation | None:
    """The explanation to show beside an error's Omise ``code`` and ``message``: the vault
    error code's, else (a charge's code in an error) the failure code's; None when the error
    has no Omise code (the app's own ``human`` is the explanation then)."""
    return error_code(error.code) or failure_code(error.code)


def known_codes() -> dict[str, list[str]]:
    """Which codes have an explanation, by kind (for tests and ``scenarios --json``)."""
    return {
        "scenario": sorted(_SCENARIOS),
        "failure_code": sorted(_FAILURE_CODES),
        "charge_status": sorted(_CHARGE_STATUSES),
        "error_code": sorted(_ERROR_CODES),
    }
