"""Every export format (core.export), parsed back by a real parser: csv, json (and the JSON
Schema in docs/), xml.etree, a Markdown and a Jira table reader; no card number in any."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core import i18n
from omise_token_gui.core.evidence import Outcome
from omise_token_gui.core.export import tables
from omise_token_gui.core.export.columns import COLUMNS, cells, headers
from omise_token_gui.core.export.formats import FORMATS, Export, render
from omise_token_gui.core.export.rows import EvidenceRow, Result
from omise_token_gui.core.export.tools import case_id
from tests.core.export_samples import EXPORTED_AT, PASTED, attempt_id, samples

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "evidence-export.schema.json").read_text("utf-8"))
# A card-number-shaped run: 13 to 19 digits, spaces or dashes between them allowed.
DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9])")
# Ids are not numbers: an attempt id is 32 hex digits (14 decimal ones in a row happen), an
# Omise id base 36; they are taken out before the scan.
IDS = re.compile(r"\b(?:atmp_[0-9a-f]{32}|(?:tokn|card|chrg)_test_[0-9a-z]+)\b")


def card_numbers(text: str) -> list[str]:
    """Every card-number-shaped run in ``text`` outside ids."""
    return DIGIT_RUN.findall(IDS.sub(" ", text))


def export(fmt: str, rows: list[EvidenceRow] | None = None) -> Export:
    return render(
        fmt, samples() if rows is None else rows, exported_at=EXPORTED_AT, app_version="9.9"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_format_holds_a_card_number(fmt: str) -> None:
    text = export(fmt).text
    assert card_numbers(text) == []
    for number in PASTED:
        assert number not in text
        assert re.sub(r"[ -]", "", number) not in text


def test_the_scan_finds_what_it_looks_for() -> None:  # the test above can fail
    for number in PASTED:
        assert card_numbers(f"x {number} y") == [number]
    assert card_numbers("2026-12-02T03:15:03+00:00 atmp_01abab 10000") == []
    assert card_numbers("atmp_ab84999672014072b56763cbf8aaaaaa 4242424242424242") == [
        "4242424242424242"
    ]


def test_the_sample_notes_do_hold_numbers() -> None:
    assert any(any(n in r.attempt.note for n in PASTED) for r in samples())


# ---------------------------------------------------------------------------- CSV
def test_csv_opens_as_excel_reads_it() -> None:
    raw = export("csv").text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 1 + len(samples())  # a cell's own
    # line break stays as typed, inside its quotes
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table[0] == headers()
    assert len(table) == 1 + len(samples())
    by_key = [dict(zip([k for k, _l, _c in COLUMNS], row, strict=True)) for row in table[1:]]
    assert by_key[0]["note"] == "ชำระเงินสำเร็จ | ok\nsecond line"  # Thai, pipe, line kept
    assert by_key[0]["result"] == "passed"
    assert by_key[0]["verdict"] == "match"
    assert by_key[1]["result"] == "failed"
    assert by_key[1]["verdict"] == "mismatch"


def test_csv_neutralises_formulas() -> None:
    table = list(csv.reader(io.StringIO(export("csv").text.removeprefix("\ufeff"), newline="")))
    for row in table[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    notes = [row[[k for k, _l, _c in COLUMNS].index("note")] for row in table[1:]]
    assert notes[1].startswith("'=HYPERLINK(x) ••••4242")
    assert notes[2].startswith("'+cmd")
    assert notes[3].startswith("'@SUM")
    assert notes[4].startswith("'\tTab")
    errors = [row[[k for k, _l, _c in COLUMNS].index("error_message")] for row in table[1:]]
    assert errors[3].startswith("'-Expiry")


@given(st.text())
def test_neutral_never_leaves_a_formula_start(text: str) -> None:
    cell = tables.neutral(text)
    assert not cell.startswith(tables.FORMULA_STARTS)
    assert cell in (text, "'" + text)


def test_csv_headers_follow_the_language() -> None:
    with i18n.speaking("th"):
        head = export("csv").text.splitlines()[0]
    assert "Test case" not in head


# ---------------------------------------------------------------------------- JSON
def test_json_follows_its_published_schema() -> None:
    document = json.loads(export("json").text)
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert document["schema"] == "omise-token-evidence"
    assert document["version"] == 1
    assert document["exported_at"] == "2026-12-02T04:00:00+00:00"
    first = document["attempts"][0]
    assert first["request"]["city"] == "กรุงเทพฯ"
    assert "number" not in first["request"]
    assert "security_code" not in first["request"]
    assert first["token"]["verdict"] == "match"
    assert document["attempts"][2]["token"] is None


def test_the_schema_refuses_what_is_wrong() -> None:  # the validation above can fail
    document = json.loads(export("json").text)
    document["attempts"][0]["request"]["number"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)
    document = json.loads(export("json").text)
    document["attempts"][0]["result"] = "great"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


# ---------------------------------------------------------------------------- Markdown, Jira
def _split(line: str, sep: str) -> list[str]:
    """Cells of a table line, splitting on ``sep`` not preceded by an escaping backslash."""
    cells_, cell, i = [], "", 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            cell += line[i : i + 2]
            i += 2
        elif line.startswith(sep, i):
            cells_.append(cell)
            cell, i = "", i + len(sep)
        else:
            cell += line[i]
            i += 1
    cells_.append(cell)
    return cells_


def _md_unescape(cell: str) -> str:
    cell = cell.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">")
    cell = cell.replace("&amp;", "&")
    return re.sub(r"\\(.)", r"\1", cell)


def test_markdown_table_reads_back() -> None:
    lines = export("markdown").text.splitlines()
    assert re.fullmatch(r"\|( --- \|)+", lines[1])
    rows = [[_md_unescape(c.strip()) for c in _split(line, "|")[1:-1]] for line in lines]
    assert rows[0] == headers()
    assert all(len(r) == len(COLUMNS) for r in rows)
    assert rows[2:] == [[c.strip() for c in cells(r)] for r in samples()]


def _jira_unescape(cell: str) -> str:
    cell = cell.replace(" \\\\ ", "\n")
    cell = re.sub(r"\\(.)", r"\1", cell)
    return cell.replace("&#92;", "\\")


def test_jira_table_reads_back() -> None:
    lines = export("jira").text.splitlines()
    assert lines[0].startswith("||")
    assert lines[0].endswith("||")
    head = _split(lines[0][2:-2], "||")
    assert head == headers()
    rows = [[_jira_unescape(c).strip() for c in _split(line[1:-1], "|")] for line in lines[1:]]
    assert rows == [[c.strip() for c in cells(r)] for r in samples()]
    assert "\\{code\\} \\[link\\] a&#92;b" in lines[5]


# ---------------------------------------------------------------------------- JUnit
def test_junit_has_one_testcase_per_attempt() -> None:
    root = ET.fromstring(  # noqa: S314 - our own output
        export("junit").text.encode("utf-8")
    )
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert len(cases) == len(samples())
    assert (root.get("tests"), root.get("failures"), suite.get("skipped")) == ("7", "3", "1")
    kinds = ["failure" if c.find("failure") is not None else
             "skipped" if c.find("skipped") is not None else "ok" for c in cases]  # fmt: skip
    # match, mismatch, expected vault error, refused, network, cancelled, pending
    assert kinds == ["ok", "failure", "ok", "failure", "failure", "skipped", "ok"]
    props = {p.get("name"): p.get("value") for p in cases[0].iter("property")}
    assert props["test_key"] == "QA-101"
    assert props["verdict"] == "match"
    assert cases[0].get("time") == "0.084"
    assert "QA-101" in (cases[0].get("name") or "")


def test_junit_drops_what_xml_cannot_hold() -> None:
    row = samples()[0]
    odd = EvidenceRow(
        row.attempt.__class__(**{**row.attempt.__dict__, "note": "bell\x07 nul\x00 ok"}), row.token
    )
    ET.fromstring(  # noqa: S314 - our own output
        export("junit", [odd]).text.encode("utf-8")
    )  # parses


# ---------------------------------------------------------------------------- Xray, TestRail
@pytest.mark.parametrize(
    ("fmt", "passed", "failed"), [("xray", "PASSED", "FAILED"), ("xray-server", "PASS", "FAIL")]
)
def test_xray_import_format(fmt: str, passed: str, failed: str) -> None:
    done = export(fmt)
    document = json.loads(done.text)
    assert set(document) == {"info", "tests"}
    assert {"summary", "startDate", "finishDate"} <= set(document["info"])
    tests = document["tests"]
    assert [t["testKey"] for t in tests] == ["QA-101", "QA-102", "QA-103"]
    assert [t["status"] for t in tests] == [passed, failed, "TODO"]
    for t in tests:
        assert set(t) == {"testKey", "start", "finish", "comment", "status"}
    assert tests[0]["finish"] == "2026-12-02T03:15:03+00:00"
    left_out = {w.split(":")[0] for w in done.warnings}
    assert left_out == {attempt_id(n) for n in (2, 3, 5, 7)}  # C42, C43, "", C44


def test_testrail_results_for_cases() -> None:
    done = export("testrail")
    document = json.loads(done.text)
    assert document["results"] == [
        {"case_id": 42, "status_id": 5, "comment": document["results"][0]["comment"]},
        {"case_id": 43, "status_id": 1, "comment": document["results"][1]["comment"]},
    ]
    assert "mismatch" in document["results"][0]["comment"]
    left_out = {w.split(":")[0] for w in done.warnings}
    assert left_out == {attempt_id(n) for n in (1, 4, 5, 6, 7)}


def test_case_ids() -> None:
    assert case_id("C123") == 123
    assert case_id("c7") == 7
    assert case_id(" 55 ") == 55
    assert case_id("QA-1") is None
    assert case_id("C0") is None
    assert case_id("") is None


# ---------------------------------------------------------------------------- the result rule
def test_results_of_the_samples() -> None:
    assert [r.result for r in samples()] == [
        Result.PASSED, Result.FAILED, Result.PASSED, Result.FAILED, Result.FAILED,
        Result.SKIPPED, Result.PENDING,
    ]  # fmt: skip


@given(
    st.sampled_from(list(Outcome)),
    st.booleans(),
    st.sampled_from(["invalid_card", "internal_error", "authentication_failure", None]),
)
def test_only_created_or_an_expected_error_can_pass(
    outcome: Outcome, anyway: bool, code: str | None
) -> None:
    base = samples()[2].attempt
    row = EvidenceRow(
        base.__class__(
            **{**base.__dict__, "outcome": outcome, "send_anyway": anyway, "error_code": code}
        )
    )
    if outcome is Outcome.CANCELLED:
        assert row.result is Result.SKIPPED
    elif outcome is Outcome.VAULT_ERROR and anyway and code == "invalid_card":
        assert row.result is Result.PASSED
    elif outcome is Outcome.CREATED:
        assert row.result is Result.PASSED  # no token kept: nothing says otherwise
    else:
        assert row.result is Result.FAILED


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        export("docx")
