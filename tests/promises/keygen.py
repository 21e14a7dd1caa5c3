"""Key strings for the leak tests: random text, and near-misses built to almost pass."""

from __future__ import annotations

import random
import string

ALNUM = string.ascii_lowercase + string.digits
PREFIXES = [
    "pkey_test_",
    "pkey_test",
    "pkey_tesT_",
    "Pkey_test_",
    "PKEY_TEST_",
    "pkey__test_",
    "pkey_live_",
    "pkey_",
    "skey_test_",
    "skey_",
    "skey_live_",
    "ckey_test_",
    "ckey_",
    "pkey-test-",
    "pkey_test__",
    "pkey_tst_",
    "pkey_testt_",
    "ｐkey_test_",
    "pkey_ｔest_",
    "pkey_test\u200b_",
    "\u200bpkey_test_",
    "pkey\u00a0test_",
    "tokn_test_",
    "",
]
JUNK = [
    "\n",
    "\r\n",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u3000",
    " ",
    "\t",
    "\x00",
    "é",
    "Ａ",
    "_test_",
    "_live_",
    "A",
    "-",
    "/",
    ":",
    "\u202e",
    "🔑",
]


def near_miss(rng: random.Random) -> str:
    """Something that looks like a key: a prefix, a body, and sometimes junk inside it."""
    body = "".join(rng.choice(ALNUM) for _ in range(rng.randint(0, 30)))
    key = rng.choice(PREFIXES) + body
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        at = rng.randint(0, len(key))
        key = key[:at] + rng.choice(JUNK) + key[at:]
    if rng.random() < 0.2:
        key = rng.choice(["pkey_", "skey_"]) + rng.choice(ALNUM) * 3 + "_test_" + body
    if rng.random() < 0.1:
        key = key.upper()
    return key


def random_text(rng: random.Random) -> str:
    size = rng.randint(0, 40)
    alphabet = ALNUM + string.punctuation + " \n\t\u200bé漢🔑"
    return "".join(rng.choice(alphabet) for _ in range(size))


def keys(count: int, seed: int) -> list[str]:
    """``count`` strings, mostly near-misses, some valid test keys, some random text."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.7:
            out.append(near_miss(rng))
        elif roll < 0.8:
            out.append("pkey_test_" + "".join(rng.choice(ALNUM) for _ in range(19)))
        else:
            out.append(random_text(rng))
    return out
