"""The JSON evidence document (docs/evidence-export.schema.json) and JUnit XML."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from omise_token_gui.core.export import columns
from omise_token_gui.core.export.rows import EvidenceRow, Result, iso, safe

SCHEMA = "omise-token-evidence"
VERSION = 1
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _token(row: EvidenceRow) -> dict[str, Any] | None:
    token = row.token
    if token is None:
        return None
    return {
        "token_id": token.token_id,
        "used": token.used,
        "charge_status": token.charge_status,
        "failure_code": token.failure_code,
        "authorized": token.authorized,
        "verdict": row.verdict.value if row.verdict else None,
        "verdict_reason": row.verdict_reason,
        "refreshed_at": iso(token.refreshed_at) or None,
        "latest_answer": row.latest_answer(),
    }


def attempt_json(row: EvidenceRow) -> dict[str, Any]:
    """One attempt as the JSON document holds it (``attempts[]`` in the schema)."""
    a = row.attempt
    return {
        "attempt_id": a.attempt_id,
        "at": iso(a.at),
        "result": row.result.value,
        "outcome": a.outcome.value,
        "test_key": safe(a.test_key),
        "note": safe(a.note),
        "profile": safe(a.profile),
        "vault_url": a.vault_url,
        "duration_ms": a.duration_ms,
        "token_id": a.token_id,
        "brand": a.brand,
        "last4": a.last4,
        "scenario": a.scenario,
        "scenario_label": a.scenario_label,
        "expected_charge_status": a.expected_charge_status,
        "expected_failure_code": a.expected_failure_code,
        "error_code": a.error_code,
        "error_message": safe(a.error_message),
        "send_anyway": a.send_anyway,
        "batch_id": a.batch_id,
        "request": row.request(),
        "answer": row.answer(),
        "token": _token(row),
    }


def to_json(rows: Iterable[EvidenceRow], *, exported_at: datetime, app_version: str) -> str:
    document = {
        "schema": SCHEMA,
        "version": VERSION,
        "exported_at": iso(exported_at),
        "app_version": app_version,
        "attempts": [attempt_json(r) for r in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _x(text: str) -> str:
    """Text XML 1.0 can hold (control characters dropped), masked."""
    return _NOT_XML.sub("", safe(text))


def _seconds(row: EvidenceRow) -> str:
    return f"{(row.attempt.duration_ms or 0) / 1000:.3f}"


def testcase_name(row: EvidenceRow) -> str:
    """``QA-123 visa-insufficient-fund (atmp_…)``: test case, what was sent, which attempt."""
    a = row.attempt
    what = a.scenario or row.card or "card"
    return " ".join(p for p in (a.test_key, what, f"({row.label})") if p)


def _testcase(suite: ET.Element, row: EvidenceRow) -> None:
    a = row.attempt
    case = ET.SubElement(
        suite,
        "testcase",
        classname=_x(f"omise_token.{a.profile}"),
        name=_x(testcase_name(row)),
        time=_seconds(row),
    )
    props = ET.SubElement(case, "properties")
    for name, value in (
        ("test_key", a.test_key),
        ("attempt_id", a.attempt_id),
        ("outcome", a.outcome.value),
        ("token_id", a.token_id or ""),
        ("verdict", row.verdict.value if row.verdict else ""),
    ):
        ET.SubElement(props, "property", name=name, value=_x(value))
    result = row.result
    if result is Result.FAILED:
        kind = a.error_code or ("mismatch" if a.token_id else a.outcome.value)
        message = a.error_message or row.verdict_reason or a.outcome.value
        failure = ET.SubElement(case, "failure", message=_x(message), type=_x(kind))
        failure.text = _x(columns.comment(row))
    elif result is Result.SKIPPED:
        ET.SubElement(case, "skipped", message=_x(a.error_message or a.outcome.value))
    ET.SubElement(case, "system-out").text = _x(columns.comment(row))


def to_junit(rows: Iterable[EvidenceRow], *, exported_at: datetime) -> str:
    listed = list(rows)
    failures = sum(1 for r in listed if r.result is Result.FAILED)
    skipped = sum(1 for r in listed if r.result is Result.SKIPPED)
    total = f"{sum((r.attempt.duration_ms or 0) for r in listed) / 1000:.3f}"
    counts = {"tests": str(len(listed)), "failures": str(failures), "errors": "0"}
    root = ET.Element("testsuites", {"name": SCHEMA, "time": total, **counts})
    suite = ET.SubElement(
        root,
        "testsuite",
        {
            "name": "omise-token-gui",
            "timestamp": iso(exported_at),
            "time": total,
            "skipped": str(skipped),
            **counts,
        },
    )
    for row in listed:
        _testcase(suite, row)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
