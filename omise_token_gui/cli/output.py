"""What the commands print: plain aligned text, or JSON Lines (one JSON object per line).

Nothing printed here holds a full card number the tester typed or a security code; catalog
numbers (public test cards) are printed by ``scenarios`` only.

Human text is in the current language (``core.i18n``); in JSON the keys, ids, codes and
statuses stay English (a stable machine format) and only the labels, descriptions and
explanations a person reads follow the language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from omise_token_gui.cli.argparse_text import width
from omise_token_gui.core import explanations
from omise_token_gui.core.catalog import Catalog, CatalogCard, source_text
from omise_token_gui.core.catalog import shown as catalog_shown
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.history_columns import shown
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.ranking import Ranking
from omise_token_gui.core.settings import SANDBOX, Profile

_ = translator("CommandOutput")
CATALOG = "Catalog"  # the context of the catalog's texts (resources/test_cards.json)


def explanation_json(scenario: str | None) -> dict[str, str] | None:
    """``{"should": …, "check": …}`` for a scenario (``core.explanations``), or None."""
    found = explanations.scenario(scenario)
    return {"should": found.should, "check": found.check} if found else None


def iso(when: datetime | None) -> str | None:
    if when is None:
        return None
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def catalog_id_of(record: TokenRecord, catalog: Catalog) -> str | None:
    """The catalog id of the card a record was made with, when exactly one card fits."""
    if record.scenario is None:
        return None
    fits = [
        c
        for c in catalog
        if c.scenario == record.scenario
        and c.brand == record.brand
        and c.number[-4:] == record.last4
    ]
    return fits[0].id if len(fits) == 1 else None


def record_json(record: TokenRecord, catalog: Catalog) -> dict[str, Any]:
    """The stored record as ``--json`` prints it. ``verdict``: ``match``, ``status_only``,
    ``mismatch``, ``pending`` or ``none``, by the core's rule (``core.verdict``), with its
    ``verdict_reason`` in the current language; ``authorized``: the charge's, when the app
    saw the charge (true/false), else null."""
    return {
        "id": record.token_id,
        "created_at": iso(record.created_at),
        "profile": record.profile,
        "brand": record.brand,
        "last4": record.last4,
        "scenario": record.scenario,
        "scenario_id": catalog_id_of(record, catalog),
        "scenario_label": catalog_shown(record.scenario_label) if record.scenario_label else None,
        "expected_outcome": record.expected_outcome,
        "used": record.used,
        "charge_status": record.charge_status,
        "failure_code": record.failure_code,
        "authorized": record.authorized,
        "verdict": record.verdict.value,
        "verdict_reason": record.verdict_reason,
        "refreshed_at": iso(record.refreshed_at),
        "explanation": explanation_json(record.scenario),
        "tag": record.test_key,  # the test case ("": none; its create attempt's)
        "note": record.note,
    }


def verdict_text(record: TokenRecord) -> str:
    """The verdict as the window's Verdict column shows it (✔ ◐ ✘ ◷ —)."""
    return shown(record, "verdict")


def charge_text(record: TokenRecord) -> str:
    if record.failure_code and record.charge_status == "failed":
        return f"failed: {record.failure_code}"
    return record.charge_status


def history_headers() -> tuple[str, ...]:
    return (
        _("CREATED"),
        _("TOKEN"),
        _("CARD"),
        _("SCENARIO"),
        _("USED"),
        _("CHARGE"),
        _("VERDICT"),
    )


def history_row(record: TokenRecord) -> tuple[str, ...]:
    return (
        shown(record, "created"),  # as the window shows it (local, with the offset): the
        # filter matches that text; --json keeps the ISO time in UTC
        record.token_id,
        f"{record.brand} ****{record.last4}",
        catalog_shown(record.scenario_label) if record.scenario_label else "-",
        _("yes") if record.used else _("no"),
        charge_text(record),
        verdict_text(record),
    )


def scenario_json(card: CatalogCard, catalog: Catalog) -> dict[str, Any]:
    """One catalog card. ``label`` (= ``scenario_label``), ``description``, ``source`` and
    ``explanation`` (``should``: what the charge should do; ``check``: what to check in the
    checkout; null when there is none) are in the current language; the rest is data."""
    label = catalog_shown(card.scenario_label)
    return {
        "id": card.id,
        "brand": card.brand,
        "number": card.number,
        "scenario": card.scenario,
        "label": label,
        "scenario_label": label,
        "expected_outcome": card.expected_outcome,
        "description": catalog_shown(card.description),
        "source": source_text(card)[0],
        "source_id": card.source,
        "confidence": card.confidence,
        "checked": card.checked or None,
        "docs_url": card.docs_url,
        "note": catalog_shown(card.note) if card.note else None,
        "catalog_version": catalog.version_text,
        "explanation": explanation_json(card.scenario),
    }


def scenario_headers() -> tuple[str, ...]:
    return (_("ID"), _("BRAND"), _("NUMBER"), _("EXPECTED OUTCOME"), _("SOURCE"))


def scenario_row(card: CatalogCard, catalog: Catalog) -> tuple[str, ...]:
    del catalog  # the row is the card's alone
    return (
        card.id,
        card.brand,
        card.display_number,
        card.expected_outcome,
        source_text(card)[0],
    )


def scenario_sections(cards: Sequence[CatalogCard], ranked: Ranking, catalog: Catalog) -> str:
    """The text of ``scenarios``: the Pinned and Frequent cards among ``cards`` first (each
    under its title, when there are any), then all of them; one table, so that the columns
    line up."""
    pinned = [c for c in ranked.pinned if c in cards]
    frequent = [c for c in ranked.frequent if c in cards]
    if not pinned and not frequent:
        return table(scenario_headers(), (scenario_row(c, catalog) for c in cards))
    parts: list[tuple[str, Sequence[CatalogCard]]] = [
        (_("Pinned"), pinned),
        (_("Frequent"), frequent),
        (_("All scenarios"), cards),
    ]
    rows: list[tuple[str, ...]] = []
    titles: dict[int, str] = {}
    for title, section in parts:
        if section:
            titles[len(rows)] = title
            rows.extend(scenario_row(c, catalog) for c in section)
    lines = table(scenario_headers(), rows).split("\n")
    shown = [lines[0]]
    for i, line in enumerate(lines[1:]):
        if i in titles:
            shown.append(f"{titles[i]}:")
        shown.append(line)
    return "\n".join(shown)


def profile_json(profile: Profile, active: str) -> dict[str, Any]:
    return {
        "name": profile.name,
        "active": profile.name == active,
        "key": mask_key(profile.public_key),
        "vault_url": None if profile.name == SANDBOX else profile.vault_url,
        "api_version": profile.api_version,
        "timeout_s": profile.timeout_s,
    }


def profile_headers() -> tuple[str, ...]:
    return ("", _("NAME"), _("KEY"), _("VAULT URL"))


def profile_row(profile: Profile, active: str) -> tuple[str, ...]:
    url = _("built-in emulator") if profile.name == SANDBOX else profile.vault_url
    return ("*" if profile.name == active else "", profile.name, mask_key(profile.public_key), url)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Columns padded to their widest cell (as a terminal shows them: Thai vowel and tone
    marks take no column); the last column is not padded."""
    all_rows = [tuple(headers), *(tuple(r) for r in rows)]
    widths = [max(width(r[i]) for r in all_rows) for i in range(len(headers))]
    lines = []
    for row in all_rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def emit_json(obj: object, out: TextIO) -> None:
    """One JSON object on one line (JSON Lines), flushed so a pipe sees it at once. ASCII
    only (``\\u`` escapes): lossless through any console code page or redirect."""
    out.write(json.dumps(obj) + "\n")
    out.flush()
