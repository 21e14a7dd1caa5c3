"""The one error type that leaves the core: every failure becomes a ``VaultError``."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErrorKind(StrEnum):
    KEY_REJECTED = "key_rejected"
    URL_REJECTED = "url_rejected"
    INVALID_INPUT = "invalid_input"  # local validation refused the card; nothing was sent
    AUTHENTICATION = "authentication_failure"
    INVALID_CARD = "invalid_card"
    NOT_FOUND = "not_found"
    BAD_REQUEST = "bad_request"
    USED_TOKEN = "used_token"
    FRAUD_CHECK = "failed_fraud_check"
    RATE_LIMITED = "rate_limited"
    SERVER = "server_error"
    TIMEOUT = "timeout"
    CONNECTION = "connection_error"
    TLS = "tls_error"
    MALFORMED = "malformed_answer"
    LIVEMODE = "livemode_refused"
    PROFILE = "profile_error"
    STORAGE = "storage_error"  # the history could not be written (locked, full, read-only)
    OTHER = "vault_error"


# Failures where sending the same request again may succeed.
_TRANSIENT = {ErrorKind.RATE_LIMITED, ErrorKind.SERVER, ErrorKind.TIMEOUT, ErrorKind.CONNECTION}


@dataclass(frozen=True)
class FieldProblem:
    """One problem attached to one card field (``number``, ``name``, ``expiration_month``…)."""

    field: str
    message: str


@dataclass(eq=False)
class VaultError(Exception):
    """A failure a tester can read: ``human`` is the sentence to show.

    ``code``/``message`` are Omise's own when the vault answered with an error object.
    """

    kind: ErrorKind
    human: str
    code: str | None = None
    message: str | None = None
    status: int | None = None
    retry_after: float | None = None
    problems: tuple[FieldProblem, ...] = field(default_factory=tuple)
    body: str | None = None  # the vault's answer as received (for display), when there was one

    def __post_init__(self) -> None:
        super().__init__(self.human)

    def __str__(self) -> str:
        return self.human

    @property
    def transient(self) -> bool:
        """True when a Retry may help (network faults, 5xx, 429)."""
        return self.kind in _TRANSIENT
