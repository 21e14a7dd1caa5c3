"""Scenario ids: explicit in the catalog JSON, unique, readable, and stable."""

from __future__ import annotations

import json
import re
from importlib import resources

from omise_token_gui.cli.exits import EXIT_BY_KIND, Exit, exit_code
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.errors import ErrorKind, StorageError, UrlRejected, VaultError
from omise_token_gui.core.keys import KeyRejected, classify

ID_RE = re.compile(r"(visa|mastercard|jcb|amex|discover|diners|unionpay)(-[a-z0-9]+)+")

# Scripts depend on these: an id, once shipped, keeps meaning the same card.
PINNED = {
    "visa-successful": "4242424242424242",
    "visa-successful-2": "4111111111111111",
    "mastercard-successful": "5555555555554444",
    "amex-successful": "378282246310005",
    "visa-insufficient-fund": "4111111111140011",
    "jcb-stolen-or-lost-card": "3530111111180012",
    "diners-failed-processing": "36021042111108",
    "unionpay-3ds-validation-failed": "6250947000000089",
}


def test_every_card_has_an_explicit_unique_readable_id() -> None:
    raw = json.loads(
        resources.files("omise_token_gui.resources").joinpath("test_cards.json").read_text("utf-8")
    )
    ids = [row["id"] for row in raw["cards"]]  # written in the file, not derived
    assert len(ids) == len(set(ids))
    assert all(ID_RE.fullmatch(i) for i in ids), [i for i in ids if not ID_RE.fullmatch(i)]
    assert [c.id for c in load_catalog()] == ids


def test_ids_are_stable() -> None:
    catalog = load_catalog()
    for card_id, number in PINNED.items():
        card = catalog.by_id(card_id)
        assert card is not None, card_id
        assert card.number == number, card_id
    assert catalog.by_id("visa-nonsense") is None


def test_every_error_kind_has_an_exit_code() -> None:
    assert set(EXIT_BY_KIND) == set(ErrorKind)
    assert exit_code(KeyRejected(classify("skey_live_x"))) is Exit.REFUSED
    assert exit_code(UrlRejected(human="x")) is Exit.REFUSED
    assert exit_code(VaultError(kind=ErrorKind.TIMEOUT, human="x")) is Exit.NETWORK
    assert exit_code(StorageError(human="x")) is Exit.STORAGE
    assert exit_code(OSError("disk")) is Exit.STORAGE
