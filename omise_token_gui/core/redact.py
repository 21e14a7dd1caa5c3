"""Scrub card numbers and keys from any text before it is logged or written."""

from __future__ import annotations

import logging
import re

from omise_token_gui.core.cardnumber import OMISE_ID, mask_number, number_shape

# Any key-shaped word, wherever it starts: after a letter too (``xpkey_test_…``, ``%3Askey_…``).
_KEY = r"(?P<key_prefix>[pcs]key_(?:test_|live_)?+)(?P<key_rest>[A-Za-z0-9]+)"
# 12 or more digits, optionally grouped by separators: anything shaped like a card number.
_PAN = number_shape()
_SCAN_RE = re.compile(rf"(?P<key>{_KEY})|(?P<id>{OMISE_ID})|(?P<pan>{_PAN})")

# A 3-4 digit code after words that name a card security code: cvv 123, CVC2: 123,
# card[security_code]=123, "security_code": "1234", card%5Bsecurity_code%5D=123 (URL-encoded,
# also double-encoded %255B), securityCode=123.
_ENCODED = r"%(?:25)?[0-9A-Fa-f]{2}"
_CODE_RE = re.compile(
    r"(?i)((?:(?<![a-z])|(?<=%[0-9a-f]{2})|(?<=%25[0-9a-f]{2}))"
    r"(?:cvv2?|cvc2?|cid|security[\s_\-]?code)(?![a-z])"
    rf"(?:{_ENCODED}|[^0-9\n]){{0,24}}?)(\d{{3,4}})(?!\d)"
)


def _mask(m: re.Match[str]) -> str:
    if m.group("key") is not None:
        prefix, rest = m.group("key_prefix"), m.group("key_rest")
        return f"{prefix}…{rest[-4:]}" if len(rest) > 4 else f"{prefix}…"
    if m.group("id") is not None:
        return m.group(0)
    return mask_number(m.group(0))


def redact(text: str) -> str:
    """Keys keep only their last four characters; card-number-shaped digit runs (12 or more
    digits, whatever separates them) their last 4; security codes named as such are masked
    whole. Omise object ids (``tokn_test_…``) pass through unchanged."""
    return _CODE_RE.sub(lambda m: m.group(1) + "•••", _SCAN_RE.sub(_mask, text))


class RedactingFilter(logging.Filter):
    """A logging filter that renders each record and redacts it before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
