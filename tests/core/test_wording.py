"""Sentences a tester reads: no doubled phrases, and the app's own codes set apart."""

from __future__ import annotations

from omise_token_gui.core.errors import AppError, ErrorKind, VaultError
from omise_token_gui.core.key_check import KeyCheck, KeyVerdict


def test_a_key_check_that_could_not_connect_does_not_say_could_not_twice() -> None:
    error = VaultError(
        kind=ErrorKind.CONNECTION,
        human="Could not connect to the vault. Check the network and the vault URL.",
    )
    message = KeyCheck(KeyVerdict.UNKNOWN, error).message
    assert message == (
        "The key was not checked. Could not connect to the vault. "
        "Check the network and the vault URL."
    )
    assert message.lower().count("could not") == 1


def test_codes_say_whose_they_are() -> None:
    assert AppError(kind=ErrorKind.CONNECTION, human="x").shown_code == "app: connection_error"
    assert AppError(kind=ErrorKind.LIVEMODE, human="x").shown_code == "app: livemode_refused"
    omise = AppError(kind=ErrorKind.INVALID_CARD, human="x", code="invalid_card")
    assert omise.shown_code == "Omise: invalid_card"
