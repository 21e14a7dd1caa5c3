"""Async client for the Omise vault (``POST /tokens``, ``GET /tokens/{id}``).

The key policy and the base-URL policy run before any request is built (and again, on the
final request, in ``core.transport``). Every answer is read with a size cap inside the
request's deadline, decoded defensively and scrubbed of card data before anything reads it.
Every failure leaves as an ``AppError`` (``VaultError`` for what a vault answered and for
network faults); no raw httpx or JSON exception escapes.
"""

from __future__ import annotations

import asyncio
import base64
import re
import ssl
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import httpx

from omise_token_gui import PRODUCT_NAME, __version__
from omise_token_gui.core.answers import (
    MAX_ANSWER_BYTES,
    Token,
    decode_answer,
    has_livemode,
    is_test_token_id,
    number_spellings,
    scrub_answer,
    scrub_text,
    to_json,
)
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.endpoint import API_VERSIONS, Endpoint, check_base_url
from omise_token_gui.core.errors import ErrorKind, FieldProblem, InvalidInput, VaultError
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate, translator
from omise_token_gui.core.keys import require_public_test_key

_ = translator("Vault")

USER_AGENT = f"OmiseTokenGUI/{__version__} ({PRODUCT_NAME}) httpx/{httpx.__version__}"
_MAX_RETRY_AFTER_S = 300.0


def basic_auth_header(key: str) -> str:
    """HTTP Basic with the key as user and an empty password (``curl -u KEY:``)."""
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode("ascii")


@dataclass(frozen=True)
class Charge:
    """What a charge answer says about the token's use: ``status`` and any failure code."""

    status: str
    failure_code: str | None = None
    authorized: bool | None = None  # the charge's ``authorized`` (None: the answer had none)


class VaultClient:
    """Talks to one vault through an injected, long-lived ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, endpoint: Endpoint | None = None) -> None:
        self._http = http
        self.endpoint = endpoint or Endpoint()

    async def create_token(self, card: CardInput, key: str) -> Token:
        """``POST /tokens`` with ``card[...]`` form fields, as the seed page's curl does."""
        request = self._request("POST", "/tokens", key, data=card.form_fields())
        return await self._send_for_token(
            request, number_spellings(card.number), card.security_code
        )

    async def retrieve_token(self, token_id: str, key: str) -> Token:
        """``GET /tokens/{id}``; the answer is scrubbed of anything card-number-shaped."""
        request = self._build_retrieve(token_id, key)
        return await self._send_for_token(request)

    async def create_charge(
        self,
        token_id: str,
        secret_key: str,
        amount: int,
        currency: str = "thb",
        *,
        capture: bool = True,
    ) -> Charge:
        """``POST /charges`` with the token as the card, authorised by ``secret_key``
        (``capture=False``: authorize only).

        Only the embedded Sandbox is ever sent this: the guarded transport (``core.transport``)
        lets a secret test key through to exactly ``<sandbox URL>/charges`` and refuses it
        everywhere else, on the final request."""
        base = check_base_url(self.endpoint.base_url)
        request = self._http.build_request(
            "POST",
            f"{base}/charges",
            data={
                "amount": str(amount),
                "currency": currency,
                "card": token_id,
                **({} if capture else {"capture": "false"}),
            },
            headers={"Authorization": basic_auth_header(secret_key)},
            timeout=self.endpoint.timeout_s,
        )
        response = await self._send(request)
        try:
            body = decode_answer(response.content, response.status_code)
        except ValueError as exc:
            raise VaultError(
                kind=ErrorKind.CONNECTION, human=_("The Sandbox could not charge the token.")
            ) from exc
        if response.status_code >= 400:
            raise error_from_response(response, body)
        failure = body.get("failure_code") if isinstance(body, dict) else None
        status = body.get("status") if isinstance(body, dict) else None
        authorized = body.get("authorized") if isinstance(body, dict) else None
        return Charge(
            status=status if isinstance(status, str) else "unknown",
            failure_code=failure if isinstance(failure, str) else None,
            authorized=authorized if isinstance(authorized, bool) else None,
        )

    def _build_retrieve(self, token_id: str, key: str) -> httpx.Request:
        if not is_test_token_id(token_id):
            # Checked after the key so that a bad key is always the first thing reported.
            require_public_test_key(key)
            shown = token_id[:40] if token_id.isprintable() else _("(unprintable)")
            raise InvalidInput(
                kind=ErrorKind.BAD_REQUEST,
                human=_("Not a token id: {id}.").format(id=repr(shown)),
            )
        return self._request("GET", f"/tokens/{quote(token_id)}", key)

    def _request(
        self, method: str, path: str, key: str, data: dict[str, str] | None = None
    ) -> httpx.Request:
        clean_key = require_public_test_key(key)  # before anything is built or sent
        base = check_base_url(self.endpoint.base_url)
        if self.endpoint.api_version not in API_VERSIONS:
            raise InvalidInput(
                kind=ErrorKind.BAD_REQUEST,
                human=_("Unknown Omise API version {version}.").format(
                    version=repr(self.endpoint.api_version)
                ),
            )
        headers = {
            "Omise-Version": self.endpoint.api_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": "identity",
            "Authorization": basic_auth_header(clean_key),
        }
        try:
            return self._http.build_request(
                method,
                base + path,
                data=data,
                headers=headers,
                timeout=httpx.Timeout(
                    self.endpoint.timeout_s, connect=self.endpoint.connect_timeout_s
                ),
            )
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:  # a URL httpx cannot use
            raise VaultError(
                kind=ErrorKind.URL_REJECTED,
                human=_("The vault URL cannot be used ({error}). Nothing was sent.").format(
                    error=exc.__class__.__name__
                ),
            ) from exc

    async def _send_for_token(
        self, request: httpx.Request, spellings: Iterable[str] = (), code: str = ""
    ) -> Token:
        response = await self._send(request)
        spelled = tuple(spellings)
        decoded = _decode(response)
        if response.status_code < 400 and has_livemode(decoded):  # before scrubbing moves keys
            raise _live_answer(response.status_code)
        body = scrub_answer(decoded, spelled, code)
        text = to_json(body) if body is not None else scrub_text(_text(response), spelled, code)
        if response.status_code >= 400:
            raise error_from_response(response, body, text)
        if response.status_code != 200:
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human=_(
                    "The vault answered HTTP {status}, not a token (redirects are never followed)."
                ).format(status=response.status_code),
                status=response.status_code,
                body=text[:_MAX_BODY_KEPT],
            )
        try:
            token = Token.parse(body, text)
        except VaultError as exc:
            raise replace(exc, body=text[:_MAX_BODY_KEPT]) from None
        if token.livemode:
            raise _live_answer(response.status_code)
        return token

    async def _send(self, request: httpx.Request) -> httpx.Response:
        return await send_bounded(self._http, request, self.endpoint.timeout_s)


async def send_bounded(
    http: httpx.AsyncClient, request: httpx.Request, deadline_s: float
) -> httpx.Response:
    """Send ``request`` and read its answer, at most ``MAX_ANSWER_BYTES`` decoded, within one
    deadline for the whole exchange. Returns a complete response; raises ``VaultError``."""
    # httpx's timeouts are per operation: a body trickled a few bytes at a time would never
    # trip them. The whole exchange also has a deadline.
    sent = _watch_sending(request)
    try:
        async with asyncio.timeout(deadline_s):
            response = await http.send(request, stream=True)
            try:
                content = await read_bounded(response)
            finally:
                await response.aclose()
    except (httpx.TimeoutException, TimeoutError) as exc:
        raise VaultError(
            kind=ErrorKind.TIMEOUT,
            human=_("The vault did not answer within {seconds} seconds.").format(
                seconds=f"{deadline_s:g}"
            ),
            may_have_arrived=_arrived(sent, exc),
        ) from exc
    except httpx.HTTPError as exc:
        if _is_tls_failure(exc):
            raise VaultError(
                kind=ErrorKind.TLS,
                human=_(
                    "A secure (TLS) connection to the vault could not be made: "
                    "its certificate was not trusted or the handshake failed."
                ),
            ) from exc
        if isinstance(exc, httpx.ConnectError):
            human = _("Could not connect to the vault. Check the network and the vault URL.")
        elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
            human = _("The connection to the vault was dropped before a full answer arrived.")
        else:
            human = _("A network error stopped the request ({error}).").format(
                error=type(exc).__name__
            )
        raise VaultError(
            kind=ErrorKind.CONNECTION, human=human, may_have_arrived=_arrived(sent, exc)
        ) from exc
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(response.status_code, headers=headers, content=content, request=request)


def _watch_sending(request: httpx.Request) -> list[bool]:
    """A flag set (``[True]``) once the transport has written the whole request: httpcore's
    trace events, through the request's ``trace`` extension (another trace set on it still
    gets every event)."""
    sent: list[bool] = []
    before = request.extensions.get("trace")

    async def trace(name: str, info: dict[str, Any]) -> None:
        if name.endswith("send_request_body.complete"):
            sent.append(True)
        if before is not None:
            await before(name, info)

    request.extensions["trace"] = trace
    return sent


def _arrived(sent: list[bool], exc: BaseException) -> bool:
    """Whether a request that got no answer may have reached the vault: it was written whole
    (the trace said so), or the failure came while reading the answer."""
    return bool(sent) or isinstance(exc, httpx.ReadTimeout | httpx.ReadError)


def _too_large(status: int) -> VaultError:
    return VaultError(
        kind=ErrorKind.MALFORMED,
        human=_(
            "The vault's answer is larger than {size} KB; a token answer is a few KB. "
            "It was not read further."
        ).format(size=MAX_ANSWER_BYTES // 1024),
        status=status,
    )


async def read_bounded(response: httpx.Response, limit: int = MAX_ANSWER_BYTES) -> bytes:
    """The decoded body of a streamed response; stops and raises past ``limit`` bytes."""
    status = response.status_code
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limit:
        raise _too_large(status)
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise VaultError(
            kind=ErrorKind.MALFORMED,
            human=_(
                "The vault's answer uses an encoding this app does not read ({encoding})."
            ).format(encoding=encoding[:20]),
            status=status,
        )
    if response.is_stream_consumed:  # read already by an in-memory transport (tests)
        if len(response.content) > limit:
            raise _too_large(status)
        return response.content
    decoder = zlib.decompressobj(47) if encoding not in ("", "identity") else None
    out = bytearray()
    try:
        async for chunk in response.aiter_raw():
            if decoder is None:
                out += chunk
            else:
                out += decoder.decompress(chunk, limit + 1 - len(out))
                if decoder.unconsumed_tail:
                    raise _too_large(status)
            if len(out) > limit:
                raise _too_large(status)
        if decoder is not None:
            out += decoder.flush(limit + 1 - len(out))
    except zlib.error:
        raise VaultError(
            kind=ErrorKind.MALFORMED,
            human=_("The vault's compressed answer could not be decoded."),
            status=status,
        ) from None
    if len(out) > limit:
        raise _too_large(status)
    return bytes(out)


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _live_answer(status: int) -> VaultError:
    return VaultError(
        kind=ErrorKind.LIVEMODE,
        human=_(
            "The vault answered with a LIVE token (livemode is not false). It was "
            "refused and not stored. Check that this profile points at a test vault."
        ),
        status=status,
    )


def _text(response: httpx.Response) -> str:
    """The body as text, whatever charset the answer claims (``rot13``, ``hex``...: httpx's
    ``response.text`` would run that codec): UTF-8, undecodable bytes replaced."""
    return response.content.decode("utf-8", "replace")


def _decode(response: httpx.Response) -> Any:
    try:
        return decode_answer(response.content, response.status_code)
    except ValueError:  # not JSON (includes UnicodeDecodeError)
        if response.status_code >= 500:
            return None  # a 5xx with an HTML body is still a 5xx
        raise VaultError(
            kind=ErrorKind.MALFORMED,
            human=_("The vault answered HTTP {status} with a body that is not JSON.").format(
                status=response.status_code
            ),
            status=response.status_code,
            body=scrub_text(_text(response))[:_MAX_BODY_KEPT],
        ) from None


_KIND_BY_CODE = {
    "authentication_failure": ErrorKind.AUTHENTICATION,
    "invalid_card": ErrorKind.INVALID_CARD,
    "not_found": ErrorKind.NOT_FOUND,
    "bad_request": ErrorKind.BAD_REQUEST,
    "used_token": ErrorKind.USED_TOKEN,
    "failed_fraud_check": ErrorKind.FRAUD_CHECK,
}

# Marked here, translated (``translate("Vault", …)``) when an error is made.
_HUMAN_BY_KIND = {
    ErrorKind.AUTHENTICATION: QT_TRANSLATE_NOOP(
        "Vault",
        "The vault refused the key (authentication failed). Check the public test key in Settings.",
    ),
    ErrorKind.INVALID_CARD: QT_TRANSLATE_NOOP("Vault", "The vault refused the card data."),
    ErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP("Vault", "The vault does not know this token."),
    ErrorKind.BAD_REQUEST: QT_TRANSLATE_NOOP("Vault", "The vault could not read the request."),
    ErrorKind.USED_TOKEN: QT_TRANSLATE_NOOP("Vault", "This token was already used."),
    ErrorKind.FRAUD_CHECK: QT_TRANSLATE_NOOP(
        "Vault", "The vault refused the card: it failed the fraud check."
    ),
}


_MAX_BODY_KEPT = 10_000


_MAX_MESSAGE = 300


def error_from_response(response: httpx.Response, body: Any, text: str | None = None) -> VaultError:
    """The ``VaultError`` for an error answer; ``body``/``text`` are the scrubbed answer."""
    kept = (text if text is not None else scrub_text(_text(response)))[:_MAX_BODY_KEPT]
    return replace(_error_from_response(response, body), body=kept)


def _rate_limited(response: httpx.Response, code: str | None, message: str | None) -> VaultError:
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if retry_after is None:
        human = _("Too many requests: the vault is rate-limiting token creation.")
    else:
        human = _(
            "Too many requests: the vault is rate-limiting token creation. "
            "Try again in {seconds} seconds."
        ).format(seconds=f"{retry_after:g}")
    return VaultError(
        kind=ErrorKind.RATE_LIMITED,
        human=human,
        code=code,
        message=message,
        status=response.status_code,
        retry_after=retry_after,
    )


def _error_from_response(response: httpx.Response, body: Any) -> VaultError:
    status = response.status_code
    code = message = None
    if isinstance(body, dict) and body.get("object") == "error":
        code = body.get("code") if isinstance(body.get("code"), str) else None
        message = body.get("message") if isinstance(body.get("message"), str) else None
        code = code[:60] if code else code
        message = message[:_MAX_MESSAGE] if message else message
    if status == 429:
        return _rate_limited(response, code, message)
    if status >= 500:
        return VaultError(
            kind=ErrorKind.SERVER,
            human=_("The vault had a server error (HTTP {status}). Try again in a moment.").format(
                status=status
            ),
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
                human=_("The vault answered HTTP {status} without an Omise error object.").format(
                    status=status
                ),
                status=status,
            )
        else:
            kind = ErrorKind.OTHER
    problems = split_invalid_card(message) if kind is ErrorKind.INVALID_CARD and message else ()
    human = _error_human(kind, status, message)
    return VaultError(
        kind=kind,
        human=human,
        code=code,
        message=message,
        status=status,
        problems=problems,
        own_words=_error_human(kind, status, None) if message else None,
    )


def _error_human(kind: ErrorKind, status: int, message: str | None) -> str:
    """The app's sentence for an error answer, then Omise's own message as Omise sent it
    (the Thai labels it as Omise's words)."""
    if kind in _HUMAN_BY_KIND:
        human = translate("Vault", _HUMAN_BY_KIND[kind])
    else:
        human = _("The vault answered with an error (HTTP {status}).").format(status=status)
    if kind is ErrorKind.INVALID_CARD and message:
        return _("{explanation} {message}.", "Omise's own message after the app's").format(
            explanation=human, message=f"{message[:1].upper()}{message[1:]}"
        )
    if message and kind is not ErrorKind.AUTHENTICATION:
        return _("{explanation} ({message})", "Omise's own message after the app's").format(
            explanation=human, message=message
        )
    return human


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


# The parts of Omise's invalid_card messages seen from the real vault (omise-vault.md), as
# ``split_invalid_card`` writes them: a field's line shows them in the chosen language (the
# create panel still shows the whole message as Omise sent it). Others stay as sent.
_VAULT_PARTS = (
    QT_TRANSLATE_NOOP("VaultWords", "Number can't be blank."),
    QT_TRANSLATE_NOOP("VaultWords", "Number is invalid."),
    QT_TRANSLATE_NOOP("VaultWords", "Brand not supported (unknown)."),
    QT_TRANSLATE_NOOP("VaultWords", "Name can't be blank."),
    QT_TRANSLATE_NOOP("VaultWords", "Expiration date cannot be in the past."),
    QT_TRANSLATE_NOOP("VaultWords", "Expiration year is invalid."),
    QT_TRANSLATE_NOOP("VaultWords", "Expiration month is not between 1 and 12."),
    QT_TRANSLATE_NOOP("VaultWords", "Expiration date is invalid."),
    QT_TRANSLATE_NOOP("VaultWords", "Expiration month can't be blank."),
)


def split_invalid_card(message: str) -> tuple[FieldProblem, ...]:
    """Split Omise's joined ``invalid_card`` message into per-field problems, each in the
    current language when it is one of the known parts (``_VAULT_PARTS``).

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
        text = part[:1].upper() + part[1:] + "."
        out.append(
            FieldProblem(field, translate("VaultWords", text) if text in _VAULT_PARTS else text)
        )
    return tuple(out)


__all__ = [
    "USER_AGENT",
    "VaultClient",
    "basic_auth_header",
    "error_from_response",
    "parse_retry_after",
    "split_invalid_card",
]
