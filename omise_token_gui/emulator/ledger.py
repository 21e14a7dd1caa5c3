"""The charges and customers of ``VaultState`` (a mixin: it shares the state's lock, records
and config): create, read, list, capture, reverse, 3-D Secure, expiry by the emulator's
clock, and a minimal customer that keeps a token's card."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from omise_token_gui.emulator.accounts import country
from omise_token_gui.emulator.charges import (
    ChargeRequest,
    age,
    authorize,
    await_authorization,
    capture,
    capture_problem,
    iso,
    list_object,
    new_charge,
    new_id,
    reverse,
    reverse_problem,
    settle,
)
from omise_token_gui.emulator.records import Records

Problem = tuple[str, str]  # an error's code and message
MAX_PAGE = 100  # a list answers at most this many (Omise's documented maximum limit)


class _Account(Protocol):
    """What the ledger reads of ``EmulatorConfig``."""

    country: str
    three_d_secure: bool


class ChargeLedger:
    config: _Account
    _lock: threading.Lock
    _records: Records
    clock_offset_s: float = 0.0  # the emulator's clock, ahead of the real one (admin: clock)

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.clock_offset_s)

    def advance_clock(self, seconds: float) -> datetime:
        """Move the emulator's clock ``seconds`` ahead (0 <= seconds): uncaptured charges
        whose ``expires_at`` it passes expire when next read."""
        if not 0 <= seconds <= 10 * 365 * 86_400:
            raise ValueError("the clock moves ahead by 0 to 10 years of seconds")
        with self._lock:
            self.clock_offset_s += seconds
            return self.now()

    # ------------------------------------------------------------------ create
    def create_charge(
        self,
        card_ref: str | None,
        customer_id: str | None,
        request: ChargeRequest,
        base_url: str,
        failure_code: str | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """A charge on a token (``card_ref``) or on a customer's card (``customer_id``, with
        ``card_ref`` a card id or None for its default card). Returns ("ok", record) or
        ("not_found" | "used_token" | "customer_not_found" | "card_not_found", {})."""
        with self._lock, self._records.exclusive():
            now = self.now()
            found = self._payer(card_ref, customer_id)
            if isinstance(found, str):
                return found, {}
            card, scenario, token = found
            if failure_code:
                scenario = ("failed", failure_code)
            charge = new_charge(request, card, country(self.config.country), now, customer_id)
            if self.config.three_d_secure and request.return_uri:
                await_authorization(charge, scenario, base_url)
            else:
                settle(charge, scenario[0], scenario[1], now)
            if token is not None:
                charge["_token"] = token["id"]
                token["_charge"] = charge["id"]
                token.update(used=True, charge_status=charge["status"], card=None)
                self._records.put("token", token)
            self._records.put("charge", charge)
            return "ok", charge

    def _payer(
        self, card_ref: str | None, customer_id: str | None
    ) -> str | tuple[dict[str, Any] | None, tuple[str, str | None], dict[str, Any] | None]:
        """The card, its scenario and the token (None for a customer's card) a charge uses;
        or why there is none."""
        if customer_id:
            customer = self._records.get("customer", customer_id)
            if customer is None:
                return "customer_not_found"
            card_id = card_ref or customer["default_card"]
            cards = [c for c in customer["cards"]["data"] if c["id"] == card_id]
            if not cards:
                return "card_not_found"
            status, failure = customer["_scenarios"][card_id]
            return cards[0], (status, failure), None
        token = self._records.get("token", card_ref or "")
        if token is None:
            return "not_found"
        if token["used"]:
            return "used_token"
        status, failure = token["_scenario"]
        return token["card"], (status, failure), token

    # ------------------------------------------------------------------ read
    def charge_record(self, charge_id: str) -> dict[str, Any] | None:
        """The charge (expired first if the clock has passed its ``expires_at``)."""
        with self._lock, self._records.exclusive():
            charge = self._records.get("charge", charge_id)
            if charge is not None and age(charge, self.now()):
                self._keep(charge)
            return charge

    def list_charges(self, limit: int, offset: int, newest_first: bool) -> dict[str, Any]:
        """``GET /charges``: a list object of charge records (private keys still in)."""
        with self._lock, self._records.exclusive():
            now = self.now()
            every = self._records.all("charge")
            for charge in every:
                if age(charge, now):
                    self._keep(charge)
        if newest_first:
            every.reverse()
        page = every[offset : offset + limit]
        order = "reverse_chronological" if newest_first else "chronological"
        return list_object(
            page, "/charges", now, limit=limit, offset=offset, total=len(every), order=order
        )

    # ------------------------------------------------------------------ change
    def _change(
        self,
        charge_id: str,
        problem: Callable[[dict[str, Any]], Problem | None],
        action: Callable[[dict[str, Any], datetime], None],
    ) -> tuple[dict[str, Any] | None, Problem | None]:
        with self._lock, self._records.exclusive():
            now = self.now()
            charge = self._records.get("charge", charge_id)
            if charge is None:
                return None, None
            aged = age(charge, now)
            why = problem(charge)
            if why is None:
                action(charge, now)
            if why is None or aged:
                self._keep(charge)
            return charge, why

    def capture_charge(self, charge_id: str) -> tuple[dict[str, Any] | None, Problem | None]:
        """``POST /charges/{id}/capture``: (charge, None), (charge, problem) or (None, None)."""
        return self._change(charge_id, capture_problem, capture)

    def reverse_charge(self, charge_id: str) -> tuple[dict[str, Any] | None, Problem | None]:
        return self._change(charge_id, reverse_problem, reverse)

    def expire_charge(self, charge_id: str) -> tuple[dict[str, Any] | None, Problem | None]:
        """``POST /charges/{id}/expire``: a charge still pending expires now. NO PRIMARY
        SOURCE for the refusal of any other: ``bad_request`` "charge can't be expired"."""

        def problem(charge: dict[str, Any]) -> Problem | None:
            if charge["status"] != "pending":
                return "bad_request", "charge can't be expired"
            return None

        def expire(charge: dict[str, Any], now: datetime) -> None:
            charge["expires_at"] = iso(now)
            age(charge, now)

        return self._change(charge_id, problem, expire)

    def authorize_payment(self, payment_id: str, passed: bool) -> dict[str, Any] | None:
        """The buyer passed or failed 3-D Secure on the charge of ``payment_id``: the charge
        (decided now, or as it was when it no longer waited); None if there is none."""
        charge_id = "chrg_test_" + payment_id.removeprefix("paym_test_")
        if not payment_id.startswith("paym_test_"):
            return None

        def decide(charge: dict[str, Any], now: datetime) -> None:
            authorize(charge, passed, now)

        charge, _ = self._change(charge_id, lambda charge: None, decide)
        return charge

    def _keep(self, charge: dict[str, Any]) -> None:
        """Store ``charge``; its token's ``charge_status`` follows (caller holds the lock)."""
        self._records.put("charge", charge)
        token = self._records.get("token", charge.get("_token") or "")
        if token is not None and token["charge_status"] != charge["status"]:
            token["charge_status"] = charge["status"]
            self._records.put("token", token)

    # ------------------------------------------------------------------ customers
    def create_customer(
        self, token_id: str | None, fields: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        """``POST /customers``, minimally: ``email``, ``description``, ``metadata`` and a
        ``card`` token whose card it keeps (the token becomes used). Returns ("ok", record)
        or ("not_found" | "used_token", {})."""
        with self._lock, self._records.exclusive():
            now = self.now()
            customer_id = new_id("cust_test_")
            cards: list[dict[str, Any]] = []
            scenarios: dict[str, list[Any]] = {}
            if token_id:
                token = self._records.get("token", token_id)
                if token is None:
                    return "not_found", {}
                if token["used"] or token["card"] is None:
                    return "used_token", {}
                card = dict(token["card"])
                card["location"] = f"/customers/{customer_id}/cards/{card['id']}"
                cards.append(card)
                scenarios[card["id"]] = list(token["_scenario"])
                token.update(used=True, card=None)
                self._records.put("token", token)
            location = f"/customers/{customer_id}"
            customer = {
                "object": "customer",
                "id": customer_id,
                "livemode": False,
                "location": location,
                "deleted": False,
                "metadata": fields.get("metadata") or {},
                "cards": list_object(cards, location + "/cards", now),
                "default_card": cards[0]["id"] if cards else None,
                "linked_accounts": list_object([], location + "/linked_accounts", now),
                "description": fields.get("description"),
                "email": fields.get("email"),
                "created_at": iso(now),
                "_scenarios": scenarios,
            }
            self._records.put("customer", customer)
            return "ok", customer

    def customer_record(self, customer_id: str) -> dict[str, Any] | None:
        with self._lock:
            return self._records.get("customer", customer_id)
