"""The two test-management imports: Xray JSON (import execution results) and TestRail's
``add_results_for_cases`` body.

Xray's format (docs.getxray.app, "Using Xray JSON format to import execution results"): an
``info`` object for the Test Execution it creates and ``tests[]`` with ``testKey``, ``start``,
``finish``, ``comment`` and ``status``; Xray Cloud's statuses are ``PASSED``/``FAILED``/``TODO``,
Xray Server/Data Center's ``PASS``/``FAIL``/``TODO``. TestRail (API v2,
``add_results_for_cases/{run_id}``): ``{"results": [{"case_id", "status_id", "comment"}]}``,
1 Passed, 5 Failed. An attempt either cannot take (no Jira key, no ``C123`` case, not final
yet, cancelled) is left out and named in ``warnings``, never dropped silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from omise_token_gui.core.export import columns
from omise_token_gui.core.export.rows import EvidenceRow, Result, iso
from omise_token_gui.core.i18n import translator

_ = translator("Export")
JIRA_KEY = re.compile(r"[A-Z][A-Z0-9_]*-[1-9][0-9]*")
TESTRAIL_CASE = re.compile(r"[Cc]?([1-9][0-9]{0,9})")
PASSED, FAILED = 1, 5  # TestRail's system statuses
_XRAY_STATUS = {
    False: {Result.PASSED: "PASSED", Result.FAILED: "FAILED"},
    True: {Result.PASSED: "PASS", Result.FAILED: "FAIL"},
}


def case_id(test_key: str) -> int | None:
    """TestRail's case id in a test-case key: ``C123`` (or ``123``) gives 123."""
    found = TESTRAIL_CASE.fullmatch(test_key.strip())
    return int(found.group(1)) if found else None


def to_xray(
    rows: Iterable[EvidenceRow], *, exported_at: datetime, server: bool = False
) -> tuple[str, list[str]]:
    """Xray JSON (Cloud's statuses, or Server's with ``server``) and what was left out."""
    tests: list[dict[str, Any]] = []
    warnings: list[str] = []
    listed = list(rows)
    for row in listed:
        key = row.attempt.test_key.strip()
        if not JIRA_KEY.fullmatch(key):
            warnings.append(
                _("{attempt}: left out, its test case {key} is not a Jira key such as QA-123.")
                .format(attempt=row.label, key=repr(key))
            )  # fmt: skip
            continue
        status = _XRAY_STATUS[server].get(row.result, "TODO")
        tests.append(
            {
                "testKey": key,
                "start": iso(row.attempt.at),
                "finish": iso(row.finished_at),
                "comment": columns.comment(row),
                "status": status,
            }
        )
    starts = [r.attempt.at for r in listed] or [exported_at]
    info = {
        "summary": _("Omise test tokens: %n result(s)", n=len(tests)),
        "description": _("Exported by Omise Test Token Generator."),
        "startDate": iso(min(starts)),
        "finishDate": iso(max([r.finished_at for r in listed] or [exported_at])),
    }
    text = json.dumps({"info": info, "tests": tests}, ensure_ascii=False, indent=2) + "\n"
    return text, warnings


def to_testrail(rows: Iterable[EvidenceRow]) -> tuple[str, list[str]]:
    """TestRail's ``add_results_for_cases`` body and what was left out."""
    results: list[dict[str, Any]] = []
    warnings: list[str] = []
    for row in rows:
        attempt = row.label
        case = case_id(row.attempt.test_key)
        if case is None:
            warnings.append(
                _("{attempt}: left out, its test case {key} names no TestRail case (C123).")
                .format(attempt=attempt, key=repr(row.attempt.test_key))
            )  # fmt: skip
            continue
        result = row.result
        if result not in (Result.PASSED, Result.FAILED):
            warnings.append(
                _("{attempt}: left out, it has no result yet ({result}).").format(
                    attempt=attempt, result=result.value
                )
            )
            continue
        status = PASSED if result is Result.PASSED else FAILED
        results.append({"case_id": case, "status_id": status, "comment": columns.comment(row)})
    text = json.dumps({"results": results}, ensure_ascii=False, indent=2) + "\n"
    return text, warnings
