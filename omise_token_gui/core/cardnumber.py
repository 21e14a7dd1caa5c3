"""What a card number looks like in text, and how a found one is masked: one home for the
shape both scrubbers look for (``core.redact`` for logs and crash reports, ``core.answers`` for
the vault's answers). Each scrubber chooses which separators it tolerates between digits."""

from __future__ import annotations

import re

MIN_DIGITS = 12  # the shortest digit run treated as a card number
MASK = "•"
# What may sit between the digits of a typed, pasted or echoed number: any Unicode space (tab,
# no-break, thin, ideographic…), zero-width spaces, and . - / + _ , | — up to MAX_BETWEEN in
# a row ("4242 / 4242", double spaces). Both scrubbers use this one set. Not ":": times
# ("09:12:01.123456") would read as numbers.
SEPARATOR = r"[\s.\-/+_,|\u200b\u200c\u200d\u2060\ufeff]"
MAX_BETWEEN = 3
# Omise object ids (tokn_test_…, card_test_…) are not card numbers and pass through whole —
# unless their tail holds a card-number-long run of digits (a hostile answer can dress a
# number as an id: ``card_4242424242424242``). Real ids are base-36 and never do.
OMISE_ID = (
    r"(?<![0-9A-Za-z])"
    r"(?:tokn|card|chrg|cust|rfnd|trxn|recp|trsf|dspt|evnt|schd|link|src|acct|team|docu)"
    rf"_(?:test_)?(?![0-9A-Za-z]*\d{{{MIN_DIGITS}}})[0-9A-Za-z]+"
)


def number_shape(
    separator: str = SEPARATOR, max_between: int = MAX_BETWEEN, max_digits: int | None = None
) -> str:
    """Regex source for a card-number-shaped run: ``MIN_DIGITS`` to ``max_digits`` (None: no
    limit) digits, any two of them apart by at most ``max_between`` characters matching the
    regex class ``separator``, with no digit right before or after the run."""
    most = "" if max_digits is None else str(max_digits - 1)
    return rf"(?<!\d)\d(?:{separator}{{0,{max_between}}}\d){{{MIN_DIGITS - 1},{most}}}(?!\d)"


def mask_number(text: str) -> str:
    """A found number as the tester sees it: four mask dots and its last four digits."""
    digits = re.sub(r"\D", "", text)
    return MASK * 4 + digits[-4:]
