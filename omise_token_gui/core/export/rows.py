"""One exported row: an attempt and, for a created one, its token as the history has it now.

``EvidenceRow`` is what every format reads. It decides once what an attempt means for a test
run (``Result``): passed, failed, skipped (cancelled) or pending (a token whose charge has not
ended). Every text that leaves through an export goes through ``safe`` first, so that no card
number can be written even if one was typed into a note.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from omise_token_gui.core.answers import scrub_answer, scrub_text
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.verdict import Verdict, reason, verdict

# The only vault error that ends a "Send anyway" attempt as expected: the vault refusing the card.
EXPECTED_REFUSAL = "invalid_card"


class Result(enum.StrEnum):
    """What an attempt means for a test run (``result`` in every format)."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"  # cancelled: nothing to judge
    PENDING = "pending"  # created, its charge not final yet


def safe(text: str) -> str:
    """``text`` with anything card-number-shaped and any named security code masked."""
    return scrub_text(text) if text else text


def _loads(raw: str) -> Any:
    if not raw:
        return None
    try:
        return scrub_answer(json.loads(raw))
    except ValueError:
        return safe(raw)


def iso(moment: datetime | None) -> str:
    """ISO 8601 in UTC, to the second (``2026-12-02T10:15:03+00:00``); "" for None."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class EvidenceRow:
    """An attempt and, when it made a token that is still in the history, that token."""

    attempt: Attempt
    token: TokenRecord | None = None

    # ------------------------------------------------------------------ the token's side
    @property
    def verdict(self) -> Verdict | None:
        return verdict(self.token.verdict_row()) if self.token is not None else None

    @property
    def verdict_reason(self) -> str:
        return reason(self.token.verdict_row()) if self.token is not None else ""

    @property
    def charge_status(self) -> str:
        return self.token.charge_status if self.token is not None else ""

    @property
    def failure_code(self) -> str:
        return (self.token.failure_code or "") if self.token is not None else ""

    # ------------------------------------------------------------------ the attempt's side
    @property
    def label(self) -> str:
        """The attempt's id, or its token's for a token whose attempt was lost (``""`` id)."""
        return self.attempt.attempt_id or self.attempt.token_id or "-"

    @property
    def expected_error(self) -> bool:
        """The refusal the tester asked for: "Send anyway" on a card the app refused, answered
        by the vault's ``invalid_card``. Any other vault error (a 5xx, ``authentication_failure``,
        a 429...) is an unexpected failure, "Send anyway" or not."""
        a = self.attempt
        return (
            a.outcome is Outcome.VAULT_ERROR and a.send_anyway and a.error_code == EXPECTED_REFUSAL
        )

    @property
    def result(self) -> Result:
        outcome = self.attempt.outcome
        if outcome is Outcome.CANCELLED:
            return Result.SKIPPED
        if self.expected_error:
            return Result.PASSED
        if outcome is not Outcome.CREATED:
            return Result.FAILED
        found = self.verdict
        if found is Verdict.MISMATCH:
            return Result.FAILED
        if found is Verdict.PENDING:
            return Result.PENDING
        return Result.PASSED

    @property
    def card(self) -> str:
        """Brand and last 4 (``Visa ••4242``), never more."""
        a = self.attempt
        last4 = f"••{a.last4}" if a.last4 else ""
        return " ".join(p for p in (a.brand, last4) if p)

    @property
    def expected(self) -> str:
        code, status = self.attempt.expected_failure_code, self.attempt.expected_charge_status
        if code:
            return f"failed: {code}"
        return status or ""

    @property
    def finished_at(self) -> datetime:
        return self.attempt.at + timedelta(milliseconds=self.attempt.duration_ms or 0)

    def request(self) -> dict[str, Any]:
        """The create's fields as sent, keyed ``name``, ``expiration_month``... (no number,
        no security code: ``Attempt.request_json`` never holds them; masked again here)."""
        body = _loads(self.attempt.request_json)
        if not isinstance(body, dict):
            return {}
        out: dict[str, Any] = {}
        for key, value in body.items():
            name = str(key).removeprefix("card[").removesuffix("]")
            if name not in ("number", "security_code"):
                out[name] = value
        return out

    def answer(self) -> Any:
        """The vault's answer to the create (scrubbed), or None."""
        return _loads(self.attempt.answer_json)

    def latest_answer(self) -> Any:
        """The token's latest answer (after a refresh), or None."""
        return _loads(self.token.raw_json) if self.token is not None else None
