"""Card-number shape has one home (core.cardnumber); both scrubbers build their patterns from
it, so logs and answers mask the same spellings of a number."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import answers, redact
from omise_token_gui.core.cardnumber import MIN_DIGITS, mask_number, number_shape

SEPARATORS = [
    " ",
    "  ",
    "-",
    ".",
    "/",
    "+",
    "_",
    ",",
    "|",
    "\t",
    "\u00a0",
    "\u2009",
    "\u200b",
    " - ",
]


@given(st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3), st.text("ab :", max_size=5))
def test_both_scrubbers_mask_a_number_in_any_spelling(seps: list[str], around: str) -> None:
    groups = ["4242", "4242", "4242", "1881"]
    spelled = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    text = f"{around}{spelled}{around}"
    for scrubbed in (redact.redact(text), answers.scrub_text(text)):
        assert "••••1881" in scrubbed
        assert re.sub(r"\D", "", scrubbed).count("4242") == 0


def test_times_are_not_numbers() -> None:
    for text in ("2025-03-20T09:12:01.123456Z", "2026-12-01 21:49:26.123456"):
        assert redact.redact(text) == text
        assert answers.scrub_text(text) == text


def test_the_shape_and_the_mask() -> None:
    shape = re.compile(number_shape("[ ]"))
    assert shape.fullmatch("4" * MIN_DIGITS)
    assert not shape.fullmatch("4" * (MIN_DIGITS - 1))
    assert not re.compile(number_shape("[ ]", max_digits=19)).fullmatch("4" * 20)
    assert mask_number("4242 4242 4242 1881") == "••••1881"
    assert redact.redact("card 4242 4242 4242 1881") == "card ••••1881"
    assert answers.scrub_text("card 4242 4242 4242 1881") == "card ••••1881"
