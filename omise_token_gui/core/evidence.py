"""The evidence vocabulary: one create attempt as the history keeps it and the exports read it.

Shared by the attempt log (``core.attempts``: stores and reads them), the window's history
and details pane, ``omise-token history --attempts`` and every export format
(``core.export``). No Qt, no I/O here.

An ``Attempt`` never holds a full card number or security code: ``request`` is the create's
fields with the number reduced to brand and last 4 and the security code left out, and
``answer`` is the vault's answer scrubbed as the promises require (``core.answers``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Outcome(StrEnum):
    """How a create attempt ended (stored as these words; exports use them as written)."""

    CREATED = "created"  # the vault made a token (``token_id`` is set)
    REFUSED = "refused"  # refused here before anything was sent (``error_code``: the rule)
    VAULT_ERROR = "vault_error"  # the vault answered with an error (``error_code``: Omise's code)
    NETWORK = "network"  # no answer: connection, timeout, proxy, a malformed or oversize answer
    CANCELLED = "cancelled"  # the tester (or a batch) cancelled it
    UNKNOWN = "unknown"  # it may have reached the vault, no answer was read (batch, issue 17)


@dataclass(frozen=True)
class Attempt:
    """One create attempt, whatever its end.

    ``attempt_id`` is ``atmp_`` and 32 hex digits. Times are aware (UTC when stored).
    ``test_key`` is the test case the tester names (free text, e.g. ``QA-123``; ``""``: none);
    ``note`` is free text. Both may be edited later. ``send_anyway`` is True when the
    tester sent a card the app's own checks refused (a negative test: a vault error is then
    the expected end). ``batch_id`` groups the attempts of one batch (None: a single create).
    """

    attempt_id: str
    at: datetime
    profile: str
    vault_url: str
    outcome: Outcome
    duration_ms: int | None = None
    token_id: str | None = None
    brand: str = ""
    last4: str = ""
    scenario: str | None = None
    scenario_label: str | None = None
    expected_charge_status: str | None = None
    expected_failure_code: str | None = None
    request_json: str = "{}"  # the create's fields: no number (brand, last 4), no security code
    answer_json: str = ""  # the vault's answer, scrubbed ("" when there was none)
    error_code: str | None = None  # Omise's code (vault_error) or the local rule (refused)
    error_message: str = ""  # Omise's message as sent, or the app's own sentence
    send_anyway: bool = False
    test_key: str = ""
    note: str = ""
    batch_id: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.outcome is Outcome.CREATED
