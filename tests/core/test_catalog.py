"""The catalog as data (schema 2): sources, confidences, evidence notes, numbers grouped as
the brand prints them, and the tester's own catalog file (core.catalog_file)."""

from __future__ import annotations

import json
import os
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


LABELED = {"scenarios": {"my_decline": "Our decline"}}


@pytest.mark.parametrize(
    ("doc", "wanted"),
    [
        ("[" * 900_000, "nested too deeply"),  # the JSON parser's recursion
        ('{"schema": ' + "9" * 5000 + "}", "a number too long"),  # int() refuses 4,300 digits
        ({"cards": [{"id": "visa-successful", "note": "\ud800"}]}, "U+D800"),  # Qt cannot take it
        ({"scenarios": {"x": "\x1b[2JCLEARED\x07"}}, "U+001B"),  # escape codes for a terminal
        ({"cards": [{**NEW_CARD, "id": "my-visa\n"}]}, "U+000A"),  # it would split a table row
        ({"scenarios": {"x\n": "X"}}, "U+000A"),
        ({"scenarios": {"x": "y" * 121}}, "at most 120 characters"),
        ({**LABELED, "cards": [{**NEW_CARD, "note": "n" * 1001}]}, "longer than 1000"),
        (
            {**LABELED, "cards": [{**NEW_CARD, "docs_url": "https://docs.omise.co@evil.example/"}]},
            "docs_url",
        ),
        ({**LABELED, "cards": [{**NEW_CARD, "docs_url": "https:///etc/passwd"}]}, "docs_url"),
        ({**LABELED, "cards": [{**NEW_CARD, "checked": 0}]}, '"checked" must be a date'),
        ({**LABELED, "cards": [{**NEW_CARD, "checked": False}]}, '"checked" must be a date'),
    ],
)
def test_a_hostile_file_gives_the_shipped_catalog_and_a_sentence(
    where: Paths, doc: Any, wanted: str
) -> None:
    """Files an attacker or an accident makes: each is refused with a sentence, never an
    exception, and the shipped catalog is used."""
    path = write(where, doc)
    loaded = catalog_file.load(where)
    assert loaded.catalog is CATALOG
    assert any(wanted in p for p in loaded.problems[1:]), loaded.problems
    assert str(path) in loaded.problems[0]


def test_a_good_address_and_date_still_load(where: Paths) -> None:
    card = {**NEW_CARD, "docs_url": "https://docs.omise.co/api-testing#x", "checked": None}
    write(where, {**LABELED, "cards": [card]})
    assert catalog_file.load(where).problems == ()


@pytest.mark.parametrize("kind", ["folder", "fifo", "device", "dangling", "loop"])
def test_something_there_that_is_not_a_file_is_said(where: Paths, kind: str) -> None:
    path = catalog_file.user_file(where)
    path.parent.mkdir(parents=True)
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer for ever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # reading it would never end
    elif kind == "dangling":
        path.symlink_to(path.parent / "gone.json")
    else:
        path.symlink_to(path)
    loaded = catalog_file.load(where)
    assert loaded.catalog is CATALOG
    assert len(loaded.problems) == 2, loaded.problems
    assert str(path) in loaded.problems[1]


def test_thousands_of_problems_are_said_in_twenty_and_a_count(where: Paths) -> None:
    cards = [{"id": f"c{i}", "colour": "red"} for i in range(500)]  # 5 problems each
    write(where, {"cards": cards})
    problems = catalog_file.load(where).problems
    assert len(problems) == 1 + catalog_file.MAX_SHOWN_PROBLEMS + 1
    assert "and 2480 more problems" in problems[-1]
