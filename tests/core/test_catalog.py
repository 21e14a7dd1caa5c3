"""The catalog as data (schema 2): sources, confidences, evidence notes, numbers grouped as
the brand prints them, and the tester's own catalog file (core.catalog_file)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import catalog_file, i18n
from omise_token_gui.core.cards import group_number, luhn_ok, normalize_number
from omise_token_gui.core.catalog import (
    CONFIDENCES,
    SOURCES,
    badge_text,
    legend_text,
    load_catalog,
    source_text,
)
from omise_token_gui.core.paths import Paths

CATALOG = load_catalog()
DOCS = "https://docs.omise.co/api-testing"
THREE_DS = "https://docs.omise.co/how-to-implement-3-D-Secure"


def by_number(number: str) -> Any:
    card = CATALOG.lookup(number)
    assert card is not None
    return card


def test_every_card_says_where_it_comes_from_how_sure_and_when_checked() -> None:
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", CATALOG.version)
    for card in CATALOG:
        assert card.source in set(SOURCES) - {"user_file"}, card.id
        assert card.confidence in CONFIDENCES, card.id
        assert date.fromisoformat(card.checked) <= date(2026, 12, 2), card.id
        assert card.note, card.id
        if card.scenario.startswith("3ds"):
            assert card.docs_url == THREE_DS, card.id
        elif card.source in ("omise_docs", "third_party"):
            assert card.docs_url == DOCS, card.id
    assert by_number("3530111111160014").docs_url == (
        "https://docs.omise.co/new-test-cards-make-testing-even-more-effective"
    )


def test_the_evidence_of_omise_charges_md_is_on_the_rows() -> None:
    raised = by_number("6250947000000055")
    assert (raised.source, raised.confidence) == ("recorded_fixture", "medium")
    assert "charges-get.json" in raised.note
    assert "2025" in raised.note
    for number in ("4111111111150002", "5555551111120002"):
        doubtful = by_number(number)
        assert doubtful.confidence == "doubtful"
        assert "0002" in doubtful.note
        assert "successful" in doubtful.note
        assert badge_text(doubtful) == "Doubtful"
    unsourced = [c for c in CATALOG if c.source == "unidentified"]
    assert sorted(c.number for c in unsourced) == sorted(
        [
            "6250947000000048",
            "6250947000000063",
            "6250947000000071",
            "6250947000000089",
            "377138161111003",
        ]
    )
    assert all(c.note.startswith("No citable source") for c in unsourced)
    assert [c for c in unsourced if c.docs_url is None] == [
        c for c in unsourced if not c.scenario.startswith("3ds")
    ]


def test_official_rows_carry_no_badge_and_the_others_do() -> None:
    for card in CATALOG:
        short, tip = source_text(card)
        assert (badge_text(card) is None) == card.official, card.id
        if badge_text(card):
            assert str(badge_text(card)) in short
        assert card.note in tip
        assert card.checked in tip
    assert source_text(by_number("4242424242424242"))[0] == "Omise docs"
    assert source_text(by_number("4111111111190016"))[0] == "Third party · Unofficial"


def test_the_legend_names_every_source_word_and_speaks_thai() -> None:
    words = {info.short for key, info in (CATALOG.sources or {}).items() if key != "user_file"}
    assert all(word in legend_text() for word in words)
    with i18n.speaking(i18n.THAI):
        assert re.search("[\u0e00-\u0e7f]", legend_text())
        assert source_text(by_number("4242424242424242"))[0] == "เอกสาร Omise"


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("378282246310005", "3782 822463 10005"),  # Amex 4-6-5
        ("36021042000004", "3602 104200 0004"),  # Diners, 14 digits: 4-6-4
        ("4242424242424242", "4242 4242 4242 4242"),
        ("6447032400000000001", "6447 0324 0000 0000 001"),  # 19 digits: 4-4-4-4-3
        ("4111-1111 1114 0011", "4111 1111 1114 0011"),
    ],
)
def test_numbers_are_grouped_as_the_brand_prints_them(number: str, shown: str) -> None:
    assert group_number(number) == shown


def test_every_catalog_number_is_shown_whole() -> None:
    for card in CATALOG:
        assert normalize_number(card.display_number) == card.number


@given(st.text(alphabet="0123456789", min_size=1, max_size=19))
def test_grouping_never_drops_or_adds_a_digit(digits: str) -> None:
    grouped = group_number(digits)
    assert grouped.replace(" ", "") == digits
    assert "  " not in grouped
    assert not grouped.startswith(" ")


# ---------------------------------------------------------------- the tester's file


def write(where: Paths, doc: Any) -> Path:
    where.config_dir.mkdir(parents=True, exist_ok=True)
    path = catalog_file.user_file(where)
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def where(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "config")


NEW_CARD = {
    "id": "my-visa",
    "brand": "Visa",
    "number": "4012 8888 8888 1881",
    "scenario": "my_decline",
    "expected_charge_status": "failed",
    "expected_failure_code": "insufficient_fund",
    "description": "Our gateway's decline",
}


def test_no_file_is_the_shipped_catalog(where: Paths) -> None:
    loaded = catalog_file.load(where)
    assert loaded.catalog is CATALOG
    assert loaded.problems == ()
    assert loaded.path == where.config_dir / "test_cards.json"
    assert CATALOG.version_text == CATALOG.version


def test_a_file_overrides_cards_by_id_and_extends_the_catalog(where: Paths) -> None:
    assert luhn_ok("4012888888881881")
    write(
        where,
        {
            "schema": 2,
            "scenarios": {"my_decline": "Our decline"},
            "cards": [{"id": "visa-successful", "note": "Checked on our account"}, NEW_CARD],
        },
    )
    loaded = catalog_file.load(where)
    assert loaded.problems == ()
    catalog = loaded.catalog
    assert len(catalog) == len(CATALOG) + 1
    changed = catalog.by_id("visa-successful")
    assert changed is not None
    assert (changed.note, changed.source, changed.number) == (
        "Checked on our account",
        "user_file",
        "4242424242424242",
    )
    added = catalog.lookup("4012888888881881")
    assert added is not None
    assert added.id == "my-visa"
    assert (added.scenario_label, added.expected_outcome) == (
        "Our decline",
        "failed: insufficient_fund",
    )
    assert catalog.version_text == f"{CATALOG.version} + your file (2 cards)"
    assert source_text(added)[0] == "Your file · Unofficial"


@pytest.mark.parametrize(
    ("doc", "wanted"),
    [
        ("{not json", "not valid JSON (line 1"),
        ([], "must hold a JSON object"),
        ({"cards": [{**NEW_CARD, "number": "4012888888881882"}]}, "fails the Luhn check"),
        ({"cards": [{**NEW_CARD, "brand": "JCB"}]}, '"number" is a Visa number, not JCB'),
        (
            {"cards": [{**NEW_CARD, "scenario": "successful", "number": "4242424242424242"}]},
            "have the same number",
        ),
        ({"cards": [{"id": "visa-successful", "colour": "red"}]}, 'unknown field "colour"'),
        ({"cards": [{"id": "new-one", "brand": "Visa"}]}, 'a new card needs "number"'),
        ({"cards": [{**NEW_CARD, "docs_url": "http://example.com"}]}, "https://"),
        ({"cards": [{**NEW_CARD, "confidence": "sure"}]}, '"confidence" must be one of'),
        ({"cards": [NEW_CARD]}, '"scenario" must be a scenario id with a label'),
        ({"schema": 1, "cards": []}, "schema 1 is not supported"),
    ],
)
def test_a_bad_file_gives_the_shipped_catalog_and_says_which_file_entry_and_what(
    where: Paths, doc: Any, wanted: str
) -> None:
    path = write(where, doc)
    loaded = catalog_file.load(where)
    assert loaded.catalog is CATALOG
    assert str(path) in loaded.problems[0]
    assert "was not used" in loaded.problems[0]
    assert any(wanted in p and str(path) in p for p in loaded.problems[1:]), loaded.problems
    if wanted == "have the same number":  # names both cards
        assert any('"visa-successful" and "my-visa"' in p for p in loaded.problems)
    elif isinstance(doc, dict) and doc.get("cards") and "id" in doc["cards"][0]:
        assert any(f'card 1 (id "{doc["cards"][0]["id"]}")' in p for p in loaded.problems)


def test_a_bad_file_speaks_thai(where: Paths) -> None:
    write(where, {"cards": [{"id": "visa-successful", "colour": "red"}]})
    with i18n.speaking(i18n.THAI):
        problems = catalog_file.load(where).problems
    assert all(re.search("[\u0e00-\u0e7f]", p) for p in problems)
