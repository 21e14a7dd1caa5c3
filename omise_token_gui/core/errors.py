"""The errors that leave the core. Every one is an ``AppError``; nothing else escapes.

The tree (each class says what happened; ``ErrorKind`` is the discriminator the window and the
CLI branch on, and ``human`` the sentence they show)::

    AppError
    ├── PolicyRefused            a local policy refused the request; nothing was sent
    │   ├── KeyRejected          (core.keys) not a public test key        KEY_REJECTED
    │   │   └── LiveKeyBlocked   (core.keys) a live key, public or secret KEY_REJECTED
    │   └── UrlRejected          a vault or request URL the policy refuses URL_REJECTED
    ├── InvalidInput             what was typed or asked for is refused     INVALID_INPUT,
    │                            locally (a card field, a token id, a        BAD_REQUEST,
    │                            token the history does not hold)            NOT_FOUND
    ├── ProfileError             a profile name, or a profile that is gone PROFILE
    ├── StorageError             a file of the app could not be written    STORAGE
    │   ├── SettingsSaveError    (core.settings) settings not written      PROFILE
    │   ├── TokenNotSaved        (core.service) created, not stored yet    STORAGE
    │   └── HistoryError         (core.history) the history file cannot be used
    │       ├── HistoryDamaged       damaged or not a database: a repair helps
    │       ├── HistoryUnavailable   sound but unusable now (locked, read-only, newer)
    │       │   └── HistoryRepairing another process repairs it right now
    │       └── HistoryWriteError    one write was refused (``busy``: a lock)
    └── VaultError               what a vault answered (an error, a malformed or live answer)
                                 and network faults (timeout, connection, TLS)

Every error is built whole: its fields are given to the constructor (``dataclasses.replace``
makes a changed copy) and never assigned afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from omise_token_gui.core.i18n import translator

_ = translator("AppError")


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


@dataclass(eq=False, kw_only=True)
class AppError(Exception):
    """A failure a tester can read: ``human`` is the sentence to show, ``kind`` what it is.

    ``code``/``message`` are Omise's own when a vault answered with an error object; ``body``
    is that answer as received (scrubbed, for display), when there was one.
    """

    kind: ErrorKind
    human: str
    code: str | None = None
    message: str | None = None
    status: int | None = None
    retry_after: float | None = None
    problems: tuple[FieldProblem, ...] = field(default_factory=tuple)
    body: str | None = None
    # The app's own sentence without Omise's ``message`` (``human`` has both), for a view that
    # shows the message apart, labelled as the vault's words; None: ``human`` is the app's own.
    own_words: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.human)

    def __str__(self) -> str:
        return self.human

    @property
    def shown_code(self) -> str:
        """The code as shown to a tester, with whose it is: ``Omise: invalid_card`` when a
        vault answered with that code, ``app: connection_error`` when this app named the
        failure itself (a network fault, a malformed or live answer, a local refusal). The
        label is translated (Thai: ``แอป: connection_error``; Omise is a name and stays);
        the code is Omise's or the app's identifier and stays as it is."""
        if self.code:
            return _("Omise: {code}").format(code=self.code)
        return _("app: {code}", "the code of a failure this app named itself").format(
            code=self.kind.value
        )

    @property
    def transient(self) -> bool:
        """True when a Retry may help (network faults, 5xx, 429)."""
        return self.kind in _TRANSIENT


@dataclass(eq=False, kw_only=True)
class PolicyRefused(AppError):
    """A local policy (keys, URLs) refused the request before any I/O."""


@dataclass(eq=False, kw_only=True)
class UrlRejected(PolicyRefused):
    """A vault URL, or the URL of a request about to be sent, that the URL policy refuses."""

    kind: ErrorKind = ErrorKind.URL_REJECTED


@dataclass(eq=False, kw_only=True)
class InvalidInput(AppError):
    """Local validation refused what was typed or asked for; nothing was sent."""

    kind: ErrorKind = ErrorKind.INVALID_INPUT


@dataclass(eq=False, kw_only=True)
class ProfileError(AppError):
    """A profile name the settings refuse, or a profile that no longer exists."""

    kind: ErrorKind = ErrorKind.PROFILE


@dataclass(eq=False, kw_only=True)
class StorageError(AppError):
    """A file of the app (history, settings) could not be written or used."""

    kind: ErrorKind = ErrorKind.STORAGE


@dataclass(eq=False, kw_only=True)
class VaultError(AppError):
    """What a vault answered (an error object, a malformed or live answer), or a network
    fault on the way to it (timeout, connection, TLS)."""

    # True when the request had been sent whole and then no answer was read (a read timeout,
    # a connection dropped while waiting): the vault may have acted on it. A batch records
    # such a create as ``unknown`` and does not send it again (docs/batch.md).
    may_have_arrived: bool = False
