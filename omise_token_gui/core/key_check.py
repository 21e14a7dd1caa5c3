"""Check key: ask the vault for a token that cannot exist, and read its answer.

A ``not_found`` answer means the vault accepted the key (it looked); ``authentication_failure``
means it refused it; any other answer tells nothing about the key. One home for that rule and
its sentences: the settings pane (through ``TokenService.check_key``) and
``omise-token check-key`` both use it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from omise_token_gui.core.errors import AppError, ErrorKind, PolicyRefused
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.core.vault import VaultClient

# A well-formed test token id no vault holds: retrieving it checks a key without using one.
CHECK_TOKEN_ID = "tokn_test_keycheck"
KEY_WORKS = QT_TRANSLATE_NOOP("KeyCheck", "✔ The key works: the vault accepted it.")
KEY_REFUSED = QT_TRANSLATE_NOOP("KeyCheck", "✘ The vault refused this key (authentication failed).")
UNEXPECTED = QT_TRANSLATE_NOOP("KeyCheck", "The vault answered unexpectedly.")
NOT_CHECKED = QT_TRANSLATE_NOOP("KeyCheck", "The key was not checked.")


class KeyVerdict(enum.Enum):
    """What a key check found: the key works, the vault refused it, or nothing is known."""

    WORKS = "works"
    REFUSED = "refused"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class KeyCheck:
    """The verdict, and the vault's answer when it said more than "works"."""

    verdict: KeyVerdict
    error: AppError | None = None

    @property
    def works(self) -> bool:
        return self.verdict is KeyVerdict.WORKS

    @property
    def refused(self) -> bool:
        return self.verdict is KeyVerdict.REFUSED

    @property
    def message(self) -> str:
        """The sentence shown for this verdict."""
        if self.works:
            return translate("KeyCheck", KEY_WORKS)
        if self.refused:
            return translate("KeyCheck", KEY_REFUSED)
        why = self.error.human if self.error else translate("KeyCheck", UNEXPECTED)
        return f"{translate('KeyCheck', NOT_CHECKED)} {why}"


def judge(error: AppError | None) -> KeyCheck:
    """What the vault's answer to ``GET /tokens/{CHECK_TOKEN_ID}`` says about the key (None:
    it answered a token, which tells nothing)."""
    if error is not None and error.kind is ErrorKind.NOT_FOUND:
        return KeyCheck(KeyVerdict.WORKS)
    if error is not None and error.kind is ErrorKind.AUTHENTICATION:
        return KeyCheck(KeyVerdict.REFUSED, error)
    return KeyCheck(KeyVerdict.UNKNOWN, error)


async def check_key(client: VaultClient, key: str) -> KeyCheck:
    """Ask the vault; the key and URL policies run first (``PolicyRefused`` is raised and
    nothing is sent)."""
    try:
        await client.retrieve_token(CHECK_TOKEN_ID, key)
    except PolicyRefused:
        raise
    except AppError as exc:
        return judge(exc)
    return judge(None)
