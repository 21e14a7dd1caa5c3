from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from omise_token_gui.core.keys import (
    KeyKind,
    KeyRejected,
    LiveKeyBlocked,
    classify,
    mask_key,
    require_public_test_key,
)

VALID = re.compile(r"pkey_test_[a-z0-9]+")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("pkey_test_5xs8breq3htbkj03d2x", KeyKind.PUBLIC_TEST),
        ("  pkey_test_abc123\n", KeyKind.PUBLIC_TEST),  # paste whitespace stripped
        ("pkey_5xs8breq3htbkj03d2x", KeyKind.PUBLIC_LIVE),
        ("pkey_live_5xs8breq3htbkj03d2x", KeyKind.PUBLIC_LIVE),
        ("pkey_tesT_abc", KeyKind.PUBLIC_LIVE),
        ("pkey_abc_test_def", KeyKind.PUBLIC_LIVE),
        ("pkey_test", KeyKind.PUBLIC_LIVE),
        ("pkeytest_abc", KeyKind.MALFORMED),
        ("skey_test_5xs8breq3htbkj03d2x", KeyKind.SECRET_TEST),
        ("skey_5xs8breq3htbkj03d2x", KeyKind.SECRET_LIVE),
        ("ckey_test_abc", KeyKind.CHAIN),
        ("ckey_abc", KeyKind.CHAIN),
        ("", KeyKind.EMPTY),
        ("   \t\n", KeyKind.EMPTY),
        ("pkey_test_", KeyKind.MALFORMED),
        ("pkey_test_ABC", KeyKind.MALFORMED),
        ("pkey_test_abc def", KeyKind.MALFORMED),
        ("pkey_test_abc\ndef", KeyKind.MALFORMED),
        ("pkey_test_abc\u200b", KeyKind.MALFORMED),  # zero-width space
        ("ｐkey_test_abc", KeyKind.MALFORMED),  # full-width p
        ("pkey_test_abcé", KeyKind.MALFORMED),
        ("PKEY_TEST_ABC", KeyKind.MALFORMED),
        ("tokn_test_abc", KeyKind.MALFORMED),
        ("hello", KeyKind.MALFORMED),
    ],
)
def test_classify(raw: str, kind: KeyKind) -> None:
    verdict = classify(raw)
    assert verdict.kind is kind
    assert verdict.accepted is (kind is KeyKind.PUBLIC_TEST)
    assert verdict.message


def test_refusal_messages_say_why() -> None:
    assert classify("pkey_live_x1").message.startswith("This is a LIVE public key.")
    assert "Nothing was sent" in classify("pkey_live_x1").message
    assert "Secret keys are never needed to create tokens" in classify("skey_test_x").message
    assert "LIVE secret key" in classify("skey_x").message


def test_require_raises_typed_errors() -> None:
    assert require_public_test_key(" pkey_test_ok1 ") == "pkey_test_ok1"
    with pytest.raises(LiveKeyBlocked):
        require_public_test_key("pkey_abc")
    with pytest.raises(LiveKeyBlocked):
        require_public_test_key("skey_abc")
    with pytest.raises(KeyRejected) as info:
        require_public_test_key("skey_test_abc")
    assert not isinstance(info.value, LiveKeyBlocked)
    assert info.value.human == classify("skey_test_abc").message


def near_misses() -> st.SearchStrategy[str]:
    """Strings built to look almost like a test key."""
    body = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=30)
    prefix = st.sampled_from(
        [
            "pkey_test_",
            "pkey_test",
            "pkey_tesT_",
            "Pkey_test_",
            "pkey__test_",
            "pkey_live_",
            "pkey_",
            "skey_test_",
            "skey_",
            "ckey_test_",
            "pkey_test_\u200b",
            "ｐkey_test_",
            "pkey_ｔest_",
            "pkey-test-",
            "pkey_test__",
            " pkey_test_",
        ]
    )
    junk = st.sampled_from(["", "\n", "\u200b", "\u3000", " ", "_test_", "A", "é", "\x00", "\t"])
    return st.builds(
        lambda p, b, j, k: p + b[: len(b) // 2] + j + b[len(b) // 2 :] + k, prefix, body, junk, junk
    )


@given(st.one_of(st.text(), near_misses()))
@example("pkey_test_abc\n def")
@example("pkey_test_abc\u00a0")
def test_only_public_test_keys_pass(raw: str) -> None:
    verdict = classify(raw)
    assert verdict.accepted == bool(VALID.fullmatch(raw.strip()))
    if verdict.accepted:
        assert require_public_test_key(raw) == raw.strip()
    else:
        with pytest.raises(KeyRejected):
            require_public_test_key(raw)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=8, max_size=40))
def test_mask_shows_only_last_four(rest: str) -> None:
    for prefix in ("pkey_test_", "skey_", "pkey_"):
        assert mask_key(prefix + rest) == f"{prefix}…{rest[-4:]}"
