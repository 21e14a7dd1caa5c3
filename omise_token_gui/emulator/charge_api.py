"""The charges API's routes (secret test key): ``POST/GET /charges``, ``GET /charges/{id}``,
``POST /charges/{id}/capture|reverse|expire``, ``POST /customers``, ``GET /customers/{id}``;
and the 3-D Secure page a charge's ``authorize_uri`` points at (``/payments/{id}/authorize``:
Pass or Fail, then back to the charge's ``return_uri``).

Checks and wording: see ``accounts`` (amounts, currencies) and ``words``; the charge object
and its states: ``charges``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from omise_token_gui.emulator.accounts import country, invalid_charge_message, parse_amount
from omise_token_gui.emulator.charges import ChargeRequest, charge_view
from omise_token_gui.emulator.faults import FaultBox, Faults
from omise_token_gui.emulator.ledger import MAX_PAGE
from omise_token_gui.emulator.state import (
    VERSIONS_WITH_CREATED_AT,
    EmulatorConfig,
    VaultState,
    without_numbers,
)
from omise_token_gui.emulator.words import error_body, join_problems

Answer = tuple[int, dict[str, Any], dict[str, str]]
Handler = Callable[[Request, Faults], Awaitable[Answer]]
_ID = re.compile(r"[a-z0-9_]{1,64}")
MAX_TEXT = 1000  # description, ip, return_uri: longer is cut (the emulator keeps little)


class Host(Protocol):
    """What the routes use of ``app.Emulator``."""

    state: VaultState
    faults: FaultBox

    @property
    def config(self) -> EmulatorConfig: ...

    async def vault_call(self, request: Request, needs: str, handler: Handler) -> Response: ...

    async def read_fields(self, request: Request) -> dict[str, Any]: ...

    @staticmethod
    def base_url(request: Request) -> str: ...

    @staticmethod
    def api_version(request: Request) -> str: ...


def _flag(value: object) -> bool | None:
    """A form or JSON boolean (``capture``): True/False, or None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _text(value: object) -> str | None:
    """A free-text field as kept: None, or a string without card numbers, bounded."""
    if value is None or isinstance(value, dict | list):
        return None
    return without_numbers(str(value))[:MAX_TEXT] or None


def _metadata(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    return {str(k)[:100]: _text(v) if isinstance(v, str) else v for k, v in value.items()}


def not_found(kind: str, ident: str) -> Answer:
    return 404, error_body("not_found", f"{kind} {without_numbers(ident)[:64]} was not found"), {}


class ChargeApi:
    def __init__(self, host: Host) -> None:
        self.host = host

    def _view(self, request: Request, record: dict[str, Any]) -> dict[str, Any]:
        modern = self.host.api_version(request) in VERSIONS_WITH_CREATED_AT
        return charge_view(record, modern)

    def _secret(self, request: Request, handler: Handler) -> Awaitable[Response]:
        return self.host.vault_call(request, "secret_test", handler)

    # ------------------------------------------------------------------ create
    async def create(self, request: Request) -> Response:
        return await self._secret(request, self._create)

    async def _create(self, request: Request, faults: Faults) -> Answer:
        data = await self.host.read_fields(request)
        account = country(self.host.config.country)
        problems = []
        message = invalid_charge_message(account, data.get("amount"), data.get("currency"))
        if message:
            problems.append(message)
        capture = _flag(data.get("capture", True))
        if capture is None:
            problems.append("capture must be true or false")  # NO PRIMARY SOURCE
        if problems:
            return 400, error_body("invalid_charge", join_problems(problems)), {}
        card, customer = data.get("card"), data.get("customer")
        if not (isinstance(card, str) and card) and not (isinstance(customer, str) and customer):
            return 400, error_body("missing_card", "request contains no card parameters"), {}
        ask = ChargeRequest(
            amount=parse_amount(data.get("amount")) or 0,
            capture=bool(capture),
            description=_text(data.get("description")),
            metadata=_metadata(data.get("metadata")),
            ip=_text(data.get("ip")),
            return_uri=_text(data.get("return_uri")),
        )
        forced = self.host.faults.get().charge_failure
        outcome, charge = self.host.state.create_charge(
            card if isinstance(card, str) and card else None,
            customer if isinstance(customer, str) and customer else None,
            ask,
            self.host.base_url(request),
            forced,
        )
        if outcome == "ok" and forced:
            self.host.faults.charge_failure_used(forced)
        if outcome == "not_found":
            return not_found("token", str(card))
        if outcome == "customer_not_found":
            return not_found("customer", str(customer))
        if outcome == "card_not_found":
            return not_found("card", str(card))
        if outcome == "used_token":
            return 400, error_body("used_token", "token was already used"), {}
        return 200, self._view(request, charge), {}

    # ------------------------------------------------------------------ read
    async def retrieve(self, request: Request) -> Response:
        async def handler(request: Request, faults: Faults) -> Answer:
            charge_id = request.path_params["charge_id"]
            charge = self.host.state.charge_record(charge_id)
            if charge is None:
                return not_found("charge", charge_id)
            return 200, self._view(request, charge), {}

        return await self._secret(request, handler)

    async def list(self, request: Request) -> Response:
        """``GET /charges?limit=&offset=&order=``; the official SDKs send these as a JSON
        body of the GET (omise-python's ``LazyCollection``), read too."""

        async def handler(request: Request, faults: Faults) -> Answer:
            asked: dict[str, Any] = dict(request.query_params)
            if request.headers.get("content-type", "").startswith("application/json"):
                body = await self.host.read_fields(request)
                asked.update({k: v for k, v in body.items() if v is not None})
            limit = parse_amount(asked.get("limit", 20))
            offset = parse_amount(asked.get("offset", 0))
            if limit is None or offset is None:
                # NO PRIMARY SOURCE for this wording.
                return 400, error_body("invalid_page", "limit and offset must be numbers"), {}
            newest = asked.get("order") == "reverse_chronological"
            page = self.host.state.list_charges(min(limit, MAX_PAGE), offset, newest)
            page["data"] = [self._view(request, c) for c in page["data"]]
            return 200, page, {}

        return await self._secret(request, handler)

    # ------------------------------------------------------------------ change
    def _action(
        self, change: Callable[[str], tuple[dict[str, Any] | None, tuple[str, str] | None]]
    ) -> Handler:
        async def handler(request: Request, faults: Faults) -> Answer:
            charge_id = request.path_params["charge_id"]
            await self.host.read_fields(request)  # read (and bounded), not needed
            charge, problem = change(charge_id)
            if charge is None:
                return not_found("charge", charge_id)
            if problem is not None:
                return 400, error_body(*problem), {}
            return 200, self._view(request, charge), {}

        return handler

    async def capture(self, request: Request) -> Response:
        return await self._secret(request, self._action(self.host.state.capture_charge))

    async def reverse(self, request: Request) -> Response:
        return await self._secret(request, self._action(self.host.state.reverse_charge))

    async def expire(self, request: Request) -> Response:
        """``POST /charges/{id}/expire``: as Omise's, for charges still waiting (pending)."""
        return await self._secret(request, self._action(self.host.state.expire_charge))

    # ------------------------------------------------------------------ customers
    async def create_customer(self, request: Request) -> Response:
        async def handler(request: Request, faults: Faults) -> Answer:
            data = await self.host.read_fields(request)
            card = data.get("card")
            fields = {
                "email": _text(data.get("email")),
                "description": _text(data.get("description")),
                "metadata": _metadata(data.get("metadata")),
            }
            token_id = card if isinstance(card, str) and card else None
            outcome, customer = self.host.state.create_customer(token_id, fields)
            if outcome == "not_found":
                return not_found("token", str(card))
            if outcome == "used_token":
                return 400, error_body("used_token", "token was already used"), {}
            return 200, _public(customer), {}

        return await self._secret(request, handler)

    async def retrieve_customer(self, request: Request) -> Response:
        async def handler(request: Request, faults: Faults) -> Answer:
            customer_id = request.path_params["customer_id"]
            customer = self.host.state.customer_record(customer_id)
            if customer is None:
                return not_found("customer", customer_id)
            return 200, _public(customer), {}

        return await self._secret(request, handler)

    # ------------------------------------------------------------------ 3-D Secure page
    async def authorize_page(self, request: Request) -> Response:
        """The buyer's 3-D Secure step, as the emulator stands in for the bank: a page with
        Pass and Fail (GET), and the choice (POST ``result=pass|fail``), which redirects to
        the charge's ``return_uri``."""
        payment = request.path_params["payment_id"]
        charge_id = "chrg_test_" + payment.removeprefix("paym_test_")
        charge = self.host.state.charge_record(charge_id) if _ID.fullmatch(payment) else None
        if charge is None or charge.get("authorize_uri") is None:
            return HTMLResponse(_page("No such payment.", ""), 404)
        if request.method == "GET":
            return HTMLResponse(_page(_question(charge), _buttons()), 200)
        fields = await self.host.read_fields(request)
        result = fields.get("result")
        if result not in ("pass", "fail"):
            return HTMLResponse(_page("Choose Pass or Fail.", _buttons()), 400)
        decided = self.host.state.authorize_payment(payment, result == "pass") or charge
        target = decided.get("return_uri")
        if not target:
            return HTMLResponse(_page(f"The charge is {decided['status']}.", ""), 200)
        return RedirectResponse(target, 303)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def _question(charge: dict[str, Any]) -> str:
    amount = f"{charge['amount']} {charge['currency']}"
    card = charge.get("card") or {}
    last4 = str(card.get("last_digits", ""))
    return f"3-D Secure (Sandbox): authorize {amount} on the card ending {last4}?"


def _buttons() -> str:
    return (
        '<form method="post"><button name="result" value="pass" id="pass">Pass</button> '
        '<button name="result" value="fail" id="fail">Fail</button></form>'
    )


def _page(text: str, form: str) -> str:
    # The emulator's own page, in English only: it stands in for a bank's page, which
    # speaks the bank's language; it is not part of the app's window.
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>3-D Secure (Sandbox)"
        f"</title></head><body><p>{html.escape(text)}</p>{form}</body></html>"
    )
