"""The charge object as Omise answers it (API 2019-05-29), and its life: authorized,
captured, reversed, expired, 3-D Secure.

The shape is the 2025 recorded charge of omise-php (``tests/fixtures/api.omise.co/
charges-post.json``: the same keys in the same order); the states follow the recorded
authorize-only charge, its capture and its reversal, and the 20 recorded staging charges of
``charges-get.json`` (3-D Secure and failed test-card charges included). Pure functions on
a charge record (a dict): ``VaultState`` keeps the records and the lock.

A record also holds private keys (``_token``: the token it used; ``_scenario``: the outcome
a 3-D Secure charge takes once authorized), never answered.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from omise_token_gui.emulator.accounts import Country
from omise_token_gui.emulator.words import FAILURE_MESSAGES, THREE_D_SECURE_FAILURE

_ID_ALPHABET = string.ascii_lowercase + string.digits
EPOCH = "1970-01-01T00:00:00Z"
# Recorded on every 2025 test charge (a Thai account). NO PRIMARY SOURCE for other countries'
# rates: the emulator answers the same ones.
FEE_RATE_BP = 365  # 3.65 %, in basis points
VAT_RATE_PC = 7


def new_id(prefix: str) -> str:
    return prefix + "".join(secrets.choice(_ID_ALPHABET) for _ in range(19))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def fees(amount: int) -> dict[str, int]:
    """fee, fee_vat and net as recorded (100000 THB -> 3650, 256, 96094)."""
    fee = _half_up(amount * FEE_RATE_BP, 10_000)
    vat = _half_up(fee * VAT_RATE_PC, 100)
    return {"net": amount - fee - vat, "fee": fee, "fee_vat": vat}


def list_object(data: list[Any], location: str, now: datetime, **page: Any) -> dict[str, Any]:
    """An Omise list (``object: list``) with its pagination fields, as recorded."""
    return {
        "object": "list",
        "data": data,
        "limit": page.get("limit", 20),
        "offset": page.get("offset", 0),
        "total": page.get("total", len(data)),
        "location": location,
        "order": page.get("order", "chronological"),
        "from": page.get("from_") or EPOCH,
        "to": page.get("to") or iso(now),
    }


@dataclass(frozen=True)
class ChargeRequest:
    """What a ``POST /charges`` asked for, checked."""

    amount: int
    capture: bool = True
    description: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    ip: str | None = None
    return_uri: str | None = None


def new_charge(
    request: ChargeRequest,
    card: dict[str, Any] | None,
    account: Country,
    now: datetime,
    customer: str | None = None,
) -> dict[str, Any]:
    """A charge just created (``pending``, nothing decided yet): ``settle`` or
    ``await_authorization`` decides it."""
    charge_id = new_id("chrg_test_")
    return {
        "object": "charge",
        "id": charge_id,
        "location": f"/charges/{charge_id}",
        "amount": request.amount,
        "acquirer_reference_number": None,
        **fees(request.amount),
        "interest": 0,
        "interest_vat": 0,
        "funding_amount": request.amount,
        "refunded_amount": 0,
        "transaction_fees": {"fee_flat": "0.0", "fee_rate": "3.65", "vat_rate": "7.0"},
        "platform_fee": {"fixed": None, "amount": None, "percentage": None},
        "currency": account.currency,
        "funding_currency": account.currency,
        "ip": request.ip,
        "refunds": list_object([], f"/charges/{charge_id}/refunds", now),
        "link": None,
        "description": request.description,
        "metadata": request.metadata,
        "card": card,
        **_states(request, account, now, customer),
    }


def _states(
    request: ChargeRequest, account: Country, now: datetime, customer: str | None
) -> dict[str, Any]:
    """The second half of a new charge's keys, in the recorded order."""
    return {
        "source": None,
        "schedule": None,
        "linked_account": None,
        "customer": customer,
        "dispute": None,
        "transaction": None,
        "failure_code": None,
        "failure_message": None,
        "merchant_advice": None,
        "merchant_advice_code": None,
        "status": "pending",
        "authorize_uri": None,
        "return_uri": request.return_uri,
        "created_at": iso(now),
        "paid_at": None,
        "authorized_at": None,
        "expires_at": iso(now + timedelta(days=account.hold_days)),
        "expired_at": None,
        "reversed_at": None,
        "multi_capture": False,
        "zero_interest_installments": False,
        "branch": None,
        "terminal": None,
        "device": None,
        "authorized": False,
        "capturable": False,
        "capture": request.capture,
        "disputable": False,
        "livemode": False,
        "refundable": False,
        "partially_refundable": False,
        "reversed": False,
        "reversible": False,
        "voided": False,
        "paid": False,
        "expired": False,
        "can_perform_void": False,
        "approval_code": None,
    }


def _paid(charge: dict[str, Any], now: datetime) -> None:
    charge.update(
        status="successful",
        paid=True,
        paid_at=iso(now),
        transaction=new_id("trxn_test_"),
        capturable=False,
        reversible=False,
        disputable=True,
        refundable=True,
        partially_refundable=True,
        can_perform_void=True,
    )


def settle(charge: dict[str, Any], status: str, failure: str | None, now: datetime) -> None:
    """Decide a pending charge: the card's scenario (``successful`` or ``failed`` with its
    code). A successful authorize-only charge stays ``pending``, authorized and capturable."""
    charge.pop("_scenario", None)
    if status != "successful":
        code = failure or "failed_processing"
        charge.update(
            status="failed", failure_code=code, failure_message=FAILURE_MESSAGES.get(code)
        )
        return
    charge.update(authorized=True, authorized_at=iso(now))
    if charge["capture"]:
        _paid(charge, now)
    else:
        charge.update(status="pending", capturable=True, reversible=True)


def await_authorization(
    charge: dict[str, Any], scenario: tuple[str, str | None], base_url: str
) -> str:
    """3-D Secure: the charge stays ``pending`` until the buyer passes or fails on its
    ``authorize_uri`` (the emulator's own page). Returns the payment id in that URI."""
    payment: str = "paym_test_" + charge["id"].removeprefix("chrg_test_")
    charge["authorize_uri"] = f"{base_url}/payments/{payment}/authorize"
    charge["_scenario"] = list(scenario)
    return payment


def authorize(charge: dict[str, Any], passed: bool, now: datetime) -> bool:
    """The buyer's 3-D Secure answer; False when the charge no longer waits for one."""
    scenario = charge.get("_scenario")
    if charge["status"] != "pending" or scenario is None:
        return False
    if passed:
        settle(charge, scenario[0], scenario[1], now)
    else:
        settle(charge, "failed", THREE_D_SECURE_FAILURE, now)
    return True


def capture_problem(charge: dict[str, Any]) -> tuple[str, str] | None:
    """Why ``charge`` cannot be captured (code, message), None when it can.

    Wording from Omise's api-errors page (as transcribed): ``failed_capture`` "Charge is not
    authorized", ``expired_charge`` "charge expired". NO PRIMARY SOURCE for which of the two
    a charge already captured or reversed gets: failed_capture."""
    if charge["status"] == "expired":
        return "expired_charge", "charge expired"
    if not charge["capturable"]:
        return "failed_capture", "Charge is not authorized"
    return None


def capture(charge: dict[str, Any], now: datetime) -> None:
    _paid(charge, now)


def reverse_problem(charge: dict[str, Any]) -> tuple[str, str] | None:
    """Why ``charge`` cannot be reversed. NO PRIMARY SOURCE for this error's code and
    wording (none was recorded): ``bad_request`` "charge can't be reversed"."""
    if charge["status"] == "expired":
        return "expired_charge", "charge expired"
    if not charge["reversible"]:
        return "bad_request", "charge can't be reversed"
    return None


def reverse(charge: dict[str, Any], now: datetime) -> None:
    charge.update(
        status="reversed", reversed=True, reversed_at=iso(now), capturable=False, reversible=False
    )


def age(charge: dict[str, Any], now: datetime) -> bool:
    """Past ``expires_at``: an uncaptured (or never authorized) charge ends ``expired``; as
    recorded, a failed one is marked ``expired`` too and every charge gets ``expired_at``.
    True when the charge changed."""
    if charge["expired_at"] is not None or now < parse_iso(charge["expires_at"]):
        return False
    charge["expired_at"] = charge["expires_at"]
    if charge["status"] == "pending":
        charge.pop("_scenario", None)
        charge.update(status="expired", expired=True, capturable=False, reversible=False)
    elif charge["status"] == "failed":
        charge["expired"] = True
    return True


def charge_view(charge: dict[str, Any], modern: bool) -> dict[str, Any]:
    """The charge as answered (``modern``: under API 2019-05-29 or later):
    private keys dropped; before 2019-05-29 ``created`` and lower-case currencies."""
    out = {k: v for k, v in charge.items() if not k.startswith("_")}
    if not modern:
        out["created"] = out.pop("created_at")
        out["currency"] = out["currency"].lower()
        out["funding_currency"] = out["funding_currency"].lower()
        if isinstance(out.get("card"), dict):
            out["card"] = dict(out["card"])
            out["card"]["created"] = out["card"].pop("created_at")
    return out
