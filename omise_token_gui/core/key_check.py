"""Check key: ask the vault for a token that cannot exist, and read its answer.

A ``not_found`` answer means the vault accepted the key; ``authentication_failure`` means it
refused it. Shared by the settings pane and ``omise-token check-key``.
"""

from __future__ import annotations

from dataclasses import dataclass

from omise_token_gui.core.errors import AppError, ErrorKind, PolicyRefused
from omise_token_gui.core.vault import VaultClient

CHECK_TOKEN_ID = "tokn_test_keycheck"  # no such token: the answer tells about the key
KEY_WORKS = "✔ The key works: the vault accepted it."
KEY_REFUSED = "✘ The vault refused this key (authentication failed)."
UNEXPECTED = "The vault answered unexpectedly."


@dataclass(frozen=True)
class KeyCheck:
    """``works`` True/False when the vault judged the key; None when it could not be checked."""

    works: bool | None
    message: str
    error: AppError | None = None


def judge(error: AppError | None) -> KeyCheck:
    """What the vault's answer to ``GET /tokens/{CHECK_TOKEN_ID}`` says about the key."""
    if error is not None and error.kind is ErrorKind.NOT_FOUND:
        return KeyCheck(True, KEY_WORKS)
    if error is not None and error.kind is ErrorKind.AUTHENTICATION:
        return KeyCheck(False, KEY_REFUSED, error)
    text = error.human if error else UNEXPECTED
    return KeyCheck(None, f"Could not check the key: {text}", error)


async def check_key(client: VaultClient, key: str) -> KeyCheck:
    """Ask the vault; the key policy runs first (``KeyRejected`` is raised, nothing sent)."""
    try:
        await client.retrieve_token(CHECK_TOKEN_ID, key)
    except PolicyRefused:
        raise
    except AppError as exc:
        return judge(exc)
    return judge(None)
