"""What a card number looks like in text, and how a found one is masked: one home for the
shape both scrubbers look for (``core.redact`` for logs and crash reports, ``core.answers`` for
the vault's answers). Each scrubber chooses which separators it tolerates between digits."""

from __future__ import annotations

import re

MIN_DIGITS = 12  # the shortest digit run treated as a card number
MASK = "•"


def number_shape(separator: str, max_between: int = 1, max_digits: int | None = None) -> str:
    """Regex source for a card-number-shaped run: ``MIN_DIGITS`` to ``max_digits`` (None: no
    limit) digits, any two of them apart by at most ``max_between`` characters matching the
    regex class ``separator``, with no digit right before or after the run."""
    most = "" if max_digits is None else str(max_digits - 1)
    return rf"(?<!\d)\d(?:{separator}{{0,{max_between}}}\d){{{MIN_DIGITS - 1},{most}}}(?!\d)"


def mask_number(text: str) -> str:
    """A found number as the tester sees it: four mask dots and its last four digits."""
    digits = re.sub(r"\D", "", text)
    return MASK * 4 + digits[-4:]
