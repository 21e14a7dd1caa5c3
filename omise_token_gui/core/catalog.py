"""The test-card catalog as data: ``resources/test_cards.json`` (schema 2), read into a
``Catalog`` of ``CatalogCard``; what a card's source means, shown in a word, a tooltip, a
badge and a legend (docs/catalog-data.md). Validation of a card typed into the form stays in
``core.cards``; a tester's own catalog file is ``core.catalog_file``.

The catalog keeps its texts in English, as data (the history stores the English label);
``scripts/i18n.py`` marks them under the context "Catalog" and ``shown`` gives them in the
current language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from omise_token_gui.core.cards import group_number, normalize_number
from omise_token_gui.core.i18n import translate, translator

_ = translator("CatalogSource")

SCHEMA = 2
# Where a card comes from (docs/catalog-data.md), from the most to the least official.
SOURCES = (
    "omise_docs",  # Omise's testing page, docs.omise.co/api-testing
    "omise_blog",  # an Omise post on docs.omise.co, not on the testing page
    "recorded_fixture",  # a charge recorded from Omise's test API in an official SDK's fixtures
    "third_party",  # a 2017 third-party copy of the testing page
    "unidentified",  # an unidentified copy: no citable source
    "user_file",  # the tester's own test_cards.json (core.catalog_file)
)
OFFICIAL_SOURCES = frozenset({"omise_docs", "omise_blog"})
CONFIDENCES = ("high", "medium", "low", "doubtful")
CHARGE_STATUSES = ("successful", "failed")  # what a catalog card's charge should end as


def shown(text: str) -> str:
    """A text of the shipped catalog (a scenario's label, a card's description or note, a
    source's word or legend) in the current language; any other text as it is."""
    return translate("Catalog", text)


@dataclass(frozen=True)
class CatalogCard:
    # Stable, readable, unique: ``brand-scenario`` (``visa-insufficient-fund``), ``-2`` for a
    # second card of the same brand and scenario. Written in the JSON, never derived: the
    # command line (``omise-token create --scenario ID``) and scripts depend on them.
    id: str
    brand: str
    number: str
    scenario: str  # "successful", a failure code, or a 3-D Secure case
    scenario_label: str
    expected_charge_status: str  # "successful" or "failed"
    expected_failure_code: str | None
    description: str
    source: str = "user_file"  # one of SOURCES
    confidence: str = "low"  # one of CONFIDENCES
    checked: str = ""  # ISO date the evidence was last checked
    docs_url: str | None = None  # the Omise page it came from; None: there is none
    note: str = ""  # why this source and confidence: the evidence

    @property
    def expected_outcome(self) -> str:
        """``successful`` or ``failed: insufficient_fund``: what a charge should end as."""
        if self.expected_failure_code:
            return f"failed: {self.expected_failure_code}"
        return self.expected_charge_status

    @property
    def display_number(self) -> str:
        """The number grouped as the brand prints it (``core.cards.group_number``)."""
        return group_number(self.number)

    @property
    def official(self) -> bool:
        """Omise itself lists it (its testing page or its own post) and nothing casts doubt."""
        return self.source in OFFICIAL_SOURCES and self.confidence != "doubtful"


@dataclass(frozen=True)
class SourceInfo:
    short: str  # a word for the row ("Omise docs"), English, as data
    legend: str  # what it means, for the tooltip and the legend


@dataclass(frozen=True, eq=False)
class Catalog:
    cards: tuple[CatalogCard, ...]
    scenario_labels: dict[str, str]
    version: str = ""  # the shipped catalog's version ("2026.12.02")
    sources: Mapping[str, SourceInfo] | None = None
    confidences: Mapping[str, str] | None = None  # confidence -> its word, as data
    user_cards: int = 0  # cards the tester's file added or changed (0: no file used)

    def __iter__(self) -> Iterator[CatalogCard]:
        return iter(self.cards)

    def __len__(self) -> int:
        return len(self.cards)

    def lookup(self, number: str) -> CatalogCard | None:
        """The catalog entry for a typed number (spaces and dashes ignored), if any."""
        return self._by_number.get(normalize_number(number))

    @cached_property
    def _by_number(self) -> dict[str, CatalogCard]:
        return {c.number: c for c in self.cards}

    def scenarios(self) -> list[str]:
        """Scenario ids in catalog order (successful first)."""
        return list(dict.fromkeys(c.scenario for c in self.cards))

    def by_scenario(self, scenario: str) -> list[CatalogCard]:
        return [c for c in self.cards if c.scenario == scenario]

    def by_id(self, card_id: str) -> CatalogCard | None:
        """The card with this stable id (``visa-insufficient-fund``), if any."""
        return next((c for c in self.cards if c.id == card_id), None)

    @property
    def version_text(self) -> str:
        """``2026.12.02``, or ``2026.12.02 + your file (3 cards)`` when the tester's file
        added or changed cards: shown in About and ``omise-token scenarios --json``."""
        if not self.user_cards:
            return self.version
        return _("{version} + your file (%n card(s))", n=self.user_cards).format(
            version=self.version
        )


def card_from_row(row: Mapping[str, Any], labels: Mapping[str, str]) -> CatalogCard:
    """One card of the JSON (checked already: ``core.catalog_file`` says what is wrong)."""
    scenario = str(row["scenario"])
    code = row.get("expected_failure_code")
    return CatalogCard(
        id=str(row["id"]),
        brand=str(row["brand"]),
        number=normalize_number(str(row["number"])),
        scenario=scenario,
        scenario_label=labels.get(scenario, scenario),
        expected_charge_status=str(row["expected_charge_status"]),
        expected_failure_code=str(code) if code else None,
        description=str(row.get("description") or ""),
        source=str(row.get("source") or "user_file"),
        confidence=str(row.get("confidence") or "low"),
        checked=str(row.get("checked") or ""),
        docs_url=str(row["docs_url"]) if row.get("docs_url") else None,
        note=str(row.get("note") or ""),
    )


def parse_catalog(doc: Mapping[str, Any]) -> Catalog:
    labels: dict[str, str] = dict(doc["scenarios"])
    sources = {
        key: SourceInfo(str(value["short"]), str(value["legend"]))
        for key, value in dict(doc["sources"]).items()
    }
    return Catalog(
        tuple(card_from_row(row, labels) for row in doc["cards"]),
        labels,
        str(doc["version"]),
        sources,
        dict(doc["confidences"]),
    )


def shipped_document() -> dict[str, Any]:
    """The shipped catalog's JSON, as read (``core.catalog_file`` lays a tester's file on it)."""
    data = (
        resources.files("omise_token_gui.resources")
        .joinpath("test_cards.json")
        .read_text(encoding="utf-8")
    )
    doc: dict[str, Any] = json.loads(data)
    return doc


@cache
def load_catalog() -> Catalog:
    """The shipped catalog (``resources/test_cards.json``), via importlib.resources. The app,
    the command line and the Sandbox use ``core.catalog_file.load`` (the tester's file too)."""
    return parse_catalog(shipped_document())


# ---------------------------------------------------------------- what a source means


def _source_info(card: CatalogCard) -> SourceInfo:
    sources = load_catalog().sources or {}
    return sources.get(card.source) or SourceInfo(card.source, card.source)


def confidence_text(card: CatalogCard) -> str:
    """The card's confidence in a word, in the current language (``Doubtful``)."""
    words = load_catalog().confidences or {}
    return shown(words.get(card.confidence, card.confidence))


def badge_text(card: CatalogCard) -> str | None:
    """The visible badge of a row Omise does not list itself (``Unofficial``) or that the
    evidence casts doubt on (``Doubtful``); None for an official row."""
    if card.confidence == "doubtful":
        return _("Doubtful")
    if card.source not in OFFICIAL_SOURCES:
        return _("Unofficial")
    return None


def source_text(card: CatalogCard) -> tuple[str, str]:
    """(the short word shown in the row's Source cell, its tooltip): where the card comes
    from, how sure that is, when it was last checked and why (the card's note)."""
    info = _source_info(card)
    short = shown(info.short)
    badge = badge_text(card)
    if badge:
        short = _("{source} · {badge}").format(source=short, badge=badge)
    lines = [
        _("{source}: {meaning}").format(source=shown(info.short), meaning=shown(info.legend)),
        _("Confidence: {confidence}").format(confidence=confidence_text(card)),
    ]
    if card.checked:
        lines.append(_("Last checked: {date}").format(date=card.checked))
    if card.note:
        lines.append(shown(card.note))
    if card.docs_url is None:
        lines.append(_("No Omise page documents this card."))
    return short, "\n".join(lines)


def legend_text() -> str:
    """One line under the list: what each source word means, and the badge (a test checks
    that it names every source's word)."""
    return _(
        "Sources: Omise docs, Omise blog = Omise's own pages; Recorded = a charge recorded by "
        "an Omise SDK; Third party, No source = unofficial (badge). Hover a row for the evidence."
    )


def source_header_tip() -> str:
    """The Source column header's tooltip."""
    return _(
        "Where the card comes from and how sure that is. Hover a row for the evidence; "
        "rows Omise does not list itself, or that the evidence casts doubt on, carry a badge."
    )
