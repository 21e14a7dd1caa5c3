"""Async client for the Omise vault (``POST /tokens``, ``GET /tokens/{id}``).

The key policy and the base-URL policy run before any request is built. Every failure leaves
as a ``VaultError``; no raw httpx or JSON exception escapes.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import httpx

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.endpoint import (
    API_VERSIONS,
    DEFAULT_API_VERSION,
    DEFAULT_TIMEOUT_S,
    DEFAULT_VAULT_URL,
    Endpoint,
    check_base_url,
)
from omise_token_gui.core.errors import ErrorKind, FieldProblem, VaultError
from omise_token_gui.core.keys import require_public_test_key
from omise_token_gui.core.models import Token

USER_AGENT = f"OmiseTokenGUI/{__version__} ({PRODUCT_NAME}) httpx/{httpx.__version__}"
_TOKEN_ID_RE = re.compile(r"tokn_[A-Za-z0-9_]{1,64}")
_MAX_RETRY_AFTER_S = 300.0


def basic_auth_header(key: str) -> str:
    """HTTP Basic with the key as user and an empty password (``curl -u KEY:``)."""
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode("ascii")


class VaultClient:
    """Talks to one vault through an injected, long-lived ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, endpoint: Endpoint | None = None) -> None:
        self._http = http
        self.endpoint = endpoint or Endpoint()

    async def create_token(self, card: CardInput, key: str) -> Token:
        """``POST /tokens`` with ``card[...]`` form fields, as the seed page's curl does."""
        request = self._request("POST", "/tokens", key, data=card.form_fields())
        return await self._send_for_token(request)

    async def retrieve_token(self, token_id: str, key: str) -> Token:
        request = self._build_retrieve(token_id, key)
        return await self._send_for_token(request)

    def _build_retrieve(self, token_id: str, key: str) -> httpx.Request:
        if not _TOKEN_ID_RE.fullmatch(token_id):
            # Checked after the key so that a bad key is always the first thing reported.
            require_public_test_key(key)
            raise VaultError(kind=ErrorKind.BAD_REQUEST, human=f"Not a token id: {token_id!r}.")
        return self._request("GET", f"/tokens/{quote(token_id)}", key)

    def _request(
        self, method: str, path: str, key: str, data: dict[str, str] | None = None
    ) -> httpx.Request:
        clean_key = require_public_test_key(key)  # before anything is built or sent
        base = check_base_url(self.endpoint.base_url)
        if self.endpoint.api_version not in API_VERSIONS:
            raise VaultError(
                kind=ErrorKind.BAD_REQUEST,
                human=f"Unknown Omise API version {self.endpoint.api_version!r}.",
            )
        headers = {
            "Omise-Version": self.endpoint.api_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Authorization": basic_auth_header(clean_key),
        }
        return self._http.build_request(
            method,
            base + path,
            data=data,
            headers=headers,
            timeout=httpx.Timeout(self.endpoint.timeout_s, connect=self.endpoint.connect_timeout_s),
        )

    async def _send_for_token(self, request: httpx.Request) -> Token:
        response = await self._send(request)
        body = _decode(response)
        if response.status_code >= 400:
            raise error_from_response(response, body)
        try:
            token = Token.parse(body, response.text)
        except VaultError as exc:
            exc.body = response.text[:_MAX_BODY_KEPT]
            raise
        if token.livemode or not token.id.startswith("tokn_test_"):
            raise VaultError(
                kind=ErrorKind.LIVEMODE,
                human="The vault answered with a LIVE token (livemode is not false). It was "
                "refused and not stored. Check that this profile points at a test vault.",
                status=response.status_code,
            )
        return token

    async def _send(self, request: httpx.Request) -> httpx.Response:
        # httpx's timeouts are per operation: a body trickled a few bytes at a time would never
        # trip them. The whole exchange also has a deadline.
        try:
            async with asyncio.timeout(self.endpoint.timeout_s):
                response = await self._http.send(request)
                await response.aread()
        except (httpx.TimeoutException, TimeoutError) as exc:
            raise VaultError(
                kind=ErrorKind.TIMEOUT,
                human=f"The vault did not answer within {self.endpoint.timeout_s:g} seconds.",
            ) from exc
        except httpx.HTTPError as exc:
            if _is_tls_failure(exc):
                raise VaultError(
                    kind=ErrorKind.TLS,
                    human="A secure (TLS) connection to the vault could not be made: "
                    "its certificate was not trusted or the handshake failed.",
                ) from exc
            if isinstance(exc, httpx.ConnectError):
                human = "Could not connect to the vault. Check the network and the vault URL."
            elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
                human = "The connection to the vault was dropped before a full answer arrived."
            else:
                human = f"A network error stopped the request ({type(exc).__name__})."
            raise VaultError(kind=ErrorKind.CONNECTION, human=human) from exc
        return response


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _decode(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:  # includes UnicodeDecodeError
        if response.status_code >= 500:
            return None  # a 5xx with an HTML body is still a 5xx
        raise VaultError(
            kind=ErrorKind.MALFORMED,
            human=f"The vault answered HTTP {response.status_code} with a body that is not JSON.",
            status=response.status_code,
            body=response.text[:_MAX_BODY_KEPT],
        ) from None


_KIND_BY_CODE = {
    "authentication_failure": ErrorKind.AUTHENTICATION,
    "invalid_card": ErrorKind.INVALID_CARD,
    "not_found": ErrorKind.NOT_FOUND,
    "bad_request": ErrorKind.BAD_REQUEST,
    "used_token": ErrorKind.USED_TOKEN,
    "failed_fraud_check": ErrorKind.FRAUD_CHECK,
}

_HUMAN_BY_KIND = {
    ErrorKind.AUTHENTICATION: "The vault refused the key (authentication failed). Check the "
    "public test key in Settings.",
    ErrorKind.INVALID_CARD: "The vault refused the card data.",
    ErrorKind.NOT_FOUND: "The vault does not know this token.",
    ErrorKind.BAD_REQUEST: "The vault could not read the request.",
    ErrorKind.USED_TOKEN: "This token was already used.",
    ErrorKind.FRAUD_CHECK: "The vault refused the card: it failed the fraud check.",
}


_MAX_BODY_KEPT = 10_000


def error_from_response(response: httpx.Response, body: Any) -> VaultError:
    error = _error_from_response(response, body)
    error.body = response.text[:_MAX_BODY_KEPT]
    return error


def _error_from_response(response: httpx.Response, body: Any) -> VaultError:
    status = response.status_code
    code = message = None
    if isinstance(body, dict) and body.get("object") == "error":
        code = body.get("code") if isinstance(body.get("code"), str) else None
        message = body.get("message") if isinstance(body.get("message"), str) else None
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        wait = f" Try again in {retry_after:g} seconds." if retry_after is not None else ""
        return VaultError(
            kind=ErrorKind.RATE_LIMITED,
            human=f"Too many requests: the vault is rate-limiting token creation.{wait}",
            code=code,
            message=message,
            status=status,
            retry_after=retry_after,
        )
    if status >= 500:
        return VaultError(
            kind=ErrorKind.SERVER,
            human=f"The vault had a server error (HTTP {status}). Try again in a moment.",
            code=code,
            message=message,
            status=status,
        )
    kind = _KIND_BY_CODE.get(code or "")
    if kind is None:
        if status == 401:
            kind = ErrorKind.AUTHENTICATION
        elif status == 404:
            kind = ErrorKind.NOT_FOUND
        elif code is None and message is None:
            return VaultError(
                kind=ErrorKind.MALFORMED,
                human=f"The vault answered HTTP {status} without an Omise error object.",
                status=status,
            )
        else:
            kind = ErrorKind.OTHER
    human = _HUMAN_BY_KIND.get(kind, f"The vault answered with an error (HTTP {status}).")
    problems: tuple[FieldProblem, ...] = ()
    if kind is ErrorKind.INVALID_CARD and message:
        problems = split_invalid_card(message)
        human = f"{human} {message[:1].upper()}{message[1:]}."
    elif message and kind is not ErrorKind.AUTHENTICATION:
        human = f"{human} ({message})"
    return VaultError(
        kind=kind, human=human, code=code, message=message, status=status, problems=problems
    )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from ``Retry-After`` (delta-seconds or an HTTP date), capped; None if absent."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER_S)


_FIELD_WORDS = r"(?:number|name|expiration|brand|security|city|postal|country|state|street|phone)"
_SPLIT_RE = re.compile(rf",\s*(?:and\s+)?|\s+and\s+(?={_FIELD_WORDS}\b)")


def split_invalid_card(message: str) -> tuple[FieldProblem, ...]:
    """Split Omise's joined ``invalid_card`` message into per-field problems.

    ``a and b``, ``a, b, and c``; "between 1 and 12" stays whole.
    """
    out: list[FieldProblem] = []
    for part in _SPLIT_RE.split(message):
        part = part.strip().rstrip(".")
        if not part:
            continue
        lower = part.lower()
        if lower.startswith(("number", "brand")):
            field = "number"
        elif lower.startswith("name"):
            field = "name"
        elif lower.startswith("expiration month"):
            field = "expiration_month"
        elif lower.startswith(("expiration year", "expiration date")):
            field = "expiration_year"
        elif lower.startswith("security code"):
            field = "security_code"
        else:
            field = lower.split(" ", 1)[0] if lower else "other"
        out.append(FieldProblem(field, part[:1].upper() + part[1:] + "."))
    return tuple(out)


__all__ = [
    "API_VERSIONS",
    "DEFAULT_API_VERSION",
    "DEFAULT_TIMEOUT_S",
    "DEFAULT_VAULT_URL",
    "USER_AGENT",
    "Endpoint",
    "VaultClient",
    "basic_auth_header",
    "check_base_url",
    "error_from_response",
    "parse_retry_after",
    "split_invalid_card",
]
