"""What the commands print: plain aligned text, or JSON Lines (one JSON object per line).

Nothing printed here holds a full card number the tester typed or a security code; catalog
numbers (public test cards) are printed by ``scenarios`` only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from omise_token_gui.core.cards import Catalog, CatalogCard
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.history_columns import shown
from omise_token_gui.core.keys import mask_key
from omise_token_gui.core.settings import SANDBOX, Profile


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
    """The stored record as ``--json`` prints it. ``verdict``: true, false or null (pending
    or unknown), by the core's rule (``TokenRecord.verdict``)."""
    return {
        "id": record.token_id,
        "created_at": iso(record.created_at),
        "profile": record.profile,
        "brand": record.brand,
        "last4": record.last4,
        "scenario": record.scenario,
        "scenario_id": catalog_id_of(record, catalog),
        "scenario_label": record.scenario_label,
        "expected_outcome": record.expected_outcome,
        "used": record.used,
        "charge_status": record.charge_status,
        "failure_code": record.failure_code,
        "verdict": record.verdict,
        "refreshed_at": iso(record.refreshed_at),
    }


def verdict_text(record: TokenRecord) -> str:
    verdict = record.verdict
    if verdict is None:
        return "pending" if record.expected_charge_status is not None else "-"
    return "as expected" if verdict else f"expected {record.expected_outcome}"


def charge_text(record: TokenRecord) -> str:
    if record.failure_code and record.charge_status == "failed":
        return f"failed: {record.failure_code}"
    return record.charge_status


HISTORY_HEADERS = ("CREATED", "TOKEN", "CARD", "SCENARIO", "USED", "CHARGE", "VERDICT")


def history_row(record: TokenRecord) -> tuple[str, ...]:
    return (
        shown(record, "created"),  # as the window shows it (local, with the offset): the
        # filter matches that text; --json keeps the ISO time in UTC
        record.token_id,
        f"{record.brand} ****{record.last4}",
        record.scenario_label or "-",
        "yes" if record.used else "no",
        charge_text(record),
        verdict_text(record),
    )


def scenario_json(card: CatalogCard, catalog: Catalog) -> dict[str, Any]:
    return {
        "id": card.id,
        "brand": card.brand,
        "number": card.number,
        "scenario": card.scenario,
        "scenario_label": card.scenario_label,
        "expected_outcome": card.expected_outcome,
        "description": card.description,
        "confidence": card.confidence,
        "source": catalog.confidence_legend.get(card.confidence, card.confidence),
    }


SCENARIO_HEADERS = ("ID", "BRAND", "NUMBER", "EXPECTED OUTCOME", "SOURCE")


def scenario_row(card: CatalogCard, catalog: Catalog) -> tuple[str, ...]:
    source = catalog.confidence_legend.get(card.confidence, card.confidence)
    return (
        card.id,
        card.brand,
        card.display_number,
        card.expected_outcome,
        f"{card.confidence} ({source})",
    )


def scenario_matches(card: CatalogCard, text: str) -> bool:
    """``--search``: case-insensitive, in the id, brand, number, scenario and description."""
    needle = text.strip().lower()
    digits = needle.replace(" ", "").replace("-", "")
    haystack = " ".join(
        (card.id, card.brand, card.scenario, card.scenario_label, card.description)
    ).lower()
    return needle in haystack or (digits.isdigit() and digits in card.number)


def profile_json(profile: Profile, active: str) -> dict[str, Any]:
    return {
        "name": profile.name,
        "active": profile.name == active,
        "key": mask_key(profile.public_key),
        "vault_url": None if profile.name == SANDBOX else profile.vault_url,
        "api_version": profile.api_version,
        "timeout_s": profile.timeout_s,
    }


PROFILE_HEADERS = ("", "NAME", "KEY", "VAULT URL")


def profile_row(profile: Profile, active: str) -> tuple[str, ...]:
    url = "built-in emulator" if profile.name == SANDBOX else profile.vault_url
    return ("*" if profile.name == active else "", profile.name, mask_key(profile.public_key), url)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column is not padded."""
    all_rows = [tuple(headers), *(tuple(r) for r in rows)]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(headers))]
    lines = []
    for row in all_rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def emit_json(obj: object, out: TextIO) -> None:
    """One JSON object on one line (JSON Lines), flushed so a pipe sees it at once. ASCII
    only (``\\u`` escapes): lossless through any console code page or redirect."""
    out.write(json.dumps(obj) + "\n")
    out.flush()
