"""How the emulated Omise words its answers: joined problems, failure messages, errors.

Each wording says where it comes from; ``NO PRIMARY SOURCE`` marks what the emulator chose
where no recorded answer or Omise document could be read (see
``shared/reference/omise-charges.md``).
"""

from __future__ import annotations

FAILURE_MESSAGES = {
    # Recorded: omise-php charges-get.json (2025), activemerchant's omise_test.rb.
    "insufficient_fund": "insufficient funds in the account or the card has reached the "
    "credit limit",
    "failed_fraud_check": "failed fraud check",
    "invalid_security_code": "the security code is invalid",
    # NO PRIMARY SOURCE for these four messages (the codes are Omise's documented ones).
    "stolen_or_lost_card": "card was lost or stolen",
    "failed_processing": "payment processing failed",
    "payment_rejected": "payment was rejected by the issuer",
    "invalid_account_number": "invalid account number",
}

# What a failed 3-D Secure authentication ends as. NO PRIMARY SOURCE: the only copy of
# Omise's 3-D Secure test cards (a 2017 transcription) says such charges end
# payment_rejected; no recorded answer of a failed authentication could be read.
THREE_D_SECURE_FAILURE = "payment_rejected"


def join_problems(problems: list[str]) -> str:
    """Omise's joining: ``a``, ``a and b``, ``a, b, and c``."""
    if len(problems) <= 2:
        return " and ".join(problems)
    return ", ".join(problems[:-1]) + ", and " + problems[-1]


def error_body(code: str, message: str) -> dict[str, str]:
    return {
        "object": "error",
        "location": "https://www.omise.co/api-errors#" + code.replace("_", "-"),
        "code": code,
        "message": message,
    }
