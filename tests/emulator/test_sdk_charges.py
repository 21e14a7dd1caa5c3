"""The emulator's charges, driven by Omise's official Python SDK (omise 0.16.0) over real HTTP
on 127.0.0.1: what a shop's backend pointed at the Sandbox sees.

Expected shapes and wording are the recorded answers named in
``shared/reference/omise-charges.md`` (omise-php's 2025 fixtures, the SDKs' error tests);
the SDK raises by the body's ``code``, so each error is checked as the SDK's exception and
its message.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import omise
import omise.errors
import pytest
import urllib3.util.connection

from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.emulator.app import ADMIN
from omise_token_gui.emulator.guard import is_loopback_name

PKEY = "pkey_test_5xs8breq3htbkj03d2x"
SKEY = "skey_test_5xs8breq3htbkj03d2x"
YEAR = date.today().year + 2
# The 2025 recorded charge's keys, in order (omise-php tests/fixtures/api.omise.co/
# charges-post.json, an authorize-only charge of 2025-03-20).
CHARGE_KEYS = [
    "object", "id", "location", "amount", "acquirer_reference_number", "net", "fee",
    "fee_vat", "interest", "interest_vat", "funding_amount", "refunded_amount",
    "transaction_fees", "platform_fee", "currency", "funding_currency", "ip", "refunds", "link",
    "description", "metadata", "card", "source", "schedule", "linked_account", "customer",
    "dispute", "transaction", "failure_code", "failure_message", "merchant_advice",
    "merchant_advice_code", "status", "authorize_uri", "return_uri", "created_at", "paid_at",
    "authorized_at", "expires_at", "expired_at", "reversed_at", "multi_capture",
    "zero_interest_installments", "branch", "terminal", "device", "authorized", "capturable",
    "capture", "disputable", "livemode", "refundable", "partially_refundable", "reversed",
    "reversible", "voided", "paid", "expired", "can_perform_void", "approval_code",
]  # fmt: skip
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.fixture
def sdk(emulator: EmbeddedEmulator, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The official SDK pointed at the emulator. Nothing may leave loopback: no proxy in the
    environment, and every connection the SDK's HTTP library opens is checked."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    opened: list[str] = []
    real = urllib3.util.connection.create_connection

    def loopback_only(address: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        opened.append(address[0])
        assert is_loopback_name(address[0]), f"the SDK tried to reach {address[0]}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", loopback_only)
    monkeypatch.setattr(omise, "api_main", emulator.base_url)
    monkeypatch.setattr(omise, "api_vault", emulator.base_url)
    monkeypatch.setattr(omise, "api_public", PKEY)
    monkeypatch.setattr(omise, "api_secret", SKEY)
    monkeypatch.setattr(omise, "api_version", "2019-05-29")
    yield omise
    assert opened
    assert set(opened) == {"127.0.0.1"}


def token(sdk: Any, number: str = "4242424242424242") -> Any:
    return sdk.Token.create(
        name="Zin Kyaw Kyaw",
        number=number,
        expiration_month=11,
        expiration_year=YEAR,
        security_code="123",
        city="Bangkok",
        postal_code="10320",
    )


def charge(sdk: Any, number: str = "4242424242424242", **extra: Any) -> Any:
    fields: dict[str, Any] = {"amount": 100_000, "currency": "thb", "card": token(sdk, number).id}
    fields.update(extra)
    return sdk.Charge.create(**fields)


def admin(emulator: EmbeddedEmulator, path: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(emulator.base_url + ADMIN + path, json=body)


def test_create_and_retrieve_answer_the_recorded_charge(sdk: Any) -> None:
    made = charge(sdk, description="Order-123", metadata={"order": 123}, ip="127.0.0.1")
    assert list(made._attributes) == CHARGE_KEYS
    assert made.status == "successful"
    assert (made.paid, made.authorized, made._attributes["capture"], made.capturable) == (
        True,
        True,
        True,
        False,
    )
    assert made.transaction.startswith("trxn_test_")
    assert made.paid_at == made.authorized_at == made.created_at
    assert made.location == f"/charges/{made.id}"
    assert (made.currency, made.funding_currency) == ("THB", "THB")
    assert (made.amount, made.fee, made.fee_vat, made.net) == (100_000, 3650, 256, 96094)
    assert made.transaction_fees.fee_rate == "3.65"
    assert (made.description, made.ip) == ("Order-123", "127.0.0.1")
    assert made.metadata._attributes == {"order": 123}
    assert made.refunds.total == 0
    assert list(made.refunds) == []
    assert made.refunds.location == f"/charges/{made.id}/refunds"
    assert made.authorize_uri is None
    assert made.return_uri is None
    assert made.card.last_digits == "4242"
    assert made.card.location is None
    assert (made.disputable, made.refundable, made.can_perform_void) == (True, True, True)
    again = sdk.Charge.retrieve(made.id)
    assert again._attributes == made._attributes


def test_a_failing_card_fails_with_the_recorded_message(sdk: Any) -> None:
    failed = charge(sdk, "4111111111140011")
    assert (failed.status, failed.failure_code) == ("failed", "insufficient_fund")
    assert failed.failure_message == (
        "insufficient funds in the account or the card has reached the credit limit"
    )
    assert (failed.paid, failed.authorized, failed.transaction) == (False, False, None)
    fraud = charge(sdk, "6250947000000055")
    assert fraud.failure_message == "failed fraud check"
    code = charge(sdk, "4111111111160001")
    assert code.failure_message == "the security code is invalid"


def test_authorize_only_then_capture(sdk: Any) -> None:
    made = charge(sdk, capture=False)
    assert made.status == "pending"
    assert (made.authorized, made.paid, made._attributes["capture"]) == (True, False, False)
    assert (made.capturable, made.reversible, made.transaction) == (True, True, None)
    assert made.authorized_at == made.created_at
    assert _days(made.created_at, made.expires_at) == 7
    made.capture()
    assert made.status == "successful"
    assert (made.paid, made.capturable, made.reversible) == (True, False, False)
    assert made.transaction.startswith("trxn_test_")
    assert made.paid_at is not None
    with pytest.raises(omise.errors.FailedCaptureError, match=r"^Charge is not authorized$"):
        made.capture()


def test_reverse_an_authorization(sdk: Any) -> None:
    made = charge(sdk, capture=False)
    made.reverse()
    assert made.status == "reversed"
    assert (made.reversed, made.reversible, made.capturable, made.paid) == (
        True,
        False,
        False,
        False,
    )
    assert made.reversed_at is not None
    with pytest.raises(omise.errors.FailedCaptureError):
        made.capture()
    with pytest.raises(omise.errors.BaseError, match="can't be reversed"):
        made.reverse()


def test_an_uncaptured_charge_expires_by_the_emulators_clock(
    sdk: Any, emulator: EmbeddedEmulator
) -> None:
    made = charge(sdk, capture=False)
    assert admin(emulator, "/clock", {"advance_days": 6}).status_code == 200
    assert sdk.Charge.retrieve(made.id).status == "pending"
    admin(emulator, "/clock", {"advance_days": 2})
    expired = sdk.Charge.retrieve(made.id)
    assert (expired.status, expired.expired, expired.capturable) == ("expired", True, False)
    assert expired.expired_at == expired.expires_at
    with pytest.raises(omise.errors.BaseError, match=r"^charge expired$"):
        expired.capture()


def test_expire_endpoint_and_japan_holds_thirty_days(sdk: Any, emulator: EmbeddedEmulator) -> None:
    made = charge(sdk, capture=False)
    made.expire()
    assert (made.status, made.expired) == ("expired", True)
    admin(emulator, "/account", {"country": "jp"})
    yen = charge(sdk, capture=False, amount=5000, currency="jpy")
    assert (yen.currency, _days(yen.created_at, yen.expires_at)) == ("JPY", 30)


def test_the_token_follows_its_charge(sdk: Any) -> None:
    tok = token(sdk)
    made = sdk.Charge.create(amount=2000, currency="THB", card=tok.id, capture=False)
    assert sdk.Token.retrieve(tok.id).charge_status == "pending"
    made.reverse()
    read = sdk.Token.retrieve(tok.id)
    assert (read.used, read.charge_status, read.card) == (True, "reversed", None)


def test_three_d_secure_pass(sdk: Any, emulator: EmbeddedEmulator) -> None:
    admin(emulator, "/account", {"three_d_secure": True})
    tok = token(sdk)
    made = sdk.Charge.create(
        amount=100_000, currency="thb", card=tok.id, return_uri="https://shop.test/done"
    )
    assert (made.status, made.authorized, made.paid) == ("pending", False, False)
    assert made.authorize_uri.startswith(emulator.base_url + "/payments/paym_test_")
    assert sdk.Token.retrieve(tok.id).charge_status == "pending"
    page = httpx.get(made.authorize_uri)
    assert page.status_code == 200
    assert 'value="pass"' in page.text
    assert 'value="fail"' in page.text
    back = httpx.post(made.authorize_uri, data={"result": "pass"})
    assert back.status_code == 303
    assert back.headers["location"] == "https://shop.test/done"
    done = sdk.Charge.retrieve(made.id)
    assert (done.status, done.paid, done.authorized) == ("successful", True, True)
    assert done.authorize_uri == made.authorize_uri  # kept, as on the recorded charges
    assert sdk.Token.retrieve(tok.id).charge_status == "successful"
    again = httpx.post(made.authorize_uri, data={"result": "fail"})  # decided: stays so
    assert again.status_code == 303
    assert sdk.Charge.retrieve(made.id).status == "successful"


def test_three_d_secure_fail_and_a_card_that_fails_after_passing(
    sdk: Any, emulator: EmbeddedEmulator
) -> None:
    admin(emulator, "/account", {"three_d_secure": True})
    made = charge(sdk, return_uri="https://shop.test/done")
    httpx.post(made.authorize_uri, data={"result": "fail"})
    failed = sdk.Charge.retrieve(made.id)
    assert (failed.status, failed.failure_code) == ("failed", "payment_rejected")
    poor = charge(sdk, "4111111111140011", return_uri="https://shop.test/done")
    httpx.post(poor.authorize_uri, data={"result": "pass"})
    assert sdk.Charge.retrieve(poor.id).failure_code == "insufficient_fund"
    plain = charge(sdk)  # no return_uri: no 3-D Secure
    assert (plain.status, plain.authorize_uri) == ("successful", None)


def test_customers_keep_the_tokens_card(sdk: Any) -> None:
    tok = token(sdk)
    customer = sdk.Customer.create(email="zin@example.com", description="Zin", card=tok.id)
    assert customer.id.startswith("cust_test_")
    assert customer.location == f"/customers/{customer.id}"
    card = customer.cards.data[0]
    assert customer.default_card == card["id"]
    assert card["location"] == f"/customers/{customer.id}/cards/{card['id']}"
    assert (customer.email, customer.description) == ("zin@example.com", "Zin")
    assert sdk.Token.retrieve(tok.id).used is True
    with pytest.raises(omise.errors.UsedTokenError, match=r"^token was already used$"):
        sdk.Customer.create(card=tok.id)
    paid = sdk.Charge.create(amount=2000, currency="thb", customer=customer.id)
    assert (paid.status, paid.customer, paid.card.id) == ("successful", customer.id, card["id"])
    assert sdk.Customer.retrieve(customer.id).id == customer.id


def test_list_charges(sdk: Any) -> None:
    made = [charge(sdk).id for _ in range(3)]
    assert len(sdk.Charge.list()) == 3
    assert [c.id for c in sdk.Charge.list()] == made
    page = sdk.Charge.retrieve()
    listed = page._attributes
    assert listed["object"] == "list"
    assert (listed["total"], listed["limit"], listed["offset"]) == (3, 20, 0)
    assert (listed["location"], listed["order"]) == ("/charges", "chronological")
    newest = sdk.Charge.list().offset(limit=2, offset=0, order="reverse_chronological")
    assert [c.id for c in newest] == made[::-1][:2]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"amount": 1999}, "amount must be greater than or equal to 2000 (thb subunits)"),
        ({"amount": 15_000_001}, "amount must be less than or equal to 15000000 (thb subunits)"),
        ({"currency": "usd"}, "currency is currently not supported"),
        ({"amount": "many"}, "amount is not a number"),
        (
            {"currency": "xyz", "amount": "many"},
            "currency is currently not supported and amount is not a number",
        ),
    ],
)
def test_invalid_charges_are_worded_as_recorded(
    sdk: Any, fields: dict[str, Any], message: str
) -> None:
    asked = {"amount": 2000, "currency": "thb", "card": token(sdk).id, **fields}
    with pytest.raises(omise.errors.InvalidChargeError) as raised:
        sdk.Charge.create(**asked)
    assert str(raised.value) == message


def test_other_countries_have_their_limits(sdk: Any, emulator: EmbeddedEmulator) -> None:
    for code, currency, low in (("jp", "JPY", 100), ("sg", "SGD", 100), ("my", "MYR", 100)):
        admin(emulator, "/account", {"country": code})
        with pytest.raises(omise.errors.InvalidChargeError, match=f"equal to {low} "):
            charge(sdk, amount=low - 1, currency=currency)
        assert charge(sdk, amount=low, currency=currency).currency == currency
        with pytest.raises(omise.errors.InvalidChargeError, match="not supported"):
            charge(sdk, amount=100_000, currency="thb")


def test_every_other_error(sdk: Any, emulator: EmbeddedEmulator) -> None:
    with pytest.raises(omise.errors.MissingCardError, match=r"^request contains no card param"):
        sdk.Charge.create(amount=2000, currency="thb")
    with pytest.raises(omise.errors.NotFoundError, match=r"^token tokn_test_nope was not found$"):
        sdk.Charge.create(amount=2000, currency="thb", card="tokn_test_nope")
    tok = token(sdk)
    used = sdk.Charge.create(amount=2000, currency="thb", card=tok.id)
    with pytest.raises(omise.errors.UsedTokenError, match=r"^token was already used$"):
        sdk.Charge.create(amount=2000, currency="thb", card=tok.id)
    with pytest.raises(omise.errors.NotFoundError, match=r"^charge chrg_test_nope was not found"):
        sdk.Charge.retrieve("chrg_test_nope")
    with pytest.raises(omise.errors.NotFoundError, match=r"^customer cust_test_x was not found"):
        sdk.Customer.retrieve("cust_test_x")
    omise.api_secret = PKEY  # a public key on the charges API
    with pytest.raises(omise.errors.AuthenticationFailureError, match=r"^authentication failed$"):
        sdk.Charge.retrieve(used.id)
    with pytest.raises(omise.errors.InvalidCardError, match=r"^number is invalid and brand"):
        token(sdk, "1234567812345678")


def test_headers_and_old_versions(sdk: Any, emulator: EmbeddedEmulator) -> None:
    made = charge(sdk)
    answer = httpx.get(
        f"{emulator.base_url}/charges/{made.id}",
        auth=(SKEY, ""),
        headers={"Omise-Version": "2017-11-02"},
    )
    assert answer.headers["omise-version"] == "2017-11-02"
    assert answer.headers["cache-control"] == "no-cache, no-store"
    assert len(answer.headers["x-request-id"]) >= 16
    assert answer.headers["content-type"] == "application/json; charset=utf-8"
    old = answer.json()
    assert "created_at" not in old
    assert old["created"] == made.created_at
    assert old["currency"] == "thb"


def test_the_request_log_records_every_request(sdk: Any, emulator: EmbeddedEmulator) -> None:
    emulator.vault.clear_requests()
    charge(sdk)
    httpx.get(emulator.base_url + "/nowhere")
    httpx.delete(emulator.base_url + "/charges")
    httpx.get(emulator.base_url + ADMIN + "/health")  # the admin API's own: not logged
    log = [(e["method"], e["path"], e["status"]) for e in emulator.requests()]
    assert log[0] == ("POST", "/tokens", 200)
    assert log[1] == ("POST", "/charges", 200)
    assert log[2:] == [("GET", "/nowhere", 404), ("DELETE", "/charges", 405)]


def _days(start: str, end: str) -> int:
    from datetime import datetime

    moments = [datetime.fromisoformat(t.replace("Z", "+00:00")) for t in (start, end)]
    return (moments[1] - moments[0]).days


def test_an_older_api_version_through_the_sdk(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An account on 2017-11-02 (the SDK's ``api_version``): ``created``, lower-case currency,
    on the charge, its card and the token alike."""
    monkeypatch.setattr(omise, "api_version", "2017-11-02")
    made = charge(sdk)
    assert (made.currency, made.funding_currency) == ("thb", "thb")
    assert "created_at" not in made._attributes
    assert made.created == made.card.created
    listed = sdk.Charge.retrieve()._attributes["data"]
    assert listed[0]["currency"] == "thb"


def test_the_token_sees_its_charge_expire(sdk: Any, emulator: EmbeddedEmulator) -> None:
    """Read back through the token alone (what the app's auto-refresh does), an authorization
    past its expires_at shows charge_status expired."""
    tok = token(sdk)
    sdk.Charge.create(amount=2000, currency="thb", card=tok.id, capture=False)
    admin(emulator, "/clock", {"advance_days": 8})
    assert sdk.Token.retrieve(tok.id).charge_status == "expired"
