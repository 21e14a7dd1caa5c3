"""Making the ``Attempt`` a create leaves, whatever its end (``core.service`` records it).

``Draft.begin`` is called before anything else a create does (the clock starts there);
``created`` or ``failed`` makes the attempt. What it keeps of the card: brand and last 4 (from
the typed number, through the catalog or ``core.cards``), the other fields as typed but
scrubbed of every spelling of the number and of the security code (a number pasted into the
name field is masked there too); never the number or the code. Answers and messages are
scrubbed once more (the vault client scrubbed them already).

How each end is named (``error_code``), docs/evidence.md:

- refused here (nothing was sent): ``live_key``, ``secret_key``, ``not_test_key`` (the key
  policy), ``url_policy`` (the URL policy), ``proxy_policy`` (the proxy plan refused the
  host), ``tls_setup`` (the certificates cannot be loaded), ``invalid_card`` (the app's own
  checks; the message lists the fields, never their values), ``bad_request``, ``profile``;
- vault error: Omise's code (``invalid_card``, ``authentication_failure``…), else the app's
  kind (``server_error`` for a 5xx without one, ``rate_limited``);
- network fault (no usable answer): ``timeout``, ``connection_error``, ``tls_error``,
  ``malformed_answer`` (also an oversize answer), ``livemode_refused`` (a live token answered);
- cancelled: no code;
- unknown (a batch's create sent whole, then no answer: the vault may have made a token):
  ``timeout`` or ``connection_error``; a single create keeps ``network`` for the same end.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime

from omise_token_gui.core.answers import number_spellings, scrub_text
from omise_token_gui.core.attempts import new_attempt_id
from omise_token_gui.core.cards import REQUIRED_FIELDS, CardInput, detect_brand, normalize_number
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.errors import AppError, ErrorKind, InvalidInput, VaultError
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.keys import KeyKind, KeyRejected

_ = translator("Attempts")

# Fewer digits than this: not a card number, and no last 4 is kept (it would be most of it).
MIN_DIGITS_FOR_LAST4 = 9
_NOT_SENT = {ErrorKind.URL_REJECTED: "url_policy", ErrorKind.PROFILE: "profile"}
_NETWORK = {
    ErrorKind.TIMEOUT,
    ErrorKind.CONNECTION,
    ErrorKind.TLS,
    ErrorKind.MALFORMED,
    ErrorKind.LIVEMODE,
}
_LIVE_KEYS = {KeyKind.PUBLIC_LIVE, KeyKind.SECRET_LIVE}


def request_fields(card: CardInput) -> dict[str, str]:
    """The create's fields as an attempt keeps them: every field but the number and the
    security code (empty optional fields left out), each scrubbed of the number and code."""
    spellings = number_spellings(card.number)
    code = card.security_code.strip()
    out: dict[str, str] = {}
    for f in fields(card):
        if f.name in ("number", "security_code"):
            continue
        value: str = getattr(card, f.name)
        if value or f.name in REQUIRED_FIELDS:
            out[f.name] = scrub_text(value, spellings, code)
    return out


def card_of(card: CardInput, catalog: Catalog) -> tuple[str, str]:
    """(brand, last 4) of the typed number: the catalog's brand, else the brand rules'; the
    last 4 only of a number with at least ``MIN_DIGITS_FOR_LAST4`` digits."""
    number = normalize_number(card.number)
    entry = catalog.lookup(card.number)
    brand = (entry.brand if entry else None) or detect_brand(number) or ""
    digits = "".join(c for c in number if c.isdigit())
    return brand, digits[-4:] if len(digits) >= MIN_DIGITS_FOR_LAST4 else ""


def ending(exc: BaseException) -> tuple[Outcome, str | None, str]:
    """(outcome, error code, message) for how a create ended with ``exc``."""
    if isinstance(exc, asyncio.CancelledError):
        return Outcome.CANCELLED, None, _("Cancelled before the vault answered.")
    if not isinstance(exc, AppError):
        return Outcome.UNKNOWN, type(exc).__name__, ""
    if isinstance(exc, KeyRejected):
        kind = exc.verdict.kind
        code = (
            "live_key"
            if kind in _LIVE_KEYS
            else "secret_key"
            if kind is KeyKind.SECRET_TEST
            else "not_test_key"
        )
        return Outcome.REFUSED, code, exc.human
    if isinstance(exc, InvalidInput):
        if exc.kind is ErrorKind.INVALID_INPUT:
            names = ", ".join(dict.fromkeys(p.field for p in exc.problems))
            message = _("{sentence} Fields: {fields}.").format(sentence=exc.human, fields=names)
            return Outcome.REFUSED, "invalid_card", message
        return Outcome.REFUSED, exc.kind.value, exc.human
    if exc.kind in _NOT_SENT:
        return Outcome.REFUSED, _NOT_SENT[exc.kind], exc.human
    if isinstance(exc, VaultError) and exc.status is None and exc.__cause__ is None:
        # Raised by the guarded transport before a byte left (core.transport.route).
        if exc.kind is ErrorKind.CONNECTION:
            return Outcome.REFUSED, "proxy_policy", exc.human
        if exc.kind is ErrorKind.TLS:
            return Outcome.REFUSED, "tls_setup", exc.human
    if exc.kind in _NETWORK:
        return Outcome.NETWORK, exc.kind.value, exc.human
    if isinstance(exc, VaultError):
        return Outcome.VAULT_ERROR, exc.code or exc.kind.value, exc.message or exc.human
    return Outcome.REFUSED, exc.kind.value, exc.human


@dataclass(frozen=True)
class Draft:
    """An attempt begun: what is known before the create. Lives only while the create runs
    (``_spellings`` and ``_code`` scrub what it ends with; they are never stored)."""

    base: Attempt
    started: float
    _spellings: tuple[str, ...]
    _code: str

    @classmethod
    def begin(
        cls,
        card: CardInput,
        *,
        profile: str,
        vault_url: str,
        catalog: Catalog,
        send_anyway: bool = False,
        test_key: str = "",
        note: str = "",
        batch_id: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> Draft:
        brand, last4 = card_of(card, catalog)
        entry = catalog.lookup(card.number)
        spellings, code = number_spellings(card.number), card.security_code.strip()
        base = Attempt(
            attempt_id=new_attempt_id(),
            at=clock(),
            profile=profile,
            vault_url=vault_url,
            outcome=Outcome.UNKNOWN,
            brand=brand,
            last4=last4,
            scenario=entry.scenario if entry else None,
            scenario_label=entry.scenario_label if entry else None,
            expected_charge_status=entry.expected_charge_status if entry else None,
            expected_failure_code=entry.expected_failure_code if entry else None,
            request_json=json.dumps(request_fields(card), ensure_ascii=False, sort_keys=True),
            send_anyway=send_anyway,
            test_key=scrub_text(test_key.strip(), spellings, code),
            note=scrub_text(note, spellings, code),
            batch_id=batch_id,
        )
        return cls(base, time.monotonic(), spellings, code)

    def _clean(self, text: str) -> str:
        return scrub_text(text, self._spellings, self._code)

    def _elapsed_ms(self) -> int:
        return max(0, round((time.monotonic() - self.started) * 1000))

    def created(self, token: TokenRecord) -> Attempt:
        """The attempt of a create that made ``token`` (its answer: the token's raw JSON,
        the create answer; the token's own brand and last 4, as the vault named them)."""
        return replace(
            self.base,
            outcome=Outcome.CREATED,
            duration_ms=self._elapsed_ms(),
            token_id=token.token_id,
            brand=token.brand or self.base.brand,
            last4=token.last4 or self.base.last4,
            answer_json=self._clean(token.raw_json),
        )

    def failed(self, exc: BaseException) -> Attempt:
        """The attempt of a create that ended with ``exc`` (an ``AppError``, a cancel)."""
        outcome, code, message = ending(exc)
        if self.base.batch_id is not None and getattr(exc, "may_have_arrived", False):
            # A batch does not send it again: what the vault did is not known (docs/batch.md).
            outcome = Outcome.UNKNOWN
        body = exc.body if isinstance(exc, AppError) and exc.body else ""
        return replace(
            self.base,
            outcome=outcome,
            duration_ms=self._elapsed_ms(),
            error_code=code,
            error_message=self._clean(message),
            answer_json=self._clean(body),
        )
