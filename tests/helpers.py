"""Small helpers shared by tests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine
from datetime import date
from typing import Any, TypeVar

import httpx

from omise_token_gui.core.cards import CardInput

T = TypeVar("T")
TEST_KEY = "pkey_test_5xs8breq3htbkj03d2x"

TOKEN_2019 = json.loads(
    '{"object":"token","id":"tokn_test_63440m1z407jm6hgxtu","livemode":false,'
    '"location":"https://vault.staging-omise.co/tokens/tokn_test_63440m1z407jm6hgxtu",'
    '"used":false,"charge_status":"unknown",'
    '"card":{"object":"card","id":"card_test_63440m1wwjc3ipgm9w4","livemode":false,'
    '"location":null,"deleted":false,"street1":null,"street2":null,"city":"Bangkok",'
    '"state":null,"phone_number":null,"postal_code":"10320","country":"","financing":"",'
    '"bank":"","brand":"Visa","fingerprint":"6Dg5ncsSseId+2Pkar1y8MNjk+1MPEYQaBAWxr64McE=",'
    '"first_digits":null,"last_digits":"4242","name":"Zin Kyaw Kyaw","expiration_month":11,'
    '"expiration_year":2027,"security_code_check":true,"tokenization_method":null,'
    '"created_at":"2025-03-20T09:12:01Z"},"created_at":"2025-03-20T09:12:01Z"}'
)
TOKEN_USED = {
    "object": "token",
    "id": "tokn_test_63440m1z407jm6hgxtu",
    "livemode": False,
    "location": "/tokens/tokn_test_63440m1z407jm6hgxtu",
    "used": True,
    "charge_status": "unknown",
    "card": None,
    "created_at": "2025-03-20T09:12:01Z",
}


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def future_year() -> str:
    return str(date.today().year + 3)


def card(number: str = "4242424242424242", **overrides: str) -> CardInput:
    values = {
        "name": "Somchai Prasert",
        "number": number,
        "expiration_month": "10",
        "expiration_year": future_year(),
        "security_code": "123",
        "city": "Bangkok",
        "postal_code": "10320",
        "country": "TH",
    }
    values.update(overrides)
    return CardInput(**values)


class Recorder:
    """An ``httpx.MockTransport`` that records every request that reaches the transport."""

    def __init__(
        self,
        answer: Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]] | None = None,
    ) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer or (lambda r: httpx.Response(200, json=TOKEN_2019))

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        result = self._answer(request)
        if isinstance(result, httpx.Response):
            return result
        return await result

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))
