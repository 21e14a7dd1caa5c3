from __future__ import annotations

import logging

import pytest

from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.redact import RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("key pkey_test_5xs8breq3htbkj03d2x ok", "key pkey_test_…3d2x ok"),
        ("skey_live_abcdefgh", "skey_live_…efgh"),
        ("skey_abcdefgh", "skey_…efgh"),
        ("card 4242424242424242 x", "card ••••4242 x"),
        ("card 4242 4242 4242 4242.", "card ••••4242."),
        ("amex 3782-822463-10005", "amex ••••0005"),
        (
            "order 12345 and tokn_test_5xs8breq3htbkj03d2x",
            "order 12345 and tokn_test_5xs8breq3htbkj03d2x",
        ),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_masked_keys_are_left_alone() -> None:
    masked = mask_key("pkey_test_sandbox")
    assert redact(masked) == masked


def test_filter_redacts_message_args_and_tracebacks() -> None:
    record = logging.LogRecord(
        "x",
        logging.ERROR,
        __file__,
        1,
        "card %s key %s",
        ("4111111111111111", "skey_test_abcdefgh"),
        None,
    )
    try:
        raise ValueError("number 5555555555554444")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "card ••••1111 key skey_test_…efgh"
    assert record.exc_text is not None
    assert "5555555555554444" not in record.exc_text
    assert "••••4444" in record.exc_text
