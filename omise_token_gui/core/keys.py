"""Key policy: an allow-list. Only a public *test* key (``pkey_test_…``) ever passes.

Checked before any I/O on every path: settings, import, environment variable, vault client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from omise_token_gui.core.errors import ErrorKind, PolicyRefused
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate

PUBLIC_TEST_PREFIX = "pkey_test_"
_PUBLIC_TEST_RE = re.compile(r"pkey_test_[a-z0-9]+")
_PRINTABLE_ASCII_RE = re.compile(r"[\x21-\x7e]+")


class KeyKind(StrEnum):
    PUBLIC_TEST = "public test key"
    PUBLIC_LIVE = "live public key"
    SECRET_TEST = "secret test key"
    SECRET_LIVE = "live secret key"
    CHAIN = "chain key"
    EMPTY = "empty"
    MALFORMED = "malformed"


_MESSAGES: dict[KeyKind, str] = {
    KeyKind.PUBLIC_TEST: QT_TRANSLATE_NOOP("Keys", "Public test key: accepted."),
    KeyKind.PUBLIC_LIVE: QT_TRANSLATE_NOOP(
        "Keys",
        "This is a LIVE public key. This tool only accepts test keys (pkey_test_…). "
        "Nothing was sent.",
    ),
    KeyKind.SECRET_TEST: QT_TRANSLATE_NOOP(
        "Keys",
        "This is a secret key. Secret keys are never needed to create tokens; "
        "use your public test key (pkey_test_…). Nothing was sent.",
    ),
    KeyKind.SECRET_LIVE: QT_TRANSLATE_NOOP(
        "Keys",
        "This is a LIVE secret key. Secret keys are never needed to create tokens, and live "
        "keys are never accepted; use your public test key (pkey_test_…). Nothing was sent. "
        "If this key was shared by mistake, roll it in the Omise dashboard.",
    ),
    KeyKind.CHAIN: QT_TRANSLATE_NOOP(
        "Keys",
        "This is a chain key. This tool only accepts public test keys (pkey_test_…). "
        "Nothing was sent.",
    ),
    KeyKind.EMPTY: QT_TRANSLATE_NOOP(
        "Keys", "No key given. Paste your public test key (pkey_test_…)."
    ),
    KeyKind.MALFORMED: QT_TRANSLATE_NOOP(
        "Keys",
        "This is not a valid Omise public test key. It must be pkey_test_ followed by "
        "lowercase letters and digits only. Nothing was sent.",
    ),
}


@dataclass(frozen=True)
class KeyVerdict:
    kind: KeyKind
    key: str  # the candidate after stripping surrounding whitespace
    message: str

    @property
    def accepted(self) -> bool:
        return self.kind is KeyKind.PUBLIC_TEST

    @property
    def live(self) -> bool:
        return self.kind in (KeyKind.PUBLIC_LIVE, KeyKind.SECRET_LIVE)


class KeyRejected(PolicyRefused):
    """A key the policy refused. Raised before anything is sent anywhere."""

    def __init__(self, verdict: KeyVerdict) -> None:
        super().__init__(kind=ErrorKind.KEY_REJECTED, human=verdict.message)
        self.verdict = verdict


class LiveKeyBlocked(KeyRejected):
    """A live key (public or secret): the loudest kind of refusal."""


def classify(raw: str) -> KeyVerdict:
    """Classify any string. Surrounding whitespace is stripped; nothing else is repaired."""
    key = raw.strip()

    def verdict(kind: KeyKind) -> KeyVerdict:
        return KeyVerdict(kind, key, translate("Keys", _MESSAGES[kind]))

    if not key:
        return verdict(KeyKind.EMPTY)
    if _PUBLIC_TEST_RE.fullmatch(key):
        return verdict(KeyKind.PUBLIC_TEST)
    if not _PRINTABLE_ASCII_RE.fullmatch(key):
        # Inner whitespace, control characters, zero-width or full-width look-alikes.
        return verdict(KeyKind.MALFORMED)
    if key.startswith("skey_test_"):
        return verdict(KeyKind.SECRET_TEST)
    if key.startswith("skey_"):
        return verdict(KeyKind.SECRET_LIVE)
    if key.startswith(PUBLIC_TEST_PREFIX):
        # pkey_test_ with characters a real test key never has: not repaired.
        return verdict(KeyKind.MALFORMED)
    if key.startswith("pkey_"):
        # pkey_live_…, pkey_tesT_…, pkey_xyz_test_…: anything public but not exactly test.
        return verdict(KeyKind.PUBLIC_LIVE)
    if key.startswith("ckey_"):
        return verdict(KeyKind.CHAIN)
    return verdict(KeyKind.MALFORMED)


def require_public_test_key(raw: str) -> str:
    """Return the stripped key if it is a public test key; raise ``KeyRejected`` otherwise."""
    verdict = classify(raw)
    if verdict.accepted:
        return verdict.key
    if verdict.live:
        raise LiveKeyBlocked(verdict)
    raise KeyRejected(verdict)


def mask_key(key: str) -> str:
    """``pkey_test_…abcd``: only the last four characters of any key are ever shown or logged."""
    key = key.strip()
    if not key:
        return translate("Keys", "(no key)")
    tail = key[-4:] if len(key) > 8 else ""
    prefix = ""
    for known in ("pkey_test_", "skey_test_", "pkey_", "skey_", "ckey_"):
        if key.startswith(known):
            prefix = known
            break
    return f"{prefix}…{tail}"
