from __future__ import annotations

import logging
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.redact import RedactingFilter, redact
from tests.promises import figures


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


# ---------------------------------------------------------------- properties

SEPARATORS = (
    " ",
    "  ",
    "\t",
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    ".",
    "-",
    "/",
    "+",
    " / ",
    "\u00a0-\u00a0",
)
# Surrounding text: no digits, no "_" or "%" (so it never forms an id or an escape with the
# number), no security-code wording (tested on its own below).
_AROUND = st.text(
    alphabet=st.characters(
        blacklist_categories=("Nd", "Cs"), blacklist_characters="_%\n0123456789"
    ),
    max_size=12,
).filter(lambda s: not re.search(r"(?i)cvv|cvc|cid|security", s))


@st.composite
def grouped_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A 12-19 digit number, split into groups joined by drawn separators."""
    digits = draw(st.text(alphabet="0123456789", min_size=12, max_size=19))
    out, i = [], 0
    while i < len(digits):
        size = draw(st.integers(1, 6))
        out.append(digits[i : i + size])
        i += size
    seps = [draw(st.sampled_from(SEPARATORS)) for _ in out[1:]]
    text = out[0] + "".join(s + g for s, g in zip(seps, out[1:], strict=True))
    return digits, text


@settings(max_examples=400)
@given(grouped_numbers(), _AROUND, _AROUND)
@example(("4242424242424242", "4242\u00a04242\u00a04242\u00a04242"), "card ", "")
@example(("4242424242424242", "4242.4242.4242.4242"), "", "")
@example(("4242424242424242", "4242+4242+4242+4242"), "n=", "&x")
def test_numbers_in_any_separators_keep_only_last4(
    number: tuple[str, str], before: str, after: str
) -> None:
    figures.add("redaction strings tried")
    digits, typed = number
    assert redact(before + typed + after) == f"{before}••••{digits[-4:]}{after}"


CODE_WORDS = (
    "cvv",
    "CVV2",
    "cvc",
    "CVC2",
    "cid",
    "security_code",
    "security code",
    "Security-Code",
    "securityCode",
)
CODE_FORMS = (
    "{w}={c}",
    "{w}: {c}",
    "{w} {c}",
    '"{w}": "{c}"',
    '"{w}":{c}',
    '\\"{w}\\":\\"{c}\\"',
    "card[{w}]={c}",
    "card%5B{w}%5D={c}",
    "card%5b{w}%5d={c}",
    "card%255B{w}%255D={c}",
    "%22{w}%22%3A%22{c}%22",
    "{w}+{c}",
    "{w}='{c}'",
)


@settings(max_examples=400)
@given(
    st.sampled_from(CODE_WORDS),
    st.sampled_from(CODE_FORMS),
    st.text(alphabet="0123456789", min_size=3, max_size=4),
    _AROUND,
    _AROUND,
)
@example("security_code", "card%5B{w}%5D={c}", "123", "a=1&", "&b")
def test_security_codes_named_in_any_form_are_masked(
    word: str, form: str, code: str, before: str, after: str
) -> None:
    figures.add("redaction strings tried")
    text = before + " " + form.format(w=word, c=code) + " " + after
    out = redact(text)
    # The code is gone: what is left of its digits is the text around it's own (a code 255
    # is also in the form card%255B...).
    around = before + " " + form.format(w=word, c="") + " " + after
    assert out.count(code) <= around.count(code)
    assert "•••" in out


ID_PREFIXES = ("tokn_", "tokn_test_", "card_", "card_test_", "chrg_test_", "cust_test_")


@settings(max_examples=400)
@given(
    st.sampled_from(ID_PREFIXES),
    st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=30),
    _AROUND,
    _AROUND,
)
@example("tokn_test_", "63440m1z407jm6hgxtu", "created ", " ok")
@example("tokn_test_", "5xyz12345678901", "", "")
def test_token_and_object_ids_pass_through(prefix: str, tail: str, before: str, after: str) -> None:
    """Ids pass whole (real ones are base-36: never 12 digits in a row)."""
    assume(not re.search(r"\d{12}", tail))
    figures.add("redaction strings tried")
    text = f"{before} {prefix}{tail} {after}"
    assert redact(text) == text


@given(st.sampled_from(ID_PREFIXES), st.sampled_from(["", "x", "a1"]))
def test_a_number_dressed_as_an_id_is_masked(prefix: str, head: str) -> None:
    """``card_4242424242424242`` (a hostile answer's trick) is a card number, not an id."""
    out = redact(f"got {prefix}{head}4242424242424242 back")
    assert "4242424242424242" not in out
    assert "••••4242" in out


def test_form_encoded_request_body_keeps_no_card_data() -> None:
    body = (
        "card%5Bname%5D=Somchai&card%5Bnumber%5D=4242+4242+4242+4242"
        "&card%5Bsecurity_code%5D=123&card%5Bexpiration_year%5D=2030"
    )
    out = redact(body)
    assert "4242+4242" not in out
    assert "=123" not in out
    assert "card%5Bnumber%5D=••••4242&" in out
    assert "card%5Bsecurity_code%5D=•••&" in out


@pytest.mark.parametrize(
    "text", ["a=%3Askey_live_abcdef123", "xpkey_test_zzzz12345", "q=%22skey_test_abcdef99%22"]
)
def test_a_key_glued_to_other_text_is_masked(text: str) -> None:
    out = redact(text)
    assert "abcdef123" not in out
    assert "zzzz12345" not in out
    assert "abcdef99" not in out
