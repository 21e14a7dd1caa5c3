"""Scrub card numbers and keys from any text before it is logged or written."""

from __future__ import annotations

import logging
import re

_KEY_RE = re.compile(r"\b([pcs]key_(?:test_|live_)?+)([A-Za-z0-9]+)")
# 12-19 digits, optionally grouped by spaces or dashes: anything shaped like a card number.
_PAN_RE = re.compile(r"(?<![\d])(?:\d[ \-]?){11,18}\d(?![\d])")


# A 3-4 digit code right after words that name a card security code (cvv 123,
# card[security_code]=123, "security_code": "1234", CVC2: 123).
_CODE_RE = re.compile(
    r"(?i)(\b(?:cvv2?|cvc2?|cid|security[ _-]?code)\b[^0-9\n]{0,20}?)(\d{3,4})(?!\d)"
)


def _mask_key(m: re.Match[str]) -> str:
    rest = m.group(2)
    return f"{m.group(1)}…{rest[-4:]}" if len(rest) > 4 else f"{m.group(1)}…"


def _mask_pan(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    return f"••••{digits[-4:]}"


def redact(text: str) -> str:
    """Keys keep only their last four characters; card-number-shaped digit runs their last 4;
    security codes named as such are masked whole."""
    text = _PAN_RE.sub(_mask_pan, _KEY_RE.sub(_mask_key, text))
    return _CODE_RE.sub(lambda m: m.group(1) + "•••", text)


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
