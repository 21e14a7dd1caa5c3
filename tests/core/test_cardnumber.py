"""Card-number shape has one home (core.cardnumber); both scrubbers build their patterns from
it. The patterns each scrubber had of its own are kept here as recorded expectations: the
shared shape must find exactly the runs they found, in any text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from omise_token_gui.core import answers, redact
from omise_token_gui.core.cardnumber import MIN_DIGITS, mask_number, number_shape

# The two scrubbers' own patterns before they shared one shape.
OLD_LOG_SEP = r"[\s.\-/+\u200b\u200c\u200d\u2060\ufeff]"
OLD_LOG_PAN = re.compile(rf"(?<!\d)\d(?:{OLD_LOG_SEP}{{0,3}}\d){{11,}}(?!\d)")
OLD_ANSWER_PAN = re.compile(r"(?<!\d)(?:\d[ \-./]?){11,18}\d(?!\d)")

TEXT = st.text(alphabet="0123456789 -./+\t\u200b\u00a0x", max_size=60)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(TEXT)
@example("4242 4242 4242 4242")
@example("4242424242424242 4242")
@example("1234567890123456789")
@example("12345678901234567890")
def test_the_log_scrubber_finds_what_it_found(text: str) -> None:
    assert spans(re.compile(redact._PAN), text) == spans(OLD_LOG_PAN, text)


@given(TEXT)
@example("4242-4242-4242-4242")
@example("4242  4242 4242 4242")
@example("1234567890123456789")
@example("12345678901234567890")
def test_the_answer_scrubber_finds_what_it_found(text: str) -> None:
    assert spans(answers._PAN_RE, text) == spans(OLD_ANSWER_PAN, text)


def test_the_shape_and_the_mask() -> None:
    shape = re.compile(number_shape("[ ]"))
    assert shape.fullmatch("4" * MIN_DIGITS)
    assert not shape.fullmatch("4" * (MIN_DIGITS - 1))
    assert not re.compile(number_shape("[ ]", max_digits=19)).fullmatch("4" * 20)
    assert mask_number("4242 4242 4242 1881") == "••••1881"
    assert redact.redact("card 4242 4242 4242 1881") == "card ••••1881"
    assert answers.scrub_text("card 4242 4242 4242 1881") == "card ••••1881"
